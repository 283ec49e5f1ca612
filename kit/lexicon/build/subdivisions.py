"""Build ``subdivisions.csv`` (states, provinces, regions) from pycountry's ISO 3166-2 table.

Re-run it after upgrading ``pycountry`` (pinned with ``country_converter`` and
``countryinfo`` in the ``lexicons`` and ``dev`` extras of ``pyproject.toml``),
after a change of the country files, or after editing the reviewed decisions
in ``subdivision_overrides.csv`` beside this file::

    .venv/bin/pip install -e '.[lexicons]'
    .venv/bin/python -m kit.lexicon.build.subdivisions            # rewrite the file
    .venv/bin/python -m kit.lexicon.build.subdivisions --check    # exit 1 if it differs
    .venv/bin/python -m kit.lexicon.build.subdivisions --report   # also list what was left out

``tests/lexicon/test_subdivisions_build.py`` fails when the committed file
differs from what this module makes. kit never imports it at run time.

What is generated
-----------------
``subdivisions.csv`` (``term,country,kind,lang,source``): the first-level
subdivisions (no ``parent_code``) of every country kit knows (the UN members
and the ``include`` rows of ``country_overrides.csv``, under the canonical name
:mod:`kit.lexicon.build.countries` gives them): ISO 3166-2's name with a
bracketed part removed ("Wales [Cymru GB-CYM]" is "Wales") and pycountry's
English translation where it has one ("Bavaria" for "Bayern"). ``kind`` is the
ISO type, lower-case ("state", "province", "governorate"). Readers use them to
find a person's country in "Charles Pemberly of New York" or "a senator from
Maryland". Names are ISO's romanisations; :func:`kit.lexicon.canonical.name_key`
drops accents, so "Kandahār" is found as "Kandahar".

What is left out, and why
-------------------------
- Local units, whose names are mostly those of towns: the types in
  :data:`LOCAL_TYPES` (municipalities, districts, parishes, ...). An
  ``include`` row of ``subdivision_overrides.csv`` adds one by its ISO code
  ("US-DC", the District of Columbia).
- Codes and catalogue forms: terms under three characters, capitals of at
  most three letters, names with a slash ("Elgeyo/Marakwet") or that start
  with a small letter ("wallonne, Région"). An inverted catalogue form gives
  the part before its comma ("Tatarstan, Respublika" is "Tatarstan"), and
  alternatives in one name give a term each ("Fribourg / Freiburg").
- Names of countries and capitals: a term whose key is a name, demonym,
  capital or institution in ``countries.csv`` or ``demonyms.csv``, an alias of
  ``bodies.csv``, or a name, spelling or capital country_converter or
  countryinfo give one of kit's countries: the US state "Georgia" is the
  country's name, though kit leaves it out of ``countries.csv``; "Washington"
  is the capital; Iran's province "Tehrān" is its capital. A territory that is
  no country of kit's stays a subdivision ("Puerto Rico", "Aruba").
- A term subdivisions of two countries share ("Punjab", "Córdoba").
- ``drop`` rows of ``subdivision_overrides.csv``: names that are English words
  or common first names or surnames ("Plateau", "Rivers" and "Delta" in
  Nigeria, "Van" and "Batman" in Turkey), since kit matches whole entity
  mentions. A dropped subdivision of the ISO type "State" is kept
  with that word after its name, as news writes it ("Rivers State", "Shan State"):
  the two words name nothing else. ``keep`` rows record suspects reviewed and kept, with the reason.
"""

from __future__ import annotations

import gettext
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pycountry

from kit.lexicon.build import common, countries
from kit.lexicon.build.common import Left
from kit.lexicon.canonical import name_key
from kit.lexicon.files import DATA_DIR, LexiconError, read_table

