"""kit.network's error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import ast
import importlib.util
import re

import networkx as nx
import pytest
from test_network import hand_graph

from kit.network.export import COOCCURRENCE, cooccurrence_graph, to_graphml, to_graphml_pair
from kit.network.graph import build_network, ego_network, filter_network, layout, nodes_table


def test_unknown_actor_advice_an_id_or_a_listed_name_works():
    G = hand_graph()
    with pytest.raises(KeyError) as caught:
        ego_network(G, "Nobody")
    message = caught.value.args[0]
    assert "(see nodes_table(G))" in message
    names = ast.literal_eval(re.search(r"one of the names (\[.*?\])", message).group(1))
    assert names == sorted(nodes_table(G)["name"])
    for name in names:
        assert name in {d["name"] for _, d in ego_network(G, name).nodes(data=True)}
    assert set(ego_network(G, "a")) == {"a", "b", "c"}  # or an actor_id


@pytest.mark.model
def test_unknown_article_advice_a_known_id_works(seed_ann):
    with pytest.raises(KeyError) as caught:
        build_network(seed_ann, article="nope")
    message = caught.value.args[0]
    assert "(see ann.articles)" in message
    known = ast.literal_eval(re.search(r"known ids start (\[.*?\])", message).group(1))
    assert known == seed_ann.articles["article_id"].tolist()[:3]
    assert build_network(seed_ann, article=known[0]).number_of_nodes() > 0


def chain(n: int, weight: int) -> nx.MultiDiGraph:
    """``n`` actors in one connected group, each tied to the next ``weight`` times."""
    G = nx.MultiDiGraph(article="all")
    for i in range(n):
        G.add_node(f"a{i}", name=f"A{i}", kind="person", side="", role="", named=True,
                   mentions=n - i, articles=1)
    for i in range(n - 1):
        G.add_edge(f"a{i}", f"a{i + 1}", key=COOCCURRENCE, kind=COOCCURRENCE, verb="",
                   weight=weight if i % 50 else 2, negated=0, articles=1, sentences="x:1",
                   example="")
    return G


@pytest.mark.parametrize("weight", [1, 2], ids=["weak-ties", "strong-ties"])
def test_large_group_without_scipy_advice_the_filter_it_gives_works(monkeypatch, weight):
    """Without scipy, 600 connected actors are refused; the call the message gives makes
    a network layout draws, whether the ties are weak (one sentence) or strong."""
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "scipy" else find_spec(name, *a))
    G = chain(600, weight)
    with pytest.raises(ValueError) as caught:
        layout(G)
    call = re.search(r"filter first: (filter_network\(G, [^)]*\))$", str(caught.value)).group(1)
    H = eval(call, {"filter_network": filter_network, "G": G})  # the advice, verbatim
    assert 0 < H.number_of_nodes() < 500
    assert len(layout(H)) == H.number_of_nodes()


def test_mixed_network_in_one_graphml_advice_the_pair_or_one_view_works(tmp_path):
    G = hand_graph()
    with pytest.raises(ValueError) as caught:
        to_graphml(G, tmp_path / "net.graphml")
    message = str(caught.value)
    pair, view = re.search(r"write both with (to_graphml_pair\(G, path\)) .*, or one view, "
                           r"e\.g\. (to_graphml\(cooccurrence_graph\(G\), path\))$",
                           message).groups()
    scope = {"to_graphml_pair": to_graphml_pair, "to_graphml": to_graphml,
             "cooccurrence_graph": cooccurrence_graph, "G": G}
    ties, actions = eval(pair, {**scope, "path": tmp_path / "pair.graphml"})
    assert not nx.read_graphml(ties).is_directed() and nx.read_graphml(actions).is_directed()
    one = eval(view, {**scope, "path": tmp_path / "ties.graphml"})
    assert nx.read_graphml(one).number_of_edges() == 3

