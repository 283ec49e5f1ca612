"""A page per article: every sentence anchored, its entities marked.

The readings of the notebooks (:mod:`kit.publish.readings`) link their
evidence to ``articles/<article_id>.html#s<sentence_id>``; :func:`write_article_pages`
writes those pages from the ``articles``, ``sentences`` and ``mentions`` tables
(no notebook, no model). Article text is escaped by the template.

Examples
--------
>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a1"], "title": ["Talks"], "source": ["Wire"],
...                      "published": ["2024-01-18"]})
>>> sents = pd.DataFrame({"article_id": ["a1"], "sentence_id": [0], "start_char": [0],
...                       "end_char": [17], "text": ["Mexico met <Ana>."]})
>>> ments = pd.DataFrame({"article_id": ["a1"], "start_char": [0], "end_char": [6], "label": ["GPE"]})
>>> page = article_html(arts.iloc[0].to_dict(), sents, ments)
>>> 'id="s0"' in page, "<mark>Mexico<span>GPE</span></mark>" in page, "&lt;Ana&gt;" in page
(True, True, True)
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from kit.links import page_name  # the site's link scheme, shared with kit.charts

TEMPLATE_DIR = Path(__file__).parent / "templates"


def write_article_pages(articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
                        folder: Path) -> list[Path]:
    """Write ``folder/<article_id>.html`` for every article; return the paths (each
    written to a temporary file and renamed)."""
    from kit.nlp.cache import atomic_path

    folder.mkdir(parents=True, exist_ok=True)
    by_article_s = dict(tuple(sentences.groupby("article_id", sort=False)))
    by_article_m = dict(tuple(mentions.groupby("article_id", sort=False)))
    empty_s, empty_m = sentences.iloc[:0], mentions.iloc[:0]
    written = []
    for article in articles.to_dict("records"):
        aid = str(article["article_id"])
        path = folder / page_name(aid)
        with atomic_path(path) as tmp:
            tmp.write_text(article_html(article, by_article_s.get(aid, empty_s),
                                        by_article_m.get(aid, empty_m)), encoding="utf-8")
        written.append(path)
    return written


def write_annotated_pages(ann: Any, folder: Path, aliases: Any = None) -> list[Path]:
    """:func:`write_article_pages` for annotations (:class:`kit.schema.Annotations`), marking
    what kit's tables read, not the model's raw entities (:func:`kit.counts.entities.read_mentions`:
    each name under the entity table's label and the actor registry's name, with ``aliases``
    as the notebooks name actors; no name in a dateline), its bylines and photo credits
    (:func:`kit.actors.credits.credited`) on each page's credit line, not marked as the
    story's persons."""
    from kit.counts.entities import read_mentions

    return write_article_pages(ann.articles, ann.sentences, read_mentions(ann, aliases), folder)


def article_html(article: dict[str, Any], sentences: pd.DataFrame, mentions: pd.DataFrame) -> str:
    """The page of one article (``sentences`` and ``mentions`` of that article).

    A mention whose ``credit`` column is true (:func:`kit.actors.credits.credited`: a
    byline's writer, a photographer) is marked ``credit``, not with its entity label, and
    its name is listed once, in reading order, on the page's credit line under the
    source: who wrote the story or took its pictures, not who acts in it.

    >>> arts = {"article_id": "a1", "title": "Talks", "source": "Tarn Wire", "published": None}
    >>> sents = pd.DataFrame({"sentence_id": [0, 1], "start_char": [0, 19],
    ...                       "text": ["Osk met Mara Ventel.", "By Ivo Dunn"]})
    >>> ments = pd.DataFrame({"start_char": [0, 8, 22], "end_char": [3, 19, 30],
    ...                       "label": ["PERSON"] * 3, "text": ["Osk", "Mara Ventel", "Ivo Dunn"],
    ...                       "credit": [False, False, True]})
    >>> page = article_html(arts, sents, ments)
    >>> '<p class="muted credits">Credits: Ivo Dunn</p>' in page
    True
    >>> '<mark class="credit">Ivo Dunn<span>credit</span></mark>' in page
    True

    A mention whose ``canonical`` name (the actor registry's, as the tables name it) is
    not its text carries that name as its ``title``, shown on hover:

    >>> ments = ments.assign(canonical=["Osk Haldor", "Mara Ventel", "Ivo Dunn"])
    >>> '<mark title="Osk Haldor">Osk<span>PERSON</span></mark>' in article_html(arts, sents, ments)
    True
    """
    credit = (mentions["credit"].fillna(False).astype(bool) if "credit" in mentions
              else pd.Series(False, index=mentions.index))
    labels = [CREDIT if c else str(label) for label, c in zip(mentions["label"], credit)]
    names = _names_shown(mentions)
    spans = sorted(zip(mentions["start_char"], mentions["end_char"], labels, names))
    rows = sentences.sort_values("sentence_id")
    shown = [{"id": int(s.sentence_id), "html": _marked(_parts(str(s.text), int(s.start_char), spans))}
             for s in rows.itertuples(index=False)]
    published = article.get("published")
    article = {**article, "published": "" if published is None or pd.isna(published) else str(published)[:10]}
    credited = mentions[credit].sort_values("start_char", kind="stable")
    names = list(dict.fromkeys(" ".join(str(t).split()) for t in credited.get("text", [])))
    return _template().render(article=article, sentences=shown, lang=html_lang(article.get("language")),
                              credits=names, url=web_url(article.get("url")))


