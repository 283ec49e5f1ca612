"""Shared fixtures: the real model and the annotated seed corpus, once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
SEED = ROOT.parent / "shared" / "seeds" / "000_630f14e8707647da.txt"


@pytest.fixture(scope="session")
def nlp():
    """kit's pipeline on the real statistical model."""
    from kit.nlp.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """A cache private to this test session (cold at start)."""
    return tmp_path_factory.mktemp("kit-cache")


@pytest.fixture(scope="session")
def seed_corpus():
    """``kit.load`` result for data/articles (the seed article)."""
    from kit.ingest.load import load

    return load(ARTICLES)


@pytest.fixture(scope="session")
def seed_ann(seed_corpus, cache_dir):
    """The seed article annotated with the real model."""
    from kit import annotate

    return annotate(seed_corpus.articles, cache_dir=cache_dir, aliases=ROOT / "data" / "aliases.csv")
