"""Charts of actor networks: a node-link drawing and an adjacency matrix.

Input is a graph from :func:`kit.network.build_network` (networkx, no spaCy).
Positions come from :func:`kit.network.layout`: a spring layout with a fixed
``seed`` and rounded coordinates, so a re-run draws the same picture. The
drawing is laid out in pixels (:mod:`kit.charts.placement`): circles that
would overlap are pushed apart, and each name takes a free place beside its
circle, most mentioned actors first; a name with no free place is shown on
hover. Legends sit right of the plot, outside it. Sides take their colours
from :func:`kit.charts.theme.colour`, the same in every chart. Marks link to
the site's article pages (:mod:`kit.links`): a tie to its first evidence
sentence, an actor to the first sentence of its ties. Only Vega-Lite 5
features are used (JupyterLab draws Vega-Lite 5).

Examples
--------
>>> import kit
>>> from kit.charts.network import network, adjacency
>>> from kit.network import build_network
>>> G = build_network(kit.annotate(kit.load("data/articles").articles))
>>> drawing = network(G, seed=0)
>>> matrix = adjacency(G, top=15)
"""

from __future__ import annotations

import math
from typing import Any

import altair as alt
import networkx as nx
import pandas as pd

from kit.charts.placement import place_labels, spread
from kit.charts.theme import colour_scale, count_legend, evidence, plural, with_click
from kit.links import ARTICLES, article_href, evidence_href, parse_evidence
from kit.network.graph import COOCCURRENCE, edges_table, layout

MAX_ROWS = 5000
MAX_ACTORS = 300  # more is unreadable as a node-link drawing
UNKNOWN_SIDE = "unknown"
SIZE_RANGE = (60, 900)  # circle areas in square pixels, fewest to most mentions
FONT_SIZE = 10
EDGE_GREY = "#666666"
NODE_CLICK = "opens the first sentence of its ties (on the published site)"
NO_TIE = "no tie: no sentence to open"
# a tie's "found in", computed in the browser: one string per tie would weigh on a large corpus's page
TIE_EVIDENCE = "datum.weight + (datum.weight == 1 ? ' sentence' : ' sentences')"


def network(G: nx.MultiDiGraph, seed: int = 0, width: int = 560, height: int = 420,
            labels: bool = True, links: str | None = ARTICLES) -> alt.LayerChart:
    """Node-link drawing: size = mentions, colour = side, edge width = weight.

    Hover over an actor to highlight its ties; click an actor or a tie to
    read its sentence (``links``: the folder of the article pages relative to
    the page showing the chart; ``None`` for no links). Tooltips give each
    actor's role and side and each tie's evidence and number of sentences.
    Co-occurrence ties are solid, interactions (one actor acting on another)
    dashed. ``labels=False`` draws no names (all on hover).

    Examples
    --------
    >>> import kit
    >>> from kit.network import build_network
    >>> chart = network(build_network(kit.annotate(kit.load("data/articles").articles)), seed=0)
    >>> [layer["mark"]["type"] for layer in chart.to_dict()["layer"]]  # ties, actors, names
    ['rule', 'circle', 'text']
    """
    if G.number_of_nodes() > MAX_ACTORS or G.number_of_nodes() + 2 * G.number_of_edges() > MAX_ROWS:
        raise ValueError(
            f"network chart: {G.number_of_nodes()} actors and {G.number_of_edges()} ties are too many "
            f"to draw (at most {MAX_ACTORS} actors and {MAX_ROWS} rows); draw fewer with "
            "kit.network.graph.filter_network(G, min_weight=2, drop_isolates=True) or ego_network(G, actor)"
        )
    nodes = _pixels(_nodes(G, seed), width, height)
    edges = _edge_ends(G, nodes, links)
    nodes = _node_links(nodes, edges, links)
    edges = edges.drop(columns="sentences")  # ids of every sentence: long, and linked already
    pick = alt.selection_point(fields=["actor"], on="mouseover", clear="mouseout", name="actor_pick")
    x_scale = alt.Scale(domain=[0, width], nice=False, zero=False)  # pixels, as placed
    y_scale = alt.Scale(domain=[0, height], nice=False, zero=False)
    x, y = alt.X("x:Q", axis=None, scale=x_scale), alt.Y("y:Q", axis=None, scale=y_scale)
    layers: list[alt.Chart] = [_ties(edges, x, y, pick, links), _actors(nodes, x, y, links).add_params(pick)]
    if labels:
        names = nodes.dropna(subset=["label_x"])[["name", "label_x", "label_y"]]
        layers.append(alt.Chart(names).mark_text(fontSize=FONT_SIZE, align="center", baseline="middle")
                      .encode(x=alt.X("label_x:Q", axis=None, scale=x_scale),
                              y=alt.Y("label_y:Q", axis=None, scale=y_scale), text="name:N"))
    title = f"Actors and their ties ({G.graph.get('article', 'all')})"
    return alt.LayerChart(layer=layers, title=title, width=width, height=height)


