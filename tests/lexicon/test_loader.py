"""The one door to the lexicons: checks that name file, line and column, languages, the cache,
and the patterns and word lists built on it. No model: spaCy only as ``spacy.blank``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kit.extract import titles
from kit.lexicon import files
from kit.lexicon.cues import cue_before
from kit.lexicon.files import (
    DATA_DIR,
    NOT_IN_ENGLISH,
    SCHEMAS,
    WORD_LISTS,
    LexiconError,
    clear_lexicon_cache,
    read_records,
    read_table,
)
from kit.lexicon.patterns import entity_patterns, title_patterns
from kit.lexicon.wordlists import (
    SAME_ACT_LISTS,
    names_a_school,
    numbers,
    plurals,
    same_act_lists,
    seasons,
    words,
    words_in_any,
)

KIT_FILES = sorted(s.file for s in SCHEMAS.values() if s.file)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- one check per kind of mistake: file, line, column, and the fix ------------------------
def test_missing_column_names_file_header_line_and_column(tmp_path):
    bad = write(tmp_path / "nick.csv", "nickname,full\nLiz,Elizabeth\n")
    with pytest.raises(LexiconError) as err:
        read_table("nicknames", bad)
    message = str(err.value)
    assert f"{bad}: lexicon needs columns nickname,name; missing name in line 1" in message
    assert "Make the first line 'nickname,name'" in message


def test_empty_required_value_names_file_line_and_column(tmp_path):
    bad = write(tmp_path / "nick.csv", "nickname,name\nLiz,Elizabeth\nBob,\n")
    with pytest.raises(LexiconError) as err:
        read_table("nicknames", bad)
    assert str(err.value).startswith(f"{bad}, line 3 (data row 2), column 'name': empty name")
    assert "fill it in or delete the row" in str(err.value)


def test_unknown_enum_value_names_file_line_column_and_the_options(tmp_path):
    bad = write(tmp_path / "dem.csv", "term,country,kind\nMexican,Mexico,demonym\n"
                                      "Zócalo,Mexico,square\n")
    with pytest.raises(LexiconError) as err:
        read_table("demonyms", bad)
    assert str(err.value) == (f"{bad}, line 3 (data row 2), column 'kind': unknown kind 'square'; "
                              "use one of country, demonym, capital, city_state, institution")


def test_bad_language_code_names_file_line_and_column(tmp_path):
    bad = write(tmp_path / "nick.csv", "nickname,name,lang\nLiz,Elizabeth,English\n")
    with pytest.raises(LexiconError, match=r"nick.csv, line 2 \(data row 1\), column 'lang': "
                                           r"'English' is not an ISO 639-1 language code"):
        read_table("nicknames", bad)


def test_row_with_more_cells_than_columns_says_to_quote(tmp_path):
    bad = write(tmp_path / "b.csv", "kind,pattern\nline,share|tweet,x\n")
    with pytest.raises(LexiconError, match=r"b.csv, line 2 \(data row 1\): 3 cells for 2 "
                                           r"columns .*double quotes"):
        read_table("boilerplate", bad)


def test_jsonl_errors_name_file_line_and_column(tmp_path):
    broken = write(tmp_path / "p.jsonl", '{"label": "ORG", "pattern": "x"}\n{"label": "ORG",\n')
    with pytest.raises(LexiconError, match=r"p.jsonl, line 2, character 17: not JSON"):
        read_records("entity_patterns", broken)
    empty = write(tmp_path / "q.jsonl", '{"label": "ORG", "pattern": "x"}\n{"label": "ORG"}\n')
    with pytest.raises(LexiconError, match=r"q.jsonl, line 2, column 'pattern': empty pattern"):
        read_records("entity_patterns", empty)
    listed = write(tmp_path / "r.jsonl", '["ORG", "x"]\n')
    with pytest.raises(LexiconError, match=r"r.jsonl, line 1: a JSON list, not an object"):
        read_records("entity_patterns", listed)


def test_lexicon_errors_are_value_errors_and_unknown_names_are_refused():
    assert issubclass(LexiconError, ValueError)
    with pytest.raises(LexiconError, match="no lexicon named 'titels'; kit knows titles"):
        read_table("titels")
    with pytest.raises(LexiconError, match="kit has no 'aliases' file of its own"):
        read_table("aliases")
    with pytest.raises(FileNotFoundError, match="expected a nicknames lexicon"):
        read_table("nicknames", "/nonexistent/nicknames.csv")


def test_kit_files_must_carry_lang_on_every_row(kit_data):
    (kit_data / "nicknames.csv").write_text("nickname,name,lang\nLiz,Elizabeth,\n",
                                            encoding="utf-8")
    with pytest.raises(LexiconError, match=r"nicknames.csv, line 2 \(data row 1\), "
                                           r"column 'lang': empty lang"):
        read_table("nicknames")
    (kit_data / "nicknames.csv").write_text("nickname,name\nLiz,Elizabeth\n", encoding="utf-8")
    clear_lexicon_cache()
    with pytest.raises(LexiconError, match="needs columns nickname,name,lang; missing lang"):
        read_table("nicknames")


# -- languages, comments, values ------------------------------------------------------------
def test_user_files_may_omit_lang_and_rows_are_filtered_by_language(tmp_path):
    own = write(tmp_path / "n.csv", "nickname,name,lang\n Liz , Elizabeth ,\nPaco,Francisco,es\n"
                                    "# a comment,,\n,,\nBob,Robert,en\n")
    assert [(r["nickname"], r["name"], r["lang"]) for r in read_table("nicknames", own)] == [
        ("Liz", "Elizabeth", "en"), ("Bob", "Robert", "en")]
    assert [r["nickname"] for r in read_table("nicknames", own, lang="es")] == ["Paco"]
    assert len(read_table("nicknames", own, lang=None)) == 3
    plain = write(tmp_path / "plain.csv", "nickname,name\nLiz,Elizabeth\n")
    assert read_table("nicknames", plain)[0]["lang"] == "en"


def test_rows_know_where_they_stand(tmp_path):
    own = write(tmp_path / "n.csv", "nickname,name\n# comment,\nLiz,Elizabeth\n")
    row = read_table("nicknames", own)[0]
    assert (row.line, row.number) == (3, 2)
    assert row.where("name") == f"{own}, line 3 (data row 2), column 'name'"


def test_enum_values_are_checked_case_insensitively_and_returned_lower_case(tmp_path):
    own = write(tmp_path / "b.csv", "kind,pattern\nLINE,x\n")
    assert read_table("boilerplate", own)[0]["kind"] == "line"


# -- one clearable cache, immutable values --------------------------------------------------
def test_kit_files_are_cached_until_the_cache_is_cleared(kit_data):
    assert read_table("words") is read_table("words")
    assert "say" in words("reporting_verbs")
    with (kit_data / "words.csv").open("a", encoding="utf-8") as handle:
        handle.write("reporting_verbs,opine,en\n")
    assert "opine" not in words("reporting_verbs")  # cached: the edit is not seen yet
    clear_lexicon_cache()
    assert "opine" in words("reporting_verbs")  # derived values are rebuilt too


def test_values_other_stages_build_from_lexicons_are_cleared_too(kit_data):
    """The language guesser's stopwords and what merging reports reads (event nouns,
    infinitive endings, irregular verb forms) are forgotten with the lexicons."""
    from kit.ingest.boilerplate import guess_language
    from kit.timeline.evidence import related, same_topic, says

    text = " ".join(["blorf"] * 30)
    before = (guess_language(text), same_topic("the blorf was held", "a blorf began"),
              related("blorxy", "blora"), says("zing", "they flung it"))
    assert before == ("und", False, False, False)
    with (kit_data / "words.csv").open("a", encoding="utf-8") as handle:
        handle.write("stopwords,blorf,en\nevent_nouns,blorf,en\ninfinitive_endings,xy,es\n")
    with (kit_data / "verb_forms.csv").open("a", encoding="utf-8") as handle:
        handle.write("flung,zing,en,kit\n")
    assert (guess_language(text), same_topic("the blorf was held", "a blorf began"),
            related("blorxy", "blora"), says("zing", "they flung it")) == before  # cached
    clear_lexicon_cache()
    assert guess_language(text) == "en"
    assert same_topic("the blorf was held", "a blorf began")
    assert related("blorxy", "blora") and says("zing", "they flung it")


def test_user_files_are_read_again_when_they_change(tmp_path):
    own = write(tmp_path / "n.csv", "nickname,name\nLiz,Elizabeth\n")
    first = read_table("nicknames", own)
    assert read_table("nicknames", own) is first
    write(own, "nickname,name\nLiz,Elizabeth\nBob,Robert\n")
    assert [r["nickname"] for r in read_table("nicknames", own)] == ["Liz", "Bob"]


def test_loaders_return_immutable_values():
    row = read_table("titles")[0]
    with pytest.raises(TypeError):
        row["title"] = "changed"  # type: ignore[index]
    record = next(r for r in read_records("entity_patterns") if not isinstance(r["pattern"], str))
    with pytest.raises(TypeError):
        record["pattern"][0]["OP"] = "*"
    assert isinstance(words("pronouns"), frozenset)
    with pytest.raises(TypeError):
        seasons()["monsoon"] = 6  # type: ignore[index]
    def administration(patterns):
        return next(p for p in patterns if p["id"] == "administration")

    administration(entity_patterns())["pattern"][0]["OP"] = "*"  # a fresh copy: the caller's
    assert administration(entity_patterns())["pattern"][0]["OP"] == "+"


# -- every kit lexicon row has a language ---------------------------------------------------
MULTILINGUAL = ("bodies.csv", "body_heads.csv", "calendar_words.csv", "countries.csv", "demonyms.csv", "event_classes.csv", "holidays.csv", "number_words.csv", "titles.csv", "verb_nouns.csv", "words.csv")  # Spanish rows (lang=es) beside the English
TO_ENGLISH = ("glossary.csv",)  # words of other languages with their English: no English row
NO_ENGLISH = ("verbs.csv",)  # the Spanish model's verbs, read against Spanish forms only
@pytest.mark.parametrize("name", KIT_FILES)
def test_every_kit_lexicon_row_has_lang(name):
    path = DATA_DIR / name
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if not next(iter(r.values()), "").startswith("#")]
    assert rows
    langs = {row.get("lang") for row in rows}
    assert ("en" in langs) != (name in TO_ENGLISH + NO_ENGLISH), name
    # every row names an ISO 639-1 language; only the function words of guess_language
    # (``stopwords``), country names, titles, the words events and groups are read by and
    # dates in words come in more languages than English so far
    assert all(isinstance(lang, str) and len(lang) == 2 and lang.islower() for lang in langs), name
    assert all(row.get("lang") == "en" or row.get("list") == "stopwords"
               or name in MULTILINGUAL + TO_ENGLISH + NO_ENGLISH for row in rows), name


BUILD_DIR = Path(files.__file__).parent / "build"


@pytest.mark.parametrize("name", sorted(p.name for p in BUILD_DIR.glob("*_overrides.csv")))
def test_every_reviewed_decision_of_the_builds_has_lang(name):
    """The generators' overrides are read as your files are (an empty lang is English):
    kit's own rows still say their language."""
    with (BUILD_DIR / name).open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if not next(iter(r.values()), "").startswith("#")]
    assert rows and all(len(row.get("lang") or "") == 2 and row["lang"].islower() for row in rows), name


