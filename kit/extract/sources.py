"""Sources: who each attributed statement rests on, named or unnamed.

A row is written for every phrase the text gives as the source of a claim:

- the subject of a reporting verb ("A senior U.S. administration official
  who spoke to reporters on Thursday said ..."; "Villagrán told reporters");
- the object of "according to" ("according to sources who spoke to NBC
  News");
- a phrase that is a source by its own words, with or without a verb
  ("two people familiar with the negotiations", "sources close to the
  mediation").

Unnamed sources (``named`` False) are described by their ``head`` noun
("official", "person", "source", ...: in English whatever the article's
language, "funcionario" is an "official"), the ``side`` their modifiers state
("U.S.", "Mexican", "White House"; an organisation that is no state's body,
"a senior <ORG> official"; the body of a phrase after the noun opened by one of
``source_body_preps``, "an official at the Danish army command"), how many they are (``count``: 1 for "a",
"another", "a third"; 2 for "two"; empty for a bare plural), ``seniority``
("senior", "top", ...), ``affiliation`` ("administration") and
``determiner`` ("Another", "A third"). Named sources carry the entity's
canonical name. :func:`kit.actors.unnamed_share` turns the table into the
share of attributions that rest on unnamed sources.

Examples
--------
>>> from kit.nlp.pipeline import get_nlp
>>> from kit.nlp.rows import doc_tables   # runs extract(doc, canon, sources=...) as kit does
>>> doc = get_nlp()("A senior U.S. administration official who spoke to reporters on Thursday "
...                 "said the talks went well.")
>>> [(r["description"], r["side"]) for r in doc_tables(doc, ["sources"])["sources"]]
[('A senior U.S. administration official who spoke to reporters on Thursday', 'United States')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy

from kit.extract.lemmas import known_infinitive
from kit.extract.phrases import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from kit.extract.quotation import quotation_spans
from kit.extract.roles import HEAD_OF_GOVERNMENT, Entity, lexicon
from kit.lexicon.canonical import NameEndings
from kit.lexicon.files import lexicon_cache
from kit.lexicon.regex import alternation
from kit.lexicon.wordlists import glossary, numbers, plurals, words, words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# spaCy components read beyond kit.nlp.pipeline.CORE_COMPONENTS:
# lemmas, POS and tags of source nouns and reporting verbs, and the parse.
COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INPUTS = ("sources",)
OFFSET_COLUMNS: tuple[str, ...] = ()
COLUMNS = [
    "description", "named", "canonical", "head", "side", "count", "seniority",
    "affiliation", "determiner", "verb",
]
# Word lists (kit/lexicon/data/words.csv): reporting_verbs, source_nouns,
# source_itself (a "source" is a source even without a verb), pronouns,
# source_postmodifiers, seniority_words, source_determiners, indefinite_articles,
# attribution_phrases; number words (kit/lexicon/data/number_words.csv): source_counts;
# plurals (kit/lexicon/data/plurals.csv).


@lexicon_cache
def _phrases(name: str, lang: str) -> re.Pattern[str]:
    """The words of list ``name`` in ``lang`` as whole words, in any case (group 1)."""
    return re.compile(rf"\b({alternation(words_or(name, lang), space=' ', ignore_case=True)})\b",
                      re.IGNORECASE)


@dataclass
class Source:
    """One sourcing phrase; ``head`` is the token index of its head noun."""

    head: int
    start: int  # token span of the phrase
    end: int
    row: dict[str, Any]
    # the characters of the mention of the person the phrase stands for, when it is not the
    # phrase itself ("the King" for the King named before): where a quotation's speaker is
    refers: tuple[int, int] | None = None


def extract(doc: Doc, canon: dict[tuple[int, int], str], *,
            sources: list[Source]) -> list[dict[str, Any]]:
    """One row per sourcing phrase (see the module docstring)."""
    return [s.row for s in sources]


def read_sources(doc: Doc, entities: list[Entity]) -> list[Source]:
    """Sourcing phrases of ``doc``, named and unnamed, given its ``entities``
    (:func:`kit.extract.roles.read_entities`)."""
    at = {i: e for e in entities for i in range(e.start, e.end)}
    people = NameEndings(key=str.casefold)  # who a bare surname may be, in one look-up
    for e in entities:
        if e.kind == "person":
            people.add(e.canonical, e.start)
    found: dict[int, Source] = {}
    for i in _candidates(doc):
        token = doc[i]
        source = _name_before_its_title(token, at) or _unnamed(token, at, entities) or _titled(token, at, entities) \
            or _named(token, at, entities, people)
        if source is not None and source.head not in found:
            found[source.head] = source
    return parties_named_before(doc, same_sources(doc, sorted(found.values(), key=lambda s: s.start)),
                                entities)


_ANAPHOR_FIELDS = ("side", "seniority", "affiliation")


def same_sources(doc: Doc, found: list[Source]) -> list[Source]:
    """``found`` (in order) with each definite anaphor of an unnamed source read as that
    source: a phrase of a definite article (``articles``) and a singular source noun alone
    ("the official said", "dijo el funcionario", "la fuente") after a singular unnamed
    source of the same noun ("a senior Danish official who asked not to be named") takes
    its side, seniority and affiliation, so it is counted as the one source it is, not as
    a second, unknown one. Nearest antecedent first; none when the text has none."""
    articles = words_or("articles", doc.lang_, frozenset())
    for n, source in enumerate(found):
        row = source.row
        if row["named"] or row["count"] != 1 or source.end - source.start != 2 \
                or source.head != source.start + 1 or doc[source.start].lower_ not in articles:
            continue
        antecedent = next((a for a in reversed(found[:n]) if not a.row["named"] and a.row["count"] == 1
                           and a.row["head"] == row["head"]), None)
        if antecedent is not None:
            row.update({k: antecedent.row[k] for k in _ANAPHOR_FIELDS})
    return found


def parties_named_before(doc: Doc, found: list[Source], entities: list[Entity]) -> list[Source]:
    """``found`` with each definite plural of a state's noun (``state_anaphors``) that counts
    no more states than the text named before it read as those states, not as unnamed
    sources: "the three governments said", "both governments", "los dos gobiernos" (the
    phrase opened by one of ``articles`` or ``shared_words``, only a number between it and
    the noun, no side of its own), after a sentence naming three states (their GPE
    entities, a state's own name or a place of it: ``lexicon().side_of``; at least two for a
    bare "the governments") is a named source whose single name is unknown (``canonical``
    empty, as for a title whose holder is not named: :func:`_titled`), its ``side`` those
    states when the text named exactly as many. "Several governments", "Western
    governments", "the other governments" stay unnamed."""
    lang = doc.lang_
    anaphors = words_or("state_anaphors", lang, frozenset())
    openers = words_or("articles", lang, frozenset()) | words_or("shared_words", lang, frozenset())
    counts = numbers("source_counts", lang) or numbers("source_counts")
    lex = lexicon()
    for source in found:
        row, head = source.row, doc[source.head]
        between = doc[source.start + 1:source.head]
        if row["named"] or row["side"] or not _plural(head) or head.lemma_.lower() not in anaphors \
                or doc[source.start].lower_ not in openers \
                or not all(t.like_num or t.lower_ in counts for t in between):
            continue
        states = list(dict.fromkeys(side for e in entities if e.end <= source.start and e.label == "GPE"
                                    and (side := e.side or lex.side_of(e.canonical, e.text) or e.canonical)))
        if len(states) < (row["count"] or 2):
            continue
        row.update(named=True, canonical="", side="; ".join(states) if len(states) == row["count"] else "")
    return found


