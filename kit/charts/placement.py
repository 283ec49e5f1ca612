"""Where circles and their labels go in a node-link drawing, in pixels, deterministically.

Vega-Lite cannot move a text mark out of another's way, so the network chart
(:mod:`kit.charts.network`) places its labels here, before drawing:

- :func:`spread` pushes circles that overlap apart (a few relaxation steps,
  always in the same order), keeping them inside the plot;
- :func:`place_labels` gives each node, most mentioned first, the first of
  eight positions around its circle (above, below, right, left, then the
  corners) whose box stays inside the plot and overlaps no other label and no
  circle (the five most mentioned may cover part of a circle rather than go
  unnamed). A node for which none is free gets no label: its name is on hover.

Text boxes are estimated from Helvetica's character widths (Arial and
Liberation Sans have the same metrics), with a margin for fonts a little
wider; coordinates are Vega-Lite's, ``y`` pointing up.

Examples
--------
>>> boxes = place_labels([(100, 100, 10), (100, 130, 10)], ["Ana", "Bo"], width=300, height=200)
>>> [b is not None for b in boxes]
[True, True]
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

import numpy as np

Box = tuple[float, float, float, float]
"""A label box: centre ``x``, centre ``y``, width, height (pixels)."""

# Helvetica's advance widths (1/1000 em) of the printable ASCII characters, space to "~".
_ASCII = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 "  # space ! " # $ % & ' ( ) * + , - . /
    "556 556 556 556 556 556 556 556 556 556 278 278 584 584 584 556 "  # 0-9 : ; < = > ?
    "1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 "  # @ A-O
    "667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 "  # P-Z [ \\ ] ^ _
    "333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 "  # ` a-o
    "556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"  # p-z { | } ~
)
WIDTHS = {chr(32 + i): int(w) / 1000 for i, w in enumerate(_ASCII.split())}
OTHER_WIDTH = 0.6  # em, a letter Helvetica's table lacks
WIDE_WIDTH = 1.0  # em, East Asian wide characters
SAFETY = 1.1  # fonts that stand in for Helvetica are up to ~10% wider
GAP = 2.0  # pixels between a circle and its label, and around a label


def text_width(text: str, font_size: float) -> float:
    """The estimated width in pixels of ``text`` at ``font_size`` (a little generous).

    >>> round(text_width("Mexico", 10), 1)
    34.8
    """
    em = 0.0
    for char in text:
        base = unicodedata.normalize("NFD", char)[:1] or char  # "é" is as wide as "e"
        if base in WIDTHS:
            em += WIDTHS[base]
        else:
            em += WIDE_WIDTH if unicodedata.east_asian_width(char) in "WF" else OTHER_WIDTH
    return em * font_size * SAFETY


def label_box(text: str, font_size: float) -> tuple[float, float]:
    """Width and height in pixels of the box a one-line label needs."""
    return text_width(text, font_size) + 2 * GAP, font_size * 1.25 + GAP


def spread(points: Sequence[tuple[float, float, float]], width: float, height: float,
           steps: int = 60) -> list[tuple[float, float]]:
    """Circle centres ``(x, y)`` moved apart until no two circles ``(x, y, radius)`` overlap
    (or ``steps`` runs out), each kept inside ``width`` × ``height``.

    >>> spread([(50, 50, 10), (52, 50, 10)], 200, 100)
    [(40.0, 50.0), (62.0, 50.0)]
    """
    if not points:
        return []
    xy = np.array([(x, y) for x, y, _ in points], dtype=float)
    r = np.array([p[2] for p in points], dtype=float)
    low, high = r + GAP, np.stack([width - r - GAP, height - r - GAP], axis=1)
    need = r[:, None] + r[None, :] + GAP
    for _ in range(steps):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        overlap = np.triu(need - dist, k=1)
        if (overlap <= 0).all():
            break
        i, j = np.nonzero(overlap > 0)
        same = dist[i, j] == 0  # on one spot: part them along x, by index
        unit = np.where(same[:, None], np.array([[-1.0, 0.0]]),
                        delta[i, j] / np.where(same, 1, dist[i, j])[:, None])
        push = (overlap[i, j] / 2 + 0.05)[:, None] * unit
        np.add.at(xy, i, push)
        np.add.at(xy, j, -push)
        xy = np.clip(xy, low[:, None], high)
    return [(round(float(x), 1), round(float(y), 1)) for x, y in xy]


def _offsets(radius: float, w: float, h: float) -> list[tuple[float, float]]:
    """Label centres around a circle: above, below, right, left, then the four corners."""
    side, diag = radius + GAP, radius * math.sqrt(0.5) + GAP
    return [(0, side + h / 2), (0, -side - h / 2), (side + w / 2, 0), (-side - w / 2, 0),
            (diag + w / 2, diag + h / 2), (-diag - w / 2, diag + h / 2),
            (diag + w / 2, -diag - h / 2), (-diag - w / 2, -diag - h / 2)]


def _hits_box(box: Box, other: Box) -> bool:
    return (abs(box[0] - other[0]) * 2 < box[2] + other[2]
            and abs(box[1] - other[1]) * 2 < box[3] + other[3])


def _hits_circle(box: Box, circle: tuple[float, float, float]) -> bool:
    x, y, r = circle
    nearest_x = min(max(x, box[0] - box[2] / 2), box[0] + box[2] / 2)
    nearest_y = min(max(y, box[1] - box[3] / 2), box[1] + box[3] / 2)
    return math.hypot(x - nearest_x, y - nearest_y) < r


def place_labels(circles: Sequence[tuple[float, float, float]], names: Sequence[str],
                 width: float, height: float, font_size: float = 10,
                 first: int = 5) -> list[Box | None]:
    """A box for each name beside its circle ``(x, y, radius)``, or ``None`` when no place is free.

    Names are placed in the order given (put the most important first); a box
    stays inside ``width`` × ``height`` and overlaps no other box and no
    circle, except that the ``first`` names may cover part of another circle
    rather than go unnamed. Boxes never overlap one another.
    """
    placed: list[Box] = []
    out: list[Box | None] = []
    for index, ((x, y, r), name) in enumerate(zip(circles, names)):
        w, h = label_box(name, font_size)
        free = [box for dx, dy in _offsets(r, w, h)
                if _inside(box := (x + dx, y + dy, w, h), width, height)
                and not any(_hits_box(box, p) for p in placed)]
        clear = [box for box in free
                 if not any(_hits_circle(box, c) for k, c in enumerate(circles) if k != index)]
        found = clear[0] if clear else free[0] if free and index < first else None
        if found is not None:
            placed.append(found)
        out.append(found)
    return out


def _inside(box: Box, width: float, height: float) -> bool:
    return box[2] / 2 <= box[0] <= width - box[2] / 2 and box[3] / 2 <= box[1] <= height - box[3] / 2
