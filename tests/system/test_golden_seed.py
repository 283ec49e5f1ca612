"""What a careful reader extracts from the seed article (real model, real loader)."""

from __future__ import annotations

import re

import pytest

from kit import entity_counts

pytestmark = pytest.mark.model

OFFICIALS = {
    "Antony Blinken", "Alejandro Mayorkas", "Elizabeth Sherwood-Randall", "Alicia Bárcena",
    "Andrés Manuel López Obrador",
}
BOILERPLATE = ["Boston", "Louvre", "Charlie Kirk", "Kristi Noem", "Jacksonville", "Michigan",
               "Chicago", "Paris", "Colts", "Morgan McLain", "internewscast", "Gerald R. Ford",
               "Santa Fe", "Twin Cities", "Turning Point"]


def test_the_five_officials_are_people_once_each_under_their_full_names(seed_ann):
    people = entity_counts(seed_ann, labels=["PERSON"])
    assert set(people["canonical"]) == OFFICIALS
    assert (entity_counts(seed_ann).set_index("canonical").loc[sorted(OFFICIALS), "label"] == "PERSON").all()


def test_lopez_obrador_short_form_counts_for_the_full_name(seed_ann):
    m = seed_ann.mentions
    short = m[m["text"] == "López Obrador"]
    assert len(short) == 1 and short["canonical"].iloc[0] == "Andrés Manuel López Obrador"
    counts = entity_counts(seed_ann).set_index("canonical")
    assert counts.loc["Andrés Manuel López Obrador", "mentions"] == 2


def test_united_states_is_one_entity_holding_every_variant(seed_ann, seed_corpus):
    text = seed_corpus.articles[0].text
    variants = re.findall(r"\bU\.S\b\.?|\bUS\b|(?:the )?United States", text)
    counts = entity_counts(seed_ann)
    us = counts[counts["canonical"].str.contains("United States|U\\.S", regex=True)]
    assert us["canonical"].tolist() == ["United States"]
    assert us["mentions"].iloc[0] == len(variants)


def test_no_title_becomes_an_organisation(seed_ann):
    m = seed_ann.mentions
    orgs = set(m.loc[m["label"] == "ORG", "text"])
    assert not orgs & {"State", "Homeland Security", "Secretary of State", "President"}
    assert "Biden administration" in orgs
    assert "Biden" not in set(m.loc[m["label"] == "PERSON", "text"])


def test_no_boilerplate_entity_reaches_any_table(seed_ann):
    names = " ".join(seed_ann.mentions["canonical"]) + " ".join(seed_ann.sentences["text"])
    assert [b for b in BOILERPLATE if b.lower() in names.lower()] == []


def test_every_count_traces_back_to_a_sentence_that_names_it(seed_ann):
    m = seed_ann.mentions.merge(seed_ann.sentences, on=["article_id", "sentence_id"], suffixes=("", "_s"))
    assert len(m) == len(seed_ann.mentions)
    inside = (m["start_char"] >= m["start_char_s"]) & (m["end_char"] <= m["end_char_s"])
    assert inside.all()
    texts = seed_ann.mentions.groupby("canonical")["text"].agg(set)
    for row in entity_counts(seed_ann).itertuples():
        assert any(t in row.example for t in texts[row.canonical]), row.canonical
