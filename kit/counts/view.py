"""displaCy's entity view of one article, drawn from kit's tables.

Like ``displacy.render(..., manual=True)``: the view is built from the
mentions table as kit's tables read it (:func:`kit.counts.entities.read_mentions`), so it
shows kit's canonical entities (titles removed, boilerplate gone, no name in a dateline,
each name under the entity table's label), not the raw model output.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kit.counts.entities import read_mentions
from kit.schema import rows_of, undated_articles

if TYPE_CHECKING:
    from IPython.display import HTML

    from kit.actors.registry import Aliases
    from kit.schema import Annotations


def entity_data(
    ann: Annotations, article_id: str | None = None, labels: Iterable[str] | None = None,
    aliases: Aliases = None,
) -> dict[str, Any]:
    """displaCy's manual ``{"text", "ents", "title"}`` dict for one article (default: the
    first dated one, :func:`first_dated`), its entities as kit's tables read them
    (:func:`kit.counts.entities.read_mentions`, names as ``aliases`` names them: no name in
    the dateline, each name under the entity table's label), not the model's raw labels.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> data = entity_data(ann)
    >>> first = data["ents"][0]
    >>> first, data["text"][first["start"]:first["end"]]
    ({'start': 19, 'end': 23, 'label': 'GPE'}, 'U.S.')
    """
    if ann.articles.empty:
        raise ValueError("the corpus has no articles to show; check the load report")
    article_id = article_id or first_dated(ann.articles)
    row = ann.articles[ann.articles["article_id"] == article_id]
    if row.empty:
        raise KeyError(f"no article {article_id!r}; choose one of ann.articles['article_id']")
    sentences = rows_of(ann, "sentences", [article_id])  # this article's alone, not the corpus's
    text, offset = _article_text(sentences)
    mentions = read_mentions(ann, aliases)
    mentions = mentions[mentions["article_id"] == article_id]
    if labels is not None:
        mentions = mentions[mentions["label"].isin(set(labels))]
    ents = [
        {"start": int(m.start_char) - offset, "end": int(m.end_char) - offset, "label": m.label}
        for m in mentions.itertuples()
    ]
    # displaCy escapes the text but not the title: a headline is untrusted input.
    title = html.escape(str(row["title"].iloc[0]) or article_id)
    return {"text": text, "ents": ents, "title": title}


def first_dated(articles: Any) -> str:
    """The article a notebook shows when none is named: the first of the ``articles`` table
    with a publication date, the first undated one only when none has one
    (:func:`kit.schema.undated_articles`: an article of unknown date is no first article).

    >>> import pandas as pd
    >>> first_dated(pd.DataFrame({"article_id": ["a0", "a1"], "published": [None, "2024-01-18"]}))
    'a1'
    """
    undated = undated_articles(articles)
    ids = [str(a) for a in articles["article_id"]]
    return next((a for a in ids if a not in undated), ids[0])


def entity_view(
    ann: Annotations, article_id: str | None = None, labels: Iterable[str] | None = None,
    aliases: Aliases = None,
) -> HTML:
    """The article with its entities highlighted as kit reads them (:func:`entity_data`), for
    a notebook cell: displaCy's entity markup and colours, drawn without importing spaCy
    (a re-run from the cache loads no part of it)."""
    from IPython.display import HTML

    return HTML(render_entities(entity_data(ann, article_id, labels, aliases)))


_MARK = ('<mark class="entity" style="background: {colour}; padding: 0.45em 0.6em; margin: 0 0.25em;'
         ' line-height: 1; border-radius: 0.35em;">{text}<span style="font-size: 0.8em; font-weight:'
         ' bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; margin-left:'
         ' 0.5rem">{label}</span></mark>')
LABEL_COLOURS = {
    "ORG": "#7aecec", "PRODUCT": "#bfeeb7", "GPE": "#feca74", "LOC": "#ff9561", "PERSON": "#aa9cfc",
    "NORP": "#c887fb", "FAC": "#9cc9cc", "EVENT": "#ffeb80", "LAW": "#ff8197", "LANGUAGE": "#ff8197",
    "WORK_OF_ART": "#f0d0ff", "DATE": "#bfe1d9", "TIME": "#bfe1d9", "MONEY": "#e4e7d2",
    "QUANTITY": "#e4e7d2", "ORDINAL": "#e4e7d2", "CARDINAL": "#e4e7d2", "PERCENT": "#e4e7d2",
}
"""displaCy's colours of the entity labels (others are grey, as there)."""


def render_entities(data: dict[str, Any]) -> str:
    """HTML of displaCy's manual ``{"text", "ents", "title"}`` dict (as
    ``displacy.render(data, style="ent", manual=True)`` draws it): the text escaped,
    each entity marked with its label. ``title`` is taken as HTML already escaped
    (:func:`entity_data` escapes it).

    Examples
    --------
    >>> html = render_entities({"text": "Ana met <b>.", "ents": [{"start": 0, "end": 3,
    ...                         "label": "PERSON"}], "title": "T"})
    >>> "Ana<span" in html, "&lt;b&gt;" in html
    (True, True)
    """
    text, parts, at = data["text"], [], 0
    for ent in sorted(data["ents"], key=lambda e: (e["start"], e["end"])):
        if ent["start"] < at:  # overlapping spans: the first one drawn
            continue
        parts.append(html.escape(text[at:ent["start"]]))
        parts.append(_MARK.format(colour=LABEL_COLOURS.get(ent["label"], "#ddd"),
                                  text=html.escape(text[ent["start"]:ent["end"]]),
                                  label=html.escape(str(ent["label"]))))
        at = ent["end"]
    parts.append(html.escape(text[at:]))
    title = f'<h2 style="margin: 0">{data["title"]}</h2>\n\n' if data.get("title") else ""
    return (f'{title}<div class="entities" style="line-height: 2.5; direction: ltr">'
            + "".join(parts).replace("\n", "<br>") + "</div>")


def _article_text(sentences: Any) -> tuple[str, int]:
    """Rebuild the article text from its sentences, keeping offsets exact."""
    if sentences.empty:
        return "", 0
    offset = int(sentences["start_char"].min())
    text = ""
    for s in sentences.sort_values("start_char").itertuples():
        text += " " * (int(s.start_char) - offset - len(text)) + s.text
    return text, offset
