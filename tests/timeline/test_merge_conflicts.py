"""Merging reports of one event across articles, conflicts kept and flagged
(kit.timeline.merge through kit.timeline.events); hand-made annotations, no model."""

from __future__ import annotations

import datetime as dt

import pytest
from test_timeline import BOTH, fake_ann, meeting

from kit.timeline import EVENT_COLUMNS, REPORT_COLUMNS, event_reports, events
from kit.timeline.evidence import bare_name
from kit.timeline.merge import Evidence

D = dt.date
MON, TUE, WED, THU = D(2022, 8, 1), D(2022, 8, 2), D(2022, 8, 3), D(2022, 8, 4)
SHIP = ["Razoni", "Odesa"]


def left(article_id, published, expression, tense="past", actors=SHIP, source=None, verb="leave"):
    text = f"The Razoni left Odesa on {expression}."
    return meeting(article_id, published, text, expression, tense, actors,
                   source=source or f"Outlet {article_id}", verb=verb)


def three_outlets():
    """Two outlets date the departure Monday, a third (later) Aug. 2."""
    return fake_ann(left("a", MON, "Monday"), left("b", TUE, "Aug. 1"),
                    left("c", D(2022, 11, 2), "Aug. 2"))


def test_a_day_off_is_one_event_with_both_dates_and_a_conflict_flag():
    table = events(three_outlets())
    assert list(table.columns) == EVENT_COLUMNS
    (e,) = table.to_dict("records")
    assert (e["start"], e["n_sources"], e["conflict"]) == (MON, 3, True)
    assert e["conflicting_dates"] == "2022-08-02"
    assert e["dates"] == "2022-08-01: a, b; 2022-08-02: c"


def test_a_departure_told_in_other_verbs_a_day_off_is_one_event_in_conflict():
    """``departure_verbs``: "left" and "abandonó" tell one act; the later outlet's day is a
    conflicting date of it, not an event of its own."""
    first = meeting("a", TUE, "Arvelo left Brennholm on Monday night.", "Monday night", "past",
                    ["Arvelo", "Brennholm"], source="Outlet a", verb="leave")
    other = meeting("b", WED, "Arvelo abandonó Brennholm el martes.", "martes", "past",
                    ["Arvelo", "Brennholm"], source="Outlet b", verb="abandonar")
    (e,) = events(fake_ann(first, other)).to_dict("records")
    assert (e["start"], e["n_sources"], e["conflict"]) == (MON, 2, True)
    assert e["dates"] == "2022-08-01: a; 2022-08-02: b"
    # an arrival the next day is another act
    came = meeting("b", WED, "Arvelo llegó a Brennholm el martes.", "martes", "past",
                   ["Arvelo", "Brennholm"], source="Outlet b", verb="llegar")
    assert len(events(fake_ann(first, came))) == 2


def test_the_reports_say_which_article_gives_which_date():
    reports = event_reports(three_outlets())
    assert list(reports.columns) == REPORT_COLUMNS
    assert reports["event_id"].unique().tolist() == ["E001"]
    assert dict(zip(reports["article_id"], reports["agrees"])) == {"a": True, "b": True,
                                                                   "c": False}
    assert reports.loc[reports["article_id"] == "c", "start"].item() == TUE


def test_the_window_is_a_parameter_zero_keeps_different_days_apart():
    ann = three_outlets()
    table = events(ann, tolerance_days=0)
    assert table["start"].tolist() == [MON, TUE] and not table["conflict"].any()
    far = fake_ann(left("a", MON, "Monday"), left("c", D(2022, 11, 2), "Aug. 3"))
    assert len(events(far)) == 2 and len(events(far, tolerance_days=2)) == 1


def test_an_article_never_gives_one_event_two_days():
    ann = fake_ann(("a", WED, "Outlet a", [
        ("The Razoni left Odesa on Monday.", [("Monday", "past", None, None, "leave")], [
            ("Razoni", "PERSON"), ("Odesa", "GPE")]),
        ("The Razoni left Odesa again on Tuesday.", [("Tuesday", "past", None, None, "leave")],
         [("Razoni", "PERSON"), ("Odesa", "GPE")]),
    ]))
    assert events(ann)["start"].tolist() == [MON, TUE]


def test_different_days_need_strong_evidence_not_one_shared_name():
    ann = fake_ann(left("a", MON, "Monday"),
                   meeting("b", WED, "Odesa was shelled on Tuesday.", "Tuesday", "past",
                           ["Odesa"], verb="shell"))
    assert len(events(ann)) == 2


def test_a_coarser_report_joins_the_day_it_holds_without_a_conflict():
    ann = fake_ann(left("a", MON, "Monday"),
                   meeting("b", D(2022, 11, 2), "The Razoni left Odesa in August.", "August",
                           "past", SHIP, verb="leave"))
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["granularity"], e["conflict"]) == (MON, "day", False)
    assert e["dates"] == "2022-08-01: a; 2022-08-01..2022-08-31: b"
    assert event_reports(ann)["agrees"].all()


def test_a_month_sharing_only_an_event_noun_stays_apart():
    ann = fake_ann(
        meeting("a", MON, "Arvelo and Karsten met for talks on Monday.", "Monday", "past",
                ["Arvelo", "Karsten"]),
        meeting("b", D(2022, 11, 2), "Talks began in August.", "August", "past", [],
                verb="begin"),
    )
    assert events(ann)["granularity"].tolist() == ["day", "month"]


def test_a_month_sharing_an_event_noun_and_a_name_with_only_one_day_joins_it():
    talks = meeting("a", MON, "The first round of talks was held in Naqoura on Monday.", "Monday",
                    "past", ["Naqoura"], verb="hold")
    opened = meeting("b", D(2022, 11, 2), "Talks opened in Naqoura in August.", "August", "past",
                     ["Naqoura"], verb="open")
    (e,) = events(fake_ann(talks, opened)).to_dict("records")  # other verbs, but one such day
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    other = meeting("c", TUE, "Talks resumed in Naqoura on Tuesday.", "Tuesday", "past", ["Naqoura"],
                    verb="resume")
    assert len(events(fake_ann(talks, opened, other))) == 3  # two such days: which is a guess


def test_what_a_statement_reports_links_it_to_the_deed():
    said = "Russia said on Saturday that it would suspend its part in the deal."
    ann = fake_ann(
        ("a", D(2022, 10, 30), "A", [(said, [("Saturday", "past", "Russia said on Saturday",
                                              None, "say")], [("Russia", "GPE")])]),
        meeting("b", D(2022, 11, 3), "Moscow rejoined the deal, which it suspended on Oct. 28.",
                "Oct. 28", "past", [], verb="suspend"),
    )
    (e,) = events(ann).to_dict("records")
    assert e["conflict"] and e["start"] == D(2022, 10, 29)


def test_strong_evidence():
    assert Evidence(names=1, places=0, trigger=True, nouns=0).strong
    assert not Evidence(names=1, places=0, trigger=False, nouns=1).score >= 3
    assert not Evidence(names=0, places=0, trigger=False, nouns=3).strong  # nouns alone
    assert Evidence(names=3, places=1, trigger=False, nouns=0).strong


def test_an_object_of_a_reporting_verb_is_what_it_reports():
    # "Varo announced the capture of Selm" on two days in two outlets: one event, a conflict
    ann = fake_ann(
        meeting("a", D(2022, 8, 3), "Varo announced the capture of Selm on Monday.", "Monday",
                "past", ["Varo", "Selm"], verb="announce"),
        meeting("b", D(2022, 8, 3), "Varo announced the capture of Selm on Tuesday.",
                "Tuesday", "past", ["Varo", "Selm"], verb="announce"),
        meeting("c", D(2022, 8, 4), "Varo announced the capture of Selm on Aug. 1.", "Aug. 1",
                "past", ["Varo", "Selm"], verb="announce"),
    )
    (e,) = events(ann).to_dict("records")
    assert e["conflict"] and e["start"] == MON and e["conflicting_dates"] == "2022-08-02"


