"""Actor networks: who appears with whom, and who acts on whom.

Representation
--------------
:func:`build_network` returns one ``networkx.MultiDiGraph``:

- **nodes** are actors of :func:`kit.actors.actor_registry` (not those only named
  in a byline or a credit, :func:`kit.actors.credits.credited`: "By X", "(Photo: Y/Outlet)"), keyed by
  ``actor_id``, with attributes ``name, kind, side, role, named, mentions,
  sentences, articles`` (counted within the chosen article, or the whole corpus;
  ``sentences``: how many sentences the mentions stand in);
- **co-occurrence edges** (``kind="co-occurrence"``, edge key
  ``"co-occurrence"``) join two actors named in the same sentence. They are
  undirected in meaning and stored once, from the smaller ``actor_id`` to the
  larger; ``weight`` is the number of sentences. A body named only inside a
  person's own title ("Velmar League Secretary-General Osk Varen") is his
  affiliation, no actor he appears with;
- **interaction edges** (``kind="interaction"``, edge key = ``verb``) are
  directed, subject → object, from ``ann.relations`` ("Ruiz Baltierra called on
  the U.S. ..." → ``call on``); ``weight`` is the number of sentences and
  ``negated`` how many of them deny the act.

Every edge carries ``sentences`` (evidence ids ``"article_id:sentence_id"``,
``"; "``-joined), ``articles`` (how many), the ``outlets`` and ``languages`` of
those articles (``"; "``-joined, sorted) and ``example`` (the first evidence
sentence). All attributes are strings, integers or booleans, so the graph
writes to GraphML and GEXF as it is. :func:`cooccurrence_graph` and
:func:`interaction_graph` give the undirected ``Graph`` and directed
``MultiDiGraph`` views; :mod:`kit.network.export` writes them to files
(:func:`~kit.network.export.to_graphml_pair`: one undirected, one directed).

Examples
--------
>>> import kit
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> G = build_network(ann)
>>> ties = edges_table(filter_network(G, side=["Mexico", "United States"]), top=3)
>>> ties[["source_name", "target_name", "weight"]].values.tolist()
[['Mexico', 'United States', 4], ['Alejandro Mayorkas', 'Alicia Bárcena', 1], ['Alejandro Mayorkas', 'Antony Blinken', 1]]
>>> from kit.network.export import to_graphml_pair
>>> to_graphml_pair(G, "out/actors.graphml")
(PosixPath('out/actors.graphml'), PosixPath('out/actors-actions.graphml'))
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from kit.actors.credits import credited
from kit.actors.registry import Aliases, actor_registry, kept_actor_mentions, outlets_of
from kit.schema import coverage_of, outlets, rows_of

if TYPE_CHECKING:
    from kit.schema import Annotations

COOCCURRENCE = "co-occurrence"
INTERACTION = "interaction"
NODE_ATTRS = ["name", "kind", "side", "role", "named", "mentions", "sentences", "articles"]
EDGE_COLUMNS = [
    "source", "target", "source_name", "target_name", "kind", "verb", "weight", "articles",
    "outlets", "languages", "negated", "sentences", "example",
]
NODE_COLUMNS = ["actor_id", *NODE_ATTRS]


def build_network(
    ann: Annotations, article: str | None = None, aliases: Aliases = None, unnamed: bool = True
) -> nx.MultiDiGraph:
    """Actor network of the corpus, or of one ``article`` (see the module docstring).

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate` (needs ``roles``, ``sources``, ``relations``).
    article:
        An ``article_id`` to draw one article; ``None`` for all.
    aliases:
        Passed to :func:`kit.actors.actor_mentions`.
    unnamed:
        Include unnamed sources as nodes.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> G = build_network(ann, article="000_630f14e8707647da")
    >>> G.nodes["antony-blinken"]["role"]
    'Secretary of State'
    """
    mentions = kept_actor_mentions(ann, aliases)  # read, never changed here
    mentions = mentions[~credited(ann, mentions)]  # "By X", "(Reporting by Y)": who wrote it, no actor
    # the registry of these mentions, as kept for re-runs (not built a second time)
    registry = actor_registry(ann, aliases, unnamed=unnamed)
    # an outlet or a wire is cited, it is no party: no node (kit.actors.registry.outlets_of)
    mentions = mentions[~mentions["actor_id"].isin(registry.loc[outlets_of(registry, ann.articles), "actor_id"])]
    registry = registry.set_index("actor_id")
    if not unnamed:
        mentions = mentions[mentions["named"]]
    if article is not None:
        _check_article(ann, article)
        mentions = mentions[mentions["article_id"] == article]
    G = nx.MultiDiGraph(article=article or "all")
    by_actor = mentions.groupby("actor_id")
    counted = pd.DataFrame({
        "mentions": by_actor.size(), "articles": by_actor["article_id"].nunique(),
        "sentences": mentions.drop_duplicates(["actor_id", "article_id", "sentence_id"])
        .groupby("actor_id").size()})
    for actor_id, n_mentions, n_articles, n_sentences in zip(
            counted.index.tolist(), counted["mentions"].tolist(), counted["articles"].tolist(),
            counted["sentences"].tolist()):
        info = registry.loc[actor_id]
        G.add_node(actor_id, name=str(info["name"]), kind=str(info["kind"]), side=str(info["side"]),
                   role=str(info["role"]), named=bool(info["named"]), mentions=int(n_mentions),
                   sentences=int(n_sentences), articles=int(n_articles))
    _add_cooccurrences(G, mentions, _bodies_in_titles(ann, mentions))
    _add_interactions(G, _relations(ann, mentions))
    examples = [attrs["example"] for _, _, attrs in G.edges(data=True)]
    texts = _sentence_texts(ann, examples)
    coverage = outlets(ann.articles).set_index("article_id").to_dict("index")
    for _, _, attrs in G.edges(data=True):
        attrs["example"] = texts.get(attrs["example"], "")
        read = [coverage.get(a, {}) for a in {e.rsplit(":", 1)[0] for e in attrs["sentences"].split("; ")}]
        for column, field in (("outlets", "outlet"), ("languages", "language")):
            attrs[column] = coverage_of(r.get(field, "") for r in read)
    return G


def _check_article(ann: Annotations, article: str) -> None:
    known = ann.articles["article_id"].tolist()
    if article not in known:
        raise KeyError(f"build_network(article={article!r}): no such article_id; "
                       f"known ids start {known[:3]} (see ann.articles)")


def _sentence_texts(ann: Annotations, keys: list[str]) -> dict[str, str]:
    """The text of each sentence ``keys`` names ("article_id:sentence_id"), read from
    the rows of their articles alone."""
    wanted = set(keys)
    s = rows_of(ann, "sentences", sorted({k.rsplit(":", 1)[0] for k in wanted}))
    texts = (f"{a}:{i}" for a, i in zip(s["article_id"].tolist(), s["sentence_id"].tolist()))
    return {k: t for k, t in zip(texts, s["text"].tolist()) if k in wanted}


_BODY_KINDS = ("organization", "government", "group")
_TITLE_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _bodies_in_titles(ann: Annotations, mentions: pd.DataFrame) -> set[tuple[str, int, str, int]]:
    """(article_id, sentence_id, person's actor_id, body mention's start_char) of each body
    named inside a person's own title, the person's side or affiliation ("Velmar League
    Secretary-General Osk Varen", "the Velmar League's Osk Varen", "el secretario general de
    la Liga de Velmar, Osk Varen": between the body and the name only words of the person's
    role, a possessive or a comma): his affiliation, no actor he appears with."""
    keys = ["article_id", "sentence_id"]
    people = mentions[(mentions["kind"] == "person") & mentions["named"]]
    bodies = mentions[mentions["kind"].isin(_BODY_KINDS)]
    if people.empty or bodies.empty:
        return set()
    pairs = people[[*keys, "start_char", "actor_id", "role", "side", "affiliation"]].merge(
        bodies[[*keys, "start_char", "end_char", "name", "side"]], on=keys, suffixes=("", "_body"))
    pairs = pairs[pairs["end_char"] <= pairs["start_char"]]
    if pairs.empty:
        return set()
    s = rows_of(ann, "sentences", sorted(set(pairs["article_id"].tolist())))
    where = {(a, int(i)): (int(start), text) for a, i, start, text in zip(
        s["article_id"].tolist(), s["sentence_id"].tolist(), s["start_char"].tolist(), s["text"].tolist())}
    found = set()
    for article_id, sentence_id, start, person, role, side, affiliation, body_start, body_end, body, body_side in zip(
            *(pairs[c].tolist() for c in [*keys, "start_char", "actor_id", "role", "side", "affiliation",
                                          "start_char_body", "end_char", "name", "side_body"])):
        own = {str(v).casefold() for v in (side, affiliation) if isinstance(v, str) and v}
        if not own & {str(v).casefold() for v in (body, body_side) if isinstance(v, str) and v}:
            continue
        offset, text = where.get((article_id, int(sentence_id)), (0, ""))
        between = text[int(body_end) - offset:int(start) - offset].strip()
        words = {w.casefold() for w in _TITLE_WORD.findall(between)} - {"s"}
        if not words and len(between) <= 3 or words and words <= {w.casefold() for w in _TITLE_WORD.findall(str(role))}:
            found.add((article_id, int(sentence_id), person, int(body_start)))
    return found


def _add_cooccurrences(G: nx.MultiDiGraph, mentions: pd.DataFrame,
                       titled: set[tuple[str, int, str, int]] | frozenset[tuple[str, int, str, int]] = frozenset(),
                       ) -> None:
    """Co-occurrence edges between the actors of each sentence; a body named only inside
    a person's own title (``titled``, :func:`_bodies_in_titles`) is no actor he appears with."""
    actors: dict[tuple[str, int], set[str]] = {}  # (article_id, sentence_id) -> actor ids
    starts: dict[tuple[str, int, str], set[int]] = {}  # ... and actor id -> its mentions' starts
    for article_id, sentence_id, actor_id, start in zip(
            mentions["article_id"].tolist(), mentions["sentence_id"].astype(int).tolist(),
            mentions["actor_id"].tolist(), mentions["start_char"].astype(int).tolist()):
        actors.setdefault((article_id, sentence_id), set()).add(actor_id)
        starts.setdefault((article_id, sentence_id, actor_id), set()).add(start)

    def in_title(article_id: str, sentence_id: int, person: str, body: str) -> bool:
        return all((article_id, sentence_id, person, s) in titled for s in starts[article_id, sentence_id, body])

    pairs: dict[tuple[str, str], list[str]] = {}
    for (article_id, sentence_id), ids in sorted(actors.items()):
        for a, b in combinations(sorted(ids), 2):
            if titled and (in_title(article_id, sentence_id, a, b) or in_title(article_id, sentence_id, b, a)):
                continue
            pairs.setdefault((a, b), []).append(f"{article_id}:{sentence_id}")
    for (a, b), evidence in pairs.items():
        G.add_edge(a, b, key=COOCCURRENCE, **_edge_attrs(COOCCURRENCE, "", evidence, 0))


def _relations(ann: Annotations, mentions: pd.DataFrame) -> pd.DataFrame:
    """``ann.relations`` with ``source``/``target`` actor ids (rows of kept actors only)."""
    spans = mentions[["article_id", "start_char", "end_char", "actor_id"]].drop_duplicates(
        ["article_id", "start_char", "end_char"], keep="last")  # a span names one actor
    rel = ann.relations
    for role, column in (("subject", "source"), ("object", "target")):  # joined, not a dict of every span
        rel = rel.merge(spans.rename(columns={"start_char": f"{role}_start", "end_char": f"{role}_end",
                                              "actor_id": column}),
                        on=["article_id", f"{role}_start", f"{role}_end"], how="left")
    rel = rel.dropna(subset=["source", "target"])
    return rel[rel["source"] != rel["target"]]


def _add_interactions(G: nx.MultiDiGraph, rel: pd.DataFrame) -> None:
    for (source, target, verb), group in rel.groupby(["source", "target", "verb"], sort=True):
        evidence = list(dict.fromkeys(f"{a}:{s}" for a, s in zip(group["article_id"].tolist(), group["sentence_id"].tolist())))
        negated = int(group["negated"].astype(bool).sum())
        G.add_edge(source, target, key=verb, **_edge_attrs(INTERACTION, verb, evidence, negated))


def _edge_attrs(kind: str, verb: str, evidence: list[str], negated: int) -> dict[str, Any]:
    """An edge's attributes; ``example`` holds the id of its first sentence until
    :func:`build_network` puts the sentence's text in its place."""
    return {
        "kind": kind, "verb": verb, "weight": len(evidence), "negated": negated,
        "articles": len({e.rsplit(":", 1)[0] for e in evidence}),
        "sentences": "; ".join(evidence), "example": evidence[0],
    }


# -- views and filters ---------------------------------------------------------
def cooccurrence_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The co-occurrence edges of ``G`` as an undirected weighted ``Graph``."""
    H = nx.Graph(**G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, d) for u, v, d in G.edges(data=True) if d["kind"] == COOCCURRENCE)
    return H


def interaction_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The interaction edges of ``G`` only (directed, one edge per verb)."""
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
                     if d["kind"] == INTERACTION)
    return H


def filter_network(
    G: nx.MultiDiGraph,
    kind: str | Iterable[str] | None = None,
    side: str | Iterable[str] | None = None,
    min_weight: int = 1,
    named: bool | None = None,
    drop_isolates: bool = False,
    top: int | None = None,
) -> nx.MultiDiGraph:
    """Keep actors of the given ``kind``/``side`` and edges of at least ``min_weight``;
    with ``top``, only the ``top`` most mentioned of those actors (ties by name), so a
    drawing stays readable and small on any corpus.

    Examples
    --------
    >>> import kit
    >>> G = build_network(kit.annotate(kit.load("data/articles").articles))
    >>> people = filter_network(G, kind="person", side=["Mexico", "United States"])
    >>> people.number_of_nodes(), people.number_of_edges()
    (6, 7)
    >>> filter_network(G, top=3).number_of_nodes()
    3
    """
    kinds, sides = _as_set(kind), _as_set(side)
    keep = [n for n, d in G.nodes(data=True)
            if (kinds is None or d["kind"] in kinds) and (sides is None or d["side"] in sides)
            and (named is None or d["named"] == named)]
    if top is not None:
        keep = sorted(keep, key=lambda n: (-G.nodes[n]["mentions"], G.nodes[n]["name"], n))[:top]
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from((n, G.nodes[n]) for n in keep)
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
                     if u in H and v in H and d["weight"] >= min_weight)
    if drop_isolates:
        H.remove_nodes_from(list(nx.isolates(H)))
    return H


def ego_network(G: nx.MultiDiGraph, actor: str, radius: int = 1) -> nx.MultiDiGraph:
    """``actor`` (an ``actor_id`` or a name) and everyone within ``radius`` ties."""
    node = find_actor(G, actor)
    return nx.ego_graph(G, node, radius=radius, undirected=True).copy()


def find_actor(G: nx.MultiDiGraph, actor: str) -> str:
    """The node id of ``actor``, given as an ``actor_id`` or a (case-insensitive) name."""
    if actor in G:
        return actor
    hits = [n for n, d in G.nodes(data=True) if str(d.get("name", "")).casefold() == actor.casefold()]
    if len(hits) == 1:
        return hits[0]
    names = sorted(str(d.get("name", n)) for n, d in G.nodes(data=True))
    raise KeyError(f"no actor {actor!r} in this network; give an actor_id or one of the names "
                   f"{names[:8]}{' ...' if len(names) > 8 else ''} (see nodes_table(G))")


def _as_set(value: str | Iterable[str] | None) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


# -- tables and files -------------------------------------------------------------
def edges_table(G: nx.MultiDiGraph, kind: str | None = None, top: int | None = None) -> pd.DataFrame:
    """Edges as a table, strongest first, with evidence (columns :data:`EDGE_COLUMNS`).

    Examples
    --------
    >>> import kit
    >>> G = build_network(kit.annotate(kit.load("data/articles").articles))
    >>> edges_table(G, kind="co-occurrence", top=2)[["source_name", "target_name", "weight"]].values.tolist()
    [['Mexico', 'United States', 4], ['Alejandro Mayorkas', 'Alicia Bárcena', 1]]
    """
    rows = [
        {"source": u, "target": v, "source_name": G.nodes[u].get("name", u),
         "target_name": G.nodes[v].get("name", v), **{c: d.get(c, "") for c in EDGE_COLUMNS[4:]}}
        for u, v, d in G.edges(data=True) if kind is None or d["kind"] == kind
    ]
    table = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    table = table.sort_values(["weight", "articles", "source_name", "target_name", "verb"],
                              ascending=[False, False, True, True, True], kind="stable")
    return table.head(top).reset_index(drop=True) if top else table.reset_index(drop=True)


def nodes_table(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Nodes as a table, most mentioned first (columns :data:`NODE_COLUMNS`)."""
    rows = [{"actor_id": n, **{a: d.get(a, "") for a in NODE_ATTRS}} for n, d in G.nodes(data=True)]
    table = pd.DataFrame(rows, columns=NODE_COLUMNS)
    return table.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def layout(G: nx.MultiDiGraph, seed: int = 0, digits: int = 4) -> pd.DataFrame:
    """Deterministic node positions: a seeded spring layout on the tie weights.

    Each connected group of actors is laid out on its own (area in proportion
    to its size) and the groups are packed in rows, largest first, so that a
    lone pair does not squeeze everyone else into a corner. Returns
    :func:`nodes_table` plus ``x, y``, rounded to ``digits`` so that re-runs
    give identical charts.
    """
    nodes = nodes_table(G)
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes))
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        H.add_edge(u, v, weight=H.get_edge_data(u, v, {"weight": 0})["weight"] + d["weight"])
    groups = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    if groups and len(groups[0]) >= 500 and importlib.util.find_spec("scipy") is None:
        raise ValueError(f"layout: {len(groups[0])} connected actors need scipy for networkx's spring "
                         "layout; filter first: filter_network(G, min_weight=2, top=200, drop_isolates=True)")
    pos: dict[str, tuple[float, float]] = {}
    widths = [2 * math.sqrt(len(g)) + 1 for g in groups]
    row_width = max([*widths, math.sqrt(sum(w * w for w in widths))], default=0.0)
    x = y = row_height = 0.0
    for group, width in zip(groups, widths):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        centre = (x + width / 2, y - width / 2)
        radius = (width - 1) / 2
        sub = nx.Graph()  # not H.subgraph(): a view iterates a set, whose order varies by run
        sub.add_nodes_from(group)
        sub.add_weighted_edges_from(sorted((min(u, v), max(u, v), w) for u, v, w in H.edges(group, data="weight")))
        inner = nx.spring_layout(sub, seed=seed, weight="weight", scale=radius,
                                 center=centre) if len(group) > 1 else {group[0]: centre}
        pos.update({n: (float(p[0]), float(p[1])) for n, p in inner.items()})
        x, row_height = x + width, max(row_height, width)
    nodes["x"] = [round(pos[n][0], digits) for n in nodes["actor_id"]]
    nodes["y"] = [round(pos[n][1], digits) for n in nodes["actor_id"]]
    return nodes
