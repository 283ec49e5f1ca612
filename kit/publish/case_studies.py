"""Case studies: notebooks written about one corpus, published only for it.

The notebooks of ``notebooks/`` read any corpus and end with readings kit
writes from it. A case study (``notebooks/case_studies/*.ipynb``) is
hand-written prose about particular articles, so it is true of those articles
only. Its metadata declares them, each by its file's name, the SHA-256 of the
file's bytes and the publication date its dates are resolved against::

    "metadata": {"kit": {"corpus": [{"file": "000_630f14e8707647da.txt",
                                      "sha256": "e5deb5b5...", "published": "2024-01-18"}]}}

:func:`find_case_studies` lists the case studies whose declared files are all
among the loaded articles (with that date), which ``kit report`` then publishes
beside the other notebooks; the other articles may be anything, because a case
study's cells keep only its own articles (:func:`own_articles`). A copy of a
declared file without its date (no ``metadata.csv`` giving it) is not the
corpus the prose reads: relative dates would stay unresolved.

Examples
--------
>>> from kit.ingest.load import load
>>> seed = load("data/articles").articles
>>> [p.name for p in find_case_studies("notebooks", seed)]
['seed_nbc_2024.ipynb']
>>> find_case_studies("notebooks", load("data/demo").articles)
[]
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kit.schema import Article

FOLDER = "case_studies"
"""Where case studies are, inside the notebooks folder."""
PathLike = str | os.PathLike[str]


class CaseStudyError(ValueError):
    """A case study declares no corpus, or its corpus is not among the articles."""


@dataclass(frozen=True)
class DeclaredFile:
    """One article file a case study is about."""

    file: str
    sha256: str
    published: str | None = None

    def __str__(self) -> str:
        date = f", published {self.published}" if self.published else ""
        return f"{self.file} (sha256 {self.sha256[:12]}…{date})"


def declared_corpus(notebook: PathLike) -> list[DeclaredFile]:
    """The files ``notebook``'s metadata (``kit.corpus``) declares it is about.

    Raises
    ------
    CaseStudyError
        No declaration, or one without ``file`` and ``sha256`` in each entry.
    """
    path = Path(notebook)
    metadata = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    entries = metadata.get("kit", {}).get("corpus")
    fix = ('declare the articles it is about in its metadata: "kit": {"corpus": [{"file": '
           '"<name>", "sha256": "<sha256sum of the file>", "published": "<YYYY-MM-DD>"}]}')
    if not entries or not isinstance(entries, list):
        raise CaseStudyError(f"{path} is a case study without a declared corpus; {fix}")
    try:
        return [DeclaredFile(str(e["file"]), str(e["sha256"]).lower(), e.get("published"))
                for e in entries]
    except (KeyError, TypeError) as err:
        raise CaseStudyError(f"{path}: a kit.corpus entry lacks {err}; {fix}") from err


def own_articles(articles: Iterable[Article], notebook: PathLike) -> list[Article]:
    """The articles of ``articles`` that are the files ``notebook`` declares: what a
    case study's cells read, whatever else was loaded.

    Raises
    ------
    CaseStudyError
        A declared file is not among ``articles``.
    """
    articles = list(articles)
    declared = declared_corpus(notebook)
    hashes = _Hashes()
    kept = [a for a in articles if any(_is(a, d, hashes) for d in declared)]
    missing = [d for d in declared if not any(_is(a, d, hashes) for a in kept)]
    if missing:
        raise CaseStudyError(
            f"{Path(notebook).name} is about {', '.join(map(str, missing))}, which is not "
            f"among the {len(articles)} articles loaded; set `articles` to the folder that "
            "holds it with its metadata.csv (e.g. '../../data/articles')")
    return kept


def find_case_studies(notebooks_dir: PathLike, articles: Sequence[Article]) -> list[Path]:
    """The case studies of ``notebooks_dir`` whose declared files are all among
    ``articles`` (sorted by name): the ones a site on these articles publishes."""
    folder = Path(notebooks_dir) / FOLDER
    studies = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    hashes = _Hashes()
    return [nb for nb in studies
            if all(any(_is(a, d, hashes) for a in articles) for d in declared_corpus(nb))]


class _Hashes:
    """SHA-256 of article files, each file read once."""

    def __init__(self) -> None:
        self.digests: dict[str, str] = {}

    def sha256(self, path: str) -> str:
        if path not in self.digests:
            try:
                self.digests[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            except OSError:  # moved or removed since it was loaded: not the declared file
                self.digests[path] = ""
        return self.digests[path]


def _is(article: Article, declared: DeclaredFile, hashes: _Hashes) -> bool:
    """Whether ``article`` is ``declared``: its date first (no file read for the others),
    then its file's bytes."""
    if declared.published is not None and str(article.published) != declared.published:
        return False
    return bool(article.path) and hashes.sha256(article.path) == declared.sha256
