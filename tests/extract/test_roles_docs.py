"""kit.extract.roles on hand-built Docs (no model): what a Doc's reading looks at."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kit.extract import roles


def test_a_party_after_a_verb_is_looked_for_after_a_representing_word_only(monkeypatch):
    """"participated | for Varnel | A and B": only a ``representing_preps`` word ("for")
    can open the party a verb's list speaks for, so no other token is read for one."""
    asked = []
    original = roles._Reader._verb_then_party

    def verb_then_party(self, k):
        asked.append(self.doc[k].text)
        return original(self, k)

    monkeypatch.setattr(roles._Reader, "_verb_then_party", verb_then_party)
    words = ["Delegates", "participated", "for", "Varnel", ":", "Oskar", "Tamm", "and", "Ilse", "Varo", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 3, 4, "GPE"), Span(doc, 5, 7, "PERSON"), Span(doc, 8, 10, "PERSON")]
    read = roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})
    assert [e.text for e in read if e.kind == "person"] == ["Oskar Tamm", "Ilse Varo"]
    assert asked == ["for"]


def test_the_walk_back_over_words_stops_at_the_first_word_not_passed_over():
    # "Ana Ruiz, and three other envoys": back from "other" over the number and the joiners
    from kit.extract.titles import lexicon

    words = ["Ana", "Ruiz", ",", "and", "three", "other", "envoys", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    reader = roles._Reader(doc, {}, lexicon())
    assert reader._back_over(4, lambda t: t.text == "three") == 3
    assert reader._back_over(3, lambda t: t.text in (",", "and")) == 1
    assert reader._back_over(2, lambda t: True) == 0  # never before the Doc's first token


def test_the_lead_after_each_dateline_is_found_once_per_doc():
    """ "LIMA.— | El Gobierno anunció ...": the first token after a capital's dateline, where
    its lead opens, is read once and kept, not looked for from the Doc's start on each ask."""
    from kit.extract.titles import lexicon

    words = ["LIMA", ".—", "El", "Gobierno", "anunció", "la", "tregua", "."]
    doc = Doc(spacy.blank("es").vocab, words=words, spaces=[False] + [True] * 6 + [False],
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 0, 1, "GPE")]
    reader = roles._Reader(doc, {(e.start_char, e.end_char): e.text for e in doc.ents}, lexicon())
    assert [(state, written, after.text if after else None) for state, written, after in reader._dateline_leads] \
        == [("Peru", "LIMA", "El")]
    assert reader._dateline_leads is reader._dateline_leads


def test_a_regnal_title_is_read_in_the_name_or_before_it_after_an_article():
    # "El Papa Tomas", "el Papa | Tomas": a title; "Papa Tomas Brell", no article: a name
    from kit.extract.titles import lexicon

    found = []
    for words, start, end in [(["El", "Papa", "Tomas", "habló", "."], 1, 3),
                              (["Vino", "el", "Papa", "Tomas", "."], 3, 4),
                              (["Papa", "Tomas", "Brell", "habló", "."], 0, 3)]:
        doc = Doc(spacy.blank("es").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
        doc.ents = [Span(doc, start, end, "PERSON")]
        reader = roles._Reader(doc, {(e.start_char, e.end_char): e.text for e in doc.ents}, lexicon())
        found.append(reader._regnal_role(reader.ents[0], start))
    assert found == ["Pope", "Pope", ""]


def test_the_side_words_inside_a_title_are_left_out_of_its_role():
    # "head of | Valdonia's | delegation": the owner names the side, and its noun takes "the"
    from kit.extract.titles import lexicon

    words = ["Tomas", "Brell", ",", "head", "of", "Valdonia", "'s", "delegation", ",", "spoke", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 5, 6, "GPE")]
    reader = roles._Reader(doc, {(e.start_char, e.end_char): e.text for e in doc.ents}, lexicon())
    assert reader._side_words_in_role(3, 8) == ({5, 6}, {5})


