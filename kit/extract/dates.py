"""Time expressions with the grammar needed to resolve them.

For every ``DATE`` / ``TIME`` entity of a Doc, one row says which verb governs
it, that verb's tense, and which cue word stands before it. The row carries
everything :func:`kit.timeline.resolve.resolve` needs; resolution itself happens later
(:func:`kit.timeline.resolved_dates`), because it also needs the publication
date, which a Doc does not know.

Tense is read from the governing verb (the first verb above the expression in
the dependency tree; a reporting verb right before the date governs it, however
the parse hangs it: "said on Wednesday he would not sign" dates the saying; a
participle the parser tags as an adjective is the verb of a date it governs, its
noun before it the subject: "Guevara, *detenido* en julio, fue liberado el domingo"
dates the arrest, not the release, and is past; in a cleft sentence, "It was in
November *that* the parties *reached* it", the verb of the clause after the date):

- ``future``: aux "will"/"would"/"shall"/"'ll", a modal of possibility ("may",
  "might", "should", "must"; "could" unless negated or perfect: ``possibility_aux``;
  "could not attend on Monday" is a past inability, "could have signed on Monday" what
  might have been; a conditional in Spanish, "firmaría", "podría firmarse", but not
  "habría firmado" nor "debería haberse detenido en mayo"; with a perfect, "may",
  "might", "should", "must" are past too, ``perfect_modals``: "should not have stopped
  in May" is what was not done), "going to", a planning verb in the present
  ("expects", "is planned", "is scheduled") or a verb of starting in the present, not the
  perfect (a scheduled act, ``onset_verbs``: "the truce begins Friday", "la tregua empieza el
  viernes"; "began", "has begun" are past; not with a subject and an object, a caption's
  present: "soldiers open fire on Friday"), or a ``to``-infinitive that
  modifies a noun, a planning verb or the copula of a plan ("the talks, to be
  attended by ...", "hoped to sign", "NATO is to take command"; a plan made in
  the past, "were to meet", points either side: no tense, and so does a ``to``-infinitive
  of purpose after a past verb, "summoned them to talks, *to open* on Feb. 6": its act
  comes after the past one, on either side of publication);
- ``past``: a past-tense verb or auxiliary, a perfect ("have laid out"; not one in the
  future, "habrá concluido el viernes", nor "haber de" with an infinitive, a duty), a
  bare past participle ("the round held on Friday"), or an imperfect subjunctive after
  ``sequence_conjunctions`` under a past verb, however the parse reads its tense ("ordenó el
  regreso después de que *cruzaran* la frontera el jueves": the past Thursday);
- ``present``: a present-tense finite verb, unless it heads a clause under a future
  one ("will brief him *when he meets* Trump on Monday": ``future``);
- ``None``: no verb, or nothing decisive.

A date that is a *target*, later than its clause, takes ``future`` in a present
or future clause and ``None`` in a past one (it lies after the act, but the act
is past, so publication does not say which side it is on): the object of a
prospective preposition ("asked for a meeting *for Monday*", "extended *to
Monday*", "until Oct. 31") and the complement of a planning verb in the past
("had hoped to sign on Friday", "were due to start on March 10"; a present
perfect, "has called on voters to reject it on Sunday", still points ahead). An infinitive
after an ordinal or a superlative ("the first ship *to sail* since February")
is not prospective: it takes the tense of the clause above.

A date of an event that the clause's act comes *after* lies before that act: the
date dates a noun that an ``after_preps`` word introduces ("will resume after a
meeting of donors here on Monday", "la propuesta llega tras la reunión del
viernes"). It takes ``past`` in a past or present clause and no tense in a future
one (it lies before the act, but the act is ahead, so publication does not say
which side it is on).

The cue is the cue phrase right before the date, or before the noun it dates
("*ahead of* their summit on Tuesday"; a bound there, "since the ceasefire of May
1994", bounds the noun, not the date).

``quoted`` says the expression is inside quotation marks
(:func:`kit.extract.quotation.quotation_spans`); :mod:`kit.timeline.context`
reads "today" there against the quotation's own date when the sentence gives it.

The clause (``clause_start``, ``clause_end``) is the governing verb with its
dependents, minus the other clauses hanging off it (``advcl``, ``conj``,
``ccomp``, ...); infinitival complements ("hoped *to sign*") climb to the verb
they complete. :mod:`kit.timeline` takes an event's actors and place from it.
A participle used as a preposition ("a ceasefire *starting* Monday") governs
nothing: the verb above it does.

The subject (``subject_start``, ``subject_end``; None when there is none) is
who or what does the clause's act, wherever it stands: the verb's own subject,
or the one it shares with the verb it is coordinated with or completes ("The
deal was concluded ... and *took effect* on Oct. 18", "Santos is due *to
receive* ..."), or the noun a participle or relative clause describes ("the
*election* scheduled for Sept. 28", "the *envoy* who negotiated ..."; with
the name it stands beside, "Zalmay Rahimyar, the American envoy"; a relative
pronoun, "who", "que", stands for that noun, whether the parse calls the clause
``relcl`` or, as the Spanish one does, ``acl``: "la ministra, *que* fue
destituida el martes"). Without one, ``implied_subject`` is true when the verb
carries its subject (:func:`implied_subject`: a finite verb marked for person,
"En mayo, en Caracas, *fijaron* la agenda"): a pronoun the text leaves out.

``noun`` is the lemma of the noun the date itself modifies, when it modifies
one: "the *September* election", "the *invasion* in February", "the
*election* held in September", "an *encounter* in the same village on 26 May"
(the place's event; None otherwise). The date then dates that
noun's event rather than the clause's verb.

``reporting`` is true when the verb reports what was said: one of ``reporting_verbs``,
a reply among them only when it introduces what was said
(:func:`kit.extract.sources.reports_speech`: "responded on Monday that the talks were
over", not "responded with shelling on Monday", an act of its own) or is said not to
be given ("did not respond on Monday to a request for comment": no act either). :mod:`kit.timeline`
reads it, so a statement and an act are told apart as the sources are.

The words are data (``kit/lexicon/data/words.csv``, read with
:func:`kit.lexicon.wordlists.words`): ``future_aux``, ``possibility_aux``, ``planning_verbs``
(lemmas; :func:`planning_forms` derives their inflected forms),
``prospective_preps``, ``after_preps``, ``date_modifiers`` and ``cue_words``; cue phrases come from
:func:`kit.lexicon.cues.cue_before`.

Examples
--------
>>> from kit.nlp.pipeline import get_nlp
>>> rows = extract(get_nlp()("Officials will meet on Friday."), {})
>>> rows[0]["text"], rows[0]["tense"], rows[0]["verb"]
('Friday', 'future', 'meet')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kit.extract.lemmas import VERB_POS, accentless_future, known_infinitive
from kit.extract.phrases import negated_verb, verb_lemma
from kit.extract.quotation import quotation_spans
from kit.extract.sources import reports_speech
from kit.extract.tokens import doc_text
from kit.lexicon.calendar import calendar_words
from kit.lexicon.cues import cue_before
from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words, words_in_any, words_or

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

# spaCy components read beyond kit.nlp.pipeline.CORE_COMPONENTS:
# lemmas, POS and tags of verbs (tense, planning verbs) and the parse.
COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INPUTS = ("text",)
OFFSET_COLUMNS = ("clause_start", "clause_end", "subject_start", "subject_end")
COLUMNS = ["text", "label", "tense", "verb", "cue", "clause_start", "clause_end",
           "subject_start", "subject_end", "implied_subject", "noun", "quoted", "after", "reporting",
           "names_thing"]
LABELS = frozenset({"DATE", "TIME"})
CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "parataxis", "relcl", "acl", "csubj"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# what completes a verb: without one, a phrase right after it that the parse hangs elsewhere is its object
OBJECT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "oprd", "dative", "iobj"})
# a verb without a subject shares the subject of the verb it hangs from this way
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp", "acomp", "advcl"})
# a relative clause: "the envoy *who negotiated* ..."; the Spanish parse calls it acl ("la ministra,
# que fue destituida ..."); its relative pronoun subject stands for the noun it describes
RELATIVE_DEPS = frozenset({"relcl", "acl"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "npadvmod"})  # "the September vote"


@lexicon_cache
def planning_forms() -> frozenset[str]:
    """The ``planning_verbs`` with their inflected forms ("hope", "hopes", "hoped", ...):
    the small model lemmatises "hoped" as "hop"."""
    return frozenset(
        form for v in words("planning_verbs")
        for form in (v, v + "s", v + "d", v + "ed", v + "ing", v + v[-1] + "ed")
    )


def extract(doc: Doc, canon: dict[tuple[int, int], str] | None = None, *,
            text: str | None = None) -> list[dict[str, Any]]:
    """One row per DATE/TIME entity of ``doc``, but a day of the month that names the
    place or body before it ("la avenida 12 de Octubre": ``date_named_nouns``) and a number
    that is a document's or a flight's ("Resolution 1929", ``numbered_nouns``:
    :func:`numbers_a_document`).

    Parameters
    ----------
    doc:
        A parsed spaCy Doc (tagger, parser, ner).
    canon:
        Canonical names of entity spans; not needed for dates (accepted for the
        common extractor signature).
    text:
        ``doc.text``, if the caller has it.

    Returns
    -------
    list of dict
        ``start_char, end_char, text, label, tense, verb, cue, clause_start,
        clause_end, subject_start, subject_end, noun, quoted, after, reporting, names_thing``;
        offsets into ``doc.text``; ``after``: the date dates a noun an ``after_preps`` word puts
        before the clause's act ("came *after the referendum on Sept. 30*"); ``reporting``:
        the verb reports what was said (:func:`reports`); ``names_thing``: the date is a bare
        year that names the noun it modifies (:func:`names_a_thing`).
    """
    rows = []
    ents = doc.ents
    quotes = quotation_spans(doc.text if text is None else text) if any(
        e.label_ in LABELS for e in ents) else []
    for ent in ents:
        if ent.label_ not in LABELS or _adverb_date_as_a_noun(ent) or _names_a_place(ent) \
                or numbers_a_document(ent):
            continue
        ent = _without_a_verb(_without_a_count(ent))
        span = _without_a_stray_year(ent)  # what the parse is read from
        main = governing_verb(span)
        verb = _reporting_before(span) or _relative_clause_before(span, main) or _cleft(span, main) \
            or _opens_a_clause(span, main) or _when_clause_after(span, main) or main
        noun_cue = _cue_of_noun(span)
        clause = clause_span(span, verb)
        subject = subject_span(verb, span) if verb is not None else None
        rows.append({
            "start_char": ent.start_char,
            "end_char": ent.end_char,
            "text": ent.text,
            "label": ent.label_,
            "tense": date_tense(span, verb, noun_cue),
            "verb": _lemma(verb) if verb is not None else None,
            "cue": cue(span, noun_cue),
            "clause_start": clause[0],
            "clause_end": max(clause[1], ent.end_char),
            "subject_start": subject[0] if subject else None,
            "subject_end": subject[1] if subject else None,
            "implied_subject": subject is None and implied_subject(verb),
            "noun": dated_noun(span, verb),
            "quoted": any(a <= ent.start_char and ent.end_char <= b for a, b in quotes),
            "after": _dates_a_noun_after(span),
            "reporting": reports(verb),
            "names_thing": names_a_thing(span),
        })
    return rows


def _lemma(verb: Token) -> str:
    """``verb``'s lemma, or the infinitive its form is made from when the model's lemma is
    no verb it knows (:func:`kit.extract.lemmas.known_infinitive`: "impidieran", lemmatized
    "impidierar", is "impedir"; "firmo", an accentless "firmó" left as it is, "firmar")."""
    return known_infinitive(verb) or verb.lemma_


def _without_a_count(ent: Span) -> Span:
    """``ent`` without the number after its weekday that counts a noun after it ("el martes
    | 15 manifestantes fueron detenidos", "on Tuesday | 15 protesters were arrested"): no
    day of the month, but how many; the weekday alone is the date. A number the parser
    hangs on the weekday stays ("el jueves 22 en Lima", "Friday 18 in Quito")."""
    number = ent[-1]
    if len(ent) < 2 or not number.like_num or number.head.i < ent.end or number.head.pos_ != "NOUN" \
            or ent[-2].lower_ not in calendar_words(ent.doc.lang_).get("weekday", {}):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)


def _without_a_verb(ent: Span) -> Span:
    """``ent`` without the word of ``date_modifiers`` that opens it when the parse makes that
    word a verb whose complement is the rest ("expected to | last two days", "will | last
    three days": the model reads the verb "last" as the adjective of "the last two days"):
    what is left is how long the act takes, a duration, no span counted back from the
    publication. The adjective ("in the last two days") modifies the noun, and the noun is
    the span's head; a verb the date rules read ("hace dos días", ago) is no modifier."""
    first = ent[0]
    if len(ent) < 2 or first.pos_ not in VERB_POS or ent.root.i != first.i \
            or first.lower_ not in words_in_any("date_modifiers"):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def names_a_thing(span: Span) -> bool:
    """``span`` is a bare year (one number of four digits) that modifies a noun outside
    any date: before it ("the 1960 electoral law", "the 2006 war") or after it with
    an ``of_preps`` word ("the constitution of 1998", "la Constitución de 1998", "la ley de
    1960"). The year names that thing (when it was made, or happened); it dates no act of
    the clause's verb ("will vote under the 1960 law" is no vote in 1960). A year after a
    verb's preposition ("has led the army since 1998", "in 2009") dates the act, and so
    does a year in a date of its own ("in the year 2000", "in March 2003")."""
    if len(span) != 1 or not span[0].like_num or len(span[0].text) != 4 or not span[0].text.isdigit():
        return False
    year, head = span[0], span[0].head
    of = words_in_any("of_preps")
    if head.pos_ == "ADP" and head.lower_ in of and year.dep_ == "pobj":
        year, head = head, head.head  # "the constitution | of | 1998": the year hangs on "of"
        if head.i > year.i:
            return False
    elif head.i > year.i:
        if year.dep_ not in MODIFIER_DEPS | {"nummod"}:
            return False
    elif not (year.dep_ in ("nmod", "obl") and any(c.dep_ == "case" and c.lower_ in of for c in span[0].children)):
        return False
    return head.pos_ in NOUN_POS and head.i != year.i and head.ent_type_ not in LABELS


def _without_a_stray_year(ent: Span) -> Span:
    """``ent`` without a year after a comma that the parser hangs elsewhere than the date
    ("the conference that first convened on July 30, 1989 adopted ...": "1989" parsed as an
    apposition of "conference" makes the span's root the year, and the date's verb
    "adopted"): the date's syntax is its month's and day's. So is a span that runs on past a
    comma into words the parser hangs outside it ("sign on Monday, two years after talks
    opened": "two years" is the count of "after", the date "Monday", whose verb is "sign")."""
    if len(ent) >= 3 and ent[-2].text == "," and ent[-1].like_num and len(ent[-1].text) == 4 \
            and not ent.start <= ent[-1].head.i < ent.end:
        return ent[:-2]
    for comma in (t.i for t in ent[1:-1] if t.text == ","):
        after = ent.doc[comma + 1:ent.end]
        if not ent.start <= after.root.head.i < ent.end and after.root.head.i != after.root.i:
            return ent.doc[ent.start:comma]  # "on Monday, | two years after talks opened": a run-on
    return ent


def reports(verb: Token | None) -> bool:
    """Whether ``verb`` reports what was said: one of ``reporting_verbs`` that reports
    speech in its clause (:func:`kit.extract.sources.reports_speech`: a reply verb only
    when it introduces what was said, "answered that ...", not "answered the call"), or
    a reply said not to be given ("did not respond on Monday to a request for comment",
    "no respondió"): no act, as a reply verb with speech is none."""
    return verb is not None and verb.lemma_.lower() in words_or("reporting_verbs", verb.doc.lang_) \
        and (reports_speech(verb) or negated_verb([verb]))


def governing_verb(span: Span) -> Token | None:
    """The first verb (or auxiliary) above ``span`` in the dependency tree; a participle
    used as a preposition ("starting Monday") is passed. A participle the parser tags as
    an adjective counts as a verb when the date is its oblique, or hangs on it whatever
    the label: the participial clause of a noun ("Guevara, detenido en julio, fue liberado
    el domingo": the arrest was in July, not the release; "el acuerdo firmado hace dos
    días recoge ...": the signing two days ago, not the containing). A gerund that tells
    what a noun is about is passed too (:func:`_topic_gerund`). A date right before a
    stative verb, after a verb of the subject's own clause, is that verb's
    (:func:`_verb_of_the_subject`: "the draft agreed in Osk earlier this week is ...")."""
    verb = _verb_above(span)
    before = _verb_whose_object_was_split_off(span, verb)
    if before is not None:
        return before
    if verb is not None and verb.i == span.end and verb.lemma_.lower() in words_or(
            "stative_verbs", span.doc.lang_, frozenset()):
        return _verb_of_the_subject(span) or verb
    return verb


def _verb_whose_object_was_split_off(span: Span, verb: Token | None) -> Token | None:
    """The verb right before the phrase of ``span`` when the parse made that phrase the
    subject of ``verb``, a verb after the date, and left the verb before with no object
    nor complement ("— Osk's parliament elected | General Mara Ventel president on Sunday,
    filling a post ... of the deal struck in Tarn last Wednesday": the parse splits the
    sentence and hangs "president on Sunday" as the subject of "struck"): the phrase is
    that verb's object, and the date its act's, not the act of the clause after."""
    if verb is None or verb.i < span.end:
        return None
    below = span.root
    while below.head.i != verb.i and below.head.i != below.i:
        below = below.head
    if below.head.i != verb.i or below.dep_ not in SUBJECT_DEPS or below.left_edge.i == 0:
        return None
    before = span.doc[below.left_edge.i - 1]
    if before.pos_ != "VERB" or before.dep_ != "ROOT" or any(c.dep_ in OBJECT_DEPS for c in before.children):
        return None
    return before


def _verb_above(span: Span) -> Token | None:
    tok = span.root
    while tok.head.i != tok.i:
        below, tok = tok, tok.head
        if (tok.pos_ in VERB_POS or past_taken_for_a_noun(tok)) \
                and tok.dep_ not in ("aux", "auxpass", "prep") and not _topic_gerund(tok, span):
            return tok
        if (below.dep_ == "obl" or below.i == span.root.i) and _adjectival_participle(tok):
            return tok
    return tok if tok.pos_ in VERB_POS or past_taken_for_a_noun(tok) else None


def _verb_of_the_subject(span: Span) -> Token | None:
    """The past verb before ``span`` in its sentence, with only the words of its
    complements between (no verb, auxiliary or mark): a date standing right before the
    clause's "is" / "was" closes the subject, and dates the act that subject's own
    clause tells ("The draft agreed at the Osk centre earlier this week is the first
    text", "The plan he unveiled last month is dead": the agreeing, the unveiling), though
    the parse may hang it on the copula. None when no such verb is there ("Talks on Monday
    were useful": the noun says what happened, :func:`dated_noun`)."""
    start = span.sent.start
    for tok in reversed(span.doc[start: span.start]):
        if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN"):
            return tok
        if tok.pos_ in VERB_POS or tok.is_punct and tok.text not in ("-", "'"):
            return None
    return None


_CLAUSE_HEADS = frozenset({"ROOT", "acl", "relcl", "ccomp", "conj", "advcl", "parataxis"})


def past_taken_for_a_noun(tok: Token) -> bool:
    """A past written without its accent that the parse took for a noun or a name ("el
    enviado, Osk Lander, viajo de Tarn a Velia": "viajó"; "el acuerdo que el gobierno firmo
    el lunes"): in an article written without accents, a ``NOUN`` or ``PROPN`` heading a
    clause with a subject before it and no determiner, copula or preposition of its own,
    in an ending of ``unaccented_pasts``, made from a verb of the language's verb list
    (:func:`kit.extract.lemmas.known_infinitive`: "viajar"). A noun so ending with a
    determiner is the noun ("el decreto", "un premio")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in _CLAUSE_HEADS:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) \
            or any(c.dep_ in ("det", "cop", "case") for c in kids):
        return False
    return _accent_dropped(tok, "unaccented_pasts") and known_infinitive(tok) is not None


def _topic_gerund(tok: Token, span: Span) -> bool:
    """A gerund after a preposition of a noun's topic (``topic_preps``), with no subject
    of its own: it says what the noun is about, not an act of its own, so a date the
    parse hangs on it dates the clause's act ("A signed the plan on *ending* hostilities
    in B on Saturday": the signing was on Saturday). Not when the noun is an event of its
    own set for a day (``event_nouns``, ``meeting_nouns`` after ``scheduling_words``:
    "scheduled a vote on leaving the bloc on 23 June": the vote is on 23 June, not the
    scheduling; "began talks on ending the war on Monday" passes), nor for a date after a cue of a
    target (``forward_cues``: "a report on cutting emissions by 2030")."""
    prep = tok.head
    lang = tok.doc.lang_
    if not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.i < tok.i
            and prep.head.pos_ in NOUN_POS and prep.lower_ in words_or("topic_preps", lang, frozenset())
            and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)):
        return False
    events = words_or("event_nouns", lang, frozenset()) | words_or("meeting_nouns", lang, frozenset())
    verb = prep.head.head
    planned = prep.head.lemma_.lower() in events and {verb.lower_, verb.lemma_.lower()} & words_or(
        "scheduling_words", lang, frozenset())
    return not planned and cue_before(span.doc[span.sent.start:span.end].text, span.text) not in words_or(
            "forward_cues", lang, frozenset())


def _adjectival_participle(tok: Token) -> bool:
    """A participle tagged ADJ that modifies a noun and tells an act of its own: "la
    tregua, *firmada* en marzo"; not one of a plan ("las conversaciones *previstas* para
    marzo": ``planning_verbs``, the holding is the act)."""
    return tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm", []) and tok.dep_ in ("amod", "acl") \
        and tok.lemma_.lower() not in words_in_any("planning_verbs")


def _relative_clause_before(span: Span, main: Token | None) -> Token | None:
    """The verb of a relative clause the date ends, when the parse hangs the date on
    the main verb after it (``main``, :func:`governing_verb`: "The ceasefire he concluded
    | last week | is the first test": the concluding was last week, not the being; "The
    accord signed by A and B in C, D, | on Thursday | owes much to E": the signing was on
    Thursday): a verb of a ``relcl`` or ``acl`` clause inside the subject of a verb that
    comes after the date, whose words run up to the date or its preposition, but for
    punctuation and appositions of the clause's noun ("C, D,")."""
    doc = span.doc
    if main is None or main.i < span.end or span.start == 0:
        return None
    end = span.start - 1 if doc[span.start - 1].i == span.root.head.i and doc[span.start - 1].pos_ == "ADP" \
        else span.start  # the date's own preposition, hung on the main verb with it
    subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i < span.start]
    for tok in reversed(doc[max(0, end - 24):end]):
        if tok.pos_ in VERB_POS and tok.dep_ in ("relcl", "acl") and tok.right_edge.i < end \
                and any(s.left_edge.i <= tok.head.i <= s.right_edge.i for s in subjects) \
                and all(t.is_punct or tok.head.is_ancestor(t) for t in doc[tok.right_edge.i + 1:end]) \
                and not (_past_act(main) and (end < span.start or any(
                    not t.is_punct for t in doc[tok.right_edge.i + 1:end]))):
            return tok
    return None


def _when_clause_after(span: Span, main: Token | None) -> Token | None:
    """The verb of a "when" clause right after the date (``time_relatives``, past a comma),
    when the date's own verb is stative with no place (:func:`_placed`) and the clause is not
    negated ("The talks were first due to end
    on Saturday, *when* the chairs *extended* the deadline", "la cumbre estaba prevista
    para el lunes, *cuando* los ministros la *aplazaron*"): the clause tells what happened
    on that day; the being, whether the parse hangs the clause on the date or on that
    verb, tells nothing that happened. A date with no verb of its own keeps its noun ("la
    silla vacía de X el 7 de enero, cuando X no acudió a la instalación")."""
    if main is None or verb_lemma(main) not in words_or("stative_verbs", span.doc.lang_, frozenset()) \
            or _placed(main):
        return None
    doc = span.doc
    k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if k >= len(doc) or doc[k].lower_ not in words_or("time_relatives", doc.lang_, frozenset()):
        return None
    verb = doc[k].head
    if verb.i <= k or verb.pos_ not in VERB_POS or verb.dep_ not in CLAUSE_DEPS or negated_verb([verb]):
        return None  # "..., cuando el jefe no acudió a la instalación": what did not happen dates nothing
    return verb


def _placed(verb: Token) -> bool:
    """Whether a place name hangs on ``verb`` through a preposition ("Osk *was in Velmar* in
    May when ..."): being somewhere is a presence, the clause's own act."""
    return any(g.ent_type_ in ("GPE", "LOC", "FAC") for c in verb.children if c.dep_ in ("prep", "obl")
               for g in (c, *c.children) if g.dep_ in ("pobj", "obl"))


def _past_act(verb: Token) -> bool:
    """A finite verb in the past: an act of its own that a date before it may date ("The
    man who met A in B, the author, | on Friday | signed the decree": the signing was on
    Friday), so a date set off from a clause of its subject by an apposition or by its own
    preposition is the main verb's, as the parse says."""
    return "Past" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", [])


CLAUSE_SEPARATORS = frozenset({";", ":"})


def _opens_a_clause(span: Span, main: Token | None) -> Token | None:
    """The verb of the clause a date opens after a semicolon or a conjunction, when the
    parse hangs the date on a verb before it (a chronology: "El 3 de mayo firmaron el
    pacto; el 29 de mayo Olano ganó las elecciones y el 2 de junio el Senado
    rechazó la ley": the winning on the 29th, the rejection on the 2nd): the first
    finite verb after the date, before the next separator or conjunction, with nothing
    but the date's preposition or article between it and the separator. Not a date after
    a conjunction that joins it to a date ("will free them on Thursday and on Friday,
    Relko said": two days of the freeing), nor a verb that governs the date's own
    ("talks will be held in Velna and on Friday in Kalvo, officials said")."""
    doc = span.doc
    if main is None or main.i > span.start or span.root.dep_ in SUBJECT_DEPS:
        return None
    at = span.start - 1
    while at >= 0 and doc[at].pos_ in ("ADP", "DET") and span.start - at <= 2:
        at -= 1
    if at < 0 or not (doc[at].text in CLAUSE_SEPARATORS or doc[at].pos_ == "CCONJ") \
            or at > 0 and doc[at - 1].ent_type_ in LABELS:
        return None
    for tok in doc[span.end:min(len(doc), span.end + 8)]:
        if tok.text in CLAUSE_SEPARATORS or tok.pos_ == "CCONJ" or tok.is_sent_end:
            return None
        if tok.pos_ in VERB_POS and "Fin" in tok.morph.get("VerbForm", []) and tok.i != main.i:
            return None if tok.is_ancestor(main) else tok
    return None


CLEFT_BLOCKERS = frozenset({"acomp", "attr"})  # "It was clear / a surprise in May that ...": no cleft


def _cleft(span: Span, main: Token | None) -> Token | None:
    """The verb of the clause a cleft sentence puts the date before ("It was here, in
    November, *that* the parties *reached* the understanding"; "It was on Monday *when* the
    rebels *attacked*"): the date is that clause's, not the copula's. The copula (a
    ``be_forms`` word) has a ``cleft_subjects`` subject ("it") and no adjective or noun
    but the date after it ("It was clear in March that ...", "It was a surprise on Monday
    that the talks had collapsed": no cleft, the date is the copula's; "It was Monday that
    ...": a cleft), and a ``cleft_marks`` word ("that",
    "when") opens the clause right after the date, punctuation aside."""
    if main is None or main.lower_ not in words_in_any("be_forms") or main.i > span.start:
        return None
    children = list(main.children)
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in words_in_any("cleft_subjects") for c in children) \
            or any(c.dep_ in CLEFT_BLOCKERS and not span.start <= c.i < span.end for c in children):
        return None
    doc, at = span.doc, span.end
    while at < len(doc) and doc[at].is_punct:
        at += 1
    if at >= len(doc) or doc[at].lower_ not in words_in_any("cleft_marks"):
        return None
    return next((c for c in children if c.dep_ in CLAUSE_DEPS and c.pos_ in VERB_POS
                 and c.i > at and doc[at].head.i == c.i), None)