OVERRIDES = Path(__file__).with_name("subdivision_overrides.csv")
FILE = "subdivisions.csv"
COLUMNS = common.TERM_COLUMNS
LOCAL_TYPES = frozenset({
    "municipality", "urban municipality", "autonomous municipality", "local council",
    "town council", "island council", "parish", "rayon", "quarter", "commune", "town", "ward",
    "borough", "district", "city with county rights", "state city", "administrative atoll",
    "island", "chain (of islands)", "group of islands (20 inhabited islands)",
    "islands, groups of islands", "administrative precinct", "special island authority",
})
"""ISO 3166-2 types of local units, left out (their names are mostly towns')."""
_CATALOGUE = re.compile(r"[;/]")
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")


@dataclass(frozen=True)
class Term(common.Term):
    """One row of ``subdivisions.csv``; ``code`` is the subdivision's ISO 3166-2 code."""

    code: str


@dataclass(frozen=True)
class Overrides:
    """The reviewed decisions of ``subdivision_overrides.csv`` (subdivisions by ISO code)."""

    include: frozenset[str]
    drop: frozenset[tuple[str, str]]  # (code, name_key(term))
    keep: frozenset[tuple[str, str]]


def read_overrides(path: Path = OVERRIDES) -> Overrides:
    """The decisions in ``path``, checked by kit's loader.

    Examples
    --------
    >>> ("NG-PL", "plateau") in read_overrides().drop
    True
    """
    rows = read_table("subdivision_overrides", path, lang=None)
    pairs: dict[str, set[tuple[str, str]]] = {"drop": set(), "keep": set()}
    include = set()
    for row in rows:
        if pycountry.subdivisions.get(code=row["code"]) is None:
            raise LexiconError(f"{row.where('code')}: {row['code']!r} is no ISO 3166-2 code "
                               "pycountry knows; write one such as 'US-DC'")
        if row["action"] == "include":
            include.add(row["code"])
        elif not row["term"]:
            raise LexiconError(f"{row.where('term')}: a {row['action']} row needs the term it "
                               "decides; fill it in")
        else:
            pairs[row["action"]].add((row["code"], name_key(row["term"])))
    return Overrides(frozenset(include), frozenset(pairs["drop"]), frozenset(pairs["keep"]))


def country_names(sources: countries.Sources, overrides: countries.Overrides) -> dict[str, str]:
    """kit's canonical country name by ISO 3166-1 alpha-2 code, as the country files give it
    (matched on the alpha-3 code: coco's alpha-2 column holds patterns for some countries)."""
    by_iso3 = {row.ISO3: overrides.names.get(row.ISO3, row.name_short)
               for row in countries.chosen(sources, overrides).itertuples()}
    return {c.alpha_2: by_iso3[c.alpha_3] for c in pycountry.countries if c.alpha_3 in by_iso3}


def state_names(sources: countries.Sources, overrides: countries.Overrides) -> frozenset[str]:
    """Keys of the names and capitals the packages give kit's countries ("georgia", "victoria")."""
    names = []
    for row in countries.chosen(sources, overrides).itertuples():
        names += [str(row.name_short), str(row.name_official)]
        for record in sources.info(str(row.ISO3)):
            for field in ("name", "capital", "altSpellings"):
                names += countries._texts(record.get(field))
    return frozenset(name_key(n) for n in names)


def generated(names: Mapping[str, str], overrides: Overrides) -> tuple[list[Term], list[Left]]:
    """Every first-level subdivision's candidate terms, and those left out with the reason."""
    source = f"pycountry {metadata.version('pycountry')}"
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    terms: list[Term] = []
    left: list[Left] = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        country = names.get(sub.country_code)
        kind = sub.type.lower()
        local = kind in LOCAL_TYPES and sub.code not in overrides.include
        if country is None or sub.parent_code or local:
            continue
        for term in dict.fromkeys(_spellings(english.gettext(sub.name), sub.name)):
            reason = _unusable(term, sub.code, overrides)
            if reason:
                left.append(Left(term, country, reason))
            else:
                terms.append(Term(term, country, kind, source, sub.code))
            if reason and kind == "state" and (stated := _with_state(term, sub.code, overrides)):
                terms.append(Term(stated, country, kind, source, sub.code))
    return terms, left


