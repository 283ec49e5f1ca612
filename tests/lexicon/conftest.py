"""The lexicon tests' fixture: kit's data folder copied, so a test can edit it."""

from __future__ import annotations

import shutil

import pytest

from kit.lexicon import files, wordlists
from kit.lexicon.files import DATA_DIR, clear_lexicon_cache


@pytest.fixture
def kit_data(tmp_path, monkeypatch):
    """A copy of kit/lexicon/data/ standing in for kit's own lexicons."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    monkeypatch.setattr(files, "DATA_DIR", copy)
    monkeypatch.setattr(wordlists, "DATA_DIR", copy)  # the file its messages name
    clear_lexicon_cache()
    yield copy
    monkeypatch.undo()
    clear_lexicon_cache()


@pytest.fixture
def copy_data(tmp_path):
    """Copy kit's data files ``names`` (a build's inputs) to a fresh folder, returned."""
    def copy(names):
        for name in names:
            shutil.copy(DATA_DIR / name, tmp_path / name)
        return tmp_path

    return copy


@pytest.fixture
def stale_file_round_trip(capsys):
    """Check a lexicon builder (its ``main``) on ``data``: ``--check`` passes; with
    ``row`` of ``file`` changed to ``stale`` it fails, saying ``says``; a rewrite gives
    back the committed file."""
    def run(build, data, file, row, stale, says):
        assert build.main(["--check", "--data-dir", str(data)]) == 0
        path = data / file
        text = path.read_text(encoding="utf-8")
        assert row in text
        path.write_text(text.replace(row, stale), encoding="utf-8")
        assert build.main(["--check", "--data-dir", str(data)]) == 1
        assert says in capsys.readouterr().err
        assert build.main(["--data-dir", str(data)]) == 0
        assert path.read_text(encoding="utf-8") == (DATA_DIR / file).read_text(encoding="utf-8")

    return run