def test_every_data_file_is_a_known_lexicon():
    on_disk = sorted(p.name for p in DATA_DIR.iterdir() if p.is_file())
    assert on_disk == KIT_FILES


# -- patterns generated from titles.csv, not kept twice -------------------------------------
def _titles(ruler_only: bool) -> set[str]:
    return {r["title"].lower() for r in read_table("titles")
            if r["kind"] == "title" and (r["ruler"] == "yes" or not ruler_only)}


def test_no_title_pattern_in_the_jsonl_repeats_titles_csv():
    kept = [json.loads(line) for line in
            (DATA_DIR / "entity_patterns.jsonl").read_text(encoding="utf-8").splitlines()]
    titles = _titles(ruler_only=False)
    repeated = [p["pattern"] for p in kept
                if isinstance(p["pattern"], str) and p["pattern"].lower() in titles]
    assert kept and not repeated
    assert not [p for p in kept if p["label"] == "TITLE"]


def test_generated_patterns_cover_every_ruler_title_once():
    generated = [p for p in entity_patterns() if p["label"] == "TITLE"]
    assert generated == title_patterns()
    assert sorted(p["pattern"].lower() for p in generated) == sorted(_titles(ruler_only=True))
    assert {p["id"] for p in generated} == {"title"}
    assert len(generated) >= 30
    hand_kept = [p for p in entity_patterns() if p["label"] != "TITLE" and p["id"] != "compound_demonym"]
    assert [p["id"] for p in hand_kept] == [*["chained_date"] * 3, "deictic_date", "administration", "amlo",
                                            "day_month", "day_month"]
    assert all("lang" not in p for p in entity_patterns())


