"""Corpus size at both ends: a thousand articles, one article, none.

1,000 generated articles (~60 words each, varied people, places and dates)
go through ``kit.load`` without losing one. ``kit.annotate`` loses none
either: what could lose an article is a boundary (between spaCy batches,
between cache shards), so a slice of them is annotated with small batches
and small shards (``SHARD_ARTICLES`` lowered) to cross many boundaries
quickly. The site builds on a single article file with the committed
notebooks, and on a folder holding that article (the notebooks see the same
corpus, see below); an empty folder is refused with a message that names it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from kit import annotate, load
from kit.nlp import run as annotate_module
from kit.nlp.pipeline import get_nlp
from kit.publish.report import ReportError, build_site

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}
N_ARTICLES = 1_000
#: Annotated slice, spaCy batch and cache shard size: 60 articles cross 7 batch
#: and 3 shard boundaries (the 1,000 at the defaults cross 15 and 1).
N_ANNOTATED, BATCH, SHARD = 60, 8, 16

FIRST = ["Alicia", "Antony", "Maria", "Jorge", "Elena", "David", "Sofia", "Carlos", "Laura",
         "Miguel", "Rachel", "Daniel", "Teresa", "Samuel", "Lucia", "Robert"]
LAST = ["Bárcena", "Blinken", "Hernández", "Miller", "Ortega", "Johnson", "Castillo", "Walker",
        "Romero", "Thompson", "Navarro", "Bennett", "Salazar", "Coleman"]
PLACES = ["Washington", "Mexico City", "El Paso", "Tijuana", "Houston", "Monterrey", "Phoenix",
          "Ciudad Juárez", "San Diego", "Guadalajara"]
ORGS = ["the State Department", "the Department of Homeland Security", "the Mexican Senate",
        "the United Nations", "Customs and Border Protection", "the Red Cross"]
TOPICS = ["migration", "border crossings", "asylum rules", "trade at the border",
          "rail traffic", "humanitarian visas"]


def generated_article(i: int, rng: random.Random) -> dict[str, str]:
    """One short English news article whose text is unique (it carries ``i``)."""
    person, other = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    place, org, topic = rng.choice(PLACES), rng.choice(ORGS), rng.choice(TOPICS)
    day = dt.date(2023, 12, 1) + dt.timedelta(days=rng.randrange(90))
    text = (
        f"{person} met {other} in {place} on {day:%B} {day.day} to discuss {topic}. "
        f"Officials from {org} said this was round {i + 1} of the talks and that both "
        f"governments would meet again. {person} told "
        f"reporters that the number of people waiting in {place} had fallen, while "
        f"{other} said more work was needed after {rng.randrange(2, 9)} hours of talks."
    )
    return {"id": f"gen-{i:04d}", "title": f"Talks on {topic}, round {i + 1}", "text": text,
            "published": day.isoformat(), "source": rng.choice(["Wire", "Daily", "Gazette"])}


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory) -> tuple[Path, list[dict[str, str]]]:
    rng = random.Random(20240118)
    rows = [generated_article(i, rng) for i in range(N_ARTICLES)]
    path = tmp_path_factory.mktemp("scale") / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path, rows


def test_generated_articles_are_short_varied_and_unique(big_jsonl):
    _, rows = big_jsonl
    words = [len(r["text"].split()) for r in rows]
    assert 50 <= min(words) and max(words) <= 70
    assert len({r["text"] for r in rows}) == N_ARTICLES
    assert len({r["published"] for r in rows}) > 60


def test_thousand_articles_load_without_loss(big_jsonl):
    path, rows = big_jsonl
    corpus = load(path)
    assert [a.id for a in corpus.articles] == [r["id"] for r in rows]
    assert corpus.report.empty, corpus.report.head().to_string()
    assert [a.published.isoformat() for a in corpus.articles] == [r["published"] for r in rows]


@pytest.fixture(scope="module")
def big_ann(big_jsonl, tmp_path_factory):
    path, _ = big_jsonl
    articles = load(path, limit=N_ANNOTATED).articles
    cache = tmp_path_factory.mktemp("scale-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(annotate_module, "SHARD_ARTICLES", SHARD)
        ann = annotate(articles, cache_dir=cache, progress=False, batch_size=BATCH)
    return articles, cache, ann


@pytest.mark.model
def test_articles_annotate_across_batches_and_shards_without_loss(big_ann):
    articles, _, ann = big_ann
    ids = sorted(a.id for a in articles)
    assert len(ids) == N_ANNOTATED
    assert ann.articles["article_id"].tolist() == ids
    assert (ann.articles["n_sentences"] >= 3).all()
    assert sorted(ann.sentences["article_id"].unique()) == ids
    covered = ann.mentions["article_id"].nunique()
    assert covered >= 0.95 * N_ANNOTATED, f"only {covered} articles have any mention"
    people = ann.mentions[ann.mentions["label"] == "PERSON"]["canonical"].nunique()
    assert people >= 20, "generated names should give many distinct people"


@pytest.mark.model
def test_every_sentence_offset_points_into_its_article(big_ann):
    articles, _, ann = big_ann
    texts = {a.id: a.text for a in articles}
    s = ann.sentences
    sliced = [texts[a][b:e] for a, b, e in zip(s["article_id"], s["start_char"], s["end_char"])]
    assert sliced == s["text"].tolist()


@pytest.mark.model
def test_cached_articles_come_back_from_several_shards_without_nlp(big_ann, monkeypatch):
    articles, cache, cold = big_ann
    shards = sorted(cache.glob("*/shard-*"))
    assert len(shards) == -(-N_ANNOTATED // SHARD) == 4

    def no_pipe(*args, **kwargs):
        raise AssertionError("NLP ran on a cached article")

    monkeypatch.setattr(get_nlp(None), "pipe", no_pipe)
    warm = annotate(articles, cache_dir=cache, progress=False)
    for name in ("articles", "sentences", "mentions", *cold.tables):
        pd.testing.assert_frame_equal(getattr(warm, name), getattr(cold, name), obj=name)


SINGLE = """---
title: Border talks resume
published: 2024-01-18
source: Gazette
---
Mexico's foreign minister Alicia Bárcena met Antony Blinken in Washington on Friday to
discuss migration. Officials from the United States and Mexico said further talks would
follow in the spring.
"""


@pytest.fixture
def single_article(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))  # the notebooks' kernels too
    folder = tmp_path / "one"
    folder.mkdir()
    path = folder / "talks.md"
    path.write_text(SINGLE, encoding="utf-8")
    return path


def assert_site(index: Path, source: Path, notebooks_dir: Path = NOTEBOOKS) -> None:
    notebooks = sorted(notebooks_dir.glob("*.ipynb"))
    assert notebooks, f"no notebooks in {notebooks_dir} to build a site from"
    out = index.parent
    assert sorted(p.name for p in out.glob("*.html")) == sorted(
        ["index.html", *(f"{nb.stem}.html" for nb in notebooks)])
    html = index.read_text(encoding="utf-8")
    assert '<tr><th>Articles</th><td class="n">1</td></tr>' in html
    assert "2024-01-18 to 2024-01-18" in html
    assert f"<code>{source.name}</code>" in html and str(source.parent) not in html
    shown = []
    for nb in notebooks:
        executed = nbformat.read(out / "notebooks" / nb.name, as_version=4)
        ran_with = [c.source for c in executed.cells if "parameters" in c.metadata.get("tags", [])]
        assert not [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(ran_with) == 1 and f'articles = "{source.name}"' in ran_with[0], nb.name  # what it ran with
        assert str(source.parent) not in nbformat.writes(executed), nb.name  # no machine path
        outputs = [o for c in executed.cells for o in c.get("outputs", [])]
        assert not [o for o in outputs if o["output_type"] == "error"], nb.name
        shown.append("Border talks resume" in nbformat.writes(executed))
    assert any(shown), "no notebook shows the one article's title"


@pytest.mark.model
def test_site_builds_on_a_single_article_file(single_article, tmp_path):
    index = build_site(single_article, tmp_path / "site", notebooks_dir=NOTEBOOKS,
                       progress=False)
    assert_site(index, single_article)


def test_committed_notebooks_read_articles_only_through_kit_load():
    """What lets the folder test below stand in for the committed notebooks."""
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        code = [c.source for c in nbformat.read(nb, as_version=4).cells
                if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", [])]
        uses = [u for src in code for u in re.findall(r"(?<![.\w\"'])articles\b(?![\"'])", src)]
        loads = sum(src.count("kit.load(articles)") for src in code)
        assert uses and len(uses) == loads, (nb.name, uses)


@pytest.mark.model
def test_site_builds_on_a_folder_with_one_article(single_article, tmp_path):
    """The folder loads as the same corpus as its one file, on which the committed notebooks
    build a site above; they read articles only through ``kit.load(articles)`` (tested
    above), so a notebook that does just that stands in for them on the folder."""
    folder = single_article.parent
    key = [(a.id, a.title, a.text, a.published, a.source) for a in load(single_article).articles]
    assert [(a.id, a.title, a.text, a.published, a.source) for a in load(folder).articles] == key
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    cells = [new_code_cell("articles = 'x'", metadata={"tags": ["parameters"]}),
             new_code_cell("import kit\ncorpus = kit.load(articles)\n"
                           "print(len(corpus.articles), corpus.articles[0].title)")]
    nbformat.write(new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC}),
                   notebooks / "01_load.ipynb")
    index = build_site(folder, tmp_path / "site", notebooks_dir=notebooks, progress=False)
    assert_site(index, folder, notebooks)
    executed = nbformat.read(tmp_path / "site" / "notebooks" / "01_load.ipynb", as_version=4)
    assert executed.cells[-1].outputs[0]["text"] == "1 Border talks resume\n"


@pytest.mark.parametrize("content", [{}, {"metadata.csv": "file,title\n"},
                                     {".hidden.txt": "Officials met in Washington."}],
                         ids=["empty", "only-metadata", "only-hidden"])
def test_folder_without_articles_is_a_clear_error(tmp_path, content):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in content.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(ReportError) as err:
        build_site(folder, tmp_path / "site", notebooks_dir=NOTEBOOKS, progress=False)
    message = str(err.value)
    assert f"no articles loaded from {str(folder)!r}" in message
    assert ".txt/.md/.html/.jsonl/.csv" in message and "kit.ingest.load.load(path).report" in message
    assert not (tmp_path / "site").exists()
