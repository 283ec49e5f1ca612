"""What a dated clause says: who takes part, and whether it can be an event at all.

Pure functions over strings (no spaCy, no tables), for :mod:`kit.timeline.events`.

**Page furniture** is kept out of the timeline, with the reason
(:data:`KEPT_OUT`): a date in a *stamp* ("Updated April 3, 2015, 9:40 a.m."),
a *header* (a line that is only a date, or a field of one between bars or bullets:
"THE DAILY | Osk | Friday, May 3, 2024 | Page 1", or between dashes, or two hyphens for
one, when every other field is a short name: "Osk Letter - Velmar - 2 May 2008",
"OSK LETTER -- Velmar -- 2 May 2008", or between commas when every other field is an
outlet's name, a place, an edition or a page in capitals or title case, as the print era
wrote it: "THE OSK CHRONICLE, WEDNESDAY, FEBRUARY 21, 1962"), a *byline* ("By Anja Brenholt,
June 3", "Por Clara Ruiz",
read as the actors' credits read it: :func:`kit.extract.bylines.opens_byline`),
a *caption* ("Photo: Selim Ardahan speaks to reporters ... on July 13, 2022.")
or a *dateline* ("WASHINGTON, Jan. 18 (Reuters) —"). A dateline's names are not
actors of the clause it opens either (:func:`kit.extract.datelines.dateline_end`).

**Participants** (:func:`participants`): besides the named actors (found by the
caller), a clause can be done by a group ("both governments", "the
delegations", "officials": ``group_nouns``, ``source_nouns``,
``government_words``, ``group_anaphors``), be about a meeting or an agreement
("the vote": ``event_nouns``; "the talks", "the summit", "la mesa" (the negotiating
table): ``meeting_nouns``, which all stand for "meeting"; "the deal", "the accord": ``agreement_nouns``,
which all stand for "agreement"; "the truce", "the cease-fire": ``ceasefire_nouns``,
which all stand for "ceasefire"; a capitalised month's name is none: "in March 2003"
is no march), be done by a vehicle ("the first ship left
Odesa": ``vehicle_nouns``) or have a pronoun for
its subject ("which it suspended on Saturday": ``personal_pronouns``).

**Documents** (:func:`documents`): the texts a clause's act adopts, hands over or
answers ("the resolution", "its remarks on the draft", "the amendments":
``document_nouns``). They make no participant; two reports naming the same one
may tell one act in other words (:mod:`kit.timeline.merge`).

**Verbs that say nothing happened** (:func:`verb_reason`): ``stative_verbs``
("be"), and an interview verb with an outlet after "to" ("who spoke to NBC News
earlier this month": ``interview_verbs``; an outlet is a name whose last word
ends in one of ``outlet_words`` or a source of the corpus).

The words are data: lists of ``kit/lexicon/data/words.csv``
(:func:`kit.lexicon.wordlists.words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from kit.extract.bylines import byline_lead, opens_byline, written_before
from kit.extract.datelines import FIRST_SENTENCES, calendar_words, dateline_spans, month_names
from kit.lexicon.calendar import calendar_names, languages, names_in_every_language
from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.regex import alternation
from kit.lexicon.wordlists import words, words_in_any, words_or

__all__ = ["KEPT_OUT", "Participants", "furniture", "participants", "prior_acts", "relative_asides",
           "documents", "event_noun", "verb_reason", "is_outlet"]

#: Why a resolved date makes no event (the ``kept_out`` column of
#: :func:`kit.timeline.events.dated_clauses`); "" when it makes one.
KEPT_OUT = ("unresolved", "stamp", "header", "byline", "caption", "dateline", "quoted", "bound",
            "stative verb", "interview", "no participant", "names a thing", "negated", "superseded plan",
            "continuation", "unnamed source", "state")
_GROUP_LISTS = ("group_nouns", "source_nouns", "government_words", "group_anaphors")
EVENT_LISTS = ("event_nouns", "meeting_nouns", "agreement_nouns", "ceasefire_nouns")
_NOUN_LISTS = (*EVENT_LISTS, "vehicle_nouns")  # nouns two reports of one event share
#: What the nouns of a list all stand for: "the deal" is "the accord", "the talks" "the summit".
NOUN_KINDS = {"meeting_nouns": "meeting", "agreement_nouns": "agreement",
              "ceasefire_nouns": "ceasefire"}
_FIELDS = re.compile(r"\s+[|•·]\s+")  # the fields of a page header: "OUTLET | City | date | Page 1"
_DASHED = re.compile(r"\s+(?:--|[-–—])\s+")  # or, in short fields only, dashes: "Osk Letter - Velmar - 2 May 2008",
# two hyphens for one, as a typewriter writes a dash: "OSK LETTER -- Velmar -- 2 May 2008"
SHORT_FIELD = 4  # words of a name in a header written with dashes (an outlet's, a place's)
HEADER_FIELD = 6  # words of a name in capitals in a header (an outlet's)
# the fields of a header the print era parts with commas too: "THE OSK CHRONICLE, WEDNESDAY, FEBRUARY 21, 1962"
_HEADER_FIELDS = re.compile(r"\s+(?:--|[-–—|•·])\s+|,(?:\s+|$)")
_TIME_WORDS = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s*"
                         r"[ap]\.?m\b\.?|[ap]\.m\b\.?|gmt|utc|[ecmp][sd]?t|at|on)\b", re.I)


class Participants(NamedTuple):
    """Who or what a clause is about, besides named actors."""

    groups: list[str]  # group nouns as written, lower-case ("delegations")
    nouns: list[str]  # event and vehicle nouns, singular ("talks", "deal", "ship")
    pronoun: bool

    def __bool__(self) -> bool:
        return bool(self.groups or self.nouns or self.pronoun)


@lexicon_cache
def _scheduled() -> re.Pattern[str]:
    """ "is to hand back", "had been due to end", "are set to meet", "is due next month":
    what is scheduled happens (``be_forms``, ``scheduling_words``); not "is to be": a
    state."""
    be, due = alternation(words("be_forms")), alternation(words("scheduling_words"))
    return re.compile(rf"\b(?:{be})\s+(?:(?:{due})\s+)?to\s+(?!be\b)[a-z]+"
                      rf"|\b(?:{be})\s+(?:{due})\b(?!\s+to\b)", re.I)


@lexicon_cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words of the lists ``names``, singular or plural ("delegation(s)"; a plural of
    ``plurals.csv``, "treaties", "parties": :func:`_singular` reads it back)."""
    terms = {t.lower() for n in names for t in words_in_any(n)}
    irregular = {plural for word, plural in _plurals().items() if word in terms}
    return re.compile(rf"\b({alternation(terms | irregular, ignore_case=True)})(?:s|es)?\b", re.I)


