"""kit.actors.nonpersons: names their words place among papers, communities and places."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from kit.actors.nonpersons import no_person_names, placed_among_things


@pytest.mark.parametrize("sentence, name", [
    ("Dov Arle, the publisher of the Tarn daily Koss Vjet, spoke.", "Koss Vjet"),
    ("Dov Arle, the publisher of Koss Vjet, spoke.", "Koss Vjet"),
    ("The team includes men of the Osk, Vel and Gorl communities.", "Vel"),
    ("The team includes men of the Osk, Vel and Gorl communities.", "Gorl"),
    ("The team includes men of the Osk, Vel and Gorl communities.", "Osk"),
    ("Many families in the villages of Drenmar have left.", "Drenmar"),
])
def test_a_name_placed_among_papers_communities_or_places_is_no_person_s(sentence, name):
    at = sentence.index(name)
    assert placed_among_things(sentence[:at], sentence[at + len(name):])


@pytest.mark.parametrize("sentence, name", [
    ("The writer Ilo Brask said it.", "Ilo Brask"),
    ("Ilo Brask, the publisher, said it.", "Ilo Brask"),
    ("A son of Ilo Brask and Mara Ventel spoke.", "Mara Ventel"),
    ("Ilo Brask met the community.", "Ilo Brask"),
    ("Asked about the report in the paper, Mara Ventel said the talks had failed.", "Mara Ventel"),
    ("In an interview with the weekly, Mara Ventel denied it.", "Mara Ventel"),
    ("The talks began in the home town of Mara Ventel, the mediator.", "Mara Ventel"),
])
def test_a_person_s_name_is_not_placed_among_things(sentence, name):
    at = sentence.index(name)
    assert not placed_among_things(sentence[:at], sentence[at + len(name):])


def _mentions(rows: list[tuple[str, int, str, str]], texts: list[str]) -> tuple[SimpleNamespace, pd.DataFrame]:
    sentences = pd.DataFrame({"article_id": ["a1"] * len(texts), "sentence_id": list(range(len(texts))),
                              "text": texts, "start_char": [0] * len(texts)})
    table = pd.DataFrame([{"name": n, "kind": "person", "role": r, "side": "", "affiliation": "",
                           "article_id": "a1", "sentence_id": s, "start_char": texts[s].index(n),
                           "end_char": texts[s].index(n) + len(n)} for n, s, r, _ in rows])
    return SimpleNamespace(sentences=sentences), table


def test_only_names_placed_so_at_every_mention_and_read_nowhere_as_someone_are_dropped():
    texts = ["Dov Arle, the publisher of the Tarn daily Koss Vjet, spoke.",
             "Koss Vjet wrote that the talks failed.",  # the paper again, the model's person: kept once read so
             "Many families in the villages of Drenmar have left.",
             "The writer Ilo Brask said it.", "Copies of the daily Ilo Brask sold out."]  # read as someone: kept
    ann, table = _mentions([("Koss Vjet", 0, "", ""), ("Koss Vjet", 1, "", ""), ("Drenmar", 2, "", ""),
                            ("Ilo Brask", 3, "writer", ""), ("Ilo Brask", 4, "", "")], texts)
    assert no_person_names(ann, table).tolist() == [False, False, True, False, False]


def test_a_name_opening_with_an_arabic_word_for_a_gate_or_valley_is_a_place():
    texts = ["Gunmen turned Bab Osk into a battlefield.", "Troops sealed off Bab Osk.", "Wadi Tarn flooded.",
             "Babak Osk spoke."]
    ann, table = _mentions([("Bab Osk", 0, "", ""), ("Bab Osk", 1, "", ""), ("Wadi Tarn", 2, "", ""),
                            ("Babak Osk", 3, "", "")], texts)
    assert no_person_names(ann, table).tolist() == [True, True, True, False]


def test_a_name_opening_with_such_a_word_that_speaks_is_someone():
    """'Wadi' is also a given name: a name quoted or cited as a source is a person's."""
    texts = ["Wadi Roe, a farmer, said the truce held.", "Wadi Tarn flooded."]
    ann, table = _mentions([("Wadi Roe", 0, "", ""), ("Wadi Tarn", 1, "", "")], texts)
    ann.quotes = pd.DataFrame({"canonical": ["Wadi Roe"], "named": [True]})
    ann.sources = pd.DataFrame({"canonical": ["Wadi Roe", "the farmers"], "named": [True, False]})
    assert no_person_names(ann, table).tolist() == [False, True]
    ann.quotes = ann.quotes.iloc[:0]
    assert no_person_names(ann, table).tolist() == [False, True]  # a named source alone
    ann.sources = ann.sources.iloc[1:]
    assert no_person_names(ann, table).tolist() == [True, True]  # an unnamed source names no one
