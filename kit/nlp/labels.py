"""kit's entity labels for pipelines that tag ``PER``, ``LOC``, ``ORG`` and ``MISC``.

spaCy's Spanish pipeline (``es_core_news_sm``, trained on WikiNER and AnCora)
tags four labels where kit's tables and readers use the English pipeline's
(OntoNotes) ones. :func:`entity_labels`, a component that
:func:`kit.nlp.pipeline.get_nlp` adds after ``ner``, renames them, from kit's lexicons alone:

- ``ORG`` → ``ORG``;
- ``LOC`` → ``GPE`` when the lexicon knows the place as a country
  (``countries.csv``), a capital (the ``capital`` rows of ``demonyms.csv``) or
  a subdivision (``subdivisions.csv``), ``ORG`` when it is a state's body (see
  ``MISC``: "Ejército del Perú") or an international body (``bodies.csv``, a
  determiner aside: "La Corte Internacional de Justicia"), else ``LOC`` (a river, a palace);
- ``PER`` → ``PERSON``, but ``GPE`` when it is a country's name (``countries.csv``, any
  language: a country the model read as a person), ``ORG`` when it is an international
  body's, ``MISC`` when it is a ``government_words`` word alone ("Gobierno": a common
  noun with a capital);
- ``MISC`` → ``NORP`` when it is a demonym (the ``demonym`` rows of
  ``demonyms.csv``), ``GPE`` when it is a place the lexicon knows (as for ``LOC``:
  "Catar" tagged MISC is Qatar), ``ORG`` when it is headed by a word of ``government_words``
  (``words.csv``: "El Congreso peruano", "el Ejército de Ecuador") or is an
  international body's name, else ``MISC``;
- a lower-case demonym of the Doc's language outside any entity becomes a
  ``NORP`` entity: Spanish writes them in lower case ("el presidente cubano",
  "la delegación colombiana"), and the model, trained on capitalised names,
  tags none; the English model tags "Cuban". So does one the model ran into a
  name of no known kind before it ("El ministro de Defensa sudafricano": MISC
  "Defensa sudafricano", "Defensa" and the demonym).

Names are compared by :func:`kit.lexicon.canonical.name_key` (accents, case,
"the" and full stops aside) against the rows of every language, so a place
spelled in a lexicon row of any language counts.

Examples
--------
>>> kit_label("México", "LOC"), kit_label("Río Bravo", "LOC"), kit_label("Jorge Arreaza", "PER")
('GPE', 'LOC', 'PERSON')
>>> kit_label("El Congreso peruano", "MISC"), kit_label("Cancillería", "MISC"), kit_label("Copa América", "MISC")
('ORG', 'MISC', 'MISC')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kit.extract.phrases import portfolio_english
from kit.extract.places import known_common_noun, opens_as_common_word
from kit.extract.titles import lexicon
from kit.lexicon.bodies import body_of
from kit.lexicon.canonical import government_lead, name_key
from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.states import country_aliases, country_keys, demonym_keys, place_keys, state_keys
from kit.lexicon.wordlists import glossary, words_in_any, words_or

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

LABELS_NAME = "kit_entity_labels"
_REGNAL_NUMBER = re.compile(r"[IVX]{1,4}")
FOUR_LABELS = ("PER", "LOC", "ORG", "MISC")
"""The label set this module maps (a pipeline whose ``ner`` has ``PER`` uses it)."""
RENAMED = {"PER": "PERSON", "ORG": "ORG"}


def kit_label(text: str, label: str) -> str:
    """kit's label for an entity ``text`` tagged ``label`` (see the module docstring);
    other labels are kept."""
    if label == "LOC":
        key = name_key(text)
        return "GPE" if key in place_keys() and not _accented_otherwise(text) \
            else "ORG" if _state_body(key) or _body(key) else "LOC"
    if label == "MISC":
        key = name_key(text)
        return "NORP" if key in demonym_keys() else "GPE" if key in place_keys() and not _accented_otherwise(text) \
            else "ORG" if _state_body(key) or _body(key) else "MISC"
    if label == "PER":
        key = name_key(text)
        return "GPE" if key in country_keys() and not _accented_otherwise(text) else "ORG" if _body(key) else \
            "MISC" if _government_word(key) else "PERSON"
    return RENAMED.get(label, label)


def _accented_otherwise(text: str) -> bool:
    """``text`` writes an accent where no row of ``countries.csv`` of that country's name
    does: another word, spelt like the country's name but for the accent (Spanish "el río
    Tarnán" beside the country "Tarnan", which Spanish calls "Tarnania"). A name written
    without its accents ("Peru", "Mexico") is the country still."""
    written = " ".join(text.split()).casefold()
    if not any(not c.isascii() and c.isalpha() for c in written):
        return False
    spellings = _country_spellings().get(name_key(text))
    return spellings is not None and written not in spellings


@lexicon_cache
def _country_spellings() -> dict[str, frozenset[str]]:
    """Per name key of a country name of ``countries.csv`` (any language), its spellings
    there, case-folded."""
    found: dict[str, set[str]] = {}
    for row in read_table("countries", lang=None):
        for name in (row["alias"], row["canonical"]):
            found.setdefault(name_key(name), set()).add(" ".join(name.split()).casefold())
    return {key: frozenset(names) for key, names in found.items()}


def entity_labels(doc: Doc) -> Doc:
    """Rename the entities of ``doc`` to kit's labels (:func:`kit_label`), without the
    preposition or article one starts with, the verbs it runs into, and a one-word
    "entity" that is a capitalised function word or verb: errors of the four-label
    Spanish pipeline on news prose."""
    from spacy.tokens import Span

    lead, stop = _leading_words(doc.lang_), _stopwords(doc.lang_)
    ents = [_without_verbs(_without_lead(e, lead)) for e in doc.ents]  # "de Colombia" tagged LOC: "Colombia"
    ents = [e for e in (_without_common_words(e, lead, stop) for e in ents) if e is not None]
    ents = [e for e in ents if not _no_name(e, stop) and not _common_noun_in_a_name(e, ents)
            and not _portfolio_joined_in_an_office(e)]
    labels = [kit_label(e.text, e.label_) for e in ents]
    ents = [_without_trailing_demonym(e) if new == "MISC" else e for new, e in zip(labels, ents)]
    demonyms = _demonyms_outside(doc, ents)
    # a person's name, or one of no known kind (the model tags "el rey Osk de Tarnia" MISC too)
    regnal = [(_regnal_country(e, lead) or _titled_country(e)) if new in ("PERSON", "MISC") else None
              for new, e in zip(labels, ents)]
    if demonyms or len(ents) != len(doc.ents) or any(new != e.label_ for new, e in zip(labels, ents)) \
            or any((a.start, a.end) != (b.start, b.end) for a, b in zip(ents, doc.ents)) or any(regnal):
        named = [e if new == e.label_ else Span(doc, e.start, e.end, label=new)
                 for new, e, cut in zip(labels, ents, regnal) if cut is None]
        for cut in filter(None, regnal):  # "Osk I | de | Noruega", "el rey Osk | de | Tarnia": the king, his country
            named += [Span(doc, cut[0], cut[1], label="PERSON"), Span(doc, cut[2], cut[3], label="GPE")]
        doc.ents = sorted(named + [Span(doc, i, i + 1, label="NORP") for i in demonyms],
                          key=lambda e: e.start)
    return doc


def _regnal_country(ent: Span, lead: frozenset[str]) -> tuple[int, int, int, int] | None:
    """``(start, end)`` of the name and of the country in a person's name that runs a
    regnal number into "de <country>" ("Osk I de Noruega", "Osk II de la Tarnia" when the
    lexicon knows the country), else None: the model reads the monarch's country as
    part of the name."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 2):
        if _REGNAL_NUMBER.fullmatch(doc[k].text) and doc[k + 1].lower_ in lead:
            start = k + 2
            while start < ent.end - 1 and doc[start].lower_ in lead:  # "de la"
                start += 1
            if name_key(doc[start:ent.end].text) in place_keys():
                return ent.start, k + 1, start, ent.end
    return None


