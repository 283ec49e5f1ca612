"""kit.extract.lemmas: the infinitive of a verb whose lemma the model left as a form of it. No model."""

from __future__ import annotations

import pytest

from kit.extract.lemmas import lemma_infinitive


@pytest.mark.parametrize(("lemma", "infinitive"), [
    ("acatar él", "acatar"),  # "acatarlo": the clitic pronoun split off
    ("reunir él", "reunir"),
    ("cerrado", "cerrar"),  # "el cruce, cerrado en agosto"
    ("firmadas", "firmar"),
    ("suspendido", "suspender"),  # an -er verb's participle: a verb of verbs.csv
    ("sign", "sign"),  # English: no such list
    ("dado", "dado"),  # no stem left to read
    ("cerrar", "cerrar"),
])
def test_a_lemma_left_as_a_participle_or_with_its_clitic_is_read_as_its_infinitive(lemma, infinitive):
    assert lemma_infinitive(lemma) == infinitive


def test_the_timeline_reads_a_lemma_s_infinitive_with_the_one_reader_of_kit_extract():
    """The timeline's reports and evidence ask :func:`lemma_infinitive`; no reader of their own."""
    from kit.timeline import evidence, reports

    assert evidence.lemma_infinitive is lemma_infinitive and reports.lemma_infinitive is lemma_infinitive
    assert not hasattr(evidence, "infinitive")
