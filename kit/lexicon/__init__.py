"""The lexicon layer: world knowledge kept as data, and canonical names.

Every data file kit reads (countries, demonyms, titles, nicknames, word
lists, seasons, entity patterns, boilerplate markers) lives in
``kit/lexicon/data/`` and goes through one loader (:mod:`kit.lexicon.files`:
one column check, one :class:`LexiconError`, one cache cleared by
:func:`clear_lexicon_cache`). On top of it: :func:`words` (word lists),
:func:`seasons`, :func:`cue_before` (cue words before a date),
:func:`entity_patterns` (the span_ruler patterns, titles generated from
``titles.csv``) and canonical naming (:mod:`kit.lexicon.canonical`), all below
the extractors that use them.

Examples
--------
>>> from kit.lexicon import words
>>> sorted(words("backward_cues"))
['since']
"""

from kit.lexicon.cues import cue_before
from kit.lexicon.files import (
    DATA_DIR,
    SCHEMAS,
    LexiconError,
    clear_lexicon_cache,
    read_records,
    read_table,
)
from kit.lexicon.patterns import entity_patterns, title_patterns
from kit.lexicon.wordlists import seasons, words

__all__ = [
    "DATA_DIR", "SCHEMAS", "LexiconError", "clear_lexicon_cache", "cue_before",
    "entity_patterns", "read_records", "read_table", "seasons", "title_patterns", "words",
]
