"""kit.timeline.context.resolve_article: chains, numeric conventions and quotations in one article."""

from __future__ import annotations

import datetime as dt

import pytest

from kit.timeline.context import Mention, day_first, resolve_article
from kit.timeline.resolve import Reference, resolve

D = dt.date
SUN = D(2022, 10, 30)
TUE = D(2022, 11, 1)


def starts(mentions: list[Mention], published: dt.date) -> list[dt.date | None]:
    return [r.start for r in resolve_article(mentions, published)]


# ---- chains --------------------------------------------------------------------------------


def test_a_chain_counts_from_the_date_the_sentence_gave():
    # "A dozen ships left on Monday even though Russia had suspended ... two days earlier"
    rs = resolve_article([Mention("Monday", 0, "past"), Mention("two days earlier", 0, "past")], TUE)
    assert [r.start for r in rs] == [D(2022, 10, 31), D(2022, 10, 29)]
    assert "counted from 'Monday'" in rs[1].explanation


def test_a_chain_reaches_back_over_sentences_to_the_last_day():
    # "Late on Monday, a bomb ... The Taliban claimed it. Residents ... the next morning"
    mentions = [Mention("Sunday", 0, "past"), Mention("Monday", 3, "past"),
                Mention("last week", 4, "past"), Mention("the next morning", 6)]
    assert starts(mentions, D(2019, 9, 3))[-1] == D(2019, 9, 3)  # Monday + 1, not the week


def test_a_count_of_days_skips_a_coarser_date():
    mentions = [Mention("Thursday", 0, "past"), Mention("last week", 0, "past"),
                Mention("the same day", 2, "past")]
    assert starts(mentions, D(2015, 4, 10))[-1] == D(2015, 4, 9)


def test_the_following_month_counts_from_a_month():
    mentions = [Mention("October 2012", 0, "past"), Mention("the following month", 0, "past")]
    assert starts(mentions, D(2015, 9, 24))[-1] == D(2012, 11, 1)


def test_a_month_named_before_or_after_counts_from_the_month_given_before_it():
    # "In May 2003 the army moved in after a truce signed the previous December broke down"
    mentions = [Mention("May 2003", 0, "past"), Mention("the previous December", 0, "past")]
    (_, truce) = resolve_article(mentions, D(2005, 1, 29))
    assert (truce.start, truce.end, truce.granularity) == (D(2002, 12, 1), D(2002, 12, 31), "month")
    assert "counted from 'May 2003'" in truce.explanation
    ref = [Reference("May 2003", D(2003, 5, 1), D(2003, 5, 31), "month")]
    cases = {"the preceding May": D(2002, 5, 1), "the following March": D(2004, 3, 1),
             "the following May": D(2004, 5, 1), "the previous January": D(2003, 1, 1)}
    for expression, expected in cases.items():
        assert resolve(expression, D(2005, 1, 29), references=ref).start == expected
    # no month given before it: the month before or after publication's
    assert starts([Mention("the previous December", 0, "past")], D(2005, 1, 29)) == [D(2004, 12, 1)]
    assert starts([Mention("the following March", 0)], D(2005, 1, 29)) == [D(2005, 3, 1)]


def test_with_no_date_before_it_a_chain_counts_from_publication_and_says_so():
    r = resolve_article([Mention("a day after", 0)], SUN)[0]
    assert r.start == D(2022, 10, 31) and "counted from publication" in r.explanation


def test_resolve_alone_does_not_guess_a_chain():
    r = resolve("four days later", SUN)
    assert not r.resolved and "resolve_article" in r.explanation


