"""kit's data model: the records and tables handed between the stages.

An :class:`Article` is what :func:`kit.load` yields and :func:`kit.annotate`
reads: small and immutable, like a row of a table. :class:`Annotations` is
what :func:`kit.annotate` returns: the tidy tables every later stage reads.
The column lists here are the contract between the stages; ``OFFSET_COLUMNS``
names the columns that hold character offsets into ``Article.text`` (moved
when an article annotated in pieces is joined).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Article:
    """One news article, as a reader sees it.

    Attributes
    ----------
    id:
        Stable identifier: the file's path relative to the loaded folder,
        without suffix (``"000_630f14e8707647da"``); rows of ``.jsonl`` /
        ``.csv`` files add ``"#<row>"`` unless the row has an ``id`` column.
    title:
        Headline ("" when unknown).
    text:
        Body text with boilerplate removed and whitespace normalised
        (non-breaking spaces become spaces, CRLF becomes LF). All character
        offsets in kit's tables refer to this string.
    published:
        Publication date, or ``None`` when unknown (relative dates in the
        article then stay unresolved).
    source:
        Outlet name ("NBC News").
    url:
        Address of the original article ("" when unknown).
    path:
        The file the article came from, as given to :func:`kit.load`.
    language:
        ISO 639-1 code of the text's language (``"en"``, ``"es"``): the
        ``language`` of the front matter or ``metadata.csv`` when given, else
        :func:`kit.ingest.load.load`'s guess; ``"und"`` when kit could not tell,
        ``""`` when the text is too short to tell or nobody said. Annotation
        reads an article with the pipeline of its language
        (:func:`kit.nlp.pipeline.model_for`).
    meta:
        Any further metadata (author, format, ...), as plain values.

    Examples
    --------
    >>> Article(id="a1", title="Talks", text="Officials met.", published=None)
    Article(id='a1', title='Talks', ...)
    """

    id: str
    title: str
    text: str
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    path: str = ""
    language: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


ARTICLE_COLUMNS = ["article_id", "title", "published", "source", "url", "path", "language",
                   "n_chars", "n_sentences"]
SENTENCE_COLUMNS = ["article_id", "sentence_id", "start_char", "end_char", "text"]
MENTION_COLUMNS = ["article_id", "sentence_id", "start_char", "end_char", "text", "label",
                   "canonical", "sex"]
CORE_TABLES = ("articles", "sentences", "mentions")
#: :attr:`Annotations.failures`: a rule of kit's that failed on (a piece of) an article,
#: which was read without it; ``rule`` names it, ``error`` says what went wrong.
FAILURE_COLUMNS = ["article_id", "sentence_id", "start_char", "end_char", "rule", "error"]
#: Every row of every table but ``articles`` starts with these columns.
ROW_KEY = ["article_id", "sentence_id", "start_char", "end_char"]
#: Columns that hold character offsets into ``Article.text`` in any table;
#: an extractor declares its further ones in its own ``OFFSET_COLUMNS``.
OFFSET_COLUMNS = ("start_char", "end_char")


class Annotations:
    """Tidy tables of an annotated corpus (see ``docs/architecture.md``).

    Attributes
    ----------
    articles, sentences, mentions:
        Core tables; further tables (one per extractor) are attributes too,
        e.g. ``ann.dates``, and live in ``tables``.
    model:
        Model fingerprint the tables were made with.
    failures:
        The annotation report: one row (:data:`FAILURE_COLUMNS`) per rule of kit's that
        failed on an article, which was read without it (none for tables built by hand).

    Built by hand from frames, or by :func:`annotate` as a view of its cache:
    then each table is read from the cache on first use and kept, so memory
    holds the tables an analysis reads, not every table of the corpus.
    """

    def __init__(self, articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
                 tables: Mapping[str, pd.DataFrame] | None = None, model: str = "") -> None:
        self._frames = {"articles": articles, "sentences": sentences, "mentions": mentions,
                        **(tables or {})}
        self._names = list(tables or {})
        self._read: Callable[[str], pd.DataFrame] | None = None
        self._source: Callable[[str], str | None] | None = None
        self._pristine: dict[str, tuple[Any, ...]] = {}
        self._read_rows: Callable[[str, list[str]], pd.DataFrame] | None = None
        self.model = model
        self.failures = pd.DataFrame(columns=FAILURE_COLUMNS)
        self.store: Store | None = None  # where derived tables are kept on disk (none: memory)

    @classmethod
    def reading(cls, names: Sequence[str], read: Callable[[str], pd.DataFrame],
                model: str, source: Callable[[str], str | None] | None = None,
                rows: Callable[[str, list[str]], pd.DataFrame] | None = None) -> Annotations:
        """Tables ``articles``, ``sentences``, ``mentions`` and ``names``,
        each made by ``read(name)`` when first used.

        ``source(name)``, if given, names what ``read(name)`` would return without
        reading it (None where it cannot): :meth:`derived` then stamps a table by that
        name while it is unread, or holds what it was read with, so an analysis kept
        on disk is found without reading the tables it was made from. ``rows(name,
        article_ids)``, if given, reads the rows of some articles alone (:meth:`rows`).
        """
        ann = cls.__new__(cls)
        ann._frames, ann._names, ann._read, ann.model = {}, list(names), read, model
        ann._source, ann._pristine, ann._read_rows = source, {}, rows
        ann.store, ann.failures = None, pd.DataFrame(columns=FAILURE_COLUMNS)
        return ann

    def rows(self, name: str, article_ids: Iterable[str],
             columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The rows of table ``name`` of the articles ``article_ids``, in the table's order
        (only ``columns``, if given): what filtering the whole table gives.

        A table already read is filtered; otherwise an Annotations of
        :func:`kit.annotate` reads those articles' rows alone from its cache, so one
        article's sentences need not hold a corpus's in memory. The ``canonical``
        names of ``mentions`` are merged across the corpus, so rows holding them
        come from the whole table; other columns of ``mentions`` are read alone.

        Examples
        --------
        >>> ann = Annotations(pd.DataFrame({"article_id": ["a", "b"]}),
        ...                   pd.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0],
        ...                                 "text": ["One.", "Two."]}), pd.DataFrame())
        >>> ann.rows("sentences", ["b"])["text"].tolist()
        ['Two.']
        """
        wanted = list(dict.fromkeys(str(a) for a in article_ids))
        read_rows = self.__dict__.get("_read_rows")
        whole = name == "mentions" and (columns is None or "canonical" in columns)
        if name in self.__dict__.get("_frames", {}) or read_rows is None or name == "articles" or whole:
            return _of_articles(self.table(name), wanted, columns)
        if name not in {*CORE_TABLES, *self._names}:
            self.table(name)  # raises, naming the tables there are
        found = read_rows(name, wanted)
        if found.empty:  # no rows: the table's own columns and types
            found = self.table(name).iloc[0:0]
        return found if columns is None else found[list(columns)]

    def table(self, name: str) -> pd.DataFrame:
        """The table called ``name`` (read on first use)."""
        frames = self.__dict__.get("_frames", {})
        if name not in frames:
            if self._read is None or name not in {*CORE_TABLES, *self._names}:
                raise AttributeError(
                    f"Annotations has no table {name!r}; tables are "
                    + ", ".join([*CORE_TABLES, *sorted(self._names)]))
            frames[name] = self._read(name)
            if self._fingerprint(name) is not None:
                stamp = _stamp(frames[name])  # what it holds as read: see _table_stamp
                if stamp is not None:
                    self.__dict__.setdefault("_pristine", {})[name] = stamp[1:]
        return frames[name]

    def _fingerprint(self, name: str) -> str | None:
        source = self.__dict__.get("_source")
        return None if source is None else source(name)

    def _table_stamp(self, name: str) -> tuple[Any, ...] | None:
        """:func:`_stamp` of table ``name``; for a table with a source fingerprint
        that is unread, or holds what it was read with, that fingerprint instead
        (identity None: any frame of that content will do)."""
        fingerprint = self._fingerprint(name)
        if fingerprint is not None and name not in self.__dict__.get("_frames", {}):
            return (None, "source", fingerprint)
        stamp = _stamp(self.table(name))
        if (fingerprint is not None and stamp is not None
                and stamp[1:] == self.__dict__.get("_pristine", {}).get(name)):
            return (None, "source", fingerprint)
        return stamp

    @property
    def articles(self) -> pd.DataFrame:
        return self.table("articles")

    @property
    def sentences(self) -> pd.DataFrame:
        return self.table("sentences")

    @property
    def mentions(self) -> pd.DataFrame:
        return self.table("mentions")

    @property
    def tables(self) -> Mapping[str, pd.DataFrame]:
        """Extractor tables by name (each read on first use)."""
        return _Tables(self)

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.table(name)

    def derived(self, key: Hashable, tables: Sequence[str], make: Callable[[], T],
                persist: str | None = None) -> T:
        """``make()``, kept under ``key`` while the ``tables`` it reads hold what they
        held: analyses that need one derived table (the resolved dates, the actor
        mentions) build it once per Annotations. A table replaced or edited in place
        has a new stamp (its content hashed), so a kept value never outlives its input;
        a table whose cells cannot be hashed keeps nothing. A table of
        :func:`kit.annotate` is stamped by what it was read from (its cached rows,
        see :meth:`reading`) while unread or unchanged: a re-run finds its analyses
        without reading the tables they were made from.

        ``persist``: the module that computes a DataFrame value; with a :attr:`store`
        (Annotations from :func:`kit.annotate`), the value is also kept on disk under
        its key, the content of its tables and that module's code
        (:mod:`kit.nlp.derived`), for other processes and re-runs."""
        stamps = [self._table_stamp(name) for name in tables]
        if any(stamp is None for stamp in stamps):
            return make()
        kept = self.__dict__.setdefault("_derived", {})
        hit = kept.get(key)
        if hit is None or hit[0] != stamps:
            hit = kept[key] = (stamps, self._make(key, stamps, make, persist))
        return hit[1]  # type: ignore[no-any-return]

    def _make(self, key: Hashable, stamps: list[Any], make: Callable[[], T],
              persist: str | None) -> T:
        store = self.__dict__.get("store") if persist else None
        if store is None or persist is None:
            return make()
        digest = store.digest(key, [stamp[1:] for stamp in stamps], persist)  # not the id
        if digest is None:  # this process's kit files changed since it imported kit
            return make()
        found = store.get(digest)
        if found is not None:
            return found  # type: ignore[return-value]
        value = make()
        if isinstance(value, pd.DataFrame):
            store.put(digest, value)
        return value

    def sentence(self, article_id: str, sentence_id: int) -> str:
        """Text of one sentence: the evidence behind any row.

        A lookup in an index built on first use (rebuilt if ``sentences`` is
        replaced), so asking for every row's sentence stays linear.
        """
        frame, index = self.__dict__.get("_sentence_index", (None, {}))
        if frame is not self.sentences:
            s = self.sentences
            index = dict(zip(zip(s["article_id"], s["sentence_id"].astype(int)), s["text"]))
            self.__dict__["_sentence_index"] = (s, index)
        return str(index.get((article_id, int(sentence_id)), ""))


