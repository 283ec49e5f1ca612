"""kit.extract.datelines: where a story was filed from, before its first dash. No model."""

from __future__ import annotations

import pytest

from kit.extract.datelines import (
    OPENING_LINES,
    dateline_end,
    dateline_spans,
    in_dateline,
    outlet_spans,
)


def datelines(text: str) -> list[str]:
    return [text[start:end] for start, end in dateline_spans(text)]


@pytest.mark.parametrize(("text", "dateline"), [
    ("SEOUL — President Moon Jae-in said ...", "SEOUL — "),
    ("WASHINGTON (Pacific Ledger) — President Donald Trump on Thursday ...", "WASHINGTON (Pacific Ledger) — "),
    ("OSAN AIR BASE, South Korea (Harbour Wire) — A U.S. Air Force C-17 ...",
     "OSAN AIR BASE, South Korea (Harbour Wire) — "),
    ("KYIV, Ukraine, Jan. 18 (Reuters) - Russia said on Wednesday ...", "KYIV, Ukraine, Jan. 18 (Reuters) - "),
    ("BOGOTÁ—El presidente Juan Manuel Santos ...", "BOGOTÁ—"),
    ("SAN JOSÉ, Costa Rica — Talks opened ...", "SAN JOSÉ, Costa Rica — "),
    ("LAUSANNE\n, Switzerland (Continental Wire) — Iran and six powers ...",
     "LAUSANNE\n, Switzerland (Continental Wire) — "),
    ("Talks resume in Doha\nBy Ana Ruiz\nDOHA (Gulf Wire) —\nThe Taliban said ...", "DOHA (Gulf Wire) —"),
    # a lower-case word that describes the place (dateline_places), then a byline on the same line
    ("WADI KARAS, Tarn-Velmar border, Oct. 26 — By Ana Obi\n\nThe treaty ...",
     "WADI KARAS, Tarn-Velmar border, Oct. 26 — "),
    # a full stop after the region in brackets, then a spaced dash
    ("TARNBURG (Velmaria). -- Osk Varadov firmó el acuerdo.", "TARNBURG (Velmaria). -- "),
])
def test_a_dateline_is_a_place_in_capitals_then_commas_capitals_and_an_outlet_up_to_the_dash(text, dateline):
    assert datelines(text) == [dateline]


@pytest.mark.parametrize("text", [
    "NATO Secretary General Jens Stoltenberg — in Brussels — said no.",  # capitals, then a name
    "U.S. Secretary of State Antony Blinken — who arrived late — spoke.",
    "Four Democrats — Schumer, Cardin and Menendez — voted no.",  # no word in capitals
    "The 1950–53 war ended in an armistice.",
    "Mexico\n, a country in talks — said no.",  # a comma line after a line not in capitals
    "Kim Jong-un - the leader - met Trump.",
    "KYIV, Tarn officials said — the border stays shut.",  # lower-case words no dateline's place has
    "NATO chief Osk. -- He said no.",  # a stop after capitals and a name
])
def test_a_sentence_with_a_dash_is_no_dateline(text):
    assert datelines(text) == []


def test_only_the_opening_lines_hold_datelines():
    opening = "\n".join(f"Line {n} of the header." for n in range(OPENING_LINES - 1))
    assert datelines(f"{opening}\nHAVANA — Talks went on.") == ["HAVANA — "]
    assert datelines(f"{opening}\nMore header.\nHAVANA — Talks went on.") == []


def test_the_outlet_is_the_parenthesis_of_a_dateline():
    text = "OSAN AIR BASE, South Korea (Harbour Wire) — The plane (a C-17) landed."
    spans = dateline_spans(text)
    assert [text[s:e] for s, e in outlet_spans(text, spans)] == ["(Harbour Wire)"]
    assert in_dateline(spans, text.index("South Korea")) and not in_dateline(spans, text.index("The plane"))


@pytest.mark.parametrize(("text", "dateline"), [
    ("MONTEVIDEO, 3 oct (Agencia Austral) — El canciller Marco Deltoro dijo ...",
     "MONTEVIDEO, 3 oct (Agencia Austral) — "),  # a wire's day and month, abbreviated in lower case
    ("ASUNCIÓN, 21 dic. (AUR) — La ministra Rosa Quintela ...", "ASUNCIÓN, 21 dic. (AUR) — "),
    ("ASUNCIÓN. El canciller Marco Deltoro llegó ayer — dijo un portavoz — a la cumbre.", "ASUNCIÓN. "),
    ("Por Rosa Quintela\nMONTEVIDEO. Los dos gobiernos firmaron ...", "MONTEVIDEO. "),  # a known place, a stop
])
def test_a_spanish_dateline_writes_its_month_in_lower_case_or_ends_with_a_stop(text, dateline):
    assert datelines(text) == [dateline]


