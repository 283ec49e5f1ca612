"""GraphML and GEXF files (issue 15, item 9): any name writes, and a failed
write leaves the destination as it was. Issue 14, item 4: co-occurrence
undirected and actions directed, in two files networkx reads back and Gephi
opens with the actors' names as labels."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kit.network import export as export_module
from kit.network.export import GRAPHML_NS, to_gexf, to_graphml, to_graphml_pair, xml_safe
from kit.network.graph import COOCCURRENCE
from kit.nlp.cache import WriteError

HOSTILE = "Ana\x00\x01\x0b\x1b\ud800 Ruiz\ufffe"


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(title="talks\x07")
    G.add_node("a\x02", name=HOSTILE, kind="person", mentions=2, named=True, side=None)
    G.add_node("b", name="Mexico", kind="country", mentions=1, named=True, side="Mexico")
    G.add_edge("a\x02", "b", key="call\x03 on", kind="interaction", weight=1,
               example="She said\x0c: talks")
    return G


def test_xml_safe_replaces_only_what_xml_cannot_hold():
    assert xml_safe(HOSTILE) == "Ana\ufffd\ufffd\ufffd\ufffd\ufffd Ruiz\ufffd"
    assert xml_safe("tab\tnew\nline\r é 😀") == "tab\tnew\nline\r é 😀"
    assert xml_safe(7) == 7


@pytest.mark.parametrize("write, read", [(to_graphml, nx.read_graphml), (to_gexf, nx.read_gexf)])
def test_control_characters_in_names_ids_and_keys_are_replaced(tmp_path, write, read):
    out = write(hostile_graph(), tmp_path / "g.xml")
    G = read(out)
    assert G.nodes["a\ufffd"]["name"] == "Ana\ufffd\ufffd\ufffd\ufffd\ufffd Ruiz\ufffd"
    assert G.number_of_edges() == 1
    assert [p.name for p in tmp_path.iterdir()] == ["g.xml"]


def test_a_failed_write_keeps_the_old_file_and_no_partial(tmp_path, monkeypatch):
    out = tmp_path / "g.graphml"
    out.write_text("old graph", encoding="utf-8")

    def half(G, path, *args, **kwargs):
        open(path, "w", encoding="utf-8").write("<?xml version='1.0'?><graphml")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module.nx, "write_graphml", half)
    with pytest.raises(WriteError, match=r"cannot write '.*g\.graphml': No space left on device"):
        to_graphml(hostile_graph(), out)
    assert out.read_text(encoding="utf-8") == "old graph"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_an_error_that_is_not_the_disk_also_leaves_no_partial(tmp_path, monkeypatch):
    def broken(G, path, *args, **kwargs):
        open(path, "w", encoding="utf-8").write("<graphml")
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(export_module.nx, "write_graphml", broken)
    with pytest.raises(ValueError, match="XML compatible"):
        to_graphml(hostile_graph(), tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def network() -> nx.MultiDiGraph:
    """Three actors as kit.network.build_network makes them: co-occurrence stored
    once (smaller id first), two verbs from one actor to another, one back."""
    G = nx.MultiDiGraph(article="all")
    for actor, name, kind, side, role in [("ana", "Ana Ruiz", "person", "Peru", "envoy"),
                                          ("luis", "Luis Soto", "person", "Chile", "minister"),
                                          ("peru", "Peru", "country", "Peru", "")]:
        G.add_node(actor, name=name, kind=kind, side=side, role=role, named=True, mentions=2,
                   articles=1)
    for u, v, w in [("ana", "luis", 3), ("luis", "peru", 1)]:
        G.add_edge(u, v, key=COOCCURRENCE, kind=COOCCURRENCE, verb="", weight=w, negated=0,
                   articles=1, sentences="a:1", example="Ana Ruiz met Luis Soto.")
    for u, v, verb, w in [("luis", "ana", "thank", 2), ("luis", "ana", "call on", 1),
                          ("ana", "luis", "meet", 1)]:
        G.add_edge(u, v, key=verb, kind="interaction", verb=verb, weight=w, negated=0, articles=1,
                   sentences="a:2", example=f"Luis Soto {verb} Ana Ruiz.")
    return G


def test_cooccurrence_reads_back_undirected_and_actions_directed(tmp_path):
    ties, actions = to_graphml_pair(network(), tmp_path / "net.graphml")
    assert (ties.name, actions.name) == ("net.graphml", "net-actions.graphml")
    co, acts = nx.read_graphml(ties), nx.read_graphml(actions)
    assert not co.is_directed() and acts.is_directed()
    for back in (co, acts):  # every actor in both, labelled with its name, its reading declared
        assert {n: (d["label"], d["kind"], d["side"], d["role"]) for n, d in back.nodes(data=True)} == {
            "ana": ("Ana Ruiz", "person", "Peru", "envoy"),
            "luis": ("Luis Soto", "person", "Chile", "minister"),
            "peru": ("Peru", "country", "Peru", "")}
    assert sorted((*sorted((u, v)), w) for u, v, w in co.edges(data="weight")) == [
        ("ana", "luis", 3), ("luis", "peru", 1)]
    assert co.has_edge("luis", "ana")  # undirected: either way round
    assert sorted((u, v, d["verb"], d["weight"], d["label"]) for u, v, d in acts.edges(data=True)) == [
        ("ana", "luis", "meet", 1, "meet"), ("luis", "ana", "call on", 1, "call on"),
        ("luis", "ana", "thank", 2, "thank")]
    assert not acts.has_edge("peru", "luis")


def test_keys_are_declared_with_ids_gephi_reads_by_their_names(tmp_path):
    for path in to_graphml_pair(network(), tmp_path / "net.graphml"):
        root = ET.parse(path).getroot()
        keys = root.findall(f"{{{GRAPHML_NS}}}key")
        declared = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
        assert {("node", a): "string" for a in ("label", "kind", "side", "role")}.items() <= declared.items()
        assert declared[("edge", "weight")] == "long"
        ids = [k.get("id") for k in keys]
        # Gephi takes a key by its id before its attr.name, and the ids d3 / d7 (networkx's
        # numbering) as labels: ids here are the scope and the name, one per key
        assert len(set(ids)) == len(ids) and all(i == f"{k.get('for')}_{k.get('attr.name')}"
                                                 for i, k in zip(ids, keys))
        assert {k.get("for") for k in keys} == {"node", "edge"}  # Gephi refuses graph-level keys
        edge_ids = [e.get("id") for e in root.iter(f"{{{GRAPHML_NS}}}edge") if e.get("id")]
        assert len(set(edge_ids)) == len(edge_ids)  # Gephi drops an edge whose id it has seen
    assert len(edge_ids) == 3  # the actions: three verbs, two between the same actors


def test_one_file_of_a_mixed_network_is_refused_with_the_way_to_write_it(tmp_path):
    with pytest.raises(ValueError, match=r"co-occurrence ties .* to_graphml_pair\(G, path\)"):
        to_graphml(network(), tmp_path / "net.graphml")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_pair_keeps_both_old_files_and_no_partial(tmp_path, monkeypatch):
    ties, actions = tmp_path / "net.graphml", tmp_path / "net-actions.graphml"
    ties.write_text("old ties", encoding="utf-8")
    actions.write_text("old actions", encoding="utf-8")
    real, calls = export_module.nx.write_graphml, []

    def second_fails(G, path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(G, path, *args, **kwargs)

    monkeypatch.setattr(export_module.nx, "write_graphml", second_fails)
    with pytest.raises(WriteError, match="No space left on device"):
        to_graphml_pair(network(), ties)
    assert (ties.read_text(encoding="utf-8"), actions.read_text(encoding="utf-8")) == (
        "old ties", "old actions")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net-actions.graphml", "net.graphml"]