def _titled(token: Token, at: dict[int, Entity], entities: list[Entity]) -> Source | None:
    """A speaker named by a title alone, with its definite article and perhaps a demonym or
    its state after "of" ("the King said", "the Israeli prime minister told reporters",
    "dijo el canciller israelí", "el mandatario afirmó"): a named source, the person of the
    article who holds that title (:func:`title_holder`), else a named source whose name
    is unknown (``canonical`` empty): a person the text names by office, not an unnamed
    source."""
    if token.dep_ not in SUBJECT_DEPS or token.dep_ in PASSIVE_SUBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN") \
            or _plural(token):
        return None  # "the President is said to have resented": no one speaks
    ent = at.get(token.i)
    if ent is not None and ent.kind == "person":
        return None
    verb = sourcing_verb(token)
    if verb is None:
        return None
    read = _title_phrase(token, at)
    if read is None:
        return None
    role, side, start, end = read
    holder = title_holder(token, role, side, entities)
    doc = token.doc
    row = {
        "start_char": doc[start].idx, "end_char": doc[end - 1].idx + len(doc[end - 1]),
        "description": doc[start:end].text, "named": True,
        "canonical": holder.canonical if holder else "", "head": "person",
        "side": holder.side if holder else side, "count": 1, "seniority": "",
        "affiliation": holder.affiliation if holder else "", "determiner": doc[start].text, "verb": verb,
    }
    return Source(token.i, start, end, row, (holder.start_char, holder.end_char) if holder else None)


def _name_before_its_title(token: Token, at: dict[int, Entity]) -> Source | None:
    """The person named right before a speaker's title set off by commas, when the parse
    took the title for the subject and the name for something else (a conjunct of a place
    fronted before it: "En Puerto Nuevo, Jana Roe, la canciller, dijo ...", where the name
    hangs on the place): the name is the speaker, the title its apposition, not an
    unnamed source of its own."""
    if token.dep_ not in SUBJECT_DEPS or token.dep_ in PASSIVE_SUBJECT_DEPS or token.i in at:
        return None
    doc = token.doc
    inner = [t.i for t in token.subtree if not t.is_punct]  # the commas may hang on the title
    if not inner:
        return None  # a mark the parse made a subject
    before, after = min(inner) - 1, max(inner) + 1
    if before < 1 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    ent = at.get(before - 1)
    if ent is None or ent.kind != "person" or ent.end != before \
            or doc[ent.start:ent.end].root.dep_ in SUBJECT_DEPS:
        return None  # a name that is itself a subject is read as one
    verb = sourcing_verb(token)
    if verb is None:
        return None
    return Source(token.i, ent.start, ent.end, _entity_row(ent, doc[ent.start:ent.end].text, verb))


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number", [])


def _title_phrase(token: Token, at: dict[int, Entity]) -> tuple[str, str, int, int] | None:
    """``(role, side, start, end)`` of a title-only phrase headed by ``token``: one definite
    article (``articles``), the words of a title of the lexicon (shown in English, its
    ``role``), demonyms or a state after "of"/"de" (the ``side``, one state); None when
    anything else names the holder or the title's body (a name in apposition, "of the
    Commission") or the words are no title."""
    lex = lexicon().in_language(token.doc.lang_)
    lang = token.doc.lang_
    articles = words_or("articles", lang, frozenset())
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in articles or dets[0].i > token.i:
        return None
    title, sides, last = [token], [], token.i
    for child in token.children:
        if child is dets[0] or child.dep_ in ("punct", "relcl", "acl", "acl:relcl", "advcl"):
            continue
        if child.dep_ in ("appos", "flat", "flat:name") or child.i in at and at[child.i].kind == "person":
            return None  # the holder is named: "el canciller israelí, X", "el rey X"
        if child.dep_ in ("amod", "compound") and child.i < token.i and not lex.side_of(child.text):
            title.append(child)
            continue
        if child.dep_ in ("amod", "compound", "nmod", "prep"):
            named = _state_named(child, lex)
            government = _government_of(token, child, lex) if named and len(title) == 1 else None
            if government is not None:
                title.append(government)  # "el jefe del Gobierno israelí": "jefe de gobierno"
            if named:
                sides.append(named)
                last = max(last, child.right_edge.i) if child.i > token.i else last
                continue
            if child.dep_ in ("nmod", "prep") and _of_word(child):
                return None  # "the President of the Commission": a body's office
            if child.dep_ in ("amod", "compound"):
                return None
    words = " ".join(t.lower_ for t in sorted(title, key=lambda t: t.i))
    if len(title) == 2 and title[1].i > token.i:  # "jefe | del Gobierno": the title "jefe de gobierno"
        words = f"{token.lower_} {_of_prep(lang)} {title[1].lower_}"
    if words in words_or("membership_heads", lang, frozenset()):
        return None  # "the member": one of many, no office of one person
    role = lex.titles.get(words) or dict(lex.regnal).get(words)
    if not role or len(set(sides)) > 1:
        return None
    return role, sides[0] if sides else "", dets[0].i, last + 1


