"""kit.extract.bylines: the words that open a byline, read alike by every stage."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kit.extract.bylines import byline_lead, byline_word, opens_byline, second_writer
from kit.nlp.rows import _byline_word


def test_a_byline_s_word_is_read_in_one_language_or_in_any():
    assert (byline_word("By"), byline_word("Por"), byline_word("por", "es")) == (True, True, True)
    assert (byline_word("Por", "en"), byline_word("Talks")) == (False, False)


def test_every_byline_reader_asks_the_one_test_of_a_byline_s_word(monkeypatch):
    # a word of no language's byline list, made one: the leads, the second writers and the
    # entity fixes all read it through the one test
    import kit.extract.bylines as bylines

    real_any, real_or = bylines.words_in_any, bylines.words_or
    monkeypatch.setattr(bylines, "words_in_any",
                        lambda name: frozenset({"vom"}) if name == "byline_words" else real_any(name))
    monkeypatch.setattr(bylines, "words_or", lambda name, lang, default=None:
                        frozenset({"vom"}) if name == "byline_words" else real_or(name, lang, default))
    doc = Doc(spacy.blank("en").vocab, words=["Vom", "Ana", "Ruiz"])
    assert byline_lead(["Vom"]) and second_writer(["Vom", "Ana", "Ruiz", "and"]) and _byline_word(doc, doc[0])
    assert not byline_lead(["By"])


@pytest.mark.parametrize(("line", "byline"), [
    ("By May, he said, the numbers no longer added up.", False),  # by when, no writer
    ("By Monday, the talks had stalled.", False),
    ("By June 3 the troops had left Osk.", False),
    ("Por mayo, dijo, las cifras ya no cuadraban.", False),  # lower case: no name at all
    ("Por Navidad, dijo, todo había cambiado.", False),  # a holiday's name
    ("By April Roe, June 3", True),  # a given name that is a month's, and a family name
    ("By Jana Roe | Analysis", True),
    ("Por Clara Ruiz", True),
])
def test_a_date_after_a_byline_s_word_is_no_writer(line, byline):
    assert opens_byline(line) is byline
