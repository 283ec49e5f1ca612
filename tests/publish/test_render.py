"""kit.publish.render: the notebook renderer stores Vega-Lite 5 JSON + text/plain, and
the chart's PNG (so JupyterLab does not add its own), unless told not to."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import altair as alt
import nbformat
import pandas as pd
import pytest
import vl_convert

from kit.publish import render
from kit.publish.export import VEGALITE_VERSION

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def restore_altair_renderer():
    """Each test starts from Altair's default renderer and leaves it so."""
    render.disable()
    alt.renderers.enable("default")
    yield
    render.disable()
    alt.renderers.enable("default")


def _chart() -> alt.Chart:
    df = pd.DataFrame({"who": ["Ana", "Bo", "</script>"], "n": [3, 2, 1]})
    pick = alt.selection_point(fields=["who"])
    return (
        alt.Chart(df, title="Mentions")
        .mark_bar()
        .encode(x="n:Q", y="who:N", tooltip=["who", "n"],
                opacity=alt.condition(pick, alt.value(1), alt.value(0.3)))
        .add_params(pick)
    )


def test_bundle_has_exactly_the_vegalite5_png_and_text_mimetypes(monkeypatch):
    monkeypatch.delenv(render.PNG_ENV, raising=False)
    with render.rendering():
        bundle = _chart()._repr_mimebundle_()
    assert set(bundle) == {"application/vnd.vegalite.v5+json", "image/png", "text/plain"}
    assert bundle["text/plain"] == "<kit chart: 3 rows, mark bar, title 'Mentions'>"
    assert base64.b64decode(bundle["image/png"]).startswith(b"\x89PNG\r\n\x1a\n")


def test_no_png_when_the_environment_says_so(monkeypatch):
    monkeypatch.setenv(render.PNG_ENV, "0")  # as kit report's kernels run
    with render.rendering():
        bundle = _chart()._repr_mimebundle_()
    assert set(bundle) == {"application/vnd.vegalite.v5+json", "text/plain"}
    render.enable(png=True)  # an explicit choice wins
    assert "image/png" in _chart()._repr_mimebundle_()


def test_bundle_is_identical_across_calls_and_charts():
    with render.rendering():
        first = _chart()._repr_mimebundle_()
        second = _chart()._repr_mimebundle_()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert "altair-viz" not in json.dumps(first)


def test_spec_is_vegalite5_and_compiles_with_vegalite5():
    with render.rendering():
        spec = _chart()._repr_mimebundle_()[render.VEGALITE_MIMETYPE]
    assert spec["$schema"] == render.VEGALITE_SCHEMA
    assert spec["mark"] == {"type": "bar"}
    vega = vl_convert.vegalite_to_vega(spec, vl_version=VEGALITE_VERSION)
    assert vega["$schema"].startswith("https://vega.github.io/schema/vega/")
    selection = [s["name"] for s in vega["signals"] if s["name"].startswith("param_")]
    assert selection, "the point selection did not survive compilation with Vega-Lite 5"


def test_spec_is_not_the_chart_dict_object():
    spec = {"mark": "point", "$schema": "v6"}
    bundle = render.mimebundle(spec)
    assert spec["$schema"] == "v6"
    assert bundle[render.VEGALITE_MIMETYPE]["$schema"] == render.VEGALITE_SCHEMA


def test_describe_counts_datasets_and_inline_values_and_names_compositions():
    layered = {"layer": [{}], "datasets": {"a": [{}] * 4}, "data": {"values": [{}]}}
    assert render.describe(layered) == "<kit chart: 5 rows, layer>"
    assert render.describe({"mark": "line", "title": {"text": "T"}}) == (
        "<kit chart: 0 rows, mark line, title 'T'>"
    )


def test_disable_restores_previous_renderer_and_options():
    alt.renderers.enable("json", option="x")
    render.enable()
    assert alt.renderers.active == "kit"
    render.enable()  # twice: still restores the renderer from before the first call
    render.disable()
    assert alt.renderers.active == "json"
    assert alt.renderers.options == {"option": "x"}
    assert "kit" not in alt.renderers.names()


def test_disable_without_enable_changes_nothing():
    alt.renderers.enable("json")
    render.disable()
    assert alt.renderers.active == "json"


def test_rendering_context_restores_on_error():
    with pytest.raises(RuntimeError), render.rendering():
        assert alt.renderers.active == "kit"
        raise RuntimeError("inside")
    assert alt.renderers.active == "default"


def test_importing_kit_registers_no_renderer():
    code = "import altair as alt, kit, kit.publish.render; print('kit' in alt.renderers.names())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, check=True)
    assert result.stdout.strip() == "False"


def test_chart_links_are_parked_in_the_notebook_and_restored_on_the_site():
    """In JupyterLab a click on a linked mark would leave the notebook for a page that
    exists only on the site; the site's pages get the links back."""
    from kit.publish.export import ChartPreprocessor

    data = pd.DataFrame({"n": [1, 2], "href": ["articles/a.html#s0", "articles/b.html#s1"]})
    bars = alt.Chart(data).mark_bar().encode(x="n:Q", href="href:N")
    spec = alt.layer(bars, bars.mark_point()).to_dict()
    stored = render.mimebundle(spec)[render.VEGALITE_MIMETYPE]
    assert all("href" not in layer["encoding"] for layer in stored["layer"])
    assert sorted(stored["usermeta"][render.LINKS_KEY]) == ["layer/0", "layer/1"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "x", outputs=[nbformat.v4.new_output("display_data", data=render.mimebundle(spec))])])
    page, _ = ChartPreprocessor().preprocess(nb, {})
    html = page.cells[0].outputs[0]["data"]["text/x-kit-chart+html"]
    assert html.count('"href":{"field":"href","type":"nominal"}') == 2
    assert "kit_links" not in html
