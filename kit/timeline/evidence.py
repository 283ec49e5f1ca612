"""What one report of an event is, and what two reports share (for :mod:`kit.timeline.merge`).

A :class:`Report` is one dated clause with what it is about: named actors,
places, names that are no mention ("the Razoni"), groups, event and vehicle
nouns ("talks", "deal", "ship"), the documents it names ("the resolution") and
its verb (the *trigger*). A reporting verb
("say", "announce") or a stative one ("be") is no trigger: two statements on
one day are not one event because both were said. A date that dates an event
noun ("the September election") has that noun for its trigger.

Two triggers are one when they are the same word or a verb and the noun made
from it ("invaded", "the invasion": :func:`related`); two statements are about
one event when they share an event noun or one has the word the other's noun
is made from (:func:`same_topic`); a verb is said in a text when a form of it
is a word of it (:func:`says`). :class:`Evidence` counts what a report shares
with an event.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kit.extract.lemmas import lemma_infinitive
from kit.lexicon.files import lexicon_cache, read_table
from kit.lexicon.wordlists import (
    event_classes,
    same_act_lists,
    verb_form_lemmas,
    verb_stem,
    words,
    words_in_any,
)
from kit.timeline.clauses import participants

__all__ = ["Report", "Evidence", "attended", "form_in", "light_object", "related", "reporting", "same_topic", "says"]


@dataclass
class Report:
    """One dated clause with something that acts in it: a report of an event by one article."""

    row: dict[str, Any]  # the resolved_dates row (start, end, granularity, text, tense, ...)
    actors: list[str]
    places: list[str]
    sides: list[str]
    clause: str
    evidence: str
    published: dt.date | None
    source: str
    anaphoric: bool = False
    nouns: list[str] = field(default_factory=list)  # event nouns: "talks", "agreement"
    groups: list[str] = field(default_factory=list)  # "officials", "delegations"
    content: str = ""  # what a reporting verb reports ("that it would resume ..."), or
    # what the act is for ("met ... to sign a document")
    people: list[str] = field(default_factory=list)  # the actors that are persons
    things: list[str] = field(default_factory=list)  # names that are no mention: "the Razoni"
    noun: str | None = None  # the event noun the date dates: "the September *election*"
    support: bool = False  # a caption's: joins an event on strong evidence, never makes one
    alongside: str = ""  # what the sentence tells happened at that time: "..., when the army
    # removed Omar al-Fadil" after "took power last Thursday"
    alongside_names: list[str] = field(default_factory=list)  # the names in it
    telling: bool = False  # a reporting verb's date when what it reports has a date of its
    # own: "officials announced on Saturday ... Friday's referendum" dates the telling
    documents: list[str] = field(default_factory=list)  # texts it names: "resolution", "remark"
    filed: str = ""  # the dateline's place its "here" names, not in ``places``: evidence shared only
    # with a report that writes that place, not with another "here" (two acts in one city on one day)
    people_sides: list[str] = field(default_factory=list)  # the sides of its people: "Ostrand" of
    # "President Arvelo" when the registry gives him that side
    bystanders: list[str] = field(default_factory=list)  # its actors that are no party to the
    # act: a city or a region ("viajará a Damasco"), a bare demonym ("el Parlamento israelí");
    # names it shares as evidence, shown as no actor of the event
    placed: list[str] = field(default_factory=list)  # those of them that are places: its place too

    def __getattr__(self, name: str) -> Any:  # start, end, text, verb, ... from the row
        try:
            return self.__dict__["row"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @functools.cached_property  # read once: merging asks it of each report many times
    def trigger(self) -> str | None:
        """The event noun the date dates, else the verb, unless it only reports or
        states ("say", "be")."""
        if self.noun:
            return self.noun
        return self.act

    @functools.cached_property  # read once: merging asks it of each report many times
    def act(self) -> str | None:
        """The verb, unless it only reports or states ("say", "be"); a form the model left
        for its lemma is read as its infinitive (:func:`kit.extract.lemmas.lemma_infinitive`)."""
        verb = self.verb
        if not verb or self.reporting or verb in words("stative_verbs"):
            return None
        return lemma_infinitive(str(verb))

    @functools.cached_property  # read once: merging asks it of each report many times
    def reporting(self) -> bool:
        """Whether its verb reports what was said (:func:`reporting`)."""
        return reporting(self.row)

    @functools.cached_property  # read once: merging asks it of each report many times
    def names(self) -> frozenset[str]:
        """Its actors, places and names that are no mention, and the names of what
        happened alongside, each without a middle initial or accents (:func:`bare_name`)."""
        return frozenset(map(bare_name, (*self.actors, *self.places, *self.things, *self.alongside_names)))

    @functools.cached_property  # read once: merging asks it of each report many times
    def place_names(self) -> frozenset[str]:
        """Its places, each as :func:`bare_name` writes it: "México" and "Mexico" are one."""
        return frozenset(map(bare_name, self.places))

    @functools.cached_property  # read once: merging asks it of each report many times
    def parties(self) -> frozenset[str]:
        """Its actors that are no person (a state, a party, a body), each as :func:`bare_name`
        writes it."""
        return frozenset(map(bare_name, self.actors)) - self.persons

    @functools.cached_property  # read once: merging asks it of each report many times
    def allegiances(self) -> frozenset[str]:
        """The sides of its people, each as :func:`bare_name` writes it."""
        return frozenset(map(bare_name, self.people_sides))

    @functools.cached_property  # read once: merging asks it of each report many times
    def persons(self) -> frozenset[str]:
        """Its people, each without a middle initial or accents (:func:`bare_name`)."""
        return frozenset(map(bare_name, self.people))

    @functools.cached_property  # read once: merging asks it of each report many times
    def triggers(self) -> set[str]:
        """The trigger, the verb of a clause whose date dates an event noun, and the event
        a verb of attending takes for its object (:func:`attended`): "witnessed the
        *signing* on Thursday" tells the signing."""
        return {t for t in (self.trigger, self.act) if t is not None} | set(self.attended) | set(self.light_object)

    @functools.cached_property  # read once: merging asks it of each report many times
    def light_object(self) -> list[str]:
        """The acts its light verb's object names (:func:`light_object`): "voters went to the
        *polls* on Tuesday" tells an election."""
        return light_object(self.act, self.clause) if self.act else []

    @functools.cached_property  # read once: merging asks it of each report many times
    def attended(self) -> list[str]:
        """The event nouns its verb of attending takes for its object (:func:`attended`):
        its people witnessed the act, they are none of its parties."""
        return attended(self.act, self.clause) if self.act else []

    @functools.cached_property  # read once per report
    def deadline(self) -> bool:
        """Whether its date is a time limit, not the day of an act: a date after a word of
        ``deadline_cues`` in a clause not told in the past ("must leave by Nov. 15", "tiene
        hasta el 30 de octubre"; "talks went on until Friday" is no limit, nor "will stay
        until Friday": ``span_end_cues`` after ``lasting_verbs``), a date that
        dates a noun of ``deadline_nouns`` ("the June 30 deadline", "el plazo del 30"), or
        the date of a verb of ``deadline_verbs`` ("el plazo vence el 30"). It does not change
        what merges: an event whose every report of its dates is one is a ``deadline``
        (:meth:`kit.timeline.merge.Group.row`)."""
        cue, noun, verb = (self.row.get(k) for k in ("cue", "noun", "verb"))
        if isinstance(cue, str) and cue.lower() in words_in_any("deadline_cues") and self.tense != "past":
            lasting = isinstance(verb, str) and lemma_infinitive(verb) in words_in_any("lasting_verbs")
            if not (lasting and cue.lower() in words_in_any("span_end_cues")):
                return True  # "will stay until Friday" ends what lasts: no limit
        return (isinstance(noun, str) and noun.lower() in words_in_any("deadline_nouns")
                or isinstance(verb, str) and lemma_infinitive(verb) in words_in_any("deadline_verbs"))

    @property
    def status(self) -> str:
        future = self.published is not None and self.start > self.published
        past = self.published is not None and self.end < self.published
        if self.tense == "future" or (self.tense != "past" and future):
            return "expected"
        return "happened" if (self.tense == "past" and not future) or past else "reported"


