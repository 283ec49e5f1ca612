"""Counts: who and what the articles name, and how often (:mod:`kit.counts.entities`),
under the actor registry's names (:mod:`kit.counts.mentions`), and each article's
text with its entities marked (:mod:`kit.counts.view`)."""

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

__all__ = ["COUNT_COLUMNS", "NAME_LABELS", "article_entity_matrix", "entity_counts",
           "entity_data", "entity_mentions", "entity_view", "label_counts", "select_mentions"]
