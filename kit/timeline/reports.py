"""From resolved dates to reports of events (for :func:`kit.timeline.events`).

:func:`read_reports` reads each resolved date's clause: a :class:`Report` when
it can date an event, else the reason it cannot (:data:`kit.timeline.clauses.KEPT_OUT`).

A clause dates an event when something acts in it: a named actor (a PERSON /
ORG / GPE / NORP mention that is not used as a place, or a LOC / FAC one that names a
body, its first word an organ's noun: "pidió la *Corte* de Velmar en abril", ``organ_nouns``),
a group, an event noun
or a pronoun (:func:`kit.timeline.clauses.participants`), written or left out and
carried by the verb ("En mayo, en Caracas, fijaron la agenda": the dates table's
``implied_subject``, :func:`kit.extract.dates.implied_subject`), and its verb says
that something happened (:func:`kit.timeline.clauses.verb_reason`). Stamps,
headers, bylines, captions and datelines date no event
(:func:`kit.timeline.clauses.furniture`), nor do dates inside a quotation (the
speaker's own words: "I booked a seat for Friday", "We said in June that the gas
would flow"; measured on the gold corpora, no quoted date dated an event the
articles report); a caption's date may still support an
event the articles report (a :class:`Report` with ``support`` true, which
:func:`kit.timeline.merge.merge_reports` adds only to an event it shares strong
evidence with).

Actors and places are named as everywhere else in kit: with ``ann.roles`` and
``ann.sources``, by the actor registry (:func:`kit.counts.entity_mentions`),
else by :mod:`kit.lexicon.canonical`. GPE / LOC / FAC mentions after "in",
"at", "near", "flew to" or, in Spanish, "en" ("en el Palacio Nacional") are the
event's place, not actors; with
``ann.roles``, names inside titles are not actors and actors get their ``side``.
A word of ``here_words`` ("here", "aquí") names the place of the article's dateline
("BRENNHOLM, Jan. 17 — ... signed the treaty *here* on Tuesday": Brennholm, written as the
corpus's mentions write it), unless a word of ``away_preps`` comes before it ("cerca
*de aquí*": somewhere else).

An event noun after a word of ``frame_preps`` ("killed on 16 November *during* the
offensive") names the event the act happened in, not the act: it is none of the
report's nouns.

A clause tells its own act up to a cause phrase after its date (``cause_marks``:
"suspended its participation on Saturday *in protest at* the extradition of X";
"because of"): the names in the cause are another event's, not the report's actors.
A cause set off before the clause's subject ends at the subject ("On Saturday, in
protest at the extradition of X, Y suspended its participation": Y acts, X does not).
So does a phrase of whom the clause's actor replaces, after its date (``replacement_marks``:
"will take office on 1 March *in place of* X"): X leaves the office, Y's act is not X's.

An act told before or after the clause's own in a gerund or an infinitive ("A day *after
signing the accord*, they addressed the Senate today", "horas *después de firmar el
tratado*": :func:`kit.timeline.clauses.prior_acts`) is not the clause's: its words and names
are blanked from it, so a misdated report of that act joins its own event, not this one.
A date inside a relative clause set off by commas in its verb's subject ("A, *who met B
at the lake last week*, called the declaration ...": the parse hung it on "called") dates
the relative clause's act, done by its antecedent. A date after "since" in a clause telling
a state ("have lived in peace since 1961") dates no event ("state").

A clause with nothing acting in it, in a piece of a sentence the parser cut in two, is
done by the actors of the other piece: the one before when it opens on a comma ("Arvelo" /
", detenido en marzo en Brennholm, ...") or in lower case after a sentence with no closing
punctuation, else the one after when it ends on a comma ("En junio de 1981," / "el nuncio
Ostrander anuncio ...": an accentless verb the model took for no verb).
A clause of signing (``signing_verbs``) or of agreeing on a text (``agreeing_verbs``) with
nothing else acting in it signs or reaches an agreement, whatever its subject, a thing, calls it, outside the clause or inside it ("The
result, signed at A on Monday, is ..."; "since the document was initialled on Monday"):
the signing is its event.

A clause with no date of its own that starts with a definite event noun ("The
talks, to be attended by ...") refers back: it takes the day-level date of the
previous sentence and joins that sentence's event.

The clause's **subject** (``subject_start``/``subject_end`` of the dates table)
acts in it wherever it stands ("*Santos* is due to receive ...", "*The deal* was
concluded ... and took effect on Oct. 18"); a capitalised name in it that names
no entity ("the *Razoni* left Odesa": a ship spaCy does not tag) is a name the
reports of one event share (``things``), not an actor; so is a name in it of a
thing that is no actor ("the *Kerch Bridge* was reopened", "el puerto de
*Tumaco* reabrió": ``THING_LABELS``). A subject that is only a count ("the
two met on Friday", "los dos viajaron ...": ``group_counts``) is the group
of people named before it: those people act in the clause when its sentence
names as many before it. A date that modifies an
event noun ("the *September* election", "the invasion *in February*": the
``noun`` column) dates that noun's event, whatever the clause's verb, when it
is at most a month long.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from kit.actors import alias_key, names_an_outlet, outlet_keys, surname, with_actor_tables
from kit.counts.mentions import entity_mentions, has_actor_tables
from kit.extract.datelines import (
    article_openings,
    dateline_end,
    dateline_place,
    dateline_spans,
    in_dateline,
)
from kit.extract.datelines import datelines_of as datelines_of  # re-exported
from kit.extract.lemmas import form_infinitive, lemma_infinitive
from kit.lexicon.cities import city_of
from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.keys import name_key
from kit.lexicon.regex import alternation
from kit.lexicon.states import capital_keys, country_keys, demonym_keys
from kit.lexicon.wordlists import verb_form_lemmas, words, words_in_any, words_or
from kit.schema import records
from kit.schema import sentence_lookup as sentence_lookup  # re-exported
from kit.timeline.clauses import (
    EVENT_LISTS,
    NOUN_KINDS,
    Participants,
    documents,
    event_noun,
    furniture,
    participants,
    prior_acts,
    relative_asides,
    verb_reason,
)
from kit.timeline.evidence import Report, form_in, reporting
from kit.timeline.unrealised import SUPERSEDED, continuations, unrealised

if TYPE_CHECKING:
    from kit.actors import Aliases

__all__ = ["Inputs", "inputs", "read_reports", "sentence_lookup", "as_date", "opt", "datelines_of",
           "in_a_dateline"]

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
# names of things that are neither actors nor, in the subject, places: "the Kerch Bridge" (FAC),
# "the Minsk Protocol" (LAW), "el puerto de Tumaco" (MISC of the Spanish pipeline)
THING_LABELS = frozenset({"LOC", "FAC", "MISC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
HEAD_WORDS = 8  # words before a clause without a subject that may hold what it is about
MAX_NOUN_DAYS = 31  # the longest date that dates the event noun it modifies
_CAPTION_CUE = re.compile(r"\s*[^:|—–]{1,20}[:|—–]\s*")
_CREDIT = re.compile(r"\s*\([^()]*\)\W*$")
_PURPOSE = re.compile(r"\s*,?\s*(?:in order )?to [a-z]+\b[^,;:.]*")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
_THING = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_SIMULTANEOUS = re.compile(r"\s*,?\s*(\w+)\s+(\w+)")  # ", when the", " as they"
# what ends a sentence, before closing quotes or brackets: "... a las partes.", "... dijo.»"
_CLOSING = re.compile(r"[.!?…;:][\"'”’»)\]—–-]*\s*$")


def opt(value: Any) -> Any:
    """None for a missing value (None or NaN)."""
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def as_date(value: Any) -> dt.date | None:
    """A ``datetime.date`` from a date, timestamp or ISO string (None if missing)."""
    value = opt(value)
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


class Mention(NamedTuple):
    start: int
    end: int
    name: str
    actor: bool
    place: bool
    side: Any
    person: bool
    label: str = ""


class Inputs(NamedTuple):
    """What reading a clause needs besides its row."""

    sentences: dict[tuple[str, int], tuple[str, int]]
    mentions: dict[str, list[Mention]]
    articles: dict[str, tuple[Any, Any]]  # article_id -> (published, source)
    outlets: frozenset[str]  # the corpus's sources, lower-case
    # every actor's name as the corpus writes it, and a person's last name alone (:func:`_surnames`)
    names: frozenset[str] = frozenset()
    # article_id -> its datelines, read on its opening lines whatever the sentences are
    # ("OSLO, Aug. 30 (SNA) —" the parser cuts into "OSLO", ",", "Aug. 30 (SNA) —")
    datelines: dict[str, list[tuple[int, int]]] = {}
    filed: dict[str, str] = {}  # article_id -> the place its dateline names (:func:`filed_places`)
    # a name of ``names`` -> the actor it names, when one (:func:`_canonicals`), and whether a person
    canonical: dict[str, tuple[str, bool]] = {}


def inputs(ann: Any, registry: pd.DataFrame | None = None, aliases: Aliases = None) -> Inputs:
    """Sentences, mentions (actor or place, with sides) and sources of ``ann`` (read once
    per Annotations and alias table when no registry is given)."""
    if registry is None and hasattr(ann, "derived"):
        return ann.derived(("inputs", alias_key(aliases)),
                           with_actor_tables(ann, "articles", "sentences", "mentions"),
                           lambda: _inputs(ann, None, aliases))
    return _inputs(ann, registry, aliases)


def dateline_opening(sentences: dict[tuple[str, int], tuple[str, int]], key: tuple[str, int]) -> int:
    """Where the dateline that opens the sentence ``key`` (article, sentence id) ends, as a
    character offset of the article (the sentence's start: none)."""
    text, offset = sentences[key]
    return offset + dateline_end(text, key[1], sentences.get((key[0], key[1] - 1), ("", 0))[0])


def in_a_dateline(start_char: int, key: tuple[str, int],
                  sentences: dict[tuple[str, int], tuple[str, int]],
                  datelines: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether ``start_char`` of the sentence ``key`` lies in a dateline: the one that opens
    the sentence, or one of the article's ``datelines`` (:func:`datelines_of`)."""
    return start_char < dateline_opening(sentences, key) or in_dateline(datelines.get(key[0], []), start_char)


def filed_places(sentences: dict[tuple[str, int], tuple[str, int]],
                 mentions: Mapping[str, list[Mention]]) -> dict[str, str]:
    """The place each article's first dateline names, as the corpus's place mentions write
    it ("MCALLEN" -> "McAllen"); capitals no mention writes are read as a title
    ("PORT CALDER" -> "Port Calder")."""
    written = {m.name.casefold(): m.name for ms in mentions.values() for m in sorted(ms) if m.place}
    found = {}
    for article, text in article_openings(sentences).items():
        place = next(filter(None, (dateline_place(text, span) for span in dateline_spans(text))), "")
        if place:
            found[article] = written.get(place.casefold(), place.title())
    return found


def _inputs(ann: Any, registry: pd.DataFrame | None, aliases: Aliases) -> Inputs:
    arts = ann.articles
    outlets = frozenset(str(s).lower() for s in arts["source"].dropna() if str(s).strip()) \
        if "source" in arts else frozenset()
    published = arts["published"] if "published" in arts else pd.Series(None, index=arts.index)
    source = arts["source"] if "source" in arts else pd.Series(None, index=arts.index)
    meta = dict(zip(arts["article_id"].tolist(), zip(published, source)))  # a dict: read once per clause
    sentences = sentence_lookup(ann)
    m = ann.mentions
    names = frozenset(m.loc[m["label"].isin(list(ACTOR_LABELS)), "text"].astype(str)) \
        | _surnames(m.loc[m["label"].eq("PERSON"), "text"].astype(str))
    mentions = _mentions_by_article(ann, sentences, registry, aliases)
    return Inputs(sentences, mentions, meta, outlets, names, datelines_of(sentences),
                  filed_places(sentences, mentions), _canonicals(mentions, sentences))


def _canonicals(mentions: Mapping[str, list[Mention]],
                sentences: dict[tuple[str, int], tuple[str, int]]) -> dict[str, tuple[str, bool]]:
    """Each name an actor's mention is written as, and a person's last name alone (as
    :func:`_surnames` reads it), with the one actor it names and whether that is a person
    ("Ventel" -> ("Mara Ventel", True)); a name two actors share is left out.

    >>> m = [Mention(0, 11, "Mara Ventel", True, False, None, True, "PERSON")]
    >>> _canonicals({"a": m}, {("a", 0): ("Mara Ventel spoke.", 0)})
    {'Mara Ventel': ('Mara Ventel', True), 'Ventel': ('Mara Ventel', True)}
    """
    by_article: dict[str, list[tuple[int, str]]] = {}
    for (article, _), (text, offset) in sentences.items():
        by_article.setdefault(article, []).append((offset, text))
    found: dict[str, set[tuple[str, bool]]] = {}
    for article, ms in sorted(mentions.items()):
        held = sorted(by_article.get(article, []))
        starts = [o for o, _ in held]
        for m in ms:
            if not m.actor:
                continue
            offset, text = held[bisect.bisect_right(starts, m.start) - 1] if held else (0, "")
            written = text[m.start - offset: m.end - offset] or m.name
            for name in {written, *(_surnames([written]) if m.person else ())}:
                found.setdefault(name, set()).add((m.name, m.person))
    return {name: next(iter(actors)) for name, actors in sorted(found.items()) if len(actors) == 1}


def _surnames(persons: Iterable[str]) -> frozenset[str]:
    """The last name of each person's name of two words or more, suffixes aside
    (:func:`kit.actors.surname`), when it is the name's last word, capitalised and all
    letters ("Ventel" of "Mara Ventel"; none of "Karim al-Varesh"): the name alone stands
    for a person the corpus names, where the model tagged nothing ("Ventel was killed last
    week").

    >>> sorted(_surnames(["Mara Ventel", "Osk", "Jan de la Vega", "Tomas Arvelo Jr."]))
    ['Arvelo', 'Vega', 'Ventel']
    """
    found = set()
    for name in persons:
        parts = [w for w in name.split() if w.rstrip(".").lower() not in words_in_any("name_suffixes")]
        if len(parts) >= 2 and parts[-1] == surname(name) and parts[-1][:1].isupper() and parts[-1].isalpha():
            found.add(parts[-1])
    return frozenset(found)


def _mentions_by_article(ann: Any, sentences: dict[tuple[str, int], tuple[str, int]],
                         registry: pd.DataFrame | None,
                         aliases: Aliases = None) -> dict[str, list[Mention]]:
    """Each article's mentions, marked actor or place, with their side (``sentences``:
    :func:`sentence_lookup` of ``ann``). A government acting under another name than
    its state's (a capital: "brokered by Washington"), or a singular demonym standing
    alone for it ("el chileno ratificó el tratado" after "el Senado chileno"; not
    "Peruvian officials", "the Americans freed"), is named as its state: two outlets
    naming the state either way name one actor."""
    m = entity_mentions(ann, aliases) if has_actor_tables(ann) else ann.mentions
    place = [lab in PLACE_LABELS and _place_position(sentences[(a, int(i))], c, e)
             for lab, a, i, c, e in zip(m["label"].tolist(), m["article_id"].tolist(), m["sentence_id"].tolist(),
                                        m["start_char"].tolist(), m["end_char"].tolist())]
    body = pd.Series([lab in PLACE_LABELS - ACTOR_LABELS and _names_an_organ(str(t)) for lab, t in
                      zip(m["label"].tolist(), m["text"].tolist())], index=m.index, dtype=bool)
    actor = (m["label"].isin(list(ACTOR_LABELS)) | body) & ~pd.Series(place, index=m.index, dtype=bool)
    wires = outlet_keys(ann.articles)  # an outlet or a wire reports the act, it does not take part
    actor &= ~pd.Series([names_an_outlet(str(c), wires) for c in m["canonical"].tolist()], index=m.index, dtype=bool)
    side = pd.Series(None, index=m.index, dtype=object)
    roles = getattr(ann, "tables", {}).get("roles")
    if roles is not None and {"kind", "side"} <= set(roles.columns):
        keys = ["article_id", "start_char", "end_char"]
        kinds = m[keys].merge(roles[[*keys, "kind", "side"]].drop_duplicates(keys), how="left")
        actor &= ~kinds["kind"].eq("title").to_numpy()
        side = pd.Series(kinds["side"].to_numpy(), index=m.index, dtype=object)
        # a capital acting for its state ("brokered by Washington") is the state acting, and so
        # is a singular demonym standing alone (kind "group": "el chileno ratificó")
        demonym = (kinds["kind"].eq("group").to_numpy() & m["label"].eq("NORP").to_numpy()
                   & ~m["text"].str.endswith(tuple(words_in_any("plural_endings"))).to_numpy())  # "Americans freed"
        state = (kinds["kind"].eq("government").to_numpy() | demonym) & side.notna() & side.ne("") & actor
        m = m.assign(canonical=m["canonical"].where(~state, side))
    if registry is not None:
        name = next((c for c in ("canonical", "actor", "name") if c in registry), None)
        if name is None or "side" not in registry:
            raise ValueError(f"actors registry has columns {list(registry.columns)}; kit.timeline "
                             "needs 'canonical' (or 'actor'/'name') and 'side'")
        sides = dict(zip(registry[name].tolist(), registry["side"].tolist()))
        side = pd.Series([sides.get(c, s) for c, s in zip(m["canonical"].tolist(), side)], index=m.index)
    # a name is a person's when most of its mentions are PERSON: one "Trump" tagged ORG is his
    persons = m["label"].eq("PERSON").groupby(m["canonical"]).mean().ge(0.5)
    person = m["canonical"].map(persons).fillna(False).astype(bool)
    out: dict[str, list[Mention]] = {}
    for a, *fields in zip(m["article_id"].tolist(), m["start_char"].tolist(), m["end_char"].tolist(), m["canonical"].tolist(),
                          actor, place, side, person, m["label"].tolist()):
        out.setdefault(a, []).append(Mention(*fields))
    return out


def _names_an_organ(name: str) -> bool:
    """Whether a name the model tagged a location or a facility names a body: its first word,
    an article aside, is an organ's noun (``organ_nouns``: "la Corte de La Haya pidió en
    abril", "the Tribunal of Osk ruled"); it acts as the body it is, unless it stands where
    a place does ("en la Corte")."""
    first = next((w for w in re.findall(r"[^\W\d_]+", name.lower())
                  if w not in words_in_any("determiners")), "")
    return first in words_in_any("organ_nouns")


def _place_position(sentence: tuple[str, int], start: int, end: int) -> bool:
    """After "in"/"at"/"flew to" and not the first half of a compound ("U.S.-Mexico")."""
    text, offset = sentence
    after = text[end - offset: end - offset + 1]
    return after not in ("-", "–") and bool(_place_before().search(text[: max(0, start - offset)]))


@lexicon_cache
def _place_before() -> re.Pattern[str]:
    """The end of the text before a place: "in", "near", "en el" (``place_before_preps``,
    every language: a clause's language is not known here), "flew (back) to"
    (``place_before_moves``), and "the"."""
    preps = alternation(words_in_any("place_before_preps"))
    moves = alternation(words("place_before_moves"))
    return re.compile(rf"(?:\b(?:{preps})|\b(?:{moves}) (?:back )?to)\s+(?:the\s+)?$", re.I)


# ---- reading the clauses ------------------------------------------------------------------


def read_reports(dates: pd.DataFrame, data: Inputs) -> tuple[list[str], list[Report]]:
    """For each row of ``dates`` (:func:`kit.timeline.resolved_dates`), "" when it dates an
    event or the reason it does not; the reports, those referring back included."""
    reasons, reports = [], []
    boundary = words("boundary_cues")
    starts: dict[str, list[tuple[int, Any]]] = {}  # per article, the dates that bound nothing
    rows = records(dates)
    for row in rows:  # a duration ("within three months") dates no clause: it bounds nothing
        if opt(row.get("cue")) not in boundary and row["resolved"]:
            starts.setdefault(row["article_id"], []).append((int(row["start_char"]),
                                                             opt(row.get("verb"))))
    carried_on = continuations(rows)  # "through Thursday night and into Friday": one act
    for i, row in enumerate(rows):
        sentence = data.sentences.get((row["article_id"], int(row["sentence_id"])), ("", 0))
        found = "bound" if _bounds(row, starts.get(row["article_id"], []), sentence) else \
            "continuation" if i in carried_on else _read(row, data)
        reasons.append(found if isinstance(found, str) else "")
        report = _caption(row, data) if found == "caption" else \
            _plan_support(row, data) if found == SUPERSEDED else found
        if isinstance(report, Report):
            reports.append(report)
    _tellings(reports)
    return reasons, [*reports, *_anaphoric_reports(dates, reasons, data)]


def _tellings(reports: list[Report]) -> None:
    """Mark the reports that date only the telling of an event (``telling``): a reporting
    verb's date ("officials announced on Saturday") followed in its sentence by a date of
    another day that dates the event noun the statement tells of ("with 71.1 percent
    voting Yes in *Friday's referendum*"), or that dates the clause the statement reports,
    after its own, naming such a noun, counted from the statement's own day ("said on
    Thursday that his meeting with the envoys the day before had gone well": the day is
    given to date the act, not the telling; "said on Sunday that the two met on Saturday"
    dates a statement of its own). A statement with no date of its own ("Russia
    said on Saturday that it would suspend ...") still dates what it tells of, and so does
    one whose later date is of something else ("announced on Saturday that he had called
    off the meeting because of a car bomb that killed a soldier on Thursday")."""
    by_sentence: dict[tuple[str, int], list[Report]] = {}
    for r in reports:
        by_sentence.setdefault((r.article_id, int(r.sentence_id)), []).append(r)
    for told in by_sentence.values():
        for r in told:
            r.telling = r.trigger is None and r.reporting and any(
                _tells_of(r, o) and o.start_char > r.start_char and o.start != r.start for o in told)


def _tells_of(statement: Report, other: Report) -> bool:
    """Whether ``other`` dates what ``statement`` tells of: the event noun it dates is one the
    statement names, or, dating no noun, its clause comes after the statement's (the clause
    reported), names one of them, and its day is counted from the statement's (a chain:
    "the day before")."""
    if other.noun is not None:
        return other.noun in statement.nouns
    after = opt(other.row.get("clause_start")) is not None and opt(statement.row.get("clause_end")) is not None \
        and int(other.row["clause_start"]) >= int(statement.row["clause_end"])
    return after and opt(other.row.get("rule")) == "chain" and bool(set(other.nouns) & set(statement.nouns))


def _caption(row: dict[str, Any], data: Inputs) -> Report | None:
    """A photo caption's date as a report that makes no event of its own but may
    support one the articles report (``support``): the caption after its cue, without
    the photo credit ("(Kemal Tokgözoğlu/Straits Wire)")."""
    text, offset = data.sentences[(row["article_id"], int(row["sentence_id"]))]
    opening = _CAPTION_CUE.match(text)
    credit = _CREDIT.search(text)
    lo = offset + (opening.end() if opening else 0)
    hi = offset + (credit.start() if credit else len(text))
    if not lo <= row["start_char"] < hi:
        return None
    found = _report(row, data, lo, hi)
    if isinstance(found, Report):
        found.support = True
        return found
    return None


def _bounds(row: dict[str, Any], starts: list[tuple[int, Any]], sentence: tuple[str, int] = ("", 0)) -> bool:
    """A date after "since", "until", "by" ... in a clause another date of the same
    verb dates: it bounds that event ("met last week, their first meeting since Dec.
    4"), it is none itself. ``starts``: where the article's resolved dates that bound
    nothing start, with their verbs ("is to be completed by Feb. 15, in nine months": a
    duration dates no clause, so the deadline dates the event). Deadlines side by side ("must leave Kalbajar by Nov. 15,
    Aghdam by Nov. 20") each date an event, and so does a deadline beside a date of
    another verb ("under the declaration signed Aug. 17, he is to name his cabinet
    by Aug. 28"). A date written before the event noun it dates (:func:`_premodifies`: "met
    on Thursday for the first time since *last month's* election", "since the March 3
    vote") is that event's date, whatever it bounds: it bounds nothing of its own; not one
    after it ("their first meeting since Dec. 4": the meeting is bounded)."""
    if not row["resolved"] or opt(row.get("cue")) not in words("boundary_cues"):
        return False
    if _premodifies(row, sentence) or _named_deadline(row, sentence):
        return False
    if opt(row.get("clause_start")) is None:
        return False
    lo, hi, verb = int(row["clause_start"]), int(row["clause_end"]), opt(row.get("verb"))
    return any(lo <= s < hi and s != row["start_char"] and v == verb for s, v in starts)


def _named_deadline(row: dict[str, Any], sentence: tuple[str, int]) -> bool:
    """Whether the row's date is set beside a noun of ``deadline_nouns`` that names it ("extended
    the truce until Oct. 31, *a deadline* that worried the commanders", "hasta el 31 de octubre,
    *un plazo* que ..."): the day is a deadline of its own, an event, not only the bound of
    the act it ends.

    >>> row = {"end_char": 36}
    >>> _named_deadline(row, ("Osk extended the truce until Oct. 31, a deadline that worried Tarn.", 0))
    True
    >>> _named_deadline(row, ("Osk extended the truce until Oct. 31, a move that worried Tarn.", 0))
    False
    """
    after = sentence[0][int(row["end_char"]) - sentence[1]:]
    found = re.match(r"\s*,\s*(?:([^\W\d_]+)\s+)?([^\W\d_]+)", after)
    if found is None:
        return False
    article, noun = (found.group(1) or "").lower(), found.group(2).lower()
    articles = words_in_any("determiners") | words_in_any("indefinite_articles")
    return (not article or article in articles) and noun in words_in_any("deadline_nouns")


def _premodifies(row: dict[str, Any], sentence: tuple[str, int]) -> bool:
    """Whether the row's date dates an event noun (:func:`_dated_noun`) written right after it
    in its ``sentence`` (its text and start offset: "last month's *election*", "the March 3
    *vote*"): one of the two words after the date, its possessive aside, names that noun's
    event.

    >>> row = {"noun": "election", "start": "2024-01-01", "end": "2024-01-31", "end_char": 25}
    >>> _premodifies(row, ("They met since last month's election.", 0))
    True
    >>> _premodifies({**row, "noun": "meeting", "end_char": 36}, ("Their first meeting since last month.", 0))
    False
    """
    noun = _dated_noun(row)
    if noun is None:
        return False
    after = sentence[0][int(row["end_char"]) - sentence[1]:]
    following = re.findall(r"[^\W\d_][\w-]*", re.sub(r"^\s*['’]s\b", " ", after))[:2]
    return any(event_noun(w.lower()) == noun for w in following)


def _plan_support(row: dict[str, Any], data: Inputs) -> Report | None:
    """A superseded plan's date ("were due to start on March 10 but were delayed") as a
    report that makes no event of its own but may support the one other articles report
    for that day, the plan told as a plan (``support``, as a caption's)."""
    found = _read(row, data, plans=True)
    if isinstance(found, Report):
        found.support = True
        return found
    return None


def _read(row: dict[str, Any], data: Inputs, plans: bool = False) -> Report | str:
    if not row["resolved"]:
        return "unresolved"
    if opt(row.get("quoted")):  # someone's own words: "I booked a seat for Friday"
        return "quoted"
    key = (row["article_id"], int(row["sentence_id"]))
    text, offset = data.sentences[key]
    kind = furniture(text, str(row["text"]), key[1], data.sentences.get((key[0], key[1] + 1), ("", 0))[0])
    if kind is not None:
        return kind
    opening = dateline_opening(data.sentences, key)
    if in_a_dateline(int(row["start_char"]), key, data.sentences, data.datelines):
        return "dateline"
    if opt(row.get("names_thing")):  # "under the 1960 law": the law's year, not the vote's
        return "names a thing"
    if (own := _relative_act(row, text, offset)) is not None:  # "A, who met B last week, called ..."
        row = own
    if opt(row.get("clause_start")) is not None:
        lo, hi = int(row["clause_start"]), int(row["clause_end"])
    else:
        lo, hi = offset, offset + len(text)
    return _report(row, data, max(lo, opening), hi, floor=opening, plans=plans)


def _relative_act(row: dict[str, Any], text: str, offset: int) -> dict[str, Any] | None:
    """``row`` read as the act of the relative clause its date stands in, when the parse hung
    the date on the verb after the clause's noun ("Warren Roe, *who met* the King at the
    Tarn Sea *last week*, called the declaration 'a turning point'": the meeting was last
    week, not the calling): the date stands inside its verb's subject, after a comma and a
    word of ``relative_subjects`` (not "that"). The row then has the clause's verb (its
    first word that is no auxiliary nor function word: ``stopwords``, ``be_forms``,
    ``perfect_aux_forms``), the clause, from the relative word to the subject's end, and for
    its subject the noun before the comma, the antecedent; None when the date stands
    elsewhere or its verb is already the clause's."""
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    at = int(row["start_char"])
    if lo is None or hi is None or not int(lo) <= at < int(hi):
        return None
    lo, hi = int(lo), int(hi)
    openings = list(_relative_subject().finditer(text, max(0, lo - offset), max(0, at - offset)))
    if not openings:
        return None
    found = openings[-1]
    skip = words_in_any("stopwords") | words_in_any("be_forms") | words_in_any("perfect_aux_forms")
    said = re.findall(r"[^\W\d_]+", text[found.end(): at - offset])
    form = next((w for w in said if w.lower() not in skip), None)
    if form is None or not form[0].islower():
        return None
    spanish = found.group(1).lower() in words("relative_subjects", "es")
    # "who met A in B a year ago *and watched* C sign ... last June": the last verb joined on
    joined = (next((w for w in said[i + 1:] if w.lower() not in skip), "") for i, a in enumerate(said)
              if a.lower() in words_in_any("conjunctions"))
    form = next((w for w in reversed(list(joined)) if _past_form(w, spanish)), form)
    verb = form_infinitive(form, "es") if spanish else _english_lemma(form)
    if verb is None or verb == opt(row.get("verb")):
        return None
    end = offset + len(text[: hi - offset].rstrip(" ,;"))
    return {**row, "verb": verb, "reporting": verb in words_in_any("reporting_verbs"), "noun": None,
            "clause_start": offset + found.start(1), "clause_end": max(end, int(row["end_char"])),
            "subject_start": lo, "subject_end": offset + found.start(), "implied_subject": False}


@lexicon_cache
def _relative_subject() -> re.Pattern[str]:
    relatives = words_in_any("relative_subjects") - {"that"}
    return re.compile(rf",\s+({alternation(relatives, ignore_case=True)})(?!\w)", re.I)


def _past_form(word: str, spanish: bool) -> bool:
    """Whether ``word``, read alone, is a verb in a finite form: in Spanish a form of a verb of
    ``verbs.csv`` that is no participle (``participle_endings``: "delegados" is a noun's);
    in English an irregular form of ``verb_forms.csv`` or one ending in "-ed"."""
    if not word[:1].islower():
        return False
    if spanish:
        return form_infinitive(word, "es") is not None and not word.endswith(tuple(words("participle_endings", "es")))
    return word in verb_form_lemmas() or word.endswith("ed")


def _english_lemma(form: str) -> str:
    """The lemma of an English verb ``form`` read on the word alone: an irregular form of
    ``verb_forms.csv`` ("met": meet), else a regular past or third person cut to its stem
    ("hosted": host, "agreed": agree, "carried": carry, "planned": plan, "meets": meet).

    >>> _english_lemma("met"), _english_lemma("hosted"), _english_lemma("agreed"), _english_lemma("planned")
    ('meet', 'host', 'agree', 'plan')
    """
    form = form.lower()
    irregular = verb_form_lemmas().get(form)
    if irregular:
        return sorted(irregular)[0]
    if form.endswith("ied"):
        return form[:-3] + "y"
    if form.endswith("eed"):
        return form[:-1]
    if form.endswith("ed"):
        stem = form[:-2]
        return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" else stem
    return form[:-1] if form.endswith("s") and not form.endswith("ss") else form


def _lasting_since(row: dict[str, Any]) -> bool:
    """Whether ``row``'s date, after a word of ``backward_cues`` ("since", "desde"), starts a
    state its clause says held or kept happening since then, no event on that day: its verb
    is stative or one of ``since_state_verbs`` ("the land they have *lived* in
    since 1948", "soldiers who had *died* since 1948", "viven desde 1948"). Being somewhere
    since then ("has been in Tarn since last week") is presence, an event, as
    :func:`kit.timeline.clauses.verb_reason` reads it: :func:`_report` asks this of a clause
    with no place for "be" only. Another verb dates its act's start ("has talked to B since
    Monday", "permanecen concentrados desde el 1 de julio"); "met last week, the first meeting since May" is read as a bound (:func:`_bounds`).

    >>> row = {"cue": "since", "verb": "live", "text": "1948"}
    >>> _lasting_since(row), _lasting_since({**row, "cue": None, "text": "since 1948"})
    (True, True)
    >>> _lasting_since({**row, "verb": "talk"}), _lasting_since({**row, "cue": "in"})
    (False, False)
    """
    cue, said = str(opt(row.get("cue")) or "").lower(), str(row.get("text") or "").lower()
    backward = words_in_any("backward_cues")  # the cue, or the expression's first words: "since 1961"
    if cue not in backward and not any(said.startswith(f"{c} ") for c in backward):
        return False
    verb = opt(row.get("verb"))
    lemma = lemma_infinitive(str(verb).lower()) if verb else ""
    return lemma in words_in_any("stative_verbs") | words_in_any("since_state_verbs")


def _report(row: dict[str, Any], data: Inputs, lo: int, hi: int,
            anaphoric: bool = False, floor: int = 0, plans: bool = False) -> Report | str:
    """The report of ``row``'s clause ``lo``..``hi``; nothing before ``floor`` (the end
    of a dateline: "NAIROBI, Kenya — The leaders ... said") belongs to its subject."""
    article = row["article_id"]
    text, offset = data.sentences[(article, int(row["sentence_id"]))]
    cause = _cause_span(text, lo, hi, offset, int(row["end_char"]), opt(row.get("subject_start")))
    prior = prior_acts(text, max(lo, offset) - offset, hi - offset, int(row["start_char"]) - offset)
    clause = _without(text[max(0, lo - offset): (cause[0] if cause[1] == hi else hi) - offset], prior,
                      max(lo, offset) - offset)
    mentions = data.mentions.get(article, [])
    inside = [m for m in mentions if m.start >= lo and m.end <= hi and not cause[0] <= m.start < cause[1]
              and not _aside(m, offset, prior)]
    named = [(text[m.start - offset: m.end - offset], text[max(0, lo - offset): m.start - offset])
             for m in inside]
    asides = relative_asides(text, max(lo, offset) - offset, hi - offset, int(row["start_char"]) - offset)
    places = list(dict.fromkeys(m.name for m in inside if m.place and not _aside(m, offset, asides)))
    filed = data.filed[article] if article in data.filed and _says_here(clause) else ""  # "signed here"
    filed = "" if filed in places else filed
    noun = _dated_noun(row)  # it, not the verb, says what happened
    verb = None if noun else opt(row.get("verb"))
    reason = verb_reason(verb, clause, named, data.outlets, bool(places or filed))
    if reason == "stative verb" and (noun := _noun_before_date(row, text, offset)) is not None:
        verb, reason = None, None  # "is the candidate in elections next week": the elections are
    if reason == "stative verb" and _possessed_thing(row, text, offset, mentions):
        verb, reason = None, None  # "Last week's Flame of Tarn was a fine show": the Flame happened
    if reason is not None:
        return reason
    if noun is None and _lasting_since(row) and not (
            places and lemma_infinitive(str(verb)) in words_in_any("stative_verbs") | words_in_any("lasting_verbs")):
        return "state"  # "the land they have lived in since 1948"; "has been / sigue en Tarn desde" is presence
    if _unnamed_statement(row, text, offset, mentions, clause, (lo, hi)):
        return "unnamed source"
    if not plans and (denied := unrealised(clause, verb, int(row["start_char"]) - max(lo, offset), text[hi - offset:],
                             text[: max(0, lo - offset)], reporting(row), _in_subject(row),
                             text[int(row["end_char"]) - offset:], str(row["text"]))) is not None:
        return denied  # "did not meet on Friday", "had been due to end on Sunday"
    subject, things = _subject(row, text, offset, (lo, hi), mentions, data.names, floor)
    subject = [m for m in subject if not _aside(m, offset, prior)]  # "After meeting A, B flew ..."
    acting = [m for m in inside if m.actor] + [m for m in subject if m.actor]
    subject_words = _subject_words(row, text, offset)
    acting += _people_counted(subject_words, mentions, offset, lo)
    said_subject = _subject_text(row, text, offset, (lo, hi), subject, floor, prior)
    who = participants(_head(text[: max(0, lo - offset)], clause) + _unframed(_blank(clause, inside, lo))
                       + " " + said_subject)
    who = who._replace(nouns=list(dict.fromkeys([*who.nouns, *_named_event_nouns(inside, text, offset)])))
    if opt(row.get("implied_subject")):  # "fijaron la agenda": they did, a pronoun left out
        who = who._replace(pronoun=True)
    alongside, also = _alongside(text, offset, hi, mentions)
    if acting or who or things:  # "el paro convocado por A comenzó el lunes": the strike's start too
        broke = _broke_out(verb, _subject_phrase(row, text, offset, lo, floor), _after_subject(row, text, offset, lo, hi)).nouns
        who = who._replace(nouns=list(dict.fromkeys([*who.nouns, *broke])))
    if not acting and not who and not things:
        acting = _cut_subject(data, article, int(row["sentence_id"]), text) \
            or _apposed(text, offset, lo, mentions, data.names, data.canonical)
        who = _counted(data, row, text[: max(0, lo - offset)], subject_words) or _count_group(subject_words) \
            or _signed(verb, said_subject or _subject_inside(row, text, offset, (lo, hi), floor)) \
            or _broke_out(verb, _subject_phrase(row, text, offset, lo, floor), _after_subject(row, text, offset, lo, hi))
        if not acting and not who:
            acting = _acting_alongside(text, offset, alongside, mentions)
        if not acting and not who:  # "The general reached A on Sunday after meeting B in C": B's and
            acting = [m for m in mentions if m.actor and lo <= m.start < hi and _aside(m, offset, prior)]  # C's still
        if not acting and not who:
            return "no participant"
    if reporting(row):
        reported = _reported(clause, str(row["verb"]), text[hi - offset:])
    else:  # the infinitive after the clause, or after its date inside it
        reported = _purpose(text[hi - offset:]) or _purpose(text[int(row["end_char"]) - offset: hi - offset])
    published, source = data.articles[article]
    return Report(
        row={**row, "tense": opt(row.get("tense")), "verb": opt(row.get("verb"))},
        actors=list(dict.fromkeys(m.name for m in acting)),
        places=places,
        sides=sorted({str(m.side) for m in acting if opt(m.side) not in (None, "")}),
        clause=clause, evidence=text,
        published=as_date(published), source=str(opt(source) or ""),
        anaphoric=anaphoric, groups=who.groups, content=reported,
        people=list(dict.fromkeys(m.name for m in acting if m.person)),
        people_sides=sorted({str(m.side) for m in acting if m.person and opt(m.side) not in (None, "")}),
        nouns=list(dict.fromkeys([*who.nouns, *participants(reported).nouns])),
        things=things, noun=noun, alongside=alongside, alongside_names=also,
        documents=documents(f"{clause} {reported}"), filed=filed,
        bystanders=list(dict.fromkeys(m.name for m in acting if _bystander(m))),
        placed=list(dict.fromkeys(m.name for m in acting if _bystander(m) and m.label != "NORP")),
    )


def _unnamed_statement(row: dict[str, Any], text: str, offset: int, mentions: list[Mention],
                       clause: str, bounds: tuple[int, int]) -> bool:
    """Whether ``row`` dates only what an unnamed source said: a reporting verb whose subject
    is a ``speaker_nouns`` word and names no person ("A spokesman for the delegation said last
    night that the watch will be kept up", "Un portavoz de la Delegación explicó anoche que la
    vigilancia se mantendrá"), reporting no event noun (a statement that tells of "the
    talks" or "the agreement" may date them: :func:`_tellings`)."""
    if not reporting(row):
        return False
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    if lo is None or hi is None:
        return False
    lo, hi = int(lo), int(hi)
    said = re.findall(r"\w+", text[max(0, lo - offset): max(0, hi - offset)].lower())
    if not set(said) & words_in_any("speaker_nouns") or any(m.person and lo <= m.start < hi for m in mentions):
        return False
    reported = _reported(clause, str(row.get("verb") or ""), text[bounds[1] - offset:])
    return not participants(f"{clause} {reported}").nouns


def _in_subject(row: dict[str, Any]) -> bool:
    """Whether ``row``'s date stands inside its verb's subject ("its remarks earlier this
    month did not revive it")."""
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    return lo is not None and hi is not None and lo <= int(row["start_char"]) < hi


def _aside(m: Mention, offset: int, asides: list[tuple[int, int]]) -> bool:
    """Whether ``m`` stands in one of a sentence's relative clauses (``asides``, offsets in
    the sentence starting at ``offset``: :func:`kit.timeline.clauses.relative_asides`)."""
    return any(a <= m.start - offset < b for a, b in asides)


def _bystander(m: Mention) -> bool:
    """Whether an acting mention is no party to the act: a place that is no state (a city, a
    region, a river: "Ventel viajará hoy a Damasco", "the border north of Aqaba"; LOC and
    FAC, and a GPE, ORG or MISC that is a city of ``cities.csv`` or a capital of
    ``demonyms.csv``, not a state's name of ``countries.csv``: a capital acting for its state
    is read as the state before, when the roles say so), or a bare demonym (a
    NORP of ``demonyms.csv``, or a lower-case one: "el Parlamento israelí", "the Jordanian
    parliament") that was not read as its state; not a plural one, a people that acts ("the
    Icelanders signed", "los islandeses firmaron"). Its name stays evidence of the report
    (:attr:`Report.names`); the event shows it as no actor (:meth:`kit.timeline.merge.Group.row`)."""
    if m.person:
        return False
    if m.label in ("LOC", "FAC"):
        return True
    if m.label in ("GPE", "ORG", "MISC") and not _is_state(m.name):
        # a city, also when the model read it as a body: "Eilat", "Damasco"
        return city_of(m.name) is not None or name_key(m.name) in capital_keys()
    if m.label == "NORP":
        plural = m.name.endswith(tuple(words_in_any("plural_endings")))  # "Icelanders": a people acting
        return not plural and not _is_state(m.name) and (name_key(m.name) in demonym_keys() or m.name.islower())
    return False


def _is_state(name: str) -> bool:
    return name_key(name) in country_keys()


def _cause_span(text: str, lo: int, hi: int, offset: int, date_end: int,
                subject: Any = None) -> tuple[int, int]:
    """Where, in the clause ``lo``..``hi``, a cause phrase stands that is not the clause's
    own act: from a word of ``cause_marks`` after its date to the clause's end
    ("suspended its participation on Saturday *in protest at* the extradition of X to the
    United States": X and the United States are the extradition's, not the
    suspension's), or to the clause's subject when that comes after it ("On Saturday,
    *in protest at the extradition of X,* Y suspended its participation": Y still acts);
    ``(hi, hi)`` when there is none."""
    start = max(date_end, lo) - offset
    found = _cause().search(text, max(0, start), max(0, hi - offset))
    if found is None:
        return hi, hi
    at = offset + found.start()
    return (at, int(subject)) if subject is not None and at < int(subject) < hi else (at, hi)


def _without(clause: str, spans: list[tuple[int, int]], start: int) -> str:
    """``clause`` (starting at ``start`` in its sentence) with ``spans`` (offsets in the
    sentence) blanked, each character a space: offsets into it still hold."""
    chars = list(clause)
    for a, b in spans:
        for i in range(max(0, a - start), min(len(chars), b - start)):
            chars[i] = " "
    return "".join(chars)


def _unframed(clause: str) -> str:
    """The clause without the event it happened in, from a word of ``frame_preps`` to
    the next comma ("asesinados el 16 de noviembre, *durante la ofensiva sobre la
    capital*": the offensive is no event noun of the killing); its names are left to
    the caller."""
    return _frame().sub(lambda m: " " * len(m.group(0)), clause)


def _says_here(clause: str) -> bool:
    """Whether ``clause`` has a word of ``here_words`` not after a word of ``away_preps``
    ("signed here", "aquí se firmaron"; not "cerca de aquí").

    >>> _says_here("signed here on Sunday"), _says_here("cerca de aquí")
    (True, False)
    """
    away = words_in_any("away_preps")
    return any(not (before := clause[:m.start()].split()) or before[-1].lower() not in away
               for m in _here().finditer(clause))


@lexicon_cache
def _here() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(words_in_any('here_words'))})(?!\w)", re.I)


