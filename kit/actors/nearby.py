"""The side of a bare office read from the states named near its holder, across a corpus.

"President X said ..." in a story that names several states has no side
(:mod:`kit.extract.governments`: any of them may be meant), and no stage before this one
gives it one when the corpus follows no single government (:mod:`kit.actors.followed`).
A reader still knows whose President X is: a state has one President, so of the states
named in X's sentences, those whose President is another actor of the corpus ("Osk, the
Republic of Tarn's president") are not his; where exactly one state is left, X holds the
office for it ("Tarn and Velmar signed. President Osk of Tarn hosted, and President X has
said Velmar cannot carry the burden": Velmar's).

The states named near a person are those named in the sentences of his mentions, the
same way :mod:`kit.extract.governments` counts them (a country, a capital or a seat of
government acting, a demonym, a person whose state is stated; not a venue, a dateline,
nor a side read from context), first in his sentences alone, then with the sentence
before each, then the two before (:data:`WINDOW`): the nearest reading that leaves one
state decides. People are given their state one at a time, the most often named first,
and each office so filled is held for the rest ("President A" and "President B" named
beside the same two states: the first to take one leaves the other to the second). Where
several states are left, the one whose capital every story naming him is filed in breaks
the tie ("MOSCOW — President X met Tarn's envoy"), or for a story with no dateline, the one
state its lead names ("Tarn's government closed ranks behind the accords, but the mood in
Tarnburg is anxious. The Prime Minister, X, said Velmar's invasion ..."); a dateline alone
gives none. Where no
state is left near him at all, that capital's state is his when every story naming him is filed
there and also names that state ("RIGA — Latvia's foreign minister resigned ... President X
said he was not consulted": a story of home politics); so it is, before the sentences before
his are read, when the only states left near him are those he meets across a verb ("PARIS —
President X signed as a witness with Chancellor A of Tarn": the host). Else the
one state named near every mention of his that names any of those left is his ("President X
has told Tarn that Velmar cannot carry the burden", "President X said that Velmar would
help": Velmar's); two named apart give none.

Before any of this, a government an article of his names by the person heading it ("el Gobierno
de Osk", "the government of Osk", "Osk's government", Osk a person of the corpus whose side is a
state) is the one his bare office is of, when his articles name one such state only and its office
is free (:func:`_held_for_governments_headed`): the state named nearest may be the one the
government acts against.

Only a state's office held now (scope ``state`` in the title lexicon; not one held before,
one being handed over or about to be taken, ``transition_modifiers``: "outgoing President",
a state's post at a body ``posted_titles``, an office many hold at once
``shared_offices``, or a title the state has no office of) and only a person with no
side at all: a side the text states, or read by any other stage, is never changed. The
side is weak and says so (``side_evidence``: "context: inferred from the states named
near ...", with where).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence

import pandas as pd

from kit.actors.names import of_the_past
from kit.actors.offices import office_key
from kit.extract.datelines import article_openings, dateline_place, datelines_in, in_dateline
from kit.extract.governments import NAMING_KINDS
from kit.extract.phrases import CONTEXT_CUE
from kit.extract.sidecues import CueKind, government_nouns
from kit.extract.titles import heads_an_institution, kingdom_among, lexicon
from kit.lexicon.canonical import name_key
from kit.lexicon.regex import alternation
from kit.lexicon.wordlists import words_in_any

Sentences = Callable[[Sequence[str]], pd.DataFrame]
"""The sentences of the articles given (columns ``article_id``, ``sentence_id``, ``start_char``, ``text``)."""

WINDOW = 2
"""How many sentences before a mention's own are read, at the most."""
LEAD = 2
"""How many sentences open a story (a byline, then its lead) for :func:`_states_named`'s lead."""
NEARBY_CUE = "inferred from the states named near"
"""The start of the evidence of a side read by :func:`sides_named_nearby` (after ``context:``)."""


