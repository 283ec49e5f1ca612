"""On-disk cache of annotation tables, keyed by content.

Layout::

    <root>/<namespace>/shard-<digest>/keys.txt        one text key per line
    <root>/<namespace>/shard-<digest>/tables.txt      the tables the shard holds
    <root>/<namespace>/shard-<digest>/<table>.parquet  rows of every key

``namespace`` names the model (name, version, fix patterns) and kit's own
annotation code, so a cache made by another model or kit version is never
read. A shard is written into a temporary folder and renamed into place, so
readers never see half a shard; two runs writing at once each rename their
own folder. A shard that cannot be read is deleted and its articles are
annotated again. Only Parquet is written, never pickle.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

KEY = "key"
TABLES = "tables.txt"


def text_key(text: str) -> str:
    """Content hash of an article's text.

    Examples
    --------
    >>> text_key("Officials met.")[:8]
    '1bb84eb6'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def default_cache_dir() -> Path:
    """``$KIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/kit``, else ``~/.cache/kit``."""
    if os.environ.get("KIT_CACHE_DIR"):
        return Path(os.environ["KIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kit"


class AnnotationCache:
    """Tables of annotated articles stored as Parquet shards.

    Examples
    --------
    >>> cache = AnnotationCache(tmp_path, "demo")                    # doctest: +SKIP
    >>> cache.save({"mentions": pd.DataFrame({"key": ["k1"], "text": ["Mexico"]})}, ["k1"])
    >>> cache.load({"k1"})["mentions"]["text"].tolist()              # doctest: +SKIP
    ['Mexico']
    """

    def __init__(self, root: Path | str, namespace: str) -> None:
        self.dir = Path(root) / namespace

    def shards(self) -> list[Path]:
        """Complete shards, in name order."""
        if not self.dir.is_dir():
            return []
        return sorted(p for p in self.dir.glob("shard-*") if (p / "keys.txt").is_file())

    def load(self, keys: Iterable[str]) -> tuple[dict[str, pd.DataFrame], set[str]]:
        """Rows of ``keys`` by table name, and the set of keys that were found."""
        wanted, found = set(keys), set[str]()
        parts: dict[str, list[pd.DataFrame]] = {}
        for shard in self.shards():
            shard_keys = set((shard / "keys.txt").read_text(encoding="utf-8").split())
            hits = (shard_keys & wanted) - found
            if not hits:
                continue
            try:
                tables = _read_shard(shard, hits)
            except (OSError, pa.ArrowException, ValueError):
                _discard(shard)  # corrupt: annotate again
                continue
            for name, frame in tables.items():
                parts.setdefault(name, []).append(frame)
            found |= hits
        return {n: pd.concat(f, ignore_index=True) for n, f in parts.items()}, found

    def save(self, tables: Mapping[str, pd.DataFrame], keys: Iterable[str]) -> Path:
        """Write one shard holding ``tables`` for ``keys``; return its folder."""
        keys = sorted(set(keys))
        digest = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]
        final = self.dir / f"shard-{digest}"
        tmp = self.dir / f".tmp-{uuid.uuid4().hex}"
        tmp.mkdir(parents=True)
        try:
            for name, frame in tables.items():
                pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp / f"{name}.parquet")
            (tmp / TABLES).write_text("".join(f"{n}\n" for n in sorted(tables)), encoding="utf-8")
            (tmp / "keys.txt").write_text("\n".join(keys) + "\n", encoding="utf-8")
            if final.exists():  # another run wrote the same articles first
                shutil.rmtree(tmp)
            else:
                os.replace(tmp, final)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not (final / "keys.txt").is_file():
                raise
        return final


def _discard(shard: Path) -> None:
    """Move a shard out of readers' sight in one step, then delete it."""
    trash = shard.with_name(f".trash-{uuid.uuid4().hex}")
    try:
        os.replace(shard, trash)
    except OSError:  # another run discarded it first
        return
    shutil.rmtree(trash, ignore_errors=True)


def _read_shard(shard: Path, keys: set[str]) -> dict[str, pd.DataFrame]:
    """Rows of ``keys`` from every table the shard lists; OSError if one is missing."""
    tables = {}
    names = (shard / TABLES).read_text(encoding="utf-8").split()
    for path in (shard / f"{name}.parquet" for name in names):
        frame = pq.read_table(path).to_pandas()
        if KEY not in frame:
            raise ValueError(f"{path}: no {KEY!r} column")
        tables[path.stem] = frame[frame[KEY].isin(keys)]
    if not tables:
        raise ValueError(f"{shard}: no tables")
    return tables
