"""Across kit's charts: one colour per name, whole-number counts, relative links to sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
from test_charts_network import graph
from test_timeline_chart import events_table

from kit.charts import entity_bars, heatmap, label_bars, theme
from kit.charts.network import adjacency, network
from kit.charts.timeline import timeline
from kit.counts import NAME_LABELS


def counts() -> pd.DataFrame:
    return pd.DataFrame({
        "canonical": ["Mexico", "Honduras", "Ana Ruiz", "Gazette"], "label": ["GPE", "GPE", "PERSON", "ORG"],
        "mentions": [5, 3, 2, 1], "articles": [2, 1, 1, 1], "example": ["..."] * 4,
        "example_article": ["a", "b", "a", "b"], "example_sentence": [0, 2, 1, 4], "sentences": [4, 3, 2, 1],
    })


def colour_of(spec_part: dict, name: str) -> str:
    scale = spec_part["encoding"]["color"]["scale"]
    return dict(zip(scale["domain"], scale["range"]))[name]


def all_charts() -> dict[str, dict]:
    matrix = pd.DataFrame({"article_id": ["a", "b", "a"], "canonical": ["Mexico", "Mexico", "Ana Ruiz"],
                           "label": ["GPE", "GPE", "PERSON"], "mentions": [3, 2, 1]})
    events = events_table().assign(article_id=["a", "b", "a", "b"], sentence_id=[0, 1, 2, 3],
                                   side=["Mexico", "", "Mexico & Honduras", "Honduras"])
    labels = pd.DataFrame({"label": ["GPE", "PERSON", "ORG"], "mentions": [8, 2, 1], "entities": [2, 1, 1]})
    charts = {"bars": entity_bars(counts()), "labels": label_bars(labels), "heatmap": heatmap(matrix),
              "network": network(graph()), "adjacency": adjacency(graph()),
              "timeline": timeline(events)}
    return {name: chart.to_dict() for name, chart in charts.items()}


def test_a_names_colour_is_the_same_in_every_call_and_every_process():
    names = ["Mexico", "United States", "Ана", "GPE", "happened"]
    here = [theme.colour(n) for n in names]
    assert here == [theme.colour(n) for n in names]
    code = f"from kit.charts.theme import colour; print([colour(n) for n in {names!r}])"
    for seed in ("1", "2"):  # str hashes differ between these processes; the colours must not
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        assert out.strip() == repr(here)


def test_colours_come_from_the_palette_and_no_name_is_grey():
    assert {theme.colour(f"side {i}") for i in range(200)} == set(theme.PALETTE)
    for nobody in ("", "  ", None, "unknown", "Other", "other"):
        assert theme.colour(nobody) == theme.GREY
    # spaCy's most used labels never share a colour (a fixed vocabulary; other names are hashed)
    assert len({theme.colour(label) for label in theme.ENTITY_LABELS}) == len(theme.ENTITY_LABELS)
    assert tuple(NAME_LABELS[:len(theme.ENTITY_LABELS)]) == theme.ENTITY_LABELS


def test_the_same_name_has_the_same_colour_in_every_chart_whatever_else_is_shown():
    specs = all_charts()
    gpe = {colour_of(specs["bars"], "GPE"), colour_of(specs["labels"], "GPE")}
    assert gpe == {theme.colour("GPE")}
    circle = next(layer for layer in specs["network"]["layer"] if layer["mark"]["type"] == "circle")
    detail = specs["timeline"]["vconcat"][0]["layer"][0]
    assert colour_of(circle, "Mexico") == colour_of(detail, "Mexico") == theme.colour("Mexico")
    assert colour_of(detail, "unknown") == theme.GREY
    alone = network(graph().subgraph(["barcena", "blinken"]).copy()).to_dict()  # fewer sides shown
    circle = next(layer for layer in alone["layer"] if layer["mark"]["type"] == "circle")
    assert colour_of(circle, "Mexico") == theme.colour("Mexico")


def encodings(spec: dict):
    """Every encoding block of a (layered, concatenated) spec."""
    if "encoding" in spec:
        yield spec["encoding"]
    for key in ("layer", "vconcat", "hconcat"):
        for part in spec.get(key, []):
            yield from encodings(part)


def test_counts_read_as_whole_numbers():
    for name, spec in all_charts().items():
        for enc in encodings(spec):
            for channel in ("x", "size", "strokeWidth", "color"):
                field = enc.get(channel, {}).get("field")
                if field in {"mentions", "weight", "n_sources"}:
                    guide = enc[channel].get("axis") or enc[channel].get("legend")
                    assert guide and guide.get("format") == "d", (name, channel)


def test_count_legends_list_whole_numbers_each_once():
    """A count legend left to choose its ticks showed 1, 2, 2, 3, 3 for counts of 1 to 3
    (ticks 1.5 and 2.5 printed as whole numbers): each gives its whole numbers."""
    specs = all_charts()
    seen = set()
    for name, spec in specs.items():
        for enc in encodings(spec):
            for channel, guide in ((c, enc[c].get("legend")) for c in ("size", "strokeWidth", "color")
                                   if c in enc and enc[c].get("type") == "quantitative"):
                values = (guide or {}).get("values")
                assert values, (name, channel, "no explicit values")
                assert all(isinstance(v, int) for v in values) and values == sorted(set(values)), (name, values)
                seen.add((name, enc[channel]["field"]))
    assert {("timeline", "n_sources"), ("network", "mentions"), ("network", "weight"),
            ("heatmap", "mentions"), ("adjacency", "weight")} <= seen
    points = next(e for e in encodings(specs["timeline"]) if e.get("size", {}).get("field") == "n_sources")
    assert points["size"]["legend"]["values"] == [1, 2, 3]  # the events table's counts: 1 to 3


def test_marks_that_stand_for_sentences_link_to_them_relatively():
    specs = all_charts()
    for name in ("bars", "heatmap", "network", "adjacency", "timeline"):
        spec = specs[name]
        assert any("href" in enc for enc in encodings(spec)), name
        hrefs = [row["href"] for rows in spec["datasets"].values() for row in rows if row.get("href")]
        assert hrefs, name
        for href in hrefs:
            assert href.startswith("articles/") and ".html" in href, (name, href)
            assert ":" not in href and "/work" not in href and "/tmp" not in href, (name, href)
    assert "#s" in json.dumps(specs["timeline"]["datasets"])
    other = entity_bars(counts(), links="../articles/").to_dict()
    assert next(iter(other["datasets"].values()))[0]["href"] == "../articles/a.html#s0"


def test_tooltips_say_how_many_sentences_or_articles_stand_behind_a_number():
    specs = all_charts()
    bars = next(iter(specs["bars"]["datasets"].values()))
    assert bars[0]["evidence"] == "5 mentions in 4 sentences, 2 articles"
    rows = [r for rows in specs["adjacency"]["datasets"].values() for r in rows]
    assert {r["evidence"] for r in rows} == {"2 sentences"}
    events = next(rows for rows in specs["timeline"]["datasets"].values() if rows and "reported" in rows[0])
    assert [e["reported"] for e in events] == ["1 article", "1 article", "3 articles", "1 article"]


def test_tooltips_say_how_many_sentences_stand_behind_a_count_of_mentions_or_articles():
    """An actor's mentions, an event's articles and a heatmap cell's mentions each say in
    how many sentences they stand; a cell opens its first sentence, not the page's top."""
    G = graph()
    for node, sentences in {"barcena": 3, "blinken": 2}.items():
        G.nodes[node]["sentences"] = sentences
    spec = network(G).to_dict()
    actors = {r["name"]: r for rows in spec["datasets"].values() for r in rows if "evidence" in r and "name" in r}
    assert actors["Alicia Bárcena"]["evidence"] == "4 mentions in 3 sentences, 1 article"
    events = events_table().assign(n_sentences=[1, 2, 4, 1])
    rows = next(rows for rows in timeline(events).to_dict()["datasets"].values() if rows and "reported" in rows[0])
    assert [e["reported"] for e in rows] == ["1 article, 1 sentence", "1 article, 2 sentences",
                                             "3 articles, 4 sentences", "1 article, 1 sentence"]
    matrix = pd.DataFrame({"article_id": ["a", "b"], "canonical": ["Mexico"] * 2, "label": ["GPE"] * 2,
                           "mentions": [3, 1], "sentences": [2, 1], "first_sentence": [4, 0]})
    heat = heatmap(matrix).to_dict()
    cells = next(iter(heat["datasets"].values()))
    assert [(c["evidence"], c["href"]) for c in cells] == [("3 mentions in 2 sentences", "articles/a.html#s4"),
                                                           ("1 mention in 1 sentence", "articles/b.html#s0")]
    assert "evidence" in {t["field"] for t in heat["encoding"]["tooltip"]}


