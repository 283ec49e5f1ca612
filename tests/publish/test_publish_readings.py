"""kit.publish.readings: readings written from hand-built tables, no model.

A reading may only say what its tables say: every name it prints comes from
them, every number is counted from them, and text from the articles shows as
text, never as Markdown or HTML.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import lxml.html
import nbformat
import pandas as pd
import pytest

from kit.links import page_name
from kit.publish.export import markdown_html, unsafe_reason
from kit.publish.readings import (
    entities_reading,
    escape,
    evidence,
    network_reading,
    sentence_ids,
    shorten,
    timeline_reading,
)

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
HOSTILE = '<img src=x onerror="window.__pwned=1"> *Ana* [x](javascript:alert(1)) $a$ | `b` _c_'


def shown(markdown: str) -> str:
    """The text a reader sees once ``markdown`` is on a page; the page must be safe."""
    html = markdown_html(markdown)
    assert unsafe_reason(html) is None, html
    return " ".join(lxml.html.fromstring(f"<div>{html}</div>").text_content().split())


def links(markdown: str) -> list[str]:
    return lxml.html.fromstring(f"<div>{markdown_html(markdown)}</div>").xpath("//a/@href")


def bold(markdown: str) -> set[str]:
    return {shown(b) for b in re.findall(r"\*\*(.+?)\*\*", markdown)}


# ---------------------------------------------------------------- text helpers

@pytest.mark.parametrize("text", [HOSTILE, "U.S. & EU <officials>", "a\\b", "# not a heading", "1. no list",
                                  "2) no list", "- no item", "+ no item", "=== no heading", "> no quote"])
def test_escaped_text_shows_exactly_as_written_and_adds_no_markup(text):
    html = markdown_html(f"- {escape(text)}")
    assert unsafe_reason(html) is None
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    assert tree.xpath("//img|//a|//em|//strong|//code|//script|//table") == []
    assert shown(f"- {escape(text)}") == " ".join(text.split())


def test_escaped_text_is_one_line():
    assert "\n" not in escape("first line\n\n- not an item\n# not a heading")


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    assert shorten("short", 10) == "short"
    assert shorten("The talks went on for hours.", 15) == "The talks went…"
    assert shorten("The talks went on for hours.", 13) == "The talks…"
    assert len(shorten("word " * 100, 50)) <= 50


def test_evidence_links_the_sentence_and_quotes_the_article_id():
    assert links(evidence("a b/c", 4)) == [f"articles/{page_name('a b/c')}#s4"]
    assert shown(evidence("a b/c", 4)) == "a b/c:4"
    assert links(evidence("a1", 4, href=None)) == []
    assert links(evidence("a1", 4, href="read/{article}#{sentence}")) == ["read/a1#4"]


def test_sentence_ids_read_an_evidence_list():
    assert sentence_ids("a1:3; b:2:5; junk; c:") == [("a1", 3), ("b:2", 5)]
    assert sentence_ids("") == []


# ---------------------------------------------------------------- 01 entities

def entity_table(rows: list[tuple[str, str, int, int, int, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["canonical", "label", "mentions", "as_actor", "articles",
                                       "example_article", "example_sentence"])


ENTITIES = entity_table([
    ("Ruritania", "GPE", 30, 12, 5, "a1", 0),
    ("Ana Ruiz", "PERSON", 9, 9, 4, "a2", 3),
    ("Bo Lind", "PERSON", 7, 6, 3, "a1", 2),
    ("Cy Tran", "PERSON", 2, 2, 1, "a3", 1),
    ("Harbour Board", "ORG", 4, 4, 2, "a3", 5),
    ("Ruritanian", "NORP", 11, 0, 5, "a1", 1),   # never acts: not an actor
    ("Old Town", "LOC", 3, 0, 1, "a2", 7),
])


def test_entities_reading_lists_the_most_present_actors_by_label_with_counts_and_links():
    md = entities_reading(ENTITIES, top=2)
    text = shown(md)
    assert "66 mentions of 7 entities; 5 of them act" in text
    assert "Ana Ruiz: 9 mentions (9 acting) in 4 articles, a2:3" in text
    assert "Bo Lind: 7 mentions (6 acting) in 3 articles" in text
    assert "Cy Tran" not in text  # top=2 per label
    assert "Ruritanian" not in text and "Old Town" not in text  # they never act
    assert text.index("People") < text.index("Organisations") < text.index("Countries")
    assert "articles/a2.html#s3" in links(md)
    assert bold(md) <= set(ENTITIES["canonical"])


def test_entities_reading_without_actors_lists_the_most_mentioned_names():
    table = ENTITIES.assign(as_actor=0)
    text = shown(entities_reading(table, top=1, href=None))
    assert "none of them acts" in text and "Ruritania: 30 mentions in 5 articles" in text
    assert "acting" not in text


def test_entities_reading_of_no_entities_says_so():
    assert "no named entities" in entities_reading(ENTITIES.head(0))


def test_entities_reading_shows_a_hostile_name_as_text():
    md = entities_reading(entity_table([(HOSTILE, "PERSON", 2, 2, 1, "a<1>", 0)]))
    assert " ".join(HOSTILE.split()) in shown(md)
    assert links(md) == [f"articles/{page_name('a<1>')}#s0"]


# ---------------------------------------------------------------- 02 network

ACTORS = pd.DataFrame([
    ("ruritania", "Ruritania", "Ruritania", True, 30),
    ("ana-ruiz", "Ana Ruiz", "Ruritania", True, 9),
    ("bo-lind", "Bo Lind", "Freedonia", True, 7),
    ("harbour-board", "Harbour Board", "", True, 4),
    ("unnamed-officials", "unnamed officials", "Freedonia", False, 3),
], columns=["actor_id", "name", "side", "named", "mentions"])

EDGES = pd.DataFrame([
    ("ana-ruiz", "bo-lind", "Ana Ruiz", "Bo Lind", "co-occurrence", "", 5, 3, 0,
     "a1:2; a1:4; a2:1; a3:0; a3:9", "Ana Ruiz met Bo Lind in the port."),
    ("ana-ruiz", "ruritania", "Ana Ruiz", "Ruritania", "co-occurrence", "", 2, 2, 0,
     "a1:2; a2:5", "Ana Ruiz spoke for Ruritania."),
    ("bo-lind", "harbour-board", "Bo Lind", "Harbour Board", "co-occurrence", "", 1, 1, 0,
     "a3:3", "Bo Lind thanked the Harbour Board."),
    ("ruritania", "bo-lind", "Ruritania", "Bo Lind", "interaction", "reject", 2, 2, 1,
     "a2:6; a3:2", "Ruritania rejected Bo Lind's offer."),
], columns=["source", "target", "source_name", "target_name", "kind", "verb", "weight", "articles",
            "negated", "sentences", "example"])


def test_network_reading_gives_the_sides_of_the_named_actors():
    text = shown(network_reading(EDGES, ACTORS))
    assert "Of 4 named actors, 3 stand on 2 sides" in text
    assert "Ruritania (2 actors: Ruritania, Ana Ruiz)" in text
    assert "Freedonia (1 actor: Bo Lind)" in text  # the unnamed officials are not counted
    assert "the articles place 1 on no side" in text


def test_network_reading_lists_the_strongest_ties_of_each_kind_with_their_evidence():
    md = network_reading(EDGES, ACTORS, top=2)
    text = shown(md)
    assert "4 ties (3 co-occurrence, 1 interaction)" in text
    assert ("Ana Ruiz (Ruritania) and Bo Lind (Freedonia): named together in 5 sentences of "
            "3 articles (a1:2, a1:4, a2:1, …) “Ana Ruiz met Bo Lind in the port.”") in text
    assert "Ruritania → Bo Lind (Freedonia) (reject): in 2 sentences of 2 articles, 1 of them negated" in text
    assert "Harbour Board" not in text.split("sides:")[-1].split("on no side")[-1]  # top=2 ties
    assert "Named together most often (1 of these 2 ties join two sides)" in text
    assert links(md)[:3] == ["articles/a1.html#s2", "articles/a1.html#s4", "articles/a2.html#s1"]
    assert bold(md) <= set(ACTORS["name"]) | set(ACTORS["side"])


def test_network_reading_without_ties_says_so():
    text = shown(network_reading(EDGES.head(0), ACTORS))
    assert "No two actors are named in one sentence" in text


def test_network_reading_takes_the_network_nodes_table_too():
    nodes = ACTORS.assign(kind="person", role="", articles=1)
    assert network_reading(EDGES, nodes) == network_reading(EDGES, ACTORS)


# ---------------------------------------------------------------- 03 timeline

D = dt.date


def event_table(rows: list[tuple[dt.date, dt.date, str, str, str, int, int, bool, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["start", "end", "status", "summary", "article_id", "sentence_id",
                                       "n_sources", "conflict", "dates"])


EVENTS = event_table([
    (D(2022, 8, 1), D(2022, 8, 1), "happened", "The ship left the port", "a1", 2, 3, True,
     "2022-08-01: a1, a2; 2022-08-02: a3"),
    (D(2022, 8, 1), D(2022, 8, 1), "happened", "Officials met in the capital", "a2", 4, 1, False,
     "2022-08-01: a2"),
    (D(2022, 8, 3), D(2022, 8, 3), "expected", "The board will meet", "a3", 1, 1, False, "2022-08-03: a3"),
    (D(2022, 7, 1), D(2022, 7, 31), "happened", "Talks went on all month", "a1", 5, 1, False,
     "2022-07-01..2022-07-31: a1"),
])

SHARES = pd.DataFrame([
    ("a1", 20, 4, 1, 0.25, 1), ("a2", 10, 2, 2, 1.0, 2), ("a3", 5, 0, 0, 0.0, 0),
], columns=["article_id", "n_sentences", "attributions", "unnamed", "unnamed_share", "unnamed_sentences"])


def test_timeline_reading_gives_the_busiest_days_with_their_events():
    md = timeline_reading(EVENTS, SHARES)
    text = shown(md)
    assert "4 events (3 happened, 1 expected); 3 of them fall on a single day, over 2 days" in text
    assert text.index("2022-08-01: 2 events (4 reports)") < text.index("2022-08-03: 1 event (1 report)")
    assert "“The board will meet” (expected), a3:1" in text
    assert "Talks went on all month" not in text.split("dated differently")[0]  # a month is no day
    assert "articles/a1.html#s2" in links(md)


def test_timeline_reading_lists_every_date_conflict_with_its_articles():
    text = shown(timeline_reading(EVENTS, SHARES))
    assert "1 event is dated differently by different articles" in text
    assert "“The ship left the port”, a1:2: dated 2022-08-01 by a1, a2, 2022-08-02 by a3" in text
    no_conflict = shown(timeline_reading(EVENTS.assign(conflict=False), SHARES))
    assert "kit found no event that two articles date differently." in no_conflict
    assert "merged into one event only" in no_conflict  # what the finding rests on, not a fact about the talks


def test_each_article_behind_each_date_of_a_conflict_links_to_its_sentence_giving_that_date():
    """The dissenting article's date is what a researcher checks first: it links to its
    sentence, as the majority's do; the text a reader sees stays the same."""
    events = EVENTS.assign(event_id=["E1", "E2", "E3", "E4"])
    reports = pd.DataFrame([("E1", "a1", 2, D(2022, 8, 1), D(2022, 8, 1)),
                            ("E1", "a2", 7, D(2022, 8, 1), D(2022, 8, 1)),
                            ("E1", "a3", 9, D(2022, 8, 2), D(2022, 8, 2)),
                            ("E1", "a3", 5, D(2022, 8, 2), D(2022, 8, 2))],
                           columns=["event_id", "article_id", "sentence_id", "start", "end"])
    md = timeline_reading(events, SHARES, reports=reports)
    conflicts = md.split("dated differently")[1].split("Unnamed")[0]
    assert links(conflicts) == ["articles/a1.html#s2", "articles/a1.html#s2", "articles/a2.html#s7",
                                "articles/a3.html#s5"]
    assert shown(md) == shown(timeline_reading(events, SHARES))


