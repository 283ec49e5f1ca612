"""kit.links: the site's one link scheme, shared by kit.charts and kit.publish."""

from __future__ import annotations

import re

import pytest

from kit.links import ARTICLES, article_href, evidence_href, page_name, parse_evidence
from kit.publish import articles


def test_publish_writes_the_page_names_charts_link_to():
    assert articles.page_name is page_name
    for article_id in ("a1", "a b/c", "Gazette:2024#1", "é?"):
        name = page_name(article_id)
        assert "/" not in name and "#" not in name and "?" not in name and name.endswith(".html")
        assert article_href(article_id) == ARTICLES + name


def test_links_are_relative_and_anchor_the_sentence():
    assert article_href("a1", 3) == "articles/a1.html#s3"
    assert article_href("a1", "3", prefix="../articles/") == "../articles/a1.html#s3"
    assert article_href("a1", float("nan")) == article_href("a1", None) == "articles/a1.html"
    for prefix in ("/tmp/site/articles/", "file:///x/", "https://example.org/", "\\\\share\\"):
        with pytest.raises(ValueError, match="relative"):
            article_href("a1", 0, prefix=prefix)
    with pytest.raises(ValueError, match="whole number"):
        article_href("a1", "three")


def test_evidence_ids_link_to_their_first_sentence():
    assert parse_evidence("a:0; x:y:3;  ; bad") == [("a", 0), ("x:y", 3)]
    assert evidence_href("x:y:3; a:0") == f"articles/{page_name('x:y')}#s3"
    assert evidence_href("") == evidence_href(None) == ""


def test_evidence_of_digits_int_cannot_read_is_no_id():
    """'²' and '①' are digits to str.isdigit, and int() refuses them."""
    assert parse_evidence("a:²; b:①; c:4") == [("c", 4)]
    assert evidence_href("a:²") == ""


def test_a_page_name_needs_no_escaping_so_disk_and_link_agree():
    """A row id such as ``rows#1`` (one row of a CSV) as a file name would be asked for
    as ``rows`` plus the fragment ``#1``."""
    names = {page_name(i) for i in ("rows#1", "rows#2", "rows_1", "a b", "a_b", "é", "?")}
    assert len(names) == 7
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9._-]+\.html", name), name
    assert page_name("talks-2024_01.v2") == "talks-2024_01.v2.html"


@pytest.mark.parametrize("prefix", ["/site/articles/", "https://example.org/articles/", "\\\\srv\\"])
def test_absolute_prefix_advice_the_folders_it_names_work(prefix):
    with pytest.raises(ValueError) as caught:
        article_href("a1", 4, prefix=prefix)
    folders = re.search(r"use a folder such as '([^']+)' or '([^']+)'$", str(caught.value)).groups()
    assert folders == (ARTICLES, f"../{ARTICLES}")
    for folder in folders:
        assert article_href("a1", 4, prefix=folder) == f"{folder}{page_name('a1')}#s4"


def test_sentence_id_advice_a_value_of_the_sentences_column_works():
    import pandas as pd

    with pytest.raises(ValueError) as caught:
        article_href("a1", "s4", prefix=ARTICLES)
    column = re.search(r"pass a value of the (\w+) table's (\w+) column$", str(caught.value)).groups()
    assert column == ("sentences", "sentence_id")
    sentences = pd.DataFrame({"article_id": ["a1"], "sentence_id": [4]})  # the table's dtype
    value = sentences.loc[0, column[1]]
    assert article_href("a1", value, prefix=ARTICLES) == f"{ARTICLES}{page_name('a1')}#s4"