@lexicon_cache
def _frame() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words_in_any('frame_preps'))})\b[^,;:]*", re.I)


@lexicon_cache
def _cause() -> re.Pattern[str]:
    """A word of ``cause_marks`` or of ``replacement_marks`` ("in place of X": X is who the
    actor succeeds, no party to the act): the names after it are none of the clause's."""
    marks = words_in_any("cause_marks") | words_in_any("replacement_marks")
    return re.compile(rf"\b(?:{alternation(marks)})\b", re.I)


def _alongside(text: str, offset: int, hi: int, mentions: list[Mention]) -> tuple[str, list[str]]:
    """What the sentence says happened at the time of the clause ending at ``hi``, and
    the names in it: the rest of the sentence after a word of ``simultaneous_marks``
    ("took power last Thursday, *when* the army removed Omar al-Fadil"; "shot down
    the drones on Saturday *as* they flew toward the Velmar field"). A word of
    ``loose_marks`` counts before a personal pronoun only ("as part of", "as expected"
    tell no act; "as the crowds stormed parliament" tells another's). "While" is left
    out: in news it mostly sets another act against the first."""
    found = _SIMULTANEOUS.match(text[hi - offset:])
    if found is None:
        return "", []
    mark, after = found.group(1).lower(), found.group(2).lower()
    if mark not in words_in_any("simultaneous_marks"):
        return "", []
    if mark in words_in_any("loose_marks") and after not in words_in_any("personal_pronouns"):
        return "", []  # "as they flew": the clause's own subject; "as the crowds stormed": another act
    start, end = hi + found.start(1), offset + len(text)
    names = [m.name for m in mentions if start <= m.start and m.end <= end]
    return text[start - offset:], list(dict.fromkeys(names))


