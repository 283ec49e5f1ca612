"""Merge the reports of one event across articles (for :func:`kit.timeline.events`).

A :class:`Report` is one dated clause with its actors and place; :func:`merge_reports`
groups the reports of one event. Two reports are the same event when their
dates overlap, both spans are at most a week long (or identical), and they
share an actor or a place. Two day-level reports up to ``tolerance`` days
apart that share the place and two actors are also merged: the date most
articles give wins and the others are listed in ``conflicting_dates``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Report", "Group", "merge_reports", "MAX_MERGE_DAYS", "STATUSES", "SEP"]

MAX_MERGE_DAYS = 7
STATUSES = ("happened", "reported", "expected")  # a group takes the first its latest article gives
SEP = "; "


@dataclass
class Report:
    """One dated clause with at least one actor: a report of an event by one article."""

    row: dict[str, Any]  # the resolved_dates row (start, end, granularity, text, tense, ...)
    actors: list[str]
    places: list[str]
    sides: list[str]
    clause: str
    evidence: str
    published: dt.date | None
    source: str
    anaphoric: bool = False

    def __getattr__(self, name: str) -> Any:  # start, end, text, verb, ... from the row
        try:
            return self.__dict__["row"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def status(self) -> str:
        future = self.published is not None and self.start > self.published
        past = self.published is not None and self.end < self.published
        if self.tense == "future" or (self.tense != "past" and future):
            return "expected"
        return "happened" if (self.tense == "past" and not future) or past else "reported"


@dataclass(eq=False)
class Group:
    """Reports of one event; ``conflicts`` give a nearby day instead of the same dates.

    Its dates (the overlap of its members'), names and anchors are kept up to
    date by :meth:`add`, so matching a report costs the same however many
    articles reported the event.
    """

    members: list[Report]
    conflicts: list[Report] = field(default_factory=list)

    def __post_init__(self) -> None:
        first, *rest = self.members
        self.start, self.end = first.start, first.end
        self._names: dict[str, set[str]] = {"actors": set(), "places": set()}
        self._anchors: set[tuple[str, dt.date]] = set()
        self.members = [first]
        self._track(first)
        for r in rest:
            self.add(r)

    def add(self, r: Report, kind: int = 2) -> None:
        """Add a member (kind 2) or a conflicting report (kind 1)."""
        if kind != 2:
            self.conflicts.append(r)
            return
        self.members.append(r)
        self.start, self.end = max(self.start, r.start), min(self.end, r.end)
        self._track(r)

    def _track(self, r: Report) -> None:
        for attr, names in self._names.items():
            names.update(getattr(r, attr))
        self._anchors.add((r.article_id, r.start))

    def names(self, attr: str) -> set[str]:
        return self._names[attr]

    def match(self, r: Report, tolerance: int) -> tuple[int, int] | None:
        """(kind, strength) of a match: kind 2 = same dates, 1 = conflicting day; None = no."""
        shared_actors = len(self.names("actors") & set(r.actors))
        shared = shared_actors + len(self.names("places") & set(r.places))
        overlap = r.start <= self.end and self.start <= r.end
        small = r.days <= MAX_MERGE_DAYS or (r.start, r.end) == (self.start, self.end)
        linked = r.anaphoric and (r.article_id, r.start) in self._anchors
        if overlap and small and (shared or linked):
            return 2, shared
        near = (r.days == 1 and self.start == self.end
                and abs((r.start - self.start).days) <= tolerance)
        if near and shared_actors >= 2 and self.names("places") & set(r.places):
            return 1, shared
        return None

    def row(self) -> dict[str, Any]:
        rep = max(self.members, key=lambda m: (not m.anaphoric, bool(m.places), len(m.actors),
                                                -_ordinal(m.published)))
        everyone = [rep, *(m for m in [*self.members, *self.conflicts] if m is not rep)]
        start, end, granularity, conflicting = self._dates()
        by_time = sorted(everyone, key=lambda m: (_ordinal(m.published), m.article_id))
        articles = list(dict.fromkeys(m.article_id for m in by_time))
        latest = [m.status for m in everyone if m.article_id == articles[-1]]
        return {
            "start": start, "end": end, "granularity": granularity,
            "status": min(latest, key=STATUSES.index),
            "actors": SEP.join(_collapse_surnames(n for m in everyone for n in m.actors)),
            "place": SEP.join(dict.fromkeys(p for m in everyone for p in m.places)),
            "side": " & ".join(sorted({s for m in everyone for s in m.sides})),
            "trigger": rep.verb or "", "summary": _shorten(rep.clause), "evidence": rep.evidence,
            "article_id": rep.article_id, "sentence_id": rep.sentence_id,
            "explanation": rep.explanation, "articles": SEP.join(articles),
            "sources": SEP.join(dict.fromkeys(m.source for m in by_time if m.source)),
            "n_sources": len(articles), "first_report": articles[0],
            "first_published": by_time[0].published, "conflicting_dates": conflicting,
            "reports": SEP.join(dict.fromkeys(_describe(m) for m in by_time)),
        }

    def _dates(self) -> tuple[dt.date, dt.date, str, str]:
        days = [m for m in [*self.members, *self.conflicts] if m.days == 1]
        if not days:
            rep = min(self.members, key=lambda m: m.days)
            exact = (rep.start, rep.end) == (self.start, self.end)
            return self.start, self.end, rep.granularity if exact else "range", ""
        votes: dict[dt.date, set[str]] = {}
        for m in sorted(days, key=lambda m: _ordinal(m.published)):
            votes.setdefault(m.start, set()).add(m.article_id)
        best = max(votes, key=lambda d: len(votes[d]))  # ties: the earliest report's date
        return best, best, "day", SEP.join(d.isoformat() for d in sorted(votes) if d != best)


def merge_reports(reports: list[Report], tolerance: int) -> list[Group]:
    """Finest dates first; each report joins its best-matching group or starts one."""
    groups: list[Group] = []
    by_day: dict[int, list[Group]] = {}  # day ordinal -> groups of at most a week over it
    by_span: dict[tuple[dt.date, dt.date], list[Group]] = {}
    order = sorted(reports, key=lambda r: (r.days, _ordinal(r.published), r.article_id,
                                           r.sentence_id))
    for r in order:
        small = r.days <= MAX_MERGE_DAYS
        lo, hi = r.start.toordinal() - tolerance, r.end.toordinal() + tolerance
        near = ([g for d in range(lo, hi + 1) for g in by_day.get(d, [])] if small
                else by_span.get((r.start, r.end), []))
        scored = [(m, -i, g) for i, g in enumerate(dict.fromkeys(near))
                  if (m := g.match(r, tolerance)) is not None]
        if scored:
            (kind, _), _, group = max(scored, key=lambda s: s[:2])
            group.add(r, kind)
            continue
        groups.append(group := Group([r]))
        for d in range(r.start.toordinal(), r.end.toordinal() + 1) if small else ():
            by_day.setdefault(d, []).append(group)
        if not small:
            by_span.setdefault((r.start, r.end), []).append(group)
    return groups


def _ordinal(d: dt.date | None) -> int:
    return d.toordinal() if d is not None else dt.date.max.toordinal()


def _describe(r: Report) -> str:
    span = r.start.isoformat() if r.days == 1 else f"{r.start.isoformat()}..{r.end.isoformat()}"
    return f"{r.source or r.article_id}: '{r.text}' → {span}"


def _collapse_surnames(names: Iterable[str]) -> list[str]:
    """Unique names; a one-word name that ends a longer one is dropped ("Karsten")."""
    unique = list(dict.fromkeys(names))
    full = [n for n in unique if " " in n]
    return [n for n in unique if " " in n or not any(f.endswith(" " + n) for f in full)]


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
