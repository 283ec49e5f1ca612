"""Direct quotations and who said them.

A quotation is text between curly (“…”) or straight ("…") double quotes
within one paragraph. Its speaker is the subject of the reporting verb the
quotation hangs from in the dependency parse ("A senior U.S. administration
official who spoke to reporters on Thursday said, “We don't expect ...”";
"a U.S official said Ruiz Baltierra had an “ambitious agenda.”" — the verb
nearest above the quotation that reports speech, never one reached through a
coordinated clause). When the quotation is a sentence of its own, the
reporting verb is searched in the sentences it overlaps. "He said" / "she
said" resolve to the last person named just before.

Speakers are named (``named`` True, ``canonical`` within-article name) or
unnamed (the source's description, see :mod:`kit.extract.sources`);
``speaker_start``/``speaker_end`` locate the speaker phrase so that
:func:`kit.actors.quote_table` can join it to the actor registry. A quotation
no verb attributes (a scare quote such as "addressing root causes") has an
empty ``speaker``.

Examples
--------
>>> from kit.nlp.pipeline import get_nlp
>>> from kit.nlp.rows import doc_tables   # runs extract(doc, canon, sources=...) as kit does
>>> doc = get_nlp()('"We have an ambitious agenda," a U.S. official said.')
>>> [(r["quote"], r["speaker"]) for r in doc_tables(doc, ["quotes"])["quotes"]]
[('We have an ambitious agenda', 'a U.S. official')]
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from kit.extract.quotation import QUOTATION as QUOTATION
from kit.extract.quotation import quotation_spans as quotation_spans
from kit.extract.sources import (
    NAME_DEPS,
    SUBJECT_DEPS,
    Source,
    reports_speech,
    speech_lemma,
    speech_verbs,
)
from kit.lexicon.wordlists import words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# spaCy components read beyond kit.nlp.pipeline.CORE_COMPONENTS:
# lemmas and POS of reporting verbs and the parse.
COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INPUTS = ("sources", "text")
OFFSET_COLUMNS = ("speaker_start", "speaker_end")
COLUMNS = ["quote", "speaker", "named", "canonical", "speaker_start", "speaker_end", "verb"]



def extract(doc: Doc, canon: dict[tuple[int, int], str], *,
            sources: list[Source], text: str | None = None) -> list[dict[str, Any]]:
    """One row per quotation, with its speaker and reporting verb (``text``: ``doc.text``)."""
    by_head = {s.head: s for s in sources}
    text = doc.text if text is None else text  # spaCy joins every token for it: once per Doc
    offsets = doc.to_array("IDX").tolist()  # token starts, ascending
    rows: list[dict[str, Any]] = []
    for start, end in quotation_spans(text):
        inside = list(doc[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)])
        verb = _reporting_verb(doc, start, end, inside, by_head)
        speaker = _speaker(verb, by_head) if verb is not None else None
        row = _row(text, start, end, verb, speaker)
        if speaker is None and rows and rows[-1]["speaker"] and _goes_on(text, rows[-1]["end_char"], inside):
            row.update({k: rows[-1][k] for k in ("speaker", "named", "canonical", "speaker_start", "speaker_end", "verb")})
        rows.append(row)
    return rows


def _goes_on(text: str, before: int, inside: list[Token]) -> bool:
    """Whether a quotation no verb attributes (its tokens ``inside``) is a sentence of its own
    right after the sentence that closes the quotation before it (which ends at ``before``),
    in the same paragraph: the same speaker goes on ('"There are no guarantees," the
    President said. "But both came to finish the job."'). Not when a quotation opens inside
    a sentence, nor after a paragraph break."""
    if not inside:
        return False
    sent = inside[0].sent
    if inside[-1].sent.start != sent.start or len(inside) < len(sent) - 3:
        return False  # the quotation is not its sentence (a mark or two and a full stop aside)
    return before <= sent.start_char and "\n" not in text[before:sent.start_char]


def _row(text: str, start: int, end: int, verb: Token | None, speaker: Source | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "start_char": start, "end_char": end, "quote": text[start:end].rstrip(","),
        "speaker": "", "named": False, "canonical": "", "speaker_start": -1, "speaker_end": -1,
        "verb": verb.lemma_.lower() if verb is not None else "",
    }
    if speaker is not None:
        named = bool(speaker.row["named"])
        # a title whose holder the article does not tell ("the minister said") is shown as written
        start, end = speaker.refers or (speaker.row["start_char"], speaker.row["end_char"])
        row.update(
            speaker=speaker.row["canonical"] if named and speaker.row["canonical"] else speaker.row["description"],
            named=named, canonical=speaker.row["canonical"], speaker_start=start, speaker_end=end,
        )
    return row


def _reporting_verb(doc: Doc, start: int, end: int, inside: list[Token],
                    sources: dict[int, Source]) -> Token | None:
    """The reporting verb above the quotation (whose tokens, those starting inside
    it, are ``inside``), else one in the sentences it overlaps."""
    attached = [t for t in inside if not start <= t.head.idx < end]
    for token in attached:
        verb = _climb(token, start, end, sources)
        if verb is not None:
            return verb
    return _nearby(doc, start, end, inside, sources)


def _climb(token: Token, start: int, end: int, sources: dict[int, Source]) -> Token | None:
    """First reporting verb on the path to the root, outside the quotation."""
    while token.head.i != token.i and token.dep_ != "conj":
        token = token.head
        outside = not start <= token.idx < end
        if outside and speech_lemma(token) in _verbs(token) and reports_speech(token) \
                and _agent(token, sources) is not None:
            return token
    return None


def _nearby(doc: Doc, start: int, end: int, inside: list[Token], sources: dict[int, Source]) -> Token | None:
    """A reporting verb with a subject in the sentences the quotation overlaps."""
    if not inside:
        return None
    first, last = inside[0].sent.start, inside[-1].sent.end
    candidates = [
        t for t in doc[first:last]
        if not start <= t.idx < end and speech_lemma(t) in _verbs(t)
        and t.pos_ == "VERB" and reports_speech(t) and _agent(t, sources) is not None
    ]
    return min(candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)), default=None)


def _verbs(token: Token) -> frozenset[str]:
    """The reporting and quoting verbs of the token's language (English where it has none)."""
    return speech_verbs(token.doc.lang_)


def _subject(verb: Token) -> Token | None:
    """Subject of ``verb``, inherited from the verb it is coordinated with."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _agent(verb: Token, sources: dict[int, Source]) -> Token | None:
    """Who speaks through ``verb``: its subject (:func:`_subject`), else the source whose
    phrase ends right before the verb (the parser hung the verb elsewhere), else the noun phrase
    set between a reduced relative clause's noun and its verb, hung on that noun
    ("a gesture | a Danish official | called ...": the parse makes the official an
    apposition of the gesture, or hangs the verb on the official, a source noun)."""
    subject = _subject(verb)
    if subject is not None:
        return subject
    before = next((s for s in sources.values() if s.end == verb.i), None)
    if before is not None:  # "an official who asked not to be named | called": the arc lost
        return verb.doc[before.head]
    after = next((s for s in sources.values() if s.start == verb.i + 1 and s.row.get("verb")), None)
    if after is not None:  # "said | one diplomat close to the talks": the subject hung elsewhere
        return verb.doc[after.head]
    if verb.dep_ not in ("acl", "relcl") or verb.head.i > verb.i:
        return None
    if verb.head.lemma_.lower() in words_or("source_nouns", verb.doc.lang_):
        return verb.head  # the same clause parsed as the source's own: "an official ... | called"
    for k in range(verb.i - 1, verb.head.i, -1):
        token = verb.doc[k]
        if token.head.i == verb.head.i and token.dep_ in ("appos", *SUBJECT_DEPS) \
                and token.pos_ in ("NOUN", "PROPN"):
            return token
    return None


def _speaker(verb: Token, sources: dict[int, Source]) -> Source | None:
    """The source that is the verb's agent (:func:`_agent`), or the name in apposition to
    it ("Tarn's prime minister, Osk Varen, said"; "declaró el primer ministro, Osk Varen"),
    or the name the parse runs on from its title (``NAME_DEPS``: "dijo el rey Osk")."""
    subject = _agent(verb, sources)
    if subject is None:
        return None
    if subject.i in sources:
        return sources[subject.i]
    return next((sources[c.i] for c in subject.children if c.dep_ in NAME_DEPS and c.i in sources), None)
