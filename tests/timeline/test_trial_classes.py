"""Deadlines, "this same week", and the article's own week (kit.timeline.relative,
kit.timeline.evidence). Invented stories; no model."""

from __future__ import annotations

import datetime as dt

import pytest

from kit.timeline.context import Mention, resolve_article

D = dt.date


@pytest.mark.parametrize("given, sentence, expression", [
    ("3 de marzo", "Las conversaciones podrían comenzar esta misma semana.", "misma semana"),
    ("3 de marzo", "Las conversaciones podrían comenzar esta misma semana.", "esta misma semana"),
    ("March 3", "Talks could open this same week.", "this same week"),
    ("March 3", "Talks could open this same week.", "same week"),
])
def test_this_same_week_is_the_article_s_week_not_the_week_of_the_last_date(given, sentence, expression):
    rs = resolve_article([Mention(given, 0, "past"), Mention(expression, 1, "future", sentence=sentence)],
                         D(2024, 3, 13))
    assert (rs[1].start, rs[1].end) == (D(2024, 3, 11), D(2024, 3, 17)), rs[1].explanation


@pytest.mark.parametrize("given, expression", [
    ("3 de marzo", "esta semana"), ("March 3", "this week"), ("March 3", "later this week"),
])
def test_this_week_after_a_date_is_still_the_article_s_week(given, expression):
    rs = resolve_article([Mention(given, 0, "past"), Mention(expression, 1, "future")], D(2024, 3, 13))
    assert (rs[1].start, rs[1].end) == (D(2024, 3, 11), D(2024, 3, 17))


@pytest.mark.parametrize("given, sentence, expression, tense", [
    ("3 de marzo", "Se vieron esa misma semana.", "misma semana", "past"),
    ("March 3", "They met the same week.", "the same week", "past"),
])
def test_that_same_week_still_counts_from_the_last_date(given, sentence, expression, tense):
    rs = resolve_article([Mention(given, 0, "past"), Mention(expression, 1, tense, sentence=sentence)],
                         D(2024, 3, 13))
    assert (rs[1].start, rs[1].end) == (D(2024, 2, 26), D(2024, 3, 3))


def test_a_chain_of_days_still_counts_from_the_last_date():
    rs = resolve_article([Mention("March 3", 0, "past"), Mention("two days later", 1, "past")], D(2024, 3, 13))
    assert rs[1].start == D(2024, 3, 5)
