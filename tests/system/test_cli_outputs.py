"""Where and how the command line writes (issue 15, items 9, 10 and 13).

No model: the checks run before any article is read, and :func:`kit.__main__.write`
is called on hand-built tables.
"""

from __future__ import annotations

import errno
import json
import re

import networkx as nx
import pandas as pd
import pytest

from kit.__main__ import main, write


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("Mexico and the United States met.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command, out", [
    ("report", "site"), ("entities", "entities.csv"), ("network", "sub/net.graphml"),
])
def test_out_inside_the_articles_folder_is_refused_naming_both(articles, capsys, command, out):
    target = articles / out
    argv = [command, str(articles), "--out", str(target)]
    argv += ["--format", "graphml"] if command == "network" else []
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"--out {str(target)!r} is inside the articles folder {str(articles)!r}" in err
    assert str(articles.parent / target.name) in err  # the fix: beside the folder
    assert sorted(p.name for p in articles.rglob("*")) == ["a.md"]


def test_out_equal_to_the_articles_file_is_refused(articles, capsys):
    article = articles / "a.md"
    assert main(["entities", str(article), "--out", str(article)]) == 1
    assert "is the articles file" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == "Mexico and the United States met."


def test_out_beside_the_articles_folder_is_not_refused(articles):
    from kit.__main__ import check_out

    check_out(str(articles), str(articles.parent / "site"))
    check_out(str(articles), str(articles.parent / "articles-site"))  # a prefix is not inside
    check_out(str(articles / "a.md"), str(articles / "entities.csv"))  # one file is read


TABLE = pd.DataFrame({"name": ["Ana\x01 Ruiz", "=HYPERLINK(1)"], "n": [2, 1]})


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_tables_are_written_whole(tmp_path, fmt):
    out = tmp_path / f"t.{fmt}"
    write(TABLE, fmt, str(out))
    got = {"csv": pd.read_csv, "parquet": pd.read_parquet,
           "json": lambda p: pd.DataFrame(json.loads(p.read_text(encoding="utf-8")))}[fmt](out)
    expected = ["Ana\x01 Ruiz", "'=HYPERLINK(1)" if fmt == "csv" else "=HYPERLINK(1)"]  # CSV: no formula
    assert got["name"].tolist() == expected
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_graph_with_control_characters_writes(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a1", name="Ana\x01 Ruiz")
    write(G, "graphml", str(tmp_path / "g.graphml"))
    assert nx.read_graphml(tmp_path / "g.graphml").nodes["a1"]["name"] == "Ana\ufffd Ruiz"


@pytest.mark.parametrize("fmt, method", [("csv", "to_csv"), ("parquet", "to_parquet")])
def test_disk_full_keeps_the_old_file_names_it_and_leaves_no_partial(tmp_path, monkeypatch,
                                                                     fmt, method):
    out = tmp_path / f"t.{fmt}"
    out.write_text("old", encoding="utf-8")

    def full(self, path, *args, **kwargs):
        open(path, "w", encoding="utf-8").write("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, method, full)
    with pytest.raises(OSError, match=rf"cannot write {str(out)!r}: No space left on device"):
        write(TABLE, fmt, str(out))
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_unwritable_out_folder_is_named(tmp_path, monkeypatch, capsys):
    out = tmp_path / "locked" / "t.json"

    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(type(out), "mkdir", refuse)
    with pytest.raises(OSError, match=rf"cannot write {str(out)!r}: Permission denied"):
        write(TABLE, "json", str(out))
    assert not (tmp_path / "locked").exists()


MARKDOWN_LOOKALIKES = """---
title: '![pixel](https://tracker.example/t.gif) Talks [resume](javascript:alert(1))'
published: 2024-01-20
source: Markdown Wire
---
Mexico's Secretary of Foreign Affairs Alicia Bárcena met Antony Blinken in Washington on
Friday ![logo](https://tracker.example/b.gif). "We agreed [more](javascript:alert(2))," Blinken
said. Mexico and the United States will meet again next week, a senior U.S. official said.
"""


@pytest.mark.model
def test_report_publishes_articles_that_carry_markdown_images_and_javascript_links(
        tmp_path, monkeypatch, capsys):
    """Issue 15 item 1: such text is escaped by pandas; the site builds and loads nothing."""
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "markdown.md").write_text(MARKDOWN_LOOKALIKES, encoding="utf-8")
    status = main(["report", str(folder), "--out", str(tmp_path / "site"), "--quiet",
                   "--notebooks", str(repo / "notebooks"), "--n-process", "1"])
    assert status == 0, capsys.readouterr().err
    pages = sorted((tmp_path / "site").glob("*.html"))
    assert len(pages) == 1 + len(list((repo / "notebooks").glob("*.ipynb")))
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "tracker.example" in text  # shown as text
    assert not re.search(r"<img[^>]+tracker|href=\"javascript", text)
    leftovers = [p for p in (tmp_path / "site").rglob("*") if ".partial" in p.name]
    assert leftovers == []


def test_csv_cells_a_spreadsheet_would_run_are_neutralised_and_json_keeps_the_text(tmp_path):
    import pandas as pd

    from kit.__main__ import write

    table = pd.DataFrame({"example": ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)",
                                      "\tx", "plain", "a = b"], "n": range(7)})
    write(table, "csv", str(tmp_path / "t.csv"))
    cells = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)["example"].tolist()
    assert all(c.startswith("'") for c in cells[:5]) and cells[5:] == ["plain", "a = b"]
    write(table, "json", str(tmp_path / "t.json"))
    assert pd.read_json(tmp_path / "t.json")["example"].tolist() == table["example"].tolist()
