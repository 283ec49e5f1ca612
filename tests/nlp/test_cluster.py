"""kit.nlp.run on a Dask cluster: a LocalCluster of two worker processes.

The cluster run must give exactly the tables of a local run, load the spaCy
model once per worker, write the cache in the calling process (a warm re-run
sends nothing to the cluster), and refuse workers that run other code.
"""

from __future__ import annotations

from pathlib import Path

import distributed
import pandas as pd
import pytest

from kit import annotate, load
from kit.nlp import cluster as cluster_module
from kit.nlp.cluster import ClusterMismatch, partitions, run
from kit.nlp.pipeline import get_nlp, resolve_model

REPO = Path(__file__).resolve().parents[2]
CORPORA = [REPO / "data" / "articles", REPO / "tests" / "data" / "timeline_corpus",
           REPO / "tests" / "data" / "actors_corpus" / "articles"]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def articles():
    return [a for folder in CORPORA for a in load(folder).articles]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster, set_as_default=False)
    yield client
    client.close()
    cluster.close()


def _model_loads(client) -> dict[str, tuple[int, int]]:
    """(loads, reuses) of the spaCy pipeline per worker."""
    def info():
        from kit.nlp import pipeline

        stats = pipeline._load.cache_info()  # one entry per model loaded
        return stats.misses, stats.hits

    return client.run(info)


def test_cluster_gives_the_tables_of_a_local_run(articles, client, tmp_path):
    assert len(articles) == 8
    local = annotate(articles, cache_dir=tmp_path / "local")
    on_cluster = annotate(articles, cache_dir=tmp_path / "cluster", client=client)
    for name in ["articles", "sentences", "mentions", *local.tables]:
        pd.testing.assert_frame_equal(getattr(on_cluster, name), getattr(local, name), obj=name)
    assert sorted(on_cluster.tables) == sorted(local.tables)
    assert len(on_cluster.mentions) > 100 and len(on_cluster.relations) > 0


def test_each_worker_loads_the_model_once_and_both_work(articles, client, tmp_path):
    before = _model_loads(client)
    annotate(articles, cache_dir=tmp_path, client=client)
    after = _model_loads(client)
    n_parts = len(partitions([a.id for a in articles], workers=2, most=512))
    assert n_parts == 4
    calls = sum(sum(after[w]) - sum(before.get(w, (0, 0))) for w in after)
    assert calls == n_parts  # every partition asked its worker for the model ...
    assert [loads for loads, _ in after.values()] == [1, 1]  # ... each worker loaded it once


def test_warm_rerun_sends_nothing_to_the_cluster(articles, client, tmp_path, monkeypatch):
    first = annotate(articles, cache_dir=tmp_path, client=client)

    def no_run(*args, **kwargs):
        raise AssertionError("a cached article went to the cluster")

    monkeypatch.setattr(cluster_module, "run", no_run)
    again = annotate(articles, cache_dir=tmp_path, client=client)
    pd.testing.assert_frame_equal(again.mentions, first.mentions)


def test_cache_written_by_cluster_serves_a_local_run(articles, client, tmp_path, monkeypatch):
    on_cluster = annotate(articles, cache_dir=tmp_path, client=client)
    nlp = get_nlp(None)

    def no_pipe(*args, **kwargs):
        raise AssertionError("NLP ran on an article the cluster annotated")

    monkeypatch.setattr(nlp, "pipe", no_pipe)
    local = annotate(articles, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(local.relations, on_cluster.relations)


def test_engine_dask_uses_the_current_client(articles, client, tmp_path):
    with client.as_current():
        ann = annotate(articles[:2], cache_dir=tmp_path, engine="dask")
    assert set(ann.articles["article_id"]) == {a.id for a in articles[:2]}


def test_engine_dask_without_a_cluster_says_how_to_start_one(articles, tmp_path):
    with pytest.raises(ValueError, match=r"Client\(\)"):
        annotate(articles[:1], cache_dir=tmp_path, engine="dask")


def test_unknown_engine_is_refused(articles, tmp_path):
    with pytest.raises(ValueError, match="'local', 'dask'"):
        annotate(articles[:1], cache_dir=tmp_path, engine="spark")


def test_workers_with_other_code_advice_the_same_kit_and_model_everywhere_works(articles, client):
    """This process claims another kit or model (its namespace); the workers run this
    kit and model. Following the advice, this process then has what they have: the
    namespace of the same kit and model, and the run goes through."""
    import re

    from kit.nlp.namespace import namespace_for

    batch = [[("k1", articles[0].text)]]
    model = resolve_model(None)
    with pytest.raises(ClusterMismatch) as caught:
        list(run(client, batch, model=model, namespace="another-model-kit0.0", batch_size=8))
    workers, ours = re.search(r"a Dask worker annotates with '([^']+)' but this process with "
                              r"'([^']+)': install the same kit version and spaCy model on every "
                              r"worker$", str(caught.value)).groups()
    assert ours == "another-model-kit0.0"
    assert workers == namespace_for(model)  # the same kit and model here: the same namespace
    [(keys, rows)] = list(run(client, batch, model=model, namespace=workers, batch_size=8))
    assert keys == ["k1"] and len(rows["sentences"]) > 0


def test_partitions_keep_every_key_in_order_within_the_size_limit():
    keys = [f"k{i:04d}" for i in range(1_234)]
    parts = partitions(keys, workers=2, most=512)
    assert [k for p in parts for k in p] == keys
    assert max(map(len, parts)) <= 512 and len(parts) >= 4
    assert partitions(keys[:3], workers=4, most=512) == [["k0000"], ["k0001"], ["k0002"]]
    assert partitions([], workers=2, most=512) == []
