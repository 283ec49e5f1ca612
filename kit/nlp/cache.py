"""On-disk cache of annotation tables, keyed by content.

Layout::

    <root>/<namespace>/shard-<digest>/keys.txt        one text key per line
    <root>/<namespace>/shard-<digest>/tables.txt      the tables the shard holds
    <root>/<namespace>/shard-<digest>/<table>.parquet  rows of every key

``namespace`` names the model (name, version, fix patterns) and kit's own
annotation code, so a cache made by another model or kit version is never
read. A shard is written into a temporary folder and renamed into place, so
readers never see half a shard; two runs writing at once each rename their
own folder. A shard that cannot be read (a corrupt Parquet file, an empty
or garbled ``keys.txt``/``tables.txt``, a file where its folder should be)
is deleted and its articles are annotated again. Only Parquet is written,
never pickle. A cache that cannot be written (disk full, read-only) fails
naming its folder and ``KIT_CACHE_DIR``, the variable that moves it, and
leaves no temporary folder behind.

:func:`atomic_path` gives every other file kit writes the same guarantee: it
is written beside its destination and renamed into place, so a destination
never holds half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

KEY = "key"
KEYS = "keys.txt"
TABLES = "tables.txt"
CACHE_VARIABLE = "KIT_CACHE_DIR"
_KEY_LINE = re.compile(r"[A-Za-z0-9_.\-]{1,128}")
_TABLE_LINE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class WriteError(OSError):
    """A file or folder kit writes could not be written; the message names it and the fix."""


def write_error(path: Path | str, err: OSError, fix: str = "") -> WriteError:
    """``err`` restated to name ``path`` (and ``fix``), keeping its ``errno``.

    Examples
    --------
    >>> import errno
    >>> str(write_error("out/a.csv", OSError(errno.ENOSPC, "No space left on device")))
    "cannot write 'out/a.csv': No space left on device (nothing was written there)"
    """
    reason = err.strerror or str(err) or type(err).__name__
    error = WriteError(f"cannot write {str(path)!r}: {reason} (nothing was written there)"
                       + (f"; {fix}" if fix else ""))
    error.errno = err.errno
    return error


@contextlib.contextmanager
def atomic_path(path: Path | str, fix: str = "free space there or write to another folder"
                ) -> Iterator[Path]:
    """A temporary path beside ``path`` that is renamed to ``path`` if the block succeeds.

    The block writes the temporary path (a file, or a folder); on any error
    it is deleted, so ``path`` holds the old file or the whole new one, never
    half of one. An :class:`OSError` (disk full, no permission) becomes a
    :class:`WriteError` naming ``path`` and ``fix``. The folder of ``path`` is created.

    Examples
    --------
    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "sub" / "table.csv"
    >>> with atomic_path(out) as tmp:
    ...     _ = tmp.write_text("a,b\\n", encoding="utf-8")
    >>> out.read_text(encoding="utf-8"), [p.name for p in out.parent.iterdir()]
    ('a,b\\n', ['table.csv'])
    """
    path = Path(path)
    # the suffix stays last: writers read it (papermill .ipynb, pandas .csv.gz)
    tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:12]}.partial{path.suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        os.replace(tmp, path)
    except BaseException as err:
        _remove(tmp)
        if isinstance(err, OSError) and not isinstance(err, WriteError):
            raise write_error(path, err, fix) from err
        raise


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


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
        """Whole shards, in name order; others are discarded (see :func:`listing`)."""
        return [shard.path for shard in self._listed()]

    def _listed(self) -> list[Shard]:
        if not self.dir.is_dir():
            return []
        found = []
        for path in sorted(self.dir.glob("shard-*")):
            try:
                found.append(listing(path))
            except FileNotFoundError:  # discarded by another run meanwhile
                continue
            except ValueError:  # empty, garbled, half deleted, or a file: annotate again
                _discard(path)
        return found

    def find(self, keys: Iterable[str], tables: Iterable[str] | None = None) -> set[str]:
        """The ``keys`` some shard holds, with every table of ``tables`` (any, if None)."""
        wanted, found = set(keys), set[str]()
        for shard in self._holding(tables):
            found |= wanted & shard.keys
        return found

    def load(
        self, keys: Iterable[str], tables: Iterable[str] | None = None,
        columns: Sequence[str] | None = None,
    ) -> tuple[dict[str, pd.DataFrame], set[str]]:
        """Rows of ``keys`` by table name, and the set of keys that were found.

        Only ``tables`` are read (all a shard holds, if None), and only from
        shards that hold each of them; each key is read from one shard. With
        ``columns``, only those columns and the key are read.
        """
        names = None if tables is None else sorted(set(tables))
        wanted, found = set(keys), set[str]()
        parts: dict[str, list[pa.Table]] = {}
        for shard in self._holding(names):
            hits = (shard.keys & wanted) - found
            if not hits:
                continue
            try:
                read = _read_shard(shard, hits, names, columns)
            except (OSError, pa.ArrowException, ValueError):
                _discard(shard.path)  # corrupt: annotate again
                continue
            for name, table in read.items():
                parts.setdefault(name, []).append(table)
            found |= hits
        frames = {n: pa.concat_tables(t, promote_options="permissive").to_pandas()
                  for n, t in parts.items()}
        return frames, found

    def _holding(self, tables: Iterable[str] | None) -> list[Shard]:
        """Whole shards that hold every table of ``tables``."""
        need = set(tables or ())
        return [s for s in self._listed() if need <= set(s.tables)]

    def save(self, tables: Mapping[str, pd.DataFrame], keys: Iterable[str]) -> Path:
        """Write one shard holding ``tables`` for ``keys``; return its folder.

        Raises
        ------
        WriteError
            The cache folder cannot be written (disk full, read-only); the
            message names it and ``KIT_CACHE_DIR``. No temporary folder is left.
        """
        keys = sorted(set(keys))
        names = "".join(f"{n}\n" for n in sorted(tables))
        digest = hashlib.sha256(("\n".join(keys) + "\0" + names).encode()).hexdigest()[:16]
        final = self.dir / f"shard-{digest}"
        tmp = self.dir / f".tmp-{uuid.uuid4().hex}"
        try:
            tmp.mkdir(parents=True)
            for name, frame in tables.items():
                pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp / f"{name}.parquet")
            (tmp / TABLES).write_text(names, encoding="utf-8")
            (tmp / KEYS).write_text("\n".join(keys) + "\n", encoding="utf-8")
            _place(tmp, final)
        except OSError as err:
            _remove(tmp)
            if not readable(final):
                raise write_error(self.dir, err, self._fix()) from err
        return final

    def _fix(self) -> str:
        return (f"free space there, make it writable, or set {CACHE_VARIABLE} to another folder "
                f"(now {CACHE_VARIABLE}={os.environ.get(CACHE_VARIABLE, '(unset)')}); "
                "kit re-annotates whatever is missing")


def _place(tmp: Path, final: Path) -> None:
    """Rename the written shard ``tmp`` to ``final``, unless a readable one is there."""
    if readable(final):  # another run wrote the same articles first
        shutil.rmtree(tmp)
        return
    if final.exists() or final.is_symlink():  # unreadable: replace it
        _discard(final)
    try:
        os.replace(tmp, final)
    except OSError:
        if not readable(final):
            raise
        shutil.rmtree(tmp, ignore_errors=True)  # another run placed it meanwhile


class Shard(NamedTuple):
    """A shard folder and what its ``keys.txt`` and ``tables.txt`` list."""

    path: Path
    keys: frozenset[str]
    tables: tuple[str, ...]


def listing(path: Path) -> Shard:
    """Read a shard's lists, checking that it is whole.

    Raises
    ------
    FileNotFoundError
        The shard is gone (another run discarded it meanwhile).
    ValueError
        It is not a whole shard: a file or link instead of a folder, a
        missing, empty or garbled ``keys.txt``/``tables.txt``, or a listed
        table without its Parquet file.

    Examples
    --------
    >>> import tempfile
    >>> shard = Path(tempfile.mkdtemp()) / "shard-x"
    >>> _ = shard.write_text("not a folder")
    >>> listing(shard)
    Traceback (most recent call last):
    ...
    ValueError: .../shard-x: a file where a shard folder should be
    """
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise ValueError(f"{path}: a file where a shard folder should be")
    keys = _lines(path, KEYS, _KEY_LINE)
    tables = _lines(path, TABLES, _TABLE_LINE)
    for name in tables:
        if not (path / f"{name}.parquet").is_file():
            raise ValueError(f"{path}: lists table {name!r} but has no {name}.parquet")
    return Shard(path, frozenset(keys), tuple(tables))


def _lines(shard: Path, name: str, pattern: re.Pattern[str]) -> list[str]:
    """The words of ``shard/name``, each matching ``pattern``; at least one."""
    try:
        words = (shard / name).read_bytes().decode("utf-8").split()
    except FileNotFoundError:
        if not shard.exists():
            raise
        raise ValueError(f"{shard}: no {name}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"{shard / name}: unreadable ({err})") from None
    if not words or not all(pattern.fullmatch(w) for w in words):
        raise ValueError(f"{shard / name}: empty or garbled")
    return words


def readable(path: Path) -> bool:
    """Whether ``path`` is a whole shard (see :func:`listing`)."""
    try:
        listing(path)
    except (OSError, ValueError):
        return False
    return True


def _discard(shard: Path) -> None:
    """Move a shard out of readers' sight in one step, then delete it."""
    trash = shard.with_name(f".trash-{uuid.uuid4().hex}")
    try:
        os.replace(shard, trash)
    except OSError:  # another run discarded it first
        return
    _remove(trash)


def _read_shard(shard: Shard, keys: Iterable[str], names: list[str] | None,
                columns: Sequence[str] | None = None) -> dict[str, pa.Table]:
    """Rows of ``keys`` from the shard's tables ``names`` (all it lists if None), with
    only ``columns`` and the key if given.

    Raises OSError if a listed table is missing, ValueError if it has no key column.
    """
    tables = {}
    keys = set(keys)
    every = keys >= shard.keys  # a re-run of the same corpus: no rows to leave out
    selector = pa.array(sorted(keys))
    for name in shard.tables if names is None else names:
        path = shard.path / f"{name}.parquet"
        table = pq.read_table(path, columns=None if columns is None else [KEY, *columns])
        if KEY not in table.column_names:
            raise ValueError(f"{path}: no {KEY!r} column")
        column = table[KEY]
        if every or pa.types.is_null(column.type):  # every row wanted, or a table with no rows
            tables[name] = table
        else:
            tables[name] = table.filter(pc.is_in(column, value_set=selector.cast(column.type)))
    return tables
