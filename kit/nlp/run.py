"""Run spaCy over articles and return tidy tables, cached on disk.

:func:`annotate` is the entry point of kit's analysis: articles in, tables
out (see :class:`Annotations`). Rows come from :mod:`kit.nlp.rows` and are
cached by the article text's content hash (see :mod:`kit.nlp.cache`), so a
re-run on unchanged articles does no NLP, and adding one article annotates
one article. Articles stream through one ``nlp.pipe`` call and every
:data:`SHARD_ARTICLES` finished articles (or :data:`SHARD_CHARS` characters)
are written to the cache as one shard, so memory is bounded by the shard, not
the corpus (long articles go through spaCy in pieces, see
:func:`kit.nlp.rows.annotate_stream`); each table is then
read back from the cache when first used. With ``engine="dask"`` shards are annotated
on a Dask cluster (:mod:`kit.nlp.cluster`). Ctrl-C stops a run promptly, even
with ``n_process`` > 1 (:mod:`kit.nlp.workers`): the shards already written stay,
and the next run annotates only the rest.

Each article is read by the pipeline of its ``Article.language``
(:func:`kit.nlp.pipeline.model_for`: Spanish articles by the Spanish
pipeline, the others by ``model``); each pipeline fills its own cache
namespace, and the tables of all of them are one table each, with one schema.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd

from kit.lexicon.canonical import canonicalize
from kit.nlp.cache import KEY, AnnotationCache, default_cache_dir, text_key
from kit.nlp.derived import DerivedStore
from kit.nlp.namespace import namespace_for, namespace_of
from kit.nlp.pipeline import model_for, reinstall_command, resolve_model
from kit.nlp.rows import (
    FAILURES,
    annotate_stream,
    requested_tables,
    row_pipeline,
    rows_to_tables,
    shard_columns,
    warn_failures,
)
from kit.nlp.workers import ended_on_error
from kit.schema import (
    ARTICLE_COLUMNS,
    FAILURE_COLUMNS,
    MENTION_COLUMNS,
    SENTENCE_COLUMNS,
    Annotations,
    Article,
)

if TYPE_CHECKING:
    from spacy.language import Language

PROGRESS_MIN_ARTICLES = 50
PROGRESS_MIN_CHARS = 1_000_000
"""Characters to annotate from which a run shows its progress bar, by characters read,
whatever its number of articles (one 2 MB article takes minutes: no run is silent that long)."""
SHARD_ARTICLES = 512
SHARD_CHARS = 8_000_000
"""A shard is written once it holds :data:`SHARD_ARTICLES` articles or this many
characters of text: the rows waiting to be written grow with the text, not the count."""
ARTICLES_PER_PROCESS = 20
ENGINES = ("local", "dask")
T = TypeVar("T")


def annotate(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    cache_dir: Path | str | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    aliases: Path | str | None = None,
    progress: bool | None = None,
    tables: Iterable[str] | None = None,
    engine: str = "local",
    client: Any = None,
) -> Annotations:
    """Annotate ``articles`` with spaCy and return kit's tables.

    Parameters
    ----------
    articles:
        Records from :func:`kit.load`.
    model:
        spaCy model name; default as in :func:`kit.nlp.resolve_model`. It reads
        every article but those in a language with a pipeline of its own
        (:data:`kit.nlp.pipeline.LANGUAGE_MODELS`: Spanish), which that pipeline
        reads (:func:`kit.nlp.pipeline.model_for`).
    cache_dir:
        Where annotated rows are kept (default :func:`kit.nlp.cache.default_cache_dir`).
    n_process, batch_size:
        Passed to ``nlp.pipe`` (fewer processes when there are fewer than
        :data:`ARTICLES_PER_PROCESS` articles to annotate per process). An
        article longer than :data:`kit.nlp.rows.PIECE_CHARS` is annotated in
        pieces cut at paragraph, line, sentence or word breaks, never
        truncated, and spaCy never reads much more than
        :data:`kit.nlp.rows.BATCH_CHARS` at once: memory stays bounded
        whatever the length or line structure of the texts.
    aliases:
        ``alias,canonical`` CSV that overrides canonical names.
    progress:
        Show a progress bar on stderr; by default only for 50 or more articles to
        annotate, or :data:`PROGRESS_MIN_CHARS` characters (then counted by characters
        read, so one long article moves it too).
    tables:
        Extractor tables to build besides ``sentences`` and ``mentions``
        (names of :data:`kit.nlp.rows.EXTRACTORS`; all if None). Only the spaCy components
        they read run: ``tables=[]`` (entity counts) skips the tagger,
        attribute ruler and lemmatizer. Cached rows of a fuller run are reused.
    engine, client:
        ``"local"`` (default) runs spaCy here with ``n_process`` processes.
        ``"dask"``, or passing a ``dask.distributed`` ``client``, runs it on
        that cluster's workers (the current client if none is passed; see
        :mod:`kit.nlp.cluster`): the tables are the same, the cache is written here.

    Examples
    --------
    >>> import kit
    >>> ann = annotate(kit.load("data/articles").articles)
    >>> ann.mentions.columns.tolist()
    ['article_id', 'sentence_id', 'start_char', 'end_char', 'text', 'label', 'canonical', 'sex']
    """
    articles = list(articles)
    parts = _parts(articles, model, cache_dir, tables, engine, client, n_process, batch_size,
                   progress)
    for part in parts:
        part.run.fill(part.texts)
    failures = _failures(parts, articles)

    def read(name: str) -> pd.DataFrame:
        if name == "articles":  # sentences counted from their keys, unless they are read
            read_already = "sentences" in ann.__dict__.get("_frames", {})
            return _articles_table(articles, _sentence_counts(parts) if not read_already
                                   else ann.sentences.groupby("article_id").size())
        return read_rows(name, None)

    def read_rows(name: str, ids: list[str] | None) -> pd.DataFrame:  # None: every article
        wanted = None if ids is None else set(ids)
        frames = []
        for p in parts:
            some = p.ids if wanted is None else p.ids[p.ids["article_id"].isin(wanted)]
            if wanted is None or not some.empty:
                texts = p.texts if wanted is None else {key: p.texts[key] for key in some[KEY]}
                frames.append(_arrange(some, _read_table(p.run, texts, name), name))
        if not frames:  # no such article: the table's columns, no rows (Annotations.rows types them)
            frames.append(_arrange(parts[0].ids.iloc[0:0], _read_table(parts[0].run, {}, name), name))
        frame = _joined(frames)
        if name == "mentions":  # country names in each article's language
            return canonicalize(frame[MENTION_COLUMNS], aliases,
                                {a.id: a.language for a in articles if wanted is None or a.id in wanted})
        return frame[SENTENCE_COLUMNS] if name == "sentences" else frame

    ann = Annotations.reading(parts[0].run.extra, read,
                              " + ".join(p.run.namespace for p in parts),
                              source=_sources(parts, articles, aliases), rows=read_rows)
    ann.store = DerivedStore(cache_dir or default_cache_dir())  # analyses kept for re-runs
    ann.failures = failures
    return ann


def _failures(parts: Sequence[_Part], articles: Sequence[Article]) -> pd.DataFrame:
    """The :data:`kit.nlp.rows.FAILURES` rows of the articles, as cached beside their other
    rows, each told in a :class:`kit.nlp.rows.KitRuleWarning`: on every run, cold or warm."""
    frames = []
    for p in parts:  # the shards' listings say which hold failures: most runs read no table
        failed = p.run.cache.find(p.texts, [FAILURES])
        rows = p.run.cache.load(failed, [FAILURES])[0].get(FAILURES) if failed else None
        frames.append(_arrange(p.ids, rows if rows is not None else pd.DataFrame(columns=shard_columns(FAILURES, [])),
                               FAILURES))
    frame = _joined(frames)[FAILURE_COLUMNS].reset_index(drop=True)
    warn_failures(frame, {a.id: a.text for a in articles}, stacklevel=3)
    return frame


def _sources(parts: list[_Part], articles: list[Article],
             aliases: Path | str | None) -> Callable[[str], str | None]:
    """What each table of :func:`annotate` will hold, named without reading it: the
    cached rows are those of each article's text under its pipeline's namespace, and
    ``mentions`` also depends on the alias table and the articles' languages. The
    articles table is made from the records themselves: None."""
    corpus = hashlib.sha256()
    for part in parts:
        corpus.update(f"{part.run.namespace}\n".encode())
        for key, article_id in zip(part.ids[KEY].tolist(), part.ids["article_id"].tolist()):
            corpus.update(f"{key}\t{article_id}\n".encode())
    words: str | None = None
    try:
        table = b"" if aliases is None else Path(aliases).read_bytes()
    except OSError:
        pass  # unreadable: canonicalize will say why; nothing to name the table by
    else:
        named = corpus.copy()
        named.update("".join(f"{a.id}\t{a.language}\n" for a in articles).encode() + table)
        words = f"mentions {named.hexdigest()}"
    rows = corpus.hexdigest()

    def source(name: str) -> str | None:
        if name == "articles":
            return None
        return words if name == "mentions" else f"{name} {rows}"

    return source


def annotate_to_cache(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    cache_dir: Path | str | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool | None = None,
    tables: Iterable[str] | None = None,
    engine: str = "local",
    client: Any = None,
) -> int:
    """Annotate the ``articles`` the cache lacks, without building tables;
    return how many were annotated. Arguments as for :func:`annotate`.

    ``kit report`` calls it once, with every core, before its notebooks run:
    each notebook's :func:`annotate` then reads the cache.

    Examples
    --------
    >>> import kit, tempfile
    >>> articles, cache = kit.load("data/articles").articles, tempfile.mkdtemp()
    >>> annotate_to_cache(articles, cache_dir=cache), annotate_to_cache(articles, cache_dir=cache)
    (1, 0)
    """
    articles = list(articles)
    parts = _parts(articles, model, cache_dir, tables, engine, client, n_process,
                   batch_size, progress)
    done = sum(part.run.fill(part.texts) for part in parts)
    _failures(parts, articles)
    return done


@dataclass(frozen=True)
class _Part:
    """The articles one pipeline reads: its run, their texts by key and their ids by key."""

    run: _Run
    texts: dict[str, str]
    ids: pd.DataFrame


def _parts(articles: list[Article], model: str | None, cache_dir: Path | str | None,
           tables: Iterable[str] | None, engine: str, client: Any, n_process: int,
           batch_size: int, progress: bool | None) -> list[_Part]:
    """The articles by the pipeline that reads them (:func:`kit.nlp.pipeline.model_for`),
    ``model``'s part first; an empty corpus is ``model``'s (it still has its tables)."""
    if engine not in ENGINES:  # before looking for a model: the advice is about the engine
        raise ValueError(f"engine must be one of {', '.join(map(repr, ENGINES))}, not {engine!r}")
    default = resolve_model(model)
    chosen: dict[str, str] = {}
    groups: dict[str, list[Article]] = {default: []}
    for article in articles:
        if article.language not in chosen:
            chosen[article.language] = model_for(article.language, default)
        groups.setdefault(chosen[article.language], []).append(article)
    if not groups[default] and len(groups) > 1:
        del groups[default]
    parts = []
    for name, group in groups.items():
        run = _Run.start(name, cache_dir, tables, engine, client, n_process, batch_size, progress)
        keys = [text_key(a.text) for a in group]
        ids = pd.DataFrame({KEY: pd.Series(keys, dtype=object),
                            "article_id": pd.Series([a.id for a in group], dtype=object)})
        parts.append(_Part(run, dict(zip(keys, (a.text for a in group))), ids))
    return parts


@dataclass(frozen=True)
class _Run:
    """How one call annotates: pipeline, cache, tables and engine."""

    model: str
    namespace: str
    cache: AnnotationCache
    extra: list[str]
    n_process: int
    batch_size: int
    progress: bool | None
    engine: str
    client: Any

    @classmethod
    def start(cls, name: str, cache_dir: Path | str | None, tables: Iterable[str] | None,
              engine: str, client: Any, n_process: int, batch_size: int,
              progress: bool | None) -> _Run:
        """The run of the installed model ``name`` (:func:`_parts` checked the engine)."""
        namespace = namespace_for(name)
        cache = AnnotationCache(cache_dir or default_cache_dir(), namespace)
        return cls(name, namespace, cache, requested_tables(tables),
                   n_process, batch_size, progress, "dask" if client is not None else engine,
                   client)

    @functools.cached_property
    def nlp(self) -> Language:
        """The pipeline, loaded when the cache lacks an article (a warm run never loads it)."""
        nlp = row_pipeline(self.model)
        if namespace_of(nlp) != self.namespace:  # meta.json on disk disagrees with the model
            raise RuntimeError(f"the spaCy model {self.model!r} loaded as {namespace_of(nlp)!r}, "
                               f"not {self.namespace!r} as its meta.json says; reinstall it: "
                               f"{reinstall_command(self.model)}")
        return nlp

    @property
    def wanted(self) -> list[str]:
        return ["sentences", "mentions", *self.extra]

    def fill(self, texts: dict[str, str]) -> int:
        """Annotate the texts (by key) the cache lacks; return how many."""
        todo = sorted(set(texts) - self.cache.find(texts, self.wanted))
        if not todo:
            return 0
        chars = sum(len(texts[k]) for k in todo)
        long = chars >= PROGRESS_MIN_CHARS and self.engine != "dask"  # counted by characters read
        show = self.progress if self.progress is not None else len(todo) >= PROGRESS_MIN_ARTICLES or long
        with (_progress_bar(show, chars if long else len(todo), "char" if long else "article") as bar,
              _warnings_beside_the_bar(show)):
            if self.engine == "dask":
                _annotate_on_cluster(self, [(k, texts[k]) for k in todo], bar)
            else:
                # each process loads the model (~2 s): not worth it for a few articles
                n_process = max(1, min(self.n_process, len(todo) // ARTICLES_PER_PROCESS))
                stream = annotate_stream(((k, texts[k]) for k in todo), self.nlp,
                                         tables=self.extra, n_process=n_process,
                                         batch_size=self.batch_size, done=bar.update if long else None)
                # Ctrl-C or an error ends the workers (kit.nlp.workers); saved shards stay
                with ended_on_error(stream):
                    for shard in _chunks(stream if long else _ticking(stream, bar), SHARD_ARTICLES, SHARD_CHARS,
                                         lambda item: len(texts[item[0]])):
                        self.cache.save(rows_to_tables(shard, self.extra), [k for k, _ in shard])
        return len(todo)


def _annotate_on_cluster(run: _Run, todo: list[tuple[str, str]], bar: Any) -> None:
    from kit.nlp import cluster

    client = cluster.resolve_client(run.client)
    parts = cluster.partitions(todo, cluster.n_workers(client), SHARD_ARTICLES)
    for done, fresh in cluster.run(client, parts, model=run.model, namespace=run.namespace,
                                   tables=run.extra, batch_size=run.batch_size):
        run.cache.save(fresh, done)
        bar.update(len(done))


def _read_table(run: _Run, texts: dict[str, str], name: str,
                columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Rows of table ``name`` for every text, from the cache (only ``columns`` and the
    key, if given)."""
    for _ in range(3):  # a shard found corrupt or deleted is annotated again
        rows, found = run.cache.load(texts, [name], columns)
        if len(found) == len(texts):
            empty = [KEY, *columns] if columns is not None else shard_columns(name, [])
            return rows.get(name, pd.DataFrame(columns=empty))
        run.fill(texts)
    raise OSError(f"the annotation cache {run.cache.dir} keeps losing shards while they are "
                  "read; is another program deleting files there?")


