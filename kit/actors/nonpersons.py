"""Capitalised names the model reads as people that their words place among things.

Three signals, each read from the words right around a mention, say a name is no person's:

- a newspaper's title: right after a noun of ``newspaper_nouns`` ("the Tarn daily Koss
  Vjet") or after a noun of ``publisher_nouns`` and "of" ("the publisher of Koss Vjet");
- a people's or community's name in a list before a noun of ``community_nouns`` ("the Osk,
  Vel and Gorl communities": each word of the list);
- a region's or town's name after a noun of ``place_nouns`` (or its plural) and "of" ("the
  villages of Drenmar", "the region of Osk");
- a name of two words or more opening with a word of ``place_name_heads``, the words for a
  gate, a valley, a mountain, a well or a market that open Arabic place names ("Bab Osk",
  "Wadi Tarn", "Jebel Vel": a district, a river bed, a range).

A name is dropped only when every mention of it is so placed and no mention anywhere gives it
a role, a side or an affiliation: one reading per name, so a person once read as someone stays.
"""

from __future__ import annotations

import re

import pandas as pd

from kit.lexicon.canonical import name_key
from kit.lexicon.wordlists import words_in_any
from kit.schema import sentence_lookup


def placed_among_things(before: str, after: str) -> bool:
    """Whether a name with the text ``before`` and ``after`` it in its sentence is a paper's,
    a community's or a place's (see the module docstring).

    >>> placed_among_things("the publisher of the Tarn daily ", ", said it.")
    True
    >>> placed_among_things("representatives of the Osk, ", " and Gorl communities.")
    True
    >>> placed_among_things("families in the villages of ", " left.")
    True
    >>> placed_among_things("the writer ", " said it.")
    False
    >>> placed_among_things("Asked about the report in the paper, ", " said it.")
    False
    >>> placed_among_things("The talks began in the home town of ", ", the mediator.")
    False
    """
    words = before.lower().split()
    if words and words[-1] in words_in_any("newspaper_nouns"):  # "the paper, X said": no title
        return True
    of = words_in_any("of_preps")
    articles = words_in_any("articles")
    if words and words[-1] in articles:
        words = words[:-1]
    if len(words) >= 2 and words[-1] in of:
        noun = words[-2]
        if noun in words_in_any("publisher_nouns"):
            return True
        # the place noun right after an article: "the villages of X", not "the home town of X"
        if _place_noun(noun) and len(words) >= 3 and words[-3] in articles:
            return True
    communities = words_in_any("community_nouns")
    joints = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    run = re.match(rf"^(?:{joints}[A-Z][\w'-]*)*\s+(\w+)", after)
    return bool(run) and run.group(1).lower() in communities  # type: ignore[union-attr]


def _place_name(key: str) -> bool:
    """Whether a name key of two words or more opens with a word of ``place_name_heads``.

    >>> _place_name("bab osk"), _place_name("bab"), _place_name("babak osk")
    (True, False, False)
    """
    words = key.replace("-", " ").split()
    return len(words) >= 2 and words[0] in words_in_any("place_name_heads")


def _place_noun(word: str) -> bool:
    nouns = words_in_any("place_nouns")
    return word in nouns or (word.endswith("s") and word[:-1] in nouns) or (
        word.endswith("ies") and word[:-3] + "y" in nouns)


def no_person_names(ann: object, table: pd.DataFrame) -> pd.Series:
    """Rows of ``table`` (named mentions: ``name``, ``kind``, ``role``, ``side``,
    ``affiliation``, ``article_id``, ``sentence_id``, ``start_char``, ``end_char``) of person
    names that every mention places among things (:func:`placed_among_things`) and none
    reads as someone's."""
    person = table["kind"] == "person"
    if not person.any() or getattr(ann, "sentences", None) is None:
        return pd.Series(False, index=table.index, dtype=bool)
    key = table["name"].map(name_key)
    read = pd.Series(False, index=table.index, dtype=bool)
    for column in ("role", "side", "affiliation"):
        if column in table:
            read |= table[column].fillna("").astype(str) != ""
    someone = set(key[person & read])
    speakers = _speakers(ann)  # a place is quoted saying nothing: "Wadi Roe said" is someone
    texts = sentence_lookup(ann)
    placed: dict[str, bool] = {}
    for i in table.index[person & ~key.isin(someone)]:
        text, first = texts.get((table.at[i, "article_id"], int(table.at[i, "sentence_id"])), ("", 0))
        start, end = int(table.at[i, "start_char"]) - first, int(table.at[i, "end_char"]) - first
        put = bool(text) and placed_among_things(text[:max(start, 0)], text[end:]) or (
            _place_name(key[i]) and key[i] not in speakers)
        placed[key[i]] = placed.get(key[i], True) and put
    gone = {k for k, put in placed.items() if put}
    return (person & key.isin(gone)).astype(bool)


def _speakers(ann: object) -> frozenset[str]:
    """Name keys of the named speakers of quotes and named sources of ``ann``: someone who
    speaks, whatever word opens the name ("Wadi" is also a given name)."""
    keys: set[str] = set()
    for attr in ("quotes", "sources"):
        table = getattr(ann, attr, None)
        if table is None or table.empty or "canonical" not in table:
            continue
        named = table["named"].fillna(False).astype(bool) if "named" in table else True
        keys |= {name_key(str(n)) for n in table.loc[named, "canonical"].dropna() if str(n)}
    return frozenset(keys)
