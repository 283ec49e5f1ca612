"""Event classes (``event_classes.csv``): two reports whose triggers tell one class of event,
in any language, share a trigger; two whose triggers tell classes none in common are two
acts. Hand-made annotations, no model."""

from __future__ import annotations

import datetime as dt

from test_timeline import fake_ann, meeting

from kit.lexicon.wordlists import event_classes
from kit.timeline import events
from kit.timeline.evidence import other_classes, related, same_class

D = dt.date
TUE, WED, THU = D(2022, 8, 2), D(2022, 8, 3), D(2022, 8, 4)


def test_a_class_holds_words_of_both_languages_verbs_and_nouns():
    assert {"travel"} == event_classes("viajar") == event_classes("fly")
    assert "speech" in event_classes("address") & event_classes("hablar") & event_classes("discurso")
    assert same_class("address", "hablar") and same_class("aprobar", "referendum")
    assert not same_class("viajar", "address")
    # a noun named beside an act does not name it by its class
    assert not related("aprobar", "plebiscito")
    assert other_classes(["viajar"], ["address"]) and not other_classes(["hablar"], ["address"])
    assert not other_classes(["say"], ["address"])  # a word of no class tells no class


def _said(article_id, published, text, expression, body, verb, source):
    """One article of one sentence dating ``verb``, naming ``body`` (an organisation)."""
    return (article_id, published, source, [(text, [(expression, "future", None, None, verb)],
                                              [(body, "ORG")])])


def test_a_speech_told_in_english_and_in_spanish_on_one_day_is_one_event():
    english = _said("a", TUE, "The King is expected to address a joint session of the Assembly on Tuesday.",
                    "Tuesday", "Assembly", "address", "Courier")
    spanish = _said("b", TUE, "El rey hablará hoy ante el Consejo de Tarn.", "hoy", "Consejo de Tarn",
                    "hablar", "Diario")
    (e,) = events(fake_ann(english, spanish)).to_dict("records")
    assert e["n_sources"] == 2


def test_a_journey_and_a_speech_of_one_man_on_one_day_are_two_events():
    speech = meeting("a", THU, "Arvelo will address the Assembly of Tarn on Thursday.", "Thursday",
                     "future", ["Arvelo"], verb="address")
    journey = meeting("b", THU, "Arvelo viajará hoy a Brennholm.", "hoy", "future", ["Arvelo"],
                      source="Diario", verb="viajar")
    table = events(fake_ann(speech, journey))
    assert sorted(table["trigger"]) == ["address", "viajar"]
    # without a class, one shared name on one day still makes one event
    other = meeting("b", THU, "Arvelo sonreirá hoy.", "hoy", "future", ["Arvelo"], source="Diario",
                    verb="sonreir")
    assert len(events(fake_ann(speech, other))) == 1


def test_a_vote_told_as_an_approval_a_day_off_is_one_event_in_conflict():
    """A referendum in which one side voted no and the other approved the plan: an outlet
    that dates the approval a day later dates the one vote, flagged."""
    a = meeting("a", WED, "Voters of Tarn rejected the Osk plan in a referendum on Tuesday.", "Tuesday",
                "past", ["Osk", "Tarn"], verb="reject")
    b = meeting("b", THU, "Voters of Tarn voted on the Osk plan on Tuesday.", "Tuesday", "past",
                ["Osk", "Tarn"], source="Outlet b", verb="vote")
    c = meeting("c", THU, "The north approved the Osk plan on Wednesday.", "Wednesday", "past",
                ["Osk"], source="Outlet c", verb="approve")
    (e,) = events(fake_ann(a, b, c)).to_dict("records")
    assert (e["start"], e["conflict"], e["conflicting_dates"]) == (TUE, True, "2022-08-03")


def test_an_opening_told_in_other_words_a_day_off_is_one_event_in_conflict():
    """``opening`` (scope "thing"): "comenzó" and "instaló" open one dialogue at one place;
    the clause of the later outlet leaves the dialogue to the sentence before it."""
    a = meeting("a", WED, "El diálogo comenzó ayer en Brennholm.", "ayer", "past", ["Brennholm"],
                source="Outlet a", verb="comenzar")
    b = meeting("b", WED, "The dialogue began in Brennholm on Tuesday.", "Tuesday", "past",
                ["Brennholm"], source="Outlet b", verb="begin")
    c = meeting("c", THU, "que Osk Darrow instaló el miércoles en Brennholm", "miércoles", "past",
                ["Osk Darrow", "Brennholm"], source="Outlet c", verb="instalar")
    (e,) = events(fake_ann(a, b, c)).to_dict("records")
    assert (e["start"], e["conflict"], e["conflicting_dates"]) == (TUE, True, "2022-08-03")
    # a start at another place, or of no shared name, is another act
    d = meeting("c", THU, "que Osk Darrow instaló el miércoles en Port Calder", "miércoles", "past",
                ["Osk Darrow", "Port Calder"], source="Outlet c", verb="instalar")
    assert len(events(fake_ann(a, b, d))) == 2


