"""kit.publish.case_studies: a case study is published only for its own corpus.

No model: the corpora are loaded, not annotated (the sites built on them with a
case study: tests/publish/test_report.py, tests/system/test_site_other_corpus.py,
tests/system/test_browser.py).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import nbformat
import pytest

from kit.ingest.load import load
from kit.publish.case_studies import (
    CaseStudyError,
    DeclaredFile,
    declared_corpus,
    find_case_studies,
    own_articles,
)
from kit.publish.report import ReportError, find_notebooks

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
CASE_STUDY = NOTEBOOKS / "case_studies" / "seed_nbc_2024.ipynb"
SEED = REPO / "data" / "articles" / "000_630f14e8707647da.txt"
RECEIVED = REPO.parent / "shared" / "seeds" / SEED.name
OTHER = REPO / "benchmarks" / "gold" / "black_sea_grain_2022" / "articles"
MAIN = ["01_entities.ipynb", "02_actor_network.ipynb", "03_timeline.ipynb"]


def test_the_seed_case_study_declares_the_seed_as_received():
    sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert declared_corpus(CASE_STUDY) == [DeclaredFile(SEED.name, sha, "2024-01-18")]
    if RECEIVED.is_file():  # the original, beside the repository
        assert hashlib.sha256(RECEIVED.read_bytes()).hexdigest() == sha
    assert [str(a.published) for a in load(SEED.parent).articles] == ["2024-01-18"]


@pytest.mark.parametrize(("sources", "published"), [
    ([REPO / "data" / "articles"], True),
    ([REPO / "data" / "articles", REPO / "data" / "demo"], True),  # the seed among others
    ([REPO / "data" / "demo"], False),
    ([OTHER], False),
], ids=["seed", "seed-and-demo", "demo", "black-sea"])
def test_find_notebooks_adds_the_case_study_only_when_the_seed_is_loaded(sources, published):
    found = [p.name for p in find_notebooks(NOTEBOOKS, load(sources).articles)]
    assert found == MAIN + (["seed_nbc_2024.ipynb"] if published else [])
    assert [p.name for p in find_notebooks(NOTEBOOKS)] == MAIN  # no articles: no case study


def copy_of_seed(folder: Path, text: bytes, metadata: bool) -> Path:
    folder.mkdir()
    (folder / SEED.name).write_bytes(text)
    if metadata:
        shutil.copy(SEED.parent / "metadata.csv", folder / "metadata.csv")
    return folder


def test_a_copy_of_the_seed_counts_only_with_the_same_bytes_and_date(tmp_path):
    data = SEED.read_bytes()
    same = copy_of_seed(tmp_path / "same", data, metadata=True)
    assert find_case_studies(NOTEBOOKS, load(same).articles) == [CASE_STUDY]
    edited = copy_of_seed(tmp_path / "edited", data.replace(b"Friday", b"Monday", 1), True)
    assert find_case_studies(NOTEBOOKS, load(edited).articles) == []
    undated = copy_of_seed(tmp_path / "undated", data, metadata=False)  # dates unresolved
    assert find_case_studies(NOTEBOOKS, load(undated).articles) == []


def test_the_case_study_reads_only_the_seed_among_other_articles():
    loaded = load([REPO / "data" / "articles", REPO / "data" / "demo"]).articles
    assert len(loaded) > 1
    assert [a.id for a in own_articles(loaded, CASE_STUDY)] == ["000_630f14e8707647da"]


def test_the_case_study_without_its_seed_names_the_file_and_the_fix():
    with pytest.raises(CaseStudyError) as caught:
        own_articles(load(OTHER).articles, CASE_STUDY)
    message = str(caught.value)
    assert f"seed_nbc_2024.ipynb is about {SEED.name} (sha256 e5deb5b5253" in message
    assert "published 2024-01-18" in message and "set `articles` to the folder" in message


def test_a_case_study_that_declares_no_corpus_is_refused_with_the_fix(tmp_path):
    notebooks = tmp_path / "notebooks"
    (notebooks / "case_studies").mkdir(parents=True)
    shutil.copy(NOTEBOOKS / MAIN[0], notebooks)
    nbformat.write(nbformat.v4.new_notebook(), notebooks / "case_studies" / "loose.ipynb")
    with pytest.raises(ReportError, match=r"loose\.ipynb is a case study without a declared "
                                          r"corpus; declare .*\"kit\": \{\"corpus\""):
        find_notebooks(notebooks, load(SEED.parent).articles)