def _titled_country(ent: Span) -> tuple[int, int, int, int] | None:
    """``(start, end)`` of the name and of the country in a person's name that a title
    opens and that ends in "de <country or capital>" ("el rey Osk de Tarnia", "el
    príncipe heredero Ludo del Perú", "President Osk of Tarnia": countries and capitals
    of ``countries.csv`` and ``demonyms.csv``, any language), else None: the country is
    the title's complement, whose office it is, as in "the King of Tarnia", and no part
    of the name. Without a title before it the name stays whole ("Luis de Noruega"), and
    so does one ending in a region or a city, or in an article and a place whose name has
    none: Spanish family names are written so ("Ponce de León", "Ana de la Roma")."""
    doc = ent.doc
    if not _titled(doc, ent.start):
        return None
    of = _of_preps(doc.lang_)
    for k in range(ent.end - 2, ent.start, -1):
        if doc[k].text not in of:  # "de", "del", "of", in lower case
            continue
        if name_key(doc[k + 1:ent.end].text) in state_keys():  # "de | Tarnia", "de | La Paz"; not "de la | X"
            return ent.start, k, k + 1, ent.end
    return None


def _titled(doc: Doc, start: int) -> bool:
    """One, two or three words right before ``start`` are a title or a regnal title of the
    title lexicon ("rey", "príncipe heredero", "President")."""
    lex = lexicon()
    regnal = {title for title, _ in lex.regnal}
    for size in (1, 2, 3):
        if start - size < 0:
            break
        words = doc[start - size:start].text.lower()
        if words in lex.titles or words in regnal:
            return True
    return False


