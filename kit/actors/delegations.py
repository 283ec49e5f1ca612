"""A joint delegation at the table: one party made of the people of several organisations.

Talks often seat one delegation for a side that is no state, made of the people of several
parties or groups: "Mara Ventel, the leader of the Osk Front, who heads the Tarnish
delegation", "the Tarnish delegation includes Dov Arle", Dov Arle being "the leader of the
Vel League" elsewhere. Each person is read under his own organisation more often than under
the delegation, and the delegation's adjective reads as a state's ("Tarnish": Tarn); only such a delegation, named
after a people or place the lexicon knows, is read (not "the Senior Delegation", a name of its own). Where
the people a corpus reads in one delegation named by capitalised words before a noun of
``membership_bodies`` ("the Tarnish delegation", "the Osk delegation") have own sides that
are two or more different organisations of no state (:data:`MEMBERS`), the delegation is no
state's but one party of its own, the party at the table: each of those people, and each
person read in it whose own side is none, takes the delegation (its name as printed, without
the article) as side. A delegation read for the people of one organisation only ("the Osk
Front's delegation", its own people) is that organisation's, and people whose own side is a
state keep it (a government's delegation of ministers of several parties is the state's).
"""

from __future__ import annotations

import re

import pandas as pd

from kit.extract.titles import lexicon
from kit.lexicon.canonical import name_key
from kit.lexicon.wordlists import verb_form_lemmas, words_in_any

MEMBERS = 2
"""How many different organisations of their own the people read in one delegation must have."""

EVIDENCE = "the joint delegation of"
"""How ``side_evidence`` opens for a side this module gives."""


def delegation_named(text: str) -> str:
    """The delegation ``text`` names by capitalised words right before a noun of
    ``membership_bodies`` ("context: the Tarnish delegation": "Tarnish delegation"), without
    the article; "" when it names none ("head of the delegation", "the Front's delegation").

    >>> delegation_named("context: The Tarnish delegation"), delegation_named("head of the delegation")
    ('Tarnish delegation', '')
    >>> delegation_named("member of the Osk Front's delegation")
    ''
    """
    nouns = words_in_any("membership_bodies")
    articles = words_in_any("articles")
    for match in re.finditer(r"((?:[A-Z][\w.-]*\s+)+)(\w+)\b", text):
        if match.group(2).lower() not in nouns:
            continue
        words = match.group(1).split()
        while words and words[0].lower() in articles:
            words = words[1:]
        if words:
            return " ".join([*words, match.group(2)])
    return ""


