"""Only the spaCy components an analysis reads run.

Entity counts read sentences and mentions: the tagger, attribute ruler and
lemmatizer are switched off for them, and the rows are the same as with the
full pipeline. The extractor tables declare the tagging components in
``COMPONENTS``, and the tests show they do read them: without them their rows
change. Cached rows of a fuller run serve a narrower one, never the reverse.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd
import pytest

from kit import annotate, load
from kit.nlp.pipeline import CORE_COMPONENTS, TAGGING_COMPONENTS, get_nlp, unused_components
from kit.nlp.rows import (
    EXTRACTORS,
    TABLES_NAME,
    components_read,
    requested_tables,
    row_pipeline,
)

REPO = Path(__file__).resolve().parents[2]
CORPORA = [REPO / "data" / "articles", REPO / "tests" / "data" / "timeline_corpus",
           REPO / "tests" / "data" / "actors_corpus" / "articles"]


PROBE = "Officials said the delegation that arrived in Washington on Monday was Mexican."


@pytest.fixture(scope="module")
def articles():
    return [a for folder in CORPORA for a in load(folder).articles]


@pytest.fixture
def pipe_calls(monkeypatch):
    """The ``disable`` argument of every ``nlp.pipe`` call annotate makes."""
    nlp = get_nlp(None)
    calls: list[list[str]] = []
    original = nlp.pipe

    def spy(texts, **kwargs):
        calls.append(list(kwargs.get("disable", [])))
        return original(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    return calls


@pytest.mark.model
def test_every_extractor_declares_components_the_model_has():
    names = set(get_nlp(None).pipe_names)
    for table, module in EXTRACTORS.items():
        declared = importlib.import_module(module).COMPONENTS
        assert set(declared) <= names, table
    assert set(CORE_COMPONENTS) | set(TAGGING_COMPONENTS) <= names


@pytest.mark.model
def test_core_components_are_never_switched_off():
    nlp = get_nlp(None)
    assert unused_components(nlp, []) == ["tagger", "attribute_ruler", "lemmatizer"]
    assert unused_components(nlp, components_read(EXTRACTORS)) == []
    assert not set(unused_components(nlp, [])) & set(CORE_COMPONENTS)


@pytest.mark.model
def test_entity_tables_skip_tagging_and_match_the_full_pipeline(articles, tmp_path, pipe_calls):
    core = annotate(articles, cache_dir=tmp_path / "core", tables=[])
    assert pipe_calls == [["tagger", "attribute_ruler", "lemmatizer"]]
    full = annotate(articles, cache_dir=tmp_path / "full")
    assert pipe_calls[1:] == [[]]
    assert core.tables == {} and set(full.tables) == set(EXTRACTORS)
    for name in ("articles", "sentences", "mentions"):
        pd.testing.assert_frame_equal(getattr(core, name), getattr(full, name), obj=name)


@pytest.mark.model
@pytest.mark.parametrize("table", list(EXTRACTORS))
def test_each_extractor_needs_the_components_it_declares(articles, table):
    """Switch the declared components off and the extractor's rows change."""
    nlp = row_pipeline(None)
    # a NORP whose part of speech alone says it modifies ("was Mexican": ADJ, acomp)
    texts = [a.text for a in articles] + [PROBE]
    off = list(importlib.import_module(EXTRACTORS[table]).COMPONENTS)

    def rows(disable):
        docs = nlp.pipe(texts, disable=disable, component_cfg={TABLES_NAME: {"tables": [table]}})
        return [d.user_data[TABLES_NAME][table] for d in docs]

    assert rows([]) != rows(off)


@pytest.mark.model
def test_full_cache_serves_entity_counts_but_not_the_reverse(articles, tmp_path, pipe_calls):
    annotate(articles, cache_dir=tmp_path)
    core = annotate(articles, cache_dir=tmp_path, tables=[])
    assert len(pipe_calls) == 1 and len(core.mentions) > 100

    fresh = tmp_path / "fresh"
    annotate(articles, cache_dir=fresh, tables=[])
    roles = annotate(articles, cache_dir=fresh, tables=["roles"])
    assert pipe_calls[1:] == [["tagger", "attribute_ruler", "lemmatizer"], []]
    assert set(roles.tables) == {"roles"} and len(roles.roles) > 50


def test_unknown_table_is_refused_with_the_list_of_tables():
    with pytest.raises(ValueError, match="unknown tables \\['lemmas'\\].*relations"):
        requested_tables(["lemmas"])
    assert requested_tables(["relations", "mentions", "dates"]) == ["dates", "relations"]
    assert requested_tables(None) == list(EXTRACTORS)