def test_a_demonym_of_two_words_is_a_pattern_and_names_its_community_s_party(kit_data):
    with (kit_data / "demonyms.csv").open("a", encoding="utf-8") as handle:
        handle.write("Upper Varnian,Varnian Highlands,demonym,en,kit\n")
    clear_lexicon_cache()
    compound = [p for p in entity_patterns() if p["id"] == "compound_demonym"]
    assert {"label": "NORP", "id": "compound_demonym", "pattern": "Upper Varnian"} in compound
    assert {"Bosnian Serb", "Turkish Cypriot", "Kosovo Albanian"} <= {p["pattern"] for p in compound}
    assert all(len(p["pattern"].split()) > 1 for p in compound)  # "Bosnian" alone is the model's
    lex = titles.lexicon()
    assert (lex.side_of("Bosnian Serbs"), lex.side_of("Turkish Cypriot")) == ("Republika Srpska", "Northern Cyprus")
    assert (lex.side_of("Greek Cypriot"), lex.side_of("Bosnian")) == ("Cyprus", "Bosnia and Herzegovina")


def test_a_title_marked_for_the_ruler_becomes_a_pattern(kit_data):
    with (kit_data / "titles.csv").open("a", encoding="utf-8") as handle:
        handle.write("River Warden,title,,yes,en\nDam Keeper,title,,,en\n")
    clear_lexicon_cache()
    patterns = [p["pattern"] for p in title_patterns()]
    assert "River Warden" in patterns and "Dam Keeper" not in patterns


