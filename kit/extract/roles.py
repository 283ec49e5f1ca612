"""Roles and sides: what kind of actor each entity mention is, read from the text.

For every name-like entity (PERSON, ORG, GPE, NORP, LOC, FAC) one row says

- ``kind``: ``person``, ``organization``, ``government`` (a country, capital
  or institution acting: "Mexico began deportations", "the White House"),
  ``group`` ("Venezuelans"), or a non-actor use: ``place`` ("meet in
  Washington"), ``modifier`` ("U.S. officials", "Mexico's Secretary ...") and
  ``title`` (an entity inside a title such as "Secretary of State");
- ``role``: the title before the name ("Homeland Security Secretary Alejandro
  Mayorkas"), or in an apposition ("Kate Lobo, the Honduran chief negotiator,";
  "Its envoy, Tomás Ferrer,");
- ``side``: the country the actor speaks for, from a possessive ("Mexico's"),
  a demonym ("Mexican President"), an institution ("White House"), the
  country's own name, or a title that implies it ("Secretary of State").

The lexicons are data, read through :mod:`kit.lexicon.files`:
``kit/lexicon/data/titles.csv`` (``title,kind,side,ruler,lang``; kind is
``title`` or ``modifier``) and ``kit/lexicon/data/demonyms.csv``
(``term,country,kind,lang``; kind is ``country``, ``demonym``, ``capital`` or
``institution``), the country variants of :mod:`kit.lexicon.canonical` and the
word lists ``determiners``, ``government_words`` and ``locative_preps``
(:func:`kit.lexicon.wordlists.words`). Add rows to extend them.

Examples
--------
kit runs :func:`extract` on each Doc with its shared inputs
(:mod:`kit.extract.inputs`); :func:`kit.nlp.rows.doc_tables` does the same on one Doc:

>>> from kit.nlp.pipeline import get_nlp
>>> from kit.nlp.rows import doc_tables
>>> doc = get_nlp()("Mexico's Secretary of Foreign Affairs Alicia Bárcena met Antony Blinken.")
>>> rows = doc_tables(doc, ["roles"])["roles"]
>>> [(r["canonical"], r["role"], r["side"]) for r in rows if r["kind"] == "person"]
[('Alicia Bárcena', 'Secretary of Foreign Affairs', 'Mexico'), ('Antony Blinken', '', '')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kit.lexicon.canonical import country_aliases, name_key
from kit.lexicon.files import DATA_DIR, lexicon_cache, read_table
from kit.lexicon.files import clear_lexicon_cache as clear_lexicon_cache
from kit.lexicon.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TITLES_FILE = DATA_DIR / "titles.csv"
DEMONYMS_FILE = DATA_DIR / "demonyms.csv"

# spaCy components read beyond kit.nlp.pipeline.CORE_COMPONENTS:
# POS of appositions and modifiers and the parse.
COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INPUTS = ("entities",)
OFFSET_COLUMNS: tuple[str, ...] = ()
COLUMNS = ["text", "label", "canonical", "kind", "role", "side", "side_cue", "affiliation"]
ACTOR_KINDS = ("person", "organization", "government", "group")
LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
APPOSITION_END = frozenset({",", ".", ";", ":", ")", "and", "who", "—", "–"})


@dataclass(frozen=True)
class Lexicon:
    """Titles and side terms, keyed for lookup."""

    titles: dict[str, str]  # lower-case title -> display form
    title_sides: dict[str, str]  # lower-case title -> side it implies
    modifiers: frozenset[str]  # "deputy", "chief", ...
    sides: dict[str, str]  # name_key(term) -> country
    side_kinds: dict[str, str]  # name_key(term) -> country | demonym | capital | institution
    pattern: re.Pattern[str]  # any title, longest first

    def side_of(self, *names: str) -> str:
        """Country of the first of ``names`` found in the lexicon, else ``""``."""
        for name in names:
            side = self.sides.get(name_key(name))
            if side:
                return side
        return ""

    @functools.cached_property
    def institutions(self) -> tuple[tuple[str, str], ...]:
        """``(term, country)`` of the institution terms, in the order of ``sides``."""
        return tuple((t, c) for t, c in self.sides.items() if self.side_kinds.get(t) == "institution")


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
    names = [r["title"] for r in title_rows if r["kind"] == "title"]
    shown: dict[str, str] = {}
    for name in names:
        shown.setdefault(name.lower(), name)
    sides = {r["title"].lower(): r["side"] for r in title_rows if r["side"]}
    modifiers = frozenset(r["title"].lower() for r in title_rows if r["kind"] == "modifier")
    countries = dict(country_aliases())
    kinds = dict.fromkeys(countries, "country")
    for row in read_table("demonyms", demonyms):
        key = name_key(row["term"])
        countries[key], kinds[key] = row["country"], row["kind"]
    by_first: dict[str, list[str]] = {}  # longest first, grouped by first letter: the regex
    for title in sorted(shown, key=len, reverse=True):  # then tries one letter's titles, not all
        by_first.setdefault(title[:1], []).append(re.escape(title[1:]))
    alternatives = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return Lexicon(shown, sides, modifiers, countries, kinds, pattern)


@dataclass
class Entity:
    """One entity mention and what the text says about it."""

    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    canonical: str
    ner: str = ""  # the label NER gave (``label`` may be corrected, e.g. to PERSON)
    kind: str = ""
    role: str = ""
    side: str = ""
    side_cue: str = ""
    affiliation: str = ""
    consumed: set[int] = field(default_factory=set)  # entities read as this one's side cues
    affiliated: set[int] = field(default_factory=set)  # organisations this one works for

    def row(self) -> dict[str, Any]:
        """The table row (offsets are the entity's characters)."""
        values = {c: getattr(self, c) for c in COLUMNS}
        values["label"] = self.ner or self.label
        return {"start_char": self.start_char, "end_char": self.end_char, **values}

    @property
    def is_actor(self) -> bool:
        """True for people, organisations, governments and groups."""
        return self.kind in ACTOR_KINDS


def extract(doc: Doc, canon: dict[tuple[int, int], str], *,
            entities: list[Entity]) -> list[dict[str, Any]]:
    """One row per name-like entity: kind, role, side (see the module docstring)."""
    return [e.row() for e in entities]


def read_entities(doc: Doc, canon: dict[tuple[int, int], str]) -> list[Entity]:
    """Entities of ``doc`` with kind, role and side."""
    return _Reader(doc, canon, lexicon()).read()


class _Reader:
    """Reads one Doc: title spans, entity index, then roles, kinds and sides."""

    def __init__(self, doc: Doc, canon: dict[tuple[int, int], str], lex: Lexicon) -> None:
        self.doc, self.lex = doc, lex
        self.ents = []
        for e in doc.ents:
            label = e.label_
            if label in LABELS:  # each Span property below builds tokens: read them once
                start, end, text = e.start_char, e.end_char, e.text
                self.ents.append(Entity(e.start, e.end, start, end, text, label,
                                        canon.get((start, end), text), label))
        self.at = {i: n for n, e in enumerate(self.ents) for i in range(e.start, e.end)}
        self.titles = title_spans(doc, lex)
        self.by_end = {end: start for start, end in self.titles}
        self.by_start = dict(self.titles)
        self.title_tokens = {i for start, end in self.titles for i in range(start, end)}
        self.persons = {e.canonical for e in self.ents
                        if e.label == "PERSON" and not self._is_place_name(e)}

    def read(self) -> list[Entity]:
        consumed: set[int] = set()
        affiliations: set[int] = set()
        for ent in self.ents:
            if self._is_place_name(ent):
                ent.label = "GPE"  # "Tegucigalpa" tagged PERSON: the lexicon knows better
            full = self._person_name(ent)
            if full and not self.title_tokens & set(range(ent.start, ent.end)):
                ent.label, ent.canonical = "PERSON", full
                self._read_person(ent)
                consumed |= ent.consumed
                affiliations |= ent.affiliated
        for n, ent in enumerate(self.ents):
            ent.kind = self._kind(ent, n in consumed, n in affiliations)
            if ent.kind in ("organization", "government", "group") and not ent.side:
                self._read_side(ent)
        return self.ents

    def _is_place_name(self, ent: Entity) -> bool:
        kind = self.lex.side_kinds.get(name_key(ent.canonical))
        return ent.label in ("PERSON", "ORG") and kind in ("country", "capital")

    def _person_name(self, ent: Entity) -> str | None:
        """Full name of the person ``ent`` names, even when NER gave another label.

        A GPE "Mejía" or a WORK_OF_ART "Rosa Castillo" is a person when it is
        the name, or the unambiguous end of the name, of a PERSON in the article.
        """
        if ent.label == "PERSON":
            return ent.canonical
        if ent.label not in ("ORG", "GPE", "NORP", "WORK_OF_ART"):
            return None
        key = name_key(ent.canonical)
        full = {p for p in self.persons if name_key(p) == key or name_key(p).endswith(" " + key)}
        if len(full) > 1:  # a surname two people share: a person, but which one stays open
            return ent.canonical
        return full.pop() if full else None

    def _is_person(self, ent: Entity) -> bool:
        return ent.label == "PERSON"

    # -- roles -------------------------------------------------------------
    def _read_person(self, ent: Entity) -> None:
        span = self._chain_ending_at(ent.start)
        cue_at = span[0] if span else ent.start
        cues = self._cues_before(cue_at)
        if span is None:
            found = self._apposition_after(ent.end) or self._apposition_before(ent.start)
            if found:
                span, cues = found[0], cues + found[1]
        if span is not None:
            text = self.doc[span[0]:span[1]].text
            shown = self.lex.titles.get(text.lower(), text)
            ent.role = text if shown.islower() else shown  # the lexicon's capitals win
        self._apply_cues(ent, cues)
        if not ent.side and ent.role:
            self._side_from_role(ent)

    def _chain_ending_at(self, end: int) -> tuple[int, int] | None:
        """Title (with modifiers such as "deputy") ending right before token ``end``."""
        if end not in self.by_end:
            return None
        start = self.by_end[end]
        while True:
            if start in self.by_end:
                start = self.by_end[start]
            elif start > 0 and self.doc[start - 1].lower_ in self.lex.modifiers:
                start -= 1
            else:
                return start, end

    def _apposition_after(self, k: int) -> tuple[tuple[int, int], list[int]] | None:
        """", the Honduran chief negotiator," after a name."""
        doc, n = self.doc, len(self.doc)
        if k >= n or doc[k].text != ",":
            return None
        j = k + 1
        if j < n and doc[j].lower_ in words("determiners"):
            j += 1
        cues = []
        while j in self.at and self.ents[self.at[j]].start == j and self.ents[self.at[j]].label != "PERSON":
            cues.append(self.at[j])
            j = self.ents[self.at[j]].end
            j += 1 if j < n and doc[j].text in POSSESSIVE else 0
        start = j
        while j < n and j not in self.by_start and doc[j].lower_ in self.lex.modifiers:
            j += 1
        if j not in self.by_start:
            return None
        end = self.by_start[j]
        if end < n and doc[end].lower_ not in APPOSITION_END:
            return None
        return (start, end), cues

    def _apposition_before(self, i: int) -> tuple[tuple[int, int], list[int]] | None:
        """"Its envoy, Tomás Ferrer," before a name."""
        if i == 0 or self.doc[i - 1].text != ",":
            return None
        span = self._chain_ending_at(i - 1)
        if span is None:
            return None
        cues = self._cues_before(span[0])
        before = min([span[0], *(self.ents[c].start for c in cues)]) - 1
        if before >= 0 and not self.doc[before + 1].is_sent_start:
            if self.doc[before].lower_ not in words("determiners"):
                return None
        return span, cues

    def _cues_before(self, k: int) -> list[int]:
        """Entities right before token ``k`` that say whose side or body an actor is."""
        cues: list[int] = []
        j = k - 1
        while j >= 0:
            if self.doc[j].text in POSSESSIVE:
                j -= 1
            n = self.at.get(j)
            if n is None or self.ents[n].label == "PERSON" or n in cues:
                break
            cues.append(n)
            j = self.ents[n].start - 1
        return cues

    def _apply_cues(self, ent: Entity, cues: list[int]) -> None:
        for n in cues:
            cue = self.ents[n]
            side = self.lex.side_of(cue.canonical, cue.text)
            if side and not ent.side:
                ent.side, ent.side_cue = side, cue.text
                ent.consumed.add(n)
            elif not side and cue.label == "ORG" and not ent.affiliation:
                ent.affiliation = cue.canonical
                ent.affiliated.add(n)

    def _side_from_role(self, ent: Entity) -> None:
        """Side named inside the role ("White House ...") or implied by it."""
        role = f" {name_key(ent.role)} "
        for term, country in self.lex.institutions:
            if f" {term} " in role:
                ent.side, ent.side_cue = country, f"role: {ent.role}"
                return
        implied = self.lex.title_sides.get(ent.role.lower(), "")
        if implied:
            ent.side, ent.side_cue = implied, f"title: {ent.role}"

    def _read_side(self, ent: Entity) -> None:
        side = self.lex.side_of(ent.canonical, ent.text)
        if side:
            ent.side, ent.side_cue = side, ent.text
        else:
            self._apply_cues(ent, self._cues_before(ent.start))
            ent.affiliation, ent.affiliated = "", set()

    # -- kinds -------------------------------------------------------------
    def _kind(self, ent: Entity, consumed: bool, affiliation: bool = False) -> str:
        if self.title_tokens & set(range(ent.start, ent.end)):
            return "title"
        if consumed:
            return "modifier"
        if self._is_person(ent):
            return "person"
        root = self.doc[ent.start:ent.end].root
        while root.dep_ == "conj" and root.head.i != root.i:  # "from the U.S. and Mexico"
            root = root.head
        if ent.label in ("LOC", "FAC"):
            return "place"
        if ent.label not in ("ORG", "GPE", "NORP"):
            return "other"
        if ent.label == "NORP":
            modifies = root.pos_ == "ADJ" or root.dep_ in MODIFIER_DEPS
            return "modifier" if modifies else "group"
        if self._modifies_noun(root, ent) and not affiliation:  # "the OAS envoy" names the OAS
            return "modifier"
        if ent.label == "ORG":
            institution = self.lex.side_kinds.get(name_key(ent.canonical)) == "institution"
            last = ent.canonical.split()[-1].lower() if ent.canonical.split() else ""
            government = institution or last in words("government_words")
            return "government" if government else "organization"
        if root.dep_ == "pobj" and root.head.lower_ in words("locative_preps"):
            return "place"
        return "government"

    def _modifies_noun(self, root: Token, ent: Entity) -> bool:
        head = root.head
        outside = not (ent.start <= head.i < ent.end)
        return root.dep_ in MODIFIER_DEPS and outside and head.i not in self.at


def title_spans(doc: Doc, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of titles: the lexicon's and ``doc.spans["titles"]``."""
    lex = lex or lexicon()
    spans = set()
    for match in lex.pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            spans.add((span.start, span.end))
    if "titles" in doc.spans:
        spans.update((s.start, s.end) for s in doc.spans["titles"])
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
