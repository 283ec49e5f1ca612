"""kit.network.graph: building the actor graph (real model) and using it (hand-made graphs)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from kit.actors.registry import actor_registry
from kit.ingest.load import load
from kit.network.export import to_gexf
from kit.network.graph import (
    build_network,
    cooccurrence_graph,
    edges_table,
    ego_network,
    filter_network,
    interaction_graph,
    layout,
    nodes_table,
)
from kit.nlp.run import annotate
from kit.schema import Article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "actors_corpus"
TEXTS = {
    "t1": "Antony Blinken met Alicia Bárcena in Washington on Friday. Blinken and Bárcena spoke again "
          "on Saturday. After the talks, Mexico began deportations of Venezuelans.",
    "t2": "Alicia Bárcena told reporters that Mexico would keep helping the U.S.",
}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    articles = [Article(id=k, title=k, text=v, published=dt.date(2024, 2, i + 1), source=f"Wire {i}",
                        language="en")
                for i, (k, v) in enumerate(TEXTS.items())]
    return annotate(articles, cache_dir=tmp_path_factory.mktemp("net-cache"))


def hand_graph() -> nx.MultiDiGraph:
    """Four actors, two sides, edges of weight 1-3 (no model needed)."""
    G = nx.MultiDiGraph(article="all")
    for n, kind, side, mentions in [("a", "person", "Mexico", 5), ("b", "person", "United States", 3),
                                    ("c", "government", "Mexico", 4), ("d", "person", "", 1)]:
        G.add_node(n, name=n.upper(), kind=kind, side=side, role="", named=n != "d", mentions=mentions,
                   articles=1)
    for u, v, w in [("a", "b", 3), ("a", "c", 1), ("b", "c", 2)]:
        G.add_edge(u, v, key="co-occurrence", kind="co-occurrence", verb="", weight=w, negated=0,
                   articles=1, sentences="x:1", example=f"{u} and {v}.")
    G.add_edge("c", "b", key="help", kind="interaction", verb="help", weight=1, negated=1, articles=1,
               sentences="x:2", example="C would not help B.")
    return G


# -- building from annotations (real model) ------------------------------------
@pytest.mark.model
def test_cooccurrence_counts_sentences_and_keeps_the_evidence(small):
    G = build_network(small)
    edge = G.edges["alicia-barcena", "antony-blinken", "co-occurrence"]
    assert (edge["weight"], edge["sentences"], edge["articles"]) == (2, "t1:0; t1:1", 1)
    assert (edge["outlets"], edge["languages"]) == ("Wire 0", "en")  # where the evidence was read
    assert edge["example"] == "Antony Blinken met Alicia Bárcena in Washington on Friday."
    assert "washington" not in G  # a place, not an actor


@pytest.mark.model
def test_interactions_are_directed_and_keyed_by_verb(small):
    G = build_network(small)
    edge = G.edges["mexico", "venezuelans", "begin"]
    assert (edge["kind"], edge["weight"], edge["sentences"]) == ("interaction", 1, "t1:2")
    assert not G.has_edge("venezuelans", "mexico")
    assert G.edges["mexico", "united-states", "help"]["negated"] == 0


@pytest.mark.model
def test_nodes_carry_registry_attributes(small):
    G = build_network(small)
    reg = actor_registry(small).set_index("actor_id")
    assert set(G.nodes) == set(reg.index)
    assert G.nodes["alicia-barcena"]["mentions"] == 3 and G.nodes["mexico"]["kind"] == "government"


@pytest.mark.model
def test_one_article_network_and_unknown_article_message(small):
    G = build_network(small, article="t2")
    assert G.graph["article"] == "t2" and "antony-blinken" not in G
    assert G.nodes["alicia-barcena"]["mentions"] == 1
    with pytest.raises(KeyError, match=r"no such article_id; known ids start \['t1', 't2'\]"):
        build_network(small, article="t9")


# -- golden: the seed and the invented corpus ----------------------------------------
@pytest.mark.model
def test_seed_ties_blinken_to_barcena_and_lopez_obrador_acts_on_the_us(seed_ann):
    G = build_network(seed_ann)
    tie = G.edges["alicia-barcena", "antony-blinken", "co-occurrence"]
    assert "Blinken" in tie["example"] and "Bárcena" in tie["example"]
    assert G.has_edge("andres-manuel-lopez-obrador", "united-states", "call on")
    for person in ("antony-blinken", "alejandro-mayorkas", "elizabeth-sherwood-randall"):
        assert G.nodes[person]["side"] == "United States"


@pytest.mark.model
def test_corpus_interactions_match_the_expected_relations(tmp_path_factory):
    ann = annotate(load(CORPUS / "articles").articles, cache_dir=tmp_path_factory.mktemp("corpus-net"))
    found = edges_table(build_network(ann), kind="interaction")
    found = set(zip(found["source_name"], found["verb"], found["target_name"]))
    expected = pd.read_csv(CORPUS / "expected_relations.csv")
    assert set(zip(expected["source"], expected["verb"], expected["target"])) <= found


# -- using a graph (hand-made, no model) --------------------------------------------
def test_filter_by_kind_side_weight_and_named():
    G = hand_graph()
    assert set(filter_network(G, kind="person")) == {"a", "b", "d"}
    assert set(filter_network(G, side=["Mexico"])) == {"a", "c"}
    strong = filter_network(G, min_weight=2)
    assert sorted((u, v) for u, v in strong.edges()) == [("a", "b"), ("b", "c")]
    assert set(filter_network(G, min_weight=2, drop_isolates=True)) == {"a", "b", "c"}
    assert set(filter_network(G, named=False)) == {"d"}


def test_ego_network_by_id_or_name_and_a_helpful_error():
    G = hand_graph()
    assert set(ego_network(G, "a")) == {"a", "b", "c"}
    assert set(ego_network(G, "D")) == {"d"}
    with pytest.raises(KeyError, match=r"no actor 'Z' in this network; .*'A', 'B', 'C', 'D'"):
        ego_network(G, "Z")


def test_edges_table_is_strongest_first_with_evidence():
    table = edges_table(hand_graph())
    assert table[["source", "target", "weight"]].values.tolist()[:2] == [["a", "b", 3], ["b", "c", 2]]
    assert list(table.columns) == ["source", "target", "source_name", "target_name", "kind", "verb",
                                   "weight", "articles", "outlets", "languages", "negated", "sentences",
                                   "example"]
    assert edges_table(hand_graph(), kind="interaction")["example"].tolist() == ["C would not help B."]
    assert len(edges_table(hand_graph(), top=2)) == 2
    assert nodes_table(hand_graph())["actor_id"].tolist() == ["a", "c", "b", "d"]


def test_views_split_cooccurrence_from_interaction():
    G = hand_graph()
    co, acts = cooccurrence_graph(G), interaction_graph(G)
    assert isinstance(co, nx.Graph) and not co.is_directed() and co.number_of_edges() == 3
    assert list(acts.edges(keys=True)) == [("c", "b", "help")]


def test_gexf_round_trips_with_attributes(tmp_path):  # GraphML: tests/network/test_graphml.py
    back = nx.read_gexf(to_gexf(hand_graph(), tmp_path / "out" / "actors.gexf"))
    assert back.number_of_nodes() == 4 and back.number_of_edges() == 4
    assert back.nodes["a"]["side"] == "Mexico"
    weights = sorted(int(d["weight"]) for _, _, d in back.edges(data=True))
    assert weights == [1, 1, 2, 3]


def test_layout_is_seeded_and_rounded():
    first, again, other = layout(hand_graph(), seed=0), layout(hand_graph(), seed=0), layout(hand_graph(), seed=1)
    assert first.equals(again) and not first[["x", "y"]].equals(other[["x", "y"]])
    assert (first[["x", "y"]].round(4) == first[["x", "y"]]).all().all()


def test_layout_does_not_depend_on_python_hash_seed():
    code = ("import sys; sys.path.insert(0, 'tests/network'); from test_network import hand_graph; "
            "from kit.network import layout; G = hand_graph(); G.add_node('e', name='E', kind='person', "
            "side='', role='', named=True, mentions=1, articles=1); G.add_edge('d', 'e', key='co-occurrence', "
            "kind='co-occurrence', verb='', weight=1, negated=0, articles=1, sentences='', example=''); "
            "print(layout(G).to_csv())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1


@pytest.mark.model
def test_bylines_and_credits_name_no_actor_of_the_network(tmp_path_factory):
    text = ("By Tendai Moyo\n\nOSK — President Ilse Marrow met Foreign Minister Tomas Brenn in Osk on "
            "Friday, and Marrow said the talks would go on.\n\n"
            "Photo: Marrow and Brenn at the palace. (Kofi Dansoa/Valdonia Courier)\n\n"
            "(Reporting by Lena Varga; Editing by Piet Orlan)")
    article = Article(id="c1", title="c1", text=text, published=dt.date(2024, 2, 1), source="Valdonia Courier",
                      language="en")
    ann = annotate([article], cache_dir=tmp_path_factory.mktemp("credit-net"))
    names = {attrs["name"] for _, attrs in build_network(ann).nodes(data=True)}
    assert {"Ilse Marrow", "Tomas Brenn"} <= names
    assert not names & {"Tendai Moyo", "Kofi Dansoa", "Lena Varga", "Piet Orlan"}
    # they are still persons of the registry, with no side and no role
    registry = actor_registry(ann)
    credited = registry[registry["name"].isin(["Tendai Moyo", "Kofi Dansoa", "Lena Varga", "Piet Orlan"])]
    assert (credited["side"] == "").all() and (credited["role"] == "").all()


@pytest.mark.model
def test_a_body_inside_a_persons_own_title_is_his_affiliation_not_an_actor_he_appears_with(tmp_path):
    text = ("Velmar League Secretary-General Osk Varen met Tam Ruel in the capital on Monday. "
            "The Velmar League later issued a statement with Osk Varen. The Velmar League's Osk Varen spoke.")
    article = Article(id="v", title="v", text=text, published=dt.date(2024, 2, 1), source="Wire", language="en")
    G = build_network(annotate([article], cache_dir=tmp_path))
    edge = G.edges["osk-varen", "velmar-league", "co-occurrence"]
    assert edge["sentences"] == "v:1"  # named apart from his title, the body appears with him
    assert G.has_edge("osk-varen", "tam-ruel", "co-occurrence")


@pytest.mark.model
def test_a_body_in_a_title_set_before_the_name_with_a_comma_is_his_affiliation_too(tmp_path):
    text = ("The deal was read out in the presence of the secretary-general of the Velmar League, Osk Varen, "
            "and of Tam Ruel.")
    article = Article(id="w", title="w", text=text, published=dt.date(2024, 2, 1), source="Wire", language="en")
    G = build_network(annotate([article], cache_dir=tmp_path))
    assert G.has_node("velmar-league") and G.has_edge("osk-varen", "tam-ruel", "co-occurrence")
    assert not G.has_edge("osk-varen", "velmar-league", "co-occurrence")
