"""An alliance at the table: the party that members of several of its parties speak for.

A front or coalition that sits at the talks as one party is often written through its
members: "Mara Ventel, the leader of the Osk Union" in one story, "Mara Ventel and Dov
Arle, the joint leaders of the Tarn Front" in another, "Dov Arle of the Vel Union" in a
third, and "the commander of the OLA" for a man "in the Front's delegation". Each person's
own party is read more often than the alliance, so each would be filed under his member
party. Where one party (the alliance) is read for people whose own parties differ (two
or more of them: the Osk Union, the Vel Union, the OLA), the corpus shows it standing over
those parties, and each of those people takes the alliance: the side is the party at the
table. A party read for the people of one member only is no alliance ("the Osk Union's
youth wing" beside the Osk Union), and states are never read so: a state is no member
of a party, nor a party of a state (a coalition government's ministers keep their parties).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from kit.extract.titles import lexicon
from kit.lexicon.canonical import name_key

MEMBERS = 2
"""How many different parties of their own the people reading one alliance must have."""


def sides_of_alliances(table: pd.DataFrame, mentions: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """``table`` (registry rows) with each person whose side is a party and whose mentions
    also read an alliance of that party (see the module docstring) given the alliance.
    ``names`` gives a side's key the name the registry files it under.

    >>> table = pd.DataFrame({"actor_id": ["p1", "p2", "p3"], "name": ["A", "B", "C"],
    ...     "kind": ["person"] * 3, "side": ["Osk Union", "Vel Union", "Osk Union"],
    ...     "side_evidence": ["x", "y", "z"]})
    >>> mentions = pd.DataFrame({"actor_id": ["p1", "p1", "p2", "p2", "p3"],
    ...     "side": ["Osk Union", "Tarn Front", "Vel Union", "Tarn Front", "Osk Union"]})
    >>> sides_of_alliances(table, mentions, {})["side"].tolist()
    ['Tarn Front', 'Tarn Front', 'Osk Union']
    """
    states = {name_key(n) for n, k in zip(table["name"].tolist(), table["kind"].tolist()) if k == "government"}
    lex = lexicon()

    def party(side: str) -> bool:
        return bool(side) and name_key(side) not in states and not lex.side_of(side)

    own = {actor: str(side) for actor, side, kind in zip(table["actor_id"].tolist(), table["side"].tolist(),
                                                          table["kind"].tolist())
           if kind == "person" and isinstance(side, str) and party(side)}
    read: dict[str, dict[str, str]] = {}
    for actor, side in zip(mentions["actor_id"].tolist(), mentions["side"].tolist()):
        if actor in own and isinstance(side, str) and side:
            named = names.get(name_key(side), side)
            if party(named) and name_key(named) != name_key(own[actor]):
                read.setdefault(actor, {})[name_key(named)] = named
    members: dict[str, set[str]] = {}
    for actor, sides in read.items():
        for key in sides:
            members.setdefault(key, set()).add(name_key(own[actor]))
    alliances = {key for key, of in members.items() if len(of) >= MEMBERS and key not in set().union(
        *(of for other, of in members.items() if other != key and len(of) >= MEMBERS and key in of))}
    if not alliances:
        return table
    table = table.copy()
    for i in table.index[table["actor_id"].isin(read)]:
        found = sorted(key for key in read[table.at[i, "actor_id"]] if key in alliances)
        if len(found) == 1:
            member = table.at[i, "side"]
            table.at[i, "side"] = read[table.at[i, "actor_id"]][found[0]]
            table.at[i, "side_evidence"] = f"the alliance of {member}"
    return table