def sides_of_joint_delegations(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """``table`` (registry rows) with the people of a joint delegation given it as side (see
    the module docstring). A mention reads a delegation when its ``side_cue`` or ``role``
    names one (:func:`delegation_named`).

    >>> table = pd.DataFrame({"actor_id": ["p1", "p2", "p3"], "name": ["A", "B", "C"],
    ...     "kind": ["person"] * 3, "side": ["Osk Front", "Vel League", ""],
    ...     "side_evidence": ["x", "y", ""]})
    >>> mentions = pd.DataFrame({"actor_id": ["p1", "p2", "p3"], "side": ["Tarn", "Tarn", ""],
    ...     "side_cue": ["context: the Moldovan delegation", "", ""],
    ...     "role": ["", "member of the Moldovan delegation", "member of the Moldovan delegation"]})
    >>> sides_of_joint_delegations(table, mentions)["side"].tolist()
    ['Moldovan delegation', 'Moldovan delegation', 'Moldovan delegation']
    """
    states = {name_key(n) for n, k in zip(table["name"].tolist(), table["kind"].tolist()) if k == "government"}
    lex = lexicon()

    def organisation(side: str) -> bool:
        return bool(side) and name_key(side) not in states and not lex.side_of(side)

    people = {actor: side if isinstance(side, str) else ""
              for actor, side, kind in zip(table["actor_id"].tolist(), table["side"].tolist(), table["kind"].tolist())
              if kind == "person"}
    read: dict[str, dict[str, list[str]]] = {}  # delegation's key -> actor -> printed names
    cues = mentions["side_cue"].fillna("").astype(str).tolist() if "side_cue" in mentions else [""] * len(mentions)
    roles = mentions["role"].fillna("").astype(str).tolist() if "role" in mentions else [""] * len(mentions)
    for actor, cue, role in zip(mentions["actor_id"].tolist(), cues, roles):
        if actor not in people:
            continue
        for text in (cue.split(": ", 1)[-1], role):
            named = delegation_named(text)
            if named and lex.side_of(named):  # "the Moldovan delegation", not "the Senior Delegation": a name of its own
                read.setdefault(name_key(named), {}).setdefault(actor, []).append(named)
    joint = {key: of for key, of in read.items()
             if len({name_key(people[a]) for a in of if organisation(people[a])}) >= MEMBERS}
    if not joint:
        return table
    table = table.copy()
    for i in table.index[table["actor_id"].isin(people)]:
        actor = table.at[i, "actor_id"]
        own = people[actor]
        if own and not organisation(own):
            continue  # a state's man keeps his state
        found = sorted(((len(of[actor]), key) for key, of in joint.items() if actor in of), key=lambda n: (-n[0], n[1]))
        if not found:
            continue
        key = found[0][1]
        printed = [n for of in joint[key].values() for n in of]
        table.at[i, "side"] = max(sorted(set(printed)), key=printed.count)
        table.at[i, "side_evidence"] = f"{EVIDENCE} {own}" if own else EVIDENCE
    return table


def sides_of_lists_acting_for(table: pd.DataFrame, mentions: pd.DataFrame,
                              sentences: dict[tuple[str, int], tuple[str, int]]) -> pd.DataFrame:
    """``table`` with the people of a list that acts for a party ("A, B, C and D signed for the
    Tarnish": names joined by commas and "and" only, then a verb of ``acting_verbs`` and
    "for" or "on behalf of") given the side the list's other people share, when the party the
    words after "for" name agrees with it (the same name, or the same state the lexicon reads
    in both: "the Tarnish" and "the Tarnish delegation"). Only people with no side take it; a
    list whose people with sides differ gives none.

    >>> table = pd.DataFrame({"actor_id": ["a", "b"], "name": ["Mara Ventel", "Dov Arle"],
    ...     "kind": ["person"] * 2, "side": ["Osk Front", ""], "side_evidence": ["x", ""]})
    >>> mentions = pd.DataFrame({"actor_id": ["a", "b"], "article_id": ["1", "1"], "sentence_id": [0, 0],
    ...     "start_char": [0, 16], "end_char": [11, 24]})
    >>> sentences = {("1", 0): ("Mara Ventel and Dov Arle signed for the Osk Front.", 0)}
    >>> sides_of_lists_acting_for(table, mentions, sentences)["side"].tolist()
    ['Osk Front', 'Osk Front']
    """
    people = {actor: side if isinstance(side, str) else ""
              for actor, side, kind in zip(table["actor_id"].tolist(), table["side"].tolist(), table["kind"].tolist())
              if kind == "person"}
    rows = mentions[mentions["actor_id"].isin(people)].sort_values(["article_id", "sentence_id", "start_char"])
    lex = lexicon()
    verbs = words_in_any("acting_verbs")
    given: dict[str, str] = {}
    for (article, sentence), group in rows.groupby(["article_id", "sentence_id"], sort=True):
        text, first = sentences.get((str(article), int(sentence)), ("", 0))
        spans = [(int(s) - first, int(e) - first, a) for s, e, a in
                 zip(group["start_char"].tolist(), group["end_char"].tolist(), group["actor_id"].tolist())]
        runs: list[list[tuple[int, int, str]]] = []
        for span in spans:
            if runs and re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[runs[-1][-1][1]:span[0]]):
                runs[-1].append(span)
            else:
                runs.append([span])
        for run in runs:
            acting = re.match(r"\s+(\w+)\s+(?:for|on behalf of)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)",
                              text[run[-1][1]:])
            if len(run) < 2 or not acting or not _acting_verb(acting.group(1), verbs):
                continue
            sides = {people[a] for _, _, a in run if people[a]}
            if len(sides) != 1:
                continue
            side = next(iter(sides))
            party = acting.group(2)
            state = lex.side_of(party)
            if name_key(party.removeprefix("the ")) != name_key(side) and not (state and state == lex.side_of(side)):
                continue
            for _, _, actor in run:
                if not people[actor]:
                    given.setdefault(actor, side)
    if not given:
        return table
    table = table.copy()
    for i in table.index[table["actor_id"].isin(given)]:
        table.at[i, "side"] = given[table.at[i, "actor_id"]]
        table.at[i, "side_evidence"] = "a list acting for " + given[table.at[i, "actor_id"]]
    return table


def _acting_verb(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a form of a verb of ``verbs``: a regular one ("signed", "signs",
    "negotiating", "voted") or an irregular one of ``verb_forms.csv`` ("spoke"); not a word
    that only starts like one ("signal", "speaker", "actual").

    >>> verbs = frozenset({"sign", "speak", "act", "negotiate"})
    >>> [_acting_verb(w, verbs) for w in ("signed", "spoke", "negotiated", "acts", "signal", "speaker", "actual")]
    [True, True, True, True, False, False, False]
    """
    word = word.lower()
    return any(word in _forms(verb) for verb in verbs) or bool(verb_form_lemmas().get(word, frozenset()) & verbs)


def _forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, f"{verb}s", f"{verb}es", f"{stem}ed", f"{stem}ing", f"{verb}{verb[-1]}ed",
            f"{verb}{verb[-1]}ing"}