def _reporting_before(span: Span) -> Token | None:
    """The reporting verb right before the date ("said on Wednesday he would not sign"),
    when the parse hangs the date on the verb of what was said: the date is the saying's."""
    k = span.start - 1
    doc = span.doc
    if k >= 0 and doc[k].pos_ == "ADP":
        k -= 1
    if k < 0 or doc[k].pos_ != "VERB" or doc[k].lemma_ not in words("reporting_verbs"):
        return None
    tok = span.root
    while tok.head.i != tok.i and tok.head.i != k:
        tok = tok.head
    return doc[k] if tok.head.i == k and tok.dep_ in ("ccomp", "advcl", "xcomp", "conj") else None


def subject_span(verb: Token, date: Span | None = None) -> tuple[int, int] | None:
    """Character offsets of who or what does ``verb``'s act (module docstring), or None.
    Neither the date itself (``date``: "el 25 de septiembre ... crearon", the parse
    taking the day for the subject) nor a noun after a finite verb that does not agree
    with it in number ("fijaron la agenda": the object) is the subject.

    >>> from kit.nlp.pipeline import get_nlp
    >>> d = get_nlp()("Santos is due to receive the prize in Oslo next month.")
    >>> start, end = subject_span(d[4])
    >>> d.text[start:end]
    'Santos'
    """
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS
                        and not (date is not None and date.start <= c.i < date.end)
                        and not _disagrees(c, verb)), None)
        if subject is not None and not (verb.dep_ in RELATIVE_DEPS and subject.lower_ in words_or(
                "relative_subjects", verb.doc.lang_)):
            return subject.left_edge.idx, _end(subject.right_edge)
        if _adjectival_participle(verb) and verb.head.pos_ in NOUN_POS and verb.head.i < verb.i:
            start = _noun_phrase(verb.head)[0]  # "El cruce de Lukeville, | cerrado en diciembre"
            words = [t for t in verb.doc[verb.head.i:verb.left_edge.i] if not t.is_punct]
            return start, _end(words[-1] if words else verb.head)
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUN_POS and not _adverbial_relative(verb):
            return _noun_phrase(verb.head)
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _adverbial_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause that a word of ``adverbial_relatives`` opens
    ("la Nunciatura, *donde* entró el domingo", "the city where ..."): it tells where or
    when, so the noun it hangs from is no subject of its act; a verb that carries its subject
    then says someone acted (:func:`implied_subject`).

    >>> from kit.nlp.pipeline import get_nlp
    >>> d = get_nlp()("They reached the town where troops had landed.")
    >>> _adverbial_relative(d[7]), _adverbial_relative(d[1])
    (True, False)
    """
    opening = words_or("adverbial_relatives", verb.doc.lang_, frozenset())
    return any(c.lower_ in opening and c.i < verb.i for c in verb.children)


def _disagrees(subject: Token, verb: Token) -> bool:
    """``subject`` stands after ``verb``, a finite verb marked for person, and is of
    another number, coordinated with nothing ("fijaron la agenda"): the parse took the
    object for the subject."""
    number, other = verb.morph.get("Number", []), subject.morph.get("Number", [])
    return (subject.i > verb.i and bool(verb.morph.get("Person", [])) and bool(number) and bool(other)
            and number != other and not any(c.dep_ == "conj" for c in subject.children))


def implied_subject(verb: Token | None) -> bool:
    """Whether ``verb``, with no subject of its own (:func:`subject_span`), carries it:
    a finite verb marked for person, as a language that leaves out its pronouns writes
    it ("En mayo, en Caracas, *fijaron* la agenda": they fixed). Its subject is then a
    pronoun the text leaves out: someone acts, as "they" would say in English. A verb
    of ``impersonal_verbs`` has none to carry ("*hubo* disparos en la frontera": there were).

    >>> from kit.nlp.pipeline import get_nlp
    >>> implied_subject(get_nlp()("Signed in May.")[0])
    False
    """
    return verb is not None and "Fin" in verb.morph.get("VerbForm", []) and bool(verb.morph.get("Person", [])) \
        and verb.lemma_.lower() not in words_or("impersonal_verbs", verb.doc.lang_, frozenset())


def _noun_phrase(noun: Token) -> tuple[int, int]:
    """The noun with the words before it and the name in apposition to it, before or
    after ("Zalmay Rahimyar, the American envoy", "the first ship, the Razoni")."""
    first = noun.head if noun.dep_ == "appos" and noun.head.pos_ in NOUN_POS else noun
    last = max((c.right_edge for c in noun.children if c.dep_ == "appos"),
               key=lambda t: t.i, default=noun)
    last = max([last, *(c for c in last.children if c.dep_ in ("flat", "compound") and c.i > last.i)],
               key=lambda t: t.i)  # "Freddy | Guevara", the name's last word hung on its first
    return first.left_edge.idx, _end(last)


def _end(token: Token) -> int:
    return token.idx + len(token)


def _noun_of_day_part(part: Token) -> Token | None:
    """The noun whose time a day part in apposition or modifying it gives: the one it
    hangs from ("la votación ..., la tarde del martes"), or, when the parse hangs both
    on a word that is no noun, the noun in apposition right before it ("— En Lima, la
    votación del tratado, la tarde del martes, ...": both on the dateline's dash); None without one.

    >>> from kit.nlp.pipeline import get_nlp
    >>> d = get_nlp()("The signing of the accord, the night of Thursday, was hailed.")
    >>> _noun_of_day_part(d[7]).text
    'signing'
    """
    if part.head.pos_ == "NOUN":
        return part.head
    if part.dep_ != "appos":
        return None
    before = [c for c in part.head.children if c.dep_ == "appos" and c.i < part.i]
    return before[-1] if before and before[-1].pos_ == "NOUN" else None


def dated_noun(span: Span, verb: Token | None) -> str | None:
    """Lemma of the noun the date ``span`` modifies (module docstring), or None.

    >>> from kit.nlp.pipeline import get_nlp
    >>> d = get_nlp()("He won the September election.")
    >>> dated_noun(d.ents[0], governing_verb(d.ents[0]))
    'election'
    """
    root = span.root
    head = root.head
    if root.dep_ == "npadvmod" and head.i < span.start and head.dep_ in ("dobj", "obj") \
            and verb is not None and head.head.i == verb.i:
        return None  # "announced the agreement | the next day": when the verb's act was done
    if root.dep_ in MODIFIER_DEPS and head.pos_ in NOUN_POS and head.i not in range(
            span.start, span.end):
        if head.lemma_.lower() in words_in_any("day_parts") and head.dep_ in ("appos", "nmod"):
            night = _noun_of_day_part(head)
            if night is not None:
                return night.lemma_.lower()  # "la votación ..., la tarde del martes": the vote's afternoon
        return head.lemma_.lower()
    if root.dep_ == "pobj" and head.dep_ == "prep" and (head.head.pos_ == "NOUN" or (
            head.head.pos_ == "PROPN" and head.head.lower_ in _named_event_words())):
        # "the ceasefire of May 1994", "the Stockholm Agreement of 13 December"; the event
        # noun whose place the noun is, when it names none: "an encounter in the same
        # village on 26 May" dates the encounter
        return _event_of_place(head.head) or head.head.lemma_.lower()
    if verb is not None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and (
            verb.i < span.start) and not _past_relative_clause(verb):
        return verb.head.lemma_.lower()
    if verb is not None and root.dep_ == "pobj" and head.lower_ == "on" and head.head.i == verb.i:
        # "to campaign for a Yes vote in the referendums | on 23 May": the parser hangs the
        # date on the verb; an event noun whose phrase ends right before "on", in a phrase of
        # another word than the verb ("a Yes vote in the referendums"; not "called for a
        # referendum on Monday") or in the verb's setting by a noun of an act done through
        # it ("approved in referendums on both sides of the border on May 22"; not "rejected
        # it at a news conference on Monday"), is what it dates; the nearest such noun first
        setting, by = words_in_any("setting_preps"), words_in_any("setting_nouns")
        for before in reversed(span.doc[verb.i + 1:head.i]):
            if before.dep_ == "pobj" and before.right_edge.i == head.i - 1 and (
                    before.head.head.i != verb.i or before.head.lower_ in setting
                    and before.lemma_.lower() in by):
                found = _event_word(before)
                if found is not None:
                    return found
    subject = _event_subject_before(span, verb)
    if subject is not None:
        return subject
    if verb is not None and verb.lemma_ in words_in_any("announcing_verbs"):
        # announcing does nothing itself: the event announced is what its date dates ("the
        # framework that the mediator announced on July 4", "confirmed the truce on Sunday");
        # not "reported the explosion on Tuesday", "denied the invasion on Monday"
        told = [verb.head] if verb.dep_ in ("relcl", "acl") and verb.head.i < span.start else []
        told += [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj")]
        return next((found for t in told if (found := _event_word(t)) is not None), None)
    return None


def _past_relative_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause (a relative pronoun of ``relative_pronouns``
    among its dependents, not the "que" of "desde que") told in the past: the Spanish
    parse labels it ``acl`` ("la tregua que el Frente declaró en marzo", "Ruiz, que fue
    reelegido este mes"), and its date is its own verb's, not a date of the noun it
    describes, as a participle's is ("the election scheduled for Sept. 28")."""
    relatives = words_in_any("relative_pronouns")
    if not any(c.lower_ in relatives and c.dep_ != "mark" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop")]
    return _finite_tense(verb, auxes) == "past"


def _event_subject_before(span: Span, verb: Token | None) -> str | None:
    """The event noun heading the subject of ``verb`` when the date ``span``, hung on the
    verb, follows that subject's phrase right away, before the verb: the date is the
    event's, the verb tells what it did since ("The *capture* of Osk earlier this month
    weighs on the truce", "La *firma* del acuerdo el lunes pasado abrió una etapa"); None
    for a subject that names no event ("The rebels last week captured the town")."""
    root = span.root
    if verb is None or root.head.i != verb.i or span.end > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < span.start), None)
    if subject is None or subject.right_edge.i + 1 != root.left_edge.i:
        return None
    return _event_word(subject)


