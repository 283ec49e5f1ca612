"""A month's name that is a given name: "Julio Andrés Pereda Salcedo", "August Vane Morrow".

A weekday's name is one too where the language writes its weekdays in lower case
("Domingo Ferrán" opening a Spanish sentence): such a name is read as a month's is below.
Such a weekday with a capital after an article and before no capitalised word is a date
("volverían a la mesa el Jueves"), however the model tagged it.

A month's name written with a capital and followed by a capitalised name is a
person's given name, not a date, when nothing around it makes it one: no day, no
year (a ``DATE`` of the month alone), no preposition, article or date cue before
it in a language that writes its months with a capital ("in June Carter ...",
"since April Israel has ...": the previous word is one of ``stopwords``,
``cue_words`` or ``date_leading_preps``; and, there, a name's place: the next word
a person the NER found, or an apposition opening before the month, a mark of
``apposition_openers`` (not ":", after which a headline goes on), or, with an
article, after the names ("Jan Vermeer, the envoy,"), so that a
title-case headline's "June Talks Resume" stays a date), and the next word is no place,
body or demonym the NER found ("April Israel"). Such a language's month abbreviations
are given names too, written without their dot ("Jan Vermeer"; "Jan. 9" and "Jan 9"
are dates). A language that writes its months
in lower case (Spanish: "en julio") needs no such check: the capital is the name's,
unless the Doc itself writes a month with a capital in a date of its own words ("9 de
Febrero", as older copy does): there a preposition or article before the month makes
it a date too ("En Enero Cristóbal Mena viajó ...").
:func:`month_names`, a component :func:`kit.nlp.pipeline.get_nlp` adds after the
entity fixes, makes the month's word and the names after it one ``PERSON``
entity, replacing the ``DATE`` the model or the fixes' date patterns gave the
month and the part of the name they left ("Andrés Pereda Salcedo").

The same component cuts a date the NER glued to the end of another entity ("at
Kestenholm on March 31" as one organisation) into a ``DATE`` of its own.

The months are the ``month`` rows of ``kit/lexicon/data/calendar_words.csv`` of the
Doc's language (English: :data:`kit.lexicon.calendar.RULES_LANG`); a language without
them gets no component (:func:`has_months`).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Span
>>> doc = spacy.blank("en")("The envoy, August Vane Morrow, left in August.")
>>> doc.ents = [Span(doc, 3, 4, label="DATE"), Span(doc, 9, 10, label="DATE")]
>>> [(e.text, e.label_) for e in month_names(doc).ents]
[('August Vane Morrow', 'PERSON'), ('August', 'DATE')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kit.lexicon.calendar import calendar_names, holidays
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words_in_any
from kit.nlp.labels import one_word_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MONTH_NAMES_NAME = "kit_month_names"
NAME_LABEL = "PERSON"
KEEP_LABELS = frozenset({"", "PERSON", "DATE"})  # a word after the month that may be the name's


@lexicon_cache
def _months(lang: str) -> tuple[frozenset[str], bool]:
    """``lang``'s month names, lower-case, and whether it writes them with a capital; with
    its weekday names where it writes those in lower case ("Domingo Ferrán": the capital
    is the name's, as a month's is)."""
    written = calendar_names("month", lang=lang)
    capitalised = any(m[:1].isupper() for m in written)
    short = calendar_names("month_abbr", lang=lang) if capitalised else ()  # "Jan Kuipers"; not "Mar Menor"
    return frozenset(m.lower() for m in written) | _given_weekdays(lang) | frozenset(
        a.lower().rstrip(".") for a in short if len(a.rstrip(".")) > 2), capitalised


@lexicon_cache
def _given_weekdays(lang: str) -> frozenset[str]:
    """``lang``'s weekday names, lower-case, where it writes them in lower case (a capital is
    then a name's: "Domingo Ferrán"); none where it writes them with one ("Sunday Vane" is
    no name)."""
    days = calendar_names("weekday", lang=lang)
    return frozenset() if any(d[:1].isupper() for d in days) else frozenset(d.lower() for d in days)


@lexicon_cache
def _apposition_openers() -> frozenset[str]:
    """Marks that open an apposition before a name (``apposition_openers``: ",", "("); not the
    ``list_openers`` ":" and ";", after which a title-case headline goes on ("Analysis: June
    Vote Looms")."""
    return words_in_any("apposition_openers")


@lexicon_cache
def _date_openers() -> frozenset[str]:
    """Words that make a capitalised month after them a date ("in", "since", "last", "the")."""
    return words_in_any("stopwords") | words_in_any("cue_words") | words_in_any("date_leading_preps")


def has_months(lang: str) -> bool:
    """Whether the lexicon knows ``lang``'s months (a pipeline of another language gets no
    :func:`month_names`)."""
    return bool(_months(lang)[0])


def month_names(doc: Doc) -> Doc:
    """Make each month's name that opens a person's name a ``PERSON`` with the names after
    it (module docstring)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    months, capitalised = _months(doc.lang_)
    dates_capitalised = not capitalised and _writes_months_capitalised(doc, months)
    found = []
    for tok in doc:
        if tok.lower_ not in months or not tok.is_title or tok.ent_type_ not in KEEP_LABELS:
            continue
        if tok.ent_type_ == "DATE" and _entity_length(tok) > 1:
            continue  # "5 May", "July 1995": a date of its own words
        if (capitalised or dates_capitalised) and _after_a_date_opener(tok):
            continue
        if capitalised and not _reads_as_a_name(tok):
            continue
        if _opens_a_holiday(tok):
            continue  # "Viernes Santo", "Jueves Santo": a holiday, no given name
        end = _name_end(tok, months)
        if end > tok.i + 1:
            found.append(Span(doc, tok.i, end, label=NAME_LABEL))
    if found:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted(filter_spans([*kept, *found]), key=lambda e: e.start)
    return _dates_out_of_names(_weekdays_alone(_weekdays_in_place_names(doc)), months)


def _weekdays_alone(doc: Doc) -> Doc:
    """Make a weekday's name that a language writes in lower case a ``DATE`` where it is
    written with a capital inside a sentence, right after an article (``articles``,
    ``contracted_articles``: "volverían a la mesa el Jueves", "desde el Lunes") and with no
    capitalised word after it, however the model tagged it: a given name there goes on with
    a family name ("el Domingo Ferrán"), a place's has its capital before ("Santo Domingo")."""
    from spacy.tokens import Span

    days = _given_weekdays(doc.lang_)
    articles = words_in_any("articles") | words_in_any("contracted_articles")
    found = [Span(doc, t.i, t.i + 1, label="DATE") for t in doc[1:] if t.lower_ in days and t.is_title
             and not t.is_sent_start and doc[t.i - 1].lower_ in articles and not _capital_after(t)
             and (not t.ent_type_ or _entity_length(t) == 1)]
    if found:
        at = {f.start for f in found}
        doc.ents = sorted([*(e for e in doc.ents if e.start not in at), *found], key=lambda e: e.start)
    return doc


def _weekdays_in_place_names(doc: Doc) -> Doc:
    """Untag a ``DATE`` that is a weekday's name alone, of a language that writes its weekdays
    in lower case, written with a capital inside a sentence right after a capitalised word that
    opens no date (no article, preposition or cue of :func:`_date_openers`): a place's name
    goes on there ("SAN DOMINGO.—", a dateline's place; "Villa Martes"); "LLEGAN EL DOMINGO"
    stays a date."""
    days = _given_weekdays(doc.lang_)
    openers = _date_openers()
    dropped = {t.i for t in doc[1:] if t.lower_ in days and t.ent_type_ == "DATE" and _entity_length(t) == 1
               and (t.is_upper or t.is_title) and not t.is_sent_start
               and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].lower_ not in openers}
    if dropped:
        doc.ents = [e for e in doc.ents if e.start not in dropped]
    return doc


