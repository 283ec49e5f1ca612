"""The phrases around a name that :mod:`kit.extract.roles` reads roles and sides from.

:class:`PhraseReader` indexes one Doc's entities and titles and finds: a title
chain before a name ("deputy Foreign Minister", with a complement such as "for
Political Affairs"; in another language a complement in lower case too, when
``glossary.csv`` has its words: "el jefe de la delegación, X"), an apposition after or before it (", the Honduran chief
negotiator,"; "Its envoy, ..."), the entities written before a title (side and
affiliation cues), "the group's"/"the government's" read back to what they
stand for, and the person an aide works for ("Nazari's adviser"). It also
marks the entities of a dateline ("SEOUL —", :mod:`kit.extract.datelines`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from kit.extract.datelines import dateline_spans, in_dateline, outlet_spans
from kit.extract.places import known_common_noun, names_a_venue
from kit.extract.sidecues import Cue, CueKind, cue_kind, of_noun
from kit.extract.titles import Lexicon, describes_holder, title_spans
from kit.lexicon.bodies import Body, body_of, shared_with_states
from kit.lexicon.canonical import government_lead, name_key
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache
from kit.lexicon.states import english_capitals
from kit.lexicon.subdivisions import subdivision_of
from kit.lexicon.wordlists import (
    POSSESSIVE,
    glossary,
    is_initials,
    names_a_school,
    numbers,
    plural_endings,
    words,
    words_in_any,
    words_or,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART"})
ACTOR_KINDS = ("person", "organization", "government", "group")
COLUMNS = ["text", "label", "canonical", "kind", "role", "side", "side_cue", "side_cue_kind", "affiliation"]
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*")  # "TRD-Velm", "M23": an organisation's initials
HYPHENS = frozenset({"-", "–", "‑"})
APPOSITION_END = frozenset({",", ".", ";", ":", "(", ")", "and", "who", "—", "–"})
CONTEXT_CUE = "context:"  # side_cue prefix of a side read from where the sentence is set
BARE_OFFICE_FILED = "a bare office in a story filed in"  # side_cue of a bare office read from the dateline
COMPLEMENT_MAX = 10  # tokens a title's complement may run
PORTFOLIO_WORDS = 4  # words a second portfolio joined to a title's complement may run
BODY_TOKENS = 4  # longest body name read from untagged tokens ("the African Union")
HONORIFIC_TOKENS = 3  # longest honorific read before a title ("The Rt. Hon.")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})  # English and Universal Dependencies
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})  # the passive ones of them
_SUBJECT_PARTS = frozenset({"conj", "poss", "compound", "amod", "nmod", "appos"})  # "X, | Sinn Fein's | negotiator,"
MODIFYING = frozenset({("compound", "NOUN"), ("compound", "PROPN"), ("amod", "ADJ")})
"""(dependency, part of speech) of a word that belongs to the title it comes before."""
ANAPHOR_TOKENS = 150  # how far back (tokens) "the group's" looks for its group


def negation(token: Token) -> bool:
    """Whether ``token`` is a negation: "not" (the English parser's ``neg``) or a word the
    tagger marks ``Polarity=Neg`` ("no")."""
    return token.dep_ == "neg" or "Neg" in token.morph.get("Polarity", [])


def negated_verb(verbs: Iterable[Token]) -> bool:
    """Whether one of ``verbs`` has a negation of its own (:func:`negation`: "no se reunió")."""
    return any(negation(c) for v in verbs for c in v.children)


def verb_lemma(verb: Token) -> str:
    """The verb's lemma in lower case, without the pronoun the Spanish lemmatizer reads
    into one glued to it ("reunirse" → "reunir él": "reunir", as "se reunió" is;
    "haberse": "haber")."""
    return verb.lemma_.lower().split(" ", 1)[0]


def nationals(doc: Doc, ent: Entity) -> bool:
    """Whether the NORP ``ent`` says whose nationals people are: a demonym counted as
    a noun ("two Ecuadorians", "dos ecuatorianos") or the adjective of a
    ``nationality_nouns`` word ("of Ecuadorian nationality", "de nacionalidad
    ecuatoriana"); no mention of their state as one that acts."""
    if ent.label != "NORP":
        return False
    root = doc[ent.start:ent.end].root
    if root.pos_ == "ADJ":
        return root.head.lemma_.lower() in words_or("nationality_nouns", doc.lang_, frozenset())
    return root.pos_ == "NOUN" and any(c.like_num or c.pos_ == "NUM" for c in root.children)


@dataclass(frozen=True)
class PhraseWords:
    """The function words a title phrase is read with, in one language
    (``kit/lexicon/data/words.csv``; English where the language has none)."""

    preps: frozenset[str]  # a title's complement: "of", "for", "to"; "de", "del", "para"
    articles: frozenset[str]  # "the"; "el", "la", "los", "las"
    of: frozenset[str]  # a country complement: "of"; "de", "del"
    conjunctions: frozenset[str]  # "and"; "y", "e"
    determiners: frozenset[str]
    stops: frozenset[str] = frozenset()  # "since", "until": no complement runs on past them
    contracted: frozenset[str] = frozenset()  # a preposition and an article in one word: "del", "al"
    anaphors: frozenset[str] = frozenset()  # "the group", "the government"; "el gobierno"
    partitives: frozenset[str] = frozenset()  # "one of": "one"; "uno", "una"
    relatives: frozenset[str] = frozenset()  # "who"; "que", "quien": a relative clause ends an apposition
    counts: frozenset[str] = frozenset()  # "both", "two"; "ambos": how many hold a plural title ("A and B, both negotiators")
    openers: frozenset[str] = frozenset()  # ",", "(", ":": marks that open an apposition ("..., Russia's ambassador, X,")

    @property
    def joining(self) -> frozenset[str]:
        """Words inside a complement's name: "of Peace and Reconciliation"."""
        return self.conjunctions | self.articles | self.of

    @property
    def ends(self) -> frozenset[str]:
        """Words that end an apposition ("..., ambassador to the UN | since 2006,"; "...,
        comandante | que participó en ...")."""
        return APPOSITION_END | self.conjunctions | self.stops | self.relatives


@lexicon_cache
def phrase_words(lang: str) -> PhraseWords:
    """:class:`PhraseWords` of ``lang``."""
    none: frozenset[str] = frozenset()
    return PhraseWords(
        preps=words_or("complement_preps", lang), articles=words_or("articles", lang),
        of=words_or("of_preps", lang), conjunctions=words_or("conjunctions", lang),
        determiners=words_or("determiners", lang), stops=words_or("complement_stops", lang),
        contracted=words_or("contracted_articles", lang, none),
        anaphors=words_or("group_anaphors", lang, none) | words_or("state_anaphors", lang, none),
        partitives=words_or("singular_partitives", lang, none), relatives=words_or("relative_pronouns", lang, none),
        counts=frozenset(numbers("group_counts", lang)),
        openers=words_or("apposition_openers", lang) | words_or("list_openers", lang))


@dataclass(frozen=True)
class _Found:
    """A title read around a name: its token span, its cue entities, an anaphoric side."""

    span: tuple[int, int]
    cues: list[int]
    anaphor: tuple[str, str] | None = None
    principal: str = ""  # the person the title is held under: "adviser to Prime Minister X"
    claimed: bool = False  # a title the holder gives himself: ", who calls himself the sultan of X"


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
    plural: bool = False  # the role came from a plural title ("ministers"): coordinated names share it
    former: bool = False  # after a past modifier, no title after it: "the former Soviet republic"
    claimed: bool = False  # the role is a title the person gives himself: no state's office to place
    owned: bool = False  # the title follows its owner's possessive ("Its secretary-general", "Tarn's")
    consumed: set[int] = field(default_factory=set)  # entities read as this one's side cues
    affiliated: set[int] = field(default_factory=set)  # organisations this one works for

    def row(self) -> dict[str, Any]:
        """The table row (offsets are the entity's characters)."""
        values = {c: getattr(self, c) for c in COLUMNS}
        values["label"] = self.ner or self.label
        values["side_cue"] = str(self.side_cue)  # the words; their kind is a column of its own
        return {"start_char": self.start_char, "end_char": self.end_char, **values}

    @property
    def side_cue_kind(self) -> str:
        """The kind of reading the side was read from (:func:`kit.extract.sidecues.cue_kind`)."""
        return cue_kind(self.side_cue).value

    @property
    def is_actor(self) -> bool:
        """True for people, organisations, governments and groups."""
        return self.kind in ACTOR_KINDS


class PhraseReader:
    """One Doc's entities (:class:`Entity`) and title spans, and the phrases around them."""

    def _body(self, name: str) -> Body | None:
        """The international body ``name`` names, read in the Doc's language
        (:meth:`Lexicon.body`: Spanish "EU" is the United States, no body); a name states
        also give an organ of their own ("the Security Council": :func:`shared_with_states`)
        only where the Doc names the body it belongs to with another name ("the UN"), else
        it is a state's organ."""
        found = self.lex.body(name, self.doc.lang_)
        if found is None or not shared_with_states(name):
            return found
        return found if found.side in self._bodies_named else None

    @functools.cached_property
    def _bodies_named(self) -> frozenset[str]:
        """The sides of the bodies the Doc names by a name no state's organ shares ("the
        UN", "UN Security Council", "la ONU")."""
        lang = self.doc.lang_
        return frozenset(found.side for e in self.ents if not shared_with_states(e.canonical) and (
            found := self.lex.body(e.canonical, lang) or self.lex.body(e.text, lang)) is not None)

    def _body_named_first(self, name: str) -> Body | None:
        """The body whose name opens ``name``, read in the Doc's language
        (:meth:`Lexicon.body_named_first`)."""
        return self.lex.body_named_first(name, self.doc.lang_)

    def __init__(self, doc: Doc, canon: dict[tuple[int, int], str], lex: Lexicon,
                 doc_text: str | None = None) -> None:
        self.doc, self.lex = doc, lex
        self.w = phrase_words(doc.lang_)
        self.text = doc.text if doc_text is None else doc_text
        self.ents = []
        titles = title_spans(doc, lex, self.text)
        title_ends = {end for _, end in titles}
        for e in doc.ents:
            label = e.label_
            if label == "MISC" and is_initials(e.text) and self._body_of_a_title(e.start, title_ends) \
                    and not lex.side_of(canon.get((e.start_char, e.end_char), e.text), e.text):
                label = "ORG"  # "jefe negociador del | ELN": the initials a title is of are a body's
            if label in LABELS:  # each Span property below builds tokens: read them once
                start, end, text = e.start_char, e.end_char, e.text
                canonical = canon.get((start, end), text)
                if (group := self._group_named_after_place(e)) is not None:  # "the Tampere | group"
                    self.ents.append(Entity(e.start, group.i + 1, start, group.idx + len(group), f"{text} {group.text}",
                                            "ORG", f"{canonical} {group.text}", label))
                    continue
                self.ents.append(Entity(e.start, e.end, start, end, text, label, canonical, label))
        self.at = {i: n for n, e in enumerate(self.ents) for i in range(e.start, e.end)}
        datelines = dateline_spans(self.text)  # "WASHINGTON (Reuters) —": where the story was filed
        self.datelines = datelines
        self.outlets = outlet_spans(self.text, datelines)
        self.filed = {n for n, e in enumerate(self.ents) if in_dateline(datelines, e.start_char)}
        self.titles = titles
        self.by_end = {end: start for start, end in self.titles}
        self.by_start = dict(self.titles)
        self.title_tokens = {i for start, end in self.titles for i in range(start, end)}
        # honorifics kit.nlp.names cut from names: name start -> honorific start
        self.honorific_before = {s.end: s.start for s in doc.spans.get("honorifics", ())}
        self.honorific_tokens = {i for s in doc.spans.get("honorifics", ()) for i in range(s.start, s.end)}
        past = words_or("past_modifiers", doc.lang_, frozenset())
        for ent in self.ents:  # what a place was ("the former | Soviet | republic"), not a past
            ent.former = (ent.start > 0 and doc[ent.start - 1].lower_ in past  # office ("the former
                          and ent.end not in self.title_tokens)  # Kenyan | president": Kenya's)

    def _group_named_after_place(self, e: Span) -> Token | None:
        """The group noun of ``place_group_nouns`` ("group") written in lower case right
        after a place's name, in "the <place> group": a faction or delegation named after
        the city it formed in ("the Tampere group", "the Oulu group"), an organisation the
        whole phrase names, no place; not a capitalised group noun (a body's own name the
        model tags whole: "the Contact Group"), nor one after a possessive or a person."""
        doc = self.doc
        if e.label_ not in ("GPE", "LOC") or e.end >= len(doc) or e.start < 1 \
                or doc[e.start - 1].lower_ not in self.w.articles:
            return None
        noun = doc[e.end]
        nouns = words_or("place_group_nouns", doc.lang_, frozenset())
        return noun if noun.is_lower and noun.lower_ in nouns and e.end not in {x.start for x in doc.ents} else None

    def _body_of_a_title(self, start: int, title_ends: set[int]) -> bool:
        """Whether a name starting at token ``start`` is what the title ending right before
        its "of" (and article) is of ("jefe negociador del | ELN", "presidente del |
        COSEP"). Initials so placed are a body's, though the Spanish pipeline tagged them
        ``MISC``, its label for a name of no known kind; words are not always one ("ministro
        de | Economía y Finanzas": a portfolio)."""
        doc, k = self.doc, start - 1
        k -= 1 if k > 0 and doc[k].lower_ in self.w.articles else 0
        return k > 0 and doc[k].lower_ in self.w.of and k in title_ends

    def _role_text(self, start: int, end: int) -> str:
        """The role as written: the lexicon's capitals for a bare title; an organisation
        right before it kept ("IAEA Director General"); possessive side cues inside
        a complement left out ("head of the Taliban's political office" → "head of
        the political office"; "head of Ruritania's delegation" → "head of the
        delegation"); an organisation named without a possessive kept wherever it
        stands, as readers name the body ("acting CBP Commissioner", "member of the
        NDFV delegation": the side as well)."""
        doc = self.doc
        shown_modifier = self.lex.modifier_roles.get(doc[start].lower_)
        if shown_modifier and end - start > 1 and not doc[start + 1].is_punct and self._modifier_shown(start, end):
            return f"{shown_modifier} {self._role_text(start + 1, end)}"
        if end - start > 3 and doc[end - 3].lower_ in self.w.preps and doc[end - 2].lower_ in self.w.articles \
                and doc[end - 1].lower_ in self.w.anaphors:
            end -= 3  # "leader of the movement": the movement is the side, the role is "leader"
        elif end - start > 2 and doc[end - 2].lower_ in self.w.contracted and doc[end - 1].lower_ in self.w.anaphors \
                and not self._whole_state_title(start, end):
            end -= 2  # "jefe negociador | del gobierno"
        else:
            end = self._described_organisation_end(start, end)  # "chairman of the KDP | opposition party"
        text = doc[start:end].text
        if (start, end) in self.titles:  # a regnal title in its English too: "la reina | Sofía"
            shown = self.lex.titles.get(text.lower()) or dict(self.lex.regnal).get(text.lower(), text)
            text = text if shown.islower() and shown.lower() == text.lower() else shown  # the lexicon's capitals or English win
        else:
            skip, the = self._side_words_in_role(start, end)
            skip |= self._so_called_in_role(start, end)
            text = "".join(("the " if t.i in the else "") + (t.text_with_ws if t.i not in skip else "")
                           for t in doc[start:end]).strip()
            text = re.sub(r"\bthe the\b", "the", text)
            text = self._in_english(start, end, skip) or text
            shown = self.lex.titles.get(text.lower(), text)
            text = text if shown.islower() and shown.lower() == text.lower() else shown  # "presidente | cubano"
        if cut := self._plural_cut(end):  # "deputy foreign ministers" → "deputy foreign minister",
            text = text[:-len(cut[1])] + cut[0]  # "los cancilleres" → "canciller": Foreign Minister
            shown = self.lex.titles.get(text.lower()) or self.lex.titles.get(self._singular_title(text, None), text)
            text = text if shown.islower() and shown.lower() == text.lower() else shown
        return self._with_organisation_before(start, self._lexicon_order(self._gendered(start, text)))

    def _modifier_shown(self, start: int, end: int) -> bool:
        """Whether the modifier at ``start`` of the title ``start:end`` is shown in English before
        the title's ("ex presidente": "former President"): not the first word of a title of the
        lexicon that starts there ("primer ministro | canadiense": Prime Minister), and one
        shown as an ordinal (its English in ``ordinal_words``) only before a deputy's title (``deputy_modifiers``: "primer
        vicepresidente", First Vice President), where it ranks holders of one office at once,
        not a place in history ("el primer presidente elegido": the President)."""
        doc = self.doc
        title_end = self.by_start.get(start)
        if title_end is not None and doc[start:title_end].text.lower() in self.lex.titles:
            return False
        if self.lex.modifier_roles.get(doc[start].lower_, "").lower() not in words_in_any("ordinal_words"):
            return True  # "ex": "former"; "primer": "First", an ordinal
        after = self.lex.titles.get(doc[start + 1].lower_, doc[start + 1].lower_).lower().replace("-", " ")
        return any(after == w or after.startswith(w) for w in words_in_any("deputy_modifiers"))

    def _lexicon_order(self, text: str) -> str:
        """A role "<title> of the <body>" as the lexicon writes that title with the body
        before it, when it has it ("spokesman of the State Department": "State Department
        spokesman", as ``titles.csv`` writes it); else as it is."""
        head, of, body = text.partition(" of the ")
        if not of or not head.islower() or not body[:1].isupper():
            return text
        return self.lex.titles.get(f"{body} {head}".lower(), text)

    def _gendered(self, start: int, text: str) -> str:
        """``text``, the English of a title at ``start`` written in another language, with a
        word of ``masculine_roles``/``feminine_roles`` ("spokesperson") in the form the determiner before
        the title gives it by its grammatical gender: "el portavoz" is a spokesman, "la
        portavoz" a spokeswoman; as it is with no such determiner ("X, portavoz del
        Gobierno"), with a plural one ("los portavoces A y B": men and women together) or in
        English, whose "spokesperson" is what it says."""
        doc = self.doc
        if doc.lang_ == DEFAULT_LANG or start == 0 or doc[start - 1].pos_ != "DET":
            return text
        if doc[start - 1].morph.get("Number", []) != ["Sing"]:
            return text  # "los portavoces A y B": a masculine plural is said of men and women together
        gender = doc[start - 1].morph.get("Gender", [])
        side = {"Masc": "masculine_roles", "Fem": "feminine_roles"}.get(gender[0]) if len(gender) == 1 else None
        if side is None:
            return text
        forms = dict(w.partition(":")[::2] for w in words(side))
        return " ".join(forms.get(word, word) for word in text.split(" "))

    def _whole_state_title(self, start: int, end: int) -> bool:
        """Whether ``start:end`` is a title of the lexicon whole, the government it ends with
        its own ("presidente del Gobierno": Prime Minister), not one a word after it gives to
        no state ("del Gobierno | vasco": a region's)."""
        doc = self.doc
        if doc[start:end].text.lower() not in self.lex.titles:
            return False
        after = doc[end] if end < len(doc) else None
        return after is None or not (after.is_lower and after.pos_ == "ADJ"
                                     and self.lex.side_of(after.text) not in self.lex.states)

    def _so_called_in_role(self, start: int, end: int) -> set[int]:
        """The words of ``so_called_words`` ("llamado", "autodenominado") right after an article
        or a preposition inside the title ``start:end``: the writer's distance from the body's
        name, no part of the office ("presidente del | llamado | Gobierno de Unidad": President of
        the Gobierno de Unidad)."""
        doc, so_called = self.doc, words_or("so_called_words", self.doc.lang_, frozenset())
        openers = self.w.articles | self.w.preps | self.w.contracted
        return {t.i for t in doc[start + 1:end - 1] if t.lower_ in so_called and doc[t.i - 1].lower_ in openers}

    def _side_words_in_role(self, start: int, end: int) -> tuple[set[int], set[int]]:
        """``(skipped, the)``: the tokens of the title ``start:end`` that name its side, not
        its role (a possessive's owner, "head of | Ruritania's | delegation"; a people's
        adjective, "chief | American | negotiator"; a country complement, "secretaria de Estado
        adjunta | de Estados Unidos |"; an anaphor's possessive, "for the | group's | Doha
        office"), and the owners after a preposition whose noun then takes "the" ("of
        Norway's Foreign Ministry" → "of the Foreign Ministry")."""
        doc = self.doc
        skip: set[int] = set()
        the: set[int] = set()  # skipped owners that leave their noun without an article
        for i in range(start + 1, end):
            n = self.at.get(i)
            e = self.ents[n] if n is not None else None
            if e is not None and e.start == i and e.end < end and doc[e.end].text in POSSESSIVE:
                skip |= set(range(e.start, e.end + 1))
                if doc[i - 1].lower_ in self.w.preps and "the" in self.w.articles:
                    the.add(i)  # "director-general of Norway's Foreign Ministry" → "of the Foreign Ministry"
            elif e is not None and e.start == i and e.label == "NORP" and self.lex.side_of(e.text) \
                    and (not any(t.lower_ in self.w.preps for t in doc[self.by_start.get(start, start):i])
                         or i in self.by_end and e.end == end):
                skip |= set(range(e.start, e.end))  # "chief American negotiator": the side, not the role;
                # "la ministra de Exteriores | colombiana": a demonym right after the title
                # (and "jefe de la misión diplomática | cubana", after a title of the lexicon)
            elif (country := self._country_inside(i, end)) is not None:
                skip |= set(range(i - 1, country))  # "secretaria de Estado adjunta | de Estados Unidos | para
                # ...": the side, as a country complement at the end is
            elif e is None and doc[i].lower_ in self.w.articles and i + 2 < end and doc[i + 2].text in POSSESSIVE \
                    and doc[i + 1].lower_ in self.w.anaphors:
                skip |= {i + 1, i + 2}  # "for the group's Doha office" → "for the Doha office"
            elif self._seat_modifier(i, end):
                skip |= {i, i + 1, i + 2}  # "of the | Osk-based | Council": where it sits, no part of the office
        return skip, the

    def _seat_modifier(self, i: int, end: int) -> bool:
        """Whether tokens ``i``, ``i + 1`` and ``i + 2`` are a capitalised name, a hyphen and a
        ``seat_participles`` word ("Osk", "-", "based") with more of the title after them:
        where the body after them sits, no part of the office."""
        doc = self.doc
        return i + 3 < end and _capital(doc[i]) and doc[i + 1].text in HYPHENS \
            and doc[i + 2].lower_ in words_or("seat_participles", doc.lang_, frozenset())

    def _with_organisation_before(self, start: int, text: str) -> str:
        """The role ``text`` of a title at ``start`` with the organisation right before it, a
        tagged one that names no side ("the Ulster Unionist Party | leader": no article in a
        role) or one the model left untagged (:meth:`body_before`: "IAEA | Director General")."""
        doc = self.doc
        n = self.at.get(start - 1)
        if n is not None:
            cue = self.ents[n]
            if cue.end == start and cue.label == "ORG" and not self.lex.side_of(cue.canonical, cue.text):
                first = doc[cue.start]  # "the Ulster Unionist Party | leader": no article in a role
                named = cue.text[len(first.text_with_ws):] if first.lower_ in self.w.articles else cue.text
                return f"{named} {text}"
            return text
        body = self.body_before(start)
        return f"{doc[body[1]:start].text} {text}" if body else text

    def _in_english(self, start: int, end: int, skip: set[int]) -> str | None:
        """A role of another language in English, when its title has an English role
        and every word of its complement is known: "presidente del Congreso Nacional" is
        "President of the National Congress", "jefe de la delegación de la Plataforma
        Unitaria" "head of the delegation" (the organisation owning a group noun is the
        side: :meth:`_owner_cut`; tokens in ``skip`` left out). The complement's words are the terms of ``glossary.csv`` as written
        ("de", "la", "delegación"; an institution or portfolio with its capitals only as
        the whole rest of the complement: "ministra de Gobierno", not "la Comisión de Paz
        del Senado"), international bodies in their English name, and other named
        organisations and places whole, as written ("alcalde de La Paz" is "Mayor of La
        Paz", "vicepresidente del Partido Socialista Unido" keeps the party's name) unless
        the glossary has the whole name as the rest of the complement. None when a word is
        none of these, or the document is in English."""
        doc = self.doc
        head = max((e for s, e in self.titles if s == start and e < end), default=None)
        if doc.lang_ == DEFAULT_LANG or head is None:
            return None
        if (shorter := self._title_before_joined_portfolio(start, head, end)) is not None:
            head = shorter  # "ministro | de Asuntos Exteriores y de Cooperación": the portfolios read as one
        title = doc[start:head].text.lower()
        english = self.lex.titles.get(title)
        if not english and (plural := self._plural_title_english(start, head, end)):
            head, english = plural
        if not english or english.lower() == title and head == end:  # "director | para el ...": its complement
            return None
        out, i = [english], head
        read_at: dict[int, int] = {}  # token → where the English of the glossary term holding it starts
        while i < end:
            if i > head and _capital(doc[i]) and (whole := glossary(doc.lang_).get(doc[i:end].text)):
                out = [*_without_portfolio_article(out, whole), whole]  # "para la | Política Exterior y de
                break  # Seguridad Común": the rest in English whole, however the model cut it
            if i == head and self._postposed_adjective(i):  # "portavoz | internacional | del Frente"
                said = glossary(doc.lang_).get(doc[i].text)  # before the title in English, when the
                if not said:  # glossary has it; else the title alone, its complement left unsaid
                    return english  # ("obispo auxiliar de Osk" is no "Bishop of Osk")
                out, i = [said, *out], i + 1
                continue
            if i in skip or self._owner_adjective(i, head):
                said = glossary(doc.lang_).get(doc[i].text) if i not in skip else None
                if said and doc[i].head.i in read_at:  # "delegación gubernamental": government delegation
                    at = read_at[doc[i].head.i]
                    out = [*out[:at], said, *out[at:]]
                i += 1
                continue
            n = self.at.get(i)
            if n is not None and self.ents[n].start < head:
                rest = self.ents[n].end
                country = self.country_written(doc[i:rest].text) if i > head and rest <= end else ""
                if country:  # "jefe de | Gobierno de Panamá" tagged as one entity: the country in its English
                    out, i = [*out, country], rest
                    continue
                n = None  # "ministro de Comercio" tagged as one entity: the title's, no name
            body = next(((b, j) for j in range(end, i, -1) if not self._inside_entity(j)  # not "Consejo de
                         and (b := body_of(doc[i:j].text, doc.lang_))), None)  # Seguridad | Nacional"

            if body is not None:  # "de la Organización de Estados Americanos", however NER cut it
                out, i = [*out, body[0].canonical], body[1]
                continue
            if n is not None and self.ents[n].label != "PERSON":
                named = self.ents[n]
                if named.start != i or named.end > end:
                    return None
                institution = glossary(doc.lang_).get(named.text) if named.end == end or named.label == "LOC" \
                    else None  # "para el | Hemisferio Occidental | del Consejo ...": a place's name, whole
                if institution is None and named.end == end and named.end - named.start > 1 \
                        and self._demonym_after_name(end - 1):  # "del | Gobierno español": the Government
                    institution = glossary(doc.lang_).get(doc[named.start:end - 1].text)
                if institution is None and named.end == end and (owned := self._owner_cut(i, head)) is not None:
                    return " ".join(out[:len(out) - owned])  # "jefe de la delegación | de la Plataforma"
                if institution:  # "del | Trabajo" tagged as a place: the portfolio, no article
                    out = _without_portfolio_article(out, institution)
                elif self._name_runs_on(named, end) and not self._place_in_english(named.text) \
                        and not self._institution_of_place(named.text):
                    out, i = [*out, doc[named.start:end].text], end  # "de la | Confederación de Obreros |
                    continue  # de | Tarnia": a body's name the model cut, whole as written
                place = self._place_in_english(named.text) or self._institution_of_place(named.text)
                if not institution and not place and self._common_words_named(named):
                    return None  # "para la | Política Agraria Común": no name to keep, no English whole
                out, i = [*out, institution or place or named.text], named.end
                continue
            if self._post_at(i, end):  # "nuncio apostólico | en Argentina": where it is held
                return " ".join(out)
            if doc[i].lower_ in self.w.conjunctions and any(s == i + 1 for s, _ in self.titles):
                return None  # "vicepresidenta y vocera": two offices, the role as printed
            found = self._glossary_term(i, end, head) or self._institution_named(i, end) \
                or self._title_named(i, end)
            if found is None:
                return None
            read_at |= dict.fromkeys(range(i, found[1]), len(out))
            out, i = [*_without_portfolio_article(out, found[0]), found[0]], found[1]
        return " ".join(out)

    def _common_words_named(self, named: Entity) -> bool:
        """Whether an entity of a complement is common words written with capitals, no body's or
        place's name: a common noun the pipeline's lemmatizer knows first, then nouns, adjectives
        and the words that join them, none a word of an organisation's or a state body's name
        (``org_words``, ``group_heads``, ``party_name_words``, ``government_words``: "Partido
        Socialista Unido" is a party's name, kept as written). A policy or portfolio ("Política
        Agraria Común") the glossary lacks, after a preposition of its remit ("para", "for";
        a ``complement_preps`` word that is no ``of_preps`` one, which names an owner, "de Human
        Rights Watch"): read half in English, the role would mix two languages, so it stays as
        printed."""
        words, k = list(self.doc[named.start:named.end]), named.start - 1
        while k > 0 and self.doc[k].lower_ in self.w.articles:
            k -= 1
        if k < 0 or self.doc[k].lower_ in self.w.of \
                or self.doc[k].lower_ not in words_or("complement_preps", self.doc.lang_, frozenset()):
            return False  # "de | Human Rights Watch": whose office it is, a name kept as written
        if named.label == "PERSON" or len(words) < 2 or not known_common_noun(words[0]) \
                or self._body(named.text) or self.lex.side_of(named.canonical, named.text):
            return False
        names = words_in_any("org_words") | words_in_any("group_heads") | words_in_any("party_name_words") \
            | words_in_any("government_words")
        return all(t.lower_ in self.w.joining or (_capital(t) and t.pos_ in ("NOUN", "ADJ", "PROPN")
                                                   and name_key(t.text) not in names) for t in words)

    def _title_before_joined_portfolio(self, start: int, head: int, end: int) -> int | None:
        """Where the title word of a lexicon title that holds its own complement ends, when a
        second portfolio joined by a conjunction follows that complement before ``end`` ("ministro
        | de Asuntos Exteriores | y de Cooperación"): the complement is read as a whole, in
        English only if the glossary has the whole of it. None otherwise."""
        doc = self.doc
        if head >= end or doc[head].lower_ not in self.w.conjunctions:
            return None
        return next((p for p in range(start + 1, head) if doc[p].lower_ in self.w.preps
                     and doc[start:p].text.lower() in self.lex.titles), None)

    def _name_runs_on(self, named: Entity, end: int) -> bool:
        """Whether an organisation's name of several words the model tagged, no place, runs
        on, in the complement that ends at ``end``, into "de" and a place the model tagged apart
        that ends the complement ("presidente de la | Confederación de Obreros | de | Tarnia"):
        one body's proper name, which stays whole in its language, not half read in English
        ("Confederación de Obreros of Tarnia")."""
        doc, k = self.doc, named.end
        if named.label in ("GPE", "PERSON", "NORP") or named.end - named.start < 2 or k >= end \
                or doc[k].lower_ not in self.w.of:
            return False
        n = self.at.get(k + 1)
        return n is not None and self.ents[n].start == k + 1 and self.ents[n].end == end \
            and self.ents[n].label in ("GPE", "LOC")

    def _place_in_english(self, written: str) -> str:
        """The English name of a country or capital written in another language ("Haití",
        "Puerto Príncipe", with or without its accents), else ``""``: a role is wholly in
        English, the places of its complement too."""
        return _english_capital(written) or self.country_written(written)

    def _institution_of_place(self, written: str) -> str:
        """The English of a name the model tagged whole that is an institution of
        ``glossary.csv`` and "de" with a country or capital ("Fuerzas Armadas de | X", "Policía
        Nacional del | X"): "Armed Forces", a country being the side, not the role (as in "Emir
        of Qatar"), or "Police of Y", a capital in its English; else ``""``."""
        known = glossary(self.doc.lang_)
        words = written.split()
        for k in range(len(words) - 1, 0, -1):
            of = words[k].lower()
            if of not in self.w.of and of not in self.w.contracted:
                continue
            institution, place = known.get(" ".join(words[:k])), self._place_in_english(" ".join(words[k + 1:]))
            if institution and place and institution[:1].isupper():
                return institution if place in self.lex.states else f"{institution} of {place}"
        return ""

    def _institution_named(self, i: int, end: int) -> tuple[str, int] | None:
        """(as written, end) of the institution of a state (kind ``institution`` of
        ``demonyms.csv``) written capitalised from token ``i`` to the end of a complement,
        which the model may leave untagged or tag as no organisation ("secretario del |
        Foreign Office"): a name, kept whole as written, as a tagged organisation's is."""
        written = self.doc[i:end].text
        if not _capital(self.doc[i]) or self.lex.side_kinds.get(name_key(written)) != "institution":
            return None
        return written, end

    def _inside_entity(self, j: int) -> bool:
        """Whether tokens ``j - 1`` and ``j`` are of one entity: a name does not end there."""
        n = self.at.get(j)
        return n is not None and self.at.get(j - 1) == n

    def _owner_adjective(self, i: int, head: int) -> bool:
        """Whether token ``i`` of a complement is an adjective written after a group noun of
        ``member_groups`` that says whose group it is: a demonym ("jefe de la delegación |
        venezolana") or a word of ``owner_adjectives`` ("jefe de la delegación | guerrillera",
        "del equipo negociador | gubernamental"). It names the side, as an owner written
        after the group does (:meth:`_owner_cut`): "head of the delegation"."""
        token, lang = self.doc[i], self.doc.lang_
        if token.dep_ != "amod" or not head < token.head.i < i \
                or token.head.lower_ not in words_or("member_groups", lang, frozenset()):
            return False
        return token.lower_ in words_or("owner_adjectives", lang, frozenset()) or bool(self.lex.side_of(token.text))

    def _owner_cut(self, i: int, head: int) -> int | None:
        """How many glossary terms ("de", "la"; "del") read before an organisation at
        token ``i`` join it to a group noun of ``member_groups`` it owns ("jefe de la
        delegación | de la | Plataforma Unitaria"): the owner is the side, not the role, as
        in "head of the Front's delegation"; None when no group noun comes right before."""
        doc, k = self.doc, i
        while k > head and doc[k - 1].lower_ in self.w.articles:
            k -= 1
        if k <= head or doc[k - 1].lower_ not in self.w.of and doc[k - 1].lower_ not in self.w.contracted:
            return None
        groups = words_or("member_groups", doc.lang_, frozenset())
        if k - 1 <= head or doc[k - 2].lower_ not in groups:
            return None
        return i - (k - 1) if doc[k - 1].lower_ not in self.w.contracted else 1

    def _glossary_term(self, i: int, end: int, head: int) -> tuple[str, int] | None:
        """(English, end) of the longest ``glossary.csv`` term written from token ``i``
        in no entity of the complement (one from ``head`` on); a capitalised one only
        as the whole rest, up to ``end``."""
        known = glossary(self.doc.lang_)
        for j in range(end, i, -1):
            if any(k in self.at and self.ents[self.at[k]].start >= head for k in range(i, j)):
                continue
            english = known.get(self.doc[i:j].text)
            if english and (self.doc[i].is_lower or j == end):
                return english, j
        return None

    def _post_at(self, i: int, end: int) -> bool:
        """Whether token ``i`` is a ``place_preps`` word and a place the model tagged is the
        rest of the complement, up to ``end`` ("nuncio apostólico | en Argentina", "embajador |
        en La Paz"): where the office is held, no part of the role."""
        n = self.at.get(i + 1)
        return self.doc[i].lower_ in words_or("place_preps", self.doc.lang_, frozenset()) and n is not None \
            and self.ents[n].start == i + 1 and self.ents[n].end == end and self.ents[n].label in ("GPE", "LOC")

    def _title_named(self, i: int, end: int) -> tuple[str, int] | None:
        """(English, end) of a title of the lexicon, a regnal one among them, that is the whole
        rest of a complement from token ``i`` ("enviado del | Papa": envoy of the Pope), in no
        entity: the office the holder works for, in its English."""
        if any(k in self.at for k in range(i, end)):
            return None
        written = self.doc[i:end].text.lower()
        english = self.lex.titles.get(written) or dict(self.lex.regnal).get(written)
        return (english, end) if english else None

    def is_plural(self, end: int) -> bool:
        """Whether a title ends before token ``end``, in the plural ("ministers"; not
        the "forces" that ends a complement)."""
        return self._plural_cut(end) is not None

    def _plural_title_english(self, start: int, head: int, end: int) -> tuple[int, str] | None:
        """(end, English) of a title written in the plural from token ``start``, every word of it
        in the plural, the lexicon matching each word apart ("los secretarios | generales de la
        ONU": "secretario general", Secretary-General), the titles that follow one another up to
        the complement read as one; None when its singular is no title of the lexicon or no
        complement follows."""
        while head < end and head in self.by_start and self.by_start[head] <= end:
            head = self.by_start[head]
        cut = self._plural_cut(head) if head < end else None  # a plural title alone: :meth:`_role_text` reads it
        english = self.lex.titles.get(self._singular_title(self.doc[start:head].text, cut)) if cut else None
        return (head, english) if english else None

    def _singular_title(self, title: str, cut: tuple[str, str] | None) -> str:
        """A title in the singular, lower case: the plural ending ``cut`` (:meth:`_plural_cut`)
        put back in the singular and every word before put in the singular as well
        ("jefes negociadores", "secretarios generales": "secretario general")."""
        kept = title[:len(title) - len(cut[1])] + cut[0] if cut else title
        return " ".join(self._singular(w) for w in kept.split()).lower()

    def _singular(self, word: str) -> str:
        """A title's word in the singular, where it ends in a plural ending of the language
        ("jefes" → "jefe"): the language puts every word of a title in the plural."""
        lower, heads = word.lower(), self.lex.heads | self.lex.modifiers
        if lower in heads:
            return word
        return next((word[:-len(plural)] + singular for singular, plural in self._plural_endings
                     if lower.endswith(plural) and ((stem := lower[:-len(plural)] + singular) in heads
                                                    or any(t.startswith(stem + " ") for t in self.lex.titles))), word)

    def _plural_cut(self, end: int) -> tuple[str, str] | None:
        """``(singular ending, plural ending)`` that make the title ending before token
        ``end`` plural (its language's :func:`~kit.lexicon.wordlists.plural_endings`:
        "ministers", "cancilleres", "secretaries"); None if it is singular or no title ends there."""
        if end not in self.by_end:
            return None
        last, heads = self.doc[end - 1].lower_, self.lex.heads
        if last in heads or self.doc[self.by_end[end]:end].text.lower() in self.lex.titles:
            return None  # "jefe de los negociadores": a title written whole, in the singular
        return next(((singular, plural) for singular, plural in self._plural_endings
                     if last.endswith(plural) and last[:-len(plural)] + singular in heads), None)

    @functools.cached_property
    def _plural_endings(self) -> tuple[tuple[str, str], ...]:
        """What the document's language writes at the end of a title's word in the plural,
        shortest first (:func:`~kit.lexicon.wordlists.plural_endings`: "s"; "s", "es";
        "y" → "ies")."""
        return plural_endings(self.doc.lang_)

    def body_before(self, k: int) -> tuple[Body, int] | None:
        """An international body written right before token ``k`` that NER left
        untagged ("IAEA | Director General"): the body and its first token. Not a dateline's
        place, whatever dash ends it ("UNITED NATIONS - | Secretary-General": where the story
        was filed)."""
        if k and in_dateline(self.datelines, self.doc[k - 1].idx):
            return None
        for size in range(min(BODY_TOKENS, k), 0, -1):
            if (k - size) in self.at or (k - 1) in self.at:
                return None
            body = self._body(self.doc[k - size:k].text)
            if body:
                return body, k - size
        return None

    def _chain_ending_at(self, end: int) -> tuple[int, int] | None:
        """Title (with modifiers such as "deputy", and a complement such as "for
        Political Affairs") ending right before token ``end``; none when a preposition ends
        right before it ("director de | Human Rights Watch"): its complement goes on there,
        and what starts there is no holder of the title."""
        if end > 0 and self.doc[end - 1].lower_ in self.w.preps:
            return None
        title_end = end if end in self.by_end else self._complement_start(end)
        n = self.at.get(end - 1)
        if title_end < 0 and n is not None and self.ents[n].end == end and self.ents[n].label == "NORP" \
                and self.ents[n].start in self.by_end:
            title_end = self.ents[n].start  # "el presidente | cubano": a demonym after the title
        if title_end < 0:
            return None
        start = self.by_end[title_end]
        while True:
            if start in self.by_end:
                start = self.by_end[start]
            elif start > 0 and (self._title_modifier(start - 1) or self._portfolio(start - 1, title_end)):
                start -= 1
            elif (joined := self._joined_portfolios(start)) is not None:
                start = joined
            else:
                return start, end

    def _title_modifier(self, i: int) -> bool:
        """Whether token ``i`` is a modifier of the title after it ("deputy", "then"), not
        an adverb of the verb ("and *then* Foreign Minister X spoke"); after a possessive it
        is the title's, wherever the parse hangs it ("Ruritania's | then | president X")."""
        token = self.doc[i]
        if token.lower_ not in self.lex.modifiers:
            return False
        owned = i > 0 and self.doc[i - 1].text in POSSESSIVE
        return owned or not (token.pos_ == "ADV" and token.head.pos_ in ("VERB", "AUX"))

    def _joined_portfolios(self, start: int) -> int | None:
        """Where portfolios joined by "and" before a title start, when the model took
        them for an organisation ("Communication and Information | Minister"): an
        entity of capitalised words and a conjunction, ending right before ``start``,
        that names no country or body."""
        n = self.at.get(start - 1) if start > 0 else None
        if n is None or self.ents[n].label not in ("ORG", "FAC", "PRODUCT"):
            return None  # it may end inside the title: "Communication and | Information Minister"
        ent, words = self.ents[n], self.doc[self.ents[n].start:start]
        joined = any(t.lower_ in self.w.conjunctions for t in words) and not any(
            t.lower_ in words_or("org_words", self.doc.lang_, frozenset())
            for t in self.doc[ent.start:ent.end])  # a party's name: "Social Democratic and Labour Party"
        capitals = all(_capital(t) or t.lower_ in self.w.conjunctions for t in words)
        known = self.lex.side_of(ent.canonical, ent.text) or self._body(ent.canonical)
        return ent.start if joined and capitals and not known else None

    def _portfolio(self, i: int, title_end: int) -> bool:
        """Whether token ``i`` is a portfolio word the lexicon lacks, compounded with
        the title's head: "Infrastructure | Minister", "infrastructure | minister", also
        opening the sentence ("Communications | Secretary X said"), unless it names a
        side there (``government_words``, ``non_state_modifiers``: "Government | peace
        panel chairman X", "Rebel | military spokesman X")."""
        token = self.doc[i]
        if i in self.at or not i < token.head.i < title_end or self._honorific_ends_at(i):
            return False
        if token.is_sent_start and token.lower_ in words_or("government_words", self.doc.lang_, frozenset()) \
                | words_or("non_state_modifiers", self.doc.lang_, frozenset()):
            return False
        if token.dep_ == "amod" and token.pos_ == "ADJ":  # "political | chief": what a chief is chief of
            bodies = words_or("government_words", self.doc.lang_, frozenset())
            pair = f"{token.lower_} {self.doc[i + 1].lower_}"
            if token.lower_ in bodies or pair in bodies:  # "the military | commander", "the armed | forces commander"
                return True
            return self.doc[title_end - 1].lower_ in words_or("head_modifiers", self.doc.lang_, frozenset())
        return token.dep_ == "compound" and token.pos_ in ("NOUN", "PROPN")

    def _honorific_ends_at(self, i: int) -> bool:
        """Whether an ``honorifics`` word or phrase ends at token ``i``, final dots aside
        ("H.E. | President", "His Excellency | President", "Hon. | Minister"): a form of
        address before the title, no portfolio of it."""
        for size in range(1, min(HONORIFIC_TOKENS, i + 1) + 1):
            if self.doc[i - size + 1:i + 1].text.lower().rstrip(".") in _bare_honorifics():
                return True
        return False

    def _complement_start(self, end: int) -> int:
        """Where a title's "of"/"for" complement that ends at ``end`` starts: the
        end of the title ("Under Secretary of State | for Political Affairs",
        "leader | of the movement"), else -1. The complement names something: a
        capitalised word, or "the group"/"the government" and the like."""
        doc = self.doc
        if end >= 3 and doc[end - 3].lower_ in self.w.preps and end - 3 in self.by_end \
                and doc[end - 2].lower_ in self.w.articles and doc[end - 1].lower_ in self.w.anaphors:
            return end - 3
        if (common := self._common_complement_start(end)) >= 0:
            return common  # "el jefe | de la delegación, X"
        if end >= 2 and doc[end - 2].lower_ in self.w.contracted and end - 2 in self.by_end \
                and doc[end - 1].lower_ in self.w.anaphors:
            return end - 2  # "jefe negociador | del gobierno"
        if end >= 1 and doc[end - 1].lower_ in self.w.conjunctions:
            return -1  # "los dirigentes de la Fenaco Ana Ruiz y | X": a list's names, no complement
        if (joined := self._second_portfolio_start(end)) >= 0:
            return joined  # "el ministro de Asuntos Exteriores | y de Cooperación, X"
        for j in range(end - 1, max(end - COMPLEMENT_MAX, 0) - 1, -1):
            token = doc[j]
            if (token.lower_ in self.w.preps or self._remit_at(j)) and j < end - 1 \
                    and (j in self.by_end or self._demonym_ending_title(j)):
                title_end = j if j in self.by_end else j - 1  # "el embajador | canadiense ante la ONU"
                return title_end if any(t.is_title or t.is_upper for t in doc[j + 1:end]) else -1
            n = self.at.get(j)
            if (n is not None and self.ents[n].label == "PERSON") or not (  # "de Estados Unidos | para el ...":
                    token.is_title or token.is_upper or token.lower_ in self.w.joining | self._inner_preps
                    or self._demonym_after_name(j)):  # one
                if (common := self._common_body_start(j, end)) >= 0:
                    return common  # "head | of the delegation of the Civic Platform"
                return self._owned_body_start(end)  # complement; not "de EU | en México", where the office is held
        return -1

    def _second_portfolio_start(self, end: int) -> int:
        """Where a title ends whose own complement a second portfolio joins, when that portfolio
        ends at ``end``: a conjunction, its "de" and article if any, and capitalised words no
        person's name holds, after a title with a complement of its own or a title and its
        complement ("el ministro de Asuntos Exteriores | y de Cooperación", "alto representante
        para la Política Exterior | y de Seguridad Común"): one office of two portfolios, its
        second no one's name. Else -1."""
        doc, k = self.doc, end - 1
        while k > 0 and _capital(doc[k]) and end - k <= PORTFOLIO_WORDS and not (
                k in self.at and self.ents[self.at[k]].label == "PERSON"):
            k -= 1
        if k == end - 1:
            return -1
        while k > 0 and doc[k].lower_ in self.w.articles | self.w.of and doc[k].is_lower:
            k -= 1
        if k < 2 or doc[k].lower_ not in self.w.conjunctions or not _capital(doc[k - 1]):
            return -1
        start = self.by_end.get(k)
        if start is not None and any(t.lower_ in self.w.preps for t in doc[start:k]):
            return k  # "ministro de Asuntos Exteriores": a title of the lexicon with its complement
        return self._complement_start(k)

    def _demonym_ending_title(self, j: int) -> bool:
        """Whether a lower-case demonym, tagged alone, right after a title ends at token ``j``,
        as Spanish writes a state's office before its complement ("el embajador | canadiense |
        ante la ONU", "el ministro | chileno | de Defensa"): the title's side, and the
        complement after it is the title's, as after the title itself."""
        n = self.at.get(j - 1)
        if n is None or j - 1 < 1 or j - 1 not in self.by_end:
            return False
        ent = self.ents[n]
        return ent.start == j - 1 and ent.end == j and ent.label == "NORP" and self.doc[j - 1].is_lower \
            and self.lex.side_kinds.get(name_key(self.doc[j - 1].text)) == "demonym"

    def _demonym_after_name(self, j: int) -> bool:
        """Whether token ``j`` is a lower-case demonym written right after a capitalised name
        that ends no title, tagged alone or as the name's last word, as Spanish writes whose
        body it is ("el portavoz de la Cancillería | cubana |, X", "del Ejército | venezolano"):
        part of the complement, whose state it names (:meth:`complement_cues`), as "the Cuban
        Foreign Ministry" is; not one right after a title ("el presidente | cubano"): the title's."""
        token, m = self.doc[j], self.at.get(j)
        if j == 0 or j in self.by_end or not token.is_lower or (m is not None and j + 1 not in (
                self.ents[m].start + 1, self.ents[m].end)) or self.lex.side_kinds.get(name_key(token.text)) != "demonym":
            return False
        before = self.doc[j - 1]
        n = self.at.get(j - 1)
        return (before.is_title or before.is_upper) and (n is None or self.ents[n].label != "PERSON")

    def _common_body_start(self, k: int, end: int) -> int:
        """Where a title's complement that names a body in common words, then the
        organisation that has it, starts, when token ``k`` is its last common word and an
        organisation's name, after a preposition, ends it at ``end`` ("head | of the
        delegation of the Civic Platform", "dirigente | de comunicación de la CONFENAC"):
        the title's end, else -1. The organisation is the side (:meth:`complement_cues`)."""
        doc, n = self.doc, self.at.get(end - 1)
        if n is None or self.ents[n].label != "ORG" or self.ents[n].end != end \
                or not any(t.lower_ in self.w.preps for t in doc[k + 1:self.ents[n].start]):
            return -1
        for j in range(k, max(end - COMPLEMENT_MAX, 0) - 1, -1):
            token = doc[j]
            if token.lower_ in self.w.preps and j in self.by_end:
                return j if j < k else -1
            if j in self.at or not token.is_lower or not (
                    token.pos_ in ("NOUN", "ADJ") or token.lower_ in self.w.joining | self.w.preps):
                return -1
        return -1

    def _common_complement_start(self, end: int) -> int:
        """Where a complement in lower case ending at ``end`` starts, in a language
        other than English, when ``glossary.csv`` has each of its words ("el jefe | de la
        delegación, X", "la presidenta | del comité, X"): what it names is a body of the
        office's own, read in English ("head of the delegation"); else -1."""
        doc = self.doc
        if doc.lang_ == DEFAULT_LANG:
            return -1
        for j in range(end - 2, max(end - COMPLEMENT_MAX, 0) - 1, -1):
            if doc[j].lower_ in self.w.preps and j in self.by_end:
                i = j + 1
                while i < end and doc[i].is_lower:
                    if self._owner_adjective(i, j):  # "de la delegación | gubernamental"
                        i += 1
                        continue
                    if (found := self._glossary_term(i, end, j)) is None:
                        break
                    i = found[1]
                named = doc[end - 1].lower_ not in self.w.joining  # not "de la | Asamblea": a name follows
                return j if i == end and named else -1
        return -1

    def _owned_body_start(self, end: int) -> int:
        """Where an "of" complement ending at ``end`` in a body of a state or group
        (``government_words``) starts, when the complement names whose body it is
        ("commander | of GAM's forces", "head | of the Indonesian delegation": an
        organisation, a demonym or a possessive, and no venue: not "the Oslo delegation",
        "the Taliban's Doha delegation"); else -1.
        What the complement names is the side (:meth:`complement_cues`)."""
        doc = self.doc
        bodies = words_or("government_words", doc.lang_, frozenset())
        if end < 3 or doc[end - 1].lower_ not in bodies or end - 1 in self.at:
            return -1
        named = False
        for j in range(end - 2, max(end - COMPLEMENT_MAX, 0) - 1, -1):
            token, n = doc[j], self.at.get(j)
            if token.lower_ in self.w.of and j in self.by_end:
                return j if named else -1
            if n is not None:
                owner = self.ents[n]
                possessive = owner.end < len(doc) and doc[owner.end].text in POSSESSIVE
                if owner.label == "PERSON" or (owner.label not in ("ORG", "NORP") and not possessive):
                    return -1  # a venue ("the Oslo delegation", "the Taliban's Doha delegation"): whose, unsaid
                named = True  # an owner: an organisation, a demonym or a possessive
            elif not (token.text in POSSESSIVE or token.lower_ in self.w.articles
                      or (token.is_lower and token.pos_ in ("ADJ", "NOUN"))):
                return -1
        return -1

    def _complement_end(self, end: int) -> int:
        """End of an "of"/"for"/"to" complement after a title ending at ``end``
        ("head | of the Atomic Energy Organization of Iran"), else ``end``; a verb ends it,
        not a hyphenated participle before a noun ("leader | of the self-proclaimed Republic of
        X"; "of the ruling party" still ends at "ruling"). A date a
        preposition of its own introduces ends it ("president of Valdonia | on Thursday";
        not one inside a name: "head of the Sept. 11 Commission");
        a complement that would run past ``COMPLEMENT_MAX`` words ends with the last
        entity it holds ("president of Valdonia | on ... at his country's embassy in
        Osk"), else there is none."""
        doc, n = self.doc, len(self.doc)
        if self._postposed_adjective(end):
            end += 1  # "portavoz | internacional | del Frente": the complement after the adjective is the title's
        if self._joined_complement(end):
            end += 2  # "Minister of Justice | and Human Rights": one portfolio
            while end < n and _capital(doc[end]) and end not in self.at:
                end += 1
        if end >= n or doc[end].lower_ not in self.w.preps and not self._remit_at(end):
            return end
        j = end + 1
        while j < n and j - end <= COMPLEMENT_MAX:
            token = doc[j]
            if token.text in APPOSITION_END or token.lower_ in self.w.ends:
                if token.lower_ not in self.w.conjunctions or not (_capital(doc[j - 1]) and j + 1 < n and _capital(doc[j + 1])):
                    break  # "of Peace and Reconciliation", "of U.S. and NATO forces": one complement
            if token.pos_ in ("VERB", "AUX") and not (token.dep_ == "amod" and doc[j - 1].text in HYPHENS) \
                    or (j in self.at and self.ents[self.at[j]].label == "PERSON"):
                # not a compound participle before a noun: "of the self-proclaimed Republic of X"; a
                # relative clause ends it before its first word: "of the government | that is based in X"
                return next((k for k in range(end + 2, j + 1) if self._opens_relative_clause(k)), end)
            if token.ent_type_ in ("DATE", "TIME") and token.ent_iob_ == "B" and doc[j - 1].pos_ == "ADP" \
                    and doc[j - 1].lower_ not in self.w.preps:  # "on Thursday", not "of the 2026 Cup"
                j -= 1
                break
            j += 1
        else:
            named = [e.end for k in range(end + 1, j) if k in self.at and (e := self.ents[self.at[k]]).end <= j]
            return max(named, default=end)
        return j if j > end + 1 else end

    def _postposed_adjective(self, end: int) -> bool:
        """Whether token ``end`` is a lower-case adjective the title ending there takes after it,
        as Spanish writes it, with an "of" complement right after ("portavoz | internacional |
        del Frente", "jefe | militar | del grupo"): the complement is still the title's. Not a
        demonym (tagged: "el ministro | chileno | de Defensa" is read as the title's side)."""
        doc, n = self.doc, len(self.doc)
        if end < 1 or end + 2 >= n or end in self.at or not doc[end].is_lower or end in self.title_tokens:
            return False  # "subsecretario | general": a title word, read with the title as before
        word = doc[end]
        return word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i == end - 1 \
            and doc[end + 1].lower_ in self.w.preps and doc[end + 1].lower_ in self.w.of

    def _principal_named_end(self, j: int) -> int:
        """Where the titles and honorifics that open at token ``j`` end (``j`` if none): a
        principal's, when a possessive follows them ("the | Secretary-General | 's envoy")."""
        named = j
        while named in self.by_start and named not in self.at:  # the principal's own titles
            named = self.by_start[named]
        while named in self.honorific_tokens and named not in self.at:  # ", Mr. Wandera's spokesman,"
            named += 1
        return named

    def _principal_title_at(self, j: int, named: int) -> bool:
        """Whether a principal's title opens at token ``j`` and ends at ``named``
        (:meth:`_principal_named_end`), followed by a possessive ("the
        Secretary-General's | personal representative"; after a demonym or a body, "the
        Russian | president's | special envoy", "the UN | Secretary-General's | special
        adviser"): whose office it is, no part of it."""
        return named != j and named < len(self.doc) and named not in self.at \
            and self.doc[named].text in POSSESSIVE

    def _counterpart_at(self, k: int) -> bool:
        """Whether token ``k`` is a word of ``counterpart_nouns`` ("counterpart"): the holder
        of the office named before it on another side, not its principal's."""
        return k < len(self.doc) and self.doc[k].lower_ in words_or("counterpart_nouns", self.doc.lang_, frozenset())

    def _remit_at(self, k: int) -> bool:
        """Whether token ``k`` opens a complement of ``remit_preps`` that names what an office
        is for ("special adviser | on Cyprus", "adviser | on the peace process"), not a date
        ("the envoy | on Friday")."""
        doc = self.doc
        return k + 1 < len(doc) and doc[k].lower_ in self._remit_preps \
            and doc[k + 1].ent_type_ not in ("DATE", "TIME") and not self._circumstance_after(k)

    def _circumstance_after(self, k: int) -> bool:
        """Whether the first noun after token ``k`` is one of ``circumstance_nouns``: the
        complement says where or how the holder is ("the commander | on the ground", "the
        minister | on a visit to X", "the envoy | on his way"), not what the office is for."""
        doc = self.doc
        noun = next((t for t in doc[k + 1:k + 1 + COMPLEMENT_MAX] if t.pos_ in ("NOUN", "PROPN")), None)
        return noun is not None and noun.lower_ in words_or("circumstance_nouns", doc.lang_, frozenset())

    @functools.cached_property
    def _remit_preps(self) -> frozenset[str]:
        return words_or("remit_preps", self.doc.lang_, frozenset())

    def _described_organisation_end(self, start: int, end: int) -> int:
        """``end``, or the end of the organisation a role from ``start`` to ``end`` names
        in its complement when only a description of it follows it: a word of ``org_kind_nouns``,
        after words of ``non_state_modifiers`` if any ("chairman of the KDP | opposition
        party": what the KDP is, not part of the office; not "head of the UN refugee
        agency", a body of the UN)."""
        doc = self.doc
        kinds = words_or("org_kind_nouns", doc.lang_, frozenset())
        if doc[end - 1].lower_ not in kinds:
            return end
        marks = words_or("non_state_modifiers", doc.lang_, frozenset())
        k = end - 1
        while k > start and doc[k - 1].lower_ in marks:
            k -= 1
        n = self.at.get(k - 1)
        if n is None or self.ents[n].label != "ORG" or self.ents[n].end != k:
            return end
        return k

    def _joined_complement(self, end: int) -> bool:
        """A title with its own "of" complement goes on past ``end`` with "and" and a
        capitalised word that starts no title or entity ("Minister of Justice | and
        Human Rights"; not "Minister of Justice and Foreign Minister X")."""
        doc, n = self.doc, len(self.doc)
        start = self.by_end.get(end)
        if start is None or end + 1 >= n or doc[end].lower_ not in self.w.conjunctions:
            return False
        if not any(t.lower_ in self.w.preps for t in doc[start:end]) or not _capital(doc[end - 1]):
            return False
        follow = doc[end + 1]
        return _capital(follow) and end + 1 not in self.by_start and end + 1 not in self.at

    def _apposition_after(self, k: int) -> _Found | None:
        """", the Honduran chief negotiator," after a name; ", who became UN
        Secretary-General on 1 January" (:meth:`_relative_title_at`)."""
        doc, n = self.doc, len(self.doc)
        if k >= n or doc[k].text != ",":
            return None
        if k + 2 < n and self._age_end(k + 1, bare=True) == k + 2 and doc[k + 2].text == ",":
            k += 2  # "X, 62, the foreign minister,": the age set off before the title
        relative = self._relative_title_at(k + 1)
        if relative is not None:
            return relative
        found = self._title_from(k + 1)
        if found is not None and self._past_office(doc[found.span[0]:found.span[1]].text):
            # ", the former Spanish foreign minister who became NATO's secretary-general,":
            # the office held now
            return self._relative_title_at(found.span[1]) or found
        return found

    def _past_office(self, role: str) -> bool:
        """A role held before ("former president", "ex-minister"; ``past_modifiers``), as
        written or as kit gives it in English ("excoronel": "former Colonel")."""
        first = role.lower().split()[0] if role.split() else ""
        past = words_or("past_modifiers", self.doc.lang_, frozenset()) | words("past_modifiers")
        return first in past or any(first.startswith(f"{p}-") for p in past)

    def _relative_title_at(self, j: int) -> _Found | None:
        """The title a relative clause opened at token ``j`` gives its holder now, after a
        name (", who became prime minister last year", ", who is the UN Secretary-General",
        ", who has been speaker since 2019", ", who calls himself the sultan of X": a verb of
        ``styling_verbs`` and a pronoun of ``reflexive_pronouns``, a title claimed) or after a past office of theirs ("the former
        minister who became ..."): ``office_verbs``; not "who was", a past office; or the
        title after "as" of one who succeeded someone (``succession_verbs``: ", who has
        succeeded George Pellerin as secretary of state"). What
        follows the title does not end it ("who became UN Secretary-General *on 1
        January*"), save a possessive ("who is the president's adviser")."""
        doc, n = self.doc, len(self.doc)
        if j + 2 >= n or doc[j].lower_ not in words_or("relative_pronouns", doc.lang_, frozenset()):
            return None
        return self._title_after_verb(j + 1)

    def predicate_title(self, start: int, end: int) -> _Found | None:
        """The title a verb of ``office_verbs`` right after the name ``doc[start:end]``, its
        subject, gives it now, as in a relative clause (:meth:`_title_after_verb`): "X is the
        chief negotiator of the Front", "X has become foreign minister"; not "X was the
        chief negotiator", a past office, nor a membership (``membership_heads``: "X is a
        member of the delegation", "one of its negotiators", read as the group's)."""
        doc, lang = self.doc, self.doc.lang_
        if end + 2 >= len(doc) or doc[start:end].root.dep_ != "nsubj":
            return None
        verb = end + 1 if doc[end].lemma_.lower() in words_or("perfect_aux", lang, frozenset()) else end
        if doc[start:end].root.head.i != verb or doc[verb].lemma_.lower() not in words_or("office_verbs", lang, frozenset()) \
                or any(t.lower_ in words_or("membership_heads", lang, frozenset()) for t in doc[verb + 1:verb + 3]):
            return None
        return self._title_after_verb(end)

    def given_title(self, start: int, end: int) -> _Found | None:
        """The office a predicate gives the name ``doc[start:end]``, its subject, that no
        apposition gives: an office set for it ("X is to be interior minister": a copula of
        ``office_verbs`` whose infinitive copula takes the title), or one it was named to
        without "as" ("X was named foreign minister", "X fue designado canciller": the
        passive of a verb of ``appointing_verbs`` with the title right after it, up to the end
        of the words the title's head takes). The role is the one the text gives, held or to
        be held; a copula in the past is no such office ("X was to be minister")."""
        doc, lang = self.doc, self.doc.lang_
        root = doc[start:end].root
        verb = root.head
        if verb.i < end or verb.i + 1 >= len(doc) or root.dep_ not in SUBJECT_DEPS:
            return None
        office = words_or("office_verbs", lang, frozenset())
        if verb.lemma_.lower() in office and _holds_now(verb):
            copula = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in office
                           and c.i == verb.i + 2 and any(a.dep_ == "aux" for a in c.children)), None)
            return self._title_from(copula.i + 1, closed=False) if copula is not None else None
        passive = any(c.dep_ in ("auxpass", "aux:pass") or (c.dep_ == "aux" and c.lemma_.lower()
                      in words_or("passive_aux", lang, frozenset())) for c in verb.children)
        if not passive or verb.lemma_.lower() not in words_or("appointing_verbs", lang, frozenset()) \
                or doc[verb.i + 1].lower_ in words_or("role_preps", lang, frozenset()):
            return None
        found = self._title_from(verb.i + 1, closed=False)
        head = None if found is None else next((t for t in doc[found.span[0]:found.span[1]] if t.head.i == verb.i), None)
        if found is None or head is None:
            return None
        # the title's own words only: "fue designado secretario general de la Comunidad Andina | con el voto
        # uruguayo": what the verb takes after it is no part of the office
        return replace(found, span=(found.span[0], min(found.span[1], head.right_edge.i + 1)))

    def _title_after_verb(self, j: int) -> _Found | None:
        """The title the verb at token ``j`` (after a ``perfect_aux`` there) gives its
        subject now: the body of :meth:`_relative_title_at` after its pronoun."""
        doc, n = self.doc, len(self.doc)
        if j + 1 >= n:
            return None
        if doc[j].lemma_.lower() in words_or("perfect_aux", doc.lang_, frozenset()):
            j += 1  # "who has | been"
        verb = doc[j]
        office = words_or("office_verbs", doc.lang_, frozenset())
        now = _holds_now(verb)
        if verb.lemma_.lower() in words_or("succession_verbs", doc.lang_, frozenset()):
            preps = words_or("role_preps", doc.lang_, frozenset())  # "... George Pellerin | as | secretary"
            after = next((c.i for c in verb.children if c.lower_ in preps and c.i > j), None)
            if after is None:
                return None
            j = after
        elif verb.lemma_.lower() in words_or("styling_verbs", doc.lang_, frozenset()) and j + 1 < n \
                and doc[j + 1].lower_ in words_or("reflexive_pronouns", doc.lang_, frozenset()):
            j += 1  # "who calls | himself | the sultan of X": the title claimed
        elif verb.lemma_.lower() not in office or not now:
            return None
        found = self._title_from(j + 1, closed=False)
        if found is None or (found.span[1] < n and doc[found.span[1]].text in POSSESSIVE):
            return None
        return replace(found, claimed=doc[j].lower_ in words_or("reflexive_pronouns", doc.lang_, frozenset()))

    def _title_from(self, j: int, closed: bool = True) -> _Found | None:
        """The title read from token ``j`` on (the body of :meth:`_apposition_after`);
        ``closed``: it must end the apposition."""
        doc, n = self.doc, len(self.doc)
        partitive = j + 2 < n and doc[j].lower_ in self.w.partitives and doc[j + 1].lower_ in self.w.of
        if partitive:
            j += 2  # ", one of LURD's negotiators,": one of them, the title in the singular
        if j < n and doc[j].lower_ in self.w.determiners:
            entity_here = j in self.at and self.ents[self.at[j]].start == j  # "the United States ..."
            j += 1 if not entity_here or j + 1 in self.by_start else 0
        counted = j < n and doc[j].lower_ in self.w.counts  # ", both negotiators,": a plural title, of the names before
        j += 1 if counted else 0
        if partitive and j + 1 < n and doc[j].like_num and j not in self.at:
            j += 1  # ", one of the three | African Union mediators,": how many hold it
        j = self._age_end(j)  # ", the | 62-year-old | foreign minister,": the holder's age, no part of the office
        anaphor = None
        if j + 1 < n and doc[j + 1].text in POSSESSIVE and doc[j - 1].lower_ in self.w.articles:
            anaphor = self._antecedent(j - 1, doc[j].lower_)  # ", the group's spokesman,"
            j += 2 if anaphor or j not in self.at else 0  # unresolved, "the group's" is still no title
        if anaphor is None and doc[j - 1].lower_ in self.w.articles:  # ", the TRD-Velm's secretary-general,"
            p = next((i for i in range(j + 1, min(j + 6, n)) if doc[i].text in POSSESSIVE), -1)
            initials = self._acronym_before(p)
            if initials is not None and initials[0] == j:
                anaphor, j = self._acronym_owner(p + 1), p + 1
        named = self._principal_named_end(j)
        if closed and self._principal_title_at(j, named):
            j = named + 1  # ", the Secretary-General's personal representative,": the principal's title
            # (an apposition; a relative clause's "who is the prime minister's adviser" keeps none)
        person = self.at.get(named)
        if person is not None and self.ents[person].label == "PERSON" and self.ents[person].start == named:
            after = self.ents[person].end  # ", President Ashraf Nazari's national security adviser,"
            j = after + 1 if after < n and doc[after].text in POSSESSIVE else j
        cues = []
        while j in self.at and self.ents[self.at[j]].start == j and self.ents[self.at[j]].label != "PERSON" \
                and j not in self.by_start:  # ", the Foreign Ministry spokesman,": a title the lexicon has whole
            cues.append(self.at[j])
            j = self.ents[self.at[j]].end
            j += 1 if j < n and doc[j].text in POSSESSIVE else 0
        named_after = self._principal_named_end(j) if closed and cues else j
        if named_after != j and self._principal_title_at(j, named_after) and not self._counterpart_at(named_after + 1):
            j = named_after + 1  # ", the Russian president's special envoy,": his principal's
            # (not ", the Russian president's counterpart,": the other side's)
        if cues and j + 1 < n and doc[j].text in HYPHENS:
            if doc[j + 1].lower_ in self._side_participles:
                j += 2  # ", the Houthi-appointed governor of Hodeidah,": the Houthis' governor
            elif doc[j + 1].lower_ in self._backer_participles:
                j, cues = j + 2, []  # ", the Russian-backed separatist leader,": a backer is no side
        start = j
        while j < n and j not in self.by_start and (doc[j].lower_ in self.lex.modifiers or (
                j not in self.at and (doc[j].dep_, doc[j].pos_) in MODIFYING
                and j < doc[j].head.i <= j + 3) or self._holder_word(j)):  # "the | infrastructure | minister"
            if self._holder_word(j):
                start = j + 1  # "the first elected | president": the holder's words are no part of the office
            j += 1
            m = self.at.get(j)  # "the chief American negotiator": a demonym among the modifiers
            if m is not None and self.ents[m].start == j and self.ents[m].label in ("NORP", "ORG", "GPE") \
                    and m not in cues and (self.ents[m].end in self.by_start or self.ents[m].label == "NORP"):
                cues.append(m)  # "acting | CBP | Commissioner": the body the office belongs to
                if start == j or any(t.lower_ not in self.lex.modifiers for t in doc[start:j]):
                    start = self.ents[m].end  # "the new | U.S. | special envoy": "new" is no office
                    # (nor the demonym after a holder's word: "the current | Kenyan | foreign minister")
                j = self.ents[m].end
        if j not in self.by_start or (counted and not self.is_plural(self.by_start[j])):
            return None
        title_end = self.by_start[j]
        end = title_end if counted else self._complement_end(title_end)  # ", both members | of X,": the plural shared
        if end == title_end and end < n and doc[end].lower_ in self.w.preps:
            principal = self._principal_after(end + 1)  # ", adviser to Prime Minister X,"
            if principal:
                return _Found((start, end), cues, anaphor, principal)
        demonym = self._demonym_after(end) if closed else None
        if demonym is not None:  # ", jefe negociador | paraguayo,": whose office, as Spanish writes it
            return _Found((start, end), [*cues, demonym], anaphor)
        seat = self._seat_after(start, end) if end == title_end else None
        if seat is not None:  # ", the prime minister in Skopje,": the capital's state's office
            return _Found((start, end), [*cues, seat], anaphor)
        if closed and end < n and doc[end].lower_ not in self.w.ends and not self._describes_holder(start, end) \
                and not self._opens_relative_clause(end):
            return None
        return _Found((start, end), cues, anaphor)

    def _acronym_owner(self, k: int) -> tuple[str, str] | None:
        """``(side, cue)`` of an organisation's initials the model tagged nothing, written
        with a possessive right before the title at token ``k``: "the TRD-Velm's | secretary-general",
        "the M23's | president" (capitals, with digits or a hyphened part as initials may
        have; no name the lexicon gives a side of its own, no entity's, none of ``common_acronyms``:
        "the PM's spokesman")."""
        found = self._acronym_before(k - 1)
        return (found[1], f"{found[1]}{self.doc[k - 1].text}") if found else None

    def _acronym_before(self, p: int) -> tuple[int, str] | None:
        """``(first token, initials)`` of the initials right before the possessive at token
        ``p`` (see :meth:`_acronym_owner`), else None."""
        doc = self.doc
        if p < 1 or p >= len(doc) or doc[p].text not in POSSESSIVE or (p - 1) in self.at:
            return None
        first = p - 1
        while first > 0 and not doc[first - 1].whitespace_ and (doc[first - 1].text == "-" or doc[first - 1].text.isalnum()):
            first -= 1  # "TRD" "-" "Velm": one word, as written
        word = doc[first:p].text
        if any(i in self.at for i in range(first, p)) or not _ACRONYM.fullmatch(word) \
                or self.lex.side_of(word, word) or word.lower() in words_in_any("common_acronyms"):
            return None  # "the PM's spokesman", "the CEO's": initials that name no organisation
        return first, word

    def _opens_relative_clause(self, k: int) -> bool:
        """Whether token ``k`` is the first word of a relative clause (the model's ``relcl``)
        on a word before it, whatever word opens it ("the government | that sits in X", "the
        party | which signed"): it ends an apposition, as a word of ``relative_pronouns`` does."""
        doc = self.doc
        return any(t.dep_ in ("relcl", "acl:relcl") and t.left_edge.i == k and t.head.i < k
                   for t in doc[k:min(k + COMPLEMENT_MAX, len(doc))])

    def _age_end(self, j: int, bare: bool = False) -> int:
        """End of the age written from token ``j`` on: a number joined to a word of
        ``age_words`` ("62-year-old"), or with ``bare`` a number alone that may be an age
        ("X, 62, the foreign minister"); ``j`` when there is none. A holder's age is no
        part of the office."""
        doc = self.doc
        if j >= len(doc) or not doc[j].like_num or not doc[j].text.isdigit() or len(doc[j].text) > 3:
            return j
        if bare:
            return j + 1
        ages, written = words_or("age_words", doc.lang_, frozenset()), ""
        for k in range(j + 1, min(j + 6, len(doc))):
            if doc[k - 1].whitespace_:
                break
            written += doc[k].lower_
            if written.lstrip("-") in ages:
                return k + 1
        return j

    def _age_start(self, i: int) -> int:
        """Start of an age (:meth:`_age_end`) that ends right before token ``i``, else ``i``."""
        return next((j for j in range(max(0, i - 5), i) if self._age_end(j) == i > j), i)

    def _holder_word(self, i: int) -> bool:
        """Whether token ``i``, before a title, describes its holder, not the office: a
        participle the parse hangs on a word after it ("the newly *elected* president"),
        the adverb or ordinal modifying that participle ("*newly* elected", "*first*
        elected"), an ordinal before such a word ("the *first* democratically elected
        president"; not "the first deputy prime minister", an office), or one word
        right before the title that the model tags as a person or a community and that
        names no side ("the first elected *Hutu* president"), or a word of ``present_modifiers``,
        which says when the holder holds the office, not which office ("the *current*
        spokesman of the alliance"), or of ``tenure_modifiers``, how long ("the *veteran*
        leader of the party")."""
        doc, token = self.doc, self.doc[i]
        if token.lower_ in words_or("present_modifiers", doc.lang_, frozenset()) \
                | words_or("tenure_modifiers", doc.lang_, frozenset()):
            return True
        if token.lower_ in words_or("ordinal_words", doc.lang_, frozenset()):
            return i + 1 < len(doc) and i + 1 not in self.by_start and self._holder_word(i + 1)
        n = self.at.get(i)
        if n is not None:
            e = self.ents[n]
            return e.label in ("PERSON", "NORP") and e.start == i == e.end - 1 and i + 1 in self.by_start \
                and token.dep_ in ("compound", "amod") and not self.lex.side_of(e.canonical, e.text)
        if token.tag_ == "VBN" and token.dep_ == "amod":  # not "retired", a past office (past_modifiers)
            return i < token.head.i <= i + 3 and token.lower_ not in words_or("past_modifiers", doc.lang_, frozenset())
        head = token.head
        return token.dep_ in ("advmod", "amod") and head.i == i + 1 and head.tag_ == "VBN" and head.dep_ == "amod" \
            and i + 1 < head.head.i <= i + 4

    def holder_community(self, n: int) -> bool:
        """Whether entity ``n``, one word tagged as a person, is a community after other
        words describing a title's holder ("the first elected *Hutu* president", "the
        first *Hutu* president"): no person."""
        e = self.ents[n]
        return e.label == "PERSON" and e.start > 0 and self._holder_word(e.start) and self._holder_word(e.start - 1)

    def _describes_holder(self, start: int, end: int) -> bool:
        """Whether the words after the title ``doc[start:end]`` only describe its holder:
        an adjective or participle the parse hangs on the title (", a PLO official | close
        to X,", ", the spokesman | based in Geneva,", ", a lawyer | representing the
        families,"), which the title is read without; not adjectives a name follows
        ("A, el embajador | canadiense | B y C": the title is B's, written before his name)."""
        return describes_holder(self.doc[end], range(start, end)) and not self._names_after_adjectives(start, end)

    def _names_after_adjectives(self, start: int, end: int) -> bool:
        """Whether a person's name comes right after adjectives the parse hangs on the title
        ``doc[start:end]``, from token ``end`` on ("el embajador | canadiense | Tomás ...")."""
        doc, k = self.doc, end
        while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].dep_ == "amod" and start <= doc[k].head.i < end:
            k += 1
        n = self.at.get(k)
        return k > end and n is not None and self.ents[n].start == k and self.ents[n].label == "PERSON"

    def _demonym_after(self, end: int) -> int | None:
        """The entity (index) of the demonym written right after a title ending at ``end``
        and ending the apposition (", jefe de los negociadores | paraguayos,"), perhaps after
        an "of" and a place (", dirigente paraguayo | de Villa Osk,"): the state whose office it is, as a demonym after a title before a name is ("el presidente
        | cubano"); None for anything else."""
        m = self.at.get(end)
        if m is None or self.ents[m].start != end or self.ents[m].label != "NORP" \
                or not self.lex.side_of(self.ents[m].canonical, self.ents[m].text):
            return None
        after = self.ents[m].end
        if after + 1 < len(self.doc) and self.doc[after].lower_ in self.w.of and (p := self.at.get(after + 1)) is not None \
                and self.ents[p].start == after + 1 and self.ents[p].label in ("GPE", "LOC"):
            after = self.ents[p].end  # ", dirigente paraguayo | de Villa Osk,": where from, the demonym still whose
        return m if self.ends_apposition(after) else None

    def ends_apposition(self, k: int) -> bool:
        """Whether token ``k`` ends an apposition (a comma, a stop, a word of ``ends``, or
        the end of the text: "X, jefe negociador paraguayo|,")."""
        doc = self.doc
        return k >= len(doc) or doc[k].text in APPOSITION_END or doc[k].lower_ in self.w.ends

    def _seat_after(self, start: int, end: int) -> int | None:
        """The entity (index) of the capital or country a state's office ``doc[start:end]``
        is held in, written right after it and ending the apposition ("the prime
        minister | in Skopje |,"), of a state the article names (not only the city
        where talks are held: "the deputy foreign minister in Vienna"); None for a
        title held in another state's capital (``posted_titles``: "the ambassador in
        Washington") or anything else."""
        doc, n = self.doc, len(self.doc)
        if end + 1 >= n or doc[end].lower_ not in words_or("scene_preps", doc.lang_, frozenset()):
            return None
        m = self.at.get(end + 1)
        if m is None or self.ents[m].start != end + 1 or self.ents[m].label not in ("GPE", "LOC", "ORG"):
            return None
        place = self.ents[m]
        closed = self.ends_apposition(place.end)
        title = doc[start:end].text
        posted = words_or("posted_titles", doc.lang_, frozenset())
        if not closed or self.lex.scope(title) != "state" or any(w in title.lower() for w in posted):
            return None
        kind = self.lex.side_kinds.get(name_key(place.canonical))
        named = self.lex.side_of(place.canonical, place.text) in self._country_mentions[0]
        return m if kind in ("capital", "country") and named else None  # a party, not a venue only

    def _principal_after(self, j: int) -> str:
        """The person named from token ``j`` on, after titles and honorifics, when the
        apposition ends with the name ("to | Prime Minister Dawit Tesema,") or with the body
        the name heads (``principal_bodies``: "head of | President Franjo Vukelić's office,";
        not "the spokesman of | Prime Minister X's rival party"); else ``""``."""
        doc, n = self.doc, len(self.doc)
        while j < n and (j in self.title_tokens or j in self.honorific_tokens or doc[j].lower_ in self.w.determiners
                         or doc[j].lower_ in self.lex.modifiers) and j not in self.at:
            j += 1
        if j + 1 < n and j not in self.at and self._regnal_before(j):
            j += 1  # "enviado del | papa | Juan Tomás II": a regnal title the name goes with
        person = self.at.get(j)
        if person is None or self.ents[person].label != "PERSON" or self.ents[person].start != j:
            return ""
        after = self.ents[person].end
        if after < n and doc[after].text in POSSESSIVE:  # "President X's | office"
            k = after + 1
            while k < n and doc[k].pos_ in ("ADJ", "NOUN") and k not in self.at:
                k += 1
            bodies = words_or("principal_bodies", doc.lang_, frozenset())  # not "X's rival party"
            after = k if k > after + 1 and doc[k - 1].lower_ in bodies else after
        ended = self.ends_apposition(after)
        return self.ents[person].canonical if ended else ""

    def _regnal_before(self, j: int) -> bool:
        """Token ``j`` is a regnal title given with the person named right after it ("papa |
        Juan Tomás II", "King | Abdullah II"): :meth:`kit.extract.titles.Lexicon.regnal_title`."""
        doc, person = self.doc, self.at.get(j + 1)
        if person is None or self.ents[person].start != j + 1 or self.ents[person].label != "PERSON":
            return False
        article = j > 0 and doc[j - 1].lower_ in self.w.articles | self.w.contracted
        return bool(self.lex.regnal_title(f"{doc[j].text} {self.ents[person].text}", doc.lang_, article))

    def _apposition_before(self, i: int) -> _Found | None:
        """"Its envoy, Tomás Ferrer," before a name; "the three co-chairs — Igor Matvenko"; two
        titles joined by "and", one holder's ("the Attorney General and Minister of Justice, X")."""
        if i == 0 or self.doc[i - 1].text not in (",", "—", "–", ":"):
            return None
        span = self._chain_ending_at(i - 1)
        if span is None and (exile := self._exile_start(i - 1)) is not None:
            span = self._chain_ending_at(exile)  # "el presidente haitiano | en el exilio, X": where he lives
        if span is None and (venue := self._venue_start(i - 1)) is not None:
            span = self._chain_ending_at(venue)  # "the head of the delegation | in Doha, X"
        if span is None and (post := self._post_start(i - 1)) is not None:
            span = self._chain_ending_at(post)  # "el embajador de la Unión Europea | en Tarn, X"
        if span is None and i > 2 and (described := self._chain_ending_at(i - 2)) is not None \
                and described[1] == i - 2 and self._describes_holder(*described) and self.doc[i - 2].head.i in self.title_tokens:
            span = described  # "el líder de la mayoría | demócrata, X": an adjective on the title, no office
            # (not on a complement's noun: "el presidente de la comisión | especial" names the body)
        if span is None:
            return None
        k = span[0] - 1
        if k > 0 and self.doc[k].lower_ in self.w.conjunctions and (pair := self._chain_ending_at(k)) is not None:
            span = (pair[0], span[1])  # "the Attorney General and | Minister of Justice, X": both hers
        lead = self._age_start(span[0])  # "The | 62-year-old | foreign minister, X"
        while lead > 0 and self._holder_word(lead - 1):  # "Burundi's | first elected | president, X"
            lead -= 1
        held = [n for k in range(lead, span[0]) if (n := self.at.get(k)) is not None and self.ents[n].label == "NORP"]
        cues = held + self._cues_before(lead)  # "The Orvist | negotiator, X": a people's word, kept as a cue
        anaphor = self._anaphor_before(lead) or self._whose_before(lead) or self._acronym_owner(lead)
        if anaphor:  # "the group's spokesman, ...", "the TRD-Velm's secretary-general, ...": its own determiner
            return _Found(span, cues, anaphor)
        first = min([lead, *(self.ents[c].start for c in cues)])
        before = first - 1  # what may open "Its envoy, X", "..., Russia's ambassador, X"
        while before > 0 and self.doc[before].like_num:  # "the three co-chairs — X"
            before -= 1
        opened = before < 0 or self.doc[first].is_sent_start or self.doc[first].lower_ in self.w.determiners \
            or self._owners_before(before)
        mark = before - 1 if before > 0 and self.doc[before].lower_ in self.w.determiners else before
        named = self._set_off_with_a_name(mark)
        if named is not None and (not opened and mark == before or not self._titled(named)):
            # "Según A, asesor del Consejo, B y C": A's, not the names after it; with a determiner
            # "A, the Osk envoy, B and C": A's; not "the foreign minister, A, the defence minister, B"
            return None
        if not opened and self.doc[before].lower_ not in self.w.determiners | self.w.openers:
            possessive = any(self.doc[self.ents[c].end].text in POSSESSIVE for c in cues)
            if not possessive and not self._possessor(first):  # "Dawit Tesema's | press secretary, X"
                return None
        return _Found(span, cues, anaphor)

    def _set_off_with_a_name(self, mark: int) -> Entity | None:
        """The person's name the comma at token ``mark`` closes, if one does, so that the
        title after it is that name's apposition ("A, asesor del Consejo,"; "A, the Osk envoy,
        B and C"), none of a name after it: an apposition belongs to the one name it is set off
        with, and the names after it in a list are other people; unless, with a determiner, that
        name has a title of its own before it (:meth:`_titled`); else None."""
        n = self.at.get(mark - 1)
        closes = mark > 0 and self.doc[mark].text == "," and n is not None and self.ents[n].end == mark \
            and self.ents[n].label == "PERSON"
        return self.ents[n] if closes and n is not None else None

    def _titled(self, named: Entity) -> bool:
        """Whether the person's name ``named`` is given a title before it, a rank written
        with it ("Archbishop A") or a title set off before it ("the foreign minister, A"), so
        that a title set off after it, before another name, is that name's ("Archbishop A, the
        Canadian ambassador, B"; "the foreign minister, A, the defence minister, B")."""
        start = self.honorific_before.get(named.start, named.start)
        return start in self.by_end or named.start in self.by_end or self._chain_ending_at(start) is not None \
            or self._apposition_before(start) is not None

    def _exile_start(self, end: int) -> int | None:
        """Where a phrase of exile ending right before token ``end`` starts: a word of
        ``scene_preps``, an article, a noun of ``exile_nouns`` ("the president | in exile",
        "el presidente | en el exilio"). The holder lives abroad; the phrase is no part of the
        office, nor is a place after it his side; else None."""
        doc, k = self.doc, end - 1
        if k < 1 or doc[k].lower_ not in words_or("exile_nouns", doc.lang_, frozenset()):
            return None
        k -= 1 if doc[k - 1].lower_ in self.w.articles else 0
        return k - 1 if k > 1 and doc[k - 1].lower_ in words_or("scene_preps", doc.lang_, frozenset()) else None

    def _venue_start(self, end: int) -> int | None:
        """Where a venue written after a title and ending right before token ``end``
        starts: a word of ``scene_preps`` and a place the model tagged ("the head of the
        delegation | in Doha", "el jefe de la delegación | en Cochabamba"), where the
        office is held, no part of it; else None. Not a country: "el embajador de EU | en
        México" is posted there, the country part of the office."""
        n = self.at.get(end - 1)
        if n is None or self.ents[n].end != end or self.ents[n].label not in ("GPE", "LOC", "FAC") \
                or self.lex.side_kinds.get(name_key(self.ents[n].canonical)) == "country":
            return None
        k = self.ents[n].start - 1
        k -= 1 if k > 0 and self.doc[k].lower_ in self.w.articles else 0
        return k if k > 0 and self.doc[k].lower_ in words_or("scene_preps", self.doc.lang_, frozenset()) else None

    def _post_start(self, end: int) -> int | None:
        """Where the state a posted title is held in starts, written after the title and its
        sender and ending right before token ``end``: a word of ``scene_preps`` or
        ``destination_preps`` and a country ("el embajador de la Unión Europea | en Tarn",
        "the ambassador of France | in Tarn"): the title's post, while its complement names who
        sent its holder, the side; the title one of ``posted_titles`` with its "of" complement
        (not "the president of the council | in Tarn"); else None."""
        doc, n = self.doc, self.at.get(end - 1)
        if n is None or self.ents[n].end != end \
                or self.lex.side_kinds.get(name_key(self.ents[n].canonical)) != "country":
            return None
        k = self.ents[n].start - 1
        k -= 1 if k > 0 and doc[k].lower_ in self.w.articles else 0
        preps = words_or("scene_preps", doc.lang_, frozenset()) | words_or("destination_preps", doc.lang_, frozenset())
        if k < 1 or doc[k].lower_ not in preps:
            return None
        posted = words_or("posted_titles", doc.lang_, frozenset())
        title = next((j for j in range(k - 1, max(k - COMPLEMENT_MAX, 0) - 1, -1) if j + 1 in self.by_end), None)
        return k if title is not None and doc[self.by_end[title + 1]:title + 1].text.lower() in posted \
            and doc[title + 1].lower_ in self.w.of else None

    def country_complement(self, end: int) -> tuple[int, int] | None:
        """``(entity index, index of "of")`` when a title's "of" complement ending at
        token ``end`` is a country ("Emir | of Qatar", "President of the United
        States"): the side, not part of the role, as in "Qatar's Emir". Else None; a
        body or an institution ("Secretary-General of the United Nations", "Speaker
        of the Knesset") stays in the role."""
        n = self.at.get(end - 1)
        if n is None or self.ents[n].end != end:
            return None
        e = self.ents[n]
        of = e.start - 1 if e.start > 0 and self.doc[e.start - 1].lower_ not in self.w.articles else e.start - 2
        if of < 1 or self.doc[of].lower_ not in self.w.of or of not in self.by_end:
            return None
        country = self.lex.side_kinds.get(name_key(e.canonical)) == "country"
        return (n, of) if country and self.lex.side_of(e.canonical, e.text) in self.lex.states else None

    def _country_inside(self, i: int, end: int) -> int | None:
        """The end of a country an "of" right after a title names from token ``i``, with
        more of the complement after it, opened by a preposition, up to ``end`` ("secretaria de Estado adjunta | de
        Estados Unidos | para el Hemisferio Occidental"), tagged or not: the side, as
        :meth:`country_complement` reads one at the end; else None."""
        doc, of = self.doc, i - 1
        if of < 1 or doc[of].lower_ not in self.w.of or of not in self.by_end:
            return None
        n = self.at.get(i)
        if n is not None:
            e = self.ents[n]
            country = self.lex.side_kinds.get(name_key(e.canonical)) == "country" \
                and self.lex.side_of(e.canonical, e.text) in self.lex.states
            follows = e.end < end and self.doc[e.end].lower_ in self.w.preps  # not "of U.S. and NATO forces"
            return e.end if e.start == i and follows and country else None
        return next((stop for stop in range(min(i + 3, end - 1), i, -1) if doc[stop].lower_ in self.w.preps
                     and not any(k in self.at for k in range(i, stop)) and self.country_written(doc[i:stop].text)),
                    None)

    def untagged_country(self, end: int) -> tuple[str, int, str] | None:
        """``(side, index of "of", its words)`` when a title's "of" complement ending at
        token ``end`` names a country the model did not tag ("secretario de Estado
        | de EE.UU."): the side, as :meth:`country_complement` reads a tagged one."""
        doc = self.doc
        for of in range(end - 2, max(end - 6, 0), -1):
            if doc[of].lower_ not in self.w.of or of not in self.by_end:
                continue
            first = of + 1 + int(doc[of + 1].lower_ in self.w.articles)
            if first >= end or any(i in self.at for i in range(first, end)):
                return None
            written = doc[first:end].text
            side = self.country_written(written)
            return (side, of, written) if side else None
        return None

    def country_written(self, written: str, kinds: tuple[str, ...] = ("country",)) -> str:
        """The state ``written`` is the name of (a country of the lexicon, not a
        capital or demonym; ``kinds`` names the kinds of name that count), else ``""``."""
        side = self.lex.side_of(written)
        named = self.lex.side_kinds.get(name_key(written)) in kinds
        return side if named and side in self.lex.states else ""

    def complement_cues(self, start: int, end: int) -> tuple[list[int], tuple[str, str] | None]:
        """Side cues inside a role's complement: "head of | the Taliban's | political
        office" (an entity before a possessive), "chair of | the Norwegian Nobel
        Committee", "head of the | Taliban | negotiating team" (an organisation: whom
        the actor works for, left in the role), "leader of | the movement", "a spokesman for | the
        group's | Doha office" and "head of | the government | delegation" (a word of
        ``state_anaphors`` before the head noun, only to a government the article names
        with that noun, "Ruritania's government", not the host's a guess would give) read back
        to what they name; a government noun the title's own name holds ("el presidente | del
        Gobierno", any state's head of government) only a government the article names with
        that noun ("el Gobierno español"), never a guess."""
        doc, cues, anaphor = self.doc, [], None
        for i in range(start + 1, end):
            n = self.at.get(i)
            if n is not None and self.ents[n].start == i and self.ents[n].end < len(doc):
                ent = self.ents[n]
                possessive = doc[ent.end].text in POSSESSIVE and ent.label != "PERSON"
                organisation = ent.label == "ORG" and ent.end <= end and not self.title_tokens & set(
                    range(ent.start, ent.end))  # "the Minister for Foreign Affairs" tagged ORG: the title
                demonym = ent.label == "NORP" and ent.end <= end and bool(self.lex.side_of(ent.canonical, ent.text)) \
                    and not self._qualifies_group(ent)
                if possessive or organisation or demonym or self._body_as_place(ent, end) \
                        or self._country_inside(i, end) == ent.end:
                    cues.append(n)
            elif anaphor is None and doc[i].lower_ in words_or("state_adjectives", doc.lang_, frozenset()) \
                    and self._owner_adjective(i, start) and not self._state_named_in(i + 1, end):
                anaphor = self._antecedent(i, doc[i].lower_)  # "de la delegación | gubernamental": "del gobierno"
            elif anaphor is None and doc[i].lower_ in self.w.articles | self.w.contracted and i + 1 < end:
                following = doc[i + 2].text if i + 2 < len(doc) else ""
                if i + 2 == end or following in POSSESSIVE:
                    anaphor = self._antecedent(i, doc[i + 1].lower_)
                    if i + 1 in self.title_tokens and anaphor is not None and cue_kind(anaphor[1]) is CueKind.BARE_GOVERNMENT:
                        anaphor = None  # the title's own noun ("presidente del Gobierno"): only a government named so
                elif i + 3 == end and doc[i + 2].is_lower and doc[i + 2].is_alpha \
                        and doc[i + 1].lower_ in words_or("state_anaphors", doc.lang_, frozenset()):
                    found = self._antecedent(i, doc[i + 1].lower_)  # "head of the | government | delegation"
                    anaphor = found if found is not None and cue_kind(found[1]) is not CueKind.BARE_GOVERNMENT \
                        else None  # the government the article names with that noun; a guess is none
        if (n := self._demonym_ending_a_title_noun(start, end)) is not None:
            cues.append(n)  # "el presidente del | Gobierno portugués": the demonym after the title's noun
        return cues, anaphor

    def _demonym_ending_a_title_noun(self, start: int, end: int) -> int | None:
        """The entity (index) the model made of the last noun of the title ``doc[start:end]``
        and the demonym written right after it ("el presidente del | Gobierno portugués |,",
        tagged one ORG), whose state is the side as a demonym after a title is; None for
        anything else."""
        n = self.at.get(end - 1)
        if n is None or end >= len(self.doc):
            return None
        ent = self.ents[n]
        tail = self.doc[end:ent.end]
        if ent.label != "ORG" or not start < ent.start < end < ent.end or not all(t.is_lower for t in tail):
            return None
        state = self.lex.side_of(tail.text)
        return n if state in self.lex.states and self.lex.side_of(ent.canonical, ent.text) == state else None

    def _body_as_place(self, ent: Entity, end: int) -> bool:
        """Whether ``ent``, inside a complement ending at ``end``, is an international body
        the lexicons name as they name a country, so tagged a place, joined by a conjunction
        to what follows ("enviado especial de la | ONU | y la OEA"): whom the holder works for,
        a cue in its order as an organisation's name is, so the first of two bodies named is
        the side, whatever label each got."""
        if ent.label not in ("GPE", "LOC") or ent.end >= end or self.doc[ent.end].lower_ not in self.w.conjunctions:
            return False  # one body alone is read as before: its office names it
        body = body_of(ent.text, self.doc.lang_)
        return body is not None and body.kind == "organization" and self.lex.side_of(ent.canonical, ent.text) not in self.lex.states

    def _qualifies_group(self, demonym: Entity) -> bool:
        """Whether ``demonym`` is written right after an organisation's name as part of it, a
        non-state group's, as Spanish writes it ("del Frente Popular | boliviano", "del Ejército
        de Liberación Nacional | colombiano"): the group, not the state, is whom the title's
        holder serves. The name opens with a word of ``group_heads`` whose English is no state
        organ's (``government_words``, ``state_body_words``: "Ejército" is an army's), or holds
        a word of ``party_name_words`` ("Liberación"), and is no state's body with the demonym
        ("las Fuerzas Armadas | peruanas", "el Ejército | chileno")."""
        n = self.at.get(demonym.start - 1)
        if n is None or self.ents[n].end != demonym.start or self.ents[n].label != "ORG":
            return False
        lang = self.doc.lang_
        name = [t for t in self.doc[self.ents[n].start:demonym.start] if t.lower_ not in self.w.articles]
        if not name or self.lex.side_of(" ".join(t.text for t in [*name, *self.doc[demonym.start:demonym.end]])):
            return False
        if not words_or("party_name_words", lang, frozenset()).isdisjoint(name_key(t.text) for t in name):
            return True
        return name[0].lower_ in words_or("group_heads", lang, frozenset()) and not self._glossary_state_body(name[0].text)

    def _glossary_state_body(self, name: str) -> bool:
        """Whether ``name``, as written in a language other than English, is a state's body
        of ``glossary.csv`` (its English ends in a word of ``government_words`` or
        ``state_body_words``: "Policía", "Comando Conjunto"), or a state's portfolio (a
        capitalised term, a ``portfolio_nouns`` word first or last: "Educación" of "el ministro
        de | Educación", tagged as an organisation): a ministry, its state unnamed."""
        if self.doc.lang_ == DEFAULT_LANG:
            return False
        written = glossary(self.doc.lang_).get(name, "")
        english = written.lower().split()
        return bool(english) and (english[-1] in words("government_words") | words("state_body_words")
                                  or portfolio_english(written))

    def _state_named_in(self, start: int, end: int) -> bool:
        """Whether a state is named from token ``start`` to the end of a complement at
        ``end``, or in the "de X" right after it ("delegación gubernamental | de
        Venezuela"): the government a state adjective means, not one read from context."""
        return any(e.start >= start and e.end <= end + 2 and self.lex.side_of(e.canonical, e.text) in self.lex.states
                   for e in self.ents)

    def _nationality_noun(self, start: int) -> bool:
        """Whether a demonym starting at token ``start`` is a noun after its article ("el
        francés | Jean X", "the Frenchman"): a person's nationality; not after a title
        ("el presidente hondureño | X": the state of the office)."""
        articles = self.w.articles | self.w.contracted
        return self.doc[start].lower_ in articles or start > 0 and self.doc[start - 1].lower_ in articles

    @functools.cached_property
    def _country_mentions(self) -> tuple[Counter[str], dict[str, list[tuple[int, int]]]]:
        """How often the Doc names each country (venues, i.e. capitals, and datelines
        left out, and a demonym set right before a person's name, their nationality; a body
        such as the UN is no country), and where: counted once per Doc, however many "the government's" it has."""
        counts: Counter[str] = Counter()
        starts: dict[str, list[tuple[int, int]]] = {}
        for n, e in enumerate(self.ents):
            kind = self.lex.side_kinds.get(name_key(e.canonical), "")
            side = self.lex.side_of(e.canonical, e.text) if kind != "capital" and n not in self.filed else ""
            if nationals(self.doc, e):
                continue  # "two Ecuadorians", "of Ecuadorian nationality": people, not their state
            if e.label == "NORP" and (p := self.at.get(e.end)) is not None and self.ents[p].start == e.end \
                    and self.ents[p].label == "PERSON" and self._nationality_noun(e.start):
                continue  # "el francés | Jean Verdaille": one person's nationality, not their state
            # not "the UN"; a country NER took for a location ("North Macedonia" LOC) counts
            if side in self.lex.states and (e.label in ("GPE", "NORP", "ORG") or kind == "country"):
                counts[side] += 1
                starts.setdefault(side, []).append((e.start, e.end))
        return counts, starts

    def _owners_before(self, k: int) -> bool:
        """Whether token ``k`` ends a possessive noun phrase that opens with a determiner
        ("*the two countries'* | negotiators, X", "*the rebels'* spokesman, X"): whose title
        it is may be left open, but the title opens the apposition."""
        doc = self.doc
        if k < 2 or doc[k].text not in POSSESSIVE or doc[k - 1].pos_ != "NOUN":
            return False
        j = k - 2
        while j >= 0 and (doc[j].like_num or doc[j].pos_ == "ADJ") and j not in self.at:
            j -= 1
        return j >= 0 and doc[j].lower_ in self.w.determiners

    def _possessor(self, k: int) -> str:
        """The person whose title starts at token ``k`` ("Nazari's | national security
        adviser"): the actor this one works for, whose side the registry may lend."""
        doc = self.doc
        if k < 2 or doc[k - 1].text not in POSSESSIVE:
            return ""
        n = self.at.get(k - 2)
        return self.ents[n].canonical if n is not None and self.ents[n].label == "PERSON" else ""

    def _cues_before(self, k: int) -> list[int]:
        """Entities right before token ``k`` that say whose side or body an actor is."""
        cues: list[int] = []
        j = k - 1
        if j >= 2 and self.doc[j].lower_ in self._side_participles and self.doc[j - 1].text in HYPHENS:
            j -= 2  # "the Houthi-appointed governor", "a Saudi-led coalition": whose it is
        while j >= 0:
            if self.doc[j].text in POSSESSIVE:
                j -= 1
            n = self.at.get(j)
            if n is None or self.ents[n].label == "PERSON" or n in cues:
                break
            first = self.ents[n].start
            if first > 0 and self.doc[first - 1].lower_ in self._place_preps and not cues \
                    and self.doc[j + 1].text not in POSSESSIVE:
                break  # "en Caracas | Jorge Benavente": where he spoke, not whose side
            cues.append(n)
            j = first - 1
        return cues

    @functools.cached_property
    def _side_participles(self) -> frozenset[str]:
        return words_or("side_participles", self.doc.lang_, frozenset())

    @functools.cached_property
    def _backer_participles(self) -> frozenset[str]:
        return words_or("backer_participles", self.doc.lang_, frozenset())

    @functools.cached_property
    def _inner_preps(self) -> frozenset[str]:
        """Prepositions that go on with a complement ("de Estados Unidos | para el Hemisferio"):
        ``complement_preps`` but those of ``scene_preps``, which say where an office is held."""
        return self.w.preps - words_or("scene_preps", self.doc.lang_, frozenset())

    @functools.cached_property
    def _place_preps(self) -> frozenset[str]:
        return words_or("place_preps", self.doc.lang_, frozenset())

    def _anaphor_before(self, k: int) -> tuple[str, str] | None:
        """The side of "the group's" / "the country's" right before token ``k``."""
        doc = self.doc
        if k < 3 or doc[k - 1].text not in POSSESSIVE:
            return None
        if doc[k - 3].lower_ in self.w.articles:
            return self._antecedent(k - 3, doc[k - 2].lower_)
        if k >= 4 and doc[k - 4].lower_ in self.w.articles and doc[k - 3].is_lower:  # "the military council's"
            return self._named_body(k - 4, (doc[k - 3].lower_, doc[k - 2].lower_))
        return None

    def _whose_before(self, k: int) -> tuple[str, str] | None:
        """The side of "Kazakhstan, whose | president, ...": the country or organisation
        named right before the relative possessive (``relative_possessives``)."""
        doc = self.doc
        if k < 3 or doc[k - 1].lower_ not in words_or("relative_possessives", doc.lang_, frozenset()) \
                or doc[k - 2].text != ",":
            return None
        n = self.at.get(k - 3)
        if n is None or self.ents[n].end != k - 2 or self.ents[n].label == "PERSON":
            return None
        named = self.ents[n]
        side = self.party_of(named)
        return (side, f"{named.text}, {doc[k - 1].text}") if side else None

    def party_of(self, ent: Entity) -> str:
        """The side an entity names: a country (or a state body), an international
        body's side, an organisation of no state itself, or the one it is a body of
        (:meth:`owner_in_name`); else ``""``, as for a school (:func:`names_a_school`:
        "X of Halden University" works there and speaks for none)."""
        side = self.lex.side_of(ent.canonical, ent.text)
        if side:
            return side
        body = self._body(ent.canonical)
        if body or not self.names_a_group(ent):
            return body.side if body else ""
        if ent.end - ent.start == 1 and self.doc[ent.start].is_title:
            # "por el Gobierno", "por el Frente": a head noun alone is what it refers back to
            word = self.doc[ent.start].lower_
            found = self._antecedent(ent.start, word)
            if word in words_or("state_anaphors", self.doc.lang_, frozenset()):
                # the government the article names with its state; a guess from context is none
                return found[0] if found is not None and not found[1].startswith(CONTEXT_CUE) else ""
            if found is not None:
                return found[0]
        owner = self.owner_in_name(ent)
        if owner is not None:
            return self.party_of(owner)
        return "" if names_a_school(ent.canonical) else ent.canonical

    def names_a_group(self, ent: Entity) -> bool:
        """Whether an entity names an organisation: tagged so, or tagged a place or other
        name that opens with a word of ``group_heads`` (Spanish words only, so far)
        ("la Resistencia Nicaragüense", "el Frente Sur" tagged LOC; not "la Carretera
        Panamericana", "la Sierra Madre": a place's own noun is no group's), written with
        its article, as a group's name is and a town's is not ("por Unión Hidalgo pasaron":
        a town)."""
        if ent.label == "ORG":
            return True
        if ent.label not in ("LOC", "MISC"):
            return False
        doc, first = self.doc, ent.start
        while first < ent.end and doc[first].lower_ in self.w.articles:
            first += 1
        article = first > ent.start or (ent.start > 0 and doc[ent.start - 1].lower_ in self.w.articles | self.w.contracted)
        return article and first < ent.end and doc[first].lower_ in words_or("group_heads", doc.lang_, frozenset())

    def owner_in_name(self, ent: Entity) -> Entity | None:
        """The organisation an organisation's name ends with after "of" ("the General
        Command | of the Front", "la Comandancia General | de la URNG"), when the article
        names it on its own too: the name is of a body of that organisation, whose side
        is the organisation's. Not a country ("Fuerzas Armadas Revolucionarias de
        Colombia" is no body of Colombia): a tagged country is no organisation."""
        doc = self.doc
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].lower_ not in self.w.of | self.w.contracted:
                continue
            first = k + 1 + int(doc[k + 1].lower_ in self.w.articles)
            tail = name_key(doc[first:ent.end].text)
            for other in self.ents:
                if other is not ent and other.label == "ORG" and other.end - other.start < ent.end - ent.start \
                        and tail in (name_key(other.text), name_key(other.canonical)):
                    return other
        return None

    def _antecedent(self, before: int, noun: str) -> tuple[str, str] | None:
        """``(side, cue)`` of what "the <noun>" before token ``before`` refers to: for
        "the government"/"the country", the country named with that noun, else the one
        country named just before, else the one the article names most
        (:meth:`_main_country`); for "the party", the nearest earlier party so named
        ("the Ulster Unionist Party"); for "the group"/"the movement", the nearest earlier
        organisation that is not a state's, or people named as a group ("the Houthis"; not
        an adjective, "the Islamic activists", nor a common noun, "republicans"; not the
        outlet of a dateline, "(NWS)", nor a place an accord is named after, "the Velmar
        accord", nor a person's name the model tagged so, "Mr Osk", nor, for fighters, "the
        rebels", a body of ``bodies.csv``, "the Security Council"), and so for
        "the party" when no party is so named, but only one its main clause is about
        (:meth:`_in_main_subject`: "Sinn Fein returned to the talks after killings blamed on the IRA.
        The party's delegation ...": Sinn Fein, not the IRA)."""
        lang, none = self.doc.lang_, frozenset[str]()
        if noun in words_or("subdivision_anaphors", lang, none) and (found := self._subdivision_before(before, noun)):
            return found  # "El estado de Chiapas ... el gobernador del estado": Chiapas's country
        if noun in words_or("state_anaphors", lang, none) | words_or("state_adjectives", lang, none):
            return self._main_country(before, noun)
        if noun in words_or("compass_halves", lang, none):
            return self._half_named(before, noun)
        if noun not in words_or("group_anaphors", lang, none):
            return self._named_body(before, (noun,))
        party = noun in words_or("party_nouns", lang, none)
        fighters = noun.endswith("s") and noun[:-1] in words_or("non_state_modifiers", lang, none)  # "the rebels"
        named = self._named_body(before, (noun,)) if party else None
        if named is not None:  # "the party": the Ulster Unionist Party, not the IRA named since
            return named
        for n, e in reversed(list(enumerate(self.ents))):
            if e.end > before or e.label not in ("ORG", "NORP"):  # NORP: "the Houthis", no demonym
                continue
            if before - e.end > ANAPHOR_TOKENS:
                break
            if n in self.filed or names_a_venue(self.doc[e.start:e.end].root, e.canonical, self.lex) \
                    or self.doc[e.start].lower_ in words_or("honorifics", lang, none) \
                    or fighters and body_of(e.canonical, lang):
                continue  # "OSK, Aug. 7 (NWS) -": the outlet; "the Velmar accord": where it was signed;
                # "Mr Osk" tagged ORG: a person; "the rebels": no body the lexicon knows ("the Security Council")
            if e.label == "NORP" and not self._names_a_people(e):  # "the Islamic activists", "republicans"
                continue
            if party and not self._in_main_subject(e):  # "X returned after killings blamed on the IRA. The party's"
                continue
            if not self.lex.side_of(e.canonical, e.text) and not self.lex.side_kinds.get(name_key(e.canonical)):
                return e.canonical, f"the {noun}: {e.text}"
        return self._fighters_named_elsewhere(noun)

    def _fighters_named_elsewhere(self, noun: str) -> tuple[str, str] | None:
        """``(noun, cue)`` for a plural of ``non_state_modifiers`` ("the rebels", "the
        separatists") that refers to no party the article names: the party the noun stands
        for is the corpus's, a weak :attr:`CueKind.STANDING` cue that
        :mod:`kit.actors.standing` reads as the one organisation the corpus calls so (or
        none); else None."""
        plain = noun[:-1] if noun.endswith("s") else ""
        if not plain or plain not in words_or("non_state_modifiers", self.doc.lang_, frozenset()):
            return None
        return noun, Cue(f"the {noun}", CueKind.STANDING)

    def _in_main_subject(self, ent: Entity) -> bool:
        """Whether the entity is, or names the owner of, the subject of its sentence's main
        clause ("Sinn Fein returned", "Sinn Fein's leader said", "X, Sinn Fein's chief
        negotiator, said"); not a party a preposition brings in ("killings blamed on the
        IRA") nor the subject of a clause inside ("a guarantee that the IRA would ...")."""
        token = self.doc[ent.start:ent.end].root
        while token.dep_ in _SUBJECT_PARTS and token.head is not token:
            token = token.head
        return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"

    def _names_a_people(self, ent: Entity) -> bool:
        """Whether a NORP entity names a people or group as a noun, capitalised ("the
        Houthis"), not an adjective ("the Islamic activists") or a common noun
        ("republicans"): only such a name can be what "the movement" refers back to."""
        root = self.doc[ent.start:ent.end].root
        return root.pos_ != "ADJ" and root.text[:1].isupper()

    def _half_named(self, before: int, noun: str) -> tuple[str, str] | None:
        """``(state, cue)`` of "the North" / "the South" (capitalised, at token ``before``
        or the one after it): the one state the article names whose name opens with that
        word ("North Korea"); None if it names none or several, or the word is a region
        ("the south of the country")."""
        written = [t for t in self.doc[before:before + 2] if t.lower_ == noun]
        if not written or not written[0].is_title:
            return None
        found = {side for side in self._country_mentions[1] if side.split()[0].lower() == noun}
        if len(found) != 1:
            return None
        state = next(iter(found))
        return state, f"{CONTEXT_CUE} the {written[0].text}: {state}, named in the article"

    def _named_body(self, before: int, nouns: tuple[str, ...], head: bool = False) -> tuple[str, str] | None:
        """``(side, cue)`` of "the council" / "the military council" before token
        ``before``: the nearest organisation named earlier in the article whose name
        ends with that noun and holds the words before it ("the Transitional Military
        Council"), or, with ``head``, whose name's head is that noun, the word before its
        "of" ("the panel": "the Panel of Eminent Elders"), as always when a state's name
        follows that "of" ("the commission": "the Electoral Commission of Kenya"; the whole
        name when the model cut it before the state, :meth:`_state_complement`); in another language than English,
        whose name opens with that noun, an article aside, its head ("el comité": "el Comité Noruego del
        Nobel", the adjectives after it; not a body of some state, "el Congreso Nacional");
        its state, for a state's body ("the ministry": "the Russian Defence Ministry"). A
        body's own name or initials (``bodies.csv``: "de la ONU") is that body, not a longer
        name ending with it ("la Misión de Verificación de la ONU")."""
        if not nouns[-1].isalpha() or len(nouns) == 1 and self._body(nouns[0]) is not None:
            return None
        opens = len(nouns) == 1 and self.doc.lang_ != DEFAULT_LANG
        articles = words_or("articles", self.doc.lang_, frozenset())
        for e in reversed(self.ents):
            if e.end > before or not self.names_a_group(e) or len(e.text.split()) < 2:
                continue
            names = [w.lower() for w in e.text.split()]
            of = next((i for i, w in enumerate(names) if i and w in self.w.of), len(names))
            first = next((i for i, w in enumerate(names) if w not in articles), 0)  # "La Corte ...", a sentence's first
            opened = opens and names[first] == nouns[-1] and not government_lead(name_key(e.text).split())
            state = self.lex.side_of(" ".join(e.text.split()[of + 1:])) if of < len(names) else ""
            state = state if state in self.lex.states else ""
            if (names[-1] == nouns[-1] or (head or state) and names[of - 1] == nouns[-1] or opened) \
                    and set(nouns) <= set(names):  # not "el Congreso Nacional": a state's, which one unsaid
                if names[-1] == nouns[-1]:
                    whole = self._state_complement(e)
                else:  # "the Defence Ministry of Ukraine": Ukraine's ministry
                    whole = state if state and self._government_body(names[:of]) else ""
                return whole or self.party_of(e) or e.canonical, f"the {' '.join(nouns)}: {e.text}"
        return None

    def _government_body(self, words: list[str]) -> bool:
        """Whether the lower-cased ``words`` of a body's name, before any state, name a
        body of a state's own government (``government_words``: "the Armed Forces";
        ``portfolio_words`` last: "the Defence Ministry")."""
        own = words[1:] if words[:1] and words[0] in self.w.articles else words
        return bool(government_lead(own)) or bool(own) and own[-1] in words_or("portfolio_words", self.doc.lang_,
                                                                                 frozenset())

    def _state_complement(self, ent: Entity) -> str:
        """The whole name of a body the model cut before its state ("the Electoral
        Commission | of | Kenya": ``complement_preps`` and a state's name right after it),
        without its article; that state for a body of the state's own government ("the
        Defence Ministry | of | Ukraine": ``government_words``, ``portfolio_words``); else ``""``."""
        doc, k = self.doc, ent.end
        if k + 1 >= len(doc) or doc[k].lower_ not in words_or("complement_preps", doc.lang_, frozenset()):
            return ""
        k += 1 + (doc[k + 1].lower_ in self.w.articles)
        n = self.at.get(k)
        state = self.ents[n] if n is not None and self.ents[n].start == k else None
        side = self.lex.side_of(state.canonical, state.text) if state is not None else ""
        if state is None or side not in self.lex.states:
            return ""
        if self._government_body(name_key(ent.text).split()):
            return side
        words = doc[ent.start:state.end].text.split()
        return " ".join(words[1:] if words[0].lower() in self.w.articles else words)

    def _subdivision_before(self, before: int, noun: str) -> tuple[str, str] | None:
        """``(side, cue)`` for "the <noun>" of ``subdivision_anaphors`` ("del estado") when
        the sentence of token ``before`` or the two before it name subdivisions of the
        lexicon of one country only ("el estado de Chiapas"): that country, whatever
        other state the article names ("Chiapas y Guatemala"). When none is named before
        it, the rest of its sentence may name one as a government or a state's
        (:meth:`_governed_subdivision`: "el gobernador del estado, X, afirmó que el gobierno
        de Oaxaca ..."); not a place the holder goes to or deals with ("viajó a Texas",
        "las autoridades de Texas")."""
        sent = self.doc[min(before, len(self.doc) - 1)].sent
        floor = self._sentence_before(self._sentence_before(sent.start))
        found = {sub.country for e in self.ents if floor <= e.start and e.end <= before
                 for k in range(e.start, e.end)  # "estado de Sonora" tagged whole
                 if (sub := subdivision_of(self.doc[k:e.end].text)) is not None}
        found = found or {sub.country for e in self.ents if before <= e.start and e.end <= sent.end
                          for k in range(e.start, e.end)
                          if self._governed_subdivision(k) and (sub := subdivision_of(self.doc[k:e.end].text))}
        if len(found) != 1:
            return None
        country = self.lex.side_of(next(iter(found)))
        return (country, f"{CONTEXT_CUE} the {noun}: {country}, whose subdivision is named nearby") \
            if country in self.lex.states else None

    def _governed_subdivision(self, k: int) -> bool:
        """Whether the name at token ``k`` is in the "of" complement of a word of
        ``government_words`` or ``subdivision_anaphors`` ("el gobierno | de Oaxaca", "el
        estado | de Oaxaca")."""
        doc, lang, none = self.doc, self.doc.lang_, frozenset[str]()
        nouns = words_or("government_words", lang, none) | words_or("subdivision_anaphors", lang, none)
        return k >= 2 and doc[k - 1].lower_ in self.w.of | self.w.contracted and doc[k - 2].lower_ in nouns

    def _main_country(self, before: int, noun: str) -> tuple[str, str] | None:
        """The country "the <noun>" is: the one the article names with that noun ("the
        Ethiopian government", "Ethiopia's government", "the government of Ethiopia", "el
        Gobierno español" tagged as one entity: :meth:`_with_noun_or_opening`)
        most often before it (what "the government" refers back to; "... thanked the
        Italian government" after it is another), else the one country written after
        that noun and "of" that the model did not tag as a country (:meth:`_untagged_with_noun`: "The
        Government of Sierra Leone"), else the one country named in its
        sentence or the two before (:meth:`_recent_country`), else the one it names
        most (ties: the state of the dateline, :meth:`_dateline_states`, then the nearest before)."""
        named, starts = self._with_noun_or_opening(noun)
        counts = Counter({c: n for c in named if (n := sum(e <= before for _, e in starts[c]))})
        how = f"the {noun} the article names"
        if not counts and len(untagged := self._untagged_with_noun(before, noun)) == 1:
            return untagged.pop(), f"{CONTEXT_CUE} the {noun}: the {noun} of a country the article names"
        if not counts and (recent := self._recent_country(before)):
            return recent[0], of_noun(f"{CONTEXT_CUE} the {noun}: {recent[0]}, named {recent[1]}", noun)
        guessed = not counts  # not the one the article names with that noun: a guess
        if not counts:
            (counts, starts), how = self._country_mentions, "the country the article names most"
        if not counts:
            return None
        last = {c: max((s for s, e in starts[c] if e <= before), default=-1) for c in counts}
        filed = self._dateline_states()
        best = max(counts, key=lambda c: (counts[c], c in filed, last[c]))
        cue = f"{CONTEXT_CUE} the {noun}: {best}, {how}"
        return best, of_noun(cue, noun) if guessed else cue

    def _dateline_states(self) -> set[str]:
        """The states the datelines' places name or are the capitals of ("GUATEMALA.—",
        "MANAGUA, 3 mar —"): where a story was filed, which of the countries it names
        equally often its "the government" or "la República" most likely is."""
        return {side for n in self.filed
                if (side := self.lex.side_of(self.ents[n].canonical, self.ents[n].text)) in self.lex.states}

    def _untagged_with_noun(self, before: int, noun: str) -> set[str]:
        """The countries written, untagged, in "the <noun> of <country>" before token
        ``before`` ("The Government of Sierra Leone and the RUF ...": the model often
        takes the whole for no entity, or misses the country in it)."""
        doc, found = self.doc, set()
        for k in range(max(0, before - 2)):
            if doc[k].lower_ != noun or doc[k + 1].lower_ not in self.w.of:
                continue
            first = k + 2 + int(doc[k + 2].lower_ in self.w.articles)
            for end in range(first + 1, min(first + BODY_TOKENS, before) + 1):
                if any(i in self.at and self.ents[self.at[i]].label != "ORG" for i in range(first, end)):
                    break  # a tagged country is counted with its noun already
                if side := self.country_written(doc[first:end].text):
                    found.add(side)
                    break
        return found

    def _sentence_before(self, i: int) -> int:
        """The first token of the sentence before token ``i``'s (of its own, for the first)."""
        start = self.doc[i].sent.start
        return self.doc[start - 1].sent.start if start > 0 else start

    def _recent_country(self, before: int) -> tuple[str, str] | None:
        """The one country named in the sentence of token ``before`` (up to it) or the two
        before it ("NATO signed a protocol with North Macedonia. ... The country's
        foreign minister"), with where; None when they name none or several."""
        sent = self.doc[min(before, len(self.doc) - 1)].sent
        floor = self._sentence_before(self._sentence_before(sent.start))
        found = {side for side, spans in self._country_mentions[1].items()
                 if any(floor <= s and e <= before for s, e in spans)}
        if len(found) != 1:
            return None
        where = "in this sentence" if any(sent.start <= s for s, e in self._country_mentions[1][next(iter(found))]
                                         if e <= before) else "just before"
        return next(iter(found)), where

    @functools.cached_property
    def _named_with(self) -> dict[str, tuple[Counter[str], dict[str, list[tuple[int, int]]]]]:
        """Per word, the countries named with it right after or before them ("Ethiopian
        government", "Ethiopia's government", "Ethiopia's federal government", "government
        of Ethiopia", "gobierno colombiano"), and where, from the mentions of :attr:`_country_mentions`."""
        doc, of = self.doc, self.w.of | self.w.contracted
        found: dict[str, tuple[Counter[str], dict[str, list[tuple[int, int]]]]] = {}
        for side, spans in self._country_mentions[1].items():
            for start, end in spans:
                after = end + (end < len(doc) and doc[end].text in POSSESSIVE)
                k = start - 1
                k -= k >= 0 and doc[k].lower_ in self.w.articles
                k -= k >= 0 and doc[k].lower_ in of
                nouns = {doc[after].lower_} if after < len(doc) else set()
                j = after  # "Ethiopia's | federal | government", "the Ethiopian | federal | government"
                while j < min(after + 2, len(doc) - 1) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
                    j += 1
                nouns |= {doc[j].lower_} if j > after else set()
                nouns |= {doc[start - 1].lower_} if start > 0 else set()
                nouns |= {doc[k].lower_} if 0 <= k < start - 1 else set()
                for noun in nouns:
                    counts, where = found.setdefault(noun, (Counter(), {}))
                    counts[side] += 1
                    where.setdefault(side, []).append((start, end))
        return found

    def _with_noun_or_opening(self, noun: str) -> tuple[Counter[str], dict[str, list[tuple[int, int]]]]:
        """:meth:`_with_noun`, and the countries named by a mention the model tagged as one
        entity opening with ``noun``, a word of ``government_words`` ("Gobierno español",
        "el Gobierno de Chile"): what "the government" before a title refers back to."""
        named, starts = self._with_noun(noun)
        named, starts = Counter(named), {side: list(spans) for side, spans in starts.items()}
        for side, spans in self._country_mentions[1].items():
            for start, end in spans:
                words = [t.lower_ for t in self.doc[start:end]]
                words = words[1:] if words[:1] and words[0] in self.w.articles else words
                if len(words) > 1 and words[0] == noun and government_lead(words) == 1:
                    named[side] += 1
                    starts.setdefault(side, []).append((start, end))
        return named, starts

    def _with_noun(self, noun: str) -> tuple[Counter[str], dict[str, list[tuple[int, int]]]]:
        return self._named_with.get(noun, (Counter(), {}))


