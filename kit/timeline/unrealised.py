"""Dated clauses whose act the sentence says did not happen, and dates that carry an act on.

:func:`unrealised` reads a dated clause (:func:`kit.timeline.reports.read_reports`):

- **negated**: a negation stands right before the clause's verb, with at most
  auxiliaries and clitics between (``negation_words``, ``negation_fillers``: "the leaders
  did not meet on Friday", "Jerusalem did not expect a breakthrough before the weekend",
  "no se reunieron el viernes"), or a negative determiner opens its subject
  (``negative_determiners``: "No agreement was reached on Tuesday"), not a word of an
  idiom after it (``negative_idioms``: "No doubt talks resumed on Friday"). Not when a word of
  ``negation_cancellers`` follows the negation before the comma (or semicolon, colon,
  dash) that closes the date's phrase ("..., officials said later" cancels nothing):
  "did not sign until Friday" dates the signing, "had not believed the news last week until they saw it" the news; nor when
  the date comes after an ``after_preps`` word that follows the verb: "should not have
  stopped after the offensive in May" dates the offensive; nor a verb of attending
  (``attendance_verbs``): "A did not attend the session on Tuesday" dates the session,
  which was held.
- **superseded plan**: a plan the sentence says gave way to what happened: a pluperfect
  plan (``superseded_plan_marks``: "the talks had been due to end on Sunday", "was to
  have signed on Friday"), or a plan told in the past with a contrast after it
  (``plan_marks``, ``plan_contrasts``: "were scheduled to close on Friday but ran on"), no
  conjunction before the contrast going on with the plan ("scheduled to open on Monday
  and did, but ..." happened).
  The plan must lead up to the date with the verb between and no comma: "the talks,
  which had been due to end on Sunday, were extended on Monday" dates the extension.

:func:`continuations` finds the dates that only carry on the act of an earlier date of
their clause (``continuation_cues``: "worked through Thursday night and into Friday
morning"): one act over two days is one event, dated by its first day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kit.lexicon.files import lexicon_cache
from kit.lexicon.regex import alternation
from kit.lexicon.wordlists import words_in_any
from kit.timeline.evidence import form_in

__all__ = ["NEGATED", "SUPERSEDED", "continuations", "unrealised"]

NEGATED = "negated"
SUPERSEDED = "superseded plan"


def unrealised(clause: str, verb: str | None, date_at: int, after: str = "", before: str = "",
               statement: bool = False, in_subject: bool = False, following: str = "",
               expression: str = "") -> str | None:
    """"negated" or "superseded plan" when ``clause`` says its act (``verb``, a lemma)
    did not happen, else None; ``date_at`` is where the date stands in ``clause``,
    ``before`` and ``after`` the rest of its sentence (a plan may stand before the clause
    the parse gives the infinitive: "The talks had been due | to end on Sunday").
    A ``statement`` (a reporting verb's clause) is not negated: "did not respond on Monday
    to questions" tells, as a reply, where a side stood that day.
    Nor is a date ``in_subject``, inside the verb's subject: "its remarks on the draft
    earlier this month did not revive it" dates the remarks, which were made.
    Nor is a date that names a noun (``expression``, the date's text, with what ``following``
    it in the sentence: :func:`_names_a_noun`): "do not recognize his re-election in the
    June 27 run-off" dates the run-off, which was held.

    >>> unrealised("the leaders did not meet on Friday", "meet", 27)
    'negated'
    >>> unrealised("No agreement was reached on Tuesday", "reach", 27)
    'negated'
    >>> unrealised("they did not sign until Friday", "sign", 24) is None
    True
    >>> unrealised("The talks had been due to end on Sunday", "end", 33)
    'superseded plan'
    >>> unrealised("the talks were scheduled to close on Friday", "close", 37, " but ran on")
    'superseded plan'
    >>> unrealised("the talks were scheduled to close on Friday", "close", 37) is None
    True
    >>> unrealised("to end on Sunday", "end", 10, "", "The talks had been due ")
    'superseded plan'
    """
    if not verb:
        return None
    dates_the_act = not (statement or in_subject or _names_a_noun(expression, following)
                         or verb in words_in_any("attendance_verbs"))
    if dates_the_act and _negated(clause, verb, date_at, after):
        return NEGATED
    if _superseded(before + clause, verb, len(before) + date_at, after):
        return SUPERSEDED
    return None


def _negated(clause: str, verb: str, date_at: int, after: str = "") -> bool:
    for found in (*_negation().finditer(clause), *_negative_subject().finditer(clause)):
        form = _form(verb, clause[found.end():])
        if form is not None and form.start() == 0:
            # a canceller after the negation, up to the comma that closes the date's phrase:
            # "had not believed the news last week until they saw", not "..., officials said later"
            whole = f"{clause} {after}"
            end = _PHRASE_END.search(whole, max(found.start(), date_at))
            if _word_of("negation_cancellers").search(whole, found.start(), end.start() if end is not None else len(whole)):
                return False
            # "should not have stopped after the offensive in May": the date dates what
            # the denied act would come after (``after_preps``), which happened
            return not _word_of("after_preps").search(clause[found.end() + form.end():max(0, date_at)])
    return False


def _names_a_noun(expression: str, following: str) -> bool:
    """Whether a date (its text, ``expression``, and the rest of its sentence) names a noun
    written right after it: a possessive ("Friday's vote"), or, after an article
    (``articles``), a word that is no stopword, part of a day nor a word that opens a new
    phrase after a date (``stopwords``, ``day_parts``, ``date_run_on``): "the June 27
    run-off", not "on the 15th despite pressure".

    >>> _names_a_noun("the June 27", " run-off, said"), _names_a_noun("Friday", "'s vote")
    (True, True)
    >>> _names_a_noun("the 27th", " in Osk"), _names_a_noun("Friday", " run-off")
    (False, False)
    >>> _names_a_noun("the 15th", " despite pressure")
    False
    """
    if re.match(r"['’]s\b", following):
        return True
    first = expression.split()[0].lower() if expression.split() else ""
    word = re.match(r" +([^\W\d_][\w-]*)", following)
    return first in words_in_any("articles") and word is not None \
        and word.group(1).lower() not in words_in_any("stopwords") | words_in_any("day_parts") \
        | words_in_any("date_run_on")


def _superseded(clause: str, verb: str, date_at: int, after: str) -> bool:
    for pattern, contrast in ((_word_of("superseded_plan_marks"), False), (_word_of("plan_marks"), True)):
        for found in pattern.finditer(clause[:max(0, date_at)]):
            between = clause[found.end():date_at]
            if re.search(r"[,;:]", between) or _form(verb, between) is None:
                continue
            if not contrast or _gave_way(clause[date_at:] + " " + after):
                return True
    return False


def _gave_way(rest: str) -> bool:
    """Whether the words after a plan's date say it gave way: a word of ``plan_contrasts``
    ("but", "instead") opening the next phrase, with no conjunction before it that goes on
    with the plan ("scheduled to open on Monday, but ran on"; not "... on Monday and did,
    but the rebels walked out on Tuesday")."""
    found = _word_of("plan_contrasts").search(rest)
    return found is not None and not re.search(rf"(?<!\w)(?:{_words('conjunctions')})(?!\w)", rest[:found.start()], re.I)


def _form(verb: str, text: str) -> re.Match[str] | None:
    """The first form of ``verb`` in ``text`` (:func:`kit.timeline.evidence.form_in`); a
    short regular verb ("end", "sign") by itself or with a regular ending."""
    found = form_in(verb, text)
    if found is None and verb.isalpha():
        found = re.search(rf"(?<![\w-]){re.escape(verb)}(?:s|es|d|ed|ing)?(?![\w-])", text, re.I)
    return found


def continuations(rows: Iterable[dict[str, Any]]) -> set[int]:
    """The positions (in ``rows``, resolved dates in article order) of the dates that carry
    on the act of an earlier resolved date of their clause and verb (:mod:`module doc
    <kit.timeline.unrealised>`)."""
    cues = words_in_any("continuation_cues")
    found: set[int] = set()
    earlier: dict[tuple[Any, ...], bool] = {}
    for i, row in enumerate(rows):
        key = (row.get("article_id"), row.get("sentence_id"), row.get("clause_start"),
               row.get("clause_end"), row.get("verb"))
        if row.get("clause_start") is None or row.get("clause_start") != row.get("clause_start"):
            continue  # no clause read: nothing to carry on
        cue = row.get("cue")
        if isinstance(cue, str) and cue.lower() in cues and earlier.get(key):
            found.add(i)
        if row.get("resolved"):
            earlier[key] = True
    return found


def _words(name: str) -> str:
    return f"(?:{alternation(words_in_any(name), ignore_case=True)})"


@lexicon_cache
def _negation() -> re.Pattern[str]:
    negation = _words("negation_words")
    return re.compile(rf"(?:(?<![\w'’])|(?=n[’']t)){negation}(?!\w)\s+(?:(?:{_words('negation_fillers')})\s+){{0,3}}",
                      re.I)


@lexicon_cache
def _negative_subject() -> re.Pattern[str]:
    # "No agreement was reached": not an idiom that opens with "No" ("No doubt talks resumed":
    # ``negative_idioms``), which denies nothing of the clause
    return re.compile(rf"(?:^|[,;]\s*)(?:{_words('negative_determiners')})\s+(?!(?:{_words('negative_idioms')})(?!\w))"
                      rf"(?:[^\W\d_][\w-]*\s+){{1,2}}"
                      rf"(?:(?:{_words('negation_fillers')})\s+){{0,3}}", re.I)


@lexicon_cache
def _word_of(name: str) -> re.Pattern[str]:
    """A word or phrase of the word list ``name``, whole, in any case."""
    return re.compile(rf"(?<!\w)(?:{_words(name)})(?!\w)", re.I)


_PHRASE_END = re.compile(r"[,;:]|\s[-–—]\s")
