"""Person's initials and styles of the peerage: the limits of the two rules."""

import pandas as pd

from kit.actors.registry import _initials_of_people, _peers_by_their_style


def test_initials_of_a_body_the_lexicon_knows_stay_the_body_s_beside_a_person_they_spell():
    # "Ulla Nemo met UN envoys": the model's "UN" is the United Nations, not her
    table = pd.DataFrame({"name": ["Ulla Nemo", "UN", "Mara Osk Ventel", "MOV"],
                          "kind": ["person", "organization", "person", "organization"],
                          "article_id": ["a", "a", "a", "a"]})
    assert _initials_of_people(table).tolist() == [False, False, False, True]

