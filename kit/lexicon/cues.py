"""Cue words before a time expression ("since Friday", "ahead of November's election").

Shared by :mod:`kit.extract.dates` (which records the cue of every date) and
:mod:`kit.timeline.resolve` (which reads a direction from it); the phrases are
the ``forward_cues`` and ``backward_cues`` lists of :func:`kit.lexicon.wordlists.words`,
in every language ("since", "desde"; "until", "hasta", "a partir de").
"""

from __future__ import annotations

import re

from kit.lexicon.files import lexicon_cache, unaccented
from kit.lexicon.wordlists import words_in_any


def cue_before(sentence: str, expression: str, window: int = 3) -> str | None:
    """Return the cue phrase among the ``window`` words before ``expression``.

    The last occurrence of ``expression`` in ``sentence`` counts; of two cues
    that end there, the longer wins.

    Examples
    --------
    >>> cue_before("ahead of November's election", "November's")
    'ahead of'
    >>> cue_before("talks on Monday", "Monday") is None
    True
    >>> cue_before("deberán responder a más tardar el miércoles", "miércoles")
    'a mas tardar el'
    """
    at = sentence.rfind(expression)
    if at < 0:
        return None
    # accents folded, so that a cue written with them ("a más tardar el") is read, with or without
    said = re.findall(r"[a-z]+", unaccented(sentence[:at].lower()))
    for phrase, parts in cue_phrases():
        before = tuple(said[-max(window, len(parts)):])
        if before[-len(parts):] == parts:
            return phrase
    return None


@lexicon_cache
def cue_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Forward and backward cue phrases with their words, longest first."""
    phrases = words_in_any("forward_cues") | words_in_any("backward_cues")
    return tuple((p, tuple(unaccented(p).split())) for p in sorted(phrases, key=lambda p: (-len(p.split()), p)))
