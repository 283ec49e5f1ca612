"""The states an article names: the side of a bare office of a state.

"Interior Minister Juan Fernando Ortegón", "former President Andrés Villaquirán":
the title is a state's (``scope`` ``state`` in ``kit/lexicon/data/titles.csv``)
but names no country. When the article names exactly one state, that state
is the side; two or more give nothing, since a mediator, a host or the other
party may be the one meant. So does one state named in a story filed in another
state's capital ("QUITO — ... talks with Peru ...": the Vice-President may be
either's; ``_sides_of_state_offices`` in :mod:`kit.extract.roles`). The
paragraph is no safer: it often names only the other party ("President Volodymyr Oliynyk said that whatever Russia
promised ...").

A state is named by an entity that is not a place: a country or capital acting
("Colombia signed", "Washington pressed"), an institution, a demonym or a
possessive ("the Colombian government", "Colombia's Congress", "Colombians"),
and by a person whose side is stated ("Russian Foreign Minister Sergei
Varlamin"). A venue ("in Havana") and a dateline ("BOGOTÁ —") name none: talks
are often held in, and filed from, a third country. International bodies
("the United Nations") and non-state parties are not states, and a side kit
guessed (a ``context: ...`` cue, "the government's"), or the nationality of
someone who holds no office ("the French diplomat Jean Verdaille"), names nothing.

The side is weak (cue ``context: ...``): :mod:`kit.actors` keeps any side the
corpus states for that person over it.

Examples
--------
>>> from kit.extract.phrases import Entity
>>> from kit.extract.titles import lexicon
>>> colombia = Entity(0, 1, 0, 8, "Colombia", "GPE", "Colombia", kind="modifier")
>>> states_named([colombia], "Colombia's Congress voted. Interior Minister Juan Cristo spoke.", lexicon())
{'Colombia'}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kit.extract.datelines import dateline_spans, in_dateline
from kit.extract.phrases import CONTEXT_CUE

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kit.extract.phrases import Entity
    from kit.extract.titles import Lexicon

NAMING_KINDS = frozenset({"government", "modifier", "group", "organization", "person"})


def states_named(entities: Iterable[Entity], text: str, lex: Lexicon) -> set[str]:
    """The states (:attr:`kit.extract.titles.Lexicon.states`) the read ``entities``
    of ``text`` name (see the module docstring)."""
    return {state for _, state in state_mentions(entities, text, lex)}


def state_mentions(entities: Iterable[Entity], text: str, lex: Lexicon) -> list[tuple[Entity, str]]:
    """``(entity, state)`` for each of the read ``entities`` that names a state, in
    their order: what :func:`states_named` counts, with where."""
    datelines = dateline_spans(text)
    found = []
    entities = list(entities)
    weak = {n for e in entities if _guessed(e) for n in e.consumed}  # "French" in "the French diplomat"
    for n, ent in enumerate(entities):
        if ent.kind not in NAMING_KINDS or _guessed(ent) or n in weak:
            continue
        side = ent.side if ent.kind == "person" else ent.side or lex.side_of(ent.canonical, ent.text)
        if side in lex.states and not in_dateline(datelines, ent.start_char) and not ent.former:
            found.append((ent, side))  # not what a place was: "the former Soviet republic of Georgia"
    return found


def _guessed(ent: Entity) -> bool:
    """A side read from context or from "the government's" (the country the
    article names most): a reading of the text, not a state it names."""
    return ent.side_cue.startswith(CONTEXT_CUE) or (ent.kind == "person" and ent.side_cue.startswith("the "))