def _event_of_place(noun: Token) -> str | None:
    """The event noun ``noun`` is the place of, when ``noun`` names no event itself: "an
    *encounter* in the same village", "talks at the hotel" (``noun`` the object of a
    preposition hanging on the event noun)."""
    if _event_word(noun) is not None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    return _event_word(noun.head.head)


def _event_word(token: Token) -> str | None:
    """The lemma (or, for a plural the lemma loses, the word: "talks") of an event noun."""
    if token.pos_ != "NOUN":
        return None
    return next((w for w in (token.lemma_.lower(), token.lower_) if w in _event_words()), None)


@lexicon_cache
def _event_words() -> frozenset[str]:
    """Nouns that name an event: a date hung on the act of telling of one dates it."""
    return _named_event_words() | words_in_any("ceasefire_nouns")


@lexicon_cache
def _named_event_words() -> frozenset[str]:
    """Event nouns that end the name of an event or agreement ("the Stockholm
    *Agreement*", "the Minsk *Protocol*"): a date after "of" dates it."""
    return words_in_any("agreement_nouns") | words_in_any("meeting_nouns") | words_in_any("event_nouns")


_UNREAD: Any = object()  # a noun cue not read yet (the callers that have it pass it)


def date_tense(span: Span, verb: Token | None, noun_cue: str | None = _UNREAD) -> str | None:
    """Tense of the clause that holds the date ``span``, for resolving it (module docstring)."""
    copula = _copula_above(span) if verb is None else None
    clause = tense(verb) if verb is not None else tense(copula) if copula is not None else None
    if _under_a_past_participle(span, verb):
        clause = "past"  # "el cese al fuego, pactado en junio, entrará en vigor": agreed before
    if _target(span):
        return None if clause == "past" else "future"
    if clause == "past" and _limit_given(span, verb):
        return None  # "les dio hasta el viernes": the limit given, ahead of the giving
    noun_cue = _cue_of_noun(span) if noun_cue is _UNREAD else noun_cue
    if clause is not None and noun_cue in words_in_any("forward_cues"):
        return "future"  # "arrived ahead of their summit on Tuesday": the summit is ahead
    if clause is not None and _dates_a_noun_after(span):
        return None if clause == "future" else "past"  # "will resume after a meeting on Monday"
    return clause


