"""kit.actors.registry: one reading per actor from the whole corpus, with provenance.

Hand-built roles tables (no model): each row is one mention in its own sentence.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from kit.actors.registry import actor_registry, reading
from kit.extract.sidecues import CueKind


def ann_of(rows: list[dict]) -> SimpleNamespace:
    """Annotations whose roles table holds ``rows`` (name, kind, and optionally role, side...)."""
    full = []
    for i, row in enumerate(rows):
        name = row["name"]
        full.append({
            "article_id": row.get("article", "a1"), "sentence_id": i, "start_char": 10 * i,
            "end_char": 10 * i + len(name), "text": name,
            "label": "PERSON" if row["kind"] == "person" else "ORG", "canonical": name,
            "kind": row["kind"], "role": row.get("role", ""), "side": row.get("side", ""),
            "side_cue": row.get("cue", ""), "side_cue_kind": row.get("cue_kind", ""),
            "affiliation": row.get("affiliation", ""),
        })
    roles = pd.DataFrame(full)
    mentions = roles[["article_id", "sentence_id", "start_char", "end_char", "text", "label", "canonical"]]
    articles = pd.DataFrame({"article_id": sorted(set(roles["article_id"])), "published": None,
                             "title": "", "n_sentences": 1})
    sources = pd.DataFrame(columns=["article_id", "sentence_id", "start_char", "end_char",
                                    "description", "named", "head", "side"])
    return SimpleNamespace(roles=roles, mentions=mentions, articles=articles, sources=sources)


def row(reg: pd.DataFrame, name: str) -> dict:
    return reg.set_index("name").loc[name].to_dict()


def test_a_side_read_in_one_article_holds_everywhere_with_its_sentence():
    reg = actor_registry(ann_of([
        {"name": "Sergey Lavrov", "kind": "person", "role": "Foreign Minister", "article": "a1"},
        {"name": "Sergey Lavrov", "kind": "person", "side": "Russia", "cue": "Russian", "article": "a2"},
    ]))
    lavrov = row(reg, "Sergey Lavrov")
    assert (lavrov["side"], lavrov["side_evidence"]) == ("Russia", "a2:1")
    assert (lavrov["role"], lavrov["role_evidence"]) == ("Foreign Minister", "a1:0")
    assert lavrov["side_conflicts"] == lavrov["role_conflicts"] == ""


def test_conflicting_readings_are_listed_not_overwritten():
    reg = actor_registry(ann_of([
        {"name": "Ana Ruiz", "kind": "person", "side": "Peru"},
        {"name": "Ana Ruiz", "kind": "person", "side": "Peru"},
        {"name": "Ana Ruiz", "kind": "person", "side": "Chile", "article": "a2"},
    ]))
    ruiz = row(reg, "Ana Ruiz")
    assert (ruiz["side"], ruiz["side_evidence"]) == ("Peru", "a1:0")
    assert ruiz["side_conflicts"] == "Chile (a2:2, ×1)"


def test_a_side_from_context_yields_to_a_stated_one():
    reg = actor_registry(ann_of([
        {"name": "Ana Ruiz", "kind": "person", "side": "Chile", "cue": "context: Chilean"},
        {"name": "Ana Ruiz", "kind": "person", "side": "Chile", "cue": "context: Chilean"},
        {"name": "Ana Ruiz", "kind": "person", "side": "Peru", "cue": "Peruvian"},
        {"name": "Luis Soto", "kind": "person", "side": "Chile", "cue": "context: Chilean"},
    ]))
    assert row(reg, "Ana Ruiz")["side"] == "Peru"
    assert row(reg, "Luis Soto")["side"] == "Chile"  # nothing stated: the context stands


def test_the_one_state_an_article_names_yields_to_a_side_stated_anywhere():
    one_state = "context: the one state the article names"  # kit.extract.governments
    reg = actor_registry(ann_of([
        {"name": "Barack Obama", "kind": "person", "role": "President", "side": "Iran", "cue": one_state},
        {"name": "Barack Obama", "kind": "person", "role": "President", "side": "Iran", "cue": one_state,
         "article": "a2"},
        {"name": "Barack Obama", "kind": "person", "side": "United States", "cue": "U.S.", "article": "a3"},
    ]))
    obama = row(reg, "Barack Obama")
    assert (obama["side"], obama["side_evidence"]) == ("United States", "a3:2")


def test_the_fuller_title_wins_and_a_shorter_one_counts_for_it():
    g = pd.DataFrame({"role": ["Secretary", "Secretary", "Energy Secretary", "energy secretary"],
                      "article_id": ["a", "b", "c", "d"], "sentence_id": [1, 2, 3, 4]})
    assert reading(g, "role", fold=True).value == "Energy Secretary"
    assert reading(g, "role").value == "Secretary"  # without folding: the most frequent as written
    two = pd.DataFrame({"role": ["President", "Vice President", "Acting President"],
                        "article_id": ["a", "b", "c"], "sentence_id": [1, 2, 3]})
    assert reading(two, "role", fold=True).conflicts != ""  # two fuller readings: nothing folds


def test_a_group_people_speak_for_is_a_side_of_its_own():
    reg = actor_registry(ann_of([
        {"name": "Taliban", "kind": "organization"},
        {"name": "Zabihullah Mujahid", "kind": "person", "role": "spokesman", "side": "Taliban"},
        {"name": "Reuters", "kind": "organization"},
    ]))
    assert (row(reg, "Taliban")["side"], row(reg, "Taliban")["side_evidence"]) == (
        "Taliban", "the side of Zabihullah Mujahid")
    assert row(reg, "Reuters")["side"] == ""  # nobody speaks for it: no side


def test_a_person_of_a_state_body_takes_the_side_of_the_body():
    reg = actor_registry(ann_of([
        {"name": "National Intelligence Service", "kind": "organization", "side": "South Korea"},
        {"name": "Suh Hoon", "kind": "person", "role": "director", "side": "National Intelligence Service"},
        {"name": "Taliban", "kind": "organization", "side": "Taliban"},
        {"name": "Zabihullah Mujahid", "kind": "person", "role": "spokesman", "side": "Taliban"},
    ]))
    suh = row(reg, "Suh Hoon")
    assert (suh["side"], suh["side_evidence"]) == ("South Korea", "the side of National Intelligence Service")
    assert row(reg, "Zabihullah Mujahid")["side"] == "Taliban"  # a body that is its own side


def test_an_aide_takes_the_side_of_the_person_they_work_for():
    reg = actor_registry(ann_of([
        {"name": "Ashraf Ghani", "kind": "person", "role": "President", "side": "Afghanistan"},
        {"name": "Hamdullah Mohib", "kind": "person", "role": "national security adviser",
         "affiliation": "Ashraf Ghani"},
        {"name": "Ana Ruiz", "kind": "person", "role": "adviser", "affiliation": "Luis Soto"},
        {"name": "Luis Soto", "kind": "person"},
    ]))
    mohib = row(reg, "Hamdullah Mohib")
    assert (mohib["side"], mohib["side_evidence"]) == ("Afghanistan", "the side of Ashraf Ghani")
    assert row(reg, "Ana Ruiz")["side"] == ""  # her principal has no side to lend


def test_a_body_a_principal_acts_for_is_not_lent_to_one_with_a_state_s_office():
    """"President Y, whose predecessor X is one of the AU mediators": X acts for the body, Y holds
    his state's office, no aide of the body's; an aide of X's ("X's adviser") is."""
    reg = actor_registry(ann_of([
        {"name": "Osk Marren", "kind": "person", "role": "African Union mediator", "side": "African Union",
         "cue": "affiliation: African Union", "affiliation": "African Union"},
        {"name": "Ivo Tarr", "kind": "person", "role": "President", "affiliation": "Osk Marren"},
        {"name": "Lene Dorv", "kind": "person", "role": "adviser", "affiliation": "Osk Marren"},
        {"name": "Mara Ventel", "kind": "person", "role": "mediator", "side": "African Union",
         "cue": "affiliation: African Union", "affiliation": "African Union", "article": "a2"},
        {"name": "Mara Ventel", "kind": "person", "role": "President", "side": "Peru", "cue": "of Peru",
         "article": "a2"},
        {"name": "Ciro Vardas", "kind": "person", "role": "President", "affiliation": "Mara Ventel", "article": "a2"},
    ]))
    assert row(reg, "Ivo Tarr")["side"] == ""
    vardas = row(reg, "Ciro Vardas")  # "President Y, whose predecessor, President X of Peru, ...": Peru
    assert (vardas["side"], vardas["side_evidence"]) == ("Peru", "the state of Mara Ventel")
    assert (row(reg, "Lene Dorv")["side"], row(reg, "Lene Dorv")["side_evidence"]) == (
        "African Union", "the side of Osk Marren")


