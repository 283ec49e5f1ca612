"""A week or a month telling the act of a day-level event in other words joins it, when no
other event of its dates could be it (kit.timeline.merge through kit.timeline.events);
hand-made annotations, no model."""

from __future__ import annotations

import datetime as dt

from test_timeline import fake_ann

from kit.timeline import event_reports, events
from kit.timeline.clauses import participants
from kit.timeline.evidence import related

D = dt.date
WED, FRI, SEP = D(2022, 8, 3), D(2022, 8, 5), D(2022, 9, 5)


def _article(article_id, published, text, expression, verb, actors, places=()):
    mentions = [(a, "PERSON") for a in actors] + [(p, "GPE") for p in places]
    return (article_id, published, f"Outlet {article_id}",
            [(text, [(expression, "past", None, None, verb)], mentions)])


def _one_event(*articles):
    return event_reports(fake_ann(*articles))["event_id"].nunique() == 1


# ---- a noun of one report names the act the other tells with a verb -------------------------------

CROWDS = _article("a", WED, "The inauguration on Monday drew crowds.", "Monday", "draw", [])
SWORN = _article("b", SEP, "Arvelo was sworn in in August.", "August", "swear", ["Arvelo"])


def test_a_month_told_by_the_verb_joins_the_one_day_whose_noun_names_it():
    """"the inauguration on Monday drew crowds" and "was sworn in in August": the day's noun
    names the month's act; the one past event of August that does, the month is that day."""
    (e,) = events(fake_ann(CROWDS, SWORN)).to_dict("records")
    assert (e["start"], e["granularity"], e["n_sources"]) == (D(2022, 8, 1), "day", 2)


def test_a_month_two_days_of_whose_nouns_name_its_act_stays_apart():
    """Two inaugurations in August, one on the 1st, one on the 22nd: which one the month
    tells is a guess."""
    other = _article("c", D(2022, 8, 24), "The inauguration on Monday drew crowds.", "Monday", "draw", [])
    assert len(events(fake_ann(CROWDS, SWORN, other))) == 3


def test_a_week_told_by_the_noun_of_the_day_s_act_joins_it():
    """"held a general strike on Wednesday" and "the police during the strike last week"."""
    held = _article("a", FRI, "The unions held a general strike on Wednesday.", "Wednesday", "hold",
                    [])
    during = ("b", D(2022, 8, 9), "Outlet b",
              [("Mara Ventel defended the police during the strike last week.",
                [("last week", "past", None, None, "defend", {"noun": "strike"})],
                [("Mara Ventel", "PERSON")])])
    assert _one_event(held, during)


def test_the_nouns_of_a_strike_a_re_election_and_a_swearing_in_are_event_nouns_naming_their_acts():
    assert related("reelegir", "reelección")
    assert related("asumir", "toma de posesión") and related("swear", "inauguration")
    assert participants("durante el paro nacional").nouns == ["paro"]
    assert participants("ganó la reelección").nouns == ["reelección"]
    assert participants("en la toma de posesión del presidente").nouns == ["toma de posesión"]
    assert participants("at her swearing-in").nouns == ["swearing-in"]
    # in English the election a re-election is: "seeking re-election on 7 November" and "the
    # presidential election next Tuesday" share it
    assert participants("seeking re-election").nouns == ["election"]


# ---- one act in other verbs ---------------------------------------------------------------------


def test_chosen_is_elected():
    """"was elected leader on Wednesday" and "chosen earlier this week to succeed the late
    Arvelo": one appointment, though the week names someone the day does not."""
    elected = _article("a", D(2022, 8, 4), "Mara Ventel was elected party leader on Wednesday.",
                       "Wednesday", "elect", ["Mara Ventel"])
    chosen = _article("b", FRI, "Mara Ventel, chosen earlier this week to succeed the late Osk Arvelo.",
                      "earlier this week", "choose", ["Mara Ventel", "Osk Arvelo"])
    assert _one_event(elected, chosen)
