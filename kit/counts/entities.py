"""Entity counts: how often each canonical entity is mentioned, and where.

Examples
--------
>>> import kit
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> counts = entity_counts(ann)
>>> counts.head(3)[["canonical", "label", "mentions"]].values.tolist()
[['United States', 'GPE', 15], ['Mexico', 'GPE', 14], ['Andrés Manuel López Obrador', 'PERSON', 2]]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from kit.schema import Annotations

NAME_LABELS = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
)
COUNT_COLUMNS = [
    "canonical", "label", "mentions", "articles", "example", "example_article", "example_sentence",
]


def select_mentions(
    ann: Annotations, labels: Iterable[str] | None = None, article: str | Iterable[str] | None = None
) -> pd.DataFrame:
    """Mentions with the given labels (default: named entities) and articles."""
    mentions = ann.mentions
    wanted = set(NAME_LABELS if labels is None else labels)
    keep = mentions["label"].isin(wanted)
    if article is not None:
        ids = {article} if isinstance(article, str) else set(article)
        unknown = ids - set(ann.articles["article_id"])
        if unknown:
            raise KeyError(
                f"no article {sorted(unknown)[0]!r} in this corpus; article ids look like "
                f"{ann.articles['article_id'].head(3).tolist()} (see ann.articles)"
            )
        keep &= mentions["article_id"].isin(ids)
    return mentions[keep]


def entity_counts(
    ann: Annotations,
    labels: Iterable[str] | None = None,
    article: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """One row per canonical entity: label, mentions, articles and an example.

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate`.
    labels:
        spaCy labels to count; default :data:`NAME_LABELS` (people, groups,
        organisations, places...; not dates or numbers).
    article:
        Restrict to one article id or a list of them.

    Returns
    -------
    pandas.DataFrame
        Columns ``canonical, label, mentions, articles, example,
        example_article, example_sentence``; most mentioned first. ``label`` is
        the entity's most frequent label; ``example`` is the first sentence
        that mentions it, so every count traces back to its text.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> entity_counts(ann, labels=["PERSON"]).iloc[0]["canonical"]
    'Andrés Manuel López Obrador'
    """
    mentions = select_mentions(ann, labels, article)
    if mentions.empty:
        return pd.DataFrame(columns=COUNT_COLUMNS)
    ordered = mentions.sort_values(["article_id", "start_char"], kind="stable")
    grouped = ordered.groupby("canonical", sort=True)
    counts = pd.DataFrame({
        "label": grouped["label"].agg(_majority),
        "mentions": grouped.size(),
        "articles": grouped["article_id"].nunique(),
        "example_article": grouped["article_id"].first(),
        "example_sentence": grouped["sentence_id"].first(),
    }).reset_index()
    sentences = ann.sentences.set_index(["article_id", "sentence_id"])["text"]
    keys = list(zip(counts["example_article"], counts["example_sentence"]))
    counts["example"] = [" ".join(str(sentences.get(k, "")).split()) for k in keys]
    counts = counts.sort_values(
        ["mentions", "articles", "canonical"], ascending=[False, False, True], kind="stable"
    )
    return counts[COUNT_COLUMNS].reset_index(drop=True)


def label_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Mentions and distinct entities per label, from :func:`entity_counts`."""
    grouped = counts.groupby("label", sort=True)
    out = pd.DataFrame({"mentions": grouped["mentions"].sum(), "entities": grouped.size()})
    return out.reset_index().sort_values(["mentions", "label"], ascending=[False, True]).reset_index(drop=True)


def article_entity_matrix(
    ann: Annotations, counts: pd.DataFrame, top: int = 20, articles: int = 40
) -> pd.DataFrame:
    """Long table ``article_id, canonical, label, mentions`` for the ``top`` entities
    in the ``articles`` articles that mention them most (so a chart stays readable,
    and small, on any corpus size)."""
    names = counts.head(top)["canonical"]
    mentions = select_mentions(ann)
    hits = mentions[mentions["canonical"].isin(set(names))]
    per_article = hits.groupby("article_id").size()
    keep = sorted(per_article.index, key=lambda a: (-per_article[a], a))[:articles]
    hits = hits[hits["article_id"].isin(set(keep))]
    table = hits.groupby(["article_id", "canonical"], sort=True).size().rename("mentions").reset_index()
    labels = counts.set_index("canonical")["label"]
    table["label"] = table["canonical"].map(labels)
    return table[["article_id", "canonical", "label", "mentions"]]


def _majority(labels: pd.Series) -> str:
    counts = labels.value_counts()
    return str(min(counts.index, key=lambda lab: (-counts[lab], lab)))
