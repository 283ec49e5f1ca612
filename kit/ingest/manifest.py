"""Article metadata from outside the text: the ``metadata.csv`` manifest and dates.

:func:`read_manifest` reads a folder's ``metadata.csv`` into a :class:`Manifest`
whose non-empty cells override what the files say (see :mod:`kit.load`);
:func:`parse_date` reads a publication date and :func:`published_date` turns an
article's ``published`` value into a date or a report issue.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path
from typing import Any, NamedTuple

from kit.ingest.encoding import NotText, decode_bytes
from kit.ingest.readers import Issue, RawArticle, normalise_fields

__all__ = ["ManifestEntry", "Manifest", "read_manifest", "parse_date", "published_date"]


class ManifestEntry(NamedTuple):
    """One row of a manifest: its line in the file, the ``file`` cell and the other cells."""

    line: int
    file: str
    values: dict[str, Any]


class Manifest:
    """A ``metadata.csv``: per-file metadata that overrides what the files say."""

    def __init__(self, path: Path, entries: dict[str, ManifestEntry],
                 problems: list[str] | None = None) -> None:
        self.path, self.entries, self.used = path, entries, set[str]()
        self.problems = problems or []
        """Reasons for rows kit ignored while reading the file (a file named twice)."""

    def apply(self, path: Path, row: int | None, fields: dict[str, Any]) -> list[Issue]:
        """Override ``fields`` in place with this file's (then this row's) entry."""
        issues = []
        keys = [_key(path)] + ([_key(path, row)] if row else [])
        for key in (k for k in keys if k in self.entries):
            self.used.add(key)
            entry = self.entries[key]
            for name, value in entry.values.items():
                try:
                    fields[name] = parse_date(value) if name == "published" else value
                except ValueError:
                    issues.append(Issue("loaded", f"invalid date in {self.path.name} line "
                                        f"{entry.line} field 'published': {value!r} (expected "
                                        "YYYY-MM-DD, e.g. 2024-01-18); kept the file's own"))
        return issues

    def unused(self) -> list[str]:
        """Reasons for entries that matched no article file."""
        return [f"{self.path.name} line {entry.line} names {entry.file!r}, which is not among "
                "the article files; check the spelling or remove the line"
                for key, entry in self.entries.items() if key not in self.used]


def read_manifest(path: Path) -> Manifest:
    """Read a ``metadata.csv`` (column ``file`` plus any of the article fields).

    ``file`` is relative to the manifest's folder; ``batch.jsonl#3`` names one
    row of a multi-article file. Empty cells are ignored.

    Examples
    --------
    >>> entry, = read_manifest(Path("data/articles/metadata.csv")).entries.values()
    >>> entry.values["published"]
    '2024-01-18'
    """
    if not path.is_file():
        raise FileNotFoundError(f"manifest {path} not found; pass the path of a metadata.csv "
                                "with a 'file' column, or manifest=None to use the folder's")
    try:
        text, _ = decode_bytes(path.read_bytes())
    except NotText as err:
        raise ValueError(f"manifest {path}: {err}; it should be a CSV file") from err
    reader = csv.DictReader(io.StringIO(text, newline=""))
    reader.fieldnames = [str(n).strip().lower() for n in reader.fieldnames or []]
    if "file" not in reader.fieldnames:
        raise ValueError(f"manifest {path} has no 'file' column (columns: "
                         f"{', '.join(reader.fieldnames)}); its header should be "
                         "file,title,published,source,url")
    entries: dict[str, ManifestEntry] = {}
    problems = []
    for row in reader:
        values = normalise_fields({k: (v or "").strip() for k, v in row.items() if k})
        name = str(values.pop("file", ""))
        stem, _, part = name.rpartition("#")
        target, row_no = (stem, int(part)) if stem and part.isdigit() else (name, None)
        if target:
            entry = ManifestEntry(reader.line_num, name, values)
            key = _key(path.parent / target, row_no)
            if key in entries:
                problems.append(_named_twice(path, entries[key], entry))
            entries[key] = entry
    return Manifest(path, entries, problems)


def _named_twice(path: Path, first: ManifestEntry, again: ManifestEntry) -> str:
    same = "" if first.file == again.file else f" (as {again.file!r})"
    return (f"{path.name} line {first.line} names {first.file!r} and line {again.line} names "
            f"the same file again{same}: kit used line {again.line} and ignored line "
            f"{first.line}; keep one row per file")


def _key(path: Path, row: int | None = None) -> str:
    return os.path.normcase(os.path.abspath(path)) + (f"#{row}" if row else "")


_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y")


def parse_date(value: Any) -> dt.date:
    """Read a publication date: ISO 8601 (``2024-01-18``, with or without a time).

    ``"January 18, 2024"`` and ``"18 January 2024"`` are accepted too.

    Raises
    ------
    ValueError
        When ``value`` is not such a date.

    Examples
    --------
    >>> parse_date("2024-01-18T09:30:00Z")
    datetime.date(2024, 1, 18)
    >>> parse_date("2024-01-18T25:99:00")
    Traceback (most recent call last):
    ...
    ValueError: not a date and time: '2024-01-18T25:99:00' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    iso = _ISO_DATE.fullmatch(text)
    if iso:  # the date as written, whatever the time zone; a time given must be one
        if len(text) > len(iso.group(1)):
            try:
                dt.datetime.fromisoformat(text)
            except ValueError:
                raise ValueError(f"not a date and time: {text!r} (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
        return dt.date.fromisoformat(iso.group(1))
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD)")


def published_date(value: Any, raw: RawArticle) -> tuple[dt.date | None, list[Issue]]:
    """An article's ``published`` value as a date, or ``None`` and the report's issue."""
    if value is None:
        return None, [Issue("loaded", "no publication date: relative dates will stay "
                                      "unresolved (add 'published' to metadata.csv)")]
    try:
        return parse_date(value), []
    except ValueError:
        where = {"txt": "front matter", "md": "front matter", "html": "HTML metadata"}.get(
            raw.fmt, f"{'line' if raw.fmt == 'jsonl' else 'row'} {raw.row}")
        return None, [Issue("loaded", f"invalid date in {where} field 'published': {value!r} "
                                      "(expected YYYY-MM-DD, e.g. 2024-01-18); published left "
                                      "empty, so relative dates will stay unresolved")]
