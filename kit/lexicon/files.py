"""Where kit's lexicons live: the data files every stage reads."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