OBJECT_WORDS = 4  # the words after a verb of attending that name what was attended


def attended(verb: str, clause: str) -> list[str]:
    """The event nouns ``verb``, a verb of attending (``attendance_verbs``), takes for its
    object in ``clause``: the event its subject attended, whose act the clause tells ("the
    envoy witnessed the signing on Thursday" is the signing of that day); none for another
    verb, or another object.

    >>> attended("witness", "the envoy witnessed the signing ceremony on Thursday")
    ['signing', 'ceremony']
    >>> attended("asistir", "el nuncio asistió a la firma"), attended("sign", "they signed the deal")
    (['firma'], [])
    """
    if verb not in words_in_any("attendance_verbs"):
        return []
    found = form_in(verb, clause)
    if found is None:
        return []
    after = re.split(r"[,;:()]", clause[found.end():], maxsplit=1)[0]
    return participants(" ".join(after.split()[:OBJECT_WORDS])).nouns


def light_object(verb: str, clause: str) -> list[str]:
    """The words of a class of event (``event_classes.csv``) among the first words of the
    object of ``verb``, a light verb (``light_verbs``) in ``clause``: the act the verb and its
    object tell together ("went to the *polls*", "gave a *speech*", "held *talks*" being no
    light verb); none for another verb, or an object naming no act.

    >>> light_object("go", "voters went to the polls on Tuesday"), light_object("give", "she gave a speech")
    (['polls'], ['speech'])
    >>> light_object("go", "they went home on Tuesday"), light_object("sign", "they signed the polls")
    ([], [])
    >>> light_object("dejar", "lo dejó en libertad el jueves"), light_object("acudir", "acudieron ayer a las urnas")
    (['libertad'], ['urnas'])
    """
    if verb not in words_in_any("light_verbs"):
        return []
    found = form_in(verb, clause) or _whole_words(_light_forms().get(verb, (verb,))).search(clause) \
        or _conjugated(verb).search(clause)
    if found is None:
        return []
    after = re.split(r"[,;:()]", clause[found.end():], maxsplit=1)[0]
    return [w for w in re.findall(r"\w+", after.lower())[:OBJECT_WORDS] if event_classes(w)]


