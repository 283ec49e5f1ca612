"""The cache namespace: everything that shapes annotation rows, hashed.

Rows in the cache are valid only for the model, the lexicons and the kit code
that made them. :func:`code_modules` finds that code from the imports
themselves: :mod:`kit.nlp.rows`, every extractor module it runs
(:data:`kit.nlp.rows.EXTRACTORS`) and, transitively, every kit module they
import (at module level or inside a function) and the package ``__init__``
modules Python runs to import them. Nothing is kept
by hand, so a module an extractor starts to import is covered the moment it does.

Examples
--------
>>> "kit.nlp.rows" in code_modules() and "kit.extract.dates" in code_modules()
True
"""

from __future__ import annotations

import ast
import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kit.lexicon.files import DATA_DIR
from kit.version import __version__

if TYPE_CHECKING:
    from spacy.language import Language

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # the kit/ folder
ROOT_MODULES = ("kit.nlp.rows",)


def namespace_of(nlp: Language) -> str:
    """The cache namespace of rows made by ``nlp`` and this kit code."""
    from kit.nlp.pipeline import model_fingerprint

    return f"{model_fingerprint(nlp)}-kit{__version__}-{_this_code()}"


def namespace_for(model: str | None = None) -> str:
    """:func:`namespace_of` the pipeline of ``model``, without loading it
    (:func:`kit.nlp.pipeline.model_fingerprint_on_disk`)."""
    from kit.nlp.pipeline import model_fingerprint_on_disk

    return f"{model_fingerprint_on_disk(model)}-kit{__version__}-{_this_code()}"


@functools.cache
def _this_code() -> str:
    """:func:`code_fingerprint` of the code this process runs, hashed once."""
    return code_fingerprint()


def code_fingerprint(root: Path = PACKAGE_ROOT) -> str:
    """Hash of the kit modules that build rows (:func:`code_modules`) and every
    lexicon file, as they are on disk under ``root`` (a ``kit/`` folder)."""
    digest = hashlib.sha256()
    for f, name in code_files(code_modules(root), root):
        digest.update(name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def code_files(modules: Iterable[str], root: Path = PACKAGE_ROOT) -> list[tuple[Path, str]]:
    """The source files of the kit ``modules`` and every lexicon file under ``root`` (a
    ``kit/`` folder), each with its name relative to ``root`` ("lexicon/data/titles.csv"),
    in a fixed order: what a hash of code and lexicons covers."""
    files = [module_file(name, root) for name in sorted(modules)]
    data = root / DATA_DIR.relative_to(PACKAGE_ROOT)
    files += sorted(f for f in data.rglob("*") if f.is_file())
    return [(f, f.relative_to(root).as_posix()) for f in files]


def code_modules(root: Path = PACKAGE_ROOT) -> set[str]:
    """Names of the kit modules that row building imports, directly or not."""
    from kit.nlp.rows import EXTRACTORS

    return import_closure([*ROOT_MODULES, *EXTRACTORS.values()], root)


def import_closure(start: Iterable[str], root: Path = PACKAGE_ROOT) -> set[str]:
    """``start`` and every kit module they import, transitively, with the packages
    that hold them: importing ``kit.extract.dates`` runs ``kit/__init__.py`` and
    ``kit/extract/__init__.py`` first. A package's own code is covered, not what it
    imports for its users (``kit/__init__.py`` re-exports the analyses, which build
    no rows: editing them must not annotate a corpus again).

    Examples
    --------
    >>> {"kit", "kit.extract"} <= import_closure(["kit.extract.dates"])
    True
    """
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(kit_imports(name, root))
    return seen | {p for name in seen for p in _packages(name) if _exists(p, root)}


def _packages(module: str) -> list[str]:
    """The packages Python imports before ``module``: "kit.a.b" → "kit", "kit.a"."""
    parts = module.split(".")
    return [".".join(parts[:n]) for n in range(1, len(parts))]


def kit_imports(module: str, root: Path = PACKAGE_ROOT) -> set[str]:
    """The kit modules ``module`` imports anywhere in its source.

    ``from kit.a import b`` counts as importing ``kit.a.b`` when that is a
    module, else ``kit.a``.

    Examples
    --------
    >>> sorted(kit_imports("kit.extract.inputs"))
    ['kit.extract.roles', 'kit.extract.sources']
    """
    path = module_file(module, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for base, names in _imports(path.read_text(encoding="utf-8"), package):
        for name in names:
            sub = f"{base}.{name}" if name else base
            found.add(sub if _exists(sub, root) else base)
    return {name for name in found if name.split(".")[0] == "kit" and _exists(name, root)}


@functools.lru_cache(maxsize=1024)
def _imports(source: str, package: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(module, names)`` of each import statement in ``source`` ("import a.b":
    ``("a.b", ("",))``), relative imports resolved against ``package``; parsed
    once per distinct source."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(a.name, ("",)) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            found.append((base, tuple(a.name for a in node.names)))
    return tuple(found)


def module_file(name: str, root: Path = PACKAGE_ROOT) -> Path:
    """The source file of kit module ``name`` under ``root``."""
    path = root.joinpath(*name.split(".")[1:])
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _exists(name: str, root: Path) -> bool:
    return name.split(".")[0] == "kit" and module_file(name, root).is_file()