def test_a_verb_said_in_passing_links_a_coarser_report_to_the_day():
    # "a cease-fire brokered by Arvelo took effect on Monday" / "brokered by Arvelo this week"
    ann = fake_ann(
        meeting("a", TUE, "A cease-fire brokered by Arvelo took effect on Monday.", "Monday",
                "past", ["Arvelo"], verb="take"),
        meeting("b", D(2022, 8, 5), "The last one, brokered by Arvelo earlier this week, "
                "collapsed.", "earlier this week", "past", ["Arvelo"], verb="broker"),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"]) == (MON, 2)


def test_truce_and_cease_fire_are_one_kind_of_event():
    ann = fake_ann(
        meeting("a", TUE, "The truce took effect on Monday.", "Monday", "past", [], verb="take"),
        meeting("b", WED, "The cease-fire began on Aug. 1.", "Aug. 1", "past", [],
                verb="begin"),
    )
    assert events(ann)["n_sources"].tolist() == [2]


def test_another_act_on_the_same_day_in_one_article_is_another_event():
    ann = fake_ann(("a", WED, "A", [
        ("Karsten and Arvelo signed the statement on Monday.",
         [("Monday", "past", None, None, "sign")], [("Karsten", "GPE"), ("Arvelo", "GPE")]),
        ("On Monday, forces shot down a helicopter over Karsten.",
         [("Monday", "past", None, None, "shoot")], [("Karsten", "GPE")]),
    ]))
    assert events(ann)["trigger"].tolist() == ["sign", "shoot"]
    told_twice = fake_ann(("a", WED, "A", [
        ("Karsten and Arvelo signed the statement on Monday.",
         [("Monday", "past", None, None, "sign")], [("Karsten", "GPE"), ("Arvelo", "GPE")]),
        ("The statement Karsten signed on Monday is short.",
         [("Monday", "past", None, None, "sign")], [("Karsten", "GPE")]),
    ]))
    assert len(events(told_twice)) == 1


def test_a_capital_acting_for_its_state_is_the_state_in_events():
    ann = fake_ann(
        meeting("a", TUE, "Brennholm brokered the truce on Monday.", "Monday", "past",
                ["Brennholm"], verb="broker"),
        meeting("b", WED, "Osland brokered the truce on Aug. 1.", "Aug. 1", "past", ["Osland"],
                verb="broker"),
    )
    m = ann.mentions
    ann.tables = {"roles": m[["article_id", "start_char", "end_char"]].assign(
        kind="government", side="Osland")}
    m.loc[:, "label"] = "GPE"
    (e,) = events(ann).to_dict("records")
    assert (e["actors"], e["n_sources"]) == ("Osland", 2)


def test_a_demonym_standing_for_its_state_is_the_state_in_events():
    # "the Oslandic parliament approved" and "the Oslandic approved": one actor, named two ways
    def approved(article_id, published, subject, expression, label):
        text = f"{subject} approved the border plan on {expression}."
        return (article_id, published, f"Outlet {article_id}",
                [(text, [(expression, "past", None, None, "approve")], [(subject, label)])])

    ann = fake_ann(approved("a", TUE, "Osland", "Monday", "GPE"),
                   approved("b", WED, "Osland", "Aug. 1", "GPE"),
                   approved("c", WED, "Oslandic", "Aug. 2", "NORP"))
    m = ann.mentions
    ann.tables = {"roles": m[["article_id", "start_char", "end_char"]].assign(
        kind=["government", "government", "group"], side="Osland")}
    (e,) = events(ann).to_dict("records")
    assert (e["actors"], e["n_sources"], e["conflict"]) == ("Osland", 3, True)
    assert e["dates"] == "2022-08-01: a, b; 2022-08-02: c"


def test_a_coarser_report_naming_the_events_act_in_passing_joins_it():
    # "a resolution endorsing the agreement could be adopted next week" / "endorsed ... on Monday"
    ann = fake_ann(
        meeting("a", D(2022, 7, 28), "Diplomats said a resolution endorsing the truce could be "
                "adopted as early as next week.", "next week", "past", [], verb="adopt"),
        meeting("b", D(2022, 8, 2), "The council endorsed the truce on Monday.", "Monday", "past",
                [], verb="endorse"),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"], e["conflict"]) == (MON, 2, False)
    apart = fake_ann(  # the day's act is not named in the coarser clause: two events
        meeting("a", D(2022, 7, 28), "Diplomats said a resolution on the truce could be adopted "
                "as early as next week.", "next week", "past", [], verb="adopt"),
        meeting("b", D(2022, 8, 2), "The council endorsed the truce on Monday.", "Monday", "past",
                [], verb="endorse"),
    )
    assert len(events(apart)) == 2


def test_a_tie_goes_to_the_day_told_after_it_not_the_day_planned_before_it():
    planned = left("a", D(2022, 7, 29), "Aug. 2", tense="future")  # written first, before the day
    told = left("b", D(2022, 8, 4), "Monday")  # written after it: Monday, Aug. 1
    (e,) = events(fake_ann(planned, told)).to_dict("records")
    assert (e["start"], e["conflict"], e["conflicting_dates"]) == (MON, True, "2022-08-02")


def test_a_statement_with_a_dated_event_of_its_own_dates_its_telling_not_the_event():
    # "announced on Tuesday ... Monday's referendum": the article dates the vote Monday; its
    # Tuesday is the announcement's and does not stop the vote another outlet puts on
    # Tuesday from being one event, flagged
    result = ("Officials in Brennholm announced on Tuesday the result of Monday's referendum.",
              [("Tuesday", "past", None, None, "announce"),
               ("Monday", "past", None, None, "hold", {"noun": "referendum"})],
              [("Brennholm", "GPE")])
    plan = ("Brennholm will hold its referendum on Tuesday.",
            [("Tuesday", "future", None, None, "hold", {"noun": "referendum"})], [("Brennholm", "GPE")])
    ann = fake_ann(("a", D(2022, 7, 29), "Outlet a", [plan]), ("b", WED, "Outlet b", [result]))
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["conflict"], e["conflicting_dates"]) == (MON, True, "2022-08-02")
    assert e["dates"] == "2022-08-01: b; 2022-08-02: a"  # b's Tuesday is the announcement's
    # a later date of something else leaves the statement dating what it tells of: two
    # outlets dating one announcement a day apart
    late = ("Arvelo in Brennholm announced on Wednesday that the referendum was off.",
            [("Wednesday", "past", None, None, "announce")], [("Arvelo", "PERSON"), ("Brennholm", "GPE")])
    other = ("Arvelo in Brennholm announced on Tuesday that the referendum was off after a bomb "
             "killed a guard on Monday.", [("Tuesday", "past", None, None, "announce"),
                                           ("Monday", "past", None, None, "kill")],
             [("Arvelo", "PERSON"), ("Brennholm", "GPE")])
    ann = fake_ann(("a", D(2022, 8, 4), "Outlet a", [other]), ("b", D(2022, 8, 5), "Outlet b", [late]))
    off = events(ann).set_index("start").loc[TUE]
    assert (off["conflict"], off["conflicting_dates"]) == (True, "2022-08-03")


def test_a_statement_dating_the_clause_it_reports_on_another_day_dates_its_telling():
    # "said on Thursday that his meeting ... the day before had gone well": Thursday is the
    # telling's, so the meeting is on Wednesday, and an outlet's Thursday is its conflict; the
    # sentence shown for the event gives the event's day
    said = ("Arvelo said on Thursday that his meeting with the Velmar envoys the day before had gone well.",
            [("Thursday", "past", "Arvelo said on Thursday", None, "say", {"reporting": True}),
             ("the day before", "past", "that his meeting with the Velmar envoys the day before had gone well",
              None, "go", {"subject": "his meeting with the Velmar envoys"})],
            [("Arvelo", "PERSON"), ("Velmar", "ORG")])
    met = ("Arvelo met the Velmar envoys in Brennholm on Wednesday.", [("Wednesday", "past", None, None, "meet")],
           [("Arvelo", "PERSON"), ("Velmar", "ORG"), ("Brennholm", "GPE")])
    misdated = ("Arvelo and Dalsa Oren met the Velmar envoys in Brennholm on Thursday.",
                [("Thursday", "past", None, None, "meet")],
                [("Arvelo", "PERSON"), ("Dalsa Oren", "PERSON"), ("Velmar", "ORG"), ("Brennholm", "GPE")])
    ann = fake_ann(("a", D(2022, 8, 4), "Outlet a", [said]), ("b", D(2022, 8, 5), "Outlet b", [met]),
                   ("c", D(2022, 8, 10), "Outlet c", [misdated]))
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["conflict"], e["conflicting_dates"]) == (WED, True, "2022-08-04")
    assert e["evidence"] != misdated[0]
    # a day of its own in the clause reported ("said on Thursday that they met on Wednesday")
    # leaves the statement an event of its own
    own = ("Arvelo said on Thursday that his meeting with the Velmar envoys on Wednesday had gone well.",
           [("Thursday", "past", "Arvelo said on Thursday", None, "say", {"reporting": True}),
            ("Wednesday", "past", "that his meeting with the Velmar envoys on Wednesday had gone well",
             None, "go", {"subject": "his meeting with the Velmar envoys"})], said[2])
    ann = fake_ann(("a", D(2022, 8, 4), "Outlet a", [own]), ("b", D(2022, 8, 5), "Outlet b", [met]))
    assert sorted(events(ann)["start"]) == [WED, D(2022, 8, 4)]


def test_a_coarser_report_in_a_tie_joins_the_group_doing_its_act_not_one_naming_it():
    # "announced the agreement on Sunday" names it; "signed the agreement on Thursday" does it
    announced = ("Arvelo announced the agreement on Sunday.",
                 [("Sunday", "past", None, None, "announce")], [("Arvelo", "PERSON")])
    signed = ("Negotiators signed the agreement on Thursday.", [("Thursday", "past", None, None, "sign")], [])
    later = ("The agreement signed last month holds.",
             [("last month", "past", None, None, "sign", {"noun": "agreement"})], [])
    ann = fake_ann(("a", D(2022, 8, 9), "Outlet a", [announced]), ("b", D(2022, 8, 12), "Outlet b", [signed]),
                   ("c", D(2022, 9, 20), "Outlet c", [later]))
    reports = event_reports(ann)
    by_article = dict(zip(reports["article_id"], reports["event_id"]))
    assert by_article["c"] == by_article["b"] != by_article["a"]


def test_a_coarser_report_in_a_tie_joins_the_event_at_its_place():
    first = ("Arvelo signed the accord in Brennholm on Monday.", [("Monday", "past", None, None, "sign")],
             [("Arvelo", "PERSON"), ("Brennholm", "GPE")])
    second = ("Karsten signed the accord in Port Calder on Thursday.",
              [("Thursday", "past", None, None, "sign")], [("Karsten", "PERSON"), ("Port Calder", "GPE")])
    later = ("The accord Arvelo signed in Port Calder last month holds.",
             [("last month", "past", None, None, "sign")], [("Arvelo", "PERSON"), ("Port Calder", "GPE")])
    ann = fake_ann(("a", D(2022, 8, 3), "Outlet a", [first]), ("b", D(2022, 8, 12), "Outlet b", [second]),
                   ("c", D(2022, 9, 20), "Outlet c", [later]))
    by_article = dict(zip(*event_reports(ann)[["article_id", "event_id"]].T.values))
    assert by_article["c"] == by_article["b"] != by_article["a"]


def test_a_coarser_report_in_a_tie_joins_the_event_of_the_act_it_tells_before_the_one_at_its_place():
    # "produced their result in A in August, when X and Y agreed": the agreement, not the
    # talks that opened in A that month
    opened = ("The talks with the Karsten front opened in Brennholm on Monday.",
              [("Monday", "past", None, None, "open", {"noun": "talks"})],
              [("Karsten", "ORG"), ("Brennholm", "GPE")])
    agreed = ("Arvelo and the Karsten front agreed on Thursday to a federal plan.",
              [("Thursday", "past", None, None, "agree")], [("Arvelo", "PERSON"), ("Karsten", "ORG")])
    later = ("The talks produced their result in Brennholm in August, when Arvelo and the Karsten "
             "front agreed to a federal plan.", [("August", "past", None, None, "produce")],
             [("Arvelo", "PERSON"), ("Karsten", "ORG"), ("Brennholm", "GPE")])
    ann = fake_ann(("a", D(2022, 8, 2), "Outlet a", [opened]), ("b", D(2022, 8, 5), "Outlet b", [agreed]),
                   ("c", D(2022, 11, 20), "Outlet c", [later]))
    by_article = dict(zip(*event_reports(ann)[["article_id", "event_id"]].T.values))
    assert by_article["c"] == by_article["b"] != by_article["a"]


def test_a_coarser_report_joins_the_one_past_event_of_its_dates_naming_its_document():
    # "since August, when the resolution was passed": the adoption of the resolution that
    # month, whatever the verbs; not when two events of the month name it
    adopted = ("The Velmar council adopted the resolution on Wednesday.",
               [("Wednesday", "past", None, None, "adopt")], [("Velmar", "ORG")])
    later = ("Karsten has pressed for talks since August, when the resolution was passed.",
             [("August", "past", None, None, "press")], [("Karsten", "PERSON")])
    ann = fake_ann(("a", D(2022, 8, 11), "Outlet a", [adopted]), ("b", D(2022, 10, 5), "Outlet b", [later]))
    by_article = dict(zip(*event_reports(ann)[["article_id", "event_id"]].T.values))
    assert by_article["a"] == by_article["b"]
    amended = ("The Ostrava assembly amended the resolution on Monday.",
               [("Monday", "past", None, None, "amend")], [("Ostrava", "ORG")])
    ann = fake_ann(("a", D(2022, 8, 11), "Outlet a", [adopted]), ("c", D(2022, 8, 23), "Outlet c", [amended]),
                   ("b", D(2022, 10, 5), "Outlet b", [later]))
    assert event_reports(ann)["event_id"].nunique() == 3


def test_a_coarser_report_joins_the_one_event_of_its_dates_sharing_its_act_and_noun_naming_no_one():
    """"The agreement, signed in Ostrava last month" names no one; the one event of the month
    with the agreement is the truce built on it on Wednesday, whose dated noun names the
    signing's object: that event sharing its act is no rival of itself. Two events of the
    month sharing it (the agreement welcomed on Monday too): which one is not known, apart."""
    built = ("Arvelo and Karsten built their truce on the Brennholm agreement of Wednesday.",
             [("Wednesday", "past", None, None, "build", {"noun": "agreement"})],
             [("Arvelo", "PERSON"), ("Karsten", "PERSON")])
    later = ("The agreement, signed in Ostrava last month, holds.",
             [("last month", "past", "signed in Ostrava last month", None, "sign")], [("Ostrava", "GPE")])
    ann = fake_ann(("a", D(2022, 8, 12), "Outlet a", [built]), ("b", D(2022, 9, 20), "Outlet b", [later]))
    assert event_reports(ann)["event_id"].nunique() == 1
    welcomed = ("Dorn welcomed the agreement of Monday.",
                [("Monday", "past", None, None, "welcome", {"noun": "agreement"})], [("Dorn", "PERSON")])
    ann = fake_ann(("a", D(2022, 8, 12), "Outlet a", [built]), ("c", D(2022, 8, 23), "Outlet c", [welcomed]),
                   ("b", D(2022, 9, 20), "Outlet b", [later]))
    assert event_reports(ann)["event_id"].nunique() == 3


