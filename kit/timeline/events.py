"""Timelines: resolved dates, and the events they date, merged across articles.

:func:`resolved_dates` resolves every time expression of ``ann.dates`` against
its article's publication date (:func:`kit.timeline.resolve.resolve`) and keeps the
explanation. :func:`events` turns dated clauses into events and merges the
reports of one event across articles.

An **event** is a clause with a resolved date and at least one actor (a
PERSON / ORG / GPE / NORP mention in the clause that is not used as a place).
Actors and places are named as everywhere else in kit: with ``ann.roles`` and
``ann.sources``, by the actor registry (:func:`kit.counts.entity_mentions`:
"Sunak" in one article and "Rishi Sunak" in another are one actor), else by
:mod:`kit.lexicon.canonical` (merged within each article only).
GPE / LOC / FAC mentions after "in", "at", "near" or "flew to" ("talks that
began *in Mexico*") are the event's place, not actors; with ``ann.roles``,
names inside titles are not actors and actors get their ``side``. Dates after
"since", "until", "before", "after" or "by" bound a span and date no event.

A clause with no date of its own that starts with a definite event noun ("The
talks, to be attended by ...") refers back: it takes the day-level date of the
previous sentence and joins that sentence's event.

**Merging.** Two reports are the same event when their dates overlap, both
spans are at most a week long (or identical), and they share an actor or a
place. Two day-level reports up to ``tolerance_days`` apart that share the
place and two actors are also merged: the date most articles give wins and
the others are listed in ``conflicting_dates`` (:mod:`kit.timeline.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from kit.counts.mentions import entity_mentions, has_actor_tables
from kit.lexicon.wordlists import words
from kit.timeline.merge import MAX_MERGE_DAYS as MAX_MERGE_DAYS  # re-exported: public constants
from kit.timeline.merge import SEP as SEP
from kit.timeline.merge import STATUSES as STATUSES
from kit.timeline.merge import Group, Report, merge_reports
from kit.timeline.resolve import resolve

if TYPE_CHECKING:
    from kit.actors.registry import Aliases

DATE_COLUMNS = [
    "article_id", "sentence_id", "start_char", "end_char", "text", "start", "end",
    "granularity", "resolved", "explanation", "published", "label", "tense", "verb", "cue", "rule",
]
EVENT_COLUMNS = [
    "event_id", "start", "end", "granularity", "status", "actors", "place", "side", "trigger",
    "summary", "evidence", "article_id", "sentence_id", "explanation", "articles", "sources",
    "n_sources", "first_report", "first_published", "conflicting_dates", "reports",
]
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Word lists (kit/lexicon/data/words.csv): boundary_cues (a date after "since" or
# "until" bounds an event, it does not date it) and event_modifiers ("last" + "Friday").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|inside|outside)|\b(?:flew|flown|travell?ed|went|came|arrived|returned|"
    r"headed|trip|visit|visits|visited) (?:back )?to)\s+(?:the\s+)?$", re.I)
_ANAPHOR = re.compile(
    r"^(?:but |and |so )?(?:the|these|those|that|this|its|their) (?:\w+ )?(?:talks|meetings?|"
    r"discussions|negotiations|summit|visit|round|session|conference)\b", re.I)


def resolved_dates(ann: Any) -> pd.DataFrame:
    """Resolve every time expression in ``ann.dates`` against its publication date.

    Parameters
    ----------
    ann:
        :class:`kit.schema.Annotations` (tables ``articles``, ``sentences``,
        ``dates``).

    Returns
    -------
    pandas.DataFrame
        One row per expression: ``DATE_COLUMNS`` (+ the extractor's clause
        offsets). ``start``/``end`` are ``datetime.date`` (inclusive) or
        ``None``; ``explanation`` says why.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> friday = resolved_dates(ann).iloc[0]
    >>> friday["text"], friday["start"]
    ('Friday', datetime.date(2024, 1, 19))
    >>> friday["explanation"]
    "'Friday', future tense, published Thu 2024-01-18 → Fri 2024-01-19 (next on or after publication)"
    """
    dates = _dates_table(ann)
    arts = ann.articles
    published = {a: _as_date(p) for a, p in zip(arts["article_id"], arts["published"])}
    sentences = _sentence_lookup(ann)
    rows, seen = [], {}  # the same expression, date, tense and cue resolve alike
    for row in dates.to_dict("records"):
        pub = published.get(row["article_id"])
        sentence = sentences.get((row["article_id"], row["sentence_id"]), ("", 0))[0]
        cue = (_opt(row["cue"]) or "") if "cue" in row else None  # "": the extractor saw none
        key = (_expression(row), pub, _opt(row.get("tense")), cue)
        if key not in seen or cue is None:
            seen[key] = resolve(key[0], pub, tense=key[2], sentence=sentence, cue=cue)
        res = seen[key]
        rows.append({**row, "start": res.start, "end": res.end, "granularity": res.granularity,
                     "resolved": res.resolved, "explanation": res.explanation, "published": pub,
                     "rule": res.rule})
    frame = pd.DataFrame(rows, columns=[*DATE_COLUMNS, "clause_start", "clause_end"])
    return frame.sort_values(["article_id", "start_char"], kind="stable").reset_index(drop=True)


def events(ann: Any, actors: pd.DataFrame | None = None, *, aliases: Aliases = None,
           merge: bool = True, tolerance_days: int = 1) -> pd.DataFrame:
    """Dated events with their actors and place, merged across articles.

    Parameters
    ----------
    ann:
        Annotations with ``articles``, ``sentences``, ``mentions``, ``dates``
        (and optionally ``roles``).
    actors:
        Actor registry with columns ``canonical`` (or ``actor``/``name``) and
        ``side``; gives each event its ``side``. Default: ``ann.roles``' sides.
    aliases:
        ``{alias: canonical}`` or an ``alias,canonical`` CSV, as for
        :func:`kit.actors.actor_registry`: the actor names are the registry's.
    merge:
        Merge reports of the same event (default); ``False`` gives one row per
        dated clause.
    tolerance_days:
        How far apart two day-level reports of one event may be (then listed
        as ``conflicting_dates``).

    Returns
    -------
    pandas.DataFrame
        ``EVENT_COLUMNS``, sorted by date; lists are "; "-joined strings.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> events(ann)[["start", "actors", "n_sources"]].head(1).to_dict("records")
    [{'start': datetime.date(2023, 12, 27), 'actors': 'United States; Mexico', 'n_sources': 1}]
    """
    dates = resolved_dates(ann)
    inputs = _Inputs(_sentence_lookup(ann), _mentions_by_article(ann, actors, aliases),
                     ann.articles.set_index("article_id"))
    reports = [*_clause_reports(dates, inputs), *_anaphoric_reports(dates, inputs)]
    groups = merge_reports(reports, tolerance_days) if merge else [Group([r]) for r in reports]
    frame = pd.DataFrame([g.row() for g in groups], columns=EVENT_COLUMNS[1:])
    frame = frame.sort_values(["start", "end", "first_published", "article_id"], kind="stable")
    frame.insert(0, "event_id", [f"E{i + 1:03d}" for i in range(len(frame))])
    return frame.reset_index(drop=True)


# ---- inputs ----------------------------------------------------------------------------------


def _dates_table(ann: Any) -> pd.DataFrame:
    try:
        return ann.dates
    except AttributeError as exc:
        raise AttributeError(
            "kit.timeline.events needs the 'dates' table (kit.extract.dates, registered in "
            "kit.nlp.rows.EXTRACTORS), and these Annotations were made without it (e.g. "
            "tables=[]). Annotate with it: kit.annotate(articles, tables=['dates']), or "
            "tables=None for every table."
        ) from exc


def _opt(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def _as_date(value: Any) -> dt.date | None:
    value = _opt(value)
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _expression(row: dict[str, Any]) -> str:
    """The entity text, with a modifier spaCy left outside it ("last" + "Friday")."""
    text, cue = str(row["text"]), _opt(row.get("cue"))
    modifier = cue in words("event_modifiers")
    return f"{cue} {text}" if modifier and not text.lower().startswith(cue) else text


def _sentence_lookup(ann: Any) -> dict[tuple[str, int], tuple[str, int]]:
    s = ann.sentences
    return {(a, int(i)): (t, int(c)) for a, i, t, c in
            zip(s["article_id"], s["sentence_id"], s["text"], s["start_char"])}


class _Mention(NamedTuple):
    start: int
    end: int
    name: str
    actor: bool
    place: bool
    side: Any


def _mentions_by_article(ann: Any, registry: pd.DataFrame | None,
                         aliases: Aliases = None) -> dict[str, list[_Mention]]:
    """Each article's mentions, marked actor or place, with their side.

    Place is read locally ("in Mexico", "flew to Mexico"); ``ann.roles``, when
    present, gives sides and drops names inside titles ("White House adviser");
    with ``ann.sources`` too, names are the actor registry's.
    """
    m = entity_mentions(ann, aliases) if has_actor_tables(ann) else ann.mentions
    sentences = _sentence_lookup(ann)
    place = [lab in PLACE_LABELS and _place_position(sentences[(a, int(i))], c, e)
             for lab, a, i, c, e in zip(m["label"], m["article_id"], m["sentence_id"],
                                        m["start_char"], m["end_char"])]
    actor = m["label"].isin(list(ACTOR_LABELS)) & ~pd.Series(place, index=m.index, dtype=bool)
    side = pd.Series(None, index=m.index, dtype=object)
    roles = getattr(ann, "tables", {}).get("roles")
    if roles is not None and {"kind", "side"} <= set(roles.columns):
        keys = ["article_id", "start_char", "end_char"]
        kinds = m[keys].merge(roles[[*keys, "kind", "side"]].drop_duplicates(keys), how="left")
        actor &= ~kinds["kind"].eq("title").to_numpy()
        side = pd.Series(kinds["side"].to_numpy(), index=m.index, dtype=object)
    if registry is not None:
        name = next((c for c in ("canonical", "actor", "name") if c in registry), None)
        if name is None or "side" not in registry:
            raise ValueError(f"actors registry has columns {list(registry.columns)}; kit.timeline "
                             "needs 'canonical' (or 'actor'/'name') and 'side'")
        sides = dict(zip(registry[name], registry["side"]))
        side = pd.Series([sides.get(c, s) for c, s in zip(m["canonical"], side)], index=m.index)
    out: dict[str, list[_Mention]] = {}
    for a, *fields in zip(m["article_id"], m["start_char"], m["end_char"], m["canonical"],
                          actor, place, side):
        out.setdefault(a, []).append(_Mention(*fields))
    return out


def _place_position(sentence: tuple[str, int], start: int, end: int) -> bool:
    """After "in"/"at"/"flew to" and not the first half of a compound ("U.S.-Mexico")."""
    text, offset = sentence
    after = text[end - offset: end - offset + 1]
    return after not in ("-", "–") and bool(_PLACE_BEFORE.search(text[: max(0, start - offset)]))


# ---- reports: one dated clause each -----------------------------------------------------------


class _Inputs(NamedTuple):
    sentences: dict[tuple[str, int], tuple[str, int]]
    mentions: dict[str, list[_Mention]]
    articles: pd.DataFrame




def _clause_reports(dates: pd.DataFrame, inputs: _Inputs) -> Iterable[Report]:
    usable = dates[dates["resolved"] & ~dates["cue"].isin(sorted(words("boundary_cues")))]
    for row in usable.to_dict("records"):
        if _opt(row.get("clause_start")) is not None:
            lo, hi = int(row["clause_start"]), int(row["clause_end"])
        else:
            text, lo = inputs.sentences[(row["article_id"], row["sentence_id"])]
            hi = lo + len(text)
        report = _report(row, inputs, lo, hi)
        if report is not None:
            yield report


def _report(row: dict[str, Any], inputs: _Inputs, lo: int, hi: int,
            anaphoric: bool = False) -> Report | None:
    article = row["article_id"]
    inside = [m for m in inputs.mentions.get(article, []) if m.start >= lo and m.end <= hi]
    acting = [m for m in inside if m.actor]
    if not acting:
        return None
    text, offset = inputs.sentences[(article, int(row["sentence_id"]))]
    meta = inputs.articles.loc[article]
    return Report(
        row={**row, "tense": _opt(row.get("tense")), "verb": _opt(row.get("verb"))},
        actors=list(dict.fromkeys(m.name for m in acting)),
        places=list(dict.fromkeys(m.name for m in inside if m.place)),
        sides=sorted({str(m.side) for m in acting if _opt(m.side) not in (None, "")}),
        clause=text[max(0, lo - offset): hi - offset], evidence=text,
        published=_as_date(meta["published"]), source=str(_opt(meta["source"]) or ""),
        anaphoric=anaphoric,
    )


def _anaphoric_reports(dates: pd.DataFrame, inputs: _Inputs) -> Iterable[Report]:
    """Undated main clauses like "The talks, to be attended by X, ..." take the previous date."""
    first_clause = dates.groupby(["article_id", "sentence_id"])["clause_start"].min().to_dict()
    day = dates[dates["resolved"] & dates["granularity"].eq("day")
                & ~dates["cue"].isin(sorted(words("boundary_cues")))]
    last_day = {(r["article_id"], r["sentence_id"]): r for r in day.to_dict("records")}
    for (article, sentence), (text, offset) in inputs.sentences.items():
        row = last_day.get((article, sentence - 1))
        if row is None:
            continue
        clause = _opt(first_clause.get((article, sentence)))
        end = offset + len(text) if clause is None else min(offset + len(text), int(clause))
        anaphor = _ANAPHOR.match(text[: max(0, end - offset)])
        if anaphor is None:
            continue
        note = f"'{anaphor.group(0)}' refers back to '{row['text']}' in the previous sentence"
        row = {**row, "sentence_id": sentence, "explanation": f"{note}: {row['explanation']}"}
        report = _report(row, inputs, offset, end, anaphoric=True)
        if report is not None:
            yield report
