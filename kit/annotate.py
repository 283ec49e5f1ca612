"""Run spaCy over articles and return tidy tables, cached on disk.

:func:`annotate` is the only place kit's analysis touches a spaCy ``Doc``.
Each Doc becomes rows: its sentences, its entity mentions (with canonical
names, see :mod:`kit.canonical`) and one table per extractor in
:data:`EXTRACTORS` (roles, quotes, dates, ...). Rows are cached by the
article text's content hash (see :mod:`kit.cache`), so a re-run on unchanged
articles does no NLP, and adding one article annotates one article.

Before extractors run, the ``TITLE`` spans marked by kit's entity fixes are
moved out of ``doc.ents`` into ``doc.spans["titles"]``: a title is part of a
person's role, never an entity of its own.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit import __version__
from kit.cache import KEY, AnnotationCache, default_cache_dir, text_key
from kit.canonical import canonicalize, country_aliases, within_article
from kit.nlp import TABLES_NAME, get_nlp, model_fingerprint
from kit.types import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

Rows = list[dict[str, Any]]
Extractor = Callable[["Doc", dict[tuple[int, int], str]], Rows]

# table name -> module with ``extract(doc, canon) -> list[dict]``
EXTRACTORS: dict[str, str] = {
    "dates": "kit.extract.dates",
    "roles": "kit.extract.roles",
    "sources": "kit.extract.sources",
    "quotes": "kit.extract.quotes",
    "relations": "kit.extract.relations",
}

ARTICLE_COLUMNS = ["article_id", "title", "published", "source", "url", "path", "n_chars", "n_sentences"]
SENTENCE_COLUMNS = ["article_id", "sentence_id", "start_char", "end_char", "text"]
MENTION_COLUMNS = ["article_id", "sentence_id", "start_char", "end_char", "text", "label", "canonical"]
PROGRESS_MIN_ARTICLES = 50
SHARD_ARTICLES = 512
_CODE_FILES = ("annotate.py", "canonical.py", "nlp.py", "cache.py", "extract", "data")


@dataclass
class Annotations:
    """Tidy tables of an annotated corpus (see ``docs/architecture.md``).

    Attributes
    ----------
    articles, sentences, mentions:
        Core tables; further tables (one per extractor) are attributes too,
        e.g. ``ann.dates``, and live in ``tables``.
    model:
        Model fingerprint the tables were made with.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    model: str = ""

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(
            f"Annotations has no table {name!r}; tables are articles, sentences, mentions"
            + "".join(f", {t}" for t in sorted(tables))
        )

    def sentence(self, article_id: str, sentence_id: int) -> str:
        """Text of one sentence: the evidence behind any row."""
        s = self.sentences
        hit = s[(s["article_id"] == article_id) & (s["sentence_id"] == sentence_id)]
        return str(hit["text"].iloc[0]) if len(hit) else ""


