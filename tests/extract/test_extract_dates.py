"""kit.extract.dates: tense, verb, cue and clause of every DATE/TIME entity.

Unit tests build parsed Docs by hand (no statistical model); the golden tests
at the end run kit's pipeline on the seed's sentences.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kit.extract.dates import COLUMNS, extract, governing_verb, subject_span

VOCAB = spacy.blank("en").vocab
VOCAB_ES = spacy.blank("es").vocab


def doc(tokens: str, ents: dict[int, tuple[int, str]] | None = None, vocab=VOCAB) -> Doc:
    """Build a parsed Doc from "word/TAG/POS/dep/head[/lemma][/Morph]" tokens (head = index)."""
    fields = [t.split("/") for t in tokens.split()]
    words = [f[0] for f in fields]
    d = Doc(
        vocab, words=words,
        tags=[f[1] for f in fields], pos=[f[2] for f in fields], deps=[f[3] for f in fields],
        heads=[int(f[4]) for f in fields],
        lemmas=[f[5] if len(f) > 5 and f[5] else f[0].lower() for f in fields],
        morphs=[f[6].replace(";", "|") if len(f) > 6 else "" for f in fields],
    )
    d.ents = [d.char_span(d[s].idx, d[e - 1].idx + len(d[e - 1]), label=lab)
              for s, (e, lab) in (ents or {}).items()]
    return d


def row(d: Doc) -> dict:
    rows = extract(d, {})
    assert len(rows) == 1
    assert set(COLUMNS) <= set(rows[0])
    return rows[0]


def clause(d: Doc, r: dict) -> str:
    return d.text[r["clause_start"]: r["clause_end"]]


def test_will_makes_the_future_and_the_clause_is_the_verb_phrase():
    d = doc("Officials/NNS/NOUN/nsubj/2 will/MD/AUX/aux/2 meet/VB/VERB/ROOT/2/meet/VerbForm=Inf "
            "on/IN/ADP/prep/2 Friday/NNP/PROPN/pobj/3 ././PUNCT/punct/2", {4: (5, "DATE")})
    r = row(d)
    got = (r["text"], r["label"], r["tense"], r["verb"], r["cue"])
    assert got == ("Friday", "DATE", "future", "meet", None)
    assert clause(d, r) == "Officials will meet on Friday"
    assert (r["start_char"], r["end_char"]) == (d.text.index("Friday"), d.text.index("Friday") + 6)


def test_past_tense_verb():
    d = doc("He/PRP/PRON/nsubj/1 said/VBD/VERB/ROOT/1/say/Tense=Past;VerbForm=Fin on/IN/ADP/prep/1 "
            "Thursday/NNP/PROPN/pobj/2", {3: (4, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("past", "say")


def test_present_tense_verb():
    d = doc("Talks/NNS/NOUN/nsubj/1 continue/VBP/VERB/ROOT/1/continue/Tense=Pres;VerbForm=Fin "
            "this/DT/DET/det/3 week/NN/NOUN/npadvmod/1", {2: (4, "DATE")})
    r = row(d)
    assert (r["tense"], r["cue"]) == ("present", "this")


def test_a_date_right_after_a_reporting_verb_dates_the_saying_not_what_was_said():
    # the parse hangs "on Wednesday" on "sign"; the date is the saying's ("said on Wednesday")
    d = doc("Ivanov/NNP/PROPN/nsubj/1 said/VBD/VERB/ROOT/1/say/Tense=Past;VerbForm=Fin "
            "on/IN/ADP/prep/6 Wednesday/NNP/PROPN/pobj/2 he/PRP/PRON/nsubj/6 "
            "would/MD/AUX/aux/6/would/VerbForm=Fin sign/VB/VERB/ccomp/1/sign/VerbForm=Inf", {3: (4, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("past", "say")
    d = doc("He/PRP/PRON/nsubj/1 said/VBD/VERB/ROOT/1/say/Tense=Past;VerbForm=Fin "
            "he/PRP/PRON/nsubj/4 would/MD/AUX/aux/4/would/VerbForm=Fin sign/VB/VERB/ccomp/1/sign/VerbForm=Inf "
            "on/IN/ADP/prep/4 Wednesday/NNP/PROPN/pobj/5", {6: (7, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("future", "sign")  # not right after "said"


def test_a_reply_verb_reports_only_with_what_was_said_hung_on_it():
    """``reporting``: the rule of the sources (a reply verb reports speech only when it
    introduces what was said), so the timeline tells a statement from an act."""
    said = doc("Ostrava/NNP/PROPN/nsubj/1 responded/VBD/VERB/ROOT/1/respond/Tense=Past;VerbForm=Fin "
               "on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/2 that/IN/SCONJ/mark/7 "
               "talks/NNS/NOUN/nsubj/7 were/VBD/AUX/aux/7/be/Tense=Past;VerbForm=Fin "
               "over/RB/ADV/ccomp/1", {3: (4, "DATE")})
    acted = doc("Ostrava/NNP/PROPN/nsubj/1 responded/VBD/VERB/ROOT/1/respond/Tense=Past;VerbForm=Fin "
                "with/IN/ADP/prep/1 shelling/NN/NOUN/pobj/2 on/IN/ADP/prep/1 "
                "Monday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    told = doc("Ostrava/NNP/PROPN/nsubj/1 said/VBD/VERB/ROOT/1/say/Tense=Past;VerbForm=Fin "
               "on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/2", {3: (4, "DATE")})
    shelled = doc("Ostrava/NNP/PROPN/nsubj/1 shelled/VBD/VERB/ROOT/1/shell/Tense=Past;VerbForm=Fin "
                  "Velka/NNP/PROPN/dobj/1 on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/3", {4: (5, "DATE")})
    assert [row(d)["reporting"] for d in (said, acted, told, shelled)] == [True, False, True, False]


def test_a_reply_said_not_to_be_given_is_no_act():
    """"did not respond on Monday to a request for comment" tells no act: read as a
    statement (``reporting``), so it is not a reply with shelling told on another day."""
    silent = doc("Ostrava/NNP/PROPN/nsubj/3 did/VBD/AUX/aux/3/do/Tense=Past;VerbForm=Fin "
                 "not/RB/PART/neg/3 respond/VB/VERB/ROOT/3/respond/VerbForm=Inf "
                 "on/IN/ADP/prep/3 Monday/NNP/PROPN/pobj/4 to/IN/ADP/prep/3 "
                 "requests/NNS/NOUN/pobj/6", {5: (6, "DATE")})
    assert row(silent)["reporting"]


def test_a_date_ending_a_relative_clause_in_the_subject_dates_that_clause():
    # the parse hangs "last week" on "is"; the concluding was last week
    d = doc("The/DT/DET/det/1 truce/NN/NOUN/nsubj/6 he/PRP/PRON/nsubj/3 "
            "concluded/VBD/VERB/relcl/1/conclude/Tense=Past;VerbForm=Fin last/JJ/ADJ/amod/5 "
            "week/NN/NOUN/npadvmod/6 is/VBZ/AUX/ROOT/6/be/Tense=Pres;VerbForm=Fin "
            "fragile/JJ/ADJ/acomp/6", {4: (6, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("past", "conclude")
    # no relative clause before it: the date stays the main verb's
    d = doc("The/DT/DET/det/1 talks/NNS/NOUN/nsubj/4 last/JJ/ADJ/amod/3 week/NN/NOUN/npadvmod/4 "
            "were/VBD/AUX/ROOT/4/be/Tense=Past;VerbForm=Fin useful/JJ/ADJ/acomp/4", {2: (4, "DATE")})
    assert row(d)["verb"] == "be"



def test_a_date_after_a_participle_clause_and_an_apposition_in_the_subject_dates_that_clause():
    # "The accord signed in Velna, the capital, on Thursday owes much to Relko": the parse
    # hangs "on Thursday" on "owes"; the signing was on Thursday, a past act
    subject = ("The/DT/DET/det/1 accord/NN/NOUN/nsubj/{main} signed/VBN/VERB/acl/1/sign/Tense=Past;VerbForm=Part"
               " in/IN/ADP/prep/2 Velna/NNP/PROPN/pobj/3 ")
    owes = "owes/VBZ/VERB/ROOT/{main}/owe/Tense=Pres;VerbForm=Fin"
    apposition = ",/,/PUNCT/punct/1 the/DT/DET/det/7 capital/NN/NOUN/appos/1 ,/,/PUNCT/punct/11 "
    d = doc(subject.format(main=11) + apposition + "on/IN/ADP/prep/11 Thursday/NNP/PROPN/pobj/9 "
            + owes.format(main=11) + " much/JJ/ADJ/dobj/11", {10: (11, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("past", "sign")
    # a word of the main clause between them: the date stays the main verb's
    d = doc(subject.format(main=8) + "still/RB/ADV/advmod/8 on/IN/ADP/prep/8 Thursday/NNP/PROPN/pobj/6 "
            + owes.format(main=8), {7: (8, "DATE")})
    assert row(d)["verb"] == "owe"


def test_a_date_past_an_apposition_before_a_past_verb_is_that_verbs():
    # "The man who met Relko in Velna, the author, on Friday signed the decree": the date
    # set off from the relative clause opens the main clause, an act of its own
    words = ("The/DT/DET/det/1 man/NN/NOUN/nsubj/13 who/WP/PRON/nsubj/3 "
             "met/VBD/VERB/relcl/1/meet/Tense=Past;VerbForm=Fin Relko/NNP/PROPN/dobj/3 "
             "in/IN/ADP/prep/3 Velna/NNP/PROPN/pobj/5 ,/,/PUNCT/punct/1 the/DT/DET/det/9 "
             "author/NN/NOUN/appos/1 ,/,/PUNCT/punct/1 on/IN/ADP/prep/13 Friday/NNP/PROPN/pobj/11 {main}")
    signed = "signed/VBD/VERB/ROOT/13/sign/Tense=Past;VerbForm=Fin"
    assert row(doc(words.format(main=signed), {12: (13, "DATE")}))["verb"] == "sign"
    # before a verb of no act ("... on Friday is a suspect") the date is the clause's
    is_ = "is/VBZ/AUX/ROOT/13/be/Tense=Pres;VerbForm=Fin"
    assert row(doc(words.format(main=is_), {12: (13, "DATE")}))["verb"] == "meet"


TOPIC_GERUNDS_KEEPING_THEIR_DATE = [
    # "Relko published a report on cutting emissions by 2030": a target of the cutting
    ("Relko/NNP/PROPN/nsubj/1 published/VBD/VERB/ROOT/1/publish/Tense=Past;VerbForm=Fin a/DT/DET/det/3 "
     "report/NN/NOUN/dobj/1 on/IN/ADP/prep/3 cutting/VBG/VERB/pcomp/4/cut/Tense=Pres;VerbForm=Part "
     "emissions/NNS/NOUN/dobj/5 by/IN/ADP/prep/5 2030/CD/NUM/pobj/7", 8, "cut"),
    # "The assembly scheduled a vote on leaving the bloc on Friday": the vote is on Friday
    ("The/DT/DET/det/1 assembly/NN/NOUN/nsubj/2 scheduled/VBD/VERB/ROOT/2/schedule/Tense=Past;VerbForm=Fin "
     "a/DT/DET/det/4 vote/NN/NOUN/dobj/2 on/IN/ADP/prep/4 leaving/VBG/VERB/pcomp/5/leave/Tense=Pres;VerbForm=Part "
     "the/DT/DET/det/8 bloc/NN/NOUN/dobj/6 on/IN/ADP/prep/6 Friday/NNP/PROPN/pobj/9", 10, "leave"),
]


@pytest.mark.parametrize(("tokens", "at", "verb"), TOPIC_GERUNDS_KEEPING_THEIR_DATE)
def test_a_date_on_a_topic_gerund_stays_when_it_is_a_target_or_the_day_of_a_planned_event(tokens, at, verb):
    assert row(doc(tokens, {at: (at + 1, "DATE")}))["verb"] == verb


def test_a_date_on_a_gerund_that_tells_what_a_noun_is_about_dates_the_clause_above():
    # "Relko signed the plan on ending hostilities on Saturday": the parse hangs the date
    # on "ending"; the plan's topic is no act of its own, the signing was on Saturday
    words = ("Relko/NNP/PROPN/nsubj/1 signed/VBD/VERB/ROOT/1/sign/Tense=Past;VerbForm=Fin "
             "the/DT/DET/det/3 plan/NN/NOUN/dobj/1 {prep}/IN/ADP/prep/3 "
             "ending/VBG/VERB/pcomp/4/end/Tense=Pres;VerbForm=Part hostilities/NNS/NOUN/dobj/5 "
             "on/IN/ADP/prep/5 Saturday/NNP/PROPN/pobj/7")
    assert (row(doc(words.format(prep="on"), {8: (9, "DATE")}))["verb"]) == "sign"
    # after another preposition the gerund tells an act of its own: "a plan for ending ..."
    assert (row(doc(words.format(prep="for"), {8: (9, "DATE")}))["verb"]) == "end"


def test_a_present_clause_under_a_future_one_is_future():
    d = doc("Moon/NNP/PROPN/nsubj/2 will/MD/AUX/aux/2/will/VerbForm=Fin brief/VB/VERB/ROOT/2/brief/VerbForm=Inf "
            "him/PRP/PRON/dobj/2 when/WRB/SCONJ/advmod/6 he/PRP/PRON/nsubj/6 "
            "meets/VBZ/VERB/advcl/2/meet/Tense=Pres;VerbForm=Fin Trump/NNP/PROPN/dobj/6 "
            "on/IN/ADP/prep/6 Monday/NNP/PROPN/pobj/8", {9: (10, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("future", "meet")


def test_the_cue_before_the_noun_a_date_dates_is_its_cue_unless_a_bound():
    tokens = ("They/PRP/PRON/nsubj/1 arrived/VBD/VERB/ROOT/1/arrive/Tense=Past;VerbForm=Fin "
              "{cue} their/PRP$/PRON/poss/{n} summit/NN/NOUN/pobj/{p} on/IN/ADP/prep/{n} "
              "Tuesday/NNP/PROPN/pobj/{o}")
    ahead = doc(tokens.format(cue="ahead/RB/ADV/advmod/1 of/IN/ADP/prep/2", n=5, p=3, o=6), {7: (8, "DATE")})
    assert (row(ahead)["cue"], row(ahead)["tense"]) == ("ahead of", "future")  # the summit is ahead
    since = doc(tokens.format(cue="since/IN/ADP/prep/1", n=4, p=2, o=5), {6: (7, "DATE")})
    assert row(since)["cue"] is None  # Tuesday dates the summit; "since" bounds the summit


def test_a_date_of_a_noun_after_after_lies_before_the_act_of_its_clause():
    # "Envoys {verb} after a meeting of donors here on Monday": the meeting comes first
    tokens = ("Envoys/NNS/NOUN/nsubj/{v} {verb} after/IN/ADP/prep/{v} a/DT/DET/det/{m} "
              "meeting/NN/NOUN/pobj/{a} of/IN/ADP/prep/{m} donors/NNS/NOUN/pobj/{o} "
              "here/RB/ADV/advmod/{m} on/IN/ADP/prep/{h} Monday/NNP/PROPN/pobj/{n}")
    present = "talk/VBP/VERB/ROOT/1/talk/Tense=Pres;VerbForm=Fin"
    d = doc(tokens.format(verb=present, v=1, m=4, a=2, o=5, h=7, n=8), {9: (10, "DATE")})
    assert (row(d)["verb"], row(d)["tense"]) == ("talk", "past")
    future = "will/MD/AUX/aux/2/will/VerbForm=Fin talk/VB/VERB/ROOT/2/talk/VerbForm=Inf"
    d = doc(tokens.format(verb=future, v=2, m=5, a=3, o=6, h=8, n=9), {10: (11, "DATE")})
    assert row(d)["tense"] is None  # before a future act: either side of publication
    assert row(d)["after"] is True  # and the timeline's chains pass over it
    # hung on the verb, the date is the act's own: "Envoys will talk ... on Monday"
    d = doc(tokens.format(verb=future, v=2, m=5, a=3, o=6, h=2, n=9), {10: (11, "DATE")})
    assert (row(d)["tense"], row(d)["after"]) == ("future", False)


def test_perfect_is_past_and_since_is_a_cue():
    d = doc("They/PRP/PRON/nsubj/2 have/VBP/AUX/aux/2/have/Tense=Pres;VerbForm=Fin "
            "met/VBN/VERB/ROOT/2/meet/Tense=Past;VerbForm=Part since/IN/ADP/prep/2 "
            "Monday/NNP/PROPN/pobj/3", {4: (5, "DATE")})
    r = row(d)
    assert (r["tense"], r["cue"]) == ("past", "since")


def test_infinitive_modifying_a_noun_is_prospective():
    # "Talks, to be held on Friday" (cf. the seed's "to be attended by")
    d = doc("Talks/NNS/NOUN/ROOT/0 to/TO/PART/aux/3 be/VB/AUX/auxpass/3/be/VerbForm=Inf "
            "held/VBN/VERB/relcl/0/hold/Tense=Past;VerbForm=Part on/IN/ADP/prep/3 "
            "Friday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert row(d)["tense"] == "future"


def test_an_infinitive_modifying_a_noun_of_a_past_clause_has_no_direction():
    # "An attempt to hold talks in September collapsed": a plan made in the past
    d = doc("An/DT/DET/det/1 attempt/NN/NOUN/nsubj/7 to/TO/PART/aux/3 hold/VB/VERB/acl/1/hold "
            "talks/NNS/NOUN/dobj/3 in/IN/ADP/prep/3 September/NNP/PROPN/pobj/5 "
            "collapsed/VBD/VERB/ROOT/7/collapse/Tense=Past;VerbForm=Fin", {6: (7, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == (None, "hold")


def test_a_date_on_a_participle_read_as_an_adjective_is_past():
    # "El cese al fuego, pactado en junio, entrará en vigor": agreed before, whatever follows;
    # the agreeing is the date's act, not the entering into force
    d = doc("El/DET/DET/det/1 cese/NOUN/NOUN/nsubj/6 ,/PUNCT/PUNCT/punct/3 "
            "pactado/ADJ/ADJ/amod/1/pactado/VerbForm=Part en/ADP/ADP/case/5 junio/NOUN/NOUN/obl/3 "
            "entrará/VERB/VERB/ROOT/6/entrar/Tense=Fut;VerbForm=Fin", {5: (6, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("past", "pactado")
    # a participle of a plan: "las conversaciones previstas para marzo se celebrarán"
    d = doc("Las/DET/DET/det/1 conversaciones/NOUN/NOUN/nsubj/5 previstas/ADJ/ADJ/amod/1/previsto/VerbForm=Part "
            "para/ADP/ADP/case/4 marzo/NOUN/NOUN/obl/2 celebrarán/VERB/VERB/ROOT/5/celebrar/Tense=Fut;VerbForm=Fin",
            {4: (5, "DATE")})
    assert row(d)["tense"] != "past"


def test_planning_verb_in_the_present_is_future():
    d = doc("Nobody/NN/PRON/nsubj/1 expects/VBZ/VERB/ROOT/1/expect/Tense=Pres;VerbForm=Fin "
            "progress/NN/NOUN/dobj/1 from/IN/ADP/prep/2 Friday/NNP/PROPN/poss/6 's/POS/PART/case/4 "
            "talks/NNS/NOUN/pobj/3", {4: (5, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("future", "expect")


def test_infinitive_after_a_past_planning_verb_has_no_direction_even_if_mislemmatised():
    # the small model lemmatises "hoped" as "hop"; a plan made in the past may
    # point either side of publication ("had hoped to sign on Friday"), so no tense
    d = doc("They/PRP/PRON/nsubj/1 hoped/VBD/VERB/ROOT/1/hop/Tense=Past;VerbForm=Fin "
            "to/TO/PART/aux/3 sign/VB/VERB/xcomp/1/sign/VerbForm=Inf later/RB/ADV/advmod/6 "
            "this/DT/DET/det/6 month/NN/NOUN/npadvmod/3", {4: (7, "DATE")})
    r = row(d)
    assert (r["tense"], r["cue"]) == (None, "later")
    assert clause(d, r) == "They hoped to sign later this month"  # xcomp climbs to "hoped"


def test_infinitive_after_a_present_planning_verb_is_future():
    d = doc("They/PRP/PRON/nsubj/1 hope/VBP/VERB/ROOT/1/hope/Tense=Pres;VerbForm=Fin "
            "to/TO/PART/aux/3 sign/VB/VERB/xcomp/1/sign/VerbForm=Inf on/IN/ADP/prep/3 "
            "Friday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert row(d)["tense"] == "future"


def test_an_infinitive_after_the_copula_of_a_plan_is_future_or_a_past_plan():
    # "NATO is to take command on Wednesday": what is to happen; "were to meet": either side
    d = doc("NATO/NNP/PROPN/nsubj/1 is/VBZ/AUX/ROOT/1/be/Tense=Pres;VerbForm=Fin "
            "to/TO/PART/aux/3 take/VB/VERB/xcomp/1/take/VerbForm=Inf command/NN/NOUN/dobj/3 "
            "on/IN/ADP/prep/3 Wednesday/NNP/PROPN/pobj/5", {6: (7, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("future", "take")
    d = doc("They/PRP/PRON/nsubj/1 were/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin "
            "to/TO/PART/aux/3 meet/VB/VERB/xcomp/1/meet/VerbForm=Inf "
            "on/IN/ADP/prep/3 Friday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert row(d)["tense"] is None
    # not a plan: what the subject is ("his first act was to sign"), an idiom ("is to blame")
    d = doc("His/PRP$/PRON/poss/1 act/NN/NOUN/nsubj/2/act was/VBD/AUX/ROOT/2/be/Tense=Past;VerbForm=Fin "
            "to/TO/PART/aux/4 sign/VB/VERB/xcomp/2/sign/VerbForm=Inf on/IN/ADP/prep/4 "
            "Monday/NNP/PROPN/pobj/5", {6: (7, "DATE")})
    assert row(d)["tense"] == "past"
    d = doc("Hamas/NNP/PROPN/nsubj/1 is/VBZ/AUX/ROOT/1/be/Tense=Pres;VerbForm=Fin "
            "to/TO/PART/aux/3 blame/VB/VERB/xcomp/1/blame/VerbForm=Inf on/IN/ADP/prep/3 "
            "Friday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert row(d)["tense"] == "present"


def test_planning_adjective_under_a_past_copula_has_no_direction():
    # "The talks were due to start on March 10": a past plan, either side of publication
    d = doc("Talks/NNS/NOUN/nsubj/1 were/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin "
            "due/JJ/ADJ/acomp/1 to/TO/PART/aux/4 start/VB/VERB/xcomp/2/start/VerbForm=Inf "
            "on/IN/ADP/prep/4 March/NNP/PROPN/pobj/5 10/CD/NUM/nummod/6", {6: (8, "DATE")})
    assert row(d)["tense"] is None


def test_target_of_a_prospective_preposition_in_a_past_clause_has_no_direction():
    # "it had asked for a meeting for Monday": the meeting is after the asking
    d = doc("It/PRP/PRON/nsubj/2 had/VBD/AUX/aux/2/have/Tense=Past;VerbForm=Fin "
            "asked/VBN/VERB/ROOT/2/ask/Tense=Past;VerbForm=Part for/IN/ADP/prep/2 "
            "a/DT/DET/det/5 meeting/NN/NOUN/pobj/3 for/IN/ADP/prep/5 Monday/NNP/PROPN/pobj/6",
            {7: (8, "DATE")})
    assert row(d)["tense"] is None


def test_target_of_a_prospective_preposition_in_a_present_clause_is_future():
    d = doc("Russia/NNP/PROPN/nsubj/1 asks/VBZ/VERB/ROOT/1/ask/Tense=Pres;VerbForm=Fin "
            "for/IN/ADP/prep/1 talks/NNS/NOUN/pobj/2 to/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/4",
            {5: (6, "DATE")})
    assert row(d)["tense"] == "future"


def test_infinitive_after_an_ordinal_takes_the_tense_above():
    # "A ship left, the first cargo to sail since February": it sailed; not a plan
    d = doc("A/DT/DET/det/1 ship/NN/NOUN/nsubj/2 left/VBD/VERB/ROOT/2/leave/Tense=Past;VerbForm=Fin "
            ",/,/PUNCT/punct/2 the/DT/DET/det/6 first/JJ/ADJ/amod/6 cargo/NN/NOUN/appos/1 "
            "to/TO/PART/aux/8 sail/VB/VERB/acl/6/sail/VerbForm=Inf since/IN/ADP/prep/8 "
            "February/NNP/PROPN/pobj/9", {10: (11, "DATE")})
    d[5].ent_type_ = "ORDINAL"
    assert row(d)["tense"] == "past"


def test_quoted_says_whether_the_date_is_inside_quotation_marks():
    d = doc('He/PRP/PRON/nsubj/1 said/VBD/VERB/ROOT/1/say/Tense=Past;VerbForm=Fin '
            '"/``/PUNCT/punct/4 we/PRP/PRON/nsubj/4 meet/VBP/VERB/ccomp/1/meet/Tense=Pres;VerbForm=Fin '
            'tomorrow/NN/NOUN/npadvmod/4 "/\'\'/PUNCT/punct/4 on/IN/ADP/prep/1 '
            'Friday/NNP/PROPN/pobj/7', {5: (6, "DATE"), 8: (9, "DATE")})
    rows = {r["text"]: r for r in extract(d, {})}
    assert rows["tomorrow"]["quoted"] is True
    assert rows["Friday"]["quoted"] is False


def test_infinitive_after_an_ordinary_verb_takes_its_tense():
    d = doc("He/PRP/PRON/nsubj/1 tried/VBD/VERB/ROOT/1/try/Tense=Past;VerbForm=Fin "
            "to/TO/PART/aux/3 call/VB/VERB/xcomp/1/call/VerbForm=Inf on/IN/ADP/prep/3 "
            "Monday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert row(d)["tense"] == "past"


def test_no_verb_no_tense_and_the_clause_is_the_sentence():
    d = doc("Talks/NNS/NOUN/ROOT/0 on/IN/ADP/prep/0 Friday/NNP/PROPN/pobj/1", {2: (3, "DATE")})
    r = row(d)
    assert (r["tense"], r["verb"]) == (None, None)
    assert clause(d, r) == d.text.strip()


def test_clause_leaves_out_other_clauses_of_the_verb():
    d = doc("They/PRP/PRON/nsubj/1 met/VBD/VERB/ROOT/1/meet/Tense=Past;VerbForm=Fin "
            "on/IN/ADP/prep/1 Friday/NNP/PROPN/pobj/2 ,/,/PUNCT/punct/1 when/WRB/SCONJ/advmod/7 "
            "Mexico/NNP/PROPN/nsubj/7 left/VBD/VERB/advcl/1/leave/Tense=Past;VerbForm=Fin",
            {3: (4, "DATE"), 6: (7, "GPE")})
    assert clause(d, row(d)) == "They met on Friday"


def test_modifier_outside_the_entity_becomes_the_cue():
    d = doc("They/PRP/PRON/nsubj/1 met/VBD/VERB/ROOT/1/meet/Tense=Past;VerbForm=Fin "
            "last/JJ/ADJ/amod/3 Friday/NNP/PROPN/npadvmod/1", {3: (4, "DATE")})
    assert row(d)["cue"] == "last"


def test_only_date_and_time_entities():
    d = doc("Mexico/NNP/PROPN/nsubj/1 met/VBD/VERB/ROOT/1/meet/Tense=Past;VerbForm=Fin "
            "at/IN/ADP/prep/1 noon/NN/NOUN/pobj/2", {0: (1, "GPE"), 3: (4, "TIME")})
    assert row(d)["label"] == "TIME"


# ---- subject and dated noun -------------------------------------------------------------------


def subject(d: Doc, r: dict) -> str | None:
    return None if r["subject_start"] is None else d.text[r["subject_start"]: r["subject_end"]]


def test_a_coordinated_verb_shares_the_subject_of_the_first():
    d = doc("The/DT/DET/det/1 deal/NN/NOUN/nsubjpass/3 was/VBD/AUX/auxpass/3 "
            "concluded/VBN/VERB/ROOT/3/conclude and/CC/CCONJ/cc/3 took/VBD/VERB/conj/3/take "
            "effect/NN/NOUN/dobj/5 on/IN/ADP/prep/5 Monday/NNP/PROPN/pobj/7", {8: (9, "DATE")})
    r = row(d)
    assert (clause(d, r), subject(d, r)) == ("took effect on Monday", "The deal")


def test_a_complement_takes_the_subject_of_the_verb_it_completes():
    d = doc("Santos/NNP/PROPN/nsubj/1 is/VBZ/AUX/ROOT/1/be due/JJ/ADJ/acomp/1 to/TO/PART/aux/4 "
            "receive/VB/VERB/xcomp/2/receive it/PRP/PRON/dobj/4 next/JJ/ADJ/amod/7 "
            "month/NN/NOUN/npadvmod/4", {6: (8, "DATE")})
    assert subject(d, row(d)) == "Santos"


def test_a_relative_clause_has_its_noun_and_the_name_beside_it_for_subject():
    d = doc("Zalmay/NNP/PROPN/compound/1 Khalilzad/NNP/PROPN/nsubj/10 ,/,/PUNCT/punct/1 "
            "the/DT/DET/det/4 envoy/NN/NOUN/appos/1 who/WP/PRON/nsubj/6 "
            "negotiated/VBD/VERB/relcl/4/negotiate the/DT/DET/det/9 "
            "February/NNP/PROPN/compound/9 agreement/NN/NOUN/dobj/6 was/VBD/AUX/ROOT/10/be "
            "there/RB/ADV/advmod/10", {8: (9, "DATE")})
    r = row(d)
    assert subject(d, r) == "Zalmay Khalilzad , the envoy"  # hand-built: a space per token
    assert r["noun"] == "agreement"  # "the February agreement"


def test_a_spanish_relative_pronoun_stands_for_the_noun_its_acl_clause_describes():
    # the Spanish parse calls a relative clause acl: "que" is the name it describes
    words = ["Varela", ",", "que", "fue", "destituido", "este", "mes", ",", "habló", "."]
    d = Doc(spacy.blank("es").vocab, words=words,
            pos=["PROPN", "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
            deps=["nsubj", "punct", "nsubj", "aux", "acl", "det", "obl", "punct", "ROOT", "punct"],
            heads=[8, 4, 4, 4, 0, 6, 4, 4, 8, 8],
            lemmas=["Varela", ",", "que", "ser", "destituir", "este", "mes", ",", "hablar", "."],
            morphs=["", "", "PronType=Int,Rel", "Tense=Past|VerbForm=Fin", "Tense=Past|VerbForm=Part",
                    "", "", "", "Tense=Past|VerbForm=Fin", ""])
    d.ents = [d.char_span(d[5].idx, d[6].idx + 3, label="DATE")]
    r = row(d)
    assert (r["verb"], subject(d, r)) == ("destituir", "Varela")


def test_a_day_part_in_apposition_dates_the_noun_beside_it_when_both_hang_on_a_dash():
    # "— En Brenna, la votación del pacto, la tarde del martes, fue celebrada.": the Spanish parse
    # hangs both appositions on the dateline's dash; the afternoon is the vote's
    words = ["—", "En", "Brenna", ",", "la", "votación", "del", "pacto", ",", "la", "tarde", "del",
             "martes", ",", "fue", "celebrada", "."]
    d = Doc(spacy.blank("es").vocab, words=words,
            pos=["PROPN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "DET",
                 "NOUN", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
            deps=["nsubj", "case", "nmod", "punct", "det", "appos", "case", "nmod", "punct", "det",
                  "appos", "case", "nmod", "punct", "aux", "ROOT", "punct"],
            heads=[15, 2, 0, 5, 5, 0, 7, 5, 10, 10, 0, 12, 10, 10, 15, 15, 15],
            lemmas=["—", "en", "Brenna", ",", "el", "votación", "del", "pacto", ",", "el", "tarde",
                    "del", "martes", ",", "ser", "celebrar", "."],
            morphs=[""] * 14 + ["Tense=Past|VerbForm=Fin", "VerbForm=Part", ""])
    d.ents = [d.char_span(d[12].idx, d[12].idx + len("martes"), label="DATE")]
    assert row(d)["noun"] == "votación"


def test_a_participle_gives_the_noun_it_describes_as_subject_and_dated_noun():
    d = doc("They/PRP/PRON/nsubj/1 won/VBD/VERB/ROOT/1/win the/DT/DET/det/3 "
            "election/NN/NOUN/dobj/1 held/VBN/VERB/acl/3/hold in/IN/ADP/prep/4 "
            "September/NNP/PROPN/pobj/5", {6: (7, "DATE")})
    r = row(d)
    assert (subject(d, r), r["noun"], r["verb"]) == ("the election", "election", "hold")


def test_a_past_relative_clause_dates_its_own_verb_not_the_noun_it_describes():
    def dated(verb: str, morph: str) -> tuple[str, str | None]:
        d = doc(f"Rompieron/VB/VERB/ROOT/0/romper/Tense=Past;VerbForm=Fin la/DT/DET/det/2 "
                f"tregua/NN/NOUN/obj/0 que/PR/PRON/obj/4 {verb}/VB/VERB/acl/2/declarar/{morph} "
                "en/IN/ADP/case/6 marzo/NN/NOUN/obl/4", {6: (7, "DATE")}, VOCAB_ES)
        r = row(d)
        return r["verb"], r["noun"]

    # "la tregua que el Frente declaró en marzo": a relative clause in the past, its own verb
    assert dated("declaró", "Mood=Ind;Number=Sing;Person=3;Tense=Past;VerbForm=Fin") == ("declarar", None)
    # "la tregua (que) declarada en marzo": a participle describing the noun dates the noun
    assert dated("declarada", "Gender=Fem;Number=Sing;Tense=Past;VerbForm=Part") == ("declarar", "tregua")


def test_a_date_after_a_noun_dates_that_noun():
    d = doc("Ships/NNS/NOUN/nsubj/1 sailed/VBD/VERB/ROOT/1/sail since/IN/SCONJ/prep/1 "
            "the/DT/DET/det/4 invasion/NN/NOUN/pobj/2 in/IN/ADP/prep/4 "
            "February/NNP/PROPN/pobj/5", {6: (7, "DATE")})
    r = row(d)
    assert (r["noun"], r["verb"], subject(d, r)) == ("invasion", "sail", "Ships")


def test_a_date_between_an_event_subject_and_its_verb_dates_the_event():
    # "The capture of Velmar earlier this month weighs on the truce": the capture's date
    d = doc("The/DT/DET/det/1 capture/NN/NOUN/nsubj/7/capture of/IN/ADP/prep/1 "
            "Velmar/NNP/PROPN/pobj/2 earlier/RBR/ADV/advmod/6 this/DT/DET/det/6 "
            "month/NN/NOUN/npadvmod/7 weighs/VBZ/VERB/ROOT/7/weigh on/IN/ADP/prep/7 "
            "the/DT/DET/det/10 truce/NN/NOUN/pobj/8", {4: (7, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == ("capture", "weigh")
    d = doc("La/DET/DET/det/1 firma/NOUN/NOUN/nsubj/7/firma del/ADP/ADP/case/3/de "
            "acuerdo/NOUN/NOUN/nmod/1/acuerdo el/DET/DET/det/5 lunes/NOUN/NOUN/obl/7/lunes "
            "pasado/ADJ/ADJ/amod/5/pasado abrió/VERB/VERB/ROOT/7/abrir una/DET/DET/det/9 "
            "etapa/NOUN/NOUN/obj/7/etapa", {5: (7, "DATE")}, vocab=VOCAB_ES)
    assert (row(d)["noun"], row(d)["verb"]) == ("firma", "abrir")
    # a subject that names no event: the verb's own date
    d = doc("The/DT/DET/det/1 rebels/NNS/NOUN/nsubj/4/rebel last/JJ/ADJ/amod/3 "
            "week/NN/NOUN/npadvmod/4 captured/VBD/VERB/ROOT/4/capture the/DT/DET/det/6 "
            "town/NN/NOUN/dobj/4/town", {2: (4, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == (None, "capture")
    # a date after the verb is the verb's: "The capture weighs on the truce this week"
    d = doc("The/DT/DET/det/1 capture/NN/NOUN/nsubj/2/capture weighs/VBZ/VERB/ROOT/2/weigh "
            "on/IN/ADP/prep/2 the/DT/DET/det/5 truce/NN/NOUN/pobj/3 this/DT/DET/det/7 "
            "week/NN/NOUN/npadvmod/2", {6: (8, "DATE")})
    assert row(d)["noun"] is None


def test_a_date_after_the_place_of_an_event_noun_dates_the_event():
    # "They held a meeting in the capital on Monday": the meeting's place, the meeting's date
    words = ("They/PRP/PRON/nsubj/1 {verb}/VBD/VERB/ROOT/1 a/DT/DET/det/3 {noun}/NN/NOUN/dobj/1 "
             "in/IN/ADP/prep/3 the/DT/DET/det/6 capital/NN/NOUN/pobj/4 on/IN/ADP/prep/6 "
             "Monday/NNP/PROPN/pobj/7")
    for noun in ("meeting", "encounter"):
        assert row(doc(words.format(verb="held", noun=noun), {8: (9, "DATE")}))["noun"] == noun
    # no event noun above the place: the noun the date hangs on
    assert row(doc(words.format(verb="unveiled", noun="statue"), {8: (9, "DATE")}))["noun"] == "capital"


def test_could_is_future_unless_negated():
    # "Officials said the vote could take place on Sunday" / "... could not take place on Sunday"
    words = ("the/DT/DET/det/1 vote/NN/NOUN/nsubj/3 could/MD/AUX/aux/3/could/Tense=Past;VerbForm=Fin "
             "{neg}take/VB/VERB/ROOT/3/take/VerbForm=Inf place/NN/NOUN/dobj/3 on/IN/ADP/prep/3 "
             "Sunday/NNP/PROPN/pobj/{on}")
    d = doc(words.format(neg="", on=5), {6: (7, "DATE")})
    assert row(d)["tense"] == "future"
    d = doc(words.replace("/3", "/4").format(neg="not/RB/PART/neg/4 ", on=6), {7: (8, "DATE")})
    assert row(d)["tense"] == "past"


def test_could_have_is_past():
    # "the vote could have taken place on Sunday": what might have been, not a plan
    d = doc("the/DT/DET/det/1 vote/NN/NOUN/nsubj/4 could/MD/AUX/aux/4/could/Tense=Past;VerbForm=Fin "
            "have/VB/AUX/aux/4/have/VerbForm=Inf taken/VBN/VERB/ROOT/4/take/Tense=Past;VerbForm=Part "
            "place/NN/NOUN/dobj/4 on/IN/ADP/prep/4 Sunday/NNP/PROPN/pobj/6", {7: (8, "DATE")})
    assert row(d)["tense"] == "past"


@pytest.mark.parametrize(("modal", "tense"), [("should", "past"), ("may", "past"), ("will", "future")])
def test_a_modal_with_a_perfect_is_past_unless_it_is_the_future_perfect(modal, tense):
    # "the army should not have stopped in May" (what was not done), "may have stopped in
    # May" (what perhaps was), but "will have stopped by May" (still ahead)
    d = doc(f"the/DT/DET/det/1 army/NN/NOUN/nsubj/5 {modal}/MD/AUX/aux/5/{modal}/VerbForm=Fin "
            "not/RB/PART/neg/5 have/VB/AUX/aux/5/have/VerbForm=Inf "
            "stopped/VBN/VERB/ROOT/5/stop/Tense=Past;VerbForm=Part in/IN/ADP/prep/5 May/NNP/PROPN/pobj/6",
            {7: (8, "DATE")})
    assert row(d)["tense"] == tense


def test_a_spanish_conditional_with_a_perfect_infinitive_and_its_pronoun_is_past():
    # "Lía debería haberse detenido en mayo": the parser's lemma of "haberse" is "haber él"
    cnd = "Mood=Cnd;Number=Sing;Person=3;VerbForm=Fin"
    d = doc(f"Lía/NNP/PROPN/nsubj/3 debería/VB/AUX/aux/3/deber/{cnd} haberse/VB/AUX/aux/3//VerbForm=Inf "
            "detenido/VBN/VERB/ROOT/3/detener/Tense=Past;VerbForm=Part en/IN/ADP/case/5 "
            "mayo/NN/NOUN/obl/3", {5: (6, "DATE")}, vocab=VOCAB_ES)
    d[2].lemma_ = "haber él"
    assert row(d)["tense"] == "past"


@pytest.mark.parametrize(("verb", "tense"), [
    ("begins/VBZ/VERB/ROOT/2/begin/Tense=Pres;VerbForm=Fin", "future"),  # scheduled: the coming Friday
    ("began/VBD/VERB/ROOT/2/begin/Tense=Past;VerbForm=Fin", "past"),
    ("stands/VBZ/VERB/ROOT/2/stand/Tense=Pres;VerbForm=Fin", "present"),  # no act of starting
])
def test_a_verb_of_starting_in_the_present_tells_a_scheduled_act(verb, tense):
    # "The truce begins Friday"
    d = doc(f"the/DT/DET/det/1 truce/NN/NOUN/nsubj/2 {verb} Friday/NNP/PROPN/npadvmod/2", {3: (4, "DATE")})
    assert row(d)["tense"] == tense


@pytest.mark.parametrize(("words", "tense"), [
    ("empieza/VB/VERB/ROOT/1/empezar/Mood=Ind;Tense=Pres;VerbForm=Fin", "future"),
    ("empezó/VB/VERB/ROOT/1/empezar/Mood=Ind;Tense=Past;VerbForm=Fin", "past"),
])
def test_a_spanish_verb_of_starting_in_the_present_tells_a_scheduled_act(words, tense):
    # "La tregua empieza el viernes" in a Monday paper: the coming Friday; "empezó": the last
    d = doc(f"tregua/NN/NOUN/nsubj/1 {words} el/DT/DET/det/3 viernes/NN/NOUN/obl/1",
            {2: (4, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] == tense


def test_a_spanish_present_perfect_is_past_even_of_a_verb_of_starting():
    # "La tregua ha empezado el viernes"
    d = doc("tregua/NN/NOUN/nsubj/2 ha/VB/AUX/aux/2/haber/Mood=Ind;Tense=Pres;VerbForm=Fin "
            "empezado/VBN/VERB/ROOT/2/empezar/Tense=Past;VerbForm=Part el/DT/DET/det/4 viernes/NN/NOUN/obl/2",
            {3: (5, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] == "past"


def test_a_verb_of_starting_with_a_subject_and_an_object_tells_no_scheduled_act():
    # "Soldiers open fire on Friday": a caption's present, as often past as ahead
    d = doc("soldiers/NNS/NOUN/nsubj/1 open/VBP/VERB/ROOT/1/open/Tense=Pres;VerbForm=Fin "
            "fire/NN/NOUN/dobj/1 on/IN/ADP/prep/1 Friday/NNP/PROPN/pobj/3", {4: (5, "DATE")})
    assert row(d)["tense"] == "present"


@pytest.mark.parametrize(("words", "tense"), [
    # "La retirada habrá concluido el viernes": a perfect in the future is future
    ("habrá/VB/AUX/aux/2/haber/Mood=Ind;Tense=Fut;VerbForm=Fin "
     "concluido/VBN/VERB/ROOT/2/concluir/Tense=Past;VerbForm=Part", "future"),
    # "El acuerdo ha de firmarse el viernes": "haber de" with an infinitive is a duty, no perfect
    ("ha/VB/AUX/aux/2/haber/Mood=Ind;Tense=Pres;VerbForm=Fin firmarse/VB/VERB/ROOT/2/firmar/VerbForm=Inf",
     "present"),
])
def test_a_spanish_haber_that_makes_no_past(words, tense):
    d = doc(f"acuerdo/NN/NOUN/nsubj/2 {words} el/DT/DET/det/4 viernes/NN/NOUN/obl/2",
            {3: (5, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] == tense


@pytest.mark.parametrize(("aux", "tense"), [
    ("habrá/VB/AUX/aux/2/haber/Mood=Ind;Number=Sing;Person=3;Tense=Fut;VerbForm=Fin", "future"),
    ("había/VB/AUX/aux/2/haber/Mood=Ind;Number=Sing;Person=3;Tense=Imp;VerbForm=Fin", "past"),
])
def test_a_spanish_future_perfect_points_ahead(aux, tense):
    # "Ardena habrá firmado el viernes" (will have signed by Friday); "había firmado": past
    d = doc(f"Ardena/NNP/PROPN/nsubj/2 {aux} firmado/VBN/VERB/ROOT/2/firmar/Tense=Past;VerbForm=Part "
            "el/DT/DET/det/4 viernes/NN/NOUN/obl/2", {3: (5, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] == tense


def test_a_spanish_plan_told_in_the_present_perfect_points_ahead():
    # "La reunión ha sido convocada para el viernes": the plan holds, as "has been scheduled"
    d = doc("reunión/NN/NOUN/nsubj/3 ha/VB/AUX/aux/3/haber/Mood=Ind;Tense=Pres;VerbForm=Fin "
            "sido/VB/AUX/aux/3/ser/VerbForm=Part convocada/VBN/VERB/ROOT/3/convocar/VerbForm=Part "
            "para/IN/ADP/case/6 el/DT/DET/det/6 viernes/NN/NOUN/obl/3", {5: (7, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] == "future"


@pytest.mark.parametrize(("main", "opening", "verb", "tense"), [
    # the parse reads the imperfect subjunctive as a present (lemma "cruzarar"): a past act
    ("ordenó/VB/VERB/ROOT/1/ordenar/Mood=Ind;Tense=Past;VerbForm=Fin", "después de que",
     "cruzaran/VB/VERB/advcl/4/cruzarar/Mood=Ind;Number=Plur;Person=3;Tense=Pres;VerbForm=Fin", "past"),
    ("ordenó/VB/VERB/ROOT/1/ordenar/Mood=Ind;Tense=Past;VerbForm=Fin", "antes de que",
     "cruzaran/VB/VERB/advcl/4/cruzarar/Mood=Ind;Number=Plur;Person=3;Tense=Pres;VerbForm=Fin", "past"),
    ("ordenó/VB/VERB/ROOT/1/ordenar/Mood=Ind;Tense=Past;VerbForm=Fin", "después de que",
     "cruzaran/VB/VERB/advcl/4/cruzar/Mood=Sub;Number=Plur;Person=3;Tense=Imp;VerbForm=Fin", "past"),
    # a present subjunctive tells an act still ahead, and so does any after a verb not past
    ("ordenó/VB/VERB/ROOT/1/ordenar/Mood=Ind;Tense=Past;VerbForm=Fin", "antes de que",
     "crucen/VB/VERB/advcl/4/cruzar/Mood=Sub;Number=Plur;Person=3;Tense=Pres;VerbForm=Fin", "present"),
    ("ordena/VB/VERB/ROOT/1/ordenar/Mood=Ind;Tense=Pres;VerbForm=Fin", "después de que",
     "cruzaran/VB/VERB/advcl/4/cruzarar/Mood=Ind;Number=Plur;Person=3;Tense=Pres;VerbForm=Fin", "present"),
    # another conjunction ("mientras que") opens no sequence of acts
    ("ordenó/VB/VERB/ROOT/1/ordenar/Mood=Ind;Tense=Past;VerbForm=Fin", "apenas mientras que",
     "cruzaran/VB/VERB/advcl/4/cruzarar/Mood=Ind;Number=Plur;Person=3;Tense=Pres;VerbForm=Fin", "present"),
])
def test_an_imperfect_subjunctive_after_despues_de_que_under_a_past_verb_is_past(main, opening, verb, tense):
    # "Ana ordenó el regreso después de que cruzaran la frontera el jueves", published on a
    # Monday: the past Thursday, not the coming one
    first, mark, that = opening.split()
    d = doc(f"Ana/NNP/PROPN/nsubj/1 {main} el/DT/DET/det/3 regreso/NN/NOUN/obj/1 "
            f"{first}/RB/ADV/advmod/1 {mark}/IN/ADP/mark/7 {that}/IN/SCONJ/mark/7 {verb} "
            "la/DT/DET/det/9 frontera/NN/NOUN/obj/7 el/DT/DET/det/11 jueves/NN/NOUN/obl/7",
            {10: (12, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] == tense


def test_a_spanish_conditional_is_future_unless_perfect():
    # "Ana firmaría el viernes" (would sign, like "could"/"would"); "Ana habría firmado el viernes"
    cnd = "Mood=Cnd;Number=Sing;Person=3;VerbForm=Fin"
    d = doc(f"Ana/NNP/PROPN/nsubj/1 firmaría/VB/VERB/ROOT/1/firmar/{cnd} el/DT/DET/det/3 "
            "viernes/NN/NOUN/obl/1", {2: (4, "DATE")})
    assert row(d)["tense"] == "future"
    d = doc(f"Ana/NNP/PROPN/nsubj/2 habría/VB/AUX/aux/2/haber/{cnd} firmado/VBN/VERB/ROOT/2/firmar/"
            "VerbForm=Part el/DT/DET/det/4 viernes/NN/NOUN/obl/2", {3: (5, "DATE")})
    assert row(d)["tense"] == "past"


def test_a_date_that_is_the_predicate_takes_the_tense_of_its_copula():
    # "La cita será el lunes": the date heads the clause, "será" is its copula
    d = doc("La/DT/DET/det/1 cita/NN/NOUN/nsubj/4 será/VB/AUX/cop/4/ser/Mood=Ind;Tense=Fut;VerbForm=Fin "
            "el/DT/DET/det/4 lunes/NN/NOUN/ROOT/4", {3: (5, "DATE")})
    assert row(d)["tense"] == "future"


@pytest.mark.parametrize(("verb", "tense"), [
    ("firmara", "future"),  # "firmará" written without its accent, in an article without any
    ("firmará", "future"),
    ("firmase", "past"),  # the other form of the subjunctive: never a future
])
def test_a_main_clause_subjunctive_in_an_article_without_accents_is_the_future(verb, tense):
    sub = "Mood=Sub;Number=Sing;Person=3;Tense=Imp;VerbForm=Fin"
    morph = "Mood=Ind;Number=Sing;Person=3;Tense=Fut;VerbForm=Fin" if verb == "firmará" else sub
    d = doc(f"El/DT/DET/det/1 lunes/NN/NOUN/obl/2 {verb}/VB/VERB/ROOT/2/firmar/{morph} "
            "Ana/NNP/PROPN/nsubj/2", {0: (2, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == tense


@pytest.mark.parametrize("verb", ["firmaran", "volveran", "reuniran"])
def test_a_plural_main_clause_subjunctive_in_an_article_without_accents_is_the_future(verb):
    # "firmarán", "volverán", "reunirán" written without their accents, as the parse reads them
    sub = "Mood=Sub;Number=Plur;Person=3;Tense=Imp;VerbForm=Fin"
    d = doc(f"El/DT/DET/det/1 lunes/NN/NOUN/obl/2 {verb}/VB/VERB/ROOT/2/{verb}/{sub} "
            "Ana/NNP/PROPN/nsubj/2 y/CC/CCONJ/cc/5 Eva/NNP/PROPN/conj/3", {0: (2, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == "future"


@pytest.mark.parametrize(("main", "tense", "found"), [
    ("sigue", "Pres", "future"),  # "X sigue favorito, que el lunes enfrentara a Y": "enfrentará"
    ("siguio", "Past", "past"),  # after a past the subjunctive is one: "siguió …, que enfrentara"
])
def test_a_relative_clause_s_subjunctive_under_a_present_in_an_article_without_accents_is_the_future(
        main, tense, found):
    sub = "Mood=Sub;Number=Sing;Person=3;Tense=Imp;VerbForm=Fin"
    d = doc(f"Ana/NNP/PROPN/nsubj/1 {main}/VB/VERB/ROOT/1/seguir/Mood=Ind;Number=Sing;Person=3;Tense={tense};VerbForm=Fin "
            ",/,/PUNCT/punct/7 favorita/NN/NOUN/obj/1 que/PR/PRON/nsubj/7/que/PronType=Int,Rel "
            "el/DT/DET/det/6 lunes/NN/NOUN/obl/7 enfrentara/VB/VERB/acl/3/enfrentar/" + sub +
            " a/IN/ADP/case/9 Eva/NNP/PROPN/obj/7", {5: (7, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == found


@pytest.mark.parametrize(("main", "tense", "found"), [
    ("sigue", "Pres", "future"),  # "Ana sigue siendo favorita, que el lunes enfrentara a Eva"
    ("siguio", "Past", "past"),
])
def test_a_relative_clause_s_subjunctive_reads_the_first_finite_verb_above_a_gerund(main, tense, found):
    sub = "Mood=Sub;Number=Sing;Person=3;Tense=Imp;VerbForm=Fin"
    d = doc(f"Ana/NNP/PROPN/nsubj/1 {main}/VB/VERB/ROOT/1/seguir/Mood=Ind;Number=Sing;Person=3;Tense={tense};VerbForm=Fin "
            "siendo/VB/VERB/xcomp/1/ser/VerbForm=Ger favorita/NN/NOUN/obj/2 ,/,/PUNCT/punct/8 "
            "que/PR/PRON/nsubj/8/que/PronType=Int,Rel el/DT/DET/det/7 lunes/NN/NOUN/obl/8 "
            "enfrentara/VB/VERB/acl/3/enfrentar/" + sub + " a/IN/ADP/case/10 Eva/NNP/PROPN/obj/8",
            {6: (8, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == found


def test_a_relative_clause_s_subjunctive_the_parse_made_a_copula_is_read_from_its_clause_s_head():
    # "Ana sigue favorita, que el lunes se enfrentara tambien a Eva": the parse hangs "que"
    # and the verb on "tambien", as the head of a relative clause with the verb its copula
    sub = "Mood=Sub;Number=Sing;Person=3;Tense=Imp;VerbForm=Fin"
    d = doc("Ana/NNP/PROPN/nsubj/1 sigue/VB/VERB/ROOT/1/seguir/Mood=Ind;Number=Sing;Person=3;Tense=Pres;VerbForm=Fin "
            "favorita/NN/NOUN/obj/1 que/PR/PRON/nsubj/7/que/PronType=Int,Rel el/DT/DET/det/5 "
            f"lunes/NN/NOUN/obl/6 enfrentara/VB/VERB/cop/7/enfrentar/{sub} tambien/JJ/ADJ/acl/2 "
            "a/IN/ADP/case/9 Eva/NNP/PROPN/obj/7", {4: (6, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == "future"


@pytest.mark.parametrize(("aux", "found"), [
    ("ser/VB/AUX/aux/6/ser/VerbForm=Inf", "future"),  # "podrán votar y ser elegidos el domingo"
    ("fueron/VB/AUX/aux/6/ser/Mood=Ind;Tense=Past;VerbForm=Fin", "past"),  # "y fueron elegidos"
])
def test_a_passive_infinitive_s_participle_takes_the_tense_of_the_clause_it_depends_on(aux, found):
    part = "Gender=Masc;Number=Plur;Tense=Past;VerbForm=Part"
    d = doc("Los/DT/DET/det/1 votantes/NN/NOUN/nsubj/3 podrán/MD/AUX/aux/3/poder/Mood=Ind;Tense=Fut;VerbForm=Fin "
            f"votar/VB/VERB/ROOT/3/votar/VerbForm=Inf y/CC/CCONJ/cc/6 {aux} "
            f"elegidos/VBN/VERB/conj/3/elegir/{part} el/DT/DET/det/8 domingo/NN/NOUN/obl/6",
            {7: (9, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == found


def test_a_main_clause_subjunctive_is_past_where_the_article_writes_accents():
    sub = "Mood=Sub;Number=Sing;Person=3;Tense=Imp;VerbForm=Fin"
    d = doc(f"El/DT/DET/det/1 lunes/NN/NOUN/obl/2 firmara/VB/VERB/ROOT/2/firmar/{sub} "
            "Ana/NNP/PROPN/nsubj/2 Pérez/NNP/PROPN/flat/3", {0: (2, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == "past"


@pytest.mark.parametrize(("name", "tense"), [
    ("Ana", "past"),  # "se cumplió" without its accent, in an article without any
    ("Ana Pérez", "present"),  # an article that writes accents: the parse's present stands
])
def test_a_third_person_present_in_o_is_a_past_in_an_article_without_accents(name, tense):
    pres = "Mood=Sub;Number=Sing;Person=3;Tense=Pres;VerbForm=Fin"
    names = " ".join(f"{w}/NNP/PROPN/{'nsubj/2' if i == 0 else 'flat/3'}" for i, w in enumerate(name.split()))
    d = doc(f"El/DT/DET/det/1 sabado/NN/NOUN/obl/2 cumplio/VB/VERB/ROOT/2/cumplir/{pres} {names}",
            {0: (2, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == tense


@pytest.mark.parametrize(("subject", "tense"), [
    ("Orvena/NNP/PROPN/nsubj/2", "past"),  # "Orvena declaro el sabado": "declaró", its accent dropped
    ("tregua/NN/NOUN/nsubj/2", "past"),
])
def test_a_first_person_present_in_o_with_a_named_subject_is_a_past_without_accents(subject, tense):
    pres = "Mood=Ind;Number=Sing;Person=1;Tense=Pres;VerbForm=Fin"
    d = doc(f"El/DT/DET/det/1 sabado/NN/NOUN/obl/2 declaro/VB/VERB/ROOT/2/declarar/{pres} {subject}",
            {0: (2, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == tense


def test_a_present_in_o_with_a_first_person_subject_stays_a_present_without_accents():
    # "Yo firmo el viernes": the first person's present, whatever person the parse gives it
    pres = "Mood=Ind;Number=Sing;Person=3;Tense=Pres;VerbForm=Fin"
    d = doc(f"Yo/PRP/PRON/nsubj/1/yo/Case=Nom;Number=Sing;Person=1;PronType=Prs "
            f"firmo/VB/VERB/ROOT/1/firmar/{pres} el/DT/DET/det/3 viernes/NN/NOUN/obl/1",
            {2: (4, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == "present"


def test_a_date_after_the_event_word_of_a_name_dates_that_event():
    # "the Stockholm Agreement of 13 December": the name's last word is an event noun
    d = doc("It/PRP/PRON/nsubjpass/1 was/VBD/AUX/auxpass/2 set/VBN/VERB/ROOT/2/set "
            "under/IN/ADP/prep/2 the/DT/DET/det/6 Stockholm/NNP/PROPN/compound/6 "
            "Agreement/NNP/PROPN/pobj/3/agreement of/IN/ADP/prep/6 13/CD/NUM/nummod/9 "
            "December/NNP/PROPN/pobj/7", {8: (10, "DATE")})
    assert row(d)["noun"] == "agreement"
    d = doc("It/PRP/PRON/nsubjpass/1 was/VBD/AUX/auxpass/2 set/VBN/VERB/ROOT/2/set "
            "under/IN/ADP/prep/2 the/DT/DET/det/5 Geneva/NNP/PROPN/pobj/3/geneva "
            "of/IN/ADP/prep/5 13/CD/NUM/nummod/8 December/NNP/PROPN/pobj/6", {7: (9, "DATE")})
    assert row(d)["noun"] is None  # a name that is no event


def test_a_date_on_the_verb_dates_no_noun():
    d = doc("They/PRP/PRON/nsubj/1 met/VBD/VERB/ROOT/1/meet on/IN/ADP/prep/1 "
            "Friday/NNP/PROPN/pobj/2", {3: (4, "DATE")})
    assert (row(d)["noun"], subject(d, row(d))) == (None, "They")


def test_a_bare_date_after_the_object_dates_the_verb_not_the_object():
    # "announced the agreement the next day": the parse hangs the date on the object
    d = doc("He/PRP/PRON/nsubj/1 announced/VBD/VERB/ROOT/1/announce the/DT/DET/det/3 "
            "agreement/NN/NOUN/dobj/1/agreement the/DT/DET/det/6 next/JJ/ADJ/amod/6 "
            "day/NN/NOUN/npadvmod/3", {4: (7, "DATE")})
    r = row(d)
    assert (r["noun"], r["verb"], subject(d, r)) == (None, "announce", "He")
    d = doc("He/PRP/PRON/nsubj/1 won/VBD/VERB/ROOT/1/win the/DT/DET/det/4 "
            "September/NNP/PROPN/compound/4 election/NN/NOUN/dobj/1/election", {3: (4, "DATE")})
    assert row(d)["noun"] == "election"  # before the noun: its date


def test_an_event_noun_right_before_on_is_what_the_date_dates_however_the_parse_hangs_it():
    # "to campaign for a vote in the referendums on 23 May": the parse hangs "on" on the verb
    d = doc("They/PRP/PRON/nsubj/1 campaigned/VBD/VERB/ROOT/1/campaign for/IN/ADP/prep/1 "
            "a/DT/DET/det/4 vote/NN/NOUN/pobj/2/vote in/IN/ADP/prep/4 the/DT/DET/det/7 "
            "referendums/NNS/NOUN/pobj/5/referendum on/IN/ADP/prep/1 "
            "23/CD/NUM/nummod/10 May/NNP/PROPN/pobj/8", {9: (11, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == ("referendum", "campaign")
    # the verb's own object is what the verb did on that day: "signed the agreement on Monday"
    d = doc("They/PRP/PRON/nsubj/1 signed/VBD/VERB/ROOT/1/sign the/DT/DET/det/3 "
            "agreement/NN/NOUN/dobj/1/agreement on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert row(d)["noun"] is None
    # no event noun before "on": "campaigned in the north on Monday"
    d = doc("They/PRP/PRON/nsubj/1 campaigned/VBD/VERB/ROOT/1/campaign in/IN/ADP/prep/1 "
            "the/DT/DET/det/4 north/NN/NOUN/pobj/2/north on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/5",
            {6: (7, "DATE")})
    assert row(d)["noun"] is None


def test_an_event_noun_of_the_verb_s_setting_is_what_the_date_dates():
    # "approved in referendums on both sides of the border on May 22": the act is done in
    # the referendums, whose phrase runs up to the date
    d = doc("It/PRP/PRON/nsubjpass/2 was/VBD/AUX/auxpass/2 approved/VBN/VERB/ROOT/2/approve "
            "in/IN/ADP/prep/2 referendums/NNS/NOUN/pobj/3/referendum on/IN/ADP/prep/4 "
            "both/DT/DET/det/7 sides/NNS/NOUN/pobj/5/side on/IN/ADP/prep/2 "
            "May/NNP/PROPN/pobj/8 22/CD/NUM/nummod/9", {9: (11, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == ("referendum", "approve")
    # "during the talks on Monday"; a phrase the verb's act is not done in dates only the act
    d = doc("They/PRP/PRON/nsubj/1 voted/VBD/VERB/ROOT/1/vote during/IN/ADP/prep/1 "
            "the/DT/DET/det/4 election/NN/NOUN/pobj/2/election on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/5",
            {6: (7, "DATE")})
    assert row(d)["noun"] == "election"
    d = doc("They/PRP/PRON/nsubj/1 called/VBD/VERB/ROOT/1/call for/IN/ADP/prep/1 "
            "a/DT/DET/det/4 referendum/NN/NOUN/pobj/2/referendum on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/5",
            {6: (7, "DATE")})
    assert row(d)["noun"] is None
    # a setting the act is not done through: "rejected the offer in a statement on Monday"
    d = doc("They/PRP/PRON/nsubj/1 rejected/VBD/VERB/ROOT/1/reject it/PRP/PRON/dobj/1 "
            "in/IN/ADP/prep/1 a/DT/DET/det/5 statement/NN/NOUN/pobj/3/statement on/IN/ADP/prep/1 "
            "Monday/NNP/PROPN/pobj/6", {7: (8, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == (None, "reject")


def test_a_reporting_verb_s_date_dates_the_event_it_tells_of():
    # "the framework that the mediator announced on July 4": what was announced
    d = doc("the/DT/DET/det/1 framework/NN/NOUN/ROOT/1/framework that/WDT/PRON/dobj/5 "
            "the/DT/DET/det/4 mediator/NN/NOUN/nsubj/5 announced/VBD/VERB/relcl/1/announce "
            "on/IN/ADP/prep/5 July/NNP/PROPN/pobj/6 4/CD/NUM/nummod/7", {7: (9, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == ("framework", "announce")
    d = doc("Both/DT/DET/det/1 sides/NNS/NOUN/nsubj/2/side confirmed/VBD/VERB/ROOT/2/confirm "
            "the/DT/DET/det/4 truce/NN/NOUN/dobj/2/truce on/IN/ADP/prep/2 Sunday/NNP/PROPN/pobj/5",
            {6: (7, "DATE")})
    assert row(d)["noun"] == "truce"
    # what is said is no event noun: "said on Friday that ..." dates the saying
    d = doc("Officials/NNS/NOUN/nsubj/1/official said/VBD/VERB/ROOT/1/say on/IN/ADP/prep/1 "
            "Friday/NNP/PROPN/pobj/2", {3: (4, "DATE")})
    assert (row(d)["noun"], row(d)["verb"]) == (None, "say")


@pytest.mark.model
@pytest.mark.parametrize("sentence, expression, noun", [
    ("The army warned of an offensive on Thursday.", "Thursday", None),  # the verb's own phrase
    ("The opposition called for a referendum on Monday.", "Monday", None),
    ("Officials reported the explosion on Tuesday.", "Tuesday", None),  # reporting is no announcing
    ("Russia denied the invasion on Monday.", "Monday", None),
    ("A government statement said on Monday that talks would resume.", "Monday", None),
])
def test_a_date_on_the_verb_s_own_phrase_or_a_report_dates_the_verb(nlp, sentence, expression, noun):
    assert next(r for r in extract(nlp(sentence), {}) if r["text"] == expression)["noun"] == noun


def test_a_participle_used_as_a_preposition_governs_nothing():
    d = doc("He/PRP/PRON/nsubj/1 ordered/VBD/VERB/ROOT/1/order a/DT/DET/det/3 "
            "ceasefire/NN/NOUN/dobj/1 starting/VBG/VERB/prep/1/start Monday/NNP/PROPN/npadvmod/4",
            {5: (6, "DATE")})
    r = row(d)
    assert (r["verb"], clause(d, r), subject(d, r)) == (
        "order", "He ordered a ceasefire starting Monday", "He")


# ---- the real model on the seed's sentences ---------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("sentence, expression, tense, verb", [
    ("Officials from the U.S. and Mexico will meet in Washington on Friday to discuss ways to "
     "deter illegal migration.", "Friday", "future", "meet"),
    ("But neither side expects dramatic progress from Friday’s discussions.", "Friday", "future",
     "expect"),
    ("A senior U.S. administration official who spoke to reporters on Thursday said, “We don’t "
     "expect any big announcements tomorrow.”", "Thursday", "past", "speak"),
    ("The talks are an extension of discussions that began in Mexico on Dec. 27, when U.S. "
     "officials flew to Mexico.", "Dec. 27", "past", "begin"),
    ("Those moves produced a dramatic plunge in the number of migrants crossing the border at the "
     "beginning of the year.", "the beginning of the year", "past", None),
])
def test_seed_sentences(nlp, sentence, expression, tense, verb):
    rows = {r["text"]: r for r in extract(nlp(sentence), {})}
    assert rows[expression]["tense"] == tense
    if verb:
        assert rows[expression]["verb"] == verb


@pytest.mark.model
@pytest.mark.parametrize("sentence, expression, tense", [
    # a date that is a target of a past act: no direction, the nearest occurrence decides
    ("Russia's mission said it had asked for a meeting of the Security Council for Monday.",
     "Monday", None),
    ("Negotiators on Friday extended their interim arrangement for a third time, to Monday.",
     "Monday", None),
    ("The talks were due to start on March 10 under the agreement.", "March 10", None),
    # a requirement is a plan too: what it requires lies after it
    ("The deal required both sides to pull their fighters out of the city by midnight on Jan. 7.",
     "Jan. 7", None),
    ("The deal requires both sides to pull their fighters out of the city by Jan. 7.", "Jan. 7", "future"),
    # an infinitive after an ordinal is not a plan
    ("The ship left Odesa on Monday, the first commercial cargo to sail from Ukraine's ports "
     "since the Russian invasion in February.", "February", "past"),
    # a participle after a causative "have" takes the tense of the plan above it
    ("The mediators hope to have it agreed on Friday.", "Friday", "future"),
    ("They had the deal signed on Friday.", "Friday", "past"),
])
def test_targets_and_ranked_infinitives(nlp, sentence, expression, tense):
    rows = {r["text"]: r for r in extract(nlp(sentence), {})}
    assert rows[expression]["tense"] == tense


@pytest.mark.model
def test_dec_27_clause_holds_mexico_but_not_the_officials_of_the_main_clause(nlp):
    text = ("The talks, to be attended by Secretary of State Antony Blinken, are an extension of "
            "discussions that began in Mexico on Dec. 27.")
    r = next(r for r in extract(nlp(text), {}) if r["text"] == "Dec. 27")
    part = text[r["clause_start"]: r["clause_end"]]
    assert "in Mexico" in part and "Blinken" not in part


@pytest.mark.model
@pytest.mark.parametrize("sentence, expression", [
    ("The European Union lifted its own sanctions the same evening.", "the same evening"),
    ("At the same time in Kabul, Ghani issued a joint declaration.", "At the same time"),
    ("The talks ended on Monday. That night, the rebels attacked a base.", "That night"),
    ("They met on Monday and signed the deal the following day.", "the following day"),
    ("They met on Monday and, later that day, signed the deal.", "later that day"),
])
def test_a_date_that_counts_from_the_last_one_is_a_date_row(nlp, sentence, expression):
    """kit's entity fixes tag what the model leaves out (``chained_date``)."""
    rows = {r["text"]: r for r in extract(nlp(sentence), {})}
    assert rows[expression]["label"] == "DATE"


