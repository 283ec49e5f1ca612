"""Damaged and unwritable caches (issue 15, items 6 and 13).

A shard whose lists are empty or garbled, or a file where a shard folder
should be, is discarded and rebuilt like a corrupt Parquet file; a cache that
cannot be written names its folder and ``KIT_CACHE_DIR`` and leaves nothing
half written.
"""

from __future__ import annotations

import errno

import pandas as pd
import pytest

from kit.nlp import cache as cache_module
from kit.nlp.cache import KEYS, TABLES, AnnotationCache, WriteError, readable


def frame(keys, texts):
    return pd.DataFrame({"key": keys, "text": texts})


def saved(tmp_path):
    cache = AnnotationCache(tmp_path, "ns")
    return cache, cache.save({"mentions": frame(["k1"], ["Mexico"])}, ["k1"])


DAMAGE = {
    "empty keys.txt": lambda shard: (shard / KEYS).write_bytes(b""),
    "empty tables.txt": lambda shard: (shard / TABLES).write_bytes(b""),
    "garbled keys.txt": lambda shard: (shard / KEYS).write_bytes(b"\xff\xfe\x00k\x001"),
    "garbled tables.txt": lambda shard: (shard / TABLES).write_bytes(b"\x89PNG\r\n\x1a\n"),
    "keys.txt deleted": lambda shard: (shard / KEYS).unlink(),
    "a listed table deleted": lambda shard: (shard / "mentions.parquet").unlink(),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_shard_is_discarded_and_rebuilt(tmp_path, damage):
    cache, shard = saved(tmp_path)
    DAMAGE[damage](shard)
    assert not readable(shard)
    assert cache.find({"k1"}) == set()  # nothing found, nothing raised
    assert cache.load({"k1"}, ["mentions"]) == ({}, set())
    assert not shard.exists()
    again = cache.save({"mentions": frame(["k1"], ["Mexico"])}, ["k1"])
    assert again == shard
    tables, found = cache.load({"k1"}, ["mentions"])
    assert found == {"k1"} and tables["mentions"]["text"].tolist() == ["Mexico"]


def test_a_file_where_the_shard_folder_should_be_is_replaced(tmp_path):
    cache, shard = saved(tmp_path)
    for path in shard.iterdir():
        path.unlink()
    shard.rmdir()
    shard.write_text("not a folder", encoding="utf-8")
    assert cache.find({"k1"}) == set() and not shard.exists()
    shard.write_text("not a folder", encoding="utf-8")  # and when save meets it first
    cache.save({"mentions": frame(["k1"], ["Mexico"])}, ["k1"])
    assert shard.is_dir() and cache.find({"k1"}, ["mentions"]) == {"k1"}
    assert sorted(p.name for p in shard.parent.iterdir()) == [shard.name]  # no trash left


def test_disk_full_names_the_cache_and_the_variable_and_leaves_nothing(tmp_path, monkeypatch):
    cache = AnnotationCache(tmp_path, "ns")

    def full(table, where, *args, **kwargs):
        open(where, "wb").write(b"PAR1 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache_module.pq, "write_table", full)
    with pytest.raises(WriteError) as caught:
        cache.save({"mentions": frame(["k1"], ["Mexico"])}, ["k1"])
    message = str(caught.value)
    assert str(tmp_path / "ns") in message and "No space left on device" in message
    assert "KIT_CACHE_DIR" in message
    assert caught.value.errno == errno.ENOSPC
    assert list((tmp_path / "ns").iterdir()) == []


def test_unwritable_cache_folder_is_named_with_the_fix(tmp_path, monkeypatch):
    cache = AnnotationCache(tmp_path / "ro", "ns")

    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(cache_module.Path, "mkdir", refuse)
    with pytest.raises(WriteError, match=r"cannot write '.*ro/ns': Permission denied.*KIT_CACHE_DIR"):
        cache.save({"mentions": frame(["k1"], ["Mexico"])}, ["k1"])
