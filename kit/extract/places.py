"""Names that are not actors: venues and vehicles.

:mod:`kit.extract.roles` asks these questions of an ORG or GPE mention the
model tagged as if it could act:

- a *venue* (:func:`is_venue`): after a preposition of place (``place_preps``
  of ``kit/lexicon/data/words.csv``: "in", "at", "out of"), a name headed by a
  facility noun (``facility_nouns``: "in the Oval Office", "at the Capella
  Hotel on Sentosa Island"), or one that names no organisation at all (no
  body, country, institution, acronym or organisation word: "its nuclear
  complex at Yongbyon"). "The Foreign Office said", "a letter to the Foreign
  Office" and "officials at the State Department" stay actors: an
  institution acts wherever it is named, except as a room with a facility noun;
- a *venue's demonym* (:func:`modifies_a_venue`): a people's adjective on a facility or
  place noun after a preposition of place ("at an American base", "en una base
  estadounidense") says where, and names no state that acts;
- a *namesake* (:func:`names_a_venue`): a capital or city written before a noun of
  ``agreement_nouns`` or ``meeting_nouns`` ("the Helsinki accord", "the Minsk
  agreements", "the Geneva talks"), or after one and an "of" (``of_preps``: "el acuerdo
  de Osk", "the accord of Osk") names where the deal was made or the talks held,
  not a state that acts; a country so written stays a party ("the Iran deal");
- an *accord's namesake* (:func:`names_an_accord`): a capital or city that is the object
  of a verb of ``accord_verbs`` ("to renegotiate Velna"), of "since" (``since_preps``) or
  written before a noun of ``process_nouns`` ("the Velna process") stands for what was
  agreed there; a capital acts as a government where it is a subject ("Velna and Osk
  pressed ...") or the object of other verbs ("accused Velna");
- a *destination* (:func:`is_destination`): "travel to Oslo", "viajará a Oslo",
  "visited Cairo", where one leaves from ("left Banjul", "flew home from Dakar", "left
  for Dakar"), and the ends of a route (``route_preps`` after a verb of
  ``motion_verbs`` or a noun of ``route_nouns``): "shuttled between Asmara and Addis
  Ababa", "flights between Addis Ababa and Mekelle"; "talks between Asmara and Addis
  Ababa" are the two governments';
- a *named place* (:func:`is_named_place`): what a place noun names ("the town of
  Brčko") or a crossing verb crosses ("crossed the Rio Grande");
- a *vehicle* (:func:`is_vehicle`): a name headed by a vehicle noun
  (``vehicle_nouns``: "the Sea Star ferry") or by a model's designation ("a
  U.S. Air Force C-17", "an Ilyushin Il-76"); a body so written ("the G-20")
  stays a body; and a *vehicle's name* (:func:`names_a_vehicle`): a name the model took
  for a person's, that a vehicle noun governs right before it ("los portaaviones Osk",
  "el crucero General Osk", "the carrier Osk") or heads after it ("Osk fighter jets"):
  a ship's or an aircraft's name, no one who acts.

Examples
--------
A parse built by hand (kit gets it from the model):

>>> import spacy
>>> from spacy.tokens import Doc
>>> from kit.extract.titles import lexicon
>>> words = ["They", "met", "in", "the", "Oval", "Office", ".", "A", "RAF", "C-130", "landed", "."]
>>> heads = [1, 1, 1, 5, 5, 2, 1, 9, 9, 10, 10, 10]
>>> deps = ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct", "det", "compound", "nsubj", "ROOT", "punct"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
>>> is_venue(doc[3:6], "Oval Office", lexicon()), is_vehicle(doc[8:10], "RAF C-130", lexicon())
(True, True)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kit.lexicon.canonical import name_key
from kit.lexicon.cities import city_of
from kit.lexicon.wordlists import words, words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

    from kit.extract.titles import Lexicon

MODEL_CODE = re.compile(r"[A-Za-z]{1,4}-?\d{1,4}[A-Za-z]?")  # "C-17", "Il-76", "A380", "F-35A"


def preposition(token: Token) -> str:
    """The preposition ``token`` is the object of: one word ("in") or, when
    ``locative_preps`` lists the two, two ("out of Wonsan"); "" when none. Read in
    the parse scheme of either kind of pipeline: the English one makes the noun the
    preposition's ``pobj``, the Universal Dependencies one (Spanish) makes the
    preposition the noun's ``case`` ("en Oslo"; "cerca de Kabul" when listed), and a
    phrase of ``representing_preps`` its words ("en nombre de la ONU")."""
    if token.dep_ != "pobj":
        marks = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
        if not marks:
            return ""
        joined = " ".join(m.lower_ for m in marks)
        fixed = [marks[-1].lower_, *(c.lower_ for c in marks[-1].children if c.dep_ == "fixed")]
        ends = {fixed[-1]} | (place_words("of_preps", token) if fixed[-1] in place_words(
            "contracted_articles", token) else set())  # "en representación | del": "... de"
        phrases = {" ".join([*fixed[:-1], end]) for end in ends} & place_words("representing_preps", token)
        if len(fixed) > 1 and phrases:
            return min(phrases)  # "en nombre de la ONU": whom one speaks for, no place
        return joined if len(marks) > 1 and joined in place_words("locative_preps", token) \
            else marks[-1].lower_
    head = token.head
    two = f"{head.head.lower_} {head.lower_}"
    return two if head.head.i != head.i and two in words("locative_preps") else head.lower_


def is_destination(token: Token) -> bool:
    """Whether ``token`` is where someone goes or leaves: the object of a
    ``destination_preps`` word after a ``motion_verbs`` verb ("will travel to Oslo",
    "viajará a Oslo", "returned from Dakar"), of a ``route_preps`` word after such a
    verb or a ``route_nouns`` noun ("shuttled between Asmara and ...", "flights between
    ...") or the object of a ``destination_verbs`` verb ("visited Cairo", "left Banjul"),
    a place, not a government that acts."""
    if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in place_words("destination_verbs", token):
        return True
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if preposition(token) in place_words("route_preps", token):  # "shuttled between A and B", "flights between"
        return verb.lemma_.lower() in place_words("motion_verbs", token) | place_words("route_nouns", token)
    if preposition(token) not in place_words("destination_preps", token):
        return False
    return verb.lemma_.lower() in place_words("motion_verbs", token)


def is_named_place(token: Token) -> bool:
    """Whether the words around ``token`` make it a place whatever it names: the
    complement of a noun of ``place_nouns`` ("the southern city of Tapachula", "the
    northern town of Brčko", "la ciudad de Tapachula"; ``of_preps``) or the object of a
    verb of ``crossing_verbs`` ("migrants crossed the Rio Grande", "cruzaron el río"):
    a town, a river or a border, not a government or an organisation that acts."""
    if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in place_words("crossing_verbs", token):
        return True
    if preposition(token) not in place_words("of_preps", token):
        return False
    noun = token.head.head if token.dep_ == "pobj" else token.head
    return noun.i != token.i and noun.lemma_.lower() in place_words("place_nouns", token)


def place_words(name: str, token: Token) -> frozenset[str]:
    """The word list ``name`` in the language of ``token``'s Doc (English where that
    language has none)."""
    return words_or(name, token.doc.lang_)


def is_venue(span: Span, canonical: str, lex: Lexicon, root: Token | None = None) -> bool:
    """Whether the ORG ``span`` (canonical name ``canonical``) is where something
    happens (see the module docstring); ``root``: the token whose preposition
    counts (the first conjunct's, in "at the Hotel A and the Hotel B")."""
    token = span.root if root is None else root
    if preposition(token) not in place_words("place_preps", token):
        return False
    if span.root.lower_ in words("facility_nouns"):
        return True
    if lex.body(canonical, span.doc.lang_) or lex.side_of(canonical, span.text):
        return False
    names = words("org_words") | words("government_words")
    return not any(t.is_upper or t.lower_ in names for t in span)


def modifies_a_venue(token: Token) -> bool:
    """Whether the demonym ``token`` modifies a noun of ``facility_nouns`` or ``place_nouns``
    (as written or by its lemma) that is the object of a ``place_preps`` preposition ("swore
    the oath at an American base", "juró en una base militar | estadounidense"): where
    something happened, as a venue names it, not a state that acts in the clause."""
    noun = token.head
    if token.dep_ not in ("amod", "compound", "nmod") or noun.i == token.i:
        return False
    nouns = place_words("facility_nouns", token) | place_words("place_nouns", token)
    return (noun.lower_ in nouns or noun.lemma_.lower() in nouns) \
        and preposition(noun) in place_words("place_preps", token)


def names_a_venue(token: Token, canonical: str, lex: Lexicon) -> bool:
    """Whether the GPE whose root is ``token`` (canonical name ``canonical``) is written
    before an agreement or a meeting it names ("the Helsinki accord", "the Geneva
    talks") or after it and an "of" ("el acuerdo de Osk"; not a text one writes, "el
    borrador de Osk": ``authored_nouns``), and is no country's name (see the module docstring)."""
    head = _noun_of(token)  # "el acuerdo de Osk", "the accord of Osk": the noun, then "of" and the name
    authored = frozenset[str]()
    if head.i == token.i:
        head = token.head
        if token.dep_ not in ("compound", "nmod") or head.i == token.i or head.i < token.i:
            return False
    else:  # "el borrador de Osk": Osk wrote it, Osk acts
        authored = place_words("authored_nouns", token)
    nouns = (place_words("agreement_nouns", token) | place_words("meeting_nouns", token)) - authored
    named = head.lower_ in nouns or head.lemma_.lower() in nouns  # "talks", lemma "talk"
    return named and lex.side_kinds.get(name_key(canonical)) != "country"


def _noun_of(token: Token) -> Token:
    """The word written right before an "of" (``of_preps``) that opens the name whose root
    is ``token`` ("acuerdo" of "el acuerdo | de | Osk", "accord" of "the accord | of | Osk"),
    read in the order of the words (the parse may hang the name elsewhere), or ``token``."""
    doc, start = token.doc, token
    while start.i > 0 and start.ent_iob_ == "I":  # the name's first word
        start = doc[start.i - 1]
    if start.i >= 2 and doc[start.i - 1].lower_ in place_words("of_preps", token):
        return doc[start.i - 2]
    return token


def names_an_accord(token: Token, canonical: str, lex: Lexicon) -> bool:
    """Whether the capital or city whose root is ``token`` (canonical name ``canonical``)
    stands for an accord or a process made there, not for a government that acts: the
    object of a verb of ``accord_verbs`` ("to renegotiate Oslo", "aplicar Oslo"), the object
    of a preposition of ``since_preps`` ("since Madrid"), or written before a noun of
    ``process_nouns`` ("the Velna process"). A country so written stays a party."""
    kind = lex.side_kinds.get(name_key(canonical))
    if kind == "country" or kind != "capital" and city_of(canonical) is None:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # "to renegotiate Velna and Osk"
        token = token.head
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ in ("dobj", "obj") and head.lemma_.lower() in place_words("accord_verbs", token):
        return True
    if token.dep_ == "pobj" and head.lower_ in place_words("since_preps", token):
        return True
    return token.dep_ in ("compound", "nmod") and head.i > token.i \
        and (head.lower_ in place_words("process_nouns", token) or head.lemma_.lower() in place_words(
            "process_nouns", token))


def is_vehicle(span: Span, canonical: str, lex: Lexicon) -> bool:
    """Whether ``span`` names what carries people, not who acts (see the module docstring)."""
    head = span.root
    if head.lower_ in words("vehicle_nouns"):
        return True
    named = [t for t in span if t.lower_ not in words("determiners")]
    return len(named) > 1 and bool(MODEL_CODE.fullmatch(head.text)) and not lex.body(canonical, span.doc.lang_)


def names_a_street(span: Span) -> bool:
    """Whether ``span``, a name the model took for a person's, names a street or a square:
    a noun of ``street_nouns`` (as written or by its lemma) right before it ("la avenida |
    Ostrel", "the square | Osk") or, capitalised, right after it ("Osk | Avenue", "Osk |
    Street"). A street named after someone is a place, no one who acts."""
    doc, nouns = span.doc, place_words("street_nouns", span.root)

    def street(token: Token) -> bool:
        return token.lower_ in nouns or token.lemma_.lower() in nouns

    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return before is not None and before.is_lower and street(before) \
        or after is not None and after.is_title and street(after)


def is_crossed(token: Token) -> bool:
    """Whether ``token`` is a place a verb of ``crossing_verbs`` crosses through a
    preposition of ``crossing_preps`` ("cruzan por | A y B", "crossed at | A"; not "crossed
    the border with | A", whom one crosses with), or a name listed after such a place with a
    conjunction ("por A y | B"): a border post or a town, not someone who acts."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head.head if token.dep_ == "pobj" else token.head
    prep = preposition(token)
    return prep in place_words("crossing_preps", token) and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in place_words("crossing_verbs", token)


def names_a_vehicle(span: Span) -> bool:
    """Whether ``span`` is the name of a vehicle, by the vehicle noun (``vehicle_nouns`` of
    the Doc's language, as written or by its lemma: "aviones", "avión") that governs it
    right before it ("los portaaviones | Osk", "el crucero | General Osk", its apposition)
    or that it is a compound of ("the carrier | Osk": the noun a compound of the name), or
    that it modifies after it, through compounds ("Osk fighter | jets"). A person who is
    the subject of a clause after such a noun is no vehicle ("the plane | Osk took")."""
    doc, root = span.doc, span.root
    nouns = place_words("vehicle_nouns", root)

    def vehicle(token: Token) -> bool:
        return token.pos_ == "NOUN" and (token.lower_ in nouns or token.lemma_.lower() in nouns)

    if span.start > 0 and vehicle(before := doc[span.start - 1]) and (
            root.head.i == before.i and root.dep_ in _NAMING_DEPS
            or before.dep_ == "compound" and span.start <= before.head.i < span.end):
        return True
    head = root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
        if head.i >= span.end and vehicle(head):
            return True
    return False


_NAMING_DEPS = frozenset({"appos", "flat", "compound", "nmod", "npadvmod"})  # a noun's name after it


def opens_as_common_word(ent: Span) -> bool:
    """Whether ``ent`` is one word that opens its sentence and that the tagger reads as a
    common noun or an adjective ("Pollsters had predicted ...", "Fuentes diplomáticas
    señalaron ..."), or as a proper noun that is the plural of a common noun the
    lemmatizer knows ("Fireworks lit up the sky") or that a lower-case plural adjective
    describes ("Colonos israelíes se manifestaron", however the parse hangs it): a word capitalised because it comes first,
    no person's name, in any language. Another proper noun there ("Fuentes dijo") is no such word, nor is a word the Doc
    writes with its capital inside a sentence too ("el presidente Juan Manuel Arbeláez ...
    Arbeláez anunció": a surname the tagger took for the noun).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Pollsters", "erred", ".", "Osk", "won"],
    ...           pos=["NOUN", "VERB", "PUNCT", "PROPN", "VERB"], sent_starts=[True, False, False, True, False])
    >>> opens_as_common_word(doc[0:1]), opens_as_common_word(doc[3:4])
    (True, False)
    """
    word = ent[0]
    if len(ent) != 1 or word.is_sent_start is not True:
        return False
    if word.pos_ not in _COMMON_WORDS and not (word.pos_ == "PROPN" and (
            _plural_of_a_common_noun(word) or _plural_adjective_after(word))):
        return False
    return not any(t.text == word.text and not t.is_sent_start for t in ent.doc)


NOUNS_TABLE = "kit_common_nouns"
"""The table of a pipeline's ``vocab.lookups`` that holds the common nouns its lemmatizer
knows (:func:`remember_nouns`): pickled with the Vocab, so a worker process of
``nlp.pipe(n_process=N)`` has them however it is started (fork or spawn)."""


def remember_nouns(vocab: Vocab, nouns: frozenset[str]) -> None:
    """Keep the common nouns the lemmatizer of the pipeline of ``vocab`` knows
    (:func:`kit.nlp.pipeline.get_nlp` does, as it loads one), in the Vocab's lookups
    (:data:`NOUNS_TABLE`)."""
    if vocab.lookups.has_table(NOUNS_TABLE):
        vocab.lookups.remove_table(NOUNS_TABLE)
    if nouns:
        vocab.lookups.add_table(NOUNS_TABLE, dict.fromkeys(sorted(nouns), True))


def _known_noun(doc: Doc, word: str) -> bool | None:
    """Whether the pipeline that made ``doc`` knows ``word`` as a common noun
    (:func:`remember_nouns`); None when it lists no nouns (a Doc made otherwise, or a
    language whose lemmatizer lists none)."""
    lookups = doc.vocab.lookups
    return word in lookups.get_table(NOUNS_TABLE) if lookups.has_table(NOUNS_TABLE) else None


def _plural_adjective_after(word: Token) -> bool:
    """A lower-case adjective in the plural right after ``word`` that the parse hangs on it
    ("Colonos israelíes se manifestaron"): what it describes is a plural of people or
    things, no one person's name."""
    doc = word.doc
    if word.i + 1 >= len(doc):
        return False
    after = doc[word.i + 1]
    return after.head.i == word.i and after.pos_ == "ADJ" and after.is_lower \
        and "Plur" in after.morph.get("Number", [])


def known_common_noun(word: Token) -> bool:
    """Whether the pipeline's lemmatizer knows ``word``, in lower case, as a common noun, or
    as the plural of one (:func:`_plural_of_a_common_noun`); never in a language whose
    lemmatizer lists no nouns."""
    return bool(_known_noun(word.doc, word.lower_)) or _plural_of_a_common_noun(word)


def _plural_of_a_common_noun(word: Token) -> bool:
    """A word the tagger calls a proper noun that is the plural (``plural_endings``) of a
    common noun the pipeline's lemmatizer knows ("Fireworks lit up the sky": "firework");
    never in a language whose lemmatizer lists no nouns."""
    lower = word.lower_
    return any(
        lower.endswith(end) and len(lower) > len(end) + 2 and bool(_known_noun(word.doc, lower[:-len(end)]))
        for end in words_or("plural_endings", word.doc.lang_, frozenset()))


_COMMON_WORDS = frozenset({"NOUN", "ADJ"})