def test_then_after_a_possessive_is_the_title_s_though_the_parse_hangs_it_on_the_verb():
    """ "brokered by Ghana's | then | president Tomas Arvane": the parse makes "then" an adverb
    of "brokered", but no adverb of the verb stands between an owner and its noun, so the
    title is "then president" (a former office) and its owner the side."""
    words = ["Chile", "and", "Peru", "signed", "the", "deal", "brokered", "by", "Ghana", "'s", "then",
             "president", "Tomas", "Arvane", "."]
    heads = [3, 0, 0, 3, 5, 3, 5, 6, 13, 8, 6, 13, 13, 7, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "acl", "agent", "poss", "case", "advmod", "compound",
            "compound", "pobj", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "ADV", "NOUN",
           "PROPN", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              spaces=[True] * 8 + [False] + [True] * 4 + [False, False])
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 3, "GPE"), Span(doc, 8, 9, "GPE"), Span(doc, 12, 14, "PERSON")]
    read = roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})
    arvane = next(e for e in read if e.kind == "person")
    assert (arvane.role, arvane.side) == ("former President", "Ghana")


def _sides_from_roles(*written: str) -> list[str]:
    """The side kit reads from each role as written for one person."""
    from kit.extract.phrases import Entity
    from kit.extract.titles import lexicon

    doc = Doc(spacy.blank("en").vocab, words=["Tomas", "Brell", "spoke", "."], sent_starts=[True, False, False, False])
    reader = roles._Reader(doc, {}, lexicon())
    sides = []
    for role in written:
        ent = Entity(0, 2, 0, 11, "Tomas Brell", "PERSON", "Tomas Brell", kind="person", role=role)
        reader._side_from_role(ent)
        sides.append(ent.side)
    return sides


def test_a_group_named_after_an_international_body_is_not_the_body():
    # only a body's own organs (``organ_nouns``) speak for it: a staff union, an association of
    # its friends named after it do not, in English or in Spanish (roles as kit writes them)
    from kit.extract.titles import lexicon

    lex = lexicon()
    assert lex.body_named_first("the UN Staff Union") is None
    assert lex.body_named_first("the AU Commission").side == "African Union"
    sides = _sides_from_roles(
        "president of the Union of Staff of the UN", "president of the Friends of the OAS",
        "President of the Sindicato de Funcionarios de la ONU",
        "spokesperson of the Asociación de Amigos de la Organization of American States",
        "head of the Mission of the OAS", "head of the Misión de Observación of the Organization of American States",
        "Secretary-General of the Organization of American States")
    assert sides == ["", "", "", "", "Organization of American States",
                     "Organization of American States", "Organization of American States"]


def test_a_group_of_a_body_s_friends_is_not_the_body_whatever_organ_s_noun_it_holds():
    # "Group" names an organ ("the OSCE Minsk Group"), but a group of the body's friends is
    # a group of its backers, in English or in Spanish (roles as kit writes them)
    from kit.extract.titles import lexicon

    assert lexicon().body_named_first("the OAS Group of Friends") is None
    assert lexicon().body_named_first("the OSCE Tarvel Group").side == "Organization for Security and Co-operation in Europe"
    assert _sides_from_roles("coordinator of the Group of Friends of the OAS",
                             "coordinador del Grupo de Amigos de la Organization of American States",
                             "head of the Monitoring Group of the OAS") == ["", "", "Organization of American States"]


def _read_hand_built(words: list[str], ents: list[tuple[int, int, str]], lang: str = "en") -> dict[str, roles.Entity]:
    doc = Doc(spacy.blank(lang).vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    read = roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})
    return {e.text: e for e in read}


def test_an_apposition_with_a_determiner_after_a_name_is_not_the_next_name_s():
    # "A, the Osk envoy, B and C": the envoy is A; B and C are other people, with no title
    words = ["Present", "were", "Mara", "Ventel", ",", "the", "Osk", "envoy", ",", "Tomas", "Brell", "and",
             "Ilse", "Varo", "."]
    read = _read_hand_built(words, [(2, 4, "PERSON"), (6, 7, "ORG"), (9, 11, "PERSON"), (12, 14, "PERSON")])
    assert (read["Mara Ventel"].role, read["Mara Ventel"].side) == ("Osk envoy", "Osk")
    assert [(read[n].role, read[n].side) for n in ("Tomas Brell", "Ilse Varo")] == [("", ""), ("", "")]


def test_a_title_between_two_names_is_the_second_s_in_a_list_that_gives_titles_first():
    # "the foreign minister, A, the defence minister, B": each title before its name
    words = ["Present", "were", "the", "foreign", "minister", ",", "Mara", "Ventel", ",", "the", "defence",
             "minister", ",", "Tomas", "Brell", "."]
    read = _read_hand_built(words, [(6, 8, "PERSON"), (13, 15, "PERSON")])
    assert [read[n].role.casefold() for n in ("Mara Ventel", "Tomas Brell")] == ["foreign minister", "defence minister"]


