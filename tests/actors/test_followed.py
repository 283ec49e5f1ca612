"""kit.actors.followed: the government a corpus follows gives bare offices their side."""

from __future__ import annotations

import pandas as pd

from kit.actors.followed import FOLLOWED_CUE, followed_state, sides_of_the_followed_government
from kit.extract.sidecues import CueKind

# the kind the roles extractor gives a cue: read from a bare "the government", or anything else
BARE, OTHER = {"side_cue_kind": CueKind.BARE_GOVERNMENT.value}, {"side_cue_kind": CueKind.OTHER.value}

TEXTS = {
    "a1": ["The Malian government and the Azawad Front met in Dakar.",
           "The government said the talks would go on."],
    "a2": ["Mali's government sent a new team to Dakar, where Senegal hosts the talks.",
           "Foreign Minister Oumar Kelta said the government wanted a ceasefire."],
    "a3": ["The government of Mali and the front signed a truce, the Senegalese foreign ministry said."],
}
STATES = [("a1", 0, "Malian", "NORP"), ("a1", 0, "Dakar", "GPE"), ("a2", 0, "Mali", "GPE"),
          ("a2", 0, "Senegal", "GPE"), ("a3", 0, "Mali", "GPE"), ("a3", 0, "Senegalese", "NORP")]


def corpus(texts: dict[str, list[str]] = TEXTS, states: list = STATES) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sentences and the roles rows of the states named in ``texts``."""
    sentences, roles = [], []
    for article, lines in texts.items():
        start = 0
        for n, line in enumerate(lines):
            sentences.append({"article_id": article, "sentence_id": n, "start_char": start, "text": line})
            for a, s, word, label in states:
                if (a, s) == (article, n):
                    at = start + line.index(word)
                    kind = "modifier" if label == "NORP" else "government"
                    roles.append({"article_id": a, "sentence_id": s, "start_char": at, "end_char": at + len(word),
                                  "text": word, "canonical": word, "label": label, "kind": kind, "side": "",
                                  "side_cue": ""})
            start += len(line) + 1
    return pd.DataFrame(sentences), pd.DataFrame(roles)


def registry(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"name": n, "kind": "person", "role": r, "side": s, "side_evidence": ""}
                         for n, r, s in rows])


def test_the_state_whose_government_the_articles_name_is_the_one_followed():
    assert followed_state(*corpus()) == "Mali"  # Senegal hosts: its government is never named


def test_no_government_is_followed_where_two_are_named_alike_or_none_is_bare():
    two = {**TEXTS, "a4": ["Senegal's government and the Senegalese government disagree."]}
    states = [*STATES, ("a4", 0, "Senegal", "GPE"), ("a4", 0, "Senegalese", "NORP")]
    assert followed_state(*corpus(two, states)) == ""  # Mali 3, Senegal 2: not twice as often
    named_only = {a: [line.replace("The government", "Bamako").replace("the government", "Bamako")
                      for line in lines] for a, lines in TEXTS.items()}
    assert followed_state(*corpus(named_only)) == ""  # no article writes "the government" alone


def test_a_bare_office_with_no_side_takes_the_followed_state_weakly():
    table = sides_of_the_followed_government(registry(
        ("Oumar Kelta", "Foreign Minister", ""),  # a bare office of the government: Mali's
        ("Awa Tanko", "President", "Mali"),
        ("Lars Brenne", "President", ""),  # Mali's President is another actor: a visitor
        ("Issa Dembe", "Senator", ""),  # a legislature's, many hold it: not the government's
        ("Fanta Kone", "former Prime Minister", ""),  # an office of the past names no side now
        ("Ali Saro", "spokesman", "Azawad Front")), "Mali").set_index("name")
    assert table.loc["Oumar Kelta", "side"] == "Mali"
    assert table.loc["Oumar Kelta", "side_evidence"].endswith(f"{FOLLOWED_CUE}: Mali")
    assert table.loc[["Lars Brenne", "Issa Dembe", "Fanta Kone"], "side"].tolist() == ["", "", ""]
    assert table.loc["Ali Saro", "side"] == "Azawad Front"


def test_a_mention_read_from_a_bare_the_government_holds_for_the_followed_state():
    from kit.actors.followed import mentions_of_the_followed_government

    mentions = pd.DataFrame([
        {"name": "Oumar Kelta", "side": "Senegal", "side_cue": "context: for the government", **BARE},  # the host's
        {"name": "Oumar Kelta", "side": "Mali", "side_cue": "context: The government delegation", **BARE},
        {"name": "Lars Brenne", "side": "Senegal", "side_cue": "Senegalese", **OTHER},  # stated: kept
        {"name": "Ali Saro", "side": "Azawad Front", "side_cue": "context: the movement: Azawad Front", **OTHER}])
    read = mentions_of_the_followed_government(mentions, "Mali")
    assert read["side"].tolist() == ["Mali", "Mali", "Senegal", "Azawad Front"]
    assert read.loc[0, "side_cue"] == f"context: for the government; {FOLLOWED_CUE}: Mali"
    assert mentions_of_the_followed_government(mentions, "")["side"].tolist() == mentions["side"].tolist()


def test_a_mention_read_back_to_a_government_its_article_names_keeps_that_government():
    from kit.actors.followed import mentions_of_the_followed_government

    mentions = pd.DataFrame([  # "DAKAR — The Senegalese government ... The government's spokesman, Ilse Varg"
        {"name": "Ilse Varg", "side": "Senegal", "side_cue": "context: the government: Senegal, the government the "
                                                             "article names", **OTHER},
        {"name": "Ilse Varg", "side": "Senegal",
         "side_cue": "context: the government: the government of a country the article names", **OTHER},
        {"name": "Oumar Kelta", "side": "Senegal",
         "side_cue": "context: the government: Senegal, the country the article names most", **BARE}])  # host's
    read = mentions_of_the_followed_government(mentions, "Mali")
    assert read["side"].tolist() == ["Senegal", "Senegal", "Mali"]


def test_a_mention_read_from_the_capital_a_story_was_filed_in_keeps_that_state():
    from kit.actors.followed import mentions_of_the_followed_government

    mentions = pd.DataFrame([  # "DAKAR.— El Gobierno de Ilse Varg valoró el acuerdo ..."
        {"name": "Ilse Varg", "side": "Senegal",
         "side_cue": "context: the gobierno of a story filed in DAKAR that names no state's gobierno", **OTHER},
        {"name": "Oumar Kelta", "side": "Senegal", "side_cue": "context: for the government", **BARE}])  # host's
    assert mentions_of_the_followed_government(mentions, "Mali")["side"].tolist() == ["Senegal", "Mali"]


def test_only_a_cue_of_the_bare_government_kind_is_read_whatever_its_words():
    from kit.actors.followed import mentions_of_the_followed_government

    mentions = pd.DataFrame([  # "... the Brenner administration said. President Lars Brenne ..."
        {"name": "Lars Brenne", "side": "Senegal", "side_cue": "context: the one state named just before: "
                                                              "Brenner administration", **OTHER},
        {"name": "Oumar Kelta", "side": "Senegal", "side_cue": "context: the delegation", **BARE}])
    assert mentions_of_the_followed_government(mentions, "Mali")["side"].tolist() == ["Senegal", "Mali"]
