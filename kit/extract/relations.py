"""Relations: one actor acting on another, read from the dependency parse.

A row is (subject, verb, object) where both ends are actors — people,
organisations, governments, groups (see :mod:`kit.extract.roles`) or unnamed
sources (see :mod:`kit.extract.sources`):

- "Ruiz Baltierra called on the U.S. to deploy ..." → (Andrés Manuel Ruiz
  Baltierra, ``call on``, United States): the object of a preposition attached
  to the verb adds the preposition to ``verb``;
- "Mexico began deportations of Venezuelans" → (Mexico, ``begin``,
  Venezuelans), ``predicate`` "begin deportation of": the object of a noun
  the verb governs;
- "Tegucigalpa asked the OAS to send experts": the object of the main verb;
  the subject of ``send`` would be the OAS (object control);
- passives turn round ("Venezuelans were deported by Mexico" → Mexico
  ``deport`` Venezuelans); coordinated subjects and objects each give a row;
  a verb without a subject inherits it from the verb it is coordinated with
  or depends on ("Mexico would not stop helping the U.S." → Mexico ``help``
  United States, ``negated`` True).

Spanish (the model's Universal Dependencies) reads the same way: an object's
preposition is its own ``case`` word ("se reunió con X" → ``reunir con``), a
personal "a" marks a direct object ("recibió a X" → ``recibir``), a passive with
"ser" turns round at "por" ("fue recibida por X"), and "no" negates.

The row's ``start_char``/``end_char`` span subject to object, so the row
belongs to the sentence of its evidence.

Examples
--------
>>> from kit.nlp.pipeline import get_nlp
>>> from kit.nlp.rows import doc_tables   # runs extract(doc, canon, entities=..., sources=...)
>>> doc = get_nlp()("Mexico began deportations of Venezuelans.")
>>> [(r["subject"], r["verb"], r["object"]) for r in doc_tables(doc, ["relations"])["relations"]]
[('Mexico', 'begin', 'Venezuelans')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy

from kit.extract.phrases import PASSIVE_SUBJECT_DEPS, negated_verb, verb_lemma
from kit.extract.places import preposition
from kit.extract.roles import Entity
from kit.extract.sources import Source
from kit.lexicon.wordlists import words_in_any, words_or

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

# spaCy components read beyond kit.nlp.pipeline.CORE_COMPONENTS:
# lemmas and POS of verbs and the parse.
COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INPUTS = ("entities", "sources")
OFFSET_COLUMNS = ("subject_start", "subject_end", "object_start", "object_end")
COLUMNS = [
    "subject", "subject_start", "subject_end", "subject_named", "verb", "object",
    "object_start", "object_end", "object_named", "predicate", "negated",
]
SUBJECT_DEPS = frozenset({"nsubj"})
UD_NOMINALS = frozenset({"obj", "iobj", "obl"})  # Universal Dependencies (the Spanish model)
DIRECT_OBJECTS = frozenset({"dobj", "dative"})  # the English model's objects without a preposition
NOUN_OBJECTS = frozenset({"dobj"}) | UD_NOMINALS  # objects whose noun may lead to the actor


@dataclass(frozen=True)
class Actor:
    """An actor phrase: its name and character span."""

    name: str
    start_char: int
    end_char: int
    named: bool


def extract(doc: Doc, canon: dict[tuple[int, int], str], *, entities: list[Entity],
            sources: list[Source]) -> list[dict[str, Any]]:
    """One row per (subject, verb, object) between actors."""
    actors = actor_tokens(entities, sources)
    rows: dict[tuple[int, int, int], dict[str, Any]] = {}
    if not actors:
        return []
    strings = doc.vocab.strings
    pos, dep = doc.to_array(["POS", "DEP"]).T  # read without building every token
    verbs = numpy.array([strings["VERB"], strings["AUX"]], dtype=pos.dtype)
    placed = sorted(actors)
    for i in numpy.flatnonzero(numpy.isin(pos, verbs) & (dep != strings["aux"])).tolist():
        verb = doc[i]
        # objects are the verb's dependents (and theirs): none without an actor under it
        under = bisect.bisect_left(placed, verb.left_edge.i)
        if under == len(placed) or placed[under] > verb.right_edge.i:
            continue
        objects = _objects(verb, actors)
        subjects = _subjects(verb, actors) if objects else []
        negated = None  # read once a row needs it
        for subject in subjects:
            for obj, predicate in objects:
                key = (subject.start_char, verb.i, obj.start_char)
                if subject.name == obj.name or key in rows:
                    continue
                if negated is None:
                    negated = negated_verb(_negation_scope(verb))
                rows[key] = _row(subject, obj, verb, predicate, negated)
    return [rows[k] for k in sorted(rows)]


def actor_tokens(entities: list[Entity], sources: list[Source]) -> dict[int, Actor]:
    """Token index -> the actor it belongs to (named entities and unnamed sources)."""
    found: dict[int, Actor] = {}
    for ent in entities:
        if ent.is_actor:
            actor = Actor(ent.canonical, ent.start_char, ent.end_char, True)
            found.update(dict.fromkeys(range(ent.start, ent.end), actor))
    for source in sources:
        row = source.row
        if not row["named"] and source.head not in found:
            found[source.head] = Actor(row["description"], row["start_char"], row["end_char"], False)
    return found


def _row(subject: Actor, obj: Actor, verb: Token, predicate: str, negated: bool) -> dict[str, Any]:
    label = _verb_label(verb, predicate)
    return {
        "start_char": min(subject.start_char, obj.start_char, verb.idx),
        "end_char": max(subject.end_char, obj.end_char, verb.idx + len(verb)),
        "subject": subject.name, "subject_start": subject.start_char,
        "subject_end": subject.end_char, "subject_named": subject.named,
        "verb": label, "object": obj.name, "object_start": obj.start_char,
        "object_end": obj.end_char, "object_named": obj.named,
        "predicate": predicate or label, "negated": negated,
    }


def _verb_label(verb: Token, predicate: str) -> str:
    """Lemma plus particle, plus the preposition when the object hangs from it."""
    label = [verb_lemma(verb), *(c.lower_ for c in verb.children if c.dep_ == "prt")]
    parts = predicate.split()
    if len(parts) == 2:  # "call on": object of a preposition of the verb itself
        label.append(parts[1])
    return " ".join(label)


def _subjects(verb: Token, actors: dict[int, Actor]) -> list[Actor]:
    """Actor subjects of ``verb`` (the agent of a passive), inherited if absent."""
    for current in _control_chain(verb):
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        agents += _ud_agents(current)  # "fue recibida por X"
        passive_subject = bool(agents) and not any(c.dep_ == "agent" for c in current.children)
        subjects = [] if passive_subject else [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        subjects = subjects or agents
        if subjects:
            return _actors(subjects, actors)
        if current.dep_ == "xcomp":  # "asked the OAS to send": the OAS sends
            controllers = _actors(_controllers(current.head), actors)
            if controllers:
                return controllers
    return []


def _controllers(verb: Token) -> list[Token]:
    """Who does what ``verb`` asks for: "asked the OAS to", "called on the U.S. to"."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj", "iobj")]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
              for g in c.children if g.dep_ == "pobj"]
    return found


