"""The one door to kit's lexicons: every data file is read, checked and cached here.

kit's own lexicons live in ``kit/lexicon/data/`` and are read by name
(``read_table("titles")``); your files are read by path, with the same checks
(``read_table("aliases", "data/aliases.csv")``). Each lexicon has a
:class:`Schema` in :data:`SCHEMAS`: required columns, optional ones and the
known values of its enum columns. A file that breaks it raises
:class:`LexiconError`, which names the file, the line and the column, and
says how to fix it.

Rules every CSV lexicon follows (UTF-8, with or without BOM):

- ``lang`` (ISO 639-1, ``en``) says which language a row is for; readers
  filter by it (default English). kit's files fill it in on every row; your
  files may leave it out (a row without ``lang`` is English).
- Values are stripped of surrounding spaces; blank rows are skipped, and so is
  a row whose first cell starts with ``#`` (a comment).
- ``source`` (optional; ``countries.csv``, ``demonyms.csv``, ``context_countries.csv``, ``bodies.csv``,
  ``body_heads.csv`` (the charter or treaty article that sets up the office), ``subdivisions.csv``, ``cities.csv``, ``family_names.csv`` and ``state_bodies.csv`` fill it in)
  says where a row comes from: a package and its version for the rows
  :mod:`kit.lexicon.build` generates or a package's data list gives, ``kit``
  for rows kept by hand.

``.jsonl`` lexicons (span_ruler patterns) hold one JSON object per line; their
keys are checked like columns.

A lexicon's words match whether or not their accents are written: for each row whose
``folded`` columns (:class:`Schema`: the word looked up, ``term`` of ``words.csv``,
``glossary.csv`` and ``calendar_words.csv``, ``title`` of ``titles.csv``, ``name`` of
``holidays.csv``) carry an accent, :func:`read_table` also gives the row with those
columns :func:`unaccented` ("reunión" is read as "reunion" too, "miércoles" as
"miercoles", "Tánaiste" as "Tanaiste"), after the rows of the file, unless a row of
the file in the same language and of the same kind (its enum columns: the list of
``words.csv``) already spells the word so; that row keeps its own values. Much news
is written without accents, and "ñ" is dropped with them ("acompañar" is written
"acompanar", "año" "ano"), so a reader of these lexicons matches a word as a text
writes it, with no rows of its own for unaccented spellings.

Whatever is read stays cached until :func:`clear_lexicon_cache` (kit's files)
or until the file changes on disk (your files). Loaders return immutable
values: :class:`Row` mappings in a tuple, frozen records.

Examples
--------
>>> titles = read_table("titles")
>>> titles[0]["title"], titles[0]["lang"]
('Secretary of State', 'en')
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar, overload

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_LANG = "en"
T = TypeVar("T")
_LANG_CODE = re.compile(r"[a-z]{2}")
WORD_LISTS = (
    "reporting_verbs", "reply_verbs", "quoting_verbs", "naming_verbs", "predicate_marks", "accord_verbs", "since_preps", "process_nouns", "source_nouns", "age_words", "source_itself", "pronouns",
    "future_aux", "planning_verbs", "planning_copulas", "copula_subjects", "copula_idioms", "date_modifiers",
    "determiners", "government_words", "locative_preps", "group_anaphors", "state_anaphors", "org_words", "organ_nouns", "backer_nouns", "school_nouns",
    "place_preps", "motion_verbs", "place_nouns", "place_name_heads", "facility_nouns", "nationality_nouns",
    "partitives", "name_particles", "honorifics", "lowercase_honorifics", "male_honorifics", "female_honorifics", "initial_honorifics", "clergy_honorifics", "peerage_styles", "saint_words", "feast_nouns", "regnal_titles", "regnal_name_titles", "royal_honorifics", "operation_nouns", "patronymics", "name_suffixes", "first_name_suffixes",
    "surname_joiners",
    "spelling_variants", "surname_suffixes", "transliteration_letters", "particle_variants",
    "forward_cues", "backward_cues", "cue_words", "boundary_cues", "deadline_cues", "deadline_nouns", "deadline_verbs", "deadline_giving_verbs", "outbreak_verbs", "outbreak_nouns", "authored_nouns", "span_end_cues", "lasting_verbs", "event_modifiers",
    "event_nouns", "meeting_nouns", "agreement_nouns", "ceasefire_nouns", "vehicle_nouns", "street_nouns", "document_nouns", "approval_verbs", "declaring_verbs", "past_modifiers", "exile_nouns", "past_prefixes", "group_nouns", "member_groups", "party_parts", "member_preps", "member_pronouns", "apposition_openers", "list_openers", "leader_preps", "leading_verbs", "person_possessives", "thing_possessives", "thing_pronouns", "representing_preps", "commissioning_preps", "representing_verbs", "transit_verbs", "contrast_openers", "relative_possessives", "counterpart_nouns", "party_nouns", "org_kind_nouns", "alias_verbs", "alias_nouns", "alias_words", "alias_preps", "alias_by", "alias_owners", "alias_adverbs", "alias_openers", "alias_relatives", "alias_calls", "alias_copulas", "own_name_nouns", "holiday_units", "name_articles", "name_article_forms", "complement_stops", "complement_preps", "articles", "contracted_articles", "of_preps", "head_preps", "destination_preps", "destination_verbs", "crossing_verbs", "crossing_preps", "route_preps", "route_nouns", "conjunctions", "personal_pronouns", "stative_verbs", "interview_verbs", "appointing_verbs", "leaving_verbs", "leaving_nouns", "role_preps", "body_anaphors", "side_participles", "backer_participles", "scene_preps", "posted_titles", "compass_halves", "encounter_verbs", "meeting_verbs", "membership_verbs", "simultaneous_marks", "loose_marks", "light_verbs", "presidency_words", "presidency_heads", "relative_pronouns", "perfect_aux", "office_verbs", "styling_verbs", "reflexive_pronouns", "succession_verbs", "membership_preps", "deputy_modifiers", "head_modifiers", "state_body_words", "shared_state_body_names", "state_organ_names", "kin_nouns", "succession_nouns", "non_state_modifiers", "org_descriptors", "subject_possessives", "shared_offices", "common_acronyms", "membership_heads", "portfolio_words", "mission_body_words", "party_name_words", "day_parts", "infinitive_endings", "verb_endings", "unaccented_futures", "future_stems", "place_saint_words", "so_called_words", "announcing_verbs", "setting_preps", "setting_nouns", "principal_bodies", "singular_partitives", "monarchy_words", "title_verbs", "holder_nouns", "owner_adjectives", "escort_verbs", "state_adjectives", "group_heads", "subdivision_anaphors", "faith_adjectives", "party_family_adjectives", "ethnic_adjectives", "governed_peoples", "place_group_nouns", "government_head_titles", "grouping_verbs", "portfolio_nouns", "unaccented_pasts", "portfolio_heads", "past_verb_endings", "charge_nouns", "spouse_titles", "other_words", "standing_nouns", "fellow_nouns",
    "outlet_words", "wire_agencies", "caption_cues", "stamp_cues", "kicker_words", "header_words", "sequence_conjunctions", "dateline_places", "newspaper_nouns", "publisher_nouns", "community_nouns", "acting_verbs",
    "prospective_preps", "after_preps", "topic_preps", "remit_preps", "circumstance_nouns", "present_modifiers", "seat_participles", "date_hedges", "date_run_on",
    "stopwords",
    "source_postmodifiers", "seniority_words", "source_determiners", "source_body_preps", "relative_subjects", "adverbial_relatives", "time_relatives", "speaker_nouns", "group_name_nouns", "party_name_nouns",
    "chain_back_words", "chain_day_units", "chain_closers", "apart_words", "frame_preps", "possibility_aux", "perfect_modals", "cause_marks", "replacement_marks", "prior_act_preps", "gerund_endings", "enclitic_pronouns", "perfect_aux_forms", "since_state_verbs", "be_forms", "scheduling_words", "place_before_preps",
    "place_before_moves", "date_leading_preps", "act_day_preps", "day_target_words", "day_part_deictics", "day_part_modifiers",
    "nominal_endings", "stem_endings", "indefinite_articles", "attribution_phrases", "ordinal_words",
    "byline_words", "byline_joiners", "credit_words", "writer_titles", "credit_phrases", "plural_endings", "plural_respellings", "hostile_verbs", "protest_verbs", "onset_verbs", "signing_verbs", "agreeing_verbs", "arrival_verbs", "departure_verbs",
    "appointment_verbs", "participle_endings", "concluding_verbs", "impersonal_verbs",
    "cleft_subjects", "cleft_marks",
    "here_words", "away_preps", "ban_verbs", "surrender_verbs", "capture_verbs", "killing_verbs", "withdrawal_verbs", "combat_verbs", "attendance_verbs", "agent_preps", "presence_preps", "object_markers", "passive_aux",
    "negation_sharing_conjunctions", "negation_words", "negative_determiners", "negative_idioms", "negation_fillers",
    "negation_cancellers", "superseded_plan_marks", "plan_marks", "plan_contrasts", "continuation_cues",
    "listing_verbs", "polity_heads", "subdivision_offices", "federal_words", "federation_words", "representation_verbs", "municipal_offices", "membership_bodies", "membership_roles",
    "date_named_nouns",
    "passive_forms", "count_hedges", "client_nouns", "past_stem_vowels", "head_titles",
    "generic_head_titles", "chair_titles", "fixed_of_titles", "office_body_nouns", "presiding_titles", "shared_words",
    "chamber_words", "military_words", "military_ranks",
    "people_endings", "people_place_endings", "tenure_modifiers", "interim_modifiers", "transition_modifiers",
    "third_party_titles", "body_agent_titles", "armed_group_modifiers", "armed_group_openers", "accompaniment_preps",
    "national_institutions", "institution_head_titles",
    "masculine_roles", "feminine_roles",
    "number_signs", "numbered_nouns",
)
"""The lists of ``words.csv`` (see :func:`kit.lexicon.wordlists.words`)."""
NUMBER_LISTS = ("source_counts", "duration_numbers", "ordinals", "group_counts")
"""The lists of ``number_words.csv`` (see :func:`kit.lexicon.wordlists.numbers`)."""
NOT_IN_ENGLISH = ("contracted_articles", "impersonal_verbs", "surname_joiners", "lowercase_honorifics", "past_prefixes", "infinitive_endings", "verb_endings",
                  "participle_endings",
                  "subject_possessives", "holder_nouns", "owner_adjectives", "state_adjectives", "group_heads", "subdivision_anaphors",
                  "unaccented_futures", "unaccented_pasts", "object_markers", "passive_aux", "past_verb_endings", "charge_nouns",
                  "date_named_nouns", "past_stem_vowels", "transit_verbs", "day_target_words", "sequence_conjunctions",
                  "future_stems", "place_saint_words", "so_called_words", "enclitic_pronouns")
"""Lists of words English has none of ("del", "al": a preposition and an article in one;
"ex", glued to the office: "expresidente"; ranks a language writes in lower case before
a name: "el general Ana Ruiz"; "su", one possessive for his, her, its and their;
"titular", the holder of an office named by its body: "el titular del Congreso"; an
adjective after a group noun that says whose group it is: "la delegación guerrillera"; the
ending a future has without its accent: "firmara"; the "a" before a person as object,
"recibió a X"; "ser" of a passive, "fue recibida por X", which the Spanish parser does not
label apart; a street or body named by a date written right after its noun, "la avenida 12
de Octubre", where English puts the date first; "para" or "a más tardar" before the "el"
of a day, which English writes with "for" or "by" in its place)."""
BODY_KINDS = ("organization", "bloc", "alliance", "court", "agency", "institution", "mission")
"""The kinds of ``bodies.csv`` (see :mod:`kit.lexicon.bodies`)."""


class LexiconError(ValueError):
    """A lexicon file kit cannot use; the message names file, line, column and the fix."""


@dataclass(frozen=True)
class Schema:
    """What one lexicon must look like.

    ``columns`` must be in the header and filled in on every row (``lang``
    is added for kit's own files); ``optional`` columns may be missing or
    empty; ``known`` lists the values an enum column accepts (checked
    case-insensitively, returned lower-case) and ``hints`` says what they mean;
    ``nouns`` names a column's value in messages ("marker kind").
    ``skip_incomplete`` drops a row with an empty required value instead of
    raising (the user's alias table has always worked that way). ``folded``
    columns hold the word a reader looks up: a row is read with them
    :func:`unaccented` too.
    """

    file: str
    columns: tuple[str, ...]
    optional: tuple[str, ...] = ()
    known: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    hints: Mapping[str, str] = field(default_factory=dict)
    nouns: Mapping[str, str] = field(default_factory=dict)
    skip_incomplete: bool = False
    folded: tuple[str, ...] = ()


SCHEMAS: Mapping[str, Schema] = MappingProxyType({
    "titles": Schema(
        "titles.csv", ("title", "kind"), ("side", "ruler", "scope", "role", "states"),
        known={"kind": ("title", "modifier", "postmodifier", "regnal"), "ruler": ("yes", "no"), "scope": ("state", "body", "person")},
        hints={"kind": "'title' is a role, 'modifier' a word before one ('deputy'), 'postmodifier' "
                       "one after a title of its language ('interino': 'interim'), 'regnal' "
                       "a role that is part of the name it precedes ('Pope' in 'Pope Anselm')",
               "ruler": "'yes' also marks the title as TITLE in spaCy's span_ruler",
               "scope": "'state' is an office of a state (minister, president, ambassador, senator), "
                        "'body' one of an international body (Secretary-General), 'person' no office "
                        "but what a person is (diplomat): a demonym before it is a nationality, "
                        "not a side stated; empty: either",
               "role": "how the role is shown, when not as written: the English title of "
                       "another language's ('canciller': 'Foreign Minister'), the full form of "
                       "an abbreviation ('Sen.': 'Senator'), the English of another language's "
                       "modifier ('ex': 'former'; a postmodifier's '{}' stands for the title's, "
                       "'electo': '{}-elect')",
               "states": "the states whose offices go by this title, ';'-separated, when only some "
                         "do ('Majority Leader'); empty: any state; '-United States': a state "
                         "whose office of this kind goes by another title (a Secretary of State, "
                         "no 'Foreign Minister')"},
        folded=("title",)),
    "demonyms": Schema(
        "demonyms.csv", ("term", "country", "kind"), ("source",),
        known={"kind": ("country", "demonym", "capital", "city_state", "institution")}),
    "countries": Schema("countries.csv", ("alias", "canonical"), ("source",)),
    "bodies": Schema(
        "bodies.csv", ("alias", "canonical", "kind", "side"), ("source", "until"),
        known={"kind": BODY_KINDS},
        hints={"kind": "see kit.lexicon.bodies for what each kind means"}),
    "subdivisions": Schema("subdivisions.csv", ("term", "country", "kind"), ("source",)),
    "former_states": Schema("former_states.csv", ("state", "successor", "since", "until"), ("source",)),
    "former_seats": Schema("former_seats.csv", ("place", "state", "successor", "since", "until"), ("source",)),
    "context_countries": Schema("context_countries.csv", ("term", "country", "kind"), ("source",),
                                known={"kind": ("country", "demonym", "rival")}),
    "subdivision_overrides": Schema(
        "", ("action", "code"), ("term", "note"),
        known={"action": ("include", "drop", "keep")},
        hints={"action": "'include' adds a subdivision (ISO 3166-2 code) of a local type, "
                         "'drop' leaves a term out, 'keep' records a reviewed term kept"}),
    "cities": Schema("cities.csv", ("term", "country", "kind"), ("source",)),
    "city_overrides": Schema(
        "", ("action", "code", "term"), ("note",), known={"action": ("drop", "keep")},
        hints={"action": "'drop' leaves a city's name out (code: ISO 3166-1 alpha-2), "
                         "'keep' records a reviewed name kept"}),
    "country_overrides": Schema(
        "", ("action", "country"), ("term", "note"),
        known={"action": ("include", "name", "drop", "keep", "historic", "unlisted", "alias", "demonym",
                          "context", "rival", "seat")},
        hints={"action": "'include' adds a country (ISO3) that is no UN member, 'name' gives "
                         "its canonical name, 'drop' leaves a term out, 'keep' records a "
                         "reviewed term kept, 'historic' adds a former state (ISO 3166-3 "
                         "code) under the name given, 'unlisted' a former state ISO 3166-3 "
                         "lacks (its Wikidata id, cited in the note), 'alias' another name "
                         "news used for either, 'demonym' gives a former state's "
                         "demonym in the row's lang, 'context' leaves a term to the article "
                         "(read as the country where the article names it unambiguously too), "
                         "'rival' names a country whose places speak against a context term, "
                         "'seat' gives a seat of government that is not the capital"}),
    "aliases": Schema("", ("alias", "canonical"), skip_incomplete=True),
    "nicknames": Schema("nicknames.csv", ("nickname", "name")),
    "transliterations": Schema("transliterations.csv", ("spelling", "name"), ("source",)),
    "family_names": Schema(
        "family_names.csv", ("name", "origin"), ("source",),
        known={"origin": ("korean", "chinese", "vietnamese")},
        hints={"origin": "the naming tradition that writes the family name first"}),
    "boilerplate": Schema(
        "boilerplate.csv", ("kind", "pattern"), ("note",), known={"kind": ("line", "tail")},
        hints={"kind": "'line' drops the line, 'tail' drops it and everything after it"},
        nouns={"kind": "marker kind"}),
    "words": Schema("words.csv", ("list", "term"), known={"list": WORD_LISTS}, folded=("term",)),
    "number_words": Schema("number_words.csv", ("list", "term", "value"), known={"list": NUMBER_LISTS},
                           hints={"list": "see kit.lexicon.wordlists.numbers"}),
    "calendar_words": Schema(
        "calendar_words.csv", ("term", "kind", "meaning"),
        known={"kind": ("month", "weekday", "month_abbr", "weekday_abbr", "before", "after", "unit",
                        "part", "deictic", "adverb_deictic", "number", "ago", "of", "later",
                        "following", "same", "that")},
        hints={"kind": "what the word is in a date: a month or weekday name or its abbreviation "
                       "('Sept.', as written), a modifier 'before' "
                       "or 'after' it (last, next, this), a 'unit' (week), a 'part' (early, mid, "
                       "late), a 'deictic' word (yesterday), an 'adverb_deictic' one, a date only "
                       "where the parser reads it as an adverb ('mañana': tomorrow; the noun: "
                       "morning), a 'number', 'ago' or 'of', or a word "
                       "of a chain counted from an earlier date: 'later' after a count (three days "
                       "later, earlier), 'following' after a unit (the following day, the "
                       "previous week), 'same' and 'that' before one (the same week, that day)",
               "meaning": "the English words kit's date rules read for it ('December', 'last')"},
        folded=("term",)),
    "seasons": Schema("seasons.csv", ("season", "month"),
                      known={"month": tuple(str(m) for m in range(1, 13))},
                      hints={"month": "the month the season starts in, 1-12"}),
    "entity_patterns": Schema("entity_patterns.jsonl", ("label", "pattern"), ("id",)),
    "verb_forms": Schema("verb_forms.csv", ("form", "lemma"), ("source",)),
    "verb_nouns": Schema("verb_nouns.csv", ("verb", "noun"), ("source",), folded=("noun",)),
    "event_classes": Schema("event_classes.csv", ("class", "term", "scope"), ("source",),
                            known={"class": ("travel", "speech", "meeting", "signing", "vote",
                                             "election", "inauguration", "release", "opening",
                                             "closing", "return"),
                                   "scope": ("any", "thing")},
                            hints={"class": "the kind of event the word tells, in any language: "
                                            "'travel' (travel, viajar), 'speech' (address, "
                                            "discurso), 'meeting' (meet, reunión), 'signing' (sign, "
                                            "firmar), 'vote' (vote, aprobar), 'election' (polls, "
                                            "comicios), 'inauguration' (swear, asumir), 'release' (free, "
                                            "liberación), 'opening' (open, "
                                            "instalar), 'closing' (end, clausurar), 'return' (homecoming, "
                                            "regreso)",
                                   "scope": "'any': two words of the class tell one act; 'thing': "
                                            "only of one thing (an event noun both name: 'the talks "
                                            "opened', 'se instaló el diálogo'), the word being said "
                                            "of many acts"},
                            folded=("term",)),
    "verbs": Schema("verbs.csv", ("lemma",), ("source",)),
    "plurals": Schema("plurals.csv", ("singular", "plural")),
    "glossary": Schema("glossary.csv", ("term", "english"), folded=("term",)),
    "heads": Schema("heads.csv", ("body", "office")),
    "body_heads": Schema("body_heads.csv", ("body", "office"), ("default", "source"), known={"default": ("yes",)},
                         hints={"default": "'yes': a bare title of this office names this body when no body "
                                           "the article names has the office ('Secretary-General': the UN)"}),
    "state_bodies": Schema("state_bodies.csv", ("body", "states"), ("source",)),
    "holidays": Schema("holidays.csv", ("name", "rule", "granularity"), ("source",),
                       known={"granularity": ("day", "week")},
                       hints={"granularity": "'day' is the holiday itself, 'week' the ISO week holding it"},
                       folded=("name",)),
})
"""Every lexicon kit reads, by name; ``file`` is kit's own copy in :data:`DATA_DIR`."""


class Row(Mapping[str, str]):
    """One row of a CSV lexicon: its values by column, and where it stands in its file."""

    __slots__ = ("_values", "path", "line", "number")

    def __init__(self, values: Mapping[str, str], path: Path, line: int, number: int) -> None:
        self._values = dict(values)
        self.path, self.line, self.number = path, line, number

    def __getitem__(self, column: str) -> str:
        return self._values[column]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({self._values!r}, line={self.line})"

    def where(self, column: str = "") -> str:
        """``"<file>, line 3 (data row 2), column 'kind'"``, for messages."""
        return _where(self.path, self.line, self.number, column)


def read_table(lexicon: str, path: str | os.PathLike[str] | None = None, *,
               lang: str | None = DEFAULT_LANG) -> tuple[Row, ...]:
    """Rows of the CSV lexicon ``lexicon``, checked against its :data:`SCHEMAS` entry.

    Parameters
    ----------
    lexicon:
        A name of :data:`SCHEMAS` ("titles", "aliases", ...).
    path:
        Your own file in that shape; ``None`` reads kit's (in :data:`DATA_DIR`).
    lang:
        Keep the rows of this language; ``None`` keeps every row.

    Raises
    ------
    LexiconError
        The file breaks the schema (the message names file, line and column).

    Examples
    --------
    >>> {row["kind"] for row in read_table("demonyms")} >= {"demonym", "capital"}
    True
    """
    return _read(*_locate(lexicon, path), lang)


def read_records(lexicon: str, path: str | os.PathLike[str] | None = None, *,
                 lang: str | None = DEFAULT_LANG) -> tuple[Mapping[str, Any], ...]:
    """Frozen records of the JSONL lexicon ``lexicon`` (objects → mappings, lists → tuples).

    Examples
    --------
    >>> sorted({r["label"] for r in read_records("entity_patterns")})
    ['DATE', 'ORG', 'PERSON']
    """
    return _read(*_locate(lexicon, path), lang)


def clear_lexicon_cache() -> None:
    """Forget every lexicon read and everything built from one (:func:`lexicon_cache`).

    Call it after editing a file in ``kit/lexicon/data/``; your own files are
    re-read whenever they change. A spaCy pipeline already loaded keeps its
    patterns: :func:`kit.nlp.pipeline.clear_nlp_cache` forgets it.
    """
    _read_file.cache_clear()
    for clear in _DERIVED:
        clear()


_DERIVED: list[Callable[[], None]] = []


@overload
def lexicon_cache(func: Callable[..., T], /) -> functools._lru_cache_wrapper[T]: ...
@overload
def lexicon_cache(*, maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]: ...
def lexicon_cache(func: Callable[..., T] | None = None, /, *, maxsize: int = 64) -> Any:
    """Cache ``func``, a value built from lexicons, until :func:`clear_lexicon_cache`;
    ``@lexicon_cache(maxsize=4096)`` keeps more entries (a function called on many texts).

    Examples
    --------
    >>> @lexicon_cache
    ... def title_count() -> int:
    ...     return len(read_table("titles"))
    >>> title_count() == title_count.__wrapped__()
    True
    >>> @lexicon_cache(maxsize=1024)
    ... def is_title(text: str) -> bool:
    ...     return any(row["title"] == text for row in read_table("titles"))
    >>> is_title("Secretary of State"), is_title.cache_info().maxsize
    (True, 1024)
    """
    def cache(func: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(func)
        _DERIVED.append(cached.cache_clear)
        return cached

    return cache if func is None else cache(func)


# -- reading -------------------------------------------------------------------------------
def _locate(lexicon: str, path: str | os.PathLike[str] | None) -> tuple[Path, str]:
    schema = SCHEMAS.get(lexicon)
    if schema is None:
        raise LexiconError(f"no lexicon named {lexicon!r}; kit knows {', '.join(SCHEMAS)}")
    if path is not None:
        return Path(path), lexicon
    if not schema.file:
        raise LexiconError(f"kit has no {lexicon!r} file of its own; pass the path of yours")
    return DATA_DIR / schema.file, lexicon


def _read(path: Path, lexicon: str, lang: str | None) -> Any:
    own = path.parent == DATA_DIR or path.resolve().parent == DATA_DIR.resolve()
    try:
        stat = None if own else path.stat()
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file; kit expected a {lexicon} lexicon "
                                f"({', '.join(SCHEMAS[lexicon].columns)}) there") from None
    stamp = None if stat is None else (stat.st_mtime_ns, stat.st_size)
    return _read_file(path, lexicon, lang, own, stamp)


@functools.lru_cache(maxsize=64)
def _read_file(path: Path, lexicon: str, lang: str | None, own: bool,
               stamp: tuple[int, int] | None) -> tuple[Any, ...]:
    """Cached read; ``stamp`` (mtime, size) makes an edited user file a new entry."""
    text = path.read_text(encoding="utf-8-sig")
    schema = SCHEMAS[lexicon]
    if path.suffix == ".jsonl":
        records = _jsonl_records(text, path, schema, own)
    else:
        records = _with_unaccented(tuple(_csv_rows(text, path, schema, own)), schema)
    return tuple(r for r in records if lang is None or r["lang"] == lang)


def unaccented(text: str) -> str:
    """``text`` with its accents dropped: every combining mark of its letters ("ñ" is "n").

    >>> unaccented("reunión"), unaccented("Tánaiste"), unaccented("acompañar"), unaccented("Ñuñoa")
    ('reunion', 'Tanaiste', 'acompanar', 'Nunoa')
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _with_unaccented(rows: tuple[Row, ...], schema: Schema) -> Iterator[Row]:
    """``rows``, then each row whose ``folded`` columns carry an accent with them
    :func:`unaccented`, unless a row of the same language and kind (its ``known``
    columns) already has those words: a spelling the file gives keeps its own row."""
    yield from rows
    if not schema.folded:
        return
    keyed = (*schema.folded, *schema.known, "lang")
    seen = {tuple(row.get(c, "") for c in keyed) for row in rows}
    for row in rows:
        values = {**row, **{c: unaccented(row[c]) for c in schema.folded}}
        key = tuple(values.get(c, "") for c in keyed)
        if key not in seen:
            seen.add(key)
            yield Row(values, row.path, row.line, row.number)


def _csv_rows(text: str, path: Path, schema: Schema, own: bool) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    required = (*schema.columns, "lang") if own else schema.columns
    _check_header(path, header, required)
    number = 0  # data rows, counted as a spreadsheet would (blank lines are no rows)
    for cells in reader:
        number += bool(cells)
        line = reader.line_num
        if not any(c.strip() for c in cells) or cells[0].strip().startswith("#"):
            continue
        if len(cells) > len(header):
            raise LexiconError(
                f"{_where(path, line, number)}: {len(cells)} cells for {len(header)} columns "
                f"({','.join(header)}); put a value that holds a comma in double quotes")
        values = {name: cell.strip() for name, cell in zip(header, cells)}
        values = {c: values.get(c, "") for c in (*schema.columns, *schema.optional, "lang")}
        if schema.skip_incomplete and not all(values[c] for c in schema.columns):
            continue
        yield Row(_checked(values, schema, required, path, line, number), path, line, number)


def _check_header(path: Path, header: list[str], required: tuple[str, ...]) -> None:
    missing = [c for c in required if c not in header]
    if missing:
        raise LexiconError(
            f"{path}: lexicon needs columns {','.join(required)}; missing {', '.join(missing)} "
            f"in line 1, the header (found: {','.join(header) or 'no header'}). Make the first "
            f"line '{','.join(required)}' and give each row a value per column")


def _checked(values: dict[str, Any], schema: Schema, required: tuple[str, ...], path: Path,
             line: int, number: int | None = None) -> dict[str, Any]:
    """``values`` with ``lang`` defaulted and enum values lower-cased, once every check passes."""
    for column in required:
        if values.get(column) in (None, ""):
            noun = schema.nouns.get(column, column)
            raise LexiconError(f"{_where(path, line, number, column)}: empty {noun}; every row "
                               f"needs a {column}: fill it in or delete the row")
    for column, known in schema.known.items():
        value = values.get(column) or ""
        if value and value.lower() not in known:
            noun = schema.nouns.get(column, column)
            hint = f" ({schema.hints[column]})" if column in schema.hints else ""
            raise LexiconError(f"{_where(path, line, number, column)}: unknown {noun} {value!r}; "
                               f"use one of {', '.join(known)}{hint}")
        if value:
            values[column] = value.lower()
    lang = values.get("lang") or DEFAULT_LANG
    if not isinstance(lang, str) or not _LANG_CODE.fullmatch(lang):
        raise LexiconError(f"{_where(path, line, number, 'lang')}: {lang!r} is not an ISO 639-1 "
                           "language code; write two lower-case letters such as 'en' or 'es'")
    values["lang"] = lang
    return values


def _jsonl_records(text: str, path: Path, schema: Schema,
                   own: bool) -> Iterator[Mapping[str, Any]]:
    required = (*schema.columns, "lang") if own else schema.columns
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            raise LexiconError(f"{path}, line {line}, character {err.colno}: not JSON "
                               f"({err.msg}); write one JSON object per line") from None
        if not isinstance(record, dict):
            raise LexiconError(f"{_where(path, line)}: a JSON {type(record).__name__}, not an "
                               "object; write one object per line, e.g. "
                               '{"label": "ORG", "pattern": "...", "lang": "en"}')
        yield _freeze(_checked(record, schema, required, path, line))


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """A plain, mutable copy (dicts and lists) of a frozen record from :func:`read_records`.

    Examples
    --------
    >>> thaw(read_records("entity_patterns")[0])["label"]
    'DATE'
    """
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value


def _where(path: Path, line: int, number: int | None = None, column: str = "") -> str:
    where = f"{path}, line {line}"
    if number is not None:
        where += f" (data row {number})"
    if column:
        where += f", column {column!r}"
    return where
