"""When two readings of a person, roles or sides, say the same: the keys they are compared by.

:class:`kit.actors.names.NameGraph` reads two person names as one person's when a
reading of theirs agrees, and keeps them apart when their readings are at odds; the
registry shows one role of the several its mentions give (:func:`kit.actors.registry.reading`).
Articles write one reading many ways, and :func:`reading_key` writes them one way: accents,
case, dots, hyphens and a leading "the" aside (:func:`kit.lexicon.keys.name_key`: "The House
of Representatives" and "House of Representatives" are one side).

Examples
--------
>>> reading_key("The House of Representatives") == reading_key("House of Representatives")
True
"""

from __future__ import annotations

from kit.lexicon.files import lexicon_cache
from kit.lexicon.keys import name_key


@lexicon_cache(maxsize=1 << 14)
def reading_key(reading: str) -> str:
    """The key two writings of one reading share (see the module docstring).

    Examples
    --------
    >>> reading_key("Secretary-General"), reading_key("the Alianza Cívica")
    ('secretary general', 'alianza civica')
    """
    return name_key(reading)
