"""Load news articles from files into :class:`kit.schema.Article` records.

``load(folder)`` reads every article file under a folder (sorted, recursive)
and returns the articles plus a report of everything kit noticed; one broken
file never stops the corpus. :func:`iter_articles` does the same as a stream.

Decisions
---------
* **Manifest wins.** A ``metadata.csv`` in the folder (columns ``file``, title,
  published, source, url, author, ...) is the curator's correction, so its
  non-empty cells override metadata found inside the files, which stay exactly
  as received. Empty cells keep the file's value. ``file`` is the path relative
  to the manifest; ``batch.jsonl#3`` addresses one row of a multi-article file.
* **Invalid dates load.** An unreadable ``published`` value leaves
  ``published=None`` and a report row names the file, the field and the value.
* **Ids** are the relative path without suffix (``2024/jan/talks``); rows of
  ``.jsonl`` / ``.csv`` files are ``<path>#<n>`` (``n`` = line of the ``.jsonl``
  file or data row of the ``.csv``, from 1) unless the row has an ``id``.
* **Clashing ids** (``a.txt`` and ``a.md``): the later article keeps its
  suffix (``a.md``) and the report says so.
* **Duplicates** (identical text after clean-up): the later one is skipped as
  "duplicate of '<first id>'".
* **Languages** are guessed from function words (no extra dependency); a
  ``language`` in the front matter, the row or ``metadata.csv`` (a code such as
  ``es``, a tag such as ``es-MX`` or a name such as ``Spanish``) overrides the
  guess, and the report says when the text looks like another language. The
  result is ``Article.language``; other languages than ``languages`` (by default
  :data:`READ_LANGUAGES`, those kit has a pipeline for) are loaded and reported,
  or skipped with ``skip_other_languages``.
* **Unreadable files** (no permission, broken symbolic link, pipe) are skipped.
* **Symbolic links** are read only when they lead to a file inside the folder;
  links that leave it, links to folders and link loops are skipped and
  reported (:mod:`kit.ingest.discover`).
* The report has one row per finding (a file can have several), with
  ``status`` "loaded" (a note), "repaired" (kit changed something notable:
  encoding, BOM, id) or "skipped" (no article from it). Routine clean-up
  (CRLF, odd spaces, boilerplate) is not reported.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias, TypeVar

import pandas as pd

from kit.ingest.boilerplate import (
    LANGUAGE_NAMES,
    Marker,
    clean_text,
    describe_language,
    guess_language,
    language_code,
    load_markers,
)
from kit.ingest.discover import SETTINGS_FILES, Found, discover, link_problem, read_file
from kit.ingest.manifest import Manifest, published_date, read_manifest
from kit.ingest.manifest import parse_date as parse_date  # re-exported: was importable from here
from kit.ingest.readers import KNOWN_SUFFIXES, READERS, Issue, RawArticle, Status, read_bytes
from kit.schema import Article

PathLike: TypeAlias = "str | os.PathLike[str]"
Source: TypeAlias = "PathLike | Iterable[PathLike]"
Boilerplate: TypeAlias = "PathLike | Sequence[Marker] | bool | None"
REPORT_COLUMNS = ["path", "article_id", "status", "reason"]
STATUSES = ("loaded", "repaired", "skipped")
LONG_ARTICLE = 1_000_000
"""spaCy's default ``nlp.max_length``: longer articles are loaded and reported (annotation
reads them in pieces: :func:`kit.nlp.rows.split_text`)."""
READ_LANGUAGES = ("en", "es")
"""The languages kit has a pipeline for (English, and ``kit.nlp.pipeline.LANGUAGE_MODELS``):
an article in another is read by the English one, and the load report says so."""
_ARTICLE_FIELDS = ("id", "title", "published", "source", "url")
_T = TypeVar("_T")


class ReportRow(NamedTuple):
    """One line of the load report."""

    path: str
    article_id: str
    status: Status
    reason: str


@dataclass
class LoadResult:
    """What :func:`load` returns: the articles and the report of problems.

    ``report`` columns: ``path, article_id, status, reason``; ``status`` is one
    of ``"loaded"``, ``"repaired"``, ``"skipped"``.
    """

    articles: list[Article]
    report: pd.DataFrame

    def __repr__(self) -> str:
        counts = self.report["status"].value_counts().to_dict()
        found = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        n = len(self.articles)
        languages = pd.Series([a.language or "?" for a in self.articles]).value_counts()
        told = ", ".join(f"{code} {count}" for code, count in sorted(languages.items()))
        return (f"LoadResult({n} article{'' if n == 1 else 's'}{f' ({told})' if n else ''}; "
                f"report: {found or 'nothing to report'})")

    def skipped(self, shown: int = 3) -> str:
        """What the report says of the files it skipped, in one line: the first ``shown``
        as ``file: reason``, then how many more ("" when it skipped none), so that an
        error on a folder that gave no article can say why.

        Examples
        --------
        >>> rows = pd.DataFrame([["in/a.pdf", "a", "skipped", "unsupported file type '.pdf'"]],
        ...                     columns=REPORT_COLUMNS)
        >>> LoadResult([], rows).skipped()
        "a.pdf: unsupported file type '.pdf'"
        """
        rows = self.report[self.report["status"] == "skipped"]
        told = [f"{Path(str(path)).name}: {' '.join(str(reason).split())}"
                for path, reason in zip(rows["path"].head(shown), rows["reason"].head(shown))]
        more = len(rows) - len(told)
        return "; ".join(told + ([f"and {more} more"] if more > 0 else []))


    def told(self, who: str, notes: str = "kit.load(path).report") -> list[str]:
        """What a command line says of this load on standard error, one line each: how many
        articles came from how many files and how many files were skipped, then each
        skipped file (or line or row of a file that gave articles) with its reason,
        sorted by path. Nothing when no file was found (the folder has no article file).
        The files loaded with a note or a repair are counted, and ``notes`` says where
        they are listed.

        Examples
        --------
        >>> rows = pd.DataFrame([["in/b.pdf", "b", "skipped", "unsupported file type '.pdf'"],
        ...                      ["in/a.txt", "a", "skipped", "empty file (0 bytes)"]],
        ...                     columns=REPORT_COLUMNS)
        >>> for line in LoadResult([], rows).told("kit actors"):
        ...     print(line)
        kit actors: 0 articles loaded from 0 files; 2 files skipped:
          in/a.txt: empty file (0 bytes)
          in/b.pdf: unsupported file type '.pdf'
        """
        gave = {str(a.path) for a in self.articles}
        report = self.report.astype({"path": str, "status": str, "reason": str})
        skipped = report[report["status"] == "skipped"].sort_values(["path", "reason"], kind="stable")
        folders = pd.Series([Path(path).is_dir() for path in skipped["path"]],  # "no article files in"
                            index=skipped.index, dtype=bool)
        files = skipped.loc[~skipped["path"].isin(gave) & ~folders, "path"].nunique()
        records = int(skipped["path"].isin(gave).sum())
        noted = report.loc[report["status"] != "skipped", "path"].nunique()
        if not self.articles and not files:
            return []  # no file to name: the caller's error says the folder is empty
        line = (f"{who}: {_plural(len(self.articles), 'article')} loaded from "
                f"{_plural(len(gave), 'file')}; {_plural(files, 'file')} skipped")
        if records:
            line += (f", and {_plural(records, 'line or row', 'lines or rows')} in files "
                     "that gave articles")
        if noted:
            line += f" ({_plural(noted, 'loaded file')} with a note or a repair: {notes})"
        told = [line + (":" if len(skipped) else "")]
        told += [f"  {path}: {' '.join(reason.split())}"
                 for path, reason in zip(skipped["path"], skipped["reason"])]
        return told


def _plural(n: int, noun: str, nouns: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


class ArticleStream(Iterator[Article]):
    """Articles one at a time; ``.report`` holds the findings seen so far."""

    def __init__(self, events: Iterator[Article | ReportRow], limit: int | None = None) -> None:
        self._events, self._left = events, limit
        self._rows: list[ReportRow] = []

    def __next__(self) -> Article:
        if self._left is not None and self._left <= 0:
            raise StopIteration
        for event in self._events:
            if isinstance(event, Article):
                self._left = None if self._left is None else self._left - 1
                return event
            self._rows.append(event)
        raise StopIteration

    @property
    def report(self) -> pd.DataFrame:
        """The findings so far, sorted by path (rows of one file in file order)."""
        frame = pd.DataFrame(self._rows, columns=REPORT_COLUMNS)
        return frame.sort_values("path", kind="stable", ignore_index=True)


def load(source: Source, *, limit: int | None = None, manifest: PathLike | None = None,
         boilerplate: Boilerplate = None, languages: Sequence[str] = READ_LANGUAGES,
         skip_other_languages: bool = False) -> LoadResult:
    """Load articles from a folder, a file or a list of files.

    Parameters
    ----------
    source:
        A folder (read recursively, sorted; hidden files, README files and the
        settings files ``metadata.csv`` / ``boilerplate.csv`` are not articles), one
        file, or a list of files and folders (each folder read with its own settings
        files; ids stay unique and a text found twice is a duplicate across them). Known types: .txt .md (optional YAML front matter),
        .html .htm, .jsonl and .csv (one article per line/row, ``text`` field).
    limit:
        Stop after this many articles.
    manifest:
        A ``metadata.csv`` to use; default: the one in the folder, if any.
    boilerplate:
        ``None``: kit's markers plus the folder's ``boilerplate.csv``; a path:
        kit's markers plus that CSV; a list of markers: exactly those;
        ``False``: keep the text as is.
    languages:
        Expected languages (codes ``en es fr de pt it``); others are reported.
        Default: :data:`READ_LANGUAGES`.
    skip_other_languages:
        Skip articles in other languages instead of loading them.

    Raises
    ------
    FileNotFoundError
        Only when ``source`` (or a file in the list) does not exist.

    Examples
    --------
    >>> result = load("data/articles")
    >>> result.articles[0].id
    '000_630f14e8707647da'
    >>> list(result.report.columns)
    ['path', 'article_id', 'status', 'reason']
    """
    stream = iter_articles(source, limit=limit, manifest=manifest, boilerplate=boilerplate,
                           languages=languages, skip_other_languages=skip_other_languages)
    articles = list(stream)
    return LoadResult(articles, stream.report)


def iter_articles(source: Source, *, limit: int | None = None, manifest: PathLike | None = None,
                  boilerplate: Boilerplate = None, languages: Sequence[str] = READ_LANGUAGES,
                  skip_other_languages: bool = False) -> ArticleStream:
    """Stream articles; same arguments as :func:`load`.

    Files are read only as the stream is consumed, so ``limit`` or a ``break``
    stops the work. The returned stream's ``.report`` holds what was found in
    the files read so far.

    Examples
    --------
    >>> stream = iter_articles("data/articles", limit=1)
    >>> [article.id for article in stream]
    ['000_630f14e8707647da']
    >>> stream.report.empty
    True
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit={limit!r} is negative; pass None for all articles or a "
                         "number >= 0")
    for code in languages:
        describe_language(code)  # raises ValueError naming the supported codes
    parts = _parts(source)
    if manifest is not None and len(parts) > 1:
        raise ValueError(f"manifest={str(manifest)!r} with {len(parts)} folders: each folder "
                         "reads its own metadata.csv; put one in each folder instead")
    ids: set[str] = set()
    texts: dict[str, str] = {}
    streams = []
    for part in parts:
        root, files, is_folder = discover(part)
        settings = _Settings(root, manifest, boilerplate, tuple(languages), skip_other_languages)
        settings.ids, settings.texts = ids, texts  # ids unique and duplicates found across parts
        streams.append(_events(files, settings, is_folder))
    return ArticleStream(itertools.chain.from_iterable(streams), limit)


