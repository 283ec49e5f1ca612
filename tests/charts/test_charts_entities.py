"""Chart specs (not pixels): encodings, data, tooltips, theme."""

import altair as alt
import pandas as pd

from kit.charts import entity_bars, heatmap, label_bars, theme


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


def test_label_bars_and_heatmap_encode_their_tables():
    labels = pd.DataFrame({"label": ["GPE"], "mentions": [4], "entities": [2]})
    assert label_bars(labels).to_dict()["encoding"]["x"]["field"] == "mentions"
    matrix = pd.DataFrame({"article_id": ["a"], "canonical": ["Mexico"], "label": ["GPE"], "mentions": [2]})
    spec = heatmap(matrix).to_dict()
    assert spec["mark"]["type"] == "rect" and spec["encoding"]["x"]["field"] == "article_id"


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
