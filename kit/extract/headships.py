"""Offices a verb gives: "X, who heads the Supreme Council", "the committee, headed by X".

A verb of ``title_verbs`` (words.csv: "head", "chair"; in English the verb is the title's
own noun) names its person's office over what they head, as a reader would write it
("head of the Supreme Council", "chair of the panel"), when the person is

- its subject, in the present or the gerund: "X, who heads the commission on
  decommissioning,", "X chairs the committee set up under the agreement", "with X
  heading the team of experts" (what someone headed once is no office now);
- its agent, after a participle or a passive: "the committee for prisoners' affairs,
  headed by X", "The panel is chaired by X".

What they head is its noun phrase without the clauses that follow it ("the Supreme
Council | that runs the north", "the agency | overseeing reconstruction"), an owner
left out as the side is ("the group's office" → "head of the office").
Nothing is read where the phrase is a person, a pronoun or points back ("chairs those
sessions").

Examples
--------
>>> from kit.nlp.pipeline import get_nlp
>>> doc = get_nlp()("Ana Ruiz, who heads the monitoring mission, spoke.")
>>> headships(doc, {doc[0].i: (0, 2)})
{0: 'head of the monitoring mission'}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kit.lexicon.wordlists import words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUT = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})  # clauses after the head noun
_OWNER = frozenset({"poss"})
_NOW = frozenset({"VBZ", "VBP", "VBG"})


def headships(doc: Doc, people: dict[int, tuple[int, int]]) -> dict[int, str]:
    """The office a verb of ``title_verbs`` gives each person: ``{start: role}``, ``people``
    mapping each person's first token to the token span of their name."""
    verbs = words_or("title_verbs", doc.lang_, frozenset())
    if not verbs or not doc.has_annotation("DEP"):
        return {}
    at = {i: start for start, (a, b) in people.items() for i in range(a, b)}
    found: dict[int, str] = {}
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        pair = _holder_and_body(verb, at)
        if pair is None:
            continue
        holder, body = pair
        if body.i in at or body.pos_ == "PRON" or _demonstrative(body) or holder in found:
            continue
        found[holder] = f"{verb.lemma_.lower()} of {_phrase(body, at)}"
    return found


def _holder_and_body(verb: Token, at: dict[int, int]) -> tuple[int, Token] | None:
    """(start of the person who holds the office, head noun of what they hold), or None."""
    children = list(verb.children)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if by is not None:  # "the committee, headed by X"; "The panel is chaired by X"
        if by.i not in at:
            return None
        passive = next((c for c in children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        body = passive if passive is not None else (verb.head if verb.dep_ == "acl" else None)
        return (at[by.i], body) if body is not None and body.pos_ in ("NOUN", "PROPN") else None
    if verb.tag_ not in _NOW:
        return None
    obj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    subject = next((c for c in children if c.dep_ in ("nsubj",)), None)
    if subject is not None and subject.lower_ in words_or("relative_pronouns", verb.doc.lang_, frozenset()):
        subject = verb.head if verb.dep_ in ("relcl", "acl:relcl") else None  # "X, who heads Y": X
    elif subject is None and verb.tag_ == "VBG" and verb.dep_ == "acl":
        subject = verb.head  # "with X heading Y"
    if subject is None or subject.i not in at:
        return None
    return at[subject.i], obj


def _phrase(noun: Token, people: dict[int, int]) -> str:
    """The noun phrase ``noun`` heads, up to the first clause after it or a complement that
    names a person ("the talks | with A and B"); its owner as "the", unless the phrase is a
    name ("the Luhansk People's Republic")."""
    cut = [t.left_edge.i for t in noun.subtree if t.i > noun.i and (
        t.dep_ in _CUT or t.dep_ == "prep" and any(w.i in people for w in t.subtree))]
    owner = {t.i for c in noun.children if c.dep_ in _OWNER and not _same_name(c, noun) for t in c.subtree}
    end = max(min(cut, default=noun.right_edge.i + 1), noun.i + 1)
    span = [t for t in noun.doc[noun.left_edge.i:end] if t.i not in owner]
    words = [t.lower_ + t.whitespace_ if t.is_sent_start and t.dep_ == "det" else t.text_with_ws for t in span]
    text = "".join(words).strip()  # "The operation will be headed by X": "the operation"
    return f"the {text}" if owner and span and span[0].dep_ != "det" else text


def _same_name(owner: Token, noun: Token) -> bool:
    """Whether an owner is part of the name the noun ends ("Luhansk People's | Republic")."""
    return any(e.start <= owner.i and noun.i < e.end for e in noun.doc.ents)


def _demonstrative(noun: Token) -> bool:
    """"those sessions": what the sentence before named, not a body."""
    return any(c.dep_ == "det" and c.morph.to_dict().get("PronType") == "Dem" for c in noun.children)
