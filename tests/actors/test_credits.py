"""Credits: the names that say who wrote a story, not who acts in it (kit.actors.credits)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from kit.actors.credits import credited
from kit.actors.registry import actor_registry
from kit.schema import Annotations


def _credited(lines: list[str], names: list[str], places: tuple[str, ...] = (),
              orgs: tuple[str, ...] = ()) -> dict[str, bool]:
    """credited() of each of ``names`` in an article of ``lines`` (a sentence a line);
    those of ``places`` are places (GPE), of ``orgs`` organisations, the others persons."""
    text = "\n\n".join(lines)
    starts = [text.index(line) for line in lines]
    sentences = pd.DataFrame({"article_id": "a", "sentence_id": range(len(lines)), "start_char": starts,
                              "end_char": [s + len(line) for s, line in zip(starts, lines)], "text": lines})
    rows = []
    for name in names:
        at = text.index(name)
        sentence = max(n for n, s in enumerate(starts) if s <= at)
        rows.append({"article_id": "a", "sentence_id": sentence, "start_char": at, "end_char": at + len(name),
                     "text": name, "label": "GPE" if name in places else "ORG" if name in orgs else "PERSON",
                     "canonical": name})
    mentions = pd.DataFrame(rows)
    found = credited(Annotations(pd.DataFrame({"article_id": ["a"]}), sentences, mentions), mentions)
    return dict(zip(names, found.tolist()))


@pytest.mark.parametrize("dateline", ["DORVAL, Valdonia — By", "VELMAR.— Por", "VELMAR, 3 may (AIM) — Por"])
def test_a_byline_after_the_dateline_s_dash_credits_its_writer(dateline):
    lines = [f"{dateline} Anja Keller", "President Ilse Marrow met Tomas Brenn in Osk, said Marrow."]
    assert _credited(lines, ["Anja Keller", "Ilse Marrow", "Tomas Brenn"]) == {
        "Anja Keller": True, "Ilse Marrow": False, "Tomas Brenn": False}



@pytest.mark.parametrize("byline", ["By Anja Keller and", "Por Clara Ruiz Vega y", "DORVAL, Valdonia — By Anja Keller and",
                                    "(Reporting by Anja Keller and"])
def test_a_byline_s_second_writer_is_credited_too(byline):
    lines = [f"{byline} Piet Orlan", "President Ilse Marrow met Tomas Brenn and Osk's envoy in Osk."]
    assert _credited(lines, ["Piet Orlan", "Tomas Brenn"]) == {"Piet Orlan": True, "Tomas Brenn": False}



@pytest.mark.parametrize(("line", "name", "places"), [
    ("Por Valdonia firmó el 3 de marzo el ministro Amon Tavi.", "Valdonia", ("Valdonia",)),  # a verb after it
    ("By Amon Tavi's own account, the talks failed.", "Amon Tavi", ()),  # a possessive
    ("By Valdonia's count, the talks ended on May 3.", "Valdonia", ("Valdonia",)),
])
def test_a_name_after_a_byline_word_that_a_clause_goes_on_from_is_no_credit(line, name, places):
    lines = [line, "Mr Tavi said the talks would resume in Osk."]
    assert _credited(lines, [name], places) == {name: False}



def test_an_empty_table_of_actors_has_no_outlet_read_as_a_person_and_no_warning():
    """No actor at all: the outlets test is an empty boolean column, with no boolean
    operation on strings."""
    import warnings

    from kit.actors.registry import _outlets_read_as_people

    class _Ann:
        articles = pd.DataFrame({"source": ["The Velmari Courier"]})

    table = pd.DataFrame({"name": pd.Series([], dtype="str"), "kind": pd.Series([], dtype="str")})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _outlets_read_as_people(_Ann(), table).tolist() == []


@pytest.mark.parametrize(("name", "caption"), [
    ("Archivo Osk", True),  # "(Archivo Osk)", "Foto: Archivo Osk.": a file photo's archive
    ("Archivo", True),  # "(Archivo)"
    ("Foto", True),  # "Foto: ..." read as a name
    ("Archive Velmar Times", True),
    ("File Photo", True),
    ("Mara Ventel", False),
    ("Osk Archivo", False),  # the caption's word opens the name, or it is no caption
])
def test_a_name_opening_with_a_caption_word_is_no_person(name, caption):
    """A photo's label or its credit to an archive ("Foto", "Archivo Osk") read as a
    person's name is no person of the registry."""
    from kit.actors.registry import _captions_read_as_people

    table = pd.DataFrame({"name": [name, name], "kind": ["person", "organization"]})
    assert _captions_read_as_people(table).tolist() == [caption, False]


