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
    """"ruling"/"fallo" is an event noun: the court's ruling and the pressure that grew
    "since Tuesday's ruling" tell one ruling, whoever each names."""
    court = _one("a", WED, "The Tarn Court of Justice issued its ruling on the river on Tuesday.",
                 "Tuesday", "past", "issue", [("Tarn Court of Justice", "ORG")], "Courier")
    later = _one("b", WED, "Pressure on the Velmar Assembly grew after the ruling on Tuesday.",
                 "Tuesday", "past", "grow", [("Velmar Assembly", "ORG")], "Outlet b")
    (e,) = events(fake_ann(court, later)).to_dict("records")
    assert e["n_sources"] == 2
    corte = _one("c", WED, "La Corte de Tarn dio a conocer ayer su fallo sobre el río.", "ayer", "past",
                 "dar", [("Corte de Tarn", "ORG")], "Diario")
    presion = _one("d", WED, "Desde el fallo de ayer, la presión sobre la Asamblea de Velmar creció.",
                   "ayer", "past", "crecer", [("Asamblea de Velmar", "ORG")], "Outlet d")
    (e,) = events(fake_ann(corte, presion)).to_dict("records")
    assert e["n_sources"] == 2