@pytest.mark.model
@pytest.mark.parametrize("sentence, expression, verb", [
    ("The draft accord agreed in Osk earlier this week is the first text both sides signed.",
     "earlier this week", "agree"),
    ("The plan he unveiled last month is dead.", "last month", "unveil"),
    ("The talks on Monday were useful.", "Monday", "be"),  # no verb of its own: the noun's
])
def test_a_date_closing_the_subject_before_is_dates_the_subject_s_own_verb(nlp, sentence, expression, verb):
    """The parse hangs the date on the copula right after it; the act is the subject's own
    clause's ("agreed ... earlier this week"), not "is"."""
    rows = {r["text"]: r for r in extract(nlp(sentence), {})}
    assert rows[expression]["verb"] == verb


@pytest.mark.model
def test_overnight_as_an_adverb_is_a_date_row_and_as_an_adjective_none(nlp):
    """"withdrew ... overnight" dates the act (``deictic_date``: the small model leaves the
    adverb out); "the overnight curfew" names a kind of curfew, no day (``adverb_deictic``)."""
    rows = {r["text"]: r for r in extract(nlp("Tarn's forces withdrew from Osk overnight, "
                                                  "Mara Ventel said."), {})}
    assert rows["overnight"]["label"] == "DATE"
    assert "overnight" not in {r["text"] for r in extract(nlp("The overnight curfew was lifted."), {})}


