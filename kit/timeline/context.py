"""Resolve the time expressions of one article together: what the article as a whole decides.

:func:`kit.timeline.resolve.resolve` reads one expression; three things need
the expressions around it, and :func:`resolve_article` supplies them:

- **Chains** ("two days earlier", "the next morning", "the same day") count
  from the latest date the article gave before them that is fine enough (a day
  for a count of days), else from publication. A reference is a date resolved
  to a day, week, month or year outside a quotation. Anaphora reach back over
  paragraphs ("Late on Monday, a bomb ... [two sentences] ... the next morning"),
  so the whole text before the expression counts, latest first. A date of an
  event the sentence gives as what another act came after ("The decision came
  *after the referendum on Sept. 30*": it dates a noun an ``after_preps`` word
  introduces: the dates table's ``after``, read from the parse) is background, not a
  step of the article's line of dates: chains
  pass over it ("Two days earlier, X resigned" counts from the day given before). So is a
  day counted apart from the one its sentence gives ("said on Tuesday, *a day after* X
  signed": the signing, Monday): "the same day" in the next sentence is Tuesday, the last
  day the text gave as its own, as "un día después de que X firmara" is none.
- **Numeric dates** follow the article's convention: if any numeric date of the
  article has a first part above 12 ("25/06/2024") they are all read day
  first; if any has a second part above 12, month first; otherwise month first,
  and the explanation says nothing decided it.
- **Quotations**: an expression inside quotation marks, or in a line of dialogue opened by
  a dash (:func:`in_dialogue`: "—Hoy firmamos —dijo Ventel el martes"), is resolved after the
  others; "today" / "tomorrow" in it count from the date the same sentence
  gives outside the quotation ("..., he said on Friday"), if it gives one to
  the day, else from the day the article's dateline gives ("KALVO, June 18
  (MPA) —": the reporter's day there, when publication is often the next), else
  from publication. Every quoted expression is marked "inside a
  quotation" in its explanation.
- **The dateline's date**: a wire story a paper prints a day or more after it was filed
  keeps the wire's dateline ("PORT NEW, March 5 (PW) — ... signed a truce today" in a
  March 6 paper): its relative expressions outside quotations ("today", "yesterday", "on
  Tuesday") are read against the dateline's day when it falls before publication by at most
  ``FILED_DAYS`` (the year that puts it on or before publication), and each explanation says
  so. A dateline's day after publication, or further back, is no filing date: publication
  stays the anchor (and a quotation keeps its own, above).
- **Counts apart** ("on Thursday, eleven days after they signed") count from the
  day given before them in their sentence, unless another time expression follows
  in the same phrase ("two weeks after the talks opened on June 4": what follows has
  its own; not one after a comma, "eleven days after they signed it, and runs until
  Dec. 1").
  A count right before "after"/"before" and the next expression is one date the
  parse cut in two: "two days after Christmas" is Dec. 27 (and "Christmas" bounds
  it: it dates no event of its own).

Examples
--------
>>> import datetime as dt
>>> rows = [Mention("Monday", 0, tense="past"), Mention("two days earlier", 0, tense="past")]
>>> [r.start for r in resolve_article(rows, dt.date(2022, 10, 31))]
[datetime.date(2022, 10, 31), datetime.date(2022, 10, 29)]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from kit.lexicon.wordlists import words
from kit.timeline.resolve import Reference, Resolution, resolve

__all__ = ["Mention", "resolve_article", "day_first", "in_dialogue", "REFERENCE_GRANULARITIES"]

REFERENCE_GRANULARITIES = ("day", "week", "month", "year")
FILED_DAYS = 2  # how many days before publication a dateline's date may be the story's own day: the
# next day, or a Saturday wire in a Monday paper
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d\d)\b")


class Mention(NamedTuple):
    """One time expression of an article, as :func:`resolve_article` needs it.

    ``expression`` is the text to resolve (with any modifier spaCy left out:
    "last" + "Friday"); ``sentence_id`` orders sentences; ``tense``, ``cue``
    and ``sentence`` are passed to :func:`kit.timeline.resolve.resolve`;
    ``quoted``: the expression is inside a quotation; ``offset``: where the
    expression starts in ``sentence`` (-1: not given, its first occurrence counts),
    which tells apart two occurrences of one expression in a sentence.
    """

    expression: str
    sentence_id: int
    tense: str | None = None
    cue: str | None = None
    sentence: str = ""
    quoted: bool = False
    noun_dated: bool = False  # the expression dates a noun, not the verb whose tense is given
    offset: int = -1
    after: bool = False  # it dates a noun an ``after_preps`` word puts before the act
    dateline: bool = False  # it stands in the article's dateline ("KALVO, June 18 (MPA) —")
    caption: bool = False  # it stands in a photo caption, whose present is as often past
    reporting: bool = False  # its verb reports what was said ("says on Monday"): a saying told
    planning: bool = False  # its verb plans an act ("had been set for Singapore on 12 June")

    def at(self) -> int:
        """Where the expression starts in the sentence; -1 if it is not there."""
        if self.offset >= 0 and self.sentence.startswith(self.expression, self.offset):
            return self.offset
        return self.sentence.find(self.expression)


def day_first(expressions: Sequence[str]) -> bool | None:
    """The article's order of numeric dates: ``True`` day first, ``False`` month first,
    ``None`` when no numeric date has a part above 12 (or they disagree).

    >>> day_first(["25/06/2024", "06/10/2024"]), day_first(["06/10/2024"])
    (True, None)
    """
    pairs = [(int(a), int(b)) for text in expressions for a, b in _NUMERIC.findall(text)]
    first, second = any(a > 12 for a, _ in pairs), any(b > 12 for _, b in pairs)
    return first if first != second else None


def resolve_article(mentions: Sequence[Mention], published: dt.date | None,
                    dateline: str = "") -> list[Resolution]:
    """Resolve an article's time expressions, in text order, each with its context.

    Parameters
    ----------
    mentions:
        The article's expressions in the order they appear.
    published:
        The article's publication date (the anchor), or ``None``.
    dateline:
        The date the article's dateline gives
        (:func:`kit.extract.datelines.dateline_date`: "17 diciembre"), "" when none; a
        mention in the dateline gives it too.

    Returns
    -------
    list of Resolution
        One per mention, in the same order.
    """
    order = day_first([m.expression for m in mentions])
    out: list[Resolution | None] = [None] * len(mentions)
    given: list[Reference] = []  # the dates given so far, outside quotations
    filed = _filed([*(m for m in mentions if m.dateline), *([Mention(dateline, -1)] if dateline else [])],
                   published, order)
    for i, m in enumerate(mentions):
        if m.quoted:
            continue
        own = None if m.dateline else filed  # the dateline itself is read against publication
        later = i + 1 < len(mentions) and mentions[i + 1].sentence_id == m.sentence_id
        joined = _joined(m, mentions[i + 1]) if later else None
        r = _resolve(m._replace(expression=joined, offset=m.at()), published, given, order,
                     filed=own) if joined else None
        if r is None or not r.resolved:
            r = _resolve(m, published, given, order, later and _in_its_phrase(m, mentions[i + 1]),
                         filed=own)
        out[i] = r
        if r.resolved and r.granularity in REFERENCE_GRANULARITIES and not m.after and r.rule != "apart":
            assert r.start is not None and r.end is not None and r.granularity is not None
            given.append(Reference(m.expression, r.start, r.end, r.granularity))
    for i, m in enumerate(mentions):
        if m.quoted:
            said = _said_on(mentions, out, m.sentence_id) or (
                None if _dated_outside(mentions, m.sentence_id) else _dateline_day(mentions, out))
            out[i] = _resolve(m, published, [said] if said else [], order)
    return [r for r in out if r is not None]


DIALOGUE_DASHES = "\u2014\u2015\u2013"  # em dash, horizontal bar, en dash: what opens a line of dialogue
_DIALOGUE = re.compile(rf"\s*[{DIALOGUE_DASHES}](?=\S)")


def in_dialogue(sentence: str, at: int, opened: bool = False) -> bool:
    """Whether what starts at ``at`` in ``sentence`` is said in a line of dialogue, the
    Spanish quotation that opens on a dash written against its first word and leaves it for
    the narrator's words at a dash after a space ("—Hoy es un día de paz —dijo Ventel el
    martes—. Mañana firmaremos"): the words said are quoted, the narrator's are not, and
    what follows the narrator's closing dash is said again. A dash and a space ("— El rey
    firmó": what a dateline leaves) open no dialogue. ``opened``: the sentence before was the
    opening dash alone (the parse cut the line after it), so the line is said from its start.

    >>> line = "—Hoy es un día de paz —dijo Ventel el martes—. Mañana firmaremos."
    >>> [in_dialogue(line, line.index(w)) for w in ("Hoy", "martes", "Mañana")]
    [True, False, True]
    >>> in_dialogue("— El rey firmó hoy.", 14), in_dialogue("Hoy firmamos —dijo.", 0, opened=True)
    (False, True)
    """
    opening = _DIALOGUE.match(sentence)
    if opening is None and not opened or opening is not None and at < opening.end():
        return False
    said = True
    for i in range(opening.end() if opening is not None else 0, min(at, len(sentence))):
        if sentence[i] not in DIALOGUE_DASHES:
            continue
        if said and i > 0 and sentence[i - 1].isspace():
            said = False  # " —dijo": the narrator speaks
        elif not said and (i + 1 == len(sentence) or not sentence[i + 1].isalnum()):
            said = True  # "—." or "—,": the speaker again
    return said


def _in_its_phrase(m: Mention, following: Mention) -> bool:
    """Whether ``following`` stands in the phrase ``m`` opens: no comma or semicolon
    between them ("two weeks after the talks opened on June 4"; not "eleven days after
    they signed it, and runs until Dec. 1")."""
    at, end = m.at(), following.at()
    end = end if end > at >= 0 else -1
    return end < 0 or not re.search(r"[,;]", m.sentence[at + len(m.expression): end])


def _joined(m: Mention, following: Mention) -> str | None:
    """ "two days after Christmas" when the parse made two expressions of it, "two days"
    and "Christmas", with only "after" (``apart_words``) between them in the sentence."""
    for word in words("apart_words"):
        joined = f"{m.expression} {word} {following.expression}"
        if joined in m.sentence:
            return joined
    return None


def _resolve(m: Mention, published: dt.date | None, refs: list[Reference],
             order: bool | None, later: bool = False, filed: dt.date | None = None) -> Resolution:
    """``m`` resolved; against the dateline's day ``filed`` only when it reads to a day ("today",
    "on Monday"): a week or month ("later this month") is the paper's, read from publication."""
    def read(anchor: dt.date | None) -> Resolution:
        return resolve(m.expression, published, tense=m.tense, sentence=m.sentence, cue=m.cue,
                       references=refs, day_first=order, quoted=m.quoted, noun_dated=m.noun_dated,
                       dated_after=later, at=m.at(), caption=m.caption,
                       reporting=m.reporting, planning=m.planning, filed=anchor)
    r = read(filed)
    return read(None) if filed is not None and not (r.resolved and r.granularity == "day") else r


def _filed(dateline: Sequence[Mention], published: dt.date | None,
           order: bool | None) -> dt.date | None:
    """The day the article's ``dateline`` gives (the first of its dates read to a day), when
    it lies before publication by at most ``FILED_DAYS`` (read in the past: the year that
    puts it on or before publication); ``None`` when there is no such day, or it is
    publication's."""
    if published is None:
        return None
    for m in dateline:
        if not any(c.isdigit() for c in m.expression):  # a weekday alone ("SAN LUNES.—"): no day
            continue
        r = _resolve(m._replace(tense="past", quoted=False), published, [], order)
        if r.resolved and r.granularity == "day" and r.start is not None:
            return r.start if 0 < (published - r.start).days <= FILED_DAYS else None
    return None


def _said_on(mentions: Sequence[Mention], done: list[Resolution | None],
             sentence_id: int) -> Reference | None:
    """The day the sentence gives outside its quotation ("..., he said on Friday")."""
    return _first_day(mentions, done, lambda m: m.sentence_id == sentence_id)


def _dated_outside(mentions: Sequence[Mention], sentence_id: int) -> bool:
    """Whether the sentence dates the saying outside its quotation, if not to the day
    ("..., he said last week"): then it was not said on the dateline's day."""
    return any(m.sentence_id == sentence_id and not m.quoted and not m.dateline for m in mentions)


def _dateline_day(mentions: Sequence[Mention], done: list[Resolution | None]) -> Reference | None:
    """The day the article's dateline gives ("KALVO, June 18 (MPA) —"): where the
    reporter was that day, so what was said there "tonight" was said then."""
    return _first_day(mentions, done, lambda m: m.dateline)


def _first_day(mentions: Sequence[Mention], done: list[Resolution | None],
               where: Callable[[Mention], bool]) -> Reference | None:
    """The first day resolved outside a quotation among the mentions ``where`` picks."""
    for m, r in zip(mentions, done):
        if where(m) and not m.quoted and r is not None and r.resolved and r.granularity == "day":
            assert r.start is not None
            return Reference(m.expression, r.start, r.start, "day")
    return None
