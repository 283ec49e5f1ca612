"""Two articles telling one act of one day in other words are one event; two acts of one day
at one place stay two. Hand-made annotations, no model."""

from __future__ import annotations

import datetime as dt

from test_timeline import fake_ann

from kit.timeline import events

D = dt.date
TUE, WED = D(2022, 8, 2), D(2022, 8, 3)


def _one(article_id, published, text, expression, tense, verb, mentions, source, noun=None):
    """One article of one sentence dating ``verb`` (or the dated ``noun``)."""
    grammar = {"noun": noun} if noun else {}
    return (article_id, published, source,
            [(text, [(expression, tense, None, None, verb, grammar)], mentions)])


def test_a_court_ruling_named_by_two_outlets_is_one_event():
    """"judgment"/"fallo" is an event noun: the court's judgment and the pressure that grew
    "since Tuesday's judgment" tell one ruling, whoever each names ("ruling" is not: "the ruling
    party")."""
    court = _one("a", WED, "The Tarn Court of Justice issued its judgment on the river on Tuesday.",
                 "Tuesday", "past", "issue", [("Tarn Court of Justice", "ORG")], "Courier")
    later = _one("b", WED, "Pressure on the Velmar Assembly grew after the judgment on Tuesday.",
                 "Tuesday", "past", "grow", [("Velmar Assembly", "ORG")], "Outlet b")
    (e,) = events(fake_ann(court, later)).to_dict("records")
    assert e["n_sources"] == 2
    corte = _one("c", WED, "La Corte de Tarn dio a conocer ayer su fallo sobre el río.", "ayer", "past",
                 "dar", [("Corte de Tarn", "ORG")], "Diario")
    presion = _one("d", WED, "Desde el fallo de ayer, la presión sobre la Asamblea de Velmar creció.",
                   "ayer", "past", "crecer", [("Asamblea de Velmar", "ORG")], "Outlet d")
    (e,) = events(fake_ann(corte, presion)).to_dict("records")
    assert e["n_sources"] == 2


SUN, MON = D(2022, 7, 31), D(2022, 8, 1)


def test_a_release_told_by_a_light_verb_and_by_its_noun_is_one_event():
    """``release`` (``event_classes.csv``): "lo dejó en libertad" (a light verb and its object)
    and "la liberación de A" name one act, though one names the captor and the other the
    captive."""
    freed = _one("a", MON, "El Frente de Tarn lo dejó en libertad ayer en Velmar.", "ayer", "past", "dejar",
                 [("Frente de Tarn", "ORG")], "Diario")
    named = _one("b", MON, "La liberación del exdiputado Osk Darrow, ayer, fue la condición del acuerdo.",
                 "ayer", "past", None, [("Osk Darrow", "PERSON")], "Outlet b")
    (e,) = events(fake_ann(freed, named)).to_dict("records")
    assert e["n_sources"] == 2


def test_voters_at_the_polls_and_the_elections_of_that_day_are_one_event():
    polls = _one("a", MON, "Los votantes de Tarn acudieron ayer a las urnas.", "ayer", "past", "acudir",
                 [("Tarn", "GPE")], "Diario")
    won = _one("b", MON, "El Partido Verde ganó las elecciones del domingo.", "domingo", "past", "ganar",
               [("Partido Verde", "ORG")], "Outlet b")
    (e,) = events(fake_ann(polls, won)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (SUN, 2)
    # voting in an election is the election, approving a text is a vote of another class
    voted = _one("c", MON, "Los ciudadanos de Tarn votaron ayer.", "ayer", "past", "votar", [("Tarn", "GPE")],
                 "Outlet c")
    (e,) = events(fake_ann(voted, won)).to_dict("records")
    assert e["n_sources"] == 2


def test_two_acts_of_other_classes_or_two_meetings_in_one_capital_on_one_day_stay_two_events():
    polls = _one("a", MON, "Los votantes de Tarn acudieron ayer a las urnas.", "ayer", "past", "acudir",
                 [("Tarn", "GPE")], "Diario")
    freed = _one("b", MON, "El Frente de Velmar dejó en libertad ayer a dos rehenes.", "ayer", "past", "dejar",
                 [("Frente de Velmar", "ORG")], "Outlet b")
    assert len(events(fake_ann(polls, freed))) == 2
    first = _one("c", WED, "Jana Roe met Osk Darrow in Brennholm on Tuesday.", "Tuesday", "past", "meet",
                 [("Jana Roe", "PERSON"), ("Osk Darrow", "PERSON"), ("Brennholm", "GPE")], "Courier")
    second = _one("d", WED, "Mara Ventel met Karl Ostrand in Brennholm on Tuesday.", "Tuesday", "past", "meet",
                  [("Mara Ventel", "PERSON"), ("Karl Ostrand", "PERSON"), ("Brennholm", "GPE")], "Outlet d")
    assert len(events(fake_ann(first, second))) == 2
