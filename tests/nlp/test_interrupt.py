"""Ctrl-C during a multi-process annotation: the run exits at once, with no worker left.

Each run happens in a subprocess of its own process group, so that a terminal's
Ctrl-C (SIGINT to the group) can be sent without reaching pytest. A generous
timeout guards against a hang; it is not the assertion.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "000_630f14e8707647da.txt"
GUARD = 60  # seconds before a run counts as hung

# spaCy's own multi-process pipe on a blank pipeline, read as kit.nlp.run reads it;
# it prints the workers' ids, interrupts itself after the first doc (or fails, as a
# full disk would) and says what is left.
BLANK_RUN = """
import multiprocessing, os, signal, sys, threading
import spacy
from kit.nlp.workers import ended_on_error

nlp = spacy.blank("en")
stream = nlp.pipe(("word " * 2000 + str(i) for i in range(10**5)), n_process=2, batch_size=50)
try:
    with ended_on_error(stream):
        for doc in stream:
            print("workers", *[p.pid for p in multiprocessing.active_children()], flush=True)
            if sys.argv[1] == "error":
                raise OSError("No space left on device")
            if sys.argv[1] == "group":
                os.killpg(0, signal.SIGINT)
            else:
                os.kill(os.getpid(), signal.SIGINT)
            signal.pause()
except (KeyboardInterrupt, OSError) as stop:
    feeders = [t for t in threading.enumerate() if t.name == "QueueFeederThread"]
    print("left", len(multiprocessing.active_children()), len(feeders), flush=True)
    sys.exit(130 if isinstance(stop, KeyboardInterrupt) else 1)
"""


def running(pid: int) -> bool:
    """Whether process ``pid`` is alive (a zombie is not)."""
    try:
        import psutil
    except ImportError:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def children(pid: int) -> list[int]:
    """Ids of the child processes of ``pid``."""
    try:
        import psutil
    except ImportError:
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(stat.parent.name))
            except (OSError, ValueError, IndexError):
                continue
        return found
    try:
        return [c.pid for c in psutil.Process(pid).children()]
    except psutil.NoSuchProcess:
        return []


def ended(proc: subprocess.Popen) -> int:
    """The exit status of ``proc``; kill its group and fail if it hangs."""
    try:
        return proc.wait(GUARD)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail(f"still running {GUARD} s after Ctrl-C (or an error): the run hangs")


@pytest.mark.parametrize(("target", "status"), [("group", 130), ("parent", 130), ("error", 1)])
def test_ctrl_c_or_an_error_ends_the_workers_of_spacys_multiprocess_pipe(target, status):
    proc = subprocess.Popen([sys.executable, "-c", BLANK_RUN, target], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    assert proc.stdout is not None
    if not select.select([proc.stdout], [], [], GUARD)[0]:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"no doc out of nlp.pipe in {GUARD} s")
    workers = [int(pid) for pid in proc.stdout.readline().split()[1:]]
    assert ended(proc) == status, proc.stderr.read() if proc.stderr else ""
    out, err = proc.communicate()
    assert len(workers) == 2, out + err
    assert out.split() == ["left", "0", "0"], out + err  # no worker, no queue thread
    assert not [pid for pid in workers if running(pid)]
    assert "Traceback" not in err and "W127" not in err, err


# Ctrl-C landing inside spaCy's second Process.start, right after the fork: the
# worker exists but multiprocessing has not registered it yet.
FORK_RUN = """
import multiprocessing, os, signal, sys, threading
import spacy
from kit.nlp.workers import ended_on_error

forks, real_fork = [], os.fork

def fork():
    pid = real_fork()
    if pid:
        forks.append(pid)
        if len(forks) == 2:
            os.kill(os.getpid(), signal.SIGINT)  # handled before start() registers it
    return pid

os.fork = fork
nlp = spacy.blank("en")
stream = nlp.pipe(("word " * 2000 + str(i) for i in range(10**5)), n_process=2, batch_size=50)
try:
    with ended_on_error(stream):
        for doc in stream:
            pass
except KeyboardInterrupt:
    feeders = [t for t in threading.enumerate() if t.name == "QueueFeederThread"]
    print("workers", *forks, flush=True)
    print("left", len(multiprocessing.active_children()), len(feeders), flush=True)
    sys.exit(130)
