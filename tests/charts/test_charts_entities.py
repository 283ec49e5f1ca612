"""Chart specs (not pixels): encodings, data, tooltips, theme."""

import altair as alt
import pandas as pd

from kit.charts import entity_bars, heatmap, label_bars, theme
from kit.links import page_name


def counts(n=30):
    return pd.DataFrame({
        "canonical": [f"E{i:02d}" for i in range(n)], "label": ["PERSON", "GPE"] * (n // 2),
        "mentions": list(range(n, 0, -1)), "articles": [1] * n,
        "example": ["<b>hostile</b> sentence"] * n, "example_article": ["a"] * n, "example_sentence": [0] * n,
    })


def dataset(spec):
    return next(iter(spec["datasets"].values()))


def test_entity_bars_keeps_top_n_and_shows_the_example_in_the_tooltip():
    spec = entity_bars(counts(), top=10).to_dict()
    assert len(dataset(spec)) == 10
    assert spec["encoding"]["color"]["field"] == "label"
    assert "example" in {t["field"] for t in spec["encoding"]["tooltip"]}
    assert spec["encoding"]["y"]["sort"] == "-x"


def test_entity_bars_link_to_the_first_sentence_and_count_whole_mentions():
    table = counts(4).assign(example_article=["a b/c", "a", "a", "a"], example_sentence=[3, 0, 1, 2],
                             sentences=[3, 3, 2, 1])
    spec = entity_bars(table).to_dict()
    rows = dataset(spec)
    assert spec["encoding"]["href"]["field"] == "href"
    assert rows[0]["href"] == f"articles/{page_name('a b/c')}#s3"
    assert rows[0]["evidence"] == "4 mentions in 3 sentences, 1 article"
    assert spec["encoding"]["x"]["axis"] == {"format": "d", "tickMinStep": 1}
    assert "href" not in entity_bars(table, links=None).to_dict()["encoding"]
    assert "href" not in entity_bars(table.drop(columns="example_article")).to_dict()["encoding"]


def test_label_bars_and_heatmap_encode_their_tables():
    labels = pd.DataFrame({"label": ["GPE"], "mentions": [4], "entities": [2]})
    assert label_bars(labels).to_dict()["encoding"]["x"]["field"] == "mentions"
    matrix = pd.DataFrame({"article_id": ["a", "b"], "canonical": ["Mexico"] * 2, "label": ["GPE"] * 2,
                           "mentions": [2, 1]})
    spec = heatmap(matrix).to_dict()
    assert spec["mark"]["type"] == "rect" and spec["encoding"]["x"]["field"] == "article_id"
    assert spec["encoding"]["color"]["legend"] == {"format": "d", "tickMinStep": 1, "values": [1, 2]}
    assert [r["href"] for r in dataset(spec)] == ["articles/a.html", "articles/b.html"]


def test_a_one_article_heatmap_is_that_articles_bars_not_one_column():
    matrix = pd.DataFrame({"article_id": ["a 1"] * 2, "canonical": ["Mexico", "Chile"],
                           "label": ["GPE"] * 2, "mentions": [3, 1]})
    spec = heatmap(matrix).to_dict()
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["x"]["field"] == "mentions"
    assert spec["title"] == "Mentions in a 1"
    assert spec["encoding"]["x"]["axis"]["format"] == "d"
    assert dataset(spec)[0]["href"] == f"articles/{page_name('a 1')}"


def test_theme_is_registered_on_request_and_reversible():
    theme.enable()
    try:
        assert alt.theme.active == "kit"
        assert entity_bars(counts()).to_dict()["config"]["font"] == theme.FONT
    finally:
        theme.disable()
    assert alt.theme.active == "default"


def test_no_chart_module_imports_spacy_even_indirectly():
    """One fresh interpreter imports every module of kit.charts (with what they import)."""
    import subprocess
    import sys
    code = ("import importlib, pkgutil, sys, kit.charts\n"
            "names = [m.name for m in pkgutil.iter_modules(kit.charts.__path__, 'kit.charts.')]\n"
            "for name in names: importlib.import_module(name)\n"
            "assert {'kit.charts.entities', 'kit.charts.network', 'kit.charts.timeline'} <= set(names)\n"
            "sys.exit(1 if 'spacy' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
