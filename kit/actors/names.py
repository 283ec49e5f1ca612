"""The names that stand for one actor: a union-find over names, with reasons.

:class:`NameGraph` is how :func:`kit.actors.actor_registry` merges names
(the rules are listed in :mod:`kit.actors`). Each root keeps its fullest name,
its alias-table target and its sides and roles up to date as clusters merge,
so merging stays near-linear in the number of names, however many articles
repeat one.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd

from kit.lexicon.canonical import name_key
from kit.lexicon.files import DATA_DIR, lexicon_cache, read_table
from kit.lexicon.wordlists import words

NICKNAMES_FILE = DATA_DIR / "nicknames.csv"


@lexicon_cache
def nicknames(path: Path = NICKNAMES_FILE) -> frozenset[tuple[str, str]]:
    """``(nickname, name)`` pairs from ``kit/lexicon/data/nicknames.csv``, as name keys.

    Examples
    --------
    >>> ("liz", "elizabeth") in nicknames()
    True
    """
    return frozenset((name_key(r["nickname"]), name_key(r["name"]))
                     for r in read_table("nicknames", path))


class NameGraph:
    """Union-find over actor names; ``why`` keeps each merge's reason.

    Nodes are names, except short person names (the end of a longer person's
    name: "Castillo", "López Obrador"): those are one node per article, so
    each article's use is resolved on its own evidence.
    """

    def __init__(self, mentions: pd.DataFrame, aliases: dict[str, str]) -> None:
        people = mentions[mentions["kind"] == "person"]
        persons = set(people["name"]) | set(people["corpus"])
        ends = {" ".join(k[i:]) for k in (name_key(p).split() for p in persons) for i in range(1, len(k))}
        self.node = {(n, a): f"{n}\t{a}" if n in persons and name_key(n) in ends else n
                     for col in ("name", "corpus") for n, a in zip(mentions[col], mentions["article_id"])}
        nodes = [self.node[k] for k in zip(mentions["name"], mentions["article_id"])]
        corpus = [self.node[k] for k in zip(mentions["corpus"], mentions["article_id"])]
        self.count = Counter(nodes) + Counter(corpus)
        self.forced = {n: aliases[name_key(_label(n))] for n in self.count if name_key(_label(n)) in aliases}
        self.parent = {n: n for n in [*self.count, *self.forced.values()]}
        self.person = {n: _label(n) in persons or n in self.forced.values() for n in self.parent}
        self.profile = {c: _profile(nodes, mentions[c]) for c in ("side", "role")}
        # per root, kept up to date by union: its fullest name and its sides/roles
        self.best = {n: n for n in self.parent}
        self.traits = {c: {n: set(p.get(n, ())) for n in self.parent} for c, p in self.profile.items()}
        # per root holding an alias target: (the target's place in the alias table, the target)
        self.target: dict[str, tuple[int, str]] = {}
        for i, target in enumerate(self.forced.values()):
            self.target.setdefault(target, (i, target))
        self.why: list[tuple[str, str]] = []
        self._merge(sorted(set(zip(nodes, corpus, mentions["text"]))))

    def of(self, name: str, article_id: str) -> str:
        """Display name of the actor ``name`` stands for in ``article_id``."""
        return self.shown(self.node[(name, article_id)])

    def find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]  # path halving
            node = self.parent[node]
        return node

    def union(self, keep: str, other: str, reason: str) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a
            self.best[a] = min(self.best[a], self.best.pop(b), key=self._fullness)
            for traits in self.traits.values():
                traits[a] |= traits.pop(b)
            if b in self.target:
                self.target[a] = min(self.target.get(a, self.target[b]), self.target.pop(b))
            self.note(keep, reason)

    def note(self, node: str, reason: str) -> None:
        if reason and (node, reason) not in self.why:
            self.why.append((node, reason))

    def _full(self, person: bool | None = None) -> list[str]:
        return sorted(n for n in self.parent if "\t" not in n and person in (None, self.person[n]))

    def _merge(self, rows: list[tuple[str, str, str]]) -> None:
        for node, target in sorted(self.forced.items()):
            self.union(target, node, f"{_label(node)} → {target}: alias table")
        for node, corpus, text in rows:
            if node != corpus:  # kit.lexicon.canonical merged the spelling across articles
                self.union(corpus, node, _why(_label(node), _label(corpus)))
            if name_key(text) != name_key(_label(node)):  # merged inside one article
                self.note(node, _why(text, _label(node)))
        seen: dict[tuple[str, bool], str] = {}
        for node in self._full():
            key = (name_key(node), self.person[node])
            if key in seen:
                self.union(seen[key], node, f"{node} = {seen[key]}: same name up to accents and case")
            seen.setdefault(key, node)
        pairs = nicknames()
        people = [(n, name_key(n).split()) for n in self._full(person=True)]
        for a, ka in people:
            for b, kb in people:
                if len(ka) > 1 and ka[1:] == kb[1:] and (ka[0], kb[0]) in pairs:
                    self.union(b, a, f"{a} → {b}: {a.split()[0]} is short for {b.split()[0]} (nicknames.csv)")
        self._short_names()
        self._initials()

    def _short_names(self) -> None:
        ending: dict[str, set[str]] = {}
        for p in self._full(person=True):
            words = name_key(p).split()
            for i in range(1, len(words)):
                ending.setdefault(" ".join(words[i:]), set()).add(p)
        unresolved: dict[str, list[str]] = {}
        for node in sorted(n for n in self.parent if "\t" in n):
            longer = {self.find(p) for p in ending.get(name_key(_label(node)), ())} - {self.find(node)}
            fits = [c for c in longer if self._agrees(node, c)]
            target = next(iter(longer)) if len(longer) == 1 else fits[0] if len(fits) == 1 else None
            if target:
                note = "" if len(longer) == 1 else f" (of {len(longer)} so named, the one with its side/role)"
                self.union(target, node, f"{_label(node)} → {self.shown(target)}: the only longer name "
                                         f"ending in it{note}")
            elif self.find(node) == node:
                unresolved.setdefault(name_key(_label(node)), []).append(node)
        for nodes in unresolved.values():
            for node in nodes[1:]:
                self.union(nodes[0], node, f"{_label(node)}: a short name no article resolves, "
                                           "kept apart from everyone it could be")

    def _agrees(self, node: str, root: str) -> bool:
        """No side or role of ``node`` contradicts the cluster's, and one matches."""
        matched = False
        for column, profile in self.profile.items():
            mine = profile.get(node, set())
            theirs = self.traits[column][root]
            if mine and theirs and not mine & theirs:
                return False
            matched = matched or bool(mine & theirs)
        return matched

    def _initials(self) -> None:
        by_initials: dict[str, set[str]] = {}
        for n in self._full():
            by_initials.setdefault(_initials(n), set()).add(n)
        for node in self._full():
            letters = node.replace(".", "")
            if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
                roots = {self.find(n) for n in by_initials.get(letters, ())}
                if len(roots) == 1:
                    target = roots.pop()
                    self.union(target, node, f"{letters} → {self.shown(target)}: initials")

    def shown(self, node: str) -> str:
        """Display name of ``node``'s actor: the alias target, else the fullest name."""
        root = self.find(node)
        best = self.target[root][1] if root in self.target else self.best[root]
        return _label(best) if self.person[best] else _strip_the(_label(best))

    def _fullness(self, node: str) -> tuple[int, int, int, str]:
        """Sort key: the most words, then accents, then mentions, then the name itself."""
        return (-len(_strip_the(_label(node)).split()), -sum(ord(c) > 127 for c in node),
                -self.count[node], node)

    def reasons(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for node, reason in self.why:
            out.setdefault(self.shown(node), []).append(reason)
        return {name: list(dict.fromkeys(reasons)) for name, reasons in out.items()}


def _label(node: str) -> str:
    return node.split("\t", 1)[0]


def _profile(nodes: list[str], values: pd.Series) -> dict[str, set[str]]:
    profile: dict[str, set[str]] = {}
    for node, value in zip(nodes, values):
        if isinstance(value, str) and value:
            profile.setdefault(node, set()).add(value)
    return profile


def _strip_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _initials(name: str) -> str:
    particles = words("name_particles")  # "de", "von": not part of initials
    parts = [w for w in re.split(r"[\s\-]+", _strip_the(name)) if w and w.lower() not in particles]
    return "".join(w[0] for w in parts).upper() if len(parts) > 1 else ""


def _ends_with(name: str, short: str) -> bool:
    return name_key(name).endswith(" " + name_key(short))


def _why(alias: str, name: str) -> str:
    """Reason for a spelling kit.lexicon.canonical or the article itself merged ("" for case only)."""
    if _strip_the(alias).casefold() == _strip_the(name).casefold():
        return ""
    how = ("same name up to accents and case" if name_key(alias) == name_key(name) else
           "short form of the full name in the same article" if _ends_with(name, alias) else
           "name variant (kit.lexicon.canonical or the alias table)")
    return f"{alias} → {name}: {how}"
