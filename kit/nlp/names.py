"""Where a name starts and ends inside an entity span: what a reader calls the person.

NER keeps words around a name that are not part of it: a possessive after it
("Tom Harlan’s"), honorifics and titles before a PERSON ("Ayatollah Ali
Tabrizian", "Mullah Sherzad", "President Tom Harlan"). It also stops short of
some names: before the hyphen of a hyphenated given name or surname ("Moon
Hyo" + "-in", "Wexley" + "-Dunmarsh"), or a syllable before the end of a
family-name-first name ("Choe Myong" + "Ok"). :func:`trim_name` finds the
name's tokens; :mod:`kit.nlp.rows` trims (or extends) the entities with it
before any extractor runs. The words come from the lexicons: the
``honorifics`` and ``regnal_titles`` lists of ``kit/lexicon/data/words.csv``,
the titles and modifiers of ``kit/lexicon/data/titles.csv`` and the family
names of ``kit/lexicon/data/family_names.csv``.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("Mullah Abdul Hakim Sherzad met President Tom Harlan’s envoy")
>>> name = trim_name(doc, 0, 4, "PERSON")
>>> doc[name.start:name.end], doc[slice(*name.honorifics)]
(Abdul Hakim Sherzad, Mullah)
>>> name = trim_name(doc, 5, 9, "PERSON")
>>> doc[name.start:name.end], [doc[s:e] for s, e in name.titles]
(Tom Harlan, [President])
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from kit.lexicon.canonical import family_names
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.wordlists import POSSESSIVE, words, words_in_any, words_or

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DASHES = frozenset({"-", "\u2010", "\u2013", "\u2014"})
HYPHENS = frozenset({"-", "\u2010"})  # inside a word; an en dash joins two names ("Harlan–Kim")
MODIFIER_DEPS = frozenset({"amod", "compound", "acomp", "advmod", "npadvmod", "nmod"})
"""Dependencies of a word after a name's hyphen that make the hyphenated word a
modifier ("Vorontsev-backed plan", "Harlan-era rules", "Harlan-Kim summit"), not a name."""
_ORDINAL = re.compile(r"[IVXL]+")  # "II", "XVI": a regnal name's ordinal
_TOKENISH = re.compile(r"\w+|[^\w\s]")  # at least as many as spaCy's tokens
_WORD_HYPHEN = re.compile(r"(?<=\w)[-\u2010](?=\w)")  # "Lt-Gen", "Maj-Gen": a rank's two words
_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*", re.IGNORECASE)  # one group of vowels


class Name(NamedTuple):
    """Where the name is in an entity, and what stands before it."""

    start: int  # token indices of the name
    end: int
    titles: list[tuple[int, int]]  # title spans cut off the front ("President")
    honorifics: tuple[int, int] | None  # the honorifics right before the name, in or out of the entity


def trim_name(doc: Doc, start: int, end: int, label: str) -> Name:
    """The name in the entity ``doc[start:end]``.

    Blank lines at the end go (a byline's, before its dateline), a possessive
    too ("Tom Harlan’s"), a conjunction too (the list the entity ran into: "Tendai
    Mashingaidze and"), punctuation at the start of a PERSON too ("— Igor Matvenko"),
    and a quote mark at its end ('"Dr Ada"') and the figures after it ("Ruo 43.2"); a PERSON ends at a slash (a credit
    line: "Diego Quirarte/Hemisphere Report"). In front of a PERSON, the
    ``honorifics`` of ``words.csv`` ("Mr.", "Ayatollah", "Gen.": capitalised) and
    the titles of ``titles.csv`` (with their modifiers: "Deputy Foreign
    Minister") go, as long as a word of the name remains: "Mullah Sherzad" is
    "Sherzad". A ``regnal_titles`` word is a title like the others ("King Osk II" is
    "Osk II", "Crown Prince Sultan bin Qasim" is "Sultan bin Qasim"), the regnal
    number part of the name; one of ``regnal_name_titles`` stays before a regnal name, one
    word or words ending in an ordinal ("Pope Anselm"), since the title is how the name is
    given. A noble rank ("Prince") is an honorific, no title.
    Another language's regnal titles ("papa", "rey") are read in that language only:
    written in lower case, a title before any name ("la reina Matilde" is "Matilde");
    with a capital, part of the name like an English one ("El Papa Anselmo"), or,
    before a full name, a given name ("Rey Ortiz Mendez").
    """
    while end - start > 1 and doc[end - 1].is_space:  # a byline's blank lines, before its dateline
        end -= 1
    while end - start > 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    while end - start > 1 and doc[end - 1].text in words_or("conjunctions", doc.lang_, frozenset()):
        end -= 1  # "Baraka Mwangeli and": the list goes on, the name does not
    if label == "ORG":
        start = _after_descriptors(doc, start, end)
    if label != "PERSON":
        return Name(start, end, [], None)
    while end - start > 1 and doc[start].is_punct:  # "— Igor Matvenko of Russia": the dash opened a list
        start += 1
    while end - start > 1 and doc[end - 1].is_quote:  # 'call him "Dr Ada"': the quote closes a nickname
        end -= 1
    while end - start > 1 and doc[end - 1].text in DASHES:  # "Photo: Ana Roe - A helicopter": no name ends on a dash
        end -= 1
    while end - start > 1 and any(c.isdigit() for c in doc[end - 1].text):
        end -= 1  # "gave Mr Ruo 43.2 per cent": the figure after the name is none of it
    slash = next((i for i in range(start + 1, end) if doc[i].text == "/"), end)
    cut, end = slash < end, slash  # a credit line: "(Diego Quirarte/Hemisphere Report)" names Diego Quirarte
    prefixes, titles, styled = _name_prefixes(), [], _styled_before(doc, start)
    while True:
        if not styled and (royal := _royal_style_at(doc, start, end)):
            start, styled = start + royal, True  # "Su Majestad el | Rey Osk VI": the style goes, the title follows
            continue
        regnal = _prefix_at(doc, start, end, prefixes.regnal)
        if regnal and _is_regnal_name(doc[start + regnal:end]) \
                and _bare(doc[start:start + regnal].text) in prefixes.named_regnal:
            break  # "Pope Anselm": the title is how the name is given ("King Osk II" is Osk II)
        written = _prefix_at(doc, start, end, _other_regnal(doc.lang_))  # another language's
        if written and doc[start].text[:1].isupper() and not styled:
            break  # "El Papa Anselmo" as English writes it; "Rey Ortiz Mendez", a given name
        regnal = regnal or written  # "el papa Anselmo", "la reina Matilde": a title before the name
        honorific = _prefix_at(doc, start, end, prefixes.every_honorific, capitalised=True)
        if honorific:
            start += honorific
            continue
        first = start
        while first < end - 1 and doc[first].lower_ in prefixes.modifiers:
            first += 1
        title = _prefix_at(doc, first, end, prefixes.titles)
        if not title and regnal:  # before a full personal name
            first, title = start, regnal
        if not title:
            break
        titles.append((first, first + title))
        start = first + title
    end = _before_a_title(doc, start, end, prefixes)
    if not cut:
        end = name_end(doc, start, end)
    return Name(start, end, titles, _honorifics_before(doc, start, prefixes))


def _royal_style_at(doc: Doc, start: int, end: int) -> int:
    """Tokens of a monarch's style at ``doc[start]`` (``royal_honorifics``: "His Majesty",
    "Majestad", "Su Alteza Real", written with a capital) and of the article after it, when a
    regnal title follows and a name after that ("Su Majestad el | Rey Osk VI", "His Majesty |
    King Osk II"); 0 otherwise. The style only says whom it addresses: the regnal title after it
    is the title, however it is written ("Rey", capitalised after the style, is no given name).

    >>> import spacy
    >>> doc = spacy.blank("es")("Majestad el Rey Osk VI llegó")
    >>> _royal_style_at(doc, 0, 5)
    2
    >>> _royal_style_at(spacy.blank("es")("Majestad Osk"), 0, 2)
    0
    """
    styles = frozenset(_bare(w) for w in words_in_any("royal_honorifics"))
    if not doc[start].text[:1].isupper():
        return 0
    n = _longest_at(doc, start, end - start - 1, lambda span: _bare(span.text) in styles)
    if not n:
        return 0
    k = start + n
    if k < end - 1 and doc[k].is_lower and doc[k].lower_ in words_or("articles", doc.lang_, frozenset()):
        k += 1  # "Su Majestad | el | Rey"
    regnal = _name_prefixes().regnal | _other_regnal(doc.lang_)
    title = _longest_at(doc, k, end - k - 1, lambda span: _bare(span.text) in regnal)
    return k - start if title and k + title < end else 0


def _styled_before(doc: Doc, start: int) -> bool:
    """Whether a monarch's style ends right before token ``start`` (:func:`_royal_style_at`:
    "Su Majestad el | Rey Osk VI", the style tagged apart from the name or left untagged)."""
    return any(_royal_style_at(doc, k, len(doc)) == start - k for k in range(max(0, start - 4), start))


def royal_style_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a monarch's style and nothing else, a regnal title and a
    name after it ("Su | Majestad | el Rey Osk VI", "Majestad" tagged a person apart): no name.

    >>> import spacy
    >>> doc = spacy.blank("es")("Su Majestad el Rey Osk VI llegó")
    >>> royal_style_alone(doc, 1, 2), royal_style_alone(doc, 3, 5)
    (True, False)
    """
    styles = frozenset(_bare(w) for w in words_in_any("royal_honorifics"))
    return _bare(doc[start:end].text) in styles and any(
        _royal_style_at(doc, k, len(doc)) >= end - k for k in range(max(0, start - 2), start + 1))


def _after_descriptors(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name starts past the words in lower case that only describe
    it (``org_descriptors``: "the *opposition* Union for Progress", "the *former rebel*
    Front of Tarn", "el *opositor* Partido de Tarn"), with the article before them: at the
    capitalised word after them; ``start`` if no such word follows or none precedes it."""
    marks = words_or("org_descriptors", doc.lang_, frozenset())
    i = start + (doc[start].lower_ in words_or("articles", doc.lang_, frozenset()) and doc[start].is_lower)
    first = i
    while i < end - 1 and doc[i].is_lower and doc[i].lower_ in marks:
        i += 1
    return i if i > first and doc[i].text[:1].isupper() else start


def _before_a_title(doc: Doc, start: int, end: int, prefixes: _Prefixes) -> int:
    """Where a name that runs into a title of two words or more ends: before the
    capitalised word that opens it, with its modifiers ("makes Ada Obi | First
    Vice-President", "Ada Obi | Deputy Prime Minister"); one title word alone may be a
    family name ("Bishop", "General")."""
    for k in range(start + 1, end):
        if not doc[k].is_title or doc[k].lower_ not in prefixes.starts | prefixes.modifiers:
            continue
        first = k
        while first < len(doc) - 1 and doc[first].lower_ in prefixes.modifiers:
            first += 1
        for i in range(k, first + 1):  # "Vice-President": a title that opens with a modifier
            n = _longest_at(doc, i, len(doc) - i, lambda span: _bare(span.text) in prefixes.titles)
            if n and len(_bare(doc[k:i + n].text).split()) >= 2:
                return k
    return end


def name_end(doc: Doc, start: int, end: int) -> int:
    """Where the person name ``doc[start:end]`` ends, when NER stopped short of it.

    Needs the parse (unparsed, the name ends at ``end``). The name goes on
    over a hyphen inside a word and the word part after it ("Moon Hyo-in",
    "Liz Wexley-Dunmarsh"), unless that part is in another entity or the
    hyphenated word modifies what follows (:data:`MODIFIER_DEPS`, its head after
    it: "a Vorontsev-backed plan", "the Harlan-Kim summit"; "met Moon Hyo-in twice",
    its "in" read as an adverb of "met", is a name). A name of two words whose
    first is a family name written first (``family_names.csv``) and whose
    second is one syllable takes a third such syllable it is the compound of,
    outside any entity or alone in a PERSON one ("Choe Myong Ok", "Kim Yong
    Pil", "Moon Hyo In's"): names of that kind have two syllables after
    the family name. A name does not end on a lower-case particle or patronymic
    (``name_particles``, ``patronymics``: "Albert del" + "Rosario", "Sultan bin"
    + "Qasim"): it takes the capitalised proper noun after it, if no entity holds it
    or it is an entity alone ("Ursula von der" + GPE "Leyen"); nor before one joined
    by a hyphen to such a word ("Mohammad Zia" + "ul-Karim"). A particle the model left
    between two names joins them ("José Eduardo" + "dos" + "Santos").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Moon", "Hyo", "-", "in", "convened", "aides"],
    ...           spaces=[True, False, False, True, True, False],
    ...           heads=[1, 3, 3, 4, 4, 4], deps=["compound", "compound", "punct", "nsubj", "ROOT", "dobj"],
    ...           pos=["PROPN", "PROPN", "PUNCT", "NOUN", "VERB", "NOUN"])
    >>> doc[0:name_end(doc, 0, 2)]
    Moon Hyo-in
    """
    if not doc.has_annotation("DEP"):
        return end
    joined = end
    while joined + 1 < len(doc) and _hyphen_part(doc, joined):
        joined += 2
    last = doc[joined - 1]  # the word's last part: what the word does in the sentence
    modifies = last.dep_ in MODIFIER_DEPS and last.head.i > last.i  # "a Vorontsev-backed | plan"
    if joined > end and not modifies and last.pos_ != "VERB":
        return joined
    if end < len(doc) and _third_syllable(doc, start, end):
        end += 1
    while end < len(doc) and end - start >= 2 and _particle_then_name(doc, end):
        end += 1  # "Albert del" + "Rosario": a name does not end on its particle
    if end + 1 < len(doc) and _particle_between_names(doc, end):
        end = _entity_end(doc, end + 1)  # "José Eduardo" + "dos" + "Santos": one name
    if end + 1 < len(doc) and _given_name_then_particle_name(doc, start, end):
        end = _entity_end(doc, _particle_run_end(doc, end))  # "Tomás" + "de" + "Orvalde Ruiz": one name
    if end + 1 < len(doc) and _surname_repeated_after_joiner(doc, end):
        end += 2  # "Osk Orvalde" + "y" + "Orvalde": one name, its two family names the same
    if end + 2 < len(doc) and _hyphened_particle(doc, end):
        end += 3  # "Mohammad Zia" + "ul-Karim": the particle and the name it is joined to
    return end


def _hyphened_particle(doc: Doc, end: int) -> bool:
    """``doc[end:end + 3]`` is a lower-case name particle joined by a hyphen to a
    capitalised word no entity holds ("ul-Karim", "al-Ghanem" left outside the name)."""
    particle, hyphen, word = doc[end], doc[end + 1], doc[end + 2]
    return (particle.is_lower and particle.text in _particles() and hyphen.text in HYPHENS
            and not particle.whitespace_ and not hyphen.whitespace_ and word.is_title
            and word.is_alpha and not word.ent_type_)


def _particle_then_name(doc: Doc, end: int) -> bool:
    """The name ``doc[:end]`` ends on a lower-case name particle or patronymic ("del",
    "von", "bin"; not one of the language's stopwords) and ``doc[end]`` is a
    capitalised proper noun no entity holds, or an entity of that word alone (the
    model's GPE "Leyen" after "Ursula von der"): the rest of the name."""
    last, after = doc[end - 1], doc[end]
    alone = after.ent_iob_ == "B" and _entity_end(doc, end) == end + 1
    return (last.is_lower and last.text in _particles() and after.is_title and after.is_alpha
            and after.pos_ == "PROPN" and (not after.ent_type_ or alone))


def _particle_between_names(doc: Doc, end: int) -> bool:
    """The name ``doc[:end]`` is followed by a lower-case name particle in no entity
    and a PERSON right after it ("José Eduardo" + "dos" + "Santos", "Luiz Inácio" +
    "da" + "Silva"), or a capitalised word the model tagged alone as something else
    (GPE "Santos", a city's name too, which the parse may call an adjective): one name
    the model cut at its particle. The particle is no conjunction or article ("Petro y
    Duque" are two), except a name article (``name_articles``: "al", "el"), which joins
    a family name of one word the model read as a PERSON alone ("Omar bin Saif" + "al" +
    "Rami"), whatever the word is in the text's language (Spanish "al" is "a el")."""
    after = doc[end + 1]
    one_word = after.ent_iob_ == "B" and _entity_end(doc, end + 1) == end + 2 and after.is_title and after.is_alpha
    return after.ent_iob_ == "B" and (
        loose_particle(doc[end]) and (after.ent_type_ == "PERSON" or one_word)
        or _name_article(doc[end]) and after.ent_type_ == "PERSON" and one_word)


def _given_name_then_particle_name(doc: Doc, start: int, end: int) -> bool:
    """The name ``doc[start:end]`` is one capitalised word, followed by lower-case name
    particles that join family names (``surname_joiners`` and ``name_particles`` of the
    text's language that are no conjunction: "de", "del", "de la"), in no entity, and a
    PERSON of two words or more right after them: the model cut one name at its particle
    ("Tomás" + "de" + "Orvalde Ruiz"). One word before the particle, as a given name is, and
    no article before it."""
    if end - start != 1 or not doc[start].is_title or not _joining_surname_particles(doc.lang_) \
            or start > 0 and doc[start - 1].lower_ in words_or("articles", doc.lang_, frozenset()):
        return False  # "el Gobierno de Ana María Orvalde": a noun after its article
    after = _particle_run_end(doc, end)
    return after > end and after < len(doc) and doc[after].ent_iob_ == "B" \
        and doc[after].ent_type_ in ("PERSON", "PER") and _entity_end(doc, after) - after >= 2


def _particle_run_end(doc: Doc, end: int) -> int:
    """Where the lower-case joining particles from ``doc[end]`` on end, an article after one
    of them included ("de", "de la")."""
    joiners, articles = _joining_surname_particles(doc.lang_), words_or("articles", doc.lang_, frozenset())
    k = end
    while k < len(doc) and doc[k].is_lower and not doc[k].ent_type_ and (
            doc[k].text in joiners or k > end and doc[k].text in articles and doc[k - 1].text in joiners):
        k += 1
    return k


@lexicon_cache
def _joining_surname_particles(lang: str) -> frozenset[str]:
    """``surname_joiners`` of ``lang`` that are no conjunction ("de", "del"; not "y")."""
    return words_or("surname_joiners", lang, frozenset()) - words_in_any("conjunctions")


def _surname_repeated_after_joiner(doc: Doc, end: int) -> bool:
    """The name ``doc[:end]`` is followed by a conjunction of ``surname_joiners`` ("y", "e")
    in no entity and its own last word again, capitalised ("Osk Orvalde y Orvalde"): one
    person's two family names, the same, joined as Spanish writes them; two persons are
    never named so."""
    joiner, again = doc[end], doc[end + 1]
    return joiner.is_lower and not joiner.ent_type_ and end >= 1 \
        and joiner.text in words_or("surname_joiners", doc.lang_, frozenset()) \
        and again.text == doc[end - 1].text and again.is_title


def _name_article(token: Token) -> bool:
    """``token`` is a lower-case name article ("al", "el": ``name_articles`` of any
    language) in no entity, followed by a space."""
    return (token.is_lower and not token.ent_type_ and token.text in words_in_any("name_articles")
            and bool(token.whitespace_))


def loose_particle(token: Token) -> bool:
    """``token`` is a lower-case name particle in no entity ("dos", "van"), no
    conjunction or article, nor a common word of the text's language (Spanish "de":
    "El Gobierno | de | José María Olaberri" is no name), followed by a space: it may
    open or join a name."""
    return (token.is_lower and not token.ent_type_ and token.text in _joining_particles()
            and token.text not in words_or("stopwords", token.doc.lang_, frozenset())
            and bool(token.whitespace_))


@lexicon_cache
def _joining_particles() -> frozenset[str]:
    """:func:`_particles` that are no conjunction or article of any language ("y", "la")."""
    return _particles() - words_in_any("conjunctions") - words_in_any("articles")


def _entity_end(doc: Doc, start: int) -> int:
    """The end of the entity that opens at ``doc[start]``."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


@lexicon_cache
def _particles() -> frozenset[str]:
    """Name particles and patronymics that are no stopword ("del", "von", "bin", "ul")."""
    return (words("name_particles") | words("patronymics")) - words("stopwords")


def particles() -> frozenset[str]:
    """:func:`_particles`, for other modules."""
    return _particles()


def _hyphen_part(doc: Doc, end: int) -> bool:
    """``doc[end]`` is a hyphen inside a word and ``doc[end + 1]`` a word part after it."""
    hyphen, part = doc[end], doc[end + 1]
    return (hyphen.text in HYPHENS and not doc[end - 1].whitespace_ and not hyphen.whitespace_
            and part.text.isalpha() and not part.ent_type_)


def _third_syllable(doc: Doc, start: int, end: int) -> bool:
    """``doc[end]`` is the last syllable of the family-name-first name ``doc[start:end]``."""
    word = doc[end]
    alone = not word.ent_type_ or (word.ent_type_ == "PERSON" and word.ent_iob_ == "B"
                                   and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"))
    return (end - start == 2 and doc[start].text.lower() in family_names() and doc[end - 1].whitespace_ == " "
            and all(_is_syllable(t.text) for t in (doc[end - 1], word)) and alone
            and not word.is_sent_start and word.pos_ == "PROPN"
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end)


def _is_syllable(text: str) -> bool:
    """A capitalised word of one group of vowels ("Jae", "Hui", "Loong"; not "Jinping")."""
    return text.isalpha() and text[:1].isupper() and text[1:].islower() and bool(_SYLLABLE.fullmatch(text))


def _honorifics_before(doc: Doc, start: int, prefixes: _Prefixes) -> tuple[int, int] | None:
    """The run of honorifics ending right before token ``start``, in its sentence;
    not the end of a title ("Secretary General | Anders Lystad", "Crown Prince | Osk")."""
    first = start
    while first > 0 and not doc[first].is_sent_start:
        if doc[first - 1].lower_.rstrip(".") not in prefixes.honorific_ends:  # the usual case: no text built
            break
        texts = [doc[first - n:first].text for n in range(1, min(prefixes.longest, first) + 1)]
        n = max((n for n, text in enumerate(texts, 1)
                 if _written_as_honorific(doc, text)), default=0)
        if not n or any(_bare(text) in prefixes.every_title or _bare(text) in prefixes.regnal for text in texts[n:]):
            break  # "Secretary General | X", "el secretario general | X", "Crown Prince | X": a title's end
        first -= n
    return (first, start) if first < start else None


def _prefix_at(doc: Doc, start: int, end: int, phrases: frozenset[str], capitalised: bool = False) -> int:
    """Tokens in the longest of ``phrases`` at ``doc[start]`` (compared lower-case,
    final dots dropped; ``capitalised``: written with a capital) that leaves a
    name before ``end``; 0 if none."""
    if doc[start].lower_.rstrip(".") not in _name_prefixes().starts:  # the usual case: no text built
        return 0
    if capitalised and not _may_open_as_honorific(doc, doc[start].text):
        return 0  # "the | general said": no honorific as written can start here, no span built

    def fits(span: Span) -> bool:
        return _bare(span.text) in phrases and (not capitalised or _written_as_honorific(doc, span.text)) \
            and _names_a_person(doc[span.end:end])

    return _longest_at(doc, start, end - start - 1, fits)


def _longest_at(doc: Doc, i: int, most: int, fits: Callable[[Span], bool]) -> int:
    """Tokens in the longest span at ``doc[i]``, of at most ``most`` tokens and no more
    than the longest name prefix, that ``fits`` accepts; 0 if none."""
    return next((n for n in range(min(_name_prefixes().longest, most), 0, -1) if fits(doc[i:i + n])), 0)


def only_honorifics(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is honorifics and nothing else, written with a capital
    ("Datuk Seri", "Al Haj" tagged PERSON apart from the name after them): no name.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Datuk Seri Najib spoke")
    >>> only_honorifics(doc, 0, 2), only_honorifics(doc, 0, 3)
    (True, False)
    """
    text = doc[start:end].text
    return _written_as_honorific(doc, text)


def name_after_honorifics(doc: Doc, i: int) -> bool:
    """Whether a capitalised word stands at token ``i``, after any honorifics there
    ("Lt Gen | (Rtd) Ada Obi": the name comes after the bracketed "(Rtd)")."""
    while i < len(doc) and not doc[i].is_title:
        n = _longest_at(doc, i, len(doc) - i, lambda span: _written_as_honorific(doc, span.text))
        if not n:
            return False
        i += n
    return i < len(doc)


def _may_open_as_honorific(doc: Doc, first: str) -> bool:
    """Whether a span whose first token is written ``first`` may be an honorific as
    :func:`_written_as_honorific` reads it: one that opens with a capital, or any in a
    language with ``lowercase_honorifics`` (a token of brackets alone, "(", may open "(Rtd)")."""
    opening = first.lstrip("(")
    return not opening or opening[:1].isupper() or bool(_lowercase_honorifics(doc.lang_))


def _written_as_honorific(doc: Doc, text: str) -> bool:
    """Whether ``text`` is an honorific as written: one of ``honorifics`` with a capital
    ("Gen.", "Don"), or one of the ``lowercase_honorifics`` of the document's language
    ("el general Ana Ruiz"; "Don Hale" in English is a name)."""
    bare = _bare(text)
    capital = text.lstrip("(")[:1].isupper()  # "(Rtd)" after a rank
    return (capital and bare in _name_prefixes().honorifics) or bare in _lowercase_honorifics(doc.lang_) \
        or (bare in _initial_honorifics() and _initial_as_honorific(doc, text))


@lexicon_cache
def _initial_honorifics() -> frozenset[str]:
    """The ``initial_honorifics`` of words.csv, bare ("m"): honorifics written as an initial is."""
    return frozenset(_bare(t) for t in words_in_any("initial_honorifics"))


def _initial_as_honorific(doc: Doc, text: str) -> bool:
    """Whether ``text``, an honorific written as an initial is ("M.", French "Monsieur"), is
    one in ``doc``: written with a capital and its full stop, and before capitalised words of
    two names at least in the document ("M. Jean Roe ... M. Paul Doe", "M. Roe"). One person
    whose given name's initial it is may be named so ("M. Nur Roe"), and the document names
    him alone after it; two names after one initial is a style of address.

    >>> import spacy
    >>> doc = spacy.blank("en")("M. Jean Roe met M. Paul Doe.")
    >>> _initial_as_honorific(doc, "M."), _initial_as_honorific(spacy.blank("en")("M. Nur Roe met M. Nur Roe."), "M.")
    (True, False)
    """
    if not (text[:1].isupper() and text.endswith(".")):
        return False
    after = {doc[i + 1].text for i in range(len(doc) - 1)
             if doc[i].text == text and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()}
    return len(after) >= 2


@lexicon_cache
def _lowercase_honorifics(lang: str) -> frozenset[str]:
    """The ``lowercase_honorifics`` of ``lang``, none in English (read once per language:
    a language without the list would raise and be read again on every call)."""
    return frozenset(_bare(t) for t in words_or("lowercase_honorifics", lang, frozenset()))


def ranked_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is an honorific or rank then a personal name of two
    to four capitalised words, none an organisation word: "Lieutenant General Osk
    Varadov", which NER may tag as an organisation (not "General Motors"); after a rank
    of the clergy (``clergy_honorifics``), one word is a name too ("Bishop Osk", an
    Orthodox bishop's religious name)."""
    n = rank_at(doc, start, end)
    name = doc[start + n:end]
    fewest = 1 if n and _bare(doc[start:start + n].text) in words_or("clergy_honorifics", doc.lang_, frozenset()) \
        else 2
    return bool(n) and fewest <= len(name) <= 4 and all(
        t.is_title and t.lower_ not in words("org_words") for t in name)


def name_prefix_starts() -> frozenset[str]:
    """The first words of every honorific, rank and title a name can open with (lower
    case, final dots dropped): no prefix starts at a word outside them."""
    return _name_prefixes().starts


def rank_at(doc: Doc, start: int, end: int) -> int:
    """Tokens of the honorific or rank written with a capital at ``doc[start]`` that
    leaves a name before ``end`` ("General | Ada", "Lieutenant General | Ada Obi"); 0 if none."""
    return _prefix_at(doc, start, end, _name_prefixes().every_honorific, capitalised=True)


def titled_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where the title and the personal name start in ``doc[start:end]``, an entity
    NER tagged as one name of no person: an article, a title of ``titles.csv`` in the
    document's language written with a capital, the longest there is, then a personal
    name of two to four capitalised words, none an organisation word ("El Comandante en
    Jefe | Ramiro Tello" tagged MISC). None for any other entity ("Secretaría de Relaciones
    Exteriores", "Coordinadora Estudiantil", "Secretaria General Iberandina": no personal
    name after the title).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("es")("El Comandante en Jefe Ramiro Tello Paz habló")
    >>> titled_name(doc, 0, 7), titled_name(doc, 0, 5)
    ((1, 4), None)
    """
    first = start + 1 if doc[start].lower_ in words_or("articles", doc.lang_, frozenset()) else start
    if first >= end or not doc[first].is_title:
        return None
    titles = _titles_of(doc.lang_)
    n = _longest_at(doc, first, end - first, lambda span: _bare(span.text) in titles)
    name = doc[first + n:end]
    if n and 2 <= len(name) <= 4 and all(t.is_title and t.lower_ not in words("org_words") for t in name):
        return first, first + n
    return None


@lexicon_cache
def _titles_of(lang: str, kind: str = "title") -> frozenset[str]:
    """The rows of ``kind`` of ``titles.csv`` in ``lang`` (lower-case, final dots dropped)."""
    return frozenset(_bare(r["title"]) for r in read_table("titles", lang=lang) if r["kind"] == kind)


def possessive_country(doc: Doc, start: int, end: int, countries: Mapping[str, str]) -> bool:
    """The PERSON ``doc[start:end]`` is wholly a country's name of ``countries`` (keyed
    by :func:`kit.lexicon.canonical.name_key`) right before a possessive ("Veltria
    Nova Marca's prime minister"): NER took the country for a person's name, and
    :func:`gapped_country` would cut a shorter country off its end ("Marca").

    >>> import spacy
    >>> doc = spacy.blank("en")("Nova Marca's envoy")
    >>> possessive_country(doc, 0, 3, {"nova marca": "Nova Marca", "marca": "Marca"})
    True
    """
    from kit.lexicon.canonical import name_key

    owner_end = _owner_end(doc, start, end)
    return owner_end is not None and name_key(doc[start:owner_end].text) in countries


def gapped_country(doc: Doc, start: int, end: int, countries: Mapping[str, str]) -> int | None:
    """Where a country name begins at the end of the PERSON ``doc[start:end]`` that
    stands for a possessive with its noun left out ("Sedat Özkaya led Turkey's
    delegation, Alexander Dorokhin Russia's": NER runs the name into the
    country); None when there is none. The country is one to three words of
    ``countries`` (keyed by :func:`kit.lexicon.canonical.name_key`) right before a
    possessive, after a name of at least two words.

    >>> import spacy
    >>> doc = spacy.blank("en")("Alexander Dorokhin Russia's and Jordan's")
    >>> gapped_country(doc, 0, 3, {"russia": "Russia"})
    2
    """
    from kit.lexicon.canonical import name_key

    owner_end = _owner_end(doc, start, end)
    if owner_end is None:
        return None
    end = owner_end
    for n in (3, 2, 1):
        first = end - n
        if first - start >= 2 and doc[first].is_title and name_key(doc[first:end].text) in countries:
            return first
    return None


def _owner_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the owner's words of the entity ``doc[start:end]`` end, the entity taking in
    the possessive that follows them or standing right before it; None when no
    possessive is there."""
    if end - start > 1 and doc[end - 1].text in POSSESSIVE:
        return end - 1
    return end if end < len(doc) and doc[end].text in POSSESSIVE else None


def _names_a_person(span: Span) -> bool:
    """A word, and not a patronymic first ("bin Abdulaziz": the word before is a given name)."""
    words = _words(span)
    return bool(words) and words[0] not in _name_prefixes().patronymics


def _words(span: Span) -> list[str]:
    return [t.text for t in span if any(c.isalpha() for c in t.text)]


def _is_regnal_name(span: Span) -> bool:
    """One word, or words ending in an ordinal ("John Paul II")."""
    words = _words(span)
    return len(words) == 1 or (len(words) > 1 and bool(_ORDINAL.fullmatch(words[-1])))


class _Prefixes(NamedTuple):
    honorifics: frozenset[str]
    titles: frozenset[str]
    modifiers: frozenset[str]
    regnal: frozenset[str]
    patronymics: frozenset[str]  # lower-case only: "bin", not "Ben"
    longest: int  # tokens the longest phrase may take ("Lt. Gen." is "Lt", ".", "Gen.")
    starts: frozenset[str]  # first words of every phrase, final dots dropped
    honorific_ends: frozenset[str]  # last words of the honorifics, final dots dropped
    every_honorific: frozenset[str]  # with the lower-case ones of every language ("general", "don")
    every_title: frozenset[str]  # the titles of every language ("secretario general")
    named_regnal: frozenset[str]  # regnal titles kept before a regnal name ("pope": "Pope Anselm")


@lexicon_cache
def _name_prefixes() -> _Prefixes:
    """What may stand before a name (lower-case, final dots dropped)."""
    def bare(terms: Iterable[str]) -> frozenset[str]:
        return frozenset(_bare(t) for t in terms)

    rows = read_table("titles")
    honorifics, regnal = bare(words("honorifics")), bare(words("regnal_titles"))
    every = honorifics | bare(words_in_any("lowercase_honorifics")) | _initial_honorifics()
    titles = bare(r["title"] for r in rows if r["kind"] == "title")
    every_row = read_table("titles", lang=None)
    regnals = regnal | bare(r["title"] for r in every_row if r["kind"] == "regnal")
    longest = max(len(_TOKENISH.findall(p)) + 1 for p in every | regnals | titles)
    phrases = [w for w in every | regnals | titles if w.split()]  # "(rtd)" opens with "(" as a token
    starts = frozenset(w.split()[0] for w in phrases) | frozenset(_TOKENISH.findall(w)[0] for w in phrases)
    ends = frozenset(w.split()[-1] for w in every if w.split()) | frozenset(
        _TOKENISH.findall(w)[-1] for w in every if w.split())
    return _Prefixes(honorifics, titles,
                     frozenset(r["title"].lower() for r in rows if r["kind"] == "modifier"),
                     regnal, words("patronymics"), longest, starts, ends, every,
                     titles | bare(r["title"] for r in every_row if r["kind"] == "title"),
                     bare(words("regnal_name_titles")))


@lexicon_cache
def _other_regnal(lang: str) -> frozenset[str]:
    """The regnal titles of ``lang`` when it is not English ("papa", "rey": rows of kind
    ``regnal`` in titles.csv): read before a name in that language only."""
    return frozenset() if lang == DEFAULT_LANG else _titles_of(lang, "regnal")


@functools.lru_cache(maxsize=1 << 16)  # a pure function of its text, asked of the same words again and again
def _bare(phrase: str) -> str:
    """Lower case, one space between words, a hyphen between two words read as a space,
    no dot at the end of a word: "Lt. Gen.", "Lt Gen" and "Lt-Gen" are "lt gen"."""
    return " ".join(w.rstrip(".") for w in _WORD_HYPHEN.sub(" ", phrase.lower()).split())
