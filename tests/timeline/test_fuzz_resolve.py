"""Property-based fuzz test of :func:`kit.timeline.resolve.resolve` (issue 15, Tests).

Random expressions (news-style date words from kit's own word lists, numbers,
numeric dates, punctuation, and arbitrary text) against random publication
dates, tenses, cues and reference dates: ``resolve`` never raises, and a
resolved interval never starts after it ends. Examples are bounded and
derandomized, so the same cases run on every machine, in a few seconds.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.lexicon.wordlists import seasons, words
from kit.timeline.resolve import GRANULARITIES, TENSES, Reference, resolve

FUZZ = settings(max_examples=400, deadline=None, derandomize=True, database=None)

# what news dates are made of; cue, hedge and modifier words are kit's own lists (kit/lexicon/data)
LISTS = ("date_hedges", "date_run_on", "forward_cues", "backward_cues", "date_modifiers",
         "cue_words", "boundary_cues")
TOKENS = sorted({
    *(w for name in LISTS for w in words(name)),
    *seasons(),
    *calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:], *calendar.month_abbr[1:],
    *(f"{m}." for m in calendar.month_abbr[1:]),
    "today", "tomorrow", "yesterday", "tonight", "morning", "evening", "night", "day", "days",
    "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "century", "ago",
    "the", "a", "an", "of", "in", "on", "same", "following", "previous", "first", "end",
    "beginning", "start", "middle", "mid-", "early", "late", "two", "three", "ten", "few",
    "several", "one", "'s", "’s", ",", "(", ")", "-", "–", "/", "and", "or", "every", "old",
    "recent", "fiscal", "quarter", "Q3", "1990s", "'90s", "AD", "BC", "0", "1", "12", "13",
    "29", "31", "32", "99", "2024", "1900", "9999", "10000", "06/10/2024", "31.12.99",
    "2024-02-30", "13/13/13", "1/1/1",
})
# numbers as the rules read them (days, months, years of news), and where dates break:
# 0, the ends of months, two-digit years, years past 9999
days = st.one_of(st.integers(1, 31), st.sampled_from([0, 29, 30, 31, 32, 99]))
months = st.one_of(st.integers(1, 12), st.sampled_from([0, 13, 31]))
years = st.one_of(st.integers(1800, 2199), st.integers(0, 99),
                  st.sampled_from([0, 1, 1799, 2200, 9998, 9999, 10000]))
numbers = st.one_of(st.integers(0, 12), days, years, st.integers(0, 20_000)).map(str)
# the shapes of the rules in kit.timeline.rules, filled with any of the words and numbers above
FORMS = (
    "{year}-{year2}", "{year} to {year2}", "from {year} to {year2}", "between {year} and {year2}",
    "the {year}s", "{month} {day}-{day2}, {year}", "{month} {day} to {month2} {day2}, {year}",
    "{month} {day}, {year}", "{weekday}, {month} {day}", "{month} {day}", "{day} {month} {year}",
    "{month} {year}", "{year:04d}-{mm:02d}-{dd:02d}", "{mm}/{dd}/{year}", "{dd}.{mm}.{year}",
    "{weekday} ({mm}/{dd}/{year})", "{season} {year}", "{part} {month} {year}", "{part} {year}",
    "{mod} {unit}", "{mod} {weekday}", "{mod} {season}", "{mod} {month}", "{part} {month}",
    "{part} {mod} {unit}", "the {mod} {n} {unit}", "{n} {unit} {way}", "a {unit} {way}",
    "{rel}", "{rel}, {weekday}", "{hedge} {mod} {unit}", "{month} {day} {run_on} the talks",
)
MONTHS = {*calendar.month_name[1:], *(f"{m}." for m in calendar.month_abbr[1:]), "Sept."}
UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years", "decade")
RELATIVE = ("today", "tomorrow", "yesterday", "tonight", "last night", "the following day",
            "the same day", "the next morning", "the day before", "that week",
            "the following month", "the previous year", "the weekend", "this weekend")
WAYS = ("ago", "earlier", "later", "before", "after", "from now", "on", "before that")
PARTS = ("early", "mid-", "mid", "late", "the end of", "the beginning of", "the start of",
         "the middle of", "earlier this", "later this", "earlier in the", "late last")


@st.composite
def written_dates(draw: st.DrawFn) -> str:
    """An expression of one of the :data:`FORMS`, with random fillings."""
    pick = lambda values: draw(st.sampled_from(sorted(values)))  # noqa: E731
    return draw(st.sampled_from(FORMS)).format(
        day=draw(days), day2=draw(days), dd=draw(days), mm=draw(months), year=draw(years),
        year2=draw(years), n=draw(numbers), month=pick(MONTHS), month2=pick(MONTHS),
        weekday=pick(calendar.day_name), unit=pick(UNITS), season=pick(seasons()),
        mod=pick(words("date_modifiers") | {"the next", "the past", "the following"}),
        part=pick(PARTS), rel=pick(RELATIVE), way=pick(WAYS), hedge=pick(words("date_hedges")),
        run_on=pick(words("date_run_on")))


separators = st.sampled_from([" ", "", "-", "/", ".", ", ", " to ", " and ", "–"])


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """Tokens and numbers joined by separators, in any order."""
    parts = draw(st.lists(st.one_of(st.sampled_from(TOKENS), numbers), min_size=1, max_size=7))
    out = parts[0]
    for part in parts[1:]:
        out += draw(separators) + part
    return out


expressions = st.one_of(written_dates(), phrases(), st.text(max_size=40))
dates = st.dates(min_value=dt.date.min, max_value=dt.date.max)
news_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
edges = st.integers(0, 400).flatmap(lambda n: st.sampled_from([
    dt.date.min + dt.timedelta(days=n), dt.date.max - dt.timedelta(days=n)]))
anchors = st.one_of(st.none(), news_dates, dates, edges)


@st.composite
def references(draw: st.DrawFn) -> list[Reference] | None:
    spans = draw(st.lists(st.tuples(st.one_of(news_dates, dates, edges), st.integers(0, 400),
                                    st.sampled_from(GRANULARITIES)), max_size=3))
    found = []
    for start, days, granularity in spans:
        end = start + dt.timedelta(days=min(days, (dt.date.max - start).days))
        found.append(Reference(draw(expressions), start, end, granularity))
    return draw(st.sampled_from([None, found]))


@FUZZ
@given(expression=expressions, published=anchors, tense=st.sampled_from([None, *TENSES]),
       sentence=st.one_of(st.just(""), expressions), cue=st.one_of(st.none(), expressions),
       refs=references(), day_first=st.sampled_from([None, True, False]), quoted=st.booleans())
def test_resolve_never_raises_and_never_inverts_an_interval(expression, published, tense,
                                                            sentence, cue, refs, day_first,
                                                            quoted):
    sentence = f"{sentence} {expression} {sentence}" if sentence else ""
    r = resolve(expression, published, tense=tense, sentence=sentence, cue=cue,
                references=refs, day_first=day_first, quoted=quoted)
    assert r.explanation
    if r.resolved:
        assert r.start is not None and r.end is not None
        assert r.start <= r.end, r.explanation
        assert r.granularity in GRANULARITIES
    else:
        assert r.start is None and r.end is None
