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

from kit.extract.bylines import (
    byline_lead,
    byline_word,
    goes_on_as_byline,
    second_writer,
    written_before,
)
from kit.extract.datelines import dateline_end_before, datelines_of
from kit.extract.titles import lexicon
from kit.lexicon.canonical import name_key
from kit.lexicon.files import lexicon_cache
from kit.lexicon.states import demonym_keys, place_keys
from kit.lexicon.wordlists import words_in_any
from kit.schema import sentence_lookup

if TYPE_CHECKING:
    from kit.schema import Annotations


def credited(ann: Annotations, mentions: pd.DataFrame, writers: bool = False) -> pd.Series:
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
    people it shows); or a name on a line that credits the person's name opening it
    (:func:`credit_tail`: "Mara Ventel | Osk Press", "Mara Ventel, Staff Writer", "Mara
    Ventel reported from Tarnburg."), and with ``writers`` only that person's: the outlet
    and the place after it are no writer, whatever the model read them as."""
    found = pd.Series(False, index=mentions.index)
    if mentions.empty or getattr(ann, "sentences", None) is None:  # hand-made tables may have no text
        return found
    sentences = sentence_lookup(ann)
    datelines = datelines_of(sentences)
    persons = mentions["label"] == "PERSON" if "label" in mentions else pd.Series(True, index=mentions.index)
    every = ann.mentions if getattr(ann, "mentions", None) is not None and "label" in ann.mentions else mentions
    person_at = {(str(a), int(s)): (int(e), label == "PERSON") for a, s, e, label in zip(
        every["article_id"], every["start_char"], every["end_char"],
        every["label"] if "label" in every else ["PERSON"] * len(every))}
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
            ((person and second_writer(written)) or byline_lead(written)) and goes_on_as_byline(after.split("\n", 1)[0]) \
            or _on_a_credit_line(text, int(start) - at, at, article, person_at, writers)
    return found


def _on_a_credit_line(text: str, at: int, offset: int, article: str,
                      person_at: dict[tuple[str, int], tuple[int, bool]], writer: bool = False) -> bool:
    """Whether the character ``at`` of ``text`` (a sentence starting at ``offset`` of the
    article) is on a line that credits the person's name opening it (``person_at``: each
    name's end and whether the model read it as a person's; after a byline's lead, a name
    of any label, as "Por" says it is a writer's): the name then an outlet after a bar or a slash ("Mara Ventel | Osk Press",
    "Por Mara Ventel / Agencia Austral"), a writer's title after a comma ("Mara Ventel, Staff
    Writer": ``writer_titles``), or a phrase of ``credit_phrases`` and the places it names
    ("Mara Ventel reported from Tarnburg."). Every name on such a line is its credit: the
    writer, the outlet, the place filed from (``writer``: only the writer's)."""
    begin = text.rfind("\n", 0, at) + 1
    close = text.find("\n", at)
    line = text[begin: len(text) if close < 0 else close]
    lead = line[: len(line) - len(line.lstrip())]
    words = line.split()
    name = next((n for n, w in enumerate(words) if n and w[0].isupper()), 0) if words and byline_word(words[0]) else 0
    if name:
        lead = line[: line.index(words[name])]
    end, person = person_at.get((article, offset + begin + len(lead)), (0, False))
    if not end or not (person or name) or (writer and at != begin + len(lead)):
        return False
    return credit_tail(line[end - offset - begin:])


_SEPARATED = re.compile(r"\s*[|/]\s*(\S.*)$")


def credit_tail(tail: str) -> bool:
    """Whether ``tail``, what follows a person's name that opens its line, makes the line
    a credit: an outlet after a bar or a slash, a writer's title after a comma
    (``writer_titles``), or a phrase of ``credit_phrases`` and the places it names, each
    to the line's end.

    >>> credit_tail(" | Osk Press"), credit_tail(", Staff Writer"), credit_tail(" reported from Tarnburg.")
    (True, True, True)
    >>> credit_tail(" said on Monday."), credit_tail(", the foreign minister"), credit_tail(" reported from Tarnburg that talks ended.")
    (False, False, False)
    >>> credit_tail(" | Foreign Minister"), credit_tail(" / Staff Writer")
    (False, True)
    >>> credit_tail(" | Freedonia"), credit_tail(" | Latvia"), credit_tail(" | Latvian")
    (True, False, False)
    """
    tail = tail.rstrip().rstrip(".")
    separated = _SEPARATED.match(tail)
    if separated:  # not "Jana Roe | Foreign Minister" nor "Jana Roe | Latvia": a caption of who she is
        outlet = separated.group(1)
        return _names_only(outlet.split()) and (_writer_title(outlet) or not (
            lexicon().pattern.search(outlet) or name_key(outlet) in place_keys() | demonym_keys()))
    if tail.startswith(","):
        parts = [p.strip() for p in tail[1:].split(",")]
        return any(_writer_title(p) for p in parts) and all(_writer_title(p) or _names_only(p.split()) for p in parts)
    lowered = " ".join(tail.lower().split())
    phrase = next((p for p in sorted(words_in_any("credit_phrases"), key=len, reverse=True)
                   if lowered == p or lowered.startswith(p + " ")), None)
    return phrase is not None and _names_only(tail.split()[len(phrase.split()):], joined=True)


def _writer_title(part: str) -> bool:
    """A writer's title, perhaps after the outlet's capitalised name ("Staff Writer", "Osk
    Press correspondent", "corresponsal")."""
    lowered = " ".join(part.lower().split())
    return any(lowered == t or (lowered.endswith(" " + t) and _names_only(part.split()[: -len(t.split())]))
               for t in words_in_any("writer_titles"))


def _names_only(words: list[str], joined: bool = False) -> bool:
    """Whether ``words`` are capitalised names (an outlet's, a place's), words of ``of_preps``
    inside them ("Agencia de Noticias"), and, if ``joined``, a conjunction or a place's
    preposition between them ("Tarnburg and Osk"); a few at most."""
    small = words_in_any("of_preps") | (words_in_any("conjunctions") | words_in_any("place_preps") if joined else frozenset())
    return 0 < len(words) <= 8 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower().strip(",") in small for w in (w.strip(",") for w in words) if w)


def _opens_a_credit(lead: str) -> bool:
    """Whether the text ``lead`` before a name opens a parenthesis or ends with a colon, as a
    photo credit opens ("(" of "(X/Outlet)", "Photo:" of "(Photo: X / Outlet)").

    >>> _opens_a_credit("The picture (Photo: "), _opens_a_credit("("), _opens_a_credit("A report by ")
    (True, True, False)
    """
    return lead.rstrip().endswith(("(", ":"))


_CREDIT_END = re.compile(r"\)|\.?[ \t]*(\n|$)|[-\u2013\u2014][ \t]")
"""What follows a name that ends a labelled credit: its parenthesis closed, its line, or a
dash between spaces before the caption ("Photo: Ana Roe - Jana Roe at the palace")."""


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

