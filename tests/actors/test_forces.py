"""kit.actors.forces: a body named after a state's people that the corpus writes as an armed group."""

from __future__ import annotations

import pandas as pd

from kit.actors.forces import sides_of_bodies_of_their_own


def mentions(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "kind": k, "side": s, "side_cue": c, "side_cue_kind": ""}
                         for a, k, s, c in rows])


def sentences(*texts: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "sentence_id": n, "start_char": 0, "text": t}
                         for n, (a, t) in enumerate(texts)])


ROWS = mentions(("a1", "person", "Mali", "the Malian Forces"),  # "Osk, commander of the Malian Forces"
                ("a1", "person", "Mali", "Malian"),  # "the Malian minister Mara Ventel"
                ("a2", "person", "Mali", "context: the one state the article names"))


def test_a_demonym_body_the_corpus_calls_a_militia_is_the_side_of_its_people():
    for text in ("The Malian Forces, the northern militia led by Osk, kept away.",
                 "Fighters of the Malian Forces militia held the road."):
        found = sides_of_bodies_of_their_own(ROWS, lambda ids, t=text: sentences(("a2", t)))
        assert found["side"].tolist() == ["Malian Forces", "Mali", "Mali"]


def test_a_demonym_body_never_written_as_a_non_state_group_stays_the_state_s():
    text = "The Malian Forces took the border post from the rebels, the minister said."
    found = sides_of_bodies_of_their_own(ROWS, lambda ids: sentences(("a2", text)))
    assert found["side"].tolist() == ["Mali", "Mali", "Mali"]


def test_a_non_state_word_that_is_not_the_apposition_s_own_noun_leaves_the_body_the_state_s():
    for text in ("The Malian Forces, the rebels said, took the border post.",  # a clause set off
                 "The Malian Forces, the rebels' main enemy, took the border post.",  # a possessive
                 "The Malian Forces, a target of the militia, took the border post."):  # an "of" before it
        found = sides_of_bodies_of_their_own(ROWS, lambda ids, t=text: sentences(("a2", t)))
        assert found["side"].tolist() == ["Mali", "Mali", "Mali"], text
