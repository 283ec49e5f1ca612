"""What makes two reports one event (kit.timeline.evidence, kit.timeline.merge) and what a
dated clause brings to its report (kit.timeline.reports): the clause's subject, names no
entity tags, vehicles, the event noun a date dates, the act an infinitive names, captions.

Hand-made annotations (``fake_ann`` of test_timeline), no model.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from test_timeline import fake_ann

from kit.timeline import dated_clauses, event_reports, events
from kit.timeline.evidence import Report, related, same_topic, says
from kit.timeline.reports import _head

D = dt.date


def article(article_id, published, text, date, mentions=(), source=None):
    """One article of one sentence; ``date`` is fake_ann's date tuple."""
    return (article_id, published, source or f"Outlet {article_id}", [(text, [date], list(mentions))])


# ---- a day off, told by another outlet ------------------------------------------------------


def test_a_day_off_joins_the_same_act_not_another_act_of_that_day():
    """The third outlet's "Aug. 2" is the departure a day off, not the anchoring of Aug. 2."""
    ship = [("Razoni", "ORG"), ("Odesa", "GPE")]
    ann = fake_ann(
        article("a", D(2022, 8, 1), "The Razoni left Odesa on Monday.",
                ("Monday", "past", None, None, "leave"), ship),
        article("b", D(2022, 8, 3), "The Razoni anchored off Istanbul on Tuesday.",
                ("Tuesday", "past", None, None, "anchor"), [("Razoni", "ORG"), ("Istanbul", "GPE")]),
        article("c", D(2022, 11, 2), "The Razoni left Odesa on Aug. 2.",
                ("Aug. 2", "past", None, None, "leave"), ship),
    )
    table = events(ann).set_index("start")
    assert table.loc[D(2022, 8, 1), "dates"] == "2022-08-01: a; 2022-08-02: c"
    assert table.loc[D(2022, 8, 1), "conflict"]
    assert table.loc[D(2022, 8, 2), "articles"] == "b" and not table.loc[D(2022, 8, 2), "conflict"]


def trump(label_in_b="ORG", b_says="that the Taliban leaders had been due to meet him"):
    monday = D(2019, 9, 9)
    said = "Trump had announced on Saturday evening that he had called off the meeting."
    wrote = f"In posts on Twitter on Sunday, Trump wrote {b_says}."
    return fake_ann(
        article("a", monday, said, ("Saturday", "past", "Trump had announced on Saturday evening",
                                    None, "announce"), [("Trump", "PERSON")]),
        article("b", monday, wrote, ("Sunday", "past", "In posts on Twitter on Sunday, Trump wrote",
                                     None, "write"), [("Twitter", "PERSON"), ("Trump", label_in_b)]),
    )


def test_one_persons_statement_dated_a_day_apart_is_one_event_with_a_conflict():
    """Same speaker, what each says names one meeting ("meet", "the meeting"); the small
    model's "Trump" as ORG and "Twitter" as PERSON in one article change nothing: a name is
    a person's when most of its mentions are PERSON."""
    (e,) = events(trump()).to_dict("records")
    assert e["conflict"] and e["n_sources"] == 2
    assert e["dates"] == "2019-09-07: a; 2019-09-08: b"


def test_one_person_saying_other_things_a_day_apart_is_two_events():
    table = events(trump(b_says="that the vote would be delayed"))
    assert len(table) == 2 and not table["conflict"].any()


def test_a_reply_verb_is_an_act_unless_the_extractor_says_it_reports_speech():
    """The timeline reads the extractor's ``reporting`` (the rule of the sources): "responded
    with shelling on Monday" is an act, its verb the trigger; "responded on Monday that ..."
    a statement, no trigger; a table without the column falls back on ``reporting_verbs``."""
    def report(**extra):
        row = {"verb": "respond", "noun": None, **extra}
        return Report(row, ["Ruben Ostrava"], [], [], "Ostrava responded", "", None, "")

    assert report(reporting=False).act == "respond" and report(reporting=False).triggers == {"respond"}
    assert report(reporting=True).act is None and report(reporting=True).reporting
    assert report().act is None  # no column: "respond" is one of reporting_verbs
    assert report(reporting=float("nan")).act is None