def test_a_document_named_after_an_indefinite_article_is_another_than_the_event_s():
    # "a letter from the rebels" is some other letter than the one the council adopted
    adopted = ("The Velmar council adopted the letter on Wednesday.",
               [("Wednesday", "past", None, None, "adopt")], [("Velmar", "ORG")])
    later = ("In August, Karsten tore up a letter from the rebels.",
             [("August", "past", None, None, "tear")], [("Karsten", "PERSON")])
    ann = fake_ann(("a", D(2022, 8, 11), "Outlet a", [adopted]), ("b", D(2022, 10, 5), "Outlet b", [later]))
    assert event_reports(ann)["event_id"].nunique() == 2


def test_the_same_people_s_summit_one_day_and_agreement_the_next_are_two_events():
    who = [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")]
    summit = ("Arvelo and Karsten meet at the summit in Brennholm on Wednesday.",
              [("Wednesday", "future", None, None, "meet", {"noun": "summit"})], who)
    signed = ("Arvelo and Karsten reached the agreement in Brennholm on Thursday.",
              [("Thursday", "past", None, None, "reach", {"noun": "agreement"})], who)
    ann = fake_ann(("a", MON, "Outlet a", [summit]), ("b", D(2022, 8, 5), "Outlet b", [signed]))
    table = events(ann)
    assert table["start"].tolist() == [WED, D(2022, 8, 4)] and not table["conflict"].any()


def test_a_report_naming_other_people_joins_an_event_only_on_its_act_and_noun():
    # "Arvelo and Karsten signed the agreement on Monday" and, elsewhere, "The agreement was
    # signed on Monday after mediation by Brand": one signing; "Brand met Dorn on Monday"
    # beside "Arvelo met Karsten on Monday" are two meetings
    signed = ("Arvelo and Karsten signed the agreement on Monday.",
              [("Monday", "past", None, None, "sign")], [("Arvelo", "PERSON"), ("Karsten", "PERSON")])
    mediated = ("The agreement was signed on Monday after mediation by Brand.",
                [("Monday", "past", None, None, "sign")], [("Brand", "PERSON")])
    ann = fake_ann(("a", TUE, "Outlet a", [signed]), ("b", WED, "Outlet b", [mediated]))
    assert len(events(ann)) == 1
    other = fake_ann(meeting("a", TUE, "Arvelo met Karsten on Monday.", "Monday", "past",
                             ["Arvelo", "Karsten"]),
                     meeting("b", WED, "Brand met Dorn on Monday.", "Monday", "past", ["Brand", "Dorn"]))
    assert len(events(other)) == 2


def test_an_event_counts_the_sentences_behind_it_as_well_as_the_articles():
    twice = left("a", MON, "Monday")
    twice = (*twice[:3], twice[3] + left("a", MON, "Monday")[3])  # article a tells it in two sentences
    (e,) = events(fake_ann(twice, left("b", TUE, "Aug. 1"))).to_dict("records")
    assert (e["n_sources"], e["n_sentences"]) == (2, 3)
    (e,) = events(three_outlets()).to_dict("records")
    assert (e["n_sources"], e["n_sentences"]) == (3, 3)


def test_reports_of_one_day_are_one_event_whatever_order_they_come_in():
    """The second report names only the person the third adds: matched in turn, it found
    no name in common with the first and started an event of its own."""
    oct14, council, chair = D(2021, 10, 14), ("Joint Interim Council", "ORG"), ("Tomas Brenn", "PERSON")
    ann = fake_ann(
        ("a", D(2021, 9, 1), "Outlet a", [(
            "The deal provides for a Joint Interim Council to take office on Oct. 14, when "
            "President Ilse Marrow is to hand over power.",
            [("Oct. 14", "future", None, None, "take")], [council, ("Ilse Marrow", "PERSON")])]),
        ("b", D(2021, 10, 3), "Outlet b", [(
            "The council takes office on Oct. 14 under Tomas Brenn, a banker.",
            [("Oct. 14", "future", None, None, "take")], [chair])]),
        ("c", D(2021, 10, 15), "Outlet c", [(
            "Tomas Brenn was sworn in on Thursday as chairman of the Joint Interim Council.",
            [("Thursday", "past", None, None, "swear")], [chair, council])]),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["n_sources"], e["conflict"]) == (oct14, 3, False)
    assert e["articles"] == "a; b; c"


def _truce(article_id, published, text, expression, verb, names):
    return meeting(article_id, published, text, expression, "past", names, verb=verb)


@pytest.mark.parametrize("text, verb", [
    ("Arvelo said last week that Karsten had agreed.", "say"),
    ("Arvelo settled with Karsten last week.", "settle"),  # an act, naming only the truce's names
])
def test_a_past_coarser_report_with_two_names_joins_the_one_event_they_share(text, verb):
    fri = D(2019, 3, 8)
    ann = fake_ann(
        _truce("a", D(2019, 3, 9), "Arvelo and Karsten signed the truce on Friday.", "Friday",
               "sign", BOTH),
        _truce("b", D(2019, 3, 14), text, "last week", verb, BOTH),
    )
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["granularity"], e["articles"]) == (fri, "day", "a; b")


@pytest.mark.parametrize("text, verb", [
    ("Arvelo met Karsten last week.", "meet"),  # a meeting of their own
    ("Arvelo attacked Karsten last week.", "attack"),  # and an attack, not the truce
])
def test_a_past_coarser_report_of_a_meeting_or_an_attack_stays_apart_from_their_truce(text, verb):
    ann = fake_ann(
        _truce("a", D(2019, 3, 9), "Arvelo and Karsten signed the truce on Friday.", "Friday",
               "sign", BOTH),
        _truce("b", D(2019, 3, 14), text, "last week", verb, BOTH),
    )
    assert sorted(events(ann)["granularity"]) == ["day", "week"]


def test_two_names_join_nothing_when_two_events_in_the_dates_share_them():
    ann = fake_ann(
        _truce("a", D(2019, 3, 9), "Arvelo and Karsten signed the truce on Friday.", "Friday",
               "sign", BOTH),
        _truce("c", D(2019, 3, 9), "Arvelo and Karsten dined in Brennholm on Wednesday.",
               "Wednesday", "dine", BOTH),
        _truce("b", D(2019, 3, 14), "Arvelo said last week that Karsten had agreed.", "last week",
               "say", BOTH),
    )
    assert sorted(events(ann)["granularity"]) == ["day", "day", "week"]


def test_two_names_join_no_event_their_own_article_dates_to_a_day():
    ann = fake_ann(("a", D(2019, 3, 9), "Outlet a", [
        ("Arvelo and Karsten signed the truce on Friday.", [("Friday", "past", None, None, "sign")],
         [("Arvelo", "PERSON"), ("Karsten", "PERSON")]),
        ("Earlier this week, Arvelo extended the curfew with Karsten.",
         [("Earlier this week", "past", None, None, "extend")],
         [("Arvelo", "PERSON"), ("Karsten", "PERSON")]),
    ]))
    assert sorted(events(ann)["granularity"]) == ["day", "week"]


def test_one_day_s_events_merge_on_two_names_a_later_report_gives_them_not_on_one():
    """The second report names no one the first does and starts an event; the third joins
    it, and shares two names with the first: one event."""
    mon, marrow, council = D(2019, 3, 4), ("Ilse Marrow", "PERSON"), ("Joint Council", "ORG")
    brenn, town = ("Tomas Brenn", "PERSON"), ("Brennholm", "GPE")

    def report(article_id, published, text, verb, names):
        return (article_id, published, f"Outlet {article_id}",
                [(text, [("Monday", "past", None, None, verb)], names)])

    visit = fake_ann(
        report("a", D(2019, 3, 4), "Ilse Marrow opened the Joint Council on Monday.", "open",
               [marrow, council]),
        report("b", D(2019, 3, 5), "Tomas Brenn arrived in Brennholm on Monday.", "arrive",
               [brenn, town]),
        report("c", D(2019, 3, 6), "Tomas Brenn and Ilse Marrow addressed the Joint Council in "
               "Brennholm on Monday.", "address", [brenn, marrow, council, town]),
    )
    (e,) = events(visit).to_dict("records")
    assert (e["start"], e["articles"]) == (mon, "a; b; c")
    apart = fake_ann(
        report("a", D(2019, 3, 4), "Ilse Marrow extended the talks to Monday.", "extend", [marrow]),
        report("b", D(2019, 3, 5), "Tomas Brenn arrived in Brennholm on Monday.", "arrive",
               [brenn, town]),
        report("c", D(2019, 3, 6), "Tomas Brenn and Ilse Marrow reached a deal in Brennholm on "
               "Monday.", "reach", [brenn, marrow, town]),
    )
    assert len(events(apart)) == 2


def test_a_coarser_report_with_an_act_of_its_own_is_another_event_for_two_names():
    ann = fake_ann(
        _truce("a", D(2019, 3, 9), "Arvelo and Karsten signed the truce on Friday.", "Friday",
               "sign", BOTH),
        _truce("b", D(2019, 3, 14), "Arvelo met Karsten in Brennholm last week.", "last week",
               "meet", [*BOTH, "Brennholm"]),  # a place the truce lacks: another meeting
    )
    assert sorted(events(ann)["granularity"]) == ["day", "week"]


def test_a_coarser_report_in_a_tie_joins_the_group_doing_its_verb_not_one_dating_its_noun():
    # both days have "the agreement"; only Sunday's is the signing "signed ... in June" tells
    announced = ("Ministers announced the agreement on Tuesday.",
                 [("Tuesday", "past", None, None, "announce", {"noun": "agreement"})], [])
    signed = ("Delegates signed the agreement on Sunday.",
              [("Sunday", "past", None, None, "sign", {"noun": "agreement"})], [])
    later = ("The agreement, signed in June, still divides the coalition.",
             [("June", "past", None, None, "sign", {"noun": "agreement"})], [])
    ann = fake_ann(("a", D(2021, 6, 9), "Outlet a", [announced]),
                   ("b", D(2021, 6, 14), "Outlet b", [signed]),
                   ("c", D(2021, 9, 20), "Outlet c", [later]))
    by_article = dict(zip(*event_reports(ann)[["article_id", "event_id"]].T.values))
    assert by_article["c"] == by_article["b"] != by_article["a"]


def test_a_coarser_report_joins_the_one_event_of_its_dates_with_its_event_noun():
    took = meeting("a", D(2021, 8, 3), "A truce took effect on Monday.", "Monday", "past", [],
                   verb="take")
    brokered = meeting("b", D(2021, 10, 5), "The truce brokered in August holds.", "August",
                       "past", [], verb="broker")
    (e,) = events(fake_ann(took, brokered)).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (D(2021, 8, 2), "day", 2)
    violated = meeting("c", D(2021, 8, 21), "The truce was violated on Friday.", "Friday", "past",
                       [], verb="violate")
    assert len(events(fake_ann(took, brokered, violated))) == 3  # two truce days: which is a guess


def test_a_coarser_report_of_the_start_in_other_words_joins_the_day_it_started():
    opened = meeting("a", MON, "The talks opened in Brennholm on Monday.", "Monday", "past",
                     ["Brennholm"], verb="open")
    began = meeting("b", D(2022, 11, 2), "Talks began in August.", "August", "past", [],
                    verb="begin")
    (e,) = events(fake_ann(opened, began)).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    # the start of another thing, or another act on the talks: two events
    truce = meeting("c", D(2022, 11, 2), "A truce began in August.", "August", "past", [],
                    verb="begin")
    ended = meeting("d", D(2022, 11, 2), "Talks ended in August.", "August", "past", [],
                    verb="end")
    assert sorted(events(fake_ann(opened, truce))["granularity"]) == ["day", "month"]
    assert sorted(events(fake_ann(opened, ended))["granularity"]) == ["day", "month"]


