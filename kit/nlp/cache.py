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
import pyarrow.compute as pc
import pyarrow.parquet as pq

KEY = "key"
TABLES = "tables.txt"


def text_key(text: str) -> str:
    """Content hash of an article's text.

    Examples
    --------
    >>> text_key("Officials met.")[:8]
    '089448aa'
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
    >>> import tempfile
    >>> cache = AnnotationCache(tempfile.mkdtemp(), "demo")
    >>> shard = cache.save({"mentions": pd.DataFrame({"key": ["k1"], "text": ["Mexico"]})}, ["k1"])
    >>> tables, found = cache.load({"k1"})
    >>> tables["mentions"]["text"].tolist(), found
    (['Mexico'], {'k1'})
    """

    def __init__(self, root: Path | str, namespace: str) -> None:
        self.dir = Path(root) / namespace

    def shards(self) -> list[Path]:
        """Complete shards, in name order."""
        if not self.dir.is_dir():
            return []
        return sorted(p for p in self.dir.glob("shard-*") if (p / "keys.txt").is_file())

    def find(self, keys: Iterable[str], tables: Iterable[str] | None = None) -> set[str]:
        """The ``keys`` some shard holds, with every table of ``tables`` (any, if None)."""
        wanted, found = set(keys), set[str]()
        for shard in self._holding(tables):
            found |= wanted & _keys(shard)
        return found

    def load(
        self, keys: Iterable[str], tables: Iterable[str] | None = None
    ) -> tuple[dict[str, pd.DataFrame], set[str]]:
        """Rows of ``keys`` by table name, and the set of keys that were found.

        Only ``tables`` are read (all a shard holds, if None), and only from
        shards that hold each of them; each key is read from one shard.
        """
        names = None if tables is None else sorted(set(tables))
        wanted, found = set(keys), set[str]()
        parts: dict[str, list[pa.Table]] = {}
        for shard in self._holding(names):
            hits = (_keys(shard) & wanted) - found
            if not hits:
                continue
            try:
                read = _read_shard(shard, hits, names)
            except (OSError, pa.ArrowException, ValueError):
                _discard(shard)  # corrupt: annotate again
                continue
            for name, table in read.items():
                parts.setdefault(name, []).append(table)
            found |= hits
        frames = {n: pa.concat_tables(t, promote_options="permissive").to_pandas()
                  for n, t in parts.items()}
        return frames, found

    def _holding(self, tables: Iterable[str] | None) -> list[Path]:
        """Complete shards that hold every table of ``tables``."""
        need = set(tables or ())
        return [s for s in self.shards() if need <= set(_tables(s))]

    def save(self, tables: Mapping[str, pd.DataFrame], keys: Iterable[str]) -> Path:
        """Write one shard holding ``tables`` for ``keys``; return its folder."""
        keys = sorted(set(keys))
        names = "".join(f"{n}\n" for n in sorted(tables))
        digest = hashlib.sha256(("\n".join(keys) + "\0" + names).encode()).hexdigest()[:16]
        final = self.dir / f"shard-{digest}"
        tmp = self.dir / f".tmp-{uuid.uuid4().hex}"
        tmp.mkdir(parents=True)
        try:
            for name, frame in tables.items():
                pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp / f"{name}.parquet")
            (tmp / TABLES).write_text(names, encoding="utf-8")
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


def _keys(shard: Path) -> set[str]:
    try:
        return set((shard / "keys.txt").read_text(encoding="utf-8").split())
    except OSError:  # discarded by another run meanwhile
        return set()


def _tables(shard: Path) -> list[str]:
    try:
        return (shard / TABLES).read_text(encoding="utf-8").split()
    except OSError:
        return []


def _read_shard(shard: Path, keys: set[str], names: list[str] | None) -> dict[str, pa.Table]:
    """Rows of ``keys`` from the shard's tables ``names`` (all it lists if None).

    Raises OSError if a listed table is missing, ValueError if it has no key column.
    """
    listed = _tables(shard)
    if not listed:
        raise ValueError(f"{shard}: no tables")
    tables = {}
    selector = pa.array(sorted(keys))
    for name in listed if names is None else names:
        path = shard / f"{name}.parquet"
        table = pq.read_table(path)
        if KEY not in table.column_names:
            raise ValueError(f"{path}: no {KEY!r} column")
        column = table[KEY]
        if pa.types.is_null(column.type):  # a table with no rows
            tables[name] = table
        else:
            tables[name] = table.filter(pc.is_in(column, value_set=selector.cast(column.type)))
    return tables