def sides_named_nearby(table: pd.DataFrame, mentions: pd.DataFrame, roles: pd.DataFrame,
                       sentences: Sentences) -> pd.DataFrame:
    """Registry rows of people with no side holding a state's office take the one state
    named near them whose office no one else holds (see the module docstring).

    ``table``: registry rows (``name``, ``kind``, ``role``, ``side``, ``side_evidence``);
    ``mentions``: the actor mentions (``actor``, ``named``, ``article_id``, ``sentence_id``,
    ``start_char``); ``roles``: the roles table of the articles; ``sentences``: their
    sentences, for the datelines."""
    people = table["kind"] == "person"
    open_rows = [i for i in table.index[people & (table["side"].fillna("") == "")] if _bare_office(str(table.at[i, "role"] or ""))]
    if not open_rows or roles.empty:
        return table
    lex = lexicon()
    held: dict[tuple[str, str], str] = {}
    for name, role, side in zip(table.loc[people, "name"], table.loc[people, "role"], table.loc[people, "side"]):
        if side in lex.states and role and not of_the_past(str(role).casefold()) and not in_transition(str(role)):
            held.setdefault((interim_free_key(_without_state(str(role), side)), side), str(name))
    named, filed, told, leads = _states_named(roles, sentences)
    own = mentions[mentions["named"].astype(bool)]
    places: dict[str, set[tuple[str, int]]] = {}  # each actor's sentences
    mine: dict[str, set[tuple[str, int]]] = {}  # and where its mentions start
    for actor, article, sentence, start in zip(own["actor"].tolist(), own["article_id"].tolist(),
                                               own["sentence_id"].tolist(), own["start_char"].tolist()):
        places.setdefault(actor, set()).add((article, int(sentence)))
        mine.setdefault(actor, set()).add((article, int(start)))
    table = table.copy()
    met = states_met(mentions)
    done = _held_for_governments_headed(table, open_rows, held, places, _governments_headed(table, own, sentences))
    for window in range(WINDOW + 1):
        found = []
        for i in open_rows:
            if i in done:
                continue
            name, role = str(table.at[i, "name"]), str(table.at[i, "role"])
            key = interim_free_key(role)
            counts: Counter[str] = Counter()
            first: dict[str, str] = {}
            each: list[set[str]] = []
            for article, sentence in sorted(places.get(name, set())):
                seen = {state for k in range(sentence - window, sentence + 1)
                        for state, start in named.get((article, k), []) if (article, start) not in mine[name]}
                for state in sorted(seen):
                    first.setdefault(state, f"{article}:{sentence}")
                counts.update(seen)
                each.append(seen)
            left = [s for s in counts if held.get((key, s), name) == name and _office_of(role, s)
                    and s not in met.get(name, set())]  # a counterpart's state, met across a verb, is not his
            home = {filed.get(article) or leads.get(article, "") for article, _ in places.get(name, set())}
            if len(left) > 1 and len(home) == 1 and (state := home.pop()) in left:
                left = [state]  # a tie broken by the capital every story of his is filed in (or its lead names)
            if len(left) > 1 and (kingdom := kingdom_among(role, left)):
                left = [kingdom]  # "King X" near Tarn and Norway: Norway's, the one kingdom
            if len(left) > 1:
                left = _named_in_every_sentence(left, each)
            if not left and (window == WINDOW or name in met) \
                    and (state := _home_named(places.get(name, set()), filed, told, met.get(name, set()))) \
                    and state not in met.get(name, set()) and held.get((key, state), name) == name \
                    and _office_of(role, state):
                left = [state]  # no state near him (or only those he meets): he is at home
                first[state] = f"{min(places[name])[0]}:0"
            if len(left) == 1:
                found.append((-counts[left[0]], name, i, key, left[0], first[left[0]]))
        for _, name, i, key, state, where in sorted(found):
            if held.get((key, state), name) != name:
                continue  # taken in this round by someone named more often beside it
            held[(key, state)] = name
            done.add(i)
            table.at[i, "side"] = state
            table.at[i, "side_evidence"] = (f"{CONTEXT_CUE} {NEARBY_CUE} {name} ({where}): {state}, whose "
                                            f"{table.at[i, 'role']} no other actor holds")
    return table


