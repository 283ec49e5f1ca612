"""Remove share bars, ads and "You May Also Like" blocks from article text.

Markers are data, not code: ``kit/lexicon/data/boilerplate.csv`` holds kit's own, one
per row, with the columns

``kind``
    ``line`` drops every line the pattern matches; ``tail`` drops the matching
    line and everything after it (a related-stories block at the end).
``pattern``
    A regular expression matched against the *whole* line (surrounding spaces
    ignored, case-insensitive).
``note``
    Why the marker exists (for the reader of the CSV; kit ignores it).
``lang``
    The language of the marker (kit's rows say ``en``); markers of every
    language are used, whatever the article's language.

Extend them with your own CSV in the same shape (``note`` and ``lang`` may be
left out): pass it to :func:`load_markers`, or put a ``boilerplate.csv`` in
the articles folder (:func:`kit.ingest.load.load` picks it up). Rows whose
``kind`` starts with ``#`` are comments. Both files are read and checked by
:func:`kit.lexicon.files.read_table`.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kit.ingest.encoding import CONTROL
from kit.lexicon.files import DATA_DIR, SCHEMAS, LexiconError, Row, lexicon_cache, read_table
from kit.lexicon.wordlists import words, words_in_any

KINDS = SCHEMAS["boilerplate"].known["kind"]  # ("line", "tail")
MAX_LINE = 300
"""Lines longer than this are never boilerplate (and skipping them keeps long articles fast)."""
# odd spaces become spaces, invisible characters go (regexes: str.translate with a dict
# takes a Python lookup per character, and most texts hold none of these)
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_NEWLINES = re.compile("[\r\v\f\x85\u2028\u2029]")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_TRAILING = re.compile(r" +$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")
_WORD = re.compile(r"[^\W\d_]+")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German",
                  "pt": "Portuguese", "it": "Italian"}



@dataclass(frozen=True)
class Marker:
    """One boilerplate marker: a ``kind`` and a compiled, case-insensitive pattern."""

    kind: str
    pattern: re.Pattern[str]
    note: str = ""
    origin: str = ""  # "file.csv, line 4 (data row 3)", for messages


def default_markers_path() -> Path:
    """Return the path of kit's own marker table, ``kit/lexicon/data/boilerplate.csv``."""
    return DATA_DIR / SCHEMAS["boilerplate"].file


def load_markers(
    path: str | os.PathLike[str] | None = None, *, include_defaults: bool = True
) -> list[Marker]:
    """Read boilerplate markers.

    Parameters
    ----------
    path:
        Your own marker CSV (columns ``kind,pattern,note``). ``None`` reads only
        kit's markers.
    include_defaults:
        Keep kit's markers and add yours to them (the default); ``False`` uses
        only the markers in ``path``.

    Raises
    ------
    kit.lexicon.files.LexiconError
        (a ``ValueError``) A column is missing, or a row has an empty or
        unknown kind or a pattern that is not a valid regex; the message names
        the file, the line, the column and the value.

    Examples
    --------
    >>> markers = load_markers()
    >>> sorted({m.kind for m in markers})
    ['line', 'tail']
    """
    markers = list(_default_markers()) if include_defaults or path is None else []
    if path is not None:
        markers += _read_markers(Path(path))
    return markers


@lexicon_cache
def _default_markers() -> tuple[Marker, ...]:
    return tuple(_read_markers(default_markers_path()))


def _read_markers(path: Path) -> list[Marker]:
    return [_marker(row) for row in read_table("boilerplate", path, lang=None)]


def _marker(row: Row) -> Marker:
    """A checked row (kind known, pattern not empty) as a compiled marker."""
    try:
        compiled = re.compile(row["pattern"], re.IGNORECASE)
    except re.error as err:
        raise LexiconError(f"{row.where('pattern')}: pattern {row['pattern']!r} is not a "
                           f"valid regular expression ({err}); fix it or escape special "
                           r"characters such as ( ) [ ] . ? with a backslash") from err
    return Marker(row["kind"], compiled, row["note"], row.where())


