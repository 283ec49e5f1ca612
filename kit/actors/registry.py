"""Actors: one row per person, organisation, government or group across a corpus.

:func:`actor_registry` reads the ``roles`` and ``sources`` tables of
:func:`kit.annotate` and merges the names a reader would take for one actor:

1. kit.lexicon.canonical's names ("Ines Villagran" → "Inés Villagrán") and a user
   alias table (``aliases=``: ``alias,canonical`` CSV such as ``data/aliases.csv``);
2. the same name up to accents, case and a leading "the";
3. nicknames (``kit/lexicon/data/nicknames.csv``: "Liz" = "Elizabeth") with the same surname;
4. spelling variants of one word of a name ("Sergei"/"Sergey", "Tourani"/"Torani";
   a silent final "e" of a family name, when the readings agree; a family name one
   letter from the only other one beside the same given names, "Penbrook"/"Penbrooke"),
   a patronymic chain left out ("Mishal al-Darwani"), a misspelt lone surname;
5. a short name ending exactly one longer person's name ("Ruiz Baltierra"); if
   people share it, only the one with the same side or role, else none; a lone first
   name, the one person of its article so named, however it is written there
   ("Gebru" after "Gebro Mekonnen"), if no side or role is at odds; a first name
   no article resolves, the one name it starts whose role it shares;
6. initials ("AMLO", "OAS") of exactly one longer name.

(:mod:`kit.actors.names` gives each rule's limits.) A wrong merge is worse than a
missed one: different first names stay apart, people never merge with
governments ("Harlan administration" ≠ Tom Harlan), and every merge is explained
in ``merged_because``; a body named without its state ("Foreign Ministry") that the
corpus states for two sides is one actor per side ("Foreign Ministry (Egypt)").
Unnamed sources are actors too (``named`` False), one per kind and side
("unnamed officials (United States)").

The whole corpus is read as one: an actor's ``kind``, ``role`` and ``side`` are the
readings most of its articles give, each article voting once for what most of its own
mentions give (so one article cannot outvote the rest by repeating a name), wherever they were read (:func:`reading`),
with where each was first read (``role_evidence``, ``side_evidence``:
``article_id:sentence_id``) and the readings that disagree
(``role_conflicts``, ``side_conflicts``), listed rather than dropped. A side
read only from context ranks below a stated one, and a nationality below an office in a
body ("the Argentine X" in one story, "X, Secretary-General of the OAS" in another: the OAS); a side read
only from a former office ("the former Tarn president") is none for someone now holding the title of a third party
to the talks ("mediator", "facilitator", "chair of the negotiations"); a side read from a place of a state of
today (a capital, a city, "the Kremlin") is the former state the place belonged to when
the article was published (:mod:`kit.lexicon.former`: "Moscow" in 1988, the Soviet Union); an aide with no side of their
own, or only a nationality or a cleric's church, takes the side of the person they work for; a bare office of a state no mention gives a
side ("Foreign Minister X") is held for the government the corpus follows, if it follows one
(:mod:`kit.actors.followed`, weakly: ``side_evidence`` says so), else for the one state named
near its holder whose office no other actor holds (:mod:`kit.actors.nearby`, as weakly), and so is "the
government" an article reads as another state (a mediator's, a host's); a side naming an organisation
of the corpus is given under that actor's name, and an organisation its people
speak for is a side of its own ("Taliban"); a people's adjective read as a side
("Orvist leader X") is the organisation named with that word ("Party of
Labour (Orvist)"), or none. A name read as a person anywhere is a
person everywhere; a one-word name read as a place elsewhere, or a place of the
world lexicons, with nothing that makes it someone, is no actor ("near Dayton",
then "Dayton gave the text"), nor is an outlet of the corpus read as a person.
Each row says which outlets and languages name the actor (``outlets``,
``languages``: the ``source`` and ``language`` of its articles), so coverage in
several languages reads as one registry.

Examples
--------
>>> import kit
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> reg = actor_registry(ann, aliases="data/aliases.csv")
>>> reg.set_index("name").loc["Alicia Bárcena", ["role", "side"]].tolist()
['Secretary of Foreign Affairs', 'Mexico']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from kit.actors.alliances import sides_of_alliances
from kit.actors.credits import credited
from kit.actors.delegations import sides_of_joint_delegations, sides_of_lists_acting_for
from kit.actors.followed import (
    FOLLOWED_CUE,
    followed_state,
    mentions_of_the_followed_government,
    sides_of_the_followed_government,
)
from kit.actors.forces import sides_of_bodies_of_their_own
from kit.actors.names import NameGraph, initials_of, of_the_past, written_as_initials
from kit.actors.nearby import NEARBY_CUE, sides_named_nearby, states_met
from kit.actors.nonpersons import no_person_names
from kit.actors.offices import OF_FORM, office_key
from kit.actors.standing import sides_of_standing_nouns, standing_cued
from kit.extract.roles import (
    ACTOR_KINDS,
    CONTEXT_CUE,
    PARTY_ADJECTIVE,
)
from kit.extract.sidecues import FORMER_OFFICE, CueKind
from kit.extract.sources import unnamed_name
from kit.extract.titles import lexicon
from kit.lexicon.bodies import agent_title, body_of
from kit.lexicon.canonical import name_key, read_alias_table
from kit.lexicon.cities import cities
from kit.lexicon.files import lexicon_cache
from kit.lexicon.former import (
    divided_then,
    former_states,
    former_successors,
    seat_states,
    seat_successors,
    seat_then,
    state_then,
)
from kit.lexicon.states import place_keys
from kit.lexicon.wordlists import is_initials, words_in_any
from kit.schema import coverage_of, outlets, records, rows_of, sentence_lookup

if TYPE_CHECKING:
    from kit.schema import Annotations

Aliases = Mapping[str, str] | Path | str | None
ACTOR_TABLES = ("roles", "sources")
"""The extractor tables :func:`actor_mentions` reads."""
REGISTRY_COLUMNS = [
    "actor_id", "name", "kind", "named", "role", "side", "aliases", "mentions", "articles",
    "outlets", "languages", "first_article_id", "first_sentence_id", "last_article_id", "last_sentence_id", "merged_because",
    "role_evidence", "role_conflicts", "side_evidence", "side_conflicts", "credit",
]
"""``credit``: the actor is named only in bylines and photo credits (:func:`credited_actors`),
a writer or a photographer, no actor of the stories: the network leaves them out."""
MENTION_COLUMNS = [
    "article_id", "sentence_id", "start_char", "end_char", "text", "name", "actor_id", "actor",
    "kind", "named", "role", "side", "side_cue", "side_cue_kind", "affiliation",
]
SHARE_COLUMNS = [
    "article_id", "title", "published", "n_sentences", "attributions", "named", "unnamed",
    "unnamed_share", "unnamed_sentences", "sentence_share",
]
QUOTE_COLUMNS = ["article_id", "sentence_id", "quote", "speaker", "actor_id", "actor", "named",
                 "side", "verb", "sentence"]


def credited_actors(ann: Annotations, aliases: Aliases = None) -> set[str]:
    """The ``actor_id`` of each actor of :func:`kit.actors.actor_registry` whose every
    mention is a credit (:func:`credited`): a byline's writer or a photographer, no actor of
    the stories."""
    mentions = kept_actor_mentions(ann, aliases)
    if mentions.empty:
        return set()
    every = credited(ann, mentions).groupby(mentions["actor_id"]).all()
    return set(every.index[every].tolist())


def actor_registry(ann: Annotations, aliases: Aliases = None, unnamed: bool = True,
                   mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per actor across the corpus (columns :data:`REGISTRY_COLUMNS`).

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate` (needs ``roles``, ``mentions`` and ``sources``).
    aliases:
        ``{alias: canonical}`` or an ``alias,canonical`` CSV that forces merges.
    unnamed:
        Include unnamed sources (``named`` False).
    mentions:
        ``actor_mentions(ann, aliases)`` when the caller has it already.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> actor_registry(ann).head(2)[["name", "kind", "side"]].values.tolist()
    [['Mexico', 'government', 'Mexico'], ['United States', 'government', 'United States']]
    """
    if mentions is None and hasattr(ann, "derived"):  # once per Annotations, kept for re-runs
        return ann.derived(("actor_registry", alias_key(aliases), unnamed),
                           with_actor_tables(ann, "articles", "mentions"),
                           lambda: _registry(ann, aliases, unnamed, None), persist=__name__).copy()
    return _registry(ann, aliases, unnamed, mentions)


