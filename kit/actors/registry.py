"""Actors: one row per person, organisation, government or group across a corpus.

:func:`actor_registry` reads the ``roles`` and ``sources`` tables of
:func:`kit.annotate` and merges the names a reader would take for one actor:

1. kit.lexicon.canonical's names ("Ines Villagran" → "Inés Villagrán") and a user
   alias table (``aliases=``: ``alias,canonical`` CSV such as ``data/aliases.csv``);
2. the same name up to accents, case and a leading "the";
3. nicknames (``kit/lexicon/data/nicknames.csv``: "Liz" = "Elizabeth") with the same surname;
4. a short name ending exactly one longer person's name ("López Obrador"); if
   people share it, only the one with the same side or role, else none;
5. initials ("AMLO", "OAS") of exactly one longer name.

A wrong merge is worse than a missed one: different first names stay apart,
people never merge with governments ("Biden administration" ≠ Joe Biden), and
every merge is explained in ``merged_because``. Unnamed sources are actors
too (``named`` False), one per kind and side ("unnamed officials (United States)").

Examples
--------
>>> import kit
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> reg = actor_registry(ann, aliases="data/aliases.csv")
>>> reg.set_index("name").loc["Alicia Bárcena", ["role", "side"]].tolist()
['Secretary of Foreign Affairs', 'Mexico']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.actors.names import NameGraph
from kit.extract.roles import ACTOR_KINDS
from kit.extract.sources import unnamed_name
from kit.lexicon.canonical import name_key, read_alias_table

if TYPE_CHECKING:
    from kit.schema import Annotations

Aliases = Mapping[str, str] | Path | str | None
REGISTRY_COLUMNS = [
    "actor_id", "name", "kind", "named", "role", "side", "aliases", "mentions", "articles",
    "first_article_id", "first_sentence_id", "last_article_id", "last_sentence_id", "merged_because",
]
MENTION_COLUMNS = [
    "article_id", "sentence_id", "start_char", "end_char", "text", "name", "actor_id", "actor",
    "kind", "named", "role", "side",
]
SHARE_COLUMNS = [
    "article_id", "title", "published", "n_sentences", "attributions", "named", "unnamed",
    "unnamed_share", "unnamed_sentences", "sentence_share",
]
QUOTE_COLUMNS = ["article_id", "sentence_id", "quote", "speaker", "actor_id", "actor", "named",
                 "side", "verb", "sentence"]


def actor_registry(ann: Annotations, aliases: Aliases = None, unnamed: bool = True,
                   mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per actor across the corpus (columns :data:`REGISTRY_COLUMNS`).

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate` (needs ``roles``, ``mentions`` and ``sources``).
    aliases:
        ``{alias: canonical}`` or an ``alias,canonical`` CSV that forces merges.
    unnamed:
        Include unnamed sources (``named`` False).
    mentions:
        ``actor_mentions(ann, aliases)`` when the caller has it already.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> actor_registry(ann).head(2)[["name", "kind", "side"]].values.tolist()
    [['Mexico', 'government', 'Mexico'], ['United States', 'government', 'United States']]
    """
    if mentions is None:
        mentions = actor_mentions(ann, aliases)
    merges = mentions.attrs.get("merges", {})
    if not unnamed:
        mentions = mentions[mentions["named"]]
    published = pd.to_datetime(ann.articles.set_index("article_id")["published"], errors="coerce")
    mentions = mentions.assign(_date=mentions["article_id"].map(published)).sort_values(
        ["_date", "article_id", "sentence_id", "start_char"], kind="stable", na_position="last")
    rows = [_registry_row(group, merges) for _, group in mentions.groupby("actor_id", sort=False)]
    table = pd.DataFrame(rows, columns=REGISTRY_COLUMNS)
    return table.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def actor_mentions(ann: Annotations, aliases: Aliases = None) -> pd.DataFrame:
    """Every mention of an actor, with its ``actor_id`` (columns :data:`MENTION_COLUMNS`).

    Named mentions come from ``ann.roles`` (kinds person, organization,
    government, group), unnamed ones from ``ann.sources``. ``name`` is the
    within-article name, ``actor`` the registry name. The merge reasons are
    kept in ``.attrs["merges"]`` (``{actor_id: [reason, ...]}``).
    """
    named = _named_mentions(ann)
    names = NameGraph(named, _alias_map(aliases))
    named["actor"] = [names.of(n, a) for n, a in zip(named["name"], named["article_id"])]
    table = pd.concat([named, _unnamed_mentions(ann)], ignore_index=True)
    ids: dict[tuple[str, bool], str] = {}
    for actor, is_named in sorted(set(zip(table["actor"], table["named"])), key=lambda k: (not k[1], k[0])):
        base = candidate = slug(actor) or "actor"
        while candidate in ids.values():
            candidate = f"{base}-{int(candidate.rsplit('-', 1)[-1]) + 1 if candidate != base else 2}"
        ids[(actor, is_named)] = candidate
    table["actor_id"] = [ids[k] for k in zip(table["actor"], table["named"])]
    table = table[MENTION_COLUMNS].sort_values(["article_id", "sentence_id", "start_char"])
    table = table.reset_index(drop=True)
    table.attrs["merges"] = {ids[(a, True)]: r for a, r in names.reasons().items() if (a, True) in ids}
    return table


