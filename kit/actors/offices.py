"""When two readings of a person, roles or sides, say the same: the keys they are compared by.

:class:`kit.actors.names.NameGraph` reads two person names as one person's when a
reading of theirs agrees, and keeps them apart when their readings are at odds; the
registry shows one role of the several its mentions give (:func:`kit.actors.registry.reading`).
Articles write one reading many ways, and :func:`reading_keys` writes them one way: accents,
case, dots, hyphens and a leading "the" aside (:func:`kit.lexicon.keys.name_key`: "The House
of Representatives" and "House of Representatives" are one side); a title "of" or "for" a
body in the other word order (:func:`role_form`: "Speaker of the House", "House Speaker"); and
a body by its name, not the alias written (``bodies.csv``: "AU" is the African Union, so
"chairperson of the AU Commission" is the "African Union Commission chairperson"); the
titles of whoever heads a body as one office each (``head_titles`` of ``words.csv``: "chairman"
and "chairperson" are the chair, ``chair_titles``), which a word that says only that someone heads
it, ``generic_head_titles``, may be any of ("head of the commando" is its "leader"; "head of the
party" is its "chairman", or its "leader", but its "chairman" is not its "leader"); and a title of another language that opens a role
left in that language read in English, with the words that join its complement (the ``role``
of its row of ``titles.csv`` and ``glossary.csv``: "obispo de Tirsa" is the "Bishop of
Tirsa").

Examples
--------
>>> reading_keys("chairperson of the AU Commission") == reading_keys("African Union Commission chairperson")
True
"""

from __future__ import annotations

import re
from itertools import product

from kit.lexicon.bodies import body_of
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.keys import name_key
from kit.lexicon.wordlists import glossary, head_offices, words

OF_FORM = re.compile(r"^(?P<head>.+?) (?:of|for) (?:the )?(?P<body>\S+(?: \S+){0,3})$")
"""A title "of"/"for" (the) a body of at most four words: "head of the delegation"."""
_LONGEST_BODY = 5  # words of the longest body alias looked for in a reading
CHAIR = "chair"
"""How :func:`reading_keys` writes every ``chair_titles`` word ("chairman", "chairperson")."""


@lexicon_cache(maxsize=1 << 14)
def reading_keys(reading: str) -> frozenset[str]:
    """The keys two writings of one reading share one of (see the module docstring): one,
    or one for each office a ``generic_head_titles`` word in it may be.

    Examples
    --------
    >>> reading_keys("Secretary-General"), reading_keys("the Alianza Cívica")
    (frozenset({'secretary general'}), frozenset({'alianza civica'}))
    >>> reading_keys("Speaker of the House"), reading_keys("envoy of the UN")
    (frozenset({'house speaker'}), frozenset({'united nations envoy'}))
    >>> sorted(reading_keys("leader of the commando")), sorted(reading_keys("Commando chief"))
    (['commando leader'], ['commando chair', 'commando leader'])
    """
    key = role_form(name_key(_bodies_named(_in_english(reading))))
    return frozenset(" ".join(ws) for ws in product(*(_offices(w) for w in key.split())))


def _offices(word: str) -> tuple[str, ...]:
    """The offices a word of a reading's key may be: a ``chair_titles`` word the chair; a
    ``generic_head_titles`` word any head title's office; any other word itself."""
    generic, chairs = words("generic_head_titles"), words("chair_titles")
    if word in chairs:
        return (CHAIR,)
    if word in generic:
        return tuple(sorted({CHAIR if w in chairs else w for w in words("head_titles") - generic}))
    return (word,)


def _in_english(role: str) -> str:
    """``role`` read in English when a title of another language opens it (the longest):
    the title's English ``role`` (``titles.csv``), then each word of the language's
    ``glossary.csv`` in English ("obispo de Tirsa": "Bishop of Tirsa"); else as it is.

    >>> _in_english("obispo de Tirsa"), _in_english("Bishop of Tirsa")
    ('Bishop of Tirsa', 'Bishop of Tirsa')
    """
    words_ = role.split()
    for n in range(len(words_), 0, -1):
        found = _other_titles().get(" ".join(words_[:n]).casefold())
        if found:
            english, lang = found
            joins = glossary(lang)
            return " ".join([english, *(joins.get(w, w) for w in words_[n:])])
    return role