def test_without_reports_each_article_of_a_conflict_links_to_its_page_the_event_s_to_its_sentence():
    conflicts = timeline_reading(EVENTS, SHARES).split("dated differently")[1].split("Unnamed")[0]
    assert links(conflicts) == ["articles/a1.html#s2", "articles/a1.html#s2", "articles/a2.html",
                                "articles/a3.html"]
    assert links(timeline_reading(EVENTS, SHARES, href=None)) == []


def test_the_article_resting_most_on_unnamed_sources_and_its_figure_link_to_its_page():
    unnamed = timeline_reading(EVENTS, SHARES).split("Unnamed sources")[1]
    assert links(unnamed) == ["articles/a2.html", "articles/a2.html"]


def test_timeline_reading_of_a_large_corpus_names_a_few_articles_per_date_and_counts_the_rest():
    many = ", ".join(f"a{i:04d}" for i in range(300))
    rows = [(D(2022, 8, 1), D(2022, 8, 1), "happened", f"Event {i}", "a0000", i, 300 - i, True,
             f"2022-08-01: {many}; 2022-08-02: a9999") for i in range(25)]
    text = shown(timeline_reading(event_table(rows), SHARES))
    assert "dated 2022-08-01 by a0000, a0001, a0002, a0003, a0004 and 295 more articles, 2022-08-02 by a9999" in text
    assert "a0005" not in text
    assert "“Event 19”" in text and "“Event 20”" not in text  # the 20 most reported
    assert "and 5 more, less reported (the events table lists every one)" in text
    assert len(text) < 10_000