@lexicon_cache(maxsize=256)
def _conjugated(verb: str) -> re.Pattern[str]:
    """A form of ``verb``, a light verb with an infinitive ending (``infinitive_endings``), by the
    endings of ``verb_endings`` ("dejar": "dejó", "dejaron"), which :func:`form_in` leaves to longer
    verbs (a short stem is part of many words); one matching nothing for another verb."""
    if verb[-2:] not in words_in_any("infinitive_endings"):
        return re.compile(r"(?!)")
    endings = "|".join(sorted(words_in_any("verb_endings"), key=len, reverse=True))
    return re.compile(rf"\b{re.escape(verb[:-2])}(?:{endings})\b", re.I)


@lexicon_cache
def _light_forms() -> dict[str, tuple[str, ...]]:
    """light verb -> itself and its irregular forms of ``verb_forms.csv`` ("go", "went"), which
    :func:`form_in` leaves out ("took effect" is said of many events)."""
    light = words_in_any("light_verbs")
    found: dict[str, set[str]] = {v: {v} for v in light}
    for form, lemmas in verb_form_lemmas().items():
        for lemma in lemmas & light:
            found[lemma].add(form)
    return {verb: tuple(sorted(forms)) for verb, forms in found.items()}


def reporting(row: dict[str, Any]) -> bool:
    """Whether a dated clause's verb reports what was said, as the extractor reads it
    (``reporting``: :func:`kit.extract.dates.reports`, the rule of the sources, a reply verb
    reporting only when it introduces what was said: "responded on Monday that the talks
    were over", not "responded with shelling on Monday"); for a dates table without that
    column, whether the verb is one of ``reporting_verbs``."""
    said = row.get("reporting")
    if said is None or isinstance(said, float) and said != said:  # NaN: a table without the column
        return row.get("verb") in words("reporting_verbs")
    return bool(said)


@functools.lru_cache(maxsize=1 << 14)  # names repeat across the reports of a corpus
def bare_name(name: str) -> str:
    """A name without its middle initials, each of them, and without accents: one outlet's
    "Mikhail S. Dorofeyev" (or "Tomas R. J. Arvelo") is another's "Mikhail Dorofeyev", and
    one outlet's "Sapoá" or "México" is another's "Sapoa" or "Mexico", when their reports
    of one event are compared.

    A dateline the model read into the name is no part of it: "BRENNHOLM - Tarn Union", the
    first words of a story filed from Brennholm, is the Tarn Union.

    >>> bare_name("Tomas R. Arvelo"), bare_name("Inés Kärsten"), bare_name("U.N. Security Council")
    ('Tomas Arvelo', 'Ines Karsten', 'U.N. Security Council')
    >>> bare_name("PORT CALDER - Tarn Union")
    'Tarn Union'
    """
    unaccented = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return _MIDDLE_INITIAL.sub("", _DATELINE.sub("", unicodedata.normalize("NFC", unaccented)))


_DATELINE = re.compile(r"^[A-Z][A-Z .'-]*[A-Z] [-\u2013\u2014] (?=\w)")  # "BRENNHOLM - " glued to a name
_MIDDLE_INITIAL = re.compile(r"(?<=\w )(?:[A-Z]\. )+(?=[A-Z])")  # all of them: "Tomas R. J. Arvelo"


