"""kit.charts.network: chart specs (not pixels) of a hand-made actor graph."""

from __future__ import annotations

import json

import networkx as nx
import pytest
import vl_convert

from kit.charts.network import adjacency, network
from kit.charts.theme import SIDE_COLOURS
from kit.publish.export import VEGALITE_VERSION


def graph(n_extra: int = 0) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(article="all")
    people = [("blinken", "Antony Blinken", "United States", "Secretary of State", 3),
              ("barcena", "Alicia Bárcena", "Mexico", "Secretary of Foreign Affairs", 4),
              ("ferrer", "Tomás Ferrer", "", "envoy", 1),
              ("lobo", "Katherine Lobo", "Honduras", "chief negotiator", 2)]
    people += [(f"x{i}", f"X{i}", "", "", 1) for i in range(n_extra)]
    for actor_id, name, side, role, mentions in people:
        G.add_node(actor_id, name=name, kind="person", side=side, role=role, named=True,
                   mentions=mentions, articles=1)
    G.add_edge("barcena", "blinken", key="co-occurrence", kind="co-occurrence", verb="", weight=2,
               negated=0, articles=1, sentences="a:0; a:3", example="Blinken met Bárcena.")
    G.add_edge("ferrer", "lobo", key="meet", kind="interaction", verb="meet", weight=1, negated=0,
               articles=1, sentences="b:1", example="Ferrer met Lobo.")
    return G


def layers(spec):
    return {layer["mark"]["type"]: layer for layer in spec["layer"]}


def data_of(spec, layer):
    return spec["datasets"][layer["data"]["name"]]


def test_network_encodes_size_colour_width_and_tooltips():
    spec = network(graph()).to_dict()
    marks = layers(spec)
    assert set(marks) == {"rule", "circle", "text"}
    circle, rule = marks["circle"]["encoding"], marks["rule"]["encoding"]
    assert circle["size"]["field"] == "mentions" and circle["color"]["field"] == "side"
    assert {"role", "side", "name"} <= {t["field"] for t in circle["tooltip"]}
    assert rule["strokeWidth"]["field"] == "weight"
    assert "example" in {t["field"] for t in rule["tooltip"]}


def test_selection_highlights_one_actors_ties():
    spec = network(graph()).to_dict()
    rule = layers(spec)["rule"]
    assert rule["encoding"]["opacity"]["condition"]["param"] == "actor_pick"
    ends = data_of(spec, rule)
    assert len(ends) == 4  # each tie once per end, so a click on either end selects it
    assert sorted(r["actor"] for r in ends if r["kind"] == "co-occurrence") == ["barcena", "blinken"]


def test_sides_use_the_theme_colours_and_unknown_is_grey():
    scale = layers(network(graph()).to_dict())["circle"]["encoding"]["color"]["scale"]
    colours = dict(zip(scale["domain"], scale["range"]))
    assert colours["United States"] == SIDE_COLOURS["United States"]
    assert colours["Mexico"] == SIDE_COLOURS["Mexico"]
    assert colours["unknown"] == "#bbbbbb" and colours["Honduras"] not in SIDE_COLOURS.values()


def test_layout_is_deterministic_and_rounded():
    first, again = network(graph(), seed=0).to_dict(), network(graph(), seed=0).to_dict()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    other = network(graph(), seed=3).to_dict()
    assert json.dumps(first, sort_keys=True) != json.dumps(other, sort_keys=True)
    for row in data_of(first, layers(first)["circle"]):
        assert round(row["x"], 4) == row["x"] and round(row["y"], 4) == row["y"]


def test_specs_compile_with_vegalite_5():
    for chart in (network(graph()), adjacency(graph())):
        vega = vl_convert.vegalite_to_vega(chart.to_dict(), vl_version=VEGALITE_VERSION)
        assert vega["$schema"].startswith("https://vega.github.io/schema/vega/")
    vega = vl_convert.vegalite_to_vega(network(graph()).to_dict(), vl_version=VEGALITE_VERSION)
    assert "actor_pick" in {s["name"] for s in vega["signals"]}


def test_adjacency_mirrors_cooccurrence_and_orders_by_mentions():
    spec = adjacency(graph()).to_dict()
    cells = data_of(spec, spec)
    assert sorted((c["source_name"], c["target_name"], c["weight"]) for c in cells) == [
        ("Alicia Bárcena", "Antony Blinken", 2), ("Antony Blinken", "Alicia Bárcena", 2)]
    assert spec["encoding"]["y"]["sort"][:2] == ["Alicia Bárcena", "Antony Blinken"]
    acts = data_of(*(lambda s: (s, s))(adjacency(graph(), kind="interaction").to_dict()))
    assert [(c["source_name"], c["target_name"], c["verb"]) for c in acts] == [
        ("Tomás Ferrer", "Katherine Lobo", "meet")]


def test_too_big_a_network_says_how_to_draw_less():
    with pytest.raises(ValueError, match=r"filter_network\(G, min_weight=2"):
        network(graph(n_extra=400))