def _of_prep(lang: str) -> str:
    """The word of ``of_preps`` of ``lang`` the title lexicon writes a title's "of" with: the
    one that is no ``contracted_articles`` word ("jefe de gobierno": "de", not "del", which
    runs "de" and "el" together; "of"), the first in alphabetical order when several are."""
    plain = words_or("of_preps", lang, frozenset()) - words_or("contracted_articles", lang, frozenset())
    return min(plain or {"of"})


def _government_of(token: Token, child: Token, lex: Any) -> Token | None:
    """The government word of an "of" phrase after the title ``token`` that makes with it a
    title of the lexicon: "el jefe *del Gobierno* israelí" is "jefe de Gobierno", head of
    government, of the state its demonym names; else None."""
    noun = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else child
    if noun is None or child.i < token.i or not _of_word(child) \
            or noun.lemma_.lower() not in words_or("government_words", token.doc.lang_, frozenset()):
        return None
    title = f"{token.lower_} {_of_prep(token.doc.lang_)} {noun.lower_}"
    return noun if lex.titles.get(title) == HEAD_OF_GOVERNMENT else None


def _of_word(child: Token) -> bool:
    """A phrase opened by "of"/"de" (``of_preps``)."""
    preps = words_or("of_preps", child.doc.lang_, frozenset()) | {"of", "de"}
    return child.lower_ in preps or any(c.dep_ == "case" and c.lower_ in preps for c in child.children)


def _state_named(child: Token, lex: Any) -> str:
    """The state a demonym or a state's name after "of" names ("Israeli", "israelí", "of
    Israel", "de Israel"), else ""."""
    if child.dep_ in ("amod", "compound"):
        return lex.side_of(child.text) if child.pos_ in ("ADJ", "PROPN", "NOUN") else ""
    nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
    if child.dep_ == "nmod" and not _of_word(child) or child.dep_ == "prep" and not _of_word(child):
        return ""
    for noun in nouns:
        words = [t.text for t in noun.subtree if t.dep_ not in ("case", "det", "punct") and t.lower_ not in ("of", "de")]
        side = lex.side_of(" ".join(words))
        if side:
            return side
    return ""


def title_holder(token: Token, role: str, side: str, entities: list[Entity]) -> Entity | None:
    """The person of ``entities`` a title-only phrase at ``token`` stands for: the one person
    of the Doc whose role is ``role`` (of ``side`` when it is given), at the mention nearest
    before ``token`` (else the first after it); None when no one or several people hold it
    ("Georgian officials said the President insisted", after "Russian President X" and the
    Georgian President were named: the nearest holder is no sure reading)."""
    holders = [e for e in entities if e.kind == "person" and _holds(e.role, role)
               and (not side or e.side == side)]
    if role == HEAD_OF_GOVERNMENT and side and not holders:  # the office by its title in that state
        offices = [lexicon().titles.get(t, t) for t in words("government_head_titles")
                   if side not in lexicon().states_without(t)]
        holders = [e for e in entities if e.kind == "person" and e.side == side
                   and any(_holds(e.role, office) for office in offices)]
    if len({e.canonical for e in holders}) != 1:
        return None
    mentions = [e for e in entities if e.kind == "person" and e.canonical == holders[0].canonical]
    before = [e for e in mentions if e.start < token.i]
    return before[-1] if before else mentions[0]


def _holds(held: str, role: str) -> bool:
    """Whether the role ``held`` (English) is the office ``role``, or ends with it after a
    word that is no modifier of the lexicon ("Israeli Prime Minister", not "Deputy Prime
    Minister"), and is no past office ("former President")."""
    held, role = held.casefold(), role.casefold()
    head = held.split(" of ", 1)[0].strip()
    words_ = head.split()
    if not words_ or words_[0] in words_or("past_modifiers", "en", frozenset()):
        return False
    if head == role:
        return True
    if not head.endswith(" " + role):
        return False
    before = head[: -len(role) - 1].split()[-1]
    return before not in lexicon().modifiers and before not in words_or("deputy_modifiers", "en", frozenset())


