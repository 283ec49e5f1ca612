"""kit.charts.placement: circles apart, labels that overlap nothing, the same every run."""

from __future__ import annotations

import itertools
import math
import random

from kit.charts.placement import label_box, place_labels, spread, text_width


def boxes_overlap(a, b) -> bool:
    return abs(a[0] - b[0]) * 2 < a[2] + b[2] and abs(a[1] - b[1]) * 2 < a[3] + b[3]


def crowd(n: int = 60, seed: int = 1):
    rng = random.Random(seed)
    circles = [(rng.uniform(20, 380), rng.uniform(20, 280), rng.uniform(4, 16)) for _ in range(n)]
    names = [f"{rng.choice(['Ana', 'Wolfgang', 'Li'])} {rng.choice(['Ruiz', 'Montgomery-Smith', 'Wu'])}"
             for _ in range(n)]
    return circles, names


def test_text_width_grows_with_the_text_and_its_size_and_reads_accents_and_wide_letters():
    assert text_width("Mexico", 10) < text_width("Mexico City", 10) < text_width("Mexico City", 12)
    assert text_width("Bárcena", 10) == text_width("Barcena", 10)
    assert text_width("WWW", 10) > text_width("iii", 10) > 0
    assert text_width("北京", 10) > text_width("ab", 10)


def test_spread_leaves_no_two_circles_overlapping_and_all_inside():
    circles, _ = crowd()
    centres = spread(circles, 400, 300, steps=200)
    for (a, (xa, ya)), (b, (xb, yb)) in itertools.combinations(zip(circles, centres), 2):
        assert math.hypot(xa - xb, ya - yb) >= a[2] + b[2] - 0.5
    for (_, _, r), (x, y) in zip(circles, centres):
        assert r <= x <= 400 - r and r <= y <= 300 - r
    assert spread(circles, 400, 300, steps=200) == centres  # deterministic
    assert spread([(5, 5, 3), (5, 5, 3)], 100, 100)[0] != spread([(5, 5, 3), (5, 5, 3)], 100, 100)[1]


def test_labels_overlap_no_label_no_other_circle_and_stay_inside():
    circles, names = crowd()
    centres = spread(circles, 400, 300, steps=200)
    circles = [(x, y, r) for (x, y), (_, _, r) in zip(centres, circles)]
    boxes = place_labels(circles, names, 400, 300)
    placed = [b for b in boxes if b is not None]
    assert 0 < len(placed) < len(names)  # a crowd: some names go to hover
    assert all(box is not None for box in boxes[:3])  # the first (most important) names are shown
    for a, b in itertools.combinations(placed, 2):
        assert not boxes_overlap(a, b)
    for i, box in enumerate(boxes):
        if box is None:
            continue
        assert box[2] / 2 <= box[0] <= 400 - box[2] / 2 and box[3] / 2 <= box[1] <= 300 - box[3] / 2
        for k, (x, y, r) in enumerate(circles):
            if k != i and i >= 5:  # the first five may cover part of a circle rather than go unnamed
                near_x = min(max(x, box[0] - box[2] / 2), box[0] + box[2] / 2)
                near_y = min(max(y, box[1] - box[3] / 2), box[1] + box[3] / 2)
                assert math.hypot(x - near_x, y - near_y) >= r
    assert place_labels(circles, names, 400, 300) == boxes


def test_a_label_goes_above_its_circle_when_there_is_room():
    (box,) = place_labels([(100, 100, 10)], ["Ana"], 300, 200)
    w, h = label_box("Ana", 10)
    assert (box[0], box[2], box[3]) == (100, w, h) and box[1] > 100 + 10  # y points up
