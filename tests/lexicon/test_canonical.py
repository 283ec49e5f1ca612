import pandas as pd
import pytest

from kit.lexicon.canonical import canonicalize, name_key, read_alias_table, within_article


def names(mentions):
    return [(m.text, m.label, m.canonical) for m in mentions]


def test_name_key_ignores_accents_case_punctuation_and_article():
    assert name_key("Alicia Bárcena") == name_key("ALICIA BARCENA")
    assert name_key("the U.S.") == name_key("US")
    assert name_key("Sherwood-Randall") == name_key("Sherwood Randall")
    assert name_key("Mexico") != name_key("New Mexico")


@pytest.mark.parametrize("variant", ["U.S.", "U.S", "US", "the United States", "United States", "USA"])
def test_country_variants_merge(variant):
    [m] = within_article([(0, len(variant), variant, "GPE")])
    assert (m.label, m.canonical) == ("GPE", "United States")


def test_country_compound_counts_both_countries_with_their_offsets():
    text = "at the U.S.-Mexico border"
    start = text.index("U.S.")
    parts = within_article([(start, start + 11, "U.S.-Mexico", "ORG")])
    assert [(text[m.start_char:m.end_char], m.canonical) for m in parts] == [
        ("U.S.", "United States"), ("Mexico", "Mexico")]


def test_surname_maps_to_the_full_name_in_the_same_article_even_if_mislabelled():
    ms = within_article([(0, 27, "Andrés Manuel López Obrador", "PERSON"), (50, 63, "López Obrador", "ORG")])
    assert names(ms)[1] == ("López Obrador", "PERSON", "Andrés Manuel López Obrador")


def test_shared_surname_stays_unmerged():
    ms = within_article([(0, 10, "Ana Garcia", "PERSON"), (20, 32, "Luis Garcia", "PERSON"),
                         (40, 46, "Garcia", "PERSON")])
    assert names(ms)[2] == ("Garcia", "PERSON", "Garcia")


def test_organisation_is_not_turned_into_a_person():
    ms = within_article([(0, 10, "Joe Biden", "PERSON"), (20, 40, "Biden administration", "ORG")])
    assert names(ms)[1] == ("Biden administration", "ORG", "Biden administration")


def test_across_articles_the_accented_spelling_wins():
    df = pd.DataFrame({"text": ["Alicia Barcena", "Alicia Bárcena", "Alicia Barcena"],
                       "canonical": ["Alicia Barcena", "Alicia Bárcena", "Alicia Barcena"],
                       "label": ["PERSON"] * 3})
    assert set(canonicalize(df)["canonical"]) == {"Alicia Bárcena"}


def test_user_aliases_override_everything(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical\nAMLO,Andrés Manuel López Obrador\nWashington,Washington D.C.\n")
    df = pd.DataFrame({"text": ["AMLO", "Washington"], "canonical": ["AMLO", "Washington"],
                       "label": ["ORG", "GPE"]})
    assert canonicalize(df, path)["canonical"].tolist() == [
        "Andrés Manuel López Obrador", "Washington D.C."]


def test_alias_table_without_header_names_the_fix(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("AMLO;López Obrador\n")
    with pytest.raises(ValueError, match="alias,canonical"):
        read_alias_table(path)


def test_across_articles_then_the_most_frequent_then_the_first_in_order_wins():
    spellings = ["mexico city", "MEXICO CITY", "Mexico City", "mexico city", "MEXICO CITY",
                 "Ciudad de México", "Ciudad de Mexico", "Ciudad de Mexico"]
    df = pd.DataFrame({"canonical": spellings, "label": ["GPE"] * len(spellings)})
    assert canonicalize(df)["canonical"].tolist() == ["MEXICO CITY"] * 5 + ["Ciudad de México"] * 3


def test_a_shortened_name_of_several_words_maps_to_the_full_name():
    ms = within_article([(0, 27, "Andrés Manuel López Obrador", "PERSON"),
                         (40, 60, "Manuel López Obrador", "ORG"), (70, 77, "Obrador", "ORG"),
                         (80, 90, "Lopez", "PERSON")])
    assert [m.canonical for m in ms] == ["Andrés Manuel López Obrador"] * 3 + ["Lopez"]