@pytest.mark.model
@pytest.mark.parametrize("sentence, expression, subject_text, noun", [
    ("Santos is due to receive the Nobel Peace Prize in Oslo next month.", "next month",
     "Santos", None),
    ("On Tuesday, the election commission declared Ghani the winner of the September "
     "presidential election.", "September", "the election commission", "election"),
    ("Officials said Ghani would focus on the presidential election scheduled for Sept. 28.",
     "Sept. 28", "the presidential election", "election"),
])
def test_subject_and_dated_noun_on_real_sentences(nlp, sentence, expression, subject_text, noun):
    r = next(r for r in extract(nlp(sentence), {}) if r["text"] == expression)
    assert sentence[r["subject_start"]: r["subject_end"]] == subject_text
    assert r["noun"] == noun


@pytest.mark.model
def test_a_day_before_a_month_is_one_date_not_a_number_and_a_month(nlp):
    # the small model tags "26" CARDINAL and "October" DATE; kit's ruler makes "26 October"
    sentence = "Energean began production on 26 October, and on 27 October the delegations met."
    dates = [r["text"] for r in extract(nlp(sentence), {})]
    assert dates == ["26 October", "27 October"]
    assert [r["text"] for r in extract(nlp("Rule 2 may apply."), {})] == []  # "may": a verb