def _acting_alongside(text: str, offset: int, said: str, mentions: list[Mention]) -> list[Mention]:
    """The actors of what the sentence says happened at the time of a clause (``said``, the
    end of ``text`` :func:`_alongside` gives), for a clause that names no one: "the process
    nearly collapsed in January, *when* the mediation of X saved it" (X acts that January)."""
    start, end = offset + len(text) - len(said), offset + len(text)
    return [m for m in mentions if said and m.actor and start <= m.start and m.end <= end]


def _dated_noun(row: dict[str, Any]) -> str | None:
    """The event noun the date dates ("the September election": "election"), when the
    date is at most a month long: "discussions over the next year" date no event."""
    noun = event_noun(opt(row.get("noun")) or "")
    start, end = as_date(row.get("start")), as_date(row.get("end"))
    if noun is None or start is None or end is None:
        return None
    return noun if (end - start).days < MAX_NOUN_DAYS else None


def _noun_before_date(row: dict[str, Any], text: str, offset: int) -> str | None:
    """The event noun written right before the date, or before its "on" (``act_day_preps``),
    when the parse hung the date elsewhere ("is the candidate in *elections* next week", "it
    was the *vote* on Sunday that ..."), and the date is at most a month long; None
    otherwise. Read for a clause whose verb says nothing happened: the noun's event did."""
    start, end = as_date(row.get("start")), as_date(row.get("end"))
    if start is None or end is None or (end - start).days >= MAX_NOUN_DAYS:
        return None
    before = text[: max(0, int(row["start_char"]) - offset)].split()
    if before and before[-1].lower() in words_in_any("act_day_preps"):
        before = before[:-1]
    return event_noun(before[-1].strip(",;:").lower()) if before else None


