"""kit: read news coverage the way a political scientist does.

One package per stage, data flowing one way (see ``docs/architecture.md``):
:mod:`kit.ingest` → :mod:`kit.nlp` (with :mod:`kit.extract` and
:mod:`kit.lexicon`) → :mod:`kit.counts` / :mod:`kit.actors` /
:mod:`kit.network` / :mod:`kit.timeline` → :mod:`kit.charts` →
:mod:`kit.publish`; the tables they hand on are defined in :mod:`kit.schema`.
Importing kit loads no model and touches no disk. The entry points are
re-exported here: ``kit.load``, ``kit.annotate``, ``kit.entity_counts``.

Examples
--------
>>> import kit
>>> corpus = kit.load("data/articles")
>>> ann = kit.annotate(corpus.articles)
>>> kit.entity_counts(ann).head(2)[["canonical", "label", "mentions"]].values.tolist()
[['United States', 'GPE', 15], ['Mexico', 'GPE', 14]]
"""

from __future__ import annotations

from kit.version import __version__  # first: it notes when this process imported kit

# isort: split
from kit.counts.entities import entity_counts
from kit.ingest.load import LoadResult, iter_articles, load
from kit.nlp.run import annotate
from kit.schema import Annotations, Article

__all__ = [
    "Annotations", "Article", "LoadResult", "__version__", "annotate", "entity_counts",
    "iter_articles", "load",
]
