"""The patterns of kit's spaCy ``span_ruler``, generated from the lexicons.

:func:`entity_patterns` is the full list the ruler gets
(:func:`kit.nlp.pipeline.add_entity_fixes`): one ``TITLE`` pattern per title of
``kit/lexicon/data/titles.csv`` whose ``ruler`` column says ``yes`` (the
titles the small model mistakes for entities: "Secretary of State" tagged ORG
"State"), then one ``NORP`` pattern per demonym of more than one word of
``kit/lexicon/data/demonyms.csv`` (:func:`demonym_patterns`: "Bosnian Serb",
"Turkish Cypriot", which the model splits into two demonyms, tags in part or
as a place and a demonym, "Kosovo" + "Albanian": read whole, the phrase names
the community's own party, not the state of its last or first word), then the hand-kept fixes of ``kit/lexicon/data/entity_patterns.jsonl``,
which holds only patterns no other lexicon has, then the ``day_month`` DATE
patterns (:func:`day_month_patterns`: "5 January", "12 Sept. 2023"), whose
months are the ``month`` and ``month_abbr`` rows of
``kit/lexicon/data/calendar_words.csv``. The ruler matches phrases on
the lower-case form (``phrase_matcher_attr="LOWER"``), so one spelling per
title is enough.

Each language has its own list: ``entity_patterns("es")`` holds the TITLE
patterns of the Spanish titles (``lang=es`` rows: "secretario de Estado", which
the Spanish model tags LOC "Estado de ..."), and the hand-kept fixes of that
language (none yet). A language without rows gets no patterns.
"""

from __future__ import annotations

from typing import Any

from kit.lexicon.calendar import RULES_LANG, calendar_names, date_patterns
from kit.lexicon.files import DEFAULT_LANG, read_records, read_table, thaw

TITLE_LABEL = "TITLE"
TITLE_ID = "title"
DEMONYM_LABEL = "NORP"
DEMONYM_ID = "compound_demonym"


def title_patterns(lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
    """``TITLE`` phrase patterns for the titles marked ``ruler=yes``, one per lower-case form.

    Examples
    --------
    >>> title_patterns()[0]
    {'label': 'TITLE', 'id': 'title', 'pattern': 'Secretary of State'}
    >>> "secretario de Relaciones Exteriores" in {p["pattern"] for p in title_patterns("es")}
    True
    """
    seen: set[str] = set()
    patterns = []
    for row in read_table("titles", lang=lang):
        key = row["title"].lower()
        if row["kind"] == "title" and row["ruler"] == "yes" and key not in seen:
            seen.add(key)
            patterns.append({"label": TITLE_LABEL, "id": TITLE_ID, "pattern": row["title"]})
    return patterns


def demonym_patterns(lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
    """``NORP`` phrase patterns for the ``demonym`` rows of ``demonyms.csv`` of more
    than one word ("Bosnian Serb"), one per lower-case form.

    Examples
    --------
    >>> patterns = demonym_patterns()
    >>> {"Bosnian Serb", "Turkish Cypriots"} <= {p["pattern"] for p in patterns}, patterns[0]["label"]
    (True, 'NORP')
    """
    seen: set[str] = set()
    patterns = []
    for row in read_table("demonyms", lang=lang):
        key = row["term"].lower()
        if row["kind"] == "demonym" and len(key.split()) > 1 and key not in seen:
            seen.add(key)
            patterns.append({"label": DEMONYM_LABEL, "id": DEMONYM_ID, "pattern": row["term"]})
    return patterns


def day_month_patterns(lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
    """``DATE`` patterns of a day before its month ("5 January", "12 Sept. 2023", "5 March
    last year"), which the English model leaves untagged.

    The months are ``lang``'s ``month`` and ``month_abbr`` rows of ``calendar_words.csv``
    as written: the pattern matches ``TEXT``, so case and dots count. The pattern's shape
    is kept here, not in ``entity_patterns.jsonl``, so the month names are kept once.
    Only :data:`kit.lexicon.calendar.RULES_LANG` (English) gets them: a language whose
    pipeline tags no dates has the same shapes in :func:`kit.lexicon.calendar.date_patterns`.

    Examples
    --------
    >>> pattern = day_month_patterns()[0]["pattern"]
    >>> pattern[1]["TEXT"]["IN"][:2], pattern[1]["TEXT"]["IN"][-2:], day_month_patterns("es")
    (['January', 'February'], ['Nov.', 'Dec.'], [])
    """
    months = calendar_names("month", "month_abbr", lang=lang)
    if lang != RULES_LANG or not months:
        return []
    after = ([{"SHAPE": "dddd", "OP": "?"}], [{"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": "year"}])
    return [{"label": "DATE", "id": "day_month",
             "pattern": [{"SHAPE": {"IN": ["d", "dd"]}}, {"TEXT": {"IN": list(months)}}, *tail]}
            for tail in after]


def entity_patterns(lang: str = DEFAULT_LANG) -> list[dict[str, Any]]:
    """Every pattern of kit's span_ruler: generated titles and compound demonyms
    (:func:`demonym_patterns`), the hand-kept fixes, the
    ``day_month`` dates (:func:`day_month_patterns`), then the dates of a language whose
    pipeline tags none (:mod:`kit.lexicon.calendar`).

    A fresh list of plain dicts (the caller may change it), without the
    ``lang`` key spaCy does not know.

    Examples
    --------
    >>> [p["label"] for p in entity_patterns()][-3:]
    ['PERSON', 'DATE', 'DATE']
    """
    fixes = [thaw(record) for record in read_records("entity_patterns", lang=lang)]
    for fix in fixes:
        del fix["lang"]
    return title_patterns(lang) + demonym_patterns(lang) + fixes + day_month_patterns(lang) + date_patterns(lang)