def _possessed_thing(row: dict[str, Any], text: str, offset: int, mentions: list[Mention]) -> bool:
    """Whether the date, in the possessive, is written right before the name of a thing that is
    no actor and no place (``THING_LABELS``: "*Last week's* Flame of Tarn was a fine show",
    "*Sunday's* Brennholm Marathon"): the date dates what the name names, an event that
    happened then, whatever the clause's verb says of it; at most a month long, as a dated
    noun (:data:`MAX_NOUN_DAYS`).

    >>> row = {"start": "2024-01-08", "end": "2024-01-14", "end_char": 9}
    >>> flame = Mention(12, 25, "Flame of Tarn", False, False, None, False, "WORK_OF_ART")
    >>> _possessed_thing(row, "Last week's Flame of Tarn was a fine show.", 0, [flame])
    True
    >>> _possessed_thing(row, "Last week, Flame of Tarn was a fine show.", 0, [flame])
    False
    """
    start, end = as_date(row.get("start")), as_date(row.get("end"))
    if start is None or end is None or (end - start).days >= MAX_NOUN_DAYS:
        return False
    after = re.match(r"['’]s?\s+", text[int(row["end_char"]) - offset:])
    if after is None:
        return False
    at = int(row["end_char"]) + after.end()
    return any(m.start == at and m.label in THING_LABELS and not (m.actor or m.place) for m in mentions)


