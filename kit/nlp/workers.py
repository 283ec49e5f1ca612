"""End the worker processes of a multi-process ``nlp.pipe`` when a run stops early.

spaCy's ``nlp.pipe(n_process=N)`` (3.8) cannot be interrupted: every worker
inherits every other worker's pipe, so none of them sees its reader go.
Ctrl-C sent to the parent alone leaves the workers blocked sending docs
nobody reads while spaCy's cleanup waits for them (``proc.join``); sent to
the whole process group (a terminal's Ctrl-C) it kills the workers, and the
parent then hangs at exit joining the thread that feeds texts to their
queues. :func:`ended_on_error` wraps the loop that reads such a stream:

- while it runs, Ctrl-C kills the workers the stream started, then raises
  :class:`KeyboardInterrupt` in the parent as usual; a forked worker (Linux's
  default) ignores it, as its parent ends it, so a terminal's Ctrl-C prints no
  worker tracebacks;
- when the loop is left by any exception (Ctrl-C, a full disk, ...), the
  workers are killed, the stream is closed (spaCy's own cleanup then finds
  them gone) and the texts still queued for them are read off their pipes,
  so the process exits at once, or a notebook kernel goes on, with no
  worker left.

What the run wrote before stays: the cache only ever holds whole shards
(:mod:`kit.nlp.cache`), and a re-run annotates only the articles it lacks.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

DRAIN_SECONDS = 3.0
"""At most this long is spent reading the queued texts of killed workers."""


@contextmanager
def ended_on_error(stream: Iterator[Any]) -> Iterator[None]:
    """Run the block that reads ``stream``; if it raises, end the stream's workers first.

    Examples
    --------
    >>> docs = iter(["a", "b"])  # e.g. kit.nlp.rows.annotate_stream(..., n_process=2)
    >>> with ended_on_error(docs):
    ...     [d.upper() for d in docs]
    ['A', 'B']
    """
    before = set(multiprocessing.active_children())
    threads = set(threading.enumerate())

    def started_here() -> list[BaseProcess]:
        return [p for p in multiprocessing.active_children() if p not in before]

    ending = threading.Event()  # set once the run stops: Ctrl-C then only waits
    with _ctrl_c_kills(started_here, ending), warnings.catch_warnings():
        # spaCy's W127 "not all worker processes completed": they were ended here
        warnings.filterwarnings("ignore", message=r".*\[W127\]")
        try:
            yield
        except BaseException:
            ending.set()  # a second Ctrl-C waits for the few steps below
            _kill(started_here())
            try:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()  # spaCy's cleanup: its queues get their last item
            finally:
                _drain_feeders([t for t in threading.enumerate() if t not in threads])
            raise


@contextmanager
def _ctrl_c_kills(workers: Callable[[], list[BaseProcess]],
                  ending: threading.Event) -> Iterator[None]:
    """While the block runs, Ctrl-C in this process kills ``workers()`` before
    raising as before; in a worker forked meanwhile it is ignored."""
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield  # signals are the main thread's; SIG_IGN or SIG_DFL stay as they are
        return
    parent = os.getpid()

    def on_ctrl_c(signum: int, frame: Any) -> None:
        if os.getpid() != parent or ending.is_set():
            return  # a forked worker (its parent ends it), or the run is already ending
        ending.set()
        _kill(workers())
        previous(signum, frame)

    signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _kill(processes: list[BaseProcess]) -> None:
    for process in processes:
        process.kill()  # a worker holds nothing to save: its docs are written by the parent
    for process in processes:
        process.join(timeout=1)


def _drain_feeders(threads: list[threading.Thread]) -> None:
    """Read the pipes that ``multiprocessing.Queue`` feeder threads among ``threads``
    are blocked writing to (their readers are dead), until each thread is done."""
    deadline = time.monotonic() + DRAIN_SECONDS
    for thread in threads:
        readers = _pipe_readers(thread)
        for reader in readers:
            _drain(reader, thread, deadline)
        if readers:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))


def _pipe_readers(thread: threading.Thread) -> list[Connection]:
    """The reading ends of the pipe a queue feeder thread writes to (none for
    other threads): CPython starts the thread with the queue's ``reader.close``
    among its arguments. Should that change, nothing is drained, and
    tests/nlp/test_interrupt.py fails on the hang this prevents."""
    if thread.name != "QueueFeederThread":
        return []
    owners = (getattr(arg, "__self__", None) for arg in getattr(thread, "_args", ()))
    return [c for c in owners if isinstance(c, Connection) and c.readable and not c.closed]


def _drain(reader: Connection, thread: threading.Thread, deadline: float) -> None:
    try:
        fd = os.dup(reader.fileno())  # our own copy: the thread closes its own when done
    except OSError:
        return  # closed meanwhile: the thread has finished
    try:
        while thread.is_alive() and time.monotonic() < deadline:
            readable, _, _ = select.select([fd], [], [], 0.05)
            if readable and not os.read(fd, 1 << 16):
                return  # every writer closed
    finally:
        os.close(fd)
