"""Calendar words: the English names kit's date rules read, and dates in languages whose
pipeline tags none (patterns to find them, English to resolve them).

``kit/lexicon/data/calendar_words.csv`` holds, in English (:data:`RULES_LANG`),
the month and weekday names and their abbreviations, dots as written
("Sept."), which :func:`month_numbers`, :func:`weekday_numbers` and
:func:`calendar_names` give to the date rules (:mod:`kit.timeline`), the
``day_month`` patterns (:mod:`kit.lexicon.patterns`) and the name checks of
:mod:`kit.nlp.rows`. The English pipeline tags dates itself: its rows are
neither made patterns of nor translated.

The Spanish pipeline tags ``PER``/``LOC``/``ORG``/``MISC`` and no ``DATE``.
The file lists such a language's month and weekday
names, the words before or after them ("pasado", "próximo"), units, parts of a
month ("principios", "finales"), the days and parts of a day counted from
publication ("ayer", "anoche", "anteayer", "pasado mañana", "esta noche"), "hace"
and number words, each with the English kit's date rules read; "mañana" is
"tomorrow" where the parser reads it as an adverb ("recibirá *mañana*"), not the
noun ("por la mañana") nor after "pasado" alone: the dates extractor
(:mod:`kit.extract.dates`) drops those. A term may have several words ("pasado
mañana", the day after tomorrow; "esta mañana"): its pattern is its words. "Fin"
is no part of a month: "fin de semana" is a unit, the weekend ("el pasado fin de
semana", last weekend), and "fin de mes" / "fin de año" terms of their own, the end of
this month / year ("deja el cargo a fin de mes"). From it:

- :func:`date_patterns` makes ``DATE`` patterns for kit's ``span_ruler``
  ("el *viernes*", "el *pasado 27 de diciembre*", "*la semana pasada*", "a
  *finales de enero*", "*hace dos días*"), so the dates extractor reads them
  as it reads English ``DATE`` entities (the verb's tense, the cue words);
- :func:`in_english` writes such an expression the way
  :func:`kit.timeline.resolve.resolve` reads dates ("pasado 27 de diciembre" →
  "last December 27", "hace dos días" → "two days ago", "finales de enero" →
  "late January"), so a Spanish date is resolved, and explained, by the same
  rules as an English one. The explanation quotes the words of the article.
  Chains count from the date the article gave before them, as English ones do
  ("tres días después" → "three days later", "al día siguiente" → "the
  following day", "esa misma semana" → "the same week", "ese día" → "that day").
  A year counted from publication's is one date with its month ("el 10 de diciembre
  del año pasado" → "December 10 last year", "en marzo de este año" → "March this
  year", "del próximo año" → "next year", "del año próximo pasado" → "last year") or its part ("a fines del año pasado" →
  "late last year", not late this year). A day of the month alone ("el día 11" → "the
  11th") is read as the nearest such day, as a year-less date is
  (:mod:`kit.timeline.rules`).

Examples
--------
>>> in_english("el pasado 27 de diciembre"), in_english("hace dos días"), in_english("a principios de mes")
('last December 27', 'two days ago', 'early this month')
>>> in_english("mañana"), in_english("fin de semana") is None
('tomorrow', True)
>>> in_english("anoche"), in_english("pasado mañana"), in_english("el fin de semana pasado")
('last night', 'the day after tomorrow', 'last weekend')
>>> in_english("tres días después"), in_english("al día siguiente"), in_english("esa misma semana")
('three days later', 'the following day', 'the same week')
>>> in_english("el día 11"), in_english("día 22")
('the 11th', 'the 22nd')
>>> in_english("el día 11")
'the 11th'
>>> in_english("Friday") is None
True
>>> month_numbers()["sept"], weekday_numbers()["tues"], calendar_names("month_abbr")[:2]
(9, 1, ('Jan.', 'Feb.'))
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from kit.lexicon.files import lexicon_cache, read_table, unaccented

RULES_LANG = "en"
"""The language of the ``meaning`` column and of kit's date rules; its rows are not translated."""
_LEADING = r"(?:(?:el|la|los|las|en|a|al|de|del|desde|hasta|para|hacia) )*"