def _candidates(doc: Doc) -> list[int]:
    """Indices, in order, of the tokens that pass the first test of :func:`_unnamed`
    (a noun of ``source_nouns``) or of :func:`_named` (:func:`sourcing_verb` finds a
    verb), read from the Doc's arrays: most tokens are ruled out without building them."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    pos, dep, lemma, lower = doc.to_array(["POS", "DEP", "LEMMA", "LOWER"]).T
    head = doc.to_array("HEAD").astype("int64") + numpy.arange(len(doc))

    lemmas = [(n, strings[n].lower()) for n in numpy.unique(lemma).tolist()]

    def lemma_in(wanted: frozenset[str]) -> numpy.ndarray:
        ids = [n for n, text in lemmas if text in wanted]
        return numpy.isin(lemma, numpy.array(ids, dtype=lemma.dtype))

    top = numpy.arange(len(doc))  # as sourcing_verb climbs: up the conj arcs
    while True:
        up = (dep[top] == strings["conj"]) & (head[top] != top)
        if not up.any():
            break
        top[up] = head[top[up]]
    subject = numpy.isin(dep[top], numpy.array([strings[d] for d in SUBJECT_DEPS], dtype=dep.dtype))
    lang = doc.lang_
    reporting = lemma_in(speech_verbs(lang))
    misread = numpy.zeros(len(doc), dtype=bool)  # a past the parse took for an adjective
    pasts = tuple(words_or("unaccented_pasts", lang, frozenset()))
    if pasts:  # "afirmo el portavoz": a past printed without its accent (:func:`speech_lemma`)
        forms = [n for n in numpy.unique(lower).tolist() if strings[n].endswith(pasts)]
        for i in numpy.flatnonzero(numpy.isin(lower, numpy.array(forms, dtype=lower.dtype))).tolist():
            speaks = speech_lemma(doc[i]) in speech_verbs(lang)
            reporting[i] = reporting[i] or speaks
            misread[i] = speaks and bool(_told_after_a_misread_past(doc[i]))
    for i in numpy.flatnonzero(reporting).tolist():
        reporting[i] = reports_speech(doc[i])  # "answered the call", "declared it illegal": no statement
    conjoined = numpy.zeros(len(doc), dtype=bool)  # a verb a reporting verb is coordinated with
    for i in numpy.flatnonzero(reporting & (dep == strings["conj"])).tolist():
        conjoined[head[i]] = _speech_conjunct(doc[head[i]]) is not None
    reports = (reporting | conjoined)[head[top]]
    according = numpy.zeros(len(doc), dtype=bool)
    for opener, prep in _attributions(lang):
        according |= ((dep[top] == strings["pobj"]) & (lower[head[top]] == strings[prep])
                      & (lower[head[head[top]]] == strings[opener]))
    marked = [strings[w] for w in _attribution_words(lang)]  # "según X": the case word on X
    if marked:
        case = (dep == strings["case"]) & numpy.isin(lower, numpy.array(marked, dtype=lower.dtype))
        according[head[case]] = True
    postposed = numpy.isin(dep[top], numpy.array([strings[d] for d in _MISREAD_SUBJECT_DEPS], dtype=dep.dtype)) \
        & misread[head[top]] & (head[top] < top)  # "..., explico un diplomatico": the speaker read as an object
    speaking = subject & reports | postposed  # "la canciller | X | dijo": X in apposition to the subject
    naming = numpy.isin(dep[top], numpy.array([strings[d] for d in NAME_DEPS], dtype=dep.dtype))
    appositive = naming & speaking[head[top]] & (head[top] < top)
    noun = (pos == strings["NOUN"]) & lemma_in(words_or("source_nouns", lang))
    return numpy.flatnonzero(noun | speaking | according | appositive).tolist()


@lexicon_cache
def _attributions(lang: str) -> tuple[tuple[str, str], ...]:
    """The ``attribution_phrases`` of ``lang`` ("according to"), each as its first word and
    its preposition, the word the source is the object of."""
    pairs = []
    for phrase in sorted(words_or("attribution_phrases", lang)):
        if " " in phrase:
            opener, prep = phrase.rsplit(" ", 1)
            pairs.append((opener, prep))
    return tuple(pairs)


@lexicon_cache
def _attribution_words(lang: str) -> frozenset[str]:
    """The ``attribution_phrases`` of ``lang`` that are one word, a preposition marking
    its object as the source ("*según* fuentes oficiales", "según X")."""
    return frozenset(p for p in words_or("attribution_phrases", lang) if " " not in p)


NAME_DEPS = frozenset({"appos", "flat", "flat:name"})
"""Dependencies of a name on the title before it that is a verb's subject: an apposition
("the minister, Osk Varen, said"; "la canciller | Rosa Quintela | dijo") or the run of a
name the Spanish parse hangs on its title as ``flat`` ("dijo el rey | Osk")."""
SPEECH_DEPS = frozenset({"ccomp", "parataxis"})
"""Dependencies of what was said on the verb that reports it ("answered *that* ...",
"“*We are ready*,” he countered"; Universal Dependencies too: "respondió *que* ...")."""
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
_SAYING_DEPS = frozenset({"advcl", "xcomp", "pcomp"})  # "responded, *saying* ...", "by *saying*"


@lexicon_cache
def speech_verbs(lang: str) -> frozenset[str]:
    """The lemmas that may report speech in ``lang``: its ``reporting_verbs`` and its
    ``quoting_verbs`` ("call", "urge", "pedir", "instar": reporting only when a quotation
    is their complement, :func:`reports_speech`)."""
    return words_or("reporting_verbs", lang) | words_or("quoting_verbs", lang, frozenset()) \
        | words_or("naming_verbs", lang, frozenset())


def speech_lemma(verb: Token) -> str:
    """The verb's lemma in lower case, or, for a reporting verb's past printed without its
    accent (an ending of ``unaccented_pasts``: "afirmo", "señalo", "explico", "anuncio"
    for "afirmó" ...), which the model leaves as its own lemma, the verb's infinitive
    ("afirmar"), when the form is a past in its context: it has a subject that is no
    first person ("afirmo el portavoz"; not "yo afirmo"), no determiner, preposition or
    copula ("el anuncio"), and it stands outside a quotation ("«Afirmo que no hay
    acuerdo», dijo": a first-person present inside the speaker's words).

    >>> import spacy
    >>> doc = spacy.blank("es")("afirmo el portavoz")
    >>> doc[0].lemma_, doc[0].pos_, doc[2].dep_, doc[2].head = "afirmo", "VERB", "nsubj", doc[0]
    >>> speech_lemma(doc[0])
    'afirmar'
    """
    lemma = verb.lemma_.lower()
    lang = verb.doc.lang_
    pasts = tuple(words_or("unaccented_pasts", lang, frozenset()))
    if not pasts or not verb.lower_.endswith(pasts) or lemma in speech_verbs(lang):
        return lemma
    kids = list(verb.children)
    subjects = [c for c in kids if c.dep_ in SUBJECT_DEPS] or _told_after_a_misread_past(verb, kids)
    if not subjects or any(c.dep_ in ("det", "case", "cop") for c in kids) \
            or any("1" in c.morph.get("Person", []) for c in subjects):
        return lemma
    found = known_infinitive(verb)
    if found is None or found not in speech_verbs(lang):
        return lemma
    sent = verb.sent
    at = verb.idx - sent.start_char
    if any(start <= at < end for start, end in quotation_spans(sent.text)):
        return lemma
    return found


def _inverted_subject_read_as_a_modifier(token: Token) -> Token | None:
    """The reporting verb right before ``token`` when the parse hung ``token``, the verb's
    subject after it, on the adjective or adverb that modifies it ("said one diplomat
    *close* to the talks": the parse makes "close" the verb's complement and the diplomat
    its modifier): the verb has no subject of its own and ``token``'s phrase starts right
    after it. None otherwise."""
    head = token.head
    if token.dep_ not in ("npadvmod", "nmod") or head.pos_ not in ("ADJ", "ADV") or head.i < token.i \
            or head.dep_ not in ("acomp", "advmod", "oprd"):
        return None
    verb = head.head
    if verb.i >= token.i or token.left_edge.i != verb.i + 1 \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or speech_lemma(verb) not in speech_verbs(verb.doc.lang_) or not reports_speech(verb):
        return None
    return verb


_MISREAD_SUBJECT_DEPS = ("obj", "dobj")


def _told_after_a_misread_past(verb: Token, kids: list[Token] | None = None) -> list[Token]:
    """The noun after a word the parse took for an adjective, not a verb, and hung its
    subject on as an object (", explico un diplomatico.": the speaker after a past printed
    without its accent, set off by a comma after what was said); empty otherwise."""
    if verb.pos_ in ("VERB", "AUX") or verb.i == 0 or verb.doc[verb.i - 1].text not in (",", "—", "–"):
        return []
    return [c for c in (kids if kids is not None else verb.children)
            if c.dep_ in _MISREAD_SUBJECT_DEPS and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]


_PREDICATE_DEPS = frozenset({"oprd", "obj", "dobj", "xcomp", "acomp", "ccomp"})
_CLAUSE_MARKS = frozenset({"cop", "aux", "auxpass", "mark", "nsubjpass"})


def _predicates_an_object(verb: Token) -> bool:
    """The verb states what its object is, an adjective without a copula its complement
    ("declared the network illegal", "declaró ilegal la red"): a declaration of status,
    not of speech. A reflexive object is the speaker stating his own state ("se declaró
    satisfecho", "se dijo optimista", "declared himself satisfied"): speech."""
    if any(_reflexive(c) for c in verb.children) or any(
            _reflexive(g) for c in verb.children if c.pos_ == "ADJ" for g in c.children):
        return False
    for child in verb.children:
        if child.pos_ == "ADJ" and child.dep_ in _PREDICATE_DEPS \
                and not any(c.dep_ in _CLAUSE_MARKS for c in child.children) \
                and not any(t.text in _QUOTE_MARKS for t in child.subtree):
            return True
    return False


def _protest_told_reflexively(verb: Token) -> bool:
    """A verb of both speech and protest (``protest_verbs``: "manifestar") with a reflexive
    pronoun and nothing said after it, no clause, colon or quotation: "Colonos se
    manifestaron en la capital contra la retirada" marched; "se manifestó: «...»", "se
    manifestó dispuesto a firmar" and one person's "X se manifestó a favor del acuerdo"
    (:func:`_one_person_s_act`: a view stated, not a march) speak."""
    if verb.lemma_.lower() not in words_or("protest_verbs", verb.doc.lang_, frozenset()) \
            or not any(_reflexive(c) for c in verb.children) or _after_quotation(verb) or _one_person_s_act(verb):
        return False
    after = verb.doc[verb.i + 1:verb.sent.end]
    return not any(t.text == ":" or t.text in _QUOTE_MARKS for t in after) \
        and not any(c.dep_ in SPEECH_DEPS or c.pos_ == "ADJ" for c in verb.children)


def _one_person_s_act(verb: Token) -> bool:
    """Whether ``verb``, in the singular, has for its subject one person: a name, or a title
    a name is set beside ("Mara Ventel se manifestó", "El canciller X se manifestó")."""
    if "Plur" in verb.morph.get("Number", []):
        return False
    return any(c.dep_.startswith("nsubj") and (c.ent_type_ == "PERSON" or any(
        a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)) for c in verb.children)


def _reflexive(token: Token) -> bool:
    return token.pos_ == "PRON" and "Yes" in token.morph.get("Reflex", [])


def _quotes_its_complement(verb: Token) -> bool:
    """A quotation that holds one of the verb's complements itself (not its subject nor a
    clause coordinated with it; a preposition's object for the preposition): 'called the
    deal "a victory"', 'urged them to "unite"', 'called for "an immediate ceasefire"'. A
    word quoted inside the complement is no quotation of what was said: 'called a "snap"
    election', 'urged a "national" dialogue'."""
    sent = verb.sent
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]
    if not marks:
        return False

    def quoted(token: Token) -> bool:  # inside a pair of marks: an odd number of them before it
        return sum(m < token.i for m in marks) % 2 == 1

    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("conj", "cc"):
            continue
        heads = [child, *(g for g in child.children if g.dep_ in ("pobj", "pcomp"))]
        if any(quoted(h) for h in heads):
            return True
    return False


def _quotes_what_its_object_is(verb: Token) -> bool:
    """A quotation that is what a verb of ``naming_verbs`` says its object is: its predicate
    ('termed the accord "a breakthrough"', 'branded the rebels "terrorists"'), or a
    complement set by a word of ``predicate_marks``, on the verb or on the object
    ("describió la cumbre *como* «un paso»", "calificó *de* «histórico» el acuerdo",
    "calificó el acuerdo *de* «avance real»", "definió el pacto *como* «histórico»",
    'described it *as* "a step"'). The object quoted alone is a word the verb is about, not
    what was said ("calificó la «oferta» de Tarn")."""
    marks = words_or("predicate_marks", verb.doc.lang_, frozenset())
    quotes = [t.i for t in verb.sent if t.text in _QUOTE_MARKS]

    def quoted(token: Token) -> bool:  # inside a pair of marks: an odd number of them before it
        return sum(m < token.i for m in quotes) % 2 == 1

    def marked(token: Token) -> bool:
        return any(c.dep_ in ("case", "mark") and c.lower_ in marks for c in token.children)

    def by_mark(token: Token) -> list[Token]:  # "as" heading its object, or the word it marks
        if token.dep_ == "prep" and token.lower_ in marks:
            return [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
        return [token] if marked(token) else []

    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    said: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "acomp") or child.dep_ in ("obj", "dobj") and child.i != objects[0].i:
            said.append(child)
        said.extend(by_mark(child))
    for obj in objects[:1]:
        said.extend(t for c in obj.children if c.i > obj.i for t in by_mark(c))
    return any(t.i > verb.i and quoted(t) for t in said)


def reports_speech(verb: Token) -> bool:
    """Whether a reporting verb reports speech in its clause: any of ``reporting_verbs``
    does, but one of ``reply_verbs`` ("answer", "respond", "counter", "contestar") only
    when it introduces what was said: a clause or quotation hung on it (``SPEECH_DEPS``:
    "Ostrava responded that the talks were over", "“Never,” she countered"), a colon
    after it ("contestó: «...»"), a reporting verb saying it ("responded, saying ...",
    "responded by saying ..."), or a quotation it follows or is set in ('"Never,"
    countered X', "«No», respondió X"). "The army responded with shelling", "answered
    the call", "to counter the offensive" and "did not reply to questions" report
    nothing: no one is a source there. A verb of ``quoting_verbs`` ("call", "urge",
    "pedir") reports speech only with a quotation in its complements ('called the deal
    "a victory"'), and no verb does when it states what its object is, an adjective its
    complement ("declared the network illegal", "declaró ilegal la red")."""
    lang, lemma = verb.doc.lang_, speech_lemma(verb)
    if lemma in words_or("quoting_verbs", lang, frozenset()):
        return _quotes_its_complement(verb)
    if lemma in words_or("naming_verbs", lang, frozenset()):
        return _quotes_what_its_object_is(verb)
    if _predicates_an_object(verb) or _protest_told_reflexively(verb):
        return False
    replies = words_or("reply_verbs", lang, frozenset())
    if lemma not in replies:
        return True
    if verb.dep_ == "parataxis" or _after_quotation(verb):
        return True
    saying = words_or("reporting_verbs", lang) - replies
    for child in verb.children:
        if child.dep_ in SPEECH_DEPS or child.text == ":" and child.i > verb.i or child.text in _QUOTE_MARKS:
            return True
        said = [child, *(c for c in child.children if c.dep_ == "pcomp")] if child.dep_ == "prep" else [child]
        if any(t.dep_ in _SAYING_DEPS and t.lemma_.lower() in saying for t in said):
            return True
    return False


def _after_quotation(verb: Token) -> bool:
    """The verb follows a closing quotation mark, a comma or dash between: '"...," countered X'."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].text in (",", "—", "–", "-"):
        k -= 1
    return k >= 0 and verb.doc[k].text in _QUOTE_MARKS


def sourcing_verb(token: Token) -> str | None:
    """The reporting verb ``token`` is the subject of (or the name in apposition to that
    subject: "la canciller X dijo"), "according to" or "según", or None."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in NAME_DEPS and token.head.dep_ in SUBJECT_DEPS and token.head.i < token.i:
        token = token.head  # "La canciller | Rosa Quintela | dijo", "dijo el rey | Osk": the title is the subject
    marker = next((c.lower_ for c in token.children if c.dep_ == "case"
                   and c.lower_ in _attribution_words(token.doc.lang_)), None)
    if marker is not None:
        return marker  # "Según X, ...": UD hangs the preposition on its object
    head = token.head
    if token.dep_ in SUBJECT_DEPS and speech_lemma(head) in speech_verbs(token.doc.lang_) \
            and reports_speech(head):
        return speech_lemma(head)
    inverted = _inverted_subject_read_as_a_modifier(token)
    if inverted is not None:
        return speech_lemma(inverted)
    if token in _told_after_a_misread_past(head) and (lemma := speech_lemma(head)) != head.lemma_.lower():
        return lemma  # "..., explico un diplomatico": the parse read the past as an adjective
    if token.dep_ in SUBJECT_DEPS and (conj := _speech_conjunct(head)) is not None \
            and next(c for c in head.children if c.dep_ in SUBJECT_DEPS).i == token.i:
        return speech_lemma(conj)  # "X opened the meeting and urged ...", "X, whose party ..., said"
    if token.dep_ == "pobj":
        for opener, prep in _attributions(token.doc.lang_):
            if head.lower_ == prep and head.head.lower_ == opener:
                return f"{opener} {prep}"
    return None


def _speech_conjunct(verb: Token) -> Token | None:
    """A verb coordinated with ``verb``, with no subject of its own, that reports speech:
    it shares ``verb``'s subject ("X opened the meeting and *urged* the delegates to ...";
    "X, whose party is ..., *said*", where the parse makes the relative clause's verb the
    head and the reporting verb its conjunct)."""
    lang = verb.doc.lang_
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
                 and speech_lemma(c) in speech_verbs(lang) and reports_speech(c)
                 and not any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)


