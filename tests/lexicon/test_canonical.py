import pandas as pd
import pytest

from kit.lexicon.canonical import (
    NameEndings,
    _lead_articles,
    canonicalize,
    degenerate_name,
    family_names,
    name_key,
    read_alias_table,
    within_article,
)


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


def _addressed(text, names, honorifics):
    """``within_article`` of ``text``'s PERSON ``names`` (each its first use at or after
    the last one's), with ``honorifics`` ({name's index: honorific}) written before them."""
    ents, at = [], 0
    for name in names:
        at = text.index(name, at)
        ents.append((at, at + len(name), name, "PERSON"))
        at += len(name)
    written = {ents[i][0]: honorific for i, honorific in honorifics.items()}
    return [m.canonical for m in within_article(ents, addressed=set(written), honorifics=written)]


def test_a_short_name_an_honorific_of_the_other_sex_addresses_is_not_the_article_s_person():
    text = "President Arlo Vance spoke. Mr Vance left. Mrs Vance, his wife, stayed. Mrs Vance wept."
    found = _addressed(text, ["Arlo Vance", "Vance", "Vance", "Vance"], {1: "Mr", 2: "Mrs", 3: "Mrs"})
    assert found == ["Arlo Vance", "Arlo Vance", "Mrs Vance", "Mrs Vance"]


@pytest.mark.parametrize(("text", "names", "honorifics", "expected"), [
    ("U Tin Maung and Daw Khin Maung came. Daw Maung spoke.",  # each full name with its own honorific
     ["Tin Maung", "Khin Maung", "Maung"], {0: "U", 1: "Daw", 2: "Daw"}, "Khin Maung"),
    ("El señor Luis Ferrán y la señora Ana Ferrán llegaron. La señora Ferrán habló.",
     ["Luis Ferrán", "Ana Ferrán", "Ferrán"], {0: "señor", 1: "señora", 2: "señora"}, "Ana Ferrán"),
])
def test_a_short_name_of_two_people_goes_to_the_one_of_the_sex_its_honorific_tells(text, names, honorifics, expected):
    assert _addressed(text, names, honorifics)[-1] == expected


def test_a_person_s_mention_keeps_the_sex_its_honorific_tells_for_the_corpus():
    text = "Mrs Odrey spoke. Dr Kell left. Mr Tamsin Brocq came. The Odrey Fund paid."
    ents = [(text.index(n), text.index(n) + len(n), n, label) for n, label in
            [("Odrey", "PERSON"), ("Kell", "PERSON"), ("Tamsin Brocq", "PERSON"), ("Odrey Fund", "ORG")]]
    written = {ents[0][0]: "Mrs", ents[1][0]: "Dr", ents[2][0]: "Mr"}
    assert [m.sex for m in within_article(ents, honorifics=written)] == ["f", "", "m", ""]


def test_an_honorific_that_tells_no_sex_leaves_a_shared_surname_unmerged():
    text = "Ana Garcia and Luis Garcia met. Dr Garcia spoke."
    assert _addressed(text, ["Ana Garcia", "Luis Garcia", "Garcia"], {2: "Dr"})[-1] == "Garcia"


def test_organisation_is_not_turned_into_a_person():
    ms = within_article([(0, 10, "Joe Biden", "PERSON"), (20, 40, "Biden administration", "ORG")])
    assert names(ms)[1] == ("Biden administration", "ORG", "Biden administration")


@pytest.mark.parametrize(("text", "canonical"), [
    ("the Northern Reform Council", "Northern Reform Council"),
    ("a Joint Interim Authority of Valdoria", "Joint Interim Authority of Valdoria"),
    ("an Independent Electoral Board", "Independent Electoral Board"),
    ("la Cancillería", "Cancillería"),
    ("El Salvador", "El Salvador"),  # a capitalised article is part of the name
    ("La Paz Accord Commission", "La Paz Accord Commission"),
])
def test_a_name_is_canonical_without_the_lower_case_article_before_it(text, canonical):
    [m] = within_article([(0, len(text), text, "ORG")])
    assert m.canonical == canonical


