"""kit.publish's error messages tell the user what to do: each test does exactly that.

Notebook outputs are made here in-process, with the same renderer and pandas
calls a kernel makes, so that "re-run the notebook" is re-making the output.
"""

from __future__ import annotations

import re
from pathlib import Path

import altair as alt
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from kit.__main__ import parser
from kit.ingest.load import load
from kit.publish import render
from kit.publish.export import ExportError, export_html
from kit.publish.report import (
    ReportError,
    _site_folder,
    build_site,
    find_notebooks,
    load_corpus,
    run_notebook,
)

REPO = Path(__file__).resolve().parents[2]
HOSTILE = "</script><script>window.__pwned=1</script>"


def page_of(output: dict, tmp_path: Path) -> Path:
    """Export a notebook whose one cell shows ``output`` (a mimebundle)."""
    cell = new_code_cell("x", outputs=[new_output("execute_result", data=output, execution_count=1)])
    return export_html(new_notebook(cells=[cell]), tmp_path / "page.html")


def chart_output() -> dict:
    """What a notebook cell ending in a chart shows, with the active renderer."""
    bundle = alt.Chart(pd.DataFrame({"n": [1, 2]})).mark_bar().encode(x="n:Q")._repr_mimebundle_()
    return bundle[0] if isinstance(bundle, tuple) else bundle


@pytest.fixture
def renderer():
    """Altair's renderer as a fresh kernel has it, restored afterwards."""
    before = alt.renderers.active
    render.disable()
    alt.renderers.enable("default")
    yield
    render.disable()
    alt.renderers.enable(before)


#: A chart as a renderer of another Vega-Lite version shows it (e.g. an older JupyterLab).
VEGALITE_4 = {"application/vnd.vegalite.v4+json": {"mark": "bar"}, "text/plain": "<VegaLite 4>"}


@pytest.mark.parametrize("other", ["altair-default", "vega-lite-4"])
def test_chart_of_another_renderer_advice_enable_kit_renderer_works(renderer, tmp_path, other):
    output = chart_output() if other == "altair-default" else VEGALITE_4
    with pytest.raises(ExportError) as caught:
        page_of(output, tmp_path)
    message = str(caught.value)
    assert re.search(r"[Cc]all kit\.publish\.render\.enable\(\)|through\s+kit\.publish\.render"
                     r"\.enable\(\)", message)
    assert "re-run the notebook" in message
    render.enable()  # the advice; then the cell runs again
    page = page_of(chart_output(), tmp_path).read_text(encoding="utf-8")
    assert page.count('kitEmbed("kit-chart-') == 1


def test_unescaped_table_advice_plain_dataframe_or_escaping_styler_works(tmp_path):
    df = pd.DataFrame({"who": [HOSTILE, "Ana"]})
    with pytest.raises(ExportError) as caught:
        page_of({"text/html": df.style.to_html(), "text/plain": "x"}, tmp_path)
    message = str(caught.value)
    assert "Show tables as plain DataFrames" in message
    escape = re.search(r"for a Styler use (\.format\(escape='html'\))", message).group(1)
    assert escape == ".format(escape='html')"
    for html in (df._repr_html_(), df.style.format(escape="html").to_html()):
        page = page_of({"text/html": html, "text/plain": "x"}, tmp_path)
        assert "&lt;/script&gt;&lt;script&gt;window.__pwned=1" in page.read_text(encoding="utf-8")


def test_no_notebooks_advice_notebooks_dir_option_or_repository_root_works(tmp_path,
                                                                           monkeypatch):
    monkeypatch.chdir(tmp_path)  # not the repository root
    with pytest.raises(ReportError) as caught:
        build_site(REPO / "data" / "articles", tmp_path / "site")
    message = str(caught.value)
    assert "pass notebooks_dir=... (command line: --notebooks DIR) or run from the repository root" \
        in message
    committed = sorted((REPO / "notebooks").glob("*.ipynb"))
    assert find_notebooks(REPO / "notebooks") == committed  # notebooks_dir=...
    args = parser().parse_args(["report", "data/articles", "--out", "site", "--notebooks", "DIR"])
    assert args.notebooks == "DIR"  # --notebooks DIR
    monkeypatch.chdir(REPO)  # the repository root
    assert [p.resolve() for p in find_notebooks("notebooks")] == committed


