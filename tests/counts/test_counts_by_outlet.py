"""kit.counts.coverage on hand-built tables: whom each outlet and language quotes.

The people, places and outlets are invented. No model: the fast tier.
"""

from __future__ import annotations

import pandas as pd
import pytest

from kit.actors.registry import actor_registry
from kit.counts.coverage import (
    QUOTED_COLUMNS,
    UNNAMED_COLUMNS,
    outlets,
    quoted_by_outlet,
    unnamed_by_outlet,
)
from kit.extract import quotes, roles, sources
from kit.schema import ARTICLE_COLUMNS, MENTION_COLUMNS, ROW_KEY, SENTENCE_COLUMNS, Annotations

# {article_id: (outlet, language, [sentence, ...])}
ARTICLES = {
    "a1": ("Tern Wire", "en", ["Mara Quell said the talks in Osmar would resume.",
                               "A senior official said nothing was agreed."]),
    "a2": ("Tern Wire", "en", ['"We are ready," Mara Quell said.', "She said more."]),
    "b1": ("Diario Garza", "es", ["Según Quell, el acuerdo está cerca.",
                                  "Un diplomático dijo que no hay fecha."]),
    "b2": ("Diario Garza", "es", ["La reunión terminó tarde."]),
    "c1": (None, None, ["Mara Quell said no."]),
}
# (article, sentence, text, named, canonical, head, side): the sourcing phrases
SOURCES = [
    ("a1", 0, "Mara Quell", True, "Mara Quell", "person", ""),
    ("a1", 1, "A senior official", False, "", "official", "Velmora"),
    ("a2", 0, "Mara Quell", True, "Mara Quell", "person", ""),
    ("a2", 1, "She", True, "Mara Quell", "person", ""),  # a pronoun: found by its name
    ("b1", 0, "Quell", True, "Mara Quell", "person", ""),
    ("b1", 1, "Un diplomático", False, "", "diplomat", ""),
    ("c1", 0, "Mara Quell", True, "Mara Quell", "person", ""),
]
# (article, sentence, name): the named actors' mentions (roles), all one person of Velmora
PEOPLE = [("a1", 0, "Mara Quell"), ("a2", 0, "Mara Quell"), ("b1", 0, "Quell"), ("c1", 0, "Mara Quell")]


def span(article_id: str, sentence_id: int, text: str) -> tuple[str, int, int, int]:
    """(article_id, sentence_id, start_char, end_char) of ``text`` in its sentence."""
    offset = sum(len(s) + 1 for s in ARTICLES[article_id][2][:sentence_id])
    at = ARTICLES[article_id][2][sentence_id].index(text)
    return article_id, sentence_id, offset + at, offset + at + len(text)


def hand_ann(with_quotes: bool = True) -> Annotations:
    arts, sents = [], []
    for article_id, (outlet, language, sentences) in ARTICLES.items():
        arts.append({"article_id": article_id, "title": "", "published": None, "source": outlet,
                     "url": "", "path": "", "language": language,
                     "n_chars": len(" ".join(sentences)), "n_sentences": len(sentences)})
        offset = 0
        for sid, text in enumerate(sentences):
            sents.append((article_id, sid, offset, offset + len(text), text))
            offset += len(text) + 1
    ments, role_rows = [], []
    for article_id, sid, text in PEOPLE:
        key = span(article_id, sid, text)
        ments.append((*key, text, "PERSON", "Mara Quell", ""))
        role_rows.append({**dict(zip(ROW_KEY, key)), "text": text, "label": "PERSON",
                          "canonical": "Mara Quell", "kind": "person", "role": "Foreign Minister",
                          "side": "Velmora", "side_cue": "", "affiliation": ""})
    source_rows = [{**dict(zip(ROW_KEY, span(a, s, text))), "description": text, "named": named,
                    "canonical": canonical, "head": head, "side": side, "count": 1.0, "seniority": "",
                    "affiliation": "", "determiner": "", "verb": "say"}
                   for a, s, text, named, canonical, head, side in SOURCES]
    tables = {"roles": pd.DataFrame(role_rows, columns=[*ROW_KEY, *roles.COLUMNS]),
              "sources": pd.DataFrame(source_rows, columns=[*ROW_KEY, *sources.COLUMNS])}
    if with_quotes:
        speaker = span("a2", 0, "Mara Quell")
        quote = {**dict(zip(ROW_KEY, span("a2", 0, "We are ready,"))), "quote": "We are ready,",
                 "speaker": "Mara Quell", "named": True, "canonical": "Mara Quell",
                 "speaker_start": speaker[2], "speaker_end": speaker[3], "verb": "say"}
        tables["quotes"] = pd.DataFrame([quote], columns=[*ROW_KEY, *quotes.COLUMNS])
    return Annotations(
        articles=pd.DataFrame(arts, columns=ARTICLE_COLUMNS),
        sentences=pd.DataFrame(sents, columns=SENTENCE_COLUMNS),
        mentions=pd.DataFrame(ments, columns=MENTION_COLUMNS),
        tables=tables,
    )


def row(table: pd.DataFrame, outlet: str, actor: str) -> pd.Series:
    hits = table[(table["outlet"] == outlet) & (table["actor"] == actor)]
    assert len(hits) == 1, (outlet, actor, table[["outlet", "actor"]].values.tolist())
    return hits.iloc[0]


