"""Counts: who and what the articles name, and how often (:mod:`kit.counts.entities`),
under the actor registry's names (:mod:`kit.counts.mentions`), each article's
text with its entities marked (:mod:`kit.counts.view`), and whom each outlet and
language quotes, named or not (:mod:`kit.counts.coverage`)."""

from kit.counts.coverage import (
    QUOTED_COLUMNS,
    UNNAMED_COLUMNS,
    outlets,
    quoted_by_outlet,
    unnamed_by_outlet,
)
from kit.counts.entities import (
    COUNT_COLUMNS,
    NAME_LABELS,
    article_entity_matrix,
    entity_counts,
    label_counts,
    select_mentions,
)
from kit.counts.mentions import entity_mentions
from kit.counts.view import entity_data, entity_view

__all__ = ["COUNT_COLUMNS", "NAME_LABELS", "QUOTED_COLUMNS", "UNNAMED_COLUMNS", "article_entity_matrix",
           "entity_counts", "entity_data", "entity_mentions", "entity_view", "label_counts", "outlets",
           "quoted_by_outlet", "select_mentions", "unnamed_by_outlet"]
