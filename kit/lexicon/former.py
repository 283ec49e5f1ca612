"""Former states: which state a place of today's state belonged to on a given day.

``kit/lexicon/data/former_states.csv`` (``state,successor,since,until,source``) says that
the places of a state of today (``successor``: its capital, cities, subdivisions and
institutions, which kit's other tables give to it) were a former state's (``state``)
from ``since`` to the day before ``until``: "Moscow" in an article of 1988 is the Soviet
Union's, in one of 1995 Russia's. States and successors are kit's canonical country
names (as in ``countries.csv``); the dates come from Wikidata (each row's ``source``).

Examples
--------
>>> state_then("Russia", date(1988, 5, 4)), state_then("Russia", date(1995, 1, 1))
('Soviet Union', 'Russia')
>>> state_then("DR Congo", date(1990, 3, 1)), state_then("Mexico", date(1988, 5, 4))
('Zaire', 'Mexico')
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table


class FormerState(NamedTuple):
    """A former state whose places a state of today's were, from ``since`` to before ``until``."""

    state: str
    since: date
    until: date


@lexicon_cache
def former_states() -> dict[str, tuple[FormerState, ...]]:
    """The former states of each state of today's places (``former_states.csv``), by successor.

    >>> former_states()["Serbia"][0].state
    'Yugoslavia'
    """
    found: dict[str, list[FormerState]] = {}
    for row in read_table("former_states", lang=DEFAULT_LANG):
        found.setdefault(row["successor"], []).append(
            FormerState(row["state"], date.fromisoformat(row["since"]), date.fromisoformat(row["until"])))
    return {successor: tuple(states) for successor, states in found.items()}


def state_then(country: str, day: date | None) -> str:
    """The state the places of ``country`` (a state of today) belonged to on ``day``:
    the former state of ``former_states.csv`` whose time holds the day, else ``country``
    (also when ``day`` is unknown)."""
    if day is None:
        return country
    return next((f.state for f in former_states().get(country, ()) if f.since <= day < f.until), country)