def _parts(source: Source) -> list[Source]:
    """The sources read one by one: each folder of a list is read as a folder (its own
    ``metadata.csv`` and ``boilerplate.csv``), its files together, in the list's order."""
    if isinstance(source, str | os.PathLike):
        return [source]
    items = list(source)
    folders = [item for item in items if Path(item).is_dir()]
    if not folders:
        return [items]
    files = [item for item in items if not Path(item).is_dir()]
    missing = [str(item) for item in files if not os.path.lexists(item)]
    if missing:
        discover(missing)  # raises FileNotFoundError naming them
    return [*folders, *([files] if files else [])]


class _Settings:
    """Everything one load run needs besides the file list; tracks ids and texts."""

    def __init__(self, root: Path, manifest: PathLike | None, boilerplate: Boilerplate,
                 languages: tuple[str, ...], skip_other: bool) -> None:
        self.root, self.languages, self.skip_other = root, languages, skip_other
        self.rows: list[ReportRow] = []
        self.manifest: Manifest | None = self._manifest(manifest)
        self.markers: Sequence[Marker] = self._markers(boilerplate)
        self.ids: set[str] = set()
        self.texts: dict[str, str] = {}

    def _manifest(self, path: PathLike | None) -> Manifest | None:
        if path is not None:
            return read_manifest(Path(path))  # explicit argument: errors raise
        default = self.root / "metadata.csv"
        if not self._settings_file(default):
            return None
        return self._guard(default, lambda: read_manifest(default))

    def _markers(self, choice: Boilerplate) -> Sequence[Marker]:
        if choice is False:
            return []
        if choice is None or choice is True:
            own = self.root / "boilerplate.csv"
            if self._settings_file(own):
                return self._guard(own, lambda: load_markers(own)) or load_markers()
            return load_markers()
        if isinstance(choice, str | os.PathLike):
            return load_markers(choice)
        return list(choice)

    def _settings_file(self, path: Path) -> bool:
        """Whether to read the folder's settings file ``path`` (report a link that leaves it)."""
        problem = link_problem(Found(path, os.path.realpath(self.root)))
        if problem:
            self.rows.append(ReportRow(str(path), "", "skipped", f"{problem}; kit ignored it"))
        return not problem and path.is_file()

    def _guard(self, path: Path, read: Callable[[], _T]) -> _T | None:
        """Read a settings file found in the folder; report (not raise) its errors."""
        try:
            return read()
        except (OSError, ValueError) as err:
            self.rows.append(ReportRow(str(path), "", "skipped", f"{err}; kit ignored this file"))
            return None


