"""Which outlets report each event, in which language, and the date each gives it.

:func:`events_by_outlet` splits the reports behind each event of
:func:`kit.timeline.events` (:func:`kit.timeline.event_reports`) by the outlet
(the article's ``source``) and the ``language`` of their articles, so the
presses of two sides can be compared event by event: who reports it, and who
dates it another day. Whom each outlet quotes is
:func:`kit.counts.coverage.quoted_by_outlet`.

Examples
--------
>>> import kit
>>> from kit import timeline
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> table = events_by_outlet(timeline.events(ann), timeline.event_reports(ann), ann.articles)
>>> table[["event_id", "outlet", "language", "dates", "agrees"]].head(1).to_dict("records")
[{'event_id': 'E001', 'outlet': 'NBC News (reposted by internewscast.com)', 'language': 'en', 'dates': '2023-12-27', 'agrees': True}]
"""

from __future__ import annotations

import pandas as pd

from kit.counts.coverage import OUTLET_KEYS
from kit.schema import outlets
from kit.timeline.calendar_math import iso_span

EVENT_OUTLET_COLUMNS = [
    "event_id", "start", "end", "summary", *OUTLET_KEYS, "articles", "dates", "expressions",
    "agrees", "n_outlets", "languages", "disagree", "sentences",
]


def events_by_outlet(events: pd.DataFrame, reports: pd.DataFrame, articles: pd.DataFrame,
                     min_outlets: int = 1) -> pd.DataFrame:
    """One row per event, outlet and language: the dates that outlet gives the event.

    Parameters
    ----------
    events:
        :func:`kit.timeline.events` (its ``event_id``, ``start``, ``end``, ``summary``).
    reports:
        :func:`kit.timeline.event_reports` called with the same parameters (the same
        event ids): one row per report, with the date it gives and ``agrees``.
    articles:
        The articles table (``ann.articles``): each article's ``source`` and ``language``.
    min_outlets:
        Keep the events that at least this many outlets report (2: the events
        there is something to compare on).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`EVENT_OUTLET_COLUMNS`, in the events' order, then by
        language and outlet. ``start``, ``end`` and ``summary`` are the event's;
        ``articles`` counts the outlet's articles that report it, ``dates`` the
        dates they give ("2023-12-28", a span "2023-12-01..2023-12-31"; ``"; "``-joined),
        ``expressions`` the words that give them; ``agrees`` is false when one of
        them gives another day than the event's. ``n_outlets`` counts the outlets
        that report the event, ``languages`` lists their languages, and
        ``disagree`` (the event's, on each of its rows) is true when an outlet
        dates it another day. ``sentences``: the reports' ``article_id:sentence_id``.

    Examples
    --------
    >>> import datetime as dt
    >>> events = pd.DataFrame({"event_id": ["E001"], "start": [dt.date(2024, 1, 19)],
    ...                        "end": [dt.date(2024, 1, 19)], "summary": ["Talks in Osmar"]})
    >>> reports = pd.DataFrame({
    ...     "event_id": ["E001", "E001"], "article_id": ["a", "b"], "sentence_id": [2, 0],
    ...     "text": ["Friday", "el jueves"], "start": [dt.date(2024, 1, 19), dt.date(2024, 1, 18)],
    ...     "end": [dt.date(2024, 1, 19), dt.date(2024, 1, 18)], "agrees": [True, False]})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "source": ["Tern Wire", "Diario Garza"],
    ...                      "language": ["en", "es"]})
    >>> table = events_by_outlet(events, reports, arts)
    >>> table[["outlet", "language", "dates", "agrees", "disagree"]].values.tolist()
    [['Tern Wire', 'en', '2024-01-19', True, True], ['Diario Garza', 'es', '2024-01-18', False, True]]
    """
    if reports.empty:
        return pd.DataFrame(columns=EVENT_OUTLET_COLUMNS)
    reports = reports.drop(columns=["language"], errors="ignore")  # the articles table's is read
    reports = reports.merge(outlets(articles), on="article_id", how="left").fillna(
        {"outlet": "", "language": ""})
    reports = reports.sort_values(["article_id", "sentence_id"], kind="stable")
    order = {e: i for i, e in enumerate(events["event_id"].tolist())}
    info = events.drop_duplicates("event_id").set_index("event_id")
    rows = []
    for (event_id, language, outlet), group in reports.groupby(["event_id", "language", "outlet"], sort=True):
        rows.append({
            "event_id": event_id,
            "start": info["start"].get(event_id), "end": info["end"].get(event_id),
            "summary": info["summary"].get(event_id, "") if "summary" in info else "",
            "outlet": outlet, "language": language,
            "articles": int(group["article_id"].nunique()),
            "dates": "; ".join(sorted({iso_span(s, e) for s, e in zip(group["start"], group["end"])})),
            "expressions": "; ".join(dict.fromkeys(str(t) for t in group["text"])),
            "agrees": bool(group["agrees"].astype(bool).all()),
            "sentences": "; ".join(dict.fromkeys(
                f"{a}:{int(s)}" for a, s in zip(group["article_id"], group["sentence_id"]))),
        })
    table = pd.DataFrame(rows, columns=[c for c in EVENT_OUTLET_COLUMNS
                                        if c not in ("n_outlets", "languages", "disagree")])
    per_event = table.groupby("event_id", sort=False)
    table["n_outlets"] = per_event["outlet"].transform("nunique").astype(int)
    languages = per_event["language"].agg(lambda s: "; ".join(sorted(set(s))))
    table["languages"] = table["event_id"].map(languages)
    table["disagree"] = per_event["agrees"].transform(lambda s: not s.all()).astype(bool)
    table = table[table["n_outlets"] >= min_outlets]
    table["_order"] = table["event_id"].map(lambda e: order.get(e, len(order)))
    table = table.sort_values(["_order", "event_id", "language", "outlet"], kind="stable")
    return table[EVENT_OUTLET_COLUMNS].reset_index(drop=True)