class Evidence(NamedTuple):
    """What a report shares with a group: names (actors and places), the trigger
    (or what a reporting verb reports), event nouns (or a noun naming the
    other's trigger: "the *signing*" and "signed")."""

    names: int
    places: int
    trigger: bool
    nouns: int
    verb: bool = False  # the trigger, or a noun naming it
    direct: bool = False  # the trigger is one of the group's own acts, not only named in what it said
    act: bool = False  # the report's verb is one of the group's acts, not only its event noun

    @property
    def score(self) -> int:
        return self.names + 2 * self.trigger + self.nouns

    @property
    def strong(self) -> bool:
        """The same trigger or an event noun and one more piece of evidence (a
        name, unless the trigger is shared: nouns alone are common to many
        events), or three names, a place among them."""
        keyed = self.trigger or self.nouns > 0 and self.names > 0
        return keyed and self.score >= 3 or (self.names >= 3 and self.places >= 1)


def same_topic(a: str, b: str) -> bool:
    """Whether two reported statements are about one event: they share an event noun,
    or one has a word the other's event noun is made from ("meet", "the meeting").

    >>> same_topic("they were due to meet him", "he had called off the meeting")
    True
    >>> same_topic("the ship left", "the vote was delayed")
    False
    """
    ours, theirs = _event_nouns(a), _event_nouns(b)
    if ours & theirs:
        return True
    return any(related(w, n) for text, found in ((a, theirs), (b, ours))
               for w in set(re.findall(r"[a-z]{4,}", text.lower())) for n in found)


@lexicon_cache(maxsize=1 << 14)
def _event_nouns(text: str) -> frozenset[str]:
    """The event nouns of a statement (cached: merging compares the same statements often)."""
    return frozenset(participants(text).nouns)


@lexicon_cache(maxsize=1 << 16)
def related(a: str, b: str) -> bool:
    """Whether two lemmas name one act: the same word, two verbs of one list of
    :data:`kit.lexicon.wordlists.SAME_ACT_LISTS` read for any two reports ("ink", "sign";
    "land", "arrive"), or a verb and the noun made
    from it ("invade", "invasion"; "sign", "signing"; "extend", "extension"), or a verb and
    the noun of its act that no ending makes from it (``verb_nouns.csv``: "die", "death").

    >>> related("invade", "invasion"), related("decide", "decision"), related("resume", "result")
    (True, True, False)
    >>> related("firmar", "firma"), related("talk", "taken"), related("sealed", "sign")
    (True, False, False)
    >>> related("ink", "sign"), related("llegar", "aterrizar"), related("sign", "arrive")
    (True, True, False)
    >>> related("ban", "embargo"), related("embargar", "prohibir"), related("ban", "sign")
    (True, True, False)
    >>> related("death", "die"), related("muerte", "morir"), related("death", "sign")
    (True, True, False)
    >>> related("surrender", "decommissioning"), related("kill", "assassination"), related("kill", "seize")
    (True, True, False)
    """
    if a == b:
        return True
    if _same_act(a.lower(), b.lower()) or _noun_of(a.lower(), b.lower()):
        return True
    short, long = sorted((a.lower(), b.lower()), key=len)
    if len(short) >= 4 and long[-2:] in words_in_any("infinitive_endings") and short[:-1] == long[:-2]:
        return True  # an infinitive and the noun of its stem: "firmar", "firma"; "anunciar", "anuncio"
    stem = short[:-1] if short.endswith("e") else short
    common = next((i for i, (x, y) in enumerate(zip(stem, long)) if x != y), len(stem))
    # the ending of a noun made from a verb: "invas-ion", "sign-ing" (``nominal_endings``)
    return common >= max(4, len(stem) - 1) and long.endswith(tuple(words_in_any("nominal_endings")))



def same_class(a: str, b: str) -> bool:
    """Whether two triggers, in any language, tell one class of event (``event_classes.csv``:
    "address" and "hablar" a speech, "travel" and "viajar" a journey, "approve" and "vote" a
    vote, "ended" and "clausuró" a closing).

    >>> same_class("address", "hablar"), same_class("viajar", "fly"), same_class("viajar", "address")
    (True, True, False)
    """
    return bool(event_classes(a) & event_classes(b))