def _registry(ann: Annotations, aliases: Aliases, unnamed: bool,
              mentions: pd.DataFrame | None) -> pd.DataFrame:
    if mentions is None:
        mentions = actor_mentions(ann, aliases)
    merges = mentions.attrs.get("merges", {})
    if not unnamed:
        mentions = mentions[mentions["named"]]
    published = pd.to_datetime(ann.articles.set_index("article_id")["published"], errors="coerce")
    mentions = mentions.assign(_date=mentions["article_id"].map(published)).sort_values(
        ["_date", "article_id", "sentence_id", "start_char"], kind="stable", na_position="last")
    coverage = outlets(ann.articles).set_index("article_id")
    mentions = sides_of_standing_nouns(_sides_of_party_adjectives(mentions), lambda ids: rows_of(ann, "sentences", ids))
    if getattr(ann, "sentences", None) is not None:
        mentions = sides_of_bodies_of_their_own(mentions, lambda ids: rows_of(ann, "sentences", ids))
    followed = _followed(ann)
    mentions = mentions_of_the_followed_government(mentions, followed)
    rows = [_registry_row(group, merges, coverage) for _, group in mentions.groupby("actor_id", sort=False)]
    table = pd.DataFrame(rows, columns=[c for c in REGISTRY_COLUMNS if c != "credit"])
    table = _parties_are_sides(_sides_by_actor_name(table, mentions))
    table = _sides_through_bodies(_sides_of_parties_headed(table, mentions))
    table = sides_of_alliances(table, mentions, _actor_names_of_sides(mentions))
    table = sides_of_joint_delegations(table, mentions)
    if getattr(ann, "sentences", None) is not None:
        table = sides_of_lists_acting_for(table, mentions, sentence_lookup(ann))
    table = _sides_of_principals(table, mentions)
    table = sides_of_the_followed_government(table, followed)
    if getattr(ann, "sentences", None) is not None:
        table = sides_named_nearby(table, mentions, ann.roles, lambda ids: rows_of(ann, "sentences", ids))
    table = _no_state_across_an_encounter(_no_state_below_the_state(table, mentions), mentions)
    table["credit"] = table["actor_id"].isin(credited_actors(ann, aliases))
    table = _outlets_take_no_side(table, ann.articles)
    return table.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def _no_state_below_the_state(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """People a mention gives an office below or apart from the state, its state unnamed
    (``side_cue_kind`` :attr:`CueKind.BELOW_THE_STATE`: "Velmar Police Chief X", "Chechen
    Prime Minister Y"), keep no state guessed for the bare office across the corpus: not
    the government the corpus follows, nor one named near them."""
    if "side_cue_kind" not in mentions:
        return table
    below = set(mentions.loc[mentions["side_cue_kind"].eq(CueKind.BELOW_THE_STATE.value), "actor"])
    guessed = (f"{CONTEXT_CUE} {FOLLOWED_CUE}", f"{CONTEXT_CUE} {NEARBY_CUE}")
    for i in table.index[table["name"].isin(below) & (table["kind"] == "person")]:
        if str(table.at[i, "side_evidence"] or "").startswith(guessed):
            table.at[i, "side"], table.at[i, "side_evidence"] = "", ""
    return table


def _no_state_across_an_encounter(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """People a mention shows meeting someone of a state named across the verb (``side_cue_kind``
    :attr:`CueKind.ACROSS_AN_ENCOUNTER`, the cue's words those states: "Tarn's foreign
    minister met the prime minister, X") are not guessed to be of that state across the
    corpus (the government the corpus follows, a state named near them); another state
    guessed stays, and so does any side a mention states."""
    met = states_met(mentions)
    guessed = (f"{CONTEXT_CUE} {FOLLOWED_CUE}", f"{CONTEXT_CUE} {NEARBY_CUE}")
    for i in table.index[table["name"].isin(set(met)) & (table["kind"] == "person")]:
        if str(table.at[i, "side_evidence"] or "").startswith(guessed) and table.at[i, "side"] in met[table.at[i, "name"]]:
            table.at[i, "side"], table.at[i, "side_evidence"] = "", ""
    return table


def _followed(ann: Annotations) -> str:
    """The state whose government the corpus follows (:func:`kit.actors.followed.followed_state`);
    "" for annotations without sentences."""
    sentences = getattr(ann, "sentences", None)
    return followed_state(sentences, ann.roles) if sentences is not None else ""


def actor_mentions(ann: Annotations, aliases: Aliases = None) -> pd.DataFrame:
    """Every mention of an actor, with its ``actor_id`` (columns :data:`MENTION_COLUMNS`).

    Named mentions come from ``ann.roles`` (kinds person, organization,
    government, group), unnamed ones from ``ann.sources``. ``name`` is the
    within-article name, ``actor`` the registry name. The merge reasons are
    kept in ``.attrs["merges"]`` (``{actor_id: [reason, ...]}``). Built once per
    Annotations and alias table (:meth:`kit.schema.Annotations.derived`).
    """
    return kept_actor_mentions(ann, aliases).copy()


def kept_actor_mentions(ann: Annotations, aliases: Aliases = None) -> pd.DataFrame:
    """:func:`actor_mentions` as kept for the Annotations, not copied: for analyses
    that only read it (a copy of a large corpus's mentions costs their memory again)."""
    if hasattr(ann, "derived"):
        return ann.derived(("actor_mentions", alias_key(aliases)), with_actor_tables(ann, "mentions"),
                           lambda: _actor_mentions(ann, aliases), persist=__name__)
    return _actor_mentions(ann, aliases)


def _actor_mentions(ann: Annotations, aliases: Aliases) -> pd.DataFrame:
    named = _named_mentions(ann)
    named["side"] = _sides_then(named, ann.articles).mask(_outlet_sides(named, ann.articles), "")
    adjective = named["side_cue"].fillna("").str.startswith(PARTY_ADJECTIVE) | standing_cued(named)  # tied below
    language = named["article_id"].map(ann.articles.set_index("article_id")["language"]).fillna("") \
        if "language" in ann.articles else ""  # hand-built tables may lack it
    names = NameGraph(named.assign(side=named["side"].where(~adjective, ""), credit=credited(ann, named),
                                   language=language), _alias_map(aliases))
    named["actor"] = [names.of(n, a) for n, a in zip(named["name"].tolist(), named["article_id"].tolist())]
    named["actor"], bases = _bodies_of_each_state(named)
    if getattr(ann, "sentences", None) is not None:
        named["actor"], styled = _peers_by_their_style(named, lambda ids: rows_of(ann, "sentences", ids))
        bases.update({new: bases.get(old, old) for new, old in styled.items()})
    table = pd.concat([named, _unnamed_mentions(ann)], ignore_index=True)
    ids: dict[tuple[str, bool], str] = {}
    for actor, is_named in sorted(set(zip(table["actor"].tolist(), table["named"].tolist())), key=lambda k: (not k[1], k[0])):
        base = candidate = slug(actor) or "actor"
        while candidate in ids.values():
            candidate = f"{base}-{int(candidate.rsplit('-', 1)[-1]) + 1 if candidate != base else 2}"
        ids[(actor, is_named)] = candidate
    table["actor_id"] = [ids[k] for k in zip(table["actor"].tolist(), table["named"].tolist())]
    table = table[MENTION_COLUMNS].sort_values(["article_id", "sentence_id", "start_char"])
    table = table.reset_index(drop=True)
    reasons = names.reasons()
    table.attrs["merges"] = {ids[(a, True)]: reasons[bases.get(a, a)] for a in {a for a, _ in ids}
                             if (a, True) in ids and bases.get(a, a) in reasons}
    return table


def unnamed_share(ann: Annotations, by: str | None = "article") -> pd.DataFrame:
    """How much of the story rests on unnamed sources (columns :data:`SHARE_COLUMNS`).

    ``attributions`` counts sourcing phrases (``ann.sources``), ``unnamed``
    those without a name, ``unnamed_share`` their fraction;
    ``unnamed_sentences`` counts sentences resting on an unnamed source and
    ``sentence_share`` divides them by the article's sentences. ``by=None``
    gives one row for the whole corpus (``article_id`` "all").

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> unnamed_share(ann, by=None)[["attributions", "unnamed", "unnamed_share"]].to_dict("records")
    [{'attributions': 9, 'unnamed': 9, 'unnamed_share': 1.0}]
    """
    if by not in ("article", None):
        raise ValueError(f"unnamed_share(by={by!r}): by must be 'article' or None (whole corpus)")
    arts = ann.articles[["article_id", "title", "published", "n_sentences"]].copy()
    if by is None:
        arts = pd.DataFrame([{"article_id": "all", "title": "", "published": None,
                              "n_sentences": int(arts["n_sentences"].sum())}])
    src = ann.sources.assign(_key=ann.sources["article_id"] if by else "all")
    unnamed_src = src[~src["named"].astype(bool)]
    arts["attributions"] = arts["article_id"].map(src.groupby("_key").size()).fillna(0).astype(int)
    arts["unnamed"] = arts["article_id"].map(unnamed_src.groupby("_key").size()).fillna(0).astype(int)
    arts["named"] = arts["attributions"] - arts["unnamed"]
    sentences = unnamed_src.drop_duplicates(["article_id", "sentence_id"]).groupby("_key").size()
    arts["unnamed_sentences"] = arts["article_id"].map(sentences).fillna(0).astype(int)
    arts["unnamed_share"] = (arts["unnamed"] / arts["attributions"].where(arts["attributions"] > 0)).fillna(0.0)
    arts["sentence_share"] = (arts["unnamed_sentences"] / arts["n_sentences"].where(
        arts["n_sentences"] > 0)).fillna(0.0)
    return arts[SHARE_COLUMNS].reset_index(drop=True)


def quote_table(ann: Annotations, aliases: Aliases = None) -> pd.DataFrame:
    """Quotations with their speaker's actor (columns :data:`QUOTE_COLUMNS`).

    The speaker is found by its span, else (a name NER missed) by its name. Built once
    per Annotations and alias table, and kept for re-runs.
    """
    if hasattr(ann, "derived"):
        return ann.derived(("quote_table", alias_key(aliases)),
                           with_actor_tables(ann, "sentences", "mentions", "quotes"),
                           lambda: _quote_table(ann, aliases), persist=__name__).copy()
    return _quote_table(ann, aliases)


def _quote_table(ann: Annotations, aliases: Aliases) -> pd.DataFrame:
    mentions = actor_mentions(ann, aliases)
    rows = records(mentions)
    spans = {(r["article_id"], r["start_char"], r["end_char"]): r for r in rows}
    by_name = {(r["article_id"], r["name"]): r for r in rows}
    rows = []
    for q in ann.quotes.itertuples(index=False):
        hit = spans.get((q.article_id, q.speaker_start, q.speaker_end)) or by_name.get(
            (q.article_id, q.canonical)) or {}
        rows.append({
            "article_id": q.article_id, "sentence_id": q.sentence_id, "quote": q.quote,
            "speaker": q.speaker, "actor_id": hit.get("actor_id", ""), "actor": hit.get("actor", ""),
            "named": bool(q.named), "side": hit.get("side", ""), "verb": q.verb,
            "sentence": ann.sentence(q.article_id, q.sentence_id),
        })
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def with_actor_tables(ann: Annotations, *names: str) -> list[str]:
    """``names`` and the :data:`ACTOR_TABLES` ``ann`` holds: the tables an analysis of
    actors reads, for :meth:`kit.schema.Annotations.derived`."""
    return [*names, *(t for t in ACTOR_TABLES if t in ann.tables and t not in names)]


def slug(name: str) -> str:
    """Stable ASCII id from a name.

    Examples
    --------
    >>> slug("Andrés Manuel Ruiz Baltierra")
    'andres-manuel-ruiz-baltierra'
    """
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")


def _named_mentions(ann: Annotations) -> pd.DataFrame:
    roles = ann.roles[ann.roles["kind"].isin(ACTOR_KINDS) | _people_read_as_places(ann, ann.roles)]
    sexed = "sex" in ann.mentions.columns  # the sex a mention's honorific tells (hand-built tables may lack it)
    corpus = ann.mentions[["article_id", "start_char", "end_char", "canonical", *(["sex"] if sexed else [])]]
    table = roles.rename(columns={"canonical": "name"}).merge(
        corpus.rename(columns={"canonical": "corpus"}), how="left", on=["article_id", "start_char", "end_char"])
    table["corpus"] = table["corpus"].fillna(table["name"])
    table["sex"] = table["sex"].fillna("") if sexed else ""
    table = _photographers_of_wire_credits(table)
    table.loc[_credits_read_as_organisations(ann, table), "kind"] = "person"
    # one name, one reading: a name read as a person anywhere is a person where NER said ORG
    people = {name_key(n) for n in table.loc[table["kind"] == "person", "name"]}
    misread = table["kind"].isin(["organization", "group"]) & table["name"].map(
        lambda n: name_key(n) in people).astype(bool)
    table.loc[misread | (table["kind"] == "place"), "kind"] = "person"
    table.loc[_initials_of_people(table), "kind"] = "person"
    holders = table[(table["kind"] == "person") & (table["role"].fillna("") != "")]
    table = _groups_without_their_leaders(table, {name_key(n) for n in holders["name"]})
    table = table[~_places_read_as_people(ann, table) & ~_outlets_read_as_people(ann, table)
                  & ~_captions_read_as_people(table) & ~_page_labels_read_as_names(table) & ~_pieces_of_organisations(ann, table)
                  & ~_cities_read_as_organisations(table) & ~no_person_names(ann, table)]
    return table.assign(named=True).reset_index(drop=True)


def _photographers_of_wire_credits(table: pd.DataFrame) -> pd.DataFrame:
    """An organisation's name that is a wire's photo credit, the outlet and a caption's word
    before a slash and a person's name after it ("Osk Photo/Mara Ventel", as wires credit a
    picture: ``caption_cues``), is the photographer's name alone, a person (a credit:
    :func:`kit.actors.credits.credited`).

    >>> table = pd.DataFrame({"name": ["TWN Photo/Mara Ventel", "Osk/Tarn"], "corpus": ["", ""],
    ...                       "text": ["TWN Photo/Mara Ventel", "Osk/Tarn"], "start_char": [4, 0],
    ...                       "kind": "organization"})
    >>> _photographers_of_wire_credits(table)[["name", "start_char", "kind"]].values.tolist()
    [['Mara Ventel', 14, 'person'], ['Osk/Tarn', 0, 'organization']]
    """
    cues = {name_key(c) for c in words_in_any("caption_cues")}
    table = table.copy()
    for i, kind, text in zip(table.index, table["kind"], table["text"].astype(str)):
        before, slash, after = text.rpartition("/")
        named = after.split()
        if kind in ("organization", "group") and slash and before.split() and \
                name_key(before.split()[-1]) in cues and 2 <= len(named) <= 4 and \
                all(w[:1].isupper() and w.replace("-", "").isalpha() for w in named):
            table.loc[i, ["name", "corpus", "text", "kind"]] = [after, after, after, "person"]
            table.loc[i, "start_char"] = int(table.loc[i, "start_char"]) + len(before) + 1
    return table


def _credits_read_as_organisations(ann: Annotations, table: pd.DataFrame) -> pd.Series:
    """Organisations', groups' or governments' names the model read in a byline or a photo
    credit (:func:`credited`: "By Mara Ventel", "(Photo: Osk Varadi)"; the model may tag a
    writer's name a place) with a person's shape, two to four capitalised words none of
    which is a word of ``org_words`` ("Agency", "News"), and no place the lexicons know: the
    writer or the photographer, a person, as every credit's name is."""
    org = words_in_any("org_words")
    places = known_places()
    shaped = table["name"].astype(str).map(lambda n: 2 <= len(n.split()) <= 4 and name_key(n) not in places and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w.lower() not in org for w in n.split()))
    maybe = table["kind"].isin(["organization", "group", "government"]) & shaped.astype(bool)
    found = pd.Series(False, index=table.index)
    if maybe.any():
        found[maybe] = credited(ann, table[maybe], writers=True).to_numpy()  # not "/ Agencia Austral"
    return found


def _initials_of_people(table: pd.DataFrame) -> pd.Series:
    """Organisation mentions that are a person's initials: capitals alone (two to six,
    dots aside) that spell the initials of one person's name of their article and of no
    organisation's or group's name of the corpus nor a body's the lexicon knows
    (:func:`kit.lexicon.bodies.body_of`: "UN" beside "Ulla Nemo" stays the United
    Nations) ("Mara Osk Ventel (MOV) said ... MOV added": the model tags the initials
    an organisation's, but they name her).

    >>> table = pd.DataFrame({"name": ["Mara Osk Ventel", "MOV", "Tarn Bureau", "TB", "MOV"],
    ...                       "kind": ["person", "organization", "organization", "organization", "organization"],
    ...                       "article_id": ["a", "a", "a", "a", "b"]})
    >>> _initials_of_people(table).tolist()
    [False, True, False, False, False]
    """
    kinds, names = table["kind"].tolist(), table["name"].astype(str).tolist()
    bodies = {initials_of(n) for n, k in zip(names, kinds) if k in ("organization", "group")}
    people: dict[tuple[str, str], set[str]] = {}
    for name, kind, article in zip(names, kinds, table["article_id"].tolist()):
        if kind == "person" and (letters := initials_of(name)):
            people.setdefault((article, letters), set()).add(name)
    found = []
    for name, kind, article in zip(names, kinds, table["article_id"].tolist()):
        letters = written_as_initials(name)
        found.append(kind in ("organization", "group") and bool(letters) and letters not in bodies
                     and body_of(name) is None and len(people.get((article, letters), ())) == 1)
    return pd.Series(found, index=table.index)


def _groups_without_their_leaders(table: pd.DataFrame, people: set[str]) -> pd.DataFrame:
    """A group's name followed by "of" and a person the corpus names with a role (``people``:
    "the Front of Tarn of Osk Brel", its chairman's, as a reader takes it; not a name the
    model only took for a person's, "the Council of Tarn State") is the group's name without them,
    as its name, its people's side and in their roles: the person is no part of the group's
    name. Only a name whose head noun, the last word before its first "of", is a word of
    ``org_words`` ("the Tarn Front", "the Front of Tarn") is so cut."""
    org_words = words_in_any("org_words")
    groups = table.loc[table["kind"].isin(["organization", "group"]), ["name", "corpus"]].stack().tolist()
    cut: dict[str, str] = {}
    for name in sorted({n for n in [*groups, *table["side"].tolist()] if isinstance(n, str)}):
        head, of, tail = name.rpartition(" of ")
        noun = head.split(" of ", 1)[0].split()  # "Front | of Tarn": the group's head noun
        if of and name_key(tail) in people and noun and noun[-1].casefold() in org_words:
            cut[name] = head
    if not cut:
        return table
    table = table.copy()
    for column in ("name", "corpus", "side"):
        table[column] = [cut.get(v, v) if isinstance(v, str) else v for v in table[column].tolist()]
    longest_first = sorted(cut, key=len, reverse=True)
    table["role"] = [_cut_in(role, longest_first, cut) if isinstance(role, str) else role
                     for role in table["role"].tolist()]
    return table


def _cut_in(role: str, names: list[str], cut: Mapping[str, str]) -> str:
    """``role`` with each group's name of ``names`` in it written as ``cut`` gives it."""
    for name in names:
        if name in role:
            role = role.replace(name, cut[name])
    return role


def _outlet_sides(named: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Which mentions have a side that is the outlet of their own article (its ``source``
    in the metadata), by its name or its initials ("(NWS)" in a story of the Northern Wire
    Service): a credit line, never a side a person speaks for.

    >>> named = pd.DataFrame({"article_id": ["a", "a", "b"], "side": ["NWS", "Tarnia", "NWS"]})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "source": ["Northern Wire Service", "Daily Tern"]})
    >>> _outlet_sides(named, arts).tolist()
    [True, False, False]
    """
    table = outlets(articles)
    keys = {a: {name_key(o), name_key(initials_of(o))} - {""}
            for a, o in zip(table["article_id"].tolist(), table["outlet"].tolist())}
    return pd.Series([isinstance(side, str) and bool(side) and name_key(side) in keys.get(str(a), set())
                      for a, side in zip(named["article_id"].tolist(), named["side"].tolist())],
                     index=named.index, dtype=bool)


def _sides_then(named: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Each mention's side as it was when its article was published: a side read from a
    place of a state of today (its capital, a city, a subdivision, an institution: "Moscú",
    "the Kremlin"), not from the state's own name or demonym, is the former state the place
    then belonged to (:func:`kit.lexicon.former.state_then`: "Moscow" in 1988 is the Soviet
    Union's). A state of today whose places were then divided between two states (the
    seats of :func:`kit.lexicon.former.divided_then`) is the state whose seat the cue names
    ("Aden" in 1980: South Yemen), else no side: its name, demonym or another place
    does not say which of the two ("Yemeni" in 1980). A seat's name that only a former
    state had gives no side in an article of another time. An article with no date keeps
    today's state."""
    sides = named["side"].fillna("")
    changing = sides.isin(former_states().keys()) | sides.isin(seat_successors() | seat_states())
    if not changing.any():
        return named["side"]
    published = pd.to_datetime(articles.set_index("article_id")["published"], errors="coerce")
    days = named.loc[changing, "article_id"].map(published)
    successors = seat_successors()
    then = [_side_then(side, str(cue or ""), None if pd.isna(day) else day.date(), successors)
            for side, cue, day in zip(sides[changing], named.loc[changing, "side_cue"], days)]
    return named["side"].mask(changing, pd.Series(then, index=days.index))


