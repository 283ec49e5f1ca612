"""Merge the reports of one event across articles (for :func:`kit.timeline.events`).

A :class:`Report` is one dated clause with what it is about: named actors,
places, groups, event nouns ("talks", "deal") and its verb (the *trigger*).
:func:`merge_reports` groups the reports of one event. A report joins the
group it shares the most **evidence** with (:meth:`Group.evidence`: shared
actors and places, the same trigger, shared event nouns), when their dates
allow it:

- **the same dates**: any shared evidence will do (for spans up to
  ``MAX_MERGE_DAYS``; longer ones are treated as coarser reports);
- **a coarser report** ("in July", "last week": at most ``MAX_WITHIN_DAYS``
  long) joins an event whose dates lie inside it when the evidence is
  *strong* (:attr:`Evidence.strong`: the same trigger or an event noun, and
  one more piece of evidence; or three names, a place among them) or when it
  shares a trigger no other event in its dates has;
- **a conflicting day**: a day-level report joins a day-level event up to
  ``window`` days away on strong evidence, unless its article already dates
  the event (an article never gives one event two days). The event then keeps
  every date with the articles behind it and is flagged as a conflict: never
  split in two, never merged silently.

A reporting verb ("say", "announce") or a stative one ("be") is no trigger:
two statements on one day are not one event because both were said.
Reports are merged finest first (days, then weeks, then months), so a
coarser report finds the events it may belong to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kit.lexicon.wordlists import words

__all__ = ["Report", "Group", "Evidence", "merge_reports", "MAX_MERGE_DAYS", "MAX_WITHIN_DAYS",
           "DEFAULT_WINDOW", "STATUSES", "SEP"]

MAX_MERGE_DAYS = 7
MAX_WITHIN_DAYS = 31  # a month: the coarsest report that joins a finer event
DEFAULT_WINDOW = 1  # days between two conflicting day-level reports (measured on the gold corpora)
# an event takes the first its latest article gives, from its reports of the event's dates
STATUSES = ("happened", "reported", "expected")
SEP = "; "
SAME, WITHIN, CONFLICT = 3, 2, 1  # how a report's dates relate to a group's


@dataclass
class Report:
    """One dated clause with something that acts in it: a report of an event by one article."""

    row: dict[str, Any]  # the resolved_dates row (start, end, granularity, text, tense, ...)
    actors: list[str]
    places: list[str]
    sides: list[str]
    clause: str
    evidence: str
    published: dt.date | None
    source: str
    anaphoric: bool = False
    nouns: list[str] = field(default_factory=list)  # event nouns: "talks", "agreement"
    groups: list[str] = field(default_factory=list)  # "officials", "delegations"
    content: str = ""  # what a reporting verb reports: "that it would resume ..."
    people: list[str] = field(default_factory=list)  # the actors that are persons

    def __getattr__(self, name: str) -> Any:  # start, end, text, verb, ... from the row
        try:
            return self.__dict__["row"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def trigger(self) -> str | None:
        """The verb, unless it only reports or states ("say", "be")."""
        verb = self.verb
        if not verb or verb in words("reporting_verbs") or verb in words("stative_verbs"):
            return None
        return str(verb)

    @property
    def status(self) -> str:
        future = self.published is not None and self.start > self.published
        past = self.published is not None and self.end < self.published
        if self.tense == "future" or (self.tense != "past" and future):
            return "expected"
        return "happened" if (self.tense == "past" and not future) or past else "reported"


class Evidence(NamedTuple):
    """What a report shares with a group: names (actors and places), the trigger
    (or what a reporting verb reports), event nouns (or a noun naming the
    other's trigger: "the *signing*" and "signed")."""

    names: int
    places: int
    trigger: bool
    nouns: int
    verb: bool = False  # the trigger, or a noun naming it

    @property
    def score(self) -> int:
        return self.names + 2 * self.trigger + self.nouns

    @property
    def strong(self) -> bool:
        """The same trigger or an event noun and one more piece of evidence (a
        name, unless the trigger is shared: nouns alone are common to many
        events), or three names, a place among them."""
        keyed = self.trigger or self.nouns > 0 and self.names > 0
        return keyed and self.score >= 3 or (self.names >= 3 and self.places >= 1)


@dataclass(eq=False)
class Group:
    """Reports of one event, those giving other days than the event's included.

    Its dates (the overlap of its same-date members'), names, anchors and
    articles are kept up to date by :meth:`add`, so matching a report compares
    sets, not every report of the event.
    """

    members: list[Report]

    def __post_init__(self) -> None:
        first, *rest = self.members
        self.start, self.end = first.start, first.end
        self._names: dict[str, set[str]] = {"names": set(), "places": set(), "nouns": set(),
                                            "triggers": set(), "people": set()}
        self._contents: list[str] = []
        self._anchors: set[tuple[str, dt.date]] = set()
        self.articles: set[str] = set()  # the articles dating the event to a day
        self.first_published: dt.date | None = None
        self.members = []
        self.add(first, SAME)
        for r in rest:
            self.add(r, SAME)

    def add(self, r: Report, kind: int) -> None:
        """Add a report whose dates are the group's (``SAME``), contain them
        (``WITHIN``) or give another day (``CONFLICT``)."""
        self.members.append(r)
        if kind == SAME:
            self.start, self.end = max(self.start, r.start), min(self.end, r.end)
        self._names["names"].update(r.actors, r.places)
        self._names["places"].update(r.places)
        self._names["nouns"].update(r.nouns)
        self._names["people"].update(r.people)
        if r.trigger:
            self._names["triggers"].add(r.trigger)
        if r.content:
            self._contents.append(r.content)
        self._anchors.add((r.article_id, r.start))
        if r.days == 1:
            self.articles.add(r.article_id)
        if r.published is not None:
            self.first_published = min(filter(None, (self.first_published, r.published)))

    def evidence(self, r: Report) -> Evidence:
        """What ``r`` shares with the group's reports. A trigger is shared when
        both give it, or when one reports what the other did ("said it would
        *suspend*" and "suspended"); a noun, when both give it or when one names
        the other's trigger ("the *signing*" and "signed")."""
        names = self._names
        trigger = r.trigger in names["triggers"] or (
            r.trigger is not None and any(_says(r.trigger, c) for c in self._contents)) or (
            bool(r.content) and any(_says(t, r.content) for t in names["triggers"]))
        named = (r.trigger is not None and any(_says(r.trigger, n) for n in names["nouns"])) or any(
            _says(t, n) for t in names["triggers"] for n in r.nouns)
        nouns = len(names["nouns"] & set(r.nouns)) + (named and not trigger)
        return Evidence(len(names["names"] & {*r.actors, *r.places}),
                        len(names["places"] & set(r.places)), trigger, nouns, trigger or named)

    def match(self, r: Report, ev: Evidence | None = None,
              verbs: int = 1) -> tuple[int, int] | None:
        """(evidence score, kind) of a match; None: not this group's event.

        A coarser report, or one of the same dates longer than a week, needs
        strong evidence or a trigger no other group in its dates has (``verbs``:
        how many groups there share its trigger; "breaking his leg in May": the
        only "break"; a noun naming the trigger counts with a shared name: "the
        signing in Cartagena"). A report naming other people than the group, and
        no name it has, is another event (two meetings on one day).
        """
        ev = self.evidence(r) if ev is None else ev
        if r.anaphoric and (r.start, r.end) == (self.start, self.end) and (
                r.article_id, r.start) in self._anchors:
            return ev.score, SAME
        if not ev.names and self.others(r):
            return None
        keyed = ev.trigger or ev.verb and ev.names > 0
        enough = ev.strong or keyed and verbs <= 1
        if (r.start, r.end) == (self.start, self.end):
            weak = ev.score > 0 and r.days <= MAX_MERGE_DAYS
            return (ev.score, SAME) if weak or enough else None
        if r.start <= self.start and self.end <= r.end and r.days <= MAX_WITHIN_DAYS:
            return (ev.score, WITHIN) if enough else None
        return None

    def evidence_of(self, other: Group) -> Evidence | None:
        """The strongest evidence one of ``other``'s day-level reports shares with the group,
        if strong."""
        found = [ev for m in other.members if m.days == 1 and (ev := self.evidence(m)).strong
                 and not (self.others(m) and set(m.people) - self._names["people"])]
        return max(found, key=lambda ev: ev.score, default=None)

    def others(self, r: Report) -> set[str]:
        """The group's people ``r`` does not name, when ``r`` names people at all."""
        return self._names["people"] - set(r.people) if r.people else set()

    def absorb(self, other: Group) -> None:
        """Take the reports of ``other``, an event dated another day."""
        for m in other.members:
            self.add(m, CONFLICT if m.days == 1 else WITHIN)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def row(self) -> dict[str, Any]:
        rep = max(self.members, key=lambda m: (not m.anaphoric, bool(m.places), len(m.actors),
                                                -m.days, -_ordinal(m.published)))
        everyone = [rep, *(m for m in self.members if m is not rep)]
        start, end, granularity, conflicting = self.dates()
        by_time = sorted(everyone, key=lambda m: (_ordinal(m.published), m.article_id))
        articles = list(dict.fromkeys(m.article_id for m in by_time))
        exact = [m for m in everyone if (m.start, m.end) == (start, end)] or everyone
        latest = [m.status for m in exact if m.article_id == articles[-1]] or [
            m.status for m in everyone if m.article_id == articles[-1]]
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
            "first_published": by_time[0].published,
            "conflicting_dates": SEP.join(d.isoformat() for d in conflicting),
            "conflict": bool(conflicting), "dates": self.dates_text(),
            "reports": SEP.join(dict.fromkeys(_describe(m) for m in by_time)),
        }

    def dates(self) -> tuple[dt.date, dt.date, str, list[dt.date]]:
        """The event's dates, granularity, and the other days reports give.

        With day-level reports, the day most articles give wins (ties: the
        earliest report's); the group's dates otherwise.
        """
        days = [m for m in self.members if m.days == 1]
        if not days:
            rep = min(self.members, key=lambda m: m.days)
            exact = (rep.start, rep.end) == (self.start, self.end)
            return self.start, self.end, rep.granularity if exact else "range", []
        votes: dict[dt.date, set[str]] = {}
        for m in sorted(days, key=lambda m: _ordinal(m.published)):
            votes.setdefault(m.start, set()).add(m.article_id)
        best = max(votes, key=lambda d: len(votes[d]))
        return best, best, "day", sorted(d for d in votes if d != best)

    def dates_text(self) -> str:
        """Every date the reports give, with the articles behind each
        ("2022-08-01: a, b; 2022-08-02: c"), finest first."""
        spans: dict[tuple[dt.date, dt.date], list[str]] = {}
        for m in sorted(self.members, key=lambda m: (m.days, m.start, _ordinal(m.published))):
            spans.setdefault((m.start, m.end), []).append(m.article_id)
        return SEP.join(f"{_span(*s)}: {', '.join(dict.fromkeys(a))}" for s, a in spans.items())


