"""kit.lexicon.transliterations: the table of a given name's Latin spellings, read by the one loader. No model."""

from __future__ import annotations

import pytest

from kit.lexicon.files import clear_lexicon_cache
from kit.lexicon.transliterations import transliterations


def test_spellings_and_names_are_read_as_name_keys_of_every_language(kit_data):
    path = kit_data / "transliterations.csv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Qárimo,Karîmu,es,kit\n")  # an invented spelling, filed under another language
    clear_lexicon_cache()
    assert transliterations()["qarimo"] == "karimu"


def test_the_cached_table_cannot_be_changed_by_a_reader():
    with pytest.raises(TypeError):
        transliterations()["zorvel"] = "zurvel"  # type: ignore[index]
