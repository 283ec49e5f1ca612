"""Read article files and their metadata: decoding, front matter, formats.

This is the file half of :mod:`kit.ingest.load`. :func:`read_bytes` takes one
file's bytes and yields :class:`RawArticle` records (text plus whatever metadata
the file itself carries) or :class:`Issue` rows for what could not be read.
Decoding is :mod:`kit.ingest.encoding`'s, YAML limits :mod:`kit.ingest.safe_yaml`'s.
The ``metadata.csv`` manifest and date parsing (:func:`read_manifest`,
:func:`parse_date`) live in :mod:`kit.ingest.manifest`; finding files and
judging symbolic links, in :mod:`kit.ingest.discover`. Ids, boilerplate,
duplicates and languages are :mod:`kit.ingest.load`'s business.

Formats
-------
``.txt`` / ``.md``
    One article; optional YAML front matter between ``---`` lines
    (``title``, ``published``, ``source``, ``url``, ``author``; ``date`` is
    read as ``published``; other keys go to ``Article.meta``).
``.html`` / ``.htm``
    One article, extracted with trafilatura (body, title, date, author, site).
``.jsonl``
    One article per line, as a JSON object with a ``text`` field.
``.csv``
    One article per row, with a ``text`` column.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from kit.ingest.boilerplate import unify_newlines
from kit.ingest.encoding import NotText, decode_bytes
from kit.ingest.safe_yaml import FrontMatterTooBig, load_front_matter

Status = Literal["loaded", "repaired", "skipped"]
"""Report status: a note on a loaded article, a notable repair, or no article."""
READERS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html",
           ".jsonl": "jsonl", ".csv": "csv"}
"""Known file suffixes and the reader each one uses."""
KNOWN_SUFFIXES = " ".join(sorted(READERS))
"""The known suffixes, as the messages that name them write them (".csv .htm .html ...")."""

FIELD_ALIASES = {"date": "published", "headline": "title"}
MIN_HTML_WORDS = 20
_CODE_ELEMENTS = r"<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)"
"""An element whose content is code or a fallback, never words of the page (to its
closing tag; an unclosed one runs to the end, as a browser reads it)."""
_CODE_BYTES = re.compile(_CODE_ELEMENTS.encode(), re.IGNORECASE | re.DOTALL)
_CODE_TEXT = re.compile(_CODE_ELEMENTS, re.IGNORECASE | re.DOTALL)
"""An HTML page whose main text has fewer words is treated as having no article."""
MAX_JSON_DEPTH = 32
"""A ``.jsonl`` line nested deeper (lists in objects in lists ...) is skipped."""

@dataclass
class Issue:
    """Something the report should say about a file or one of its rows."""

    status: Status
    reason: str
    row: int | None = None


@dataclass
class RawArticle:
    """An article as the file gives it: decoded, LF line endings, no front matter."""

    text: str
    fields: dict[str, Any]
    fmt: str
    row: int | None = None
    issues: list[Issue] = field(default_factory=list)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[ \t]*[\w-]+[ \t]*:.*?)?)^(?:---|\.\.\.)[ \t]*$\n?",
                           re.DOTALL | re.MULTILINE)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[Issue]]:
    """Split YAML front matter from the body.

    Returns the metadata (keys lower-cased, ``date`` read as ``published``), the
    body and any issue. Only a ``---`` block that opens with a ``key:`` line is
    front matter. If it is not valid YAML, or over kit's limits (size, depth,
    alias expansion: :mod:`kit.ingest.safe_yaml`), it is dropped from the text
    and reported; if it is not a mapping it is left as text.

    Examples
    --------
    >>> split_front_matter("---\\ntitle: Talks\\n---\\nOfficials met.")
    ({'title': 'Talks'}, 'Officials met.', [])
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    try:
        data = load_front_matter(match.group(1))  # safe tags, bounded size and aliases
    except FrontMatterTooBig as err:
        issue = Issue("loaded", f"front matter is over kit's limits: {err}; its metadata was "
                                "ignored (keep the block between the '---' lines short and "
                                "without YAML anchors/aliases)")
        return {}, text[match.end():], [issue]
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        plain = _plain_fields(match.group(1))
        if plain:
            issue = Issue("repaired", f"front matter is not valid YAML{line}; it was read as "
                                      "plain 'key: value' lines (put a value holding ': ' "
                                      "in quotes)")
            return normalise_fields(plain), text[match.end():], [issue]
        issue = Issue("loaded", f"front matter is not valid YAML{line}: its metadata was "
                                "ignored (fix the block between the '---' lines)")
        return {}, text[match.end():], [issue]
    if not isinstance(data, dict | None):
        return {}, text, []
    return normalise_fields(data or {}), text[match.end():], []


