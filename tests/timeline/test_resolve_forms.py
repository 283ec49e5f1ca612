"""kit.timeline.resolve: forms added for real coverage, one expression and a publication date each."""

from __future__ import annotations

import datetime as dt

import pytest

from kit.timeline.resolve import resolve

D = dt.date
WED = D(2024, 6, 5)


def check(expression: str, published: dt.date | None, start: dt.date, end: dt.date | None = None,
          granularity: str = "day", **kw) -> str:
    r = resolve(expression, published, **kw)
    assert r.resolved, r.explanation
    assert (r.start, r.end, r.granularity) == (start, end or start, granularity), r.explanation
    return r.explanation


# ---- parts of a month or week are the month or week ----------------------------------------


@pytest.mark.parametrize("expression, published, start, end, granularity", [
    ("late October", D(2022, 11, 17), D(2022, 10, 1), D(2022, 10, 31), "month"),
    ("mid-October", D(2015, 7, 21), D(2015, 10, 1), D(2015, 10, 31), "month"),
    ("the end of January", D(2024, 1, 18), D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("late last month", D(2019, 7, 9), D(2019, 6, 1), D(2019, 6, 30), "month"),
    ("early next week", WED, D(2024, 6, 10), D(2024, 6, 16), "week"),
    ("the end of this week", WED, D(2024, 6, 3), D(2024, 6, 9), "week"),
    ("Earlier this week", D(2016, 10, 8), D(2016, 10, 3), D(2016, 10, 9), "week"),
    ("later this week", D(2015, 7, 21), D(2015, 7, 20), D(2015, 7, 26), "week"),
    ("earlier in the week", D(2015, 7, 11), D(2015, 7, 6), D(2015, 7, 12), "week"),
    ("earlier this month", D(2019, 2, 26), D(2019, 2, 1), D(2019, 2, 28), "month"),
    ("mid-March 2023", None, D(2023, 3, 1), D(2023, 3, 31), "month"),
])
def test_a_part_of_a_month_or_week_is_that_month_or_week(expression, published, start, end,
                                                          granularity):
    explanation = check(expression, published, start, end, granularity)
    assert "itself" in explanation  # the part is named, not dropped silently


def test_parts_of_a_year_stay_thirds():
    check("early 2024", None, D(2024, 1, 1), D(2024, 4, 30), "range")


# ---- weekdays with more words ---------------------------------------------------------------


def test_early_or_late_weekday_is_that_weekday():
    sun = D(2022, 10, 30)
    assert "part of the day" in check("early Saturday", sun, D(2022, 10, 29), tense="past")
    check("early Saturday morning", sun, D(2022, 10, 29), tense="past")
    check("late Friday", sun, D(2022, 10, 28), tense="past")


def test_deictic_with_a_weekday():
    sun = D(2024, 6, 9)
    check("tomorrow, Monday", sun, D(2024, 6, 10))
    check("today, Sunday", sun, sun)
    assert "not a Tuesday" in check("tomorrow, Tuesday", sun, D(2024, 6, 10))


def test_weekday_and_date_without_a_year():
    check("Monday, June 10", D(2024, 6, 5), D(2024, 6, 10))


# ---- spans around a date ----------------------------------------------------------------------


def test_the_ten_days_ending_a_date():
    check("the ten days ending May 5", D(2024, 5, 10), D(2024, 4, 26), D(2024, 5, 5), "range")
    check("the two weeks from June 3", WED, D(2024, 6, 3), D(2024, 6, 16), "range")


def test_between_now_and_a_month():
    check("between now and June", D(2015, 4, 3), D(2015, 4, 3), D(2015, 6, 30), "range")
    assert not resolve("between now and March", D(2015, 4, 3), tense="past").resolved


def test_plural_chains_are_vague():
    r = resolve("the previous months", D(2016, 1, 17))
    assert not r.resolved and "vague" in r.explanation


def test_the_first_weeks_of_a_month():
    check("the first two weeks of June", D(2024, 5, 10), D(2024, 6, 1), D(2024, 6, 14), "range")
    check("the last week of June", D(2024, 5, 10), D(2024, 6, 24), D(2024, 6, 30), "range")
    check("the first day of June", D(2024, 5, 10), D(2024, 6, 1))
    r = resolve("the first week of Friday", WED)
    assert not r.resolved and "not made of weeks" in r.explanation


def test_a_date_named_by_a_noun():
    check("the July 7 date", D(2015, 7, 11), D(2015, 7, 7), tense="past")
    check("March 10 date", D(2020, 3, 2), D(2020, 3, 10))
    check("the June 30 deadline", D(2015, 6, 1), D(2015, 6, 30))


def test_a_count_from_a_date_it_holds():
    check("two days after May 5", D(2024, 5, 10), D(2024, 5, 7))
    check("a week before June 20", WED, D(2024, 6, 10), D(2024, 6, 16), "week")


# ---- words around a date ------------------------------------------------------------------------


@pytest.mark.parametrize("expression, start, end, granularity, left_out", [
    ("as early as next week", D(2015, 7, 20), D(2015, 7, 26), "week", "'as early as' left out"),
    ("only this month", D(2020, 9, 1), D(2020, 9, 30), "month", "'only' left out"),
])
def test_a_hedge_before_a_date_is_left_out_and_said(expression, start, end, granularity, left_out):
    published = D(2015, 7, 15) if "week" in expression else D(2020, 9, 13)
    assert left_out in check(expression, published, start, end, granularity)


def test_a_run_on_span_is_cut_at_the_clause():
    explanation = check("March 4 after a two-week closure", D(2024, 3, 10), D(2024, 3, 4))
    assert "'after a two-week closure' left out" in explanation
    explanation = check("May 27, a day", D(2018, 6, 11), D(2018, 5, 27))  # "..., a day that helped"
    assert "'a day' left out" in explanation


def test_a_date_in_parentheses_is_read_from_them():
    explanation = check("this Monday (06/10/2024)", D(2024, 6, 10), D(2024, 6, 10))
    assert "from the parentheses; 'this monday' left out (it gives Mon 2024-06-10)" in explanation


def test_a_comparison_is_not_a_date():
    r = resolve("six months later", D(2020, 9, 13), references=[],
                sentence="opening peace talks six months later than planned")
    assert not r.resolved and "comparison" in r.explanation


# ---- numeric dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("expression, day_first, expected, says", [
    ("06/10/2024", None, D(2024, 6, 10), "no numeric date in the article has a part above 12"),
    ("06/10/2024", True, D(2024, 10, 6), "day first"),
    ("06/10/2024", False, D(2024, 6, 10), "month first"),
    ("25/06/2024", None, D(2024, 6, 25), "above 12"),
    ("6.10.24", True, D(2024, 10, 6), "day first"),
])
def test_numeric_dates_follow_the_article(expression, day_first, expected, says):
    r = resolve(expression, None, day_first=day_first)
    assert r.start == expected and says in r.explanation
    assert "explicit date" in r.explanation