def annotate(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    cache_dir: Path | str | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    aliases: Path | str | None = None,
    progress: bool | None = None,
) -> Annotations:
    """Annotate ``articles`` with spaCy and return kit's tables.

    Parameters
    ----------
    articles:
        Records from :func:`kit.load`.
    model:
        spaCy model name; default as in :func:`kit.nlp.resolve_model`.
    cache_dir:
        Where annotated rows are kept (default :func:`kit.cache.default_cache_dir`).
    n_process, batch_size:
        Passed to ``nlp.pipe``. An article longer than ``nlp.max_length`` is
        annotated in pieces cut at paragraph breaks, never truncated.
    aliases:
        ``alias,canonical`` CSV that overrides canonical names.
    progress:
        Show a progress bar; by default only for 50 or more articles to annotate.

    Examples
    --------
    >>> ann = annotate(kit.load("data/articles").articles)          # doctest: +SKIP
    >>> ann.mentions.columns.tolist()                                 # doctest: +SKIP
    ['article_id', 'sentence_id', 'start_char', 'end_char', 'text', 'label', 'canonical']
    """
    articles = list(articles)
    nlp = get_nlp(model)
    namespace = f"{model_fingerprint(nlp)}-kit{__version__}-{_code_fingerprint()}"
    cache = AnnotationCache(cache_dir or default_cache_dir(), namespace)
    keys = [text_key(a.text) for a in articles]
    cached, found = cache.load(keys)
    todo = {k: a for k, a in zip(keys, articles) if k not in found}
    show = progress if progress is not None else len(todo) >= PROGRESS_MIN_ARTICLES
    with _progress_bar(show, len(todo)) as bar:
        for batch in _chunks(list(todo.items()), SHARD_ARTICLES):
            pieces = [(k, off, part) for k, a in batch for off, part in split_text(a.text, nlp.max_length)]
            docs = nlp.pipe((p for _, _, p in pieces), batch_size=batch_size, n_process=n_process)
            fresh = _rows_to_tables(_tick(bar, item) for item in _join_pieces(pieces, docs))
            cache.save(fresh, [k for k, _ in batch])
            for name, frame in fresh.items():
                cached[name] = pd.concat([cached.get(name, frame.iloc[:0]), frame], ignore_index=True)
    return _assemble(articles, keys, cached, aliases, namespace)


def doc_tables(doc: Doc) -> dict[str, Rows]:
    """Rows of every table for one Doc (offsets into ``doc.text``)."""
    _move_titles(doc)
    sentences = [_sentence_row(i, s.text, s.start_char) for i, s in enumerate(doc.sents)]
    starts = [s.start_char for s in doc.sents]
    mentions = within_article(
        ((e.start_char, e.end_char, e.text, e.label_) for e in doc.ents), _countries()
    )
    canon = {(e.start_char, e.end_char): e.text for e in doc.ents}
    canon.update({(m.start_char, m.end_char): m.canonical for m in mentions})
    tables: dict[str, Rows] = {
        "sentences": sentences,
        "mentions": [m._asdict() for m in mentions],
    }
    for name, extract in extractors().items():
        tables[name] = extract(doc, canon)
    for name, rows in tables.items():
        if name != "sentences":
            for row in rows:
                row["sentence_id"] = bisect.bisect_right(starts, row["start_char"]) - 1
    return tables


