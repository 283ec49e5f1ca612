"""kit.counts.entities on hand-built tables: counts under the actor registry's names."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.actors.registry import actor_registry
from kit.counts.entities import COUNT_COLUMNS, article_entity_matrix, entity_counts, label_counts
from kit.counts.mentions import entity_mentions
from kit.extract import roles, sources
from kit.schema import MENTION_COLUMNS, ROW_KEY, SENTENCE_COLUMNS, Annotations


def annotations(spec: dict[str, list[tuple[str, list[tuple[str, ...]]]]]) -> Annotations:
    """Annotations from ``{article_id: [(sentence, [(text, label, kind[, canonical]), ...])]}``.

    Each mention is found in its sentence after the previous one; ``kind`` is
    the roles table's (person, government, place, modifier, ...); the
    canonical name defaults to the text. No unnamed sources.
    """
    sents, ments, role_rows = [], [], []
    for article_id, sentences in spec.items():
        offset = 0
        for sid, (text, mentions) in enumerate(sentences):
            sents.append((article_id, sid, offset, offset + len(text), text))
            at = 0
            for name, label, kind, *canonical in mentions:
                at = text.index(name, at)
                key = (article_id, sid, offset + at, offset + at + len(name))
                ments.append((*key, name, label, canonical[0] if canonical else name, ""))
                role_rows.append({**dict(zip(ROW_KEY, key)), "text": name, "label": label,
                                  "canonical": canonical[0] if canonical else name, "kind": kind,
                                  "role": "", "side": "", "side_cue": "", "affiliation": ""})
                at += len(name)
            offset += len(text) + 1
    return Annotations(
        articles=pd.DataFrame({"article_id": list(spec), "published": [None] * len(spec)}),
        sentences=pd.DataFrame(sents, columns=SENTENCE_COLUMNS),
        mentions=pd.DataFrame(ments, columns=MENTION_COLUMNS),
        tables={"roles": pd.DataFrame(role_rows, columns=[*ROW_KEY, *roles.COLUMNS]),
                "sources": pd.DataFrame(columns=[*ROW_KEY, *sources.COLUMNS])},
    )


def hand_ann() -> Annotations:
    return annotations({
        "a": [("Blinken met  Bárcena in Mexico.", [("Blinken", "PERSON", "person", "Antony Blinken"),
                                                   ("Bárcena", "PERSON", "person", "Alicia Bárcena"),
                                                   ("Mexico", "GPE", "place")]),
              ("Mexico agreed.", [("Mexico", "ORG", "government")])],
        "b": [("The U.S. and Mexico talked Friday.", [("U.S.", "GPE", "government", "United States"),
                                                      ("Mexico", "GPE", "government"),
                                                      ("Friday", "DATE", "")])],
    })


def test_counts_mentions_articles_majority_label_and_first_example():
    counts = entity_counts(hand_ann()).set_index("canonical")
    mexico = counts.loc["Mexico"]
    assert (mexico["label"], mexico["mentions"], mexico["articles"]) == ("GPE", 3, 2)
    assert mexico["example"] == "Blinken met Bárcena in Mexico."
    assert (mexico["example_article"], mexico["example_sentence"]) == ("a", 0)
    assert mexico["sentences"] == 3 and counts.loc["Antony Blinken", "sentences"] == 1


def test_an_undated_article_gives_no_first_mention_before_a_dated_one():
    """An article with no publication date sorts after the dated ones where the first
    mention is read: its id first in order ("a") does not make it the example."""
    ann = hand_ann()
    ann.articles["published"] = [None, "2024-01-18"]
    mexico = entity_counts(ann).set_index("canonical").loc["Mexico"]
    assert (mexico["example_article"], mexico["example"]) == ("b", "The U.S. and Mexico talked Friday.")
    assert entity_counts(ann).set_index("canonical").loc["Antony Blinken", "example_article"] == "a"  # only there


def test_sentences_count_a_sentence_that_names_an_entity_twice_once():
    ann = annotations({"a": [("Mexico and Mexico again.", [("Mexico", "GPE", "place"),
                                                           ("Mexico", "GPE", "place")])]})
    mexico = entity_counts(ann).set_index("canonical").loc["Mexico"]
    assert (mexico["mentions"], mexico["sentences"]) == (2, 1)


def test_as_actor_counts_what_the_registry_counts_and_mentions_every_use():
    ann = hand_ann()
    counts = entity_counts(ann).set_index("canonical")
    registry = actor_registry(ann).set_index("name")
    assert counts.loc["Mexico", ["mentions", "as_actor"]].tolist() == [3, 2]  # once "in Mexico"
    for name, row in registry.iterrows():
        assert counts.loc[name, "as_actor"] == row["mentions"], name
    assert list(entity_counts(ann).columns) == COUNT_COLUMNS


def test_a_dateline_s_place_and_a_byline_s_name_are_set_apart_not_counted():
    """"OSKBURG, May 16 (Tarn Wire) - By Mara Ventel": where the story was filed and who
    wrote it are no mentions of the article's text; the place's row says how many such
    mentions it left out, and a writer named there alone has no row."""
    ann = annotations({"a": [("OSKBURG, May 16 (Tarn Wire) - By Mara Ventel",
                              [("OSKBURG", "GPE", "place", "Oskburg"), ("Mara Ventel", "PERSON", "person")]),
                             ("Talks opened in Oskburg on Friday.", [("Oskburg", "GPE", "place")])]})
    counts = entity_counts(ann).set_index("canonical")
    assert list(counts.index) == ["Oskburg"]
    assert counts.loc["Oskburg", ["mentions", "sentences", "dateline_byline", "example_sentence"]].tolist() == [
        1, 1, 1, 1]
    assert article_entity_matrix(ann, entity_counts(ann))["mentions"].tolist() == [1]


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


# -- one name for each actor, across articles ---------------------------------------------
def two_prime_ministers() -> Annotations:
    return annotations({
        "a": [("Rishi Sunak met the Democratic Unionist Party.",
               [("Rishi Sunak", "PERSON", "person"),
                ("the Democratic Unionist Party", "ORG", "organization")])],
        "b": [("Sunak said the DUP would return.", [("Sunak", "PERSON", "person"),
                                                    ("DUP", "ORG", "organization")])],
        "c": [("Sunak's plan angered DUP officials.", [("Sunak", "PERSON", "modifier"),
                                                      ("DUP", "ORG", "modifier")])],
    })


def test_a_surname_and_initials_in_other_articles_count_for_the_registry_actor():
    ann = two_prime_ministers()
    counts = entity_counts(ann).set_index("canonical")
    registry = actor_registry(ann).set_index("name")
    assert sorted(counts.index) == sorted(registry.index) == ["Democratic Unionist Party", "Rishi Sunak"]
    assert counts.loc["Rishi Sunak", ["mentions", "as_actor", "articles"]].tolist() == [3, 2, 3]
    assert counts.loc["Democratic Unionist Party", ["mentions", "as_actor"]].tolist() == [3, 2]
    assert (counts["as_actor"] == registry.loc[counts.index, "mentions"]).all()


def test_without_actor_names_counts_keep_the_spellings_apart():
    ann = two_prime_ministers()
    plain = entity_counts(ann, mentions=ann.mentions)
    assert {"Sunak", "DUP", "Rishi Sunak"} <= set(plain["canonical"])
    assert plain["as_actor"].isna().all()


def test_entity_mentions_keep_rows_and_say_which_mention_acts():
    ann = two_prime_ministers()
    m = entity_mentions(ann)
    assert m.index.equals(ann.mentions.index) and (m["entity"] == ann.mentions["canonical"]).all()
    modifiers = m[m["article_id"] == "c"]
    assert modifiers[["canonical", "as_actor"]].values.tolist() == [
        ["Rishi Sunak", False], ["Democratic Unionist Party", False]]
    assert (modifiers["actor_id"] != "").all()


def test_a_surname_two_actors_share_stays_apart_from_both():
    ann = annotations({
        "a": [("Mario Castillo spoke.", [("Mario Castillo", "PERSON", "person")])],
        "b": [("Rosa Castillo replied.", [("Rosa Castillo", "PERSON", "person")])],
        "c": [("Castillo's plan failed.", [("Castillo", "PERSON", "modifier")])],
    })
    counts = entity_counts(ann).set_index("canonical")
    assert counts.loc["Castillo", ["mentions", "as_actor"]].tolist() == [1, 0]
    assert counts.loc["Mario Castillo", "mentions"] == counts.loc["Rosa Castillo", "mentions"] == 1


def test_a_place_or_modifier_takes_the_actor_name_only_when_the_registry_merged_it():
    ann = annotations({
        "a": [("The State Department said so.", [("The State Department", "ORG", "government")])],
        "b": [("State Department officials left Canada.",
               [("State Department", "ORG", "modifier"), ("Canada", "GPE", "place")])],
    })
    counts = entity_counts(ann).set_index("canonical")
    assert counts.loc["State Department", ["mentions", "as_actor"]].tolist() == [2, 1]
    assert counts.loc["Canada", ["mentions", "as_actor"]].tolist() == [1, 0]  # never acts: own name


def test_aliases_merge_names_as_in_the_registry(tmp_path):
    ann = annotations({
        "a": [("Bibi spoke.", [("Bibi", "PERSON", "person")])],
        "b": [("Benjamin Netanyahu replied.", [("Benjamin Netanyahu", "PERSON", "person")])],
    })
    assert set(entity_counts(ann)["canonical"]) == {"Bibi", "Benjamin Netanyahu"}
    table = tmp_path / "aliases.csv"
    table.write_text("alias,canonical\nBibi,Benjamin Netanyahu\n", encoding="utf-8")
    for aliases in ({"Bibi": "Benjamin Netanyahu"}, table, str(table)):
        counts = entity_counts(ann, aliases=aliases)
        assert counts[["canonical", "mentions", "as_actor"]].values.tolist() == [["Benjamin Netanyahu", 2, 2]]
        assert actor_registry(ann, aliases=aliases)["name"].tolist() == ["Benjamin Netanyahu"]


def test_the_matrix_says_how_many_sentences_stand_behind_a_cell_and_which_comes_first():
    ann = annotations({"a": [("Blinken spoke.", [("Blinken", "PERSON", "person")]),
                             ("Mexico and Mexico again.", [("Mexico", "GPE", "place"), ("Mexico", "GPE", "place")]),
                             ("Talks in Mexico.", [("Mexico", "GPE", "place")])],
                       "b": [("Mexico agreed.", [("Mexico", "GPE", "place")])]})
    matrix = article_entity_matrix(ann, entity_counts(ann)).set_index(["article_id", "canonical"])
    assert matrix.loc[("a", "Mexico"), ["mentions", "sentences", "first_sentence"]].tolist() == [3, 2, 1]
    assert matrix.loc[("b", "Mexico"), ["mentions", "sentences", "first_sentence"]].tolist() == [1, 1, 0]


def test_a_network_actor_counts_the_sentences_its_mentions_stand_in():
    from kit.extract import relations
    from kit.network.graph import build_network, nodes_table

    hand = annotations({"a": [("Antony Blinken met Blinken's team.", [("Antony Blinken", "PERSON", "person"),
                                                                      ("Blinken", "PERSON", "person")]),
                              ("Blinken left.", [("Blinken", "PERSON", "person")])]})
    ann = Annotations(articles=hand.articles, sentences=hand.sentences, mentions=hand.mentions, tables={
        **hand.tables, "relations": pd.DataFrame(columns=[*ROW_KEY, *relations.COLUMNS])})
    nodes = nodes_table(build_network(ann)).set_index("name")
    assert nodes.loc["Antony Blinken", ["mentions", "sentences", "articles"]].tolist() == [3, 2, 1]


def test_a_label_follows_the_registry_reading_of_the_name():
    # the model tagged the capital PERSON: acting, it counts as its government; as a
    # place ("flew to Osk") as a place of kit's lexicons, never as a person
    ann = annotations({
        "a": [("Dakar rejected the plan.", [("Dakar", "PERSON", "government")]),
              ("Envoys flew to Dakar and Lima.", [("Dakar", "PERSON", "place"), ("Lima", "PERSON", "place")])],
        "b": [("Vesna Orlić spoke.", [("Vesna Orlić", "ORG", "person")]),
              ("Orlić left Tamberg.", [("Orlić", "PERSON", "modifier"), ("Tamberg", "PERSON", "place")])],
    })
    counts = entity_counts(ann).set_index("canonical")
    assert counts.loc["Dakar", ["label", "mentions", "as_actor"]].tolist() == ["GPE", 2, 1]
    assert counts.loc["Lima", "label"] == "GPE"
    assert counts.loc["Vesna Orlić", ["label", "mentions"]].tolist() == ["PERSON", 2]
    assert counts.loc["Tamberg", "label"] == "PERSON"  # no place kit knows: the model's label
    assert "Dakar" not in entity_counts(ann, labels=["PERSON"])["canonical"].tolist()
