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

import datetime as dt
import re
from dataclasses import dataclass

from kit.lexicon.cues import cue_before
from kit.lexicon.wordlists import words
from kit.timeline.calendar_math import Unresolved, format_day, format_span
from kit.timeline.rules import Ctx, anchor_date, rules

__all__ = ["Resolution", "resolve", "cue_before", "GRANULARITIES"]

GRANULARITIES = ("day", "week", "month", "season", "year", "range")
TENSES = ("past", "present", "future")
# Cue phrases are data: the forward_cues and backward_cues lists of
# kit/lexicon/data/words.csv (kit.lexicon.wordlists.words).


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
    ctx = Ctx(expression, text, published, tense, direction,
              cue if direction and tense not in ("past", "future") else None)
    for name, pattern, handler, relative in rules():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        if relative and published is None:
            return _fail(ctx, name, "relative expression and no publication date; left unresolved")
        try:
            start, end, granularity, note = handler(m, ctx)
        except Unresolved as exc:
            return _fail(ctx, name, str(exc))
        return _success(ctx, name, start, end, granularity, note, relative)
    return _fallback(ctx)


def _direction(tense: str | None, cue: str | None) -> str | None:
    if tense in ("past", "future"):
        return tense
    if cue in words("forward_cues"):
        return "future"
    if cue in words("backward_cues"):
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


def _success(ctx: Ctx, rule: str, start: dt.date, end: dt.date, granularity: str, note: str,
             relative: bool) -> Resolution:
    if relative:
        tense = f"{ctx.tense} tense" if ctx.tense else "tense unknown"
        cue = f", cue '{ctx.cue}'" if ctx.cue else ""
        head = f"'{ctx.expression}', {tense}{cue}, published {format_day(anchor_date(ctx))}"
    else:
        head = f"'{ctx.expression}': explicit date"
    text = f"{head} → {format_span(start, end)}" + (f" ({note})" if note else "")
    return Resolution(ctx.expression, start, end, granularity, ctx.anchor, True, text, rule)


def _fail(ctx: Ctx, rule: str, reason: str) -> Resolution:
    text = f"'{ctx.expression}': {reason}"
    return Resolution(ctx.expression, None, None, None, ctx.anchor, False, text, rule)


def _fallback(ctx: Ctx) -> Resolution:
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
