"""Long inputs: pieces and batches bounded whatever the line structure.

No model and no clock: the pipeline is ``spacy.blank("en")`` with a
sentencizer, and linear cost is asserted on the work done (characters
scanned, batch sizes), not on seconds.
"""

from __future__ import annotations

import pytest
import spacy
from spacy import util
from spacy.language import Language

from kit.nlp import rows
from kit.nlp.pipeline import add_component
from kit.nlp.rows import CUTS, TABLES_NAME, annotate_stream, split_text, table_rows


class CountingText(str):
    """A str that counts the characters its ``rfind`` calls may scan."""

    scanned = 0

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        CountingText.scanned += max(0, hi - lo)
        return str.rfind(self, sub, lo, hi)


def assert_pieces(text: str, pieces: list[tuple[int, str]], limit: int) -> None:
    assert "".join(p for _, p in pieces) == text
    assert all(0 < len(p) <= limit and text[o:o + len(p)] == p for o, p in pieces)


def test_two_hundred_thousand_short_lines_are_cut_at_line_ends_in_linear_work():
    text = CountingText("".join(f"item {i:06d} ok\n" for i in range(200_000)))  # 3.2 MB
    CountingText.scanned = 0
    pieces = split_text(text, 100_000)
    assert_pieces(text, pieces, 100_000)
    assert all(p.endswith("\n") for _, p in pieces)
    assert len(pieces) <= len(text) // 100_000 + 2  # full pieces: each cut is near the limit
    assert CountingText.scanned <= 2 * len(text)


def test_a_50_mb_line_is_cut_at_spaces_and_a_line_without_spaces_at_the_limit():
    words = CountingText("negotiation " * 4_200_000)  # 50.4 MB on one line
    CountingText.scanned = 0
    pieces = split_text(words, 1_000_000)
    assert_pieces(words, pieces, 1_000_000)
    assert all(p.endswith(" ") for _, p in pieces) and len(pieces) == 51
    assert CountingText.scanned <= 4 * len(words)  # no paragraph, line or sentence end: 3 scans
    blob = CountingText("x" * 5_000_000)
    CountingText.scanned = 0
    pieces = split_text(blob, 100_000)
    assert [len(p) for _, p in pieces] == [100_000] * 50
    assert CountingText.scanned <= 2 * len(CUTS) * len(blob)  # each cut scans its window twice


@pytest.mark.parametrize("text", [
    "\n\n" + "y" * 30 + "\n\n" + "z" * 30,  # a paragraph break only at a window's start
    "\n" * 100, " " * 100, "a. " * 40, "é" * 99, "one\n\ntwo\nthree. four five" * 7,
])
@pytest.mark.parametrize("limit", [1, 2, 7, 16])
def test_pathological_shapes_keep_every_character_within_the_limit(text, limit):
    assert_pieces(text, split_text(text, limit), limit)


def test_the_cut_prefers_the_best_boundary_in_the_second_half_of_the_window():
    text = "aaaa\n\n" + "b" * 20 + "\n" + "c" * 20 + ". " + "d" * 20
    pieces = split_text(text, 50)
    assert pieces[0][1] == "aaaa\n\n" + "b" * 20 + "\n"  # a line end in the second half
    assert split_text("b" * 30 + ". " + "c" * 30, 40)[0][1].endswith(". ")  # else a sentence end
    assert split_text("ab\n\ncd ef", 9) == [(0, "ab\n\ncd ef")]
    assert split_text("", 5) == [(0, "")]
    with pytest.raises(ValueError, match="at least one character"):
        split_text("abc", 0)


class BatchRecorder:
    """A component that records the texts of each batch spaCy gives it."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def __call__(self, doc):
        self.batches.append([doc.text])
        return doc

    def pipe(self, docs, batch_size=128):
        for batch in util.minibatch(docs, size=batch_size):
            self.batches.append([d.text for d in batch])
            yield from batch


@Language.factory("test_batch_recorder")
def _batch_recorder(nlp, name):
    return BatchRecorder()


@pytest.fixture
def blank_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    recorder = nlp.add_pipe("test_batch_recorder")
    add_component(nlp, TABLES_NAME, table_rows, last=True)
    return nlp, recorder


def test_batches_stay_within_the_character_budget_and_long_articles_come_out_whole(
        blank_nlp, monkeypatch):
    nlp, recorder = blank_nlp
    monkeypatch.setattr(rows, "PIECE_CHARS", 400)
    monkeypatch.setattr(rows, "BATCH_CHARS", 1_000)
    lines = "".join(f"Line {i} ends here.\n" for i in range(500))  # 10,390 characters
    one_line = "A sentence without a break. " * 150
    pairs = [("short1", "Short one."), ("lines", lines), ("short2", "Short two."),
             ("line", one_line), ("short3", "Short three.")]
    out = list(annotate_stream(pairs, nlp, tables=[], batch_size=8))
    assert [key for key, _ in out] == [key for key, _ in pairs]  # fillers never come out
    for (_, text), (_, tables) in zip(pairs, out):
        sentences = tables["sentences"]
        assert [s["sentence_id"] for s in sentences] == list(range(len(sentences)))
        assert all(text[s["start_char"]:s["end_char"]] == s["text"] for s in sentences)
        assert max(s["end_char"] for s in sentences if s["text"]) == len(text.rstrip())
    assert sum(bool(s["text"]) for s in out[1][1]["sentences"]) == 500
    for batch in recorder.batches:
        assert len(batch) <= 8
        texts = [t for t in batch if t]
        assert sum(map(len, texts)) <= 1_000 or len(texts) == 1
    assert max(len(t) for b in recorder.batches for t in b) <= 400


def test_without_long_texts_batches_are_as_spacy_makes_them(blank_nlp):
    nlp, recorder = blank_nlp
    pairs = [(f"k{i}", f"Article {i}.") for i in range(20)]
    out = list(annotate_stream(pairs, nlp, tables=[], batch_size=8))
    assert [k for k, _ in out] == [k for k, _ in pairs]
    assert [len(b) for b in recorder.batches] == [8, 8, 4]
    assert all(all(b) for b in recorder.batches)  # no filler


def test_a_shard_is_written_once_it_holds_enough_text_not_only_enough_articles():
    from kit.nlp.run import _chunks

    lengths = [10, 10, 500, 10, 10, 10, 10]
    chunks = list(_chunks(lengths, 4, 100, lambda n: n))
    assert chunks == [[10, 10, 500], [10, 10, 10, 10]]
    assert list(_chunks(range(5), 2)) == [[0, 1], [2, 3], [4]]