def _unnamed(token: Token, at: dict[int, Entity], entities: list[Entity]) -> Source | None:
    nominal = token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in SUBJECT_DEPS  # "diplomáticas dijeron"
    if not nominal or token.lemma_.lower() not in words_or("source_nouns", token.doc.lang_) or token.i in at:
        return None
    if token.dep_ == "compound" or _names_someone(token, at):
        return None
    start, end = _phrase(token)
    text = token.doc[start:end].text
    verb = sourcing_verb(token)
    after = token.doc[token.i + 1:end].text
    is_source = token.lemma_.lower() in words_or("source_itself", token.doc.lang_) \
        or _phrases("source_postmodifiers", token.doc.lang_).search(after)
    if verb is None and not is_source:
        return None
    before = [t for t in token.doc[start:token.i]]
    row = {
        "start_char": token.doc[start].idx, "end_char": token.doc[end - 1].idx + len(token.doc[end - 1]),
        "description": text, "named": False, "canonical": "",
        "head": _head_in_english(token.lemma_.lower(), token.doc.lang_),
        "side": _sides([*before, *_postposed(token)], at) or _possessor_side(token, before, entities)
        or _sides(_body_words(token), at),
        "count": _count(token, before),
        "seniority": _seniority(token.doc[start:token.i].text, token.doc.lang_),
        "affiliation": _affiliation(token, at), "determiner": _determiner(before, token.doc.lang_),
        "verb": verb or "",
    }
    return Source(token.i, start, end, row)


