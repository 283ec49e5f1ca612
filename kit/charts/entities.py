"""Charts of entity counts. Input: the tables of :mod:`kit.counts` only.

Bars and cells link to the site's article pages (Vega-Lite ``href``, the scheme
of :mod:`kit.links`): a click opens the first sentence behind the number, and
the tooltip says how many sentences stand behind it. ``links=None`` draws the
charts without links. Labels take their colours from :func:`kit.charts.theme.colour`,
the same in every chart; counts have whole-number axes and legends.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from kit.charts.theme import COUNT, colour_scale, count_legend, evidence, plural, with_click
from kit.links import ARTICLES, article_href


def entity_bars(counts: pd.DataFrame, top: int = 20, links: str | None = ARTICLES) -> alt.Chart:
    """Top entities by mentions, coloured by label; a bar links to the entity's first sentence.

    Parameters
    ----------
    counts:
        :func:`kit.counts.entity_counts` output (``example_article``,
        ``example_sentence`` and ``sentences`` are used when present).
    top:
        How many entities to draw.
    links:
        The folder of the article pages, relative to the page showing the
        chart (:data:`kit.links.ARTICLES`); ``None`` for no links.

    Examples
    --------
    >>> counts = pd.DataFrame({"canonical": ["United States", "Elena Berrocal"],
    ...                        "label": ["GPE", "PERSON"], "mentions": [15, 2], "articles": [1, 1],
    ...                        "example": ["Officials from the U.S. ...", "..."],
    ...                        "example_article": ["a1", "a1"], "example_sentence": [0, 4],
    ...                        "sentences": [12, 2]})
    >>> spec = entity_bars(counts, top=10).to_dict()
    >>> spec["title"], spec["encoding"]["href"]["field"]
    ('Most mentioned entities (top 2)', 'href')
    >>> next(iter(spec["datasets"].values()))[0]["evidence"]
    '15 mentions in 12 sentences, 1 article'
    """
    head = counts.head(top)
    data = head[["canonical", "label", "mentions", "articles", "example"]].copy()
    data["evidence"] = [evidence(m, s, a) for m, s, a in zip(
        data["mentions"], _column(head, "sentences"), data["articles"])]
    tooltip = [alt.Tooltip("canonical:N", title="entity"), "label:N",
               alt.Tooltip("mentions:Q", format="d"), alt.Tooltip("evidence:N", title="found in"),
               alt.Tooltip("example:N", title="first sentence")]
    href: Any = alt.Undefined
    if links is not None and {"example_article", "example_sentence"} <= set(head.columns):
        data["href"] = [article_href(a, s, links) for a, s in zip(head["example_article"],
                                                                  head["example_sentence"])]
        href = alt.Href("href:N")
        tooltip.append(alt.Tooltip("click:N", title="click"))
    chart = (
        alt.Chart(data, title=f"Most mentioned entities (top {min(top, len(data))})")
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", title="mentions", axis=alt.Axis(**COUNT)),
            y=alt.Y("canonical:N", sort="-x", title=None),
            color=alt.Color("label:N", title="label", scale=colour_scale(data["label"])),
            tooltip=tooltip,
            href=href,
        )
    )
    return chart if "href" not in data else with_click(chart)


def label_bars(labels: pd.DataFrame) -> alt.Chart:
    """Mentions per label (from :func:`kit.counts.label_counts`), each label in its colour."""
    return (
        alt.Chart(labels, title="Mentions per entity label")
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", axis=alt.Axis(**COUNT)),
            y=alt.Y("label:N", sort="-x", title=None),
            color=alt.Color("label:N", legend=None, scale=colour_scale(labels["label"])),
            tooltip=["label:N", alt.Tooltip("mentions:Q", format="d"),
                     alt.Tooltip("entities:Q", format="d")],
        )
    )


def heatmap(matrix: pd.DataFrame, links: str | None = ARTICLES) -> alt.Chart:
    """Article × entity mentions (from :func:`kit.counts.article_entity_matrix`).

    A cell links to its article's page, at the first sentence that mentions the
    entity (``first_sentence``, when the table has it), and its tooltip says in how
    many sentences (``sentences``). With one article a grid would be one column, so
    the chart is that article's bars instead.

    Examples
    --------
    >>> one = pd.DataFrame({"article_id": ["a1", "a1"], "canonical": ["Mexico", "Chile"],
    ...                     "label": ["GPE", "GPE"], "mentions": [3, 1]})
    >>> heatmap(one).to_dict()["mark"]["type"]
    'bar'
    """
    data = matrix.copy()
    if links is not None:
        data["href"] = [article_href(a, s, prefix=links) for a, s in zip(
            data["article_id"], _column(data, "first_sentence"))]
    data["evidence"] = [plural(m, "mention") if s is None or pd.isna(s)
                        else f"{plural(m, 'mention')} in {plural(s, 'sentence')}"
                        for m, s in zip(data["mentions"], _column(data, "sentences"))]
    tooltip = [alt.Tooltip("article_id:N", title="article"), alt.Tooltip("canonical:N", title="entity"),
               "label:N", alt.Tooltip("mentions:Q", format="d"), alt.Tooltip("evidence:N", title="found in")]
    href = alt.Href("href:N") if links is not None else alt.Undefined
    if links is not None:
        tooltip.append(alt.Tooltip("click:N", title="click"))
    order = alt.EncodingSortField("mentions", op="sum", order="descending")
    if data["article_id"].nunique() == 1:
        chart = alt.Chart(data, title=f"Mentions in {data['article_id'].iloc[0]}").mark_bar().encode(
            x=alt.X("mentions:Q", title="mentions", axis=alt.Axis(**COUNT)),
            y=alt.Y("canonical:N", title=None, sort=order),
            color=alt.Color("label:N", title="label", scale=colour_scale(data["label"])),
            tooltip=tooltip, href=href,
        )
    else:
        chart = alt.Chart(data, title="Mentions per article").mark_rect().encode(
            x=alt.X("article_id:N", title="article"),
            y=alt.Y("canonical:N", title=None, sort=order),
            color=alt.Color("mentions:Q", scale=alt.Scale(scheme="blues"), title="mentions",
                            legend=count_legend(data["mentions"])),
            tooltip=tooltip, href=href,
        )
    return chart if links is None else with_click(chart)


def _column(table: pd.DataFrame, name: str) -> list[object]:
    return table[name].tolist() if name in table else [None] * len(table)