def _control_chain(verb: Token) -> Iterator[Token]:
    """``verb``, then the verbs it depends on through xcomp / conj / advcl."""
    current = verb
    yield current
    while current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
        current = current.head
        yield current


def _negation_scope(verb: Token) -> Iterator[Token]:
    """The verbs of :func:`_control_chain` whose negation is ``verb``'s: "did not want to
    meet X", "no quiso reunirse con X". A verb joined to the one before it by "and" has a
    negation of its own ("Aranda no aceptó la oferta y criticó a X": X is criticised); by a
    word of ``negation_sharing_conjunctions`` it shares the one before ("no recibió ni
    saludó a X", "did not receive or greet X")."""
    shared = words_in_any("negation_sharing_conjunctions")
    for current in _control_chain(verb):
        yield current
        if current.dep_ == "conj":
            between = [c for c in (*current.children, *current.head.children)
                       if c.dep_ == "cc" and current.head.i < c.i < current.i]
            if not between or max(between, key=lambda c: c.i).lower_ not in shared:
                return


def _objects(verb: Token, actors: dict[int, Actor]) -> list[tuple[Actor, str]]:
    """The actors ``verb`` acts on, each with its predicate: the verb's lemma for a direct
    object, with the preposition for a prepositional one ("call on"); through a direct
    object's noun when the object is no actor ("began deportations of X")."""
    found: list[tuple[Actor, str]] = []
    lemma = verb_lemma(verb)
    lang = verb.doc.lang_
    for child, case, nominals in _complements(verb):
        # an ``object_markers`` word on a Universal Dependencies object marks it, no
        # preposition ("recibió a X", "pidió a la OEA"); on an oblique it is one ("envió
        # tropas a X"), as it is beside a direct object without it ("envió tropas a X"
        # parsed as two objects)
        direct = case == "" or (child.dep_ != "obl" and case in words_or("object_markers", lang, frozenset())
                                and not any(_accusative(c) for c in verb.children if c.dep_ == "obj"))
        hits = _actors(nominals, actors)
        found += [(a, lemma if direct else f"{lemma} {case}") for a in hits]
        if not hits and direct and child.dep_ in NOUN_OBJECTS:
            found += _through_noun(child, lemma, actors)
    return found


