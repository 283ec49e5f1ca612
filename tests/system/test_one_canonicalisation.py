"""One canonicalisation for everything: on one corpus, entity counts, the actor
registry, the network, the timeline and the command line give each actor the
same name, and the same count where they count the same thing.

Corpora with names spelt differently across articles ("Kate Lobo" / "Katherine
Lobo", "OAS", "Mejia"; "Karsten" / "Ines Karsten"; a body and a country named in
English and in a Spanish article: "Unión Africana", "Noruega"), run through the real
pipeline with an alias table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kit
from kit.__main__ import main
from kit.actors import actor_registry
from kit.lexicon.canonical import name_key
from kit.network import build_network, nodes_table
from kit.timeline import SEP, events

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
CORPORA = {
    "seed": (REPO / "data" / "articles", (REPO / "data" / "aliases.csv").read_text(encoding="utf-8"),
             {"U.S.", "the United States", "López Obrador", "AMLO"}),
    # a capital standing for its government: the alias merges it everywhere
    "actors_corpus": (REPO / "tests" / "data" / "actors_corpus" / "articles",
                      "alias,canonical\nTegucigalpa,Honduras\n",
                      {"Kate Lobo", "OAS", "Mejía", "Mejia", "Villagrán", "Tegucigalpa"}),
    # English articles and a Spanish one: a body and a country go by the lexicon's English name
    "mixed_language_corpus": (REPO / "tests" / "data" / "mixed_language_corpus", "alias,canonical\n",
                              {"Unión Africana", "Noruega"}),
    "timeline_corpus": (REPO / "tests" / "data" / "timeline_corpus",
                        (REPO / "data" / "aliases.csv").read_text(encoding="utf-8"),
                        {"Karsten", "Arvelo", "the River Basin Commission"}),
}


@dataclass
class Tables:
    """What the package and the command line make of one corpus."""

    ann: kit.Annotations
    counts: pd.DataFrame
    registry: pd.DataFrame
    graph: nx.MultiDiGraph
    events: pd.DataFrame
    absent: set[str]
    cli: dict[str, pd.DataFrame]
    cli_graph: nx.Graph


@pytest.fixture(scope="module", params=sorted(CORPORA))
def tables(request, tmp_path_factory) -> Tables:
    articles, alias_text, absent = CORPORA[request.param]
    folder = tmp_path_factory.mktemp(request.param)
    aliases = folder / "aliases.csv"
    aliases.write_text(alias_text, encoding="utf-8")
    cache = folder / "cache"
    ann = kit.annotate(kit.load(articles).articles, cache_dir=cache, aliases=aliases)
    cli = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIT_CACHE_DIR", str(cache))  # the command line reads the same cache
        for command in ("entities", "actors", "timeline"):
            out = folder / f"{command}.csv"
            assert main([command, str(articles), "--format", "csv", "--out", str(out),
                         "--aliases", str(aliases)]) == 0
            cli[command] = pd.read_csv(out, keep_default_na=False)
        graphml = folder / "network.graphml"
        assert main(["network", str(articles), "--format", "graphml", "--out", str(graphml),
                     "--aliases", str(aliases)]) == 0
    return Tables(ann, kit.entity_counts(ann, aliases=aliases), actor_registry(ann, aliases=aliases),
                  build_network(ann, aliases=aliases), events(ann, aliases=aliases), absent, cli,
                  nx.read_graphml(graphml))


def _names(cells: pd.Series) -> set[str]:
    return {name for cell in cells for name in str(cell).split(SEP) if name}


def test_every_actor_has_its_registry_name_and_count_in_the_entity_counts(tables):
    counts = tables.counts.set_index("canonical")
    named = tables.registry[tables.registry["named"]]
    assert len(named) >= 6
    assert counts["as_actor"].lt(counts["mentions"]).any()  # some entity is also a place or modifier
    for actor in named.itertuples():
        assert actor.name in counts.index, actor.name
        assert counts.loc[actor.name, "as_actor"] == actor.mentions, actor.name
        assert counts.loc[actor.name, "mentions"] >= actor.mentions  # + places and modifiers
    assert counts["as_actor"].sum() == named["mentions"].sum()


def test_network_nodes_are_the_registry_actors_with_their_counts(tables):
    nodes = nodes_table(tables.graph).set_index("actor_id")
    registry = tables.registry.set_index("actor_id")
    assert set(nodes.index) == set(registry.index)
    assert (nodes["name"] == registry.loc[nodes.index, "name"]).all()
    assert (nodes["mentions"] == registry.loc[nodes.index, "mentions"]).all()


def test_no_table_spells_an_actor_another_way(tables):
    spelling_of: dict[str, set[str]] = {}  # name key of a spelling -> registry names it stands for
    for actor in tables.registry[tables.registry["named"]].itertuples():
        for spelling in actor.aliases.split("; "):
            spelling_of.setdefault(name_key(spelling), set()).add(actor.name)
    shown = {
        "actor registry": set(tables.registry["name"]),
        "entity counts": set(tables.counts["canonical"]),
        "network": {d["name"] for _, d in tables.graph.nodes(data=True)},
        "timeline actors": _names(tables.events["actors"]),
        "timeline places": _names(tables.events["place"]),
    }
    for table, names in shown.items():
        wrong = {n: spelling_of[name_key(n)] for n in names
                 if name_key(n) in spelling_of and n not in spelling_of[name_key(n)]}
        assert not wrong, f"{table} names actors by a variant: {wrong}"
        assert not names & tables.absent, table


def test_timeline_actors_are_named_as_the_entities_are(tables):
    actors = _names(tables.events["actors"])
    assert actors and actors <= set(tables.counts["canonical"])
    registry_names = set(tables.registry["name"])
    assert actors & registry_names


def test_the_command_line_writes_the_same_names_and_counts(tables):
    entities = tables.cli["entities"]
    assert entities["canonical"].tolist() == tables.counts["canonical"].tolist()
    assert entities["mentions"].tolist() == tables.counts["mentions"].tolist()
    assert entities["as_actor"].tolist() == tables.counts["as_actor"].tolist()
    actors = tables.cli["actors"]
    assert actors[["name", "mentions"]].values.tolist() == tables.registry[["name", "mentions"]].values.tolist()
    assert tables.cli["timeline"]["actors"].tolist() == tables.events["actors"].tolist()
    got = {d["name"]: d["mentions"] for _, d in tables.cli_graph.nodes(data=True)}
    assert got == {d["name"]: d["mentions"] for _, d in tables.graph.nodes(data=True)}
