"""kit against pure spaCy, side by side, in one run.

Usage::

    .venv/bin/python benchmarks/bench.py --articles 200 --n-process 1 2 --modes raw cold warm --repeat 3
    .venv/bin/python benchmarks/bench.py --articles 200 --modes profile
    .venv/bin/python benchmarks/bench.py --modes long --long-mb 0.25 1 4
    .venv/bin/python benchmarks/bench.py --articles 1000 --n-process 2 --modes raw cold --lang es

For each corpus size it builds N articles of realistic length from the
project's own texts (the seed article and the test corpora, sentences
shuffled with a fixed seed), then measures in fresh child processes, on the
same texts and settings:

- ``raw``: pure spaCy, the baseline: ``spacy.load(model)`` with every
  component the model ships and nothing of kit (the child process never
  imports kit; it is given the texts and the model name), ``nlp.pipe`` with
  the same batch size and ``n_process``, every Doc consumed;
- ``cold``: :func:`kit.annotate` with an empty cache, then every table read
  (kit's components, row building, cache writes and table reading included);
- ``warm``: the same again on the same cache;
- ``site``: the full notebook run, ``kit report`` (:func:`kit.publish.report.build_site`),
  on the same articles written as a JSONL file, on that cache: what a
  researcher waits for when re-running the notebooks;
- ``core``: :func:`kit.annotate` cold with ``tables=[]`` (sentences and
  mentions only, as the entity notebook asks): the tagging components off;
- ``dask``: :func:`kit.annotate` cold on a ``LocalCluster`` of ``n_process``
  single-threaded workers (cluster start included): the Dask engine's cost
  against ``cold`` on the same cores;
- ``profile``: where kit's extra time goes (``benchmarks/kit_profile.py``):
  a cold run in one process (``n_process`` 1, measured once per corpus size)
  with timing wrappers, printed as seconds and as % of spaCy's own time in
  that run (and of ``raw`` at one process, when measured): each spaCy and kit
  component, inside ``kit_tables`` each extractor and the shared inputs,
  canonical names and sentence/mention rows, then DataFrames, cache writes
  and reading the tables back. 200 articles take about a minute.
- ``long``: one article of each ``--long-mb`` size (default 0.25, 1 and 4 MB)
  and each shape: ``lines``, short lines of about 20 characters (a 3.9 MB
  file of 200,000 such lines once took 846 s and 16.3 GB), and ``line``, the
  same sentences on one line without a break; :func:`kit.annotate` cold in
  one process, every table read. It prints seconds, seconds per MB (flat when
  time grows linearly) and peak RSS (bounded by spaCy's batch, see
  :data:`kit.nlp.rows.BATCH_CHARS`, plus the rows of the article).

It prints words/s, the ratios raw/mode (``vs raw``: 1.00 is as fast as pure
spaCy) and cold/mode (warm, core, dask), the CPU seconds of the process and
its children (``cpu s``) with the ratio raw/mode of those (``cpu/raw``: less
sensitive than wall time to other work on the machine), the peak RSS of the
measuring process once :func:`kit.annotate` returns (annotation streams, so
this is bounded by the batch), its peak after reading every table (the tables
themselves grow with the corpus), and the largest peak among its children (spaCy workers
when ``n_process`` is 2, notebook kernels for ``site``), and for ``site`` the
size of the largest exported page. ``--articles 100 1000 10000`` gives the
scale figures; each corpus is built once and reused by every mode.

Timings on a shared machine are noisy: ``--repeat N`` measures the modes N
times in turn (raw, cold, warm, ... , raw, cold, ...), each time in a fresh
process and, for the cold modes, on a fresh cache, prints every run and then
the best of the N for each mode (run ``best``), with its ratios. The
``profile`` shares are the steadiest figure: kit's work and spaCy's are timed
batch by batch in the same process, so a busy machine slows both alike.

The model is loaded before the clock starts, in every mode. That kit's rows
stay the same under a speed-up is checked by ``benchmarks/same_rows.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MODES = ("raw", "cold", "warm", "site", "core", "dask", "profile", "long")
LONG_SHAPES = ("lines", "line")
SOURCES = [ROOT / "data" / "articles", ROOT / "tests" / "data" / "actors_corpus" / "articles",
           ROOT / "tests" / "data" / "timeline_corpus"]


def sample_sentences(lang: str = "en") -> list[str]:
    """Sentences of the project's own articles (boilerplate stripped): for another
    language than English, of its gold corpora (``benchmarks/gold/<lang>_*``)."""
    from kit import load

    texts = []
    folders = SOURCES if lang == "en" else sorted((ROOT / "benchmarks" / "gold").glob(f"{lang}_*/articles"))
    for folder in folders:
        if folder.exists():
            texts += [a.text for a in load(folder).articles if len(a.text.split()) > 50]
    sentences = [" ".join(s.split()) + "." for t in texts for s in t.split(". ") if len(s) > 40]
    return sorted(set(sentences))


def make_corpus(n: int, words: int = 650, seed: int = 0, lang: str = "en") -> list[str]:
    """``n`` distinct articles of about ``words`` words each, in ``lang``."""
    rng = random.Random(seed)
    pool = sample_sentences(lang)
    corpus = []
    for i in range(n):
        body, count = [], 0
        while count < words:
            sentence = rng.choice(pool)
            body.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(body[j:j + 4]) for j in range(0, len(body), 4)]
        corpus.append(f"Report {i}.\n\n" + "\n\n".join(paragraphs))
    return corpus


def make_long_text(chars: int, shape: str, seed: int = 0) -> str:
    """One article of ``chars`` characters made of the project's sentences: short
    lines of about 20 characters (``lines``) or one line without a break (``line``)."""
    rng = random.Random(seed)
    pool = sample_sentences()
    parts, size = [], 0
    while size < chars:
        sentence = rng.choice(pool)
        if shape == "lines":
            words = sentence.split()
            cut = rng.randint(2, 4)
            sentence = " ".join(words[:cut]) + "\n"  # a short line: a list, a log, a table column
        else:
            sentence += " "
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:chars]


def write_jsonl(texts: list[str], path: Path) -> Path:
    """The corpus as a JSONL file of dated articles, as a researcher would bring it."""
    start = dt.date(2023, 12, 1)
    rows = [{"id": f"a{i:06d}", "title": f"Report {i}", "text": t,
             "published": (start + dt.timedelta(days=i % 90)).isoformat()}
            for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _cpu() -> float:
    """CPU seconds used so far by this process and its children that have ended."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _pure_spacy(texts: list[str], model: str, n_process: int, batch_size: int) -> tuple:
    """``raw``: the model as spaCy ships it, nothing of kit in this process."""
    import spacy

    nlp = spacy.load(model)
    start, cpu = time.perf_counter(), _cpu()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    leaked = sorted(m for m in sys.modules if m == "kit" or m.startswith("kit."))
    if leaked:
        raise RuntimeError(f"the pure spaCy run imported kit modules: {leaked}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, float("nan"), children, 0.0, cpu


def _run(mode: str, texts: list[str], n_process: int, batch_size: int, cache: str, model: str,
         out: mp.Queue, lang: str = "en") -> None:
    if mode == "raw":
        out.put(_pure_spacy(texts, model, n_process, batch_size))
        return
    if mode == "profile":
        from kit_profile import profile

        out.put(profile(texts, batch_size, cache))
        return
    import os

    from kit import Article, annotate
    from kit.nlp.rows import row_pipeline

    os.environ["KIT_CACHE_DIR"] = cache  # notebook kernels inherit it
    row_pipeline(model)  # load the model as annotate() will find it (raw's load is not timed either)
    articles = [Article(id=f"a{i:06d}", title="", text=t, language=lang) for i, t in enumerate(texts)]
    largest = 0.0
    ann = None
    start, cpu = time.perf_counter(), _cpu()
    if mode == "site":
        from kit.publish.report import build_site

        folder = Path(cache) / "site-input"
        folder.mkdir(exist_ok=True)
        corpus = write_jsonl(texts, folder / "articles.jsonl")
        site = Path(cache) / "site"
        build_site(corpus, site, notebooks_dir=ROOT / "notebooks", progress=False)
        largest = max(p.stat().st_size for p in site.glob("*.html")) / 1e6
    elif mode == "dask":
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=n_process, threads_per_worker=1, dashboard_address=None) as lc, \
                Client(lc) as client:
            ann = annotate(articles, cache_dir=str(Path(cache) / "dask"), batch_size=batch_size,
                           progress=False, client=client)
    elif mode == "core":
        ann = annotate(articles, cache_dir=str(Path(cache) / "core"), n_process=n_process,
                       batch_size=batch_size, progress=False, tables=[])
    else:
        ann = annotate(articles, cache_dir=cache, n_process=n_process, batch_size=batch_size,
                       progress=False)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with_tables = float("nan")
    if ann is not None:  # what an analysis of every table then holds
        for name in ("articles", "sentences", "mentions", *ann.tables):
            ann.table(name)
        with_tables = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.put((seconds, peak, with_tables, children, largest, cpu))