def _events(files: list[Found], settings: _Settings, is_folder: bool,
            ) -> Iterator[Article | ReportRow]:
    yield from settings.rows
    if settings.manifest is not None:
        yield from (ReportRow(str(settings.manifest.path), "", "skipped", reason)
                    for reason in settings.manifest.problems)
    if not files:
        what = f"no article files in {settings.root}" if is_folder else "no files given"
        yield ReportRow(str(settings.root), "", "skipped",
                        f"{what}: kit reads {KNOWN_SUFFIXES} files (hidden files and "
                        f"{' / '.join(SETTINGS_FILES)} / README files are not articles)")
    for found in files:
        yield from _file_events(found, settings)
    if is_folder and settings.manifest is not None:
        yield from (ReportRow(str(settings.manifest.path), "", "skipped", reason)
                    for reason in settings.manifest.unused())


def _file_events(entry: Found, settings: _Settings) -> Iterator[Article | ReportRow]:
    path = entry.path
    base = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(settings.root)))
    base_id = base.with_suffix("").as_posix()
    fmt = READERS.get(path.suffix.lower(), "")
    unsupported = f"unsupported file type {path.suffix!r}: kit reads {KNOWN_SUFFIXES}"
    problem = link_problem(entry) or ("" if fmt else unsupported)
    data, problem = read_file(path) if not problem else (b"", problem)
    if problem or not data:
        yield ReportRow(str(path), base_id, "skipped", problem or "empty file (0 bytes)")
        return
    found = False
    for item in read_bytes(data, fmt):
        if isinstance(item, Issue):
            item_id = f"{base_id}#{item.row}" if item.row else base_id
            found = found or item.status == "skipped"
            yield ReportRow(str(path), item_id, item.status, item.reason)
        else:
            found = True
            yield from _article_events(item, path, base, settings)
    if not found:
        yield ReportRow(str(path), base_id, "skipped", "no articles in this file (it holds "
                                                       "only whitespace or column names)")


