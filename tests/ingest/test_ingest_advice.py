"""kit.ingest's error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kit.ingest.boilerplate import LANGUAGE_NAMES, load_markers
from kit.ingest.load import iter_articles, load
from kit.lexicon.files import LexiconError

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "data" / "articles"
SEED_ID = "000_630f14e8707647da"


def test_negative_limit_advice_none_or_a_number_works():
    with pytest.raises(ValueError) as caught:
        load(ARTICLES, limit=-1)
    assert str(caught.value).endswith("pass None for all articles or a number >= 0")
    assert [a.id for a in load(ARTICLES, limit=None).articles] == [SEED_ID]
    assert [len(load(ARTICLES, limit=n).articles) for n in (0, 1)] == [0, 1]


def test_missing_source_advice_runs_as_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError) as caught:
        load("data/artciles")
    call = re.search(r"pass the folder that holds your articles, e\.g\. (load\('[^']+'\))",
                     str(caught.value)).group(1)
    monkeypatch.chdir(REPO)  # where the example path is
    assert [a.id for a in eval(call, {"load": load}).articles] == [SEED_ID]


def test_unknown_language_advice_every_listed_code_works():
    with pytest.raises(ValueError) as caught:
        load(ARTICLES, languages=("xx",))
    message = str(caught.value)
    codes = re.search(r"use codes from ([\w, ]+) \(e\.g\. languages=\('en',\)\)", message).group(1)
    assert codes.split(", ") == list(LANGUAGE_NAMES)
    for code in codes.split(", "):
        assert len(load(ARTICLES, languages=(code,)).articles) == 1


def test_missing_manifest_advice_a_metadata_csv_or_none_works(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        load(ARTICLES, manifest=tmp_path / "metadata.csv")
    message = str(caught.value)
    assert "pass the path of a metadata.csv with a 'file' column, or manifest=None" in message
    folder = shutil.copytree(ARTICLES, tmp_path / "articles")
    manifest = folder / "metadata.csv"
    assert manifest.read_text(encoding="utf-8").startswith("file,")  # has a 'file' column
    with_path = load(folder, manifest=manifest).articles
    with_none = load(folder, manifest=None).articles  # the folder's own
    assert with_path == with_none and with_none[0].source.startswith("NBC News")


def test_bad_boilerplate_pattern_advice_escape_with_a_backslash_works(tmp_path):
    path = tmp_path / "boilerplate.csv"
    path.write_text("kind,pattern,note,lang\nline,Share (this,share bar,en\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_markers(path, include_defaults=False)
    specials = re.search(r"escape special characters such as (.+?) with a backslash",
                         str(caught.value)).group(1).split()
    assert "(" in specials
    path.write_text("kind,pattern,note,lang\nline,Share \\(this,share bar,en\n", encoding="utf-8")
    (marker,) = load_markers(path, include_defaults=False)
    assert marker.pattern.fullmatch("Share (this")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials met.\nShare (this\n", encoding="utf-8")
    assert [a.text for a in iter_articles(folder, boilerplate=path)] == ["Officials met."]