def _side_then(side: str, cue: str, day: date | None, successors: frozenset[str]) -> str | None:
    """``side`` (a state of today) as it was on ``day``, read from ``cue`` (see :func:`_sides_then`);
    ``successors``: :func:`kit.lexicon.former.seat_successors`, read once per table."""
    if day is None:
        return side
    words = [re.sub(r"['’]s$", "", w.strip(",;:.()\"")).strip("'") for w in cue.split()]  # "Aden's"
    for n in range(len(words)):
        for m in range(n + 1, min(n + 4, len(words)) + 1):
            place = " ".join(words[n:m])
            if (seat := seat_then(place, day)) and side in former_successors(seat):
                return seat
            if not seat and side not in successors and side in seat_states(place):
                return None  # a seat's name of the past, in an article of another time
    if divided_then(side, day):
        return None
    return side if _names_the_state(cue, side) else state_then(side, day)


def _names_the_state(cue: str, state: str) -> bool:
    """Whether some words of a side's cue name ``state`` by its own name or demonym
    ("Russian Foreign Minister", "Moscú, capital de Rusia"), not by a place of its."""
    lex = lexicon()
    words = [w.strip(",;:.()'\"") for w in cue.split()]
    return any(lex.sides.get(key) == state and lex.side_kinds.get(key) in ("country", "demonym")
               for n in range(len(words)) for m in range(n + 1, min(n + 5, len(words)) + 1)
               if (key := name_key(" ".join(words[n:m]))))


