"""Coverage by outlet and language: whom each outlet's articles quote, and on whose word.

A corpus may mix outlets and languages (English wires beside Spanish dailies).
These tables split the actor tables by the ``source`` (the outlet) and the
``language`` of each article, so two presses' coverage can be read side by
side: :func:`quoted_by_outlet` says which actors each outlet gives as the
source of a claim or a quotation, with the actor's side;
:func:`unnamed_by_outlet` how much of each outlet's sourcing has no name. The
dates each outlet gives an event are :func:`kit.timeline.coverage.events_by_outlet`.

Actors are the registry's (:func:`kit.actors.actor_registry`): one name for
"Ruiz Baltierra" in a Spanish article and "Andres Manuel Ruiz Baltierra" in an
accentless one. An article without a ``source`` or a ``language`` counts under
``""``. Every row keeps its evidence (``sentences``: ``article_id:sentence_id``).

Examples
--------
>>> import kit
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> unnamed_by_outlet(ann)[["outlet", "language", "unnamed", "unnamed_share"]].to_dict("records")
[{'outlet': 'NBC News (reposted by internewscast.com)', 'language': 'en', 'unnamed': 9, 'unnamed_share': 1.0}]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from kit.actors.registry import (
    Aliases,
    actor_registry,
    kept_actor_mentions,
    quote_table,
    unnamed_share,
)
from kit.schema import outlets

if TYPE_CHECKING:
    from kit.schema import Annotations

OUTLET_KEYS = ["outlet", "language"]
"""The columns naming where a row's articles come from: the article's ``source`` and ``language``."""
QUOTED_COLUMNS = [*OUTLET_KEYS, "actor_id", "actor", "named", "side", "attributions", "quotes",
                  "articles", "sentences"]
UNNAMED_COLUMNS = [*OUTLET_KEYS, "articles", "n_sentences", "attributions", "named", "unnamed",
                   "unnamed_share", "unnamed_sentences", "sentence_share"]


def quoted_by_outlet(ann: Annotations, registry: pd.DataFrame | None = None, aliases: Aliases = None,
                     top: int | None = None) -> pd.DataFrame:
    """Whom each outlet gives as a source: one row per outlet, language and actor.

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate` (``articles``, ``sources``, ``roles``; the
        ``quotes`` table too, else ``quotes`` is 0).
    registry:
        :func:`kit.actors.actor_registry` of ``ann`` with the same ``aliases`` (made
        here when None): gives each actor its name and side across the corpus.
    aliases:
        ``{alias: canonical}`` or an ``alias,canonical`` CSV, as for the registry.
    top:
        Keep each outlet's (and language's) ``top`` most cited actors; None keeps all.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`QUOTED_COLUMNS`, by language, outlet, then most cited first.
        ``attributions`` counts the sourcing phrases (``ann.sources``: the subject of
        "said", "according to ...") that name the actor or, unnamed ("a senior
        official"), stand for it; ``quotes`` the quotations it is the speaker of
        (:func:`kit.actors.quote_table`); ``articles`` the outlet's articles with
        either; ``sentences`` their ``article_id:sentence_id``. ``side`` is the
        registry's. A sourcing phrase no actor mention covers keeps its own name
        and side, with ``actor_id`` ``""``.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> quoted_by_outlet(ann)[["actor", "side", "attributions", "quotes"]].head(1).to_dict("records")
    [{'actor': 'unnamed officials (United States)', 'side': 'United States', 'attributions': 5, 'quotes': 2}]
    """
    if registry is None:
        registry = actor_registry(ann, aliases=aliases)
    cited = pd.concat([_attributions(ann, aliases), _quotes(ann, aliases)], ignore_index=True)
    cited = cited.merge(outlets(ann.articles), on="article_id", how="left").fillna(
        {"outlet": "", "language": ""})
    if cited.empty:
        return pd.DataFrame(columns=QUOTED_COLUMNS)
    known = registry.drop_duplicates("actor_id").set_index("actor_id")
    has = cited["actor_id"].isin(known.index)
    cited.loc[has, "actor"] = cited.loc[has, "actor_id"].map(known["name"])
    cited.loc[has, "side"] = cited.loc[has, "actor_id"].map(known["side"]).fillna("")
    cited.loc[has, "named"] = cited.loc[has, "actor_id"].map(known["named"]).astype(bool)
    cited = cited.sort_values(["article_id", "sentence_id"], kind="stable")
    cited["evidence"] = cited["article_id"] + ":" + cited["sentence_id"].astype(int).astype(str)
    rows = []
    for key, group in cited.groupby([*OUTLET_KEYS, "actor_id", "actor"], sort=True):
        outlet, language, actor_id, actor = key
        rows.append({
            "outlet": outlet, "language": language, "actor_id": actor_id, "actor": actor,
            "named": bool(group["named"].iloc[0]), "side": str(group["side"].iloc[0]),
            "attributions": int((group["kind"] == "attribution").sum()),
            "quotes": int((group["kind"] == "quote").sum()),
            "articles": int(group["article_id"].nunique()),
            "sentences": "; ".join(dict.fromkeys(group["evidence"])),
        })
    table = pd.DataFrame(rows, columns=QUOTED_COLUMNS).sort_values(
        ["language", "outlet", "attributions", "quotes", "actor", "actor_id"],
        ascending=[True, True, False, False, True, True], kind="stable")
    if top is not None:
        table = table.groupby(OUTLET_KEYS, sort=False).head(top)
    return table.reset_index(drop=True)


def unnamed_by_outlet(ann: Annotations) -> pd.DataFrame:
    """How much of each outlet's sourcing has no name: one row per outlet and language.

    The sums of :func:`kit.actors.unnamed_share`'s rows over each outlet's articles
    (columns :data:`UNNAMED_COLUMNS`, by language then outlet): ``attributions``
    counts the sourcing phrases, ``named`` and ``unnamed`` those with and without a
    name, ``unnamed_share`` the unnamed fraction; ``unnamed_sentences`` counts the
    sentences resting on an unnamed source and ``sentence_share`` divides them by
    the outlet's sentences (``n_sentences``). An outlet that attributes nothing has
    shares 0.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> unnamed_by_outlet(ann)[["articles", "attributions", "named"]].to_dict("records")
    [{'articles': 1, 'attributions': 9, 'named': 0}]
    """
    shares = unnamed_share(ann).merge(outlets(ann.articles), on="article_id", how="left")
    shares = shares.fillna({"outlet": "", "language": ""})
    if shares.empty:
        return pd.DataFrame(columns=UNNAMED_COLUMNS)
    counted = ["n_sentences", "attributions", "named", "unnamed", "unnamed_sentences"]
    shares["n_sentences"] = pd.to_numeric(shares["n_sentences"], errors="coerce").fillna(0).astype(int)
    grouped = shares.groupby(OUTLET_KEYS, sort=True)
    table = grouped[counted].sum().astype(int)
    table["articles"] = grouped["article_id"].nunique()
    table["unnamed_share"] = (table["unnamed"] / table["attributions"].where(table["attributions"] > 0)
                              ).fillna(0.0)
    table["sentence_share"] = (table["unnamed_sentences"] / table["n_sentences"].where(
        table["n_sentences"] > 0)).fillna(0.0)
    table = table.reset_index().sort_values(["language", "outlet"], kind="stable")
    return table[UNNAMED_COLUMNS].reset_index(drop=True)


def _attributions(ann: Annotations, aliases: Aliases) -> pd.DataFrame:
    """One row per sourcing phrase with the actor it stands for: the actor mention with
    its span, else (a pronoun: "he said") the one of its name in the article."""
    columns = ["article_id", "sentence_id", "kind", "actor_id", "actor", "named", "side"]
    src = ann.sources
    if src.empty:
        return pd.DataFrame(columns=columns)
    mentions = kept_actor_mentions(ann, aliases)
    keys = ["article_id", "start_char", "end_char"]
    by_span = {tuple(k): i for i, k in enumerate(mentions[keys].itertuples(index=False, name=None))}
    by_name = {k: i for i, k in enumerate(zip(mentions["article_id"].tolist(), mentions["name"].tolist()))}
    rows = []
    for s in src.itertuples(index=False):
        hit = by_span.get((s.article_id, s.start_char, s.end_char))
        if hit is None:
            hit = by_name.get((s.article_id, s.canonical))
        if hit is not None:
            m = mentions.iloc[hit]
            actor_id, actor, side = m["actor_id"], m["actor"], m["side"]
        else:
            actor_id, actor, side = "", s.canonical or s.description, s.side
        rows.append({"article_id": s.article_id, "sentence_id": int(s.sentence_id), "kind": "attribution",
                     "actor_id": actor_id, "actor": actor, "named": bool(s.named), "side": side or ""})
    return pd.DataFrame(rows, columns=columns)


def _quotes(ann: Annotations, aliases: Aliases) -> pd.DataFrame:
    """One row per quotation whose speaker is an actor."""
    columns = ["article_id", "sentence_id", "kind", "actor_id", "actor", "named", "side"]
    if "quotes" not in getattr(ann, "tables", ()):
        return pd.DataFrame(columns=columns)
    quotes = quote_table(ann, aliases)
    quotes = quotes[quotes["actor_id"] != ""]
    return quotes.assign(kind="quote", side=quotes["side"].fillna(""))[columns]