def test_timeline_reading_gives_the_unnamed_source_share_and_the_article_resting_most_on_them():
    text = shown(timeline_reading(EVENTS, SHARES))
    assert "3 of 6 attributions (50%) name no one; 3 of 35 sentences (9%) rest on an unnamed source" in text
    assert "The article resting most on them: a2, 2 of its 2 attributions (100%)" in text


def test_timeline_reading_takes_the_corpus_row_of_unnamed_share():
    corpus = pd.DataFrame([("all", 35, 6, 3, 0.5, 3)], columns=SHARES.columns)
    text = shown(timeline_reading(EVENTS, corpus))
    assert "3 of 6 attributions (50%)" in text and "resting most" not in text


def test_timeline_reading_of_no_events_and_no_sources_says_so():
    text = shown(timeline_reading(EVENTS.head(0), SHARES.assign(attributions=0, unnamed=0)))
    assert "no dated event" in text and "kit found no event that two articles date differently" in text
    assert "No sentence gives a source" in text


def test_timeline_reading_shows_hostile_article_text_as_text():
    events = EVENTS.assign(summary=HOSTILE, article_id="a<1>")
    text = shown(timeline_reading(events, SHARES))
    assert shorten(" ".join(HOSTILE.split()), 100) in text


# ---------------------------------------------------------------- the notebooks