def _limit_given(span: Span, verb: Token | None) -> bool:
    """The date follows a cue of ``deadline_cues`` that ends a span (``span_end_cues``: "until",
    "hasta el") in a clause whose verb is one of ``deadline_giving_verbs`` ("gave them until
    Friday to answer", "les dio hasta el viernes para responder"): the time limit given, which
    a past giving does not put in the past. A deadline cue that ends no span dates the giving
    itself ("gave a speech before Friday's vote", "dio un discurso antes del viernes": past)."""
    if verb is None or verb_lemma(verb) not in words_in_any("deadline_giving_verbs"):
        return False
    found = cue_before(span.doc[span.sent.start : span.start].text_with_ws + span.text, span.text)
    return found is not None and found in words_in_any("deadline_cues") & words_in_any("span_end_cues")


def _dates_a_noun_after(span: Span) -> bool:
    """The date dates a noun that an ``after_preps`` word puts before the clause's act ("will
    resume *after a meeting* of donors here on Monday", "llega *tras la reunión* del viernes"):
    the noun is the object of the word (or has it as its case marker), and the date hangs
    below the noun, through prepositions and adverbs, with no verb between."""
    after = words_in_any("after_preps")
    tok = span.root
    for _ in range(5):
        if tok.head.i == tok.i or tok.head.pos_ in VERB_POS:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and (tok.head.lower_ in after and tok.head.i < tok.i or any(
                c.dep_ == "case" and c.lower_ in after for c in tok.children)):
            return True
    return False


