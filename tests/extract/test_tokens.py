"""The Doc's tokens and texts kept for the passes over one Doc (kit.extract.tokens)."""

import spacy
from spacy.tokens import Span

from kit.extract.tokens import doc_text, doc_texts, doc_tokens


def test_the_lists_are_built_once_per_doc_and_anew_for_another():
    nlp = spacy.blank("en")
    first, second = nlp("Osk met Mara Ventel"), nlp("The Republic of Tarn")
    assert doc_tokens(first) is doc_tokens(first)
    assert doc_texts(first) == ("Osk", "met", "Mara", "Ventel")
    assert doc_texts(second) == ("The", "Republic", "of", "Tarn")
    assert [t.i for t in doc_tokens(second)] == [0, 1, 2, 3]
    assert doc_texts(first) == ("Osk", "met", "Mara", "Ventel")  # the first Doc again: its own words


def test_a_kept_token_reads_the_entities_set_after_it_was_built():
    doc = spacy.blank("en")("Osk met Mara Ventel")
    words = doc_tokens(doc)
    assert words[2].ent_type_ == ""
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    assert [t.ent_type_ for t in doc_tokens(doc)] == ["", "", "PERSON", "PERSON"]
    assert words[3].ent_type_ == "PERSON"


def test_the_text_is_the_doc_s_own_and_follows_a_new_doc():
    nlp = spacy.blank("en")
    first, second = nlp("Osk met  Mara Ventel.\n"), nlp("The Republic of Tarn")
    assert doc_text(first) == first.text == "Osk met  Mara Ventel.\n"
    assert doc_text(second) == "The Republic of Tarn"
    assert doc_text(first) == "Osk met  Mara Ventel.\n"
