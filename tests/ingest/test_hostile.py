"""kit.ingest against hostile files (issue 15): links, YAML bombs, deep JSON, manifests, encodings.

Every file is made by hand in ``tmp_path``. Nothing here relies on a timeout:
the limits are structural (aliases are measured as composed, before anything
is built; nesting is counted, not recursed), so a regression shows as a
failed assertion or an exception, and the bomb is far too big to survive one.
"""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest
import yaml

from kit.ingest.encoding import NotText, decode_bytes
from kit.ingest.load import load
from kit.ingest.readers import MAX_JSON_DEPTH, read_jsonl, split_front_matter
from kit.ingest.safe_yaml import MAX_CHARACTERS, FrontMatterTooBig, expanded_size

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                    reason="needs POSIX symbolic links")


def _article(n: int) -> str:
    return (f"Officials met in Geneva on day {n} to discuss the ceasefire, and the talks "
            f"between the delegations went on late into the night {n}.\n")


def _rows(result, article_id: str) -> list[tuple[str, str]]:
    report = result.report
    return [(r.status, r.reason) for r in report[report["article_id"] == article_id].itertuples()]


def _reason(result, article_id: str) -> str:
    rows = _rows(result, article_id)
    assert len(rows) == 1, rows
    return rows[0][1]


def _ids(result) -> list[str]:
    return [a.id for a in result.articles]


# --- item 2: symbolic links --------------------------------------------------------------

@needs_symlinks
def test_link_to_a_file_outside_the_folder_is_skipped(tmp_path):
    articles, outside = tmp_path / "articles", tmp_path / "outside"
    articles.mkdir(), outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n" + _article(1))
    (articles / "notes.txt").symlink_to(outside / "passwd")
    (articles / "real.txt").write_text(_article(2))
    result = load(articles)
    assert _ids(result) == ["real"]
    assert all("root:x" not in a.text for a in result.articles)
    assert _rows(result, "notes")[0][0] == "skipped"
    assert "outside the articles folder" in _reason(result, "notes")


@needs_symlinks
def test_link_inside_the_folder_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(_article(1))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").symlink_to(Path("..") / "a.txt")
    result = load(tmp_path)
    assert _ids(result) == ["a"]  # the link's text is the same article: a duplicate
    assert "duplicate of 'a'" in _reason(result, "sub/b")


@needs_symlinks
def test_folder_reached_through_a_link_is_the_boundary(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(_article(1))
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    assert _ids(load(tmp_path / "alias")) == ["a"]


@needs_symlinks
def test_linked_sub_folder_is_reported_not_ignored(tmp_path):
    articles, more = tmp_path / "articles", tmp_path / "more"
    articles.mkdir(), more.mkdir()
    (more / "x.txt").write_text(_article(1))
    (articles / "more").symlink_to(more)
    (articles / "a.txt").write_text(_article(2))
    result = load(articles)
    assert _ids(result) == ["a"]
    assert "symbolic link to a folder" in _reason(result, "more")


@needs_symlinks
def test_link_loops_are_reported_as_loops(tmp_path):
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "ping.txt").symlink_to("pong.txt")
    (tmp_path / "pong.txt").symlink_to("ping.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "a.txt").write_text(_article(1))
    result = load(tmp_path)
    assert _ids(result) == ["a"]
    for article_id in ("self", "ping", "pong", "sub/up"):
        assert "symbolic link loop" in _reason(result, article_id), article_id


@needs_symlinks
def test_settings_file_linked_from_outside_is_ignored(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (tmp_path / "secret.csv").write_text("root:x:0:0\nfile,title\n")
    (articles / "metadata.csv").symlink_to(tmp_path / "secret.csv")
    (articles / "a.txt").write_text(_article(1))
    result = load(articles)
    assert _ids(result) == ["a"]
    reasons = " ".join(result.report["reason"])
    assert "outside the articles folder" in reasons and "root:x" not in reasons


# --- item 3: YAML front matter with limits -----------------------------------------------

# 9 levels of 9 aliases: 9**9 (387 million) strings once expanded
BOMB = ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n"
                  for a, b in zip("abcdefgh", "bcdefghi", strict=True)))