def _demonyms_outside(doc: Doc, ents: list[Span]) -> list[int]:
    """Tokens outside ``ents`` that are a lower-case demonym of the Doc's language."""
    keys = lower_demonym_keys(doc.lang_)
    if not keys:
        return []
    inside = {i for e in ents for i in range(e.start, e.end)}
    return [t.i for t in doc if t.is_lower and t.i not in inside and t.pos_ in ("ADJ", "NOUN", "PROPN")
            and name_key(t.text) in keys]


def _without_trailing_demonym(ent: Span) -> Span:
    """``ent``, a name of no known kind, without the lower-case demonym of the Doc's
    language it ends with: the model tags a title's complement with the demonym
    after it ("El ministro de Defensa | sudafricano": MISC "Defensa sudafricano"),
    and the demonym says whose office it is, as after a bare title ("el presidente
    cubano"). A name's own words are capitalised."""
    if len(ent) < 2 or not ent[-1].is_lower or name_key(ent[-1].text) not in lower_demonym_keys(ent.doc.lang_):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)


def _without_lead(ent: Span, lead: frozenset[str]) -> Span:
    """``ent`` without the lower-case prepositions and articles it starts with."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].text in lead:
        start += 1
    if start == ent.start:
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, start, ent.end, label=ent.label_)


def _without_common_words(ent: Span, lead: frozenset[str], stop: frozenset[str]) -> Span | None:
    """``ent`` without the common words it opens with at the start of a sentence: a
    preposition or adverb ("Según | James Harwell"), with the "de" that joins it to the
    name ("Detrás de | Tadeo Mercado"), a phrase of common words ("El
    canciller peruano", "La reunión": no name, None, so the title and the demonym
    are read as such; "El expresidente | Álvaro Quiñones": the name after a title is a
    person's). A name that opens with an article stays ("El Salvador"): only a run
    holding a lower-case word that is no article is cut."""
    from spacy.tokens import Span

    doc, i = ent.doc, ent.start
    common = ent.end - i > 1 and (doc[i].lower_ in stop or doc[i].pos_ in _NOT_NAMES) and doc[i].lower_ not in lead
    joined = common and ent.end - i > 2 and doc[i + 1].lower_ in lead and doc[i + 2].is_title
    if common and (doc[i + 1].is_title or joined):  # "Según James Harwell", "Detrás de | Tadeo Mercado":
        ent = Span(doc, i + 2 if joined else i + 1, ent.end, label=ent.label_)  # the adverb is no part of the name
        i = ent.start
    if doc[i].lower_ not in lead:
        return ent
    i += 1
    while i < ent.end and (doc[i].is_lower or doc[i].lower_ in lead):
        i += 1
    if i == ent.start + 1:  # "El Salvador": no common word
        return ent
    if i == ent.end:
        return None
    if ent.label_ == "PER":
        return ent
    titled = doc[i - 1].lower_ in one_word_titles()  # the title right before the name
    return Span(doc, i, ent.end, label="PER" if titled else ent.label_)


@lexicon_cache
def one_word_titles() -> frozenset[str]:
    """One-word titles of every language of the title lexicon ("presidente", "expresidente")."""
    return frozenset(t for t in lexicon().titles if " " not in t)


_NOT_NAMES = frozenset({"VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON"})


def _without_verbs(ent: Span) -> Span:
    """``ent`` without the lower-case verbs the model ran it into ("Santos recibio")."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].pos_ in ("VERB", "AUX") and ent.doc[end - 1].is_lower:
        end -= 1
    if end == ent.end:
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, end, label=ent.label_)


