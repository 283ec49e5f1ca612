"""A state's institution named in another language is one actor with its English name."""

from __future__ import annotations

import pandas as pd

from kit.lexicon.canonical import canonicalize


def test_an_institution_of_one_state_is_named_in_english_across_languages():
    mentions = pd.DataFrame({
        "canonical": ["Casa Blanca", "White House", "Departamento de Estado", "Pentágono", "Cancillería"],
        "text": ["la Casa Blanca", "the White House", "el Departamento de Estado", "el Pentágono", "la Cancillería"],
        "label": ["LOC", "ORG", "ORG", "ORG", "ORG"],
        "article_id": ["es1", "en1", "es1", "es1", "es1"]})
    found = canonicalize(mentions, languages={"es1": "es", "en1": "en"})["canonical"].tolist()
    # "Cancillería" is every state's foreign ministry: it keeps its name
    assert found == ["White House", "White House", "State Department", "Pentagon", "Cancillería"]


def test_an_english_article_s_name_is_left_as_written():
    mentions = pd.DataFrame({"canonical": ["Casa Blanca"], "text": ["Casa Blanca"], "label": ["ORG"],
                             "article_id": ["en1"]})
    assert canonicalize(mentions, languages={"en1": "en"})["canonical"].tolist() == ["Casa Blanca"]
