"""Resolve news-style time expressions against the publication date.

spaCy labels "Friday", "Dec. 27" or "earlier this month" as ``DATE`` but does
not say *which* Friday. :func:`resolve` turns one expression into an inclusive
date interval and says why, in words a reader can check::

    'Friday', future tense, published Thu 2024-01-18 → Fri 2024-01-19

Pure Python; no spaCy. ``dateparser`` is used only for explicit dates in
formats the rules below do not cover ("1/19/2024"); all anchoring is kit's own.

Conventions (each one is named in the explanation when it is used):

- **Weekdays** ("Friday", "Friday's meeting"): past tense → the latest such day
  on or before publication; future tense → the next one on or after it (AP
  style: "will meet Thursday" in a Thursday paper is that day); present or
  unknown tense → the nearest one (at most 3 days away). "last Friday" is the
  latest Friday *before* publication, "next Friday" the first *after* it,
  "this Friday" the Friday of the publication's ISO week (Mon–Sun).
- **Month and day without a year** ("Dec. 27"): the nearest occurrence in the
  direction the tense points; with no direction, the nearest one (±6 months).
- **Month alone** ("November", "November's election"): the month in the
  publication year, unless the tense points away from it (past tense and a
  later month → last year; future tense and an earlier month → next year).
- **Parts of a period**: early / mid / late month = days 1–10 / 11–20 /
  21–end; "the beginning (start) of the year" = Jan 1–10 and "the end of the
  year" = Dec 21–31; early / mid / late <year> = Jan–Apr / May–Aug / Sep–Dec;
  beginning / middle / end of a week = Mon–Tue / Wed–Thu / Fri–Sun.
- **Spans**: "earlier this month" = first of month .. day before publication,
  "later this month" = day after .. month end (likewise week, year);
  "the next year" / "the past two weeks" = a range that starts / ends at
  publication; weeks are ISO weeks (Mon–Sun).
- **Seasons** (meteorological, northern hemisphere): spring Mar–May, summer
  Jun–Aug, fall Sep–Nov, winter Dec–Feb (named by the year of its December).
  "this summer" = the one containing publication, else the one in the
  publication year; "last" = the latest that ended before, "next" = the first
  that starts after publication.
- Durations, ages, frequencies and vague spans ("two years", "two years old",
  "every year", "recent weeks") are left unresolved, with the reason.
- Without a publication date every relative expression is unresolved
  ("no publication date"); nothing is guessed silently.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

__all__ = ["Resolution", "resolve", "cue_before", "GRANULARITIES"]

GRANULARITIES = ("day", "week", "month", "season", "year", "range")
TENSES = ("past", "present", "future")
FORWARD_CUES = ("ahead of", "heading into", "upcoming", "coming", "until", "till", "by", "before")
BACKWARD_CUES = ("since",)
CUE_WORDS = frozenset(
    "last next this coming past since until till by before after ahead of heading into "
    "upcoming early late mid earlier later".split()
)

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS |= {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3}
_WEEKDAYS |= {"fri": 4, "sat": 5, "sun": 6}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBERS |= {"a": 1, "an": 1}

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
MONTH2 = rf"(?P<month2>{_MONTH_NAMES})\.?"
WEEKDAY = r"(?P<wd>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
NUM = r"(?P<n>\d+|" + "|".join(_NUMBERS) + r")"
UNIT = r"(?P<unit>day|week|month|year|decade)s?"
DUR_UNIT = r"(?:day|week|month|year|decade|hour|minute|second|century|centurie)s?"
PART = r"(?P<part>early|mid|middle|late|beginning|start|end)"

SEASON_NOTE = "meteorological seasons, northern hemisphere"


class _Unresolved(Exception):
    """Raised by a rule that recognises an expression but cannot date it."""


_Span = tuple[dt.date, dt.date, str, str]  # start, end, granularity, note
_Handler = Callable[[re.Match[str], "_Ctx"], _Span]


@dataclass(frozen=True)
class Resolution:
    """One time expression, resolved (or not) to an inclusive date interval.

    Attributes
    ----------
    expression:
        The text as found in the article ("Friday’s").
    start, end:
        First and last day of the interval (inclusive); ``None`` if unresolved.
    granularity:
        One of ``GRANULARITIES``; ``None`` if unresolved.
    anchor:
        The publication date used, or ``None``.
    resolved:
        Whether ``start``/``end`` are set.
    explanation:
        Human-readable reasoning or the reason it stayed unresolved.
    rule:
        Short name of the rule that decided ("weekday", "duration", ...).

    Examples
    --------
    >>> r = resolve("Friday", dt.date(2024, 1, 18), tense="future")
    >>> r.start, r.explanation
    (datetime.date(2024, 1, 19), "'Friday', future tense, published Thu 2024-01-18 → Fri ...")
    """

    expression: str
    start: dt.date | None
    end: dt.date | None
    granularity: str | None
    anchor: dt.date | None
    resolved: bool
    explanation: str
    rule: str

    @property
    def reason(self) -> str:
        """Alias of :attr:`explanation`."""
        return self.explanation


def resolve(
    expression: str,
    published: dt.date | None,
    *,
    tense: str | None = None,
    sentence: str = "",
    cue: str | None = None,
) -> Resolution:
    """Resolve a time expression against a publication date.

    Parameters
    ----------
    expression:
        A DATE/TIME expression ("Friday", "Dec. 27", "earlier this month").
    published:
        Publication date of the article (the anchor), or ``None``.
    tense:
        Tense of the governing verb: "past", "present", "future" or ``None``.
    sentence:
        The sentence the expression comes from; used to find a cue word
        before it ("since Friday", "heading into November") if ``cue`` is None.
    cue:
        Cue words right before the expression, if already known.

    Returns
    -------
    Resolution

    Examples
    --------
    >>> resolve("Dec. 27", dt.date(2024, 1, 18), tense="past").start
    datetime.date(2023, 12, 27)
    >>> resolve("Friday", None).explanation
    "'Friday': relative expression and no publication date; left unresolved"
    """
    if tense not in (None, *TENSES):
        raise ValueError(f"tense={tense!r} is not one of {TENSES} or None; pass the verb's tense")
    if isinstance(published, dt.datetime):
        published = published.date()
    text = _normalise(expression)
    if cue is None and sentence:
        cue = cue_before(sentence, expression)
    direction = _direction(tense, cue)
    ctx = _Ctx(expression, text, published, tense, direction,
               cue if direction and tense not in ("past", "future") else None)
    for name, pattern, handler, relative in _RULES:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        if relative and published is None:
            return _fail(ctx, name, "relative expression and no publication date; left unresolved")
        try:
            start, end, granularity, note = handler(m, ctx)
        except _Unresolved as exc:
            return _fail(ctx, name, str(exc))
        return _success(ctx, name, start, end, granularity, note, relative)
    return _fallback(ctx)


@dataclass(frozen=True)
class _Ctx:
    expression: str
    text: str
    anchor: dt.date | None
    tense: str | None
    direction: str | None
    cue: str | None = None  # set when a cue word, not the tense, gave the direction


def cue_before(sentence: str, expression: str, window: int = 3) -> str | None:
    """Return the cue words among the ``window`` words before ``expression``.

    The last occurrence of ``expression`` in ``sentence`` counts.

    Examples
    --------
    >>> cue_before("ahead of November's election", "November's")
    'ahead of'
    """
    at = sentence.rfind(expression)
    if at < 0:
        return None
    words = re.findall(r"[a-z]+", sentence[:at].lower())[-window:]
    for phrase in (*FORWARD_CUES, *BACKWARD_CUES):
        n = phrase.count(" ") + 1
        if words[-n:] == phrase.split():
            return phrase
    return None


def _direction(tense: str | None, cue: str | None) -> str | None:
    if tense in ("past", "future"):
        return tense
    if cue in FORWARD_CUES:
        return "future"
    if cue in BACKWARD_CUES:
        return "past"
    return None


def _normalise(expression: str) -> str:
    text = expression.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,;:.!?\"'")
    text = re.sub(r"'s$|s'$", "", text).strip()
    text = re.sub(r"^(?:on|in|since|by|until|from|at|during|over|throughout) ", "", text)
    text = re.sub(r",? (?:at )?\d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: [a-z]+)?$", "", text)
    text = re.sub(r"^(.+?) (?:morning|afternoon|evening|night)$",
                  lambda m: m.group(1) if m.group(1) not in ("last", "this") else m.group(0), text)
    return text.replace("this past ", "last ").replace("this coming ", "next ")


# ---- formatting ------------------------------------------------------------------------------


def _day(d: dt.date) -> str:
    return f"{d:%a} {d.isoformat()}"


def _span_text(start: dt.date, end: dt.date) -> str:
    return _day(start) if start == end else f"{start.isoformat()}..{end.isoformat()}"


def _success(ctx: _Ctx, rule: str, start: dt.date, end: dt.date, granularity: str, note: str,
             relative: bool) -> Resolution:
    if relative:
        tense = f"{ctx.tense} tense" if ctx.tense else "tense unknown"
        cue = f", cue '{ctx.cue}'" if ctx.cue else ""
        head = f"'{ctx.expression}', {tense}{cue}, published {_day(_anchor(ctx))}"
    else:
        head = f"'{ctx.expression}': explicit date"
    text = f"{head} → {_span_text(start, end)}" + (f" ({note})" if note else "")
    return Resolution(ctx.expression, start, end, granularity, ctx.anchor, True, text, rule)


def _fail(ctx: _Ctx, rule: str, reason: str) -> Resolution:
    text = f"'{ctx.expression}': {reason}"
    return Resolution(ctx.expression, None, None, None, ctx.anchor, False, text, rule)


def _fallback(ctx: _Ctx) -> Resolution:
    if re.search(r"\b(?:1[89]|20)\d\d\b", ctx.text):
        import dateparser  # only for explicit dates in unusual formats

        settings = {"STRICT_PARSING": True, "DATE_ORDER": "MDY", "RETURN_AS_TIMEZONE_AWARE": False}
        parsed = dateparser.parse(ctx.text, languages=["en"],
                                  settings=settings)  # type: ignore[arg-type]
        if parsed is not None:
            d = parsed.date()
            return _success(ctx, "explicit", d, d, "day", "parsed by dateparser", False)
    return _fail(ctx, "none", "no rule for this expression; kit resolves weekdays, month/day, "
                 "months, seasons, years and relative spans")


# ---- date arithmetic -------------------------------------------------------------------------


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    last = _month_end(d.year + y, m + 1).day
    return d.replace(year=d.year + y, month=m + 1, day=min(d.day, last))


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _period(unit: str, a: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    """The ISO week, month or year containing ``a``, shifted by ``offset`` of them."""
    if unit == "week":
        return _week(a + dt.timedelta(weeks=offset))
    if unit == "month":
        first = _add_months(a.replace(day=1), offset)
        return first, _month_end(first.year, first.month)
    return dt.date(a.year + offset, 1, 1), dt.date(a.year + offset, 12, 31)


def _shift(a: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("day", "week"):
        return a + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return _add_months(a, n * {"month": 1, "year": 12, "decade": 120}[unit])


def _pick(candidates: list[dt.date], anchor: dt.date, direction: str | None) -> tuple[dt.date, str]:
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
        raise _Unresolved(f"no such date {direction}-wards within a year of publication")
    return chosen[0], note


def _num(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


# ---- rules -----------------------------------------------------------------------------------


def _unresolved(reason: str) -> _Handler:
    def handler(m: re.Match[str], ctx: _Ctx) -> _Span:
        raise _Unresolved(reason)
    return handler


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _Unresolved(f"not a calendar date ({exc})") from exc


def _year_part(part: str, year: int) -> tuple[dt.date, dt.date, str]:
    if part in ("beginning", "start"):
        return dt.date(year, 1, 1), dt.date(year, 1, 10), "beginning of the year = Jan 1–10"
    if part == "end":
        return dt.date(year, 12, 21), dt.date(year, 12, 31), "end of the year = Dec 21–31"
    first = {"early": 1, "mid": 5, "middle": 5}.get(part, 9)
    note = "year thirds: Jan–Apr, May–Aug, Sep–Dec"
    return dt.date(year, first, 1), _month_end(year, first + 3), note


def _month_part(part: str, year: int, month: int) -> tuple[dt.date, dt.date, str]:
    note = "month parts: days 1–10, 11–20, 21–end"
    if part in ("early", "beginning", "start"):
        return dt.date(year, month, 1), dt.date(year, month, 10), note
    if part in ("mid", "middle"):
        return dt.date(year, month, 11), dt.date(year, month, 20), note
    return dt.date(year, month, 21), _month_end(year, month), note


def _season_dates(season: str, year: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, _SEASONS[season], 1)
    return start, _add_months(start, 3) - dt.timedelta(days=1)


def _explicit(m: re.Match[str], ctx: _Ctx) -> _Span:
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
    return dt.date(y, month, 1), _month_end(y, month), "month", ""


def _explicit_range(m: re.Match[str], ctx: _Ctx) -> _Span:
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


def _anchor(ctx: _Ctx) -> dt.date:
    assert ctx.anchor is not None
    return ctx.anchor


def _deictic(m: re.Match[str], ctx: _Ctx) -> _Span:
    word = m.group(0)
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, offset)
    d = _anchor(ctx) + dt.timedelta(days=offset)
    return d, d, "day", ""


def _weekday(m: re.Match[str], ctx: _Ctx) -> _Span:
    a, target, mod = _anchor(ctx), _WEEKDAYS[m["wd"]], m["mod"]
    delta = (target - a.weekday()) % 7  # days forward to the next such weekday (0 = today)
    if mod == "last":
        d, note = a - dt.timedelta(days=7 - delta), "'last': latest before publication"
    elif mod in ("next", "coming"):
        d, note = a + dt.timedelta(days=delta or 7), f"'{mod}': first after publication"
    elif mod == "this":
        d, note = _week(a)[0] + dt.timedelta(days=target), "'this': same ISO week as publication"
    else:
        before, after = a + dt.timedelta(days=delta - 7), a + dt.timedelta(days=delta)
        d, note = _pick([before, after], a, ctx.direction)
        note = "same day as publication" if d == a else note
    return d, d, "day", note


def _month_day(m: re.Match[str], ctx: _Ctx) -> _Span:
    """Month and day without a year, or a range of them ("Dec. 27-28", "Dec. 30 to Jan. 3")."""
    a, month, day = _anchor(ctx), _MONTHS[m["month"]], int(m["day"])
    candidates = []
    for year in (a.year - 1, a.year, a.year + 1):
        with suppress(_Unresolved):
            candidates.append(_date(year, month, day))
    if not candidates:
        raise _Unresolved(f"no calendar date {calendar.month_abbr[month]} {day}")
    d, note = _pick(candidates, a, ctx.direction)
    if m.groupdict().get("day2"):
        month2 = _MONTHS[m["month2"]] if m["month2"] else month
        end = _date(d.year + (month2 < month), month2, int(m["day2"]))
        return d, end, "range", f"no year given: first day {note}"
    check = _weekday_check(m.groupdict().get("wd"), d)
    return d, d, "day", "; ".join(filter(None, [f"no year given: {note}", check]))


def _month(m: re.Match[str], ctx: _Ctx) -> _Span:
    a, month, mod = _anchor(ctx), _MONTHS[m["month"]], m["mod"]
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
    return dt.date(year, month, 1), _month_end(year, month), "month", note


def _ago(m: re.Match[str], ctx: _Ctx) -> _Span:
    n, unit = _num(m["n"]), m["unit"]
    back = _shift(_anchor(ctx), -n, unit)
    note = f"{n} {unit}(s) before publication"
    if unit == "day":
        return back, back, "day", note
    start, end = _period("year" if unit == "decade" else unit, back, 0)
    return start, end, "year" if unit == "decade" else unit, note


def _span(m: re.Match[str], ctx: _Ctx) -> _Span:
    a, unit = _anchor(ctx), m["unit"]
    if m["pl"] and not m["n"]:
        raise _Unresolved("a vague span with no fixed length")
    n = _num(m["n"]) if m["n"] else 1
    if m["dir"] in ("past", "last"):
        start = _shift(a, -n, unit) + dt.timedelta(days=1)
        return start, a, "range", f"the {n} {unit}(s) up to publication"
    end = _shift(a, n, unit) - dt.timedelta(days=1)
    return a, end, "range", f"the {n} {unit}(s) from publication"


_OFFSETS = {"last": -1, "next": 1, "coming": 1, "this": 0, "the": 0, None: 0}


def _period_rule(m: re.Match[str], ctx: _Ctx) -> _Span:
    """This/last/next week, month, year; their parts; earlier/later this ...; weekends."""
    a, g = _anchor(ctx), m.groupdict()
    unit, mod = g["unit"], g.get("mod")
    first, last = _period("week" if unit == "weekend" else unit, a, _OFFSETS[mod])
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
        raise _Unresolved("empty span: publication is at the edge of the period")
    return start, end, "range", note


def _season(m: re.Match[str], ctx: _Ctx) -> _Span:
    a, season, mod = _anchor(ctx), m["season"], m["mod"]
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
_RULE_TABLE: list[tuple[str, str, _Handler, bool]] = [
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
    ("explicit", rf"(?:the )?{SEASON} (?:of )?{YEAR}", _explicit, False),
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
    ("season", rf"(?:(?P<mod>last|next|this|coming) |the )?{SEASON}", _season, True),
    # vague spans and durations (after the spans above)
    ("vague", r".*\b(?:recent|few|several|many|some|coming)\b.*|(?:the )?(?:days|weeks|months|"
     r"years|decades|centuries)|(?:the )?(?:same day|time|day|moment|period|future|past)|that \w+",
     _unresolved("a vague span with no fixed dates"), False),
    ("duration", rf"(?:about |almost |nearly |more than |over |at least |roughly |the )?(?:{NUM}|"
     rf"\d+(?:\.\d+)?|a half|half a)[- ](?:and a half )?{DUR_UNIT}(?: and a half)?",
     _unresolved("a duration, not a point in time"), False),
]
# (rule name, pattern matched against the whole normalised expression, handler, needs anchor)
_RULES = [(name, re.compile(rx), fn, relative) for name, rx, fn, relative in _RULE_TABLE]
