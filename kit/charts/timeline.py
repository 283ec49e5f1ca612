"""Timeline chart of events. Input: the table of :func:`kit.timeline.events` only.

Day-level events are points, longer spans (weeks, months, seasons, ranges)
are bars from the first to the last day. Dashed rules mark the days articles
were published. Drag across the small overview below the chart to zoom.

- **Long spans** ("in November", "throughout the year": more than
  ``FOCUS_DAYS``) do not set the view: the zoom starts on the days and weeks,
  longer bars are clipped to it, listed first, with their extent in their
  label (the overview shows them whole; drag its brush wider to see them).
- **Deadlines** (events of status ``deadline``: "must leave by Nov. 15", "plazo que
  vence el 30"): a time limit, not an act, set no more of the view than a long span does;
  they are drawn, listed first with the long spans, their day in their label.
- **Conflicting dates** (an event some articles date another day): a line
  links the event's point to a hollow diamond on each other day; the tooltip
  says which articles give which date.
- **Many events**: the chart draws at most ``top`` events (default
  ``TOP_EVENTS``): every event with conflicting dates, then the most reported;
  its subtitle says how many of how many. The events table lists them all.
- **Width**: ``width`` is the plot area; labels take at most ``LABEL_PX`` and
  the legends sit below it in at most ``LEGEND_COLUMNS`` columns, so the
  default (``WIDTH``) gives a chart under 700 px wide, legends included, that
  fits a JupyterLab notebook. ``width="container"`` fills the page the chart
  is embedded in (an HTML page with a sized box).
- **Colours and links**: the colour column's values take their colours from
  :func:`kit.charts.theme.colour` (one colour per side or status in every
  chart); a point or bar links to its event's sentence on the site's article
  page (:mod:`kit.links`; ``links=None`` for no links), and the tooltip says
  how many articles report the event, in how many sentences.

Uses Vega-Lite 5 features only; never imports spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

import altair as alt
import pandas as pd

from kit.charts.theme import colour_scale, count_legend, plural, with_click
from kit.links import ARTICLES, article_href

TOOLTIP = [
    ("summary", "N", "event"), ("start", "T", "from"), ("end", "T", "to"),
    ("granularity", "N", "granularity"), ("status", "N", "status"), ("actors", "N", "actors"),
    ("place", "N", "place"), ("sources", "N", "sources"), ("reported", "N", "reported in"),
    ("conflicting_dates", "N", "conflicting dates"), ("dates", "N", "dates by article"),
    ("explanation", "N", "date reasoning"), ("click", "N", "click"),
]
LABEL_CHARS = 60
LABEL_PX = 200
LEGEND_LABEL_PX = 150
LEGEND_COLUMNS = 2
WIDTH = 440
FOCUS_DAYS = 7  # days and weeks set the view; longer spans are clipped to it
FALLBACK_COLOR = "status"
CONFLICT_COLOR = "#d62728"
PADDING = 12  # pixels, so that a point on the first or last day is not cut in half
ARTICLES_SHOWN = 5  # articles (and outlets) a tooltip names per date; the rest are counted
TOP_EVENTS = 100  # events drawn: a chart (and a page) must not grow with the corpus


def timeline(events_df: pd.DataFrame, articles_df: pd.DataFrame | None = None,
             color: str = "side", width: int | Literal["container"] = WIDTH,
             links: str | None = ARTICLES, top: int | None = TOP_EVENTS) -> alt.VConcatChart:
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
        Width of the plot area in pixels (default ``WIDTH``: the chart fits a
        JupyterLab notebook), or "container" to fill the embedding page.
    links:
        The folder of the article pages, relative to the page showing the
        chart (:data:`kit.links.ARTICLES`); ``None`` for no links.
    top:
        At most this many events are drawn: those with conflicting dates, then the
        most reported (ties: the earliest); ``None`` draws every event.

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
    shown = most_reported(events_df, top)
    title: str | alt.TitleParams = "Timeline of events" if len(shown) == len(events_df) else alt.TitleParams(
        "Timeline of events", subtitle=f"{len(shown)} of {len(events_df)} drawn: those with conflicting "
                                       "dates, then the most reported")
    data, color = _event_data(shown, color, links)
    focus = _focus(data, width if isinstance(width, int) else WIDTH)
    brush = (alt.selection_interval(encodings=["x"], name="zoom", value={"x": focus}) if focus
             else alt.selection_interval(encodings=["x"], name="zoom"))
    zoomed = alt.Scale(domain=brush, padding=PADDING)
    detail = _events_layer(data, color, zoomed, height=max(120, 22 * len(data)),
                           conflicts=_conflict_data(shown, data))
    if articles_df is not None:
        rules = _publication_rules(articles_df, zoomed)
        detail = alt.LayerChart(layer=[rules, detail]) if rules is not None else detail
    overview = _events_layer(data, color, alt.Scale(padding=PADDING), height=50, labels=False,
                             brush=brush)
    return alt.vconcat(
        detail.properties(width=width, title=title),
        overview.properties(width=width),
    ).resolve_scale(color="shared").configure_legend(orient="bottom", columns=LEGEND_COLUMNS,
                                                      labelLimit=LEGEND_LABEL_PX)


def most_reported(events_df: pd.DataFrame, top: int | None) -> pd.DataFrame:
    """The ``top`` events a chart draws, in the table's order: every event with
    conflicting dates first (``conflict`` true, or ``conflicting_dates`` given),
    then those most articles report (ties: the earliest ``start``).

    >>> table = pd.DataFrame({"event_id": ["E1", "E2", "E3"], "n_sources": [1, 3, 1],
    ...                       "conflict": [False, False, True], "start": [1, 2, 3]})
    >>> most_reported(table, 2)["event_id"].tolist()
    ['E2', 'E3']
    """
    if top is not None and top < 0:
        raise ValueError(f"top={top}: the number of events to draw is 0 or more (None: all)")
    if top is None or len(events_df) <= top:
        return events_df
    conflict = pd.Series(False, index=events_df.index)
    if "conflict" in events_df:
        conflict |= events_df["conflict"].map(lambda v: v is True or str(v).lower() == "true")
    if "conflicting_dates" in events_df:
        conflict |= events_df["conflicting_dates"].fillna("").astype(str).str.strip().ne("")
    rank = pd.DataFrame({"conflict": conflict.to_numpy(),
                         "n": pd.to_numeric(events_df["n_sources"], errors="coerce").fillna(0).to_numpy(),
                         "start": events_df["start"].astype(str).to_numpy() if "start" in events_df else "",
                         "at": range(len(events_df))})
    order = rank.sort_values(["conflict", "n", "start", "at"], ascending=[False, False, True, True])
    return events_df.iloc[sorted(order["at"].to_numpy()[:top])]


def _event_data(events_df: pd.DataFrame, color: str, links: str | None) -> tuple[pd.DataFrame, str]:
    if color not in events_df.columns:
        raise ValueError(f"color={color!r} is not a column of the events table; use one of "
                         f"{sorted(events_df.columns)} (default 'side')")
    keep = [c for c, _, _ in TOOLTIP if c in events_df.columns]
    data = events_df[list(dict.fromkeys(["event_id", color, *keep, "n_sources"]))].copy()
    data["reported"] = [plural(n, "article") for n in data["n_sources"]]
    if "n_sentences" in events_df:  # how many sentences stand behind the count
        data["reported"] += [f", {plural(n, 'sentence')}" for n in events_df["n_sentences"]]
    # the articles behind each date, a few by name: a page's size must not grow with the corpus
    if "dates" in data:
        data["dates"] = [few_per_date(str(d or "")) for d in data["dates"]]
    if "sources" in data:
        data["sources"] = [_join_few(str(v or "").split("; "), ARTICLES_SHOWN) for v in data["sources"]]
    if links is not None and {"article_id", "sentence_id"} <= set(events_df.columns):
        data["href"] = [article_href(a, s, links) for a, s in zip(events_df["article_id"],
                                                                 events_df["sentence_id"])]
    if data[color].fillna("").astype(str).str.strip().eq("").all():
        color = FALLBACK_COLOR if FALLBACK_COLOR in data else color
    data[color] = data[color].fillna("").astype(str).replace("", "unknown")
    days = [(_day(e) - _day(s)).days + 1 for s, e in zip(events_df["start"], events_df["end"])]
    data["start"] = [_timestamp(d) for d in events_df["start"]]
    data["end"] = [_timestamp(d) for d in events_df["end"]]
    data["until"] = [_timestamp(d, 1) for d in events_df["end"]]  # bars cover the last day
    data["kind"] = ["point" if g == "day" else "span" for g in events_df["granularity"]]
    data["long"] = [n > FOCUS_DAYS for n in days]
    deadline = (events_df["status"].eq("deadline").tolist() if "status" in events_df
                else [False] * len(events_df))
    data["outside"] = [long or limit for long, limit in zip(data["long"], deadline)]
    data["label"] = [_label(e, s, a, b, long, limit) for e, s, a, b, long, limit in zip(
        events_df["event_id"], events_df["summary"], events_df["start"], events_df["end"],
        data["long"], deadline)]
    return data, color


def _day(value: Any) -> dt.date:
    return pd.Timestamp(value).date()


def _timestamp(value: Any, plus_days: int = 0) -> str:
    """Local-time ISO timestamp (a bare date would be read as UTC and shift a day)."""
    day = _day(value) + dt.timedelta(days=plus_days)
    return f"{day.isoformat()}T00:00:00"


def _label(event_id: str, summary: Any, start: Any, end: Any, long: bool, deadline: bool = False) -> str:
    text = " ".join(str(summary or "").split())
    if long:  # the extent, since the bar is clipped to the view
        text = f"[{_day(start).isoformat()} … {_day(end).isoformat()}] {text}"
    elif deadline:  # its day, since the view need not hold it
        text = f"[deadline {_day(start).isoformat()}] {text}"
    text = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"
    return f"{event_id} {text}"


def _focus(data: pd.DataFrame, width: int = WIDTH) -> list[alt.DateTime] | None:
    """The first and last day of the events of at most ``FOCUS_DAYS`` that are no
    deadline (``outside`` false, where the column is given), when some event is longer or
    a deadline (None: every event sets the view), widened by :data:`PADDING`
    pixels of a ``width``-pixel plot on each side (whole hours), so that a point on
    the first or last day is drawn whole. (A brush sets the scale's domain as it is:
    Vega pads only a domain it computes from the data.)

    >>> data = pd.DataFrame({"long": [True, False], "start": ["2024-01-01", "2024-01-15"],
    ...                      "until": ["2024-12-31", "2024-01-22"]})
    >>> [(d.to_dict()["date"], d.to_dict()["hours"]) for d in _focus(data, 440)]
    [(14, 19), (22, 5)]
    """
    outside = data["outside"] if "outside" in data else data["long"]
    short = data[~outside]
    if short.empty or not outside.any():
        return None
    first = dt.datetime.combine(min(_day(s) for s in short["start"]), dt.time())
    last = dt.datetime.combine(max(_day(s) for s in short["until"]), dt.time())
    hours = (last - first).total_seconds() / 3600 * PADDING / max(width - 2 * PADDING, 1)
    pad = dt.timedelta(hours=max(1, -(-hours // 1)))  # whole hours, at least one
    return [alt.DateTime(year=d.year, month=d.month, date=d.day, hours=d.hour)
            for d in (first - pad, last + pad)]


def _conflict_data(events_df: pd.DataFrame, data: pd.DataFrame) -> pd.DataFrame:
    """One row per day a conflicting event is dated, with the articles giving it."""
    if "conflicting_dates" not in events_df:
        return pd.DataFrame()
    rows = []
    for label, start, other, dates in zip(
            data["label"], events_df["start"], events_df["conflicting_dates"],
            events_df["dates"] if "dates" in events_df else [""] * len(events_df)):
        days = [d for d in str(other or "").split("; ") if d]
        if not days:
            continue
        by_day = _articles_by_day(few_per_date(str(dates or "")))
        main = _day(start).isoformat()
        rows += [{"label": label, "day": f"{day}T00:00:00", "main": day == main,
                  "articles": by_day.get(day, "")} for day in [main, *days]]
    return pd.DataFrame(rows)


def few_per_date(dates: str, limit: int | None = None) -> str:
    """The ``dates`` column ("2022-08-01: a, b; ...") with at most ``limit`` articles
    named per date (default :data:`ARTICLES_SHOWN`), the rest counted.

    >>> few_per_date("2022-08-01: a, b, c, d; 2022-08-02: e", limit=2)
    '2022-08-01: a, b +2 more; 2022-08-02: e'
    """
    limit = ARTICLES_SHOWN if limit is None else limit
    parts = []
    for part in dates.split("; ") if dates else []:
        span, sep, articles = part.partition(": ")
        names = articles.split(", ") if articles else []
        more = f" +{len(names) - limit} more" if len(names) > limit else ""
        parts.append(f"{span}{sep}{', '.join(names[:limit])}{more}")
    return "; ".join(parts)


def _articles_by_day(dates: str) -> dict[str, str]:
    """``{"2022-08-01": "a, b"}`` from the ``dates`` column ("2022-08-01: a, b; ...")."""
    out = {}
    for part in dates.split("; "):
        span, _, articles = part.partition(": ")
        if ".." not in span and articles:
            out[span] = articles
    return out


def _events_layer(data: pd.DataFrame, color: str, scale: alt.Scale, height: int,
                  labels: bool = True, brush: Any = None,
                  conflicts: pd.DataFrame | None = None) -> alt.LayerChart:
    order = list(data.sort_values(["outside", "start", "end"], ascending=[False, True, True])["label"])
    y = alt.Y("label:N", sort=order, title=None,
              axis=alt.Axis(labelLimit=LABEL_PX) if labels else None)
    linked = "href" in data
    base = alt.Chart(data).encode(
        y=y, color=alt.Color(f"{color}:N", title=color, scale=colour_scale(data[color])),
        tooltip=[alt.Tooltip(f"{c}:{t}", title=title) for c, t, title in TOOLTIP
                 if c in data or (c == "click" and linked)],
        href=alt.Href("href:N") if linked else alt.Undefined,
    )
    if linked:
        base = with_click(base)
    x = alt.X("start:T", title=None, scale=scale)
    points = base.transform_filter("datum.kind === 'point'").mark_point(
        filled=True, opacity=0.9, clip=True).encode(x=x, size=alt.Size(
            "n_sources:Q", title="articles", scale=alt.Scale(range=[60, 300], zero=False),
            legend=count_legend(data.loc[data["kind"] == "point", "n_sources"])))
    spans = base.transform_filter("datum.kind === 'span'").mark_bar(
        opacity=0.6, height=10, clip=True).encode(x=x, x2="until:T")
    if brush is not None:  # a named view keeps the spec identical from run to run
        spans = spans.add_params(brush).properties(name="timeline_overview")
    layers: list[Any] = [spans, points]
    if conflicts is not None and not conflicts.empty:
        layers += _conflict_marks(conflicts, y, scale)
    return alt.LayerChart(layer=layers, height=height)


def _conflict_marks(conflicts: pd.DataFrame, y: alt.Y, scale: alt.Scale) -> list[alt.Chart]:
    """A line across the days an event is dated, and a hollow diamond on each other day."""
    base = alt.Chart(conflicts).encode(y=y)
    link = base.mark_rule(color=CONFLICT_COLOR, strokeDash=[2, 2], clip=True).encode(
        x=alt.X("min(day):T", scale=scale, title=None), x2="max(day):T")
    other = base.transform_filter("!datum.main").mark_point(
        shape="diamond", filled=False, color=CONFLICT_COLOR, size=90, clip=True).encode(
        x=alt.X("day:T", scale=scale, title=None),
        tooltip=[alt.Tooltip("day:T", title="also dated"),
                 alt.Tooltip("articles:N", title="by")])
    return [link, other]


def _publication_rules(articles_df: pd.DataFrame, scale: alt.Scale) -> alt.Chart | None:
    published = articles_df.dropna(subset=["published"])
    if published.empty:
        return None
    days = (published.assign(day=[_timestamp(p) for p in published["published"]])
            .groupby("day", as_index=False)
            .agg(articles=("article_id", "count"), sources=("source", _join_few)))
    return alt.Chart(days).mark_rule(strokeDash=[4, 4], color="#999999", clip=True).encode(
        x=alt.X("day:T", scale=scale, title=None),
        tooltip=[alt.Tooltip("day:T", title="published"), alt.Tooltip("articles:Q", format="d"),
                 "sources:N"],
    )


def _join_few(values: Iterable[Any], limit: int = 3) -> str:
    unique = list(dict.fromkeys(str(v) for v in values if str(v)))
    more = f" +{len(unique) - limit} more" if len(unique) > limit else ""
    return "; ".join(unique[:limit]) + more