def _pieces_of_organisations(ann: Annotations, table: pd.DataFrame) -> pd.Series:
    """Person mentions of a name the corpus writes only inside an organisation's name
    it tags whole elsewhere ("Ejército Popular de | Liberación Andina" beside the ORG
    "Ejército Popular de Liberación Andina"): each mention's sentence has the rest
    of that name around it, so the words are a piece of the name, no person. A name also
    written outside such a name is a person's (the "Tomas Vennick" of a "Tomas Vennick
    Foundation" is Tomas Vennick elsewhere)."""
    found = pd.Series(False, index=table.index)
    person = (table["kind"] == "person").to_numpy()
    labels = ann.mentions["label"] if "label" in ann.mentions else pd.Series(dtype=str)
    bodies = {f" {name_key(t)} " for t in ann.mentions.loc[labels == "ORG", "text"]}
    keys = table["name"].map(lambda n: f" {name_key(n)} ")
    wanted = {k for k in set(keys[person]) if any(k in b and k != b for b in bodies)}
    if not wanted:
        return found
    texts = sentence_lookup(ann)
    inside: dict[str, list[bool]] = {}
    for i, key, article, sentence, start, end in zip(
            table.index, keys, table["article_id"], table["sentence_id"], table["start_char"], table["end_char"]):
        if key not in wanted:
            continue
        text, at = texts.get((article, int(sentence)), ("", int(start)))
        around = (f" {name_key(text[:int(start) - at])} ", f" {name_key(text[int(end) - at:])} ")
        inside.setdefault(key, []).append(any(
            around[0].endswith(b[:b.index(key) + 1]) and around[1].startswith(b[b.index(key) + len(key) - 1:])
            for b in bodies if key in b and key != b))
        found[i] = True
    pieces = {key for key, within in inside.items() if all(within)}
    return found & keys.isin(pieces)


def _people_read_as_places(ann: Annotations, roles: pd.DataFrame) -> pd.Series:
    """One name, one reading, for people: a mention the model read as a place (``LOC``,
    ``GPE``) whose name, of two words or more, is a person's elsewhere in the corpus and
    no place of kit's lexicons is that person ("Adama Barrow" tagged LOC in one article,
    PERSON in the others), unless a preposition of place or of where one goes is right
    before it (``place_preps``, ``destination_preps``: "protested in Ho Chi Minh", a city
    named after a person). A one-word name goes the other way: read as a place, it is no
    person elsewhere either (:func:`_places_read_as_people`: "near Dayton")."""
    key = roles["canonical"].map(name_key)
    people = set(key[roles["kind"] == "person"])
    found = ((roles["kind"] == "place") & key.str.contains(" ", regex=False) & key.isin(people)
             & ~key.isin(known_places())).astype(bool)
    if found.any():
        texts = sentence_lookup(ann)
        preps = words_in_any("place_preps") | words_in_any("destination_preps")
        for i, article, sentence, start in zip(roles.index[found], roles.loc[found, "article_id"],
                                                roles.loc[found, "sentence_id"], roles.loc[found, "start_char"]):
            text, at = texts.get((article, int(sentence)), ("", int(start)))
            before = text[: int(start) - at].lower().split()
            found[i] = not (before and before[-1] in preps)
    return found


def _bodies_of_each_state(named: pd.DataFrame) -> tuple[list[str], dict[str, str]]:
    """The registry name of each mention, and the name each new one was made from: a
    government body named without its state ("Foreign Ministry", "the parliament")
    that the corpus states for two or more sides ("Egypt's Foreign Ministry" in one
    article, "Ethiopia's Foreign Ministry" in another) is one actor per side, "Foreign
    Ministry (Egypt)". A mention stating no side takes the one side its article states
    for that body ("the Foreign Ministry" after "Egypt's Foreign Ministry"); with none, or
    two, it keeps the bare name. Sides read from context do not count, nor does a side
    the name already holds ("Egyptian Foreign Ministry"); organisations are one actor
    whoever speaks of them (an organisation of states is no state's)."""
    body = (named["kind"] == "government").tolist()
    stated = [str(side or "") if not str(cue or "").startswith(CONTEXT_CUE) else ""
              for side, cue in zip(named["side"].tolist(), named["side_cue"].tolist())]
    actors, articles = named["actor"].tolist(), named["article_id"].tolist()
    sides: dict[str, set[str]] = {}
    in_article: dict[tuple[str, str], set[str]] = {}
    for actor, article, is_body, side in zip(actors, articles, body, stated):
        if is_body and side and not re.search(r"\b" + re.escape(name_key(side)), name_key(actor)):
            sides.setdefault(actor, set()).add(side)
            in_article.setdefault((actor, article), set()).add(side)
    split = {actor for actor, of in sides.items() if len(of) > 1}
    names, bases = [], {}
    for actor, article, is_body, side in zip(actors, articles, body, stated):
        if actor in split and is_body:
            here = in_article.get((actor, article), set())
            side = side if side in here else (next(iter(here)) if len(here) == 1 else "")
            if side:
                bases[f"{actor} ({side})"] = actor
                actor = f"{actor} ({side})"
        names.append(actor)
    return names, bases


def _peers_by_their_style(named: pd.DataFrame, sentences: Callable[[list[str]], pd.DataFrame],
                          ) -> tuple[list[str], dict[str, str]]:
    """The registry name of each mention, and the name each new one was made from: a
    person the whole corpus names by one word only (no given name anywhere: the fullest
    form the registry found is that word), that a style of the peerage opens
    (``peerage_styles``: "Lord", "Baroness") at least once, is named under that
    style, as peers are known ("Lord Osk", not "Osk"); the style written most often
    goes first, on a tie the first in the alphabet. A person named in full anywhere
    ("Mara Ventel", "Lady Ventel") keeps the full name; two styles of one rank and sex
    cannot be told from the text, so any style will do.

    >>> named = pd.DataFrame({"article_id": ["a", "a", "a"], "sentence_id": [0, 0, 1],
    ...                       "start_char": [5, 20, 30], "kind": "person",
    ...                       "actor": ["Osk", "Osk", "Osk"]})
    >>> sentences = pd.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1], "start_char": [0, 26],
    ...                           "text": ["Lord Osk met Lord Osk.", "Osk went."]})
    >>> _peers_by_their_style(named, lambda ids: sentences)
    (['Lord Osk', 'Lord Osk', 'Lord Osk'], {'Lord Osk': 'Osk'})
    """
    actors = named["actor"].tolist()
    one_word = (named["kind"] == "person") & named["actor"].map(lambda a: len(str(a).split()) == 1)
    if not one_word.any():
        return actors, {}
    rows = named[one_word]
    seen: dict[str, Counter[str]] = {}
    for actor, style in zip(rows["actor"], _peerage_styles_before(rows, sentences)):
        if style:
            seen.setdefault(actor, Counter())[style] += 1
    named_as = {actor: f"{min(counts, key=lambda s: (-counts[s], s))} {actor}" for actor, counts in seen.items()}
    return [named_as.get(a, a) if one else a for a, one in zip(actors, one_word.tolist())], \
        {new: old for old, new in named_as.items()}


def _peerage_styles_before(rows: pd.DataFrame, sentences: Callable[[list[str]], pd.DataFrame]) -> list[str]:
    """The style of the peerage (``peerage_styles``) right before each mention of
    ``rows``, capitalised ("Lord" for "el lord Osk"), or "" where none is; a style in
    lower case after a word that is no stopword is a common noun's head ("the drug lord
    Osk", "the media baron Osk"), no style."""
    styles = {w.lower() for w in words_in_any("peerage_styles")}
    stopwords = words_in_any("stopwords")
    if rows.empty:
        return []
    table = sentences(sorted(set(rows["article_id"]))).set_index(["article_id", "sentence_id"])
    texts, starts = table["text"].to_dict(), table["start_char"].to_dict()
    found = []
    for article, sentence, start in zip(rows["article_id"], rows["sentence_id"], rows["start_char"]):
        text, opens = texts.get((article, sentence)), starts.get((article, sentence))
        before = str(text)[:max(int(start) - int(opens), 0)].split() if text is not None and opens is not None else []
        style = before[-1] if before and before[-1].lower() in styles else ""
        if style[:1].islower() and len(before) > 1 and before[-2].lower() not in stopwords:
            style = ""  # "the drug lord Osk", "a media baron": a common noun, no style
        found.append(style[:1].upper() + style[1:])
    return found


def _places_read_as_people(ann: Annotations, table: pd.DataFrame) -> pd.Series:
    """One name, one reading, for places: a person name no mention gives a role, side or
    affiliation, which no longer person's name holds ("Baraka Mwangeli" keeps "Mwangeli"
    a person beside "the Mwangeli International Conference Centre"), and which is a
    place: one word the corpus reads as a place elsewhere ("at Dayton", "near Dayton"
    and then "Dayton gave the text"), or a country, capital, subdivision or city of the
    world lexicons (:mod:`kit.lexicon.subdivisions`: "Kerala", "Kisumu";
    :mod:`kit.lexicon.cities`: "Kisangani", "Kumasi"; which photo captions and lists of
    places leave the model to read as people), or one word each mention of which a
    preposition of place puts somewhere (:func:`_put_in_a_place`: "en Velmora", "a
    woman from Tarsk")."""
    roles = ann.roles
    places = {name_key(n) for n in roles.loc[roles["kind"] == "place", "canonical"]}
    key = table["name"].map(name_key)
    person = table["kind"] == "person"
    parts_of_names = {" ".join(w[i:j]) for n in key[person] if " " in n
                      for w in [n.split()] for i in range(len(w)) for j in range(i + 1, len(w) + 1)
                      if j - i < len(w)}
    read = (table["role"].fillna("") != "") | (table["side"].fillna("") != "") | (
        table["affiliation"].fillna("") != "")
    if hasattr(ann, "sentences") and person.any():  # a style of the peerage names a person: "Lord Osk"
        styled = pd.Series(_peerage_styles_before(table[person], lambda ids: rows_of(ann, "sentences", ids)),
                           index=table.index[person], dtype=object)
        read = read | styled.reindex(table.index).fillna("").astype(bool)
    someone = set(key[person & read])  # one reading for the name: any mention makes it someone
    one_word = ~key.str.contains(" ", regex=False)
    place = (one_word & key.isin(places)) | key.isin(known_places())
    unread = person & one_word & ~place & ~key.isin(parts_of_names | someone)
    if unread.any() and hasattr(ann, "sentences"):  # hand-made tables may have no sentences
        place |= key.isin(_put_in_a_place(ann, table[unread], key[unread]))
    return (person & place & ~key.isin(parts_of_names | someone)).astype(bool)