def test_a_reply_and_a_statement_with_the_same_verb_a_day_apart_are_two_events():
    """"Ostrava responded with shelling of Velka on Monday" (an act) is not "Ostrava did not
    respond on Tuesday to questions about Velka" nor "Ostrava responded on Tuesday that Velka
    would fall" (statements whose own verb is "respond"): the act is not said in passing
    there, so no conflict of one event is made of them."""
    shelled = ("a", D(2022, 8, 2), "Gazette", [("Ostrava responded with shelling of Velka on Monday.",
                                      [("Monday", "past", None, None, "respond", {"reporting": False})],
                                      [("Ostrava", "GPE"), ("Velka", "GPE")])])
    for said in ("Ostrava did not respond on Tuesday to questions about Velka.",
                 "Ostrava responded on Tuesday that Velka would fall."):
        statement = ("b", D(2022, 8, 3), "Courier", [(said, [("Tuesday", "past", None, None, "respond",
                                                    {"reporting": True})],
                                            [("Ostrava", "GPE"), ("Velka", "GPE")])])
        table = events(fake_ann(shelled, statement))
        assert len(table) == 2 and not table["conflict"].any(), said


# ---- coarser reports --------------------------------------------------------------------------


def lausanne(published_b):
    return fake_ann(
        article("a", D(2015, 4, 3), "The delegations met in Lausanne on Thursday.",
                ("Thursday", "past", None, None, "meet"), [("Lausanne", "GPE")]),
        article("b", published_b, "The delegations will meet again in Lausanne later this month.",
                ("later this month", "future", None, None, "meet"), [("Lausanne", "GPE")]),
    )


def test_a_report_of_what_lies_ahead_never_joins_an_event_before_its_article():
    assert len(events(lausanne(D(2015, 4, 10)))) == 2  # "will meet later this month": not Apr 2
    (e,) = events(lausanne(D(2015, 4, 1))).to_dict("records")  # written before: it may be
    assert e["start"] == D(2015, 4, 2) and e["n_sources"] == 2


def test_a_date_of_an_event_noun_dates_that_event_whatever_the_verb():
    """"the September election" is the election of Sept. 28, though the clause declares."""
    ann = fake_ann(
        article("a", D(2019, 9, 20), "The presidential election held on Sept. 28 drew few voters.",
                ("Sept. 28", "future", "held on Sept. 28", None, "hold",
                 {"subject": "The presidential election", "noun": "election"})),
        article("b", D(2020, 2, 19),
                "The commission declared Ghani the winner of the September presidential election.",
                ("September", "past", None, None, "declare", {"noun": "election"}),
                [("Ghani", "PERSON")]),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2019, 9, 28), 2)


def test_a_stative_clause_still_dates_the_event_noun_its_date_modifies():
    ann = fake_ann(
        article("a", D(2016, 11, 25),
                "The ceremony was a subdued affair compared with the signing in Cartagena in "
                "September.", ("September", "past", None, None, "be", {"noun": "signing"}),
                [("Cartagena", "ORG")]),  # as the small model tags it: no place to be in
        article("b", D(2016, 11, 25), "There will be more talks over the next year.",
                ("the next year", "future", None, None, "be", {"noun": "talks"})),
    )
    assert dated_clauses(ann)["kept_out"].tolist() == ["", "stative verb"]  # a year: too vague


def test_an_infinitive_of_purpose_names_the_act_too():
    """"meet ... next week to ... sign a document" is the signing of Friday that week."""
    ann = fake_ann(
        article("a", D(2022, 7, 14), "The delegations would meet again in Turkey next week to "
                "review the details and sign a document, Akar told reporters.",
                ("next week", "future", "The delegations would meet again in Turkey next week",
                 None, "meet"), [("Turkey", "GPE"), ("Akar", "PERSON")]),
        article("b", D(2022, 7, 23), "Russia and Ukraine signed the deal with Turkey on Friday.",
                ("Friday", "past", None, None, "sign"),
                [("Russia", "GPE"), ("Ukraine", "GPE"), ("Turkey", "GPE")]),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2022, 7, 22), 2)


