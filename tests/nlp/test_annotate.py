"""annotate: Doc → rows (blank pipeline), then the cache on the real model."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc, Span

from kit import annotate
from kit.nlp import namespace
from kit.nlp import run as annotate_module
from kit.nlp.namespace import namespace_of
from kit.nlp.pipeline import get_nlp, resolve_model
from kit.nlp.rows import EXTRACTORS, doc_tables, split_text
from kit.schema import MENTION_COLUMNS, SENTENCE_COLUMNS, Annotations, Article


def hand_doc():
    nlp = spacy.blank("en")
    words = ["Secretary", "of", "State", "Antony", "Blinken", "met", "López", "Obrador", ".",
             "\n\n", "The", "U.S.", "agreed", "."]
    spaces = [True] * 8 + [False, False, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces,
              sent_starts=[True] + [False] * 8 + [False, True, False, False, False])
    doc.ents = [Span(doc, 0, 3, "TITLE"), Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "ORG"),
                Span(doc, 11, 12, "GPE")]
    return doc


def test_titles_leave_the_entities_and_are_kept_as_spans():
    doc = hand_doc()
    tables = doc_tables(doc)
    assert "TITLE" not in {m["label"] for m in tables["mentions"]}
    assert [s.text for s in doc.spans["titles"]] == ["Secretary of State"]


def test_mentions_carry_sentence_ids_and_canonical_names():
    tables = doc_tables(hand_doc())
    rows = [(m["text"], m["label"], m["canonical"], m["sentence_id"]) for m in tables["mentions"]]
    assert rows == [("Antony Blinken", "PERSON", "Antony Blinken", 0),
                    ("López Obrador", "ORG", "López Obrador", 0),
                    ("U.S.", "GPE", "United States", 1)]


def test_sentences_are_stripped_and_offsets_point_at_their_text():
    doc = hand_doc()
    for row in doc_tables(doc)["sentences"]:
        assert doc.text[row["start_char"]:row["end_char"]] == row["text"] == row["text"].strip()


ARTICLES = [
    Article(id="b", title="Two", text="Mexico's Alicia Bárcena met Antony Blinken in Washington."),
    Article(id="a", title="One", text="Officials from the U.S. and Mexico met on Friday."),
]


@pytest.mark.model
def test_warm_run_does_no_nlp_and_returns_identical_tables(tmp_path, forbid_nlp):
    cold = annotate(ARTICLES, cache_dir=tmp_path)
    forbid_nlp()
    warm = annotate(ARTICLES, cache_dir=tmp_path)
    for name in ("articles", "sentences", "mentions"):
        assert getattr(warm, name).equals(getattr(cold, name)), name


@pytest.mark.model
def test_adding_one_article_annotates_only_that_article(tmp_path, count_nlp):
    annotate(ARTICLES[:1], cache_dir=tmp_path)
    seen = count_nlp()
    ann = annotate(ARTICLES, cache_dir=tmp_path)
    assert seen == [ARTICLES[1].text]
    assert ann.articles["article_id"].tolist() == ["a", "b"]


@pytest.mark.model
def test_cache_from_another_kit_version_is_not_reused(tmp_path, monkeypatch):
    annotate(ARTICLES, cache_dir=tmp_path)
    monkeypatch.setattr(namespace, "__version__", "999")
    nlp = get_nlp(None)
    calls = []
    real_pipe = nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **kw: calls.append(1) or real_pipe(texts, **kw))
    annotate(ARTICLES, cache_dir=tmp_path)
    assert calls == [1]
    assert len(list(tmp_path.iterdir())) == 2


@pytest.mark.model
def test_tables_are_sorted_with_documented_columns(tmp_path):
    ann = annotate(ARTICLES, cache_dir=tmp_path)
    assert ann.mentions.columns.tolist() == MENTION_COLUMNS
    assert ann.sentences.columns.tolist() == SENTENCE_COLUMNS
    assert ann.mentions["article_id"].is_monotonic_increasing
    assert ann.sentence("b", 0).startswith("Mexico's Alicia Bárcena")


@pytest.mark.model
def test_empty_corpus_gives_empty_tables(tmp_path):
    ann = annotate([], cache_dir=tmp_path)
    assert ann.mentions.empty and ann.articles.empty
    assert ann.mentions.columns.tolist() == MENTION_COLUMNS


def test_unknown_table_error_lists_the_tables():
    ann = Annotations(*(pd.DataFrame() for _ in range(3)))
    with pytest.raises(AttributeError, match="articles, sentences, mentions"):
        ann.quotes  # noqa: B018


@pytest.mark.model
def test_article_longer_than_max_length_is_split_never_truncated(tmp_path, monkeypatch):
    para = "Mexico's Alicia Bárcena met Antony Blinken in Washington on Friday. The U.S. agreed.\n\n"
    article = Article(id="long", title="", text=para * 12)
    whole = annotate([article], cache_dir=tmp_path / "whole")
    nlp = get_nlp(None)
    monkeypatch.setattr(nlp, "max_length", 3 * len(para) + 5)
    split = annotate([article], cache_dir=tmp_path / "split")
    assert len(split_text(article.text, nlp.max_length)) == 4
    cols = ["sentence_id", "start_char", "end_char", "text", "canonical"]
    assert split.mentions[cols].equals(whole.mentions[cols])
    assert split.sentences["sentence_id"].is_unique
    assert split.mentions["start_char"].max() > 10 * len(para)


@pytest.mark.model
def test_a_long_run_shows_its_progress_on_stderr_by_characters(tmp_path, monkeypatch, capsys):
    """One long article, far fewer than 50: the bar shows, on stderr only, and moves
    with each piece spaCy finishes (no run of minutes is silent)."""
    para = "Mara Ventel met Osk Damarel in the Republic of Tarn on Friday.\n\n"
    article = Article(id="long", title="", text=para * 12)
    monkeypatch.setattr(annotate_module, "PROGRESS_MIN_CHARS", len(article.text))
    monkeypatch.setattr(get_nlp(None), "max_length", 3 * len(para) + 5)
    told: list[int] = []
    bar = annotate_module._progress_bar
    monkeypatch.setattr(annotate_module, "_progress_bar", lambda show, total, unit="article": (
        told.append(total) or _Told(bar(show, total, unit), told)))
    annotate([article], cache_dir=tmp_path)
    out, err = capsys.readouterr()
    assert out == "" and "annotating" in err
    assert told[0] == len(article.text) and told[1:] == [3 * len(para)] * 4


class _Told:
    """A progress bar that notes each step it is told."""

    def __init__(self, bar, told):
        self.bar, self.told = bar, told

    def __enter__(self):
        self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        return self.bar.__exit__(*exc)

    def update(self, n=1):
        self.told.append(n)
        self.bar.update(n)


def test_split_text_cuts_at_paragraphs_and_keeps_every_character():
    text = "aaa bbb.\n\nccc ddd.\n\neee"
    pieces = split_text(text, 12)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 12 and text[o:o + len(p)] == p for o, p in pieces)
    assert pieces[0][1].endswith("\n\n")


@pytest.mark.model
def test_two_processes_give_the_same_tables_as_one(tmp_path, monkeypatch):
    articles = [Article(id=f"a{i}", title="", text=f"{a.text} Report {i}.") for i, a in
                enumerate(ARTICLES * 4)]
    nlp = get_nlp(None)
    calls, pipe = [], nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **kw: calls.append(kw["n_process"]) or
                        pipe(texts, **kw))
    monkeypatch.setattr(annotate_module, "ARTICLES_PER_PROCESS", 1)
    one = annotate(articles, cache_dir=tmp_path / "one", n_process=1)
    two = annotate(articles, cache_dir=tmp_path / "two", n_process=2, batch_size=2)
    assert calls == [1, 2]
    for name in ("sentences", "mentions", *EXTRACTORS):
        assert getattr(two, name).equals(getattr(one, name)), name


@pytest.mark.model
def test_a_few_articles_are_not_worth_a_second_process(tmp_path, monkeypatch):
    nlp = get_nlp(None)
    calls, pipe = [], nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **kw: calls.append(kw["n_process"]) or
                        pipe(texts, **kw))
    few = ARTICLES[: annotate_module.ARTICLES_PER_PROCESS * 2 - 1]
    annotate(few, cache_dir=tmp_path, n_process=2)
    assert calls == [1]


@pytest.mark.model
def test_one_pipe_call_streams_into_shards(tmp_path, monkeypatch):
    """The whole corpus goes through one nlp.pipe call (its worker processes
    start once); shards are cut from the stream and written as they fill."""
    nlp = get_nlp(None)
    calls, pipe = [], nlp.pipe
    monkeypatch.setattr(nlp, "pipe", lambda texts, **kw: calls.append(kw) or pipe(texts, **kw))
    monkeypatch.setattr(annotate_module, "SHARD_ARTICLES", 2)
    articles = [Article(id=f"a{i}", title="", text=f"Report {i} from Mexico City.")
                for i in range(5)]
    ann = annotate(articles, cache_dir=tmp_path)
    assert len(calls) == 1
    shards = sorted((tmp_path).glob("*/shard-*"))
    assert sorted(len((s / "keys.txt").read_text().split()) for s in shards) == [1, 2, 2]
    places = ann.mentions[ann.mentions["text"] == "Mexico City"]
    assert places["article_id"].tolist() == [f"a{i}" for i in range(5)]


@pytest.mark.model
def test_annotate_to_cache_fills_the_cache_that_annotate_then_reads(tmp_path, forbid_nlp):
    assert annotate_module.annotate_to_cache(ARTICLES, cache_dir=tmp_path) == 2
    assert annotate_module.annotate_to_cache(ARTICLES, cache_dir=tmp_path) == 0
    forbid_nlp()
    ann = annotate(ARTICLES, cache_dir=tmp_path)
    assert set(ann.tables) == set(EXTRACTORS) and len(ann.mentions) >= 6


@pytest.mark.model
def test_a_warm_run_neither_loads_the_model_nor_imports_spacy(tmp_path, warm_run):
    """Re-running a notebook on cached articles costs no model load (about 2 s a kernel)."""
    annotate(ARTICLES, cache_dir=tmp_path)
    warm_run(ARTICLES, tmp_path, "assert len(ann.mentions) and len(ann.dates) >= 0")


@pytest.mark.model
def test_the_namespace_read_from_disk_is_the_loaded_pipeline_s(nlp):
    from kit.nlp.namespace import namespace_for

    assert namespace_for() == namespace_of(nlp) == namespace_for(resolve_model())


@pytest.mark.model
def test_a_rule_that_failed_is_kept_in_the_cache_and_told_on_every_run(tmp_path, monkeypatch):
    """A text read without a rule of kit's that failed on it is never cached as if read
    in full: the failure is kept with its rows, is ``ann.failures``, and every run warns
    of it, warm or cold, with one process or two (the warning is the parent's)."""
    import importlib

    from kit.nlp.rows import KitRuleWarning

    quotes = importlib.import_module("kit.extract.quotes")
    extract = quotes.extract

    def fails_on_velmora(doc, *args, **kwargs):
        if "Velmora" in doc.text:
            raise ValueError("no quote for Velmora")
        return extract(doc, *args, **kwargs)

    monkeypatch.setattr(quotes, "extract", fails_on_velmora)
    monkeypatch.setattr(annotate_module, "ARTICLES_PER_PROCESS", 1)
    articles = [Article(id="v", title="", text="Talks in Velmora ended on Monday."),
                Article(id="w", title="", text="Officials from Tarsi met on Friday.")]
    for n_process in (1, 1, 2):  # cold, warm, then a cold run of two processes
        cache = tmp_path / f"cache{n_process}"
        with pytest.warns(KitRuleWarning, match="its quotes table in article 'v'.*Talks in Velmora") as told:
            ann = annotate(articles, cache_dir=cache, n_process=n_process)
        assert len(told) == 1 and "ValueError: no quote for Velmora" in str(told[0].message)
        assert ann.failures[["article_id", "rule", "error"]].values.tolist() == [
            ["v", "its quotes table", "ValueError: no quote for Velmora"]]
        assert ann.quotes.empty or set(ann.quotes["article_id"]) == {"w"}
