"""kit.lexicon's error messages tell the user what to do: each test does exactly that.

A test breaks a lexicon file, takes the fix from the message itself (the header,
the value, the row, the code it names) and shows that the file then reads. No
model, except where the message is about choosing one.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from kit.lexicon.files import (
    DATA_DIR,
    NOT_IN_ENGLISH,
    SCHEMAS,
    WORD_LISTS,
    LexiconError,
    clear_lexicon_cache,
    read_records,
    read_table,
)
from kit.lexicon.wordlists import seasons, words

REPO = Path(__file__).resolve().parents[2]


def refused(read, *args, **kwargs) -> str:
    with pytest.raises(LexiconError) as caught:
        read(*args, **kwargs)
    return str(caught.value)


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def rewrite(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line_number(message: str) -> int:
    return int(re.search(r", line (\d+)", message).group(1))


# -- the loader: one door, one advice per kind of mistake ----------------------------------
def test_unknown_lexicon_advice_every_name_kit_knows_reads():
    message = refused(read_table, "titels")
    names = re.search(r"kit knows (.+)$", message).group(1).split(", ")
    assert names == list(SCHEMAS)
    for name in names:
        if not SCHEMAS[name].file:  # a user-only lexicon: its own advice, tested below
            assert "pass the path of yours" in refused(read_table, name)
        elif SCHEMAS[name].file.endswith(".jsonl"):
            assert read_records(name)
        else:
            assert read_table(name, lang=None)


@pytest.mark.parametrize("name, yours", [
    ("aliases", "data/aliases.csv"),
    ("country_overrides", "kit/lexicon/build/country_overrides.csv"),
    ("subdivision_overrides", "kit/lexicon/build/subdivision_overrides.csv"),
])
def test_no_file_of_its_own_advice_pass_the_path_of_yours_works(name, yours):
    assert refused(read_table, name).endswith("; pass the path of yours")
    assert read_table(name, REPO / yours, lang=None)


def test_missing_column_advice_the_first_line_it_gives_works(tmp_path):
    bad = rewrite(tmp_path / "nick.csv", ["nickname,full", "Liz,Elizabeth"])
    header = re.search(r"Make the first line '([^']+)'", refused(read_table, "nicknames", bad))
    rewrite(bad, [header.group(1), *lines_of(bad)[1:]])
    assert [dict(r) for r in read_table("nicknames", bad)] == [
        {"nickname": "Liz", "name": "Elizabeth", "lang": "en"}]


@pytest.mark.parametrize("fix", ["fill it in", "delete the row"])
def test_empty_value_advice_fill_it_in_or_delete_the_row_works(tmp_path, fix):
    bad = rewrite(tmp_path / "nick.csv", ["nickname,name", "Liz,Elizabeth", "Bob,"])
    message = refused(read_table, "nicknames", bad)
    assert message.endswith("fill it in or delete the row")
    lines, line = lines_of(bad), line_number(message)
    if fix == "fill it in":
        lines[line - 1] += "Robert"
    else:
        del lines[line - 1]
    names = [r["name"] for r in read_table("nicknames", rewrite(bad, lines))]
    assert names == (["Elizabeth", "Robert"] if fix == "fill it in" else ["Elizabeth"])


def test_unknown_value_advice_every_listed_value_reads(tmp_path):
    bad = rewrite(tmp_path / "dem.csv", ["term,country,kind", "Zócalo,Mexico,square"])
    message = refused(read_table, "demonyms", bad)
    listed = re.search(r"use one of ([\w, ]+)$", message).group(1).split(", ")
    assert listed == list(SCHEMAS["demonyms"].known["kind"])
    for kind in listed:
        rewrite(bad, ["term,country,kind", f"Zócalo,Mexico,{kind}"])
        assert [r["kind"] for r in read_table("demonyms", bad)] == [kind]


def test_unknown_value_advice_with_its_hint_names_values_that_read(tmp_path):
    bad = rewrite(tmp_path / "b.csv", ["kind,pattern", "footer,Share this"])
    message = refused(read_table, "boilerplate", bad)
    listed, hint = re.search(r"use one of ([\w, ]+) \((.+)\)$", message).groups()
    assert hint == SCHEMAS["boilerplate"].hints["kind"]
    for kind in listed.split(", "):
        rewrite(bad, ["kind,pattern", f"{kind},Share this"])
        assert read_table("boilerplate", bad)[0]["kind"] == kind


def test_bad_language_code_advice_two_lower_case_letters_works(tmp_path):
    bad = rewrite(tmp_path / "nick.csv", ["nickname,name,lang", "Paco,Francisco,Spanish"])
    message = refused(read_table, "nicknames", bad)
    codes = re.search(r"write two lower-case letters such as '(\w+)' or '(\w+)'$", message).groups()
    for code in codes:
        rewrite(bad, ["nickname,name,lang", f"Paco,Francisco,{code}"])
        assert [r["name"] for r in read_table("nicknames", bad, lang=code)] == ["Francisco"]


def test_too_many_cells_advice_quote_the_value_with_a_comma_works(tmp_path):
    bad = rewrite(tmp_path / "nick.csv", ["nickname,name", "Bill,William, Jr."])
    message = refused(read_table, "nicknames", bad)
    assert message.endswith("put a value that holds a comma in double quotes")
    columns = re.search(r"cells for (\d+) columns", message).group(1)
    lines, line = lines_of(bad), line_number(message)
    cells = lines[line - 1].split(",")
    lines[line - 1] = ",".join([*cells[:int(columns) - 1],
                                '"' + ",".join(cells[int(columns) - 1:]) + '"'])
    assert [r["name"] for r in read_table("nicknames", rewrite(bad, lines))] == ["William, Jr."]


def test_not_json_advice_one_object_per_line_works(tmp_path):
    bad = rewrite(tmp_path / "p.jsonl", ['{"label": "ORG",', ' "pattern": "Pemex"}'])
    assert refused(read_records, "entity_patterns", bad).endswith("write one JSON object per line")
    record = json.loads("".join(lines_of(bad)))
    rewrite(bad, [json.dumps(record)])  # the same object, on one line
    assert [r["pattern"] for r in read_records("entity_patterns", bad)] == ["Pemex"]


def test_json_list_advice_the_object_it_shows_works(tmp_path):
    bad = rewrite(tmp_path / "p.jsonl", ['["ORG", "Pemex"]'])
    message = refused(read_records, "entity_patterns", bad)
    example = json.loads(re.search(r"write one object per line, e\.g\. (\{.+\})$", message).group(1))
    label, pattern = json.loads(lines_of(bad)[0])
    rewrite(bad, [json.dumps({**example, "label": label, "pattern": pattern})])
    assert [dict(r) for r in read_records("entity_patterns", bad)] == [
        {"label": "ORG", "pattern": "Pemex", "lang": "en"}]


# -- word lists and seasons: "add rows ..." ------------------------------------------------
def test_unknown_word_list_advice_every_listed_list_loads():
    message = refused(words, "verbs")
    listed = re.search(r"kit's lists are ([\w, ]+) \(rows of ", message).group(1).split(", ")
    assert listed == list(WORD_LISTS)
    for name in listed:
        assert words(name, lang="es" if name in NOT_IN_ENGLISH else "en")


def add_rows(message: str, path: Path, value: str) -> None:
    """Follow "add rows '<...>,...'": the row the message shows, its placeholder filled in."""
    row = re.search(r"add rows '([^']+)'$", message).group(1)
    cells = iter(value.split(","))
    filled = re.sub(r"<[^>]+>", lambda _: next(cells), row)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(filled + "\n")
    clear_lexicon_cache()


def test_empty_word_list_advice_add_rows_works(kit_data):
    message = refused(words, "pronouns", lang="fr")
    path = Path(re.match(r"(.+?): word list", message).group(1))
    assert path == kit_data / "words.csv"
    add_rows(message, path, "il")
    assert words("pronouns", lang="fr") == {"il"}


def test_no_season_advice_add_rows_works(kit_data):
    message = refused(seasons, lang="es")
    path = Path(re.match(r"(.+?): no season", message).group(1))
    assert path == kit_data / "seasons.csv"
    add_rows(message, path, "primavera,3")
    assert dict(seasons(lang="es")) == {"primavera": 3}


# -- the generators' reviewed decisions ----------------------------------------------------
@pytest.mark.parametrize("module, row", [
    ("countries", "drop,TCD,,a name"), ("subdivisions", "drop,NG-PL,,a name")])
def test_override_without_term_advice_fill_it_in_works(tmp_path, module, row):
    pytest.importorskip("pycountry")
    build = __import__(f"kit.lexicon.build.{module}", fromlist=["read_overrides"])
    header = lines_of(build.OVERRIDES)[0].split(",")
    path = rewrite(tmp_path / "overrides.csv", [",".join(header[:4]), row])
    message = refused(build.read_overrides, path)
    assert message.endswith("needs the term it decides; fill it in")
    column = re.search(r"column '(\w+)'", message).group(1)
    lines, line = lines_of(path), line_number(message)
    cells = lines[line - 1].split(",")
    cells[header.index(column)] = "Chad" if module == "countries" else "Plateau"
    read = build.read_overrides(rewrite(path, [lines[0], ",".join(cells)]))
    assert {code: key for code, key in read.drop} == (
        {"TCD": "chad"} if module == "countries" else {"NG-PL": "plateau"})


def test_unknown_subdivision_code_advice_the_code_it_names_works(tmp_path):
    pytest.importorskip("pycountry")
    from kit.lexicon.build import subdivisions

    path = rewrite(tmp_path / "overrides.csv", ["action,code,term,note", "drop,US-XX,Atlantis,"])
    message = refused(subdivisions.read_overrides, path)
    code = re.search(r"write one such as '([\w-]+)'$", message).group(1)
    rewrite(path, ["action,code,term,note", f"drop,{code},Atlantis,"])
    assert subdivisions.read_overrides(path).drop == {(code, "atlantis")}


def test_unknown_historic_code_advice_a_code_of_pycountry_historic_countries_works():
    pycountry = pytest.importorskip("pycountry")
    from kit.lexicon.build import countries as build

    def overrides(code: str) -> build.Overrides:
        return build.Overrides(frozenset(), {}, frozenset(), frozenset(), {code: "Nowhere"})

    message = refused(build.historic_terms, build.Sources(), overrides("XXXX"))
    where = re.search(r"see (pycountry\.historic_countries)$", message).group(1)
    listed = eval(where, {"pycountry": pycountry})  # the advice: look there for the code
    code = sorted(c.alpha_4 for c in listed)[0]
    terms, _ = build.historic_terms(build.Sources(), overrides(code))
    assert ("Nowhere", "country", "en") in {(t.term, t.kind, t.lang) for t in terms}


def test_kit_row_naming_a_country_otherwise_advice_a_name_row_or_renaming_works(tmp_path):
    """A kit row calls Czechia by its alias 'Czech Republic': add the 'name' row the
    message asks for to a copy of the overrides, or rename the kit row; either builds."""
    pytest.importorskip("pycountry")
    from kit.lexicon.build import countries as build

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    with (data / "countries.csv").open("a", encoding="utf-8") as handle:
        handle.write("Czech govt,Czech Republic,en,kit\n")
    overrides = shutil.copy(build.OVERRIDES, tmp_path / build.OVERRIDES.name)
    message = refused(build.make, data, overrides)
    kit_name, theirs, file = re.search(
        r"names the country '([^']+)', which the packages call '([^']+)'\. Add a 'name' row "
        r"for it to (\S+) to keep kit's name, or rename the kit rows$", message).groups()
    assert (kit_name, theirs, file) == ("Czech Republic", "Czechia", str(build.OVERRIDES))
    code = next(r["country"] for r in read_table("country_overrides", overrides, lang=None)
                if r["action"] == "name")  # how a 'name' row reads: an ISO3 code
    assert re.fullmatch(r"[A-Z]{3}", code)
    with open(overrides, "a", encoding="utf-8") as handle:
        handle.write(f"name,CZE,{kit_name},the name kit's rows use,en\n")
    texts, _ = build.make(data, overrides)
    rows = list(csv.DictReader(io.StringIO(texts["countries"])))
    assert {r["canonical"] for r in rows if r["alias"] in ("Czechia", "Czech govt")} == {kit_name}
    renamed = lines_of(data / "countries.csv")[:-1] + [f"Czech govt,{theirs},en,kit"]
    rewrite(data / "countries.csv", renamed)
    texts, _ = build.make(data, build.OVERRIDES)
    assert f"Czech govt,{theirs},en,kit" in texts["countries"]


def test_unchecked_demonym_copy_advice_the_readme_beside_it_refetches_the_checked_file(
        tmp_path, monkeypatch):
    """The README's commands fetch the package with npm (network: not run here). What
    can be checked is that they lead to the file the build accepts: the README stands
    beside the copy, names its version, and states the very SHA-256 the build checks;
    a file with that hash (the committed one, as fetched) is then read again."""
    pytest.importorskip("pycountry")
    from kit.lexicon.build import countries as build

    checked = build.NATIONALITIES
    copy = tmp_path / checked.name
    shutil.copytree(checked, copy)
    (copy / "es.json").write_text('{"nationalities": {"CU": "Cubano"}}', encoding="utf-8")
    monkeypatch.setattr(build, "NATIONALITIES", copy)
    build._nationalities.cache_clear()
    try:
        message = refused(build._nationalities, "es")
        assert message.endswith("see the README beside it to fetch the package's file again")
        readme = (Path(message.split(" is not the copy")[0]).parent / "README.md").read_text(
            encoding="utf-8")
        version = copy.name.rsplit("-", 1)[1]
        assert f"npm pack i18n-nationality@{version}" in readme
        stated = re.search(r"sha256sum package/langs/es\.json\s+# ([0-9a-f]{64})", readme).group(1)
        assert stated == build.NATIONALITIES_SHA256["es"]
        shutil.copy(checked / "es.json", copy / "es.json")  # what the README's commands fetch
        build._nationalities.cache_clear()
        assert build._nationalities("es")["CU"] == "Cubano"
    finally:
        build._nationalities.cache_clear()


@pytest.mark.model
def test_several_english_pipelines_advice_pass_the_one_to_read_works(monkeypatch):
    import spacy.util

    from kit.lexicon.build import verb_forms

    installed = spacy.util.get_installed_models()
    monkeypatch.setattr(spacy.util, "get_installed_models",
                        lambda: [*installed, "en_core_web_other"])
    with pytest.raises(RuntimeError) as caught:
        verb_forms.make()
    listed = ast.literal_eval(re.search(r"installed English spaCy pipelines: (\[.*?\]); "
                                        r"pass the one to read", str(caught.value)).group(1))
    assert "en_core_web_other" in listed and "(make install puts kit's in place)" in \
        str(caught.value)
    ours = [name for name in listed if spacy.util.is_package(name)]
    assert (DATA_DIR / verb_forms.FILE).read_text(encoding="utf-8") == verb_forms.make(ours[0])
