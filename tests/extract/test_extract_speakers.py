"""kit.extract.sources and kit.extract.quotes: who speaks, on hand-built Docs (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kit.extract import sources


def _doc(lang, words, heads, deps, lemmas, pos=None, spaces=None):
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos,
               spaces=spaces)


def test_speak_and_hablar_report_speech_only_with_a_quotation_in_their_complement():
    # 'Osk spoke of "a new dawn"' quotes him; "Osk spoke to reporters" says nothing he said
    quoted = _doc("en", ["Osk", "spoke", "of", '"', "a", "dawn", '"'], [1, 1, 1, 5, 5, 2, 5],
                  ["nsubj", "ROOT", "prep", "punct", "det", "pobj", "punct"],
                  ["Osk", "speak", "of", '"', "a", "dawn", '"'])
    plain = _doc("en", ["Osk", "spoke", "to", "reporters"], [1, 1, 1, 2],
                 ["nsubj", "ROOT", "prep", "pobj"], ["Osk", "speak", "to", "reporter"])
    habla = _doc("es", ["Osk", "habló", "de", '"', "un", "amanecer", '"'], [1, 1, 5, 5, 5, 1, 5],
                 ["nsubj", "ROOT", "case", "punct", "det", "obj", "punct"],
                 ["Osk", "hablar", "de", '"', "uno", "amanecer", '"'])
    prensa = _doc("es", ["Osk", "habló", "con", "la", "prensa"], [1, 1, 4, 4, 1],
                  ["nsubj", "ROOT", "case", "det", "obl"], ["Osk", "hablar", "con", "el", "prensa"])
    assert [sources.reports_speech(d[1]) for d in (quoted, plain, habla, prensa)] == [True, False, True, False]
    assert "speak" in sources.speech_verbs("en") and "hablar" in sources.speech_verbs("es")


def test_a_naming_verb_reports_speech_only_when_what_its_object_is_said_to_be_is_quoted():
    # "Osk calificó el acuerdo de «avance»": the quoted predicate, hung on the object, is said
    predicate = _doc("es", ["Osk", "calificó", "el", "acuerdo", "de", '"', "avance", '"'],
                     [1, 1, 3, 1, 6, 6, 3, 6], ["nsubj", "ROOT", "det", "obj", "case", "punct", "nmod", "punct"],
                     ["Osk", "calificar", "el", "acuerdo", "de", '"', "avance", '"'])
    # "Osk calificó la «oferta» de Tarn": the object quoted alone is what he spoke of
    scare = _doc("es", ["Osk", "calificó", "la", '"', "oferta", '"', "de", "Tarn"],
                 [1, 1, 4, 4, 1, 4, 7, 4], ["nsubj", "ROOT", "det", "punct", "obj", "punct", "case", "nmod"],
                 ["Osk", "calificar", "el", '"', "oferta", '"', "de", "Tarn"])
    termed = _doc("en", ["Osk", "termed", "it", '"', "a", "success", '"'], [1, 1, 1, 5, 5, 1, 5],
                  ["nsubj", "ROOT", "dobj", "punct", "det", "oprd", "punct"],
                  ["Osk", "term", "it", '"', "a", "success", '"'])
    plain = _doc("en", ["Osk", "termed", "it", "a", "success"], [1, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "dobj", "det", "oprd"], ["Osk", "term", "it", "a", "success"])
    assert [sources.reports_speech(d[1]) for d in (predicate, scare, termed, plain)] == [True, False, True, False]
    assert "calificar" in sources.speech_verbs("es") and "term" in sources.speech_verbs("en")


def test_declare_reports_speech_only_when_it_introduces_what_was_said():
    said = _doc("en", ["Osk", "declared", "that", "it", "failed"], [1, 1, 4, 4, 1],
                ["nsubj", "ROOT", "mark", "nsubj", "ccomp"], ["Osk", "declare", "that", "it", "fail"])
    act = _doc("en", ["Osk", "declared", "a", "truce"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "det", "dobj"], ["Osk", "declare", "a", "truce"])
    assert "declare" in sources.speech_verbs("en")
    assert [sources.reports_speech(d[1]) for d in (said, act)] == [True, False]


def test_a_role_holds_a_title_alone_when_it_is_that_office_now_and_not_a_deputy_s():
    from kit.extract.sources import _holds

    assert _holds("Prime Minister", "Prime Minister") and _holds("King of Velmar", "King")
    assert not _holds("Deputy Prime Minister", "Prime Minister")
    assert not _holds("former President", "President") and not _holds("", "President")