def states_met(mentions: pd.DataFrame) -> dict[str, set[str]]:
    """``{actor: states}``: the states each actor's mentions meet across a verb (``side_cue_kind``
    :attr:`CueKind.ACROSS_AN_ENCOUNTER`, the cue's words those states: "Tarn's foreign minister
    met the prime minister, X"), a counterpart's, never his own."""
    if "side_cue_kind" not in mentions:
        return {}
    across = mentions[mentions["side_cue_kind"].eq(CueKind.ACROSS_AN_ENCOUNTER.value)]
    met: dict[str, set[str]] = {}
    for actor, cue in zip(across["actor"].tolist(), across["side_cue"].fillna("").tolist()):
        met.setdefault(actor, set()).update(s.strip() for s in str(cue).split(";") if s.strip())
    return met


def _home_named(places: set[tuple[str, int]], filed: dict[str, str], told: set[tuple[str, int, str, str]],
                met: Collection[str] = ()) -> str:
    """The state whose capital every story of ``places`` (a person's ``(article_id,
    sentence_id)``) is filed in (``filed``: :func:`_filed_in_capitals`), when each of those
    stories also names it, its capital or its people outside its dateline (``told``:
    ``(article_id, sentence_id, state, kind)``, :func:`_states_named`), and no sentence of his
    names a place of another state but one he meets (``met``); else "". "RIGA — Crowds stormed the
    parliament in Riga ... President X said he was not consulted": a story filed at home
    about its politics; not "President X, who flew in from Tallinn, said ...": a visitor. A
    dateline alone names none ("DAKAR, Senegal — President X said the talks would go on.").

    >>> _home_named({("a", 3)}, {"a": "Tarn"}, {("a", 1, "Tarn", "place")})
    'Tarn'
    >>> _home_named({("a", 3), ("b", 1)}, {"a": "Tarn"}, {("a", 1, "Tarn", "place")})
    ''
    >>> _home_named({("a", 3)}, {"a": "Tarn"}, set())
    ''
    >>> _home_named({("a", 3)}, {"a": "Tarn"}, {("a", 1, "Tarn", "place"), ("a", 3, "Velmar", "place")})
    ''
    >>> _home_named({("a", 3)}, {"a": "Tarn"}, {("a", 1, "Tarn", "place"), ("a", 3, "Velmar", "modifier")})
    'Tarn'
    >>> _home_named({("a", 3)}, {"a": "Tarn"}, {("a", 1, "Tarn", "place"), ("a", 3, "Velmar", "place")}, {"Velmar"})
    'Tarn'
    """
    articles = {article for article, _ in places}
    homes = {filed.get(article, "") for article in articles}
    state = homes.pop() if len(homes) == 1 else ""
    if not state or not all(any(a == article and s == state for a, _, s, _ in told) for article in articles):
        return ""
    return "" if any((a, n) in places and kind == "place" and s not in (state, *met) for a, n, s, kind in told) \
        else state


HEADED_CUE = "the government his article names by its head"
"""The evidence of a side read by :func:`_held_for_governments_headed` (after ``context:``)."""


def _held_for_governments_headed(table: pd.DataFrame, open_rows: list[int], held: dict[tuple[str, str], str],
                                 places: dict[str, set[tuple[str, int]]],
                                 headed: dict[str, set[str]]) -> set[int]:
    """Rows of ``open_rows`` given the one state whose government their articles name by the
    person heading it (``headed``: :func:`_governments_headed`), if that state may hold the
    office and no other actor holds it for that state: "el Gobierno de Osk presentó la
    operación. El ministro de Defensa, X, dio cuenta de ella": X is of Osk's government, not of
    the state the operation was against, however near that one is named. Two such states in
    his articles give none here (the states named near him decide, as before), nor does a
    monarch's title (``regnal`` rows of the title lexicon: "el rey X"). The rows'
    sides are set in ``table``; ``held`` takes each office so filled."""
    done: set[int] = set()
    regnal = {title.casefold() for pair in lexicon().regnal for title in pair}
    for i in open_rows:
        name, role = str(table.at[i, "name"]), str(table.at[i, "role"])
        if role.casefold() in regnal:
            continue  # "el rey X": a monarch is of no government named by its head
        states = {state for article, _ in places.get(name, set()) for state in headed.get(article, set())}
        key = interim_free_key(role)
        if len(states) != 1 or held.get((key, state := states.pop()), name) != name or not _office_of(role, state):
            continue
        held[(key, state)] = name
        done.add(i)
        table.at[i, "side"] = state
        table.at[i, "side_evidence"] = f"{CONTEXT_CUE} {HEADED_CUE}: {state}, whose {role} no other actor holds"
    return done


