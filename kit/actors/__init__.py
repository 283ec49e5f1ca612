"""Actors: who acts, under one name, with kind, role and side.

:mod:`kit.actors.registry` builds the actor tables from the annotation tables;
:mod:`kit.actors.names` decides which spellings name one actor;
:mod:`kit.actors.credits` finds the names that credit the story (bylines, photo credits).
"""

from kit.actors.names import surname
from kit.actors.registry import (
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    REGISTRY_COLUMNS,
    SHARE_COLUMNS,
    Aliases,
    actor_mentions,
    actor_registry,
    alias_key,
    names_an_outlet,
    outlet_keys,
    outlets_of,
    quote_table,
    slug,
    unnamed_share,
    with_actor_tables,
)

__all__ = ["MENTION_COLUMNS", "QUOTE_COLUMNS", "REGISTRY_COLUMNS", "SHARE_COLUMNS", "Aliases",
           "actor_mentions", "actor_registry", "alias_key", "names_an_outlet", "outlet_keys", "outlets_of", "quote_table", "slug", "unnamed_share",
           "surname", "with_actor_tables"]
