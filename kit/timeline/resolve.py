"""Resolve news-style time expressions against the publication date.

spaCy labels "Friday", "Dec. 27" or "earlier this month" as ``DATE`` but does
not say *which* Friday. :func:`resolve` turns one expression into an inclusive
date interval and says why, in words a reader can check::

    'Friday', future tense, published Thu 2024-01-18 → Fri 2024-01-19

Pure Python; no spaCy. ``dateparser`` is used only for explicit dates in
formats the rules below do not cover; all anchoring is kit's own. What an
article as a whole decides (the reference of "two days later", the order of
numeric dates, the date of a quotation) is :mod:`kit.timeline.context`'s.

Conventions (each one is named in the explanation when it is used):

- **Weekdays** ("Friday", "Friday's meeting"): past tense → the latest such day
  on or before publication; future tense → the next one on or after it (AP
  style: "will meet Thursday" in a Thursday paper is that day); the present of
  the date's own verb in running text, with no cue, as the future ("Ostrians vote on
  Sunday" in a Monday paper, "before Kalvia joins the union on Saturday": a story tells
  what has happened in the past tense; a caption's present, "Photo: X speaks on
  Friday", is as often past, and a reporting verb's, "the ministry says on Monday that
  ...", tells a saying already made); a present that dates a noun ("expects progress from
  Friday's talks") or unknown tense → the nearest one (at most 3 days away). "last Friday" is the
  latest Friday *before* publication, "next Friday" the first *after* it,
  "this Friday" the Friday of the publication's ISO week (Mon–Sun). "early
  Saturday" is that Saturday. "Monday, June 10" takes the year in which June 10
  is a Monday; "tomorrow, Monday" is tomorrow (the weekday is checked). A weekday
  with its day of the month and no month ("Thursday the 22nd", "el jueves 22") is the
  day of that number, in publication's month or one either side, that falls on that
  weekday, nearest publication (by "last"/"next", before/after it); a number that is no
  such day ("el martes 15 personas ...") leaves the weekday alone.
- **Dates without a year** ("April 9", "in February", "mid-March"): the
  occurrence nearest publication (HeidelTime's rule). The direction of the
  tense or a cue ("since", "ahead of") only breaks near-ties: it wins when its
  occurrence is at most ``NEAR_TIE_DAYS`` further, or falls in the
  publication year (AP style: a date printed without a year is in the current
  year; not when a cue pointing forward meets a past tense: "extended the mandate until
  January 15" in a December paper is the coming January); for a month or longer ("began in December") the tense of the date's own
  verb decides, when no cue points the other way, and so it does for a day on which
  that verb's act took place ("began on May 15" in a February paper is last May; "will
  meet on March 3" in a May paper next March: ``act_day_preps`` before the day, no
  ``day_target_words`` before those, no planning verb: "had been set for ... on 12 June"
  may give the plan's day). With no direction, occurrences within ``EVEN_DAYS`` of equally far go
  to the publication year (:func:`kit.timeline.calendar_math.nearest`).
  "last August 12" / "next March" are the latest before / first after
  publication; "July 14 last year" and "September of last year" take that year.
  In the past, after a date with its year that its sentence wrote before it with no comma
  or semicolon between ("elected in June 2014 and took Tripoli in August"), a month or day
  on or after that date takes its year (:func:`kit.timeline.rules._year_told_before`); a day
  of the month alone takes the month its sentence told ("El 8 de marzo ..., y el día 9").
- **Parts of a month or week** ("mid-March", "late last month", "early next
  week", "the end of January", "earlier this month", "later this week"): the
  month or ISO week itself, at that granularity (TimeML gives the period and a
  modifier; the explanation names the part). Parts of a year stay ranges:
  early / mid / late <year> = Jan–Apr / May–Aug / Sep–Dec; "the beginning
  (start) of the year" = Jan 1–10 and "the end of the year" = Dec 21–31;
  "earlier this year" is the year.
- **Counting back** ("three days ago", "two weeks ago", "five months ago", "hace un
  año"): the day, ISO week or month that many units before publication; one week,
  unhedged, is the day a week before ("a week ago", "hace una semana": the same weekday,
  as "a week later" counted from a day is; "nearly a week ago" is the ISO week); a count of
  years names the month that many years back ("a year ago" in a February paper is
  that February: a whole calendar year would stretch up to two years back), a count
  of decades the year, and so does a hedged count of years ("nearly two years ago": no
  month that many years back); "two years ago today" is the day.
- **Spans**: "the next year" / "the past two weeks" = a range that starts /
  ends at publication; weeks are ISO weeks (Mon–Sun).
- **Chains** ("two days earlier", "a day after", "the next morning", "the
  following month", "the same day"): counted from the latest of the
  ``references`` given (the dates the article gave before) that is fine
  enough, else from publication
  (:mod:`kit.timeline.relative`). So are "the ten days ending May 5" and "the
  first two weeks of June", from the date they hold.
- **Numeric dates** ("06/10/2024"): month first unless ``day_first`` (the
  article's convention) or a part above 12 says otherwise.
- **Quotations** (``quoted``): "today" / "tomorrow" inside a quotation are read
  against the quotation's own date when the caller gives one in ``references``
  (the sentence says when it was said, or the article's dateline gives the day),
  else against publication; either way
  the explanation says the expression is quoted, so a reader (and
  :mod:`kit.timeline.events`) can treat it with care.
- **Extra words**: a hedge before a date ("as early as next week", "only this
  month": the ``date_hedges`` word list) is dropped; a date in parentheses
  ("this Monday (06/10/2024)") is read from the parentheses; a DATE span that
  runs on into other words ("March 4 after a two-week closure": a word of the
  ``date_run_on`` list) is read up to them. The explanation names what was left out.
- **Seasons** (meteorological, northern hemisphere): spring Mar–May, summer
  Jun–Aug, fall Sep–Nov, winter Dec–Feb (named by the year of its December).
  "this summer" = the one containing publication, else the one in the
  publication year; "last" = the latest that ended before, "next" = the first
  that starts after publication.
- Durations, ages, frequencies and vague spans ("two years", "two years old",
  "every year", "recent weeks") are left unresolved, with the reason.
- Without a publication date every relative expression is unresolved
  ("no publication date"); nothing is guessed silently. So is a date the
  calendar does not have ("2024-02-30", "tomorrow" of 9999-12-31) and a span
  that would end before it starts ("2024-2020"), each with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kit.lexicon.calendar import in_english
from kit.lexicon.cues import cue_before
from kit.lexicon.files import lexicon_cache
from kit.lexicon.regex import alternation
from kit.lexicon.wordlists import words, words_in_any
from kit.timeline.calendar_math import Unresolved, format_day, format_span
from kit.timeline.clauses import caption_opening
from kit.timeline.ctx import Ctx, Reference, anchor_date
from kit.timeline.rules import rules

__all__ = ["Resolution", "Reference", "resolve", "cue_before", "GRANULARITIES"]

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
        The date relative expressions were read against (publication, or the day of the
        article's dateline: ``filed``), or ``None``.
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
    references: Sequence[Reference] | None = None,
    day_first: bool | None = None,
    quoted: bool = False,
    noun_dated: bool = False,
    dated_after: bool = False,
    at: int | None = None,
    caption: bool = False,
    reporting: bool = False,
    planning: bool = False,
    filed: dt.date | None = None,
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
    references:
        The dates the article gave before the expression, in text order: a chain
        ("two days later", "the same day") counts from the latest fine enough,
        else from publication. For a ``quoted`` expression, the quotation's date.
        ``None`` (the default): the article was not read, and a chain stays
        unresolved, saying so (:func:`kit.timeline.context.resolve_article` reads it).
    day_first:
        The article's order for numeric dates ("06/10/2024"); ``None``: not
        known (month first unless a part above 12 says otherwise).
    quoted:
        The expression is inside a quotation (said in the explanation).
    noun_dated:
        The expression dates a noun ("the fighting in February"), not the verb whose
        ``tense`` is given: the tense then only breaks near-ties, for a month too,
        unless a cue points the same way ("the rest by the middle of February").
    dated_after:
        Another time expression follows in the same phrase (no comma between): a count "after" something
        ("two weeks after the talks opened on June 4") then dates nothing itself.
    at:
        Where the expression starts in ``sentence``, for a sentence that holds it
        twice ("two days after the recess, and on Thursday, two days after ...");
        ``None``: its first occurrence.
    caption:
        The sentence is a photo caption ("Photo: ...", or a line a photo credit closes,
        :func:`kit.timeline.clauses.furniture`): its present is as often past, and a
        weekday it dates is the nearest one. A sentence that opens as a caption is one.
    reporting:
        The date's verb reports what was said ("the ministry says on Monday that ...",
        "dice el lunes que ..."): its present tells a saying, which a report gives once
        it is made, and a weekday it dates is the nearest one.
    planning:
        The date's verb plans an act (``planning_verbs``, ``scheduling_words``: "a meeting
        that had been set for Singapore on 12 June"): the day it gives may be the plan's,
        so its tense does not decide which year a year-less day is in.
    filed:
        The day the article's dateline gives when it is not publication's (a wire story
        printed a day or more later, :func:`kit.timeline.context.resolve_article` decides):
        relative expressions are read against it instead, and the explanation says so.

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
    text = _normalise(in_english(expression) or expression)  # "el pasado viernes": "last Friday"
    at = sentence.find(expression) if at is None else at
    before, after = (sentence[:at], sentence[at + len(expression):]) if at >= 0 else ("", "")
    if cue is None and sentence:
        cue = cue_before(before + expression, expression)
    pointed = _direction(None, cue)
    direction = _direction(tense, cue)
    # the tense decides a month only when no cue points the other way ("will investigate
    # violations since February") and it is the tense of the date's own verb, or a cue
    # agrees with it ("must be gone by the middle of February", parsed on a noun)
    decisive = tense in ("past", "future") and pointed in (None, tense) and (
        not noun_dated or pointed == tense)
    ctx = Ctx(expression, text, filed or published, tense, direction,
              cue if direction and tense not in ("past", "future") else None,
              None if references is None else tuple(references), day_first, quoted,
              _word_after(after), decisive, rules(), before=before, dated_after=dated_after,
              scheduled=tense == "present" and not noun_dated and pointed is None
              and not caption and not reporting and not caption_opening(before),
              act_day=decisive and not planning and _on_the_day(before, expression),
              against=_against(tense, pointed), filed=filed is not None and filed != published)
    found = _apply(ctx, text)
    if found is None:
        found = _extra_words(ctx, text)
    if found is None or not found.resolved:
        found = _cut_chain(ctx, text, after) or found
    return found if found is not None else _fallback(ctx)


def _apply(ctx: Ctx, text: str, dropped: str = "") -> Resolution | None:
    """The first rule that matches all of ``text``, applied; ``None`` if none matches."""
    for name, pattern, handler, relative in ctx.table:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        if relative and ctx.anchor is None:
            return _fail(ctx, name, "relative expression and no publication date; left unresolved")
        try:
            start, end, granularity, note = handler(m, ctx)
        except Unresolved as exc:
            return _fail(ctx, name, str(exc))
        except (ValueError, OverflowError) as exc:  # "2024-02-30", "tomorrow" of 9999-12-31
            return _fail(ctx, name, f"no such date ({exc}); left unresolved")
        if start > end:  # "2024-2020", "Jan. 5-3, 2024"
            return _fail(ctx, name, f"the span would end ({end}) before it starts ({start}); "
                                    "left unresolved")
        note = "; ".join(filter(None, [dropped, note]))
        return _success(ctx, name, start, end, granularity, note, relative)
    return None


def _extra_words(ctx: Ctx, text: str) -> Resolution | None:
    """A date with words around it that no rule covers: a hedge before it ("as early as
    next week"), a date in parentheses after it, or a clause it runs on into."""
    for read in (_hedged, _parenthesised, _run_on):
        found = read(ctx, text)
        if found is not None and found.resolved:
            return found
    return None


def _cut_chain(ctx: Ctx, text: str, rest: str) -> Resolution | None:
    """ "the day | before had gone well": a bare day (``chain_day_units``) the parse cut
    from the chain word that follows it (``apart_words``), when that word ends the phrase
    (a mark, the end, or a verb of ``chain_closers``), is the chain "the day before"; not
    "the day before the vote", nor "the day after he arrived". Only counted from a day its
    sentence gave before it ("said on Friday that ... the day before"): with none, what
    the chain counts from is a guess."""
    refs = ctx.references or ()
    if not refs or refs[-1].granularity != "day" or refs[-1].expression not in ctx.before:
        return None
    m = re.fullmatch(r"(?:the )?(?P<unit>\w+)", text)
    way = re.match(r"\s+(?P<way>\w+)(?:\s*(?:[^\w\s]|$)|\s+(?P<next>\w+))", rest)
    if m is None or way is None or m["unit"] not in words("chain_day_units") - {"time"} \
            or way["way"].lower() not in words("apart_words") \
            or (way["next"] is not None and way["next"].lower() not in words("chain_closers")):
        return None
    found = _apply(ctx, f"the {m['unit']} {way['way'].lower()}",
                   f"'{way['way']}' after it in the sentence: the chain '{text} {way['way']}'")
    return found if found is not None and found.resolved else None


def _hedged(ctx: Ctx, text: str) -> Resolution | None:
    """ "as early as next week", "only this month": the date without the hedge."""
    for hedge in sorted(words("date_hedges"), key=lambda h: -len(h)):
        if text.startswith(hedge + " "):
            return _apply(ctx, text[len(hedge) + 1:], f"'{hedge}' left out")
    return None


def _parenthesised(ctx: Ctx, text: str) -> Resolution | None:
    """ "this Monday (06/10/2024)": the date in the parentheses, with what the rest gives."""
    m = re.fullmatch(r"(?P<outer>.*?) ?\((?P<inner>[^()]+)\)", text)
    if m is None:
        return None
    outer = _apply(ctx, m["outer"]) if m["outer"] else None
    agree = "" if outer is None or outer.start is None or outer.end is None else \
        f" (it gives {format_span(outer.start, outer.end)})"
    return _apply(ctx, m["inner"], f"read from the parentheses; '{m['outer']}' left out{agree}")


def _run_on(ctx: Ctx, text: str) -> Resolution | None:
    """ "March 4 after a two-week closure": the date up to a ``date_run_on`` word, or
    up to a comma ("May 27, a day that ..."); after a comma, a full date with its year
    wins over what comes before it ("Good Friday, April 10, 1998")."""
    parts = text.split()
    for i, word in enumerate(parts[1:], start=1):
        if parts[i - 1].endswith(","):
            rest = _apply(ctx, " ".join(parts[i:]), f"'{' '.join(parts[:i]).rstrip(',')}' left out: "
                                                    "the date after it gives its year")
            if rest is not None and rest.resolved and rest.rule == "explicit":
                return rest  # "Good Friday, April 10, 1998": the full date, not the holiday's nearest
            found = _apply(ctx, " ".join(parts[:i]).rstrip(","),
                           f"the span runs on: '{' '.join(parts[i:])}' left out")
            if found is not None and found.resolved:
                return found
        if word in words("date_run_on"):
            found = _apply(ctx, " ".join(parts[:i]),
                           f"the span runs on: '{' '.join(parts[i:])}' left out")
            if found is not None and found.resolved:
                return found
    return None


def _word_after(rest: str) -> str:
    """The first word of ``rest``, the sentence after the expression ("than" in "six months
    later than planned"), past a closing quotation mark; none after a comma or other mark
    ("Two days later, de Varenne said")."""
    found = re.match(r"[\s»”’\"']*(\w+)", rest)
    return found.group(1).lower() if found else ""


def _on_the_day(before: str, expression: str) -> bool:
    """Whether a word of ``act_day_preps`` ("on", "el") stands right before the date, in
    the expression or the sentence before it, and no word of ``day_target_words`` before
    that ("para el 5 de diciembre", "a más tardar el 31"): the day is when the clause's act
    took place ("began *on* May 15", "entregó las armas *el* 25 de noviembre"), not a noun's
    ("the May 15 deadline") nor a target.

    >>> _on_the_day("The withdrawal began ", "on May 15"), _on_the_day("the ", "May 15")
    (True, False)
    >>> _on_the_day("fijaron la cumbre para ", "el 5 de diciembre")
    False
    """
    head = re.findall(r"\w+", expression.lower())
    marks = words_in_any("act_day_preps")
    while head and head[0] in marks:
        head.pop(0)
    if not head:
        return False
    said = re.findall(r"\w+", before.lower()) + re.findall(r"\w+", expression.lower())
    lead = said[:len(said) - len(head)]
    return bool(lead) and lead[-1] in marks and (
        len(lead) < 2 or lead[-2] not in words_in_any("day_target_words"))


def _against(tense: str | None, pointed: str | None) -> bool:
    """Whether a past tense and a cue that points forward ("a partir del", "until") disagree:
    the act was done, what it set runs from or up to the date, which may lie either side of
    publication ("nombró a X secretario general a partir del 1 de enero" in a December paper,
    "the council extended the mandate until January 15"): the tense still breaks a near-tie
    ("half had gone by Aug. 15" in a February paper is last August), but the publication
    year does not make the past occurrence win over a far nearer one
    (:func:`kit.timeline.calendar_math.nearest`)."""
    return tense == "past" and pointed == "future"


def _direction(tense: str | None, cue: str | None) -> str | None:
    if tense in ("past", "future"):
        return tense
    if cue in words_in_any("forward_cues"):
        return "future"
    if cue in words_in_any("backward_cues"):
        return "past"
    return None


def _normalise(expression: str) -> str:
    text = expression.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,;:.!?\"'")
    text = re.sub(r"'s$|s'$", "", text).strip()
    text = _leading_prep().sub("", text)
    text = re.sub(r",? (?:at )?\d{1,2}(?::\d\d)? ?[ap]\.?m\.?(?: [a-z]+)?$", "", text)
    # a clock time before the date: "00:00 on Feb. 15", "midnight on Sunday", "9 a.m. Tuesday"
    text = re.sub(r"^(?:\d{1,2}:\d\d(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?|noon|midnight)"
                  r"(?: (?:gmt|utc|[a-z]+ time))?,? (?:on |of )?(?=\S)", "", text)
    text = _day_part().sub(lambda m: m.group(0) if _keeps_day_part(m.group(1)) else m.group(1), text)
    return text.replace("this past ", "last ").replace("this coming ", "next ")


