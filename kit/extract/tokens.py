"""A Doc's tokens and their texts as lists, built once per Doc for the passes that walk it whole.

Each walk of a spaCy Doc (``for t in doc``, ``doc[i]``) builds a new Token object
per word, and kit's passes over one Doc walk it dozens of times. :func:`doc_tokens`,
:func:`doc_texts` and :func:`doc_text` keep the lists and the text of the last Doc asked about, so the passes over
one Doc share them. A Token reads the Doc's arrays when asked (its entity type
after ``doc.ents`` is set anew, its extension values), so a kept Token reads
what a new one would; kit never retokenises a Doc once its passes start.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("Osk met Mara Ventel")
>>> doc_texts(doc), [t.i for t in doc_tokens(doc)], doc_tokens(doc) is doc_tokens(doc)
(('Osk', 'met', 'Mara', 'Ventel'), [0, 1, 2, 3], True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_last: tuple[Doc | None, tuple[Token, ...], tuple[str, ...]] = (None, (), ())
_last_text: tuple[Doc | None, str] = (None, "")


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The Doc's tokens, in order (one Token object per word for every pass over the Doc)."""
    return _lists(doc)[1]


def doc_texts(doc: Doc) -> tuple[str, ...]:
    """The Doc's token texts, in order."""
    return _lists(doc)[2]


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins from the tokens anew on each read."""
    global _last_text
    last = _last_text
    if last[0] is not doc:
        last = _last_text = (doc, doc.text)
    return last[1]


def _lists(doc: Doc) -> tuple[Doc | None, tuple[Token, ...], tuple[str, ...]]:
    global _last
    last = _last  # one read: another thread may set it meanwhile
    if last[0] is not doc or len(last[1]) != len(doc):
        words = tuple(doc)
        last = _last = (doc, words, tuple(t.text for t in words))
    return last
