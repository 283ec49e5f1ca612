"""A line of Spanish dialogue (opened by a dash against its first word) is a quotation: its
"hoy" counts from the day the narrator's words give, as inside quotation marks. Hand-made
annotations, no model."""

from __future__ import annotations

import datetime as dt

from test_timeline import fake_ann

from kit.timeline import resolved_dates
from kit.timeline.context import in_dialogue

FRI, TUE = dt.date(2022, 8, 5), dt.date(2022, 8, 2)


def _dated(text):
    return resolved_dates(fake_ann(("a", FRI, "Diario", [(text, [
        ("Hoy", "present", None, None, "firmar"), ("martes", "past", None, None, "decir")],
        [("Mara Ventel", "PERSON")])]))).set_index("text")


def test_hoy_in_a_line_of_dialogue_counts_from_the_day_the_narrator_gives():
    table = _dated("—Hoy firmamos la paz —dijo Mara Ventel el martes.")
    assert (table.loc["Hoy", "start"], bool(table.loc["Hoy", "quoted"])) == (TUE, True)
    assert not table.loc["martes", "quoted"]


def test_a_dash_and_a_space_open_no_dialogue():
    """What a dateline leaves ("— Hoy firmamos", its dash written apart): "hoy" is the
    article's day, as outside any quotation."""
    plain = _dated("— Hoy firmamos la paz, dijo Mara Ventel el martes.")
    assert (plain.loc["Hoy", "start"], bool(plain.loc["Hoy", "quoted"])) == (FRI, False)


def test_the_speaker_s_words_resume_after_the_narrator_s_closing_dash():
    line = "—Nadie celebra —dijo Ventel el martes—. Hoy firmamos."
    assert [in_dialogue(line, line.index(w)) for w in ("Nadie", "dijo", "martes", "Hoy")] == [
        True, False, False, True]


def test_a_dash_glued_to_a_dateline_the_parse_cut_off_opens_no_dialogue():
    """"LIMA, 5 ago.—El presidente firmó hoy": the parse cuts after the dateline, so the next
    sentence opens on a dash written against its first word; on the dateline's line, with no
    line break between, it is the dateline's dash, no line of dialogue (which opens a
    paragraph), and "hoy" dates the signing, the article's day."""
    ann = fake_ann(("a", FRI, "Diario", [("LIMA, 5 ago.", [], []), (
        "—El presidente firmó hoy el acuerdo.", [("hoy", "past", None, None, "firmar")], [])]))
    ann.sentences.loc[1, ["start_char", "end_char"]] -= 1  # the sentences meet: "ago.—El"
    ann.dates[["start_char", "end_char", "clause_start", "clause_end"]] -= 1
    table = resolved_dates(ann).set_index("text")
    assert (table.loc["hoy", "start"], bool(table.loc["hoy", "quoted"])) == (FRI, False)


def test_a_line_of_dialogue_after_a_paragraph_break_is_still_one():
    ann = fake_ann(("a", FRI, "Diario", [("El canciller llegó a Lima.\n\n", [], []), (
        "—Hoy firmamos la paz —dijo Mara Ventel el martes.", [("Hoy", "present", None, None, "firmar"),
                                                             ("martes", "past", None, None, "decir")],
        [("Mara Ventel", "PERSON")])]))
    ann.sentences.loc[1, ["start_char", "end_char"]] -= 1  # the sentences meet at the line break
    ann.dates[["start_char", "end_char", "clause_start", "clause_end"]] -= 1
    ann.mentions[["start_char", "end_char"]] -= 1
    table = resolved_dates(ann).set_index("text")
    assert (table.loc["Hoy", "start"], bool(table.loc["Hoy", "quoted"])) == (TUE, True)


def test_a_line_s_dash_kit_joined_to_the_sentence_before_still_opens_the_line():
    """The parse cuts "—" off the line it opens and kit's sentences join that wordless span to
    the sentence before ("... el jueves.\\n\\n—" | "Hoy es un día de paz —dijo ..."): the line is
    still said from its start, so its "hoy" counts from the narrator's "martes"."""
    ann = fake_ann(("a", FRI, "Diario", [("El canciller llegó el jueves.\n\n—", [], []), (
        "Hoy firmamos la paz —dijo Mara Ventel el martes.", [("Hoy", "present", None, None, "firmar"),
                                                            ("martes", "past", None, None, "decir")],
        [("Mara Ventel", "PERSON")])]))
    ann.sentences.loc[1, ["start_char", "end_char"]] -= 1  # the sentences meet: "—Hoy"
    ann.dates[["start_char", "end_char", "clause_start", "clause_end"]] -= 1
    ann.mentions[["start_char", "end_char"]] -= 1
    table = resolved_dates(ann).set_index("text")
    assert (table.loc["Hoy", "start"], bool(table.loc["Hoy", "quoted"])) == (TUE, True)
    assert not table.loc["martes", "quoted"]
