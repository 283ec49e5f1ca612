"""Check that kit's table rows stay the same: save them once, compare after a change.

Usage::

    .venv/bin/python benchmarks/same_rows.py --save /tmp/rows.json     # before
    .venv/bin/python benchmarks/same_rows.py --check /tmp/rows.json    # after
    .venv/bin/python benchmarks/same_rows.py --check /tmp/rows.json --n-process 2

The rows are those :func:`kit.nlp.rows.annotate_stream` yields (every table,
through kit's pipeline and :func:`kit.nlp.rows.doc_tables`) for the seed
(``data/articles``), ``tests/data/timeline_corpus``,
``tests/data/actors_corpus/articles`` and ``--synthetic`` articles of the
benchmark corpus (``benchmarks/bench.py``), written as JSON (no pickle).
``--check`` prints the first differing row of each table and exits 1 on any
difference, so a speed-up that changes an output row is caught.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "data" / "articles", ROOT / "tests" / "data" / "timeline_corpus",
           ROOT / "tests" / "data" / "actors_corpus" / "articles"]


def corpus(synthetic: int) -> list[tuple[str, str]]:
    """``(key, text)`` of the project's articles and ``synthetic`` benchmark articles."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import make_corpus

    from kit import load

    pairs = [(f"{folder.name}/{a.id}", a.text) for folder in FOLDERS for a in load(folder).articles]
    pairs += [(f"synthetic/{i:04d}", t) for i, t in enumerate(make_corpus(synthetic, seed=1))]
    return pairs


def all_rows(pairs: list[tuple[str, str]], n_process: int) -> dict[str, Any]:
    """Rows by article key and table, as plain JSON values."""
    from kit.nlp.rows import annotate_stream, row_pipeline

    nlp = row_pipeline()
    out = {key: rows for key, rows in annotate_stream(pairs, nlp, n_process=n_process)}
    return json.loads(json.dumps(out, sort_keys=True, default=str))


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per article and table whose rows differ (the first differing row)."""
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, {}), after.get(key, {})
        for table in sorted(set(old) | set(new)):
            a, b = old.get(table, []), new.get(table, [])
            if a != b:
                i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                lines.append(f"{key} {table}: {len(a)} -> {len(b)} rows; first difference at row {i}:"
                             f"\n  before {a[i] if i < len(a) else None}"
                             f"\n  after  {b[i] if i < len(b) else None}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the rows to this JSON file")
    what.add_argument("--check", type=Path, help="compare the rows with this JSON file")
    parser.add_argument("--synthetic", type=int, default=60,
                        help="benchmark articles added to the project's own (default 60)")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    rows = all_rows(corpus(args.synthetic), args.n_process)
    n = sum(len(r) for article in rows.values() for r in article.values())
    if args.save:
        args.save.write_text(json.dumps(rows, sort_keys=True), encoding="utf-8")
        print(f"saved {n} rows of {len(rows)} articles to {args.save}")
        return
    diff = differences(json.loads(args.check.read_text(encoding="utf-8")), rows)
    print("\n".join(diff) if diff else f"identical: {n} rows of {len(rows)} articles")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
