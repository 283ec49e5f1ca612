"""Where a name starts and ends inside an entity span: what a reader calls the person.

NER keeps words around a name that are not part of it: a possessive after it
("Joe Biden’s"), honorifics and titles before a PERSON ("Ayatollah Ali
Khamenei", "Mullah Baradar", "President Joe Biden"). :func:`trim_name` finds
the name's tokens; :mod:`kit.nlp.rows` trims the entities with it before any
extractor runs. The words come from the lexicons: the ``honorifics`` and
``regnal_titles`` lists of ``kit/lexicon/data/words.csv`` and the titles and
modifiers of ``kit/lexicon/data/titles.csv``.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("Mullah Abdul Ghani Baradar met President Joe Biden’s envoy")
>>> name = trim_name(doc, 0, 4, "PERSON")
>>> doc[name.start:name.end], doc[slice(*name.honorifics)]
(Abdul Ghani Baradar, Mullah)
>>> name = trim_name(doc, 5, 9, "PERSON")
>>> doc[name.start:name.end], [doc[s:e] for s, e in name.titles]
(Joe Biden, [President])
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ORDINAL = re.compile(r"[IVXL]+")  # "II", "XVI": a regnal name's ordinal
_TOKENISH = re.compile(r"\w+|[^\w\s]")  # at least as many as spaCy's tokens


class Name(NamedTuple):
    """Where the name is in an entity, and what stands before it."""

    start: int  # token indices of the name
    end: int
    titles: list[tuple[int, int]]  # title spans cut off the front ("President")
    honorifics: tuple[int, int] | None  # the honorifics right before the name, in or out of the entity


def trim_name(doc: Doc, start: int, end: int, label: str) -> Name:
    """The name in the entity ``doc[start:end]``.

    A possessive at the end goes ("Joe Biden’s"); a PERSON ends at a slash (a
    credit line: "Diego Carrillo/Hemisphere Report"). In front of a PERSON, the
    ``honorifics`` of ``words.csv`` ("Mr.", "Ayatollah", "Gen.": capitalised) and
    the titles of ``titles.csv`` (with their modifiers: "Deputy Foreign
    Minister") go, as long as a word of the name remains: "Mullah Baradar" is
    "Baradar". A ``regnal_titles`` word stays before a regnal name, one word or
    words ending in an ordinal ("Pope Francis", "Queen Elizabeth II"), since the
    title is how the name is given; before a full personal name it is a title
    like the others ("Crown Prince Mohammed bin Salman" is "Mohammed bin Salman").
    """
    while end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    if label != "PERSON":
        return Name(start, end, [], None)
    slash = next((i for i in range(start + 1, end) if doc[i].text == "/"), end)
    end = slash  # a credit line: "(Diego Carrillo/Hemisphere Report)" names Diego Carrillo
    prefixes, titles = _name_prefixes(), []
    while True:
        regnal = _prefix_at(doc, start, end, prefixes.regnal)
        if regnal and _is_regnal_name(doc[start + regnal:end]):
            break
        honorific = _prefix_at(doc, start, end, prefixes.honorifics, capitalised=True)
        if honorific:
            start += honorific
            continue
        first = start
        while first < end - 1 and doc[first].lower_ in prefixes.modifiers:
            first += 1
        title = _prefix_at(doc, first, end, prefixes.titles)
        if not title and regnal:  # before a full personal name
            first, title = start, regnal
        if not title:
            break
        titles.append((first, first + title))
        start = first + title
    return Name(start, end, titles, _honorifics_before(doc, start, prefixes))


def _honorifics_before(doc: Doc, start: int, prefixes: _Prefixes) -> tuple[int, int] | None:
    """The run of honorifics ending right before token ``start``, in its sentence;
    not the end of a title ("Secretary General | Jens Stoltenberg")."""
    first = start
    while first > 0 and not doc[first].is_sent_start:
        if doc[first - 1].lower_.rstrip(".") not in prefixes.honorific_ends:  # the usual case: no text built
            break
        texts = [doc[first - n:first].text for n in range(1, min(prefixes.longest, first) + 1)]
        n = max((n for n, text in enumerate(texts, 1)
                 if text[:1].isupper() and _bare(text) in prefixes.honorifics), default=0)
        if not n or any(_bare(text) in prefixes.titles for text in texts[n:]):
            break
        first -= n
    return (first, start) if first < start else None


def _prefix_at(doc: Doc, start: int, end: int, phrases: frozenset[str], capitalised: bool = False) -> int:
    """Tokens in the longest of ``phrases`` at ``doc[start]`` (compared lower-case,
    final dots dropped; ``capitalised``: written with a capital) that leaves a
    name before ``end``; 0 if none."""
    if doc[start].lower_.rstrip(".") not in _name_prefixes().starts:  # the usual case: no text built
        return 0
    for n in range(min(_name_prefixes().longest, end - start - 1), 0, -1):
        text = doc[start:start + n].text
        if _bare(text) in phrases and (text[:1].isupper() or not capitalised):
            if _names_a_person(doc[start + n:end]):
                return n
    return 0


def _names_a_person(span: Span) -> bool:
    """A word, and not a patronymic first ("bin Abdulaziz": the word before is a given name)."""
    words = _words(span)
    return bool(words) and words[0] not in _name_prefixes().patronymics


def _words(span: Span) -> list[str]:
    return [t.text for t in span if any(c.isalpha() for c in t.text)]


def _is_regnal_name(span: Span) -> bool:
    """One word, or words ending in an ordinal ("John Paul II")."""
    words = _words(span)
    return len(words) == 1 or (len(words) > 1 and bool(_ORDINAL.fullmatch(words[-1])))


class _Prefixes(NamedTuple):
    honorifics: frozenset[str]
    titles: frozenset[str]
    modifiers: frozenset[str]
    regnal: frozenset[str]
    patronymics: frozenset[str]  # lower-case only: "bin", not "Ben"
    longest: int  # tokens the longest phrase may take ("Lt. Gen." is "Lt", ".", "Gen.")
    starts: frozenset[str]  # first words of every phrase, final dots dropped
    honorific_ends: frozenset[str]  # last words of the honorifics, final dots dropped


@lexicon_cache
def _name_prefixes() -> _Prefixes:
    """What may stand before a name (lower-case, final dots dropped)."""
    def bare(terms: Iterable[str]) -> frozenset[str]:
        return frozenset(_bare(t) for t in terms)

    rows = read_table("titles")
    honorifics, regnal = bare(words("honorifics")), bare(words("regnal_titles"))
    titles = bare(r["title"] for r in rows if r["kind"] == "title")
    longest = max(len(_TOKENISH.findall(p)) + 1 for p in honorifics | regnal | titles)
    starts = frozenset(w.split()[0].rstrip(".") for w in honorifics | regnal | titles if w.split())
    ends = frozenset(w.split()[-1].rstrip(".") for w in honorifics if w.split())
    return _Prefixes(honorifics, titles,
                     frozenset(r["title"].lower() for r in rows if r["kind"] == "modifier"),
                     regnal, words("patronymics"), longest, starts, ends)


def _bare(phrase: str) -> str:
    """Lower case, one space between words, no final dot: "Lt. Gen." is "lt. gen"."""
    return " ".join(phrase.lower().split()).rstrip(".")