def test_an_envoy_takes_the_side_of_the_person_they_work_for_over_one_read_from_context():
    reg = actor_registry(ann_of([
        {"name": "Clemente XV", "kind": "person", "role": "Pope", "side": "Holy See", "cue": "title: Pope"},
        {"name": "Anselmo Quiroga", "kind": "person", "role": "Cardinal", "side": "Catholic Church",
         "cue": "context: Cardinal, the body of a calling", "cue_kind": CueKind.CALLING.value, "article": "a1"},
        {"name": "Anselmo Quiroga", "kind": "person", "role": "envoy", "affiliation": "Clemente XV", "article": "a2"},
        {"name": "Clemente XV", "kind": "person", "role": "Pope", "side": "Holy See", "article": "a2"},
        {"name": "Tadeo Lisboa", "kind": "person", "role": "envoy", "side": "Ostmark", "cue": "Ostmark",
         "affiliation": "Clemente XV"},
        {"name": "Rosa Quintela", "kind": "person", "role": "envoy", "side": "Valdonia",
         "cue": "context: the Valdonian delegation", "affiliation": "Clemente XV"},
        {"name": "Ana Ruiz", "kind": "person", "role": "envoy", "side": "Valdonia",
         "cue": "context: Valdonian, a nationality", "cue_kind": CueKind.NATIONALITY.value,
         "affiliation": "Clemente XV"},
    ]))
    quiroga = row(reg, "Anselmo Quiroga")
    assert (quiroga["side"], quiroga["side_evidence"]) == ("Holy See", "the side of Clemente XV")
    assert row(reg, "Ana Ruiz")["side"] == "Holy See"  # over her nationality
    assert row(reg, "Tadeo Lisboa")["side"] == "Ostmark"  # a side the text states: his own
    assert row(reg, "Rosa Quintela")["side"] == "Valdonia"  # a group she is in: hers