def _adverb_date_as_a_noun(span: Span) -> bool:
    """``span`` is one word that is a date only as an adverb (``adverb_deictic`` of
    ``calendar_words.csv``: "recibirá *mañana*", tomorrow) and the parser read it
    otherwise ("por la mañana", the morning), or a modifier is before it and the
    patterns left it out of the date ("pasado mañana", the day after tomorrow, is a
    date of its own words): no date."""
    if len(span) != 1:
        return False
    words_of = calendar_words(span.doc.lang_)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[0].lower_ in words_of.get("adverb_deictic", {}) and (
        span[0].pos_ != "ADV" or before in words_of.get("before", {}))  # "pasado mañana": the day after


def _names_a_place(span: Span) -> bool:
    """``span`` opens with a day of the month right after a noun of ``date_named_nouns``
    ("la avenida 12 de Octubre", "el Hospital 12 de Octubre", "el Movimiento 19 de Abril"),
    or with a capital right after such a noun and its "de" ("la Plaza de Junio", "la
    Avenida de Julio"): the date is part of that place's or body's name, no date of the
    text. A date so placed as a date has a word between ("en la plaza el 12 de octubre",
    "la marcha del 9 de octubre"), and the languages with such nouns write their months
    in lower case ("a fines de mayo")."""
    doc = span.doc
    nouns = words_or("date_named_nouns", doc.lang_, frozenset())
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if span[0].like_num:
        return before.lower_ in nouns
    return span[0].is_title and before.lower_ == "de" and span.start > 1 \
        and doc[span.start - 2].lower_ in nouns