def hash_twins() -> tuple[str, str]:
    """Two side names that hash to one colour (why :func:`theme.assign` exists)."""
    seen: dict[str, str] = {}
    for name in ("United States", "North Korea", "South Korea", "Japan", "China", "Russia", "Mexico",
                 "Ethiopia", "African Union", "Eritrea", "Sudan", "Kenya", "Chile", "Peru", "Iran"):
        if theme.colour(name) in seen:
            return seen[theme.colour(name)], name
        seen[theme.colour(name)] = name
    raise AssertionError("no two names share a hashed colour")


def test_the_sides_of_a_corpus_never_share_a_colour_and_keep_it_in_every_chart():
    """Hashed, two sides can share a colour; assigned from a corpus's registry and events,
    each side has its own, in the network and in the timeline."""
    a, b = hash_twins()
    registry = pd.DataFrame({"name": ["X", "Y", "Z", "W"], "side": [a, a, b, ""], "mentions": [9, 4, 5, 20]})
    events = pd.DataFrame({"side": [f"{a} & {b}", b, ""], "n_sources": [3, 1, 2]})
    try:
        assigned = theme.assign(theme.side_weights(registry, events))
        assert list(assigned) == [a, b, f"{a} & {b}"]  # single sides first, the most mentioned first
        assert len(set(assigned.values())) == 3 and theme.GREY not in assigned.values()
        G = graph()
        for node, side in zip(["blinken", "barcena"], [a, b]):
            G.nodes[node]["side"] = side
        circle = next(layer for layer in network(G).to_dict()["layer"] if layer["mark"]["type"] == "circle")
        detail = timeline(events_table().assign(side=[a, b, f"{a} & {b}", ""])).to_dict()["vconcat"][0]["layer"][0]
        for name in assigned:
            assert colour_of(detail, name) == assigned[name]
        assert (colour_of(circle, a), colour_of(circle, b)) == (assigned[a], assigned[b])
    finally:
        theme.assign(None)
    assert theme.colour(a) == theme.colour(b)


def test_cities_take_no_colour_and_only_more_sides_than_colours_share_grey():
    """The old assignment gave the palette to the most mentioned places and groups, cities
    included, and hashed the sides after them: "African Union" and "Ethiopia" shared a colour."""
    n = len(theme.PALETTE)
    sides = {f"Side {i:02d}": 100 - i for i in range(n + 3)}
    registry = pd.DataFrame({"side": [*sides, ""], "mentions": [*sides.values(), 500]})  # "": the cities
    try:
        assigned = theme.assign(theme.side_weights(registry))
        assert "" not in assigned and len(assigned) == n + 3
        assert [assigned[f"Side {i:02d}"] for i in range(n)] == theme.PALETTE  # one each
        assert {assigned[f"Side {i:02d}"] for i in range(n, n + 3)} == {theme.GREY}  # the least mentioned
        shuffled = dict(reversed(list(theme.side_weights(registry).items())))
        assert theme.assign(shuffled) == assigned  # the same sides, the same colours
    finally:
        theme.assign(None)


def test_statuses_of_events_never_share_a_colour():
    assert len({theme.colour(s) for s in theme.STATUSES}) == len(theme.STATUSES)
