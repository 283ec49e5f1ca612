"""kit.ingest.load: formats, manifest, ids, limit, normalisation and the report of bad files.

``tests/data/bad`` holds one file per problem; the tests copy it to a temporary
folder and add the two cases that cannot live in git: a >1,000,000-character
article and an unreadable file. Tests run as root in CI, where ``chmod 000``
does not block reads, so "unreadable" is a broken symbolic link (plus a
simulated PermissionError and, for non-root runs, a real ``chmod 000``).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from kit.ingest.load import READ_LANGUAGES, iter_articles, load
from kit.ingest.manifest import parse_date

DATA = Path(__file__).resolve().parents[1] / "data"
BAD, FORMATS, MANIFEST = DATA / "bad", DATA / "load" / "formats", DATA / "load" / "manifest"
ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
SEED_ID = "000_630f14e8707647da"

# (article_id, status, part of the reason) for every file in the bad corpus
EXPECTED = [
    ("bad_date", "loaded", "invalid date in front matter field 'published': '2024-13-45'"),
    ("binary", "skipped", "binary file (it contains NUL bytes)"),
    ("bom", "repaired", "removed the UTF-8 byte-order mark (BOM)"),
    ("broken#2", "skipped", "line 2 is not valid JSON"),
    ("cp1252", "repaired", "decoded as Windows-1252 (cp1252)"),
    ("duplicate_2", "skipped", "duplicate of 'duplicate_1'"),
    ("empty", "skipped", "empty file (0 bytes)"),
    ("long", "loaded", "very long article"),
    ("no_body", "skipped", "HTML has no article body"),
    ("no_date", "loaded", "no publication date: relative dates will stay unresolved"),
    ("french", "loaded", "language looks like French ('fr')"),
    ("unreadable", "skipped", "broken symbolic link"),
    ("whitespace", "skipped", "only whitespace"),
]
LOADED = {"bad_date", "bom", "broken#1", "broken#3", "cp1252", "crlf", "duplicate_1",
          "good_1", "good_2", "long", "no_date", "french"}


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "bad"
    shutil.copytree(BAD, folder)
    long_text = "Officials met in Washington on Friday. " * 30_000
    (folder / "long.txt").write_text(f"---\npublished: 2024-01-29\n---\n{long_text}")
    os.symlink(folder / "missing-target.txt", folder / "unreadable.txt")
    return folder


@pytest.fixture(scope="module")
def bad(bad_dir):
    return load(bad_dir)


def _by_id(result):
    return {a.id: a for a in result.articles}


def _row(result, article_id):
    rows = result.report[result.report["article_id"] == article_id]
    assert len(rows) == 1, rows
    return rows.iloc[0]


# --- the bad corpus ---------------------------------------------------------------------

@pytest.mark.parametrize(("article_id", "status", "reason"), EXPECTED)
def test_each_bad_case_is_reported(bad, article_id, status, reason):
    row = _row(bad, article_id)
    assert row["status"] == status
    assert reason in row["reason"]
    assert row["path"].endswith(article_id.split("#")[0] + Path(row["path"]).suffix)


def test_report_has_exactly_the_expected_rows(bad):
    assert sorted(bad.report["article_id"]) == sorted(a for a, _, _ in EXPECTED)
    assert list(bad.report.columns) == ["path", "article_id", "status", "reason"]
    assert set(bad.report["status"]) <= {"loaded", "repaired", "skipped"}
    assert bad.report["path"].is_monotonic_increasing


def test_every_good_article_loads(bad):
    assert set(_by_id(bad)) == LOADED
    assert all(a.text and a.text == a.text.strip() for a in bad.articles)


def test_repaired_texts_read_correctly(bad):
    articles = _by_id(bad)
    assert "Mexico’s foreign minister Alicia Bárcena" in articles["cp1252"].text
    assert articles["cp1252"].title == "Talks were constructive"
    assert articles["bom"].title == "Storm warning"  # front matter found behind the BOM
    assert not articles["bom"].text.startswith("\ufeff")
    assert "\r" not in articles["crlf"].text
    assert articles["crlf"].published == dt.date(2024, 1, 21)
    assert articles["crlf"].text.count("\n\n") == 1


def test_invalid_and_missing_dates_load_as_none(bad):
    articles = _by_id(bad)
    assert articles["bad_date"].published is None
    assert articles["bad_date"].title == "March against pension law"
    assert articles["no_date"].published is None


def test_long_article_loads_whole(bad):
    assert len(_by_id(bad)["long"].text) > 1_000_000


def test_the_long_article_note_says_what_kit_does(bad):
    """kit splits a long text itself: the note asks the user for nothing."""
    reason = _row(bad, "long")["reason"]
    assert "in pieces" in reason and "max_length" not in reason and "may need" not in reason


def test_other_languages_load_by_default_and_can_be_skipped(bad, bad_dir):
    assert _by_id(bad)["french"].language == "fr"
    strict = load(bad_dir, skip_other_languages=True)
    assert "french" not in _by_id(strict)
    row = _row(strict, "french")
    assert (row["status"], "skip_other_languages=True" in row["reason"]) == ("skipped", True)


def test_jsonl_broken_line_keeps_the_others(bad):
    articles = _by_id(bad)
    assert articles["broken#1"].title == "Coach to leave"
    assert articles["broken#3"].published == dt.date(2024, 1, 26)


def test_permission_error_is_skipped_with_reason(tmp_path, monkeypatch):
    shutil.copy(BAD / "good_1.txt", tmp_path / "locked.txt")
    shutil.copy(BAD / "good_2.md", tmp_path / "open.md")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["open"]
    row = _row(result, "locked")
    assert row["status"] == "skipped"
    assert "Permission denied" in row["reason"] and "chmod +r" in row["reason"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_with_text_suffix_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    assert "not a regular file" in _row(load(tmp_path), "pipe")["reason"]


def test_folder_named_like_a_file_is_read_as_a_folder(tmp_path):
    (tmp_path / "x.txt").mkdir()
    shutil.copy(BAD / "good_1.txt", tmp_path / "x.txt" / "inner.txt")
    assert [a.id for a in load(tmp_path).articles] == ["x.txt/inner"]


# --- sources and errors -----------------------------------------------------------------

def test_missing_source_raises_a_helpful_error(tmp_path):
    with pytest.raises(FileNotFoundError) as err:
        load(tmp_path / "nope")
    message = str(err.value)
    assert str(tmp_path / "nope") in message
    assert ".csv .htm .html .jsonl .md .txt" in message and "folder" in message


def test_missing_file_in_a_list_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="ghost.txt"):
        load([BAD / "good_1.txt", tmp_path / "ghost.txt"])


def test_empty_folder_gives_an_empty_result_with_a_report_row(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    result = load(tmp_path)
    assert result.articles == []
    row = result.report.iloc[0]
    assert (row["status"], row["path"]) == ("skipped", str(tmp_path))
    assert "no article files" in row["reason"]


def test_unsupported_types_are_reported(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    row = _row(load(tmp_path), "scan")
    assert row["status"] == "skipped" and "unsupported file type '.pdf'" in row["reason"]


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="limit=-1 is negative"):
        load(BAD, limit=-1)
    with pytest.raises(ValueError, match="'xx' is not one kit can detect"):
        load(BAD, languages=("xx",))


# --- formats ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def formats():
    return load(FORMATS)


def test_formats_load_with_metadata(formats):
    assert formats.report.empty
    articles = _by_id(formats)
    assert list(articles) == ["batch#1", "custom-7", "nested/deep", "notes", "page", "plain",
                              "table#1", "table#2"]
    plain = articles["plain"]
    assert (plain.title, plain.published, plain.source, plain.url) == (
        "Council expands bus network", dt.date(2024, 2, 1), "City Paper", "https://example.org/bus")
    assert plain.meta == {"format": "txt", "author": "A. Writer", "section": "politics"}
    assert plain.language == "en"
    assert plain.text.endswith("\n\nThe first buses will run in March.")
    assert plain.path == str(FORMATS / "plain.txt")
    notes = articles["notes"]  # 'headline' and 'date' are read as title and published
    assert (notes.title, notes.published) == ("Early harvest in the valley", dt.date(2024, 2, 2))


def test_html_is_extracted_with_trafilatura(formats):
    page = _by_id(formats)["page"]
    assert (page.title, page.published, page.source, page.url) == (
        "Storm warning for the coast", dt.date(2024, 2, 3), "Example News",
        "https://example.org/news/storm-warning")
    assert page.meta["author"] == "Jane Doe"
    assert page.text.startswith("The national weather service")  # headline not repeated
    assert page.text.endswith("120 kilometres an hour.")
    assert "Sport" not in page.text and "All rights reserved" not in page.text


def test_jsonl_and_csv_rows(formats):
    articles = _by_id(formats)
    assert (articles["batch#1"].source, articles["batch#1"].published) == (
        "Sports Desk", dt.date(2024, 2, 4))
    assert articles["custom-7"].meta["tags"] == ["crime"]
    assert articles["custom-7"].published == dt.date(2024, 2, 5)
    assert articles["table#2"].title == "Museum to reopen"
    assert articles["table#2"].text.endswith('\n\nIt has "new" lighting, too.')


def test_csv_without_text_column_is_skipped(tmp_path):
    (tmp_path / "sheet.csv").write_text("title,body\nTalks,Officials met.\n")
    row = _row(load(tmp_path), "sheet")
    assert row["status"] == "skipped"
    assert "no 'text' column (columns: title, body)" in row["reason"]


def test_jsonl_row_without_text_is_skipped(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"title": "No body"}\n[1, 2]\n')
    result = load(tmp_path)
    assert "'text' field is missing" in _row(result, "feed#1")["reason"]
    assert "is a JSON list" in _row(result, "feed#2")["reason"]


def test_front_matter_problems(tmp_path):
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\nOfficials met on Friday.\n")
    (tmp_path / "only.md").write_text("---\ntitle: Only metadata\n---\n")
    result = load(tmp_path)
    broken = _by_id(result)["broken"]
    assert (broken.title, broken.text) == ("", "Officials met on Friday.")
    assert any("front matter is not valid YAML" in r for r in result.report["reason"])
    assert "only front matter" in _row(result, "only")["reason"]


def test_utf16_file_is_decoded(tmp_path):
    (tmp_path / "wide.txt").write_bytes("Officials met on Friday.\r\n".encode("utf-16"))
    result = load(tmp_path)
    assert _by_id(result)["wide"].text == "Officials met on Friday."
    assert any(r == "decoded from UTF-16" for r in result.report["reason"])


def test_folder_boilerplate_csv_extends_markers(tmp_path):
    (tmp_path / "a.txt").write_text("Officials met on Friday.\nPhoto: AP\nShare this\n")
    (tmp_path / "boilerplate.csv").write_text("kind,pattern,note\nline,Photo: .*,credits\n")
    assert _by_id(load(tmp_path))["a"].text == "Officials met on Friday."
    assert _by_id(load(tmp_path, boilerplate=False))["a"].text.endswith("Share this")


def test_broken_folder_settings_are_reported_not_raised(tmp_path):
    (tmp_path / "a.txt").write_text("Officials met on Friday.\n")
    (tmp_path / "metadata.csv").write_text("name,title\na.txt,Talks\n")
    (tmp_path / "boilerplate.csv").write_text("kind,pattern\nfooter,x\n")
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["a"]
    reasons = " | ".join(result.report["reason"])
    assert "no 'file' column" in reasons and "unknown marker kind 'footer'" in reasons


# --- manifest -----------------------------------------------------------------------------

def test_manifest_wins_over_front_matter():
    result = load(MANIFEST)
    articles = _by_id(result)
    a = articles["a"]
    assert (a.title, a.source, a.url) == ("Manifest title", "Manifest Source",
                                          "https://example.org/manifest")
    assert a.published == dt.date(2024, 1, 1)  # empty manifest cell keeps the file's date
    assert articles["b"].published == dt.date(2024, 2, 2)  # invalid manifest date is ignored
    assert "'not-a-date'" in _row(result, "b")["reason"]
    assert articles["batch#1"].source == "Batch Wire"  # file-level entry covers every row
    assert (articles["batch#2"].title, articles["batch#2"].published) == (
        "Row two from manifest", dt.date(2024, 3, 2))
    unused = result.report[result.report["path"].str.endswith("metadata.csv")]
    assert "names 'missing.txt'" in unused.iloc[0]["reason"]


def test_explicit_manifest(tmp_path):
    other = tmp_path / "other.csv"
    other.write_text(f"file,title\n{(MANIFEST / 'a.txt').as_posix()},From elsewhere\n")
    assert _by_id(load(MANIFEST, manifest=other))["a"].title == "From elsewhere"
    with pytest.raises(FileNotFoundError, match="manifest .*missing.csv not found"):
        load(MANIFEST, manifest=tmp_path / "missing.csv")


# --- ids and limit ----------------------------------------------------------------------

def test_ids_are_stable(tmp_path, monkeypatch):
    first = [a.id for a in load(FORMATS).articles]
    monkeypatch.chdir(tmp_path)
    assert [a.id for a in load(FORMATS.resolve()).articles] == first
    assert [a.id for a in load(FORMATS / "nested" / "deep.txt").articles] == ["deep"]
    files = [FORMATS / "plain.txt", FORMATS / "nested" / "deep.txt"]
    assert [a.id for a in load(files).articles] == ["plain", "nested/deep"]


def test_clashing_ids_get_the_suffix(tmp_path):
    (tmp_path / "a.md").write_text("Officials met on Friday.\n")
    (tmp_path / "a.txt").write_text("Officials met again on Saturday.\n")
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["a", "a.txt"]
    repaired = result.report[result.report["status"] == "repaired"]
    assert list(repaired["article_id"]) == ["a.txt"]
    assert "id 'a' is already used" in repaired.iloc[0]["reason"]


def test_limit_streams(bad_dir):
    assert [a.id for a in load(bad_dir, limit=2).articles] == ["bad_date", "bom"]
    assert load(bad_dir, limit=0).articles == []
    stream = iter_articles(bad_dir, limit=1)
    assert next(stream).id == "bad_date"
    assert list(stream) == []
    assert list(stream.report["article_id"]) == ["bad_date"]  # later files never read


# --- the seed article ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed():
    result = load(ARTICLES)
    assert result.report.empty, result.report
    (article,) = result.articles
    return article


def test_seed_metadata_comes_from_the_manifest(seed):
    assert seed.id == SEED_ID
    assert seed.title == ("Officials from the U.S. and Mexico will meet in Washington on Friday "
                          "to discuss ways to deter illegal migration")
    assert seed.title in seed.text
    assert seed.published == dt.date(2024, 1, 18)
    assert seed.source == "NBC News (reposted by internewscast.com)"
    assert seed.url == ""
    assert seed.language == "en"


def test_seed_has_no_boilerplate(seed):
    for gone in ("Share this", "You May Also Like", "Boston", "Louvre", "Charlie Kirk",
                 "Kristi Noem"):
        assert gone not in seed.text, gone
    assert seed.text.endswith("Mexico holds a significant amount of leverage.")


def test_seed_spaces_are_normalised(seed):
    assert "\u00a0" not in seed.text
    assert "Alicia Bárcena, are an extension" in seed.text
    assert all(line == line.rstrip() for line in seed.text.split("\n"))


def test_seed_file_stays_as_received():
    raw = (ARTICLES / f"{SEED_ID}.txt").read_bytes()
    assert b"\xc2\xa0" in raw and b"You May Also Like" in raw


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-01-18", dt.date(2024, 1, 18)), ("2024-01-18T23:30:00-05:00", dt.date(2024, 1, 18)),
    ("2024-01-18T09:30:00Z", dt.date(2024, 1, 18)), ("January 18, 2024", dt.date(2024, 1, 18)),
    ("18 January 2024", dt.date(2024, 1, 18)), (dt.date(2024, 1, 18), dt.date(2024, 1, 18)),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2024-13-45", "yesterday", "18/01/2024", "20240118", "2024-01-18T25:99:00"])
def test_parse_date_rejects(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_result_repr_is_short(bad):
    assert repr(bad) == "LoadResult(12 articles (en 11, fr 1); report: 4 loaded, 2 repaired, 7 skipped)"


def test_a_readme_beside_the_articles_is_not_read_as_an_article(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nMexico and the United States met on Friday.\n")
    (tmp_path / "README.md").write_text("# Notes\n\nThese reports were written for a demo.\n")
    (tmp_path / "readme_talks.txt").write_text("Readme Talks\n\nAn article whose name starts so.\n")
    result = load(tmp_path)
    assert sorted(a.id for a in result.articles) == ["a", "readme_talks"]
    assert not result.report["path"].str.endswith("README.md").any()


def test_folders_in_a_list_each_keep_their_metadata_and_ids_stay_unique(tmp_path):
    for name, outlet in (("wire", "Wire"), ("paper", "Paper")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "talks.txt").write_text(f"Talks\n\nThe {outlet} says the delegations met on Friday.\n")
        (folder / "same.txt").write_text("Same\n\nOne text sent to both folders.\n")
        (folder / "metadata.csv").write_text(f"file,source,published\ntalks.txt,{outlet},2024-01-1{len(name)}\n")
    result = load([tmp_path / "wire", tmp_path / "paper"])
    talks = {a.source: a for a in result.articles if a.text.startswith("Talks")}
    assert sorted(talks) == ["Paper", "Wire"]
    assert len({a.id for a in result.articles}) == len(result.articles) == 3
    assert [str(talks["Wire"].published), str(talks["Paper"].published)] == ["2024-01-14", "2024-01-15"]
    duplicate = result.report[result.report["status"] == "skipped"]
    assert duplicate["reason"].str.startswith("duplicate of").tolist() == [True]


def test_a_manifest_argument_with_several_folders_is_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with pytest.raises(ValueError, match="each folder reads its own metadata.csv"):
        load([tmp_path / "a", tmp_path / "b"], manifest=tmp_path / "m.csv")


EN_TEXT = ("Officials from the United States and Mexico met on Friday in Washington to talk about "
           "the border, and they said that the talks would go on in the new year.")
ES_TEXT = ("Los funcionarios de México y de los Estados Unidos se reunieron el viernes en "
           "Washington para hablar de la frontera, y dijeron que las conversaciones seguirán.")


def _language_corpus(tmp_path, files: dict[str, str], manifest: str = "",
                     languages: tuple[str, ...] = ("en",)) -> dict:
    """Each article's language and the report's notes on it (dates left aside), English
    expected unless ``languages`` says otherwise."""
    for name, body in files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    if manifest:
        (tmp_path / "metadata.csv").write_text(manifest, encoding="utf-8")
    result = load(tmp_path, languages=languages)
    notes = result.report[~result.report["reason"].str.startswith("no publication date")]
    return {a.id: (a.language, *notes[notes["article_id"] == a.id]["reason"])
            for a in result.articles}


NOT_EN = "not one of en; loaded anyway (kit.load(..., skip_other_languages=True) skips it)"


def test_the_language_is_guessed_and_the_metadata_overrides_it(tmp_path):
    found = _language_corpus(tmp_path, {
        "guessed.txt": ES_TEXT, "short.txt": "Talks.", "tagged.md": f"---\nlanguage: es-MX\n---\n{ES_TEXT} Uno.",
        "named.md": f"---\nlanguage: Spanish\n---\n{ES_TEXT} Dos.",
        "manifest.md": f"---\nlanguage: en\n---\n{ES_TEXT} Tres.",  # metadata.csv wins
    }, manifest="file,language\nmanifest.md,es\n")
    given = ("es", f"language is Spanish ('es'), {NOT_EN}")
    assert found == {"guessed": ("es", f"language looks like Spanish ('es'), {NOT_EN}"),
                     "short": ("",), "tagged": given, "named": given, "manifest": given}


def test_by_default_the_languages_kit_reads_are_expected_and_only_others_reported(tmp_path):
    fr = ("Le président du Mexique a dit jeudi que les conversations avec les États-Unis sur la "
          "migration ont été productives et que les deux pays vont travailler ensemble.")
    found = _language_corpus(tmp_path, {"es.txt": ES_TEXT, "en.txt": EN_TEXT, "fr.txt": fr},
                             languages=READ_LANGUAGES)
    assert found["es"] == ("es",) and found["en"] == ("en",)
    assert found["fr"] == ("fr", "language looks like French ('fr'), not one of en, es, the languages "
                                 "kit has a pipeline for; loaded anyway (kit.load(..., "
                                 "skip_other_languages=True) skips it)")


def test_a_given_language_the_text_does_not_look_like_is_kept_and_reported(tmp_path):
    found = _language_corpus(tmp_path, {"a.md": f"---\nlanguage: es\n---\n{EN_TEXT}"})
    assert found["a"] == ("es", "language given as Spanish ('es'), but the text looks like English "
                                "('en'); kit reads it as 'es' (correct the language field if it is "
                                "wrong)", f"language is Spanish ('es'), {NOT_EN}")


def test_a_language_kit_cannot_read_keeps_the_guess_and_says_what_to_write(tmp_path):
    found = _language_corpus(tmp_path, {"a.md": f"---\nlanguage: Klingon\n---\n{EN_TEXT}"})
    assert found["a"] == ("en", "language 'Klingon' is not a language kit knows; write one of "
                                "en, es, fr, de, pt, it (e.g. language: es); kit uses its guess 'en'")


def test_skip_other_languages_reads_the_given_language(tmp_path):
    (tmp_path / "a.md").write_text(f"---\nlanguage: es\n---\n{EN_TEXT}", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\nlanguage: en\n---\n{ES_TEXT}", encoding="utf-8")
    result = load(tmp_path, languages=("en",), skip_other_languages=True)
    assert [a.id for a in result.articles] == ["b"]
    skipped = result.report[result.report["status"] == "skipped"]
    assert skipped["reason"].tolist() == ["language is Spanish ('es'), not one of en "
                                          "(skip_other_languages=True)"]


def test_the_demo_readme_says_what_loading_its_folder_gives():
    """data/demo/README.md's "Loading" section tells a reader what kit.load gives: the 14
    reports with an empty report, its README not among them."""
    import re

    folder = Path(__file__).resolve().parents[2] / "data" / "demo"
    result = load(folder)
    assert len(result.articles) == 14 and result.report.empty
    assert not any(a.id.lower().startswith("readme") for a in result.articles)
    text = (folder / "README.md").read_text(encoding="utf-8")
    section = " ".join(text.split("## Loading", 1)[1].split("\n## ", 1)[0].split())
    told = section.split('`kit.load("data/demo")`', 1)[1]
    assert re.match(r" loads the same 14 reports with an empty report", told), told
    assert "also this README" not in section and "reads `.md` files as articles" not in section


def test_front_matter_with_a_colon_in_a_plain_value_is_read_line_by_line(tmp_path):
    (tmp_path / "colon.md").write_text("---\ntitle: Talks resume: a deal in sight\n"
                                       "published: 2021-03-05\nsource: The Daily Example\n"
                                       "---\nOfficials met on Friday.\n")
    result = load(tmp_path)
    article = _by_id(result)["colon"]
    assert (article.title, article.source) == ("Talks resume: a deal in sight", "The Daily Example")
    assert str(article.published)[:10] == "2021-03-05"
    assert any("read as plain 'key: value' lines" in r for r in result.report["reason"])


def test_skipped_names_the_first_files_and_why_and_counts_the_rest(tmp_path):
    for name in ("a_truce_memo.docx", "b_mediator_brief.pdf", "c_delegates.odt", "d_annex.rtf"):
        (tmp_path / name).write_bytes(b"not an article")
    told = load(tmp_path).skipped()
    assert told.startswith("a_truce_memo.docx: unsupported file type '.docx'")
    assert "b_mediator_brief.pdf: unsupported file type '.pdf'" in told
    assert "d_annex.rtf" not in told and told.endswith("; and 1 more")
    assert load(tmp_path).skipped(shown=0) == "and 4 more"


def test_told_names_every_skipped_file_sorted_and_counts_files(tmp_path):
    """What the command line prints: loaded against skipped files, then each skipped file
    (or line of a file that gave articles) with its reason, one line each, by path."""
    (tmp_path / "b_talks.txt").write_text("Osk met Mara Ventel in Tarn on Monday.\n", encoding="utf-8")
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02 talks")
    (tmp_path / "d_notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "e_lines.jsonl").write_text('{"text": "Osk spoke in Tarn."}\n{broken\n',
                                            encoding="utf-8")
    told = load(tmp_path).told("kit actors")
    assert told[0].startswith("kit actors: 2 articles loaded from 2 files; 3 files skipped, "
                              "and 1 line or row in files that gave articles")
    assert told[0].endswith(":")
    listed = [line.split(": ", 1)[0].strip() for line in told[1:]]
    assert listed == sorted(listed) == [str(tmp_path / name) for name in
                                        ("a_empty.txt", "c_binary.txt", "d_notes.docx", "e_lines.jsonl")]
    assert "empty file" in told[1] and "binary" in told[2] and "'.docx'" in told[3]
    assert "line 2 is not valid JSON" in told[4]


def test_told_is_one_count_line_when_nothing_is_skipped_and_silent_on_no_files(tmp_path):
    (tmp_path / "talks.md").write_text("---\npublished: 2024-03-01\n---\nOsk met Mara Ventel in Tarn.\n",
                                       encoding="utf-8")
    assert load(tmp_path).told("kit report") == [
        "kit report: 1 article loaded from 1 file; 0 files skipped"]
    (tmp_path / "talks.md").unlink()
    assert load(tmp_path).told("kit report") == []


def test_told_says_where_the_notes_on_loaded_files_are_listed(tmp_path):
    (tmp_path / "undated.md").write_text("Osk met Mara Ventel in Tarn.\n", encoding="utf-8")
    assert load(tmp_path).told("kit report", "the site's index page") == [
        "kit report: 1 article loaded from 1 file; 0 files skipped "
        "(1 loaded file with a note or a repair: the site's index page)"]
    assert load(tmp_path).told("kit actors")[0].endswith(": kit.load(path).report)")


def test_a_short_story_full_of_the_other_language_s_names_is_guessed_right_and_metadata_still_wins(tmp_path):
    from tests.ingest.test_boilerplate import ENGLISH_WITH_SPANISH_NAMES, SPANISH_WITH_ENGLISH_NAMES

    found = _language_corpus(tmp_path, {
        "en.txt": ENGLISH_WITH_SPANISH_NAMES, "es.txt": SPANISH_WITH_ENGLISH_NAMES,
        "given.md": f"---\nlanguage: es\n---\n{ENGLISH_WITH_SPANISH_NAMES} Uno.",
    }, languages=READ_LANGUAGES)
    assert found["en"] == ("en",) and found["es"] == ("es",)
    assert found["given"][0] == "es"