def _governments_headed(table: pd.DataFrame, mentions: pd.DataFrame, sentences: Sentences) -> dict[str, set[str]]:
    """``{article_id: states}``: the states whose government each article names by the person
    heading it, a person of the registry whose side is a state, right after a government noun
    and "of" (:func:`kit.extract.sidecues.government_nouns`, ``of_preps``: "el Gobierno de
    Osk", "the government of Osk") or before "'s" and one ("Osk's government"). The name after
    "of" need be no mention of its own: the model often tags "el Gobierno de Osk" as one
    organisation, and a name whose every word is of one such person's names, and of no other's
    of another state, is his (:func:`_heads_written`: "el Gobierno de Vera Osk", "del Gobierno de Osk")."""
    lex = lexicon()
    sides = {str(name): str(side) for name, side, kind in zip(table["name"], table["side"], table["kind"])
             if kind == "person" and side in lex.states}
    people = mentions[mentions["actor"].isin(sides)]
    if people.empty:
        return {}
    nouns = alternation(government_nouns(), ignore_case=True)
    preps = alternation(words_in_any("of_preps"), ignore_case=True)
    before = re.compile(rf"\b(?:{nouns})\s+(?:{preps})\s+$", re.IGNORECASE)
    after = re.compile(rf"(?:'s|’s)\s+(?:{nouns})\b", re.IGNORECASE)
    rows = sentences(sorted(set(mentions["article_id"])))
    found = _heads_written(rows, re.compile(rf"\b(?:{nouns})\s+(?:{preps})\s+", re.IGNORECASE),
                           _states_by_name_words(table, sides))
    at = {(a, int(s)): (int(o), str(t)) for a, s, o, t in zip(rows["article_id"].tolist(), rows["sentence_id"].tolist(),
                                                             rows["start_char"].tolist(), rows["text"].fillna("").tolist())}
    for actor, article, sentence, start, end in zip(people["actor"].tolist(), people["article_id"].tolist(),
                                                    people["sentence_id"].tolist(), people["start_char"].tolist(),
                                                    people["end_char"].tolist()):
        offset, text = at.get((article, int(sentence)), (None, ""))
        if offset is None:
            continue
        begin, stop = int(start) - offset, int(end) - offset
        if before.search(text[:begin]) or after.match(text, stop):
            found.setdefault(article, set()).add(sides[actor])
    return found


def _states_by_name_words(table: pd.DataFrame, sides: dict[str, str]) -> dict[str, set[str]]:
    """``{name key of a word: states}``: each word of the names (and aliases) of the people of
    ``sides`` (name → their state), with the states of those whose names have it."""
    aliases = table["aliases"].fillna("").tolist() if "aliases" in table else [""] * len(table)
    words: dict[str, set[str]] = {}
    for name, also in zip(table["name"].tolist(), aliases):
        if str(name) not in sides:
            continue
        for written in [str(name), *str(also).split(";")]:
            for word in name_key(written).split():
                words.setdefault(word, set()).add(sides[str(name)])
    return words


def _heads_written(rows: pd.DataFrame, opening: re.Pattern[str], states: dict[str, set[str]]) -> dict[str, set[str]]:
    """``{article_id: states}`` of the governments ``rows`` (sentences) name by a person's name
    written after ``opening`` (a government noun and "of"): the capitalised words right after it,
    every one a word of the names of people of one state only (``states``, by name word:
    :func:`_states_by_name_words`); "el Gobierno de Colombia" names no person."""
    found: dict[str, set[str]] = {}
    for article, text in zip(rows["article_id"].tolist(), rows["text"].fillna("").tolist()):
        for match in opening.finditer(str(text)):
            written = []
            for raw in str(text)[match.end():].split():
                word = raw.strip(",.;:()«»\"'")
                if not word[:1].isupper():
                    break
                written.append(word)
                if word != raw:
                    break  # "el Gobierno de Osk, que ...": the name ends at its comma
            keys = [k for w in written for k in name_key(w).split()]
            held = [states.get(k, set()) for k in keys]
            if keys and all(held) and len(common := set.intersection(*held)) == 1:
                found.setdefault(str(article), set()).update(common)
    return found


