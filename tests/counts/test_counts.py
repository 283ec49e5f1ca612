import pandas as pd
import pytest

from kit.counts.entities import article_entity_matrix, entity_counts, label_counts
from kit.schema import Annotations


def hand_ann():
    sentences = pd.DataFrame({
        "article_id": ["a", "a", "b"], "sentence_id": [0, 1, 0],
        "start_char": [0, 30, 0], "end_char": [29, 60, 40],
        "text": ["Blinken met  Bárcena in Mexico.", "Mexico agreed.", "The U.S. and Mexico talked Friday."],
    })
    rows = [
        ("a", 0, 0, "Blinken", "PERSON", "Antony Blinken"),
        ("a", 0, 13, "Bárcena", "PERSON", "Alicia Bárcena"),
        ("a", 0, 24, "Mexico", "GPE", "Mexico"),
        ("a", 1, 30, "Mexico", "ORG", "Mexico"),
        ("b", 0, 4, "U.S.", "GPE", "United States"),
        ("b", 0, 13, "Mexico", "GPE", "Mexico"),
        ("b", 0, 27, "Friday", "DATE", "Friday"),
    ]
    mentions = pd.DataFrame(rows, columns=["article_id", "sentence_id", "start_char", "text", "label", "canonical"])
    mentions["end_char"] = mentions["start_char"] + mentions["text"].str.len()
    articles = pd.DataFrame({"article_id": ["a", "b"]})
    return Annotations(articles=articles, sentences=sentences, mentions=mentions)


def test_counts_mentions_articles_majority_label_and_first_example():
    counts = entity_counts(hand_ann()).set_index("canonical")
    mexico = counts.loc["Mexico"]
    assert (mexico["label"], mexico["mentions"], mexico["articles"]) == ("GPE", 3, 2)
    assert mexico["example"] == "Blinken met Bárcena in Mexico."
    assert (mexico["example_article"], mexico["example_sentence"]) == ("a", 0)


def test_dates_and_numbers_are_not_counted_by_default_but_can_be():
    assert "Friday" not in set(entity_counts(hand_ann())["canonical"])
    assert entity_counts(hand_ann(), labels=["DATE"])["canonical"].tolist() == ["Friday"]


def test_sorted_by_mentions_then_name():
    assert entity_counts(hand_ann())["canonical"].tolist() == [
        "Mexico", "Alicia Bárcena", "Antony Blinken", "United States"]


def test_filter_by_article_and_unknown_article_is_explained():
    assert entity_counts(hand_ann(), article="b")["mentions"].sum() == 2
    with pytest.raises(KeyError, match="no article 'zz'"):
        entity_counts(hand_ann(), article="zz")


def test_label_counts_and_matrix():
    counts = entity_counts(hand_ann())
    labels = label_counts(counts).set_index("label")
    assert labels.loc["GPE", "mentions"] == 4 and labels.loc["PERSON", "entities"] == 2
    matrix = article_entity_matrix(hand_ann(), counts, top=1)
    assert matrix[["article_id", "mentions"]].values.tolist() == [["a", 2], ["b", 1]]


def test_matrix_keeps_the_articles_that_mention_the_top_entities_most():
    counts = entity_counts(hand_ann())
    matrix = article_entity_matrix(hand_ann(), counts, top=4, articles=1)
    assert set(matrix["article_id"]) == {"a"}
