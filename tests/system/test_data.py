"""data/ holds input exactly as received, and the README describes the layout that exists."""

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# sha256 of the seed article as the user gave it (shared/seeds/000_630f14e8707647da.txt).
SEED_SHA256 = "e5deb5b5253365c906187a85caffa474d0a07345e05588f97d3fc19fe5662b34"


def test_seed_article_is_byte_identical_to_the_one_received():
    data = (ROOT / "data" / "articles" / "000_630f14e8707647da.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256


def test_every_path_in_the_readme_layout_table_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    paths = re.findall(r"^\| `([^`]+)`(?:, `([^`]+)`)? \|", layout, flags=re.M)
    named = [p for pair in paths for p in pair if p]
    assert len(named) >= 8
    assert [p for p in named if not (ROOT / p.rstrip("/")).exists()] == []


def test_every_data_file_the_readme_names_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    files = re.findall(r"`((?:kit|data)/[\w/.-]+\.(?:csv|jsonl))`", readme)
    assert files and [f for f in files if not (ROOT / f).exists()] == []
