"""Docs sent between the worker processes of ``nlp.pipe(n_process=N)`` and the parent.

Each worker packs every Doc it returns (``Doc.to_bytes``) and the parent
unpacks it (``Doc.from_bytes``), with srsly's msgpack. srsly asks two
``catalogue`` registries for its encoders and decoders on every pack and
unpack, and ``Registry.get_all`` answers by reading the entry points of every
installed distribution and walking every function registered in any
registry (spaCy registers hundreds): about 2 ms a call, three calls a Doc on
each side, where the Doc itself takes a tenth of that. Measured on 300
generated articles with 2 processes: 2.3 of the parent's 3.9 CPU seconds.

:func:`hooks_read_once` reads each registry once and answers every later
call with that, so the bytes are the same and the scan happens once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def _registries() -> list[Any]:
    from srsly.msgpack import msgpack_decoders, msgpack_encoders

    return [msgpack_encoders, msgpack_decoders]


@contextmanager
def hooks_read_once() -> Iterator[None]:
    """While the block runs, srsly's msgpack encoders and decoders are those its
    registries held when it started (a copy on each call, as before).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Talks", "resumed"])
    >>> with hooks_read_once():
    ...     same = doc.to_bytes() == Doc(Vocab()).from_bytes(doc.to_bytes()).to_bytes()
    >>> same
    True
    """
    registries = _pin()
    try:
        yield
    finally:
        for registry in registries:
            vars(registry).pop("get_all", None)


@functools.cache
def read_once_in_this_process() -> None:
    """:func:`hooks_read_once` for the rest of this process's life: for a worker
    process of ``nlp.pipe``, which packs every Doc it returns and then ends."""
    _pin()


def _pin() -> list[Any]:
    """Give each registry not pinned yet a ``get_all`` that returns a copy of what
    it holds now; return those pinned here."""
    pinned = [r for r in _registries() if "get_all" not in vars(r)]
    for registry in pinned:
        registry.get_all = functools.partial(dict, registry.get_all())
    return pinned