@lexicon_cache
def _leading_prep() -> re.Pattern[str]:
    """A preposition before a date, dropped: "on Monday" (``date_leading_preps``)."""
    return re.compile(rf"^(?:{alternation(words('date_leading_preps'))}) ")


@lexicon_cache
def _day_part() -> re.Pattern[str]:
    """A part of the day (``day_parts``) after a date: "Monday morning"."""
    return re.compile(rf"^(.+?) (?:{alternation(words('day_parts'))})$")


def _keeps_day_part(before: str) -> bool:
    """ "last night", "the next morning", "that evening": the part of the day is the
    expression (``day_part_deictics``, ``day_part_modifiers``)."""
    return before in words("day_part_deictics") or before.split()[-1] in words("day_part_modifiers")


def _success(ctx: Ctx, rule: str, start: dt.date, end: dt.date, granularity: str, note: str,
             relative: bool) -> Resolution:
    if relative:
        tense = f"{ctx.tense} tense" if ctx.tense else "tense unknown"
        cue = f", cue '{ctx.cue}'" if ctx.cue else ""
        head = f"'{ctx.expression}', {tense}{cue}, published {format_day(anchor_date(ctx))}"
        if ctx.filed:  # every "publication" of the rules' notes is the dateline's date here
            head = f"'{ctx.expression}', {tense}{cue}, dateline {format_day(anchor_date(ctx))}"
            note = "; ".join(filter(None, [_PUBLICATION.sub(_of_dateline, note), FILED_NOTE]))
    else:
        head = f"'{ctx.expression}': explicit date"
    if ctx.quoted and "quotation" not in note:
        note = "; ".join(filter(None, [note, "inside a quotation"]))
    text = f"{head} → {format_span(start, end)}" + (f" ({note})" if note else "")
    return Resolution(ctx.expression, start, end, granularity, ctx.anchor, True, text, rule)


