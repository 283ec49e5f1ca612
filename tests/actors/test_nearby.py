"""kit.actors.nearby: a bare office takes the one state named near its holder whose office is free."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from kit.actors import actor_registry
from kit.actors.nearby import NEARBY_CUE, interim_free_key, sides_named_nearby
from kit.extract.sidecues import CueKind

# (article, sentence, words, label, kind, side, cue): the entities of each sentence
Entity = tuple[str, int, str, str, str, str, str]


def corpus(texts: dict[str, list[str]], entities: list[Entity]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sentences of ``texts`` and the roles rows of ``entities``."""
    sentences, roles = [], []
    for article, lines in texts.items():
        start = 0
        for n, line in enumerate(lines):
            sentences.append({"article_id": article, "sentence_id": n, "start_char": start,
                              "end_char": start + len(line), "text": line})
            for a, s, words, label, kind, side, cue in entities:
                if (a, s) == (article, n):
                    at = start + line.index(words)
                    roles.append({"article_id": a, "sentence_id": s, "start_char": at, "end_char": at + len(words),
                                  "text": words, "canonical": words, "label": label, "kind": kind, "role": "",
                                  "side": side, "side_cue": cue, "affiliation": ""})
            start += len(line) + 1
    return pd.DataFrame(sentences), pd.DataFrame(roles)


def mentions_of(roles: pd.DataFrame) -> pd.DataFrame:
    people = roles[roles["kind"] == "person"]
    return people.assign(actor=people["canonical"], named=True)[
        ["article_id", "sentence_id", "start_char", "end_char", "actor", "named"]]


def registry(*rows: tuple[str, str, str]) -> pd.DataFrame:
    return pd.DataFrame([{"name": n, "kind": "person", "role": r, "side": s, "side_evidence": ""}
                         for n, r, s in rows])


def read(table: pd.DataFrame, texts: dict[str, list[str]], entities: list[Entity]) -> pd.DataFrame:
    sentences, roles = corpus(texts, entities)
    lookup = lambda ids: sentences[sentences["article_id"].isin(ids)]  # noqa: E731
    return sides_named_nearby(table, mentions_of(roles), roles, lookup).set_index("name")


TEXTS = {"a1": ["Mali and Senegal signed the accord in Praia.",
                "President Lina Marov of Mali hosted the ceremony.",
                "President Edo Vask has said Senegal cannot carry the burden alone, while Mali pays."]}
ENTITIES: list[Entity] = [
    ("a1", 0, "Mali", "GPE", "government", "", ""), ("a1", 0, "Senegal", "GPE", "government", "", ""),
    ("a1", 1, "Lina Marov", "PERSON", "person", "Mali", "Mali"), ("a1", 1, "Mali", "GPE", "modifier", "", ""),
    ("a1", 2, "Edo Vask", "PERSON", "person", "", ""), ("a1", 2, "Senegal", "GPE", "government", "", ""),
    ("a1", 2, "Mali", "GPE", "government", "", "")]


def test_a_bare_office_takes_the_one_state_named_beside_it_whose_office_no_one_holds():
    table = read(registry(("Lina Marov", "President", "Mali"), ("Edo Vask", "President", "")), TEXTS, ENTITIES)
    assert table.loc["Edo Vask", "side"] == "Senegal"  # Mali's President is Lina Marov
    evidence = table.loc["Edo Vask", "side_evidence"]
    assert evidence.startswith(f"context: {NEARBY_CUE} Edo Vask (a1:2): Senegal")
    assert table.loc["Lina Marov", "side"] == "Mali"


def test_two_states_whose_office_is_free_give_no_side():
    table = read(registry(("Lina Marov", "Foreign Minister", "Mali"), ("Edo Vask", "President", "")),
                 TEXTS, ENTITIES)
    assert table.loc["Edo Vask", "side"] == ""  # Mali or Senegal: either may be his