def merge_reports(reports: list[Report], window: int = DEFAULT_WINDOW) -> list[Group]:
    """Group the reports of each event.

    Finest dates first, each report joins the group it shares the most evidence
    with (same dates, or a coarser report holding the group's); then day-level
    events up to ``window`` days apart merge on strong evidence, the one fewer
    articles date into the other, as a conflict.
    """
    groups = _merge_dates(reports)
    return _merge_conflicts(groups, window) if window > 0 else groups


def _merge_dates(reports: list[Report]) -> list[Group]:
    groups: list[Group] = []
    by_day: dict[int, list[Group]] = {}  # day ordinal -> groups of at most a week over it
    by_span: dict[tuple[dt.date, dt.date], list[Group]] = {}
    order = sorted(reports, key=lambda r: (r.days, _ordinal(r.published), r.article_id,
                                           r.sentence_id, r.start_char))
    for r in order:
        near = by_span.get((r.start, r.end), [])
        if r.days <= MAX_WITHIN_DAYS:
            near = [*near, *(g for d in range(r.start.toordinal(), r.end.toordinal() + 1)
                             for g in by_day.get(d, []))]
        evidence = [(g, g.evidence(r)) for g in dict.fromkeys(near)]
        verbs = sum(ev.verb for _, ev in evidence)
        scored = [(m, -i, g) for i, (g, ev) in enumerate(evidence)
                  if (m := g.match(r, ev, verbs)) is not None]
        if scored:
            (_, kind), _, group = max(scored, key=lambda s: s[:2])
            group.add(r, kind)
            continue
        groups.append(group := Group([r]))
        if r.days <= MAX_MERGE_DAYS:
            for d in range(r.start.toordinal(), r.end.toordinal() + 1):
                by_day.setdefault(d, []).append(group)
        else:
            by_span.setdefault((r.start, r.end), []).append(group)
    return groups