def test_a_dateline_in_capitals_does_not_name_the_actor():
    reg = actor_registry(ann_of([
        {"name": "DOHA", "kind": "government"}, {"name": "Doha", "kind": "government"},
        {"name": "DOHA", "kind": "government"}, {"name": "NATO", "kind": "organization"},
    ]))
    assert set(reg["name"]) == {"Doha", "NATO"}


def test_a_name_read_as_a_person_anywhere_is_a_person_everywhere():
    reg = actor_registry(ann_of([
        {"name": "Laurent Fabius", "kind": "person", "role": "Foreign Minister", "article": "a1"},
        {"name": "Laurent Fabius", "kind": "organization", "article": "a2"},
        {"name": "Reuters", "kind": "organization", "article": "a2"},
    ]))
    fabius = row(reg, "Laurent Fabius")
    assert (fabius["kind"], fabius["mentions"], fabius["articles"]) == ("person", 2, 2)
    assert row(reg, "Reuters")["kind"] == "organization"


def test_a_one_word_name_read_as_a_place_elsewhere_is_no_person():
    reg = actor_registry(ann_of([
        {"name": "Dayton", "kind": "place", "article": "a1"},  # "near Dayton"
        {"name": "Dayton", "kind": "person", "article": "a2"},  # "Dayton gave the text"
        {"name": "Kenyatta", "kind": "place", "article": "a1"},  # "the Kenyatta ... Centre"
        {"name": "Uhuru Kenyatta", "kind": "person", "article": "a1"},
        {"name": "Kenyatta", "kind": "person", "article": "a2"},  # his surname: still him
        {"name": "Sochi", "kind": "place", "article": "a1"},
        {"name": "Sochi", "kind": "person", "role": "envoy", "article": "a2"},  # read as someone
        {"name": "Sochi", "kind": "person", "article": "a3"},  # the same someone, bare
        {"name": "Sochi", "kind": "person", "article": "a3"},
    ]))
    assert "Dayton" not in set(reg["name"])
    assert row(reg, "Uhuru Kenyatta")["mentions"] == 2
    sochi = row(reg, "Sochi")
    assert (sochi["kind"], sochi["mentions"], sochi["articles"]) == ("person", 3, 2)


def test_a_place_of_the_world_lexicons_read_as_a_person_is_no_person_unless_someone():
    reg = actor_registry(ann_of([
        {"name": "Kerala", "kind": "person", "article": "a1"},  # a state of India
        {"name": "Maryland", "kind": "person", "article": "a2"},  # "in Maryland and Virginia"
        {"name": "Virginia", "kind": "person", "article": "a2"},
        {"name": "Virginia Okafor", "kind": "person", "role": "envoy", "article": "a3"},
        {"name": "Lima", "kind": "person", "role": "spokesman", "article": "a3"},  # read as someone
    ]))
    names = set(reg["name"])
    assert not names & {"Kerala", "Maryland"}
    assert {"Virginia", "Virginia Okafor", "Lima"} <= names  # a word of a person's name; a role


def test_a_city_of_the_world_lexicons_read_as_a_person_is_no_person_unless_someone():
    reg = actor_registry(ann_of([
        {"name": "Kisangani", "kind": "person", "article": "a1"},  # "talks in Kisangani and Kumasi"
        {"name": "Kumasi", "kind": "person", "article": "a1"},
        {"name": "Aleppo", "kind": "person", "role": "spokesman", "article": "a2"},  # someone
        {"name": "Goma", "kind": "person", "article": "a2"},
        {"name": "Goma Okello", "kind": "person", "article": "a3"},  # a word of a person's name
        {"name": "Houston", "kind": "person", "article": "a3"},  # no city of the lexicon
    ]))
    names = set(reg["name"])
    assert not names & {"Kisangani", "Kumasi"}
    assert {"Aleppo", "Goma", "Goma Okello", "Houston"} <= names


