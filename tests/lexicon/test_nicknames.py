"""kit.lexicon.nicknames: the table of a given name's short forms, read by the one loader. No model."""

from __future__ import annotations

from kit.lexicon.files import clear_lexicon_cache
from kit.lexicon.nicknames import nicknames


def test_nicknames_and_names_are_read_as_name_keys(kit_data):
    with (kit_data / "nicknames.csv").open("a", encoding="utf-8") as handle:
        handle.write("Zorvík,Zorvelano,en\n")  # an invented nickname and given name
    clear_lexicon_cache()
    assert ("zorvik", "zorvelano") in nicknames()


def test_your_own_file_in_that_shape_is_read_instead(tmp_path):
    own = tmp_path / "mine.csv"
    own.write_text("nickname,name\nBrindo,Brindolfo\n", encoding="utf-8")
    assert nicknames(own) == frozenset({("brindo", "brindolfo")})
