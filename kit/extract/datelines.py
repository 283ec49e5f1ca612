"""Datelines: where a story was filed from, written before its first dash.

"WASHINGTON (Pacific Ledger) — President Tom Harlan ...", "OSAN AIR BASE,
South Korea (Harbour Wire) — ...", "KYIV, Ukraine, Jan. 18 (Reuters) - ...",
and a place in capitals on a line of its own ("LAUSANNE" / ", Switzerland
(Continental Wire) — ..."), or with its date and a full stop, as the print era
wrote a correspondent's dateline ("PARIS, Feb. 20." / "The ministers ..."). A dateline opens one of the text's first lines
(:data:`OPENING_LINES`, as headers, bylines and stamps may come first): a
run of words in capitals, then only commas, capitalised words, numbers, a month
after its day in lower case ("LA HABANA, 17 dic (ANG) —": a wire's date, its month
abbreviated as Spanish wires write it), or after the day and a word of ``of_preps``
("26 de noviembre"), and a parenthesis (the outlet) up to the dash, which a Spanish wire
may write as a hyphen after a full stop ("BUENOS AIRES, 26 de noviembre (NDA).- ").

Its names are where the story was filed and who filed it: not an actor, a
government mention, a tie of the network or a state the article names
(:mod:`kit.extract.roles`, :mod:`kit.extract.governments`). "NATO Secretary
General Anders Lystad — ..." opens with a word in capitals but is no
dateline: a dateline's capitals are followed by a comma, a parenthesis or
the dash.

Examples
--------
>>> text = "OSAN AIR BASE, South Korea (Harbour Wire) — A U.S. Air Force C-17 landed."
>>> [text[s:e] for s, e in dateline_spans(text)]
['OSAN AIR BASE, South Korea (Harbour Wire) — ']
>>> dateline_spans("NATO Secretary General Anders Lystad — in Brussels — said no.")
[]
>>> dateline_place(text, dateline_spans(text)[0])
'OSAN AIR BASE'
>>> line = "WADI KARAS, Tarn-Velmar border, Oct. 26 — By Ana Obi"
>>> [line[s:e] for s, e in dateline_spans(line)]
['WADI KARAS, Tarn-Velmar border, Oct. 26 — ']
"""

from __future__ import annotations

import itertools
import re

from kit.extract.titles import lexicon
from kit.lexicon.calendar import RULES_LANG, calendar_names, languages
from kit.lexicon.canonical import name_key
from kit.lexicon.cities import city_of
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words_in_any

