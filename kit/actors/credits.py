"""Credits: the names of an article that say who wrote it or took its pictures
("By X", "(Reporting by Y; Editing by Z)", "(Photo: W / Outlet)"), not who acts in it.

They stay persons of the registry (a byline's writer is a person); the network leaves
them out (:func:`kit.network.build_network`), and the registry marks them in its ``credit``
column (:func:`kit.actors.registry.credited_actors`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from kit.extract.bylines import byline_lead, goes_on_as_byline, second_writer, written_before
from kit.extract.datelines import dateline_end_before, datelines_of
from kit.lexicon.canonical import name_key
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words_in_any
from kit.schema import sentence_lookup

if TYPE_CHECKING:
    from kit.schema import Annotations


def credited(ann: Annotations, mentions: pd.DataFrame) -> pd.Series:
    """Whether each mention is a credit of the story, not an actor of it: a name right
    after a byline's lead (:func:`kit.extract.bylines.byline_lead`: "By X", "Por X",
    "(Reporting by X; Editing by Y)", "Additional reporting by X", "Photo by X") that opens
    its line or a part of it (after "(" or ";", or after the article's dateline: "DORVAL,
    Valdonia — By X"), a person's name that is its second writer ("By X and Y",
    :func:`kit.extract.bylines.second_writer`), when what follows the name on its line is
    what a byline goes on with, no verb (:func:`kit.extract.bylines.goes_on_as_byline`:
    "Por Ucrania firmó ..." names no writer); or a name a slash follows, as a photo
    credit writes it ("(Photo: X / Outlet)", "(X/Outlet)"; a name the model did not read as
    a person only where it opens the credit, after "(" or a colon: an organisation's name
    before a slash is often a part of a longer name, "Osk Watch/Americas"), or one after a caption's word and a
    slash, as a wire writes it ("(Outlet Photo/X: ...)"), or a person's name after a caption's
    word and a colon that the credit's end follows, a ")" or the line's end ("(Photo: X)",
    "Foto: X.", :func:`_credit_label`; "Photo: X, left, and Y sign" is a caption of the
    people it shows)."""
    found = pd.Series(False, index=mentions.index)
    if mentions.empty or getattr(ann, "sentences", None) is None:  # hand-made tables may have no text
        return found
    sentences = sentence_lookup(ann)
    datelines = datelines_of(sentences)
    persons = mentions["label"] == "PERSON" if "label" in mentions else pd.Series(True, index=mentions.index)
    for i, article, sentence, start, end, person in zip(mentions.index, mentions["article_id"].astype(str),
                                                        mentions["sentence_id"], mentions["start_char"],
                                                        mentions["end_char"], persons):
        text, at = sentences.get((article, int(sentence)), ("", 0))
        lead = text[max(0, dateline_end_before(datelines.get(article, []), int(start)) - at):max(0, int(start) - at)]
        written = written_before(lead)
        after = text[max(0, int(end) - at):].lstrip(" ")
        slashed = after.startswith("/") and (person or _opens_a_credit(lead))  # not "Osk Watch/Americas"
        labelled = person and _credit_label(lead) and _CREDIT_END.match(after) is not None
        found[i] = slashed or labelled or _after_photo_slash(lead) or \
            ((person and second_writer(written)) or byline_lead(written)) and goes_on_as_byline(after.split("\n", 1)[0])
    return found


def _opens_a_credit(lead: str) -> bool:
    """Whether the text ``lead`` before a name opens a parenthesis or ends with a colon, as a
    photo credit opens ("(" of "(X/Outlet)", "Photo:" of "(Photo: X / Outlet)").

    >>> _opens_a_credit("The picture (Photo: "), _opens_a_credit("("), _opens_a_credit("A report by ")
    (True, True, False)
    """
    return lead.rstrip().endswith(("(", ":"))


_CREDIT_END = re.compile(r"\)|\.?[ \t]*(\n|$)")
"""What follows a name that ends a labelled credit: its parenthesis closed, or its line."""


def _credit_label(lead: str) -> bool:
    """Whether the text ``lead`` before a name ends with a credit's label and a colon on its
    line or part of it: words of ``caption_cues`` or ``credit_words`` alone ("(Photo: ",
    "Foto: ", "Photography: ").

    >>> _credit_label("Envoys meet. (Photo: "), _credit_label("Foto: "), _credit_label("Talks: ")
    (True, True, False)
    """
    stripped = lead.rstrip()
    if not stripped.endswith(":"):
        return False
    written = written_before(stripped[:-1])
    return bool(written) and all(name_key(w) in _credit_labels() for w in written)


@lexicon_cache(maxsize=1)
def _credit_labels() -> frozenset[str]:
    """The name keys of the words of ``caption_cues`` and ``credit_words``, any language."""
    return frozenset(w for c in words_in_any("caption_cues") | words_in_any("credit_words") for w in name_key(c).split())


def _after_photo_slash(lead: str) -> bool:
    """Whether the text ``lead`` before a name ends with a caption's word and a slash, as a
    wire credits its photographer ("(Osk Photo/" before "Mara Ventel": ``caption_cues``).

    >>> _after_photo_slash("(TWN Photo/"), _after_photo_slash("Tarn and/")
    (True, False)
    """
    if not lead.endswith("/"):
        return False
    words = lead[:-1].split()
    return bool(words) and name_key(words[-1].lstrip("(")) in {name_key(c) for c in words_in_any("caption_cues")}

