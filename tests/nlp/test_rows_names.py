"""kit.nlp.rows trims entities to the name (kit.nlp.names) on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kit.nlp.names import trim_name
from kit.nlp.rows import doc_tables

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    spaces = [not (i + 1 < len(words) and words[i + 1] in {".", ",", "’s", "'s"}) for i in range(len(words))]
    doc = Doc(VOCAB, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    return doc


def _names(doc: Doc) -> list[tuple[str, str]]:
    return [(m["text"], m["canonical"]) for m in doc_tables(doc, [])["mentions"]]


def _group(doc: Doc, name: str) -> list[str]:
    return [s.text for s in doc.spans[name]] if name in doc.spans else []


@pytest.mark.parametrize(("words", "honorific", "name"), [
    ("Mullah Abdul Ghani Baradar spoke .", "Mullah", "Abdul Ghani Baradar"),
    ("Mullah Baradar spoke .", "Mullah", "Baradar"),  # one name word is enough
    ("Sheikh Tamim bin Hamad Al Thani spoke .", "Sheikh", "Tamim bin Hamad Al Thani"),
    ("Grand Ayatollah Ali al-Sistani spoke .", "Grand Ayatollah", "Ali al-Sistani"),
    ("Mawlawi Abdul Hakim Haqqani spoke .", "Mawlawi", "Abdul Hakim Haqqani"),
    ("Mr. Zarif spoke .", "Mr.", "Zarif"),
    ("Lt . Gen. Austin Miller spoke .", "Lt. Gen.", "Austin Miller"),
    ("Dr Helga Schmid spoke .", "Dr", "Helga Schmid"),
])
def test_honorifics_leave_the_person_and_are_no_title(words, honorific, name):
    tokens = words.split()
    doc = _doc(tokens, [(0, len(tokens) - 2, "PERSON")])
    assert _names(doc) == [(name, name)]
    assert _group(doc, "titles") == []
    assert _group(doc, "honorifics") == [honorific]


def test_a_title_before_the_honorific_becomes_a_title_span():
    doc = _doc("Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke .".split(),
               [(0, 8, "PERSON")])
    assert _names(doc) == [("Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani")]
    assert _group(doc, "titles") == ["Foreign Minister"]
    assert _group(doc, "honorifics") == ["Sheikh"]  # between the title and the name: roles look past it


def test_titles_and_their_modifiers_leave_the_person():
    doc = _doc("Deputy Foreign Minister Abbas Araghchi met President Joe Biden .".split(),
               [(0, 5, "PERSON"), (6, 9, "PERSON")])
    assert [c for _, c in _names(doc)] == ["Abbas Araghchi", "Joe Biden"]
    assert _group(doc, "titles") == ["Foreign Minister", "President"]  # "Deputy" stays before it, out of the name


def test_an_honorific_outside_the_entity_is_recorded_but_not_the_end_of_a_title():
    doc = _doc("Sheikh Tamim and Attorney General Eric Holder met .".split(),
               [(1, 2, "PERSON"), (5, 7, "PERSON")])
    assert _names(doc) == [("Tamim", "Tamim"), ("Eric Holder", "Eric Holder")]
    assert _group(doc, "honorifics") == ["Sheikh"]  # "General" ends "Attorney General"


@pytest.mark.parametrize("words", [
    "Pope Francis spoke .",  # a regnal name: the title is how the name is given
    "Queen Elizabeth II spoke .",
    "Pope John Paul II spoke .",
    "Mullah spoke .",  # nothing would be left
    "Imam bin Hamad spoke .",  # "bin" never starts a name: "Imam" is a given name here
])
def test_names_kept_whole(words):
    tokens = words.split()
    doc = _doc(tokens, [(0, len(tokens) - 2, "PERSON")])
    whole = " ".join(tokens[:-2])
    assert _names(doc) == [(whole, whole)]


def test_a_regnal_title_before_a_full_personal_name_is_a_title():
    doc = _doc("Crown Prince Mohammed bin Salman spoke .".split(), [(0, 5, "PERSON")])
    assert _names(doc) == [("Mohammed bin Salman", "Mohammed bin Salman")]
    assert _group(doc, "titles") == ["Crown Prince"]


def test_possessives_leave_every_name():
    doc = _doc(["Joe", "Biden", "’s", "envoy", "met", "the", "European", "Union", "'s", "envoy", "."],
               [(0, 3, "PERSON"), (5, 9, "ORG")])
    assert _names(doc) == [("Joe Biden", "Joe Biden"), ("the European Union", "European Union")]


def test_title_entities_still_move_to_the_title_spans():
    doc = _doc("Secretary of State Antony Blinken spoke .".split(), [(0, 3, "TITLE"), (3, 5, "PERSON")])
    assert _names(doc) == [("Antony Blinken", "Antony Blinken")]
    assert _group(doc, "titles") == ["Secretary of State"]
    assert [e.label_ for e in doc.ents] == ["PERSON"]


def test_a_credit_line_names_the_person_not_the_outlet():
    doc = spacy.blank("en")("(Diego Carrillo/Hemisphere Report)")
    name = trim_name(doc, 1, 6, "PERSON")
    assert doc[name.start:name.end].text == "Diego Carrillo"
