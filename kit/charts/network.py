"""Charts of actor networks: a node-link drawing and an adjacency matrix.

Input is a graph from :func:`kit.network.build_network` (networkx, no spaCy).
Positions come from :func:`kit.network.layout`: a spring layout with a fixed
``seed`` and rounded coordinates, so a re-run draws the same picture. Only
Vega-Lite 5 features are used (JupyterLab draws Vega-Lite 5).

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

import altair as alt
import networkx as nx
import pandas as pd

from kit.charts.theme import PALETTE, SIDE_COLOURS
from kit.network.graph import COOCCURRENCE, edges_table, layout

MAX_ROWS = 5000
MAX_ACTORS = 300  # more is unreadable as a node-link drawing
UNKNOWN_SIDE = "unknown"


def network(G: nx.MultiDiGraph, seed: int = 0, width: int = 560, height: int = 420,
            labels: bool = True) -> alt.LayerChart:
    """Node-link drawing: size = mentions, colour = side, edge width = weight.

    Click an actor to highlight its ties (double-click clears). Tooltips
    give each actor's role and side and each tie's evidence sentence.
    Co-occurrence ties are solid, interactions (one actor acting on another)
    dashed.

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
    nodes = _nodes(G, seed)
    edges = _edge_ends(G, nodes)
    pick = alt.selection_point(fields=["actor"], on="click", clear="dblclick", name="actor_pick")
    x = alt.X("x:Q", axis=None, scale=alt.Scale(zero=False, nice=False, padding=24))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(zero=False, nice=False, padding=24))
    colour = _side_colour(nodes["side"])
    lines = alt.Chart(edges).mark_rule().encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("weight:Q", title="sentences", scale=alt.Scale(range=[1, 6]),
                                    legend=alt.Legend(values=_steps(edges["weight"]), format="d")),
        strokeDash=alt.StrokeDash("kind:N", title="tie", scale=alt.Scale(
            domain=[COOCCURRENCE, "interaction"], range=[[1, 0], [6, 3]])),
        color=alt.value("#888888"),
        opacity=alt.condition(pick, alt.value(0.45), alt.value(0.04)),
        tooltip=[alt.Tooltip("source_name:N", title="from"), alt.Tooltip("target_name:N", title="to"),
                 "kind:N", "verb:N", alt.Tooltip("weight:Q", title="sentences"),
                 alt.Tooltip("example:N", title="evidence")],
    )
    points = alt.Chart(nodes).mark_circle(stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=colour,
        size=alt.Size("mentions:Q", scale=alt.Scale(range=[60, 900], zero=False), title="mentions",
                      legend=alt.Legend(values=_steps(nodes["mentions"]), format="d")),
        opacity=alt.value(0.9),
        tooltip=["name:N", "role:N", "side:N", "kind:N", "mentions:Q", "articles:Q"],
    ).add_params(pick)
    layers: list[alt.Chart] = [lines, points]
    if labels:
        layers.append(alt.Chart(nodes).mark_text(dy=-12, fontSize=10).encode(x=x, y=y, text="name:N"))
    title = f"Actors and their ties ({G.graph.get('article', 'all')})"
    return alt.LayerChart(layer=layers, title=title, width=width, height=height)


def adjacency(G: nx.MultiDiGraph, top: int = 25, kind: str | None = COOCCURRENCE) -> alt.Chart:
    """Matrix of ties among the ``top`` most mentioned actors (cell = sentences).

    Each co-occurrence tie fills both cells (row/column order is by
    mentions); ``kind="interaction"`` shows who acts (rows) on whom (columns).
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
        example=("example", "first"))
    order = alt.Sort(names)
    return alt.Chart(cells, title="Who appears with whom (sentences)").mark_rect().encode(
        x=alt.X("target_name:N", sort=order, title=None, axis=alt.Axis(labelAngle=-45)),
        y=alt.Y("source_name:N", sort=order, title=None),
        color=alt.Color("weight:Q", scale=alt.Scale(scheme="blues"), title="sentences"),
        tooltip=[alt.Tooltip("source_name:N", title="actor"), alt.Tooltip("target_name:N", title="with"),
                 alt.Tooltip("weight:Q", title="sentences"), "verb:N",
                 alt.Tooltip("example:N", title="evidence")],
    )


def _nodes(G: nx.MultiDiGraph, seed: int) -> pd.DataFrame:
    nodes = layout(G, seed=seed).rename(columns={"actor_id": "actor"})
    nodes["side"] = nodes["side"].replace("", UNKNOWN_SIDE)
    return nodes


def _edge_ends(G: nx.MultiDiGraph, nodes: pd.DataFrame) -> pd.DataFrame:
    """Each edge twice, once per end (``actor``), so a click on either end selects it."""
    edges = edges_table(G)
    pos = nodes.set_index("actor")[["x", "y"]]
    edges = edges.join(pos, on="source").join(pos.rename(columns={"x": "x2", "y": "y2"}), on="target")
    columns = ["source_name", "target_name", "kind", "verb", "weight", "example", "x", "y", "x2", "y2"]
    ends = [edges[columns].assign(actor=edges[end]) for end in ("source", "target")]
    return pd.concat(ends, ignore_index=True)


def _steps(values: pd.Series, n: int = 4) -> list[int]:
    """Up to ``n`` whole numbers from the smallest to the largest value, for a legend."""
    if values.empty:
        return []
    low, high = int(values.min()), int(values.max())
    return sorted({round(low + (high - low) * i / max(n - 1, 1)) for i in range(n)})


def _side_colour(sides: pd.Series) -> alt.Color:
    """Sides in the theme's colours; other sides take the palette in order."""
    domain = sorted(set(sides), key=lambda s: (s not in SIDE_COLOURS, s == UNKNOWN_SIDE, s))
    spare = iter(c for c in PALETTE if c not in SIDE_COLOURS.values())
    colours = [SIDE_COLOURS.get(s) or ("#bbbbbb" if s == UNKNOWN_SIDE else next(spare, "#444444"))
               for s in domain]
    return alt.Color("side:N", scale=alt.Scale(domain=domain, range=colours), title="side")