def _subject(row: dict[str, Any], text: str, offset: int, clause: tuple[int, int],
             mentions: list[Mention], known: frozenset[str] = frozenset(), floor: int = 0
             ) -> tuple[list[Mention], list[str]]:
    """The mentions of the clause's subject that stand outside the clause, and, when
    no actor is named in the subject, the capitalised names in it that are no mention
    here: after "the" ("the Razoni": a ship), or names the corpus tags elsewhere
    (``known``: "Energean began production", the model missing the company here).
    Nothing before ``floor`` (a dateline) is the subject; a subject the parse found
    only there stands for the words between the dateline and the clause."""
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    if lo is None or hi is None:
        return [], []
    lo, hi = int(lo), int(hi)
    if hi <= floor:  # the parse took the dateline for the subject: what precedes the clause
        lo, hi = floor, max(floor, clause[0])
    lo = max(lo, floor)
    inside = [m for m in mentions if m.start >= lo and m.end <= hi]
    outside = [m for m in inside if not (m.start >= clause[0] and m.end <= clause[1])]
    if any(m.actor for m in inside):
        return outside, []
    covered = [(m.start, m.end) for m in mentions if m.end > lo and m.start < hi]
    things = [m.name for m in inside if m.label in THING_LABELS and not m.place]
    for found in _THING.finditer(text, max(0, lo - offset), max(0, hi - offset)):
        at, end = offset + found.start(1), offset + found.end(1)
        if not any(a < end and at < b for a, b in covered):
            things.append(found.group(1))
    for found in _CAPITALISED.finditer(text, max(0, lo - offset), max(0, hi - offset)):
        at, end = offset + found.start(), offset + found.end()
        if found.group(0) in known and not any(a < end and at < b for a, b in covered):
            things.append(found.group(0))
    return outside, list(dict.fromkeys(things))


