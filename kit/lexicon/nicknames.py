"""Nicknames: the short and familiar forms of a given name.

``kit/lexicon/data/nicknames.csv`` (``nickname,name``) says that a nickname ("Liz",
"Jimmy") is short for the given name ``name`` ("Elizabeth", "James"). The actor
registry merges person names with the same family name whose given names are a
nickname and its name ("Liz Novak" / "Elizabeth Novak", :mod:`kit.actors.names`).

Examples
--------
>>> ("liz", "elizabeth") in nicknames()
True
"""

from __future__ import annotations

import os

from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.keys import name_key


@lexicon_cache
def nicknames(path: str | os.PathLike[str] | None = None) -> frozenset[tuple[str, str]]:
    """``(nickname, name)`` pairs of ``nicknames.csv`` (or of your own file ``path`` in
    that shape), both as name keys (:func:`name_key`).

    Cached until :func:`kit.lexicon.files.clear_lexicon_cache`.

    Examples
    --------
    >>> ("jimmy", "james") in nicknames()
    True
    """
    return frozenset((name_key(r["nickname"]), name_key(r["name"]))
                     for r in read_table("nicknames", path))
