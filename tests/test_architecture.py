"""The folders are the architecture: stages, the import graph, public paths, the cache key.

No model and no browser: this file is part of the fast tier.
"""

from __future__ import annotations

import importlib
import re
import shutil
from pathlib import Path

import pytest

from kit.nlp import namespace
from kit.nlp.namespace import code_fingerprint, code_modules, kit_imports, module_file
from kit.nlp.rows import EXTRACTORS

REPO = Path(__file__).resolve().parent.parent
KIT = REPO / "kit"

# Each stage may import its own modules and those of earlier stages, never a later one.
STAGES = {
    "kit.version": 0, "kit.schema": 0, "kit.links": 0,
    "kit.lexicon": 1,
    "kit.ingest": 2,
    "kit.extract": 3,
    "kit.nlp": 4,
    "kit.counts": 5, "kit.actors": 5,
    "kit.network": 6, "kit.timeline": 6,
    "kit.charts": 7,
    "kit.publish": 8,
    "kit": 9, "kit.__main__": 9,
}


def all_modules() -> list[str]:
    names = []
    for path in sorted(KIT.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def stage_of(module: str) -> str:
    return module if module in STAGES else ".".join(module.split(".")[:2])


def import_graph() -> dict[str, set[str]]:
    return {m: kit_imports(m) for m in all_modules()}


def test_kit_folder_shows_the_stages():
    entries = {p.name for p in KIT.iterdir() if not p.name.startswith(("_", "."))}
    folders = {p.name for p in KIT.iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert folders == {s.split(".")[1] for s in STAGES if s.count(".") == 1 and
                       (KIT / s.split(".")[1]).is_dir()}
    # the data model, the version and the site's link scheme (shared by charts and publish)
    assert entries - folders == {"schema.py", "version.py", "links.py"}
    for module in all_modules():
        assert stage_of(module) in STAGES, f"{module} belongs to no stage"


def test_architecture_diagram_names_every_stage_folder():
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    diagram = doc.split("```")[1]
    for folder in sorted(p.name for p in KIT.iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert f"kit/{folder}/" in diagram, f"the diagram does not name kit/{folder}/"
    for named in re.findall(r"kit/(\w+)/", doc):
        assert (KIT / named).is_dir(), f"docs/architecture.md names kit/{named}/, which is gone"


def test_no_import_cycles():
    graph = import_graph()
    state: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])


def test_cycle_finder_sees_imports_inside_functions(tmp_path):
    """kit_imports reads function-level imports too (how cycles used to hide)."""
    assert "kit.nlp.namespace" in kit_imports("kit.nlp.cluster")  # imported inside a function
    root = tmp_path / "kit"
    (root / "a").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "a" / "__init__.py").write_text("")
    (root / "a" / "x.py").write_text("def f():\n    from kit.a.y import g\n")
    (root / "a" / "y.py").write_text("from . import x\n")
    assert kit_imports("kit.a.x", root) == {"kit.a.y"}
    assert kit_imports("kit.a.y", root) == {"kit.a.x"}


def test_stages_import_only_earlier_stages():
    wrong = []
    for module, targets in import_graph().items():
        here = STAGES[stage_of(module)]
        for target in targets:
            if STAGES[stage_of(target)] > here:
                wrong.append(f"{module} imports {target} (a later stage)")
    assert not wrong, "\n".join(wrong)


def test_timeline_reads_actors_through_their_package():
    """The timeline takes the actor tables as :mod:`kit.actors` exports them, never from a
    module inside it (:mod:`kit.actors.registry`, :mod:`kit.actors.names`): the actors'
    internals may move without the timeline noticing."""
    wrong = [f"{module} imports {target}" for module, targets in import_graph().items()
             if stage_of(module) == "kit.timeline" for target in sorted(targets)
             if target.startswith("kit.actors.")]
    assert not wrong, "\n".join(wrong)


def test_the_import_checks_see_a_timeline_module_import_actors_internals(tmp_path):
    root = tmp_path / "kit"
    for folder in ("actors", "timeline"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "__init__.py").write_text("")
    (root / "actors" / "registry.py").write_text("def f():\n    pass\n")
    (root / "timeline" / "inner.py").write_text("from kit.actors.registry import f\n")
    (root / "timeline" / "public.py").write_text("from kit.actors import f\n")
    assert kit_imports("kit.timeline.inner", root) == {"kit.actors.registry"}
    assert kit_imports("kit.timeline.public", root) == {"kit.actors"}


def test_chart_code_never_imports_spacy():
    for path in sorted((KIT / "charts").glob("*.py")):
        assert not re.search(r"^\s*(import|from)\s+spacy", path.read_text(), re.M), path


@pytest.mark.parametrize("path, kind", [
    ("kit.load", "function"), ("kit.annotate", "function"), ("kit.entity_counts", "function"),
    ("kit.actors.actor_registry", "function"), ("kit.actors.actor_mentions", "function"),
    ("kit.network.build_network", "function"), ("kit.network.to_graphml", "function"),
    ("kit.network.filter_network", "function"), ("kit.network.edges_table", "function"),
    ("kit.timeline.events", "function"), ("kit.timeline.resolved_dates", "function"),
    ("kit.counts.quoted_by_outlet", "function"), ("kit.counts.unnamed_by_outlet", "function"),
    ("kit.timeline.events_by_outlet", "function"),
    ("kit.nlp.resolve_model", "function"), ("kit.Annotations", "class"),
    ("kit.Article", "class"),
])
def test_documented_import_paths_work(path, kind):
    module, _, name = path.rpartition(".")
    obj = getattr(importlib.import_module(module), name)
    assert (isinstance(obj, type) if kind == "class" else callable(obj) and
            not isinstance(obj, type)), path


