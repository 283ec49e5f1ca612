"""Charts of entity counts. Input: the tables of :mod:`kit.counts` only."""

from __future__ import annotations

import altair as alt
import pandas as pd


def entity_bars(counts: pd.DataFrame, top: int = 20) -> alt.Chart:
    """Top entities by mentions, coloured by label; tooltip shows an example sentence.

    Examples
    --------
    >>> counts = pd.DataFrame({"canonical": ["United States", "Alicia Bárcena"],
    ...                        "label": ["GPE", "PERSON"], "mentions": [15, 2],
    ...                        "articles": [1, 1], "example": ["Officials from the U.S. ...", "..."]})
    >>> entity_bars(counts, top=10).to_dict()["title"]
    'Most mentioned entities (top 2)'
    """
    data = counts.head(top)[["canonical", "label", "mentions", "articles", "example"]]
    return (
        alt.Chart(data, title=f"Most mentioned entities (top {min(top, len(data))})")
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", title="mentions"),
            y=alt.Y("canonical:N", sort="-x", title=None),
            color=alt.Color("label:N", title="label"),
            tooltip=[
                alt.Tooltip("canonical:N", title="entity"),
                "label:N", "mentions:Q", "articles:Q",
                alt.Tooltip("example:N", title="example sentence"),
            ],
        )
    )


def label_bars(labels: pd.DataFrame) -> alt.Chart:
    """Mentions per label (from :func:`kit.counts.label_counts`)."""
    return (
        alt.Chart(labels, title="Mentions per entity label")
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q"),
            y=alt.Y("label:N", sort="-x", title=None),
            color=alt.Color("label:N", legend=None),
            tooltip=["label:N", "mentions:Q", "entities:Q"],
        )
    )


def heatmap(matrix: pd.DataFrame) -> alt.Chart:
    """Article × entity mentions (from :func:`kit.counts.article_entity_matrix`)."""
    return (
        alt.Chart(matrix, title="Mentions per article")
        .mark_rect()
        .encode(
            x=alt.X("article_id:N", title="article"),
            y=alt.Y("canonical:N", title=None, sort=alt.EncodingSortField("mentions", op="sum", order="descending")),
            color=alt.Color("mentions:Q", scale=alt.Scale(scheme="blues")),
            tooltip=["article_id:N", "canonical:N", "label:N", "mentions:Q"],
        )
    )