def test_a_name_owning_the_apposition_of_a_listed_name_takes_no_title_of_the_list():
    # "The negotiators are A, B's aide, and C": B owns A's apposition, no negotiator of the list
    words = ["The", "negotiators", "are", "Tomas", "Brell", ",", "Mara", "Ventel", "'s", "aide", ",", "and",
             "Ilse", "Varo", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 9, 7, 4, 9, 9, 13, 9, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "attr", "punct", "compound", "poss", "case", "appos", "punct", "cc",
            "compound", "conj", "punct"]
    pos = ["DET", "NOUN", "AUX", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PART", "NOUN", "PUNCT", "CCONJ",
           "PROPN", "PROPN", "PUNCT"]
    tags = ["DT", "NNS", "VBP", "NNP", "NNP", ",", "NNP", "NNP", "POS", "NN", ",", "CC", "NNP", "NNP", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "PERSON"), Span(doc, 12, 14, "PERSON")]
    read = {e.text: e for e in roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})}
    assert read["Tomas Brell"].role == "negotiator"
    assert read["Mara Ventel"].role == ""


def test_a_place_s_or_a_demonym_s_plural_tagged_as_a_person_is_a_people():
    """"Tarnis" where "Tarn" is tagged a place ("<place>i" of ``people_endings``, plural),
    "Argentinians" (``demonyms.csv`` has "Argentinian" alone) and "Serbs" ("Serb" and
    "ia" of ``people_place_endings``: Serbia, a country of the lexicon): peoples, not persons;
    "Velis", whose "Vel" no text or lexicon names as a place, stays a person."""
    words = ["Tarnis", "and", "Argentinians", "fled", "Tarn", "with", "Velis", "and", "Serbs", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 3, "PERSON"), Span(doc, 4, 5, "GPE"),
                Span(doc, 6, 7, "PERSON"), Span(doc, 8, 9, "PERSON")]
    read = roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})
    assert [(e.text, e.label) for e in read if e.text != "Tarn"] \
        == [("Tarnis", "NORP"), ("Argentinians", "NORP"), ("Velis", "PERSON"), ("Serbs", "NORP")]
    assert [e.text for e in read if e.kind == "person"] == ["Velis"]


def test_an_ethnic_group_s_name_tagged_as_an_organisation_is_a_people_and_no_part_of_the_title():
    """"Pell Tarnow, a Zulu leader," with "Zulu" tagged ORG: a people of
    ``ethnic_adjectives``, so the role is "leader", with no organisation or party as side."""
    words = ["Pell", "Tarnow", ",", "a", "Zulu", "leader", ",", "spoke", "."]
    read = _read_hand_built(words, [(0, 2, "PERSON"), (4, 5, "ORG")])
    assert (read["Pell Tarnow"].role, read["Pell Tarnow"].side) == ("leader", "")
    assert read["Zulu"].label == "NORP"


def test_a_place_s_name_with_a_lower_case_group_noun_after_it_is_an_organisation():
    """"the Tampere group" (``place_group_nouns``): a faction named after the city it formed in,
    an organisation the whole phrase names, no place; "the Contact Group", capitalised, is a
    body's own name and left as the model tags it."""
    words = ["The", "Tampere", "group", "wants", "a", "role", ",", "and", "the", "Tampere", "Group", "too", "."]
    read = _read_hand_built(words, [(1, 2, "GPE"), (9, 10, "GPE")])
    assert [(e.text, e.label, e.canonical) for e in read.values()] == [("Tampere group", "ORG", "Tampere group"),
                                                                       ("Tampere", "GPE", "Tampere")]


def test_an_ethnic_group_s_name_before_no_title_is_left_as_the_model_tags_it():
    """"the Zulu-led rebels": no title follows, so the list does not make the name a people
    there; the model's reading stands (an organisation some events take part in)."""
    words = ["Talks", "went", "on", "without", "the", "Zulu", "-", "led", "rebels", "."]
    read = _read_hand_built(words, [(5, 6, "ORG")])
    assert read["Zulu"].label == "ORG"


