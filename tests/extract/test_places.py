"""kit.extract.places: venues and vehicles the model tags as organisations, on hand-written sentences."""

from __future__ import annotations

import pytest

from kit.nlp.rows import doc_tables

pytestmark = pytest.mark.model


@pytest.fixture
def kinds(nlp):
    """(text, kind) of each entity of a text run through kit's pipeline."""
    return lambda text: [(r["text"], r["kind"]) for r in doc_tables(nlp(text), ["roles"])["roles"]]


def test_a_name_headed_by_a_facility_noun_after_a_preposition_of_place_is_a_place(kinds):
    assert ("the Oval Office", "place") in kinds("Rodrigo Londoño handed the draft to Juan Manuel Santos "
                                                 "in the Oval Office on Monday.")
    assert ("the Cabinet Office", "place") in kinds("The envoys met again in the Cabinet Office on Friday.")


def test_an_institution_acting_or_addressed_stays_an_actor(kinds):
    said = kinds("The Foreign Office said the talks would go on. The Oval Office declined to comment.")
    assert said == [("The Foreign Office", "government"), ("The Oval Office", "government")]


def test_a_name_that_names_no_organisation_after_a_preposition_of_place_is_a_place(kinds):
    assert kinds("Negotiators discussed the enrichment plant at Fordow, and Iran agreed to limits at Natanz.") == [
        ("Fordow", "place"), ("Iran", "government"), ("Natanz", "place")]


def test_a_capital_naming_an_accord_or_talks_is_a_place_and_a_country_a_party(kinds):
    found = kinds("Both sides honoured the Lisbon accord and the Vienna talks, unlike the Iran deal.")
    assert found == [("Lisbon", "place"), ("Vienna", "place"), ("Iran", "modifier")]


def test_the_ends_of_a_route_are_places_and_the_parties_to_talks_governments(kinds):
    found = kinds("The envoy shuttled between Asmara and Addis Ababa on Monday. Flights between Asmara "
                  "and Mekelle resumed. Talks between Asmara and Addis Ababa stalled.")
    assert found == [("Asmara", "place"), ("Addis Ababa", "place"), ("Asmara", "place"), ("Mekelle", "place"),
                     ("Asmara", "government"), ("Addis Ababa", "government")]


def test_a_namesake_venue_is_read_from_the_parse_and_the_lexicon():
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import names_a_venue
    from kit.extract.titles import lexicon

    words = ["They", "kept", "the", "Lisbon", "accord", "and", "the", "Iran", "deal", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 8, 8, 4, 1],
              deps=["nsubj", "ROOT", "det", "compound", "dobj", "cc", "det", "compound", "conj", "punct"],
              lemmas=["they", "keep", "the", "Lisbon", "accord", "and", "the", "Iran", "deal", "."])
    lex = lexicon()
    assert names_a_venue(doc[3], "Lisbon", lex) and not names_a_venue(doc[7], "Iran", lex)
    assert not names_a_venue(doc[0], "They", lex)  # no noun it names


def test_out_of_is_a_preposition_of_place(kinds):
    assert kinds("Residents were evacuated out of Mariupol on Monday.") == [("Mariupol", "place")]


def test_an_aircraft_is_no_actor(kinds):
    assert kinds("A Royal Air Force C-130 flew the delegation from Amman to Cyprus on Monday.")[0] == (
        "Royal Air Force C-130", "other")


def test_a_preposition_is_read_in_the_universal_dependencies_scheme_too():
    # the Spanish pipeline parses "en Oslo" as Oslo <-case- en, not en -pobj-> Oslo
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import preposition

    vocab = spacy.blank("es").vocab
    doc = Doc(vocab, words=["Santos", "recibirá", "el", "Nobel", "en", "Oslo", "."],
              heads=[1, 1, 3, 1, 5, 1, 1], deps=["nsubj", "ROOT", "det", "obj", "case", "obl", "punct"])
    assert preposition(doc[5]) == "en" and preposition(doc[3]) == ""
    near = Doc(vocab, words=["cerca", "de", "Kabul"], heads=[2, 2, 2], deps=["case", "case", "ROOT"])
    assert preposition(near[2]) == "cerca de"


def test_what_a_place_noun_names_or_a_crossing_verb_crosses_is_a_place(kinds):
    assert kinds("Shelter workers in the southern town of Velmora said the talks went badly.") == [
        ("Velmora", "place")]
    assert kinds("For the shops along State Route 12, the reopening came too late.") == [("State Route", "place")]


def test_a_city_of_the_lexicon_is_a_place_and_its_country_the_government(kinds):
    assert kinds("Kumasi held its breath.") == [("Kumasi", "place")]
    assert kinds("The fall of Kumasi shocked the government of Ghana.") == [
        ("Kumasi", "place"), ("Ghana", "government")]


@pytest.mark.parametrize("lang, words, heads, deps, lemmas, place", [
    ("en", ["the", "town", "of", "Velmora"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     ["the", "town", "of", "Velmora"], True),
    ("en", ["the", "government", "of", "Velmora"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     ["the", "government", "of", "Velmora"], False),
    ("en", ["They", "crossed", "the", "Varena"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["they", "cross", "the", "Varena"], True),
    ("en", ["They", "thanked", "the", "Varena"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["they", "thank", "the", "Varena"], False),
    ("es", ["la", "ciudad", "de", "Velmora"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"],
     ["el", "ciudad", "de", "Velmora"], True),
    ("es", ["Cruzaron", "el", "Varena"], [0, 2, 0], ["ROOT", "det", "obj"], ["cruzar", "el", "Varena"], True),
])
def test_a_named_place_is_read_from_the_parse_in_either_scheme(lang, words, heads, deps, lemmas, place):
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import is_named_place

    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert is_named_place(doc[len(words) - 1]) is place