def numbers_a_document(span: Span) -> bool:
    """``span`` is a bare number (no other word of a date) right after a noun of
    ``numbered_nouns`` of any language, its sign of ``number_signs`` between if any, or the
    noun and its number alone ("Resolution 1929", "Decree 2071", "Order No. 1999", "la
    resolución n.º 1843", "Flight 1972"): the number tells that document (or flight, route,
    case) from the others of its kind, a name, no year. "the 1960 law", "la ley de 1960" date
    the law (:func:`names_a_thing`), and "Law 1448 of 2011" keeps "2011".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> numbered = lambda text, start, end: numbers_a_document(nlp(text)[start:end])
    >>> numbered("Decree 2071 passed", 1, 2), numbered("Order No. 1999 passed", 3, 4), numbered("Flight 1972", 0, 2)
    (True, True, True)
    >>> numbered("since 1999 passed", 1, 2), numbered("Decree 2071 of May 1999", 3, 5)
    (False, False)
    """
    nouns, signs = _numbered_nouns(), words_in_any("number_signs")
    words = [t for t in span if not t.is_punct]
    if not words or not words[-1].like_num or not words[-1].text.isdigit():
        return False
    before = [t.lower_ for t in span.doc[max(0, span.start - 3):span.start]] + [t.lower_ for t in words[:-1]]
    if before[-2:] and before[-1] == "." and before[-2] + "." in signs:
        before[-2:] = [before[-2] + "."]  # "No" "." as the tokenizer may split "No."
    if before and before[-1] in signs:
        before.pop()
    own = len(words) - 1  # the words of the span before its number: none, or the noun (and its sign)
    return bool(before) and before[-1] in nouns and (own == 0 or words[0].lower_ in nouns)


@lexicon_cache
def _numbered_nouns() -> frozenset[str]:
    """The ``numbered_nouns`` of every language, singular and plural ("resolution",
    "resolutions", "decreto", "decretos")."""
    return frozenset(n + s for n in words_in_any("numbered_nouns") for s in ("", "s", "es"))


def _copula_above(span: Span) -> Token | None:
    """The copula of the predicate that heads the clause of ``span`` when no verb does
    (the Universal Dependencies parse: "La reunión del viernes | fue | decisiva", the
    adjective heads), or of the date itself when it is the predicate ("La firma | será |
    el jueves"): its tense is the clause's; none above a participle the parser takes
    for an adjective, which tells its own act ("la Conferencia, instalada el sábado, fue
    la primera")."""
    tok = span.root
    own = next((c for c in tok.children if c.dep_ == "cop"), None)
    if own is not None:
        return own
    while tok.head.i != tok.i:
        tok = tok.head
        if "Part" in tok.morph.get("VerbForm", []):
            return None
        copula = next((c for c in tok.children if c.dep_ == "cop"), None)
        if copula is not None:
            return copula
    return None


def _under_a_past_participle(span: Span, verb: Token | None) -> bool:
    """The date hangs, below ``verb``, on a participle the parser takes for an adjective
    ("pactado en junio": ADJ with VerbForm=Part and no present tense), not one of a plan
    ("previstas para marzo": ``planning_verbs``)."""
    if verb is not None and _adjectival_participle(verb):  # the date's own verb (:func:`governing_verb`)
        return "Pres" not in verb.morph.get("Tense", []) and not _after_an_accentless_future(verb, [])
    token, seen = span.root, 0
    while token.head.i != token.i and seen < 4 and (verb is None or token.head.i != verb.i):
        token, seen = token.head, seen + 1
        if token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm", []) \
                and "Pres" not in token.morph.get("Tense", []) and not _after_an_accentless_future(token, []):
            return token.lemma_.lower() not in words_in_any("planning_verbs")  # "previstas para marzo": a plan
    return False


def _target(span: Span) -> bool:
    """The date is the object of a prospective preposition: "for Monday", "to Monday"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in words("prospective_preps")


def tense(verb: Token, depth: int = 0) -> str | None:
    """Tense of the clause ``verb`` heads: "past", "present", "future" or None."""
    if past_taken_for_a_noun(verb):
        return "past"
    if depth < 4 and _subjunctive_of_a_sequence(verb):
        above = governing_verb(verb.doc[verb.i : verb.i + 1])
        if above is not None and tense(above, depth + 1) == "past":
            return "past"  # "ordenó ayer ..., tres días después de que cruzaran la frontera el jueves"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    # "haber de" with an infinitive is a duty, no perfect ("el acuerdo ha de firmarse el viernes")
    perfect = any(_perfect(a) for a in auxes) and "Inf" not in verb.morph.get("VerbForm", [])
    if perfect and aux_words & words("perfect_modals"):
        return "past"  # "should not have stopped in May", "may have crossed on Friday": what was (not) done
    if aux_words & words("future_aux") or any("Fut" in a.morph.get("Tense", []) for a in auxes):
        return "future"  # "will", and a perfect in the future: "habrá concluido el viernes"
    if _after_an_accentless_future(verb, auxes):
        return "future"  # "sera firmado el viernes": "será", its accent dropped, parsed as no auxiliary
    if aux_words & words("possibility_aux") and not any(c.dep_ == "neg" for c in verb.children) \
            and not perfect:
        return "future"  # "the signing could take place on Sunday"; not "could not attend", "could have met"
    if _bare_infinitive(verb, auxes):
        return _infinitive_tense(verb, depth)
    if (_planning(verb) or _scheduled(verb, perfect)) and _finite_tense(verb, auxes) == "present":
        return "future"
    finite = _finite_tense(verb, auxes)
    if perfect and finite != "future":  # "have laid out", "ha empezado"; not "habrá firmado"
        return "past"
    if finite == "present" and verb.dep_ == "advcl" and verb.head.pos_ in VERB_POS and depth < 4 \
            and tense(verb.head, depth + 1) == "future":
        return "future"  # "will brief him when he meets Trump on Monday"
    if finite is not None:
        return finite
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd") and \
            verb.head.lemma_ in ("have", "get") and depth < 4:  # "hope to have it agreed"
        return tense(verb.head, depth + 1)
    if (verb.tag_ == "VBN" or ("Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []))) \
            and not _infinitive_auxes(auxes):  # "ser elegidos el domingo": the clause above tells
        return "past"  # "the round held on Friday", "el cese al fuego, pactado en junio"
    if verb.head.i != verb.i and depth < 4:  # participle: the tense of the clause above
        above = governing_verb(verb.doc[verb.i : verb.i + 1])
        return tense(above, depth + 1) if above is not None else None
    return None


def _subjunctive_of_a_sequence(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that a word of ``sequence_conjunctions`` opens ("después de
    que", "antes de que") and is an imperfect subjunctive: so tagged, or in an ending of one
    (``unaccented_futures``: "-ara", "-aran", "-iera") that the parse read as a present or, the
    accent dropped, a future ("cruzaran", lemma "cruzarar"). After a past verb, that is the
    sequence of tenses of a past act ("ordenó ayer el regreso, tres días después de que
    cruzaran la frontera el jueves": the past Thursday); a present subjunctive tells an act
    still ahead ("ordenó que regresen antes de que lleguen el jueves")."""
    mood, when = verb.morph.get("Mood", []), verb.morph.get("Tense", [])
    if not ("Sub" in mood and "Imp" in when or "Sub" not in mood and "Pres" in when
            and _ends_in(verb, "unaccented_futures")):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if not marks:
        return False
    last = max(marks, key=lambda c: c.i).i + 1
    before = " ".join(t.lower_ for t in verb.doc[max(0, last - 4): last])
    return any(before == p or before.endswith(" " + p) for p in _sequence_conjunctions(verb.doc.lang_))


