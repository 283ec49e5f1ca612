"""The scoring of benchmarks/accuracy.py, on hand-built predictions and gold (no model)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
assert _spec is not None and _spec.loader is not None
acc = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = acc
_spec.loader.exec_module(acc)

Gold, Pred = acc.GoldPerson, acc.Predicted
KERRY = Gold("John Kerry", True, "United States", ("Secretary of State",), ("John Kerry", "Kerry"))
MARIO = Gold("Mario Castillo", True, "Guatemala", ("Defense Minister",), ("Mario Castillo",))
ROSA = Gold("Rosa Castillo", True, "Honduras", ("Foreign Minister",), ("Rosa Castillo",))
BYLINE = Gold("Anja Keller", False)


def test_normalize_folds_accents_case_possessives_hyphens_and_spaces():
    assert acc.normalize("Iván  Márquez’s") == "ivan marquez"
    assert acc.normalize("KERRY's") == "kerry"
    assert acc.normalize("Takht-Ravanchi") == acc.normalize("Takht Ravanchi") == "takht ravanchi"
    assert acc.normalize("Humberto De La Calle") == acc.normalize("Humberto de la Calle")
    assert acc.normalize("Ban Ki–moon") == "ban ki moon"


def test_lenient_match_ignores_accents_but_not_a_different_surname_or_first_name():
    gold = [Gold("Inés Villagrán", True, variants=("Villagrán",)), MARIO]
    table = acc.match_table([Pred("Ines Villagran"), Pred("Villagran’s"), Pred("Rosa Castillo"),
                             Pred("Ines Villalobos")], gold)
    assert table == [[0], [0], [], []]


def test_exact_recall_needs_the_name_character_for_character():
    gold = [Gold("Iván Márquez", True, variants=("Iván Márquez", "Ivan Marquez")),
            Gold("Ali Khamenei", True, variants=("Ali Khamenei", "Khamenei"))]
    s = acc.score([Pred("Ivan Marquez"), Pred("Ayatollah Ali Khamenei", ("Khamenei",))], gold)
    assert (s.exact, s.lenient, s.actors) == (0, 2, 2)
    s = acc.score([Pred("Iván Márquez"), Pred("Ayatollah Ali Khamenei")], gold)
    assert (s.exact, s.lenient) == (1, 1)  # a title in the name is not stripped


def test_a_false_merge_is_counted():
    s = acc.score([Pred("Mario Castillo", ("Rosa Castillo", "Castillo"))], [MARIO, ROSA])
    assert s.merges == [("Mario Castillo", ["Mario Castillo", "Rosa Castillo"])]
    assert (s.lenient, len(s.splits), s.precise) == (2, 0, 1)


def test_a_split_is_counted_and_unmerged_names_still_count_as_precise():
    s = acc.score([Pred("John Kerry"), Pred("Kerry"), Pred("Lausanne")], [KERRY, BYLINE])
    assert s.splits == [("John Kerry", ["John Kerry", "Kerry"])]
    assert (s.merges, s.precise, s.persons, s.strays) == ([], 2, 3, ["Lausanne"])
    assert acc.table_row("spaCy", s)[4] == "0.667 (2/3)"


def test_precision_counts_bylines_as_real_persons_but_recall_counts_actors_only():
    s = acc.score([Pred("Anja Keller")], [KERRY, BYLINE])
    assert (s.precise, s.lenient, s.actors) == (1, 0, 1)


def test_precision_is_not_computed_when_the_gold_lists_actors_only():
    s = acc.score([Pred("Lausanne"), Pred("Kerry")], [KERRY], complete=False)
    assert s.precise is None and s.strays == []
    assert acc.table_row("kit", s)[4] == "–"


def test_side_and_role_are_scored_on_the_prediction_with_most_mentions():
    preds = [Pred("John Kerry", side="United States", role="secretary of state", mentions=9),
             Pred("Kerry", side="", role="", mentions=2)]
    s = acc.score(preds, [KERRY])
    assert (s.side, s.role) == ((1, 1), (1, 1))
    preds[0], preds[1] = Pred("John Kerry", mentions=1), Pred("Kerry", "", "Russia", "", 5)
    s = acc.score(preds, [KERRY])
    assert (s.side, s.role) == ((0, 1), (0, 1))


def test_side_and_role_rules():
    assert acc.side_right("united states", "United States")
    assert not acc.side_right("Guatemala", "")  # no side expected: only none is right
    assert acc.side_right("", "") and acc.side_right(None, "")
    roles = ("Chief Executive", "chairman of the High Council for National Reconciliation")
    assert acc.role_right("Chairman of the  High Council for National Reconciliation", roles)
    assert not acc.role_right("President", roles)
    assert not acc.role_right("envoy", ()) and acc.role_right("", ())


def test_a_system_without_sides_gets_no_side_score_and_prints_a_dash():
    s = acc.score([Pred("John Kerry"), Pred("Rosa Castillo")], [KERRY, MARIO])
    assert s.side is None and s.role is None
    assert acc.table_row("spaCy", s) == ["spaCy", "2", "0.500 (1/2)", "0.500 (1/2)",
                                         "0.500 (1/2)", "0", "0", "–", "–"]  # Rosa: no gold
    assert s.misses == ["Mario Castillo → nothing"]


def test_date_recall_matches_article_and_whole_period():
    gold = [("day", "a1", "2015-07-14"), ("day", "a2", "2015-07-14"),
            ("week", "a1", "2015-W13"), ("month", "a1", "2016-02")]
    found = [("day", "a1", dt.date(2015, 7, 14), dt.date(2015, 7, 14)),
             ("day", "a2", dt.date(2015, 7, 13), dt.date(2015, 7, 13)),
             ("week", "a1", dt.date(2015, 3, 23), dt.date(2015, 3, 29)),
             ("month", "a1", dt.date(2016, 2, 1), dt.date(2016, 2, 28))]
    assert acc.date_recall(gold, found) == {"day": (1, 2), "week": (1, 1), "month": (0, 1)}
    found[-1] = ("month", "a1", dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    assert acc.date_recall(gold, found)["month"] == (1, 1)


def test_gold_of_every_corpus_reads_with_actors_and_variants():
    corpora = acc.corpora()
    assert {"actors_corpus", "iran_nuclear_2015"} <= set(corpora)
    gold, complete = acc.read_gold(corpora["actors_corpus"])
    lobo = next(g for g in gold if g.name == "Katherine Lobo")
    assert not complete and len(gold) == 7 and "Kate Lobo" in lobo.variants and lobo.actor
    gold, complete = acc.read_gold(corpora["us_taliban_2020"])
    abdullah = next(g for g in gold if g.name == "Abdullah Abdullah")
    assert complete and abdullah.roles[0] == "Chief Executive" and len(abdullah.roles) == 2
    assert any(not g.actor and g.side == "" for g in gold)


def test_markdown_table_is_aligned_and_deterministic():
    text = acc.markdown(["system", "persons"], [["kit", "3"]])
    assert text == "| system | persons |\n| --- | ---: |\n| kit | 3 |"
    assert acc.ratio(2, 3) == "0.667 (2/3)" and acc.ratio(0, 0) == "–"
