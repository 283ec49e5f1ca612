"""The government a corpus follows: the side of a bare office no article gives.

"Foreign Minister X" in an article that names the government's state, the
mediator's and a neighbour's has no side (:mod:`kit.extract.governments`: any
of them may be meant). Read over the corpus, the coverage often says whose
government it follows: its articles write "the government" alone, as a party
("talks between the government and the rebels"), and the one state whose
government they name ("the Sri Lankan government", "Sri Lanka's government",
"the Government of Sri Lanka") is named so far more often than any other's. A
person that no mention gives a side, holding a state's office with no country
("Foreign Minister X", "President Y"), then holds it for that state, weakly
(the evidence says so), unless that state has no office of that title
(:meth:`kit.extract.titles.Lexicon.states_without`, ``states_of``), the title is
one held before ("former President"), a monarch's, one many hold at once
(``shared_offices``: "Senator", a legislature's, not the government's), or someone
else holds that office for that state in the corpus (so "President X" of another
state, visiting, keeps no side: the followed state's President is another actor). So
does a person's mention whose side an article read from a bare "the government"
(:func:`mentions_of_the_followed_government`: "for the government", read in one
article as the host's state, named there most).

The corpus follows one government when at least half its articles write
"the government" alone (``articles`` then one of ``state_anaphors`` that is
also a ``government_words`` word, not followed by ``complement_preps``: "the
government of Uganda" names one) and one state's government is named at least
:data:`NAMED_AT_LEAST` times and :data:`MARGIN` times as often as any other's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kit.extract.phrases import CONTEXT_CUE
from kit.extract.sidecues import CueKind, government_nouns
from kit.extract.titles import lexicon
from kit.lexicon.regex import alternation
from kit.lexicon.wordlists import words_in_any

if TYPE_CHECKING:
    import pandas as pd

NAMED_AT_LEAST = 3
"""How often the followed state's government must be named, at the least."""
MARGIN = 2
"""How many times as often as any other state's government it must be named."""
FOLLOWED_CUE = "the government the corpus follows"
"""The start of the evidence of a side read by :func:`sides_of_the_followed_government`."""


def followed_state(sentences: pd.DataFrame, mentions: pd.DataFrame) -> str:
    """The state whose government the corpus follows (see the module docstring), else "".

    ``sentences`` has the columns ``article_id``, ``start_char``, ``text`` (of
    :class:`kit.schema.Annotations`), ``mentions`` those of the roles table.
    """
    nouns = government_nouns()
    articles, preps = (alternation(words_in_any(n), ignore_case=True) for n in ("articles", "complement_preps"))
    bare = re.compile(rf"\b(?:{articles})\s+(?:{alternation(nouns, ignore_case=True)})\b(?!\s+(?:{preps})\b)",
                      re.IGNORECASE)
    texts = sentences["text"].fillna("").tolist()
    writing = {a for a, t in zip(sentences["article_id"].tolist(), texts) if bare.search(t)}
    if not writing or 2 * len(writing) < sentences["article_id"].nunique():
        return ""
    named = _governments_named(sentences, mentions, nouns)
    if not named:
        return ""
    (state, most), *rest = named.most_common(2) + [("", 0)]
    return state if most >= NAMED_AT_LEAST and most >= MARGIN * rest[0][1] else ""


def _governments_named(sentences: pd.DataFrame, mentions: pd.DataFrame, nouns: frozenset[str]) -> Counter[str]:
    """How often each state's government is named: a stated state's name or demonym
    (its side, else the state the lexicon reads in it) right before one of ``nouns``
    ("the Ugandan government", "Uganda's government", read as one entity or two) or
    after one and a complement preposition ("the Government of Uganda")."""
    lex = lexicon()
    at = {(a, s): (start, text) for a, s, start, text in zip(
        sentences["article_id"].tolist(), sentences["sentence_id"].tolist(),
        sentences["start_char"].tolist(), sentences["text"].fillna("").tolist())}
    words = alternation(nouns, ignore_case=True)
    after = re.compile(rf"(?:'s|’s)?\s+(?:{words})\b", re.IGNORECASE)
    inside = re.compile(rf"\s(?:{words})$", re.IGNORECASE)  # the entity "the Ugandan government"
    preps = alternation(words_in_any("complement_preps"), ignore_case=True)
    before = re.compile(rf"\b(?:{words})\s+(?:{preps})\s+(?:the\s+)?$", re.IGNORECASE)
    named: Counter[str] = Counter()
    for row in mentions.itertuples(index=False):
        side = str(row.side or "") or lex.side_of(str(row.canonical), str(row.text))
        if side not in lex.states or str(row.side_cue or "").startswith(CONTEXT_CUE) or row.kind == "person":
            continue
        start, text = at.get((row.article_id, row.sentence_id), (None, ""))
        if start is None:
            continue
        begin, end = int(row.start_char) - int(start), int(row.end_char) - int(start)
        if inside.search(text[begin:end]) or after.match(text, end) or before.search(text[:begin]):
            named[side] += 1
    return named


def sides_of_the_followed_government(table: pd.DataFrame, state: str) -> pd.DataFrame:
    """Registry rows of people with no side holding a state's office with no country
    take ``state``, the government the corpus follows (see the module docstring)."""
    if not state:
        return table
    lex = lexicon()
    regnal = {title for title, _ in lex.regnal}
    past, shared = words_in_any("past_modifiers"), words_in_any("shared_offices")
    people = table["kind"] == "person"
    held = {str(role).casefold() for role, side in zip(table.loc[people, "role"], table.loc[people, "side"])
            if side == state and role}
    for i in table.index[people & (table["side"].fillna("") == "") & (table["role"].fillna("") != "")]:
        role = str(table.at[i, "role"])
        key = role.casefold()
        offices = lex.states_of(role)
        if lex.scope(role) != "state" or key in held or key in regnal or key.split(" ", 1)[0] in past \
                or key.split()[-1] in shared \
                or state in lex.states_without(role) or (offices and state not in offices):
            continue
        table.at[i, "side"] = state
        table.at[i, "side_evidence"] = f"{CONTEXT_CUE} {FOLLOWED_CUE}: {state}"
    return table


def mentions_of_the_followed_government(mentions: pd.DataFrame, state: str) -> pd.DataFrame:
    """Mentions whose side was read, in their article, from a bare "the government" (a
    cue of kind :attr:`kit.extract.sidecues.CueKind.BARE_GOVERNMENT`, the ``side_cue_kind``
    column: "the government's chief negotiator", "for the government", "the government
    delegation"), which :mod:`kit.extract.roles` reads as the state the article names most
    or just before (a mediator's or a host's, often), hold for ``state``, the government the
    corpus follows; the cue says so and stays a context cue (weak). Not one read back to a
    government the article names with that noun ("The Valdonian government rejected the
    plan. The government's spokesman, X": Valdonia's, the other party's, in a corpus that
    follows another), nor one read from the capital a story was filed in ("MADRID.— El
    Gobierno de X valoró ...": Spain's): the article says whose government it is, and the
    reading gives its cue no such kind."""
    if not state:
        return mentions
    read = (mentions["side_cue_kind"] == CueKind.BARE_GOVERNMENT.value) \
        & mentions["side"].isin(lexicon().states) & (mentions["side"] != state)
    if read.any():
        mentions = mentions.copy()
        cues = mentions["side_cue"].fillna("").astype(str)
        mentions.loc[read, "side"] = state
        mentions.loc[read, "side_cue"] = cues[read] + f"; {FOLLOWED_CUE}: {state}"
    return mentions