@lexicon_cache
def _bare_honorifics() -> frozenset[str]:
    """The ``honorifics`` of words.csv, lower case, final dots dropped ("h.e", "his excellency")."""
    return frozenset(h.rstrip(".") for h in words("honorifics"))


def _english_capital(name: str) -> str:
    """The English name of the capital ``name`` writes in another language, else ``""``: a
    role reads in English ("arzobispo de La Habana": Archbishop of Havana)."""
    return english_capitals(None).get(name_key(name), "")


def _holds_now(verb: Token) -> bool:
    """Whether the verb of a relative clause after a name gives an office held now: any
    verb but a copula ("who became"), a copula in the present or a participle ("who is",
    "who has been", "que es", "que ha sido"); not one in the past or to come ("who was",
    "que fue", "que era", "who will be"), read from its tense in any language."""
    if verb.lemma_.lower() != "be" and verb.pos_ != "AUX":
        return True
    return verb.tag_ in ("VBZ", "VBP", "VBN") or "Pres" in verb.morph.get("Tense", []) \
        or "Part" in verb.morph.get("VerbForm", [])


def _capital(token: Token) -> bool:
    """A word written with a capital: "Peace", "U.S.", "NATO"."""
    return token.is_title or token.is_upper


def _without_portfolio_article(out: list[str], english: str) -> list[str]:
    """The English read so far of a role, without the article that ends it when a portfolio
    follows, which English names bare ("la ministra del | Trabajo" is "Minister of Labor",
    not "of the Labor"): a capitalised term whose first or last word is a ``portfolio_nouns``
    word and that has no "of" of its own (not "the House of Representatives")."""
    if not portfolio_english(english):
        return out
    last = out[-1].split() if out else []
    if not last or last[-1] != "the":
        return out
    return [*out[:-1], " ".join(last[:-1])] if len(last) > 1 else out[:-1]


def portfolio_english(english: str) -> bool:
    """Whether the English of a glossary term names a portfolio: capitalised, a
    ``portfolio_nouns`` word first or last ("Labor", "Rural Development", "Energy and Mines"),
    no "of" of its own (not "the House of Representatives") and no body's noun last
    (``org_words``, ``government_words``: not "White House")."""
    said = english.lower().split()
    return bool(said) and english[:1].isupper() and not any(w in words_in_any("of_preps") for w in said) \
        and bool({said[0], said[-1]} & words("portfolio_nouns")) \
        and said[-1] not in words("org_words") | words("government_words")