def strip_boilerplate(text: str, markers: Sequence[Marker] | None = None) -> str:
    """Drop boilerplate lines and trailing related-stories blocks from ``text``.

    A ``tail`` marker only cuts once some real text has been kept above it, so
    a stray marker on the first line never empties an article. Blank lines
    left behind are collapsed to one, and leading/trailing blank lines removed.

    Parameters
    ----------
    text:
        Article text with ``"\\n"`` line endings.
    markers:
        From :func:`load_markers`; ``None`` uses kit's own.

    Examples
    --------
    >>> strip_boilerplate("Share this\\n\\nOfficials met.\\nYou May Also Like\\nCrane collapse")
    'Officials met.'
    """
    markers = load_markers() if markers is None else markers
    kept: list[str] = []
    has_text = False
    for line in text.split("\n"):
        marker = _match(line.strip(), markers)
        if marker is None:
            kept.append(line)
            has_text = has_text or bool(line.strip())
        elif marker.kind == "tail" and has_text:
            break
    return re.sub(r"\n\s*\n(\s*\n)+", "\n\n", "\n".join(kept)).strip("\n")


def _match(line: str, markers: Sequence[Marker]) -> Marker | None:
    if not line or len(line) > MAX_LINE:
        return None
    return next((m for m in markers if m.pattern.fullmatch(line)), None)