def test_ruler_marks_titles_whatever_their_case():
    spacy = pytest.importorskip("spacy")
    from kit.nlp.pipeline import add_entity_fixes

    nlp = spacy.blank("en")
    add_entity_fixes(nlp)
    doc = nlp("White House Press Secretary Karine Jean-Pierre met the secretary of state.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("White House Press Secretary", "TITLE"), ("secretary of state", "TITLE")]


def test_model_fingerprint_hashes_the_generated_patterns(kit_data):
    spacy = pytest.importorskip("spacy")
    from kit.nlp.pipeline import model_fingerprint

    nlp = spacy.blank("en")
    before = model_fingerprint(nlp)
    jsonl = (kit_data / "entity_patterns.jsonl").read_bytes()
    with (kit_data / "titles.csv").open("a", encoding="utf-8") as handle:
        handle.write("River Warden,title,,yes,en\n")
    clear_lexicon_cache()
    assert (kit_data / "entity_patterns.jsonl").read_bytes() == jsonl
    assert model_fingerprint(nlp) != before


# -- word lists -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", WORD_LISTS)
def test_each_word_list_loads_non_empty(name):
    terms = words(name, lang="es") if name in NOT_IN_ENGLISH else words(name)
    assert terms and all(t == t.strip().lower() and t for t in terms)
    if name in NOT_IN_ENGLISH:  # "del", "al": words English has none of
        with pytest.raises(LexiconError, match=f"word list '{name}' has no row in language 'en'"):
            words(name)


def test_unknown_or_empty_word_lists_are_refused(kit_data):
    with pytest.raises(LexiconError, match="no word list 'verbs'; kit's lists are reporting_verbs"):
        words("verbs")
    with pytest.raises(LexiconError, match="word list 'pronouns' has no row in language 'es'"):
        words("pronouns", lang="es")
    with (kit_data / "words.csv").open("a", encoding="utf-8") as handle:
        handle.write("reporting_verb,opine,en\n")
    clear_lexicon_cache()
    with pytest.raises(LexiconError, match=r"words.csv, line \d+ \(data row \d+\), column 'list': "
                                           r"unknown list 'reporting_verb'"):
        words("pronouns")


def test_number_words_stand_for_whole_numbers(kit_data):
    assert numbers("source_counts")["a couple"] == 2 and numbers("source_counts", "xx") == {}
    assert numbers("duration_numbers")["a"] == 1 and numbers("ordinals")["last"] == -1
    with pytest.raises(LexiconError, match="no number list 'counts'; kit's lists are source_counts"):
        numbers("counts")
    path = kit_data / "number_words.csv"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "source_counts,a dozen,twelve,en\n", encoding="utf-8")
    clear_lexicon_cache()
    with pytest.raises(LexiconError, match=r"number_words.csv, line \d+ \(data row \d+\), column "
                                           r"'value': 'twelve' is no whole number; write the number"):
        numbers("source_counts")
    path.write_text(original + "source_counts,a dozen,1²,en\n", encoding="utf-8")  # a digit to isdigit
    clear_lexicon_cache()
    with pytest.raises(LexiconError, match=r"'1²' is no whole number"):
        numbers("source_counts")
    path.write_text(original + "source_counts,a dozen,12,en\n", encoding="utf-8")  # as advised
    clear_lexicon_cache()
    assert numbers("source_counts")["a dozen"] == 12