def test_alias_bomb_is_reported_and_the_body_loaded(tmp_path):
    assert len(BOMB.encode()) <= 424
    (tmp_path / "bomb.md").write_text(f"---\n{BOMB}---\n{_article(1)}")
    result = load(tmp_path)
    bomb, = result.articles
    assert bomb.text == _article(1).strip() and set(bomb.meta) == {"format"}
    status, reason = _rows(result, "bomb")[0]
    assert status == "loaded" and "alias" in reason and "metadata was ignored" in reason


def test_expanded_size_is_measured_without_expanding():
    node = yaml.compose(BOMB, Loader=yaml.SafeLoader)
    assert expanded_size(node) > 9 ** 9  # counted on the composed graph: instant, no memory


@pytest.mark.parametrize("front, limit", [
    ("x: &a [*a]", "inside its own anchor"),
    ("x: &a {k: *a}", "inside its own anchor"),
    ("x: " + "[" * 5_000 + "]" * 5_000, "levels deep"),
    ("x: " + "{k: " * 5_000 + "v" + "}" * 5_000, "levels deep"),
    ("title: " + "y" * MAX_CHARACTERS, "characters long"),
])
def test_front_matter_over_the_limits_is_reported(front, limit):
    fields, body, issues = split_front_matter(f"---\n{front}\n---\nBody.")
    assert (fields, body) == ({}, "Body.")
    assert limit in issues[0].reason and "over kit's limits" in issues[0].reason


def test_ordinary_anchors_and_merges_still_work():
    text = "---\nbase: &b {source: Wire}\nother:\n  <<: *b\n  title: T\n---\nBody."
    fields, _, issues = split_front_matter(text)
    assert fields["other"] == {"source": "Wire", "title": "T"} and issues == []


def test_front_matter_too_big_is_a_yaml_error():
    assert issubclass(FrontMatterTooBig, yaml.YAMLError)


# --- item 4: deep JSON lines ------------------------------------------------------------

def test_deeply_nested_jsonl_line_is_reported_and_the_rest_loaded(tmp_path):
    lines = [f'{{"text": "{_article(1).strip()}"}}', "[" * 100_000,
             '{"text": "x", "extra": ' + "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)
             + "}", f'{{"text": "{_article(2).strip()}"}}']
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    result = load(tmp_path)
    assert _ids(result) == ["batch#1", "batch#4"]
    for article_id in ("batch#2", "batch#3"):
        status, reason = _rows(result, article_id)[0]
        assert status == "skipped" and "levels deep" in reason


def test_null_jsonl_line_is_still_called_what_it_is():
    issue, = read_jsonl("null")
    assert "JSON NoneType" in issue.reason


# --- item 11: manifest naming one file twice ----------------------------------------------

def test_manifest_naming_a_file_twice_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(_article(1))
    (tmp_path / "metadata.csv").write_text("file,title\na.txt,First\n./a.txt,Second\n")
    result = load(tmp_path)
    assert result.articles[0].title == "Second"
    row = result.report[result.report["path"] == str(tmp_path / "metadata.csv")].iloc[0]
    assert row["status"] == "skipped"
    assert "line 2 names 'a.txt' and line 3 names the same file again" in row["reason"]


def test_explicit_manifest_naming_a_file_twice_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(_article(1))
    (tmp_path / "meta.csv").write_text("file,title\na.txt,First\na.txt,Second\n")
    result = load(tmp_path / "a.txt", manifest=tmp_path / "meta.csv")
    assert any("the same file again" in r for r in result.report["reason"])


# --- item 12: encodings -------------------------------------------------------------------

FRONT = "---\ntitle: Wide talks\n---\n"