@lexicon_cache
def calendar_words(lang: str) -> dict[str, dict[str, str]]:
    """Kind -> {term: English meaning} of ``lang``'s calendar words (none: empty)."""
    table: dict[str, dict[str, str]] = {}
    for row in read_table("calendar_words", lang=None):
        if row["lang"] == lang:
            table.setdefault(row["kind"], {})[row["term"].lower()] = row["meaning"]
    return table


@lexicon_cache
def languages() -> tuple[str, ...]:
    """The languages ``calendar_words.csv`` has words of, besides :data:`RULES_LANG`:
    those :func:`date_patterns` and :func:`in_english` read."""
    return tuple(sorted({row["lang"] for row in read_table("calendar_words", lang=None)} - {RULES_LANG}))


@lexicon_cache
def names_in_every_language(*kinds: str) -> frozenset[str]:
    """The terms of ``kinds`` (``calendar_names``) in English and in every language of
    ``calendar_words.csv``, lower case and without their dot ("dec", "dic", "monday").

    >>> {"dec", "dic", "sept", "lunes"} <= names_in_every_language("month_abbr", "weekday")
    True
    """
    return frozenset(t.lower().rstrip(".") for lang in (RULES_LANG, *languages())
                     for t in calendar_names(*kinds, lang=lang))


@lexicon_cache
def calendar_names(*kinds: str, lang: str = RULES_LANG) -> tuple[str, ...]:
    """The terms of ``kinds`` ("month", "month_abbr", "weekday", "weekday_abbr") in
    ``lang``, as written (case, dots), kind by kind in the order of the file."""
    rows = read_table("calendar_words", lang=lang)
    return tuple(row["term"] for kind in kinds for row in rows if row["kind"] == kind)


def month_numbers(lang: str = RULES_LANG) -> Mapping[str, int]:
    """Month name or abbreviation, lower case without its dot, -> month (January 1):
    the names, then the abbreviations, in the order of the file."""
    return _numbered("month", lang)


def weekday_numbers(lang: str = RULES_LANG) -> Mapping[str, int]:
    """Weekday name or abbreviation, lower case without its dot, -> weekday (Monday 0)."""
    return _numbered("weekday", lang)


@lexicon_cache
def _numbered(kind: str, lang: str) -> Mapping[str, int]:
    first = {"month": 1, "weekday": 0}[kind]
    order = calendar_names(kind)  # the English names in calendar order, which meanings are
    rows = read_table("calendar_words", lang=lang)
    numbers: dict[str, int] = {}
    for row in (row for k in (kind, f"{kind}_abbr") for row in rows if row["kind"] == k):
        numbers.setdefault(row["term"].lower().rstrip("."), first + order.index(row["meaning"]))
    return MappingProxyType(numbers)


def holidays(lang: str | None = None) -> dict[str, tuple[str, str]]:
    """Holiday names, lower case, of ``lang`` (every language: None) and ``(rule,
    granularity)``: the rule ``MM-DD`` or ``easter+N`` (days from Easter Sunday), from
    ``kit/lexicon/data/holidays.csv`` (made by :mod:`kit.lexicon.build.holidays`).

    >>> holidays("en")["good friday"], holidays("en")["new year's day"], holidays()["viernes santo"]
    (('easter-2', 'day'), ('01-01', 'day'), ('easter-2', 'day'))
    """
    return _holidays(lang)


@lexicon_cache
def _holidays(lang: str | None) -> dict[str, tuple[str, str]]:
    return {row["name"].lower(): (row["rule"], row["granularity"]) for row in read_table("holidays", lang=lang)}


