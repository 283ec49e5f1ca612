"""kit.publish.export: executed notebook -> one self-contained, inert HTML page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from kit.publish.export import ExportError, export_html, script_json, unsafe_reason, vega_bundle
from kit.publish.render import VEGALITE_MIMETYPE
from kit.publish.report import CurrentEnvKernelManager

SCRIPT_PAYLOAD = "</script><script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=2">'
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}

HOSTILE_CELLS = [
    "# A page with hostile article text\n\nTwo charts and a table of article strings.",
    f"""import altair as alt
import pandas as pd
from kit.publish import render
render.enable()
df = pd.DataFrame({{"who": [{SCRIPT_PAYLOAD!r}, {IMG_PAYLOAD!r}, "Ana"], "n": [3, 2, 1]}})
pick = alt.selection_point(fields=["who"])
(alt.Chart(df).mark_bar()
 .encode(x="n:Q", y="who:N", tooltip=["who", "n"],
         opacity=alt.condition(pick, alt.value(1), alt.value(0.3)))
 .add_params(pick))""",
    "df",
    'alt.Chart(df).mark_point().encode(x="n:Q", y="who:N", tooltip=["who"])',
]


def hostile_notebook(folder: Path) -> Path:
    """Write and execute (nbclient) a notebook whose data carries HTML payloads."""
    cells = [new_markdown_cell(HOSTILE_CELLS[0])] + [new_code_cell(c) for c in HOSTILE_CELLS[1:]]
    nb = new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC})
    NotebookClient(nb, timeout=120, kernel_manager_class=CurrentEnvKernelManager,
                   resources={"metadata": {"path": str(folder)}}).execute()
    path = folder / "hostile.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> Path:
    return hostile_notebook(tmp_path_factory.mktemp("export"))


@pytest.fixture(scope="module")
def page(executed) -> str:
    out = export_html(executed, executed.with_suffix(".html"))
    return out.read_text(encoding="utf-8")


def test_notebook_outputs_hold_only_vegalite_json_and_text(executed):
    nb = nbformat.read(executed, as_version=4)
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    charts = [o for o in outputs if VEGALITE_MIMETYPE in o.get("data", {})]
    assert len(charts) == 2
    assert all(set(o["data"]) == {VEGALITE_MIMETYPE, "text/plain"} for o in charts)


def test_vega_bundle_is_inlined_exactly_once(page):
    assert page.count(vega_bundle()) == 1
    assert page.count("window.vegaEmbed=") + page.count("window.vegaEmbed =") == 1


def test_each_chart_is_embedded_from_escaped_json(page):
    calls = re.findall(r'kitEmbed\("(kit-chart-\d+)", ', page)
    assert calls == ["kit-chart-1", "kit-chart-2"]
    for chart_id in calls:
        assert f'id="{chart_id}"' in page


def test_page_loads_nothing_from_the_network(page):
    markup = re.sub(r"<script>.*?</script>", "<script></script>", page, flags=re.DOTALL)
    assert markup.count("<script></script>") == 4  # bundle, kit's helper, two charts
    tags = re.findall(r"<(?:script|link|img|iframe|embed|object)\b[^>]*>", markup, re.IGNORECASE)
    assert all(t == "<script>" for t in tags), tags
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", markup, flags=re.IGNORECASE)
    for needle in ("require.js", "require.min.js", "mathjax", "cdnjs", "jsdelivr", "unpkg"):
        assert needle not in page.lower(), needle


def test_hostile_chart_data_is_escaped_json(page):
    assert SCRIPT_PAYLOAD not in page
    assert IMG_PAYLOAD not in page
    escaped = script_json(SCRIPT_PAYLOAD)[1:-1]
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=1" in escaped
    assert page.count(escaped) == 2  # once per chart's data


def test_hostile_table_text_is_html_escaped(page):
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page


def test_no_input_hides_code_but_keeps_outputs(executed, tmp_path):
    page = export_html(executed, tmp_path / "p.html", no_input=True).read_text(encoding="utf-8")
    assert "add_params" not in page
    assert page.count('kitEmbed("kit-chart-') == 2
    assert "A page with hostile article text" in page


def test_script_json_round_trips_and_escapes_script_breakers():
    value = {"t": "</script><!-- & \u2028\u2029 é", "n": [1, 2.5, None]}
    text = script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value
    assert script_json({"a": [1, 2], "b": "x y"}) == '{"a":[1,2],"b":"x y"}'  # no spaces to carry


def _output_notebook(data: dict) -> nbformat.NotebookNode:
    cell = new_code_cell("x", outputs=[new_output("execute_result", data=data, execution_count=1)])
    return new_notebook(cells=[new_markdown_cell("# t"), cell])


@pytest.mark.parametrize("html", [
    f"<table><td>{SCRIPT_PAYLOAD}</td></table>",  # a pandas Styler does not escape
    f"<td>{IMG_PAYLOAD}</td>",
    '<div id="altair-viz-1"></div><script src="https://cdn.jsdelivr.net/npm/vega@5"></script>',
    '<img src="https://tracker.example/p.gif">',
    '<a href="javascript:alert(1)">x</a>',
    '<div style="background: url(https://tracker.example/p.gif)">x</div>',
])
def test_html_outputs_that_run_code_or_fetch_are_refused(tmp_path, html):
    with pytest.raises(ExportError, match=r"cell 1, text/html output contains"):
        export_html(_output_notebook({"text/html": html, "text/plain": "x"}), tmp_path / "p.html")
    assert not (tmp_path / "p.html").exists()


def test_safe_html_and_plain_links_pass():
    assert unsafe_reason('<a href="https://example.org/story">story</a> &lt;script&gt;') is None
    assert unsafe_reason("JavaScript: src=http://x.org is just text here") is None


def test_remote_markdown_image_is_refused(tmp_path):
    nb = new_notebook(cells=[new_markdown_cell("![logo](https://example.org/logo.png)")])
    with pytest.raises(ExportError, match="markdown cell 0 contains a remote resource"):
        export_html(nb, tmp_path / "p.html")


def test_chart_from_another_renderer_is_refused_with_fix(tmp_path):
    data = {"application/vnd.vegalite.v4+json": {"mark": "bar"}, "text/plain": "<VegaLite 4>"}
    with pytest.raises(ExportError, match=r"kit\.publish\.render\.enable\(\)"):
        export_html(_output_notebook(data), tmp_path / "p.html")


def test_javascript_outputs_show_as_text(tmp_path):
    data = {"application/javascript": "window.__pwned = 3", "text/plain": "<js object>"}
    page = export_html(_output_notebook(data), tmp_path / "p.html").read_text(encoding="utf-8")
    assert "window.__pwned = 3" not in page
    assert "&lt;js object&gt;" in page


def test_page_without_charts_has_no_vega(tmp_path):
    page = export_html(_output_notebook({"text/plain": "1"}), tmp_path / "p.html")
    text = page.read_text(encoding="utf-8")
    assert "vegaEmbed" not in text
    assert "<script" not in text
    assert page.stat().st_size < 400_000


def test_page_size_stays_near_one_bundle(executed, tmp_path):
    size = export_html(executed, tmp_path / "p.html").stat().st_size
    bundle = len(vega_bundle().encode())
    assert bundle < size < bundle + 400_000


def test_missing_notebook_names_path_and_fix(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"no notebook at .*missing\.ipynb.*executed"):
        export_html(tmp_path / "missing.ipynb", tmp_path / "p.html")


def _table_notebook(texts: list[str]) -> nbformat.NotebookNode:
    """A notebook whose output is a pandas table of ``texts``, as a kit notebook shows titles."""
    import pandas as pd

    html = pd.DataFrame({"title": texts}).to_html()
    return _output_notebook({"text/html": html, "text/plain": "table"})


HOSTILE_TEXT = [
    "![pixel](https://tracker.example/p.gif) Talks resume",
    "[read more](javascript:alert(1))",
    "<img src=https://tracker.example/p.gif> <a href='javascript:alert(2)'>x</a>",
    "<svg><style><img src=x onerror=alert(3)></style></svg>",
]


def test_article_text_that_looks_like_markdown_or_html_is_published_as_text(tmp_path):
    """Issue 15 item 1: pandas escaped it, so it is text, not an image or a link."""
    page = export_html(_table_notebook(HOSTILE_TEXT), tmp_path / "p.html").read_text(encoding="utf-8")
    assert "![pixel](https://tracker.example/p.gif) Talks resume" in page
    assert "[read more](javascript:alert(1))" in page
    assert "&lt;img src=https://tracker.example/p.gif&gt;" in page
    assert not re.search(r"<img[^>]*tracker", page) and 'href="javascript' not in page


@pytest.mark.parametrize(("html", "reason"), [
    ('<img src="&#x68;ttps://tracker.example/p.gif">', "a remote resource"),  # entity-encoded
    ('<a href=" &#x6a;ava&#9;script:alert(1)">x</a>', "a javascript: URL"),
    ('<img srcset="a.png 1x, https://tracker.example/b.png 2x">', "a remote resource"),
    ('<svg><use xlink:href="https://tracker.example/s.svg#a"/></svg>', "a remote resource"),
    ('<img src="//tracker.example/p.gif">', "a remote resource"),
    ('<div style="background: u\\72l(https://tracker.example/p.gif)">x</div>', "a remote CSS"),
    ("<style>@import 'https://tracker.example/a.css';</style>", "a remote CSS"),
    ("<svg><style><img src=x onerror=alert(1)></style></svg>", "parse differently"),
    ("<noscript><p title='</noscript><img src=x onerror=alert(1)>'></p></noscript>",
     "parse differently"),
    ("<SCRIPT>alert(1)</SCRIPT>", "a <script> element"),
    ("<iframe srcdoc='x'></iframe>", "an embedded frame"),
    ("<p/onmouseover=alert(1)>x</p>", "an event-handler"),
])
def test_dom_check_sees_what_a_browser_would_run_or_fetch(html, reason):
    assert reason in (unsafe_reason(html) or "")


@pytest.mark.parametrize("html", [
    "<td>![x](https://example.org/x.png) [y](javascript:alert(1))</td>",
    '<a href="https://example.org/story">story</a>',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<p title="javascript: is only text here">x</p>',
    '<style>#T_1 td { background-color: #fff; font-family: "Helvetica"; }</style>',
    "<!-- <script>alert(1)</script> -->",
    "",
])
def test_dom_check_lets_text_local_data_and_links_pass(html):
    assert unsafe_reason(html) is None


@pytest.mark.parametrize(("markdown", "reason"), [
    ("![pixel](https://tracker.example/p.gif)", "a remote resource"),
    ("[x](javascript:alert(1))", "a javascript: URL"),
    ("Fine text <b onclick='alert(1)'>bold</b>", "an event-handler"),
])
def test_markdown_outputs_are_judged_as_rendered(tmp_path, markdown, reason):
    nb = _output_notebook({"text/markdown": markdown, "text/plain": "md"})
    with pytest.raises(ExportError, match=rf"cell 1, text/markdown output contains {reason}"):
        export_html(nb, tmp_path / "p.html")


def test_markdown_output_with_a_plain_link_passes(tmp_path):
    nb = _output_notebook({"text/markdown": r"\![x](https://example.org/x.png)", "text/plain": "md"})
    page = export_html(nb, tmp_path / "p.html").read_text(encoding="utf-8")
    assert '!<a href="https://example.org/x.png">x</a>' in page  # a link loads only when clicked
    assert "<img" not in page


def test_failed_write_keeps_the_old_page_and_names_it(tmp_path, monkeypatch):
    """Issue 15 items 9 and 13: disk full mid-write leaves the old page and no partial file."""
    import errno

    out = tmp_path / "p.html"
    out.write_text("old page", encoding="utf-8")
    real = Path.write_text

    def full_disk(self, data, *args, **kwargs):
        real(self, data[: len(data) // 2], *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(OSError, match=r"cannot write '.*p\.html': No space left on device"):
        export_html(_output_notebook({"text/plain": "1"}), out)
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["p.html"]
