"""kit's charts drawn in headless Chromium: names that do not overlap, legends off the marks.

Each chart is built from a small hand-made table and drawn alone on a page
with kit's own offline Vega assets (the bundle and ``kitEmbed`` that site
pages use, :mod:`kit.publish.export`); the test then reads the bounding boxes
of what the browser drew (SVG renderer).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from playwright.sync_api import Browser, Page

from kit.charts import entity_bars, heatmap, theme
from kit.charts.network import adjacency, network
from kit.charts.theme import CLICK
from kit.charts.timeline import timeline
from kit.publish.export import TEMPLATE_DIR, chart_html, vega_bundle
from kit.publish.render import VEGALITE_MIMETYPE, mimebundle

pytestmark = pytest.mark.browser

REMOTE_URL = re.compile(r"^(?!(file|data|about|blob):)")
NOTEBOOK_PX = 800  # what a JupyterLab notebook shows without scrolling sideways
Box = tuple[float, float, float, float]  # left, top, right, bottom


ACTORS = """\
alejandro-mayorkas|Alejandro Mayorkas|United States|1
alicia-barcena|Alicia Bárcena|Mexico|1
andres-manuel-lopez-obrador|Andrés Manuel López Obrador|Mexico|2
antony-blinken|Antony Blinken|United States|1
biden-administration|Biden administration|United States|1
elizabeth-sherwood-randall|Elizabeth Sherwood-Randall|United States|1
mexico|Mexico|Mexico|8
nbc-news|NBC News||1
united-states|United States|United States|5
unnamed-officials-united-states|unnamed officials (United States)|United States|5
unnamed-officials-united-states-mexico|unnamed officials (United States; Mexico)|United States; Mexico|1
unnamed-people|unnamed people||1
unnamed-sources|unnamed sources||2
venezuela|Venezuela|Venezuela|1
venezuelans|Venezuelans|Venezuela|1"""
TIES = """\
alejandro-mayorkas|alicia-barcena|2
alejandro-mayorkas|antony-blinken|2
alejandro-mayorkas|elizabeth-sherwood-randall|2
alicia-barcena|antony-blinken|2
alicia-barcena|elizabeth-sherwood-randall|2
andres-manuel-lopez-obrador|united-states|11
andres-manuel-lopez-obrador|venezuela|11
andres-manuel-lopez-obrador|unnamed-officials-united-states|12
antony-blinken|elizabeth-sherwood-randall|2
mexico|venezuelans|3
mexico|united-states|9; 10; 14; 16
mexico|unnamed-officials-united-states|10
mexico|unnamed-people|15
nbc-news|unnamed-sources|8
united-states|unnamed-officials-united-states|10
united-states|venezuela|11
unnamed-officials-united-states|unnamed-sources|5"""
ACTS = [("andres-manuel-lopez-obrador", "united-states", "call on", "11"),
        ("mexico", "venezuelans", "begin", "3"), ("mexico", "united-states", "help", "14"),
        ("united-states", "venezuela", "suspend", "11")]


def crowded_graph() -> nx.MultiDiGraph:
    """The seed article's actor network, whose names the first drawings piled up
    (Mexico, United States, López Obrador, Venezuela) and whose legend ran into a name."""
    G = nx.MultiDiGraph(article="all")
    for line in ACTORS.splitlines():
        actor_id, name, side, mentions = line.split("|")
        G.add_node(actor_id, name=name, kind="person", side=side, role="", named=True,
                   mentions=int(mentions), articles=1)
    for line in TIES.splitlines():
        a, b, ids = line.split("|")
        evidence = "; ".join(f"a1:{i}" for i in ids.split("; "))
        G.add_edge(a, b, key="co-occurrence", kind="co-occurrence", verb="", weight=len(ids.split("; ")),
                   negated=0, articles=1, sentences=evidence, example="Officials met.")
    for a, b, verb, sentence in ACTS:
        G.add_edge(a, b, key=verb, kind="interaction", verb=verb, weight=1, negated=0, articles=1,
                   sentences=f"a1:{sentence}", example="")
    return G


def counts() -> pd.DataFrame:
    names = [("United States", "GPE", 15), ("Mexico", "GPE", 14), ("Andrés Manuel López Obrador", "PERSON", 2),
             ("Mexican", "NORP", 2), ("Biden administration", "ORG", 1), ("Caribbean", "LOC", 1)]
    return pd.DataFrame({"canonical": [n for n, _, _ in names], "label": [lab for _, lab, _ in names],
                         "mentions": [m for _, _, m in names], "articles": 1, "example": "A sentence.",
                         "example_article": "a1", "example_sentence": range(len(names)),
                         "sentences": [m for _, _, m in names]})


def matrix() -> pd.DataFrame:
    rows = [(a, n, lab, m) for a in ("a1", "a2", "a3") for n, lab, m in counts()[
        ["canonical", "label", "mentions"]].itertuples(index=False)]
    return pd.DataFrame(rows, columns=["article_id", "canonical", "label", "mentions"])


def events() -> pd.DataFrame:
    day = dt.date
    rows = [("E1", day(2023, 12, 27), day(2023, 12, 27), "day", "Blinken met López Obrador in Mexico City",
             "United States & Mexico", 3),
            ("E2", day(2024, 1, 1), day(2024, 1, 31), "month", "Crossings fell through January", "", 1),
            ("E3", day(2024, 1, 19), day(2024, 1, 19), "day", "Officials from the U.S. and Mexico will meet",
             "United States & Mexico & a very long list of other parties", 2),
            ("E4", day(2024, 1, 18), day(2024, 1, 18), "day", "Bárcena spoke to reporters", "Mexico", 1)]
    table = pd.DataFrame(rows, columns=["event_id", "start", "end", "granularity", "summary", "side",
                                        "n_sources"])
    return table.assign(status="happened", article_id="a1", sentence_id=range(len(table)),
                        conflicting_dates="", dates="")


def charts() -> dict[str, dict]:
    theme.enable()
    try:
        built = {"network": network(crowded_graph()), "adjacency": adjacency(crowded_graph()),
                 "bars": entity_bars(counts()), "heatmap": heatmap(matrix()),
                 "timeline": timeline(events())}
        return {name: mimebundle(chart.to_dict())[VEGALITE_MIMETYPE] for name, chart in built.items()}
    finally:
        theme.disable()


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """One standalone page per chart, with the Vega bundle and kitEmbed inlined as on the site."""
    folder = tmp_path_factory.mktemp("charts")
    embed = (TEMPLATE_DIR / "kit_html" / "kit_embed.js").read_text(encoding="utf-8")
    out = {}
    for name, spec in charts().items():
        path = folder / f"{name}.html"
        path.write_text(
            "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
            f"<script>{vega_bundle()}</script><script>{embed}</script>"
            f"{chart_html(spec, 'kit-chart-1')}</body></html>", encoding="utf-8")
        out[name] = path
    return out


def drawn(browser: Browser, path: Path) -> Page:
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.context.route(REMOTE_URL, lambda route: route.abort())
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.kitCharts !== undefined && window.kitCharts.length > 0")
    page.evaluate("Promise.all(window.kitCharts).then(() => true)")
    assert page.get_attribute("#kit-chart-1", "data-kit-rendered") == "true"
    return page


def boxes(page: Page, selector: str) -> list[Box]:
    return [tuple(b) for b in page.evaluate(
        """sel => Array.from(document.querySelectorAll(sel)).map(e => e.getBoundingClientRect())
                 .filter(r => r.width > 0 && r.height > 0)
                 .map(r => [r.left, r.top, r.right, r.bottom])""", selector)]


def overlap(a: Box, b: Box, tolerance: float = 0.5) -> bool:
    return (min(a[2], b[2]) - max(a[0], b[0]) > tolerance
            and min(a[3], b[3]) - max(a[1], b[1]) > tolerance)


MARKS = "#kit-chart-1 svg g.role-mark > *"
LEGENDS = "#kit-chart-1 svg g.role-legend"


def test_network_names_do_not_overlap_one_another(browser, pages):
    page = drawn(browser, pages["network"])
    try:
        names = page.evaluate("""() => Array.from(document.querySelectorAll(
            '#kit-chart-1 svg g.mark-text.role-mark text')).map(t => {
                const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })""")
        shown = {n[0] for n in names}
        assert {"United States", "Mexico", "Andrés Manuel López Obrador", "Venezuela"} <= shown
        assert len(names) >= 12
        for a, b in itertools.combinations(names, 2):
            assert not overlap(tuple(a[1:]), tuple(b[1:])), f"{a[0]!r} overlaps {b[0]!r}"
    finally:
        page.context.close()


def test_hovering_an_actor_highlights_its_ties_and_no_other(browser, pages):
    """The page holds each tie once; the chart folds it into one row per end, so the
    actor under the pointer selects its own ties wherever it stands in them."""
    page = drawn(browser, pages["network"])
    rules = "#kit-chart-1 svg g.mark-rule.role-mark line"
    opacities = f"() => Array.from(document.querySelectorAll('{rules}')).map(l => l.getAttribute('opacity'))"
    try:
        assert set(page.evaluate(opacities)) == {"0.5"}  # nothing picked: every tie drawn
        circles = page.locator("#kit-chart-1 svg g.mark-symbol.role-mark path")
        labels = [circles.nth(i).get_attribute("aria-label") or "" for i in range(circles.count())]
        circles.nth(next(i for i, t in enumerate(labels) if "López Obrador" in t)).hover()
        page.wait_for_timeout(300)
        shown = page.evaluate(opacities)
        # its four ties (with the United States twice: they co-occur and he calls on it,
        # Venezuela, unnamed US officials), each drawn once per end
        assert shown.count("0.5") == 4 and len(shown) == 2 * (len(TIES.splitlines()) + len(ACTS))
    finally:
        page.context.close()


@pytest.mark.parametrize("name", ["network", "adjacency", "bars", "heatmap", "timeline"])
def test_legends_sit_off_the_plots_marks(browser, pages, name):
    page = drawn(browser, pages[name])
    try:
        legends, marks = boxes(page, LEGENDS), boxes(page, MARKS)
        assert legends and marks
        for legend, mark in itertools.product(legends, marks):
            assert not overlap(legend, mark), f"{name}: a legend {legend} lies over a mark {mark}"
    finally:
        page.context.close()


@pytest.mark.parametrize("name", ["network", "adjacency", "heatmap", "timeline"])
def test_count_legends_show_whole_numbers_each_once(browser, pages, name):
    page = drawn(browser, pages[name])
    try:
        legends = page.evaluate("""() => Array.from(document.querySelectorAll('#kit-chart-1 svg g.role-legend'))
            .map(g => [g.querySelector('.role-legend-title text')?.textContent || '',
                       Array.from(g.querySelectorAll('.role-legend-label text')).map(t => t.textContent)])""")
        counted = [(title, labels) for title, labels in legends if title in {"mentions", "sentences", "articles"}]
        assert counted, legends
        for title, labels in counted:
            assert labels and all(label.isdigit() for label in labels), (title, labels)
            assert len(set(labels)) == len(labels), f"{name}: the {title} legend shows {labels}"
    finally:
        page.context.close()


def test_the_timeline_fits_a_notebook_legends_included(browser, pages):
    page = drawn(browser, pages["timeline"])
    try:
        (svg,) = boxes(page, "#kit-chart-1 svg.marks")
        assert svg[2] - svg[0] <= NOTEBOOK_PX
        for legend in boxes(page, LEGENDS):
            assert legend[2] <= svg[2]
    finally:
        page.context.close()


def test_linked_marks_are_clickable_and_name_their_relative_link(browser, pages):
    page = drawn(browser, pages["bars"])
    try:
        bars = page.locator("#kit-chart-1 svg g.role-mark path")
        labels = [bars.nth(i).get_attribute("aria-label") for i in range(bars.count())]
        links = [re.search(r"href: (\S+)", label or "").group(1) for label in labels]
        assert links == [f"articles/a1.html#s{i}" for i in range(len(counts()))]
        bars.first.hover()
        assert page.evaluate("getComputedStyle(document.querySelector('#kit-chart-1 svg.marks')).cursor") == "pointer"
        tooltip = page.locator("#vg-tooltip-element")
        tooltip.wait_for(state="visible")
        assert CLICK in tooltip.inner_text()  # the line the browser computes for every linked mark
    finally:
        page.context.close()


def test_clicking_a_bar_opens_its_sentence(browser, pages):
    """kit_embed.js lets Vega open a link within the site (a relative href) on a click."""
    site = pages["bars"].parent
    (site / "articles").mkdir(exist_ok=True)
    (site / "articles" / "a1.html").write_text("<p id='s0'>The first sentence.</p>", encoding="utf-8")
    page = drawn(browser, pages["bars"])
    try:
        page.locator("#kit-chart-1 svg g.role-mark path").first.click()
        page.wait_for_url("**/articles/a1.html#s0", timeout=3000)
    finally:
        page.context.close()