def test_a_coarser_report_of_the_deal_brokered_is_its_conclusion_told_in_other_words():
    """``concluding_verbs``: the accord brokered in March is the accord signed that month, told
    by an outlet before the month is out; a truce brokered that month is another thing."""
    signed = _one_line("a", D(2022, 3, 30), "They signed the accord in Brennholm this month.",
                       "this month", "sign", ["Brennholm"])
    brokered = _one_line("b", D(2022, 7, 4), "The mediators brokered the accord in March.", "March",
                         "broker")
    (e,) = events(fake_ann(signed, brokered)).to_dict("records")
    assert (e["granularity"], e["n_sources"]) == ("month", 2)
    truce = _one_line("b", D(2022, 7, 4), "The mediators brokered a truce in March.", "March", "broker")
    assert len(events(fake_ann(signed, truce))) == 2


def test_a_day_report_of_the_start_keeps_its_own_verb():
    opened = meeting("a", MON, "The talks opened in Brennholm on Monday.", "Monday", "past",
                     ["Brennholm"], verb="open")
    began = meeting("b", TUE, "Talks began in Kessing on Tuesday.", "Tuesday", "past",
                    ["Kessing"], verb="begin")
    assert len(events(fake_ann(opened, began))) == 2


def test_a_coarser_report_in_the_present_tense_of_dates_past_tells_of_the_past():
    signed = _truce("a", D(2019, 3, 9), "Arvelo and Karsten signed the truce on Friday.",
                    "Friday", "sign", BOTH)

    def partners(published, expression):
        return meeting("b", published, f"Arvelo, Karsten's partner since {expression}, says it "
                       "holds.", expression, "present", BOTH, verb="say")

    (e,) = events(fake_ann(signed, partners(D(2019, 3, 14), "last week"))).to_dict("records")
    assert (e["start"], e["granularity"], e["articles"]) == (D(2019, 3, 8), "day", "a; b")
    # dates that hold the article's day: not yet the past
    ann = fake_ann(signed, partners(D(2019, 3, 9), "this week"))
    assert sorted(events(ann)["granularity"]) == ["day", "week"]


def test_a_day_off_report_dating_the_events_noun_joins_it_not_a_statement_of_its_own_day():
    # "the talks at the Velmar Lodge on Monday" told by an outlet as "visited ... on
    # Tuesday": the meeting a day off, not the host's unrelated remark on Tuesday
    lodge = ("Velmar Lodge", "FAC")
    hosted = ("Arvelo hosted Karsten and Dorn for talks at the Velmar Lodge on Monday.",
              [("Monday", "past", None, None, "host")],
              [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Dorn", "PERSON"), lodge])
    remark = ("Arvelo said on Tuesday that fuel taxes would rise.",
              [("Tuesday", "past", None, None, "say")], [("Arvelo", "PERSON")])
    visited = ("Karsten and Dorn visited Arvelo at the Velmar Lodge on Tuesday.",
               [("Tuesday", "past", None, None, "visit", {"noun": "talks"})],
               [("Karsten", "PERSON"), ("Dorn", "PERSON"), ("Arvelo", "PERSON"), lodge])
    ann = fake_ann(("a", TUE, "Outlet a", [hosted]), ("b", TUE, "Outlet b", [remark]),
                   ("c", WED, "Outlet c", [visited]))
    table = events(ann).set_index("start")
    assert table.index.tolist() == [MON, TUE]
    assert table.loc[MON, "articles"] == "a; c" and table.loc[MON, "conflict"]
    assert table.loc[TUE, "articles"] == "b"


def test_a_coarser_report_naming_the_events_document_joins_it_among_events_of_its_noun():
    handed = meeting("a", D(2022, 8, 3), "Velmar handed its remarks on the draft to Arvelo on Tuesday.",
                     "Tuesday", "past", ["Velmar", "Arvelo"], verb="hand")
    signed = meeting("b", D(2022, 8, 20), "Velmar and Karsten signed a draft on Friday.", "Friday",
                     "past", ["Velmar", "Karsten"], verb="sign")
    sent = meeting("c", D(2022, 9, 5), "Velmar sent remarks on the draft in August.", "August",
                   "past", ["Velmar"], verb="send")
    table = events(fake_ann(handed, signed, sent))
    assert table["granularity"].tolist() == ["day", "day"]  # the month joined the remarks
    assert table.loc[table["start"] == D(2022, 8, 2), "n_sources"].item() == 2
    # without the remarks, the draft and Velmar are what both days share: which is a guess
    plain = meeting("c", D(2022, 9, 5), "Velmar sent a draft in August.", "August", "past",
                    ["Velmar"], verb="send")
    assert sorted(events(fake_ann(handed, signed, plain))["granularity"]) == ["day", "day", "month"]


def test_a_coarser_report_of_the_assent_in_other_words_joins_the_day_of_the_vote():
    voted = meeting("a", D(2021, 8, 4), "Velmar's council voted on Tuesday to back the truce.",
                    "Tuesday", "past", ["Velmar"], verb="vote")
    took = meeting("b", D(2021, 8, 21), "The truce Velmar agreed took effect on Friday.", "Friday",
                   "past", ["Velmar"], verb="take")
    endorsed = meeting("c", D(2021, 10, 5), "Velmar's council endorsed the truce in August.",
                       "August", "past", ["Velmar"], verb="endorse")
    table = events(fake_ann(voted, took, endorsed))
    assert table["granularity"].tolist() == ["day", "day"]  # the month joined the vote
    assert table.loc[table["start"] == D(2021, 8, 3), "n_sources"].item() == 2
    # another act on the truce in August, or the assent told to the day: events of their own
    broke = meeting("c", D(2021, 10, 5), "Velmar's council broke the truce in August.", "August",
                    "past", ["Velmar"], verb="break")
    assert sorted(events(fake_ann(voted, took, broke))["granularity"]) == ["day", "day", "month"]
    day = meeting("c", D(2021, 10, 5), "Velmar's council endorsed the truce on Aug. 5.", "Aug. 5",
                  "past", ["Velmar"], verb="endorse")
    assert len(events(fake_ann(voted, took, day))) == 3


def test_two_dates_of_one_sentence_tell_two_acts_a_restated_date_one():
    signed = meeting("a", D(2022, 8, 5), "Arvelo signed the accord in Port Calder on Thursday.",
                     "Thursday", "past", ["Arvelo", "Port Calder"], verb="sign")
    text = ("Arvelo will sign the accord on Thursday; later this month, the accord will be"
            " ratified in Port Calder.")
    first, second = text.split("; ")
    two = ("b", MON, "B", [(text, [("Thursday", "future", first, None, "sign"),
                                   ("later this month", "future", second, None, "ratify")],
                            [("Arvelo", "PERSON"), ("Port Calder", "GPE")])])
    assert sorted(events(fake_ann(signed, two))["granularity"]) == ["day", "month"]
    restated = "This month, on Thursday, Arvelo will sign the accord."
    one = ("b", MON, "B", [(restated, [("This month", "future", None, None, "sign"),
                                       ("Thursday", "future", None, None, "sign")],
                            [("Arvelo", "PERSON")])])
    assert events(fake_ann(signed, one))["granularity"].tolist() == ["day"]



@pytest.mark.parametrize(("day", "month"), [
    (("Negotiators inked the text on Monday.", "Monday", "ink"),
     ("The negotiators signed in August.", "August", "sign")),
    (("The first soldiers landed at Brennholm on Monday.", "Monday", "land"),
     ("The soldiers began arriving in August.", "August", "arrive")),
    (("Arvelo departed from Brennholm on Monday.", "Monday", "depart"),
     ("Arvelo salió de Brennholm en agosto.", "agosto", "salir")),
    (("El consejo nombró el lunes a Arvelo.", "lunes", "nombrar"),
     ("Arvelo fue elegido en agosto.", "agosto", "elegir")),
])
def test_a_coarser_report_of_the_same_act_in_another_verb_joins_the_day(day, month):
    """``signing_verbs``, ``arrival_verbs``, ``appointment_verbs``: one act in other words."""
    names = ["Arvelo"] if "Arvelo" in day[0] else []
    (text, expression, verb), later = day, D(2022, 11, 2)
    first = meeting("a", MON, text, expression, "past", names, verb=verb)
    (text, expression, verb) = month
    (e,) = events(fake_ann(first, meeting("b", later, text, expression, "past", names,
                                          verb=verb))).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    # another verb that lists no act with the day's stays apart
    other = meeting("c", later, "The rebels protested in August.", "August", "past", [], verb="protest")
    assert len(events(fake_ann(first, other))) == 2



def test_a_coarser_report_of_who_was_named_to_an_office_joins_the_day_of_the_appointment():
    """``appointment_verbs``: "was named prime minister" is the appointment told in other words,
    as "nombrar" is in Spanish; another act that month stays apart."""
    appointed = _one_line("a", MON, "The council appointed Arvelo prime minister on Monday.",
                          "Monday", "appoint", ["Arvelo"])
    named = _one_line("b", D(2022, 11, 2), "A new prime minister was named in August.", "August",
                      "name")
    (e,) = events(fake_ann(appointed, named)).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    resigned = _one_line("b", D(2022, 11, 2), "A new prime minister resigned in August.", "August",
                         "resign")
    assert len(events(fake_ann(appointed, resigned))) == 2


def test_a_coarser_report_of_the_one_signing_in_its_dates_joins_it_whoever_each_names():
    """The negotiator one outlet names signing in August, the leaders another names signing on
    Monday, no name in common: the one signing of August. Not when two events of August sign,
    nor for a meeting (a month holds many), nor for an act told ahead."""
    day = meeting("a", MON, "Arvelo and Karsten signed the accord on Monday.", "Monday", "past",
                  BOTH, verb="sign")
    later = D(2022, 11, 2)

    def month(text="Negotiator Ines Dorrow signed the accord in August.", verb="sign", tense="past", at=later):
        return meeting("b", at, text, "August", tense, ["Ines Dorrow"], verb=verb)

    (e,) = events(fake_ann(day, month())).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    other = meeting("c", D(2022, 8, 20), "Tomas Weir and Lina Oder signed a lease on Saturday.",
                    "Saturday", "past", ["Tomas Weir", "Lina Oder"], verb="sign")
    assert len(events(fake_ann(day, other, month()))) == 3
    met = meeting("a", MON, "Arvelo and Karsten met on Monday.", "Monday", "past", BOTH)
    assert len(events(fake_ann(met, month("Negotiator Ines Dorrow met them in August.", "meet")))) == 2
    ahead = month("Negotiator Ines Dorrow will sign it later in August.", tense="future", at=D(2022, 7, 30))
    assert len(events(fake_ann(day, ahead))) == 2


def test_a_coarser_report_of_the_one_signing_must_name_what_was_signed():
    """Another signing of the month, arrival or launch, naming no event noun of the day's
    act, or one after an indefinite article, is another event: "a union leader signed a
    petition in August" and "a minister signed a trade accord in August" are not the accord
    the leaders signed on Monday (nor the talks, which a month holds many rounds of)."""
    later = D(2022, 11, 2)
    for verb, day_text, month_text in [
            ("sign", "Arvelo and Karsten signed the accord on Monday.",
             "Union leader Ines Dorrow signed a petition in August."),
            ("sign", "Arvelo and Karsten signed the peace accord on Monday.",
             "Trade minister Ines Dorrow signed a trade accord in August."),
            ("launch", "Arvelo and Karsten launched an offensive on Monday.",
             "Student leader Ines Dorrow launched a hunger strike in August."),
            ("arrive", "Arvelo and Karsten arrived for talks on Monday.",
             "Aid worker Ines Dorrow arrived for talks in August."),
            ("leave", "Arvelo and Karsten left the country on Monday.",
             "Union leader Ines Dorrow left the party in August.")]:
        day = meeting("a", MON, day_text, "Monday", "past", BOTH, verb=verb)
        month = meeting("b", later, month_text, "August", "past", ["Ines Dorrow"], verb=verb)
        assert len(events(fake_ann(day, month))) == 2, month_text


def test_a_coarser_report_of_the_conclusion_of_its_event_noun_joins_the_day():
    """``concluding_verbs``: "sealed the accord on Monday" and "the accord was signed in
    August" tell one act on the accord; another act on it that month stays apart. Not for
    reports sharing no event noun: "sealed off the border" is no signing."""
    sealed = meeting("a", MON, "Negotiators sealed the accord on Monday.", "Monday", "past", [],
                     verb="seal")
    hailed = meeting("c", D(2022, 8, 21), "The accord was hailed in Brennholm on Saturday.",
                     "Saturday", "past", ["Brennholm"], verb="hail")
    signed = meeting("b", D(2022, 11, 2), "The accord was signed in August.", "August", "past",
                     [], verb="sign")
    table = events(fake_ann(sealed, hailed, signed))
    assert dict(zip(table["start"], table["n_sources"])) == {MON: 2, D(2022, 8, 20): 1}
    off = meeting("a", MON, "Troops sealed off the border on Monday.", "Monday", "past", [],
                  verb="seal")
    assert len(events(fake_ann(off, signed))) == 2


def test_a_verb_form_the_model_left_for_its_lemma_is_the_infinitive_s_act():
    """A participle (``participle_endings``: "cerrado") or a verb with its
    clitic split off ("acatarlo": "acatar él") tells the act of its infinitive."""
    closed = meeting("a", MON, "Arvelo cerró el cruce el lunes.", "lunes", "past", ["Arvelo"],
                     verb="cerrar")
    participle = meeting("b", WED, "El cruce, cerrado por Arvelo el martes, sigue así.", "martes",
                         "past", ["Arvelo"], verb="cerrado")
    (e,) = events(fake_ann(closed, participle)).to_dict("records")  # one act, a day off
    assert (e["start"], e["n_sources"], e["conflict"]) == (MON, 2, True)
    clitic = meeting("a", MON, "Arvelo se comprometió el lunes a acatarlo.", "lunes", "past",
                     ["Arvelo"], verb="acatar él")
    month = meeting("b", D(2022, 11, 2), "Arvelo acató el fallo en agosto.", "agosto", "past",
                    ["Arvelo"], verb="acatar")
    (e,) = events(fake_ann(clitic, month)).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)


def test_what_said_reports_without_that_is_what_it_says():
    """"Arvelo said on Wednesday he would not sign the truce": "said" is a form of "say", and
    what follows it in the clause is what he said, the same he said "last week"."""
    wed, later = D(2022, 8, 3), D(2022, 8, 10)
    said = meeting("a", D(2022, 8, 4), "Arvelo said on Wednesday he would not sign the truce.",
                   "Wednesday", "past", ["Arvelo"], verb="say")
    signed = meeting("c", D(2022, 8, 8), "The truce was signed at Brennholm on Sunday.",
                     "Sunday", "past", ["Brennholm"], verb="sign")
    week = meeting("b", later, "Arvelo, who said last week that he would not sign the truce, "
                   "left.", "last week", "past", ["Arvelo"], verb="say")
    table = events(fake_ann(said, signed, week))
    by_start = dict(zip(table["start"], table["n_sources"]))
    assert by_start == {wed: 2, D(2022, 8, 7): 1}


def test_events_of_one_day_at_one_place_are_one_event():
    """A report would join any event of its day it shares a name with; two events of one day
    merge on the same evidence when the name is the place: "will meet in Brennholm on
    Saturday" is the signing there that day, though the signing's reports name the signatories."""
    meet = meeting("a", D(2022, 12, 1), "The delegations will meet in Brennholm on Saturday.",
                   "Saturday", "future", ["Brennholm"])
    plan = meeting("b", D(2022, 12, 2), "Arvelo and Karsten will sign the accord on Saturday.",
                   "Saturday", "future", BOTH, verb="sign")
    signed = meeting("c", D(2022, 12, 8), "Arvelo and Karsten signed the accord in Brennholm on "
                     "Saturday.", "Saturday", "past", [*BOTH, "Brennholm"], verb="sign")
    (e,) = events(fake_ann(meet, plan, signed)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2022, 12, 3), 3)
    # one name that is no place is what most reports of a story share: two events
    named = meeting("a", D(2022, 12, 1), "Lind will speak on Saturday.", "Saturday", "future",
                    ["Lind"], verb="speak")
    with_lind = meeting("c", D(2022, 12, 8), "Arvelo and Karsten signed the accord with Lind on "
                        "Saturday.", "Saturday", "past", [*BOTH, "Lind"], verb="sign")
    assert len(events(fake_ann(named, plan, with_lind))) == 2


