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

Head offices
------------
``kit/lexicon/data/body_heads.csv`` (``body,office,lang,default,source``) gives the
office of whoever heads a body, by the body's canonical name: the United Nations'
Secretary-General, the OAS's Secretary General, the IGAD's Executive Secretary, the
African Union's Chairperson of the Commission; ``source`` cites the charter or treaty
article that sets the office up. A bare title ("Secretary-General X") is an office of
the bodies whose head office it is (:func:`bodies_headed_by`), and of a body with no
row (the table does not know its offices); ``default`` ``yes`` marks the one body such
a title names when no body the article names has that office (:func:`default_body`:
"Secretary-General" is the UN's).

Examples
--------
>>> bodies()[name_key("U.N.")]
Body(canonical='United Nations', kind='organization', side='United Nations')
>>> body_of("the E.E.A.S.").side, body_of("Kremlin") is None
('European Union', True)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.keys import name_key
from kit.lexicon.states import country_aliases


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
    countries = country_aliases(lang)
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


@lexicon_cache(maxsize=1)
def body_head_offices() -> Mapping[str, frozenset[str]]:
    """The keys (:func:`name_key`) of the offices that head each body, in every
    language, by the body's canonical name (``body_heads.csv``).

    >>> sorted(body_head_offices()["Intergovernmental Authority on Development"])
    ['executive secretary', 'secretario ejecutivo']
    """
    found: dict[str, set[str]] = {}
    for row in read_table("body_heads", lang=None):
        found.setdefault(row["body"], set()).add(name_key(row["office"]))
    return MappingProxyType({body: frozenset(keys) for body, keys in found.items()})


def bodies_headed_by(office: str) -> frozenset[str]:
    """The canonical names of the bodies whose head office is ``office``, as written in
    any language ("Secretary-General", "secretario ejecutivo").

    >>> sorted(bodies_headed_by("Executive Secretary"))[:2]
    ['Comprehensive Nuclear-Test-Ban Treaty Organization', 'Economic Community of West African States']
    >>> "United Nations" in bodies_headed_by("secretary general"), bodies_headed_by("envoy")
    (True, frozenset())
    """
    key = name_key(office)
    return frozenset(body for body, keys in body_head_offices().items() if key in keys)


@lexicon_cache(maxsize=1)
def _defaults() -> Mapping[str, str]:
    return MappingProxyType({name_key(row["office"]): row["body"]
                             for row in read_table("body_heads", lang=None) if row["default"] == "yes"})


def default_body(office: str) -> str | None:
    """The body a bare title of ``office`` names when no body the article names has that
    office (``default`` ``yes``), or ``None``.

    >>> default_body("Secretary-General"), default_body("Executive Secretary")
    ('United Nations', None)
    """
    return _defaults().get(name_key(office))


@lexicon_cache(maxsize=1)
def _english_offices() -> Mapping[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for row in read_table("body_heads"):
        found.setdefault(row["body"], []).append(row["office"])
    return MappingProxyType({body: tuple(offices) for body, offices in found.items()})


def head_office(body: str) -> str | None:
    """The office that heads ``body`` (a canonical name), in English, when the table gives
    it one ("United Nations": Secretary-General); ``None`` for a body it gives several (the
    European Union's Commission and Council presidents, its High Representative) or none.

    >>> head_office("United Nations"), head_office("European Union"), head_office("G7")
    ('Secretary-General', None, None)
    """
    offices = _english_offices().get(body, ())
    return offices[0] if len(offices) == 1 else None


def shared_with_states(name: str) -> bool:
    """Whether ``name`` is a body's name that states also give an organ of their own, the
    body's name and nothing more (``state_organ_names``: "the Security Council", "el
    Consejo de Seguridad"; not "the UN Security Council"): the international body only in
    an article that names the body it belongs to beside it.

    >>> shared_with_states("the Security Council"), shared_with_states("UN Security Council")
    (True, False)
    """
    from kit.lexicon.wordlists import words_in_any

    key = name_key(name)
    key = " ".join(key.split()[1:]) if key.split()[:1] and key.split()[0] in words_in_any("articles") else key
    return tuple(key.split()) in state_organ_keys()


@lexicon_cache(maxsize=1)
def state_organ_keys() -> frozenset[tuple[str, ...]]:
    """The words of the name keys of the organs a state names as its own, every language's
    (``state_organ_names``: "supreme court", "consejo de seguridad"). The one reader of that
    list, for :func:`shared_with_states` and the titles' and the roles' extractors.

    >>> ("supreme", "court") in state_organ_keys(), ("court",) in state_organ_keys()
    (True, False)
    """
    from kit.lexicon.wordlists import words_in_any

    return frozenset(tuple(name_key(organ).split()) for organ in words_in_any("state_organ_names"))


@lexicon_cache
def shared_state_body_keys(lang: str | None = None) -> frozenset[str]:
    """The name keys of the state bodies' names several states use, each state for its own
    body (``shared_state_body_names``: "foreign office", "ministry of external affairs"):
    of ``lang``'s list, or of every language's for None. The one reader of that list, for
    the titles' and the roles' extractors.

    >>> "foreign office" in shared_state_body_keys(), shared_state_body_keys("xx")
    (True, frozenset())
    """
    from kit.lexicon.wordlists import words_in_any, words_or

    names = words_in_any("shared_state_body_names") if lang is None else \
        words_or("shared_state_body_names", lang, frozenset())
    return frozenset(name_key(name) for name in names)


def agent_title(title: str, heads: bool = False) -> bool:
    """Whether ``title`` (case and punctuation aside) holds a word or phrase of
    ``body_agent_titles``, ``third_party_titles`` or ``chair_titles``, and, with ``heads``,
    of ``generic_head_titles``: the title of someone who acts for a body ("AU mediator",
    "UN special envoy", "chairman of the African Union", "jefe de misión").

    >>> agent_title("African Union mediator"), agent_title("UN special envoy"), agent_title("President")
    (True, True, False)
    """
    text = " ".join(re.findall(r"\w+(?:-\w+)*", title.casefold()))
    return bool(text) and any(f" {t} " in f" {text} " for t in _agent_titles(heads))


@lexicon_cache
def _agent_titles(heads: bool) -> frozenset[str]:
    from kit.lexicon.wordlists import words_in_any

    titles = words_in_any("body_agent_titles") | words_in_any("third_party_titles") | words_in_any("chair_titles")
    return titles | words_in_any("generic_head_titles") if heads else titles

