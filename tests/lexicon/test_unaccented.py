"""Lexicon words match text written without accents (issue 16).

Much Spanish news drops its accents ("reunion", "Gobernacion", "el proximo
miercoles"); :func:`kit.lexicon.files.read_table` reads every word row with its
accents dropped too, so word lists, the glossary, titles and date words match such
text with no row of their own, and the accented spelling still matches. No model:
Docs are built by hand.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from kit.extract import roles
from kit.lexicon.calendar import date_patterns
from kit.lexicon.files import read_table, unaccented
from kit.lexicon.wordlists import glossary, words, words_in_any


def read(words_: list[str], ents: list[str]) -> list[roles.Entity]:
    doc = Doc(spacy.blank("es").vocab, words=words_, ents=ents,
              sent_starts=[True] + [False] * (len(words_) - 1))
    return roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})


def dates(text: str) -> list[str]:
    nlp = spacy.blank("es")
    nlp.add_pipe("span_ruler", config={"spans_key": None, "annotate_ents": True}).add_patterns(date_patterns("es"))
    return [ent.text for ent in nlp(text).ents]


def test_unaccented_drops_every_accent_and_the_tilde():
    assert unaccented("delegación") == "delegacion" and unaccented("Bárcena") == "Barcena"
    assert unaccented("año") == "ano" and unaccented("pingüino") == "pinguino"
    assert unaccented("talks") == "talks"


def test_word_lists_hold_each_word_with_and_without_its_accents():
    assert {"reunión", "reunion"} <= words("meeting_nouns", "es")
    assert {"diálogo", "dialogo"} <= words_in_any("meeting_nouns")
    assert {"acompañar", "acompanar"} <= words("escort_verbs", "es")
    assert {"homólogo", "homologo"} <= {r["title"] for r in read_table("titles", lang="es")}


def test_a_title_written_without_accents_gives_the_english_role():
    found = read(["La", "secretaria", "de", "Gobernacion", ",", "Marta", "Orue", ",", "llego", "ayer", "."],
                 ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert next(e for e in found if e.text == "Marta Orue").role == "Interior Secretary"


def test_date_words_written_without_accents_make_dates():
    assert dates("La delegacion de Valdonia llego hace dos anos a Puerto Vela .") == ["hace dos anos"]


def test_accented_spellings_still_match():
    found = read(["La", "secretaria", "de", "Gobernación", ",", "Marta", "Orue", ",", "llegó", "ayer", "."],
                 ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert next(e for e in found if e.text == "Marta Orue").role == "Interior Secretary"
    assert dates("La delegación de Valdonia llegó hace dos años a Puerto Vela .") == ["hace dos años"]
    assert glossary("es")["Cámara de Diputados"] == "Chamber of Deputies"


def test_the_glossary_reads_a_body_written_without_accents():
    assert glossary("es")["Camara de Diputados"] == "Chamber of Deputies"
    assert glossary("es")["comite"] == "committee"


def test_a_spelling_the_file_gives_keeps_its_own_row(tmp_path: Path):
    mine = tmp_path / "glossary.csv"
    mine.write_text("term,english,lang\nSenado,Senate,es\nSénado,Old Senate,es\nJunta Electoral,Electoral Board,es\n"
                    "Júnta Electoral,Electoral Board,es\n", encoding="utf-8")
    rows = [(r["term"], r["english"]) for r in read_table("glossary", mine, lang="es")]
    assert rows == [("Senado", "Senate"), ("Sénado", "Old Senate"), ("Junta Electoral", "Electoral Board"),
                    ("Júnta Electoral", "Electoral Board")]  # no unaccented row: the file has one
    mine.write_text("term,english,lang\nTribunal Electoral,Electoral Court,es\nComisión,Commission,es\n",
                    encoding="utf-8")
    rows = [(r["term"], r["english"]) for r in read_table("glossary", mine, lang="es")]
    assert rows == [("Tribunal Electoral", "Electoral Court"), ("Comisión", "Commission"),
                    ("Comision", "Commission")]  # the file's rows first, in its order