@pytest.mark.parametrize(("words", "ents"), [
    ("The first elected Zulu president , Osk Varan , spoke .", [(3, 4, "PERSON"), (6, 8, "PERSON")]),
    ("Pell Tarnow , a Zulu leader , spoke .", [(0, 2, "PERSON"), (4, 5, "PERSON")]),
])
def test_an_ethnic_group_s_name_tagged_as_a_person_before_a_title_stays_a_people(words, ents):
    """"a Zulu leader" with "Zulu" tagged PERSON: relabelled a people (``ethnic_adjectives``),
    it is read by no person rule afterwards, so it stays no person."""
    read = _read_hand_built(words.split(), ents)
    assert (read["Zulu"].label, read["Zulu"].kind) == ("NORP", "group")


def test_an_office_below_the_state_and_a_town_s_office_read_one_way():
    """``_sub_national_office`` (a town's or a region's office, any language's words) and
    ``_municipal_office`` (a town's, the Doc's language's words) ask one reading: the office
    alone, or "of" a place right after it."""
    from kit.extract.titles import lexicon

    def reader(lang: str) -> roles._Reader:
        doc = Doc(spacy.blank(lang).vocab, words=["Hola", "."], sent_starts=[True, False])
        return roles._Reader(doc, {}, lexicon())

    en, es = reader("en"), reader("es")
    for role, below, town in [("Mayor of Velmar", True, True), ("mayor", True, True), ("Deputy Mayor", True, True),
                              ("mayoral candidate", False, False), ("mayor race", False, False),
                              ("Governor of Osk", True, False), ("governor", True, False),
                              ("Minister of Tarn", False, False)]:
        assert (en._sub_national_office(role), en._municipal_office(role)) == (below, town), role
    # the Doc's language decides a town's office, not an office below the state
    assert (en._sub_national_office("alcalde de Velmar"), en._municipal_office("alcalde de Velmar")) == (True, False)
    assert (es._sub_national_office("alcalde de Velmar"), es._municipal_office("alcalde de Velmar")) == (True, True)
    assert (es._sub_national_office("gobernadora de Osk"), es._municipal_office("gobernadora de Osk")) == (True, False)
    # any office the role opens with: a longer one read as a whole
    assert roles._Reader._office_of_a_place("reeve general of Osk", frozenset({"reeve", "reeve general"}),
                                            frozenset({"of"}))


def _parsed(words, heads, deps, pos, lemmas):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    from kit.extract.titles import lexicon

    return roles._Reader(doc, {}, lexicon())


def test_two_phrases_across_a_verb_of_meeting_are_its_subject_and_its_object():
    # "Tarn 's minister met the president": subject and object of "meet"; "... met his
    # president": the object is the subject's own; "... saw the president": no verb of meeting
    words = ["Tarn", "'s", "minister", "met", "the", "president", "."]
    heads = [2, 0, 3, 3, 5, 3, 3]
    deps = ["poss", "case", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    reader = _parsed(words, heads, deps, pos, ["Tarn", "'s", "minister", "meet", "the", "president", "."])
    assert reader._across_an_encounter(0, 5) and reader._across_an_encounter(5, 0)
    assert not reader._across_an_encounter(0, 2)  # one phrase
    reader = _parsed(words, heads, deps, pos, ["Tarn", "'s", "minister", "see", "the", "president", "."])
    assert not reader._across_an_encounter(0, 5)
    own = ["Tarn", "'s", "minister", "met", "his", "president", "."]
    reader = _parsed(own, heads, ["poss", "case", "nsubj", "ROOT", "poss", "dobj", "punct"],
                     ["PROPN", "PART", "NOUN", "VERB", "PRON", "NOUN", "PUNCT"],
                     ["Tarn", "'s", "minister", "meet", "his", "president", "."])
    assert not reader._across_an_encounter(0, 5)


@pytest.mark.parametrize("lang, role, armed", [
    ("en", "rebel commander", True), ("en", "separatist military spokesman", True),
    ("en", "envoy to the rebels", False), ("en", "commander", False), ("en", "rebel", False),
    ("es", "jefe guerrillero", True), ("es", "portavoz de los rebeldes", False),
])
def test_an_armed_group_s_office_has_its_mark_before_any_complement(lang, role, armed):
    from kit.extract.titles import lexicon

    doc = Doc(spacy.blank(lang).vocab, words=["x"])
    assert roles._Reader(doc, {}, lexicon())._office_of_an_armed_group(role) is armed


def test_a_state_the_model_tags_as_a_name_after_a_title_is_the_title_s_state():
    """ "Bishop Mara Ventel, Prime Minister of | Burkina Faso |,", the state tagged PERSON
    after the holder's name: the state is read as a place before the holder is, so the
    office's "of <country>" gives the side, over the church of the holder's calling."""
    words = ["Bishop", "Mara", "Ventel", ",", "Prime", "Minister", "of", "Burkina", "Faso", ",", "led", "the",
             "delegation", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 7, 9, "PERSON")]
    read = roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})
    person = next(e for e in read if e.text == "Mara Ventel")
    assert (person.role, person.side, str(person.side_cue)) == ("Prime Minister", "Burkina Faso", "Burkina Faso")
    assert next(e for e in read if e.text == "Burkina Faso").label == "GPE"