def _subject_text(row: dict[str, Any], text: str, offset: int, clause: tuple[int, int],
                  subject: list[Mention], floor: int = 0, away: list[tuple[int, int]] | None = None) -> str:
    """The clause's subject where it stands outside the clause, its mentions blanked;
    nothing before ``floor`` (a dateline: "ARMY HEADQUARTERS, Calder —" is no group), nor
    what ``away`` holds (spans of the sentence: an act before the clause's,
    :func:`kit.timeline.clauses.prior_acts`)."""
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    if lo is None or hi is None or (clause[0] <= int(lo) and int(hi) <= clause[1]):
        return ""
    lo, hi = max(int(lo), floor), int(hi)
    if hi <= lo:
        return ""
    return _without(_blank(text[max(0, lo - offset): hi - offset], subject, lo), away or [], lo - offset)


def _subject_inside(row: dict[str, Any], text: str, offset: int, clause: tuple[int, int],
                    floor: int = 0) -> str:
    """The words of the clause's subject where it stands inside the clause, after
    ``floor`` (a dateline): "the text" of "since *the text* was initialled on Monday";
    "" when it stands outside (:func:`_subject_text`) or there is none."""
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    if lo is None or hi is None or not (clause[0] <= int(lo) and int(hi) <= clause[1]) or int(lo) < floor:
        return ""
    return text[max(0, int(lo) - offset): int(hi) - offset]


def _subject_words(row: dict[str, Any], text: str, offset: int) -> str:
    """The words of the clause's subject as the parse gives it ("" without one)."""
    lo, hi = opt(row.get("subject_start")), opt(row.get("subject_end"))
    return "" if lo is None or hi is None else text[max(0, int(lo) - offset): int(hi) - offset]


def _signed(verb: str | None, subject: str) -> Participants:
    """What a signing verb (``signing_verbs``) or a verb of agreeing on a text
    (``agreeing_verbs``: "the plan agreed on 3 May", "la agenda, pactada en marzo") acts on,
    when its clause names nothing else that acts and its subject, outside the clause or
    inside it, is a thing: an agreement, whatever word the subject gives it ("The result,
    signed at A on Monday, is ...", "El texto, firmado en A el lunes, ...", "since the
    document was initialled on Monday"): the signing is the event. A Spanish participle the
    model left for its lemma ("acordado") is its verb's (:func:`kit.extract.lemmas.lemma_infinitive`). Not with no
    subject, or only a dateline's ("A, B — Pledged to sign on Sunday": nothing says what)."""
    lemma = lemma_infinitive(verb.lower()) if verb else ""
    signed = bool(subject.strip()) and lemma in words_in_any("signing_verbs") | words_in_any("agreeing_verbs")
    return Participants([], [NOUN_KINDS["agreement_nouns"]] if signed else [], False)


