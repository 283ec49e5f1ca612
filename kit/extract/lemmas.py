"""The infinitive of a verb whose lemma the model got wrong.

The small Spanish model lemmatizes a form it has no rule for by a wrong one: an
imperfect subjunctive or an accentless future gets a stray "-ar" ("impidieran":
"impidierar", "recibira": "recibirar"), and a past written without its accent is left
as it is ("firmo", "cerro", "volvio": "firmó", "cerró", "volvió"). Such a lemma is no
verb of ``verbs.csv`` (the model's own verb index, :mod:`kit.lexicon.build.verbs`), so
two reports of one act told in two forms share no verb. :func:`known_infinitive` reads
the form instead: its stem, once a ``verb_endings`` ending is cut off ("impid-ieran"),
with an ending of ``infinitive_endings`` is a verb of the list, or is one with a vowel of
``past_stem_vowels`` changed as a past's stem changes it ("impid-" of "impedir",
"mur-" of "morir").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kit.lexicon.files import lexicon_cache, read_table, unaccented
from kit.lexicon.wordlists import words_in_any, words_or

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["accentless_future", "form_infinitive", "known_infinitive", "lemma_infinitive", "participle_infinitive"]

VERB_POS = frozenset({"VERB", "AUX"})


def known_infinitive(tok: Token) -> str | None:
    """The verb of ``verbs.csv`` in ``tok``'s language ``tok``'s form is made from, when the
    model's lemma is none of them and the model tags ``tok`` a verb or leaves its form for
    its lemma ("firmo"); None when the lemma is one, the language has no such list
    (English) or no verb of it fits.

    >>> import spacy
    >>> doc = spacy.blank("es")("impidieran")
    >>> doc[0].lemma_, doc[0].pos_ = "impidierar", "VERB"
    >>> known_infinitive(doc[0])
    'impedir'
    """
    known = _verbs(tok.doc.lang_)
    lemma = tok.lemma_.lower().split(" ", 1)[0]  # "reunir él": the pronoun glued to it
    if not known or lemma in known or not (tok.pos_ in VERB_POS or lemma == tok.lower_):
        return None
    return next(_infinitives(tok.lower_, tok.doc.lang_, known), None)


def accentless_future(tok: Token) -> bool:
    """Whether ``tok`` is a third person of a future written without its accent ("sera",
    "firmaran", "llegara", "podran": "será", "firmarán", "llegará", "podrán"): no accent, and
    its form without its last "a" or "an" is a verb of ``verbs.csv`` or a stem of
    ``future_stems`` ("habr", "podr"). A present is not so made ("declara", "espera": no verb
    "declar"); an imperfect subjunctive ("firmara") is, and the caller tells it by its parse.

    >>> import spacy
    >>> doc = spacy.blank("es")("sera firmaran podran declara espera será")
    >>> [accentless_future(t) for t in doc]
    [True, True, True, False, False, False]
    """
    lang, form = tok.doc.lang_, tok.lower_
    if not tok.is_alpha or any(c in "áéíóú" for c in form):
        return False
    endings = tuple(words_or("infinitive_endings", lang, frozenset()))
    stems = words_or("future_stems", lang, frozenset())
    return any(form.endswith(end) and (form[: -len(end)] in stems or form[: -len(end)].endswith(endings)
                                       and form[: -len(end)] in _verbs(lang)) for end in ("a", "an"))


def form_infinitive(form: str, lang: str) -> str | None:
    """The verb of ``verbs.csv`` in ``lang`` the written ``form`` is made from, read on the
    word alone (no token: a verb a reader finds in a clause's text, "reunió", "firmaron");
    None for a language with no such list (English) or no verb that fits.

    >>> form_infinitive("reunió", "es"), form_infinitive("met", "en")
    ('reunir', None)
    """
    known = _verbs(lang)
    if not known:
        return None
    form = form.lower()
    return form if form in known else next(_infinitives(form, lang, known), None)


def participle_infinitive(tok: Token) -> str | None:
    """The verb of ``verbs.csv`` a participle ``tok`` (``VerbForm=Part``) is made from, however
    the model tagged and lemmatized it (a participle after its noun is often an adjective
    with a lemma of its own: "dirigida", "dirigido"; the verb is "dirigir"); None for no
    participle, a language with no such list, or no verb that fits.

    >>> import spacy
    >>> doc = spacy.blank("es")("presidida")
    >>> doc[0].lemma_, doc[0].pos_ = "presidido", "ADJ"
    >>> doc[0].set_morph("Gender=Fem|Number=Sing|VerbForm=Part")
    >>> participle_infinitive(doc[0])
    'presidir'
    """
    known = _verbs(tok.doc.lang_)
    if not known or "Part" not in tok.morph.get("VerbForm", []):
        return None
    return next(_infinitives(tok.lower_, tok.doc.lang_, known), None)


def lemma_infinitive(lemma: str) -> str:
    """The infinitive of a verb's lemma the model left as a form of it, read on the lemma
    alone (a table's ``verb`` column, no token): a verb with its clitic pronoun split off
    ("reunirse", "acatarla": "reunir él", "acatar él"), or a participle (an ending of
    ``participle_endings``) of a verb of ``verbs.csv``, read as :func:`participle_infinitive`
    reads a token ("el cruce, cerrado en agosto": "cerrado"), so it is the verb of other
    reports of the act ("cerró el cruce el lunes": "cerrar"); else ``lemma``.

    >>> lemma_infinitive("acatar él"), lemma_infinitive("cerrado"), lemma_infinitive("firmadas"), lemma_infinitive("sign")
    ('acatar', 'cerrar', 'firmar', 'sign')
    """
    first = lemma.split()[0]
    if " " in lemma and first[-2:] in words_in_any("infinitive_endings"):
        return first
    for lang in _verb_languages():
        if any(lemma.endswith(ending) for ending in words_or("participle_endings", lang, frozenset())):
            found = next(_infinitives(lemma, lang, _verbs(lang)), None)
            if found is not None:
                return found
    return lemma


def _infinitives(form: str, lang: str, known: frozenset[str]) -> Iterator[str]:
    """The verbs of ``known`` ``form`` is a form of, longest ending first: "impidieran" is
    "impid-" and "-ieran", "impid-" the stem of "impedir". An ending's vowel is its
    conjugation's (:func:`_conjugation`): "-ió" is an -er or -ir verb's ("murio": "morir",
    not "morar")."""
    endings = sorted(words_or("verb_endings", lang, frozenset()), key=len, reverse=True)
    infinitives = sorted(words_or("infinitive_endings", lang, frozenset()))
    for ending in endings:
        stem = form[: len(form) - len(ending)]
        if not form.endswith(ending) or len(stem) < 2:
            continue
        for base in (stem, *_changed_stems(stem, lang)):
            for infinitive in infinitives:
                if _conjugation(ending, infinitive) and base + infinitive in known:
                    yield base + infinitive


def _conjugation(ending: str, infinitive: str) -> bool:
    """Whether a form's ``ending`` may be one of a verb of ``infinitive``'s conjugation: one
    opening on "a" is an "-ar" verb's ("-aron"), one on "e" or "i" an "-er" or "-ir" verb's
    ("-ieron", "-ió"), and so is one on "y", the "i" of those endings after a stem's vowel
    ("-yó": "creyó", "concluyó"); another ("-o") any's."""
    vowel = unaccented(ending[:1])
    vowel = "i" if vowel == "y" else vowel
    if vowel not in ("a", "e", "i"):
        return True
    return (vowel == "a") == infinitive.startswith("a")


def _changed_stems(stem: str, lang: str) -> Iterator[str]:
    """``stem`` with its last vowel of a ``past_stem_vowels`` pair ("i>e") changed back:
    "impid" → "imped", "mur" → "mor"."""
    for pair in sorted(words_or("past_stem_vowels", lang, frozenset())):
        past, infinitive = pair.split(">")
        at = stem.rfind(past)
        if at >= 0:
            yield stem[:at] + infinitive + stem[at + len(past):]


@lexicon_cache
def _verb_languages() -> tuple[str, ...]:
    """The languages ``verbs.csv`` lists verbs of, sorted."""
    return tuple(sorted({row["lang"] for row in read_table("verbs", lang=None)}))


@lexicon_cache
def _verbs(lang: str) -> frozenset[str]:
    """The verbs of ``verbs.csv`` in ``lang`` (none in English)."""
    return frozenset(row["lemma"] for row in read_table("verbs", lang=lang))