def test_chain_forms():
    ref = [Reference("Aug. 1", D(2022, 8, 1), D(2022, 8, 1), "day")]
    cases = {"four days later": D(2022, 8, 5), "a day earlier": D(2022, 7, 31),
             "the next day": D(2022, 8, 2), "the day before": D(2022, 7, 31),
             "the same evening": D(2022, 8, 1), "that day": D(2022, 8, 1),
             "at the same time": D(2022, 8, 1), "the previous day": D(2022, 7, 31),
             "later that day": D(2022, 8, 1), "earlier that evening": D(2022, 8, 1),
             "on the same day": D(2022, 8, 1), "That night": D(2022, 8, 1)}
    for expression, expected in cases.items():
        r = resolve(expression, D(2022, 8, 18), references=ref)
        assert r.start == expected, r.explanation
    week = resolve("a week later", D(2022, 8, 18), references=ref)  # from a day: the day
    assert (week.start, week.end, week.granularity) == (D(2022, 8, 8), D(2022, 8, 8), "day")
    weeks = resolve("two weeks earlier", D(2022, 8, 18), references=ref)
    assert (weeks.start, weeks.granularity) == (D(2022, 7, 18), "day")
    week = resolve("a week later", D(2022, 8, 18), references=[])  # from publication: the week
    assert (week.start, week.end, week.granularity) == (D(2022, 8, 22), D(2022, 8, 28), "week")
    month = resolve("the following month", D(2022, 8, 18), references=ref)
    assert (month.start, month.granularity) == (D(2022, 9, 1), "month")


def test_a_count_set_off_after_a_day_dates_what_follows_it():
    # "The truce took effect on Monday, eleven days after Arvelo and Karsten signed it."
    text = "The truce took effect on Monday, eleven days after Arvelo and Karsten signed it."
    rs = resolve_article([Mention("Monday", 0, "past", sentence=text),
                          Mention("eleven days", 0, "past", sentence=text)], TUE)
    assert [r.start for r in rs] == [D(2022, 10, 31), D(2022, 10, 20)]
    assert rs[1].granularity == "day"
    text = "Crowds marched on Monday, seven weeks before the vote."  # a round count: the week
    rs = resolve_article([Mention("Monday", 0, "past", sentence=text),
                          Mention("seven weeks", 0, "past", sentence=text)], TUE)
    assert (rs[1].start, rs[1].end, rs[1].granularity) == (D(2022, 12, 19), D(2022, 12, 25), "week")


def test_a_week_or_two_set_off_after_a_day_is_counted_to_the_day():
    # "on Monday, two weeks after a rally": the Monday fourteen days before
    for count, days in (("two weeks", 14), ("a week", 7)):
        text = f"Crowds marched on Monday, {count} after a rally in Osk."
        rs = resolve_article([Mention("Monday", 0, "past", sentence=text),
                              Mention(count, 0, "past", sentence=text)], TUE)
        expected = D(2022, 10, 31) - dt.timedelta(days=days)
        assert (rs[1].start, rs[1].end, rs[1].granularity) == (expected, expected, "day")


def test_an_expression_a_sentence_holds_twice_is_read_where_it_stands():
    # the first "two days" is how long a recess ran; the second, set off after Monday,
    # counts back from it: each is read at its own place, not at the first
    text = "The envoys rested two days after the recess, and on Monday, two days after Arvelo signed, they left."
    second = text.rindex("two days")
    rs = resolve_article([Mention("two days", 0, "past", sentence=text, offset=text.index("two days")),
                          Mention("Monday", 0, "past", sentence=text, offset=text.index("Monday")),
                          Mention("two days", 0, "past", sentence=text, offset=second)], TUE)
    assert not rs[0].resolved
    assert (rs[2].start, rs[2].granularity) == (D(2022, 10, 29), "day")


def test_a_date_after_a_count_in_another_part_of_the_sentence_leaves_it_counted():
    # the date after the comma is the truce's end, not the signing's day
    text = "The truce took effect on Monday, eleven days after Arvelo signed it, and runs until Dec. 1."
    rs = resolve_article([Mention("Monday", 0, "past", sentence=text),
                          Mention("eleven days", 0, "past", sentence=text),
                          Mention("Dec. 1", 0, "future", sentence=text)], TUE)
    assert rs[1].start == D(2022, 10, 20)


