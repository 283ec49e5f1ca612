"""kit against raw spaCy, side by side, in one run.

Usage::

    .venv/bin/python benchmarks/bench.py --articles 100 1000 --n-process 1 2

For each corpus size it builds N articles of realistic length from the
project's own texts (the seed article and the test corpora, sentences
shuffled with a fixed seed), then measures in fresh child processes, on the
same texts and settings:

- ``raw``: ``nlp.pipe`` with the same model, components and batch size;
- ``cold``: :func:`kit.annotate` with an empty cache, then every table read
  (cache writes and table building included);
- ``warm``: the same again on the same cache;
- ``site``: the full notebook run, ``kit report`` (:func:`kit.publish.report.build_site`),
  on the same articles written as a JSONL file, on that cache: what a
  researcher waits for when re-running the notebooks;
- ``core``: :func:`kit.annotate` cold with ``tables=[]`` (sentences and
  mentions only, as the entity notebook asks): the tagging components off;
- ``dask``: :func:`kit.annotate` cold on a ``LocalCluster`` of ``n_process``
  single-threaded workers (cluster start included): the Dask engine's cost
  against ``cold`` on the same cores.

It prints words/s, the ratios kit/raw and cold/mode (warm, core, dask), the peak RSS of the
measuring process once :func:`kit.annotate` returns (annotation streams, so
this is bounded by the batch), its peak after reading every table (the tables
themselves grow with the corpus), and the largest peak among its children (spaCy workers
when ``n_process`` is 2, notebook kernels for ``site``), and for ``site`` the
size of the largest exported page. ``--articles 100 1000 10000`` gives the
scale figures; each corpus is built once and reused by every mode.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import random
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("raw", "cold", "warm", "site", "core", "dask")
SOURCES = [ROOT / "data" / "articles", ROOT / "tests" / "data" / "actors_corpus" / "articles",
           ROOT / "tests" / "data" / "timeline_corpus"]


def sample_sentences() -> list[str]:
    """Sentences of the project's own articles (boilerplate stripped)."""
    from kit import load

    texts = []
    for folder in SOURCES:
        if folder.exists():
            texts += [a.text for a in load(folder).articles if len(a.text.split()) > 50]
    sentences = [" ".join(s.split()) + "." for t in texts for s in t.split(". ") if len(s) > 40]
    return sorted(set(sentences))


def make_corpus(n: int, words: int = 650, seed: int = 0) -> list[str]:
    """``n`` distinct articles of about ``words`` words each."""
    rng = random.Random(seed)
    pool = sample_sentences()
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


def write_jsonl(texts: list[str], path: Path) -> Path:
    """The corpus as a JSONL file of dated articles, as a researcher would bring it."""
    start = dt.date(2023, 12, 1)
    rows = [{"id": f"a{i:06d}", "title": f"Report {i}", "text": t,
             "published": (start + dt.timedelta(days=i % 90)).isoformat()}
            for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(mode: str, texts: list[str], n_process: int, batch_size: int, cache: str, out: mp.Queue) -> None:
    import os

    from kit import Article, annotate
    from kit.nlp.pipeline import get_nlp

    os.environ["KIT_CACHE_DIR"] = cache  # notebook kernels inherit it
    nlp = get_nlp()
    articles = [Article(id=f"a{i:06d}", title="", text=t) for i, t in enumerate(texts)]
    largest = 0.0
    ann = None
    start = time.perf_counter()
    if mode == "raw":
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
    elif mode == "site":
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
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.put((seconds, peak, with_tables, children, largest))


def measure(mode: str, texts: list[str], n_process: int, batch_size: int,
            cache: str) -> tuple[float, float, float, float, float]:
    """Seconds; peak RSS (MiB) of the process, of it after reading every table
    and of its largest child; largest page (MB, ``site`` only) of one mode, in
    a fresh process."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run, args=(mode, texts, n_process, batch_size, cache, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES,
                        help="what to measure (default: all; cold comes before warm and site)")
    args = parser.parse_args()
    modes = [m for m in MODES if m in args.modes]
    print(f"{'articles':>8} {'n_proc':>6} {'mode':>5} {'seconds':>8} {'words/s':>9} {'vs raw':>7} "
          f"{'cold/mode':>9} {'peak MiB':>8} {'+tables':>8} {'child MiB':>9} {'page MB':>7}")
    for n in args.articles:
        texts = make_corpus(n)
        words = sum(len(t.split()) for t in texts)
        for n_process in args.n_process:
            runs: dict[str, float] = {}
            with tempfile.TemporaryDirectory() as cache:
                for mode in modes:  # one line as soon as each is measured
                    seconds, peak, tables, child, page = measure(mode, texts, n_process, args.batch_size, cache)
                    runs[mode] = seconds
                    raw, cold = runs.get("raw", float("nan")), runs.get("cold", float("nan"))
                    speedup = cold / seconds if mode in ("warm", "core", "dask") else float("nan")
                    ratio = raw / seconds if mode != "site" else float("nan")
                    print(f"{n:>8} {n_process:>6} {mode:>5} {seconds:>8.2f} {words / seconds:>9.0f} "
                          f"{ratio:>7.2f} {speedup:>9.1f} {peak:>8.0f} {tables:>8.0f} {child:>9.0f} "
                          f"{page if mode == 'site' else float('nan'):>7.2f}", flush=True)


if __name__ == "__main__":
    main()
