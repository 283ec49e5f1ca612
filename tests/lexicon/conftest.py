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
