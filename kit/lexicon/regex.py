"""Regular expressions over a lexicon's words, fast on long lists.

``"|".join(sorted(terms, key=len, reverse=True))`` matches the longest term at
a position, but Python's ``re`` tries every term in turn at every position of
the text: with a hundred terms most of the time goes there.
:func:`alternation` writes the same terms as a trie ("deal|delegation" as
``de(?:al|legation)``), which fails after one character for most positions and
most terms, and matches exactly what the sorted list matches: the terms that
can match at one position are prefixes of one another, and the trie tries the
longer first, backing off to the shorter as the list does.

>>> import re
>>> alternation(["deal", "delegation", "delegations", "armed forces"])
'armed\\\\s+forces|de(?:al|legation(?:s)?)'
>>> re.findall(rf"\\b(?:{alternation(['talk', 'talks', 'peace talks'])})\\b", "the peace  talks; talk")
['peace  talks', 'talk']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]

_END = ""  # marks where a term ends in the trie (no character is empty)
_SPACE = " "


def alternation(terms: Iterable[str], space: str = r"\s+", ignore_case: bool = False) -> str:
    """A regex alternation of ``terms`` (no group around it) that matches what
    ``"|".join`` of them, longest first, matches; a space in a term matches
    ``space``. Empty terms are left out. ``ignore_case``: for a pattern compiled with
    ``re.I`` (the terms are lower-cased: "S" and "s" would be two branches that match
    the same letters, and the trie would try the shorter term first).

    >>> print(alternation(["S", "s s"], ignore_case=True))
    s(?:\\s+s)?
    """
    trie: dict[str, dict] = {}
    for term in terms:
        if not term:
            continue
        term = term.lower() if ignore_case else term
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(trie, space, top=True)


def _emit(node: dict[str, dict], space: str, top: bool = False) -> str:
    branches = [(space if ch == _SPACE else re.escape(ch)) + _emit(child, space)
                for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    joined = "|".join(branches)
    if top:
        return joined
    if _END in node:  # a term ends here: the longer ones first, then this one (greedy ?)
        return f"(?:{joined})?"
    return joined if len(branches) == 1 else f"(?:{joined})"
