"""Rules that count from another date, or hold one: the second half of :mod:`kit.timeline.rules`.

- **Chains** ("two days earlier", "four days later", "a day after", "the next
  morning", "the following month", "the same day", "that evening") count from
  the latest date the article gave before them that is fine enough (a day for
  "two days later" or "the same day", a month or finer for "the following
  month"; :attr:`kit.timeline.ctx.Ctx.references`, from
  :func:`kit.timeline.context.resolve_article`), else from publication. "a week
  later" counted from a day the text gives is the day seven days after ("the
  truce of 10 October and its successor a week later": 17 October); counted
  from publication, the ISO week (Mon–Sun) of the day a week after, like "two
  weeks ago".
- **Months counted from** ("the previous December", "the following March"): the month
  so named before (after) the month of the latest date given before it, a month or finer,
  else publication's: "In May 2003 ... the previous December" is December 2002.
- **Apart** ("took effect on Thursday, *eleven days* after the two leaders
  signed"; "on Sunday, *two days* before the vote"): a count of days or weeks set off by
  a comma and followed by "after" or "before" (``apart_words``) dates what
  follows it, counted from the day its sentence gave before it: back for "after",
  ahead for "before"; not when what follows gives its own date ("two days after
  the talks opened on June 4": ``dated_after``). A week or two (``EXACT_WEEKS``)
  are counted to the day, as "a week later" is ("on Sunday, two weeks after a
  rally in the north": the Sunday fourteen days before); more weeks are a round
  count and give the ISO week, not the day: "seven weeks after the referendum"
  (it was seven weeks and four days). A count anywhere else is a duration ("talks lasted
  two days after the vote").
- **Composed** forms resolve the date they hold first (:meth:`Ctx.inner`):
  "the ten days ending May 5" = Apr 26–May 5; "the first two weeks of June" =
  Jun 1–14; "between now and June" = publication to Jun 30; "the July 7 date" /
  "the June 30 deadline" = that date.

Every handler says in its note what it counted from.
"""

from __future__ import annotations

import datetime as dt
import re

from kit.lexicon.calendar import calendar_words, in_english, languages
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import numbers, words, words_in_any
from kit.timeline.calendar_math import (
    Unresolved,
    format_span,
    month_end,
    number,
    period,
    shift,
)
from kit.timeline.ctx import Ctx, Handler, Span

_FINER = {"day": 0, "week": 1, "month": 2, "year": 3}
# "on Sunday, two weeks after the rally" counts to the day; "seven weeks after" is a round count
EXACT_WEEKS = 2
_FROM_PUBLICATION = "no date given before it: counted from publication"


def _base(ctx: Ctx, unit: str) -> tuple[dt.date, dt.date, str, str]:
    """The period a chain counts from: the latest date given before it that is as fine
    as ``unit`` (a day for "two days later", a month or finer for "the following
    month"), else publication. A chain in the past tense passes over dates after
    publication ("... to be released by March 10. At the same time in Kabul, Nazari
    issued ...": the same time as the signing, not as the deadline)."""
    if ctx.references is None:
        raise Unresolved("counts from a date the article gives before it; resolve the article's "
                         "expressions together (kit.timeline.context.resolve_article)")
    level = _FINER.get("day" if unit in words("chain_day_units") else unit, 3)
    for ref in reversed(ctx.references):
        if ctx.tense == "past" and ctx.anchor is not None and ref.start > ctx.anchor:
            continue
        if _FINER.get(ref.granularity, 4) <= level:
            return ref.start, ref.end, ref.granularity, \
                f"counted from '{ref.expression}' ({format_span(ref.start, ref.end)}), " \
                f"the last {'day' if level == 0 else 'date'} given before it"
    assert ctx.anchor is not None
    return ctx.anchor, ctx.anchor, "day", _FROM_PUBLICATION


def _unit_period(unit: str, d: dt.date) -> tuple[dt.date, dt.date, str]:
    """The day, ISO week, month or year holding ``d``."""
    if unit in words("chain_day_units"):
        return d, d, "day"
    unit = "year" if unit == "decade" else unit
    start, end = period(unit, d, 0)
    return start, end, unit