def measure(mode: str, texts: list[str], n_process: int, batch_size: int,
            cache: str, model: str, lang: str = "en") -> Any:
    """Seconds; peak RSS (MiB) of the process, of it after reading every table
    and of its largest child; largest page (MB, ``site`` only); CPU seconds (the
    process and its children) of one mode, in a fresh process (for ``profile``:
    the timings of :func:`kit_profile.profile`)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(mode, texts, n_process, batch_size, cache, model, queue, lang))
    proc.start()
    result = queue.get()
    proc.join()
    return result


HEADER = (f"{'articles':>8} {'n_proc':>6} {'mode':>7} {'run':>4} {'seconds':>8} {'words/s':>9} "
          f"{'vs raw':>7} {'cpu s':>8} {'cpu/raw':>7} {'cold/mode':>9} {'peak MiB':>8} "
          f"{'+tables':>8} {'child MiB':>9} {'page MB':>7}")


def line(n: int, n_process: int, mode: str, run: str, result: tuple, words: int,
         best: dict[str, float], best_cpu: dict[str, float]) -> str:
    """One printed row; ratios against the best ``raw`` and ``cold`` so far."""
    seconds, peak, tables, child, page, cpu = result
    raw, cold = best.get("raw", float("nan")), best.get("cold", float("nan"))
    speedup = cold / seconds if mode in ("warm", "core", "dask") else float("nan")
    ratio = raw / seconds if mode != "site" else float("nan")
    cpu_ratio = best_cpu.get("raw", float("nan")) / cpu if mode != "site" else float("nan")
    return (f"{n:>8} {n_process:>6} {mode:>7} {run:>4} {seconds:>8.2f} {words / seconds:>9.0f} "
            f"{ratio:>7.2f} {cpu:>8.2f} {cpu_ratio:>7.2f} {speedup:>9.1f} {peak:>8.0f} "
            f"{tables:>8.0f} {child:>9.0f} {page if mode == 'site' else float('nan'):>7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES,
                        help="what to measure (default: all; cold comes before warm and site)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure the modes N times in turn and report the best of N")
    parser.add_argument("--long-mb", type=float, nargs="+", default=[0.25, 1, 4],
                        help="sizes in MB of the one-article files of the long mode")
    parser.add_argument("--long-shapes", nargs="+", default=list(LONG_SHAPES), choices=LONG_SHAPES,
                        help="line structures of the long mode's files")
    parser.add_argument("--lang", default="en", choices=("en", "es"),
                        help="language of the articles: es builds them from the Spanish gold "
                             "corpora and times the Spanish model beside kit (default: en)")
    args = parser.parse_args()
    from kit.nlp.pipeline import model_for, resolve_model

    model = resolve_model() if args.lang == "en" else model_for(args.lang, resolve_model())
    modes = [m for m in MODES if m in args.modes and m not in ("profile", "long")]
    if modes or "profile" in args.modes:
        print(HEADER)
    for n in (args.articles if modes or "profile" in args.modes else []):
        texts = make_corpus(n, lang=args.lang)
        words = sum(len(t.split()) for t in texts)
        raw_one = None
        for n_process in args.n_process:
            runs: dict[str, list[tuple]] = {m: [] for m in modes}
            best: dict[str, float] = {}
            best_cpu: dict[str, float] = {}
            with tempfile.TemporaryDirectory() as tmp:
                for r in range(1, args.repeat + 1):
                    cache = str(Path(tmp) / f"run{r}")  # each repetition starts cold
                    for mode in modes:  # one line as soon as each is measured
                        result = measure(mode, texts, n_process, args.batch_size, cache, model, args.lang)
                        runs[mode].append(result)
                        best[mode] = min(best.get(mode, result[0]), result[0])
                        best_cpu[mode] = min(best_cpu.get(mode, result[5]), result[5])
                        print(line(n, n_process, mode, str(r), result, words, best, best_cpu),
                              flush=True)
            if args.repeat > 1:
                for mode in modes:
                    fastest = min(runs[mode], key=lambda res: res[0])
                    fastest = (*fastest[:5], best_cpu[mode])  # best wall time, least CPU
                    print(line(n, n_process, mode, "best", fastest, words, best, best_cpu),
                          flush=True)
            if n_process == 1 and "raw" in best:
                raw_one = best["raw"]
        if "profile" in args.modes:
            with tempfile.TemporaryDirectory() as tmp:
                result = measure("profile", texts, 1, args.batch_size, tmp, model)
            from kit_profile import report

            print(f"{n} articles, " + "\n".join(report(result, raw_one)), flush=True)
    if "long" in args.modes:
        long_files(args.long_mb, args.long_shapes, args.batch_size, model)


LONG_HEADER = (f"{'MB':>6} {'shape':>6} {'seconds':>8} {'s/MB':>7} {'cpu s':>8} "
               f"{'peak MiB':>8} {'+tables':>8}")


def long_files(sizes: list[float], shapes: list[str], batch_size: int, model: str) -> None:
    """The ``long`` mode: one long article per size and shape, annotated cold."""
    print(LONG_HEADER, flush=True)
    for shape in shapes:
        for mb in sizes:
            text = make_long_text(int(mb * 1_000_000), shape)
            with tempfile.TemporaryDirectory() as tmp:
                seconds, peak, tables, _, _, cpu = measure("cold", [text], 1, batch_size, tmp, model)
            print(f"{mb:>6.2f} {shape:>6} {seconds:>8.1f} {seconds / mb:>7.1f} {cpu:>8.1f} "
                  f"{peak:>8.0f} {tables:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