def test_across_articles_the_accented_spelling_wins():
    df = pd.DataFrame({"text": ["Alicia Barcena", "Alicia Bárcena", "Alicia Barcena"],
                       "canonical": ["Alicia Barcena", "Alicia Bárcena", "Alicia Barcena"],
                       "label": ["PERSON"] * 3})
    assert set(canonicalize(df)["canonical"]) == {"Alicia Bárcena"}


def test_of_spellings_written_as_often_one_not_in_capitals_throughout_wins():
    df = pd.DataFrame({"text": ["NOVO ORVAK", "Novo Orvak", "TARN", "TARN", "Tarn"],
                       "canonical": ["NOVO ORVAK", "Novo Orvak", "TARN", "TARN", "Tarn"],
                       "label": ["GPE"] * 5})
    assert canonicalize(df)["canonical"].tolist() == ["Novo Orvak"] * 2 + ["TARN"] * 3  # then counts


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


def test_a_family_name_that_also_starts_a_name_is_no_short_form_in_its_article():
    ms = within_article([(0, 11, "Kim Jong Un", "PERSON"), (20, 28, "Sung Kim", "PERSON"),
                         (40, 43, "Kim", "PERSON"), (50, 58, "Mary Lee", "PERSON"), (60, 63, "Lee", "PERSON")])
    assert [m.canonical for m in ms] == ["Kim Jong Un", "Sung Kim", "Kim", "Mary Lee", "Mary Lee"]


def pairwise_within_article(ents):
    """within_article as it was: every shortened name compared with every full name."""
    mentions = within_article(ents, {})  # no country merges: names only
    plain = [m._replace(label=label, canonical=_without_article(" ".join(text.split()), label))
             for m, (_, _, text, label) in zip(mentions, ents)]
    # a degenerate span ("Ana Ana Ana", "Ana la") is no full name (degenerate_name)
    full = {m.canonical for m in plain if m.label == "PERSON" and len(m.text.split()) > 1
            and not degenerate_name(m.canonical, person=True)}
    family_first = {name_key(f).split()[0] for f in full if name_key(f).split()[0] in family_names()}
    out = []
    for m in plain:
        key = name_key(m.canonical)
        fuller = {f for f in full if name_key(f).endswith(" " + key)}
        if m.label in {"PERSON", "ORG"} and len(fuller) == 1 and key not in family_first:
            m = m._replace(label="PERSON", canonical=fuller.pop())
        out.append(m)
    return out


def _without_article(name, label):
    """The name without the lower-case article it opens with, as every mention is named
    (not what the expansion compares)."""
    first, _, rest = name.partition(" ")
    return rest if label != "PERSON" and rest and first in _lead_articles() else name


def test_the_indexed_expansion_gives_the_pairwise_result_on_small_articles():
    import random

    rng = random.Random(7)
    words = ["Ana", "Luis", "García", "Garcia", "López", "Obrador", "de", "la", "Cruz", "Kim"]
    for _ in range(300):
        ents = []
        for i in range(rng.randint(1, 8)):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
            ents.append((i * 40, i * 40 + len(text), text, rng.choice(["PERSON", "ORG", "GPE"])))
        assert within_article(ents, {}) == pairwise_within_article(ents)


def test_name_endings_answer_whole_names_ambiguity_and_who_was_named_before():
    names = NameEndings(key=str.casefold)
    for name, position in [("Xiomara Castro", 5), ("Castro", 9), ("Fidel Castro", 20)]:
        names.add(name, position)
    assert names.ending("castro") == ["Xiomara Castro", "Fidel Castro"]
    assert names.ending("Castro", before=10) == ["Xiomara Castro"]
    assert names.ending("Castro", whole=True, before=10) == ["Xiomara Castro", "Castro"]
    assert names.ending("Castro", whole=True, before=6) == ["Xiomara Castro"]
    assert names.ending("Xiomara Castro") == [] and names.ending("Raúl") == []
    names.add("Fidel Castro", 1)  # named earlier after all: its first position counts
    assert names.ending("Castro") == ["Fidel Castro", "Xiomara Castro"]


