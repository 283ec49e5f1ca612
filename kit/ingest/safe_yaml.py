"""YAML front matter with limits: safe tags, bounded size, depth and alias expansion.

A YAML alias (``*a``) repeats an anchored node (``&a``) without copying it,
so 424 bytes of nested aliases describe billions of values: building them,
printing them or storing them in ``Article.meta`` hangs and eats memory (the
"billion laughs" bomb). :func:`load_front_matter` measures the document as
composed, before anything is built: what it would weigh with every alias
expanded, how deep it nests, whether an alias points into itself. Past a
bound it raises :class:`FrontMatterTooBig`, a :class:`yaml.YAMLError`.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode

__all__ = ["MAX_CHARACTERS", "MAX_DEPTH", "FrontMatterTooBig", "load_front_matter"]

MAX_CHARACTERS = 65_536
"""Largest front matter kit reads, before and after expanding aliases (characters)."""
MAX_DEPTH = 32
"""Deepest nesting of lists and mappings kit reads in front matter."""


class FrontMatterTooBig(yaml.YAMLError):
    """Front matter over kit's limits; the message says which limit."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings and refuses to nest past :data:`MAX_DEPTH`."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise FrontMatterTooBig(f"it nests lists or mappings more than {MAX_DEPTH} "
                                        "levels deep")
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


_Loader.yaml_implicit_resolvers = {  # a bad date is data, not a crash
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_front_matter(text: str) -> Any:
    """Parse one YAML document with safe tags and kit's limits.

    Raises
    ------
    yaml.YAMLError
        When ``text`` is not valid YAML; :class:`FrontMatterTooBig` when it is
        over :data:`MAX_CHARACTERS` (as written or with its aliases expanded),
        nests deeper than :data:`MAX_DEPTH` or has an alias inside its own anchor.

    Examples
    --------
    >>> load_front_matter("title: Talks\\npublished: 2024-01-18")
    {'title': 'Talks', 'published': '2024-01-18'}
    >>> load_front_matter("a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]")['c']
    [[['x', 'x'], ['x', 'x']], [['x', 'x'], ['x', 'x']]]
    """
    if len(text) > MAX_CHARACTERS:
        raise FrontMatterTooBig(f"it is {len(text):,} characters long, over kit's limit of "
                                f"{MAX_CHARACTERS:,}")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        weight = expanded_size(node)
        if weight > MAX_CHARACTERS:
            raise FrontMatterTooBig(f"its YAML aliases (*name) expand it to over "
                                    f"{MAX_CHARACTERS:,} characters (an alias bomb?)")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def expanded_size(root: Node) -> int:
    """Characters of scalars (plus one per node) in ``root`` with every alias expanded.

    Each node is measured once (aliases share nodes), so the cost is linear in
    the document as written, whatever it expands to.

    Raises
    ------
    FrontMatterTooBig
        When an alias is used inside the node it names (a recursive structure).
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            open_nodes.discard(key)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise FrontMatterTooBig("an alias (*name) is used inside its own anchor (&name), "
                                    "a structure with no end")
        if isinstance(node, ScalarNode):
            sizes[key] = 1 + len(str(node.value))
            continue
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, CollectionNode):
        return list(node.value)
    return []
