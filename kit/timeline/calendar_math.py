"""Date arithmetic and formatting for :mod:`kit.timeline.resolve` (pure Python, no spaCy).

Months, ISO weeks (Mon–Sun) and years as inclusive intervals, shifting a date by
whole units, choosing among candidate dates by direction, and the day/span
labels used in :class:`kit.timeline.resolve.Resolution` explanations.
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["Unresolved", "format_day", "format_span", "month_end", "add_months", "iso_week",
           "period", "shift", "pick"]


class Unresolved(Exception):
    """Raised by a rule that recognises an expression but cannot date it."""


# ---- formatting ------------------------------------------------------------------------------


def format_day(d: dt.date) -> str:
    """``Fri 2024-01-19``: weekday abbreviation and ISO date."""
    return f"{d:%a} {d.isoformat()}"


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

