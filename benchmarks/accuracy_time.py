"""The time part of benchmarks/accuracy.py: kit's events and dates, and dateparser, against
the ``events.csv`` of a gold corpus. The metrics are defined in accuracy.py's docstring.

Every system is reduced to what it dates: :class:`Dated` rows ``(article, start, end)``,
with the kit event each belongs to when there is one. Scoring compares those to the gold
rows (:class:`GoldRow`) by article and period only, so the three systems are scored
alike.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GRANULARITIES = ("day", "week", "month")
TIME_COLUMNS = ["system", "day recall", "day precision", "week recall", "month recall",
                "timeline", "conflicts flagged", "false merges"]


@dataclass(frozen=True, order=True)
class GoldRow:
    """One row of ``events.csv``: an article dating an event; ``start``/``end`` its period."""

    event: str
    article: str
    granularity: str
    start: dt.date
    end: dt.date
    correct: bool
    expression: str = ""


@dataclass(frozen=True)
class Dated:
    """A period a system gives in an article; ``event``: the kit event it reports, if any."""

    article: str
    start: dt.date
    end: dt.date
    event: str | None = None

    @property
    def key(self) -> tuple[str, dt.date, dt.date]:
        return self.article, self.start, self.end


@dataclass(frozen=True)
class KitEvent:
    """An event of :func:`kit.timeline.events`: its date and conflict flag."""

    start: dt.date
    end: dt.date
    conflict: bool


@dataclass
class TimeScores:
    """Counts behind one row of the time table: ``(hits, total)`` pairs; None: not scored."""

    recall: dict[str, tuple[int, int]]
    precision: tuple[int, int]
    timeline: tuple[int, int] | None = None
    conflicts: tuple[int, int] | None = None
    other_conflicts: int = 0
    false_merges: int | None = None
    missed: list[GoldRow] = field(default_factory=list)  # gold rows no dated row matches
    strays: list[tuple[str, dt.date, dt.date]] = field(default_factory=list)  # days not in gold
    misses: list[str] = field(default_factory=list)  # events: timeline, conflicts, merges


def period(granularity: str, date: str) -> tuple[dt.date, dt.date]:
    """First and last day of a gold date (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY-Www``).

    >>> period("week", "2015-W13")
    (datetime.date(2015, 3, 23), datetime.date(2015, 3, 29))
    """
    if granularity == "week":
        year, week = date.split("-W")
        return (dt.date.fromisocalendar(int(year), int(week), 1),
                dt.date.fromisocalendar(int(year), int(week), 7))
    if granularity == "month":
        start = dt.date.fromisoformat(date + "-01")
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    day = dt.date.fromisoformat(date)
    return day, day


def read_gold_events(folder: Path) -> list[GoldRow]:
    """The rows of ``folder/events.csv`` (none if the corpus has no such file)."""
    if not (folder / "events.csv").exists():
        return []
    with open(folder / "events.csv", encoding="utf-8", newline="") as f:
        return sorted(GoldRow(r["event"], r["article"], r["granularity"],
                              *period(r["granularity"], r["date"]), r["correct"] == "yes",
                              r["expression"])
                      for r in csv.DictReader(f))


def true_periods(gold: Sequence[GoldRow]) -> dict[str, tuple[dt.date, dt.date]]:
    """Each gold event's date: the finest period its ``correct=yes`` rows give."""
    out: dict[str, tuple[dt.date, dt.date]] = {}
    for g in sorted(gold, key=lambda g: (g.end - g.start, g.article)):
        if g.correct:
            out.setdefault(g.event, (g.start, g.end))
    return out


