"""Analyses kept on disk beside the annotation cache, for re-runs in seconds.

:meth:`kit.schema.Annotations.derived` keeps a table an analysis derives (the
resolved dates, the events, the actor mentions) in memory for as long as the
tables it reads hold what they held. Annotations made by :func:`kit.annotate`
also have a :class:`DerivedStore`, which keeps such a table on disk as
``<cache>/derived/<digest>.parquet``, so the next process that asks (another
notebook kernel, a re-run) reads it instead of computing it. The digest covers
everything the table depends on:

- what was asked: the analysis and its parameters (the alias pairs among them);
- the content of every table it reads: columns, dtypes and hashed cells, in order;
- the code that computes it: the module named and every kit module it imports,
  transitively (:func:`kit.nlp.namespace.import_closure`), every lexicon file,
  kit's version and the versions of Python, pandas, pyarrow and dateparser.

Change any of them and the digest changes: a kept table never outlives its
input or its code. A process whose kit files (code or lexicons) changed after it
imported kit runs other code than the files say, so it keeps and reads nothing
(:func:`code_digest` is None). A table is kept only when it reads back the same
(values, their types and reprs, dtypes, index, attrs): one Parquet would alter
is computed every time. Files are written atomically and name their digest
inside; one that cannot be read, or names another digest, is not used (the
table is computed and written over it); the store keeps the :data:`KEEP` most
recently used. Only Parquet is read or written, never pickle.

Examples
--------
>>> import tempfile
>>> import pandas as pd
>>> store = DerivedStore(tempfile.mkdtemp())
>>> digest = store.digest(("demo",), [((1, 1), ("a",), "00")], "kit.timeline.events")
>>> store.get(digest) is None
True
>>> store.put(digest, pd.DataFrame({"a": ["x"]}))
True
>>> store.get(digest)["a"].tolist()
['x']
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from kit.lexicon.files import lexicon_cache
from kit.nlp.cache import atomic_path
from kit.nlp.namespace import code_files, import_closure
from kit.version import IMPORTED_NS, __version__

__all__ = ["DerivedStore", "KEEP", "code_digest"]

KEEP = 256  # files kept: the most recently used
_OBJECTS = b"kit_object_columns"
_DIGEST = b"kit_digest"


class DerivedStore:
    """Derived tables as Parquet files under ``<root>/derived``, keyed by :meth:`digest`."""

    def __init__(self, root: Path | str) -> None:
        self.dir = Path(root) / "derived"

    def digest(self, key: Hashable, stamps: Sequence[Any], module: str) -> str | None:
        """The file name of the table ``key`` (the analysis and its parameters) of input
        tables with content ``stamps``, computed by ``module``'s code; None when this
        process's code is not what its files say (nothing is then kept or read)."""
        code = code_digest(module)
        if code is None:
            return None
        parts = repr((key, list(stamps), code))
        return hashlib.sha256(parts.encode("utf-8")).hexdigest()[:40]

    def get(self, digest: str) -> pd.DataFrame | None:
        """The table kept under ``digest``; None if there is none, it cannot be read or
        it names another digest (:meth:`put` then writes over it)."""
        path = self.dir / f"{digest}.parquet"
        if not path.is_file():
            return None
        try:
            frame = _read(path, digest)
        except Exception:  # damaged, foreign or unreadable: compute the table again
            return None
        try:
            os.utime(path)  # recently used: kept longest
        except OSError:
            pass
        return frame

    def put(self, digest: str, frame: pd.DataFrame) -> bool:
        """Keep ``frame`` under ``digest`` if it reads back the same; whether it was kept.
        A store that cannot be written (read-only, disk full) keeps nothing and says so
        only by returning False: the analysis has its table either way."""
        path = self.dir / f"{digest}.parquet"
        try:
            with atomic_path(path) as tmp:
                _write(frame, tmp, digest)
                if not same(frame, _read(tmp, digest)):
                    raise _Differs
        except (_Differs, OSError, ValueError, TypeError, ImportError, ArithmeticError):
            return False
        except Exception as err:  # pyarrow's own errors (ArrowInvalid, ArrowTypeError, ...)
            if type(err).__module__.startswith("pyarrow"):
                return False
            raise
        self._prune()
        return True

    def _prune(self) -> None:
        try:
            files = sorted(self.dir.glob("*.parquet"), key=lambda p: p.stat().st_mtime_ns)
        except OSError:  # a file deleted meanwhile by another process
            return
        for path in files[:-KEEP] if len(files) > KEEP else []:
            with contextlib.suppress(OSError):  # already gone: another process pruned it
                path.unlink()


class _Differs(Exception):
    """The table would not read back the same."""


def same(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether ``b`` is ``a``: the same index, columns, dtypes, values and the types of
    the values of object columns (None stays None, a date stays a date).

    >>> same(pd.DataFrame({"a": [None]}), pd.DataFrame({"a": [float("nan")]}))
    False
    """
    if not (a.index.equals(b.index) and a.index.dtype == b.index.dtype
            and list(a.columns) == list(b.columns) and a.attrs == b.attrs):
        return False
    for (_, x), (_, y) in zip(a.items(), b.items()):
        if x.dtype != y.dtype or not x.equals(y):
            return False
        if x.dtype == object and (list(map(type, x)) != list(map(type, y))
                                  or list(map(repr, x)) != list(map(repr, y))):
            return False  # None for NaN, a float in a dict, a time zone changed
    return True


def _write(frame: pd.DataFrame, path: Path, digest: str) -> None:
    """``frame`` as Parquet, with its object columns and what each writes for a missing
    value (None or NaN): pandas reads strings back as its string dtype and a missing one
    as NaN, and an analysis's table keeps the dtypes and values it had."""
    table = pa.Table.from_pandas(frame, preserve_index=True)
    objects = {str(c): "none" if any(v is None for v in col) else "nan"
               for c, col in frame.items() if col.dtype == object}
    meta = {**(table.schema.metadata or {}), _OBJECTS: json.dumps(objects).encode(),
            _DIGEST: digest.encode()}
    pq.write_table(table.replace_schema_metadata(meta), path)


def _read(path: Path, digest: str) -> pd.DataFrame:
    table = pq.read_table(path)
    meta = table.schema.metadata or {}
    if meta.get(_DIGEST) != digest.encode():
        raise ValueError(f"{path} holds another table")
    objects = json.loads(meta.get(_OBJECTS, b"{}"))
    frame = table.to_pandas()
    for c in frame.columns:
        missing = objects.get(str(c))
        if missing is not None:
            col = frame[c].astype(object)
            frame[c] = col.where(col.notna(), None) if missing == "none" else col
    return frame


@lexicon_cache  # once per process, again after clear_lexicon_cache()
def code_digest(module: str) -> str | None:
    """Hash of ``module`` and every kit module it imports, transitively, every lexicon
    file, kit's version and the versions of what computes with them; None when one of
    those files changed after this process imported kit (it runs other code)."""
    digest = hashlib.sha256(repr(_versions()).encode())
    for f, name in code_files(import_closure([module])):
        if f.stat().st_mtime_ns > IMPORTED_NS:
            return None
        digest.update(name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def _versions() -> tuple[str, ...]:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("pandas", "pyarrow", "dateparser"):
        try:
            found.append(version(package))
        except PackageNotFoundError:
            found.append("")
    return (__version__, sys.version, *found)

