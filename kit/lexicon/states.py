"""The names of states, their capitals and their peoples, as kit's lexicons give them.

One place computes, once per lexicon (:func:`kit.lexicon.files.lexicon_cache`, cleared
by :func:`kit.lexicon.files.clear_lexicon_cache`), what every stage asks of
``countries.csv``, ``demonyms.csv`` and ``subdivisions.csv``:

- :func:`country_aliases`: a language's names of each country, by name key;
- :func:`english_capitals`: a language's names of capitals, each to its English name;
- :func:`country_keys`: the keys of every country name, in every language;
- :func:`capital_keys`: the keys of every capital (``demonyms.csv``, kind ``capital``);
- :func:`state_keys`: both, the names of states and of their seats;
- :func:`place_keys`: those and the keys of every subdivision;
- :func:`demonym_keys`: the keys of every demonym (kind ``demonym``).

Names are compared by :func:`kit.lexicon.keys.name_key`. Only the lexicon's own
loader and keys are imported: this module is the bottom of the lexicon layer.

Examples
--------
>>> country_aliases()["us"], country_aliases("es")["eu"]
('United States', 'United States')
>>> "cuba" in country_keys(), "la habana" in capital_keys(), "la habana" in state_keys()
(True, True, True)
>>> "cubano" in demonym_keys(), "cuba" in place_keys(), "cubano" in place_keys()
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.keys import name_key

__all__ = ["capital_keys", "country_aliases", "country_keys", "demonym_keys", "english_capitals", "federal_states",
           "place_keys", "state_keys"]


@lexicon_cache
def country_aliases(lang: str = DEFAULT_LANG) -> Mapping[str, str]:
    """kit's table of country name variants (``countries.csv``) in language ``lang``
    (its rows of that ``lang``), keyed by :func:`name_key`.

    Examples
    --------
    >>> country_aliases()["us"], country_aliases()["eu"], country_aliases("es")["eu"]
    ('United States', 'European Union', 'United States')
    """
    return MappingProxyType({name_key(row["alias"]): row["canonical"] for row in read_table("countries", lang=lang)})


@lexicon_cache(maxsize=1)
def federal_states() -> frozenset[str]:
    """The canonical names of the countries whose formal name in ``countries.csv``, in any
    language, has a word of ``federation_words`` ("Russian Federation", "Federal Republic of
    Germany", "República Federativa de Brasil"): the states a text calls federal.

    >>> {"Russia", "Germany", "Brazil"} <= federal_states(), "France" in federal_states()
    (True, False)
    """
    from kit.lexicon.wordlists import words_in_any  # the word lists sit above this module

    words = {name_key(w) for w in words_in_any("federation_words")}
    return frozenset(row["canonical"] for row in read_table("countries", lang=None)
                     if words & set(name_key(row["alias"]).split()))


@lexicon_cache
def country_keys() -> frozenset[str]:
    """Keys of every country name of ``countries.csv`` (its aliases and canonical names), in
    every language."""
    rows = read_table("countries", lang=None)
    return frozenset(name_key(name) for row in rows for name in (row["alias"], row["canonical"]))


@lexicon_cache
def capital_keys() -> frozenset[str]:
    """Keys of every capital of ``demonyms.csv``, in every language ("Jerusalem", "Damasco")."""
    return frozenset(name_key(row["term"]) for row in read_table("demonyms", lang=None)
                     if row["kind"] == "capital")


@lexicon_cache
def state_keys() -> frozenset[str]:
    """Keys of every country name of ``countries.csv`` and every capital of
    ``demonyms.csv``, in every language: the names of states and their seats, no region."""
    return country_keys() | capital_keys()


@lexicon_cache
def place_keys() -> frozenset[str]:
    """Keys of every country, capital and subdivision name in kit's lexicons."""
    subdivisions = frozenset(name_key(row["term"]) for row in read_table("subdivisions", lang=None))
    return state_keys() | subdivisions


@lexicon_cache
def demonym_keys() -> frozenset[str]:
    """Keys of every demonym of ``demonyms.csv``, in every language ("Venezuelan", "israelí")."""
    return frozenset(name_key(row["term"]) for row in read_table("demonyms", lang=None)
                     if row["kind"] == "demonym")


@lexicon_cache
def english_capitals(lang: str | None) -> Mapping[str, str]:
    """The capitals ``lang`` names its own way (``demonyms.csv``, kind ``capital``, rows of
    ``lang``; ``None``: of every language but English), by name key, each to its English
    name, for a country with one English capital: ``english_capitals("es")["la habana"]`` is
    "Havana". A capital is its state's seat, read as the state in every language, so one
    city is one name whatever the article's language.

    >>> english_capitals("es")["moscu"], english_capitals("en").get("moscow"), english_capitals(None)["moscu"]
    ('Moscow', None, 'Moscow')
    """
    if lang == DEFAULT_LANG:
        return MappingProxyType({})
    english: dict[str, set[str]] = {}
    for row in read_table("demonyms", lang=DEFAULT_LANG):
        if row["kind"] == "capital":
            english.setdefault(row["country"], set()).add(row["term"])
    return MappingProxyType({name_key(row["term"]): next(iter(english[row["country"]]))
                             for row in read_table("demonyms", lang=lang)
                             if row["kind"] == "capital" and row["lang"] != DEFAULT_LANG
                             and len(english.get(row["country"], ())) == 1})
