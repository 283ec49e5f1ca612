"""States, provinces and regions, and the country each belongs to.

``kit/lexicon/data/subdivisions.csv`` (``term,country,kind,lang,source``) is
generated from pycountry's ISO 3166-2 table by
:mod:`kit.lexicon.build.subdivisions`, which leaves out names that are also
countries, capitals, English words or common names ("Georgia" stays the
country's; Nigeria's "Plateau" state is left out). ``country`` is kit's
canonical country name (as in ``countries.csv``), ``kind`` the ISO type
("state", "province", ...). Readers use it where text ties a person to a
place: "Charles Pemberly of New York", "a senator from Maryland".

Examples
--------
>>> subdivision_of("Maryland")
Subdivision(name='Maryland', country='United States', kind='state')
>>> subdivision_of("Kandahar").country
'Afghanistan'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from kit.lexicon.canonical import name_key
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table


class Subdivision(NamedTuple):
    """One subdivision: its name as in the file, its country and ISO type."""

    name: str
    country: str
    kind: str


@lexicon_cache
def subdivisions(lang: str = DEFAULT_LANG) -> Mapping[str, Subdivision]:
    """kit's subdivisions by the key (:func:`name_key`) of each name.

    Cached until :func:`kit.lexicon.files.clear_lexicon_cache`.

    Examples
    --------
    >>> subdivisions()[name_key("Nuevo León")].country
    'Mexico'
    """
    return MappingProxyType({name_key(row["term"]): Subdivision(row["term"], row["country"],
                                                                row["kind"])
                             for row in read_table("subdivisions", lang=lang)})


def subdivision_of(name: str, lang: str = DEFAULT_LANG) -> Subdivision | None:
    """The subdivision ``name`` names ("New York", "Helmand"), or ``None``.

    Examples
    --------
    >>> subdivision_of("Georgia") is None
    True
    """
    return subdivisions(lang).get(name_key(name))
