"""One name per entity for every table: the actor registry's.

kit names things twice. :mod:`kit.lexicon.canonical` names each mention
inside its article ("U.S." → "United States"; "Ruiz Baltierra" →
"Andrés Manuel Ruiz Baltierra" when the article gives the full name), and
:func:`kit.actors.actor_mentions` then merges the names of actors across
articles ("Sunak" → "Rishi Sunak", "DUP" → "Democratic Unionist Party", "the
State Department" → "State Department"). :func:`entity_mentions` gives every
entity mention the second, final name, so that entity counts, the actor
registry, the network and the timeline say the same name for the same entity.

The rule, for a mention in ``ann.mentions``:

1. if the registry counts this very mention as an actor (its span is a
   named row of :func:`kit.actors.actor_mentions`), it takes that actor's
   name and ``as_actor`` is True;
2. else (the entity as a place, "in Washington", or a modifier, "U.S.
   officials"), if its name is one the registry merged into one actor
   (the actor's name, or a spelling or text of one of its mentions), in
   this article, else anywhere in the corpus, it takes that actor's name; a
   person's surname ("Sunak") counts for the only person actor whose name
   ends in it, as in the registry. A name that could be two actors keeps
   its own;
3. else it keeps :mod:`kit.lexicon.canonical`'s name: the registry never
   saw it act.

The label follows the same reading (one name, one reading): a mention the model
tagged ``PERSON`` that names a government, organisation or group actor takes that
kind's label (``GPE``, ``ORG``, ``NORP``: "Dakar" acting for Senegal); one naming a
person actor under another label is ``PERSON``; and a ``PERSON`` mention of no
actor whose name is a country, capital, subdivision or city of kit's lexicons is
``GPE``, the place the registry reads it as ("flew to Dakar").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from kit.actors.registry import ACTOR_TABLES as ACTOR_TABLES  # re-exported: the tables it reads
from kit.actors.registry import Aliases, actor_mentions, alias_key, known_places
from kit.extract.roles import LABELS as ACTOR_LABELS
from kit.lexicon.canonical import name_key

if TYPE_CHECKING:
    from kit.schema import Annotations

EXTRA_COLUMNS = ["entity", "actor_id", "as_actor"]
KIND_LABELS = {"government": "GPE", "organization": "ORG", "group": "NORP"}


def entity_mentions(ann: Annotations, aliases: Aliases = None,
                    actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """``ann.mentions`` with each entity under the name the actor registry gives it.

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate`, with the ``roles`` and ``sources``
        tables (:data:`ACTOR_TABLES`).
    aliases:
        ``{alias: canonical}`` or an ``alias,canonical`` CSV, as for
        :func:`kit.actors.actor_mentions`.
    actors:
        ``kit.actors.actor_mentions(ann, aliases)`` when the caller has it.

    Returns
    -------
    pandas.DataFrame
        The rows, index and columns of ``ann.mentions`` plus ``entity``,
        ``actor_id`` and ``as_actor``: ``canonical`` is the name by the rule
        in the module docstring, ``entity`` the name before it
        (:mod:`kit.lexicon.canonical`'s), ``actor_id`` the registry actor it
        names ("" for none) and ``as_actor`` whether the registry counts this
        mention as that actor acting.

    Raises
    ------
    ValueError
        If ``ann`` lacks the ``roles`` or ``sources`` table; the message says
        how to annotate with them.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> m = entity_mentions(ann)
    >>> us = m[m["canonical"] == "United States"]
    >>> len(us), int(us["as_actor"].sum())
    (15, 5)
    """
    if actors is None:
        require_actor_tables(ann, "entity_mentions")
        if hasattr(ann, "derived"):  # once per Annotations and alias table
            return ann.derived(("entity_mentions", alias_key(aliases)), ["mentions", *ACTOR_TABLES],
                               lambda: _entity_mentions(ann, actor_mentions(ann, aliases)),
                               persist=__name__).copy()
        actors = actor_mentions(ann, aliases)
    return _entity_mentions(ann, actors)


def _entity_mentions(ann: Annotations, actors: pd.DataFrame) -> pd.DataFrame:
    mentions = ann.mentions
    named = actors[actors["named"].astype(bool)]
    spans = {(a, s, e): (actor, actor_id) for a, s, e, actor, actor_id in zip(
        named["article_id"].tolist(), named["start_char"].tolist(), named["end_char"].tolist(), named["actor"].tolist(), named["actor_id"].tolist())}
    here, anywhere = _names(named, mentions)
    names = dict(zip(named["actor_id"].tolist(), named["actor"].tolist()))
    kinds = dict(zip(named["actor_id"].tolist(), named["kind"].tolist()))
    rows = []
    for article, start, end, canonical, label in zip(
            mentions["article_id"].tolist(), mentions["start_char"].tolist(), mentions["end_char"].tolist(),
            mentions["canonical"].tolist(), mentions["label"].tolist()):
        hit = spans.get((article, start, end))
        key = name_key(str(canonical))
        if hit is not None:
            rows.append((*hit, True, _label(label, kinds[hit[1]], key)))
            continue
        ids = (here.get((article, key)) or anywhere.get(key, set())) if label in ACTOR_LABELS else set()
        actor_id = next(iter(ids)) if len(ids) == 1 else ""
        rows.append((names[actor_id] if actor_id else canonical, actor_id, False,
                     _label(label, kinds.get(actor_id, ""), key)))
    out = mentions.copy()
    out["entity"] = mentions["canonical"]
    out["label"] = [r[3] for r in rows]
    out["canonical"] = [r[0] for r in rows]
    out["actor_id"] = pd.Series([r[1] for r in rows], index=mentions.index, dtype=object)
    out["as_actor"] = pd.Series([r[2] for r in rows], index=mentions.index, dtype=bool)
    return out


def _label(label: str, kind: str, key: str) -> str:
    """The mention's label read as its actor's ``kind`` ("" for no actor) reads it
    (module docstring); ``key``: its name key."""
    if kind == "person":
        return "PERSON" if label in ACTOR_LABELS else label
    if label == "PERSON":
        return KIND_LABELS.get(kind) or ("GPE" if not kind and key in known_places() else label)
    return label


def has_actor_tables(ann: Annotations) -> bool:
    """Whether ``ann`` holds the tables :func:`kit.actors.actor_mentions` reads."""
    tables = getattr(ann, "tables", {})  # an Annotations-like namespace may have none
    return all(name in tables for name in ACTOR_TABLES)


def require_actor_tables(ann: Annotations, caller: str) -> None:
    """Raise a ``ValueError`` with the fix when ``ann`` lacks :data:`ACTOR_TABLES`."""
    if has_actor_tables(ann):
        return
    tables = sorted(getattr(ann, "tables", {}))
    missing = [name for name in ACTOR_TABLES if name not in tables]
    raise ValueError(
        f"{caller} names entities as the actor registry does (kit.actors.actor_mentions), "
        f"which reads the {missing} table(s); these Annotations have {tables}. "
        f"Annotate with them: kit.annotate(articles, tables={list(ACTOR_TABLES)}), or "
        "tables=None for every table; or pass mentions=ann.mentions to count "
        "kit.lexicon.canonical's names, unmerged across articles.")


def _names(named: pd.DataFrame, mentions: pd.DataFrame) -> tuple[
        dict[tuple[str, str], set[str]], dict[str, set[str]]]:
    """Actor ids by ``(article_id, name key)`` and by name key alone.

    The keys of an actor are its name and every name and text of its
    mentions (as the registry lists them in ``aliases``) and, for a person,
    the word-final parts of its name ("sunak" for "Rishi Sunak").
    """
    corpus = named.merge(mentions[["article_id", "start_char", "end_char", "canonical"]],
                         how="left", on=["article_id", "start_char", "end_char"])
    here: dict[tuple[str, str], set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    for article, actor_id, *spellings in zip(corpus["article_id"].tolist(), corpus["actor_id"].tolist(), corpus["actor"].tolist(),
                                             corpus["name"].tolist(), corpus["text"].tolist(), corpus["canonical"].tolist()):
        for key in _keys(spellings):
            here.setdefault((article, key), set()).add(actor_id)
            anywhere.setdefault(key, set()).add(actor_id)
    people = named.loc[named["kind"] == "person", ["actor_id", "actor"]].drop_duplicates()
    for actor_id, actor in zip(people["actor_id"].tolist(), people["actor"].tolist()):
        words = name_key(actor).split()
        for i in range(1, len(words)):
            anywhere.setdefault(" ".join(words[i:]), set()).add(actor_id)
    return here, anywhere


def _keys(spellings: Iterable[object]) -> set[str]:
    return {name_key(s) for s in spellings if isinstance(s, str) and s}