def _singular(word: str) -> str:
    """``word`` (lower case), or the noun whose plural of ``plurals.csv`` it is.

    >>> _singular("treaties"), _singular("talks")
    ('treaty', 'talks')
    """
    return _singulars().get(word, word)


@lexicon_cache
def _plurals() -> dict[str, str]:
    """noun -> its plural of ``plurals.csv``, every language (a clause's language is not
    known here)."""
    return {row["singular"].lower(): row["plural"].lower() for row in read_table("plurals", lang=None)}


@lexicon_cache
def _singulars() -> dict[str, str]:
    return {plural: word for word, plural in _plurals().items()}


def relative_asides(text: str, lo: int, hi: int, date_at: int) -> list[tuple[int, int]]:
    """The spans of ``text`` between ``lo`` and ``hi`` (a clause) that a relative clause set
    off by a comma takes, to its next comma, semicolon or dash, unless it holds the date at
    ``date_at``: what it tells is its own, not the dated act's ("They met in the town, which
    lies near Velmar, on Friday": Velmar is no place of the meeting). Relative words:
    ``relative_subjects`` (not "that"), ``relative_possessives``, ``alias_relatives`` and
    ``adverbial_relatives`` of place ("where", "donde").

    >>> text = "Osk, who is treated at a clinic in Velmar, flew to Tarn on Friday."
    >>> [text[a:b] for a, b in relative_asides(text, 0, len(text), text.index("Friday"))]
    [', who is treated at a clinic in Velmar']
    >>> relative_asides("They met in Tarn, where Osk spoke on Friday.", 0, 44, 36)
    []
    """
    return _spans_to_aside_end(_relative_opening().finditer(text, lo, hi), text, hi, date_at)


def _spans_to_aside_end(openings: Iterable[re.Match[str]], text: str, hi: int, date_at: int) -> list[tuple[int, int]]:
    """Each opening's span of ``text`` to its next comma, semicolon or dash (or ``hi``),
    unless it holds the date at ``date_at``."""
    spans = []
    for found in openings:
        end = _aside_end().search(text, found.end(), hi)
        stop = end.start() if end is not None else hi
        if not found.start() <= date_at < stop:
            spans.append((found.start(), stop))
    return spans


@lexicon_cache
def _relative_opening() -> re.Pattern[str]:
    relatives = (words_in_any("relative_subjects") - {"that"}) | words_in_any("relative_possessives") \
        | words_in_any("alias_relatives") | (words_in_any("adverbial_relatives") - {"when", "cuando"})
    return re.compile(rf",\s+(?:{alternation(relatives, ignore_case=True)})(?!\w)", re.I)


