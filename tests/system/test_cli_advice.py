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