def test_an_infinitive_of_purpose_after_the_date_inside_the_clause_names_the_act_too():
    """"will be asked on June 14 to ratify" is the ratifying of June 14."""
    ann = fake_ann(
        article("a", D(2024, 6, 1), "The Velmar accord must be ratified in a referendum on June 14.",
                ("June 14", "future", None, None, "ratify", {"noun": "referendum"})),
        article("b", D(2024, 6, 2), "Voters in Ostria will be asked on June 14 to ratify the "
                "largest change to their constitution in decades.",
                ("June 14", "future", None, None, "ask"), [("Ostria", "GPE")]),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2024, 6, 14), 2)


# ---- who acts ---------------------------------------------------------------------------------


def test_a_subject_outside_the_clause_acts_in_it():
    ann = fake_ann(article("a", D(2016, 11, 20), "Santos is due to arrive in Oslo next month.",
                           ("next month", "future", "due to arrive in Oslo next month", None,
                            "arrive", {"subject": "Santos"}),
                           [("Santos", "PERSON"), ("Oslo", "GPE")]))
    (e,) = events(ann).to_dict("records")
    assert (e["actors"], e["place"]) == ("Santos", "Oslo")


def test_a_sentence_cut_off_its_subject_by_the_parser_is_done_by_the_sentence_before():
    ann = fake_ann(("a", D(2021, 10, 18), "Outlet a", [
        ("Arvelo", [], [("Arvelo", "PERSON")]),
        (", detenido en marzo en Brennholm durante una escala,",
         [("marzo", "past", None, None, "detener")], [("Brennholm", "GPE")]),
    ]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["actors"], e["place"]) == (D(2021, 3, 1), "Arvelo", "Brennholm")
    alone = fake_ann(("a", D(2021, 10, 18), "Outlet a", [
        ("Arvelo llegó.", [], [("Arvelo", "PERSON")]),
        ("Detenido en marzo en Brennholm durante una escala.",
         [("marzo", "past", None, None, "detener")], [("Brennholm", "GPE")]),
    ]))
    assert dated_clauses(alone)["kept_out"].tolist() == ["no participant"]


def test_a_date_the_parser_cut_off_its_sentence_is_done_by_the_rest_of_it():
    """An accentless verb the model takes for no verb cuts the sentence: the date's piece ends
    on a comma ("En junio de 1981," / "el nuncio Ostrander anuncio ..."), or opens in lower
    case after a piece with no closing punctuation; a sentence that ends is no piece of the
    next."""
    def chronology(first, second, date):
        return fake_ann(("a", D(1984, 12, 1), "Outlet a", [
            (first, [date] if date[0] in first else [], [m for m in [("Ostrander", "PERSON")] if m[0] in first]),
            (second, [date] if date[0] in second else [], [m for m in [("Ostrander", "PERSON")] if m[0] in second]),
        ]))
    june = ("junio de 1981", "past", None, None, None)
    forward = chronology("En junio de 1981,", "el nuncio Ostrander anuncio su viaje a Velna.", june)
    assert dated_clauses(forward)["kept_out"].tolist() == [""]
    assert events(forward)["actors"].tolist() == ["Ostrander"]
    back = chronology("El nuncio Ostrander viajo", "en junio de 1981 a Velna.", june)
    assert events(back)["actors"].tolist() == ["Ostrander"]
    ended = chronology("El nuncio Ostrander viajo a Velna.", "en junio de 1981 todo cambio.", june)
    assert dated_clauses(ended)["kept_out"].tolist() == ["no participant"]


def test_a_person_and_the_state_the_registry_gives_him_are_one_name_of_a_days_reports():
    """One outlet names the president, the other his state: the registry's side links them.
    Two people of one side are not linked so: each may act on his own that day."""
    monday = D(2024, 3, 5)
    president = article("a", monday, "President Arvelo opened the harbour on Monday.",
                        ("Monday", "past", None, None, "open"), [("Arvelo", "PERSON")])
    state = article("b", monday, "Valdoria hosted the envoys on Monday.",
                    ("Monday", "past", None, None, "host"), [("Valdoria", "GPE")])
    minister = article("c", monday, "Karsten toured the mines on Monday.",
                       ("Monday", "past", None, None, "tour"), [("Karsten", "PERSON")])
    registry = pd.DataFrame({"canonical": ["Arvelo", "Karsten", "Valdoria"],
                             "side": ["Valdoria", "Valdoria", "Valdoria"]})
    assert events(fake_ann(president, state), registry)["articles"].tolist() == ["a; b"]
    assert sorted(events(fake_ann(president, minister), registry)["articles"]) == ["a", "c"]


def test_a_clause_opening_on_a_determiner_of_any_language_has_a_subject_of_its_own():
    # "el brenés" is the clause's own subject: the words before it ("la propuesta de los
    # mediadores", another clause's) are not what it is about; a clause with none takes them
    before = "Osland aprobó la propuesta de los mediadores;"
    assert _head(before, "el brenés se pronunció esa misma semana") == ""
    assert _head(before, "la semana siguiente") == ""
    assert _head("the deal", "signed on Friday") == "the deal "


def test_a_name_no_entity_tags_is_shared_by_the_reports_but_is_no_actor():
    ann = fake_ann(
        article("a", D(2022, 8, 19), "Since the Razoni left Odesa on Aug. 1, ships have followed.",
                ("Aug. 1", "past", "Since the Razoni left Odesa on Aug. 1", None, "leave",
                 {"subject": "the Razoni"})),
        article("b", D(2022, 11, 17), "Since the Razoni sailed on Aug. 1, more ships sailed.",
                ("Aug. 1", "past", "Since the Razoni sailed on Aug. 1", None, "sail",
                 {"subject": "the Razoni"})),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["n_sources"], e["actors"]) == (2, "")


def test_vehicles_take_part_and_are_shared():
    ann = fake_ann(
        article("a", D(2022, 11, 1), "A dozen ships left Ukrainian ports on Monday.",
                ("Monday", "past", None, None, "leave")),
        article("b", D(2022, 11, 3), "On Monday, ships sailed anyway.",
                ("Monday", "past", None, None, "sail")),
    )
    assert dated_clauses(ann)["kept_out"].tolist() == ["", ""]
    (e,) = events(ann).to_dict("records")
    assert e["n_sources"] == 2


# ---- what happened alongside ------------------------------------------------------------------


def bashir(mark=", when"):
    took = f"The Transitional Military Council took power last Thursday{mark} the army removed Omar al-Bashir."
    return fake_ann(
        article("a", D(2019, 4, 16), took,
                ("last Thursday", "past", "The Transitional Military Council took power last Thursday",
                 None, "take"), [("Transitional Military Council", "ORG"), ("Omar al-Bashir", "PERSON")]),
        article("b", D(2019, 8, 26), "The army removed Omar al-Bashir on 11 April.",
                ("11 April", "past", None, None, "remove"), [("Omar al-Bashir", "PERSON")]),
    )


def test_what_a_sentence_says_happened_at_that_time_ties_its_report_to_that_event():
    """"took power last Thursday, when the army removed Omar al-Bashir": the removal, dated 11
    April by another outlet, is the same day's event; its name and verb are evidence."""
    (e,) = events(bashir()).to_dict("records")
    assert (e["start"], e["articles"]) == (D(2019, 4, 11), "a; b")


@pytest.mark.parametrize("mark", [". Later", " and then", " as part of a deal in which",
                                  ", while", ", as"])  # "as the army ...": another's act
def test_what_the_sentence_says_after_no_mark_of_the_same_time_ties_nothing(mark):
    assert len(events(bashir(mark))) == 2


def test_a_dated_clause_that_names_no_one_takes_the_actors_of_what_happened_then():
    """"The process nearly collapsed in January, when the mediation of X saved it": X acts in
    the January event; after no mark of the same time the clause names no one still."""
    def crisis(mark):
        text = f"The process nearly collapsed in January{mark} the mediation of Tomas Verlaan saved it."
        return fake_ann(article("a", D(2024, 2, 21), text,
                                ("January", "past", "The process nearly collapsed in January", None, "collapse"),
                                [("Tomas Verlaan", "PERSON")]))
    assert dated_clauses(crisis(", when"))["kept_out"].tolist() == [""]
    assert events(crisis(", when"))["actors"].tolist() == ["Tomas Verlaan"]
    assert dated_clauses(crisis(". Later"))["kept_out"].tolist() == ["no participant"]


@pytest.mark.parametrize("verb, text, said", [
    ("meet", "The two leaders met in Sochi", True),
    ("fly", "as they flew toward the field", True),
    ("fly", "a flyer was handed out", False),
    ("take", "the truce took effect at midnight", False),  # a light verb: said of too much
    ("hold", "jets struck a rebel-held district", False),  # inside a hyphened word
    ("sign", "a significant step", False),  # a word that only starts with the verb
    ("pass", "passengers were evacuated", False),
    ("sign", "after the signing", True), ("sign", "their signatures", True),
    ("admit", "he admitted it", True), ("withdraw", "the withdrawal began", True),
    ("close", "the border closures", True), ("suspend", "suspending talks", True),
    ("negotiate", "the negotiators met", True), ("sign", "the signatories", True),  # agent nouns
    ("visit", "visitors came", True), ("deliver", "it was delivered", True),
    ("firmar", "firmaron el acuerdo", True), ("reunir", "se reunirán", True),  # a Spanish verb's forms
    ("offer", "officials said", False), ("appear", "an appeal", False),  # not an infinitive's stem
])
def test_a_verb_is_said_in_its_irregular_forms_unless_light(verb, text, said):
    assert says(verb, text) is said


# ---- captions ---------------------------------------------------------------------------------


def test_a_caption_supports_the_event_the_body_reports_and_makes_none_itself():
    guterres = [("Guterres", "PERSON"), ("Joint Coordination Centre", "ORG")]
    caption = ("Photo: Guterres visits the Joint Coordination Centre in Istanbul on Aug. 20, 2022. "
               "(Mirela Ionescu/The Channel Gazette)")
    ann = fake_ann(
        article("a", D(2022, 8, 22), "Guterres visited the Joint Coordination Centre on Saturday.",
                ("Saturday", "past", None, None, "visit"), guterres),
        article("b", D(2022, 11, 17), caption, ("Aug. 20, 2022", None, None, None, "visit"),
                [*guterres, ("Istanbul", "GPE"), ("Mirela Ionescu", "PERSON")]),
        article("c", D(2022, 7, 24), "Photo: Smoke rises over the port on July 23, 2022.",
                ("July 23, 2022", None, None, None, "rise")),
    )
    assert dated_clauses(ann)["kept_out"].tolist() == ["", "caption", "caption"]
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["articles"]) == (D(2022, 8, 20), "a; b")
    # the event is shown by the story's sentence, not by the caption that names a place more
    assert (e["article_id"], e["sentence_id"]) == ("a", 0) and not e["summary"].startswith("Photo")
    assert "Mirela Ionescu" not in e["actors"]  # the photo credit is no actor
    assert event_reports(ann)["article_id"].tolist() == ["a", "b"]
    assert events(ann, merge=False)["articles"].tolist() == ["a"]


