"""kit.actors.names at scale: NameGraph's indexes, built once, against a brute-force reading.

The corpus is invented (syllables drawn at random): outlets that write people's two family
names and outlets that cut them to the first, so that lists of people are written twice.
No timing: the brute-force reference is run on a subset of the questions or of the corpus.
"""

from __future__ import annotations

import random

import pandas as pd

from kit.actors.names import NameGraph, _label
from kit.lexicon.keys import name_key

SYLLABLES = ("ra", "mo", "li", "ta", "ve", "nu", "sa", "ko", "di", "pe", "zu", "bo", "ga", "fe", "ri", "lo")


def _invented_corpus(articles: int, people: int, seed: int = 7) -> pd.DataFrame:
    """Person mentions: each article names 6 people of the corpus in 4 sentences of 1 to 3,
    all with both family names or all without the second, half of them with their role."""
    rnd = random.Random(seed)

    def word(syllables: int) -> str:
        return "".join(rnd.choice(SYLLABLES) for _ in range(syllables)).capitalize()

    given = sorted({word(2) + rnd.choice("oa") for _ in range(60)})
    family = sorted({word(3) for _ in range(3000)})
    cast = sorted({(rnd.choice(given), rnd.choice(family), word(4)) for _ in range(people)})
    role = {p: rnd.choice(("minister", "envoy", "deputy", "")) for p in cast}
    rows = []
    for a in range(articles):
        full, named, at = rnd.random() < 0.5, rnd.sample(cast, 6), 0
        for s in range(4):
            for person in rnd.sample(named, rnd.randint(1, 3)):
                name = " ".join(person if full else person[:2])
                rows.append({"article_id": f"a{a}", "sentence_id": s, "start_char": at,
                             "end_char": at + len(name), "text": name, "name": name, "corpus": name,
                             "kind": "person", "role": role[person] if rnd.random() < 0.5 else "", "side": "",
                             "affiliation": "", "named": True})
                at += len(name) + 10
    return pd.DataFrame(rows)


def _named_after_by_scan(graph: NameGraph, short: str, long: str) -> bool:
    """Some article names ``long`` first, then ``short``: every article read for the question."""
    keys = name_key(_label(short)), name_key(_label(long))
    for here in graph.placed.values():
        first = [min((at for n, (at, _) in here.items() if name_key(_label(n)) == key), default=None)
                 for key in keys]
        if first[0] is not None and first[1] is not None and first[1] < first[0]:
            return True
    return False


class _ByScan(NameGraph):
    """NameGraph answering each question by reading every article and every full name again."""

    def _named_after(self, short: str, long: str) -> bool:
        return _named_after_by_scan(self, short, long)

    def _in_same_company(self, node: str, root: str, said: dict[tuple[str, object], set[str]],
                         fuller: set[tuple[str, object]]) -> bool:
        fuller = set().union(*(self.read_at.get(n, set()) for n in self._full(person=True)
                               if self.find(n) == root))
        return super()._in_same_company(node, root, said, fuller)


def test_the_indexes_of_thousands_of_names_agree_with_reading_every_article_on_a_sample():
    mentions = _invented_corpus(articles=1500, people=2500)
    graph = NameGraph(mentions, {})
    assert mentions["name"].nunique() > 2000
    rnd = random.Random(11)
    pairs = [tuple(rnd.sample(sorted(here), 2)) for here in rnd.sample(list(graph.placed.values()), 100)]
    answers = [graph._named_after(short, long) for short, long in pairs]
    assert answers == [_named_after_by_scan(graph, short, long) for short, long in pairs]
    assert True in answers and False in answers
    said, held = graph._full_name_sentences()
    full = graph._full(person=True)
    for root in rnd.sample(sorted(held), 50):
        assert held[root] == set().union(*(graph.read_at.get(n, set()) for n in full if graph.find(n) == root))
    for sentence in rnd.sample(sorted(said, key=str), 50):
        assert said[sentence] == {n for n in full if sentence in graph.read_at.get(n, set())}


def test_names_merged_with_the_indexes_are_those_a_brute_force_reading_merges():
    mentions = _invented_corpus(articles=100, people=80)
    graph, reference = NameGraph(mentions, {}), _ByScan(mentions, {})
    read = sorted(set(zip(mentions["name"], mentions["article_id"])))
    assert [graph.of(*k) for k in read] == [reference.of(*k) for k in read]
    assert graph.reasons() == reference.reasons()
    assert any("no one else of the corpus so named" in r for rs in graph.reasons().values() for r in rs)