def test_a_participle_tagged_adjective_is_the_verb_of_the_date_it_governs():
    # "Freddy Guevara, detenido en julio, fue liberado el domingo": the parser tags the
    # participle ADJ; July is the arrest's, and the arrested is the name it modifies
    d = doc("Fermin/PROPN/PROPN/nsubj/7 Arjona/PROPN/PROPN/flat/0 ,/PUNCT/PUNCT/punct/3 "
            "detenido/ADJ/ADJ/amod/0/detenido/VerbForm=Part en/ADP/ADP/case/5 julio/NOUN/NOUN/obl/3 "
            ",/PUNCT/PUNCT/punct/3 liberado/VERB/VERB/ROOT/7/liberar el/DET/DET/det/9 "
            "domingo/NOUN/NOUN/obl/7 ./PUNCT/PUNCT/punct/7")
    july, sunday = d[5:6], d[9:10]
    assert (governing_verb(july).text, governing_verb(sunday).text) == ("detenido", "liberado")
    start, end = subject_span(governing_verb(july))
    assert d.text[start:end] == "Fermin Arjona"
    # the noun with its complement before the participle: "El cruce de Velmar, cerrado en diciembre"
    d = doc("El/DET/DET/det/1 cruce/NOUN/NOUN/nsubj/8 de/ADP/ADP/case/3 Velmar/PROPN/PROPN/nmod/1 "
            ",/PUNCT/PUNCT/punct/5 cerrado/ADJ/ADJ/amod/1/cerrado/VerbForm=Part en/ADP/ADP/case/7 "
            "diciembre/NOUN/NOUN/obl/5 reabrió/VERB/VERB/ROOT/8/reabrir")
    start, end = subject_span(governing_verb(d[7:8]))
    assert d.text[start:end] == "El cruce de Velmar"
    # an adjective that is no participle is no verb: the date stays the main verb's
    plain = doc("Fermin/PROPN/PROPN/nsubj/4 ,/PUNCT/PUNCT/punct/2 feliz/ADJ/ADJ/amod/0 "
                "julio/NOUN/NOUN/obl/2 habló/VERB/VERB/ROOT/4/hablar")
    assert governing_verb(plain[3:4]).text == "habló"