@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_each_notebook_ends_with_the_reading_kit_writes(path):
    cells = nbformat.read(path, as_version=4).cells
    last = [c for c in cells if c.cell_type == "code"][-1]
    assert re.fullmatch(r"Markdown\(readings\.\w+_reading\(.*\)\)", last.source.strip()), last.source
    assert cells[-1] is last


def test_article_pages_anchor_every_sentence_and_escape_the_text(tmp_path):
    from kit.publish.articles import write_article_pages

    arts = pd.DataFrame({"article_id": ["a/1"], "title": ["<b>Talks</b>"], "source": ["Wire"],
                         "published": [None]})
    sents = pd.DataFrame({"article_id": ["a/1", "a/1"], "sentence_id": [0, 1], "start_char": [0, 20],
                          "end_char": [18, 40], "text": ["Mexico <script>x", "Ana Ruiz said so."]})
    ments = pd.DataFrame({"article_id": ["a/1", "a/1"], "start_char": [0, 20], "end_char": [6, 28],
                          "label": ["GPE", "PERSON"]})
    [page] = write_article_pages(arts, sents, ments, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert page.name == page_name("a/1") and 'id="s0"' in html and 'id="s1"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;Talks" in html
    assert "<mark>Ana Ruiz<span>PERSON</span></mark>" in html


def test_article_pages_show_bylines_and_photo_credits_on_a_credit_line(tmp_path):
    """A credit (the ``credit`` column of the mentions, as build_site gives it) is who wrote
    the story or took its pictures: listed once under the source, escaped, and marked
    ``credit`` in the text, not as one of the story's persons."""
    from kit.publish.articles import write_article_pages

    arts = pd.DataFrame({"article_id": ["t1"], "title": ["Talks in Tarn"], "source": ["Tarn Wire"],
                         "published": ["2024-03-01"], "language": ["en"]})
    text = ["Osk met Mara Ventel in Tarn.", "By Ivo <Dunn>", "(Photo: Lea Sorn/Tarn Wire) By Ivo <Dunn>"]
    starts = [0, 29, 43]
    sents = pd.DataFrame({"article_id": ["t1"] * 3, "sentence_id": [0, 1, 2], "start_char": starts,
                          "end_char": [s + len(t) for s, t in zip(starts, text)], "text": text})
    ments = pd.DataFrame({"article_id": ["t1"] * 5, "start_char": [0, 8, 32, 51, 74],
                          "end_char": [3, 19, 42, 59, 84], "label": ["PERSON"] * 5,
                          "text": ["Osk", "Mara Ventel", "Ivo <Dunn>", "Lea Sorn", "Ivo <Dunn>"],
                          "credit": [False, False, True, True, True]})
    [page] = write_article_pages(arts, sents, ments, tmp_path)
    html = page.read_text(encoding="utf-8")
    assert '<p class="muted credits">Credits: Ivo &lt;Dunn&gt;, Lea Sorn</p>' in html
    assert '<mark class="credit">Lea Sorn<span>credit</span></mark>' in html
    assert "<mark>Mara Ventel<span>PERSON</span></mark>" in html
    assert "Lea Sorn<span>PERSON" not in html and "Dunn&gt;<span>PERSON" not in html
    [plain] = write_article_pages(arts, sents, ments.drop(columns="credit"), tmp_path / "plain")
    assert "credits" not in plain.read_text(encoding="utf-8")  # no credit column: no credit line


@pytest.mark.model
def test_the_sites_article_pages_credit_a_byline_from_the_annotations(tmp_path, cache_dir):
    import kit
    from kit.publish.articles import write_annotated_pages

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "tarn.md").write_text(
        "---\ntitle: Talks in Tarn\npublished: 2024-03-01\nsource: Tarn Wire\n---\n"
        "VELMAR, Tarn -- Osk Haldor met Mara Ventel in Velmar on Friday.\n\n"
        "Ventel said the talks would go on next week.\n\nBy Thomas Brenner, Tarn Wire\n", encoding="utf-8")
    ann = kit.annotate(kit.load(folder).articles, cache_dir=cache_dir)
    [page] = write_annotated_pages(ann, tmp_path / "site")
    html = page.read_text(encoding="utf-8")
    assert '<p class="muted credits">Credits: Thomas Brenner</p>' in html
    assert '<mark class="credit">Thomas Brenner<span>credit</span></mark>' in html


