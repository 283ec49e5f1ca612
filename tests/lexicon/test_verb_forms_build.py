"""The irregular verb forms (kit.lexicon.build.verb_forms) and what they let kit match."""

from __future__ import annotations

import pytest

from kit.lexicon.build import verb_forms as build
from kit.lexicon.files import DATA_DIR, read_table


@pytest.mark.model
def test_the_committed_file_is_what_the_pinned_model_gives():
    assert (DATA_DIR / build.FILE).read_text(encoding="utf-8") == build.make()


def test_every_row_is_an_irregular_form_with_its_source():
    rows = read_table("verb_forms", lang=None)
    assert {r["source"] for r in rows} == {rows[0]["source"]} and "lemma_exc" in rows[0]["source"]
    pairs = {(r["form"], r["lemma"]) for r in rows}
    assert {("met", "meet"), ("flew", "fly"), ("held", "hold"), ("took", "take")} <= pairs
    assert ("signed", "sign") not in pairs  # the stem finds it: kept out