def test_a_stated_side_and_offices_many_or_none_hold_now_are_left_alone():
    table = read(registry(("Lina Marov", "President", "Mali"), ("Edo Vask", "Senator", ""),
                          ("Pia Norr", "former President", ""), ("Ilse Varg", "Ambassador", ""),
                          ("Oto Brem", "President", "Niger")),
                 {"a1": [*TEXTS["a1"], "Senator Edo Vask, former President Pia Norr, Ambassador Ilse Varg and "
                                       "President Oto Brem spoke of Senegal."]},
                 [*ENTITIES, *[("a1", 3, n, "PERSON", "person", "", "") for n in
                               ("Pia Norr", "Ilse Varg", "Oto Brem")], ("a1", 3, "Senegal", "GPE", "government", "", "")])
    assert table.loc[["Edo Vask", "Pia Norr", "Ilse Varg"], "side"].tolist() == ["", "", ""]
    assert table.loc["Oto Brem", "side"] == "Niger"  # stated: never changed


def test_the_nearest_reading_decides_and_reaches_the_sentences_before():
    texts = {"b1": ["Senegal rejected the plan on Monday.", "President Edo Vask said it came too late."]}
    entities: list[Entity] = [("b1", 0, "Senegal", "GPE", "government", "", ""),
                              ("b1", 1, "Edo Vask", "PERSON", "person", "", "")]
    assert read(registry(("Edo Vask", "President", "")), texts, entities).loc["Edo Vask", "side"] == "Senegal"
    texts = {"b1": ["Senegal rejected the plan.", "It was Monday.", "Talks went on.",
                    "President Edo Vask said it came too late."]}
    entities = [("b1", 0, "Senegal", "GPE", "government", "", ""), ("b1", 3, "Edo Vask", "PERSON", "person", "", "")]
    assert read(registry(("Edo Vask", "President", "")), texts, entities).loc["Edo Vask", "side"] == ""  # too far


def test_one_office_of_one_state_goes_to_the_one_named_most_often_beside_it():
    texts = {"c1": ["President Edo Vask spoke for Senegal.", "President Edo Vask thanked Senegal.",
                    "President Ruo Tessa met Senegal's envoys."]}
    entities: list[Entity] = [
        ("c1", 0, "Edo Vask", "PERSON", "person", "", ""), ("c1", 0, "Senegal", "GPE", "government", "", ""),
        ("c1", 1, "Edo Vask", "PERSON", "person", "", ""), ("c1", 1, "Senegal", "GPE", "government", "", ""),
        ("c1", 2, "Ruo Tessa", "PERSON", "person", "", ""), ("c1", 2, "Senegal", "GPE", "modifier", "", "")]
    table = read(registry(("Edo Vask", "President", ""), ("Ruo Tessa", "President", "")), texts, entities)
    assert table.loc["Edo Vask", "side"] == "Senegal"
    assert table.loc["Ruo Tessa", "side"] == ""  # Senegal has one President


def test_a_dateline_or_a_side_read_from_context_names_no_state():
    texts = {"d1": ["DAKAR, Senegal (Wire) — President Edo Vask said the talks would go on.",
                    "Minister Ruo Tessa agreed."]}
    entities: list[Entity] = [
        ("d1", 0, "Senegal", "GPE", "government", "", ""), ("d1", 0, "Edo Vask", "PERSON", "person", "", ""),
        ("d1", 1, "Ruo Tessa", "PERSON", "person", "Senegal", "context: the one state the article names")]
    table = read(registry(("Edo Vask", "President", "")), texts, entities)
    assert table.loc["Edo Vask", "side"] == ""


def test_a_caretaker_holds_the_office_itself():
    assert interim_free_key("caretaker Prime Minister") == interim_free_key("Prime Minister")
    assert interim_free_key("Deputy Prime Minister") != interim_free_key("Prime Minister")
    table = read(registry(("Lina Marov", "caretaker President", "Mali"), ("Edo Vask", "President", "")),
                 TEXTS, ENTITIES)
    assert table.loc["Edo Vask", "side"] == "Senegal"