def other_classes(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of triggers each tell a class of event and none in common: a journey
    and a speech ("viajará hoy a A" and "will address the parliament on Thursday") are two
    acts of one day, whoever does both."""
    mine = frozenset().union(*map(event_classes, ours))
    yours = frozenset().union(*map(event_classes, theirs))
    return bool(mine) and bool(yours) and not mine & yours


def _noun_of(a: str, b: str) -> bool:
    """Whether one lemma is a verb and the other the noun of its act not made from its stem by
    an ending (``verb_nouns.csv``: "die", "death"; "morir", "muerte"; "reabrir", "reapertura")."""
    pairs = _verb_nouns()
    return b in pairs.get(a, ()) or a in pairs.get(b, ())


@lexicon_cache
def _verb_nouns() -> dict[str, frozenset[str]]:
    """verb -> the nouns of its act of ``verb_nouns.csv`` (every language, as written and
    without accents)."""
    found: dict[str, set[str]] = {}
    for row in read_table("verb_nouns", lang=None):
        found.setdefault(row["verb"], set()).add(row["noun"])
    return {verb: frozenset(nouns) for verb, nouns in found.items()}


def _same_act(a: str, b: str) -> bool:
    """Whether two lemmas are verbs of one list that names one act in other words for any
    two reports (:data:`kit.lexicon.wordlists.SAME_ACT_LISTS`, "any": "inked the text on 13
    July", "the annex was signed in July"; "landed on Monday", "began arriving last week";
    "banned arms sales on Wednesday", "the embargo imposed in May")."""
    lists = _act_lists()
    return bool(lists.get(a, frozenset()) & lists.get(b, frozenset()))


@lexicon_cache
def _act_lists() -> dict[str, frozenset[str]]:
    """lemma -> the lists of one act for any two reports it is in (every language)."""
    found: dict[str, set[str]] = {}
    for name in same_act_lists("any"):
        for word in words_in_any(name):
            found.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in found.items()}


@lexicon_cache(maxsize=1 << 16)
def says(verb: str, text: str) -> bool:
    """Whether a form of ``verb`` (a lemma) is a word of ``text``: "suspend" in
    "suspending", "close" in "closing", and the irregular forms of
    ``verb_forms.csv`` ("meet" in "met", "fly" in "flew"); a lemma under four
    letters matches only itself and those forms. Cached: merging asks it of the
    same pairs many times.

    >>> says("meet", "they met on Monday"), says("fly", "as they flew"), says("fly", "a flyer")
    (True, True, False)
    """
    return form_in(verb, text) is not None


def form_in(verb: str, text: str) -> re.Match[str] | None:
    """The first form of ``verb`` (a lemma) in ``text`` (:func:`says`), or None: "said" for
    "say" in "Arvelo said on Monday he would sign"."""
    pattern = _word_start(verb)
    found = pattern.search(text) if pattern is not None else None
    if found is not None:
        return found
    forms = _irregular_forms().get(verb)
    return _whole_words(forms).search(text) if forms is not None else None


@lexicon_cache
def _irregular_forms() -> dict[str, tuple[str, ...]]:
    """lemma -> its forms that do not start with it (``verb_forms.csv``), and the lemma
    itself when too short for :func:`_word_start`; none for ``light_verbs`` ("take",
    "make": "took effect" is said of many events)."""
    found: dict[str, set[str]] = {}
    light = words_in_any("light_verbs")  # "took effect", "made clear": no act of their own
    for form, lemmas in verb_form_lemmas().items():
        for lemma in lemmas - light:
            found.setdefault(lemma, set()).add(form)
    for lemma, forms in found.items():
        if _word_start(lemma) is None:
            forms.add(lemma)
    return {lemma: tuple(sorted(forms)) for lemma, forms in found.items()}


@functools.lru_cache(maxsize=4096)
def _whole_words(forms: tuple[str, ...]) -> re.Pattern[str]:
    # not inside a hyphened word: "rebel-held" is no "held"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w-])", re.I)


@lexicon_cache(maxsize=4096)
def _word_start(verb: str) -> re.Pattern[str] | None:
    """A form of ``verb``: its stem, a doubled last letter ("admitted"), an ending."""
    stem = verb_stem(verb)
    if stem is None:
        return None
    # what may follow an English verb's stem in a form of it or a word made from it ("sign":
    # signs, signed, signing, signature, signatories; ``stem_endings``), so "sign" is not
    # said in "significant"; a verb with an infinitive ending (``infinitive_endings``:
    # "firmar") takes those of ``verb_endings``: "firmaron", "firmará"
    endings = "|".join(sorted(words_in_any("stem_endings"), key=lambda e: (-len(e), e)))
    pattern = rf"\b{re.escape(stem)}{re.escape(stem[-1])}?(?:{endings})?\b"
    if verb[-2:] in words_in_any("infinitive_endings") and len(verb) >= 6:  # "firm-aron"
        conjugated = "|".join(sorted(words_in_any("verb_endings"), key=len, reverse=True))
        pattern += rf"|\b{re.escape(verb[:-2])}(?:{conjugated})\b"
    return re.compile(pattern, re.I)
