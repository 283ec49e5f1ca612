"""The names that stand for one actor: a union-find over names, with reasons.

:class:`NameGraph` is how :func:`kit.actors.actor_registry` merges names, in
this order: the alias table and kit.lexicon.canonical's spellings; the same
name up to accents and case; nicknames with the same surname; person names
equal but for one word spelt differently (:func:`close_spelling`: "Sergei" /
"Sergey Varlamin", "Abbas Tavaghchi" / "Tavaqchi"); given names transliterated another
way (``transliterations.csv``: "Mohamed" / "Muhammad"); a name without its patronymic
chain and the one fuller name with it ("Mishal al-Darwani" / "Mishal bin Fahd
al-Darwani"), or without its middle names ("Thomas Brandell" / "Thomas F. Brandell");
a family name one letter from the only other one beside the same given names
("Richard Penbrook" / "Richard Penbrooke");
a name without its first given name and last family name ("Lucía Ferrán" /
"Ana Lucía Ferrán Ibarguen", :meth:`NameGraph._inner_names`);
a short name and the longer person's name it ends or, as a family
name written first, starts ("Castillo", "Kim"), or whose first of two family names
it is ("Teztal" of "Ramiro Teztal Oquendo"), read in its own article first
(see ``NameGraph._short_names``), and a lone first name, the one person of its
article so named ("Mike" beside "Mike Dorrance"); a lone misspelt surname of one person
("Castelini"); initials. People with different known
sides never merge by spelling, nor do two names one sentence reads as two people
("Ministers Karel Novak and Carel Novak", :meth:`NameGraph._together`), nor a short name
and a person whose honorifics tell two sexes ("Mrs Vance", "Mr Vance": the mentions'
``sex``, :meth:`NameGraph._sexes_apart`). Each root keeps its fullest name (see
``NameGraph._fullness``), its alias-table target and its sides and roles up to
date as clusters merge, so merging stays near-linear in the number of names,
however many articles repeat one.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator

import pandas as pd

from kit.actors.offices import reading_keys
from kit.actors.spelling import (
    close_spelling,
    doubled,
    english_letters,
    final_e,
    given_spelling,
    hard_c,
    initial,
    one_letter_apart,
    ou_for_u,
    same_consonants,
    short_form,
    silent_final_h,
    spanish_spelling,
    suffixed,
    transliterated_letters,
    undoubled,
    vowel_spelling,
    vowels_apart,
)
from kit.extract.phrases import CONTEXT_CUE
from kit.extract.titles import lexicon
from kit.lexicon.calendar import languages as calendar_languages
from kit.lexicon.canonical import (
    after_a_patronymic,
    family_names,
    institutions_in_english,
    name_key,
)
from kit.lexicon.files import DEFAULT_LANG, lexicon_cache, read_table
from kit.lexicon.nicknames import nicknames
from kit.lexicon.transliterations import transliterations
from kit.lexicon.wordlists import words, words_in_any

ARTICLE = "al"  # how _spelling_variants writes every ``name_articles`` word ("el", "al")


class NameGraph:
    """Union-find over actor names; ``why`` keeps each merge's reason.

    Nodes are names, except short person names (the end of a longer person's
    name: "Castillo", "Ruiz Baltierra"; or its first word: "Kim", "Moon"):
    those are one node per article, so each article's use is resolved on its
    own evidence. Mentions are read in article order (``start_char``).
    """

    def __init__(self, mentions: pd.DataFrame, aliases: dict[str, str]) -> None:
        people = mentions[mentions["kind"] == "person"]
        persons = set(people["name"].tolist()) | set(people["corpus"].tolist())
        keys = [name_key(p).split() for p in persons]
        short = {" ".join(k[i:]) for k in keys for i in range(1, len(k))}  # the end of a longer name
        short |= {k[0] for k in keys if len(k) > 1}  # or its first word (a first name: "Mike")
        short |= {w for k in keys for w in _joined_heads(k)}  # or the first of two joined family names
        self.heads = _family_heads(persons)
        short |= set(self.heads.values())  # or the first of two family names ("Teztal" of "Ramiro Teztal Oquendo")
        self.node = {(n, a): f"{n}\t{a}" if n in persons and name_key(n) in short else n
                     for col in ("name", "corpus") for n, a in zip(mentions[col].tolist(), mentions["article_id"].tolist())}
        nodes = [self.node[k] for k in zip(mentions["name"].tolist(), mentions["article_id"].tolist())]
        corpus = [self.node[k] for k in zip(mentions["corpus"].tolist(), mentions["article_id"].tolist())]
        texts = mentions["text"].tolist() if "text" in mentions else mentions["name"].tolist()
        self.written = Counter(n for n, t in zip(nodes, texts) if name_key(t) == name_key(_label(n)))  # in full
        self.credits = _credits_only(nodes, mentions)
        self.groups = {n for n, kind in zip(nodes, mentions["kind"].tolist()) if kind == "group"}
        # per name: the languages of the articles that write it (``language``, when known)
        self.languages = _profile(nodes, mentions["language"]) if "language" in mentions else {}
        self.count = Counter(nodes) + Counter(corpus)
        self.first = {n: i for i, n in reversed(list(enumerate(nodes + corpus)))}  # where each is first read
        self.placed = _placed(nodes, mentions)
        self.opens = _first_mentions(self.placed)  # per name key, per article: where it is first named
        self.forced = {n: aliases[name_key(_label(n))] for n in self.count if name_key(_label(n)) in aliases}
        self.parent = {n: n for n in [*self.count, *self.forced.values()]}
        self.person = {n: _label(n) in persons or n in self.forced.values() for n in self.parent}
        self.read_as: dict[str, set[str]] = {}  # short forms kit.lexicon.canonical read in their article
        self.read_in = set(zip(map(name_key, texts), nodes))  # each name as written, and whom its article read in it
        for text, node in zip(mentions["text"].tolist(), nodes):
            part = name_key(text).split()
            if "\t" not in node and self.person[node] and _shortens(part, name_key(node).split()):
                self.read_as.setdefault(" ".join(part), set()).add(node)
        self.profile = {c: _profile(nodes, mentions[c]) for c in ("side", "role")}
        # the person a sentence ties each name to ("su padre, X"; "A's adviser, X")
        self.tied = _profile(nodes, mentions["affiliation"]) if "affiliation" in mentions else {}
        # the sides a sentence states, not those guessed from where the article is set
        # ("context: ...": the one state it names, a nationality word)
        stated = mentions["side"].where(~mentions["side_cue"].fillna("").str.startswith(CONTEXT_CUE), "") \
            if "side_cue" in mentions else mentions["side"]
        firm = _profile(nodes, stated)
        # per root, kept up to date by union: its fullest name and its sides/roles
        self.best = {n: n for n in self.parent}
        # per root: mentions of its full person names (which of several a short name is)
        self.mass = {n: self.count[n] if "\t" not in n and self.person[n] else 0 for n in self.parent}
        self.traits = {c: {n: set(p.get(n, ())) for n in self.parent} for c, p in self.profile.items()}
        self.firm = {n: set(firm.get(n, ())) for n in self.parent}
        # per root: the sexes the honorifics before its names tell ("Mr Vance": "m"; ``sex``)
        sexes = _profile(nodes, mentions["sex"]) if "sex" in mentions else {}
        self.sexes = {n: set(sexes.get(n, ())) for n in self.parent}
        # per root: the sentences its person names are read in (two named in one are two people)
        self.sentences: dict[str, set[tuple[str, object]]] = {n: set() for n in self.parent}
        said = mentions["sentence_id"].tolist() if "sentence_id" in mentions else range(len(mentions))
        self.read_at: dict[str, set[tuple[str, object]]] = {}  # per person name, never merged
        for node, article, sentence in zip(nodes, mentions["article_id"].tolist(), said):
            if self.person[node]:
                self.sentences[node].add((article, sentence))
                self.read_at.setdefault(node, set()).add((article, sentence))
        # per root holding an alias target: (the target's place in the alias table, the target)
        self.target: dict[str, tuple[int, str]] = {}
        for i, target in enumerate(self.forced.values()):
            self.target.setdefault(target, (i, target))
        self.why: list[tuple[str, str]] = []
        self._merge(sorted(set(zip(nodes, corpus, mentions["text"].tolist()))))

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
            self.best[a] = self._fuller(self.best[a], self.best.pop(b))
            self.mass[a] += self.mass.pop(b)
            for traits in (*self.traits.values(), self.firm, self.sexes):
                traits[a] |= traits.pop(b)
            mine, theirs = self.sentences[a], self.sentences.pop(b)
            if len(mine) < len(theirs):  # the smaller set into the larger: near-linear over all merges
                mine, theirs = theirs, mine
            mine |= theirs
            self.sentences[a] = mine
            if b in self.target:
                self.target[a] = min(self.target.get(a, self.target[b]), self.target.pop(b))
            self.note(keep, reason)

    def note(self, node: str, reason: str) -> None:
        if reason and (node, reason) not in self.why:
            self.why.append((node, reason))

    def _full(self, person: bool | None = None) -> list[str]:
        return sorted(n for n in self.parent if "\t" not in n and person in (None, self.person[n]))

    def _acting(self) -> list[str]:
        """The full person names of the corpus a short name may stand for: not those read
        only in credits ("By Tomas Varga", "(Tomas Varga/Outlet)": who wrote or took a picture
        of the story is not whom its "Mr. Varga" names)."""
        return [n for n in self._full(person=True) if n not in self.credits]

    def _merge(self, rows: list[tuple[str, str, str]]) -> None:
        for node, target in sorted(self.forced.items()):
            self.union(target, node, f"{_label(node)} → {target}: alias table")
        given: dict[str, str] = {}  # a name an article gives a person ("known as Timochenko")
        given_to: dict[str, set[str]] = {}  # each such name, and every person name articles give it
        for node, corpus, text in rows:
            if node != corpus:  # kit.lexicon.canonical merged the spelling across articles
                self.union(corpus, node, _why(_label(node), _label(corpus)))
            if name_key(text) != name_key(_label(node)):  # merged inside one article
                self.note(node, _why(text, _label(node)))
                part, full = name_key(text).split(), name_key(_label(node)).split()
                if "\t" not in node and self.person[node] and not _shortens(part, full) \
                        and not _shortens(full, part) and "".join(part) != "".join(full):
                    given.setdefault(name_key(text), node)
                    given_to.setdefault(name_key(text), set()).add(node)
        for node in [n for n in self.parent if "\t" not in n and name_key(n) in given]:
            if self.person[node] and self._may_join(given[name_key(node)], node, given=True):  # no sides at odds
                self.union(given[name_key(node)], node,
                           f"{node} → {given[name_key(node)]}: the name an article gives {given[name_key(node)]}")
        self._given_one_name(given_to)
        seen: dict[tuple[str, bool], str] = {}
        for node in self._full():
            # spaces too, in a person's name: "Elias Bou Tamer" and "Elias Boutamer"
            name = name_key(node)
            if self.person[node] and " " in name:
                name = name.replace(" ", "")
            elif not self.person[node] and " " not in name and name.endswith("s") and not name.endswith("ss"):
                name = name[:-1]  # "Houthis" and "Houthi": a group's name and its singular
            key = (name, self.person[node])
            if key in seen and not (self.person[node] and self._together(seen[key], node)):
                how = "same name up to accents, case and spaces" if self.person[node] or \
                    name_key(node) == name_key(seen[key]) else "one name, singular and plural"
                self.union(seen[key], node, f"{node} = {seen[key]}: {how}")
            seen.setdefault(key, node)
        pairs = nicknames()
        by_surname: dict[tuple[str, ...], list[tuple[str, str]]] = {}  # the words after the first
        for n in self._full(person=True):
            parts = name_key(n).split()
            if len(parts) > 1:
                by_surname.setdefault(tuple(parts[1:]), []).append((parts[0], n))
        for people in by_surname.values():
            for (fa, a), (fb, b) in itertools.product(people, people):
                if (fa, fb) in pairs and not self._together(a, b):  # "Liz Novak and Elizabeth Novak"
                    self.union(b, a, f"{a} → {b}: {a.split()[0]} is short for {b.split()[0]} (nicknames.csv)")
        self._demonym_groups()
        self._spelling_variants()
        self._transliterated()
        self._spelt_in_spanish()
        self._three_word_given_spellings()
        self._reordered()
        self._patronymic_chains()
        self._articles_left_out()
        self._articles_spelt_apart()
        self._particles_joined()
        self._middle_names()
        self._house_names()
        self._initialled_names()
        self._second_surnames()
        self._family_name_typos()
        self._family_name_vowels()
        self._suffixed_family_names()
        self._family_names_transliterated()
        self._vowels_transliterated()
        self._inner_names()
        self._first_given_and_family_names()
        self._short_names()
        self._given_name_inside()
        self._misspelt_surnames()
        self._transliterated_surnames()
        self._transliterated_one_word_names()
        self._initials()

    def _demonym_groups(self) -> None:
        """Groups named by demonyms of one country, in any language and number ("the
        Lebanese", "libaneses", ``demonyms.csv``: a term of one country only), are one
        actor, shown under the English term (the registry's language) when one is written."""
        terms = _demonym_terms()
        by_country: dict[str, list[str]] = {}
        for node in sorted(self.groups):
            if "\t" not in node and not self.person[node] and (found := terms.get(name_key(node))):
                by_country.setdefault(found[0], []).append(node)
        for country, named in sorted(by_country.items()):
            keep = min(named, key=lambda n: (terms[name_key(n)][1] != DEFAULT_LANG, self._fullness(n)))
            for node in named:
                if node != keep:
                    self.union(keep, node, f"{node} → {keep}: demonyms of {country} (demonyms.csv)")
            if len(named) > 1:
                self.best[self.find(keep)] = keep

    def _given_one_name(self, given_to: dict[str, set[str]]) -> None:
        """Two person names that articles give one same other name ("Ana Ruiz Soto, alias
        Tita", "Ana Ruiz, alias Tita"; ``given_to``: each name given, and to whom), one the other
        without its last words (a second family name left out), are one person's, when no side
        a sentence states and no role is at odds: a name the text itself gives a person, a nom
        de guerre, is seldom another's. A name ending in a given name is a first name, no person."""
        given = _given_names()
        for alias, nodes in sorted(given_to.items()):
            for short, long in itertools.permutations(sorted(nodes), 2):
                part, full = name_key(short).split(), name_key(long).split()
                if 2 <= len(part) < len(full) and full[:len(part)] == part and part[-1] not in given \
                        and self._may_join(short, long, stated=True) and not self._at_odds(short, self.find(long)):
                    self.union(long, short, f"{short} → {self.shown(long)}: the same name without its last "
                                            f"family name, the articles giving both the name {alias!r}")

    def _may_join(self, a: str, b: str, stated: bool = False, given: bool = False) -> bool:
        """Two person clusters apart so far, with no contradicting sides (a state and
        one of its bodies are one side here: "Poland" and "Polish Foreign Ministry",
        :func:`_states_of`); with ``stated``, only the sides a sentence states count, not
        those guessed from context (the one state an article names, a nationality word):
        for names whose words already say they are one person's; when neither has a side a
        sentence states, the guessed ones are all there is and count ("TEGUCIGALPA — el
        canciller Carlos Ortiz" and "MANAGUA — el canciller Carlos Ortiz Mena": two ministers).
        Names one sentence reads as two entities never join (:meth:`_together`), unless
        ``given``: an article gives one name as the other's, and a sentence may read both
        ("Ram Kamal Dhakal, known as Pratapi")."""
        ra, rb = self.find(a), self.find(b)
        if not given and self._together(ra, rb):
            return False
        sides = self.firm if stated and (self.firm[ra] or self.firm[rb]) else self.traits["side"]
        if ra == rb or not (sides[ra] and sides[rb]) or _share(sides[ra], sides[rb]):
            return ra != rb
        return bool(_states_of(frozenset(sides[ra])) & _states_of(frozenset(sides[rb])))

    def _together(self, a: str, b: str) -> bool:
        """Two clusters apart so far whose names one sentence reads as two entities ("Ministers
        Karel Novak and Carel Novak", "Elena Ruiz y María Elena Ruiz Soto"): two people,
        whatever rule their spellings meet."""
        ra, rb = self.find(a), self.find(b)
        return ra != rb and bool(self.sentences[ra] & self.sentences[rb])

    def _spelling_variants(self) -> None:
        """Same person names but for one word spelt differently ("Sergei"/"Sergey Varlamin";
        a family name with or without a silent final "e", or of three letters with a letter
        doubled or not (:func:`~kit.actors.spelling.doubled`: "Tomasz Oru"/"Orru"), when a side
        or role of theirs agrees and none differs: "Richard Halbrook(e)"; not "Michael Brown(e)" read alone;
        name articles are one word: "Shams El Din Qattabi"/"Shams al-Din Qatabi"),
        or for several, each a spelling of the other's ("Vasily Kurbenya"/"Vassily Kurbenia"); an "ou"
        written "u" (:func:`~kit.actors.spelling.ou_for_u`: "Fouad"/"Fuad") not when their roles
        differ (:meth:`_roles_differ`: "Louis Fabre", an envoy, and "Luis Fabre", a minister); a "c"
        and a "k" opening a word ("Kostas"/"Costas", :func:`~kit.actors.spelling.hard_c`) only when no
        third name so written but for that word is in the corpus.

        Names are bucketed by their other words and the first letter of the one
        that differs, so only names that could merge are compared.
        """
        buckets: dict[tuple[int, str, tuple[str, ...]], list[tuple[str, str]]] = {}
        for node in self._full(person=True):
            key = _articles_folded(node)  # "Shams El Din" / "Shams al-Din": one article, two spellings
            if len(key) > 1:
                for i, word in enumerate(key):
                    buckets.setdefault((i, initial(word), (*key[:i], *key[i + 1:])), []).append((word, node))
        spelt: dict[tuple[int, tuple[str, ...]], set[str]] = {}
        for (i, _, rest), bucket in buckets.items():
            spelt.setdefault((i, rest), set()).update(w for w, _ in bucket)
        for (i, _, rest), bucket in buckets.items():
            last = i == len(rest)  # the family name: a silent final "e" is one spelling
            for (wa, a), (wb, b) in itertools.combinations(bucket, 2):
                if hard_c(wa, wb) and spelt[(i, rest)] - {wa, wb}:
                    continue  # "Kostas"/"Costas" and a "Konstantinos" of that family: kin, maybe
                if wa != wb and (close_spelling(wa, wb) or last and (final_e(wa, wb) or doubled(wa, wb))
                                 and self._agrees(a, self.find(b))) \
                        and self._may_join(a, b) and not (ou_for_u(wa, wb) and self._roles_differ(a, b)):
                    keep, other = sorted((a, b), key=self._fullness)
                    self.union(keep, other, f"{other} → {keep}: spelling variant "
                                            f"({_word_of(other, wa, wb)} ~ {_word_of(keep, wa, wb)})")
        # every word spelt another way ("Vasily Kurbenya" / "Vassily Kurbenia"): names of
        # as many words, each with the same first and last letters and about as long
        shapes: dict[tuple[tuple[str, str, int], ...], list[tuple[list[str], str]]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) > 1 and all(w.isalpha() for w in key):
                shape = tuple((initial(w), w[-1], len(w) // 4) for w in key)
                shapes.setdefault(shape, []).append((key, node))
        for shaped in shapes.values():
            for (ka, a), (kb, b) in itertools.combinations(shaped, 2):
                differ = [(x, y) for x, y in zip(ka, kb) if x != y]
                if len(differ) > 1 and all(close_spelling(x, y) for x, y in differ) and self._may_join(a, b):
                    keep, other = sorted((a, b), key=self._fullness)
                    self.union(keep, other, f"{other} → {keep}: spelling variant of every word")
        # a long name's given names spelt another way, its last two words the same
        # ("Abd-Rahim Salem Qudsi" / "Abed Raheem Salem Qudsi"): short words too
        ends: dict[tuple[str, ...], list[tuple[list[str], str]]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) >= 4 or (len(key) == 3 and "-" in node):
                ends.setdefault((*key[-2:], str(len(key))), []).append((key, node))
        for named in ends.values():
            for (ka, a), (kb, b) in itertools.combinations(named, 2):
                differ = [(x, y) for x, y in zip(ka[:-2], kb[:-2]) if x != y]
                if differ and all(given_spelling(x, y) for x, y in differ) and self._may_join(a, b):
                    keep, other = sorted((a, b), key=self._fullness)
                    self.union(keep, other, f"{other} → {keep}: given names spelt another way")

    def _transliterated(self) -> None:
        """Person names spelt alike once each given name is written one way
        (``transliterations.csv``: "Mohamed"/"Muhammad", "Hacen"/"Hassan") and each name
        article is one word ("El"/"el-"/"al-"): "Mohamed Ibrahim Zarouk" / "Muhammad Ibrahim
        Zarouk", "Mohamed El Hacen Wedadi" / "Mohammed el-Hassan Wedadi". The family name
        (the last word) stays as written, and the words of both names must match one by one:
        "Mohamed Zarouk" and "Mohamed Ibrahim Zarouk" are another rule's; names apart by their
        articles only ("Ahmed al-Hassan", "Ahmed el-Hassan") are not joined here. Sides at odds,
        roles with no word in common (:meth:`_roles_differ`: two men named Muhammad) or one
        sentence naming both keep them apart (:meth:`_may_join`)."""
        table = transliterations()
        folded: dict[tuple[str, ...], list[tuple[list[str], str]]] = {}
        for node in self._full(person=True):
            key = _articles_folded(node)
            if len(key) > 1:
                folded.setdefault((*[table.get(w, w) for w in key[:-1]], key[-1]), []).append((key, node))
        for named in folded.values():
            for (ka, a), (kb, b) in itertools.combinations(named, 2):
                if ka != kb and self._may_join(a, b) and not self._roles_differ(a, b):  # not an article only
                    keep, other = sorted((a, b), key=self._fullness)
                    self.union(keep, other, f"{other} → {keep}: given names transliterated another "
                                            "way (transliterations.csv)")

    def _spelt_in_spanish(self) -> None:
        """A person name written in Spanish articles only and one written in articles of
        other languages only, word for word the same name as the Spanish transliterate
        Arabic (:func:`~kit.actors.spelling.spanish_spelling`: "j" for "kh", "y" for "j",
        "z" for "th", "u" for "ou": "Omar bin Jalid al Zaid" / "Omar bin Khalid Al Thaid"; the
        closing "h" of "-ah" left out: "Osk Velmulá" / "Osk Velmullah", :func:`~kit.actors.spelling.silent_final_h`),
        each name article one word, at least two words; one such name of the other
        languages only, no side at odds and no roles apart (:meth:`_may_join`,
        :meth:`_roles_differ`); shown as the other languages write it. Names written in the same language are not read so: in one
        language "Yang" and "Jang" are two names."""
        if not self.languages:
            return
        others: dict[tuple[str, ...], set[str]] = {}
        spanish: list[tuple[list[str], str]] = []
        for node in self._full(person=True):
            langs, key = self.languages.get(node, set()), _articles_folded(node)
            if len(key) < 2 or not langs:
                continue
            if langs == {"es"}:
                spanish.append((key, node))
            elif "es" not in langs:
                others.setdefault(tuple(short_form(silent_final_h(w)) for w in key), set()).add(node)
        for key, node in spanish:
            found: set[str] = set()
            for spelt in itertools.product(*({short_form(silent_final_h(w)), short_form(silent_final_h(english_letters(w)))}
                                             for w in key)):
                found |= others.get(spelt, set())
            roots = {self.find(n) for n in found} - {self.find(node)}
            if len(roots) == 1 and self._may_join(node, root := roots.pop()) and not self._roles_differ(node, root):
                shown = self.best[root]  # the other articles' spelling, however its particles are written
                self.union(root, node, f"{node} → {self.shown(root)}: the same name as Spanish transliterates it "
                                       "(j for kh, y for j, z for th)")
                self.best[root] = shown

    def _three_word_given_spellings(self) -> None:
        """Person names of three words, no hyphen, whose last two words agree and whose first
        is a given name spelt another way (:func:`~kit.actors.spelling.given_spelling`:
        "Sayid Farhod Qaroti" / "Said Farhod Qaroti") in its vowels alone
        (:func:`~kit.actors.spelling.same_consonants`: "Rami Adel Haddad" and "Ramzi Adel
        Haddad" are brothers, the father's and family's names shared), when no side is at odds (:meth:`_may_join`)
        and their roles do not differ (:meth:`_roles_differ`: two offices, two people): the
        rule :meth:`_spelling_variants` applies to longer names, read here after the
        transliteration table has joined what it knows ("Mohamed"/"Muhammad")."""
        ends: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) == 3 and "-" not in node:
                ends.setdefault((key[1], key[2]), []).append((key[0], node))
        for named in ends.values():
            for (wa, a), (wb, b) in itertools.combinations(named, 2):
                if wa != wb and given_spelling(wa, wb) and same_consonants(wa, wb) and self._may_join(a, b) \
                        and not self._roles_differ(a, b):
                    keep, other = sorted((a, b), key=self._fullness)
                    self.union(keep, other, f"{other} → {keep}: given names spelt another way")

    def _reordered(self) -> None:
        """Person names of three words or more with the same first word and the same other
        words in another order ("Thomas Sackor Dweh" / "Thomas Dweh Sackor": an outlet that
        takes the wrong word for the family name), when they are the only two so written
        and no side a sentence states is at odds (:meth:`_may_join`): the words say one
        person; one sentence naming both keeps them apart, and so do roles with no word in
        common (:meth:`_roles_differ`) where a Spanish article (or one of unknown language)
        writes either name: "Julio
        Pérez Lagos" and "Julio Lagos Pérez" are two people's names in Spanish, whose two
        family names keep their order; elsewhere "chairman" and "leader" are one man's."""
        orders: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) >= 3:
                orders.setdefault((key[0], tuple(sorted(key[1:]))), set()).add(node)
        for named in orders.values():
            if len({tuple(name_key(n).split()) for n in named}) != 2:
                continue  # one order only, or three: which is whose?
            a, b = sorted(named, key=self._fullness)[:2]
            written = self.languages.get(a, set()) | self.languages.get(b, set())
            spanish = not written or "es" in written  # a language unknown: maybe Spanish
            if tuple(name_key(a).split()) != tuple(name_key(b).split()) and self._may_join(a, b, stated=True) \
                    and not (spanish and self._roles_differ(a, b)):
                self.union(a, b, f"{b} → {self.shown(a)}: the same names in another order")

    def _patronymic_chains(self) -> None:
        """A name without its patronymic chain ("Mishal al-Darwani") joins the one
        fuller name with the same first and last words ("Mishal bin Fahd al-Darwani"),
        and a name that ends with a father's name ("Hamad bin Jassim") the one fuller
        name it opens ("Hamad bin Jassim bin Jaber Al Thani"), the rest of the chain and
        the family name left out, as Arabic names are shortened."""
        links = words("patronymics")
        fuller: dict[str, set[tuple[str, str]]] = {}  # a shorter name: the fuller names, and how it is cut
        for node in self._full(person=True):
            key = name_key(node).split()
            for short in _without_chain(key, links):
                fuller.setdefault(short, set()).add((node, "without its patronymic (bin, ibn, ...)"))
            for short in _to_father(key, links):
                fuller.setdefault(short, set()).add((node, "cut after its father's name"))
        for node in sorted(self._full(person=True), key=lambda n: -len(name_key(n).split())):  # longest first
            found = fuller.get(name_key(node), set())
            roots = {self.find(n) for n, _ in found} - {self.find(node)}
            if len(roots) == 1 and self._may_join(node, root := roots.pop()):
                why = next(w for n, w in sorted(found) if self.find(n) == root)
                self.union(root, node, f"{node} → {self.shown(root)}: the same name {why}")

    def _middle_names(self) -> None:
        """A name without its middle names or initials ("Thomas Brandell", "Carlos Yamil",
        "Benigno Dalisay III") joins the one fuller name with the same first and last
        words and those between ("Thomas F. Brandell", "Carlos Saúl Yamil", "Benigno S.
        Dalisay III"), with a generational suffix or regnal number or not (``name_suffixes``:
        "Jr.", "III"; "Juan Tomás" and "Juan Tomás I";
        "Benigno Dalisay" beside "Benigno Dalisay Jr." and "Benigno Dalisay III" joins
        neither, nor a "Robert Whitcombe" whose role is at odds with "Robert Whitcombe Jr."'s:
        the suffix says a father or son shares the name), or the one fuller name whose family
        name differs only by a doubled letter (:func:`~kit.actors.spelling.doubled`: "Mara
        Ventel" / "Mara Osk Ventell"), unless a side a sentence states is at odds (one guessed from context, a
        nationality word beside an office's body, is not). A name that only adds another last word is another person's as often
        ("Tomás Verdú" / "Tomás Verdú Sierra", his son): no merge. A name with no such
        fuller name may have a nickname for the given name (``nicknames.csv``): "Jimmy Pruett"
        joins the one "James Earl Pruett" on the same terms, unless their roles have no word in
        common (:meth:`_roles_differ`: a son "Bill X" may be the father "William Y X")."""
        fuller: dict[str, set[str]] = {}
        spelt: dict[str, set[str]] = {}  # without middle names, the family name's doubled letters single
        suffixes = words("name_suffixes")
        for node in self._full(person=True):
            key = name_key(node).split()
            # "Benigno S. Dalisay III" is "Benigno Dalisay III", "Benigno S. Dalisay", "Benigno Dalisay"
            forms = [key, key[:-1]] if len(key) > 2 and key[-1] in suffixes else [key]
            fuller.setdefault(" ".join(forms[-1]), set()).add(node)
            for form in forms:
                for i in range(1, len(form) - 1):
                    for j in range(i + 1, len(form)):
                        fuller.setdefault(" ".join(form[:i] + form[j:]), set()).add(node)
                        if form is key:
                            spelt.setdefault(" ".join([*form[:i], *form[j:-1], undoubled(form[-1])]), set()).add(node)
        # longest first: "Benigno Dalisay III" joins "Benigno S. Dalisay III" before
        # "Benigno Dalisay" looks for the one fuller name
        formal: dict[str, set[str]] = {}  # a nickname's given names ("jimmy": "james")
        for nick, name in nicknames():
            formal.setdefault(nick, set()).add(name)
        for node in sorted(self._full(person=True), key=lambda n: -len(name_key(n).split())):
            key = name_key(node).split()
            named, how = fuller.get(" ".join(key), set()), "names, initials or suffix (Jr., III)"
            nicknamed = len(key) > 1 and not {self.find(n) for n in named} - {self.find(node)}
            if nicknamed:
                # "Jimmy Pruett" / "James Earl Pruett": a nickname for the given name too
                named = set().union(*(fuller.get(" ".join([f, *key[1:]]), set()) for f in formal.get(key[0], ())))
                how = f"names, {_word_of(node, key[0])} short for its given name (nicknames.csv)"
            if len(key) > 1 and not {self.find(n) for n in named} - {self.find(node)}:
                # "Adam Tigal" / "Adam Haroun Tiggal": middle names, and a letter doubled in the family name
                named = {n for n in spelt.get(" ".join([*key[:-1], undoubled(key[-1])]), set())
                         if doubled(key[-1], name_key(n).split()[-1])}
                how, nicknamed = "names, its family name with a letter doubled", False
            roots = {self.find(n) for n in named} - {self.find(node)}
            if len(key) > 1 and len(roots) == 1 and \
                    self._may_join(node, root := roots.pop(), stated=True) and \
                    not (self._suffixed(node, named) and self._at_odds(node, root)) and \
                    not (nicknamed and self._roles_differ(node, root)):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its middle {how}")

    def _house_names(self) -> None:
        """A monarch's name with the house after a particle ("Juan Tomás de Osk", "Osk of Tarn")
        joins the one monarch named by the words before it: a person some of whose names end
        in a regnal number (``name_suffixes``: "Juan Tomás I") or whose role is a regnal title
        (``regnal_titles``: "King"), when no side is at odds (:meth:`_may_join`). Any other
        person's given names and a family name after "de" are his own ("Juan Tomás" is no
        "Juan Tomás de la Vega")."""
        particles, suffixes = words("name_particles"), words("name_suffixes")
        regnal = {name_key(w) for w in words_in_any("regnal_titles")}
        keys: dict[str, set[str]] = {}
        for node in self._full(person=True):
            keys.setdefault(name_key(node), set()).add(node)
        members: dict[str, set[tuple[str, ...]]] = {}
        for node in self._full(person=True):
            members.setdefault(self.find(node), set()).add(tuple(name_key(node).split()))

        def monarch(root: str) -> bool:
            roles = {w for r in self.traits["role"][root] for w in name_key(r).split()}
            return bool(roles & regnal) or any(len(k) > 2 and k[-1] in suffixes for k in members.get(root, ()))

        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) < 3 or key[-2] not in particles:
                continue
            roots = {self.find(n) for n in keys.get(" ".join(key[:-2]), ())} - {self.find(node)}
            if len(roots) == 1 and monarch(root := roots.pop()) and self._may_join(node, root):
                self.union(root, node, f"{node} → {self.shown(root)}: a monarch's name and his house")

    def _suffixed(self, node: str, fuller: set[str]) -> bool:
        """``node`` has no ``name_suffixes`` word and one of the ``fuller`` names it could join
        ends in one ("Robert Whitcombe" beside "Robert Whitcombe Jr.": the suffix says a
        father or son shares the name; not a regnal "I", ``first_name_suffixes``: the first
        monarch of the name, "Juan Tomás I", has no namesake before him, and is "Juan Tomás" as a
        prince and as a king)."""
        suffixes, first = words("name_suffixes"), words("first_name_suffixes")
        return name_key(node).split()[-1] not in suffixes and any(
            name_key(_label(n)).split()[-1] in suffixes - first for n in fuller)

    def _initialled_names(self) -> None:
        """A name whose words before the last are initials ("V. Selvarajan", "J.K.
        Asamoah", "G. L. Pathirana") joins the one fuller name with that last word whose
        words before it start with those letters ("Velupillai Selvarajan", "John
        Kwame Asamoah"), else the names written with the same initials ("G.L. Pathirana").
        A name written family name first (``family_names.csv``) with a given name of
        syllables joined by hyphens is so initialled in the Western order too: "T.Y. Wong"
        is the "Wong Tak-yan" of another sentence (:func:`_family_first_initials`)."""
        full: dict[tuple[str, str], set[str]] = {}
        initialled: dict[tuple[str, str], list[str]] = {}
        for node in self._full(person=True):
            words = node.split()
            if len(words) < 2:
                continue
            letters = [_letters_of_initials(w) for w in words[:-1]]
            key_last = name_key(words[-1])
            if all(letters):
                initialled.setdefault(("".join(letters), key_last), []).append(node)
            elif not any(letters):
                full.setdefault(("".join(w[0].upper() for w in words[:-1]), key_last), set()).add(node)
                if (reversed_key := _family_first_initials(words)) is not None:
                    full.setdefault(reversed_key, set()).add(node)
        for key, nodes in initialled.items():
            roots = {self.find(n) for n in full.get(key, ())}
            if not roots:  # "G. L. Pathirana" / "Gunalal Pathirana": given names written as one word
                roots = {self.find(n) for (letters, last), named in full.items() if last == key[1]
                         for n in named if _initials_spell(key[0], n.split()[:-1])}
            target = roots.pop() if len(roots) == 1 else nodes[0]
            for node in nodes:
                if node != target and self._may_join(node, target):
                    self.union(target, node, f"{node} → {self.shown(target)}: the same name with "
                                             "initials for its first names")

    def _second_surnames(self) -> None:
        """A name of two words or more and the one name that adds a last word to it
        ("Rodrigo Zapiain" / "Rodrigo Zapiain Urrego": a second family name left
        out; "Rafael Ibarra" / "Rafael Ibarra Celaya", never "Tomás Ibarra Celaya")
        join when a role of theirs agrees and no side a sentence states is at odds (a side
        guessed from context, a nationality word or the one state an article names, does
        not count): a name that adds a word is another person's as often ("Tomás Verdú"
        / "Tomás Verdú Sierra", his son, a deputy), so the readings must say it is one
        person. A double family name
        is one last word ("Eduardo Valdo" / "Eduardo Valdo Ruiz-Olabe"), and so is a
        family or tribal name with its article ("Al-Sufri", "al Darwani":
        ``name_articles``), which names the same person's lineage: for it a side
        shared is enough, if no role is at odds ("Malik Hamdan" / "Malik Hamdan
        Al-Sufri"). With no readings that agree, an article that names the fuller name
        first and the short one after it says it is one person, when no sentence ties the
        short one to another (:meth:`_shortened_after`) and no present role is at odds (a
        role held before is another of the person's: "the chief negotiator Tomás Ruiz Lugo
        ... Ruiz, a former vice-president ... Tomás Ruiz"); so does an article that calls the
        fuller name's person by the short name's last word alone, the first of their two
        family names ("Ayuel Dengar" / "Ayuel Dengar Makol ... Dengar": :meth:`_goes_by_last_word`). A short name ending in a given name ("Juan Manuel") is a first
        name, not a person."""
        fuller: dict[str, dict[str, str]] = {}  # the name without its last word -> {name: last word}
        for node in self._full(person=True):
            for rest, last in _without_last_surname(_label(node)):
                fuller.setdefault(rest, {})[node] = last
        given, articles = _given_names(), words("name_articles")
        alone: dict[str, list[str]] = {}  # each article's one-word short names, by name key
        for short in (n for n in self.parent if "\t" in n and " " not in name_key(_label(n))):
            alone.setdefault(name_key(_label(short)), []).append(short)
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) < 2 or key[-1] in given:
                continue
            longer = fuller.get(" ".join(key), {})
            roots = {self.find(n) for n in longer} - {self.find(node)}
            if len(roots) != 1 or not self._may_join(node, root := roots.pop(), stated=True):
                continue
            lineage = any(self.find(n) == root and last.split()[0] in articles for n, last in longer.items())
            if _share(self.traits["role"][self.find(node)], self.traits["role"][root]):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "last family name, with the same role and no side stated apart")
            elif any(self.find(n) == root and " " in last and last.split()[0] not in articles
                     for n, last in longer.items()) and not self._at_odds(node, root):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "second family name with its particle, no side or role at odds")
            elif lineage and self._shares_side(node, root) and not self._at_odds(node, root):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "family name with its article (al-, el-), with the same side")
            elif not self._at_odds(node, root, present=True) and \
                    self._shortened_after(node, [n for n in longer if self.find(n) == root]):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "last family name, named after the full name in its article")
            elif not self._at_odds(node, root) and \
                    self._goes_by_last_word(node, [n for n in longer if self.find(n) == root], alone):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "last family name, an article calling the fuller name by its first")
        self._second_surnames_across(fuller)

    def _second_surnames_across(self, fuller: dict[str, dict[str, str]]) -> None:
        """What :meth:`_second_surnames` leaves apart, a name and the one name that adds
        a last family name to it ("Ana Pérez" / "Ana Pérez Lugo", written so in different
        articles: Spanish names carry two family names, often cut to the first), join when
        no one else of the corpus could be meant, nothing is at odds and the readings say it
        is one person: no other person of the corpus has that family name ("Luis Pérez
        Lugo" and his brother "Juan Pérez Lugo": a "Luis Pérez" may be their father); no
        side a sentence states or role differs; no sentence ties it to another person; and,
        when no article names the short name before the fuller one, the two are one list written
        twice, a sentence naming the short name beside a third person whom a sentence
        naming the fuller one writes another way (:meth:`_in_same_company`: "Gerardo
        Cordovés, Ramón Esquijarosa y ..." and "Gerardo Cordovés Bretón, Ramón Esquijarosa
        Salazar y ..."), or the fuller name is read only in roll-calls of the corpus's people
        (:meth:`_in_roll_call`: a recap naming each protagonist by the formal name, "Ana Pérez
        Lugo, por el Gobierno; Tomás Río, por la oposición; ..."), even after the article named the short
        one (the recap closing it), unless a sentence ties the fuller name to another person ("su hijo,
        Tomás Verdú Sierra"). A name with nothing more is not enough: "Tomás Verdú" and
        "Tomás Verdú Sierra", father and son, are each read with no role in some
        article, and beside the same negotiator, written the same way."""
        given = _given_names()
        family: dict[str, set[str]] = {}  # a family-name word -> the person names holding it
        for node in self._full(person=True):
            for word in name_key(node).split()[1:]:
                family.setdefault(word, set()).add(node)
        said, held = self._full_name_sentences()
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) < 2 or key[-1] in given:
                continue
            longer = [n for n in fuller.get(" ".join(key), {})]
            roots = {self.find(n) for n in longer} - {self.find(node)}
            if len(roots) != 1 or not self._may_join(node, root := roots.pop(), stated=True) \
                    or self._at_odds(node, root):
                continue
            mine = {self.find(node), root}
            if any(self.find(n) not in mine for n in family.get(key[-1], ())):
                continue  # another person of that family: which one stays open
            long = [n for n in longer if self.find(n) == root]
            if any(self.person.get(tie, False) for tie in self.tied.get(node, ())):
                continue
            first = any(self._named_after(n, node) for n in long)  # "X ... su hijo, X Soto": a son, often
            tied = any(self.person.get(tie, False) for n in long for tie in self.tied.get(n, ()))
            if not first and self._in_same_company(node, root, said, held[root]):
                held[root] |= held.pop(self.find(node), set())
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "last family name, no one else of the corpus so named")
            elif not (first and tied) and self._in_roll_call(node, root, said, held[root]):
                held[root] |= held.pop(self.find(node), set())
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its "
                                       "last family name, the fuller one only in a roll-call of the corpus's people")

    def _full_name_sentences(self) -> tuple[dict[tuple[str, object], set[str]], dict[str, set[tuple[str, object]]]]:
        """The sentences that read full person names (no article's short name), read once:
        per sentence, the names it reads; per root, the sentences its names are read in."""
        said: dict[tuple[str, object], set[str]] = {}
        held: dict[str, set[tuple[str, object]]] = {}
        for node in self._full(person=True):
            sentences = self.read_at.get(node, set())
            held.setdefault(self.find(node), set()).update(sentences)
            for sentence in sentences:
                said.setdefault(sentence, set()).add(node)
        return said, held

    def _in_same_company(self, node: str, root: str, said: dict[tuple[str, object], set[str]],
                         fuller: set[tuple[str, object]]) -> bool:
        """A sentence reading the name ``node`` and one reading a name of ``root`` (``fuller``:
        the sentences its full names are read in) each read two other people or more, one
        same person among them under another of its names (a list written once with short
        names, once with full ones). One other person only is
        no list: a president named beside the father in one article and beside the son
        in another ("Luis Vera ... la presidenta Marta Quiroga" / "Luis Vera Soto ... la
        presidenta Marta Quiroga Sanz")."""
        mine = {self.find(node), root}

        def company(sentence: tuple[str, object]) -> dict[str, set[str]]:
            found: dict[str, set[str]] = {}
            for name in said.get(sentence, ()):
                if self.find(name) not in mine:
                    found.setdefault(self.find(name), set()).add(name)
            return found

        lists = [full for full in map(company, sorted(fuller, key=str)) if len(full) >= 2]  # each read once
        for short in map(company, sorted(self.read_at.get(node, set()), key=str)):
            if len(short) >= 2 and any(short[r] != full[r] for full in lists for r in short.keys() & full.keys()):
                return True
        return False

    def _in_roll_call(self, node: str, root: str, said: dict[tuple[str, object], set[str]],
                      fuller: set[tuple[str, object]]) -> bool:
        """Every sentence reading a name of ``root`` (``fuller``: the sentences its full
        names are read in) is a roll-call: it names three other people or more, each of
        whom another article names too and the corpus reads with a role or side (a recap
        listing the corpus's protagonists by their formal names: "Ana Pérez Lugo, por el
        Gobierno; Tomás Río, por la oposición; ..."), and a sentence of another article
        reads the short name ``node``. A list of strangers, or of people named elsewhere
        with no role or side ("los presos liberados: Ana Ruiz Soto, ...", whose mother
        "Ana Ruiz" another article quotes), says nothing of whom the short name is; nor
        does a fuller name read outside a list (a son named on his own)."""
        mine = {self.find(node), root}

        def named_elsewhere(other: str, article: str) -> bool:
            one = self.find(other)
            return any(a != article for a, _ in self.sentences[one]) \
                and any(traits[one] for traits in self.traits.values())

        if not fuller:
            return False
        for article, sentence in fuller:
            others = {self.find(n) for n in said.get((article, sentence), ())} - mine
            if len([o for o in others if named_elsewhere(o, article)]) < 3:
                return False
        written = {a for a, _ in fuller}
        return any(a not in written for a, _ in self.read_at.get(node, set()))

    def _goes_by_last_word(self, short: str, fuller: list[str], alone: dict[str, list[str]]) -> bool:
        """An article calls the person of the ``fuller`` names by the last word of ``short``
        alone, the first of their two family names (:func:`_first_family_name`: "Ayuel Dengar
        Makol ... Dengar has staked"), the one longer name of that article it can be: the
        person goes by that word, so ``short`` ("Ayuel Dengar") is their name without the last.
        Not when an article names ``short`` before a fuller name ("Tomás Verdú ... su hijo,
        Tomás Verdú Sierra") or a sentence ties it to another person ("su padre, X")."""
        word = name_key(short).split()[-1]
        roots = {self.find(n) for n in fuller if self.heads.get(n) == word}
        if not roots or self.tied.get(short) or any(self._named_after(n, short) for n in fuller):
            return False
        return any(len(before) == 1 and before <= roots
                   for before, _ in map(self._in_article, alone.get(word, ())))

    def _shortened_after(self, short: str, fuller: list[str]) -> bool:
        """``short`` is the short form of the ``fuller`` names: an article names one of
        them first and ``short`` after it ("Raúl Ferrer Ruiz ... Raúl Ferrer"); no article
        names ``short`` before them ("Tomás Verdú ... su hijo, Tomás Verdú Sierra");
        and no sentence ties ``short`` to another person ("su padre, Teodoro Vallecillo":
        a father often has his son's name without the mother's family name;
        ``affiliation`` in the roles table); nor does an article write the words ``short``
        leaves out alone for the fuller name ("George Walker Hale ... Hale said ...
        George Walker, a dock worker": the person goes by the word left out, so it is his
        family name, and the name without it is another's; "Raúl Ferrer Ruiz" goes by
        "Ferrer", never "Ruiz")."""
        if any(self._named_after(n, short) for n in fuller) or \
                not any(self._named_after(short, n) for n in fuller):
            return False
        size = len(name_key(short).split())
        if any((" ".join(name_key(n).split()[size:]), n) in self.read_in for n in fuller):
            return False  # the fuller name's person goes by the words left out
        return not self.tied.get(short)

    def _inner_names(self) -> None:
        """A name of two words or more that is a longer name without its first given name
        and its last family name ("Lucía Ferrán" of "Ana Lucía Ferrán Ibarguen": a
        compound given name cut to its second part, the mother's family name left out)
        joins the one person so named when something says it is that person
        (:meth:`_inner_evidence`: "Elena Ruiz", a teacher of another article, is no
        "María Elena Ruiz Soto"), unless a side or role is at odds or an article names
        the shorter name before the longer one ("Tomás Verdú ... su hijo, Tomás Verdú
        Guerra": a fuller name given after the shorter one introduces someone else). A
        name without only its last family name is left to :meth:`_second_surnames`, which
        needs a role that agrees: a father is often his son's name without the mother's
        family name ("El diputado Teodoro Vallecillo Mena ... su padre, Teodoro
        Vallecillo")."""
        inner: dict[str, set[str]] = {}  # the middle words of a name of four words or more
        for node in [n for n in self.parent if self.person[n]]:
            key = name_key(_label(node)).split()
            if len(key) >= 4:
                inner.setdefault(" ".join(key[1:-1]), set()).add(node)
        for node in self._full(person=True):
            name = name_key(node)
            if " " not in name:
                continue
            longer = inner.get(name, set())
            roots = {self.find(n) for n in longer} - {self.find(node)}
            if len(roots) != 1 or not self._may_join(node, root := roots.pop(), stated=True) \
                    or self._at_odds(node, root) or any(self._named_after(n, node) for n in longer):
                continue
            if not self._inner_evidence(node, root, longer):
                continue  # nothing says it is that person: "Elena Ruiz", a teacher, is no "María Elena Ruiz Soto"
            self.union(root, node, f"{node} → {self.shown(root)}: the same name without its first "
                                   "given name or its last family name, no one else so named")

    def _first_given_and_family_names(self) -> None:
        """A name of two words that is a name of four words without its second given name
        and its last family name ("Ulises Barco" of "Ulises Tomás Barco Tena": a compound
        given name and two family names, each cut to its first, as Spanish names are) joins
        the one person so named when a role of theirs agrees (:func:`_share`), no side a
        sentence states is at odds and no article names the shorter name before the longer
        one: a father is often so named ("Tomás Ruvalo", "Tomás Andrés Ruvalo Pineda", his
        son), so the readings must say one person."""
        cut: dict[str, set[str]] = {}  # the first given name and first family name of a four-word name
        particles = words("name_particles") | words("patronymics")
        for node in self._full(person=True):
            units = _name_units(node)
            if len(units) == 4 and not particles & set(units):
                cut.setdefault(f"{units[0]} {units[2]}", set()).add(node)
        for node in self._full(person=True):
            longer = cut.get(name_key(node), set())
            roots = {self.find(n) for n in longer} - {self.find(node)}
            if len(roots) != 1 or not self._may_join(node, root := roots.pop(), stated=True) \
                    or any(self._named_after(n, node) for n in longer):
                continue
            if _share(self.traits["role"][self.find(node)], self.traits["role"][root]):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name without its second "
                                       "given name and last family name, with the same role")

    def _inner_evidence(self, node: str, root: str, longer: set[str]) -> bool:
        """Something says the inner name ``node`` is the person of ``root``, whose ``longer``
        names it is inside: a side or role they share; an article that reads it as one of
        them, or names it after one; or the person also written without the first given
        name ("Lucía Ferrán Ibarguen" beside "Ana Lucía Ferrán Ibarguen": the name the
        person goes by opens with the second; or so written as an article's short name)."""
        if self._shares_side(node, root) or _share(self.traits["role"][self.find(node)], self.traits["role"][root]):
            return True
        name = name_key(node)
        if any((name, n) in self.read_in or self._named_after(node, n) for n in longer):
            return True
        goes_by = {" ".join(name_key(_label(n)).split()[1:]) for n in longer}
        # its own, or a short name's of an article, which reads it on its own evidence later
        return any(name_key(_label(n)) in goes_by and ("\t" in n or self.find(n) == root) for n in self.parent)

    def _named_after(self, short: str, long: str) -> bool:
        """Some article names ``long`` first, then ``short`` (their first mentions, each
        name as written there, accents and case aside)."""
        shorts, longs = self.opens.get(name_key(_label(short)), {}), self.opens.get(name_key(_label(long)), {})
        return any(longs[article] < shorts[article] for article in shorts.keys() & longs.keys())

    def _family_name_typos(self) -> None:
        """Two person names with the same given names, written out ("Richard", "Bertie
        Mae"; no initial), whose family names of four letters or more differ by one
        letter added, dropped or changed, or two neighbours swapped, the first letter
        kept ("Penbrook"/"Penbrooke", "Dirir"/"Drir", "Nusei"/"Nuseia"), join when no
        other person of the corpus with those given names has a family name one letter
        from theirs and their sides are not at odds: a writer's slip or an outlet's
        spelling, read once beside the usual one. A side guessed from context is at odds
        only with another state ("the Kenyan general Lazaro Kipseywo", a nationality, and
        "Lazaro Kipseiywo, the IGAD special envoy": one man; "the Chilean X" and "Norway's
        Xe": two). The limit: two people so named ("Michael Brown", "Michael Browne") are
        one unless their sides differ."""
        by_given: dict[tuple[str, ...], dict[str, set[str]]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) > 1 and all(len(w) > 1 for w in key[:-1]) and len(key[-1]) >= 4:
                by_given.setdefault(tuple(key[:-1]), {}).setdefault(key[-1], set()).add(node)
        for family in by_given.values():
            close = [(a, b) for a, b in itertools.combinations(sorted(family), 2) if one_letter_apart(a, b)]
            if len(close) != 1 or close[0][0][0] != close[0][1][0]:
                continue  # a third family name one letter from either (which is which?), or another first letter
            wa, wb = close[0]
            a, b = min(family[wa]), min(family[wb])
            if self._may_join(a, b, stated=True) and not self._states_apart(a, b):
                keep, other = sorted((a, b), key=self._fullness)
                self.union(keep, other, f"{other} → {keep}: the same given names, the family name "
                                        f"one letter apart ({_word_of(other, wa, wb)} ~ "
                                        f"{_word_of(keep, wa, wb)}), no one else so named")

    def _family_name_vowels(self) -> None:
        """Two person names with the same given names, written out, whose family names are
        one name with its vowels romanised another way (:func:`~kit.actors.spelling.vowels_apart`:
        "Karim Talbonzoda"/"Karim Talbonzado"), join when no other family name beside those
        given names is so related to theirs, no article names both (two people of one
        article: cousins), their sides are not at odds and their roles do not differ
        (:meth:`_roles_differ`)."""
        for wa, wb, a, b in self._related_family_names(vowels_apart):
            if self._may_join(a, b, stated=True) and not self._states_apart(a, b) \
                    and not self._roles_differ(a, b) and not self._in_one_article(a, b):
                keep, other = sorted((a, b), key=self._fullness)
                self.union(keep, other, f"{other} → {keep}: the same given names, the family name's "
                                        f"vowels romanised another way ({_word_of(other, wa, wb)} ~ "
                                        f"{_word_of(keep, wa, wb)})")

    def _related_family_names(self, related: Callable[[str, str], bool],
                              given: Callable[[str], str] = str) -> Iterator[tuple[str, str, str, str]]:
        """Per given names written out (no initial; each word as ``given`` writes it), the one
        pair of family names beside them that ``related`` joins, as (family name, family name,
        a name with each); none where a third family name is so related to either (which is which?)."""
        by_given: dict[tuple[str, ...], dict[str, set[str]]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) > 1 and all(len(w) > 1 for w in key[:-1]):
                by_given.setdefault(tuple(map(given, key[:-1])), {}).setdefault(key[-1], set()).add(node)
        for family in by_given.values():
            pairs = [(a, b) for a, b in itertools.combinations(sorted(family), 2) if related(a, b)]
            if len(pairs) == 1:
                wa, wb = pairs[0]
                yield wa, wb, min(family[wa]), min(family[wb])

    def _in_one_article(self, a: str, b: str) -> bool:
        """Some article names a person of each cluster."""
        ra, rb = self.find(a), self.find(b)
        return bool({s[0] for s in self.sentences[ra]} & {s[0] for s in self.sentences[rb]})

    def _suffixed_family_names(self) -> None:
        """Two person names with the same given names, written out, whose family names are
        one name with and without a Russian suffix (:func:`~kit.actors.spelling.suffixed`:
        "Farrukh Dilbar"/"Farrukh Dilbarov", the local form and the Russified one), join when no
        other family name beside those given names is so related to theirs, a side or role
        of theirs agrees and none is at odds (:meth:`_agrees`), and their sides are no two
        states: the suffix also marks kin ("Ivan Petr" and "Ivan Petrov" are a table's guess),
        so the readings must say one person."""
        for wa, wb, a, b in self._related_family_names(suffixed):
            if self._may_join(a, b, stated=True) and not self._states_apart(a, b) \
                    and self._agrees(a, self.find(b)):
                keep, other = sorted((a, b), key=self._fullness)
                self.union(keep, other, f"{other} → {keep}: the same given names, the family name "
                                        f"with and without a Russian suffix ({_word_of(other, wa, wb)} ~ "
                                        f"{_word_of(keep, wa, wb)})")

    def _family_names_transliterated(self) -> None:
        """Two person names with the same given names, written out, whose family names are one
        name as outlets of two languages transliterate it (:func:`~kit.actors.spelling.transliterated_letters`:
        "Omar al Chamiri"/"Omar al Shamiri", French "ch" for "sh"; "Adel Abu Yabrun"/"Adel Abu Jabrun",
        a Spanish "y" for "j", when a Spanish article writes it; or a typist's two letters swapped, "Kamrawi"/"Kamwari"), join when no
        other family name beside those given names is so related to theirs, their sides are not
        at odds and their roles do not differ (:meth:`_roles_differ`): brothers and namesakes
        differ by their given names, and two offices say two people. The given names may be
        transliterated the same two ways (:func:`~kit.actors.spelling.short_form`: an "ou" written "u",
        a letter doubled or not: "Mouloud Tessadienne"/"Mulud Tesadian"). The reason names the letters."""
        for wa, wb, a, b in self._related_family_names(lambda x, y: bool(transliterated_letters(x, y)), short_form):
            spanish = a if spanish_spelling(wa, wb) else b if spanish_spelling(wb, wa) else None
            if spanish and "es" not in self.languages.get(spanish, set()):
                continue  # a "y" for a "j" is a Spanish article's: in English "Yabrun" and "Jabrun" are two names
            if self._may_join(a, b, stated=True) and not self._states_apart(a, b) and not self._roles_differ(a, b):
                keep, other = sorted((a, b), key=self._fullness)
                self.union(keep, other, f"{other} → {keep}: the same given names, the family name "
                                        f"spelt another way ({_word_of(other, wa, wb)} ~ "
                                        f"{_word_of(keep, wa, wb)}: {transliterated_letters(wa, wb)})")

    def _states_apart(self, a: str, b: str) -> bool:
        """Both clusters have sides that are states or their bodies (stated or guessed from
        context), and share none."""
        side = self.traits["side"]
        mine, theirs = _states_of(frozenset(side[self.find(a)])), _states_of(frozenset(side[self.find(b)]))
        return bool(mine and theirs and not mine & theirs)

    def _shares_side(self, a: str, b: str) -> bool:
        """Both clusters have a side, and share one (:func:`_share`)."""
        side = self.traits["side"]
        return _share(side[self.find(a)], side[self.find(b)])

    def _same_readings(self, a: str, b: str) -> bool:
        """Both clusters have a side and a role, and share one of each (:func:`_share`)."""
        ra, rb = self.find(a), self.find(b)
        return all(_share(traits[ra], traits[rb]) for traits in self.traits.values())

    def _articles_left_out(self) -> None:
        """A name without the article of a surname ("Bashar Ghanem", "Bashar Sh'alan")
        joins the one fuller name that has it ("Bashar al-Ghanem", "Bashar al-Shaalan");
        the articles are ``name_articles`` of words.csv."""
        articles = words("name_articles")
        fuller: dict[str, set[str]] = {}
        for node in self._full(person=True):
            key = name_key(node).split()
            bare = [w for w in key if w not in articles]
            if 1 < len(bare) < len(key):
                fuller.setdefault(" ".join(bare), set()).add(node)
        for node in self._full(person=True):
            roots = {self.find(n) for n in fuller.get(name_key(node), ())} - {self.find(node)}
            if len(roots) == 1 and self._may_join(node, root := roots.pop()):
                self.union(root, node, f"{node} → {self.shown(root)}: the same name "
                                       "without the article of its surname (al-, el-)")

    def _articles_spelt_apart(self) -> None:
        """Person names alike but for how a name article is written ("Omar al-Fadil" /
        "Omar el-Fadil": one Arabic article transliterated two ways; ``name_articles``), or for
        how a particle is (``particle_variants``: "Ana Ould Roe" / "Ana Uld Roe"), are
        one person's when a side or role of theirs agrees and none is at odds
        (:meth:`_agrees`), and no sentence names both (:meth:`_may_join`). Read after
        :meth:`_articles_left_out`: a name without the article still joins neither of two
        such spellings with nothing to agree ("Ahmed Hassan", "Ahmed al-Hassan", "Ahmed el-Hassan")."""
        spelt: dict[tuple[str, ...], list[str]] = {}
        particles = set(_particle_variants().values())
        for node in self._full(person=True):
            key = _articles_folded(node)
            if len(key) > 1 and (ARTICLE in key or particles & set(key[:-1])):  # "Ould"/"Uld" too
                spelt.setdefault(tuple(key), []).append(node)
        for named in spelt.values():
            for a, b in itertools.combinations(named, 2):
                if self._may_join(a, b) and self._agrees(a, self.find(b)):
                    keep, other = sorted((a, b), key=self._fullness)
                    self.union(keep, other, f"{other} → {keep}: the same name, its article "
                                            "(al-, el-) or a particle (Ould, Uld) written another way")

    def _particles_joined(self) -> None:
        """Person names of as many words once each particle (``patronymics``, ``name_particles``;
        no article, :func:`_joinable_particles`) is joined to the word after it, one name writing a particle apart
        that the other joins ("Ana Ben Roe" / "Ana Benroe"), and each word then a spelling of
        the other's (:func:`~kit.actors.spelling.close_spelling`: "Yacine Ben Tibbal" / "Yacine
        Bentibal", a letter doubled or not; "Ben Olla Ben Roe" / "Benola Ben Roe"), are one
        person's when no side is at odds, no sentence names both (:meth:`_may_join`) and their
        roles do not differ (:meth:`_roles_differ`). Names alike once their spaces go join
        earlier ("same name up to spaces")."""
        particles = _joinable_particles()
        glued: list[tuple[list[str], list[str], str]] = []
        articles = words_in_any("name_articles") | words_in_any("name_article_forms")
        for node in self._full(person=True):
            key = name_key(node).split()
            if any(w in articles for w in key) or any(w.split("-")[0].lower() in articles for w in node.split()):
                continue  # "Omar al-Roe" / "Omar el-Roe": the article's spellings are another rule's
            joined = _particles_glued(key, particles)
            if len(key) > 1 and (joined != key or any(w.startswith(p) and w != p for w in key for p in particles)):
                glued.append((key, joined, node))
        for (ka, ja, a), (kb, jb, b) in itertools.combinations(glued, 2):
            if ka == kb or len(ja) != len(jb) or (ja == ka and jb == kb):
                continue  # no particle written apart in either: another rule's
            if all(x == y or close_spelling(x, y) for x, y in zip(ja, jb)) and self._may_join(a, b) \
                    and not self._roles_differ(a, b):
                keep, other = sorted((a, b), key=self._fullness)
                self.union(keep, other, f"{other} → {keep}: the same name, a particle written apart or joined")

    def _vowels_transliterated(self) -> None:
        """Two person names of as many words, once their name articles go (``name_articles``
        and, joined by a hyphen, ``name_article_forms``: "el-", "al-", "ash-", "ad-": Arabic's
        article as its first letter's sound assimilates it), word for word one name spelt two
        ways: the same word, the same given name (``transliterations.csv``,
        :func:`~kit.actors.spelling.close_spelling`) or one transliterated with other short
        vowels (:func:`~kit.actors.spelling.vowel_spelling`: "Tlawi"/"Talawi", "Koss"/"Kuss",
        "el-Kasseini"/"Kassaini"), a word at least so spelt: names apart by how an article is
        written alone are :meth:`_articles_spelt_apart`'s, and a letter other than a vowel
        ("Velasko"/"Velasco") is a typo the rules of spelling variants read, with every side.
        Only two people so read as one in the corpus join (a third name so alike keeps them
        all apart), when no side a sentence states is at odds (the
        side read from where an article is filed is the outlet's, not the person's), their
        roles do not differ (:meth:`_roles_differ`) and no sentence names both."""
        table, articles = transliterations(), words("name_articles")
        forms = articles | words("name_article_forms")
        named: dict[tuple[int, tuple[str, ...]], list[tuple[list[str], str]]] = {}
        for node in self._full(person=True):
            key = _without_articles(node, articles, forms)
            if len(key) > 1 and all(w.isalpha() for w in key):
                named.setdefault((len(key), tuple(w[0] for w in key)), []).append((key, node))

        def alike(x: str, y: str, given: bool) -> bool:
            return x == y or vowel_spelling(x, y) or close_spelling(x, y) or given and table.get(x, x) == table.get(y, y)

        matched: dict[str, set[str]] = {}
        pairs: list[tuple[str, str]] = []
        for bucket in named.values():
            for (ka, a), (kb, b) in itertools.combinations(bucket, 2):
                words_ = list(zip(ka, kb))
                if _articles_folded(a) != _articles_folded(b) and any(vowel_spelling(x, y) for x, y in words_) \
                        and all(alike(x, y, k < len(ka) - 1) for k, (x, y) in enumerate(words_)):
                    matched.setdefault(a, set()).add(b)
                    matched.setdefault(b, set()).add(a)
                    pairs.append((a, b))
        for a, b in pairs:
            ra, rb = self.find(a), self.find(b)
            roots = {self.find(n) for n in (*matched[a], *matched[b], a, b)}
            if ra == rb or roots != {ra, rb} or self._together(ra, rb) or self._roles_differ(a, b):
                continue
            sides = (self.firm[ra], self.firm[rb])
            if all(sides) and not _share(*sides) and not _states_of(frozenset(sides[0])) & _states_of(frozenset(sides[1])):
                continue
            keep, other = sorted((a, b), key=self._fullness)
            self.union(keep, other, f"{other} → {keep}: the same name transliterated with other "
                                    "vowels or articles")

    def _misspelt_surnames(self) -> None:
        """A one-word person name, no longer name's end, spelt like the surname of
        exactly one longer person ("Castelini" for Federica Castellini).

        With no other word to agree, the word needs six letters and must be no
        person's first name ("Osama" is not a misspelt "Obama"), and the two may hold no
        offices that differ (:meth:`_roles_differ`: "General Sutarno", the police chief, is
        not the army commander "Ada Sutarmo").
        """
        surnames: dict[str, dict[str, set[str]]] = {}
        first_names = set()
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) > 1:
                surnames.setdefault(initial(key[-1]), {}).setdefault(key[-1], set()).add(node)
                first_names.add(key[0])
        for node in self._full(person=True):
            word = name_key(node)
            if " " in word or len(word) < 6 or word in first_names:
                continue
            close = {n for last, names in surnames.get(initial(word), {}).items()
                     if close_spelling(word, last) for n in names}
            roots = {self.find(n) for n in close} - {self.find(node)}
            if len(roots) == 1 and self._may_join(node, root := roots.pop()) and not self._roles_differ(node, root):
                self.union(root, node, f"{node} → {self.shown(root)}: spelling variant of "
                                       "the surname of the only person so named")

    def _transliterated_surnames(self) -> None:
        """A one-word person name, no longer name's end, that ``transliterations.csv`` writes
        as the last name of exactly one longer person ("Hasán", "Husein" of another language's
        "Crown Prince Ludo Hassan"): the table is a list of spellings of one name, so no letter
        count is asked, as :meth:`_misspelt_surnames` asks of a guess. Not when the name, so
        written, is also the first word of a longer name of the corpus (a given name: which
        man it is is not said), nor when two people end in it, their sides are at odds or
        their offices differ (:meth:`_may_join`, :meth:`_roles_differ`)."""
        table = transliterations()

        def written(word: str) -> str:
            return table.get(word, word)

        last: dict[str, set[str]] = {}
        first_names = set()
        for node in self._full(person=True):
            key = name_key(node).split()
            if len(key) > 1:
                last.setdefault(written(key[-1]), set()).add(node)
                first_names.add(written(key[0]))
        for node in self._full(person=True):
            word = name_key(node)
            if " " in word or not word.isalpha() or written(word) in first_names:
                continue
            roots = {self.find(n) for n in last.get(written(word), ())} - {self.find(node)}
            if len(roots) == 1 and self._may_join(node, root := roots.pop()) and not self._roles_differ(node, root):
                self.union(root, node, f"{node} → {self.shown(root)}: the last name of the only person "
                                       "so named, transliterated another way (transliterations.csv)")

    def _transliterated_one_word_names(self) -> None:
        """Two one-word person names ``transliterations.csv`` writes one way ("Waleed" in
        one outlet's articles, "Walid" in another's: a king, or a leader known by one name),
        neither a word of a longer person name of the corpus, nor a third one-word name so
        written, that share a role with no side at odds (:meth:`_shares_role`; :meth:`_may_join`):
        one person, shown under the fuller spelling."""
        table = transliterations()
        longer = {table.get(w, w) for n in self._full(person=True) if " " in name_key(n) for w in name_key(n).split()}
        spelt: dict[str, list[str]] = {}
        for node in self._full(person=True):
            word = name_key(node)
            if word.isalpha() and table.get(word, word) not in longer:
                spelt.setdefault(table.get(word, word), []).append(node)
        for _, (a, b) in sorted((w, n) for w, n in spelt.items() if len(n) == 2):
            if self._may_join(a, b) and self._shares_role(a, self.find(b)):
                keep, other = sorted((a, b), key=self._fullness)
                self.union(keep, other, f"{other} → {keep}: one name transliterated another way "
                                        "(transliterations.csv)")

    def _short_names(self) -> None:
        """Resolve each article's short person names ("Castillo", "Kim", "Moon").

        First on the article's evidence: the longer person names of the article,
        named before the short one is last used, that it ends or (one word, no
        given name) starts, as a family name written first ("Moon" for "Moon
        Jae-in"); the one, or the one whose side or role it shares, or the one
        named before its first use that the corpus names most (:meth:`_introduced`;
        else it stays apart). A lone first name with no such name before it then reads
        as the one person of its article so named (:meth:`_first_name_in_article`);
        a given name of nicknames.csv ("Mike") no further. A short name used before
        any such name then reads as the other articles read it, else as the one
        longer name after it in its article, else as the one longer name of the corpus it ends or starts
        with a family name of ``family_names.csv``, else as the one longer name
        of the corpus it starts, as a first name, with a role they share and no
        side apart (:meth:`_first_names`: "President Rahmat" for President Rahmat
        Sudiro; a lone "Osama" is not Osama Hamdan, nor a lone "Ahmed" of one side
        any Ahmed of it). Never to a person whose honorifics tell another sex than its own
        (:meth:`_of_its_sex`: "Mrs Vance" is not the Arlo Vance the corpus calls "Mr Vance").
        """
        read = {key: set(names) for key, names in self.read_as.items()}  # key -> what articles read it as
        later: list[tuple[str, set[str]]] = []
        unresolved: dict[str, list[str]] = {}
        for node in sorted(n for n in self.parent if "\t" in n):
            before, after = self._in_article(node)
            key = name_key(_label(node))
            if not before:
                later.append((node, after))
            elif target := self._pick(node, before):
                self._join_short(target, node, before, " named before it in its article")
                read.setdefault(key, set()).add(node)
            elif target := self._introduced(node, before):
                self.union(target, node, f"{_label(node)} → {self.shown(target)}: of the {len(before)} it could "
                                         "be in its article, the one named before its first use and the most named")
                read.setdefault(key, set()).add(node)
            else:
                unresolved.setdefault(key, []).append(node)
        corpus, first = self._longer_names(), self._first_names()
        starting = self._names_by_first_word()
        given = _given_names()
        for node, after in later:
            key, root = name_key(_label(node)), self.find(node)
            if " " not in key and key not in family_names() and (
                    target := self._first_name_in_article(node, starting.get(key, set()))):
                self.union(target, node, f"{_label(node)} → {self.shown(target)}: a first name, the only "
                                         "person of its article so named")
                continue
            if key in given:  # "Mike": no other article says whose it is
                unresolved.setdefault(key, []).append(node)
                continue
            votes = {self.find(n) for n in read.get(key, ())} - {root}
            starts = {r for r in (self.find(p) for p in first.get(key, ())) if r != root}
            for found, where in (({r for r in votes if not self._contradicts(node, r)}, None),
                                 (after, " in its article"),
                                 ({self.find(p) for p in corpus.get(key, ())} - {root}, ""),
                                 ({r for r in starts if self._shares_role(node, r)}, "")):
                if found:
                    if target := self._pick(node, found):
                        self._join_short(target, node, found, where)
                    break
            if self.find(node) == node:
                unresolved.setdefault(key, []).append(node)
        for nodes in unresolved.values():
            for node in nodes[1:]:
                if not self._sexes_apart(node, nodes[0]):  # "Mr Vance" and "Mrs Vance", each alone
                    self.union(nodes[0], node, f"{_label(node)}: a short name no article resolves, "
                                               "kept apart from everyone it could be")

    def _given_name_inside(self) -> None:
        """A one-word name no article resolved that is a word inside one person's full name,
        neither its first nor its last ("Varadi" of "Osk Varadi Tarnal"), joins that person
        when a role of theirs is one and no side a sentence states differs: South Asian usage
        names a man by a given name after the first ("President Varadi" for President Osk
        Varadi Tarnal). So it does, with no role, when an article writes it after that full
        name and nothing of theirs is at odds: a nickname made part of the legal name ("Osk
        Varo Tuli da Lima ... Tuli said"). Never when another person of the corpus has the word anywhere in
        their name (a father and a son, two bearers of one clan's name), nor for a word that
        opens or ends a full name (the short-name and family-name rules read those)."""
        holders: dict[str, set[str]] = {}
        for node in self._acting():
            for word in name_key(node).split():
                holders.setdefault(word, set()).add(node)
        inside: dict[str, set[str]] = {}
        particles = words_in_any("name_particles") | words_in_any("patronymics")  # "bin", "de": no name
        for node in self._acting():
            for word in name_key(node).split()[1:-1]:
                if word not in particles:
                    inside.setdefault(word, set()).add(node)
        for node in sorted(n for n in self.parent if self.person.get(n) and " " not in name_key(_label(n))):
            word = name_key(_label(node))  # a short name of its article, or a name no longer one ends or opens with
            root = self.find(node)
            if " " in word or not word.isalpha() or root != node and " " in name_key(self.shown(root)):
                continue  # resolved already, to a fuller name
            found = {self.find(n) for n in inside.get(word, ())} - {root}
            if len(found) != 1 or {self.find(n) for n in holders.get(word, ())} - {root} != found:
                continue
            target = found.pop()
            if not self._may_join(node, target, stated=True):
                continue
            if _share(self.traits["role"][root], self.traits["role"][target]):
                self.union(target, node, f"{_label(node)} → {self.shown(target)}: a word inside the only "
                                         "full name that holds it, with a role they share")
            elif any(self._named_after(node, n) for n in inside[word]) \
                    and not self._at_odds(node, target):
                self.union(target, node, f"{_label(node)} → {self.shown(target)}: a word inside the only "
                                         "full name that holds it, written after that name in an article")

    def _names_by_first_word(self) -> dict[str, set[str]]:
        """Person names of two words or more of the corpus by their first word."""
        starting: dict[str, set[str]] = {}
        for p in self._full(person=True):
            key = name_key(p).split()
            if len(key) > 1:
                starting.setdefault(key[0], set()).add(p)
        return starting

    def _first_name_in_article(self, node: str, starting: set[str]) -> str | None:
        """The root of the one person of ``node``'s article whose name starts with the
        one word ``node`` ("Gebru" after "Gebro Mekonnen", whose other articles write
        "Gebru Mekonnen"; "Mike" after "Mike Dorrance"; "Zia" after "Zia ul-Karim"): as named
        in the article or anywhere in the corpus (``starting``: the names that start with
        it), if no other person of the article is so named and no side or role of the
        lone name is at odds with theirs. Else None: a first name shared, or no one's. A
        family name written first ("Kim", ``family_names.csv``) is read by the other rules."""
        placed = self.placed.get(node.split("\t", 1)[1], {})
        word = name_key(_label(node))
        named = {self.find(n) for n in starting}
        roots = {self.find(o) for o in placed if o != node and self.person[o] and (
            self.find(o) in named or name_key(_label(o)).split()[0] == word and " " in name_key(_label(o)))}
        roots.discard(self.find(node))
        if len(roots) != 1:
            return None
        root = roots.pop()
        return None if self._at_odds(node, root) else root

    def _at_odds(self, node: str, root: str, present: bool = False) -> bool:
        """A side or role of ``node`` is known, the cluster's too, and none is shared; or
        their honorifics tell two sexes (:meth:`_sexes_apart`). With ``present``, a role
        held before says nothing against a present one (:func:`of_the_past`), unless it is
        the office the other holds now: a predecessor and the successor (:func:`_succeeded`)."""
        roles = self.profile["role"].get(node, set()), self.traits["role"][root]
        if present and (_succeeded(*roles) or _succeeded(*reversed(roles))):
            return True
        return _at_odds(*(map(_present, roles) if present else roles)) or \
            _at_odds(self.profile["side"].get(node, set()), self.traits["side"][root]) or self._sexes_apart(node, root)

    def _sexes_apart(self, node: str, root: str) -> bool:
        """The honorifics before the names of ``node``'s cluster tell a sex, those of
        ``root``'s too, and not the same one: "Mrs Vance", alone in her article, is not the
        Arlo Vance whom the corpus calls "Mr Vance" and nothing else that tells a sex."""
        return _at_odds(self.sexes[self.find(node)], self.sexes[self.find(root)])

    def _of_its_sex(self, node: str, roots: set[str]) -> set[str]:
        """The ``roots`` a short name ``node`` may be by sex: those whose honorifics tell
        no other sex than its own (:meth:`_sexes_apart`)."""
        return {r for r in roots if not self._sexes_apart(node, r)}

    def _may_be(self, node: str, roots: set[str]) -> set[str]:
        """The ``roots`` a short name ``node`` may be: of its sex (:meth:`_of_its_sex`), and
        not a civilian whose offices differ from the military ones of the short name, or the
        other way round (:meth:`_services_apart`)."""
        return {r for r in self._of_its_sex(node, roots) if not self._services_apart(node, r)}

    def _services_apart(self, node: str, root: str) -> bool:
        """Whether the present roles of ``node`` are all military and those of ``root``'s
        cluster civilian, one a state's office (:func:`_military`, :func:`_civil_office`), or the
        other way round, and their roles differ (:meth:`_roles_differ`): "General Ventel, the
        army chief," is not the foreign minister "Mara Ventel", though a short name alone would
        read as the one longer name it ends. One rank or office of the army on both sides says
        nothing apart, nor does a calling of no state ("mediator", "envoy": a retired general's
        as often), nor the head of a state or government (``government_head_titles``: "President
        Osk Lander ... General Lander", a general who rules)."""
        mine, theirs = _present(self.profile["role"].get(node, set())), _present(self.traits["role"][root])
        return (_military(mine) is True and _civil_office(theirs) and not _heads_a_government(theirs)
                or _military(theirs) is True and _civil_office(mine) and not _heads_a_government(mine)) \
            and self._roles_differ(node, root)

    def _in_article(self, node: str) -> tuple[set[str], set[str]]:
        """Roots of the longer person names of ``node``'s article that it shortens
        (:func:`_shortens`, or the first of their two family names: :func:`_first_family_name`):
        those first named before its last mention (any of them could be the one it names
        there), and the others."""
        placed = self.placed.get(node.split("\t", 1)[1], {})
        short, (_, last) = name_key(_label(node)).split(), placed.get(node, (-1, -1))
        before: set[str] = set()
        after: set[str] = set()
        for other, (first, _) in placed.items():
            if "\t" not in other and self.person[other] and other not in self.credits and (
                    _shortens(short, name_key(other).split()) or short == [self.heads.get(other)]):
                (before if first < last else after).add(self.find(other))
        mine = {self.find(node)}
        return before - mine, after - before - mine

    def _longer_names(self) -> dict[str, set[str]]:
        """Person names of the corpus by each end of theirs, and by their first
        word when it is a family name written first ("kim" for "Kim Chol Ung")."""
        longer: dict[str, set[str]] = {}
        for p in self._acting():
            key = name_key(p).split()
            ends = [" ".join(key[i:]) for i in range(1, len(key))
                    if not after_a_patronymic(" ".join(key[:i]))] + _joined_heads(key)  # not "Varan" of "Osk bin Varan"
            for short in ends + ([key[0]] if ends and key[0] in family_names() else []):
                longer.setdefault(short, set()).add(p)
        return longer

    def _first_names(self) -> dict[str, set[str]]:
        """Person names of the corpus by their first word, when it is no given name of
        nicknames.csv and no family name written first: a name some traditions call a
        person by ("Hamid" for Hamid Saefuddin, "Thaksin" for Thaksin Shinawatra); a
        lone "Elizabeth" names no one."""
        first: dict[str, set[str]] = {}
        skip = _given_names() | family_names()
        for p in self._acting():
            key = name_key(p).split()
            if len(key) > 1 and key[0] not in skip:
                first.setdefault(key[0], set()).add(p)
        return first

    def _pick(self, node: str, roots: set[str]) -> str | None:
        """The one of ``roots``, or the one whose side or role ``node`` shares, or the
        one the corpus names at least three times as often as any other ("Kim" beside
        Kim Chol Ung, named throughout, and Chang Kim, named in one article); never one whose
        honorifics tell another sex than its own (:meth:`_of_its_sex`)."""
        roots = self._may_be(node, roots)
        if not roots:
            return None
        if len(roots) == 1:
            return next(iter(roots))
        fits = [r for r in sorted(roots) if self._agrees(node, r)]
        if len(fits) == 1:
            return fits[0]
        mass = sorted(((self.mass[self.find(r)], r) for r in roots), reverse=True)
        return mass[0][1] if mass[0][0] >= 3 * mass[1][0] else None

    def _introduced(self, node: str, roots: set[str]) -> str | None:
        """Of the ``roots`` a short name could be in its article, the only one named
        before its first use, if the corpus also names it more than any other of them:
        "Kim" first used after "Kim Chol Ung", his sister named later in the article
        ("Mr. Kim was flanked by his sister, Kim Ok Sun"). Else None: a short name first
        used after two, or after one the corpus names less than another ("Chang Kim"), or
        after one whose honorifics tell another sex (:meth:`_of_its_sex`)."""
        placed = self.placed.get(node.split("\t", 1)[1], {})
        start = placed.get(node, (-1, -1))[0]
        first = {self.find(o) for o, (at, _) in placed.items() if at < start and self.find(o) in roots}
        first = self._may_be(node, first)
        if len(first) != 1:
            return None
        root = first.pop()
        mass = self.mass[root]
        return root if all(mass > self.mass[r] for r in roots - {root}) else None

    def _join_short(self, target: str, node: str, found: set[str], where: str | None) -> None:
        """Merge the short name ``node`` into ``target``, one of the ``found`` it could be,
        saying why: ``where`` it was found, None for the reading of the other articles."""
        short, name = _label(node), self.shown(target)
        if where is None:
            self.union(target, node, f"{short} → {name}: as its other articles read it")
            return
        part, words = name_key(short).split(), name_key(name).split()
        how = ("ending in it" if words[-len(part):] == part
               else "starting with it (family name first)" if part[0] in family_names()
               else "starting with it (a first name, with a side or role it shares)")
        note = "" if len(found) == 1 else f" (of {len(found)} so named, the one with its side/role)"
        self.union(target, node, f"{short} → {name}: the only longer name {how}{where}{note}")

    def _roles_differ(self, a: str, b: str) -> bool:
        """The clusters of ``a`` and ``b`` each have a role and share none: for names that a
        rule reads as one person's only by a table or a guess (a transliterated given name,
        a nickname, names in another order), two offices say two people ("Finance Minister
        Mohamed Osman" / "rebel commander Muhammad Osman"). Roles that share a word of more
        than three letters are one office written two ways ("envoy" / "African Union envoy")."""
        mine, theirs = self.traits["role"][self.find(a)], self.traits["role"][self.find(b)]
        return _at_odds(mine, theirs) and not _role_words(mine) & _role_words(theirs)

    def _contradicts(self, node: str, root: str) -> bool:
        """A side of ``node`` is known, the cluster's too, and none is shared."""
        return _at_odds(self.profile["side"].get(node, set()), self.traits["side"][root])

    def _shares_role(self, node: str, root: str) -> bool:
        """A role of ``node`` is one of the cluster's, and no side of theirs differs: a
        shared side alone is what most people of a corpus about two parties share."""
        return (_share(self.profile["role"].get(node, set()), self.traits["role"][root])
                and not self._contradicts(node, root))

    def _agrees(self, node: str, root: str) -> bool:
        """No side or role of ``node`` contradicts the cluster's, and one matches (:func:`_share`)."""
        return not self._at_odds(node, root) and any(
            _share(profile.get(node, set()), self.traits[column][root])
            for column, profile in self.profile.items())

    def _initials(self) -> None:
        by_initials: dict[str, set[str]] = {}
        for n in self._full():
            by_initials.setdefault(initials_of(n), set()).add(n)
        for node in self._full():
            if letters := written_as_initials(node):
                roots = {self.find(n) for n in by_initials.get(letters, ())}
                if len(roots) == 1:
                    target = roots.pop()
                    self.union(target, node, f"{letters} → {self.shown(target)}: initials")

    def shown(self, node: str) -> str:
        """Display name of ``node``'s actor: the alias target, else the fullest name."""
        root = self.find(node)
        best = self.target[root][1] if root in self.target else self.best[root]
        return _label(best) if self.person[best] else _strip_the(_label(best))

    def _fuller(self, a: str, b: str) -> str:
        """The fuller of two names of one actor (:meth:`_fullness`); two that spell the
        same letters are equally full whatever their spaces ("Mohammed Abdulwahid",
        "Mohammed Abdul Wahid": the one written more often); of two spelt with a "c" and a "k"
        for a word's first letter, the one written more often ("Carlos" five times, not a
        "Karlos" once), and on a tie the "k", which transliterates the letter ("Kostas", not
        "Costas"), as accents are kept. Accents count for nothing between an actor's
        names that differ in letters too, each written in articles of its own language
        only: each is that language's transcription (:meth:`_other_languages`), and the one
        more mentions give is shown. A country or international body goes by kit's
        canonical name for it (``countries.csv``, ``bodies.csv``: English, the registry's
        language), not by another of its names the lexicon gives it, however accented or
        long ("Liga de los Estados Árabes" is shown as "Arab League")."""
        if not (self.person[a] or self.person[b]):
            names = _lexicon_canonicals()
            la, lb = _label(a), _label(b)
            if la in names.get(name_key(lb), ()):
                return a
            if lb in names.get(name_key(la), ()):
                return b
        fa, fb = self._fullness(a), self._fullness(b)
        same = _letters(a) == _letters(b)
        if not same and self._other_languages(a, b):  # "Lébed" only in Spanish articles, "Lebed" in English ones
            fa, fb = (*fa[:3], 0, *fa[4:]), (*fb[:3], 0, *fb[4:])
        ka, kb = name_key(_label(a)).split(), name_key(_label(b)).split()
        if len(ka) == len(kb) and any(hard_c(x, y) for x, y in zip(ka, kb)) \
                and all(x == y or hard_c(x, y) for x, y in zip(ka, kb)):
            if self.written[a] != self.written[b]:  # "Carlos" written five times, "Karlos" once
                return a if self.written[a] > self.written[b] else b
            # "Kostas"/"Costas": the "k" transliterates the letter, as accents are kept
            return a if [x[:1] for x in ka] >= [y[:1] for y in kb] else b
        return a if (fa[1:] <= fb[1:] if same else fa <= fb) else b

    def _other_languages(self, a: str, b: str) -> bool:
        """Two spellings of one actor each written only in articles of other languages
        than the other's. Where their letters differ too, each is its language's own
        transcription ("Alexandr Lébed" in Spanish, "Alexander Lebed" in English; "Moscú",
        "Moscow"): an accent marks that language's stress, and neither is fuller for it.
        Where only accents differ, the other language dropped them ("Alba Garces" for "Alba Garcés")."""
        la, lb = self.languages.get(a, set()), self.languages.get(b, set())
        return bool(la) and bool(lb) and not la & lb

    def _fullness(self, node: str) -> tuple[int, bool, bool, int, int, int, int, int, int, str]:
        """Sort key, best first: the most words (hyphenated words count each part;
        initials none: "Antony J. Marsden" is as full as "Antony Marsden"),
        a given name rather than its nickname ("Elizabeth", not "Liz"), not in
        capitals throughout ("Doha", not a dateline's "DOHA"; an acronym such as
        "NATO" yields only to another spelling of itself), accents, particles in lower case ("al-Darwani",
        "de la Calle"), a particle as kit writes it ("Ould", not "Uld": ``particle_variants``),
        the hyphen of a double name kept ("Sherwood-Randall"; a given
        name's, "Jong-un" or "Jong Un", is a spelling like any other), then mentions,
        then the name itself."""
        label = _label(node)
        key = [w for w in name_key(label).split() if len(w) > 1]  # a middle initial adds no name
        parts = re.split(r"[\s\-–]+", _strip_the(label))
        particles = words("name_particles") | words("patronymics") | set(_particle_variants())
        upper = sum(p[:1].isupper() and p.lower() in particles for p in parts[1:])
        nickname = self.person[node] and len(key) > 1 and key[0] in _nickname_words()
        shouted = len(label) > 1 and label.isupper()
        joined = len(re.findall(r"[A-Z][\w']*-[A-Z]", label))  # "Sherwood-Randall", not "Jae-in"
        variant = sum(w in _particle_variants() for w in key)  # "Uld" for the usual "Ould"
        return (-len(key), nickname, shouted, -sum(ord(c) > 127 for c in label), upper, variant,
                -joined, -self.count[node], self.first.get(node, len(self.first)), node)

    def reasons(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for node, reason in self.why:
            out.setdefault(self.shown(node), []).append(reason)
        return {name: list(dict.fromkeys(reasons)) for name, reasons in out.items()}


def _share(mine: set[str], theirs: set[str]) -> bool:
    """Whether two sets of readings (sides or roles) share one, written one way
    (:func:`kit.actors.offices.reading_keys`: accents, case and a leading "the" aside), or one's name
    in capitals is the initials of the other's name of several words ("PLO" and "Palestine
    Liberation Organization": one body named either way; two names written out with the
    same initials are two: "National Labour Front", "National Liberation Front").

    >>> _share({"PLO"}, {"Palestine Liberation Organization"}), _share({"NLF"}, {"NLP"})
    (True, False)
    >>> _share({"National Labour Front"}, {"National Liberation Front"}), _share({"PA"}, {"Popular Army"})
    (False, False)
    """
    if {k for v in mine for k in reading_keys(v)} & {k for v in theirs for k in reading_keys(v)}:
        return True
    return bool(_acronyms(mine) & _spelt_initials(theirs) or _acronyms(theirs) & _spelt_initials(mine))


def _acronyms(readings: set[str]) -> set[str]:
    """The readings that are one word of three capitals or more ("PLO"); two letters
    ("PA", "PM") stand for too many names to tell one side."""
    return {v for v in readings if " " not in v and len(v) > 2 and v.isalpha() and v.isupper()}


def _spelt_initials(readings: set[str]) -> set[str]:
    """The initials of the readings of several words ("Palestine Liberation Organization": "PLO")."""
    return {initials_of(v) for v in readings if " " in v} - {""}


def _at_odds(mine: set[str], theirs: set[str]) -> bool:
    """Both sets of readings are known, and share none (:func:`_share`)."""
    return bool(mine and theirs) and not _share(mine, theirs)


def _articles_folded(name: str) -> list[str]:
    """The words of a name's key, each ``name_articles`` word written one way (:data:`ARTICLE`:
    "Shams El Din" and "Shams al-Din" both "shams al din")."""
    articles, particles = words("name_articles"), _particle_variants()
    return [ARTICLE if w in articles else particles.get(w, w) for w in name_key(name).split()]


@lexicon_cache
def _joinable_particles() -> frozenset[str]:
    """The particles a name may write apart from the next word or joined to it ("Ben Roe",
    "Benroe"): ``patronymics`` and ``name_particles`` of two letters or more, not the Arabic
    article (``name_articles``, ``name_article_forms``: "al-", "el-"), whose spellings other
    rules read with their own guards (:meth:`NameGraph._articles_spelt_apart`)."""
    found = words_in_any("patronymics") | words_in_any("name_particles")
    articles = words_in_any("name_articles") | words_in_any("name_article_forms")
    return frozenset(name_key(w) for w in found - articles if len(w) >= 2 and w.isalpha())


def _particles_glued(key: list[str], particles: frozenset[str]) -> list[str]:
    """The words of a name key with each particle before another word joined to it.

    >>> _particles_glued(["ana", "ben", "roe"], frozenset({"ben"})), _particles_glued(["ana", "ben"], frozenset({"ben"}))
    (['ana', 'benroe'], ['ana', 'ben'])
    """
    out: list[str] = []
    carry = ""
    for k, word in enumerate(key):
        if word in particles and k < len(key) - 1:
            carry += word
        else:
            out.append(carry + word)
            carry = ""
    return out


@lexicon_cache
def _particle_variants() -> dict[str, str]:
    """``particle_variants`` of words.csv: a particle's other transliteration -> the one kit
    writes it as ("uld" -> "ould")."""
    return dict(tuple(term.split("~", 1)) for term in words("particle_variants"))  # type: ignore[misc]


def _without_articles(name: str, articles: frozenset[str], forms: frozenset[str]) -> list[str]:
    """The words of a name's key without its name articles: a word of ``articles`` before
    another word ("Mohamed El Baradei"), or a word of ``forms`` joined by a hyphen to the
    next ("Karim el-Kasseini", "Nasser ad-Din": "karim kasseini", "nasser din").

    >>> _without_articles("Karim el-Kasseini", frozenset({"al", "el"}), frozenset({"al", "el", "ad"}))
    ['karim', 'kasseini']
    >>> _without_articles("Ngo Van An", frozenset({"al", "el"}), frozenset({"al", "el", "an"}))
    ['ngo', 'van', 'an']
    """
    kept: list[str] = []
    written = name.split()
    for k, word in enumerate(written):
        head, hyphen, rest = word.partition("-")
        if hyphen and rest and name_key(head) in forms:
            word = rest
        elif name_key(word) in articles and k < len(written) - 1:
            continue
        kept.extend(name_key(word).split())
    return kept


def of_the_past(role: str) -> bool:
    """Whether a role (case-folded) is one held before: "former president", "ex-minister"
    (``past_modifiers``, ``past_prefixes`` of words.csv, any language).

    >>> of_the_past("former president"), of_the_past("ex-minister"), of_the_past("president")
    (True, True, False)
    """
    first = role.split(" ", 1)[0]
    return first in words_in_any("past_modifiers") or any(
        first.startswith(f"{p}-") for p in words_in_any("past_prefixes"))


def _present(roles: set[str]) -> set[str]:
    """The roles of a set that are not held before (:func:`of_the_past`, case aside)."""
    return {r for r in roles if not of_the_past(r.casefold())}


def _office_held_before(role: str) -> str:
    """The office a role (case-folded) held before names, "" if it is a present one
    (:func:`of_the_past`).

    >>> _office_held_before("former foreign minister"), _office_held_before("ex-minister")
    ('foreign minister', 'minister')
    """
    if not of_the_past(role):
        return ""
    first, _, rest = role.partition(" ")
    return rest if first in words_in_any("past_modifiers") else role.split("-", 1)[1]


def _succeeded(before: set[str], now: set[str]) -> bool:
    """Whether ``now`` holds as a present role an office ``before`` held before and ``now``
    never did: a predecessor and the successor ("the former foreign minister Pablo Alba
    Lugo", "Foreign Minister Pablo Alba", his son), two people, case aside."""
    def past(roles: set[str]) -> set[str]:
        return {_office_held_before(r.casefold()) for r in roles} - {""}
    return bool(past(before) & {r.casefold() for r in _present(now)} - past(now))


def _military(roles: set[str]) -> bool | None:
    """True when every role of ``roles`` is a military one, False when none is, None when
    some are or there is none. A role is military when a word of it is one of
    ``military_words`` ("army", "colonel", "ejército") or its first word one of
    ``military_ranks`` ("General", "Major General"; not "Attorney General", a civilian office).

    >>> _military({"General", "army chief"}), _military({"Attorney General"}), _military({"General", "minister"})
    (True, False, None)
    """
    found = {bool(set(w := role.casefold().split()) & words_in_any("military_words"))
             or bool(w) and w[0] in words_in_any("military_ranks") for role in roles}
    return found.pop() if len(found) == 1 else None


def _civil_office(roles: set[str]) -> bool:
    """Whether ``roles`` are none military (:func:`_military`) and one is a state's office
    (``scope`` ``state`` in the title lexicon: "Foreign Minister"; not "mediator")."""
    return _military(roles) is False and any(lexicon().scope(r) == "state" for r in roles)


def _heads_a_government(roles: set[str]) -> bool:
    """Whether a role of ``roles`` is a head of state's or government's title
    (``government_head_titles``: "President", "Prime Minister"; case aside).

    >>> _heads_a_government({"President"}), _heads_a_government({"Foreign Minister"})
    (True, False)
    """
    heads = words_in_any("government_head_titles")
    return any(r.casefold() in heads for r in roles)


def _role_words(roles: set[str]) -> set[str]:
    """The words of more than three letters of a set of roles, case aside ("African Union
    envoy": "african", "union", "envoy"; "of", "the", "del" left out), and those of the
    English a title that opens a role in another language is shown as (:func:`_shown_title`:
    "líder de Osk" also says "leader"), so that one office written in two languages is one."""
    return {w for role in roles for shown in (role, _shown_title(role))
            for w in shown.casefold().split() if len(w) > 3}


def _shown_title(role: str) -> str:
    """The English form of the longest title of kit's lexicon (any language) that opens
    ``role``, "" when none does or it is English already ("líder de Osk": "leader";
    "secretario general de Osk": "Secretary-General").

    >>> _shown_title("líder de Osk"), _shown_title("leader of Osk"), _shown_title("Osk")
    ('leader', '', '')
    """
    words_ = role.casefold().split()
    titles = lexicon().titles
    for n in range(len(words_), 0, -1):
        shown = titles.get(" ".join(words_[:n]), "")
        if shown:
            return "" if shown.casefold() == " ".join(words_[:n]) else shown
    return ""


def _label(node: str) -> str:
    return node.split("\t", 1)[0]


def _name_units(label: str) -> list[str]:
    """The name keys of a name's words, a double name one word ("Ruiz-Olabe": "ruiz
    olabe") and a name article one word with the next ("Al Sufri": "al sufri").

    >>> _name_units("Malik Hamdan Al Sufri"), _name_units("Eduardo Valdo Ruiz-Olabe")
    (['malik', 'hamdan', 'al sufri'], ['eduardo', 'valdo', 'ruiz olabe'])
    """
    units: list[str] = []
    articles = words("name_articles")
    for word in (name_key(w) for w in label.split()):
        if units and units[-1] in articles:
            units[-1] = f"{units[-1]} {word}"
        elif word:
            units.append(word)
    return units


@lexicon_cache(maxsize=1 << 12)
def surname(name: str) -> str:
    """The last word of a person's name that is neither a particle of names nor a suffix
    (``name_particles``: "al", "de"; ``name_suffixes``: "Jr.", "III"; any language), as
    written, or "" when none: what an outlet writes alone for the person once named in full,
    and what two spellings of one person's name end in ("Karim al-Varesh", "Omar Karim
    el-Varesh"). The one reader of a last name, for the timeline's readers of names.

    >>> surname("Mara Ventel"), surname("Jan de la Vega"), surname("Tomas Arvelo Jr."), surname("Karim al-Varesh")
    ('Ventel', 'Vega', 'Arvelo', 'Varesh')
    >>> surname("Osk"), surname("de la")
    ('Osk', '')
    """
    particles, suffixes = words_in_any("name_particles"), words_in_any("name_suffixes")
    said = [w for w in re.findall(r"\w+", name) if w.casefold() not in particles and w.casefold() not in suffixes]
    return said[-1] if said else ""


def _without_last_surname(label: str) -> list[tuple[str, str]]:
    """The name keys of ``label`` without its last family name, each with that family
    name: its last unit (:func:`_name_units`), and, when lower-case ``name_particles``
    open it, those particles and the word after them with or without the word before
    them ("Ponce de León", "de León"; "del Prado"). A given name and a family name
    stay ("Ana del Prado" shortens to no name).

    >>> _without_last_surname("Ana Pérez Ponce de León")
    [('ana perez ponce', 'de leon'), ('ana perez', 'ponce de leon')]
    >>> _without_last_surname("Ana Pérez Arias"), _without_last_surname("Ana de la Vega")
    ([('ana perez', 'arias')], [])
    """
    units, written = _name_units(label), label.split()
    first = len(written) - 1
    while first > 0 and written[first - 1] in words("name_particles"):
        first -= 1  # as written: "de", not "De"
    if first == len(written) - 1:
        return [(" ".join(units[:-1]), units[-1])] if len(units) > 2 else []
    keys = [name_key(w) for w in written]
    return [(" ".join(keys[:cut]), " ".join(keys[cut:])) for cut in (first, first - 1) if cut >= 2]


def _letters(node: str) -> str:
    """The letters of a name, case, accents, spaces and hyphens aside."""
    return re.sub(r"[\s\-–]+", "", name_key(_label(node)))


def _placed(nodes: list[str], mentions: pd.DataFrame) -> dict[str, dict[str, tuple[int, int]]]:
    """Per article, where each node is first and last named (``start_char``, else row order)."""
    placed: dict[str, dict[str, tuple[int, int]]] = {}
    starts = mentions["start_char"] if "start_char" in mentions else range(len(mentions))
    for node, article, start in zip(nodes, mentions["article_id"].tolist(), starts):
        here = placed.setdefault(article, {})
        first, last = here.get(node, (start, start))
        here[node] = (min(first, start), max(last, start))
    return placed


def _first_mentions(placed: dict[str, dict[str, tuple[int, int]]]) -> dict[str, dict[str, int]]:
    """Per name key, per article: where a node of that name is first named (:func:`_placed`).

    >>> _first_mentions({"a1": {"Ana Ruíz": (40, 90), "ANA RUIZ": (12, 30)}, "a2": {"Ana Ruiz": (5, 5)}})
    {'ana ruiz': {'a1': 12, 'a2': 5}}
    """
    opens: dict[str, dict[str, int]] = {}
    for article, here in placed.items():
        for node, (first, _) in here.items():
            at = opens.setdefault(name_key(_label(node)), {})
            at[article] = min(at.get(article, first), first)
    return opens


def _without_chain(key: list[str], links: frozenset[str]) -> set[str]:
    """The name words ``key`` without a patronymic chain between the first word and
    the last ("mutlaq bin majed al-qahtani" → "mutlaq al-qahtani", "mutlaq qahtani"...)."""
    return {" ".join(key[:i] + key[j:]) for i in range(1, len(key) - 2) if key[i] in links
            for j in range(i + 2, len(key))}


def _to_father(key: list[str], links: frozenset[str]) -> set[str]:
    """The name words ``key`` up to a father's name, when more follows it ("hamad bin
    jassim bin jaber al thani" → "hamad bin jassim", "hamad bin jassim bin jaber").

    >>> sorted(_to_father("hamad bin jassim bin jaber al thani".split(), frozenset({"bin"})))
    ['hamad bin jassim', 'hamad bin jassim bin jaber']
    """
    return {" ".join(key[:i + 2]) for i in range(1, len(key) - 2) if key[i] in links}


def _credits_only(nodes: list[str], mentions: pd.DataFrame) -> frozenset[str]:
    """The ``nodes`` (one per mention) whose every mention is a credit of its story
    (the ``credit`` column of ``mentions``, :func:`kit.actors.credits.credited`; none
    without it)."""
    if "credit" not in mentions:
        return frozenset()
    credit = mentions["credit"].fillna(False).astype(bool).tolist()
    return frozenset({n for n, c in zip(nodes, credit) if c} - {n for n, c in zip(nodes, credit) if not c})


def _shortens(short: list[str], name: list[str]) -> bool:
    """The words ``short`` end the longer ``name`` ("castillo" of "rosa castillo"),
    or are its first word and no given name (a family name written first: "moon"
    of "moon jae in"; not "elizabeth" of "elizabeth warren"), or the first of two
    family names a joiner links (:func:`_joined_heads`: "cuadra" of "ramiro cuadra y pineda");
    not the father's name after a patronymic ("varan" of "osk bin varan": :func:`after_a_patronymic`)."""
    if not short or len(name) <= len(short):
        return False
    if name[-len(short):] == short and after_a_patronymic(" ".join(name[:-len(short)])):
        return False  # "varan" of "osk bin varan": the father's name
    return name[-len(short):] == short or (len(short) == 1 and (
        name[0] == short[0] and short[0] not in _given_names() or short[0] in _joined_heads(name)))


def _family_heads(persons: set[str]) -> dict[str, str]:
    """``{name: the first of its two family names}`` of the person names that have one
    (:func:`_first_family_name`, a word that opens none of them), when no other person's
    name ends with that word, save the name's own first words ("Ayuel Dengar" of "Ayuel Dengar
    Makol"; not "Samir" of "Abdul Samir Tannous" beside "Farouk Samir": the word is
    another's family name, and alone it may be his).

    >>> _family_heads({"Ayuel Dengar Makol", "Ayuel Dengar", "Abdul Samir Tannous", "Farouk Samir"})
    {'Ayuel Dengar Makol': 'dengar'}
    """
    keys = {p: name_key(p).split() for p in persons}
    given = _given_names() | {k[0] for k in keys.values() if len(k) > 1}
    ends: dict[str, list[list[str]]] = {}
    for key in keys.values():
        if len(key) > 1:
            ends.setdefault(key[-1], []).append(key)
    return {p: head for p in sorted(persons) if (head := _first_family_name(p, given))
            and all(keys[p][:len(other)] == other for other in ends.get(head, ()))}


def _first_family_name(label: str, given: frozenset[str] | set[str]) -> str:
    """The name key of the first of two family names ``label`` ends with: the word before
    its last (:func:`_name_units`: "Teztal" of "Ramiro Teztal Oquendo", "Dengar" of "Ayuel Dengar
    Makol", "Valdo" of "Eduardo Valdo Ruiz-Olabe"), which an article writes alone for the
    person as it writes the last; else ``""``. Not when that word is a ``given`` name (one
    that opens a person's name of the corpus: "Luis" of "José Luis Rodríguez"), an initial,
    particle or patronymic, nor for a name that opens with a family name written first
    ("Kim Chol Ung") or ends with a suffix ("Jr.").

    >>> _first_family_name("Ramiro Teztal Oquendo", set()), _first_family_name("José Luis Rodríguez", {"luis"})
    ('teztal', '')
    >>> _first_family_name("Eduardo Valdo Ruiz-Olabe", set()), _first_family_name("Ana Pérez", set())
    ('valdo', '')
    """
    units = _name_units(label)
    if len(units) < 3 or units[0] in family_names() or units[-1] in words("name_suffixes"):
        return ""
    word = units[-2]
    if " " in word or len(word) < 2 or word in given or word in words("name_particles") | words("patronymics"):
        return ""
    return word


def _joined_heads(key: list[str]) -> list[str]:
    """The first of two family names a ``surname_joiners`` word links, after a given
    name ("cuadra" of "ramiro cuadra y pineda", "sousa" of "lidia sousa e melo"),
    when it is no given name: alone, it names the person as readers call them. A
    particle right after the given name opens one family name ("ramiro de la vega").

    >>> _joined_heads(["ramiro", "cuadra", "y", "pineda"]), _joined_heads(["ramiro", "de", "la", "vega"])
    (['cuadra'], [])
    """
    joiners = words_in_any("surname_joiners")
    return [key[i - 1] for i in range(2, len(key) - 1)
            if key[i] in joiners and key[i - 1] not in joiners and key[i - 1] not in _given_names()]


@lexicon_cache(maxsize=1 << 12)
def _states_of(sides: frozenset[str]) -> frozenset[str]:
    """The states ``sides`` are, or whose bodies they are ("Polish Foreign Ministry":
    Poland), by kit's lexicons; a party or armed group named with a state's name is no
    body of it ("Sudan People's Liberation Movement" faced Sudan)."""
    lex = lexicon()
    return frozenset({lex.side_of(side) for side in sides} - {""})


@lexicon_cache
def _demonym_terms() -> dict[str, tuple[str, str]]:
    """The demonyms of ``demonyms.csv`` (kind ``demonym``, every language) that name one
    country only, by key: (the country, the term's language)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for row in read_table("demonyms", lang=None):
        if row["kind"] == "demonym":
            found.setdefault(name_key(row["term"]), set()).add((row["country"], row["lang"]))
    return {key: min(rows) for key, rows in found.items() if len({c for c, _ in rows}) == 1}


@lexicon_cache
def _lexicon_canonicals() -> dict[str, frozenset[str]]:
    """The canonical names of the countries and international bodies of kit's lexicon
    (``countries.csv``, ``bodies.csv``: English) and of one state's institutions named in
    another language (:func:`kit.lexicon.canonical.institutions_in_english`) by the key of
    each of their names, in every language, the canonical name's own included."""
    found: dict[str, set[str]] = {}
    for table in ("countries", "bodies"):
        for row in read_table(table, lang=None):
            for name in (row["alias"], row["canonical"]):
                found.setdefault(name_key(name), set()).add(row["canonical"])
    for lang in calendar_languages():  # a state's institution: "Casa Blanca" is shown as "White House"
        for name, english in institutions_in_english(lang).items():
            for written in (name, english):
                found.setdefault(name_key(written), set()).add(english)
    return {key: frozenset(names) for key, names in found.items()}


@lexicon_cache
def _given_names() -> frozenset[str]:
    """Name keys that are given names or nicknames in nicknames.csv: a lone one names
    no family ("Elizabeth" is not the family of "Elizabeth Warren")."""
    return frozenset(itertools.chain.from_iterable(nicknames()))


@lexicon_cache
def _nickname_words() -> frozenset[str]:
    """Name keys that are nicknames and never a given name of nicknames.csv."""
    pairs = nicknames()
    return frozenset(n for n, _ in pairs) - {name for _, name in pairs}


def _word_of(name: str, *keys: str) -> str:
    """The word of ``name`` whose name key is one of ``keys`` (as the name spells it)."""
    return next((w for w in re.split(r"[\s\-–]+", name) if name_key(w) in keys), name)


def _profile(nodes: list[str], values: pd.Series) -> dict[str, set[str]]:
    profile: dict[str, set[str]] = {}
    for node, value in zip(nodes, values.tolist()):
        if isinstance(value, str) and value:
            profile.setdefault(node, set()).add(value)
    return profile


def _strip_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def _family_first_initials(words: list[str]) -> tuple[str, str] | None:
    """The initials and family name a name written family name first, with its given
    name's syllables joined by hyphens, has in the Western order ("Wong Tak-yan": ("TY",
    "wong"), as "T.Y. Wong" writes it); None for any other name.

    >>> _family_first_initials(["Wong", "Tak-yan"]), _family_first_initials(["Tak-yan", "Wong"])
    (('TY', 'wong'), None)
    """
    if len(words) != 2 or words[0].lower() not in family_names():
        return None
    syllables = words[1].split("-")
    if len(syllables) < 2 or not all(p[:1].isalpha() for p in syllables):
        return None
    return "".join(p[0].upper() for p in syllables), name_key(words[0])


def _letters_of_initials(word: str) -> str:
    """The letters a word of initials stands for ("V." → "V", "J.A." → "JA"), else ``""``.

    >>> _letters_of_initials("J.A."), _letters_of_initials("V."), _letters_of_initials("Velupillai")
    ('JA', 'V', '')
    """
    parts = [p for p in word.split(".") if p]
    return "".join(parts) if word.endswith(".") and parts and all(len(p) == 1 and p.isupper() for p in parts) else ""


def _initials_spell(letters: str, given: list[str]) -> bool:
    """Whether the ``letters`` of initials are those of the ``given`` names, where a given name
    may be written as one word of several ("G. L." for "Gunalal", the "Guna Lal" of the
    initials): each given name takes the next letters in order, the first its own opening
    letter, the others letters of it after that, in order.

    >>> _initials_spell("GL", ["Gunalal"]), _initials_spell("GL", ["Gunalal", "Osk"])
    (True, False)
    >>> _initials_spell("ZA", ["Zarin", "Ali"]), _initials_spell("GL", ["Gunamar"])
    (True, False)
    >>> _initials_spell("JR", ["Jerry"]), _initials_spell("AB", ["Abel"]), _initials_spell("CP", ["Christopher"])
    (False, False, False)
    """
    if not letters or not given or len(letters) < len(given):
        return False
    word, rest = given[0].casefold(), given[1:]
    for take in range(1, len(letters) - len(rest) + 1):
        mine, after = letters[:take].casefold(), letters[take:]
        if word[:1] != mine[0] or (not rest and after):
            continue
        if _parts_open_with(word, mine[1:], 0) and (not rest or _initials_spell(after, rest)):
            return True
    return False


def _parts_open_with(word: str, letters: str, start: int) -> bool:
    """Whether ``word`` from ``start`` splits into parts of three letters or more, one per
    letter of ``letters`` after the part that opens at ``start``, each opening with its letter
    as a syllable does, a consonant between vowels ("gulzari|lal"; not "jer|ry", "chris|to|pher")."""
    if not letters:
        return len(word) - start >= 3
    vowels = "aeiouy"
    for at in range(start + 3, len(word) - 2):
        if word[at] == letters[0] and word[at - 1] in vowels and word[at + 1] in vowels and \
                word[at] not in vowels and _parts_open_with(word, letters[1:], at):
            return True
    return False


def written_as_initials(name: str) -> str:
    """The letters of ``name`` when it is written as initials, two to six capitals, dots
    aside ("M.O.V." gives "MOV"); else "".

    >>> written_as_initials("M.O.V."), written_as_initials("Osk"), written_as_initials("ABCDEFG")
    ('MOV', '', '')
    """
    letters = name.replace(".", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else ""


def initials_of(name: str) -> str:
    """The initials of a name of two words or more, particles aside ("" for one word).

    >>> initials_of("Mara de Osk Ventel"), initials_of("Osk")
    ('MOV', '')
    """
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