def test_out_dir_onto_the_notebooks_advice_choose_site_works(tmp_path, monkeypatch):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / "01.ipynb").write_text(nbformat.writes(new_notebook()), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ReportError) as caught:
        build_site(REPO / "data" / "articles", "notebooks", notebooks_dir="notebooks")
    out = re.search(r"choose another out_dir, e\.g\. '(\w+)'", str(caught.value)).group(1)
    assert _site_folder(out, Path("notebooks")) == Path(out)  # the check that refused passes
    assert (tmp_path / out / "notebooks").is_dir()


def test_missing_articles_advice_pass_data_articles_works(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    with pytest.raises(ReportError) as caught:
        load_corpus(tmp_path / "nowhere")
    folder = re.search(r"pass the folder of articles to read, e\.g\. (\S+)$",
                       str(caught.value)).group(1)
    assert folder == "data/articles"
    assert load_corpus(Path(folder)).articles


def test_no_loadable_articles_advice_check_the_report_or_add_articles_works(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    with pytest.raises(ReportError) as caught:
        load_corpus(folder)
    message = str(caught.value)
    assert "check kit.ingest.load.load(path).report for why files were skipped" in message
    report = load(folder).report  # the advice, as written
    assert report[["status", "reason"]].values.tolist() == [
        ["skipped", "unsupported file type '.docx': kit reads .csv .htm .html .jsonl .md .txt"]]
    kinds = re.search(r"put (\S+) article files there", message).group(1).split("/")
    assert kinds == [".txt", ".md", ".html", ".jsonl", ".csv"]
    (folder / "talks.txt").write_text("Officials met in Washington on Friday.", encoding="utf-8")
    assert [a.id for a in load_corpus(folder).articles] == ["talks"]


def test_untagged_notebook_and_missing_page_advice_tag_parameters_run_and_export_works(
        tmp_path):
    """Two messages, one notebook: tag its parameters cell as advised, execute it (as
    build_site does, with papermill), and export_html then has the executed notebook."""
    notebook = tmp_path / "01.ipynb"
    cells = [new_code_cell("articles = 'data/articles'"), new_code_cell("print(articles)")]
    nbformat.write(new_notebook(cells=cells, metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}}), notebook)
    executed = tmp_path / "out" / "01.ipynb"
    with pytest.raises(FileNotFoundError) as missing:
        export_html(executed, tmp_path / "01.html")
    assert "(build one with kit.publish.report.build_site or papermill)" in str(missing.value)
    with pytest.raises(ReportError) as untagged:
        run_notebook(notebook, "elsewhere", executed)
    tag = re.search(r"Tag the first cell '(\w+)'.* and define `(\w+)` there", str(untagged.value))
    assert tag.groups() == ("parameters", "articles")
    nb = nbformat.read(notebook, as_version=4)
    nb.cells[0].metadata["tags"] = [tag.group(1)]  # the advice; `articles` is defined there
    nbformat.write(nb, notebook)
    executed.parent.mkdir()
    run_notebook(notebook, "elsewhere", executed)  # papermill, as build_site runs it
    printed = nbformat.read(executed, as_version=4).cells[-1].outputs[0]["text"]
    assert printed == "elsewhere\n"  # the injected value, not the notebook's own
    assert "elsewhere" in export_html(executed, tmp_path / "01.html").read_text(encoding="utf-8")


def test_vega_bundle_advice_the_pinned_version_is_installed_and_inlines():
    import tomllib
    from importlib.metadata import version

    from kit.publish.export import vega_bundle

    pins = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = dict(d.split("==") for d in pins["dependencies"] if "==" in d)
    assert version("vl-convert-python") == pinned["vl-convert-python"]
    assert "</script" not in vega_bundle().lower()
