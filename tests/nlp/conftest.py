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
