"""Annotate on a Dask cluster (``dask.distributed``): the same tables, more machines.

:func:`kit.annotate` with ``engine="dask"`` (or ``client=``) hands the
articles that are not cached yet to the cluster in partitions. Each worker
process loads the spaCy pipeline once (:func:`kit.nlp.get_nlp` is cached per
process) and turns a partition into table rows with the same code as a local
run (:func:`kit.nlp.rows.annotate_batch`), so the tables are identical.
Results come back to the calling process, which writes each partition to the
annotation cache as it arrives: only a few partitions are in flight at a
time, so memory stays bounded by partitions, not by the corpus, and the
cache does not need to be on a disk the workers share.

Examples
--------
>>> import kit
>>> from distributed import Client
>>> client = Client("tcp://scheduler:8786")        # doctest: +SKIP
>>> client = Client(processes=False)               # here: workers in this process
>>> ann = kit.annotate(kit.load("data/articles").articles, client=client)
>>> ann.mentions["canonical"].value_counts().head(2).to_dict()
{'United States': 15, 'Mexico': 14}
>>> client.close()
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

import pandas as pd

#: Partitions waiting or running per worker: enough to keep workers busy,
#: few enough that the texts and rows in flight stay small.
IN_FLIGHT_PER_WORKER = 2
T = TypeVar("T")


class ClusterMismatch(RuntimeError):
    """Workers run another model or kit version than the calling process."""


def resolve_client(client: Any = None) -> Any:
    """``client``, else the ``dask.distributed`` client this process uses.

    Raises
    ------
    ValueError
        No client was given and none is running.
    """
    if client is not None:
        return client
    from distributed import get_client

    try:
        return get_client()
    except ValueError:
        raise ValueError(
            "engine='dask' needs a dask.distributed cluster: start one with "
            "`from distributed import Client; client = Client()` (this machine) or "
            "`Client('tcp://scheduler:8786')` (a cluster), then pass client=client"
        ) from None


def n_workers(client: Any) -> int:
    """Workers the scheduler knows of (at least 1)."""
    return max(1, len(client.scheduler_info().get("workers", {})))


def partitions(items: Sequence[T], workers: int, most: int) -> list[list[T]]:
    """Split ``items`` into partitions of at most ``most``, at least two per worker
    when there are enough items.

    Examples
    --------
    >>> [len(p) for p in partitions(list("abcdefghij"), workers=2, most=512)]
    [3, 3, 3, 1]
    """
    if not items:
        return []
    size = max(1, min(most, -(-len(items) // (2 * workers))))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def run(
    client: Any,
    batches: Sequence[Sequence[tuple[str, str]]],
    *,
    model: str,
    namespace: str,
    tables: Sequence[str] | None = None,
    batch_size: int = 64,
) -> Iterator[tuple[list[str], dict[str, pd.DataFrame]]]:
    """Annotate ``(key, text)`` batches on the cluster; yield ``(keys, tables)``
    per batch as it finishes.

    Raises
    ------
    ClusterMismatch
        A worker's model or kit code differs from this process's (its rows
        would not match the cache they are written to).
    """
    from distributed import as_completed

    pending = iter(batches)
    limit = IN_FLIGHT_PER_WORKER * n_workers(client)

    def submit(batch: Sequence[tuple[str, str]]) -> Any:
        return client.submit(annotate_partition, list(batch), model, tables,
                             batch_size, pure=False)

    first = [submit(b) for b, _ in zip(pending, range(limit))]
    running = as_completed(first, loop=client.loop, with_results=True)
    for future, (worker_namespace, keys, rows) in running:
        future.release()
        if worker_namespace != namespace:
            running.clear()
            raise ClusterMismatch(
                f"a Dask worker annotates with {worker_namespace!r} but this process with "
                f"{namespace!r}: install the same kit version and spaCy model on every worker"
            )
        nxt = next(pending, None)
        if nxt is not None:
            running.add(submit(nxt))
        yield keys, rows


def annotate_partition(
    batch: list[tuple[str, str]], model: str, tables: Sequence[str] | None, batch_size: int
) -> tuple[str, list[str], dict[str, pd.DataFrame]]:
    """On a worker: the namespace it annotates with, the keys and their tables."""
    from kit.nlp.namespace import namespace_of
    from kit.nlp.rows import annotate_batch, row_pipeline

    nlp = row_pipeline(model)
    rows = annotate_batch(batch, nlp, tables=tables, batch_size=batch_size)
    return namespace_of(nlp), [k for k, _ in batch], rows
