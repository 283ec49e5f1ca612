"""Every docstring example in kit runs and prints what its docstring says.

Each module's examples run as a reader would run them from the repository
root: in a folder where ``data/`` and ``notebooks/`` are the repository's
(so ``kit.load("data/articles")`` works), whose own files (``site/``, GraphML
exports) land in a temporary folder, with an annotation cache of its own.
Examples that load the statistical spaCy model are in the ``model`` tier; any
other module that tries to load it fails here, so ``make test-fast`` never
loads it by accident.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import kit

REPO = Path(__file__).resolve().parents[2]
MODULES = ["kit", *sorted(m.name for m in pkgutil.walk_packages(kit.__path__, "kit."))]

#: Modules whose examples load the spaCy model (annotate articles, parse text).
NEEDS_MODEL = {
    "kit",
    "kit.actors.registry",
    "kit.charts.network",
    "kit.charts.timeline",
    "kit.counts.coverage",
    "kit.counts.entities",
    "kit.counts.mentions",
    "kit.counts.view",
    "kit.extract.dates",
    "kit.extract.headships",
    "kit.extract.quotes",
    "kit.extract.relations",
    "kit.extract.roles",
    "kit.extract.sources",
    "kit.network.graph",
    "kit.nlp.cluster",
    "kit.nlp.pipeline",
    "kit.nlp.run",
    "kit.publish.report",
    "kit.timeline.coverage",
    "kit.timeline.events",
}

#: Examples that cannot run here, by module: what each one needs.
MAY_SKIP = {
    "kit.nlp.cluster": "a remote Dask scheduler at tcp://scheduler:8786",
}


def _examples(name: str) -> list[doctest.DocTest]:
    module = importlib.import_module(name)
    return [t for t in doctest.DocTestFinder().find(module, name) if t.examples]


def _refuse_model(*args: object, **kwargs: object) -> None:
    raise AssertionError("this example loads the spaCy model: list its module in NEEDS_MODEL "
                         "(tests/system/test_doctests.py)")


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.model) if n in NEEDS_MODEL else n for n in MODULES
])
def test_docstring_examples_run(name, tmp_path, monkeypatch):
    for folder in ("data", "notebooks"):
        (tmp_path / folder).symlink_to(REPO / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    if name not in NEEDS_MODEL:
        import spacy

        monkeypatch.setattr(spacy, "load", _refuse_model)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    for test in _examples(name):
        runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


def test_only_examples_that_cannot_run_here_are_skipped():
    skipped = {name for name in MODULES for test in _examples(name) for ex in test.examples
               if ex.options.get(doctest.SKIP)}
    assert skipped == set(MAY_SKIP)


def test_model_tier_names_modules_with_examples():
    assert sorted(NEEDS_MODEL - {n for n in MODULES if _examples(n)}) == []