def copy_kit(tmp_path: Path) -> Path:
    root = tmp_path / "kit"
    shutil.copytree(KIT, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_cache_key_covers_every_module_that_builds_rows():
    covered = code_modules()
    assert {"kit.nlp.rows", "kit.extract.inputs", "kit.lexicon.canonical", "kit.schema",
            *EXTRACTORS.values()} <= covered
    # found from the imports, not a list: what the extractors import is covered
    for module in EXTRACTORS.values():
        assert kit_imports(module) <= covered, module
    # the packages' own code is covered, not what they import for their users
    assert {"kit", "kit.extract", "kit.lexicon", "kit.nlp"} <= covered
    assert not {"kit.charts.theme", "kit.publish.report", "kit.nlp.run", "kit.actors.registry",
                "kit.counts.entities"} & covered


def test_editing_any_row_building_module_changes_the_namespace(tmp_path):
    root = copy_kit(tmp_path)
    covered = code_modules(root)
    # and the package __init__ modules Python runs to import them: kit, kit.extract, ...
    packages = {name.rsplit(".", n)[0] for name in covered for n in range(1, name.count(".") + 1)}
    assert {"kit", "kit.extract", "kit.lexicon", "kit.nlp"} <= packages
    modules = sorted(covered | packages)
    assert len(modules) >= 10
    before = code_fingerprint(root)
    for name in modules:
        path = module_file(name, root)
        original = path.read_bytes()
        path.write_bytes(original + b"\n# edited\n")
        assert code_fingerprint(root) != before, f"editing {name} left the cache namespace as is"
        path.write_bytes(original)
    assert code_fingerprint(root) == before


def test_editing_a_lexicon_changes_the_namespace_and_other_code_does_not(tmp_path):
    root = copy_kit(tmp_path)
    before = code_fingerprint(root)
    (root / "charts" / "theme.py").write_text("# charts do not shape rows\n", encoding="utf-8")
    assert code_fingerprint(root) == before
    data = sorted(p for p in (root / "lexicon" / "data").iterdir() if p.is_file())
    assert data
    for path in data:
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert code_fingerprint(root) != before, f"editing {path.name} left the namespace as is"
        path.write_bytes(original)


def test_a_module_an_extractor_starts_to_import_is_covered(tmp_path):
    root = copy_kit(tmp_path)
    (root / "extract" / "helper_new.py").write_text("WORDS = ('a',)\n", encoding="utf-8")
    dates = root / "extract" / "dates.py"
    dates.write_text(dates.read_text(encoding="utf-8") + "\nfrom kit.extract.helper_new import WORDS\n",
                     encoding="utf-8")
    assert "kit.extract.helper_new" in code_modules(root)
    before = code_fingerprint(root)
    (root / "extract" / "helper_new.py").write_text("WORDS = ('b',)\n", encoding="utf-8")
    assert code_fingerprint(root) != before


def test_namespace_is_hashed_once_per_process():
    namespace._this_code.cache_clear()
    first = namespace._this_code()
    assert namespace._this_code.cache_info().hits == 0
    assert namespace._this_code() == first == code_fingerprint()
    assert namespace._this_code.cache_info().hits == 1


def test_a_token_class_a_pattern_or_a_word_list_two_stages_share_is_defined_once():
    """A set of dependencies, a pattern or the month names two modules read is one
    object, kept by the module of the earlier stage (or of the same stage) and imported."""
    from kit.extract import dates, lemmas, phrases, relations, roles, sources
    from kit.extract.datelines import month_names
    from kit.ingest import boilerplate, encoding
    from kit.lexicon import wordlists
    from kit.nlp import names, rows
    from kit.timeline import clauses, context

    assert dates.VERB_POS is lemmas.VERB_POS
    assert relations.PASSIVE_SUBJECT_DEPS is roles.PASSIVE_SUBJECT_DEPS is phrases.PASSIVE_SUBJECT_DEPS
    assert sources.PASSIVE_SUBJECT_DEPS is phrases.PASSIVE_SUBJECT_DEPS and not hasattr(sources, "_PASSIVE_SUBJECTS")
    assert phrases.POSSESSIVE is names.POSSESSIVE is rows.POSSESSIVE is roles.POSSESSIVE is wordlists.POSSESSIVE
    assert clauses.month_names is month_names and not hasattr(clauses, "_months")
    assert {"june", "junio"} <= month_names()
    assert boilerplate.CONTROL is encoding.CONTROL and not hasattr(boilerplate, "_CONTROL")
    events = importlib.import_module("kit.timeline.events")  # kit.timeline.events is also a function
    assert events.DIALOGUE_DASHES is context.DIALOGUE_DASHES and not hasattr(events, "_DASHES")
