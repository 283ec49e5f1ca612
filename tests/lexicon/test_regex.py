"""kit.lexicon.regex: the trie alternation matches what the longest-first list matches."""

from __future__ import annotations

import random
import re

import pytest

from kit.lexicon.regex import alternation


def _listed(terms: list[str]) -> str:
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(set(terms), key=len, reverse=True))


@pytest.mark.parametrize("letters,flags", [("abse ", 0), ("aAbsSe ", re.I)])
def test_the_same_matches_as_the_sorted_list(letters, flags):
    rng = random.Random(7)
    for _ in range(3000):
        terms = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))).strip() or "a"
                 for _ in range(rng.randint(1, 5))]
        text = "".join(rng.choice(letters + ".") for _ in range(rng.randint(0, 14)))
        old = re.compile(rf"\b({_listed(terms)})(?:s|es)?\b", flags)
        new = re.compile(rf"\b({alternation(terms, ignore_case=bool(flags))})(?:s|es)?\b", flags)
        assert [(m.span(), m.group(1).lower()) for m in old.finditer(text)] == \
               [(m.span(), m.group(1).lower()) for m in new.finditer(text)], (terms, text)
