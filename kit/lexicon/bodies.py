"""International bodies: organisations, blocs, alliances, courts and agencies, and their sides.

``kit/lexicon/data/bodies.csv`` (``alias,canonical,kind,side,lang,source,until``)
holds one row per name a body goes by: "UN", "United Nations" and "U.N."
(the same key as "UN": :func:`kit.lexicon.canonical.name_key` drops dots,
case, accents and a leading "the", so one row covers every such spelling).
No maintained package lists these bodies, so the rows are kept by hand
(``source`` ``kit``).

Columns
-------
``canonical``
    The name a careful reader gives the body: its full English name ("World
    Health Organization"), or the short name news itself uses as the name
    ("NATO", "OPEC", "UNICEF", "Interpol", "Mercosur", "Arab League", "G7").
``kind``
    ``organization`` (states with a general mandate: the UN, the African
    Union, the OSCE; or a body with a mandate from states, the ICRC),
    ``bloc`` (an economic or political grouping: the EU, ASEAN, OPEC, the
    G7), ``alliance`` (NATO), ``court`` (the ICC, the ICJ), ``agency`` (a
    body with its own head, mandate and members: a specialized or related
    agency of the UN system such as the WHO, the FAO or the IAEA, the IMF,
    Interpol), ``institution`` (an organ that acts for a larger body: the
    Security Council, the European Commission, and the funds, programmes and
    offices of the United Nations itself in the UN System Chart: UNICEF, the
    World Food Programme, UNHCR, OCHA, UNCTAD) or ``mission`` (a
    field mission: UNAMA).
``side``
    Whom the body speaks for in a negotiation: the body itself (its canonical
    name), except an ``institution`` or ``mission``, which gives the body it
    belongs to ("European External Action Service" → "European Union",
    "Security Council" → "United Nations").
``until``
    The year a body stopped going by this name, for a name it had before it was
    renamed ("Organisation of the Islamic Conference", until 2011; empty: a name of
    today). The row's ``canonical`` is the body's name of today, so both names are one
    body; a corpus that prints a former name is shown the body under that name
    (:func:`kit.lexicon.canonical.canonicalize`).

Adding a row
------------
Add one row per spelling whose key differs (``name_key``), with the
canonical name, kind and side of the body's other rows and ``source``
``kit``. Leave out an alias that is also an English word or another
common name ("CAN" for the Andean Community, "IMO" is also Nigeria's Imo
state) and national bodies (a ministry, a parliament: those are
``institution`` rows of ``demonyms.csv``, with their country). The tests
check that every key is unique and that a body named in ``countries.csv``
("EU", "UN") has the same canonical name here.

Examples
--------
>>> bodies()[name_key("U.N.")]
Body(canonical='United Nations', kind='organization', side='United Nations')
>>> body_of("the E.E.A.S.").side, body_of("Kremlin") is None
('European Union', True)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.keys import name_key


class Body(NamedTuple):
    """One international body: its canonical name, kind and side."""

    canonical: str
    kind: str
    side: str


@lexicon_cache
def bodies(lang: str = DEFAULT_LANG) -> Mapping[str, Body]:
    """kit's international bodies by the key (:func:`name_key`) of each alias.

    Cached until :func:`kit.lexicon.files.clear_lexicon_cache`.

    Examples
    --------
    >>> bodies()[name_key("IAEA")].canonical
    'International Atomic Energy Agency'
    >>> bodies()["eu"].canonical, "eu" in bodies("es"), bodies("es")["onu"].canonical
    ('European Union', False, 'United Nations')
    """
    found = {name_key(row["alias"]): Body(row["canonical"], row["kind"], row["side"])
             for row in read_table("bodies", lang=lang)}
    countries = {name_key(row["alias"]): row["canonical"] for row in read_table("countries", lang=lang)}
    for row in read_table("bodies", lang=None):  # "ONU", "Naciones Unidas": one body in every
        key = name_key(row["alias"])  # language; ``lang``'s own rows decide a name both have,
        if countries.get(key, row["canonical"]) == row["canonical"]:  # and so does a country
            found.setdefault(key, Body(row["canonical"], row["kind"], row["side"]))  # name of
    return MappingProxyType(found)  # ``lang`` (Spanish "EU": the United States, no body)


@lexicon_cache(maxsize=1)
def former_names() -> Mapping[str, tuple[str, ...]]:
    """The keys (:func:`name_key`) of the names each body went by before it was renamed
    (``until`` filled in), in any language, by the body's canonical name.

    >>> former_names()["Organisation of Islamic Cooperation"][:2]
    ('organization of the islamic conference', 'organisation of the islamic conference')
    """
    found: dict[str, list[str]] = {}
    for row in read_table("bodies", lang=None):
        if row.get("until"):
            found.setdefault(row["canonical"], []).append(name_key(row["alias"]))
    return MappingProxyType({body: tuple(keys) for body, keys in found.items()})


def body_of(name: str, lang: str = DEFAULT_LANG) -> Body | None:
    """The body ``name`` names ("the U.N.", "NATO"), or ``None``.

    Examples
    --------
    >>> body_of("the Security Council")
    Body(canonical='United Nations Security Council', kind='institution', side='United Nations')
    >>> body_of("EU").side, body_of("EU", "es")
    ('European Union', None)
    """
    return bodies(lang).get(name_key(name))