def _arrange(ids: pd.DataFrame, frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Rows keyed by text hash as rows of each article, in a stable order."""
    frame = ids.merge(frame, on=KEY, how="inner").drop(columns=KEY)
    order = _order(frame)
    frame = frame[[*order, *(c for c in frame.columns if c not in order)]]
    return frame.sort_values(order, kind="stable").reset_index(drop=True)


def _order(frame: pd.DataFrame) -> list[str]:
    return [c for c in ("article_id", "sentence_id", "start_char", "end_char") if c in frame]


def _joined(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """One table of the tables each pipeline's articles gave (:func:`_arrange`d)."""
    full = [f for f in frames if len(f)]
    if len(frames) == 1 or len(full) <= 1:
        return full[0] if full else frames[0]
    frame = pd.concat(full, ignore_index=True)
    return frame.sort_values(_order(frame), kind="stable").reset_index(drop=True)


def _sentence_counts(parts: Sequence[_Part]) -> pd.Series:
    """Sentences per article id, from the key column of the cached sentences alone."""
    counts = []
    for p in parts:
        keys = _read_table(p.run, p.texts, "sentences", columns=[])[KEY].value_counts()
        counts.append(pd.Series(p.ids[KEY].map(keys).fillna(0).astype(int).to_numpy(),
                                index=p.ids["article_id"].to_numpy()))
    return pd.concat(counts) if counts else pd.Series(dtype=int)


def _articles_table(articles: Sequence[Article], counts: pd.Series) -> pd.DataFrame:
    rows = [
        {
            "article_id": a.id, "title": a.title, "published": a.published, "source": a.source,
            "url": a.url, "path": a.path, "language": a.language, "n_chars": len(a.text),
            "n_sentences": int(counts.get(a.id, 0)),
        }
        for a in articles
    ]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS).sort_values("article_id").reset_index(drop=True)


