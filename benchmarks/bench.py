"""kit against raw spaCy, side by side, in one run.

Usage::

    .venv/bin/python benchmarks/bench.py --articles 100 1000 --n-process 1 2

For each corpus size it builds N articles of realistic length from the
project's own texts (the seed article and the test corpora, sentences
shuffled with a fixed seed), then measures in fresh child processes, on the
same texts and settings:

- ``raw``: ``nlp.pipe`` with the same model, components and batch size;
- ``cold``: :func:`kit.annotate` with an empty cache (tables and cache writes included);
- ``warm``: :func:`kit.annotate` again on the same cache.

It prints words/s, the ratios kit/raw and warm/cold, and each child's peak RSS.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "data" / "articles", ROOT / "tests" / "data"]


def sample_sentences() -> list[str]:
    """Sentences of the project's own articles (boilerplate stripped)."""
    from kit import load

    texts = []
    for folder in SOURCES:
        if folder.exists():
            texts += [a.text for a in load(folder).articles if len(a.text.split()) > 50]
    sentences = [s.strip() + "." for t in texts for s in t.replace("\n", " ").split(". ") if len(s) > 40]
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


def _run(mode: str, texts: list[str], n_process: int, batch_size: int, cache: str, out: mp.Queue) -> None:
    from kit import Article, annotate
    from kit.nlp import get_nlp

    nlp = get_nlp()
    articles = [Article(id=f"a{i:06d}", title="", text=t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    if mode == "raw":
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
    else:
        annotate(articles, cache_dir=cache, n_process=n_process, batch_size=batch_size, progress=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.put((seconds, peak))


def measure(mode: str, texts: list[str], n_process: int, batch_size: int, cache: str) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one mode, in a fresh process."""
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
    args = parser.parse_args()
    header = f"{'articles':>8} {'n_proc':>6} {'mode':>5} {'seconds':>8} {'words/s':>9} {'vs raw':>7} {'warm/cold':>9} {'peak MiB':>8}"
    print(header)
    for n in args.articles:
        texts = make_corpus(n)
        words = sum(len(t.split()) for t in texts)
        for n_process in args.n_process:
            with tempfile.TemporaryDirectory() as cache:
                runs = {m: measure(m, texts, n_process, args.batch_size, cache) for m in ("raw", "cold", "warm")}
            raw = runs["raw"][0]
            for mode, (seconds, peak) in runs.items():
                ratio = raw / seconds
                speedup = runs["cold"][0] / seconds if mode == "warm" else float("nan")
                print(f"{n:>8} {n_process:>6} {mode:>5} {seconds:>8.2f} {words / seconds:>9.0f} "
                      f"{ratio:>7.2f} {speedup:>9.1f} {peak:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
