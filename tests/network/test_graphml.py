"""GraphML and GEXF files (issue 15, item 9): any name writes, and a failed
write leaves the destination as it was."""

from __future__ import annotations

import errno

import networkx as nx
import pytest

from kit.network import graph as graph_module
from kit.network.graph import to_gexf, to_graphml, xml_safe
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

    monkeypatch.setattr(graph_module.nx, "write_graphml", half)
    with pytest.raises(WriteError, match=r"cannot write '.*g\.graphml': No space left on device"):
        to_graphml(hostile_graph(), out)
    assert out.read_text(encoding="utf-8") == "old graph"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_an_error_that_is_not_the_disk_also_leaves_no_partial(tmp_path, monkeypatch):
    def broken(G, path, *args, **kwargs):
        open(path, "w", encoding="utf-8").write("<graphml")
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(graph_module.nx, "write_graphml", broken)
    with pytest.raises(ValueError, match="XML compatible"):
        to_graphml(hostile_graph(), tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def test_graphml_nodes_carry_a_label_and_their_reading_read_back_by_networkx(tmp_path):
    G = nx.MultiDiGraph()
    for actor, name, side in [("ana", "Ana Ruiz", "Peru"), ("luis", "Luis Soto", "Chile")]:
        G.add_node(actor, name=name, kind="person", side=side, role="envoy", named=True, mentions=2,
                   articles=1)
    G.add_edge("ana", "luis", key="co-occurrence", kind="co-occurrence", weight=2)
    back = nx.read_graphml(to_graphml(G, tmp_path / "g.graphml"))
    assert {d["label"] for _, d in back.nodes(data=True)} == {"Ana Ruiz", "Luis Soto"}
    assert {(d["kind"], d["side"], d["role"]) for _, d in back.nodes(data=True)} == {
        ("person", "Peru", "envoy"), ("person", "Chile", "envoy")}
