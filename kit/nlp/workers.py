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
  workers are killed (found among the process's children in ``/proc`` too: a
  Ctrl-C that lands inside ``Process.start``, after the fork, leaves a worker
  multiprocessing never registered, which would otherwise outlive the run
  blocked on its pipe), the stream is closed (spaCy's own cleanup then finds
  them gone) and the texts still queued for them are read off their pipes,
  so the process exits at once, or a notebook kernel goes on, with no
  worker left.

What the run wrote before stays: the cache only ever holds whole shards
(:mod:`kit.nlp.cache`), and a re-run annotates only the articles it lacks.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import multiprocessing.queues
import os
import select
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, NamedTuple

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
    forked_before = _forked()
    threads = set(threading.enumerate())

    def started_here() -> _Started:
        known = [p for p in multiprocessing.active_children() if p not in before]
        pids = {p.pid for p in known}
        return _Started(known, sorted(_forked() - forked_before - pids))

    ending = threading.Event()  # set once the run stops: Ctrl-C then only waits
    interrupted = threading.Event()  # set by Ctrl-C itself
    with _ctrl_c_kills(started_here, ending, interrupted), warnings.catch_warnings():
        # spaCy's W127 "not all worker processes completed": they were ended here
        warnings.filterwarnings("ignore", message=r".*\[W127\]")
        try:
            yield
        except BaseException as err:
            ending.set()  # a second Ctrl-C waits for the few steps below
            _kill(started_here())
            try:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()  # spaCy's cleanup: its queues get their last item
            finally:
                _drain_feeders([t for t in threading.enumerate() if t not in threads])
            if interrupted.is_set() and not isinstance(err, KeyboardInterrupt):
                # the KeyboardInterrupt was raised where Python ignores exceptions (a lock's
                # release in logging): what follows, a closed pipe to a killed worker, is it
                raise KeyboardInterrupt from err
            raise


@contextmanager
def _ctrl_c_kills(workers: Callable[[], _Started], ending: threading.Event,
                  interrupted: threading.Event | None = None) -> Iterator[None]:
    """While the block runs, Ctrl-C in this process kills ``workers()`` before
    raising as before (``interrupted`` is set); in a worker forked meanwhile it is
    ignored."""
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield  # signals are the main thread's; SIG_IGN or SIG_DFL stay as they are
        return
    parent = os.getpid()

    def on_ctrl_c(signum: int, frame: Any) -> None:
        if os.getpid() != parent or ending.is_set():
            return  # a forked worker (its parent ends it), or the run is already ending
        ending.set()
        if interrupted is not None:
            interrupted.set()
        _kill(workers())
        previous(signum, frame)

    hook = sys.unraisablehook

    def quiet_ctrl_c(unraisable: Any) -> None:
        # Ctrl-C that landed where Python cannot raise (logging's lock release in a
        # fork): the run already knows it is interrupted and ends so; no traceback
        if not (ending.is_set() and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            hook(unraisable)

    signal.signal(signal.SIGINT, on_ctrl_c)
    sys.unraisablehook = quiet_ctrl_c
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = hook


class _Started(NamedTuple):
    """The processes a stream started: those multiprocessing knows, and the ids of any
    forked but not yet registered (Ctrl-C arrived inside ``Process.start``)."""

    known: list[BaseProcess]
    unregistered: list[int]


def _kill(started: _Started) -> None:
    for process in started.known:
        process.kill()  # a worker holds nothing to save: its docs are written by the parent
    for pid in started.unregistered:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    for process in started.known:
        process.join(timeout=1)
    for pid in started.unregistered:  # no Process object will wait for it: reap it here
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)


def _forked() -> set[int]:
    """Ids of this process's children, read from ``/proc`` (empty where there is none:
    then only the processes multiprocessing has registered are ended)."""
    me, found = os.getpid(), set[int]()
    try:
        entries = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return found
    for name in entries:
        try:
            with open(f"/proc/{name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if len(fields) > 1 and int(fields[1]) == me:
            found.add(int(name))
    return found


def _drain_feeders(threads: list[threading.Thread]) -> None:
    """End the ``multiprocessing.Queue`` feeder threads among ``threads``, whose
    readers are dead: drop the texts each still holds, ask it to stop after the one
    it is writing, and read their pipes (all at once) until every one is done."""
    feeders = [(t, readers) for t in threads if (readers := _pipe_readers(t))]
    for thread, _ in feeders:
        _stop_feeding(thread)
    deadline = time.monotonic() + DRAIN_SECONDS
    fds: dict[int, threading.Thread] = {}
    for thread, readers in feeders:
        for reader in readers:
            with contextlib.suppress(OSError):  # closed meanwhile: the thread has finished
                fds[os.dup(reader.fileno())] = thread  # our own copy: the thread closes its own
    try:
        while time.monotonic() < deadline:
            live = [fd for fd, thread in fds.items() if thread.is_alive()]
            if not live:
                break
            readable, _, _ = select.select(live, [], [], 0.05)
            for fd in readable:
                if not os.read(fd, 1 << 16):  # every writer closed
                    del fds[fd]
                    os.close(fd)
    finally:
        for fd in fds:
            os.close(fd)
    for thread, _ in feeders:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))


def _stop_feeding(thread: threading.Thread) -> None:
    """Empty a feeder thread's buffer and give it the queue's closing sentinel, as
    ``Queue.close`` would (CPython passes the buffer and its condition among the
    thread's arguments); it then ends once the item it is sending is written. A
    thread started otherwise is left as it is."""
    args = getattr(thread, "_args", ())
    buffer = next((a for a in args if isinstance(a, collections.deque)), None)
    ready = next((a for a in args if isinstance(a, threading.Condition)), None)
    if buffer is None or ready is None:
        return
    with ready:
        buffer.clear()
        buffer.append(multiprocessing.queues._sentinel)  # type: ignore[attr-defined]
        ready.notify()


def _pipe_readers(thread: threading.Thread) -> list[Connection]:
    """The reading ends of the pipe a queue feeder thread writes to (none for
    other threads): CPython starts the thread with the queue's ``reader.close``
    among its arguments. Should that change, nothing is drained, and
    tests/nlp/test_interrupt.py fails on the hang this prevents."""
    if thread.name != "QueueFeederThread":
        return []
    owners = (getattr(arg, "__self__", None) for arg in getattr(thread, "_args", ()))
    return [c for c in owners if isinstance(c, Connection) and c.readable and not c.closed]
