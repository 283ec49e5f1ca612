"""What a rule of :mod:`kit.timeline.rules` knows when it reads an expression.

:class:`Ctx` carries the expression, the publication date, the direction from the
tense or a cue, and what the article around it says (:class:`Reference` dates given
before it, the order of numeric dates, whether it is quoted). A handler takes a
regex match and a :class:`Ctx` and returns a :data:`Span` or raises
:class:`kit.timeline.calendar_math.Unresolved`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from kit.timeline.calendar_math import Unresolved

__all__ = ["Ctx", "Reference", "Span", "Handler", "Rule", "anchor_date"]

Span = tuple[dt.date, dt.date, str, str]
"""What a handler returns: start, end (inclusive), granularity, note."""
Handler = Callable[[re.Match[str], "Ctx"], Span]
Rule = tuple[str, re.Pattern[str], Handler, bool]
"""``(rule name, pattern matched against the whole normalised expression, handler, needs anchor)``."""


class Reference(NamedTuple):
    """A date already resolved that another expression counts from ("two days later")."""

    expression: str
    start: dt.date
    end: dt.date
    granularity: str


@dataclass(frozen=True)
class Ctx:
    """What a rule handler knows besides its match: the expression, anchor and direction.

    ``references`` are the dates the article gave before the expression, in text
    order, for the rules that count from one ("two days later": the latest fine
    enough), ``None`` when the caller did not read the article (those rules then
    say so); for a quoted expression, the date of the quotation. ``day_first`` is
    the article's convention for numeric dates ("06/10/2024"), ``None`` when nothing
    in the article decides it; ``quoted`` says the expression is inside a quotation;
    ``after`` is the word that follows it in the sentence, ``before`` the sentence up
    to it; ``table`` holds the rules (:func:`kit.timeline.rules.rules`) for a date
    inside the expression.
    """

    expression: str
    text: str
    anchor: dt.date | None
    tense: str | None
    direction: str | None
    cue: str | None = None  # set when a cue word, not the tense, gave the direction
    references: tuple[Reference, ...] | None = None  # None: the article was not read
    day_first: bool | None = None
    quoted: bool = False
    after: str = ""  # the word after the expression in its sentence ("than": a comparison)
    decisive: bool = False  # the verb's own tense, no cue against it: it decides a month

    table: tuple[Rule, ...] = ()  # the rules, for :meth:`inner`
    before: str = ""  # the sentence up to the expression ("took effect on Thursday, ")
    dated_after: bool = False  # another time expression follows in the same phrase
    # its own verb in the present in running text, no cue: a weekday lies ahead ("vote on Sunday")
    scheduled: bool = False
    # decisive, and the day is the one the verb's act took place on ("began on May 15",
    # "entregó las armas el 25 de noviembre"): the tense decides the day too
    act_day: bool = False
    # a cue points against the tense ("extended the mandate until January 15"): the tense
    # breaks near-ties only, the publication year does not make it win
    against: bool = False
    # the anchor is the day the article's dateline gives, not publication (a wire story
    # printed later): the explanation says so
    filed: bool = False

    def inner(self, text: str) -> Span:
        """Resolve a date held inside the expression ("May 5" of "the ten days ending May 5")."""
        for _name, pattern, handler, relative_ in self.table:
            m = pattern.fullmatch(text)
            if m is None:
                continue
            if relative_ and self.anchor is None:
                raise Unresolved(f"'{text}' is relative and there is no publication date")
            return handler(m, self)
        raise Unresolved(f"no rule for '{text}'")


def anchor_date(ctx: Ctx) -> dt.date:
    """The publication date of a rule that needs one (``resolve`` checked it is set)."""
    assert ctx.anchor is not None
    return ctx.anchor