def web_url(url: object) -> str:
    """``url`` when it is a web address (``http``/``https`` with a host), the one kind of
    address an article page links its original by; "" for any other ("javascript:",
    "file:", a path, nothing).

    >>> web_url("https://example.org/a?b=1"), web_url("javascript:alert(1)"), web_url("/etc/passwd")
    ('https://example.org/a?b=1', '', '')
    """
    from urllib.parse import urlsplit

    text = str(url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


CREDIT = "credit"
"""The label an article page gives a credit's name in its text."""


def html_lang(language: Any) -> str:
    """An article's ``language`` as an HTML ``lang`` value: its code (``"es"``,
    ``"und"``), or ``""`` (language unknown, as HTML says it) when none was told.

    >>> html_lang("es"), html_lang("es-MX"), html_lang(None), html_lang(float("nan")), html_lang("<x>")
    ('es', 'es-MX', '', '', '')
    """
    code = "" if language is None or pd.isna(language) else str(language).strip()
    return code if code.replace("-", "").isalnum() and len(code) <= 35 else ""


@functools.lru_cache(maxsize=1)
def _template() -> Any:
    """The article page's template, compiled once for every page."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True)
    return env.get_template("article.html.j2")


def _names_shown(mentions: pd.DataFrame) -> list[str]:
    """Each mention's ``canonical`` name where it is not the mention's own text (whitespace
    aside), else "" (no ``canonical`` column: all "")."""
    if "canonical" not in mentions or "text" not in mentions:
        return [""] * len(mentions)
    return ["" if not isinstance(name, str) or " ".join(name.split()) == " ".join(str(text).split())
            else " ".join(name.split()) for name, text in zip(mentions["canonical"], mentions["text"])]


def _marked(parts: Iterator[tuple[str, str, str]]) -> Any:
    """A sentence's pieces as HTML, escaped as the template escapes text: an entity is
    ``<mark>text<span>label</span></mark>``, with ``title="<name>"`` when the tables name it
    otherwise (one Markup per sentence, not a template loop over its pieces)."""
    from markupsafe import Markup

    return Markup("".join((f"<mark{_title(name)}>{_escape(text)}<span>{_escape(label)}</span></mark>"
                           if label != CREDIT else
                           f'<mark class="credit">{_escape(text)}<span>{CREDIT}</span></mark>')
                          if label else _escape(text) for text, label, name in parts))


def _title(name: str) -> str:
    return f' title="{_escape(name)}"' if name else ""


def _escape(text: str) -> str:
    """``markupsafe.escape``'s output, by ``str.replace`` (a page has thousands of pieces).

    >>> from markupsafe import escape
    >>> text = "<Ana> & 'Bo' " + '"C"'
    >>> _escape(text), _escape(text) == str(escape(text))
    ('&lt;Ana&gt; &amp; &#39;Bo&#39; &#34;C&#34;', True)
    """
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def _parts(text: str, offset: int, spans: list[tuple[int, int, str, str]]) -> Iterator[tuple[str, str, str]]:
    """``(text, label, name)`` pieces of a sentence: entity pieces carry their label and the
    name the tables give them (:func:`_names_shown`), the rest ``""``."""
    at = 0
    first = bisect.bisect_left(spans, (offset,))  # spans are sorted: skip those before it
    for start, end, label, name in spans[first:]:
        start, end = start - offset, end - offset
        if start > len(text):
            break  # this one and every later one start after the sentence
        if start < at or end > len(text) or start < 0:
            continue  # outside this sentence, or overlapping the previous entity
        if start > at:
            yield text[at:start], "", ""
        yield text[start:end], str(label), name
        at = end
    if at < len(text):
        yield text[at:], "", ""
