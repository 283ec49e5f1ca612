"""kit.publish.tables through export_html: a table row links to the sentences it counts."""

from __future__ import annotations

import lxml.html
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from kit.links import page_name
from kit.publish.export import export_html, unsafe_reason
from kit.publish.tables import link_tables

CORPUS = {"a1", "b 2/x", "javascript:alert(1)"}
"""Article ids of the corpus (one needs a hashed page name; one is hostile)."""
SCRIPT = "<script>window.__pwned=1</script>"


def _page(tmp_path, frame: pd.DataFrame, **kwargs) -> lxml.html.HtmlElement:
    html = frame.to_html() if isinstance(frame, pd.DataFrame) else frame
    cell = new_code_cell("t", outputs=[new_output("execute_result", execution_count=1,
                                                  data={"text/html": html, "text/plain": "t"})])
    nb = new_notebook(cells=[new_markdown_cell("# t"), cell])
    out = export_html(nb, tmp_path / "p.html", **kwargs)
    return lxml.html.document_fromstring(out.read_text(encoding="utf-8"))


def _links(page: lxml.html.HtmlElement) -> dict[str, str]:
    """Each link of the page's tables: its text -> its href."""
    return {a.text_content(): a.get("href") for a in page.iterfind(".//table//a")}


def _cells(page: lxml.html.HtmlElement) -> list[str]:
    return [td.text_content() for td in page.iterfind(".//table//td")]


def test_evidence_ids_of_the_corpus_link_to_their_sentences(tmp_path):
    frame = pd.DataFrame({
        "source_name": ["Ana", "Ben"],
        "sentences": ["a1:3; b 2/x:0; zz:4", "a1:5; a1:6; b 2/x:1..."],
        "example": ["Both delegations met in…", "short"],
    })
    page = _page(tmp_path, frame, article_ids=CORPUS)
    links = [(a.text_content(), a.get("href")) for a in page.iterfind(".//table//a")]
    assert links == [
        ("a1:3", "articles/a1.html#s3"), ("b 2/x:0", f"articles/{page_name('b 2/x')}#s0"),
        ("Both delegations met in…", "articles/a1.html#s3"),  # a cut sentence: the full one
        ("a1:5", "articles/a1.html#s5"), ("a1:6", "articles/a1.html#s6"),
    ]
    # an id of no article of the corpus and a cut id stay text; the cell reads as it did
    assert _cells(page) == ["Ana", "a1:3; b 2/x:0; zz:4", "Both delegations met in…",
                            "Ben", "a1:5; a1:6; b 2/x:1...", "short"]


def test_a_row_of_article_and_sentence_links_to_its_sentence(tmp_path):
    frame = pd.DataFrame({"article_id": ["a1", "b 2/x", "gone"], "sentence_id": [4, 0, 2],
                          "text": ["last Friday", "The talks resumed on a day that was cut...", "x"],
                          "title": ["A title cut sh...", "b", "Another cut..."]})
    links = _links(_page(tmp_path, frame, article_ids=CORPUS))
    assert links == {
        "a1": "articles/a1.html", "4": "articles/a1.html#s4",
        "b 2/x": f"articles/{page_name('b 2/x')}", "0": f"articles/{page_name('b 2/x')}#s0",
        "A title cut sh...": "articles/a1.html",
        "The talks resumed on a day that was cut...": f"articles/{page_name('b 2/x')}#s0",
    }


def test_example_columns_and_a_lone_article_id_link(tmp_path):
    counts = pd.DataFrame({"canonical": ["Mexico"], "example": ["Mexico and the U.S. will me..."],
                           "example_article": ["a1"], "example_sentence": [7], "sentences": [12]})
    assert _links(_page(tmp_path, counts, article_ids=CORPUS)) == {
        "Mexico and the U.S. will me...": "articles/a1.html#s7", "a1": "articles/a1.html",
        "7": "articles/a1.html#s7"}
    articles = pd.DataFrame({"article_id": ["a1", "nope"], "title": ["Talks", "Other"]})
    assert _links(_page(tmp_path, articles, article_ids=CORPUS)) == {"a1": "articles/a1.html"}


@pytest.mark.parametrize("text", [
    SCRIPT, f"{SCRIPT}:3", "javascript:alert(1)", "javascript:alert(1)...", "<a href=x>a1</a>:1",
    "a1:3<script>", "a1:3; javascript:alert(2)", "a1:²", "a1:-1", "a1: 3x", "a1:3 <b>",
])
def test_hostile_cell_text_never_becomes_a_link(tmp_path, text):
    frame = pd.DataFrame({"sentences": [text], "example": [f"{SCRIPT}..."], "quote": [text]})
    page = _page(tmp_path, frame, article_ids=CORPUS)
    assert _links(page) == {}
    assert _cells(page) == [text, f"{SCRIPT}...", text]
    assert not page.xpath("//table//script")


def test_a_hostile_article_id_of_the_corpus_links_by_a_safe_name(tmp_path):
    """The id names a page; the link is built from kit.links' safe file name, never the text."""
    frame = pd.DataFrame({"article_id": ["javascript:alert(1)"], "sentence_id": [2],
                          "sentences": ["javascript:alert(1):2"]})
    page = _page(tmp_path, frame, article_ids=CORPUS)
    name = page_name("javascript:alert(1)")
    assert name.startswith("javascript_alert_1_-")
    assert _links(page) == {"javascript:alert(1)": f"articles/{name}",
                            "2": f"articles/{name}#s2", "javascript:alert(1):2": f"articles/{name}#s2"}
    html = lxml.html.tostring(page, encoding="unicode")
    assert unsafe_reason(html[html.index("<table"):html.rindex("</table>") + 8]) is None


def test_no_corpus_no_links_and_the_output_unchanged(tmp_path):
    frame = pd.DataFrame({"article_id": ["a1"], "sentence_id": [1], "sentences": ["a1:1"]})
    assert _links(_page(tmp_path, frame)) == {}
    assert _links(_page(tmp_path, frame, article_ids={"other"})) == {}
    html = frame.to_html()
    assert link_tables(html, {"other"}) == html
    assert link_tables("<p>a1:1</p>", {"a1"}) == "<p>a1:1</p>"


def test_links_are_relative_to_the_page_and_styler_tables_link_too(tmp_path):
    frame = pd.DataFrame({"article_id": ["a1"], "sentence_id": [1]})
    styled = frame.style.format(escape="html").to_html()
    assert _links(_page(tmp_path, styled, article_ids=CORPUS, articles_href="../articles/")) == {
        "a1": "../articles/a1.html", "1": "../articles/a1.html#s1"}


def test_multiindex_rows_and_named_index_keep_columns_aligned(tmp_path):
    frame = pd.DataFrame({"kind": ["x", "x"], "n": [1, 2], "sentences": ["a1:1", "a1:2"]})
    frame = frame.set_index(["kind", "n"])
    assert _links(_page(tmp_path, frame, article_ids=CORPUS)) == {
        "a1:1": "articles/a1.html#s1", "a1:2": "articles/a1.html#s2"}
    named = pd.DataFrame({"sentence_id": [3]}, index=pd.Index(["a1"], name="article_id"))
    assert _links(_page(tmp_path, named, article_ids=CORPUS)) == {
        "a1": "articles/a1.html", "3": "articles/a1.html#s3"}
