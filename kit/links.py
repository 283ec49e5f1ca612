"""Where a sentence is read on kit's site: the one link scheme of charts and pages.

The site writes a page per article, ``articles/<article_id>.html`` (:func:`page_stem`: an id with other characters gets a
safe name)
(:func:`page_name`), and anchors every sentence of it ``#s<sentence_id>``.
:mod:`kit.publish` writes the pages and :mod:`kit.charts` links chart marks to
them (Vega-Lite ``href``); both take the scheme from here, so the two agree, and
neither stage imports the other. Links are relative to the site's root (a page
one folder down passes ``prefix="../articles/"``); nothing here names a path of
the machine.

Evidence ids (``"article_id:sentence_id"``, ``"; "``-joined, as the network's
``sentences`` column holds them) turn into links with :func:`evidence_href`.

Examples
--------
>>> article_href("a1", 3)
'articles/a1.html#s3'
>>> article_href("Gazette/2024 01", None)
'articles/Gazette_2024_01-28d62759.html'
>>> evidence_href("a1:7; b:2")
'articles/a1.html#s7'
"""

from __future__ import annotations

import hashlib
import math
import re

ARTICLES = "articles/"
"""The folder of the article pages, relative to the site's root."""

_ABSOLUTE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*:|/|\\)")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
MAX_STEM = 100
"""Longest page file name kept as the id itself (file systems allow 255 bytes)."""


def page_stem(article_id: object) -> str:
    """The file name (without ``.html``) of an article's page: the id when it is made of
    letters, digits, ``.``, ``_`` and ``-``; otherwise those characters of it plus a
    short hash of the whole id, so two ids never share a page. A name that needs no
    URL escaping is the same on disk and in a link (``rows#1`` as a file name would be
    read by a browser as ``rows`` and the fragment ``#1``).

    >>> page_stem("a1"), page_stem("rows#1"), page_stem("a b/c")
    ('a1', 'rows_1-853b5e7e', 'a_b_c-539138d5')
    """
    text = str(article_id)
    safe = _UNSAFE.sub("_", text).strip(".")
    if safe == text and 0 < len(safe) <= MAX_STEM:
        return safe
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{safe[:MAX_STEM - 9] or 'article'}-{digest}"


def page_name(article_id: object) -> str:
    """The file name of an article's page (:func:`page_stem` plus ``.html``).

    >>> page_name("a b/c")
    'a_b_c-539138d5.html'
    """
    return f"{page_stem(article_id)}.html"


def article_href(article_id: object, sentence_id: object = None, prefix: str = ARTICLES) -> str:
    """The relative link to an article's page, at the sentence ``sentence_id`` when given.

    Parameters
    ----------
    article_id:
        The article's id (``ann.articles["article_id"]``).
    sentence_id:
        A sentence of it (an integer, or a string of one); ``None`` or NaN
        links to the top of the page.
    prefix:
        The folder of the article pages as seen from the linking page
        (default :data:`ARTICLES`); must be relative.

    Raises
    ------
    ValueError
        ``prefix`` is absolute (a scheme, ``/`` or ``\\``): the site must work
        wherever it is copied; or ``sentence_id`` is not a whole number.

    Examples
    --------
    >>> article_href("a1", "4", prefix="../articles/")
    '../articles/a1.html#s4'
    """
    if _ABSOLUTE.match(prefix):
        raise ValueError(f"article_href(prefix={prefix!r}): links must be relative so the site works "
                         f"wherever it is copied; use a folder such as {ARTICLES!r} or '../{ARTICLES}'")
    href = f"{prefix}{page_name(article_id)}"
    if sentence_id is None or (isinstance(sentence_id, float) and math.isnan(sentence_id)):
        return href
    try:
        number = int(str(sentence_id))
    except ValueError:
        raise ValueError(f"article_href: sentence_id {sentence_id!r} of article {article_id!r} is not "
                         "a whole number; pass a value of the sentences table's sentence_id column") from None
    return f"{href}#s{number}"


def parse_evidence(evidence: object) -> list[tuple[str, int]]:
    """``(article_id, sentence_id)`` pairs of ``"; "``-joined evidence ids, in their order.

    An article id may itself hold ``:``; the sentence id is what follows the last one.

    >>> parse_evidence("a:0; x:y:3")
    [('a', 0), ('x:y', 3)]
    >>> parse_evidence("")
    []
    >>> parse_evidence("a:²; b:1")  # a digit to str.isdigit, no number to int()
    [('b', 1)]
    """
    return [pair for pair in map(evidence_id, str(evidence or "").split(";")) if pair]


def evidence_id(part: str) -> tuple[str, int] | None:
    """``(article_id, sentence_id)`` of one evidence id, else None: the sentence number
    as kit writes it, ASCII digits ("²".isdigit(), but int("²") fails), fewer than ten.

    >>> evidence_id(" x:y:3"), evidence_id("a:²"), evidence_id("a:")
    (('x:y', 3), None, None)
    """
    article_id, colon, sentence_id = part.strip().rpartition(":")
    if colon and article_id and sentence_id.isascii() and sentence_id.isdigit() and len(sentence_id) < 10:
        return article_id, int(sentence_id)
    return None


def evidence_href(evidence: object, prefix: str = ARTICLES) -> str:
    """The link to the first sentence of ``evidence`` ids (``""`` when there is none).

    >>> evidence_href("b:5; a:1", prefix="../articles/")
    '../articles/b.html#s5'
    >>> evidence_href(None)
    ''
    """
    pairs = parse_evidence(evidence)
    return article_href(*pairs[0], prefix=prefix) if pairs else ""