def _complements(verb: Token) -> Iterator[tuple[Token, str, list[Token]]]:
    """The dependents of ``verb`` that may name what it acts on, each with its preposition
    ("" for none) and its nominals, in either parse scheme: an English direct object or
    dative, the subject of a passive, a "prep" with its "pobj" nominals, or a Universal
    Dependencies nominal with its own "case" word (:func:`~kit.extract.places.preposition`).
    The agent of a passive is none ("by X", "fue recibida por X"), nor is a "prep" of
    ``agent_preps``, nor a phrase of ``presence_preps`` (:func:`_presence`)."""
    ud_agents = _ud_agents(verb)
    passive = any(c.dep_ == "agent" for c in verb.children) or bool(ud_agents)
    agent = words_or("agent_preps", verb.doc.lang_)
    for child in verb.children:
        if child.dep_ in DIRECT_OBJECTS or (passive and (
                child.dep_ in PASSIVE_SUBJECT_DEPS or (ud_agents and child.dep_ in SUBJECT_DEPS))):
            yield child, "", [child]
        elif _presence(child):
            continue
        elif child.dep_ == "prep" and child.lower_ not in agent:
            yield child, child.lower_, [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in UD_NOMINALS and child not in ud_agents and not _attributed(child):
            yield child, preposition(child), [child]


def _attributed(child: Token) -> bool:
    """A nominal whose preposition attributes the clause to it, a one-word phrase of
    ``attribution_phrases`` ("*según* el diario X", "*según* fuentes diplomáticas"): the
    outlet or source that tells the act, none that the act is done to."""
    found = preposition(child)
    return bool(found) and found in {p for p in words_or("attribution_phrases", child.doc.lang_, frozenset())
                                     if " " not in p}


def _presence(child: Token) -> bool:
    """A phrase that says who was there with the subject, not whom it acted on: its
    preposition one of ``presence_preps`` ("watched from the gallery *alongside* X", "sat
    *beside* X", "*together with* X", "*junto a* X", "*al lado de* X"), read as the English
    "prep" (with the word before it) or as a Universal Dependencies "case" word with its
    "fixed" words."""
    doc, presence = child.doc, words_or("presence_preps", child.doc.lang_, frozenset())
    if child.dep_ == "prep":
        before = doc[child.i - 1].lower_ if child.i > 0 else ""
        return child.lower_ in presence or f"{before} {child.lower_}" in presence
    for mark in child.children:
        if mark.dep_ == "case" and mark.i < child.i:
            phrase = " ".join([mark.lower_, *(c.lower_ for c in mark.children if c.dep_ == "fixed")])
            if phrase in presence or " ".join(
                    t.lower_ for t in doc[mark.i:child.i] if t.dep_ in ("case", "fixed", "det")) in presence:
                return True
    return False


def _ud_agents(verb: Token) -> list[Token]:
    """The agents of a passive in Universal Dependencies as the Spanish model parses it:
    a participle with a ``passive_aux`` auxiliary and an ``agent_preps`` nominal ("fue
    recibida por X": X); none for any other verb."""
    lang = verb.doc.lang_
    if "Part" not in verb.morph.get("VerbForm", []) or not any(
            c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() in words_or("passive_aux", lang, frozenset())
            for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in UD_NOMINALS and preposition(c) in words_or("agent_preps", lang)]


def _accusative(nominal: Token) -> bool:
    """A Universal Dependencies object with no preposition of its own that is no reflexive
    or dative clitic ("tropas" of "envió tropas a X", "lo" of "lo envió a X"; not "se" of
    "se opuso a X", nor "le" of "le pidió a X")."""
    morph = nominal.morph
    return preposition(nominal) == "" and "Yes" not in morph.get("Reflex", []) \
        and not (morph.get("Case", []) and "Acc" not in morph.get("Case", []))


def _prepositional(token: Token) -> list[tuple[str, Token]]:
    """(preposition, object) of the phrases hanging from ``token``: English "prep" →
    "pobj", or a Universal Dependencies nominal with its "case" word."""
    found = [(c.lower_, g) for c in token.children if c.dep_ == "prep"
             for g in c.children if g.dep_ == "pobj"]
    found += [(prep, c) for c in token.children if c.dep_ in UD_NOMINALS | {"nmod"} and (prep := preposition(c))]
    return found


def _through_noun(noun: Token, lemma: str, actors: dict[int, Actor]) -> list[tuple[Actor, str]]:
    """"began deportations of Venezuelans": actors after the verb's object noun."""
    found = []
    for prep, obj in _prepositional(noun):
        predicate = f"{lemma} {noun.lemma_.lower()} {prep}"
        found += [(a, predicate) for a in _actors([obj], actors)]
    return found


def _actors(tokens: list[Token], actors: dict[int, Actor]) -> list[Actor]:
    """Actors of ``tokens`` and of their conjuncts, in order, without repeats."""
    seen: list[Actor] = []
    for token in tokens:
        appositions = [c for c in token.children if c.dep_ == "appos"]
        for t in (token, *token.conjuncts, *appositions, *_partitive(token, actors)):
            actor = actors.get(t.i)
            if actor is not None and actor not in seen:
                seen.append(actor)
    return seen


def _partitive(token: Token, actors: dict[int, Actor]) -> list[Token]:
    """"Hundreds of Venezuelans", "cientos de venezolanos": the group after a quantity word."""
    lang = token.doc.lang_
    if token.i in actors or not (token.lemma_.lower() in words_or("partitives", lang) or token.like_num):
        return []
    return [obj for prep, obj in _prepositional(token) if prep in words_or("of_preps", lang)]