def _article_events(raw: RawArticle, path: Path, base: Path, settings: _Settings,
                    ) -> Iterator[Article | ReportRow]:
    fields, issues = dict(raw.fields), list(raw.issues)
    if settings.manifest is not None:
        issues += settings.manifest.apply(path, raw.row, fields)
    article_id = _article_id(base, raw.row, fields.pop("id", None))
    text = clean_text(raw.text, settings.markers)
    language, given, language_issues = _language(fields.pop("language", None),
                                                 guess_language(text))
    skip = _skip_reason(raw, text, _Said(language, given), settings)
    if skip:
        yield ReportRow(str(path), article_id, "skipped", skip)
        return
    article_id, renamed = _unique_id(article_id, base, raw.row, settings.ids)
    published, date_issues = published_date(fields.pop("published", None), raw)
    meta = {"format": raw.fmt, **{k: v for k, v in fields.items() if k not in _ARTICLE_FIELDS}}
    issues += renamed + date_issues + language_issues + _language_notes(
        _Said(language, given), settings)
    if len(text) > LONG_ARTICLE:
        issues.append(Issue("loaded", f"very long article ({len(text):,} characters, over "
                                      f"spaCy's default limit of {LONG_ARTICLE:,}): kit annotates "
                                      "it in pieces cut at paragraph or line breaks and joins "
                                      "them, which takes minutes; nothing to change"))
    yield from (ReportRow(str(path), article_id, i.status, i.reason) for i in issues)
    settings.ids.add(article_id)
    settings.texts.setdefault(_digest(text), article_id)
    yield Article(id=article_id, title=str(fields.get("title", "")), text=text,
                  published=published, source=str(fields.get("source", "")),
                  url=str(fields.get("url", "")), path=str(path), language=language, meta=meta)


