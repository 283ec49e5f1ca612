"""kit.ingest's error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import os
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


# -- folders, manifests and links -----------------------------------------------------------
def test_manifest_with_several_folders_advice_one_in_each_folder_works(tmp_path):
    folders = [tmp_path / "wire", tmp_path / "paper"]
    manifest = tmp_path / "metadata.csv"
    manifest.write_text("file,title\nwire.txt,Wire title\npaper.txt,Paper title\n",
                        encoding="utf-8")
    for folder in folders:
        folder.mkdir()
        (folder / f"{folder.name}.txt").write_text(f"Talks went on, {folder.name} says.\n",
                                                   encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load(folders, manifest=manifest)
    name = re.search(r"each folder reads its own (\S+); put one in each folder instead$",
                     str(caught.value)).group(1)
    for folder in folders:  # the advice: the folder's own rows, in a file of that name
        rows = [line for line in manifest.read_text(encoding="utf-8").splitlines()
                if line.startswith(("file,", folder.name))]
        (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = load(folders)
    assert sorted(a.title for a in result.articles) == ["Paper title", "Wire title"]
    assert (result.report["status"] == "loaded").all()


def unused_manifest_line(report) -> tuple[int, str, str]:
    """The line number, the file it names and the advice of the one unused-entry row."""
    (reason,) = [r for r in report["reason"] if "not among the article files" in r]
    line, name, advice = re.search(r"metadata\.csv line (\d+) names '([^']+)', which is not "
                                   r"among the article files; (.+)$", reason).groups()
    return int(line), name, advice


@pytest.mark.parametrize("fix", ["spelling", "remove"])
def test_unused_manifest_line_advice_fix_the_spelling_or_remove_the_line_works(tmp_path, fix):
    (tmp_path / "talks.txt").write_text("Officials met on Friday.\n", encoding="utf-8")
    manifest = tmp_path / "metadata.csv"
    manifest.write_text("file,title\ntalk.txt,Border talks\n", encoding="utf-8")
    line, name, advice = unused_manifest_line(load(tmp_path).report)
    assert advice == "check the spelling or remove the line"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    if fix == "spelling":
        lines[line - 1] = lines[line - 1].replace(name, "talks.txt", 1)
    else:
        del lines[line - 1]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load(tmp_path)
    assert result.report["status"].tolist() == ["loaded"]
    assert result.articles[0].title == ("Border talks" if fix == "spelling" else "")


@pytest.mark.parametrize("given", ["argument", "folder"])
def test_manifest_without_file_column_advice_the_header_it_gives_works(tmp_path, given):
    (tmp_path / "a.txt").write_text("Officials met on Friday.\n", encoding="utf-8")
    manifest = tmp_path / "metadata.csv"
    manifest.write_text("name,title\na.txt,Talks\n", encoding="utf-8")
    if given == "argument":
        with pytest.raises(ValueError) as caught:
            load(tmp_path, manifest=manifest)
        message = str(caught.value)
    else:
        message = " | ".join(load(tmp_path).report["reason"])
    header = re.search(r"its header should be ([\w,]+)", message).group(1)
    assert header.startswith("file,")
    rows = manifest.read_text(encoding="utf-8").splitlines()[1:]
    manifest.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    result = load(tmp_path, manifest=manifest if given == "argument" else None)
    assert [(a.id, a.title) for a in result.articles] == [("a", "Talks")]
    assert result.report["status"].tolist() == ["loaded"]


needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                    reason="needs POSIX symbolic links")


@needs_symlinks
def test_link_loop_advice_remove_the_link_works(tmp_path):
    (tmp_path / "a.txt").write_text("Officials met on Friday.\n", encoding="utf-8")
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "ping.txt").symlink_to("pong.txt")
    (tmp_path / "pong.txt").symlink_to("ping.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    report = load(tmp_path).report
    advised = report[report["reason"].str.contains(r"\bremove the link\b")]
    assert sorted(advised["article_id"]) == ["ping", "pong", "self", "sub/up"]
    for path in advised["path"]:
        Path(path).unlink()  # the advice
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["a"]
    assert result.report["status"].tolist() == ["loaded"]


@needs_symlinks
@pytest.mark.parametrize("fix", ["copy the files in", "pass that folder to kit itself"])
def test_linked_folder_advice_copy_the_files_in_or_pass_the_folder_works(tmp_path, fix):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("Talks resumed in Geneva.\n", encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Officials met on Friday.\n", encoding="utf-8")
    (articles / "more").symlink_to(elsewhere)
    reason = load(articles).report.set_index("article_id").loc["more", "reason"]
    assert reason.endswith("copy the files in, or pass that folder to kit itself")
    if fix == "copy the files in":
        (articles / "more").unlink()
        shutil.copytree(elsewhere, articles / "more")
        result = load(articles)
    else:
        result = load([articles, elsewhere])  # the link itself is still passed over
    assert sorted(a.text for a in result.articles) == ["Officials met on Friday.",
                                                       "Talks resumed in Geneva."]
    skipped = result.report[result.report["status"] != "loaded"]
    assert skipped["article_id"].tolist() == ([] if fix == "copy the files in" else ["more"])


@needs_symlinks
def test_linked_file_outside_advice_copy_the_file_in_works(tmp_path):
    (tmp_path / "b.txt").write_text("Talks resumed in Geneva.\n", encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "b.txt").symlink_to(tmp_path / "b.txt")
    reason = load(articles).report.set_index("article_id").loc["b", "reason"]
    assert reason.endswith("(copy the file in if it is an article)")
    (articles / "b.txt").unlink()
    shutil.copy(tmp_path / "b.txt", articles / "b.txt")
    result = load(articles)
    assert [a.text for a in result.articles] == ["Talks resumed in Geneva."]
