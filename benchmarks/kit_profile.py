"""Where kit's time goes in a cold :func:`kit.annotate`, by stage, in one process.

:func:`profile` runs ``kit.annotate`` with an empty cache and ``n_process=1``
and reads every table back, with timing wrappers installed for the run:

- every pipeline component, spaCy's and kit's (``kit_paragraph_breaks``,
  ``kit_entity_fixes``, ``kit_tables``), gets its own time: spaCy chains one
  generator per component, and each is charged what its generator takes
  minus what it waits for the component before it (the first one waits for
  the tokenizer);
- inside ``kit_tables``, :func:`kit.nlp.rows.doc_tables` is split into the
  ``TITLE`` move, canonical names (:func:`kit.lexicon.canonical.within_article`),
  the shared inputs (:func:`kit.extract.roles.read_entities`,
  :func:`kit.extract.sources.read_sources`), each extractor's ``extract``,
  and the rest (sentence and mention rows, sentence ids);
- after the pipeline: joining pieces, DataFrames per shard, cache writes
  (Parquet) and reading the tables back.

The wrappers cost a clock read per call (a few thousand calls per 100
articles), so the shares are those of a normal run. :func:`report` prints each
as seconds and as a share of spaCy's own time in the same run (tokenizer and
spaCy's components: what pure spaCy does).
"""

from __future__ import annotations

import functools
import importlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

Timings = dict[str, float]
KIT_COMPONENTS = ("kit_paragraph_breaks", "kit_entity_fixes", "kit_tables")


class _Upstream:
    """An iterator that adds up the time spent waiting for its source."""

    def __init__(self, items: Any) -> None:
        self.items, self.spent = iter(items), 0.0

    def __iter__(self) -> _Upstream:
        return self

    def __next__(self) -> Any:
        start = time.perf_counter()
        try:
            return next(self.items)
        finally:
            self.spent += time.perf_counter() - start


def _timed_pipe(original: Callable[..., Iterator[Any]], own: Timings, waits: Timings,
                docs: Any, **kwargs: Any) -> Iterator[Any]:
    """spaCy's ``_pipe`` for one component, charging the component its own time only."""
    name = kwargs["name"]
    upstream = _Upstream(docs)
    out = original(upstream, **kwargs)
    while True:
        start, waited = time.perf_counter(), upstream.spent
        try:
            doc = next(out)
        except StopIteration:
            break
        finally:
            own[name] += time.perf_counter() - start - (upstream.spent - waited)
        yield doc
    waits[name] += upstream.spent


def _timed(func: Callable[..., Any], spent: Timings, label: str) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start
    return wrapper


def _patch(module: Any, name: str, spent: Timings, label: str) -> None:
    setattr(module, name, _timed(getattr(module, name), spent, label))


def profile(texts: list[str], batch_size: int, cache: str) -> dict[str, Any]:
    """Seconds by stage of a cold ``kit.annotate`` of ``texts`` (one process) and of its table reads."""
    import spacy.language

    import kit.extract.inputs
    import kit.nlp.cache
    import kit.nlp.rows
    import kit.nlp.run
    from kit import Article, annotate
    from kit.nlp.rows import EXTRACTORS, row_pipeline

    nlp = row_pipeline()
    own: Timings = defaultdict(float)
    waits: Timings = defaultdict(float)
    spent: Timings = defaultdict(float)
    spacy.language._pipe = functools.partial(  # type: ignore[attr-defined]
        _timed_pipe, spacy.language._pipe, own, waits)  # type: ignore[attr-defined]
    _patch(kit.nlp.rows, "doc_rows", spent, "doc_tables")
    _patch(kit.nlp.rows, "_move_titles", spent, "TITLE spans moved")
    _patch(kit.nlp.rows, "within_article", spent, "canonical names")
    _patch(kit.extract.inputs, "read_entities", spent, "roles: read_entities")
    _patch(kit.extract.inputs, "read_sources", spent, "sources: read_sources")
    for table, module in EXTRACTORS.items():
        _patch(importlib.import_module(module), "extract", spent, f"{table}: extract")
    _patch(kit.nlp.run, "rows_to_tables", spent, "DataFrames per shard")
    _patch(kit.nlp.cache.AnnotationCache, "save", spent, "cache writes (Parquet)")
    articles = [Article(id=f"a{i:06d}", title="", text=t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    ann = annotate(articles, cache_dir=cache, batch_size=batch_size, progress=False)
    annotated = time.perf_counter() - start
    for name in ("articles", "sentences", "mentions", *ann.tables):
        ann.table(name)
    total = time.perf_counter() - start
    first = next(n for n, _ in nlp.pipeline if n in own)
    return {"total": total, "annotate": annotated, "tokenizer": waits[first],
            "components": dict(own), "order": [n for n, _ in nlp.pipeline if n in own],
            "parts": dict(spent)}


def report(result: dict[str, Any], raw: float | None = None) -> list[str]:
    """Lines of the profile: seconds and % of spaCy's own time (and of ``raw``, pure spaCy)."""
    comps, parts = result["components"], result["parts"]
    spacy_own = result["tokenizer"] + sum(s for n, s in comps.items() if n not in KIT_COMPONENTS)
    base = f"% of spaCy's own {spacy_own:.2f} s" + (f", % of pure spaCy {raw:.2f} s" if raw else "")
    lines = [f"profile (n_process 1): {result['total']:.2f} s in all; seconds, {base}"]

    def line(label: str, seconds: float, indent: int = 2) -> None:
        extra = f" {100 * seconds / raw:6.1f}%" if raw else ""
        lines.append(f"{' ' * indent}{label:<34} {seconds:8.2f} {100 * seconds / spacy_own:6.1f}%{extra}")

    line("spaCy: tokenizer", result["tokenizer"])
    for name in result["order"]:
        if name not in KIT_COMPONENTS:
            line(f"spaCy: {name}", comps[name])
    for name in result["order"]:
        if name in KIT_COMPONENTS:
            line(f"kit: {name}", comps[name])
        if name == "kit_tables":
            inner = {k: v for k, v in parts.items()
                     if ":" in k or k in ("TITLE spans moved", "canonical names")}
            for label in sorted(inner):
                line(label, inner[label], 6)
            line("sentences, mentions, sentence ids", parts.get("doc_tables", 0.0) - sum(inner.values()), 6)
            line("(component call, rest)", comps[name] - parts.get("doc_tables", 0.0), 6)
    pipeline = result["tokenizer"] + sum(comps.values())
    after = {k: parts[k] for k in ("DataFrames per shard", "cache writes (Parquet)") if k in parts}
    for label, seconds in after.items():
        line(f"kit: {label}", seconds)
    line("kit: joining pieces, run, other", result["annotate"] - pipeline - sum(after.values()))
    line("kit: tables read (cache, arrange)", result["total"] - result["annotate"])
    line("kit: all but spaCy", result["total"] - spacy_own, 0)
    return lines
