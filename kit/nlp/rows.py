"""Doc → rows: one spaCy ``Doc`` becomes the rows of kit's tables.

The only module that reads spaCy ``Doc`` objects for the tables. Each Doc
becomes its sentences, its entity mentions (with canonical names, see
:mod:`kit.lexicon.canonical`) and one list of rows per extractor in
:data:`EXTRACTORS` (roles, quotes, dates, ...). :func:`annotate_stream` runs
the pipeline over ``(key, text)`` pairs and yields each article's rows, as
:func:`kit.annotate` does locally; :func:`annotate_batch` turns a batch into
one cache shard's tables, as each Dask worker does (:mod:`kit.nlp.cluster`).

Before extractors run, the ``TITLE`` spans marked by kit's entity fixes are
moved out of ``doc.ents`` into ``doc.spans["titles"]``: a title is part of a
person's role, never an entity of its own. Each entity is trimmed to the name
(:func:`kit.nlp.names.trim_name`: "Ayatollah Ali Tabrizian" is "Ali Tabrizian").
"""

from __future__ import annotations

import bisect
import functools
import importlib
import itertools
import re
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import pandas as pd

from kit.extract.bylines import byline_word
from kit.extract.inputs import DocInputs
from kit.extract.phrases import HYPHENS, POSSESSIVE, negation
from kit.extract.titles import title_spans
from kit.extract.tokens import doc_texts, doc_tokens
from kit.lexicon.bodies import body_of
from kit.lexicon.calendar import calendar_names, month_numbers
from kit.lexicon.canonical import (
    Mention,
    country_aliases,
    degenerate_name,
    government_lead,
    name_key,
    within_article,
)
from kit.lexicon.cities import city_of
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache
from kit.lexicon.states import demonym_keys, place_keys
from kit.lexicon.wordlists import is_initials, words, words_in_any, words_or
from kit.nlp.cache import KEY
from kit.nlp.labels import one_word_titles
from kit.nlp.names import (
    gapped_country,
    loose_particle,
    name_after_honorifics,
    name_end,
    name_prefix_starts,
    only_honorifics,
    particles,
    possessive_country,
    rank_at,
    ranked_name,
    royal_style_alone,
    titled_name,
    trim_name,
)
from kit.nlp.pipeline import add_component, get_nlp, unused_components
from kit.nlp.transfer import hooks_read_once, read_once_in_this_process
from kit.schema import FAILURE_COLUMNS, MENTION_COLUMNS, OFFSET_COLUMNS, ROW_KEY, SENTENCE_COLUMNS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

Rows = list[dict[str, Any]]
Extractor = Callable[..., Rows]
TABLES_NAME = "kit_tables"
PIECE_CHARS = 100_000
"""Longer articles go through spaCy in pieces of at most this many characters
(spaCy's parser and NER hold memory in proportion to the text they read at once)."""
BATCH_CHARS = 200_000
"""A batch of ``nlp.pipe`` holds no more characters than this, or one piece."""
CUTS = ("\n\n", "\n", ". ", "? ", "! ", " ")
"""Where :func:`split_text` cuts a long article, best first."""

# table name -> module with ``extract(doc, canon, **inputs) -> list[dict]``, where
# ``inputs`` are the names in the module's ``INPUTS`` (see kit.extract.inputs)
EXTRACTORS: dict[str, str] = {
    "dates": "kit.extract.dates",
    "roles": "kit.extract.roles",
    "sources": "kit.extract.sources",
    "quotes": "kit.extract.quotes",
    "relations": "kit.extract.relations",
}


def row_pipeline(model: str | None = None) -> Language:
    """kit's pipeline (:func:`kit.nlp.pipeline.get_nlp`) with :func:`table_rows` last.

    Running as the last component means ``nlp.pipe(n_process=N)`` builds the
    rows in its worker processes, not in the parent.
    """
    nlp = get_nlp(model)
    if TABLES_NAME not in nlp.pipe_names:
        add_component(nlp, TABLES_NAME, table_rows, last=True)
    return nlp


def table_rows(doc: Doc, tables: Sequence[str] | None = None, slim: bool = False) -> Doc:
    """Put the Doc's table rows in ``doc.user_data["kit_tables"]``: sentences,
    mentions and the extractor ``tables`` (all if None); the rules that failed on it
    in ``doc.user_data["failures"]`` (:func:`doc_rows`).

    With ``slim``, return instead an empty Doc that carries only the rows: a
    worker of ``nlp.pipe(n_process=N)`` serialises each Doc it returns for the
    parent process, which reads nothing but the rows (the full Doc, with its
    token arrays and tensor, costs about ten times as many bytes to send).
    """
    if slim:  # a worker process: set it up once
        _one_blas_thread()
        read_once_in_this_process()
    rows, failed = doc_rows(doc, tables)  # failures are rows: the run tells them, in the parent
    if slim:
        from spacy.tokens import Doc

        doc = Doc(doc.vocab)
    doc.user_data[TABLES_NAME] = rows
    doc.user_data[FAILURES] = failed
    return doc


@functools.cache
def _one_blas_thread() -> None:
    """Limit this worker of ``nlp.pipe(n_process=N)`` to one BLAS thread, once: the N
    workers already share the cores, and BLAS threads of their own only wait for one
    another (measured: 10% more CPU for the same rows with numpy's default)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def annotate_stream(
    pairs: Iterable[tuple[str, str]],
    nlp: Language,
    *,
    tables: Sequence[str] | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    done: Callable[[int], object] | None = None,
) -> Iterator[tuple[str, dict[str, Rows]]]:
    """``(key, rows by table)`` per article of ``(key, text)`` pairs, in order,
    as spaCy finishes them; ``done`` is told the characters of each piece spaCy
    finishes (a progress bar moves while one long article is read).

    One ``nlp.pipe`` call for the whole stream: its worker processes
    (``n_process`` > 1) start once, and texts are read from ``pairs`` only as
    they are needed. ``tables`` names the extractor tables to build (all if
    None); spaCy components none of them reads are switched off.

    Memory is bounded whatever the texts' length or line structure: an
    article longer than :data:`PIECE_CHARS` (or ``nlp.max_length``) goes
    through in pieces (:func:`split_text`) and comes out whole, and a batch of
    ``batch_size`` texts never holds much more than :data:`BATCH_CHARS`
    characters: a text that would overflow it starts the next batch, the rest
    of the batch being filled with empty texts (spaCy batches by count).
    """
    extra = requested_tables(tables)
    limit = min(nlp.max_length, PIECE_CHARS)
    places: deque[tuple[str, int] | None] = deque()  # (key, offset) of each text read; None: filler

    def texts() -> Iterator[str]:
        count = chars = 0  # texts and characters in the batch being filled
        for key, text in pairs:
            for offset, piece in _pieces(text, limit):
                if count and chars + len(piece) > BATCH_CHARS:
                    places.extend([None] * (batch_size - count))
                    yield from [""] * (batch_size - count)
                    count = chars = 0
                places.append((key, offset))
                yield piece
                count, chars = count + 1, chars + len(piece)
                if count == batch_size:
                    count = chars = 0

    docs = nlp.pipe(texts(), batch_size=batch_size, n_process=n_process,
                    disable=unused_components(nlp, components_read(extra)),
                    component_cfg={TABLES_NAME: {"tables": extra, "slim": n_process > 1}})
    if n_process > 1:  # the parent unpacks every Doc a worker sends
        docs = _hooks_read_once(docs)
    placed: Iterator[tuple[Doc, tuple[str, int] | None]] = ((doc, places.popleft()) for doc in docs)
    if done is not None:
        placed = _told(placed, done)
    return _join_pieces(((doc, place) for doc, place in placed if place is not None), extra)


def _told(placed: Iterator[tuple[Doc, tuple[str, int] | None]], done: Callable[[int], object],
          ) -> Iterator[tuple[Doc, tuple[str, int] | None]]:
    for doc, place in placed:
        if place is not None:
            done(len(doc.text))
        yield doc, place


def _hooks_read_once(docs: Iterator[Doc]) -> Iterator[Doc]:
    """``docs`` read under :func:`kit.nlp.transfer.hooks_read_once`."""
    with hooks_read_once():
        yield from docs


def annotate_batch(
    batch: Sequence[tuple[str, str]],
    nlp: Language,
    *,
    tables: Sequence[str] | None = None,
    batch_size: int = 64,
) -> dict[str, pd.DataFrame]:
    """Tables (with a ``key`` column) of ``(key, text)`` pairs: one cache shard."""
    extra = requested_tables(tables)
    return rows_to_tables(annotate_stream(batch, nlp, tables=extra, batch_size=batch_size), extra)


def requested_tables(tables: Iterable[str] | None) -> list[str]:
    """Extractor table names in :data:`EXTRACTORS` order (all if None).

    Raises
    ------
    ValueError
        A name that is not an extractor table.
    """
    if tables is None:
        return list(EXTRACTORS)
    names = set(tables) - {"sentences", "mentions"}
    unknown = names - set(EXTRACTORS)
    if unknown:
        raise ValueError(f"unknown tables {sorted(unknown)}; kit builds sentences, mentions"
                         + "".join(f", {t}" for t in EXTRACTORS))
    return [t for t in EXTRACTORS if t in names]


def components_read(tables: Iterable[str]) -> set[str]:
    """spaCy components the extractor ``tables`` read beyond :data:`kit.nlp.pipeline.CORE_COMPONENTS`."""
    return {c for t in tables for c in importlib.import_module(EXTRACTORS[t]).COMPONENTS}


def doc_tables(doc: Doc, tables: Sequence[str] | None = None) -> dict[str, Rows]:
    """Rows of sentences, mentions and the extractor ``tables`` (all if None)
    for one Doc (offsets into ``doc.text``).

    A rule of kit's that fails on one text never sinks the corpus: an extractor that
    fails gives no rows for that text, the others theirs, and a failure before them
    has the text read again with spaCy's entities as the model gave them (no title
    moved); each failure is told in a :class:`KitRuleWarning` that quotes the text's
    opening words. A pipeline keeps the failures as rows instead (:func:`doc_rows`),
    which the run tells from the cache.
    """
    rows, failed = doc_rows(doc, tables)
    for failure in failed:
        warnings.warn(_failure_message(failure["rule"], failure["error"], "the text", doc.text),
                      KitRuleWarning, stacklevel=2)
    return rows


def doc_rows(doc: Doc, tables: Sequence[str] | None = None) -> tuple[dict[str, Rows], Rows]:
    """:func:`doc_tables` and, without a warning, the rows of :data:`FAILURES`: each
    failure is kept with the text's other rows, so the cache never holds a reduced
    reading as a full one and every run that reads the rows tells it (:func:`warn_failures`)."""
    failed: Rows = []
    for careful, rule in ((False, "kit's corrections of the model's names"), (True, "its sentences and names")):
        extractors_failed: Rows = []
        try:
            return _doc_tables(doc, tables, extractors_failed, careful), failed + extractors_failed
        except Exception as err:  # noqa: BLE001 - any bug of a rule, on this text alone
            failed.append(_failure(doc, rule, err))
    return {"sentences": [], "mentions": [], **{name: [] for name in _modules(tables)}}, failed


FAILURES = "failures"
"""The table of the rules of kit's that failed on a text, which was read without them:
one row per failure, over the whole text (or piece of a long one), with the rule
and the error (:data:`kit.schema.FAILURE_COLUMNS`)."""


class KitRuleWarning(UserWarning):
    """One of kit's rules failed on one text; the rest of the corpus is read as usual."""


def _failure(doc: Doc, rule: str, err: Exception) -> dict[str, Any]:
    """The :data:`FAILURES` row of ``rule`` failing on ``doc`` with ``err``."""
    return {"sentence_id": 0, "start_char": 0, "end_char": len(doc.text), "rule": rule,
            "error": f"{type(err).__name__}: {err}"}


def warn_failures(failures: pd.DataFrame, texts: Mapping[str, str], stacklevel: int = 2) -> None:
    """One :class:`KitRuleWarning` per row of a :data:`FAILURES` table (with ``article_id``),
    quoting the opening words of the text it names (``texts``: article id to text)."""
    for row in failures.itertuples(index=False):
        text = texts.get(row.article_id, "")[row.start_char:row.end_char]
        warnings.warn(_failure_message(row.rule, row.error, f"article {row.article_id!r}, the text", text),
                      KitRuleWarning, stacklevel=stacklevel + 1)


def _failure_message(rule: str, error: str, where: str, text: str) -> str:
    opening = " ".join(text[:80].split())
    return (f"kit could not read {rule} in {where} opening {opening!r} ({error}); "
            "read without them. Please report it.")


def _doc_tables(doc: Doc, tables: Sequence[str] | None, failed: Rows, careful: bool) -> dict[str, Rows]:
    """:func:`doc_tables` but :data:`FAILURES`, which an extractor that fails joins
    (``failed``); ``careful``: with the model's own entities."""
    text = doc.text  # built once and sliced: each Span.text would join its tokens again
    named = list(doc.ents) if careful else _move_titles(doc, text)
    spans = worded_sentences(text, [(s.start_char, s.end_char) for s in doc.sents])
    sentences = [_sentence_row(i, text[start:end], start) for i, (start, end) in enumerate(spans)]
    starts = [start for start, _ in spans]
    ents = [(e.start_char, e.end_char, text[e.start_char:e.end_char], e.label_) for e in named]
    honorifics = {doc[h.end].idx: text[h.start_char:h.end_char]  # "Mr | Harlow"
                  for h in doc.spans.get("honorifics", ()) if h.end < len(doc)}
    read = within_article(ents, _countries_read_in(doc.lang_), set(honorifics), honorifics)
    mentions = _introduced_org_aliases(text, _introduced_aliases(text, read, doc.lang_), doc.lang_)
    _tag_as_people(doc, [m for m, was in zip(mentions, read) if m.label == "PERSON" != was.label])
    canon = {(start, end): text for start, end, text, _ in ents}
    canon.update({(m.start_char, m.end_char): m.canonical for m in mentions})
    rows: dict[str, Rows] = {
        "sentences": sentences,
        "mentions": [m._asdict() for m in mentions],
    }
    inputs = DocInputs(doc, canon, text)  # what extractors share, computed once per Doc
    for name, module in _modules(tables).items():
        try:
            rows[name] = module.extract(doc, canon, **inputs.for_extractor(module))
        except Exception as err:  # noqa: BLE001 - see doc_tables
            failed.append(_failure(doc, f"its {name} table", err))
            rows[name] = []
    for name, table_rows in rows.items():
        if name != "sentences":
            for row in table_rows:
                row["sentence_id"] = bisect.bisect_right(starts, row["start_char"]) - 1
    return rows


def _introduced_aliases(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """The names the text itself gives a person ("Rodrigo Zapiain, known as Centella",
    "Mr. Qudwani, better known by his nom de guerre, Abu Rami", "Mr. Haddawi, whom
    Palestinians call Abu Faris", "Rodrigo Zapiain, alias Centella") are that person:
    each mention of the alias in the article gets the person's canonical name and the
    label PERSON. Only in an apposition (a comma after the person's name), with no
    other person or organisation between, and an alias that ends the apposition or a
    list of them ("... Abu Rami, led", "... Tiberio Bastidas and Centella"): not "Tony
    Marchant called Bertie Kinsella as well as Gerry Fallon", nor "Gerry Fallon, known as Sinn
    Fein's leader". A name may come first, the person's after it, in an apposition:
    "Gaspar Cojtí, nombre de guerra de Rodrigo Ayerdi" (:func:`_aliases_put_first`).
    A nickname in quotes is theirs too (:func:`_quoted_nicknames`). The cue words are word lists of kit/lexicon/data/words.csv
    (``alias_verbs``, ``alias_nouns``, ``alias_words``, ``alias_preps``, ...)."""
    pattern = _alias_pattern(lang)
    if pattern is None:
        return mentions
    joins = words_or("conjunctions", lang, frozenset()) | {","}
    given: dict[str, str] = {}
    for n, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        for k, alias in enumerate(mentions[n + 1:n + 4], n + 1):
            if not pattern.fullmatch(text[person.end_char:alias.start_char]):
                if alias.label in ("PERSON", "ORG"):
                    break  # another person or body first: "called A as well as B"
                continue
            chain = [alias]  # "his noms de guerre A and B"
            while k + 1 < len(mentions) and text[chain[-1].end_char:mentions[k + 1].start_char].strip() in joins:
                k += 1
                chain.append(mentions[k])
            after = text[chain[-1].end_char:chain[-1].end_char + 2]
            ends = after[:1] in ("", ",", ".", ";", ")", "\n") or chain[-1].text.endswith(".")  # "... Abu Rami."
            if ends and not after.startswith(("'s", "’s")) \
                    and all(m.label != "GPE" and m.text[:1].isupper() for m in chain):
                for m in chain:
                    given.setdefault(name_key(m.text), person.canonical)
            break
    given.update(_aliases_put_first(text, mentions, lang, given))
    for key, owner in _quoted_nicknames(text, mentions):
        given.setdefault(key, owner)
    if not given:
        return mentions
    return [m._replace(label="PERSON", canonical=given[name_key(m.text)])
            if name_key(m.text) in given and m.label != "GPE" else m for m in mentions]


def _introduced_org_aliases(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Two organisations the text says are one, in one sentence: "the United Front, the
    alliance better known abroad as the Northern Alliance", "the Tarn Front, also called
    the Southern Alliance", "el Frente Sur, también llamado la Alianza" (after the first
    name a comma, an article and a group noun, a word of ``alias_adverbs``, one of
    ``alias_verbs``, and up to 40 characters and a word of ``alias_preps``:
    :func:`_org_alias_pattern`), or "the Southern Alliance, as the Tarn Front is known"
    (:func:`_org_alias_after_pattern`). Both names are ORG entities and the second ends
    its clause; each mention of either in the article (however the model tagged it, but
    a person or a country) takes the fuller name's canonical (more words; the one printed
    first if both have as many), for every table read from the mentions: sides, the
    registry."""
    pattern, after = _org_alias_pattern(lang), _org_alias_after_pattern(lang)
    if pattern is None:
        return mentions
    given: dict[str, str] = {}
    for one, other in zip(mentions, mentions[1:]):
        if one.label != "ORG" or other.label != "ORG" or name_key(one.canonical) == name_key(other.canonical):
            continue
        gap, rest = text[one.end_char:other.start_char], text[other.end_char:other.end_char + 40]
        if not (pattern.fullmatch(gap) and _ENDS_APPOSITION.match(rest)
                or after is not None and after[0].fullmatch(gap) and (match := after[1].match(rest)) is not None
                and _ENDS_APPOSITION.match(rest, match.end())):
            continue
        keep, drop = (one, other) if len(name_key(one.canonical).split()) >= len(name_key(other.canonical).split()) \
            else (other, one)
        given.setdefault(name_key(drop.canonical), given.get(name_key(keep.canonical), keep.canonical))
    if not given:
        return mentions
    return [m._replace(canonical=given[name_key(m.canonical)])
            if m.label not in ("PERSON", "GPE") and name_key(m.canonical) in given else m for m in mentions]


@lexicon_cache
def _org_alias_pattern(lang: str) -> re.Pattern[str] | None:
    """What comes between an organisation's name and another name the text gives it, in
    ``lang``: ", (the alliance) (also, better) known (abroad) as (the)", ", also called
    (the)", ", también llamado (la)"."""
    verbs, preps = _any_of("alias_verbs", lang), _any_of("alias_preps", lang)
    if not verbs or not preps:
        return None
    articles, adverbs = _any_of("articles", lang) or "$^", _any_of("alias_adverbs", lang) or "$^"
    return re.compile(rf"\s*,\s*(?:(?:{articles}) \w+ )?(?:(?:{adverbs}) )?(?:{verbs})(?:(?: [^,.;]{{0,40}}?)? "
                      rf"(?:{preps}))?\s+(?:(?:{articles})\s+)?", re.IGNORECASE)


