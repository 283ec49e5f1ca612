"""Exported pages in a real browser: charts drawn, payloads inert, no network.

Drives Debian's headless Chromium through Python Playwright (no downloaded
browser). Every request a page makes is recorded; anything but file:, data:
and about: URLs fails the test (and is aborted, so nothing leaves).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from publish.test_export import IMG_PAYLOAD, SCRIPT_PAYLOAD, hostile_notebook
from system.pages import Visit

from kit.publish.export import export_html
from kit.publish.report import build_site

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
LOCAL_URL = re.compile(r"^(file|data|about):")
REMOTE_URL = re.compile(r"^(?!(file|data|about|blob):)")


def visit(browser: Browser, path: Path) -> Visit:
    """Open a page, wait until every chart has settled (drawn or failed)."""
    context = browser.new_context()
    context.route(REMOTE_URL, lambda route: route.abort())
    page = context.new_page()
    seen = Visit(page, LOCAL_URL)
    page.goto(path.resolve().as_uri(), wait_until="load")
    if page.locator(".kit-chart").count():
        page.wait_for_function("window.kitCharts !== undefined")
        page.evaluate("Promise.all(window.kitCharts).then(() => true)")
    return seen


def assert_page_is_sound(seen: Visit) -> None:
    """No network, no script errors, every chart drawn with marks."""
    assert seen.remote_requests() == []
    assert seen.errors == []
    charts = seen.page.locator(".kit-chart")
    for i in range(charts.count()):
        chart = charts.nth(i)
        chart_id = chart.get_attribute("id")
        assert chart.get_attribute("data-kit-rendered") == "true", chart.inner_text()
        marks = seen.page.locator(f"#{chart_id} svg g.role-mark > *").count()
        assert marks > 0, f"{chart_id} drew no marks"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    return export_html(hostile_notebook(folder), folder / "hostile.html")


@pytest.fixture
def hostile_visit(browser, hostile):
    seen = visit(browser, hostile)
    yield seen
    seen.page.context.close()


def test_hostile_page_draws_every_chart_offline(hostile_visit):
    assert_page_is_sound(hostile_visit)
    assert hostile_visit.page.locator(".kit-chart").count() == 2
    assert hostile_visit.requests == [hostile_visit.page.url]


def test_hostile_payloads_do_not_run_and_show_as_text(hostile_visit):
    page = hostile_visit.page
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.scripts.length") == 4  # bundle, helper, two charts
    assert page.locator("img").count() == 0
    cells = page.locator(".dataframe td").all_inner_texts()
    assert SCRIPT_PAYLOAD in cells and IMG_PAYLOAD in cells


def test_tooltip_shows_article_text_as_text(hostile_visit):
    page = hostile_visit.page
    bars = page.locator("#kit-chart-1 g.role-mark path")
    texts = [bars.nth(i).get_attribute("aria-label") or "" for i in range(bars.count())]
    bars.nth(next(i for i, t in enumerate(texts) if "__pwned" in t)).hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible")
    assert SCRIPT_PAYLOAD in tooltip.inner_text()
    assert tooltip.locator("script, img").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_click_selection_dims_the_other_bars(hostile_visit):
    bars = hostile_visit.page.locator("#kit-chart-1 g.role-mark path")
    assert [bars.nth(i).get_attribute("opacity") for i in range(3)] == ["1", "1", "1"]
    bars.nth(2).click()
    hostile_visit.page.wait_for_function(
        "document.querySelectorAll('#kit-chart-1 g.role-mark path[opacity=\"0.3\"]').length == 2"
    )
    assert bars.nth(2).get_attribute("opacity") == "1"


FOLDERS = [REPO / "data" / "articles", REPO / "data" / "demo"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The real site, built once from the seed and the demo with notebooks/: its index."""
    folder = tmp_path_factory.mktemp("site")
    return build_site(FOLDERS, folder / "site", notebooks_dir=REPO / "notebooks", progress=False)


def test_every_page_of_the_site_works_in_a_browser(browser, site):
    """Open every page of the site: charts drawn offline from the shared assets, every
    article listed, a mark's click lands on its sentence, and no page shows a path of
    this machine."""
    from kit.ingest.load import load

    folders, index, tmp_path = FOLDERS, site, site.parent.parent
    machine = [str(REPO), str(tmp_path), str(Path.home())]
    seen = visit(browser, index)
    assert_page_is_sound(seen)
    links = seen.page.locator("ol.pages > li > a").evaluate_all("as => as.map(a => a.href)")
    # the case study of the seed too: the seed is among these articles
    notebooks = [*sorted((REPO / "notebooks").glob("*.ipynb")),
                 REPO / "notebooks" / "case_studies" / "seed_nbc_2024.ipynb"]
    assert [Path(link).name for link in links] == [f"{nb.stem}.html" for nb in notebooks]
    listed = seen.page.locator("table.articles a").evaluate_all("as => as.map(a => a.href)")
    assert len(listed) == len(load(folders).articles) == 15
    assert not [m for m in machine if m in seen.page.inner_text("body")]
    seen.page.context.close()
    for nb in notebooks:
        page_visit = visit(browser, tmp_path / "site" / f"{nb.stem}.html")
        assert_page_is_sound(page_visit)
        assert page_visit.page.evaluate("window.__pwned") is None
        assert [r for r in page_visit.requests if "/assets/" in r]  # shared, not inlined
        # what the reader sees and what the file holds (Vega's SVG names the page's own URL)
        shown = page_visit.page.inner_text("body")
        shown += (tmp_path / "site" / f"{nb.stem}.html").read_text(encoding="utf-8")
        assert not [m for m in machine if m in shown]
        page_visit.page.context.close()
    for page in sorted((tmp_path / "site" / "articles").glob("*.html"))[:3]:
        article = visit(browser, page)
        assert article.remote_requests() == [] and article.errors == []
        assert article.page.locator("[id^='s']").count() > 3
        article.page.context.close()
    # a linked bar of the entities page opens the article page at the sentence it names
    entities = visit(browser, tmp_path / "site" / "01_entities.html")
    bar = entities.page.locator(".kit-chart svg g.role-mark path[aria-label*='href']").first
    href = re.search(r"href: (\S+)", bar.get_attribute("aria-label")).group(1)
    bar.click()
    entities.page.wait_for_url(f"**/{href}", timeout=5000)
    anchor = href.split("#", 1)[1]
    assert entities.page.locator(f"[id='{anchor}']").count() == 1
    entities.page.context.close()


def test_a_table_row_opens_the_article_page_at_its_sentence(browser, site):
    """The network's edges table links each evidence id; the dates table its sentence ids."""
    for page_name, column in (("02_actor_network.html", "sentences"), ("03_timeline.html", "sentence_id")):
        seen = visit(browser, site.parent / page_name)
        header = seen.page.locator("thead th").get_by_text(column, exact=True)
        table = seen.page.locator("table.dataframe").filter(has=header).first
        links = table.locator("tbody td a[href*='#s']")
        assert links.count() > 0, f"no row of the {column!r} table of {page_name} links a sentence"
        link = links.first
        href = link.get_attribute("href")
        assert re.fullmatch(r"articles/[A-Za-z0-9._-]+\.html#s\d+", href), href
        link.click()
        seen.page.wait_for_url(f"**/{href}", timeout=5000)
        anchor = href.split("#", 1)[1]
        assert seen.page.locator(":target").get_attribute("id") == anchor
        assert seen.page.locator(f"[id='{anchor}']").inner_text().strip()
        assert seen.remote_requests() == [] and seen.errors == []
        seen.page.context.close()