def _possessor_side(token: Token, before: list[Token], entities: list[Entity]) -> str:
    """The side of the person a possessive opening a government's phrase stands for
    (``person_possessives``, ``subject_possessives``; ``government_words``: "His government
    said", "su gobierno"): the side of the person named just before, the state a head
    of state or government speaks for (:func:`resolve_pronoun`: none when two people
    are), else ""."""
    lang = token.doc.lang_
    possessives = words_or("person_possessives", lang, frozenset()) | words_or("subject_possessives", lang, frozenset())
    if len(before) != 1 or before[0].lower_ not in possessives \
            or token.lemma_.lower() not in words_or("government_words", lang, frozenset()):
        return ""
    person = resolve_pronoun(before[0], entities)
    return person.side if person is not None else ""


def _head_in_english(lemma: str, lang: str) -> str:
    """The head noun of an unnamed source in the registry's language: its English in
    ``glossary.csv`` ("funcionario": official), so one registry counts the unnamed
    officials of every language's coverage together; "people" is a "person"."""
    lemma = glossary(lang).get(lemma, lemma)
    return "person" if lemma == "people" else lemma


def _named(token: Token, at: dict[int, Entity], entities: list[Entity],
           people: NameEndings) -> Source | None:
    verb = sourcing_verb(token)
    if verb is None:
        return None
    if _describes_a_person(token, at):
        return None  # "X, the secretary of *the Council*, said": X speaks, named in its place
    ent = at.get(token.i)
    if ent is None and token.pos_ == "PROPN":
        return _unrecognised_name(token, people, verb)
    if ent is None or not ent.is_actor or token.i != token.doc[ent.start:ent.end].root.i:
        ent = resolve_pronoun(token, entities) if token.lower_ in words("pronouns") else None
        if ent is None:
            return None
    row = _entity_row(ent, token.doc[ent.start:ent.end].text if token.i in range(ent.start, ent.end) else token.text,
                      verb)
    if token.i not in range(ent.start, ent.end):  # a pronoun: evidence is the pronoun
        row.update(start_char=token.idx, end_char=token.idx + len(token))
    return Source(token.i, token.i, token.i + 1, row)