def date_patterns(lang: str) -> list[dict[str, Any]]:
    """``span_ruler`` patterns (label ``DATE``) of ``lang``'s dates; none without words,
    none in :data:`RULES_LANG` (its pipeline tags dates). A weekday alone, in a language
    that writes its weekdays in lower case, is a date written so or opening a sentence:
    a capital inside a sentence is a name's ("Domingo Ferrán", "Villa Domingo")."""
    w = calendar_words(lang) if lang in languages() else {}
    if not w:
        return []

    def any_of(*kinds: str) -> dict[str, Any]:
        return {"LOWER": {"IN": sorted({t for k in kinds for t in w.get(k, {}) if " " not in t})}}

    def phrases(kind: str) -> list[list[dict[str, Any]]]:
        """The terms of ``kind`` of more than one word, a token each ("pasado mañana")."""
        return [[{"LOWER": t} for t in term.split()] for term in sorted(w.get(kind, {})) if " " in term]

    of, day = any_of("of"), {"SHAPE": {"IN": ["d", "dd"]}}
    year = [any_of("of"), {"SHAPE": "dddd"}]
    month, weekday, before, after = any_of("month"), any_of("weekday"), any_of("before"), any_of("after")
    alone = [[weekday]] if _writes_capitalised("weekday", lang) else [
        [{**weekday, "IS_TITLE": False}], [{**weekday, "IS_SENT_START": True}]]
    count = {"LOWER": {"IN": sorted(w.get("number", {}))}} if w.get("number") else {"LIKE_NUM": True}
    # "el día 11": the unit of a day before a day of the month, no month
    a_day = {"LOWER": {"IN": sorted(t for t, m in w.get("unit", {}).items() if m == "day")}}
    # a year counted from publication's: "del año pasado", "de este año", "del próximo año"
    a_year = {"LOWER": {"IN": sorted(t for t, m in w.get("unit", {}).items() if m == "year")}}
    # "del año próximo pasado" (the year just past, as some outlets write it): the last word reads
    years = [year, [of, before, a_year], [of, a_year, after], [of, a_year, after, after]]
    # the year the text named last: "septiembre de ese año", "el 3 de mayo de aquel año"
    that_year = [of, any_of("that"), a_year]
    # an abbreviated month only after a day of the month: "el 3 dic.", "7 de sept. de 2021",
    # "9 dic (AIN)" ("mar" and "may" alone are other words). kit.nlp.pipeline keeps the dot in
    # the token; where it cannot ("mar.", a noun too) the dot may end the sentence: no date
    # runs past it
    abbr = {"LOWER": {"IN": sorted({f for t in w.get("month_abbr", {}) for f in (t, t.rstrip("."))})}}
    abbreviated = [[*pre, day, *o, abbr, *y]
                   for pre in ([], [before], [weekday]) for o in ([], [of])
                   for y in ([], [{"SHAPE": "dddd"}], *years)] if w.get("month_abbr") else []
    shapes: list[list[dict[str, Any]]] = [
        *alone, [before, weekday], [weekday, after], [weekday, day], [before, weekday, day],
        [a_day, day], [day, of, month], *([day, of, month, *y] for y in years), [before, day, of, month],
        [month, *that_year], [day, of, month, *that_year],
        [before, day, of, month, *year],
        [weekday, day, of, month], *([weekday, day, of, month, *y] for y in years),
        [month], *([month, *y] for y in years), [before, month], [month, after],
        [before, any_of("unit")], [any_of("unit"), after],
        [any_of("ago"), count, any_of("unit")], [any_of("ago"), {"LIKE_NUM": True}, any_of("unit")],
        *abbreviated,
        [any_of("part"), of, month], [any_of("part"), of, month, *year], [any_of("part"), of, any_of("unit")],
        *([any_of("part"), *y] for y in years[1:]),  # "a fines del año pasado": late last year
        [any_of("deictic")], [any_of("adverb_deictic")],  # a date only as an adverb: kit.extract.dates
        # chains, counted from a date the article gave before: "tres días después", "al día
        # siguiente", "esa misma semana", "ese día"
        [count, any_of("unit"), any_of("later")], [{"LIKE_NUM": True}, any_of("unit"), any_of("later")],
        [any_of("unit"), any_of("following")], [any_of("that"), any_of("same"), any_of("unit")],
        [any_of("same"), any_of("unit")], [any_of("that"), any_of("unit")],
        # terms of several words: "pasado mañana", "esta noche", "el pasado fin de semana"
        *phrases("deictic"), *([before, *u] for u in phrases("unit")), *([*u, after] for u in phrases("unit")),
    ]
    return [{"label": "DATE", "pattern": p, "id": f"calendar-{lang}"} for p in shapes]