def _no_name(ent: Span, stop: frozenset[str]) -> bool:
    """A one-word entity that is a function word or a verb, capitalised at the start of a
    sentence ("Según", "Anunció"), or a one-word person that opens its sentence and that
    the tagger reads as a common noun or an adjective ("Fuentes diplomáticas señalaron",
    "Sentados a la mesa estaban ..."): no name. A name the tagger reads as a proper noun
    stays ("Fuentes dijo"), and so do words the tagger did not tag."""
    if len(ent) != 1:
        return False
    word = ent[0]
    return word.pos_ in _NOT_NAMES or word.lower_ in stop or ent.label_ == "PER" and opens_as_common_word(ent)


def _common_noun_in_a_name(ent: Span, ents: list[Span]) -> bool:
    """A one-word person with no given name that is a common noun written with its capital
    inside the name of an office or a body: a portfolio of ``glossary.csv`` after a title and
    its "de" ("el ministro de | Educación", "la ministra del | Trabajo"; not a body that is a
    side, "el exdirector de la | Policía"), or
    a common noun the pipeline's lemmatizer knows, or its plural, joined by a conjunction to
    the name of no person of two words or more the model tagged right before it ("la Mesa de
    Negociación | y | Acuerdos", the body's name broken by the model). Not a word the Doc
    writes in a person's name of more words elsewhere ("Rosa Paz"): a family name that is
    also a word."""
    if len(ent) != 1 or ent.label_ != "PER" or ent.start < 2:
        return False
    doc, word, lang = ent.doc, ent[0], ent.doc.lang_
    if any(e.label_ == "PER" and len(e) > 1 and any(t.text == word.text for t in e) for e in doc.ents):
        return False
    k = ent.start - 1
    while k > 0 and doc[k].lower_ in words_or("articles", lang, frozenset()):
        k -= 1
    if doc[k].lower_ in _of_preps(lang) and k > 0:
        return portfolio_english(glossary(lang).get(word.text, "")) and doc[k - 1].lower_ in one_word_titles()
    if doc[ent.start - 1].lower_ not in words_or("conjunctions", lang, frozenset()):
        return False
    named = next((e for e in ents if e.end == ent.start - 1), None)
    return named is not None and named.label_ != "PER" and len(named) > 1 and known_common_noun(word)


OFFICE_REACH = 8
"""How many words a portfolio joined by a conjunction may stand after its office's title."""