def test_a_middle_initial_one_outlet_writes_names_the_same_person():
    """"Tomas R. Arvelo" and "Tomas Arvelo" are one person: the week's report of their
    meeting is Tuesday's, not an event of other people."""
    people = ["Tomas R. Arvelo", "Ines Karsten"]
    day = meeting("a", D(2024, 1, 24), "Tomas R. Arvelo met Ines Karsten on Tuesday.", "Tuesday",
                  "past", people, source="Outlet a")
    week = meeting("b", D(2024, 1, 29), "Tomas Arvelo met Ines J. Karsten last week.", "last week",
                   "past", ["Tomas Arvelo", "Ines J. Karsten"], source="Outlet b", cue="last")
    (e,) = events(fake_ann(day, week)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2024, 1, 23), 2)


def test_a_name_loses_each_of_its_middle_initials():
    assert {bare_name("Tomas R. J. Arvelo"), bare_name("Tomas R. Arvelo"), bare_name("Tomas Arvelo")} \
        == {"Tomas Arvelo"}
    assert bare_name("U.N. Security Council") == "U.N. Security Council"


def test_a_name_written_with_and_without_its_accents_is_one_name():
    """Outlets differ in accents ("Velára", "Velara"): two later articles that look back on
    the reforms agreed at one place in April, in other verbs, tell one event."""
    def looking_back(article_id, published, place, verb, text):
        return (article_id, published, f"Outlet {article_id}", [(
            text, [("abril", "past", None, None, verb)], [(place, "GPE")])])
    signed = looking_back("a", D(2024, 8, 1), "Velára", "firmar",
                          "En abril, en Velára, las delegaciones firmaron las reformas.")
    agreed = looking_back("b", D(2024, 9, 2), "Velara", "acordar",
                          "En abril, en Velara, las delegaciones acordaron las reformas.")
    (e,) = events(fake_ann(signed, agreed)).to_dict("records")
    assert (e["start"], e["end"], e["n_sources"]) == (D(2024, 4, 1), D(2024, 4, 30), 2)
    assert bare_name("Inés Kärsten") == "Ines Karsten"


def test_a_ban_and_the_embargo_a_later_article_dates_to_its_month_are_one_act():
    """``ban_verbs``: "banned arms sales on Wednesday" and "the embargo, imposed in May"
    tell one act in other words, though the later report names no one."""
    day = ("a", D(2024, 5, 16), "Outlet a", [(
        "The Velmar Council banned arms sales to Ostrava on Wednesday.",
        [("Wednesday", "past", None, None, "ban")], [("Velmar Council", "ORG"), ("Ostrava", "GPE")])])
    month = ("b", D(2024, 8, 1), "Outlet b", [(
        "The embargo, imposed in May, still holds.",
        [("May", "past", "imposed in May", None, "impose", {"noun": "embargo"})], [])])
    (e,) = events(fake_ann(day, month)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2024, 5, 15), 2)


@pytest.mark.parametrize("verb, noun", [
    ("surrender", "decommissioning"), ("hand", "handover"), ("seize", "capture"),
    ("kill", "assassination"), ("withdraw", "pullout"),
    ("entregar", "dejación"), ("matar", "asesinato"), ("apoderar", "captura"), ("retirar", "repliegue"),
    ("fight", "offensive"), ("enfrentar", "combates"), ("surrender", "disarmament"), ("entregar", "desarme"),
])
def test_an_act_and_the_noun_of_its_class_a_later_article_dates_to_its_month_are_one_act(verb, noun):
    """The classes of one act told in other words (``surrender_verbs``, ``capture_verbs``,
    ``killing_verbs``, ``withdrawal_verbs``, ``combat_verbs``): "the militia surrendered its rifles on
    Wednesday" and "the decommissioning, in May, went ahead" share a trigger, so the later,
    coarser report joins the day it dates; an act of another class does not."""
    day = ("a", D(2024, 5, 16), "Outlet a", [(
        "The Velmar militia acted in Ostrava on Wednesday.",
        [("Wednesday", "past", None, None, verb)], [("Velmar", "GPE"), ("Ostrava", "GPE")])])
    month = ("b", D(2024, 8, 1), "Outlet b", [(
        f"The {noun}, in May, went ahead without incident.",
        [("May", "past", "in May", None, "go", {"noun": noun})], [])])
    (e,) = events(fake_ann(day, month)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2024, 5, 15), 2)
    other = ("b", D(2024, 8, 1), "Outlet b", [(
        "The election, in May, went ahead without incident.",
        [("May", "past", "in May", None, "go", {"noun": "election"})], [])])
    assert len(events(fake_ann(day, other))) == 2


def test_a_meeting_told_in_other_verbs_by_a_later_article_dating_it_to_its_month_is_one():
    """``meeting_verbs`` read for a coarser report: "the conference first met in July" is
    the conference that convened in Brennholm on 30 July, as "began" is "opened"."""
    day = ("a", D(2024, 7, 31), "Outlet a", [(
        "The peace conference convened in Brennholm on Tuesday.",
        [("Tuesday", "past", None, None, "convene")], [("Brennholm", "GPE")])])
    month = ("b", D(2024, 9, 2), "Outlet b", [(
        "The peace conference first met in July.", [("July", "past", None, None, "meet")], [])])
    (e,) = events(fake_ann(day, month)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2024, 7, 30), 2)


def test_a_start_told_in_other_verbs_naming_one_place_and_no_event_noun_is_one_act():
    """``onset_verbs`` for a coarser report and an event neither of which names an event noun:
    a name both give is what starts ("the plan for Velmaro will begin on 1 April", "Velmaro's
    calendar starts in April"); not when each names an event noun, none the same ("fighting
    began in Velmaro in April" is not the talks that opened there on 1 April)."""
    def plan(article_id, published, text, expression, verb):
        return (article_id, published, f"Outlet {article_id}", [(
            text, [(expression, "future", None, None, verb)], [("Velmaro", "GPE")])])
    day = plan("a", D(2024, 3, 20), "La aplicación del plan de Velmaro comenzará el 1 de abril.",
               "1 de abril", "comenzar")
    month = plan("b", D(2024, 3, 22), "El calendario de Velmaro empieza a correr en abril.", "abril",
                 "empezar")
    (e,) = events(fake_ann(day, month)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2024, 4, 1), 2)
    talks = ("a", D(2024, 4, 2), "Outlet a", [(
        "The talks opened in Velmaro on 1 April.", [("1 April", "past", None, None, "open")],
        [("Velmaro", "GPE")])])
    fighting = ("b", D(2024, 5, 2), "Outlet b", [(
        "Fighting began in Velmaro in April.", [("April", "past", None, None, "begin")],
        [("Velmaro", "GPE")])])
    assert len(events(fake_ann(talks, fighting))) == 2


