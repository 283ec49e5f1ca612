"""Table rows that link to the sentences they count, on a page of the site.

kit's tables stay plain DataFrames (in JupyterLab a notebook shows them as pandas
draws them); when a page is exported (:func:`kit.publish.export.export_html`) the
HTML tables of its outputs get links, by the scheme of :mod:`kit.links`:

- a cell of evidence ids (``"article_id:sentence_id"``, ``"; "``-joined, as the
  network's ``sentences`` or the registry's ``role_evidence`` hold them) links each
  id to its sentence;
- a row with ``article_id`` and ``sentence_id`` columns (or ``example_article`` and
  ``example_sentence``) links its sentence id to the sentence and its article id
  to the article's page; an ``article_id`` (``first_report``) alone links to the page;
- a sentence cut short in a cell (ending ``...`` or ``…``: ``example``, ``sentence``,
  ``summary``, ``quote``, ``evidence``, ``text``) links to the row's sentence, and a
  cut ``title`` to the article's page.

Only ids of the corpus's articles (``article_ids``) become links, and a link is
built from the id by :func:`kit.links.article_href`, never from a cell's text: the
text of a linked cell is kept as text. A table with nothing to link is returned
unchanged, byte for byte.

Examples
--------
>>> import pandas as pd
>>> html = pd.DataFrame({"article_id": ["a1"], "sentence_id": [3]}).to_html()
>>> linked = link_tables(html, {"a1"})
>>> '<a href="articles/a1.html#s3">3</a>' in linked, '<a href="articles/a1.html">a1</a>' in linked
(True, True)
>>> link_tables(html, {"b"}) == html
True
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Collection
from typing import Any

import lxml.html
from lxml import etree

from kit.links import ARTICLES, article_href, evidence_id

PAIRS = (("article_id", "sentence_id"), ("example_article", "example_sentence"))
"""Columns that name a sentence together: (article column, sentence column)."""
ARTICLE_COLUMNS = frozenset({"article_id", "example_article", "first_report"})
"""Columns whose cells are one article's id."""
SENTENCE_TEXT = frozenset({"example", "sentence", "summary", "quote", "evidence", "text"})
"""Columns holding a sentence (or part of one): cut short, they link to the row's sentence."""
CUT = ("...", "…")
"""How a cut text ends (pandas' ``max_colwidth`` writes ``...``; kit's own cuts ``…``)."""

MAX_SPAN = 1000
"""The widest header cell read (a ``colspan`` beyond is taken as this many columns)."""

Cell = Any  # an lxml element (<td> or <th>)


def link_tables(html: str, article_ids: Collection[str], prefix: str = ARTICLES) -> str:
    """``html`` (an output's ``text/html``) with its tables' evidence linked (see the module).

    Parameters
    ----------
    html:
        An HTML fragment, as a notebook output holds it.
    article_ids:
        The ids of the corpus's articles: the only ones linked (each has a page).
    prefix:
        The folder of the article pages as seen from the page (must be relative).
    """
    if "<table" not in html.lower() or not article_ids:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except etree.ParserError:
        return html
    ids = frozenset(str(a) for a in article_ids)
    linked = sum(_link_table(table, ids, prefix) for table in root.iter("table"))
    if not linked:
        return html
    text = html_lib.escape(root.text or "", quote=False)
    return text + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)


def _link_table(table: Cell, ids: frozenset[str], prefix: str) -> int:
    names = _column_names(table)
    if not names:
        return 0
    linked = 0
    for row in table.xpath("./tbody/tr | ./tr"):  # not a nested table's rows, nor the header's
        cells = [c for c in row if c.tag in ("td", "th")]
        if not cells or len(cells) > len(names) or any(c.get("colspan") for c in cells):
            continue
        # a MultiIndex's repeated labels span rows (rowspan): the cells present are the last ones
        linked += _link_row(list(zip(names[len(names) - len(cells):], cells)), ids, prefix)
    return linked


def _column_names(table: Cell) -> list[str]:
    """The name over each column: the last non-empty header text at its position."""
    names: list[str] = []
    for row in table.iterfind("thead/tr"):
        position = 0
        for cell in row:
            span = cell.get("colspan", "1")
            span = min(int(span), MAX_SPAN) if span.isascii() and span.isdigit() else 1
            for _ in range(span):
                if position == len(names):
                    names.append("")
                text = cell.text_content().strip()
                if text and span == 1:
                    names[position] = text
                position += 1
    return names