# ---- one act, two words -----------------------------------------------------------------------


@pytest.mark.parametrize("a, b, same", [
    ("invade", "invasion", True), ("sign", "signing", True), ("extend", "extension", True),
    ("decide", "decision", True), ("withdraw", "withdrawal", True), ("meet", "meet", True),
    ("resume", "result", False), ("attack", "attach", False), ("present", "presidential", False),
])
def test_a_verb_and_the_noun_made_from_it_are_one_act(a, b, same):
    assert related(a, b) is same and related(b, a) is same


@pytest.mark.parametrize("a, b", [("die", "death"), ("morir", "muerte"), ("reabrir", "reapertura"),
                                  ("levantar", "levantamiento")])
def test_a_verb_and_the_noun_of_its_act_not_made_from_its_stem_are_one_act(a, b):
    assert related(a, b) and related(b, a) and not related(a, "signing")


@pytest.mark.parametrize("a, b", [("rise", "uprising")])
def test_a_verb_whose_own_sense_is_another_act_is_not_one_act_with_the_noun(a, b):
    """"the toll rose", "the crowd rose to its feet": an uprising is the act of "rise up" only."""
    assert not related(a, b) and not related(b, a)


@pytest.mark.parametrize("day, month, when", [
    (("Tovar Ilsen, who mediated the talks, died in a Velmora hospital on Thursday.",
      ("Thursday", "past", None, None, "die"), [("Tovar Ilsen", "PERSON"), ("Velmora", "GPE")]),
     ("The mandate is the one Tovar Ilsen carried until his death in March.",
      ("March", "past", None, None, "carry", {"noun": "death"}), [("Tovar Ilsen", "PERSON")]),
     D(2031, 3, 13)),
    (("El Frente del Norte se levantó en armas el 1 de enero en Varsena.",
      ("1 de enero", "past", None, None, "levantar"), [("Frente del Norte", "ORG"), ("Varsena", "GPE")]),
     ("Desde el levantamiento de enero, el Frente del Norte reclama tierras.",
      ("enero", "present", None, None, "reclamar", {"noun": "levantamiento"}),
      [("Frente del Norte", "ORG")]), D(2031, 1, 1)),
])
def test_a_month_on_the_noun_of_an_act_joins_the_day_its_verb_dates(day, month, when):
    """"his death in March" is the day he died; "el levantamiento de enero", the day they rose."""
    ann = fake_ann(article("a", D(2031, 3, 14), *day), article("b", D(2031, 5, 2), *month))
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"]) == (when, 2)


