"""kit.actors.delegations: a joint delegation of several organisations is one party."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.actors.delegations import (
    delegation_named,
    sides_of_joint_delegations,
    sides_of_lists_acting_for,
)


def table(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"actor_id": a, "name": n, "kind": "government" if n == "Tarn" else "person",
                          "side": s, "side_evidence": "read" if s else ""} for a, n, s in rows])


def mentions(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"actor_id": a, "side": s, "side_cue": c, "role": r} for a, s, c, r in rows])


PEOPLE = table(("p1", "Mara Ventel", "Osk Front"), ("p2", "Dov Arle", "Vel League"),
               ("p3", "Ilo Brask", ""), ("p4", "Sen Toral", "Tarn"), ("s1", "Tarn", "Tarn"))


def test_people_of_several_organisations_in_one_delegation_take_the_delegation():
    found = sides_of_joint_delegations(PEOPLE, mentions(
        ("p1", "Osk Front", "affiliation: Osk Front", "political leader of the Osk Front"),
        ("p1", "Tarn", "context: the Moldovan delegation", ""),  # "X, who heads the Moldovan delegation"
        ("p2", "Tarn", "context: The Moldovan delegation", "member of the Moldovan delegation"),
        ("p3", "", "", "member of the Moldovan delegation"),  # no organisation of his own
        ("p4", "Tarn", "title: Foreign Minister", "")))
    assert found["side"].tolist() == ["Moldovan delegation", "Moldovan delegation", "Moldovan delegation", "Tarn", "Tarn"]
    assert found["side_evidence"].tolist()[:3] == ["the joint delegation of Osk Front",
                                                   "the joint delegation of Vel League", "the joint delegation of"]


def test_a_delegation_of_one_organisation_s_people_is_no_joint_party():
    found = sides_of_joint_delegations(PEOPLE, mentions(
        ("p1", "Tarn", "context: the Moldovan delegation", ""),
        ("p3", "", "", "member of the Moldovan delegation")))
    assert found["side"].tolist() == ["Osk Front", "Vel League", "", "Tarn", "Tarn"]


def test_a_state_s_people_keep_the_state_though_the_delegation_is_joint():
    found = sides_of_joint_delegations(PEOPLE, mentions(
        ("p1", "Tarn", "context: the Moldovan delegation", ""),
        ("p2", "Tarn", "", "member of the Moldovan delegation"),
        ("p4", "Tarn", "", "member of the Moldovan delegation")))
    assert found.loc[3, "side"] == "Tarn"


def test_a_delegation_with_a_name_of_its_own_is_no_joint_party():
    found = sides_of_joint_delegations(PEOPLE, mentions(
        ("p1", "", "context: the Senior Delegation", ""), ("p2", "", "", "member of the Senior Delegation")))
    assert found["side"].tolist() == ["Osk Front", "Vel League", "", "Tarn", "Tarn"]


def test_only_capitalised_words_before_a_membership_body_name_a_delegation():
    assert delegation_named("head of the delegation") == ""
    assert delegation_named("member of the Osk Front's delegation") == ""
    assert delegation_named("head of the Kosmar delegation") == "Kosmar delegation"


LISTED = pd.DataFrame({"actor_id": ["a", "b", "c"], "name": ["Mara Ventel", "Dov Arle", "Ilo Brask"],
                       "kind": ["person"] * 3, "side": ["Moldovan delegation", "", ""], "side_evidence": ["x", "", ""]})


def _listed(sentence: str) -> pd.DataFrame:
    names = ["Mara Ventel", "Dov Arle", "Ilo Brask"]
    starts = [sentence.index(n) for n in names]
    mentions = pd.DataFrame({"actor_id": ["a", "b", "c"], "article_id": ["1"] * 3, "sentence_id": [0] * 3,
                             "start_char": starts, "end_char": [s + len(n) for s, n in zip(starts, names)]})
    return sides_of_lists_acting_for(LISTED, mentions, {("1", 0): (sentence, 0)})


def test_the_people_of_a_list_signing_for_a_party_take_the_side_their_fellows_have():
    found = _listed("Mara Ventel, Dov Arle and Ilo Brask signed for the Moldovans in a brief ceremony.")
    assert found["side"].tolist() == ["Moldovan delegation"] * 3
    assert found["side_evidence"].tolist()[1:] == ["a list acting for Moldovan delegation"] * 2


@pytest.mark.parametrize("sentence", [
    "Mara Ventel, Dov Arle and Ilo Brask waited for the Moldovans in a brief ceremony.",  # no act for a party
    "Mara Ventel, Dov Arle and Ilo Brask signed for the Osk Front.",  # another party than the fellows'
    "Mara Ventel met Dov Arle, and Ilo Brask signed for the Moldovans.",  # no list
])
def test_a_list_gives_no_side_unless_it_acts_for_its_fellows_party(sentence):
    assert _listed(sentence)["side"].tolist() == ["Moldovan delegation", "", ""]