@lexicon_cache
def _sequence_conjunctions(lang: str) -> frozenset[str]:
    return frozenset(words_or("sequence_conjunctions", lang, frozenset()))


def _bare_infinitive(verb: Token, auxes: list[Token]) -> bool:
    """An infinitive: after "to", or, in a language that marks it in the verb's form, a
    complement of the verb above with no auxiliary of its own ("acordaron *volver* a reunirse
    el 11 de noviembre") or only infinitive ones ("quieren *ser recibidos* el lunes",
    :func:`_infinitive_auxes`): its act is what the verb above plans, not told in its tense."""
    if any(a.lower_ == "to" for a in auxes) and verb.tag_ in ("VB", "VBN"):
        return True
    infinitive = "Inf" in verb.morph.get("VerbForm", []) and not auxes or _infinitive_auxes(auxes)
    return infinitive and verb.dep_ == "xcomp" and verb.head.pos_ in VERB_POS


def _infinitive_auxes(auxes: list[Token]) -> bool:
    """Whether the auxiliaries of a verb are infinitives and none a perfect's: a passive
    infinitive ("ser elegidos", "ser recibidos el lunes"), whose act is told by the clause
    it depends on ("podrán votar y ser elegidos en las elecciones del domingo"), not past
    for its participle."""
    return bool(auxes) and all("Inf" in a.morph.get("VerbForm", []) for a in auxes) \
        and not any(_perfect(a) for a in auxes)


def _infinitive_tense(verb: Token, depth: int) -> str | None:
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and _ranked(head) and depth < 4:
        above = governing_verb(verb.doc[head.i : head.i + 1])  # "the first ship to sail"
        return tense(above, depth + 1) if above is not None else None
    if _planning(head) or _copula_of_a_plan(verb, head):
        # "hoped to sign", "is expected to ratify", "were due to start", "is to take command"
        clause = head.head if head.pos_ not in VERB_POS and head.head.i != head.i else head
        past = clause.pos_ in VERB_POS and tense(clause, depth + 1) == "past" and depth < 4
        return None if past and not _present_perfect(clause) else "future"  # a past plan: either side
    if head.i == verb.i or head.pos_ not in VERB_POS or verb.dep_ in ("acl", "relcl"):
        above = governing_verb(verb.doc[head.i:head.i + 1]) if head.i != verb.i and depth < 4 else None
        if above is not None and above.i != verb.i and tense(above, depth + 1) == "past":
            return None  # "an attempt to hold talks in September collapsed": a past plan, either side
        return "future"  # "the talks, to be attended by ...": prospective
    told = tense(head, depth + 1) if depth < 4 else None
    if told == "past" and verb.dep_ == "advcl":
        return None  # "summoned them to talks, to open on Feb. 6": a purpose, after a past act, either side
    return told


def _copula_of_a_plan(verb: Token, head: Token) -> bool:
    """ "NATO *is* to take command": the infinitive is what is to happen; not when the
    subject is what the infinitive defines ("the first act was to sign"), nor an idiom
    ("is to blame")."""
    if verb.dep_ != "xcomp" or head.lemma_ not in words("planning_copulas") \
            or verb.lemma_ in words("copula_idioms"):
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(s.lemma_.lower() in words("copula_subjects") for s in subjects)


def _perfect(aux: Token) -> bool:
    """ "have", "haber" (``perfect_aux``), whatever pronoun is glued to it (:func:`verb_lemma`)."""
    return verb_lemma(aux) in words_in_any("perfect_aux")


def _present_perfect(verb: Token) -> bool:
    """ "has called on them to vote": the plan still holds, so it points ahead."""
    return any(a.lemma_ == "have" and "Pres" in a.morph.get("Tense", [])
               for a in verb.children if a.dep_ == "aux")


def _ranked(noun: Token) -> bool:
    """ "the first ship", "the last convoy", "the largest cargo": an infinitive after it
    is not a plan ("the first ship to sail" sailed)."""
    return any(c.ent_type_ == "ORDINAL" or c.tag_ in ("JJS", "RBS") or c.lower_ in ("last", "only")
               for c in noun.children if c.dep_ in ("amod", "advmod", "nummod", "det"))


def _planning(verb: Token) -> bool:
    """A planning verb of any language ("schedule", "convocar": "la reunión ha sido
    convocada para el viernes" is a plan that still holds, as "has been scheduled" is)."""
    return verb.lemma_.lower() in words_in_any("planning_verbs") or verb.lower_ in planning_forms()


def _scheduled(verb: Token, perfect: bool) -> bool:
    """A scheduled act told in the present, not the perfect: the act is ahead ("the truce
    *begins* Friday", "la tregua *empieza* el viernes": ``onset_verbs``; not "has begun",
    nor an agent's act, :func:`_agent_acting`)."""
    return not perfect and verb.lemma_.lower() in words_in_any("onset_verbs") and not _agent_acting(verb)


