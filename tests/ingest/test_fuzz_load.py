"""Property-based fuzz test of :func:`kit.ingest.load` (issue 15, Tests).

A folder of random article files (random bytes, text in many encodings, YAML
front matter, JSONL and CSV shapes, HTML, an unknown suffix, sometimes a
``metadata.csv``) loads without an exception, and every file is either loaded
or named in the report. Examples are bounded and derandomized: the same cases
run on every machine, in a few seconds.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.ingest.load import STATUSES, load

FUZZ = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be",
             "cp1252", "latin-1", "cp1251", "koi8-r", "shift_jis", "gb18030", "mac-roman")
WORDS = ("the", "talks", "minister", "Geneva", "ceasefire", "said", "on", "Friday", "and",
         "Bárcena", "Mayorkas", "—", "“quoted”", "=HYPERLINK(1)", "<script>", "{{ x }}", "€",
         "\u200b", "\ufeff", "\r\n", "\n\n", "\t", "---", "#", ",", '"', "é", "中文", "😀")
FIELDS = ("title", "published", "date", "source", "url", "author", "id", "headline", "text",
          "tags", "lang", "")
YAML_VALUES = ("2024-01-18", "Jan. 18, 2024", "not a date", "1e400", "null", "~", "[1, 2]",
               "{a: 1}", "&a [*a, *a]", "*missing", "!!python/object/apply:os.system ['true']",
               "!!binary aGk=", "'unclosed", '"\\x00"', "|\n  block", ">-\n  folded", "- x")

sentences = st.lists(st.sampled_from(WORDS), min_size=5, max_size=80).map(" ".join)
paragraphs = st.lists(sentences, min_size=1, max_size=4).map("\n\n".join)
prose = st.one_of(st.text(max_size=200), sentences)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30))
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)


def encoded(texts: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Text in a random encoding (characters it cannot hold replaced)."""
    return st.tuples(texts, st.sampled_from(ENCODINGS)).map(
        lambda pair: pair[0].encode(pair[1], errors="replace"))


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.one_of(
        st.tuples(st.sampled_from(FIELDS), st.one_of(st.sampled_from(YAML_VALUES), prose))
        .map(lambda kv: f"{kv[0]}: {kv[1]}"),
        prose,
    ), max_size=6))
    closing = draw(st.sampled_from(["---", "...", "", "--- "]))
    return "---\n" + "\n".join(lines) + f"\n{closing}\n" + draw(prose)


@st.composite
def jsonl(draw: st.DrawFn) -> str:
    line = st.one_of(
        st.builds(lambda text, extra: json.dumps({**extra, "text": text}),
                  sentences, st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=3)),
        json_values.map(json.dumps),
        st.integers(1, 3000).map(lambda depth: "[" * depth + "]" * depth),
        st.integers(1, 3000).map(lambda depth: '{"a":' * depth),
        prose,
    )
    return "\n".join(draw(st.lists(line, max_size=5)))


@st.composite
def csv_table(draw: st.DrawFn) -> str:
    header = draw(st.one_of(
        st.just(["text"]), st.just(["text", "title", "published", "id"]),
        st.lists(st.sampled_from(FIELDS), max_size=4), st.lists(st.text(max_size=6), max_size=3)))
    rows = draw(st.lists(st.lists(st.one_of(sentences, prose), max_size=len(header) + 2),
                         max_size=4))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue() + draw(st.sampled_from(["", '"unclosed', "\x00", ",,,\n"]))


def html_page(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>"


SUFFIXED = {
    ".txt": st.one_of(encoded(prose), encoded(front_matter()), st.binary(max_size=300)),
    ".md": st.one_of(encoded(front_matter()), encoded(prose)),
    ".jsonl": st.one_of(encoded(jsonl()), st.binary(max_size=200)),
    ".csv": st.one_of(encoded(csv_table()), st.binary(max_size=200)),
    ".html": st.one_of(encoded(st.builds(html_page, prose, paragraphs)), st.binary(max_size=200)),
    ".json": encoded(prose),  # not a type kit reads: reported
    ".TXT": encoded(prose),
}
article_file = st.sampled_from(sorted(SUFFIXED)).flatmap(
    lambda suffix: SUFFIXED[suffix].map(lambda data: (suffix, data)))


@st.composite
def manifest(draw: st.DrawFn, names: list[str]) -> bytes:
    rows = draw(st.lists(st.tuples(st.one_of(st.sampled_from(names), st.text(max_size=10)),
                                   st.sampled_from(FIELDS), prose), max_size=4))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["file", *dict.fromkeys(field or "title" for _, field, _ in rows)])
    for name, _, value in rows:
        writer.writerow([name, value])
    return draw(encoded(st.just(out.getvalue())))


@FUZZ
@given(files=st.lists(article_file, min_size=1, max_size=4), data=st.data())
def test_any_folder_loads_and_every_file_is_loaded_or_reported(files, data):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = [f"file{i}{suffix}" for i, (suffix, _) in enumerate(files)]
        for name, (_, content) in zip(names, files):
            (folder / name).write_bytes(content)
        if data.draw(st.booleans(), label="with metadata.csv"):
            (folder / "metadata.csv").write_bytes(data.draw(manifest(names), label="manifest"))

        result = load(folder)  # never raises

        seen = {Path(a.path).name for a in result.articles}
        seen |= {Path(p).name for p in result.report["path"]}
        assert set(names) <= seen, result.report
        assert result.report["status"].isin(STATUSES).all()
        ids = [a.id for a in result.articles]
        assert len(ids) == len(set(ids))
        for article in result.articles:
            assert article.text.strip()
            article.text.encode("utf-8")  # no lone surrogate reaches the annotation cache