def test_an_impossible_numeric_date_is_unresolved():
    assert not resolve("13/13/2024", None).resolved


def test_years_ago_today_is_that_day():
    sentence = "The war began two years ago today, when troops moved in."
    check("two years ago", D(2022, 11, 4), D(2020, 11, 4), sentence=sentence)
    check("two years ago", D(2022, 11, 4), D(2020, 11, 1), D(2020, 11, 30), "month",
          sentence="The war began two years ago, when troops moved in.")  # without "today": the month


@pytest.mark.parametrize("expression", ["yesterday 2021", "2 days ago 2020"])
def test_the_fallback_reads_explicit_dates_only_never_against_today(expression):
    """dateparser's relative parser would read these against the wall clock: the same
    article would give another date every day."""
    r = resolve(expression, D(2021, 3, 4))
    assert not (r.resolved and r.start is not None and r.start.year > 2021), r.explanation


@pytest.mark.parametrize("expression, tense, day", [
    ("00:00 on Feb. 15", "future", D(2015, 2, 15)),  # a clock time before the date: the date
    ("midnight on Sunday", "future", D(2015, 2, 15)),
    ("9 a.m. on Tuesday", "past", D(2015, 2, 10)),
    ("12:30 p.m. Monday", "past", D(2015, 2, 9)),
])
def test_a_clock_time_before_a_date_is_left_out(expression, tense, day):
    r = resolve(expression, D(2015, 2, 12), tense=tense)
    assert (r.start, r.end) == (day, day)


@pytest.mark.parametrize("expression", ["9 a.m.", "noon", "00:00"])
def test_a_clock_time_alone_dates_nothing(expression):
    assert resolve(expression, D(2015, 2, 12), tense="past").start is None


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    # published Wednesday 9 October 2030: the Friday that is the 18th, not the Friday of this week
    assert check("Friday 18", D(2030, 10, 9), D(2030, 10, 18))
    assert check("Friday the 18th", D(2030, 10, 9), D(2030, 10, 18))
    assert check("last Monday 30", D(2030, 10, 9), D(2030, 9, 30))  # the month before


def test_a_number_that_is_no_such_day_leaves_the_weekday_alone():
    # no Friday near publication is a 19th: "Friday 19 soldiers ..." dates the Friday
    assert "the weekday alone" in check("Friday 19", D(2030, 10, 9), D(2030, 10, 11))


@pytest.mark.parametrize("expression, published, tense, day", [
    ("the June 27", D(2011, 9, 12), "past", D(2011, 6, 27)),
    ("the Oct. 4", D(2011, 9, 12), "future", D(2011, 10, 4)),
    ("the June 27, 2011", None, None, D(2011, 6, 27)),
])
def test_a_month_day_after_the_article_is_that_day(expression, published, tense, day):
    """ "the June 27 vote": the article the entity took in before a month and a day."""
    check(expression, published, day, tense=tense)