def test_a_city_of_the_world_lexicons_read_as_an_organisation_is_no_organisation_unless_read_so():
    reg = actor_registry(ann_of([
        {"name": "Kisangani", "kind": "organization", "article": "a1"},  # "north of Osk and Kisangani"
        {"name": "Kumasi", "kind": "organization", "side": "Ghana", "article": "a2"},  # a side: read as a body
        {"name": "Houston", "kind": "organization", "article": "a3"},  # no city of the lexicon
    ]))
    names = set(reg["name"])
    assert "Kisangani" not in names
    assert {"Kumasi", "Houston"} <= names


def test_an_outlet_of_the_corpus_read_as_a_person_is_no_person():
    ann = ann_of([
        {"name": "Wessex Courier", "kind": "person", "article": "a1"},  # "(Jane Roe/Wessex Courier)"
        {"name": "Siam Herald", "kind": "person", "article": "a2"},  # "(X/The Gulf of Siam Herald)"
        {"name": "Tarnos Vigil", "kind": "person", "article": "a3"},  # "(Ana Roe / Tarnos Vigil)"
        {"name": "Jane Roe", "kind": "person", "article": "a1"},
        {"name": "Herald Okoro", "kind": "person", "article": "a2"},
        {"name": "Vigil Ortega", "kind": "person", "article": "a3"},
    ])  # the third outlet named by its words before the "of" of its place
    ann.articles["source"] = ["The Wessex Courier", "The Gulf of Siam Herald", "The Tarnos Vigil of Osk"]
    assert set(actor_registry(ann)["name"]) == {"Jane Roe", "Herald Okoro", "Vigil Ortega"}


def test_an_outlet_s_masthead_read_as_a_person_is_no_person():
    ann = ann_of([
        {"name": "Wessex Courier - Dorchester", "kind": "person", "article": "a1"},  # its page's head
        {"name": "Jane Roe", "kind": "person", "article": "a1"},
        {"name": "Dorchester - Wessex Courier", "kind": "person", "article": "a2"},
        {"name": "Courier Okoro - Dorchester", "kind": "person", "article": "a2"},
    ])
    ann.articles["source"] = ["The Wessex Courier", "Brell Post"]
    assert set(actor_registry(ann)["name"]) == {
        "Jane Roe", "Dorchester - Wessex Courier", "Courier Okoro - Dorchester"}


def test_a_role_of_the_past_is_shown_only_when_none_of_the_present_is_read():
    g = pd.DataFrame({"role": ["former President", "Former President", "AU envoy", "ex-minister"],
                      "article_id": ["a", "b", "c", "d"], "sentence_id": [1, 2, 3, 4]})
    found = reading(g, "role", fold=True)
    assert (found.value, found.evidence) == ("AU envoy", "c:3")
    assert found.conflicts.startswith("former President (a:1, ×2)")  # listed, not dropped
    only = reading(g[g["role"] != "AU envoy"], "role", fold=True)
    assert only.value == "former President"


def test_the_two_word_orders_of_one_title_are_one_reading():
    g = pd.DataFrame({"role": ["House Speaker", "Speaker of the House", "House Speaker", "Speaker"],
                      "article_id": ["a", "b", "c", "d"], "sentence_id": [1, 2, 3, 4]})
    found = reading(g, "role", fold=True)
    assert (found.value, found.conflicts) == ("House Speaker", "")


def test_a_rank_or_a_calling_is_shown_only_when_no_office_is_read():
    g = pd.DataFrame({"role": ["Brigadier General", "Dutch diplomat", "diplomat", "head of the mission"],
                      "article_id": ["a", "b", "c", "d"], "sentence_id": [1, 2, 3, 4]})
    found = reading(g, "role", fold=True)
    assert found.value == "head of the mission"  # an office, though fewer mentions give it
    assert "Brigadier General (a:1, ×1)" in found.conflicts
    assert reading(g[g["role"] != "head of the mission"], "role", fold=True).value == "Dutch diplomat"


def test_what_a_person_is_now_comes_before_what_they_were():
    g = pd.DataFrame({"role": ["retired Major General", "former minister", "General", "economist"],
                      "article_id": ["a", "b", "c", "d"], "sentence_id": [1, 2, 3, 4]})
    assert reading(g, "role", fold=True).value == "General"  # a rank now, though read later
    assert reading(g[g["role"] != "General"], "role", fold=True).value == "economist"
    assert reading(g[g["role"].str.contains("r ")], "role", fold=True).value == "retired Major General"


def test_a_present_title_is_not_folded_into_the_same_title_held_before():
    g = pd.DataFrame({"role": ["former Senator", "Senator", "Senator", "former Senator", "former Senator"],
                      "article_id": ["a", "b", "c", "d", "e"], "sentence_id": [1, 2, 3, 4, 5]})
    found = reading(g, "role", fold=True)
    assert found.value == "Senator"
    assert found.conflicts == "former Senator (a:1, ×3)"


