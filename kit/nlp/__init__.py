"""Annotate: articles → tidy tables, with spaCy, cached on disk.

:mod:`kit.nlp.pipeline` loads the model with kit's components,
:mod:`kit.nlp.rows` turns each Doc into table rows (running the extractors of
:mod:`kit.extract`), :mod:`kit.nlp.cache` keeps the rows by text hash under a
namespace (:mod:`kit.nlp.namespace`), :mod:`kit.nlp.run` drives a run
and :mod:`kit.nlp.cluster` runs it on a Dask cluster.
"""

from kit.nlp.pipeline import (
    CORE_COMPONENTS,
    TAGGING_COMPONENTS,
    ModelNotFound,
    clear_nlp_cache,
    get_nlp,
    resolve_model,
    unused_components,
)
from kit.nlp.run import annotate, annotate_to_cache

__all__ = ["CORE_COMPONENTS", "TAGGING_COMPONENTS", "ModelNotFound", "annotate",
           "annotate_to_cache", "clear_nlp_cache", "get_nlp", "resolve_model",
           "unused_components"]
