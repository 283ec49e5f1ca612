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

Whoever heads a body of a state that ``heads.csv`` knows holds its head's office, not
"head of" it ("X, who heads the Foreign Ministry": Foreign Minister;
:func:`kit.lexicon.wordlists.head_offices`), when the body's name ends there (not "el
Ejército Guerrillero de los Pobres", a group's own name, nor "the Army of Ukraine":
"head of the Army of Ukraine" keeps the state). In another language the verb is no
title's noun: it gives that office, the body read in English through ``glossary.csv``,
or, over a body's own name, "head of" it ("X dirige la Resistencia Popular", "el Bloque
Sur, que dirige X": head of the Resistencia Popular, of the Bloque Sur; the name in
English when ``glossary.csv`` has it or it is an international body's, else as written;
initials bare, "head of ORPA"; a state's body ``heads.csv`` knows, its head's office: "el
general X encabeza el Ejército y el Comando Conjunto", commander of the Army), not over a
state's, a people's or a person's name, nor a common noun ("dirige la delegación": the verb
says no more than who leads it). Spanish puts the holder after the verb of a relative clause whose
pronoun is its object ("la Cancillería *que dirige* X", "la Cancillería brasileña, que
encabeza el canciller X"; "sede de la Cancillería que conduce X", where the parse may
hang the clause on "sede": the body written right before the pronoun), and calls the
holder of such an office its ``holder_nouns`` ("el titular del Congreso, X", "X, titular
de la Cancillería"), and puts a body and its head on either side of a ``charge_nouns`` phrase
("el Ministerio del Interior, a cargo de X", "X, a cargo de la Cancillería"); after a ``relative_possessives`` word the body comes first and its head
after the verb ("su Gobierno, cuya Cancillería encabeza X"). A name set beside a noun ("el francés X", "el general X") is that
noun's holder.

Examples
--------
>>> from kit.nlp.pipeline import get_nlp
>>> doc = get_nlp()("Ana Ruiz, who heads the monitoring mission, spoke.")
>>> headships(doc, {doc[0].i: (0, 2)})
{0: 'head of the monitoring mission'}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kit.extract.lemmas import participle_infinitive
from kit.extract.titles import lexicon
from kit.extract.tokens import doc_tokens
from kit.lexicon.bodies import body_of
from kit.lexicon.canonical import name_key
from kit.lexicon.files import DEFAULT_LANG
from kit.lexicon.wordlists import glossary, head_offices, is_initials, words_in_any, words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUT = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})  # clauses after the head noun
_OWNER = frozenset({"poss"})
_NOW = frozenset({"VBZ", "VBP", "VBG"})
_RELATIVE = frozenset({"relcl", "acl:relcl", "acl"})  # a relative clause; Spanish's parse calls it acl
_NAME_PARTS = frozenset({"amod", "flat", "compound"})  # words after a body's head noun that belong to its name
_NAME_TOKENS = 5  # longest body name read after its head noun ("Congreso | de la República")
_NAME_LABELS = frozenset({"ORG", "MISC", "LOC", "FAC"})  # the labels a body's own name may bear
HEAD = "head"  # the office of whoever a verb of ``title_verbs`` says heads a body's own name (titles.csv)


def headships(doc: Doc, people: dict[int, tuple[int, int]]) -> dict[int, str]:
    """The office a verb of ``title_verbs`` or a noun of ``holder_nouns`` gives each person:
    ``{start: role}``, ``people`` mapping each person's first token to the token span of
    their name."""
    return {start: office for start, (office, _) in headed_bodies(doc, people).items()}