def test_a_title_counts_for_the_same_title_whose_complement_names_more():
    g = pd.DataFrame({"role": ["head of the delegation", "head of the delegation", "head of the Orvan Front delegation",
                               "chief negotiator", "chief negotiator"],
                      "article_id": ["a", "b", "c", "d", "e"], "sentence_id": [1, 2, 3, 4, 5]})
    found = reading(g, "role", fold=True)
    assert (found.value, found.conflicts) == ("head of the Orvan Front delegation", "chief negotiator (d:4, ×2)")
    other = pd.DataFrame({"role": ["head of the delegation", "deputy head of the Orvan Front delegation", "envoy",
                                   "envoy"], "article_id": ["a", "b", "c", "d"], "sentence_id": [1, 2, 3, 4]})
    assert reading(other, "role", fold=True).value == "envoy"  # another title: nothing folds


def test_a_title_the_side_has_no_office_of_comes_after_its_own():
    g = pd.DataFrame({"role": ["Foreign Minister", "Foreign Minister", "Foreign Secretary"],
                      "article_id": ["a", "b", "c"], "sentence_id": [1, 2, 3]})
    assert reading(g, "role", fold=True, state="United Kingdom").value == "Foreign Secretary"
    assert reading(g, "role", fold=True, state="Valdonia").value == "Foreign Minister"  # a state that has one
    senate = pd.DataFrame({"role": ["President of the Senate", "President of the Senate", "Senator"],
                           "article_id": ["a", "b", "c"], "sentence_id": [1, 2, 3]})
    found = reading(senate, "role", fold=True, state="Norway")  # a kingdom's office with its own complement
    assert found.value == "President of the Senate"


def test_membership_of_a_delegation_is_shown_only_when_no_other_role_is_read():
    g = pd.DataFrame({"role": ["member of the NDFV delegation", "member of the negotiating team", "negotiator"],
                      "article_id": ["a", "b", "c"], "sentence_id": [1, 2, 3]})
    found = reading(g, "role", fold=True)
    assert (found.value, found.evidence) == ("negotiator", "c:3")
    assert found.conflicts.startswith("member of the NDFV delegation (a:1, ×1)")  # listed, not dropped
    assert reading(g[g["role"] != "negotiator"], "role", fold=True).value == "member of the NDFV delegation"
def test_a_side_from_context_set_aside_is_still_listed_with_where_it_was_read():
    filed = "context: a bare office in a story filed in VELMORA"
    reg = actor_registry(ann_of([
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Orvania", "cue": filed},
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Orvania", "cue": filed,
         "article": "a2"},
        {"name": "Tomas Ferro", "kind": "person", "side": "Tarsia", "cue": "Tarsian", "article": "a3"},
        {"name": "Tomas Ferro", "kind": "person", "side": "Tarsia", "cue": "context: Tarsian", "article": "a4"},
    ]))
    ferro = row(reg, "Tomas Ferro")  # one stated side beats any number read from context
    assert (ferro["side"], ferro["side_evidence"]) == ("Tarsia", "a3:2")
    assert ferro["side_conflicts"] == "Orvania (a1:0, ×2, context)"


def test_sides_of_datelines_that_disagree_give_none_and_are_both_listed():
    reg = actor_registry(ann_of([
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Orvania",
         "cue": "context: a bare office in a story filed in VELMORA", "cue_kind": CueKind.BARE_OFFICE_FILED.value},
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Tarsia",
         "cue": "context: a bare office in a story filed in TARSK", "cue_kind": CueKind.BARE_OFFICE_FILED.value,
         "article": "a2"},
    ]))
    ferro = row(reg, "Tomas Ferro")
    assert (ferro["side"], ferro["side_conflicts"]) == ("", "Orvania (a1:0, ×1, context); Tarsia (a2:1, ×1, context)")


def test_sides_of_datelines_written_with_and_without_accents_are_one_side():
    # "Tarsía" and "Tarsia": one state, as every side reading keys it, so the datelines agree
    filed = CueKind.BARE_OFFICE_FILED.value
    reg = actor_registry(ann_of([
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Tarsía",
         "cue": "context: a bare office in a story filed in TARSK", "cue_kind": filed},
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Tarsia",
         "cue": "context: a bare office in a story filed in TARSK", "cue_kind": filed, "article": "a2"},
    ]))
    assert row(reg, "Tomas Ferro")["side"] in {"Tarsía", "Tarsia"}


def test_the_kind_of_a_side_s_cue_not_its_words_tells_a_weak_side():
    # a nationality and a cleric's church, whatever words their cues keep, yield to a principal's side
    reg = actor_registry(ann_of([
        {"name": "Clemente XV", "kind": "person", "role": "Pope", "side": "Holy See", "cue": "title: Pope"},
        {"name": "Ana Ruiz", "kind": "person", "role": "envoy", "side": "Valdonia",
         "cue": "context: Valdonian", "cue_kind": CueKind.NATIONALITY.value, "affiliation": "Clemente XV"},
        {"name": "Anselmo Quiroga", "kind": "person", "role": "envoy", "side": "Catholic Church",
         "cue": "context: Cardinal", "cue_kind": CueKind.CALLING.value, "affiliation": "Clemente XV"},
    ]))
    assert (row(reg, "Ana Ruiz")["side"], row(reg, "Anselmo Quiroga")["side"]) == ("Holy See", "Holy See")


