"""An outlet or a wire is no party, "según X" ties no one to X, and a deadline given in
the past is a deadline (kit.actors.registry, kit.extract.relations, kit.timeline): two
invented articles, English and Spanish, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

EN = """---
title: Freedonia gives the rebels until Friday
published: 2024-03-06
source: Port New Herald
language: en
---
PORT NEW, March 5 (AFP) — Freedonia's government gave the Sylvanian rebels until Friday to answer its truce offer, officials said on Tuesday.

The parties must reply by Wednesday, said Foreign Minister Jana Roe of Freedonia.

Talks could resume later this week, according to Reuters.

According to the Port New Herald, Jana Roe met rebel leader Tom Osk on Monday.
"""

ES = """---
title: Freedonia da a los rebeldes hasta el viernes
published: 2024-03-06
source: Diario de Puerto Nuevo
language: es
---
PUERTO NUEVO, 5 mar (EFE) — El Gobierno de Freedonia dio a los rebeldes de Sylvania hasta el viernes para responder a su oferta de tregua.

Las partes deberán responder a más tardar el miércoles, dijo la canciller Jana Roe.

Las delegaciones se reunieron el 3 de marzo. Las conversaciones podrían comenzar esta misma semana.

Según fuentes diplomáticas, Jana Roe habló el martes con Tomás Osk.

Jana Roe se reunió el lunes con el jefe rebelde Tomás Osk, según el Diario de Puerto Nuevo.
"""


def test_an_outlet_of_the_corpus_or_a_wire_names_an_outlet_and_a_party_does_not():
    from kit.actors.registry import names_an_outlet, outlet_keys

    keys = outlet_keys(__import__("pandas").DataFrame({"source": ["The Port New Herald", None]}))
    assert names_an_outlet("Port New Herald", keys) and names_an_outlet("the Port New Herald", keys)
    assert names_an_outlet("EFE", keys) and names_an_outlet("Reuters", keys) and names_an_outlet("AFP", keys)
    assert not names_an_outlet("Freedonia", keys) and not names_an_outlet("Port New", keys)


@pytest.fixture(scope="module")
def ann(tmp_path_factory, cache_dir):
    import kit

    folder = tmp_path_factory.mktemp("trial")
    (folder / "01_en.md").write_text(EN, encoding="utf-8")
    (folder / "02_es.md").write_text(ES, encoding="utf-8")
    return kit.annotate(kit.load(folder).articles, cache_dir=cache_dir, n_process=1, progress=False)


@pytest.mark.model
def test_outlets_and_wires_are_no_party_but_stay_cited_sources(ann):
    from kit.actors import actor_registry
    from kit.network import build_network
    from kit.timeline import events

    registry = actor_registry(ann)
    sides = dict(zip(registry["name"], registry["side"].fillna("")))
    assert not [n for n in ("Port New Herald", "Reuters", "EFE", "AFP", "Diario de Puerto Nuevo") if sides.get(n)]
    assert {"Jana Roe", "Tomás Osk"} <= set(sides)
    assert not {n for _, d in build_network(ann).nodes(data=True) for n in [d["name"]]} & {"Port New Herald", "Reuters"}
    actors = {a for row in events(ann)["actors"].fillna("") for a in row.split("; ") if a}
    assert not actors & {"EFE", "AFP", "Reuters", "Port New Herald"}
    cited = set(ann.sources["canonical"])
    assert {"Reuters", "Port New Herald"} <= cited


@pytest.mark.model
def test_segun_ties_no_actor_to_its_source(ann):
    from kit.network import build_network, edges_table

    ties = edges_table(build_network(ann), kind="interaction")
    pairs = {frozenset((s, t)) for s, t in zip(ties["source_name"], ties["target_name"])}
    assert frozenset(("Jana Roe", "Tomás Osk")) in pairs
    assert not [p for p in pairs if p & {"unnamed sources", "Diario de Puerto Nuevo"}]


@pytest.mark.model
def test_a_deadline_given_in_the_past_is_a_deadline_ahead_and_this_same_week_is_the_article_s(ann):
    from kit.timeline import events, resolved_dates

    table = events(ann)
    given = table[table["evidence"].str.contains("dio a los rebeldes", regex=False)]
    assert given["start"].tolist() == [dt.date(2024, 3, 8)] and given["status"].tolist() == ["deadline"]
    latest = table[table["evidence"].str.contains("a más tardar", regex=False)]
    assert latest["status"].tolist() == ["deadline"]
    dates = resolved_dates(ann)
    week = dates[dates["text"].str.contains("misma semana", regex=False)]
    assert week["start"].tolist() == [dt.date(2024, 3, 4)]  # the dateline's week, not that of 3 March