def test_a_date_hanging_on_a_participle_tagged_adjective_is_the_participle_s():
    # "el acuerdo firmado hace dos días recoge ...": the parse hangs "hace" on the
    # participle as a clause, not an oblique; the signing was two days ago
    d = doc("el/DET/DET/det/1 pacto/NOUN/NOUN/nsubj/6 firmado/ADJ/ADJ/amod/1/firmado/VerbForm=Part "
            "hace/VERB/VERB/advcl/2/hacer/VerbForm=Fin dos/NUM/NUM/nummod/5 días/NOUN/NOUN/obj/3 "
            "recoge/VERB/VERB/ROOT/6/recoger/Tense=Pres;VerbForm=Fin", {3: (6, "DATE")})
    assert row(d)["verb"] == "firmado"


@pytest.mark.parametrize(("tokens", "ents", "verbs"), [
    # "firmaron el pacto; el 29 de mayo Olano ganó las elecciones y el 2 de junio el Senado
    # rechazó la ley": the parse hangs each day on the clause before it
    ("firmaron/VERB/VERB/ROOT/0/firmar/VerbForm=Fin el/DET/DET/det/2 pacto/NOUN/NOUN/obj/0 "
     ";/PUNCT/PUNCT/punct/5 el/DET/DET/det/5 29/NUM/NUM/appos/2 de/ADP/ADP/case/7 "
     "mayo/NOUN/NOUN/compound/5 Olano/PROPN/PROPN/nsubj/9 ganó/VERB/VERB/conj/0/ganar/VerbForm=Fin "
     "las/DET/DET/det/11 elecciones/NOUN/NOUN/obj/9 y/CCONJ/CCONJ/cc/14 el/DET/DET/det/14 "
     "2/NUM/NUM/conj/9 de/ADP/ADP/case/16 junio/NOUN/NOUN/compound/14 el/DET/DET/det/18 "
     "Senado/PROPN/PROPN/nsubj/19 rechazó/VERB/VERB/advcl/0/rechazar/VerbForm=Fin "
     "la/DET/DET/det/21 ley/NOUN/NOUN/obj/19", {5: (8, "DATE"), 14: (17, "DATE")},
     ["ganar", "rechazar"]),
    # a day after a conjunction with no verb of its own stays the verb's before it
    ("met/VBD/VERB/ROOT/0/meet/Tense=Past;VerbForm=Fin on/IN/ADP/prep/0 Monday/NNP/PROPN/pobj/1 "
     "and/CC/CCONJ/cc/2 Tuesday/NNP/PROPN/conj/2 ,/,/PUNCT/punct/0 and/CC/CCONJ/cc/0 "
     "left/VBD/VERB/conj/0/leave/Tense=Past;VerbForm=Fin", {2: (3, "DATE"), 4: (5, "DATE")},
     ["meet", "meet"]),
    # a day joined to a day before it: both the freeing's, not the saying after them
    ("Rebels/NNS/NOUN/nsubj/2 will/MD/AUX/aux/2 free/VB/VERB/ROOT/2/free/VerbForm=Inf "
     "on/IN/ADP/prep/2 Thursday/NNP/PROPN/pobj/3 and/CC/CCONJ/cc/3 on/IN/ADP/conj/3 "
     "Friday/NNP/PROPN/pobj/6 ,/,/PUNCT/punct/2 Relko/NNP/PROPN/nsubj/10 "
     "said/VBD/VERB/parataxis/2/say/Tense=Past;VerbForm=Fin ././PUNCT/punct/2",
     {4: (5, "DATE"), 7: (8, "DATE")},
     ["free", "free"]),
    # the verb after the day governs the day's own: the day stays the holding's
    ("Talks/NNS/NOUN/nsubjpass/3 will/MD/AUX/aux/3 be/VB/AUX/auxpass/3 "
     "held/VBN/VERB/ccomp/13/hold/VerbForm=Part in/IN/ADP/prep/3 Velna/NNP/PROPN/pobj/4 "
     "and/CC/CCONJ/cc/3 on/IN/ADP/prep/3 Friday/NNP/PROPN/pobj/7 in/IN/ADP/prep/3 "
     "Kalvo/NNP/PROPN/pobj/9 ,/,/PUNCT/punct/13 officials/NNS/NOUN/nsubj/13 "
     "said/VBD/VERB/ROOT/13/say/Tense=Past;VerbForm=Fin ././PUNCT/punct/13", {8: (9, "DATE")},
     ["hold"]),
])
def test_a_date_that_opens_a_clause_dates_its_verb(tokens, ents, verbs):
    assert [r["verb"] for r in extract(doc(tokens, ents, VOCAB_ES), {})] == verbs


