"""kit.timeline.resolve: one test per rule, each on one expression and a publication date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from kit.timeline.resolve import GRANULARITIES, Resolution, cue_before, resolve

D = dt.date
THU = D(2024, 1, 18)  # the seed's publication day
FRI = D(2024, 1, 19)


def check(expression, published, start, end=None, granularity="day", **kw) -> Resolution:
    r = resolve(expression, published, **kw)
    assert r.resolved, r.explanation
    assert (r.start, r.end) == (start, end or start), r.explanation
    assert r.granularity == granularity
    assert r.anchor == published
    return r


# ---- weekdays ------------------------------------------------------------------------------


@pytest.mark.parametrize("tense, expected", [
    ("future", FRI),          # "will meet on Friday"
    ("present", FRI),         # "expects progress from Friday's discussions": nearest
    (None, FRI),
    ("past", D(2024, 1, 12)),  # "said on Friday" in a Thursday paper: last week's
])
def test_weekday_follows_the_tense(tense, expected):
    check("Friday", THU, expected, tense=tense)


MON = D(2024, 1, 15)


@pytest.mark.parametrize(("sentence", "expression", "day"), [
    ("Ostrians vote on Sunday in a general election.", "Sunday", D(2024, 1, 21)),
    ("before Kalvia joins the union on Saturday.", "Saturday", D(2024, 1, 20)),
    ("Los kalvios votan el domingo.", "domingo", D(2024, 1, 21)),
])
def test_a_present_in_running_text_dates_a_weekday_ahead(sentence, expression, day):
    # the past one is nearer (a day or two), but a story tells the past in the past tense
    check(expression, MON, day, tense="present", sentence=sentence)


@pytest.mark.parametrize(("sentence", "noun_dated", "day"), [
    ("Photo: Ostrians vote on Sunday in Brennholm.", False, D(2024, 1, 14)),  # a caption's present
    ("expects progress from the talks on Sunday", True, D(2024, 1, 14)),  # it dates a noun
    ("the talks go on since Sunday", False, D(2024, 1, 14)),  # a cue points back
])
def test_a_present_that_is_no_plan_keeps_the_nearest_weekday(sentence, noun_dated, day):
    check("Sunday" if "Sunday" in sentence else "domingo", MON, day, tense="present",
          sentence=sentence, noun_dated=noun_dated)


@pytest.mark.parametrize(("sentence", "expression"), [
    ("The Ostrian ministry says on Sunday that the count was fair.", "Sunday"),
    ("Mara Tolvik tells reporters on Sunday that the talks will resume.", "Sunday"),
    ("El ministro Tolvik dice el domingo que la tregua se mantiene.", "domingo"),
])
def test_a_reporting_verb_s_present_keeps_the_nearest_weekday(sentence, expression):
    # a report gives a saying once it is made: its present tells the past
    check(expression, MON, D(2024, 1, 14), tense="present", sentence=sentence, reporting=True)


def test_a_date_row_says_whether_its_verb_reports():
    from kit.timeline.events import _mention

    row = {"text": "Sunday", "sentence_id": 0, "start_char": 30, "tense": "present", "cue": "",
           "verb": "say", "reporting": True}
    assert _mention(row, ("The Ostrian ministry says on Sunday that it was fair.", 0)).reporting
    assert not _mention({**row, "verb": "vote", "reporting": False},
                        ("Ostrians vote on Sunday.", 0)).reporting


def test_a_date_row_says_whether_its_verb_plans_an_act():
    # "a meeting that had been set for Kalvo on 12 June": the day may be the plan's
    from kit.timeline.events import _mention

    row = {"text": "12 June", "sentence_id": 0, "start_char": 41, "tense": "past", "cue": "",
           "verb": "set", "reporting": False}
    assert _mention(row, ("a meeting that had been set for Kalvo on 12 June", 0)).planning
    assert _mention({**row, "verb": "fijar"}, ("la cumbre que fijaron el 12 de junio", 0)).planning
    assert not _mention({**row, "verb": "open"}, ("the talks that had opened in Kalvo on 12 June", 0)).planning


def test_a_caption_s_present_keeps_the_nearest_weekday():
    # a caption the photo credit after it closes, or whose cue the parse split off
    check("Sunday", MON, D(2024, 1, 14), tense="present",
          sentence="Ostrians vote in Brennholm on Sunday.", caption=True)


@pytest.mark.parametrize(("sentences", "caption"), [
    (["Photo:", "Ostrians vote in Brennholm on Sunday.", "(A. Varn/The Ledger)"], True),
    (["Ostrians vote in Brennholm on Sunday.", "(Photo: A. Varn/The Ledger)"], True),
    (["The count is slow.", "Ostrians vote in Brennholm on Sunday.", "Turnout is high."], False),
])
def test_a_date_in_a_caption_is_read_as_one(sentences, caption):
    from kit.timeline.events import _in_a_caption

    lookup = {("a", i): (text, 0) for i, text in enumerate(sentences)}
    at = next(i for i, text in enumerate(sentences) if "Sunday" in text)
    assert _in_a_caption({"article_id": "a", "sentence_id": at, "text": "Sunday"}, lookup) is caption


@pytest.mark.parametrize("tense", ["past", "present", "future", None])
def test_weekday_of_the_publication_day_is_that_day(tense):
    check("Thursday", THU, THU, tense=tense)
    check("Friday", FRI, FRI, tense=tense)  # Friday in a Friday article


def test_last_friday_in_a_friday_article_is_a_week_earlier_but_friday_is_today():
    check("last Friday", FRI, D(2024, 1, 12))
    check("Friday", FRI, FRI, tense="past")


def test_last_next_and_this_weekday():
    check("last Friday", THU, D(2024, 1, 12))
    check("next Friday", THU, FRI)               # first Friday after publication
    check("next Thursday", THU, D(2024, 1, 25))  # never the publication day itself
    check("this Friday", THU, FRI)
    check("this Monday", THU, D(2024, 1, 15))    # same ISO week, even if past
    check("this past Monday", THU, D(2024, 1, 15))


def test_weekday_possessive_and_part_of_day():
    check("Friday’s", THU, FRI, tense="present")
    check("Tuesday night", THU, D(2024, 1, 16), tense="past")


def test_weekday_explanation_shows_the_reasoning():
    r = resolve("Friday", THU, tense="future")
    assert r.explanation.startswith(
        "'Friday', future tense, published Thu 2024-01-18 → Fri 2024-01-19")
    assert r.reason == r.explanation


def test_cue_in_the_sentence_gives_direction_when_tense_does_not():
    assert cue_before("talks since Monday", "Monday") == "since"
    r = check("Monday", THU, D(2024, 1, 15), tense="present", sentence="talks since Monday")
    assert "present tense, cue 'since', published" in r.explanation
    check("Monday", THU, D(2024, 1, 22), tense="present", sentence="a deal by Monday")


@pytest.mark.parametrize(("sentence", "cue", "day"), [
    ("la tregua rige hasta el lunes", "hasta el", D(2024, 1, 22)),
    ("la tregua rige a partir del lunes", "a partir del", D(2024, 1, 22)),
    ("la tregua rige desde el lunes", "desde el", D(2024, 1, 15)),
])
def test_spanish_cues_give_direction_as_english_ones_do(sentence, cue, day):
    assert cue_before(sentence, "lunes") == cue
    check("lunes", THU, day, tense="present", sentence=sentence)


# ---- deictic days --------------------------------------------------------------------------


@pytest.mark.parametrize("word, offset", [
    ("today", 0), ("tonight", 0), ("this morning", 0), ("yesterday", -1), ("last night", -1),
    ("tomorrow", 1), ("yesterday morning", -1),
    ("early yesterday", -1), ("late today", 0), ("early tomorrow", 1),  # a part of the day it names
    ("overnight", 0),  # a wire's "withdrew overnight": the night that ends on the day it files
])
def test_today_yesterday_tomorrow(word, offset):
    check(word, THU, THU + dt.timedelta(days=offset))


# ---- month and day without a year ----------------------------------------------------------


def test_december_date_in_a_january_article_is_last_december():
    check("Dec. 27", THU, D(2023, 12, 27), tense="past")
    check("Dec. 27", THU, D(2023, 12, 27))        # no tense: nearest
    check("December 27", THU, D(2023, 12, 27))


def test_year_boundary_january_date_in_a_december_article_is_next_january():
    check("Jan. 3", D(2023, 12, 30), D(2024, 1, 3))
    check("Jan. 3", D(2023, 12, 30), D(2024, 1, 3), tense="future")


def test_month_day_is_the_nearest_and_the_tense_breaks_near_ties():
    # more: tests/timeline/test_resolve_year_less.py
    check("Sept. 5", THU, D(2024, 9, 5), tense="future")  # its occurrence is in the publication year
    check("Feb. 3", THU, D(2024, 2, 3), tense="past")     # 16 days away, not 349
    check("Feb. 3", THU, D(2024, 2, 3))           # nearest


def test_month_day_with_a_weekday_checks_it():
    check("Friday, Jan. 19", THU, FRI)
    r = check("Friday, Jan. 20, 2024", None, D(2024, 1, 20))
    assert "not a Friday" in r.explanation


def test_impossible_month_day_is_unresolved():
    r = resolve("Feb. 30", THU)
    assert not r.resolved and "no calendar date" in r.explanation


def test_month_day_ranges():
    check("Dec. 27-28", THU, D(2023, 12, 27), D(2023, 12, 28), "range")
    check("Dec. 30 to Jan. 3", THU, D(2023, 12, 30), D(2024, 1, 3), "range")
    check("Jan. 3-5, 2024", None, D(2024, 1, 3), D(2024, 1, 5), "range")


# ---- spans around the publication date -------------------------------------------------------


def test_earlier_and_later_this_month_are_the_month():
    check("earlier this month", THU, D(2024, 1, 1), D(2024, 1, 31), "month")
    check("Earlier this month", THU, D(2024, 1, 1), D(2024, 1, 31), "month")
    check("later this month", THU, D(2024, 1, 1), D(2024, 1, 31), "month")
    check("earlier this year", THU, D(2024, 1, 1), D(2024, 12, 31), "year")


def test_earlier_this_month_on_the_first_is_empty_and_says_so():
    r = resolve("earlier this month", D(2024, 2, 1))
    assert not r.resolved and "empty span" in r.explanation


@pytest.mark.parametrize("expression, start, end", [
    ("this week", D(2024, 1, 15), D(2024, 1, 21)),
    ("last week", D(2024, 1, 8), D(2024, 1, 14)),
    ("next week", D(2024, 1, 22), D(2024, 1, 28)),
])
def test_iso_weeks_run_monday_to_sunday(expression, start, end):
    check(expression, THU, start, end, "week")


def test_this_last_next_month_and_year():
    check("this month", THU, D(2024, 1, 1), D(2024, 1, 31), "month")
    check("next month", THU, D(2024, 2, 1), D(2024, 2, 29), "month")
    check("last month", D(2024, 1, 17), D(2023, 12, 1), D(2023, 12, 31), "month")
    check("last year", THU, D(2023, 1, 1), D(2023, 12, 31), "year")
    check("the year", THU, D(2024, 1, 1), D(2024, 12, 31), "year")


def test_the_next_year_is_a_range_starting_at_publication():
    check("the next year", THU, THU, D(2025, 1, 17), "range")
    check("over the next year", THU, THU, D(2025, 1, 17), "range")
    check("the past two weeks", THU, D(2024, 1, 5), THU, "range")


def test_counting_back():
    check("three days ago", THU, D(2024, 1, 15))
    check("two weeks ago", THU, D(2024, 1, 1), D(2024, 1, 7), "week")
    check("a year ago", THU, D(2023, 1, 1), D(2023, 1, 31), "month")  # that month, not all of 2023
    check("hace un año", THU, D(2023, 1, 1), D(2023, 1, 31), "month")  # Spanish reads the same
    check("nearly two years ago", THU, D(2022, 1, 1), D(2022, 12, 31), "year")  # hedged: no month
    check("about a year ago", THU, D(2023, 1, 1), D(2023, 12, 31), "year")
    check("around a year ago", THU, D(2023, 1, 1), D(2023, 12, 31), "year")  # a hedge of date_hedges
    check("five months ago", THU, D(2023, 8, 1), D(2023, 8, 31), "month")
    check("two decades ago", THU, D(2004, 1, 1), D(2004, 12, 31), "year")


def test_one_week_ago_is_the_same_weekday_a_week_before():
    check("a week ago", THU, D(2024, 1, 11))
    check("hace una semana", THU, D(2024, 1, 11))  # Spanish reads the same
    check("nearly a week ago", THU, D(2024, 1, 8), D(2024, 1, 14), "week")  # hedged: the week


def test_a_count_back_after_over_is_hedged():
    check("over a week ago", THU, D(2024, 1, 8), D(2024, 1, 14), "week")  # more than a week
    check("a week ago", THU, D(2024, 1, 8), D(2024, 1, 14), "week",
          sentence="Talks stalled over a week ago.")  # the hedge left outside the date
    check("over a year ago", THU, D(2023, 1, 1), D(2023, 12, 31), "year")  # no month
    check("a week ago", THU, D(2024, 1, 11), sentence="Talks stalled a week ago.")


def test_weekends():
    check("this weekend", THU, D(2024, 1, 20), D(2024, 1, 21), "range")
    check("the weekend", THU, D(2024, 1, 13), D(2024, 1, 14), "range", tense="past")
    # "rebels shelled the town this weekend" in a Thursday paper: the weekend just gone
    check("this weekend", THU, D(2024, 1, 13), D(2024, 1, 14), "range", tense="past")
    check("this weekend", D(2024, 1, 21), D(2024, 1, 20), D(2024, 1, 21), "range", tense="past")


# ---- parts of a period ---------------------------------------------------------------------


def test_beginning_and_end_of_the_year():
    check("the beginning of the year", THU, D(2024, 1, 1), D(2024, 1, 10), "range")
    check("the start of the year", THU, D(2024, 1, 1), D(2024, 1, 10), "range")
    check("the end of last year", THU, D(2023, 12, 21), D(2023, 12, 31), "range")


@pytest.mark.parametrize("expression, start, end", [
    ("early January", D(2024, 1, 1), D(2024, 1, 31)),
    ("mid-January", D(2024, 1, 1), D(2024, 1, 31)),
    ("late January", D(2024, 1, 1), D(2024, 1, 31)),
    ("the end of the month", D(2024, 1, 1), D(2024, 1, 31)),
])
def test_early_mid_late_month_is_the_month(expression, start, end):
    assert "the month itself" in check(expression, THU, start, end, "month").explanation


def test_early_mid_late_year_are_thirds():
    check("early 2024", None, D(2024, 1, 1), D(2024, 4, 30), "range")
    check("mid-2024", None, D(2024, 5, 1), D(2024, 8, 31), "range")
    check("late last year", THU, D(2023, 9, 1), D(2023, 12, 31), "range")


# ---- months and seasons --------------------------------------------------------------------


def test_month_alone_is_the_nearest_unless_the_tense_points_into_the_publication_year():
    check("November", THU, D(2023, 11, 1), D(2023, 11, 30), "month")  # 49 days back, not 288 ahead
    check("November’s", THU, D(2024, 11, 1), D(2024, 11, 30), "month", tense="future",
          sentence="heading into November’s presidential election")
    check("November", THU, D(2023, 11, 1), D(2023, 11, 30), "month", tense="past")
    check("January", D(2024, 11, 5), D(2025, 1, 1), D(2025, 1, 31), "month", tense="future")
    check("last November", THU, D(2023, 11, 1), D(2023, 11, 30), "month")


@pytest.mark.parametrize("expression, start, end", [
    ("this summer", D(2024, 6, 1), D(2024, 8, 31)),
    ("last fall", D(2023, 9, 1), D(2023, 11, 30)),
    ("this winter", D(2023, 12, 1), D(2024, 2, 29)),   # the one we are in
    ("next winter", D(2024, 12, 1), D(2025, 2, 28)),
    ("last summer", D(2023, 6, 1), D(2023, 8, 31)),
])
def test_seasons(expression, start, end):
    check(expression, THU, start, end, "season")


def test_season_without_modifier_follows_the_tense():
    check("the summer", THU, D(2023, 6, 1), D(2023, 8, 31), "season", tense="past")
    check("summer", THU, D(2024, 6, 1), D(2024, 8, 31), "season", tense="future")


# ---- explicit dates need no publication date -------------------------------------------------


@pytest.mark.parametrize("expression, start, end, granularity", [
    ("Jan. 19, 2024", FRI, FRI, "day"),
    ("January 19, 2024", FRI, FRI, "day"),
    ("19 January 2024", FRI, FRI, "day"),
    ("2024-01-19", FRI, FRI, "day"),
    ("1/19/2024", FRI, FRI, "day"),                 # via dateparser
    ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("January 2024", D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("summer 2023", D(2023, 6, 1), D(2023, 8, 31), "season"),
    ("the 1990s", D(1990, 1, 1), D(1999, 12, 31), "range"),
    ("2023-24", D(2023, 1, 1), D(2024, 12, 31), "range"),
])
def test_explicit_dates_resolve_without_an_anchor(expression, start, end, granularity):
    r = check(expression, None, start, end, granularity)
    assert "explicit date" in r.explanation


# ---- not points in time -------------------------------------------------------------------


@pytest.mark.parametrize("expression, reason", [
    ("every year", "frequency"), ("annually", "frequency"),
    ("two years old", "age"), ("64-year-old", "age"),
    ("two years", "duration"), ("six hours", "duration"), ("24 hours", "duration"),
    ("decades", "vague"), ("recent weeks", "vague"), ("the coming weeks", "vague"),
    ("10 a.m.", "time of day"), ("fiscal 2024", "fiscal"),
])
def test_durations_ages_frequencies_stay_unresolved_with_a_reason(expression, reason):
    r = resolve(expression, THU)
    assert not r.resolved and r.start is None and r.granularity is None
    assert reason in r.explanation


def test_without_publication_date_relative_expressions_are_not_guessed():
    for expression in ["Friday", "Dec. 27", "earlier this month", "November", "this week",
                       "tomorrow"]:
        r = resolve(expression, None, tense="future")
        assert not r.resolved and r.anchor is None
        assert "no publication date" in r.explanation


def test_unknown_expression_is_unresolved_and_says_what_kit_knows():
    r = resolve("the Year of the Dragon", THU)
    assert not r.resolved and "no rule" in r.explanation


def test_bad_tense_names_the_valid_options():
    with pytest.raises(ValueError, match="past"):
        resolve("Friday", THU, tense="perfect")


def test_resolution_is_frozen_and_granularities_are_documented():
    r = resolve("Friday", THU)
    with pytest.raises(AttributeError):
        r.start = None  # type: ignore[misc]
    assert r.granularity in GRANULARITIES


def test_temporal_does_not_import_spacy():
    code = "import sys, kit.timeline.resolve; sys.exit(1 if 'spacy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