def _capital_after(tok: Token) -> bool:
    """Whether the word after ``tok``, in its sentence, is written with a capital."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and not after.is_sent_start and after.text[:1].isupper()


def _dates_out_of_names(doc: Doc, months: frozenset[str]) -> Doc:
    """Cut a date the NER glued to the end of another entity into a ``DATE`` of its own:
    "at Kestenholm on March 31" tagged as one organisation is "Kestenholm" and "March
    31". The date is a month's name and a day after a ``date_leading_preps`` word inside
    the entity (with a year after a comma, if the entity runs on to one)."""
    from spacy.tokens import Span

    preps = words_in_any("date_leading_preps")
    spans, changed = [], False
    for ent in doc.ents:
        cut = next((t.i for t in ent[1:] if t.i + 2 < ent.end and t.lower_ in preps and doc[t.i + 1].lower_
                    in months and doc[t.i + 1].is_title and doc[t.i + 2].like_num), None)
        if ent.label_ == "DATE" or cut is None:
            spans.append(ent)
            continue
        end = cut + 3
        if end + 1 < ent.end and doc[end].text == "," and doc[end + 1].like_num:
            end += 2  # "March 31, 2004"
        spans += [Span(doc, ent.start, cut, label=ent.label), Span(doc, cut + 1, end, label="DATE")]
        changed = True
    if changed:
        doc.ents = spans
    return doc


def _opens_a_holiday(tok: Token) -> bool:
    """Whether the month's or weekday's name ``tok`` and the words after it are a holiday's
    name of the Doc's language (``holidays.csv``: "Viernes Santo", "Domingo de Ramos"), not
    a given name and a family name."""
    doc = tok.doc
    return any(len(words := name.split()) > 1 and [t.lower_ for t in doc[tok.i:tok.i + len(words)]] == words
               for name in holidays(doc.lang_))


def _entity_length(tok: Token) -> int:
    ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
    return len(ent)


def _writes_months_capitalised(doc: Doc, months: frozenset[str]) -> bool:
    """Whether ``doc``, in a language that writes its months in lower case, writes one with
    a capital in a date of its own words ("9 de Febrero", "Enero de 1992"), as older copy
    does: there "En Enero Cristóbal Mena viajó" is a date before a name."""
    return any(t.lower_ in months and t.is_title and not t.is_sent_start and t.ent_type_ == "DATE"
               and _entity_length(t) > 1 for t in doc)


def _after_a_date_opener(tok: Token) -> bool:
    if tok.is_sent_start or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.like_num or before.lower_ in _date_openers()


def _reads_as_a_name(tok: Token) -> bool:
    """In a language that writes months with a capital, whether the month ``tok`` is where a
    name stands: the NER tags the next word a person, or an apposition opens right before
    it ("The envoy, August Vane Morrow, ..."); a title-case headline's "June Talks Resume"
    is neither."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (after is not None and after.ent_type_ == NAME_LABEL) or (
        before is not None and before.text in _apposition_openers()) or _described_after(tok)


def _described_after(tok: Token) -> bool:
    """Whether an apposition with an article follows the capitalised names after the
    month ``tok`` and ends with a one-word title of the lexicon ("Jan Vermeer, the envoy,
    said"; "the former mayor"): what describes a person; "March Madness, the tournament," names no one."""
    doc, end = tok.doc, _name_end(tok, _months(tok.doc.lang_)[0])
    if not (tok.i + 1 < end < len(doc) - 1 and doc[end].text == ","
            and doc[end + 1].lower_ in words_in_any("articles") | {"a", "an"}):
        return False
    last = next((t.i for t in doc[end + 2:] if t.is_punct), len(doc)) - 1  # "the former | mayor |,"
    return last > end + 1 and doc[last].lower_ in one_word_titles()


def _name_end(tok: Token, months: frozenset[str]) -> int:
    """The end of the capitalised names right after the month ``tok`` (``tok.i + 1``: none):
    no place or body, no calendar word, no function word; a ``PERSON`` the NER found
    there is taken whole."""
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        word = doc[end]
        if not (word.text[:1].isupper() and word.text[1:].islower()) or word.ent_type_ not in ("", NAME_LABEL) \
                or word.lower_ in months or word.lower_ in _date_openers():
            break
        end += 1
    return end