def test_article_pages_mark_what_the_tables_read_not_the_models_raw_labels(tmp_path):
    """A site's article page (write_annotated_pages) marks kit's reading: no name in the
    dateline (no entity of the story, as the entity table leaves it out), each name under
    the label the entity table gives it (a person the model once tagged ORG is a PERSON),
    its name in the tables on hover; a date in the dateline stays a date."""
    from kit.publish.articles import write_annotated_pages
    from kit.schema import Annotations

    text = ["OSKBURG, May 16 (Tarn Wire) - Jana Roe of Freedonia met Osk Varen.",
            "Roe said the talks went well.", "Roe left for Velmar."]
    starts = [0, 67, 97]
    sents = pd.DataFrame({"article_id": ["t1"] * 3, "sentence_id": [0, 1, 2], "start_char": starts,
                          "end_char": [s + len(t) for s, t in zip(starts, text)], "text": text})
    spans = [(0, "OSKBURG", "ORG", "Oskburg"), (0, "May 16", "DATE", "May 16"), (0, "Jana Roe", "PERSON", "Jana Roe"),
             (0, "Freedonia", "GPE", "Freedonia"), (0, "Osk Varen", "PERSON", "Osk Varen"),
             (1, "Roe", "ORG", "Jana Roe"), (2, "Roe", "PERSON", "Jana Roe"), (2, "Velmar", "GPE", "Velmar")]
    rows = [{"article_id": "t1", "sentence_id": n, "start_char": starts[n] + text[n].index(t),
             "end_char": starts[n] + text[n].index(t) + len(t), "text": t, "label": label, "canonical": name}
            for n, t, label, name in spans]
    arts = pd.DataFrame({"article_id": ["t1"], "title": ["Talks"], "source": ["Tarn Wire"],
                         "published": ["2024-05-16"], "language": ["en"]})
    [page] = write_annotated_pages(Annotations(arts, sents, pd.DataFrame(rows)), tmp_path)
    html = page.read_text(encoding="utf-8")
    assert "OSKBURG<span>" not in html and "<mark>May 16<span>DATE</span></mark>" in html
    assert '<mark title="Jana Roe">Roe<span>PERSON</span></mark> said' in html
    assert "<span>ORG</span>" not in html
    assert "<mark>Jana Roe<span>PERSON</span></mark>" in html  # its own name: no title


