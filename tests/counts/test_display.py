import pandas as pd

from kit.counts.view import entity_data, entity_view
from kit.schema import Annotations

HOSTILE = '<img src=x onerror="window.__pwned=1">'


def ann():
    text = f"Mexico met {HOSTILE} officials."
    return Annotations(
        articles=pd.DataFrame({"article_id": ["a"], "title": [HOSTILE]}),
        sentences=pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start_char": [0],
                                "end_char": [len(text)], "text": [text]}),
        mentions=pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start_char": [0],
                               "end_char": [6], "text": ["Mexico"], "label": ["GPE"],
                               "canonical": ["Mexico"]}),
    )


def test_entity_data_offsets_point_at_the_mention():
    data = entity_data(ann())
    [ent] = data["ents"]
    assert data["text"][ent["start"]:ent["end"]] == "Mexico"


def test_hostile_title_and_text_are_shown_as_text():
    html = entity_view(ann()).data
    assert "<img" not in html
    assert "&lt;img" in html


def test_the_view_draws_what_displacy_draws_without_importing_spacy():
    import re
    import subprocess
    import sys

    from spacy import displacy

    data = entity_data(ann())
    ours = entity_view(ann()).data
    theirs = displacy.render(data, style="ent", manual=True, jupyter=False)
    def squeeze(html: str) -> str:
        return re.sub(r"\s+", " ", html.replace("</br>", "<br>")).replace("> ", ">").replace(" <", "<")

    assert squeeze(ours) == squeeze(theirs)
    code = ("import sys; from tests.counts.test_display import ann; from kit.counts.view import entity_view; "
            "entity_view(ann()); print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_article_shown_by_default_is_the_first_dated_one_not_an_undated_one():
    dated = ann()
    text = "Tarn met Osk."
    two = Annotations(
        articles=pd.DataFrame({"article_id": ["a0", "a"], "title": ["Undated", "Dated"],
                               "published": [None, "2024-01-18"]}),
        sentences=pd.concat([pd.DataFrame({"article_id": ["a0"], "sentence_id": [0], "start_char": [0],
                                           "end_char": [len(text)], "text": [text]}), dated.sentences]),
        mentions=dated.mentions)
    assert entity_data(two)["title"] == "Dated"
    assert entity_data(two, "a0")["title"] == "Undated"  # named: shown


def test_the_view_draws_the_tables_reading_not_the_models_labels():
    """No name in the dateline (no entity of the story); a person the model once tagged ORG
    drawn under the label the entity table gives the name."""
    text = "OSKBURG, May 16 - Jana Roe met aides. Roe left. Roe spoke."
    names = [("OSKBURG", "ORG", "Oskburg"), ("Jana Roe", "PERSON", "Jana Roe"), ("Roe", "ORG", "Jana Roe"),
             ("Roe", "PERSON", "Jana Roe")]
    rows, at = [], 0
    for name, label, canonical in names:
        at = text.index(name, at)
        rows.append({"article_id": "a", "sentence_id": 0, "start_char": at, "end_char": at + len(name),
                     "text": name, "label": label, "canonical": canonical})
        at += len(name)
    one = Annotations(
        articles=pd.DataFrame({"article_id": ["a"], "title": ["Talks"], "published": ["2024-05-16"]}),
        sentences=pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start_char": [0],
                                "end_char": [len(text)], "text": [text]}),
        mentions=pd.DataFrame(rows))
    data = entity_data(one)
    assert [(data["text"][e["start"]:e["end"]], e["label"]) for e in data["ents"]] == [
        ("Jana Roe", "PERSON"), ("Roe", "PERSON"), ("Roe", "PERSON")]
