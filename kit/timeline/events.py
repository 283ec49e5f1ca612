"""Timelines: resolved dates, the events they date, merged across articles.

:func:`resolved_dates` resolves every time expression of ``ann.dates`` against
its article's publication date (:func:`kit.timeline.resolve.resolve`) and keeps the
explanation. :func:`dated_clauses` says, for each, whether it dates an event
and if not why (``kept_out``). :func:`events` merges the reports of one event
across articles; :func:`event_reports` lists those reports, one row each.

An **event** is a clause with a resolved date in which something acts (a
named actor, a group, an event noun such as "the talks", or a pronoun) and
whose verb says that something happened (:mod:`kit.timeline.reports`). Dates in
stamps ("Updated ..."), headers, bylines, captions ("Photo: ...") and
datelines, clauses on "be" and interviews ("spoke to NBC News") date no event
(:mod:`kit.timeline.clauses`); a caption's date may still support, with its
article, an event the articles report. A date after "since" or "by" dates one (the
start, the deadline) unless another date dates its clause ("met last week,
their first meeting since Dec. 4") or the clause tells a state since then ("have lived in
peace since 1961": a perfect, present, stative or lasting verb).

**Merging** (:mod:`kit.timeline.merge`): reports of one event (shared actors,
place, trigger or event noun) merge when their dates overlap, when a coarser
report ("in July") holds the event's day, or when two day-level reports are up
to ``tolerance_days`` apart (one outlet a day off: the same act, or one
speaker's statement on one matter). Then the event keeps every date with its
articles (``dates``), the day most articles give is its date, the others are
``conflicting_dates`` and ``conflict`` is true.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.actors import alias_key, with_actor_tables
from kit.extract.datelines import article_openings, dateline_date, datelines_in
from kit.lexicon.wordlists import words, words_in_any
from kit.schema import coverage_of, outlets, records
from kit.timeline.calendar_math import ordinal
from kit.timeline.clauses import caption_opening, furniture
from kit.timeline.context import DIALOGUE_DASHES, Mention, in_dialogue, resolve_article
from kit.timeline.evidence import Report, reporting
from kit.timeline.merge import DEFAULT_WINDOW, Group, merge_reports
from kit.timeline.merge import MAX_MERGE_DAYS as MAX_MERGE_DAYS  # re-exported: public constants
from kit.timeline.merge import SEP as SEP
from kit.timeline.merge import STATUSES as STATUSES
from kit.timeline.reports import (
    as_date,
    in_a_dateline,
    inputs,
    opt,
    read_reports,
    sentence_lookup,
)

if TYPE_CHECKING:
    from kit.actors import Aliases

DATE_COLUMNS = [
    "article_id", "sentence_id", "start_char", "end_char", "text", "start", "end",
    "granularity", "resolved", "explanation", "published", "label", "tense", "verb", "cue", "rule",
    "quoted", "after",
]
EVENT_COLUMNS = [
    "event_id", "start", "end", "granularity", "status", "actors", "place", "side", "trigger",
    "summary", "evidence", "article_id", "sentence_id", "explanation", "articles", "sources",
    "languages", "n_sources", "n_sentences", "first_report", "first_published", "conflicting_dates", "conflict",
    "dates", "reports",
]
REPORT_COLUMNS = [
    "event_id", "article_id", "sentence_id", "start_char", "end_char", "text", "start", "end",
    "granularity", "source", "language", "published", "agrees",
]
# Word list event_modifiers (kit/lexicon/data/words.csv): "last" + "Friday".
# the extractor's columns resolved_dates passes on after DATE_COLUMNS (kit.extract.dates)
GRAMMAR_COLUMNS = ["clause_start", "clause_end", "subject_start", "subject_end", "implied_subject",
                   "noun", "reporting", "names_thing"]


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
        One row per expression: ``DATE_COLUMNS`` (+ the extractor's clause and
        subject offsets and dated noun, ``GRAMMAR_COLUMNS``). ``start``/``end`` are ``datetime.date`` (inclusive) or
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
    if _derivable(ann):  # once per Annotations: events and
        # dated_clauses read it too; without the table, the advice below says how to get it
        return ann.derived(("resolved_dates",), ["articles", "sentences", "dates"],
                           lambda: _resolved_dates(ann), persist=__name__).copy()
    return _resolved_dates(ann)


def _resolved_dates(ann: Any) -> pd.DataFrame:
    dates = _dates_table(ann)
    arts = ann.articles
    published = {a: as_date(p) for a, p in zip(arts["article_id"].tolist(), arts["published"].tolist())}
    sentences = sentence_lookup(ann)
    openings = article_openings(sentences)
    datelines = datelines_in(openings)
    rows = []  # an article at a time: chains ("two days later") count from the dates before them
    by_article: dict[str, list[dict[str, Any]]] = {}
    for record in records(dates):  # one read of the table: a to_dict per article is slow on Arrow strings
        by_article.setdefault(record["article_id"], []).append(record)
    for article, group in by_article.items():
        group.sort(key=lambda r: r["start_char"])
        pub = published.get(article)
        mentions = [_mention(r, sentences.get((article, int(r["sentence_id"])), ("", 0)),
                             _in_a_dateline(r, sentences, datelines),
                             _in_a_caption(r, sentences), _dash_before(r, sentences),
                             _goes_on_a_line(r, sentences)) for r in group]
        filed = next((found for span in datelines.get(article, [])
                      if (found := dateline_date(openings[article], span))), "")
        for row, m, res in zip(group, mentions, resolve_article(mentions, pub, filed)):
            rows.append({**row, "quoted": m.quoted,  # a line of dialogue's too (:func:`in_dialogue`)
                         "start": res.start, "end": res.end, "granularity": res.granularity,
                         "resolved": res.resolved, "explanation": res.explanation, "published": pub,
                         "rule": res.rule})
    frame = pd.DataFrame(rows, columns=[*DATE_COLUMNS, *GRAMMAR_COLUMNS])
    return frame.sort_values(["article_id", "start_char"], kind="stable").reset_index(drop=True)


def dated_clauses(ann: Any, actors: pd.DataFrame | None = None, *,
                  aliases: Aliases = None) -> pd.DataFrame:
    """:func:`resolved_dates` with ``kept_out``: "" when the date dates an event, else why not.

    The reasons are :data:`kit.timeline.clauses.KEPT_OUT`: "unresolved", "stamp",
    "header", "byline", "caption", "dateline", "quoted" (inside a quotation: the
    speaker's words), "bound" ("since Dec. 4" in a clause
    another date dates), "stative verb" ("be"), "interview" ("spoke to NBC News"),
    "no participant", "names a thing" (a bare year that names the noun it modifies: "under
    the 1960 electoral law", "la Constitución de 1998"), "negated" ("did not meet on
    Friday"), "superseded plan" ("had been due to end on Sunday"), "continuation" ("into
    Friday morning" after "through Thursday night": :mod:`kit.timeline.unrealised`),
    "unnamed source" (a statement of a spokesman or sources the article does not name that
    tells of no event: "a spokesman said last night that the watch will be kept up"), "state"
    (a state since the date, no event on it: "the land they have lived in since 1961").
    Parameters as for :func:`events`.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> clauses = dated_clauses(ann)
    >>> clauses.loc[clauses["text"] == "earlier this month", "kept_out"].tolist()
    ['interview']
    """
    def make() -> pd.DataFrame:
        reasons, _ = _reports(ann, actors, aliases)
        return resolved_dates(ann).assign(kept_out=reasons)

    if actors is None and _derivable(ann):  # once per Annotations, kept for re-runs
        return ann.derived(("dated_clauses", alias_key(aliases)), _clause_tables(ann), make,
                           persist=__name__).copy()
    return make()


def events(ann: Any, actors: pd.DataFrame | None = None, *, aliases: Aliases = None,
           merge: bool = True, tolerance_days: int = DEFAULT_WINDOW) -> pd.DataFrame:
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
        The window: how many days apart two day-level reports of one event may
        be (they are then a ``conflict``). 0 never merges different days.

    Returns
    -------
    pandas.DataFrame
        ``EVENT_COLUMNS``, sorted by date; lists are "; "-joined strings.
        ``dates`` gives every date the reports give with the articles behind
        it ("2022-08-01: a, b; 2022-08-02: c"); ``conflict`` is true when they
        give different days, the other days being ``conflicting_dates``.
        ``sources`` lists the outlets of the articles that report the event and
        ``languages`` their languages; ``n_sources`` counts the articles,
        ``n_sentences`` the sentences they report it in.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> events(ann)[["start", "actors", "n_sources"]].head(1).to_dict("records")
    [{'start': datetime.date(2023, 12, 27), 'actors': 'United States; Mexico', 'n_sources': 1}]
    """
    def make() -> pd.DataFrame:
        language = _languages(ann)
        rows = [{"event_id": event_id, **row,
                 "languages": coverage_of(language.get(a, "") for a in row["articles"].split(SEP))}
                for event_id, _, row in _timeline(ann, actors, aliases, merge, tolerance_days)]
        return pd.DataFrame(rows, columns=EVENT_COLUMNS)

    if actors is None and _derivable(ann):  # once per Annotations, kept for re-runs
        key = ("events", alias_key(aliases), merge, tolerance_days)
        return ann.derived(key, _clause_tables(ann), make, persist=__name__).copy()
    return make()


def event_reports(ann: Any, actors: pd.DataFrame | None = None, *, aliases: Aliases = None,
                  merge: bool = True, tolerance_days: int = DEFAULT_WINDOW) -> pd.DataFrame:
    """The reports behind each event of :func:`events` (same parameters), one row each.

    Returns
    -------
    pandas.DataFrame
        ``REPORT_COLUMNS``: the event's ``event_id``, where the report stands
        (``article_id``, ``sentence_id``, the date expression's offsets and
        ``text``), the date it gives (``start``, ``end``, ``granularity``), the
        article's ``source``, ``language`` and ``published``, and ``agrees``: false when it
        gives a day other than the event's (a conflict).

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> event_reports(ann)[["event_id", "text", "agrees"]].head(1).to_dict("records")
    [{'event_id': 'E001', 'text': 'Dec. 27', 'agrees': True}]
    """
    rows, language = [], _languages(ann)
    for event_id, group, event in _timeline(ann, actors, aliases, merge, tolerance_days):
        for m in group.members:
            agrees = m.start <= event["end"] and event["start"] <= m.end
            rows.append({"event_id": event_id, **{c: m.row.get(c) for c in REPORT_COLUMNS[1:]},
                         "source": m.source, "language": language.get(m.article_id, ""),
                         "published": m.published, "agrees": agrees})
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def _languages(ann: Any) -> dict[str, str]:
    """Each article's language ("" where the articles table gives none)."""
    table = outlets(ann.articles)
    return dict(zip(table["article_id"].tolist(), table["language"].tolist()))


def _timeline(ann: Any, actors: pd.DataFrame | None, aliases: Aliases, merge: bool,
              window: int) -> list[tuple[str, Group, dict[str, Any]]]:
    """The groups of reports with their event ids and rows, sorted by date."""
    _, reports = _reports(ann, actors, aliases)
    groups = merge_reports(reports, window) if merge else [
        Group([r]) for r in reports if not r.support]
    rows = [(g, g.row()) for g in groups]
    rows.sort(key=lambda gr: (gr[1]["start"], gr[1]["end"], ordinal(gr[1]["first_published"]),
                              gr[1]["article_id"]))
    return [(f"E{i + 1:03d}", g, row) for i, (g, row) in enumerate(rows)]


def _reports(ann: Any, actors: pd.DataFrame | None,
             aliases: Aliases) -> tuple[list[str], list[Report]]:
    """:func:`kit.timeline.reports.read_reports` of ``ann``'s resolved dates: read once per
    Annotations and alias table when no registry is given (:func:`dated_clauses` and
    :func:`events` read the same clauses; merging never changes a report)."""
    def make() -> tuple[list[str], list[Report]]:
        return read_reports(resolved_dates(ann), inputs(ann, actors, aliases))

    if actors is None and _derivable(ann):
        return ann.derived(("reports", alias_key(aliases)), _clause_tables(ann), make)
    return make()


def _derivable(ann: Any) -> bool:
    """Whether what is read from ``ann``'s dates can be kept per Annotations (without
    the table, :func:`resolved_dates`' advice says how to get it)."""
    return hasattr(ann, "derived") and "dates" in ann.tables


def _clause_tables(ann: Any) -> list[str]:
    """The tables the dated clauses are read from."""
    return with_actor_tables(ann, "articles", "sentences", "mentions", "dates")


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


def _in_a_dateline(row: dict[str, Any], sentences: dict[tuple[str, int], tuple[str, int]],
                   datelines: dict[str, list[tuple[int, int]]]) -> bool:
    key = (row["article_id"], int(row["sentence_id"]))
    return key in sentences and in_a_dateline(int(row["start_char"]), key, sentences, datelines)


def _in_a_caption(row: dict[str, Any], sentences: dict[tuple[str, int], tuple[str, int]]) -> bool:
    """Whether the date stands in a photo caption (:func:`kit.timeline.clauses.furniture`:
    "Photo: ...", or a line a photo credit closes), whose present is as often past; also
    when the parse made the caption's cue a sentence of its own ("Photo:" | "Residents
    inspect the block on Tuesday.")."""
    key = (row["article_id"], int(row["sentence_id"]))
    following = sentences.get((key[0], key[1] + 1), ("", 0))[0]
    previous = sentences.get((key[0], key[1] - 1), ("", 0))[0].strip()
    return furniture(sentences.get(key, ("", 0))[0], str(row["text"]), key[1], following) == "caption" \
        or (caption_opening(previous) and len(previous.split()) <= 2)


def _dash_before(row: dict[str, Any], sentences: dict[tuple[str, int], tuple[str, int]]) -> bool:
    """Whether the sentence before the date's ends on a dash that opens a line, written against
    the first word of the date's: the opening of a line of dialogue the parse cut off, as a
    sentence of its own ("—" | "Hoy es un día de paz —dijo Ventel") or, as kit's sentences
    join a wordless span to the sentence before it, at the end of that one ("... el jueves.\n\n—"
    | "Hoy es un día de paz"), an empty sentence aside. Not a dash after a word ("Lima.—El":
    a dateline's)."""
    article, sid = row["article_id"], int(row["sentence_id"])
    own, start = sentences.get((article, sid), ("", 0))
    start += len(own) - len(own.lstrip())
    for before in range(sid - 1, max(-1, sid - 3), -1):
        text, offset = sentences.get((article, before), ("", 0))
        if text.strip():
            said = text.rstrip()
            # written against the line's first word: "— El rey firmó", a dateline's, is none
            return said[-1] in DIALOGUE_DASHES and offset + len(said) == start and (len(said) == 1 or said[-2].isspace())
    return False


def _goes_on_a_line(row: dict[str, Any], sentences: dict[tuple[str, int], tuple[str, int]]) -> bool:
    """Whether the date's sentence starts on the line of the sentence before it, no line break
    between the two ("LIMA, 5 ago.—El presidente firmó hoy ...", the parse cutting after the
    dateline): a dash opening it is the dateline's, no line of dialogue, which opens a
    paragraph. Unknown (False) where the two sentences' characters do not meet."""
    article, sid = row["article_id"], int(row["sentence_id"])
    own, start = sentences.get((article, sid), ("", 0))
    text, offset = sentences.get((article, sid - 1), ("", 0))
    if sid == 0 or not text.strip() or offset + len(text) != start or own.lstrip()[:1] not in DIALOGUE_DASHES:
        return False  # only a dash opening the sentence may be a dateline's
    between = text[len(text.rstrip()):] + own[:len(own) - len(own.lstrip())]
    return "\n" not in between


def _mention(row: dict[str, Any], sentence: tuple[str, int], dateline: bool = False,
             caption: bool = False, dialogue: bool = False, continued: bool = False) -> Mention:
    """The date row as :func:`kit.timeline.context.resolve_article` reads it, with where its
    expression starts in its sentence (``sentence``: its text and start offset) and whether
    it stands in the article's ``dateline`` or a ``caption``; whether its verb reports
    what was said (:func:`kit.timeline.evidence.reporting`) or plans an act
    (``planning_verbs``, ``scheduling_words``); whether it is said in a line of dialogue
    (:func:`kit.timeline.context.in_dialogue`; ``dialogue``: the line's dash was cut off before
    it, ``continued``: its sentence goes on the line before it, so a dash opening it is none)."""
    expression, (text, start) = _expression(row), sentence
    offset = int(row["start_char"]) - start - (len(expression) - len(str(row["text"])))
    return Mention(expression, int(row["sentence_id"]), opt(row.get("tense")),
                   (opt(row["cue"]) or "") if "cue" in row else None,  # "": the extractor saw none
                   text, bool(opt(row.get("quoted")) or False) or not continued and in_dialogue(text, offset, dialogue),
                   bool(opt(row.get("noun"))), offset,
                   bool(opt(row.get("after")) or False), dateline, caption, reporting(row),
                   _planning(row))


def _planning(row: dict[str, Any]) -> bool:
    """Whether the date's verb plans an act ("set", "scheduled", "previsto")."""
    return row.get("verb") in words_in_any("planning_verbs") | words_in_any("scheduling_words")


def _expression(row: dict[str, Any]) -> str:
    """The entity text, with a modifier spaCy left outside it ("last" + "Friday")."""
    text, cue = str(row["text"]), opt(row.get("cue"))
    modifier = cue in words("event_modifiers")
    return f"{cue} {text}" if modifier and not text.lower().startswith(cue) else text
