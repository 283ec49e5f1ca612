"""kit.timeline.events and kit.charts.timeline.

Unit tests run on small hand-made ``Annotations``-like tables (no model). The
golden tests run the real loader and annotator on the seed and on
``tests/data/timeline_corpus``: four invented articles (Thu 2023-12-28 to Wed
2024-01-17) about the Sallow River treaty between Valdoria and Estmark
(ministers Tomas Arvelo and Ines Karsten, mediator Helena Marsh; meetings in
Port Calder and Brennholm). They point at the same meetings with "on
Saturday", "last week", "on Wednesday", "next Monday", "Dec. 30" and, across
the year boundary, "Jan. 3"; the River Basin Monitor dates the Brennholm round
to Thursday (Jan. 4). ``expected_timeline.csv`` there is the merged timeline a
careful reader draws (written before the event code); its ``actors`` must be
among each event's actors.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from kit.charts.timeline import timeline
from kit.timeline.events import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    dated_clauses,
    event_reports,
    events,
    resolved_dates,
)

D = dt.date
CORPUS = Path(__file__).resolve().parents[1] / "data" / "timeline_corpus"


# ---- hand-made annotations ---------------------------------------------------------------


def fake_ann(*articles):
    """Annotations-like tables from ``(id, published, source, sentences)``.

    A sentence is ``(text, dates, mentions)``; a date is ``(expression, tense,
    clause or None, cue or None[, verb[, grammar]])`` (verb "meet" unless given;
    ``grammar``: ``{"subject": text, "noun": lemma, "implied_subject": bool, "reporting": bool,
    "names_thing": bool}``,
    the extractor's subject, dated noun, whether the verb carries its subject and whether it
    reports what was said; without "reporting", whether it is one of ``reporting_verbs``); a mention is ``(text, label)`` (first occurrence; canonical = text).
    """
    arts, sents, dates, ments = [], [], [], []
    for article_id, published, source, sentences in articles:
        arts.append({"article_id": article_id, "title": "", "published": published,
                     "source": source})
        offset = 0
        for sid, (text, ds, ms) in enumerate(sentences):
            sents.append({"article_id": article_id, "sentence_id": sid, "start_char": offset,
                          "end_char": offset + len(text), "text": text})
            for expression, tense, clause, cue, *more in ds:
                at = text.index(expression)
                lo = text.index(clause) if clause else 0
                grammar = more[1] if len(more) > 1 else {}
                subject = grammar.get("subject")
                dates.append({"article_id": article_id, "sentence_id": sid,
                              "start_char": offset + at, "end_char": offset + at + len(expression),
                              "text": expression, "label": "DATE", "tense": tense,
                              "verb": more[0] if more else "meet",
                              "cue": cue, "clause_start": offset + lo,
                              "clause_end": offset + lo + len(clause or text),
                              "subject_start": offset + text.index(subject) if subject else None,
                              "subject_end": offset + text.index(subject) + len(subject)
                              if subject else None,
                              "implied_subject": grammar.get("implied_subject"),
                              "noun": grammar.get("noun"), "reporting": grammar.get("reporting"),
                              "names_thing": grammar.get("names_thing")})
            for name, label in ms:
                at = text.index(name)
                ments.append({"article_id": article_id, "sentence_id": sid,
                              "start_char": offset + at, "end_char": offset + at + len(name),
                              "text": name, "label": label, "canonical": name})
            offset += len(text) + 1
    columns = ["article_id", "sentence_id", "start_char", "end_char", "text", "label", "canonical"]
    return SimpleNamespace(articles=pd.DataFrame(arts), sentences=pd.DataFrame(sents),
                           dates=pd.DataFrame(dates), mentions=pd.DataFrame(ments, columns=columns))


def meeting(article_id, published, text, expression, tense, actors, source="Gazette", cue=None,
            verb="meet"):
    mentions = [(a, "GPE" if a in PLACES else "PERSON") for a in actors]
    return (article_id, published, source,
            [(text, [(expression, tense, None, cue, verb)], mentions)])


PLACES = {"Brennholm", "Port Calder", "Mexico", "Washington"}
BOTH = ["Arvelo", "Karsten"]
THU, MON = D(2024, 1, 18), D(2024, 1, 29)


# ---- resolved_dates --------------------------------------------------------------------------


def test_resolved_dates_use_each_articles_publication_date():
    ann = fake_ann(meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future", []),
                   meeting("b", MON, "Arvelo will meet Karsten on Friday.", "Friday", "future", []))
    table = resolved_dates(ann)
    assert list(table.columns[: len(DATE_COLUMNS)]) == DATE_COLUMNS
    assert list(table["start"]) == [D(2024, 1, 19), D(2024, 2, 2)]
    first = table["explanation"].iloc[0]
    assert first.startswith("'Friday', future tense, published Thu 2024-01-18")


def test_no_publication_date_leaves_relative_dates_unresolved_with_the_reason():
    ann = fake_ann(meeting("a", None, "They met on Friday.", "Friday", "past", []))
    row = resolved_dates(ann).iloc[0]
    assert not row["resolved"] and row["start"] is None
    assert "no publication date" in row["explanation"]


def test_a_modifier_spacy_left_outside_the_entity_is_used():
    ann = fake_ann(meeting("a", THU, "They met last Friday.", "Friday", "past", [], cue="last"))
    row = resolved_dates(ann).iloc[0]
    assert row["start"] == D(2024, 1, 12) and "'last Friday'" in row["explanation"]


def test_missing_dates_table_says_how_to_get_it():
    empty = pd.DataFrame()
    ann = SimpleNamespace(articles=empty, sentences=empty, mentions=empty)
    with pytest.raises(AttributeError, match="kit.extract.dates"):
        resolved_dates(ann)


# ---- events: actors, places, what dates an event ------------------------------------------------


def test_an_event_needs_something_that_acts_an_actor_a_group_or_an_event_noun():
    ann = fake_ann(meeting("a", THU, "Prices will rise on Friday.", "Friday", "future", [],
                           verb="rise"))
    assert events(ann).empty and list(events(ann).columns) == EVENT_COLUMNS
    for text in ("Talks will resume on Friday.", "Both delegations will return on Friday."):
        ann = fake_ann(meeting("a", THU, text, "Friday", "future", [], verb="resume"))
        assert len(events(ann)) == 1, text


def test_a_place_after_in_is_not_an_actor_but_a_subject_is():
    ann = fake_ann(
        ("a", THU, "G", [
            ("Talks began in Mexico on Dec. 27 when Blinken flew to Washington.",
             [("Dec. 27", "past", None, None)],
             [("Mexico", "GPE"), ("Blinken", "PERSON"), ("Washington", "GPE")]),
            ("Mexico began deportations on Friday.", [("Friday", "past", None, None)],
             [("Mexico", "GPE")]),
        ]))
    table = events(ann).set_index("start")
    assert table.at[D(2023, 12, 27), "actors"] == "Blinken"
    assert table.at[D(2023, 12, 27), "place"] == "Mexico; Washington"
    assert (table.at[D(2024, 1, 12), "actors"], table.at[D(2024, 1, 12), "place"]) == ("Mexico", "")


def test_a_place_after_spanish_en_is_the_events_place_not_an_actor():
    ann = fake_ann(("a", THU, "G", [
        ("Arvelo recibió a Karsten en el Palacio de Velmar el miércoles.",
         [("el miércoles", "past", None, None, "recibir")],
         [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Palacio de Velmar", "LOC")]),
        ("Los cancilleres se reunieron en Brennholm el martes.",
         [("el martes", "past", None, None, "reunir")], [("Brennholm", "GPE")]),
    ]))
    table = events(ann).set_index("start")
    assert (table.at[D(2024, 1, 17), "actors"], table.at[D(2024, 1, 17), "place"]) == (
        "Arvelo; Karsten", "Palacio de Velmar")
    assert (table.at[D(2024, 1, 16), "actors"], table.at[D(2024, 1, 16), "place"]) == ("", "Brennholm")


def test_actors_come_from_the_dates_clause_only():
    text = "Arvelo met Karsten on Friday, while Marsh stayed home."
    dates = [("Friday", "past", "Arvelo met Karsten on Friday", None)]
    people = [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Marsh", "PERSON")]
    ann = fake_ann(("a", THU, "G", [(text, dates, people)]))
    assert events(ann)["actors"].tolist() == ["Arvelo; Karsten"]


def test_a_date_after_since_dates_the_start_unless_another_date_dates_its_clause():
    ann = fake_ann(meeting("a", THU, "Arvelo has talked to Karsten since Monday.", "Monday",
                           "past", ["Arvelo", "Karsten"], cue="since", verb="talk"))
    assert resolved_dates(ann)["resolved"].all()
    assert events(ann)["start"].tolist() == [D(2024, 1, 15)]
    text = "Arvelo met Karsten last week, their first meeting since Monday."
    ann = fake_ann(("a", THU, "G", [(text, [("last week", "past", None, None),
                                            ("Monday", "past", None, "since")],
                                     [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    assert events(ann)["granularity"].tolist() == ["week"]


def test_deadlines_side_by_side_each_date_an_event():
    # "Arvelo is to hand back Osk by Feb. 15, Lind by Feb. 20": no date bounds another
    text = "Arvelo is to hand back Osk by Feb. 15, Lind by Feb. 20."
    ann = fake_ann(("a", THU, "G", [(text, [("Feb. 15", "future", None, "by", "hand"),
                                            ("Feb. 20", "future", None, "by", "hand")],
                                     [("Arvelo", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["", ""]
    assert events(ann)["start"].tolist() == [D(2024, 2, 15), D(2024, 2, 20)]


def test_a_deadline_beside_a_date_of_another_verb_dates_an_event():
    # "Under the declaration signed Jan. 10, Arvelo is to name a cabinet by Feb. 15."
    text = "Under the declaration signed Jan. 10, Arvelo is to name a cabinet by Feb. 15."
    ann = fake_ann(("a", THU, "G", [(text, [("Jan. 10", "past", None, None, "sign"),
                                            ("Feb. 15", "future", None, "by", "name")],
                                     [("Arvelo", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["", ""]


def test_the_names_of_a_cause_after_the_date_are_not_the_clause_s_actors():
    # "Arvelo suspended the talks on Monday in protest at the arrest of Karsten"
    text = "Arvelo suspended the talks on Monday in protest at the arrest of Karsten by Marsh."
    ann = fake_ann(("a", THU, "G", [(text, [("Monday", "past", None, None, "suspend")],
                                     [("Arvelo", "PERSON"), ("Karsten", "PERSON"),
                                      ("Marsh", "PERSON")])]))
    assert events(ann)["actors"].tolist() == ["Arvelo"]
    before = "In protest at the arrest of Karsten, Arvelo suspended the talks on Monday."
    ann = fake_ann(("a", THU, "G", [(before, [("Monday", "past", None, None, "suspend")],
                                     [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    assert events(ann)["actors"].tolist() == ["Arvelo; Karsten"]  # a cause before the date stays


def test_a_cause_between_the_date_and_the_subject_ends_at_the_subject():
    # "On Monday, in protest at X, Arvelo suspended the talks": Arvelo still acts
    text = "On Monday, in protest at the arrest of Karsten, Arvelo suspended the talks."
    ann = fake_ann(("a", THU, "G", [(text, [("Monday", "past", None, None, "suspend",
                                              {"subject": "Arvelo"})],
                                     [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    assert events(ann)["actors"].tolist() == ["Arvelo"]


def test_whom_the_actor_replaces_after_the_date_is_no_actor_of_the_act():
    # "Arvelo will take office on Monday in place of Karsten": Karsten leaves, Arvelo acts
    text = "Arvelo will take office on Monday in place of Karsten."
    ann = fake_ann(("a", THU, "G", [(text, [("Monday", "future", None, None, "take")],
                                     [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    assert events(ann)["actors"].tolist() == ["Arvelo"]
    # a relative clause naming only the predecessor is the inauguration another outlet
    # tells of its successor, not another act of that day
    one = "Arvelo, que asumirá el lunes en reemplazo de Karsten, habló ayer."
    two = "Arvelo asumirá el lunes la presidencia."
    ann = fake_ann(("a", THU, "G", [(one, [("lunes", "future", None, None, "asumir")],
                                     [("Karsten", "PERSON")])]),
                   ("b", THU, "H", [(two, [("lunes", "future", None, None, "asumir")],
                                     [("Arvelo", "PERSON")])]))
    assert len(events(ann)) == 1


def test_a_return_named_by_two_nouns_on_one_day_is_one_event():
    # "el regreso de A" and "el retorno del presidente", both dated to Saturday: one return
    one = "El texto fija el sábado como fecha del regreso de Arvelo a la capital."
    two = "La misión viajará para acompañar el retorno del presidente, previsto para el sábado."
    ann = fake_ann(("a", THU, "G", [(one, [("sábado", "future", None, None, "fijar")],
                                     [("Arvelo", "PERSON")])]),
                   ("b", THU, "H", [(two, [("sábado", "future", None, None, "prever",
                                              {"noun": "retorno"})], [])]))
    assert len(events(ann)) == 1


def test_a_duration_beside_a_deadline_does_not_bound_it():
    # "The handover is to be completed by Feb. 15, in six weeks": "six weeks" dates nothing
    text = "Arvelo is to complete the handover by Feb. 15, in six weeks."
    ann = fake_ann(("a", THU, "G", [(text, [("Feb. 15", "future", None, "by", "complete"),
                                            ("six weeks", "future", None, None, "complete")],
                                     [("Arvelo", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["", "unresolved"]
    assert events(ann)["start"].tolist() == [D(2024, 2, 15)]


def test_status_comes_from_tense_then_from_the_date():
    ann = fake_ann(
        meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future", ["Arvelo"]),
        meeting("b", THU, "Marsh met Osk on Monday.", "Monday", "past", ["Marsh"]),
        meeting("c", THU, "Lind sees Roe on Dec. 27.", "Dec. 27", "present", ["Lind"]),
        meeting("d", THU, "Vey is in talks this week.", "this week", "present", ["Vey"]),
    )
    status = events(ann).set_index("actors")["status"].to_dict()
    assert status == {"Arvelo": "expected", "Marsh": "happened", "Lind": "happened",
                      "Vey": "reported"}


# ---- merging -----------------------------------------------------------------------------


def test_reports_of_one_meeting_merge_across_articles():
    ann = fake_ann(
        meeting("a", THU, "Arvelo will meet Karsten in Brennholm on Tuesday.", "Tuesday", "future",
                ["Arvelo", "Karsten", "Brennholm"], source="Calder Gazette"),
        meeting("b", MON, "Arvelo and Karsten met in Brennholm last week.", "last week", "past",
                ["Arvelo", "Karsten", "Brennholm"], source="Estmark Herald"),
    )
    table = events(ann)
    assert len(table) == 1
    e = table.iloc[0]
    assert (e["start"], e["end"], e["granularity"]) == (D(2024, 1, 23), D(2024, 1, 23), "day")
    assert (e["n_sources"], e["articles"], e["first_report"]) == (2, "a; b", "a")
    assert e["sources"] == "Calder Gazette; Estmark Herald" and e["first_published"] == THU
    assert e["status"] == "happened"  # the latest report says it happened
    assert (e["place"], e["conflicting_dates"]) == ("Brennholm", "")
    assert "'last week' → 2024-01-22..2024-01-28" in e["reports"]
    assert len(events(ann, merge=False)) == 2


def test_same_day_without_shared_actor_or_place_stays_apart():
    ann = fake_ann(
        meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future", BOTH),
        meeting("b", THU, "Marsh will visit Osk on Friday.", "Friday", "future", ["Marsh", "Osk"]),
    )
    assert len(events(ann)) == 2


def test_a_month_long_span_does_not_swallow_day_events():
    ann = fake_ann(
        meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future", BOTH),
        meeting("b", THU, "Arvelo hopes to sign with Karsten later this month.", "later this month",
                "future", ["Arvelo", "Karsten"], verb="sign"),
    )
    table = events(ann)
    assert sorted(table["granularity"]) == ["day", "month"]  # "later this month": the month


def test_days_one_apart_with_the_same_place_and_actors_conflict():
    actors = ["Arvelo", "Karsten", "Brennholm"]
    text = "Arvelo and Karsten met in Brennholm on {}."
    ann = fake_ann(
        meeting("a", D(2024, 1, 8), text.format("Wednesday"), "Wednesday", "past", actors),
        meeting("b", D(2024, 1, 8), text.format("Thursday"), "Thursday", "past", actors),
        meeting("c", D(2024, 1, 17), text.format("Jan. 3"), "Jan. 3", "past", actors),
    )
    table = events(ann)
    assert len(table) == 1
    e = table.iloc[0]
    assert (e["start"], e["conflicting_dates"], e["n_sources"]) == (D(2024, 1, 3), "2024-01-04", 3)


def test_days_apart_sharing_one_actor_only_do_not_conflict_they_differ():
    ann = fake_ann(
        meeting("a", D(2024, 1, 8), "Arvelo met Karsten in Brennholm on Wednesday.", "Wednesday",
                "past", ["Arvelo", "Karsten", "Brennholm"]),
        meeting("b", D(2024, 1, 8), "Arvelo met Marsh in Brennholm on Thursday.", "Thursday",
                "past", ["Arvelo", "Marsh", "Brennholm"]),
    )
    assert len(events(ann)) == 2


def test_the_talks_in_the_next_sentence_take_the_previous_date():
    ann = fake_ann(("a", THU, "G", [
        ("Officials from Mexico will meet in Washington on Friday.",
         [("Friday", "future", None, None)], [("Mexico", "GPE"), ("Washington", "GPE")]),
        ("Neither side expects progress from Friday’s talks.",
         [("Friday", "future", None, None)], []),
        ("The talks, to be attended by Blinken and Barcena, are an extension of discussions "
         "that began in Mexico on Dec. 27.",
         [("Dec. 27", "past", "that began in Mexico on Dec. 27", None)],
         [("Blinken", "PERSON"), ("Barcena", "PERSON")]),
    ]))
    table = events(ann)
    assert table["start"].tolist() == [D(2023, 12, 27), D(2024, 1, 19)]  # "discussions that ..."
    e = table.iloc[1]
    assert e["place"] == "Washington" and e["n_sources"] == 1
    assert set(e["actors"].split("; ")) == {"Mexico", "Blinken", "Barcena"}


def test_registry_gives_sides_and_must_name_its_columns():
    ann = fake_ann(meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future",
                           ["Arvelo", "Karsten"]))
    registry = pd.DataFrame({"canonical": ["Arvelo", "Karsten"], "side": ["Valdoria", "Estmark"]})
    assert events(ann, registry)["side"].iloc[0] == "Estmark & Valdoria"
    with pytest.raises(ValueError, match="side"):
        events(ann, pd.DataFrame({"canonical": ["Arvelo"]}))


# ---- chart ---------------------------------------------------------------------------------


def sample_events():
    ann = fake_ann(
        meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future", BOTH),
        meeting("b", MON, "Arvelo hopes to sign with Karsten later this year.", "later this year",
                "future", ["Arvelo", "Karsten"]),
    )
    return events(ann), ann.articles


def layers(spec):
    """(rule layer or None, (bar layer, point layer)) of the detail chart."""
    detail = spec["vconcat"][0]
    if detail["layer"][0]["mark"]["type"] != "rule":
        return None, detail["layer"]
    return detail["layer"][0], detail["layer"][1]["layer"]


def test_chart_days_are_points_spans_are_bars_with_tooltips():
    ev, arts = sample_events()
    spec = timeline(ev, arts).to_dict()
    rules, (bars, points) = layers(spec)
    assert points["mark"]["type"] == "point"
    assert "datum.kind === 'point'" in json.dumps(points["transform"])
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["x2"]["field"] == "until"
    tips = {t["field"] for t in points["encoding"]["tooltip"]}
    assert {"summary", "sources", "explanation", "conflicting_dates"} <= tips
    data = next(d for d in spec["datasets"].values() if "kind" in d[0])
    assert len(data) == len(ev)  # the events table, nothing row-level beyond it
    assert {d["kind"] for d in data} == {"point", "span"}
    span = next(d for d in data if d["kind"] == "span")
    assert span["until"] == "2025-01-01T00:00:00"  # a bar covers its last day


def test_chart_has_a_rule_per_publication_day_and_a_zoom_brush():
    ev, arts = sample_events()
    spec = timeline(ev, arts).to_dict()
    rules, (bars, _) = layers(spec)
    assert rules["mark"]["type"] == "rule"
    days = spec["datasets"][rules["data"]["name"]]
    assert [d["day"] for d in days] == ["2024-01-18T00:00:00", "2024-01-29T00:00:00"]
    assert bars["encoding"]["x"]["scale"]["domain"] == {"param": "zoom"}
    assert rules["encoding"]["x"]["scale"]["domain"] == {"param": "zoom"}
    (zoom,) = spec["params"]
    assert (zoom["name"], zoom["select"]["type"]) == ("zoom", "interval")
    assert zoom["views"][0].startswith("timeline_overview")
    assert spec == timeline(ev, arts).to_dict()  # deterministic: stable notebook outputs


def test_chart_colours_by_side_else_status_and_rejects_unknown_columns():
    ev, arts = sample_events()
    _, (bars, _) = layers(timeline(ev).to_dict())
    assert bars["encoding"]["color"]["field"] == "status"  # no sides known
    ev["side"] = ["Valdoria", "Estmark"]
    _, (bars, _) = layers(timeline(ev, color="side").to_dict())
    assert bars["encoding"]["color"]["field"] == "side"
    with pytest.raises(ValueError, match="not a column"):
        timeline(ev, color="colour")


def test_chart_compiles_with_vega_lite_5():
    vl_convert = pytest.importorskip("vl_convert")
    ev, arts = sample_events()
    spec = timeline(ev, arts).to_dict()
    spec["$schema"] = "https://vega.github.io/schema/vega-lite/v5.json"
    vega = vl_convert.vegalite_to_vega(spec, vl_version="5.21")
    assert any(s.get("name", "").startswith("zoom") for s in vega.get("signals", []))


# ---- golden: the seed ----------------------------------------------------------------------


@pytest.mark.model
def test_seed_dates_resolve_against_thursday_jan_18(seed_ann):
    table = resolved_dates(seed_ann)
    assert set(table["published"]) == {D(2024, 1, 18)}
    by = table.groupby("text")
    assert set(by.get_group("Friday")["start"]) == {D(2024, 1, 19)}
    assert set(by.get_group("Thursday")["start"]) == {D(2024, 1, 18)}
    assert set(by.get_group("tomorrow")["start"]) == {D(2024, 1, 19)}
    assert set(by.get_group("Dec. 27")["start"]) == {D(2023, 12, 27)}
    for text in ("earlier this month", "Earlier this month"):  # the month, the part named
        row = by.get_group(text).iloc[0]
        assert (row["start"], row["end"], row["granularity"]) == (D(2024, 1, 1), D(2024, 1, 31),
                                                                  "month")
        assert "the part before publication" in row["explanation"]
    row = by.get_group("the beginning of the year").iloc[0]
    assert (row["start"], row["end"]) == (D(2024, 1, 1), D(2024, 1, 10))
    row = by.get_group("November").iloc[0]
    assert (row["start"], row["end"]) == (D(2024, 11, 1), D(2024, 11, 30))
    assert row["granularity"] == "month"
    assert table["resolved"].all() and table["explanation"].str.contains("→").all()


@pytest.mark.model
def test_seed_washington_meeting_and_december_talks_are_events(seed_ann):
    table = events(seed_ann)
    friday = table[table["start"] == D(2024, 1, 19)]
    assert len(friday) == 1
    meeting = friday.iloc[0]
    officials = {"Antony Blinken", "Alejandro Mayorkas", "Elizabeth Sherwood-Randall",
                 "Alicia Bárcena"}
    assert officials <= set(meeting["actors"].split("; "))
    assert meeting["place"] == "Washington" and meeting["status"] == "expected"
    december = table[table["start"] == D(2023, 12, 27)].iloc[0]
    assert "Mexico" in december["place"].split("; ") and december["status"] == "happened"
    assert not officials & set(december["actors"].split("; "))


# ---- golden: the invented corpus ------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_ann(cache_dir):
    from kit import annotate, load

    return annotate(load(sorted(CORPUS.glob("*.md"))).articles, cache_dir=cache_dir)


@pytest.mark.model
def test_corpus_relative_dates_point_at_the_same_meetings(corpus_ann):
    table = resolved_dates(corpus_ann)

    def value(article, text, column="start"):
        return set(table.loc[(table["article_id"] == article) & (table["text"] == text), column])

    assert value("01_calder_gazette", "Saturday") == {D(2023, 12, 30)}
    assert value("01_calder_gazette", "Jan. 3") == {D(2024, 1, 3)}  # across the new year
    assert value("02_estmark_herald", "last week", "end") == {D(2023, 12, 31)}
    assert value("02_estmark_herald", "Wednesday") == {D(2024, 1, 3)}
    assert value("02_estmark_herald", "Tuesday") == {D(2024, 1, 2)}  # the paper's own day
    assert value("03_river_basin_monitor", "Thursday") == {D(2024, 1, 4)}
    assert value("03_river_basin_monitor", "next Monday") == {D(2024, 1, 15)}
    assert value("04_calder_gazette", "Dec. 30") == {D(2023, 12, 30)}
    assert value("03_river_basin_monitor", "centuries", "resolved") == {False}


@pytest.mark.model
def test_corpus_timeline_matches_the_expected_one(corpus_ann):
    expected = pd.read_csv(CORPUS / "expected_timeline.csv", dtype=str, keep_default_na=False)
    got = events(corpus_ann)
    assert len(got) == len(expected), got[["start", "actors", "place"]].to_string()
    for exp, (_, row) in zip(expected.to_dict("records"), got.iterrows()):
        assert (row["start"].isoformat(), row["end"].isoformat()) == (exp["start"], exp["end"])
        assert row["granularity"] == exp["granularity"] and row["status"] == exp["status"]
        assert set(exp["actors"].split("; ")) <= set(row["actors"].split("; ")), row["actors"]
        assert row["place"] == exp["place"]
        assert row["n_sources"] == int(exp["n_sources"]) and row["articles"] == exp["articles"]
        assert row["conflicting_dates"] == exp["conflicting_dates"]


def test_a_corpus_without_a_single_date_has_no_events_and_no_error():
    """As when the model finds no DATE in any article (e.g. another language's text)."""
    ann = fake_ann(meeting("a", THU, "Arvelo met Karsten one day.", "one day", "past", BOTH))
    ann.dates = ann.dates.iloc[:0]
    table = events(ann)
    assert list(table.columns) == EVENT_COLUMNS and table.empty
    assert dated_clauses(ann).empty


@pytest.mark.model
@pytest.mark.parametrize("people, actors", [
    ("President Ana Lerma said on Sunday that Tomas Brenn had accepted the plan",
     "Ana Lerma; Tomas Brenn"),  # "the two": the two people named before
    ("President Ana Lerma said on Sunday that Tomas Brenn and Rui Sandel had accepted the plan",
     ""),  # three named: which two?
])
def test_a_subject_that_counts_the_people_named_before_it_is_those_people(tmp_path, people, actors):
    from kit import annotate
    from kit.schema import Article

    text = f"{people} when the two met at the border on Saturday."
    ann = annotate([Article(id="a", title="", text=text, published=D(2022, 8, 8))], cache_dir=tmp_path)
    saturday = events(ann).set_index("start").loc[D(2022, 8, 6)]
    assert saturday["actors"] == actors


def test_two_articles_looking_back_on_a_past_month_share_its_one_event_on_a_place():
    fixed = ("a", D(2024, 3, 4), "Gazette", [("In Brennholm, they fixed the agenda in May 2021.",
                                               [("May 2021", "past", None, None, "fix")],
                                               [("Brennholm", "GPE")])])
    approved = ("b", D(2024, 3, 6), "Courier", [("They approved the agenda in May 2021 in Brennholm.",
                                                 [("May 2021", "past", None, None, "approve")],
                                                 [("Brennholm", "GPE")])])
    assert len(event_reports(fake_ann(fixed, approved))) == 2
    assert len(events(fake_ann(fixed, approved))) == 1
    # two events of that month each sharing something with the report: which one it is, it
    # does not say
    signed = ("c", D(2024, 3, 5), "Herald", [("Arvelo signed a truce in May 2021.",
                                              [("May 2021", "past", None, None, "sign")],
                                              [("Arvelo", "PERSON")])])
    visited = ("d", D(2024, 3, 5), "Herald", [("Karsten visited Osk in May 2021.",
                                               [("May 2021", "past", None, None, "visit")],
                                               [("Karsten", "PERSON"), ("Osk", "GPE")])])
    met = ("e", D(2024, 3, 7), "Courier", [("Arvelo met Karsten in May 2021.",
                                            [("May 2021", "past", None, None, "meet")],
                                            [("Arvelo", "PERSON"), ("Karsten", "PERSON")])])
    assert len(event_reports(fake_ann(signed, visited, met))) == 3
    assert len(events(fake_ann(signed, visited, met))) == 3
    # a plan, written before the month: not looking back
    planned = ("b", D(2021, 4, 6), "Courier", [("They will approve the agenda in May 2021 in Brennholm.",
                                                 [("May 2021", "future", None, None, "approve")],
                                                 [("Brennholm", "GPE")])])
    assert len(event_reports(fake_ann(fixed, planned))) == 2
    assert len(events(fake_ann(fixed, planned))) == 2
    # events of their own, none the same ("talks", "earthquake"): two events at one place
    collapsed, struck = (
        (article, D(2024, 3, day), "Gazette", [(text, [("May 2021", "past", None, None, verb)], [("Brennholm", "GPE")])])
        for article, day, text, verb in (("f", 4, "In Brennholm, the talks collapsed in May 2021.", "collapse"),
                                         ("g", 6, "An earthquake struck Brennholm in May 2021.", "strike")))
    assert len(events(fake_ann(collapsed, struck))) == 2


def test_two_articles_looking_back_on_a_month_share_one_fighting_told_in_other_words():
    # "the clashes that broke out in May 2021" and "troops fought in May 2021, in the war":
    # a noun of one and the verb of the other tell one act (combat_verbs)
    clashes, fought = (
        (article, D(2024, 3, day), "Gazette", [(text, [("May 2021", "past", None, None, verb)], [])])
        for article, day, text, verb in (
            ("a", 4, "The clashes broke out in the valley in May 2021.", "break"),
            ("b", 6, "In May 2021, troops fought in the valley, in the worst war of the decade.", "fight")))
    assert len(events(fake_ann(clashes, fought))) == 1
    # a noun of neither act: "the clashes" and "the truce was signed"
    signed = ("c", D(2024, 3, 6), "Gazette", [("The truce was signed in the valley in May 2021.",
                                               [("May 2021", "past", None, None, "sign")], [])])
    assert len(events(fake_ann(clashes, signed))) == 2


def test_two_articles_looking_back_on_a_month_at_one_place_tell_two_acts_of_other_actors():
    attacked = ("a", D(2024, 3, 4), "Gazette", [("In Brennholm, the Osk Front attacked the parliament in May 2021.",
                                                 [("May 2021", "past", None, None, "attack")],
                                                 [("Brennholm", "GPE"), ("Osk Front", "ORG")])])
    signed = ("b", D(2024, 3, 6), "Courier", [("Arvelo signed a trade deal with Karsten in May 2021 in Brennholm.",
                                               [("May 2021", "past", None, None, "sign")],
                                               [("Arvelo", "PERSON"), ("Karsten", "PERSON"),
                                                ("Brennholm", "GPE")])])
    assert len(event_reports(fake_ann(attacked, signed))) == 2
    assert len(events(fake_ann(attacked, signed))) == 2


def test_the_event_an_act_happened_during_is_none_of_its_event_nouns():
    killed = ("a", D(2024, 3, 1), "Gazette", [(
        "Troops killed six priests in Osk on Jan. 16, during the offensive on the capital.",
        [("Jan. 16", "past", None, None, "kill")], [("Osk", "GPE")])])
    carried = ("b", D(2024, 3, 5), "Courier", [(
        "The offensive carried the war to the capital in January.",
        [("January", "past", None, None, "carry")], [])])
    assert len(event_reports(fake_ann(killed, carried))) == 2
    assert len(events(fake_ann(killed, carried))) == 2  # the killing, and the offensive
    assert event_reports(fake_ann(killed))["text"].tolist() == ["Jan. 16"]  # still an event
    # the offensive as what was killed in: the one past event of the month with its noun
    within = ("a", D(2024, 3, 1), "Gazette", [(
        "The offensive on the capital killed six priests in Osk on Jan. 16.",
        [("Jan. 16", "past", None, None, "kill")], [("Osk", "GPE")])])
    assert len(events(fake_ann(within, carried))) == 1