_PLAIN_FIELD = re.compile(r"[ \t]*([\w-]+)[ \t]*:[ \t]+(\S.*?)[ \t]*")


def _plain_fields(block: str) -> dict[str, str]:
    """A front-matter block that is not YAML read as one ``key: value`` per line, as
    writers mean a headline with a colon in it ("title: Talks: a deal at last"); empty
    if any line has another shape or a value opens as YAML syntax (a bracket, quote,
    anchor or tag), which is a broken YAML value, not a plain one.

    >>> _plain_fields("title: Talks: a deal at last\\npublished: 2005-01-05\\n")
    {'title': 'Talks: a deal at last', 'published': '2005-01-05'}
    >>> _plain_fields("title: [unclosed\\n")
    {}
    """
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        found = _PLAIN_FIELD.fullmatch(line)
        if found is None or found.group(2)[0] in "[]{}&*!|>'\"%@`#,":
            return {}
        fields.setdefault(found.group(1), found.group(2))
    return fields


def normalise_fields(data: Mapping[Any, Any]) -> dict[str, Any]:
    """Lower-case keys, apply aliases (``date`` -> ``published``), drop empty values."""
    fields: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key).strip().lower()
        name = FIELD_ALIASES.get(name, name)
        if value is not None and value != "" and name not in fields:
            fields[name] = value
    return fields


def read_bytes(data: bytes, fmt: str) -> Iterator[RawArticle | Issue]:
    """Yield the articles (or issues) in one file's bytes, read as format ``fmt``.

    Examples
    --------
    >>> [(a.text, a.fields) for a in read_bytes(b'{"text": "Officials met.", "id": "a1"}', "jsonl")]
    [('Officials met.', {'id': 'a1'})]
    """
    if fmt == "html":
        yield from read_html(data)
        return
    try:
        text, repairs = decode_bytes(data)
    except NotText as err:
        yield Issue("skipped", str(err))
        return
    text = unify_newlines(text)
    issues = [Issue("repaired", reason) for reason in repairs]
    if fmt in ("jsonl", "csv"):
        yield from issues
        yield from (read_jsonl(text) if fmt == "jsonl" else read_csv(text))
        return
    fields, body, fm_issues = split_front_matter(text)
    yield RawArticle(body, fields, fmt, issues=issues + fm_issues)


