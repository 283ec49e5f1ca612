"""Date arithmetic and formatting for :mod:`kit.timeline.resolve` (pure Python, no spaCy).

Months, ISO weeks (Mon–Sun) and years as inclusive intervals, shifting a date by
whole units, choosing among candidate dates (by direction for weekdays, the
nearest occurrence for dates without a year), and the day/span labels used in
:class:`kit.timeline.resolve.Resolution` explanations.
"""

from __future__ import annotations

import calendar
import datetime as dt

from kit.lexicon.wordlists import numbers

__all__ = ["Unresolved", "format_day", "format_span", "iso_span", "month_end", "add_months", "iso_week",
           "period", "shift", "pick", "nearest", "distance", "NEAR_TIE_DAYS", "COARSE_DAYS", "EVEN_DAYS", "number"]

NEAR_TIE_DAYS = 60
"""A tense (or cue) that points away from the nearest occurrence of a year-less date
wins when its own occurrence is at most this many days further from publication."""
COARSE_DAYS = 28
"""A year-less span at least this long (a month, a season) goes where the tense of its own
verb points, however far, unless a cue points the other way: "began in December" in a
September paper is last December; "the fighting in February" (a noun's date) and "since
February" in a future sentence keep the near-tie rule. A day keeps the near-tie rule
unless its verb's act took place on it ("began on May 15": :attr:`kit.timeline.ctx.Ctx.act_day`;
measured on the gold corpora: a decisive tense on every day lost day recall on four
corpora, on months it gained month recall on four and lost none)."""
EVEN_DAYS = 14
"""With no tense or cue, two occurrences whose distances from publication differ by at
most this many days are a tie, broken by the publication year (AP style)."""


class Unresolved(Exception):
    """Raised by a rule that recognises an expression but cannot date it."""


def number(text: str) -> int:
    """``"12"`` or a number word of a time expression ("two days", "a week": the
    ``duration_numbers`` of ``kit/lexicon/data/number_words.csv``) as an int."""
    return int(text) if text.isdigit() else numbers("duration_numbers")[text]


# ---- formatting ------------------------------------------------------------------------------


def format_day(d: dt.date) -> str:
    """``Fri 2024-01-19``: weekday abbreviation and ISO date."""
    return f"{d:%a} {d.isoformat()}"


def ordinal(d: dt.date | None) -> int:
    """The day number of ``d`` for sorting, a missing date last.

    >>> ordinal(None) > ordinal(dt.date(2024, 1, 1))
    True
    """
    return d.toordinal() if d is not None else dt.date.max.toordinal()


def iso_span(start: dt.date, end: dt.date) -> str:
    """A day as ISO, a longer interval as ``start..end``: how the events table writes dates.

    >>> iso_span(dt.date(2024, 1, 5), dt.date(2024, 1, 5)), iso_span(dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    ('2024-01-05', '2024-01-01..2024-01-31')
    """
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def format_span(start: dt.date, end: dt.date) -> str:
    """One day as :func:`format_day`, a longer interval as ``start..end`` (ISO)."""
    return format_day(start) if start == end else f"{start.isoformat()}..{end.isoformat()}"


