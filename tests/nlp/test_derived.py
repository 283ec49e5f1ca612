"""kit.nlp.derived: analyses kept on disk, read back the same or not kept at all."""

from __future__ import annotations

import datetime as dt
import os

import pandas as pd
import pytest

from kit.nlp import derived
from kit.nlp.derived import DerivedStore, code_digest, same
from kit.schema import Annotations


def _ann(store: DerivedStore | None, text: str = "Talks") -> Annotations:
    ann = Annotations(pd.DataFrame({"article_id": ["a"], "published": ["2024-01-18"]}),
                      pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "text": ["Talks began."]}),
                      pd.DataFrame({"article_id": ["a"], "text": [text]}))
    ann.store = store
    return ann


def _table(calls: list[int]) -> pd.DataFrame:
    calls.append(1)
    return pd.DataFrame({"article_id": ["a", "b"], "start": [dt.date(2024, 1, 19), None],
                         "text": pd.Series([None, "x"], dtype=object),
                         "score": pd.Series([float("nan"), "y"], dtype=object),
                         "n": [1, 2], "label": pd.array(["x", None], dtype="string[pyarrow]")})


def test_a_derived_table_is_read_from_disk_by_another_annotations(tmp_path):
    calls: list[int] = []
    first = _ann(DerivedStore(tmp_path)).derived("t", ["mentions"], lambda: _table(calls),
                                                persist="kit.timeline.events")
    again = _ann(DerivedStore(tmp_path)).derived("t", ["mentions"], lambda: _table(calls),
                                                persist="kit.timeline.events")
    assert len(calls) == 1  # the second process (a fresh Annotations) read it
    assert same(first, again)
    assert again["start"].tolist() == [dt.date(2024, 1, 19), None]  # a date stays a date


@pytest.mark.parametrize("change", ["input", "key", "code"])
def test_a_kept_table_never_outlives_its_input_its_question_or_its_code(tmp_path, change):
    calls: list[int] = []
    _ann(DerivedStore(tmp_path)).derived("t", ["mentions"], lambda: _table(calls),
                                         persist="kit.timeline.events")
    ann = _ann(DerivedStore(tmp_path), text="Negotiations" if change == "input" else "Talks")
    ann.derived("other" if change == "key" else "t", ["mentions"], lambda: _table(calls),
                persist="kit.counts.mentions" if change == "code" else "kit.timeline.events")
    assert len(calls) == 2


def test_without_persist_or_store_nothing_is_written(tmp_path):
    calls: list[int] = []
    _ann(DerivedStore(tmp_path)).derived("t", ["mentions"], lambda: _table(calls))
    _ann(None).derived("t", ["mentions"], lambda: _table(calls), persist="kit.timeline.events")
    assert not (tmp_path / "derived").exists() and len(calls) == 2


def test_a_table_parquet_would_alter_is_not_kept(tmp_path):
    store = DerivedStore(tmp_path)
    mixed = pd.DataFrame({"v": [1, "one"]})  # Parquet has no column of ints and strings
    both = pd.DataFrame({"v": pd.Series(["a", None, float("nan")], dtype=object)})  # one kind back
    assert not store.put("d1", mixed) and not store.put("d2", both)
    assert list((tmp_path / "derived").glob("*")) == []  # no file, no temporary left


def test_a_damaged_or_foreign_file_is_not_used_and_is_written_over(tmp_path):
    store, calls = DerivedStore(tmp_path), []
    _ann(store).derived("t", ["mentions"], lambda: _table(calls), persist="kit.timeline.events")
    (kept,) = (tmp_path / "derived").glob("*.parquet")
    good = kept.read_bytes()
    kept.write_bytes(b"PAR1 not a parquet file")
    _ann(store).derived("t", ["mentions"], lambda: _table(calls), persist="kit.timeline.events")
    assert len(calls) == 2 and store.get(kept.stem) is not None  # computed and rewritten
    other = tmp_path / "derived" / f"{'0' * 40}.parquet"  # a kept table under another name
    other.write_bytes(good)
    assert store.get(other.stem) is None


def test_a_process_whose_kit_files_changed_keeps_and_reads_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(derived, "IMPORTED_NS", 0)  # every kit file is newer than the import
    code_digest.cache_clear()
    try:
        calls: list[int] = []
        for _ in range(2):
            _ann(DerivedStore(tmp_path)).derived("t", ["mentions"], lambda: _table(calls),
                                                 persist="kit.timeline.events")
        assert len(calls) == 2 and not (tmp_path / "derived").exists()
    finally:
        code_digest.cache_clear()


def test_a_store_that_is_a_file_gives_the_table_anyway(tmp_path):
    (tmp_path / "derived").write_text("not a folder")
    value = _ann(DerivedStore(tmp_path)).derived("t", ["mentions"], lambda: _table([]),
                                                persist="kit.timeline.events")
    assert value["n"].tolist() == [1, 2]


def test_the_store_keeps_the_most_recently_used(tmp_path, monkeypatch):
    monkeypatch.setattr(derived, "KEEP", 2)
    store = DerivedStore(tmp_path)
    frame = pd.DataFrame({"n": [1]})
    for i, digest in enumerate(["old", "used", "new"]):
        assert store.put(digest, frame)
        os.utime(tmp_path / "derived" / f"{digest}.parquet", ns=(i * 10**9, i * 10**9))
        if digest == "used":
            os.utime(tmp_path / "derived" / "old.parquet", ns=(5 * 10**9, 5 * 10**9))
    store.put("newest", frame)
    assert sorted(p.stem for p in (tmp_path / "derived").glob("*.parquet")) == ["newest", "old"]


def test_the_code_digest_covers_what_the_module_imports():
    # kit.timeline.events imports kit.timeline.merge; kit.counts.mentions does not
    assert code_digest("kit.timeline.events") != code_digest("kit.counts.mentions")
    assert len(code_digest("kit.timeline.events")) == 16


def test_same_compares_values_their_types_dtypes_index_and_attrs():
    a = pd.DataFrame({"d": [dt.date(2024, 1, 1)]})
    assert same(a, a.copy())
    assert not same(a, pd.DataFrame({"d": ["2024-01-01"]}))
    assert not same(a, a.set_axis([5]))
    b = a.copy()
    b.attrs["merges"] = {"x": ["y"]}
    assert not same(a, b)
    nested = pd.DataFrame({"d": [{"a": 1}]})
    assert not same(nested, pd.DataFrame({"d": [{"a": 1.0}]}))  # equal, but not the same


def test_inputs_pandas_hashes_alike_are_told_apart(tmp_path):
    """pandas hashes 1 and "1", None and NaN, True and "True" alike: a table kept for one
    must not be read for the other."""
    calls: list[int] = []
    for values in (["1", None], [1, None], [1, float("nan")], ["True", None], [True, None]):
        ann = _ann(DerivedStore(tmp_path))
        ann._frames["mentions"] = pd.DataFrame({"article_id": ["a", "b"],
                                                "text": pd.Series(values, dtype=object)})
        ann.derived("t", ["mentions"], lambda: _table(calls), persist="kit.timeline.events")
    assert len(calls) == 5