@lexicon_cache
def _aside_end() -> re.Pattern[str]:
    return re.compile(r"\s*(?:[,;]|—|–|\s-\s)")


def prior_acts(text: str, lo: int, hi: int, date_at: int) -> list[tuple[int, int]]:
    """The spans of ``text`` between ``lo`` and ``hi`` (a clause) that tell an act before or
    after the clause's own in a verb form of no tense, unless it holds the date at ``date_at``:
    a word of ``prior_act_preps`` and a gerund (``gerund_endings``) or, in Spanish, an
    infinitive (``infinitive_endings``, with a pronoun of ``enclitic_pronouns`` glued to it),
    to the next comma, semicolon or dash ("A day *after signing the accord*, they addressed
    the chamber today", "habló ayer, horas *después de firmar el tratado*"): its act and the
    names it gives are that act's, not the dated clause's. A day part ("after morning
    talks") is no gerund.

    >>> text = "A day after signing the Tarn Accord, Osk addressed the Senate today."
    >>> [text[a:b] for a, b in prior_acts(text, 0, len(text), text.index("today"))]
    ['after signing the Tarn Accord']
    >>> prior_acts("Osk spoke after signing it on Monday.", 0, 37, 29)
    []
    """
    skip = words_in_any("day_parts") | words_in_any("stopwords")
    acts = (f for f in _prior_act().finditer(text, lo, hi) if (verb := f.group(f.lastindex or 0))[0].islower()
            and verb not in skip)
    return _spans_to_aside_end(acts, text, hi, date_at)


@lexicon_cache
def _prior_act() -> re.Pattern[str]:
    """A word of ``prior_act_preps`` and a verb form of no tense of the same language: the
    endings of one language never read another's words ("after further talks": "further" is no
    Spanish infinitive)."""
    forms = []
    for lang in ("en", *languages()):
        preps = words_or("prior_act_preps", lang, frozenset())
        endings = [*words_or("gerund_endings", lang, frozenset()), *words_or("infinitive_endings", lang, frozenset())]
        if not preps or not endings:
            continue
        clitics = words_or("enclitic_pronouns", lang, frozenset())
        tail = rf"(?:{alternation(clitics)})?" if clitics else ""
        forms.append(rf"\b(?:{alternation(preps, ignore_case=True)})\s+([a-záéíóúñü]+(?:{alternation(endings)}){tail})\b")
    return re.compile("|".join(forms) or r"$^", re.I)


def participants(clause: str) -> Participants:
    """Groups, event and vehicle nouns and pronouns of ``clause``.

    >>> participants("the delegations agreed on the talks")
    Participants(groups=['delegations'], nouns=['meeting'], pronoun=False)
    >>> participants("it signed the deal").nouns
    ['agreement']
    >>> participants("a dozen ships left Odesa").nouns
    ['ship']
    >>> participants("the march reached the capital in March").nouns
    ['march']
    """
    groups = [m.group(0).lower() for m in _pattern(_GROUP_LISTS).finditer(clause)]
    nouns = [_kind(_singular(m.group(1).lower())) for m in _pattern(_NOUN_LISTS).finditer(clause)
             if not _a_month(m.group(0))]
    pronoun = bool(_pattern(("personal_pronouns",)).search(clause))
    return Participants(list(dict.fromkeys(groups)), list(dict.fromkeys(nouns)), pronoun)


def _a_month(word: str) -> bool:
    """A capitalised month's name, no event noun ("in March 2003", not "the march")."""
    return word[:1].isupper() and word.lower() in month_names()


def documents(clause: str) -> list[str]:
    """The documents ``clause`` names (``document_nouns``), lower-case, singular as listed.

    >>> documents("Velmar handed its remarks on the draft to Ostrava")
    ['remark']
    >>> documents("the council adopted two resolutions"), documents("they met")
    (['resolution'], [])
    """
    found = (_singular(m.group(1).lower()) for m in _pattern(("document_nouns",)).finditer(clause))
    return list(dict.fromkeys(found))


def event_noun(noun: str) -> str | None:
    """What the event noun ``noun`` (a lemma) stands for; None if it names no event.

    >>> event_noun("accord"), event_noun("election"), event_noun("ship")
    ('agreement', 'election', None)
    """
    found = _pattern(EVENT_LISTS).fullmatch(noun.strip())
    return _kind(found.group(1).lower()) if found else None


def _kind(noun: str) -> str:
    for name, kind in NOUN_KINDS.items():
        if noun in words_in_any(name):
            return kind
    return noun


