"""Fixtures of the nlp tests: what reaches the pipeline's ``nlp.pipe``.

Each fixture is a function to call at the point of the test from which it
should hold (a cold run before it still annotates). Both load the model only
when called.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kit.nlp.pipeline import get_nlp


@pytest.fixture
def forbid_nlp(monkeypatch) -> Callable[[], None]:
    """Call it to fail the test on any later ``nlp.pipe`` call (every article is cached)."""

    def forbid() -> None:
        def no_pipe(*args, **kwargs):
            raise AssertionError("NLP ran on a cached article")

        monkeypatch.setattr(get_nlp(None), "pipe", no_pipe)

    return forbid


@pytest.fixture
def count_nlp(monkeypatch) -> Callable[[], list[str]]:
    """Call it to record every text ``nlp.pipe`` annotates from then on; it returns the list."""

    def count() -> list[str]:
        nlp = get_nlp(None)
        seen: list[str] = []
        real_pipe = nlp.pipe

        def counting_pipe(texts, **kwargs):
            texts = list(texts)
            seen.extend(texts)
            return real_pipe(texts, **kwargs)

        monkeypatch.setattr(nlp, "pipe", counting_pipe)
        return seen

    return count


@pytest.fixture
def warm_run() -> Callable[..., None]:
    """Call it with cached articles: a fresh process annotates them again and must
    import no spaCy (so load no model); ``check`` is Python run on its ``ann``."""
    import subprocess
    import sys

    def run(articles, cache_dir, check: str = "assert len(ann.mentions)") -> None:
        rows = [(a.id, a.title, a.text, a.language) for a in articles]
        code = ("import sys, kit\n"
                "from kit.schema import Article\n"
                f"arts = [Article(id=i, title=t, text=x, language=l) for i, t, x, l in {rows!r}]\n"
                f"ann = kit.annotate(arts, cache_dir={str(cache_dir)!r})\n"
                f"{check}\n"
                "sys.exit(3 if 'spacy' in sys.modules else 0)\n")
        done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stderr

    return run