# ---- a subject the verb carries --------------------------------------------------------------


@pytest.mark.parametrize("tokens, ents", [
    # "En mayo, en Varela, fijaron la agenda": the parse takes the object for the subject
    ("En/ADP/ADP/case/1 mayo/NOUN/NOUN/obl/5 ,/PUNCT/PUNCT/punct/4 en/ADP/ADP/case/4 "
     "Varela/PROPN/PROPN/obl/5 fijaron/VERB/VERB/ROOT/5/fijar/Mood=Ind;Number=Plur;Person=3;"
     "Tense=Past;VerbForm=Fin la/DET/DET/det/7 agenda/NOUN/NOUN/nsubj/5//Gender=Fem;Number=Sing",
     {1: (2, "DATE")}),
    # "acordaron las reformas y el 25 de abril crearon la comisión": the parse takes the day,
    # and the verb it is coordinated with has no subject either
    ("acordaron/VERB/VERB/ROOT/0/acordar/Number=Plur;Person=3;VerbForm=Fin y/CCONJ/CCONJ/cc/5 "
     "el/DET/DET/det/3 25/NUM/NUM/nsubj/5 abril/NOUN/NOUN/compound/3 "
     "crearon/VERB/VERB/conj/0/crear/Number=Plur;Person=3;VerbForm=Fin "
     "la/DET/DET/det/7 comisión/NOUN/NOUN/obj/5//Number=Sing", {3: (5, "DATE")}),
])
def test_a_finite_verb_marked_for_person_without_a_subject_carries_it(tokens, ents):
    d = doc(tokens, ents, vocab=VOCAB_ES)
    r = row(d)
    assert subject(d, r) is None and r["implied_subject"] is True


def test_a_relative_clause_of_where_or_when_tells_no_subject_and_its_verb_carries_one():
    # "Llegó a la Nunciatura, donde entró el domingo": the Nunciatura is where, not who; the
    # verb, marked for person, carries its subject
    fin = "Mood=Ind;Number=Sing;Person=3;Tense=Past;VerbForm=Fin"
    tokens = ("Llegó/VERB/VERB/ROOT/0/llegar/{fin} a/ADP/ADP/case/3 la/DET/DET/det/3 "
              "Nunciatura/PROPN/PROPN/obl/0 ,/PUNCT/PUNCT/punct/6 {rel}/PRON/PRON/{dep}/6 "
              "entró/VERB/VERB/acl/3/entrar/{fin} el/DET/DET/det/8 domingo/NOUN/NOUN/obl/6")
    d = doc(tokens.format(fin=fin, rel="donde", dep="obl"), {7: (9, "DATE")}, vocab=VOCAB_ES)
    r = row(d)
    assert subject(d, r) is None and r["implied_subject"] is True
    # a relative pronoun that is the subject leaves the noun it hangs from the subject
    d = doc(tokens.format(fin=fin, rel="que", dep="nsubj"), {7: (9, "DATE")}, vocab=VOCAB_ES)
    r = row(d)
    assert subject(d, r) == "a la Nunciatura" and r["implied_subject"] is False


def test_an_impersonal_verb_carries_no_subject():
    # "El sábado hubo disparos en la frontera": there were shots; no one acts
    d = doc("El/DET/DET/det/1 sábado/NOUN/NOUN/obl/2 hubo/VERB/VERB/ROOT/2/haber/Mood=Ind;Number=Sing;"
            "Person=3;Tense=Past;VerbForm=Fin disparos/NOUN/NOUN/obj/2//Number=Plur", {0: (2, "DATE")},
            vocab=VOCAB_ES)
    assert row(d)["implied_subject"] is False


def test_an_agreeing_subject_after_the_verb_or_a_written_one_is_kept():
    # "Se aprobó la agenda en mayo": the agenda is the subject
    d = doc("Se/PRON/PRON/obj/1 aprobó/VERB/VERB/ROOT/1/aprobar/Number=Sing;Person=3;VerbForm=Fin "
            "la/DET/DET/det/3 agenda/NOUN/NOUN/nsubj/1//Number=Sing en/ADP/ADP/case/5 "
            "mayo/NOUN/NOUN/obl/1", {5: (6, "DATE")}, vocab=VOCAB_ES)
    r = row(d)
    assert subject(d, r) == "la agenda" and r["implied_subject"] is False
    # "The United States says ... on Friday": a subject before the verb, whatever its number
    d = doc("States/NNPS/PROPN/nsubj/1//Number=Plur says/VBZ/VERB/ROOT/1/say/Number=Sing;Person=3;"
            "VerbForm=Fin on/IN/ADP/prep/1 Friday/NNP/PROPN/pobj/2", {3: (4, "DATE")})
    r = row(d)
    assert subject(d, r) == "States" and r["implied_subject"] is False
    # a participle carries no subject
    d = doc("Signed/VBN/VERB/ROOT/0/sign/Tense=Past;VerbForm=Part on/IN/ADP/prep/0 "
            "Friday/NNP/PROPN/pobj/1", {2: (3, "DATE")})
    assert row(d)["implied_subject"] is False



CLEFT = ("It/PRP/PRON/nsubj/1 was/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin here/RB/ADV/advmod/1 "
         ",/,/PUNCT/punct/1 in/IN/ADP/prep/1 March/NNP/PROPN/pobj/4 ,/,/PUNCT/punct/1 "
         "that/IN/SCONJ/mark/10 the/DT/DET/det/9 parties/NNS/NOUN/nsubj/10 "
         "reached/VBD/VERB/ccomp/1/reach/Tense=Past;VerbForm=Fin the/DT/DET/det/12 accord/NN/NOUN/dobj/10")