def headed_bodies(doc: Doc, people: dict[int, tuple[int, int]]) -> dict[int, tuple[str, Token]]:
    """:func:`headships` with the head noun of the body each person heads: ``{start:
    (role, body)}`` ("la Cancillería uruguaya, que dirige X": Foreign Minister,
    "Cancillería")."""
    verbs = words_or("title_verbs", doc.lang_, frozenset())
    holders = words_or("holder_nouns", doc.lang_, frozenset())
    charges = words_or("charge_nouns", doc.lang_, frozenset())
    if not (verbs or holders or charges) or not doc.has_annotation("DEP"):
        return {}
    at = {i: start for start, (a, b) in people.items() for i in range(a, b)}
    found: dict[int, tuple[str, Token]] = {}
    for word in doc_tokens(doc):
        lemma = word.lemma_.lower()
        verbal = word.pos_ == "VERB"
        if verbal and lemma in verbs:
            pair = _holder_and_body(word, at)
        elif word.dep_ in ("amod", "acl") and participle_infinitive(word) in verbs:
            verbal, pair = True, _agent_of_participle(word, at)  # "la Agencia X, dirigida por Y", tagged an adjective
        elif word.pos_ == "NOUN" and lemma in holders:
            pair = _holder_of(word, at)
        elif word.lower_ in charges:
            pair = _in_charge(word, at)
        else:
            continue
        if pair is None:
            continue
        holder, body = pair
        if body.i in at or body.pos_ == "PRON" or _demonstrative(body) or holder in found:
            continue
        office = _head_office(body, at)
        if office is None and verbal and doc.lang_ == DEFAULT_LANG:
            office = f"{lemma} of {_phrase(body, at)}"
        elif office is None and verbal and (named := _own_name(body)):
            office = head_offices().get(named.removeprefix("the ").lower()) or f"{HEAD} of {named}"
        if office is not None:
            found[holder] = office, body
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
    if not _now(verb):
        return None
    obj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    relatives = words_or("relative_pronouns", verb.doc.lang_, frozenset())
    subject = next((c for c in children if c.dep_ in ("nsubj",)), None)
    if obj is None and verb.dep_ in _RELATIVE:  # "el Bloque Sur, que dirige X": the parse may take the
        pronoun = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ in relatives), None)
        after = next((c for c in children if c.dep_ == "nsubj" and c.i > verb.i), None)  # pronoun for a subject
        if pronoun is not None and after is not None:  # too: the object Spanish puts first
            obj, subject = pronoun, after
    elif obj is not None and (swapped := _subject_read_as_object(verb, children, at)) is not None:
        obj, subject = swapped  # "el Departamento, que dirige X", X parsed the object
    if obj is None:
        return None
    whose = words_or("relative_possessives", verb.doc.lang_, frozenset())
    named = _person(obj, at)
    if named is not None and subject is not None and any(c.lower_ in whose for c in subject.children):
        return named, subject  # "cuya Cancillería encabeza X": the body is written first, its head after
    if obj.lower_ in relatives and verb.dep_ in _RELATIVE and verb.head is not verb:
        obj = _written_before(verb.head, obj)  # "la Cancillería que dirige X": X
    elif subject is not None and subject.lower_ in relatives:
        subject = verb.head if verb.dep_ in ("relcl", "acl:relcl") else None  # "X, who heads Y": X
    elif subject is None and verb.tag_ == "VBG" and verb.dep_ == "acl":
        subject = verb.head  # "with X heading Y"
    holder = _person(subject, at)
    return None if holder is None else (holder, obj)


def _agent_of_participle(participle: Token, at: dict[int, int]) -> tuple[int, Token] | None:
    """(start of the person, the noun the participle modifies) where a person is the
    participle's agent, after a word of ``agent_preps`` ("la Agencia X, dirigida por Y",
    "la comisión, presidida por Y": the parse of a language whose participle after its
    noun it reads as an adjective, with no agent relation)."""
    preps = words_or("agent_preps", participle.doc.lang_, frozenset())
    body = participle.head
    if body.i == participle.i or body.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in participle.children:
        if child.i in at and child.i > participle.i and any(c.dep_ == "case" and c.lower_ in preps for c in child.children):
            return at[child.i], body
    return None


def _subject_read_as_object(verb: Token, children: list[Token], at: dict[int, int]) -> tuple[Token, Token] | None:
    """``(pronoun, name)`` where the parse took the relative pronoun before the verb of a
    relative clause for its subject or an object, and the person's name after it for its
    object ("el Departamento, que dirige X": X, the subject Spanish puts after the verb, heads
    what the clause follows): a body heads no person, so the name is the holder and the
    pronoun, the body, the object; read only for a body of a state whose head's office
    ``heads.csv`` knows (any other body's head is read from the group it leads:
    :mod:`kit.extract.roles`); None otherwise."""
    relatives = words_or("relative_pronouns", verb.doc.lang_, frozenset())
    if verb.dep_ not in _RELATIVE or verb.head is verb:
        return None
    pronoun = next((c for c in children if c.dep_ in ("nsubj", "obj", "dobj") and c.i < verb.i
                    and c.lower_ in relatives), None)
    name = next((c for c in children if c.dep_ in ("obj", "dobj") and c.i > verb.i and _person(c, at) is not None), None)
    if pronoun is None or name is None or _head_office(_written_before(verb.head, pronoun), at) is None:
        return None
    return pronoun, name


