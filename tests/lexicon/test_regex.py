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


def test_the_title_regex_is_a_trie_that_matches_what_its_sorted_titles_match():
    """The title lexicon's regex (thousands of titles in every language) writes the titles
    that open alike once ("secretar" of every "secretary ..." and "secretario ..."), and
    finds what the longest-first list of its titles and hyphened modifiers finds."""
    from kit.extract.titles import lexicon
    from kit.lexicon.files import DEFAULT_LANG
    from kit.lexicon.wordlists import words_in_any, words_or

    lex = lexicon()
    listed = "|".join(re.escape(t) for t in sorted(lex.titles, key=len, reverse=True))
    assert len(lex.pattern.pattern) < len(listed) / 2
    modifiers = sorted(lex.modifiers | words_or("past_modifiers", DEFAULT_LANG, frozenset()), key=len, reverse=True)
    plurals = "|".join(sorted(map(re.escape, words_in_any("plural_endings")), key=len, reverse=True))
    old = re.compile(rf"(?<![\w-])(?:(?:{'|'.join(map(re.escape, modifiers))})-)?(?:{listed})(?:{plurals})?(?![\w-])",
                     re.IGNORECASE)
    rng, titles = random.Random(3), sorted(lex.titles)
    for _ in range(300):
        words = []
        for _ in range(6):
            word = rng.choice(titles)
            word = f"{rng.choice(modifiers)}-{word}" if rng.random() < 0.3 else word
            word = word[:rng.randint(1, len(word))] if rng.random() < 0.2 else word
            word += rng.choice(["", "", "s", "es", "-x", "x"])
            words.append(word.upper() if rng.random() < 0.2 else word.title() if rng.random() < 0.3 else word)
        text = f"Zorvan Beltik, {rng.choice([' ', ' and ', ', '])}".join(words) + " spoke."
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in lex.pattern.finditer(text)], text
