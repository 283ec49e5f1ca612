"""kit.actors.alliances: an alliance at the table over the parties of its people."""

from __future__ import annotations

import pandas as pd

from kit.actors.alliances import sides_of_alliances


def table(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"actor_id": a, "name": n, "kind": "government" if n == "Tarn" else "person",
                          "side": s, "side_evidence": "read"} for a, n, s in rows])


def mentions(*rows: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"actor_id": a, "side": s} for a, s in rows])


PEOPLE = table(("p1", "Mara Ventel", "Osk Union"), ("p2", "Dov Arle", "Vel Union"),
               ("p3", "Ilo Brask", "Osk Liberation Army"), ("p4", "Sen Toral", "Osk Union"))


def test_people_of_several_parties_read_for_one_front_take_the_front():
    found = sides_of_alliances(PEOPLE, mentions(
        ("p1", "Osk Union"), ("p1", "Osk Union"), ("p1", "Tarn Front"),  # "leader of the Osk Union"; "joint leaders of the Tarn Front"
        ("p2", "Vel Union"), ("p2", "Tarn Front"),
        ("p3", "Osk Liberation Army"), ("p3", "the Front"),  # "commander of the OLA"; "in the Front's delegation"
        ("p4", "Osk Union")), {"front": "Tarn Front"})
    assert found["side"].tolist() == ["Tarn Front", "Tarn Front", "Tarn Front", "Osk Union"]
    assert found["side_evidence"].tolist()[:3] == ["the alliance of Osk Union", "the alliance of Vel Union",
                                                   "the alliance of Osk Liberation Army"]


def test_a_party_read_for_the_people_of_one_party_only_is_no_alliance():
    found = sides_of_alliances(PEOPLE, mentions(
        ("p1", "Osk Union"), ("p1", "Osk Youth League"), ("p4", "Osk Union"), ("p4", "Osk Youth League")), {})
    assert found["side"].tolist() == ["Osk Union", "Vel Union", "Osk Liberation Army", "Osk Union"]


def test_a_state_is_never_the_alliance_of_parties():
    people = pd.concat([PEOPLE, table(("s1", "Tarn", "Tarn"))], ignore_index=True)
    found = sides_of_alliances(people, mentions(
        ("p1", "Osk Union"), ("p1", "Tarn"), ("p2", "Vel Union"), ("p2", "Tarn"),  # a coalition government's ministers
        ("p3", "Osk Liberation Army"), ("p3", "France"), ("p4", "Osk Union"), ("p4", "France")), {})
    assert found["side"].tolist()[:4] == ["Osk Union", "Vel Union", "Osk Liberation Army", "Osk Union"]
