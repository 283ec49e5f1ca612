"""What kind of reading a side was read from, carried with its words.

A side cue (the ``side_cue`` column of the roles table) is the words a side was read
from. Where the kind of reading matters to a later stage, the reading that makes the
cue says so: it writes a :class:`Cue`, the words with their :class:`CueKind`, which
travel with them wherever the reading is copied (to a coordinated name, an apposition,
a list) and land in the ``side_cue_kind`` column. A stage reads that kind, never the
words: :func:`kit.actors.followed.mentions_of_the_followed_government` overrides the
sides read from a government noun standing alone.

Examples
--------
>>> cue = Cue("context: for the government", CueKind.BARE_GOVERNMENT)
>>> cue == "context: for the government", cue_kind(cue).value, cue_kind("Senegalese").value
(True, 'bare government', '')
"""

from __future__ import annotations

import enum

from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words_in_any


class CueKind(enum.Enum):
    """The kinds of side reading a later stage tells apart (the ``side_cue_kind`` column)."""

    OTHER = ""
    """Any reading no stage tells apart: the cue's words say what it was."""
    BARE_GOVERNMENT = "bare government"
    """A state read from one of :func:`government_nouns` standing alone, as a party ("for the
    government", "the government delegation", "del Gobierno"): the state the article names
    most or just before, or its dateline's, a guess; not one the article names with that
    noun ("the Valdonian government ... the government's spokesman") nor the capital a story
    was filed in."""
    STANDING = "standing noun"
    """A side named by where it stands, not by its name ("the opposition's delegation"): the
    cue's side is the noun itself, which :mod:`kit.actors.standing` reads as the organisation
    the corpus calls so."""
    NATIONALITY = "nationality"
    """A state read from a nationality alone ("the French diplomat X", "Maj. Gen. X of
    Finland", "el peruano X"): a weak side, which the side of whom the person speaks or works
    for outranks (:mod:`kit.extract.roles`; :mod:`kit.actors.registry` lends a principal's
    side over it)."""
    CALLING = "calling"
    """The body of a cleric's calling ("Cardinal X": the Catholic Church), read from the title:
    a weak side, which the side of whom the cleric works for outranks (:mod:`kit.actors.registry`)."""
    BARE_OFFICE_FILED = "bare office filed"
    """The state of a story's dateline given to a bare office ("the Foreign Minister" in a story
    filed in LISBON): it counts for an actor only where the datelines of the actor's articles
    agree (:mod:`kit.actors.registry`)."""
    TITLE = "title"
    """The state a title implies with no state named ("Secretary of State X": the title
    lexicon's side of the title), which a cleric's rank given with the name undoes ("el
    secretario de Estado, cardenal X": no state's office, :mod:`kit.extract.roles`)."""


    BELOW_THE_STATE = "below the state"
    """No side, and none to be guessed: an office of a town or of a people's own government,
    its state not named ("Velmar Police Chief X", "Chechen Prime Minister Y"; the words are
    empty), which no later stage gives a state named near it or the government the corpus
    follows (:mod:`kit.actors.registry`)."""
    ACROSS_AN_ENCOUNTER = "across an encounter"
    """No side, and not the states the words list: those named across a verb of meeting from
    a bare office's holder ("Tarn's foreign minister met the prime minister, X": the words
    "Tarn"), whose state no later stage guesses to be one of them (:mod:`kit.actors.registry`)."""


class Cue(str):
    """A side cue's words with the :class:`CueKind` of the reading that made them."""

    kind: CueKind

    def __new__(cls, words: str, kind: CueKind) -> Cue:
        cue = super().__new__(cls, words)
        cue.kind = kind
        return cue


def cue_kind(cue: str) -> CueKind:
    """The kind of reading ``cue`` was made by (:attr:`CueKind.OTHER` for plain words)."""
    return cue.kind if isinstance(cue, Cue) else CueKind.OTHER


FORMER_OFFICE = ", a former office"
"""How a side cue read from an office held before ends ("context: of Tarn, a former office"):
:mod:`kit.extract.roles` writes it, :mod:`kit.actors.registry` reads it."""


def reworded(cue: str, words: str) -> str:
    """``words`` that restate ``cue`` ("context: <cue>, a former office"), with its kind.

    >>> cue_kind(reworded(Cue("the government side", CueKind.BARE_GOVERNMENT), "context: x")).value
    'bare government'
    """
    kind = cue_kind(cue)
    return words if kind is CueKind.OTHER else Cue(words, kind)


def of_noun(words: str, noun: str) -> str:
    """``words`` read from the state anaphor ``noun``: a :attr:`CueKind.BARE_GOVERNMENT` cue
    when ``noun`` is one of :func:`government_nouns` or an adjective of ``state_adjectives``
    ("la comisión gubernamental": the government's, as "del gobierno" says), else the words
    as they are.

    >>> cue_kind(of_noun("for the gobierno", "gobierno")).value, cue_kind(of_noun("the country", "country")).value
    ('bare government', '')
    >>> cue_kind(of_noun("the gubernamental", "gubernamental")).value
    'bare government'
    """
    noun = noun.lower()
    government = noun in government_nouns() or noun in words_in_any("state_adjectives")
    return Cue(words, CueKind.BARE_GOVERNMENT) if government else words


@lexicon_cache
def government_nouns() -> frozenset[str]:
    """The nouns that stand for a state's government: words both of ``state_anaphors`` and
    ``government_words``, in every language ("government", "administration", "gobierno").

    >>> {"government", "gobierno"} <= government_nouns()
    True
    """
    return words_in_any("state_anaphors") & words_in_any("government_words")
