"""Name keys: one key for the spellings of a name (accents, case, punctuation aside).

The lowest module of the lexicon layer: every lexicon reads names by this key
(:mod:`kit.lexicon.canonical` re-exports it).
"""

from __future__ import annotations

import functools
import re
import unicodedata

LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                         "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                         "ı": "i", "ħ": "h", "Ħ": "H"})
"""Letters of Latin scripts that Unicode does not decompose into a letter and an accent,
and the letters an English text writes for them."""


@functools.lru_cache(maxsize=1 << 16)  # called for every entity, often on the same names
def name_key(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key of a name; the letters no accent
    makes (:data:`LETTERS`: "ø", "ł", "đ") are written as the Latin letters they are
    dropped to ("Søby-Hansen" and "Soby-Hansen" are one name).

    Examples
    --------
    >>> name_key("Alicia Barbachán") == name_key("alicia barbachan"), name_key("Terje Søby-Hansen")
    (True, 'terje soby hansen')
    >>> name_key("the U.S.")
    'us'
    """
    decomposed = unicodedata.normalize("NFKD", name).translate(LETTERS)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"^the\s+", "", plain.strip())
    plain = re.sub(r"['’`.]", "", plain)
    return re.sub(r"[\s\-–]+", " ", plain).strip()