def test_a_big_article_is_indexed_once_per_word_not_compared_pair_by_pair(monkeypatch):
    from kit.lexicon import canonical

    calls = []
    keep = canonical._keep_first_two
    monkeypatch.setattr(canonical, "_keep_first_two", lambda *a: calls.append(1) or keep(*a))
    n = 20_000
    full = [f"Person{i} Family{i}" for i in range(n)]
    ents = [(i * 30, i * 30 + len(t), t, "PERSON") for i, t in enumerate(full)]
    ents += [(10**6 + i * 30, 10**6 + i * 30 + 12, f"Family{i}", "ORG") for i in range(n)]
    mentions = within_article(ents, {})
    assert [m.canonical for m in mentions[n:]] == full
    assert len(calls) == 2 * n  # the whole name and its one word-final part, per full name


# -- country names by the article's language --------------------------------------------------
def test_country_aliases_read_one_language():
    from kit.lexicon.canonical import country_aliases

    english, spanish = country_aliases(), country_aliases("es")
    assert english[name_key("EU")] == "European Union" and spanish[name_key("EU")] == "United States"
    for variant in ("EE.UU.", "EE. UU.", "EEUU", "EUA", "Estados Unidos"):
        assert spanish[name_key(variant)] == "United States", variant
        assert name_key(variant) not in english, variant
    assert name_key("America") in english and name_key("America") not in spanish


def _mentions(rows):
    return pd.DataFrame(rows, columns=["article_id", "text", "label", "canonical"])


def test_a_spanish_article_names_its_countries_by_the_spanish_rows():
    # within_article read every article with the English rows; canonicalize corrects the Spanish ones
    mentions = _mentions([("es", "EE.UU.", "GPE", "EE.UU."), ("es", "EU", "GPE", "European Union"),
                          ("es", "Estados Unidos", "LOC", "Estados Unidos"),
                          ("es", "América", "GPE", "United States"),
                          ("en", "EU", "GPE", "European Union"), ("en", "U.S.", "GPE", "United States"),
                          ("es", "Alicia Bárcena", "PERSON", "Alicia Bárcena")])
    out = canonicalize(mentions, languages={"es": "es", "en": "en"})
    assert list(zip(out["label"], out["canonical"])) == [
        ("GPE", "United States"), ("GPE", "United States"), ("GPE", "United States"),
        ("GPE", "América"),  # "America" is the English rows' United States only
        ("GPE", "European Union"), ("GPE", "United States"), ("PERSON", "Alicia Bárcena")]


def test_without_languages_or_in_english_the_mentions_are_unchanged():
    mentions = _mentions([("a", "EU", "GPE", "European Union"), ("b", "EE.UU.", "GPE", "EE.UU."),
                          ("c", "EU", "GPE", "European Union")])
    assert canonicalize(mentions).equals(mentions)
    assert canonicalize(mentions, languages={"a": "en", "b": "", "c": "fr"}).equals(mentions)


def test_the_user_alias_table_still_has_the_last_word_in_spanish():
    mentions = _mentions([("es", "EU", "GPE", "European Union")])
    out = canonicalize(mentions, {"EU": "Estados Unidos (EU)"}, languages={"es": "es"})
    assert out["canonical"].tolist() == ["Estados Unidos (EU)"]