def _portfolio_joined_in_an_office(ent: Span) -> bool:
    """A person of one or two capitalised common words (a noun, then a noun or an adjective)
    joined by a conjunction, and its "de", to a portfolio written with capitals after a title
    and its complement preposition: the office's second portfolio, no one's name ("el
    ministro de Asuntos Exteriores y de | Cooperación", "alto representante para la Política
    Exterior y de | Seguridad Común", "Minister of Foreign Affairs and | Cooperation"). Not a
    word the Doc writes in a person's name of more words elsewhere ("Rosa Paz")."""
    if ent.label_ != "PER" and ent.label_ != "PERSON" or not 0 < len(ent) <= 2 or ent.start < 2:
        return False
    from kit.extract.places import known_common_noun
    from kit.lexicon.wordlists import words_or

    doc, lang = ent.doc, ent.doc.lang_
    if not known_common_noun(ent[0]) or any(t.pos_ not in ("NOUN", "ADJ", "PROPN") or not t.is_title for t in ent) \
            or len(ent) == 2 and not (known_common_noun(ent[1]) or ent[1].pos_ == "ADJ"):
        return False
    if any(e.label_ in ("PER", "PERSON") and len(e) > len(ent) and any(t.text == w.text for t in e for w in ent)
           for e in doc.ents):
        return False
    none: frozenset[str] = frozenset()
    articles, preps = words_or("articles", lang, none), words_or("complement_preps", lang, none)
    conjunctions = words_or("conjunctions", lang, none)
    k = ent.start - 1
    while k > 0 and doc[k].lower_ in articles | _of_preps(lang):
        k -= 1
    if k < 2 or doc[k].lower_ not in conjunctions:
        return False
    capitals = 0
    for j in range(k - 1, max(k - 1 - OFFICE_REACH, 0), -1):
        word = doc[j]
        if word.is_title or word.is_upper:
            capitals += 1
        elif word.lower_ in one_word_titles():
            return capitals > 0 and doc[j + 1].lower_ in preps
        elif word.lower_ not in articles | preps:
            return False
    return False


@lexicon_cache
def _stopwords(lang: str) -> frozenset[str]:
    return words_or("stopwords", lang, frozenset())


@lexicon_cache
def _of_preps(lang: str) -> frozenset[str]:
    """The ``of_preps`` of ``lang`` ("de", "del")."""
    return words_or("of_preps", lang, frozenset())


@lexicon_cache
def _leading_words(lang: str) -> frozenset[str]:
    """Lower-case words of ``lang`` an entity does not start with: "de", "del", "la"."""
    none: frozenset[str] = frozenset()
    return words_or("of_preps", lang, none) | words_or("articles", lang, none)


def uses_four_labels(nlp: Language) -> bool:
    """Whether the ``ner`` of ``nlp`` tags :data:`FOUR_LABELS` (``PER``, not ``PERSON``)."""
    return "ner" in nlp.pipe_names and "PER" in nlp.get_pipe("ner").labels  # type: ignore[attr-defined]


def _state_body(key: str) -> bool:
    """The name key starts, after a determiner ("el", "su"), with a ``government_words``
    word and goes on ("congreso peruano"; "cancilleria" alone names no one body)."""
    words = key.split()
    while words and words[0] in _determiners():
        words = words[1:]
    return 0 < government_lead(words) < len(words)


def _government_word(key: str) -> bool:
    """The name key is a ``government_words`` word or phrase alone, a determiner aside
    ("Gobierno", "el Parlamento"): a common noun written with a capital, no one's name."""
    words = key.split()
    while words and words[0] in _determiners():
        words = words[1:]
    return 0 < government_lead(words) == len(words)


def _body(key: str) -> bool:
    """The name key, after a determiner ("la"), is an international body's
    (``bodies.csv``, any language): "La Corte Internacional de Justicia" opening a
    sentence after a dateline, which the model tags as a place."""
    words = key.split()
    while len(words) > 1 and words[0] in _determiners():
        words = words[1:]
    return body_of(" ".join(words)) is not None  # every language's names


@lexicon_cache
def _determiners() -> frozenset[str]:
    return words_in_any("determiners")


@lexicon_cache
def lower_demonym_keys(lang: str) -> frozenset[str]:
    """Keys of the demonyms of ``lang`` written in lower case ("cubano"; English has none),
    with each country's name of ``lang`` that differs from one of that country's lower-case
    demonyms in its last letter alone: the form of the demonym that is spelled as the
    country's name ("la delegación china", the feminine of "chino"), which ``demonyms.csv``
    leaves out as the country's name; written in lower case, it is the demonym."""
    rows = read_table("demonyms", lang=lang)
    keys = {(name_key(row["term"]), row["country"]) for row in rows
            if row["kind"] == "demonym" and row["term"].islower()}
    stems = {(key[:-1], country) for key, country in keys if len(key) > 3}
    names = set(country_aliases(lang).items())
    return frozenset({key for key, _ in keys} | {key for key, country in names
                                                  if len(key) > 3 and (key[:-1], country) in stems})