@lexicon_cache
def _other_titles() -> dict[str, tuple[str, str]]:
    """The titles of ``titles.csv`` in other languages than English that give their English
    ``role`` and are no English title, lower case: their English and their language."""
    english = {row["title"].casefold() for row in read_table("titles")}  # "general": English keeps its own
    return {row["title"].casefold(): (row["role"], row["lang"]) for row in read_table("titles", lang=None)
            if row["lang"] != DEFAULT_LANG and row["kind"] == "title" and row.get("role")
            and row["title"].casefold() not in english}


def role_form(role: str) -> str:
    """The key of a role that both word orders share: lower case, and "<title> of/for
    (the) <body>" as "<body> <title>"; not a role holding a title of ``fixed_of_titles``
    (``words.csv``), whose other word order names another office: "Secretary of State" is
    no "State Secretary", a junior minister in some countries.

    Examples
    --------
    >>> role_form("Speaker of the House"), role_form("House Speaker"), role_form("commander of the FARC")
    ('house speaker', 'house speaker', 'farc commander')
    >>> role_form("Deputy Secretary of State"), role_form("State Secretary")
    ('deputy secretary of state', 'state secretary')
    """
    lower = " ".join(role.split()).casefold()
    match = OF_FORM.match(lower)
    fixed = match is not None and any(re.search(rf"(?:^| ){re.escape(title)}(?: |$)", lower)
                                      for title in words("fixed_of_titles"))
    return f"{match['body']} {match['head']}" if match and not fixed else lower


def _bodies_named(reading: str) -> str:
    """``reading`` with each alias of a body it names, written with a capital, replaced by
    the body's name (``bodies.csv``: "AU Commission" → "African Union Commission"), the
    longest alias first."""
    words, out, i = reading.split(), [], 0
    while i < len(words):
        n = next((n for n in range(min(_LONGEST_BODY, len(words) - i), 0, -1)
                  if words[i][:1].isupper() and body_of(" ".join(words[i:i + n]))), 0)
        body = body_of(" ".join(words[i:i + n])) if n else None
        out.append(body.canonical if body else words[i])
        i += n or 1
    return " ".join(out)


PRESIDING = "presiding officer"
"""How :func:`office_key` writes a ``presiding_titles`` word of a ``chamber_words`` chamber."""


@lexicon_cache(maxsize=1 << 14)
def office_key(role: str) -> str:
    """The key two writings of one office share, for a person's roles to be one reading
    however each mention writes the office: the reading's key (:func:`reading_keys`, before a
    ``generic_head_titles`` word is read as any head title), then the office of whoever heads
    a body of ``heads.csv`` for a title that heads that body: a head title of it (``head_titles``:
    "army chief" is the "commander of the Army"), or the title of a noun of
    ``office_body_nouns`` ("Minister of Foreign Affairs", of the "Foreign Affairs Ministry":
    the "Foreign Minister"); and a title of ``presiding_titles`` of a chamber of
    ``chamber_words`` as its presiding officer ("Parliament Speaker", "President of the
    Parliament"). A title with a deputy's word before it heads nothing of that body ("Deputy
    Foreign Minister": its body "deputy foreign" names none).

    Examples
    --------
    >>> office_key("Minister of Foreign Affairs") == office_key("Foreign Minister")
    True
    >>> office_key("President of the Parliament") == office_key("Parliament Speaker")
    True
    >>> office_key("army chief") == office_key("commander of the Army"), office_key("Deputy Foreign Minister")
    (True, 'deputy foreign minister')
    """
    key = role_form(name_key(_bodies_named(_in_english(role))))
    body, _, title = key.rpartition(" ")
    if not body:
        return key
    if title in words("presiding_titles") and body in words("chamber_words"):
        return f"{body} {PRESIDING}"
    heads = _head_keys()
    if title in words("head_titles") and body in heads:
        return heads[body]
    for pair in sorted(words("office_body_nouns")):
        holder, _, noun = pair.partition(">")
        if title == holder and f"{body} {noun}" in heads:
            return heads[f"{body} {noun}"]
    return key


@lexicon_cache
def _head_keys() -> dict[str, str]:
    """The bodies of ``heads.csv`` by their key (:func:`role_form` of :func:`name_key`:
    "Ministry of Foreign Affairs" as "foreign affairs ministry"), each with its head's office so
    written."""
    return {role_form(name_key(body)): role_form(name_key(office)) for body, office in head_offices().items()}