def test_an_outgoing_holder_leaves_the_office_to_the_new_one_and_takes_no_state_from_it():
    # Mali's outgoing President does not hold the office the new one is named holding beside Mali
    texts = {"e1": ["Outgoing President Lina Marov of Mali handed over in the capital.",
                    "President Edo Vask said Mali would keep the accord."]}
    entities: list[Entity] = [
        ("e1", 0, "Lina Marov", "PERSON", "person", "Mali", "Mali"), ("e1", 0, "Mali", "GPE", "modifier", "", ""),
        ("e1", 1, "Edo Vask", "PERSON", "person", "", ""), ("e1", 1, "Mali", "GPE", "government", "", "")]
    table = read(registry(("Lina Marov", "outgoing President", "Mali"), ("Edo Vask", "President", "")),
                 texts, entities)
    assert table.loc["Edo Vask", "side"] == "Mali"
    # an outgoing holder with no side is given none from the one state named beside him
    texts = {"e2": ["The outgoing President Ruo Tessa asked for Senegal's troops to leave."]}
    entities = [("e2", 0, "Ruo Tessa", "PERSON", "person", "", ""), ("e2", 0, "Senegal", "GPE", "government", "", "")]
    assert read(registry(("Ruo Tessa", "outgoing President", "")), texts, entities).loc["Ruo Tessa", "side"] == ""


def _one_article_registry(sentences: pd.DataFrame, roles: pd.DataFrame) -> pd.DataFrame:
    """The registry of one undated article made of ``sentences`` and ``roles``, by name."""
    articles = pd.DataFrame({"article_id": ["a1"], "published": [None], "title": [""], "n_sentences": [3]})
    sources = pd.DataFrame(columns=["article_id", "sentence_id", "start_char", "end_char", "description",
                                    "named", "head", "side"])
    ann = SimpleNamespace(roles=roles, mentions=roles[["article_id", "sentence_id", "start_char", "end_char", "text",
                                                      "label", "canonical"]],
                          articles=articles, sources=sources, sentences=sentences)
    return actor_registry(ann).set_index("name")


def test_the_registry_reads_a_bare_office_from_the_states_named_near_it():
    sentences, roles = corpus(TEXTS, ENTITIES)
    roles.loc[roles["text"] == "Lina Marov", "role"] = "President"
    roles.loc[roles["text"] == "Edo Vask", "role"] = "President"
    reg = _one_article_registry(sentences, roles)
    assert reg.loc["Edo Vask", "side"] == "Senegal"
    assert NEARBY_CUE in reg.loc["Edo Vask", "side_evidence"]


def test_two_states_left_are_told_apart_by_the_capital_every_story_of_his_is_filed_in():
    texts = {"e1": ["DAKAR (Wire) — President Edo Vask met envoys of Mali.", "Senegal hosted the talks."]}
    entities: list[Entity] = [("e1", 0, "Edo Vask", "PERSON", "person", "", ""),
                              ("e1", 0, "Mali", "GPE", "government", "", ""),
                              ("e1", 1, "Senegal", "GPE", "government", "", "")]
    table = registry(("Edo Vask", "President", ""))
    assert read(table, texts, entities).loc["Edo Vask", "side"] == "Mali"  # one state beside him: the dateline is no match
    texts = {"e1": ["DAKAR (Wire) — President Edo Vask met envoys of Mali and Senegal."]}
    entities = [*entities[:2], ("e1", 0, "Senegal", "GPE", "government", "", "")]
    assert read(table, texts, entities).loc["Edo Vask", "side"] == "Senegal"  # filed in Senegal's capital
    texts = {"e1": ["LIMA (Wire) — President Edo Vask met envoys of Mali and Senegal."]}
    assert read(table, texts, entities).loc["Edo Vask", "side"] == ""  # Peru's capital breaks no tie of two others


