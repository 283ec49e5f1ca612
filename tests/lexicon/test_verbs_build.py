"""The Spanish verbs (kit.lexicon.build.verbs) a wrong lemma's form is read against."""

from __future__ import annotations

import pytest

from kit.lexicon.build import verbs as build
from kit.lexicon.files import DATA_DIR, read_table


@pytest.mark.model
def test_the_committed_file_is_what_the_pinned_spanish_model_gives():
    assert (DATA_DIR / build.FILE).read_text(encoding="utf-8") == build.make()


def test_every_row_is_a_spanish_infinitive_with_its_source():
    rows = read_table("verbs", lang=None)
    assert {r["lang"] for r in rows} == {"es"} and {r["source"] for r in rows} == {rows[0]["source"]}
    assert "lemma_index" in rows[0]["source"]
    lemmas = {r["lemma"] for r in rows}
    assert {"firmar", "impedir", "morir", "volver"} <= lemmas