def _agent_acting(verb: Token) -> bool:
    """The verb has a subject and a direct object: someone starts something ("soldiers open
    fire on Friday", "X opens the session", a caption's or a headline's present, as often past
    as ahead), not a thing that starts ("the truce begins", "empiezan las conversaciones": the
    Spanish parser takes a subject after its verb for an object)."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubj", "nsubjpass"}) and bool(deps & {"dobj", "obj"})


def _finite_tense(verb: Token, auxes: list[Token]) -> str | None:
    for tok in (*auxes, verb):
        if "Cnd" in tok.morph.get("Mood", []) and "Fin" in tok.morph.get("VerbForm", []):
            # Spanish "firmaría", "podría firmarse" as "would", "could"; "habría firmado" is past
            return "past" if any(_perfect(a) for a in auxes) else "future"
        value = tok.morph.get("Tense", [])
        if value and "Fin" in tok.morph.get("VerbForm", []):  # Spanish: Imp(erfect), Fut(ure) too
            if _future_without_its_accent(tok) or _present_read_for_an_accentless_future(tok):
                return "future"
            if _past_without_its_accent(tok):
                return "past"
            return "past" if value[0] in ("Past", "Imp", "Pqp") else "future" if value[0] == "Fut" else "present"
    return None


_ACCENTED = re.compile(r"[áéíóúÁÉÍÓÚ]")


def _present_read_for_an_accentless_future(tok: Token) -> bool:
    """A verb the parse reads as a present whose form is a future without its accent
    (:func:`kit.extract.lemmas.accentless_future`: "firmaran", lemma "firmarar", is
    "firmarán"; no present is so made: "firman", "firmen"). Not in a clause a conjunction
    opens ("después de que cruzaran", "pidió que firmaran"): there the form is an imperfect
    subjunctive as often."""
    return "Pres" in tok.morph.get("Tense", []) and accentless_future(tok) \
        and not any(c.dep_ == "mark" for c in tok.children)


def _after_an_accentless_future(verb: Token, auxes: list[Token]) -> bool:
    """A participle or infinitive after a future without its accent that the parse took for
    no verb ("sera juramentado el viernes", "estaran reunidos", "sera" read as an adjective)
    or for an auxiliary with no tense: the auxiliary of a future, "será juramentado". The
    word right before the verb, with no article of its own ("la ira desatada" is a noun)."""
    if not {"Part", "Inf"} & set(verb.morph.get("VerbForm", [])) or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before in auxes:
        return not before.morph.get("Tense", []) and accentless_future(before)
    return before.pos_ not in ("NOUN", "PROPN") and not any(c.dep_ == "det" for c in before.children) \
        and before.i > 0 and verb.doc[before.i - 1].pos_ != "DET" and accentless_future(before)


def _future_without_its_accent(tok: Token) -> bool:
    """An imperfect subjunctive in "-ara", "-era", "-ira" or their plurals "-aran", "-eran", "-iran"
    (``unaccented_futures``) heading the sentence, or a relative clause under a present or a
    future (:func:`_relative_under_a_present`), in an article written without accents: the
    future ("firmará", "volverán") with its accent dropped ("El jueves se firmara el acuerdo",
    "las partes volveran a reunirse el viernes", "X sigue siendo el favorito, que el 27 de
    mayo se enfrentara a Y"); a main clause seldom has that subjunctive, nor a relative clause
    whose sentence tells the present (after a past, "eligieron a quien firmara", it is one)."""
    if "Sub" not in tok.morph.get("Mood", []) or "Imp" not in tok.morph.get("Tense", []):
        return False
    if tok.dep_ != "ROOT" and not _relative_under_a_present(tok):
        return False
    return _accent_dropped(tok, "unaccented_futures")


def _relative_under_a_present(tok: Token) -> bool:
    """Whether ``tok`` heads a relative clause (a relative pronoun is its argument: "que",
    "quien"; the clause's head's where the parse made ``tok`` its copula or auxiliary) and
    the first finite verb above it is a present or a future of the indicative."""
    clause = tok.head if tok.dep_ in ("cop", "aux") and tok.head.i != tok.i else tok
    if not any("Rel" in c.morph.get("PronType", []) and c.dep_ in ("nsubj", "obj", "iobj", "obl")
               for c in (*tok.children, *clause.children)):
        return False
    head = _finite_verb_above(clause)
    if head is None or head.i in (tok.i, clause.i):
        return False
    return "Ind" in head.morph.get("Mood", []) and head.morph.get("Tense", [""])[0] in ("Pres", "Fut")


def _finite_verb_above(tok: Token, steps: int = 8) -> Token | None:
    """The first finite verb above ``tok``: its :func:`governing_verb`, else the one that
    governs that verb, and so on (``steps`` at most); None when there is none."""
    verb = governing_verb(tok.doc[tok.i : tok.i + 1])
    for _ in range(steps):
        if verb is None or "Fin" in verb.morph.get("VerbForm", []) and verb.pos_ in VERB_POS:
            return verb
        verb = governing_verb(verb.doc[verb.i : verb.i + 1])
    return None


def _past_without_its_accent(tok: Token) -> bool:
    """A third person the parse reads as a present, in an ending no present's third person
    has (``unaccented_pasts``), in an article written without accents: the past ("se
    cumplió") with its accent dropped ("la tregua se cumplio el sabado"); not with a
    subject in the first person, whose present the ending is ("yo firmo el viernes"). A
    present the parse reads as the first person's is one too when a noun or a name is
    its subject ("la tregua que ETA declaro en marzo": a first person's subject is a
    pronoun, or none)."""
    person = tok.morph.get("Person", [])
    if "Pres" not in tok.morph.get("Tense", []) \
            or any(c.dep_ == "nsubj" and "1" in c.morph.get("Person", []) for c in tok.children):
        return False
    if "3" not in person and not ("1" in person and _named_subject(tok)):
        return False
    return _accent_dropped(tok, "unaccented_pasts")


def _named_subject(tok: Token) -> bool:
    """Whether a noun or a name is ``tok``'s subject ("ETA declaro", "el atentado acabo")."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def _accent_dropped(tok: Token, endings_list: str) -> bool:
    """``tok`` ends in a word of ``endings_list`` and its article is written without accents."""
    if not _ends_in(tok, endings_list):
        return False
    return not _ACCENTED.search(doc_text(tok.doc))  # read only for such a verb: seldom


def _ends_in(tok: Token, endings_list: str) -> bool:
    """``tok`` ends in a word of ``endings_list`` (in its language)."""
    endings = tuple(words_or(endings_list, tok.doc.lang_, frozenset()))
    return bool(endings) and tok.lower_.endswith(endings)


def cue(span: Span, noun_cue: str | None = _UNREAD) -> str | None:
    """Cue words before ``span`` ("since", "ahead of") or its leading modifier ("last")."""
    sent = span.sent
    # "expected to last | two days": the verb "last" before the span is no cue of the date
    acted = _complement_of_the_verb_before(span)
    # the sentence's text up to the span (``doc.text`` would rebuild the whole text)
    before = span.doc[sent.start : span.start].text_with_ws + span.text
    found = None if acted else cue_before(before, span.text)
    if found is not None:
        return found
    found = _cue_of_noun(span) if noun_cue is _UNREAD else noun_cue
    if found is not None:
        return found
    prev = span.doc[span.start - 1] if span.start > sent.start and not acted else None
    if prev is not None and prev.lower_ in words("cue_words"):
        return prev.lower_
    first = span[0].lower_
    return first if first in words("date_modifiers") else None


def _complement_of_the_verb_before(span: Span) -> bool:
    """The word right before ``span`` is a verb (not one used as a preposition: "following
    Tuesday's vote") with ``span`` as its object or its adverb of time ("will last | three
    days", "lasted | two weeks"): that word is the act's, no cue of the date, even when it
    is written as one ("last")."""
    if span.start == span.sent.start:
        return False
    verb = span.doc[span.start - 1]
    return verb.pos_ == "VERB" and verb.dep_ not in ("prep", "case", "mark") \
        and span.root.head.i == verb.i and span.root.dep_ in ("dobj", "obj", "npadvmod", "obl")


def _cue_of_noun(span: Span) -> str | None:
    """The cue phrase before the noun the date ``span`` dates ("*ahead of* their summit on
    Tuesday"); a bound there ("since the ceasefire of May 1994") bounds the noun: none."""
    root, sent = span.root, span.sent
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in NOUN_POS \
            and root.head.head.i < span.start:
        noun = span.doc[root.head.head.left_edge.i : root.head.head.i + 1]
        if noun.start > sent.start:
            found = cue_before(span.doc[sent.start : noun.start].text_with_ws + noun.text, noun.text)
            if found is not None and found not in words("boundary_cues"):
                return found
    return None


def clause_span(span: Span, verb: Token | None) -> tuple[int, int]:
    """Character offsets of the clause around ``span`` governed by ``verb``."""
    sent, doc = span.sent, span.doc
    if verb is None:
        lo, hi = sent.start, sent.end - 1
    else:
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        inside = _clause_member(verb, span.root)
        lo, hi = min(span.start, verb.i), max(span.end - 1, verb.i)
        while inside(lo - 1):
            lo -= 1
        while inside(hi + 1):
            hi += 1
    while lo < hi and _trimmed(doc[lo]):
        lo += 1
    while hi > lo and _trimmed(doc[hi]):
        hi -= 1
    last = doc[hi]
    return doc[lo].idx, last.idx + len(last)


def _trimmed(token: Token) -> bool:
    """Punctuation, space or a conjunction: not part of a clause's edge."""
    return token.is_punct or token.is_space or token.dep_ == "cc"


def _clause_member(verb: Token, keep: Token) -> Callable[[int], bool]:
    """Whether token ``i`` is in ``verb``'s subtree but not in a clause hanging off
    it (a child in ``CLAUSE_DEPS``) that does not hold ``keep``; asked of the few
    tokens around an expression, so the subtree is never listed."""
    doc, top = verb.doc, verb.i
    cut = {c.i for c in verb.children
           if c.dep_ in CLAUSE_DEPS and c.i != keep.i and not c.is_ancestor(keep)}
    first, last = verb.left_edge.i, verb.right_edge.i

    def member(i: int) -> bool:
        if not first <= i <= last:
            return False
        token, below = doc[i], -1
        while token.i != top:  # climb to the verb; ``below`` is the child of it passed
            head = token.head
            if head.i == token.i:
                return False
            below, token = token.i, head
        return below not in cut

    return member