def test_an_office_held_written_with_its_state_is_held_for_that_state():
    # "President of Mali", "Malian President": Mali's President, no office left for a bare "President"
    texts = {"a1": ["President Lina Marov of Mali hosted the ceremony.", "President Edo Vask thanked Mali for the talks."]}
    entities: list[Entity] = [
        ("a1", 0, "Lina Marov", "PERSON", "person", "Mali", "Mali"), ("a1", 0, "Mali", "GPE", "modifier", "", ""),
        ("a1", 1, "Edo Vask", "PERSON", "person", "", ""), ("a1", 1, "Mali", "GPE", "government", "", "")]
    for role in ("President", "President of Mali", "Malian President"):
        table = read(registry(("Lina Marov", role, "Mali"), ("Edo Vask", "President", "")), texts, entities)
        assert table.loc["Edo Vask", "side"] == "", role


def test_the_head_of_a_body_every_state_has_is_a_bare_office_of_one_state():
    # "central bank governor", "director of the Police": one per state, as "President" is,
    # though "Governor" alone is an office many hold at once
    for role in ("central bank governor", "director of the Police", "army chief"):
        table = read(registry(("Lina Marov", role, "Mali"), ("Edo Vask", role, "")), TEXTS, ENTITIES)
        assert table.loc["Edo Vask", "side"] == "Senegal", role  # Mali's is Lina Marov
        assert NEARBY_CUE in table.loc["Edo Vask", "side_evidence"]
    table = read(registry(("Lina Marov", "Governor", "Mali"), ("Edo Vask", "Governor", "")), TEXTS, ENTITIES)
    assert table.loc["Edo Vask", "side"] == ""  # a governor of a province: many per state


def _two_presidents(kind: CueKind, cue: str = "") -> pd.DataFrame:
    """The registry of TEXTS whose two people are each "President", Edo Vask's mention
    marked with the cue ``kind`` (and ``cue``)."""
    sentences, roles = corpus(TEXTS, ENTITIES)
    roles.loc[roles["text"].isin(["Lina Marov", "Edo Vask"]), "role"] = "President"
    roles["side_cue_kind"] = ""
    roles.loc[roles["text"] == "Edo Vask", "side_cue_kind"] = kind.value
    if cue:
        roles.loc[roles["text"] == "Edo Vask", "side_cue"] = cue
    return _one_article_registry(sentences, roles)


def test_an_office_below_the_state_takes_no_state_named_near_it():
    # "Velmar Police Chief Edo Vask": the roles reader marks a town's office, no state to guess
    reg = _two_presidents(CueKind.BELOW_THE_STATE)
    assert reg.loc["Edo Vask", "side"] == ""
    assert reg.loc["Lina Marov", "side"] == "Mali"


def test_a_state_met_across_a_verb_is_not_guessed_for_the_bare_office_another_is():
    # "... met the president, Edo Vask": the roles reader lists the states across the verb,
    # none of which is guessed for him; a state named near him that is not one of them still is
    reg = _two_presidents(CueKind.ACROSS_AN_ENCOUNTER, "Senegal")
    assert reg.loc["Edo Vask", "side"] == "" and reg.loc["Edo Vask", "side_evidence"] == ""
    reg = _two_presidents(CueKind.ACROSS_AN_ENCOUNTER, "Niger; Togo")
    assert reg.loc["Edo Vask", "side"] == "Senegal"  # met someone of another state


def test_of_two_states_left_the_one_named_near_every_mention_of_him_is_his():
    texts = {"e1": ["President Edo Vask has told Mali that Senegal cannot carry the burden."],
             "e2": ["President Edo Vask said that Senegal would help the refugees."]}
    entities: list[Entity] = [("e1", 0, "Edo Vask", "PERSON", "person", "", ""),
                              ("e1", 0, "Mali", "GPE", "government", "", ""),
                              ("e1", 0, "Senegal", "GPE", "government", "", ""),
                              ("e2", 0, "Edo Vask", "PERSON", "person", "", ""),
                              ("e2", 0, "Senegal", "GPE", "government", "", "")]
    table = read(registry(("Edo Vask", "President", "")), texts, entities)
    assert table.loc["Edo Vask", "side"] == "Senegal"
    assert NEARBY_CUE in table.loc["Edo Vask", "side_evidence"]
    apart = {"e1": ["President Edo Vask met an envoy of Mali."], "e2": ["President Edo Vask thanked Senegal."]}
    entities = [("e1", 0, "Edo Vask", "PERSON", "person", "", ""), ("e1", 0, "Mali", "GPE", "government", "", ""),
                ("e2", 0, "Edo Vask", "PERSON", "person", "", ""), ("e2", 0, "Senegal", "GPE", "government", "", "")]
    assert read(registry(("Edo Vask", "President", "")), apart, entities).loc["Edo Vask", "side"] == ""  # named apart


