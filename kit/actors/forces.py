"""A body named after a state's people that the corpus writes as an armed group of its own.

"The Tarnish Forces" reads as the state of Tarn's forces (a demonym and a word of a state's
body, ``state_body_words``), and so a "commander of the Tarnish Forces" is read as of
Tarn (:mod:`kit.extract.roles`). A corpus may say otherwise: where any of its sentences
writes that name with a word of ``non_state_modifiers`` right after it ("the Tarnish
Forces militia") or in the apposition set off after it ("the Tarnish Forces, the
northern militia,"), the body is a party of its own, not the state's, and the people whose
side was read from that name take the body, under the name the corpus prints (without
its article). A name no sentence so describes stays the state's ("the Tarnish Forces
took the border post": the army).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pandas as pd

from kit.extract.titles import lexicon
from kit.lexicon.canonical import name_key
from kit.lexicon.wordlists import words_in_any

Sentences = Callable[[Sequence[str]], pd.DataFrame]
"""The sentences of the articles given (columns ``article_id``, ``sentence_id``, ``start_char``, ``text``)."""

APPOSITION_WORDS = 4
"""How many words an apposition after the name may hold before its non-state noun ("the northern militia")."""


def sides_of_bodies_of_their_own(mentions: pd.DataFrame, sentences: Sentences) -> pd.DataFrame:
    """``mentions`` with a person's state side read from a body's name that the corpus writes
    as a non-state group (see the module docstring) given as that body.

    >>> rows = pd.DataFrame({"article_id": ["a", "b"], "kind": ["person", "person"],
    ...     "side": ["Mali", "Mali"], "side_cue": ["the Malian Forces", "Malian"],
    ...     "side_cue_kind": ["", ""]})
    >>> text = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start_char": [0],
    ...     "text": ["The Malian Forces militia held the north."]})
    >>> sides_of_bodies_of_their_own(rows, lambda ids: text)["side"].tolist()
    ['Malian Forces', 'Mali']
    """
    names = _state_bodies_cued(mentions)
    if not names:
        return mentions
    rows = sentences(sorted(set(mentions["article_id"])))
    texts = rows["text"].fillna("").tolist() if not rows.empty else []
    own = {key: name for key, name in names.items() if any(_written_as_non_state(name, t) for t in texts)}
    if not own:
        return mentions
    mentions = mentions.copy()
    for i in mentions.index[mentions["kind"].eq("person")]:
        cue = mentions.at[i, "side_cue"]
        if isinstance(cue, str) and (name := own.get(name_key(_bare(cue)))):
            mentions.at[i, "side"] = name
            mentions.at[i, "side_cue_kind"] = ""
    return mentions


def _state_bodies_cued(mentions: pd.DataFrame) -> dict[str, str]:
    """``{key: name}`` of the side cues of people that name a state's body by its people's
    demonym ("the Tarnish Forces": a state side, read from more words than the state's
    name or demonym, the last of ``state_body_words``, or its plural)."""
    lex = lexicon()
    bodies = words_in_any("state_body_words")
    found: dict[str, str] = {}
    people = mentions[mentions["kind"].eq("person")]
    for cue, side in zip(people["side_cue"].tolist(), people["side"].tolist()):
        if not isinstance(cue, str) or not isinstance(side, str) or side not in lex.states or ":" in cue:
            continue
        name = _bare(cue)
        words = name.split()
        last = words[-1].casefold() if words else ""
        if len(words) == 2 and (last in bodies or last.endswith("s") and last[:-1] in bodies) \
                and lex.side_kinds.get(name_key(words[0])) == "demonym" and lex.side_of(words[0], words[0]) == side:
            found.setdefault(name_key(name), name)
    return found


def _bare(cue: str) -> str:
    """``cue`` without an English article before it."""
    return re.sub(r"^(?:the)\s+", "", cue.strip(), flags=re.IGNORECASE)


def _written_as_non_state(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` with a word of ``non_state_modifiers`` right after it
    ("Tarnish Forces militia") or as the noun of the apposition set off after it, after up to
    :data:`APPOSITION_WORDS` words ("Tarnish Forces, the northern militia,"), in the
    singular or the plural.

    >>> a = _written_as_non_state("Tarnish Forces", "The Tarnish Forces, the northern militia, held.")
    >>> a, _written_as_non_state("Tarnish Forces", "The Tarnish Forces took the post from the rebels.")
    (True, False)
    >>> said = _written_as_non_state("Tarnish Forces", "The Tarnish Forces, the rebels said, took the post.")
    >>> said, _written_as_non_state("Tarnish Forces", "The Tarnish Forces, the rebels' enemy, held.")
    (False, False)
    """
    nouns = "|".join(sorted(re.escape(w) for w in words_in_any("non_state_modifiers")))
    of = "|".join(sorted(re.escape(w) for w in words_in_any("of_preps")))
    after = rf"(?:'s?)?\s+(?:{nouns})s?\b"
    # the apposition's own noun: no word of "of" before it ("a target of the militia"), no
    # possessive after it ("the rebels' main enemy") nor one word and a comma, a clause of its
    # own set off ("the rebels said,")
    words = rf"(?:(?!(?:{of})\b)[a-z][\w-]*\s+){{0,{APPOSITION_WORDS - 1}}}?"
    apposition = rf",\s+(?:the|a|an)\s+{words}(?:{nouns})s?\b(?![’']|\s+[\w-]+,)"
    return bool(re.search(rf"\b{re.escape(name)}(?:{after}|{apposition})", text, flags=re.IGNORECASE))