OPENING_LINES = 5  # non-empty lines a dateline may open: headers, bylines and stamps come first
DATELINE_CHARS = 100  # longest dateline, up to its dash
OPENING_SENTENCES = 10  # sentences of an article its datelines are read on (the parse may cut one in several)
FIRST_SENTENCES = 5  # stamps, headers, bylines and datelines open an article
# "— ", " - " (Reuters), "—", and a dash or hyphen glued to a full stop, as Spanish-language
# outlets close a dateline ("(Agencia Austral).- ", "MÉXICO (Proceso).— "), or glue the hyphen to
# the stop and the story ("VELMAR.-El canciller", "(Agencia Austral).-El"; not "U.S.-Tarn talks": a
# word of two letters or the outlet's parenthesis first)
_GLUED = r"(?:(?<=(?<![.\w])[^\W\d_]{2})|(?<=[^\W\d_]{3})|(?<=\)))\.-(?=[A-ZÀ-ÖØ-Þ])"
DASH = re.compile(r"\s(?:—|–|--|-)\s|\s?(?:—|–)\s?|\.(?:-\s|\s?[—–]\s?)|" + _GLUED)
_OUTLET = re.compile(r"\([^)\n]*\)")
# a dash, or a hyphen glued to a full stop, as Spanish wires close a dateline ("MADRID, 9 de
# junio (EFE).- "); a hyphen alone is no dash ("WASHINGTON, Jan. 18 (Reuters) - "): the dash
# :func:`dateline_end` reads in a sentence
_SENTENCE_DASH = re.compile(r"\s*(?:—|–|--)\s*|\.-\s+|" + _GLUED)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the datelines of ``text``, each ending
    after its dash (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    lines = list(itertools.islice((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), OPENING_LINES))
    for n, line in enumerate(lines):
        end, start = _line_dateline_end(line.group()), line.start()
        if line.group().lstrip().startswith(","):  # "LAUSANNE" / ", Switzerland (Continental Wire) —"
            end = end if n and _all_capitals(lines[n - 1].group()) else 0
            start = lines[n - 1].start() if end else start
        if end:
            spans.append((start, line.start() + end))
    return spans


def datelines_of(sentences: dict[tuple[str, int], tuple[str, int]]) -> dict[str, list[tuple[int, int]]]:
    """The dateline spans of each article, read on its opening sentences put back in place
    (a gap wider than a space between two of them was a line break: sentence rows are
    stripped, and a paragraph never runs into the next)."""
    return datelines_in(article_openings(sentences))


def datelines_in(openings: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """The dateline spans of each article of ``openings`` (:func:`article_openings`) that
    has any.

    >>> datelines_in({"a": "OSK — Talks ended.", "b": "Talks ended."})
    {'a': [(0, 6)]}
    """
    found = {}
    for article, text in openings.items():
        spans = dateline_spans(text)
        if spans:
            found[article] = spans
    return found


def article_openings(sentences: dict[tuple[str, int], tuple[str, int]]) -> dict[str, str]:
    """Each article's opening sentences put back in place (:func:`datelines_of`)."""
    opening: dict[str, list[tuple[str, int]]] = {}
    for (article, sentence_id), (text, offset) in sentences.items():
        if sentence_id < OPENING_SENTENCES:
            opening.setdefault(article, []).append((text, offset))
    found = {}
    for article, parts in opening.items():
        chars = [" "] * max(offset + len(text) for text, offset in parts)
        parts.sort(key=lambda part: part[1])
        for (text, offset), after in zip(parts, [*(o for _, o in parts[1:]), len(chars)]):
            chars[offset:offset + len(text)] = text
            if after - (offset + len(text)) > 1:  # more than a space between: a line break (blank line)
                chars[offset + len(text):after] = "\n" * (after - offset - len(text))
        found[article] = "".join(chars)
    return found


def in_dateline(spans: list[tuple[int, int]], start_char: int) -> bool:
    """Whether the character ``start_char`` falls in one of the dateline ``spans``."""
    return any(start <= start_char < end for start, end in spans)


def dateline_end(sentence: str, sentence_id: int, previous: str = "") -> int:
    """Length of the dateline that opens ``sentence`` (0: none).

    A dateline is the part before the first dash of one of an article's first
    sentences when it holds only capitalised words, numbers and a parenthesis
    (the outlet), and is in capitals or follows a line in capitals
    ("LAUSANNE" / ", Switzerland (Continental Wire) —").

    Read on one sentence row (``previous``: the sentence before it), where the timeline
    reads a date's clause; :func:`dateline_spans` reads an article's opening lines, where
    a hyphen is a dash too ("NAIROBI - Talks ..."), and marks more openings a dateline.

    >>> dateline_end("KYIV, Ukraine — Russia said on Wednesday ...", 1)
    16
    >>> dateline_end("Four Democrats — Schumer, Cardin — voted no.", 1)
    0
    >>> dateline_end("WADI KARAS, Tarn-Velmar border, Oct. 26 — By Ana Obi", 0)
    42
    """
    dash = _SENTENCE_DASH.search(sentence[:100])
    if sentence_id >= FIRST_SENTENCES or dash is None:
        return 0
    prefix = re.sub(r"\([^)]*\)", " ", sentence[: dash.start()])
    tokens = re.findall(r"[^\s,.]+", prefix)
    if not all(t[0].isupper() or t[0].isdigit() or t.lower() in calendar_words() or place_word(t)
               for t in tokens):  # place_word: "WADI KARAS, Tarn-Velmar border, Oct. 26 —"
        return 0
    capitals = any(len(t) > 1 and t.isupper() for t in tokens)
    after_capitals = previous.strip().isupper() and len(previous.strip()) > 1
    return dash.end() if capitals or after_capitals or not tokens else 0


@lexicon_cache
def calendar_words() -> frozenset[str]:
    """The month and weekday names, the months' abbreviations and the "of" of the languages
    that write them in lower case ("KALVO, 9 de junio (DP) —", "KALVO, 9 jun. (DP) —")."""
    kinds = ("month", "month_abbr", "weekday", "of")
    return frozenset(t.lower().rstrip(".") for lang in languages() for t in calendar_names(*kinds, lang=lang))


def dateline_end_before(spans: list[tuple[int, int]], start_char: int) -> int:
    """Where the last dateline of ``spans`` that ends before ``start_char`` ends (0: none):
    what follows its dash on its line opens there ("VELMAR.— Por X": a byline).

    >>> dateline_end_before([(0, 9), (40, 52)], 30), dateline_end_before([(10, 19)], 5)
    (9, 0)
    """
    return max((end for _, end in spans if end <= start_char), default=0)


def dateline_place(text: str, span: tuple[int, int]) -> str:
    """The place a dateline ``span`` of ``text`` names: its opening words in capitals
    ("OSAN AIR BASE" of "OSAN AIR BASE, South Korea (Harbour Wire) —"; "LAUSANNE" of
    "LAUSANNE" / ", Switzerland —"; "PUERTO VELMAR" of "PUERTO VELMAR.— "), or in title case
    up to its comma or outlet ("Tarnburg" of "Tarnburg (Osk Press) - "); "" when it opens
    with none.

    >>> dateline_place("PUERTO VELMAR.— Hoy", dateline_spans("PUERTO VELMAR.— Hoy")[0])
    'PUERTO VELMAR'
    >>> dateline_place("Tarnburg, Thursday — Talks", dateline_spans("Tarnburg, Thursday — Talks")[0])
    'Tarnburg'
    """
    words: list[str] = []
    titled = False
    for word in text[span[0]:span[1]].split():
        bare = re.split(r"[—–]", word)[0].rstrip(",.:;-")  # "VELMAR.—", "BRENNHOLM,"
        titled = titled or (not words and bool(bare) and bare[0].isupper() and not _capitals(bare))
        if not bare or not (_capitals(bare) or (titled and bare[0].isupper())):
            break
        words.append(bare)
        if bare != word:
            break
    return " ".join(words)


def dateline_date(text: str, span: tuple[int, int]) -> str:
    """The date a dateline ``span`` of ``text`` gives, a day with its month (and any weekday
    or year), with a wire's abbreviated month written out ("17 diciembre" of "LA HABANA,
    17 dic (ANG) —"); "" when it gives none (a place, a weekday alone).

    >>> line = "KALVO, Velmar, jueves 4 de marzo (MPA) — Hoy"
    >>> dateline_date(line, dateline_spans(line)[0])
    'jueves 4 de marzo'
    >>> line = "LA HABANA, 17 dic (ANG) — Hoy"
    >>> dateline_date(line, dateline_spans(line)[0]), dateline_date("OSK, Thursday — A", (0, 16))
    ('17 diciembre', '')
    """
    body = _OUTLET.sub(",", text[span[0]:span[1]])
    for field in body.split(",")[1:]:
        found = [w for w in (w.strip(".-—–:; ") for w in field.split()) if w]
        if any(w[0].isdigit() for w in found) and any(_calendar_word(w) for w in found):
            return " ".join(_month_written_out(w) for w in found)
    return ""


def _month_written_out(word: str) -> str:
    """A wire's abbreviated month in lower case written out ("dic" → "diciembre"); any
    other word as it is."""
    if word in month_names() or not _month_word(word):
        return word
    return min(m for m in month_names() if m.startswith(word))


def outlet_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parentheses (the outlet: "(Reuters)") inside the dateline ``spans`` of ``text``."""
    return [(start + m.start(), start + m.end()) for start, end in spans
            for m in _OUTLET.finditer(text[start:end])]


def _line_dateline_end(line: str) -> int:
    """Length of the dateline that opens ``line``, its dash included (0: none), or of
    a place the lexicons know in capitals, then a full stop ("LA HABANA. El canciller
    ...": :func:`_place_then_stop`)."""
    dash = DASH.search(line[:DATELINE_CHARS])
    end = _dash_end(line, dash) if dash is not None else 0
    return end or _place_then_stop(line) or _place_then_colon(line) or _dateline_line(line)


# a place (group 1), then other names after commas (group 2): "NEW DELHI", ", Sindh"
_PLACE_AND_NAMES = (r"\s*([^\W\d_][^\W\d_'’.\-]*(?: [^\W\d_][^\W\d_'’.\-]*)*)"
                    r"((?:, [^\W\d_][^\W\d_'’.\-]*(?: [^\W\d_][^\W\d_'’.\-]*)*)*?)")
# a place in capitals, other capitalised names after commas, perhaps a date ("Dec. 28", "28 Dec."),
# then a colon or a full stop: "RAWALPINDI, Dec. 28: ...", "KARACHI: ...", "NEW DELHI, Dec. 30. ..."
_COLONED = re.compile(_PLACE_AND_NAMES + r"(?:, ([^\W\d_]+\.? \d{1,2}|\d{1,2} [^\W\d_]+\.?))?([:.]) (?=[^\W\d_])")


def _place_then_colon(line: str) -> int:
    """Length of a dateline written as a place in capitals (other names after commas) and
    a colon, or a date after a comma then a colon or a full stop, as the South Asian
    English-language press writes it ("RAWALPINDI, Dec. 28: President ...", "KARACHI: The
    ...", "NEW DELHI, Dec. 30. The Prime Minister ..."). Without a date the place must be
    one the lexicons know (capitals and a colon open a headline's kicker as well: "UPDATE:
    ..."), and a full stop needs the date (:func:`_place_then_stop` reads a place alone).

    >>> _place_then_colon("TARNBURG, Dec. 28: The minister spoke."), _place_then_colon("UPDATE: It fell.")
    (19, 0)
    >>> _place_then_colon("TARNBURG, Dec. 30. The minister spoke."), _place_then_colon("TARNBURG. The talks.")
    (19, 0)
    >>> _place_then_colon("WARNING, Dec. 28: Do not."), _place_then_colon("A, May 5. Then.")
    (0, 0)
    """
    found = _COLONED.match(line)
    if found is None or not _capitals(found.group(1).replace(" ", "")) or len(found.group(1)) < 2 \
            or found.group(1).lower() in _kicker_words():
        return 0  # "WARNING, Dec. 28:", "UPDATE:": a label of the page, no place
    date = found.group(3)
    if date is not None and not any(_month_word(w.lower()) for w in date.split()):
        return 0
    if date is None:
        if found.group(4) != ":":
            return 0
        if not _known_place(found.group(1)):
            return 0
    return found.end()


# a place in capitals, other capitalised names after commas, then a date after a comma and/or
# the outlet in parentheses, perhaps a full stop, and the line's end: "MADRID, 24 oct. (Agencia
# Austral)" on its own line, "PARIS, Feb. 20." as the print era closed a correspondent's dateline
_LINE = re.compile(_PLACE_AND_NAMES + r"(?:, ([^\W\d_]+\.? \d{1,2}|\d{1,2}(?: de)? [^\W\d_]+\.?))?"
                   r"(?: ?(\([^()\n]{1,60}\)))?\.?\s*$")


def _dateline_line(line: str) -> int:
    """Length of a line that is a dateline and nothing more, the story opening on the next
    line: a place in capitals, perhaps other names after commas, then a date with its month
    after a comma, the outlet in parentheses, or both, perhaps closed by a full stop
    ("MADRID, 24 oct. (Agencia Austral)", "TARNBURG (Osk Wire)", "TARNBURG, Oct. 21",
    "TARNBURG, Oct. 21."); not a headline in capitals, which gives
    neither, nor a page's label ("UPDATE (2)"), nor a headline with one ("TALKS COLLAPSE
    (UPDATE)": ``kicker_words`` in the parentheses).

    >>> _dateline_line("MADRID, 24 oct. (Agencia Austral)"), _dateline_line("TARNBURG (Osk Wire)")
    (33, 19)
    >>> _dateline_line("TALKS COLLAPSE"), _dateline_line("UPDATE (2)"), _dateline_line("TARNBURG, the capital")
    (0, 0, 0)
    >>> _dateline_line("TALKS COLLAPSE (UPDATE)"), _dateline_line("OSK ENVOY MEETS TARN LEADERS (ANALYSIS)")
    (0, 0)
    """
    found = _LINE.match(line)
    if found is None or not (found.group(3) or found.group(4)) or len(found.group(1)) < 2 \
            or not _capitals(found.group(1).replace(" ", "")) or found.group(1).lower() in _kicker_words():
        return 0
    date = found.group(3)
    if date is not None and not any(_month_word(w.lower()) for w in date.split()):
        return 0
    outlet = found.group(4)
    if outlet is not None and not any(c.isalpha() for c in outlet):
        return 0  # "UPDATE (2)": a count, no outlet
    if outlet is not None and outlet.strip("() ").lower() in _kicker_words():
        return 0  # "TALKS COLLAPSE (UPDATE)": a headline and a page's label, no outlet
    return len(line)


def _known_place(place: str) -> bool:
    """Whether ``place`` is a capital, a country or a city the lexicons know."""
    return lexicon().side_kinds.get(name_key(place)) in ("capital", "country") or city_of(place) is not None


@lexicon_cache
def _kicker_words() -> frozenset[str]:
    """Labels a page writes in capitals before a colon, no place (``kicker_words``, every
    language, and the stamp and caption words: "UPDATE", "WARNING", "PHOTO")."""
    return words_in_any("kicker_words") | words_in_any("stamp_cues") | words_in_any("caption_cues")


_STOPPED = re.compile(r"\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*)\. (?=[^\W\d_])")


def _place_then_stop(line: str) -> int:
    """Length of a dateline written as a place in capitals and a full stop before the
    first sentence ("SAN JOSÉ. El presidente ...", "LA HABANA. Gerardo ..."), when the
    place is a capital, a country or a city the lexicons know: capitals and a stop
    open a headline or a shout as well ("ÚLTIMA HORA. ...").

    >>> _place_then_stop("LA HABANA. El canciller llegó."), _place_then_stop("ÚLTIMA HORA. Cayó.")
    (11, 0)
    """
    found = _STOPPED.match(line)
    if found is None or not _capitals(found.group(1).replace(" ", "")):
        return 0
    return found.end() if _known_place(found.group(1)) else 0


def _dash_end(line: str, dash: re.Match[str]) -> int:
    """Length of the dateline that opens ``line`` up to its ``dash``, the dash included (0: none)."""
    words = _OUTLET.sub(" ( ", line[:dash.start()]).replace(",", " , ").split()
    if len(words) > 1 and words[-1] == ".":
        words = words[:-1]  # a full stop before a spaced dash: "JASAVIURT (Daguestán). -- "
    if words[:1] != [","]:  # not the second line of "LAUSANNE" / ", Switzerland —"
        caps = 0
        while caps < len(words) and _capitals(words[caps]):
            caps += 1
        if not caps and _story_opens(line[dash.end():]):
            caps = _titled_place(words)  # "Tarnburg (Osk Press) - ", "Tarnburgo, jueves 4 de marzo -"
        if not caps or not any(sum(c.isalpha() for c in w) > 1 for w in words[:caps]):
            return 0
        if caps < len(words) and words[caps] not in (",", "("):
            return 0  # "NATO Secretary General ...": capitals, then a name
        words = words[caps:]
    rest = [w for w in words if w not in (",", "(")]
    return dash.end() if all(w[0].isupper() or w[0].isdigit() or _wire_date_word(rest, i) or place_word(w)
                             or _calendar_word(w) for i, w in enumerate(rest)) else 0


def _story_opens(after: str) -> bool:
    """Whether ``after``, the text after a dash, opens a story as it does after a dateline: a
    capital, a digit or a quotation mark ("Tarnburg (Osk Press) - Talks ended"; not the aside
    of "Ventel (FLN) - the rebel chief - said no").

    >>> _story_opens(" Talks ended."), _story_opens("«Hoy"), _story_opens(" the rebel chief - said")
    (True, True, False)
    """
    first = after.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "\"'“‘«")


def _titled_place(words: list[str]) -> int:
    """How many of ``words`` (a line's words up to its dash, the outlet a "(" and each comma
    a word) open it as a dateline's place written in title case: capitalised words up to a
    comma or the outlet, that are a place the lexicons know (a capital, a country, a city) or one word
    that a date or the outlet follows ("Tarnburg (Osk Press) - ", "Tarnburg, Thursday —",
    "Tarnburgo, jueves 4 de marzo (Agencia Austral) - "); 0 otherwise: a name and a
    parenthesis open a sentence too ("Jana Roe (FLN) — who ...").

    >>> _titled_place(["Tarnburg", "("]), _titled_place(["Jana", "Roe", "("])
    (1, 0)
    >>> _titled_place(["Tarnburg", ",", "Freedonia"]), _titled_place(["Tarnburgo", ",", "jueves", "4"])
    (0, 1)
    """
    n = 0
    while n < len(words) and words[n][0].isupper() and any(c.islower() for c in words[n]):
        n += 1
    if not n or n == len(words) or words[n] not in (",", "(") or _calendar_word(words[0]) \
            or words[0].lower() in _kicker_words():
        return 0  # "Friday, March 4 —", "Update (2) -": a date or a page's label, no place
    if _known_place(" ".join(words[:n])):
        return n
    rest = words[n:]
    dated = any(_calendar_word(w) for w in rest)
    return n if n == 1 and ("(" in rest or dated) else 0


def _calendar_word(word: str) -> bool:
    """A month's or a weekday's name, in any case, of any language of ``calendar_words.csv``
    ("Thursday", "jueves", "Oct.")."""
    bare = word.lower().rstrip(".,")
    return bare in _weekdays() or _month_word(bare)


@lexicon_cache
def _weekdays() -> frozenset[str]:
    """The weekday names of every language of ``calendar_words.csv``, lower case."""
    return frozenset(w.lower() for lang in (RULES_LANG, *languages()) for w in calendar_names("weekday", lang=lang))


def place_word(word: str) -> bool:
    """Whether ``word``, in lower case, describes the place of a dateline after its name
    (``dateline_places``: "WADI ARABA, Israel-Jordan border, Oct. 26 —", "CÚCUTA, frontera
    con Venezuela —" reads its "con" too).

    >>> place_word("border"), place_word("said")
    (True, False)
    """
    return word.lower() in words_in_any("dateline_places")


def _wire_date_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, in lower case, belongs to a wire's date: a month after the day,
    or after the day and a word of ``of_preps`` ("17 dic", "26 de noviembre"), or that word,
    or that word between the month and the year ("26 de noviembre de 2021").

    >>> _wire_date_word(["26", "de", "noviembre"], 1), _wire_date_word(["26", "de", "noviembre"], 2)
    (True, True)
    >>> _wire_date_word(["26", "de", "noviembre", "de", "2021"], 3)
    True
    >>> _wire_date_word(["SAN", "de", "Vera"], 1)
    False
    """
    of = words_in_any("of_preps")
    day = i - 1 - (i > 1 and words[i - 1] in of)
    if day >= 0 and words[day][0].isdigit() and _month_word(words[i]):
        return True
    if 0 < i < len(words) - 1 and words[i] in of and _month_word(words[i - 1]) and words[i + 1].isdigit():
        return True  # "de" of "noviembre de 2021"
    return 0 < i < len(words) - 1 and words[i] in of and words[i - 1][0].isdigit() and _month_word(words[i + 1])


def _month_word(word: str) -> bool:
    """A month's name or the abbreviation it opens with, in lower case, of any language
    of ``calendar_words.csv`` ("jul", "dic.", "agosto"): a wire's date after the day
    ("LA HABANA, 17 dic (ANG) —").

    >>> _month_word("dic"), _month_word("dic."), _month_word("de")
    (True, True, False)
    """
    bare = word.rstrip(".")
    return len(bare) >= 3 and bare.isalpha() and bare.islower() and any(m.startswith(bare) for m in month_names())


@lexicon_cache
def month_names() -> frozenset[str]:
    """The month names of every language of ``calendar_words.csv``, lower case."""
    return frozenset(m.lower() for lang in (RULES_LANG, *languages()) for m in calendar_names("month", lang=lang))


def _capitals(word: str) -> bool:
    """A word in capitals: "OSAN", "ST.", "N'DJAMENA" (not "(", ",")."""
    return word.isupper() and word[0].isalpha()


def _all_capitals(line: str) -> bool:
    """A short line in capitals: the place of a dateline split over two lines."""
    stripped = line.strip()
    return 1 < len(stripped) <= DATELINE_CHARS and stripped.isupper()
