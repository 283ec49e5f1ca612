"""The rule table of :mod:`kit.timeline.resolve`: one pattern and one handler per form.

Each rule of :func:`rules` is ``(name, pattern, handler, needs anchor)``;
:func:`kit.timeline.resolve.resolve` tries them in order against the whole normalised expression and the first full
match decides. A handler returns ``(start, end, granularity, note)`` or raises
:class:`kit.timeline.calendar_math.Unresolved` with the reason. The conventions the
handlers follow are listed in :mod:`kit.timeline.resolve`'s docstring. Season names
and the month each starts in are data (:func:`kit.lexicon.wordlists.seasons`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import seasons
from kit.timeline.calendar_math import (
    Unresolved,
    add_months,
    iso_week,
    month_end,
    period,
    pick,
    shift,
)

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS |= {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3}
_WEEKDAYS |= {"fri": 4, "sat": 5, "sun": 6}
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBERS |= {"a": 1, "an": 1}

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
MONTH2 = rf"(?P<month2>{_MONTH_NAMES})\.?"
WEEKDAY = r"(?P<wd>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
NUM = r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")"
UNIT = r"(?P<unit>day|week|month|year|decade)s?"
DUR_UNIT = r"(?:day|week|month|year|decade|hour|minute|second|century|centurie)s?"
PART = r"(?P<part>early|mid|middle|late|beginning|start|end)"

SEASON_NOTE = "meteorological seasons, northern hemisphere"


@dataclass(frozen=True)
class Ctx:
    """What a rule handler knows besides its match: the expression, anchor and direction."""

    expression: str
    text: str
    anchor: dt.date | None
    tense: str | None
    direction: str | None
    cue: str | None = None  # set when a cue word, not the tense, gave the direction


_Span = tuple[dt.date, dt.date, str, str]  # start, end, granularity, note
_Handler = Callable[[re.Match[str], "Ctx"], _Span]


def _num(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


# ---- rules -----------------------------------------------------------------------------------


def _unresolved(reason: str) -> _Handler:
    def handler(m: re.Match[str], ctx: Ctx) -> _Span:
        raise Unresolved(reason)
    return handler


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise Unresolved(f"not a calendar date ({exc})") from exc


def _year_part(part: str, year: int) -> tuple[dt.date, dt.date, str]:
    if part in ("beginning", "start"):
        return dt.date(year, 1, 1), dt.date(year, 1, 10), "beginning of the year = Jan 1–10"
    if part == "end":
        return dt.date(year, 12, 21), dt.date(year, 12, 31), "end of the year = Dec 21–31"
    first = {"early": 1, "mid": 5, "middle": 5}.get(part, 9)
    note = "year thirds: Jan–Apr, May–Aug, Sep–Dec"
    return dt.date(year, first, 1), month_end(year, first + 3), note


def _month_part(part: str, year: int, month: int) -> tuple[dt.date, dt.date, str]:
    note = "month parts: days 1–10, 11–20, 21–end"
    if part in ("early", "beginning", "start"):
        return dt.date(year, month, 1), dt.date(year, month, 10), note
    if part in ("mid", "middle"):
        return dt.date(year, month, 11), dt.date(year, month, 20), note
    return dt.date(year, month, 21), month_end(year, month), note


def _season_dates(season: str, year: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, seasons()[season], 1)
    return start, add_months(start, 3) - dt.timedelta(days=1)


def _explicit(m: re.Match[str], ctx: Ctx) -> _Span:
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
        return (*_season_dates(g["season"], y), "season", SEASON_NOTE)
    if "month" not in g:
        if "part" in g:
            return _part_span(_year_part(g["part"], y))
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", ""
    month = _MONTHS[g["month"]]
    if "day" in g:
        d = _date(y, month, int(g["day"]))
        return d, d, "day", _weekday_check(g.get("wd"), d)
    if "part" in g:
        return _part_span(_month_part(g["part"], y, month))
    return dt.date(y, month, 1), month_end(y, month), "month", ""


def _explicit_range(m: re.Match[str], ctx: Ctx) -> _Span:
    y, month = int(m["year"]), _MONTHS[m["month"]]
    month2 = _MONTHS[m["month2"]] if m["month2"] else month
    start = _date(y, month, int(m["day"]))
    return start, _date(y + (month2 < month), month2, int(m["day2"])), "range", ""


def _part_span(part: tuple[dt.date, dt.date, str]) -> _Span:
    return part[0], part[1], "range", part[2]


def _weekday_check(wd: str | None, d: dt.date) -> str:
    if wd and _WEEKDAYS[wd] != d.weekday():
        return f"note: {d:%d %b} is a {d:%A}, not a {calendar.day_name[_WEEKDAYS[wd]]}"
    return ""


def anchor_date(ctx: Ctx) -> dt.date:
    """The publication date of a rule that needs one (``resolve`` checked it is set)."""
    assert ctx.anchor is not None
    return ctx.anchor


def _deictic(m: re.Match[str], ctx: Ctx) -> _Span:
    word = m.group(0)
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, offset)
    d = anchor_date(ctx) + dt.timedelta(days=offset)
    return d, d, "day", ""


def _weekday(m: re.Match[str], ctx: Ctx) -> _Span:
    a, target, mod = anchor_date(ctx), _WEEKDAYS[m["wd"]], m["mod"]
    delta = (target - a.weekday()) % 7  # days forward to the next such weekday (0 = today)
    if mod == "last":
        d, note = a - dt.timedelta(days=7 - delta), "'last': latest before publication"
    elif mod in ("next", "coming"):
        d, note = a + dt.timedelta(days=delta or 7), f"'{mod}': first after publication"
    elif mod == "this":
        d, note = iso_week(a)[0] + dt.timedelta(days=target), "'this': same ISO week as publication"
    else:
        before, after = a + dt.timedelta(days=delta - 7), a + dt.timedelta(days=delta)
        d, note = pick([before, after], a, ctx.direction)
        note = "same day as publication" if d == a else note
    return d, d, "day", note


def _month_day(m: re.Match[str], ctx: Ctx) -> _Span:
    """Month and day without a year, or a range of them ("Dec. 27-28", "Dec. 30 to Jan. 3")."""
    a, month, day = anchor_date(ctx), _MONTHS[m["month"]], int(m["day"])
    candidates = []
    for year in (a.year - 1, a.year, a.year + 1):
        with suppress(Unresolved):
            candidates.append(_date(year, month, day))
    if not candidates:
        raise Unresolved(f"no calendar date {calendar.month_abbr[month]} {day}")
    d, note = pick(candidates, a, ctx.direction)
    if m.groupdict().get("day2"):
        month2 = _MONTHS[m["month2"]] if m["month2"] else month
        end = _date(d.year + (month2 < month), month2, int(m["day2"]))
        return d, end, "range", f"no year given: first day {note}"
    check = _weekday_check(m.groupdict().get("wd"), d)
    return d, d, "day", "; ".join(filter(None, [f"no year given: {note}", check]))


def _month(m: re.Match[str], ctx: Ctx) -> _Span:
    a, month, mod = anchor_date(ctx), _MONTHS[m["month"]], m["mod"]
    way = mod or {"past": "last", "future": "next"}.get(ctx.direction or "")
    if way == "last" and (mod or month > a.month):
        year = a.year if month < a.month else a.year - 1
        note = "latest such month before publication" if mod else "past tense: last year's"
    elif way in ("next", "coming") and (mod or month < a.month):
        year = a.year if month > a.month else a.year + 1
        note = "first such month after publication" if mod else "future tense: next year's"
    else:
        year, note = a.year, "month of the publication year"
    if m["part"]:
        start, end, part_note = _month_part(m["part"], year, month)
        return start, end, "range", f"{note}; {part_note}"
    return dt.date(year, month, 1), month_end(year, month), "month", note


def _ago(m: re.Match[str], ctx: Ctx) -> _Span:
    n, unit = _num(m["n"]), m["unit"]
    back = shift(anchor_date(ctx), -n, unit)
    note = f"{n} {unit}(s) before publication"
    if unit == "day":
        return back, back, "day", note
    start, end = period("year" if unit == "decade" else unit, back, 0)
    return start, end, "year" if unit == "decade" else unit, note


def _span(m: re.Match[str], ctx: Ctx) -> _Span:
    a, unit = anchor_date(ctx), m["unit"]
    if m["pl"] and not m["n"]:
        raise Unresolved("a vague span with no fixed length")
    n = _num(m["n"]) if m["n"] else 1
    if m["dir"] in ("past", "last"):
        start = shift(a, -n, unit) + dt.timedelta(days=1)
        return start, a, "range", f"the {n} {unit}(s) up to publication"
    end = shift(a, n, unit) - dt.timedelta(days=1)
    return a, end, "range", f"the {n} {unit}(s) from publication"


_OFFSETS = {"last": -1, "next": 1, "coming": 1, "this": 0, "the": 0, None: 0}


def _period_rule(m: re.Match[str], ctx: Ctx) -> _Span:
    """This/last/next week, month, year; their parts; earlier/later this ...; weekends."""
    a, g = anchor_date(ctx), m.groupdict()
    unit, mod = g["unit"], g.get("mod")
    first, last = period("week" if unit == "weekend" else unit, a, _OFFSETS[mod])
    if unit == "weekend":
        if mod in (None, "the") and ctx.direction == "past" and a.weekday() < 5:
            first -= dt.timedelta(weeks=1)
        saturday = first + dt.timedelta(days=5)
        return saturday, saturday + dt.timedelta(days=1), "range", "weekend: Sat–Sun"
    if g.get("when") == "earlier":
        note = f"start of the {unit} .. day before publication"
        return _nonempty(first, a - dt.timedelta(days=1), note)
    if g.get("when") == "later":
        note = f"day after publication .. end of the {unit}"
        return _nonempty(a + dt.timedelta(days=1), last, note)
    part = g.get("part")
    if part and unit == "week":
        i = 0 if part in ("beginning", "start", "early") else 2 if part in ("mid", "middle") else 4
        start = first + dt.timedelta(days=i)
        end = start + dt.timedelta(days=2 if i == 4 else 1)
        return start, end, "range", "week parts: Mon–Tue, Wed–Thu, Fri–Sun"
    if part:
        return _part_span(_year_part(part, first.year) if unit == "year"
                          else _month_part(part, first.year, first.month))
    note = f"'the {unit}' read as the publication's {unit}" if mod in (None, "the") else ""
    return first, last, unit, note or ("ISO week, Mon–Sun" if unit == "week" else "")


def _nonempty(start: dt.date, end: dt.date, note: str) -> _Span:
    if start > end:
        raise Unresolved("empty span: publication is at the edge of the period")
    return start, end, "range", note


def _season(m: re.Match[str], ctx: Ctx) -> _Span:
    a, season, mod = anchor_date(ctx), m["season"], m["mod"]
    occurrences = [_season_dates(season, y) for y in range(a.year - 2, a.year + 2)]
    current = [(s, e) for s, e in occurrences if s <= a <= e]
    if mod is None and ctx.direction is not None and not current:
        mod = "last" if ctx.direction == "past" else "next"
    if mod == "last":
        start, end = max((s, e) for s, e in occurrences if e < a)
    elif mod in ("next", "coming"):
        start, end = min((s, e) for s, e in occurrences if s > a)
    else:
        start, end = current[0] if current else next(o for o in occurrences if o[0].year == a.year)
    return start, end, "season", SEASON_NOTE


_MOD = r"(?:(?P<mod>last|next|this|coming) )?"
_UNIT3 = r"(?P<unit>week|month|year)"
_RANGE = rf"{MONTH} {DAY} ?(?:-|to|through|until) ?(?:{MONTH2} )?(?P<day2>\d{{1,2}})"


def _rule_table(season: str) -> list[tuple[str, str, _Handler, bool]]:
    """The rules in order; ``season`` is the regex group of season names."""
    return [
        # not points in time
        ("frequency", r"(?:every|each|per|once a|twice a)\b.*|annual|annually|daily|weekly|monthly|"
         r"yearly|quarterly", _unresolved("a frequency, not a point in time"), False),
        ("age", r".*\b(?:old|aged?)\b.*", _unresolved("an age, not a date"), False),
        ("time", r"(?:about |around |at )?(?:\d{1,2}(?::\d\d)? ?[ap]\.?m\.?.*|noon|midnight)",
         _unresolved("a time of day without a date"), False),
        ("fiscal", r".*\bfiscal\b.*", _unresolved("fiscal years differ by country"), False),
        # explicit: a year is given, no anchor needed
        ("explicit", rf"(?:{WEEKDAY},? )?{MONTH} {DAY},? {YEAR}", _explicit, False),
        ("explicit", rf"(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH},? {YEAR}", _explicit, False),
        ("explicit", r"(?P<iso>\d{4}-\d\d-\d\d)", _explicit, False),
        ("explicit", rf"{MONTH},? (?:of )?{YEAR}", _explicit, False),
        ("explicit", rf"(?:the )?{PART}[- ](?:of )?{MONTH},? {YEAR}", _explicit, False),
        ("explicit", rf"(?:the )?{season} (?:of )?{YEAR}", _explicit, False),
        ("explicit", rf"(?:the )?{PART}[- ](?:of )?{YEAR}", _explicit, False),
        ("explicit", rf"(?:the )?(?:calendar )?(?:year )?{YEAR}", _explicit, False),
        ("explicit", rf"{YEAR} ?(?:-|to|through) ?(?P<year2>\d\d|\d{{4}})", _explicit, False),
        ("explicit", r"(?:the )?(?P<decade>\d{3}0)'?s", _explicit, False),
        ("explicit-range", rf"{_RANGE},? {YEAR}", _explicit_range, False),
        # relative to the publication date
        ("ago", rf"(?:about |some |nearly |almost )?{NUM} {UNIT} ago", _ago, True),
        ("deictic", r"today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow|"
         r"the day (?:before yesterday|after tomorrow)|(?:earlier|later) today", _deictic, True),
        ("month-day", rf"(?:{WEEKDAY},? )?{MONTH} {DAY}", _month_day, True),
        ("month-day", rf"(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH}", _month_day, True),
        ("month-day", _RANGE, _month_day, True),
        ("weekday", rf"{_MOD}{WEEKDAY}", _weekday, True),
        ("weekend", r"(?:(?P<mod>last|next|this|coming|the) )?(?P<unit>weekend)", _period_rule, True),
        ("earlier-later", rf"(?P<when>earlier|later) (?:this|in the) {_UNIT3}", _period_rule, True),
        ("part", rf"(?:the )?{PART}(?: of)? (?P<mod>this|last|next|the) {_UNIT3}", _period_rule, True),
        ("part", rf"(?P<part>early|mid|late)[- ](?P<mod>this|last|next) {_UNIT3}", _period_rule, True),
        ("month", rf"{_MOD}(?:(?:the )?{PART}[- ](?:of )?)?{MONTH}", _month, True),
        ("period", rf"(?:(?P<mod>last|next|this|coming|the) )?{_UNIT3}", _period_rule, True),
        ("span", rf"(?:the )?(?P<dir>past|last|next|coming|following) (?:{NUM} )?"
         r"(?P<unit>day|week|month|year|decade)(?P<pl>s?)", _span, True),
        ("season", rf"(?:(?P<mod>last|next|this|coming) |the )?{season}", _season, True),
        # vague spans and durations (after the spans above)
        ("vague", r".*\b(?:recent|few|several|many|some|coming)\b.*|(?:the )?(?:days|weeks|months|"
         r"years|decades|centuries)|(?:the )?(?:same day|time|day|moment|period|future|past)|that \w+",
         _unresolved("a vague span with no fixed dates"), False),
        ("duration", rf"(?:about |almost |nearly |more than |over |at least |roughly |the )?(?:{NUM}|"
         rf"\d+(?:\.\d+)?|a half|half a)[- ](?:and a half )?{DUR_UNIT}(?: and a half)?",
         _unresolved("a duration, not a point in time"), False),
    ]


def _season_group() -> str:
    """``(?P<season>...)`` of the season names of ``kit/lexicon/data/seasons.csv``."""
    names = sorted(seasons(), key=lambda n: (-len(n), n))
    return "(?P<season>" + "|".join(re.escape(n) for n in names) + ")"


_Rule = tuple[str, re.Pattern[str], _Handler, bool]


@lexicon_cache
def rules() -> tuple[_Rule, ...]:
    """The rule table, compiled: ``(rule name, pattern matched against the whole
    normalised expression, handler, needs anchor)``; season names come from the lexicon."""
    return tuple((name, re.compile(rx), fn, relative)
                 for name, rx, fn, relative in _rule_table(_season_group()))