def _holder_of(noun: Token, at: dict[int, int]) -> tuple[int, Token] | None:
    """(start of the person, the body) of "el titular del Congreso, X" and "X, titular de la
    Cancillería": the noun's complement is the body, the name beside it its holder."""
    body = next((c for c in noun.children if c.dep_ in ("nmod", "pobj") and c.pos_ in ("NOUN", "PROPN")), None)
    if body is None:
        return None
    named = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        named.append(noun.head)
    holder = next((h for h in (_person(t, at) for t in named) if h is not None), None)
    return None if holder is None else (holder, body)


def _in_charge(noun: Token, at: dict[int, int]) -> tuple[int, Token] | None:
    """(start of the person, the body) of a ``charge_nouns`` phrase between a preposition and
    an "of" ("a cargo de"), written after the body or after its head: "el Ministerio del
    Interior, a cargo del comandante X", "X, a cargo de la Cancillería". The words are read
    as written: the parse hangs the phrase on either side, or on the verb."""
    doc, i = noun.doc, noun.i
    of = words_or("of_preps", doc.lang_, frozenset()) | words_or("contracted_articles", doc.lang_, frozenset())
    if i < 2 or i + 2 >= len(doc) or doc[i - 1].pos_ != "ADP" or doc[i + 1].lower_ not in of:
        return None
    before = i - 2
    while before > 0 and doc[before].is_punct:
        before -= 1  # "la Cancillería | , a cargo de"
    after = i + 2
    while after + 1 < len(doc) and doc[after].lower_ in words_or("articles", doc.lang_, frozenset()):
        after += 1  # "a cargo de | la | Cancillería"
    written = doc[before]
    while written.dep_ in _NAME_PARTS and written.head.i < written.i:
        written = written.head  # "el Ministerio del | Interior": the name's head
    holder = _person(doc[after], at)
    if holder is not None and written.i not in at:
        return None if _complement(written, titled=doc[after].i not in at) else (holder, written)
    holder = _person(written, at)
    return None if holder is None else (holder, doc[after])


def _complement(body: Token, titled: bool = False) -> bool:
    """Whether the body's name at ``body`` follows a preposition, past its articles, and the
    parse hangs it on a noun: the complement of another noun ("la seguridad *de* la
    Cancillería, a cargo de X": the security is X's charge, not the ministry); not the agent
    or place of a verb ("resultados difundidos *por* el Ministerio del Interior, a cargo de X":
    the ministry is X's), unless the holder is named with a title of his own (``titled``: "el
    operativo, coordinado *con* el Ministerio de Defensa, a cargo *del general* X": the
    general's charge is the operation)."""
    doc, k = body.doc, body.i - 1
    while k >= 0 and doc[k].lower_ in words_or("articles", doc.lang_, frozenset()):
        k -= 1
    return k >= 0 and doc[k].pos_ == "ADP" and (titled or body.head.pos_ in ("NOUN", "PROPN"))


def _person(token: Token | None, at: dict[int, int]) -> int | None:
    """The start of the person ``token`` is, or names beside it ("el francés | X")."""
    if token is None:
        return None
    if token.i in at:
        return at[token.i]
    beside = next((c for c in token.children if c.dep_ == "appos" and c.i in at), None)
    return at[beside.i] if beside is not None and token.pos_ == "NOUN" else None


def _now(verb: Token) -> bool:
    """A present or a gerund: an office held now."""
    if verb.tag_ in _NOW:
        return True
    morph = verb.morph.to_dict()
    return morph.get("VerbForm") == "Ger" or (morph.get("Tense") == "Pres" and morph.get("VerbForm") == "Fin")


