"""A dateline the parser cut into sentences is still one (kit.timeline.reports)."""

from __future__ import annotations

import datetime as dt

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


def _filed(opening, text, verb, expression, *more):
    """events() of one article opening on the dateline ``opening``, then ``text``, then the
    undated sentences ``more`` (``(text, mentions)``)."""
    from kit.timeline.events import events
    from tests.timeline.test_timeline import fake_ann

    return events(fake_ann(("a", dt.date(2024, 1, 18), "Wire", [
        (opening, [], []),
        (text, [(expression, "past", None, None, verb)], [("Arvelo", "PERSON")]),
        *((t, [], ms) for t, ms in more),
    ])))


def test_here_is_the_place_of_the_dateline_as_the_corpus_writes_it():
    table = _filed("BRENNHOLM, Jan. 17 (Wire) —", "Arvelo signed the treaty here on Tuesday.",
                   "sign", "Tuesday")
    assert table["place"].tolist() == ["Brennholm"]
    table = _filed("MCALLEN, Jan. 17 (Wire) —", "Arvelo signed the treaty here on Tuesday.",
                   "sign", "Tuesday", ("Crowds gathered in McAllen.", [("McAllen", "GPE")]))
    assert table["place"].tolist() == ["McAllen"]
    table = _filed("VELMAR.— Hoy", "Arvelo firmó aquí el martes el tratado.", "firmar", "el martes")
    assert table["place"].tolist() == ["Velmar"]


def test_somewhere_near_here_is_not_the_dateline_s_place():
    table = _filed("VELMAR.— Hoy", "Arvelo firmó el martes el tratado a pocos kilómetros de aquí.",
                   "firmar", "el martes")
    assert table["place"].tolist() == [""]
    table = _filed("Jan. 17 (Wire)", "Arvelo signed the treaty here on Tuesday.", "sign", "Tuesday")
    assert table["place"].tolist() == [""]


def test_two_acts_each_told_here_on_one_day_are_two_events_a_written_place_still_joins_here():
    """"here" names the dateline's place, but two reports that only say "here" share no place:
    tear gas fired at students and a treaty signed in one city on one day are two events;
    "signed here" and "signed in Brennholm" share the place."""
    from kit.timeline.events import events
    from tests.timeline.test_timeline import fake_ann

    def article(name, opening, text, verb, mentions):
        return (name, dt.date(2024, 1, 18), f"Outlet {name}", [
            (opening, [], []), (text, [("Tuesday", "past", None, None, verb)], mentions)])

    treaty = article("a", "BRENNHOLM, Jan. 17 (Wire) —", "Arvelo signed the treaty here on Tuesday.",
                     "sign", [("Arvelo", "PERSON")])
    gas = article("b", "BRENNHOLM, Jan. 17 (Post) —", "Kessler fired tear gas at students here on Tuesday.",
                  "fire", [("Kessler", "PERSON")])
    table = events(fake_ann(treaty, gas))
    assert sorted(table["place"]) == ["Brennholm", "Brennholm"]
    written = article("c", "Jan. 17 (Herald)", "Ines Karsten arrived in Brennholm on Tuesday.", "arrive",
                      [("Ines Karsten", "PERSON"), ("Brennholm", "GPE")])
    (e,) = events(fake_ann(treaty, written)).to_dict("records")
    assert e["place"] == "Brennholm"