@pytest.mark.model
@pytest.mark.parametrize(("name", "body"), [
    ("en.md", "OSKBURG, May 16 (Tarn Wire) - Foreign Minister Jana Roe of Freedonia met Osk Varen "
              "in Oskburg on Friday.\n\nRoe said the talks had gone well.\n"),
    ("es.md", "OSKBURGO.- La canciller de Freedonia, Jana Roe, se reunió el viernes con Osk Varen "
              "en Oskburgo.\n\nRoe dijo que las conversaciones fueron bien.\n"),
])
def test_the_sites_article_pages_mark_no_dateline_and_the_tables_labels(tmp_path, cache_dir, name, body):
    import kit
    from kit.counts.entities import entity_counts
    from kit.publish.articles import write_annotated_pages

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / name).write_text(f"---\ntitle: Talks\npublished: 2024-05-17\n---\n{body}", encoding="utf-8")
    ann = kit.annotate(kit.load(folder).articles, cache_dir=cache_dir, tables=["roles", "sources"])
    [page] = write_annotated_pages(ann, tmp_path / "site")
    tree = lxml.html.fromstring(page.read_bytes())
    marks = [(m.text, m.findtext("span")) for m in tree.xpath("//mark")]
    assert not any(text.startswith("OSKBURG") for text, _ in marks), marks
    labels = dict(entity_counts(ann)[["canonical", "label"]].values.tolist())
    shown = {(m.get("title") or m.text): m.findtext("span") for m in tree.xpath("//mark")}
    assert shown.get("Jana Roe") == labels.get("Jana Roe") == "PERSON", (shown, labels)
    for canonical, label in labels.items():
        if canonical in shown:
            assert shown[canonical] == label, (canonical, shown, labels)


@pytest.mark.parametrize(("url", "link"), [
    ("https://example.org/talks?id=1&p=2", '<a class="original" href="https://example.org/talks?id=1&amp;p=2"'),
    ("javascript:alert(1)", None),  # no web address: no link
    ("/home/ana/articles/a.txt", None),
    ("", None),
])
def test_an_article_page_links_its_original_only_by_a_web_address(tmp_path, url, link):
    from kit.publish.articles import write_article_pages

    arts = pd.DataFrame({"article_id": ["t1"], "title": ["Talks"], "source": ["Tarn Wire"],
                         "published": ["2024-03-01"], "url": [url]})
    sents = pd.DataFrame({"article_id": ["t1"], "sentence_id": [0], "start_char": [0], "end_char": [8],
                          "text": ["Osk met."]})
    ments = pd.DataFrame({"article_id": [], "start_char": [], "end_char": [], "label": []})
    [page] = write_article_pages(arts, sents, ments, tmp_path)
    html = page.read_text(encoding="utf-8")
    if link is None:
        assert 'class="original"' not in html and (not url or url not in html)
    else:
        assert link in html and 'rel="noopener noreferrer"' in html