def test_an_international_body_goes_by_its_canonical_name_in_every_language():
    mentions = _mentions([("en", "ECOWAS", "ORG", "ECOWAS"), ("en", "OAS", "ORG", "OAS"),
                          ("es", "OEA", "ORG", "OEA"), ("es", "UE", "ORG", "UE"),
                          ("en", "Tamberg Accord Group", "ORG", "Tamberg Accord Group")])
    out = canonicalize(mentions, languages={"es": "es", "en": "en"})
    assert out["canonical"].tolist() == [
        "Economic Community of West African States", "Organization of American States",
        "Organization of American States", "European Union", "Tamberg Accord Group"]
    assert canonicalize(mentions, {"OAS": "the OAS"}, languages={"es": "es"})["canonical"][1] == "the OAS"


def test_a_body_a_corpus_names_by_its_former_name_goes_by_that_name_there():
    mentions = _mentions([("en", "OSCE", "ORG", "OSCE"),
                          ("en", "the Conference on Security and Co-operation in Europe", "ORG",
                           "Conference on Security and Co-operation in Europe")])
    out = canonicalize(mentions, languages={"en": "en"})
    assert out["canonical"].tolist() == ["Conference on Security and Co-operation in Europe"] * 2
    today = canonicalize(mentions.iloc[:1], languages={"en": "en"})  # no former name printed
    assert today["canonical"].tolist() == ["Organization for Security and Co-operation in Europe"]


def test_a_body_s_generic_last_word_alone_is_the_one_body_of_the_article_so_named():
    ms = within_article([(0, 16, "Security Council", "ORG"), (40, 47, "Council", "ORG"),
                         (60, 68, "Hodeidah", "ORG")])
    assert [m.canonical for m in ms] == ["Security Council", "Security Council", "Hodeidah"]
    ms = within_article([(0, 16, "Security Council", "ORG"), (20, 45, "Supreme Political Council", "ORG"),
                         (50, 57, "Council", "ORG")])
    assert ms[-1].canonical == "Council"  # two councils: which one, the article does not say
    ms = within_article([(0, 11, "White House", "ORG"), (20, 25, "House", "ORG")])
    assert ms[-1].canonical == "House"  # a chamber standing alone, not the White House


def test_an_organisation_named_by_the_head_of_its_name_is_the_one_so_named():
    ms = within_article([(0, 36, "the Liberation Tigers of Tamil Eelam", "ORG"), (50, 56, "Tigers", "ORG"),
                         (60, 81, "the Liberation Tigers", "ORG")])
    assert [m.canonical for m in ms] == ["Liberation Tigers of Tamil Eelam"] * 3
    # "Forces" ends one name and heads another: which one, the article does not say
    ms = within_article([(0, 20, "Rapid Support Forces", "ORG"), (30, 58, "Forces of Freedom and Change", "ORG"),
                         (70, 76, "Forces", "ORG")])
    assert [m.canonical for m in ms] == ["Rapid Support Forces", "Forces of Freedom and Change", "Forces"]
    # a name with its own "of" is another organisation, not a shorter one
    ms = within_article([(0, 17, "Council of Europe", "ORG"), (30, 49, "Council of Ministers", "ORG")])
    assert [m.canonical for m in ms] == ["Council of Europe", "Council of Ministers"]


def test_across_articles_an_organisation_named_by_its_head_is_the_one_named_in_full():
    mentions = pd.DataFrame({
        "canonical": ["Liberation Tigers of Tamil Eelam", "Liberation Tigers", "Tigers", "Rapid Support Forces",
                      "Forces of Freedom and Change", "Forces", "Tigers"],
        "label": ["ORG"] * 6 + ["NORP"]})
    assert canonicalize(mentions)["canonical"].tolist() == [
        "Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam", "Liberation Tigers of Tamil Eelam",
        "Rapid Support Forces", "Forces of Freedom and Change", "Forces", "Tigers"]  # no ORG: left as it is


