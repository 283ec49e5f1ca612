"""Ingest: files → :class:`kit.schema.Article` records, with a report of every bad file.

:func:`load` reads a folder (or file) of ``.txt``, ``.md``, ``.html``, ``.jsonl``
and ``.csv`` articles (:mod:`kit.ingest.readers`), applies ``metadata.csv``
(:mod:`kit.ingest.manifest`) and strips boilerplate (:mod:`kit.ingest.boilerplate`).
"""

from kit.ingest.boilerplate import strip_boilerplate
from kit.ingest.load import REPORT_COLUMNS, ArticleStream, LoadResult, iter_articles, load

__all__ = ["REPORT_COLUMNS", "ArticleStream", "LoadResult", "iter_articles", "load",
           "strip_boilerplate"]
