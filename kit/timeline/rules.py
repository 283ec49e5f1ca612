"""The rule table of :mod:`kit.timeline.resolve`: one pattern and one handler per form.

Each rule of :func:`rules` is ``(name, pattern, handler, needs anchor)``;
:func:`kit.timeline.resolve.resolve` tries them in order against the whole normalised expression and the first full
match decides. A handler takes the match and a :class:`kit.timeline.ctx.Ctx` and
returns ``(start, end, granularity, note)`` or raises
:class:`kit.timeline.calendar_math.Unresolved` with the reason. The conventions the
handlers follow are listed in :mod:`kit.timeline.resolve`'s docstring. The handlers
here read a date against publication; those for dates with their year (and the month
and weekday names) are in :mod:`kit.timeline.explicit`, those that count from another
date ("two days later") or hold one ("the ten days ending May 5") in
:mod:`kit.timeline.relative`. Season names and the month each starts in are data
(:func:`kit.lexicon.wordlists.seasons`), and so are month and weekday names
(:mod:`kit.lexicon.calendar`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from contextlib import suppress

from kit.lexicon.calendar import (
    calendar_names,
    calendar_words,
    holidays,
    languages,
    month_numbers,
    weekday_numbers,
)
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import numbers, seasons, words_in_any
from kit.timeline import relative
from kit.timeline.calendar_math import (
    Unresolved,
    add_months,
    iso_week,
    month_end,
    nearest,
    number,
    period,
    pick,
    shift,
)
from kit.timeline.ctx import Ctx, Handler, Rule, Span, anchor_date
from kit.timeline.explicit import (
    SEASON_NOTE,
    calendar_date,
    explicit,
    explicit_range,
    numeric,
    part_note,
    part_span,
    season_dates,
    weekday_check,
    year_part,
)

DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
UNIT = r"(?P<unit>day|week|month|year|decade)s?"
DUR_UNIT = r"(?:day|week|month|year|decade|hour|minute|second|century|centurie)s?"
PART = r"(?P<part>early|mid|middle|late|beginning|start|end)"


# ---- rules -----------------------------------------------------------------------------------


def _unresolved(reason: str) -> Handler:
    def handler(m: re.Match[str], ctx: Ctx) -> Span:
        raise Unresolved(reason)
    return handler


def _year_mod(m: re.Match[str], ctx: Ctx) -> Span:
    """A month or month and day with "last/this/next/that year" ("July 14 last year")."""
    if m["ymod"] == "that":  # "September of that year": the year the text named last
        named = relative.named_year(ctx)
        if named is None:
            raise Unresolved("'that year': the text named no year before it")
        year, note = named, f"'that year' = {named}, the year named last before it"
    else:
        year = anchor_date(ctx).year + {"last": -1, "this": 0, "next": 1}[m["ymod"]]
        note = f"'{m['ymod']} year' = {year}"
    month = month_numbers()[m["month"]]
    if m["day"]:
        d = calendar_date(year, month, int(m["day"]))
        return d, d, "day", note
    return dt.date(year, month, 1), month_end(year, month), "month", note


def _deictic(m: re.Match[str], ctx: Ctx) -> Span:
    g = m.groupdict()
    word = g.get("deictic") or m.group(0)
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, offset)
    base, note = anchor_date(ctx), ""
    ref = ctx.references[-1] if ctx.references else None
    if ctx.quoted and ref is not None and ref.granularity == "day":
        base, note = ref.start, f"inside a quotation dated by '{ref.expression}'"
    elif ctx.quoted:
        note = "inside a quotation: read against publication; the quote may be older"
    d = base + dt.timedelta(days=offset)
    return d, d, "day", "; ".join(filter(None, [note, weekday_check(g.get("wd"), d)]))


def _weekday(m: re.Match[str], ctx: Ctx) -> Span:
    a, target, mod = anchor_date(ctx), weekday_numbers()[m["wd"]], m["mod"]
    delta = (target - a.weekday()) % 7  # days forward to the next such weekday (0 = today)
    if mod == "last":
        d, note = a - dt.timedelta(days=7 - delta), "'last': latest before publication"
    elif mod in ("next", "coming"):
        d, note = a + dt.timedelta(days=delta or 7), f"'{mod}': first after publication"
    elif mod == "this":
        d, note = iso_week(a)[0] + dt.timedelta(days=target), "'this': same ISO week as publication"
    else:
        before, after = a + dt.timedelta(days=delta - 7), a + dt.timedelta(days=delta)
        d, note = pick([before, after], a, ctx.direction or ("future" if ctx.scheduled else None))
        note = "same day as publication" if d == a else note
    if m.groupdict().get("dpart"):
        note += f"; '{m['dpart']}': a part of the day"
    return d, d, "day", note


def _weekday_day(m: re.Match[str], ctx: Ctx) -> Span:
    """A weekday with its day of the month and no month ("el jueves 22", "Thursday the
    22nd"): the day of that number, in publication's month or the one either side, that
    falls on that weekday and is nearest to publication; when none does, the number is no
    day of the month ("el martes 15 personas ...") and the weekday alone is read."""
    a, target, day = anchor_date(ctx), weekday_numbers()[m["wd"]], int(m["day"])
    months = [add_months(dt.date(a.year, a.month, 1), n) for n in (-1, 0, 1)]
    fits = [d for first in months if day <= month_end(first.year, first.month).day
            and (d := first.replace(day=day)).weekday() == target]
    if not fits:
        start, end, granularity, note = _weekday(m, ctx)
        name = calendar_names("weekday")[target]
        return start, end, granularity, f"{note}; day {day} is not a {name} near publication: the weekday alone"
    d, note = pick(fits, a, {"last": "past", "next": "future", "coming": "future"}.get(m["mod"] or ""))
    return d, d, "day", f"the {calendar_names('weekday')[target]} that is day {day}, {note}"


def _day_of_month(m: re.Match[str], ctx: Ctx) -> Span:
    """A day of the month with no month ("on the 11th", "el día 11"): that day in
    publication's month or the one either side, read as a year-less date is (the nearest
    to publication; a tense pointing the other way wins a near-tie: :func:`_choose_day`)."""
    a, day = anchor_date(ctx), int(m["day"])
    told = _month_told_before(ctx, day)
    if told is not None:
        return told
    months = [add_months(dt.date(a.year, a.month, 1), n) for n in (-1, 0, 1)]
    candidates = [first.replace(day=day) for first in months if day <= month_end(first.year, first.month).day]
    if not candidates:
        raise Unresolved(f"no day {day} in the months around publication")
    d, note = _choose_day(candidates, a, ctx, None, None)
    return d, d, "day", note.replace("no year given", "no month given")


def _month_told_before(ctx: Ctx, day: int) -> Span | None:
    """A day of the month whose sentence gave a date of a month before it ("El 8 de marzo
    entregó las armas, y el día 9 firmaron": the 9th of that March), as a narrative counts
    from the last time it told (HeidelTime's reference time); ``None`` when the sentence
    gave none or that month has no such day."""
    ref = ctx.references[-1] if ctx.references else None
    if ref is None or ctx.quoted or ref.granularity not in ("day", "month") or ref.start.month != ref.end.month \
            or ref.expression not in ctx.before or day > month_end(ref.start.year, ref.start.month).day \
            or day < ref.start.day:  # "el 28 de febrero …, y el día 3": a later month, read as the nearest
        return None
    d = ref.start.replace(day=day)
    return d, d, "day", f"no month given: the month of '{ref.expression}' before it in its sentence"


_WITH_A_YEAR = re.compile(r"\b(?:1[89]|20|21)\d\d\b")


def _year_told_before(ctx: Ctx, month: int, day: int | None = None) -> tuple[int, str] | None:
    """The year (and the date's note) of a month (or a month's day) without one, in a past-tense clause whose
    sentence wrote a date of that year before it, a month or a day, that it comes on or
    after ("since the assembly was elected in June 2014 and the militias took the capital
    in August": August 2014, however far from publication), as a narrative counts from the
    last time it told; ``None`` when the sentence wrote no year before it, the month comes
    before that date's ("in March 2014 ... in February": a later year, read as the
    nearest), the clause is not in the past (a plan told after a past date: "talks
    opened in March 2014 and will resume in September"), or a comma or a semicolon stands
    between them: another item of a list or another episode, whose year a writer leaves out
    when it is publication's ("el de derechos humanos, en marzo de 1994; el socioeconómico,
    en mayo", "in the war of April 2016, and on the border in July")."""
    ref = ctx.references[-1] if ctx.references else None
    if ref is None or ctx.quoted or ctx.tense != "past" or ref.granularity not in ("day", "month") \
            or ref.start.year != ref.end.year or ref.expression not in ctx.before \
            or not _WITH_A_YEAR.search(ref.expression) or re.search(r"[,;]", between := ctx.before.rsplit(ref.expression, 1)[1]) \
            or _time_passes(between):
        return None
    year = ref.start.year
    if (month, day or month_end(year, month).day) < (ref.start.month, ref.start.day) \
            or day is not None and day > month_end(year, month).day:
        return None
    return year, f"no year given: the year of '{ref.expression}' before it in its sentence"


_LONG_UNITS = frozenset({"month", "months", "year", "years", "decade", "decades"})


@lexicon_cache
def _passing_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The plural units of a month or longer, the units of a month or longer and the words
    of "later", in English and every language of ``calendar_words.csv``."""
    plural, units, later = {"months", "years", "decades"}, set(_LONG_UNITS), {"later"}
    for lang in languages():
        table = calendar_words(lang)
        for term, meaning in table.get("unit", {}).items():
            if meaning in _LONG_UNITS:
                units.add(term)
                if meaning.endswith("s"):
                    plural.add(term)
        later.update(t for t, meaning in table.get("later", {}).items() if meaning == "later")
    return frozenset(plural), frozenset(units), frozenset(later)


def _time_passes(between: str) -> bool:
    """Whether ``between``, the words from a date with its year to a month without one, tell
    time passing: a span of months or years ("held *for years* until the rebels broke it
    in April", "duró *años* hasta abril"), a unit and "later" ("*a year later*, in May"), or
    a word of ``backward_cues`` ("and have not met *since* until the envoy called them in
    August", "*desde* entonces"): the month is then of another year, not the date's."""
    plural, units, later = _passing_words()
    found = re.findall(r"[^\W\d_]+", between.lower())
    since = words_in_any("backward_cues")
    return any(w in plural or w in since or w in units and nxt in later
               for w, nxt in zip(found, [*found[1:], ""]))


def _month_day(m: re.Match[str], ctx: Ctx) -> Span:
    """Month and day without a year, or a range of them ("Dec. 27-28", "Dec. 30 to Jan. 3")."""
    a, month, day = anchor_date(ctx), month_numbers()[m["month"]], int(m["day"])
    told = None if m.groupdict().get("mod") or m.groupdict().get("wd") else _year_told_before(ctx, month, day)
    candidates = []
    for year in (a.year - 1, a.year, a.year + 1):
        with suppress(Unresolved):
            candidates.append(calendar_date(year, month, day))
    if not candidates:
        raise Unresolved(f"no calendar date {calendar.month_abbr[month]} {day}")
    if told is not None:
        d, note = calendar_date(told[0], month, day), told[1]
    else:
        d, note = _choose_day(candidates, a, ctx, m.groupdict().get("mod"), m.groupdict().get("wd"))
    if m.groupdict().get("day2"):
        month2 = month_numbers()[m["month2"]] if m["month2"] else month
        end = calendar_date(d.year + (month2 < month), month2, int(m["day2"]))
        return d, end, "range", f"first day: {note}"
    return d, d, "day", "; ".join(filter(None, [note, weekday_check(m.groupdict().get("wd"), d)]))


def _choose_day(candidates: list[dt.date], a: dt.date, ctx: Ctx, mod: str | None,
                wd: str | None) -> tuple[dt.date, str]:
    """The occurrence of a year-less day: by "last/next/this", a weekday that fits, or nearest."""
    if mod == "last":
        return pick([c for c in candidates if c < a], a, "past")[0], "'last': latest before publication"
    if mod in ("next", "coming"):
        return pick([c for c in candidates if c > a], a, "future")[0], f"'{mod}': first after publication"
    if mod == "this":
        this = [c for c in candidates if c.year == a.year]
        if not this:
            raise Unresolved(f"no such date in {a.year}")
        return this[0], "'this': in the publication year"
    fits = [c for c in candidates if wd and c.weekday() == weekday_numbers()[wd] and abs((c - a).days) < 300]
    if len(fits) == 1:
        return fits[0], f"no year given: the year in which it is a {calendar_names('weekday')[fits[0].weekday()]}"
    (d, _), note = nearest([(c, c) for c in candidates], a, ctx.direction, ctx.act_day, not ctx.against)
    return d, note


def holiday_date(rule: str, year: int) -> dt.date:
    """The day a holiday's rule (``MM-DD``, ``easter+N``: :func:`kit.lexicon.calendar.holidays`)
    gives in ``year``.

    >>> holiday_date("easter-2", 1998), holiday_date("12-25", 2018)
    (datetime.date(1998, 4, 10), datetime.date(2018, 12, 25))
    """
    if rule.startswith("easter"):
        from dateutil.easter import easter

        return easter(year) + dt.timedelta(days=int(rule[len("easter"):]))
    month, day = rule.split("-")
    return calendar_date(year, int(month), int(day))


def _holiday(m: re.Match[str], ctx: Ctx) -> Span:
    """A holiday by its name ("on Good Friday", "New Year's Day", "last Christmas"): its
    occurrence read as a year-less day's; a holiday of granularity ``week`` ("at Easter")
    is the ISO week holding it."""
    a, name = anchor_date(ctx), m["holiday"]
    rule, granularity = holidays()[name]
    candidates = [holiday_date(rule, year) for year in (a.year - 1, a.year, a.year + 1)]
    d, note = _choose_day(candidates, a, ctx, m["mod"], None)
    note = f"{name}: {_rule_note(rule)}; {note}"
    if granularity == "week":
        start, end = iso_week(d)
        return start, end, "week", f"{note}; the week holding it"
    return d, d, "day", note


def _rule_note(rule: str) -> str:
    """A holiday's rule in words: "every 25 December", "2 days before Western Easter Sunday"."""
    if not rule.startswith("easter"):
        month, day = rule.split("-")
        return f"every {int(day)} {calendar_names('month')[int(month) - 1]}"
    days = int(rule[len("easter"):])
    if not days:
        return "Western Easter Sunday"
    return f"{abs(days)} day{'s' * (abs(days) != 1)} {'before' if days < 0 else 'after'} Western Easter Sunday"


def _month(m: re.Match[str], ctx: Ctx) -> Span:
    a, month, mod = anchor_date(ctx), month_numbers()[m["month"]], m["mod"]
    if mod == "last":
        year = a.year if month < a.month else a.year - 1
        note = "latest such month before publication"
    elif mod in ("next", "coming"):
        year = a.year if month > a.month else a.year + 1
        note = "first such month after publication"
    elif mod == "this":
        year, note = a.year, "month of the publication year"
    elif (told := _year_told_before(ctx, month)) is not None:
        year, note = told
    else:
        spans = [(dt.date(y, month, 1), month_end(y, month)) for y in (a.year - 1, a.year, a.year + 1)]
        (first, _), note = nearest(spans, a, ctx.direction, ctx.decisive, not ctx.against)
        year = first.year
    if m["part"]:
        note = f"{note}; {part_note(m['part'], 'month')}"
    return dt.date(year, month, 1), month_end(year, month), "month", note


def _month_step(m: re.Match[str], ctx: Ctx) -> Span:
    """ "the previous December": :func:`kit.timeline.relative.month_step`."""
    return relative.month_step(m, ctx, month_numbers()[m["month"]])


def _ago(m: re.Match[str], ctx: Ctx) -> Span:
    n, unit = number(m["n"]), m["unit"]
    back = shift(anchor_date(ctx), -n, unit)
    note = f"{n} {unit}(s) before publication"
    if unit == "day" or ctx.after == "today":  # "two years ago today": that day
        return back, back, "day", note if unit == "day" else f"{note}, to the day ('ago today')"
    hedged = m.start("n") > m.start() or not ctx.text.startswith(m.string) or _counted_over(ctx)
    if unit == "week" and n == 1 and not hedged:  # "a week ago", "hace una semana": that day
        return back, back, "day", f"{note}, to the day (one week: the same weekday)"
    if unit == "year" and not hedged:  # "a year ago" in a February paper: that February;
        start, end = period("month", back, 0)  # "nearly a year ago": no month, the year
        return start, end, "month", f"{note}: the month"
    start, end = period("year" if unit == "decade" else unit, back, 0)
    return start, end, "year" if unit == "decade" else unit, note


def _counted_over(ctx: Ctx) -> bool:
    """Whether a word of ``count_hedges`` opens the expression or ends the sentence before
    it ("over a week ago", "over | a year ago"): more than the count, a hedge the
    normaliser drops with the prepositions before a date ("over the weekend")."""
    around = ctx.before.lower().split()[-1:] + ctx.expression.lower().split()[:1]
    return not words_in_any("count_hedges").isdisjoint(around)


def _span(m: re.Match[str], ctx: Ctx) -> Span:
    a, unit = anchor_date(ctx), m["unit"]
    if m["pl"] and not m["n"]:
        raise Unresolved("a vague span with no fixed length")
    n = number(m["n"]) if m["n"] else 1
    if m["dir"] in ("past", "last"):
        start = shift(a, -n, unit) + dt.timedelta(days=1)
        return start, a, "range", f"the {n} {unit}(s) up to publication"
    end = shift(a, n, unit) - dt.timedelta(days=1)
    return a, end, "range", f"the {n} {unit}(s) from publication"


_OFFSETS = {"last": -1, "next": 1, "coming": 1, "this": 0, "the": 0, None: 0}


def _period_rule(m: re.Match[str], ctx: Ctx) -> Span:
    """This/last/next week, month, year; their parts; earlier/later this ...; weekends."""
    a, g = anchor_date(ctx), m.groupdict()
    unit, mod = g["unit"], g.get("mod")
    first, last = period("week" if unit == "weekend" else unit, a, _OFFSETS[mod])
    if unit == "weekend":
        # "the weekend", "this weekend" told in the past on a weekday: the one just gone
        if mod in (None, "the", "this") and ctx.direction == "past" and a.weekday() < 5:
            first -= dt.timedelta(weeks=1)
        saturday = first + dt.timedelta(days=5)
        return saturday, saturday + dt.timedelta(days=1), "range", "weekend: Sat–Sun"
    when = g.get("when")
    if when:
        edge = (first, a - dt.timedelta(days=1)) if when == "earlier" else \
            (a + dt.timedelta(days=1), last)
        if edge[0] > edge[1]:
            raise Unresolved("empty span: publication is at the edge of the period")
        side = "before" if when == "earlier" else "after"
        return first, last, unit, f"'{when}': the {unit} itself, the part {side} publication"
    part = g.get("part")
    if part and unit == "year":
        return part_span(year_part(part, first.year))
    if part:
        return first, last, unit, part_note(part, unit)
    note = f"'the {unit}' read as the publication's {unit}" if mod in (None, "the") else ""
    return first, last, unit, note or ("ISO week, Mon–Sun" if unit == "week" else "")


def _season(m: re.Match[str], ctx: Ctx) -> Span:
    a, season, mod = anchor_date(ctx), m["season"], m["mod"]
    occurrences = [season_dates(season, y) for y in range(a.year - 2, a.year + 2)]
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
_YMOD = r",? (?:of )?(?P<ymod>last|this|next|that) year"
_DEICTIC = r"(?P<deictic>today|tonight|tomorrow|yesterday)"


def _rule_table(season: str, holiday: str) -> list[tuple[str, str, Handler, bool]]:
    """The rules in order; ``season`` and ``holiday`` are the regex groups of season and
    holiday names."""
    month, month2 = _names_group("month", month_numbers()), _names_group("month2", month_numbers())
    weekday = _names_group("wd", weekday_numbers())
    day_range = rf"{month} {DAY} ?(?:-|to|through|until) ?(?:{month2} )?(?P<day2>\d{{1,2}})"
    num = _num_group()
    return [
        # not points in time
        ("frequency", r"(?:every|each|per|once a|twice a)\b.*|annual|annually|daily|weekly|monthly|"
         r"yearly|quarterly|nightly", _unresolved("a frequency, not a point in time"), False),
        ("age", r".*\b(?:old|aged?)\b.*", _unresolved("an age, not a date"), False),
        ("time", r"(?:about |around |at )?(?:\d{1,2}(?::\d\d)? ?[ap]\.?m\.?.*|noon|midnight)",
         _unresolved("a time of day without a date"), False),
        ("fiscal", r".*\bfiscal\b.*", _unresolved("fiscal years differ by country"), False),
        # explicit: a year is given, no anchor needed
        ("explicit", rf"(?:{weekday},? |the )?{month} {DAY},? {YEAR}", explicit, False),
        ("explicit", rf"(?:{weekday},? )?(?:the )?{DAY} (?:of )?{month},? {YEAR}", explicit, False),
        ("explicit", r"(?P<iso>\d{4}-\d\d-\d\d)", explicit, False),
        ("numeric", r"(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<y>\d{4}|\d\d)", numeric, False),
        ("explicit", rf"{month},? (?:of )?{YEAR}", explicit, False),
        ("explicit", rf"(?:the )?{PART}[- ](?:of )?{month},? {YEAR}", explicit, False),
        ("explicit", rf"(?:the )?{season} (?:of )?{YEAR}", explicit, False),
        ("explicit", rf"(?:the )?{PART}[- ](?:of )?{YEAR}", explicit, False),
        ("explicit", rf"(?:the )?(?:calendar )?(?:year )?{YEAR}", explicit, False),
        ("explicit", rf"{YEAR} ?(?:-|to|through) ?(?P<year2>\d\d|\d{{4}})", explicit, False),
        ("explicit", r"(?:the )?(?P<decade>\d{3}0)'?s", explicit, False),
        ("explicit-range", rf"{day_range},? {YEAR}", explicit_range, False),
        # relative to the publication date
        ("year-of", rf"{month}(?: {DAY})?{_YMOD}", _year_mod, True),
        ("year-of", rf"(?:the )?{DAY} (?:of )?{month}{_YMOD}", _year_mod, True),
        ("ago", rf"(?:about |some |nearly |almost )?{num} {UNIT} ago", _ago, True),
        ("deictic", r"today|tonight|overnight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow|"
         r"the day (?:before yesterday|after tomorrow)|(?:earlier|later) today", _deictic, True),
        ("deictic", rf"(?:early|late) {_DEICTIC}", _deictic, True),  # "died early yesterday"
        ("deictic", rf"{_DEICTIC},? {weekday}", _deictic, True),
        ("deictic", rf"{weekday},? {_DEICTIC}", _deictic, True),
        ("holiday", rf"{_MOD}(?:the )?{holiday}", _holiday, True),
        ("month-day", rf"{_MOD}(?:{weekday},? |the )?{month} {DAY}", _month_day, True),  # "the June 27 run-off"
        ("month-day", rf"{_MOD}(?:{weekday},? )?(?:the )?{DAY} (?:of )?{month}", _month_day, True),
        ("month-day", day_range, _month_day, True),
        ("weekday-day", rf"{_MOD}{weekday},? (?:the )?{DAY}", _weekday_day, True),
        ("day-of-month", r"the (?P<day>\d{1,2})(?:st|nd|rd|th)", _day_of_month, True),  # "on the 11th"
        ("weekday", rf"(?:(?P<dpart>early|late) )?{_MOD}{weekday}", _weekday, True),
        ("weekend", r"(?:(?P<mod>last|next|this|coming|the) )?(?P<unit>weekend)", _period_rule, True),
        ("earlier-later", rf"(?P<when>earlier|later) (?:this|in the) {_UNIT3}", _period_rule, True),
        ("part", rf"(?:the )?{PART}(?: of)? (?P<mod>this|last|next|the) {_UNIT3}", _period_rule, True),
        ("part", rf"(?P<part>early|mid|late)[- ](?P<mod>this|last|next) {_UNIT3}", _period_rule, True),
        ("chain", rf"(?:the )?(?P<way>previous|preceding|following) {month}", _month_step, True),
        ("month", rf"{_MOD}(?:(?:the )?{PART}[- ](?:of )?)?{month}", _month, True),
        ("period", rf"(?:(?P<mod>last|next|this|coming|the) )?{_UNIT3}", _period_rule, True),
        *relative.rule_table(num, UNIT),
        ("span", rf"(?:the )?(?P<dir>past|last|next|coming|following) (?:{num} )?"
         r"(?P<unit>day|week|month|year|decade)(?P<pl>s?)", _span, True),
        ("season", rf"(?:(?P<mod>last|next|this|coming) |the )?{season}", _season, True),
        # vague spans and durations (after the spans above)
        ("vague", r".*\b(?:recent|few|several|many|some|coming)\b.*|(?:the )?(?:days|weeks|months|"
         r"years|decades|centuries)|(?:the )?(?:time|day|moment|period|future|past)|that \w+|"
         r"(?:the )?(?:previous|preceding|following|prior) (?:days|weeks|months|years)",
         _unresolved("a vague span with no fixed dates"), False),
        ("duration", rf"(?:about |almost |nearly |more than |over |at least |roughly |the )?(?:{num}|"
         rf"\d+(?:\.\d+)?|a half|half a)[- ](?:and a half )?{DUR_UNIT}(?: and a half)?",
         _unresolved("a duration, not a point in time"), False),
    ]


def _names_group(group: str, names: Mapping[str, int]) -> str:
    """``(?P<group>...)\\.?`` of month or weekday ``names``, longest first (an
    abbreviation's dot optional)."""
    return rf"(?P<{group}>" + "|".join(sorted(names, key=len, reverse=True)) + r")\.?"


def _num_group() -> str:
    """``(?P<n>...)``: digits or a number word of a time expression (the ``duration_numbers``
    of ``kit/lexicon/data/number_words.csv``)."""
    return r"(?P<n>\d+|" + "|".join(numbers("duration_numbers")) + r")"


def _holiday_group() -> str:
    """``(?P<holiday>...)`` of the holiday names of ``kit/lexicon/data/holidays.csv``."""
    names = sorted(holidays(), key=lambda n: (-len(n), n))
    return "(?P<holiday>" + "|".join(re.escape(n) for n in names) + ")"


def _season_group() -> str:
    """``(?P<season>...)`` of the season names of ``kit/lexicon/data/seasons.csv``."""
    names = sorted(seasons(), key=lambda n: (-len(n), n))
    return "(?P<season>" + "|".join(re.escape(n) for n in names) + ")"


@lexicon_cache
def rules() -> tuple[Rule, ...]:
    """The rule table, compiled: ``(rule name, pattern matched against the whole
    normalised expression, handler, needs anchor)``; season names come from the lexicon."""
    return tuple((name, re.compile(rx), fn, relative_)
                 for name, rx, fn, relative_ in _rule_table(_season_group(), _holiday_group()))