def test_two_statements_are_about_one_event_when_they_name_it():
    assert same_topic("they were due to meet him at Camp David", "he called off the talks")
    assert same_topic("the deal would be extended", "the accord expires in March")
    assert not same_topic("the ship left", "the vote was delayed")


def _caption_at(noun, verb="sign", story=True):
    """Outlet a: a signing (or ``verb``) on Thursday; outlet b's caption: other people at
    the ``noun`` that day, in b's story of the signing (``story``) or alone."""
    who = [("Arvelo", "PERSON"), ("Karsten", "PERSON")]
    thu = D(2022, 8, 4)
    told = f"Arvelo and Karsten {'signed the accord' if verb == 'sign' else 'met'} on Thursday."
    caption = (f"Photo: Brand, centre, at the {noun} on Thursday, with Dorn.",
               [("Thursday", None, None, None, None, {"noun": noun})], [("Brand", "PERSON"), ("Dorn", "PERSON")])
    return fake_ann(
        article("a", D(2022, 8, 5), told, ("Thursday", "past", None, None, verb), who),
        ("b", D(2022, 8, 6), "Outlet b",
         [(told, [("Thursday", "past", None, None, verb)], who)] * story + [caption]),
    ), thu


def test_a_caption_at_the_act_of_its_day_supports_it_whoever_it_names():
    """"B at the signing on Thursday, with D" in a story of the signing: the signing of
    that day, though the caption names other people than the signatories."""
    ann, thu = _caption_at("signing")
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["articles"]) == (thu, "a; b")
    assert event_reports(ann)["sentence_id"].tolist() == [0, 0, 1]