def _ties(edges: pd.DataFrame, x: alt.X, y: alt.Y, pick: Any, links: str | None) -> alt.Chart:
    """The ties: width = sentences, dash = kind, highlighted with the actor under the pointer."""
    chart = alt.Chart(edges).transform_calculate(evidence=TIE_EVIDENCE).transform_fold(
        ["source", "target"], as_=["end", "actor"]).mark_rule().encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("weight:Q", title="sentences", scale=alt.Scale(range=[1, 6]),
                                    legend=count_legend(edges["weight"], **_line_legend())),
        strokeDash=alt.StrokeDash("kind:N", title="tie", scale=alt.Scale(
            domain=[COOCCURRENCE, "interaction"], range=[[1, 0], [6, 3]]),
            legend=alt.Legend(**_line_legend())),
        color=alt.value(EDGE_GREY),
        opacity=alt.condition(pick, alt.value(0.5), alt.value(0.05)),
        tooltip=[alt.Tooltip("source_name:N", title="from"), alt.Tooltip("target_name:N", title="to"),
                 "kind:N", "verb:N", alt.Tooltip("evidence:N", title="found in"),
                 alt.Tooltip("example:N", title="first sentence"), *_click(links)],
        href=alt.Href("href:N") if links is not None else alt.Undefined,
    )
    return chart if links is None else with_click(chart)


def _actors(nodes: pd.DataFrame, x: alt.X, y: alt.Y, links: str | None) -> alt.Chart:
    """The actors: area = mentions, colour = side (the side's colour in every chart)."""
    low, high = _size_domain(nodes["mentions"])
    chart = alt.Chart(nodes).mark_circle(stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=alt.Color("side:N", scale=colour_scale(nodes["side"]), title="side"),
        size=alt.Size("mentions:Q", scale=alt.Scale(domain=[low, high], range=list(SIZE_RANGE), zero=False),
                      title="mentions", legend=count_legend(nodes["mentions"])),
        opacity=alt.value(0.9),
        tooltip=["name:N", "role:N", "side:N", "kind:N", alt.Tooltip("mentions:Q", format="d"),
                 alt.Tooltip("articles:Q", format="d"), alt.Tooltip("evidence:N", title="found in"),
                 *_click(links)],
        href=alt.Href("href:N") if links is not None else alt.Undefined,
    )
    return chart if links is None else with_click(chart, NODE_CLICK, otherwise=NO_TIE)


def adjacency(G: nx.MultiDiGraph, top: int = 25, kind: str | None = COOCCURRENCE,
              links: str | None = ARTICLES) -> alt.Chart:
    """Matrix of ties among the ``top`` most mentioned actors (cell = sentences).

    Each co-occurrence tie fills both cells (row/column order is by
    mentions); ``kind="interaction"`` shows who acts (rows) on whom (columns).
    A cell links to the tie's first evidence sentence (``links`` as for
    :func:`network`).
    """
    nodes = _nodes(G, seed=0)
    names = nodes.head(top)["name"].tolist()
    cells = edges_table(G, kind=kind)
    cells = cells[cells["source_name"].isin(names) & cells["target_name"].isin(names)]
    if kind == COOCCURRENCE:
        mirror = cells.rename(columns={"source_name": "target_name", "target_name": "source_name"})
        cells = pd.concat([cells, mirror], ignore_index=True)
    cells = cells.groupby(["source_name", "target_name"], as_index=False).agg(
        weight=("weight", "sum"), verb=("verb", lambda v: ", ".join(sorted(set(v) - {""}))),
        example=("example", "first"), sentences=("sentences", "first"))
    cells["evidence"] = [plural(w, "sentence") for w in cells["weight"]]
    cells["example"] = [shorten(str(e)) for e in cells["example"]]
    if links is not None:
        cells["href"] = [evidence_href(e, links) for e in cells["sentences"]]
    cells = cells.drop(columns="sentences")
    order = alt.Sort(names)
    chart = alt.Chart(cells, title="Who appears with whom (sentences)").mark_rect().encode(
        x=alt.X("target_name:N", sort=order, title=None, axis=alt.Axis(labelAngle=-45)),
        y=alt.Y("source_name:N", sort=order, title=None),
        color=alt.Color("weight:Q", scale=alt.Scale(scheme="blues"), title="sentences",
                        legend=count_legend(cells["weight"])),
        tooltip=[alt.Tooltip("source_name:N", title="actor"), alt.Tooltip("target_name:N", title="with"),
                 alt.Tooltip("evidence:N", title="found in"), "verb:N",
                 alt.Tooltip("example:N", title="first sentence"), *_click(links)],
        href=alt.Href("href:N") if links is not None else alt.Undefined,
    )
    return chart if links is None else with_click(chart)


def _nodes(G: nx.MultiDiGraph, seed: int) -> pd.DataFrame:
    nodes = layout(G, seed=seed).rename(columns={"actor_id": "actor"})
    nodes["side"] = nodes["side"].replace("", UNKNOWN_SIDE)
    return nodes


