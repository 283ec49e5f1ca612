"""kit.schema: derived tables kept per Annotations, and records read a column at a time."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.schema import Annotations, records


def _ann() -> Annotations:
    articles = pd.DataFrame({"article_id": ["a"], "published": ["2024-01-18"]})
    sentences = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "text": ["Talks began."]})
    mentions = pd.DataFrame({"article_id": ["a"], "text": ["Talks"]})
    return Annotations(articles, sentences, mentions)


def test_a_derived_value_is_built_once_and_again_when_its_table_changes():
    ann, calls = _ann(), []

    def make() -> int:
        calls.append(1)
        return len(calls)

    assert ann.derived("n", ["mentions"], make) == ann.derived("n", ["mentions"], make) == 1
    ann.mentions.loc[0, "text"] = "Negotiations"  # edited in place: the kept value is stale
    assert ann.derived("n", ["mentions"], make) == 2
    assert ann.derived("other", ["mentions"], make) == 3  # each key its own value
    ann._frames["mentions"] = ann.mentions.copy()  # replaced by an equal frame: built again
    assert ann.derived("n", ["mentions"], make) == 4


def test_a_table_of_unhashable_cells_keeps_nothing():
    ann, calls = _ann(), []
    ann._frames["mentions"] = pd.DataFrame({"article_id": ["a"], "spans": [[1, 2]]})
    for _ in range(2):
        ann.derived("n", ["mentions"], lambda: calls.append(1))
    assert len(calls) == 2


def test_records_are_to_dict_records_for_every_kind_of_column():
    frame = pd.DataFrame({"s": pd.array(["x", None], dtype="string[pyarrow]"), "t": ["a", None],
                          "i": [1, 2], "f": [1.5, float("nan")], "n": pd.array([1, None], dtype="Int64"),
                          "b": [True, False], "d": pd.to_datetime(["2024-01-18", None])})
    expected, got = frame.to_dict("records"), records(frame)
    assert [{k: str(v) for k, v in r.items()} for r in got] == [{k: str(v) for k, v in r.items()} for r in expected]
    assert records(frame.iloc[:0]) == [] and records(pd.DataFrame(index=[0, 1])) == [{}, {}]



class _DictStore:
    """A derived store in memory: digests of the stamps it is given."""

    def __init__(self) -> None:
        self.kept: dict[str, pd.DataFrame] = {}

    def digest(self, key, stamps, module):
        return repr((key, list(stamps), module))

    def get(self, digest):
        return self.kept.get(digest)

    def put(self, digest, frame):
        self.kept[digest] = frame
        return True


def _reading(reads: list[str], source=lambda name: f"{name} v1") -> Annotations:
    frames = _ann()._frames

    def read(name: str) -> pd.DataFrame:
        reads.append(name)
        return frames[name].copy()

    ann = Annotations.reading([], read, "model", source=source)
    ann.store = _DictStore()
    return ann


def test_a_kept_analysis_is_found_without_reading_the_tables_it_was_made_from():
    reads, calls = [], []
    first = _reading(reads)
    make = lambda: calls.append(1) or pd.DataFrame({"n": [len(calls)]})  # noqa: E731
    first.derived("n", ["mentions"], make, persist="m")
    assert reads == [] and calls == [1]  # named by its source, not read
    again = _reading(reads)
    again.store = first.store  # a re-run: another process, the same store
    assert again.derived("n", ["mentions"], make, persist="m")["n"].tolist() == [1]
    assert reads == [] and calls == [1]
    assert again.mentions["text"].tolist() == ["Talks"]  # read now, as it was made
    assert again.derived("n", ["mentions"], make, persist="m")["n"].tolist() == [1]
    assert calls == [1]  # read but unchanged: still the kept value


def test_a_table_read_then_edited_in_place_is_stamped_by_its_content():
    reads, calls = [], []
    ann = _reading(reads)
    make = lambda: calls.append(1) or pd.DataFrame({"n": [len(calls)]})  # noqa: E731
    ann.derived("n", ["mentions"], make, persist="m")
    ann.mentions.loc[0, "text"] = "Negotiations"
    assert ann.derived("n", ["mentions"], make, persist="m")["n"].tolist() == [2]
    other = _reading(reads)
    other.store = ann.store
    assert other.derived("n", ["mentions"], make, persist="m")["n"].tolist() == [1]  # unedited


def test_a_table_without_a_source_name_is_read_and_stamped_by_its_content():
    reads, calls = [], []
    ann = _reading(reads, source=lambda name: None)
    ann.derived("n", ["mentions"], lambda: calls.append(1) or pd.DataFrame({"n": [1]}), persist="m")
    assert reads == ["mentions"] and calls == [1]


def test_asking_whether_a_table_exists_does_not_read_it():
    reads: list[str] = []
    ann = Annotations.reading(["roles"], lambda name: reads.append(name) or pd.DataFrame(), "model")
    assert "roles" in ann.tables and "quotes" not in ann.tables
    assert reads == []


def test_unknown_table_advice_every_listed_table_reads():
    """The message lists the tables this Annotations has: each one reads, by name or as
    an attribute."""
    import re

    frames = {"articles": pd.DataFrame({"article_id": ["a"]}),
              "sentences": pd.DataFrame({"sentence_id": [0]}),
              "mentions": pd.DataFrame({"text": ["Talks"]}), "dates": pd.DataFrame({"d": [1]})}
    ann = Annotations.reading(["dates"], frames.__getitem__, model="m")
    with pytest.raises(AttributeError) as caught:
        _ = ann.quotes
    listed = re.search(r"Annotations has no table 'quotes'; tables are (.+)$",
                       str(caught.value)).group(1)
    assert listed.split(", ") == ["articles", "sentences", "mentions", "dates"]
    for name in listed.split(", "):
        assert ann.table(name) is getattr(ann, name) is frames[name]
