"""kit.lexicon.context: a country name that is as often something else, read as the
country only where the article names that country unambiguously too. Invented texts."""

from __future__ import annotations

from kit.lexicon.context import context_countries


def test_a_capital_or_a_city_of_the_country_supports_the_name():
    assert context_countries("Georgian President Irakli Doran flew home to Tbilisi.") == {
        "georgian": ("Georgia", "demonym")}
    assert context_countries("Shelling hit Batumi overnight, and Georgia asked for monitors.") == {
        "georgia": ("Georgia", "country")}
    assert context_countries("Jordan's foreign minister, Omar Haddad, said in Amman that ...") == {
        "jordan": ("Jordan", "country")}
    assert context_countries("Chadian troops left, and Chad said the border was calm.") == {
        "chad": ("Chad", "country")}


def test_no_evidence_no_country():
    assert context_countries("Georgia Governor Ann Pell said in Atlanta that the vote stands.") == {}
    assert context_countries("Jordan said the talks were over.") == {}


def test_a_rival_s_place_or_a_person_of_that_name_speaks_against_it():
    # a US state named: Georgia is the US state, whatever else the article names
    assert context_countries("Georgia and Alabama sent trade envoys to Tbilisi.") == {}
    # the term is a word of a person's name in the article
    text = "Chad Morrow said the convoy reached N'Djamena. Chad agreed."
    assert context_countries(text, persons=["Chad Morrow"]) == {}
    # but not of a title's complement the model read inside a name
    assert context_countries("Hussein of Jordan flew to Amman.", persons=["Hussein of Jordan"]) == {
        "jordan": ("Jordan", "country")}


def test_a_capital_of_the_rival_is_no_evidence_against():
    text = "Washington backed Georgia; the Georgian army withdrew toward Tbilisi."
    assert context_countries(text) == {"georgia": ("Georgia", "country"), "georgian": ("Georgia", "demonym")}


def test_the_complement_of_an_office_supports_a_name_no_country_rivals():
    def office(before: str) -> bool:
        return before.endswith(("King Samir", "The President"))

    text = "Syria refused; King Samir of Jordan stayed away."
    assert context_countries(text, office=office) == {"jordan": ("Jordan", "country")}
    assert context_countries("The President of Chad flew out.", office=office) == {"chad": ("Chad", "country")}
    assert context_countries("King Samir's Jordan declined.", office=office) == {"jordan": ("Jordan", "country")}
    assert context_countries("Syria refused; King Samir of Jordan stayed away.") == {}  # no reader of offices
    assert context_countries("The coach of Jordan flew out.", office=office) == {}
    # a rival's polity has offices too: "the Governor of Georgia" says nothing
    assert context_countries("The President of Georgia met the governor.", office=office) == {}


def test_a_person_s_name_is_no_mention_of_a_place():
    # "Poti" and "Sila" are a Georgian city and a Chadian province, here family names
    text = "Georgia lawmakers passed the budget. Speaker Ray Poti said Georgians would pay less."
    assert context_countries(text, persons=["Ray Poti"]) == {}
    text = "The union's president, Maria Sila, said Chad was the best candidate. Chad said he would accept."
    assert context_countries(text, persons=["Maria Sila", "Chad"]) == {}
    # the place itself still speaks for the country
    text = "Speaker Ray Poti flew to Poti, and Georgia asked for monitors."
    assert context_countries(text, persons=["Ray Poti"]) == {"georgia": ("Georgia", "country")}


def test_the_first_word_of_a_longer_name_after_an_office_is_no_country():
    def office(before: str) -> bool:
        return before.endswith(("the former President", "President"))

    text = "Tom Hale, the former President of Jordan Industries, said Jordan would keep its plants."
    assert context_countries(text, persons=["Tom Hale"], office=office) == {}
    text = "Lena Park, President of Chad Holdings, said that Chad had sold the mill."
    assert context_countries(text, persons=["Lena Park"], office=office) == {}
    assert context_countries("The President of Chad, Lena Park, flew out.", office=office) == {
        "chad": ("Chad", "country")}


def test_an_office_of_a_federation_s_state_speaks_for_the_rival():
    # a US governor or senator "of Georgia" visiting Tbilisi: Georgia, and Georgian, are the state's
    for text in ("Governor Ann Pell of Georgia flew to Tbilisi to meet Georgian officials.",
                 "Georgia Gov. Ann Pell flew to Tbilisi to meet Georgian officials.",
                 "TBILISI - Senator Tom Rusk of Georgia met officials in Tbilisi."):
        assert context_countries(text, persons=["Ann Pell", "Tom Rusk"]) == {}
    # a national office, or the state owning something else, is no such office
    text = "Koba Lasha, the governor of Georgia's central bank, said in Tbilisi that Georgia would pay."
    assert context_countries(text, persons=["Koba Lasha"]) == {"georgia": ("Georgia", "country")}
    text = "President Irakli Doran of Georgia said in Tbilisi that Georgians would vote."
    assert context_countries(text, persons=["Irakli Doran"]) == {
        "georgia": ("Georgia", "country"), "georgians": ("Georgia", "demonym")}
