"""An act told in a gerund or an infinitive before the clause's own ("a day after signing
..."), a date the parse gave the verb after a relative clause it stands in ("A, who met B
last week, called ..."), and "since" states ("have lived in peace since 1961")
(kit.timeline.reports, kit.timeline.clauses). Invented stories."""

from __future__ import annotations

import datetime as dt

import pytest
from test_timeline import fake_ann

from kit.extract.lemmas import form_infinitive
from kit.timeline import dated_clauses, event_reports, events
from kit.timeline.clauses import prior_acts
from kit.timeline.reports import _english_lemma

D = dt.date
TUE, MON = D(2024, 1, 16), D(2024, 1, 15)


# ---- an act before the clause's own -----------------------------------------------------------


@pytest.mark.parametrize("text, date, span", [
    ("A day after signing the Tarn Accord, Arvelo addressed the Senate today.", "today",
     "after signing the Tarn Accord"),
    ("Arvelo habló ayer ante el Senado, horas después de firmar el Acuerdo de Tarn.", "ayer",
     "después de firmar el Acuerdo de Tarn."),
    ("Antes de reunirse con Karsten, Arvelo viajó el lunes a Tarn.", "el lunes", "Antes de reunirse con Karsten"),
])
def test_an_act_in_a_gerund_or_an_infinitive_after_before_or_after_is_another_act(text, date, span):
    assert [text[a:b] for a, b in prior_acts(text, 0, len(text), text.index(date))] == [span]


@pytest.mark.parametrize("text, date", [
    ("After signing the accord on Monday, Arvelo flew home.", "Monday"),  # the date is its own
    ("After morning talks, Arvelo flew home on Monday.", "Monday"),  # a day part is no gerund
    ("After Beijing, Arvelo flew home on Monday.", "Monday"),
    # a Spanish infinitive's ending read on an English word: no verb
    ("After further talks in Osk, Arvelo flew home on Monday.", "Monday"),
    ("Before dinner, Arvelo flew home on Monday.", "Monday"),
])
def test_no_prior_act_holding_the_date_or_without_a_gerund(text, date):
    assert prior_acts(text, 0, len(text), text.index(date)) == []


def test_the_prior_act_gives_its_words_to_no_event_and_a_wrong_day_of_it_joins_its_own_event():
    address = ("A day after signing the Tarn Accord, Arvelo and Karsten addressed the Senate today.",
               [("today", "past", None, None, "address",
                 {"subject": "A day after signing the Tarn Accord, Arvelo and Karsten"})],
               [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("the Tarn Accord", "LAW"), ("the Senate", "ORG")])
    signing = ("Arvelo and Karsten signed the Tarn Accord at the Velna Palace on Monday.",
               [("Monday", "past", None, None, "sign", {"subject": "Arvelo and Karsten"})],
               [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("the Tarn Accord", "LAW"),
                ("the Velna Palace", "FAC")])
    misdated = ("Three months on, the Tarn Accord, signed at the Velna Palace on Jan. 16, holds.",
                [("Jan. 16", "past", "signed at the Velna Palace on Jan. 16", None, "sign",
                  {"subject": "the Tarn Accord"})],
                [("the Tarn Accord", "LAW"), ("the Velna Palace", "FAC")])
    ann = fake_ann(("a", TUE, "Ledger", [address]), ("b", MON, "Courier", [signing]),
                   ("c", D(2024, 4, 16), "Review", [misdated]))
    table = events(ann)
    sign = table[table["trigger"] == "sign"].iloc[0]
    assert (sign["start"], sign["conflict"]) == (MON, True), table[["start", "trigger", "articles"]]
    assert set(sign["articles"].split("; ")) == {"b", "c"}
    spoke = table[table["trigger"] == "address"].iloc[0]
    assert (spoke["start"], spoke["articles"], spoke["conflict"]) == (TUE, "a", False)


def test_a_spanish_prior_act_s_names_are_not_the_clause_s_actors():
    said = ("Arvelo habló ayer ante el Senado, horas después de firmar el Acuerdo de Tarn con Karsten.",
            [("ayer", "past", None, None, "hablar", {"subject": "Arvelo"})],
            [("Arvelo", "PERSON"), ("Senado", "ORG"), ("Acuerdo de Tarn", "MISC"), ("Karsten", "PERSON")])
    (event,) = events(fake_ann(("a", TUE, "Diario", [said]))).to_dict("records")
    assert event["trigger"] == "hablar" and "Karsten" not in event["actors"].split("; ")


# ---- a relative clause's date ------------------------------------------------------------------


@pytest.mark.parametrize("text, subject, verb, act", [
    ("Foreign Minister Vos, who met Lind and Osk at the lake last week, called the accord a turning point.",
     "Foreign Minister Vos, who met Lind and Osk at the lake last week", "call", "meet"),
    ("El canciller Vos, que se reunió con Lind y Osk en el lago la semana pasada, calificó el acuerdo de histórico.",
     "El canciller Vos, que se reunió con Lind y Osk en el lago la semana pasada", "calificar", "reunir"),
])
def test_a_date_inside_a_relative_clause_dates_its_act_done_by_the_antecedent(text, subject, verb, act):
    date = "last week" if "last week" in text else "la semana pasada"
    ann = fake_ann(("a", TUE, "Ledger", [(text, [(date, "past", None, None, verb, {"subject": subject})],
                                         [("Vos", "PERSON"), ("Lind", "PERSON"), ("Osk", "PERSON")])]))
    (event,) = events(ann).to_dict("records")
    assert event["trigger"] == act
    assert {"Vos", "Lind", "Osk"} <= set(event["actors"].split("; "))
    assert (event["start"], event["end"]) == (D(2024, 1, 8), D(2024, 1, 14))