def _count(m: re.Match[str], ctx: Ctx) -> Span:
    """ "two days earlier", "four days later", "a day after", "a week before"."""
    if ctx.after == "than":
        raise Unresolved(f"a comparison ('{m.group(0)} than ...'), not a date")
    _not_of_what_follows(m, ctx)
    n, unit = number(m["n"]), m["unit"]
    sign = -1 if m["way"] in words("chain_back_words") else 1
    start, _, granularity, note = _base(ctx, unit)
    d = shift(start, sign * n, unit)
    if unit == "week" and granularity == "day" and note != _FROM_PUBLICATION:  # from a day given
        return d, d, "day", f"{n * 7} days {'before' if sign < 0 else 'after'}; {note}"
    s, e, granularity = _unit_period(unit, d)
    return s, e, granularity, f"{n} {unit}(s) {'before' if sign < 0 else 'after'}; {note}"


def _not_of_what_follows(m: re.Match[str], ctx: Ctx) -> None:
    """A chain of another language than English followed right away by its "of"
    (``of_preps``) counts from what follows, not from a date given before: "90 días
    después *de* la ratificación", "el día siguiente *de* la votación" (the English DATE
    entity takes the event in: "90 days after the ratification"). Not after a comma ("Tres
    días después, de acuerdo con ..."), nor in English ("Two days later de Klerk said")."""
    if ctx.after in words_in_any("of_preps") - words("of_preps") and in_english(ctx.expression):
        raise Unresolved(f"counts from what follows ('{ctx.expression} {ctx.after} ...'), "
                         "not from a date given before it")


def _apart(m: re.Match[str], ctx: Ctx) -> Span:
    """ "on Thursday, eleven days after the leaders signed": what follows, counted from
    the day given before it in its sentence (module docstring)."""
    n, unit = number(m["n"]), m["unit"]
    refs = ctx.references or ()
    ref = refs[-1] if refs else None
    if (ctx.after not in words("apart_words") or not re.search(r",\s*$", ctx.before)
            or ctx.dated_after or unit not in ("day", "week") or ref is None
            or ref.granularity != "day" or ref.expression not in ctx.before):
        raise Unresolved("a duration, not a point in time")
    sign = 1 if ctx.after in words("chain_back_words") else -1  # "two days before the vote": ahead
    d = shift(ref.start, sign * n, unit)
    s, e, granularity = (d, d, "day") if unit == "week" and n <= EXACT_WEEKS else \
        _unit_period(unit, d)
    return s, e, granularity, (f"what follows, {n} {unit}(s) {ctx.after} '{ref.expression}' "
                               f"({format_span(ref.start, ref.end)}) in the same sentence")


def _step(m: re.Match[str], ctx: Ctx) -> Span:
    """ "the next day", "the following month", "the previous week", "the day before"."""
    _not_of_what_follows(m, ctx)
    unit = m["unit"]
    sign = -1 if m["way"] in words("chain_back_words") else 1
    start, end, _, note = _base(ctx, unit)
    if unit in words("chain_day_units"):
        d = (start if sign < 0 else end) + dt.timedelta(days=sign)
        return d, d, "day", f"the day {'before' if sign < 0 else 'after'}; {note}"
    s, e = period("week" if unit == "weekend" else unit, start, sign)
    if unit == "weekend":
        s = s + dt.timedelta(days=5)
        return s, s + dt.timedelta(days=1), "range", f"weekend: Sat–Sun; {note}"
    return s, e, unit, f"the {unit} {'before' if sign < 0 else 'after'}; {note}"


def month_step(m: re.Match[str], ctx: Ctx, month: int) -> Span:
    """ "the previous December", "the following March": the month so named last before
    (first after) the month of the latest date given before it that is a month or finer
    ("In May 2003 ... a ceasefire signed the previous December": December 2002), else
    before (after) publication's month."""
    sign = -1 if m["way"] in words("chain_back_words") else 1
    start, end, _, note = _base(ctx, "month")
    ref = start if sign < 0 else end
    if sign < 0:
        year = ref.year if month < ref.month else ref.year - 1
    else:
        year = ref.year if month > ref.month else ref.year + 1
    return dt.date(year, month, 1), month_end(year, month), "month", \
        f"the {dt.date(year, month, 1):%B} {'before' if sign < 0 else 'after'}; {note}"


_NAMED_YEAR = re.compile(r"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d.,]\d)")