@pytest.mark.parametrize(("text", "dateline"), [
    ("MONTEVIDEO, 3 de octubre (Agencia Austral).- El canciller Marco Deltoro dijo ...",
     "MONTEVIDEO, 3 de octubre (Agencia Austral).- "),
    ("Por Rosa Quintela\nASUNCIÓN, 21 de diciembre.- La ministra llegó.", "ASUNCIÓN, 21 de diciembre.- "),
    ("PUERTO VELMAR (Agencia Austral).— El canciller Marco Deltoro dijo ...",
     "PUERTO VELMAR (Agencia Austral).— "),  # a dash glued to the stop after the outlet
    ("ASUNCIÓN (AUR). — La ministra llegó.", "ASUNCIÓN (AUR). — "),
])
def test_a_spanish_wire_writes_de_before_the_month_and_its_dash_after_a_stop(text, dateline):
    assert datelines(text) == [dateline]


@pytest.mark.parametrize("text", [
    "ÚLTIMA HORA. Cayó el puente del río.",  # capitals and a stop, no place
    "MONTEVIDEO, 3 de Ana (AUR).- El canciller.",  # "de" before no month
    "PUERTO VELMAR. El alcalde habló.",  # a place no lexicon knows
    "MONTEVIDEO, 3 dijo (AUR) — El canciller.",  # a lower-case word after the day that opens no month
])
def test_capitals_and_a_stop_or_a_lower_case_word_make_no_dateline_but_for_a_known_place_or_a_month(text):
    assert datelines(text) == []


def test_the_dateline_questions_of_every_stage_are_answered_here():
    """Where the datelines of each article are (:func:`datelines_in`, what
    :func:`datelines_of` and the actors' states read) and where the last one before a name
    ends (:func:`dateline_end_before`, where a byline after the dash opens), and where the
    dateline that opens a sentence row ends (:func:`dateline_end`): one function each, in
    this module."""
    from kit.actors import credits, nearby
    from kit.extract.datelines import (
        article_openings,
        dateline_end_before,
        datelines_in,
        datelines_of,
    )

    openings = {"a": "OSK, Tarn (Wire) — By Mara Ventel\nTalks ended.", "b": "Talks ended — in Osk.",
                "c": "Header line\nVELMAR.— Por Ana Obi"}
    assert datelines_in(openings) == {"a": [(0, 19)], "c": [(12, 21)]}
    assert {article: dateline_spans(text) for article, text in openings.items() if dateline_spans(text)} \
        == datelines_in(openings)
    sentences = {("a", 0): ("OSK, Tarn (Wire) — By Mara Ventel", 0), ("a", 1): ("Talks ended.", 34)}
    assert datelines_of(sentences) == datelines_in(article_openings(sentences)) == {"a": [(0, 19)]}
    spans = datelines_in(openings)["c"]
    assert dateline_end_before(spans, openings["c"].index("Por")) == 21
    assert dateline_end_before(spans, 5) == 0 and dateline_end_before([], 50) == 0
    assert dateline_end_before([(0, 9), (20, 30)], 25) == 9  # one that closes after the name is no lead of it
    assert not hasattr(credits, "_dateline_end_before")
    assert nearby.datelines_in is datelines_in and credits.dateline_end_before is dateline_end_before
    # the dateline that opens a sentence row, where the timeline reads a date's clause
    from kit.timeline import clauses, reports

    assert reports.dateline_end is dateline_end and not hasattr(clauses, "dateline_end")


@pytest.mark.parametrize(("text", "dateline"), [
    ("From Our Staff Correspondent\nTARNBURG, Dec. 28: President Osk will lead the delegation.",
     "TARNBURG, Dec. 28: "),  # a place, a date and a colon
    ("By Mara Ventel\nKARACHI: The Prime Minister, Mr Osk Varadi, died yesterday.", "KARACHI: "),  # a known place
    ("By Mara Ventel\nTARNBURG, Dec. 30. Prime Minister Osk Varadi will lead the delegation.",
     "TARNBURG, Dec. 30. "),  # a date, then a full stop
    ("PORT VELMAR, 30 Dec: The minister spoke.", "PORT VELMAR, 30 Dec: "),
])
def test_a_dateline_may_end_with_a_colon_or_with_a_full_stop_after_its_date(text, dateline):
    assert datelines(text) == [dateline]