HEADED = {"a1": ["The government of Lina Marov presented the operation as proportionate.",
                 "Troops from Senegal left the islet at dawn.",
                 "Defence Minister Edo Vask gave an account of the operation, which Senegal protested."]}
HEADED_ENTITIES: list[Entity] = [
    ("a1", 0, "Lina Marov", "PERSON", "person", "", ""), ("a1", 1, "Senegal", "GPE", "government", "", ""),
    ("a1", 2, "Edo Vask", "PERSON", "person", "", ""), ("a1", 2, "Senegal", "GPE", "government", "", "")]


def test_a_bare_office_is_held_for_the_government_its_article_names_by_its_head():
    table = read(registry(("Lina Marov", "Prime Minister", "Mali"), ("Edo Vask", "Defence Minister", "")),
                 HEADED, HEADED_ENTITIES)
    assert table.loc["Edo Vask", "side"] == "Mali"  # Lina Marov's government, not the state named beside him
    assert table.loc["Edo Vask", "side_evidence"].startswith("context: the government his article names by its head")


def test_a_government_named_by_a_head_of_no_state_leaves_the_states_named_near_to_decide():
    table = read(registry(("Lina Marov", "rebel leader", ""), ("Edo Vask", "Defence Minister", "")),
                 HEADED, HEADED_ENTITIES)
    assert table.loc["Edo Vask", "side"] == "Senegal"


def test_a_monarch_is_of_no_government_named_by_its_head():
    table = read(registry(("Lina Marov", "Prime Minister", "Mali"), ("Edo Vask", "King", "")),
                 HEADED, HEADED_ENTITIES)
    assert not table.loc["Edo Vask", "side_evidence"].startswith("context: the government his article names")


def test_with_no_state_near_him_the_state_every_story_of_his_is_filed_in_and_names_is_his():
    texts = {"h1": ["DAKAR (Wire) — Crowds stormed the parliament in Dakar overnight.",
                    "The speaker was beaten.",
                    "Mali called for calm.",
                    "President Edo Vask said he had not been consulted."]}
    entities: list[Entity] = [("h1", 0, "Dakar", "GPE", "place", "", ""),
                              ("h1", 3, "Edo Vask", "PERSON", "person", "", "")]
    table = read(registry(("Edo Vask", "President", "")), texts, entities)
    assert table.loc["Edo Vask", "side"] == "Senegal"
    assert NEARBY_CUE in table.loc["Edo Vask", "side_evidence"]
    near = [*entities, ("h1", 2, "Mali", "GPE", "government", "", "")]
    assert read(registry(("Edo Vask", "President", "")), texts, near).loc["Edo Vask", "side"] == "Mali"
    taken = read(registry(("Edo Vask", "President", ""), ("Lina Marov", "President", "Senegal")), texts, entities)
    assert taken.loc["Edo Vask", "side"] == ""  # Senegal's President is another actor
    visiting = dict(texts, h1=[*texts["h1"][:3], "President Edo Vask, who flew in from Bamako, said he had not been consulted."])
    visitor = [*entities, ("h1", 3, "Bamako", "GPE", "place", "", "")]
    assert read(registry(("Edo Vask", "President", "")), visiting, visitor).loc["Edo Vask", "side"] == ""  # a visitor
    texts["h2"] = ["LIMA (Wire) — President Edo Vask arrived."]
    entities.append(("h2", 0, "Edo Vask", "PERSON", "person", "", ""))
    assert read(registry(("Edo Vask", "President", "")), texts, entities).loc["Edo Vask", "side"] == ""  # filed apart
    texts = {"h1": ["DAKAR (Wire) — Crowds stormed the parliament overnight.", texts["h1"][3]]}
    entities = [("h1", 1, "Edo Vask", "PERSON", "person", "", "")]
    assert read(registry(("Edo Vask", "President", "")), texts, entities).loc["Edo Vask", "side"] == ""  # a dateline alone


