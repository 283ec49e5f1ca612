"""kit.ingest.boilerplate: markers as data, boilerplate stripping, text clean-up, language guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.ingest.boilerplate import (
    clean_text,
    default_markers_path,
    describe_language,
    guess_language,
    load_markers,
    strip_boilerplate,
    unify_newlines,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_630f14e8707647da.txt"
BODY = "Officials met in Washington on Friday.\n\nThey spoke for two hours."


def test_seed_loses_share_lines_and_related_block():
    text = strip_boilerplate(SEED.read_text(encoding="utf-8"))
    for gone in ("Share this", "internewscast", "You May Also Like", "Boston", "MAD DADS",
                 "New Mexico", "Colts", "Michigan", "Charlie Kirk", "ICE in Chicago", "DOJ",
                 "Kristi Noem", "Ford", "asylum seeker", "Louvre"):
        assert gone not in text, gone
    assert text.startswith("Officials from the U.S. and Mexico will meet in Washington")
    assert text.endswith("Mexico holds a significant amount of leverage.")


@pytest.mark.parametrize("line", [
    "Share this @internewscast.com", "Share on Facebook", "SHARE ON X", "Share this article",
    "Facebook", "Email", "Copy link", "Advertisement", "ADVERTISEMENT",
    "Story continues below advertisement", "Read more: Biden meets López Obrador",
    "Related: Border crossings fall in January", "RELATED: Talks to resume",
    "Sign up for our newsletter", "Subscribe to our daily newsletter for more",
    "© 2024 Example News", "Copyright 2024 Example News Inc.", "All rights reserved.",
])
def test_line_markers_drop_the_line_only(line):
    text = f"Officials met in Washington on Friday.\n{line}\nThey spoke for two hours."
    assert strip_boilerplate(text) == "Officials met in Washington on Friday.\nThey spoke for two hours."


@pytest.mark.parametrize("heading", [
    "You May Also Like", "Recommended", "Recommended for you", "More stories",
    "Related stories", "Most read", "Trending now", "Comments", "12 comments", "Leave a reply",
])
def test_tail_markers_drop_everything_after(heading):
    text = f"{BODY}\n\n{heading}\nCrane collapse north of Boston\n\nLouvre heist"
    assert strip_boilerplate(text) == BODY


@pytest.mark.parametrize("sentence", [
    "Share prices fell on Monday after the announcement.",
    "He shared this view with reporters on Thursday.",
    "Related talks will resume in March, officials said.",
    "The advertisement campaign cost $2 million.",
    "Mexico holds a significant amount of leverage.",
])
def test_real_sentences_survive(sentence):
    assert strip_boilerplate(f"{sentence}\n{BODY}") == f"{sentence}\n{BODY}"


def test_tail_marker_before_any_text_drops_only_itself():
    assert strip_boilerplate(f"Recommended\n{BODY}") == BODY


def test_long_lines_are_never_boilerplate():
    line = "Share this " + "word " * 100
    assert strip_boilerplate(f"{line}\n{BODY}").startswith("Share this")


def test_blank_line_runs_collapse_after_stripping():
    text = "Share this\n\nFirst.\n\nAdvertisement\n\nSecond.\n\n"
    assert strip_boilerplate(text) == "First.\n\nSecond."


def test_no_markers_keeps_text():
    assert strip_boilerplate("Share this\nFirst.", markers=[]) == "Share this\nFirst."


def test_default_markers_are_data():
    markers = load_markers()
    assert {m.kind for m in markers} == {"line", "tail"}
    assert all(m.origin.startswith(str(default_markers_path())) for m in markers)


def test_user_markers_extend_the_defaults(tmp_path):
    own = tmp_path / "boilerplate.csv"
    own.write_text("kind,pattern,note\n# a comment,,\nline,Photo: .*,photo credits\n"
                   "tail,From the archive,archive block\n", encoding="utf-8")
    markers = load_markers(own)
    assert len(markers) == len(load_markers()) + 2
    text = f"Share this\n{BODY}\nPhoto: AP\nFrom the archive\nOld story"
    assert strip_boilerplate(text, markers) == BODY
    only_own = load_markers(own, include_defaults=False)
    assert strip_boilerplate(text, only_own) == f"Share this\n{BODY}"


@pytest.mark.parametrize(("row", "expected"), [
    ("footer,Share this,", ["unknown marker kind 'footer'", "row 1", "line, tail"]),
    ("line,Share (this,", ["not a valid regular expression", "'Share (this'", "row 1"]),
    ("line,,", ["empty pattern"]),
])
def test_bad_marker_rows_name_the_problem(tmp_path, row, expected):
    bad = tmp_path / "boilerplate.csv"
    bad.write_text(f"kind,pattern,note\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        load_markers(bad)
    for part in [str(bad), *expected]:
        assert part in str(err.value)


def test_marker_file_needs_kind_and_pattern_columns(tmp_path):
    bad = tmp_path / "markers.csv"
    bad.write_text("regex,note\nShare this,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing kind, pattern"):
        load_markers(bad)


def test_clean_text_normalises_spaces_and_lines():
    raw = "Alicia\u00a0Ba\u0301rcena,\u00a0 said\u200b\tthat\r\n\r\n\r\n\rMore.  \n"
    assert clean_text(raw) == "Alicia Bárcena, said that\n\nMore."


def test_clean_text_collapses_space_runs_between_words():
    assert clean_text("One  two   three\n  Indented.") == "One two three\n  Indented."


def test_unify_newlines():
    assert unify_newlines("a\r\nb\rc\u2028d") == "a\nb\nc\nd"


def test_guess_language():
    english = SEED.read_text(encoding="utf-8")
    spanish = ("El presidente de México dijo el jueves que las conversaciones con los Estados "
               "Unidos fueron productivas y que los dos países van a trabajar juntos en la región.")
    french = ("Le président a déclaré que les discussions avec les représentants du Mexique "
              "sont utiles et que la prochaine réunion aura lieu dans une semaine à Paris pour "
              "le suivi.")
    assert guess_language(english) == "en"
    assert guess_language(spanish) == "es"
    assert guess_language(french) == "fr"
    assert guess_language("Officials met.") is None
    assert guess_language(" ".join(["xqzt blorf"] * 20)) == "und"


def test_describe_language_rejects_unknown_codes():
    assert describe_language("es") == "Spanish ('es')"
    with pytest.raises(ValueError, match="'zh' is not one kit can detect.*en, es"):
        describe_language("zh")


# invented stories of 60-120 words, whose names are written in the other language
ENGLISH_WITH_SPANISH_NAMES = (
    "TARNBURG — Foreign Minister Marisol de la Vendra met Tomás del Ostral y Brena and Ilse de los "
    "Varados on Thursday in San Telmo de las Brenas. De la Vendra said the talks with the Frente de "
    "Liberación de los Pueblos del Sur would go on next week. Del Ostral, of the Movimiento de la "
    "Paz y la Concordia, said his side wanted a ceasefire first and would meet again at the Casa de "
    "la Moneda de Osk.")
SPANISH_WITH_ENGLISH_NAMES = (
    "TARNBURGO (Agencia Austral) - Jana Roe, Secretary of State of the Northern Union, y Piet Malvo, "
    "of the Liberation Front of the Hills, se reunieron el jueves en Port of the Valley. The Freedom "
    "Party of the North dijo que firmará el acuerdo. Según The Kestrel Times of Osk, la cumbre terminó "
    "sin acuerdo y los dos volverán a reunirse en la Bay of the Kings la próxima semana.")


def test_the_function_words_inside_names_are_not_the_text_s_language():
    assert guess_language(ENGLISH_WITH_SPANISH_NAMES) == "en"
    assert guess_language(SPANISH_WITH_ENGLISH_NAMES) == "es"
    # a conjunction between two names is the text's: a byline of two writers stays English
    assert guess_language("By Ana Ruiz and Tom Lee. " + " ".join(["The talks ended and the envoys left."] * 3)) == "en"
