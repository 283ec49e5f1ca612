"""Canonical names: the name a careful reader would give each mention.

Three layers, each overriding the one before:

1. Within an article (:func:`within_article`): country variants merge
   ("U.S.", "US", "the United States" → "United States", from
   ``kit/lexicon/data/countries.csv``), "U.S.-Mexico" counts as both countries, and a
   shortened name maps to the full name given elsewhere in the same article
   ("López Obrador" → "Andrés Manuel López Obrador").
2. Across articles (:func:`canonicalize`): names that differ only in accents,
   case or punctuation merge ("Alicia Barcena" = "Alicia Bárcena"); the
   accented, most frequent spelling wins.
3. The user's alias table (``data/aliases.csv``, columns ``alias,canonical``)
   overrides everything.

Nothing here imports spaCy: mentions are plain tuples or DataFrames.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import pandas as pd

from kit.lexicon.files import DATA_DIR, Row, lexicon_cache, read_table

COUNTRIES_FILE = DATA_DIR / "countries.csv"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


class Mention(NamedTuple):
    """An entity mention inside one article (offsets into ``Article.text``)."""

    start_char: int
    end_char: int
    text: str
    label: str
    canonical: str


@functools.lru_cache(maxsize=1 << 16)  # called for every entity, often on the same names
def name_key(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key of a name.

    Examples
    --------
    >>> name_key("Alicia Bárcena") == name_key("alicia barcena")
    True
    >>> name_key("the U.S.")
    'us'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"^the\s+", "", plain.strip())
    plain = re.sub(r"['’`.]", "", plain)
    return re.sub(r"[\s\-–]+", " ", plain).strip()


def read_alias_table(path: Path | str) -> dict[str, str]:
    """Read your ``alias,canonical`` CSV into ``{name_key(alias): canonical}``.

    Rows of every language count; a row missing either value is skipped.

    Raises
    ------
    kit.lexicon.files.LexiconError
        (a ``ValueError``) If the file lacks the ``alias`` or ``canonical``
        column; the message names the file and the fix.

    Examples
    --------
    >>> read_alias_table("data/aliases.csv")["amlo"]
    'Andrés Manuel López Obrador'
    """
    return _alias_dict(read_table("aliases", path, lang=None))


@lexicon_cache
def country_aliases() -> Mapping[str, str]:
    """kit's table of country name variants (``countries.csv``), keyed by :func:`name_key`.

    Examples
    --------
    >>> country_aliases()["us"]
    'United States'
    """
    return MappingProxyType(_alias_dict(read_table("countries")))


def _alias_dict(rows: Iterable[Row]) -> dict[str, str]:
    return {name_key(row["alias"]): row["canonical"] for row in rows}


def within_article(
    ents: Iterable[tuple[int, int, str, str]],
    countries: Mapping[str, str] | None = None,
) -> list[Mention]:
    """Canonical names for one article's entities ``(start, end, text, label)``.

    Examples
    --------
    >>> ms = within_article([(0, 27, "Andrés Manuel López Obrador", "PERSON"),
    ...                      (40, 53, "López Obrador", "ORG"), (60, 64, "U.S.", "GPE")])
    >>> [(m.label, m.canonical) for m in ms]
    [('PERSON', 'Andrés Manuel López Obrador'), ('PERSON', 'Andrés Manuel López Obrador'), \
('GPE', 'United States')]
    """
    countries = country_aliases() if countries is None else countries
    mentions: list[Mention] = []
    for start, _end, text, label in ents:
        mentions.extend(_country_parts(start, text, label, countries))
    endings: dict[str, set[str]] = {}  # " " + a word-final part of a full name's key -> names
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) > 1:
            key = name_key(m.canonical)
            for i, char in enumerate(key):
                if char == " ":
                    endings.setdefault(key[i:], set()).add(m.canonical)
    return [_expand_short_name(m, endings) for m in mentions]


def _country_parts(
    start: int, text: str, label: str, countries: Mapping[str, str]
) -> list[Mention]:
    """One mention, or its country parts ("U.S.-Mexico" → two GPEs)."""
    clean = " ".join(text.split())
    key = name_key(clean)
    if key in countries and label in NAME_LABELS:
        return [Mention(start, start + len(text), text, "GPE", countries[key])]
    parts = text.split("-")
    if len(parts) > 1 and all(name_key(p) in countries for p in parts):
        found, offset = [], start
        for part in parts:
            found.append(Mention(offset, offset + len(part), part, "GPE", countries[name_key(part)]))
            offset += len(part) + 1
        return found
    return [Mention(start, start + len(text), text, label, clean)]


def _expand_short_name(mention: Mention, endings: Mapping[str, set[str]]) -> Mention:
    """Map a surname or shortened form to the one full PERSON name ending in it
    (``endings``: the full names by each ``" " + `` word-final part of their key)."""
    if mention.label not in {"PERSON", "ORG"}:
        return mention
    fuller = endings.get(" " + name_key(mention.canonical), set())
    if len(fuller) != 1:  # none, or ambiguous: two people share the surname
        return mention
    return mention._replace(label="PERSON", canonical=next(iter(fuller)))


def canonicalize(
    mentions: pd.DataFrame, aliases: Mapping[str, str] | Path | str | None = None
) -> pd.DataFrame:
    """Merge spellings across articles, then apply the user's alias table.

    Parameters
    ----------
    mentions:
        Table with at least ``canonical`` and ``label`` columns (as built by
        :func:`kit.annotate`).
    aliases:
        ``{alias: canonical}`` or the path of an ``alias,canonical`` CSV.

    Returns
    -------
    pandas.DataFrame
        A copy with ``canonical`` rewritten.

    Examples
    --------
    >>> df = pd.DataFrame({"canonical": ["Alicia Barcena", "Alicia Bárcena"],
    ...                    "label": ["PERSON", "PERSON"]})
    >>> canonicalize(df)["canonical"].tolist()
    ['Alicia Bárcena', 'Alicia Bárcena']
    """
    out = mentions.copy()
    if out.empty:
        return out
    keys = out["canonical"].map(name_key)
    out["canonical"] = keys.map(_preferred_spellings(keys, out["canonical"]))
    table = _alias_mapping(aliases)
    if table:
        override = out["canonical"].map(name_key).map(table)
        by_text = out["text"].map(name_key).map(table) if "text" in out else override
        out["canonical"] = by_text.fillna(override).fillna(out["canonical"])
    return out


def _alias_mapping(aliases: Mapping[str, str] | Path | str | None) -> dict[str, str]:
    if aliases is None:
        return {}
    if isinstance(aliases, (str, Path)):
        return read_alias_table(aliases)
    return {name_key(alias): canonical for alias, canonical in aliases.items()}


def _preferred_spellings(keys: pd.Series, spellings: pd.Series) -> dict[str, str]:
    """The spelling of each key: most accented, then most frequent, then
    alphabetically first (one pass over the rows, not one Series per key)."""
    best: dict[str, tuple[int, int, str]] = {}
    for (key, spelling), count in Counter(zip(keys.tolist(), spellings.tolist())).items():
        rank = (-sum(ord(c) > 127 for c in spelling), -count, str(spelling))
        if key not in best or rank < best[key]:
            best[key] = rank
    return {key: rank[2] for key, rank in best.items()}