def _read_parsed(words, heads, deps, pos, ents, lang="en"):
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})


def test_people_joined_to_the_other_members_of_a_body_are_of_the_body():
    """ "A and B, together with the other members of the Tarn Front, walked out": the
    subjects of the clause the phrase hangs on are members of the Front, and take its side."""
    words = ["Mara", "Ventel", "and", "Osk", "Tamm", ",", "together", "with", "the", "other", "members", "of",
             "the", "Tarn", "Front", ",", "walked", "out", "."]
    heads = [1, 16, 1, 4, 1, 1, 16, 6, 10, 10, 7, 10, 14, 14, 11, 16, 16, 16, 16]
    deps = ["compound", "nsubj", "cc", "compound", "conj", "punct", "advmod", "prep", "det", "amod", "pobj", "prep",
            "det", "compound", "pobj", "punct", "ROOT", "prt", "punct"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "ADV", "ADP", "DET", "ADJ", "NOUN", "ADP", "DET",
           "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PUNCT"]
    read = _read_parsed(words, heads, deps, pos, [(0, 2, "PERSON"), (3, 5, "PERSON"), (13, 15, "ORG")])
    assert {e.text: e.side for e in read if e.kind == "person"} == {"Mara Ventel": "Tarn Front", "Osk Tamm": "Tarn Front"}


def test_a_person_met_with_the_other_members_of_a_body_is_not_made_a_member():
    """ "A met B and the other members of the Tarn Front": the phrase is the verb's object,
    joined to B; the text says nothing of A's side, nor states B's."""
    words = ["Mara", "Ventel", "met", "Osk", "Tamm", "and", "the", "other", "members", "of", "the", "Tarn", "Front",
             "."]
    heads = [1, 2, 2, 4, 2, 4, 8, 8, 4, 8, 12, 12, 9, 2]
    deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "cc", "det", "amod", "conj", "prep", "det", "compound",
            "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "DET", "ADJ", "NOUN", "ADP", "DET", "PROPN", "PROPN",
           "PUNCT"]
    read = _read_parsed(words, heads, deps, pos, [(0, 2, "PERSON"), (3, 5, "PERSON"), (11, 13, "ORG")])
    assert {e.text: e.side for e in read if e.kind == "person"} == {"Mara Ventel": "", "Osk Tamm": ""}


def test_a_cleric_joined_to_the_other_members_of_a_bishops_body_is_of_the_body():
    """ "A su lado estaban monseñor A, ..., junto a los demás miembros de la Liga Osk" (the
    parse making the title the clause's head, the name tagged MISC): the body the text
    states, over the church a cleric's title only implies."""
    words = ["A", "su", "lado", "estaban", "monseñor", "Mara", "Ventel", ",", "junto", "a", "los", "demás",
             "miembros", "de", "la", "Liga", "Osk", "."]
    heads = [2, 2, 3, 4, 4, 4, 5, 5, 12, 8, 12, 10, 4, 15, 15, 12, 15, 4]
    deps = ["case", "det", "obl", "cop", "ROOT", "nsubj", "flat", "punct", "case", "fixed", "det", "det", "obl",
            "case", "det", "nmod", "flat", "punct"]
    pos = ["ADP", "DET", "NOUN", "AUX", "ADJ", "PROPN", "PROPN", "PUNCT", "ADJ", "ADP", "DET", "DET", "NOUN", "ADP",
           "DET", "PROPN", "PROPN", "PUNCT"]
    read = _read_parsed(words, heads, deps, pos, [(5, 7, "PERSON"), (15, 17, "MISC")], "es")
    person = next(e for e in read if e.text == "Mara Ventel")
    assert person.side == "Liga Osk"
