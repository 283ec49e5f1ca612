"""kit.extract.relations without the model: a verb's objects read from hand-built parses of
either scheme (the English model's labels, Universal Dependencies for Spanish)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kit.extract.relations import Actor, _complements, _objects


def _parse(lang: str, words: list[str], heads: list[int], deps: list[str], lemmas: list[str],
           morphs: list[str] | None = None) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
               morphs=morphs or [""] * len(words))


def _read(doc: Doc, verb: int) -> list[tuple[str, str, list[str]]]:
    return [(child.text, case, [n.text for n in nominals]) for child, case, nominals in _complements(doc[verb])]


def _actor(doc: Doc, i: int) -> dict[int, Actor]:
    return {i: Actor(doc[i].text, doc[i].idx, doc[i].idx + len(doc[i]), True)}


def test_an_english_preposition_and_a_ud_case_word_give_the_object_its_preposition():
    en = _parse("en", ["Vardo", "called", "on", "Ostrova", "by", "noon"], [1, 1, 1, 2, 1, 4],
                ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"], ["Vardo", "call", "on", "Ostrova", "by", "noon"])
    assert _read(en, 1) == [("on", "on", ["Ostrova"])]  # "by": an agent's preposition, never an object's
    assert [(a.name, p) for a, p in _objects(en[1], _actor(en, 3))] == [("Ostrova", "call on")]
    es = _parse("es", ["Vardo", "se", "reunió", "con", "Ostrova"], [2, 2, 2, 4, 2],
                ["nsubj", "expl:pv", "ROOT", "case", "obl"], ["Vardo", "él", "reunir", "con", "Ostrova"])
    assert _read(es, 2) == [("Ostrova", "con", ["Ostrova"])]
    assert [(a.name, p) for a, p in _objects(es[2], _actor(es, 4))] == [("Ostrova", "reunir con")]


def test_a_direct_object_and_a_passive_subject_have_no_preposition_and_the_agent_is_no_object():
    en = _parse("en", ["Vardo", "met", "Ostrova"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["Vardo", "meet", "Ostrova"])
    assert _read(en, 1) == [("Ostrova", "", ["Ostrova"])]
    es = _parse("es", ["Ostrova", "fue", "recibida", "por", "Vardo"], [2, 2, 2, 4, 2],
                ["nsubj:pass", "aux:pass", "ROOT", "case", "obl"], ["Ostrova", "ser", "recibir", "por", "Vardo"],
                ["", "", "VerbForm=Part", "", ""])
    assert _read(es, 2) == [("Ostrova", "", ["Ostrova"])]
    assert [(a.name, p) for a, p in _objects(es[2], _actor(es, 0))] == [("Ostrova", "recibir")]