@pytest.mark.parametrize("noun, verb", [("talks", "sign"), ("signing", "meet")])
def test_a_caption_at_another_act_of_the_day_supports_nothing(noun, verb):
    ann, _ = _caption_at(noun, verb, story=False)
    assert event_reports(ann)["article_id"].tolist() == ["a"]


def test_a_caption_at_an_act_of_the_day_in_a_story_of_none_of_it_supports_nothing():
    """"A footballer at the signing on Thursday" in the sports pages: the act's word, at no
    place of the accord signed that day, in a story that tells nothing of it, is another
    signing."""
    ann, _ = _caption_at("signing", story=False)
    assert event_reports(ann)["article_id"].tolist() == ["a"]


@pytest.mark.parametrize("signed, sign, watched, watch", [
    ("Arvelo and Karsten signed the accord on Thursday.", "sign",
     "Bishop Dorn witnessed the signing of the accord on Thursday.", "witness"),
    ("Arvelo y Karsten firmaron el acuerdo el jueves.", "firmar",
     "El obispo Dorn acompañó la firma del acuerdo el jueves.", "acompañar"),
])
def test_attending_an_act_of_the_day_tells_that_act(signed, sign, watched, watch):
    """"Dorn witnessed the signing of the accord on Thursday" is the signing of the accord
    Arvelo and Karsten did that day, though it names none of them: attending an event is
    taking part in its act."""
    day = signed.split()[-1].rstrip(".")
    signatories = [("Arvelo", "PERSON"), ("Karsten", "PERSON")]
    ann = fake_ann(
        article("a", D(2022, 8, 5), signed, (day, "past", None, None, sign), signatories),
        article("b", D(2022, 8, 5), watched, (day, "past", None, None, watch), [("Dorn", "PERSON")]),
        article("c", D(2022, 8, 5), signed, (day, "past", None, None, sign), signatories),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["articles"]) == (D(2022, 8, 4), "a; b; c")


