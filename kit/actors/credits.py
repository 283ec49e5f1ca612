"""Credits: the names of an article that say who wrote it or took its pictures
("By X", "(Reporting by Y; Editing by Z)", "(Photo: W / Outlet)"), not who acts in it.

They stay persons of the registry (a byline's writer is a person); the network leaves
them out (:func:`kit.network.build_network`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from kit.extract.datelines import datelines_of
from kit.lexicon.wordlists import words_in_any
from kit.schema import sentence_lookup

if TYPE_CHECKING:
    from kit.schema import Annotations


def credited(ann: Annotations, mentions: pd.DataFrame) -> pd.Series:
    """Whether each mention is a credit of the story, not an actor of it: a name right
    after a byline's word ("By X", "Por X") that opens its line or a part of it (after
    "(" or ";", or after the article's dateline: "DORVAL, Valdonia — By X"), with words
    of ``credit_words`` or ``caption_cues`` before it if any ("(Reporting by X; Editing
    by Y)", "Additional reporting by X", "Photo by X"), a person's name that is its
    second writer ("By X and Y", :func:`_second_writer`), or a name a slash follows, as
    a photo credit writes it ("(Photo: X / Outlet)", "(X/Outlet)")."""
    found = pd.Series(False, index=mentions.index)
    if mentions.empty:
        return found
    sentences = sentence_lookup(ann)
    datelines = datelines_of(sentences)
    bylines = words_in_any("byline_words")
    before_by = words_in_any("credit_words") | words_in_any("caption_cues")
    persons = mentions["label"] == "PERSON" if "label" in mentions else pd.Series(True, index=mentions.index)
    for i, article, sentence, start, end, person in zip(mentions.index, mentions["article_id"].astype(str),
                                                        mentions["sentence_id"], mentions["start_char"],
                                                        mentions["end_char"], persons):
        text, at = sentences.get((article, int(sentence)), ("", 0))
        lead = text[max(0, _dateline_end_before(datelines.get(article, []), int(start)) - at):max(0, int(start) - at)]
        written = re.split(r"[\n(;|]", lead)[-1].replace(":", " ").split()
        part = [w.lower() for w in written]
        after = text[max(0, int(end) - at):].lstrip(" ")
        found[i] = after.startswith("/") or (person and _second_writer(written, bylines, before_by)) or bool(
            part and part[-1] in bylines and all(w in before_by for w in part[:-1]))
    return found


def _second_writer(written: list[str], bylines: frozenset[str], before_by: frozenset[str]) -> bool:
    """Whether the words ``written`` before a name are a byline's word, its first writer
    (one to four capitalised words) and a conjunction: the name is the byline's second
    writer ("By Anja Keller and X", "Por Clara Ruiz y X", "(Reporting by Lena Varga and X)")."""
    part = [w.lower() for w in written]
    by = next((n for n, w in enumerate(part) if w in bylines), None)
    if by is None or not part or part[-1] not in words_in_any("conjunctions"):
        return False
    writer = written[by + 1:-1]
    return all(w in before_by for w in part[:by]) and 1 <= len(writer) <= 4 and all(w[0].isupper() for w in writer)


def _dateline_end_before(spans: list[tuple[int, int]], start_char: int) -> int:
    """Where the last dateline of ``spans`` that ends before ``start_char`` ends (0: none):
    a byline may follow its dash on its line ("VELMAR.— Por X")."""
    return max((end for _, end in spans if end <= start_char), default=0)
