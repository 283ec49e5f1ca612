"""Country names read only where the article says which reading it means.

Some names of a country are as often something else in news: "Georgia" (a US
state, a first name), "Jordan" and "Chad" (first names and surnames). The build
(:mod:`kit.lexicon.build.countries`, ``context`` rows of
``country_overrides.csv``) leaves them out of ``countries.csv`` and
``demonyms.csv`` and writes them to ``kit/lexicon/data/context_countries.csv``
(``term,country,kind,lang,source``; kind ``country`` or ``demonym``), with
``rival`` rows naming a country whose places speak for the other reading (the
United States for the US state Georgia).

:func:`context_countries` gives such a term its country in one article when the
article also names that country unambiguously, by a name kit's data gives it
alone: its capital or another name of it (``demonyms.csv``, ``countries.csv``:
"Tbilisi", "Hashemite Kingdom of Jordan", "Chadian"), one of its cities
(``cities.csv``: "Batumi") or subdivisions (``subdivisions.csv``: "Abkhazia");
or, for a term no country is a rival for, writes it as what a state's office is of
("King Hussein of Jordan", "the President of Chad", "King Hussein's Jordan": no person's name is the
complement of an office; the caller says which words end in an office, ``office``);
and when nothing speaks for the other reading: no person's name in the article
has the term as a word ("Chad Smith", "Jim Jordan"), and the article names no
subdivision or city of a rival ("Alabama", "Florida": the US state Georgia).
A person's name names no place either way: "Speaker Ray Poti" is no mention
of the Georgian city Poti. An office of a federation's state (``subdivision_offices``
of ``words.csv``) that the term is written as being of speaks for a rival too:
"Governor Ann Pell of Georgia", "Georgia Sen. Tom Rusk".
A rival's capital is no evidence: capitals stand for governments in every
story about diplomacy.

Examples
--------
>>> context_countries("Georgian President Irakli Doran flew home to Tbilisi.")
{'georgian': ('Georgia', 'demonym')}
>>> context_countries("Georgia Governor Ann Pell said in Atlanta that the vote stands.")
{}
>>> context_countries("Chad Morrow said in N'Djamena.", persons=["Chad Morrow"])
{}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.keys import name_key
from kit.lexicon.wordlists import words


class _Terms(NamedTuple):
    readings: dict[str, tuple[str, str]]  # name_key(term) -> (country, kind)
    rivals: dict[str, frozenset[str]]  # name_key(term) -> rival countries
    pattern: re.Pattern[str]  # any of the terms, as written


@lexicon_cache
def _terms() -> _Terms:
    rows = read_table("context_countries", lang=DEFAULT_LANG)
    readings = {name_key(r["term"]): (r["country"], r["kind"]) for r in rows if r["kind"] != "rival"}
    rivals: dict[str, set[str]] = {}
    for r in rows:
        if r["kind"] == "rival":
            rivals.setdefault(name_key(r["term"]), set()).add(r["country"])
    written = sorted({r["term"] for r in rows if r["kind"] != "rival"}, key=len, reverse=True)
    return _Terms(readings, {k: frozenset(v) for k, v in rivals.items()}, _words(written))


def _words(terms: Iterable[str]) -> re.Pattern[str]:
    """Any of ``terms`` as a whole word, as written (a name is capitalised)."""
    alternatives = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<![\w-])(?:{alternatives or '(?!)'})(?![\w-])")


@lexicon_cache
def _places() -> dict[str, tuple[set[str], set[str]]]:
    """country -> (its unambiguous names: capitals, other names, demonyms, cities and
    subdivisions; its cities and subdivisions alone, what speaks for a rival)."""
    found: dict[str, tuple[set[str], set[str]]] = {}

    def add(country: str, term: str, place: bool) -> None:
        names, places = found.setdefault(country, (set(), set()))
        names.add(term)
        if place:
            places.add(term)

    for row in read_table("countries", lang=DEFAULT_LANG):
        add(row["canonical"], row["alias"], False)
    for row in read_table("demonyms", lang=DEFAULT_LANG):
        if row["kind"] in ("capital", "demonym"):
            add(row["country"], row["term"], False)
    for table in ("cities", "subdivisions"):
        for row in read_table(table, lang=DEFAULT_LANG):
            add(row["country"], row["term"], True)
    return found


@lexicon_cache
def _named(country: str, places_only: bool) -> re.Pattern[str]:
    names, places = _places().get(country, (set(), set()))
    return _words(sorted(places if places_only else names, key=len, reverse=True))


def context_countries(text: str, persons: Iterable[str] = (),
                      office: Callable[[str], bool] | None = None) -> dict[str, tuple[str, str]]:
    """``name_key(term) -> (country, kind)`` for each term of ``context_countries.csv``
    that ``text`` writes and supports as that country (see the module docstring);
    ``persons``: the article's PERSON names as written; ``office``: whether a text
    ends with a state's office and, maybe, its holder's name ("... King Hussein"),
    read before "of <term>".

    >>> context_countries("Syria refused; King Hussein of Jordan stayed away.",
    ...                   office=lambda before: before.endswith("King Hussein"))
    {'jordan': ('Jordan', 'country')}

    One search of the text for the terms; an article that writes none of them, as most
    do, costs nothing more.
    """
    terms = _terms()
    written = {name_key(m.group()) for m in terms.pattern.finditer(text)}
    if not written:
        return {}
    names = sorted({p for p in persons if len(p.split()) > 1}, key=len, reverse=True)  # not a lone word
    person_words = {name_key(w) for p in names  # "Hussein of Jordan": a title's complement
                    for w in p.split()[:p.split().index("of") if "of" in p.split() else None]}
    places = _words(names).sub(" ", text)  # a person's name names no place ("Ray Poti")
    states = {rival for key in written - person_words  # "Governor X of Georgia": the US state's,
              for rival in terms.rivals.get(key, ()) if _subdivision_office(text, key)}  # "Georgian" too
    found = {}
    for key in sorted(written - person_words):
        country, kind = terms.readings[key]
        rivals = sorted(terms.rivals.get(key, ()))
        if _named(country, False).search(places) is None \
                and (rivals or office is None or not _office_of(text, key, office)):
            continue
        if set(rivals) & states or any(_named(rival, True).search(places) for rival in rivals):
            continue
        found[key] = (country, kind)
    return found


_OWNED = re.compile(r"(?: of|['’]s) $")  # "King Hussein of | Jordan", "King Hussein's | Jordan"
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # "the President of Jordan | Industries": a longer name's first word


def _office_of(text: str, key: str, office: Callable[[str], bool]) -> bool:
    """Whether ``text`` writes the term of ``key`` after an office and "of" or a
    possessive ("King Hussein of Jordan", "the President of Chad", "King Hussein's
    Jordan"), as a name of its own: not the first word of a longer name ("the
    President of Chad Holdings")."""
    for match in _terms().pattern.finditer(text):
        before = text[max(0, match.start() - 84):match.start()]
        owned = _OWNED.search(before)
        if name_key(match.group()) == key and owned and office(before[:owned.start()]) \
                and not _NAME_GOES_ON.match(text, match.end()):
            return True
    return False


@lexicon_cache
def _subdivision_offices() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An office of ``subdivision_offices`` and its holder's name before "of" ("Governor
    Ann Pell of | Georgia"), and one right after the term ("Georgia | Sen.")."""
    offices = "|".join(re.escape(w) for w in sorted(words("subdivision_offices"), key=len, reverse=True))
    return (re.compile(rf"(?<![\w-])(?i:{offices})(?:\s+[A-Z][\w'.-]*){{0,4}}\s+of\s+$"),
            re.compile(rf"\s+(?i:{offices})(?![\w-])"))


def _subdivision_office(text: str, key: str) -> bool:
    """Whether ``text`` writes the term of ``key`` as what an office of a federation's state
    is of ("Governor Ann Pell of Georgia", "the senator of Georgia", "Georgia Gov. Ann
    Pell"): the rival's state, not the country. Not where the term owns something else
    ("the governor of Georgia's central bank")."""
    before, after = _subdivision_offices()
    for match in _terms().pattern.finditer(text):
        if name_key(match.group()) != key or text.startswith(("'s", "’s"), match.end()):
            continue
        if before.search(text[max(0, match.start() - 84):match.start()]) or after.match(text, match.end()):
            return True
    return False