def _sentence_row(sentence_id: int, text: str, start: int) -> dict[str, Any]:
    """A sentence without the blank lines spaCy attaches to it."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return {"sentence_id": sentence_id, "start_char": start + lead,
            "end_char": start + lead + len(body), "text": body}


def extractors() -> dict[str, Extractor]:
    """The extractor functions named in :data:`EXTRACTORS`."""
    return {name: importlib.import_module(mod).extract for name, mod in EXTRACTORS.items()}


def _move_titles(doc: Doc) -> None:
    titles = [e for e in doc.ents if e.label_ == "TITLE"]
    if titles:
        doc.spans["titles"] = titles
        doc.ents = [e for e in doc.ents if e.label_ != "TITLE"]


_COUNTRIES: dict[str, str] = {}


def _countries() -> dict[str, str]:
    if not _COUNTRIES:
        _COUNTRIES.update(country_aliases())
    return _COUNTRIES


def _rows_to_tables(items: Iterable[tuple[str, dict[str, Rows]]]) -> dict[str, pd.DataFrame]:
    rows: dict[str, Rows] = {"sentences": [], "mentions": [], **{n: [] for n in EXTRACTORS}}
    for key, tables in items:
        for name, table_rows in tables.items():
            rows[name].extend({KEY: key, **r} for r in table_rows)
    return {name: pd.DataFrame(r, columns=_columns(name, r)) for name, r in rows.items()}


def _columns(name: str, rows: Rows) -> list[str] | None:
    if rows:
        return None
    base = {"sentences": SENTENCE_COLUMNS, "mentions": MENTION_COLUMNS}.get(name)
    if base is None:
        module = importlib.import_module(EXTRACTORS[name])
        base = ["article_id", "sentence_id", "start_char", "end_char", *getattr(module, "COLUMNS", [])]
    return [KEY, *dict.fromkeys(c for c in base if c != "article_id")]


def _assemble(
    articles: Sequence[Article],
    keys: Sequence[str],
    cached: dict[str, pd.DataFrame],
    aliases: Path | str | None,
    namespace: str,
) -> Annotations:
    ids = pd.DataFrame({KEY: pd.Series(keys, dtype=object),
                        "article_id": pd.Series([a.id for a in articles], dtype=object)})
    tables = {}
    for name in ["sentences", "mentions", *EXTRACTORS]:
        frame = cached.get(name, pd.DataFrame(columns=_columns(name, [])))
        frame = ids.merge(frame, on=KEY, how="inner").drop(columns=KEY)
        order = [c for c in ("article_id", "sentence_id", "start_char", "end_char") if c in frame]
        frame = frame[[*order, *(c for c in frame.columns if c not in order)]]
        tables[name] = frame.sort_values(order, kind="stable").reset_index(drop=True)
    mentions = canonicalize(tables.pop("mentions")[MENTION_COLUMNS], aliases)
    sentences = tables.pop("sentences")[SENTENCE_COLUMNS]
    return Annotations(
        articles=_articles_table(articles, sentences),
        sentences=sentences,
        mentions=mentions,
        tables=tables,
        model=namespace,
    )


def _articles_table(articles: Sequence[Article], sentences: pd.DataFrame) -> pd.DataFrame:
    counts = sentences.groupby("article_id").size()
    rows = [
        {
            "article_id": a.id, "title": a.title, "published": a.published, "source": a.source,
            "url": a.url, "path": a.path, "n_chars": len(a.text),
            "n_sentences": int(counts.get(a.id, 0)),
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS).sort_values("article_id").reset_index(drop=True)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _progress_bar(show: bool, total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc="annotating", unit="article", file=sys.stderr, disable=not show)


def _tick(bar: Any, item: tuple[str, dict[str, Rows]]) -> tuple[str, dict[str, Rows]]:
    bar.update(1)
    return item


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    r"""``(offset, piece)`` pairs of at most ``limit`` characters, cut at paragraph
    breaks where possible, else at line ends, sentence ends or spaces.

    Examples
    --------
    >>> split_text("One.\n\nTwo.", 8)
    [(0, 'One.\n\n'), (6, 'Two.')]
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max((window.rfind(sep) + len(sep) for sep in ("\n\n", "\n", ". ", " ")
                   if window.rfind(sep) > 0), default=limit)
        pieces.append((start, window[:cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _join_pieces(
    pieces: Sequence[tuple[str, int, str]], docs: Iterable[Doc]
) -> Iterator[tuple[str, dict[str, Rows]]]:
    """Tables per article, merging the pieces of long articles in order."""
    stream = ((key, offset, doc) for (key, offset, _), doc in zip(pieces, docs))
    for key, group in itertools.groupby(stream, key=lambda item: item[0]):
        merged: dict[str, Rows] = {}
        for _, offset, doc in group:
            base = len(merged.get("sentences", []))
            tables = doc.user_data.pop(TABLES_NAME, None) or doc_tables(doc)
            for name, rows in tables.items():
                merged.setdefault(name, []).extend(_shift(r, offset, base) for r in rows)
        yield key, merged


def _shift(row: dict[str, Any], offset: int, base: int) -> dict[str, Any]:
    """Move a piece's row to article offsets and sentence numbers."""
    if not offset and not base:
        return row
    for col, value in row.items():
        if col == "sentence_id":
            row[col] = value + base
        elif (col.endswith(("_char", "_start", "_end"))) and isinstance(value, int) and value >= 0:
            row[col] = value + offset
    return row


def _code_fingerprint() -> str:
    """Hash of the kit files that shape annotation rows."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _CODE_FILES:
        path = root / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file() and f.suffix in {".py", ".csv", ".jsonl", ".json"}:
                digest.update(f.relative_to(root).as_posix().encode() + f.read_bytes())
    return digest.hexdigest()[:12]