def _one_line(article_id, published, text, expression, verb, names=()):
    return meeting(article_id, published, text, expression, "past", list(names), verb=verb)


@pytest.mark.parametrize("text, verb", [
    ("Las delegaciones se sentaron en Brennholm el lunes.", "sentar"),
    ("Las delegaciones se reunieron en Brennholm el lunes.", "reunir"),
    ("The delegations conferred in Brennholm on Monday.", "confer"),
])
def test_a_verb_of_meeting_names_the_talks_of_its_day(text, verb):
    """``meeting_verbs``: "sat down", "se reunieron" tell the talks that opened that day
    where they sat, as "met" names "the meeting"."""
    opened = _one_line("a", TUE, "Las conversaciones comenzaron en Brennholm el lunes.", "lunes", "comenzar",
                       ["Brennholm"])
    (e,) = events(fake_ann(opened, _one_line("b", WED, text, text.split()[-1].rstrip("."), verb, ["Brennholm"]))
                  ).to_dict("records")
    assert (e["start"], e["articles"]) == (MON, "a; b")


@pytest.mark.parametrize("text, verb", [
    ("Velt sentó en Port Calder el lunes las bases de una reforma.", "sentar"),
    ("Velt negotiated a pay rise in Port Calder on Monday.", "negotiate"),
])
def test_a_verb_of_meeting_that_shares_nothing_else_is_not_the_talks_of_its_day(text, verb):
    """A verb of meeting alone does not name the talks: "sentó las bases" (laid the
    foundations) or "negotiated a pay rise" elsewhere that day, naming no one the talks
    do, is another act."""
    opened = _one_line("a", TUE, "Las conversaciones comenzaron en Brennholm el lunes.", "lunes", "comenzar",
                       ["Brennholm"])
    day = "lunes" if "lunes" in text else "Monday"
    assert len(events(fake_ann(opened, _one_line("b", WED, text, day, verb, ["Velt", "Port Calder"])))) == 2


def test_a_verb_of_meeting_names_no_signing_nor_talks_of_another_day():
    sat = _one_line("b", WED, "Las delegaciones se sentaron el lunes.", "lunes", "sentar")
    signed = _one_line("a", TUE, "El acuerdo se firmó el lunes.", "lunes", "firmar")
    assert len(events(fake_ann(signed, sat))) == 2
    opened = _one_line("a", WED, "Las conversaciones comenzaron el martes.", "martes", "comenzar")
    assert len(events(fake_ann(opened, sat))) == 2