def _entity_row(ent: Entity, description: str, verb: str) -> dict[str, Any]:
    """The sources row of a named speaker, the entity ``ent``, described as ``description``."""
    return {
        "start_char": ent.start_char, "end_char": ent.end_char, "description": description,
        "named": True, "canonical": ent.canonical, "head": ent.kind, "side": ent.side,
        "count": 1, "seniority": "", "affiliation": ent.affiliation, "determiner": "", "verb": verb,
    }


def _unrecognised_name(token: Token, people: NameEndings, verb: str) -> Source | None:
    """A proper-noun speaker NER missed ('"...," Castillo said'): a person named before
    (``people``: the persons' names, at their first token)."""
    start = min([token.i, *(c.i for c in token.children if c.dep_ == "compound")])
    span = token.doc[start:token.i + 1]
    names = people.ending(span.text, whole=True, before=token.i)
    if len(names) != 1:
        return None
    row = {"start_char": span.start_char, "end_char": span.end_char, "description": span.text,
           "named": True, "canonical": names[0], "head": "person", "side": "", "count": 1,
           "seniority": "", "affiliation": "", "determiner": "", "verb": verb}
    return Source(token.i, start, token.i + 1, row)


def unnamed_name(head: str, side: str) -> str:
    """Actor name of unnamed sources in :func:`kit.actors.actor_registry`.

    Examples
    --------
    >>> unnamed_name("official", "United States"), unnamed_name("person", "")
    ('unnamed officials (United States)', 'unnamed people')
    """
    plural = plurals().get(head, f"{head}s")
    return f"unnamed {plural}" + (f" ({side})" if side else "")


def resolve_pronoun(token: Token, entities: list[Entity], window: int = 3) -> Entity | None:
    """The last person named before ``token`` within ``window`` sentences, if any.

    Used for "he said" / "she said"; gender is not checked, so a person is
    only returned when no other person was named in between.
    """
    sent = token.sent  # and back window - 1 sentences: no walk over the whole Doc
    for _ in range(window - 1):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    people: list[Entity] = []  # the last two, read back from ``token`` (entities are in order)
    n = bisect.bisect_left(entities, token.i, key=lambda e: e.start) - 1
    while n >= 0 and entities[n].start >= sent.start and len(people) < 2:
        if entities[n].kind == "person":
            people.append(entities[n])
        n -= 1
    if not people or len({p.canonical for p in people}) > 1:
        return None
    return people[0]


def _names_someone(token: Token, at: dict[int, Entity]) -> bool:
    """True for "official Juan Pérez" or "an official, Juan Pérez,", and for a noun of an
    apposition that describes a person named before it ("X, the secretary of the Council
    and the country's chief negotiator, said": :func:`_describes_a_person`): not unnamed."""
    if token.head.i in at and at[token.head.i].kind == "person" or _describes_a_person(token, at):
        return True
    return any(c.dep_ == "appos" and c.i in at and at[c.i].kind == "person" for c in token.children)


