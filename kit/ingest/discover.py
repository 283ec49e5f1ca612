"""Find the article files of a source and read their bytes, without leaving the folder.

A folder is walked recursively and sorted. Symbolic links are judged before
anything is read (:func:`link_problem`): a link to a file inside the folder is
read, but a link that leaves the folder, a link to a folder, a loop and a
broken link are skipped with a reason, so ``ln -s /etc/passwd notes.txt``
never puts another file's lines into a corpus.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from kit.ingest.readers import KNOWN_SUFFIXES

__all__ = ["SETTINGS_FILES", "Found", "discover", "is_settings_file", "link_problem", "read_file"]

SETTINGS_FILES = ("metadata.csv", "boilerplate.csv")
"""File names in an articles folder that configure kit instead of holding articles."""
NOTES_STEMS = ("readme",)
"""File names (any extension, any case) that describe a folder, not articles: a
``README.md`` beside the articles is never read as one."""


class Found(NamedTuple):
    """A file to read and, when kit found it by walking a folder, that folder's real path."""

    path: Path
    folder: str | None = None


def discover(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
             ) -> tuple[Path, list[Found], bool]:
    """Return (root folder for ids, files to read, whether ``source`` is one folder).

    Raises
    ------
    FileNotFoundError
        When ``source`` or one of its items does not exist.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            return path, walk(path), True
        items = [path]
    else:
        items = list(dict.fromkeys(Path(item) for item in source))
    missing = [str(p) for p in items if not os.path.lexists(p)]
    if missing:
        raise FileNotFoundError(
            f"kit.ingest.load: {', '.join(missing)} not found (working directory: {os.getcwd()}); "
            f"kit expected a folder of articles or files of types {KNOWN_SUFFIXES}. Check the path, "
            "or pass the folder that holds your articles, e.g. load('data/articles').")
    folders = [p if p.is_dir() else p.parent for p in items]
    root = Path(os.path.commonpath([os.path.abspath(p) for p in folders])) if items else Path()
    files = [f for p in items for f in (walk(p) if p.is_dir() else [Found(p)])]
    return root, files, False


def walk(folder: Path) -> list[Found]:
    """Every file under ``folder`` (hidden ones and settings files aside), sorted.

    Linked sub-folders are listed too, though never entered, so that the
    report can say they were not read.
    """
    inside = os.path.realpath(folder)
    found = []
    for top, dirs, names in os.walk(folder):  # does not enter linked folders
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        linked = [d for d in dirs if os.path.islink(os.path.join(top, d))]
        found += [Path(top, n) for n in names + linked
                  if not n.startswith(".") and not is_settings_file(n)]
    found.sort(key=lambda p: p.relative_to(folder).as_posix())
    return [Found(p, inside) for p in found]


def is_settings_file(name: str) -> bool:
    """Whether a file called ``name`` in an articles folder is kit's settings or the
    folder's notes, not an article.

    >>> [is_settings_file(n) for n in ("metadata.csv", "README.md", "readme", "readme_talks.txt")]
    [True, True, True, False]
    """
    return name.lower() in SETTINGS_FILES or Path(name.lower()).stem in NOTES_STEMS


def link_problem(found: Found) -> str:
    """Why kit will not follow ``found.path`` if it is a symbolic link, else ``""``."""
    path = found.path
    if not path.is_symlink():
        return ""
    target = os.readlink(path)
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return (f"symbolic link loop: '{path.name}' -> '{target}' leads back to itself, "
                    "so it names no file; remove the link")
        return f"broken symbolic link to '{target}' (the target is missing)"
    real = os.path.realpath(path)
    if path.is_dir():
        if found.folder is not None and _within(found.folder, real):
            return (f"symbolic link loop: '{path.name}' -> '{target}' leads back to a folder "
                    "that contains it; kit does not follow it (remove the link)")
        return (f"symbolic link to a folder ('{target}'): kit does not follow linked folders; "
                "copy the files in, or pass that folder to kit itself")
    if found.folder is not None and not _within(real, found.folder):
        return (f"symbolic link to '{real}', outside the articles folder {found.folder}: kit "
                "reads no file outside the folder (copy the file in if it is an article)")
    return ""


def read_file(path: Path) -> tuple[bytes, str]:
    """The bytes of a regular file, or ``b""`` and why it cannot be read."""
    if not path.is_file():
        return b"", "not a regular file (a pipe, socket or device?); kit reads files only"
    try:
        return path.read_bytes(), ""
    except OSError as err:
        hint = "; check the file's permissions (chmod +r)" if isinstance(
            err, PermissionError) else ""
        return b"", f"cannot read the file: {err.strerror or err}{hint}"


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
