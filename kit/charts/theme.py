"""kit's Altair theme: one look for every chart, registered on request, and one colour per name.

Colours
-------
A label, entity or side has the same colour in every chart of every page.
:data:`PALETTE` has twelve colours: the eight of Okabe and Ito, which
colour-blind readers tell apart, then four dark ones of Paul Tol's, apart from
those and from one another for most readers. The fixed vocabularies take the
palette in order: spaCy's named-entity labels (:data:`ENTITY_LABELS`) and the
statuses of events (:data:`STATUSES`), so no two of either share a colour. The
sides a site's charts colour (countries, groups, organisations an actor or an
event stands with) are named by the corpus: a notebook calls :func:`assign`
with :func:`side_weights` of its actor registry and events, and every side
takes a colour of its own, the most mentioned first, a joint side ("Mexico &
United States") after the single ones; only when there are more sides than
colours do the least mentioned share grey, the colour of "other". Every
notebook of a site assigns from the same tables, so the colours agree across
its pages. A name nothing assigned (outside a site) takes a colour by a stable
hash of it (SHA-256, never Python's salted ``hash()``), which another name may
share; charts keep their legends and tooltips to say which is which. Empty
names, "other" and "unknown" are grey. :func:`colour_scale` gives a chart an
explicit Vega-Lite domain/range built from the names in its data.

Examples
--------
>>> from kit.charts import theme
>>> theme.enable()          # registers "kit" with Altair and makes it active
>>> theme.disable()         # back to Altair's default
>>> theme.colour("Mexico") == theme.colour("Mexico"), theme.colour("unknown")
(True, '#999999')
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

import altair as alt
import pandas as pd

# the statuses of events, which a timeline colours when no side is known: one colour each
from kit.timeline import STATUSES as STATUSES

NAME = "kit"
FONT = "Helvetica, Arial, sans-serif"
# Okabe–Ito (distinguishable for colour-blind readers), then four of Paul Tol's dark colours
# (indigo, wine, olive, brown), apart from those: sides a site compares get one colour each.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
           "#332288", "#882255", "#999933", "#661100"]
GREY = "#999999"
"""The colour of no name: empty, "other", "unknown" (see :data:`NO_NAME`)."""
NO_NAME = frozenset({"", "other", "unknown", "none", "nan"})
"""Names (compared case-insensitively) that say no side or label is known."""
ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT")
"""spaCy's (OntoNotes) named-entity labels, in :data:`kit.counts.NAME_LABELS`' order:
one palette colour each (other labels are hashed like any name)."""
_FIXED = {**dict(zip(STATUSES, PALETTE)), **dict(zip(ENTITY_LABELS, PALETTE))}

COUNT: dict[str, Any] = {"format": "d", "tickMinStep": 1}
"""Axis and legend options of a count (mentions, sentences, articles): whole numbers only."""


def whole_steps(values: Iterable[Any], n: int = 4) -> list[int]:
    """Up to ``n`` whole numbers from the smallest to the largest of ``values``, for a legend.

    >>> whole_steps([1, 3, 2]), whole_steps([2, 2]), whole_steps([1, 100])
    ([1, 2, 3], [2], [1, 34, 67, 100])
    """
    numbers = [int(v) for v in pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce").dropna()]
    if not numbers:
        return []
    low, high = min(numbers), max(numbers)
    return sorted({round(low + (high - low) * i / max(n - 1, 1)) for i in range(n)})


def count_legend(values: Iterable[Any], **options: Any) -> alt.Legend:
    """The legend of a count (mentions, sentences, articles): the whole numbers of
    :func:`whole_steps`, given as its ``values``. A legend left to choose its own
    ticks takes fractions (1.5, 2.5 for counts of 1 to 3), which a ``"d"`` format
    prints as 1, 2, 2, 3, 3.

    >>> count_legend([1, 2, 3]).to_dict()["values"]
    [1, 2, 3]
    """
    return alt.Legend(values=whole_steps(values), **COUNT, **options)


CLICK = "opens the first sentence (on the published site)"
"""The tooltip line of a mark that links to its sentence."""


def with_click(chart: alt.Chart, text: str = CLICK, otherwise: str | None = None) -> alt.Chart:
    """``chart`` with a ``click`` field for its tooltip, computed in the browser: the page
    holds the line once, not once per row. With ``otherwise``, a row without ``href``
    says that instead.

    >>> chart = with_click(alt.Chart(pd.DataFrame({"href": ["a.html#s1"]})).mark_point())
    >>> chart.to_dict()["transform"]
    [{'calculate': '"opens the first sentence (on the published site)"', 'as': 'click'}]
    """
    expression = json.dumps(text)
    if otherwise is not None:
        expression = f"datum.href ? {expression} : {json.dumps(otherwise)}"
    return chart.transform_calculate(click=expression)


def plural(count: Any, noun: str) -> str:
    """How a tooltip says a count: ``plural(12, "sentence")`` is ``'12 sentences'``.

    >>> plural(1, "article"), plural(3, "sentence")
    ('1 article', '3 sentences')
    """
    n = int(count)
    return f"{n} {noun}{'' if n == 1 else 's'}"


def evidence(mentions: Any, sentences: Any, articles: Any) -> str:
    """How a tooltip says what stands behind a count of mentions: the sentences (when
    known: ``None``, NaN or ``""`` are not) and the articles.

    >>> evidence(15, 12, 2), evidence(1, None, 1)
    ('15 mentions in 12 sentences, 2 articles', '1 mention in 1 article')
    """
    known = sentences is not None and str(sentences).strip() != "" and not pd.isna(sentences)
    where = f"{plural(sentences, 'sentence')}, " if known else ""
    return f"{plural(mentions, 'mention')} in {where}{plural(articles, 'article')}"


def colour(name: object) -> str:
    """The colour of ``name`` in every chart: a stable hash into :data:`PALETTE`.

    The same in every call and every process (no ``hash()``, which Python
    salts per process); :data:`GREY` for :data:`NO_NAME`; spaCy's labels of
    :data:`ENTITY_LABELS` and the :data:`STATUSES` in the palette's order; the
    colour :func:`assign` gave a side. Two names nothing assigned can share a colour.

    Examples
    --------
    >>> colour("Mexico") in PALETTE, colour(""), colour("Other")
    (True, '#999999', '#999999')
    """
    text = "" if name is None else str(name).strip()
    if text.casefold() in NO_NAME:
        return GREY
    if text in _FIXED:
        return _FIXED[text]
    if text in _assigned:
        return _assigned[text]
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return PALETTE[int.from_bytes(digest[:8], "big") % len(PALETTE)]


_assigned: dict[str, str] = {}
JOINT = (" & ", "; ")
"""How a joint side is written: an event's sides ("Mexico & United States"), an actor's
("United States; Mexico")."""


def side_weights(registry: pd.DataFrame | None = None, events: pd.DataFrame | None = None) -> pd.Series:
    """The sides a site's charts colour, each with how much it is mentioned: the sides of
    the actor registry (:func:`kit.actors.actor_registry`: ``side``, ``mentions``; the
    network colours actors by them) and of the events (:func:`kit.timeline.events`:
    ``side``, ``n_sources``; the timeline colours events by them). No city or other
    name that no chart colours is among them.

    >>> reg = pd.DataFrame({"side": ["Chile", "Chile", "", "Peru"], "mentions": [5, 2, 9, 3]})
    >>> ev = pd.DataFrame({"side": ["Chile & Peru", "Peru"], "n_sources": [2, 1]})
    >>> side_weights(reg, ev).to_dict()
    {'Chile': 7, 'Chile & Peru': 2, 'Peru': 4}
    """
    parts = [table.groupby(table["side"].fillna("").astype(str))[weight].sum()
             for table, weight in ((registry, "mentions"), (events, "n_sources"))
             if table is not None and len(table)]
    if not parts:
        return pd.Series(dtype="int64")
    weights = pd.concat(parts).groupby(level=0).sum()
    named = [n for n in weights.index if n.strip().casefold() not in NO_NAME]
    return weights.loc[sorted(named)].astype("int64")


def assign(sides: pd.Series | dict[str, float] | None) -> dict[str, str]:
    """Give each side of a corpus a colour of its own, for every chart of its site.

    ``sides`` maps each side to how much it is mentioned (:func:`side_weights`).
    Single sides come first, the most mentioned first (ties by name), then joint
    sides (:data:`JOINT`) the same way; they take :data:`PALETTE` in that order.
    When there are more sides than colours, the rest (the least mentioned) are
    grey, the colour of "other". The same sides give the same colours whatever
    their order. Returns the assignment; ``None`` clears it.

    Examples
    --------
    >>> assign({"Peru": 3, "Chile": 7, "Chile & Peru": 9})
    {'Chile': '#0072B2', 'Peru': '#D55E00', 'Chile & Peru': '#009E73'}
    >>> colour("Peru"), assign(None)
    ('#D55E00', {})
    """
    _assigned.clear()
    weights = dict(sides.items()) if sides is not None else {}
    named = [str(n) for n in weights if str(n).strip().casefold() not in NO_NAME]
    ranked = sorted(named, key=lambda n: (any(j in n for j in JOINT), -float(weights[n]), n))
    _assigned.update({name: PALETTE[i] if i < len(PALETTE) else GREY for i, name in enumerate(ranked)})
    return dict(_assigned)


def colour_scale(names: Iterable[object]) -> alt.Scale:
    """An explicit categorical scale of the distinct ``names``, each in its :func:`colour`.

    The domain is sorted, names of no side or label last, so a legend reads
    the same from run to run.

    Examples
    --------
    >>> scale = colour_scale(["unknown", "Mexico", "Mexico", "Chile"]).to_dict()
    >>> scale["domain"], scale["range"][-1]
    (['Chile', 'Mexico', 'unknown'], '#999999')
    """
    domain = sorted({"" if n is None else str(n) for n in names},
                    key=lambda n: (colour(n) == GREY, n))
    return alt.Scale(domain=domain, range=[colour(n) for n in domain])


def config() -> alt.theme.ThemeConfig:
    """The theme's Vega-Lite config."""
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None, "continuousWidth": 480, "continuousHeight": 300},
            "range": {"category": PALETTE},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "grid": False},
            "legend": {"labelFontSize": 11, "titleFontSize": 12},
            "title": {"fontSize": 14, "anchor": "start"},
        }
    }


def enable() -> None:
    """Register the theme (once) and make it the active Altair theme."""
    if NAME not in alt.theme.names():
        alt.theme.register(NAME, enable=False)(config)
    alt.theme.enable(NAME)


def disable(previous: str = "default") -> None:
    """Make ``previous`` the active theme again."""
    alt.theme.enable(previous)