def _subject_phrase(row: dict[str, Any], text: str, offset: int, lo: int, floor: int = 0) -> str:
    """The clause's subject as the parse gives it, with what follows it up to the clause
    when the subject stands before it (a relative clause's antecedent and its complement:
    "La prolongación *del paro en Venezuela,* que empezó en diciembre"), at most
    ``HEAD_WORDS`` words; nothing before ``floor`` (a dateline); "" without a subject."""
    start, end = opt(row.get("subject_start")), opt(row.get("subject_end"))
    if start is None or end is None or int(end) <= floor:
        return ""
    start, end = max(int(start), floor), int(end)
    stop = lo if end <= lo else end
    return " ".join(text[max(0, start - offset): max(0, stop - offset)].split()[:HEAD_WORDS])


def _broke_out(verb: str | None, subject: str, after: str = "") -> Participants:
    """The event a clause with nothing else acting in it tells when its verb says that
    its subject began, broke out or ended (``outbreak_verbs``: "estallar", "erupt",
    "expire") and its subject is an event noun (``event_nouns`` and the other lists of
    :data:`kit.timeline.clauses.EVENT_LISTS`, ``deadline_nouns``), or a noun that names an
    event only so said (``outbreak_nouns``: "crisis", "paro": "la crisis estalló en abril",
    "the standoff ended on Sunday"; "the crisis deepened in April" is no event): the noun,
    as :func:`kit.timeline.clauses.participants` gives it. Not a verb the model left for
    another word's lemma: the verb must be one of the list.

    The noun is the subject's head (:func:`_subject_head`), not a word modifying it ("the
    emergency budget") nor the complement of a person ("the mediator in the dispute"); a
    verb with a direct object (``after``, the words after the subject: "began his tour",
    "terminó sus deliberaciones") tells what the subject did, not that it broke out."""
    lemma = lemma_infinitive(verb.lower()) if verb else ""
    lang = "es" if lemma in words("outbreak_verbs", "es") else "en"
    if not subject.strip() or lemma not in words_in_any("outbreak_verbs") or _has_object(after, lang):
        return Participants([], [], False)
    head = _subject_head(subject, spanish=lang == "es")
    found = participants(head).nouns or [
        m.group(1).lower() for m in _outbreak_nouns().finditer(head)]
    return Participants([], found[:1], False)


_WORD = re.compile(r"[^\W\d_][\w'’-]*|[,;:()]")


def _subject_head(subject: str, spanish: bool) -> str:
    """The head noun of ``subject``, a noun phrase: after its determiners, the first word
    in Spanish ("la Corte Suprema"), the last before a preposition, a comma or a relative
    pronoun in English ("the emergency budget", "the mediator in the dispute"); when the
    head names a beginning or a lasting (it starts like a verb of ``onset_verbs`` or
    ``lasting_verbs``: "the start", "la prolongación") and "of"/"de" follows it
    (``of_preps``), the head of that complement ("la prolongación del paro": "paro")."""
    tokens = _WORD.findall(subject)
    skip = words_in_any("determiners") | words_in_any("indefinite_articles")
    while tokens and tokens[0].lower() in skip:
        tokens = tokens[1:]
    if not tokens:
        return ""
    stops = words_in_any("stopwords") | words_in_any("relative_pronouns") | words_in_any("locative_preps") \
        | words_in_any("of_preps") | words_in_any("head_preps") | words_in_any("complement_preps")
    end = next((i for i, w in enumerate(tokens) if not w[0].isalpha() or w.lower() in stops), len(tokens))
    if end == 0:
        return ""
    at = 0 if spanish else end - 1
    head = tokens[at]
    if end < len(tokens) and tokens[end].lower() in words_in_any("of_preps") and _names_a_start(head):
        return _subject_head(" ".join(tokens[end + 1:]), spanish)
    return head


def _names_a_start(noun: str) -> bool:
    """Whether ``noun`` is made from a verb of beginning or lasting (``onset_verbs``,
    ``lasting_verbs``): it starts with the verb's stem, the lemma less its infinitive
    ending (``infinitive_endings``, "se") or a final "e", five letters at least ("start",
    "beginning", "prolongación", "inicio", "continuation")."""
    endings = sorted(words_in_any("infinitive_endings"), key=len, reverse=True)
    noun = noun.lower()
    for verb in words_in_any("onset_verbs") | words_in_any("lasting_verbs"):
        stem = verb.removesuffix("se")
        stem = next((stem[: -len(e)] for e in endings if stem.endswith(e) and len(stem) > len(e) + 3), stem)
        stem = stem.removesuffix("e")
        if len(stem) >= 5 and noun.startswith(stem):
            return True
    return False


def _has_object(after: str, lang: str) -> bool:
    """Whether the words after a clause's subject, its date left out (``after``), give its
    verb a direct object: past auxiliaries, relative pronouns and function words
    (``stopwords``, ``be_forms``, ``perfect_aux``, ``future_aux``), the next word, the
    verb, is followed by a determiner or a possessive of the verb's language ``lang``
    ("began *his* tour", "concluyó *la* audiencia"; ``determiners``, ``indefinite_articles``),
    not a preposition with an article in it (``contracted_articles``: "terminó *al*
    mediodía"), nor a word of another language ("empezó *a* principios de mes")."""
    tokens = [w.lower() for w in _WORD.findall(after) if w[0].isalpha()]
    skip = words_in_any("stopwords") | words_in_any("be_forms") | words_in_any("perfect_aux") \
        | words_in_any("future_aux") | words_in_any("relative_pronouns")
    while tokens and tokens[0] in skip:
        tokens = tokens[1:]
    objects = (words_or("determiners", lang) | words_or("indefinite_articles", lang)) \
        - words_or("contracted_articles", lang, frozenset())
    return len(tokens) > 1 and tokens[1] in objects


def _after_subject(row: dict[str, Any], text: str, offset: int, lo: int, hi: int) -> str:
    """The clause ``lo``..``hi`` after its subject (all of it when the subject stands
    before it), the date expression blanked out; "" when the clause has no subject."""
    end = opt(row.get("subject_end"))
    if end is None:
        return ""
    start = max(int(end), lo)
    if start >= hi:
        return ""
    date_lo, date_hi = int(row["start_char"]), int(row["end_char"])
    chars = list(text[start - offset: hi - offset])
    for i in range(max(date_lo, start), min(date_hi, hi)):
        chars[i - start] = " "
    return "".join(chars)


@lexicon_cache
def _outbreak_nouns() -> re.Pattern[str]:
    """A noun of ``outbreak_nouns`` or ``deadline_nouns``, whole word, any language."""
    terms = words_in_any("outbreak_nouns") | words_in_any("deadline_nouns")
    return re.compile(rf"\b({alternation(terms, ignore_case=True)})\b", re.I)


def _cut_subject(data: Inputs, article: str, sentence_id: int, text: str) -> list[Mention]:
    """The actors of the rest of a sentence the parser cut in pieces (:func:`_cut_piece`):
    the clause's subject stands across the cut ("Arvelo" / ", detenido en marzo en
    Brennholm, ..."; "En junio de 1981," / "con las tropas desplegadas, el nuncio Ostrander
    anuncio ...", an accentless verb the model took for no verb); none for a whole sentence."""
    piece = _cut_piece(data, article, sentence_id, text)
    if piece is None:
        return []
    words_of, start = piece
    found = (_as_actor(m, words_of[m.start - start: m.end - start], data.names, data.canonical)
             for m in data.mentions.get(article, []) if start <= m.start and m.end <= start + len(words_of))
    return [m for m in found if m is not None]


def _as_actor(m: Mention, written: str, known: frozenset[str],
              canonical: Mapping[str, tuple[str, bool]] = MappingProxyType({})) -> Mention | None:
    """``m`` when it is an actor; else, when it is no place and a capitalised word of it as
    ``written`` is a name the corpus gives an actor elsewhere (``known``: :attr:`Inputs.names`),
    that name acting: the model tagged it otherwise here ("Ventel" a MISC, "Ventel murio" one
    MISC of a name and its verb, where other sentences tag "Mara Ventel" a person), named as
    the actor it names there (``canonical``: :attr:`Inputs.canonical`); None otherwise."""
    if m.actor:
        return m
    if m.place:
        return None
    name = next((w for w in _CAPITALISED.findall(written) if w in known), None)
    if name is None:
        return None
    actor, person = canonical.get(name, (name, m.person))
    return m._replace(name=actor, actor=True, person=person)


