"""A dateline the parser cut into sentences is still one (kit.timeline.reports)."""

from __future__ import annotations

from kit.timeline.reports import datelines_of


def test_a_dateline_cut_into_sentences_is_read_on_the_lines_put_back():
    text = "By Ingrid Solberg\n\nOSLO, Aug. 30 (SNA) — For eight months Norway hosted the talks."
    parts = ["By Ingrid Solberg", "OSLO", ",", "Aug. 30 (SNA) —", "For eight months Norway hosted the talks."]
    sentences, at = {}, 0
    for n, part in enumerate(parts):
        at = text.index(part, at)
        sentences[("a", n)] = (part, at)
        at += len(part)
    (start, end), = datelines_of(sentences)["a"]
    assert text[start:end].strip() == "OSLO, Aug. 30 (SNA) —"


def test_sentences_of_one_line_make_no_dateline():
    sentences = {("a", 0): ("Talks resumed.", 0), ("a", 1): ("OSLO hosted them — again.", 15)}
    assert datelines_of(sentences) == {}
