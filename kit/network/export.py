r"""Actor networks as files: GraphML (Gephi, Cytoscape, igraph, networkx) and GEXF.

An actor network (:func:`kit.network.build_network`) holds two kinds of
ties: co-occurrence, which has no direction, and actor → target actions,
which have one. GraphML can mix the two in one file, but
``networkx.read_graphml`` refuses such a file (a ``directed="false"`` edge in
a directed graph raises ``NetworkXError``), and a file that writes
co-occurrence as directed edges says something the articles do not. So
:func:`to_graphml_pair` writes two files, each read back whole by networkx
and opened by Gephi:

- ``actors.graphml``: every actor and the co-occurrence ties,
  ``edgedefault="undirected"``;
- ``actors-actions.graphml``: every actor and the actor → target ties,
  ``edgedefault="directed"``, one edge per verb, labelled with it.

Nodes carry ``label`` (the actor's name: what Gephi shows), ``name``,
``kind``, ``side``, ``role``, ``named``, ``mentions``, ``sentences`` and ``articles``, each
declared by a ``<key>`` with its ``attr.name`` and ``attr.type``; edges carry
``weight`` (sentences) and their evidence. Gephi reads a key's *id* before
its ``attr.name`` and takes the ids ``d3`` (node) and ``d7`` (edge), which
networkx numbers its keys with, as labels; here the ids are
``node_label``, ``edge_weight`` ..., so only ``label`` labels a node. Edge ids
are unique (Gephi drops an edge whose id it has seen). Graph-level
attributes are left out (Gephi's GraphML import reports them as errors).

Examples
--------
>>> import tempfile
>>> G = nx.MultiDiGraph()
>>> G.add_node("ana", name="Ana Ruiz", kind="person", side="Peru", role="envoy")
>>> G.add_node("peru", name="Peru", kind="country", side="Peru", role="")
>>> _ = G.add_edge("ana", "peru", key="co-occurrence", kind="co-occurrence", verb="", weight=2)
>>> _ = G.add_edge("ana", "peru", key="thank", kind="interaction", verb="thank", weight=1)
>>> ties, acts = to_graphml_pair(G, Path(tempfile.mkdtemp()) / "actors.graphml")
>>> ties.name, acts.name
('actors.graphml', 'actors-actions.graphml')
>>> co, acted = nx.read_graphml(ties), nx.read_graphml(acts)
>>> co.is_directed(), co.nodes["ana"]["label"], co.edges["ana", "peru"]["weight"]
(False, 'Ana Ruiz', 2)
>>> acted.is_directed(), list(acted.edges(data="label"))
(True, [('ana', 'peru', 'thank')])
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx

from kit.network.graph import COOCCURRENCE, cooccurrence_graph, interaction_graph
from kit.nlp.cache import atomic_path

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
ACTIONS = "-actions"
"""What :func:`actions_path` adds to a file's name for the directed ties."""


def to_graphml_pair(G: nx.MultiDiGraph, path: Path | str) -> tuple[Path, Path]:
    """Write the co-occurrence ties of ``G`` to ``path`` (undirected) and its
    actor → target ties to :func:`actions_path` of it (directed); return both paths.

    Both files hold every actor of ``G``. Each is written beside its path and
    renamed once both are whole, so a failed write leaves the old pair.
    """
    path = Path(path)
    actions = actions_path(path)
    with atomic_path(path) as ties_tmp, atomic_path(actions) as actions_tmp:
        _write_graphml(cooccurrence_graph(G), ties_tmp)
        _write_graphml(interaction_graph(G), actions_tmp)
    return path, actions


def actions_path(path: Path | str) -> Path:
    """Where :func:`to_graphml_pair` writes the directed ties for ``path``.

    Examples
    --------
    >>> actions_path("out/network.graphml")
    PosixPath('out/network-actions.graphml')
    """
    path = Path(path)
    return path.with_name(f"{path.stem}{ACTIONS}{path.suffix}")


