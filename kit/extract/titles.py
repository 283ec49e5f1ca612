"""The title and side lexicon of :mod:`kit.extract.roles`, and the titles of a Doc.

``kit/lexicon/data/titles.csv`` (``title,kind,side,ruler,lang,scope,role``; kind is
``title``, ``modifier``, ``postmodifier`` (a word after a title of its language,
"interino": "presidente interino" is "interim President") or ``regnal``; scope ``state`` for an office of a state, ``body``
for one of an international body, ``person`` for a title that is no office: a rank,
"General", a calling, "diplomat"; a calling's ``side`` is the body it stands for, a cleric's church:
"Cardinal", "arzobispo": the Catholic Church) and ``kit/lexicon/data/demonyms.csv`` (``term,country,kind,lang``;
kind is ``country``, ``demonym``, ``capital`` or ``institution``), with the
country variants of :mod:`kit.lexicon.canonical`, read once into a
:class:`Lexicon`. The titles and country names of other languages join the
English ones (a key English has keeps its English meaning): a Spanish title
shows as its English ``role`` ("canciller" → "Foreign Minister").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kit.lexicon.bodies import Body, body_of, shared_state_body_keys, state_organ_keys
from kit.lexicon.canonical import country_aliases, government_lead, name_key
from kit.lexicon.files import DATA_DIR, DEFAULT_LANG, Row, lexicon_cache, read_table
from kit.lexicon.regex import alternation
from kit.lexicon.subdivisions import subdivision_of
from kit.lexicon.wordlists import glossary, plural_endings, words_in_any, words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc

TITLES_FILE = DATA_DIR / "titles.csv"
DEMONYMS_FILE = DATA_DIR / "demonyms.csv"



@lexicon_cache(maxsize=4096)
def heads_an_institution(role: str) -> bool:
    """Whether ``role`` is only the head of a body every state has one of: a word of
    ``institution_head_titles`` before or after a name of ``national_institutions``, with
    articles and "of" between ("the army chief", "director of the Police", "central bank
    governor", "jefe del Ejército"): one state's office that one person holds, as
    "President" is; not with anything more ("rebel army commander", "commander of the army
    in the east", "director of the Policía Nacional de Colombia").

    >>> heads_an_institution("director of the Police"), heads_an_institution("central bank governor")
    (True, True)
    >>> heads_an_institution("jefe del Ejército"), heads_an_institution("rebel army commander")
    (True, False)
    """
    skip = words_in_any("articles") | words_in_any("of_preps") | words_in_any("contracted_articles")
    found = [w for w in re.findall(r"[\w-]+", role.casefold()) if w not in skip]
    heads, bodies = words_in_any("institution_head_titles"), words_in_any("national_institutions")
    return len(found) > 1 and (found[0] in heads and " ".join(found[1:]) in bodies
                               or found[-1] in heads and " ".join(found[:-1]) in bodies)

_SPACE = re.escape(" ")  # a space of a title is one space, as written
_HOLDER = re.compile(r"(?:\s+[A-Z][\w'.-]*){0,4}")  # " Hussein", " Idriss Deby": the holder after a title
_REGNAL_NAME = re.compile(r"\S+|.+ [IVXL]+")  # "Francisco", "Felipe VI": a name a regnal title goes with


def names_an_organ(words: Sequence[str]) -> bool:
    """Whether ``words``, said of a body, name one of its organs: one is an organ's noun
    (``organ_nouns``: "Mission", "Council", "comisión") and none the backers a group named
    after the body gathers (``backer_nouns``: "the Group of Friends of the OAS", "el Grupo
    de Amigos de la OEA" are no organ of it).

    Examples
    --------
    >>> names_an_organ(["Security", "Council"]), names_an_organ(["Group", "of", "Friends"])
    (True, False)
    >>> names_an_organ(["Staff", "Union"])
    False
    """
    said = {w.lower() for w in words}
    return bool(said & words_in_any("organ_nouns")) and not said & words_in_any("backer_nouns")


@dataclass(frozen=True)
class Lexicon:
    """Titles and side terms, keyed for lookup."""

    titles: dict[str, str]  # lower-case title -> display form
    title_sides: dict[str, str]  # lower-case title -> side it implies
    modifiers: frozenset[str]  # "deputy", "chief", ...
    sides: dict[str, str]  # name_key(term) -> country
    side_kinds: dict[str, str]  # name_key(term) -> country | demonym | capital | institution
    pattern: re.Pattern[str]  # any title, longest first
    regnal: tuple[tuple[str, str], ...] = ()  # (lower-case regnal title, display form), longest first
    scopes: dict[str, str] = field(default_factory=dict)  # lower-case title -> state | body
    title_states: dict[str, frozenset[str]] = field(default_factory=dict)  # lower-case title -> its states
    # lower-case title -> states whose office of that kind goes by another title
    title_without: dict[str, frozenset[str]] = field(default_factory=dict)
    # regnal titles of other languages and their language: read only in a document of that
    # language, in lower case or before a regnal name ("el papa Anselmo", "El Papa Anselmo";
    # not "Papa Wemba" in English, nor the given name of "Rey Ortiz Mendez")
    regnal_langs: dict[str, str] = field(default_factory=dict)
    # a modifier -> the English it is shown as ("ex", "entonces", "then": "former"), before the
    # title's English role ("el ex presidente", "X, then foreign minister": "former President", ...)
    modifier_roles: dict[str, str] = field(default_factory=dict)
    # a title with a postmodifier -> the title it modifies ("presidente electo": "presidente")
    postmodified: dict[str, str] = field(default_factory=dict)
    # the states whose capital is named as the state ("Singapore", "Luxemburgo": kind
    # ``city_state`` of demonyms.csv): a dateline with the name names the capital
    city_states: frozenset[str] = frozenset()
    # a language -> the country names its rows of countries.csv give another country than the
    # English ones that key ``sides`` ("es": "eu" is the United States, not the European Union)
    lang_sides: dict[str, dict[str, str]] = field(default_factory=dict)
    lang: str = DEFAULT_LANG  # the language a text is read in (:meth:`in_language`)

    def in_language(self, lang: str) -> Lexicon:
        """This lexicon read for a text in ``lang``: a country name of that language names
        its country, whichever other country or body another language's name of the same
        letters is ("EU" in Spanish: the United States), in :meth:`side_of` and :meth:`body`;
        itself for English.

        Examples
        --------
        >>> lexicon().side_of("EU"), lexicon().in_language("es").side_of("EU")
        ('European Union', 'United States')
        """
        if lang == self.lang:
            return self
        found = self.lang_sides.get(lang, {})
        return dataclasses.replace(self, lang=lang, sides={**self.sides, **found},
                                   side_kinds={**self.side_kinds, **dict.fromkeys(found, "country")})

    def side_of(self, *names: str) -> str:
        """Country of the first of ``names`` found in the lexicon, else ``""``; a
        state body named by its country is that country's ("the Russian Foreign
        Ministry", "the Ukrainian army": a country or demonym first, a
        ``government_words`` word last)."""
        for name in names:
            key = name_key(name)
            side = self.sides.get(key) or self.sides.get(_without_article(key)) or self._state_body(key)
            if side:
                return side
        return ""

    def in_context(self, found: Mapping[str, tuple[str, str]]) -> Lexicon:
        """This lexicon with the terms an article supports as a country
        (:func:`kit.lexicon.context.context_countries`: ``name_key(term) -> (country,
        kind)``) among its side terms; itself when there are none."""
        if not found:
            return self
        return dataclasses.replace(self, sides={**self.sides, **{k: c for k, (c, _) in found.items()}},
                                   side_kinds={**self.side_kinds, **{k: kind for k, (_, kind) in found.items()}})

    def ends_with_office(self, text: str) -> bool:
        """Whether ``text`` ends with a state's office (``scope`` ``state``) or a regnal
        title, and at most four capitalised words of its holder's name after it: what
        "of <country>" can follow ("King Hussein", "the President").

        >>> lexicon().ends_with_office("signed by King Hussein"), lexicon().ends_with_office("a fan of")
        (True, False)
        """
        found = [m for pattern in (self.pattern, self.regnal_pattern) for m in pattern.finditer(text)]
        last = max(found, key=lambda m: (m.end(), -m.start()), default=None)
        return last is not None and _HOLDER.fullmatch(text[last.end():]) is not None and (
            self.scope(last.group()) == "state" or any(last.group().lower() == t for t, _ in self.regnal))

    def names_a_party(self, name: str) -> bool:
        """Whether ``name`` is a country or demonym and then words of a party or armed
        group's own name, no state's body ("the Syrian Democratic Forces"; not "the
        Syrian Foreign Ministry").

        >>> lexicon().names_a_party("the Syrian Democratic Forces"), lexicon().names_a_party("Syrian Army")
        (True, False)
        """
        key = name_key(name)
        parts = (_without_article(key) or key).split()
        return any(n < len(parts) and " ".join(parts[:n]) in self.sides and _party_words(parts[n:])
                   for n in (1, 2))

    def _state_body(self, key: str) -> str:
        parts = key.split()
        if parts[:1] == ["the"] or parts[:1] and parts[0] in words_in_any("articles"):
            parts = parts[1:]
        organ = self._state_organ(parts) or self._shared_body_of(parts)
        if organ:
            return organ
        lead = government_lead(parts)  # "fuerzas armadas de colombia": 2
        last = next((n for n in (1, 2) if len(parts) > n and government_lead(parts[-n:]) == n), 0)  # "national assembly"
        if lead and len(parts) > lead and not last:
            rest = parts[lead:]  # "congreso peruano", "ejercito del peru": the word first, as Spanish writes it
            if rest[0] in words_in_any("of_preps"):
                rest = rest[1:]
            if rest and rest[0] in words_in_any("articles"):  # "embajada de los estados unidos"
                rest = rest[1:]
            return self.sides.get(" ".join(rest), "")
        if len(parts) < 2 or not (last or parts[-1] in words_in_any("state_body_words")):
            return ""  # "the Ethiopian National Defence Force", "Japan ... Agency": the state's own
        if not last and parts[-1] in words_in_any("mission_body_words") and self.side_kinds.get(parts[0]) != "demonym":
            return ""  # "Kosovo Force": a force sent to a country is named after it; "the Ethiopian ... Force" is its own
        for n in (1, 2):  # "russian | foreign ministry", "united states | army"
            side = self.sides.get(" ".join(parts[:n]), "") if n < len(parts) else ""
            if side:
                return "" if _party_words(parts[n:]) else side
        return ""

    def _shared_body_of(self, parts: list[str]) -> str:
        """The state of a body's name several states use (``shared_state_body_names``: "foreign
        office") written after a country or demonym ("pakistani | foreign office"); else "".

        >>> lexicon()._shared_body_of(["pakistani", "foreign", "office"]), lexicon()._shared_body_of(["foreign", "office"])
        ('Pakistan', '')
        """
        for n in (1, 2):
            if len(parts) > n and " ".join(parts[n:]) in shared_state_body_keys() and \
                    self.side_kinds.get(" ".join(parts[:n])) in ("country", "demonym"):
                return self.sides.get(" ".join(parts[:n]), "")
        return ""

    def _state_organ(self, parts: list[str]) -> str:
        """The state of a ``state_organ_names`` organ a country or demonym is written just
        before ("us | national security council") or, after "de" and an article, just
        after ("consejo de seguridad nacional | de | ee uu"); else ""."""
        organs = state_organ_keys()
        for n in (1, 2):
            if len(parts) > n and tuple(parts[n:]) in organs:
                return self.sides.get(" ".join(parts[:n]), "")
        for organ in sorted(organs, key=len, reverse=True):  # "corte suprema de justicia" first
            rest = parts[len(organ):] if tuple(parts[:len(organ)]) == organ else []
            if len(rest) > 1 and rest[0] in words_in_any("of_preps"):
                rest = rest[2:] if rest[1] in words_in_any("articles") else rest[1:]
                if self.sides.get(" ".join(rest)):
                    return self.sides[" ".join(rest)]
        return ""

    @functools.cached_property
    def regnal_pattern(self) -> re.Pattern[str]:
        """Any regnal title, longest first ("crown prince", "emir")."""
        folded = "|".join(re.escape(title) for title, _ in self.regnal if title not in self.regnal_langs)
        written = "".join(f"|{re.escape(title)}" for title, _ in self.regnal if title in self.regnal_langs)
        return re.compile(rf"(?<![\w-])(?:(?i:{folded or '(?!)'}){written})s?(?![\w-])")

    def regnal_title(self, name: str, lang: str = DEFAULT_LANG, article: bool = False) -> str:
        """The regnal title a name is given with ("Pope Anselm" → "Pope"), else ``""``.
        Another language's is read in that language only: in lower case ("el papa
        Anselmo"), or with a capital after an article (``article``) and before a regnal
        name ("El Papa Anselmo", "el Rey Felipe VI"; not "Papa Diallo", "Rey Mendoza":
        given names).

        >>> lex = lexicon()
        >>> lex.regnal_title("papa Anselmo", "es"), lex.regnal_title("Papa Anselmo", "es", article=True)
        ('Pope', 'Pope')
        >>> lex.regnal_title("Papa Diallo", "es"), lex.regnal_title("Papa Wemba")
        ('', '')
        """
        lower = name.lower()
        return next((shown for title, shown in self.regnal if lower.startswith(title + " ") and (
            title not in self.regnal_langs or self.regnal_langs[title] == lang and (
                name.startswith(title + " ") or article and _REGNAL_NAME.fullmatch(name[len(title) + 1:])))), "")

    def place_side(self, name: str) -> str:
        """Country of a state, province or region ("Maryland" → United States), else ``""``
        (:mod:`kit.lexicon.subdivisions`)."""
        found = subdivision_of(name)
        return found.country if found else ""

    def body(self, name: str, lang: str | None = None) -> Body | None:
        """The international body ``name`` names ("U.N.", "the IAEA"), the article it may
        open with aside, as a sentence may write it ("La Corte Internacional de Justicia"),
        else None (:mod:`kit.lexicon.bodies`), read in the language ``lang`` of the text it
        is written in (default: the lexicon's, :meth:`in_language`): a country's name in
        that language is no body of another's (Spanish "EU" is the United States).

        Examples
        --------
        >>> lexicon().body("the EU").side, lexicon().body("EU", "es")
        ('European Union', None)
        """
        lang = lang or self.lang
        rest = _without_article(name_key(name))
        return body_of(name, lang) or (body_of(rest, lang) if rest else None)

    def body_named_first(self, name: str, lang: str | None = None) -> Body | None:
        """The body whose name opens ``name``, an organ of its ("OSCE Special
        Monitoring Mission", "the UN Mission in South Sudan"): the first one to three
        words name a body and a later word is an organ's (``organ_nouns``); a group only
        named after the body is none of its ("the UN Staff Union", "the OAS Group of
        Friends": :func:`names_an_organ`).

        Examples
        --------
        >>> lexicon().body_named_first("OSCE Special Monitoring Mission").side
        'Organization for Security and Co-operation in Europe'
        >>> lexicon().body_named_first("OSCE"), lexicon().body_named_first("Union Street Office")
        (None, None)
        >>> lexicon().body_named_first("UN Staff Union"), lexicon().body_named_first("OAS Group of Friends")
        (None, None)
        """
        words_ = name.split()
        words_ = words_[1:] if words_[:1] and words_[0].lower() in words_in_any("articles") else words_
        for n in (3, 2, 1):
            if len(words_) > n and names_an_organ(words_[n:]):
                found = body_of(" ".join(words_[:n]), lang or self.lang)
                if found is not None:
                    return found
        return None

    def scope(self, role: str) -> str:
        """Whose office a role is: ``state`` ("former President", "Acting Defense
        Secretary", "Infrastructure Minister": the title its last words name),
        ``body`` ("Secretary-General"), ``person`` (no office: "diplomat") or ``""``
        (the lexicon does not say: "envoy"); a title of another language has its own row's
        ("secretario general": body, not the rank "general" its last word is).

        Examples
        --------
        >>> lexicon().scope("former President"), lexicon().scope("special envoy")
        ('state', '')
        """
        return _entry(self.scopes, role, "")

    def calling_body(self, role: str) -> str:
        """The body a title of no office stands for (``scope`` ``person`` with a ``side``: a
        cleric's church), read on the title before its complement, which names where the
        calling is held (a see: "Archbishop of Quelimane"), not a side; a title of another language
        is read as its English ("cardenal": Cardinal); else ``""``.

        Examples
        --------
        >>> lexicon().calling_body("Archbishop of Quelimane"), lexicon().calling_body("General")
        ('Catholic Church', '')
        """
        shown = self.titles.get(" ".join(role.lower().split()), role)
        return _entry(self.title_sides, shown, "") if self.scope(shown) == "person" else ""

    def states_of(self, role: str) -> frozenset[str]:
        """The states whose offices go by ``role`` when the lexicon knows only some
        do (column ``states``: "Majority Leader"), else none (any state may: "President").

        Examples
        --------
        >>> sorted(lexicon().states_of("Acting Majority Leader")), lexicon().states_of("President")
        (['Philippines', 'United States'], frozenset())
        """
        return _entry(self.title_states, role, frozenset())

    def states_without(self, role: str) -> frozenset[str]:
        """The states whose office of that kind goes by another title (a ``states`` entry
        with a leading "-": the United States has a Secretary of State, no "Foreign
        Minister"; "-monarchies", every kingdom, has no "President"): a bare ``role`` is
        no official of theirs.

        Examples
        --------
        >>> "United States" in lexicon().states_without("Foreign Minister")
        True
        >>> "Norway" in lexicon().states_without("President"), "Sri Lanka" in lexicon().states_without("President")
        (True, False)
        """
        return _entry(self.title_without, role, frozenset())

    @functools.cached_property
    def states(self) -> frozenset[str]:
        """The countries the side terms name, international bodies left out ("United Nations")."""
        return frozenset(c for c in set(self.sides.values()) if body_of(c) is None)

    @functools.cached_property
    def heads(self) -> frozenset[str]:
        """The last word of every title, lower case ("minister", "spokesman"), but the
        plural of a title that names the people a title heads ("jefe de los
        *negociadores*": "negociador" + "es"), which is no title's head in the singular.

        >>> "negociadores" in lexicon().heads, "negociador" in lexicon().heads
        (False, True)
        """
        last = frozenset(t.split()[-1] for t in self.titles)
        return frozenset(w for w in last if not any(
            w.endswith(plural) and w[:-len(plural)] + singular in self.titles for singular, plural in plural_endings(None)))

    @functools.cached_property
    def institutions(self) -> tuple[tuple[str, str], ...]:
        """``(term, country)`` of the institution terms, in the order of ``sides``."""
        return tuple((t, c) for t, c in self.sides.items() if self.side_kinds.get(t) == "institution")


def _respelled_plurals(titles: Iterable[str]) -> set[str]:
    """The ``titles`` whose plural rewrites their end (``plural_respellings``, every
    language: "secretary" → "secretaries", "juez" → "jueces"), in the plural."""
    respellings = [(singular, plural) for singular, plural in plural_endings(None) if singular]
    return {t[:-len(singular)] + plural for t in titles for singular, plural in respellings if t.endswith(singular)}


def _party_words(words: list[str]) -> bool:
    """Whether the name-key ``words`` after a country or demonym hold a word of
    ``party_name_words``: "democratic forces" names a party or armed group of its own,
    not the state's forces ("the Syrian Democratic Forces")."""
    return not words_in_any("party_name_words").isdisjoint(words)


def _without_article(key: str) -> str:
    """A name key without the article it opens with, as a sentence may write it ("la
    secretaria de relaciones exteriores"); ``""`` when it opens with none."""
    first, _, rest = key.partition(" ")
    return rest if rest and (first == "the" or first in words_in_any("articles")) else ""


def lexicon(titles: Path | None = None, demonyms: Path | None = None) -> Lexicon:
    """Read the title and demonym tables (default: :data:`TITLES_FILE`, :data:`DEMONYMS_FILE`).

    Cached; call :func:`kit.lexicon.clear_lexicon_cache` after editing kit's files
    (your own files are re-read when they change).

    Examples
    --------
    >>> lexicon().side_of("Mexican")
    'Mexico'
    """
    if titles is None and demonyms is None:  # the usual call, made per phrase: no Path to build
        return _lexicon(TITLES_FILE, DEMONYMS_FILE)
    return _lexicon(Path(titles or TITLES_FILE), Path(demonyms or DEMONYMS_FILE))


@lexicon_cache
def _lexicon(titles: Path, demonyms: Path) -> Lexicon:
    title_rows = read_table("titles", titles)
    others = _other_languages(read_table("titles", titles, lang=None))  # "canciller", "papa"
    shown: dict[str, str] = {}
    for row in title_rows:  # an abbreviation shows as its full title ("Sen." → "Senator")
        if row["kind"] == "title":
            shown.setdefault(row["title"].lower(), row["role"] or row["title"])
    past: dict[str, str] = {}  # "expresidente" → "presidente": a past office written as one word
    for row in others:  # "canciller" → its
        if row["kind"] == "title":  # English role, "Foreign Minister"; English keeps its keys
            shown.setdefault(row["title"].lower(), row["role"] or row["title"])
            for prefix in words_or("past_prefixes", row["lang"], frozenset()):
                past.setdefault(prefix + row["title"].lower(), row["title"].lower())
    for word, title in past.items():
        shown.setdefault(word, f"former {shown[title]}")
    postmodified = _postmodified(others, shown)  # "presidente interino": "interim President"
    shown.update({title: role for title, (role, _) in postmodified.items()})
    sides = {r["title"].lower(): r["side"] for r in title_rows if r["side"]}
    for row in others:  # "secretario de Estado"
        if row["side"]:
            sides.setdefault(row["title"].lower(), row["side"])
    for title, (_, base) in postmodified.items():  # "secretario de Estado adjunto": the United States
        if base in sides:
            sides.setdefault(title, sides[base])
    # the words before a title of every language: "deputy", "former"; "ex", "entonces"
    modifiers = frozenset(r["title"].lower() for r in (*title_rows, *others) if r["kind"] == "modifier")
    countries = dict(country_aliases())
    for row in _other_languages(read_table("countries", lang=None)):  # "Estados Unidos"
        countries.setdefault(name_key(row["alias"]), row["canonical"])  # "EU" stays English's
    kinds = dict.fromkeys(countries, "country")
    city_states = frozenset(row["country"] for row in read_table("demonyms", demonyms, lang=None)
                            if row["kind"] == "city_state")
    for row in read_table("demonyms", demonyms):
        key = name_key(row["term"])
        if row["kind"] != "city_state":  # the name stays the country's
            countries[key], kinds[key] = row["country"], row["kind"]
    for row in _other_languages(read_table("demonyms", demonyms, lang=None)):  # "cubano"
        key = name_key(row["term"])
        if key not in countries and row["kind"] != "city_state":  # English keeps its keys
            countries[key], kinds[key] = row["country"], row["kind"]
    lang_sides: dict[str, dict[str, str]] = {}  # "es": {"eu": "United States"}
    for row in _other_languages(read_table("countries", lang=None)):
        key = name_key(row["alias"])
        if countries.get(key) != row["canonical"]:
            lang_sides.setdefault(row["lang"], {})[key] = row["canonical"]
    # the titles as a trie, longest first (kit.lexicon.regex): the regex tries the few titles
    # that share a position's letters, not thousands in turn at every word
    # a title in the plural too ("deputy foreign ministers A and B", "press secretaries"):
    # kit.extract.phrases reads it
    alternatives = alternation({*shown, *_respelled_plurals(shown)}, space=_SPACE, ignore_case=True)
    # a modifier joined by a hyphen is part of the title ("vice-chairman", "ex-president")
    joined = modifiers | words_or("past_modifiers", DEFAULT_LANG, frozenset())
    prefix = f"(?:(?:{alternation(joined, space=_SPACE, ignore_case=True)})-)?" if joined else ""
    plurals = "|".join(sorted(map(re.escape, words_in_any("plural_endings")), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-]){prefix}(?:{alternatives})(?:{plurals})?(?![\w-])", re.IGNORECASE)
    regnal = tuple(sorted(((r["title"].lower(), r["role"] or r["title"]) for r in (*title_rows, *others)
                           if r["kind"] == "regnal"), key=lambda t: -len(t[0])))  # "el rey Juan Tomás I": King
    langs = {r["title"].lower(): r["lang"] for r in others if r["kind"] == "regnal"}
    scopes = {r["title"].lower(): r["scope"] for r in title_rows if r["kind"] != "modifier"}
    for row in others:  # "secretario general": whose office it is, as its English says
        if row["kind"] != "modifier":
            scopes.setdefault(row["title"].lower(), row["scope"])
    for row in others:  # "jefe de Gabinete" is read "Chief of Cabinet", a role no English row
        if row["kind"] != "modifier" and row["role"] and row["scope"]:  # has: the office its own row
            scopes.setdefault(row["role"].lower(), row["scope"])  # says it is, an English row's first
    listed = {r["title"].lower(): [s.strip() for s in r["states"].split(";") if s.strip()]
              for r in title_rows if r["kind"] != "modifier"}
    groups = {MONARCHIES: _monarchies()}  # "-monarchies": every state its official name calls a kingdom
    states = {t: frozenset(s for s in ss if not s.startswith("-")) for t, ss in listed.items()}
    without = {t: frozenset(x for s in ss if s.startswith("-") for x in groups.get(s[1:].strip(), {s[1:].strip()}))
               for t, ss in listed.items()}
    shown_modifiers = {r["title"].lower(): r["role"] for r in (*title_rows, *others)  # "then": "former"
                       if r["kind"] == "modifier" and r["role"]}
    return Lexicon(shown, sides, modifiers, countries, kinds, pattern, regnal, scopes, states, without, langs,
                   shown_modifiers, {title: base for title, (_, base) in postmodified.items()}, city_states,
                   lang_sides)


MONARCHIES = "monarchies"
"""The ``states`` entry of titles.csv that stands for every monarchy ("-monarchies": no
"President" heads a kingdom)."""


@lexicon_cache
def _monarchies() -> frozenset[str]:
    """The states one of whose English names in ``countries.csv`` (the official ones
    country_converter gives) holds a ``monarchy_words`` word: "Kingdom of Norway",
    "Sultanate of Oman", "Principality of Monaco"."""
    crowns = words_in_any("monarchy_words")
    return frozenset(row["canonical"] for row in read_table("countries")
                     if crowns & set(name_key(row["alias"]).split()))


def kingdom_among(role: str, states: Iterable[str]) -> str:
    """The one monarchy (:func:`_monarchies`) of several ``states`` when ``role`` is a
    monarch's title held now (``regnal`` in titles.csv with scope ``state``, in any of its
    languages: "King", "reina"), else ``""``: of the states a story names, a kingdom's crown
    is the kingdom's ("Tarn and Norway signed; King X attended": Norway's). One state, or
    two kingdoms, give none here (which is meant is another reading's, or none).

    >>> kingdom_among("King", ["Norway", "Peru", "Chile"]), kingdom_among("Queen", ["Norway", "Sweden"])
    ('Norway', '')
    >>> kingdom_among("President", ["Norway", "Peru"]), kingdom_among("King", ["Norway"])
    ('', '')
    """
    listed = sorted(set(states))
    lex = lexicon()
    said = " ".join(role.lower().split())
    crowned = {t for title, shown in lex.regnal for t in (title, shown.lower()) if lex.scope(shown) == "state"}
    if len(listed) < 2 or said not in crowned:
        return ""
    kingdoms = [s for s in listed if s in _monarchies()]
    return kingdoms[0] if len(kingdoms) == 1 else ""


def _entry(table: dict[str, Any], role: str, default: Any) -> Any:
    """The entry of ``table`` for the title ``role`` ends with: "Acting Defense
    Secretary" is a "Defense Secretary", "former Minister of Energy of Peru" a
    "Minister of Energy", and, cut at a ``complement_preps`` word of any language, a
    role left in another language "viceministro de Descentralización" a "viceministro"."""
    written = " ".join(role.lower().split())
    for lower in dict.fromkeys((written, written.replace("-", " "))):  # "Vice-President": "vice president"
        cuts = [m.start() for m in _complement_cut().finditer(lower)]
        head = len(lower[:cuts[0]].split()) if cuts else len(lower.split())
        for title in [lower, *(lower[:c] for c in reversed(cuts))]:
            parts = title.split()
            for n in range(head):  # modifiers and portfolios the lexicon lacks come first
                found = table.get(" ".join(parts[n:]))
                if found is not None:
                    return found
    return default


@lexicon_cache
def _complement_cut() -> re.Pattern[str]:
    """A ``complement_preps`` word of any language between spaces (" of ", " de "): where
    a title's complement begins."""
    preps = alternation(words_in_any("complement_preps"), space=_SPACE, ignore_case=True)
    return re.compile(rf" (?:{preps}) ")


def _postmodified(rows: list[Row], shown: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each title of another language followed by a ``postmodifier`` of its language, as
    that language writes an office's kind after its noun ("presidente interino", "el
    gobernante de facto", "secretario de Estado adjunto"): the modifier's English before
    the title's ("interim President"), or around it where its role holds ``{}``
    ("presidente electo": "President-elect"); ``{title: (role, the title it modifies)}``.
    Titles of no office (scope ``person``) take none."""
    after = [(r["title"].lower(), r["role"], r["lang"]) for r in rows if r["kind"] == "postmodifier"]
    found: dict[str, tuple[str, str]] = {}
    for row in rows:
        title = row["title"].lower()
        if row["kind"] != "title" or row["scope"] == "person":
            continue
        for word, role, lang in after:
            if lang == row["lang"] and f"{title} {word}" not in shown:
                english = shown[title]
                found[f"{title} {word}"] = (role.format(english) if "{}" in role else f"{role} {english}", title)
    return found


def _other_languages(rows: tuple[Row, ...]) -> list[Row]:
    """The rows of other languages than English: one lexicon reads every language."""
    return [row for row in rows if row["lang"] != DEFAULT_LANG]


def title_spans(doc: Doc, lex: Lexicon | None = None, text: str | None = None) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of titles: the lexicon's and ``doc.spans["titles"]``
    (``text``: ``doc.text``, if the caller has it)."""
    lex = lex or lexicon()
    spans = set()
    ofs = words_or("of_preps", doc.lang_, frozenset()) | words_or("contracted_articles", doc.lang_, frozenset())
    for match in lex.pattern.finditer(doc.text if text is None else text):
        span = doc.char_span(match.start(), match.end())
        base = lex.postmodified.get(match.group().lower())
        if span is not None and base and span.end < len(doc) and doc[span.end].pos_ == "ADP" \
                and doc[span.end].lower_ not in ofs:  # "presidente electo | por el Congreso": a participle's
            span = doc.char_span(match.start(), match.start() + len(base))  # clause, after the title
        if span is not None:
            spans.add((span.start, span.end))
    for match in lex.regnal_pattern.finditer(doc.text if text is None else text):
        span = doc.char_span(match.start(), match.end())  # "X, the crown prince of Abu Dhabi,": a title;
        if span is not None and not (span.end < len(doc) and doc[span.end].ent_type_ == "PERSON"):
            spans.add((span.start, span.end))  # "Crown Prince Sultan bin Qasim": given with the name
    if "titles" in doc.spans:
        spans.update((s.start, s.end) for s in doc.spans["titles"])
    kept: list[tuple[int, int]] = []
    spans = {(start, end) for start, end in spans if not _rank_in_a_name(doc, lex, start, end)}
    spans = _outside_institutions(doc, spans, doc.text if text is None else text)
    for start, end in sorted(_outside_names(doc, spans), key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    heads = words_or("head_modifiers", doc.lang_, frozenset())
    if heads:
        from spacy.attrs import LOWER
        from spacy.strings import get_string_id

        covered = {i for start, end in kept for i in range(start, end)}
        keys = {get_string_id(word) for word in heads}  # the words' lower-case ids: no Token built per word
        found = [(i, i + 1) for i, key in enumerate(doc.to_array(LOWER).tolist())
                 if key in keys and i not in covered and _heads_phrase(doc[i])]
        kept = sorted(kept + found) if found else kept
    return kept


def _rank_in_a_name(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """A title that is no office (scope ``person``: a rank, "General"; "diplomat") inside
    the name of anything but a person: "General Motors", "the Comandancia General del
    Ejército" name no general."""
    return lex.scope(doc[start:end].text) == "person" and any(
        t.ent_type_ not in ("", "PERSON") for t in doc[start:end]) and not _whole_name(doc, start, end)


def _whole_name(doc: Doc, start: int, end: int) -> bool:
    """The title is all of the entity it is tagged in, an article or possessive aside ("a
    member of the | Bishop | 's delegation" tagged ORG): a title word alone names the person
    who holds it, no body whose name holds a rank."""
    first, last = doc[start], doc[end - 1]
    opened = first.ent_iob_ == "B" or (start > 0 and doc[start - 1].ent_iob_ == "B"
                                       and doc[start - 1].lower_ in words_in_any("articles"))
    closed = end >= len(doc) or doc[end].ent_iob_ != "I" or doc[end].tag_ == "POS" or doc[end].text in ("'s", "’s")
    return opened and closed and last.ent_type_ not in ("", "PERSON")


def _outside_institutions(doc: Doc, spans: set[tuple[int, int]], text: str) -> set[tuple[int, int]]:
    """The ``spans`` not inside the name of an institution of the article's language
    (``glossary.csv``, of two words or more, as written): "el Estado Mayor de las
    fuerzas" names the General Staff, no mayor; a title that holds the name stays
    ("jefe del Estado Mayor Conjunto")."""
    pattern = _institutions(doc.lang_)
    if pattern is None or not spans:
        return spans
    names = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not names:
        return spans

    def inside(start: int, end: int) -> bool:
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        return any(a <= first and last <= b and (a, b) != (first, last) for a, b in names)

    return {(start, end) for start, end in spans if not inside(start, end)}


@lexicon_cache
def _institutions(lang: str) -> re.Pattern[str] | None:
    """The institutions ``glossary.csv`` names in ``lang`` in two words or more, with a
    capital (a name, not a common noun), as one regex; ``None`` in a language with none."""
    terms = [t for t in glossary(lang) if " " in t and t[:1].isupper()]
    if not terms:
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(terms, space=_SPACE)})(?![\w-])")


def _outside_names(doc: Doc, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Titles with the words an organisation's name ends with left to the name ("the
    Ulster Unionist | Party leader": the Party's "leader"); none inside an
    organisation's name ("Consejo de | Ministros | del Perú", "Council of | Ministers")."""
    found, org = set(), words_in_any("org_words")
    for start, end in spans:
        first = doc[start]
        if first.ent_iob_ == "I" and first.ent_type_ == "ORG" and (
                (end < len(doc) and doc[end].ent_iob_ == "I")
                or (doc[start - 1].ent_iob_ == "I" and doc[start - 1].lower_ in words_in_any("of_preps"))):
            continue
        last_of_name = start + 1 >= len(doc) or doc[start + 1].ent_iob_ != "I"
        if first.ent_iob_ == "I" and first.ent_type_ in ("ORG", "NORP") and last_of_name and first.lower_ in org:
            start += 1  # not "the State | Department spokesman": a title the lexicon has whole
        if start < end:
            found.add((start, end))
    return found


def _heads_phrase(token: Any) -> bool:
    """A ``head_modifiers`` word ("chief", "official") that ends its phrase, or opens its
    complement: "Mossad | chief | David Barnea", "the group's political | chief |,", "a
    State Department | official |,", "a senior | official | of the PLO", "a PLO | official |
    close to X" or "who ..." (:func:`describes_holder`); not "chief | negotiator", "the
    official | spokeswoman"."""
    doc = token.doc
    if token.i == 0 or token.nbor(-1).is_punct or token.nbor(-1).lower_ in words_in_any("articles"):
        return False  # "the chief said", "Chief Justice": nothing before it to be chief of
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.ent_type_ == "PERSON" and after.ent_iob_ == "B" \
        or after.lower_ in words_or("of_preps", doc.lang_, frozenset()) \
        or after.lower_ in words_or("relative_pronouns", doc.lang_, frozenset()) \
        or describes_holder(after, range(token.i, token.i + 1))


_POST_MODIFIER_DEPS = frozenset({"amod", "acl"})
_POST_MODIFIER_POS = frozenset({"ADJ", "ADV", "VERB"})  # "close", tagged ADV at times; "based", "representing"


def describes_holder(token: Any, title: range) -> bool:
    """Whether ``token``, right after a title (its token indices ``title``), opens words
    that only describe the title's holder: an adjective or participle the parse hangs on
    the title ("a PLO official | close to X", "the spokesman | based in Geneva", "a lawyer
    | representing the families"), which the title is read without."""
    return token.dep_ in _POST_MODIFIER_DEPS and token.pos_ in _POST_MODIFIER_POS and token.head.i in title
