"""Relative dates of a wire story are read against its dateline's date when a paper prints
it later (kit.timeline.context, kit.timeline.events). Invented stories."""

from __future__ import annotations

import datetime as dt

from kit.timeline.context import Mention, resolve_article
from kit.timeline.events import resolved_dates
from tests.timeline.test_timeline import fake_ann

D = dt.date


def _dates(published: dt.date, opening: str, sentence: str,
           dated: list[tuple[str, str]]) -> dict[str, tuple[dt.date, str]]:
    """resolved_dates() of one article: its dateline ``opening`` line (no date mention of
    its own: the parse may tag none), then ``sentence`` with its ``(expression, tense)``."""
    ann = fake_ann(("a", published, "Wire", [
        (opening, [], []),
        (sentence, [(e, tense, None, None, "sign") for e, tense in dated], []),
    ]))
    table = resolved_dates(ann)
    return {t: (s, x) for t, s, x in zip(table["text"], table["start"], table["explanation"])}


def test_today_in_an_english_wire_story_printed_the_next_day_is_the_dateline_s_day():
    got = _dates(D(2024, 3, 6), "PORT NEW, March 5 (PW) —",
                 "Velmar and Ostria signed a truce today after talks that opened on Monday.",
                 [("today", "past"), ("Monday", "past")])
    assert got["today"][0] == D(2024, 3, 5)
    assert "the dateline's date" in got["today"][1] and "dateline Tue 2024-03-05" in got["today"][1]
    assert got["Monday"][0] == D(2024, 3, 4)


def test_hoy_and_ayer_in_a_spanish_wire_with_an_abbreviated_month_are_the_dateline_s():
    got = _dates(D(1998, 11, 18), "PUERTO KALVO, 17 nov (AIN) —",
                 "El Parlamento de Ostria ratificó hoy el acuerdo que el Gobierno firmó ayer.",
                 [("hoy", "past"), ("ayer", "past")])
    assert got["hoy"][0] == D(1998, 11, 17) and got["ayer"][0] == D(1998, 11, 16)
    assert "the dateline's date, not publication" in got["hoy"][1]


def test_a_spanish_dateline_with_weekday_and_de_before_the_month_and_the_year():
    got = _dates(D(2021, 3, 6), "KALVO, jueves 4 de marzo de 2021 (AIN) —",
                 "La ministra Jana Roe llegó hoy a Kalvo y se reunió el martes con el enviado.",
                 [("hoy", "past"), ("martes", "past")])
    assert got["hoy"][0] == D(2021, 3, 4) and got["martes"][0] == D(2021, 3, 2)


def test_a_year_end_dateline_takes_the_year_before_publication():
    got = _dates(D(2025, 1, 1), "LA VELA, 31 dic (AIN) —", "Las partes firmaron hoy la tregua.",
                 [("hoy", "past")])
    assert got["hoy"][0] == D(2024, 12, 31)


def test_a_dateline_on_publication_day_or_after_it_or_far_before_changes_nothing():
    sentence = "Velmar and Ostria signed a truce today."
    for opening in ("PORT NEW, March 6 (PW) —", "PORT NEW, March 8 (PW) —",
                    "PORT NEW, Feb. 20 (PW) —", "PORT NEW (PW) —"):
        got = _dates(D(2024, 3, 6), opening, sentence, [("today", "past")])
        assert got["today"][0] == D(2024, 3, 6), opening
        assert "published Wed 2024-03-06" in got["today"][1] and "dateline" not in got["today"][1]


def test_a_dateline_mention_anchors_the_article_but_is_itself_read_against_publication():
    mentions = [Mention("Oct. 29", 0, "past", dateline=True), Mention("yesterday", 0, "past"),
                Mention("today", 2, "present", quoted=True)]
    rs = resolve_article(mentions, D(2022, 10, 31))
    assert rs[0].start == D(2022, 10, 29) and "published" in rs[0].explanation
    assert rs[1].start == D(2022, 10, 28) and "dateline Sat 2022-10-29" in rs[1].explanation
    # a quotation keeps its own anchor rule (the dateline's day when nothing else dates it)
    assert rs[2].start == D(2022, 10, 29) and "inside a quotation dated by 'Oct. 29'" in rs[2].explanation


def test_a_dateline_date_passed_as_text_anchors_the_article():
    rs = resolve_article([Mention("today", 0, "past")], D(2024, 3, 6), "March 5")
    assert rs[0].start == D(2024, 3, 5)
    assert resolve_article([Mention("today", 0, "past")], D(2024, 3, 6), "March 7")[0].start == D(2024, 3, 6)


def test_a_weekday_alone_in_a_dateline_is_no_filing_day():
    """"SAN LUNES.— …" (a place holding a weekday's name, which the parse may tag a date) or a
    weekday with no day of the month gives no day the story was filed: publication stays."""
    mentions = [Mention("LUNES", 0, "past", dateline=True), Mention("ayer", 0, "past")]
    assert resolve_article(mentions, D(1993, 6, 29))[1].start == D(1993, 6, 28)
    assert resolve_article([Mention("ayer", 0, "past")], D(1993, 6, 29), "lunes")[0].start == D(1993, 6, 28)


def test_a_week_or_month_in_a_wire_story_printed_later_is_read_against_publication():
    """"LUSO, Oct. 31 (MPA) — … the signing will take place later this month" in a Nov. 1
    paper: the dateline's day moves only expressions of a day ("today", "on Monday");
    the paper's month and week are publication's."""
    got = _dates(D(1994, 11, 1), "LUSO, Oct. 31 (MPA) —",
                 "The parties initialled the protocol today and will sign it later this month.",
                 [("today", "past"), ("later this month", "future")])
    assert got["today"][0] == D(1994, 10, 31)
    assert got["later this month"][0].month == 11 and "dateline" not in got["later this month"][1]


def test_a_print_era_dateline_closed_by_a_full_stop_dates_no_event_and_anchors_the_story():
    """"From Mara Ventel" / "TARNBURG, Feb. 20." / "The ministers signed the truce today." in a
    Feb. 21 paper: the line is the correspondent's dateline (its date makes no event) and
    "today" is its day."""
    from kit.timeline.events import dated_clauses

    ann = fake_ann(("a", D(1962, 2, 21), "The Osk Chronicle", [
        ("From Mara Ventel\n", [], []),
        ("TARNBURG, Feb. 20.\n", [("Feb. 20", None, None, None)], []),
        ("Jana Roe and the ministers of Velmar signed the truce today.", [("today", "past", None, None, "sign")],
         [("Jana Roe", "PERSON")]),
    ]))
    table = dated_clauses(ann).set_index("text")
    assert table.loc["Feb. 20", "kept_out"] == "dateline"
    assert table.loc["today", "start"] == D(1962, 2, 20) and table.loc["today", "kept_out"] == ""