def test_outlets_name_each_article_s_source_and_language_and_blank_what_is_missing():
    table = outlets(hand_ann().articles).set_index("article_id")
    assert table.loc["b1"].tolist() == ["Diario Garza", "es"]
    assert table.loc["c1"].tolist() == ["", ""]
    bare = outlets(pd.DataFrame({"article_id": ["x"]}))
    assert bare.to_dict("records") == [{"article_id": "x", "outlet": "", "language": ""}]


def test_each_outlet_counts_the_attributions_and_quotes_of_each_actor_under_one_name():
    table = quoted_by_outlet(hand_ann())
    assert list(table.columns) == QUOTED_COLUMNS
    quell = row(table, "Tern Wire", "Mara Quell")
    # a1:0, a2:0 and the pronoun "She" of a2:1; one quotation, in a2:0
    assert (quell["attributions"], quell["quotes"], quell["articles"]) == (3, 1, 2)
    assert quell["sentences"] == "a1:0; a2:0; a2:1"
    assert (quell["language"], quell["side"], bool(quell["named"])) == ("en", "Velmora", True)
    # "Quell" in the Spanish outlet is the same actor
    spanish = row(table, "Diario Garza", "Mara Quell")
    assert (spanish["actor_id"], spanish["language"]) == (quell["actor_id"], "es")
    assert (spanish["attributions"], spanish["quotes"], spanish["sentences"]) == (1, 0, "b1:0")


def test_unnamed_sources_are_actors_of_their_outlet_with_their_side():
    table = quoted_by_outlet(hand_ann())
    official = row(table, "Tern Wire", "unnamed officials (Velmora)")
    assert (bool(official["named"]), official["side"], official["attributions"]) == (False, "Velmora", 1)
    diplomat = row(table, "Diario Garza", "unnamed diplomats")
    assert (diplomat["language"], diplomat["sentences"]) == ("es", "b1:1")
    assert "unnamed diplomats" not in set(table.loc[table["outlet"] == "Tern Wire", "actor"])


def test_rows_are_sorted_by_language_outlet_then_most_cited_and_an_article_without_source_is_blank():
    table = quoted_by_outlet(hand_ann())
    keys = table[["language", "outlet", "actor"]].values.tolist()
    assert keys == [
        ["", "", "Mara Quell"],
        ["en", "Tern Wire", "Mara Quell"], ["en", "Tern Wire", "unnamed officials (Velmora)"],
        ["es", "Diario Garza", "Mara Quell"], ["es", "Diario Garza", "unnamed diplomats"],
    ]
    assert quoted_by_outlet(hand_ann()).equals(table)  # the same on every call


def test_side_and_name_are_the_registry_s():
    ann = hand_ann()
    registry = actor_registry(ann)
    registry.loc[registry["name"] == "Mara Quell", ["name", "side"]] = ["Mara Quell-Osk", "Dravia"]
    quell = row(quoted_by_outlet(ann, registry), "Tern Wire", "Mara Quell-Osk")
    assert quell["side"] == "Dravia"


def test_top_keeps_each_outlet_s_most_cited_actors():
    table = quoted_by_outlet(hand_ann(), top=1)
    assert table[["outlet", "actor"]].values.tolist() == [
        ["", "Mara Quell"], ["Tern Wire", "Mara Quell"], ["Diario Garza", "Mara Quell"]]


def test_without_a_quotes_table_quotes_are_zero():
    table = quoted_by_outlet(hand_ann(with_quotes=False))
    assert row(table, "Tern Wire", "Mara Quell")[["attributions", "quotes"]].tolist() == [3, 0]


def test_unnamed_share_per_outlet_sums_its_articles():
    table = unnamed_by_outlet(hand_ann())
    assert list(table.columns) == UNNAMED_COLUMNS
    assert table[["language", "outlet"]].values.tolist() == [["", ""], ["en", "Tern Wire"],
                                                             ["es", "Diario Garza"]]
    tern = table.set_index("outlet").loc["Tern Wire"]
    assert tern[["articles", "n_sentences", "attributions", "named", "unnamed", "unnamed_sentences"]
                ].tolist() == [2, 4, 4, 3, 1, 1]
    assert tern["unnamed_share"] == pytest.approx(0.25) and tern["sentence_share"] == pytest.approx(0.25)
    garza = table.set_index("outlet").loc["Diario Garza"]  # b2 attributes nothing but counts
    assert garza[["articles", "n_sentences", "attributions", "unnamed"]].tolist() == [2, 3, 2, 1]
    assert garza["unnamed_share"] == pytest.approx(0.5) and garza["sentence_share"] == pytest.approx(1 / 3)


def test_an_outlet_that_attributes_nothing_has_shares_of_zero():
    ann = hand_ann()
    ann = Annotations(ann.articles, ann.sentences, ann.mentions,
                      tables={"roles": ann.roles, "sources": ann.sources.iloc[0:0]})
    table = unnamed_by_outlet(ann)
    assert table["attributions"].tolist() == [0, 0, 0]
    assert table["unnamed_share"].tolist() == [0.0, 0.0, 0.0]
    assert quoted_by_outlet(ann).empty