# ---- date arithmetic -------------------------------------------------------------------------


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` in ``year``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months, the day clipped to the month's end."""
    y, m = divmod(d.month - 1 + n, 12)
    last = month_end(d.year + y, m + 1).day
    return d.replace(year=d.year + y, month=m + 1, day=min(d.day, last))


def iso_week(d: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week containing ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def period(unit: str, a: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    """The ISO week, month or year containing ``a``, shifted by ``offset`` of them."""
    if unit == "week":
        return iso_week(a + dt.timedelta(weeks=offset))
    if unit == "month":
        first = add_months(a.replace(day=1), offset)
        return first, month_end(first.year, first.month)
    return dt.date(a.year + offset, 1, 1), dt.date(a.year + offset, 12, 31)


def shift(a: dt.date, n: int, unit: str) -> dt.date:
    """``a`` moved by ``n`` days, weeks, months, years or decades."""
    if unit in ("day", "week"):
        return a + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return add_months(a, n * {"month": 1, "year": 12, "decade": 120}[unit])


def pick(candidates: list[dt.date], anchor: dt.date, direction: str | None) -> tuple[dt.date, str]:
    """Choose among dated candidates by direction: past, future or nearest."""
    if direction == "past":
        chosen = [c for c in candidates if c <= anchor][-1:]
        note = "latest on or before publication"
    elif direction == "future":
        chosen, note = [c for c in candidates if c >= anchor][:1], "next on or after publication"
    else:
        chosen = [min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))]
        note = "nearest to publication"
    if not chosen:
        raise Unresolved(f"no such date {direction}-wards within a year of publication")
    return chosen[0], note



def distance(span: tuple[dt.date, dt.date], anchor: dt.date) -> int:
    """Days from ``anchor`` to the nearest day of ``span`` (0 if it holds ``anchor``)."""
    start, end = span
    return max((start - anchor).days, (anchor - end).days, 0)


def _side(span: tuple[dt.date, dt.date], anchor: dt.date, direction: str) -> bool:
    """Whether ``span`` lies where ``direction`` points (touching publication counts)."""
    return span[0] <= anchor if direction == "past" else span[1] >= anchor


def nearest(candidates: list[tuple[dt.date, dt.date]], anchor: dt.date,
            direction: str | None, decisive: bool = False,
            year_rule: bool = True) -> tuple[tuple[dt.date, dt.date], str]:
    """The occurrence of a year-less date ("April 9", "in February") to read, and why.

    The nearest occurrence to ``anchor`` wins (HeidelTime's rule). A direction
    (``"past"``/``"future"``, from the tense or a cue) that points away from it
    wins only when its own occurrence is a near-tie (at most
    :data:`NEAR_TIE_DAYS` further), lies in the publication year (AP style: a
    date printed without a year is in the current year; not with ``year_rule``
    false: a cue points against the tense), or is a month or
    longer (:data:`COARSE_DAYS`) and the direction ``decisive`` (the tense of the
    date's own verb, no cue against it), or is one day and ``decisive`` (the caller
    passes it for a day only when the verb's act took place on it, "began on May 15":
    :attr:`kit.timeline.ctx.Ctx.act_day`; not when the nearest day is at most
    :data:`EVEN_DAYS` away: a tense is misread more often than a paper names a day a
    year off within two weeks of its own). With no direction, a
    tie within :data:`EVEN_DAYS` goes to the publication year.

    Examples
    --------
    >>> aug = dt.date(2022, 8, 1)
    >>> feb = [(dt.date(y, 2, 1), dt.date(y, 2, 28)) for y in (2022, 2023)]
    >>> nearest(feb, aug, None)[0][0]
    datetime.date(2022, 2, 1)
    >>> nearest(feb, aug, "future")[0][0]  # 30 days further: a near-tie, the tense breaks it
    datetime.date(2023, 2, 1)
    """
    ranked = sorted(candidates, key=lambda c: (distance(c, anchor), c[0].year != anchor.year))
    best, gap = ranked[0], distance(ranked[0], anchor)
    if direction is None or _side(best, anchor, direction):
        even = [c for c in ranked[1:2] if distance(c, anchor) - gap <= EVEN_DAYS]
        if direction is None and even and best[0].year != anchor.year == even[0][0].year:
            return even[0], (f"no year given: as near as the nearest ({distance(even[0], anchor)} "
                             f"vs {gap} days), so the publication year's")
        return best, f"no year given: nearest to publication ({gap} days)"
    sided = [c for c in ranked if _side(c, anchor, direction)]
    if sided:
        alt, extra = sided[0], distance(sided[0], anchor) - gap
        day = alt[0] == alt[1]
        # a day at most EVEN_DAYS from publication is never read a year off, whatever the
        # tense: "summoned them to talks to open on Feb. 6" in a January 29 paper is next week
        settled = decisive and (day and gap > EVEN_DAYS or not day and (alt[1] - alt[0]).days + 1 >= COARSE_DAYS)
        if extra <= NEAR_TIE_DAYS or year_rule and alt[0].year == anchor.year or settled:
            why = (f"within {NEAR_TIE_DAYS} days" if extra <= NEAR_TIE_DAYS else
                   "publication year" if year_rule and alt[0].year == anchor.year else
                   "the day of its verb's act" if day else "a month or more")
            return alt, (f"no year given: pointing {direction}, the {direction} one "
                         f"({distance(alt, anchor)} vs {gap} days; {why})")
    why = "in another year" if year_rule else "a cue pointing the other way"
    return best, (f"no year given: nearest to publication ({gap} days), not the {direction} "
                  f"one the tense or cue points to, which is further ({why})")