T = TypeVar("T")


class Store(Protocol):
    """Where :meth:`Annotations.derived` keeps tables on disk (:class:`kit.nlp.derived.DerivedStore`)."""

    def digest(self, key: Hashable, stamps: Sequence[Any], module: str) -> str | None: ...

    def get(self, digest: str) -> pd.DataFrame | None: ...

    def put(self, digest: str, frame: pd.DataFrame) -> bool: ...


def _stamp(frame: pd.DataFrame) -> tuple[Any, ...] | None:
    """What a table holds, cheaply: its identity, shape, columns, dtypes, index dtype and
    its cells hashed in order, with the type of each value of an object column (pandas
    hashes 1 and "1", None and NaN alike) (None: unhashable). All but the identity name
    its content."""
    try:
        digest = hashlib.sha256(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # lists in cells
        return None
    for _, column in frame.items():
        if column.dtype == object:
            digest.update(" ".join(type(v).__name__ for v in column).encode())
    return (id(frame), frame.shape, tuple(map(repr, frame.columns)),
            tuple(map(repr, frame.dtypes)), repr(frame.index.dtype), digest.hexdigest()[:32])


class _Tables(Mapping[str, pd.DataFrame]):
    """The extractor tables of an :class:`Annotations`, read when looked up."""

    def __init__(self, ann: Annotations) -> None:
        self._ann = ann

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._ann._names:
            raise KeyError(name)
        return self._ann.table(name)

    def __contains__(self, name: object) -> bool:
        return name in self._ann._names  # without reading the table, as Mapping's would

    def __iter__(self) -> Iterator[str]:
        return iter(self._ann._names)

    def __len__(self) -> int:
        return len(self._ann._names)


def sentence_lookup(ann: Any) -> dict[tuple[str, int], tuple[str, int]]:
    """``{(article_id, sentence_id): (text, start_char)}`` of every sentence of ``ann``."""
    s = ann.sentences
    return {(a, int(i)): (t, int(c)) for a, i, t, c in
            zip(s["article_id"].tolist(), s["sentence_id"].tolist(), s["text"].tolist(), s["start_char"].tolist())}


def rows_of(ann: Any, name: str, article_ids: Iterable[str],
            columns: Sequence[str] | None = None) -> pd.DataFrame:
    """:meth:`Annotations.rows`, for Annotations and for any object with the tables
    as attributes (a hand-built namespace): the rows of ``article_ids`` alone."""
    if isinstance(ann, Annotations):
        return ann.rows(name, article_ids, columns)
    return _of_articles(getattr(ann, name), article_ids, columns)


def _of_articles(table: pd.DataFrame, article_ids: Iterable[str],
                 columns: Sequence[str] | None) -> pd.DataFrame:
    """The rows of ``table`` of ``article_ids`` (only ``columns``, if given)."""
    found = table[table["article_id"].astype(str).isin({str(a) for a in article_ids})]
    found = found.reset_index(drop=True)
    return found if columns is None else found[list(columns)]


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """``frame.to_dict("records")``, read a column at a time: as fast for Arrow-backed
    strings as for NumPy columns (pandas reads those a value at a time). Missing
    values are what ``to_dict`` makes them: None for ``pd.NA``, NaN where the column's
    missing value is NaN (pandas' default ``str`` columns, floats).

    Examples
    --------
    >>> frame = pd.DataFrame({"a": pd.array(["x", None], dtype="string[pyarrow]"), "b": [1, 2]})
    >>> records(frame) == frame.to_dict("records")
    True
    """
    columns = [frame[c].tolist() if isinstance(frame[c].dtype, np.dtype)
               else frame[c].to_numpy(dtype=object, na_value=_missing(frame[c].dtype)).tolist()
               for c in frame.columns]
    names = list(frame.columns)
    return [dict(zip(names, row)) for row in zip(*columns)] if names else [{} for _ in range(len(frame))]


def _missing(dtype: Any) -> Any:
    """The missing value ``to_dict`` gives for a column of extension ``dtype``."""
    na = getattr(dtype, "na_value", None)
    return None if na is pd.NA else na


def undated_articles(articles: pd.DataFrame) -> set[str]:
    """The ids of the ``articles`` (a table of :data:`ARTICLE_COLUMNS`) with no publication
    date: wherever kit reads a "first" article (an entity's first mention, the article a
    notebook shows), these come after every dated one, as an article of unknown date cannot
    be said to come first.

    >>> sorted(undated_articles(pd.DataFrame({"article_id": ["a", "b", "c"],
    ...                                       "published": ["2024-01-18", None, float("nan")]})))
    ['b', 'c']
    """
    if "published" not in articles:
        return set()
    missing = pd.to_datetime(articles["published"], errors="coerce").isna()
    return set(articles.loc[missing, "article_id"].astype(str))


def outlets(articles: pd.DataFrame) -> pd.DataFrame:
    """``article_id`` with its ``outlet`` (the article's ``source``) and ``language``,
    ``""`` where the articles table has none.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "source": ["Daily Tern", None]})
    >>> outlets(arts).to_dict("records")
    [{'article_id': 'a', 'outlet': 'Daily Tern', 'language': ''}, {'article_id': 'b', 'outlet': '', 'language': ''}]
    """
    out = pd.DataFrame({"article_id": articles["article_id"].astype(str)})
    for column, name in (("source", "outlet"), ("language", "language")):
        values = articles[column] if column in articles else pd.Series("", index=articles.index)
        out[name] = values.fillna("").astype(str).str.strip().to_numpy()
    return out.reset_index(drop=True)


def coverage_of(values: Iterable[str]) -> str:
    """The distinct non-empty ``values``, sorted and ``"; "``-joined: the outlets or
    languages of a row's articles.

    >>> coverage_of(["Tern Wire", "", "Diario Sur", "Tern Wire"])
    'Diario Sur; Tern Wire'
    """
    return "; ".join(sorted(set(values) - {""}))
