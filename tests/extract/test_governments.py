"""kit.extract.governments and the ``scope`` of titles.csv: the side of a bare state office.

No model: entities are built by hand.
"""

from __future__ import annotations

from kit.extract.governments import states_named
from kit.extract.phrases import Entity
from kit.extract.titles import lexicon


def entity(text: str, at: int, kind: str, side: str = "", cue: str = "") -> Entity:
    return Entity(0, 1, at, at + len(text), text, "GPE", text, kind=kind, side=side, side_cue=cue)


def test_the_scope_of_a_role_is_its_title_s_whatever_the_modifiers_and_complement():
    lex = lexicon()
    assert lex.scope("former President") == "state"
    assert lex.scope("Acting Defense Secretary") == "state"
    assert lex.scope("Infrastructure Minister") == "state"  # a portfolio the lexicon lacks
    assert lex.scope("Minister of Foreign Affairs of Iran") == "state"
    assert lex.scope("armed forces chief of staff") == "state"  # armed forces are a state's
    assert lex.scope("chief of the armed forces") == "state"
    assert lex.scope("military spokesman") == "state"
    assert lex.scope("Secretary-General") == "body"
    assert lex.scope("special envoy") == ""  # a state's or a body's: the lexicon does not say
    assert lex.scope("spokesman for the president") == ""  # the complement is not the title


def test_a_title_of_another_language_has_the_scope_its_own_row_gives():
    lex = lexicon()
    assert lex.scope("secretario general") == "body"  # not the rank "general" its last word is
    assert lex.scope("senadora") == "state"
    assert lex.scope("diplomático") == "person"
    assert lex.scope("Secretary General") == "body"  # English keeps its rows


def test_a_title_left_in_another_language_is_read_before_its_complement_in_that_language():
    lex = lexicon()
    assert lex.scope("viceministro de Vías Fluviales") == "state"  # a portfolio the glossary lacks
    assert lex.scope("ministra del Agua Potable") == "state"
    assert lex.calling_body("obispo de Puerto Quelmar") == "Catholic Church"  # the see is no side
    assert lex.scope("secretario de Estado adjunto") == "state"  # the lexicon's own row first


def test_countries_capitals_demonyms_and_stated_sides_name_states():
    text = "Colombia voted.\nWashington agreed with the Cuban envoy.\nLavrov spoke."
    named = [entity("Colombia", 0, "government"), entity("Washington", 16, "government"),
             entity("Cuban", 42, "modifier"), entity("Lavrov", 55, "person", "Russia", "Russian")]
    assert states_named(named, text, lexicon()) == {"Colombia", "United States", "Cuba", "Russia"}


def test_venues_datelines_bodies_and_guesses_name_no_state():
    text = "HAVANA — Talks went on.\nThe UN and Norway's envoy met in Oslo.\nThe minister spoke."
    kept_out = [
        entity("HAVANA", 0, "government"),  # a dateline: where the story was filed
        entity("UN", 28, "government"),  # an international body
        entity("Oslo", 58, "place"),  # a venue
        entity("Ana Ruiz", 70, "person", "Chile", "context: Chilean"),  # a side guessed, not named
    ]
    assert states_named(kept_out, text, lexicon()) == set()
    assert states_named([*kept_out, entity("Norway", 35, "modifier")], text, lexicon()) == {"Norway"}


def test_the_nationality_of_someone_with_no_office_names_no_state():
    text = "The French diplomat Jean Arnault spoke. Colombia agreed."
    french = entity("French", 4, "modifier")
    arnault = entity("Jean Arnault", 20, "person", "France", "context: French, a nationality")
    arnault.consumed.add(0)  # "French" was read as his side
    assert states_named([french, arnault, entity("Colombia", 40, "government")], text,
                        lexicon()) == {"Colombia"}
    arnault.side_cue = "French"  # stated, as for "the French foreign minister": France acts
    assert states_named([french, arnault], text, lexicon()) == {"France"}


def test_a_descriptor_is_no_office():
    assert lexicon().scope("diplomat") == "person"
