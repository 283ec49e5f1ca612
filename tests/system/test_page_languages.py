"""A mixed corpus in a browser: kit's words in the site's language (English), each
article's text in its own (``<article lang>``, the index's title cells), so that a screen
reader, a spell checker and hyphenation read a Spanish article as Spanish."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from test_browser import visit

from kit.publish.articles import write_article_pages
from kit.publish.report import CorpusSummary, index_pages

pytestmark = pytest.mark.browser

ARTICLES = pd.DataFrame({
    "article_id": ["tarn_es", "tarn_en", "tarn_unknown"],
    "title": ["Osk y Mara Ventel firman la tregua", "Osk and Mara Ventel sign the truce", "Tarn"],
    "source": ["Diario de Tarn", "Tarn Wire", ""], "published": ["2024-03-02", "2024-03-01", None],
    "language": ["es", "en", ""]})
SENTENCES = pd.DataFrame({
    "article_id": ["tarn_es", "tarn_en", "tarn_unknown"], "sentence_id": [0, 0, 0],
    "start_char": [0, 0, 0], "end_char": [34, 34, 4],
    "text": ["Osk firmó la tregua el pasado lunes", "Osk signed the truce on Monday too.", "Tarn"]})
MENTIONS = pd.DataFrame({"article_id": ["tarn_es"], "start_char": [0], "end_char": [3], "label": ["PERSON"]})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("languages")
    write_article_pages(ARTICLES, SENTENCES, MENTIONS, folder / "articles")
    pages = index_pages(CorpusSummary("articles", len(ARTICLES)), [], ARTICLES)
    (folder / "index.html").write_text(pages["index.html"], encoding="utf-8")
    return folder


@pytest.mark.parametrize(("article_id", "lang"), [("tarn_es", "es"), ("tarn_en", "en"),
                                                  ("tarn_unknown", "")])
def test_an_article_page_says_its_articles_language_and_kits_words_say_english(browser, site,
                                                                              article_id, lang):
    seen = visit(browser, site / "articles" / f"{article_id}.html")
    page = seen.page
    assert page.evaluate("document.documentElement.lang") == "en"  # "kit report", "source not given"
    assert page.evaluate("document.querySelector('article').lang") == lang
    sentence = page.locator("#s0")
    assert sentence.evaluate("p => p.closest('[lang]').lang") == lang  # the text, as read aloud
    if lang == "es":
        assert page.locator("h1:lang(es)").inner_text() == "Osk y Mara Ventel firman la tregua"
    seen.page.context.close()


def test_the_index_is_in_the_sites_language_and_each_title_in_its_articles(browser, site):
    seen = visit(browser, site / "index.html")
    page = seen.page
    assert page.evaluate("document.documentElement.lang") == "en"
    spanish = page.locator("table.articles td:lang(es) a")
    assert spanish.all_inner_texts() == ["Osk y Mara Ventel firman la tregua"]
    assert page.locator("table.articles td:lang(en) a").all_inner_texts() == ["Osk and Mara Ventel sign the truce"]
    assert page.locator("table.articles td[lang=''] a").all_inner_texts() == ["Tarn"]  # unknown: not English
    seen.page.context.close()
