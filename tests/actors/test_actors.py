"""kit.actors.registry: the actor registry, unnamed sources and quotes, on three corpora.

- a hand-written mini corpus (must-merge and must-not-merge cases),
- ``tests/data/actors_corpus`` (an invented negotiation whose expected
  tables were written before the code),
- the seed article (golden values a careful reader agrees with).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from kit.actors.registry import actor_mentions, actor_registry, quote_table, slug, unnamed_share
from kit.extract.sidecues import CueKind
from kit.ingest.load import load
from kit.nlp.run import annotate
from kit.schema import Article

ROOT = Path(__file__).resolve().parents[2]
FILED = CueKind.BARE_OFFICE_FILED.value  # the kind of a bare office's side read from a story's dateline
CORPUS = ROOT / "tests" / "data" / "actors_corpus"
MINI = {
    "a1": "White House homeland security adviser Elizabeth Sherwood-Randall met Mexico's Secretary of "
          "Foreign Affairs Alicia Bárcena on Monday. Mexican President Andrés Manuel López Obrador called "
          "on the U.S. to send aid. The Biden administration has pressed Mexico to act. President Joe "
          "Biden said the talks went well. Officials met in Washington on Friday.",
    "a2": "Liz Sherwood-Randall spoke with Alicia Barcena by phone. Lopez Obrador said the border was "
          "calm. Mexico has asked Washington for more aid.",
    "a3": "Guatemalan Defense Minister Mario Castillo met Honduran Foreign Minister Rosa Castillo in "
          "Tegucigalpa.",
    "a4": "Honduran Foreign Minister Castillo said the talks would resume next week.",
    "a5": "Mario Castillo and Rosa Castillo are not related. Later, Castillo said the border would stay open.",
}


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    articles = [Article(id=k, title=k, text=v, published=dt.date(2024, 1, i + 1))
                for i, (k, v) in enumerate(MINI.items())]
    return annotate(articles, cache_dir=tmp_path_factory.mktemp("mini-cache"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return annotate(load(CORPUS / "articles").articles, cache_dir=tmp_path_factory.mktemp("corpus-cache"))


@pytest.fixture(scope="module")
def seed(seed_ann):
    """The seed article, loaded and annotated by conftest (aliases from data/aliases.csv)."""
    return seed_ann


def row_of(registry, name):
    hits = registry[registry["name"] == name]
    assert len(hits) == 1, f"{name!r}: {len(hits)} rows in {registry['name'].tolist()}"
    return hits.iloc[0]


def aliases_of(registry, name):
    return set(row_of(registry, name)["aliases"].split("; "))


# -- hand-written mini corpus -------------------------------------------------
@pytest.mark.model
def test_spellings_of_one_person_merge_and_say_why(mini):
    reg = actor_registry(mini)
    assert {"Liz Sherwood-Randall", "Elizabeth Sherwood-Randall"} <= aliases_of(reg, "Elizabeth Sherwood-Randall")
    assert {"Alicia Barcena", "Alicia Bárcena"} <= aliases_of(reg, "Alicia Bárcena")
    assert {"Lopez Obrador", "Andrés Manuel López Obrador"} <= aliases_of(reg, "Andrés Manuel López Obrador")
    assert "nicknames.csv" in row_of(reg, "Elizabeth Sherwood-Randall")["merged_because"]
    assert "accents" in row_of(reg, "Alicia Bárcena")["merged_because"]
    assert row_of(reg, "Alicia Bárcena")["articles"] == 2


@pytest.mark.model
def test_people_sharing_a_surname_stay_apart(mini):
    reg = actor_registry(mini)
    mario, rosa = row_of(reg, "Mario Castillo"), row_of(reg, "Rosa Castillo")
    assert (mario["side"], mario["role"]) == ("Guatemala", "Defense Minister")
    assert (rosa["side"], rosa["role"]) == ("Honduras", "Foreign Minister")
    assert "Castillo" not in aliases_of(reg, "Mario Castillo")
    ambiguous = row_of(reg, "Castillo")  # a5: either of them; a reader cannot tell
    assert ambiguous["articles"] == 1 and ambiguous["first_article_id"] == "a5"


@pytest.mark.model
def test_a_shared_surname_joins_the_one_person_with_its_side_and_role(mini):
    rosa = row_of(actor_registry(mini), "Rosa Castillo")
    assert "side/role" in rosa["merged_because"]
    short = actor_mentions(mini).query("text == 'Castillo'").set_index("article_id")["actor"]
    assert short.to_dict() == {"a4": "Rosa Castillo", "a5": "Castillo"}


@pytest.mark.model
def test_governments_stay_apart_from_people_and_cities(mini):
    reg = actor_registry(mini)
    admin, biden = row_of(reg, "Biden administration"), row_of(reg, "Joe Biden")
    assert (admin["kind"], biden["kind"]) == ("government", "person")
    washington = row_of(reg, "Washington")  # "asked Washington": the government; "met in Washington": a place
    assert (washington["kind"], washington["side"], washington["mentions"]) == ("government", "United States", 1)
    assert washington["first_article_id"] == "a2"


@pytest.mark.model
def test_alias_table_forces_a_merge_and_is_named_as_the_reason(mini, tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text("alias,canonical\nBiden administration,Joe Biden\n", encoding="utf-8")
    for aliases in (table, {"Biden administration": "Joe Biden"}):
        reg = actor_registry(mini, aliases=aliases)
        assert "Biden administration" not in set(reg["name"])
        assert "alias table" in row_of(reg, "Joe Biden")["merged_because"]


@pytest.mark.model
def test_registry_columns_and_stable_ids(mini):
    reg = actor_registry(mini)
    assert list(reg.columns) == [
        "actor_id", "name", "kind", "named", "role", "side", "aliases", "mentions", "articles",
        "outlets", "languages", "first_article_id", "first_sentence_id", "last_article_id", "last_sentence_id", "merged_because",
        "role_evidence", "role_conflicts", "side_evidence", "side_conflicts", "credit"]
    assert reg["actor_id"].is_unique
    assert row_of(reg, "Andrés Manuel López Obrador")["actor_id"] == "andres-manuel-lopez-obrador"
    assert reg.equals(actor_registry(mini))


def fake_ann(names: list[tuple[str, str, str]]) -> SimpleNamespace:
    """Annotations with one roles/mentions row per (text, canonical, kind), one per article."""
    roles = pd.DataFrame([
        {"article_id": f"x{i}", "sentence_id": 0, "start_char": 0, "end_char": len(t), "text": t,
         "label": "PERSON" if k == "person" else "ORG", "canonical": c, "kind": k, "role": "",
         "side": "", "side_cue": "", "affiliation": ""} for i, (t, c, k) in enumerate(names)])
    mentions = roles[["article_id", "sentence_id", "start_char", "end_char", "text", "label", "canonical"]]
    articles = pd.DataFrame({"article_id": roles["article_id"], "published": None, "title": "",
                             "n_sentences": 1})
    sentences = pd.DataFrame({"article_id": roles["article_id"], "sentence_id": 0, "start_char": 0,
                              "end_char": roles["end_char"], "text": roles["text"]})
    sources = pd.DataFrame(columns=["article_id", "sentence_id", "start_char", "end_char", "description",
                                    "named", "head", "side"])
    return SimpleNamespace(roles=roles, mentions=mentions, articles=articles, sources=sources,
                           sentences=sentences)


def test_each_actor_lists_the_outlets_and_languages_that_name_it():
    ann = fake_ann([("Teodora Blum", "Teodora Blum", "person"), ("Blum", "Blum", "person"),
                    ("Teodora Blum", "Teodora Blum", "person"), ("Iker Sande", "Iker Sande", "person")])
    ann.articles = ann.articles.assign(source=["Diario Sur", "Tern Wire", "Tern Wire", ""],
                                       language=["es", "en", "en", "en"])
    reg = actor_registry(ann)
    blum, sande = row_of(reg, "Teodora Blum"), row_of(reg, "Iker Sande")
    assert (blum["articles"], blum["outlets"], blum["languages"]) == (3, "Diario Sur; Tern Wire", "en; es")
    assert (sande["outlets"], sande["languages"]) == ("", "en")  # an article with no outlet named


def test_the_outlet_of_a_person_s_article_is_never_the_person_s_side():
    # "OSKAR, Aug. 7 (NWS) - ... Ivo Kasar, the rebels' spokesman": a credit read as a side
    ann = fake_ann([("Ivo Kasar", "Ivo Kasar", "person"), ("Lena Vos", "Lena Vos", "person"),
                    ("Mara Tull", "Mara Tull", "person")])
    ann.roles["side"] = ["NWS", "Northern Wire Service", "NWS"]
    ann.roles["side_cue"] = ann.roles["side"]
    ann.articles = ann.articles.assign(source=["Northern Wire Service", "Northern Wire Service", "Daily Tern"])
    reg = actor_registry(ann)
    assert (row_of(reg, "Ivo Kasar")["side"], row_of(reg, "Lena Vos")["side"]) == ("", "")
    assert row_of(reg, "Mara Tull")["side"] == "NWS"  # another outlet's article: not its own credit


def test_initials_and_accentless_short_forms_merge_without_the_model():
    ann = fake_ann([
        ("Andrés Manuel López Obrador", "Andrés Manuel López Obrador", "person"),
        ("Lopez Obrador", "Lopez Obrador", "person"), ("López Obrador", "López Obrador", "person"),
        ("AMLO", "AMLO", "organization"),
        ("the Organization of American States", "the Organization of American States", "organization"),
        ("OAS", "OAS", "organization"), ("Ana Ruiz", "Ana Ruiz", "person"),
        ("Luis Ruiz", "Luis Ruiz", "person"), ("Ruiz", "Ruiz", "person"),
    ])
    reg = actor_registry(ann)
    amlo = row_of(reg, "Andrés Manuel López Obrador")
    assert set(amlo["aliases"].split("; ")) == {"Andrés Manuel López Obrador", "Lopez Obrador",
                                               "López Obrador", "AMLO"}
    assert (amlo["kind"], amlo["mentions"]) == ("person", 4)
    assert "AMLO → Andrés Manuel López Obrador: initials" in amlo["merged_because"]
    assert "OAS" in aliases_of(reg, "Organization of American States")
    assert {"Ana Ruiz", "Luis Ruiz", "Ruiz"} <= set(reg["name"])  # ambiguous surname merges nowhere


def test_a_person_s_initials_the_model_tags_an_organisation_are_the_person_s():
    # "Mara Osk Ventel (MOV) said ... MOV added": two ORG mentions of her initials outvoted her
    ann = fake_ann([("Mara Osk Ventel", "Mara Osk Ventel", "person"), ("MOV", "MOV", "organization"),
                    ("MOV", "MOV", "organization"), ("the Tarn Bureau", "the Tarn Bureau", "organization"),
                    ("TB", "TB", "organization"), ("Tam Bel", "Tam Bel", "person")])
    ann.roles["article_id"] = "x0"
    ann.roles["start_char"] = [100 * i for i in range(len(ann.roles))]  # one article: spans apart
    ann.roles["end_char"] = ann.roles["start_char"] + ann.roles["text"].str.len()
    ann.mentions = ann.roles[["article_id", "sentence_id", "start_char", "end_char", "text", "label", "canonical"]]
    reg = actor_registry(ann)
    ventel = row_of(reg, "Mara Osk Ventel")
    assert (ventel["kind"], aliases_of(reg, "Mara Osk Ventel")) == ("person", {"Mara Osk Ventel", "MOV"})
    # initials a body's name and a person's both spell stay an organisation's, joined to neither
    assert (row_of(reg, "Tarn Bureau")["kind"], row_of(reg, "TB")["kind"]) == ("organization", "organization")


def test_a_side_written_as_a_party_without_its_party_word_is_that_party():
    ann = fake_ann([("David Trimble", "David Trimble", "person"), ("Seamus Mallon", "Seamus Mallon", "person"),
                    ("the Ulster Unionist Party", "the Ulster Unionist Party", "organization")])
    ann.roles["side"] = ["Ulster Unionist", "Social Democratic and Labour", ""]  # "the Ulster Unionist leader"
    ann.roles["side_cue"] = ann.roles["side"]
    reg = actor_registry(ann)
    assert row_of(reg, "David Trimble")["side"] == "Ulster Unionist Party"
    assert row_of(reg, "Seamus Mallon")["side"] == "Social Democratic and Labour"  # no such party named


def test_a_group_named_with_of_and_its_leader_is_the_group_without_the_leader():
    ann = fake_ann([("Osk Brel", "Osk Brel", "person"), ("Mara Ventel", "Mara Ventel", "person"),
                    ("the Tarn Liberation Front of Osk Brel", "Tarn Liberation Front of Osk Brel", "organization"),
                    ("the Tarn Liberation Front", "Tarn Liberation Front of Osk Brel", "organization"),
                    ("the Party of Velmaria Regions", "Party of Velmaria Regions", "organization")])
    # "Its chairman, Osk Brel": the front, as the corpus names it in full once
    ann.roles["side"] = ["Tarn Liberation Front of Osk Brel", "Party of Velmaria Regions", "", "", ""]
    ann.roles["role"] = ["chairman of the Tarn Liberation Front of Osk Brel", "", "", "", ""]
    ann.roles["side_cue"] = ["context: its", "affiliation", "", "", ""]
    reg = actor_registry(ann)
    assert row_of(reg, "Osk Brel")[["side", "role"]].tolist() == [
        "Tarn Liberation Front", "chairman of the Tarn Liberation Front"]
    assert "the Tarn Liberation Front of Osk Brel" in aliases_of(reg, "Tarn Liberation Front")  # as printed
    assert row_of(reg, "Mara Ventel")["side"] == "Party of Velmaria Regions"  # no person: its name
    ann = fake_ann([("Mara Ventel", "Mara Ventel", "person"), ("Velmaria Regions", "Velmaria Regions", "person"),
                    ("the Party of Velmaria Regions", "Party of Velmaria Regions", "organization")])
    ann.roles["side"] = ["Party of Velmaria Regions", "", ""]
    ann.roles["side_cue"] = ["affiliation", "", ""]  # a name the model took for a person's, no role read
    assert row_of(actor_registry(ann), "Mara Ventel")["side"] == "Party of Velmaria Regions"


def test_a_body_s_name_of_today_as_a_side_is_the_former_name_the_corpus_prints():
    former = "Conference on Security and Co-operation in Europe"
    ann = fake_ann([("Osk Brel", "Osk Brel", "person"), ("OSCE", former, "organization"),
                    (f"the {former}", former, "organization")])
    ann.roles["side"] = ["Organization for Security and Co-operation in Europe", "", ""]  # "OSCE chief Osk Brel"
    ann.roles["side_cue"] = ["body: OSCE", "", ""]
    assert row_of(actor_registry(ann), "Osk Brel")["side"] == former


def test_a_people_s_adjective_before_a_title_is_the_party_named_with_that_word():
    ann = fake_ann([("Tarin Vosk", "Tarin Vosk", "person"), ("Ema Dalic", "Ema Dalic", "person"),
                    ("Oren Pell", "Oren Pell", "person"), ("Ilya Marn", "Ilya Marn", "person"),
                    ("the Harvest Party of Ostrava (Verdist)", "the Harvest Party of Ostrava (Verdist)", "organization"),
                    ("the Kettani", "the Kettanis", "group"), ("Kettani", "Kettani", "organization")])
    # "Verdist leader Tarin Vosk", "a Kettani official, Ema Dalic", "the Catholic bishop Oren Pell"
    ann.roles["side"] = ["Verdist", "Kettani", "Catholic", "Kettanis", "", "", ""]
    ann.roles["side_cue"] = ["party adjective: Verdist", "party adjective: Kettani", "party adjective: Catholic",
                             "the Kettanis' committee", "", "", ""]
    reg = actor_registry(ann)
    assert row_of(reg, "Tarin Vosk")["side"] == "Harvest Party of Ostrava (Verdist)"
    assert row_of(reg, "Ema Dalic")["side"] == "Kettanis"  # of two, the one given as a side
    assert row_of(reg, "Oren Pell")["side"] == ""  # no party is named with the word


def test_a_people_s_adjective_is_no_party_whose_longer_name_it_only_describes():
    ann = fake_ann([("Tarin Vosk", "Tarin Vosk", "person"), ("Ema Dalic", "Ema Dalic", "person"),
                    ("Verdist Brotherhood", "Verdist Brotherhood", "organization"),
                    ("Kettani Democratic Party", "Kettani Democratic Party", "organization")])
    # "Verdist leader Tarin Vosk", "Kettani commander Ema Dalic": members of the community, of no party
    ann.roles["side"] = ["Verdist", "Kettani", "", ""]
    ann.roles["side_cue"] = ["party adjective: Verdist", "party adjective: Kettani", "", ""]
    reg = actor_registry(ann)
    assert row_of(reg, "Tarin Vosk")["side"] == ""
    assert row_of(reg, "Ema Dalic")["side"] == ""


def test_a_people_s_adjective_is_the_party_named_with_the_word_and_a_party_noun():
    ann = fake_ann([("Tarin Vosk", "Tarin Vosk", "person"), ("the Lumen Party", "the Lumen Party", "organization"),
                    ("Lumen Democratic Union", "Lumen Democratic Union", "organization")])
    ann.roles["side"] = ["Lumen", "", ""]  # "Lumen leader Tarin Vosk"
    ann.roles["side_cue"] = ["party adjective: Lumen", "", ""]
    assert row_of(actor_registry(ann), "Tarin Vosk")["side"] == "Lumen Party"


def test_a_party_family_word_is_the_party_named_with_the_word_after_a_spanish_party_noun():
    ann = fake_ann([("Tarin Vosk", "Tarin Vosk", "person"), ("Ema Dalic", "Ema Dalic", "person"),
                    ("el Partido Liberal", "Partido Liberal", "organization")])
    ann.roles["side"] = ["liberal", "conservador", ""]  # "el liberal Tarin Vosk", "el conservador Ema Dalic"
    ann.roles["side_cue"] = ["party adjective: liberal", "party adjective: conservador", ""]
    reg = actor_registry(ann)
    assert row_of(reg, "Tarin Vosk")["side"] == "Partido Liberal"
    assert row_of(reg, "Ema Dalic")["side"] == ""  # no party of the corpus is named with the word


def test_a_person_with_no_side_who_heads_a_movement_of_the_corpus_is_of_it():
    ann = fake_ann([("Tarin Vosk", "Tarin Vosk", "person"), ("Ema Dalic", "Ema Dalic", "person"),
                    ("Oren Pell", "Oren Pell", "person"),
                    ("el Movimiento de Unidad Cívica", "Movimiento de Unidad Cívica", "organization")])
    ann.roles["role"] = ["head of the Movimiento de Unidad Cívica", "head of the Movimiento de Unidad Cívica",
                         "member of the Movimiento de Unidad Cívica", ""]
    ann.roles["side"] = ["", "Tarn", "", ""]  # "Tarin Vosk encabeza el Movimiento ..."
    reg = actor_registry(ann)
    assert row_of(reg, "Tarin Vosk")["side"] == "Movimiento de Unidad Cívica"
    assert row_of(reg, "Ema Dalic")["side"] == "Tarn"  # a side read stays
    assert row_of(reg, "Oren Pell")["side"] == ""  # a member, no head


def test_a_person_who_heads_an_organisation_not_named_as_a_party_takes_no_side_from_it():
    # a charity or a newspaper is no side of the talks: "head of the Tarn Red Cross"
    ann = fake_ann([("Tarin Vosk", "Tarin Vosk", "person"), ("the Tarn Red Cross", "Tarn Red Cross", "organization")])
    ann.roles["role"] = ["head of the Tarn Red Cross", ""]
    assert row_of(actor_registry(ann), "Tarin Vosk")["side"] == ""


def test_a_people_s_adjective_no_party_is_named_with_keeps_no_spellings_apart():
    ann = fake_ann([("Abdusalami Karimu", "Abdusalami Karimu", "person"),
                    ("Abdulsalami Karimu", "Abdulsalami Karimu", "person"),
                    ("Abdulsalami Karimu", "Abdulsalami Karimu", "person")])
    ann.roles["side"] = ["Coastal", "Ruvania", "Ruvania"]  # "the Coastal mediator, Abdusalami Karimu"
    ann.roles["side_cue"] = ["party adjective: Coastal", "Ruvanian", "Ruvanian"]
    reg = actor_registry(ann)
    assert set(aliases_of(reg, "Abdulsalami Karimu")) == {"Abdusalami Karimu", "Abdulsalami Karimu"}
    assert row_of(reg, "Abdulsalami Karimu")["side"] == "Ruvania"


def test_a_name_one_article_gives_a_person_is_that_person_in_every_article():
    ann = fake_ann([("Ahmed Qurei", "Ahmed Qurei", "person"), ("Abu Ala", "Ahmed Qurei", "person"),
                    ("Abu Ala", "Abu Ala", "person"), ("Abu Mazen", "Abu Mazen", "person")])
    ann.roles["article_id"] = ann.mentions["article_id"] = ["x0", "x0", "x1", "x2"]  # "Qurei, known as Abu Ala"
    reg = actor_registry(ann)
    assert set(aliases_of(reg, "Ahmed Qurei")) == {"Ahmed Qurei", "Abu Ala"}
    assert "Abu Ala" not in set(reg["name"]) and row_of(reg, "Ahmed Qurei")["mentions"] == 3
    assert "Abu Mazen" in set(reg["name"])  # no article gives it to anyone


def test_a_name_the_model_reads_as_a_place_in_one_article_is_the_person_of_the_others():
    ann = fake_ann([("Ilse Varga", "Ilse Varga", "person"), ("Ilse Varga", "Ilse Varga", "place"),
                    ("Dakar", "Dakar", "place"), ("Dakar", "Dakar", "person"),
                    ("Osk Lanes", "Osk Lanes", "place")])
    reg = actor_registry(ann)
    assert row_of(reg, "Ilse Varga")[["kind", "mentions", "articles"]].tolist() == ["person", 2, 2]
    assert "Dakar" not in set(reg["name"])  # a capital of kit's lexicons stays a place
    assert "Osk Lanes" not in set(reg["name"])  # no one's name: a place
    # a city named after a person, after a preposition of place: the city
    ann.sentences.loc[1, "text"] = "Workers marched in Ilse Varga."
    ann.roles.loc[1, ["start_char", "end_char"]] = ann.mentions.loc[1, ["start_char", "end_char"]] = [19, 29]
    assert row_of(actor_registry(ann), "Ilse Varga")["mentions"] == 1


def test_a_name_given_to_a_person_joins_no_one_of_another_side():
    ann = fake_ann([("Tony Blair", "Tony Blair", "person"), ("Gerry Adams", "Tony Blair", "person"),
                    ("Gerry Adams", "Gerry Adams", "person")])
    ann.roles["article_id"] = ann.mentions["article_id"] = ["x0", "x0", "x1"]
    ann.roles["side"] = ann.roles["side_cue"] = ["United Kingdom", "", "Sinn Fein"]
    reg = actor_registry(ann)
    assert {"Tony Blair", "Gerry Adams"} <= set(reg["name"])


def test_a_body_each_state_names_for_itself_is_one_actor_per_state():
    ann = fake_ann([("Foreign Ministry", "Foreign Ministry", "government"),
                    ("Foreign Ministry", "Foreign Ministry", "government"),
                    ("Foreign Ministry", "Foreign Ministry", "government"),
                    ("Egyptian Foreign Ministry", "Egyptian Foreign Ministry", "government"),
                    ("Egyptian Foreign Ministry", "Egyptian Foreign Ministry", "government"),
                    ("Parliament", "Parliament", "government")])
    # "Egypt's Foreign Ministry", "Ethiopia's Foreign Ministry", a third read from context only;
    # a name holding its state, read once with a wrong side; one body with one state
    ann.roles["side"] = ["Egypt", "Ethiopia", "Sudan", "Egypt", "Sudan", "Kenya"]
    ann.roles["side_cue"] = ["Egypt", "Ethiopia", "context: the lead of a story filed in KHARTOUM",
                             "Egyptian", "Sudan", "Kenya"]
    reg = actor_registry(ann).set_index("name")
    assert reg.loc["Foreign Ministry (Egypt)", "side"] == "Egypt"
    assert reg.loc["Foreign Ministry (Ethiopia)", "side"] == "Ethiopia"
    assert reg.loc["Foreign Ministry", "mentions"] == 1  # no stated side: not given to either
    assert reg.loc["Egyptian Foreign Ministry", "mentions"] == 2  # one state and a wrong reading
    assert "Parliament" in reg.index and "Parliament (Kenya)" not in reg.index


def test_a_split_body_keeps_its_article_s_side_and_its_merge_reasons_and_organisations_stay_whole():
    ann = fake_ann([("Foreign Ministry", "Foreign Ministry", "government"),
                    ("the Foreign Ministry", "Foreign Ministry", "government"),
                    ("Foreign Ministry", "Foreign Ministry", "government"),
                    ("the Organization of American States", "the Organization of American States",
                     "organization"), ("OAS", "OAS", "organization"),
                    ("the Organization of American States", "the Organization of American States",
                     "organization")])
    ann.roles["article_id"] = ann.mentions["article_id"] = ["x0", "x0", "x1", "x2", "x3", "x3"]
    # "Egypt's Foreign Ministry ... the Foreign Ministry", then Ethiopia's; the OAS named by two states
    ann.roles["side"] = ann.roles["side_cue"] = ["Egypt", "", "Ethiopia", "Mexico", "Peru", "Peru"]
    reg = actor_registry(ann).set_index("name")
    assert reg.loc["Foreign Ministry (Egypt)", "mentions"] == 2 and "Foreign Ministry" not in reg.index
    oas = reg.loc["Organization of American States"]
    assert oas["mentions"] == 3 and "OAS → Organization of American States" in oas["merged_because"]


def test_slug_is_ascii_and_stable():
    assert slug("Alicia Bárcena") == "alicia-barcena"
    assert slug("  U.S.-Mexico ") == "us-mexico"


# -- the invented negotiation ------------------------------------------------------
EXPECTED = pd.read_csv(CORPUS / "expected_registry.csv", dtype=str, keep_default_na=False)


@pytest.mark.model
@pytest.mark.parametrize("expected", EXPECTED.to_dict("records"), ids=EXPECTED["actor_id"].tolist())
def test_corpus_registry_matches_the_expected_registry(corpus, expected):
    reg = actor_registry(corpus).set_index("actor_id")
    assert expected["actor_id"] in reg.index, f"missing {expected['name']}: {reg['name'].tolist()}"
    got = reg.loc[expected["actor_id"]]
    for column in ("name", "kind", "role", "side"):
        assert got[column] == expected[column], column
    assert set(expected["aliases"].split("; ")) <= set(got["aliases"].split("; "))
    assert int(got["articles"]) == int(expected["articles"])


@pytest.mark.model
def test_corpus_unnamed_sources_match_the_expected_table(corpus):
    expected = pd.read_csv(CORPUS / "expected_sources.csv", dtype=str, keep_default_na=False)
    found = corpus.sources[~corpus.sources["named"].astype(bool)]
    assert len(found) == len(expected)
    for want in expected.to_dict("records"):
        mine = found[(found["article_id"] == want["article_id"])
                     & found["description"].str.startswith(want["starts_with"])]
        assert len(mine) == 1, want
        got = mine.iloc[0]
        count = "" if pd.isna(got["count"]) else str(int(got["count"]))
        assert (got["side"], count, got["seniority"]) == (want["side"], want["count"], want["seniority"])


@pytest.mark.model
def test_corpus_unnamed_share_counts_each_article(corpus):
    expected = pd.read_csv(CORPUS / "expected_sources.csv", dtype=str).groupby("article_id").size()
    share = unnamed_share(corpus).set_index("article_id")
    assert share["unnamed"].to_dict() == expected.to_dict()
    assert (share["unnamed_share"] == share["unnamed"] / share["attributions"]).all()
    total = unnamed_share(corpus, by=None).iloc[0]
    assert (total["article_id"], total["unnamed"]) == ("all", expected.sum())
    with pytest.raises(ValueError, match="by must be 'article' or None"):
        unnamed_share(corpus, by="side")


@pytest.mark.model
def test_corpus_quotes_are_attributed_to_registry_actors(corpus):
    expected = pd.read_csv(CORPUS / "expected_quotes.csv", dtype=str)
    quotes = quote_table(corpus)
    assert len(quotes) == len(expected)
    for want in expected.to_dict("records"):
        hit = quotes[(quotes["article_id"] == want["article_id"])
                     & quotes["quote"].str.startswith(want["quote_starts_with"])]
        assert hit["actor"].tolist() == [want["speaker"]], want


# -- the seed article --------------------------------------------------------------
SEED_PEOPLE = {
    "Antony Blinken": ("Secretary of State", "United States"),
    "Alejandro Mayorkas": ("Homeland Security Secretary", "United States"),
    "Elizabeth Sherwood-Randall": ("White House homeland security adviser", "United States"),
    "Alicia Bárcena": ("Secretary of Foreign Affairs", "Mexico"),
    "Andrés Manuel López Obrador": ("President", "Mexico"),
}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(SEED_PEOPLE))
def test_seed_officials_have_the_articles_roles_and_sides(seed, name):
    got = row_of(actor_registry(seed), name)
    assert (got["kind"], got["role"], got["side"]) == ("person", *SEED_PEOPLE[name])


@pytest.mark.model
def test_seed_lopez_obrador_is_one_actor_with_both_forms(seed):
    amlo = row_of(actor_registry(seed), "Andrés Manuel López Obrador")
    assert aliases_of(actor_registry(seed), "Andrés Manuel López Obrador") == {
        "Andrés Manuel López Obrador", "López Obrador"}
    assert amlo["mentions"] == 2


@pytest.mark.model
def test_seed_rests_on_unnamed_sources(seed):
    reg = actor_registry(seed)
    assert reg.loc[~reg["named"], "mentions"].sum() >= 5
    us = row_of(reg, "unnamed officials (United States)")
    assert us["mentions"] >= 4 and "A third senior U.S. administration official" in us["aliases"]
    share = unnamed_share(seed).iloc[0]
    assert share["unnamed"] >= 5 and share["unnamed_share"] > 0.5


@pytest.mark.model
def test_seed_quotes_belong_to_the_officials_who_said_them(seed):
    quotes = quote_table(seed).set_index("quote")
    announcement = quotes.loc["We don’t expect any big announcements tomorrow."]
    assert announcement["speaker"].startswith("A senior U.S. administration official who spoke to reporters")
    assert announcement["actor"] == "unnamed officials (United States)" and announcement["verb"] == "say"
    agenda = quotes.loc["ambitious agenda."]
    assert (agenda["speaker"], agenda["actor"]) == ("a U.S official", "unnamed officials (United States)")


def test_merging_names_in_a_long_chain_keeps_them_one_actor():
    """Path halving must not detach part of a chain from its root."""
    from kit.actors.names import NameGraph

    names = [f"Agency {chr(65 + i)}" for i in range(8)]
    mentions = pd.DataFrame({"name": names, "corpus": names, "article_id": ["a1"] * 8,
                             "kind": ["org"] * 8, "text": names, "side": [""] * 8,
                             "role": ["", "", "", "", "", "", "", "regulator"]})
    graph = NameGraph(mentions, {})
    for shorter, longer in zip(names, names[1:]):  # each merge puts the old root under the next
        graph.union(longer, shorter, "test")
    assert {graph.find(n) for n in names} == {names[-1]}
    assert {graph.find(n) for n in reversed(names)} == {names[-1]}
    assert graph.traits["role"][names[-1]] == {"regulator"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "side", "lender"), [
    ("North Korean leader Kim Jong-un crossed the line on Friday. Kim Jong-un's father, "
     "Kim Jong-il, received a South Korean president in 2007.", "Kim Jong-il", "North Korea", "Kim Jong-un"),
    ("Norwegian Foreign Minister Johan Holst, who succeeded Erik Vold as foreign minister in May, "
     "flew to Tunis on Friday to keep the talks going.", "Erik Vold", "Norway", "Johan Holst"),
])
def test_a_relative_or_a_predecessor_in_office_takes_the_side_of_the_person_named_with_them(
        tmp_path, text, name, side, lender):
    ann = annotate([Article(id="k1", title="Talks", text=text, published=dt.date(2018, 4, 27))],
                   cache_dir=tmp_path)
    found = row_of(actor_registry(ann), name)
    assert (found["side"], found["side_evidence"], found["role"]) == (side, f"the side of {lender}", "")


def test_each_side_of_a_split_body_says_why_its_names_merged():
    ann = fake_ann([("the Ministry of Foreign Affairs", "the Ministry of Foreign Affairs", "government"),
                    ("MFA", "MFA", "government"),
                    ("the Ministry of Foreign Affairs", "the Ministry of Foreign Affairs", "government")])
    ann.roles["side"] = ann.roles["side_cue"] = ["Egypt", "Egypt", "Ethiopia"]
    reg = actor_registry(ann).set_index("name")
    egypt = reg.loc["Ministry of Foreign Affairs (Egypt)"]
    assert egypt["mentions"] == 2 and "MFA → Ministry of Foreign Affairs: initials" in egypt["merged_because"]
    assert reg.loc["Ministry of Foreign Affairs (Ethiopia)", "mentions"] == 1


def test_datelines_that_give_one_person_different_states_give_none():
    # "President Ana Reis" in stories filed in two capitals, and her own state named alone in a third
    ann = fake_ann([("Ana Reis", "Ana Reis", "person")] * 3)
    ann.roles["side"] = ["Valdonia", "Ostria", "Marovia"]
    ann.roles["side_cue"] = ["context: a bare office in a story filed in VALDA",
                             "context: a bare office in a story filed in OSTRA",
                             "context: the one state the article names"]
    ann.roles["side_cue_kind"] = [FILED, FILED, ""]
    assert row_of(actor_registry(ann), "Ana Reis")["side"] == "Marovia"
    ann.roles["side"] = ["Valdonia", "Valdonia", "Marovia"]  # two datelines agree: they count
    ann.roles["side_cue"] = ["context: a bare office in a story filed in VALDA"] * 2 + [
        "context: the one state the article names"]
    assert row_of(actor_registry(ann), "Ana Reis")["side"] == "Valdonia"
    ann.roles["side"] = ["Valdonia", "Ostria", "Ostria"]  # named in the lead of a story filed at home
    ann.roles["side_cue"] = ["context: the lead of a story filed in VALDA",
                             "context: a bare office in a story filed in OSTRA",
                             "context: a bare office in a story filed in VALDA"]
    ann.roles["side_cue_kind"] = ["", FILED, FILED]
    ann.roles.loc[2, "side"] = "Valdonia"
    assert row_of(actor_registry(ann), "Ana Reis")["side"] == "Valdonia"


def test_words_of_an_organisation_s_name_the_corpus_tags_whole_elsewhere_are_no_person():
    sentences = ["El Frente Zapoteco de Unidad Popular firmó.", "El Frente Zapoteco de Unidad Popular habló.",
                 "La Fundación Ilse Varga pagó.", "La Fundación Ilse Varga pagó.", "Ilse Varga llegó."]
    names = [("Frente Zapoteco de Unidad Popular", "organization"), ("Unidad Popular", "person"),
             ("Fundación Ilse Varga", "organization"), ("Ilse Varga", "person"), ("Ilse Varga", "person")]
    ann = fake_ann([(n, n, k) for n, k in names])
    starts = [s.index(n) for s, (n, _) in zip(sentences, names)]
    for table in (ann.roles, ann.mentions):
        table["start_char"] = starts
        table["end_char"] = [s + len(n) for s, (n, _) in zip(starts, names)]
    ann.sentences["text"] = sentences
    ann.sentences["end_char"] = [len(s) for s in sentences]
    reg = actor_registry(ann)
    assert "Unidad Popular" not in set(reg["name"])  # only ever inside the front's name
    assert row_of(reg, "Ilse Varga")["mentions"] == 2  # a person also named outside the foundation's name


def _one_word_registry(sentences, names):
    """The registry of one-word person names, one to a sentence."""
    ann = fake_ann([(n, n, "person") for n in names])
    starts = [s.index(n) for s, n in zip(sentences, names)]
    for table in (ann.roles, ann.mentions):
        table["start_char"] = starts
        table["end_char"] = [s + len(n) for s, n in zip(starts, names)]
    ann.sentences["text"] = sentences
    ann.sentences["end_char"] = [len(s) for s in sentences]
    return actor_registry(ann)


def test_a_peer_named_by_one_word_alone_goes_by_his_style_and_a_full_name_wins():
    sentences = ["The Foreign Secretary, Lord Osk, opened the talks.", "Osk said little.",
                 "Lady Ventel arrived.", "Mara Ventel spoke.", "Mr Brisco spoke."]
    names = ["Osk", "Osk", "Ventel", "Mara Ventel", "Brisco"]
    reg = _one_word_registry(sentences, names)
    assert row_of(reg, "Lord Osk")["mentions"] == 2  # the mention with no style joins too
    assert row_of(reg, "Mara Ventel")["mentions"] == 2  # named in full somewhere: the full name
    assert {"Osk", "Lady Ventel", "Mr Brisco"}.isdisjoint(reg["name"])  # "Mr" is no style of the peerage
    assert "Brisco" in set(reg["name"])


def test_a_one_word_name_a_style_of_the_peerage_opens_is_a_person_though_read_as_a_place_elsewhere():
    def registry(sentences, kinds):
        ann = fake_ann([("Tolvar", "Tolvar", kind) for kind in kinds])
        starts = [s.index("Tolvar") for s in sentences]
        for table in (ann.roles, ann.mentions):
            table["start_char"], table["end_char"] = starts, [s + 6 for s in starts]
        ann.sentences["text"], ann.sentences["end_char"] = sentences, [len(s) for s in sentences]
        return actor_registry(ann)

    styled = registry(["Lord Tolvar dimitió.", "Viajó a Tolvar.", "Tolvar habló."], ["person", "place", "person"])
    unstyled = registry(["Viajó a Tolvar.", "Tolvar habló."], ["place", "person"])
    assert row_of(styled, "Lord Tolvar")["mentions"] == 2
    assert "Tolvar" not in set(unstyled["name"])  # with no style: one word read as a place


def test_one_word_a_preposition_of_place_puts_somewhere_each_time_is_no_person():
    sentences = ["La sede está en Tolvar.", "Habló una mujer de Quenaro que vino.", "Said a man from Quenaro.",
                 "Llegó un mensaje de Brisco.", "Brisco firmó.", "El gobierno de Ferrán decidió."]
    names = ["Tolvar", "Quenaro", "Quenaro", "Brisco", "Brisco", "Ferrán"]
    reg = _one_word_registry(sentences, names)
    # once named outside a place's preposition ("Brisco firmó"); "of" with no one described before it
    assert sorted(reg.loc[reg["kind"] == "person", "name"]) == ["Brisco", "Ferrán"]


def test_one_word_after_a_definite_article_each_time_is_a_region_no_person():
    sentences = ["The envoy for Tarsk and the Velmora spoke.", "Troops left the Velmora.",
                 "Quilmar spoke to the envoy.", "Talks on the Brellia opened.", "Brellia signed."]
    names = ["Velmora", "Velmora", "Quilmar", "Brellia", "Brellia"]
    reg = _one_word_registry(sentences, names)
    # "Quilmar" follows no article; "Brellia" is once named on its own ("Brellia signed")
    assert sorted(reg.loc[reg["kind"] == "person", "name"]) == ["Brellia", "Quilmar"]


def test_one_word_after_a_text_a_kinsman_or_a_source_of_theirs_stays_a_person():
    sentences = ["Llegó una carta de Orbaldo.", "Habló un hermano de Tesmiro.", "Said an adviser of Quenaro.",
                 "Habló una mujer de Valdrigo que vino."]
    names = ["Orbaldo", "Tesmiro", "Quenaro", "Valdrigo"]
    reg = _one_word_registry(sentences, names)
    # the letter, the brother, the adviser are someone's; a woman from Valdrigo comes from a place
    assert sorted(reg.loc[reg["kind"] == "person", "name"]) == ["Orbaldo", "Quenaro", "Tesmiro"]


def test_a_side_read_from_a_place_is_the_state_the_place_belonged_to_when_the_article_was_published():
    ann = fake_ann([("Oleg Varnov", "Oleg Varnov", "person"), ("Pavel Dresk", "Pavel Dresk", "person"),
                    ("Ivo Marsk", "Ivo Marsk", "person"), ("Lev Tamsin", "Lev Tamsin", "person"),
                    ("Rada Kosel", "Rada Kosel", "person")])
    ann.roles["side"] = ["Russia", "Russia", "Russia", "Russia", "DR Congo"]
    ann.roles["side_cue"] = ["Moscow, whose", "Moscow, whose", "Russian", "context: MOSCOW", "Kinshasa"]
    ann.articles["published"] = ["1988-08-06", "1995-08-06", "1988-08-06", None, "1990-02-01"]
    reg = actor_registry(ann)
    assert [row_of(reg, n)["side"] for n in ("Oleg Varnov", "Pavel Dresk", "Ivo Marsk", "Lev Tamsin", "Rada Kosel")] \
        == ["Soviet Union", "Russia", "Russia", "Russia", "Zaire"]


def test_a_side_of_a_state_then_divided_is_the_state_whose_seat_the_cue_names_else_none():
    names = ["Oleg Varnov", "Pavel Dresk", "Ivo Marsk", "Lev Tamsin", "Rada Kosel"]
    ann = fake_ann([(n, n, "person") for n in names])
    ann.roles["side"] = ["Yemen", "Yemen", "Yemen", "Yemen", "Yemen"]
    ann.roles["side_cue"] = ["Aden's", "Yemeni", "Aden, whose", "Yemeni", "Sana'a"]  # a possessive too
    ann.articles["published"] = ["1980-03-01", "1980-03-01", "2020-01-01", None, "1980-03-01"]
    reg = actor_registry(ann)
    # a seat is its state's in its time, today's after; "Yemeni" does not say which of the two
    assert [row_of(reg, n)["side"] for n in names] == ["South Yemen", "", "Yemen", "Yemen", "Yemen"]


def test_a_seat_s_name_only_a_former_state_had_is_no_side_in_an_article_of_another_time(monkeypatch):
    from datetime import date

    from kit.lexicon import former
    from kit.lexicon.keys import name_key

    seats = {name_key("Velmora"): (former.FormerSeat("Republic of Tarn", "Osk", date(1960, 1, 1), date(1980, 1, 1)),)}
    monkeypatch.setattr(former, "former_seats", lambda: seats)
    names = ["Oleg Varnov", "Pavel Dresk", "Ivo Marsk", "Lev Tamsin"]
    ann = fake_ann([(n, n, "person") for n in names])
    ann.roles["side"] = ["Republic of Tarn", "Republic of Tarn", "Osk", "Republic of Tarn"]
    ann.roles["side_cue"] = ["context: VELMORA", "context: VELMORA", "Velmora", "Tarnese"]
    ann.articles["published"] = ["1975-03-01", "1990-03-01", "1975-03-01", "1990-03-01"]
    reg = actor_registry(ann)
    assert [row_of(reg, n)["side"] for n in names] == ["Republic of Tarn", "", "Republic of Tarn", "Republic of Tarn"]


@pytest.mark.model
def test_a_surname_addressed_before_another_bearer_is_named_reads_as_the_corpus_reads_it(tmp_path):
    """The corpus's well-known bearer of a surname, not one an article names only after
    its short use ("Mr Harlow told ... His prime minister, Laura Harlow, who is no relation")."""
    texts = {"b1": "President Daniel Harlow opened the talks in Velmora on Monday. Mr Harlow told reporters "
                   "that a deal was near.",
             "b2": "President Daniel Harlow welcomed the delegations. Mr Harlow told the delegates that the "
                   "door of peace was open.",
             "b3": "Mr Harlow told the ceremony that the door remained open. His prime minister, Laura Harlow, "
                   "who is no relation, will carry out the first steps."}
    articles = [Article(id=k, title=k, text=v, published=dt.date(2024, 1, i + 1))
                for i, (k, v) in enumerate(texts.items())]
    mentions = actor_mentions(annotate(articles, cache_dir=tmp_path))
    assert mentions.query("text == 'Harlow' and article_id == 'b3'")["actor"].tolist() == ["Daniel Harlow"]
    assert mentions.query("actor == 'Laura Harlow'")["text"].tolist() == ["Laura Harlow"]


@pytest.mark.model
def test_a_wife_an_honorific_addresses_by_her_husband_s_surname_is_her_own_person(tmp_path):
    """"Mrs Vance" is not President Arlo Vance, whom "Mr Vance" addresses (kit.lexicon.canonical)."""
    text = ("President Arlo Vance opened the talks in Velmora on Monday. Mr Vance told reporters that a deal "
            "was near. Mrs Vance, his wife, visited a hospital in the capital. Mrs Vance said the children "
            "needed help.")
    articles = [Article(id="v1", title="v1", text=text, published=dt.date(2024, 1, 1))]
    mentions = actor_mentions(annotate(articles, cache_dir=tmp_path))
    assert mentions.query("text == 'Vance'")["actor"].tolist() == ["Arlo Vance", "Mrs Vance", "Mrs Vance"]


@pytest.mark.model
def test_a_short_name_an_honorific_of_the_other_sex_addresses_in_another_article_is_not_the_person(tmp_path):
    """"Mrs Vance", alone in her article, is not President Arlo Vance, whom another article
    calls "Mr Vance" (the mentions' ``sex``, read by kit.actors.names)."""
    texts = {"v1": "President Arlo Vance opened the talks in Velmora on Monday. Mr Vance told reporters "
                   "that a deal was near.",
             "v2": "Mrs Vance visited a hospital in the capital on Tuesday. Mrs Vance said the children "
                   "needed help."}
    articles = [Article(id=i, title=i, text=t, published=dt.date(2024, 1, 1)) for i, t in texts.items()]
    mentions = actor_mentions(annotate(articles, cache_dir=tmp_path))
    assert mentions.query("text == 'Vance'")[["article_id", "actor"]].values.tolist() == [
        ["v1", "Arlo Vance"], ["v2", "Vance"], ["v2", "Vance"]]


def test_a_group_named_with_of_a_place_and_of_its_leader_is_cut_too():
    # the commit's own example, "the Front of Tarn of Osk Brel"
    ann = fake_ann([("Osk Brel", "Osk Brel", "person"),
                    ("the Front of Tarn of Osk Brel", "Front of Tarn of Osk Brel", "organization")])
    ann.roles["side"] = ["Front of Tarn of Osk Brel", ""]
    ann.roles["role"] = ["chairman of the Front of Tarn of Osk Brel", ""]
    ann.roles["side_cue"] = ["context: its", ""]
    assert row_of(actor_registry(ann), "Osk Brel")["side"] == "Front of Tarn"
