"""kit.timeline's (and its chart's) error messages tell the user what to do: each test does it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pandas as pd
import pytest
from test_timeline import BOTH, THU, fake_ann, meeting, sample_events

from kit.charts.timeline import timeline
from kit.timeline.events import events
from kit.timeline.resolve import resolve

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.model
def test_no_dates_table_advice_annotate_with_dates_works(tmp_path):
    import kit
    from kit.nlp.rows import EXTRACTORS

    articles = kit.load(REPO / "data" / "articles").articles
    ann = kit.annotate(articles, tables=[], cache_dir=tmp_path)  # as the entity notebook does
    with pytest.raises(AttributeError) as caught:
        events(ann)
    message = str(caught.value)
    assert "registered in kit.nlp.rows.EXTRACTORS" in message
    assert EXTRACTORS["dates"] == "kit.extract.dates"
    call = re.search(r"kit\.annotate\(articles, (tables=\[.*?\])\)", message).group(1)
    assert call == "tables=['dates']"
    for tables in (["dates"], None):  # the call it quotes, and "tables=None for every table"
        found = events(kit.annotate(articles, tables=tables, cache_dir=tmp_path))
        assert len(found) > 0 and found["start"].notna().all()


def test_unknown_tense_advice_pass_one_of_the_tenses_works():
    with pytest.raises(ValueError) as caught:
        resolve("Friday", THU, tense="will")
    message = str(caught.value)
    assert message.endswith("pass the verb's tense")
    tenses = ast.literal_eval(re.search(r"is not one of (\(.*?\)) or None", message).group(1))
    assert tenses == ("past", "present", "future")
    for tense in (*tenses, None):
        assert resolve("Friday", THU, tense=tense).start is not None


def test_registry_without_needed_columns_advice_name_and_side_works():
    ann = fake_ann(meeting("a", THU, "Arvelo will meet Karsten on Friday.", "Friday", "future",
                           BOTH))
    wrong = pd.DataFrame({"person": ["Arvelo"], "country": ["Valdoria"]})
    with pytest.raises(ValueError) as caught:
        events(ann, actors=wrong)
    needed = re.findall(r"'(\w+)'", str(caught.value).split("kit.timeline needs", 1)[1])
    assert needed == ["canonical", "actor", "name", "side"]
    assert events(ann)["side"].tolist() == [""]  # no registry: no sides
    for name in needed[:3]:  # 'canonical' (or 'actor'/'name'), and 'side'
        registry = pd.DataFrame({name: ["Arvelo", "Karsten"], "side": ["Valdoria", "Estmark"]})
        assert events(ann, actors=registry)["side"].tolist() == ["Estmark & Valdoria"]


def test_unknown_chart_colour_advice_listed_columns_draw():
    ev, arts = sample_events()
    with pytest.raises(ValueError) as caught:
        timeline(ev, arts, color="country")
    listed = ast.literal_eval(re.search(r"use one of (\[.*?\])", str(caught.value)).group(1))
    assert listed == sorted(ev.columns)
    for column in (listed[0], "status", listed[-1]):  # "use one of": the ends and a usual one
        detail = timeline(ev, arts, color=column).to_dict()["vconcat"][0]
        assert detail["layer"][-1]["layer"][0]["encoding"]["color"]["field"] == column