def read_html(data: bytes) -> Iterator[RawArticle | Issue]:
    """Extract the main text and metadata of an HTML page with trafilatura; the
    content of ``script``, ``style``, ``noscript`` and ``template`` elements goes first,
    so no code enters the title or the body."""
    page: bytes | str = data
    if b"\x00" in data:  # UTF-16/32 (trafilatura reads only 8-bit encodings)
        try:
            page, repairs = decode_bytes(data)
        except NotText as err:
            yield Issue("skipped", f"{err} (not HTML)")
            return
        yield from (Issue("repaired", reason) for reason in repairs)
    # script, style, noscript and template text is no title nor body ("<h1>Talks<script>...")
    page = _CODE_BYTES.sub(b" ", page) if isinstance(page, bytes) else _CODE_TEXT.sub(" ", page)
    import trafilatura  # deferred: importing kit stays fast

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    found = doc if isinstance(doc, dict) or doc is None else doc.as_dict()
    text = unify_newlines((found or {}).get("text") or "")
    n_words = len(text.split())
    if found is None or n_words < MIN_HTML_WORDS:
        yield Issue("skipped", f"HTML has no article body: trafilatura found {n_words} words "
                               f"of main text (kit needs at least {MIN_HTML_WORDS}); is this "
                               "an index, login or error page?")
        return
    title = (found.get("title") or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest  # trafilatura repeats the headline as the body's first line
    fields = normalise_fields({"title": title, "published": found.get("date"),
                               "author": found.get("author"), "url": found.get("url"),
                               "source": found.get("sitename")})
    yield RawArticle(text, fields, "html")


def read_jsonl(text: str) -> Iterator[RawArticle | Issue]:
    """One article per line; a broken line is reported and the others are read."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        too_deep = False
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Issue("skipped", f"line {number} is not valid JSON ({err.msg}, column "
                                   f"{err.colno}); the other lines were loaded", number)
            continue
        except RecursionError:  # the C decoder stops cleanly at Python's recursion limit
            too_deep = True
        if too_deep or _too_deep(obj):
            yield Issue("skipped", f"line {number} nests lists or objects more than "
                                   f"{MAX_JSON_DEPTH} levels deep; kit reads flat article "
                                   "records (the other lines were loaded)", number)
            continue
        if not isinstance(obj, dict):
            yield Issue("skipped", f"line {number} is a JSON {type(obj).__name__}, expected "
                                   "an object with a 'text' field", number)
            continue
        yield _row_article(obj, number, "jsonl", f"line {number}")


def _too_deep(obj: Any) -> bool:
    """Whether ``obj`` nests lists/dicts deeper than :data:`MAX_JSON_DEPTH` (no recursion)."""
    level: list[Any] = [obj]
    for _ in range(MAX_JSON_DEPTH + 1):
        level = [child for item in level if isinstance(item, list | dict)
                 for child in (item.values() if isinstance(item, dict) else item)]
        if not level:
            return False
    return True


def read_csv(text: str) -> Iterator[RawArticle | Issue]:
    """One article per row, with a ``text`` column (first row: column names).

    A row with more fields than the header is skipped and reported: an unquoted
    comma in any field moves every later value one column on, so which value is
    the text, the title or the date cannot be known. Empty fields past the header's
    (a trailing comma a spreadsheet writes after each row) are no such shift."""
    rows, error = _csv_rows(text)
    if rows and "text" not in {str(k).strip().lower() for k in rows[0]}:
        yield Issue("skipped", f"CSV has no 'text' column (columns: {', '.join(rows[0])}); "
                               "kit needs one article per row with its body in 'text'")
        return
    for number, row in enumerate(rows[1:], start=1):
        while len(row) > len(rows[0]) and not row[-1].strip():
            row = row[:-1]  # a trailing comma spreadsheets write after each row's last field
        if len(row) > len(rows[0]):  # an unquoted comma shifted the columns: no field is sure
            yield Issue("skipped", f"row {number}: {len(row)} fields, the header has "
                                   f"{len(rows[0])}; a comma inside a field may have shifted "
                                   "the columns, so the row was not loaded (put fields "
                                   "holding commas in double quotes)", number)
            continue
        cells = dict(zip(rows[0], row, strict=False))
        yield _row_article(cells, number, "csv", f"row {number}")
    if error:
        yield Issue("skipped", f"CSV stops being readable after row {len(rows) - 1} "
                               f"({error}); the rows before it were loaded", len(rows))


def _csv_rows(text: str) -> tuple[list[list[str]], str]:
    old_limit = csv.field_size_limit(sys.maxsize)  # long articles exceed the 128 KB default
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            if any(cell.strip() for cell in row):
                rows.append(row)
    except csv.Error as err:
        return rows, str(err)
    finally:
        csv.field_size_limit(old_limit)
    return rows, ""


def _row_article(obj: Mapping[Any, Any], number: int, fmt: str, where: str) -> RawArticle | Issue:
    fields = normalise_fields(obj)
    text = fields.pop("text", None)
    if not isinstance(text, str):
        found = "is not a string" if text is not None else "is missing or empty"
        return Issue("skipped", f"{where}: the 'text' field {found} (fields: "
                                f"{', '.join(map(str, obj)) or 'none'})", number)
    return RawArticle(text, fields, fmt, row=number)

