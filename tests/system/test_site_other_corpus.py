"""A site built on another corpus says only what that corpus says.

`build_site` on the Black Sea grain articles: no page names a name kit finds
in the seed and demo corpus (people and their last names, countries,
organisations, places, groups) that those articles do not name (the notebooks'
text is corpus-neutral), and the readings kit writes at the end of each
notebook name that corpus's own actors, with links to their sentences.
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


@pytest.fixture(scope="module")
def seed_and_demo_ann(cache_dir):
    corpus = kit.load([REPO / "data" / "articles", REPO / "data" / "demo"])
    return kit.annotate(corpus.articles, cache_dir=cache_dir, aliases=REPO / "data" / "aliases.csv")


def names(ann) -> set[str]:
    """Every name kit finds in ``ann``: the entities it counts (people, countries, groups,
    organisations, places ...) and the actors of its registry, with each person's last
    name; not the descriptions kit writes for unnamed sources ("unnamed officials")."""
    aliases = REPO / "data" / "aliases.csv"
    found = set(kit.entity_counts(ann, aliases=aliases)["canonical"].astype(str))
    registry = actors.actor_registry(ann, aliases=aliases)
    found |= set(registry.loc[registry["named"].astype(bool), "name"].astype(str))
    found |= {name.split()[-1] for name in people(ann)}
    return {n for n in found if n.strip()}


def test_no_page_names_a_seed_or_demo_name_the_other_corpus_does_not_name(site, seed_and_demo_ann):
    corpus_text = " ".join(a.title + " " + a.text for a in kit.load(OTHER).articles)
    seed_names = names(seed_and_demo_ann)
    assert {"Mexico", "Venezuela", "Antony Blinken", "Blinken"} <= seed_names, sorted(seed_names)
    forbidden = sorted(w for w in seed_names if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", corpus_text))
    assert {"Mexico", "Venezuela", "Andrés Manuel López Obrador"} <= set(forbidden), "choose a corpus that names none of them"
    pages = sorted([*site.glob("*.html"), *site.glob("articles/*.html")])
    assert len(pages) == 1 + len(list((REPO / "notebooks").glob("*.ipynb"))) + len(kit.load(OTHER).articles)
    texts = {page.name: page_text(page) for page in pages}
    found = [f"{name}: {word}" for name, text in texts.items() for word in forbidden
             if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    assert not found, found


def test_no_case_study_of_the_seed_is_published_nor_linked(site):
    """The hand-written reading of the seed (notebooks/case_studies/) is about the seed
    alone: a site on another corpus has no page of it and no link to one."""
    studies = sorted((REPO / "notebooks" / "case_studies").glob("*.ipynb"))
    assert [nb.name for nb in studies] == ["seed_nbc_2024.ipynb"]
    published = sorted(p.name for p in site.glob("*.html"))
    assert published == sorted(["index.html", *(f"{nb.stem}.html" for nb in
                                                (REPO / "notebooks").glob("*.ipynb"))])
    assert sorted(p.name for p in (site / "notebooks").iterdir()) == sorted(
        nb.name for nb in (REPO / "notebooks").glob("*.ipynb"))
    for page in [*site.glob("*.html"), *site.glob("articles/*.html")]:
        html = page.read_text(encoding="utf-8")
        assert not [nb.stem for nb in studies if nb.stem in html], page.name
    assert "Case study" not in page_text(site / "index.html")


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
    # a figure links its sentence; a count over one whole article (its unnamed-source share), its page
    targets = [re.fullmatch(r"articles/(.+)\.html(?:#s(\d+))?", h) for h in hrefs]
    assert targets and all(t is not None and t[1] in ids for t in targets), hrefs
    assert sum(t is not None and t[2] is not None for t in targets) > len(targets) / 2, hrefs
    for t in targets:  # the page is there, with the sentence anchored
        assert t is not None and (site / f"articles/{t[1]}.html").exists()
        assert t[2] is None or f'id="s{t[2]}"' in (site / f"articles/{t[1]}.html").read_text(encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    assert all(f'href="articles/{aid}.html"' in index for aid in ids)
