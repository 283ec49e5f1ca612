"""Dates without a year take the occurrence nearest publication; the tense only breaks near-ties.

The cases are the shapes that failed on the gold corpora (benchmarks/gold/), with the
dates changed: a noun-phrase date the tense pulled a year off, a target date in a
past-tense sentence, a month read as next year's from a misread tense.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kit.timeline.calendar_math import EVEN_DAYS, NEAR_TIE_DAYS, distance, nearest
from kit.timeline.resolve import resolve

D = dt.date


def span(expression: str, published: dt.date, **kw) -> tuple[dt.date | None, dt.date | None]:
    r = resolve(expression, published, **kw)
    assert r.resolved, r.explanation
    return r.start, r.end


@pytest.mark.parametrize("expression, published, tense, expected", [
    # "its April 9 raid" in a May article: last month, whatever the tense says
    ("April 9", D(2023, 5, 20), "future", D(2023, 4, 9)),
    # "extended the ceasefire until Oct. 31" in an October article: this month, not last year
    ("Oct. 31", D(2016, 10, 8), "past", D(2016, 10, 31)),
    # "toward their June 30 deadline" published June 1, past tense
    ("June 30", D(2015, 6, 1), "past", D(2015, 6, 30)),
    # a deadline that passed yesterday, future tense
    ("June 30", D(2015, 7, 1), "future", D(2015, 6, 30)),
])
def test_the_nearest_occurrence_beats_a_tense_that_points_a_year_away(expression, published,
                                                                      tense, expected):
    assert span(expression, published, tense=tense) == (expected, expected)


def test_a_month_takes_the_nearest_occurrence():
    # "the first cargo since the invasion in February", an August article, tense misread
    assert span("February", D(2022, 8, 1), tense="future")[0] == D(2023, 2, 1)  # near-tie: 30 days
    assert span("February", D(2022, 8, 1), tense="past")[0] == D(2022, 2, 1)
    assert span("February", D(2022, 8, 1))[0] == D(2022, 2, 1)                  # nearest
    # "the September election" in a March article: last September (154 days, not 183)
    assert span("September", D(2020, 3, 2), tense="present")[0] == D(2019, 9, 1)


def test_mid_month_is_the_nearest_month():
    # "keeps the corridor open into mid-March", a November article
    assert span("mid-March", D(2022, 11, 17), tense="present") == (D(2023, 3, 1), D(2023, 3, 31))


def test_the_tense_breaks_a_near_tie():
    # "will meet in February" in an August article: the future one, 30 days further
    r = resolve("February", D(2022, 8, 1), tense="future")
    assert r.start == D(2023, 2, 1) and f"within {NEAR_TIE_DAYS} days" in r.explanation


def test_the_tense_decides_a_month_and_only_breaks_near_ties_of_a_day():
    # "the contacts began in December" in a September paper: last December (274 days
    # back), not the nearest one (91 days ahead); a month is not misread from a noun phrase
    r = resolve("December", D(1993, 9, 1), tense="past")
    assert (r.start, r.end) == (D(1992, 12, 1), D(1992, 12, 31)) and "a month or more" in r.explanation
    assert span("December", D(1993, 9, 1), tense="future")[0] == D(1993, 12, 1)
    assert span("December", D(1993, 9, 1))[0] == D(1993, 12, 1)  # no tense: the nearest
    # a day keeps the near-tie rule: "Dec. 5" in the same paper, past tense, is this December's
    assert span("Dec. 5", D(1993, 9, 1), tense="past")[0] == D(1993, 12, 5)
    # a cue against the tense ("will investigate violations since February") and a noun's
    # date ("will cover the fighting in February") keep the near-tie rule: the nearest
    assert span("February", D(1994, 5, 20), tense="future", cue="since")[0] == D(1994, 2, 1)
    assert span("February", D(1994, 5, 20), tense="future", noun_dated=True)[0] == D(1994, 2, 1)
    # ... unless a cue agrees with the tense: "the rest (must be gone) by the middle of February"
    assert span("February", D(1988, 5, 16), tense="future", cue="by", noun_dated=True)[0] == D(1989, 2, 1)
    assert span("February", D(1994, 5, 20), tense="future")[0] == D(1995, 2, 1)


def test_the_tense_wins_when_its_occurrence_is_in_the_publication_year():
    # AP style: "will vote on Nov. 5" in a January paper is this November
    r = resolve("Nov. 5", D(2024, 1, 18), tense="future")
    assert r.start == D(2024, 11, 5) and "publication year" in r.explanation
    # but a past tense cannot pull "Feb. 3" a year back from a January paper
    assert span("Feb. 3", D(2024, 1, 18), tense="past")[0] == D(2024, 2, 3)


def test_an_even_tie_with_no_tense_goes_to_the_publication_year():
    # "were due to start on March 10" in a September article: 187 vs 178 days
    r = resolve("March 10", D(2020, 9, 13))
    assert r.start == D(2020, 3, 10) and "publication year" in r.explanation


def test_the_explanation_gives_the_distance():
    r = resolve("Sept. 28", D(2019, 9, 10), tense="past")
    assert r.start == D(2019, 9, 28)
    assert "nearest to publication (18 days)" in r.explanation


def test_nearest_on_intervals():
    aug = D(2022, 8, 1)
    feb = [(D(y, 2, 1), D(y, 2, 28)) for y in (2021, 2022, 2023)]
    assert distance(feb[1], aug) == 154 and distance(feb[2], aug) == 184
    assert distance((D(2022, 7, 1), D(2022, 8, 31)), aug) == 0
    assert nearest(feb, aug, None)[0] == feb[1]
    assert nearest(feb, aug, "future")[0] == feb[2]   # 30 days further: a near-tie
    assert EVEN_DAYS < 29 < NEAR_TIE_DAYS                # the documented defaults


def test_last_and_next_with_a_date():
    assert span("last August 12", D(2024, 5, 10))[0] == D(2023, 8, 12)
    assert span("next March 3", D(2024, 5, 10))[0] == D(2025, 3, 3)
    assert span("last Aug. 12", D(2024, 8, 20))[0] == D(2024, 8, 12)


def test_a_weekday_with_the_date_picks_the_year():
    # June 10 is a Monday in 2024, not in 2023 or 2025
    r = resolve("Monday, June 10", D(2024, 1, 5))
    assert r.start == D(2024, 6, 10) and "it is a Monday" in r.explanation


@pytest.mark.parametrize("expression, published, expected", [
    ("July 14 last year", D(2016, 1, 17), (D(2015, 7, 14), D(2015, 7, 14))),
    ("September last year", D(2019, 9, 10), (D(2018, 9, 1), D(2018, 9, 30))),
    ("September of last year", D(2019, 9, 10), (D(2018, 9, 1), D(2018, 9, 30))),
    ("March 3 next year", D(2019, 9, 10), (D(2020, 3, 3), D(2020, 3, 3))),
])
def test_a_date_with_last_this_or_next_year(expression, published, expected):
    assert span(expression, published) == expected


@pytest.mark.parametrize("expression, sentence, published, tense, expected", [
    # "began on May 15" in a February paper: last May, 277 days back, not next May's 88 ahead
    ("May 15", "The Ostrian pullout from Kalvo began on May 15.", D(2031, 2, 16), "past", D(2030, 5, 15)),
    ("on May 15", "The Ostrian pullout from Kalvo began on May 15.", D(2031, 2, 16), "past", D(2030, 5, 15)),
    ("17 de julio", "El 17 de julio, la guardia de Valdora cerró la frontera con Ostria.", D(2031, 3, 1), "past",
     D(2030, 7, 17)),
    ("el 21 de octubre", "El Frente Norte firmó la tregua el 21 de octubre en Valdora.", D(2031, 7, 5),
     "past", D(2030, 10, 21)),
    # ... and the future goes forward however far: "will meet on March 3" in a May paper
    ("March 3", "The Ruritanian envoys will meet the rebels on March 3.", D(2030, 5, 10), "future",
     D(2031, 3, 3)),
])
def test_the_tense_of_the_act_decides_the_day_it_took_place(expression, sentence, published, tense, expected):
    r = resolve(expression, published, tense=tense, sentence=sentence)
    assert (r.start, r.end) == (expected, expected) and "the day of its verb's act" in r.explanation


@pytest.mark.parametrize("expression, sentence, kw", [
    # a noun's date: "the May 15 deadline"
    ("May 15", "The Ostrians missed the May 15 deadline.", {}),
    # a target: "para el 15 de mayo", "a más tardar el 15 de mayo"
    ("el 15 de mayo", "Las partes fijaron la cumbre para el 15 de mayo.", {}),
    ("el 15 de mayo", "El acuerdo obligó a las milicias a salir a más tardar el 15 de mayo.", {}),
    # the day of a plan: "had been set for Kalvo on May 15"
    ("May 15", "a meeting that had been set for Kalvo on May 15", {"planning": True}),
])
def test_a_day_that_is_no_act_of_its_verb_keeps_the_near_tie_rule(expression, sentence, kw):
    # published in February, the past tense: the day of the act is last May's, but a
    # noun's day, a target or a plan's day ahead (88 days) stays the nearest
    act = resolve("May 15", D(2031, 2, 16), tense="past", sentence="The talks opened on May 15.")
    assert act.start == D(2030, 5, 15), act.explanation
    r = resolve(expression, D(2031, 2, 16), tense="past", sentence=sentence, **kw)
    assert r.start == D(2031, 5, 15), r.explanation


@pytest.mark.parametrize("tense", ["past", "future", "present", None])
@pytest.mark.parametrize("published, expected", [
    (D(2031, 1, 29), D(2031, 2, 6)),   # 8 days ahead
    (D(2031, 2, 14), D(2031, 2, 6)),   # 8 days back
])
def test_a_day_within_two_weeks_of_publication_never_goes_a_year_off(published, expected, tense):
    # "Tarn summoned both sides to talks, to open on Feb. 6" in a January 29 paper: whatever
    # tense the clause is read in, the day a week away is that one, not a year away
    expression = f"{expected:%b}. {expected.day}"
    r = resolve(expression, published, tense=tense, sentence=f"The talks opened on {expression}.")
    assert (r.start, r.end) == (expected, expected), r.explanation


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The six states on Friday summoned Tarn and Osk to peace talks at Velmar, to open on Feb. 6, "
    "and warned both sides.",
    "The six states on Friday summoned Tarn and Osk to talks that are due to open on Feb. 6.",
    "The six states on Friday summoned Tarn and Osk to talks, which will open on Feb. 6.",
    "The six states on Friday summoned Tarn and Osk to talks scheduled for Feb. 6.",
    "The six states on Friday summoned Tarn and Osk to talks to open on Feb. 6.",
])
def test_a_day_a_week_ahead_of_a_past_summons_is_that_day(nlp, sentence):
    from kit.extract.dates import extract

    rows = [r for r in extract(nlp(sentence), {}) if r["text"] == "Feb. 6"]
    r = resolve("Feb. 6", D(2031, 1, 29), tense=rows[0]["tense"], sentence=sentence)
    assert r.start == D(2031, 2, 6), r.explanation


@pytest.mark.parametrize("expression, published, tense, expected", [
    ("the 3rd", D(2023, 5, 29), "future", D(2023, 6, 3)),  # "will meet on the 3rd": next month's
    ("the 28th", D(2023, 6, 2), "past", D(2023, 5, 28)),  # "met on the 28th": last month's
    ("the 11th", D(2023, 6, 20), None, D(2023, 6, 11)),  # no tense: the nearest
])
def test_a_day_of_the_month_alone_is_the_nearest_such_day_the_tense_breaking_near_ties(
        expression, published, tense, expected):
    assert span(expression, published, tense=tense) == (expected, expected)


@pytest.mark.parametrize("expression, sentence, expected", [
    # the month its sentence told before it, however far from publication
    ("el día 9", "El 8 de marzo Osk entregó las armas, y el día 9 firmó el acuerdo.", D(1990, 3, 9)),
    ("the 9th", "On March 8 Osk laid down arms, and on the 9th he signed.", D(1990, 3, 9)),
    # a date of another sentence tells no month: the nearest 9th
    ("el día 9", "Osk firmó el acuerdo el día 9.", D(1990, 5, 9)),
    # a day before the one told goes on to a later month: not the sentence's month, but as a
    # day alone is read (the past tense's nearest 3rd)
    ("el día 3", "El 8 de marzo Osk entregó las armas, y el día 3 firmó el acuerdo.", D(1990, 5, 3)),
])
def test_a_day_of_the_month_alone_takes_the_month_its_sentence_told_before_it(expression, sentence, expected):
    from kit.timeline.ctx import Reference

    march_8 = [Reference("8 de marzo" if "marzo" in sentence else "March 8", D(1990, 3, 8), D(1990, 3, 8), "day")]
    assert span(expression, D(1990, 6, 2), tense="past", sentence=sentence, references=march_8) == (expected, expected)


@pytest.mark.parametrize("expression, tense, sentence, expected", [
    # a month or a day after a date with its year in the same sentence, in the past: that year,
    # however far from publication
    ("August", "past", "Tarn has had two assemblies since one was elected in June 2014 and the Velmar "
                       "militia took Osk in August.", D(2014, 8, 1)),
    ("Aug. 23", "past", "The assembly was elected in June 2014 and the militia took Osk on Aug. 23.",
     D(2014, 8, 23)),
    ("June 30", "past", "The assembly was elected in June 2014 and sat on June 30.", D(2014, 6, 30)),
    # a month before the one told: a later year, read as the nearest
    ("May", "past", "The assembly was elected in June 2014 and the militia took Osk in May.", D(2015, 5, 1)),
    # a plan after a past date: not that year
    ("August", "future", "The assembly was elected in June 2014 and will sit again in August.", D(2016, 8, 1)),
    # another item of a list, another episode after a comma: the year left out is publication's
    ("August", "past", "The front flared in the war of June 2014, and on the border in August.",
     D(2015, 8, 1)),
    ("agosto", "past", "El primero se firmó en junio de 2014; el segundo, en agosto.", D(2015, 8, 1)),
    # time told passing between them (a span of years, a year later, since): another year
    ("August", "past", "The truce agreed in June 2014 held for years until the militia broke it in August.",
     D(2015, 8, 1)),
    ("agosto", "past", "La tregua firmada en junio de 2014 duró años hasta que la milicia la rompió en agosto.",
     D(2015, 8, 1)),
    ("August", "past", "The truce was agreed in June 2014 and a year later the militia broke it in August.",
     D(2015, 8, 1)),
    ("August", "past", "The parties met in June 2014 and had not met since until the envoy called them in August.",
     D(2015, 8, 1)),
    ("agosto", "past", "Las partes se reunieron en junio de 2014 y desde entonces no se vieron hasta agosto.",
     D(2015, 8, 1)),
])
def test_a_date_without_a_year_takes_the_year_its_sentence_told_before_it(expression, tense, sentence,
                                                                          expected):
    from kit.timeline.ctx import Reference

    told = "junio de 2014" if "junio" in sentence else "June 2014"
    june = [Reference(told, D(2014, 6, 1), D(2014, 6, 30), "month")]
    assert span(expression, D(2015, 12, 9), tense=tense, sentence=sentence, references=june)[0] == expected


@pytest.mark.parametrize("expression, published, sentence, expected", [
    # a past act setting what runs from a date: the coming January, not the one before
    ("1 de enero", D(1996, 12, 19), "La Asamblea nombró el martes a Osk Lander secretario general a partir del "
                                    "1 de enero.", D(1997, 1, 1)),
    # a past act setting a limit: the mandate now runs until the coming 15 January
    ("January 15", D(2006, 12, 20), "The council extended the mandate of Mara Ventel until January 15.",
     D(2007, 1, 15)),
    # the past tense still breaks a near-tie: half had gone by last August, not by the coming one
    ("Aug. 15", D(1989, 2, 16), "Half of the Tarn troops had gone by Aug. 15, as the accord required.",
     D(1988, 8, 15)),
])
def test_a_forward_cue_against_a_past_tense_leaves_the_nearest_occurrence(expression, published, sentence,
                                                                          expected):
    assert span(expression, published, tense="past", sentence=sentence) == (expected, expected)
