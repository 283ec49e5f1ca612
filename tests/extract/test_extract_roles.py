"""kit.extract.roles: kind, role and side of each entity, on hand-written sentences."""

from __future__ import annotations

import pytest

from kit.extract import roles
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


def test_apposition_after_and_before_a_name(tables):
    after = tables("Kate Lobo, the Honduran chief negotiator, spoke to reporters.")["roles"]
    lobo = person(after, "Kate Lobo")
    assert (lobo["role"], lobo["side"]) == ("chief negotiator", "Honduras")
    before = tables("Its envoy, Tomás Ferrer, met the two ministers on Sunday.")["roles"]
    assert person(before, "Tomás Ferrer")["role"] == "envoy"


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
    monkeypatch.setattr(roles, "TITLES_FILE", extended)
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