def score_time(gold: Sequence[GoldRow], found: Sequence[Dated],
               events: dict[str, KitEvent] | None = None) -> TimeScores:
    """Score what a system dates against the gold rows (accuracy.py's docstring).

    ``events`` (kit events only) adds the timeline, conflict and false-merge scores.

    >>> row = GoldRow("talks", "a", "day", dt.date(2022, 8, 1), dt.date(2022, 8, 1), True)
    >>> s = score_time([row], [Dated("a", dt.date(2022, 8, 1), dt.date(2022, 8, 1))])
    >>> s.recall["day"], s.precision
    ((1, 1), (1, 1))
    """
    have = {d.key for d in found}
    recall = {}
    for gran in GRANULARITIES:
        rows = [g for g in gold if g.granularity == gran]
        recall[gran] = (sum((g.article, g.start, g.end) in have for g in rows), len(rows))
    gold_days = {(g.article, g.start, g.end) for g in gold if g.granularity == "day"}
    days = {d.key for d in found if d.start == d.end}
    scores = TimeScores(recall, (len(days & gold_days), len(days)))
    scores.missed = [g for g in gold if (g.article, g.start, g.end) not in have]
    scores.strays = sorted(days - gold_days)
    if events is not None:
        _score_events(scores, gold, found, events)
    return scores


def _gold_date(g: GoldRow) -> str:
    if g.granularity == "day":
        return g.start.isoformat()
    if g.granularity == "week":
        year, week, _ = g.start.isocalendar()
        return f"{year}-W{week:02d}"
    return g.start.isoformat()[:7]


def miss_lines(s: TimeScores,
               why: dict[tuple[str, dt.date, dt.date], list[str]] | None = None) -> list[str]:
    """One line per gold row missed, day dated that gold lacks, and event-level miss;
    ``why`` adds what kit did with a missed row's date (:func:`kit_kept_out`)."""
    why = why or {}
    lines = []
    for g in s.missed:
        because = why.get((g.article, g.start, g.end), [])
        lines.append(f"{g.granularity} {g.article} {_gold_date(g)} '{g.expression}' ({g.event})"
                     + (f" [{'; '.join(because)}]" if because else ": not dated"))
    lines += [f"day {a} {d}: not in gold" for a, d, _ in s.strays]
    return lines + s.misses


def _score_events(scores: TimeScores, gold: Sequence[GoldRow], found: Sequence[Dated],
                  events: dict[str, KitEvent]) -> None:
    truth = true_periods(gold)
    by_event: dict[str, set[tuple[str, dt.date, dt.date]]] = {}
    for d in found:
        if d.event is not None:
            by_event.setdefault(d.event, set()).add(d.key)
    rows: dict[str, list[GoldRow]] = {}
    for g in gold:
        rows.setdefault(g.event, []).append(g)

    def holding(name: str) -> list[str]:
        """The kit events that report every row of gold event ``name``."""
        keys = {(g.article, g.start, g.end) for g in rows[name]}
        return [e for e, have in by_event.items() if keys <= have]

    multi = sorted(n for n, rs in rows.items() if len({g.article for g in rs}) > 1 and n in truth)
    hits = [n for n in multi
            if any((events[e].start, events[e].end) == truth[n] for e in holding(n))]
    scores.timeline = (len(hits), len(multi))
    where: dict[tuple[str, dt.date, dt.date], list[str]] = {}
    for e, have in by_event.items():
        for key in have:
            where.setdefault(key, []).append(e)

    def rows_went(name: str) -> str:
        """Where each row of gold event ``name`` went: "04_x 2018-06-17 → E010"."""
        return "; ".join(f"{g.article} {_gold_date(g)} → {'/'.join(sorted(where.get((g.article, g.start, g.end), []))) or 'no event'}"
                         for g in rows[name])

    scores.misses += [f"timeline: {n} not one event with its date ({rows_went(n)})" for n in multi if n not in hits]
    known = sorted(n for n, rs in rows.items() if any(not g.correct for g in rs) and n in truth)
    flagged = [n for n in known if any(_both_dates(by_event[e], rows[n], truth[n])
                                       and events[e].conflict for e in by_event)]
    scores.conflicts = (len(flagged), len(known))
    scores.misses += [f"conflict: {n} not flagged" for n in known if n not in flagged]
    matched = {e for n in flagged for e in by_event if _both_dates(by_event[e], rows[n], truth[n])}
    scores.other_conflicts = sum(k.conflict for e, k in events.items() if e not in matched)
    scores.false_merges = 0
    for e, have in sorted(by_event.items()):
        matched = [{g.event for g in gold
                    if (g.article, g.start, g.end) == key and g.event in truth}
                   for key in sorted(have)]
        matched = [m for m in matched if m]
        dates = {truth[n] for m in matched for n in m}
        if matched and not set.intersection(*matched) and len(dates) > 1:
            scores.false_merges += 1
            scores.misses.append(f"false merge: {e} holds events dated "
                                 + ", ".join(sorted(_span(*d) for d in dates)))


