"""The command line's error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from kit.__main__ import main

REPO = Path(__file__).resolve().parents[2]
ARTICLES = str(REPO / "data" / "articles")


@pytest.mark.model
def test_binary_format_to_stdout_advice_pass_out_file_works(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["entities", ARTICLES, "--format", "parquet"]) == 1
    option = re.search(r"pass (--out) FILE$", capsys.readouterr().err.strip()).group(1)
    out = tmp_path / "entities.parquet"
    assert main(["entities", ARTICLES, "--format", "parquet", option, str(out)]) == 0
    assert "United States" in pd.read_parquet(out)["canonical"].tolist()


def test_no_articles_advice_the_load_report_says_why(tmp_path, capsys):
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4")
    assert main(["entities", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.rstrip().endswith("see kit.load(path).report for why")
    import kit

    report = kit.load(tmp_path).report  # the advice, as written
    assert report[["status", "reason"]].values.tolist() == [
        ["skipped", "unsupported file type '.pdf': kit reads .csv .htm .html .jsonl .md .txt"]]


@pytest.mark.parametrize("command", ["entities", "actors", "network", "timeline", "report"])
def test_missing_alias_file_advice_pass_an_alias_csv_works(tmp_path, monkeypatch, capsys, command):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    missing = tmp_path / "my_aliases.csv"
    out = ["--out", str(tmp_path / ("site" if command == "report" else "t.graphml"))]
    fmt = ["--format", "graphml"] if command == "network" else []
    assert main([command, ARTICLES, *out, *fmt, "--aliases", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kit {command}: error: ") and err.count("\n") == 1
    assert str(missing) in err  # names the file
    assert not (tmp_path / "cache").exists()  # refused before any work
    example = re.search(r"e\.g\. (\S+)$", err.strip()).group(1)
    assert (REPO / example).is_file()
    from kit.lexicon.canonical import read_alias_table

    assert read_alias_table(REPO / example)  # the example is an alias table kit reads


def test_malformed_alias_file_names_the_file_and_its_columns(tmp_path, capsys):
    bad = tmp_path / "aliases.csv"
    bad.write_text("name,other\nAMLO,Andrés Manuel López Obrador\n", encoding="utf-8")
    assert main(["actors", ARTICLES, "--aliases", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "canonical" in err


@pytest.mark.model
@pytest.mark.parametrize("command, out", [("entities", "entities.csv"),
                                          ("network", "sub/net.graphml")])
def test_out_inside_the_articles_advice_the_suggested_out_works(tmp_path, monkeypatch, capsys,
                                                                command, out):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text("Mexico and the United States met.", encoding="utf-8")
    fmt = ["--format", "graphml"] if command == "network" else []
    assert main([command, str(articles), "--out", str(articles / out), *fmt]) == 1
    suggested = re.search(r"Write outside it, e\.g\. --out '([^']+)'$",
                          capsys.readouterr().err.strip()).group(1)
    assert main([command, str(articles), "--out", suggested, *fmt]) == 0
    assert Path(suggested).is_file() and not Path(suggested).is_relative_to(articles)
    import kit

    assert [a.id for a in kit.load(articles).articles] == ["a"]  # the next run reads no output



@pytest.mark.parametrize("command", ["entities", "report"])
def test_no_articles_error_names_each_skipped_file_and_why(tmp_path, capsys, command):
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "envoy_notes.docx").write_bytes(b"PK\x03\x04")
    out = ["--out", str(tmp_path / "site")] if command == "report" else []
    (folder / "blank.txt").write_bytes(b"")
    assert main([command, str(folder), *out]) == 1
    lines = capsys.readouterr().err.splitlines()
    # each skipped file on a line of its own, sorted, then the one-line error
    assert lines[0] == f"kit {command}: 0 articles loaded from 0 files; 2 files skipped:"
    assert lines[1] == f"  {folder / 'blank.txt'}: empty file (0 bytes)"
    assert lines[2].startswith(f"  {folder / 'envoy_notes.docx'}: unsupported file type '.docx'")
    assert lines[3].startswith(f"kit {command}: error: ") and "listed above" in lines[3]
    assert len(lines) == 4


@pytest.mark.model
@pytest.mark.parametrize("command", ["actors", "timeline"])
def test_a_command_names_each_skipped_file_beside_the_articles_it_read(tmp_path, monkeypatch,
                                                                      capsys, command):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "talks.txt").write_text("Osk met Mara Ventel in Tarn on Monday.\n", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x00\x01\x02 talks")
    (folder / "agenda.docx").write_bytes(b"PK\x03\x04")
    assert main([command, str(folder), "--out", str(tmp_path / "t.csv")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"kit {command}: 1 article loaded from 1 file; 2 files skipped")
    assert lines[1].startswith(f"  {folder / 'agenda.docx'}: unsupported file type")
    assert lines[2] == f"  {folder / 'scan.txt'}: binary file (it contains NUL bytes), not text"


@pytest.mark.parametrize("command", ["entities", "actors", "timeline"])
def test_a_missing_articles_folder_advice_names_a_folder_that_works(tmp_path, monkeypatch, capsys,
                                                                   command):
    monkeypatch.chdir(REPO)
    assert main([command, str(tmp_path / "no_such_talks")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kit {command}: error: ") and err.count("\n") == 1
    assert str(tmp_path / "no_such_talks") in err and "load(" not in err  # no Python advice
    example = re.search(r"e\.g\. (\S+)$", err.strip()).group(1)
    assert (REPO / example).is_dir() and kit_articles(REPO / example)


def kit_articles(folder: Path) -> list:
    import kit

    return kit.load(folder).articles


def test_report_quiet_names_skipped_files_but_not_a_clean_load(tmp_path, capsys):
    """``kit report --quiet`` drops progress, not the files it skipped (tell_load is what
    build_site's on_load runs)."""
    from kit.__main__ import tell_load
    from kit.ingest.load import load

    (tmp_path / "talks.md").write_text("---\npublished: 2024-03-01\n---\nOsk met Mara Ventel in Tarn.\n",
                                       encoding="utf-8")
    tell_load(load(tmp_path), "kit report", quiet=True)
    assert capsys.readouterr().err == ""
    tell_load(load(tmp_path), "kit report")
    assert capsys.readouterr().err == "kit report: 1 article loaded from 1 file; 0 files skipped\n"
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01\x02 talks")
    tell_load(load(tmp_path), "kit report", quiet=True)
    assert capsys.readouterr().err.splitlines() == [
        "kit report: 1 article loaded from 1 file; 1 file skipped:",
        f"  {tmp_path / 'scan.txt'}: binary file (it contains NUL bytes), not text"]