def test_a_count_cut_from_the_date_it_counts_from_is_read_with_it():
    # the parse makes "two days" and "New Year's Day" of "two days after New Year's Day"
    text = "Arvelo called Karsten, and two days after New Year's Day, Marsh flew to Osk."
    rs = resolve_article([Mention("two days", 0, "past", sentence=text),
                          Mention("New Year's Day", 0, "past", "after", sentence=text)], D(2023, 1, 20))
    assert [r.start for r in rs] == [D(2023, 1, 3), D(2023, 1, 1)]


def test_a_count_not_set_off_or_without_a_day_in_its_sentence_stays_a_duration():
    first = Mention("Monday", 0, "past", sentence="Arvelo voted on Monday.")
    for text in ("The talks lasted two weeks after the vote.",  # no comma: how long
                 "Since then, two weeks after the vote, little has moved."):  # no day before it
        rs = resolve_article([first, Mention("two weeks", 1, "past", sentence=text)], TUE)
        assert not rs[1].resolved
    text = "The talks closed on Monday, two days after they opened on Oct. 29."  # its own date
    rs = resolve_article([Mention("Monday", 0, "past", sentence=text),
                          Mention("two days", 0, "past", sentence=text),
                          Mention("Oct. 29", 0, "past", sentence=text)], TUE)
    assert not rs[1].resolved
    text = "Arvelo voted on Monday; the talks lasted two weeks after the vote."
    rs = resolve_article([Mention("Monday", 0, "past", sentence=text),
                          Mention("two weeks", 0, "past", sentence=text)], TUE)
    assert not rs[1].resolved


def test_a_chain_passes_over_the_date_of_what_another_act_came_after():
    # "Delegates voted on Friday. The vote came after the census on Sept. 2, which ...
    #  Two days earlier, Marsh resigned.": two days before the vote, not the census
    census = "The vote came after the census on Sept. 2, which split the towns."
    mentions = [Mention("Friday", 0, "past", sentence="Delegates voted on Friday."),
                Mention("Sept. 2", 1, "past", sentence=census, noun_dated=True, after=True),
                Mention("Two days earlier", 2, "past", sentence="Two days earlier, Marsh resigned.")]
    rs = resolve_article(mentions, D(2022, 10, 22))
    assert [r.start for r in rs] == [D(2022, 10, 21), D(2022, 9, 2), D(2022, 10, 19)]
    # the act's own date (the parse puts no "after" above it) is a step of the article's line
    rs = resolve_article([mentions[0], mentions[1]._replace(after=False), mentions[2]], D(2022, 10, 22))
    assert rs[2].start == D(2022, 8, 31)


def test_the_same_day_passes_over_a_day_counted_apart_from_the_sentence_s_own():
    # "Roe said on Monday that Freedonia agreed on a draft, a day after Osk signed a deal.
    #  The draft was to be circulated the same day, she said.": Monday, not the signing's day
    said = "Foreign Minister Jana Roe said on Monday that Freedonia agreed on a draft, a day after Osk signed a deal."
    rs = resolve_article([Mention("Monday", 0, "past", sentence=said), Mention("a day", 0, "past", sentence=said),
                          Mention("the same day", 1, "future", sentence="The draft was to be circulated the same day.")],
                         TUE)
    assert [r.start for r in rs] == [D(2022, 10, 31), D(2022, 10, 30), D(2022, 10, 31)]
    assert "counted from 'Monday'" in rs[2].explanation
    # in Spanish the count is "un día después de que ...": it counts from what follows, no day of
    # its own, and "ese mismo día" counts from the Monday alike
    dicho = "La canciller Jana Roe anunció el lunes un borrador, un día después de que Osk firmara un pacto."
    rs = resolve_article([Mention("el lunes", 0, "past", sentence=dicho),
                          Mention("un día después", 0, "past", sentence=dicho),
                          Mention("ese mismo día", 1, "future", sentence="Sería distribuido ese mismo día.")], TUE)
    assert rs[2].start == D(2022, 10, 31)