def _link_row(row: list[tuple[str, Cell]], ids: frozenset[str], prefix: str) -> int:
    """Link the cells of one row, given as (column name, cell) pairs."""
    cells = dict(row)
    sentence = _row_sentence(cells, ids)
    linked = 0
    for name, cell in row:
        if len(cell) or not (cell.text or "").strip():  # markup, or nothing, is no plain value
            continue
        href = _cell_href(name, cell.text.strip(), cells, ids, sentence, prefix)
        if href:
            _wrap(cell, href)
            linked += 1
        elif _evidence(cell.text, ids):
            linked += _link_evidence(cell, ids, prefix)
    return linked


def _cell_href(name: str, text: str, cells: dict[str, Cell], ids: frozenset[str],
               sentence: tuple[str, int] | None, prefix: str) -> str | None:
    """Where a cell of one id, or a cut text, links (None: nowhere)."""
    if name in ARTICLE_COLUMNS:
        return article_href(text, prefix=prefix) if text in ids else None
    for article, sentence_column in PAIRS:
        if name == sentence_column:
            pair = _pair(cells, article, sentence_column, ids)
            return article_href(*pair, prefix=prefix) if pair else None
    if text.endswith(CUT):
        if name in SENTENCE_TEXT and sentence:
            return article_href(*sentence, prefix=prefix)
        if name == "title" and _value(cells.get("article_id")) in ids:
            return article_href(_value(cells["article_id"]), prefix=prefix)
    return None


def _row_sentence(cells: dict[str, Cell], ids: frozenset[str]) -> tuple[str, int] | None:
    """The sentence a row is about: its (article, sentence) columns, else its first evidence id."""
    for article, sentence in PAIRS:
        pair = _pair(cells, article, sentence, ids)
        if pair:
            return pair
    for cell in cells.values():
        found = _evidence(cell.text_content(), ids)
        if found:
            return found[0]
    return None


def _pair(cells: dict[str, Cell], article: str, sentence: str,
          ids: frozenset[str]) -> tuple[str, int] | None:
    article_id, sentence_id = _value(cells.get(article)), _value(cells.get(sentence))
    return (article_id, int(sentence_id)) if article_id in ids and _whole(sentence_id) else None


def _value(cell: Cell | None) -> str:
    return "" if cell is None else str(cell.text_content()).strip()


def _whole(text: str) -> bool:
    """A sentence number as kit writes it (ASCII digits: ``"²".isdigit()`` too)."""
    return text.isascii() and text.isdigit() and len(text) < 10


def _evidence(text: str, ids: frozenset[str]) -> list[tuple[str, int]]:
    """The ids of the corpus's articles in a cell of evidence ids; ``[]`` when anything
    but ids is in it (a cut last part, as pandas cuts a long cell, is left out)."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 1 and (parts[-1].endswith(CUT) or not parts[-1]):
        parts = parts[:-1]
    found = [evidence_id(p) for p in parts]
    return [f for f in found if f and f[0] in ids] if found and all(found) else []


def _link_evidence(cell: Cell, ids: frozenset[str], prefix: str) -> int:
    """Each evidence id of ``cell`` as a link; separators and a cut end stay text."""
    text, linked = cell.text, 0
    cell.text, last = "", None
    for i, piece in enumerate(text.split(";")):
        if i:
            _append(cell, last, ";")
        found = evidence_id(piece)
        if found is None or found[0] not in ids:
            _append(cell, last, piece)
            continue
        stripped = piece.strip()
        lead = piece[: len(piece) - len(piece.lstrip())]
        _append(cell, last, lead)
        last = etree.SubElement(cell, "a", href=article_href(*found, prefix=prefix))
        last.text, last.tail = stripped, piece[len(lead) + len(stripped):]
        linked += 1
    return linked


def _append(cell: Cell, last: Cell | None, text: str) -> None:
    if last is None:
        cell.text = (cell.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _wrap(cell: Cell, href: str) -> None:
    link = etree.SubElement(cell, "a", href=href)
    link.text, cell.text = cell.text, None
