"""Plain records handed between kit's stages.

An :class:`Article` is what :func:`kit.load` yields and :func:`kit.annotate`
reads. It is deliberately small and immutable, like a row of a table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article, as a reader sees it.

    Attributes
    ----------
    id:
        Stable identifier: the file's path relative to the loaded folder,
        without suffix (``"000_630f14e8707647da"``); rows of ``.jsonl`` /
        ``.csv`` files add ``"#<row>"`` unless the row has an ``id`` column.
    title:
        Headline ("" when unknown).
    text:
        Body text with boilerplate removed and whitespace normalised
        (non-breaking spaces become spaces, CRLF becomes LF). All character
        offsets in kit's tables refer to this string.
    published:
        Publication date, or ``None`` when unknown (relative dates in the
        article then stay unresolved).
    source:
        Outlet name ("NBC News").
    url:
        Address of the original article ("" when unknown).
    path:
        The file the article came from, as given to :func:`kit.load`.
    meta:
        Any further metadata (author, language, ...), as plain values.

    Examples
    --------
    >>> Article(id="a1", title="Talks", text="Officials met.", published=None)
    Article(id='a1', title='Talks', ...)
    """

    id: str
    title: str
    text: str
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    path: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