def _apposed(text: str, offset: int, lo: int, mentions: list[Mention], known: frozenset[str] = frozenset(),
             canonical: Mapping[str, tuple[str, bool]] = MappingProxyType({})) -> list[Mention]:
    """The actor a clause with no subject of its own is set beside: the clause opens in lower
    case, on no determiner, right after a comma that closes the actor's name ("a campaign
    inherited from Mara Ventel, *killed on 26 April*"; "Ventel, *que fue reelegido este mes*"):
    the name is who the clause tells of. A name the model tagged otherwise counts as the corpus
    tags it elsewhere (:func:`_as_actor`). None when anything else stands before the comma
    ("the archipelago, *recovered early this month*": no actor)."""
    before = text[: max(0, lo - offset)].rstrip()
    clause = text[max(0, lo - offset):].split()
    if not before.endswith(",") or not clause or not clause[0][:1].islower() \
            or clause[0].lower() in words_in_any("determiners"):
        return []
    comma = offset + len(before) - 1
    found = (_as_actor(m, text[m.start - offset: m.end - offset], known, canonical)
             for m in mentions if m.end == comma and m.start >= offset)
    return [m for m in found if m is not None]


def _cut_piece(data: Inputs, article: str, sentence_id: int, text: str) -> tuple[str, int] | None:
    """The sentence next to ``text`` (sentence ``sentence_id``) that is a piece of one
    sentence with it, with its start offset: the one before when ``text`` opens on a comma,
    or in lower case after a sentence with no closing punctuation ("Ostrander viajo" / "en
    junio de 1981,"); else the one after when ``text`` ends on a comma, or has no closing
    punctuation and the next opens in lower case ("El martes 2 de junio," / "el presidente
    Arvelo anuncio ..."). The piece before is preferred: the words after a comma that a
    subject stands before are often another clause ("..., y la mision quedo a cargo de Y")."""
    opening = text.lstrip()
    previous = data.sentences.get((article, sentence_id - 1))
    if previous is not None and (opening.startswith(",") or opening[:1].islower() and _runs_on(previous[0])):
        return previous
    following = data.sentences.get((article, sentence_id + 1))
    if following is not None and (text.rstrip().endswith(",") or _runs_on(text)
                                  and following[0].lstrip()[:1].islower()):
        return following
    return None


def _runs_on(sentence: str) -> bool:
    """Whether ``sentence`` ends with no closing punctuation (:data:`_CLOSING`): the parser
    cut it, its sentence goes on in the next."""
    return _CLOSING.search(sentence) is None


def _counted(data: Inputs, row: dict[str, Any], before: str, subject: str) -> Participants:
    """The event nouns an ordinal subject counts ("the sixth is to be held in Brennholm" after
    "the fifth round was held in Port Calder"; "the first of which ended" after "two meetings";
    "the second of three phases is due" after a sentence on the handover): those of the
    words before it in its sentence, else of the sentence before."""
    words_of = subject.strip().lower().split()
    words_of = words_of[1:] if words_of[:1] and words_of[0] in words("determiners") else words_of
    if not words_of or words_of[0] not in words("ordinal_words") or words_of[1:2] not in ([], ["of"]):
        return Participants([], [], False)  # "the sixth", "the first of which"; not "the first lady"
    found = participants(before)
    if not found.nouns:
        previous = data.sentences.get((row["article_id"], int(row["sentence_id"]) - 1))
        found = participants(previous[0]) if previous else found
    return Participants([], found.nouns, False)


def _people_counted(subject: str, mentions: list[Mention], offset: int, lo: int) -> list[Mention]:
    """The people a subject that is only their count stands for ("President A said that B
    had agreed when *the two* met on Saturday", "ambos"): the people named before the
    clause in its sentence, when they are as many as it counts; none otherwise."""
    count = _counted_people(subject)
    if count is None:
        return []
    before = [m for m in mentions if m.person and offset <= m.start and m.end <= lo]
    return before if len({m.name for m in before}) == count else []


def _count_group(subject: str) -> Participants:
    """A subject that is only a count of people ("the two met on Friday", "los dos viajaron
    a Montevideo", "both": ``group_counts``) is the group named before it.

    >>> _count_group("Los tres").groups, _count_group("the three ships").groups
    (['los tres'], [])
    """
    if _counted_people(subject) is not None:
        return Participants([subject.strip().lower()], [], False)
    return Participants([], [], False)


def _counted_people(subject: str) -> int | None:
    """How many people a subject that is only their count counts ("the two", "ambos":
    ``group_counts``), else None."""
    words_of = subject.strip().lower().split()
    words_of = words_of[1:] if words_of[:1] and words_of[0] in words_in_any("determiners") else words_of
    return _group_counts().get(words_of[0]) if len(words_of) == 1 else None


@lexicon_cache
def _group_counts() -> Mapping[str, int]:
    """Each word of ``group_counts`` (every language: a clause's language is not known
    here) with the number it counts."""
    return MappingProxyType({row["term"]: int(row["value"]) for row in read_table("number_words", lang=None)
                             if row["list"] == "group_counts"})


def _head(before: str, clause: str) -> str:
    """The words a clause hangs from when it has no subject of its own: "the deal" of
    "the deal signed on Friday", "the round in Doha" of "which ended on Tuesday". A
    clause opening on a name, a number or a determiner of any language has one ("el
    uruguayo votó esa misma semana" after "aceptar el plan de los mediadores;": the plan
    is the other clause's)."""
    first = clause.split()[0].lower() if clause.split() else ""
    own = first[:1].isupper() or first in words_in_any("determiners") or first.isdigit()
    return "" if own or clause[:1].isupper() else " ".join(before.split()[-HEAD_WORDS:]) + " "


def _reported(clause: str, verb: str, after: str) -> str:
    """What a reporting verb reports: its object in the clause ("announced *the capture
    of Shusha* on Sunday"; "said on Wednesday *he would not sign*": a form of any verb,
    :func:`kit.timeline.evidence.form_in`) and what follows the clause ("said on Sunday
    *that ...*")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    found = re.search(rf"\b{re.escape(stem)}\w*\s", clause, re.I) if len(stem) >= 4 else None
    found = found or form_in(verb, clause)
    return (clause[found.end():].lstrip() + " " if found else "") + after


def _purpose(after: str) -> str:
    """The infinitive that says what the clause's act is for, when one follows it ("met
    in Turkey next week *to review the details and sign a document*") or its date inside
    it ("voters will be asked on June 14 *to ratify the change*"): the act it names is
    the event's too."""
    found = _PURPOSE.match(after)
    return found.group(0).strip(" ,") if found else ""


def _named_event_nouns(mentions: list[Mention], text: str, offset: int) -> list[str]:
    """The event nouns in the names of things the clause gives, which :func:`_blank` hides
    from its groups: a named agreement is an agreement ("firmaron el *Acuerdo* de Velna",
    "the Tarn *Accord* was signed"), a named conference a meeting. Not in the name of an
    actor or a place ("the Peace *Council*", "Plaza de la *Revolución*": ``THING_LABELS``
    only, of no actor and no place)."""
    names = [text[max(0, m.start - offset): m.end - offset] for m in mentions
             if m.label in THING_LABELS and not (m.actor or m.place)]
    return participants(" ; ".join(names)).nouns


def _blank(clause: str, mentions: list[Mention], offset: int) -> str:
    """The clause with its named mentions blanked ("the Security Council" is no group);
    a number is no name ("*Thousands* marched": a group)."""
    chars = list(clause)
    for m in mentions:
        if m.label in NUMBER_LABELS:
            continue
        for i in range(max(0, m.start - offset), min(len(chars), m.end - offset)):
            chars[i] = " "
    return "".join(chars)


@lexicon_cache
def _anaphor() -> re.Pattern[str]:
    terms = frozenset().union(*(words_in_any(n) for n in EVENT_LISTS))
    nouns = "|".join(sorted(map(re.escape, terms), key=len, reverse=True))
    return re.compile(rf"^(?:but |and |so )?(?:the|these|those|that|this|its|their) "
                      rf"(?:\w+ )?(?:{nouns})s?\b", re.I)


def _anaphoric_reports(dates: pd.DataFrame, reasons: list[str], data: Inputs) -> Iterator[Report]:
    """Undated main clauses like "The talks, to be attended by X, ..." take the previous date."""
    first_clause = dates.groupby(["article_id", "sentence_id"])["clause_start"].min().to_dict()
    keep = pd.Series([r in ("", "no participant", "stative verb", "bound") for r in reasons],
                     index=dates.index, dtype=bool)  # a list would be read as columns when empty
    dating = dates[keep]
    day = dating[dating["granularity"].eq("day")]
    last_day = {(r["article_id"], r["sentence_id"]): r for r in records(day)}
    for (article, sentence), (text, offset) in data.sentences.items():
        row = last_day.get((article, sentence - 1))
        if row is None:
            continue
        clause = opt(first_clause.get((article, sentence)))
        end = offset + len(text) if clause is None else min(offset + len(text), int(clause))
        anaphor = _anaphor().match(text[: max(0, end - offset)])
        if anaphor is None:
            continue
        note = f"'{anaphor.group(0)}' refers back to '{row['text']}' in the previous sentence"
        row = {**row, "sentence_id": sentence, "explanation": f"{note}: {row['explanation']}"}
        report = _report(row, data, offset, end, anaphoric=True)
        if isinstance(report, Report):
            yield report
