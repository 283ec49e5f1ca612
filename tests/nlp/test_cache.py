import pandas as pd

from kit.nlp.cache import AnnotationCache, text_key


def frame(keys, texts):
    return pd.DataFrame({"key": keys, "text": texts})


def test_text_key_is_content_hash():
    assert text_key("a") == text_key("a") != text_key("b")


def test_round_trip_returns_only_requested_keys(tmp_path):
    cache = AnnotationCache(tmp_path, "ns")
    cache.save({"mentions": frame(["k1", "k2"], ["Mexico", "Washington"])}, ["k1", "k2"])
    tables, found = cache.load({"k2", "k3"})
    assert found == {"k2"}
    assert tables["mentions"]["text"].tolist() == ["Washington"]


def test_other_namespace_is_never_read(tmp_path):
    AnnotationCache(tmp_path, "model-a").save({"m": frame(["k1"], ["x"])}, ["k1"])
    tables, found = AnnotationCache(tmp_path, "model-b").load({"k1"})
    assert (tables, found) == ({}, set())


def test_corrupt_shard_is_dropped_so_its_articles_are_annotated_again(tmp_path):
    cache = AnnotationCache(tmp_path, "ns")
    shard = cache.save({"mentions": frame(["k1"], ["x"])}, ["k1"])
    (shard / "mentions.parquet").write_bytes(b"not parquet")
    tables, found = cache.load({"k1"})
    assert found == set() and not shard.exists()


def test_half_written_shard_without_keys_file_is_ignored(tmp_path):
    cache = AnnotationCache(tmp_path, "ns")
    (tmp_path / "ns" / ".tmp-x").mkdir(parents=True)
    (tmp_path / "ns" / "shard-partial").mkdir()
    assert cache.load({"k1"}) == ({}, set())


def test_writing_the_same_shard_twice_keeps_one_complete_copy(tmp_path):
    cache = AnnotationCache(tmp_path, "ns")
    first = cache.save({"m": frame(["k1"], ["x"])}, ["k1"])
    second = cache.save({"m": frame(["k1"], ["x"])}, ["k1"])
    assert first == second and len(cache.shards()) == 1
    assert not list((tmp_path / "ns").glob(".tmp-*"))