def _with_state(term: str, code: str, overrides: Overrides) -> str:
    """A dropped state's name with "State" after it, as news writes it ("Rivers State",
    "Shan State"): the bare word is something else, the two words are the state; "" for
    a name that already ends so, or that is dropped only for its form."""
    if (code, name_key(term)) not in overrides.drop or term.endswith(" State"):
        return ""
    return f"{term} State"


def _spellings(*names: str) -> list[str]:
    """The terms of ISO names: brackets removed ("Wales [Cymru GB-CYM]" is "Wales"),
    alternatives split ("Fribourg / Freiburg"), the name of an inverted catalogue
    form kept ("Tatarstan, Respublika" is "Tatarstan")."""
    terms = []
    for name in names:
        for part in _BRACKETS.sub("", name).split(" / "):
            terms.append(" ".join(part.split(",")[0].split()))
    return terms


def _unusable(term: str, code: str, overrides: Overrides) -> str:
    if (code, name_key(term)) in overrides.drop:
        return "dropped in subdivision_overrides.csv"
    return common.form_reason(term, _CATALOGUE)


def taken_keys(states: Iterable[str], data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Keys other lexicons give a meaning, and which: ``states`` (:func:`state_names`), every
    term of ``countries.csv`` and ``demonyms.csv``, every alias of ``bodies.csv``. The
    subdivisions' rows are English: a name in another language's rows of ``countries.csv``
    takes no key (Spanish "EUA", the United States, leaves Tonga's island "'Eua")."""
    taken = dict.fromkeys(states, "a country or capital name")
    for row in read_table("countries", data_dir / "countries.csv"):
        taken[name_key(row["alias"])] = f"in countries.csv ({row['canonical']})"
    for row in read_table("demonyms", data_dir / "demonyms.csv", lang=None):
        taken[name_key(row["term"])] = f"in demonyms.csv ({row['kind']} of {row['country']})"
    for row in read_table("bodies", data_dir / "bodies.csv", lang=None):
        taken[name_key(row["alias"])] = f"in bodies.csv ({row['canonical']})"
    return taken


def merge(candidates: Iterable[Term], taken: Mapping[str, str]) -> tuple[list[Term], list[Left]]:
    """Per key the first candidate, sorted by country and term; a key another lexicon
    has, or that subdivisions of two countries share, is left out."""
    rows, left = common.first_per_key(candidates, lambda key, _countries: taken.get(key, ""))
    return sorted(rows, key=lambda t: (t.country.casefold(), t.term.casefold(), t.term)), left


def render(rows: Iterable[Term]) -> str:
    """The CSV text of ``subdivisions.csv``: the header and its rows."""
    return common.csv_text(COLUMNS, (t.cells() for t in rows))


def make(data_dir: Path = DATA_DIR, overrides: Path = OVERRIDES) -> tuple[str, list[Left]]:
    """The text of ``subdivisions.csv`` as the packages and kit's files in ``data_dir`` give it.

    Examples
    --------
    >>> text, _ = make()
    >>> "Maryland,United States,state,en,pycountry" in text
    True
    """
    sources, decided = countries.Sources(), countries.read_overrides()
    candidates, left = generated(country_names(sources, decided), read_overrides(overrides))
    rows, clashes = merge(candidates, taken_keys(state_names(sources, decided), data_dir))
    return render(rows), left + clashes


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kit.lexicon.build.subdivisions [--check] [--report] [--data-dir DIR]``."""
    return common.main(argv, module="kit.lexicon.build.subdivisions", doc=__doc__,
                       make=_files, origin="pycountry gives")


def _files(data_dir: Path) -> tuple[dict[str, str], list[Left]]:
    text, left = make(data_dir)
    return {FILE: text}, left


if __name__ == "__main__":
    sys.exit(main())
