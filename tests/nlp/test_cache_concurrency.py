"""The annotation cache shared by runs at the same time, and after a crash.

Two processes annotate the same articles into the same cache at the same
moment (both find it empty, both write the same shard); both succeed, and a
third run reads their shard without any NLP. A shard whose Parquet file was
cut off mid-write is detected and rebuilt. Every result must equal a cold run
into a cache of its own.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from kit import annotate
from kit.nlp import run as annotate_module
from kit.schema import Article

pytestmark = pytest.mark.model

PLACES = ["Washington", "Mexico City", "El Paso", "Tijuana", "Houston", "Monterrey"]
ARTICLES = [
    Article(
        id=f"talks-{i:02d}", title=f"Round {i + 1}",
        text=(f"Mexico's foreign minister Alicia Bárcena met Antony Blinken in {place} on "
              f"Friday, for round {i + 1} of the talks on migration. The U.S. delegation said "
              "that Alejandro Mayorkas would travel to the border next week. \"We agreed on "
              "more work,\" Bárcena told reporters after the meeting.\n\n"
              f"Officials from both countries will meet again in {PLACES[i % 3]} in January.")
    )
    for i, place in enumerate(PLACES * 5)
]
"""Thirty short articles: enough NLP (about a second) for two runs to overlap."""

WORKER = r"""
import json, sys, time
from pathlib import Path

from kit import annotate
from kit.nlp.pipeline import get_nlp
from kit.schema import Article

job = json.loads(sys.argv[1])
articles = [Article(**a) for a in job["articles"]]
nlp = get_nlp(None)                       # load the model before the start line
seen = []
real_pipe = nlp.pipe
def counting_pipe(texts, **kwargs):
    texts = list(texts)
    seen.extend(texts)
    return real_pipe(texts, **kwargs)
nlp.pipe = counting_pipe
Path(job["ready"]).touch()
deadline = time.monotonic() + 60
while not Path(job["go"]).exists():
    if time.monotonic() > deadline:
        sys.exit("worker: no start signal within 60 s")
    time.sleep(0.005)
start = time.time()
ann = annotate(articles, cache_dir=job["cache_dir"], progress=False)
end = time.time()
out = Path(job["out"])
out.mkdir()
for name in ["articles", "sentences", "mentions", *sorted(ann.tables)]:
    getattr(ann, name).to_parquet(out / f"{name}.parquet")
(out / "run.json").write_text(json.dumps({"start": start, "end": end, "nlp_texts": len(seen)}))
"""


def tables_of(ann) -> dict[str, pd.DataFrame]:
    return {name: getattr(ann, name)
            for name in ["articles", "sentences", "mentions", *sorted(ann.tables)]}


def assert_same_tables(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    assert sorted(got) == sorted(want)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)


def via_parquet(tables: dict[str, pd.DataFrame], folder: Path) -> dict[str, pd.DataFrame]:
    """Tables as a worker hands them back (written and read with pandas' Parquet)."""
    folder.mkdir()
    for name, frame in tables.items():
        frame.to_parquet(folder / f"{name}.parquet")
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in tables}


@pytest.fixture(scope="module")
def cold(tmp_path_factory) -> dict[str, pd.DataFrame]:
    """The reference: the articles annotated into a cache nobody else uses."""
    return tables_of(annotate(ARTICLES, cache_dir=tmp_path_factory.mktemp("cold-cache")))


def run_two_workers_at_once(cache_dir: Path, folder: Path) -> list[Path]:
    """Start two annotating processes, release them together, return their output folders."""
    articles = [{"id": a.id, "title": a.title, "text": a.text} for a in ARTICLES]
    go = folder / "go"
    jobs = [{"articles": articles, "cache_dir": str(cache_dir), "out": str(folder / f"out{i}"),
             "ready": str(folder / f"ready{i}"), "go": str(go)} for i in range(2)]
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, json.dumps(job)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for job in jobs]
    try:
        deadline = time.monotonic() + 90
        while not all(Path(job["ready"]).exists() for job in jobs):
            for p in procs:
                if p.poll() is not None:
                    pytest.fail(f"a worker exited before the start:\n{p.communicate()[1][-3000:]}")
            assert time.monotonic() < deadline, "workers did not load the model within 90 s"
            time.sleep(0.05)
        go.touch()
        results = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait(timeout=10)
    for p, (_, err) in zip(procs, results):
        assert p.returncode == 0, f"worker failed:\n{err[-3000:]}"
    return [Path(job["out"]) for job in jobs]


def test_two_runs_at_once_share_one_cache_and_a_third_does_no_nlp(tmp_path, cold, forbid_nlp):
    cache = tmp_path / "shared-cache"
    outs = run_two_workers_at_once(cache, tmp_path)

    runs = [json.loads((out / "run.json").read_text()) for out in outs]
    assert [r["nlp_texts"] for r in runs] == [len(ARTICLES)] * 2, "both runs must annotate"
    (a, b) = runs
    assert a["start"] < b["end"] and b["start"] < a["end"], f"the runs did not overlap: {runs}"

    want = via_parquet(cold, tmp_path / "cold-parquet")
    for out in outs:
        assert_same_tables({n: pd.read_parquet(out / f"{n}.parquet") for n in want}, want)
    namespaces = list(cache.iterdir())
    assert len(namespaces) == 1
    assert len(list(namespaces[0].glob("shard-*"))) == 1
    assert list(namespaces[0].glob(".tmp-*")) == [], "a worker left its temporary shard"

    forbid_nlp()
    assert_same_tables(tables_of(annotate(ARTICLES, cache_dir=cache)), cold)


