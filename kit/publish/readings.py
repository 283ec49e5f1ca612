"""Readings: what a corpus says, written by kit from its tables as Markdown.

Each notebook ends with a reading computed from the tables it shows, so a
site built on any folder of articles says only what those articles say:
:func:`entities_reading` (the most present actors), :func:`network_reading`
(the strongest ties, their evidence, the sides) and :func:`timeline_reading`
(the busiest dates, the date conflicts, the unnamed-source share).

The functions are pure: DataFrames in, a Markdown string out. Text from the
articles is escaped (:func:`escape`), so a name or a sentence can neither
format the page nor add markup to it. Evidence (an article id and a sentence
id) links to :data:`EVIDENCE_URL`; ``href=None`` prints the ids without links.
A notebook shows a reading with ``IPython.display.Markdown``.

Examples
--------
>>> import pandas as pd
>>> entities = pd.DataFrame({"canonical": ["Ana Ruiz"], "label": ["PERSON"], "mentions": [3],
...                          "as_actor": [2], "articles": [2], "example_article": ["a1"],
...                          "example_sentence": [4]})
>>> print(entities_reading(entities, href=None))
kit counts 3 mentions of 1 entity; 1 of them acts in at least one sentence. The most present actors (mentions, how many of them acting, articles, first mention):
<BLANKLINE>
- People:
  - **Ana Ruiz**: 3 mentions (2 acting) in 2 articles, a1:4
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from kit.links import page_stem
from kit.network.graph import COOCCURRENCE, INTERACTION
from kit.timeline.calendar_math import iso_span

EVIDENCE_URL = "articles/{article}.html#s{sentence}"
"""Where a sentence is read on the site: its article's page, anchored at the
sentence (``{article}``: the page's file name, :func:`kit.links.page_stem`). Relative to the site's root."""

LABEL_GROUPS = {
    "PERSON": "People", "ORG": "Organisations", "GPE": "Countries, cities and states",
    "NORP": "Nationalities and groups", "LOC": "Places", "FAC": "Buildings and sites",
}
"""Headings of the entity labels a reading lists, in this order; other labels follow."""

QUOTE_CHARS = 160
"""Longest evidence sentence a reading quotes; longer ones are cut at a word."""

CONFLICTS_LISTED = 20
"""Date conflicts a timeline reading lists, the most reported first; the events table has them all."""

ARTICLES_NAMED = 5
"""Articles a reading names behind each date of a conflict, earliest first; the others are counted."""

_HTML = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
_MARKDOWN = re.compile(r"([\\`*_\[\]{}|~$#!])")
_LINE_START = re.compile(r"^(\d*)([.)+=-])")


def escape(text: object) -> str:
    """``text`` as literal Markdown: no formatting, no markup, on one line.

    Examples
    --------
    >>> escape("<b>*Ruiz*</b> [said](x)")
    '&lt;b&gt;\\\\*Ruiz\\\\*&lt;/b&gt; \\\\[said\\\\](x)'
    """
    flat = _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()).translate(_HTML))
    return _LINE_START.sub(r"\1\\\2", flat)  # "1. ", "- " would start a list item


def shorten(text: object, limit: int = QUOTE_CHARS) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters.

    Examples
    --------
    >>> shorten("The talks went on for hours.", 15)
    'The talks went…'
    """
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if flat[limit - 1] != " ":  # cut inside a word: drop it
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def evidence(article_id: object, sentence_id: object, href: str | None = EVIDENCE_URL) -> str:
    """``article_id:sentence_id``, linked to the sentence when ``href`` is a template.

    Examples
    --------
    >>> evidence("a 1", 3)
    '[a 1:3](articles/a_1-042a5f2e.html#s3)'
    >>> evidence("a_1", 3, href=None)
    'a\\\\_1:3'
    """
    label = escape(f"{article_id}:{sentence_id}")
    if href is None:
        return label
    return f"[{label}]({href.format(article=page_stem(article_id), sentence=int(str(sentence_id)))})"


def article_link(article_id: object, label: str, href: str | None = EVIDENCE_URL) -> str:
    """``label`` (Markdown, already escaped) linked to the page of ``article_id``: ``href``
    up to its anchor; ``label`` alone when ``href`` is None or names a sentence before it.

    Examples
    --------
    >>> article_link("a 1", "a 1")
    '[a 1](articles/a_1-042a5f2e.html)'
    >>> article_link("a1", "a1", href=None)
    'a1'
    """
    page = (href or "").partition("#")[0]
    if not page or "{sentence}" in page:
        return label
    return f"[{label}]({page.format(article=page_stem(article_id))})"


def sentence_ids(text: object) -> list[tuple[str, int]]:
    """``(article_id, sentence_id)`` pairs of an ``"a:1; b:2"`` evidence list.

    Examples
    --------
    >>> sentence_ids("a1:3; b:2:5")
    [('a1', 3), ('b:2', 5)]
    """
    pairs = []
    for item in str(text).split(";"):
        article, _, sentence = item.strip().rpartition(":")
        if article and sentence.isdigit():
            pairs.append((article, int(sentence)))
    return pairs


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "0%"


def _label_order(labels: Iterable[str]) -> list[str]:
    known = [label for label in LABEL_GROUPS if label in set(labels)]
    return known + sorted(set(labels) - set(known))


def entities_reading(entities: pd.DataFrame, top: int = 3, href: str | None = EVIDENCE_URL) -> str:
    """The most present actors of an entity table, by label (Markdown).

    Parameters
    ----------
    entities:
        :func:`kit.entity_counts` (columns ``canonical``, ``label``,
        ``mentions``, ``as_actor``, ``articles``, ``example_article``,
        ``example_sentence``).
    top:
        Most entities listed per label.
    href:
        Evidence link template (:data:`EVIDENCE_URL`); None: no links.
    """
    if entities.empty:
        return "kit found no named entities in these articles."
    acting = pd.to_numeric(entities["as_actor"], errors="coerce").fillna(0).astype(int)
    n_actors = int((acting > 0).sum())
    shown = entities[acting > 0] if n_actors else entities
    head = (f"kit counts {_plural(int(entities['mentions'].sum()), 'mention')} of "
            f"{_plural(len(entities), 'entity', 'entities')}; ")
    head += (f"{n_actors} of them {'acts' if n_actors == 1 else 'act'} in at least one sentence. "
             "The most present actors (mentions, how many of them acting, articles, first mention):"
             if n_actors else "none of them acts in a sentence kit reads. The most mentioned names:")
    lines = [head, ""]
    for label in _label_order(shown["label"].astype(str)):
        rows = shown[shown["label"].astype(str) == label].sort_values(
            ["mentions", "articles", "canonical"], ascending=[False, False, True], kind="stable")
        lines.append(f"- {escape(LABEL_GROUPS.get(label, label))}:")
        lines += [
            f"  - **{escape(r.canonical)}**: {_plural(int(r.mentions), 'mention')}"
            + (f" ({int(r.as_actor)} acting)" if n_actors else "")
            + f" in {_plural(int(r.articles), 'article')}, "
            + evidence(r.example_article, r.example_sentence, href)
            for r in rows.head(top).assign(as_actor=acting).itertuples(index=False)
        ]
    return "\n".join(lines)


def network_reading(edges: pd.DataFrame, actors: pd.DataFrame, top: int = 5,
                    href: str | None = EVIDENCE_URL) -> str:
    """The strongest ties with their evidence, and the sides of the actors (Markdown).

    Parameters
    ----------
    edges:
        :func:`kit.network.edges_table` (columns ``source``, ``target``,
        ``source_name``, ``target_name``, ``kind``, ``verb``, ``weight``,
        ``articles``, ``negated``, ``sentences``, ``example``).
    actors:
        :func:`kit.actors.actor_registry` or :func:`kit.network.nodes_table`
        (columns ``actor_id``, ``name``, ``side``, ``named``, ``mentions``).
    top:
        Ties listed, strongest first, and sides listed.
    href:
        Evidence link template (:data:`EVIDENCE_URL`); None: no links.
    """
    side = dict(zip(actors["actor_id"], actors["side"].fillna("").astype(str), strict=True))
    lines = [_sides(actors, top)]
    if edges.empty:
        return lines[0] + "\n\nNo two actors are named in one sentence, and none acts on another."
    kinds = edges["kind"].astype(str).value_counts()
    lines += ["", f"The network has {_plural(len(edges), 'tie')} ("
              + ", ".join(f"{n} {escape(k)}" for k, n in kinds.items()) + ")."]
    for kind, heading in ((COOCCURRENCE, "Named together most often"),
                          (INTERACTION, "Acting on another most often")):
        ties = edges[edges["kind"].astype(str) == kind].sort_values(
            ["weight", "articles"], ascending=False, kind="stable").head(top)
        if ties.empty:
            continue
        cross = sum("" != side.get(s, "") != side.get(t, "") != ""
                    for s, t in zip(ties["source"], ties["target"], strict=True))
        lines += ["", f"{heading} ({cross} of these {_plural(len(ties), 'tie')} join two sides):", ""]
        lines += [_tie(r, side, href) for r in ties.itertuples(index=False)]
    return "\n".join(lines)


def _sides(actors: pd.DataFrame, top: int) -> str:
    named = actors[actors["named"].astype(bool)]
    sides = named["side"].fillna("").astype(str)
    placed = named[sides != ""].assign(side=sides[sides != ""])
    if placed.empty:
        return f"None of the {_plural(len(named), 'named actor')} is placed on a side."
    groups = sorted(placed.groupby("side"), key=lambda g: (-len(g[1]), -int(g[1]["mentions"].sum()), g[0]))
    parts = []
    for name, group in groups[:top]:
        most = group.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
        names = ", ".join(escape(n) for n in most["name"].head(3))
        parts.append(f"**{escape(name)}** ({_plural(len(group), 'actor')}: {names}"
                     + (", …" if len(group) > 3 else "") + ")")
    rest = f"; {_plural(len(groups) - top, 'other side')}" if len(groups) > top else ""
    return (f"Of {_plural(len(named), 'named actor')}, {len(placed)} stand on "
            f"{_plural(len(groups), 'side')}: " + "; ".join(parts) + rest
            + f"; the articles place {len(named) - len(placed)} on no side.")


def _tie(r: Any, side: dict[str, str], href: str | None) -> str:
    a = f"**{escape(r.source_name)}**" + _side_note(r.source_name, side.get(r.source, ""))
    b = f"**{escape(r.target_name)}**" + _side_note(r.target_name, side.get(r.target, ""))
    count = f"{_plural(int(r.weight), 'sentence')} of {_plural(int(r.articles), 'article')}"
    if str(r.kind) == COOCCURRENCE:
        what = f"{a} and {b}: named together in {count}"
    else:
        negated = int(r.negated or 0)
        what = f"{a} → {b} (*{escape(r.verb) or 'acts on'}*): in {count}" + (
            f", {negated} of them negated" if negated else "")
    ids = sentence_ids(r.sentences)
    links = ", ".join(evidence(x, s, href) for x, s in ids[:3]) + (", …" if len(ids) > 3 else "")
    example = f" “{escape(shorten(r.example))}”" if str(r.example) else ""
    return f"- {what} ({links}){example}"


def _side_note(name: str, side: str) -> str:
    return f" ({escape(side)})" if side and side != name else ""


def timeline_reading(events: pd.DataFrame, shares: pd.DataFrame, top: int = 3,
                     href: str | None = EVIDENCE_URL, reports: pd.DataFrame | None = None) -> str:
    """The busiest dates, the date conflicts and the unnamed-source share (Markdown).

    Parameters
    ----------
    events:
        :func:`kit.timeline.events` (columns ``start``, ``end``, ``status``,
        ``summary``, ``article_id``, ``sentence_id``, ``n_sources``,
        ``conflict``, ``dates``).
    shares:
        :func:`kit.actors.unnamed_share`, per article or for the corpus
        (columns ``article_id``, ``n_sentences``, ``attributions``,
        ``unnamed``, ``unnamed_sentences``, ``unnamed_share``).
    top:
        Dates listed, and events per date.
    href:
        Evidence link template (:data:`EVIDENCE_URL`); None: no links.
    reports:
        :func:`kit.timeline.event_reports` (columns ``event_id``, ``article_id``,
        ``sentence_id``, ``start``, ``end``): each article behind each date of a conflict
        links to its sentence giving that date, the dissenting ones too; without it
        (or an ``event_id`` column in ``events``), to its article's page.

    Every article a reading names links to its sentence or its page, and so does the
    figure of the article resting most on unnamed sources.
    """
    return "\n\n".join([_busiest(events, top, href), _conflicts(events, href, reports),
                        _unnamed(shares, href)])


def _event(r: Any, href: str | None) -> str:
    summary = escape(shorten(r.summary, 100))
    status = "" if str(r.status) == "happened" else f" ({escape(r.status)})"
    return f"“{summary}”{status}, {evidence(r.article_id, r.sentence_id, href)}"


def _busiest(events: pd.DataFrame, top: int, href: str | None) -> str:
    if events.empty:
        return "kit found no dated event in these articles."
    statuses = events["status"].astype(str).value_counts()
    head = (f"kit dates {_plural(len(events), 'event')} ("
            + ", ".join(f"{n} {escape(s)}" for s, n in statuses.items()) + ")")
    days = events[events["start"] == events["end"]]
    if days.empty:
        return head + "; none is dated to a single day."
    by_day = days.groupby("start").agg(n=("start", "size"), sources=("n_sources", "sum"))
    busiest = by_day.sort_values(["n", "sources"], ascending=False, kind="stable").head(top)
    lines = [head + f"; {len(days)} of them fall on a single day, over "
             f"{_plural(len(by_day), 'day')}. The busiest days:", ""]
    for day, row in busiest.iterrows():
        on_day = days[days["start"] == day].sort_values("n_sources", ascending=False, kind="stable")
        items = "; ".join(_event(r, href) for r in on_day.head(top).itertuples(index=False))
        more = f"; {len(on_day) - top} more" if len(on_day) > top else ""
        lines.append(f"- **{escape(day)}**: {_plural(int(row['n']), 'event')} "
                     f"({_plural(int(row['sources']), 'report')}): {items}{more}")
    return "\n".join(lines)


def _conflicts(events: pd.DataFrame, href: str | None, reports: pd.DataFrame | None = None) -> str:
    conflicts = events[events["conflict"].astype(bool)] if not events.empty else events
    if conflicts.empty:
        return ("kit found no event that two articles date differently. It compares the dates "
                "of the reports it merged into one event only: a report of the same event kept "
                "as an event of its own is not compared (see the events table).")
    lines = [f"{_plural(len(conflicts), 'event')} {'is' if len(conflicts) == 1 else 'are'} "
             "dated differently by different articles (kit keeps the date most articles give "
             "and lists the others):", ""]
    listed = conflicts.sort_values("n_sources", ascending=False, kind="stable").head(CONFLICTS_LISTED)
    said = _sentences_by_date(reports, set(listed["event_id"])) \
        if reports is not None and "event_id" in listed else {}
    for r in listed.itertuples(index=False):
        where = said.get(r.event_id, {}) if said else {}
        where.setdefault((iso_span(r.start, r.end), str(r.article_id)), int(r.sentence_id))
        lines.append(f"- {_event(r, href)}: dated {_dates(r.dates, href=href, sentences=where)}")
    if len(conflicts) > len(listed):
        lines.append(f"- and {len(conflicts) - len(listed)} more, less reported (the events table "
                     "lists every one)")
    return "\n".join(lines)


def _sentences_by_date(reports: pd.DataFrame, events: set[Any]) -> dict[Any, dict[tuple[str, str], int]]:
    """Per event of ``events``: the first sentence of each article giving each date
    (``(iso date, article_id) -> sentence_id``), from the event reports."""
    out: dict[Any, dict[tuple[str, str], int]] = {}
    rows = reports[reports["event_id"].isin(events)].sort_values(["event_id", "article_id", "sentence_id"],
                                                                 kind="stable")
    for event, article, sentence, start, end in zip(rows["event_id"], rows["article_id"], rows["sentence_id"],
                                                    rows["start"], rows["end"]):
        if pd.notna(start) and pd.notna(end) and pd.notna(sentence):
            out.setdefault(event, {}).setdefault((iso_span(_day(start), _day(end)), str(article)), int(sentence))
    return out


def _day(value: Any) -> Any:
    return value.date() if isinstance(value, pd.Timestamp) else value


def _dates(text: object, named: int = ARTICLES_NAMED, href: str | None = None,
           sentences: dict[tuple[str, str], int] | None = None) -> str:
    r"""``"d1: a, b; d2: c"`` (:attr:`kit.timeline.events` ``dates``) as Markdown prose,
    naming at most ``named`` articles behind each date; with ``href``, each linked to
    its sentence giving that date (``sentences``: ``(date, article) -> sentence``), else
    to its page.

    >>> print(_dates("2022-08-01: a, b, c; 2022-08-02: d", named=2))
    2022\-08-01 by a, b and 1 more article, 2022\-08-02 by d
    >>> print(_dates("2022-08-02: d", href=EVIDENCE_URL, sentences={("2022-08-02", "d"): 4}))
    2022\-08-02 by [d](articles/d.html#s4)
    """
    parts = []
    for item in str(text).split("; "):
        day, _, articles = item.partition(": ")
        ids = articles.split(", ") if articles else []
        more = len(ids) - named
        shown = [_named(a, day, href, sentences or {}) for a in ids[:named]]
        names = ", ".join(shown) + (f" and {_plural(more, 'more article')}" if more > 0 else "")
        parts.append(f"{escape(day)} by {names}" if ids else escape(day))
    return ", ".join(parts)


def _named(article: str, day: str, href: str | None, sentences: dict[tuple[str, str], int]) -> str:
    if href is None:
        return escape(article)
    if (day, article) in sentences:  # the article's name, linked to its sentence giving the date
        return f"[{escape(article)}]({href.format(article=page_stem(article), sentence=sentences[(day, article)])})"
    return article_link(article, escape(article), href)


def _unnamed(shares: pd.DataFrame, href: str | None = None) -> str:
    rows = shares[shares["article_id"].astype(str) != "all"] if len(shares) > 1 else shares
    attributions, unnamed = int(rows["attributions"].sum()), int(rows["unnamed"].sum())
    sentences, resting = int(rows["n_sentences"].sum()), int(rows["unnamed_sentences"].sum())
    if not attributions:
        return "No sentence gives a source for a claim (\"said\", \"according to\")."
    text = (f"**Unnamed sources**: {unnamed} of {_plural(attributions, 'attribution')} "
            f"({_percent(unnamed, attributions)}) name no one; {resting} of "
            f"{_plural(sentences, 'sentence')} ({_percent(resting, sentences)}) rest on an "
            "unnamed source.")
    sourced = rows[rows["attributions"] > 0]
    if len(sourced) > 1:
        most = sourced.sort_values(["unnamed_share", "unnamed"], ascending=False, kind="stable").iloc[0]
        figure = (f"{int(most['unnamed'])} of its {_plural(int(most['attributions']), 'attribution')} "
                  f"({_percent(int(most['unnamed']), int(most['attributions']))})")
        text += (f" The article resting most on them: {article_link(most['article_id'], escape(most['article_id']), href)}, "
                 f"{article_link(most['article_id'], figure, href)}.")
    return text