def _put_in_a_place(ann: Annotations, table: pd.DataFrame, keys: pd.Series) -> set[str]:
    """The name keys of ``table`` (one-word person names) each mention of which follows a
    preposition of place ("en Velmora", "near X": ``place_preps``) or a definite article,
    as a region's name does and a person's does not ("for Tarsk and *the*
    Velmora", "in *the* Velmora": ``articles``), or one of where one
    comes from or of "of" (``destination_preps``, ``of_preps``) after an indefinite
    article and a word in lower case, someone described by where they are from ("a woman
    from Tarsk", "un catequista de Orvalle"; not "a message from X" alone: the name is
    read nowhere else as someone's, with a role, side or longer name). A text, a kinsman
    or a source so written is someone's, no place's ("una carta de X", "a son of X", "un
    asesor de X": ``document_nouns``, ``kin_nouns``, ``source_nouns``)."""
    texts = sentence_lookup(ann)
    at = words_in_any("place_preps")
    origin = words_in_any("destination_preps") | words_in_any("of_preps")
    indefinite = words_in_any("indefinite_articles")
    definite = words_in_any("articles")
    someones = words_in_any("document_nouns") | words_in_any("kin_nouns") | words_in_any("source_nouns")
    placed: dict[str, bool] = {}
    for key, article, sentence, start in zip(keys, table["article_id"], table["sentence_id"], table["start_char"]):
        text, first = texts.get((article, int(sentence)), ("", int(start)))
        before = text[: int(start) - first].lower().split()
        put = bool(before) and (before[-1] in at | definite or (
            len(before) >= 3 and before[-1] in origin and before[-3] in indefinite and before[-2].isalpha()
            and before[-2] not in someones))
        placed[key] = placed.get(key, True) and put
    return {key for key, put in placed.items() if put}


def _cities_read_as_organisations(table: pd.DataFrame) -> pd.Series:
    """Organisation names that are a city of the world lexicons (:mod:`kit.lexicon.cities`:
    "north of Osk and Kisangani", the model's ORG), no mention of which gives a role or a
    side: a town is no body, as it is no person (:func:`_places_read_as_people`)."""
    key = table["name"].map(name_key)
    read = (table["role"].fillna("") != "") | (table["side"].fillna("") != "")
    organisation = table["kind"] == "organization"
    someone = set(key[organisation & read])
    return (organisation & key.isin(frozenset(cities())) & ~key.isin(someone)).astype(bool)


@lexicon_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Name keys of the countries, capitals, subdivisions (:func:`kit.lexicon.states.place_keys`)
    and cities of kit's world lexicons."""
    return place_keys() | frozenset(cities())


def _outlets_read_as_people(ann: Annotations, table: pd.DataFrame) -> pd.Series:
    """Person names that are an outlet of the corpus (a ``source`` of its articles,
    "The Wessex Courier"), or its last two words or more ("Siam Herald" of "The Gulf of
    Siam Herald"), or its words before an "of" that opens its place ("El Vigía" of "El Vigía
    de Tarnos": ``of_preps``), read in photo credits and bylines: "(Jane Roe/Wessex Courier)"; or
    that open with an outlet's name and a dash, its masthead ("Wessex Courier - Dorchester":
    :func:`_masthead`)."""
    sources = ann.articles.get("source", pd.Series(dtype=object))  # hand-made tables may have none
    names = {name_key(s) for s in sources.dropna().astype(str)}
    endings = {" ".join(w[i:]) for s in names for w in [s.split()] for i in range(max(1, len(w) - 1))}
    of = words_in_any("of_preps")
    endings |= {" ".join(w[:i]) for s in names for w in [s.split()] for i in range(2, len(w)) if w[i] in of}
    outlet = table["name"].map(lambda n: name_key(n) in endings or _masthead(n, names)).astype(bool)
    return (table["kind"] == "person") & outlet  # an empty table maps to no bools