def test_a_chain_in_the_past_passes_over_a_deadline_after_publication():
    # "... signed an agreement on Saturday ... prisoners are to be released by March 10.
    #  At the same time in Kabul, Ghani issued a joint declaration."
    mentions = [Mention("Saturday", 0, "past"), Mention("March 10", 5, "future"),
                Mention("At the same time", 6, "past")]
    rs = resolve_article(mentions, D(2020, 2, 29))
    assert [r.start for r in rs] == [D(2020, 2, 29), D(2020, 3, 10), D(2020, 2, 29)]
    assert "counted from 'Saturday'" in rs[-1].explanation
    # in the future tense the deadline is what it counts from
    ahead = resolve_article([*mentions[:2], Mention("the same day", 6, "future")], D(2020, 2, 29))
    assert ahead[-1].start == D(2020, 3, 10)


def test_a_quoted_date_is_no_reference():
    mentions = [Mention("Friday", 0, "past"), Mention("today", 1, quoted=True),
                Mention("a day later", 1, "past")]
    rs = resolve_article(mentions, D(2024, 1, 20))
    assert rs[2].start == D(2024, 1, 20)  # Friday the 19th + 1, not "today" + 1


# ---- numeric dates ------------------------------------------------------------------------------


def test_one_numeric_date_above_12_makes_the_article_day_first():
    assert day_first(["25/06/2024", "06/10/2024"]) is True
    assert day_first(["06/25/2024", "06/10/2024"]) is False
    assert day_first(["06/10/2024"]) is None
    mentions = [Mention("this Monday (06/10/2024)", 0), Mention("25/06/2024", 3)]
    rs = resolve_article(mentions, D(2024, 10, 1))
    assert rs[0].start == D(2024, 10, 6) and "day first" in rs[0].explanation


# ---- quotations ---------------------------------------------------------------------------------


def test_today_in_a_quotation_is_read_against_publication_and_marked():
    r = resolve_article([Mention("Today", 0, "present", quoted=True)], SUN)[0]
    assert r.start == SUN
    assert "inside a quotation" in r.explanation and "may be older" in r.explanation


def test_tomorrow_in_a_quotation_takes_the_date_the_sentence_gives():
    # '"We will meet tomorrow," he said on Friday.' in a Sunday paper
    mentions = [Mention("tomorrow", 0, "future", quoted=True), Mention("Friday", 0, "past")]
    rs = resolve_article(mentions, SUN)
    assert rs[0].start == D(2022, 10, 29)
    assert "inside a quotation dated by 'Friday'" in rs[0].explanation


def test_tonight_in_a_quotation_takes_the_day_of_the_dateline():
    # "VELMORA, Oct. 29 (Wire) — ... 'The guns are silent tonight,' said an official." in a
    # Monday paper: said on the dateline's day, not on publication
    mentions = [Mention("Oct. 29", 0, "past", dateline=True), Mention("Saturday", 0, "past"),
                Mention("tonight", 3, "present", quoted=True)]
    rs = resolve_article(mentions, D(2022, 10, 31))
    assert rs[2].start == D(2022, 10, 29)
    assert "inside a quotation dated by 'Oct. 29'" in rs[2].explanation


def test_the_day_the_sentence_gives_wins_over_the_dateline_and_no_dateline_is_publication():
    dateline = Mention("Oct. 28", 0, "past", dateline=True)
    said = [Mention("today", 3, "present", quoted=True), Mention("Sunday", 3, "past")]
    assert starts([dateline, *said], D(2022, 10, 31))[1] == D(2022, 10, 30)
    assert starts([Mention("Oct. 28", 0, "past"), said[0]], D(2022, 10, 31))[1] == D(2022, 10, 31)