def test_two_states_left_in_a_story_with_no_dateline_are_told_apart_by_the_one_its_lead_names():
    texts = {"l1": ["By Ana Roe",
                    "Senegal's government closed ranks behind the accords, but the mood in Dakar is anxious.",
                    "Prime Minister Edo Vask said Mali's troops must leave and Senegal would help."]}
    entities: list[Entity] = [("l1", 1, "Senegal", "GPE", "government", "", ""), ("l1", 1, "Dakar", "GPE", "place", "", ""),
                              ("l1", 2, "Edo Vask", "PERSON", "person", "", ""),
                              ("l1", 2, "Mali", "GPE", "government", "", ""), ("l1", 2, "Senegal", "GPE", "government", "", "")]
    table = registry(("Edo Vask", "Prime Minister", ""))
    assert read(table, texts, entities).loc["Edo Vask", "side"] == "Senegal"
    texts["l1"][1] = "Senegal and Mali closed ranks behind the accords, but the mood in Dakar is anxious."
    both = [*entities, ("l1", 1, "Mali", "GPE", "government", "", "")]
    assert read(table, texts, both).loc["Edo Vask", "side"] == ""  # a lead of two states breaks no tie


def test_a_state_met_across_a_verb_is_left_for_the_bare_office_of_someone_else():
    # "President Edo Vask congratulated Senegal's leaders": not Senegal's President, so its
    # office is free for the President named after him
    texts = {"c1": ["President Edo Vask congratulated Senegal's leaders.", "President Ruo Tessa has not spoken."]}
    entities: list[Entity] = [("c1", 0, "Edo Vask", "PERSON", "person", "", ""),
                              ("c1", 0, "Senegal", "GPE", "government", "", ""),
                              ("c1", 1, "Ruo Tessa", "PERSON", "person", "", "")]
    sentences, roles = corpus(texts, entities)
    mentions = mentions_of(roles).assign(side_cue_kind="", side_cue="")
    mentions.loc[mentions["actor"] == "Edo Vask", ["side_cue_kind", "side_cue"]] = [
        CueKind.ACROSS_AN_ENCOUNTER.value, "Senegal"]
    table = sides_named_nearby(registry(("Edo Vask", "President", ""), ("Ruo Tessa", "President", "")), mentions,
                               roles, lambda ids: sentences[sentences["article_id"].isin(ids)]).set_index("name")
    assert (table.loc["Edo Vask", "side"], table.loc["Ruo Tessa", "side"]) == ("", "Senegal")


def test_a_holder_who_meets_only_other_states_in_a_story_filed_at_home_is_the_host():
    texts = {"p1": ["DAKAR (Wire) — Niger's envoy left the talks in Dakar.",
                    "President Edo Vask signed as a witness with Chancellor Ruo Tessa of Mali."]}
    entities: list[Entity] = [("p1", 0, "Niger", "GPE", "government", "", ""), ("p1", 0, "Dakar", "GPE", "place", "", ""),
                              ("p1", 1, "Edo Vask", "PERSON", "person", "", ""),
                              ("p1", 1, "Ruo Tessa", "PERSON", "person", "Mali", "of Mali")]
    sentences, roles = corpus(texts, entities)
    mentions = mentions_of(roles).assign(side_cue_kind="", side_cue="")
    table = registry(("Edo Vask", "President", ""), ("Ruo Tessa", "Chancellor", "Mali"))
    lookup = lambda ids: sentences[sentences["article_id"].isin(ids)]  # noqa: E731
    assert sides_named_nearby(table, mentions, roles, lookup).set_index("name").loc["Edo Vask", "side"] == "Mali"
    mentions.loc[mentions["actor"] == "Edo Vask", ["side_cue_kind", "side_cue"]] = [
        CueKind.ACROSS_AN_ENCOUNTER.value, "Mali"]
    assert sides_named_nearby(table, mentions, roles, lookup).set_index("name").loc["Edo Vask", "side"] == "Senegal"
    texts["p1"][0] = "LIMA (Wire) — Niger's envoy left the talks in Dakar."
    sentences, roles = corpus(texts, entities)
    assert sides_named_nearby(table, mentions, roles, lookup).set_index("name").loc["Edo Vask", "side"] == "Niger"


