"""Bylines: the words that open a line to say who wrote the story or took its pictures,
not who acts in it ("By X", "Por X", "(Reporting by X; Editing by Y)", "Photo by X").

One reader for every stage that meets them: the actor layer's credits
(:func:`kit.actors.credits.credited`: the name after a byline is no actor of the network)
and the timeline's page furniture (:func:`kit.timeline.clauses.furniture`: a date in a
byline dates no event). The words are data: ``byline_words`` ("by", "por"), and
``credit_words`` and ``caption_cues`` that may come before one ("*Reporting* by X",
"*Photo* by X"), ``conjunctions`` between two writers ("By X *and* Y").

Examples
--------
>>> opens_byline("By Anja Brenholt, June 3"), opens_byline("Por Clara Ruiz")
(True, True)
>>> opens_byline("By Monday night the talks had stalled")
False
>>> opens_byline("By the time the talks opened, Valdonia had left")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kit.lexicon.calendar import holidays, names_in_every_language
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words_in_any, words_or

_PART = re.compile(r"[\n(;|]")  # a line, or a part of one, opens after these


def written_before(lead: str) -> list[str]:
    """The words written before a name on its line or part of a line: those of the last
    part of ``lead`` (after a newline, "(", ";" or "|"), a colon read as a space.

    >>> written_before("Talks resume.\\n(Reporting by")
    ['Reporting', 'by']
    """
    return _PART.split(lead)[-1].replace(":", " ").split()


def byline_word(word: str, lang: str | None = None) -> bool:
    """Whether ``word``, in any case, opens a byline (``byline_words`` of ``lang``; of any
    language without it): "By", "Por". The one test of a byline's word, for every reader.

    >>> byline_word("Por"), byline_word("Por", "en"), byline_word("by", "en")
    (True, False, True)
    """
    words = words_in_any("byline_words") if lang is None else words_or("byline_words", lang, frozenset())
    return word.lower() in words


def byline_lead(written: Sequence[str]) -> bool:
    """Whether the words ``written`` before a name open a byline: a byline word last, with
    words of ``credit_words`` or ``caption_cues`` before it if any ("By", "Additional
    reporting by", "Photo by").

    >>> byline_lead(["Additional", "reporting", "by"]), byline_lead(["Talks", "by"])
    (True, False)
    """
    part = [w.lower() for w in written]
    before = words_in_any("credit_words") | words_in_any("caption_cues")
    return bool(part) and byline_word(part[-1]) and all(w in before for w in part[:-1])


def second_writer(written: Sequence[str]) -> bool:
    """Whether the words ``written`` before a name are a byline's lead, its first writer
    (one to four capitalised words) and a conjunction: the name is the byline's second
    writer ("By Anja Brenholt and X", "Por Clara Ruiz y X", "(Reporting by Lena Varga and X)").

    >>> second_writer(["By", "Anja", "Keller", "and"]), second_writer(["By", "Anja", "Keller"])
    (True, False)
    """
    part = [w.lower() for w in written]
    by = next((n for n, w in enumerate(part) if byline_word(w)), None)
    if by is None or part[-1] not in words_in_any("conjunctions"):
        return False
    writer = written[by + 1:-1]
    return byline_lead(written[:by + 1]) and 1 <= len(writer) <= 4 and all(w[0].isupper() for w in writer)


def opens_byline(line: str) -> bool:
    """Whether ``line`` opens as a byline does: the words before its first capitalised word
    after the first are a byline's lead (:func:`byline_lead`: "By Anja Brenholt, June 3",
    "Por Clara Ruiz", "Reporting by Lena Varga"), and what follows that name is what a
    byline goes on with (:func:`goes_on_as_byline`): "Por Ucrania firmó el 3 de marzo el
    ministro X" is a sentence, its verb right after the name.

    >>> opens_byline("Reporting by Lena Varga"), opens_byline("Talks by Valdonia")
    (True, False)
    >>> opens_byline("Por Ucrania firmó el 3 de marzo el ministro Amon Tavi.")
    False
    """
    words = line.replace(":", " ").split()
    name = next((n for n, w in enumerate(words) if n and w[0].isupper()), 0)
    return byline_lead(words[:name]) and goes_on_as_byline(" ".join(words[name:]))


def goes_on_as_byline(rest: str) -> bool:
    """Whether ``rest``, the words after a byline's lead on its line (the writer's name and
    what follows it), are what a byline writes there: the name's capitalised words, then
    nothing, a mark or a number ("By Anja Brenholt, June 3", "(Photo: X / Outlet)", "Por X 3
    de junio"), or a word of a place, a body, an outlet or a second writer (``place_preps``,
    ``of_preps``, ``destination_preps``, ``conjunctions``, ``byline_joiners``: "By X in Osk",
    "Por X de la Redacción", "Photo by X for the Osk Courier", "By X and Y", "By X with Y"). A byline has no verb after
    the name: "Por Ucrania firmó ...", "By Monday night the talks had stalled", and a
    possessive is no writer's name ("By Valdonia's count, ..."), nor a date's words ("By May,
    he said, ...", "By June 3 the troops had left": :func:`_date_words`).

    >>> goes_on_as_byline("Anja Brenholt, June 3"), goes_on_as_byline("Hugh Tamworth in Bamako")
    (True, True)
    >>> goes_on_as_byline("Ucrania firmó el acuerdo"), goes_on_as_byline("Valdonia's count, the talks ended")
    (False, False)
    >>> goes_on_as_byline("May, he said, the numbers no longer added up"), goes_on_as_byline("April Roe, June 3")
    (False, True)
    """
    words = rest.split()
    for n, word in enumerate(words):
        if re.search(r"['’]s?\W*$", word):
            return False  # "Valdonia's count": a possessive
        if word[0].isupper() or _particle_of_name(word, words[n + 1:]):
            if word[-1] in _MARKS:
                return not _date_words(words[:n + 1])  # "Keller," / "Keller." / "Keller)": the name ends on a mark
            continue  # the name goes on
        return (not word[0].isalpha() or word.lower() in _byline_goes_on_with()) and not _date_words(words[:n])
    return not _date_words(words)


def _date_words(name: Sequence[str]) -> bool:
    """Whether the words ``name`` a byline's lead opens are all of a date, no writer's name: a
    month's or a weekday's name or a holiday's of one word, any language (``calendar_words.csv``,
    ``holidays.csv``): "By May, he said, ...", "By June 3 the troops had left", "Por Navidad,
    ..." tell by when, not who wrote."""
    return bool(name) and all(w.strip(".,;:)|/").lower() in _date_names() for w in name)


