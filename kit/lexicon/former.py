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

``kit/lexicon/data/former_seats.csv`` (``place,state,successor,since,until,source``) names
the cities that were the seat of a former state while the places of a state of today were
divided (or renamed): "Aden" in an article of 1980 is South Yemen's, in one of 2020
Yemen's (:func:`seat_then`). A state of today with the seats of two states at one time
was divided then (:func:`divided_then`): its name, its demonym or another of its places
does not say which of the two it is.

>>> seat_then("Aden", date(1980, 3, 1)), seat_then("Aden", date(2020, 1, 1)), seat_then("Aden", None)
('South Yemen', '', '')
>>> divided_then("Yemen", date(1980, 3, 1)), divided_then("Yemen", date(1995, 1, 1))
(True, False)
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.keys import name_key


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


class FormerSeat(NamedTuple):
    """A city that was ``state``'s seat, a place of ``successor`` today, from ``since`` to before ``until``."""

    state: str
    successor: str
    since: date
    until: date


@lexicon_cache
def former_seats() -> dict[str, tuple[FormerSeat, ...]]:
    """The seats of former states (``former_seats.csv``), by the city's :func:`name_key`.

    >>> former_seats()[name_key("Aden")][0].state
    'South Yemen'
    """
    found: dict[str, list[FormerSeat]] = {}
    for row in read_table("former_seats", lang=DEFAULT_LANG):
        found.setdefault(name_key(row["place"]), []).append(FormerSeat(
            row["state"], row["successor"], date.fromisoformat(row["since"]), date.fromisoformat(row["until"])))
    return {place: tuple(seats) for place, seats in found.items()}


def seat_then(place: str, day: date | None) -> str:
    """The former state whose seat ``place`` was on ``day`` (``former_seats.csv``), else ""
    (also when ``day`` is unknown)."""
    if day is None:
        return ""
    return next((s.state for s in former_seats().get(name_key(place), ()) if s.since <= day < s.until), "")


def divided_then(country: str, day: date | None) -> bool:
    """Whether the places of ``country`` (a state of today) were divided between two states
    on ``day``: ``former_seats.csv`` gives it the seats of two states then."""
    if day is None:
        return False
    return len({s.state for seats in former_seats().values() for s in seats
                if s.successor == country and s.since <= day < s.until}) > 1


def seat_successors() -> frozenset[str]:
    """The states of today a seat of ``former_seats.csv`` is a place of."""
    return frozenset(s.successor for seats in former_seats().values() for s in seats)


def seat_states(place: str | None = None) -> frozenset[str]:
    """The states ``place`` was the seat of at some time (``former_seats.csv``; ``None``:
    of any place): a state of the past whose seat's name no state of today has
    ("Salisbury") is no side in an article of another time.

    >>> sorted(seat_states("Aden")), "South Yemen" in seat_states()
    (['South Yemen'], True)
    """
    places = former_seats().values() if place is None else [former_seats().get(name_key(place), ())]
    return frozenset(s.state for seats in places for s in seats)


def former_successors(state: str) -> frozenset[str]:
    """The states of today whose places ``state``'s seats are (``former_seats.csv``; "Yemen"
    for "South Yemen"), with ``state`` itself."""
    return frozenset({state, *(s.successor for seats in former_seats().values() for s in seats
                               if s.state == state)})