NO_CLEFT = ("It/PRP/PRON/nsubj/1 was/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin clear/JJ/ADJ/acomp/1 "
            "in/IN/ADP/prep/1 March/NNP/PROPN/pobj/3 that/IN/SCONJ/mark/8 the/DT/DET/det/7 "
            "parties/NNS/NOUN/nsubj/8 agreed/VBD/VERB/ccomp/1/agree/Tense=Past;VerbForm=Fin")

NOUN_NO_CLEFT = ("It/PRP/PRON/nsubj/1 was/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin a/DT/DET/det/3 "
                 "surprise/NN/NOUN/attr/1 on/IN/ADP/prep/1 Monday/NNP/PROPN/pobj/4 that/IN/SCONJ/mark/10 "
                 "the/DT/DET/det/8 talks/NNS/NOUN/nsubj/10 had/VBD/AUX/aux/10/have/Tense=Past;VerbForm=Fin "
                 "collapsed/VBN/VERB/ccomp/1/collapse/Tense=Past;VerbForm=Part")
DATE_CLEFT = ("It/PRP/PRON/nsubj/1 was/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin Monday/NNP/PROPN/attr/1 "
              "that/IN/SCONJ/mark/6 the/DT/DET/det/5 rebels/NNS/NOUN/nsubj/6 "
              "attacked/VBD/VERB/ccomp/1/attack/Tense=Past;VerbForm=Fin")


@pytest.mark.parametrize(("tokens", "date", "verb", "who"), [
    (CLEFT, 5, "reach", "the parties"),  # "It was here, in March, that the parties reached the accord"
    (NO_CLEFT, 4, "be", "It"),  # an adjective after the copula: "It was clear in March that ..."
    (NOUN_NO_CLEFT, 5, "be", "It"),  # a noun after it: "It was a surprise on Monday that the talks had collapsed"
    (DATE_CLEFT, 2, "attack", "the rebels"),  # the date is the noun: "It was Monday that the rebels attacked"
])
def test_a_date_a_cleft_sentence_puts_first_dates_the_clause_after_it(tokens, date, verb, who):
    d = doc(tokens, {date: (date + 1, "DATE")})
    r = row(d)
    assert (r["verb"], subject(d, r)) == (verb, who)


@pytest.mark.parametrize(("tokens", "ents", "text", "verb"), [
    # "the council that met on May 3, 1990 adopted the text": "1990" parsed as an apposition
    # of "council" would make "adopted" the date's verb; the date is when the council met
    ("The/DT/DET/det/1 council/NN/NOUN/nsubj/11 that/WDT/PRON/nsubj/3 "
     "met/VBD/VERB/relcl/1/meet/Tense=Past;VerbForm=Fin on/IN/ADP/prep/3 May/NNP/PROPN/pobj/4 "
     "3/CD/NUM/nummod/5 ,/,/PUNCT/punct/1 1990/CD/NUM/appos/1 "
     "adopted/VBD/VERB/ROOT/9/adopt/Tense=Past;VerbForm=Fin the/DT/DET/det/11 text/NN/NOUN/dobj/9",
     {5: (9, "DATE")}, "May 3 , 1990", "meet"),  # the blank Doc spaces every token
    # "Parties hope to sign on Monday, two years after talks opened": the span "Monday, two
    # years" runs on into a count the parse hangs on "opened", nearer the root than "Monday"
    ("Parties/NNS/NOUN/nsubj/1 hope/VBP/VERB/ROOT/1/hope/Tense=Pres;VerbForm=Fin to/TO/PART/aux/3 "
     "sign/VB/VERB/xcomp/1/sign/VerbForm=Inf on/IN/ADP/prep/3 Monday/NNP/PROPN/pobj/4 "
     ",/,/PUNCT/punct/1 two/CD/NUM/nummod/8 years/NNS/NOUN/npadvmod/11 after/IN/SCONJ/mark/11 "
     "talks/NNS/NOUN/nsubj/11 opened/VBD/VERB/advcl/1/open/Tense=Past;VerbForm=Fin ././PUNCT/punct/1",
     {5: (9, "DATE")}, "Monday , two years", "sign"),
    # "Monday, June 10": the day after the comma is the date's own apposition
    ("They/PRP/PRON/nsubj/1 met/VBD/VERB/ROOT/1/meet/Tense=Past;VerbForm=Fin on/IN/ADP/prep/1 "
     "Monday/NNP/PROPN/pobj/2 ,/,/PUNCT/punct/3 June/NNP/PROPN/appos/3 10/CD/NUM/nummod/5",
     {3: (7, "DATE")}, "Monday , June 10", "meet"),
])
def test_words_of_a_date_the_parser_hangs_elsewhere_do_not_move_the_date_to_their_verb(tokens, ents, text, verb):
    r = row(doc(tokens, ents))
    assert (r["text"], r["verb"]) == (text, verb)