@lexicon_cache
def _date_names() -> frozenset[str]:
    """The months', weekdays' and one-word holidays' names of every language, lower case."""
    kinds = ("month", "month_abbr", "weekday", "weekday_abbr")
    names = names_in_every_language(*kinds)
    return frozenset(names | {h for h in holidays() if " " not in h})


def _particle_of_name(word: str, following: Sequence[str]) -> bool:
    """Whether ``word``, in lower case, is a particle inside a writer's name: a word of
    ``name_particles`` or ``patronymics`` (any language) that no byline's place, body or
    second writer opens, before a capitalised word ("By Pieter van der Berg", "By Aziz bin
    Talal") or joined to one by a hyphen ("By Hamza al-Tamimi")."""
    head, _, tail = word.partition("-")
    if head.lower() not in _name_particles() or word.lower() in _byline_goes_on_with():
        return False
    if tail:
        return tail[:1].isupper()
    return bool(following) and (following[0][:1].isupper() or _particle_of_name(following[0], following[1:]))


_MARKS = frozenset(",;:.)/|")


@lexicon_cache
def _name_particles() -> frozenset[str]:
    """The lower-case words inside a person's name: ``name_particles`` and ``patronymics``
    ("van", "al", "bin"), any language."""
    return words_in_any("name_particles") | words_in_any("patronymics")


@lexicon_cache
def _byline_goes_on_with() -> frozenset[str]:
    """The first words of what may follow a byline's name: a place, a body, an outlet or a
    second writer (``place_preps``, ``of_preps``, ``destination_preps``, ``conjunctions``,
    ``byline_joiners``, any language)."""
    lists = ("place_preps", "of_preps", "destination_preps", "conjunctions", "byline_joiners")
    return frozenset(term.split()[0] for name in lists for term in words_in_any(name))
