"""Ingest: files → :class:`kit.schema.Article` records, with a report of every bad file.

:func:`load` finds the files without leaving the folder (:mod:`kit.ingest.discover`),
decodes them (:mod:`kit.ingest.encoding`), reads ``.txt``, ``.md`` (front matter
with limits: :mod:`kit.ingest.safe_yaml`), ``.html``, ``.jsonl`` and ``.csv``
articles (:mod:`kit.ingest.readers`), applies ``metadata.csv``
(:mod:`kit.ingest.manifest`) and strips boilerplate (:mod:`kit.ingest.boilerplate`).
"""

from kit.ingest.boilerplate import strip_boilerplate
from kit.ingest.load import REPORT_COLUMNS, ArticleStream, LoadResult, iter_articles, load

__all__ = ["REPORT_COLUMNS", "ArticleStream", "LoadResult", "iter_articles", "load",
           "strip_boilerplate"]