def _both_dates(have: set[tuple[str, dt.date, dt.date]], rows: list[GoldRow],
                truth: tuple[dt.date, dt.date]) -> bool:
    """The wrong dates of ``rows`` and the true date, all reported by one kit event."""
    wrong = {(g.article, g.start, g.end) for g in rows if not g.correct}
    return wrong <= have and any((s, e) == truth for _, s, e in have)


def _span(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def time_row(system: str, s: TimeScores, ratio: Any) -> list[str]:
    """One markdown row (:data:`TIME_COLUMNS`); ``ratio`` formats ``(hits, total)``."""
    conflicts = "–"
    if s.conflicts is not None:
        conflicts = ratio(*s.conflicts) if s.conflicts[1] else "–"
        conflicts += f", {s.other_conflicts} other" if s.other_conflicts else ""
    return [system, ratio(*s.recall["day"]), ratio(*s.precision), ratio(*s.recall["week"]),
            ratio(*s.recall["month"]), ratio(*s.timeline) if s.timeline else "–", conflicts,
            "–" if s.false_merges is None else str(s.false_merges)]


# ---- the systems ------------------------------------------------------------------------


def kit_events(ann: Any) -> tuple[list[Dated], dict[str, KitEvent]]:
    """Every report of kit's events (:func:`kit.timeline.event_reports`), and the events."""
    from kit.timeline import event_reports, events

    table = events(ann)
    reports = event_reports(ann)
    found = [Dated(a, s, e, ev) for a, s, e, ev in
             zip(reports["article_id"], reports["start"], reports["end"], reports["event_id"])]
    return found, {e: KitEvent(s, t, bool(c)) for e, s, t, c in
                   zip(table["event_id"], table["start"], table["end"], table["conflict"])}


def kit_dates(ann: Any) -> list[Dated]:
    """Every resolved date of kit (:func:`kit.timeline.resolved_dates`), event or not."""
    from kit.timeline import resolved_dates

    rd = resolved_dates(ann)
    rd = rd[rd["resolved"].fillna(False).astype(bool)]
    return [Dated(a, s, e) for a, s, e in zip(rd["article_id"], rd["start"], rd["end"])]


def kit_kept_out(ann: Any) -> dict[tuple[str, dt.date, dt.date], list[str]]:
    """Why each resolved date of kit dates no event (for ``--misses``)."""
    from kit.timeline import dated_clauses

    table = dated_clauses(ann)
    out: dict[tuple[str, dt.date, dt.date], list[str]] = {}
    for a, s, e, text, why in zip(table["article_id"], table["start"], table["end"],
                                  table["text"], table["kept_out"]):
        if why and s is not None:
            out.setdefault((a, s, e), []).append(f"'{text}' kept out: {why}")
    return out


def dateparser_dates(articles: Iterable[Any]) -> list[Dated]:
    """The dates :func:`dateparser.search.search_dates` finds in each article, anchored on
    its publication date; each found text re-read for its period (day, week, month)."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    out = []
    for article in articles:
        if article.published is None:
            continue
        base = dt.datetime.combine(article.published, dt.time())
        settings: Any = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
        reader = DateDataParser(languages=["en"], settings=settings)
        for text, _ in search_dates(article.text, languages=["en"], settings=settings) or []:
            data = reader.get_date_data(text)
            if data.date_obj is not None:
                out.append(Dated(article.id, *_dateparser_period(data.date_obj.date(),
                                                                 data.period)))
    return out


def _dateparser_period(day: dt.date, kind: str | None) -> tuple[dt.date, dt.date]:
    if kind == "month":
        return period("month", day.isoformat()[:7])
    if kind == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if kind == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day