def test_two_spanish_outlets_naming_one_act_by_its_noun_tell_one_event():
    """"la matanza del martes" in two Spanish outlets is one event (``event_nouns``: matanza,
    like massacre), the strike of that day another (huelga, like strike)."""
    wed = D(2031, 3, 12)
    ann = fake_ann(
        article("a", wed, "Los vecinos recordaron la matanza del martes.",
                ("martes", "past", None, None, "recordar", {"noun": "matanza"})),
        article("b", wed, "La matanza del martes conmocionó al país.",
                ("martes", "past", None, None, "conmocionar", {"noun": "matanza"})),
        article("c", wed, "La huelga del martes paralizó los puertos.",
                ("martes", "past", None, None, "paralizar", {"noun": "huelga"})),
    )
    table = events(ann)
    assert sorted(table["articles"]) == ["a; b", "c"]


def test_two_spanish_outlets_naming_a_curfew_by_its_noun_tell_one_event():
    """"decretó el toque de queda" and "rigió un toque de queda" of one Saturday are one act
    (``event_nouns``: toque de queda, like curfew), though one names the president and the
    other only the town; a march of that day in another town is another event."""
    sun = D(2031, 3, 16)
    ann = fake_ann(
        article("a", sun, "El presidente Arvelo decretó el sábado el toque de queda.",
                ("sábado", "past", None, None, "decretar"), [("Arvelo", "PERSON")]),
        article("b", sun, "En Velmora rigió el sábado un toque de queda.",
                ("sábado", "past", None, None, "regir"), [("Velmora", "GPE")]),
        article("c", sun, "La Unión Campesina marchó el sábado en Tarsa.",
                ("sábado", "past", None, None, "marchar"), [("Unión Campesina", "ORG"), ("Tarsa", "GPE")]),
    )
    assert sorted(events(ann)["articles"]) == ["a; b", "c"]


@pytest.mark.parametrize("text, n_events", [
    ("Brennholm went to the polls on Wednesday.", 1),  # a light verb and its object: an election
    ("Brennholm went to the stadium on Wednesday.", 2),
])
def test_a_light_verb_tells_the_act_its_object_names(text, n_events):
    """"went to the polls" is the election two outlets date a day earlier (a conflict of one
    event), "went to the stadium" no act of its class."""
    def election(article_id, published):
        return article(article_id, published, "Brennholm's election on Tuesday returned Mara Ventel.",
                       ("Tuesday", "past", None, None, "return", {"noun": "election"}),
                       [("Brennholm", "GPE"), ("Mara Ventel", "PERSON")])

    ann = fake_ann(election("a", D(2023, 5, 3)), election("b", D(2023, 5, 4)),
                   article("c", D(2023, 5, 8), text, ("Wednesday", "past", None, None, "go"),
                           [("Brennholm", "GPE")]))
    table = events(ann)
    assert len(table) == n_events
    if n_events == 1:
        assert table["conflict"].item()