def test_a_quotation_said_at_a_time_the_sentence_gives_not_to_the_day_is_no_dateline_day():
    # "VELMORA, Oct. 29 (Wire) — ... 'We will sign tomorrow,' Arvo Lind said last week." in a
    # Monday paper: said last week, not on the dateline's day
    mentions = [Mention("Oct. 29", 0, "past", dateline=True), Mention("tomorrow", 3, "future", quoted=True),
                Mention("last week", 3, "past")]
    assert starts(mentions, D(2022, 10, 31))[1] == D(2022, 11, 1)  # as with no dateline: publication


def test_other_quoted_dates_are_resolved_as_usual_and_marked():
    r = resolve_article([Mention("On Sunday", 0, "future", quoted=True)], D(2016, 9, 27))[0]
    assert r.start == D(2016, 10, 2) and r.explanation.endswith("inside a quotation)")


def test_a_bare_day_the_parse_cut_from_before_is_the_chain_it_ends():
    # "Velmar said on Friday that the talks the day before had gone well": the talks' day
    ref = [Reference("Friday", D(2022, 10, 28), D(2022, 10, 28), "day")]
    said = "Velmar said on Friday that the talks the day before had gone well."
    r = resolve("the day", SUN, tense="past", sentence=said, references=ref)
    assert r.start == D(2022, 10, 27) and "'before'" in r.explanation
    for sentence in ("on Friday the talks the day before, he said", "on Friday, the talks the day after."):
        assert resolve("the day", SUN, tense="past", sentence=sentence, references=ref).resolved
    for sentence in ("On Friday they recalled the day before the vote in Tarsk.",
                     "On Friday they recalled the day after he arrived in Tarsk."):
        assert not resolve("the day", SUN, tense="past", sentence=sentence,
                           references=ref).resolved
    alone = "If they strike the morning after, what is it worth?"  # no day in its sentence
    assert not resolve("the morning", SUN, sentence=alone, references=ref).resolved


def test_that_year_is_the_year_the_text_named_last():
    published = dt.date(2005, 4, 25)
    rows = [Mention("ayer", 0, tense="past", sentence="Se alzaron ayer."),
            Mention("ese año", 1, tense="past", sentence="Volvió al orden de 1993, roto ese año."),
            Mention("el 4 de marzo de 1998", 2, tense="past", sentence="Firmó el 4 de marzo de 1998."),
            Mention("ayer", 3, tense="past", sentence="Lo dijo ayer."),
            Mention("September that year", 4, tense="past", sentence="Cayó en septiembre de ese año.")]
    assert starts(rows, published) == [
        dt.date(2005, 4, 24), dt.date(1993, 1, 1), dt.date(1998, 3, 4), dt.date(2005, 4, 24), dt.date(1998, 9, 1)]


def test_that_year_with_no_year_named_before_counts_from_the_last_date_or_stays_unresolved():
    published = dt.date(2005, 4, 25)
    rows = [Mention("ayer", 0, tense="past", sentence="Se alzaron ayer."),
            Mention("ese año", 1, tense="past", sentence="Cayó ese año."),
            Mention("September that year", 2, tense="past", sentence="Cayó en septiembre de ese año.")]
    assert starts(rows, published) == [dt.date(2005, 4, 24), dt.date(2005, 1, 1), None]


@pytest.mark.parametrize(("expression", "sentence"), [("ese año", "Llegaron unos 1800 soldados, y ese año se fueron."),
                                                      ("that year", "Some 1900 troops crossed, and that year they left.")])
def test_a_count_written_as_a_year_is_no_year_that_year_names(expression, sentence):
    # a figure before a lower-case word, with no preposition before it, counts that word
    published = dt.date(2005, 4, 25)
    rows = [Mention("el 4 de marzo de 1998", 0, tense="past", sentence="Firmó el 4 de marzo de 1998."),
            Mention(expression, 1, tense="past", sentence=sentence)]
    assert starts(rows, published) == [dt.date(1998, 3, 4), dt.date(1998, 1, 1)]