def _named_in_every_sentence(left: list[str], each: list[set[str]]) -> list[str]:
    """Of the states ``left`` for an office, the one named near every mention of its holder
    that names any of them (``each``: the states near each mention), if one only: "President
    X has told Tarn and Velmar ..." and "President X said that Velmar would help ...": Velmar's.
    Two states named apart ("President X met Tarn's envoy", "... thanked Velmar") are both
    left, and so give no side.

    >>> _named_in_every_sentence(["Tarn", "Velmar"], [{"Tarn", "Velmar"}, {"Velmar"}, set()])
    ['Velmar']
    >>> _named_in_every_sentence(["Tarn", "Velmar"], [{"Tarn"}, {"Velmar"}])
    ['Tarn', 'Velmar']
    """
    near = [seen & set(left) for seen in each if seen & set(left)]
    common = set.intersection(*near) if near else set()
    return sorted(common) if len(common) == 1 else left


def interim_free_key(role: str) -> str:
    """The :func:`office_key` of ``role`` without a word of ``interim_modifiers`` before it:
    the "caretaker Prime Minister" holds the office of Prime Minister, as the "acting
    President" that of President.

    >>> interim_free_key("caretaker Prime Minister") == interim_free_key("Prime Minister")
    True
    """
    words = role.split()
    if len(words) > 1 and words[0].casefold() in words_in_any("interim_modifiers"):
        words = words[1:]
    return office_key(" ".join(words))


def in_transition(role: str) -> bool:
    """Whether ``role`` opens with a word of ``transition_modifiers``: an office being handed
    over or about to be taken ("outgoing President", "presidente saliente"), whose holder
    shares the office with the one who holds it now or next. Such a holder holds no office
    of its state for :func:`sides_named_nearby` (the "new President" of the same state may
    be another actor), nor is given a state by it: that another actor holds the office of a
    state near him says nothing of whether it is his.

    >>> in_transition("outgoing President"), in_transition("caretaker President")
    (True, False)
    """
    words = role.split()
    return len(words) > 1 and words[0].casefold() in words_in_any("transition_modifiers")


def _without_state(role: str, state: str) -> str:
    """``role`` without the ``state`` it names, its people's adjective before it or "of" it
    after ("Malian President", "President of Mali": Mali's "President"), as a bare office
    of that state is written.

    >>> _without_state("Malian President", "Mali"), _without_state("President of Mali", "Mali")
    ('President', 'President')
    """
    lex = lexicon()
    words = role.split()
    if len(words) > 1 and lex.side_of(words[0], words[0]) == state:
        words = words[1:]
    head, of, tail = " ".join(words).rpartition(" of ")
    return head if of and head and lex.side_of(tail, tail) == state else " ".join(words)


def _bare_office(role: str) -> bool:
    """Whether ``role`` is a state's office held now that one person holds for a state:
    scope ``state`` in the title lexicon, no office held before nor one handed over
    (:func:`in_transition`: "outgoing President"), no state's post at a body
    (``posted_titles``: "Ambassador"), none many hold at once (``shared_offices``: "Senator");
    or the head of a body every state has one of (:func:`kit.extract.titles.heads_an_institution`:
    "the army chief", "central bank governor", "director of the Police")."""
    text = " ".join(re.findall(r"\w+", role.casefold()))
    if in_transition(role):
        return False  # "outgoing President": the office another may hold now
    if text and heads_an_institution(role) and lexicon().scope(role) in ("state", "") and not of_the_past(text):
        return True  # "the army chief", "central bank governor": one per state, whatever its last word
    return bool(text) and lexicon().scope(role) == "state" and not of_the_past(text) \
        and not any(f" {w} " in f" {text} " for w in words_in_any("posted_titles")) \
        and not any(f" {text}".endswith(f" {w}") for w in words_in_any("shared_offices"))