def named_year(ctx: Ctx) -> int | None:
    """The year the text named last before the expression: a year written in figures in its
    sentence before it ("el orden constitucional de 1963 ... en septiembre de ese año"), else
    in the latest date given before it that names one ("March 4, 1998"); None if it named
    none. "That year" is that year, not the year of the last date counted from publication.
    A figure before a lower-case word with no preposition before it counts what the word
    names (:func:`_counts`: "unos 1800 soldados", "some 1900 troops"): no year."""
    years = [m.group() for m in _NAMED_YEAR.finditer(ctx.before) if not _counts(ctx.before, m)]
    if years:
        return int(years[-1])
    for ref in reversed(ctx.references or ()):
        years = _NAMED_YEAR.findall(ref.expression)
        if years:
            return int(years[-1])
    return None


def _counts(text: str, figure: re.Match[str]) -> bool:
    """Whether the year-like ``figure`` of ``text`` is a count: a lower-case word follows it
    and no preposition (``locative_preps``, ``date_leading_preps``, ``of_preps``,
    ``contracted_articles`` of any language) comes before it ("llegaron 1800 soldados"; not "en
    1998 se firmó", "in 1998 talks began", "la constitución de 1963 fue")."""
    after = re.match(r"\s+(\w+)", text[figure.end():])
    if after is None or not after.group(1).islower():
        return False
    before = re.search(r"(\w+)\W*$", text[:figure.start()])
    return before is None or before.group(1).lower() not in _year_preps()


@lexicon_cache
def _year_preps() -> frozenset[str]:
    """The prepositions a year written in figures follows (:func:`_counts`)."""
    return frozenset().union(*(words_in_any(name) for name in (
        "locative_preps", "date_leading_preps", "of_preps", "contracted_articles")))


def _same(m: re.Match[str], ctx: Ctx) -> Span:
    """ "the same day", "that evening", "later that day", "at the same time": the date
    counted from. "That year" is the year the text named last (:func:`named_year`), when it
    named one."""
    unit = m["unit"] or m["unit2"]
    if m["unit2"] == "year" and (year := named_year(ctx)) is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", f"that year: {year}, the year named last before it"
    if unit in ("week", "month", "year") and (_this_before(ctx.before) or m.group(0).startswith("this ")):
        assert ctx.anchor is not None
        s, e, g = _unit_period(unit, ctx.anchor)
        return s, e, g, f"this same {unit}: the {unit} of the article's own day, not of a date given before it"
    start, end, granularity, note = _base(ctx, unit)
    if unit == "time":
        return start, end, granularity, f"the same date; {note}"
    s, e, g = _unit_period(unit, start)
    return s, e, g, f"the same {unit}; {note}"


def _this_before(before: str) -> bool:
    """Whether the word right before a "same week/month/year" is a "this" of any language
    (``calendar_words`` of kind ``before`` meaning "this": "esta misma semana", "this same
    week"): the period the article is written in, not the one of the last date it gave.

    >>> _this_before("Las conversaciones podrían comenzar esta "), _this_before("el 3 de marzo; esa ")
    (True, False)
    """
    last = before.split()[-1].lower() if before.split() else ""
    return last in _this_words()


@lexicon_cache
def _this_words() -> frozenset[str]:
    return frozenset({"this"} | {t for lang in languages()
                                 for t, meaning in calendar_words(lang).get("before", {}).items()
                                 if meaning == "this"})


def _bounded(m: re.Match[str], ctx: Ctx) -> Span:
    """ "the ten days ending May 5", "the two weeks from June 3": a span at one end of a date."""
    n, unit = number(m["n"]), m["unit"]
    start, end, _, note = ctx.inner(m["inner"])
    if m["how"] in ("starting", "beginning", "from"):
        last = shift(start, n, unit) - dt.timedelta(days=1)
        return start, last, "range", f"{n} {unit}(s) from {format_span(start, end)}"
    first = shift(end, -n, unit) + dt.timedelta(days=1)
    return first, end, "range", f"{n} {unit}(s) up to {format_span(start, end)}"


def _until_now(m: re.Match[str], ctx: Ctx) -> Span:
    """ "between now and June": publication up to the end of the date it holds."""
    assert ctx.anchor is not None
    start, end, _, note = ctx.inner(m["inner"])
    if end < ctx.anchor:
        raise Unresolved(f"'{m['inner']}' is before publication")
    return ctx.anchor, end, "range", f"publication up to the end of {format_span(start, end)}"


