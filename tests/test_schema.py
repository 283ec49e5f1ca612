"""kit.schema: derived tables kept per Annotations, and records read a column at a time."""

from __future__ import annotations

import pandas as pd

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

