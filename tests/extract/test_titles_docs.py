"""kit.extract.titles.title_spans on hand-built Docs (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kit.extract.titles import title_spans


class _Counted(Doc):
    """A Doc that counts how often its tokens are walked through one by one."""

    walks = 0

    def __iter__(self):
        _Counted.walks += 1
        return super().__iter__()


def test_head_words_are_found_without_walking_every_token():
    """"The mission | chief |, Arlo Venn": a ``head_modifiers`` word that ends its phrase is
    a title, found by the Doc's lower-case word ids, with no Token built for every word."""
    words = ["The", "mission", "chief", ",", "Arlo", "Venn", ",", "met", "the", "Foreign", "Minister", "."]
    doc = _Counted(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    text = doc.text
    _Counted.walks = 0
    assert title_spans(doc, text=text) == [(2, 3), (9, 11)]
    assert _Counted.walks == 0


def test_an_english_title_inside_an_institution_of_the_articles_language_is_no_title():
    """"el Estado Mayor de Velmaria": "Mayor" is a word of the General Staff's Spanish
    name (``glossary.csv``), no English mayor; the general before the name stays a title."""
    words = ["El", "general", "Tomás", "Verel", ",", "del", "Estado", "Mayor", "de", "Velmaria", ",", "habló", "."]
    doc = Doc(spacy.blank("es").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    spans = title_spans(doc)
    assert (1, 2) in spans
    assert not any(start <= 7 < end for start, end in spans)


def test_a_spanish_ringleader_is_a_title():
    """"El cabecilla del comando, Ulises Barco Tena": the word names whoever leads the group."""
    words = ["El", "cabecilla", "del", "comando", ",", "Ulises", "Barco", "Tena", ",", "habló", "."]
    doc = Doc(spacy.blank("es").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert (1, 2) in title_spans(doc)