def _describes_a_person(token: Token, at: dict[int, Entity]) -> bool:
    """Whether ``token`` is in an apposition to a person's name, or a conjunct of one
    (climbing ``conj`` arcs): "X, *the secretary* of *the Council* and *the country's chief
    negotiator*, said" describes X, who speaks; the Council and the negotiator are no
    sources of their own."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "appos" and token.head.i < token.i and token.head.i in at \
        and at[token.head.i].kind == "person"


def _phrase(token: Token) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``token``, without conjuncts nor a clause
    hung on it that holds a quotation ('an official ... | called "the first good sign"':
    what the source said, not who it is)."""
    quoting = {i for c in token.children if c.dep_ in ("acl", "relcl") and any(
        t.text in _QUOTE_MARKS for t in c.subtree) for i in _subtree(c)}
    skip = quoting | {i for c in token.children if c.dep_ in ("conj", "cc") for i in _subtree(c)}
    # the phrase ends where such a clause begins: what follows it ("The spokesman, called
    # "Mr. No" by reporters | ,") would bring the clause back into the span
    cut = min(quoting, default=len(token.doc))
    indices = [i for i in _subtree(token) if i not in skip and i < cut]
    start, end = min(indices), max(indices) + 1
    doc = token.doc
    if start > 0 and doc[start - 1].like_num and doc[start - 1].whitespace_:
        start -= 1  # "Two | Honduran diplomats": a number the parser cut off
    while end - 1 > token.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _subtree(token: Token) -> list[int]:
    return [t.i for t in token.subtree]


def _postposed(token: Token) -> list[Token]:
    """The adjectives after a source noun, where a language puts its demonyms
    ("funcionarios *mexicanos*", "un alto funcionario *estadounidense*")."""
    return [c for c in token.children if c.dep_ == "amod" and c.i > token.i]


def _body_words(token: Token) -> list[Token]:
    """The words of the body a source serves, in a phrase after its noun opened by one of
    ``source_body_preps`` ("an official *at the Danish army command*", "un funcionario *de
    la Liga Árabe*"): the noun phrase of the preposition's object, without the clauses and
    phrases hung on it ("a resident of the district *controlled by the Front*", "a witness of
    the attack *by the Front*": the Front is no body the source serves)."""
    preps = words_or("source_body_preps", token.doc.lang_, frozenset())
    found: list[Token] = []
    for child in token.children:
        if child.i > token.i and child.dep_ in ("prep", "nmod") and (
                child.lower_ in preps or any(c.dep_ == "case" and c.lower_ in preps for c in child.children)):
            for noun in [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]:
                found += [noun, *(t for c in noun.children if c.dep_ not in _BEYOND_THE_BODY for t in c.subtree)]
    return found


# what hangs on the noun of a source's body and is no part of its name: clauses, phrases, lists
_BEYOND_THE_BODY = frozenset({"relcl", "acl", "acl:relcl", "prep", "nmod", "appos", "conj", "cc", "punct"})


def _sides(words_: list[Token], at: dict[int, Entity]) -> str:
    """The sides the words of a source's phrase name (an organisation that is no state's
    body is its own: "a senior Velmar Front official"); a capitalised determiner opening a
    sentence is none ("Un funcionario": not the UN)."""
    lex, sides = lexicon(), []
    for t in words_:
        ent = at.get(t.i)
        side = lex.side_of(ent.canonical, ent.text) if ent else ""
        if ent and not side:
            side = ent.side or _own_side(ent)
        if not side and (t.text[:1].isupper() or t.pos_ == "ADJ") \
                and t.lower_ not in words_or("determiners", t.doc.lang_, frozenset()):
            side = lex.side_of(t.text)
        if side and side not in sides:
            sides.append(side)
    return "; ".join(sides)


def _own_side(ent: Entity) -> str:
    """An organisation's own name as a side: one NER tags ORG, read as an organisation,
    group or modifier, with none of ``government_words`` (a state's body speaks for its
    state, not for itself)."""
    if ent.label != "ORG" or ent.kind not in ("organization", "group", "modifier"):
        return ""
    government = words_or("government_words", "en", frozenset()) | words_or(
        "government_words", "es", frozenset())
    if any(w.lower() in government for w in ent.canonical.split()):
        return ""
    return ent.canonical


def _count(token: Token, before: list[Token]) -> int | None:
    plural = token.tag_ in ("NNS", "NNPS") or token.lower_ == "people"
    counts = numbers("source_counts", token.doc.lang_) or numbers("source_counts")
    for t in before:
        if plural and t.lower_ in words_or("indefinite_articles", token.doc.lang_):  # "a few officials"
            continue
        if t.lower_ in counts:
            return counts[t.lower_]
        if t.text.isdigit():
            return int(t.text)
    return None if plural else 1


def _seniority(text: str, lang: str) -> str:
    match = _phrases("seniority_words", lang).search(text)
    return match.group(1).lower() if match else ""


def _affiliation(token: Token, at: dict[int, Entity]) -> str:
    lex = lexicon()
    parts = [
        c.text for c in token.children
        if c.dep_ == "compound" and c.i not in at and c.pos_ == "NOUN" and not lex.side_of(c.text)
    ]
    parts += [at[c.i].canonical for c in token.children if c.i in at and at[c.i].kind == "modifier"
              and not lex.side_of(at[c.i].canonical, at[c.i].text)]
    return " ".join(parts)


def _determiner(before: list[Token], lang: str) -> str:
    found = []
    for t in before:
        if t.dep_ in ("det", "nummod", "predet") or t.like_num or t.lower_ in words_or(
                "source_determiners", lang):
            found.append(t.text)
        elif t.ent_type_ == "ORDINAL":
            found.append(t.text)
    return " ".join(found)