def test_a_word_in_an_organisations_complement_is_not_that_organisation():
    # the place an organisation is "of" ends its name but is no short form of it
    ms = within_article([(0, 29, "Ostrava Polytechnic of Velmar", "ORG"), (40, 46, "VELMAR", "ORG"),
                         (50, 65, "the Polytechnic", "ORG")])
    assert [m.canonical for m in ms] == ["Ostrava Polytechnic of Velmar", "VELMAR", "Ostrava Polytechnic of Velmar"]
    mentions = pd.DataFrame({"canonical": ["Ostrava Polytechnic of Velmar", "VELMAR", "Universidad Nueva de Tarvo",
                                           "Tarvo", "Polytechnic"], "label": ["ORG"] * 5})
    assert canonicalize(mentions)["canonical"].tolist() == [
        "Ostrava Polytechnic of Velmar", "VELMAR", "Universidad Nueva de Tarvo", "Tarvo",
        "Ostrava Polytechnic of Velmar"]


def test_a_leading_article_is_no_part_of_an_organisations_fuller_name():
    # "Las Milicias Osk" (an article capitalised at a sentence's start) is the Milicias Osk, not a fuller name of it
    mentions = pd.DataFrame({"canonical": ["Las Milicias Osk", "Milicias Osk", "Council of Velmar", "Council"],
                             "label": ["ORG"] * 4})
    assert canonicalize(mentions)["canonical"].tolist() == [
        "Las Milicias Osk", "Milicias Osk", "Council of Velmar", "Council of Velmar"]
    ms = within_article([(0, 16, "Las Milicias Osk", "ORG"), (20, 37, "Council of Velmar", "ORG"),
                         (40, 52, "Milicias Osk", "ORG")])
    assert [m.canonical for m in ms] == ["Las Milicias Osk", "Council of Velmar", "Milicias Osk"]


def test_a_spanish_organisation_is_named_by_its_head_before_its_spanish_complement():
    # "para", "por", "en": read as "for" and "in" are, so the head names the one organisation
    ms = within_article([(0, 41, "Frente Nacional para la Liberación de Osk", "ORG"), (50, 68, "el Frente Nacional", "ORG")])
    assert [m.canonical for m in ms] == ["Frente Nacional para la Liberación de Osk"] * 2
    mentions = pd.DataFrame({"canonical": ["Movimiento Cívico por la Paz en Velmar", "Movimiento Cívico", "Paz en Velmar"],
                             "label": ["ORG"] * 3})
    assert canonicalize(mentions)["canonical"].tolist() == [
        "Movimiento Cívico por la Paz en Velmar", "Movimiento Cívico por la Paz en Velmar", "Paz en Velmar"]


def test_a_head_two_organisations_share_names_neither():
    ms = within_article([(0, 17, "Council of Europe", "ORG"), (30, 50, "Council of Ministers", "ORG"),
                         (60, 67, "Council", "ORG")])
    assert ms[-1].canonical == "Council"
    mentions = pd.DataFrame({"canonical": ["Government of Sudan", "Government of South Sudan", "Government"],
                             "label": ["ORG"] * 3})
    assert canonicalize(mentions)["canonical"].tolist()[-1] == "Government"


@pytest.mark.parametrize("name, lang, state", [
    ("People's Republic of the Congo", "en", "Congo Republic"), ("República Popular del Congo", "es", "Congo Republic"),
    ("People's Republic of Angola", "en", "Angola"), ("República Popular de Angola", "es", "Angola"),
    ("People's Republic of Mozambique", "en", "Mozambique"), ("Polish People's Republic", "en", "Poland"),
    ("República Democrática de Afganistán", "es", "Afghanistan"),
])
def test_a_state_s_official_name_of_before_1992_names_the_state(name, lang, state):
    from kit.lexicon.canonical import country_aliases

    [mention] = within_article([(0, len(name), name, "ORG")], country_aliases(lang))
    assert (mention.label, mention.canonical) == ("GPE", state)


