"""The lexicon layer: world knowledge kept as data, and canonical names.

Every data file kit reads (countries, demonyms, titles, nicknames, entity
patterns, boilerplate markers) lives in ``kit/lexicon/data/``; canonical
naming (:mod:`kit.lexicon.canonical`) sits here too, below the extractors
that use it.
"""

from kit.lexicon.files import DATA_DIR

__all__ = ["DATA_DIR"]