def test_datelines_that_disagree_are_told_by_the_kind_of_the_cue():
    filed = CueKind.BARE_OFFICE_FILED.value
    reg = actor_registry(ann_of([
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Orvania",
         "cue": "context: VELMORA", "cue_kind": filed},
        {"name": "Tomas Ferro", "kind": "person", "role": "President", "side": "Tarsia",
         "cue": "context: TARSK", "cue_kind": filed, "article": "a2"},
    ]))
    assert row(reg, "Tomas Ferro")["side"] == ""


def test_a_membership_role_is_told_by_the_words_of_the_lexicon(monkeypatch):
    # "member of the" is data (membership_roles), read with the groups of membership_bodies
    from kit.actors import registry
    from kit.lexicon.wordlists import words_in_any

    assert words_in_any("membership_roles") == frozenset({"member of the"})
    assert registry._is_membership("Member of the  Orvist negotiating team")
    assert not registry._is_membership("member of the Orvist parliament")  # no group of membership_bodies
    monkeypatch.setattr(registry, "words_in_any", lambda name: frozenset({"delegate of the"})
                        if name == "membership_roles" else words_in_any(name))
    assert registry._is_membership("delegate of the Orvist delegation")


def test_an_office_in_a_body_outranks_a_nationality_however_many_give_it():
    body = "Andean Rivers Commission"
    reg = actor_registry(ann_of([
        {"name": "Marta Ilves", "kind": "person", "role": "commissioner", "side": "Chile", "cue": "chilena"},
        {"name": "Marta Ilves", "kind": "person", "side": "Chile", "cue": "Chilean", "article": "a2"},
        {"name": "Marta Ilves", "kind": "person", "role": "rapporteur of the Andean Rivers Commission",
         "side": body, "cue": f"affiliation: {body}", "affiliation": body, "article": "a3"},
        {"name": "Tiago Brandt", "kind": "person", "role": "President", "side": "Peru", "cue": "Peruvian"},
        {"name": "Tiago Brandt", "kind": "person", "role": "President", "side": "Peru", "cue": "Peruvian",
         "article": "a2"},
        {"name": "Tiago Brandt", "kind": "person", "role": "mediator of the Andean Rivers Commission",
         "side": body, "cue": f"affiliation: {body}", "affiliation": body, "article": "a3"},
        {"name": "Ciro Vardas", "kind": "person", "side": "Peru", "cue": "Peruvian"},
        {"name": "Ciro Vardas", "kind": "person", "role": "ambassador to the OAS", "side": "OAS",
         "cue": "affiliation: OAS", "affiliation": "OAS", "article": "a2"},
    ]))
    ilves = row(reg, "Marta Ilves")  # "la comisionada chilena", "the Chilean": her nationality
    assert (ilves["side"], ilves["side_evidence"]) == (body, "a3:2")
    assert ilves["side_conflicts"] == "Chile (a1:0, ×2, a nationality)"  # listed, not dropped
    brandt = row(reg, "Tiago Brandt")  # "the Peruvian President": a state's office, counted
    assert (brandt["side"], brandt["side_conflicts"]) == ("Peru", f"{body} (a3:5, ×1)")
    assert row(reg, "Ciro Vardas")["side"] == "Peru"  # a state's post at a body: no office of the body's


def test_a_title_acting_for_an_international_body_outranks_a_state_s_office():
    """"Tarn's president" twice, "the African Union mediator" once: whoever mediates, chairs
    or is sent for a body of the lexicon acts for it; a state's post at the body, an office
    held before or a title of no such agent leaves the count to decide."""
    reg = actor_registry(ann_of([
        {"name": name, "kind": "person", "role": "President", "side": "Peru", "cue": "Peruvian", "article": art}
        for name in ("Tiago Brandt", "Marta Ilves", "Ciro Vardas", "Osk Halver") for art in ("a1", "a2")] + [
        {"name": "Tiago Brandt", "kind": "person", "role": "African Union mediator", "side": "African Union",
         "cue": "affiliation: African Union", "affiliation": "African Union", "article": "a3"},
        {"name": "Marta Ilves", "kind": "person", "role": "chairman of the African Union", "side": "African Union",
         "cue": "affiliation: African Union", "affiliation": "African Union", "article": "a3"},
        {"name": "Ciro Vardas", "kind": "person", "role": "ambassador to the African Union", "side": "African Union",
         "cue": "affiliation: African Union", "affiliation": "African Union", "article": "a3"},
        {"name": "Osk Halver", "kind": "person", "role": "adviser", "side": "African Union",
         "cue": "affiliation: African Union", "affiliation": "African Union", "article": "a3"},
    ]))
    brandt = row(reg, "Tiago Brandt")
    assert (brandt["side"], brandt["side_evidence"]) == ("African Union", "a3:8")
    assert brandt["side_conflicts"] == "Peru (a1:0, ×2, a state beside a body's agent)"  # listed, not dropped
    assert row(reg, "Marta Ilves")["side"] == "African Union"
    assert row(reg, "Ciro Vardas")["side"] == "Peru"  # a state's post at the body
    assert row(reg, "Osk Halver")["side"] == "Peru"  # no agent's title: the count decides


