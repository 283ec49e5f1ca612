"""kit.charts.timeline: long spans, conflicting dates and width, on hand-made events tables."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from kit.charts.theme import GREY, colour
from kit.charts.timeline import FOCUS_DAYS, WIDTH, timeline
from kit.links import page_name

D = dt.date


def events_table():
    """Three day-level events (one dated a day off by one article), a week and a year."""
    rows = [
        ("E001", D(2024, 1, 1), D(2024, 12, 31), "year", "throughout the year, Mexico holds",
         "", ""),
        ("E002", D(2024, 1, 15), D(2024, 1, 21), "week", "as talks continue this week", "", ""),
        ("E003", D(2024, 1, 17), D(2024, 1, 17), "day", "the Razoni left Odesa on Monday",
         "2024-01-18", "2024-01-17: a, b; 2024-01-18: c"),
        ("E004", D(2024, 1, 19), D(2024, 1, 19), "day", "officials will meet on Friday", "", ""),
    ]
    table = pd.DataFrame(rows, columns=["event_id", "start", "end", "granularity", "summary",
                                        "conflicting_dates", "dates"])
    return table.assign(status="happened", side="", n_sources=[1, 1, 3, 1],
                        conflict=table["conflicting_dates"].ne(""))


def detail_layers(spec):
    return spec["vconcat"][0]["layer"]


def test_long_spans_do_not_set_the_view_they_are_clipped_and_show_their_extent():
    spec = timeline(events_table()).to_dict()
    (zoom,) = spec["params"]
    start, end = zoom["value"]["x"]
    # the week's Monday and the day after its Sunday, a few hours wider (see the next test)
    assert (start["year"], start["month"], start["date"]) == (2024, 1, 14) and start["hours"] > 12
    assert (end["year"], end["month"], end["date"]) == (2024, 1, 22) and end["hours"] < 12
    bars = detail_layers(spec)[0]
    assert bars["mark"]["clip"] is True
    data = next(d for d in spec["datasets"].values() if d and "long" in d[0])
    labels = {d["event_id"]: d["label"] for d in data}
    assert labels["E001"].startswith("E001 [2024-01-01 … 2024-12-31] throughout")
    assert "[" not in labels["E002"]  # a week is short: FOCUS_DAYS
    assert FOCUS_DAYS == 7
    order = bars["encoding"]["y"]["sort"]
    assert order[0] == labels["E001"]  # long spans first, their own lane at the top


def test_without_long_spans_every_event_sets_the_view():
    table = events_table().iloc[1:]
    (zoom,) = timeline(table).to_dict()["params"]
    assert "value" not in zoom


@pytest.mark.parametrize("width", [WIDTH, 900])
def test_points_on_the_first_and_last_day_of_the_view_are_drawn_whole(width):
    """Vega pads a domain it computes (``padding``), never one a brush sets: the brush's
    first value leaves room for the largest point on each side."""
    table = events_table()
    late = table["event_id"] == "E004"
    table.loc[late, "start"] = table.loc[late, "end"] = D(2024, 3, 30)  # a day is 6 px: less than a point
    spec = timeline(table, width=width).to_dict()
    (zoom,) = spec["params"]
    start, end = (dt.datetime(v["year"], v["month"], v["date"], v.get("hours", 0)) for v in zoom["value"]["x"])
    px_per_hour = width / ((end - start).total_seconds() / 3600)
    points = next(layer for layer in detail_layers(spec) if layer["mark"]["type"] == "point")
    radius = (max(points["encoding"]["size"]["scale"]["range"]) / 3.141592653589793) ** 0.5
    first, last = dt.datetime(2024, 1, 15), dt.datetime(2024, 3, 30)  # the week's bar starts the 15th
    assert (first - start).total_seconds() / 3600 * px_per_hour >= radius
    assert (end - last).total_seconds() / 3600 * px_per_hour >= radius
    overview = spec["vconcat"][1]["layer"][1]["encoding"]["x"]["scale"]  # no brush: Vega pads it
    assert overview["padding"] >= radius


def test_conflicting_dates_are_linked_marks_with_the_articles_behind_each():
    spec = timeline(events_table()).to_dict()
    _, _, link, other = detail_layers(spec)
    assert link["mark"]["type"] == "rule"
    assert (link["encoding"]["x"]["aggregate"], link["encoding"]["x2"]["aggregate"]) == (
        "min", "max")
    assert other["mark"]["shape"] == "diamond" and other["mark"]["filled"] is False
    days = spec["datasets"][other["data"]["name"]]
    assert [(d["day"], d["main"], d["articles"]) for d in days] == [
        ("2024-01-17T00:00:00", True, "a, b"), ("2024-01-18T00:00:00", False, "c")]
    assert "datum.main" in json.dumps(other["transform"])


def test_no_conflict_no_conflict_marks():
    table = events_table().assign(conflicting_dates="", dates="", conflict=False)
    assert len(detail_layers(timeline(table).to_dict())) == 2


def test_the_chart_fits_a_notebook_by_default_and_can_fill_its_container():
    spec = timeline(events_table()).to_dict()
    assert [v["width"] for v in spec["vconcat"]] == [WIDTH, WIDTH] and WIDTH <= 500
    assert spec["config"]["legend"]["orient"] == "bottom"
    assert spec["config"]["legend"]["columns"] * spec["config"]["legend"]["labelLimit"] <= WIDTH  # under the plot
    assert spec["vconcat"][0]["layer"][0]["encoding"]["y"]["axis"]["labelLimit"] <= 240
    spec = timeline(events_table(), width="container").to_dict()
    assert [v["width"] for v in spec["vconcat"]] == ["container", "container"]


def test_the_chart_compiles_with_vega_lite_5():
    vl_convert = pytest.importorskip("vl_convert")
    articles = pd.DataFrame({"article_id": ["a"], "published": [D(2024, 1, 18)],
                             "source": ["Gazette"]})
    spec = timeline(events_table(), articles).to_dict()
    spec["$schema"] = "https://vega.github.io/schema/vega-lite/v5.json"
    vega = vl_convert.vegalite_to_vega(spec, vl_version="5.21")
    assert any(s.get("name", "").startswith("zoom") for s in vega.get("signals", []))
    svg = vl_convert.vegalite_to_svg(spec, vl_version="5.21")
    assert "Timeline of events" in svg


def test_events_link_to_their_sentence_and_sides_keep_their_colour():
    table = events_table().assign(article_id="a/1", sentence_id=[4, 5, 6, 7],
                                  side=["Mexico", "", "Mexico", "Chile"])
    spec = timeline(table).to_dict()
    bars = detail_layers(spec)[0]
    assert bars["encoding"]["href"]["field"] == "href"
    data = next(d for d in spec["datasets"].values() if d and "long" in d[0])
    assert [d["href"] for d in data] == [f"articles/{page_name('a/1')}#s{i}" for i in (4, 5, 6, 7)]
    scale = bars["encoding"]["color"]["scale"]
    assert scale["domain"] == ["Chile", "Mexico", "unknown"]
    assert scale["range"] == [colour("Chile"), colour("Mexico"), GREY]
    assert "href" not in detail_layers(timeline(table, links=None).to_dict())[0]["encoding"]


def test_a_page_names_a_few_articles_per_date_however_many_report_it():
    """At 10,000 articles one event may rest on hundreds: the page names five per date
    and counts the rest, so its size does not grow with the corpus."""
    table = events_table()
    many = ", ".join(f"a{i:05d}" for i in range(400))
    table.loc[2, "dates"] = f"2024-01-17: {many}; 2024-01-18: c"
    spec = timeline(table).to_dict()
    rows = [r for data in spec["datasets"].values() for r in data if r.get("event_id") == "E003"]
    assert rows and all(r["dates"] == "2024-01-17: a00000, a00001, a00002, a00003, a00004 "
                                      "+395 more; 2024-01-18: c" for r in rows)
    (main,) = [d for data in spec["datasets"].values() for d in data if d.get("main") is True]
    assert main["articles"] == "a00000, a00001, a00002, a00003, a00004 +395 more"
    assert len(json.dumps(spec)) < 20_000


def test_a_chart_of_many_events_draws_the_conflicts_and_the_most_reported():
    """A corpus of thousands of articles gives hundreds of events: the chart draws a
    bounded number, conflicts first, says so in its title, and its size stays flat."""
    one = events_table().iloc[[3]]
    rows = pd.concat([one.assign(event_id=f"E{i:04d}", start=D(2024, 1, 1) + dt.timedelta(days=i % 300),
                                 n_sources=1 + (i % 7 == 0), conflict=False, summary=f"event {i}")
                      for i in range(600)], ignore_index=True)
    rows.loc[599, ["conflict", "conflicting_dates"]] = [True, "2024-08-28"]
    spec = timeline(rows, top=50).to_dict()
    drawn = {r["event_id"] for data in spec["datasets"].values() for r in data if "event_id" in r}
    assert len(drawn) == 50 and "E0599" in drawn  # the one conflict, though reported once
    assert drawn - {"E0599"} <= {f"E{i:04d}" for i in range(600) if i % 7 == 0}
    assert spec["vconcat"][0]["title"] == {
        "text": "Timeline of events",
        "subtitle": "50 of 600 drawn: those with conflicting dates, then the most reported"}
    assert len(json.dumps(timeline(rows).to_dict())) < 3 * len(json.dumps(timeline(rows, top=50).to_dict()))
    assert timeline(rows.head(20)).to_dict()["vconcat"][0]["title"] == "Timeline of events"


def test_the_events_drawn_are_chosen_by_position_conflicting_dates_and_earliest_start():
    from kit.charts.timeline import most_reported

    table = pd.DataFrame({"event_id": ["E1", "E2", "E3"], "n_sources": [1, 1, 1],
                          "start": [D(2024, 1, 4), D(2024, 1, 3), D(2024, 1, 2)],
                          "conflicting_dates": ["", "", "2024-01-05"]})
    assert most_reported(table, 1)["event_id"].tolist() == ["E3"]  # no conflict column: the dates say
    assert most_reported(table.drop(columns="conflicting_dates"), 1)["event_id"].tolist() == ["E3"]  # earliest
    twice = pd.concat([table, table.assign(event_id=["F1", "F2", "F3"])])  # repeated index labels
    assert len(most_reported(twice, 1)) == 1
    strings = table.assign(conflict=["False", "True", "False"], conflicting_dates="")
    assert most_reported(strings, 1)["event_id"].tolist() == ["E2"]  # read back from a file
    with pytest.raises(ValueError, match="0 or more"):
        most_reported(table, -1)


def test_a_deadline_is_drawn_but_sets_no_view_and_shows_its_day():
    # the days of the talks set the view; the limit months later is listed first, its day in its label
    table = events_table().iloc[1:].copy()
    limit = pd.DataFrame([("E005", D(2024, 6, 30), D(2024, 6, 30), "day", "must leave Osk by June 30", "", "")],
                         columns=["event_id", "start", "end", "granularity", "summary", "conflicting_dates",
                                  "dates"]).assign(status="deadline", side="", n_sources=2, conflict=False)
    spec = timeline(pd.concat([table, limit], ignore_index=True)).to_dict()
    (zoom,) = spec["params"]
    start, end = zoom["value"]["x"]
    assert (start["month"], start["date"]) == (1, 14) and (end["month"], end["date"]) == (1, 22)
    data = next(d for d in spec["datasets"].values() if d and "long" in d[0])
    labels = {d["event_id"]: d["label"] for d in data}
    assert labels["E005"].startswith("E005 [deadline 2024-06-30] must leave")
    points = detail_layers(spec)[1]
    assert points["mark"]["clip"] is True and points["encoding"]["y"]["sort"][0] == labels["E005"]
