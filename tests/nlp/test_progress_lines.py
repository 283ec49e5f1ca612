"""What kit writes on standard error while it works comes out whole, a line at a time:
from threads (the notebooks ``kit report`` runs side by side) and beside the progress bar."""

from __future__ import annotations

import threading
import time
import warnings

import pytest

from kit.nlp import run


class SlowStream:
    """A terminal that is slow to take each write: the thread writing yields, so that two
    writes of one line (``print``'s text, then its newline) let another thread's in."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, text: str) -> int:
        self.written.append(text)
        time.sleep(0.0005)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def lines(self) -> list[str]:
        return "".join(self.written).replace("\r", "\n").split("\n")


def say_from_threads(lines_by_thread: dict[str, list[str]]) -> None:
    def speak(lines: list[str]) -> None:
        for line in lines:
            run.say(line)

    threads = [threading.Thread(target=speak, args=(lines,)) for lines in lines_by_thread.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_lines_said_from_threads_never_interleave_mid_line(monkeypatch):
    stream = SlowStream()
    monkeypatch.setattr("sys.stderr", stream)
    lines = {name: [f"kit report: {name} line {i} of Osk's notebook" for i in range(20)]
             for name in ("01_tarn", "02_velmar", "03_osk", "04_ventel")}
    say_from_threads(lines)
    out = [line for line in stream.lines() if line]
    assert sorted(out) == sorted(line for told in lines.values() for line in told)


def test_a_warning_while_the_bar_is_drawn_gets_a_line_of_its_own(monkeypatch):
    stream = SlowStream()
    monkeypatch.setattr("sys.stderr", stream)
    with run._progress_bar(True, 3) as bar, run._warnings_beside_the_bar(True):
        bar.update(1)
        warnings.warn("the rule for Tarn's titles failed on one article", UserWarning, stacklevel=1)
        bar.update(2)
    told = [line for line in stream.lines() if ": UserWarning: " in line]
    assert len(told) == 1 and "annotating" not in told[0]
    assert told[0].endswith(".py:64: UserWarning: the rule for Tarn's titles failed on one article")


@pytest.mark.parametrize("show", [True, False])
def test_the_bar_puts_back_how_warnings_are_shown(show):
    before = warnings.showwarning
    with run._progress_bar(show, 1), run._warnings_beside_the_bar(show):
        pass
    assert warnings.showwarning is before
