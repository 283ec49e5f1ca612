"""Transliterations: the Latin spellings of one given name written in another script.

``kit/lexicon/data/transliterations.csv`` (``spelling,name,lang,source``) says that a
spelling ("Mohamed", "Mohammed", "Hacen") writes the given name ``name`` ("Muhammad",
"Hasan"), each row with its source; a name's exonym of another language is one of its
spellings ("Isaac" / "Yitzhak", "Husein" / "Hussein", "Abdalá" / "Abdullah": the Spanish
press's). A name's spelling travels between the outlets of
every language, so the table is read whatever the text's language (its rows are filed
under English). The actor registry merges person names whose given names are one
name's spellings (:mod:`kit.actors.names`).

Examples
--------
>>> transliterations()["mohamed"], transliterations()["ahmed"]
('muhammad', 'ahmad')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.keys import name_key


@lexicon_cache
def transliterations() -> Mapping[str, str]:
    """``{spelling: name}`` of ``transliterations.csv``, both as name keys (:func:`name_key`),
    every row's language.

    Cached until :func:`kit.lexicon.files.clear_lexicon_cache`.

    Examples
    --------
    >>> transliterations()["mohammed"]
    'muhammad'
    """
    return MappingProxyType({name_key(row["spelling"]): name_key(row["name"])
                             for row in read_table("transliterations", lang=None)})
