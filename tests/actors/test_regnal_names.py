"""kit.actors.registry: regnal names written in two transliterations (real Spanish model)."""

from __future__ import annotations

import datetime as dt

import pytest

from kit.actors.registry import actor_registry
from kit.nlp.run import annotate
from kit.schema import Article

TEXTS = {
    "a1": "Su Majestad el Rey Faysal XI no se ha pronunciado sobre la crisis del puerto.",
    "a2": "Su Majestad el Rey Faisal XI fue informado del resultado del encuentro.",
    "a3": "El rey Faisal XII, su abuelo, firmó el tratado de límites, recordó el cronista.",
}


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    articles = [Article(id=k, title=k, text=v, published=dt.date(2024, 1, i + 1), language="es")
                for i, (k, v) in enumerate(TEXTS.items())]
    return actor_registry(annotate(articles, cache_dir=tmp_path_factory.mktemp("regnal-cache")))


@pytest.mark.model
def test_a_monarch_s_style_is_no_person_and_two_transliterations_of_one_regnal_name_join(registry):
    people = registry[registry["kind"] == "person"].set_index("name")
    assert "Faysal XI" in people.index and not any("Majestad" in n for n in people.index)
    assert set(people.loc["Faysal XI", "aliases"].split("; ")) == {"Faysal XI", "Faisal XI"}
    assert people.loc["Faysal XI", "role"] == "King"


@pytest.mark.model
def test_another_regnal_number_keeps_a_transliterated_name_apart(registry):
    people = registry[registry["kind"] == "person"].set_index("name")
    assert "Faisal XII" in people.index  # the grandfather: same given name, another number
    assert "Faisal XII" not in people.loc["Faysal XI", "aliases"].split("; ")