def ordinal(day: int) -> str:
    """A day of the month as English writes it alone ("the 11th", "the 22nd").

    >>> ordinal(1), ordinal(11), ordinal(22), ordinal(23), ordinal(30)
    ('1st', '11th', '22nd', '23rd', '30th')
    """
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _writes_capitalised(kind: str, lang: str) -> bool:
    """Whether ``lang`` writes its names of ``kind`` ("weekday") with a capital, as
    ``calendar_words.csv`` writes them."""
    return any(t[:1].isupper() for t in calendar_names(kind, lang=lang))


def in_english(expression: str) -> str | None:
    """``expression`` as kit's English date rules read it, if it is a date in a
    language of ``calendar_words.csv``; else None."""
    text = _plain(expression)
    memo = _read_in_english()
    if text not in memo:  # a corpus repeats its date expressions: read each once
        memo[text] = next((found for lang in languages() if (found := _english(text, lang)) is not None), None)
    return memo[text]


@lexicon_cache
def _read_in_english() -> dict[str, str | None]:
    """The expressions :func:`in_english` has read, until the lexicons are cleared."""
    return {}


def _plain(text: str) -> str:
    return unaccented(" ".join(text.lower().replace(",", " ").split()).strip(" .;:"))


@lexicon_cache
def _grammar(lang: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    words = {kind: {_plain(t): m for t, m in terms.items()} for kind, terms in calendar_words(lang).items()}
    # a day's month, written out or abbreviated ("3 de dic. de 2021": the dot read away)
    words["day_month"] = {**words.get("month", {}), **words.get("month_abbr", {})}
    alt = {kind: "|".join(sorted(map(re.escape, terms), key=len, reverse=True)) for kind, terms in words.items()}
    return words, alt


def _that_year(text: str, lang: str) -> str | None:
    """A month, or a day of it, "of that year" ("septiembre de ese año": "September that
    year", the year the text named last, :func:`kit.timeline.relative.named_year`)."""
    words, alt = _grammar(lang)
    year = "|".join(re.escape(t) for t, m in words["unit"].items() if m == "year")
    m = re.fullmatch(rf"(?P<date>.+) (?:{alt.get('of', 'de')}) (?:{alt.get('that', '$^')}) (?:{year})", text)
    if m is None or not year or not re.search(rf"\b(?:{alt['month']})\b", m["date"]):
        return None
    date = _english(m["date"], lang)
    return f"{date} that year" if date is not None else None


def _english(text: str, lang: str) -> str | None:
    words, alt = _grammar(lang)
    if not words:
        return None
    text = re.sub(rf"^{_LEADING}", "", text)

    def say(kind: str, word: str | None) -> str:
        return words[kind][word] if word else ""

    of = alt.get("of", "de")
    year = "|".join(re.escape(t) for t, m in words["unit"].items() if m == "year")
    day_units = "|".join(re.escape(t) for t, m in words["unit"].items() if m == "day") or "$^"
    # a year counted from publication's ("del año pasado", "de este año"): "last year"
    m = re.fullmatch(rf"(?P<date>.+) (?:{of}) (?:(?P<b>{alt['before']}) (?:{year})|(?:{year}) (?:(?:{alt['after']}) )?(?P<a>{alt['after']}))",
                     text)
    if m is None and (that := _that_year(text, lang)) is not None:
        return that
    if m is not None and re.fullmatch(alt["part"], m["date"]):  # "fines del año pasado": late last year
        part = say("part", m["date"])
        return f"{part}{'-' if part == 'mid' else ' '}{say('before', m['b']) or say('after', m['a'])} year"
    if m is not None and (date := _english(m["date"], lang)) is not None:
        return f"{date} {say('before', m['b']) or say('after', m['a'])} year"
    forms: list[tuple[str, Any]] = [
        (rf"(?:(?P<b>{alt['before']}) )?(?P<wd>{alt['weekday']})(?: (?P<a>{alt['after']}))?(?: (?P<d>\d{{1,2}}))?",
         lambda m: " ".join(filter(None, [say("before", m["b"]) or say("after", m["a"]), say("weekday", m["wd"]),
                                          m["d"]]))),
        (rf"(?:(?P<b>{alt['before']}) )?(?:(?P<wd>{alt['weekday']}) )?(?P<d>\d{{1,2}}) (?:{of} )?"
         rf"(?:(?P<m>{alt['month']})|(?P<ab>{alt.get('month_abbr', '$^')})\.?)(?: (?:{of} )?(?P<y>\d{{4}}))?",
         lambda m: " ".join(filter(None, [say("before", m["b"]),
                                          (say("weekday", m["wd"]) + ",") if m["wd"] else "",
                                          say("day_month", m["m"] or m["ab"]), m["d"] + ("," if m["y"] else ""),
                                          m["y"]]))),
        (rf"(?:(?P<b>{alt['before']}) )?(?P<m>{alt['month']})(?: (?:(?:{of}) (?P<y>\d{{4}})|(?P<a>{alt['after']})))?",
         lambda m: " ".join(filter(None, [say("before", m["b"]) or say("after", m["a"]), say("month", m["m"]), m["y"]]))),
        (rf"(?:(?P<b>{alt['before']}) )?(?P<u>{alt['unit']})(?: (?P<a>{alt['after']}))?",
         lambda m: (f"{say('before', m['b']) or say('after', m['a']) or 'this'} {say('unit', m['u'])}"
                    if m["b"] or m["a"] else None)),
        (rf"(?:{alt['ago']}) (?P<n>\d+|{alt.get('number', '$^')}) (?P<u>{alt['unit']})",
         lambda m: f"{m['n'] if m['n'].isdigit() else say('number', m['n'])} {say('unit', m['u'])} ago"),
        (rf"(?P<p>{alt['part']}) (?:{of}) (?:(?P<m>{alt['month']})(?: (?:{of} )?(?P<y>\d{{4}}))?|(?P<u>{alt['unit']}))",
         lambda m: (f"{say('part', m['p'])}{'-' if say('part', m['p']) == 'mid' else ' '}"
                    + (" ".join(filter(None, [say("month", m["m"]), m["y"]])) if m["m"]
                       else f"this {say('unit', m['u'])}"))),
        (rf"(?P<x>{alt['deictic']})", lambda m: say("deictic", m["x"])),
        (rf"(?P<x>{alt.get('adverb_deictic', '$^')})", lambda m: say("adverb_deictic", m["x"])),
        (rf"(?P<n>\d+|{alt.get('number', '$^')}) (?P<u>{alt['unit']}) (?P<w>{alt.get('later', '$^')})",
         lambda m: " ".join([m["n"] if m["n"].isdigit() else say("number", m["n"]), say("unit", m["u"]),
                             say("later", m["w"])])),
        (rf"(?P<u>{day_units}) (?P<d>\d{{1,2}})", lambda m: f"the {ordinal(int(m['d']))}"),  # "el día 11"
        (rf"(?P<u>{alt['unit']}) (?P<f>{alt.get('following', '$^')})",
         lambda m: f"the {say('following', m['f'])} {say('unit', m['u'])}"),
        (rf"(?:(?:{alt.get('that', '$^')}) )?(?P<s>{alt.get('same', '$^')}) (?P<u>{alt['unit']})",
         lambda m: f"the same {say('unit', m['u'])}"),
        # "esta misma semana": this same week, the article's own (kit.timeline.relative._same)
        (rf"(?P<b>{alt['before']}) (?P<s>{alt.get('same', '$^')}) (?P<u>{alt['unit']})",
         lambda m: f"{say('before', m['b'])} same {say('unit', m['u'])}" if say("before", m["b"]) == "this" else None),
        (rf"(?P<t>{alt.get('that', '$^')}) (?P<u>{alt['unit']})",
         lambda m: f"{say('that', m['t'])} {say('unit', m['u'])}"),
    ]
    for pattern, write in forms:
        m = re.fullmatch(pattern, text)
        if m is not None:
            return write(m) or None
    return None
