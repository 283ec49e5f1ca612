"""A re-run reads what the analyses derived from disk, the same as computing it again."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import kit
from kit import actors, timeline
from kit.nlp.derived import same

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]

ANALYSES = {
    "resolved_dates": timeline.resolved_dates,
    "events": lambda ann: timeline.events(ann, tolerance_days=2),
    "dated_clauses": timeline.dated_clauses,
    "entity_counts": kit.entity_counts,
    "actor_registry": actors.actor_registry,
    "quote_table": actors.quote_table,
}


def _fails(*_args, **_kwargs):
    raise AssertionError("computed again: the kept table was not read")


def test_a_rerun_reads_every_analysis_kept_on_disk(cache_dir, monkeypatch):
    articles = kit.load(ROOT / "data" / "demo").articles
    first = kit.annotate(articles, cache_dir=cache_dir)
    computed = {name: analysis(first) for name, analysis in ANALYSES.items()}
    assert len(computed["events"]) > 5 and computed["events"]["n_sources"].max() > 1
    for module, name in [("kit.timeline.events", "_timeline"), ("kit.timeline.events", "_reports"),
                         ("kit.timeline.events", "_resolved_dates"),
                         ("kit.actors.registry", "_actor_mentions"),
                         ("kit.actors.registry", "_registry"), ("kit.actors.registry", "_quote_table"),
                         ("kit.counts.mentions", "_entity_mentions")]:
        monkeypatch.setattr(importlib.import_module(module), name, _fails)
    rerun = kit.annotate(articles, cache_dir=cache_dir)  # another Annotations, as in a new kernel
    for name, analysis in ANALYSES.items():
        assert same(analysis(rerun), computed[name]), name


def test_other_parameters_are_computed_not_read(cache_dir, monkeypatch):
    articles = kit.load(ROOT / "data" / "demo").articles
    timeline.events(kit.annotate(articles, cache_dir=cache_dir), tolerance_days=2)
    events = importlib.import_module("kit.timeline.events")
    calls = []
    real = events._timeline
    monkeypatch.setattr(events, "_timeline", lambda *a: calls.append(a[-1]) or real(*a))
    timeline.events(kit.annotate(articles, cache_dir=cache_dir), tolerance_days=0)
    assert calls == [0]