def furniture(sentence: str, expression: str, sentence_id: int, following: str = "") -> str | None:
    """"stamp", "header", "byline" or "caption" when the sentence holding a date is
    page furniture, else None: a stamp opens the sentence or the header's field that holds
    the date. A sentence the photo credit ``following`` it closes
    ("Troops begin their pullout on Sunday." / "(Photo: X / Outlet)") is a caption too.

    >>> furniture("Updated April 3, 2015, 9:40 a.m.", "April 3, 2015", 0)
    'stamp'
    >>> furniture("Photo: Smoke rises over Odesa on July 23, 2022.", "July 23, 2022", 15)
    'caption'
    >>> furniture("THE DAILY | Osk | Friday, May 3, 2024 | Page 1", "Friday, May 3, 2024", 0)
    'header'
    >>> furniture("THE DAILY | Osk | Updated May 3, 2024", "May 3, 2024", 0)
    'stamp'
    """
    text = sentence.strip()
    if caption_opening(text) or _credit_line().match(following.strip()):
        return "caption"
    if sentence_id >= FIRST_SENTENCES:
        return None
    if _stamp().match(text):
        return "stamp"
    if opens_byline(text) and len(text.split()) <= 16 and not _dated_lead(text, expression):
        return "byline"
    fields = _FIELDS.split(text)
    dashed = _DASHED.split(text)
    if len(fields) == 1 and len(dashed) > 1 and all(_name_field(f) for f in dashed if expression not in f):
        fields = dashed  # not a dateline's dash: "VELMAR - Leaders met on 2 May 2008" runs on
    field = next((f for f in fields if expression in f), text)
    stamp = _stamp().match(field.strip()) if len(fields) > 1 else None
    if stamp:  # "THE DAILY | Osk | Updated May 3, 2024": the header's stamp field
        field = field.strip()[stamp.end():]
    if _undated(field, expression):
        return "header" if _fielded_header(text, expression) else None
    return "stamp" if stamp else "header"  # "MONDAY" of "| MONDAY, JANUARY 10, 2000 |": a header


def _undated(field: str, expression: str) -> str:
    """The words of ``field`` besides its date: ``expression``, times ("9:40 a.m.", "on"),
    month and weekday names; "" when it holds nothing else."""
    rest = _TIME_WORDS.sub(" ", field.replace(expression, " ", 1))
    return " ".join(w for w in re.findall(r"[^\W\d_][\w.]*", rest) if w.lower() not in _date_names())


def _fielded_header(text: str, expression: str) -> bool:
    """Whether ``text`` is a page header whose fields commas part as well as bars or dashes:
    the date's own fields hold nothing but the date, and the others are an outlet's name, a
    place, an edition or a page, in capitals or in title case (:func:`_name_field`), as
    the print era wrote the top of a page ("THE OSK CHRONICLE, WEDNESDAY, FEBRUARY 21,
    1962", "Osk Courier, Late Edition, Friday, May 3, 2024, Page 3"). Not a dateline
    ("VELMAR, Feb. 20.": :func:`kit.extract.datelines.dateline_spans` reads it), nor a
    sentence: a field of it holds words in lower case ("Officials met Monday, January 10 in
    Velmar"), or the date's field other words ("Osk Talks Resume Monday, May 3").

    >>> _fielded_header("THE OSK CHRONICLE, WEDNESDAY, FEBRUARY 21, 1962", "FEBRUARY 21, 1962")
    True
    >>> _fielded_header("Osk Talks Resume Monday, May 3", "Monday")
    False
    """
    at = text.find(expression)
    if at < 0 or dateline_spans(text):
        return False
    blank = text[:at] + " " * len(expression) + text[at + len(expression):]
    named, start = False, 0
    for sep in [*_HEADER_FIELDS.finditer(blank), None]:
        end = sep.start() if sep is not None else len(blank)
        field, lo, start = blank[start:end], start, sep.end() if sep is not None else end
        if not _undated(field, expression):
            continue
        if lo < at + len(expression) and at < end or not _name_field(field.strip(" ."), header=True):
            return False  # the date's field holds other words, or a field is no name
        named = True
    return named


def _dated_lead(text: str, expression: str) -> bool:
    """Whether ``expression``, a date, follows the byline's words of ``text`` where a
    byline puts its writer: "By Monday night the rebels had withdrawn", "Por Navidad
    habían vuelto" tell a date, no writer (:func:`kit.extract.bylines.byline_lead`)."""
    at = text.find(expression)
    return at > 0 and byline_lead(written_before(text[:at]))