@pytest.mark.parametrize("codec, bom, expected", [
    ("utf-16-le", b"", "no byte-order mark: detected as UTF-16 (little-endian)"),
    ("utf-16-be", b"", "no byte-order mark: detected as UTF-16 (big-endian)"),
    ("utf-32-le", b"", "no byte-order mark: detected as UTF-32 (little-endian)"),
    ("utf-32-be", b"", "no byte-order mark: detected as UTF-32 (big-endian)"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "decoded from UTF-16"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "decoded from UTF-32"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "decoded from UTF-32"),
])
def test_wide_encodings_are_detected_with_their_front_matter(tmp_path, codec, bom, expected):
    (tmp_path / "wide.md").write_bytes(bom + (FRONT + _article(1)).encode(codec))
    result = load(tmp_path)
    article, = result.articles
    assert (article.title, article.text) == ("Wide talks", _article(1).strip())
    assert ("repaired", expected) in [(s, r.split(" by ")[0]) for s, r in _rows(result, "wide")]


def test_mixed_utf8_and_cp1252_is_repaired_line_by_line(tmp_path):
    data = ("Alicia Bárcena said the talks “went well”.\n".encode()
            + "Minister Bárcena met Blinken in Mexico City.\n".encode("cp1252")
            + "Ebrard’s team stayed.\n".encode())
    (tmp_path / "mixed.txt").write_bytes(data)
    result = load(tmp_path)
    assert result.articles[0].text == ("Alicia Bárcena said the talks “went well”.\n"
                                       "Minister Bárcena met Blinken in Mexico City.\n"
                                       "Ebrard’s team stayed.")
    assert ("repaired", "mixed encodings: line 2 is not UTF-8 and was decoded as Windows-1252 "
            "(cp1252); the other lines are UTF-8") in _rows(result, "mixed")


def test_whole_legacy_files_keep_their_encoding():
    assert decode_bytes("Ministro Bárcena.".encode("cp1252"))[0] == "Ministro Bárcena."
    text, repairs = decode_bytes("Министр иностранных дел России заявил о переговорах."
                                 .encode("cp1251"))
    assert text.startswith("Министр") and "decoded as Windows-1251 (cp1251)" in repairs[0]


@pytest.mark.parametrize("data", [bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
                                  + bytes(range(7, 250)) * 20, codecs.BOM_UTF16_LE + b"\x00"])
def test_binary_is_still_binary(data):
    with pytest.raises(NotText):
        decode_bytes(data)


def test_utf16_html_is_read(tmp_path):
    page = ("<html><head><title>Talks</title></head><body><article><p>"
            + _article(1) * 3 + "</p></article></body></html>")
    (tmp_path / "page.html").write_bytes(page.encode("utf-16-le"))
    result = load(tmp_path)
    assert "Geneva" in result.articles[0].text
    assert any("UTF-16" in r for _, r in _rows(result, "page"))


@pytest.mark.parametrize("codec", ["utf_32_be", "utf_32_le"])
def test_an_html_page_in_utf32_without_a_mark_is_read_not_called_binary(codec):
    html = ("<html><head><title>Talks</title></head><body><p>Officials met in Geneva on Friday "
            "to discuss the ceasefire and the prisoner exchange.</p></body></html>")
    text, repairs = decode_bytes(html.encode(codec))
    assert text == html and repairs and "UTF-32" in repairs[0]


@pytest.mark.parametrize("code", ["<script>alert(2)</script>", "<style>h1 {color: red}</style>",
                                  "<noscript>Enable scripts</noscript>", "<TEMPLATE>alert(5)</template >"])
def test_code_in_an_html_page_enters_no_title_nor_body(tmp_path, code):
    """A script, style, noscript or template element holds no words of the page, closed
    or not, wherever it stands (here in the headline and the body)."""
    body = ("Mara Ventel, the foreign minister of the Republic of Tarn, met opposition leader "
            "Osk Damarel on Tuesday to discuss a ceasefire, officials said in the capital.")
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Ventel meets Osk</title></head><body><article>"
        f"<h1>Ventel meets Osk {code}</h1><p>{body}</p><p>More talks next week {code}</p>"
        "</article></body></html>", encoding="utf-8")
    [article] = load(tmp_path).articles
    for word in ("alert", "color", "Enable"):
        assert word not in article.title and word not in article.text
    assert article.title.startswith("Ventel meets Osk") and "Osk Damarel" in article.text


