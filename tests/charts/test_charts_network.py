"""kit.charts.network: chart specs (not pixels) of a hand-made actor graph."""

from __future__ import annotations

import json

import networkx as nx
import pytest
import vl_convert

from kit.charts.network import NO_TIE, NODE_CLICK, TIE_EVIDENCE, adjacency, network
from kit.charts.placement import label_box
from kit.charts.theme import CLICK, GREY, colour
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
    ties = data_of(spec, rule)
    assert len(ties) == 2  # each tie once in the page ...
    # ... folded into one row per end in the browser, so hovering either end selects it
    assert {"fold": ["source", "target"], "as": ["end", "actor"]} in rule["transform"]
    assert sorted(r[end] for r in ties if r["kind"] == "co-occurrence"
                  for end in ("source", "target")) == ["barcena", "blinken"]


def test_sides_take_their_name_colour_and_unknown_is_grey():
    scale = layers(network(graph()).to_dict())["circle"]["encoding"]["color"]["scale"]
    colours = dict(zip(scale["domain"], scale["range"]))
    assert set(colours) == {"United States", "Mexico", "Honduras", "unknown"}
    for side in ("United States", "Mexico", "Honduras"):
        assert colours[side] == colour(side)
    assert colours["unknown"] == GREY and scale["domain"][-1] == "unknown"


def test_marks_link_to_their_first_sentence_and_say_how_many_sentences():
    spec = network(graph()).to_dict()
    marks = layers(spec)
    rule, circle = marks["rule"], marks["circle"]
    assert rule["encoding"]["href"]["field"] == circle["encoding"]["href"]["field"] == "href"
    ties = {(r["source_name"], r["source"]): r for r in data_of(spec, rule)}
    tie = ties[("Alicia Bárcena", "barcena")]
    assert tie["href"] == "articles/a.html#s0" and tie["weight"] == 2
    assert "sentences" not in tie and "evidence" not in tie  # every evidence id would bloat the page
    # "2 sentences", computed in the browser from the weight
    assert rule["transform"][0] == {"calculate": TIE_EVIDENCE, "as": "evidence"}
    assert "evidence" in {t["field"] for t in rule["encoding"]["tooltip"]}
    actors = {r["name"]: r for r in data_of(spec, circle)}
    assert actors["Katherine Lobo"]["href"] == "articles/b.html#s1"
    assert actors["Alicia Bárcena"]["evidence"] == "4 mentions in 1 article"
    assert {t["field"] for t in circle["encoding"]["tooltip"]} >= {"evidence", "click"}
    # the click line is written once in the spec and computed per mark in the browser
    assert rule["transform"][-1] == {"calculate": json.dumps(CLICK), "as": "click"}
    assert circle["transform"] == [{"calculate": f"datum.href ? {json.dumps(NODE_CLICK)} : "
                                                 f"{json.dumps(NO_TIE)}", "as": "click"}]
    assert not any("click" in row for row in data_of(spec, rule) + data_of(spec, circle))
    unlinked = network(graph(), links=None).to_dict()
    assert all("href" not in layer["encoding"] for layer in unlinked["layer"])


def test_counts_have_whole_number_legends_and_the_width_legend_is_visible():
    marks = layers(network(graph()).to_dict())
    width = marks["rule"]["encoding"]["strokeWidth"]["legend"]
    size = marks["circle"]["encoding"]["size"]["legend"]
    assert width["format"] == size["format"] == "d"
    assert all(isinstance(v, int) for v in width["values"] + size["values"])
    assert width["symbolOpacity"] == 1 and width["symbolStrokeColor"] != "#888888"


def test_labels_do_not_overlap_each_other_nor_leave_the_plot():
    G = graph(n_extra=40)
    for i in range(40):  # a crowded star: every extra actor, with a long name, tied to Blinken
        G.nodes[f"x{i}"]["name"] = f"Deputy negotiator number {i}"
        G.add_edge("blinken", f"x{i}", key="co-occurrence", kind="co-occurrence", verb="", weight=1,
                   negated=0, articles=1, sentences=f"c:{i}", example="")
    spec = network(G, width=400, height=300).to_dict()
    names = data_of(spec, layers(spec)["text"])
    assert {"Alicia Bárcena", "Antony Blinken"} <= {r["name"] for r in names}  # the most mentioned
    boxes = []
    for row in names:
        w, h = label_box(row["name"], 10)
        box = (row["label_x"] - w / 2, row["label_y"] - h / 2, row["label_x"] + w / 2, row["label_y"] + h / 2)
        assert 0 <= box[0] and box[2] <= 400 and 0 <= box[1] and box[3] <= 300, row["name"]
        boxes.append(box)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    assert len(names) < 44  # some names did not fit: they are on hover


def test_layout_is_deterministic_and_rounded():
    first, again = network(graph(), seed=0).to_dict(), network(graph(), seed=0).to_dict()
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    other = network(graph(), seed=3).to_dict()
    assert json.dumps(first, sort_keys=True) != json.dumps(other, sort_keys=True)
    for row in data_of(first, layers(first)["circle"]):
        assert round(row["x"], 1) == row["x"] and round(row["y"], 1) == row["y"]  # pixels


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