def _written_before(noun: Token, pronoun: Token) -> Token:
    """The body a relative pronoun stands for: the noun the clause hangs from, or the
    complement of it that ends right before the pronoun, when only that one is a body of
    ``heads.csv`` ("sede de la Cancillería | que conduce X")."""
    if _head_office(noun, {}) is not None:
        return noun
    last = pronoun.i - 1
    while last > noun.i and noun.doc[last].is_punct:
        last -= 1
    inner = noun.doc[last]
    while inner.dep_ in _NAME_PARTS and noun.i < inner.head.i < inner.i:
        inner = inner.head  # "la Cancillería | uruguaya": the name's head
    return inner if inner.i > noun.i and _head_office(inner, {}) is not None else noun


def _head_office(body: Token, people: dict[int, int]) -> str | None:
    """The office of whoever heads the body that ``body`` heads, read from ``heads.csv``
    by its name, in English through ``glossary.csv`` in another language ("Cancillería":
    Foreign Ministry, whose head is the Foreign Minister); None when it is none of them."""
    doc, offices = body.doc, head_offices()
    english = glossary(doc.lang_) if doc.lang_ != DEFAULT_LANG else None
    first = min((t.i for t in body.lefts if t.dep_ in ("compound", "amod") and t.i == body.i - 1), default=body.i)
    end = body.i + 1
    while end < len(doc) and end - body.i <= _NAME_TOKENS and end not in people and not doc[end].is_punct:
        end += 1
    # "Ejército | Guerrillero de los Pobres": a group's own name, no state's army
    stops = [stop for stop in range(end, body.i, -1) if not _name_goes_on(doc, stop, end)]
    for start in (first, body.i):
        for stop in stops:
            text = doc[start:stop].text
            name = english.get(text) if english is not None else text
            if name and (office := offices.get(name.lower())):
                return office
    return None


def _own_name(body: Token) -> str:
    """The name of the body at ``body`` when it is a body's own name: capitalised, the model's
    entity holding it (or its flat words) no person, state, place or people the lexicon
    knows; with its article ("the Bloque Sur"), none before initials ("ORPA"), in English
    when ``glossary.csv`` has it or it names an international body. ``""`` for any other."""
    doc = body.doc
    if body.pos_ != "PROPN" or not (body.is_title or body.is_upper):
        return ""
    ent = next((e for e in doc.ents if e.start <= body.i < e.end), None)
    if ent is not None and ent.label_ not in _NAME_LABELS:
        return ""
    words = list(doc[ent.start:ent.end]) if ent is not None else [
        body, *(t for t in body.subtree if t.dep_ == "flat" and t.head.i == body.i)]
    if ent is None and [t.i for t in words] != list(range(body.i, body.i + len(words))):
        return ""
    articles = words_or("articles", doc.lang_, frozenset())
    joins = articles | words_or("of_preps", doc.lang_, frozenset()) | words_or("contracted_articles", doc.lang_, frozenset())
    end, last = words[-1].i + 1, words[-1].i + 1
    while end < len(doc) and end - body.i <= _NAME_TOKENS and (doc[end].lower_ in joins or doc[end].is_title):
        end += 1
        last = end if doc[end - 1].is_title else last  # "el Ejército Popular | de Liberación Andina"
    words += list(doc[words[-1].i + 1:last])
    while words and words[0].lower_ in articles:
        words = words[1:]
    name = " ".join(t.text for t in words)
    lex = lexicon()
    if not name or lex.side_kinds.get(name_key(name)) or lex.side_of(name) in lex.states:
        return ""  # a country, capital or people: "dirige Colombia"
    known = body_of(name, doc.lang_)
    named = glossary(doc.lang_).get(name) or (known.canonical if known is not None else name)
    return named if is_initials(named) else f"the {named}"


def _name_goes_on(doc: Doc, stop: int, end: int) -> bool:
    """A capitalised word comes after ``doc[:stop]``, before ``end``, in the body's name:
    the name goes on ("el Ejército Guerrillero de los Pobres"; "the Army of Ukraine",
    whose state the office would lose), so its first words are not the body."""
    for t in doc[stop:end]:
        if t.is_title:
            return True
        if t.lower_ not in words_in_any("name_particles"):
            return False  # "la Cancillería | que dirige X": the name has ended
    return False


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