def unify_newlines(text: str) -> str:
    """Turn CRLF, CR and Unicode line/paragraph separators into ``"\\n"``.

    Examples
    --------
    >>> unify_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    return _NEWLINES.sub("\n", text.replace("\r\n", "\n"))


def clean_text(text: str, markers: Sequence[Marker] = ()) -> str:
    """Normalise whitespace and remove boilerplate; ``Article.text`` is the result.

    Unicode NFC; LF line endings; NBSP, tabs and other odd spaces become spaces;
    invisible characters (soft hyphen, zero-width space, BOM) and control
    characters go; runs of spaces between words shrink to one; trailing spaces
    per line go; ``markers`` are stripped; runs of blank lines become one.

    Examples
    --------
    >>> clean_text("Elena\\u00a0Berrocal,\\u00a0 said\\r\\n\\r\\n\\r\\nMore.  ")
    'Elena Berrocal, said\\n\\nMore.'
    """
    text = unicodedata.normalize("NFC", unify_newlines(text))
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    text = CONTROL.sub("", text)
    if "  " in text:  # most texts have no run of spaces, trailing space or blank-line run:
        text = _SPACE_RUN.sub(" ", text)  # the regexes would scan them for nothing
    if " \n" in text or text.endswith(" "):
        text = _TRAILING.sub("", text)
    if markers:
        text = strip_boilerplate(text, markers)
    return (_BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def guess_language(text: str, min_words: int = 20) -> str | None:
    """Guess the language from the share of common function words.

    Returns a code of :data:`LANGUAGE_NAMES` (its function words are the
    ``stopwords`` list of ``kit/lexicon/data/words.csv``), ``"und"`` (undetermined) when no
    language reaches 10 % of the words, or ``None`` for texts shorter than
    ``min_words`` words (too short to tell). Cheap and dependency-free; it
    tells English from Spanish, not Catalan from Spanish. The function words inside
    names are not the text's (:func:`prose_words`): "María de la Cruz met José del Prado
    in La Paz" is English, "John Smith, Secretary of State, dijo" Spanish.

    Examples
    --------
    >>> guess_language("El presidente de México dijo que las conversaciones con los "
    ...                "Estados Unidos son importantes para la región y para el país.")
    'es'
    """
    found = list(itertools.islice(_WORD.finditer(text[:20_000]), 2_000))
    if len(found) < min_words:
        return None
    tokens = prose_words(text, found)
    if not tokens:
        return "und"
    counts = Counter(tokens)  # each distinct word looked up once, by set intersection
    scores = {code: sum(counts[w] for w in counts.keys() & vocab) / len(tokens)
              for code, vocab in _vocabularies().items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] >= 0.10 else "und"


@lexicon_cache
def _name_links() -> frozenset[str]:
    """The function words of every language that may stand inside a name: ``stopwords`` but
    ``conjunctions`` ("Ana Ruiz and Tom Lee" are two names, and "and" the text's)."""
    return frozenset().union(*_vocabularies().values()) - words_in_any("conjunctions")


NAME_LINK = 3  # the most function words that join two capitalised words of a name ("de la", "de los")


def prose_words(text: str, found: Sequence[re.Match[str]]) -> list[str]:
    """The words ``found`` in ``text``, in lower case, but the function words of a name
    (any language's ``stopwords``): up to :data:`NAME_LINK` in lower case between two
    capitalised words, spaces alone around them ("de la" of "María de la Cruz", "of" of
    "Secretary of State"; not a conjunction: "Ana Ruiz and Tom Lee"), and a capitalised one
    inside a sentence that a capitalised word follows ("La" of "in La Paz", "The" of "at The
    Hague"; not "The" opening "The African Union met").

    >>> text = "Ana de la Cruz met them in La Paz, and then she left."
    >>> prose_words(text, list(_WORD.finditer(text)))
    ['ana', 'cruz', 'met', 'them', 'in', 'paz', 'and', 'then', 'she', 'left']
    """
    function = _name_links()
    capital = [m.group()[0].isupper() for m in found]
    joined = [not text[a.end():b.start()].strip() for a, b in zip(found, found[1:])]  # spaces alone between
    named = [False] * len(found)
    for i, m in enumerate(found):
        if capital[i] and m.group().lower() in function and 0 < i < len(found) - 1 and joined[i] and capital[i + 1] \
                and joined[i - 1] and not capital[i - 1]:
            named[i] = True  # "La" of "in La Paz" (not "The" opening "The African Union met")
        if capital[i] or i == 0 or not capital[i - 1] or not joined[i - 1]:
            continue
        end = i
        while end < len(found) and end - i < NAME_LINK and not capital[end] \
                and found[end].group().lower() in function and joined[end - 1]:
            end += 1
        if i < end < len(found) and capital[end] and joined[end - 1]:
            named[i:end] = [True] * (end - i)  # "de la" of "María de la Cruz"
    return [m.group().lower() for m, name in zip(found, named) if not name]


@lexicon_cache
def _vocabularies() -> dict[str, frozenset[str]]:
    return {code: words("stopwords", code) for code in LANGUAGE_NAMES}


def language_code(value: str) -> str | None:
    """The code of :data:`LANGUAGE_NAMES` a ``language`` field names, or ``None``.

    Reads a code, a regional tag or the English name, in any case.

    Examples
    --------
    >>> language_code("es"), language_code("es-MX"), language_code("Spanish"), language_code("xx")
    ('es', 'es', 'es', None)
    """
    text = value.strip().casefold()
    code = re.split(r"[-_]", text, maxsplit=1)[0]
    if code in LANGUAGE_NAMES:
        return code
    return next((c for c, name in LANGUAGE_NAMES.items() if name.casefold() == text), None)


def describe_language(code: str) -> str:
    """Say which language a code stands for; raise ValueError for codes kit can't detect.

    Examples
    --------
    >>> describe_language("es")
    "Spanish ('es')"
    """
    if code == "und":
        return f"no language kit knows ({', '.join(LANGUAGE_NAMES)})"
    if code not in LANGUAGE_NAMES:
        raise ValueError(f"language code {code!r} is not one kit can detect; use codes from "
                         f"{', '.join(LANGUAGE_NAMES)} (e.g. languages=('en',))")
    return f"{LANGUAGE_NAMES[code]} ('{code}')"