@lexicon_cache
def _date_names() -> frozenset[str]:
    """The month names and abbreviations, lower case, of English and of the languages that
    write them in lower case, with their "of": the rest of a header's date field."""
    return calendar_words() | frozenset(t.lower() for t in calendar_names("month", "month_abbr"))


def _name_field(field: str, header: bool = False) -> bool:
    """A field of a page header written with dashes: a short name, an outlet's or a
    place's ("Osk Letter", "Velmar"), every word of it capitalised but short ones ("of").
    With ``header`` (:func:`_fielded_header`), a name in capitals may be longer (``HEADER_FIELD``
    words: "THE OSK AND VELMAR EVENING CHRONICLE") and ``header_words`` may be written in lower
    case ("English edition", "page 3")."""
    words = field.split()
    longest = HEADER_FIELD if header and field.isupper() else SHORT_FIELD
    lower = _header_words() if header else frozenset()
    return 0 < len(words) <= longest and all(
        not w[0].islower() or len(w) <= 3 or w.lower().rstrip(".") in lower for w in words)


@lexicon_cache
def _header_words() -> frozenset[str]:
    return frozenset(w.lower() for w in words_in_any("header_words"))


def caption_opening(text: str) -> bool:
    """Whether ``text`` opens as a photo caption does, in any language ("Photo: ...",
    "Foto: ...")."""
    return bool(_opening("caption_cues", r"\s*[:|—–]").match(text.lstrip()))


@lexicon_cache
def _credit_line() -> re.Pattern[str]:
    """A photo credit in parentheses, in any language: "(Photo: X / Outlet)", "(AP Photo/X)",
    "(Foto: X / Diario)"."""
    return re.compile(rf"\((?:[^\W\d_]+\s+)?(?:{alternation(words_in_any('caption_cues'), ignore_case=True)})\s*[:/|)]", re.I)


@lexicon_cache
def _stamp() -> re.Pattern[str]:
    """A stamp's opening: a word of ``stamp_cues`` in any language with a date right after it,
    past punctuation and at most one short word ("Updated May 3", "Publicado: 3/5/2024",
    "Actualizado el 3 de mayo", "Posted on Monday"): a figure, or a month's or a weekday's
    name. Not a participle opening a clause ("Publicado el informe, X firmó el lunes": the
    signing is the story's)."""
    names = names_in_every_language("month", "month_abbr", "weekday")
    return _opening("stamp_cues", rf"\b[\s:|—–,.-]*(?:\w{{1,3}}\s+)?(?=\d|(?:{alternation(names, ignore_case=True)})\b)")


@lexicon_cache
def _opening(name: str, then: str) -> re.Pattern[str]:
    """A sentence that opens with a word of the list ``name`` in any language, followed by
    ``then``."""
    cues = "|".join(sorted(map(re.escape, words_in_any(name)), key=len, reverse=True))
    return re.compile(rf"(?:{cues}){then}", re.I)


def verb_reason(verb: str | None, clause: str, names: Iterable[tuple[str, str]],
                outlets: frozenset[str] = frozenset(), place: bool = False) -> str | None:
    """"stative verb" or "interview" when the clause's verb says nothing happened.

    ``names`` are the clause's mentions as ``(text, text before it in the clause)``;
    ``outlets`` the corpus's sources, lower-case. Being somewhere (``place``: "was
    in Tehran on Thursday") is an event, and so is being scheduled to act ("had
    been due to end yesterday", "is to hand back Kalbajar by Nov. 15").

    >>> verb_reason("speak", "who spoke to NBC News", [("NBC News", "who spoke to ")])
    'interview'
    >>> verb_reason("be", "the talks were useful", []), verb_reason("meet", "they met", [])
    ('stative verb', None)
    >>> verb_reason("be", "the talks had been due to end yesterday", [])
    >>> verb_reason("be", "the second stage is due next month", [])
    """
    if verb in words("stative_verbs") and not place and not _scheduled().search(clause):
        return "stative verb"
    if verb in words("interview_verbs") and any(
            re.search(r"\bto\s+(?:the\s+)?$", before, re.I) and is_outlet(name, outlets)
            for name, before in names):
        return "interview"
    return None


def is_outlet(name: str, outlets: frozenset[str] = frozenset()) -> bool:
    """A news outlet: a source of the corpus, or a name ending in an outlet word.

    >>> is_outlet("NBC News"), is_outlet("TOLOnews"), is_outlet("Foreign Ministry")
    (True, True, False)
    """
    last = name.split()[-1].lower() if name.split() else ""
    lowered = name.lower()
    return (any(last.endswith(w) for w in words("outlet_words"))
            or any(lowered and lowered in o for o in outlets))