def test_a_number_after_a_weekday_that_counts_a_noun_is_no_day_of_the_month():
    # "El lunes 12 observadores llegaron a Norvia": twelve observers, on Monday
    d = doc("El/DT/DET/det/1 lunes/NN/NOUN/obl/4 12/CD/NUM/nummod/3 observadores/NN/NOUN/nsubj/4 "
            "llegaron/VBD/VERB/ROOT/4 a/IN/ADP/case/6 Norvia/NNP/PROPN/obl/4", {1: (3, "DATE")}, vocab=VOCAB_ES)
    r = row(d)
    assert (r["text"], r["label"], r["end_char"]) == ("lunes", "DATE", d.text.index("lunes") + 5)
    d = doc("On/IN/ADP/prep/4 Monday/NNP/PROPN/pobj/0 12/CD/NUM/nummod/3 monitors/NNS/NOUN/nsubj/4 "
            "arrived/VBD/VERB/ROOT/4", {1: (3, "DATE")})
    assert row(d)["text"] == "Monday"
    # "La firma será el lunes 12 en Norvia": the number the parser hangs on the weekday is its day
    d = doc("Firmarán/VB/VERB/ROOT/0 el/DT/DET/det/2 lunes/NN/NOUN/obl/0 12/CD/NUM/compound/2 "
            "en/IN/ADP/case/5 Norvia/NNP/PROPN/obl/0", {2: (4, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["text"] == "lunes 12"


@pytest.mark.parametrize("noun", ["avenida", "Plaza", "Movimiento"])
def test_a_spanish_day_of_the_month_right_after_a_street_or_body_noun_is_its_name(noun):
    # "marcharon por la avenida 12 de Octubre el 9 de octubre": the street's name, then the date
    d = doc(f"vecinos/NNS/NOUN/nsubj/1 marcharon/VB/VERB/ROOT/1/marchar/Mood=Ind;Tense=Past;VerbForm=Fin "
            f"por/IN/ADP/case/4 la/DT/DET/det/4 {noun}/NN/NOUN/obl/1 12/CD/NUM/nmod/4 de/IN/ADP/case/7 "
            "Octubre/NN/PROPN/nmod/5 el/DT/DET/det/9 9/CD/NUM/obl/1 de/IN/ADP/case/11 octubre/NN/NOUN/nmod/9",
            {5: (8, "DATE"), 8: (12, "DATE")}, vocab=VOCAB_ES)
    assert [r["text"] for r in extract(d, {})] == ["el 9 de octubre"]


@pytest.mark.parametrize(("noun", "month", "dates"), [
    ("Plaza", "Junio", []),  # "la Plaza de Junio": the square's name
    ("Avenida", "Julio", []),
    ("plaza", "junio", ["junio"]),  # a month in lower case is the language's date
])
def test_a_spanish_month_with_a_capital_after_a_street_noun_and_de_is_its_name(noun, month, dates):
    # "una multitud se reunió en la Plaza de Junio"
    d = doc(f"una/DT/DET/det/1 multitud/NN/NOUN/nsubj/2 reunió/VB/VERB/ROOT/2/reunir/Mood=Ind;Tense=Past;VerbForm=Fin "
            f"en/IN/ADP/case/5 la/DT/DET/det/5 {noun}/NN/NOUN/obl/2 de/IN/ADP/case/7 "
            f"{month}/NN/PROPN/nmod/5", {7: (8, "DATE")}, vocab=VOCAB_ES)
    assert [r["text"] for r in extract(d, {})] == dates


@pytest.mark.parametrize(("form", "det", "tense", "verb"), [
    ("viajo", "", "past", "viajar"),  # "viajó" the parse took for a noun: the clause's past
    ("creyo", "", "past", "creer"),
    ("viaje", "", None, None),  # no ending of a past
    ("viajo", "el/DT/DET/det/6 ", None, None),  # with a determiner of its own: the noun
])
def test_a_past_without_its_accent_the_parse_took_for_a_noun_is_the_clauses_past(form, det, tense, verb):
    # "En marzo, el enviado viajo a Velia", in an article written without accents
    shift = 1 if det else 0
    d = doc(f"En/IN/ADP/case/1 marzo/NN/NOUN/obl/{5 + shift} ,/,/PUNCT/punct/1 el/DT/DET/det/4 "
            f"enviado/NN/NOUN/nsubj/{5 + shift} {det}{form}/NN/NOUN/ROOT/{5 + shift} "
            f"a/IN/ADP/case/{7 + shift} Velia/NNP/PROPN/obl/{5 + shift}", {1: (2, "DATE")}, vocab=VOCAB_ES)
    r = row(d)
    assert (r["tense"], r["verb"]) == (tense, verb)


def test_a_past_taken_for_a_noun_is_read_only_in_an_article_written_without_accents():
    # "En marzo, el enviado viajo a Velia" beside an accented word: "viajo" is the present
    d = doc("En/IN/ADP/case/1 marzo/NN/NOUN/obl/5 ,/,/PUNCT/punct/1 el/DT/DET/det/4 "
            "enviado/NN/NOUN/nsubj/5 viajo/NN/NOUN/ROOT/5 a/IN/ADP/case/7 Velia/NNP/PROPN/obl/5 "
            "según/IN/ADP/case/9 Osk/NNP/PROPN/obl/5", {1: (2, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["tense"] is None


@pytest.mark.parametrize(("form", "lemma", "infinitive"), [
    ("impidieran", "impidierar", "impedir"),  # a subjunctive the model gives a stray "-ar"
    ("recibira", "recibirar", "recibir"),  # "recibirá" without its accent
    ("firmo", "firmo", "firmar"),  # "firmó" without its accent, left as it is
    ("murio", "murio", "morir"),  # an "-ió" is an -er or -ir verb's: not "morar"
    ("creyo", "creyo", "creer"),  # "creyó": a "-yó" is one too, not "crear"
    ("concluyeron", "concluyeron", "concluir"),
])
def test_a_spanish_verb_the_model_lemmatizes_wrong_is_read_as_the_infinitive_of_its_form(form, lemma, infinitive):
    d = doc(f"El/DT/DET/det/1 lunes/NN/NOUN/obl/2 {form}/VB/VERB/ROOT/2/{lemma} "
            "Velia/NNP/PROPN/nsubj/2 Tarsu/NNP/PROPN/flat/3", {0: (2, "DATE")}, VOCAB_ES)
    assert row(d)["verb"] == infinitive



# ---- a year that names a thing; a verb "last" before a duration ----------------------------


@pytest.mark.parametrize("tokens, at", [
    # "Osk will vote under the 1960 electoral law ."
    ("Osk/NNP/PROPN/nsubj/2 will/MD/AUX/aux/2 vote/VB/VERB/ROOT/2/vote/VerbForm=Inf under/IN/ADP/prep/2 "
     "the/DT/DET/det/7 1960/CD/NUM/nummod/7 electoral/JJ/ADJ/amod/7 law/NN/NOUN/pobj/3 ././PUNCT/punct/2", 5),
    # "Tarn votes under the constitution of 1998 ."
    ("Tarn/NNP/PROPN/nsubj/1 votes/VBZ/VERB/ROOT/1/vote/Tense=Pres;VerbForm=Fin under/IN/ADP/prep/1 "
     "the/DT/DET/det/4 constitution/NN/NOUN/pobj/2 of/IN/ADP/prep/4 1998/CD/NUM/pobj/5 ././PUNCT/punct/1", 6),
])
def test_a_bare_year_that_modifies_a_noun_names_that_thing(tokens, at):
    r = row(doc(tokens, {at: (at + 1, "DATE")}))
    assert r["names_thing"] is True


def test_a_spanish_year_after_a_noun_and_de_names_that_thing():
    # "Tarn votará bajo la Constitución de 1998 ."
    d = doc("Tarn/PROPN/PROPN/nsubj/1 votará/VERB/VERB/ROOT/1/votar/Tense=Fut;VerbForm=Fin bajo/ADP/ADP/case/4 "
            "la/DET/DET/det/4 Constitución/PROPN/PROPN/obl/1 de/ADP/ADP/case/6 1998/NOUN/NOUN/nmod/4 "
            "././PUNCT/punct/1", {6: (7, "DATE")}, vocab=VOCAB_ES)
    assert row(d)["names_thing"] is True


@pytest.mark.parametrize("tokens, at, end", [
    # "Mara Ventel has led the army since 1998 ."
    ("Mara/NNP/PROPN/compound/1 Ventel/NNP/PROPN/nsubj/3 has/VBZ/AUX/aux/3 led/VBN/VERB/ROOT/3/lead/"
     "Tense=Past;VerbForm=Part the/DT/DET/det/5 army/NN/NOUN/dobj/3 since/IN/ADP/prep/3 1998/CD/NUM/pobj/6 "
     "././PUNCT/punct/3", 7, 8),
    # "Osk agreed in the year 2000 ." : the year is a date of its own
    ("Osk/NNP/PROPN/nsubj/1 agreed/VBD/VERB/ROOT/1/agree/Tense=Past;VerbForm=Fin in/IN/ADP/prep/1 "
     "the/DT/DET/det/4 year/NN/NOUN/pobj/2 2000/CD/NUM/appos/4 ././PUNCT/punct/1", 3, 6),
    # "Osk voted in the March elections ." : a month, not a bare year
    ("Osk/NNP/PROPN/nsubj/1 voted/VBD/VERB/ROOT/1/vote/Tense=Past;VerbForm=Fin in/IN/ADP/prep/1 "
     "the/DT/DET/det/5 March/NNP/PROPN/compound/5 elections/NNS/NOUN/pobj/2 ././PUNCT/punct/1", 4, 5),
])
def test_a_year_of_a_verb_or_a_date_of_its_own_names_no_thing(tokens, at, end):
    assert row(doc(tokens, {at: (end, "DATE")}))["names_thing"] is False


def test_the_verb_last_before_a_duration_is_no_part_of_the_date_nor_its_cue():
    # "The talks were expected to last two days ." : the model's DATE is "last two days"
    d = doc("The/DT/DET/det/1 talks/NNS/NOUN/nsubjpass/3 were/VBD/AUX/auxpass/3/be/Tense=Past;VerbForm=Fin "
            "expected/VBN/VERB/ROOT/3/expect/Tense=Past;VerbForm=Part to/TO/PART/aux/5 "
            "last/VB/VERB/xcomp/3/last/VerbForm=Inf two/CD/NUM/nummod/7 days/NNS/NOUN/dobj/5 "
            "././PUNCT/punct/3", {5: (8, "DATE")})
    r = row(d)
    assert (r["text"], r["cue"], r["verb"]) == ("two days", None, "last")


def test_the_verb_last_outside_the_date_is_no_cue_and_the_adjective_last_stays_in_the_date():
    # "The siege could last two weeks ." / "Osk met them in the last two days ."
    lasted = doc("The/DT/DET/det/1 siege/NN/NOUN/nsubj/3 could/MD/AUX/aux/3 last/VB/VERB/ROOT/3/last/VerbForm=Inf "
                 "two/CD/NUM/nummod/5 weeks/NNS/NOUN/npadvmod/3 ././PUNCT/punct/3", {4: (6, "DATE")})
    adjective = doc("Osk/NNP/PROPN/nsubj/1 met/VBD/VERB/ROOT/1/meet/Tense=Past;VerbForm=Fin them/PRP/PRON/dobj/1 "
                    "in/IN/ADP/prep/1 the/DT/DET/det/7 last/JJ/ADJ/amod/7 two/CD/NUM/nummod/7 "
                    "days/NNS/NOUN/pobj/3 ././PUNCT/punct/1", {4: (8, "DATE")})
    assert (row(lasted)["text"], row(lasted)["cue"]) == ("two weeks", None)
    assert row(adjective)["text"] == "the last two days"


# ---- an infinitive a past verb plans -----------------------------------------------------------


def test_a_spanish_infinitive_a_past_verb_of_agreeing_plans_is_no_past_act():
    # "Las partes acordaron volver a reunirse el 11 de noviembre": the meeting is agreed, ahead
    # or not; its day takes the year nearest the publication, as "agreed to meet" does
    d = doc("Las/DET/DET/det/1 partes/NOUN/NOUN/nsubj/2 acordaron/VERB/VERB/ROOT/2/acordar/"
            "Mood=Ind;Tense=Past;VerbForm=Fin volver/VERB/VERB/xcomp/2/volver/VerbForm=Inf "
            "a/ADP/ADP/mark/5 reunirse/VERB/VERB/xcomp/3/reunir/VerbForm=Inf el/DET/DET/det/7 "
            "11/NUM/NUM/obl/3 de/ADP/ADP/case/9 noviembre/NOUN/NOUN/compound/7", {7: (10, "DATE")},
            vocab=VOCAB_ES)
    r = row(d)
    assert (r["verb"], r["tense"]) == ("volver", None)


def test_a_spanish_infinitive_of_a_past_verb_that_plans_nothing_is_past():
    # "Las partes lograron firmar el acuerdo el lunes": the signing was done
    d = doc("Las/DET/DET/det/1 partes/NOUN/NOUN/nsubj/2 lograron/VERB/VERB/ROOT/2/lograr/"
            "Mood=Ind;Tense=Past;VerbForm=Fin firmar/VERB/VERB/xcomp/2/firmar/VerbForm=Inf "
            "el/DET/DET/det/5 acuerdo/NOUN/NOUN/obj/3 el/DET/DET/det/7 lunes/NOUN/NOUN/obl/3",
            {7: (8, "DATE")}, vocab=VOCAB_ES)
    r = row(d)
    assert (r["verb"], r["tense"]) == ("firmar", "past")


# ---- a phrase the parse split off from the verb it completes ------------------------------------

# "Osk elected Ventel president on Sunday , completing the deal struck in Tarn last Wednesday ."
# as the small model parses it: two roots, "Ventel president on Sunday" the subject of "struck"
SPLIT = ("Osk/NNP/PROPN/nsubj/1 elected/VBD/VERB/ROOT/1/elect/Tense=Past;VerbForm=Fin "
         "Ventel/NNP/PROPN/compound/3 president/NN/NOUN/nsubj/10 on/IN/ADP/prep/3 "
         "Sunday/NNP/PROPN/pobj/4 ,/,/PUNCT/punct/3 completing/VBG/VERB/advcl/3/complete/VerbForm=Part "
         "the/DT/DET/det/9 deal/NN/NOUN/dobj/7 struck/VBD/VERB/ROOT/10/strike/Tense=Past;VerbForm=Fin "
         "in/IN/ADP/prep/10 Tarn/NNP/PROPN/pobj/11 last/JJ/ADJ/amod/14 Wednesday/NNP/PROPN/npadvmod/10 "
         "././PUNCT/punct/10")


def test_a_date_in_a_phrase_the_parse_hangs_as_a_later_verb_s_subject_is_the_act_of_the_verb_before():
    d = doc(SPLIT, {5: (6, "DATE")})
    r = row(d)
    assert r["verb"] == "elect"
    assert d.text[r["clause_start"]:r["clause_end"]].startswith("Osk elected")


def test_the_later_date_of_a_split_parse_keeps_its_own_verb():
    assert row(doc(SPLIT, {13: (15, "DATE")}))["verb"] == "strike"


def test_a_verb_before_with_an_object_of_its_own_keeps_the_date_on_the_later_verb():
    # "Osk learned Monday 's meeting ended ." : "learned" takes "ended" as its complement; the
    # meeting's subject phrase is "ended"'s
    d = doc("Osk/NNP/PROPN/nsubj/1 learned/VBD/VERB/ROOT/1/learn/Tense=Past;VerbForm=Fin "
            "Monday/NNP/PROPN/poss/4 's/POS/PART/case/2 meeting/NN/NOUN/nsubj/5 "
            "ended/VBD/VERB/ccomp/1/end/Tense=Past;VerbForm=Fin ././PUNCT/punct/1", {2: (3, "DATE")})
    assert row(d)["verb"] == "end"


def test_an_infinitive_of_purpose_after_a_past_verb_has_no_direction():
    # "Tarn summoned both sides to talks, to open on Feb. 6": the opening comes after the
    # summons, on either side of publication, so the past tense of "summoned" does not date it
    d = doc("Tarn/NNP/PROPN/nsubj/1 summoned/VBD/VERB/ROOT/1/summon/Tense=Past;VerbForm=Fin "
            "them/PRP/PRON/dobj/1 ,/,/PUNCT/punct/1 to/TO/PART/aux/5 open/VB/VERB/advcl/1/open/VerbForm=Inf "
            "on/IN/ADP/prep/5 Feb./NNP/PROPN/pobj/6 6/CD/NUM/nummod/7", {7: (9, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == (None, "open")


def test_an_infinitive_completing_a_past_verb_keeps_its_tense():
    # "Osk tried to cross on Monday": the attempt and the crossing are one past act
    d = doc("Osk/NNP/PROPN/nsubj/1 tried/VBD/VERB/ROOT/1/try/Tense=Past;VerbForm=Fin "
            "to/TO/PART/aux/3 cross/VB/VERB/xcomp/1/cross/VerbForm=Inf "
            "on/IN/ADP/prep/3 Monday/NNP/PROPN/pobj/4", {5: (6, "DATE")})
    assert (row(d)["tense"], row(d)["verb"]) == ("past", "cross")


@pytest.mark.parametrize("main, expected", [("was/VBD/AUX/ROOT/2/be/Tense=Past;VerbForm=Fin", "extend"),
                                            ("ended/VBD/VERB/ROOT/2/end/Tense=Past;VerbForm=Fin", "end")])
def test_a_when_clause_after_the_date_of_a_stative_verb_is_what_happened_that_day(main, expected):
    # "The talks were due to end on Saturday, when the envoys extended the deadline": the
    # extending took place on Saturday, the being is no event; "The talks ended on Saturday,
    # when the envoys ..." keeps the ending
    d = doc(f"The/DT/DET/det/1 talks/NNS/NOUN/nsubj/2 {main} on/IN/ADP/prep/2 "
            "Saturday/NNP/PROPN/pobj/3 ,/,/PUNCT/punct/4 when/WRB/SCONJ/advmod/8 "
            "envoys/NNS/NOUN/nsubj/8 extended/VBD/VERB/relcl/4/extend/Tense=Past;VerbForm=Fin "
            "it/PRP/PRON/dobj/8", {4: (5, "DATE")})
    r = row(d)
    assert (r["verb"], r["tense"]) == (expected, "past")


def test_a_negated_when_clause_after_the_date_of_a_stative_verb_is_not_its_act():
    # "The seat was empty on Saturday, when the envoy did not come": the not coming dates nothing
    d = doc("The/DT/DET/det/1 seat/NN/NOUN/nsubj/2 was/VBD/AUX/ROOT/2/be/Tense=Past;VerbForm=Fin "
            "empty/JJ/ADJ/acomp/2 on/IN/ADP/prep/2 Saturday/NNP/PROPN/pobj/4 ,/,/PUNCT/punct/5 "
            "when/WRB/SCONJ/advmod/11 the/DT/DET/det/9 envoy/NN/NOUN/nsubj/11 did/VBD/AUX/aux/11 "
            "not/RB/PART/neg/11 come/VB/VERB/relcl/5/come", {5: (6, "DATE")})
    assert row(d)["verb"] == "be"


def test_a_when_clause_after_a_presence_at_a_place_leaves_the_presence_its_date():
    # "Osk was in Velmar in May, when the envoys signed it": Osk's presence there is the act dated
    d = doc("Osk/NNP/PROPN/nsubj/1 was/VBD/AUX/ROOT/1/be/Tense=Past;VerbForm=Fin in/IN/ADP/prep/1 "
            "Velmar/NNP/PROPN/pobj/2 in/IN/ADP/prep/1 May/NNP/PROPN/pobj/4 ,/,/PUNCT/punct/5 "
            "when/WRB/SCONJ/advmod/9 envoys/NNS/NOUN/nsubj/9 signed/VBD/VERB/relcl/5/sign/Tense=Past;VerbForm=Fin "
            "it/PRP/PRON/dobj/9", {5: (6, "DATE")})
    d[3].ent_type_ = "GPE"
    assert row(d)["verb"] == "be"


@pytest.mark.parametrize(("words", "ents", "dates", "vocab"), [
    # "Resolution 1929 passed on Wednesday": the resolution's number, then the date
    ("Resolution/NN/PROPN/nsubj/2 1929/CD/NUM/nummod/0 passed/VBD/VERB/ROOT/2 on/IN/ADP/prep/2 "
     "Wednesday/NNP/PROPN/pobj/3", {1: (2, "DATE"), 4: (5, "DATE")}, ["Wednesday"], VOCAB),
    # "Order No. 1999 took effect", the sign split off its point by the tokenizer
    ("Order/NN/PROPN/nsubj/4 No/NN/NOUN/compound/0 ././PUNCT/punct/1 1999/CD/NUM/nummod/0 took/VBD/VERB/ROOT/4 "
     "effect/NN/NOUN/dobj/4", {3: (4, "DATE")}, [], VOCAB),
    # "Flight 1972 landed", the noun inside the entity
    ("Flight/NN/PROPN/nsubj/2 1972/CD/NUM/nummod/0 landed/VBD/VERB/ROOT/2", {0: (2, "DATE")}, [], VOCAB),
    # "el decreto n.º 1990 entró en vigor el martes"
    ("el/DT/DET/det/1 decreto/NN/NOUN/nsubj/4 n.º/NN/NOUN/nmod/1 1990/CD/NUM/nummod/1 "
     "entró/VB/VERB/ROOT/4/entrar/Mood=Ind;Tense=Past;VerbForm=Fin en/IN/ADP/case/6 vigor/NN/NOUN/obl/4 "
     "el/DT/DET/det/8 martes/NN/NOUN/obl/4", {3: (4, "DATE"), 7: (9, "DATE")}, ["el martes"], VOCAB_ES),
    # a year after a preposition stays: "the law passed in 1999"
    ("the/DT/DET/det/1 law/NN/NOUN/nsubj/2 passed/VBD/VERB/ROOT/2 in/IN/ADP/prep/2 1999/CD/NUM/pobj/3",
     {4: (5, "DATE")}, ["1999"], VOCAB),
])
def test_a_number_right_after_a_document_noun_is_its_number_no_year(words, ents, dates, vocab):
    assert [r["text"] for r in extract(doc(words, ents, vocab=vocab), {})] == dates


@pytest.mark.parametrize(("verb", "tense"), [
    ("firmaran", "future"),  # "firmarán" without its accent, which the parse reads as a present
    ("llegara", "future"),
    ("declara", "present"),  # a present: no verb "declar"
])
def test_a_present_whose_form_is_an_accentless_future_is_the_future(verb, tense):
    pres = "Mood=Ind;Number=Plur;Person=3;Tense=Pres;VerbForm=Fin"
    d = doc(f"Los/DT/DET/det/1 delegados/NN/NOUN/nsubj/2 {verb}/VB/VERB/ROOT/2/{verb}r/{pres} "
            "el/DT/DET/det/4 lunes/NN/NOUN/obl/2", {3: (5, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == tense


@pytest.mark.parametrize(("before", "tense"), [
    ("sera", "future"),  # "será juramentada el viernes", its auxiliary read as an adjective
    ("seran", "future"),
    ("sola", "past"),  # no future: the participle's past stands
])
def test_a_participle_after_an_accentless_future_of_its_auxiliary_is_the_future(before, tense):
    part = "Gender=Fem;Number=Sing;VerbForm=Part"
    d = doc(f"Jana/NNP/PROPN/ROOT/0 Roe/NNP/PROPN/flat/0 ,/,/PUNCT/punct/0 {before}/JJ/ADJ/amod/0/{before}/Gender=Fem "
            f"juramentada/JJ/ADJ/amod/3/juramentado/{part} el/DT/DET/det/6 viernes/NN/NOUN/obl/4",
            {5: (7, "DATE")}, VOCAB_ES)
    assert row(d)["tense"] == tense