def outlets_of(table: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Which registry rows are an organisation or a group that is an outlet of the corpus or a
    wire (:func:`names_an_outlet`): a cited source, no party (no side, no node of the network,
    no actor of an event).

    >>> table = pd.DataFrame({"name": ["Reuters", "Tarn", "Osk Herald"], "kind": ["organization", "government", "organization"]})
    >>> outlets_of(table, pd.DataFrame({"source": ["Osk Herald"]})).tolist()
    [True, False, True]
    """
    keys = outlet_keys(articles)
    return table["kind"].isin(["organization", "group"]) & table["name"].map(
        lambda n: names_an_outlet(str(n), keys)).astype(bool)


def _outlets_take_no_side(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The registry with no side for an outlet or a wire (:func:`outlets_of`): it reports the
    parties, it is none of them, whoever the text says speaks for it."""
    outlet = outlets_of(table, articles)
    if not outlet.any():
        return table
    table = table.copy()
    for column in ("side", "side_evidence"):
        if column in table:
            table.loc[outlet, column] = ""
    return table


def outlet_keys(articles: pd.DataFrame) -> frozenset[str]:
    """The keys (:func:`~kit.lexicon.canonical.name_key`) of the outlets a corpus cites or is
    written by: the ``source`` of each of its articles and the news agencies of
    ``wire_agencies`` ("AFP", "EFE", "Reuters"), each also without an opening article."""
    sources = articles["source"].dropna().astype(str).tolist() if "source" in articles else []
    return frozenset(_without_article(name_key(n)) for n in [*sources, *words_in_any("wire_agencies")]
                     if n.strip())


def names_an_outlet(name: str, keys: frozenset[str]) -> bool:
    """Whether ``name`` is one of the outlets of ``keys`` (:func:`outlet_keys`): a news
    outlet that reports the talks, no party to them; it stays a cited source ("according
    to Reuters", the sources table), but is no actor of the registry, the network or an
    event.

    >>> keys = outlet_keys(pd.DataFrame({"source": ["The Port Tarn Herald"]}))
    >>> names_an_outlet("Port Tarn Herald", keys), names_an_outlet("EFE", keys), names_an_outlet("Tarn", keys)
    (True, True, False)
    """
    return _without_article(name_key(name)) in keys


def _without_article(key: str) -> str:
    first, _, rest = key.partition(" ")
    return rest if rest and first in words_in_any("articles") else key


def _captions_read_as_people(table: pd.DataFrame) -> pd.Series:
    """Person names that open with a photo caption's word (``caption_cues``, in any
    language: "Photo", "Foto", "Archivo", "File photo"): the word that labels a picture or
    credits it to an archive ("Foto:", "(Archivo Osk)", "Foto: Archivo Osk."), no person.

    >>> table = pd.DataFrame({"name": ["Archivo Osk", "Foto", "Mara Ventel"], "kind": "person"})
    >>> _captions_read_as_people(table).tolist()
    [True, True, False]
    """
    cues = [name_key(c).split() for c in words_in_any("caption_cues")]
    opens = table["name"].map(lambda n: any(name_key(n).split()[:len(c)] == c for c in cues)).astype(bool)
    return (table["kind"] == "person") & opens  # an empty table maps to no bools


def _page_labels_read_as_names(table: pd.DataFrame) -> pd.Series:
    """Names that are only a page's label of its section or its piece (``kicker_words``, any
    language: "Analysis", "Opinion", "Análisis", as "By Mara Ventel | Analysis" writes one after
    a byline): the kind of the page, no outlet, body or person of the stories.

    >>> table = pd.DataFrame({"name": ["Analysis", "Análisis", "Analysis Group", "Mara Ventel"]})
    >>> _page_labels_read_as_names(table).tolist()
    [True, True, False, False]
    """
    labels = {name_key(w) for w in words_in_any("kicker_words")}
    return table["name"].map(lambda n: name_key(str(n)) in labels).astype(bool)


def _masthead(name: str, outlets: set[str]) -> bool:
    """Whether ``name`` is an outlet's name (keys ``outlets``), a dash and more: the line
    that heads its page, "Wessex Courier - Dorchester - 2 May", read as a person's name."""
    head = re.split(r"\s+[-\u2013\u2014|]\s+", name, maxsplit=1)
    return len(head) == 2 and name_key(head[0]) in outlets


def _unnamed_mentions(ann: Annotations) -> pd.DataFrame:
    src = ann.sources[~ann.sources["named"].astype(bool)]
    side = src["side"].fillna("")
    actor = [unnamed_name(h, s) for h, s in zip(src["head"].tolist(), side)]
    return pd.DataFrame({
        "article_id": src["article_id"], "sentence_id": src["sentence_id"],
        "start_char": src["start_char"], "end_char": src["end_char"], "text": src["description"],
        "name": actor, "actor": actor, "kind": "person", "named": False, "role": "", "side": side,
        "side_cue": "", "side_cue_kind": "", "affiliation": "",
    })


def _registry_row(group: pd.DataFrame, merges: dict[str, list[str]], coverage: pd.DataFrame) -> dict[str, Any]:
    first, last = group.iloc[0], group.iloc[-1]
    articles = coverage.reindex(group["article_id"].unique()).fillna("")
    named = bool(first["named"])
    reasons = merges.get(first["actor_id"], []) if named else ["unnamed sources grouped by type and side"]
    side = reading(group, "side", weak="side_cue")
    role = reading(group, "role", fold=True, state=side.value)
    return {
        "actor_id": first["actor_id"], "name": first["actor"], "kind": _most_common(group["kind"], group["article_id"]),
        "named": named, "role": role.value, "side": side.value,
        "aliases": "; ".join(dict.fromkeys([first["actor"], *sorted(set(group["text"]) | set(group["name"]))])),
        "mentions": len(group), "articles": len(articles),
        "outlets": coverage_of(articles["outlet"]), "languages": coverage_of(articles["language"]),
        "first_article_id": first["article_id"], "first_sentence_id": int(first["sentence_id"]),
        "last_article_id": last["article_id"], "last_sentence_id": int(last["sentence_id"]),
        "merged_because": "; ".join(reasons),
        "role_evidence": role.evidence, "role_conflicts": role.conflicts,
        "side_evidence": side.evidence, "side_conflicts": side.conflicts,
    }


def _sides_of_party_adjectives(mentions: pd.DataFrame) -> pd.DataFrame:
    """A side read from a people's adjective before a title ("Orvist leader X", "a Houthi
    official": cue ``party adjective:``, :mod:`kit.extract.roles`) is the organisation
    of the corpus named with that word or its plural ("Party of Labour
    (Orvist)", "the Houthis"); of several, the one the most mentions give as a side;
    with none, no side ("Sunni", "Catholic": a faith or a community, no party), nor
    when the word only describes a body of a longer name ("Muslim leader X" is of no
    "Muslim Brotherhood", "Kurdish commander Y" of no "Kurdish Democratic Party"; a
    "Republican leader" is of the "Republican Party": :func:`_named_by`)."""
    cued = mentions["side_cue"].fillna("").str.startswith(PARTY_ADJECTIVE)
    if not cued.any():
        return mentions
    groups = mentions[mentions["kind"].isin(["organization", "group"]) & mentions["named"].astype(bool)]
    names: dict[str, set[str]] = {}  # actor -> the keys it is written with
    for actor, text, name in zip(groups["actor"].tolist(), groups["text"].tolist(), groups["name"].tolist()):
        names.setdefault(actor, {name_key(actor)}).update((name_key(text), name_key(name)))
    given = Counter(name_key(s) for s in mentions.loc[~cued, "side"].fillna("") if s)
    found: dict[str, str] = {}
    for word in sorted({name_key(s) for s in mentions.loc[cued, "side"]}):
        forms = {word, f"{word}s"}
        candidates = sorted(a for a, keys in names.items() if any(_named_by(forms, k) for k in keys))
        weight = {a: sum(given[k] for k in names[a]) for a in candidates}
        ranked = sorted(candidates, key=lambda a: -weight[a])
        if len(ranked) == 1 or len(ranked) > 1 and weight[ranked[0]] > weight[ranked[1]]:
            found[word] = ranked[0]
    mentions = mentions.copy()
    sides = [found.get(name_key(s), "") for s in mentions.loc[cued, "side"]]
    mentions.loc[cued, "side"] = sides
    mentions.loc[cued, "side_cue"] = [c if s else "" for c, s in zip(mentions.loc[cued, "side_cue"], sides)]
    return mentions


def _named_by(forms: set[str], key: str) -> bool:
    """The name (a key) is the word or its plural alone ("houthis"), or with a word of
    ``party_nouns`` ("republican party"), or as the qualifier in brackets that sets a
    party apart ("party of labour (orvist)"); not a longer name the word only
    describes ("kurdish democratic party", "muslim brotherhood")."""
    parties = words_in_any("party_nouns")
    words = key.split()
    bare = " ".join(words[1:] if words[:1] and words[0] in parties else words[:-1] if words[-1:] and words[-1] in parties else words)
    return bare in forms or any(forms & set(re.findall(r"\w+", q)) for q in re.findall(r"\(([^)]*)\)", key))


def _sides_by_actor_name(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """A side that names an organisation of the corpus is given under that actor's
    name ("OAS" → "Organization of American States"; a body's name of today under the
    former name the corpus prints, :mod:`kit.lexicon.bodies`; "Ulster Unionist", as in "the
    Ulster Unionist leader", → "Ulster Unionist Party": a party's name without its
    ``party_nouns`` word, when no other actor has that name): one name per side."""
    names = _actor_names_of_sides(mentions)
    table["side"] = [names.get(name_key(side), side) if side else side for side in table["side"]]
    return table


def _actor_names_of_sides(mentions: pd.DataFrame) -> dict[str, str]:
    """The actor name each side's key is given under (:func:`_sides_by_actor_name`)."""
    groups = mentions[mentions["kind"].isin(["organization", "group"]) & mentions["named"].astype(bool)]
    names: dict[str, str] = {}
    for column in ("text", "name"):
        for alias, actor in zip(groups[column].tolist(), groups["actor"].tolist()):
            names.setdefault(name_key(alias), actor)
    parties = words_in_any("party_nouns")
    for key, actor in list(names.items()):
        words = key.split()
        if len(words) > 1 and words[-1] in parties:
            names.setdefault(" ".join(words[:-1]), actor)
    for text, actor in zip(groups["text"].tolist(), groups["actor"].tolist()):
        if (body := body_of(text)) is not None:  # a body's name of today, the corpus printing a former one
            names.setdefault(name_key(body.canonical), actor)
    return names


def _parties_are_sides(table: pd.DataFrame) -> pd.DataFrame:
    """An organisation or group with no country that people speak for ("Taliban
    spokesman ...") is a side of its own: its row gets that side."""
    speakers: dict[str, tuple[str, str]] = {}
    for name, side in zip(table["name"].tolist(), table["side"].tolist()):
        if side:
            speakers.setdefault(name_key(side), (side, name))
    open_rows = table.index[(table["side"] == "") & table["kind"].isin(["organization", "group"])]
    for i in open_rows:
        found = speakers.get(name_key(table.at[i, "name"]))
        if found:
            table.at[i, "side"], table.at[i, "side_evidence"] = found[0], f"the side of {found[1]}"
    return table


def _sides_of_parties_headed(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """A person the corpus gives no side, whose role heads or leads (``head_titles``) a
    party, movement or armed group of the corpus that is no international body (its name
    says what it is, or is initials: :func:`_named_as_a_party`; "head of the Movimiento de
    Unidad Cívica", read from "X encabeza el Movimiento ..."; not "head of the Tarn Red
    Cross" nor "chief of the Osk Daily"), is of that organisation (of
    its side, if it has one: :func:`_sides_through_bodies`), unless a mention of his holds
    a state's office: who leads a party or movement speaks for it."""
    heads, lex = words_in_any("head_titles"), lexicon()
    groups = {name_key(n): n for n, k in zip(table["name"].tolist(), table["kind"].tolist())
              if k in ("organization", "group") and body_of(n) is None and _named_as_a_party(n, k)}
    if not groups:
        return table
    offices: dict[str, bool] = {}
    for actor, role in zip(mentions["actor_id"].tolist(), mentions["role"].fillna("").tolist()):
        offices[actor] = offices.get(actor, False) or bool(role) and lex.scope(role) == "state"
    for i in table.index[(table["kind"] == "person") & (table["side"] == "")]:
        head, of, body = str(table.at[i, "role"]).partition(" of ")
        words = name_key(body).split()
        named = groups.get(" ".join(words[1:] if words[:1] and words[0] in words_in_any("articles") else words))
        if of and head.lower() in heads and named and not offices.get(table.at[i, "actor_id"], False):
            table.at[i, "side"], table.at[i, "side_evidence"] = named, f"the {head.lower()} of {named}"
    return table


def _named_as_a_party(name: str, kind: str) -> bool:
    """Whether an organisation's name says it is a party, movement or armed group (a word
    of ``party_nouns``, ``org_kind_nouns`` or ``group_name_nouns`` in any language: "Unity
    Party", "Movimiento X", "Frente Y"), is initials ("the FMLN"), or the actor a group.

    >>> _named_as_a_party("Movimiento de Unidad Cívica", "organization")
    True
    >>> _named_as_a_party("Tarn Red Cross", "organization"), _named_as_a_party("FMLN", "organization")
    (False, True)
    """
    kinds = words_in_any("party_nouns") | words_in_any("org_kind_nouns") | words_in_any("group_name_nouns")
    return kind == "group" or is_initials(name.removeprefix("the ")) or bool(set(name_key(name).split()) & kinds)


def _sides_through_bodies(table: pd.DataFrame) -> pd.DataFrame:
    """A person whose side is an organisation of the corpus that has a side of its own
    takes that side ("director of the National Intelligence Service", the service
    being "South Korea's National Intelligence Service" elsewhere): the organisation
    stays in the role and the evidence."""
    bodies = {name_key(n): (s, n) for n, s, k in zip(table["name"].tolist(), table["side"].tolist(),
                                                  table["kind"].tolist())
              if k in ("organization", "group") and s and name_key(s) != name_key(n)}
    if not bodies:
        return table
    for i in table.index[(table["kind"] == "person") & (table["side"] != "")]:
        found = bodies.get(name_key(table.at[i, "side"]))
        if found:
            table.at[i, "side"], table.at[i, "side_evidence"] = found[0], f"the side of {found[1]}"
    return table


def _sides_of_principals(table: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """An actor with no side of its own takes the side of the actor it works for
    ("Nazari's national security adviser"; ``affiliation`` in the roles table), and so does
    one whose side is only a nationality or a cleric's church (``side_cue_kind``
    ``nationality``, ``calling``: "Cardinal X" in one story,
    "X, envoy of the Pope" in another: the Pope's); another side read from context stays
    ("the Orvist delegation, led by X and Y, Z's deputy"). An international body a principal acts
    for (:func:`kit.lexicon.bodies.body_of`: "the AU mediator X") is not lent to one who holds a
    state's office of his own ("President Y", X's successor at home): he is no aide of the body's,
    and takes the one state X is stated to hold an office of, if any ("President X of Tarn" in
    another sentence: Tarn)."""
    stated = {actor for actor, side, kind in zip(mentions["actor"].tolist(), mentions["side"].tolist(),
                                                  mentions["side_cue_kind"].fillna("").tolist())
              if side and isinstance(side, str) and kind not in _WEAKER_THAN_A_PRINCIPAL}
    actor_of = {(a, n): actor for a, n, actor in zip(mentions["article_id"].tolist(), mentions["name"].tolist(), mentions["actor"].tolist())}
    side_of = dict(zip(table["name"].tolist(), table["side"].tolist()))
    lent: dict[str, tuple[str, str]] = {}
    for article, actor, principal in zip(mentions["article_id"].tolist(), mentions["actor"].tolist(), mentions["affiliation"].tolist()):
        boss = actor_of.get((article, principal), principal) if principal else ""
        if boss and boss != actor and side_of.get(boss):
            lent.setdefault(actor, (side_of[boss], boss))
    for i in table.index[(table["side"] == "") | ~table["name"].isin(stated)]:
        found = lent.get(table.at[i, "name"])
        if found and body_of(found[0]) is not None and lexicon().scope(str(table.at[i, "role"] or "")) == "state":
            home = _states_stated(mentions, found[1])  # "President Y, whose predecessor X is the AU mediator"
            if len(home) == 1:
                table.at[i, "side"], table.at[i, "side_evidence"] = home.pop(), f"the state of {found[1]}"
            continue
        if found:
            table.at[i, "side"], table.at[i, "side_evidence"] = found[0], f"the side of {found[1]}"
    return table


def _states_stated(mentions: pd.DataFrame, actor: str) -> set[str]:
    """The states the mentions of ``actor`` give as a side a sentence states (no cue read from
    context): "President X of Tarn"."""
    lex = lexicon()
    own = mentions[mentions["actor"] == actor]
    return {side for side, cue in zip(own["side"].fillna("").tolist(), own["side_cue"].fillna("").tolist())
            if side in lex.states and not str(cue).startswith(CONTEXT_CUE)}


_WEAKER_THAN_A_PRINCIPAL = frozenset({CueKind.NATIONALITY.value, CueKind.CALLING.value})
"""The kinds of side cue (``side_cue_kind``) whose side a principal's outranks."""


class Reading(NamedTuple):
    """What the corpus says of one actor in one column: the reading kept, where it
    was read first (``article_id:sentence_id``) and the other readings."""

    value: str
    evidence: str
    conflicts: str


def reading(group: pd.DataFrame, column: str, fold: bool = False, weak: str | None = None,
            state: str = "") -> Reading:
    """The non-empty ``column`` most of an actor's articles give, each article voting once
    for the reading most of its own mentions give (:func:`_article_votes`; ties: the most
    mentions, then the first seen), with provenance; the others are listed as conflicts
    with all their mentions ("Iran (a2:5, ×2)"), not dropped.

    Values differing only in case are one reading, and sides differing only in accents, dots,
    hyphens or a leading "the" too (:func:`name_key`: "Alianza Cívica", "Alianza Civica"). ``weak`` names the column of
    the side's cue (its kind in ``<weak>_kind``): sides read from context (cue ``context: ...``, see
    :mod:`kit.extract.roles`) count only for an actor no sentence gives a side, and
    a bare office read from a story's dateline ("a bare office in a story filed in
    LISBON": kind ``bare office filed``) not at all where the datelines of the actor's articles give different
    states: "President X" in stories filed in two capitals is of neither; sides so set aside
    are still listed among the conflicts, marked as read from context ("Costa Rica (a2:5,
    ×1, context)"), however many give them, and so is a side read only from a former office of
    someone who now stands between the parties (:func:`_behind_a_third_party`); a state read from the holder's nationality
    ("the Argentine X") yields, however many give it, to a side some mention reads from an
    office in a body (:func:`_outranked_by_a_body`: "Secretary-General of the OAS"), and is
    listed marked so ("Argentina (a1:2, ×2, a nationality)"); a party ("leader of the Valdo
    Party") yields, however many give it, to a state some mention reads with an office of that
    state (:func:`_outranked_by_a_state`: "Tarn's first deputy prime minister"), listed marked
    so. With ``fold``, a reading that
    one longer reading ends with or starts ("Secretary", "Under Secretary of
    State") counts for that longer reading ("Energy Secretary", "Under
    Secretary of State for Political Affairs"), and so does the same title with a complement
    that names more (:func:`_fuller_form`: "head of the delegation", "head of the RPF
    delegation"): the fuller title wins, though a present
    title is not folded into a past one ("Senator" stays beside "former Senator"); and the
    two word orders of one title are one reading (:func:`kit.actors.offices.role_form`: "Speaker of
    the House" and "House Speaker"), and so are two titles of one office (:func:`office_key`:
    "Minister of Foreign Affairs" and "Foreign Minister", "President of the Parliament" and
    "Parliament Speaker"), shown as most mentions write it; membership of a group
    read from its list (:func:`_is_membership`: "member of the delegation") is shown only when no
    mention gives another role; a role of the past ("former President": ``past_modifiers``) is shown only when no mention gives
    a present one ("AU envoy" beside "former President"), however many give it, and so is
    a role that is no office (``scope`` ``person`` in the title lexicon: a rank, "General";
    "diplomat"): "head of the mission" beside "Dutch diplomat"; what a person is now comes
    before what they were, "General" before "retired Major General" (:func:`_standing`). With
    ``state``, the actor's side, a bare title that state gives no office of comes after the
    state's own (:func:`_no_office_of`: Britain's "Foreign Secretary" before "Foreign Minister",
    read from "the foreign ministers of Britain, France and Germany, A, B and C").

    Examples
    --------
    >>> g = pd.DataFrame({"role": ["Secretary", "Energy Secretary", ""], "article_id": ["a", "b", "c"],
    ...                   "sentence_id": [1, 2, 3]})
    >>> reading(g, "role", fold=True)
    Reading(value='Energy Secretary', evidence='b:2', conflicts='')
    """
    values = group[column].fillna("")
    if weak is not None and column == "side":
        cues, kinds, roles = (group[c].fillna("") for c in (weak, f"{weak}_kind", "role"))
        values, aside = _counted_sides(values, cues, kinds)
        values, behind = _behind_a_third_party(values, cues, roles)
        aside = aside.where(aside != "", behind)
        values, outranked, agents = _outranked_by_a_body(values, cues, kinds, roles)
        values, parties = _outranked_by_a_state(values, cues, roles)
    else:
        aside = outranked = agents = parties = pd.Series("", index=values.index)
    key = name_key if column == "side" else str.casefold  # a side written with or without its accents
    seen, unseen = _readings(values, group, key), _readings(aside, group, key)  # unseen: set aside, still listed
    beaten, party = _readings(outranked, group, key), _readings(parties, group, key)
    behind_agent = _readings(agents, group, key)
    if not seen:
        return Reading("", "", _listed(unseen, ""))
    shorter: set[str] = set()  # titles folded into a fuller one: never the one shown
    if fold:
        forms: dict[str, str] = {}  # the two word orders of one title: one reading
        for k in list(seen):
            first = forms.setdefault(office_key(k), k)
            if first != k:
                seen[first] += seen.pop(k)
        for short in list(seen):
            longer = [k for k in seen if k != short and of_the_past(k) == of_the_past(short) and (any(
                w.casefold().endswith(" " + short) or w.casefold().startswith(short + " ") for w, _ in seen[k])
                or _fuller_form(k, short))]
            if len(longer) == 1:
                seen[longer[0]] += seen.pop(short)
                shorter.add(short)
    order = {k: n for n, k in enumerate(seen)}  # mentions come in corpus order
    votes = _article_votes({k: [e for _, e in found] for k, found in seen.items()})
    ranked = sorted(seen, key=lambda k: (fold and _is_membership(k), _standing(k) if fold else 0,
                                         _no_office_of(k, state), -votes[k], -len(seen[k]),
                                         order[k]))  # ties: the most mentions, then the first seen
    best = seen[ranked[0]]
    shown = Counter(v for v, _ in best if v.casefold() not in shorter).most_common(1)[0][0]
    conflicts = "; ".join(f"{seen[k][0][0]} ({seen[k][0][1]}, ×{len(seen[k])})" for k in ranked[1:])
    return Reading(shown, best[0][1], "; ".join(c for c in (conflicts, _listed(unseen, ranked[0]),
                                                            _listed(beaten, ranked[0], NATIONALITY_MARK),
                                                            _listed(behind_agent, ranked[0], AGENT_MARK),
                                                            _listed(party, ranked[0], PARTY_MARK)) if c))


def _counted_sides(values: pd.Series, cues: pd.Series, kinds: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The side readings that count, and those set aside: a side read from context (cue
    ``context: ...``) counts only when no mention states one, however many give it, and a
    bare office read from a story's dateline (``kinds``, the cues' kinds:
    :attr:`kit.extract.sidecues.CueKind.BARE_OFFICE_FILED`) not at all where the datelines
    of the actor's articles give different states."""
    stated = ~cues.str.startswith(CONTEXT_CUE)
    counted = values.where(stated, "") if (stated & (values != "")).any() else values
    filed = ~stated & (kinds == CueKind.BARE_OFFICE_FILED.value) & (counted != "")
    if counted[filed].map(name_key).nunique() > 1:  # the datelines disagree: none tells
        counted = counted.where(~filed, "")
    return counted, values.where(counted == "", "")


def _behind_a_third_party(values: pd.Series, cues: pd.Series, roles: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The side readings that count, and those set aside: a side read only from an office
    held before (cue ending :data:`FORMER_OFFICE`: "the former Tarn president") is where a
    person came from, and where some mention gives him, now, the title of a third party to
    the talks (:func:`_third_party_title`: "mediator", "facilitator of the talks", "chair of
    the negotiations"), it is not whom he acts for: no side is read from it."""
    former = cues.str.endswith(FORMER_OFFICE) & (values != "")
    if not former.any() or not any(_third_party_title(r) for r in roles.tolist()):
        return values, pd.Series("", index=values.index)
    return values.where(~former, ""), values.where(former, "")


def _third_party_title(role: str) -> bool:
    """Whether ``role``, held now, is the title of someone who stands between the parties:
    with a word of ``third_party_titles`` ("AU mediator", "facilitator of the talks",
    "co-chair"), or a chair of talks, a ``chair_titles`` word beside a ``meeting_nouns`` word
    ("chair of the negotiations", "talks chairman"; not "chairman of the party").

    >>> _third_party_title("facilitator of the talks"), _third_party_title("talks chairman")
    (True, True)
    >>> _third_party_title("chairman of the party"), _third_party_title("former mediator")
    (False, False)
    """
    text = role.casefold()
    if not text or of_the_past(text):
        return False
    found = set(re.findall(r"\w+(?:-\w+)*", text))
    meetings = words_in_any("meeting_nouns")  # in the singular or a regular plural ("negotiations")
    return not found.isdisjoint(words_in_any("third_party_titles")) or (
        not found.isdisjoint(words_in_any("chair_titles"))
        and any(w in meetings or w.endswith("s") and w[:-1] in meetings for w in found))


NATIONALITY_MARK = "a nationality"
"""How a side conflict set aside as a holder's nationality is marked: "Chile (a2:5, ×1, a nationality)"."""
AGENT_MARK = "a state beside a body's agent"
"""How a state's office set aside for a body its holder acts for is marked: "Peru (a2:5, ×1, a state
beside a body's agent)"."""


def _outranked_by_a_body(values: pd.Series, cues: pd.Series, kinds: pd.Series,
                         roles: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """The side readings that count, and those a side from an office in a body outranks (a
    nationality, then a state beside a title acting for the body):
    where some mention stated, with an office (``roles``, no rank nor calling: scope other than
    ``person`` in the title lexicon, held now, no state's post at the body,
    :func:`_posted_to_a_body`), a side that is no state ("Secretary-General of
    the OAS", "the AU's envoy", "jefe de la misión de la ONU"), a state read from a demonym
    with no state's office (:func:`_nationality_of`: "the Argentine X", "la comisionada
    chilena X", "a British official") is the holder's nationality, set aside however many
    give it; a state's office ("the Kenyan President", "Foreign Minister of Finland") stays
    beside the body's, which the count decides, unless some mention gives the body's side with a
    title of someone who acts for it (:func:`_acts_for_a_body`: "the African Union mediator",
    "the UN special envoy", "chairman of the AU") and the body is an international one of the
    lexicon (:func:`kit.lexicon.bodies.body_of`): whoever mediates, chairs or is sent for a body
    acts for it, whatever state he holds an office of ("Tarn's president, the AU's chairman"),
    and that state is set aside too, listed; a state's post at the body ("Tarn's ambassador to
    the AU") stays the state's."""
    lex = lexicon()
    cued = cues.tolist()
    states = values.isin(lex.states)
    body = [bool(v) and not state and not c.startswith(CONTEXT_CUE) and k != CueKind.CALLING.value
            and bool(r) and lex.scope(r) != "person" and not of_the_past(r) and not _posted_to_a_body(r)
            for v, state, c, k, r in zip(values.tolist(), states.tolist(), cued, kinds.tolist(), roles.tolist())]
    if not any(body):
        return values, pd.Series("", index=values.index), pd.Series("", index=values.index)
    agent = any(b and body_of(v) is not None and _acts_for_a_body(r)
                for b, v, r in zip(body, values.tolist(), roles.tolist()))
    weak = states & pd.Series([_nationality_of(c, k, r) for c, k, r in zip(cued, kinds.tolist(), roles.tolist())],
                              index=values.index)
    beside = states & ~weak & pd.Series([agent and not _posted_to_a_body(r) for r in roles.tolist()],
                                        index=values.index)
    return values.where(~(weak | beside), ""), values.where(weak, ""), values.where(beside, "")


def _acts_for_a_body(role: str) -> bool:
    """Whether ``role``, held now, is the title of someone who acts for a body: with a word or
    phrase of ``body_agent_titles``, ``third_party_titles`` or ``chair_titles`` ("AU mediator",
    "special envoy", "chairman of the African Union", "jefe de misión"), case aside.

    >>> _acts_for_a_body("African Union mediator"), _acts_for_a_body("UN special envoy")
    (True, True)
    >>> _acts_for_a_body("President"), _acts_for_a_body("former envoy")
    (False, False)
    """
    text = " ".join(re.findall(r"\w+(?:-\w+)*", role.casefold()))
    return bool(text) and not of_the_past(text) and agent_title(text)


PARTY_MARK = "a party beside a state's office"
"""How a side conflict set aside as a party beside a state's office is marked: "Valdo Party
(a2:5, ×1, a party beside a state's office)"."""


def _outranked_by_a_state(values: pd.Series, cues: pd.Series, roles: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The side readings that count, and those a state read with an office of its own
    outranks: where some mention stated, with an office of a state held now (``roles``: scope
    ``state`` in the title lexicon, no past office, no state's post at a body), that state
    ("Tarn's first deputy prime minister"), a party read for the same person (a side that is
    no state, named with a word of ``party_nouns``: "leader of the Valdo Party") is whom he
    leads, not the side he acts for: set aside however many give it, and listed. An office
    members of any party hold, or one of the opposition (:func:`_held_by_any_party`: "Senator",
    "member of parliament", "opposition leader"), outranks no party."""
    lex = lexicon()
    stated = ~cues.str.startswith(CONTEXT_CUE)
    states = values.isin(lex.states)
    office = [bool(state and here and r and lex.scope(r) == "state" and not of_the_past(r)
                   and not _posted_to_a_body(r) and not _held_by_any_party(r))
              for state, here, r in zip(states.tolist(), stated.tolist(), roles.tolist())]
    if not any(office):
        return values, pd.Series("", index=values.index)
    nouns = words_in_any("party_nouns")
    party = pd.Series([bool(v) and not state and not nouns.isdisjoint(name_key(v).split())
                       for v, state in zip(values.tolist(), states.tolist())], index=values.index)
    return values.where(~party, ""), values.where(party, "")


def _held_by_any_party(role: str) -> bool:
    """Whether ``role`` is an office members of any party hold or one of the opposition: one
    ending in a word or phrase of ``shared_offices`` ("Senator", "member of parliament",
    "diputado"; not "Deputy Prime Minister") or with a word of ``non_state_modifiers`` in it
    ("opposition leader"), case aside.

    >>> _held_by_any_party("Senator"), _held_by_any_party("opposition leader")
    (True, True)
    >>> _held_by_any_party("First Deputy Prime Minister")
    False
    """
    text = " " + " ".join(re.findall(r"\w+", role.casefold()))
    return any(text.endswith(f" {w}") for w in words_in_any("shared_offices")) \
        or any(f" {w} " in text + " " for w in words_in_any("non_state_modifiers"))


def _posted_to_a_body(role: str) -> bool:
    """Whether ``role`` is a state's post at a body, a title of ``posted_titles`` the title
    lexicon reads as a state's office ("ambassador to the OAS", "permanent representative to
    the UN"): the body is where the holder serves a state, not whom he works for."""
    words = set(re.findall(r"\w+", role.casefold()))
    return lexicon().scope(role) == "state" and any(
        set(re.findall(r"\w+", title)) <= words for title in words_in_any("posted_titles"))


def _nationality_of(cue: str, kind: str, role: str) -> bool:
    """Whether a side's cue reads only the holder's nationality: of kind ``nationality``, or
    a demonym alone ("Chilean", "chilena") given with no office of a state (a role whose scope
    is not ``state``: "commissioner", none; not "President")."""
    return kind == CueKind.NATIONALITY.value or \
        lexicon().side_kinds.get(name_key(cue)) == "demonym" and lexicon().scope(role) != "state"


def _readings(values: pd.Series, group: pd.DataFrame,
              key: Callable[[str], str] = str.casefold) -> dict[str, list[tuple[str, str]]]:
    """Each non-empty reading under its ``key`` (case-folded; a side's :func:`name_key`), with
    where it was read: ``[(as written, "article_id:sentence_id"), ...]``, in the group's order."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for value, article, sentence in zip(values, group["article_id"].tolist(), group["sentence_id"].tolist()):
        if value:
            value = " ".join(value.split())
            seen.setdefault(key(value), []).append((value, f"{article}:{sentence}"))
    return seen


def _listed(unseen: dict[str, list[tuple[str, str]]], kept: str, mark: str = "context") -> str:
    """The readings set aside that disagree with the one kept (case-folded), listed as
    conflicts marked with why they were set aside, by default as read from context:
    "Costa Rica (a2:5, ×1, context)"."""
    return "; ".join(f"{found[0][0]} ({found[0][1]}, ×{len(found)}, {mark})"
                     for key, found in unseen.items() if key != kept)


def _is_membership(role: str) -> bool:
    """Whether a role is membership of a group of ``membership_bodies``, as the roles table
    writes it (opening with ``membership_roles``: "member of the FARC delegation", "member of
    the negotiating team"), no office of its own: read from a list of the group's members, it
    is shown only for an actor no mention gives another role."""
    written = " ".join(role.split()).casefold()
    return any(written.startswith(f"{opening} ") for opening in words_in_any("membership_roles")) \
        and written.rsplit(" ", 1)[-1] in words_in_any("membership_bodies")


def _standing(role: str) -> int:
    """How a role (case-folded) ranks: 0 an office held now, 1 no office at all ("General",
    "diplomat": scope ``person``), 2 one held before (:func:`kit.actors.names.of_the_past`: "former
    President", "retired Major General"), what a person is now before what they were."""
    if of_the_past(role):
        return 2
    return 1 if lexicon().scope(role) == "person" else 0


def _no_office_of(role: str, state: str) -> bool:
    """Whether ``role`` (case-folded) is a bare title that ``state`` has no office of, its
    office going by another title (``states`` "-United Kingdom" in the title lexicon: no British
    "Foreign Minister"); a title with a complement names its own office ("President of the Senate")."""
    return bool(state) and _COMPLEMENT.search(role) is None and state in lexicon().states_without(role)


def _fuller_form(longer: str, short: str) -> bool:
    """Whether the title ``longer`` (case-folded) is ``short`` with a complement that names
    more: the same title "of"/"for" a body whose name ends as the shorter one's does ("head of
    the delegation" in "head of the Valdonian delegation", "head of the military council" in
    "head of the Transitional Military Council")."""
    ours, theirs = OF_FORM.match(" ".join(longer.split())), OF_FORM.match(" ".join(short.split()))
    if ours is None or theirs is None:
        return False
    return ours["head"] == theirs["head"] and ours["body"].endswith(" " + theirs["body"])


_COMPLEMENT = re.compile(r" (?:of|for|to) ")


def _most_common(values: pd.Series, articles: pd.Series | None = None) -> str:
    """Most frequent non-empty value; ties go to the first seen. With ``articles`` (each
    value's article), each article votes once, for its own most frequent value
    (:func:`_article_votes`); ties go to the most frequent, then the first seen."""
    counts = Counter(v for v in values.fillna("") if v)
    if not counts:
        return ""
    if articles is None:
        return max(counts, key=lambda v: counts[v])
    where: dict[str, list[str]] = {}
    for value, article in zip(values.fillna("").tolist(), articles.astype(str).tolist()):
        if value:
            where.setdefault(value, []).append(article)
    votes = _votes_by_article(where)
    return max(counts, key=lambda v: (votes[v], counts[v]))


def _article_votes(evidence: Mapping[str, list[str]]) -> Counter[str]:
    """How many articles vote for each reading, given where each was read
    (``article_id:sentence_id``): an article votes once, for the reading most of its own
    mentions give (ties: the first seen in the corpus), so one article cannot outvote the rest of the
    corpus by repeating a name (a page of junk naming a person hundreds of times beside a
    place), however many mentions it holds.

    >>> _article_votes({"Tarn": ["a:1", "b:1"], "Osk": ["c:1", "c:2", "c:3"]})
    Counter({'Tarn': 2, 'Osk': 1})
    """
    return _votes_by_article({k: [place.rsplit(":", 1)[0] for place in places] for k, places in evidence.items()})


def _votes_by_article(articles: Mapping[str, list[str]]) -> Counter[str]:
    """:func:`_article_votes` given, for each reading, the article of each mention.

    >>> _votes_by_article({"Tarn": ["a", "b"], "Osk": ["c", "c", "c"]})
    Counter({'Tarn': 2, 'Osk': 1})
    """
    per_article: dict[str, Counter[str]] = {}
    for reading_key, where in articles.items():
        for article in where:
            per_article.setdefault(article, Counter())[reading_key] += 1
    votes: Counter[str] = Counter({k: 0 for k in articles})
    for counts in per_article.values():
        votes[max(counts, key=lambda k: counts[k])] += 1  # max keeps the first of equals: the first seen
    return votes


# -- merging names -----------------------------------------------------------
def alias_key(aliases: Aliases) -> tuple[tuple[str, str], ...]:
    """An alias table as a key: the pairs it maps, whatever form it was given in."""
    return tuple(sorted(_alias_map(aliases).items()))


def _alias_map(aliases: Aliases) -> dict[str, str]:
    if aliases is None:
        return {}
    if isinstance(aliases, (str, Path)):
        return read_alias_table(aliases)
    return {name_key(a): c for a, c in aliases.items()}