@lexicon_cache
def _org_alias_after_pattern(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """In English, what comes between an organisation's name and another's that the text
    says it is known by (", as the"), and what follows the other (" is (formally) known")."""
    preps, copulas, verbs = _any_of("alias_preps", lang), _any_of("alias_copulas", lang), _any_of("alias_verbs", lang)
    if lang != "en" or not (preps and copulas and verbs):
        return None
    return (re.compile(rf"\s*,\s*(?:{preps})\s+(?:the\s+)?", re.IGNORECASE),
            re.compile(rf"\s+(?:{copulas})(?: \w+)? (?:{verbs})\b", re.IGNORECASE))


def _tag_as_people(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Tag PERSON the entities of ``doc`` that :func:`_introduced_aliases` made a person's
    name ("Tomás Verlaan, alias | Kester Brill", the model's MISC), so that the tables
    read from the Doc's entities (kinds, roles, sides) read them as the mentions table does."""
    from spacy.tokens import Span

    spans = {(m.start_char, m.end_char) for m in mentions}
    if spans:
        doc.ents = [Span(doc, e.start, e.end, label="PERSON", kb_id=e.kb_id, span_id=e.id)
                    if (e.start_char, e.end_char) in spans else e for e in doc.ents]


def _quoted_nicknames(text: str, mentions: list[Mention]) -> Iterator[tuple[str, str]]:
    """``(name key, person)`` for each nickname in quotes the text gives a person right
    before the name ("“Chepe” Ferrán") or right after it, with or without a comma ("Ana
    Ruiz «Tita»", "Ana Ruiz, «Tita»,"), whatever the model tagged the nickname (a nickname
    is as often read as a place); never a country or city the model tagged (GPE), nor, after
    the name, words in quotes ("la propuesta de Ana Ruiz, «Horizonte Común»,": a plan's
    name, as a title or a slogan is more often than a nickname), as one before it. One
    inside the name, "Jan «Bok» Visser", is read with the name
    (:func:`kit.lexicon.canonical.within_article`)."""
    for one, other in zip(mentions, mentions[1:]):
        gap = text[one.end_char:other.start_char]
        if one.label == other.label == "PERSON" and " " not in one.text \
                and text[one.start_char - 1:one.start_char] in QUOTES and gap in {q + " " for q in QUOTES}:
            yield name_key(one.text), other.canonical  # "“Chepe” Ferrán"
        elif one.label == "PERSON" and other.label != "GPE" and other.text[:1].isupper() and " " not in other.text \
                and gap.lstrip(",")[:1] == " " and gap.lstrip(", ") in QUOTES \
                and text[other.end_char:other.end_char + 1] in QUOTES:
            yield name_key(other.text), one.canonical  # "Ana Ruiz «Tita»", "Ana Ruiz, «Tita»,"


def _aliases_put_first(text: str, mentions: list[Mention], lang: str,
                       given: dict[str, str]) -> dict[str, str]:
    """Names given before the person's, in an apposition: "Gaspar Cojtí, (es el)
    nombre de guerra de Rodrigo Ayerdi", "Abu Rami, the nom de guerre of Ahmed
    Qudwani" (:func:`_alias_first_pattern`); the name, capitalised and no place, comes
    right before the person's, and the person's ends the apposition ("Camp David, the
    name of Franklin Roosevelt's retreat" names no one)."""
    pattern = _alias_first_pattern(lang)
    if pattern is None:
        return {}
    found: dict[str, str] = {}
    for alias, person in zip(mentions, mentions[1:]):
        if person.label == "PERSON" and alias.label != "GPE" and alias.text[:1].isupper() \
                and name_key(alias.text) not in given and pattern.fullmatch(text[alias.end_char:person.start_char]) \
                and _ENDS_APPOSITION.match(text, person.end_char):
            found.setdefault(name_key(alias.text), person.canonical)
    return found


QUOTES = frozenset("\"'“”«»‘’„")
"""Marks that open or close a quotation or a nickname."""
_ENDS_APPOSITION = re.compile(r"\s*(?:[,.;:)\]—–]|$)")
"""The person's name ends the apposition: not "the name of | Warren Tolliver's | deal"."""


@lexicon_cache
def _alias_first_pattern(lang: str) -> re.Pattern[str] | None:
    """What comes between a name the text gives a person and the person's name, in
    ``lang``: a comma, then "(is) (the) nom de guerre of", "(es) (el) nombre de guerra de",
    or a relative possessive and a noun for one's own name before a copula, with at most
    two words before the noun and three after it ("whose real name is", "cuyo verdadero
    nombre es", "cuyo nombre de pila es")."""
    nouns, preps = _any_of("alias_nouns", lang), _any_of("of_preps", lang)
    whose, own = _any_of("relative_possessives", lang), _any_of("own_name_nouns", lang)
    copulas, articles = _any_of("alias_copulas", lang) or "$^", _any_of("articles", lang) or "$^"
    forms = [rf"(?:(?:{copulas}) )?(?:(?:{articles}) )?(?:{nouns}) (?:{preps})"] if nouns and preps else []
    if whose and own:
        forms.append(rf"(?:{whose})(?: \w+){{0,2}} (?:{own})(?: \w+){{0,3}}? (?:{copulas})")
    if not forms:
        return None
    return re.compile(rf"\s*,\s*(?:{'|'.join(forms)})\s+", re.IGNORECASE)


@lexicon_cache
def _alias_pattern(lang: str) -> re.Pattern[str] | None:
    """What comes between a person's name and a name the text gives them, in ``lang``:
    a comma, then "(who is) (better) known (...) as", "known (...) by his nom de guerre",
    "alias" or "whom ... call"."""
    def any_of(name: str) -> str:
        return _any_of(name, lang) or "$^"

    if not words_or("alias_verbs", lang, frozenset()) and not words_or("alias_words", lang, frozenset()):
        return None
    known = rf"(?:{any_of('alias_verbs')})"
    forms = [rf"{known}(?: [^,.;]{{0,40}}?)? (?:{any_of('alias_preps')})",  # "known (to his supporters) as"
             rf"{known}(?: [^,.;]{{0,40}}?)? (?:{any_of('alias_by')}) (?:{any_of('alias_owners')}) "
             rf"(?:{any_of('alias_nouns')}),?",  # "known (in the Arab world) by his nom de guerre"
             rf"(?:{any_of('alias_words')})",  # "alias", "a.k.a."
             rf"(?:{any_of('alias_relatives')}) [^,.;]{{0,40}}? (?:{any_of('alias_calls')})"]  # "whom X call"
    return re.compile(rf"\s*,\s*(?:(?:{any_of('alias_openers')}) )?(?:(?:{any_of('alias_adverbs')}) )?"
                      rf"(?:{'|'.join(forms)})\s*", re.IGNORECASE)


def _any_of(name: str, lang: str) -> str:
    """A regex alternation of word list ``name`` in ``lang``, longest first ("" if empty)."""
    return "|".join(sorted(map(re.escape, words_or(name, lang, frozenset())), key=len, reverse=True))


_WORD = re.compile(r"\w")


def worded_sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans of ``text`` (``spans``: the parser's, in order, covering it) with
    every span that holds no word character joined to the sentence before it, or to the one
    after it when it opens the text: a closing quotation mark the parser set apart after a
    paragraph's last period (``end."``) is that sentence's, and a blank line is no sentence.
    So no table counts such a span as a sentence, nor sets a row in one.

    Examples
    --------
    >>> worded_sentences('He left. "We won."', [(0, 8), (9, 17), (17, 18)])
    [(0, 8), (9, 18)]
    >>> worded_sentences("\\n\\nUno.\\n\\n", [(0, 2), (2, 6), (6, 8)])
    [(0, 8)]
    """
    merged: list[tuple[int, int]] = []
    opening: int | None = None  # where wordless spans opening the text start
    for start, end in spans:
        if not _WORD.search(text, start, end):
            if merged:
                merged[-1] = (merged[-1][0], end)
            elif opening is None:
                opening = start
            continue
        merged.append((start if opening is None else opening, end))
        opening = None
    if not merged and spans:
        merged.append((spans[0][0], spans[-1][1]))
    return merged


def _sentence_row(sentence_id: int, text: str, start: int) -> dict[str, Any]:
    """A sentence without the blank lines spaCy attaches to it."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return {"sentence_id": sentence_id, "start_char": start + lead,
            "end_char": start + lead + len(body), "text": body}


def extractors(tables: Sequence[str] | None = None) -> dict[str, Extractor]:
    """The extractor functions of ``tables`` (all of :data:`EXTRACTORS` if None)."""
    return {name: module.extract for name, module in _modules(tables).items()}


def _modules(tables: Sequence[str] | None) -> dict[str, Any]:
    return {name: importlib.import_module(EXTRACTORS[name]) for name in requested_tables(tables)}


def offset_columns(name: str) -> tuple[str, ...]:
    """Columns of table ``name`` that hold character offsets into the article text:
    :data:`kit.schema.OFFSET_COLUMNS` and the extractor's own ``OFFSET_COLUMNS``."""
    if name not in EXTRACTORS:
        return OFFSET_COLUMNS
    return (*OFFSET_COLUMNS, *importlib.import_module(EXTRACTORS[name]).OFFSET_COLUMNS)


def _move_titles(doc: Doc, text: str | None = None) -> Sequence[Span]:
    """Move the ``TITLE`` entities to ``doc.spans["titles"]``, trim the names
    (:func:`kit.nlp.names.trim_name`); return the entities left (``text``:
    ``doc.text``, if the caller has it).

    A title cut off the front of a name joins ``doc.spans["titles"]``, where
    :mod:`kit.extract.roles` reads the title before a name. A name NER cut
    short is extended ("Moon Hyo" + "-in"), and an entity it takes in goes
    ("Kim Yong" + the PERSON "Pil" is "Kim Yong Pil"). Honorifics are no
    role: the honorifics right before a person's name (cut off or not: "Mullah",
    "Mr.") are ``doc.spans["honorifics"]``, so a reader can look past them to a
    title ("Supreme Leader Ayatollah Ali Tabrizian"). A PERSON that starts with a
    word of ``org_words`` ("Jaish al-Sadiqin", "Jabhat Fateh al-Sham": army, front)
    is an organisation's name; an ORG made of a rank and a personal name
    ("Lieutenant General Osk Varadov") a person's, and an ORG or MISC made of a capitalised
    title of the document's language and a personal name a title and a person's ("El Comandante en
    Jefe | Ramiro Tello Paz": :func:`kit.nlp.names.titled_name`); an organisation's name ends no
    preposition ("the OSCE Special Monitoring Mission to | Ukraine") nor a colon, semicolon
    or comma ("For the Party of National Unity: ..."), nor an open bracket: it takes
    the bracket's words, up to its ")" ("the Workers' Party of Velmaria (Left)"), and it ends
    before its initials in brackets that the model took in without their ")" ("the Unity Rally
    (UR" + ")": the name, then its initials apart). A PERSON run into a country
    before a possessive ("Alexander Dorokhin Russia's") is the person and the
    country (:func:`kit.nlp.names.gapped_country`), and a PERSON that is wholly a
    country's name before a possessive ("Equatorial Guinea's") is that country
    (:func:`kit.nlp.names.possessive_country`), not a person and the country of its
    last word. A PERSON that is honorifics alone
    ("Datuk Seri", "Al Haj", tagged apart from the name) is none. An ORG that is
    the first or last word of a person's name in the Doc ("Dawit's national security
    adviser" beside "Prime Minister Dawit Tesema") is that person, and a person's
    name of two or more words the model tagged once is a PERSON wherever else the
    Doc writes it untagged; one capitalised word the model tagged ORG right after a
    person's name is its family name ("Ana Lucia | Marquez-Ibarra"), and a
    PERSON with no capital letter is no name ("fled to the bush"), nor is a stop word
    that a sentence or a dialogue dash opens ("—Aqui nadie firma"), nor is a past verb that opens
    one before a name ("—Ganó Sala": Sala; :func:`_verb_opening`), nor a word opening a line of
    speech that runs on in lower case ("—Vine a verlo"), nor a plural noun for
    people of ``group_nouns`` that opens a caption ("Manifestantes"; "Simpatizantes de X"
    names X), nor a common noun the parser reads before its adjective ("Fuentes diplomáticas
    señalaron"), nor a one-word title after an article with no name after it ("Sin el Papa no
    habría tratado"); a PERSON joined by a hyphen to a word in lower case is a people's name
    ("the Hutu-led parties": NORP), one with a possessive inside that a capitalised word follows
    is its owner ("Branko X's Social | Democrats"), initials split at a hyphen with no space are
    one name ("CNDD" + "-FDD"), and one after "of" right after an honorific's person is the place of
    a peer's title ("Lord Robertson of Port Ellen": GPE); one word that modifies a
    lower-case word for a kind of organisation ("whose Orvak faction") and is no word of a
    person's longer name is the group's name (ORG: :func:`_names_a_group`), and so is a PERSON
    with initials glued to a word by a hyphen ("Zanu-PF": :func:`_glued_initials`); a PERSON opening with an
    ``agreement_nouns`` or ``document_nouns`` word is an accord's or a text's name (LAW),
    and one right after a lower-case ``place_nouns`` word a place ("la colonia X"). A name
    a determiner and a nation's demonym in lower case introduce is a place the lexicons know
    or a product's name, whatever the model tagged ("el venezolano | Puerto Cabello": GPE, "la
    rusa | Sputnik V": MISC; :func:`_nation_s_thing`), any other a national's. An
    entity that runs a title's body into its holder's name ("el exministro de | Hacienda
    Eusebio Tarrés": :func:`_complement_then_name`) is the body and a PERSON. A party's
    name NER cut at its "and" is one name again
    ("Social Democratic and Labour Party"), and initials the model left untagged are
    an organisation's ("The SDLP's negotiators"); a name the model left untagged right
    after a person's in a list is a person's ("Alexander Zhuravko and Igor Plotnev"),
    and so is one that opens a list of people, untagged or tagged as no person ("Tamba Kirovo,
    Lena Marsk and Ivo Dunhal": :func:`_listed_before_people`),
    and so is one right after a title ("Foreign Minister Moses Nyong'era"), or one the
    model took for a place or tagged MISC there, the title's comma between or not ("President |
    Thabo Molefe" GPE, "el canciller | Bjørn Tore Lysne" MISC, "otro expresidente, | Andrés
    Villaquirán"). An
    organisation the model cut short is one name again ("the Liberation Tigers | of
    Tamil Eelam": :func:`_names_cut_short`), and a country it left untagged after a
    person or a title is a GPE ("President X of | Nigeria"). A name
    :func:`kit.lexicon.canonical.degenerate_name` reads as junk ("Mara Mara Mara
    Ventel", "Mara the") is no entity.
    """
    from spacy.tokens import Span

    found = doc.ents  # each read of doc.ents builds its Spans again
    rejoined = _nicknames_rejoined(doc, found)
    found = rejoined or found  # "Jan «Bok" | "» Visser": one name with its nickname inside
    titles = [e for e in found if e.label_ == "TITLE"]
    ents: list[Span] = []
    honorifics, changed = [], bool(titles) or bool(rejoined)
    names, every_name_word = _name_words(found), _name_words(found, every=True)
    person_at = _person_word_starts(found)
    person_words = {t.lower_ for e in found if e.label_ == "PERSON" for t in e if t.is_alpha}
    text_nouns = words_in_any("agreement_nouns") | words_in_any("document_nouns")  # an accord's or a text's name
    moved = doc.spans.get("titles", ())  # titles an earlier pass already took out of the entities
    title_ends = {t.end for t in [*titles, *moved]}
    title_ends_at = {t.start: t.end for t in [*titles, *moved]}  # each title's end by its start
    lexicon_ends: set[int] | None = None  # where the lexicon's titles end, read when first needed
    tagged = _taken(found, moved, doc.spans.get("honorifics", ()))
    in_entities = _taken(found)  # the tokens of the Doc's entities, as NER and the fixes left them
    seats: set[int] = set()  # where the places of peers' and clerics' titles start
    for ent in found:
        if ent.label_ == "TITLE":
            continue
        if ent.label_ == "PERSON" and any(c.islower() for c in ent.text) and not any(
                c.isupper() for c in ent.text) and name_end(doc, ent.start, ent.end) == ent.end:
            changed = True  # "fled to the bush": no letter of a name is capitalised (a script with
            continue  # no capitals, "محمد عباس", keeps its names)
        quote = _nickname_quote(doc, ent) if ent.label_ == "PERSON" else None
        if quote is not None:  # "“Chepe” Ferrán": the nickname in its quotes, then the name
            changed = True
            ents.append(Span(doc, ent.start, quote, label="PERSON"))
            ent = Span(doc, quote + 1, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        elif ents and ents[-1].label_ == "PERSON" and ents[-1].end + 1 == ent.start == _after_nickname(doc, ents[-1]) \
                and len(ent) == 1 and ent.label_ != "PERSON":
            changed = True  # "“Tito” Vallecillo", the family name tagged as a place: a person's
            ent = Span(doc, ent.start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        dateline = _dateline_in(doc, ent) if ent.label_ == "PERSON" else ent.start
        if dateline > ent.start:  # "OSKBURG.- | Tomás Verdú": the dateline opening the text, then the name
            changed = True
            ent = Span(doc, dateline, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        elif (dateline := _after_a_dateline_s_end(doc, ent)) > ent.start:  # "(Corresponsal).- | El Frente X"
            changed = True
            ent = Span(doc, dateline, ent.end, label=ent.label_, kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and len(ent) > 1 and _verb_opening(doc, ent[0], person_at) \
                and not _verb_follows(doc, ent.end):
            changed = True  # "—Ganó Sala, pero ...", "Firmó Pérez el acuerdo": the verb, then the name
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        joined_at = (_two_names_joined(doc, ent, person_at, title_ends) or _dash_between_names(doc, ent)) \
            if ent.label_ == "PERSON" else None
        if joined_at is not None:  # "El papa Lino y Mara Ventel": two people, each with its own title
            changed = True
            first = trim_name(doc, ent.start, joined_at, "PERSON")
            titles.extend(Span(doc, s, e, label="TITLE") for s, e in first.titles)
            if first.honorifics:
                honorifics.append(Span(doc, *first.honorifics, label="HONORIFIC"))
            ents.append(Span(doc, first.start, first.end, label="PERSON"))
            ent = Span(doc, joined_at + 1, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and len(ent) == 1 and (_function_word_opening(doc, ent[0], every_name_word)
                                                         or _common_noun_opening(doc, ent[0], every_name_word, person_at)
                                                         or _speech_opening(doc, ent[0], every_name_word, person_at)
                                                         or _title_alone(doc, ent[0], every_name_word)):
            changed = True  # "—Aqui nadie firma": "aquí" with a capital, as its sentence opens
            continue
        if ent.label_ in ("ORG", "MISC") and _office_taken_for_a_body(doc, ent):
            changed = True  # "X, | the Minister of Public Works": a title set off after a name, no body
            continue
        split = _complement_then_name(doc, ent) if ent.label_ in ("LOC", "ORG", "MISC", "GPE") else None
        headed = _titled_head_in_government(doc, ent) if split is None and ent.label_ == "ORG" else None
        if headed is not None:  # "el Gobierno | del presidente | X": the government, its head's title, the head
            split = headed[0]
        if split is not None:  # "el exministro de | Hacienda Eusebio Tarrés": the title's body, then its holder
            changed = True
            ents.append(Span(doc, ent.start, headed[1] if headed is not None else split, label="ORG"))
            ent = Span(doc, split, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and (_people_noun(doc, ent) or len(ent) > 2 and _people_noun(doc, ent, "source_nouns")):
            changed = True  # "Manifestantes", "Simpatizantes de | Ferrán": a noun for people, no name
            owner = _after_of(doc, ent)
            if owner is None:
                continue
            # "Fuentes del | Gobierno": whose sources, a body; "Simpatizantes de | Ferrán": a person
            label = "ORG" if _names_a_body(doc[owner:ent.end]) else "PERSON"
            ent = Span(doc, owner, ent.end, label=label, kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ in ("LOC", "ORG", "MISC") and len(ent) > 2 and _people_noun(doc, ent, "source_nouns"):
            changed = True  # "Fuentes del | Ministerio del Interior": whose sources, the body alone
            owner = _after_of(doc, ent)
            if owner is None:
                continue
            label = "ORG" if _names_a_body(doc[owner:ent.end]) else ent.label_
            ent = Span(doc, owner, ent.end, label=label, kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and ent[0].lower_ in text_nouns:
            changed = True  # "Acuerdo de Playa Azul", "Declaración Conjunta de X": an accord's or a text's name
            ent = Span(doc, ent.start, ent.end, label="LAW", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _after_a_place_noun(doc, ent) and not _opens_clause(doc, ent):
            changed = True  # "la colonia Kennedy", "the village of Orvak": a place's name after its noun
            ent = Span(doc, ent.start, ent.end, label="GPE", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and (_names_a_group(doc, ent, found) or _glued_initials(doc, ent)
                                       or _after_a_group_noun(doc, ent)):
            changed = True  # "whose Orvak faction", "the Orvak movement", "Zanu-PF": a group's name, no person
            ent = Span(doc, ent.start, ent.end, label="ORG", kb_id=ent.kb_id, span_id=ent.id)
        nation = _after_a_nation(doc, ent)  # "el venezolano | X": a national, or a nation's place or product
        thing = _nation_s_thing(ent) if nation else None
        if thing is not None and ent.label_ in ("PERSON", "LOC", "MISC") and thing != ent.label_:
            changed = True  # "el venezolano | Puerto Cabello", "la rusa | Sputnik V": a nation's place or product
            ent = Span(doc, ent.start, ent.end, label=thing, kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "ORG" and _no_body_known(ent) and _shaped_like_a_name(ent) \
                and not _before_a_title(doc, ent, title_ends_at) and any(
                holder in title_ends or holder in (lexicon_ends := _title_ends(doc, lexicon_ends, text))
                for holder in _title_holder_starts(doc, ent, ents)):
            changed = True  # "el presidente sirio, | Karim al Tarn" tagged ORG: a title's holder, no body
            ent = Span(doc, ent.start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ in ("GPE", "LOC", "MISC") and _shaped_like_a_name(ent) and (
                (nation and thing is None and _shaped_like_a_name(ent, particles=False))
                or _titled_after(doc, ent, title_ends_at) or any(
                holder in title_ends or holder in (lexicon_ends := _title_ends(doc, lexicon_ends, text))
                for holder in _title_holder_starts(doc, ent, ents))):
            changed = True  # "President | Thabo Molefe" tagged GPE, "del comandante | Rafael Quintero" LOC,
            # "el canciller | Bjørn Tore Lysne" MISC, "otro expresidente, | Andrés Villaquirán", "el prefecto |
            # de Tarija, Rubén Tejerina", "al gobernante venezolano, | Nicolás Parraga": a title's holder (a
            # title the model tagged or any of the lexicon's), no place the lexicons know; "Thabo Molefe, |
            # the South African President": the title after; "al venezolano | Nicolás Parraga": a national
            ent = Span(doc, ent.start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "ORG" and ent.text.lower() in names and not _named_like_a_body(ent) \
                and ent.text.lower() not in _countries() and not _modifies_a_noun(ent) \
                and not government_lead(name_key(ent.text).split()):  # "Fuentes del | Gobierno" read a name
            changed = True  # "Dawit's adviser" beside "Dawit Tesema": a person's name, NER said ORG
            ent = Span(doc, ent.start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        owner = _person_owning_a_body(doc, ent, person_words) if ent.label_ in ("ORG", "GPE") else None
        if owner is not None:  # "Mara Ventel's government" tagged ORG: the person's name, the body apart
            changed = True
            ent = Span(doc, ent.start, owner, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        joined = _hyphened_acronym(doc, ent) if ent.label_ != "PERSON" else None
        if joined is not None:  # "CNDD" + "-" + "FDD": one group's initials, split at the hyphen
            changed = True
            while ents and ents[-1].end > joined[0]:
                ents.pop()
            ent = Span(doc, *joined, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        if ents and ent.start < ents[-1].end:  # taken into the name before it ("Kim Kye" + "Gwan")
            changed = True
            continue
        if len(ent) > 1 and doc[ent.end - 1].text in (":", ";", ","):
            changed = True  # "For the Party of National Unity | :": a name ends no colon
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ != "PERSON" and len(ent) > 1 and doc[ent.end - 1].text == "(":
            changed = True  # "the Workers' Party of Velmaria (" + "Left )": the bracket is part of the name
            ent = Span(doc, ent.start, _bracket_end(doc, ent.end) or ent.end - 1, label=ent.label,
                       kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ != "PERSON" and len(ent) > 2 and doc[ent.end - 2].text == "(" \
                and is_initials(doc[ent.end - 1].text) and ent.end < len(doc) and doc[ent.end].text == ")":
            changed = True  # "the Unity Rally (UR" + ")": the name ends before its initials in brackets
            ent = Span(doc, ent.start, ent.end - 2, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ in ("ORG", "FAC") and len(ent) > 2 and doc[ent.end - 1].pos_ == "ADP":
            changed = True  # "the OSCE Special Monitoring Mission to | Ukraine": a name ends no preposition
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        if _joined_name(doc, ents, ent):
            changed = True  # "Social Democratic" + "and" + "Labour Party": one party's name
            ent = Span(doc, ents.pop().start, ent.end, label="ORG", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and ents and ents[-1].label_ == "PERSON" and ents[-1].end == ent.start \
                and doc[ent.start - 1].whitespace_ and not doc[ent.start - 1].is_punct:
            changed = True  # "Abd-Rabbu" + "Mansour Hadi": two PERSONs with only a space between are one name
            ent = Span(doc, ents.pop().start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "ORG" and ents and ents[-1].label_ == "PERSON" and _family_name_apart(doc, ents[-1], ent):
            changed = True  # "Ana Lucia" + "Marquez-Ibarra": the family name tagged apart
            ent = Span(doc, ents.pop().start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _particle_before(doc, ent, title_ends, ents[-1] if ents else None):
            changed = True  # "Mr. | dos | Santos", "President | de | Klerk": the particle opens the name
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _given_name_before(doc, ent, tagged):
            changed = True  # "his vice president, | Moses | Blah": the first name the model left out
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and not _addressed(doc, ent) and (
                _listed_with_places(doc, ents, ent) or _called_a_place(doc, ent) or _gone_to_or_from(ent)):
            changed = True  # "the ports of Hodeidah, Salif and Ras Isa"; "Taiz, the besieged city"
            ent = Span(doc, ent.start, ent.end, label="GPE", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _names_a_facility(doc, ent, person_at):
            changed = True  # "the Kléber conference centre": a building named after someone
            ent = Span(doc, ent.start, ent.end, label="FAC", kb_id=ent.kb_id, span_id=ent.id)
        owner = next((t.i for t in ent[1:-1] if t.text in POSSESSIVE), None) if ent.label_ == "PERSON" \
            and ent.end < len(doc) and doc[ent.end].is_title else None
        if owner is not None:  # "Branko Osk's Social" + "Democrats": the owner is the person, the
            # name after the possessive cut short (not "Luhansk People's Republic", whole)
            changed = True
            ent = Span(doc, ent.start, owner, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        given = _given_names_after_a_title(doc, ent, in_entities, title_ends) if ent.label_ == "PERSON" else None
        if given is None and ent.label_ == "PERSON" and ent.start > 1 and _capital_word(doc[ent.start - 1]):
            given = _given_names_after_a_title(doc, ent, in_entities, lexicon_ends := _title_ends(doc, lexicon_ends, text))
        if given is not None:  # "OSK Secretary General | Mara | Lin Ventel": the given name NER left out
            changed = True
            ent = Span(doc, given, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _saint_in_a_feast(doc, ent):
            changed = True  # "the feast of St Osk", "St Osk's Day": a feast's name, no person
            ent = Span(doc, ent.start, ent.end, label="EVENT", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _saint_named_place(doc, ent):
            changed = True  # "la base de San Osk", "San Osk podría bombardear": a place named after a saint
            ent = Span(doc, ent.start, ent.end, label="LOC", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _named_operation(doc, ent):
            changed = True  # "Operation Tarn Osk", "la operación Tarn-Osk": an operation's name, no person
            ent = Span(doc, ent.start, ent.end, label="EVENT", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and ents and _peer_s_seat(doc, ents[-1], ent, seats):
            changed = True  # "Lord Robertson of | Port Ellen": the place a peer's title names
            seats.add(ent.start)
            ent = Span(doc, ent.start, ent.end, label="GPE", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _hyphened_modifier(doc, ent) \
                and not _a_person_elsewhere(ent.text, ent.start, person_at):  # not "Varga-led" after Lena Varga
            changed = True  # "the Hutu-led parties": a people's name in a compound adjective
            ent = Span(doc, ent.start, ent.end, label="NORP", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and (_plural_name(doc, ent) or _people_s_name(doc, ent, person_at)):
            changed = True  # "the Houthis", "for the Velmari, whose war": a people or movement, not a person
            ent = Span(doc, ent.start, ent.end, label="NORP", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ in ("PERSON", "LOC", "MISC") and _named_like_a_group(doc[ent.start:ent.end], ent.label_):
            changed = True  # "Acción Democrática", "Comité pro Tarn" tagged PER or LOC: a party's name
            ent = Span(doc, ent.start, ent.end, label="ORG", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and _named_like_a_body(doc[ent.start:ent.end]):
            changed = True  # "Jaish al-Sadiqin", "Ahrar al-Sham": a group's name NER took for a person's
            ent = Span(doc, ent.start, ent.end, label="ORG", kb_id=ent.kb_id, span_id=ent.id)
        elif ent.label_ in REGNAL_MISTAKES and _regnal_name_end(doc, ent.start, set()) == ent.end:
            changed = True  # "King Osk" tagged GPE: a regnal title and a person's name
            ent = Span(doc, ent.start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        elif ent.label_ == "ORG" and ranked_name(doc, ent.start, ent.end):
            changed = True  # "Lieutenant General Osk Varadov" tagged ORG: a person with a rank
            ent = Span(doc, ent.start, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        elif ent.label_ in ("ORG", "MISC") and (titled := titled_name(doc, ent.start, ent.end)):
            changed = True  # "El Comandante en Jefe | Ramiro Tello Paz" tagged MISC: a title, then a person
            titles.append(Span(doc, *titled, label="TITLE"))
            ent = Span(doc, titled[1], ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        place = _place_before_name(doc, ent) if ent.label_ == "PERSON" else 0
        if place:  # "en Caracas Jorge Benavente", "el dirigente de | Chuquisaca Ana Ruiz": a place, then the person
            changed = True
            ents.append(Span(doc, ent.start, ent.start + place, label="GPE"))
            ent = Span(doc, ent.start + place, ent.end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id)
        if ent.label_ == "PERSON" and possessive_country(doc, ent.start, ent.end, _countries()):
            changed = True  # "Equatorial Guinea's prime minister": the country, not a person
            ent = Span(doc, ent.start, trim_name(doc, ent.start, ent.end, "GPE").end, label="GPE")
        country = gapped_country(doc, ent.start, ent.end, _countries()) if (
            ent.label_ == "PERSON") else None
        if country is not None:  # "Alexander Dorokhin Russia's": a person, then a country
            changed = True
            tail = Span(doc, country, trim_name(doc, country, ent.end, "GPE").end, label="GPE")
            ent = Span(doc, ent.start, country, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        else:
            tail = None
        if only_honorifics(doc, ent.start, ent.end) and name_after_honorifics(doc, ent.end):
            changed = True  # "Datuk Seri | Hisham Rosli", "Brig. | Gen. Yahya Qasem": honorifics tagged apart
            continue
        if ent.label_ == "PERSON" and royal_style_alone(doc, ent.start, ent.end):
            changed = True  # "Su | Majestad | el Rey Osk VI": a monarch's style tagged apart
            continue
        name = trim_name(doc, ent.start, ent.end, ent.label_)
        if (name.start, name.end) != (ent.start, ent.end):
            changed = True
            titles.extend(Span(doc, s, e, label="TITLE") for s, e in name.titles)
            ent = Span(doc, name.start, name.end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
        if name.honorifics:
            honorifics.append(Span(doc, *name.honorifics, label="HONORIFIC"))
        ents.append(ent)
        if tail is not None:
            ents.append(tail)
    lost = _demonyms_before_titles(doc, ents, titles)
    if lost:
        changed = True  # "Philippine | Foreign Affairs Secretary": the model's ORG gave way to the title
        ents = sorted([*ents, *lost], key=lambda e: e.start)
    ranked = _ranked_in_apposition(doc, ents, titles)
    if ranked:
        changed = True  # "The police chief, General Sutarno, said": a rank and one name, ORG or untagged
        trimmed = [trim_name(doc, r.start, r.end, "PERSON") for r in ranked]
        honorifics.extend(Span(doc, *n.honorifics, label="HONORIFIC") for n in trimmed if n.honorifics)
        ents = _replace_spans(ents, [Span(doc, n.start, n.end, label="PERSON") for n in trimmed])
    again = _named_again(doc, ents)
    again += _other_bearers(doc, [*ents, *again], titles)
    if again:
        changed = True  # "Choe Myong Ok" tagged in one sentence, missed in the next
        ents = sorted([*ents, *again], key=lambda e: e.start)
    listed = _listed_beside_people(doc, ents, titles)
    listed += _named_before_a_role(doc, [*ents, *listed], titles)  # each rule skips what one before found
    listed += _named_after_a_title(doc, [*ents, *listed], titles)
    listed += _named_after_a_regnal_title(doc, [*ents, *listed], titles, honorifics)
    if listed:
        changed = True  # "Alexander Zhuravko and Igor Plotnev": the second name untagged
        ents = sorted([*ents, *listed], key=lambda e: e.start)
    opening = _listed_before_people(doc, ents, titles)
    if opening:
        changed = True  # "commanders: Tamba Kirovo, Lena Marsk and ...": the first name untagged
        ents = _replace_spans(ents, opening)
    holidays, in_names = _holiday_dates(doc, ents)
    if holidays or in_names:
        changed = True  # "on Good Friday", "New Year's Day" (the model: EVENT or nothing): a date
        kept = {(h.start, h.end) for h in [*holidays, *in_names]}
        ents = sorted([*(e for e in ents if not any(e.start < t and s < e.end for s, t in kept)), *holidays],
                      key=lambda e: e.start)
    spelt = _names_cut_short(doc, ents, titles)
    if spelt:
        changed = True  # "the Liberation Tigers | of Tamil Eelam", and "LTTE" in the Doc: one name
        ents = _replace_spans(ents, spelt)
    countries = _untagged_countries(doc, ents, titles)
    if countries:
        changed = True  # "President Adewale Oyelaran of | Nigeria": the state the model left untagged
        ents = sorted([*ents, *countries], key=lambda e: e.start)
    acronyms = _untagged_acronyms(doc, ents, titles)
    if acronyms:
        changed = True  # "The SDLP's negotiators": a party's initials the model left untagged
        ents = sorted([*ents, *acronyms], key=lambda e: e.start)
    named = [e for e in ents if not (e.label_ in DEGENERATE_LABELS and degenerate_name(e.text, e.label_ == "PERSON"))]
    if len(named) < len(ents):
        changed = True  # "Mara Mara Mara Ventel", "Mara the": junk text's spans name no one
        ents = named
    if titles:
        doc.spans["titles"] = sorted(titles, key=lambda t: t.start)
    if honorifics:
        doc.spans["honorifics"] = honorifics
    if changed:
        doc.ents = ents
    return tuple(ents) if changed else found


DEGENERATE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "MISC"})
"""Labels of names :func:`kit.lexicon.canonical.degenerate_name` may read as junk."""
INITIALS_MIN = 3  # letters of initials that may lengthen a name: "LTTE", "LURD"; not "UN"
NAME_TAIL_MAX = 8  # tokens a name's "of"/"for"/"in" tail may hold


def _names_cut_short(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """ORG spans for organisations the model cut short: an ORG entity whose name ends
    in no ``org_words`` word, then "of" and a run of capitalised words the model left
    untagged that names no place of the lexicons ("the Liberation Tigers | of Tamil
    Eelam"; not "the Houthis of | Yemen", "the UK Unionist Party of | Robert McAlinden",
    "Hamas of | Ismail Haniyeh" with the name tagged, nor "the TNU of | Gen Ada Obi" with an
    honorific before the name left untagged: :func:`_addressed_name`); or an ORG or NORP entity, then a
    run of capitalised words and "of"/"for"/"in"/"and" that holds no title, whose
    capitalised words' first letters spell initials of :data:`INITIALS_MIN` letters or
    more written elsewhere in the Doc ("Liberians | United for Reconciliation and
    Democracy" and "LURD"; not "Syrian | Deputy Foreign Minister" and "SDF"), or initials
    in brackets right after the run that spell the start of each of its words, whatever
    the model tagged inside it ("Comisión | de Diálogo y Concordia (CODICO)"), or a run
    that makes an ORG that is no body's name a body's whole name in ``bodies.csv``
    ("the Organization for Security and Cooperation | in Europe", "Europe" tagged apart). A run
    ends where capitalised words end: a name is never cut inside one. Entities inside
    the name go."""
    from spacy.tokens import Span

    initials = {w for w in doc_texts(doc) if len(w) >= INITIALS_MIN and is_initials(w)}
    links = words_in_any("of_preps") | {"for", "in", "and", *words_in_any("conjunctions")}
    of = words_or("of_preps", doc.lang_, frozenset())
    articles = words_in_any("articles")
    titled = _taken(titles, doc.spans.get("titles", ()))
    tagged = _taken(ents)
    found = []
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP") or ent.end + 1 >= len(doc):
            continue
        end = ent.end  # the run after the entity: capitalised words and links, no title
        while end < len(doc) and end - ent.end < NAME_TAIL_MAX and end not in titled \
                and not doc[end].is_sent_start and (_capital_word(doc[end]) or doc[end].lower_ in links):
            end += 1
        if end < len(doc) and (_capital_word(doc[end]) or doc[end].text in HYPHENS):
            continue  # a longer run ("Deputy Foreign | Minister"), or a hyphened name
        while end > ent.end and not _capital_word(doc[end - 1]):
            end -= 1  # "of Tamil Eelam | and": the run ends with its last capitalised word
        if end == ent.end:
            continue
        head = [t.text for t in ent if t.text[:1].isupper() and t.lower_ not in articles]
        tail = [t.text for t in doc[ent.end:end] if t.text[:1].isupper()]
        rest = doc[ent.end + 1:end]
        if "".join(w[0] for w in head + tail) in initials or _spelt_in_brackets(doc, end, head + tail) or (
                ent.label_ == "ORG" and body_of(doc[ent.start:end].text, doc.lang_ or DEFAULT_LANG) is not None
                and body_of(ent.text, doc.lang_ or DEFAULT_LANG) is None) or (
                ent.label_ == "ORG" and doc[ent.end].lower_ in of and ent[-1].lower_ not in _org_words()
                and len(rest) > 0 and not any(t.i in tagged for t in rest) and not _addressed_name(doc, rest)
                and name_key(rest.text) not in place_keys() and name_key(rest.text) not in _countries()
                and name_key(rest.text) not in demonym_keys()):
            found.append(Span(doc, ent.start, end, label="ORG"))
    return found


def _addressed_name(doc: Doc, words: Span) -> bool:
    """Whether ``words`` are a person's name after an honorific written with a capital
    ("Gen Ada Obi", "Mr Tor Vik"): the words of a person, not of an organisation's name."""
    name = trim_name(doc, words.start, words.end, "PERSON")
    return name.honorifics is not None and name.honorifics[0] == words.start and name.end > name.start


def _nicknames_rejoined(doc: Doc, ents: Sequence[Span]) -> tuple[Span, ...]:
    """The entities with each PERSON the model cut inside a nickname in quotes between the
    given and the family name ("Jan «Bok" | "» Visser": the quote opened in the entity and
    closed right after it, then a capitalised word) one PERSON again, up to the end of the
    entity that starts with that word, or that word alone if none does ("Jan «Bok» Visser",
    read as Jan Visser with the nickname Bok: :func:`kit.lexicon.canonical.without_nickname`);
    ``()`` when there is none.

    >>> import spacy
    >>> from spacy.tokens import Doc, Span
    >>> doc = Doc(spacy.blank("es").vocab, words=["Habló", "Jan", "«", "Bok", "»", "Visser", "."],
    ...           spaces=[True, True, False, False, True, False, False])
    >>> doc.ents = [Span(doc, 1, 4, "PERSON"), Span(doc, 5, 6, "PERSON")]
    >>> [(e.text, e.label_) for e in _nicknames_rejoined(doc, doc.ents)]
    [('Jan «Bok» Visser', 'PERSON')]
    """
    from spacy.tokens import Span

    starts = {e.start: e for e in ents}
    out: list[Span] = []
    dropped: set[int] = set()
    for ent in ents:
        if ent.start in dropped:
            continue
        close = ent.end
        opened = ent.label_ == "PERSON" and close + 1 < len(doc) and doc[close].is_quote \
            and not doc[close - 1].whitespace_ and doc[close].whitespace_ and doc[close + 1].is_title \
            and sum(t.is_quote for t in ent) == 1 and ent.start < next(
                (t.i for t in ent if t.is_quote), ent.start) < close - 1 \
            and doc[next(t.i for t in ent if t.is_quote) - 1].whitespace_ != ""
        if not opened:
            out.append(ent)
            continue
        after = starts.get(close + 1)
        if after is not None and not all(t.is_title for t in after):
            out.append(ent)  # "Jan «Bok» | de la Torre ...": no name the quote closes on
            continue
        end = after.end if after is not None else close + 2
        if after is not None:
            dropped.add(after.start)
        out.append(Span(doc, ent.start, end, label="PERSON", kb_id=ent.kb_id, span_id=ent.id))
    return tuple(out) if len(out) < len(ents) or any(a.end != b.end for a, b in zip(out, ents)) else ()


def _nickname_quote(doc: Doc, ent: Span) -> int | None:
    """The closing quote inside the PERSON ``ent`` that a quote before it opened, when a
    capitalised word follows it in the entity ("“Chepe” Ferrán": the nickname, then the
    family name); None when there is none."""
    opened = _quoted(doc, ent)
    return next((i for i in range(ent.start + 1, ent.end - 1) if opened and doc[i].is_quote
                 and doc[i + 1].is_title and not doc[i - 1].whitespace_), None)


def _titled_head_in_government(doc: Doc, ent: Span) -> tuple[int, int] | None:
    """``(name start, government end)`` in an organisation the model ran from a government
    word, its "of" and a one-word title of the lexicon into a person's name ("el Gobierno |
    del presidente | Tomás Ostán Vela"): two to four capitalised words, no organisation
    word, end the entity right after the title; the government is its head's, the title
    before the name his, the name a person's. None otherwise ("el Gobierno de Tomás Ostán",
    with no title, stays one name: :func:`_named_like_a_body`)."""
    lang = doc.lang_
    government = words_or("government_words", lang, frozenset())
    ofs = words_or("of_preps", lang, frozenset()) | words_or("contracted_articles", lang, frozenset())
    k = ent.start + (ent[0].lower_ in words_or("articles", lang, frozenset()))
    if k + 3 >= ent.end or doc[k].lower_ not in government or doc[k + 1].lower_ not in ofs:
        return None
    body_end = k + 1
    k += 2 + (doc[k + 2].lower_ in words_or("articles", lang, frozenset()))
    if k >= ent.end or doc[k].lower_ not in one_word_titles() or not doc[k].is_lower:
        return None
    name = doc[k + 1:ent.end]
    ok = 2 <= len(name) <= 4 and all(t.is_title and t.is_alpha and t.lower_ not in _org_words() for t in name)
    return (k + 1, body_end) if ok else None


def _office_taken_for_a_body(doc: Doc, ent: Span) -> bool:
    """Whether the model tagged as an organisation an office set off after a name: a comma
    right after a PERSON, then the entity opening with an article, a one-word title of the
    lexicon and a word of ``of_preps`` ("Robert Roe, | the Minister of Public Works", "Ana
    Lind, | the Secretary of Labour"): the holder's title and its complement, read by the
    title reader, not a body of its own ("the Ministry of Public Works" opens with no title)."""
    lang, k = doc.lang_, ent.start
    if k < 2 or doc[k - 1].text != "," or doc[k - 2].ent_type_ != "PERSON" or len(ent) < 4 \
            or doc[k].lower_ not in words_or("articles", lang, frozenset()):
        return False
    return doc[k + 1].lower_ in one_word_titles() and doc[k + 2].lower_ in words_or("of_preps", lang, frozenset())


def _complement_then_name(doc: Doc, ent: Span) -> int | None:
    """Where the holder's name starts in an entity that runs a title's complement into
    it, with no comma ("el exministro de | Hacienda Eusebio Tarrés", "la expresidenta de
    la | Corte Suprema Ana Ruiz"): after a one-word title of the lexicon, a preposition of
    "of" and an article if any, the entity opens with a body or portfolio of
    ``glossary.csv`` (in the Doc's language) and ends with two or three capitalised words
    and nothing else, the first of them no word of a body's name there (the body's longer
    name goes on: "la ministra de Seguridad | Pública Nacional", "del Ejército | Nacional
    Popular"); None otherwise."""
    from kit.lexicon.wordlists import glossary

    if not _after_a_title_s_of(doc, ent):
        return None
    bodies = glossary(doc.lang_)
    body_words = {w for body in bodies for w in body.split()}  # "Pública", "Nacional", "Mayor"
    for k in range(ent.end - 2, ent.start, -1):
        name = doc[k:ent.end]
        if len(name) <= 3 and all(t.is_title and t.is_alpha for t in name) and doc[ent.start:k].text in bodies \
                and doc[k].text not in body_words:
            return k
    return None


def _after_a_title_s_of(doc: Doc, ent: Span) -> bool:
    """Whether a one-word title of the lexicon and a preposition of "of" (of any language),
    an article after it if any, come right before ``ent`` ("el exministro de | ...", "la
    expresidenta de la | ..."): the title's place or body. Not a title of ``client_nouns``,
    whose "of" names the person it serves ("the lawyer of | Jordan Ellis Brandt")."""
    of = _of_before(doc, ent.start)
    return of is not None and of >= 1 and doc[of - 1].lower_ in one_word_titles() \
        and doc[of - 1].lower_ not in words_in_any("client_nouns")


def _of_before(doc: Doc, k: int, lang: str | None = None) -> int | None:
    """Where the preposition of "of" (``of_preps`` of ``lang``; of any language without it)
    right before token ``k`` is, an article between them if any ("de la | ...", "of | the
    State of Oyo"); None if there is none."""
    if k > 0 and doc[k - 1].lower_ in words_in_any("articles"):
        k -= 1
    preps = words_in_any("of_preps") if lang is None else words_or("of_preps", lang, frozenset())
    return k - 1 if k > 0 and doc[k - 1].lower_ in preps else None


def _names_a_body(rest: Span) -> bool:
    """Whether ``rest``, the words after a noun for people and its "of", names a government
    (``government_words``: "Gobierno", "the Ministry of X") or a body of the lexicon."""
    return bool(government_lead(name_key(rest.text).split())
                or body_of(rest.text, rest.doc.lang_ or DEFAULT_LANG))


def _people_noun(doc: Doc, ent: Span, *lists: str) -> bool:
    """The PERSON ``ent`` opens with a plural noun for people of ``group_nouns`` of the
    Doc's language, with a capital as it opens a caption or sentence ("Manifestantes",
    "Simpatizantes de X"): no name. The noun is the whole entity or a preposition of "of"
    follows it: a given name spelt like such a noun of another language or of this one
    ("Miles Kerrigan": Spanish "miles", thousands) keeps its person. ``lists``: other word
    lists of such nouns ("source_nouns": "Fuentes del Ministerio", the ministry's sources)."""
    word = ent[0]
    return word.is_title and word.lower_ in _people_nouns(doc.lang_, lists) \
        and word.lower_.endswith(tuple(words_in_any("plural_endings"))) \
        and (len(ent) == 1 or ent[1].lower_ in words_in_any("of_preps"))


@lexicon_cache
def _people_nouns(lang: str, lists: tuple[str, ...]) -> frozenset[str]:
    """The words of ``group_nouns`` and of ``lists`` in ``lang``, read once per language."""
    return frozenset().union(*(words_or(name, lang, frozenset()) for name in ("group_nouns", *lists)))


def _opens_clause(doc: Doc, ent: Span) -> bool:
    """The name ``ent`` after a place noun is its clause's subject, not the place's name:
    the parser says so ("In the capital | Ana Ruiz met ...": nsubj), or the place noun
    ends a phrase that opens the sentence with no comma after it and nothing but a
    preposition, determiners and adverbs before it ("En la capital | Ana Ruiz se reunió
    ...", "Back in the capital | X said"), which the Spanish parser reads as an apposition."""
    if ent.root.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
        return True
    before = doc[ent.sent.start:ent.start - 1]
    return len(before) > 0 and before[0].pos_ in ("ADP", "ADV") \
        and all(t.pos_ in ("ADP", "DET", "ADV", "ADJ") for t in before)


def _after_of(doc: Doc, ent: Span) -> int | None:
    """Where the capitalised words after a preposition of "of" in ``ent`` start
    ("Simpatizantes de | Ferrán": whose supporters), else None."""
    preps = words_in_any("of_preps")
    return next((i + 1 for i in range(ent.start + 1, ent.end - 1)
                 if doc[i].lower_ in preps and doc[i + 1].is_title), None)


def _quoted(doc: Doc, ent: Span) -> bool:
    """A quote mark opens ``ent``, right before it."""
    return ent.start > 0 and doc[ent.start - 1].is_quote and not doc[ent.start - 1].whitespace_


def _after_nickname(doc: Doc, ent: Span) -> int | None:
    """Where the capitalised word after the quoted name ``ent`` is ("“Tito” Vallecillo": a
    nickname, then the family name it goes with), else None."""
    end = ent.end
    opened = _quoted(doc, ent)
    if opened and end + 1 < len(doc) and doc[end].is_quote and not doc[end - 1].whitespace_ \
            and doc[end].whitespace_ and doc[end + 1].is_title:
        return end + 1
    return None


def _bracket_end(doc: Doc, start: int) -> int | None:
    """The end of the bracket a name opened before ``doc[start]``, right after its ")",
    when one to four words (hyphens between them) and nothing else come before it, the
    first capitalised and no initials: the rest of the name ("Workers' Party of Velmaria (" +
    "Left)"); None otherwise: no bracket, or a note ("(formerly ...)") or the name's
    initials ("the Unity Party (UP)"), which are no words of the name."""
    first = doc[start] if start < len(doc) else None
    if first is None or not first.text[:1].isupper() or is_initials(first.text):
        return None
    for end in range(start, min(start + 5, len(doc))):
        if doc[end].text == ")":
            return end + 1 if end > start else None
        if not (doc[end].is_alpha or doc[end].text in HYPHENS) or doc[end].is_sent_start:
            return None
    return None


def _spelt_in_brackets(doc: Doc, end: int, name: Sequence[str]) -> bool:
    """Whether initials in brackets right after ``doc[:end]`` spell the words of ``name``,
    each word giving the start of itself, in order ("Comisión de Diálogo y
    Concordia (CODICO)": CO-DI-CO; "Frente Sur de Liberación (FSL)")."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not is_initials(doc[end + 1].text):
        return False
    return _spells(name_key(doc[end + 1].text).replace(" ", ""), [name_key(w).replace(" ", "") for w in name])


def _spells(letters: str, names: Sequence[str]) -> bool:
    """Whether ``letters`` are a start of each of ``names`` in turn, all of them used.

    >>> _spells("cocopa", ["comision", "concordia", "pacificacion"]), _spells("cpz", ["comision", "paz"])
    (True, False)
    """
    if not names:
        return not letters
    return any(letters[:n] == names[0][:n] and _spells(letters[n:], names[1:])
               for n in range(1, min(len(letters), len(names[0])) + 1))


def _given_name_before(doc: Doc, ent: Span, tagged: set[int]) -> bool:
    """Whether the word right before the PERSON ``ent`` is a first name the model left
    out ("to his vice president, | Moses | Blah,"; "By | Tendai | Moyo" opening a
    line: ``byline_words``): a capitalised proper noun in no entity or title, not
    opening its sentence, after punctuation, a word in lower case or a byline's "By",
    and no place, demonym or word of the calendar of the lexicons. In a photo credit
    ("(Aurelio Sandoval / Outlet)": a bracket, the name, a slash) the capitalised word
    is a first name though the tagger read it as a verb (a name ending like one); not a
    common noun ("(Archivo Sandoval / Outlet)": the archive's picture)."""
    i = ent.start - 1
    if i < 1 or i in tagged:
        return False
    word, before = doc[i], doc[i - 1]
    credit = before.text == "(" and ent.end < len(doc) and doc[ent.end].text == "/"
    if word.pos_ not in (("PROPN", "VERB") if credit else ("PROPN",)) or word.is_sent_start or not _name_word(word.text) or len(word) < 2:
        return False
    if not (before.is_punct or before.is_lower or _byline_word(doc, before)):
        return False
    return not _lexicon_word(word)


def _particle_before(doc: Doc, ent: Span, title_ends: set[int], previous: Span | None) -> bool:
    """Whether the word right before the PERSON ``ent`` is a name particle the model
    left out (:func:`kit.nlp.names.loose_particle`) right after a title or an
    honorific, or after the comma or conjunction that lists it with the PERSON
    ``previous`` (the entity before it): "President | dos | Santos", "Mr. | de | Klerk",
    "De Klerk and | dos | Santos"."""
    i = ent.start - 1
    listed = previous is not None and previous.label_ == "PERSON" and previous.end == i - 1 and (
        doc[i - 1].text == "," or doc[i - 1].lower_ in words_or("conjunctions", doc.lang_, frozenset()))
    return i >= 1 and loose_particle(doc[i]) and (
        i in title_ends or doc[i - 1].lower_ in words("honorifics") or listed)


def _lexicon_word(word: Token) -> bool:
    """``word`` is a place, country, demonym or calendar word of the lexicons: no given name."""
    key = name_key(word.text)
    return key in place_keys() or key in _countries() or key in demonym_keys() \
        or word.lower_ in _calendar_words()


def _byline_word(doc: Doc, token: Token) -> bool:
    """``token`` is the word that opens a byline in the Doc's language
    (:func:`kit.extract.bylines.byline_word`: "By", "Por") at the start of a line."""
    at_line_start = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    return at_line_start and byline_word(token.lower_, doc.lang_)


@lexicon_cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and month abbreviations in English (``lang=en`` rows of
    ``calendar_words.csv``, lower case without the dot), which no first name is."""
    return frozenset(month_numbers()) | _calendar_names()


@lexicon_cache
def _calendar_names() -> frozenset[str]:
    """Month and weekday names in English, lower case: "the Foreign Minister Monday Night" is no name."""
    return frozenset(n.lower() for n in calendar_names("month", "weekday"))


def _title_ends(doc: Doc, ends: set[int] | None, text: str | None = None) -> set[int]:
    """``ends`` if known, else where the title lexicon's titles of ``doc`` end
    (:func:`kit.extract.titles.title_spans`: "comandante", a title in lower case;
    ``text``: ``doc.text``, if the caller has it)."""
    return ends if ends is not None else {end for _, end in title_spans(doc, text=text)}


def _title_holder_start(doc: Doc, ent: Span) -> int:
    """Where a title that introduces ``ent`` would end: right before it, or before the comma
    right before it ("otro expresidente, | Andrés Villaquirán"), and before a demonym in lower
    case between them, the holder's nation ("al gobernante | venezolano, Nicolás Parraga")."""
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].text == "," else ent.start
    return start - 1 if _lower_demonym(doc, start - 1) else start


def _after_a_nation(doc: Doc, ent: Span) -> bool:
    """Whether a determiner and a demonym in lower case come right before ``ent`` ("el
    venezolano | X", "la rusa | X"): the demonym may be one of a nation, or a nation's
    place or product with its noun left out ("el [puerto] venezolano", "la [vacuna] rusa")."""
    k = ent.start - 1
    return k > 0 and _lower_demonym(doc, k) and doc[k - 1].lower_ in words_in_any("determiners")


def _titled_after(doc: Doc, ent: Span, title_ends_at: dict[int, int]) -> bool:
    """Whether a title the model tagged follows ``ent`` in apposition: a comma, an optional
    article, then only a nation's or a place's words (a demonym, a country and its possessive)
    before the title ("Thabo Molefe, | the South African President", "X, | the president of
    Y"); not after a preposition ("In Santa Cruz, the mayor said"), where ``ent`` is a place,
    nor when the title is a verb's subject ("Santa Cruz, the Bolivian President told reporters,
    would ...": :func:`_subject_of_a_verb`) or a place's possessor ("Santa Cruz, the Bolivian
    President's home town,": :func:`_owns_a_place`)."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].text != "," or (ent.start > 0 and doc[ent.start - 1].pos_ == "ADP"):
        return False
    i += 1
    if doc[i].lower_ in words_in_any("articles"):
        i += 1
    while i < len(doc) and i not in title_ends_at and (
            doc[i].ent_type_ in ("NORP", "GPE") or doc[i].text in POSSESSIVE):
        i += 1
    end = title_ends_at.get(i)
    return end is not None and not _subject_of_a_verb(doc, i) and not _owns_a_place(doc, end)


def _owns_a_place(doc: Doc, end: int) -> bool:
    """Whether the title ending at ``end`` is the possessor of a ``place_nouns`` word before
    the next punctuation ("the Bolivian President | 's home town,"): the apposition names a
    place; not a person's office ("the President | 's special envoy")."""
    if end >= len(doc) or doc[end].text not in POSSESSIVE:
        return False
    words = itertools.takewhile(lambda t: not t.is_punct, doc[end + 1:])
    return any(t.lower_ in words_in_any("place_nouns") for t in words)


def _subject_of_a_verb(doc: Doc, i: int) -> bool:
    """Whether the words from ``i`` to the next punctuation hold a finite verb before any
    relative pronoun: the phrase at ``i`` is the verb's subject ("the Bolivian President |
    told reporters"), no apposition to the name before it ("the President | who brokered
    the deal")."""
    for t in doc[i:]:
        if t.is_punct or t.tag_ in ("WP", "WDT") or "Rel" in t.morph.get("PronType", []):
            return False
        if "Fin" in t.morph.get("VerbForm", []):
            return True
    return False


def _nation_s_thing(ent: Span) -> str | None:
    """The label of a name that is no person's though a nation's demonym introduces it: a
    place the lexicons know, a country, capital, subdivision or city ("el venezolano |
    Puerto Cabello": GPE), or a product's name, a word and its model's letter ("la rusa |
    Sputnik V": MISC); None for any other name."""
    if name_key(ent.text) in place_keys() or city_of(ent.text) is not None:
        return "GPE"
    last = ent[-1].text
    if len(ent) > 1 and len(last) == 1 and last.isupper():
        return "MISC"
    return None


def _lower_demonym(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a demonym of the lexicons written in lower case ("venezolano")."""
    return i >= 0 and doc[i].is_lower and name_key(doc[i].text) in demonym_keys()


def _title_holder_starts(doc: Doc, ent: Span, before: Sequence[Span]) -> list[int]:
    """Where a title that introduces ``ent`` would end (:func:`_title_holder_start`), and,
    when ``ent`` is set off by a comma after a place or body one of ``before`` names, before
    the complement that names it ("el prefecto | de Tarija, Rubén Tejerina", "the governor |
    of the State of Oyo, X")."""
    starts = [_title_holder_start(doc, ent)]
    comma = ent.start - 1
    if comma < 1 or doc[comma].text != ",":
        return starts
    complement = next((e for e in before if e.end == comma and e.label_ in ("GPE", "LOC", "ORG")), None)
    if complement is None or _goes_on_with_a_place(doc, ent):
        return starts
    of = _of_before(doc, complement.start, doc.lang_)  # "of | the State of Oyo"
    if of is None:
        of = _of_before_a_post(doc, complement.start, before)
    return starts if of is None else [*starts, of]


def _of_before_a_post(doc: Doc, k: int, before: Sequence[Span]) -> int | None:
    """Where the "of" of a title's complement starts when the place at token ``k`` is where
    the office is held, after a body that complement names ("el embajador | de la Unión
    Europea en | Bolivia, X", "the ambassador | of the Union in | Tarn, X"): a ``place_preps``
    word right before ``k`` and an organisation or place of ``before`` right before it; else None."""
    prep = k - 1
    if prep < 1 or doc[prep].lower_ not in words_or("place_preps", doc.lang_, frozenset()):
        return None
    body = next((e for e in before if e.end == prep and e.label_ in ("GPE", "LOC", "ORG")), None)
    return _of_before(doc, body.start, doc.lang_) if body is not None else None


def _goes_on_with_a_place(doc: Doc, ent: Span) -> bool:
    """Whether a comma or conjunction right after ``ent`` goes on with a place the model
    tagged: ``ent`` is one of a list of places ("los alcaldes de Cochabamba, | Villa Tunari |
    y Sacaba"), no holder of the title."""
    i = ent.end
    if i + 1 >= len(doc) or (doc[i].text != "," and doc[i].lower_ not in words_or("conjunctions", doc.lang_, frozenset())):
        return False
    return any(e.start == i + 1 and e.label_ in ("GPE", "LOC") for e in doc.ents)


def _before_a_title(doc: Doc, ent: Span, title_ends_at: dict[int, int]) -> bool:
    """A title starts right after ``ent`` (one the model tagged, or a one-word title of the
    lexicon): ``ent`` is that title's body ("Kampala's negotiator, | Interior Affairs |
    Minister X"), no holder's name."""
    return ent.end in title_ends_at or (ent.end < len(doc) and doc[ent.end].lower_ in one_word_titles())


def _no_body_known(ent: Span) -> bool:
    """An organisation's entity the lexicons know as no body: not named like one
    (:func:`_named_like_a_body`: "National Unity Party", initials), no international body of
    ``bodies.csv`` and no ``government_words`` phrase opening it ("Congreso Nacional"), in
    any language."""
    if _named_like_a_body(ent) or body_of(ent.text) is not None:
        return False
    words = name_key(ent.text).split()
    return not any(government_lead(words[i:]) for i in range(len(words)))


def _shaped_like_a_name(ent: Span, particles: bool = True) -> bool:
    """Two to four capitalised words that are no country, capital, subdivision or
    demonym of the lexicons ("Thabo Molefe"; not "South Africa", "Addis Ababa"), name
    particles in lower case between them ("León de la Varga", "Piet van der Berg") unless
    ``particles`` is False (after a people's adjective, which no title is: "la venezolana
    San Brel de los Velmos", a town's name as often as a woman's)."""
    key = name_key(ent.text)
    inner = [t for t in ent[1:-1] if not _capital_word(t)]
    if inner and not particles:
        return False
    return 2 <= len(ent) - len(inner) <= 4 and _capital_word(ent[0]) and _capital_word(ent[-1]) \
        and all(t.text in _inner_particles() for t in inner) and key not in place_keys() \
        and key not in _countries() and key not in demonym_keys()


@lexicon_cache
def _inner_particles() -> frozenset[str]:
    """Name particles that may stand in lower case inside a name ("de", "la", "van", "bin"):
    no conjunction ("y" joins two names as often as two family names)."""
    return particles() - words_in_any("conjunctions")


def _capital_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


def _replace_spans(ents: Sequence[Span], spans: Sequence[Span]) -> list[Span]:
    """``ents`` with each of ``spans`` in place of the entities it overlaps."""
    kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    return sorted([*kept, *spans], key=lambda e: e.start)


def _untagged_countries(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """GPE spans for a country's name the model left untagged in the complement of a
    person or a title ("President Adewale Oyelaran of | Nigeria", "the President of |
    Nigeria"): up to four capitalised words after ``of_preps`` (and an article), in no
    entity or title, that are a country's name in the lexicon, and end there (not "of
    Niger Delta Power", "of Guinea-Bissau")."""
    from spacy.tokens import Span

    taken = _taken(ents, titles, doc.spans.get("titles", ()))
    ends = {e.end for e in ents if e.label_ == "PERSON"} | {t.end for t in titles}
    ends |= {t.end for t in doc.spans.get("titles", ())}
    of = words_or("of_preps", doc.lang_, frozenset())
    articles = words_in_any("articles")
    found = []
    for end in sorted(ends):
        if end + 1 >= len(doc) or doc[end].lower_ not in of:
            continue
        start = end + 1 + (doc[end + 1].lower_ in articles)
        for size in (4, 3, 2, 1):
            stop = start + size
            words = doc[start:stop]
            if stop > len(doc) or any(t.i in taken or not t.text[:1].isupper() for t in words):
                continue
            if stop < len(doc) and (doc[stop].text[:1].isupper() or doc[stop].text in HYPHENS):
                break  # "of Niger Delta Power", "of Guinea-Bissau": a longer name
            if name_key(words.text) in _countries():
                found.append(Span(doc, start, stop, label="GPE"))
                break
    return found


def _untagged_acronyms(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """ORG entities for initials the model left untagged ("The SDLP's negotiators", "the
    MNLF fighters"): a noun of two to six capitals (:func:`kit.lexicon.wordlists.is_initials`), in
    no entity or title, with no word in capitals beside it ("UN SAYS TALKS") and no
    label's colon or number after it ("VIDEO:", "UPDATE 2-"), that names no country
    and is no ``common_acronyms`` word ("TV", "GDP", "MP", "SUV"); initials joined to others
    by a hyphen with no space are one name with them ("the CNDD-FDD")."""
    from spacy.tokens import Span

    taken = _taken(ents, titles, doc.spans.get("titles", ()))
    found: list[Span] = []
    for t in doc_tokens(doc):
        text = t.text
        if t.i in taken or t.pos_ not in ("PROPN", "NOUN") or not 2 <= len(text) <= 6 or not is_initials(text) \
                or name_key(text) in _countries() or (found and t.i < found[-1].end):
            continue
        joined = _hyphened_acronym(doc, doc[t.i:t.i + 1])
        if joined is not None:  # "the CNDD-FDD": initials joined by a hyphen, one name
            if not taken & set(range(*joined)):
                found.append(Span(doc, *joined, label="ORG"))
            continue
        near = [doc[j] for j in (t.i - 1, t.i + 1) if 0 <= j < len(doc)]
        if any(n.is_alpha and len(n) > 1 and n.is_upper for n in near):
            continue  # "UN SAYS TALKS ...": capitals around it
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and (after.text in (":", "-", "|") or after.like_num):
            continue  # "VIDEO: ...", "UPDATE 2-...": a page's label, no name
        found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return found


def _joined_name(doc: Doc, before: Sequence[Span], ent: Span) -> bool:
    """An organisation's name NER cut at its "and": the entity before it ends right
    before "and", is no organisation's whole name (its last word is no ``org_words``
    word), and ``ent`` ends with one ("Social Democratic | and | Labour Party",
    "Justice and Development Party"; not "Hamas and Fatah", "the Labour Party and
    the Conservative Party")."""
    if ent.label_ != "ORG" or not before or ent.start < 2 or doc[ent.start - 1].lower_ not in words_in_any("conjunctions"):
        return False
    first, org = before[-1], _org_words()
    if name_key(first.text) in _countries() or name_key(first.text) in demonym_keys():
        return False  # "Israeli and Palestinian Authority officials": two parties
    words = [t for t in first if not (t.i == first.start and t.lower_ in words_in_any("articles"))]
    return (first.end == ent.start - 1 and first.label_ in ("ORG", "NORP") and bool(words)
            and (first.label_ == "NORP" or len(words) > 1 or words[-1].pos_ == "ADJ")  # not "Hamas | and"
            and ent[-1].lower_ in org and first[-1].lower_ not in org
            and all(t.is_title for t in words) and all(t.is_title for t in ent))


def _demonyms_before_titles(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """NORP spans for the demonyms right before a title that no entity holds.

    The model often tags a demonym with the first words of a title as one
    organisation ("Philippine Foreign Affairs" + "Secretary"); the title's
    pattern wins that overlap and the demonym is left untagged, so the title
    loses the state it names. Up to three words ("South Korean"), capitalised,
    whose key is a demonym of :mod:`kit.lexicon` and that no entity or title holds.
    """
    from spacy.tokens import Span

    if not titles:
        return []
    taken = {i for e in [*ents, *titles] for i in range(e.start, e.end)}
    keys, found = demonym_keys(), []
    for title in titles:
        for size in (3, 2, 1):
            start = title.start - size
            if start < 0 or taken & set(range(start, title.start)):
                continue
            words_ = doc[start:title.start]
            if not all(t.is_title or t.is_upper for t in words_):
                continue
            if name_key(words_.text) in keys:
                found.append(Span(doc, start, title.start, label="NORP"))
                taken.update(range(start, title.start))
                break
    return found


HOLIDAY_MISTAKEN = ("PERSON", "MISC", "FAC")
"""Labels the model gives a holiday's name that are no date and no place (a place may be
named as one: "Corpus Christi"): a name inside the holiday's is the holiday (:func:`_holiday_dates`);
a building's ("at Easter" read as a facility) is no place a holiday names, and one so named
goes on with a word of its own ("Easter Road")."""


def _holiday_dates(doc: Doc, ents: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """DATE spans for the holiday names of ``holidays.csv`` (:func:`kit.lexicon.calendar.holidays`)
    the model tagged as an event, in part ("Good | Friday"), as a person or a name of no known
    kind inside it (:data:`HOLIDAY_MISTAKEN`: "el Martes Santo", "el Jueves Santo", a weekday
    and a word read as a given name and a family name) or not at all ("on Good
    Friday", "New Year's Day"), written with a capital, not one that starts a longer
    name ("the Good Friday Agreement", "the 1998 Good Friday agreement", "Northern
    Ireland's Good Friday agreement", "Easter Island"; a noun of ``holiday_units``
    after it keeps it a date: "the Easter weekend") nor one inside another entity (a
    DATE already holding it: "Easter weekend"). Also the holiday names that are part of
    a name the model tagged as a date ("the Good Friday peace agreement"): no date."""
    from spacy.tokens import Span

    by_first = _holiday_words(doc.lang_)
    if not by_first:
        return [], []
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    owners = words_or("articles", doc.lang_, frozenset())  # "the | Good Friday agreement"
    units = words_or("holiday_units", doc.lang_, frozenset())  # "the Easter weekend": still a date
    lowers = [t.lower_.replace("\u2019", "'") for t in doc_tokens(doc)]
    found: list[Span] = []
    in_names: list[Span] = []
    for i, first in enumerate(lowers):
        for name in by_first.get(first, ()):
            end = i + len(name)
            if tuple(lowers[i:end]) != name or not doc[i].text[:1].isupper() \
                    or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
                continue  # not "a good Friday", nor "Easter Island"
            inside = {owner[k] for k in range(i, end) if k in owner}
            j = i - 1 - (i > 1 and doc[i - 1].like_num)  # "the 1998 Good Friday agreement"
            named = j >= 0 and (doc[j].lower_ in owners or doc[j].text in POSSESSIVE) and end < len(doc) \
                and doc[end].pos_ == "NOUN" and doc[end].lower_ not in units  # "the Good Friday agreement": a name
            dates = all(e.label_ == "DATE" and i <= e.start and e.end <= end for e in inside)
            if named and inside and dates:
                in_names.append(Span(doc, i, end))
            elif not named and all(e.label_ == "EVENT" and i - 1 <= e.start and e.end <= end + 1
                                   or e.label_ in ("DATE", *HOLIDAY_MISTAKEN) and i <= e.start and e.end <= end
                                   for e in inside) \
                    and not (found and found[-1].end > i):
                found.append(Span(doc, i, end, label="DATE"))
            break
    return found, in_names


@lexicon_cache
def _holiday_words(lang: str) -> dict[str, list[tuple[str, ...]]]:
    """The holiday names of ``lang`` as the tokenizer splits them ("new", "year", "'s",
    "day"), by first word, longest first."""
    from kit.lexicon.calendar import holidays

    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in holidays(lang):
        split = tuple(re.findall(r"'s|\w+|[^\w\s]", name))
        by_first.setdefault(split[0], []).append(split)
    return {first: sorted(names, key=len, reverse=True) for first, names in by_first.items()}


def _taken(*groups: Iterable[Span]) -> set[int]:
    """The token indices the spans of ``groups`` cover (entities, titles)."""
    return {i for spans in groups for span in spans for i in range(span.start, span.end)}


def _capitalised_run(doc: Doc, i: int, taken: set[int], stop: frozenset[str]) -> int:
    """Where a run of up to four capitalised proper nouns from token ``i`` ends, outside
    ``taken`` and before a word of ``stop`` (an organisation's or a place's word)."""
    j = i
    while j < len(doc) and j - i < 4 and j not in taken and doc[j].pos_ == "PROPN" \
            and _name_word(doc[j].text) and doc[j].lower_ not in stop:
        j += 1
    return j


def _name_word(text: str) -> bool:
    """A capitalised word of letters, an apostrophe inside it allowed ("Wetang'ula", "O'Neill")."""
    letters = text.replace("'", "").replace("\u2019", "")
    return letters.isalpha() and text[:1].isupper() and text[-1:].isalpha() and (
        text.istitle() or letters != text)


def _named_after_a_title(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """PERSON spans for names of two or three capitalised words the model left untagged
    right after a title ("Foreign Minister Moses Nyong'era and ..."), where the name
    ends: a punctuation mark, a conjunction, a preposition, a verb or a possessive. Not
    a country, nor a name with an organisation's or a place's word ("Prime Minister
    Office")."""
    from spacy.tokens import Span

    from kit.extract.titles import lexicon

    taken = _taken(ents, titles)
    stop, countries = _org_words() | words_in_any("place_nouns"), _countries()
    pattern, calendar = lexicon().pattern, _calendar_names()
    found: list[Span] = []
    for title in titles:
        i, sentence = title.end, title.sent
        words_ = [t for t in sentence if t.is_alpha and len(t) > 3]
        unended = not any(t.text in (".", "!", "?", '"', "”") for t in sentence[-2:])
        if unended and len(words_) > 2 and sum(t.is_title for t in words_) > 0.6 * len(words_):
            continue  # "Prime Minister Urges Calm After Attack": a headline's capitals, no full stop
        j = _capitalised_run(doc, i, taken, stop)
        ends = j >= len(doc) or doc[j].is_punct or doc[j].pos_ in ("CCONJ", "ADP", "VERB", "AUX", "PART")
        plain = all(not pattern.fullmatch(t.text) and t.lower_ not in calendar for t in doc[i:j])
        if 2 <= j - i <= 3 and ends and plain and doc[i:j].text.lower() not in countries:
            found.append(Span(doc, i, j, label="PERSON"))
            taken.update(range(i, j))
    return found


REGNAL_MISTAKES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
"""Labels the model gives a regnal title and a name ("King Osk" tagged GPE): a person's."""


def _regnal_name_end(doc: Doc, i: int, taken: set[int]) -> int:
    """Where a regnal name ends after a capitalised title of ``regnal_titles`` at token ``i``
    ("King | Osk II", "Crown Prince | Osk", in an English text): one or two capitalised
    words outside ``taken``, no country, month, title or place's word (:func:`_place_words`),
    then a regnal number or not, before no capitalised word ("King Osk University", "King Osk
    Airport" are places' names); ``i`` if none does."""
    if doc.lang_ != DEFAULT_LANG or not doc[i].is_title:
        return i
    regnal = max((len(t.split()) for t in words("regnal_titles")
                  if doc[i:i + len(t.split())].text.lower() == t), default=0)
    if not regnal:
        return i
    from kit.extract.titles import lexicon

    pattern, calendar, countries = lexicon().pattern, _calendar_names(), _countries()
    start = j = i + regnal
    while j < len(doc) and j - start < 2 and j not in taken and _name_word(doc[j].text) \
            and not pattern.fullmatch(doc[j].text) and doc[j].lower_ not in calendar \
            and doc[j].lower_ not in countries and doc[j].lower_ not in _org_words() \
            and doc[j].lower_ not in _place_words():
        j += 1
    if j == start:
        return i
    if j < len(doc) and j not in taken and ORDINAL.fullmatch(doc[j].text):
        j += 1  # "Osk | II"
    return j if j >= len(doc) or not doc[j].text[:1].isupper() else i  # not "King Osk | University"


ORDINAL = re.compile(r"[IVX]+")
"""A regnal number ("II", "XVI")."""


def _named_after_a_regnal_title(doc: Doc, ents: Sequence[Span], titles: list[Span],
                                honorifics: list[Span]) -> list[Span]:
    """PERSON spans for regnal names the model left untagged after a capitalised regnal
    title ("made up of King Osk II of Tarn and ...": :func:`_regnal_name_end`), trimmed as
    any name (:func:`kit.nlp.names.trim_name`: the title joins ``titles``)."""
    from spacy.tokens import Span

    taken = _taken(ents, titles, honorifics)
    found: list[Span] = []
    for i in range(len(doc)):
        if i in taken:
            continue
        end = _regnal_name_end(doc, i, taken)
        if end > i:
            name = trim_name(doc, i, end, "PERSON")
            if name.start > i:
                titles.extend(Span(doc, s, e, label="TITLE") for s, e in name.titles)
                found.append(Span(doc, name.start, name.end, label="PERSON"))
                taken.update(range(i, end))
    return found


def _named_again(doc: Doc, ents: Sequence[Span]) -> list[Span]:
    """PERSON spans for the words of a person's name of two or more words that the Doc
    tags elsewhere and the model left untagged here, outside any entity or title."""
    from spacy.tokens import Span

    names = {tuple(t.text for t in e) for e in ents if e.label_ == "PERSON" and len(e) >= 2
             and all(t.is_alpha or t.text == "-" or _name_word(t.text) for t in e)}
    if not names:
        return []
    taken = _taken(ents, doc.spans.get("titles", []))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    found: list[Span] = []
    texts = doc_texts(doc)  # one Token object per word, not one per look
    i = 0
    while i < len(doc):
        for name in sorted(by_first.get(texts[i], ()), key=len, reverse=True):
            end = i + len(name)
            if end <= len(doc) and texts[i:end] == name \
                    and not taken & set(range(i, end)) \
                    and not (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
                found.append(Span(doc, i, end, label="PERSON"))
                i = end - 1
                break
        i += 1
    return found


def _other_bearers(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """PERSON spans for a given name and a surname the model left untagged where the Doc
    tags that surname alone ("NAIROBI — Ouma | Wandera was sworn in" beside "Wandera said"
    and "his father, Mzee Ochola Wandera"): the name is someone's, so the lone surname
    is no longer the one full name's. An honorific before the untagged surname ("Mr Odek and Mr
    Lual signed" beside "Mr Odek, a farmer,") is no given name: the surname alone is the
    PERSON there. The given name is a capitalised proper noun in no
    entity or title, no stopword, no organisation's or facility's word, and no place,
    demonym or calendar word; the surname is no place."""
    from spacy.tokens import Span

    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and _name_word(e.text)
                and name_key(e.text) not in place_keys() and name_key(e.text) not in _countries()}
    if not surnames:
        return []
    taken = _taken(ents, titles, doc.spans.get("titles", ()), doc.spans.get("honorifics", ()))
    # stopwords, and the words of bodies and facilities ("Embassy | Khartoum"): no given name
    other = words_or("stopwords", doc.lang_, frozenset()) | _org_words() | words_or(
        "facility_nouns", doc.lang_, frozenset())
    found = []
    words = doc_tokens(doc)
    for i in range(1, len(doc)):
        word, given = words[i], words[i - 1]
        if word.text not in surnames or i in taken or i - 1 in taken:
            continue
        if only_honorifics(doc, i - 1, i):  # "Mr | Kiir": no given name, the surname the Doc tags alone
            found.append(Span(doc, i, i + 1, label="PERSON"))
            continue
        if given.pos_ != "PROPN" or not _name_word(given.text) or given.lower_ in other or len(given) < 2 \
                or _lexicon_word(given):
            continue
        if i - 2 >= 0 and i - 2 not in taken and doc[i - 2].pos_ == "PROPN" and _name_word(doc[i - 2].text):
            continue  # a longer run of names: not read here
        found.append(Span(doc, i - 1, i + 1, label="PERSON"))
    return found


def _listed_beside_people(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """PERSON spans for names of two or three capitalised words the model left untagged
    right after a person's full name and a comma or a conjunction ("the separatist leaders
    Alexander Zhuravko and Igor Plotnev"): a list that names people goes on with
    people. Not a country, a name with an organisation's or a place's word ("Tigray
    Region"), one that modifies a noun ("Donetsk Oblast officials"), or a longer run of
    capitals."""
    from spacy.tokens import Span

    taken = _taken(ents, titles)
    org, joins, countries = _org_words(), words_in_any("conjunctions"), _countries()
    place_nouns = words_in_any("place_nouns")
    found: list[Span] = []
    queue = deque(e for e in ents if e.label_ == "PERSON" and len(e) >= 2)
    while queue:
        ent = queue.popleft()
        comma = ent.end < len(doc) and doc[ent.end].text == ","
        i = ent.end + int(comma)
        joined = i < len(doc) and doc[i].lower_ in joins
        i += int(joined)
        if i == ent.end:
            continue
        j = _capitalised_run(doc, i, taken, org)
        # after a comma alone the list must go on ("A, B and C"): "By A, Political Correspondent"
        goes_on = joined or (j < len(doc) and (doc[j].text == "," or doc[j].lower_ in joins))
        noun_after = j < len(doc) and doc[j].pos_ == "NOUN"  # "Donetsk Oblast | officials": a modifier
        places = any(t.lower_ in place_nouns for t in doc[i:j])  # "Tigray Region", "Mount Paektu"
        if 2 <= j - i <= 3 and goes_on and not noun_after and not places \
                and not (j < len(doc) and doc[j].is_title and doc[j].is_alpha) \
                and doc[i:j].text.lower() not in countries:
            span = Span(doc, i, j, label="PERSON")
            found.append(span)
            taken.update(range(i, j))
            queue.append(span)  # "A, B and C"
    return found


def _listed_before_people(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """PERSON spans for a name of two or three capitalised words that opens a list of people:
    after a punctuation mark, a conjunction or nothing, then a comma, a person's full name, a
    comma or a conjunction and another person's ("three commanders: Tamba Kirovo, Lena Marsk
    and Ivo Dunhal"). The name is one the model left untagged, or tagged as a place, an
    organisation or MISC; it is no place, country or demonym of the lexicons, has no
    organisation's or place's word, and is no body's name."""
    from spacy.tokens import Span

    persons = {e.start: e for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    by_end = {e.end: e for e in ents}
    taken = _taken(ents, titles)
    joins = words_in_any("conjunctions")
    stop = _org_words() | words_in_any("place_nouns")
    found: list[Span] = []
    for start, person in persons.items():
        comma, k = start - 1, person.end
        if comma < 2 or doc[comma].text != ",":
            continue
        k += int(k < len(doc) and doc[k].text == ",")
        k += int(k < len(doc) and doc[k].lower_ in joins)
        if k == person.end or k not in persons:
            continue  # the list goes on with another person
        ent = by_end.get(comma)
        if ent is not None:
            i = ent.start
            if ent.label_ not in ("GPE", "LOC", "ORG", "MISC") or not _shaped_like_a_name(ent) \
                    or _named_like_a_body(ent) or any(t.lower_ in stop for t in ent):
                continue
        else:
            i = comma
            while i > 0 and comma - i < 3 and i - 1 not in taken and doc[i - 1].pos_ == "PROPN" \
                    and _name_word(doc[i - 1].text) and doc[i - 1].lower_ not in stop:
                i -= 1
        before = doc[i - 1] if i > 0 else None
        opens = before is None or before.is_punct or before.lower_ in joins or bool(doc[i].is_sent_start)
        name = doc[i:comma]
        if 2 <= len(name) <= 3 and opens and all(_capital_word(t) for t in name) \
                and name_key(name.text) not in place_keys() and name_key(name.text) not in _countries() \
                and name_key(name.text) not in demonym_keys():
            found.append(Span(doc, i, comma, label="PERSON"))
    return found


def _named_before_a_role(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """PERSON spans for names of two or three capitalised words the model left untagged
    right before an apposition that gives a role ("In Luhansk, Igor Plotnev, the
    leader of the self-proclaimed republic, said"): a comma, a determiner, at most two
    lower-case words, a title of the lexicon, then "of", a comma or another
    preposition. Not a name with an organisation's or a place's word, nor a country."""
    from spacy.tokens import Span

    from kit.extract.titles import lexicon

    taken = _taken(ents, titles)
    stop, countries = _org_words() | words_in_any("place_nouns"), _countries()
    openers = words_in_any("articles") | words_in_any("determiners")
    after = words_in_any("of_preps") | words_in_any("role_preps") | {","}
    pattern = lexicon().pattern
    found: list[Span] = []
    i = 0
    while i < len(doc):
        j = _capitalised_run(doc, i, taken, stop)
        if not 2 <= j - i <= 3 or (i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha) \
                or j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in openers \
                or doc[i:j].text.lower() in countries:
            i = max(j, i + 1)
            continue
        for k in range(j + 2, min(j + 5, len(doc))):  # the title's last word
            words_ = doc[j + 2:k + 1]
            if any(not t.is_lower for t in words_[:-1]) or k + 1 >= len(doc):
                break
            if pattern.fullmatch(words_[-1].text) or pattern.fullmatch(words_.text):
                if doc[k + 1].lower_ in after:
                    found.append(Span(doc, i, j, label="PERSON"))
                break
        i = j
    return found


def _ranked_in_apposition(doc: Doc, ents: Sequence[Span], titles: Sequence[Span]) -> list[Span]:
    """PERSON spans for a rank or honorific and one capitalised name, tagged ORG by the
    model or left untagged, set off by a comma from a title of the lexicon: a title's
    phrase before it ("The national police chief, General Sutarno, said") or an apposition
    after it ("General Osmar, the armed forces chief, said"). One name is a person's
    where a title stands beside it; not a rank run into a body ("General Assembly"), nor
    one with no title beside it ("General Motors, the carmaker, said")."""
    from spacy.tokens import Span

    from kit.extract.titles import lexicon

    pattern = lexicon().pattern
    stop, countries = _org_words() | words_in_any("place_nouns"), _countries()
    taken = _taken([e for e in ents if e.label_ != "ORG"], titles)
    found: list[Span] = []
    starts = name_prefix_starts()
    for i in [i for i, t in enumerate(doc_tokens(doc)[:-2]) if t.lower_.rstrip(".") in starts]:  # a rank can open here
        k = i + rank_at(doc, i, min(i + 6, len(doc)))  # the name's one word
        if k == i or k + 1 >= len(doc) or doc[k + 1].text != "," or taken & set(range(i, k + 1)) \
                or (i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha):
            continue
        word = doc[k]
        if not (_capital_word(word) and _name_word(word.text)) or word.lower_ in stop \
                or name_key(word.text) in countries or name_key(word.text) in place_keys() \
                or pattern.fullmatch(word.text) or any(
                    e.label_ == "ORG" and e.start < k + 1 and i < e.end and (e.start, e.end) not in ((i, k + 1), (k, k + 1))
                    for e in ents):
            continue
        if _title_apposition_after(doc, k + 1, pattern) or (i > 0 and _title_phrase_before(doc, i - 1, pattern)):
            found.append(Span(doc, i, k + 1, label="PERSON"))
    return found


def _title_apposition_after(doc: Doc, comma: int, pattern: re.Pattern[str]) -> bool:
    """Whether an apposition that ends in a title of the lexicon follows the comma at
    ``comma``: an article or a possessor ("Velmar's"), at most three words in lower case,
    the title, then a comma, a full stop, a conjunction or a preposition (", the armed
    forces chief,", ", the army commander and defence minister,")."""
    i = comma + 1
    if i < len(doc) and doc[i].lower_ in words_in_any("articles") | {"a", "an"}:
        i += 1
    elif i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE:
        i += 2
    else:
        return False
    ends = words_in_any("of_preps") | words_in_any("role_preps") | words_in_any("conjunctions") | {",", "."}
    for t in doc[i:min(i + 4, len(doc) - 1)]:
        if _holds_a_title(doc[i:t.i + 1], pattern, ending=True):
            return doc[t.i + 1].lower_ in ends
        if not t.is_lower:
            return False
    return False


def _holds_a_title(phrase: Span, pattern: re.Pattern[str], ending: bool = False) -> bool:
    """Whether some words of ``phrase`` are a title of the lexicon ("armed forces | chief",
    "police chief"); with ``ending``, words that end it."""
    ends = (len(phrase),) if ending else range(len(phrase), 0, -1)
    return any(pattern.fullmatch(phrase[a:b].text) for b in ends for a in range(b))


def _title_phrase_before(doc: Doc, comma: int, pattern: re.Pattern[str]) -> bool:
    """Whether the comma at ``comma`` closes a phrase that opens its sentence or follows
    punctuation, begins with an article or holds a possessive, holds a title of the lexicon
    and no finite verb: the office of the name after the comma ("The commander of the
    armed forces, General X", "Velmar's army chief, General X"). Not "On Monday, General X"."""
    if comma < 1 or doc[comma].text != ",":
        return False
    start = comma - 1
    while start > 0 and not doc[start].is_sent_start and not doc[start - 1].is_punct:
        start -= 1
    phrase = doc[start:comma]
    return len(phrase) <= 8 and (phrase[0].lower_ in words_in_any("articles") or any(
        t.text in POSSESSIVE for t in phrase)) and _holds_a_title(phrase, pattern) \
        and not any("Fin" in t.morph.get("VerbForm", []) for t in phrase)


def _family_name_apart(doc: Doc, person: Span, ent: Span) -> bool:
    """``ent``, right after the PERSON ``person`` with only a space between, is one
    capitalised word of four letters or more the model tagged ORG that names no body,
    country or initials and modifies no noun: the end of the person's name ("Mayor Ana Lucia |
    Marquez-Ibarra", "Reza Karimi | Tabrizi")."""
    text = ent.text
    return (person.end == ent.start and doc[ent.start - 1].whitespace_ == " "
            and " " not in text and len(text) >= 4 and text[:1].isupper() and any(c.islower() for c in text)
            and not _named_like_a_body(ent) and name_key(text) not in _countries()
            and not _modifies_a_noun(ent))


def _modifies_a_noun(ent: Span) -> bool:
    """``ent`` modifies a noun after it ("the | Houthi | military spokesman"): a
    name used as an adjective, not a person's short name ("Abiy's adviser")."""
    root = ent.root
    return root.dep_ in ("compound", "amod") and root.head.i >= ent.end


def _names_a_group(doc: Doc, ent: Span, ents: Sequence[Span]) -> bool:
    """``ent`` is one word that modifies the lower-case ``org_kind_nouns`` word right
    after it ("whose Orvak faction", "the Orvak movement") and no word of a person's name
    of two or more words among ``ents``: the name of a group, not a person's ("the Velkor
    faction" beside "Tamas Velkor" stays his)."""
    if len(ent) != 1 or ent.end >= len(doc) or not _modifies_a_noun(ent):
        return False
    noun = doc[ent.end]
    return noun.is_lower and noun.lower_ in words_or("org_kind_nouns", doc.lang_, frozenset()) and not any(
        e.label_ == "PERSON" and len(e) > 1 and ent.text in e.text.split() for e in ents)


def _after_a_group_noun(doc: Doc, ent: Span) -> bool:
    """``ent`` of one to three words comes right after a lower-case ``group_name_nouns``
    word that an article opens ("el movimiento | Hamás", "the group | Osk Dawn"): the
    group's name, not a person's ("the group's leader, X" has no article before the name's
    noun right before it; "the movement X founded": X is the subject of a clause that
    hangs from the noun, a person)."""
    if ent.start < 2 or len(ent) > 3:
        return False
    noun, article = doc[ent.start - 1], doc[ent.start - 2]
    clause = ent.root.head
    if ent.root.dep_.startswith("nsubj") and clause.dep_ in ("relcl", "acl") and clause.head.i == noun.i:
        return False
    return noun.is_lower and noun.lower_ in words_or("group_name_nouns", doc.lang_, frozenset()) \
        and article.lower_ in words_or("articles", doc.lang_, frozenset()) | words_in_any("contracted_articles")


def _listed_with_places(doc: Doc, before: Sequence[Span], ent: Span) -> bool:
    """``ent`` ends a list of at least two places ("Hodeidah, Salif and Ras Isa"): the
    two entities before it are GPE or LOC, with only commas and a conjunction between;
    not a name after a list the conjunction closed ("of Russia, Turkey and Iran, Sergei
    Lavrov, ...": what follows is an apposition)."""
    links = {",", "or", *words_or("conjunctions", doc.lang_)}
    if len(before) < 2 or any(e.label_ not in ("GPE", "LOC") for e in before[-2:]):
        return False
    a, b = before[-2:]
    between = doc[a.end:b.start]
    closed = any(t.lower_ in links - {","} for t in between)  # "Turkey and Iran |, Sergei Varlamin": a list ended
    return all(t.lower_ in links for t in between) and b.end < ent.start \
        and all(t.lower_ in links for t in doc[b.end:ent.start]) \
        and not (closed and all(t.text == "," for t in doc[b.end:ent.start]))


def _place_before_name(doc: Doc, ent: Span) -> int:
    """How many first words of the PERSON ``ent`` are a place the model ran into the
    name ("en | Caracas Jorge Benavente"): a country, capital or subdivision of the
    lexicons right after a ``place_preps`` word or after a one-word title's preposition of
    "of" (the title's place: "el dirigente de | Chuquisaca Ana Ruiz"), with a name of two
    words or more after it; or after a one-word ``representing_preps`` ("participaron por |
    Lisboa Tomás Ferrer") when the Doc names that place on its own elsewhere, and no
    participle comes before the word, which then says by whom ("firmado por | Victoria
    Ferrer Ruiz")."""
    if ent.start == 0:
        return 0
    before = doc[ent.start - 1]
    placed = before.lower_ in words_or("place_preps", doc.lang_, frozenset()) or _after_a_title_s_of(doc, ent)
    speaking = not placed and before.lower_ in words_or("representing_preps", doc.lang_, frozenset()) \
        and not (ent.start > 1 and "Part" in doc[ent.start - 2].morph.get("VerbForm", []))
    if not placed and not speaking:
        return 0
    for size in (3, 2, 1):
        key = name_key(doc[ent.start:ent.start + size].text)
        if len(ent) - size >= 2 and key in place_keys() and (placed or any(
                name_key(e.text) == key for e in doc.ents if e.label_ in ("GPE", "LOC") and e.start != ent.start)):
            return size
    return 0


def _addressed(doc: Doc, ent: Span) -> bool:
    """A PERSON with an honorific or a title before its name ("went to Gen Ada Obi",
    "to Mr Obi"): a person, whatever the words around it say of places. A place's name
    may open with a rank or title written out ("flew to General Santos", "to Bishop
    Auckland"): one word after a full word, or a city of the lexicon, is no address;
    an abbreviated honorific ("Gen", "Mr": one ``honorifics`` also lists with its dot)
    or a name of two words is."""
    name = trim_name(doc, ent.start, ent.end, "PERSON")
    marks = ([name.honorifics] if name.honorifics else []) + name.titles
    if not marks:
        return False
    first = min(start for start, _ in marks)
    if city_of(doc[first:name.end].text) is not None:  # the cities table is read in every language
        return False
    listed = words("honorifics")
    abbreviated = any(f"{t.lower_.rstrip('.')}." in listed for s, e in marks for t in doc[s:e])
    return abbreviated or name.end - name.start > 1


def _gone_to_or_from(ent: Span) -> bool:
    """A PERSON someone goes to or comes from ("withdraw from Hodeidah and its port, as
    well as from Taiz"): the object of "to"/"from"/"into" under a ``motion_verbs`` verb."""
    root = ent.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:  # "... as well as | from Taiz"
        prep = prep.head
    verb = prep.head
    for _ in range(3):  # "withdraw ..., as well as | from": up over the coordination
        if verb.pos_ == "VERB" or verb.dep_ not in ("conj", "cc", "advmod") or verb.head.i == verb.i:
            break
        verb = verb.head
    return prep.lower_ in {"to", "from", "into"} and verb.lemma_.lower() in words("motion_verbs")


def _after_a_place_noun(doc: Doc, ent: Span) -> bool:
    """``ent`` follows a lower-case ``place_nouns`` word, right after it ("the port town
    X", "la colonia X") or after its "of"/"de"/"del" ("the village of X", "la localidad de X");
    or a lower-case ``street_nouns`` word and its "of" ("una calle de X": the street is in the
    place X; a street's own name right after its noun is read apart: ``names_a_street``)."""
    k = ent.start - 1
    of = k > 0 and doc[k].lower_ in ("of", "de", "del")
    if of:
        k -= 1
    nouns = words_in_any("place_nouns") | (words_in_any("street_nouns") if of else frozenset())
    return k >= 0 and doc[k].is_lower and doc[k].lower_ in nouns


def _called_a_place(doc: Doc, ent: Span) -> bool:
    """A PERSON the apposition after it calls a place ("Taiz, the besieged city in the
    southwest"): ", the" or ", a", then within four words a ``place_nouns`` word."""
    k = ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in words("articles") | {"a", "an"}:
        return False
    nouns = words("place_nouns")
    for t in doc[k + 2:min(k + 6, len(doc))]:
        if t.lower_ in nouns and t.dep_ not in ("compound", "amod", "nmod"):  # not "a city councillor"
            return True
        if t.is_punct:
            return False
    return False


def _person_word_starts(ents: Sequence[Span]) -> dict[str, set[int]]:
    """Each word of a PERSON among ``ents`` (as written) -> where the PERSONs holding it
    start: whether the model names someone with a word elsewhere, read once per Doc."""
    found: dict[str, set[int]] = {}
    for ent in ents:
        if ent.label_ == "PERSON":
            for word in ent.text.split():
                found.setdefault(word, set()).add(ent.start)
    return found


def _a_person_elsewhere(word: str, start: int, person_at: dict[str, set[int]]) -> bool:
    """The model tags a PERSON holding ``word`` other than the one at ``start``."""
    return bool(person_at.get(word, set()) - {start})


def _two_names_joined(doc: Doc, ent: Span, person_at: dict[str, set[int]], title_ends: set[int]) -> int | None:
    """Where the conjunction of a PERSON that holds two people's names joined by it
    ("El papa Lino y Mara Ventel", "Ana Osk and Mara Ventel") stands: each side is a
    name, i.e. its last word is a word of another PERSON of the Doc, or, for the first
    side, a title (the lexicon's, a regnal one among them) opens it or ends right before it. Not a name with "y" between two
    family names ("Ramiro Cuadra y Pineda": "Pineda" names no one else, or only the same
    name written again, "Cuadra y Pineda", its conjunction and side together)."""
    conjunctions = words_or("conjunctions", doc.lang_)
    joins = [t.i for t in ent[1:-1] if t.lower_ in conjunctions]
    if len(joins) != 1:
        return None
    k = joins[0]
    first, second = doc[ent.start:k], doc[k + 1:ent.end]
    if not (_capital_word(first[-1]) and _capital_word(second[0])):
        return None

    def elsewhere(part: Span) -> bool:
        if not _a_person_elsewhere(part[-1].text, ent.start, person_at):
            return False
        joined = [doc[k].lower_, *(t.lower_ for t in part)] if part.start == k + 1 else [part[-1].lower_, doc[k].lower_]
        return any(e.label_ == "PERSON" and e.start != ent.start and part[-1].text in e.text.split()
                   and not _holds(e, joined) for e in doc.ents)  # "Cuadra y Pineda" again: the same name

    if not elsewhere(second):
        return None
    titled = ent.start in title_ends or bool(trim_name(doc, ent.start, k, "PERSON").titles) \
        or ent.start in _title_ends(doc, None) or (ent.start > 0 and doc[ent.start - 1].lower_ in _one_word_offices())
    return k if elsewhere(first) or titled else None


SPACED_DASHES = frozenset({"-", "\u2013", "\u2014"})  # between spaces: no hyphen inside a name


def _dash_between_names(doc: Doc, ent: Span) -> int | None:
    """Where the dash of a PERSON that runs across a dash written between spaces stands,
    capitalised words on each side ("Photo: Ana Roe - Jana Roe at the palace": a caption's
    credit, then whom it shows): a name never runs across a spaced dash, and each side is one
    ("Ana Roe-Doe" is one name, its hyphen inside a word)."""
    dashes = [t.i for t in ent[1:-1] if t.text in SPACED_DASHES and t.whitespace_ and doc[t.i - 1].whitespace_]
    if len(dashes) != 1:
        return None
    k = dashes[0]
    return k if _capital_word(doc[k - 1]) and _capital_word(doc[k + 1]) else None


def _holds(ent: Span, words: list[str]) -> bool:
    """Whether ``ent``'s words (lower case) hold ``words`` in a row."""
    lower = [t.lower_ for t in ent]
    return any(lower[i:i + len(words)] == words for i in range(len(lower) - len(words) + 1))


def _names_a_facility(doc: Doc, ent: Span, person_at: dict[str, set[int]]) -> bool:
    """A one-word PERSON after an article that opens a building's name, a ``facility_nouns``
    word after it with at most two lower-case nouns between ("the Kléber conference centre",
    "the Mandela hall"), and that the text names as no person elsewhere: the name of the
    place, not a person ("the Obama aide" is no facility; "the Varek camp" beside "Varek
    said" stays Varek)."""
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ not in words_or("articles", doc.lang_, frozenset()):
        return False
    facilities = words_or("facility_nouns", doc.lang_, frozenset())
    for t in doc[ent.end:min(ent.end + 3, len(doc))]:
        if t.lower_ in facilities:
            break
        if not (t.is_lower and t.is_alpha and t.pos_ == "NOUN"):
            return False
    else:
        return False
    return not _a_person_elsewhere(ent.text, ent.start, person_at)


def _plural_name(doc: Doc, ent: Span) -> bool:
    """A one-word PERSON in the plural after an article ("the Houthis", "the
    Kurds"): the model's person is a people or a movement."""
    word = ent[0]
    return (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in words("articles")
            and word.is_title and word.text.endswith("s") and not word.text.endswith("ss"))


#: tags of a word after a noun phrase's head: a name before a noun modifies it ("the Obi team")
_AFTER_A_HEAD = frozenset({"PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "ADV", "PART"})


def _people_s_name(doc: Doc, ent: Span, person_at: dict[str, set[int]]) -> bool:
    """A one-word PERSON after an article that heads its phrase, no noun after it ("signed
    for the Velmari, whose war", "the Osk of the south"), and is no word of a person the
    model names elsewhere in the Doc: a people, as "the Kurds" is (:func:`_plural_name`);
    a person's one name is written without the article. An honorific is no people ("the
    Sheikh, Ada Obi, left": the person the apposition names)."""
    word = ent[0]
    after = doc[ent.end] if ent.end < len(doc) else None
    return (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in words("articles")
            and word.is_title and word.is_alpha and (after is None or after.pos_ in _AFTER_A_HEAD)
            and not _a_person_elsewhere(word.text, ent.start, person_at)
            and not only_honorifics(doc, ent.start, ent.end))


def _hyphened_acronym(doc: Doc, ent: Span) -> tuple[int, int] | None:
    """The span of initials joined by hyphens with no space that ``ent``, initials itself, is
    a part of ("CNDD-FDD", "VMRO-DPMNE", which the tokenizer splits at the hyphen), when it
    is longer than ``ent``; else None. A country's or a body's initials are a name of their
    own, the pair two sides ("US-UK talks", "the AU-UN force")."""
    def initials(token: Token) -> bool:
        return token.is_alpha and token.is_upper and len(token) > 1 \
            and name_key(token.text) not in _countries() and body_of(token.text) is None

    def glued(hyphen: Token) -> bool:
        return hyphen.text in HYPHENS and not hyphen.whitespace_ and not doc[hyphen.i - 1].whitespace_

    if not all(initials(t) or glued(t) for t in ent):
        return None
    start, end = ent.start, ent.end
    while start >= 2 and glued(doc[start - 1]) and initials(doc[start - 2]):
        start -= 2
    while end + 1 < len(doc) and glued(doc[end]) and initials(doc[end + 1]):
        end += 2
    return (start, end) if (start, end) != (ent.start, ent.end) else None


def _glued_initials(doc: Doc, ent: Span) -> bool:
    """Whether a hyphen with no space around it joins a word of ``ent`` to initials
    ("Zanu-PF", "MDC-Tsvangirai") and no other capitalised word is in ``ent``: a party's
    name, since no person's name has initials glued to a word. With a capitalised word
    beside it, the capitals are a person's name written in them ("Ahmedou OULD-BALLA",
    "Jean-YVES Moreau", as French and West African papers write a family name)."""
    glued = [t.i for t in ent if t.text in HYPHENS and not t.whitespace_ and not doc[t.i - 1].whitespace_
             and ent.start < t.i < ent.end - 1
             and (is_initials(doc[t.i - 1].text) or is_initials(doc[t.i + 1].text))]
    return bool(glued) and not any(_capital_word(t) for t in ent
                                   if all(abs(t.i - i) > 1 for i in glued))


def _given_names_after_a_title(doc: Doc, ent: Span, taken: set[int], ends: set[int]) -> int | None:
    """Where the PERSON ``ent`` starts once the given names NER left out between a title
    and it are in: one or two capitalised words of no entity (``taken``: the tokens the
    Doc's entities cover), no honorific and no title's, right after a title's end (``ends``)
    and right before ``ent`` ("NATO Secretary General | Mara Lin | Ventel" is Mara Lin
    Ventel); None if there are none."""
    for first in (ent.start - 1, ent.start - 2):
        words = doc[max(first, 0):ent.start]
        if first < 1 or not all(_capital_word(t) and t.i not in taken and not only_honorifics(doc, t.i, t.i + 1)
                                for t in words):
            return None
        if first in ends:
            return first
    return None


def _saint_in_a_feast(doc: Doc, ent: Span) -> bool:
    """Whether the PERSON ``ent`` is a saint's name (``saint_words`` at its start or right
    before it: "St", "Saint") that names a feast: after a ``feast_nouns`` word and "of"
    ("the feast of St Osk") or before a capitalised one, a possessive between or not, in
    ``ent`` or after it ("St Osk's Day", "St Osk Day"). No person in the story."""
    saints, feasts = words_or("saint_words", doc.lang_, frozenset()), words_or("feast_nouns", doc.lang_, frozenset())
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ in saints else ent.start
    if doc[start].lower_ not in saints or not _capital_word(doc[start]):
        return False
    of = start >= 2 and doc[start - 1].lower_ in words_or("of_preps", doc.lang_) \
        and doc[start - 2].lower_ in feasts
    k = ent.end - 1 if ent.end - start > 2 and doc[ent.end - 1].lower_ in feasts else ent.end
    k += 1 if k < len(doc) and doc[k].text in POSSESSIVE else 0
    return of or (k < len(doc) and doc[k].lower_ in feasts and _capital_word(doc[k]))


def _saint_named_place(doc: Doc, ent: Span) -> bool:
    """Whether the PERSON ``ent`` opens with a capitalised ``place_saint_words`` word of the
    Doc's language ("San", "Santa") and a capitalised name after it: in a language that names
    its towns, bases and districts after saints, such a name in the news is a place's ("la
    base de San Osk", "San Osk podría bombardear la ciudad"), not a person's."""
    first = doc[ent.start]
    return len(ent) > 1 and first.is_title and doc[ent.start + 1].text[:1].isupper() \
        and first.lower_ in words_or("place_saint_words", doc.lang_, frozenset())


def _named_operation(doc: Doc, ent: Span) -> bool:
    """Whether the PERSON ``ent`` is the name of an operation: an ``operation_nouns`` word opens
    it, with a name after ("la operación Tarn-Osk" tagged whole), or stands right before it
    written with a capital ("Operation Tarn Osk") or before a name joined by a hyphen ("la
    operación | Tarn-Osk", one word). Not a name after the noun in lower case otherwise ("the
    operation Ana Ruiz led", "the operation Jean-Luc Arvelo led"): a person may follow it.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Troops began Operation Tarn Osk and the operation Ana Ruiz led")
    >>> _named_operation(doc, Span(doc, 3, 5, "PERSON")), _named_operation(doc, Span(doc, 8, 10, "PERSON"))
    (True, False)
    >>> doc = spacy.blank("en")("They praised the operation Jean-Luc Arvelo led and the operation Tarn-Osk")
    >>> _named_operation(doc, Span(doc, 4, 8, "PERSON")), _named_operation(doc, Span(doc, 12, 15, "PERSON"))
    (False, True)
    """
    nouns = words_in_any("operation_nouns")
    if doc[ent.start].lower_ in nouns:
        return ent.end - ent.start > 1
    if ent.start == 0 or doc[ent.start - 1].lower_ not in nouns:
        return False
    whole = ent.text
    return _capital_word(doc[ent.start - 1]) or (  # one hyphen-joined word: not "Jean-Luc Arvelo"
        not any(ch.isspace() for ch in whole) and any(h in whole for h in HYPHENS))


def _peer_s_seat(doc: Doc, before: Span, ent: Span, seats: set[int]) -> bool:
    """The PERSON ``ent`` follows "of" right after a PERSON ``before`` that an honorific
    opens, before it or inside it ("Lord Osk of Port Velmar", "Baroness Osk of Velmar",
    "Bishop Osk of Velmar"), or follows a conjunction right after such a place (``seats``:
    where each starts; "Bishop Osk of Velmar and Tarn"): the place of a peer's or a
    cleric's title, no second person."""
    if before.label_ == "GPE" and before.start in seats and before.end + 1 == ent.start:
        return doc[before.end].lower_ in words_or("conjunctions", doc.lang_, frozenset())
    honorifics = words_or("honorifics", doc.lang_)
    return before.label_ == "PERSON" and before.end + 1 == ent.start \
        and doc[before.end].lower_ in words_or("of_preps", doc.lang_) \
        and ((before.start > 0 and doc[before.start - 1].lower_.rstrip(".") in honorifics)
             or bool(rank_at(doc, before.start, before.end)))


def _hyphened_modifier(doc: Doc, ent: Span) -> bool:
    """A one-word PERSON joined by a hyphen to a word in lower case ("Hutu-led",
    "Tutsi-dominated"): a compound adjective, whose name is a people's or a group's; a
    name's own hyphen joins capitalised parts ("Jean-Bosco")."""
    k = ent.end
    return len(ent) == 1 and k + 1 < len(doc) and doc[k].text in HYPHENS and not ent[0].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].is_alpha and doc[k + 1].is_lower


def _function_word_opening(doc: Doc, word: Token, names: frozenset[str]) -> bool:
    """Whether ``word`` is a stop word of the Doc's language (spaCy's list, which spells
    some with and without their accents: "aquí", "aqui") written with a capital because
    it opens its sentence or follows punctuation (a dialogue dash, a quote mark), and no
    word of a person's name of the Doc ("Will Hale ... Will said", "Tomás Mayor Ortega ...
    —Mayor no firmará": ``names``, every word of each); or a quantity so placed
    (:func:`_partitive_of`: "Decenas de exiliados")."""
    return _opens_after_punctuation(word) and (word.lower_ not in names or _after_a_glued_dash(word)) \
        and (word.lower_ in _stop_words(doc.lang_) or _partitive_of(word))


def _opens_after_punctuation(word: Token) -> bool:
    """Whether ``word`` opens its sentence, the text, or follows punctuation, or a word glued
    to a dateline's dash (:func:`_after_a_glued_dash`)."""
    before = word.doc[word.i - 1] if word.i else None
    return word.is_sent_start or before is None or before.is_punct or _after_a_glued_dash(word)


def _after_a_glued_dash(word: Token) -> bool:
    """Whether the word before ``word`` ends in a full stop or a parenthesis and a dash, a
    dateline's end glued to its place ("SAN JUAN.- La firma ...": "JUAN.-"). The model's
    entity that ran across it made ``word`` a name's word: it is none elsewhere."""
    before = word.doc[word.i - 1] if word.i else None
    return before is not None and len(before.text) > 1 and before.text[-1] in _DASHES and before.text[-2] in ".)"


def _partitive_of(word: Token) -> bool:
    """Whether ``word`` is a plural count of ``partitives`` ("Decenas", "Miles", "Hundreds")
    with "of" after it ("Decenas de exiliados se reunieron"): a quantity, no name."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is not None and word.lower_ in words_or("partitives", word.doc.lang_, frozenset()) \
        and after.lower_ in words_or("of_preps", word.doc.lang_, frozenset())


DIALOGUE_DASHES = frozenset({"—", "―"})  # what opens a line of speech in Spanish
_DASHES = DIALOGUE_DASHES | frozenset("–-")  # or, with these, ends a dateline ("TEGUCIGALPA.—")


def _dateline_in(doc: Doc, ent: Span) -> int:
    """Where the name starts in a PERSON that opens with a dateline glued to its dash
    ("QUITO.- Ana Ruiz", "SANTO DOMINGO.— Ana Ruiz": the model read the place and the name
    as one): after the first word that ends in a dash (or is one) with a space after it, when
    every word up to it is in capitals, one of two letters or more, and the entity opens its
    line or sentence; ``ent.start`` if none. A name's own hyphen, with no space after it,
    joins its parts ("JEAN-PIERRE OSK" in a headline's capitals)."""
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and not (before.is_space or "\n" in before.whitespace_ or doc[ent.start].is_sent_start):
        return ent.start
    for k in range(ent.start, ent.end - 1):
        text = doc[k].text
        if any(c.islower() for c in text):
            return ent.start
        if text[-1:] in _DASHES and doc[k].whitespace_:
            capitals = any(sum(c.isupper() for c in t.text) >= 2 for t in doc[ent.start:k + 1])
            return k + 1 if capitals else ent.start
    return ent.start


def _after_a_dateline_s_end(doc: Doc, ent: Span) -> int:
    """Where an entity starts again after the end of a dateline it runs across: a word
    that ends in a period or a closing parenthesis and a dash, a space after it ("ARGEL
    (Corresponsal).- El Frente Osk", the model's one entity from "Corresponsal" on), which
    no name holds; ``ent.start`` if none.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["OSKBURGO", "(", "Corresponsal).-", "El", "Frente", "Osk", "rechazó", "el", "plan", "."]
    >>> doc = Doc(spacy.blank("es").vocab, words=words, spaces=[True, False, *[True] * 6, False, False])
    >>> doc[_after_a_dateline_s_end(doc, doc[2:6]):6].text, _after_a_dateline_s_end(doc, doc[3:6])
    ('El Frente Osk', 3)
    """
    for k in range(ent.start, ent.end - 1):
        text = doc[k].text
        if len(text) > 1 and text[-1] in _DASHES and text[-2] in ".)" and doc[k].whitespace_:
            return k + 1
    return ent.start


def _verb_opening(doc: Doc, word: Token, person_at: dict[str, set[int]]) -> bool:
    """Whether ``word``, the first of a PERSON's words, is a past verb that opens its sentence
    or a dialogue line ("—Ganó Sala", "Firmó Pérez el acuerdo"): it comes first, or after a
    dash or a quote mark, is capitalised, ends with a ``past_verb_endings`` ending ("ó") after
    at least three letters, written with its accent (without it, "-o" ends many given names:
    "Bruno"), and the model names nobody else with it."""
    endings = [e for e in words_or("past_verb_endings", doc.lang_, frozenset()) if not e.isascii()]
    before = doc[word.i - 1] if word.i else None
    opens = word.is_sent_start or before is None or before.is_quote or before.text[-1:] in _DASHES
    return opens and word.is_title \
        and any(word.lower_.endswith(e) and len(word) - len(e) >= 3 for e in endings) \
        and not _a_person_elsewhere(word.text, word.i, person_at)


def _verb_follows(doc: Doc, i: int) -> bool:
    """Whether a verb comes at token ``i``, after a negation if any: the name before it is
    the subject, so a word ending like a past that opens it is a name's ("Miró Quesada dijo",
    "Nicoló Barella no jugará"), not a verb of its own ("—Ganó Sala, pero ...")."""
    while i < len(doc) and negation(doc[i]):
        i += 1
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX")


def _speech_opening(doc: Doc, word: Token, names: frozenset[str], person_at: dict[str, set[int]]) -> bool:
    """Whether ``word`` opens a line of speech, right after the dialogue dash that opens its
    line, and runs on into a word in lower case ("—Vine a verlo", a verb with its capital),
    no comma after it (a name called: "—Juan, ven"), in no person's name of the Doc and no
    other PERSON of the model's: the speaker's first word, not a name."""
    if word.i < 1 or word.i + 1 >= len(doc) or doc[word.i - 1].text not in DIALOGUE_DASHES:
        return False
    dash = doc[word.i - 1]
    line_start = dash.i == 0 or doc[dash.i - 1].is_space or doc[dash.i - 1].whitespace_.endswith("\n")
    after = doc[word.i + 1]
    return line_start and after.is_alpha and after.is_lower and word.lower_ not in names \
        and not _a_person_elsewhere(word.text, word.i, person_at)


def _common_noun_opening(doc: Doc, word: Token, names: frozenset[str], person_at: dict[str, set[int]]) -> bool:
    """Whether ``word`` opens its sentence with a capital, modifies the noun after it, and is
    written in lower case elsewhere in the Doc, in no person's name ("Border traders said"
    beside "along the border"): a common noun, not a name. So is one that opens its sentence
    whatever its role there, when the parser reads it as a common noun where the Doc writes it
    in lower case and the Doc never writes it with a capital inside a sentence ("Turnout was
    low" beside "a high turnout"). Not one the model also tags a person elsewhere, alone too
    ("Tarrow aides said ... Later, Tarrow said ... the tarrow"): a name that is also a word."""
    return _opens_after_punctuation(word) and word.lower_ not in names \
        and (word.dep_ in ("compound", "amod") and word.head.i > word.i
             and any(w == word.lower_ for i, w in enumerate(doc_texts(doc)) if i != word.i)
             or _noun_before_its_adjective(doc, word)
             or _noun_in_lower_case_elsewhere(doc, word)) \
        and not _a_person_elsewhere(word.text, word.i, person_at)


def _noun_in_lower_case_elsewhere(doc: Doc, word: Token) -> bool:
    """Whether the Doc writes ``word`` in lower case elsewhere, where the parser reads it as a
    common noun, and never with its capital inside a sentence ("a high turnout", and no
    "... said Turnout")."""
    words, texts = doc_tokens(doc), doc_texts(doc)  # a Token looked at only where the text is the word's
    return any(w == word.lower_ and words[i].pos_ == "NOUN" for i, w in enumerate(texts) if i != word.i) and not any(
        w == word.text and not words[i].is_sent_start and not words[i - 1].is_punct
        for i, w in enumerate(texts) if i != word.i)


def _noun_before_its_adjective(doc: Doc, word: Token) -> bool:
    """Whether the parser reads ``word`` as a common noun with a lower-case adjective right
    after it that modifies it ("Fuentes diplomáticas señalaron ...", "Fuentes cercanas al
    ministro"): a noun placed before its adjective, as Spanish places it, not a name."""
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.pos_ == "NOUN" and after is not None and after.is_lower and after.pos_ == "ADJ" \
        and after.dep_ == "amod" and after.head.i == word.i


def _title_alone(doc: Doc, word: Token, names: frozenset[str]) -> bool:
    """Whether ``word`` is a one-word title of the lexicon right after an article, with no
    name after it ("Sin el Papa no habría habido tratado", "the President said"): the
    office, no person's name; not a word of a person's name of the Doc. A determiner
    that holds the article ("venga del Papa", "al Presidente") is one too."""
    return word.i > 0 and doc[word.i - 1].lower_ in words_or("articles", doc.lang_) | words_or("determiners", doc.lang_) \
        and word.lower_ in _one_word_offices() and word.lower_ not in names


@lexicon_cache
def _one_word_offices() -> frozenset[str]:
    """The one-word titles of the lexicon, the regnal ones with them ("papa", "king")."""
    from kit.extract.titles import lexicon

    return one_word_titles() | {t for t, _ in lexicon().regnal if " " not in t}


@functools.cache
def _stop_words(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    try:
        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except ImportError:
        return frozenset()


NAMED_LABELS = ("PERSON", "LOC", "ORG", "MISC", "GPE")  # labels the model gives a person's name


def _name_words(ents: Sequence[Span], every: bool = False) -> frozenset[str]:
    """The first and the last word of each person's name of two or more words among
    ``ents``, lower case: what a short mention of that person is; with ``every``, each of
    its words (a Spanish short mention is the first family name, mid-name: "Tomás Mayor
    Ortega", "Mayor"), and of each name the model may yet have mislabelled (``LOC``,
    ``ORG``, ``MISC``, ``GPE``: a title's holder before the entity fixes)."""
    found: set[str] = set()
    labels = NAMED_LABELS if every else ("PERSON",)
    for ent in ents:
        words_ = [t.text.lower() for t in ent if t.is_alpha]
        if ent.label_ in labels and len(words_) >= 2:
            found.update(words_ if every else (words_[0], words_[-1]))
    return frozenset(found)


def _person_owning_a_body(doc: Doc, ent: Span, person_words: set[str]) -> int | None:
    """Where the personal name ends in an entity the model tagged as a body or a place that
    is a name of two or more capitalised words, a possessive and a person's body in lower
    case (``principal_bodies``), inside the entity or right after it ("Mara Ventel's
    government", "Mara Ventel's | team"), when the name's last word is a word of a person
    the Doc tags elsewhere (``person_words``: "Colonel Ventel"): the name is the person's,
    and the body is theirs, no entity of its own. Not a country's, a place's or an
    organisation's name ("Sierra Leone's government", "the National Union's office"), nor
    one owning a capitalised name ("Mara Ventel's Social Democrats"), nor a region's or a
    group's name no person of the Doc bears ("Blue Hills' government"). None otherwise."""
    owner = next((t.i for t in ent[2:] if t.text in POSSESSIVE), None)
    if owner is None:
        return None
    body = doc[owner + 1] if owner + 1 < len(doc) else None
    if body is None or not body.is_lower or body.lower_ not in words_or("principal_bodies", doc.lang_, frozenset()) \
            or not (owner + 1 == ent.end or owner + 2 == ent.end):
        return None
    name = doc[ent.start:owner]
    if name[-1].lower_ not in person_words or not all(_capital_word(t) and _name_word(t.text) and t.lower_ not in _org_words() for t in name) \
            or name_key(name.text) in _countries() or name_key(name.text) in place_keys() \
            or any(t.lower_ in words_in_any("place_nouns") for t in name):
        return None
    return owner


def _org_words() -> frozenset[str]:
    return words("org_words")  # cached by the lexicon layer


@lexicon_cache
def _place_words() -> frozenset[str]:
    """The English nouns that make a name a place's ("Airport", "University", "Avenue",
    "Palace": ``facility_nouns``, ``school_nouns``, ``street_nouns``, ``place_nouns``)."""
    return frozenset().union(*(words(name) for name in ("facility_nouns", "school_nouns", "street_nouns",
                                                         "place_nouns")))


def _named_like_a_group(span: Span, label: str) -> bool:
    """A name, past an article, opening with a capitalised word of ``group_heads`` in the
    document's language ("Acción Democrática", "Unidad Cívica", "Comité pro Tarn": a party,
    an alliance, a civic committee), or, for a name the model tagged a person, with a
    word of ``government_words`` ("Gobierno Bolivariano"): a group's or a government's name,
    no person's nor place's. A place or MISC is written with its article, as a group's name
    is and a town's is not (as :meth:`kit.extract.phrases.PhraseReader.names_a_group` reads them),
    and one that holds a ``government_words`` phrase is a state's body or one of its bodies,
    left as tagged. A language with no ``group_heads`` (English: its group names
    end with their group word, :func:`_named_like_a_body`) has none."""
    lang, doc = span.doc.lang_, span.doc
    heads = words_or("group_heads", lang, frozenset())
    articles = words_or("articles", lang, frozenset()) | words_or("contracted_articles", lang, frozenset())
    words_ = list(span)[1:] if span[0].lower_ in articles else list(span)
    if not heads or len(words_) < 2 or not words_[0].is_title:
        return False
    if label != "PERSON" and len(words_) == len(span) and not (span.start and doc[span.start - 1].lower_ in articles):
        return False  # a place is written without an article: "por Unión Hidalgo pasaron", a town
    first, state = words_[0].lower_, words_or("government_words", lang, frozenset())
    if label != "PERSON" and any(f" {w} " in f" {' '.join(t.lower_ for t in words_)} " for w in state):
        return False  # "las Fuerzas Armadas | peruanas", "el Comando Conjunto de las Fuerzas Armadas": a state's
    return first in heads or label == "PERSON" and first in state


def _named_like_a_body(span: Span) -> bool:
    """A name that starts with an organisation word ("Jaish al-Sadiqin": army), ends
    with one after at least two words ("the Tigray People's Liberation Front",
    "National Unity Party"; not "Frank Church"), is initials ("T.P.L.F."), or is an
    article and a government word, in any language ("El Gobierno", "La Cancillería":
    ``articles``, ``government_words``), or opens with a government word and "of" ("Gobierno
    de Tomás Verlaan": the government of the person it names; ``of_preps``)."""
    org = _org_words()
    if span[0].lower_ in org:
        return True
    if len(span) > 1 and span[0].lower_ in words_in_any("articles") \
            and span[1:].text.lower() in words_in_any("government_words"):
        return True
    if len(span) > 2 and span[0].lower_ in words_in_any("government_words") and span[1].lower_ in words_in_any("of_preps"):
        return True
    letters = span.text.replace(".", "")
    if len(span) == 1 and 3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return True  # "TPLF", "T.P.L.F.": initials, no person's name
    words_ = [t for t in span if t.is_alpha]
    last = words_[-1] if words_ else span[-1]
    return last.is_title and last.lower_ in org and (len(words_) >= 3 or span[0].lower_ == "the")


def _countries() -> Mapping[str, str]:
    return country_aliases()  # cached by the lexicon layer (clear_lexicon_cache)


@lexicon_cache
def _countries_read_in(lang: str) -> Mapping[str, str]:
    """The country names an article in ``lang`` is named by: the English table, but a
    name the language's own rows give another country ("EU" in Spanish: the United
    States, not the European Union)."""
    english = country_aliases()
    own = {k: c for k, c in country_aliases(lang).items() if k in english and english[k] != c} \
        if lang != DEFAULT_LANG else {}
    return MappingProxyType({**english, **own}) if own else english


def rows_to_tables(
    items: Iterable[tuple[str, dict[str, Rows]]], tables: Sequence[str]
) -> dict[str, pd.DataFrame]:
    """DataFrames (with a ``key`` column) of sentences, mentions, ``tables`` and, when a
    rule failed on some text, :data:`FAILURES`: a cache shard that holds that table holds
    a text read without some rule, and only such a shard holds it."""
    rows: dict[str, Rows] = {"sentences": [], "mentions": [], **{n: [] for n in tables}, FAILURES: []}
    keys: dict[str, list[str]] = {name: [] for name in rows}
    for key, article in items:
        for name, table_rows in article.items():
            rows[name].extend(table_rows)
            keys[name].extend([key] * len(table_rows))
    return {name: _frame(name, keys[name], r) for name, r in rows.items() if r or name != FAILURES}


def _frame(name: str, keys: list[str], rows: Rows) -> pd.DataFrame:
    """The DataFrame of ``rows`` with their ``keys`` first, built column by column
    (faster than from dicts, same frame) when every row has the same columns."""
    if not rows:
        return pd.DataFrame(rows, columns=shard_columns(name, rows))
    first = rows[0].keys()
    if any(r.keys() != first for r in rows):  # rows of differing shapes: pandas aligns them
        return pd.DataFrame([{KEY: k, **r} for k, r in zip(keys, rows)])
    return pd.DataFrame({KEY: keys, **{c: [r[c] for r in rows] for c in first}})


def shard_columns(name: str, rows: Rows) -> list[str] | None:
    """Columns of table ``name`` in a shard when it has no ``rows`` (None: infer from rows)."""
    if rows:
        return None
    base = {"sentences": SENTENCE_COLUMNS, "mentions": MENTION_COLUMNS,
            FAILURES: FAILURE_COLUMNS}.get(name)
    if base is None:
        module = importlib.import_module(EXTRACTORS[name])
        base = [*ROW_KEY, *getattr(module, "COLUMNS", [])]
    return [KEY, *dict.fromkeys(c for c in base if c != "article_id")]


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    r"""``(offset, piece)`` pairs of at most ``limit`` characters that join up to
    ``text``, cut after the last paragraph break in a piece's second half, else
    the last line end, sentence end or space there (else in its first half),
    else at ``limit``: one line of 50 MB without a space is cut too.

    Linear in ``len(text)``, whatever its line structure.

    Examples
    --------
    >>> split_text("One.\n\nTwo.", 8)
    [(0, 'One.\n\n'), (6, 'Two.')]
    """
    return list(_pieces(text, limit))


def _pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """:func:`split_text`, one piece at a time."""
    if limit < 1:
        raise ValueError(f"a piece of text holds at least one character, not {limit}")
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, start + limit)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece ``text[start:end]`` ends (see :func:`split_text`)."""
    for low in (start + (end - start) // 2, start):
        for sep in CUTS:
            found = text.rfind(sep, low, end)
            if found >= 0:
                return found + len(sep)
    return end


def _join_pieces(
    docs: Iterable[tuple[Doc, tuple[str, int]]], tables: Sequence[str]
) -> Iterator[tuple[str, dict[str, Rows]]]:
    """Tables per article, merging the pieces of long articles in order."""
    for key, group in itertools.groupby(docs, key=lambda item: item[1][0]):
        merged: dict[str, Rows] = {}
        for doc, (_, offset) in group:
            base = len(merged.get("sentences", []))
            if TABLES_NAME in doc.user_data:
                rows_by_table = {**doc.user_data.pop(TABLES_NAME), FAILURES: doc.user_data.pop(FAILURES, [])}
            else:
                rows_by_table, failed = doc_rows(doc, tables)
                rows_by_table[FAILURES] = failed
            for name, rows in rows_by_table.items():
                if not offset and not base:  # a whole article or its first piece: rows as they are
                    merged.setdefault(name, []).extend(rows)
                    continue
                offsets = offset_columns(name)
                merged.setdefault(name, []).extend(_shift(r, offset, base, offsets) for r in rows)
        yield key, merged


def _shift(row: dict[str, Any], offset: int, base: int, offsets: Sequence[str]) -> dict[str, Any]:
    """Move a piece's row to article offsets and sentence numbers; ``offsets`` are the
    columns that hold character offsets (a negative offset means none)."""
    if not offset and not base:
        return row
    row["sentence_id"] += base
    for col in offsets:
        value = row.get(col)
        if isinstance(value, int) and value >= 0:
            row[col] = value + offset
    return row