def _offset(m: re.Match[str], ctx: Ctx) -> Span:
    """ "two days after May 5": a date shifted from the date it holds."""
    n, unit = number(m["n"]), m["unit"]
    start, end, granularity, _ = ctx.inner(m["inner"])
    if _FINER.get(granularity, 4) > _FINER.get(unit, 3):
        raise Unresolved(f"counts {unit}s from '{m['inner']}', which is a {granularity}")
    sign = -1 if m["way"] in words("chain_back_words") else 1
    s, e, g = _unit_period(unit, shift(start if sign < 0 else end, sign * n, unit))
    return s, e, g, f"{n} {unit}(s) {'before' if sign < 0 else 'after'} {format_span(start, end)}"


def _slice(m: re.Match[str], ctx: Ctx) -> Span:
    """ "the first two weeks of June", "the last week of March", "the second day of 2015"."""
    n = number(m["n"]) if m["n"] else 1
    unit, k = m["unit"], numbers("ordinals")[m["which"]]
    start, end, granularity, _ = ctx.inner(m["inner"])
    if _FINER.get(granularity, 4) <= _FINER[unit]:
        raise Unresolved(f"'{m['inner']}' is a {granularity}, not made of {unit}s")
    if k > 0:
        first = shift(start, (k - 1) * n, unit)
        last = min(shift(first, n, unit) - dt.timedelta(days=1), end)
    else:
        last = end
        first = max(shift(end, -n, unit) + dt.timedelta(days=1), start)
    note = f"{m['which']} {n} {unit}(s) of {format_span(start, end)}"
    if n == 1 and unit == "day":
        return first, last, "day", note
    if n == 1 and unit == "month" and last == month_end(first.year, first.month):
        return first, last, "month", note
    return first, last, "range", note


def _holder(m: re.Match[str], ctx: Ctx) -> Span:
    """ "the July 7 date", "the June 30 deadline": the date the noun phrase names."""
    start, end, granularity, note = ctx.inner(m["inner"])
    head = f"the date '{m['inner']}'"
    return start, end, granularity, f"{head}: {note}" if note else head


def rule_table(num: str, unit: str) -> list[tuple[str, str, Handler, bool]]:
    """This module's rules, for :func:`kit.timeline.rules.rules` (``num`` and ``unit``:
    its number and unit groups)."""
    hedge = r"(?:about |some |nearly |almost |only |just )?"
    back = r"earlier|later|before|after|afterwards?|on|prior|previously"
    return [
        ("chain", rf"{hedge}{num} {unit} (?P<way>{back})", _count, True),
        ("chain", r"(?:the )?(?P<way>next|following|previous|preceding|prior) "
         r"(?P<unit>day|morning|afternoon|evening|night)", _step, True),
        ("chain", r"(?:the )?(?P<way>following|previous|preceding|prior) "
         r"(?P<unit>week|weekend|month|year)", _step, True),
        ("chain", r"(?:the )?(?P<unit>day|night|morning|evening) (?P<way>before|after)",
         _step, True),
        ("chain", r"(?:at |on )?(?:the |this )?(?:very )?same (?P<unit>day|morning|afternoon|evening|"
         r"night|week|month|year|time)|(?:(?:later|earlier) )?that (?P<unit2>day|morning|"
         r"afternoon|evening|night|week|"
         r"month|year)", _same, True),
        ("bounded", rf"(?:the )?{num} {unit} (?P<how>ending|ended|up to|leading up to|starting|"
         r"beginning|from) (?P<inner>.+)", _bounded, True),
        ("bounded", r"(?:between )?now (?:and|until|till|through) (?P<inner>.+)", _until_now, True),
        ("offset", rf"{num} {unit} (?P<way>before|after|earlier than|later than) (?P<inner>.+)",
         _offset, True),
        ("slice", rf"(?:the )?(?P<which>{'|'.join(numbers('ordinals'))}) (?:{num} )?"
         r"(?P<unit>day|week|month)s? (?:of|in) (?P<inner>.+)", _slice, True),
        ("holder", r"(?:the )?(?P<inner>.+?) (?:date|deadline)", _holder, True),
        ("apart", rf"{hedge}{num} {unit}", _apart, True),
    ]
