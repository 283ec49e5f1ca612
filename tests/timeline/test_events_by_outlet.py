"""kit.timeline.coverage on hand-built tables: which outlets report each event, and when.

The events, articles and outlets are invented. No model: the fast tier.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from kit.timeline import REPORT_COLUMNS
from kit.timeline.coverage import EVENT_OUTLET_COLUMNS, events_by_outlet

D = dt.date

# the events table's order is the timeline's (by date): E010 before E9 on purpose
EVENTS = pd.DataFrame({
    "event_id": ["E010", "E9", "E011"],
    "start": [D(2024, 3, 1), D(2024, 3, 5), D(2024, 3, 8)],
    "end": [D(2024, 3, 1), D(2024, 3, 5), D(2024, 3, 8)],
    "summary": ["Talks open in Osmar", "The envoys meet again", "A ceasefire is signed"],
})
ARTICLES = pd.DataFrame({
    "article_id": ["t1", "t2", "g1", "k1"],
    "source": ["Tern Wire", "Tern Wire", "Diario Garza", "Kestrel Post"],
    "language": ["en", "en", "es", "en"],
})


def report(event_id: str, article_id: str, sentence_id: int, text: str, start: dt.date,
           end: dt.date | None = None, agrees: bool = True) -> dict:
    end = end or start
    return {"event_id": event_id, "article_id": article_id, "sentence_id": sentence_id,
            "start_char": 0, "end_char": len(text), "text": text, "start": start, "end": end,
            "granularity": "day" if start == end else "month", "source": "", "published": None,
            "agrees": agrees}


REPORTS = pd.DataFrame([
    report("E010", "t1", 2, "Friday", D(2024, 3, 1)),
    report("E010", "t2", 0, "March", D(2024, 3, 1), D(2024, 3, 31)),
    report("E010", "g1", 4, "el jueves", D(2024, 2, 29), agrees=False),
    report("E9", "k1", 1, "Tuesday", D(2024, 3, 5)),
    report("E9", "t1", 6, "Tuesday", D(2024, 3, 5)),
    report("E011", "g1", 7, "el viernes", D(2024, 3, 8)),
], columns=REPORT_COLUMNS)


def test_one_row_per_event_outlet_and_language_with_the_dates_each_gives():
    table = events_by_outlet(EVENTS, REPORTS, ARTICLES)
    assert list(table.columns) == EVENT_OUTLET_COLUMNS
    tern = table[(table["event_id"] == "E010") & (table["outlet"] == "Tern Wire")].iloc[0]
    assert (tern["language"], tern["articles"]) == ("en", 2)
    assert tern["dates"] == "2024-03-01; 2024-03-01..2024-03-31"
    assert tern["expressions"] == "Friday; March" and tern["sentences"] == "t1:2; t2:0"
    assert (tern["start"], tern["summary"]) == (D(2024, 3, 1), "Talks open in Osmar")
    garza = table[(table["event_id"] == "E010") & (table["outlet"] == "Diario Garza")].iloc[0]
    assert (garza["language"], garza["dates"], garza["expressions"]) == ("es", "2024-02-29", "el jueves")


def test_an_outlet_dating_the_event_another_day_disagrees_and_marks_every_row_of_its_event():
    table = events_by_outlet(EVENTS, REPORTS, ARTICLES).set_index(["event_id", "outlet"])
    assert not table.loc[("E010", "Diario Garza"), "agrees"]
    assert table.loc[("E010", "Tern Wire"), "agrees"]
    assert table.loc[("E010", "Tern Wire"), "disagree"] and table.loc[("E010", "Diario Garza"), "disagree"]
    assert not table.loc[("E9", "Tern Wire"), "disagree"]
    assert table.loc[("E010", "Tern Wire"), ["n_outlets", "languages"]].tolist() == [2, "en; es"]
    assert table.loc[("E9", "Kestrel Post"), ["n_outlets", "languages"]].tolist() == [2, "en"]


def test_rows_follow_the_events_order_then_language_and_outlet():
    table = events_by_outlet(EVENTS, REPORTS, ARTICLES)
    assert table[["event_id", "outlet"]].values.tolist() == [
        ["E010", "Tern Wire"], ["E010", "Diario Garza"],
        ["E9", "Kestrel Post"], ["E9", "Tern Wire"],
        ["E011", "Diario Garza"],
    ]
    shuffled = events_by_outlet(EVENTS, REPORTS.iloc[::-1], ARTICLES.iloc[::-1])
    assert shuffled.equals(table)


def test_min_outlets_keeps_the_events_several_outlets_report():
    table = events_by_outlet(EVENTS, REPORTS, ARTICLES, min_outlets=2)
    assert sorted(set(table["event_id"])) == ["E010", "E9"]
    assert events_by_outlet(EVENTS, REPORTS, ARTICLES, min_outlets=3).empty


def test_an_article_without_outlet_or_language_counts_under_blank():
    articles = ARTICLES.assign(source=["Tern Wire", "Tern Wire", None, "Kestrel Post"]).drop(
        columns="language")
    table = events_by_outlet(EVENTS, REPORTS, articles)
    e011 = table[table["event_id"] == "E011"].iloc[0]
    assert (e011["outlet"], e011["language"], e011["languages"]) == ("", "", "")


def test_no_reports_give_an_empty_table_with_the_columns():
    table = events_by_outlet(EVENTS, REPORTS.iloc[0:0], ARTICLES)
    assert table.empty and list(table.columns) == EVENT_OUTLET_COLUMNS