def test_a_closing_told_in_other_words_a_day_off_is_one_event_in_conflict():
    a = meeting("a", THU, "The dialogue in Brennholm ended on Tuesday.", "Tuesday", "past",
                ["Brennholm"], source="Outlet a", verb="end")
    b = meeting("b", THU, "El diálogo se clausuró el martes en Brennholm.", "martes", "past",
                ["Brennholm"], source="Outlet b", verb="clausurar")
    c = meeting("c", THU, "El diálogo terminó el miércoles en Brennholm.", "miércoles", "past",
                ["Brennholm"], source="Outlet c", verb="terminar")
    (e,) = events(fake_ann(a, b, c)).to_dict("records")
    assert (e["start"], e["conflict"]) == (TUE, True)


def test_other_people_of_one_act_at_one_place_a_day_off_are_one_event_in_conflict():
    """Outlets name different people of one opening of the talks at one place; the strong
    evidence (the act, the place, the talks) is not undone by the people each names."""
    names = ["Mara Ventel", "Osk Darrow", "Brennholm"]
    a = meeting("a", WED, "Mara Ventel and Osk Darrow opened the talks in Brennholm on Tuesday.",
                "Tuesday", "past", names, source="Outlet a", verb="open")
    b = meeting("b", WED, "Mara Ventel and Osk Darrow opened the talks in Brennholm on Tuesday.",
                "Tuesday", "past", names, source="Outlet b", verb="open")
    c = meeting("c", THU, "The government of Ilse Marrow opened the talks in Brennholm on Wednesday.",
                "Wednesday", "past", ["Ilse Marrow", "Brennholm"], source="Outlet c", verb="open")
    (e,) = events(fake_ann(a, b, c)).to_dict("records")
    assert (e["start"], e["conflict"]) == (TUE, True)
    # one person in common and each another: two meetings
    d = meeting("c", THU, "Mara Ventel opened the talks with Ilse Marrow in Brennholm on Wednesday.",
                "Wednesday", "past", ["Mara Ventel", "Ilse Marrow", "Brennholm"], source="Outlet c",
                verb="open")
    assert len(events(fake_ann(a, b, d))) == 2


def test_a_telling_on_the_event_s_own_day_is_among_its_dates_and_another_says_so():
    """The dates column lists every report's date with the article behind it: a telling that
    falls on the event's day dates it there too ("told the Assembly on Thursday that the
    accord signed a day earlier ..." in the story of the speech to the Assembly on Thursday);
    a telling of another day is marked so in the reports."""
    told = ("Arvelo told the Assembly on Thursday that the accord signed a day earlier would hold.",
            [("Thursday", "past", "Arvelo told the Assembly on Thursday", None, "tell", {"reporting": True}),
             ("a day earlier", "past", "that the accord signed a day earlier would hold", None, "sign",
              {"subject": "the accord"})],
            [("Arvelo", "PERSON"), ("Assembly", "ORG")])
    plan = ("Arvelo will address the Assembly on Thursday.", [("Thursday", "future", None, None, "address")],
            [("Arvelo", "PERSON"), ("Assembly", "ORG")])
    ann = fake_ann(("a", THU, "Outlet a", [plan]), ("b", D(2022, 8, 5), "Outlet b", [told]))
    speech = events(ann).set_index("start").loc[THU]
    assert "2022-08-04: a, b" in speech["dates"].split("; ")
    assert "(its telling)" not in speech["reports"]


def test_a_telling_of_another_day_than_the_event_s_is_marked_in_the_reports():
    result = ("Officials in Brennholm announced on Tuesday the result of Monday's referendum.",
              [("Tuesday", "past", None, None, "announce"),
               ("Monday", "past", None, None, "hold", {"noun": "referendum"})],
              [("Brennholm", "GPE")])
    (e,) = events(fake_ann(("b", WED, "Outlet b", [result]))).to_dict("records")
    assert e["dates"] == "2022-08-01: b"
    assert e["reports"] == ("Outlet b: 'Monday' → 2022-08-01; "
                            "Outlet b: 'Tuesday' → 2022-08-02 (its telling)")