def test_an_office_read_in_english_from_another_language_s_title_keeps_that_title_s_scope():
    # "el jefe de Gabinete" is read "Chief of Cabinet", which no English title row gives: its
    # Spanish row says it is a state's office, so the bare office takes the state named beside it
    texts = {"d1": ["Senegal rejected the plan on Monday.", "Chief of Cabinet Edo Vask said it came too late."]}
    entities: list[Entity] = [("d1", 0, "Senegal", "GPE", "government", "", ""),
                              ("d1", 1, "Edo Vask", "PERSON", "person", "", "")]
    table = read(registry(("Edo Vask", "Chief of Cabinet", "")), texts, entities)
    assert table.loc["Edo Vask", "side"] == "Senegal"
    # a head of mission ("jefe de misión") is posted abroad: the state beside him may be the host's
    table = read(registry(("Edo Vask", "head of mission", "")), texts, entities)
    assert table.loc["Edo Vask", "side"] == ""


def test_a_government_named_by_its_head_s_name_the_model_tagged_with_it_is_his():
    # "el Gobierno de Marov" tagged as one organisation: no mention of Lina Marov there, yet
    # her name names the government, as "the government of Lina Marov" does
    texts = {"a1": ["Prime Minister Lina Marov of Mali arrived on Monday.",
                    "Troops from Senegal left the islet at dawn, and Senegal protested.",
                    "There were tensions inside el Gobierno de Marov, too.",
                    "El ministro de Defensa, Edo Vask, resigned over the operation."]}
    entities: list[Entity] = [
        ("a1", 0, "Lina Marov", "PERSON", "person", "Mali", "Mali"), ("a1", 0, "Mali", "GPE", "modifier", "", ""),
        ("a1", 1, "Senegal", "GPE", "government", "", ""),
        ("a1", 2, "Gobierno de Marov", "ORG", "organization", "", ""),
        ("a1", 3, "Edo Vask", "PERSON", "person", "", "")]
    table = read(registry(("Lina Marov", "Prime Minister", "Mali"), ("Edo Vask", "Defence Minister", "")),
                 texts, entities)
    assert table.loc["Edo Vask", "side"] == "Mali"
    assert table.loc["Edo Vask", "side_evidence"].startswith("context: the government his article names by its head")
    # a name two people of two states share names neither government
    table = read(registry(("Lina Marov", "Prime Minister", "Mali"), ("Ivo Marov", "President", "Senegal"),
                          ("Edo Vask", "Defence Minister", "")), texts, entities)
    assert not table.loc["Edo Vask", "side_evidence"].startswith("context: the government his article names")



@pytest.mark.parametrize(("role", "side"), [("King", "Norway"), ("Governor", "")])
def test_a_monarch_near_several_states_takes_the_one_kingdom_among_them(role, side):
    # a crown is the one kingdom's of Mali and Norway; a governor may be either's
    entities: list[Entity] = [("a1", 0, state, "GPE", "government", "", "") for state in ("Mali", "Norway")]
    entities.append(("a1", 1, "Edo Vask", "PERSON", "person", "", ""))
    texts = {"a1": ["Mali and Norway signed the accord in Praia.", f"{role} Edo Vask attended the ceremony."]}
    assert read(registry(("Edo Vask", role, "")), texts, entities).loc["Edo Vask", "side"] == side
