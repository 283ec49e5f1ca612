"""kit.counts' error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pandas as pd
import pytest

from kit.counts.entities import entity_counts
from kit.counts.view import entity_data
from kit.ingest.load import load
from kit.schema import ARTICLE_COLUMNS, MENTION_COLUMNS, SENTENCE_COLUMNS, Annotations

REPO = Path(__file__).resolve().parents[2]


def two_articles() -> Annotations:
    texts = {"a": "Mexico met the United States.", "b": "Canada did not."}
    return Annotations(
        articles=pd.DataFrame({"article_id": list(texts), "title": ["A", "B"]}),
        sentences=pd.DataFrame([(a, 0, 0, len(t), t) for a, t in texts.items()],
                               columns=SENTENCE_COLUMNS),
        mentions=pd.DataFrame([("a", 0, 0, 6, "Mexico", "GPE", "Mexico", ""),
                               ("b", 0, 0, 6, "Canada", "GPE", "Canada", "")], columns=MENTION_COLUMNS),
    )


def test_unknown_article_advice_choose_one_of_the_article_ids_works():
    ann = two_articles()
    with pytest.raises(KeyError) as caught:
        entity_data(ann, article_id="c")
    assert "choose one of ann.articles['article_id']" in str(caught.value)
    for article_id in ann.articles["article_id"]:
        data = entity_data(ann, article_id=article_id)
        [ent] = data["ents"]
        assert data["text"][ent["start"]:ent["end"]] == {"a": "Mexico", "b": "Canada"}[article_id]


def test_unknown_article_in_counts_advice_an_id_like_those_listed_works():
    ann = two_articles()
    with pytest.raises(KeyError) as caught:
        entity_counts(ann, article="c")
    message = caught.value.args[0]
    assert message.endswith("(see ann.articles)")
    listed = ast.literal_eval(re.search(r"article ids look like (\[.*?\])", message).group(1))
    assert listed == ["a", "b"]
    for article_id in listed:
        assert entity_counts(ann, article=article_id, mentions=ann.mentions)["canonical"].tolist() == [
            {"a": "Mexico", "b": "Canada"}[article_id]]


def test_no_roles_table_advice_pass_mentions_works():
    ann = two_articles()  # sentences and mentions only, as kit.annotate(..., tables=[]) gives
    with pytest.raises(ValueError) as caught:
        entity_counts(ann)
    message = str(caught.value)
    assert "kit.actors.actor_mentions" in message and "['roles', 'sources']" in message
    assert "pass mentions=ann.mentions" in message
    counts = entity_counts(ann, mentions=ann.mentions)
    assert counts["canonical"].tolist() == ["Canada", "Mexico"] and counts["as_actor"].isna().all()


@pytest.mark.model
def test_no_roles_table_advice_annotate_with_the_tables_it_names_works(tmp_path):
    import kit

    articles = load(REPO / "data" / "articles").articles
    with pytest.raises(ValueError) as caught:
        entity_counts(kit.annotate(articles, tables=[], cache_dir=tmp_path))
    call = re.search(r"kit\.annotate\(articles, tables=(\[.*?\])\)", str(caught.value)).group(1)
    assert ast.literal_eval(call) == ["roles", "sources"]
    counts = entity_counts(kit.annotate(articles, tables=ast.literal_eval(call), cache_dir=tmp_path))
    assert counts["as_actor"].notna().all() and counts["as_actor"].sum() > 0


def test_empty_corpus_advice_the_load_report_says_why(tmp_path):
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4")
    corpus = load(tmp_path)
    empty = Annotations(pd.DataFrame(columns=ARTICLE_COLUMNS), pd.DataFrame(columns=SENTENCE_COLUMNS),
                        pd.DataFrame(columns=MENTION_COLUMNS))
    with pytest.raises(ValueError, match="check the load report"):
        entity_data(empty)
    assert corpus.articles == []
    assert corpus.report[["status", "reason"]].values.tolist() == [
        ["skipped", "unsupported file type '.pdf': kit reads .csv .htm .html .jsonl .md .txt"]]
