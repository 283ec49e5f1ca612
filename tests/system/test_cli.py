"""`python -m kit actors|network|timeline`: the same tables the notebooks show."""

from __future__ import annotations

import importlib
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from kit.__main__ import main

REPO = Path(__file__).resolve().parents[2]
ARTICLES = str(REPO / "data" / "articles")
pytestmark = pytest.mark.model


@pytest.mark.parametrize(("command", "module", "builder", "key"), [
    ("actors", "kit.actors.registry", "actor_registry", "actor_id"),
    ("timeline", "kit.timeline.events", "events", "event_id"),
])
def test_table_commands_write_what_the_package_builds(tmp_path, monkeypatch, seed_ann,
                                                      command, module, builder, key):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / f"{command}.parquet"
    assert main([command, ARTICLES, "--format", "parquet", "--out", str(out)]) == 0
    expected = getattr(importlib.import_module(module), builder)(seed_ann)
    got = pd.read_parquet(out)
    assert len(got) == len(expected) > 0
    assert got[key].tolist() == expected[key].tolist()


def test_the_timeline_command_takes_the_merging_window(tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    demo, out = str(REPO / "data" / "demo"), tmp_path / "events.csv"
    assert main(["timeline", demo, "--out", str(out)]) == 0
    assert pd.read_csv(out)["conflict"].any()  # the demo's misdated outlet, within a day
    assert main(["timeline", demo, "--out", str(out), "--tolerance-days", "0"]) == 0
    assert not pd.read_csv(out)["conflict"].any()  # 0: different days never merge
    with pytest.raises(ValueError, match="--tolerance-days -1 is negative"):
        main(["--traceback", "timeline", demo, "--tolerance-days", "-1"])


def test_network_command_writes_graphml_readable_by_networkx(tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "network.graphml"
    assert main(["network", ARTICLES, "--format", "graphml", "--out", str(out)]) == 0
    graph = nx.read_graphml(out)
    names = {data.get("name", node) for node, data in graph.nodes(data=True)}
    assert {"Antony Blinken", "Alicia Bárcena"} <= names | set(graph.nodes)
    assert graph.number_of_edges() > 0


def test_network_refuses_a_table_format(capsys):
    with pytest.raises(SystemExit):
        main(["network", ARTICLES, "--format", "csv"])
    assert "invalid choice" in capsys.readouterr().err


@pytest.fixture
def asked(tmp_path, monkeypatch) -> list[dict]:
    """The keyword arguments of every call the CLI makes to ``kit.nlp.run.annotate``
    (which still runs, into a cache of this test's own)."""
    from kit.nlp import run as annotate_module

    calls: list[dict] = []
    real = annotate_module.annotate
    monkeypatch.setattr(annotate_module, "annotate",
                        lambda articles, **kw: calls.append(kw) or real(articles, **kw))
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    return calls


@pytest.mark.parametrize(("command", "tables"), [("entities", ["roles", "sources"]), ("actors", None)])
def test_table_commands_run_only_the_components_their_table_reads(tmp_path, asked, command,
                                                                   tables):
    out = tmp_path / "table.csv"
    assert main([command, ARTICLES, "--out", str(out), "--n-process", "2"]) == 0
    assert [(kw["tables"], kw["n_process"]) for kw in asked] == [(tables, 2)]
    assert len(pd.read_csv(out)) > 5


@pytest.mark.parametrize("command", ["entities", "actors", "network", "timeline"])
def test_every_table_command_passes_aliases_to_annotate_and_to_its_table(tmp_path, asked, command):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical\nAlicia Bárcena,Secretary Bárcena\n", encoding="utf-8")
    fmt = "graphml" if command == "network" else "csv"
    out = tmp_path / f"table.{fmt}"
    assert main([command, ARTICLES, "--format", fmt, "--out", str(out), "--aliases", str(aliases)]) == 0
    assert [kw["aliases"] for kw in asked] == [str(aliases)]
    if command == "network":
        names = {d["name"] for _, d in nx.read_graphml(out).nodes(data=True)}
    else:
        table = pd.read_csv(out)
        names = set(table[{"entities": "canonical", "actors": "name"}.get(command, "actors")].dropna())
        names = {n for cell in names for n in str(cell).split("; ")}
    if command != "timeline":  # the seed's events name no Mexican official
        assert "Secretary Bárcena" in names and "Alicia Bárcena" not in names


def test_a_table_command_reports_the_articles_a_rule_failed_on(tmp_path, monkeypatch, capsys):
    """An article read without a rule of kit's that failed on it is named on standard
    error, with the rule and the error, on every run (the second reads the cache)."""
    quotes = importlib.import_module("kit.extract.quotes")

    def broken(*args, **kwargs):
        raise ValueError("no quote today")

    monkeypatch.setattr(quotes, "extract", broken)
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "velmora.txt").write_text("Talks in Velmora\n\nTalks in Velmora ended on Monday.\n", encoding="utf-8")
    for _ in range(2):
        assert main(["actors", str(folder), "--out", str(tmp_path / "actors.csv")]) == 0
        err = capsys.readouterr().err
        assert "kit actors: 1 article(s) read without a rule of kit's" in err
        assert "its quotes table (ValueError: no quote today)" in err