def test_a_state_read_with_its_office_outranks_a_party_however_many_give_it():
    party = "Valdo Progressive Party"
    reg = actor_registry(ann_of([
        {"name": "Osk Marren", "kind": "person", "role": "First Deputy Prime Minister", "side": party,
         "cue": f"affiliation: {party}", "affiliation": party},
        {"name": "Osk Marren", "kind": "person", "role": "leader", "side": party,
         "cue": f"affiliation: {party}", "affiliation": party, "article": "a2"},
        {"name": "Osk Marren", "kind": "person", "role": "first deputy prime minister", "side": "Serbia",
         "cue": "Serbia", "article": "a3"},
        {"name": "Mara Ventel", "kind": "person", "role": "leader", "side": party,
         "cue": f"affiliation: {party}", "affiliation": party},
        {"name": "Mara Ventel", "kind": "person", "role": "Prime Minister", "side": "Serbia",
         "cue": "context: the one state the article names", "article": "a2"},
        {"name": "Ivo Tarr", "kind": "person", "role": "leader", "side": party,
         "cue": f"affiliation: {party}", "affiliation": party},
        {"name": "Ivo Tarr", "kind": "person", "role": "former Prime Minister", "side": "Serbia",
         "cue": "Serbia", "article": "a2"},
    ]))
    marren = row(reg, "Osk Marren")  # "Tarn's first deputy prime minister": the state he acts for
    assert (marren["side"], marren["side_evidence"]) == ("Serbia", "a3:2")
    assert marren["side_conflicts"] == f"{party} (a1:0, ×2, a party beside a state's office)"
    assert row(reg, "Mara Ventel")["side"] == party  # the state's office read only from context
    assert row(reg, "Ivo Tarr")["side"] == party  # an office held before: the count decides


def test_an_office_any_party_holds_or_the_opposition_outranks_no_party():
    # "Tarnish opposition leader Mara Ventel, head of the Valdo Party": she opposes the state
    party = "Valdo Progressive Party"
    reg = actor_registry(ann_of([
        {"name": name, "kind": "person", "role": "leader", "side": party, "cue": f"affiliation: {party}",
         "affiliation": party, "article": "a1"} for name in ("Mara Ventel", "Ivo Tarr", "Osk Marren")] + [
        {"name": name, "kind": "person", "role": role, "side": "Serbia", "cue": "Serbia", "article": "a2"}
        for name, role in (("Mara Ventel", "opposition leader"), ("Ivo Tarr", "Senator"),
                           ("Osk Marren", "member of parliament"))]))
    assert [row(reg, n)["side"] for n in ("Mara Ventel", "Ivo Tarr", "Osk Marren")] == [party] * 3


def test_a_former_office_gives_no_side_to_a_third_party_of_the_talks():
    former = "context: of Tarn, a former office"
    reg = actor_registry(ann_of([
        {"name": "Mara Ventel", "kind": "person", "role": "former president", "side": "Tarn", "cue": former},
        {"name": "Mara Ventel", "kind": "person", "role": "facilitator of the talks", "article": "a2"},
        {"name": "Osk Halver", "kind": "person", "role": "former Senator", "side": "Tarn", "cue": former},
        {"name": "Osk Halver", "kind": "person", "role": "chair of the negotiations", "article": "a2"},
        {"name": "Ivo Tarr", "kind": "person", "role": "former president", "side": "Tarn", "cue": former},
        {"name": "Ivo Tarr", "kind": "person", "role": "chairman of the party", "article": "a2"},
        {"name": "Lene Dorv", "kind": "person", "role": "former mediator", "side": "Tarn", "cue": former},
    ]))
    ventel = row(reg, "Mara Ventel")  # "the former Tarn president", now the facilitator: not Tarn's
    assert (ventel["side"], ventel["side_conflicts"]) == ("", "Tarn (a1:0, ×1, context)")
    assert row(reg, "Osk Halver")["side"] == ""  # a chair of talks stands between the parties too
    assert row(reg, "Ivo Tarr")["side"] == "Tarn"  # a party's chairman: no third party
    assert row(reg, "Lene Dorv")["side"] == "Tarn"  # a mediator no more