def unnamed_share(ann: Annotations, by: str | None = "article") -> pd.DataFrame:
    """How much of the story rests on unnamed sources (columns :data:`SHARE_COLUMNS`).

    ``attributions`` counts sourcing phrases (``ann.sources``), ``unnamed``
    those without a name, ``unnamed_share`` their fraction;
    ``unnamed_sentences`` counts sentences resting on an unnamed source and
    ``sentence_share`` divides them by the article's sentences. ``by=None``
    gives one row for the whole corpus (``article_id`` "all").

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> unnamed_share(ann, by=None)[["attributions", "unnamed", "unnamed_share"]].to_dict("records")
    [{'attributions': 9, 'unnamed': 9, 'unnamed_share': 1.0}]
    """
    if by not in ("article", None):
        raise ValueError(f"unnamed_share(by={by!r}): by must be 'article' or None (whole corpus)")
    arts = ann.articles[["article_id", "title", "published", "n_sentences"]].copy()
    if by is None:
        arts = pd.DataFrame([{"article_id": "all", "title": "", "published": None,
                              "n_sentences": int(arts["n_sentences"].sum())}])
    src = ann.sources.assign(_key=ann.sources["article_id"] if by else "all")
    unnamed_src = src[~src["named"].astype(bool)]
    arts["attributions"] = arts["article_id"].map(src.groupby("_key").size()).fillna(0).astype(int)
    arts["unnamed"] = arts["article_id"].map(unnamed_src.groupby("_key").size()).fillna(0).astype(int)
    arts["named"] = arts["attributions"] - arts["unnamed"]
    sentences = unnamed_src.drop_duplicates(["article_id", "sentence_id"]).groupby("_key").size()
    arts["unnamed_sentences"] = arts["article_id"].map(sentences).fillna(0).astype(int)
    arts["unnamed_share"] = (arts["unnamed"] / arts["attributions"].where(arts["attributions"] > 0)).fillna(0.0)
    arts["sentence_share"] = (arts["unnamed_sentences"] / arts["n_sentences"].where(
        arts["n_sentences"] > 0)).fillna(0.0)
    return arts[SHARE_COLUMNS].reset_index(drop=True)


def quote_table(ann: Annotations, aliases: Aliases = None) -> pd.DataFrame:
    """Quotations with their speaker's actor (columns :data:`QUOTE_COLUMNS`).

    The speaker is found by its span, else (a name NER missed) by its name.
    """
    mentions = actor_mentions(ann, aliases)
    spans = {(r["article_id"], r["start_char"], r["end_char"]): r for r in mentions.to_dict("records")}
    by_name = {(r["article_id"], r["name"]): r for r in mentions.to_dict("records")}
    rows = []
    for q in ann.quotes.itertuples(index=False):
        hit = spans.get((q.article_id, q.speaker_start, q.speaker_end)) or by_name.get(
            (q.article_id, q.canonical)) or {}
        rows.append({
            "article_id": q.article_id, "sentence_id": q.sentence_id, "quote": q.quote,
            "speaker": q.speaker, "actor_id": hit.get("actor_id", ""), "actor": hit.get("actor", ""),
            "named": bool(q.named), "side": hit.get("side", ""), "verb": q.verb,
            "sentence": ann.sentence(q.article_id, q.sentence_id),
        })
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def slug(name: str) -> str:
    """Stable ASCII id from a name.

    Examples
    --------
    >>> slug("Andrés Manuel López Obrador")
    'andres-manuel-lopez-obrador'
    """
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")


def _named_mentions(ann: Annotations) -> pd.DataFrame:
    roles = ann.roles[ann.roles["kind"].isin(ACTOR_KINDS)]
    corpus = ann.mentions[["article_id", "start_char", "end_char", "canonical"]]
    table = roles.rename(columns={"canonical": "name"}).merge(
        corpus.rename(columns={"canonical": "corpus"}), how="left", on=["article_id", "start_char", "end_char"])
    table["corpus"] = table["corpus"].fillna(table["name"])
    return table.assign(named=True).reset_index(drop=True)


def _unnamed_mentions(ann: Annotations) -> pd.DataFrame:
    src = ann.sources[~ann.sources["named"].astype(bool)]
    side = src["side"].fillna("")
    actor = [unnamed_name(h, s) for h, s in zip(src["head"], side)]
    return pd.DataFrame({
        "article_id": src["article_id"], "sentence_id": src["sentence_id"],
        "start_char": src["start_char"], "end_char": src["end_char"], "text": src["description"],
        "name": actor, "actor": actor, "kind": "person", "named": False, "role": "", "side": side,
    })


def _registry_row(group: pd.DataFrame, merges: dict[str, list[str]]) -> dict[str, Any]:
    first, last = group.iloc[0], group.iloc[-1]
    named = bool(first["named"])
    reasons = merges.get(first["actor_id"], []) if named else ["unnamed sources grouped by type and side"]
    return {
        "actor_id": first["actor_id"], "name": first["actor"], "kind": _most_common(group["kind"]),
        "named": named, "role": _most_common(group["role"]), "side": _most_common(group["side"]),
        "aliases": "; ".join(dict.fromkeys([first["actor"], *sorted(set(group["text"]) | set(group["name"]))])),
        "mentions": len(group), "articles": group["article_id"].nunique(),
        "first_article_id": first["article_id"], "first_sentence_id": int(first["sentence_id"]),
        "last_article_id": last["article_id"], "last_sentence_id": int(last["sentence_id"]),
        "merged_because": "; ".join(reasons),
    }


def _most_common(values: pd.Series) -> str:
    """Most frequent non-empty value; ties go to the first seen."""
    counts = Counter(v for v in values.fillna("") if v)
    return max(counts, key=lambda v: counts[v]) if counts else ""


# -- merging names -----------------------------------------------------------
def _alias_map(aliases: Aliases) -> dict[str, str]:
    if aliases is None:
        return {}
    if isinstance(aliases, (str, Path)):
        return read_alias_table(aliases)
    return {name_key(a): c for a, c in aliases.items()}
