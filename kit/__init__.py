"""kit: read news coverage the way a political scientist does.

Stages (one module each): :mod:`kit.load` → :mod:`kit.annotate` →
:mod:`kit.counts` / :mod:`kit.actors` / :mod:`kit.network` /
:mod:`kit.timeline` → :mod:`kit.charts`. Importing kit loads no model and
touches no disk. The stage functions are re-exported here; importing them
eagerly keeps ``kit.load`` and ``kit.annotate`` the functions, not the
modules of the same name.

Examples
--------
>>> import kit
>>> corpus = kit.load("data/articles")                 # doctest: +SKIP
>>> ann = kit.annotate(corpus.articles)                 # doctest: +SKIP
>>> kit.entity_counts(ann).head()                       # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from kit.annotate import Annotations, annotate  # noqa: E402
from kit.counts import entity_counts  # noqa: E402
from kit.load import LoadResult, iter_articles, load  # noqa: E402
from kit.types import Article  # noqa: E402

__all__ = [
    "Annotations", "Article", "LoadResult", "__version__", "annotate", "entity_counts",
    "iter_articles", "load",
]