def _chunks(items: Iterable[T], size: int, budget: float = math.inf,
            weight: Callable[[T], int] = lambda item: 0) -> Iterator[list[T]]:
    """Lists of ``size`` items from ``items``, read lazily, each ended early once
    the ``weight`` of its items reaches ``budget``."""
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += weight(item)
        if len(chunk) == size or total >= budget:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def _ticking(items: Iterable[T], bar: Any) -> Iterator[T]:
    for item in items:
        bar.update(1)
        yield item


def _progress_bar(show: bool, total: int, unit: str = "article") -> Any:
    """The bar on stderr (never stdout: a notebook's stored outputs stay as they are)."""
    from tqdm import tqdm

    return tqdm(total=total, desc="annotating", unit=unit, unit_scale=unit == "char", file=sys.stderr,
                disable=not show)


@contextlib.contextmanager
def _warnings_beside_the_bar(show: bool) -> Iterator[None]:
    """While a progress bar is drawn (``show``), a warning is said on a line of its own
    (:func:`say`), not written into the bar's line."""
    if not show:
        yield
        return
    shown = warnings.showwarning

    def beside_the_bar(message: Any, category: type[Warning], filename: str, lineno: int,
                       file: Any = None, line: str | None = None) -> None:
        say(warnings.formatwarning(message, category, filename, lineno, line).rstrip("\n"))

    warnings.showwarning = beside_the_bar
    try:
        yield
    finally:
        warnings.showwarning = shown


def say(line: str) -> None:
    """Write ``line`` to standard error whole, on a line of its own: one write under
    tqdm's lock, which every progress bar draws under too (a bar drawn is cleared and
    drawn again below it), so that lines from threads (notebooks run side by side) or
    beside a bar never interleave mid-line, as two ``print`` calls can (``print``
    writes the text and its newline apart)."""
    from tqdm import tqdm

    stream = sys.stderr
    with tqdm.external_write_mode(file=stream):
        stream.write(line + "\n")
        stream.flush()