"""


def test_ctrl_c_between_a_workers_fork_and_its_registration_ends_it_too():
    proc = subprocess.Popen([sys.executable, "-c", FORK_RUN], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    status = ended(proc)
    out, err = proc.communicate()
    assert status == 130, out + err
    lines = out.splitlines()
    workers = [int(pid) for pid in lines[0].split()[1:]]
    assert len(workers) == 2 and lines[1].split() == ["left", "0", "0"], out + err
    assert not [pid for pid in workers if running(pid)], out + err
    assert "Traceback" not in err, err


def write_corpus(folder: Path, n: int) -> list[str]:
    """``n`` distinct articles made of the seed article's paragraphs; their texts."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    folder.mkdir()
    texts = []
    for i in range(n):
        k = i % len(paragraphs)
        text = f"Talks, round {i}\n\n" + "\n\n".join(paragraphs[k:] + paragraphs[:k])
        (folder / f"article_{i:03d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def cached_keys(cache: Path) -> set[str]:
    """Text keys of every whole shard in the cache (kit.nlp.cache layout)."""
    keys: set[str] = set()
    for listed in cache.glob("*/shard-*/keys.txt"):
        keys |= set(listed.read_text(encoding="utf-8").split())
    return keys


def start_entities(articles: Path, cache: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kit", "entities", str(articles), "--n-process", "2",
         "--out", str(out)],
        cwd=ROOT, env={**os.environ, "KIT_CACHE_DIR": str(cache)}, text=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def workers_started(proc: subprocess.Popen) -> list[int]:
    """Wait until ``proc`` runs two annotating processes; their ids."""
    deadline = time.monotonic() + GUARD
    while time.monotonic() < deadline and proc.poll() is None:
        if len(found := children(proc.pid)) >= 2:
            return found
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail(f"no worker processes started (exit {proc.poll()}): {proc.communicate()[1]}")


@pytest.mark.model
@pytest.mark.parametrize("target", ["group", "parent"])
def test_ctrl_c_during_entities_with_two_processes_exits_130_and_a_rerun_completes(
        tmp_path, target):
    texts = write_corpus(tmp_path / "articles", 100)  # >= 40: two processes annotate
    cache, out = tmp_path / "cache", tmp_path / "entities.csv"
    proc = start_entities(tmp_path / "articles", cache, out)
    workers = workers_started(proc)
    if target == "group":  # a terminal's Ctrl-C
        os.killpg(proc.pid, signal.SIGINT)
    else:  # e.g. a notebook kernel's interrupt
        os.kill(proc.pid, signal.SIGINT)
    status = ended(proc)
    err = proc.communicate()[1]
    assert status == 130, err
    assert "interrupted" in err and "Traceback" not in err, err
    assert not [pid for pid in workers if running(pid)]
    assert not out.exists()
    assert not list(cache.glob("*/.tmp-*"))  # no half-written shard
    if target == "parent":
        return  # the re-run is the same for both: do it once

    # the re-run annotates only what the cache lacks (its progress bar counts them)
    missing = len(texts) - len(cached_keys(cache))
    rerun = start_entities(tmp_path / "articles", cache, out)
    status = ended(rerun)
    err = rerun.communicate()[1]
    assert status == 0, err
    assert re.search(rf"\b0/{missing}\b", err), err
    assert out.stat().st_size > 0


def test_ctrl_c_whose_interrupt_python_swallowed_still_ends_as_an_interrupt():
    """Python ignores an exception raised inside some callbacks (a logging lock's release):
    the Ctrl-C is then only seen as the error that follows, a pipe to a killed worker."""
    from kit.nlp.workers import ended_on_error

    swallowed = signal.signal(signal.SIGINT, lambda signum, frame: None)  # raises nothing
    try:
        with pytest.raises(KeyboardInterrupt), ended_on_error(iter([])):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.1)
            raise EOFError
        with pytest.raises(EOFError), ended_on_error(iter([])):  # no Ctrl-C: the error itself
            raise EOFError
    finally:
        signal.signal(signal.SIGINT, swallowed)


def test_a_ctrl_c_python_could_not_raise_prints_no_traceback(monkeypatch):
    """A Ctrl-C that lands in logging's lock release at a fork is 'ignored' by Python,
    which prints its traceback; the run knows it is interrupted, so kit drops that one."""
    import threading
    from types import SimpleNamespace

    from kit.nlp import workers

    seen = []

    def hook(unraisable):
        seen.append(type(unraisable.exc_value))

    monkeypatch.setattr(sys, "unraisablehook", hook)
    ending = threading.Event()
    with workers._ctrl_c_kills(lambda: workers._Started([], []), ending):
        sys.unraisablehook(SimpleNamespace(exc_value=KeyboardInterrupt()))  # not ending yet: shown
        ending.set()
        sys.unraisablehook(SimpleNamespace(exc_value=KeyboardInterrupt()))  # the run's own Ctrl-C
        sys.unraisablehook(SimpleNamespace(exc_value=ValueError()))
    assert seen == [KeyboardInterrupt, ValueError]
    assert sys.unraisablehook is hook
