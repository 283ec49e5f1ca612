"""The subdivision lexicon and its generator (kit.lexicon.build.subdivisions).

The committed ``subdivisions.csv`` must be what the generator makes from the
pinned pycountry and the country files; the reviewed decisions of
``subdivision_overrides.csv`` are applied; no term another lexicon has, or
two countries share, gets in. Needs the ``lexicons`` packages (in ``dev``).
"""

from __future__ import annotations

import pytest

pycountry = pytest.importorskip("pycountry")

from kit.lexicon.build import countries  # noqa: E402
from kit.lexicon.build import subdivisions as build  # noqa: E402
from kit.lexicon.canonical import country_aliases, name_key  # noqa: E402
from kit.lexicon.files import DATA_DIR, LexiconError, read_table  # noqa: E402
from kit.lexicon.subdivisions import subdivisions  # noqa: E402

INPUTS = ("countries.csv", "demonyms.csv", "bodies.csv", "subdivisions.csv")


@pytest.fixture(scope="module")
def made():
    return build.make()


@pytest.fixture
def data(copy_data):
    return copy_data(INPUTS)


def test_committed_file_is_what_the_generator_makes(made):
    text, _ = made
    assert (DATA_DIR / build.FILE).read_text(encoding="utf-8") == text, (
        "subdivisions.csv differs from what pycountry gives: run "
        "python -m kit.lexicon.build.subdivisions and review the diff")


def test_check_fails_on_a_stale_file_and_a_rewrite_fixes_it(data, stale_file_round_trip):
    stale_file_round_trip(build, data, build.FILE, "Maryland,United States,",
                          "Maryland,Liberia,", "subdivisions.csv: not what pycountry gives")


def test_a_new_kit_term_in_another_lexicon_takes_the_key(data):
    with (data / "demonyms.csv").open("a", encoding="utf-8") as handle:
        handle.write("Helmand,Afghanistan,institution,en,kit\n")
    text, left = build.make(data)
    assert "\nHelmand," not in text
    assert ("Helmand", "in demonyms.csv (institution of Afghanistan)") in {
        (x.term, x.reason) for x in left}


def test_overrides_are_applied_both_ways():
    overrides = build.read_overrides()
    found = subdivisions()
    assert overrides.include == {"US-DC"} and name_key("District of Columbia") in found
    assert len(overrides.drop) > 100 and len(overrides.keep) >= 10
    names = build.country_names(countries.Sources(), countries.read_overrides())
    country = {code: names[pycountry.subdivisions.get(code=code).country_code]
               for code, _ in overrides.drop | overrides.keep}
    for code, key in overrides.drop:  # gone, or another country's (Maryland: the US state)
        assert key not in found or found[key].country != country[code], (code, key)
    for code, key in overrides.keep:
        assert found[key].country == country[code], (code, key)
    assert found[name_key("Maryland")].country == "United States"



def test_a_dropped_state_is_kept_with_state_after_its_name():
    overrides = build.Overrides(frozenset(), frozenset({("XX-01", "velmar"), ("XX-02", "osk state")}), frozenset())
    assert build._with_state("Velmar", "XX-01", overrides) == "Velmar State"  # the bare word is something else
    assert build._with_state("Osk State", "XX-02", overrides) == ""  # the name already says it
    assert build._with_state("Tarnia", "XX-03", overrides) == ""  # not dropped: the name alone is the state
    found = subdivisions()
    dropped_states = [(code, key) for code, key in build.read_overrides().drop
                      if pycountry.subdivisions.get(code=code).type == "State" and not key.endswith(" state")]
    assert dropped_states and all(f"{key} state" in found for _, key in dropped_states)

def test_what_is_left_out_and_why(made):
    _, left = made
    reasons = {(x.country, x.term): x.reason for x in left}
    assert reasons[("United States", "Georgia")] == "a country or capital name"
    assert reasons[("Nigeria", "Plateau")] == "dropped in subdivision_overrides.csv"
    assert reasons[("India", "Punjab")] == "claimed by India and Pakistan"
    assert reasons[("Kenya", "Elgeyo/Marakwet")] == "a catalogue form"
    assert reasons[("Liberia", "Maryland")] == "dropped in subdivision_overrides.csv"
    assert reasons[("United States", "Washington")] in (
        "a country or capital name", "in demonyms.csv (capital of United States)")


def test_catalogue_forms_give_their_name():
    rows = {r["term"]: r["country"] for r in read_table("subdivisions")}
    assert rows["Tatarstan"] == "Russia" and rows["Asturias"] == "Spain"
    assert rows["Fribourg"] == "Switzerland" and "Freiburg" not in rows
    assert rows["Wales"] == "United Kingdom" and rows["Bavaria"] == rows["Bayern"] == "Germany"


def test_no_subdivision_takes_a_key_of_another_lexicon():
    keys = set(subdivisions())
    assert keys & set(country_aliases()) == set()
    assert keys & {name_key(r["term"]) for r in read_table("demonyms")} == set()
    assert keys & {name_key(r["alias"]) for r in read_table("bodies")} == set()


def test_a_bad_override_code_is_refused(tmp_path):
    bad = tmp_path / "overrides.csv"
    bad.write_text("action,code,term,note\ndrop,US-XX,Atlantis,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="'US-XX' is no ISO 3166-2 code"):
        build.read_overrides(bad)
