"""displaCy's entity view of one article, drawn from kit's tables.

Like ``displacy.render(..., manual=True)``: the view is built from the
mentions table, so it shows kit's canonical entities (titles removed, boilerplate
gone), not the raw model output.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from IPython.display import HTML

    from kit.schema import Annotations


def entity_data(
    ann: Annotations, article_id: str | None = None, labels: Iterable[str] | None = None
) -> dict[str, Any]:
    """displaCy's manual ``{"text", "ents", "title"}`` dict for one article.

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
    article_id = article_id or str(ann.articles["article_id"].iloc[0])
    row = ann.articles[ann.articles["article_id"] == article_id]
    if row.empty:
        raise KeyError(f"no article {article_id!r}; choose one of ann.articles['article_id']")
    sentences = ann.sentences[ann.sentences["article_id"] == article_id]
    text, offset = _article_text(sentences)
    mentions = ann.mentions[ann.mentions["article_id"] == article_id]
    if labels is not None:
        mentions = mentions[mentions["label"].isin(set(labels))]
    ents = [
        {"start": int(m.start_char) - offset, "end": int(m.end_char) - offset, "label": m.label}
        for m in mentions.itertuples()
    ]
    # displaCy escapes the text but not the title: a headline is untrusted input.
    title = html.escape(str(row["title"].iloc[0]) or article_id)
    return {"text": text, "ents": ents, "title": title}


def entity_view(
    ann: Annotations, article_id: str | None = None, labels: Iterable[str] | None = None
) -> HTML:
    """The article with its entities highlighted, for a notebook cell."""
    from IPython.display import HTML
    from spacy import displacy

    html = displacy.render(entity_data(ann, article_id, labels), style="ent", manual=True, jupyter=False)
    return HTML(html)


def _article_text(sentences: Any) -> tuple[str, int]:
    """Rebuild the article text from its sentences, keeping offsets exact."""
    if sentences.empty:
        return "", 0
    offset = int(sentences["start_char"].min())
    text = ""
    for s in sentences.sort_values("start_char").itertuples():
        text += " " * (int(s.start_char) - offset - len(text)) + s.text
    return text, offset