def test_a_surname_an_honorific_addresses_before_the_article_names_its_bearer_stays_as_written():
    """"Mr Orvek told the ceremony ... His prime minister, Ilse Orvek, who is no relation":
    a short name addressed first names someone the reader knows, not always the one the
    article then names in full; used after the full name, or with no honorific, it is that person."""
    ents = [(3, 8, "Orvek", "PERSON"), (60, 70, "Ilse Orvek", "PERSON"), (93, 98, "Orvek", "PERSON")]
    assert names(within_article(ents, addressed={3, 93})) == [
        ("Orvek", "PERSON", "Orvek"), ("Ilse Orvek", "PERSON", "Ilse Orvek"), ("Orvek", "PERSON", "Ilse Orvek")]
    assert names(within_article(ents))[0] == ("Orvek", "PERSON", "Ilse Orvek")  # no honorific: as before


@pytest.mark.parametrize("junk", ["Mara Mara Mara Ventel", "Mara Mara Ventel", "Mara Ventel Ventel",
                                  "Mara the Ventel"])
def test_a_degenerate_span_is_no_fuller_form_of_a_name(junk):
    """Shuffled words ("Mara Mara Mara Ventel", an article inside a name) never rename the
    person an article names in full: "Mara Ventel" stays itself."""
    ms = within_article([(0, len(junk), junk, "PERSON"), (40, 51, "Mara Ventel", "PERSON")])
    assert names(ms)[1] == ("Mara Ventel", "PERSON", "Mara Ventel")


@pytest.mark.parametrize(("name", "person", "junk"), [
    ("Mara Mara Mara Ventel", True, True),
    ("Ventel Doha Ventel Ventel", False, True),
    ("Mara Ventel Ventel", False, True),
    ("Mara the", True, True),
    ("Mara the Ventel", True, True),
    ("Ravo Ravo", True, False),  # a doubled first word is a name's own
    ("Mara Mara Ventel", True, True),
    ("Ravo Ravo-Kessel", True, False),
    ("Tala Tala", False, False),
    ("Tala Tala market", False, False),  # a place's doubled name opens its name
    ("Tala Tala Ventel", True, True),
    ("Ivo de la Marsk", True, False),
    ("Ali el Ventel", True, False),
    ("Osk del", True, False),  # NER stopped at a particle: the name may yet go on
    ("Bank of the Republic", False, False),
])
def test_degenerate_names(name, person, junk):
    assert degenerate_name(name, person=person) is junk


def test_a_country_keeps_its_name_beside_a_word_spelt_alike_but_for_an_accent():
    # English "Jordan" is the country; a Spanish article's "Jordán" is the river, or a man
    mentions = _mentions([("en", "Jordan", "GPE", "Jordan"), ("es", "Jordán", "LOC", "Jordán"),
                          ("es", "Jordania", "GPE", "Jordan"), ("en", "Alicia Barcena", "PERSON", "Alicia Barcena"),
                          ("es", "Alicia Bárcena", "PERSON", "Alicia Bárcena")])
    out = canonicalize(mentions, languages={"es": "es", "en": "en"})
    assert out["canonical"].tolist() == ["Jordan", "Jordán", "Jordan", "Alicia Bárcena", "Alicia Bárcena"]


def test_a_capital_a_spanish_article_names_its_own_way_is_the_english_capital():
    mentions = _mentions([("es", "La Habana", "LOC", "La Habana"), ("es", "Damasco", "GPE", "Damasco"),
                          ("en", "Damascus", "GPE", "Damascus"), ("es", "Roma", "PERSON", "Roma"),
                          ("en", "La Habana", "ORG", "La Habana")])
    out = canonicalize(mentions, languages={"es": "es", "en": "en"})
    assert list(zip(out["label"], out["canonical"])) == [
        ("GPE", "Havana"), ("GPE", "Damascus"), ("GPE", "Damascus"),
        ("PERSON", "Roma"),  # a person keeps the name
        ("ORG", "La Habana")]  # an English article's words are read as English