@pytest.mark.parametrize("text", [
    "UPDATE: The bridge fell.",  # capitals and a colon, no place and no date
    "TARNBURG: The minister spoke.",  # a place no lexicon knows, no date
    "TARNBURG, Osk. 30. The minister spoke.",  # no month before the day
    "WARNING, Dec. 28: Do not cross.",  # a page's label with a date, no place
    "ÚLTIMA HORA, 3 dic: Cayó el puente.",
    "A, May 5. Then they met.",  # one letter is no place
])
def test_capitals_and_a_colon_make_no_dateline_but_for_a_known_place_or_a_date(text):
    assert datelines(text) == []


@pytest.mark.parametrize(("text", "dateline"), [
    ("MADRID, 24 oct. (Agencia Austral)\n\nEl primer ministro firmó ayer.", "MADRID, 24 oct. (Agencia Austral)"),
    ("TARNBURG (Osk Wire)\n\nThe talks resumed.", "TARNBURG (Osk Wire)"),
    ("TARNBURG, Oct. 21\n\nBy Mara Ventel\n\nThe talks resumed.", "TARNBURG, Oct. 21"),
    # a full stop closes it, as the print era wrote a correspondent's dateline
    ("From Mara Ventel\n\nTARNBURG, Feb. 20.\n\nThe ministers met.", "TARNBURG, Feb. 20."),
    ("TARNBURG, 20 Feb.\n\nThe ministers met.", "TARNBURG, 20 Feb."),
])
def test_a_dateline_may_be_a_line_of_its_own_with_a_date_or_an_outlet(text, dateline):
    assert datelines(text) == [dateline]


@pytest.mark.parametrize("text", [
    "TALKS COLLAPSE\n\nThe talks collapsed.",  # a headline in capitals: no date, no outlet
    "UPDATE (2)\n\nThe bridge fell.",  # a page's label and a count
    "TALKS COLLAPSE (CORRECTED)\n\nThe talks collapsed.",  # a page's label in the parentheses
    "TARNBURG, the capital\n\nThe talks resumed.",
    "TALKS COLLAPSE (UPDATE)\n\nThe talks collapsed.",  # a headline and a page's label: no outlet
    "OSK ENVOY MEETS TARN LEADERS (ANALYSIS)\n\nThe envoy arrived.",
    "TALKS COLLAPSE.\n\nThe talks collapsed.",  # a full stop makes no date
    "TARNBURG, the capital.\n\nThe talks resumed.",
])
def test_a_line_in_capitals_without_a_date_or_an_outlet_is_no_dateline(text):
    assert datelines(text) == []


# ---- the dateline that opens a sentence row (what the timeline reads) ----------------------


@pytest.mark.parametrize("sentence, sentence_id, previous, end", [
    ("KYIV, Ukraine — Russia said on Wednesday it would return.", 1, "", 16),
    ("ODESA, Ukraine (Straits Wire) — The first ship left.", 1, "", 32),
    ("WASHINGTON, Jan. 18 (Reuters) - Officials met.", 0, "", 0),  # a hyphen is no dash
    ("WASHINGTON, Jan. 18 (Reuters) — Officials met.", 0, "", 32),
    (", Switzerland (Continental Wire) — Negotiators bargained.", 2, "LAUSANNE", 35),
    ("(ADN) — Secretary of State Mara Ventel broke her leg.", 2, "GENEVA", 8),
    ("Four Democrats — Schumer and Cardin — voted no.", 5, "", 0),  # too far in
    ("The Kremlin — never shy — said so on Monday.", 1, "", 0),  # no capitals
    ("OSK, 9 de junio (Wire) — Los delegados llegaron.", 0, "", 25),  # a month in lower case
    ("OSK, lunes 9 de junio (Wire) — Los delegados llegaron.", 0, "", 31),
    ("OSK, 9 de los delegados (Wire) — Llegaron.", 0, "", 0),  # other words in lower case
    ("OSK, 9 de junio (Wire).- Los delegados llegaron.", 0, "", 25),  # a Spanish wire's ".-"
    ("OSK, 9 jun (Wire) — Los delegados llegaron.", 0, "", 20),  # a wire's abbreviated month
    ("OSK, 9 jun. (Wire) — Los delegados llegaron.", 0, "", 21),  # with its dot, the sentence not cut
    (", 9 de junio (Wire).- Los delegados llegaron.", 1, "OSK", 22),
    ("U.S.-Osk talks ended on Monday.", 0, "", 0),  # a hyphen after a full stop, no space
])
def test_a_dateline_is_the_capitalised_opening_before_a_dash(sentence, sentence_id, previous,
                                                              end):
    assert dateline_end(sentence, sentence_id, previous) == end


