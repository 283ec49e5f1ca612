"""Merge the reports of one event across articles (for :func:`kit.timeline.events`).

A :class:`kit.timeline.evidence.Report` is one dated clause with what it is
about: named actors, places, groups, event nouns ("talks", "deal") and its
verb (the *trigger*). :func:`merge_reports` groups the reports of one event. A
report joins the group it shares the most **evidence** with
(:meth:`Group.evidence`: shared actors and places, the same trigger, shared
event nouns; for a coarser report, another verb of starting an event noun both
have (or, when neither has one, of a name both give) is the same trigger,
``onset_verbs``: "talks began in July" and "the talks opened on 10 July", "Velmaro's
calendar starts in April" and "the plan for Velmaro will begin on 1 April", and so is another verb of concluding it, ``concluding_verbs``: "the
accord was signed in July" and "negotiators sealed the accord on 13 July", and another
verb of a body's assent told of the past,
``approval_verbs``: "the council endorsed the truce in December" and "the council voted on
Saturday to back the truce"; a document both name counts as a shared event noun,
``document_nouns``: "its remarks on the draft earlier this month" and "A handed its
remarks on the draft to B on Tuesday", the one event of the month with the remarks
among those with the draft; in a tie, the group whose own act it is before one whose
statements only name it: "signed last October" joins the signing, not the
announcement of "the agreement"; then the one doing its verb before one sharing
only the event noun it dates: "the agreement, signed in June" joins the signing,
not the day "the agreement" was announced; then the one sharing its trigger, said in its
clause: "the talks produced their result in A in August, when B and C agreed" joins the
day B and C agreed, not the talks opened in A that month; then the one at its place; then the
one whose reports give its very verb, not only a verb of the same act: "the parties that
signed the accord last month" joins the signing, not the initialling a week before), when
their dates allow it:

- **the same dates**: any shared evidence will do (for spans up to
  ``MAX_MERGE_DAYS``; not the place alone when one of the two is an act of unrest and
  the other is not, ``protest_verbs``, ``hostile_verbs``: "farmers protested in A on
  Saturday" and the accord signed in A that day; never when they tell one act and each
  names two people or more, none and no side in common, and they share no name but
  places: two signings of other parties in one city; nor when they share only an event
  noun and each names a place and a party of its own: a deal signed by A and B in E and
  a declaration issued by C and D in F that day; longer ones are treated as coarser reports
  (not on their verb alone when each names a place of its own: "the talks began in A in
  February" and "the road began in B in February"), unless the
  report and the event look back on them from other articles and no other event
  of those dates shares anything with the report: "En mayo de 1990, en Caracas,
  fijaron la agenda" and "en Caracas se aprobó, en mayo de 1990, la agenda");
- **a coarser report** ("in July", "last week": at most ``MAX_WITHIN_DAYS``
  long; a week or a month not from an article that dates the event's act to a day in
  another sentence: "heavy fighting earlier this month" in the story of Tuesday's truce,
  unless it tells the same act with a person of the event)
  joins an event whose dates lie inside it, and on the side of its
  article's publication its tense says ("will resume later this month": after
  it), when the evidence is *strong*
  (:attr:`kit.timeline.evidence.Evidence.strong`: the same trigger or an event
  noun, and one more piece of evidence; or three names, a place among them) or
  when it shares a trigger no other event in its dates has (none sharing one: an
  event noun and a name no other event there shares, "talks opened at Naqoura in
  October" and "the first round was held in Naqoura on 14 October"; whoever each names,
  when it tells of the past and does the one act of its dates that happens once to an
  event, a verb of ``SAME_ACT_LISTS``, on an event noun of the event's other than the talks:
  "the negotiator signed the accord in October" and the leaders' signing on October 15,
  not "a union leader signed a petition in October"; whatever its tense, when it tells an
  act of one class of event as the event's, ``event_classes.csv``, and names a party or an
  event noun of the event's, no other event there telling an act of that class: "Israelis
  vote next week" and the election day the Israelis went to the polls), or, when it tells of the past (in the past tense, or in any but the future when its dates end
  before its article appears: "A, B's partner in the truce since last week, says")
  and no event there shares its trigger, two names no other event
  there shares with it, and no name the event lacks if it has an act of its own ("A
  said last week that B had agreed", "A settled with B last week" and the truce the
  two signed on Friday; not "A met B in C last week", the truce signed elsewhere,
  nor an act that is a meeting or an attack: ``encounter_verbs``, ``hostile_verbs``,
  "A met B last week", "A attacked B last week"), or, when it looks back and no other event there shares its trigger, the one past event
  there with one of its event nouns, other than the talks (``meeting_nouns``: a
  negotiation holds many in a month), or with a document it names: "the ceasefire that
  began in October" and "a countrywide ceasefire took effect on Oct. 12", "since August,
  when the resolution was passed" and the council's adoption of it on the 10th; never, unless its own verb is one of the
  event's acts, an event its own sentence dates finer in another clause or by another
  verb: two dates in one sentence tell two acts ("the signing will be on Thursday in A;
  then, at the end of the month, the peace accord's in B"), while a coarser date of the
  same clause and verb restates the finer one ("a month ago, on the 20th, they signed");
- **a conflicting day**: a day-level report joins a day-level event up to
  ``window`` days away on strong evidence, unless its article already dates
  the event (an article never gives one event two days; "officials announced
  on Saturday" the result of "Friday's referendum" dates its telling, not the
  vote: :attr:`kit.timeline.evidence.Report.telling`).
  Two day-level events up to ``window`` days apart merge so too, the evidence read from
  either when one tells the act with a light verb whose object names the other's act
  (``light_verbs``: "put their initials to the deal on Tuesday" and "initialled the deal
  on Wednesday"). The event then keeps
  every date with the articles behind it and is flagged as a conflict: never
  split in two, never merged silently. Such an event is preferred to one of the
  report's own day that shares no trigger with it and less evidence, when it
  shares the report's trigger or has an event noun naming it ("the Razoni left
  Odesa on Aug. 2" is the Aug. 1 departure dated a day off, not the ship's
  anchoring on Aug. 2; "B visited A on Tuesday" is Monday's talks between them,
  not A's remark on Tuesday). A report no event of its own day takes joins such an
  event as it comes, when it is the one report its article dates to its day and the
  article does not date the event's day: left an event of
  its own, it would take the next report of its day, another act ("the presidents
  signed on Thursday" in one outlet, the signing of Friday in the others; "on Thursday,
  the presidents met" in a chronology that dates Friday's signing), and no longer join.

A photo caption makes no event: its report (``support``) joins, last, the event
it shares strong evidence with whose dates hold its date (the caption then gives
the event its day) or lie inside it; of the event's day, telling its act at its
place or in a story of it is enough ("B at the signing on Thursday", whoever it names).

What counts as a trigger and when two are one: :mod:`kit.timeline.evidence`.
Reports are merged finest first (days, then weeks, then months), so a
coarser report finds the events it may belong to. Each report is matched against
the events as they stand when its turn comes; afterwards, two events of one day
that a report of one would have joined in the other order are one.

**A month recalled** (:func:`_merge_recalled_months`): events dated to one calendar month
by reports that all look back on it (each report's month ended before its article
appeared), from different articles, are one event when the corpus dates nothing finer in
that month and any two of them share an actor, or, one naming none, an event noun unless
one has none: the articles recall a landmark of the story's past, in their own words ("the
rebels crossed the border in October 1990", "the war that began in October 1990"; "Gen A
visited in May" and "B and C agreed in May" share no actor, two events).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kit.actors import surname
from kit.lexicon.files import lexicon_cache
from kit.lexicon.keys import name_key
from kit.lexicon.states import demonym_keys, place_keys
from kit.lexicon.wordlists import SAME_ACT_LISTS, event_classes, same_act_lists, words_in_any
from kit.timeline.calendar_math import iso_span, month_end, ordinal
from kit.timeline.clauses import NOUN_KINDS, participants
from kit.timeline.evidence import (
    Evidence,
    Report,
    bare_name,
    form_in,
    other_classes,
    related,
    same_class,
    same_topic,
    says,
)

__all__ = ["Report", "Group", "Evidence", "merge_reports", "MAX_MERGE_DAYS", "MAX_WITHIN_DAYS",
           "DEFAULT_WINDOW", "STATUSES", "SEP"]

MAX_MERGE_DAYS = 7
MAX_WITHIN_DAYS = 31  # a month: the coarsest report that joins a finer event
DEFAULT_WINDOW = 1  # days between two conflicting day-level reports (measured on the gold corpora)
# an event takes the first its latest article gives, from its reports of the event's dates;
# "deadline" when every one of those reports is a time limit (Report.deadline)
STATUSES = ("happened", "reported", "expected", "deadline")
SEP = "; "
SAME, WITHIN, CONFLICT = 3, 2, 1  # how a report's dates relate to a group's
# "the talks", "the round": what a negotiation is made of, many events of a month have it
MEETING = NOUN_KINDS["meeting_nouns"]
TALKS_CLASS = "meeting"  # the class of event of the talks in ``event_classes.csv``


@dataclass(eq=False)
class Group:
    """Reports of one event, those giving other days than the event's included.

    Its dates (the overlap of its same-date members'), names, anchors and
    articles are kept up to date by :meth:`add`, so matching a report compares
    sets, not every report of the event.
    """

    members: list[Report]

    def __post_init__(self) -> None:
        first, *rest = self.members
        self.start, self.end = first.start, first.end
        self._names: dict[str, set[str]] = {"names": set(), "places": set(), "nouns": set(),
                                            "triggers": set(), "people": set(), "documents": set(),
                                            "filed": set(), "statements": set(), "sides": set(),
                                            "parties": set(), "allegiances": set(), "numbered": set()}
        # each once (dicts keep the order): a story told by many outlets repeats them
        self._contents: dict[str, None] = {}
        self._clauses: dict[str, None] = {}
        # whether a verb is said in any of them, whether a trigger is related to one of the
        # group's: kept as they grow, so a report is matched in time that does not grow with
        # the event (a meeting every outlet reports has hundreds of clauses)
        self._said_in_contents = _AnyOf(says)
        self._said_in_clauses = _AnyOf(says)
        self._related_trigger = _AnyOf(related)
        self._class_trigger = _AnyOf(same_class)  # one class of event (a day's reports)
        # the classes of event its triggers and its event nouns tell (:meth:`_names_class`)
        self._classes: dict[str, set[str]] = {"triggers": set(), "nouns": set()}
        self._said_by: dict[str, dict[str, None]] = {}  # who says -> what
        # its people's names as words, by the last (:func:`_name_words`): other spellings of them
        self._people_words: dict[str, set[frozenset[str]]] = {}
        self._anchors: set[tuple[str, dt.date]] = set()
        # (article, sentence) -> the acts told there: (verb, where its clause starts)
        self._acts_told: dict[tuple[str, Any], set[tuple[Any, Any]]] = {}
        self.articles: set[str] = set()  # the articles dating the event to a day
        # those among them whose reports date the event, not only its telling
        # (:attr:`kit.timeline.evidence.Report.telling`)
        self.acts: set[str] = set()
        self.kinds: set[str] = set()  # the event nouns its reports' dates date ("the summit on Wednesday")
        self.first_published: dt.date | None = None
        self.members = []
        self.add(first, SAME)
        for r in rest:
            self.add(r, SAME)

    def add(self, r: Report, kind: int) -> None:
        """Add a report whose dates are the group's (``SAME``), contain them
        (``WITHIN``) or give another day (``CONFLICT``)."""
        self.members.append(r)
        if kind == SAME:
            self.start, self.end = max(self.start, r.start), min(self.end, r.end)
        self._names["names"].update(r.names)
        self._names["places"].update(r.place_names)
        self._names["filed"].update(map(bare_name, filter(None, [r.filed])))
        self._names["nouns"].update(r.nouns)
        self._classes["nouns"].update(_noun_classes(r.nouns))
        self._classes["triggers"].update(_trigger_classes(r.triggers))
        self._names["people"].update(r.persons)
        for person in r.persons:
            if len(said := _name_words(person)) >= 2:
                self._people_words.setdefault(_surname_key(person), set()).add(said)
        self._names["documents"].update(r.documents)
        self._names["numbered"].update(_numbered_documents(r.clause))
        self._names["sides"].update(r.sides)
        self._names["parties"].update(r.parties)
        self._names["allegiances"].update(r.allegiances)
        for t in r.triggers - self._names["triggers"]:
            self._related_trigger.add(t)
            self._class_trigger.add(t)
        self._names["triggers"].update(r.triggers)
        if r.reporting and r.verb:  # "did not respond on Tuesday": its verb is no act said in passing
            self._names["statements"].add(str(r.verb))
        for told in (r.clause, r.alongside):  # what happened alongside is said there too
            if told and told not in self._clauses:
                self._clauses[told] = None
                self._said_in_clauses.add(told)
        if r.content and r.content not in self._contents:
            self._contents[r.content] = None
            self._said_in_contents.add(r.content)
        if r.content:
            for actor in r.actors:
                self._said_by.setdefault(actor, {})[r.content] = None
        self._anchors.add((r.article_id, r.start))
        self._acts_told.setdefault((r.article_id, r.sentence_id), set()).add(_act_told(r))
        if r.days == 1:
            self.articles.add(r.article_id)
            if not r.telling:
                self.acts.add(r.article_id)
        if r.noun:
            self.kinds.add(r.noun)
        if r.published is not None:
            self.first_published = min(filter(None, (self.first_published, r.published)))

    def evidence(self, r: Report) -> Evidence:
        """What ``r`` shares with the group's reports. A trigger is shared when
        both give it, or when one reports what the other did ("said it would
        *suspend*" and "suspended") or says it in passing ("*brokered* by
        Washington" and "a cease-fire *brokered* by the United States took
        effect"; a coarser report naming the group's act in passing: "a resolution
        *endorsing* the deal could be adopted next week" and "the council *endorsed*
        the deal on Monday"), or when one actor says the same thing in both
        ("Trump wrote that they were due to *meet* him", "Trump announced that he
        had called off the *meeting*"), but not when the group's clauses say the act only as
        a statement's own verb ("responded with shelling on Monday" is not "did not respond
        on Tuesday to a request for comment", nor "responded on Tuesday that ..."), or when a coarser report tells the start of
        an event noun of the group's with another verb of starting than the group's, or its
        adoption with another verb of assent (:meth:`_same_act`: "talks *began* in July",
        "the talks *opened* on 10 July"; "*endorsed* the truce in December", "*voted* on
        Saturday to back the truce");
        a noun, when both give it or when one names the other's trigger ("the
        *signing*" and "signed", "the *death*" and "died": :func:`_names_act`; a verb of meeting names the talks, ``meeting_verbs``, when
        the two share a name or the place: "the delegations *sat down* in A on Monday" and
        "the *talks* opened in A on Monday", not "B *negotiated* a pay rise in C on Monday"
        nor "*sentó* las bases de una reforma"; of a day, a noun of one class of event as the
        other's trigger, :meth:`_names_class`: "la *liberación* de A" and "lo *dejó en libertad*"),
        and, for a coarser report, each document both name
        (``document_nouns``: "its *remarks* on the draft earlier this month" and "A handed
        its *remarks* on the draft to B on Tuesday"; day-level reports keep to their
        nouns: one text is handed, answered and adopted on different days). A state or party
        one names acting that is the side of a person the other names is a name both give
        (:meth:`_sides_named`: "President Arvelo" and "Valdoria")."""
        names = self._names
        direct = any(self._related_trigger(a) for a in r.triggers) or self._same_act(r) \
            or self._one_class(r) or self._one_thing_class(r) or self._same_declaration(r)
        trigger = direct or (
            r.trigger is not None and self._said_in_contents(r.trigger)) or (
            r.noun is None and r.act is not None and r.act not in names["statements"]
            and self._said_in_clauses(r.act)) or (
            any(says(t, told) for told in (r.content, r.alongside) if told for t in names["triggers"])) or (
            r.days > 1 and any(says(t, r.clause) for t in names["triggers"])) or (
            bool(r.content) and any(same_topic(r.content, c) for c in dict.fromkeys(
                c for a in r.actors for c in self._said_by.get(a, ()))))
        shared = len(names["names"] & r.names) + self._filed_shared(r, "names", r.names) + self._sides_named(r) \
            + self._people_written_apart(r)
        places = len(names["places"] & r.place_names) + self._filed_shared(r, "places", r.place_names)
        named = (r.trigger is not None and any(_names_act(n, r.trigger) for n in names["nouns"])) or any(
            _names_act(n, t) for t in names["triggers"] for n in r.nouns) or bool(shared or places) and (_meets(
                r.triggers, names["nouns"]) or _meets(names["triggers"], r.nouns)) or self._names_class(r)
        nouns = len(names["nouns"].intersection(r.nouns)) + (named and not trigger) + (
            len(names["documents"].intersection(r.documents)) if r.days > 1 else 0) + (
            self._numbered_shared(r))
        act = r.act is not None and self._related_trigger(r.act)
        return Evidence(shared, places, trigger, nouns, trigger or named, direct, act)

    def _names_class(self, r: Report) -> bool:
        """Whether ``r``, a day's report, and the group each name by an event noun an act the
        other tells by its trigger, of one class of event in any language (``event_classes.csv``,
        scope "any"): "la *liberación* de A, el 2 de febrero" and "B lo *dejó en libertad* el
        jueves" (a light verb's object, :attr:`Report.light_object`), "las *elecciones* del domingo"
        and "los votantes *acudieron* el domingo a las urnas". The talks are left to the verbs of
        meeting and a shared name (:func:`_meets`): a negotiation meets every day. A coarser
        report keeps to its own verbs, as for :meth:`_one_class`."""
        if r.days != 1:
            return False
        ours = self._classes
        return bool(ours["nouns"] & _trigger_classes(r.triggers) or ours["triggers"] & _noun_classes(r.nouns))

    def gives_verb(self, r: Report) -> bool:
        """Whether one of the group's reports gives ``r``'s own verb as its trigger (not only
        a verb related to it: "signed" and "signed", not "initialled")."""
        return r.act is not None and r.act in self._names["triggers"]

    def _filed_shared(self, r: Report, kind: str, theirs: set[str] | frozenset[str]) -> int:
        """The dateline places a "here" names (:attr:`Report.filed`) that one side writes and
        the other says "here" of: "signed here" and "signed in Brennholm" share Brennholm, two
        reports that only say "here" share nothing (tear gas and a treaty, one city, one day)."""
        ours = self._names[kind]
        return int(bool(r.filed) and bare_name(r.filed) in ours) + len((self._names["filed"] & theirs) - ours)

    def _numbered_shared(self, r: Report) -> int:
        """The numbered documents (:func:`_numbered_documents`) ``r``, a report of the group's
        own day, and the group both name: "the council adopted Resolution 88 today" and "the
        basis of any talks remains Resolution 88 of 3 April" tell the one adoption of one text
        that day; a document without its number is any of many ("a letter", "the resolution"),
        and another day's report may only cite the text ("under Resolution 88, the talks opened
        on Monday")."""
        if r.days != 1 or (r.start, r.end) != (self.start, self.end) or not self._names["numbered"]:
            return 0
        return len(self._names["numbered"] & _numbered_documents(r.clause))

    def _people_written_apart(self, r: Report) -> int:
        """The people ``r`` names that the group names written otherwise: one name's words,
        two or more and its last among them, are all words of the other's, once the
        particles of names are left out (``name_particles``: "Karim al-Varesh" and "Omar
        Karim el-Varesh", "Mara Ventel" and "Mara Ilse Ventel"), as outlets write one person;
        "Mara Ventel" and "Osk Ventel" are two."""
        found = 0
        for person in r.persons - self._names["names"]:
            said = _name_words(person)
            if len(said) >= 2 and any(said <= other or other <= said
                                      for other in self._people_words.get(_surname_key(person), ())):
                found += 1
        return found

    def _sides_named(self, r: Report) -> int:
        """The states and parties one acting names that are the side of a person the other
        names, and neither names itself: "President Arvelo signed on Monday" and "Ostrand signed
        on Monday" share Ostrand when the registry gives Arvelo that side."""
        linked = (r.allegiances & self._names["parties"]) | (self._names["allegiances"] & r.parties)
        return len(linked - (self._names["names"] & r.names))

    def _same_act(self, r: Report) -> bool:
        """Whether ``r``, a coarser report, and the group tell one act on one of their event
        nouns in other words of one list read so for a coarser report
        (:data:`kit.lexicon.wordlists.SAME_ACT_LISTS`, "coarser"; "coarser past"): the start of it
        (``onset_verbs``: "talks began in July" and "the talks opened in Rome on 10 July"),
        its conclusion (``concluding_verbs``: "the accord was signed in July" and "negotiators
        sealed the accord on 13 July"), a meeting of it (``meeting_verbs``: "the conference
        first met in July" and "the conference convened in A on 30 July"),
        a body's assent to it (``approval_verbs``: "the council endorsed the truce in
        December" and "the council voted on Saturday to back the truce"; not as a plan: "a
        resolution on the truce could be adopted next week" is no endorsement yet). Day-level
        reports keep their own verbs. When neither names an event noun, a name both give
        (an actor or a place) is what the act is of (:meth:`_same_thing`): "Velmaro's calendar
        starts in April" and "the plan for Velmaro will begin on 1 April"; not "fighting began in
        Velmaro in April" and "the talks opened in Velmaro on 1 April" (two event nouns, none
        shared), nor "classes in Velmaro begin in April" and "talks in Velmaro will begin on 1
        April" (an event noun tells what starts, which the other report does not name)."""
        if r.days <= 1 or not self._same_thing(r):
            return False
        lists = same_act_lists("coarser") + (same_act_lists("coarser past") if r.status == "happened" else ())
        return any(r.triggers & (verbs := words_in_any(name)) and self._names["triggers"] & verbs
                   for name in lists)

    def _same_declaration(self, r: Report) -> bool:
        """Whether ``r``, a coarser report told of the past, and the group tell one declaration
        of one event noun in other words (``declaring_verbs``: "the front declared a ceasefire
        in March" and "the front announced a ceasefire on Wednesday"): ``r``'s verb is one of
        them, so is the verb of a statement of the group's own reports, the two tell of one
        thing (:meth:`_same_thing`), and they do not each name parties, none in common. A
        reporting verb is no act, so without this the declaration and the day the ceasefire
        took effect would tie, both naming the front and the ceasefire; "the front said in
        March that the ceasefire would hold" (``say``) declares nothing."""
        if r.days <= 1 or r.status != "happened" or not r.reporting or r.verb is None:
            return False
        declaring = words_in_any("declaring_verbs")
        ours, theirs = self._names["parties"], r.parties
        return (str(r.verb) in declaring and not declaring.isdisjoint(self._names["statements"])
                and not (ours and theirs and ours.isdisjoint(theirs)) and self._same_thing(r))

    def _one_class(self, r: Report) -> bool:
        """Whether ``r``, a day's report, tells an act of one class of event as one of the
        group's, in any language (``event_classes.csv``, scope "any": "will address the
        Assembly on Tuesday" and "hablará hoy ante la Asamblea"). A coarser report keeps to
        its own verbs: a month holds many acts of a class ("se habla ya de una firma a finales
        de octubre" is no speech of that month), unless it is the one act of its class there
        naming a party of the group's (:meth:`_lone_class`)."""
        return r.days == 1 and any(self._class_trigger(a) for a in r.triggers)

    def _one_thing_class(self, r: Report) -> bool:
        """Whether ``r`` and the group open or close one thing in other words, in any language
        (``event_classes.csv``, scope "thing": "opening", "closing"): their triggers share such
        a class, they tell of one thing (:meth:`_same_thing`: an event noun both give, or, when
        neither gives one, a name both give), and they do not each name names of their own,
        none in common; of a day, when one of them names no event noun, a name both give will
        do. "The dialogue began in A on Wednesday" and "se instaló el diálogo en A el jueves",
        or "los obispos lo instalaron en A el jueves", are one opening; "the talks opened in A on Monday" and "talks began in B on
        Tuesday" two, and so are "the talks opened" and "fighting began" ("open" and "begin" are
        said of many acts)."""
        ours = frozenset().union(*(event_classes(t, "thing") for t in self._names["triggers"]))
        theirs = frozenset().union(*(event_classes(t, "thing") for t in r.triggers))
        if not ours & theirs:
            return False
        shared = bool(r.names & self._names["names"])
        if bool(r.names) and bool(self._names["names"]) and not shared:
            return False
        # a day's report whose clause leaves the thing to another ("que los obispos instalaron
        # el jueves en A", the dialogue named before it): a name both give will do
        one_named = not (r.nouns and self._names["nouns"])
        return self._same_thing(r) or r.days == 1 and one_named and shared

    def _same_thing(self, r: Report) -> bool:
        """Whether ``r`` and the group tell of one thing: an event noun both give, or, when
        neither gives one, a name both give (:meth:`_same_act`)."""
        nouns = self._names["nouns"]
        if nouns.intersection(r.nouns):
            return True
        return not (nouns or r.nouns) and bool(self._names["names"] & r.names)

    def match(self, r: Report, ev: Evidence | None = None, verbs: int = 1, pairs: int = 2,
              topics: int = 2, alike: int = 2, acting: int = 2,
              people: int = 2, besides: int | None = None, bodies: int = 2,
              classed: int = 2) -> tuple[int, int] | None:
        """(evidence score, kind) of a match; None: not this group's event.

        A coarser report, or one of the same dates longer than a week, needs
        strong evidence or a trigger no other group in its dates has (``verbs``:
        how many groups there share its trigger; "breaking his leg in May": the
        only "break"; a noun naming the trigger counts with a shared name: "the
        signing in Cartagena"), or, when it tells of the past (:attr:`Report.status`
        "happened": the past tense, or dates that end before its article appears) and no
        group there shares its trigger, two names no other group there shares with it
        (``pairs``: how many
        groups share two names with it; "A said last week that B had agreed" and the
        truce A and B signed on Thursday). With an act of its own (a verb that neither
        reports nor states) it must name nothing the group does not: "A settled with B
        last week" is that truce, "A met B in C last week" another event where the truce
        was signed elsewhere, and so are a meeting or an attack ("A met B last week", "A
        attacked B last week": ``encounter_verbs``, ``hostile_verbs``). Not a plan: "A
        hopes to sign with B later this month" and "A will meet B on Friday" are often
        two events; nor in an article that dates the group's event to a day: "earlier this week, A extended the truce with B" is
        not the prize A won on Friday. A coarser report also joins the one group in its
        dates with an event noun of its (``topics``: how many share one) when no other group
        there shares its trigger (``besides``: how many do, the group aside; "the agreement,
        signed in A last month", naming no one, is the truce built on the agreement on the
        10th, whose dated noun names what was signed), the group's event is past when the report's article
        appears (looking back, not a plan: "a resolution on the truce could be adopted
        next week" is not yet the council's endorsement of the truce on Monday) and that
        article does not date it to a day, unless that noun is the talks' (:data:`MEETING`:
        a negotiation has many rounds in a month): "the truce brokered last month" is the
        truce that took effect on the 12th, not "talks began in August" the round held on
        the 3rd; a document both name is such a noun (``document_nouns``, as in
        :meth:`evidence`), unless the report names it only after an indefinite article
        (:func:`_another_document`: "a letter from the rebels"): "since August, when the resolution was passed" is the council's
        adoption of the resolution on the 10th. A report naming other people than the group, and
        no name it has, is another event (two meetings on one day), unless it gives
        the group's dates, act and event noun ("the agreement was signed on Monday after
        mediation by X": the people it names need not be the signatories), or, coarser and
        telling of the past, it does the one act of the group no other event in its dates
        does, of those that happen once to an event (:meth:`_lone_act`: "the negotiator
        signed the accord in October" and the leaders' signing on October 15). A coarser
        report told of the past also joins a day-level event when it names one of the
        event's people and no one the event lacks, nor a place when the event names others,
        no other event in its dates names one of
        its people (``people``: how many do) and none shares its trigger (:meth:`_one_person`:
        "Talvenko pulled out in January" and "Talvenko quit on 13 January"); naming no one, so
        does one of its bodies (``bodies``: "the Tarn Assembly created the mission in June").
        An event noun of the group naming a week's or a month's act counts as one they share
        (:meth:`_noun_names_act`: "was sworn in in August" and "the inauguration on Monday").
        """
        ev = self.evidence(r) if ev is None else ev
        if r.anaphoric and (r.start, r.end) == (self.start, self.end) and (
                r.article_id, r.start) in self._anchors:
            return ev.score, SAME
        same = (r.start, r.end) == (self.start, self.end)
        if not ev.names and self.others(r) and not (same and ev.trigger and ev.nouns) \
                and not self._lone_act(r, ev, acting):
            return None
        keyed = ev.trigger or (ev.verb or ev.nouns > 0) and ev.names > 0
        told = (r.status == "happened" and ev.names >= 2 and pairs <= 1 and not verbs
                and r.article_id not in self.articles
                and (r.act is None or r.names <= self._names["names"] and r.act not in _other_acts()))
        enough = ev.strong or keyed and verbs <= 1 or told
        if self._other_parties(r, ev):
            return None
        if (r.start, r.end) == (self.start, self.end):
            if self._another_act(r, ev) or self._another_act_there(r, ev) or self._apart(r, ev) \
                    or self._one_verb_two_places(r, ev) or self._other_class(r, ev):
                return None
            weak = ev.score > 0 and (r.days <= MAX_MERGE_DAYS or self._looked_back(r, alike, ev))
            return (ev.score, SAME) if weak or enough else None
        # the one past event in its dates with an event noun of its, other than the talks,
        # or a document it names
        lone = (topics <= 1 and not (verbs if besides is None else besides) and r.article_id not in self.articles
                and r.published is not None and self.end < r.published
                and bool(self._names["nouns"].intersection(r.nouns) - {MEETING}
                         or any(not _another_document(r, d)
                                for d in self._names["documents"].intersection(r.documents))
                         or self._noun_names_act(r)))
        if r.start <= self.start and self.end <= r.end and r.days <= MAX_WITHIN_DAYS:
            if not ev.direct and self._told_apart(r) or self._dated_finer_apart(r, ev):
                return None
            alone = self._one_person(r, naming_its_people=people, sharing_its_trigger=verbs,
                                     naming_its_bodies=bodies)
            alone = alone or self._lone_class(r, ev, classed)
            return (ev.score, WITHIN) if (enough or lone or alone) and self._tense_allows(r) else None
        return None

    def _other_class(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r`` and the group tell acts of classes of event none in common
        (:func:`kit.timeline.evidence.other_classes`, ``event_classes.csv``), share no
        trigger nor event noun, and no name but people's: "Arvelo viajará hoy a A" and
        "Arvelo will address the parliament on Thursday" are a journey and a speech, two
        acts of one day, though one man does both; "Marrow opened the Joint Council on
        Monday" and "Marrow addressed the Joint Council on Monday" are one sitting."""
        shared = self._names["names"] & r.names
        return (r.act is not None and not ev.trigger and not ev.nouns
                and shared <= r.persons | self._names["people"]
                and other_classes([r.act], self._names["triggers"]))

    def _one_verb_two_places(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r``, a report of the group's dates longer than a week, shares with the
        group only its verb (no name, place or event noun) and the two each name a place of
        their own: "the talks began in Nicosia in February" and "the road began in New York in
        February" are two acts, a month holds many of one verb."""
        return (r.days > MAX_MERGE_DAYS and not ev.names and not ev.nouns and bool(r.place_names)
                and bool(self._names["places"]))

    def _one_person(self, r: Report, naming_its_people: int, sharing_its_trigger: int,
                    naming_its_bodies: int = 2) -> bool:
        """Whether ``r``, a coarser report told of the past from an article that does not date
        the group's event to a day, names one of the people of the group, a day-level event,
        and no one the group lacks (a place too, when the group names places: where the
        group's reports say nothing of its place, the report may), while no other event in its dates names one of its people
        (``naming_its_people``: how many events there do) and none shares its trigger
        (``sharing_its_trigger``: how many do): "Talvenko
        pulled out of the government in January" and "Talvenko quit on 13 January", "Arvelo
        came home in November" and "Arvelo returned to the capital on 14 November". Not a
        meeting or an attack (``encounter_verbs``, ``hostile_verbs``: "A met B last month" is one
        of many meetings), nor when a second event of its dates names the person; nor, when the
        report or one of the group's reports tells what was done to the person (:func:`_done_to`:
        "Talvenko was arrested in January", "Talvenko quit on 13 January"), unless its act is one
        of the group's. A body acting (:func:`_bodies`: no person, no place, none of its sides)
        stands for the person in a report naming no one (``naming_its_bodies``: how many events
        in its dates name one of its bodies): "the Tarn Assembly created the mission in June" and
        "the Tarn Assembly set up the Velmar mission on 11 June"."""
        ours = self._names
        places = r.place_names <= ours["places"] or not ours["places"]  # a place it does not name
        person = naming_its_people <= 1 and bool(r.persons & ours["people"])
        body = naming_its_bodies <= 1 and not r.persons and self.names_any(_bodies(r))
        return (self.days == 1 and r.status == "happened" and (person or body) and not sharing_its_trigger
                and r.article_id not in self.articles
                and r.names - r.place_names <= ours["names"] and places
                and (r.act is None or r.act not in _other_acts())
                and (r.act is None or not any(map(_done_to, (r, *self.members)))
                     or self._related_trigger(r.act)))

    def _lone_class(self, r: Report, ev: Evidence, classed: int) -> bool:
        """Whether ``r``, a coarser report, tells in other words an act of one class of event
        as the group's (``event_classes.csv``, scope "any", the talks' aside: "Israelis vote
        next week" and "Israelis went to the polls on Tuesday" in the *election*; "was sworn in"
        and "was installed"), shares a name other than a place, or an event noun, with it (not
        the place alone: "en Brennholm se habló en octubre de una firma" is no speech given
        there that month), comes from an article that
        does not date the group's event to a day, and no other event in its dates tells an act
        of that class (``classed``: how many events there do): a month holds many acts of a
        class, but the one election of its week, with the voters both name, is the one the week
        recalls or announces."""
        return (classed == 1 and (ev.names > ev.places or ev.nouns > 0) and r.article_id not in self.articles
                and bool(_trigger_classes(r.triggers) & self._classes["triggers"]))

    def _noun_names_act(self, r: Report) -> bool:
        """Whether one of the group's event nouns, other than the talks', names what ``r``
        dates, its own act or its dated noun (:func:`_names_act`: "ganó la reelección el
        domingo" and "fue reelegido este mes", "asumió el 1 de enero" and "en la toma de posesión
        de la semana pasada", "realizaron un paro el miércoles" and "durante el paro de la semana
        pasada"): one act told by a verb or a noun in one report and by its noun in the other.
        :meth:`match` reads it as a shared event noun of the one past event in ``r``'s dates."""
        nouns = self._names["nouns"] - {MEETING}
        return any(_names_act(n, t) for t in r.triggers for n in nouns)

    def _lone_act(self, r: Report, ev: Evidence, acting: int) -> bool:
        """Whether ``r``, a coarser report told of the past, does one of the group's acts
        and no other event in its dates does (``acting``: how many do), an act of one of
        the lists of one act in other words (:data:`kit.lexicon.wordlists.SAME_ACT_LISTS`:
        signing, arriving, starting, adopting something; not a meeting or an attack, of
        which a month holds many): "the negotiator signed the accord in October" is the
        signing of October 15, whoever the outlets name at each. It must name what the group
        acts on, an event noun of the group's other than the act's own and the talks' (also
        in a name: "the Framework Agreement"): "a union leader signed a petition in March"
        is not the accord signed on the 20th, nor "a student launched a hunger strike" the
        army's offensive, nor "an aid worker arrived in the city" the envoy's arrival; nor
        when an indefinite article opens its object (:func:`_acts_on_another`: "ministers
        signed a trade agreement in March" is not the peace agreement of the 20th)."""
        if not (acting == 1 and ev.direct and ev.act and r.days > 1 and r.status == "happened"
                and r.act in _one_time_acts() and r.article_id not in self.articles):
            return False
        named = self._names["nouns"] & {*r.nouns, *participants(r.clause).nouns} - {MEETING}
        return any(not related(str(r.act), n) for n in named) and not _acts_on_another(r)

    def _looked_back(self, r: Report, alike: int, ev: Evidence) -> bool:
        """Whether ``r``, of the group's dates longer than a week, and the group look back
        on one past event: every report written after the dates end, in another article
        than the group's, and no other event of those dates sharing anything with ``r``
        (``alike``: how many do). Any shared evidence then does: "En mayo de 1990, en
        Caracas, fijaron la agenda" and "en Caracas se aprobó, en mayo de 1990, la agenda");
        not when both name events and none the same ("the talks collapsed in May at X" and
        "an earthquake struck X in May": another event at one place), nor when they share
        only the place and both name their actors, none in common ("in March, in Kalvo,
        rebels attacked the parliament" and "in March, in Kalvo, the government signed a
        deal": two acts at one place)."""
        nouns = self._names["nouns"]
        if r.nouns and nouns and not nouns.intersection(r.nouns):
            return False
        theirs = {a for m in self.members for a in m.actors}
        if ev.names <= ev.places and not ev.trigger and not ev.nouns and r.actors and theirs \
                and not theirs.intersection(r.actors):
            return False
        return (alike <= 1 and r.status == "happened" and r.article_id not in {m.article_id for m in self.members}
                and self.first_published is not None and self.end < self.first_published
                and r.published is not None and self.end < r.published)

    def _dated_finer_apart(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r``, a week or a month, comes from an article that dates the group's act to
        a day in another sentence: an article gives an event one date, so "heavy fighting
        earlier this month" in the story of the truce signed on Tuesday is another event, and
        so is "came to A this month" beside "the referendum on Sunday". In the sentence that
        dates it to the day, a coarser date restates it ("a month ago, on the 20th, they
        signed"; :meth:`_told_apart`), and so may a span of days elsewhere ("on 13 July" and
        "the round of 13-14 July"), and so does what goes on in the present through the days
        of the article ("as talks continue in A this week" beside "will meet in A on
        Friday"; not a date of the part before or after the article, :func:`_one_side`: "the
        signing follows heavy fighting earlier this month"), and so do the same act and a
        person ("A and B met in C on Tuesday" and "A and B held talks in C this week": the
        same talks)."""
        ongoing = (r.tense == "present" and not _one_side(r) and r.published is not None
                   and r.start <= r.published <= r.end)
        restated = ev.verb and bool(r.persons & self._names["people"])
        return (r.granularity in ("week", "month") and not ongoing and not restated
                and r.article_id in self.acts and (r.article_id, r.sentence_id) not in self._acts_told)

    def _told_apart(self, r: Report) -> bool:
        """Whether ``r``, a coarser report, stands in a sentence that gives the group's
        finer date to another act (another verb or clause): two dates in one sentence tell
        two acts ("the signing will be on Thursday in A; then, at the end of the month,
        the peace accord's in B"; "confirmed on Wednesday that he had travelled there
        earlier this week"). A coarser date of the same clause and verb restates the finer
        one ("a month ago, on the 20th, they signed"). :meth:`match` asks only when the
        report's own verb is none of the group's acts (``direct`` evidence)."""
        told = self._acts_told.get((r.article_id, r.sentence_id), set())
        return bool(told - {_act_told(r)})

    def _another_act(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r`` tells of another act on the group's day in an article that
        already tells of the group's: its own verb, none of the group's acts or event
        nouns, and no person in common ("forces shot down a helicopter on Monday" in the
        story of a statement signed on Monday, both naming Russia and Armenia)."""
        return (r.act is not None and r.noun is None and bool(self._names["triggers"])
                and r.article_id in self.articles and not ev.trigger and not ev.nouns
                and not r.persons & self._names["people"])

    def _another_act_there(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r`` shares only the place with the group, and one of the two tells an act
        of unrest there (:func:`_unrest_acts`: a protest, an attack) the other does not:
        "farmers protested in A on Saturday" is not the accord signed in A that day, nor
        "troops shelled A on Saturday" the talks there; one city holds many events of a day.
        Other acts at one place on one day may be one event told two ways ("weapons were
        handed over in A on Thursday", "the decommissioning began on Thursday")."""
        if ev.trigger or ev.verb or ev.nouns or not ev.places or ev.names > ev.places \
                or r.act is None or not self._names["triggers"]:
            return False
        unrest = _unrest_acts()
        return (r.act in unrest) != bool(self._names["triggers"] & unrest)

    def _apart(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r`` shares with the group no act and no name, only an event noun, and
        each names a place and a party of its own: "A and B signed a trade deal in E on
        Monday" and "C and D issued a declaration in F on Monday" are two events, though
        a deal and a declaration are both agreements."""
        return (not ev.trigger and not ev.names and bool(r.place_names) and bool(self._names["places"])
                and bool(r.names - r.place_names) and bool(self._names["names"] - self._names["places"]))

    def _other_parties(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r`` tells the group's act (:attr:`Evidence.direct`), and the two each name
        two people or more and none in common, nor a side (:attr:`Report.sides`), sharing no
        name but places: "A and B signed a ceasefire in E on Saturday" and "C and D signed a
        trade agreement in E on Saturday" are two signings, whatever noun they share. Reports
        of other acts that day are left to the other evidence: outlets telling one day's news
        name different people ("the three agents arrived home" and "the delegations, received
        before Wednesday's announcement"), and so is the act ``r`` attends: its witnesses are
        none of its parties ("C and D witnessed the signing in E on Saturday")."""
        return (ev.direct and not r.attended and ev.names <= ev.places
                and len(r.persons) >= 2 and len(self._names["people"]) >= 2
                and not r.persons & self._names["people"]
                and not set(r.sides) & self._names["sides"])

    def _tense_allows(self, r: Report) -> bool:
        """Whether the group's dates lie on the side of ``r``'s publication its tense
        puts the event, when ``r``'s dates hold the publication: "will resume later this
        month" is no event before the article."""
        if r.published is None or not r.start <= r.published <= r.end:
            return True
        if r.tense == "future":
            return self.end >= r.published
        return r.tense != "past" or self.start <= r.published

    def same_day_evidence(self, other: Group) -> Evidence | None:
        """The strongest evidence with which one of ``other``'s reports would have joined
        the group had it come after the group's (:meth:`match`, the same dates), if any:
        the pass over reports matches each against the event as it stands then. It must
        share an act, an event noun, two names or the place: one name is what most reports
        of a corpus share ("extended the talks to Monday" and "the deal reached on Monday",
        both naming Iran), one day at one place is one event ("the delegations will meet in
        A on Saturday" and "X and Y signed the accord in A on Saturday")."""
        found = [ev for m in other.members if (m.start, m.end) == (self.start, self.end)
                 and (hit := self.match(m, ev := self.evidence(m))) is not None and hit[1] == SAME
                 and (ev.verb or ev.nouns > 0 or ev.names >= 2 or ev.places > 0)]
        return max(found, key=lambda ev: ev.score, default=None)

    def evidence_of(self, other: Group) -> Evidence | None:
        """The strongest evidence one of ``other``'s day-level reports shares with the group,
        if strong; none when both groups date event nouns, of no kind in common, and no
        trigger is shared (the same leaders' "summit on Wednesday" and "the agreement
        signed on Thursday" are two events, not one dated two ways)."""
        apart = bool(self.kinds) and bool(other.kinds) and not self.kinds & other.kinds
        found = [ev for m in other.members if m.days == 1 and (ev := self.evidence(m)).strong
                 and (ev.trigger or not apart) and (not self.strangers(m) or self._one_scene(m, ev))]
        return max(found, key=lambda ev: ev.score, default=None)

    def _one_scene(self, r: Report, ev: Evidence) -> bool:
        """Whether ``r`` tells the group's act (a trigger both share) on an event noun of the
        group's at a place of the group's, and shares no person with it: outlets name different
        people of one act at one place ("the government of Arvelo opened the talks in A on
        Wednesday" and "Marrow and Ventel opened the talks in A on Tuesday"), while "A met B on
        Wednesday" and "A met C on Thursday", one person in common and each another, are two
        meetings (:meth:`strangers`)."""
        return (ev.trigger and ev.places > 0 and ev.nouns > 0
                and not r.persons & self._names["people"])

    def strangers(self, r: Report) -> bool:
        """Whether ``r`` and the group each name people the other does not: "A met B on
        Wednesday" and "A met C on Thursday" are two meetings, not one dated two ways."""
        return self.others(r) and bool(r.persons - self._names["people"])

    def others(self, r: Report) -> bool:
        """Whether the group has people ``r`` does not name, when ``r`` names people at all (a
        middle initial aside: :attr:`Report.persons`)."""
        return bool(r.persons) and not self._names["people"] <= r.persons

    def absorb(self, other: Group) -> None:
        """Take the reports of ``other``, an event dated the same day or another."""
        for m in other.members:
            same = (m.start, m.end) == (self.start, self.end)
            self.add(m, SAME if same else CONFLICT if m.days == 1 else WITHIN)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def names_any(self, names: Iterable[str]) -> bool:
        """Whether the group names one of ``names`` other than as a place."""
        ours = self._names
        return any(n in ours["names"] and n not in ours["places"] for n in names)

    @property
    def people(self) -> set[str]:
        """The people its reports name (:attr:`Report.persons`)."""
        return self._names["people"]

    def row(self) -> dict[str, Any]:
        start, end, granularity, conflicting = self.dates()
        # the report shown gives the event's dates: not a caption's (support), a conflicting
        # day's, nor a telling's
        rep = max(self.members, key=lambda m: (not m.support,
                                                not (m.telling or m.days == 1 and m.start in conflicting),
                                                not m.anaphoric, bool(m.places or m.filed), len(m.actors),
                                                -m.days, -ordinal(m.published)))
        everyone = [rep, *(m for m in self.members if m is not rep)]
        by_time = sorted(everyone, key=lambda m: (ordinal(m.published), m.article_id))
        articles = list(dict.fromkeys(m.article_id for m in by_time))
        exact = [m for m in everyone if (m.start, m.end) == (start, end)] or everyone
        latest = [m.status for m in exact if m.article_id == articles[-1]] or [
            m.status for m in everyone if m.article_id == articles[-1]]
        return {
            "start": start, "end": end, "granularity": granularity,
            "status": "deadline" if all(m.deadline for m in exact) else min(latest, key=STATUSES.index),
            "actors": SEP.join(_collapse_surnames(n for m in everyone for n in m.actors
                                                  if n not in m.bystanders)),
            "place": SEP.join(dict.fromkeys(p for m in everyone for p in (*m.places, m.filed, *m.placed) if p)),
            "side": " & ".join(sorted({s for m in everyone for s in m.sides})),
            "trigger": rep.verb or "", "summary": _shorten(rep.clause), "evidence": rep.evidence,
            "article_id": rep.article_id, "sentence_id": rep.sentence_id,
            "explanation": rep.explanation, "articles": SEP.join(articles),
            "sources": SEP.join(dict.fromkeys(m.source for m in by_time if m.source)),
            "n_sources": len(articles),
            "n_sentences": len({(m.article_id, m.sentence_id) for m in everyone}),
            "first_report": articles[0],
            "first_published": by_time[0].published,
            "conflicting_dates": SEP.join(d.isoformat() for d in conflicting),
            "conflict": bool(conflicting), "dates": self.dates_text(),
            "reports": SEP.join(dict.fromkeys(_describe(m, self.dated(m)) for m in by_time)),
        }

    def dates(self) -> tuple[dt.date, dt.date, str, list[dt.date]]:
        """The event's dates, granularity, and the other days reports give.

        With day-level reports, the day most articles give wins; in a tie, the
        day more articles give once it is past (an article written after the day
        tells what happened, one written before what was planned), then the
        earliest report's; the group's dates otherwise. A report that dates only
        the telling of the event (``telling``) gives the event no day.
        """
        days = [m for m in self.members if m.days == 1]
        days = [m for m in days if not m.telling] or days
        if not days:
            rep = min(self.members, key=lambda m: m.days)
            exact = (rep.start, rep.end) == (self.start, self.end)
            return self.start, self.end, rep.granularity if exact else "range", []
        votes: dict[dt.date, set[str]] = {}
        after: dict[dt.date, set[str]] = {}  # the articles published on the day or after it
        for m in sorted(days, key=lambda m: ordinal(m.published)):
            votes.setdefault(m.start, set()).add(m.article_id)
            if m.published is not None and m.published >= m.start:
                after.setdefault(m.start, set()).add(m.article_id)
        best = max(votes, key=lambda d: (len(votes[d]), len(after.get(d, ()))))
        return best, best, "day", sorted(d for d in votes if d != best)

    def dates_text(self) -> str:
        """Every date the reports give, with the articles behind each
        ("2022-08-01: a, b; 2022-08-02: c"), finest first; not the day of a telling, unless
        it is the event's own (:meth:`dated`)."""
        spans: dict[tuple[dt.date, dt.date], list[str]] = {}
        for m in sorted(filter(self.dated, self.members),
                        key=lambda m: (m.days, m.start, ordinal(m.published))):
            spans.setdefault((m.start, m.end), []).append(m.article_id)
        return SEP.join(f"{iso_span(*s)}: {', '.join(dict.fromkeys(a))}" for s, a in spans.items())

    def dated(self, m: Report) -> bool:
        """Whether ``m``'s date is one the event is given (:meth:`dates_text`): a telling's
        day is not the event's ("officials announced on Tuesday the result of Monday's
        referendum"), unless tellings are all there is or the telling falls on the event's own
        dates ("A told the parliament on Thursday that the treaty signed a day earlier ...", in
        the story of A's speech to the parliament on Thursday): the article dates the event
        there too.

        Asked of every member in turn (:meth:`row`, :meth:`dates_text`), so what it compares
        with is worked out once for the group as it stands (its members, its dates), not once
        per member: linear in the members, not quadratic."""
        if not m.telling:
            return True
        key = (id(self.members), len(self.members), self.start, self.end)
        known = self.__dict__.get("_dated")
        if known is None or known[0] != key:
            everyone_tells = all(o.telling for o in self.members)
            known = self.__dict__["_dated"] = (key, everyone_tells, None if everyone_tells else self.dates()[:2])
        return known[1] or (m.start, m.end) == known[2]

class _AnyOf:
    """``any(test(key, item) for item in items)`` for each key asked, kept up to date as
    items are added: each (key, item) pair is tested at most once."""

    def __init__(self, test: Callable[[str, str], bool]) -> None:
        self._test = test
        self._items: list[str] = []
        self._known: dict[str, bool] = {}

    def add(self, item: str) -> None:
        self._items.append(item)
        for key, found in self._known.items():
            if not found and self._test(key, item):
                self._known[key] = True

    def __call__(self, key: str) -> bool:
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = any(self._test(key, item) for item in self._items)
        return found


def merge_reports(reports: list[Report], window: int = DEFAULT_WINDOW) -> list[Group]:
    """Group the reports of each event.

    Finest dates first, each report joins the group it shares the most evidence
    with (same dates, or a coarser report holding the group's); then day-level
    events merge, the one fewer articles date into the other: of the same day on the
    evidence their reports would join on (:meth:`Group.same_day_evidence`), up to
    ``window`` days apart on strong evidence, as a conflict (also read from the event
    fewer articles date when a light verb of it names the other's act: "put their initials
    to the deal" and "initialled", :func:`_conflict_evidence`); then an event one article alone
    tells naming no one and nothing joins the one event two articles or more report in its
    dates (:func:`_merge_unnamed`, :func:`_merge_unnamed_spans`); then a coarser report left
    alone is matched again against the events as they stand (:func:`_rematch_coarser`).
    """
    groups = _merge_dates([r for r in reports if not r.support], window)
    groups = _merge_conflicts(groups, window)
    groups = _merge_unnamed(groups)
    groups = _merge_unnamed_spans(groups)
    groups = _rematch_coarser(groups)
    groups = _merge_recalled_months(groups)
    for r in sorted((r for r in reports if r.support), key=lambda r: (r.days, r.article_id)):
        _support(groups, r)
    return groups


def _support(groups: list[Group], r: Report) -> None:
    """Add a caption's report to the event it shares the most strong evidence with,
    whose dates hold its date or lie inside it; to none if there is no such event. A
    caption of the event's day that tells its act ("B, centre, at the *signing* on
    Thursday, with D" in a story of the signing A and C held on Thursday, or "at the signing
    in E" where they signed in E) needs no more, whoever it names: who stands in a photo
    of a ceremony need not be who the story names. Not a caption of an article that tells
    of none of the event, at no place of it: "a footballer at the signing on Thursday" in
    the sports pages, or in a gallery of the day, is not the accord signed that day."""
    scored = []
    for i, g in enumerate(groups):
        if g.start <= r.start and r.end <= g.end:
            kind = SAME
        elif r.start <= g.start and g.end <= r.end and r.days <= MAX_WITHIN_DAYS:
            kind = WITHIN
        else:
            continue
        ev = g.evidence(r)
        told = kind == SAME and g.days == 1 and r.days == 1 and ev.direct and (
            r.article_id in g.articles or ev.places > 0)
        if (ev.strong or told) and not (g.others(r) and not ev.names and not told):
            scored.append((ev.score, -i, kind, g))
    if scored:
        _, _, kind, group = max(scored, key=lambda s: s[:2])
        group.add(r, kind)


def _merge_dates(reports: list[Report], window: int = 0) -> list[Group]:
    groups: list[Group] = []
    by_day: dict[int, list[Group]] = {}  # day ordinal -> groups of at most a week over it
    by_span: dict[tuple[dt.date, dt.date], list[Group]] = {}
    order = sorted(reports, key=lambda r: (r.days, ordinal(r.published), r.article_id,
                                           r.sentence_id, r.start_char))
    dated = _days_dated(reports)
    for r in order:
        near = by_span.get((r.start, r.end), [])
        if r.days <= MAX_WITHIN_DAYS:
            near = [*near, *(g for d in range(r.start.toordinal(), r.end.toordinal() + 1)
                             for g in by_day.get(d, []))]
        best = _best_match(r, near)
        if best is not None:
            score, kind, group = best
            other = _other_day(r, by_day, window, score) if kind == SAME else None
            if other is not None and not group.evidence(r).trigger:
                other.add(r, CONFLICT)
            else:
                group.add(r, kind)
            continue
        other = _other_day(r, by_day, window, 0)
        if other is not None and dated[r.article_id].get(r.start.toordinal()) == 1 \
                and other.start.toordinal() not in dated[r.article_id] and not other.strangers(r):
            other.add(r, CONFLICT)  # a misdated report of the event: none of its own day
            continue
        groups.append(group := Group([r]))
        if r.days <= MAX_MERGE_DAYS:
            for d in range(r.start.toordinal(), r.end.toordinal() + 1):
                by_day.setdefault(d, []).append(group)
        else:
            by_span.setdefault((r.start, r.end), []).append(group)
    return groups


def _rematch_coarser(groups: list[Group]) -> list[Group]:
    """Match again, against the events as they stand once every report has had its turn,
    each coarser report ("last week", "in May") that joined no event and none joined: the
    reports coarser than a day come after the finer ones, so a week is matched before the
    months that give its event the nouns or names the week shares with it ("the conference
    closed in A last week", matched against the day "the conference endorsed the text on
    Tuesday" before "the text shaped by the conference in May" adds the conference's
    meeting). It joins, as :meth:`Group.match` decides, an event its dates hold, the others
    its dates touch as its rivals; finest first, as in :func:`_merge_dates`, and again while
    one joins: what it brings may be what the next shares with the event."""
    alone = sorted((g for g in groups if len(g.members) == 1 and 1 < g.members[0].days <= MAX_WITHIN_DAYS),
                   key=lambda g: (g.members[0].days, ordinal(g.members[0].published), g.members[0].article_id,
                                  g.members[0].sentence_id, g.members[0].start_char))
    absorbed: set[int] = set()
    changed = True
    while changed:  # a report joining an event may give it what another shares with it
        changed = False
        for g in alone:
            if id(g) in absorbed or len(g.members) > 1:
                continue  # joined, or joined by another: an event, whose reports move no more
            r = g.members[0]
            near = [h for h in groups if h is not g and id(h) not in absorbed
                    and ((h.start, h.end) == (r.start, r.end)
                         or h.days <= MAX_MERGE_DAYS and h.start <= r.end and r.start <= h.end)]
            best = _best_match(r, near)
            if best is not None and best[1] == WITHIN:
                best[2].add(r, WITHIN)
                absorbed.add(id(g))
                changed = True
    return [g for g in groups if id(g) not in absorbed]


def _best_match(r: Report, near: Iterable[Group]) -> tuple[int, int, Group] | None:
    """(evidence score, kind, group) of the group among ``near`` that ``r`` joins, if any
    (:meth:`Group.match`, the others of ``near`` as its rivals)."""
    evidence = [(g, g.evidence(r)) for g in dict.fromkeys(near)]
    # rivals sharing its trigger (else a noun naming it); groups naming other people
    # and none of r's names are other events, no rivals
    rivals = [ev for g, ev in evidence if ev.names or not g.others(r)]
    shares: Callable[[Evidence], bool] = next(
        (test for test in (lambda ev: ev.trigger, lambda ev: ev.verb,
                           lambda ev: ev.nouns > 0 and ev.names > 0) if any(map(test, rivals))),
        lambda ev: False)
    verbs = sum(map(shares, rivals))  # sharing its trigger (else a noun naming it, else a noun and a name)
    pairs = sum(ev.names >= 2 for ev in rivals)
    people = sum(bool(r.persons & g.people) for g, _ in evidence)  # naming one of its people
    mine = _bodies(r)
    bodies = sum(g.names_any(mine) for g, _ in evidence)  # naming one of its bodies
    topics = sum(ev.nouns > 0 for ev in rivals)  # sharing an event noun
    alike = sum(ev.score > 0 for ev in rivals)  # sharing anything
    acting = sum(ev.direct and ev.act for _, ev in evidence)  # doing its act, rivals or not
    kinds = _trigger_classes(r.triggers)
    classed = sum(bool(kinds & g._classes["triggers"]) for g, _ in evidence)  # telling an act of its class
    # ties: the group doing the report's act itself, before one whose statements name it;
    # then the one doing its verb, before one sharing only its event noun; then the one
    # sharing its trigger; then the one at the report's place; then the one whose reports give
    # its very verb before one giving only a verb of the same act ("signed the agreement last
    # month": the signing, not the initialling of the week before)
    # the others sharing it, the group aside: the one event of its dates sharing its act is no rival of itself
    scored = [((*m, ev.direct, ev.act, ev.trigger, ev.places, g.gives_verb(r)), -i, g)
              for i, (g, ev) in enumerate(evidence)
              if (m := g.match(r, ev, verbs, pairs, topics, alike, acting, people,
                               verbs - (shares(ev) and (ev.names > 0 or not g.others(r))), bodies,
                               classed)) is not None]
    if not scored:
        return None
    (score, kind, *_), _, group = max(scored, key=lambda s: s[:2])
    return score, kind, group


def _days_dated(reports: list[Report]) -> dict[str, dict[int, int]]:
    """How many day-level reports each article dates to each day (by ordinal)."""
    days: dict[str, dict[int, int]] = {}
    for r in reports:
        if r.days == 1:
            day = days.setdefault(r.article_id, {})
            day[r.start.toordinal()] = day.get(r.start.toordinal(), 0) + 1
    return days


def _other_day(r: Report, by_day: dict[int, list[Group]], window: int,
               score: int) -> Group | None:
    """The day-level event up to ``window`` days from ``r``'s day that shares its trigger
    (or has an event noun naming it: "visited" and "the talks") on strong evidence scoring
    more than ``score``, and that ``r``'s article does not date."""
    if r.days != 1 or r.trigger is None:
        return None
    day = r.start.toordinal()
    near = [g for d in range(day - window, day + window + 1) if d != day
            for g in by_day.get(d, []) if g.days == 1 and r.article_id not in g.acts]
    scored = [(ev.score, -i, g) for i, g in enumerate(near)
              if (ev := g.evidence(r)).verb and ev.strong and ev.score > score]
    return max(scored, key=lambda s: s[:2])[2] if scored else None


def _merge_conflicts(groups: list[Group], window: int) -> list[Group]:
    """Merge day-level events up to ``window`` days apart that are one event told two
    ways: strong evidence, and no article dating both (it would give one event two days).

    Events of the same day merge as one event on the evidence that would have joined one's
    report to the other (:meth:`Group.same_day_evidence`): a report is matched against
    the event as it stands when its turn comes, so one naming only the people a later
    report adds ("sworn in on Tuesday under X" before "X was sworn in on Tuesday as
    chairman of the council that takes office that day") starts an event of its own."""
    days = [g for g in groups if g.days == 1]
    by_day: dict[int, list[Group]] = {}
    for g in days:
        by_day.setdefault(g.start.toordinal(), []).append(g)
    absorbed: set[int] = set()
    changed: set[int] = set()
    for g in sorted(days, key=lambda g: (len(g.articles), ordinal(g.first_published))):
        if id(g) in changed:
            continue
        day = g.start.toordinal()
        near = [h for d in range(day - window, day + window + 1) for h in by_day.get(d, [])
                if h is not g and id(h) not in absorbed and len(h.articles) >= len(g.articles)
                and not h.acts & g.acts]
        # strong evidence first, then the same day: told one way, not two
        scored = [(ev.strong, h.start == g.start, ev.score, -i, h) for i, h in enumerate(near)
                  if (ev := _same_day_either(h, g) if h.start == g.start else _conflict_evidence(h, g))
                  is not None]
        if scored:
            *_, host = max(scored, key=lambda s: s[:4])
            host.absorb(g)
            absorbed.add(id(g))
            changed.add(id(host))
    return [g for g in groups if id(g) not in absorbed]


def _same_day_either(host: Group, other: Group) -> Evidence | None:
    """The evidence of two events of one day being one (:meth:`Group.same_day_evidence`), read
    both ways: which of them formed first is the order of the articles, not of the acts. A
    report of the event fewer articles date may name the other's act in other words ("A won
    his cabinet's approval on Monday"), while none of the other's reports says what it tells
    ("the government approved the deal on Monday"): had the first come after the second, it
    would have joined it."""
    ours, theirs = host.same_day_evidence(other), other.same_day_evidence(host)
    return max((ev for ev in (ours, theirs) if ev is not None), key=lambda ev: ev.score, default=None)


def _conflict_evidence(host: Group, other: Group) -> Evidence | None:
    """The strong evidence of two day-level events on different days being one
    (:meth:`Group.evidence_of`); also read the other way when one of ``other``'s reports
    tells the act with a light verb whose object names the host's act (``light_verbs``:
    "put their initials to the deal on Tuesday" is the "initialled" of the others'
    Wednesday, while "initialled" names no putting). Only then: a clause that merely holds
    the host's verb tells another act ("agreed by phone on Sunday to meet on Wednesday" is
    no agreement of Thursday), and a statement about the act is its telling, not the act."""
    ours = host.evidence_of(other)
    light = [o for o in other.members if o.days == 1 and _light_verb(o)]
    theirs = [ev for m in host.members if m.days == 1 and m.act is not None
              and any(_light_verb(o, m.act) for o in light)
              and (ev := other.evidence(m)).strong and not other.strangers(m)]
    return max([ev for ev in (ours, *theirs) if ev is not None], key=lambda ev: ev.score, default=None)


def _light_verb(r: Report, act: str | None = None) -> bool:
    """Whether ``r``'s verb is a light verb (``light_verbs``: "put", "give") and, given an
    ``act``, whether a form of it follows the verb in ``r``'s clause, its object naming the
    act: "put their *initials* to the deal"."""
    if r.act is None or r.act not in words_in_any("light_verbs"):
        return False
    if act is None:
        return True
    found = form_in(r.act, r.clause) or re.search(rf"\b{re.escape(r.act)}\b", r.clause, re.I)  # "put": itself
    return found is not None and says(act, r.clause[found.end():])


def _merge_unnamed(groups: list[Group]) -> list[Group]:
    """Merge into the one event two articles or more date to a day the event of that day
    one other article alone reports in clauses that name no one and nothing
    (:func:`_unnamed`: "that ended on Saturday", "On Saturday they learned", "the talks
    opened on Monday" with neither actor nor place): with nothing to share, its report
    joined no event, while the corpus dates nothing else to that day. Not when the day holds
    two events or more besides it (which one it tells is not known), when one article alone
    dates the other event too ("the accord was signed on Monday" and "the delegations sat
    down on Monday", each from one outlet, are two acts as far as the corpus tells), when
    the other event is told by its article too (an article tells one event once a day: its
    other report is another act), when it tells a plan, nor when it dates an event noun of
    a kind the other event lacks ("the election on Sunday" and the summit or the signing
    that day): :func:`_unnamed_joins`."""
    by_day: dict[int, list[Group]] = {}
    for g in groups:
        if g.days == 1:
            by_day.setdefault(g.start.toordinal(), []).append(g)
    absorbed: set[int] = set()
    for same in by_day.values():
        if len(same) != 2:
            continue
        for g, h in (same, same[::-1]):
            if _unnamed(g) and _unnamed_joins(g, h):
                h.absorb(g)
                absorbed.add(id(g))
                break
    return [g for g in groups if id(g) not in absorbed]


def _merge_unnamed_spans(groups: list[Group]) -> list[Group]:
    """Merge into the one event its dates hold the week or month one article alone looks
    back on in clauses that name no one and nothing (:func:`_unnamed`: "they took it in
    February", "since the fighting in February"), when two articles or more report that
    event: the corpus tells nothing else of those dates. Not when its dates hold two events
    or more (which one it tells is not known), a plan ("will resume later this month": a
    report not told of the past), an event its article tells too, nor one lacking the kind
    of its dated nouns (:func:`_unnamed_joins`)."""
    absorbed: set[int] = set()
    for g in groups:
        if not 1 < g.days <= MAX_WITHIN_DAYS or not _unnamed(g):
            continue
        inside = [h for h in groups if h is not g and id(h) not in absorbed
                  and g.start <= h.start and h.end <= g.end]
        if len(inside) == 1 and _unnamed_joins(g, inside[0]):
            inside[0].absorb(g)
            absorbed.add(id(g))
    return [g for g in groups if id(g) not in absorbed]


def _unnamed_joins(g: Group, h: Group) -> bool:
    """Whether ``g``, reports naming nothing, may join ``h`` by their dates alone: ``g`` is
    one article's, told of the past (no plan: "will resume later this month"), ``h`` is told
    by two articles or more, none of them ``g``'s (an article tells one event once), and
    ``g``'s event nouns, if it dates any, share a kind with ``h``'s ("the election on
    Sunday" is no summit held that day, nor a signing of no kind)."""
    ours = {m.article_id for m in g.members}
    theirs = {m.article_id for m in h.members}
    return len(ours) == 1 and len(theirs) >= 2 and not ours & theirs \
        and all(m.status == "happened" for m in g.members) and (not g.kinds or bool(g.kinds & h.kinds))


def _unnamed(g: Group) -> bool:
    """Whether no report of ``g`` names an actor, a place or a thing, nor writes a
    dateline's "here" (:attr:`Report.filed`), nor tells what happened alongside by name."""
    return not any(m.names or m.filed for m in g.members)


def _merge_recalled_months(groups: list[Group]) -> list[Group]:
    """Merge the events of one calendar month that the articles only look back on: every
    report of each ended before its article appeared, no article reports two of them, no
    event of the corpus is dated finer inside the month, and any two of them may be one
    (:func:`_one_recalled`: "the rebels crossed from A in October 1990", "the war that began
    in October 1990"). The one most articles report takes the others. Not a month any
    article tells a finer date in: there the reports join the finer events as
    :func:`_merge_dates` decides."""
    months: dict[tuple[dt.date, dt.date], list[Group]] = {}
    for g in groups:
        if _calendar_month(g.start, g.end):
            months.setdefault((g.start, g.end), []).append(g)
    absorbed: set[int] = set()
    for (start, end), same in months.items():
        if len(same) < 2 or any(h.days < same[0].days and start <= h.start and h.end <= end for h in groups):
            continue
        if not all(m.published is not None and m.end < m.published for g in same for m in g.members):
            continue
        articles = [{m.article_id for m in g.members} for g in same]
        if sum(map(len, articles)) != len(set().union(*articles)):
            continue  # an article telling two acts of the month
        if not all(_one_recalled(g, h) for i, g in enumerate(same) for h in same[i + 1:]):
            continue
        host = max(same, key=lambda g: (len({m.article_id for m in g.members}), -ordinal(g.first_published)))
        for g in same:
            if g is not host:
                host.absorb(g)
                absorbed.add(id(g))
    return [g for g in groups if id(g) not in absorbed]


def _one_recalled(g: Group, h: Group) -> bool:
    """Whether two events of a month the articles look back on may be one (:func:`_merge_recalled_months`):
    they share an actor (a name not used as a place), or one names none and they share an
    event noun, one has none, or an event noun of one names an act of the other's in other
    words (:func:`_noun_tells_act`). Not when each names only actors the other lacks ("Gen A
    visited in May", "B and C agreed in May"; a place both give is no act both tell: "the D
    Front attacked in E", "F signed a deal in E"), nor, where one names no actor, when each
    has only event nouns the other lacks ("the talks collapsed in E", "an earthquake struck
    E")."""
    ours, theirs = (x._names["names"] - x._names["places"] for x in (g, h))
    if ours & theirs:
        return True
    nouns, others = g._names["nouns"], h._names["nouns"]
    return not (ours and theirs) and (not nouns or not others or bool(nouns & others)
                                      or _noun_tells_act(g, h) or _noun_tells_act(h, g))


def _noun_tells_act(g: Group, h: Group) -> bool:
    """Whether an event noun of ``g``'s, other than the talks', names in other words an act
    ``h`` tells by its trigger or its own event noun (:func:`kit.timeline.evidence.related`:
    a list of one act, ``combat_verbs``, ``killing_verbs``; a verb and its noun): "the
    *clashes* that broke out in January" and "in January, troops *fought* on the river", one
    fighting recalled in other words (:func:`_one_recalled`); not "the talks began in May" and
    "the war began in May", one verb of two things."""
    acts = (h._names["nouns"] | h._names["triggers"]) - {MEETING}
    return any(related(n, a) for n in g._names["nouns"] - {MEETING} for a in acts if a != n)


@lexicon_cache(maxsize=1 << 14)
def _numbered_documents(clause: str) -> frozenset[str]:
    """The numbers of the documents ``clause`` names with one (``document_nouns``, then a number,
    after a word of ``number_signs`` if any): "Resolution 88", "la resolución n.º 88" -> {"88"}; a
    number is what tells one text of a kind from the others, whatever the language of the noun.

    >>> sorted(_numbered_documents("the council adopted Resolution 1270 today"))
    ['1270']
    >>> sorted(_numbered_documents("la resolución n.º 88 del 3 de abril")), _numbered_documents("a letter")
    (['88'], frozenset())
    """
    return frozenset(m.group(1) for m in _numbered_pattern().finditer(clause))


@lexicon_cache
def _numbered_pattern() -> re.Pattern[str]:
    """A document noun of ``document_nouns``, singular or plural, then a number (its sign of
    ``number_signs`` before it, if any)."""
    nouns = sorted(words_in_any("document_nouns"), key=len, reverse=True)
    signs = sorted(words_in_any("number_signs"), key=len, reverse=True)
    sign = rf"(?:(?:{'|'.join(map(re.escape, signs))})\s*)?" if signs else ""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})(?:e?s)?\s+{sign}(\d+)\b", re.I)


@lexicon_cache(maxsize=1 << 12)
def _name_words(name: str) -> frozenset[str]:
    """The words of a person's name, case-folded, without the particles of names
    (``name_particles``: "al", "de", "van"): "Karim al-Varesh" -> {"karim", "varesh"}."""
    particles = words_in_any("name_particles")
    return frozenset(w for w in re.findall(r"\w+", bare_name(name).casefold()) if w not in particles)


def _surname_key(person: str) -> str:
    """The last name of ``person`` (:func:`kit.actors.surname`: no particle, no suffix), as
    :func:`_name_words` writes its words: "Tomas Arvelo Jr." -> "arvelo"."""
    return surname(bare_name(person)).casefold()


def _bodies(r: Report) -> frozenset[str]:
    """The bodies ``r`` names acting: its actors that are no person, no place and none of its
    sides (a state or a movement is its own side), nor a state, a seat or a region of the
    lexicons, nor a demonym (``countries.csv``, ``demonyms.csv``, ``subdivisions.csv``: the
    people of a country act in many events): "the Joint Council", "the Tarn Assembly", not
    "Tarn" nor "the Velmar Front" when the report gives it as a side, nor "Pakistani"."""
    common = _places_and_peoples()
    return frozenset(n for n in r.parties - r.place_names - frozenset(map(bare_name, r.sides))
                     if name_key(n) not in common)


@lexicon_cache
def _places_and_peoples() -> frozenset[str]:
    """The keys of the lexicons' states, seats, regions and demonyms (:func:`_bodies`)."""
    return place_keys() | demonym_keys()


def _calendar_month(start: dt.date, end: dt.date) -> bool:
    """Whether ``start``..``end`` is one whole calendar month."""
    return start.day == 1 and end == month_end(start.year, start.month)


def _act_told(r: Report) -> tuple[Any, Any]:
    """The act a report tells in its sentence: its verb and where its clause starts."""
    start = r.row.get("clause_start")
    return r.verb, None if start is None or start != start else int(start)  # NaN: none


def _one_side(r: Report) -> bool:
    """Whether ``r``'s expression dates the part of its week or month before or after its
    article ("earlier this month", "later this week": the rule ``earlier-later`` of
    :mod:`kit.timeline.rules`), an act on one side of the article, none going on through it."""
    return r.row.get("rule") == "earlier-later"


def _describe(r: Report, dated: bool = True) -> str:
    """What one report says of the event ("Outlet a: 'Monday' → 2022-08-01"); a date that is
    its telling's, not one the event is given (:meth:`Group.dated`), says so."""
    told = "" if dated else " (its telling)"
    return f"{r.source or r.article_id}: '{r.text}' → {iso_span(r.start, r.end)}{told}"


def _collapse_surnames(names: Iterable[str]) -> list[str]:
    """Unique names; a one-word name that ends a longer one is dropped ("Karsten")."""
    unique = list(dict.fromkeys(names))
    full = [n for n in unique if " " in n]
    return [n for n in unique if " " in n or not any(f.endswith(" " + n) for f in full)]


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


@lexicon_cache
def _other_acts() -> frozenset[str]:
    """Acts that are events of their own, not the event whose two names they share:
    meetings and attacks (``encounter_verbs``, ``hostile_verbs``, every language)."""
    return words_in_any("encounter_verbs") | words_in_any("hostile_verbs")


def _meets(verbs: Iterable[str], nouns: Iterable[str]) -> bool:
    """Whether one of ``verbs`` is a verb of meeting (``meeting_verbs``, every language) and
    ``nouns`` have the talks (:data:`MEETING`): a verb that names the meeting as "signed"
    names the signing ("the delegations sat down in A on Monday", "the talks opened in A
    on Monday"; "se reunieron", "la reunión")."""
    return MEETING in nouns and not words_in_any("meeting_verbs").isdisjoint(verbs)


def _trigger_classes(triggers: Iterable[str]) -> frozenset[str]:
    """The classes of event ``triggers`` tell (``event_classes.csv``, scope "any"), the
    talks' aside (:meth:`Group._names_class`)."""
    return frozenset().union(*map(event_classes, triggers)) - {TALKS_CLASS}


def _noun_classes(nouns: Iterable[str]) -> frozenset[str]:
    """The classes of event ``nouns`` name (``event_classes.csv``, scope "any"), the talks'
    aside (:meth:`Group._names_class`)."""
    return _trigger_classes(n for n in nouns if n != MEETING)


def _names_act(noun: str, verb: str) -> bool:
    """Whether ``noun`` names the act of ``verb``: a form of it ("the *signing*", "signed"), or
    the noun of its act no ending makes (:func:`kit.timeline.evidence.related`, ``verb_nouns.csv``:
    "the *death* on Monday" and "died on Monday", "la *reapertura* del cruce" and "reabrieron el
    cruce el lunes")."""
    return says(verb, noun) or related(verb, noun)


def _another_document(r: Report, document: str) -> bool:
    """Whether ``r``'s clause names ``document`` (one of ``document_nouns``) only after an
    indefinite article (``indefinite_articles``): "a letter from the rebels", "una carta",
    some other text than the one an event named ("the letter")."""
    words = r.clause.lower().split()
    after = [words[i - 1] if i else "" for i, w in enumerate(words)
             if re.fullmatch(rf"{re.escape(document)}(e?s)?", w.strip(".,;:()'\""))]
    return bool(after) and all(w in words_in_any("indefinite_articles") for w in after)


def _acts_on_another(r: Report) -> bool:
    """Whether ``r``'s verb is followed by an indefinite article (``indefinite_articles``):
    "signed a trade agreement", "firmó un acuerdo", something else than the event's own."""
    verb = form_in(str(r.act), r.clause)
    after = r.clause[verb.end():].split(maxsplit=1) if verb is not None else []
    return bool(after) and after[0].lower() in words_in_any("indefinite_articles")


def _done_to(r: Report) -> bool:
    """Whether ``r``'s verb is a passive, a form of ``passive_forms`` right before it ("was
    arrested", "fue detenido"): its people underwent another's act, no act of their own."""
    verb = form_in(str(r.act), r.clause) if r.act is not None else None
    before = r.clause[:verb.start()].split()[-1:] if verb is not None else []
    return bool(before) and before[0].lower() in words_in_any("passive_forms")


@lexicon_cache
def _unrest_acts() -> frozenset[str]:
    """Acts of unrest, events of their own at a place where others happen that day: protests
    (``protest_verbs``) and attacks (``hostile_verbs``), every language."""
    return words_in_any("protest_verbs") | words_in_any("hostile_verbs")


@lexicon_cache
def _one_time_acts() -> frozenset[str]:
    """The verbs of the lists of one act in other words (every language) but ``meeting_verbs``:
    what happens once to an event (signed, arrived, began, adopted), unlike a meeting or an
    attack."""
    return frozenset().union(*(words_in_any(name) for name in SAME_ACT_LISTS
                               if name != "meeting_verbs"))
