"""kit.nlp.rows and kit's paragraph breaks on hand-built Docs (no model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

from kit.nlp.pipeline import join_one_word_sentences, paragraph_breaks
from kit.nlp.rows import TABLES_NAME, doc_tables, table_rows, worded_sentences

REPO = Path(__file__).resolve().parents[2]


def _doc() -> Doc:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Mexico", "and", "the", "U.S.", "met", ".", "Talks", "ended", "."],
              sent_starts=[True, False, False, False, False, False, True, False, False])
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE")]
    return doc


def test_slim_rows_leave_the_doc_behind_and_are_the_same_rows():
    full = table_rows(_doc(), tables=[])
    slim = table_rows(_doc(), tables=[], slim=True)
    assert len(full) == 9 and len(slim) == 0
    assert slim.user_data[TABLES_NAME] == full.user_data[TABLES_NAME] == doc_tables(_doc(), [])
    assert [m["canonical"] for m in slim.user_data[TABLES_NAME]["mentions"]] == [
        "Mexico", "United States"]
    # what a worker process sends to the parent: the rows, not the Doc's arrays
    assert len(slim.to_bytes()) < len(full.to_bytes()) / 2


def test_paragraph_breaks_start_a_sentence_after_a_blank_line_only():
    nlp = spacy.blank("en")
    doc = paragraph_breaks(nlp("One.\n\nTwo.\nThree.\n\n\n  Four x\n \nFive\n\n"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["One", "Two", "Four", "Five"]
    assert paragraph_breaks(nlp("")).text == ""


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(spacy.blank("es").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_a_sentence_of_one_bare_word_is_joined_to_the_sentence_a_comma_continues():
    """The parser's cut after a paragraph's one-word subject before a comma ("Osk | , jefe
    del Ejército, obtuvo ...") is undone: the word is the next sentence's (its subject when
    its root is a verb without one), and each sentence keeps one root."""
    words = ["Osk", ",", "jefe", ",", "obtuvo", "votos", "."]
    doc = _parsed(words, heads=[0, 2, 4, 2, 4, 4, 4], deps=["ROOT", "punct", "appos", "punct", "ROOT", "obj", "punct"],
                  pos=["PROPN", "PUNCT", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"])
    assert [s.text for s in doc.sents] == ["Osk", ", jefe, obtuvo votos."]
    joined = join_one_word_sentences(doc)
    assert [s.text for s in joined.sents] == ["Osk, jefe, obtuvo votos."]
    assert (joined[0].dep_, joined[0].head.text) == ("nsubj", "obtuvo")
    appositive = _parsed(["Osk", ",", "jefe", "de", "Tarn", ",", "dijo", "no", "."], heads=[0, 2, 6, 4, 2, 2, 6, 6, 6],
                         deps=["ROOT", "punct", "nsubj", "case", "nmod", "punct", "ROOT", "obj", "punct"],
                         pos=["PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"])
    assert [s.text for s in join_one_word_sentences(appositive).sents] == ["Osk, jefe de Tarn, dijo no."]
    assert appositive[0].dep_ == "dep"  # the verb has its subject


def test_a_one_word_sentence_in_capitals_with_a_stop_on_its_own_line_or_before_a_word_stays_apart():
    """A word in capitals (a dateline's place, which kit.extract.datelines reads on the
    lines), a word that ends its line or has its stop, or one a word follows ("Osk | ganó",
    a cut the parser may have reasons for) is left as the parser cut it."""
    dateline = _parsed(["OSKBURG", ",", "21", "may", "-", "Por", "Tarn"], heads=[0, 3, 3, 3, 3, 6, 3],
                       deps=["ROOT", "punct", "nummod", "ROOT", "punct", "case", "nmod"],
                       pos=["PROPN", "PUNCT", "NUM", "NOUN", "PUNCT", "ADP", "PROPN"])
    assert [s.text for s in join_one_word_sentences(dateline).sents] == ["OSKBURG", ", 21 may - Por Tarn"]
    line = Doc(spacy.blank("es").vocab, words=["Osk", "\n", ",", "ganó", "."],
               spaces=[False, False, True, False, False], heads=[0, 0, 3, 3, 3],
               deps=["ROOT", "dep", "punct", "ROOT", "punct"], pos=["PROPN", "SPACE", "PUNCT", "VERB", "PUNCT"])
    assert [s.text for s in join_one_word_sentences(line).sents] == ["Osk\n", ", ganó."]
    stop = _parsed(["Osk", ".", "Tarn", "ganó", "."], heads=[0, 0, 3, 3, 3],
                   deps=["ROOT", "punct", "nsubj", "ROOT", "punct"], pos=["PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"])
    assert [s.text for s in join_one_word_sentences(stop).sents] == ["Osk.", "Tarn ganó."]
    verb = _parsed(["Osk", "ganó", "."], heads=[0, 1, 1], deps=["ROOT", "ROOT", "punct"],
                   pos=["PROPN", "VERB", "PUNCT"])
    assert [s.text for s in join_one_word_sentences(verb).sents] == ["Osk", "ganó."]


def test_a_line_that_opens_a_list_item_starts_a_sentence():
    """An item of a bulleted list is read apart from the item before it, so a date at the
    head of one item ("- on 3 June, ...") is not taken for the previous item's."""
    nlp = spacy.blank("en")
    doc = paragraph_breaks(nlp("Steps:\n\n- in May, Velmora signed;\n- on 3 June, Tarvik agreed;"
                               "\n  * Orsk left.\n-5 degrees in Brell\nand a - b\n•no space"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Steps", "-", "-", "*"]


def test_a_worker_of_several_processes_keeps_to_one_blas_thread_and_reads_hooks_once():
    """A slim Doc is built in a worker of ``nlp.pipe(n_process=N)``: its process then uses one
    BLAS thread (the N workers share the cores) and packs Docs without scanning srsly's
    registries each time. Run in a fresh process: both settings are global."""
    code = ("import json, spacy; from threadpoolctl import threadpool_info; "
            "from srsly.msgpack import msgpack_decoders, msgpack_encoders; "
            "from kit.nlp.rows import table_rows; "
            "nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); "
            "before = ['get_all' in vars(r) for r in (msgpack_encoders, msgpack_decoders)]; "
            "table_rows(nlp('Talks began.'), tables=[], slim=True); "
            "print(json.dumps([[i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'], "
            "before, ['get_all' in vars(r) for r in (msgpack_encoders, msgpack_decoders)]]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    threads, pinned_before, pinned_after = json.loads(out.stdout.strip().splitlines()[-1])
    assert threads and set(threads) == {1}
    assert pinned_before == [False, False]
    assert pinned_after == [True, True]


def test_the_doc_text_is_built_once_for_the_lexicon_titles(monkeypatch):
    """A name the model tagged a place right after a lower-case title of the lexicon
    ("the commander | Ravel Quintaro") asks where the lexicon's titles end: they are read
    in the text doc_tables already built, not in a ``doc.text`` joined again."""
    import kit.nlp.rows

    texts = []

    def spans(doc, lex=None, text=None):
        texts.append(text)
        return original(doc, lex, text)

    original = kit.nlp.rows.title_spans
    monkeypatch.setattr(kit.nlp.rows, "title_spans", spans)
    doc = Doc(spacy.blank("en").vocab, words=["The", "commander", "Ravel", "Quintaro", "spoke", "."],
              sent_starts=[True, False, False, False, False, False])
    doc.ents = [Span(doc, 2, 4, "GPE")]
    rows = doc_tables(doc, [])
    assert [m["label"] for m in rows["mentions"]] == ["PERSON"]
    assert texts == [doc.text]


def test_a_rule_that_fails_on_one_text_leaves_its_rows_read_without_it(monkeypatch):
    """A bug of one of kit's rules on one text (here the title mover, then one extractor)
    costs that rule's reading of that text, with a warning quoting the text, never the
    text's other rows or the corpus."""
    import importlib

    import pytest

    from kit.nlp import rows as rows_module

    def broken(*args, **kwargs):
        raise ValueError("E1010 a span given twice")

    monkeypatch.setattr(rows_module, "_move_titles", broken)
    with pytest.warns(rows_module.KitRuleWarning, match="Mexico and the U.S. met") as told:
        rows = doc_tables(_doc(), ["dates", "quotes"])
    assert len(told) == 1 and "E1010" in str(told[0].message)
    assert [m["canonical"] for m in rows["mentions"]] == ["Mexico", "United States"]
    assert len(rows["sentences"]) == 2 and set(rows) == {"sentences", "mentions", "dates", "quotes"}

    monkeypatch.undo()
    monkeypatch.setattr(importlib.import_module("kit.extract.quotes"), "extract", broken)
    with pytest.warns(rows_module.KitRuleWarning, match="its quotes table") as told:
        rows = doc_tables(_doc(), ["dates", "quotes"])
    assert rows["quotes"] == [] and [m["canonical"] for m in rows["mentions"]] == ["Mexico", "United States"]
    assert len(told) == 1 and len(rows["sentences"]) == 2


def test_the_of_before_a_name_is_read_in_one_language_or_in_any():
    # "la exministra de la | Vara": the preposition of "of", an article between them
    from kit.nlp.rows import _of_before

    doc = Doc(spacy.blank("es").vocab, words=["la", "exministra", "de", "la", "Vara", "Oduya"])
    assert (_of_before(doc, 4), _of_before(doc, 4, "es"), _of_before(doc, 4, "en")) == (2, 2, None)
    assert _of_before(doc, 2) is None  # "la exministra | de": no preposition before it
def test_a_rule_that_fails_is_a_row_of_the_failures_table(monkeypatch):
    """Each failure is data kept with the text's rows (which rule, the error, over the
    text), not only a warning: :func:`doc_rows`, as a pipeline runs it, is silent."""
    import importlib
    import warnings

    from kit.nlp import rows as rows_module

    def broken(*args, **kwargs):
        raise ValueError("E1010 a span given twice")

    monkeypatch.setattr(importlib.import_module("kit.extract.quotes"), "extract", broken)
    doc = _doc()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rows, failed = rows_module.doc_rows(doc, ["dates", "quotes"])
    assert rows["quotes"] == [] and len(rows["sentences"]) == 2
    assert [(f["rule"], f["error"], f["start_char"], f["end_char"]) for f in failed] == [
        ("its quotes table", "ValueError: E1010 a span given twice", 0, len(doc.text))]
    monkeypatch.setattr(rows_module, "_move_titles", broken)
    _, failed = rows_module.doc_rows(doc, ["dates", "quotes"])
    assert [f["rule"] for f in failed] == ["kit's corrections of the model's names", "its quotes table"]
    monkeypatch.undo()
    assert rows_module.doc_rows(doc, ["dates", "quotes"])[1] == []
    assert table_rows(doc, ["dates"]).user_data["failures"] == []


def test_a_span_with_no_word_is_no_sentence_and_a_lone_closing_quote_joins_the_one_before():
    """The parser sets apart a closing quotation mark after a paragraph's last period, and
    may make a sentence of a blank line: neither is counted, nor holds a row."""
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Osk", "said", '"', "we", "won", ".", '"', "\n\n", "Tarn", "agreed", "."],
              spaces=[True, True, False, True, False, False, False, False, True, False, False],
              sent_starts=[True, False, False, False, False, False, True, True, True, False, False])
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 8, 9, "GPE")]
    tables = doc_tables(doc, [])
    assert [s["text"] for s in tables["sentences"]] == ['Osk said "we won."', "Tarn agreed."]
    assert [m["sentence_id"] for m in tables["mentions"]] == [0, 1]


def test_wordless_spans_opening_a_text_join_the_first_sentence():
    assert worded_sentences('" \n\nYes.', [(0, 1), (1, 4), (4, 8)]) == [(0, 8)]
    assert worded_sentences("...", [(0, 3)]) == [(0, 3)]
    assert worded_sentences("", []) == []