def _merge_conflicts(groups: list[Group], window: int) -> list[Group]:
    """Merge day-level events up to ``window`` days apart that are one event told two
    ways: strong evidence, and no article dating both (it would give one event two days)."""
    days = [g for g in groups if g.days == 1]
    by_day: dict[int, list[Group]] = {}
    for g in days:
        by_day.setdefault(g.start.toordinal(), []).append(g)
    absorbed: set[int] = set()
    changed: set[int] = set()
    for g in sorted(days, key=lambda g: (len(g.articles), _ordinal(g.first_published))):
        if id(g) in changed:
            continue
        near = [h for d in range(g.start.toordinal() - window, g.start.toordinal() + window + 1)
                if d != g.start.toordinal() for h in by_day.get(d, [])
                if id(h) not in absorbed and len(h.articles) >= len(g.articles)
                and not h.articles & g.articles]
        scored = [(ev.score, -i, h) for i, h in enumerate(near)
                  if (ev := h.evidence_of(g)) is not None]
        if scored:
            _, _, host = max(scored, key=lambda s: s[:2])
            host.absorb(g)
            absorbed.add(id(g))
            changed.add(id(host))
    return [g for g in groups if id(g) not in absorbed]


def _says(verb: str, text: str) -> bool:
    """Whether a form of ``verb`` (a lemma) is a word of ``text``: "suspend" in
    "suspending", "close" in "closing"; lemmas under four letters never match."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}\w*", text, re.I) is not None


def _ordinal(d: dt.date | None) -> int:
    return d.toordinal() if d is not None else dt.date.max.toordinal()


def _span(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def _describe(r: Report) -> str:
    return f"{r.source or r.article_id}: '{r.text}' → {_span(r.start, r.end)}"


def _collapse_surnames(names: Iterable[str]) -> list[str]:
    """Unique names; a one-word name that ends a longer one is dropped ("Karsten")."""
    unique = list(dict.fromkeys(names))
    full = [n for n in unique if " " in n]
    return [n for n in unique if " " in n or not any(f.endswith(" " + n) for f in full)]


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