def _size_domain(mentions: pd.Series) -> tuple[int, int]:
    low = int(mentions.min()) if len(mentions) else 0
    high = int(mentions.max()) if len(mentions) else 1
    return low, max(high, low + 1)


def _radius(mentions: int, low: int, high: int) -> float:
    """The radius in pixels of the circle Vega-Lite draws (linear area, :data:`SIZE_RANGE`)."""
    area = SIZE_RANGE[0] + (mentions - low) / (high - low) * (SIZE_RANGE[1] - SIZE_RANGE[0])
    return math.sqrt(area / math.pi) + 0.5  # + half the white outline


def _pixels(nodes: pd.DataFrame, width: int, height: int) -> pd.DataFrame:
    """``x, y`` in pixels (circles inside the plot, apart) and ``label_x, label_y`` (None: no label)."""
    low, high = _size_domain(nodes["mentions"])
    radii = [_radius(int(m), low, high) for m in nodes["mentions"]]
    pad = max(radii, default=0) + FONT_SIZE  # room for the largest circle and a line of text
    xs = _stretch(nodes["x"], pad, width - pad)
    ys = _stretch(nodes["y"], pad, height - pad)
    centres = spread(list(zip(xs, ys, radii)), width, height)
    boxes = place_labels([(cx, cy, r) for (cx, cy), r in zip(centres, radii)],
                         [str(n) for n in nodes["name"]], width, height, FONT_SIZE)
    return nodes.assign(
        x=[c[0] for c in centres], y=[c[1] for c in centres],
        label_x=[round(b[0], 1) if b else None for b in boxes],
        label_y=[round(b[1], 1) if b else None for b in boxes])


def _stretch(values: pd.Series, low: float, high: float) -> list[float]:
    """``values`` mapped linearly onto ``[low, high]`` (all in the middle when they are one value)."""
    least, most = float(values.min()) if len(values) else 0.0, float(values.max()) if len(values) else 0.0
    if most - least < 1e-9 or high <= low:
        return [(low + high) / 2] * len(values)
    return [low + (float(v) - least) / (most - least) * (high - low) for v in values]


def _edge_ends(G: nx.MultiDiGraph, nodes: pd.DataFrame, links: str | None) -> pd.DataFrame:
    """Each edge once, with its ends' ids (``source``, ``target``): the chart folds them
    into one row per end (``actor``), so hovering either end selects it, in the browser,
    not in the page."""
    edges = edges_table(G)
    pos = nodes.set_index("actor")[["x", "y"]]
    edges = edges.join(pos, on="source").join(pos.rename(columns={"x": "x2", "y": "y2"}), on="target")
    edges["example"] = [shorten(str(e)) for e in edges["example"]]  # the whole one is a click away
    edges["href"] = [evidence_href(e, links) if links is not None else "" for e in edges["sentences"]]
    columns = ["source", "target", "source_name", "target_name", "kind", "verb", "weight",
               "example", "sentences", "href", "x", "y", "x2", "y2"]
    table = edges[columns].reset_index(drop=True)
    return table if links is not None else table.drop(columns="href")


EXAMPLE_CHARS = 140
"""A tooltip's sentence is cut after this many characters (two lines of a tooltip; the
whole sentence is a click away, and a page of a large corpus's ties stays small)."""


def shorten(text: str, limit: int = EXAMPLE_CHARS) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis.

    >>> shorten("Both delegations met in Washington on Friday.", 30)
    'Both delegations met in…'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"


def _node_links(nodes: pd.DataFrame, ends: pd.DataFrame, links: str | None) -> pd.DataFrame:
    """Each actor's first tie sentence (reading order: article id, then sentence) as ``href``,
    and ``evidence`` ("3 mentions in 3 sentences, 2 articles")."""
    first: dict[str, tuple[str, int]] = {}
    for source, target, sentences in zip(ends["source"], ends["target"], ends["sentences"]):
        for pair in parse_evidence(sentences):
            for actor in (source, target):
                if actor not in first or pair < first[actor]:
                    first[actor] = pair
    sentences = nodes["sentences"] if "sentences" in nodes else [None] * len(nodes)
    nodes = nodes.assign(evidence=[evidence(m, s, a) for m, s, a in zip(nodes["mentions"], sentences,
                                                                         nodes["articles"])])
    if links is None:
        return nodes
    return nodes.assign(
        href=[article_href(*first[a], prefix=links) if a in first else "" for a in nodes["actor"]])


def _click(links: str | None) -> list[alt.Tooltip]:
    return [] if links is None else [alt.Tooltip("click:N", title="click")]


def _line_legend() -> dict[str, Any]:
    """A legend of line widths or dashes that can be seen: dark, opaque, long symbols."""
    return {"symbolType": "stroke", "symbolStrokeColor": "#333333", "symbolOpacity": 1,
            "symbolSize": 400}