def test_an_event_s_actors_are_no_city_nor_bare_demonym_and_its_place_takes_the_city():
    """A capital the act goes to (``demonyms.csv``), a city the model read as a body
    (``cities.csv``) and a bare demonym word are no actors of the event; a state is one."""
    trip = ("a", THU, "Diario", [("Arvelo viajará hoy a Damasco.", [("hoy", "future", None, None, "viajar")],
                                  [("Arvelo", "PERSON"), ("Damasco", "GPE")])])
    vote = ("b", THU, "Courier", [(
        "The Jordanian parliament, Osk Darrow and Jordan approved the plan near Aleppo on Thursday.",
        [("Thursday", "past", None, None, "approve")],
        [("Jordanian", "NORP"), ("Jordan", "GPE"), ("Aleppo", "ORG"), ("Osk Darrow", "PERSON")])])
    table = events(fake_ann(trip, vote)).set_index("trigger")
    assert (table.loc["viajar", "actors"], table.loc["viajar", "place"]) == ("Arvelo", "Damasco")
    assert table.loc["approve", "actors"] == "Jordan; Osk Darrow"
    assert table.loc["approve", "place"] == "Aleppo"


def test_a_coarser_report_keeps_its_own_verb_not_its_class():
    """A month holds many acts of a class: "se habla de una firma a finales de octubre" is no
    speech given in October, though "hablar" may tell a speech ("se habló en octubre de una
    firma")."""
    speech = meeting("a", D(2022, 10, 13), "Arvelo pronunció un discurso en Brennholm el 12 de octubre.",
                     "12 de octubre", "past", ["Arvelo", "Brennholm"], verb="pronunciar")
    talk = meeting("b", D(2022, 11, 4), "En Brennholm se habló en octubre de una firma.",
                   "octubre", "past", ["Brennholm"], source="Outlet b", verb="hablar")
    assert len(events(fake_ann(speech, talk))) == 2


def test_a_plural_demonym_that_acts_is_an_actor_of_the_event():
    """"The Icelanders signed", "los islandeses firmaron": a people acting, no bare demonym
    word written as a body's adjective ("the Jordanian parliament"), so no bystander."""
    en = ("a", THU, "Courier", [("The Icelanders and Tarn signed the accord on Thursday.",
                                  [("Thursday", "past", None, None, "sign")],
                                  [("Icelanders", "NORP"), ("Tarn", "GPE")])])
    es = ("b", THU, "Diario", [("Los islandeses firmaron el acuerdo el jueves con Velmar.",
                                 [("jueves", "past", None, None, "firmar")],
                                 [("islandeses", "NORP"), ("Velmar", "GPE")])])
    named = {n for actors in events(fake_ann(en, es))["actors"] for n in actors.split("; ")}
    assert {"Icelanders", "islandeses", "Tarn", "Velmar"} <= named


# ---- a coarser report of one class of act ---------------------------------------------------

WEEK_BEFORE, AFTER = D(2022, 7, 27), D(2022, 8, 5)


def _assembly(article_id, published, text, expression, tense, verb, source="Gazette"):
    return (article_id, published, source,
            [(text, [(expression, tense, None, None, verb)], [("Tarn Assembly", "ORG")])])


def _week_of_votes(second_text, second_verb):
    """The events of "the Tarn Assembly will vote next week", its adoption of a resolution on
    Tuesday and another act of the Assembly on Thursday."""
    plan = _assembly("a", WEEK_BEFORE, "The Tarn Assembly will vote next week.", "next week",
                     "future", "vote")
    act = _assembly("b", AFTER, "The Tarn Assembly adopted the resolution on Tuesday.", "on Tuesday",
                    "past", "adopt", source="Courier")
    other = _assembly("c", AFTER, second_text, "on Thursday", "past", second_verb, source="Herald")
    return events(fake_ann(plan, act, other))


def test_a_week_announcing_an_act_of_one_class_joins_the_one_such_act_of_that_week():
    """"The Tarn Assembly will vote next week" and "the Tarn Assembly adopted the resolution
    on Tuesday": a vote told by another verb of the class, the one act of the class that
    week naming the Assembly (``event_classes.csv``: "adopt" is a vote)."""
    table = _week_of_votes("The Tarn Assembly welcomed the envoy on Thursday.", "welcome")
    assert len(table) == 2
    (vote,) = table[table["n_sources"] == 2].to_dict("records")
    assert vote["start"] == TUE


def test_a_week_holding_two_acts_of_its_class_joins_neither():
    """Two votes of the Assembly that week: the week names no day, so it is neither."""
    table = _week_of_votes("The Tarn Assembly rejected the budget on Thursday.", "reject")
    assert len(table) == 3 and set(table["n_sources"]) == {1}


def test_taking_office_and_adopting_are_acts_of_their_classes():
    assert same_class("adopt", "vote") and same_class("adoptar", "votar")
    assert same_class("install", "swear") and not same_class("install", "vote")
