"""Timeline chart of events. Input: the table of :func:`kit.timeline.events` only.

Day-level events are points, longer spans (weeks, months, seasons, ranges)
are bars from the first to the last day. Dashed rules mark the days articles
were published. Drag across the small overview below the chart to zoom.
Uses Vega-Lite 5 features only; never imports spaCy.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import altair as alt
import pandas as pd

TOOLTIP = [
    ("summary", "N", "event"), ("start", "T", "from"), ("end", "T", "to"),
    ("granularity", "N", "granularity"), ("status", "N", "status"), ("actors", "N", "actors"),
    ("place", "N", "place"), ("sources", "N", "sources"), ("n_sources", "Q", "articles"),
    ("conflicting_dates", "N", "conflicting dates"), ("explanation", "N", "date reasoning"),
]
LABEL_CHARS = 60
FALLBACK_COLOR = "status"
PADDING = 12  # pixels, so that a point on the first or last day is not cut in half


def timeline(events_df: pd.DataFrame, articles_df: pd.DataFrame | None = None,
             color: str = "side", width: int = 640) -> alt.VConcatChart:
    """Events over time, coloured by ``color``, with a brush to zoom.

    Parameters
    ----------
    events_df:
        :func:`kit.timeline.events` output (one row per event).
    articles_df:
        ``ann.articles``; adds a dashed rule per publication day (aggregated:
        one rule per day with its number of articles).
    color:
        Column to colour by ("side", "status", "actors", ...). When the column
        is empty everywhere (no sides known), events are coloured by status.
    width:
        Width of the chart in pixels.

    Returns
    -------
    altair.VConcatChart
        The timeline above a small overview whose brush sets the zoom.

    Examples
    --------
    >>> import kit
    >>> from kit.timeline import events
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> chart = timeline(events(ann), ann.articles)
    >>> chart.to_dict()["vconcat"][0]["title"]
    'Timeline of events'
    """
    data, color = _event_data(events_df, color)
    brush = alt.selection_interval(encodings=["x"], name="zoom")
    zoomed = alt.Scale(domain=brush, padding=PADDING)
    detail = _events_layer(data, color, zoomed, height=max(120, 22 * len(data)))
    if articles_df is not None:
        rules = _publication_rules(articles_df, zoomed)
        detail = alt.LayerChart(layer=[rules, detail]) if rules is not None else detail
    overview = _events_layer(data, color, alt.Scale(padding=PADDING), height=50, labels=False,
                             brush=brush)
    return alt.vconcat(
        detail.properties(width=width, title="Timeline of events"),
        overview.properties(width=width),
    ).resolve_scale(color="shared")


def _event_data(events_df: pd.DataFrame, color: str) -> tuple[pd.DataFrame, str]:
    if color not in events_df.columns:
        raise ValueError(f"color={color!r} is not a column of the events table; use one of "
                         f"{sorted(events_df.columns)} (default 'side')")
    keep = [c for c, _, _ in TOOLTIP if c in events_df.columns]
    data = events_df[list(dict.fromkeys(["event_id", color, *keep]))].copy()
    if data[color].fillna("").astype(str).str.strip().eq("").all():
        color = FALLBACK_COLOR if FALLBACK_COLOR in data else color
    data[color] = data[color].fillna("").astype(str).replace("", "unknown")
    data["start"] = [_timestamp(d) for d in events_df["start"]]
    data["end"] = [_timestamp(d) for d in events_df["end"]]
    data["until"] = [_timestamp(d, 1) for d in events_df["end"]]  # bars cover the last day
    data["kind"] = ["point" if g == "day" else "span" for g in events_df["granularity"]]
    data["label"] = [_label(e, s) for e, s in zip(events_df["event_id"], events_df["summary"])]
    return data, color


def _timestamp(value: Any, plus_days: int = 0) -> str:
    """Local-time ISO timestamp (a bare date would be read as UTC and shift a day)."""
    day = pd.Timestamp(value).date() + dt.timedelta(days=plus_days)
    return f"{day.isoformat()}T00:00:00"


def _label(event_id: str, summary: Any) -> str:
    text = " ".join(str(summary or "").split())
    text = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"
    return f"{event_id} {text}"


def _events_layer(data: pd.DataFrame, color: str, scale: alt.Scale, height: int,
                  labels: bool = True, brush: Any = None) -> alt.LayerChart:
    order = list(data.sort_values(["start", "end"])["label"])
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=None,
                axis=alt.Axis(labelLimit=360) if labels else None),
        color=alt.Color(f"{color}:N", title=color),
        tooltip=[alt.Tooltip(f"{c}:{t}", title=title) for c, t, title in TOOLTIP if c in data],
    )
    x = alt.X("start:T", title=None, scale=scale)
    points = base.transform_filter("datum.kind === 'point'").mark_point(
        filled=True, opacity=0.9).encode(x=x, size=alt.Size(
            "n_sources:Q", title="articles", scale=alt.Scale(range=[60, 300], zero=False),
            legend=alt.Legend(format="d", tickMinStep=1)))
    spans = base.transform_filter("datum.kind === 'span'").mark_bar(
        opacity=0.6, height=10).encode(x=x, x2="until:T")
    if brush is not None:  # a named view keeps the spec identical from run to run
        spans = spans.add_params(brush).properties(name="timeline_overview")
    return alt.LayerChart(layer=[spans, points], height=height)


def _publication_rules(articles_df: pd.DataFrame, scale: alt.Scale) -> alt.Chart | None:
    published = articles_df.dropna(subset=["published"])
    if published.empty:
        return None
    days = (published.assign(day=[_timestamp(p) for p in published["published"]])
            .groupby("day", as_index=False)
            .agg(articles=("article_id", "count"), sources=("source", _join_few)))
    return alt.Chart(days).mark_rule(strokeDash=[4, 4], color="#999999").encode(
        x=alt.X("day:T", scale=scale, title=None),
        tooltip=[alt.Tooltip("day:T", title="published"), "articles:Q", "sources:N"],
    )


def _join_few(values: pd.Series, limit: int = 3) -> str:
    unique = list(dict.fromkeys(str(v) for v in values if str(v)))
    more = f" +{len(unique) - limit} more" if len(unique) > limit else ""
    return "; ".join(unique[:limit]) + more
