"""The model's attribute ruler applied with array lookups gives the ruler's output.

Hand-built rules on a blank pipeline check each kind of test, a later rule
overriding an earlier one, a two-token match with its target token, and rules
matched before any is applied; the model tests compare every token's tag,
part of speech, morphology, lemma and dependency on kit's gold articles in
each installed pipeline.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from kit.ingest.load import READ_LANGUAGES
from kit.nlp.attributes import (
    ATTRIBUTES_NAME,
    RULER,
    ArrayAttributes,
    compile_rules,
    use_array_attributes,
)
from kit.nlp.pipeline import LANGUAGE_MODELS, model_for, resolve_model

REPO = Path(__file__).resolve().parents[2]
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
RULES = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"}, 0),
    ([[{"TAG": {"IN": ["VBD", "VBZ"]}}]], {"POS": "VERB"}, 0),
    ([[{"LOWER": "is", "TAG": "VBZ"}]], {"POS": "AUX", "LEMMA": "be"}, 0),  # overrides the rule above
    ([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], {"POS": "VERB"}, 1),  # and this one it
    ([[{"LOWER": {"REGEX": "^n[o']t$"}}]], {"LEMMA": "not", "MORPH": "Polarity=Neg"}, 0),
    ([[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": "det"}]], {"POS": "DET"}, -1),
    ([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"}, 0),
    ([[{"TAG": "NN"}]], {"TAG": "NNS"}, 0),  # matched on the tags before any rule applied
    ([[{"POS": "NOUN"}]], {"LEMMA": "noun"}, 0),  # POS is not set yet when rules match: no match
]


def _ruler_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in RULES:
        ruler.add(patterns, attrs, index)
    return nlp


def _doc(vocab):
    words = ["There", "is", "not", "a", "treaty", " ", "it", "signed", "n't"]
    return Doc(vocab, words=words, spaces=[True] * 4 + [False] * 5,
               tags=["EX", "VBZ", "RB", "DT", "NN", "", "PRP", "VBD", "RB"],
               deps=["expl", "ROOT", "neg", "det", "attr", "", "nsubj", "conj", "neg"],
               heads=[1, 1, 1, 4, 1, 4, 7, 1, 7])


def test_each_kind_of_rule_gives_the_rulers_tokens():
    nlp = _ruler_pipeline()
    expected = nlp.get_pipe(RULER)(_doc(nlp.vocab))
    rules = compile_rules(nlp.get_pipe(RULER))
    assert rules is not None and len(rules) == len(RULES)
    got = ArrayAttributes(nlp.vocab, rules)(_doc(nlp.vocab))
    assert np.array_equal(got.to_array(COLUMNS), expected.to_array(COLUMNS))
    assert [t.pos_ for t in got] == ["", "VERB", "", "DET", "NOUN", "SPACE", "", "VERB", ""]
    assert [t.tag_ for t in got][4:6] == ["NNS", "_SP"]
    assert [t.lemma_ for t in got][1:3] == ["be", "not"] and got[8].lemma_ == "not"
    assert str(got[2].morph) == "Polarity=Neg" and str(got[4].morph) == "Number=Sing"


def test_the_replacement_keeps_the_rulers_name_and_place():
    nlp = _ruler_pipeline()
    nlp.add_pipe("sentencizer")
    assert use_array_attributes(nlp)
    assert nlp.pipe_names == [RULER, "sentencizer"]
    assert isinstance(nlp.get_pipe(RULER), ArrayAttributes)
    assert nlp.get_pipe_meta(RULER).factory == ATTRIBUTES_NAME
    doc = nlp(_doc(nlp.vocab))
    assert doc[1].lemma_ == "be"


@pytest.mark.parametrize("patterns", [
    [[{"TAG": "NN", "OP": "+"}]],           # an operator
    [[{"LENGTH": {">=": 3}}]],             # another attribute and predicate
    [[{"LOWER": {"FUZZY": "treaty"}}]],     # another predicate
])
def test_a_ruler_with_other_patterns_is_left_as_it_is(patterns):
    nlp = _ruler_pipeline()
    nlp.get_pipe(RULER).add(patterns, {"POS": "NOUN"})
    assert compile_rules(nlp.get_pipe(RULER)) is None
    assert not use_array_attributes(nlp)
    assert type(nlp.get_pipe(RULER)).__name__ == "AttributeRuler"


def test_a_pipeline_without_a_ruler_is_unchanged():
    nlp = spacy.blank("en")
    assert not use_array_attributes(nlp) and nlp.pipe_names == []


@pytest.mark.model
def test_the_loader_expects_the_languages_kit_has_a_pipeline_for():
    assert set(READ_LANGUAGES) == {"en", *LANGUAGE_MODELS}


@pytest.mark.model
@pytest.mark.parametrize("language", ["en", *LANGUAGE_MODELS])
def test_every_gold_token_is_annotated_as_by_the_model_s_own_ruler(language):
    model = model_for(language, resolve_model())
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((REPO / "benchmarks" / "gold").glob("*/articles/*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "data").glob("*/*.txt"))]
    assert len(texts) > 50
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ruler_nlp, array_nlp = spacy.load(model), spacy.load(model)
    assert use_array_attributes(array_nlp)
    tokens = 0
    for a, b in zip(ruler_nlp.pipe(texts), array_nlp.pipe(texts)):
        assert np.array_equal(a.to_array(COLUMNS), b.to_array(COLUMNS)), a.text[:80]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        tokens += len(a)
    assert tokens > 30_000