def _office_of(role: str, state: str) -> bool:
    """Whether ``state`` may hold ``role``: not a title it has no office of (no US "Foreign
    Minister"), nor one only other states have ("Majority Leader")."""
    lex = lexicon()
    offices = lex.states_of(role)
    return state not in lex.states_without(role) and (not offices or state in offices)


def _states_named(roles: pd.DataFrame, sentences: Sentences) -> tuple[
        dict[tuple[str, int], list[tuple[str, int]]], dict[str, str], set[tuple[str, int, str, str]], dict[str, str]]:
    """``{(article_id, sentence_id): [(state, start_char), ...]}``: the states each sentence
    names, as :func:`kit.extract.governments.state_mentions` reads them on the roles table: an
    entity of :data:`kit.extract.governments.NAMING_KINDS` with a state for its side or name, a person only with a
    side stated; none read from context, none in a dateline; and ``{article_id: state}``, the
    state of the capital each story is filed in (:func:`_filed_in_capitals`); and the
    ``(article_id, sentence_id, state, kind)`` of each state a story names outside its datelines in any way, by
    its name, its capital or its people's word, as a party or a place ("the parliament in
    Riga"), read from context or not; and ``{article_id: state}`` of each story with no
    dateline whose lead (one of its first :data:`LEAD` sentences, the first to name a state
    so) names that one alone
    ("Tarn's government closed ranks behind the accords, but the mood in Tarnburg is
    anxious"), as a dateline would."""
    lex = lexicon()
    rows = sentences(sorted(set(roles["article_id"])))
    openings = article_openings({(a, int(s)): (str(t), int(o)) for a, s, t, o in zip(
        rows["article_id"].tolist(), rows["sentence_id"].tolist(), rows["text"].fillna("").tolist(),
        rows["start_char"].tolist())}) if not rows.empty else {}
    datelines = datelines_in(openings)
    found: dict[tuple[str, int], list[tuple[str, int]]] = {}
    told: set[tuple[str, int, str, str]] = set()
    said: dict[str, dict[int, set[str]]] = {}  # the states each sentence names so
    for row in roles.itertuples(index=False):
        if row.kind != "person" and not in_dateline(datelines.get(row.article_id, []), int(row.start_char)):
            if (state := lex.side_of(str(row.canonical), str(row.text))) in lex.states:
                told.add((row.article_id, int(row.sentence_id), state, str(row.kind)))
                said.setdefault(row.article_id, {}).setdefault(int(row.sentence_id), set()).add(state)
        cue = str(row.side_cue or "") if isinstance(row.side_cue, str) else ""
        side = row.side if isinstance(row.side, str) else ""
        if row.kind not in NAMING_KINDS or cue.startswith(CONTEXT_CUE) \
                or row.kind == "person" and (not side or cue.startswith("the ")):
            continue
        state = side if row.kind == "person" else side or lex.side_of(str(row.canonical), str(row.text))
        if state in lex.states and not in_dateline(datelines.get(row.article_id, []), int(row.start_char)):
            found.setdefault((row.article_id, int(row.sentence_id)), []).append((state, int(row.start_char)))
    told.update((article, sentence, state, "") for (article, sentence), states in found.items() for state, _ in states)
    leads = {article: next(iter(lead)) for article, by in said.items()
             if article not in datelines and min(by) < LEAD and len(lead := by[min(by)]) == 1}
    return found, _filed_in_capitals(openings, datelines), told, leads


def _filed_in_capitals(openings: dict[str, str], datelines: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
    """``{article_id: state}`` of each story whose datelines name one place, a capital of
    the lexicon ("KYIV, Jan. 18 —": Ukraine), by :func:`dateline_place`."""
    lex = lexicon()
    found = {}
    for article, spans in datelines.items():
        places = {dateline_place(openings[article], span) for span in spans}
        if len(places) == 1 and lex.side_kinds.get(name_key(place := places.pop())) == "capital":
            state = lex.side_of(place, place)
            if state in lex.states:
                found[article] = state
    return found
