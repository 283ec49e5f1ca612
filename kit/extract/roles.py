"""Roles and sides: what kind of actor each entity mention is, read from the text.

For every name-like entity (PERSON, ORG, GPE, NORP, LOC, FAC) one row says

- ``kind``: ``person``, ``organization``, ``government`` (a country, capital
  or institution acting: "Mexico began deportations", "the White House"),
  ``group`` ("Venezuelans"), or a non-actor use: ``place`` ("meet in
  Washington"; a name a locative preposition ties to a noun, "el exilio en México"; a name headed by a facility noun after a preposition of place,
  "in the Oval Office", "at the Capella Hotel"; an organisation's name that
  names no organisation there, "the plant at Fordow"; a capital or city naming an
  accord or talks, "the Helsinki accord": :mod:`kit.extract.places`;
  the place of a dateline, "SEOUL —": :mod:`kit.extract.datelines`),
  ``modifier`` ("U.S. officials", "Mexico's Secretary ..."), ``title`` (an
  entity inside a title such as "Secretary of State") and ``other`` (a
  vehicle, "a U.S. Air Force C-17"; a dateline's outlet, "(Reuters)"; any
  other label); a name of another language that ``glossary.csv`` gives as a state's
  body ("la Policía", "el Comando Conjunto": Police, Joint Command) is an organisation
  whatever label NER gave it, and, as a ministry is, no side of its own;
- ``role``: the title before the name ("Homeland Security Secretary Alejandro
  Mayorkas"), or in an apposition ("Kate Lobo, the Honduran chief negotiator,"; "X, the
  White House spokeswoman,": a title of the lexicon that opens with an institution is read whole;
  "Its envoy, Tomás Ferrer,"; a plural title before a list that a word of ``member_preps``
  opens, in the singular: "con comandantes como A y B", commander; "commanders inside the
  country, among them A"; "A and B, both negotiators", a count of ``group_counts`` before it), with its complement ("Under Secretary of State
  for Political Affairs", "head of the Atomic Energy Organization of Iran") and
  an organisation written right before it ("IAEA Director General"); a rank or a
  calling before the name, which is no office (``scope`` ``person`` in the title lexicon:
  "Major General X", "Archbishop X", "the French diplomat X"), only when no apposition
  gives an office ("Col. X, a military spokesman,": military spokesman), and so is an office
  held before ("Former President X, one of the three African Union mediators,": the
  mediator's; the number of holders is no part of the title); a rank inside
  another name is no title ("General Motors"); the title after "as" that a verb of
  ``appointing_verbs`` gives its object or passive subject ("X was sworn in as Valdonia's
  prime minister"; an organisation before the title is its side: "X was named as the UN special
  envoy"), over an apposition that is no office ("X, an economist, was sworn in as ...") or
  one held before ("X, the former president of Ruritania, was named as ...");
  with none of these, head of government for one whose government the text names ("el
  gobierno de X", "the government of X"), weakly of the one state the article names with that noun,
  and leader for the owner of a party or armed group ("la UNAR de X": its side too, below);
- ``side``: the country or non-state party the actor speaks for, read in this
  order: a possessive ("Mexico's") or demonym ("Mexican President"; one of two words
  names its community's own party, "Bosnian Serb leader": Republika Srpska, tagged
  whole by :func:`kit.lexicon.patterns.demonym_patterns`), an
  institution ("White House"), the country's own name; a state a state's office holder or
  monarch is written as the owner of, no noun after it ("King Hussein's Jordan, invited to
  join,"; not "President X's Ukraine policy"); for an organisation, an international
  body written as its owner ("the African Union's Panel of ...": the AU); "the group's"/"the
  government's" read back to the organisation or country they stand for, and
  "the council's" / "the military council's" to the organisation named earlier
  whose name ends with that noun ("the Transitional Military Council"); the
  body or country a relative possessive follows, for the title after it ("the
  ASEAN, whose Secretary-General X attended", as "ASEAN, whose secretary-general,
  X,"), and for the people a verb of ``membership_verbs`` or ``leading_verbs`` in that
  clause has make up or head what it owns ("El FPL, cuya dirección integran A y B"); a
  title that names or implies a country ("Secretary of State", "... of Iran"), or a
  second title joined to it ("speaker of the Assembly and head of the Bolivian delegation");
  a place after the name ("Charles Pemberly of New York"); the party after "for"
  ("Humberto de la Serna for the government and Iván Berrocal for the FARC"; or after an
  apposition of the name, over the body it names: "X, a leader of A, for B"; or after a
  phrase of ``representing_preps``, "X en nombre de la ONU", "on behalf of", over a
  nationality; after such a phrase a person is whom X works for, "X en nombre de Y": Y's
  side, lent by the registry, and no nationality of X's;
  a country or capital the model left untagged too: "Vasko Trajanovski for Skopje");
  weakly, the organisation of the last of a list of names ("A and B of the Community
  of San Rocco"; not a state: "Presidents A and B of Bolivia" are often of two);
  weakly, for one no other reading gives a side, the party or armed group the person is
  written as the owner of ("la UNAR de X", "X's UNAR", "la UNAR, el movimiento armado de
  X": an organisation of no state);
  the party of a header before a list ("For the Southern Front: A, B and C"; in a sentence with no
  verb, after a comma: "Por el Frente Sur, D, con comandantes como E y F"), or of such a phrase
  opening the clause that names them ("Por el Frente Sur negociaron A y B", "Por el Frente Sur se
  sentaron A y B", "y, por el Frente Sur, C") or set after a list of them ("A y B, por la
  Comandancia del Frente Sur;", its last name one word the model tagged a place: "los
  comandantes A y B, por el Frente Sur"), over a
  body that is no state (a faction's name: "del Bloque Norte"); the party of the complement of
  a plural title among whose holders a sentence names them ("Entre los negociadores del Frente
  figura A": the body named before whose name "Frente" opens; "Among the negotiators of the
  Front is B"), who hold that title if they are given none;
  a people's adjective of no nationality before a title that is no state's office
  ("Orvist leader X", "The Orvist negotiator, Y,"; cue ``party adjective: Orvist``), which
  the registry ties to the organisation of the corpus named with that word, or drops;
  an organisation that is no state's ("Taliban spokesman", "chair of the
  Norwegian Nobel Committee": the organisation), or the one whose body it is named as,
  if the article names that one on its own ("X, de la Dirección Nacional del FPL": the FPL); names listed against the
  countries of a plural title take them in order ("the foreign ministers of
  Britain, France and Germany — A, B and C"), and, weakly, names listed under the
  title of "the N countries" the N states of the nearest list of as many states
  ("The prime ministers of Portugal, Estonia and Mongolia ... The trade ministers of
  the three countries, A, B and C"), and so do, weakly, names set off after a plural
  title that is the object of a list of as many states ("Britain, France and Germany
  sent senior diplomats: A, B and C"), unless the text states another side for one of
  them (names opening the next sentence take none: nothing says in which order); a demonym before a title that is
  no office ("the French diplomat"), or before a name with no title at all ("el
  francés X", "Palestinian X") or with only an office of an international body set after
  it ("el uruguayo X, enviado especial de la OEA"), and a country after a name given with
  a rank ("Maj. Gen. X of Finland"), is a nationality, a weak side that an office in an
  international body the person is given ("..., the UNMIL force commander"; "el secretario
  general de la ONU, el peruano X": the apposition before the name is read across the demonym,
  which, for a state's office, "el presidente, el chileno X", is its state), leading
  or belonging to a group replaces ("the U.N. mission, led by ...", "U.N. observers, under ...", "the delegation,
  which includes ...", "The alliance, which calls itself X, groups ...", "The Estonian team, A, B and C, ...", "The team was led by
  D. It included E.", "On the Estonian side, F and G lead ..."; a bare "the team" or
  "the panel" is the organisation named before it with that head, "a new Joint Monitoring
  Team ... The team is chaired by H", "the Panel of Elders ... The panel includes I", and
  "It is led by J" after "The Truce Mission ..." is the mission's); last, a demonym earlier in
  the sentence; a cleric's calling, weakly, the church it is of, over his nationality and
  not the state of his see nor the one a bare office implies (the title lexicon's ``side`` of
  a title of no office: "Cardinal X", "el arzobispo de Tegucigalpa, X", "the Secretary of State,
  Cardinal X": the Catholic Church; "the Cardinal Secretary of State", a nuncio: the Holy See),
  or, for a state's office ("Interior Minister", "former
  President": ``scope`` ``state`` in the title lexicon), the one state the
  article names (:mod:`kit.extract.governments`), or, for the first person of
  the lead of a story filed from a capital, that capital's state ("MOSCOW —
  President Oleg Vorontsev said"; the capital read as written, "CIUDAD DE
  MÉXICO.—", however NER splits it), or, in a story filed from one capital that
  names no state at all, that capital's state, or, for the one holder of a bare
  office in a story filed from the capital of the state it names most, that state
  ("WASHINGTON — ... Vice President Dale Harrow"), or, for one a verb makes the head of a
  state's body named without its state ("la Cancillería, que dirige X"), in a story filed
  from a capital, however many states it names, that capital's state; all with cue ``context: ...``, ranked below
  stated sides by the registry. A place the sentence is set
  in ("in Havana") never gives a side: talks are often held in a third country.
  A country complement is the side, not the role ("Emir of Qatar": Emir, Qatar), and
  so is an organisation owning the group noun of a Spanish complement ("jefe de la
  delegación del Frente Amplio": head of the delegation, Frente Amplio), and an adjective
  after that noun that says whose group it is ("jefe de la delegación venezolana": head of
  the delegation, Venezuela; "la delegación guerrillera": ``owner_adjectives``);
  so is a demonym after the title, as Spanish writes it ("el presidente
  cubano": President, Cuba; set off after the name, "X, jefe negociador paraguayo,":
  chief negotiator, Paraguay), and "del gobierno" reads back as "the government's";
  Spanish "su" before a title stands for the subject of its clause ("Canadá está
  representado por su enviado especial, X": Canada; a person named there is the
  affiliation, "La canciller A llegó con su asesor, B").
- ``side_cue``: the words the side was read from; ``side_cue_kind``: the kind of
  reading, where a later stage tells it apart (:class:`kit.extract.sidecues.CueKind`: "bare
  government" for a state read from "the government" standing alone, "nationality", "calling",
  "bare office filed" for the weak sides the registry reads so, "title" for the state a bare
  title implies); ``affiliation``: the
  organisation (or, for an aide, the person: "Nazari's adviser", "a spokesman
  for Antonio Valadares, X", "his spokesman, X" after Valadares) the actor
  works for, or the person a relative is kin to ("Kim's sister, X") or married to ("the
  first lady, X": the president of her family name), or who held
  the same office before or after ("his predecessor, X", "A, who succeeded B as
  foreign minister"), or the person they accompany ("Lo acompañaron el canciller X
  y la ministra Y", "accompanied by X"). :mod:`kit.actors` carries sides across the corpus and lends a
  person's side to one affiliated with them.

The lexicons are data, read through :mod:`kit.lexicon.files`:
``kit/lexicon/data/titles.csv`` (``title,kind,side,ruler,lang,scope``; kind is
``title``, ``modifier``, ``postmodifier`` or ``regnal``; scope ``state`` or ``body``) and ``kit/lexicon/data/demonyms.csv``
(``term,country,kind,lang``; kind is ``country``, ``demonym``, ``capital`` or
``institution``), the country variants of :mod:`kit.lexicon.canonical` and the
word lists ``determiners``, ``government_words``, ``locative_preps``, ``place_preps``,
``facility_nouns``, ``vehicle_nouns``, ``group_anaphors`` and ``state_anaphors``
(:func:`kit.lexicon.wordlists.words`). Add rows to extend them.

Examples
--------
kit runs :func:`extract` on each Doc with its shared inputs
(:mod:`kit.extract.inputs`); :func:`kit.nlp.rows.doc_tables` does the same on one Doc:

>>> from kit.nlp.pipeline import get_nlp
>>> from kit.nlp.rows import doc_tables
>>> doc = get_nlp()("Mexico's Secretary of Foreign Affairs Elena Berrocal met Antony Marsden.")
>>> rows = doc_tables(doc, ["roles"])["roles"]
>>> [(r["canonical"], r["role"], r["side"]) for r in rows if r["kind"] == "person"]
[('Elena Berrocal', 'Secretary of Foreign Affairs', 'Mexico'), ('Antony Marsden', '', '')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

from kit.extract.bylines import opens_byline
from kit.extract.datelines import dateline_spans, in_dateline
from kit.extract.governments import state_mentions
from kit.extract.headships import headed_bodies
from kit.extract.lemmas import participle_infinitive
from kit.extract.phrases import ACTOR_KINDS as ACTOR_KINDS
from kit.extract.phrases import (
    APPOSITION_END,
    BARE_OFFICE_FILED,
    COMPLEMENT_MAX,
    HYPHENS,
    PASSIVE_SUBJECT_DEPS,
    POSSESSIVE,
    SUBJECT_DEPS,
    Entity,
    PhraseReader,
    nationals,
    negated_verb,
)
from kit.extract.phrases import COLUMNS as COLUMNS
from kit.extract.phrases import CONTEXT_CUE as CONTEXT_CUE
from kit.extract.phrases import LABELS as LABELS
from kit.extract.places import (
    is_crossed,
    is_destination,
    is_named_place,
    is_vehicle,
    is_venue,
    modifies_a_venue,
    names_a_street,
    names_a_vehicle,
    names_a_venue,
    names_an_accord,
    opens_as_common_word,
    place_words,
    preposition,
)
from kit.extract.quotation import quotation_spans
from kit.extract.sidecues import (
    FORMER_OFFICE,
    Cue,
    CueKind,
    cue_kind,
    government_nouns,
    of_noun,
    reworded,
)
from kit.extract.titles import DEMONYMS_FILE as DEMONYMS_FILE
from kit.extract.titles import TITLES_FILE as TITLES_FILE
from kit.extract.titles import Lexicon, heads_an_institution, kingdom_among, lexicon, names_an_organ
from kit.extract.tokens import doc_texts, doc_tokens
from kit.lexicon.bodies import (
    agent_title,
    bodies_headed_by,
    body_head_offices,
    body_of,
    default_body,
    head_office,
    shared_state_body_keys,
    state_organ_keys,
)
from kit.lexicon.canonical import NameEndings, government_lead, name_key, org_key
from kit.lexicon.cities import city_of
from kit.lexicon.context import context_countries
from kit.lexicon.files import DEFAULT_LANG
from kit.lexicon.files import clear_lexicon_cache as clear_lexicon_cache
from kit.lexicon.former import former_states
from kit.lexicon.states import federal_states
from kit.lexicon.subdivisions import subdivision_of
from kit.lexicon.wordlists import (
    body_states,
    glossary,
    head_offices,
    is_initials,
    names_a_school,
    numbers,
    words,
    words_in_any,
    words_or,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Span, Token

    from kit.extract.phrases import _Found

# spaCy components read beyond kit.nlp.pipeline.CORE_COMPONENTS:
# POS of appositions and modifiers and the parse.
COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer")
INPUTS = ("entities",)
OFFSET_COLUMNS: tuple[str, ...] = ()
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# clauses inside a sentence: what a name in them does is not told from the sentence's scene
INNER_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "csubj"})
HEAD_OF_GOVERNMENT = "head of government"  # the office of whoever the text says a government is of (titles.csv)
PARTY_LEADER = "leader"  # the office of whoever the text says a party or armed group is of (titles.csv)
PLACE_AFTER_TITLE = 4  # most words of a phrase between a plural title and its list ("commanders | inside the country |, among them")
NAME_TOKENS = 4  # most words of a name the model left untagged at the head of a list ("commanders: | Okot Ruhanga, A and B")
_SUBJECT_TOKENS = 6  # longest group's noun phrase opening a sentence before a grouping verb ("The seven-party alliance")
NATIONALITY = "a nationality"  # the end of the cue of a side that is only a nationality (weak)
CHURCH = "Church"  # the body of a clerical title's faith: "<Faith> Church"
CALLING = "the body of a calling"  # the end of the cue of a cleric's church (weak)
PARTY_ADJECTIVE = "party adjective:"  # side_cue prefix of a people's adjective the registry ties to a party
_FELLOW_PATH = frozenset({"obl", "nmod", "pobj", "prep", "advmod", "npadvmod"})  # "junto a los demás miembros", "together with the other members"


def extract(doc: Doc, canon: dict[tuple[int, int], str], *,
            entities: list[Entity]) -> list[dict[str, Any]]:
    """One row per name-like entity: kind, role, side (see the module docstring)."""
    return [e.row() for e in entities]


def read_entities(doc: Doc, canon: dict[tuple[int, int], str], text: str | None = None) -> list[Entity]:
    """Entities of ``doc`` with kind, role and side (``text``: ``doc.text``, if the caller has it).
    A country name the lexicon leaves to the article ("Georgia", "Jordan") is one where
    the article supports it (:func:`kit.lexicon.context.context_countries`)."""
    text = doc.text if text is None else text
    lex = lexicon()
    found = context_countries(text, [e.text for e in doc.ents if e.label_ == "PERSON"], lex.ends_with_office)
    return _Reader(doc, canon, lex.in_language(doc.lang_).in_context(found), text).read()


def _joining_hyphen(token: Token) -> bool:
    """A hyphen written between two words with no space ("Khumalo-Ntuli"), a token of its own."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_ and token.i + 1 < len(token.doc)


def _membership_role() -> str:
    """The words a role of membership opens with, as the roles table writes it in English
    (``membership_roles``: "member of the", the first in order if the list has more), the
    words by which :mod:`kit.actors.registry` tells membership from an office."""
    return min(words("membership_roles"))


def _group_held(verb: Token, groups: frozenset[str]) -> list[Token]:
    """The group noun a verb of ``membership_verbs`` puts its subject in: "sat | on the
    North Korean side", "was | part of the North's team", "is | a member of the
    delegation" (the group is then "member", whose "of" complement names it), "*En* la
    delegación chilena figuraban A y B" (:func:`_group_in`); none when the verb is negated
    ("was not part of the team", "no formaba parte de la delegación")."""
    if negated_verb([verb]):
        return []
    found = []
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN"):
            if child.lemma_.lower() in groups:
                found.append(child)
            else:  # "part of the team"
                found += [g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in groups]
        elif child.dep_ == "prep" and child.lower_ in words_or("membership_preps", verb.doc.lang_, frozenset()):
            found += [g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in groups]
        elif child.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ in words_or(
                "membership_preps", verb.doc.lang_, frozenset()) for c in child.children):
            found += _group_in(child, verb, groups)
    return found[:1]


def _group_in(noun: Token, verb: Token, groups: frozenset[str]) -> list[Token]:
    """The group noun a phrase of a word of ``membership_preps`` names as the Universal
    Dependencies parse hangs it on a verb: "*En la delegación chilena* figuraban A y B", or,
    a relative pronoun there, the noun its clause follows ("la delegación del Frente, *en
    la que* figuraba C")."""
    if noun.pos_ == "PRON" and verb.dep_ in ("acl", "relcl", "acl:relcl") and verb.head is not verb:
        noun = verb.head
    return [noun] if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in groups else []


def _group_held_by_relative(token: Token, groups: frozenset[str]) -> list[Token]:
    """The group noun a relative clause on a person's name puts that person in with a
    verb of ``membership_verbs``: "X, who sat on the Front's negotiating team", "Y, who
    was part of the rebel delegation" (the relative pronoun the clause's subject)."""
    verbs = words_or("membership_verbs", token.doc.lang_, frozenset())
    for clause in (c for c in token.children if c.dep_ in ("relcl", "acl:relcl") and c.lemma_.lower() in verbs):
        subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
        if _relative_clause(clause, subjects):
            return _group_held(clause, groups)
    return []


def _subject_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` (or the first of the list it is in) is a subject of ``verb``."""
    for _ in range(3):
        if token.dep_ != "conj" or token.head is token:
            break
        token = token.head
    return token.dep_ in SUBJECT_DEPS and token.head.i == verb.i


def _listed_party(token: Token) -> bool:
    """Whether ``token``, a conjunct, is a name or noun listed after another ("met A, B of Tarn
    and C"): each of a list met is met, as the first is; not a verb or clause joined on.
    """
    return token.pos_ in ("PROPN", "NOUN") and token.head.pos_ in ("PROPN", "NOUN")


def without_article(name: str, lang: str) -> str:
    """``name`` without an article of ``lang`` opening it (``articles``), as a side is
    written: "El Frente Tarnés", tagged with its article where a dateline runs into it,
    is the "Frente Tarnés"."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in words_or("articles", lang, frozenset()) else name


def _led_by_relative(token: Token, leading: frozenset[str], beyond: bool = True) -> list[Token]:
    """The objects of a relative clause of a verb of ``leading`` on a person's name ("X, who
    heads the government panel"), nearest first; with ``beyond`` (the name itself, not the
    first of a list it is in), of one in the present whose subject is the relative pronoun
    on an apposition of it ("Y, a former general who leads the Front") or, as the Spanish
    parse hangs it, on the name as ``acl`` ("Z, que encabeza el Frente",
    :func:`_relative_clause`; "W, un exgeneral que dirige el Frente"): not what one led
    once ("V, a general who has commanded peacekeepers"), nor, for the next of a list,
    what the first leads ("A, who leads the Front, and B")."""
    found = [o for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in leading
             for o in c.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN")]
    if not beyond:
        return found
    for host in [token, *(c for c in token.children if c.dep_ == "appos")]:
        for clause in host.children:
            if clause.lemma_.lower() not in leading or clause.dep_ not in ("relcl", "acl:relcl", "acl") \
                    or host is token and clause.dep_ == "relcl" or _in_the_past(clause):
                continue
            subjects = [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
            if not _relative_clause(clause, subjects):
                continue  # "la Cancillería, que dirige X": X, after the verb, heads what the clause follows;
                # "Y, a lawyer whose brother heads the Front": the brother leads it, not Y
            found += [o for o in clause.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN")]
    return found


def _reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb set off by commas reports ("the Front, B *said*, | the talks
    were over": the verb with a comma right after it and its complement after that), else
    None: what opens the sentence before such a verb belongs to that clause, not to the
    verb's subject ("For the Front, B said, the talks were over", however the parse hangs
    "For")."""
    doc = verb.doc
    if verb.lemma_.lower() not in words_or("reporting_verbs", doc.lang_) or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i + 1), None)


def _in_the_past(verb: Token) -> bool:
    """Whether ``verb`` is in a past tense, simple or perfect ("led", "has commanded",
    "dirigió", "ha dirigido")."""
    return "Past" in verb.morph.get("Tense", []) or verb.tag_ == "VBN" \
        or any(c.dep_ == "aux" and "Past" in c.morph.get("Tense", []) for c in verb.children)


def _leads(token: Token, leading: frozenset[str]) -> bool:
    """Whether the name at ``token`` (the first of its list) is written as the leader of a
    group, not one of its members: the agent of a verb ("the delegation, led by A"), after a
    word of ``leader_preps`` ("observers, under B"), or the subject or object of a verb of
    ``leading`` ("C heads the panel", "la misión, que encabeza D") or of a relative clause
    of one on the name ("E, who led the team"); ``leading`` holds no verb that lists members
    ("The delegation included F")."""
    person = token
    for _ in range(3):
        if token.dep_ not in ("conj", "appos") or token.head is token:
            break
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and (head.dep_ == "agent" or head.lower_ in words_or(
            "leader_preps", token.doc.lang_, frozenset())):
        return True
    if token.dep_ in SUBJECT_DEPS | _OBJECT_DEPS and head.lemma_.lower() in leading:
        return True
    return any(c.dep_ in ("relcl", "acl:relcl") and c.lemma_.lower() in leading for c in token.children) \
        or bool(_led_by_relative(token, leading, beyond=token is person))  # "E, que encabeza la delegación", as the Spanish parse hangs it


def _relative_clause(verb: Token, subjects: list[Token]) -> bool:
    """The verb heads a relative clause whose subject is the relative pronoun: "the
    delegation, *which includes* A", "the team, *which is led* by B"; and so the Spanish
    parse's clause (``acl``) on a relative pronoun it takes for the subject, the object
    Spanish puts before its verb ("la misión, *que encabeza* el diplomático A")."""
    if verb.head is verb:
        return False
    if verb.dep_ == "acl":
        return any(s.pos_ == "PRON" and "Rel" in s.morph.get("PronType", []) for s in subjects)
    return verb.dep_ in ("relcl", "acl:relcl") and any(s.pos_ == "PRON" for s in subjects)


def _flat_parts(group: Token) -> list[Token]:
    """The words the parse joins to a noun as parts of one name (``flat``, and theirs),
    past the one right after it, in order."""
    found, todo = [], [c for c in group.children if c.dep_ == "flat"]
    while todo:
        word = todo.pop()
        found.append(word)
        todo += [c for c in word.children if c.dep_ == "flat"]
    return sorted((w for w in found if w.i > group.i + 1), key=lambda w: w.i)


def _subjects_before(verb: Token) -> list[Token]:
    """The subjects of the main verb of the sentence before ``verb``'s, the sentence
    starting its paragraph or the one that goes on: what "it" opening a sentence
    stands for ("The government team was led by A. It included B and C.")."""
    start = verb.sent.start
    if start == 0 or "\n" in verb.doc[start - 1].text_with_ws:
        return []
    root = verb.doc[start - 1].sent.root
    return [s for s in root.children if s.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]


_OBJECT_DEPS = frozenset({"dobj", "obj", "iobj"})  # English and Universal Dependencies


def _opens_a_phrase_of(token: Token, verb: Token) -> bool:
    """``token`` is a preposition, past the one right after ``verb``, that opens a phrase
    of the verb or of the clause it hangs on: "accompanied by A, *for* talks with B",
    "acompañado por A, *para* conversaciones con B" (not "de" in "la ministra de Salud")."""
    own = (verb.i, verb.head.i)
    return token.i > verb.i + 1 and (token.dep_ == "prep" and token.head.i in own
                                     or token.dep_ == "case" and token.head.head.i in own
                                     and token.head.dep_ not in ("nmod", "appos"))


def _acronym(token: Token) -> str:
    """An untagged name in capitals ("MNLF fighters"): the group it names, else ``""``."""
    return token.text if token.pos_ == "PROPN" and is_initials(token.text) else ""  # not "an NGO delegation"


# labels the model gives a body's name when it misreads it ("the MILF's", tagged FAC)
_MODIFIER_TAGS = frozenset({"ADJ", "NOUN"})  # a title's "amod": "republicano", and "campesino" tagged a noun
_THING_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})  # not LOC: "the Middle East envoy"
_OUTSIDE_GROUP = frozenset({"case", "cc", "punct", "mark"})  # "de | la Cancillería", "y | la delegación"
def _nationality(cue: str) -> Cue:
    """The side cue of a side that is only the nationality ``cue`` reads: "context: <cue>, a
    nationality", of kind :attr:`CueKind.NATIONALITY` (weak: "el francés X")."""
    return Cue(f"{CONTEXT_CUE} {cue}, {NATIONALITY}", CueKind.NATIONALITY)


def _describes_a_person(root: Token) -> bool:
    """Whether a people's noun is set after a person's name with an indefinite article
    (``indefinite_articles``: "X, an American serving a sentence", "X, un chileno"): it says
    who that person is, as a nationality does."""
    if root.dep_ != "appos" or root.head.i == root.i or root.head.ent_type_ != "PERSON":
        return False
    indefinite = words_or("indefinite_articles", root.doc.lang_, frozenset())
    return any(c.dep_ == "det" and c.lower_ in indefinite for c in root.children)


class _Party(NamedTuple):
    """A party a phrase names (:meth:`_Reader._party_named_at`): its side, the tokens its
    name spans, and a cue when it is only guessed from context."""

    name: str
    start: int
    end: int
    cue: str = ""


_DATELINE_PLACE = re.compile(r"[,(]|\s?[—–]|\s-\s")  # where the place of a dateline ends


def _state_and_former(state: str) -> frozenset[str]:
    """``state`` and the former states its places belonged to (``former_states.csv``:
    Russia and the Soviet Union): one state a story filed in its capital may name by
    either, as it was then or is now."""
    return frozenset({state, *(f.state for f in former_states().get(state, ()))})


class _Reader(PhraseReader):
    """Reads one Doc: title spans, entity index, then roles, kinds and sides."""

    def __init__(self, doc: Doc, canon: dict[tuple[int, int], str], lex: Lexicon,
                 text: str | None = None) -> None:
        super().__init__(doc, canon, lex, text)
        persons = {e.canonical for n, e in enumerate(self.ents) if e.label == "PERSON"
                   and not self._is_place_name(e) and not self._is_demonym(e) and n not in self.filed}
        self.persons = NameEndings(persons)  # one look-up per name, not one per pair
        self.places = {e.canonical for e in self.ents if self._used_as_place(e)}
        self.persons = NameEndings(persons - self.places)
        self.other_sides: dict[str, set[str]] = {}  # person -> sides that are not theirs (counterparts')
        self.body_heads: dict[int, Token] = {}  # person's start -> the state's body a verb makes them head of
        self.titled_before: set[int] = set()  # starts of persons whose role a title before the name gives

    def read(self) -> list[Entity]:
        consumed: set[int] = set()
        affiliations: set[int] = set()
        owners = set()
        bodies = set()
        peoples = set()
        for n, ent in enumerate(self.ents):
            if self._names_an_ethnic_group(ent):
                ent.label = "NORP"  # "a Zulu leader", "Zulu" tagged ORG: a people, before any title is read
                peoples.add(n)
        for n, ent in enumerate(self.ents):
            if n in peoples:
                continue
            if self._is_state_body(ent):
                ent.label = "ORG"  # "la Policía" tagged PERSON: a state's body, for every title read
                bodies.add(n)
            elif (ent.label in _THING_LABELS or self._person_before_title(ent)) and self._owns_title(ent):
                ent.label = "ORG"  # "the MILF's vice-chairman", MILF tagged FAC: whoever holds a title is a body
                owners.add(n)
        self._places_and_peoples_tagged_as_names(bodies | peoples)
        for n, ent in enumerate(self.ents):
            if n in bodies or n in peoples:  # a people is read as a person by no name rule
                continue
            if self.holder_community(n):
                ent.label = "NORP"  # "the first Hutu president": a community
                continue
            full = self._person_name(ent) if n not in self.filed and n not in owners else None
            if full and not self.title_tokens & set(range(ent.start, ent.end)):
                ent.label, ent.canonical = "PERSON", full
                self._read_person(ent)
                consumed |= ent.consumed
                affiliations |= ent.affiliated
        self._offices_of_verbs()
        self._share_plural_roles()
        consumed |= self._distribute_complements()
        consumed |= self._elided_demonym_titles()
        self._elided_titles()
        consumed |= self._distribute_lists()
        self._sides_of_lists_after_a_title()
        self._counterparts()
        for n, ent in enumerate(self.ents):
            filed = n in self.filed  # "SEOUL —": where the story was filed
            ent.kind = self._dateline_kind(ent) if filed else self._kind(ent, n in consumed, n in affiliations)
            if ent.kind in ("organization", "government", "group") and not ent.side:
                self._read_side(ent)
        self._sides_of_owned_states()
        self._sides_of_subdivision_offices()
        self._sides_of_state_offices()
        self._sides_of_governments_headed()
        self._offices_heading_governments()
        self._sides_of_body_offices()
        self._head_offices_of_bodies()
        self._sides_of_presidential_offices()
        self._sides_of_members()
        self._bodies_led_in_apposition()
        self._sides_of_fellow_members()
        self._sides_of_whose_members()
        self._offices_of_whose_clauses()
        self._sides_of_titles_owned_by_the_last_subject()
        self._sides_of_list_headers()
        self._sides_of_lists_represented()
        self._sides_of_the_represented()
        self._sides_of_commissioned()
        self._sides_of_parties_owned()
        self._sides_of_whose_parties()
        self._sides_of_shared_parties()
        self._sides_of_parties_apposed()
        self._nationalities_apposed()
        self._sides_of_party_family_words()
        self._members_named_among()
        self._kin()
        self._spouses()
        self._companions()
        return self.ents

    def _sides_of_parties_owned(self) -> None:
        """A person written as the owner of an organisation that is no state's body nor an
        international body ("la UNAR de Tomás Ferro", "Ferro's UNAR", "la UNAR, el
        movimiento armado de Tomás Ferro,": a party or armed group and its leader; the
        apposition's noun one of ``group_heads``, the apposition ending after the name: not
        "Frente a la UNAR, el movimiento de X mantiene ...", X's movement facing it) leads
        it: its leader, if no reading gives a role, and, if none gives a side, of its side,
        weakly; not one whose counterpart it is ("X's UNAR counterpart": ``counterpart_nouns``, the other side's)."""
        doc, by_end, by_start = self.doc, {e.end: e for e in self.ents}, {e.start: e for e in self.ents}
        counterparts = words_or("counterpart_nouns", doc.lang_, frozenset())
        for ent in self.ents:
            if ent.kind != "person" or ent.side and ent.role:
                continue
            if ent.start > 1 and doc[ent.start - 1].lower_ in self.w.of:
                party = by_end.get(ent.start - 1) or (self._party_apposed(ent.start - 1, by_end)
                                                     if self.ends_apposition(ent.end) else None)
            else:
                party = by_start.get(ent.end + 1) if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE else None
            if party is None or not self._is_party(party) \
                    or party.end < len(doc) and doc[party.end].lower_ in counterparts:
                continue
            if not ent.side:
                ent.side, ent.side_cue = party.canonical, f"{CONTEXT_CUE} {party.text}"
            if not ent.role and ent.side == party.canonical:
                ent.role = PARTY_LEADER

    def _sides_of_party_family_words(self) -> None:
        """A person with no side read whom a party family's adjective (``party_family_adjectives``)
        describes, before the name or in the title set off beside it ("el liberal X", "el
        conservador disidente Y", "el candidato liberal, Z", "W, the Labour candidate,"): a
        ``party adjective:`` side the registry ties to the one party of the corpus named with
        that word ("el Partido Liberal"), else none."""
        family = words_or("party_family_adjectives", self.doc.lang_, frozenset())
        if not family:
            return
        for ent in self.ents:
            if ent.kind == "person" and not ent.side and (word := self._party_family_word(ent, family)):
                ent.side, ent.side_cue = word, f"{PARTY_ADJECTIVE} {word}"

    def _party_family_word(self, ent: Entity, family: frozenset[str]) -> str:
        """The ``family`` word among the titles and the lower-case nouns and adjectives
        written right before the name (a comma between: "el candidato liberal, X"), or
        right after it set off by a comma ("X, the Labour candidate,"), in its sentence."""
        doc = self.doc
        first, last = (doc[ent.start].sent.start, doc[ent.start].sent.end) if doc.has_annotation("SENT_START") \
            else (0, len(doc))  # a hand-built Doc: one sentence
        start = self.honorific_before.get(ent.start, ent.start)
        before = start - 1 - (start - 1 >= first and doc[start - 1].text == ",")
        after = ent.end + 1 if ent.end < last and doc[ent.end].text == "," else last
        for ks in (range(before, max(before - 4, first - 1), -1), range(after, min(after + 5, last))):
            for k in ks:
                t = doc[k]
                if t.lower_ in family and t.ent_type_ in ("", "NORP", "MISC"):
                    return t.lower_
                if not (k in self.title_tokens or t.pos_ in ("ADJ", "NOUN", "DET") and not t.ent_type_):
                    break
        return ""

    def _sides_of_whose_parties(self) -> None:
        """A person set off by a comma and a relative possessive (``relative_possessives``)
        that owns a party named right after it ("Mara Ventel, whose Unity Party governs
        Tarn", "Osk, cuyo Frente Cívico ...": a party, movement or armed group, no state's
        body nor international body, :meth:`_is_party`) is of that party, where the mention has
        no side (not even one read from context: "former President X, whose party ..." stays
        his state's): the group is their own; a party the clause says it is allied with is
        not (it is not named right after the possessive)."""
        doc, by_start = self.doc, {e.start: e for e in self.ents}
        whose = words_or("relative_possessives", doc.lang_, frozenset())
        for ent in self.ents:
            if ent.kind != "person" or ent.side:  # a side read, even from context: a state's office
                continue
            if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in whose:
                continue
            party = by_start.get(ent.end + 2)
            if party is not None and (self._is_party(party) or self._named_as_party(party)):
                ent.side, ent.side_cue = party.canonical, party.text

    def _sides_of_shared_parties(self) -> None:
        """Two people joined by a conjunction, then set off by a comma and a word of
        ``shared_words`` "of" a party ("A and Senate President B, both of the Unity Party,",
        "el vicepresidente A y la presidenta del Senado, B, ambos del Partido X,"): both are of
        that party (:meth:`_is_party`, :meth:`_named_as_party`), as one "C, of the Unity Party"
        is, where the mention has no side yet."""
        doc, by_start = self.doc, {e.start: e for e in self.ents}
        shared = words_or("shared_words", doc.lang_, frozenset())
        people = [e for e in self.ents if e.kind == "person"]
        for n, ent in enumerate(people):
            k = ent.end
            if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in shared \
                    or doc[k + 2].lower_ not in self.w.of | self.w.contracted:
                continue
            party = by_start.get(k + 3) or (by_start.get(k + 4) if doc[k + 3].lower_ in self.w.articles else None)
            if party is None or not self._party_named(party):
                continue
            first = people[n - 1] if n else None
            between = doc[first.end:ent.start] if first is not None else doc[0:0]
            joined = first is not None and any(t.lower_ in self.w.conjunctions for t in between) \
                and not any(t.is_sent_start or t.pos_ in ("VERB", "AUX") for t in between)
            for holder in (ent, first) if joined else (ent,):
                if holder is not None and not holder.side:
                    holder.side, holder.side_cue = party.canonical, party.text

    def _sides_of_parties_apposed(self) -> None:
        """A person given a title before the name and, set off after it, a second title "of" a
        party ("el expresidente X, candidato de la Alianza Verde,", "Mayor X, leader of the
        Unity Party,": a party, movement or armed group, :meth:`_is_party`,
        :meth:`_named_as_party`) is of that party, where the mention has no side or only one
        read from context (a bare or a former office, "the story is filed in ..."): the
        party is stated, the state guessed. A state the text states with the office ("Tarn's
        president X, candidate of ...") stays; the title before stays the role. A rank before
        the name is no such title ("Col. X, spokesman of the Y Division,": the role is after),
        and an executive office of a state held now outranks the party (:meth:`_party_outranks`:
        "Defence Minister X, the leader of the Y Party,": the minister speaks for his state)."""
        for ent in self.ents:
            if ent.kind != "person" or ent.start not in self.titled_before \
                    or (ent.side and not ent.side_cue.startswith(CONTEXT_CUE)) or not self._party_outranks(ent.role):
                continue  # "Col. X, spokesman of the Y Division,": the title after is the role, read
            found = self._apposition_after(ent.end)
            if found is None:
                continue
            party = next((self.ents[n] for n in [*found.cues, *self.complement_cues(*found.span)[0]]
                          if self._party_named(self.ents[n]) and not self._of_a_chamber(self.ents[n])), None)
            if party is not None and party.canonical != ent.side:
                ent.side, ent.side_cue = party.canonical, f"affiliation: {party.text}"

    def _nationalities_apposed(self) -> None:
        """A person given a title before the name and no side at all, set off after it with a
        title no state's office names a state in ("Special envoy X, a Tarnish diplomat,",
        "Mediator Y, a retired Tarnish general,"), is of that state, as a nationality (weak:
        whom he speaks for outranks it); an apposition with a state's office gives it as
        stated ("Envoy Z, Tarn's deputy foreign minister,")."""
        for ent in self.ents:
            if ent.kind != "person" or ent.side or ent.side_cue or ent.start not in self.titled_before:
                continue
            found = self._apposition_after(ent.end)
            if found is None:
                continue
            states = [(n, side) for n in [*found.cues, *self.complement_cues(*found.span)[0]]
                      if (side := self.lex.side_of(self.ents[n].canonical, self.ents[n].text)) in self.lex.states]
            if len({side for _, side in states}) != 1:
                continue
            n, ent.side = states[0]
            cue = self.ents[n].text
            title = self._role_text(*found.span)
            ent.side_cue = cue if self.lex.scope(title) == "state" and not self._past_office(title) else _nationality(cue)

    def _of_a_chamber(self, ent: Entity) -> bool:
        """Whether ``ent``'s name holds a word of ``chamber_words`` ("the Senate Foreign
        Relations Committee") or ends in one of ``organ_nouns`` ("the Foreign Relations
        Committee", "la Comisión de Paz" does not end so): an organ of a legislature or of
        another body, no party whose politician the holder is."""
        words = name_key(ent.canonical).split()
        key = f" {' '.join(words)} "
        return any(f" {w} " in key for w in words_in_any("chamber_words")) \
            or bool(words) and words[-1] in words_in_any("organ_nouns")

    def _party_outranks(self, role: str) -> bool:
        """Whether a party stated for the holder of ``role`` is whom he speaks for, over a state
        guessed for the office: an office held before ("former President"), no state's office
        (scope other than ``state`` in the title lexicon), an office below the state
        (:meth:`_sub_national_office`), one members of any party hold (ending in a word of
        ``shared_offices``: "Senator", "diputado") or a chamber's (a ``chamber_words`` word
        after "of" or before the title: "President of the Senate", "House Speaker"). The
        executive offices of a state held now (a minister, a president) are not."""
        text = " ".join(name_key(role).split())
        chambers = words_in_any("chamber_words")
        return self._past_office(role) or self.lex.scope(role) != "state" or self._sub_national_office(role) \
            or any(text == w or text.endswith(f" {w}") for w in words_in_any("shared_offices")) \
            or any(f" of {w}" in text or f" of the {w}" in text or text.startswith(f"{w} ") for w in chambers)

    def _party_named(self, ent: Entity) -> bool:
        """Whether ``ent`` is a party (:meth:`_is_party`, :meth:`_named_as_party`), also where
        it was read as a modifier of the words around it ("ambos del | MAS", "candidato del |
        Movimiento X"): an organisation's name, no state's nor an international body's."""
        modifier = ent.kind == "modifier" and ent.label == "ORG"
        return self._is_party(ent, modifier) or self._named_as_party(ent)

    def _named_as_party(self, ent: Entity) -> bool:
        """Whether ``ent``'s name ends in a noun of ``org_kind_nouns`` ("Unity Party", "Green
        Movement", "Popular Front") or opens with one of ``group_heads`` ("Partido Verde"): a
        party's or movement's, whatever label the model gave it,
        and names no state's body nor any side of the lexicon."""
        key = name_key(ent.canonical).split()
        key = key[1:] if key[:1] and key[0] in self.w.articles else key
        lang = self.doc.lang_
        return len(key) > 1 and (key[-1] in words_or("org_kind_nouns", lang, frozenset())
                                 or key[0] in words_or("group_heads", lang, frozenset())) \
            and not self.lex.side_of(ent.canonical, ent.text) and self._body(ent.canonical) is None \
            and not self._is_state_body(ent)

    def _party_apposed(self, k: int, by_end: dict[int, Entity]) -> Entity | None:
        """The organisation named before the apposition whose "of" is token ``k`` ("la UNAR,
        | el movimiento armado | de X": an article, a noun of ``group_heads`` and at most
        two words describing it), else None."""
        doc = self.doc
        heads = words_or("group_heads", doc.lang_, frozenset())
        for j in range(k - 1, max(k - 4, 1), -1):
            if doc[j].lower_ in heads and doc[j - 1].lower_ in self.w.articles and j - 2 >= 0 \
                    and doc[j - 2].text == "," and all(t.is_lower and t.is_alpha for t in doc[j:k]):
                return by_end.get(j - 2)
        return None

    def _is_party(self, ent: Entity, modifier: bool = False) -> bool:
        """Whether ``ent`` is an organisation of no state and no international body: a party,
        a movement, an armed group (with ``modifier``, also one read as a modifier)."""
        key = name_key(ent.canonical).split()
        key = key[1:] if key[:1] and key[0] in words_in_any("articles") else key  # "El Gobierno"
        return (ent.kind == "organization" or modifier) and not self.lex.side_of(ent.canonical, ent.text) \
            and self._body(ent.canonical) is None and not government_lead(key) and not self._is_state_body(ent)

    def _spouses(self) -> None:
        """"The first lady, X" (``spouse_titles``) is the spouse of the president (or other
        head: ``presidency_heads``) the article names with her family name ("President
        Carter"), and is affiliated with him: the registry lends her his side."""
        lang, none = self.doc.lang_, frozenset[str]()
        spouses, heads = words_or("spouse_titles", lang, none), words_or("presidency_heads", lang, none)
        for ent in self.ents:
            if ent.kind != "person" or ent.affiliation or ent.side or ent.role.lower() not in spouses:
                continue
            family = ent.canonical.split()[-1:]
            held = {e.canonical for e in self.ents if e is not ent and e.kind == "person" and e.role
                    and e.role.lower().split()[-1] in heads and e.canonical.split()[-1:] == family}
            if len(held) == 1:
                ent.affiliation = next(iter(held))

    def _companions(self) -> None:
        """People named as accompanying a person (``escort_verbs``: "Lo acompañaron el
        canciller A y la ministra B", "He was accompanied by A", "llegó acompañado por A")
        are affiliated with that person, whose side the registry lends to one with none: a
        head of state's party is of their state. They are the verb's subject and the people
        named after it up to the next verb or a phrase of the verb's own ("..., y la
        ministra B."; a parse may hang a list's last name elsewhere; not "..., for talks
        with C": :func:`_opens_a_phrase_of`), unless a subject stands before the verb ("A
        accompanied him to the talks with C": A alone). The person is the one a pronoun
        object stands for (the subject named last before it in its paragraph, else the
        person named last, and never the verb's own subject: :meth:`_person_referred`) or
        the passive's subject ("A was accompanied by B"), or the subject of the clause a
        participle hangs on ("A llegó, acompañado por B": A)."""
        doc = self.doc
        verbs = words_or("escort_verbs", doc.lang_, frozenset())
        if not verbs or not doc.has_annotation("DEP"):
            return
        people = [e for e in self.ents if e.kind == "person"]
        stems = tuple(v[:-len(e)] for v in verbs for e in words_or("infinitive_endings", doc.lang_, frozenset())
                      if v.endswith(e))  # "acompañ-ar": "acompañado", a participle tagged ADJ
        for verb in doc_tokens(doc):
            if verb.lemma_.lower() not in verbs and not (
                    stems and "Part" in verb.morph.get("VerbForm", []) and verb.lower_.startswith(stems)):
                continue
            pronoun = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.pos_ == "PRON"), None)
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            passive = next((c for c in subjects if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            escorts = {t.i for c in subjects if c.dep_ not in PASSIVE_SUBJECT_DEPS for t in c.subtree}
            if pronoun is not None:  # "Lo acompañaron A y B", "A accompanied him": not A
                principal = self._person_referred(pronoun.i, escorts)
            elif passive is not None:  # "A was accompanied by B", "He was accompanied by B"
                subjects, inside = [], {t.i for t in passive.subtree}
                principal = self._person_referred(passive.i, set()) if passive.pos_ == "PRON" else next(
                    (e for e in people if e.start in inside), None)
            elif subjects or verb.head.i == verb.i:
                continue  # "A acompañó a la delegación": whom, unsaid as a person
            else:  # "A llegó, acompañado por B", "He arrived, accompanied by B"
                inside = {t.i for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i
                          for t in c.subtree}
                principal = next((e for e in people if e.start in inside), None)
            words = {t.i for c in subjects for t in c.subtree}
            if not any(c.i < verb.i for c in subjects):  # "A accompanied him to B": A only
                words |= set(range(verb.i + 1, next((t.i for t in doc[verb.i + 1:verb.sent.end]
                                                     if t.pos_ in ("VERB", "AUX") or _opens_a_phrase_of(t, verb)),
                                                    verb.sent.end)))
            for ent in people:
                if principal is not None and ent is not principal and ent.start in words and not ent.affiliation:
                    ent.affiliation = principal.canonical

    def _person_referred(self, k: int, skip: set[int]) -> Entity | None:
        """The person a pronoun at token ``k`` stands for: the subject named last
        before it in its paragraph ("El presidente A habló ante el pleno. ... Lo
        acompañaron ..."), else the person named last there; none named at a token of
        ``skip`` (the pronoun's own clause's subject: "A accompanied him")."""
        floor = self.text.rfind("\n\n", 0, self.doc[k].idx) + 1
        before = [e for e in reversed(self.ents) if e.kind == "person" and e.end <= k and e.start_char >= floor
                  and e.start not in skip]
        return next((e for e in before if self._is_subject(e)), before[0] if before else None)

    def _is_subject(self, ent: Entity) -> bool:
        """The entity is a clause's subject, or the name set beside it ("El presidente | A")."""
        token = self.doc[ent.start:ent.end].root
        while token.dep_ in ("appos", "flat", "compound") and token.head.i != token.i:
            token = token.head
        return token.dep_ in SUBJECT_DEPS

    def _sides_of_list_headers(self) -> None:
        """People listed after a header that says whom they are for take that side, stated:
        "For ODM: A, a lawyer; B and C. For the Party of National Unity: Justice Minister
        D, ..." (a word of ``representing_preps`` opening the sentence, a party named or
        written in capitals, a colon; the list runs to the end of the sentence), or, in a
        sentence with no verb, a comma: "Por el Frente Sur, E, con comandantes como F y G."
        (then every person after the header is listed). It replaces a side read from
        context ("Justice Minister D": the one state named) or a body that is no state, where
        the item says the person comes from ("Por la Alianza, E, presidente del COSAL": a member
        of the party E speaks for here), as a phrase opening a clause does."""
        doc = self.doc
        preps = words_or("representing_preps", doc.lang_, frozenset())  # what _verb_then_party asks first
        texts = doc_texts(doc)  # one Token object per word, not one per look
        firsts = {row.split()[0] for row in preps}  # every header opens with one of these
        for k, token in enumerate(doc_tokens(doc)):
            if token.lower_ not in firsts:
                continue
            if k and token.lower_ in preps and self._verb_then_party(k):  # "participaron | por Lisboa | A, ..., y B"
                self._side_of_represented_clause(k, k + 1)
                continue
            if not (token.is_sent_start or k and (
                    texts[k - 1] in ".;" or not texts[k - 1].strip("*_"))  # "**Who? **For ..."
                    or k > 1 and texts[k - 1] == "," and doc[k - 2].lower_ in self.w.conjunctions
                    or self._after_contrast_opener(k)):
                continue  # "A y, por el Frente Sur, B": a header after a conjunction too
            after = self._representing_at(k)
            if after is None:
                continue
            opening, k = k, after[0] - 1  # "Por parte de | las FARC, A": the party follows the phrase
            colon = next((t.i for t in doc[k + 2:k + 9] if t.text == ":"), None)
            if colon is None:  # "Por el Frente Sur, A, con comandantes como B y C.": a list with no verb
                colon = next((t.i for t in doc[k + 2:k + 9] if t.text == ","), None)
                end = next((t.i for t in doc[colon + 1:] if t.text in (".", "!", "?")), len(doc)) if colon else k
                if colon is None or any(t.pos_ in ("VERB", "AUX") for t in doc[k:end]):
                    self._side_of_represented_clause(opening, k + 1)
                    continue
                verbless = True
            else:
                end = next((t.i for t in doc[colon + 1:] if t.text in (".", "!", "?")), len(doc))
                verbless = False
            header = self._party_named_at(k + 1, until=colon)
            party, cue = header.name if header else "", doc[opening:colon + 1].text
            first = self._past_determiners(colon + 1)  # "..., por el Frente Sur, | los | comandantes A y B"
            if not party or not self._item_at(first):
                continue  # "For Israel: a setback, said X": no list of people
            items = {":", ";", ","} | self.w.conjunctions
            for ent in self.ents:
                before = self.honorific_before.get(ent.start, ent.start)
                before = self.by_end.get(before, before)  # "Justice Minister | D"
                if ent.kind == "person" and colon < ent.start < end and before > 0 \
                        and (verbless or doc[before - 1].lower_ in items) and self._representation_wins(ent):
                    ent.side, ent.side_cue = party, cue

    def _after_contrast_opener(self, k: int) -> bool:
        """Whether a word or phrase of ``contrast_openers`` ends right before token ``k``,
        after a comma: a clause opens there as a sentence does ("A firmó por Cuba, mientras que
        | por Angola estuvo B")."""
        doc = self.doc
        for row in words_or("contrast_openers", doc.lang_, frozenset()):
            words = row.split()
            start = k - len(words)
            if start > 0 and doc[start - 1].text == "," \
                    and [t.lower_ for t in doc[start:k]] == words:
                return True
        return False

    def _verb_then_party(self, k: int) -> bool:
        """Whether a one-word ``representing_preps`` at token ``k`` follows a verb of no
        participle, and a party and a person's name follow it ("En las negociaciones
        participaron | por Lisboa | A, asesor, y B"): the people the verb lists after it
        speak for that party, as after a phrase opening the clause. After a participle the
        word says by whom ("firmado por ..."); with no name right after the party (or its
        determiner and a title: "condujeron por Lisboa los embajadores A y B"), for what.
        After a verb of going (``motion_verbs``) the word says which way ("viajaron por
        Francia los enviados A y B"), no party."""
        doc, verb = self.doc, self.doc[k - 1]
        if verb.pos_ != "VERB" or "Part" in verb.morph.get("VerbForm", []) \
                or doc[k].lower_ not in words_or("representing_preps", doc.lang_, frozenset()) \
                or verb.lemma_.lower() in words_or("motion_verbs", doc.lang_, frozenset()):
            return False
        found = self._party_named_at(k + 1)
        return found is not None and self._item_at(self._past_determiners(found.end))

    def _past_determiners(self, k: int) -> int:
        """The first token from ``k`` that is no determiner ("por Lisboa | los | embajadores A y B")."""
        while k < len(self.doc) and self.doc[k].lower_ in self.w.determiners:
            k += 1
        return k

    def _back_over(self, k: int, passed: Callable[[Token], bool]) -> int:
        """The first token from ``k`` back that is not ``passed`` over, token 0 at the
        most: the backward walk of :meth:`_past_determiners` ("| three other commanders",
        "B | , and three other")."""
        while k > 0 and passed(self.doc[k]):
            k -= 1
        return k

    def _side_of_represented_clause(self, opening: int, k: int) -> None:
        """People a clause opened by a phrase of ``representing_preps`` names take its party,
        stated: "Por el Frente Sur negociaron, entre otros, los comandantes A y B" (the verb
        right after the party: every person named after it up to the next verb after one),
        "Por el Frente Sur, el comandante C, del Bloque Norte, afirmó ..." (a person right
        after the party: the ones listed before the verb). The party (an entity from token
        ``k``, not a person, or a noun that opens the name of a body named before, "Por la
        Alianza, D, ...": :meth:`_party_or_body_before`; the phrase opens at token ``opening``)
        replaces a side read from context or a body that is no state ("del Bloque Norte": a
        faction of the party C speaks for here). Where the parse hangs the phrase on a verb
        (English "prep"), the people after it are the subjects of that verb ("For the Front,
        spokesman A said ..."), not of a reporting verb set inside ("For the Front, B said, the
        talks were over": the Front's view, as B reports it)."""
        doc, found = self.doc, self._party_or_body_before(k)
        if found is None:
            return
        party, j = found.name, found.end
        cue = found.cue or doc[opening:j].text
        j += j < len(doc) and doc[j].text == ","
        first = self._past_determiners(j)
        if j + 1 < len(doc) and doc[j].pos_ == "PRON" and doc[j].dep_ not in SUBJECT_DEPS \
                and doc[j].head.i == j + 1 and doc[j + 1].pos_ == "VERB":
            j += 1  # "Por el Frente Sur | se | sentaron ...": a clitic of the verb, no subject
        if not party or j >= len(doc) or not (doc[j].pos_ in ("VERB", "AUX") or self._item_at(first)):
            return  # "For Israel, this is a setback, said X": no one listed for Israel
        if doc[j].lemma_.lower() in words_or("transit_verbs", doc.lang_, frozenset()):
            return  # "por Caracas pasó el enviado A": the way A went, no party
        end = self._listed_until(j)
        verb = doc[opening].head if doc[opening].dep_ == "prep" and doc[j].pos_ not in ("VERB", "AUX") else None
        if verb is not None:
            verb = _reported_clause(verb) or verb  # "For the Front, B said, the talks ...": hung on "said"
        for ent in self.ents:
            if ent.kind == "person" and j <= ent.start < end and self._representation_wins(ent) \
                    and (verb is None or _subject_of(doc[ent.start:ent.end].root, verb)):
                ent.side, ent.side_cue = party, cue

    def _party_or_body_before(self, k: int) -> _Party | None:
        """The party an entity from token ``k`` names (:meth:`_party_named_at`), else the body
        named before that the capitalised noun there is the head of (:meth:`_named_body`: "Por
        la Alianza, D": the Alianza Cívica the article named before, the noun untagged); a
        state anaphor ("por el Gobierno") is no such noun: which state it is, a phrase opening
        a clause does not say. The entity may hold the article, as the English model tags it
        ("For | the Orvist Union, spokesman A said")."""
        doc, found = self.doc, self._party_named_at(k, with_article=True)  # "For | the Orvist Union, A said"
        noun = k + (k < len(doc) and doc[k].lower_ in self.w.articles)
        if found is not None or noun >= len(doc) or noun in self.at or not doc[noun].is_title \
                or doc[noun].lower_ in words_or("state_anaphors", doc.lang_, frozenset()):
            return found
        named = self._named_body(noun, (doc[noun].lower_,))
        return _Party(named[0], noun, noun + 1, named[1]) if named else None

    def _members_named_among(self) -> None:
        """People a sentence names as among the holders of a plural title hold it, in the
        singular, and take the party its complement names: "Entre los negociadores del Frente
        Sur figura el poeta A" (a word of ``member_preps`` opening the sentence, the plural
        title, "de" and the party, then the verb; the people named after the verb, up to
        the next verb after one), "Among the negotiators of the Front is B". The party is an
        entity that is no person, or a noun a body named earlier opens or a state anaphor
        ("del Frente": the Frente Sur named before; "del Gobierno": the government's state,
        weakly), read as "the Front's" is (:meth:`_antecedent`). A role they are given is
        kept; the party replaces a side of context or a body that is no state."""
        doc, links = self.doc, words_or("member_preps", self.doc.lang_, frozenset())
        for k, token in enumerate(doc_tokens(doc)):
            if not token.is_sent_start or token.lower_ not in links:
                continue
            j = self._past_determiners(k + 1)
            title_end = self.by_start.get(j)
            if title_end is None or not self.is_plural(title_end) or title_end + 1 >= len(doc) \
                    or doc[title_end].lower_ not in self.w.of | self.w.contracted:
                continue
            found = self._party_named_at(title_end + 1, guess=True)
            if found is None or found.end >= len(doc) or doc[found.end].pos_ not in ("VERB", "AUX"):
                continue
            party, cue, verb = found.name, found.cue or doc[found.start - 1:found.end].text, found.end
            end = self._listed_until(verb)
            role = self._role_text(j, title_end)
            for ent in self.ents:
                if ent.kind != "person" or not verb < ent.start < end:
                    continue
                ent.role = ent.role or role
                if self._representation_wins(ent):
                    ent.side, ent.side_cue = party, cue

    def _party_named_at(self, k: int, until: int | None = None, guess: bool = False,
                        with_article: bool = False) -> _Party | None:
        """The party a phrase names from token ``k`` (after an article), the one reader of
        list headers ("Por el Frente Sur: A, B", ``until`` the colon or comma), clauses and
        lists a phrase of ``representing_preps`` opens or closes ("Por el Frente Sur negociaron
        A y B", "A y B, por la Comandancia del Frente Sur;") and the complement of a plural
        title ("Entre los negociadores del Frente figura A", with ``guess``):

        - an entity that is no person, through the bodies it is written of ("la Comandancia
          General | del | Frente Sur": the Frente Sur, whose body it is), its party
          (:meth:`party_of`); with ``until``, it must end there; ``with_article``, it may hold
          the article ("for | the Orvist Union", as the English model tags it);
        - with ``until``, else, a name in capitals no entity holds ("ODM", "the Party of
          National Unity");
        - with ``guess``, a capitalised noun alone that a body named before opens or a state
          anaphor (:meth:`_antecedent`; "del Frente", "del Gobierno"; in a story naming no
          state, the state of the datelines' capital), weakly (its ``cue`` says so).

        None if it names none."""
        doc, opening = self.doc, k
        k += k < len(doc) and k != until and doc[k].lower_ in self.w.articles
        if k >= len(doc):
            return None
        n = self.at.get(k)
        single = n is not None and self.ents[n].end - self.ents[n].start == 1
        starts = (opening, k) if with_article else (k,)
        if n is not None and not (guess and single) and (self.ents[n].start in starts or until is not None):
            if self.ents[n].label == "PERSON":
                return None
            n = self._body_owner(n)
            ent = self.ents[n]
            party = self.party_of(ent) if until is None or ent.end == until else ""
            return _Party(party, k, ent.end) if party else None
        if until is not None:
            words = doc[k:until]
            if not len(words) or any(t.i in self.at for t in words) or not words[0].is_title and not words[0].is_upper \
                    or not all(t.is_title or t.is_upper or t.lower_ in self.w.of | self.w.conjunctions for t in words):
                return None
            return _Party(self.lex.side_of(words.text) or words.text, k, until)
        if not guess or not doc[k].is_title:
            return None
        found = self._antecedent(k, doc[k].lower_)  # "del Frente", "del Gobierno"
        filed = self._filed_in() if doc[k].lower_ in words_or("state_anaphors", doc.lang_, frozenset()) else None
        if found is None and filed is not None:  # "QUITO.— ... del Gobierno": no state named
            found = filed[0], of_noun(f"{CONTEXT_CUE} the {doc[k].lower_}: {filed[0]}, the state of the dateline "
                                      f"{filed[1]}", doc[k].lower_)
        return _Party(found[0], k, k + 1, found[1]) if found else None

    def _body_owner(self, n: int) -> int:
        """The entity the body entity ``n`` is written of, through "of" ("la Comandancia
        General | del | Frente Sur": the Frente Sur's), or ``n``."""
        doc = self.doc
        while (end := self.ents[n].end) + 1 < len(doc) and doc[end].lower_ in self.w.of | self.w.contracted:
            j = end + 1 + (doc[end + 1].lower_ in self.w.articles)
            m = self.at.get(j)
            if m is None or self.ents[m].start != j or self.ents[m].label == "PERSON":
                break
            n = m
        return n

    def _listed_until(self, verb: int) -> int:
        """Where the people named after the verb at token ``verb`` end: the next verb
        after one of them, a semicolon, or the sentence's end."""
        doc = self.doc
        named = False
        for t in doc[verb + 1:doc[verb].sent.end]:
            named = named or (t.i in self.at and self.ents[self.at[t.i]].label == "PERSON")
            if t.text == ";" or named and t.pos_ in ("VERB", "AUX") and t.i not in self.at:
                return t.i
        return doc[verb].sent.end

    def _representation_wins(self, ent: Entity) -> bool:
        """Whether a party a phrase says a person speaks for replaces the side they have: none,
        one read from context, or a body that is no state (a faction of the party)."""
        return not ent.side or ent.side_cue.startswith(CONTEXT_CUE) or ent.side not in self.lex.states

    def _sides_of_lists_represented(self) -> None:
        """Names listed right before a comma and a phrase of ``representing_preps`` take
        its party, stated: "A, B y C, por el Frente Sur;" (the phrase ends the list: a
        comma, a semicolon, a dash or the sentence's end follow the party), as one name
        right before the phrase does (:meth:`_side_spoken_for`), and so do names joined
        with no comma before it, the run of a list of parties: "A and B for the Front; C
        and D for the Union" (the names joined to the last one by commas and conjunctions
        only, not one set before another party: "E of the League and F")."""
        doc = self.doc
        for run in self._person_runs():
            last = self.ents[run[-1]]
            tail = self._name_joined_after(last.end)
            comma = tail < len(doc) and doc[tail].text == ","
            if tail + 2 >= len(doc) or not comma and len(run) == 1:
                continue
            phrase = tail + 1 if comma else tail
            after = self._representing_at(phrase)
            if after is None:
                continue
            if not comma:
                run = self._joined_to_last(run)
            found = self._party_named_at(after[0], with_article=True)
            if found is None:
                continue
            party, end = found.name, found.end
            if party and (end >= len(doc) or doc[end].text in (",", ";", ".", "—", "–")):
                for m in run:
                    if self._representation_wins(self.ents[m]):
                        self.ents[m].side, self.ents[m].side_cue = party, doc[phrase:end].text

    def _sides_of_the_represented(self) -> None:
        """A person a participle of ``representation_verbs`` makes the agent of an
        organisation or state named right before it ("the African Union, represented by the
        Chilean foreign minister, X", "la Unión Africana, representada por el ministro chileno
        X"; the name set off right after the agent's phrase, however the parse hangs it) speaks
        for it: its side, stated, over the state his office or nationality names."""
        verbs = words_or("representation_verbs", self.doc.lang_, frozenset())
        if not verbs or not self.doc.has_annotation("DEP"):
            return
        for word in doc_tokens(self.doc):
            if word.dep_ not in ("acl", "amod") or participle_infinitive(word) not in verbs and word.lemma_.lower() not in verbs:
                continue
            n = self.at.get(word.head.i)
            if n is None or self.ents[n].label not in ("ORG", "GPE") or not (party := self.party_of(self.ents[n])):
                continue
            cue = self.doc[self.ents[n].start:word.i + 1].text
            by = [g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
                or [c for c in word.children if c.dep_ in ("obj", "obl") and any(
                    k.dep_ == "case" and k.lower_ in words_or("agent_preps", self.doc.lang_, frozenset())
                    for k in c.children)]
            for agent in by[:1]:
                last = max(t.i for t in agent.subtree) + 1  # "por el ministro X de Y |, Z": the name set off after it
                named = [self.doc[last + 1]] if last + 1 < len(self.doc) and self.doc[last].text == "," else []
                for token in (agent, *(c for c in agent.children if c.dep_ == "appos"), *named):
                    person = self.at.get(token.i)
                    ent = self.ents[person] if person is not None else None
                    if ent is not None and ent.kind == "person":
                        ent.side, ent.side_cue = party, cue

    def _joined_to_last(self, run: list[int]) -> list[int]:
        """The names of a run listed with its last one by commas and conjunctions only."""
        joined = run[-1:]
        for n in reversed(run[:-1]):
            if not self._joined(self.ents[n].end, self.ents[joined[0]].start):
                break
            joined.insert(0, n)
        return joined

    def _name_joined_after(self, k: int) -> int:
        """Where a list of people ending at token ``k`` ends: after a last name joined by a
        conjunction that the model tagged a place or other name, one word naming no known
        place ("los comandantes A y | David |, por el Frente"), else ``k``."""
        doc = self.doc
        n = self.at.get(k + 1)
        if k + 1 >= len(doc) or doc[k].lower_ not in self.w.conjunctions or n is None:
            return k
        e = self.ents[n]
        one_word = e.start == k + 1 and e.end == k + 2 and doc[e.start].is_title
        known = self.lex.side_of(e.canonical, e.text) or city_of(e.canonical) is not None
        return e.end if one_word and e.label in ("LOC", "MISC") and not known else k

    def _item_at(self, k: int) -> bool:
        """A person's name, or a title before one, starts at token ``k``."""
        while k in self.honorific_tokens:  # "Mr. | Barasa Wanyonyi"
            k += 1
        while k in self.by_start:
            k = self.by_start[k]
        n = self.at.get(k)
        return n is not None and self.ents[n].start == k and self.ents[n].label == "PERSON"

    def _kin(self) -> None:
        """A relative of a person named as such ("Kim Chol-ung's father, Kim Chol-su",
        "his sister Kim Ok Sun", "Kim Ok Sun, Kim's sister,"; ``kin_nouns``) is
        affiliated with that person, whose side the registry lends to one with none;
        so is one named as a person's successor or predecessor in office ("his
        predecessor, X", "President A of Ruritania, whose successor, B,": the person
        before the relative possessive; ``succession_nouns``), and the object or subject
        of a verb of ``succession_verbs`` whose other end is a person ("A, who succeeded
        B as foreign minister": :meth:`_successions`). The kinship or succession is no role."""
        doc, none = self.doc, frozenset[str]()
        kin = words_or("kin_nouns", doc.lang_, none) | words_or("succession_nouns", doc.lang_, none)
        if not kin:
            return
        for ent in self.ents:
            if ent.kind != "person" or ent.affiliation:
                continue
            k = ent.start - (ent.start > 0 and doc[ent.start - 1].text == ",")
            j = k - 1  # the kin word's first token: "son-in-law" is five
            while j > 0 and k - j < 5 and not doc[j - 1].whitespace_ and doc[j - 1].text not in POSSESSIVE:
                j -= 1
            if k > 0 and doc[j:k].text.lower() in kin:  # "Kim's sister, | X", "his son-in-law | X"
                owner = j - 2 if j > 1 and doc[j - 1].text in POSSESSIVE else j - 1  # "the senator's | father"
                ent.affiliation = self._possessor(j) or self._pronoun_principal(j, ent) or self._whose_person(j) \
                    or (self._named_before(j, ent) if self._refers_back(j, range(owner, j)) else "")
            elif ent.end + 3 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 2].text in POSSESSIVE \
                    and doc[ent.end + 3].lower_ in kin and doc[ent.end + 4:ent.end + 5].text in APPOSITION_END:
                ent.affiliation = self._possessor(ent.end + 3)  # "X, | Kim's sister,"
            else:
                self._kin_of(ent, kin)
        self._successions()

    def _kin_of(self, ent: Entity, kin: frozenset[str]) -> None:
        """A relative named with whose relative they are ("el padre del diputado, X", "X,
        padre del diputado,", "X, his father,"): affiliated with the person the phrase
        names, else with the one named last before it; the title in the phrase is that
        person's, not the relative's role."""
        doc, w = self.doc, self.w
        ofs = words_or("of_preps", doc.lang_, frozenset()) | w.contracted
        fillers = ofs | w.articles | w.determiners | words_or("person_possessives", doc.lang_, frozenset()) \
            | words_or("subject_possessives", doc.lang_, frozenset())
        if ent.start > 2 and doc[ent.start - 1].text == ",":  # "el padre del diputado, | X"
            j = ent.start - 2
            while j > ent.start - 7 and j > 0 and doc[j].lower_ not in kin \
                    and (doc[j].lower_ in fillers or j in self.title_tokens or j in self.at):
                j -= 1
            if doc[j].lower_ in kin and doc[j + 1].lower_ in ofs:
                self._tie_kin(ent, j, range(j + 2, ent.start - 1))
                return
        k = ent.end + 1  # "X, | (his|su|the) father (of|del ...)"
        if ent.end + 2 < len(doc) and doc[ent.end].text == ",":
            while k < ent.end + 3 and k < len(doc) - 1 and doc[k].lower_ in fillers:
                k += 1
            if doc[k].lower_ in kin and (k + 1 >= len(doc) or doc[k + 1].lower_ in ofs
                                          or doc[k + 1].text in APPOSITION_END):
                end = k + 2
                while end < min(len(doc), k + 7) and doc[end].text not in APPOSITION_END:
                    end += 1
                self._tie_kin(ent, k, range(k + 2, end) if doc[k + 1:k + 2].text.lower() in ofs else range(0))

    def _tie_kin(self, ent: Entity, k: int, phrase: range) -> None:
        """Affiliate ``ent`` with the person the kin word at token ``k`` is of: named in
        its ``phrase``, else the one named before it who holds the phrase's title ("Ruth
        Dessi, the wife of the president": the president, not the person named last), by a
        possessive before it, else the one named last before it; a role read from the
        phrase's title is the principal's (one read before the name stays: "el diputado X,
        hijo del mandatario")."""
        named = [self.ents[self.at[i]] for i in phrase if i in self.at and self.ents[self.at[i]].label == "PERSON"]
        held = {self.lex.titles.get(self.doc[s:e].text.lower(), "").lower()
                for s, e in self.titles if s in phrase and e - 1 in phrase} - {""}
        ent.affiliation = named[0].canonical if named else self._titled_before(k, ent, held) \
            or self._pronoun_principal(k, ent) \
            or (self._named_before(k, ent) if not phrase or self._refers_back(k, phrase) else "")
        if ent.role.lower() in held:
            ent.role = ""

    def _refers_back(self, k: int, owner: range) -> bool:
        """Whether the words ``owner`` saying whose relative the kin word at token ``k``
        names point back to a person named before: a title ("the senator's father", "the
        father of the senator") or a possessive pronoun before the kin word ("su padre");
        not a common noun of someone unnamed ("the victim's mother", "the son of a farmer",
        "the mother of three")."""
        pronouns = words_or("person_possessives", self.doc.lang_, frozenset()) \
            | words_or("subject_possessives", self.doc.lang_, frozenset())
        return any(i in self.title_tokens for i in owner) or k > 0 and self.doc[k - 1].lower_ in pronouns

    def _titled_before(self, k: int, ent: Entity, held: set[str]) -> str:
        """The person other than ``ent`` named last before token ``k`` whose role is one of
        the ``held`` titles ("the son of the president": the President), else ``""``."""
        before = [o for o in self.ents if o.label == "PERSON" and o is not ent and o.end <= k
                  and o.role.lower() in held]
        return before[-1].canonical if before else ""

    def _named_before(self, k: int, ent: Entity) -> str:
        """The person other than ``ent`` named last before token ``k`` as the subject of a
        clause, else named last, in its sentence or the two before it, else ``""`` ("La
        ministra A se reunió con B. Su esposo, C, ...": A, as "his"/"her" reads,
        :meth:`_pronoun_principal`)."""
        floor = self._sentence_before(self._sentence_before(k))
        before = [o for o in self.ents if o.label == "PERSON" and o is not ent and floor <= o.start and o.end <= k]
        subjects = [o for o in before if self._is_subject(o)]  # "La ministra | A"
        return (subjects or before)[-1].canonical if before else ""

    def _whose_person(self, k: int) -> str:
        """The person named last before ", whose" ending at token ``k`` in its sentence
        ("President A of Ruritania, whose | successor"), else ``""``."""
        doc = self.doc
        if k < 2 or doc[k - 1].lower_ not in words_or("relative_possessives", doc.lang_, frozenset()) \
                or doc[k - 2].text != ",":
            return ""
        start = doc[k - 1].sent.start if doc.has_annotation("SENT_START") else 0
        before = [e for e in self.ents if e.label == "PERSON" and start <= e.start and e.end <= k - 2]
        return before[-1].canonical if before else ""

    def _successions(self) -> None:
        """"A, who succeeded B as foreign minister", "A replaced B": the two ends of a verb
        of ``succession_verbs`` held one office, so one with no side here is affiliated with
        the other (the registry lends it the other's side), unless the office after "as"
        (``role_preps``) is no state's ("A succeeded B as chairman of the Union": a
        rotating chair passes between states)."""
        doc = self.doc
        verbs = words_or("succession_verbs", doc.lang_, frozenset())
        if not verbs or not doc.has_annotation("DEP"):
            return
        people = {e.start: e for e in self.ents if e.kind == "person"}
        at = {i: e for e in people.values() for i in range(e.start, e.end)}
        relatives = words_or("relative_pronouns", doc.lang_, frozenset())
        for ent in people.values():
            root = doc[ent.start:ent.end].root
            verb = root.head
            if root.dep_ in ("nsubj", "nsubj:pass") and verb.lemma_.lower() in verbs and self._state_office_as(verb):
                other = self._succeeded_by_pronoun(verb, people, relatives)  # "A dejó el cargo; lo reemplazó B"
                if other is not None and other is not ent:
                    for one, two in ((ent, other), (other, ent)):
                        if not one.side and not one.affiliation:
                            one.affiliation = two.canonical
                continue
            if root.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in verbs or not self._state_office_as(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
            if subjects and subjects[0].lower_ in words_or("relative_pronouns", doc.lang_, frozenset()) \
                    and verb.dep_ in ("relcl", "acl:relcl", "acl"):
                subjects = [verb.head]  # "A, who succeeded B": A
            other = at.get(subjects[0].i) if subjects else None
            if other is None or other is ent:
                continue
            for one, two in ((ent, other), (other, ent)):
                if not one.side and not one.affiliation:  # a side of its own needs none lent
                    one.affiliation = two.canonical

    def _succeeded_by_pronoun(self, verb: Token, people: dict[int, Entity],
                              relatives: frozenset[str]) -> Entity | None:
        """The person a verb of succession's object pronoun stands for ("A left the ministry;
        B replaced him", "A dejó la Cancillería; lo reemplazó B"): the last person before
        the pronoun in its sentence who is the subject of another verb, else None."""
        pronouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PRON"
                    and c.lower_ not in relatives]
        if not pronouns:
            return None
        sentence = verb.sent
        before = [e for start, e in sorted(people.items())
                  if sentence.start <= start and e.end <= pronouns[0].i
                  and (root := self.doc[e.start:e.end].root).dep_ in ("nsubj", "nsubj:pass") and root.head.i != verb.i]
        return before[-1] if before else None

    def _state_office_as(self, verb: Token) -> bool:
        """Whether the office a verb of succession names after "as" is a state's (or none is named)."""
        doc = self.doc
        for child in verb.children:
            if child.lower_ not in words_or("role_preps", doc.lang_, frozenset()):
                continue
            j = self._past_determiners(child.i + 1)
            while j < len(doc) and j not in self.by_start and doc[j].lower_ in self.lex.modifiers:
                j += 1
            return j in self.by_start and self.lex.scope(doc[j:self.by_start[j]].text) == "state"
        return True

    def _person_before_title(self, ent: Entity) -> bool:
        """A "person" of two words or more, after an article and right before a title
        ("the | Ulster Unionist | leader"): a party's name the model took for a person's
        (not "the Netanyahu adviser": one word, or part of a person's name in the Doc)."""
        doc = self.doc
        if ent.label != "PERSON" or ent.end - ent.start < 2 or ent.start == 0 or ent.end >= len(doc) \
                or doc[ent.start - 1].lower_ not in self.w.articles or ent.end not in self.title_tokens:
            return False
        return not any(o.label == "PERSON" and o is not ent and ent.canonical in o.canonical
                       for o in self.ents)  # "the Netanyahu adviser": a person's; scanned only here

    def _owns_title(self, ent: Entity) -> bool:
        """The entity is a possessive or a modifier right before a title ("the MILF's |
        first vice-chairman", "Mossad | chief"; ordinals and adjectives may come
        between) and names no country or place the lexicon knows."""
        doc, k = self.doc, ent.end
        halves = words_or("compass_halves", doc.lang_, frozenset())  # "the South's foreign minister"
        if self.lex.side_of(ent.canonical, ent.text) or self.title_tokens & set(range(ent.start, ent.end)) \
                or name_key(ent.canonical) in halves:
            return False
        k += 1 if k < len(doc) and doc[k].text in POSSESSIVE else 0
        for j in range(k, min(k + 3, len(doc))):
            if j in self.title_tokens:
                return True
            n = self.at.get(j)
            if not (doc[j].pos_ == "ADJ" or doc[j].lower_ in self.lex.modifiers
                    or (n is not None and self.ents[n].label == "ORDINAL")):
                return False
        return False

    def _sides_of_members(self) -> None:
        """A person listed in or leading a group the text gives a side takes that side:
        "the FARC delegation, led by A", "Taliban spokesmen, including B", "the U.N.
        team led by C", "members of the FARC's negotiating team ..., including D and E",
        "The FARC delegation was led by F, with commanders such as G and H" (or "with G and
        H": those named with the leader), "the Front's
        delegation, which includes I" (a relative clause of the group), "I2, who sat on the
        Front's negotiating team" (a relative clause of the name; one of a leading verb may hang on
        its apposition: "I3, a former general who heads the Front", "I4, que encabeza el Frente"; read
        last, after every other reading of the group), "The Front's team in
        the last round, J, K and L, faced ..." (a list set off after the bare noun phrase
        that opens the sentence: :meth:`_group_before_list`), "The Front's team was led by M.
        It included N and O." ("it" opening the next sentence of the paragraph:
        ``thing_pronouns``; "It is led by P2" too), "Nordvik Energy, led by P" (a named organisation), "U.N. military observers,
        under Maj. Gen. Q of Ruritania" (``leader_preps``), "On the
        Estonian side, R and S lead the drafting" (a phrase setting the sentence's scene:
        :meth:`_group_framing`). "The alliance, which calls itself the Union of Orvish
        Fighters, groups T, U and V" (a verb of ``grouping_verbs`` after a group noun opening the
        sentence: :meth:`_group_listing`; the clause names the group, :meth:`_calls_itself`). The group
        is a noun of ``member_groups`` (kit/lexicon/data/words.csv); its side is a
        country, demonym, body or named group that modifies it, or, for a bare "the team",
        the organisation named before whose name's head is that noun ("a new Joint
        Monitoring Team", "the Panel of Elders": :meth:`_named_body`). The side is weak
        (cue ``context: <group>``): a stated one anywhere in the corpus wins. It replaces
        another weak side ("The U.N. mission, led by the French diplomat Jean Verdaille":
        his nationality). One listed in a group of ``membership_bodies``, not leading it, whom
        no reading gives a role, is a member of it (:meth:`_member_of`)."""
        def open_side(e: Entity) -> bool:  # none yet, or one read from context
            return e.kind == "person" and (not e.side or e.side_cue.startswith(CONTEXT_CUE))

        def open_reading(e: Entity) -> bool:  # a side or a role to read
            return open_side(e) or e.kind == "person" and not e.role

        if not any(open_reading(e) for e in self.ents):
            return
        lang, none = self.doc.lang_, frozenset[str]()
        groups, leading = words_or("member_groups", lang, none), words_or("leading_verbs", lang, none)
        links = words_or("member_preps", lang, none) | words_or("leader_preps", lang, none)
        if not (groups and leading and links):  # no such words in this language yet: the rule is off
            return
        links |= {"by"}  # "led by": the agent of a leading verb
        at = {i: e for e in self.ents for i in range(e.start, e.end)}
        named = frozenset(i for i, e in at.items() if e.label == "ORG" and e.kind == "organization")
        listed = {n: run for run in self._person_runs() for n in run}
        for n, ent in enumerate(self.ents):
            if not open_reading(ent):
                continue
            root = self.doc[ent.start:ent.end].root
            held = (self._group_of(root, groups, leading, links, named)
                    or self._group_before_list([self.ents[m] for m in listed.get(n, [n])], groups)
                    or self._group_framing(ent, groups)
                    or self._group_listing(ent, groups)
                    or _led_by_relative(root, leading)[:1])  # last: "A UN team led by X, a general who chairs ..."
            found = None
            for group in held if open_side(ent) else []:
                found = found or self._side_of_group(group, at, ent) or self._side_of_group_leader(group, at, ent)
            if found:
                ent.side, ent.side_cue = found[0], reworded(found[1], f"{CONTEXT_CUE} {found[1]}")
            if held and not ent.role:
                ent.role = self._member_of(held[0], ent, leading) or self._leader_of_party(held[0], ent, at, leading)

    def _side_of_group_leader(self, group: Token, at: dict[int, Entity], person: Entity) -> tuple[str, str] | None:
        """(side, the group's words) of a bare group noun that names no owner ("the
        delegation") from its leader, the agent of a verb of ``leading_verbs`` on it ("The
        delegation is headed by A, Vice-President of the Front, and includes B"; "The
        delegation, led by A, ..."): the side A's own title states, not one read from context;
        None when the group has owners' words of its own or no such leader."""
        lang, none = self.doc.lang_, frozenset[str]()
        leading = words_or("leading_verbs", lang, none)
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in group.children):
            return None
        verbs = [c for c in group.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in leading]
        if group.dep_ in SUBJECT_DEPS and group.head.lemma_.lower() in leading:
            verbs.append(group.head)
        for verb in verbs:
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                leader = next((at[t.i] for t in agent.children if t.dep_ == "pobj" and t.i in at), None)
                if leader is not None and leader is not person and leader.kind == "person" and leader.side \
                        and not leader.side_cue.startswith(CONTEXT_CUE):
                    first = min([group.i, *(t.i for t in group.lefts if t.dep_ not in _OUTSIDE_GROUP)])
                    return leader.side, self.doc[first:group.i + 1].text
        return None

    def _bodies_led_in_apposition(self) -> None:
        """A person set off with a title that no state holds whose relative clause says they
        lead or led a body of no state ("X, the British official who led the UN mission", "Y, a
        Kenyan general who commands the AU force": a verb of ``leading_verbs``, in any tense)
        acts for that body: its side, weakly (``context: <group>``), over the demonym of the
        title, which is where the person comes from; a state's office ("Tarn's foreign minister
        who led the UN mission") keeps its state, and a group no body owns ("a general who has
        commanded peacekeepers") gives none. In the past, only an international body of the
        lexicon (whose mission outlives its heads) is one: a group led once ("a retired general who
        has commanded the Front") is no side now."""
        lang, none = self.doc.lang_, frozenset[str]()
        leading, relatives = words_or("leading_verbs", lang, none), words_or("relative_pronouns", lang, none)
        if not leading:
            return
        at = {i: e for e in self.ents for i in range(e.start, e.end)}
        for ent in self.ents:
            if ent.kind != "person" or (ent.side and (ent.side not in self.lex.states
                                                       or self.lex.scope(ent.role) == "state")):
                continue
            root = self.doc[ent.start:ent.end].root
            groups = [(o, _in_the_past(clause)) for appos in root.children if appos.dep_ == "appos"
                      for clause in appos.children if clause.dep_ in ("relcl", "acl:relcl")
                      and clause.lemma_.lower() in leading
                      and any(c.dep_ in SUBJECT_DEPS and c.lower_ in relatives for c in clause.children)
                      for o in clause.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN")]
            led = next(((f, past) for g, past in groups if (f := self._side_of_group(g, at, ent))), None)
            if led is None or led[1] and self._body(led[0][0]) is None:
                continue  # "a retired general who has commanded the Front": a group led once is none now
            side, words = led[0]
            if side not in self.lex.states:
                ent.side, ent.side_cue = side, reworded(words, f"{CONTEXT_CUE} {words}")

    def _member_of(self, group: Token, ent: Entity, leading: frozenset[str]) -> str:
        """"member of the <group>" for a person listed in a group of ``membership_bodies``
        (one, not "delegations"), with the group's modifiers and without its owner, as "head of"
        is read ("The FARC delegation included A": member of the FARC delegation; "B sat on the
        movement's negotiating team": member of the negotiating team); ``""`` for its leader
        (:func:`_leads`: "the delegation, led by C"), or another group. Another language's
        group is read in English through ``glossary.csv``, with the adjective after it if the
        two are one entry ("equipo negociador": negotiating team), else alone ("delegación
        cubana": member of the delegation; a demonym after it is the side); none if it has none."""
        lang, none = self.doc.lang_, frozenset[str]()
        if group.lemma_.lower() not in words_or("membership_bodies", lang, none) or "Plur" in group.morph.get("Number", []) \
                or _leads(self.doc[ent.start:ent.end].root, leading - words_or("listing_verbs", lang, none)):
            return ""
        if lang != DEFAULT_LANG:
            english, after = glossary(lang), self.doc[min(group.i + 1, len(self.doc) - 1)]
            written = [f"{group.lower_} {after.lower_}"] if after.dep_ == "amod" and after.head.i == group.i else []
            body = next((english[w] for w in [*written, group.lower_] if w in english), "")
            return f"{_membership_role()} {body}" if body else ""
        kept = [c for c in group.lefts if c.dep_ in ("compound", "amod", "nmod")]
        first = min((t.i for c in kept for t in c.subtree), default=group.i)
        written = [t.text for t in self.doc[first:group.i] if t.dep_ not in ("det", "poss", "case")]
        return " ".join([_membership_role(), *written, group.lower_])

    def _leader_of_party(self, group: Token, ent: Entity, at: dict[int, Entity], leading: frozenset[str]) -> str:
        """The party leader's office (``PARTY_LEADER``) for a person a named party, movement or
        armed group (:meth:`_is_party`), or a part of one (``party_parts``: "the faction of the
        Front"), is written as led by: "The Front, led by X, ...", "the Front's faction led by
        Y"; ``""`` for a delegation or team led ("the Front's delegation, led by Z": its head,
        not the party's), a group only listed ("which includes W"), or a body or state."""
        lang, none = self.doc.lang_, frozenset[str]()
        if not _leads(self.doc[ent.start:ent.end].root, leading - words_or("listing_verbs", lang, none)):
            return ""
        nouns = [group]
        if group.lemma_.lower() in words_or("party_parts", lang, none):
            nouns += [g for p in group.children if p.lower_ in self.w.of for g in p.children if g.dep_ in ("pobj", "nmod")]
            nouns += [c for c in group.children if c.dep_ == "poss"]
        parties = [at[g.i] for g in nouns if g.i in at and at[g.i].kind == "organization"]
        return PARTY_LEADER if parties and self._is_party(parties[0]) else ""

    def _sides_of_whose_members(self) -> None:
        """"El FPL, cuya dirección integran los comandantes A, B y C", "Para el FPL, cuya
        dirección integra D": the people a verb of ``membership_verbs`` or ``leading_verbs``
        makes up or heads a body with, in a relative clause that a relative possessive
        opens on a named organisation or country, take that one's side (over a side read
        from context), as a title after it does ("ASEAN, whose Secretary-General X")."""
        lang, none = self.doc.lang_, frozenset[str]()
        verbs = words_or("membership_verbs", lang, none) | words_or("leading_verbs", lang, none)
        whose = words_or("relative_possessives", lang, none)
        arguments = SUBJECT_DEPS | _OBJECT_DEPS
        for ent in self.ents:
            if ent.kind != "person" or ent.side and not ent.side_cue.startswith(CONTEXT_CUE):
                continue
            token = self.doc[ent.start:ent.end].root
            while token.dep_ in ("appos", "conj", "flat") and token.head is not token:
                token = token.head  # "los comandantes | A, B y C": the verb's argument
            verb = token.head
            if token.dep_ not in arguments or verb.dep_ not in ("acl", "relcl", "acl:relcl") \
                    or verb.lemma_.lower() not in verbs:
                continue
            owned = [g for c in verb.children if c.i != token.i and c.dep_ in arguments
                     for g in c.children if g.lower_ in whose and g.i < verb.i]
            found = self._whose_before(owned[0].i + 1) if owned else None
            if found and not self._a_place_before(owned[0].i - 1):
                ent.side, ent.side_cue = found

    def _offices_of_whose_clauses(self) -> None:
        """"La Liga Tarnesa, cuyo secretario general es X", "the League, whose secretary general
        is X": a person with no role named right after a copula in the present, after a title
        that a relative possessive (``relative_possessives``) opens on a named organisation or
        country, holds that title for that one, which is the side. Not a copula in the past
        ("whose chairman was X": a past office); the verb is one of ``office_verbs``."""
        doc = self.doc
        whose = words_or("relative_possessives", doc.lang_, frozenset())
        for ent in self.ents:
            if ent.kind != "person" and ent.label != "PERSON" or ent.role or ent.start < 5:
                continue
            verb = doc[ent.start - 1]
            present = "Pres" in verb.morph.get("Tense", []) or verb.tag_ in ("VBZ", "VBP")
            if verb.pos_ not in ("AUX", "VERB") or not present or verb.lemma_.lower() not in words_in_any("office_verbs"):
                continue
            span = self._chain_ending_at(ent.start - 1)
            if span is None or span[0] < 3 or doc[span[0] - 1].lower_ not in whose:
                continue
            found = self._whose_before(span[0])
            if found is None:
                continue
            ent.role = self._role_text(*span)
            if not ent.side or ent.side_cue.startswith(CONTEXT_CUE):
                ent.side, ent.side_cue = found

    def _sides_of_titles_owned_by_the_last_subject(self) -> None:
        """"El Frente Tarnés rechazó el acuerdo. Su secretario general, X, dijo ...": a person
        apposed to a title that a subject possessive (``subject_possessives``: "su") opens at
        the start of a sentence holds it for the named organisation or country that is the
        subject of the sentence before, which is the side (over one read from context). Not
        when the subject before is a person ("X llegó. Su secretario, Y, ...": X's aide) or
        no named one."""
        doc = self.doc
        mine = words_or("subject_possessives", doc.lang_, frozenset())
        for ent in self.ents:
            if ent.kind != "person" or ent.side and not ent.side_cue.startswith(CONTEXT_CUE) \
                    or ent.start < 4 or doc[ent.start - 1].text != ",":
                continue
            span = self._chain_ending_at(ent.start - 1)
            if span is None or span[0] < 1 or doc[span[0] - 1].lower_ not in mine \
                    or not doc[span[0] - 1].is_sent_start:
                continue
            owner = self._subject_of_the_sentence_before(span[0] - 1)
            if owner is not None and (side := without_article(self.party_of(owner), doc.lang_)):
                ent.side, ent.side_cue = side, f"{owner.text}. {doc[span[0] - 1].text}"

    def _subject_of_the_sentence_before(self, i: int) -> Entity | None:
        """The named organisation, government or group that is the subject of the main verb
        of the sentence ending right before token ``i`` (or, where the parse hangs a dateline
        there, "ARGEL.— El Frente Tarnés rechazó ...", the one written right before that verb),
        else None: never a dateline nor a place."""
        if i < 1:
            return None
        root = self.doc[i - 1].sent.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        found = [self.at.get(subjects[0].i)] if len(subjects) == 1 else []
        found.append(self.at.get(root.i - 1) if root.i > 0 else None)
        for n in found:
            if n is not None and n not in self.filed and self.ents[n].kind in ("organization", "government", "group") \
                    and (n == found[0] or self.ents[n].end == root.i):
                return self.ents[n]
        return None

    def _a_place_before(self, comma: int) -> bool:
        """The name that ends right before token ``comma`` follows a locative preposition
        (``locative_preps``: "la delegación del ELN *en* Caracas, cuya dirección ..."): a
        place where something is, which owns no body."""
        n = self.at.get(comma - 1)
        start = self.ents[n].start if n is not None else comma
        preps = words_or("locative_preps", self.doc.lang_, frozenset())
        return start > 0 and self.doc[start - 1].lower_ in preps

    def _group_framing(self, ent: Entity, groups: frozenset[str]) -> list[Token]:
        """The group noun of a phrase that opens the sentence and sets its scene ("On the
        Estonian side, A and B lead the drafting, with C heading the experts": a word of
        ``membership_preps`` before a group noun, a comma), for a person who is a subject
        in the sentence's main clause or in a phrase hung on it ("with C heading"), not
        one met or spoken of there ("..., A met B", "A said B ..."), nor a passive subject
        ("..., A and B were viewed with suspicion"), nor in a sentence where a person has a
        side stated ("On the Israeli side, Palestinian negotiator A ...": whose scene?)."""
        doc = self.doc
        if not doc.has_annotation("SENT_START"):  # no parse, no scene
            return []
        sentence = doc[ent.start].sent
        first = doc[sentence.start]
        if first.lower_ not in words_or("membership_preps", doc.lang_, frozenset()) or first.head.i != sentence.root.i:
            return []
        group = [c for c in first.children if c.dep_ == "pobj" and c.lemma_.lower() in groups]
        if not group or group[0].i + 1 >= len(doc) or doc[group[0].i + 1].text != ",":
            return []
        token = doc[ent.start:ent.end].root
        while token.dep_ in ("conj", "appos") and token.head is not token:
            token = token.head
        if token.dep_ != "nsubj":  # not a passive subject: "... A and B were viewed with suspicion"
            return []
        stated = {e.side for e in self.ents if e.kind == "person" and e.side
                  and not e.side_cue.startswith(CONTEXT_CUE) and sentence.start <= e.start < sentence.end}
        if stated:  # "On the Israeli side, Palestinian negotiator A and his aide B ...": whose scene?
            return []
        verb = token.head
        while verb.dep_ in ("pcomp", "advcl", "conj") and verb.head is not verb and verb.i != sentence.root.i:
            verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "with | C heading"
        return group[:1] if verb.i == sentence.root.i else []

    def _group_before_list(self, run: list[Entity], groups: frozenset[str]) -> list[Token]:
        """The group noun of the bare noun phrase that opens the sentence, when the names
        ``run`` (two or more) follow it set off by commas: "The Estonian team in the final
        round, A, B and C, faced ..." (the parse often hangs such a list on the verb); not
        a title ending right before the list, whose list :meth:`_distribute_lists` reads. The phrase
        holds no verb and no comma; its head is the group noun ("The Estonian team's
        critics, A and B," name no member)."""
        doc = self.doc
        first = self.honorific_before.get(run[0].start, run[0].start)  # "Gen. | A"
        first = self.by_end.get(first, first)  # "Foreign Minister | A"
        end = run[-1].end
        if len(run) < 2 or first < 2 or doc[first - 1].text != "," or end >= len(doc) or doc[end].text != "," \
                or not doc.has_annotation("SENT_START") \
                or first - 1 in self.by_end:  # "The country's foreign ministers, A and B": a title's list
            return []
        phrase = doc[doc[first].sent.start:first - 1]
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase):
            return []
        return [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in groups
                and not phrase.start <= t.head.i < phrase.end][:1]

    def _group_listing(self, ent: Entity, groups: frozenset[str]) -> list[Token]:
        """The group noun that opens the sentence as the subject of a verb of
        ``grouping_verbs`` whose list of names holds ``ent``: "The alliance, which calls
        itself the Union of Orvish Fighters, groups A of the Orvist Party, B and C" (the
        parse often takes "groups" for a noun); the noun is one of ``groups`` or of
        ``body_anaphors``, with only a determiner and modifiers before it, and the verb
        right after it or after one clause set off by commas (the noun ends the phrase that
        opens the sentence: "The seven-party alliance"). The list holds only names,
        each perhaps with its party ("A of the Orvist Party"), between commas and
        conjunctions: "includes A's party, and B said" names no member; a possessive owns a
        thing."""
        doc, lang, none = self.doc, self.doc.lang_, frozenset[str]()
        verbs = words_or("grouping_verbs", lang, none)
        if not verbs or not doc.has_annotation("SENT_START") or \
                ent.end < len(doc) and (doc[ent.end].text in POSSESSIVE or doc[ent.end].pos_ in ("VERB", "AUX")):
            return []  # "includes A, B said": B opens a clause of its own
        sentence = doc[ent.start].sent
        nouns = groups | words_or("body_anaphors", lang, none)
        end = next((t.i for t in doc[sentence.start:ent.start] if t.text == "," or t.lower_ in verbs), ent.start)
        head = doc[end - 1] if sentence.start < end <= sentence.start + _SUBJECT_TOKENS else None
        if head is None or head.lemma_.lower() not in nouns or head.i in self.at \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[sentence.start:end]):
            return []  # "The seven-party alliance": the noun ends the phrase that opens the sentence
        verb = head.i + 1
        if verb < ent.start and doc[verb].text == ",":  # "The alliance, which calls itself X, groups"
            verb = next((t.i + 1 for t in doc[verb + 1:ent.start] if t.text == ","), ent.start)
        if verb >= ent.start or doc[verb].lower_ not in verbs:
            return []
        joins = self.w.joining
        for token in doc[verb + 1:ent.start]:  # names, and the names of their parties ("A of the X,")
            inside = not token.whitespace_ and not doc[token.i - 1].whitespace_  # "Hezb-i-Norv"
            if token.i not in self.at and not inside and not (token.is_punct and token.text != ";") \
                    and token.lower_ not in joins and not token.is_title:
                return []
        return [head]

    @staticmethod
    def _group_of(token: Token, groups: frozenset[str], leading: frozenset[str],
                  links: frozenset[str], named: frozenset[int] = frozenset()) -> list[Token]:
        """The group nouns a person's name is listed under or leads, nearest first, if
        the parse says so; a leading verb's agent may lead a named organisation too
        (``named``: the tokens of organisations' names, "Nordvik Energy, led by A")."""
        for _ in range(3):  # "A and B", "A, a commander": the first of a list
            if token.dep_ not in ("conj", "appos") or token.head is token:
                break
            token = token.head
        leader = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else None
        if leader is not None and leader.dep_ == "pobj" and leader.head.dep_ == "agent":
            token = leader  # "the delegation, led by A, with B and C": B and C are of A's group
        verb = token.head  # "la Cancillería brasileña, que dirige X": the subject of a relative
        if token.dep_ in ("dobj", "obj") and verb.lemma_.lower() in leading:  # "The delegation included A"
            while verb.dep_ == "conj" and verb.head is not verb and not any(  # "is led by A and includes B"
                    c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in verb.children):
                verb = verb.head  # a second verb with no subject of its own shares the first one's
            subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
            if not subjects and verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                subjects = [verb.head]  # "la misión, encabezada por A": the participle's noun
            elif _relative_clause(verb, subjects):  # "the delegation, which includes A": what it follows
                subjects = [verb.head]
            elif any(s.lower_ in words_or("thing_pronouns", verb.doc.lang_, frozenset()) for s in subjects):
                subjects = _subjects_before(verb)  # "The team was led by A. It included B.": the team
            return [s for s in subjects if s.pos_ in ("NOUN", "PROPN") and s.lemma_.lower() in groups][:1]
        held = _group_held(verb, groups) if token.dep_ in ("nsubj", "nsubj:pass") and verb.lemma_.lower() in \
            words_or("membership_verbs", verb.doc.lang_, frozenset()) else []
        if held:  # "A sat on the North Korean side", "A was part of its team"; else a clause on A may say
            return held  # ("A, who sat on the panel, will be in the room")
        if token.dep_ in ("nsubj", "nsubj:pass") and verb.lemma_.lower() in leading \
                and verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head]  # clause that leads what it follows (the Universal Dependencies parse)
        led = _led_by_relative(token, leading, beyond=False)
        if led:  # "X, who heads the government panel", "X, a former general who leads the Front"
            return led[:1]
        if token.dep_ == "nsubj" and verb.lemma_.lower() in leading and verb.dep_ in ("ROOT", "conj"):  # "X leads
            # the Tarnish team", not "with X heading the team", where the scene may say whose team
            led = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")
                   and c.lemma_.lower() in groups]
            if led:
                return led[:1]
        held = _group_held_by_relative(token, groups)
        if held:  # "X, who sat on the Front's negotiating team"
            return held
        heads = words_or("membership_heads", token.doc.lang_, frozenset())
        for appos in (c for c in token.children if c.dep_ == "appos" and c.lower_ in heads):
            # "X, a member of the party's team,", "X, one of its negotiators,"; not "X, the leader of Y"
            held = [appos, *(g for p in appos.children if p.dep_ == "prep" and p.lower_ in words_in_any("of_preps")
                             for g in p.children if g.dep_ == "pobj")]
            member = [g for g in held if g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() in groups]
            if member:
                return member[:1]
        link, word = token.head, token.head.lower_
        if token.dep_ != "pobj" or link is token or word not in links:
            return []
        if word == "as" and not (link.i and link.nbor(-1).lower_ == "such"):
            return []  # "served as envoy"
        if word == "by" and link.dep_ != "agent":
            return []
        found: list[Token] = []
        for _ in range(2):
            above = link.head
            if above.pos_ in ("VERB", "AUX"):  # "was led by", "flew in ..., including"
                if word == "by" and above.lemma_ not in leading:
                    return found
                subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
                if above.dep_ == "acl" and above.lemma_ in leading:  # "the team led by"
                    above = above.head
                elif _relative_clause(above, subjects) and above.lemma_ in leading:  # "the team, which is led by"
                    above = above.head
                else:
                    if subjects and subjects[0].lower_ in words_or("thing_pronouns", above.doc.lang_, frozenset()):
                        subjects = _subjects_before(above)  # "The mission ... . It is led by A.": the mission
                    if not subjects:
                        return found
                    above = subjects[0]
            if above.pos_ not in ("NOUN", "PROPN") or (above.lemma_.lower() not in groups and not (
                    word == "by" and above.i in named)):
                return found
            found.append(above)
            with_ = above.head  # "was led by F, with commanders such as G": the led group's too
            if not (above.dep_ == "pobj" and with_.lower_ == "with" and with_.head.lemma_ in leading):
                return found
            link, word = with_, "with"
        return found

    def _stated_side(self, ent: Entity) -> str:
        """The side the text states for the person ``ent`` here or at another mention
        of the same name in the Doc ("North Korean leader Kim Chol Ung ... Mr Kim's"),
        not one read from context."""
        for e in [ent, *self.ents]:
            if e.canonical == ent.canonical and e.side and not e.side_cue.startswith(CONTEXT_CUE):
                return e.side
        return ""

    def _side_of_title_word(self, title: Entity, person: Entity) -> str:
        """The side a title word standing alone for a person gives a group of his ("a member
        of the Bishop's delegation", the model's ORG "Bishop"): the stated side of the one
        other person the Doc gives that title as his role, else none; a title word is no
        body and no side of its own."""
        word = title.canonical.lower()
        held = {e.canonical for e in self.ents if e.kind == "person" and e is not person
                and e.canonical != person.canonical and (e.role.lower() == word or self._titled_as(e, word))}
        if len(held) != 1:
            return ""
        holder = next(e for e in self.ents if e.kind == "person" and e.canonical in held)
        return self._stated_side(holder)

    def _titled_as(self, ent: Entity, word: str) -> bool:
        """The title word ``word`` comes right before the name, as a title or an honorific
        ("Bishop | John ...", "the Bishop | Mr ...")."""
        start = self.honorific_before.get(ent.start, ent.start)
        before = range(max(start - 1, 0), ent.start)
        return any(self.doc[i].lower_ == word and (i in self.title_tokens or i in self.honorific_tokens) for i in before)

    def _side_of_group(self, group: Token, at: dict[int, Entity], person: Entity) -> tuple[str, str] | None:
        """(side, the group's words) of a group noun: a country, demonym, body or named
        group among its modifiers or in its "of" complement ("members of the FARC's team");
        else an international body its name ends with (:meth:`_body_in_name`); else, of an organisation's name, the organisation's side or itself ("Nordvik Energy"; not a
        school, which employs whom it names: "X, who heads the Halden institute";
        "the Pacific Islands Forum's Panel of ...": the Forum), but a state's body of no
        state the lexicon knows ("el Ministerio de Defensa, que encabeza A") is no side: its
        state is, the one the datelines' capital names, else none."""
        nouns = [group]
        nouns += [g for p in group.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        halves = words_or("compass_halves", self.doc.lang_, frozenset())  # "the North's team"
        anaphors = halves | words_or("state_anaphors", self.doc.lang_, frozenset())
        lang, none = self.doc.lang_, frozenset[str]()
        placed = words_or("locative_preps", lang, none)
        for noun in nouns:
            for mod in [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]:
                if any(c.dep_ == "case" and c.lower_ in placed for c in mod.children):
                    continue  # "la oficina en Colombia de la ONU": where the group works, not whose it is
                ent = at.get(mod.i)
                if ent is None and mod.dep_ == "poss":  # "the party's team", "its negotiators"
                    owner = (self._its_before(mod.i + 1) if mod.lower_ in words_or("thing_possessives", lang, none)
                             else self._antecedent(mod.i, mod.lower_)
                             if mod.lower_ in words_or("group_anaphors", lang, none) else None)
                    if owner:
                        words = self.doc[min([mod.i, *(t.i for t in mod.lefts)]):noun.i + 1].text
                        standing = cue_kind(owner[1]) is CueKind.STANDING  # "the rebels' team": the corpus's party
                        return owner[0], Cue(words, CueKind.STANDING) if standing else of_noun(words, mod.lower_)
                    if mod.lower_ in words_or("standing_nouns", lang, none):  # "the opposition's delegation"
                        words = self.doc[min([mod.i, *(t.i for t in mod.lefts)]):noun.i + 1].text
                        return mod.lower_, Cue(words, CueKind.STANDING)
                if (ent is None or mod.lower_ in halves) and mod.lower_ in anaphors:
                    found = self._antecedent(mod.i, mod.lower_)  # "the government team": the main country
                    if found:
                        first = min([mod.i, *(t.i for t in noun.lefts if t.dep_ not in _OUTSIDE_GROUP)])
                        return found[0], of_noun(self.doc[first:noun.i + 1].text, mod.lower_)
                if ent is not None and ent.kind == "title":
                    side = self._side_of_title_word(ent, person)  # "the Bishop's delegation": a person's
                elif ent is not None and ent is not person and ent.kind == "person" and mod.dep_ == "poss":
                    side = self._stated_side(ent)  # "Mr Kim's delegation": the side Mr Kim is given
                elif ent is None or ent is person or ent.kind == "person":
                    side = (self.lex.side_of(mod.text) or _acronym(mod)) if ent is None else ""
                else:
                    side = ent.side or self.lex.side_of(ent.canonical, ent.text) or (
                        ent.canonical if ent.label == "ORG" and not self._state_body(ent.canonical)
                        and not names_a_school(ent.canonical)  # "who heads the Halden institute": employs him
                        else "")  # "the FARC delegation"; not "a member of the National Assembly"
                if side:
                    first = min([mod.i, *(t.i for t in noun.lefts if t.dep_ not in _OUTSIDE_GROUP)])
                    return side, self.doc[first:noun.i + 1].text
        named = self._body_in_name(group)
        if named is not None:  # "la Misión de Observación de la OEA, que encabeza A": the OAS's
            return named
        own = at.get(group.i)
        if own is not None and own is not person and own.label in ("ORG", "GPE") \
                and own.kind in ("organization", "modifier"):  # "la ONU, que dirige A" (ONU tagged GPE)
            side = self.party_of(own)
            if side == own.canonical and self._state_body(own.canonical):  # "el Ministerio de Defensa,
                filed = self._filed_in()  # que encabeza A": a ministry is no side, its state is
                side = filed[0] if filed and not self._set_in_another_state(filed[0]) else ""
            return (side, own.text) if side else None
        if own is None and (called := self._calls_itself(group)):
            return called
        if own is None and group.i and self.doc[group.i - 1].lower_ in self.w.articles \
                and not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in group.children):
            return self._named_body(group.i - 1, (group.lower_,), head=True)  # "the team": the one just named
        return None

    def _body_in_name(self, group: Token) -> tuple[str, str] | None:
        """(side, the group's words) of the international body (``bodies.csv``) that a part
        of a group noun's name, as the parse joins it (``flat``), names after "of": "la
        Misión de Observación | de la OEA" is the OAS's, however the model cut its entities."""
        ofs = self.w.of | self.w.contracted
        for word in _flat_parts(group):  # "la oficina del Alto Comisionado de las Naciones Unidas"
            body = self._body(self.doc[word.i:word.right_edge.i + 1].text)
            before = self.doc[word.i - 1]
            if body is not None and (before.lower_ in ofs or before.lower_ in self.w.articles
                                     and self.doc[word.i - 2].lower_ in ofs):
                return body.side, self.doc[group.i:word.right_edge.i + 1].text
        return None

    def _calls_itself(self, group: Token) -> tuple[str, str] | None:
        """(side, words) of a group noun set off by a clause that names it: "the
        alliance, which calls itself the Union of Orvish Fighters," (a word of
        ``alias_calls`` or ``alias_verbs`` before the name), "the alliance, the Union of
        Orvish Fighters,": the organisation named there, the clause's one name."""
        doc = self.doc
        if group.i + 2 >= len(doc) or doc[group.i + 1].text != ",":
            return None
        end = next((t.i for t in doc[group.i + 2:doc[group.i].sent.end] if t.text == ","), None)
        if end is None:
            return None
        inside = [e for e in self.ents if group.i + 1 < e.start and e.end <= end]
        if len(inside) != 1 or inside[0].label != "ORG" or inside[0].kind != "organization":
            return None
        name, lang, none = inside[0], doc.lang_, frozenset[str]()
        calls = words_or("alias_calls", lang, none) | words_or("alias_verbs", lang, none)
        if name.start != group.i + 2 and not any(t.lower_ in calls for t in doc[group.i + 2:name.start]):
            return None
        return (self.party_of(name) or name.canonical), doc[min(group.left_edge.i, group.i):end].text

    def _sides_of_owned_states(self) -> None:
        """A state's office holder or a monarch written as the owner of a state, which
        ends its noun phrase, is that state's: "King Osk's Jordan, invited to join,
        has declined", "President Varga's Nicaragua declined"; not "Vorontsev's Ukraine
        policy", "X's Ukraine and Gaza policies", "X's Kenya-born father" (a verb,
        punctuation other than a hyphen, or the text's end follows the state)."""
        regnal = {title for title, _ in self.lex.regnal}
        starts = {e.start: e for e in self.ents}
        for ent in self.ents:
            if ent.kind != "person" or ent.side or not ent.role or ent.end + 1 >= len(self.doc) \
                    or self.doc[ent.end].tag_ != "POS" or ent.end + 1 not in starts:
                continue
            owned = starts[ent.end + 1]
            state = self.lex.side_of(owned.canonical, owned.text)
            if state in self.lex.states and self._ends_noun_phrase(owned) \
                    and (self.lex.scope(ent.role) == "state" or ent.role.lower() in regnal):
                ent.side, ent.side_cue = state, f"possessive: {ent.text}'s {owned.text}"

    def _ends_noun_phrase(self, ent: Entity) -> bool:
        """Whether ``ent`` ends its noun phrase: the text ends after it, or a verb follows, or
        punctuation that joins no compound or list ("Jordan, invited" or "Jordan declined";
        not "Ukraine policy", "Ukraine and Gaza policies", "Ukraine, Gaza and Iran
        policies", "Kenya-born")."""
        if ent.end >= len(self.doc):
            return True
        after = self.doc[ent.end]
        if after.text in HYPHENS and not self.doc[ent.end - 1].whitespace_ \
                or after.text == "," and any(e.start == ent.end + 1 for e in self.ents):
            return False
        return after.pos_ in ("VERB", "AUX") or after.is_punct

    def _sides_of_state_offices(self) -> None:
        """A state's office with no country ("Interior Minister X", "former President
        Y") takes the one state the article names (:mod:`kit.extract.governments`),
        unless two people of the article hold that bare office (:meth:`_bare_holders`), or, for a title only some states use ("Majority Leader", column ``states`` of
        titles.csv), the one state among those the article names, unless it is the
        state of the person's counterpart (in a story filed in a capital whose every other
        state is a counterpart's, the capital's: "BUENOS AIRES.— El canciller A negoció con su
        par uruguayo, B"), or one of them the story is not filed in
        while its dateline names another's capital, or the story is filed in a town of
        another state ("MARACAIBO.—", :meth:`_filed_in_town`; which state is meant is then
        unsure); the cue says ``context: ...``, a weak side. An article that names no
        state gives the office the state its datelines file it in, a capital's or, failing
        one, a town's ("MONTERÍA.— ... el vicepresidente X": Colombia's). A title after a word of
        ``non_state_modifiers`` ("rebel military spokesman X") is a group's office: no
        state; nor is an office of a town the place lexicons do not know ("the mayor of
        Velmar": :meth:`_municipal_office`), whose state the article does not say. A state
        named across a verb of meeting from the holder (:meth:`_states_across_an_encounter`:
        "Tarn's foreign minister met the prime minister, X") is a counterpart's, never the
        holder's: the cue lists it (:attr:`CueKind.ACROSS_AN_ENCOUNTER`), and the registry
        guesses none of it later."""
        for e in self.ents:  # "Arequipa Police Chief X": the state the place data put the town in
            if e.kind == "person" and e.role and not e.side \
                    and (federal := self._federal_office_in(e.role) or self._federal_state_named(e.role)):
                e.side, e.side_cue = federal  # "commander of federal forces in Tamaulipas": Mexico's
            elif e.kind == "person" and e.role and not e.side and (place := self._place_before_an_institution(e)):
                if state := self._state_of_town(place.canonical):
                    e.side, e.side_cue = state, f"{CONTEXT_CUE} {place.text}, a town of {state}"
                else:  # a town the data do not know: no state, here or later
                    e.side_cue = Cue("", CueKind.BELOW_THE_STATE)
            elif e.kind == "person" and e.role and not e.side and self._office_of_a_people(e):
                e.side_cue = Cue("", CueKind.BELOW_THE_STATE)  # "Chechen Prime Minister X"
        bare = [e for e in self.ents if e.kind == "person" and e.role and not e.side
                and (self.lex.scope(e.role) == "state" or e.affiliation and self._portfolio_of_a_state(e)
                     or self.lex.scope(e.role) == "" and heads_an_institution(e.role))  # "the army chief"
                and not self._office_of_a_group(e) and not e.claimed  # "who calls himself the sultan"
                and not (e.affiliation and self._municipal_office(e.role))  # "the mayor of Velmar": the data's, or none
                and self._place_before_an_institution(e) is None  # "Velmar Police Chief X": the town's
                and not self._office_of_a_people(e)  # "Chechen Prime Minister X": not the state named
                and not self._government_set_in_a_capital(e)]
        met = {id(ent): across for ent in bare if (across := self._states_across_an_encounter(ent))}
        for ent in bare:  # "Tarn's foreign minister met the prime minister, X": not Tarn's
            if id(ent) in met:
                self.other_sides.setdefault(ent.canonical, set()).update(met[id(ent)])
        mentions = [(e, state) for e, state in state_mentions(self.ents, self.text, self.lex)
                    if not nationals(self.doc, e)] if bare else []  # "two Ecuadorians" were killed
        named = Counter(state for _, state in mentions)
        holders = self._bare_holders(bare)
        countered = set().union(*self.other_sides.values())  # every counterpart's state
        for ent in bare:
            # "Majority Leader", "la Cámara de Representantes": only some states have one
            offices = self.lex.states_of(ent.role) or self._states_with_body(ent.affiliation)
            candidates = set(named) & offices if offices else set(named)
            if (filed := self._filed_in(capital=True)) and candidates and filed[0] not in candidates \
                    and (not offices or filed[0] in offices):
                candidates.add(filed[0])  # a story filed in a capital is set in its state too, not one of a town
            elif (town := self._filed_in_town()) and len(candidates) == 1 and town[0] not in candidates:
                candidates.add(town[0])  # "MARACAIBO.—" and "el gobernante colombiano": which state is unsure
            without = self.lex.states_without(ent.role)  # no US "Foreign Minister"
            others = self.other_sides.get(ent.canonical, set())  # their counterparts' states
            if (kingdom := kingdom_among(ent.role, candidates)) and kingdom not in others | without \
                    and holders.get(ent.role.lower(), 0) < 2:  # "Tarn and Norway signed; King X attended"
                ent.side, ent.side_cue = kingdom, f"{CONTEXT_CUE} the one kingdom the article names"
            elif len(candidates) == 1 and not candidates & (others | without) \
                    and holders.get(ent.role.lower(), 0) < 2:
                ent.side = next(iter(candidates))
                ent.side_cue = (f"{CONTEXT_CUE} the one state the article names" if not offices else
                                f"{CONTEXT_CUE} the one state the article names with a "
                                f"{ent.role if self.lex.states_of(ent.role) else ent.affiliation}")
            elif candidates & others and filed and candidates - countered - without == {filed[0]} \
                    and holders.get(ent.role.lower(), 0) < 2:  # "BUENOS AIRES.— A ... con su par uruguayo, B"
                ent.side = filed[0]
                ent.side_cue = (f"{CONTEXT_CUE} a story filed in {filed[1]} whose other states are "
                                "its counterparts'")
            elif (home := self._home_of_lead(ent, candidates)) and home[0] not in without:
                ent.side, ent.side_cue = home[0], f"{CONTEXT_CUE} the lead of a story filed in {home[1]}"
            elif (scene := self._scene_of_sentence(ent, candidates)) and scene[0] not in without:
                ent.side, ent.side_cue = scene[0], f"{CONTEXT_CUE} the sentence is set in {scene[1]}"
            elif (home := self._home_named_by_sentence(ent, mentions, candidates)) and home[0] not in without:
                ent.side = home[0]
                ent.side_cue = f"{CONTEXT_CUE} a story filed in {home[1]}, whose state alone the sentence names"
            elif (near := self._state_just_before(ent, mentions, candidates)) and near[0] not in without:
                ent.side, ent.side_cue = near[0], f"{CONTEXT_CUE} the one state named just before: {near[1]}"
            elif not named and (filed := self._filed_in() or self._filed_in_town()) and not offices \
                    and not {filed[0]} & (self.other_sides.get(ent.canonical, set()) | without) \
                    and not self._set_in_another_state(filed[0]) and not self._monarch_s_office(ent.role):
                ent.side, ent.side_cue = filed[0], f"{CONTEXT_CUE} the story is filed in {filed[1]} and names no state"
        self._one_guess_across_an_encounter([e for e in self.ents if e.kind == "person"])
        for ent in bare:  # the registry guesses none of those states for it either
            if not ent.side and id(ent) in met:
                ent.side_cue = Cue("; ".join(sorted(met[id(ent)])), CueKind.ACROSS_AN_ENCOUNTER)
        self._heads_of_the_capital_s_bodies([e for e in bare if not e.side])
        self._offices_of_the_capital([e for e in bare if not e.side],
                                     Counter(state for ent, state in mentions if ent.kind != "organization"))

    def _one_guess_across_an_encounter(self, people: list[Entity]) -> None:
        """Undo one state guessed from context for two people who meet across a verb ("A
        Tarnish official said Prime Minister A had met President B": both read as Tarn's
        from the speaker's word): whom one meets is, as a rule, of another state, so the
        state is at most one of theirs, and which one the text does not say. Each is left
        sideless, marked as meeting that state, which the registry does not guess for it either."""
        guessed = [e for e in people if e.side and str(e.side_cue).startswith(CONTEXT_CUE)]
        undone = [a for a in guessed if any(b is not a and b.side == a.side
                                            and self._across_an_encounter(a.start, b.start) for b in guessed)]
        for ent in undone:
            ent.side, ent.side_cue = "", Cue(ent.side, CueKind.ACROSS_AN_ENCOUNTER)

    def _states_across_an_encounter(self, ent: Entity) -> set[str]:
        """The states named on the other side of a verb of ``encounter_verbs`` from the
        person ``ent`` (:meth:`_across_an_encounter`): a country, a capital or a people's
        adjective standing for one, or a person whose side is stated ("Tarn's foreign
        minister met the prime minister, X", "A of Tarn held talks with the president, Y"):
        whom one meets is, as a rule, of another state, so the office of ``ent`` is not
        that state's, whatever else the sentence names."""
        found: set[str] = set()
        for other in self.ents:
            if other is ent or other.kind in ("title", "place"):
                continue
            if other.label == "PERSON":
                state = other.side if other.side_cue and not str(other.side_cue).startswith(CONTEXT_CUE) else ""
            else:
                state = self.lex.side_of(other.canonical, other.text)
            if state in self.lex.states and self._across_an_encounter(other.start, ent.start):
                found.add(state)
        return found

    def _across_an_encounter(self, first: int, second: int) -> bool:
        """Whether the phrases of tokens ``first`` and ``second`` stand on two sides of one
        verb of ``encounter_verbs`` in one sentence, one in its subject, the other its object
        or after a word of ``accompaniment_preps``, the verb's or that of a noun of
        ``meeting_nouns`` it takes ("*Tarn's* foreign minister met *the prime minister*", "*A*
        held talks with *B*"), each side a person, a title or a state (:meth:`_party_token`),
        or any name of a list there ("met A, *B of Tarn* and C": :func:`_listed_party`).
        Not two parts of its subject or of its object ("A and B met C"), one in a clause
        inside a side ("A welcomed the deal B signed"), a phrase of whom one acts for ("A
        will sign the accords for Tarn"), a thing met ("A welcomed Tarn's proposal"), nor one
        the other's own ("met his prime minister": a possessive pronoun in the phrase)."""
        doc = self.doc
        if doc[first].sent.start != doc[second].sent.start:
            return False
        up_first = [first, *(t.i for t in doc[first].ancestors)]
        up_second = [second, *(t.i for t in doc[second].ancestors)]
        common = next((i for i in up_first if i in up_second), None)
        if common is None or common in (first, second):
            return False
        verb = doc[common]
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words_or("encounter_verbs", doc.lang_, frozenset()):
            return False
        paths = [[doc[i] for i in up[:up.index(common)]] for up in (up_first, up_second)]
        if any(t.dep_ in INNER_CLAUSE_DEPS or t.dep_ in ("cc", "relcl", "acl")
               or t.dep_ == "conj" and not _listed_party(t) for path in paths for t in path):
            return False
        subject = [path[-1].dep_.startswith("nsubj") for path in paths]
        if subject[0] == subject[1]:
            return False
        lang, none = doc.lang_, frozenset[str]()
        company = words_or("accompaniment_preps", lang, none) | self.w.of
        meetings = words_or("meeting_nouns", lang, none)
        for path in paths:
            if any(c.lower_ not in company for t in path  # the preposition on the path, or its case mark
                   for c in (t, *(k for k in t.children if k.dep_ == "case")) if c.pos_ == "ADP"):
                return False  # "for Tarn", "in Tarn": whom one acts for, where
            party = next((t for t in reversed(path) if t.pos_ != "ADP" and t.lower_ not in meetings), None)
            if party is None or not self._party_token(party):
                return False  # "welcomed the agreement": a thing, no party met
        return not any(t.dep_ == "poss" and t.pos_ == "PRON" for path in paths for t in path[-1].subtree)

    def _party_token(self, token: Token) -> bool:
        """Whether ``token`` heads a phrase naming someone met: a person's or a state's name,
        or a title."""
        i = token.i
        if any(s <= i < e for s, e in self.titles):
            return True
        n = self.at.get(i)
        if n is None:
            return self._state_s_people(token)
        ent = self.ents[n]
        return ent.label in ("PERSON", "NORP") or self.lex.side_of(ent.canonical, ent.text) in self.lex.states

    def _state_s_people(self, token: Token) -> bool:
        """Whether ``token`` is a noun of a state's people or government (``group_nouns``,
        ``government_words``: "leadership", "delegation", "officials") that a state's
        adjective or name modifies: "thanked *the Qatari leadership*", "met *the Tarn
        delegation*", someone met standing for that state."""
        lang, none = self.doc.lang_, frozenset[str]()
        nouns = words_or("group_nouns", lang, none) | words_or("government_words", lang, none)
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            return False
        return any(c.dep_ in ("amod", "compound", "nmod") and (n := self.at.get(c.i)) is not None
                   and self.lex.side_of(self.ents[n].canonical, self.ents[n].text) in self.lex.states
                   for c in token.children)

    def _government_set_in_a_capital(self, ent: Entity) -> bool:
        """Whether ``ent`` heads a government the text names ("el gobierno del presidente X":
        :meth:`_government_noun`) in a sentence that opens with a capital as its scene ("En
        Caracas, el gobierno del presidente X fue criticado por el canciller colombiano"):
        that government is the capital's (:meth:`_sides_of_governments_headed`), not the one
        state the article names."""
        if self._government_noun(ent) is None:
            return False
        scene = self._opening_scene(self.doc[ent.start].sent, ent.start)
        return scene is not None and self.lex.side_kinds.get(name_key(scene.canonical)) == "capital"

    def _heads_of_the_capital_s_bodies(self, bare: list[Entity]) -> None:
        """One a verb makes the head of a state's body named without its state ("la
        Cancillería, que dirige X", "el Ministerio del Interior, a cargo de X":
        :mod:`kit.extract.headships`), or whose title is "of" such a body (``heads.csv``: "el
        almirante X, comandante en jefe de la Armada", "commander-in-chief of the Navy";
        :func:`_of_a_bare_state_body`; not when the lead is about another state, the capital
        then a venue: :meth:`_lead_about_another_state`), in a story filed from a capital,
        heads that capital's state's body, as "del Gobierno" there is its government, weakly, however often the
        article names other states: a story names its own state's bodies bare and a
        foreign one with its state ("la Cancillería uruguaya"). Not an office that state
        does not have, nor a state the person's counterpart holds."""
        filed = self._filed_in()
        if filed is None or self._set_in_another_state(filed[0]):
            return  # "QUITO.— ... el diálogo de Antioquia ... la Cancillería, que encabeza X": another state's
        state = filed[0]
        venue = bool(bare) and bool(self._lead_about_another_state(state))  # a title's bare body: the lead's state's
        for ent in bare:
            offices = self.lex.states_of(ent.role)
            body = self.body_heads.get(ent.start)
            if (body is None and (not _of_a_bare_state_body(ent.role) or venue)) or (offices and state not in offices) \
                    or (body is not None and self._states_naming(body) - {state}) \
                    or state in self.lex.states_without(ent.role) \
                    or {state} & self.other_sides.get(ent.canonical, set()):
                continue
            ent.side = state
            ent.side_cue = f"{CONTEXT_CUE} the head of a body named without its state in a story filed in {filed[1]}"

    def _bare_holders(self, bare: list[Entity]) -> dict[str, int]:
        """How many people of the article hold each bare office (lower case), unless many
        may (``shared_offices``: "Sen. A and Sen. B"): one state has one "President", so
        two people given it ("President A and the RUF leader signed at a ceremony hosted
        by President B") are not both of the one state the article names; an office held
        before ("former President") has many holders."""
        shared = words_or("shared_offices", self.doc.lang_, frozenset())
        people: dict[str, set[str]] = {}
        for ent in bare:
            role = ent.role.lower()
            if role.split()[-1] not in shared and not self._past_office(role):  # many former presidents
                people.setdefault(role, set()).add(ent.canonical)
        return {role: len(names) for role, names in people.items()}

    def _place_before_an_institution(self, ent: Entity) -> Entity | None:
        """The name right before ``ent``'s title when the title heads a body every state has
        one of (:func:`heads_an_institution`: "Police Chief") and the name is neither a
        state's, a capital's nor a demonym ("Velmar Police Chief X", however the model tagged
        "Velmar"): the body of that town, an office below the state, not the state's the
        article names; else None."""
        if not heads_an_institution(ent.role):
            return None
        for end in range(max(0, ent.start - 2), ent.start + 1):
            start = self.by_end.get(end)
            if start is None or start == 0 or not all(t.is_punct for t in self.doc[end:ent.start]):
                continue
            n = self.at.get(start - 1)
            if n is not None and self.ents[n].end == start:
                before = self.ents[n]
                town = before.label in ("GPE", "LOC", "PERSON", "ORG", "FAC") \
                    and self.lex.side_of(before.canonical, before.text) not in self.lex.states \
                    and self.lex.side_kinds.get(name_key(before.canonical)) != "demonym"
                return before if town else None
        return None

    def _office_of_a_people(self, ent: Entity) -> bool:
        """Whether ``ent``'s title is written after the name of a people with a government,
        parliament or administration of its own (``governed_peoples``), inside it or right
        before it ("Chechen Defence Minister X", "Kurdish | Prime Minister Y"): the office of
        that people's own government or movement, below or apart from any state, so not the
        state the article names; a side only where another reading states one. Another
        people's name there says who the holder is ("Shona President X"): the office stays the
        state's."""
        if ent.role and self._ethnic_name(ent.role.split()[0], "governed_peoples"):
            return True
        for end in range(max(0, ent.start - 2), ent.start + 1):
            start = self.by_end.get(end)
            if start and all(t.is_punct for t in self.doc[end:ent.start]) \
                    and self._ethnic_name(self.doc[start - 1].text, "governed_peoples"):
                return True
        return False

    def _of_its_own(self, role: str) -> bool:
        """Whether ``role`` goes on with an "of" (``of_preps``) naming whose office it is
        ("secretario general de Hezbolá": a body the lexicon does not know, or its side
        would be read already): no bare office, so the one body the article names is not
        the one it heads."""
        words = role.split()
        return any(w.lower() in self.w.of for w in words[1:-1])

    def _office_of_a_group(self, ent: Entity) -> bool:
        """Whether the title right before ``ent`` follows a word of ``non_state_modifiers``
        ("*Rebel* military spokesman X", "an *opposition* military spokesman, X"): the office
        of a group that fights or opposes the state, not the state's."""
        marks = words_or("non_state_modifiers", self.doc.lang_, frozenset())
        for end in range(max(0, ent.start - 2), ent.start + 1):
            start = self.by_end.get(end)
            if start and self.doc[start - 1].lower_ in marks and all(t.is_punct for t in self.doc[end:ent.start]):
                return True
        return False

    def _sides_of_body_offices(self) -> None:
        """An international body's office with no body ("Secretary-General X": scope
        ``body`` in the title lexicon) takes the one body the article names that may hold
        it (:meth:`_bodies_holding`: a body whose head office it is, by ``body_heads.csv``,
        or one whose offices the table does not know), weakly (its side: the UN for the
        Security Council); when several may, the body at whose seat the story is filed, if
        the article names it ("UNITED NATIONS, Sept. 19 — The Security Council voted ...
        the African Union ... Secretary-General X"), as a state's bare office takes its
        capital's state; when none may, the body the table names for a bare title of that
        office (``default``: "Secretary-General" is the UN's, in a story that names only
        the IGAD, headed by an Executive Secretary); none otherwise, nor for a title
        after its owner's possessive that no side was read from ("Its secretary-general,
        X": the body "its" stands for, not the one the article names)."""
        bare = [e for e in self.ents if e.kind == "person" and e.role and not e.side and not e.owned
                and self.lex.scope(e.role) == "body" and not self._of_its_own(e.role)]
        if not bare:
            return
        named = {body.side for e in self.ents if e.label != "PERSON" and (body := self._body(e.canonical))}
        seat = self._filed_at_body()
        for ent in bare:
            holding = self._bodies_holding(ent.role, named)
            if len(holding) == 1:
                side = next(iter(holding))
                cue = "the one international body the article names" if holding == named else \
                    f"the one international body the article names whose head office is {ent.role}"
            elif seat is not None and seat[0] in holding:
                side, cue = seat[0], f"a body's office in a story filed at its seat: {seat[1]}"
            elif not holding and (default := default_body(ent.role)) is not None:
                side, cue = default, f"a bare {ent.role}: the office that heads the {default}"
            else:
                continue
            ent.side, ent.side_cue = side, f"{CONTEXT_CUE} {cue}"

    def _head_offices_of_bodies(self) -> None:
        """A body's chief or head ("UN chief X", "the NATO head, X", "el jefe de la OEA, X":
        a word of ``generic_head_titles`` with the body, or with a side read from the body
        written before it) holds the office that heads that body, when ``body_heads.csv``
        gives it one: the United Nations' Secretary-General, the OAS's Secretary General;
        the role stays as written for a body with several (the European Union) or none."""
        generic, ofs = words_in_any("generic_head_titles"), words_in_any("of_preps")  # a role is English
        for ent in self.ents:
            if ent.kind != "person" or not ent.role or not ent.side:
                continue
            words = ent.role.split()
            if words[0].lower() in generic:
                rest = words[1:]
                if rest[:1] and rest[0].lower() in ofs:
                    rest = rest[1:]
            elif words[-1].lower() in generic:
                rest = words[:-1]
            else:
                continue
            named = self._body(" ".join(rest) if rest else str(ent.side_cue).split(": ")[-1])
            office = head_office(ent.side)
            if named is not None and named.canonical == ent.side and office is not None:
                ent.role = office

    @staticmethod
    def _bodies_holding(role: str, named: set[str]) -> set[str]:
        """The bodies of ``named`` (sides) that may hold the office ``role``: those whose head
        office it is (``body_heads.csv``), and those whose offices the table does not know;
        every one of them when the table names no body headed by ``role`` ("Under-Secretary-
        General")."""
        if not bodies_headed_by(role):
            return set(named)
        return {body for body in named if body in bodies_headed_by(role) or body not in body_head_offices()}

    def _filed_at_body(self) -> tuple[str, str] | None:
        """``(body's side, place as written)`` of the one international body at whose
        seat the datelines say the story was filed ("UNITED NATIONS, New York —"), else None."""
        found = set()
        for _, _, written, _ in self._dateline_places():
            if (body := self._body(written)) is not None:
                found.add((body.side, written))
        return next(iter(found)) if len({side for side, _ in found}) == 1 else None

    def _dateline_places(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, place as written, the words after it)`` of each dateline: the place
        up to its first comma, parenthesis or dash ("UNITED NATIONS", "LVIV" | " Ukraine")."""
        found = []
        for start, end in self.datelines:
            place, after = [*_DATELINE_PLACE.split(self.text[start:end], 2), ""][:2]
            found.append((start, end, place.strip().rstrip("."), after))
        return found

    def _offices_of_the_capital(self, bare: list[Entity], named: Counter[str]) -> None:
        """A story filed from a capital gives its own state's officials their bare title
        ("WASHINGTON — ... Vice President Dale Harrow"; a foreign one is "Russian President
        X"): a bare state office takes the capital's state, weakly, if that state is the
        one the article names most, more often than any other (a tie is a venue's capital as
        likely as the story's own) and at least twice (not a capital where talks are only
        held) or the lead is about its government (:meth:`_lead_about_its_government`), and the
        lead is not about another state (:meth:`_lead_about_another_state`: "OSLO — The
        government of Sri Lanka and the Tigers agreed ...", a venue's capital however often
        the article names it), the office is one that state may have (not a regnal title; not "Foreign
        Minister" in Washington, where the office is the Secretary of State's), the sentence
        does not set the person in another state ("at the White House"), and no one
        else in the article holds it or would take it ("MOSCOW — President A and
        President B spoke": neither) unless many do (``shared_offices``: "Sen. A and
        Sen. B"); never a posted office ("Ambassador X" in Washington). The capital's state
        is counted with the former states its places belonged to (:func:`_state_and_former`:
        "Soviet" in a story filed in MOSCOW in 1988 names the capital's state). ``named`` counts
        no state's body (a ministry or agency, kind ``organization``: "La Secretaría de
        Relaciones Exteriores pone la sede" in a story filed from that state's capital says
        who hosts, not whose officials the story is about)."""
        filed = self._filed_in()
        if not bare or filed is None:
            return
        state = filed[0]
        own = _state_and_former(state)
        mine, most_other = sum(named[s] for s in own), max((n for s, n in named.items() if s not in own), default=0)
        if (mine < 2 or mine <= most_other) and not self._lead_about_its_government(state) \
                or self._lead_about_another_state(state):
            return  # "HAVANA — talks between Colombia and ...": a venue's capital, not the story's main state
        regnal = {title for title, _ in self.lex.regnal}  # "Crown Prince": a monarchy's, not any capital's
        # a role is read in English whatever the article's language ("el embajador X": Ambassador)
        posted = words_in_any("posted_titles")  # "Ambassador X" in Washington: often another state's
        shared = words_in_any("shared_offices")  # "Sen. A, Sen. B and Sen. C": many hold it
        held = {e.role.lower() for e in self.ents if e.label == "PERSON" and e.side == state and e.role}
        takers: dict[str, set[str]] = {}
        for ent in bare:
            offices, role = self.lex.states_of(ent.role), ent.role.lower()
            if (offices and state not in offices) or state in self.lex.states_without(ent.role) \
                    or self._met_in_another_state(ent, state) \
                    or role in regnal or self._monarch_s_office(role) or any(w in role for w in posted) \
                    or {state} & self.other_sides.get(ent.canonical, set()):
                continue
            takers.setdefault(role, set()).add(ent.canonical)
        for ent in bare:
            role = ent.role.lower()
            many = role.split()[-1] in shared  # a bare office has a role
            if ent.canonical in takers.get(role, ()) and (many or len(takers[role]) == 1 and role not in held):
                ent.side, ent.side_cue = state, Cue(f"{CONTEXT_CUE} {BARE_OFFICE_FILED} {filed[1]}",
                                                     CueKind.BARE_OFFICE_FILED)

    def _monarch_s_office(self, role: str) -> bool:
        """Whether ``role`` is a regnal title held before ("former king", "ex rey"; a word of
        ``past_modifiers`` and a title of ``regnal_titles``): a monarchy's, as the title
        itself is, and no office of the state whose capital or town files the story; a
        former king often lives abroad, in exile, in a state the story may be filed in."""
        said = role.lower().replace("-", " ").split()
        past = words_or("past_modifiers", self.doc.lang_, frozenset()) | words("past_modifiers")
        regnal = {title for title, _ in self.lex.regnal}
        return len(said) > 1 and said[0] in past and " ".join(said[1:]) in regnal

    def _lead_about_its_government(self, state: str) -> bool:
        """Whether the lead of a story filed in ``state``'s capital has that state's government
        as the subject of its main clause, bare ("LIMA.— El Gobierno anunció ...") or written
        of that state only ("LIMA.— El Gobierno peruano expresó ...", "LIMA — Peru's
        government welcomed ..."), or one of its officials (:meth:`_official_of`), not of another state or of a person ("El Gobierno de
        Guatemala", "the Ugandan government", "el Gobierno de X"), or a body of that state
        ("LIMA.— El Congreso Nacional debatirá ...": :meth:`_body_of`), or any subject written
        of that state alone ("LIMA — Peru's parliament voted ...": :meth:`_written_of`): a story
        about the capital's own government, however often it names the states it deals with."""
        nouns = government_nouns()
        return any((noun.lower_ in nouns or self._written_of(noun, state) or self._body_of(noun, state)
                    or self._official_of(noun, state))
                   and self._of_state_only(noun, state) for noun in self._lead_subjects(state))

    def _official_of(self, noun: Token, state: str) -> bool:
        """Whether ``noun``, or the name set off in apposition to it, is a person the text
        itself makes an official of ``state`` (a title or a demonym, not a side read from
        where the story is set): "WASHINGTON — El secretario de Estado, X, anunció ...", a
        story about the capital's own government."""
        for word in [noun, *(c for c in noun.children if c.dep_ == "appos")]:
            n = self.at.get(word.i)
            if n is not None and self.ents[n].label == "PERSON" and self.ents[n].side == state \
                    and not str(self.ents[n].side_cue).startswith(CONTEXT_CUE):
                return True
        return False

    def _lead_about_another_state(self, state: str) -> str:
        """The one state other than ``state`` (and the former states its places belonged to:
        "MOSCOW — The Soviet Union said ...") that the subjects of the main clause of the
        lead of a story filed in ``state``'s capital are written of ("OUAGADOUGOU — Envoys of
        *Ivory Coast's* government and of the rebels sat down ...", "ALGIERS — *Mali's*
        government and a coalition of armed groups initialled ..."), else "": the capital
        is then the venue of a story about that state, not the story's own."""
        found = set()
        for noun in self._lead_subjects(state):
            states = self._states_written_of(noun)
            if states is None:
                return ""  # "El presidente X y su colega ecuatoriano, Y": X may be the capital's
            found |= states
        return next(iter(found)) if len(found) == 1 and not found & _state_and_former(state) else ""

    def _lead_subjects(self, state: str) -> Iterator[Token]:
        """The subjects of the main clause of the lead of each story filed in ``state``'s
        capital (:attr:`_dateline_leads`), read from the lead's first word on, not the
        dateline's place ("LIMA.— | *El Gobierno* anunció ...")."""
        for filed, _, after in self._dateline_leads:
            if filed == state and after is not None:
                yield from (noun for noun in after.sent[after.i - after.sent.start:]
                            if noun.dep_ in SUBJECT_DEPS and noun.head.dep_ == "ROOT")

    def _states_written_of(self, noun: Token) -> set[str] | None:
        """The states the words that modify ``noun`` name (:meth:`_written_of`), and those of
        the nouns joined to it ("Ivory Coast's president *and* the rebel movement"); None if
        one of them is a person written of no state ("El presidente X y su colega
        ecuatoriano, Y"), who may be any state's."""
        states: set[str] = set()
        for subject in [noun, *noun.conjuncts]:
            found = {side for w, n in self._modifiers(subject, scenes=not self._an_act(subject))
                     if (side := self.lex.side_of(self.ents[n].canonical if n is not None else w.text))
                     in self.lex.states}
            if not found and any(self.ents[n].label == "PERSON" for w in subject.subtree
                                 if w.dep_ != "conj" and (n := self.at.get(w.i)) is not None):
                return None
            states |= found
        return states

    def _written_of(self, noun: Token, state: str) -> bool:
        """Whether a word that modifies ``noun`` (its possessor, an adjective, its complement)
        names ``state`` ("SKOPJE — *Macedonia's* parliament voted", "los legisladores
        *peruanos*"): a subject of that state, whatever its noun; not the place an act or
        meeting is set in (``event_nouns``, ``meeting_nouns``, ``agreement_nouns``: "PARIS —
        The ceremony *in Paris* closed ...", :meth:`_scene_of`), which says where, not whose
        ("Ministers *in Jerusalem* said" are that capital's)."""
        return any(self.lex.side_of(self.ents[n].canonical if n is not None else w.text) == state
                   for w, n in self._modifiers(noun, scenes=not self._an_act(noun)))

    def _an_act(self, noun: Token) -> bool:
        """Whether ``noun`` names an act, a meeting or an agreement (``event_nouns``,
        ``meeting_nouns``, ``agreement_nouns``: "the ceremony", "las conversaciones")."""
        lang, none = self.doc.lang_, frozenset[str]()
        acts = words_or("event_nouns", lang, none) | words_or("meeting_nouns", lang, none) \
            | words_or("agreement_nouns", lang, none)
        return noun.lower_ in acts or noun.lemma_.lower() in acts

    def _modifiers(self, noun: Token, scenes: bool = True) -> Iterator[tuple[Token, int | None]]:
        """The words that modify ``noun`` (its possessor, adjectives, complement; not a noun
        joined to it, "the government and the rebels", nor a clause or an apposition), each
        with the index of the entity it is a word of, if any; without ``scenes``, not the
        place it is set in (:meth:`_scene_of`)."""
        for child in noun.children:
            if child.dep_ not in ("conj", "cc", "punct", "relcl", "acl", "appos") \
                    and (scenes or not self._scene_of(child)):
                for w in child.subtree:
                    yield w, self.at.get(w.i)

    def _scene_of(self, child: Token) -> bool:
        """Whether ``child``, a word that modifies a noun, opens the place the noun is set in
        with a word of ``scene_preps`` ("the ceremony *in* Paris", "la ceremonia *en* París",
        where the preposition hangs on the place)."""
        at = words_or("scene_preps", self.doc.lang_, frozenset())
        return child.lower_ in at or any(c.dep_ == "case" and c.lower_ in at for c in child.children)

    def _body_of(self, token: Token, state: str) -> bool:
        """Whether ``token`` heads an organisation that is a body of ``state``: by the
        lexicon ("the Knesset") or as some state's body named without its state ("El
        Congreso Nacional", "the National Assembly": :meth:`_state_body`)."""
        n = self.at.get(token.i)
        if n is None or self.ents[n].label != "ORG":
            return False
        name = self.ents[n].canonical
        return self.lex.side_of(name) == state or self._state_body(name)

    def _of_state_only(self, noun: Token, state: str) -> bool:
        """Whether the words that modify ``noun`` (its possessor, adjectives, complement; not
        a noun joined to it, "the government and the rebels") name no state but ``state``
        and no person, as an entity or as a word of one ("El Congreso boliviano", one ORG), but
        the government's head given his title (:meth:`_titled_head_of`)."""
        for w, n in self._modifiers(noun):
            written = self.ents[n].canonical if n is not None else w.text
            if n is not None and self.ents[n].label == "PERSON" and not self._titled_head_of(self.ents[n], state):
                return False
            sides = {self.lex.side_of(written), self.lex.side_of(w.text)}  # "El Congreso boliviano", one ORG
            if any(side in self.lex.states and side != state for side in sides):
                return False
        return True

    def _titled_head_of(self, ent: Entity, state: str) -> bool:
        """Whether the person ``ent``, written with the noun it modifies ("el Gobierno del
        presidente | X"), holds an office of a state that heads a government (a word of
        ``presidency_heads``: "President") held now, of no state but ``state``: the
        government of its head, as the bare "el Gobierno" is; not "el Gobierno de X", whose
        state the words leave open, nor a head another state is given."""
        heads = words_in_any("presidency_heads")
        role = ent.role.casefold()
        return bool(role) and role in heads and not self._past_office(ent.role) and ent.side in ("", state)

    def _met_in_another_state(self, ent: Entity, state: str) -> bool:
        """Whether ``ent``'s clause sets it in another state's place or seat ("... was due
        to meet President Warren Tolliver *at the White House*", in a story filed in Berlin):
        an entity of that state after "at" or "in" (``scene_preps``) hung on the verb the
        person is the object of: someone met there, not one who went there ("Vice President
        X arrived in Mexico City" is still the capital's), nor one named in passing
        ("Rahimi, President Nazari's adviser, told reporters *in Washington*")."""
        root = self.doc[ent.start:ent.end].root
        if root.dep_ not in ("dobj", "obj"):
            return False
        verb = root.head
        at = words_or("scene_preps", self.doc.lang_, frozenset())
        for other in self.ents:
            k = other.start - 1
            k -= int(k >= 0 and self.doc[k].lower_ in self.w.articles)
            if other is ent or k < 0 or self.doc[k].lower_ not in at or self.doc[k].head.i != verb.i:
                continue
            side = self.lex.side_of(other.canonical, other.text)
            if side in self.lex.states and side != state:
                return True
        return False

    def _sides_of_presidential_offices(self) -> None:
        """An office of a president's ("presidential spokesman", "Presidential Adviser
        on the Peace Process", "spokesman for the president", "adviser of the Presidency":
        ``presidency_words``)
        with no side takes the state of the one sitting president the article names
        with a side ("President Benigno Dalisay"), weakly."""
        # a role is read in English, or as written where the title lexicon gives no English:
        # its words are looked for in every language's list ("el portavoz presidencial X")
        marks = words_in_any("presidency_words")
        bare = [e for e in self.ents if e.kind == "person" and e.role and not e.side
                and any(f" {m} " in f" {e.role.lower()} " for m in marks)]
        if not bare:
            return
        past = words_in_any("past_modifiers") | words_in_any("deputy_modifiers")  # not the president
        heads = words_in_any("presidency_heads")
        states = {e.side for e in self.ents if e.kind == "person" and e.side and e.role
                  and e.role.lower().split()[-1] in heads and not past & set(e.role.lower().split())}
        if len(states) != 1 or next(iter(states)) not in self.lex.states:
            return
        state = next(iter(states))
        for ent in bare:
            if not {state} & self.other_sides.get(ent.canonical, set()):
                ent.side, ent.side_cue = state, f"{CONTEXT_CUE} the president the article names: {state}"

    def _opening_scene(self, sentence: Span, before: int) -> Entity | None:
        """The place a sentence opens with as where it is set, a word of ``scene_preps``
        before it and a comma after, all before token ``before`` ("In Washington, ...",
        "Meanwhile, in Ankara, ..."), else None."""
        doc = self.doc
        i = sentence.start
        while i < min(sentence.start + 3, before) and (doc[i].pos_ == "ADV" or doc[i].text == ","):
            i += 1  # "Meanwhile, | in", "Back | in"
        if doc[i].lower_ not in words_or("scene_preps", doc.lang_, frozenset()) or i + 1 not in self.at:
            return None
        place = self.ents[self.at[i + 1]]
        return place if place.start == i + 1 and place.end < before and doc[place.end].text == "," else None

    def _scene_of_sentence(self, ent: Entity, candidates: set[str]) -> tuple[str, str] | None:
        """``(state, place as written)`` when the sentence of the name opens with the
        capital or country it is set in ("In Washington, President Warren Tolliver spoke
        ...", "Meanwhile, in Ankara, Foreign Minister X said ...") and the name stands
        in its main clause, not in a clause inside it ("... said that President Y
        ..."). The state must be one the article names as a party (``candidates``), or
        whose people's adjective it writes joined to another's (:meth:`_named_in_a_compound`:
        "la delegación jordano-palestina"): a capital named only as where talks are held ("In
        Vienna, ...") gives nothing."""
        doc = self.doc
        sentence = doc[ent.start].sent
        place = self._opening_scene(sentence, ent.start)
        if place is None:
            return None
        state = self.lex.side_of(place.canonical, place.text)
        if self.lex.side_kinds.get(name_key(place.canonical)) != "capital" \
                or state not in candidates and not self._named_in_a_compound(state) \
                or {state} & self.other_sides.get(ent.canonical, set()):
            return None  # a country is often where a war is fought: "In Libya, President X has sent"
        others = any(e.label == "PERSON" and e is not ent and sentence.start <= e.start < sentence.end
                     for e in self.ents)
        encounters = words_or("encounter_verbs", doc.lang_, frozenset())
        if others and any(t.pos_ == "VERB" and t.lemma_.lower() in encounters for t in sentence):
            return None  # "In Moscow, President Durmaz met President Vorontsev": a visitor and a host
        token = doc[ent.start:ent.end].root
        while token.head.i != token.i:  # up to the root: no clause inside the sentence on the way
            if token.dep_ in INNER_CLAUSE_DEPS:
                return None
            token = token.head
        return state, place.text

    def _named_in_a_compound(self, state: str) -> bool:
        """Whether the article writes ``state``'s people's adjective joined by a hyphen to
        another's, as one word ("la delegación jordano-palestina", "a Tarnian-Velmari
        delegation"): it names the state as a party, though no entity stands for it alone."""
        return state in self._states_in_compounds

    @functools.cached_property
    def _states_in_compounds(self) -> frozenset[str]:
        """The states whose people's adjective the article writes joined by a hyphen to another
        word, in one token or one entity (:meth:`_named_in_a_compound`), read once per text."""
        found: set[str] = set()
        for written in {t.text for t in self.doc if "-" in t.text or "\u2010" in t.text or "\u2011" in t.text} \
                | {e.text for e in self.ents}:
            parts = [p.strip() for p in re.split(r"[-\u2010\u2011]", written) if p.strip()]
            if len(parts) > 1:
                found.update(side for p in parts if self.lex.side_kinds.get(name_key(p)) == "demonym"
                             and (side := self.lex.side_of(p)))
        return frozenset(found)

    def _home_named_by_sentence(self, ent: Entity, mentions: list[tuple[Entity, str]],
                                candidates: set[str]) -> tuple[str, str] | None:
        """``(state, capital as written)`` when the story is filed in a capital and the
        sentence of the name, its subject (or set off after it: "El canciller, X, dijo que
        Ecuador ..."), with no other person in it, names that capital's state and no other
        ("KAMPALA — ... President X welcomed the accord and said Uganda would help", "... has
        denied that Uganda is helping the rebels"), or names it alone as a subject ("said
        Ecuador wanted ... the Paraguayan institutions"): one
        speaking of the state the story is filed from, as its own, in the way a bare
        office is written there; before the state the sentence before is about."""
        filed = self._filed_in()
        if filed is None or filed[0] not in candidates or {filed[0]} & self.other_sides.get(ent.canonical, set()):
            return None
        sentence = self.doc[ent.start].sent
        if any(e.label == "PERSON" and e is not ent and sentence.start <= e.start < sentence.end for e in self.ents):
            return None
        root = self._set_off_subject(self.doc[ent.start:ent.end].root)
        if root.dep_ not in SUBJECT_DEPS or root.head.dep_ != "ROOT":
            return None
        after = [(e, state) for e, state in mentions if sentence.start <= e.start < sentence.end and e.start >= ent.end]
        named = {state for _, state in after}
        subjects = {state for e, state in after if self._clause_subject(e)}  # "said Ecuador wanted ..."
        return filed if named == {filed[0]} or subjects == {filed[0]} else None

    def _clause_subject(self, ent: Entity) -> bool:
        """The entity is the subject of a clause, or owns or modifies it ("said Ecuador would
        seek", "dijo que el Gobierno ecuatoriano busca"), not a place or party a preposition or
        an object brings in ("the Paraguayan institutions")."""
        return self._subject_part(ent).dep_ in SUBJECT_DEPS

    def _subject_part(self, ent: Entity) -> Token:
        """The token the entity stands in its clause as: its root, or the noun it owns or
        modifies ("Ukraine's | infrastructure minister"), past a conjunction ("Ankara and
        Athens")."""
        token = self.doc[ent.start:ent.end].root
        while token.dep_ == "conj" and token.head is not token:  # "Ankara and Athens", "Ethiopian and Kenyan"
            token = token.head
        if token.dep_ in ("poss", "compound", "amod", "nmod"):
            token = token.head
        return token

    @staticmethod
    def _set_off_subject(root: Token) -> Token:
        """The subject a name is set off after, as its apposition ("El canciller, | X, | dijo",
        "The foreign minister, | X, | said": the title is the subject the name stands for), else
        the name's own root."""
        if root.dep_ == "appos" and root.head.i < root.i and root.head.dep_ in SUBJECT_DEPS:
            return root.head
        return root

    def _state_just_before(self, ent: Entity, mentions: list[tuple[Entity, str]],
                           candidates: set[str]) -> tuple[str, str] | None:
        """``(state, words)`` of the one state named between the start of the sentence
        before and the name, within its paragraph, if there is exactly one: "Ankara has
        acted as the go-between for months. Foreign Minister Mevlut Cakiroglu hosted
        ...". Not for a title set off before the name ("The ambassador, X," refers back
        to an ambassador given earlier: :meth:`_side_from_earlier_title`). What follows
        the name is not read: it often names the other party ("President X said that
        whatever Russia promised ...")."""
        k = ent.start - 1
        if k > 0 and self.doc[k].text == "," and any(end == k for _, end in self.titles):
            return None
        floor = self.doc[self._sentence_before(self.doc[ent.start].sent.start)].idx
        floor = max(floor, self.text.rfind("\n\n", 0, ent.start_char) + 1)
        near = [(e, state) for e, state in mentions
                if floor <= e.start_char and e.end_char <= ent.start_char and e.kind != "person"
                and self._topic(e)]
        states = {state for _, state in near}
        if len(states) != 1 or not states <= candidates or states & self.other_sides.get(ent.canonical, set()):
            return None
        return near[-1][1], near[-1][0].text

    def _topic(self, ent: Entity) -> bool:
        """The entity is what its clause is about: the subject ("Ankara has acted"), or
        the owner or modifier of the subject ("Ukraine's infrastructure minister said",
        "Israeli officials say") of the main clause; not a place or party a preposition
        brings in ("a plane lent by Beijing", "his letter to the White House") nor a
        subject of a clause inside ("proof that Moscow could bring ...")."""
        token = self._subject_part(ent)
        return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"

    def _home_of_lead(self, ent: Entity, candidates: set[str]) -> tuple[str, str] | None:
        """"MOSCOW (Steppe Wire) — President Oleg Vorontsev said ...": the first person
        of the lead sentence of a story filed in a capital, holding a bare office, holds
        it for that capital's state, if the article names that state or none, and then
        no towns and regions of another state alone (:meth:`_set_in_another_state`; a
        visitor named after him is not: "WASHINGTON — President Tom Harlan spoke with
        President Andrés Manuel Ruiz Baltierra")."""
        sentence = self.doc[ent.start].sent
        first = next((e for e in self.ents if e.label == "PERSON" and e.start >= sentence.start), None)
        if first is not ent:
            return None
        for state, written, after in self._dateline_leads:
            if self.lex.side_kinds.get(name_key(written)) not in ("capital", "country"):
                continue  # "SOCHI, Russia —": a town, maybe a venue, not the government's seat
            if after is None or after.sent.start != sentence.start:  # not the sentence after it
                continue
            named = state in candidates or not candidates and not self._set_in_another_state(state)  # none: the
            # dateline's, unless the article's places are of another state
            if named and not {state} & self.other_sides.get(ent.canonical, set()):
                return state, written
        return None

    def _filed_in(self, capital: bool = False) -> tuple[str, str] | None:
        """``(state, place as written)`` of the one state the datelines say the story was
        filed in (with ``capital``, of a capital only: a town's is where events happen,
        not the seat of the government the story is about), else None."""
        found = {(state, written) for _, _, state, written in self._dateline_capitals
                 if not capital or self.lex.side_kinds.get(name_key(written)) in ("capital", "country")}
        return next(iter(found)) if len({state for state, _ in found}) == 1 else None

    def _set_in_another_state(self, state: str) -> bool:
        """Whether the places the article names outside its datelines are all towns and
        regions of one state other than ``state`` ("QUITO.— ... el diálogo de Antioquia",
        "el gobernador de Nariño"): a story filed from ``state``'s capital about a
        state it never names, whose government and bare offices are not the capital's."""
        return len(self._states_of_places) == 1 and state not in self._states_of_places

    @functools.cached_property
    def _states_of_places(self) -> frozenset[str]:
        """The states of the subdivisions and cities (``subdivisions.csv``, ``cities.csv``)
        the article names outside its datelines, but a city named where something is held
        or goes (:meth:`_venue_city`); found once per Doc."""
        found = set()
        for ent in self.ents:
            if ent.label in ("GPE", "LOC") and not in_dateline(self.datelines, ent.start_char):
                place = subdivision_of(ent.canonical, self.doc.lang_) or subdivision_of(ent.canonical) \
                    or (None if self._venue_city(ent) else city_of(ent.canonical))  # ISO 3166-2 names
                if place is not None:  # are written alike in every language
                    found.add(place.country)
        return frozenset(found)

    def _venue_city(self, ent: Entity) -> bool:
        """A city written right after a word of ``scene_preps`` or ``destination_preps``
        ("talks would resume in Geneva", "viajará a Ginebra"): a venue abroad, which says
        nothing of the state the story is about."""
        preps = words_or("scene_preps", self.doc.lang_, frozenset()) \
            | words_or("destination_preps", self.doc.lang_, frozenset())
        return ent.start > 0 and self.doc[ent.start - 1].lower_ in preps

    def _filed_in_town(self) -> tuple[str, str] | None:
        """``(state, place as written)`` of the one city of ``cities.csv`` (a name of one
        country's city only) the datelines name ("MARACAIBO.—": Venezuela), a town no
        capital; else None."""
        found = {(city.country, written) for _, _, written, _ in self._dateline_places()
                 if (city := city_of(written)) is not None}
        return next(iter(found)) if len({state for state, _ in found}) == 1 else None

    @functools.cached_property
    def _dateline_leads(self) -> list[tuple[str, str, Token | None]]:
        """``(state, place as written, first token after it)`` of each dateline of
        :attr:`_dateline_capitals`: where the lead of a story filed there opens ("LIMA.— |
        El Gobierno ..."), None if nothing follows; found once per Doc."""
        starts = [t.idx for t in doc_tokens(self.doc)]
        found = []
        for _, end, state, written in self._dateline_capitals:
            k = bisect.bisect_left(starts, self._lead_after_byline(end) or end)
            while k < len(starts) and self.doc[k].is_space:
                k += 1
            found.append((state, written, self.doc[k] if k < len(starts) else None))
        return found

    def _lead_after_byline(self, place_end: int) -> int:
        """Where the lead opens after a dateline whose place ends at character
        ``place_end``, when the rest of the dateline's line is a byline or nothing ("DOHA,
        May 21 (Wire) - By Ana Ruiz" / the lead on the next line): the next line's start;
        else 0 (the lead goes on on the dateline's line: "LIMA.— El Gobierno ...")."""
        text = self.doc.text
        span = next((s for s in dateline_spans(text) if s[0] <= place_end <= s[1]), None)
        line_end = text.find("\n", place_end)
        if span is None or line_end < span[1]:
            return 0
        rest = text[span[1]:line_end].strip()
        return line_end + 1 if not rest or opens_byline(rest) else 0

    @functools.cached_property
    def _dateline_capitals(self) -> list[tuple[int, int, str, str]]:
        """``(start, end, state, place)`` of each dateline that says the state a story was
        filed in: a capital, read as written ("CIUDAD DE MÉXICO.—": the model may split it
        in two entities), or a country whose capital is named after it: a dateline names a
        city, so "MÉXICO, D.F.—" and "GUATEMALA, 5 ene —" are Ciudad de México and Guatemala
        City (:meth:`_capital_named_as_its_country`), or the first words of one capital's long name
        that name nothing the lexicons know ("SANTIAGO.—": Santiago de Chile,
        :meth:`_capital_opening_with`); or any place written with its country
        or a province of a known country after it (:meth:`_country_after_place`: "LVIV,
        Ukraine —", "PESHAWAR, Pakistan —", "SAPOÁ (Nicaragua), 21 mar —"), which is where
        it was filed whatever the capital's state ("JUBA, Sudan": before the south's
        independence). Not the seat of an international body ("UNITED NATIONS, New York —")."""
        found = []
        for start, end, written, after in self._dateline_places():
            if self._body(written) is not None:
                continue
            kind = self.lex.side_kinds.get(name_key(written))
            state = self.lex.side_of(written) if kind == "capital" or kind == "country" \
                and self._capital_named_as_its_country(written) else ""
            state = state or (self._capital_opening_with(written) if kind is None else "")
            country = self._country_after_place(after)
            if country and country != state:
                state, written = country, f"{written}, {after.strip().rstrip(').').strip()}"
            if state:
                found.append((start, end, state, written))
        return found

    def _country_after_place(self, words: str) -> str:
        """The state the words after a dateline's place name, up to its next comma,
        parenthesis or dash: a country ("Ukraine", "Nicaragua)") or a province of one
        ("Chiapas" → Mexico); else ""."""
        name = words.strip().rstrip(").").strip()
        if self.lex.side_kinds.get(name_key(name)) in ("country", "demonym"):
            state = self.lex.side_of(name)
        else:
            state = self.lex.place_side(name)
        return state if state in self.lex.states else ""

    def _capital_opening_with(self, name: str) -> str:
        """The state of the one capital whose name opens with the words of ``name``, a
        dateline's place the lexicons do not know ("SANTIAGO.—": Santiago de Chile; a
        dateline shortens a capital's long name), else ""."""
        key = name_key(name)
        states = {self.lex.sides.get(k) for k, kind in self.lex.side_kinds.items()
                  if kind == "capital" and k.startswith(f"{key} ")} if key else set()
        return next(iter(states)) or "" if len(states) == 1 else ""

    def _capital_named_as_its_country(self, name: str) -> bool:
        """Whether the country ``name`` names has a capital whose name holds the country's
        (Mexico: "Ciudad de México", "Mexico City"; not Peru: Lima), or is a city-state
        ("SINGAPORE —": the lexicon's ``city_states``)."""
        state, words = self.lex.side_of(name), set(name_key(name).split())
        return state in self.lex.city_states or any(kind == "capital" and self.lex.sides.get(key) == state and words <= set(key.split())
                   for key, kind in self.lex.side_kinds.items())

    def _share_plural_roles(self) -> None:
        """People listed together under a plural title share it: "deputy foreign
        ministers A and B", "A and B, Iran's deputy foreign ministers", and with each
        one's party set off after the name ("the deputy foreign ministers A, of Peru,
        and B, of Ecuador": B's party is his own); across a semicolon each group of names
        has its own party, never another group's ("A and B for X; C and D for Y")."""
        people = [e for e in self.ents if e.label == "PERSON"]
        pairs = [(a, b) for a, b in zip(people, people[1:]) if b.start > a.end and self._only_listing(a, b)]
        apart = {(a.start, b.start) for a, b in pairs if any(t.text == ";" for t in self.doc[a.end:b.start])
                 or self._set_off_after(a, b)}
        for a, b in [*pairs, *((b, a) for a, b in reversed(pairs))]:
            if a.plural and not b.role:
                b.role, b.affiliation, b.plural = a.role, a.affiliation, True
                if not b.side and (min(a.start, b.start), max(a.start, b.start)) not in apart:
                    b.side, b.side_cue = a.side, a.side_cue

    def _only_listing(self, a: Entity, b: Entity) -> bool:
        """Whether only commas and conjunctions stand between two names, besides the
        party the first was read from right after it, set off by a comma or not (", of
        Peru,", "A for Athens and B for Skopje"), and a semicolon closing that party, as a
        list of names each with its party is written ("A, of Peru; B, of Ecuador; and C",
        "A for X; B for Y", whether or not the party was read: :meth:`_names_party`; a
        semicolon after a bare name ends a clause); an honorific before the second is its
        own ("Mr. A and Mr. B"). A name with a possessive after it owns a noun, no item of the
        list: "The negotiators are A, B's aide, and C": B's aide is A, and B no negotiator."""
        if b.end < len(self.doc) and self.doc[b.end].text in POSSESSIVE:
            return False
        if self._set_off_after(a, b):
            return True
        end = self.honorific_before.get(b.start, b.start)
        between = [t for t in self.doc[a.end:end] if t.lower_ not in self.w.conjunctions | {","}]
        if len(between) > 1 and between[-1].text == ";":
            between = between[:-1]
            if self._names_party(between[0].i, between[-1].i + 1):
                return True
        return not between or ((self.doc[a.end].text == "," or between[0].i == a.end) and a.side_cue == self.doc[
            between[0].i:between[-1].i + 1].text and all(t.i - between[0].i == k for k, t in enumerate(between)))

    def _set_off_after(self, a: Entity, b: Entity) -> bool:
        """Whether one name that is no person's is set off right after the name ``a``, in
        parentheses or after a comma and "of", and only commas, conjunctions and a semicolon
        then stand before the name ``b`` ("los prefectos A (Osk), B (Vela) y C", "A, de Osk;
        B, de Vela"; not "A, y de Vela, B": Vela is B's): where each holder is from or serves,
        which each name of such a list has its own of."""
        doc, k = self.doc, a.end + (a.end < b.start and self.doc[a.end].text == ",")
        if k >= b.start or doc[k].text != "(" and doc[k].lower_ not in self.w.of | self.w.contracted:
            return False
        k += 1 + (doc[k].lower_ in self.w.of and k + 1 < b.start and doc[k + 1].lower_ in self.w.articles)
        n = self.at.get(k)
        if n is None or self.ents[n].label == "PERSON" or self.ents[n].start != k:
            return False
        k = self.ents[n].end
        k += k < b.start and doc[k].text == ")" and doc[a.end].text == "("
        end = self.honorific_before.get(b.start, b.start)
        return all(t.text in (",", ";") or t.lower_ in self.w.conjunctions for t in doc[k:end])

    def _names_party(self, start: int, end: int) -> bool:
        """Whether tokens ``start``-``end`` are a word of ``representing_preps`` and a name
        after it, tagged or not ("for | MDC-T", "por | el Frente"): whom a name before them
        speaks for."""
        found = self._representing_at(start)
        if found is None or found[0] >= end:
            return False
        party = [t for t in self.doc[found[0]:end] if t.lower_ not in words_in_any("articles")]
        return bool(party) and party[0].text[:1].isupper() and not any(t.pos_ in ("VERB", "AUX") for t in party)

    def _distribute_complements(self) -> set[int]:
        """A plural title with one party per name, each party before its name: "the
        presidents of Bolivia, A, and of Colombia, B" (B: president, Colombia, as A
        is president of Bolivia; "los secretarios generales de la ONU, A, y de la OEA, B":
        B is Secretary-General, of the OAS); a singular one too where an article stands for
        its noun ("el presidente de Cuba, A, y el de Chile, B": B is Chile's president).
        Returns the entities read as sides."""
        consumed: set[int] = set()
        doc = self.doc
        for ent, m in self._unread_after_party(4):
            party = self.ents[m]
            k = party.start - 1 - (doc[party.start - 1].lower_ in self.w.articles)
            if k < 3 or doc[k].lower_ not in self.w.of:
                continue
            elided = doc[k - 1].lower_ in self.w.articles  # "y el | de Chile": the title's noun left out
            k -= 1 + elided
            k -= doc[k].lower_ in self.w.conjunctions  # ", and | of Colombia"
            if doc[k].text != ",":
                continue
            before = self.at.get(k - 1)
            first = self.ents[before] if before is not None else None
            title = self._title_of_complement(first.start - 1) if first is not None and first.start > 0 else None
            if first is not None and first.label == "PERSON" and first.end == k and title is not None \
                    and (self.is_plural(title[1]) or elided):
                ent.role, ent.plural, ent.side = self._role_text(*title), not elided, self.party_of(party)
                ent.side_cue = party.text
                consumed.add(m)
        return consumed

    def _unread_after_party(self, first: int) -> Iterator[tuple[Entity, int]]:
        """Each person with no role yet, from token ``first`` on, set off by a comma right
        after an entity that names a party, with that entity's index ("y el de Chile, | B")."""
        doc = self.doc
        for ent in self.ents:
            if ent.label != "PERSON" or ent.role or ent.start < first or doc[ent.start - 1].text != ",":
                continue
            m = self.at.get(ent.start - 2)
            if m is not None and self.ents[m].end == ent.start - 1 and self.party_of(self.ents[m]):
                yield ent, m

    def _elided_demonym_titles(self) -> set[int]:
        """A title with a demonym after it, then an article and another demonym standing for
        the same title ("el presidente dominicano, A, y el cubano, B": B is Cuba's president,
        the title's noun left out, as "y el de Chile, B" leaves it out before a party; with no
        commas, "el diplomático cubano A y el noruego B": a diplomat, Norwegian). B
        takes A's role and the second demonym's side, unless an apposition of B's own says
        what B is ("y el uruguayo, B, campeón mundial de ajedrez,": a nationality, no
        title). Returns the demonyms read as sides."""
        consumed: set[int] = set()
        doc = self.doc
        for ent, m in [*self._unread_after_party(5), *self._unread_after_demonym()]:
            if self.ents[m].label != "NORP" or not doc[self.ents[m].start].is_lower or self._own_apposition(ent):
                continue
            k = self.ents[m].start - 1
            if doc[k].lower_ not in self.w.articles or doc[k - 1].lower_ not in self.w.conjunctions:
                continue
            k -= 1 + (doc[k - 2].text == ",")  # "A, y el cubano" or "A y el cubano"
            before = self.at.get(k - 1)
            first = self.ents[before] if before is not None else None
            if first is None or first.label != "PERSON" or first.end != k or not first.role \
                    or not self._demonym_titled(first):
                continue
            ent.role, ent.side, ent.side_cue = first.role, self.party_of(self.ents[m]), self.ents[m].text
            if self.lex.scope(ent.role) == "person":  # "el diplomático cubano A y el noruego B": a nationality
                ent.side_cue = _nationality(ent.side_cue)
            consumed.add(m)
        return consumed

    def _unread_after_demonym(self) -> Iterator[tuple[Entity, int]]:
        """Each person with no role yet written right after a demonym in lower case, with
        no comma ("y el noruego | B"), with that demonym's entity index."""
        for ent in self.ents:
            m = self._lower_demonym_ending_at(ent.start)
            if ent.label == "PERSON" and not ent.role and m is not None:
                yield ent, m

    def _demonym_titled(self, ent: Entity) -> bool:
        """Whether the title of ``ent`` has a demonym after it, read as its side ("el
        presidente dominicano, A") or, before the name, as a nationality ("el diplomático
        cubano A")."""
        if self.lex.side_kinds.get(name_key(ent.side_cue or "")) == "demonym":
            return True
        m = self._lower_demonym_ending_at(ent.start)
        return m is not None and self.ents[m].start in self.by_end

    def _lower_demonym_ending_at(self, k: int) -> int | None:
        """The index of the NORP entity written in lower case that ends right before token
        ``k``, with no comma ("el noruego | B"), else None."""
        m = self.at.get(k - 1) if k > 0 else None
        if m is None or self.ents[m].end != k or self.ents[m].label != "NORP" \
                or not self.doc[self.ents[m].start].is_lower:
            return None
        return m

    def _own_apposition(self, ent: Entity) -> bool:
        """A noun phrase set off after the name that the parse hangs on it (``appos``): ", B,
        campeón mundial de ajedrez," says what B is."""
        return any(c.dep_ == "appos" and c.i > ent.end for t in self.doc[ent.start:ent.end] for c in t.children)

    def _title_of_complement(self, comma: int) -> tuple[int, int] | None:
        """The title (with its modifiers) whose complement, one party named after "of" and
        maybe an article, ends at the comma at token ``comma`` ("the presidents | of Bolivia
        | ,"; "los secretarios generales | de la ONU | ,"), else None."""
        doc = self.doc
        n = self.at.get(comma - 1)
        if doc[comma].text != "," or n is None or self.ents[n].end != comma:
            return None
        j = self.ents[n].start
        j -= j > 0 and doc[j - 1].lower_ in self.w.articles
        if j < 2 or doc[j - 1].lower_ not in self.w.of:
            return None
        return self._chain_ending_at(j - 1)

    def _distribute_lists(self) -> set[int]:
        """Names listed against the countries of one plural title take them in order:
        "the foreign ministers of Britain, France and Germany — A, B and C —", "A and
        B, the Russian and Turkish presidents,". Names listed each with their party
        share the title ("The foreign ministers, A of Armenia and B of Azerbaijan,"). Only when the phrase next to the list
        holds one plural title and exactly as many sides (countries, demonyms, bodies)
        as there are names; the reading replaces any other one of the list's phrase.
        With another number of sides the names share the title alone, and with none, the
        title of "the three countries" may refer to states listed before
        (:meth:`_sides_of_states_referred_to`). Returns the entities read as sides."""
        ents, runs = self.ents, self._person_runs()
        consumed: set[int] = set()
        counterparts = words_or("counterpart_nouns", self.doc.lang_)  # roles are read in English
        possessives = words_or("person_possessives", self.doc.lang_, frozenset())
        for run in (r for r in runs if len(r) > 1):
            before = self._list_phrase(ents[run[0]].start, -1) or self._list_phrase(self._untagged_first(ents[run[0]].start), -1)
            for phrase in (before, self._list_phrase(ents[run[-1]].end, 1)):
                found = self._title_and_sides(*phrase) if phrase is not None else None
                if phrase is None or found is None:
                    continue
                role, sides = found
                principal = ""
                if role.lower() in counterparts:  # whose counterparts: "his | Turkish and Iranian counterparts"
                    opening = phrase[0] + (self.doc[phrase[0]].lower_ in possessives)
                    principal = self._possessor(opening) or self._pronoun_principal(opening, ents[run[0]])
                principal = principal or self._other_than(*phrase)
                for n in run:
                    ents[n].role, ents[n].plural = role, True
                    ents[n].affiliation = principal or ents[n].affiliation
                if len(sides) == len(run):  # else "the defence ministers of the three countries, A, B and C"
                    for n, cue in zip(run, sides):
                        person, side = ents[n], ents[cue]
                        person.side = self.lex.side_of(side.canonical, side.text)
                        person.side_cue = f"{side.text} (in the order of the list)"
                        person.consumed.add(cue)
                    consumed |= set(sides)
                elif not sides:  # "the defence ministers of the three countries, A, B and C"
                    self._sides_of_states_referred_to([ents[n] for n in run], *phrase)
                break
        return consumed

    def _other_than(self, start: int, end: int) -> str:
        """The person a plural title marked as "other" (``other_words``) follows in a
        list: "warrants for A, his deputy B, and three other commanders: C, D and E" (the
        title phrase from ``start`` to ``end``, "other" and a number before it, after a
        comma or conjunction that ends B's name): C, D and E are commanders as the people
        before are, and of their side; they are affiliated with the first of them, A (B
        being set off after A as his deputy), whose side the registry lends to one with
        none of their own. ``""`` if there is none."""
        doc, none = self.doc, frozenset[str]()
        others = words_or("other_words", doc.lang_, none)
        k = start - 1 if start and doc[start - 1].lower_ in others else start if doc[start].lower_ in others else -1
        if k < 1 or k >= end:
            return ""
        k = self._back_over(k - 1, lambda t: t.pos_ == "NUM" or t.lower_ in self.w.determiners)  # "three other"
        joined = k
        k = self._back_over(k, lambda t: t.text == "," or t.lower_ in self.w.conjunctions)  # ", and"
        n = self.at.get(k)
        if k == joined or n is None or self.ents[n].label != "PERSON" or self.ents[n].end != k + 1:
            return ""
        token = doc[self.ents[n].start:self.ents[n].end].root
        while token.dep_ in ("appos", "conj") and token.head is not token:
            token = token.head  # "A, his deputy B": A
        first = self.at.get(token.i)
        return self.ents[first if first is not None and self.ents[first].label == "PERSON" else n].canonical

    def _untagged_first(self, start: int) -> int:
        """Where a list opens whose first name the model tagged no person, set off
        by a colon ("three commanders: | Okot Ruhanga, A and B": the title is before the
        colon): the token after the colon, when only capitalised proper nouns
        (:data:`NAME_TOKENS` at most) outside any entity stand between it and the comma
        before token ``start``; else ``start``."""
        doc, comma = self.doc, start - 1
        if comma < 2 or doc[comma].text != ",":
            return start
        k = comma - 1
        while k >= 0 and comma - k <= NAME_TOKENS and doc[k].pos_ == "PROPN" and doc[k].is_title \
                and self.at.get(k) is None:
            k -= 1
        return k + 1 if k < comma - 1 and k >= 0 and doc[k].text == ":" else start

    def _person_runs(self) -> list[list[int]]:
        """The people of the Doc as lists, each the indices of names listed together
        (:meth:`_linked`), in order."""
        runs: list[list[int]] = []
        for n, ent in enumerate(self.ents):
            if ent.label != "PERSON":
                continue
            if runs and self._linked(self.ents[runs[-1][-1]].end, ent.start):
                runs[-1].append(n)
            else:
                runs.append([n])
        return runs

    def _sides_of_states_referred_to(self, people: list[Entity], start: int, end: int) -> None:
        """Names listed under a plural title of "the N countries" ("the trade ministers of
        the three countries, A, B and C", "the two countries' foreign ministers, A and B")
        take, in order and weakly, the states of the nearest list of exactly N states named
        in the sentence or the two before ("The prime ministers of Portugal, Estonia and
        Mongolia ..."; "Estonia and Mongolia agreed ..."), as they take the countries of a title
        that names them. The count must be written ("three", "both") and be the number of
        names; a person with a side keeps it."""
        doc, lang = self.doc, self.doc.lang_
        anaphors = words_or("state_anaphors", lang, frozenset())
        counts = numbers("source_counts", lang)  # "two", "three", "both": how many the plural names
        if start >= 2 and doc[start - 1].text in POSSESSIVE:  # "the two countries' | defence ministers"
            start = doc[start - 2].left_edge.i
        phrase = doc[start:end]
        if not doc.has_annotation("SENT_START") or not any(t.lemma_.lower() in anaphors and t.lower_ != t.lemma_.lower() for t in phrase) \
                or [counts.get(t.lower_) for t in phrase if t.lower_ in counts] != [len(people)]:
            return
        floor = self._sentence_before(self._sentence_before(start))
        runs: list[list[tuple[Entity, str]]] = []
        for ent in self.ents:
            if ent.start < floor or ent.end > start or ent.label == "PERSON":
                continue
            state = self.lex.side_of(ent.canonical, ent.text)
            if state not in self.lex.states:
                continue
            if runs and self._joined(runs[-1][-1][0].end, ent.start):
                runs[-1].append((ent, state))
            else:
                runs.append([(ent, state)])
        named = [r for r in runs if len({state for _, state in r}) == len(r) == len(people)]
        if not named:
            return
        listed = named[-1]
        words = doc[listed[0][0].start:listed[-1][0].end].text
        for person, (_, state) in zip(people, listed):
            if not person.side:
                person.side, person.side_cue = state, f"{CONTEXT_CUE} {phrase.text}: {words}, in order"

    def _sides_of_lists_after_a_title(self) -> None:
        """Names set off after a plural title that is the object of a verb take, in order
        and weakly, the sides of its subject, when that is a list of exactly as many
        distinct states and bodies ("Britain, France and Germany sent senior diplomats: D,
        E and F": one sentence lays the two lists side by side). Not a list whose people
        have a role of their own here, nor one where a side the Doc states for one of them
        is not the one its place gives (the names are then in another order); nor names
        opening the sentence after a plural title of states ("The presidents of France,
        Russia and the United States called ... . A, B and C urged ..."): nothing there
        says the names follow the states' order."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return
        for run in (r for r in self._person_runs() if len(r) > 1):
            people = [self.ents[n] for n in run]
            if any(p.role or p.side for p in people):
                continue
            found = self._subject_list_of_title(people)
            if found is None or len(found[0]) != len(people):
                continue
            sides, cue = found
            if any(self._stated_side(p) not in ("", side) for p, side in zip(people, sides)):
                continue
            for person, side in zip(people, sides):
                person.side, person.side_cue = side, f"{CONTEXT_CUE} {cue}, in order"

    def _subject_list_of_title(self, people: list[Entity]) -> tuple[list[str], str] | None:
        """(sides, phrase) of the subject of the verb whose object is the plural title that
        ``people`` are set off after, in apposition to it or as a second object (the parse
        gives either): "A, B and C | sent senior diplomats to sit in: ...". """
        doc = self.doc
        first = self.honorific_before.get(people[0].start, people[0].start)
        root = doc[people[0].start:people[0].end].root
        if first < 1 or doc[first - 1].text not in self.w.openers:
            return None
        verb = root.head.head if root.dep_ == "appos" else root.head if root.dep_ in ("dobj", "obj") else None
        if verb is None or verb.pos_ != "VERB":
            return None
        titles = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < first
                  and c.i + 1 in self.by_end and self.is_plural(c.i + 1)]
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not titles or not subjects or (root.dep_ == "appos" and root.head.i != titles[0].i):
            return None
        subject = subjects[0]
        end = max([subject.i + 1, *(c.i + 1 for c in subject.conjuncts)])
        return self._list_sides(subject.left_edge.i, end)

    def _list_sides(self, start: int, end: int) -> tuple[list[str], str] | None:
        """(sides, phrase) of tokens ``start``..``end`` when they are a list of names of
        states and bodies and nothing else ("Britain, France and Germany"), each one
        distinct."""
        names = [e for e in self.ents if start <= e.start and e.end <= end]
        sides = [self.lex.side_of(e.canonical, e.text) for e in names]
        if not names or (names[0].start, names[-1].end) != (start, end) or not all(sides) \
                or len(set(sides)) != len(sides) \
                or not all(self._joined(a.end, b.start) for a, b in zip(names, names[1:])):
            return None
        return sides, self.doc[start:end].text

    def _counterparts(self) -> None:
        """"his Turkish counterpart, Mevlüt Çakıroğlu", "Varlamin's counterparts": a
        counterpart holds the office of the person named as theirs (the first role the
        article gives that person), and does not work for them. A counterpart no
        possessive names the person of ("A y su homólogo B": Spanish "su" is anyone's)
        is the counterpart of the person with a role named last before them in their
        sentence. Roles are read in English ("homólogo": counterpart), so the English
        list serves a language that has none of its own."""
        nouns = words_or("counterpart_nouns", self.doc.lang_)
        roles: dict[str, str] = {}
        for e in self.ents:
            if e.label == "PERSON" and e.role and e.role.lower() not in nouns:
                roles.setdefault(e.canonical, e.role)
        for e in self.ents:
            if e.label == "PERSON" and e.role.lower() in nouns:
                principal = e.affiliation or self._named_before_in_sentence(e, nouns)
                if e.side:  # not the side of the person whose counterpart they are
                    self.other_sides.setdefault(principal, set()).add(e.side)
                e.role, e.affiliation = roles.get(principal, e.role), ""
            elif e.label == "PERSON" and (of := self._counterpart_of(e.role, nouns)) is not None:
                principal = self._named_before_in_sentence(e, nouns)
                if principal and principal in roles:  # "A, secretario general de la ONU, y su colega de la OEA, B"
                    e.role = self._office_of_counterpart(roles[principal], of, e.side)

    @staticmethod
    def _counterpart_of(role: str, nouns: frozenset[str]) -> str | None:
        """The complement of a counterpart's role that names where they hold office
        ("counterpart of the OAS": "the OAS"), else None."""
        head, of, rest = role.partition(" of ")
        return rest if of and head.lower() in nouns and rest else None

    def _office_of_counterpart(self, office: str, of: str, side: str) -> str:
        """The office ``office`` of the person one is the counterpart of, held in the body
        or state ``of`` names: "Secretary-General of the United Nations" and "counterpart of
        the OAS" make "Secretary-General of the OAS"; a state's is the bare office, the state
        the side ("Foreign Minister")."""
        title = office.partition(" of ")[0]
        return title if side in self.lex.states else f"{title} of {of}"

    def _named_before_in_sentence(self, ent: Entity, nouns: frozenset[str]) -> str:
        """The person with a role (not one of ``nouns``) named last before ``ent`` in its
        sentence, else ""."""
        sentence = self.doc[ent.start].sent
        before = [e for e in self.ents if e.label == "PERSON" and sentence.start <= e.start and e.end <= ent.start
                  and e.role and e.role.lower() not in nouns]
        return before[-1].canonical if before else ""

    def _linked(self, end: int, start: int) -> bool:
        """Whether two names are listed together: only commas and conjunctions between
        them, or the first one's party first ("A of Armenia and B", "A of the United
        States, B")."""
        if self._joined(end, start):
            return True
        doc, j = self.doc, end
        if j >= start or doc[j].lower_ not in self.w.of:
            return False
        j += 1 + (j + 1 < start and doc[j + 1].lower_ in self.w.articles)
        n = self.at.get(j)
        return (n is not None and self.ents[n].label != "PERSON"
                and bool(self.party_of(self.ents[n])) and self._joined(self.ents[n].end, start))

    def _plural_role(self, span: tuple[int, int]) -> bool:
        """Whether the title that opens a role's ``span`` is in the plural, its complement
        after it or not ("los jefes | de las AUC", "the leaders | of the Front"): the names
        listed with the holder share it (:meth:`_share_plural_roles`)."""
        heads = [(s, e) for s, e in self.titles if span[0] <= s and e <= span[1]]
        return self.is_plural(span[1]) or (bool(heads) and self.is_plural(min(heads)[1]))

    def _joined(self, end: int, start: int) -> bool:
        """Whether only commas and conjunctions stand between tokens ``end`` and ``start``."""
        return start > end and all(t.text == "," or t.lower_ in self.w.conjunctions
                                   for t in self.doc[end:start])

    def _list_phrase(self, k: int, step: int) -> tuple[int, int] | None:
        """The title phrase set off right before (``step`` -1: token ``k`` starts the
        list) or after (``step`` 1: the list ends before ``k``) a list of names, as a
        token span: titles, names of places and bodies, and the words that join them."""
        doc = self.doc
        sep = k - 1 if step < 0 else k
        if not 0 <= sep < len(doc) or doc[sep].text not in (",", "—", "–", ":"):
            return None
        joins = self.w.of | self.w.conjunctions | self.w.determiners | self.lex.modifiers | {","}
        lang = doc.lang_  # "of the three countries", "of both governments"
        parties = words_or("state_anaphors", lang, frozenset()) | words_or("group_anaphors", lang, frozenset())
        j = sep + step
        while 0 <= j < len(doc) and not (step > 0 and doc[j].is_sent_start):
            n = self.at.get(j)
            if n is not None and self.ents[n].label == "PERSON":
                return None
            if n is None and j not in self.title_tokens and doc[j].lower_ not in joins \
                    and doc[j].pos_ != "NUM" and doc[j].lemma_.lower() not in parties:
                break
            if step < 0 and doc[j].is_sent_start:
                j -= 1
                break
            j += step
        start, end = (j + 1, sep) if step < 0 else (sep + 1, j)
        while end > start and doc[end - 1].text == ",":
            end -= 1
        return (start, end) if end > start else None

    def _title_and_sides(self, start: int, end: int) -> tuple[str, list[int]] | None:
        """(role, side entities in order) of a phrase holding one plural title and
        names that each give a distinct side, else None."""
        plural = [(s, e) for s, e in self.titles if start <= s and e <= end and self.is_plural(e)]
        if len(plural) != 1:
            return None
        chain = self._chain_ending_at(plural[0][1]) or plural[0]
        sides, seen = [], set()
        for n, ent in enumerate(self.ents):
            if ent.start < start or ent.end > end or self.title_tokens & set(range(ent.start, ent.end)):
                continue
            side = self.lex.side_of(ent.canonical, ent.text)
            if not side or side in seen:
                return None
            sides.append(n)
            seen.add(side)
        return self._role_text(max(chain[0], start), plural[0][1]), sides

    def _names_an_ethnic_group(self, ent: Entity) -> bool:
        """Whether ``ent``, tagged other than a nationality, is the name of an ethnic group or
        people of ``ethnic_adjectives`` ("Zulu"; in the plural too, "kurdos") written as the
        adjective of a title after it (:meth:`_before_a_title`): a people, neither a person
        nor an organisation, and no part of the title."""
        return ent.label != "NORP" and self._ethnic_name(ent.text) and self._before_a_title(ent.end)

    def _before_a_title(self, k: int) -> bool:
        """Whether a title starts at token ``k``, or after up to two lower-case modifiers
        there ("a Zulu | tribal | leader"): where a people's name is written as a title's
        adjective; elsewhere ("the Zulu-led rebels") it is left as the model tags it."""
        doc = self.doc
        for j in range(k, min(k + 3, len(doc))):
            if j in self.by_start:
                return True
            if not doc[j].is_lower or doc[j].pos_ not in ("ADJ", "NOUN") and doc[j].lower_ not in self.lex.modifiers:
                return False
        return False

    def _ethnic_name(self, text: str, names: str = "ethnic_adjectives") -> bool:
        """Whether ``text`` is a name of ``names`` (a list of peoples), alone or in the plural."""
        ethnic = words_or(names, self.doc.lang_, frozenset())
        key = name_key(text)
        return key in ethnic or (key.endswith("s") and key[:-1] in ethnic)

    def _sides_of_fellow_members(self) -> None:
        """People a clause joins to "the other members of X" are members of X, and take its
        side: "A and B, together with the other members of the Tarn Front, walked out", "A,
        obispo de Velna, y B, junto a los demás miembros de la Conferencia Episcopal", "La
        Unión Osk, cuyo presidente es A, y la Liga Vel, que preside B, encabezan la protesta
        junto a los demás grupos de la Coordinadora": a noun of ``fellow_nouns`` after a word
        of ``other_words``, then "of" and an organisation's name, hung on a clause whose subject
        holds the person (his name, a name joined to it, or a relative clause of it). The body
        read so is stated by the text, over a side only guessed (read from context, a
        nationality, a calling's church); not a person the clause names as an object ("A met B
        and the other members of the Front": B's side is not said, nor A's)."""
        doc, lang, none = self.doc, self.doc.lang_, frozenset[str]()
        others, fellows = words_or("other_words", lang, none), words_or("fellow_nouns", lang, none)
        if not others or not fellows or not doc.has_annotation("DEP"):
            return
        for noun in doc:
            if noun.lower_ not in fellows or not any(doc[k].lower_ in others for k in range(max(noun.i - 2, 0), noun.i)):
                continue
            found = self._fellows_body(noun)
            if found is None:
                continue
            side, cue = found
            verb = noun
            while verb.dep_ in _FELLOW_PATH and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            if verb.i == noun.i:
                continue
            for ent in self.ents:
                if ent.kind != "person" or ent.start >= noun.i or ent.start < noun.sent.start \
                        or not self._subject_of_clause(doc[ent.start:ent.end].root, verb):
                    continue
                if not ent.side or ent.side_cue.startswith(CONTEXT_CUE) \
                        or cue_kind(ent.side_cue) in (CueKind.NATIONALITY, CueKind.CALLING):
                    ent.side, ent.side_cue = side, cue

    def _fellows_body(self, noun: Token) -> tuple[str, str] | None:
        """``(side, cue)`` of the organisation named right after ``noun`` and "of" ("members
        | of the Tarn Front"): a body's side, the state a state's body is of, else its name; None
        for none, a person or a place."""
        doc, k = self.doc, noun.i + 1
        if k >= len(doc) or doc[k].lower_ not in self.w.of:
            return None
        k += 1
        k += 1 if k < len(doc) and k not in self.at and doc[k].lower_ in self.w.articles else 0
        n = self.at.get(k)
        if n is not None:
            named = self.ents[n]
            start, end, label, canonical = named.start, named.end, named.label, named.canonical
        else:  # a name the reading keeps no entity of ("la Conferencia Episcopal" tagged MISC)
            span = next((e for e in doc.ents if e.start == k), None)
            if span is None:
                return None
            start, end, label, canonical = span.start, span.end, span.label_, span.text
        if start != k or label in ("PERSON", "PER", "GPE", "NORP") \
                or self.lex.side_kinds.get(name_key(canonical)) or city_of(canonical):
            return None
        body = self._body(canonical)
        side = body.side if body else self.lex.side_of(canonical) or canonical
        return side, doc[max(noun.i - 1, 0):end].text

    @staticmethod
    def _subject_of_clause(token: Token, verb: Token) -> bool:
        """Whether ``token`` is in the subject of ``verb``'s clause: the path up to ``verb``
        enters it as its subject, or as a noun joined to the clause's head when the parse
        makes a noun the head ("A su lado estaban | monseñor A, ... y el obispo B")."""
        below = None
        while token.i != verb.i and token.head.i != token.i:
            below, token = token, token.head
        return token.i == verb.i and below is not None and (
            below.dep_ in SUBJECT_DEPS or below.dep_ == "conj" and below.pos_ in ("NOUN", "PROPN") and verb.pos_ not in ("VERB", "AUX"))

    def _places_and_peoples_tagged_as_names(self, skipped: set[int]) -> None:
        """A place or a people the model tagged as a name is relabelled before any person is
        read, so a title's complement after a name is read as the place it is whatever the
        order of the two ("Mara Ventel, Prime Minister of | Tarn Osk |", the state tagged
        PERSON: the state is the side, as "of <country>" gives it, not a guess from context);
        the same relabelling as the reading of each entity makes (``skipped``: bodies and
        peoples already relabelled)."""
        for n, ent in enumerate(self.ents):
            if n in skipped:
                continue
            if self._is_place_name(ent) or (ent.label == "PERSON" and ent.canonical in self.places):
                ent.label = "GPE"  # "Tegucigalpa", "in Sochi" tagged PERSON: the text knows better
            elif self._is_demonym(ent):
                ent.label = "NORP"  # "Azerbaijani" tagged PERSON: a nationality

    def _is_demonym(self, ent: Entity) -> bool:
        return ent.label in ("PERSON", "ORG") and self.lex.side_kinds.get(name_key(ent.canonical)) == "demonym" \
            or ent.label == "PERSON" and self._plural_of_a_people(ent)

    def _plural_of_a_people(self, ent: Entity) -> bool:
        """Whether a one-word PERSON names a people in the plural: a demonym of
        ``demonyms.csv`` with an "s" ("Tarnians" when the lexicon has "Tarnian" alone), or
        a place's name with an ending of ``people_endings`` and an "s" ("Tarnis", "Tarnites"),
        or a singular that is a place's name without an ending of ``people_place_endings``
        ("Tarns": "Tarnia"), when the text tags that place ("in Tarn") or the lexicon knows it
        (a country, capital or subdivision): the people of a place, never a person."""
        text = ent.text.strip()
        if " " in text or len(text) < 4 or not text.endswith("s") or not text[:1].isupper():
            return False
        stem = text[:-1]
        if self.lex.side_kinds.get(name_key(stem)) == "demonym":
            return True
        places = {name_key(e.text) for e in self.ents if e.label in ("GPE", "LOC")}
        lang, none = self.doc.lang_, frozenset[str]()
        named = [stem[:-len(ending)] for ending in words_or("people_endings", lang, none)
                 if stem.lower().endswith(ending) and len(stem) > len(ending) + 2]
        named += [stem + ending for ending in words_or("people_place_endings", lang, none)]
        return any(name_key(place) in places or self.lex.side_kinds.get(name_key(place)) in ("country", "capital")
                   or subdivision_of(place) is not None for place in named)

    def _is_state_body(self, ent: Entity) -> bool:
        """Whether a PERSON or ORG name of another language is a state's body of
        ``glossary.csv``, whose English ends in a word of ``government_words`` or
        ``state_body_words`` ("Policía": Police, "Comando Conjunto": Joint Command, which
        NER may take for people), or a PERSON name is a state's institution of
        ``demonyms.csv`` (a seat of government standing for it: "Casa Rosada",
        "Carondelet"): an organisation, never a person."""
        institution = ent.label == "PERSON" and self.lex.side_kinds.get(name_key(ent.canonical)) == "institution"
        return institution or ent.label in ("PERSON", "ORG") and self._glossary_state_body(ent.text)

    def _is_place_name(self, ent: Entity) -> bool:
        kind = self.lex.side_kinds.get(name_key(ent.canonical))
        return ent.label in ("PERSON", "ORG") and kind in ("country", "capital")

    def _used_as_place(self, ent: Entity) -> bool:
        """A one-word PERSON the sentence uses as a place, and no person of the article
        is called: "talks in Sochi", "travel to Sochi", "the port of Mykolaiv", "wrote
        on Twitter" (``place_preps``, ``motion_verbs``, ``place_nouns`` of words.csv)."""
        doc, i = self.doc, ent.start
        if ent.label != "PERSON" or ent.end - i != 1 or i < 2:
            return False
        if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE:  # "in Baradar's view"
            return False
        if self.persons.ending(ent.canonical):
            return False
        prep, before = doc[i - 1].lower_, doc[i - 2]
        return (prep in words("place_preps")
                or (prep == "to" and before.lemma_ in words("motion_verbs"))
                or (prep == "on" and before.pos_ == "VERB")
                or (prep == "of" and before.lower_ in words("place_nouns")))

    def _person_name(self, ent: Entity) -> str | None:
        """Full name of the person ``ent`` names, even when NER gave another label.

        A GPE "Mejía" or a WORK_OF_ART "Rosa Castillo" is a person when it is
        the name, or the unambiguous end of the name, of a PERSON in the article.
        """
        if ent.label == "PERSON":
            return ent.canonical
        if ent.label not in ("ORG", "GPE", "NORP", "WORK_OF_ART"):
            return None
        full = self.persons.ending(ent.canonical, whole=True)
        if len(full) > 1:  # a surname two people share: a person, but which one stays open
            return ent.canonical
        if full:
            return full[0]
        return ent.canonical if ent.label == "ORG" and self._acts_as_person(ent) else None

    def _acts_as_person(self, ent: Entity) -> bool:
        """An ORG shaped like a personal name ("Laurent Valmont", "Samantha Kettering": two to
        four capitalised words, none an organisation word, the first no head noun of a
        group's name of ``group_heads``: "el gobernante Partido Nacional", where the title's
        word is the adjective "ruling") that the text treats as a
        person: next to a title ("Ambassador ...", ", the U.S. ambassador,") or in a
        list with people ("Philip Ashcombe, Laurent Valmont and Frank-Walter Brenninger").
        The hyphen of a double family name joins two of its words ("Lindiwe Khumalo-Ntuli")."""
        span = self.doc[ent.start:ent.end]
        tokens = [t for t in span if not _joining_hyphen(t)]
        if not 2 <= len(tokens) <= 4 or self.lex.side_of(ent.canonical) or self._body(ent.canonical):
            return False
        if tokens[0].lower_ in words_or("group_heads", self.doc.lang_, frozenset()):
            return False
        if any(not t.is_title or t.lower_ in words("org_words") for t in tokens) \
                or tokens[-1].lower_ in words("portfolio_nouns"):  # "Internal Affairs": a portfolio
            return False
        if self._chain_ending_at(ent.start) or self._apposition_after(ent.end) or self._apposition_before(ent.start):
            return True
        root = span.root
        linked = [root.head] if root.dep_ == "conj" else []
        linked += [t for t in root.children if t.dep_ == "conj"]
        return any(self.at.get(t.i) is not None and self.ents[self.at[t.i]].label == "PERSON" for t in linked)

    def _is_person(self, ent: Entity) -> bool:
        return ent.label == "PERSON"

    # -- roles -------------------------------------------------------------
    def _read_person(self, ent: Entity) -> None:
        predicated: _Found | None = None  # an office a predicate gives: "X is to be interior minister"
        start = self.honorific_before.get(ent.start, ent.start)  # "Supreme Leader | Ayatollah | Ali ..."
        span = self._chain_ending_at(start) or self._listed_title(ent, start)
        seat = self._seat_before(start) if span is None else None
        if seat is not None:  # "el senador republicano por Florida X": Senator, of Florida's state
            span = self._chain_ending_at(seat[0])
        rank = span if span is not None and self.lex.scope(self.doc[span[0]:span[1]].text) == "person" else None
        cue_at = span[0] if span else start
        span = None if rank else span  # "Col. X, a military spokesman,": the office, if one is given
        if span is not None:
            self.titled_before.add(ent.start)
        cues = self._cues_before(cue_at)
        if span is not None and self._held_before(span, cues) and self._office_now_after(ent):
            span, cues = None, []  # "former Ruritanian President X, the AU envoy,": the office now
        anaphor = self._anaphor_before(cue_at) or self._whose_before(cue_at)  # "ASEAN, whose Secretary-General X"
        principal, nationality, apposed = "", None, None
        if span is None:
            named = self._named_after(ent)  # "Qassar of Liwa al-Tahrir, head of the delegation,"
            after, ahead = self._apposition_after(ent.end), None if rank else self._apposition_before(start)
            if ahead is None and not rank and (demonym := self._nationality_before(start)) is not None:
                ahead = self._apposition_before(demonym[0])  # "el secretario general de la ONU, el peruano X"
                nationality = demonym[1] if ahead is not None else None
                cues = [c for c in cues if c != nationality]  # his nationality, not whom he speaks for
                ent.consumed |= {nationality} if nationality is not None else set()
            if after is not None and ahead is not None and self._opens_name(after.span[1]) \
                    and self._titles_first(ahead):
                after = None  # "the foreign minister, A, the defence minister, B,": B's title
            elif after is not None and ahead is not None and self._held_after_now_before(after, ahead):
                after = None  # "el jefe militar de la Resistencia, X, excoronel de la Guardia": the office now
            elif after is not None and ahead is not None and self._state_office_over_party(after, ahead):
                after = None  # "el vicepresidente, X, líder del Partido Verde,": the state's office
            if after is not None and (rank or self._rank_before(ent, start)) and self._introduces_name(after):
                after = None  # "Archbishop A, the Canadian ambassador, B,": A has a title, this one is B's
            found = after or ahead or (self._apposition_after(self.ents[named].end) if named is not None else None) \
                or self.predicate_title(ent.start, ent.end)  # "X is the chief negotiator"
            if found is None:
                found = predicated = self.given_title(ent.start, ent.end)  # "X is to be minister", "X was named minister"
            appointed = self._appointed_as(ent) or self._left_as(ent)
            if found and appointed and self._held_or_calling(found):
                # "X, an economist, was sworn in as prime minister": the office; "X, the former
                # president of R, was named as the UN special envoy": the office now, R no actor
                ent.consumed |= {*found.cues, *self.complement_cues(*found.span)[0]}
                found = appointed
            if found:
                if rank:  # "the French diplomat X, head of the mission,": the words before are the rank's
                    cues, anaphor = [], None
                span, cues, anaphor = found.span, cues + found.cues, anaphor or found.anaphor
                principal, ent.claimed = found.principal, found.claimed
                apposed = found if found is after else None
            elif aide := self._aide_before(start):  # "a spokesman for Antonio Valadares, X"
                span, principal = aide
            else:  # "Valadares named X as chair of the committee"; last, a rank given with the
                span = appointed.span if appointed else rank or self._rank_before(ent, start)  # name: "Gen. X"
                cues += appointed.cues if appointed else []
                anaphor = anaphor or (appointed.anaphor if appointed else None)
        untagged_country = None
        if span is not None:
            country = self.country_complement(span[1])  # "Emir of Qatar": Qatar is the side
            untagged_country = self.untagged_country(span[1]) if country is None else None
            if country is not None:
                span, cues = (span[0], country[1]), [*cues, country[0]]
            elif untagged_country is not None:  # "secretario de Estado de EE.UU.", EE.UU. untagged
                span = (span[0], untagged_country[1])
            ent.role, ent.plural = self._role_text(*span), self._plural_role(span)
            opening = min([span[0], *(self.ents[c].start for c in cues if self.ents[c].start < span[0])])
            past = self.doc[opening - 1] if 0 < opening < span[0] else None
            if past is not None and past.lower_ in words_or("past_modifiers", self.doc.lang_, frozenset()):
                ent.role = f"{past.lower_} {ent.role}"  # "the former | Finnish | president": a past office
            owner = self._subject_owner(opening, ent)  # "X está representado por su enviado"
            ent.affiliation = (principal or self._possessor(span[0]) or self._possessor(cue_at)
                               or self._pronoun_principal(opening, ent)  # "his Turkish counterpart"
                               or (owner.canonical if owner is not None and owner.label == "PERSON" else ""))
            anaphor = anaphor or self._its_before(opening) or self._government_before(opening) \
                or self._party_owning(owner, opening) or self._acronym_owner(opening)
            ent.owned = self._owned_title(opening)
            inner, inner_anaphor = self.complement_cues(*span)
            cues, anaphor = cues + inner, anaphor or inner_anaphor
            stated = anaphor or any(self.lex.side_of(self.ents[c].canonical, self.ents[c].text) for c in cues)
            also = None if stated else self._title_joined(span[1])
            if also is not None:  # "X, presidente de la Asamblea y jefe de la delegación del gobierno"
                inner, inner_anaphor = self.complement_cues(*also.span)
                cues, anaphor = cues + also.cues + inner, also.anaphor or inner_anaphor
            elif not anaphor and (body_office := self._body_office_joined(span[1], cues)) is not None:
                cues = body_office  # "X, Tarn's foreign minister and the chairman of the Osk Union": the body's
            elif not anaphor and apposed is None and span[1] <= ent.start \
                    and (agent := self._body_agent_after(ent, cues)) is not None:
                cues = agent  # "Tarnian President X, the chairman of the Osk Union,": the body's
            kept = self._not_where_held(ent.role, span[0], cues)
            ent.consumed |= set(cues) - set(kept)  # the place is the title's: no actor of its own
            cues = kept
        else:
            ent.role = self._regnal_role(ent, start)
        self._apply_cues(ent, cues)
        if not ent.side and seat is not None and seat[1] is not None and span is not None:
            place = self.ents[seat[1]]
            ent.side = self.lex.side_of(place.canonical, place.text) or self.lex.place_side(place.canonical)
            ent.side_cue = self.doc[place.start - 1:place.end].text if ent.side else ""
        if ent.side and (self.lex.scope(ent.role) == "person"  # "the French diplomat": a nationality
                         or self.lex.side_kinds.get(name_key(ent.side_cue)) == "demonym"
                         and (not ent.role or self._office_in_a_body(ent, span))):
            ent.side_cue = _nationality(ent.side_cue)  # "el francés X"
        if not ent.side and untagged_country is not None:
            ent.side, ent.side_cue = untagged_country[0], untagged_country[2]
        untagged = self.body_before(cue_at) if span is not None and not cues else None
        if untagged and not ent.affiliation:  # "IAEA Director General", IAEA untagged
            ent.affiliation = untagged[0].canonical
        if not ent.side and anaphor and not self._party_member(ent):
            ent.side, ent.side_cue = anaphor
        given = rank or self._rank_before(ent, start)  # "el cardenal | X", "Cardinal | X"
        calling = self.lex.calling_body(self.doc[given[0]:given[1]].text) if given else ""
        if not ent.side and ent.role:
            self._side_from_role(ent)
            if calling and cue_kind(ent.side_cue) is CueKind.TITLE \
                    and self.lex.scope(self._title_implying_a_side(ent.role.lower())) != "body":
                ent.side, ent.side_cue = "", ""  # "el secretario de Estado, cardenal X": no state's office the
                # bare title implies; "monseñor X, nuncio apostólico": the Holy See's envoy, a body's office
        if not ent.side:
            self._side_from_place(ent)
            ranked = rank is not None or self._rank_before(ent, start) is not None
            if ent.side and ranked and ent.side in self.lex.states:  # "Maj. Gen. X of Finland"
                ent.side_cue = _nationality(ent.side_cue)
        if not ent.side:
            self._place_in_apposition(ent)
        if not ent.side and nationality is not None:
            self._apply_cues(ent, [nationality])
            if ent.side and self.lex.scope(ent.role) != "state":  # "the president, the Peruvian X": Peru's
                ent.side_cue = _nationality(ent.side_cue)
        envoy = self._speaks_for(ent, span if apposed is not None else None)
        self._side_of_affiliation(ent, bool(untagged))
        if not ent.side and ent.role and span is not None:
            self._side_from_earlier_title(ent, span)
        if not envoy and (not ent.side or cue_kind(ent.side_cue) is CueKind.NATIONALITY):
            self._side_of_calling(ent, calling)
        if not ent.side and ent.role and not envoy and not ent.affiliation \
                and not self._owns(ent) and not ent.claimed:
            # someone's envoy takes the side of whom he works for; a possessor ("President X's
            # special envoy") is named as someone's principal, not among the people described;
            # a title one claims ("who calls himself the sultan of X") says nothing of the state
            # the sentence is about ("Malaysian police said X, who calls himself ...")
            self._side_from_context(ent, cue_at)
        if ent.side and self._past_office(ent.role) and not ent.side_cue.startswith(CONTEXT_CUE):
            # "the former Nigerian president", "former President X of Nigeria": not whom he acts for now
            ent.side_cue = reworded(ent.side_cue, f"{CONTEXT_CUE} {ent.side_cue}{FORMER_OFFICE}")
        elif ent.side and predicated is not None and span == predicated.span \
                and not ent.side_cue.startswith(CONTEXT_CUE):
            # "X fue designado secretario general de la Comunidad Andina": an office the text names X to says
            # whom X serves from now on, weakly; not whom X acted for in the story so far
            ent.side_cue = reworded(ent.side_cue, f"{CONTEXT_CUE} {ent.side_cue}, an office given by a predicate")
        if ent.side in self.lex.states and self._office_of_an_armed_group(ent.role):
            ent.side, ent.side_cue = "", Cue("", CueKind.BELOW_THE_STATE)  # "a Chilean rebel commander"
        if not ent.role:
            self._head_of_government(ent)

    def _office_of_an_armed_group(self, role: str) -> bool:
        """Whether ``role`` is the office of a group that takes up arms against a state, a
        word of ``armed_group_modifiers`` in it beside the title ("rebel commander", "Tarnish
        separatist spokesman", "jefe guerrillero"): whatever state a demonym, a possessive or a
        place gives it is the one the group fights or the holder's nationality, never whom he
        speaks for; the party is the group's, read elsewhere or not at all.

        The holder is given no state, and none is guessed for him later (cue kind
        :attr:`CueKind.BELOW_THE_STATE`)."""
        words = re.findall(r"\w+", role.casefold())
        lang, none = self.doc.lang_, frozenset[str]()
        opening = words_or("complement_preps", lang, none) | words_or("head_preps", lang, none)
        head = next((n for n, w in enumerate(words) if w in opening), len(words))
        # before any complement: "Tarn's envoy to the rebels" is the state's
        return len(words) > 1 and not set(words[:head]).isdisjoint(words_or("armed_group_modifiers", lang, none))

    def _elided_titles(self) -> None:
        """Each person no reading gave a role whose name an elided title opens
        (:meth:`_elided_title`) holds it; the side is read from it as from any role."""
        for ent in self.ents:
            if ent.label == "PERSON" and not ent.role and (role := self._elided_title(ent.start)):
                ent.role = role
                if not ent.side:
                    self._side_from_role(ent)

    def _elided_title(self, start: int) -> str:
        """The title a name set off after an article and an "of" complement holds, the
        title's head left out as the one of an earlier title of the sentence with such a
        complement: "el ministro de Hacienda, A, ... y el de Desarrollo Rural, B" (B: minister
        of Desarrollo Rural; an article right before an "of" preposition stands for a noun
        written before). Read in English as :meth:`_in_english` reads a title (the lexicon's
        whole title, or its head's English and the glossary's terms), else as written; ``""``
        when no such phrase comes right before the name (``start``, before its honorifics)."""
        doc, w = self.doc, self.w
        if start < 4 or doc[start - 1].text != "," or not doc.has_annotation("SENT_START"):
            return ""
        sentence = doc[start].sent
        prep = next((k for k in range(start - 2, max(sentence.start, start - 2 - COMPLEMENT_MAX), -1)
                     if doc[k].lower_ in w.of | w.contracted), None)
        if prep is None or prep - 1 < sentence.start or doc[prep - 1].lower_ not in w.articles \
                or prep - 1 in self.title_tokens or prep + 1 >= start - 1:
            return ""
        complement = doc[prep + 1:start - 1]
        lead = int(complement[0].lower_ in w.articles and len(complement) > 1)  # "el de | la | OEA, B"
        if not (complement[lead].is_title or complement[lead].is_upper) or any(
                t.is_punct or t.pos_ in ("VERB", "AUX") or t.i in self.title_tokens
                or not (t.is_title or t.is_upper or t.lower_ in w.of | w.articles | w.conjunctions) for t in complement):
            return ""  # "y el de | Desarrollo Rural |, B": a portfolio's name, capitalised
        n = self.at.get(prep + 1 + lead)
        if n is not None and self.party_of(self.ents[n]) and not (lead and body_of(complement[lead:].text, doc.lang_)):
            return ""  # "y el de Chile, B": a party, the side (:meth:`_distribute_complements`)
        earlier = max(((s, e) for s, e in self.titles if sentence.start <= s and e < prep - 1), default=None)
        if earlier is None:
            return ""
        head = next((k for k in range(earlier[0] + 1, earlier[1] + 1) if doc[k].lower_ in w.of | w.contracted), None)
        if head is None:  # "el presidente, A, y el de la Asamblea, B": no complement to stand beside
            # (one the model tagged apart counts: "la ministra | de Salud")
            return ""
        title = doc[earlier[0]:head].text
        written = f"{title} {doc[prep].text} {complement.text}"
        whole = self.lex.titles.get(written.lower())
        known = glossary(doc.lang_)
        body = body_of(complement[lead:].text, doc.lang_) if lead else None  # "el de la OEA": the body's office
        named = f"the {body.canonical}" if body is not None else known.get(complement.text)
        english = [self.lex.titles.get(title.lower()), known.get(doc[prep].lower_), named]
        return whole or (" ".join(e for e in english if e) if all(english) else written)

    def _regnal_role(self, ent: Entity, start: int) -> str:
        """The regnal title given with the name of ``ent``, in the entity or before it
        (``start``, before its honorifics): "Pope Anselm"; "El Papa Anselmo" is a title,
        "Papa Diallo" a name; "" for none."""
        doc, lang = self.doc, self.doc.lang_

        def article(k: int) -> bool:  # "El Papa Anselmo": a title; "Papa Diallo": a name
            return k >= 0 and doc[k].lower_ in self.w.articles | self.w.contracted
        # a title of one word or more before the name: "el papa", "el príncipe heredero"
        return self.lex.regnal_title(ent.canonical, lang, article(ent.start - 1)) or next(
            (found for n in range(1, 4) if start - n >= 0
             and (found := self.lex.regnal_title(f"{doc[start - n:start].text} {ent.text}", lang, article(start - n - 1)))),
            "")

    def _speaks_for(self, ent: Entity, apposed: tuple[int, int] | None) -> bool:
        """Whether ``ent`` is said to speak for a party (:meth:`_side_spoken_for`: "X en
        nombre de Y", Y's side, lent by the registry, not one of context): after the
        apposition ``apposed``, its title's span, and its comma ("X, a leader of A, for B":
        B's), or, with no side or a nationality's, after the name ("el francés X en nombre de
        la ONU": the UN's, over a nationality)."""
        envoy = False
        if apposed is not None and apposed[1] < len(self.doc) and self.doc[apposed[1]].text == ",":
            envoy = self._side_spoken_for(ent, apposed[1] + 1)
        if not envoy and (not ent.side or cue_kind(ent.side_cue) is CueKind.NATIONALITY):
            envoy = self._side_spoken_for(ent)
        if not envoy and (not ent.side or cue_kind(ent.side_cue) is CueKind.NATIONALITY) \
                and (after := self._representing_verb_after(ent)) is not None:
            envoy = self._side_spoken_for(ent, after)  # "A signed | for the Front"
        if not envoy and (not ent.side or cue_kind(ent.side_cue) is CueKind.NATIONALITY) \
                and (before := self._representing_before_agent(ent)) is not None:
            envoy = self._side_spoken_for(ent, before)  # "signed | for the Front by A"
        return envoy

    def _representing_before_agent(self, ent: Entity) -> int | None:
        """Where a word of ``representing_preps`` opens the phrase right before the name's
        word of ``agent_preps`` ("by"), the agent of a passive verb of ``representing_verbs``:
        each agent acts for the party named before it ("The accord was signed | for the Front
        by A and | for the Union by B"). Not a word that is itself an agent's ("por")."""
        doc, lang, none = self.doc, self.doc.lang_, frozenset[str]()
        root, agent = doc[ent.start:ent.end].root, words_or("agent_preps", lang, none)
        by = root.head
        if root.dep_ != "pobj" or by.i != ent.start - 1 or by.lower_ not in agent:
            return None
        opened = [t for t in doc[max(0, by.i - COMPLEMENT_MAX):by.i] if t.lower_ not in agent
                  and t.right_edge.i >= by.i - 1 and self._representing_at(t.i) is not None]
        if not opened:
            return None
        verb = opened[-1]
        while verb.pos_ != "VERB" and verb.head is not verb:
            verb = verb.head
        passive = any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for c in verb.children)
        return opened[-1].i if passive and verb.lemma_.lower() in words_or("representing_verbs", lang, none) else None

    def _representing_verb_after(self, ent: Entity) -> int | None:
        """Where a word of ``representing_preps`` may open after a verb of
        ``representing_verbs`` written right after the name: the verb whose subject the
        person is ("A signed | for the Front", "C firmó | por Cuba"), or a gerund set off
        after the name ("B, speaking | for the Front,"); None for any other word there."""
        doc, k = self.doc, ent.end
        gerund = k + 1 < len(doc) and doc[k].text == "," and _gerund(doc[k + 1])
        k += gerund
        if k >= len(doc) or doc[k].pos_ != "VERB" \
                or doc[k].lemma_.lower() not in words_or("representing_verbs", doc.lang_, frozenset()):
            return None
        root = doc[ent.start:ent.end].root
        return k + 1 if gerund or (root.head.i == k and root.dep_ in SUBJECT_DEPS) else None

    def _side_of_affiliation(self, ent: Entity, untagged: bool) -> None:
        """An institution of a body speaks for the body, and so does one named after it, over
        a nationality ("Lt. Gen. X of Kenya, the UNMIL force commander"): ``ent`` with a role,
        affiliated by a phrase or by a body its title names ``untagged``, and no office of a
        state's portfolio, takes its affiliation's side, if it has none or a nationality's;
        a school is none ("the director of the Halden research institute": :func:`names_a_school`)."""
        body = self._body(ent.affiliation) or self._body_named_first(ent.affiliation) \
            if ent.affiliation else None
        if ent.role and not ent.side and body is None and self._municipal_office(ent.role):
            place = self.lex.place_side(ent.affiliation)  # "the mayor of Velmar": where he serves
            ent.side, ent.side_cue = place, f"affiliation: {ent.affiliation}" if place else ""
            return
        if ent.role and not ent.side and body is None and self._town_s_institution(ent):
            place = self._state_of_town(ent.affiliation)  # "the police chief of Velmar": the town's state, or none
            ent.side, ent.side_cue = place, f"affiliation: {ent.affiliation}" if place else ""
            return
        if ent.role and (not ent.side or body and cue_kind(ent.side_cue) is CueKind.NATIONALITY) \
                and (ent.affiliated or untagged) and not self._portfolio_of_a_state(ent) \
                and (body or not names_a_school(ent.affiliation)):
            ent.side, ent.side_cue = body.side if body else ent.affiliation, f"affiliation: {ent.affiliation}"

    def _town_s_institution(self, ent: Entity) -> bool:
        """Whether ``ent`` heads a body every state has one of (:func:`heads_an_institution`:
        "police chief", "head of the police") "of" a place below the state, its affiliation
        ("the police chief of Velmar"): the town's or the province's institution, an office
        below the state as "mayor" is, whose side is no place's own name nor a state the
        article names, but the state the place data put the place in
        (:meth:`_state_of_town`). A state's or a capital's name there is the state's."""
        title, of, place = ent.role.rpartition(" of ")
        if not of or not heads_an_institution(title) or name_key(place) != name_key(ent.affiliation):
            return False
        if self.lex.side_of(ent.affiliation) in self.lex.states:
            return False  # "chief of police of Tarnia", "... of the capital": the state's
        return city_of(ent.affiliation) is not None or bool(self.lex.place_side(ent.affiliation)) or any(
            e.label in ("GPE", "LOC") and name_key(e.canonical) == name_key(ent.affiliation) for e in self.ents)

    def _state_of_town(self, place: str) -> str:
        """The state the place data put ``place`` in, a province's or a city's; ``""`` for a
        place they do not know."""
        city = city_of(place)
        return self.lex.place_side(place) or (city.country if city is not None else "")

    def _not_where_held(self, role: str, start: int, cues: list[int]) -> list[int]:
        """The side cues of an office below the state (:meth:`_sub_national_office`: "the
        mayor of Velmar", "alcalde de Velmar") but a place named after its title (opening
        at ``start``) that bears a state's or a capital's name and whose state the article
        names by no other name (:meth:`_state_named_apart`): a town of another state named
        like it ("alcaldesa de Praga" in a story that names no Czechia: no side from
        Praga); the capital of a state the article names is that state's ("alcaldesa de Praga"
        beside "el Gobierno checo", or "en Praga" elsewhere). A body named there is still whose it is."""
        if not self._sub_national_office(role):
            return cues
        return [n for n in cues if self.ents[n].start < start
                or self.lex.side_kinds.get(name_key(self.ents[n].canonical)) not in ("country", "capital")
                or self._state_named_apart(self.ents[n].canonical)]

    def _state_named_apart(self, place: str) -> bool:
        """Whether the article names the state of ``place`` (a state's or a capital's name)
        by another name than the place's: the state's, a demonym ("el Gobierno | venezolano"),
        another of its places, a dateline."""
        state = self.lex.side_of(place)
        held = [e for e in self.ents if self._after_sub_national_office(e)]  # "alcalde de | Velmar"
        return bool(state) and (any(e.label != "PERSON" and e not in held
                                    and self.lex.side_of(e.canonical, e.text) == state for e in self.ents)
                                or any(t.is_alpha and self.lex.side_of(t.text) == state
                                       and not any(e.start <= t.i < e.end for e in held) for t in self.doc))

    def _federal_office_in(self, role: str) -> tuple[str, str] | None:
        """``(state, cue)`` of an office over forces of ``federal_words`` ("federal") in or of
        a subdivision of ``subdivisions.csv`` ("acting commander of federal forces in Tamaulipas",
        "jefe de las fuerzas federales en Tamaulipas"): the subdivision's state, whose forces
        they are; None for any other role."""
        lang = self.doc.lang_
        words = role.split()
        if not {w.lower() for w in words} & words_or("federal_words", lang, frozenset()):
            return None
        preps = self.w.of | words_or("scene_preps", lang, frozenset())
        for k in range(len(words) - 1, 0, -1):
            written = " ".join(words[k:])
            if words[k - 1].lower() in preps and (place := subdivision_of(written, lang) or subdivision_of(written)):
                return place.country, f"{' '.join(words[k - 1:])}, a subdivision of {place.country}"
        return None

    def _sides_of_subdivision_offices(self) -> None:
        """A person with no side holding an office of a state's subdivision (a title of
        ``subdivision_offices``: "gobernador", "senator") written with the subdivision in its
        complement ("el gobernador de Entre Ríos, X", "Governor of Oregon X", "senador por
        Oregón"; a place of ``subdivisions.csv``) is of that subdivision's state."""
        for ent in self.ents:
            if ent.kind == "person" and ent.role and not ent.side and (found := self._subdivision_office(ent.role)):
                ent.side, ent.side_cue = found

    def _subdivision_office(self, role: str) -> tuple[str, str] | None:
        """``(state, cue)`` of ``role`` if it is a title of ``subdivision_offices`` "of" or
        "for" a subdivision of ``subdivisions.csv`` ("gobernador de Entre Ríos"), else None."""
        lang = self.doc.lang_
        words = role.split()
        offices = words_in_any("subdivision_offices")
        preps = words_in_any("of_preps") | words_in_any("representing_preps")  # the role may be in English
        for k in range(1, len(words)):
            if words[k].lower() not in preps or " ".join(words[:k]).lower() not in offices:
                continue
            written = " ".join(words[k + 1:])
            if written and (place := subdivision_of(written, lang) or subdivision_of(written)):
                return place.country, f"{' '.join(words[k:])}, a subdivision of {place.country}"
        return None

    def _federal_state_named(self, role: str) -> tuple[str, str] | None:
        """``(state, cue)`` of an office over forces of ``federal_words`` in a place the
        lexicons do not know ("acting commander of federal forces in Osk"): the one state the
        article names, or its datelines, that calls itself federal
        (:func:`kit.lexicon.states.federal_states`: "the Russian Federation"), weakly; None
        where it names none or two."""
        lang = self.doc.lang_
        if not {w.lower() for w in role.split()} & words_or("federal_words", lang, frozenset()):
            return None
        named = {state for _, state in state_mentions(self.ents, self.text, self.lex)}
        named |= {state for _, _, state, _ in self._dateline_capitals}
        federal = named & federal_states()
        if len(federal) != 1:
            return None
        state = federal.pop()
        return state, f"{CONTEXT_CUE} federal forces of {state}, the one federal state the article names"

    def _after_sub_national_office(self, place: Entity) -> bool:
        """Whether ``place`` closes the title of an office below the state ("alcalde del
        municipio | Velmar", "the mayor of | Velmar"): a word of ``municipal_offices`` or
        ``subdivision_offices`` among the few words before it."""
        words = [t.lower_ for t in self.doc[max(place.start - 4, 0):place.start]]
        return any(self._sub_national_office(" ".join(words[n:])) for n in range(len(words)))

    def _sub_national_office(self, role: str) -> bool:
        """Whether ``role`` is an office below the state (``municipal_offices``,
        ``subdivision_offices``, in any language), alone or "of" a place ("Mayor of Velmar",
        "alcalde de Velmar", "Governor of Osk"): the place after it is where it is held."""
        offices = words_in_any("municipal_offices") | words_in_any("subdivision_offices")  # the role in English
        return self._office_of_a_place(role, offices, words_in_any("of_preps"))

    def _municipal_office(self, role: str) -> bool:
        """Whether ``role`` is an office of a town (``municipal_offices`` of the Doc's
        language), alone or "of" a place ("mayor", "the mayor of Velmar", "alcalde de
        Velmar"): below any state, what it is of is where it is held, no side of its own."""
        return self._office_of_a_place(role, words_or("municipal_offices", self.doc.lang_, frozenset()), self.w.of)

    @staticmethod
    def _office_of_a_place(role: str, offices: frozenset[str], of: frozenset[str]) -> bool:
        """Whether ``role`` opens with one of ``offices`` and is that office alone or "of"
        something (a word of ``of`` right after it): "mayor", "mayor of Velmar"; not
        "mayoral race". Words are read by :func:`name_key`."""
        words = name_key(role).split()
        return any(" ".join(words[:n]) in offices and (n == len(words) or words[n] in of)
                   for n in range(1, len(words) + 1))

    def _office_in_a_body(self, ent: Entity, span: tuple[int, int] | None) -> bool:
        """Whether ``ent``'s role is an office of the international body it is affiliated
        with, no state's ("el uruguayo X, enviado especial de la OEA"): a demonym given
        with the name is then the holder's nationality, not the side the office speaks for.
        An office its title ``span`` gives of a state ("el venezolano X, embajador | de
        Venezuela | ante la OEA") is that state's."""
        return bool(ent.affiliation) and self.lex.scope(ent.role) != "state" \
            and self._body(ent.affiliation) is not None and not (span and self._of_a_state(*span))

    def _of_a_state(self, start: int, end: int) -> bool:
        """Whether a state the lexicons know is named after an ``of_preps`` word in the
        title ``doc[start:end]`` ("embajador | de Venezuela | ante la OEA"); not a place
        after another preposition ("enviado de la OEA | en Nicaragua"), where the office is held."""
        found = {self.at[i] for i in range(start + 1, end) if i in self.at}
        return any(self.doc[self.ents[n].start - 1].lower_ in self.w.of
                   and self.lex.side_of(self.ents[n].canonical, self.ents[n].text) in self.lex.states
                   for n in found if self.ents[n].label == "GPE" and self.ents[n].start > start)

    def _nationality_before(self, start: int) -> tuple[int, int] | None:
        """``(opening, cue)`` of a demonym set right before a name after an apposition's
        comma ("el secretario general de la ONU, | el peruano | X", "the UN envoy, the
        Peruvian X"): where the words before the name open and the demonym's entity, a
        nationality that the title before the comma outranks."""
        doc, k = self.doc, start - 1
        n = self.at.get(k)
        if n is None or self.ents[n].end != start or self.ents[n].label == "PERSON" \
                or self.lex.side_kinds.get(name_key(self.ents[n].canonical)) != "demonym":
            return None
        opening = self.ents[n].start
        opening -= 1 if opening > 0 and doc[opening - 1].lower_ in self.w.determiners else 0
        return (opening, n) if opening > 0 and doc[opening - 1].text in self.w.openers else None

    def _seat_before(self, start: int) -> tuple[int, int | None] | None:
        """``(end of the title, the place's entity or None)`` when Spanish writes words of the
        title between it and the name: one or two adjectives hung on it ("el senador |
        republicano | X"; one the tagger takes for a noun but parses as the title's modifier,
        "el dirigente | campesino | X") and the place it is held for, after a one-word ``representing_preps``
        ("el senador republicano | por Florida | X", "la diputada por Madrid X"), whose state
        (a subdivision's, a country's) is the side; None when no title of the lexicon ends there."""
        doc, k, place = self.doc, start, None
        n = self.at.get(start - 1)
        if n is not None and self.ents[n].end == start and self.ents[n].label in ("GPE", "LOC") \
                and self.ents[n].start > 1 \
                and doc[self.ents[n].start - 1].lower_ in words_or("representing_preps", doc.lang_, frozenset()):
            place, k = n, self.ents[n].start - 1
        j = k
        while k - j < 2 and j > 1 and j - 1 not in self.at and doc[j - 1].pos_ in _MODIFIER_TAGS \
                and doc[j - 1].is_lower and doc[j - 1].dep_ == "amod" and doc[j - 1].head.i < j - 1:
            j -= 1
        return (j, place) if (place is not None or j < k) and j in self.by_end else None

    def _title_joined(self, end: int) -> _Found | None:
        """A second title a conjunction joins to the one ending at token ``end`` ("presidente
        de la Asamblea Nacional | y jefe de la delegación del gobierno"): its complement
        may say whom the holder speaks for when the first one's does not."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ not in self.w.conjunctions:
            return None
        return self._title_from(end + 1, closed=False)

    def _body_office_joined(self, end: int, cues: list[int]) -> list[int] | None:
        """The cues of a second title joined to a state's office ending at token ``end`` (its
        nationality written after it, "canciller | chileno", read with it) when that title names
        an international body (``bodies.csv``) the first does not ("Tarn's foreign minister | and
        the chairman-in-office of the Osk Union", "canciller tarnés y secretario general de la
        Unión"): the office held in the body is the one a story names him by, as a third party,
        not his state's; else None."""
        for n in sorted(cues, key=lambda c: self.ents[c].start):  # "canciller | chileno | y", "| de Chile | y"
            start = self.ents[n].start
            if start == end or start == end + 1 and self.doc[end].lower_ in self.w.of:
                end = self.ents[n].end
        if not self._states_only(cues):
            return None
        also = self._title_joined(end)
        joined = [] if also is None else [*also.cues, *self.complement_cues(*also.span)[0]]
        return joined if self._bodies_in(joined) else None

    def _body_agent_after(self, ent: Entity, cues: list[int]) -> list[int] | None:
        """The cues of an apposition set off after the name of someone given a state's office
        before it, when it is the title of someone who acts for an international body
        (``bodies.csv``) the office before does not name, a word of ``body_agent_titles``,
        ``third_party_titles``, ``chair_titles`` or ``generic_head_titles`` in it ("Tarnian
        President X, the chairman of the Osk Union,", "el canciller tarnés X, enviado especial de
        la Unión,"): the body he acts for as a third party, as :meth:`_body_office_joined` reads
        it; else None."""
        after = self._apposition_after(ent.end)
        if after is None or not self._states_only(cues):
            return None
        title = " ".join(re.findall(r"\w+(?:-\w+)*", self.doc[after.span[0]:after.span[1]].text.casefold()))
        if self._past_office(title) or not agent_title(title, heads=True):
            return None
        joined = [*after.cues, *self.complement_cues(*after.span)[0]]
        return joined if self._bodies_in(joined) else None

    def _states_only(self, cues: list[int]) -> bool:
        """Whether entities ``cues`` name states, no other side, and no international body."""
        first = {side for n in cues if (side := self.lex.side_of(self.ents[n].canonical, self.ents[n].text))}
        return bool(first) and first <= self.lex.states and not self._bodies_in(cues)

    def _bodies_in(self, found: list[int]) -> set[str]:
        """The sides of the international bodies (``bodies.csv``) entities ``found`` name."""
        return {body.side for n in found if (body := self._body(self.ents[n].canonical)
                                             or self._body(self.ents[n].text)) is not None}

    def _head_of_government(self, ent: Entity) -> None:
        """A person whose government the text names ("el gobierno de X", "durante el gobierno
        de X", "the government of X": a noun both of ``government_words`` and
        ``state_anaphors``) heads it: head of government, and, weakly, of the one state the
        article names with that noun ("el gobierno venezolano"), if it names one outside the
        sentence: one the sentence names so is another government ("El Gobierno de X celebró
        el acuerdo entre el Gobierno salvadoreño y la guerrilla": X's is not El Salvador's), and
        X's state is then read as a bare office's is (the capital of the dateline, for the lead);
        in a story filed from a capital that names no state's government with that noun, weakly,
        the capital's ("CARACAS.— ... la delegación del gobierno de X": a government named
        without its state, as "del Gobierno" there is the capital's)."""
        doc, k = self.doc, ent.start
        lang, none = doc.lang_, frozenset[str]()
        nouns = words_or("government_words", lang, none) & words_or("state_anaphors", lang, none)
        if k < 3 or doc[k - 1].lower_ not in self.w.of or doc[k - 2].lower_ not in nouns \
                or doc[k - 3].lower_ not in self.w.articles | self.w.contracted:
            return
        ent.role = HEAD_OF_GOVERNMENT
        counts, where = self._with_noun(doc[k - 2].lower_)  # "el gobierno venezolano", "Bolivia's government"
        sentence = doc[k].sent
        named = {state for state in counts  # "El Gobierno de X celebró el acuerdo entre el Gobierno salvadoreño y
                 if not any(sentence.start <= start < sentence.end for start, _ in where[state])}  # ...": another
        noun = doc[k - 2].lower_
        if not ent.side and len(named) == 1:
            state = next(iter(named))
            ent.side, ent.side_cue = state, f"{CONTEXT_CUE} the {noun}: {state}, the {noun} the article names"
        elif not ent.side and not counts and (filed := self._filed_in(capital=True)) \
                and not {filed[0]} & self.other_sides.get(ent.canonical, set()) \
                and not self._set_in_another_state(filed[0]):
            ent.side = filed[0]  # "CARACAS.— ... la delegación del gobierno de X": the capital's
            ent.side_cue = f"{CONTEXT_CUE} the {noun} of a story filed in {filed[1]} that names no state's {noun}"

    def _sides_of_governments_headed(self) -> None:
        """A titled person no other reading gives a side (a bare office in a story naming
        several states) whose government the text names ("the government of President X",
        "President X's government": :meth:`_government_noun`) heads it, of the one state the
        article names with that noun ("the Ruritanian government"), weakly, if it names it
        outside the sentence and the sentence names that state in no other way: a state the
        sentence names is another's ("President X's government, whose advisers fought
        alongside the Ruritanian army": X's is not Ruritania's), and a capital it opens with as
        its scene names his ("In Washington, the government of President X": the United States)."""
        for ent in self.ents:
            if ent.kind == "person" and ent.role and not ent.side:
                self._side_of_government_headed(ent)

    def _side_of_government_headed(self, ent: Entity) -> None:
        noun = self._government_noun(ent)
        if noun is None:
            return
        sentence = self.doc[ent.start].sent
        inside = {self.lex.side_of(e.canonical, e.text) for e in self.ents
                  if e is not ent and sentence.start <= e.start < sentence.end}
        where = self._states_with_noun(noun)
        named = {state for state, starts in where.items() if state not in inside
                 and not any(sentence.start <= start < sentence.end for start in starts)}
        scene = self._opening_scene(sentence, ent.start)  # "En Washington, el gobierno del presidente X"
        if scene is not None and (state := self.lex.side_of(scene.canonical, scene.text)) not in ("", *named):
            if state in self.lex.states and self.lex.side_kinds.get(name_key(scene.canonical)) == "capital":
                ent.side, ent.side_cue = state, f"{CONTEXT_CUE} the {noun} of {scene.text}, where the sentence is set"
            return
        if len(named) == 1:
            state = next(iter(named))
            ent.side, ent.side_cue = state, f"{CONTEXT_CUE} the {noun}: {state}, the {noun} the article names"

    def _states_with_noun(self, noun: str) -> dict[str, list[int]]:
        """Where the article names each state with ``noun``: beside its name ("Ruritania's
        government", :meth:`_with_noun`) or as one entity the model tagged ending in it
        ("the Ruritanian government" as an organisation)."""
        _, where = self._with_noun(noun)
        found = {state: [start for start, _ in spans] for state, spans in where.items()}
        for e in self.ents:
            if e.label != "PERSON" and e.end - e.start > 1 and self.doc[e.end - 1].lower_ == noun \
                    and (state := self.lex.side_of(e.canonical, e.text)) in self.lex.states:
                found.setdefault(state, []).append(e.start)
        return found

    def _government_noun(self, ent: Entity) -> str | None:
        """The noun of ``government_words`` and ``state_anaphors`` that names the government
        a titled person heads: after an article and before "of" and the title ("the
        government of | President X", "el gobierno del | presidente X"), or after the name
        and a possessive ("President X's | government"); None if there is none."""
        doc, lang = self.doc, self.doc.lang_
        nouns = words_or("government_words", lang, frozenset()) & words_or("state_anaphors", lang, frozenset())
        k = self.by_end.get(ent.start)  # the title right before the name
        if k is not None and k >= 3 and doc[k - 1].lower_ in self.w.of | self.w.contracted and doc[k - 2].lower_ in nouns \
                and doc[k - 3].lower_ in self.w.articles | self.w.contracted:
            return doc[k - 2].lower_
        if ent.end + 1 < len(doc) and doc[ent.end].text in POSSESSIVE and doc[ent.end + 1].lower_ in nouns:
            return doc[ent.end + 1].lower_
        return None

    def _offices_heading_governments(self) -> None:
        """The head of government of a known state holds the one office of
        ``government_head_titles`` that state has ("el Gobierno de X", X of Spain, a
        kingdom, which has no President: Prime Minister); where the state has both
        offices or none, or is not known, the role stays "head of government"."""
        for ent in self.ents:
            if ent.kind != "person" or ent.role != HEAD_OF_GOVERNMENT or not ent.side:
                continue
            held = [t for t in words("government_head_titles") if ent.side not in self.lex.states_without(t)]
            if len(held) == 1:
                ent.role = self.lex.titles.get(held[0], held[0])

    def _listed_title(self, ent: Entity, start: int) -> tuple[int, int] | None:
        """The plural title of the list ``ent`` is named in (:meth:`_plural_title_listing`),
        unless an apposition of the name's own gives one ("the leaders, among them A, the
        former prime minister, and B": A's is former prime minister)."""
        span = self._plural_title_listing(ent, start) or self._inverted_listing(ent)
        return span if span is None or self._apposition_after(ent.end) is None else None

    def _inverted_listing(self, ent: Entity) -> tuple[int, int] | None:
        """The plural title of a list put after its verb: a copula's ``member_preps``
        phrase before it ("Among the foreign ministers who signed were A of X, B of Y and
        C"), the subject of a copula whose complement the names are ("The negotiators are A
        and B for X") or the subject of a ``listing_verbs`` verb ("The ministers who signed
        included A and B"): each name listed holds it. Not a title others are said to be of ("among
        the families of the ministers were A": :meth:`_of_other_people`), nor one the verb's
        negation denies them ("The mediators were not A and B", "no fueron A y B"). A parse
        in Universal Dependencies (the Spanish model's) hangs the copula and its subject on
        the first name ("Los negociadores son A y B") and calls the object ``obj``
        ("Los negociadores incluyen a A y B")."""
        doc, lang, none = self.doc, self.doc.lang_, frozenset[str]()
        first = doc[ent.start:ent.end].root
        while (before := _listed_before(first)) is not None:
            first = before  # "A, B and C": B and C hang on A
        copula = next((c for c in first.children if c.dep_ == "cop" and c.i < first.i), None)
        if copula is not None:  # "Los negociadores | son | A": the subject hangs on A
            titles = [] if negated_verb([first, copula]) else [
                c for c in first.children if c.dep_ in SUBJECT_DEPS and c.i < copula.i]
            return self._plural_title_of(titles)
        verb = first.head
        if first.dep_ not in ("nsubj", "attr", "dobj", "obj") or verb.i > first.i or negated_verb([verb]):
            return None
        if verb.lower_ in words_or("be_forms", lang, none):
            titles = [g for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                      and c.lower_ in words_or("member_preps", lang, none) for g in c.children if g.dep_ == "pobj"]
            if first.dep_ == "attr":  # "The negotiators are A and B": the copula's subject names them
                titles += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        elif verb.lemma_.lower() in words_or("listing_verbs", lang, none) and not self._included_into(verb, first):
            titles = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
        else:
            return None
        return self._plural_title_of(titles)

    def _plural_title_of(self, titles: list[Token]) -> tuple[int, int] | None:
        """The first of ``titles`` (head nouns) that ends a plural title of people the list
        names, not of others (:meth:`_of_other_people`)."""
        for title in titles:
            if self.is_plural(title.i + 1) and not self._of_other_people(title):
                return self._chain_ending_at(title.i + 1)
        return None

    def _included_into(self, verb: Token, first: Token) -> bool:
        """The verb puts its object into something, a phrase of ``membership_preps`` after the
        names naming where ("The ministers included A in the talks", "will include A in the
        cabinet"): the subject's title is not the names'. A phrase of another word names a
        listed person's party or origin ("A of Ruritania, B from the east and C from the south")."""
        into = words_or("membership_preps", self.doc.lang_, frozenset())
        listed = {first.i} | {t.i for t in first.conjuncts}
        return any(t.i > first.i and t.lower_ in into and (owner := _preposition_owner(t)) is not None
                   and (owner == verb or owner.i in listed) for t in verb.subtree)

    def _plural_title_listing(self, ent: Entity, start: int) -> tuple[int, int] | None:
        """The plural title of a list that a word of ``member_preps`` opens before the
        name at token ``start`` ("con comandantes como | A y B", "ministers including |
        A"), or, set off by a comma, with a pronoun of ``member_pronouns`` for the title
        and a place after the title ("commanders inside the country, among them | A",
        "los negociadores, entre ellos | A"): each name listed holds it, in the singular
        (:meth:`_share_plural_roles`). Not a leader (``leader_preps``: "ministers under X"
        are X's, X is no minister), nor the subject of a clause that the word opens as a
        conjunction ("the negotiators as X arrived", "los ministros como dijo X"; after the
        pronoun no clause opens, whatever the parse says), nor a title others are said to be
        of ("the families of the ministers, among them A": :meth:`_of_other_people`)."""
        doc, lang, none = self.doc, self.doc.lang_, frozenset[str]()
        them = start > 0 and doc[start - 1].lower_ in words_or("member_pronouns", lang, none)
        k = start - 2 if them else start - 1  # "among | them | A"
        if k < 1 or doc[k].lower_ not in words_or("member_preps", lang, none) \
                or (not them and doc[ent.start:ent.end].root.dep_ in SUBJECT_DEPS):
            return None
        end = self._plural_title_set_off(k - 1) if doc[k - 1].text == "," else k
        if end is None or not self.is_plural(end) or self._of_other_people(doc[end - 1]):
            return None
        return self._chain_ending_at(end)

    def _of_other_people(self, title: Token) -> bool:
        """The plural title is the complement of another plural noun, which the list names
        ("the families of the ministers, among them A": A is of the families), unless that
        noun is a group of them (``member_groups``, ``group_nouns``: "a delegation of
        ministers, including A")."""
        if title.dep_ == "pobj" and title.head.lower_ in self.w.of:  # "families | of | the ministers"
            owner = title.head.head
        elif title.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in self.w.of for c in title.children):
            owner = title.head  # "los familiares | de los ministros": the preposition hangs on the title
        else:
            return False
        lang, none = self.doc.lang_, frozenset[str]()
        groups = words_or("member_groups", lang, none) | words_or("group_nouns", lang, none)
        return owner.pos_ == "NOUN" and owner.lemma_.lower() not in groups and owner.lower_ not in groups

    def _plural_title_set_off(self, comma: int) -> int | None:
        """Where a plural title ends before the ``comma`` that sets off a list of its
        holders: right before it ("ministers, including A") or before a short phrase a
        preposition opens with no verb or mark in it ("commanders | inside the country,
        among them A"); None if no plural title ends there."""
        doc = self.doc
        for end in range(comma, max(0, comma - PLACE_AFTER_TITLE) - 1, -1):
            if end < comma and (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX")):
                return None
            if self.is_plural(end) and (end == comma or doc[end].pos_ == "ADP"):
                return end
        return None

    def _offices_of_verbs(self) -> None:
        """A person the text gives no office ("X, who heads the council,": nothing after the
        comma reads as a title) or one that is no office (a rank, "Gen. X, who chairs the
        committee,") holds what a verb of ``title_verbs`` says (:mod:`kit.extract.headships`)."""
        people = {e.start: (e.start, e.end) for e in self.ents if e.label == "PERSON"}
        offices = headed_bodies(self.doc, people)
        heads = set(head_offices().values())
        for ent in self.ents:
            role, body = offices.get(ent.start, ("", None)) if ent.label == "PERSON" else ("", None)
            if role and (not ent.role or self.lex.scope(ent.role) == "person"):
                ent.role = role
                if role in heads and body is not None and not self._body_of_a_state(body):
                    self.body_heads[ent.start] = body  # "la Cancillería, que dirige X": its state unnamed
                if body is not None and not ent.side:
                    self._side_of_headed_body(ent, body)

    def _side_of_headed_body(self, ent: Entity, body: Token) -> None:
        """Whoever a verb makes the head of a body whose name the lexicon gives a state
        ("el Departamento de Estado, que dirige X": an institution of ``demonyms.csv``, as
        its entity is read) is of that state, the body's name the cue."""
        n = self.at.get(body.i)
        own = self.ents[n] if n is not None else None
        state = self.lex.side_of(own.canonical, own.text) if own is not None and own.label != "PERSON" else ""
        if state in self.lex.states:
            ent.side, ent.side_cue = state, own.text if own is not None else ""

    def _states_naming(self, body: Token) -> set[str]:
        """The states the article hangs on a body's head noun where it writes it before ("la
        Cancillería *venezolana* ... la Cancillería, que dirige X": the bare one is that
        state's body again, not the capital's; one named after is another body)."""
        return {state for t in doc_tokens(self.doc)[:body.i] if t.lower_ == body.lower_ for c in self._words_on(t)
                if (state := self.lex.side_of(c.text)) in self.lex.states}

    def _words_on(self, noun: Token) -> list[Token]:
        """The words hung on a noun outside its clauses, and the word right after it or after
        the "of" that follows it, however the parse hangs them ("la Cancillería venezolana",
        "el Ministerio de Perú")."""
        doc, ofs = self.doc, words_or("of_preps", self.doc.lang_, frozenset())
        after = [doc[noun.i + 1]] if noun.i + 1 < len(doc) else []
        if after and after[0].lower_ in ofs and noun.i + 2 < len(doc):
            after.append(doc[noun.i + 2])
        return [c for c in noun.children if c.dep_ not in INNER_CLAUSE_DEPS] + after

    def _body_of_a_state(self, body: Token) -> bool:
        """Whether a word hung on a body's head noun, outside its clauses, names a state
        ("la Cancillería *uruguaya*", "el Ministerio *brasileño*")."""
        return any(self.lex.side_of(c.text) in self.lex.states for c in body.children
                   if c.dep_ not in INNER_CLAUSE_DEPS)

    def _rank_before(self, ent: Entity, start: int) -> tuple[int, int] | None:
        """The span of a rank or church title written as an honorific before the name
        ("Major General | X", "Archbishop | X", "el cardenal | X"; a title of the lexicon
        that :mod:`kit.nlp.names` cut from the name), read only when no other title is
        given: "General X, the commander of the mission," is the commander."""
        span = (start, ent.start)
        return span if start < ent.start and self.by_start.get(start) == ent.start else None

    def _portfolio_of_a_state(self, ent: Entity) -> bool:
        """The organisation a person works for is some state's ministry or department
        (``portfolio_words``), its legislature or cabinet (``government_words``: "the National
        Assembly", "Consejo de Ministros"), its state unnamed ("the Department of Foreign
        Affairs", "the Foreign Ministry"): no side of its own; the
        state is read from the article (:meth:`_sides_of_state_offices`)."""
        return self._state_body(ent.affiliation)

    def _state_body(self, name: str) -> bool:
        """Whether ``name`` names some state's ministry, department, legislature or
        cabinet, an organ of ``state_organ_names`` ("the Supreme Court", "el Consejo de
        Seguridad Nacional para América Latina"), or another body of a state the glossary
        knows ("la Policía"), without its state (:meth:`_portfolio_of_a_state`)."""
        if self._body(name) is not None:
            return False
        if self._glossary_state_body(name) or self._states_with_body(name):
            return not self.lex.side_of(name)
        named = name_key(name).split()
        named = named[1:] if named[:1] and named[0] in words_in_any("articles") else named
        portfolios, of = words_in_any("portfolio_words"), words_in_any("of_preps")
        lead = government_lead(named)
        state_body = _state_organ_alone(named) or (
            len(named) > 2 and named[0] in portfolios and named[1] in of | {"for"}) or (
            0 < lead and len(named) <= lead + 1 and not _armed_group_s_name(named, lead)) or (  # "the Army", "Congreso
            # Nacional"; not "the Forces for Freedom and Change", nor "the Forces Nouvelles"
            1 < len(named) <= 3 and named[-1] in portfolios  # "the Foreign Ministry", "the Defence Ministry"
            and self.lex.scopes.get(" ".join([*named[:-1], "minister"])) == "state") \
            or _federal_portfolio(named)  # not "the Hamas Health Ministry"
        return state_body and not self.lex.side_of(name)

    def _states_with_body(self, name: str) -> frozenset[str]:
        """The states that have a body so named when only some do (``state_bodies.csv``: "the
        House of Representatives", "la Cámara de Representantes", read in English through the
        glossary); none for any other name."""
        if not name:
            return frozenset()
        english = glossary(self.doc.lang_).get(name, name) if self.doc.lang_ != DEFAULT_LANG else name
        return body_states().get(org_key(english), frozenset())

    def _side_from_earlier_title(self, ent: Entity, span: tuple[int, int]) -> None:
        """The side, and the fuller role, of "*The ambassador*, Andrei Dubrovin": a title
        after "the" that refers back to the same title given earlier in the article
        with a side and no name ("Russia's ambassador to Turkey was recalled"); not one another
        person holds, named after it or before it ("A, Japan's special envoy for Valdonia,
        ... B, the special envoy,": B's is no envoy of Japan's), nor one that shares only the head
        noun in an earlier sentence ("Tarn's Prime Minister ... the Foreign Minister, Mr Osk":
        the words of the later title must end the earlier one; in one sentence another office
        of the same kind is of the same government: "resigned as Norwegian foreign minister after a
        row with the defence minister, X"). The nearest such earlier title counts; the side is
        weak (``context: ...``)."""
        doc = self.doc
        if span[0] < 1 or doc[span[0] - 1].lower_ not in self.w.articles:
            return
        head = doc[span[1] - 1].lower_
        written = [t.lower_ for t in doc[span[0]:span[1]]]
        for start, end in sorted(self.titles, reverse=True):
            if end > span[0] - 1 or doc[end - 1].lower_ != head or self._names_follow(end):
                continue
            if [t.lower_ for t in doc[max(start, end - len(written)):end]] != written and \
                    doc[start].sent.start != doc[span[0]].sent.start:
                continue  # "the Foreign Minister" refers back to no "Prime Minister" read before: another office
            cues = self._cues_before(start)
            sided = [(e, side) for e in (self.ents[n] for n in cues) if (side := self.lex.side_of(e.canonical, e.text))]
            if not sided or self._held_by_name_before(min([start, *(self.ents[n].start for n in cues)])):
                continue
            if self._across_an_encounter(sided[0][0].start, span[1] - 1):
                return  # "Tarn's foreign minister met the prime minister, X": whom he met
            cue, ent.side = sided[0]
            earlier = (start, self._complement_end(end))
            ent.side_cue = f"{CONTEXT_CUE} the {head}: {doc[cue.start:earlier[1]].text}"
            if earlier[1] > end:  # "ambassador to Turkey": the role as first given
                ent.role = self._role_text(*earlier)
            return

    def _held_by_name_before(self, start: int) -> bool:
        """A person's name set off right before the title phrase that starts at token
        ``start``, its determiners passed over ("Kenji Morikawa, | Japan's special envoy",
        "A, | the ambassador"): the title is that person's."""
        k = self._back_over(start - 1, lambda t: t.lower_ in self.w.determiners)
        n = self.at.get(k - 1) if k > 0 and self.doc[k].text == "," else None
        return n is not None and self.ents[n].end == k and self.ents[n].label == "PERSON"

    def _names_follow(self, end: int) -> bool:
        """A person's name right after the title ending at token ``end`` (after a comma
        too): the title is that person's."""
        k = end + 1 if end < len(self.doc) and self.doc[end].text == "," else end
        n = self.at.get(k)
        return n is not None and self.ents[n].label == "PERSON"

    def _opens_name(self, end: int) -> bool:
        """Whether a comma or dash at ``end`` opens a person's name, honorifics first:
        the title before it is that person's ("the defence minister, | Gen. B")."""
        doc, k = self.doc, end + 1
        if end >= len(doc) or doc[end].text not in (",", "—", "–"):
            return False
        n = self.at.get(k)
        return k in self.honorific_tokens or (n is not None and self.ents[n].start == k
                                               and self._is_person(self.ents[n]))

    def _introduces_name(self, after: _Found) -> bool:
        """Whether the apposition ``after`` a name is set off before another person's name
        that has no title before it nor an apposition of its own, the demonym written after
        the title or not ("Archbishop A, the Canadian ambassador, | B, and C"; "el embajador
        canadiense, | B"): the title is that person's (:meth:`_opens_name`). In a list whose
        items are "name, title" throughout ("Gen. A, the army chief, Col. B, the air force
        chief, and C"; "A, a priest, Archbishop B of X, and C") each title follows its name."""
        end = max([after.span[1], *(self.ents[c].end for c in after.cues)])
        if not self._opens_name(end):
            return False
        k = end + 1
        while k in self.honorific_tokens:
            if k in self.by_start:
                return False  # ", Archbishop B": B has a title of his own
            k += 1  # ", | Mr. | B"
        n = self.at.get(k)
        return n is not None and self._apposition_after(self.ents[n].end) is None

    def _titles_first(self, ahead: _Found) -> bool:
        """Whether the title phrase ``ahead`` before a name is that name's, in a list of
        "title, name" pairs ("the foreign minister, A, the defence minister, B, the trade
        minister, C"), not the name's before it, in a list of "name, title" pairs ("A, the
        foreign minister, B, the defence minister, C": the title after a name is its own).
        The list's first item decides: walking back from title to name to title, a title
        that follows no name opens a list of titles first."""
        found: _Found | None = ahead
        for _ in range(len(self.ents)):
            if found is None:
                return False  # the list opens with a name
            start = min([found.span[0], *(self.ents[c].start for c in found.cues)])
            doc, k = self.doc, self._back_over(start - 1, lambda t: t.lower_ in self.w.determiners)
            n = self.at.get(k - 1)
            if doc[k].text != "," or n is None or self.ents[n].end != k or not self._is_person(self.ents[n]):
                return True  # a title that follows no name: the list opens with a title
            named = self.ents[n]
            found = self._apposition_before(self.honorific_before.get(named.start, named.start))
        return False

    def _aide_before(self, i: int) -> tuple[tuple[int, int], str] | None:
        """(title span, principal) of "a spokesman for Secretary-General Antonio
        Valadares, | X": a title whose complement is a person, set off before a name."""
        doc = self.doc
        n = self.at.get(i - 2) if i >= 2 and doc[i - 1].text == "," else None
        if n is None or self.ents[n].label != "PERSON" or self.ents[n].end != i - 1:
            return None
        principal = self.ents[n]
        own = self._chain_ending_at(self.honorific_before.get(principal.start, principal.start))
        k = own[0] if own else principal.start
        if k < 2 or doc[k - 1].lower_ not in self.w.preps or (k - 1) not in self.by_end:
            return None
        span = self._chain_ending_at(k - 1)
        if span is None:
            return None
        before = span[0] - 1
        if before >= 0 and not doc[span[0]].is_sent_start and \
                doc[before].lower_ not in self.w.determiners | self.w.openers:
            return None
        return span, principal.canonical

    def _appointed_as(self, ent: Entity) -> _Found | None:
        """The title of "Valadares named X as chair of the committee", "X was appointed as
        envoy", "X was sworn in as Valdonia's prime minister", "X was named as the UN special
        envoy" (an owner's possessive or an organisation before the title: whose office it is,
        the cues of its side): the person the object (or passive subject) of a verb of
        ``appointing_verbs``, whose ``role_preps`` word ("as") opens a title."""
        doc = self.doc
        root = doc[ent.start:ent.end].root
        verb = root.head
        if root.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass") or verb.i == root.i \
                or verb.lemma_.lower() not in words_or("appointing_verbs", doc.lang_, frozenset()):
            return None
        return self._title_after_as(verb, ent)

    def _title_after_as(self, head: Token, ent: Entity) -> _Found | None:
        """The title a ``role_preps`` word ("as", "como") opens after ``ent`` on ``head``: its
        child ("named X as | envoy"), or the word that marks a child of it ("nombrado como |
        ministro", parsed "como" the mark of "ministro")."""
        preps = words_or("role_preps", self.doc.lang_, frozenset())
        marks = [c for c in head.children if c.lower_ in preps]
        marks += [m for c in head.children for m in c.children
                  if m.dep_ in ("mark", "case") and m.lower_ in preps and m.i == c.left_edge.i]
        for child in sorted(marks, key=lambda m: m.i):
            if child.i > ent.start:
                found = self._title_from(child.i + 1, closed=False)
                if found is not None:
                    return found
        return None

    def _left_as(self, ent: Entity) -> _Found | None:
        """The title of "X resigned as foreign secretary", "X stepped down as chair of the
        party", "X dimitió como ministro", "X presentó su dimisión como secretario del
        Foreign Office": the office the subject of a verb of leaving (``leaving_verbs``), or
        of a verb whose object is a noun of leaving (``leaving_nouns``: "resignation",
        "dimisión"), held until then, the ``role_preps`` word ("as") opening it."""
        doc = self.doc
        root = doc[ent.start:ent.end].root
        verb = root.head
        if root.dep_ not in ("nsubj", "nsubj:pass") or verb.i == root.i:
            return None
        leaving = words_or("leaving_verbs", doc.lang_, frozenset())
        nouns = words_or("leaving_nouns", doc.lang_, frozenset())
        left = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns]
        heads = [verb, *left] if left or verb.lemma_.lower() in leaving else []  # "como" on either
        for head in heads:
            if (found := self._title_after_as(head, ent)) is not None:
                return found
        return None

    def _held_or_calling(self, found: _Found) -> bool:
        """The title of an apposition is a calling ("X, an economist,": scope ``person``) or an
        office held before ("X, the former president of Ruritania,"): no office held now."""
        title = self.doc[found.span[0]:found.span[1]].text
        return self.lex.scope(title) == "person" or self._past_office(title)

    def _pronoun_principal(self, k: int, ent: Entity) -> str:
        """The person "his"/"her" before token ``k`` stands for ("Valadares condemned the
        strikes, his spokesman, X, said"): the nearest person named earlier in the
        sentence or the one before that is a subject ("Valadares named Y as chair, his
        spokesman, X, said": Valadares), else the nearest, if the pronoun opens the title."""
        doc = self.doc
        if k < 1 or doc[k - 1].lower_ not in words_or("person_possessives", doc.lang_, frozenset()):
            return ""
        floor = self._sentence_before(k - 1)
        before = [other for other in reversed(self.ents)
                  if other.end <= k - 1 and other.start >= floor and other.label == "PERSON" and other is not ent]
        subjects = [o for o in before if doc[o.start:o.end].root.dep_ in SUBJECT_DEPS]
        return (subjects or before)[0].canonical if before else ""

    def _subject_owner(self, k: int, ent: Entity) -> Entity | None:
        """The person (else the country or party) that a possessive standing for the
        subject of its clause (``subject_possessives``: Spanish "su", his, her, its or
        their) before token ``k`` refers to: the one named, before it, by the subject of
        the clause the possessive's phrase hangs on ("Estados Unidos está representado
        por su enviado especial, X": Estados Unidos; "La canciller A llegó con su asesor,
        B": A); None when the phrase is itself the subject ("Su enviado, X, dijo")."""
        doc = self.doc
        if k < 1 or doc[k - 1].lower_ not in words_or("subject_possessives", doc.lang_, frozenset()) \
                or not doc.has_annotation("DEP"):
            return None
        phrase = doc[k - 1].head
        clause = phrase  # the head of the clause: a verb, or a predicate ("está | representado")
        while not any(c.dep_ in SUBJECT_DEPS for c in clause.children) and clause.head.i != clause.i:
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or phrase.i in {t.i for c in subjects for t in c.subtree}:
            return None
        words = {t.i for c in subjects if c.i < k - 1 for t in c.subtree}  # "La canciller Ana Ruiz"
        named = [e for e in self.ents if e.start in words and e is not ent
                 and (e.label == "PERSON" or self.party_of(e))]
        people = [e for e in named if e.label == "PERSON"]
        return (people or named)[0] if named else None

    def _party_owning(self, owner: Entity | None, k: int) -> tuple[str, str] | None:
        """``(side, cue)`` of the country or party :meth:`_subject_owner` found (not a person)."""
        if owner is None or owner.label == "PERSON":
            return None
        side = self.party_of(owner)
        return (side, f"{self.doc[k - 1].text}: {owner.text}") if side else None

    def _government_before(self, k: int) -> tuple[str, str] | None:
        """"Government | peace panel chairman X": a state anaphor compounded with the
        title reads back as "the government's" does (the country the article names most)."""
        doc = self.doc
        if k < 1 or (k - 1) in self.at or doc[k - 1].lower_ not in words_or("state_anaphors", doc.lang_, frozenset()):
            return None
        word = doc[k - 1]
        if word.dep_ != "compound" or not k <= word.head.i:
            return None
        return self._antecedent(k - 1, word.lower_)

    def _owned_title(self, k: int) -> bool:
        """Whether the title at token ``k`` follows its owner's possessive: "its" (``thing_possessives``),
        a name's "'s" ("Its secretary-general", "the Tarn Front's secretary-general"), or a
        possessive of a language that does not tell a thing's from a person's (``subject_possessives``:
        "Su secretario general", whoever "su" stands for)."""
        if k < 1:
            return False
        before, lang, none = self.doc[k - 1], self.doc.lang_, frozenset[str]()
        return before.text in POSSESSIVE or before.lower_ in words_or("thing_possessives", lang, none) \
            or before.lower_ in words_or("subject_possessives", lang, none)

    def _its_before(self, k: int) -> tuple[str, str] | None:
        """``(side, cue)`` of "its" before token ``k`` (``thing_possessives``): the nearest
        state or party named as a noun earlier in the sentence or the one before ("Saudi
        Arabia was represented by Adel al-Mutairi, its minister of state"; "... and the
        United Nations by its special coordinator, X"); a demonym is no antecedent
        ("Azerbaijan's Defence Ministry said Armenian forces shelled villages, and its
        spokesman, X": Azerbaijan's). With none in its own sentence, the subject of the
        one before is preferred ("The Centre for Humanitarian Dialogue, a member of the
        International Contact Group, welcomed it. ..., said X, its director": the Centre).
        With no state or party named, a noun of ``standing_nouns`` that is the subject of
        the sentence or the one before (:meth:`_standing_subject_before`: "The opposition
        had one card. Its negotiators, A and B, ...")."""
        doc = self.doc
        if k < 1 or doc[k - 1].lower_ not in words_or("thing_possessives", doc.lang_, frozenset()):
            return None
        floor, own = self._sentence_before(k - 1), doc[k - 1].sent.start
        found = []
        for e in reversed(self.ents):
            if e.end <= k - 1 and e.start >= floor and e.label in ("GPE", "ORG"):
                owners = (o.side or self.lex.side_of(o.canonical, o.text)  # "Azerbaijan's | Defence Ministry"
                          for o in (self.ents[n] for n in self._cues_before(e.start)))
                side = next(filter(None, owners), "") or self.party_of(e)
                if side:
                    found.append((e, side))
        if not found:
            return self._standing_subject_before(k - 1, floor)
        between = range(found[0][0].end, k - 2)
        for i in reversed(between):  # "the Irish Government's promise ..., the party's spokesman, and X, one of
            if doc[i].lower_ in self.w.articles and doc[i + 2].text in POSSESSIVE \
                    and doc[i + 1].lower_ in self.w.anaphors:  # its negotiators": its is the party's
                return self._antecedent(i, doc[i + 1].lower_)
        if found[0][0].start < own:  # none in its own sentence: the one before's subject, if it names one
            subjects = [f for f in found if doc[f[0].start:f[0].end].root.dep_ in SUBJECT_DEPS]
            found = subjects or found
        e, side = found[0]
        return side, f"{doc[k - 1].text}: {e.text}"

    def _standing_subject_before(self, k: int, floor: int) -> tuple[str, str] | None:
        """``(noun, cue)`` of the nearest noun of ``standing_nouns`` written with an article
        as a subject between token ``floor`` and the possessive at token ``k`` ("The
        opposition had one card of its own. | Its negotiators"): the side the noun names, a
        weak :attr:`CueKind.STANDING` cue the registry reads as the organisation the corpus calls so."""
        doc, standing = self.doc, words_or("standing_nouns", self.doc.lang_, frozenset())
        for i in range(k - 1, max(floor, 1) - 1, -1):
            if doc[i].lower_ in standing and doc[i].dep_ in SUBJECT_DEPS and i not in self.at \
                    and doc[i - 1].lower_ in self.w.articles:
                return doc[i].lower_, Cue(f"{CONTEXT_CUE} {doc[k].text}: {doc[i - 1:i + 1].text}", CueKind.STANDING)
        return None

    def _side_from_context(self, ent: Entity, before: int) -> None:
        """A title that names no country read in the people the sentence is about:
        "Afghan opposition politicians, including former President Hamid Azizi".
        Only the nearest earlier country word of the sentence counts, and only when it
        is a demonym: a place ("in Havana") is often a venue, not a side. The cue says
        ``context: <word>`` so the registry ranks it below a stated side. A country word
        inside a quotation the title is not in (:meth:`_quoted_apart`) is what the speaker
        says of others ("'The Tarnish army will leave,' said Minister X"): no word of his. Nor is
        a demonym written right after another title, as Spanish places it: it says whose that
        office is ("el canciller peruano habló con la ministra X": Peru's Foreign Minister)."""
        floor = self.doc[min(before, len(self.doc) - 1)].sent.start
        others = {n for other in self.ents if other is not ent for n in other.consumed}
        for n, e in reversed(list(enumerate(self.ents))):
            kind = self.lex.side_kinds.get(name_key(e.canonical))
            if e.end > before or e.start < floor or kind not in ("country", "capital", "demonym") or n in others \
                    or self._quoted_apart(e, ent):
                continue  # "the Norwegian diplomat A, and Foreign Minister B": Norwegian is A's
            if kind == "demonym" and not self._describes_another(e, before) and not self._of_a_title_before(e) \
                    and not self._of_a_place_before(e):
                ent.side, ent.side_cue = self.lex.side_of(e.canonical, e.text), f"{CONTEXT_CUE} {e.text}"
            return  # the nearest country word decides, even when it gives nothing; a demonym
            # right after another title is that office's ("el secretario de Estado norteamericano
            # habló con la ministra X": the Secretary's state, not hers)

    def _of_a_title_before(self, demonym: Entity) -> bool:
        """Whether ``demonym`` is in the singular and written right after a title, as Spanish
        places it: whose that one office is ("el canciller peruano"), no word of the people the
        sentence is about ("los negociadores peruanos, entre ellos X" stays theirs)."""
        last = self.doc[demonym.end - 1]
        return demonym.start in self.by_end and "Plur" not in last.morph.get("Number", []) \
            and not self.is_plural(demonym.start)

    def _of_a_place_before(self, demonym: Entity) -> bool:
        """Whether ``demonym`` is in the singular and written right after a place's name, as
        Spanish places a place's adjective: whose that place is ("la frontera del Sáhara
        español, con retratos del rey X": the Sahara's state, no word of the people the
        sentence is about)."""
        n = self.at.get(demonym.start - 1) if demonym.start > 0 else None
        if n is None or self.ents[n].end != demonym.start or self.ents[n].label not in ("GPE", "LOC", "FAC"):
            return False
        last = self.doc[demonym.end - 1]
        return "Plur" not in last.morph.get("Number", []) and not self.is_plural(demonym.start)

    def _quoted_apart(self, word: Entity, ent: Entity) -> bool:
        """Whether ``word`` is inside a quotation (:func:`kit.extract.quotation.quotation_spans`)
        that ``ent`` is not inside."""
        doc = self.doc
        at, own = doc[word.start].idx, doc[ent.start].idx
        return any(start <= at < end and not start <= own < end for start, end in self._quotations)

    @functools.cached_property
    def _quotations(self) -> list[tuple[int, int]]:
        """The character spans of the Doc's quotations."""
        return quotation_spans(self.doc.text)

    def _describes_another(self, demonym: Entity, before: int) -> bool:
        """The demonym describes one other person, in an apposition closed before
        ``before``: "Choe Myong Ok, a North Korean vice-foreign minister, called Vice
        President Dale Harrow" (a plural stays the people the sentence is about:
        "Afghan opposition politicians, including former President Hamid Azizi")."""
        head = self.doc[demonym.end - 1].head
        return head.tag_ == "NN" and demonym.end <= head.i < before and any(
            t.text == "," for t in self.doc[head.i + 1:before])

    def _apply_cues(self, ent: Entity, cues: list[int]) -> None:
        for n in cues:
            cue = self.ents[n]
            if self.title_tokens & set(range(cue.start, cue.end)) and not self.lex.side_of(cue.canonical, cue.text):
                continue  # "the Minister for Foreign Affairs" tagged ORG: a title, no side ("Russian Foreign Ministry" is one)
            if cue.former and cue.label in ("NORP", "GPE"):
                continue  # "the former Soviet republic of Georgia": what the place was, no side
            side = self.lex.side_of(cue.canonical, cue.text)
            if side and not ent.side:
                ent.side, ent.side_cue = side, cue.text
                ent.consumed.add(n)
            elif not side and not ent.side and self._owning_people(cue):  # "the Houthis' committee"
                ent.side, ent.side_cue = cue.canonical, self.doc[cue.start:cue.end + 1].text
                ent.consumed.add(n)
            elif not side and not ent.side and self._own_polity(cue, ent):  # "Vestland's President X"
                ent.side, ent.side_cue = cue.canonical, cue.text
                ent.consumed.add(n)
            elif not side and not ent.side and self._party_adjective(cue, ent):  # "Orvist leader X"
                ent.side, ent.side_cue = cue.canonical, f"{PARTY_ADJECTIVE} {cue.text}"
                ent.consumed.add(n)
            elif not side and self._portfolio_in_title(cue):
                ent.consumed.add(n)  # "Internal Affairs Minister X": the title's portfolio, no side
            elif not side and cue.label == "ORG" and (not ent.affiliation or self._owns(cue)):
                # "the ODM's MP for Ainamoi": the body owning the title, not the complement's name
                body = self._body(cue.canonical)
                ent.affiliation = body.canonical if body else cue.canonical
                ent.affiliated.add(n)

    def _own_polity(self, cue: Entity, ent: Entity) -> bool:
        """A place the lexicons know as no state, subdivision or city, written as the owner of
        the office of a polity's head (``polity_heads``: "Vestland's President X": an
        autonomous region, a breakaway or unrecognised state): a polity with a head of its
        own speaks for itself. A governor's or a mayor's place is none (its state's side is
        read elsewhere). A region the model tags LOC is one only as the part of a state it
        names ("Northern Ruritania", where Ruritania is a state of the lexicons): a continent or a region ("Europe", "Silicon Valley") has
        no head of its own."""
        heads = words_or("polity_heads", self.doc.lang_, frozenset())
        last = self.doc[cue.end - 1].text  # a region is a polity only as part of a state so named
        polity = cue.label == "GPE" or cue.label == "LOC" and cue.end - cue.start > 1 and self.lex.side_of(last) == last
        return polity and self._owns(cue) and ent.role.lower() in heads \
            and not self._body(cue.canonical) and city_of(cue.canonical) is None \
            and subdivision_of(cue.canonical, self.doc.lang_) is None

    def _party_member(self, ent: Entity) -> bool:
        """The person is a member of a body for the organisation named before the title's
        ``membership_heads`` word ("another Orvist Front | member | of the council"): the
        organisation is the side, not the body the complement refers back to."""
        heads = words_or("membership_heads", self.doc.lang_, frozenset())
        return any((end := self.ents[n].end) < len(self.doc) and self.doc[end].lower_ in heads
                   for n in ent.affiliated)

    def _portfolio_in_title(self, cue: Entity) -> bool:
        """An organisation the model tags inside a compound title, right before its head,
        that ends in a ``portfolio_nouns`` word and is no acronym: the title's portfolio or
        chamber ("Internal Affairs | Minister X", "Enlargement | Commissioner X", "the House |
        President, X"), or in its complement after a ``complement_preps`` word ("X, Minister of |
        Internal Affairs,", "the Minister for | Ostmark Affairs, X"), not a body the person speaks for ("Orvist Front | leader X").
        The title's head holds a portfolio (``portfolio_heads``: "Minister", "Speaker"): a
        director, a chief or a spokesman heads or speaks for an organisation ("Chatham House
        | director X", "Orvist Energy | chief X")."""
        doc = self.doc
        if cue.end < len(doc) and cue.end in self.title_tokens:  # "Internal Affairs | Minister"
            head = next(t for t in doc[cue.end:] if t.i + 1 not in self.title_tokens)
        elif cue.start > 1 and doc[cue.start - 1].lower_ in self.w.preps and cue.start - 2 in self.title_tokens:
            head = doc[cue.start - 2]  # "Minister of | Internal Affairs", "Minister for | Ostmark Affairs"
        else:
            return False
        return cue.label == "ORG" and head.lower_ in words_or("portfolio_heads", doc.lang_, frozenset()) \
            and doc[cue.end - 1].lower_ in words_or("portfolio_nouns", doc.lang_, frozenset()) \
            and not any(t.is_upper for t in doc[cue.start:cue.end]) and not self._owns(cue)

    def _owns(self, cue: Entity) -> bool:
        """The entity is written as an owner: a possessive follows it ("the ODM's")."""
        return cue.end < len(self.doc) and self.doc[cue.end].text in POSSESSIVE

    def _owning_people(self, cue: Entity) -> bool:
        """A people or movement (NORP, no nationality of the lexicons) written as the
        owner of what follows ("the Houthis' Supreme Revolutionary Committee")."""
        return cue.label == "NORP" and not self.lex.side_kinds.get(name_key(cue.canonical)) and self._owns(cue)

    def _held_before(self, span: tuple[int, int], cues: list[int]) -> bool:
        """The title before a name is one held before ("former President X", "the former
        Ruritanian president X", "ex-minister X")."""
        past = words_or("past_modifiers", self.doc.lang_, frozenset())
        opening = min([span[0], *(self.ents[c].start for c in cues)])
        return self._past_office(self.doc[span[0]:span[1]].text) or opening > 0 and self.doc[opening - 1].lower_ in past

    def _held_after_now_before(self, after: _Found, ahead: _Found) -> bool:
        """The apposition after a name gives an office held before ("X, a former colonel
        of the Guard," "X, excoronel de la Guardia,") and the one before it an office held
        now ("the movement's military chief, X,"): the one before is whom he acts for."""
        def past(found: _Found) -> bool:  # "excoronel" as kit shows it: "former Colonel"
            first = self.doc[found.span[0]].lower_
            return self._past_office(self.doc[found.span[0]:found.span[1]].text) \
                or self._past_office(self.lex.titles.get(first, first))

        return past(after) and not past(ahead)

    def _state_office_over_party(self, after: _Found, ahead: _Found) -> bool:
        """The apposition before a name gives an executive office of a state held now ("el
        primer vicepresidente, X,", "the vice president, X,") and the one after it the
        leadership of a party (", líder del Partido Verde,", ", leader of the Unity Party,": an
        organisation of no state nor international body, :meth:`_is_party`, no chamber's organ): he speaks for his state, as "Vice
        President X, leader of the Unity Party," does (:meth:`_party_outranks`), so the office
        before is the role and the party no side."""
        role = self._role_text(*ahead.span)
        if self.lex.scope(role) != "state" or self._party_outranks(role):
            return False
        cues = [self.ents[n] for n in (*after.cues, *self.complement_cues(*after.span)[0])]
        return any((c.label == "ORG" and self._is_party(c, modifier=True) or self._named_as_party(c))
                   and not self._of_a_chamber(c) for c in cues)  # kinds are read later: any organisation

    def _office_now_after(self, ent: Entity) -> bool:
        """An apposition after the name gives an office held now (", one of the African Union
        mediators,"), not another past one (", the former president of Ruritania,") nor a calling,
        which is no office (", a lawyer,": scope ``person``), nor one an ordinal places in
        history (", the country's first female leader,": the office before the name, told)."""
        after = self._apposition_after(ent.end)
        title = "" if after is None else self.doc[after.span[0]:after.span[1]].text
        ordinals = words_or("ordinal_words", self.doc.lang_, frozenset())
        return after is not None and not self._past_office(title) and self.lex.scope(title) != "person" \
            and not any(t.lower_ in ordinals for t in self.doc[ent.end:after.span[1]])

    def _party_adjective(self, cue: Entity, ent: Entity) -> bool:
        """A people's adjective (one word) of no nationality of the lexicons written before a title
        that is no state's office ("Orvist leader X", "a Houthi official, Y"): a side the
        registry keeps only if one organisation of the corpus is named with that word
        ("Party of Labour (Orvist)", "the Houthis"), weighed as a demonym is; a faith
        (``faith_adjectives``: "Muslim leader X") is none, nor an ethnic group
        (``ethnic_adjectives``: "a Zulu leader", a people's man, no party's)."""
        return cue.label == "NORP" and cue.end - cue.start == 1 and not self.lex.side_kinds.get(name_key(cue.canonical)) \
            and not self._owns(cue) and self.lex.scope(ent.role) not in ("state", "person") \
            and cue.text.lower() not in words_or("faith_adjectives", self.doc.lang_, frozenset()) \
            and not self._ethnic_name(cue.text)  # "Muslim leader X", "a Zulu leader"

    def _side_from_role(self, ent: Entity) -> None:
        """Side named inside the role ("White House ...", "... of Iran") or implied by it; a
        calling's is none ("Archbishop of Quelimane": its see, :meth:`_side_of_calling`)."""
        if self.lex.calling_body(ent.role):
            return
        if backer := self._backer_of_a_government(ent.role):
            ent.side, ent.side_cue = backer, f"role: {ent.role}"
            return
        role = f" {name_key(ent.role)} "
        for term, country in self.lex.institutions:
            if f" {term} " in role:
                ent.side, ent.side_cue = country, f"role: {ent.role}"
                return
        parts = role.split(" of ")
        bodies = words_in_any("org_words") | words_in_any("government_words")
        for n, part in enumerate(parts[1:], 1):  # "head of the Atomic Energy Organization of Iran"
            whole = self._body(" of ".join(parts[n:]).strip())  # "... of the Organization of American States"
            if whole and not self._named_after_a_body(whole.side, parts[1:n]):
                ent.side, ent.side_cue = whole.side, f"role: {ent.role}"
                title = re.split(" of ", ent.role, maxsplit=1, flags=re.IGNORECASE)[0]
                if n == 1 and whole.side == whole.canonical and self.lex.scope(title) == "body":
                    ent.role = title  # "Secretary-General of NATO" is NATO's Secretary-General, as "Emir of Qatar"
                return
            if n > 1 and not any(p.split()[-1:] and p.split()[-1] in bodies for p in parts[1:n]) \
                    and " of ".join(parts[:n]).strip() not in self.lex.titles:
                continue  # "leader of the Popular Front for the Liberation of Palestine": not Palestine's;
                # "Secretary of State | of the Vatican": a title of the lexicon whole, then its complement
            if n > 1 and self.lex.side_kinds.get(name_key(part)) == "demonym":
                continue  # "leader of the Democratic Party of Tarnians": a people the body is of, not a state's
            party = self._party_named_after_a_place(ent.role, parts[1:n]) if n > 1 else ""
            if party:
                ent.side, ent.side_cue = party, f"role: {ent.role}"
                return
            body = self._body(part.strip())  # "Secretary-General of the United Nations Conference ..."
            place = self.lex.side_of(part.strip())  # "Mayor of Velmar": Velmar's, if the article names its state
            place = "" if place and self._sub_national_office(ent.role) and not self._state_named_apart(part.strip()) \
                else place
            side = place or (body.side if body else "") or self._side_of_principal(part)
            if side and not self._named_after_a_body(side, parts[1:n]):
                ent.side, ent.side_cue = side, f"role: {ent.role}"
                return
        words = ent.role.split()  # "secretario general de la Organización de Estados Americanos":
        first = next((i for i, word in enumerate(words) if word.lower() in self.w.of), len(words))
        for i, word in enumerate(words):  # what follows "de" as a whole, in another language
            rest = words[i + 1:]
            if word.lower() in self.w.of - {"of"} and rest:
                named = " ".join(rest[1:] if rest[0].lower() in self.w.articles else rest)
                body = self._body(named)
                if body and not self._named_after_a_body(body.side, words[first + 1:i]):
                    ent.side, ent.side_cue = body.side, f"role: {ent.role}"
                    return
        lower = ent.role.lower()  # the title, or the title before its complement
        opening, _, after = lower.partition(" ")
        if self._past_office(lower) and (after or "-" in opening):  # "former Secretary of State", "then-Secretary
            lower = lower.split("-", 1)[1] if "-" in opening else after  # of State": the state's, held before (weak)
        title = self._title_implying_a_side(lower)
        if title:
            ent.side, ent.side_cue = self.lex.title_sides[title], Cue(f"title: {ent.role}", CueKind.TITLE)

    def _backer_of_a_government(self, role: str) -> str:
        """The state that backs or installed the government ``role`` is an office of, named by
        its name, capital or people's adjective before a hyphen and a word of
        ``backer_participles`` or ``side_participles`` right before a government noun
        (:func:`kit.extract.sidecues.government_nouns`: "head of the Moscow-backed government in
        Osk", "the Tarnian-installed administration"), or, as Spanish writes it, after such a
        participle and a word of ``agent_preps`` right after one ("jefe del gobierno respaldado
        por Moscú en Osk"): a government set up or kept by a state acts for it. A group a state
        backs ("the Russian-backed rebels") is its own side, not the backer's: else ""."""
        lang = self.doc.lang_
        participles = words_or("backer_participles", lang, frozenset()) | words_or("side_participles", lang, frozenset())
        nouns, by = government_nouns(), words_or("agent_preps", lang, frozenset())
        words = role.split()
        lowered = [w.lower().strip(",;") for w in words]
        for i, word in enumerate(lowered):
            head, hyphen, participle = word.rpartition("-")
            if hyphen and head and participle in participles and i + 1 < len(words) and lowered[i + 1] in nouns:
                named = [*words[max(0, i - 2):i], words[i].rpartition("-")[0]]
            elif word in participles and i > 0 and lowered[i - 1] in nouns and i + 2 < len(words) \
                    and lowered[i + 1] in by:
                named = list(words[i + 2:i + 5])
            else:
                continue
            for n in range(len(named)):  # the longest place written there: "Addis Ababa-backed"
                written = " ".join(named[n:]) if hyphen else " ".join(named[:len(named) - n])
                if (state := self.lex.side_of(written.strip(",;"))) in self.lex.states:
                    return state
        return ""

    def _party_named_after_a_place(self, role: str, between: list[str]) -> str:
        """The party whose proper name holds the place after a later "of" of ``role`` ("leader of
        the Democratic League of Tarn", "head of the Popular Front of Osk"): the words ``between``
        the first "of" and that place end in a noun of a party's name (``party_name_nouns``) and
        are written as a name (capitalised), so the
        place is part of the party's name, not the person's state; the party (its name as the role
        writes it, without an article) is the side. "" when the words are no party's name ("head
        of the delegation of Tarn", "leader of the party of Tarn" in lower case)."""
        lang = self.doc.lang_
        kinds = words_or("party_name_nouns", lang, frozenset())
        last = between[-1].split()[-1:] if between else []
        if not last or last[0] not in kinds:
            return ""
        named = re.split(" of ", role, maxsplit=1, flags=re.IGNORECASE)[1].strip()
        words = named.split()
        if words and words[0].lower() in self.w.articles:
            words = words[1:]
        small = self.w.of | self.w.articles | {"and", "for"}
        if not words or not all(w[:1].isupper() for w in words if w.lower() not in small):
            return ""
        return " ".join(words)

    def _side_of_principal(self, part: str) -> str:
        """The side the lexicon gives the title a role's "of" complement is, whole, after
        an article ("envoy of | the Pope": the Holy See): whom the holder works for; else ``""``."""
        words = part.split()
        title = " ".join(words[1:] if words[:1] and words[0] in words_in_any("articles") else words)
        return self.lex.title_sides.get(title, "")

    def _title_implying_a_side(self, lower: str) -> str:
        """The title a role (lower case) is or opens with, before a complement ("of", "for",
        "to", "in": "apostolic nuncio | in X"), that the lexicon gives a side; else ``""``."""
        cuts = [m.start() for m in re.finditer(r" (?:of|for|to|in) ", lower)]
        return next((title for title in [lower, *(lower[:c] for c in reversed(cuts))]
                     if self.lex.title_sides.get(title, "")), "")

    def _named_after_a_body(self, side: str, between: list[str]) -> bool:
        """Whether ``side`` is an international body's and the words ``between`` the title's
        first "of" and the body's name, if any, name none of its organs (``organ_nouns``): a
        group named after the body ("president of the Union of UN Staff", "presidenta del
        Sindicato de Funcionarios de la ONU"), not the body; "head of the Mission of the UN",
        "jefe de la Misión de Observación de la OEA" are the body's."""
        return bool(between) and self._body(side) is not None \
            and not names_an_organ([w for phrase in between for w in phrase.split()])

    def _side_of_calling(self, ent: Entity, calling: str) -> None:
        """A cleric no phrase gives a side speaks for the church of his calling (the title
        lexicon's ``side`` of a title of ``scope`` ``person``: "Cardinal X", "el arzobispo de
        Tegucigalpa, X": the Catholic Church), over his nationality, not for the state of his see,
        nor for the state a bare office implies (``calling``, the body of his rank given with
        the name: "the Secretary of State, Cardinal X"); weakly, below any side the text
        states for him ("Bishop X, por la Comisión"). The body the title implies is a guess: a
        body of its kind that the sentence names (:meth:`_calling_body_named`: "Bishop Osk said
        the Tarnian Orthodox Church feared ...") is his. A clerical title that implies no
        one church (``clergy_honorifics`` with no ``side``: "Patriarch") takes the one church
        its sentence names ("Patriarch Osk and the bishops of the Tarnian Orthodox Church"),
        else the church of the faith its sentence writes the title with (:meth:`_church_of_faith`:
        "the seat of the Maronite Patriarch ...; Patriarch Osk": the Maronite Church)."""
        body = calling or self.lex.calling_body(ent.role)
        if body:
            body = self._calling_body_named(ent, body) or body
        elif ent.role and ent.role.split()[-1].lower() in words_or("clergy_honorifics", self.doc.lang_, frozenset()):
            body = self._calling_body_named(ent, CHURCH) or self._church_of_faith(ent)
        if body:
            ent.side, ent.side_cue = body, Cue(f"{CONTEXT_CUE} {ent.role}, {CALLING}", CueKind.CALLING)

    def _church_of_faith(self, ent: Entity) -> str:
        """"<Faith> Church" for the one word of ``faith_adjectives`` written right before
        ``ent``'s clerical title in its sentence ("the Maronite Patriarch", "an Orthodox
        Patriarch"): the church of that faith; "" for none or two."""
        doc = self.doc
        if not doc.has_annotation("SENT_START"):
            return ""
        title = ent.role.split()[-1].lower()
        faiths = words_or("faith_adjectives", doc.lang_, frozenset())
        sentence = doc[ent.start].sent
        found = {doc[t.i - 1].text.capitalize() for t in sentence
                 if t.lower_ == title and t.i > sentence.start and doc[t.i - 1].lower_ in faiths}
        return f"{found.pop()} {CHURCH}" if len(found) == 1 else ""

    def _calling_body_named(self, ent: Entity, body: str) -> str:
        """The one organisation ``ent``'s sentence names that is of the kind of ``body``, a
        calling's body: its name holds the word of ``org_words`` the body's name holds
        ("Church": "the Tarnian Orthodox Church" beside "Catholic Church"); "" for none or two."""
        doc = self.doc
        kinds = words_in_any("org_words") & set(name_key(body).split())
        if not kinds or not doc.has_annotation("SENT_START"):
            return ""
        sentence = doc[ent.start].sent
        named: dict[str, str] = {}
        for other in self.ents:
            if other.label == "ORG" and sentence.start <= other.start < sentence.end \
                    and not kinds.isdisjoint(name_key(other.canonical).split()):
                words = [w for w in name_key(other.canonical).split() if w not in self.w.articles]
                named.setdefault(" ".join(words), other.canonical)
        return next(iter(named.values())) if len(named) == 1 else ""

    def _named_after(self, ent: Entity) -> int | None:
        """The place or organisation named right after a name with "of"/"from":
        "Charles Pemberly of New York", "Mohammed Qassar of Liwa al-Tahrir"."""
        doc, k = self.doc, ent.end
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in self.w.of:
            k += 1  # "Victoria Llanos, de las FARC,"
        if k + 1 >= len(doc) or doc[k].lower_ not in self.w.of | {"from"}:
            return None
        first = k + 1 + int(k + 1 not in self.at and k + 2 < len(doc) and doc[k + 1].lower_ in self.w.articles)
        n = self.at.get(first)  # "of the European External Action Service", "the" in the entity or not
        if n is None or self.ents[n].start != first or self.ents[n].label not in ("GPE", "ORG"):
            return None
        return n

    def _side_from_place(self, ent: Entity) -> None:
        """"Charles Pemberly of New York", "a senator from Maryland": the place's country;
        "Mohammed Qassar of Liwa al-Tahrir": the organisation he belongs to, and its side
        (itself, if it is no state's)."""
        n = self._named_after(ent)
        if n is None:
            self._untagged_country_after(ent)
            return
        named = self.ents[n]
        cue = self.doc[ent.end:named.end].text.lstrip(", ")  # "of New York", "de las FARC"
        if named.label == "GPE" and self.lex.calling_body(ent.role):
            return  # "Archbishop X of Quelimane": his see, no side
        if named.label == "GPE":
            side = self.lex.side_of(named.canonical, named.text) or self.lex.place_side(named.canonical)
            if side:
                ent.side, ent.side_cue = side, cue
                ent.consumed.add(n)
            return
        side = self.party_of(named)
        if side or not names_a_school(named.canonical):  # "X of Halden University": his side is read elsewhere
            ent.side, ent.side_cue = side, cue
        if not ent.affiliation:
            body = self._body(named.canonical)
            ent.affiliation = body.canonical if body else named.canonical
            ent.affiliated.add(n)
        if ent.side and ent.side not in self.lex.states:
            self._share_organisation(ent, cue)

    def _share_organisation(self, ent: Entity, cue: str) -> None:
        """"Andrea Rossi and Luca Neri of the Community of San Rocco": the people listed
        right before a person of an organisation that is no state's, with nothing of their
        own between, belong to it too, weakly (not a state: "President A and President B
        of Ruritania" are often of two)."""
        people = [e for e in self.ents if e.label == "PERSON" and e.end <= ent.start]
        after = ent
        for before in reversed(people):
            if not self._joined(before.end, after.start):
                break
            if not before.side:
                before.side, before.side_cue = ent.side, f"{CONTEXT_CUE} listed with {ent.text} {cue}"
            after = before

    def _place_in_apposition(self, ent: Entity) -> None:
        """"Sen. Bernie Castleton, an independent from Vermont,", "Sen. Mike Renfield, a Utah
        Republican,": a place of a country (a subdivision, or the country itself) that the
        apposition after the name says the person is from, or that modifies its noun; in
        Spanish, with no article, one the person stands for ("el senador X, demócrata por
        Oregón,": a word of ``representing_preps`` before the place)."""
        doc, k = self.doc, ent.end
        if k + 2 >= len(doc) or doc[k].text != ",":
            return
        bare = doc[k + 1].lower_ not in self.w.determiners  # "X, demócrata por Oregón,"
        origins = {"from"} | words_or("representing_preps", doc.lang_, frozenset())
        if bare and not (doc[k + 1].pos_ in ("NOUN", "ADJ") and doc[k + 1].is_lower
                         and "Part" not in doc[k + 1].morph.get("VerbForm", [])):
            return  # "la UNITA de X, armada por Washington,": what armed the group, no one X stands for
        for j in range(k + 2 - bare, min(k + 10, len(doc))):
            if doc[j].text in (",", ";", "(", ")") or doc[j].is_sent_start:
                return
            n = self.at.get(j)
            if n is None or self.ents[n].start != j or self.ents[n].label not in ("GPE", "LOC") \
                    and subdivision_of(self.ents[n].canonical, doc.lang_) is None:  # "Oregón" tagged ORG
                continue
            place = self.ents[n]
            root = doc[place.start:place.end].root
            if bare and (doc[j - 1].lower_ not in origins - {"from"}
                         or subdivision_of(place.canonical, doc.lang_) is None and subdivision_of(place.canonical) is None):
                return  # only a subdivision is a constituency one stands for
            if doc[j - 1].lower_ in (origins if bare else {"from"}) \
                    or (root.dep_ in MODIFIER_DEPS and root.head.i >= place.end):  # "the envoy for Tarn": not his
                side = self.lex.side_of(place.canonical, place.text) or self.lex.place_side(place.canonical)
                if side:
                    ent.side, ent.side_cue = side, doc[k + 1:place.end].text
                return

    def _untagged_country_after(self, ent: Entity) -> None:
        """"President Ayuel Dengar of South Sudan", the country left untagged by the model:
        one to three words after "of" that are a country's name, then the end of the phrase."""
        doc, k = self.doc, ent.end
        if k + 1 >= len(doc) or doc[k].lower_ not in self.w.of:
            return
        first = k + 1 + int(doc[k + 1].lower_ in self.w.articles)
        for end in range(min(first + 3, len(doc)), first, -1):
            if any(i in self.at for i in range(first, end)) or (
                    end < len(doc) and doc[end].is_alpha and doc[end].lower_ not in self.w.ends):
                continue
            written = doc[first:end].text
            side = self.country_written(written)
            if side:
                ent.side, ent.side_cue = side, f"{doc[k].text} {written}"
                return

    def _side_spoken_for(self, ent: Entity, at: int | None = None) -> bool:
        """"Humberto de la Serna for the government and Iván Berrocal for the FARC":
        the party named right after the name and a word or phrase of ``representing_preps``
        ("A en nombre de la ONU", "B on behalf of the Red Cross"); a person named after a
        phrase ("A en nombre de B", "on behalf of B") is whom A works for, over A's nationality,
        a word ending the phrase (a comma, a conjunction or the verb follow: "Zarif for Iran
        signed"; not "Kerry for Iran talks"). True when a person is the one spoken for. With
        ``at``, the phrase is read there, after an apposition of the name: "X, a leader of the
        Orvist Union, for the Northern Alliance": the party X signs or speaks for, over the
        body the apposition names."""
        begin = ent.end if at is None else at
        doc, after = self.doc, self._representing_at(begin)
        if after is None:
            return False
        p, contracted = after  # "en nombre del | Gobierno": the article is in "del"
        phrase = p - begin > 1 or doc[begin - 1].pos_ == "VERB"  # "on behalf of the UN ...", "signed for
        # Iran the deal": no "Iran talks" to mistake it for
        article = contracted or (p < len(doc) and doc[p].lower_ in self.w.articles)
        party = p + (article and not contracted)  # the party's first word
        if p + 1 >= len(doc):
            return False
        n = self.at.get(p, self.at.get(party))
        if n is not None and self.ents[n].start == p and self.ents[n].label == "PERSON" and phrase:
            # "el diplomático peruano X en nombre de Y": Y's envoy, whose side the registry lends
            ent.affiliation = ent.affiliation or self.ents[n].canonical
            if cue_kind(ent.side_cue) is CueKind.NATIONALITY:
                ent.side, ent.side_cue = "", ""
            return True
        if n is not None and self.ents[n].start <= party and self.ents[n].label != "PERSON":
            if doc[begin - 1].pos_ == "VERB" and _names_an_outlet(doc[self.ents[n].start:self.ents[n].end]):
                return False  # "habló por Radio Tamarindo": the medium spoken on, no party
            end = self.ents[n].end
            side, cue = self.party_of(self.ents[n]), doc[begin:end].text
        elif article and doc[party].lower_ in words_or("state_anaphors", doc.lang_, frozenset()):
            found = self._antecedent(party - 1, doc[party].lower_)  # "for the government": the main country
            side, end = (found[0] if found else ""), party + 1
            cue = of_noun(f"{CONTEXT_CUE} {doc[begin:end].text}", doc[party].lower_)  # which government: a guess
        elif (untagged := self._untagged_party(p)) is not None:  # "Trajanovski for Skopje", Skopje untagged
            side, end = untagged
            cue = doc[begin:end].text
        else:
            return False
        if side and (phrase or end >= len(doc) or doc[end].lower_ in self.w.ends or doc[end].pos_ in ("VERB", "AUX")
                     or doc[end].lower_ in words_or("agent_preps", doc.lang_, frozenset())):  # "for X | by A"
            ent.side, ent.side_cue = side, cue
        return False

    def _sides_of_commissioned(self) -> None:
        """People the text places as acting for an international body, at its request or in
        its name: the persons whose clause is that of the verb a ``commissioning_preps`` phrase
        naming the body modifies, its subject and those listed with it ("A acompaña el diálogo
        por encargo de la Unasur, igual que los expresidentes B y C"; "Junto con B, de Panamá,
        acompaña los contactos por encargo de ..."), take the body as side, over a nationality,
        a former office of a third state or a guess from context; not a side read from an office
        held now, nor a person of another clause ("..., cuyo secretario general, D, respalda"), nor
        the verb's object, whom the act is done to ("the police arrested E at the request of the UN")."""
        doc = self.doc
        for k in range(len(doc)):
            found = self._representing_at(k, "commissioning_preps")
            if found is None or found[0] >= len(doc):
                continue
            p, contracted = found
            party = p + int(not contracted and doc[p].lower_ in self.w.articles and p + 1 < len(doc))
            n = self.at.get(party)
            if n is None or self.ents[n].label == "PERSON":
                continue
            body = self._body(self.ents[n].canonical) or self._body(self.ents[n].text)
            verb = _verb_above(doc[k])
            if body is None or verb is None:
                continue
            for ent in self.ents:
                root = doc[ent.start:ent.end].root
                if ent.kind != "person" or ent.label != "PERSON" or doc[ent.start].sent != doc[k].sent \
                        or _verb_above(root) != verb or _dep_below(root, verb) in _OBJECT_DEPS | {"dative"} \
                        or not self._weak_side(ent):
                    continue  # "the police arrested X at the request of the UN": whom the act is done to
                ent.side, ent.side_cue = body.side, doc[k:self.ents[n].end].text  # stated, no guess

    def _weak_side(self, ent: Entity) -> bool:
        """Whether ``ent`` has no side, or one read from a nationality, a calling, a former
        office, the context or where he comes from ("B, de Panamá,": a place after "of"),
        which whom he acts for outranks."""
        return not ent.side or cue_kind(ent.side_cue) in (CueKind.NATIONALITY, CueKind.CALLING) \
            or FORMER_OFFICE in ent.side_cue or ent.side_cue.startswith(CONTEXT_CUE) \
            or ent.side_cue.split(" ", 1)[0].lower() in self.w.of | {"from"} \
            and self.lex.side_of(ent.side_cue.split(" ", 1)[-1]) in self.lex.states

    def _representing_at(self, k: int, phrases: str = "representing_preps") -> tuple[int, bool] | None:
        """Where the party starts after a word or phrase of ``representing_preps`` written
        at token ``k`` ("for", "por"; "on behalf of", "por parte de"), and whether the
        phrase's last word holds its article ("en nombre | del | Gobierno"); None when
        none is written there. A phrase ending in "de" also ends in "del"."""
        doc = self.doc
        found = None
        for row in words_or(phrases, doc.lang_, frozenset()):
            words = row.split()
            last = k + len(words) - 1
            if last >= len(doc) or any(doc[k + n].lower_ != w for n, w in enumerate(words[:-1])):
                continue
            contracted = words[-1] in self.w.of and len(words) > 1 and doc[last].lower_ in self.w.contracted
            if (doc[last].lower_ == words[-1] or contracted) and (found is None or last + 1 > found[0]):
                found = (last + 1, contracted)
        return found

    def _shared_body_name(self, ent: Entity) -> bool:
        """Whether ``ent`` is a state body's name that several states use
        (``shared_state_body_names``: "the Foreign Office", "the Ministry of External
        Affairs"), though the lexicons give it one state's side: a state the text writes as
        its owner ("Pakistan's Foreign Office") decides before that one state."""
        key = name_key(ent.canonical).split()
        key = key[1:] if key[:1] and key[0] in self.w.articles else key
        return " ".join(key) in shared_state_body_keys(self.doc.lang_)

    def _untagged_party(self, k: int) -> tuple[str, int] | None:
        """``(state, end)`` of a country or capital name the model did not tag, from
        token ``k`` (up to three capitalised words no entity holds)."""
        doc = self.doc
        for size in (3, 2, 1):
            end = k + size
            if end > len(doc) or any(i in self.at or not doc[i].is_title for i in range(k, end)):
                continue
            side = self.country_written(doc[k:end].text, ("country", "capital"))
            if side:
                return side, end
        return None

    def _read_side(self, ent: Entity) -> None:
        side = self.lex.side_of(ent.canonical, ent.text)
        if side and self._shared_body_name(ent):
            self._apply_cues(ent, self._cues_before(ent.start))  # "Pakistan's Foreign Office": Pakistan's
            ent.affiliation, ent.affiliated = "", set()
            if ent.side:
                return
        body = None if side else self._body(ent.canonical)
        if side or body:
            ent.side, ent.side_cue = side or (body.side if body else ""), ent.text
        elif after := self._demonym_after_body(ent):
            ent.side, ent.side_cue = after
        else:
            cues = self._cues_before(ent.start)
            self._apply_cues(ent, cues)
            owners = [(n, b) for n in cues if self._written_as_owner(self.ents[n])
                      and (b := self._body(self.ents[n].canonical)) is not None]
            if not ent.side and owners:  # "the African Union's Panel of ...": a body of the AU's
                n, body = owners[0]  # the cue is the owner's words, not those of a cue before it
                ent.side, ent.side_cue = body.side, self.doc[self.ents[n].start:ent.start].text
            ent.affiliation, ent.affiliated = "", set()

    def _demonym_after_body(self, ent: Entity) -> tuple[str, str] | None:
        """``(state, words)`` of a state's body the model tagged without the lower-case
        demonym written after it ("el Parlamento | israelí", "la Policía | colombiana"): the
        body and that word, read as one name as "el Ejército colombiano" is
        (:meth:`Lexicon.side_of`), or a body of ``national_institutions`` and a demonym;
        none for a body of no state ("el Parlamento europeo")."""
        if ent.end >= len(self.doc) or not (after := self.doc[ent.end]).is_lower or not after.is_alpha \
                or self.doc[ent.end - 1].whitespace_ == "":
            return None
        words = f"{ent.text} {after.text}"
        state = self.lex.side_of(words)
        body = " ".join(w for w in name_key(ent.text).split() if w not in self.w.articles)
        if not state and body in words_in_any("national_institutions") \
                and self.lex.side_kinds.get(name_key(after.text)) == "demonym":
            state = self.lex.side_of(after.text)  # "la Policía | colombiana": a body every state has
        return (state, words) if state in self.lex.states else None

    def _written_as_owner(self, cue: Entity) -> bool:
        """A possessive follows the entity, or ends it ("the African Union's" tagged whole)."""
        return self._owns(cue) or self.doc[cue.end - 1].text in POSSESSIVE

    # -- kinds -------------------------------------------------------------
    def _state_word_of_an_office(self, ent: Entity) -> bool:
        """Whether ``ent`` is a generic word for a state alone (``state_anaphors``, its article
        aside: "la República", "the Republic", "el Estado") written after a title and an "of"
        ("presidente de la República", "jefe del Estado", "President of the Republic"): the
        office's words, naming no actor of its own (the state is the article's, as the title
        reads it)."""
        doc, lang = self.doc, self.doc.lang_
        none: frozenset[str] = frozenset()
        words_ = [t.lower_ for t in doc[ent.start:ent.end] if t.lower_ not in self.w.articles]
        if len(words_) != 1 or words_[0] not in words_or("state_anaphors", lang, none):
            return False
        k = ent.start - 1
        k -= k >= 0 and doc[k].lower_ in self.w.articles  # "de | la | República"
        ofs = words_or("of_preps", lang, none) | words_or("contracted_articles", lang, none)
        return k >= 1 and doc[k].lower_ in ofs and k - 1 in self.title_tokens

    def _dateline_kind(self, ent: Entity) -> str:
        """A dateline's names are where the story was filed (``place``) and, in its
        parenthesis, who filed it (``other``): "OSAN AIR BASE, South Korea (Harbour Wire) —"."""
        return "other" if in_dateline(self.outlets, ent.start_char) else "place"

    def _kind(self, ent: Entity, consumed: bool, affiliation: bool = False) -> str:
        if self.title_tokens & set(range(ent.start, ent.end)) or self._state_word_of_an_office(ent):
            return "title"
        if consumed:
            return "modifier"
        span = self.doc[ent.start:ent.end]
        if self._is_person(ent):  # "el portaaviones Osk", "Osk fighter jets": a vehicle's name
            if ent.label == "PERSON" and not ent.role and (names_a_street(span) or is_crossed(span.root)):
                return "place"  # "la avenida Ostrel", "cruzan por A y B": a street, a border town
            misread = ent.label == "PERSON" and (names_a_vehicle(span) or opens_as_common_word(span))
            return "other" if misread else "person"  # "Pollsters had predicted": a common word
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:  # "from the U.S. and Mexico"
            root = root.head
        if ent.label in ("LOC", "FAC"):
            return "place"
        if ent.label not in ("ORG", "GPE", "NORP"):
            return "other"
        city = ent.label in ("GPE", "NORP") and city_of(ent.canonical) is not None
        if ent.label == "NORP":
            modifies = root.pos_ == "ADJ" or root.dep_ in MODIFIER_DEPS
            if modifies and modifies_a_venue(root):  # "en una base | estadounidense": where, no state acting
                return "place"
            if _describes_a_person(root):  # "X, an American serving ...": who X is, no group acting
                return "modifier"
            return "modifier" if modifies else "place" if city else "group"
        if ent.label == "GPE" and names_a_venue(root, ent.canonical, self.lex):  # "the Helsinki accord"
            return "place"
        if ent.label in ("GPE", "ORG") and names_an_accord(root, ent.canonical, self.lex):  # "to renegotiate Velna"
            return "place"
        if ent.label in ("GPE", "ORG") and is_named_place(root):  # "the town of Brčko", "crossed the Rio Grande"
            return "place"
        if self._modifies_noun(root, ent) and not affiliation:  # "the OAS envoy" names the OAS
            return "modifier"
        if is_vehicle(span, ent.canonical, self.lex):  # "a U.S. Air Force C-17"
            return "other"
        if ent.label == "ORG" and is_venue(span, ent.canonical, self.lex, root):  # "in the Oval Office"
            return "place"
        if ent.label == "ORG":
            institution = self.lex.side_kinds.get(name_key(ent.canonical)) == "institution"
            last = ent.canonical.split()[-1].lower() if ent.canonical.split() else ""
            # "the Foreign Ministry"; "el Ejército del Perú", a state's body named word first
            government = institution or last in words("government_words") and not self.lex.names_a_party(
                ent.canonical) or bool(
                self.lex.side_of(ent.canonical)) and self._body_first(ent.canonical)
            return "government" if government else "organization"
        if preposition(root) in place_words("locative_preps", root) or is_destination(root):
            return "place"
        return "place" if city else "government"  # a city of kit's lexicon is no state: "Aleppo", "Lviv"

    @staticmethod
    def _body_first(name: str) -> bool:
        """The name starts, after an article, with a ``government_words`` word."""
        named = name_key(name).split()
        if named and named[0] in words_in_any("articles"):
            named = named[1:]
        return government_lead(named) > 0

    def _modifies_noun(self, root: Token, ent: Entity) -> bool:
        """The name modifies a noun outside it ("the OAS envoy", "el gobierno de México"),
        not as the place a locative preposition opens ("el exilio en México": a place)."""
        head = root.head
        outside = not (ent.start <= head.i < ent.end)
        located = preposition(root) in place_words("locative_preps", root)
        return root.dep_ in MODIFIER_DEPS and outside and head.i not in self.at and not located


def _verb_above(token: Token, steps: int = 6) -> Token | None:
    """The nearest verb ``token`` hangs from, itself if it is one (the clause it is of);
    None within ``steps`` heads."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _dep_below(token: Token, verb: Token) -> str:
    """The dependency of the word on the path from ``token`` up to ``verb`` that hangs from
    ``verb`` ("arrested | Osk Brel": dobj; "Ana, Rosa | acompaña": nsubj); ``""`` if ``token``
    is ``verb`` or does not hang from it."""
    for _ in range(len(token.doc)):
        if token.i == verb.i or token.head.i == token.i:
            return ""
        if token.head.i == verb.i:
            return token.dep_
        token = token.head
    return ""


def _names_an_outlet(span: Span) -> bool:
    """Whether a word of ``outlet_words`` in any language is one of ``span``'s ("Radio
    Tamarindo", "Tamarind Television"): an outlet a person speaks on, no party they speak for."""
    return any(t.lower_ in words_in_any("outlet_words") for t in span)


def _gerund(token: Token) -> bool:
    """Whether ``token`` is a gerund ("hablando"; English "speaking", a progressive participle)."""
    form = token.morph.get("VerbForm", [])
    return "Ger" in form or "Part" in form and "Prog" in token.morph.get("Aspect", [])


def _armed_group_s_name(named: list[str], lead: int) -> bool:
    """Whether the name-key words ``named`` (no article), opened by ``lead`` words of
    ``government_words``, are an armed group's own name: a word of ``armed_group_openers``
    ("forces"), which opens the names of states' and of armed groups' forces alike, and one
    word of the name's own after it ("the Forces Nouvelles"), not a state's body ("the Armed
    Forces": the words are the lexicon's, "armed forces", whole)."""
    return len(named) == lead + 1 and lead == 1 and named[0] in words_in_any("armed_group_openers")


def _federal_portfolio(named: list[str]) -> bool:
    """Whether the name-key words ``named`` (no article) are a federation's department or
    ministry: a word of ``federal_words`` opening at most four words that a word of
    ``portfolio_words`` ends ("federal political department", "federal trade ministry"),
    a federal state's portfolio, its state unnamed; no body of its own."""
    return 2 < len(named) <= 4 and named[0] in words_in_any("federal_words") \
        and named[-1] in words_in_any("portfolio_words")


def _state_organ_alone(named: list[str]) -> bool:
    """Whether the name-key words ``named`` (no article) are an organ of
    ``state_organ_names`` and, at most, what it deals with after a preposition ("supreme
    court"; "consejo de seguridad nacional | para america latina"): a state's organ, its
    state unnamed ("us national security council" names it)."""
    preps = words_in_any("complement_preps") | words_in_any("remit_preps")
    for organ in state_organ_keys():
        words = list(organ)
        if named[:len(words)] == words and (len(named) == len(words) or named[len(words)] in preps):
            return True
    return False


def _set_apart(name: Token) -> bool:
    """Whether a mark of ``list_openers`` (";") comes right before the words of ``name``, or
    before the conjunction there ("; and C"): an item of a list whose items hold commas."""
    k = name.left_edge.i - 1
    while k > 0 and name.doc[k].dep_ == "cc":
        k -= 1
    return k >= 0 and name.doc[k].text in words_or("list_openers", name.doc.lang_, frozenset())


def _preposition_owner(prep: Token) -> Token | None:
    """The word a preposition's phrase hangs on: its head in the English parse ("included
    A | in | the talks"), its object's head in Universal Dependencies, which hangs the
    preposition on its object ("incluyó a A | en | el gabinete"); None if ``prep`` is none."""
    if prep.dep_ == "prep":
        return prep.head
    return prep.head.head if prep.dep_ == "case" and prep.head.i > prep.i else None


def _listed_before(name: Token) -> Token | None:
    """The name listed before ``name`` that the parse hangs it on, as a conjunct or an
    apposition: right on it ("A, B and C": B and C hang on A), on the object of a
    phrase on it ("A of Osk, B from the east and C": B hangs on Osk, C on east) or on an
    apposition of its in a list whose items a mark of ``list_openers`` sets apart ("A, the
    Osk envoy; B; and C": B and C hang on envoy; in "A, the Osk envoy, B" the title is B's);
    None if ``name`` hangs on no earlier name."""
    head = name.head
    if name.dep_ not in ("conj", "appos") or head.i > name.i:
        return None
    if head.ent_type_ != "PERSON" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "A | of | Osk, B": the phrase's owner
    elif head.ent_type_ != "PERSON" and head.dep_ == "appos" and _set_apart(name):
        head = head.head  # "A, the Osk | envoy; B": the apposition's owner
    return head if head.ent_type_ == "PERSON" and head.i < name.i else None


def _of_a_bare_state_body(role: str) -> bool:
    """Whether ``role`` is a title "of" a state's body that ``heads.csv`` names, written with
    no state ("commander-in-chief of the Navy", "President of the Congress"; not "commander
    of the Frente Sur"): what a story names bare, its own state's body."""
    _, of, body = role.partition(" of the ")
    return bool(of) and body.lower() in head_offices()