def test_an_unclosed_script_runs_to_the_end_of_the_page(tmp_path):
    body = ("Mara Ventel, the foreign minister of the Republic of Tarn, met opposition leader "
            "Osk Damarel on Tuesday to discuss a ceasefire, officials said in the capital.")
    (tmp_path / "page.html").write_text(f"<html><body><article><h1>Ventel meets Osk</h1><p>{body}</p>"
                                        "</article><SCRIPT type='x'>alert(5); more()", encoding="utf-8")
    [article] = load(tmp_path).articles
    assert "alert" not in article.text and "Osk Damarel" in article.text


# --- stray NUL bytes and ragged CSV rows --------------------------------------------------

def test_stray_nul_bytes_in_ascii_text_are_removed_not_read_as_utf16():
    text, repairs = decode_bytes(b"Mara Ventel met\x00 Osk Lund on Monday.")
    assert (text, repairs) == ("Mara Ventel met Osk Lund on Monday.", ["1 NUL byte removed"])
    text, repairs = decode_bytes("Osk met\x00 Ventel in Tàrn,\x00 officials said.".encode())
    assert (text, repairs) == ("Osk met Ventel in Tàrn, officials said.", ["2 NUL bytes removed"])


def test_a_stray_nul_is_reported_as_a_repair(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"Mara Ventel met\x00 Osk Lund on Monday.")
    result = load(tmp_path)
    assert result.articles[0].text == "Mara Ventel met Osk Lund on Monday."
    assert ("repaired", "1 NUL byte removed") in _rows(result, "nul")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["Mara Ventel met Osk Lund.", "Министр Вентель заявил о переговорах.",
                                  "部长周一会见了代表团。\n一二三\n", "ひらがなとカタカナの文章です。\n"])
def test_utf16_without_a_mark_still_decodes(codec, text):
    decoded, repairs = decode_bytes(text.encode(codec))
    assert decoded == text and "no byte-order mark" in repairs[0]


@pytest.mark.parametrize("data", [random.Random(seed).randbytes(4000) for seed in range(3)]
                         + [b"\x00\x01\x02 talks", b"Osk met Ventel.\x00" + bytes(range(1, 9))])
def test_random_bytes_with_nuls_are_still_binary(data):
    assert b"\x00" in data
    with pytest.raises(NotText):
        decode_bytes(data)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_mixing_one_script_with_latin_still_decodes(codec):
    text = "Переговоры в Осквиле. The talks in Oskville opened on Monday with Mara Ventel."
    decoded, repairs = decode_bytes(text.encode(codec))
    assert decoded == text and "no byte-order mark" in repairs[0]


def test_a_csv_row_ending_in_a_trailing_comma_is_loaded(tmp_path):
    # spreadsheets often write a comma after each data row's last field, not the header's
    (tmp_path / "trailing.csv").write_text(
        "title,text,published\n"
        "Talks,Mara Ventel met Osk envoys.,2024-01-02,\n"
        "More,Osk Lund replied.,2024-01-03,,\n")
    result = load(tmp_path)
    assert [a.text for a in result.articles] == ["Mara Ventel met Osk envoys.", "Osk Lund replied."]


def test_a_wide_reading_with_letters_of_many_scripts_is_binary():
    data = "Ventel Вентель Βέντελ ヴェンテル".encode("utf-16-le")
    with pytest.raises(NotText, match="many scripts"):
        decode_bytes(data)


def test_a_csv_row_with_more_fields_than_the_header_is_skipped_and_named(tmp_path):
    (tmp_path / "ragged.csv").write_text(
        "title,published,source,text\n"
        'A,2001-03-05,S,"Mara Ventel met Osk Lund in Tarn."\n'
        "B,2001-03-05\n"
        'C,2001-03-05,Tarn Radio, Evening,"Osk Lund met Mara Ventel on Monday."\n')
    result = load(tmp_path)
    assert [a.text for a in result.articles] == ["Mara Ventel met Osk Lund in Tarn."]
    assert _rows(result, "ragged#2")[0][1].startswith("row 2: the 'text' field is missing or empty")
    status, reason = _rows(result, "ragged#3")[0]
    assert status == "skipped" and reason.startswith("row 3: 5 fields, the header has 4")