def test_time_numbers_and_plurals_are_read_from_the_lexicons(kit_data):
    from kit.extract.sources import unnamed_name
    from kit.timeline.rules import rules

    assert unnamed_name("spokesperson", "") == "unnamed spokespeople" and plurals("xx") == {}
    slice_rule = next(rx for name, rx, _, _ in rules() if name == "slice")
    assert slice_rule.fullmatch("the last week of june") and not slice_rule.fullmatch("the fifth week of june")
    with (kit_data / "number_words.csv").open("a", encoding="utf-8") as handle:
        handle.write("ordinals,fifth,5,en\n")
    with (kit_data / "plurals.csv").open("a", encoding="utf-8") as handle:
        handle.write("ally,allies,en\n")
    clear_lexicon_cache()
    assert next(rx for name, rx, _, _ in rules() if name == "slice").fullmatch("the fifth week of june")
    assert unnamed_name("ally", "") == "unnamed allies"


def test_seasons_and_cue_words():
    assert dict(seasons()) == {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
    assert cue_before("heading into November's election", "November's") == "heading into"
    assert cue_before("talks since Monday", "Monday") == "since"
    assert cue_before("talks on Monday", "Monday") is None
    assert {"ahead", "of", "since"} <= words("cue_words")


def test_a_day_before_its_month_is_a_date_with_its_year_written_or_told():
    import spacy

    from kit.nlp.pipeline import add_entity_fixes

    nlp = spacy.blank("en")
    add_entity_fixes(nlp)
    text = "Signed on 22 February last year, in force from 1 March 2002, reviewed on 3 May, due next year."
    assert [(e.text, e.label_) for e in nlp(text).ents if e.label_ == "DATE"] == [
        ("22 February last year", "DATE"), ("1 March 2002", "DATE"), ("3 May", "DATE")]


def test_the_lists_of_one_act_in_other_words_are_one_table_of_known_lists():
    """One table says which lists of words.csv name one act in other words and when the
    timeline reads them so; each is a list with English and Spanish rows."""
    assert set(SAME_ACT_LISTS.values()) == {"any", "coarser", "coarser past"}
    assert {"signing_verbs", "ban_verbs"} <= set(same_act_lists("any"))
    assert same_act_lists("coarser") == ("onset_verbs", "concluding_verbs", "meeting_verbs")
    assert same_act_lists("coarser past") == ("approval_verbs",)
    for name in SAME_ACT_LISTS:
        assert name in files.WORD_LISTS and words(name) and words(name, "es") <= words_in_any(name)


@pytest.mark.parametrize("name, school", [
    ("Tarnow University", True), ("University of Velden", True), ("the Halden research institute", True),
    ("Institute for Border Studies", True),
    ("Velden Peace Initiative", False), ("University Coordinator for Dialogue", False),  # a group of students
])
def test_a_name_whose_head_noun_is_a_school_s_names_a_school(name, school):
    assert names_a_school(name) is school