def test_a_dateline_may_describe_its_place_in_lower_case_words_of_dateline_places():
    line = "WADI KARAS, Tarn-Velmar border, Oct. 26 — By Ana Obi"
    assert line[:dateline_end(line, 0)] == "WADI KARAS, Tarn-Velmar border, Oct. 26 — "
    assert dateline_end("KYIV, Tarn officials said — the border stays shut.", 0) == 0


# ---- the shapes outlets print: title case, a glued hyphen, a weekday ------------------------


@pytest.mark.parametrize(("dateline", "place"), [
    # a place in title case, one word, then the outlet or a date
    ("Tarnburg (Osk Press) - ", "Tarnburg"),
    ("Tarnburg, Thursday (Osk Press) — ", "Tarnburg"),
    ("Tarnburg, March 4 — ", "Tarnburg"),
    ("Tarnburgo (Agencia Austral) - ", "Tarnburgo"),
    # a weekday in lower case before a Spanish wire's date
    ("Tarnburgo, jueves 4 de marzo (Agencia Austral) - ", "Tarnburgo"),
    ("TARNBURGO, jueves 4 de marzo (Agencia Austral) — ", "TARNBURGO"),
    # a hyphen glued to the full stop and to the story
    ("TARNBURG.-", "TARNBURG"),
    ("PUERTO VALEN.-", "PUERTO VALEN"),
    ("TARNBURGO, 4 mar (Agencia Austral).-", "TARNBURGO"),  # glued after the outlet
    ("PORT VALEN, St. Marta (Tarn Wire) – ", "PORT VALEN"),
    # a Spanish wire's year after "de"
    ("TARNBURGO, 4 de marzo de 2021 (Agencia Austral) - ", "TARNBURGO"),
])
def test_outlets_print_a_dateline_in_title_case_with_a_glued_hyphen_or_a_weekday(dateline, place):
    from kit.extract.datelines import dateline_place

    for story in ("Foreign Minister Jana Roe said ...", "El canciller Jana Roe dijo ..."):
        text = dateline + story
        spans = dateline_spans(text)
        assert [text[s:e] for s, e in spans] == [dateline]
        assert dateline_place(text, spans[0]) == place


@pytest.mark.parametrize("text", [
    "Jana Roe (Liberation Front) — who leads the rebels — said no.",  # a name and its party
    "Piet Malvo, the envoy (left) - said no.",
    "Tarnburg, Freedonia — talks went on.",  # title case, no outlet, no date, no place known
    "U.S.-Freedonia talks ended on Monday.",  # a glued hyphen after an initial
    "The U.S.-Tarn deal held.",
    "Jana Roe, jueves 4 de marzo — dijo.",  # two words in title case: a name
    "Friday, March 4 — Talks resumed.",  # a date in a header, no place
    "Update (Osk Press) - Talks resumed.",  # a page's label
    "Ventel (FLN) - the rebel chief - said no.",  # one name and its party, an aside between dashes
    "EE.UU.-Tarnia: el deshielo avanza.",  # a glued hyphen after an abbreviation's letters
])
def test_a_name_in_title_case_and_a_glued_hyphen_after_initials_make_no_dateline(text):
    assert datelines(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("PORT NEW, March 5 (PW) — Talks", "March 5"),
    ("KALVO, Velmar, Aug. 7 (TEW) - Talks", "Aug 7"),
    ("PUERTO KALVO, 17 dic (AIN) — Hoy", "17 diciembre"),  # a wire's month written out
    ("LA VELA, 5 ago.—El presidente", "5 agosto"),
    ("KALVO, Ostria, jueves 4 de marzo de 2021 (AIN).- El", "jueves 4 de marzo de 2021"),
    ("KALVO, Ostria, 31 de octubre.- El", "31 de octubre"),
    ("KALVO, Ostria (AIN) — El", ""),
    ("KALVO, Thursday — Talks", ""),  # a weekday alone is no date
    ("KALVO.— Fuerzas", ""),
    ("KALVO, Feb. 20.\n\nTalks", "Feb 20"),  # a line of its own closed by a full stop
])
def test_the_date_of_a_dateline_is_its_day_and_month(text, date):
    from kit.extract.datelines import dateline_date

    assert dateline_date(text, dateline_spans(text)[0]) == date
