"""Dates that carry their year, and the calendar words every rule shares.

The handlers of :mod:`kit.timeline.rules` for explicit dates ("Jan. 19, 2024",
"mid-March 2023", "the 1990s", numeric "06/10/2024"), which need no publication
date, and the helpers the relative rules share with them: month and weekday
names (data: :func:`kit.lexicon.calendar.month_numbers`, ``weekday_numbers``), a
checked calendar date, parts of a year, seasons (data:
:func:`kit.lexicon.wordlists.seasons`).
"""

from __future__ import annotations

import datetime as dt
import re

from kit.lexicon.calendar import calendar_names, month_numbers, weekday_numbers
from kit.lexicon.wordlists import seasons
from kit.timeline.calendar_math import Unresolved, add_months, month_end
from kit.timeline.ctx import Ctx, Span

SEASON_NOTE = "meteorological seasons, northern hemisphere"


def calendar_date(year: int, month: int, day: int) -> dt.date:
    """``dt.date``, or :class:`Unresolved` saying why there is no such day ("Feb. 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise Unresolved(f"not a calendar date ({exc})") from exc


def year_part(part: str, year: int) -> tuple[dt.date, dt.date, str]:
    """A part of a year as days: beginning Jan 1–10, end Dec 21–31, else a third of it."""
    if part in ("beginning", "start"):
        return dt.date(year, 1, 1), dt.date(year, 1, 10), "beginning of the year = Jan 1–10"
    if part == "end":
        return dt.date(year, 12, 21), dt.date(year, 12, 31), "end of the year = Dec 21–31"
    first = {"early": 1, "mid": 5, "middle": 5}.get(part, 9)
    note = "year thirds: Jan–Apr, May–Aug, Sep–Dec"
    return dt.date(year, first, 1), month_end(year, first + 3), note


def part_note(part: str, unit: str) -> str:
    """A part of a month or week resolves to the whole period (TimeML: the value with a mod)."""
    return f"'{part}' of the {unit}: the {unit} itself (the part is not narrowed to days)"


def season_dates(season: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a (meteorological) season that starts in ``year``."""
    start = dt.date(year, seasons()[season], 1)
    return start, add_months(start, 3) - dt.timedelta(days=1)


def explicit(m: re.Match[str], ctx: Ctx) -> Span:
    """Every form with a year: day, month, season, part of year or month, decade, ranges."""
    g = {k: v for k, v in m.groupdict().items() if v}
    if "iso" in g:
        d = dt.date.fromisoformat(g["iso"])
        return d, d, "day", ""
    if "decade" in g:
        y = int(g["decade"])
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "range", "a decade"
    y = int(g["year"])
    if "year2" in g:
        y2 = int(g["year2"]) if len(g["year2"]) == 4 else y // 100 * 100 + int(g["year2"])
        return dt.date(y, 1, 1), dt.date(y2, 12, 31), "range", ""
    if "season" in g:
        return (*season_dates(g["season"], y), "season", SEASON_NOTE)
    if "month" not in g:
        if "part" in g:
            return part_span(year_part(g["part"], y))
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", ""
    month = month_numbers()[g["month"]]
    if "day" in g:
        d = calendar_date(y, month, int(g["day"]))
        return d, d, "day", weekday_check(g.get("wd"), d)
    note = part_note(g["part"], "month") if "part" in g else ""
    return dt.date(y, month, 1), month_end(y, month), "month", note


def explicit_range(m: re.Match[str], ctx: Ctx) -> Span:
    """ "Jan. 3-5, 2024", "Dec. 30 to Jan. 3, 2024": a range of days with a year."""
    y, month = int(m["year"]), month_numbers()[m["month"]]
    month2 = month_numbers()[m["month2"]] if m["month2"] else month
    start = calendar_date(y, month, int(m["day"]))
    return start, calendar_date(y + (month2 < month), month2, int(m["day2"])), "range", ""


def numeric(m: re.Match[str], ctx: Ctx) -> Span:
    """``06/10/2024``: day or month first by the article's convention (``ctx.day_first``)."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    year = y if y >= 100 else (2000 + y if y < 50 else 1900 + y)
    if a > 12 or b > 12:
        day_first, note = a > 12, "the part above 12 is the day"
    elif ctx.day_first is None:
        day_first, note = False, "month first: no numeric date in the article has a part above 12"
    else:
        day_first = ctx.day_first
        note = ("day first, as another numeric date in the article shows" if day_first
                else "month first, as another numeric date in the article shows")
    d = calendar_date(year, b, a) if day_first else calendar_date(year, a, b)
    return d, d, "day", note


def part_span(part: tuple[dt.date, dt.date, str]) -> Span:
    """A part of a year (:func:`year_part`) as a rule's range."""
    return part[0], part[1], "range", part[2]


def weekday_check(wd: str | None, d: dt.date) -> str:
    """A note when the weekday printed with a date is not that date's."""
    if wd and (day := weekday_numbers()[wd]) != d.weekday():
        return f"note: {d:%d %b} is a {d:%A}, not a {calendar_names('weekday')[day]}"
    return ""
