"""Articles in two languages make one site: one registry, one network, one timeline,
and the coverage tables say which outlet and language each row comes from.

The English demo (`data/demo/`) and the Spanish gold corpus of the same talks
(`benchmarks/gold/es_demo_eeuu_mexico/`), read as one corpus.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import kit
from kit import actors, counts, network, timeline
from kit.publish.report import build_site

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parents[2]
FOLDERS = [REPO / "data" / "demo", REPO / "benchmarks" / "gold" / "es_demo_eeuu_mexico" / "articles"]
ALIASES = REPO / "data" / "aliases.csv"


@pytest.fixture(scope="module")
def ann(cache_dir):
    return kit.annotate(kit.load(FOLDERS).articles, cache_dir=cache_dir, aliases=ALIASES)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("languages") / "site"
    return build_site(FOLDERS, out, notebooks_dir=REPO / "notebooks", aliases=ALIASES,
                      progress=False).parent


def outlet_languages(ann) -> set[tuple[str, str]]:
    return set(zip(ann.articles["source"], ann.articles["language"]))


def test_the_corpus_mixes_two_languages(ann):
    assert set(ann.articles["language"]) == {"en", "es"}


def test_each_quoted_row_names_an_outlet_of_the_corpus_in_its_language(ann):
    table = counts.quoted_by_outlet(ann, actors.actor_registry(ann, aliases=ALIASES), aliases=ALIASES)
    assert set(table["language"]) == {"en", "es"}
    assert set(zip(table["outlet"], table["language"])) <= outlet_languages(ann)
    # one actor whatever the language and spelling ("Lopez Obrador" in an accentless outlet)
    amlo = table[table["actor"] == "Andrés Manuel López Obrador"]
    assert set(amlo["language"]) == {"en", "es"} and amlo["actor_id"].nunique() == 1


def test_every_outlet_has_its_unnamed_share(ann):
    table = counts.unnamed_by_outlet(ann)
    assert set(zip(table["outlet"], table["language"])) == outlet_languages(ann)
    assert table["articles"].sum() == len(ann.articles)


def test_an_event_reported_in_both_languages_lists_each_outlet_s_date(ann):
    events = timeline.events(ann, aliases=ALIASES)
    reports = timeline.event_reports(ann, aliases=ALIASES)
    table = timeline.events_by_outlet(events, reports, ann.articles, min_outlets=2)
    assert set(zip(table["outlet"], table["language"])) <= outlet_languages(ann)
    both = table[table["languages"] == "en; es"]
    assert set(both["language"]) == {"en", "es"}
    assert (both["dates"] != "").all()
    # the timeline's own rows say it too: the event, and each report behind it
    assert set(both["event_id"]) <= set(events.loc[events["languages"] == "en; es", "event_id"])
    shown = reports[reports["event_id"].isin(set(both["event_id"]))]
    assert set(zip(shown["source"], shown["language"])) <= outlet_languages(ann)
    assert set(shown["language"]) == {"en", "es"}


def test_registry_and_network_rows_say_which_outlets_and_languages_they_come_from(ann):
    registry = actors.actor_registry(ann, aliases=ALIASES)
    amlo = registry[registry["name"] == "Andrés Manuel López Obrador"].iloc[0]
    assert amlo["languages"] == "en; es"
    assert set(amlo["outlets"].split("; ")) <= set(ann.articles["source"])
    edges = network.edges_table(network.build_network(ann, aliases=ALIASES))
    assert set(edges["languages"]) >= {"en", "es"}  # ties read in one language each
    assert set("; ".join(edges["outlets"]).split("; ")) <= set(ann.articles["source"])


def tables_with(page: Path, column: str) -> list[lxml.html.HtmlElement]:
    root = lxml.html.fromstring(page.read_text(encoding="utf-8"))
    return [t for t in root.iter("table")
            if column in [th.text_content().strip() for th in t.xpath(".//thead//th")]]


def test_the_site_shows_the_coverage_tables_with_both_languages_and_links(site):
    for page, expected in (("02_actor_network.html", 2), ("03_timeline.html", 1)):
        tables = tables_with(site / page, "outlet")
        assert len(tables) == expected, page
        for table in tables:
            header = [th.text_content().strip() for th in table.xpath(".//thead/tr[1]/th")]
            at = header.index("language")  # the index column is a <th> too
            languages = {row.xpath("./th|./td")[at].text_content().strip()
                         for row in table.xpath(".//tbody/tr")}
            assert languages == {"en", "es"}, page
        assert any(t.xpath(".//a[starts-with(@href, 'articles/')]") for t in tables), page