class _Said(NamedTuple):
    """An article's language and how kit knows it (given in the metadata or guessed)."""

    code: str
    given: bool

    def __str__(self) -> str:
        return (f"language {'is' if self.given else 'looks like'} "
                f"{describe_language(self.code)}")


def _language(given: Any, guess: str | None) -> tuple[str, bool, list[Issue]]:
    """The article's language (``""``: too short to tell), whether the metadata gave
    it, and the report's notes: a ``language`` field kit cannot read, or one the text
    does not look like."""
    guessed = guess or ""
    if given is None or not str(given).strip():
        return guessed, False, []
    code = language_code(str(given))
    if code is None:
        return guessed, False, [Issue("loaded", (
            f"language {str(given)!r} is not a language kit knows; write one of "
            f"{', '.join(LANGUAGE_NAMES)} (e.g. language: es); kit uses its guess "
            f"{guessed or 'none (text too short)'!r}"))]
    if guess in LANGUAGE_NAMES and guess != code:
        return code, True, [Issue("loaded", (
            f"language given as {describe_language(code)}, but the text looks like "
            f"{describe_language(guess)}; kit reads it as {code!r} (correct the language "
            "field if it is wrong)"))]
    return code, True, []


def _skip_reason(raw: RawArticle, text: str, language: _Said, settings: _Settings) -> str:
    if not raw.text.strip():
        return ("only whitespace, no text" if raw.text
                else "no text: the file holds only front matter")
    if not text:
        return "no text left after removing boilerplate (every line matched a marker)"
    first = settings.texts.get(_digest(text))
    if first is not None:
        return f"duplicate of '{first}' (identical text after normalisation)"
    if settings.skip_other and language.code and language.code not in settings.languages:
        return f"{language}, not one of {', '.join(settings.languages)} (skip_other_languages=True)"
    return ""


def _article_id(base: Path, row: int | None, given: Any) -> str:
    if given is not None and str(given).strip():
        return str(given).strip()
    stem = base.with_suffix("").as_posix()
    return f"{stem}#{row}" if row else stem


def _unique_id(wanted: str, base: Path, row: int | None, taken: set[str],
               ) -> tuple[str, list[Issue]]:
    if wanted not in taken:
        return wanted, []
    candidates = [base.as_posix() + (f"#{row}" if row else "")]
    candidates += [f"{wanted}~{n}" for n in range(2, len(taken) + 3)]
    new = next(c for c in candidates if c not in taken)
    return new, [Issue("repaired", f"id '{wanted}' is already used by another article; "
                                   f"this one's id is '{new}'")]


def _language_notes(language: _Said, settings: _Settings) -> list[Issue]:
    if not language.code or language.code in settings.languages:
        return []
    read = "" if settings.languages != READ_LANGUAGES else ", the languages kit has a pipeline for"
    return [Issue("loaded", f"{language}, not one of {', '.join(settings.languages)}{read}; loaded "
                            "anyway (kit.load(..., skip_other_languages=True) skips it)")]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()

