"""The model's ``attribute_ruler``, applied with array lookups: same output, less time.

spaCy's :class:`~spacy.pipeline.AttributeRuler` maps tags to parts of speech
and morphology (and fixes some lemmas) by running a ``Matcher`` and then
setting the attributes match by match, one Python call per token: on news
prose it takes about a sixth of the small English pipeline's time. Its
patterns are all single-token or short fixed-length sequences over ``TAG``,
``LOWER``, ``DEP``, ``POS`` and ``IS_SPACE`` with plain values, ``IN``, ``NOT_IN`` and
``REGEX``, so :func:`compile_rules` turns them into boolean masks over the
Doc's attribute arrays, and :class:`ArrayAttributes` writes every token's
final values back with one ``Doc.from_array``.

The semantics are the ruler's: every pattern is matched against the Doc as
it was before the ruler ran, and the matches are applied in the order the
rules were added, so a later rule overrides an earlier one
(``AttributeRuler.match`` sorts by rule number). A ruler with anything else
(operators, other predicates, extension attributes) is left as it is:
:func:`compile_rules` returns None. tests/nlp/test_attributes.py checks that
both give the same tags, parts of speech, morphology, lemmas and
dependencies on kit's gold articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ATTRIBUTES_NAME = "kit_attributes"
RULER = "attribute_ruler"
_MATCHED = ("TAG", "LOWER", "DEP", "IS_SPACE", "POS")
_SET = ("TAG", "POS", "MORPH", "LEMMA", "DEP")


@dataclass(frozen=True)
class _Test:
    """One token condition: ``column`` of the attribute array against ``values``."""

    column: int
    kind: str  # "eq", "in", "not_in", "regex", "bool"
    values: Any


@dataclass(frozen=True)
class _Rule:
    """One pattern of one rule: its token tests, and which token of the match gets ``sets``."""

    number: int
    tokens: tuple[tuple[_Test, ...], ...]
    index: int
    sets: tuple[tuple[int, int], ...]  # (column in _SET, value)


def compile_rules(ruler: Any) -> list[_Rule] | None:
    """The rules of a spaCy ``AttributeRuler`` as array tests, in the order
    they apply; None if any rule is outside what :class:`ArrayAttributes` does."""
    from spacy.attrs import IDS

    strings = ruler.vocab.strings
    rules: list[_Rule] = []
    for number, (unnormed, normed, index) in enumerate(
            zip(ruler._attrs_unnormed, ruler.attrs, ruler.indices)):
        if set(unnormed) - set(_SET):
            return None
        sets = tuple((_SET.index(name), int(normed[IDS[name]])) for name in _SET if name in unnormed)
        key = strings[str(number)]
        for pattern in ruler.matcher.get(key)[1]:
            tokens: list[tuple[_Test, ...]] = []
            for spec in pattern:
                tests = [_test(name, value, strings) for name, value in spec.items()]
                if not spec or None in tests:
                    return None
                tokens.append(tuple(t for t in tests if t is not None))
            if not tokens or not -len(tokens) <= index < len(tokens):
                return None
            rules.append(_Rule(number, tuple(tokens), index, sets))
    return rules


def _test(name: str, value: Any, strings: Any) -> _Test | None:
    if name not in _MATCHED:
        return None
    column = _MATCHED.index(name)
    if name == "IS_SPACE":
        return _Test(column, "bool", bool(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        return _Test(column, "eq", strings.add(value))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
        return _Test(column, op.lower(), np.array([strings.add(v) for v in arg], dtype=np.uint64))
    if op == "REGEX" and isinstance(arg, str):
        return _Test(column, "regex", re.compile(arg))
    return None


class ArrayAttributes:
    """A pipeline component that applies compiled ruler rules (see the module doc)."""

    def __init__(self, vocab: Any, rules: list[_Rule]) -> None:
        self.vocab, self.rules = vocab, rules
        self._regex: dict[tuple[str, int], bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        n = len(doc)
        if not n:
            return doc
        seen = doc.to_array([TAG, LOWER, DEP, IS_SPACE, POS])
        values = doc.to_array([TAG, POS, MORPH, LEMMA, DEP])
        written = np.zeros(len(_SET), dtype=bool)
        for rule in self.rules:
            size = len(rule.tokens)
            if size > n:
                continue
            starts = np.ones(n - size + 1, dtype=bool)
            for offset, tests in enumerate(rule.tokens):
                for test in tests:
                    starts &= self._holds(test, seen[offset:n - size + 1 + offset, test.column])
            if not starts.any():
                continue
            target = np.flatnonzero(starts) + (rule.index % size)
            for column, value in rule.sets:
                values[target, column] = value
                written[column] = True
        if written.any():
            columns = [c for c in range(len(_SET)) if written[c]]
            doc.from_array([(TAG, POS, MORPH, LEMMA, DEP)[c] for c in columns],
                           np.ascontiguousarray(values[:, columns]))  # type: ignore[arg-type]
        return doc

    def _holds(self, test: _Test, column: np.ndarray) -> np.ndarray:
        if test.kind == "eq":
            return column == test.values
        if test.kind == "in":
            return np.isin(column, test.values)
        if test.kind == "not_in":
            return ~np.isin(column, test.values)
        if test.kind == "bool":
            return (column != 0) == test.values
        keys, where = np.unique(column, return_inverse=True)
        found = np.fromiter((self._search(test.values, int(k)) for k in keys), dtype=bool, count=len(keys))
        return found[where]

    def _search(self, pattern: re.Pattern[str], key: int) -> bool:
        found = self._regex.get((pattern.pattern, key))
        if found is None:
            found = self._regex[(pattern.pattern, key)] = bool(pattern.search(self.vocab.strings[key]))
        return found


def use_array_attributes(nlp: Language) -> bool:
    """Put :class:`ArrayAttributes` in place of ``nlp``'s ``attribute_ruler``,
    under the same name, when its rules compile; True if it did."""
    from spacy.language import Language

    if RULER not in nlp.pipe_names:
        return False
    rules = compile_rules(nlp.get_pipe(RULER))
    if rules is None:
        return False
    if not Language.has_factory(ATTRIBUTES_NAME):
        Language.factory(ATTRIBUTES_NAME, func=_make)
    nlp.add_pipe(ATTRIBUTES_NAME, before=RULER)
    nlp.remove_pipe(RULER)
    nlp.rename_pipe(ATTRIBUTES_NAME, RULER)  # the name components are switched off by
    return True


def _make(nlp: Language, name: str) -> ArrayAttributes:
    rules = compile_rules(nlp.get_pipe(RULER))
    assert rules is not None  # checked by use_array_attributes
    return ArrayAttributes(nlp.vocab, rules)
