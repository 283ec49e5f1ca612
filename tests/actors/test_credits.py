"""Credits: the names that say who wrote a story, not who acts in it (kit.actors.credits)."""

from __future__ import annotations

import pandas as pd
import pytest

from kit.actors.credits import credited
from kit.schema import Annotations


def _credited(lines: list[str], names: list[str]) -> dict[str, bool]:
    """credited() of each of ``names`` in an article of ``lines`` (a sentence a line)."""
    text = "\n\n".join(lines)
    starts = [text.index(line) for line in lines]
    sentences = pd.DataFrame({"article_id": "a", "sentence_id": range(len(lines)), "start_char": starts,
                              "end_char": [s + len(line) for s, line in zip(starts, lines)], "text": lines})
    rows = []
    for name in names:
        at = text.index(name)
        sentence = max(n for n, s in enumerate(starts) if s <= at)
        rows.append({"article_id": "a", "sentence_id": sentence, "start_char": at, "end_char": at + len(name),
                     "text": name, "label": "PERSON", "canonical": name})
    mentions = pd.DataFrame(rows)
    found = credited(Annotations(pd.DataFrame({"article_id": ["a"]}), sentences, mentions), mentions)
    return dict(zip(names, found.tolist()))


@pytest.mark.parametrize("dateline", ["DORVAL, Valdonia — By", "VELMAR.— Por", "VELMAR, 3 may (AIM) — Por"])
def test_a_byline_after_the_dateline_s_dash_credits_its_writer(dateline):
    lines = [f"{dateline} Anja Keller", "President Ilse Marrow met Tomas Brenn in Osk, said Marrow."]
    assert _credited(lines, ["Anja Keller", "Ilse Marrow", "Tomas Brenn"]) == {
        "Anja Keller": True, "Ilse Marrow": False, "Tomas Brenn": False}

