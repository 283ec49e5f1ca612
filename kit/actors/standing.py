"""The organisation that a noun naming a side by where it stands refers to, across a corpus.

A person read as of "the opposition's delegation" (:mod:`kit.extract.roles`: a side cue
of kind :attr:`kit.extract.sidecues.CueKind.STANDING`, the side the noun itself) is of the
organisation the corpus calls so: the one written right after the noun ("the opposition
Forces of Freedom and Change") or named with it as its head ("the United Tajik
Opposition"). The article need not name it: the corpus does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import pandas as pd

from kit.extract.sidecues import CueKind
from kit.lexicon.canonical import name_key

Sentences = Callable[[Sequence[str]], pd.DataFrame]
"""The sentences of the articles given (columns ``article_id``, ``sentence_id``, ``start_char``, ``text``)."""


def standing_cued(mentions: pd.DataFrame) -> pd.Series:
    """Which mentions have a side that is only a noun of standing, not yet an organisation
    (none, for a roles table written without cue kinds)."""
    if "side_cue_kind" not in mentions:
        return pd.Series(False, index=mentions.index)
    return mentions["side_cue_kind"].eq(CueKind.STANDING.value)  # none (NaN) is no cue


def sides_of_standing_nouns(mentions: pd.DataFrame, sentences: Sentences) -> pd.DataFrame:
    """``mentions`` with each side read from a noun of standing ("opposition") given as
    the organisation of the corpus it names (:func:`named_by_standing`); with none, or
    two named so equally often, no side.

    >>> rows = pd.DataFrame({"article_id": ["a", "a", "b"], "sentence_id": [0, 1, 0],
    ...     "start_char": [20, 40, 0], "actor": ["United Tajik Opposition", "Wren Doe", "Wren Doe"],
    ...     "kind": ["organization", "person", "person"], "named": [True] * 3,
    ...     "side": ["", "opposition", ""], "side_cue": ["", "context: the opposition's team", ""],
    ...     "side_cue_kind": ["", CueKind.STANDING.value, ""]})
    >>> sides_of_standing_nouns(rows, lambda ids: pd.DataFrame(columns=["article_id", "sentence_id",
    ...     "start_char", "text"]))["side"].tolist()
    ['', 'United Tajik Opposition', '']
    """
    cued = standing_cued(mentions)
    if not cued.any():
        return mentions
    found = named_by_standing(mentions, sentences, set(mentions.loc[cued, "side"]))
    mentions = mentions.copy()
    sides = [found.get(s, "") for s in mentions.loc[cued, "side"]]
    mentions.loc[cued, "side"] = sides
    mentions.loc[cued, "side_cue"] = [c if s else "" for c, s in zip(mentions.loc[cued, "side_cue"], sides)]
    mentions.loc[cued, "side_cue_kind"] = [k if s else "" for k, s in zip(mentions.loc[cued, "side_cue_kind"], sides)]
    return mentions


def named_by_standing(mentions: pd.DataFrame, sentences: Sentences, nouns: set[str]) -> dict[str, str]:
    """Noun of standing -> the organisation of the corpus its mentions write right after
    it (or after its singular: "the rebel Front" for "the rebels") or that has it as the
    head of its name, or that another article reads the noun back to ("the rebels' envoy"
    after the Front is named: side cue "the rebels: ..."), the one so named most often."""
    groups = mentions[mentions["kind"].isin(["organization", "group"]) & mentions["named"].astype(bool)]
    counts: dict[str, Counter[str]] = {noun: Counter() for noun in nouns}
    for side, cue in zip(mentions["side"].tolist(), mentions["side_cue"].tolist()):
        for noun in nouns:  # "the rebels: The Popular Front", read in another article
            if isinstance(cue, str) and isinstance(side, str) and side and cue.startswith(f"the {noun}: "):
                counts[noun][side] += 1
    if groups.empty:
        return _most_named(counts)
    rows = sentences(sorted(set(groups["article_id"])))
    opening = {(a, s): (start, text) for a, s, start, text in zip(
        rows["article_id"].tolist(), rows["sentence_id"].tolist(), rows["start_char"].tolist(), rows["text"].tolist())}
    for actor, article, sentence, start in zip(groups["actor"].tolist(), groups["article_id"].tolist(),
                                               groups["sentence_id"].tolist(), groups["start_char"].tolist()):
        head = name_key(actor).split()[-1:]
        written = opening.get((article, sentence))
        before = name_key(written[1][:int(start) - int(written[0])]).split()[-1:] if written else []
        for noun in nouns:
            if {noun, noun[:-1] if noun.endswith("s") else noun} & {*head, *before}:
                counts[noun][actor] += 1
    return _most_named(counts)


def _most_named(counts: dict[str, Counter[str]]) -> dict[str, str]:
    """Each noun's organisation counted most often, if one is counted more than any other."""
    found = {}
    for noun, count in counts.items():
        ranked = count.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            found[noun] = ranked[0][0]
    return found