def test_two_acts_at_one_place_on_one_day_are_two_events_a_meeting_there_is_not():
    """One city holds many events of a day: farmers protesting in Brennholm on Saturday are
    not the accord signed there that day; the delegations meeting there that day are."""
    sat, out = D(2022, 12, 3), D(2022, 12, 5)
    signed = meeting("a", out, "Arvelo and Karsten signed the accord in Brennholm on Saturday.",
                     "Saturday", "past", [*BOTH, "Brennholm"], verb="sign")
    protest = meeting("b", out, "Thousands of farmers protested in Brennholm on Saturday.",
                      "Saturday", "past", ["Brennholm"], verb="protest")
    table = events(fake_ann(signed, protest))
    assert table["start"].tolist() == [sat, sat] and sorted(table["trigger"]) == ["protest", "sign"]
    met = meeting("b", out, "The delegations met in Brennholm on Saturday.", "Saturday", "past",
                  ["Brennholm"])
    (e,) = events(fake_ann(signed, met)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (sat, 2)


def test_two_signings_of_other_parties_at_one_place_on_one_day_are_two_events():
    """"A and B signed a ceasefire in E" and "C and D signed a trade agreement in E" that
    day: the same verb, a noun and the place, but no party in common."""
    out = D(2022, 12, 5)
    first = meeting("a", out, "Arvelo and Karsten signed the ceasefire agreement in Brennholm on "
                    "Saturday.", "Saturday", "past", [*BOTH, "Brennholm"], verb="sign")
    second = meeting("b", out, "Lind and Dorn signed the trade agreement in Brennholm on Saturday.",
                     "Saturday", "past", ["Lind", "Dorn", "Brennholm"], verb="sign")
    assert len(events(fake_ann(first, second))) == 2
    # one party in common: the same signing told by two outlets
    again = meeting("b", out, "Arvelo and Dorn signed the agreement in Brennholm on Saturday.",
                    "Saturday", "past", ["Arvelo", "Dorn", "Brennholm"], verb="sign")
    assert len(events(fake_ann(first, again))) == 1
    # another act that day, told with other people: left to the other evidence (here the
    # accord and the place), as outlets telling one day's news name different people
    witnessed = meeting("b", out, "Lind and Dorn witnessed the signing of the ceasefire agreement in Brennholm "
                        "on Saturday.", "Saturday", "past", ["Lind", "Dorn", "Brennholm"], verb="witness")
    assert len(events(fake_ann(first, witnessed))) == 1


def test_two_agreements_of_other_parties_at_other_places_on_one_day_are_two_events():
    """"A and B signed a trade deal in E" and "C and D issued a declaration in F" that day
    share only an agreement noun: two events. Told by two outlets with a party or the place
    in common, they are one."""
    out = D(2022, 12, 5)

    def told(article_id, text, names, verb):
        return (article_id, out, f"Outlet {article_id}",
                [(text, [("Saturday", "past", None, None, verb)], names)])

    deal = told("a", "The Harbour League and the Tide Union signed a trade deal in Brennholm on Saturday.",
                [("Harbour League", "ORG"), ("Tide Union", "ORG"), ("Brennholm", "GPE")], "sign")
    declared = told("b", "The Kesh Front and the Oru Alliance issued a declaration in Port Calder on Saturday.",
                    [("Kesh Front", "ORG"), ("Oru Alliance", "ORG"), ("Port Calder", "GPE")], "issue")
    assert len(events(fake_ann(deal, declared))) == 2
    again = told("b", "The Harbour League issued a declaration on the deal in Brennholm on Saturday.",
                 [("Harbour League", "ORG"), ("Brennholm", "GPE")], "issue")
    assert len(events(fake_ann(deal, again))) == 1


def test_a_month_in_an_article_that_dates_the_event_to_a_day_elsewhere_is_another_event():
    """An article gives an event one date: "fought in Brennholm earlier this month" in the
    story of the truce signed there on Tuesday is another event, though it names all three;
    the same month in another article is the truce's month."""
    names = [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")]
    signed = ("Arvelo and Karsten signed the truce in Brennholm on Tuesday.",
              [("Tuesday", "past", None, None, "sign")], names)
    fought = ("Arvelo and Karsten fought in Brennholm earlier this month.",
              [("earlier this month", "past", None, None, "fight")], names)
    table = events(fake_ann(("a", D(2022, 8, 18), "Outlet a", [signed, fought])))
    assert table["granularity"].tolist() == ["month", "day"]
    elsewhere = ("b", D(2022, 8, 25), "Outlet b", [(
        "Arvelo and Karsten signed the truce in Brennholm earlier this month.",
        [("earlier this month", "past", None, None, "sign")], names)])
    (e,) = events(fake_ann(("a", D(2022, 8, 18), "Outlet a", [signed]), elsewhere)).to_dict("records")
    assert (e["start"], e["n_sources"]) == (D(2022, 8, 16), 2)
    # what goes on in the present through the article's week is the plan of its day
    plan = ("Arvelo and Karsten will sign the truce in Brennholm on Friday.",
            [("Friday", "future", None, None, "sign")], names)
    ongoing = ("Arvelo and Karsten meet in Brennholm this week.",
               [("this week", "present", None, None, "meet")], names)
    (e,) = events(fake_ann(("a", D(2022, 8, 17), "Outlet a", [plan, ongoing]))).to_dict("records")
    assert e["start"] == D(2022, 8, 19)


def test_a_present_clause_dating_the_part_of_the_month_before_its_article_is_another_event():
    """"The signing follows heavy fighting in Brennholm earlier this month", in the story of
    the truce the two parties signed there on Tuesday: a present verb, but a date of the part before the
    article, nothing going on through it; another event than the signing."""
    names = [("Harbour League", "ORG"), ("Tide Union", "ORG"), ("Brennholm", "GPE")]
    signed = ("The Harbour League and the Tide Union signed the truce in Brennholm on Tuesday.",
              [("Tuesday", "past", None, None, "sign")], names)
    follows = ("The signing follows heavy fighting between the Harbour League and the Tide Union "
               "in Brennholm earlier this month.",
               [("earlier this month", "present", None, None, "follow")], names)
    table = events(fake_ann(("a", D(2022, 8, 18), "Outlet a", [signed, follows])))
    assert table["granularity"].tolist() == ["month", "day"]


def test_two_months_sharing_only_their_verb_each_at_a_place_of_its_own_are_two_events():
    """"The Harbour League's talks began in Port Calder in March" and "the Tide Union's road began
    in Brennholm in March": one verb, nothing else in common, two places; told at one place
    they are one event."""
    def began(article_id, who, what, place):
        return (article_id, D(2022, 6, 1 + len(article_id)), f"Outlet {article_id}",
                [(f"The {who}'s {what} began in {place} in March.",
                  [("March", "past", None, None, "begin")], [(who, "ORG"), (place, "GPE")])])

    talks = began("a", "Harbour League", "talks", "Port Calder")
    road = began("bb", "Tide Union", "road", "Brennholm")
    assert len(events(fake_ann(talks, road))) == 2
    again = began("bb", "Tide Union", "road", "Port Calder")
    assert len(events(fake_ann(talks, again))) == 1


def test_a_week_that_restates_the_act_of_its_articles_day_with_its_people_joins_it():
    """"Arvelo and Karsten met in Brennholm on Tuesday" and, further on, "Arvelo and Karsten
    held talks in Brennholm this week": the same talks, the same people, not a second event."""
    names = [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")]
    met = ("Arvelo and Karsten met in Brennholm on Tuesday.",
           [("Tuesday", "past", None, None, "meet")], names)
    week = ("Arvelo and Karsten held talks in Brennholm this week.",
            [("this week", "past", None, None, "meet")], names)
    (e,) = events(fake_ann(("a", D(2022, 8, 18), "Outlet a", [met, week]))).to_dict("records")
    assert (e["start"], e["granularity"]) == (D(2022, 8, 16), "day")


def test_a_month_naming_the_one_person_of_its_days_event_joins_it():
    quit_ = meeting("a", MON, "Talvenko quit the cabinet on Monday.", "Monday", "past", ["Talvenko"],
                    verb="quit")
    left_ = meeting("b", D(2022, 11, 2), "Talvenko pulled out of the coalition in August.", "August",
                    "past", ["Talvenko"], verb="pull")
    (e,) = events(fake_ann(quit_, left_)).to_dict("records")  # other verbs, one person
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    other = meeting("c", WED, "Talvenko addressed the assembly on Wednesday.", "Wednesday", "past",
                    ["Talvenko"], verb="address")
    assert len(events(fake_ann(quit_, left_, other))) == 3  # two days naming him: which is a guess
    met = meeting("d", D(2022, 11, 2), "Talvenko met the envoys in August.", "August", "past",
                  ["Talvenko"], verb="meet")
    assert len(events(fake_ann(quit_, met))) == 2  # a meeting is one of many in a month
    plan = meeting("e", D(2022, 7, 20), "Talvenko will pull out of the coalition in August.",
                   "August", "future", ["Talvenko"], verb="pull")
    assert len(events(fake_ann(quit_, plan))) == 2  # a plan is no report of the act


def _body_acts(article_id, published, text, expression, verb, names, tense="past"):
    return (article_id, published, f"Outlet {article_id}",
            [(text, [(expression, tense, None, None, verb)], names)])


def test_a_month_naming_the_one_body_of_its_days_event_joins_it():
    """A body acting (an actor that is no person, no place and no side: "the Tarn Assembly")
    is what the person is to :meth:`Group._one_person`: "the Tarn Assembly created the mission
    in August" is the one event of August naming the Assembly, "the Tarn Assembly set up the
    Velmar mission on Monday", whatever the verbs. Two events of the month naming it, a
    meeting, or a plan: apart."""
    assembly = ("Tarn Assembly", "ORG")
    set_up = _body_acts("a", TUE, "The Tarn Assembly set up the Velmar mission on Monday.", "Monday", "set",
                        [assembly, ("Velmar", "ORG")])
    created = _body_acts("b", D(2022, 11, 2), "The Tarn Assembly created the mission in August.", "August",
                         "create", [assembly])
    (e,) = events(fake_ann(set_up, created)).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (MON, "day", 2)
    voted = _body_acts("c", D(2022, 8, 4), "The Tarn Assembly voted the budget on Wednesday.", "Wednesday",
                       "vote", [assembly])
    assert len(events(fake_ann(set_up, created, voted))) == 3  # two days naming it: which is a guess
    met = _body_acts("d", D(2022, 11, 2), "The Tarn Assembly met the envoys in August.", "August", "meet",
                     [assembly])
    assert len(events(fake_ann(set_up, met))) == 2  # a meeting is one of many in a month
    plan = _body_acts("e", D(2022, 7, 20), "The Tarn Assembly will create the mission in August.", "August",
                      "create", [assembly], tense="future")
    assert len(events(fake_ann(set_up, plan))) == 2  # a plan is no report of the act
    people = ("Pakistani", "NORP")  # a demonym: the people of a country act in many events
    landed = _body_acts("f", TUE, "The Pakistani team landed in Brennholm on Monday.", "Monday", "land",
                        [people, ("Brennholm", "GPE")])
    won = _body_acts("g", D(2022, 11, 2), "The Pakistani team won the cup in August.", "August", "win",
                     [people])
    assert len(events(fake_ann(landed, won))) == 2


def test_a_noun_of_the_act_no_ending_makes_names_its_verb_on_one_day():
    died = meeting("a", MON, "Arvelo died in Brennholm on Monday.", "Monday", "past",
                   ["Arvelo", "Brennholm"], verb="die")
    mourned = meeting("b", TUE, "The death on Monday shocked the capital.", "Monday", "past", [],
                      verb="shock")
    (e,) = events(fake_ann(died, mourned)).to_dict("records")  # "death" is the noun of "die"
    assert (e["start"], e["n_sources"]) == (MON, 2)
    flown = meeting("c", TUE, "The flight on Monday shocked the capital.", "Monday", "past", [],
                    verb="shock")
    assert len(events(fake_ann(died, flown))) == 2  # the noun of another act ("fly")


def test_a_month_telling_what_was_done_to_the_person_of_a_days_event_stays_apart():
    quit_ = meeting("a", MON, "Varnell quit the cabinet on Monday.", "Monday", "past", ["Varnell"],
                    verb="quit")
    held = meeting("b", D(2022, 11, 2), "Varnell was arrested in August.", "August", "past",
                   ["Varnell"], verb="arrest")
    assert len(events(fake_ann(quit_, held))) == 2  # an act done to him, not his quitting
    detenido = meeting("c", MON, "Varnell fue detenido el lunes.", "el lunes", "past", ["Varnell"],
                       verb="detener")
    renuncia = meeting("d", D(2022, 11, 2), "Varnell renunció en agosto.", "agosto", "past",
                       ["Varnell"], verb="renunciar")
    assert len(events(fake_ann(detenido, renuncia))) == 2  # the day's event was done to him
    again = meeting("e", D(2022, 11, 2), "Varnell fue detenido en agosto.", "agosto", "past",
                    ["Varnell"], verb="detener")
    (e,) = events(fake_ann(detenido, again)).to_dict("records")  # the day's own act, told again
    assert (e["start"], e["granularity"]) == (MON, "day")


def test_a_start_naming_no_event_noun_is_not_an_event_noun_s_start_in_one_place():
    """``onset_verbs`` on a place both name: a coarser report that names no event noun
    ("classes in Brellin start in May") is not the start of the talks an event names there
    ("the talks in Brellin will begin on 2 May"): the event noun tells what starts."""
    talks = ("a", D(2024, 4, 20), "Outlet a", [(
        "The talks in Brellin will begin on 2 May, Ilse Marrow said.",
        [("2 May", "future", None, None, "begin")], [("Brellin", "GPE"), ("Ilse Marrow", "PERSON")])])
    classes = ("b", D(2024, 4, 10), "Outlet b", [(
        "Classes in Brellin start in May, the ministry of Osk said.",
        [("May", "future", None, None, "start")], [("Brellin", "GPE"), ("Osk", "GPE")])])
    assert len(events(fake_ann(talks, classes))) == 2


def test_a_month_told_of_one_person_is_weighed_by_the_events_naming_its_people_and_sharing_its_trigger(monkeypatch):
    from kit.timeline.merge import Group

    asked = []
    original = Group._one_person

    def one_person(self, r, naming_its_people, sharing_its_trigger, **more):
        asked.append((naming_its_people, sharing_its_trigger))
        return original(self, r, naming_its_people=naming_its_people, sharing_its_trigger=sharing_its_trigger,
                        **more)

    monkeypatch.setattr(Group, "_one_person", one_person)
    quit_ = meeting("a", MON, "Morvan quit the cabinet on Monday.", "Monday", "past", ["Morvan"], verb="quit")
    left_ = meeting("b", D(2022, 11, 2), "Morvan pulled out of the coalition in August.", "August",
                    "past", ["Morvan"], verb="pull")
    assert len(events(fake_ann(quit_, left_))) == 1
    assert (1, 0) in asked  # one event of its dates names him, none shares its trigger


def test_a_misdated_report_joins_its_event_before_another_act_of_its_day_takes_it():
    """One outlet dates the presidents' signing a day early; a later chronology tells their
    meeting that day and the signing the next. The misdated signing is the signing, in
    conflict, not an event of its own that the meeting then joins (a false merge)."""
    presidents = ["Arvelo", "Karsten", "Brennholm"]
    signed = "Arvelo and Karsten signed the accord in Brennholm on {}."
    ann = fake_ann(
        meeting("a", WED, signed.format("Tuesday"), "Tuesday", "past", presidents, verb="sign"),
        meeting("b", WED, signed.format("Tuesday"), "Tuesday", "past", presidents, verb="sign"),
        meeting("c", THU, signed.format("Monday"), "Monday", "past", presidents, verb="sign"),
        ("d", D(2022, 8, 10), "Outlet d", [
            ("On Aug. 1, Arvelo and Karsten met in Brennholm.",
             [("Aug. 1", "past", None, None, "meet")], [(n, "PERSON") for n in BOTH]
             + [("Brennholm", "GPE")]),
            ("On Aug. 2, they signed the accord.", [("Aug. 2", "past", None, None, "sign")], []),
        ]),
    )
    table = events(ann).set_index("start")
    assert table.loc[TUE, "conflict"] and table.loc[TUE, "conflicting_dates"] == "2022-08-01"
    assert table.loc[MON, "articles"] == "d" and not table.loc[MON, "conflict"]


def test_one_month_the_articles_recall_in_their_own_words_is_one_event():
    later = D(2024, 1, 18)
    crossed = meeting("a", later, "The rebels crossed from Brennholm in October 2020.", "October 2020",
                      "past", ["Brennholm"], verb="cross")
    began = meeting("b", later, "The war that began in October 2020 is over.", "October 2020", "past", [],
                    verb="begin")
    (e,) = events(fake_ann(crossed, began)).to_dict("records")
    assert (e["granularity"], e["n_sources"]) == ("month", 2)
    # not when each names only names the other lacks: "Arvelo visited" is another act of the month
    visited = meeting("c", later, "Arvelo visited Karsten in October 2020.", "October 2020", "past",
                      ["Arvelo", "Karsten"], verb="visit")
    assert len(events(fake_ann(crossed, visited))) == 2
    # nor when an article dates something finer in the month: its reports join as days decide
    met = meeting("d", later, "Osk met Vell on Oct. 5, 2020.", "Oct. 5, 2020", "past", ["Osk", "Vell"])
    assert len(events(fake_ann(crossed, began, met))) == 3
    # nor a month still ahead of an article: a plan
    plan = meeting("e", D(2020, 9, 1), "The war will begin in October 2020.", "October 2020", "future", [],
                   verb="begin")
    assert len(events(fake_ann(crossed, plan))) == 2


def _signed(article_id, published, actors=BOTH + ["Brennholm"]):
    return meeting(article_id, published, "Arvelo and Karsten signed the accord in Brennholm on Monday.",
                   "Monday", "past", actors, source=f"Outlet {article_id}", verb="sign")


def test_a_day_one_outlet_tells_naming_nothing_is_the_one_event_others_date_to_it():
    """A clause that names no one and nothing ("They ended on Monday") shares nothing with
    any event; when the corpus dates one event to its day, from other articles, it is that
    event's report."""
    unnamed = meeting("c", TUE, "They ended on Monday.", "Monday", "past", [],
                      source="Outlet c", verb="end")
    (e,) = events(fake_ann(_signed("a", TUE), _signed("b", TUE), unnamed)).to_dict("records")
    assert (e["start"], e["n_sources"], e["conflict"]) == (MON, 3, False)


def test_a_day_naming_nothing_stays_apart_when_the_day_holds_two_events_or_its_article_tells_one():
    unnamed = meeting("c", TUE, "They ended on Monday.", "Monday", "past", [],
                      source="Outlet c", verb="end")
    flood = meeting("d", TUE, "Ostrand flooded on Monday.", "Monday", "past", ["Ostrand"],
                    source="Outlet d", verb="flood")
    table = events(fake_ann(_signed("a", TUE), _signed("b", TUE), unnamed, flood))
    assert sorted(table["n_sources"]) == [1, 1, 2]
    # its own article tells the signing: its other report of that day is another act
    both = ("c", TUE, "Outlet c", [
        ("Arvelo and Karsten signed the accord in Brennholm on Monday.",
         [("Monday", "past", None, None, "sign")],
         [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")]),
        ("They ended on Monday.", [("Monday", "past", None, None, "end")], []),
    ])
    assert sorted(events(fake_ann(_signed("a", TUE), both))["n_sources"]) == [1, 2]


def _took(article_id, published):
    return meeting(article_id, published, "Arvelo's forces took Brennholm on Feb. 10.", "Feb. 10",
                   "past", ["Arvelo", "Brennholm"], source=f"Outlet {article_id}", verb="take")


def test_a_month_one_outlet_looks_back_on_naming_nothing_is_the_one_event_of_that_month():
    """"They lost it in February" names no one and nothing; when the only event the corpus
    dates inside February is one two articles date to a day, it is that event's report."""
    march = D(2022, 3, 10)
    unnamed = meeting("c", march, "They lost it in February.", "February", "past", [],
                      source="Outlet c", verb="lose")
    (e,) = events(fake_ann(_took("a", march), _took("b", march), unnamed)).to_dict("records")
    assert e["n_sources"] == 3
    # a second event inside February: which one it tells is not known
    flood = meeting("d", march, "Ostrand flooded on Feb. 20.", "Feb. 20", "past", ["Ostrand"],
                    source="Outlet d", verb="flood")
    table = events(fake_ann(_took("a", march), _took("b", march), unnamed, flood))
    assert sorted(table["n_sources"]) == [1, 1, 2]
    # a plan is no look back
    planned = meeting("c", D(2022, 1, 10), "They will lose it in February.", "February", "future", [],
                      source="Outlet c", verb="lose")
    assert len(events(fake_ann(_took("a", march), _took("b", march), planned))) == 2


def test_a_day_naming_nothing_stays_apart_when_it_is_a_plan():
    # "They will walk out on Monday": no report of what happened that day
    plan = meeting("c", MON - dt.timedelta(days=2), "They will walk out on Monday.", "Monday", "future", [],
                   source="Outlet c", verb="walk")
    assert sorted(events(fake_ann(_signed("a", TUE), _signed("b", TUE), plan))["n_sources"]) == [1, 2]


def test_a_day_naming_nothing_joins_only_an_event_of_its_own_kind():
    """A clause naming nothing that dates an event noun ("The election on Monday passed off
    calmly") is no report of a signing held that day: it joins the day's one event only
    when that event's reports date a noun of the same kind."""
    def unnamed(noun):
        return ("c", TUE, "Outlet c", [(f"The {noun} on Monday passed off calmly.",
                                        [("Monday", "past", None, None, "pass", {"noun": noun})], [])])

    def signed(article_id):
        return (article_id, TUE, f"Outlet {article_id}", [
            ("Arvelo and Karsten signed the accord in Brennholm at the summit on Monday.",
             [("Monday", "past", None, None, "sign", {"noun": "summit"})],
             [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")])])

    assert sorted(events(fake_ann(signed("a"), signed("b"), unnamed("election")))["n_sources"]) == [1, 2]
    (e,) = events(fake_ann(signed("a"), signed("b"), unnamed("meeting"))).to_dict("records")
    assert e["n_sources"] == 3  # a meeting is a summit's kind


def test_a_day_off_report_whose_words_hold_the_events_act_joins_it_in_conflict():
    """Evidence of one event dated two ways is read both ways: "put their initials to the
    accord on Monday" says the "initialled" of the others' Tuesday, though "initialled"
    names no putting; the outlet a day off is a conflicting date, not an event of its own."""
    def initialled(article_id, published, expression):
        return meeting(article_id, published, f"Arvelo and Karsten initialled the accord in Brennholm on {expression}.",
                       expression, "past", ["Arvelo", "Karsten"], source=f"Outlet {article_id}", verb="initial")

    off = meeting("d", WED, "The parties put their initials to the accord with Karsten on Monday.", "Monday",
                  "past", ["Karsten"], source="Outlet d", verb="put")
    (e,) = events(fake_ann(initialled("a", WED, "Tuesday"), initialled("b", WED, "Tuesday"), off)).to_dict("records")
    assert (e["start"], e["n_sources"], e["conflict"]) == (TUE, 3, True)
    assert e["dates"] == "2022-08-01: d; 2022-08-02: a, b"
    # the window still bounds it: with none, the day off is an event of its own
    assert len(events(fake_ann(initialled("a", WED, "Tuesday"), initialled("b", WED, "Tuesday"), off),
                      tolerance_days=0)) == 2


def test_a_day_off_event_whose_clause_only_holds_the_events_verb_stays_apart():
    """Read the other way, only a light verb's object names the event's act: "agreed by
    phone to meet in Brennholm on Monday" holds "agreed" but tells the meeting, not the
    truce two outlets say Arvelo and Karsten agreed in Brennholm on Tuesday."""
    def agreed(article_id):
        return meeting(article_id, WED, "Arvelo and Karsten agreed on a truce in Brennholm on Tuesday.", "Tuesday",
                       "past", ["Arvelo", "Karsten"], source=f"Outlet {article_id}", verb="agree")

    met = meeting("d", WED, "Arvelo and Karsten, who agreed by phone to meet, met in Brennholm on Monday.", "Monday",
                  "past", ["Arvelo", "Karsten"], source="Outlet d", verb="meet")
    table = events(fake_ann(agreed("a"), agreed("b"), met))
    assert table["start"].tolist() == [MON, TUE] and not table["conflict"].any()


@pytest.mark.parametrize(("text", "expression", "tense", "cue", "verb", "status"), [
    ("Osk must leave Brennholm by Friday.", "Friday", "future", "by", "leave", "deadline"),
    ("Osk tiene hasta el viernes para salir de Brennholm.", "viernes", "present", "hasta el", "tener", "deadline"),
    ("El plazo de Osk para salir de Brennholm vence el viernes.", "viernes", "future", None, "vencer", "deadline"),
    # a bound of an act told in the past is no time limit
    ("Osk stayed in Brennholm until Friday.", "Friday", "past", "until", "stay", "happened"),
    ("Osk will leave Brennholm on Friday.", "Friday", "future", None, "leave", "expected"),
])
def test_an_event_every_report_of_which_is_a_time_limit_is_a_deadline(text, expression, tense, cue, verb,
                                                                      status):
    published = D(2022, 8, 6) if tense == "past" else MON
    told = meeting("a", published, text, expression, tense, ["Osk", "Brennholm"], cue=cue, verb=verb)
    assert events(fake_ann(told))["status"].tolist() == [status]


@pytest.mark.parametrize(("text", "tense", "verb"), [
    ("Osk said talks will go on in Brennholm until Friday.", "future", "go"),
    ("Osk will stay in Brennholm until Friday.", "future", "stay"),
])
def test_until_after_a_verb_that_lasts_is_the_end_of_a_span_not_a_time_limit(text, tense, verb):
    # "will stay until Friday" sets no limit anyone must meet: what lasts ends then
    told = meeting("a", MON, text, "Friday", tense, ["Osk", "Brennholm"], cue="until", verb=verb)
    assert events(fake_ann(told))["status"].tolist() == ["expected"]


def test_one_day_s_events_merge_when_the_later_one_names_the_earlier_s_act():
    """Two outlets tell the cabinet's approval; a third, later, tells it as the premier's win
    ("won the cabinet's approval"): its report shares nothing with theirs as it comes, while
    theirs, had they come after it, would have joined it (the act said in its clause). Which
    formed first is the order of the articles: one event."""
    mon = D(2019, 3, 4)

    def approved(article_id, published):
        return meeting(article_id, published, "The cabinet approved the accord of Mara Ventel on Monday.",
                       "Monday", "past", ["Mara Ventel"], verb="approve")

    def won(text):
        return meeting("c", D(2019, 3, 9), text, "Monday", "past", ["Brennholm"], verb="win")

    ann = fake_ann(approved("a", D(2019, 3, 4)), approved("b", D(2019, 3, 5)),
                   won("The premier won the cabinet's approval in Brennholm on Monday."))
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["articles"], e["conflict"]) == (mon, "a; b; c", False)
    # a win of another thing that day is another event
    ann = fake_ann(approved("a", D(2019, 3, 4)), approved("b", D(2019, 3, 5)),
                   won("The cabinet won the local race in Brennholm on Monday."))
    assert len(events(ann)) == 2


@pytest.mark.parametrize("number, n_events", [("88", 1), ("No. 88", 1), ("90", 2)])
def test_reports_of_one_day_naming_one_numbered_document_are_one_event(number, n_events):
    """A document named with its number is one text: the assembly's adoption of Resolution 88
    on Monday and Mexico's abstention on Resolution 88 that day are one vote, whatever else each
    names; an abstention on Resolution 90 is another."""
    def adopted(article_id, published):
        return meeting(article_id, published, "The Assembly of Brennholm adopted Resolution 88 on Monday.",
                       "Monday", "past", ["Brennholm"], verb="adopt")

    abstained = meeting("c", D(2019, 3, 9), f"Mexico abstained on Resolution {number} on Monday.",
                        "Monday", "past", ["Mexico"], verb="abstain")
    ann = fake_ann(adopted("a", D(2019, 3, 4)), adopted("b", D(2019, 3, 5)), abstained)
    assert len(events(ann)) == n_events


@pytest.mark.parametrize("text, verb, n_events", [
    ("Mara Ventel se proclamó presidenta el lunes.", "proclamar", 1),  # taking office, a day off
    ("Mara Ventel viajó a Brennholm el lunes.", "viajar", 2),
])
def test_taking_office_told_in_other_verbs_a_day_off_is_one_event_in_conflict(text, verb, n_events):
    """``event_classes.csv``, "inauguration": "se proclamó presidenta" and "asumió la
    Presidencia" tell one act; the outlet dating it a day earlier gives the event a conflicting
    date, not an event of its own. A journey that day is another act."""
    def took(article_id):
        return meeting(article_id, WED, "Mara Ventel asumió la Presidencia el martes.", "martes",
                       "past", ["Mara Ventel"], source=f"Outlet {article_id}", verb="asumir")

    other = meeting("c", WED, text, "lunes", "past", ["Mara Ventel"], source="Outlet c", verb=verb)
    table = events(fake_ann(took("a"), took("b"), other))
    assert len(table) == n_events
    if n_events == 1:
        (e,) = table.to_dict("records")
        assert (e["start"], e["conflict"], e["conflicting_dates"]) == (TUE, True, "2022-08-01")


def test_a_coarser_report_joins_the_event_giving_its_very_verb_before_one_of_a_verb_of_that_act():
    """"The parties that signed the accord last month": the signing of the month, not the
    initialling of the week before, though initialling is signing's kin and both events hold
    the accord; the tie was the order the events formed in."""
    initialled = meeting("a", D(2024, 1, 17), "Arvelo and Karsten initialled the accord on Tuesday.",
                         "Tuesday", "past", BOTH, verb="initial")
    signed = meeting("b", D(2024, 1, 23), "Arvelo and Karsten signed the accord on Monday.",
                     "Monday", "past", BOTH, verb="sign")
    month = meeting("c", D(2024, 2, 20), "The ministers of the parties that signed the accord last month will meet.",
                    "last month", "past", [], verb="sign")
    table = events(fake_ann(initialled, signed, month))
    by_start = dict(zip(table["start"], table["n_sources"]))
    assert by_start == {D(2024, 1, 16): 1, D(2024, 1, 22): 2}


def test_a_coarser_declaration_joins_the_day_it_was_announced_not_the_day_it_took_effect():
    """``declaring_verbs``: "the Velmar Front declared a ceasefire in August" is the day the
    front announced it, though a reporting verb is no act and the day the ceasefire took
    effect names the front and the ceasefire too; "welcomed the ceasefire in August"
    declares nothing: with the two days tied, it joins
    neither."""
    front = [("Velmar Front", "ORG")]
    announced = ("The Velmar Front announced a ceasefire on Wednesday.",
                 [("Wednesday", "past", None, None, "announce", {"reporting": True})], front)
    effect = ("The ceasefire of the Velmar Front took effect on Friday.",
              [("Friday", "past", None, None, "take")], front)

    def later(text, verb, reporting=True):
        return ("c", D(2022, 10, 5), "Outlet c",
                [(text, [("August", "past", None, None, verb, {"reporting": reporting})], front)])

    def by_article(*articles):
        return dict(zip(*event_reports(fake_ann(
            ("a", D(2022, 8, 3), "Outlet a", [announced]),
            ("b", D(2022, 8, 6), "Outlet b", [effect]), *articles))[["article_id", "event_id"]].T.values))

    found = by_article(later("The Velmar Front declared a ceasefire in August.", "declare"))
    assert found["c"] == found["a"] != found["b"]
    found = by_article(later("The Velmar Front welcomed the ceasefire in August.", "welcome", False))
    assert len({found["a"], found["b"], found["c"]}) == 3
