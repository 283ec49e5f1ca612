"""Person's initials and styles of the peerage: the limits of the two rules."""

import pandas as pd

from kit.actors.registry import _initials_of_people, _peers_by_their_style


def test_initials_of_a_body_the_lexicon_knows_stay_the_body_s_beside_a_person_they_spell():
    # "Ulla Nemo met UN envoys": the model's "UN" is the United Nations, not her
    table = pd.DataFrame({"name": ["Ulla Nemo", "UN", "Mara Osk Ventel", "MOV"],
                          "kind": ["person", "organization", "person", "organization"],
                          "article_id": ["a", "a", "a", "a"]})
    assert _initials_of_people(table).tolist() == [False, False, False, True]


def test_a_peerage_word_in_lower_case_after_a_noun_is_no_style():
    # "the drug lord Osk" is no "Lord Osk"; "el lord Osk" (Spanish writes the style in lower case) is
    sentences = pd.DataFrame({"article_id": ["a", "a", "b"], "sentence_id": [0, 1, 0], "start_char": [0, 36, 0],
                              "text": ["Police said the drug lord Osk fled.", "Osk hid.", "Habló el lord Vel."]})
    named = pd.DataFrame({"article_id": ["a", "a", "b"], "sentence_id": [0, 1, 0], "start_char": [26, 36, 14],
                          "kind": "person", "actor": ["Osk", "Osk", "Vel"]})
    assert _peers_by_their_style(named, lambda ids: sentences) == (["Osk", "Osk", "Lord Vel"], {"Lord Vel": "Vel"})
