"""kit.actors.standing: a side named by a noun of standing, read as the corpus's organisation."""

from __future__ import annotations

import pandas as pd

from kit.actors.standing import sides_of_standing_nouns
from kit.extract.sidecues import CueKind

STANDING = CueKind.STANDING.value


def _mentions(rows: list[tuple[str, int, int, str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "sentence_id": s, "start_char": c, "actor": actor, "kind": kind,
                          "named": True, "side": side, "side_cue": f"context: the {side}'s team" if kind_ else "",
                          "side_cue_kind": kind_} for a, s, c, actor, kind, side, kind_ in rows])


def _sentences(rows: list[tuple[str, int, int, str]]):
    table = pd.DataFrame(rows, columns=["article_id", "sentence_id", "start_char", "text"])
    return lambda ids: table[table["article_id"].isin(ids)]


def test_the_organisation_written_after_the_noun_is_the_side():
    mentions = _mentions([("a", 0, 28, "Valdonian Civic Front", "organization", "", ""),
                          ("b", 0, 0, "Orrin Maskel", "person", "opposition", STANDING)])
    sentences = _sentences([("a", 0, 0, "The army and the opposition Valdonian Civic Front met.")])
    out = sides_of_standing_nouns(mentions, sentences)
    assert out["side"].tolist() == ["", "Valdonian Civic Front"]
    assert out["side_cue_kind"].tolist()[1] == STANDING


def test_an_organisation_named_with_the_noun_as_its_head_is_the_side():
    mentions = _mentions([("a", 0, 11, "United Valdonian Opposition", "organization", "", ""),
                          ("b", 0, 0, "Orrin Maskel", "person", "opposition", STANDING)])
    sentences = _sentences([("a", 0, 0, "Leaders of United Valdonian Opposition met.")])
    assert sides_of_standing_nouns(mentions, sentences)["side"].tolist()[1] == "United Valdonian Opposition"


def test_no_organisation_so_named_leaves_no_side():
    mentions = _mentions([("a", 0, 13, "Valdonian Civic Front", "organization", "", ""),
                          ("b", 0, 0, "Orrin Maskel", "person", "opposition", STANDING)])
    sentences = _sentences([("a", 0, 0, "The army met Valdonian Civic Front.")])
    out = sides_of_standing_nouns(mentions, sentences)
    assert out[["side", "side_cue", "side_cue_kind"]].values.tolist()[1] == ["", "", ""]


def test_a_cue_kind_column_with_no_cue_at_all_is_read_without_a_warning():
    """A roles table whose ``side_cue_kind`` holds only missing values (a float column):
    no mention is cued by standing, and no fill of a string into floats is asked for."""
    import warnings

    from kit.actors.standing import standing_cued

    mentions = pd.DataFrame({"side_cue_kind": [float("nan"), float("nan")]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert standing_cued(mentions).tolist() == [False, False]


def test_the_rebels_are_the_organisation_written_after_rebel_or_read_back_elsewhere():
    mentions = _mentions([("a", 0, 10, "Valdonian Civic Front", "organization", "", ""),
                          ("b", 0, 0, "Orrin Maskel", "person", "rebels", STANDING)])
    sentences = _sentences([("a", 0, 0, "The rebel Valdonian Civic Front met the army.")])
    assert sides_of_standing_nouns(mentions, sentences)["side"].tolist() == ["", "Valdonian Civic Front"]
    # another article reads "the rebels" back to the Front it names before them
    mentions = _mentions([("a", 1, 0, "Ilse Varg", "person", "Valdonian Civic Front", ""),
                          ("b", 0, 0, "Orrin Maskel", "person", "rebels", STANDING)])
    mentions.loc[0, "side_cue"] = "the rebels: the Valdonian Civic Front"
    assert sides_of_standing_nouns(mentions, _sentences([]))["side"].tolist()[1] == "Valdonian Civic Front"