def test_a_side_written_with_and_without_its_accents_is_one_reading():
    reg = actor_registry(ann_of([
        {"name": "Osk Ventel", "kind": "person", "role": "presidente del Gremio Norte", "side": "Gremio Norte",
         "cue": "affiliation: Gremio Norte", "affiliation": "Gremio Norte"},
        {"name": "Osk Ventel", "kind": "person", "side": "Liga Cívica", "cue": "por la Liga Cívica,",
         "article": "a2"},
        {"name": "Osk Ventel", "kind": "person", "side": "Liga Civica", "cue": "Por la Liga Civica",
         "article": "a3"},
    ]))
    ventel = row(reg, "Osk Ventel")  # one side, twice, as two outlets write it
    assert (ventel["side"], ventel["side_evidence"]) == ("Liga Cívica", "a2:1")
    assert ventel["side_conflicts"] == "Gremio Norte (a1:0, ×1)"


def test_two_titles_of_one_office_are_one_reading() -> None:
    """A ministry's head written as its minister "of" the portfolio and as the portfolio's
    minister, or a chamber's presiding officer as its "President" and its "Speaker", or an
    army's head as its "chief" and its "commander", are one office: no conflict, shown as most
    mentions write it; another office stays a conflict."""
    g = pd.DataFrame({"role": ["Minister of Foreign Affairs", "Foreign Minister", "Foreign Minister"],
                      "article_id": ["a", "b", "c"], "sentence_id": [1, 2, 3]})
    assert tuple(reading(g, "role", fold=True))[::2] == ("Foreign Minister", "")
    g = pd.DataFrame({"role": ["Parliament Speaker", "President of the Parliament", "Parliament Speaker"],
                      "article_id": ["a", "b", "c"], "sentence_id": [1, 2, 3]})
    assert tuple(reading(g, "role", fold=True))[::2] == ("Parliament Speaker", "")
    g = pd.DataFrame({"role": ["army commander", "army chief"], "article_id": ["a", "b"], "sentence_id": [1, 2]})
    assert tuple(reading(g, "role", fold=True))[::2] == ("army commander", "")
    g = pd.DataFrame({"role": ["Foreign Minister", "Minister of Defence"], "article_id": ["a", "b"], "sentence_id": [1, 2]})
    assert reading(g, "role", fold=True).conflicts == "Minister of Defence (b:2, ×1)"


def test_one_article_repeating_a_name_cannot_outvote_the_rest_of_the_corpus():
    """Each article votes once for an actor's kind and side, for what most of its own mentions
    give: a page of junk naming a person hundreds of times beside a place does not make her a
    government of that place; its reading is still listed, with all its mentions."""
    clean = [{"name": "Mara Ventel", "kind": "person", "side": "Tarn", "cue": "Tarn", "article": f"c{i}"}
             for i in range(3)]
    junk = [{"name": "Mara Ventel", "kind": "government", "side": "Valdonia", "cue": "Valdonia", "article": "junk"}
            for _ in range(40)]
    ventel = row(actor_registry(ann_of(junk + clean)), "Mara Ventel")
    assert (ventel["kind"], ventel["side"], ventel["side_evidence"]) == ("person", "Tarn", "c0:40")
    assert ventel["side_conflicts"] == "Valdonia (junk:0, ×40)"
    assert ventel["mentions"] == 43


def test_an_article_votes_for_its_own_majority_and_a_tie_of_articles_goes_to_the_most_mentions():
    g = pd.DataFrame({"side": ["Tarn", "Osk", "Osk", "Osk", "Osk", "Tarn", "Tarn"],
                      "article_id": ["a", "a", "a", "a", "a", "b", "c"], "sentence_id": range(7)})
    assert reading(g, "side") == ("Tarn", "a:0", "Osk (a:1, ×4)")  # a: Osk (4 of 5), b and c: Tarn
    tie = g[g["article_id"] != "c"]  # a: Osk, b: Tarn; Osk has the most mentions (4 to 2)
    assert reading(tie, "side") == ("Osk", "a:1", "Tarn (a:0, ×2)")


def test_a_wire_or_an_outlet_of_the_corpus_takes_no_side_though_it_stays_a_cited_organisation():
    ann = ann_of([
        {"name": "Freedonia", "kind": "government", "side": "Freedonia"},
        {"name": "Jana Roe", "kind": "person", "role": "spokeswoman", "side": "EFE", "affiliation": "EFE"},
        {"name": "EFE", "kind": "organization", "side": "Freedonia", "cue": "Freedonia"},
        {"name": "Port New Herald", "kind": "organization", "side": "Freedonia", "cue": "Freedonia"},
        {"name": "Freedonia Mining", "kind": "organization", "side": "Freedonia", "cue": "Freedonia"},
    ])
    ann.articles["source"] = "The Port New Herald"
    reg = actor_registry(ann)
    assert row(reg, "EFE")["kind"] == "organization" and row(reg, "EFE")["side"] == ""
    assert row(reg, "Port New Herald")["side"] == ""
    assert row(reg, "Freedonia Mining")["side"] == "Freedonia"  # no outlet: its side stays