def test_a_date_of_the_main_verb_after_a_relative_clause_stays_the_main_verb_s():
    text = "Foreign Minister Vos, who met Lind at the lake, called the accord a turning point on Monday."
    ann = fake_ann(("a", TUE, "Ledger", [(text, [("Monday", "past", None, None, "call",
                                                  {"subject": "Foreign Minister Vos, who met Lind at the lake"})],
                                          [("Vos", "PERSON"), ("Lind", "PERSON")])]))
    assert events(ann)["trigger"].tolist() == ["call"]


def test_a_verb_read_on_its_form_alone():
    assert [_english_lemma(w) for w in ("met", "hosted", "agreed", "carried", "planned", "called", "meets")] \
        == ["meet", "host", "agree", "carry", "plan", "call", "meet"]
    assert form_infinitive("reunió", "es") == "reunir" and form_infinitive("firmaron", "es") == "firmar"


# ---- "since" states -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expression, verb, tense, kept", [
    ("The two peoples have lived in peace since 1961.", "since 1961", "live", "past", "state"),
    ("Roe spoke of the soldiers who had died since 1961.", "1961", "die", "past", "state"),
    ("Los dos pueblos viven en paz desde 1961.", "1961", "vivir", "present", "state"),
    ("The crossing, closed since Monday, was crowded with trucks.", "Monday", "close", "past", ""),
    ("Arvelo has negotiated with Karsten since Monday.", "Monday", "negotiate", "past", ""),
])
def test_a_state_since_a_date_is_no_event_on_that_date(text, expression, verb, tense, kept):
    cue = None if expression.startswith("since") else "desde" if "desde" in text else "since"
    clause = text[text.index("closed"):text.index(",", text.index("closed"))] if "crossing" in text else \
        text[text.index("who"):-1] if "who" in text else None
    ann = fake_ann(("a", TUE, "Ledger", [(text, [(expression, tense, clause, cue, verb,
                                                  {"subject": text.split()[0] + " " + text.split()[1]})],
                                          [("Roe", "PERSON")] if "Roe" in text else [])]))
    reasons = dated_clauses(ann)["kept_out"].tolist()
    assert reasons == [kept] if kept else reasons != ["state"]
    if kept:
        assert event_reports(ann).empty


def test_being_somewhere_since_a_date_is_still_presence_there():
    text = "Foreign Minister Vos, who has been in Tarn since last week, met Lind."
    ann = fake_ann(("a", TUE, "Ledger", [(text, [("last week", "past", "who has been in Tarn since last week",
                                                  "since", "be", {"subject": "who"})],
                                          [("Vos", "PERSON"), ("Tarn", "GPE"), ("Lind", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    text = "Foreign Minister Vos, who has been ill since last week, met Lind."
    ann = fake_ann(("a", TUE, "Ledger", [(text, [("last week", "past", "who has been ill since last week",
                                                  "since", "be", {"subject": "who"})],
                                          [("Vos", "PERSON"), ("Lind", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() != [""]


@pytest.mark.parametrize("text, verb, act", [
    ("The two men, who met in Davos and watched Lind sign the text at the lake last week, "
     "called the accord a turning point.", "call", "watch"),
    ("El canciller Vos, que llegó a Tarn y se reunió con Lind la semana pasada, calificó el acuerdo de histórico.",
     "calificar", "reunir"),
    ("Vos, who met the envoys and the ministers at the lake last week, called the accord a turning point.",
     "call", "meet"),
])
def test_a_relative_clause_of_two_verbs_gives_the_date_to_the_last(text, verb, act):
    date = "last week" if "last week" in text else "la semana pasada"
    subject = text[: text.index(date) + len(date)]
    names = [(name, "PERSON") for name in ("Vos", "Lind") if name in text]
    ann = fake_ann(("a", TUE, "Ledger", [(text, [(date, "past", None, None, verb, {"subject": subject})], names)]))
    assert events(ann)["trigger"].tolist() == [act]


def test_staying_somewhere_since_a_date_is_still_presence_there():
    text = "Vos sigue desde el martes en Tarn, desde donde denuncia un golpe."
    ann = fake_ann(("a", TUE, "Diario", [(text, [("el martes", "present", "Vos sigue desde el martes en Tarn",
                                                  "desde", "seguir", {"subject": "Vos"})],
                                          [("Vos", "PERSON"), ("Tarn", "GPE")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]


def test_a_clause_naming_no_one_but_in_its_prior_act_keeps_those_names():
    text = "The general reached the port last Sunday after meeting Tarn officials in Osk."
    ann = fake_ann(("a", TUE, "Ledger", [(text, [("last Sunday", "past", None, None, "reach",
                                                  {"subject": "The general"})],
                                          [("Tarn", "GPE"), ("Osk", "GPE")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