def to_graphml(G: nx.Graph, path: Path | str) -> Path:
    r"""Write one graph as GraphML (read as the module docstring says) and return the path.

    ``G`` is written as it is: directed if it is directed. A directed actor
    network that still holds co-occurrence ties is refused (they have no
    direction): write it with :func:`to_graphml_pair`, or write one view
    (:func:`kit.network.cooccurrence_graph`, :func:`kit.network.interaction_graph`).
    Characters XML cannot hold (control characters, lone surrogates) become
    U+FFFD. The file is written beside ``path`` and renamed, so ``path``
    never holds half a graph.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.Graph()
    >>> G.add_node("a1", name="Ana\x01 Ruiz")
    >>> out = to_graphml(G, Path(tempfile.mkdtemp()) / "g.graphml")
    >>> nx.read_graphml(out).nodes["a1"]["label"]
    'Ana\ufffd Ruiz'
    """
    if G.is_directed() and any(kind == COOCCURRENCE for *_, kind in G.edges(data="kind")):
        raise ValueError(
            "to_graphml: this network holds co-occurrence ties (no direction) beside directed "
            "actions, and networkx cannot read one GraphML file that mixes them; write both with "
            "to_graphml_pair(G, path) (path and its -actions file), or one view, e.g. "
            "to_graphml(cooccurrence_graph(G), path)")
    path = Path(path)
    with atomic_path(path) as tmp:
        _write_graphml(G, tmp)
    return path


def _write_graphml(G: nx.Graph, path: Path) -> None:
    H = _scalar_copy(G)
    H.graph.clear()  # Gephi's GraphML import reports every graph-level key as an error
    for node, data in H.nodes(data=True):
        data.setdefault("label", data.get("name") or str(node))  # what Gephi shows on a node
    for *_, data in H.edges(data=True):
        if data.get("verb"):
            data.setdefault("label", data["verb"])  # what Gephi shows on an edge
    nx.write_graphml(H, path)
    _name_ids(path)


def _name_ids(path: Path) -> None:
    """Give the file's keys ids named after their scope and attribute, and its edges unique ids."""
    tree = ET.parse(path)
    root = tree.getroot()
    for element in root.iter():  # unqualified tags and an xmlns attribute: ElementTree then
        element.tag = element.tag.removeprefix(f"{{{GRAPHML_NS}}}")  # writes the graphml
    root.set("xmlns", GRAPHML_NS)  # namespace as the default, with no global registration
    ids: dict[str, str] = {}
    for key in root.iter("key"):
        new = re.sub(r"[^\w.-]", "_", f"{key.get('for')}_{key.get('attr.name')}")
        while new in ids.values():
            new += "_"
        ids[key.get("id", "")] = new
        key.set("id", new)
    for data in root.iter("data"):
        data.set("key", ids.get(data.get("key", ""), data.get("key", "")))
    for i, edge in enumerate(root.iter("edge")):
        if "id" in edge.attrib:  # a multigraph's edge keys ("co-occurrence", a verb) repeat
            edge.set("id", f"e{i}")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def to_gexf(G: nx.MultiDiGraph, path: Path | str) -> Path:
    """Write ``G`` as GEXF (Gephi's format) and return the path (written as :func:`to_graphml`)."""
    path = Path(path)
    with atomic_path(path) as tmp:
        nx.write_gexf(_scalar_copy(G), tmp)
    return path


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold."""


def xml_safe(value: Any) -> Any:
    r"""``value`` with the characters XML cannot hold replaced by U+FFFD (non-strings as they are).

    Examples
    --------
    >>> xml_safe("Ana\x00\x1b Ruiz"), xml_safe(3)
    ('Ana\ufffd\ufffd Ruiz', 3)
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _scalar_copy(G: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all str/int/float/bool (None becomes ""), XML-safe,
    as are its node ids and edge keys."""

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for key, value in attrs.items():
            if value is None:
                value = ""
            elif not isinstance(value, (str, int, float, bool)):
                value = str(value)
            out[xml_safe(str(key))] = xml_safe(value)
        return out

    H = G.__class__()
    H.graph.update(clean(G.graph))
    H.add_nodes_from((xml_safe(n), clean(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((xml_safe(u), xml_safe(v), xml_safe(k), clean(d))
                         for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((xml_safe(u), xml_safe(v), clean(d)) for u, v, d in G.edges(data=True))
    return H