@pytest.mark.parametrize("table", ["sentences", "mentions", "quotes"])
def test_shard_cut_off_mid_file_is_rebuilt(tmp_path, cold, count_nlp, forbid_nlp, table):
    cache = tmp_path / "cache"
    annotate(ARTICLES, cache_dir=cache)
    (shard,) = cache.glob("*/shard-*")
    parquet = shard / f"{table}.parquet"
    data = parquet.read_bytes()
    cut_shape = pd.read_parquet(parquet).shape
    parquet.write_bytes(data[: len(data) // 2])

    seen = count_nlp()
    rebuilt = tables_of(annotate(ARTICLES, cache_dir=cache))  # tables are read on first use
    assert sorted(seen) == sorted(a.text for a in ARTICLES), "the cut shard was not re-annotated"
    assert_same_tables(rebuilt, cold)

    (shard_again,) = cache.glob("*/shard-*")
    assert pd.read_parquet(shard_again / f"{table}.parquet").shape == cut_shape
    forbid_nlp()
    assert_same_tables(tables_of(annotate(ARTICLES, cache_dir=cache)), cold)


def test_shard_missing_a_table_file_is_rebuilt_not_trusted(tmp_path, cold, monkeypatch):
    """What a reader sees while another run's ``shutil.rmtree`` is half-way through a shard."""
    cache = tmp_path / "cache"
    annotate(ARTICLES, cache_dir=cache)
    (shard,) = cache.glob("*/shard-*")
    (shard / "mentions.parquet").unlink()
    assert_same_tables(tables_of(annotate(ARTICLES, cache_dir=cache)), cold)


def test_shard_deleted_after_annotate_is_annotated_again_when_read(tmp_path, cold, count_nlp):
    """Tables are read on first use: a shard gone by then is rebuilt, not a hole."""
    cache = tmp_path / "cache"
    ann = annotate(ARTICLES, cache_dir=cache)
    (shard,) = cache.glob("*/shard-*")
    shutil.rmtree(shard)

    seen = count_nlp()
    assert_same_tables(tables_of(ann), cold)
    assert sorted(seen) == sorted(a.text for a in ARTICLES)


def test_a_table_is_read_once_and_alone(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    annotate(ARTICLES, cache_dir=cache)
    reads: list[tuple[list[str], list[str] | None]] = []
    real_load = annotate_module.AnnotationCache.load

    def recording_load(self, keys, tables=None, columns=None):
        reads.append((sorted(tables), columns))
        return real_load(self, keys, tables, columns)

    monkeypatch.setattr(annotate_module.AnnotationCache, "load", recording_load)
    ann = annotate(ARTICLES, cache_dir=cache)
    assert reads == [], "annotate read tables nobody asked for"
    first = ann.mentions
    assert ann.mentions is first and len(first) > 0
    assert reads == [(["mentions"], None)]
    # the articles table counts sentences per article from their keys, not their text
    assert ann.articles["n_sentences"].tolist() == [
        len(ann.sentences[ann.sentences["article_id"] == a]) for a in ann.articles["article_id"]]
    assert reads == [(["mentions"], None), (["sentences"], []), (["sentences"], None)]
    assert ann.articles is ann.articles and len(reads) == 3


def test_rows_of_some_articles_are_read_alone_and_match_the_tables(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    full = annotate(ARTICLES, cache_dir=cache)
    some = ["talks-03", "talks-17"]
    tables = {name: getattr(full, name) for name in ("sentences", "mentions", "roles")}
    reads: list[tuple[list[str], int]] = []
    real_load = annotate_module.AnnotationCache.load

    def recording_load(self, keys, tables=None, columns=None):
        reads.append((sorted(tables), len(set(keys))))
        return real_load(self, keys, tables, columns)

    monkeypatch.setattr(annotate_module.AnnotationCache, "load", recording_load)
    ann = annotate(ARTICLES, cache_dir=cache)
    spans = ["article_id", "sentence_id", "start_char", "end_char", "text", "label"]
    for name, table in tables.items():
        columns = spans if name == "mentions" else None  # names merged across the corpus: below
        got = ann.rows(name, some, columns)
        expected = table[table["article_id"].isin(some)].reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected if columns is None else expected[columns])
    assert reads == [(["sentences"], 2), (["mentions"], 2), (["roles"], 2)]  # two articles' keys
    reads.clear()
    whole = ann.rows("mentions", some)  # with canonical: the corpus's names, from the whole table
    pd.testing.assert_frame_equal(whole, tables["mentions"][tables["mentions"]["article_id"].isin(some)]
                                  .reset_index(drop=True))
    assert reads[-1] == (["mentions"], 30)
    assert "sentences" not in ann.__dict__["_frames"]  # the corpus's table was never read
    none = ann.rows("sentences", ["no-such-article"])  # no rows: the table's columns and types
    assert none.empty and none.dtypes.equals(tables["sentences"].dtypes)
    assert len(ann.sentences) > 0
    assert ann.rows("sentences", some)["article_id"].unique().tolist() == some  # read: filtered