FILED_NOTE = "the dateline's date, not publication"
_PUBLICATION = re.compile(r"\b(?:the )?publication(?:'s)?(?: year)?\b")


def _of_dateline(m: re.Match[str]) -> str:
    """What a rule's note says of publication, said of the dateline's date."""
    return "the dateline's year" if m.group().endswith("year") else "the dateline's date"


def _fail(ctx: Ctx, rule: str, reason: str) -> Resolution:
    text = f"'{ctx.expression}': {reason}"
    return Resolution(ctx.expression, None, None, None, ctx.anchor, False, text, rule)


def _fallback(ctx: Ctx) -> Resolution:
    if re.search(r"\b(?:1[89]|20)\d\d\b", ctx.text):
        import dateparser  # only for explicit dates in unusual formats

        # explicit dates only: its relative-time parser reads "yesterday 2021" against today
        settings = {"STRICT_PARSING": True, "DATE_ORDER": "MDY", "RETURN_AS_TIMEZONE_AWARE": False,
                    "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
        parsed = dateparser.parse(ctx.text, languages=["en"],
                                  settings=settings)  # type: ignore[arg-type]
        if parsed is not None:
            d = parsed.date()
            return _success(ctx, "explicit", d, d, "day", "parsed by dateparser", False)
    return _fail(ctx, "none", "no rule for this expression; kit resolves weekdays, month/day, "
                 "months, seasons, years and relative spans")