@pytest.mark.model
def test_the_actors_command_marks_those_named_only_as_credits(tmp_path, monkeypatch):
    from kit.__main__ import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("By Lene Vossberg\n\nPresident Ilse Marrow met Tomas Brenn in the capital on Monday.\n",
                                  encoding="utf-8")
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "actors.csv"
    assert main(["actors", str(folder), "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert dict(zip(table["name"], table["credit"])) == {"Lene Vossberg": True, "Ilse Marrow": False,
                                                         "Tomas Brenn": False}


def test_a_wire_s_photo_credit_after_a_caption_word_and_a_slash_is_a_credit():
    lines = ["Talks resumed in Osk.", "(TWN Photo/Mara Ventel: President Osk Varadi greets the envoy.)"]
    assert _credited(lines, ["Mara Ventel", "Osk Varadi"]) == {"Mara Ventel": True, "Osk Varadi": False}


def _ann_with_roles(lines: list[str], names: list[tuple[str, str]]) -> SimpleNamespace:
    """Annotations of one article of ``lines`` (a sentence a line) whose roles table holds
    ``names`` as ``(text, kind)``, each tagged as the model would (ORG for an organisation,
    GPE for a government)."""
    text = "\n\n".join(lines)
    starts = [text.index(line) for line in lines]
    sentences = pd.DataFrame({"article_id": "a", "sentence_id": range(len(lines)), "start_char": starts,
                              "end_char": [s + len(line) for s, line in zip(starts, lines)], "text": lines})
    rows = []
    for name, kind in names:
        at = text.index(name)
        rows.append({"article_id": "a", "sentence_id": max(n for n, s in enumerate(starts) if s <= at),
                     "start_char": at, "end_char": at + len(name), "text": name,
                     "label": {"person": "PERSON", "government": "GPE"}.get(kind, "ORG"), "canonical": name, "kind": kind,
                     "role": "", "side": "", "side_cue": "", "side_cue_kind": "", "affiliation": ""})
    roles = pd.DataFrame(rows)
    mentions = roles[["article_id", "sentence_id", "start_char", "end_char", "text", "label", "canonical"]]
    articles = pd.DataFrame({"article_id": ["a"], "published": None, "title": "", "n_sentences": len(lines)})
    sources = pd.DataFrame(columns=["article_id", "sentence_id", "start_char", "end_char",
                                    "description", "named", "head", "side"])
    return SimpleNamespace(roles=roles, mentions=mentions, articles=articles, sources=sources, sentences=sentences)


def test_a_byline_s_or_a_photo_credit_s_name_read_as_an_organisation_is_a_person():
    lines = ["By Mara Ventel", "President Osk Varadi met the Tarn Press Union in Osk.",
             "(TWN Photo/Piet Orlan: President Osk Varadi greets the envoy.)"]
    ann = _ann_with_roles(lines, [("Mara Ventel", "organization"), ("Osk Varadi", "person"),
                                  ("Tarn Press Union", "organization"), ("TWN Photo/Piet Orlan", "organization")])
    reg = actor_registry(ann).set_index("name")["kind"].to_dict()
    assert reg == {"Mara Ventel": "person", "Osk Varadi": "person", "Tarn Press Union": "organization",
                   "Piet Orlan": "person"}


def test_a_byline_s_name_the_model_read_as_a_place_is_a_person():
    """A writer's name the model tags as a place (GPE: a government actor) after a byline's
    lead is a person; a place's name after "By" on a byline's line stays a place."""
    lines = ["OSKBURG, May 16 (Tarn Wire) - By Mara Ventel and Piet Orlan",
             "President Osk Varadi met the envoys of Brenland in Oskburg."]
    ann = _ann_with_roles(lines, [("Mara Ventel", "government"), ("Piet Orlan", "person"),
                                  ("Osk Varadi", "person"), ("Brenland", "government")])
    reg = actor_registry(ann).set_index("name")[["kind", "credit"]].to_dict("index")
    assert reg["Mara Ventel"] == {"kind": "person", "credit": True}
    assert reg["Brenland"] == {"kind": "government", "credit": False}


@pytest.mark.parametrize("line, credit", [
    ("Envoys meet in Osk. (Photo: Mara Ventel)", True),
    ("Foto: Mara Ventel.", True),
    ("Photography: Mara Ventel", True),
    ("Photo: Mara Ventel, left, and Osk Varadi at the talks.", False),  # a caption of who is shown
    ("Foto: Mara Ventel saluda al enviado.", False),
    ("Photo: Mara Ventel - Osk Varadi at the palace.", True),  # the credit, a spaced dash, the caption
    ("Foto: Mara Ventel – el enviado llega.", True),
    ("Photo: Mara Ventel-Doe at the palace.", False),  # a hyphen inside the name ends no credit
    ("Talks resumed in Osk: Mara Ventel", False),  # no credit's label before the colon
])
def test_a_person_s_name_after_a_credit_s_label_and_a_colon_that_ends_the_credit_is_a_credit(line, credit):
    assert _credited(["Talks resumed in Osk.", line], ["Mara Ventel"])["Mara Ventel"] is credit


def test_the_registry_marks_those_named_only_as_credits():
    """The notebooks' registry and the ``actors`` command's table are one: both say which
    actors are named only as the story's writers or photographers."""
    lines = ["By Mara Ventel", "President Osk Varadi met the Tarn Press Union in Osk.",
             "(TWN Photo/Piet Orlan: President Osk Varadi greets the envoy.)"]
    ann = _ann_with_roles(lines, [("Mara Ventel", "organization"), ("Osk Varadi", "person"),
                                  ("Tarn Press Union", "organization"), ("TWN Photo/Piet Orlan", "organization")])
    reg = actor_registry(ann).set_index("name")["credit"].to_dict()
    assert reg == {"Mara Ventel": True, "Osk Varadi": False, "Tarn Press Union": False, "Piet Orlan": True}


@pytest.mark.parametrize(("byline", "label"), [("By Mara Ventel | Analysis", "Analysis"),
                                               ("Por Mara Ventel | Opinión", "Opinión")])
def test_a_page_s_section_label_after_a_byline_s_bar_is_no_actor(byline, label):
    """"By X | Analysis": the bar's label says what kind of piece the page is (``kicker_words``),
    no outlet nor body of the story, whatever the model read it as."""
    lines = [byline, "President Osk Varadi met the Tarn Press Union in Osk."]
    ann = _ann_with_roles(lines, [("Mara Ventel", "person"), (label, "organization"), ("Osk Varadi", "person"),
                                  ("Tarn Press Union", "organization")])
    reg = actor_registry(ann).set_index("name")["credit"].to_dict()
    assert reg == {"Mara Ventel": True, "Osk Varadi": False, "Tarn Press Union": False}


def test_an_organisation_s_name_a_slash_follows_outside_a_credit_stays_an_organisation():
    lines = ["President Osk Varadi met envoys in Tarnburg.",
             "A report by Tarn Rights Watch/Americas said the army killed six.",
             "(Mara Ventel/TWN) Tarn Rights Watch asked for an inquiry."]
    ann = _ann_with_roles(lines, [("Osk Varadi", "person"), ("Tarn Rights Watch", "organization"),
                                  ("Mara Ventel", "organization")])
    reg = actor_registry(ann).set_index("name")["kind"].to_dict()
    assert reg == {"Osk Varadi": "person", "Tarn Rights Watch": "organization", "Mara Ventel": "person"}


@pytest.mark.parametrize(("credit", "names"), [
    ("Mara Ventel | Osk Press", ["Mara Ventel", "Osk Press"]),  # the writer, a bar, the outlet
    ("Por Mara Ventel / Agencia Austral", ["Mara Ventel", "Agencia Austral"]),
    ("Mara Ventel / Agencia de Noticias del Sur", ["Mara Ventel", "Agencia de Noticias del Sur"]),
    ("Mara Ventel, Staff Writer", ["Mara Ventel"]),  # a writer's title after a comma
    ("Mara Ventel, Osk Press correspondent", ["Mara Ventel"]),
    ("Mara Ventel, corresponsal", ["Mara Ventel"]),
    ("By Mara Ventel and Luis Okondo", ["Mara Ventel", "Luis Okondo"]),
    ("Mara Ventel reported from Tarnburg.", ["Mara Ventel", "Tarnburg"]),  # a credit's phrase, the place filed from
    ("Mara Ventel contributed reporting from Tarnburg and Osk.", ["Mara Ventel", "Tarnburg", "Osk"]),
    ("Mara Ventel informó desde Tarnburgo.", ["Mara Ventel", "Tarnburgo"]),
])
def test_a_line_that_credits_the_writer_opening_it_credits_every_name_on_it(credit, names):
    story = "Foreign Minister Jana Roe met rebel leader Piet Malvo in Velmar on Thursday."
    for lines in ([credit, story], [story, credit]):
        found = _credited(lines, [*names, "Jana Roe", "Piet Malvo"], places=("Tarnburg", "Tarnburgo", "Osk"),
                          orgs=("Osk Press", "Agencia Austral", "Agencia de Noticias del Sur"))
        assert found == {**dict.fromkeys(names, True), "Jana Roe": False, "Piet Malvo": False}


@pytest.mark.parametrize(("line", "name"), [
    ("Jana Roe | Foreign Minister of Freedonia", "Jana Roe"),  # a caption of who she is
    ("Jana Roe | Norway", "Jana Roe"),  # her state, not an outlet
    ("Jana Roe | Norwegian", "Jana Roe"),
    ("Jana Roe, the foreign minister", "Jana Roe"),  # a title after the comma, no writer's
    ("Jana Roe reported from Tarnburg that the talks had ended.", "Jana Roe"),  # a sentence goes on
    ("Jana Roe said from Tarnburg that the talks had ended.", "Jana Roe"),
    ("Tarnburg | Osk Press", "Osk Press"),  # no person opens the line
])
def test_a_name_a_title_or_a_clause_follows_is_no_credit_line(line, name):
    found = _credited([line, "The talks ended."], [name], places=("Tarnburg",), orgs=("Osk Press",))
    assert found[name] is False


def test_the_outlet_after_a_credit_line_s_writer_is_no_person_and_the_writer_is_one():
    lines = ["Por Mara Ventel / Agencia Bravura", "El presidente Osk Varadi habló en Osk.",
             "Luis Okondo | Velmar Wire"]
    ann = _ann_with_roles(lines, [("Mara Ventel", "person"), ("Agencia Bravura", "organization"),
                                  ("Osk Varadi", "person"), ("Luis Okondo", "person"), ("Velmar Wire", "organization")])
    reg = actor_registry(ann).set_index("name")[["kind", "credit"]].to_dict("index")
    assert reg["Agencia Bravura"]["kind"] == "organization" and reg["Mara Ventel"]["kind"] == "person"
    assert reg["Mara Ventel"]["credit"] and reg["Luis Okondo"]["credit"] and not reg["Osk Varadi"]["credit"]


def test_after_a_byline_s_word_the_writer_of_a_credit_line_may_be_read_as_anything():
    # the model read the writer after "Por" as a MISC: the outlet after the slash is still the credit's
    lines = ["Por Mara Ventel / Agencia Bravura", "El presidente Osk Varadi habló en Osk."]
    text = "\n\n".join(lines)
    rows = [{"article_id": "a", "sentence_id": 0, "start_char": text.index(n), "end_char": text.index(n) + len(n),
             "text": n, "label": label, "canonical": n}
            for n, label in [("Mara Ventel", "MISC"), ("Agencia Bravura", "ORG"), ("Osk Varadi", "PERSON")]]
    rows[-1]["sentence_id"] = 1
    sentences = pd.DataFrame({"article_id": "a", "sentence_id": [0, 1], "start_char": [0, text.index(lines[1])],
                              "end_char": [len(lines[0]), len(text)], "text": lines})
    mentions = pd.DataFrame(rows)
    found = credited(Annotations(pd.DataFrame({"article_id": ["a"]}), sentences, mentions), mentions)
    assert found.tolist() == [True, True, False]
    # without the byline's word, a name the model read as no person opens no credit line
    assert _credited(["Velmar Wire | Osk Press", "Talks ended."], ["Velmar Wire", "Osk Press"],
                     orgs=("Velmar Wire", "Osk Press")) == {"Velmar Wire": False, "Osk Press": False}
