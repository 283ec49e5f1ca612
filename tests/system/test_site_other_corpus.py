"""A site built on another corpus says only what that corpus says.

`build_site` on the Black Sea grain articles: no page names a person of the
seed corpus that those articles do not name (the notebooks' text is
corpus-neutral), and the readings kit writes at the end of each notebook
name that corpus's own actors, with links to their sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

import kit
from kit import actors
from kit.publish.report import build_site

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
OTHER = REPO / "benchmarks" / "gold" / "black_sea_grain_2022" / "articles"


@pytest.fixture(scope="module")
def other_ann(cache_dir):
    return kit.annotate(kit.load(OTHER).articles, cache_dir=cache_dir, aliases=REPO / "data" / "aliases.csv")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("other") / "site"
    return build_site(OTHER, out, notebooks_dir=REPO / "notebooks", progress=False).parent


def page_text(page: Path) -> str:
    """Everything a reader can see on ``page``, chart data included (tooltips, labels)."""
    html = page.read_text(encoding="utf-8")
    return lxml.html.fromstring(html).text_content() + html


READING = ("//div[contains(@class, 'jp-OutputArea-output') and "
           "contains(@class, 'jp-RenderedMarkdown')]")
"""Markdown outputs of code cells: the readings."""


def reading(page: Path) -> lxml.html.HtmlElement:
    """The page's last Markdown output: the reading kit writes at the end."""
    outputs = lxml.html.fromstring(page.read_text(encoding="utf-8")).xpath(READING)
    assert outputs, f"{page.name} has no reading"
    return outputs[-1]


def reading_text(page: Path) -> str:
    return " ".join(reading(page).text_content().split())


def people(ann) -> list[str]:
    registry = actors.actor_registry(ann, aliases=REPO / "data" / "aliases.csv")
    named = registry[(registry["kind"] == "person") & registry["named"].astype(bool)]
    return named.sort_values("mentions", ascending=False, kind="stable")["name"].tolist()


def test_no_page_names_a_seed_person_the_other_corpus_does_not_name(site, seed_ann):
    corpus_text = " ".join(a.title + " " + a.text for a in kit.load(OTHER).articles)
    seed_people = people(seed_ann)
    assert len(seed_people) >= 3, seed_people
    words = {w for name in seed_people for w in (name, name.split()[-1])}
    forbidden = sorted(w for w in words if not re.search(rf"\b{re.escape(w)}\b", corpus_text))
    assert forbidden, "every seed name is in the other corpus: choose another corpus"
    pages = sorted([*site.glob("*.html"), *site.glob("articles/*.html")])
    assert len(pages) == 1 + len(list((REPO / "notebooks").glob("*.ipynb"))) + len(kit.load(OTHER).articles)
    found = [f"{page.name}: {word}" for page in pages for word in forbidden
             if re.search(rf"\b{re.escape(word)}\b", page_text(page))]
    assert not found, found


def test_each_notebook_page_ends_with_a_reading_of_this_corpus(site, other_ann):
    top_person = people(other_ann)[0]
    registry = actors.actor_registry(other_ann, aliases=REPO / "data" / "aliases.csv")
    entities = reading_text(site / "01_entities.html")
    assert "The most present actors" in entities and top_person in entities
    network = reading_text(site / "02_actor_network.html")
    assert "Named together most often" in network
    sides = registry.loc[registry["named"].astype(bool) & (registry["side"] != ""), "side"]
    assert sides.value_counts().index[0] in network
    share = actors.unnamed_share(other_ann, by=None).iloc[0]
    timeline = reading_text(site / "03_timeline.html")
    assert "The busiest days" in timeline
    assert f"{share['unnamed']} of {share['attributions']} attributions" in timeline


def test_readings_link_their_evidence_to_sentences(site, other_ann):
    hrefs = [h for page in sorted(site.glob("0*.html")) for h in reading(page).xpath(".//a/@href")]
    ids = set(other_ann.articles["article_id"])
    targets = [re.fullmatch(r"articles/(.+)\.html#s(\d+)", h) for h in hrefs]
    assert targets and all(t is not None and t[1] in ids for t in targets), hrefs
    for t in targets:  # the page is there, with the sentence anchored
        assert t is not None and f'id="s{t[2]}"' in (site / f"articles/{t[1]}.html").read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    assert all(f'href="articles/{aid}.html"' in index for aid in ids)