def test_a_nationality_word_goes_by_its_capitalised_spelling():
    mentions = _mentions([("es", "tarnesí", "NORP", "tarnesí"), ("en", "Tarnesi", "NORP", "Tarnesi"),
                          ("es", "Tarnesí", "PERSON", "Tarnesí")])
    out = canonicalize(mentions, languages={"es": "es", "en": "en"})
    assert out["canonical"].tolist() == ["Tarnesí", "Tarnesí", "Tarnesí"]  # capitalised, then accented
    alone = _mentions([("es", "tarnesí", "NORP", "tarnesí"), ("en", "Tarnesi", "NORP", "Tarnesi")])
    assert canonicalize(alone, languages={"es": "es", "en": "en"})["canonical"].tolist() == ["Tarnesi"] * 2


def test_a_person_s_name_that_is_a_place_is_not_spelt_as_the_place_another_article_writes():
    # the model read "Jordan" as a man in an English article; a Spanish one names the river "Jordán"
    mentions = _mentions([("en", "Jordan", "PERSON", "Jordan"), ("es", "Jordán", "LOC", "Jordán"),
                          ("en", "Alicia Barcena", "PERSON", "Alicia Barcena"),
                          ("es", "Alicia Bárcena", "PERSON", "Alicia Bárcena")])
    out = canonicalize(mentions, languages={"es": "es", "en": "en"})
    assert out["canonical"].tolist() == ["Jordan", "Jordán", "Alicia Bárcena", "Alicia Bárcena"]


def test_a_lone_name_after_a_patronymic_in_the_article_is_not_the_son_s_short_name():
    ms = within_article([(0, 13, "Osk bin Varan", "PERSON"), (30, 35, "Varan", "PERSON"),
                         (40, 62, "Tamsin bin Ado al-Reva", "PERSON"), (70, 74, "Reva", "PERSON")])
    assert [m.canonical for m in ms] == ["Osk bin Varan", "Varan", "Tamsin bin Ado al-Reva", "Tamsin bin Ado al-Reva"]


def test_a_body_name_states_share_is_the_international_body_only_beside_its_own_name():
    # "Security Council" is also a state's organ: the UN's only where the article names the UN
    mentions = _mentions([("a", "Security Council", "ORG", "Security Council"),
                          ("b", "the UN", "ORG", "the UN"), ("b", "Security Council", "ORG", "Security Council"),
                          ("c", "Consejo de Seguridad", "ORG", "Consejo de Seguridad")])
    out = canonicalize(mentions, languages={"a": "en", "b": "en", "c": "es"})
    assert out["canonical"].tolist() == [
        "Security Council", "United Nations", "United Nations Security Council", "Consejo de Seguridad"]
    own = _mentions([("d", "UN Security Council", "ORG", "UN Security Council")])
    assert canonicalize(own, languages={"d": "en"})["canonical"].tolist() == ["United Nations Security Council"]


def test_an_organisation_s_other_name_read_in_one_article_holds_in_every_article():
    # the first article: "el Frente de Tarn, la guerrilla conocida como la Brigada Kestrel" (one
    # body there); the next two print "la Brigada Kestrel" alone
    mentions = pd.DataFrame({
        "text": ["Frente de Tarn", "la Brigada Kestrel", "la Brigada Kestrel", "Brigada Kestrel", "el Frente"],
        "canonical": ["Frente de Tarn", "Frente de Tarn", "Brigada Kestrel", "Brigada Kestrel", "Frente de Tarn"],
        "label": ["ORG"] * 5})
    assert canonicalize(mentions)["canonical"].tolist() == ["Frente de Tarn"] * 5


def test_an_other_name_two_organisations_claim_is_left_alone():
    mentions = pd.DataFrame({
        "text": ["the Osk Alliance", "the Osk Alliance", "the Osk Alliance"],
        "canonical": ["Velmar Front", "Union of Tarn", "Osk Alliance"],
        "label": ["ORG"] * 3})
    assert canonicalize(mentions)["canonical"].tolist() == ["Velmar Front", "Union of Tarn", "Osk Alliance"]
