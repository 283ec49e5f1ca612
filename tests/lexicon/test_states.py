"""The key sets of states, capitals, subdivisions and demonyms: one lexicon function each
(:mod:`kit.lexicon.states`), computed once per lexicon, and every stage asks that one.

No model.
"""

from __future__ import annotations

from collections import Counter

from kit.lexicon import bodies, canonical, states
from kit.lexicon.files import read_table
from kit.lexicon.keys import name_key
from kit.nlp import labels, rows
from kit.timeline import reports


def _append(path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_each_key_set_reads_its_rows(kit_data):
    _append(kit_data / "countries.csv", "Republic of Tarn,Tarn,en,test")
    _append(kit_data / "countries.csv", "República de Tarn,Tarn,es,test")
    _append(kit_data / "demonyms.csv", "Oskburg,Tarn,capital,en,test")
    _append(kit_data / "demonyms.csv", "Tarnian,Tarn,demonym,en,test")
    _append(kit_data / "subdivisions.csv", "Vel Province,Tarn,province,en,test")
    assert {"republic of tarn", "republica de tarn"} <= states.country_keys()
    assert "oskburg" in states.capital_keys() and "oskburg" not in states.country_keys()
    assert {"republic of tarn", "oskburg"} <= states.state_keys()
    assert "vel province" not in states.state_keys()
    assert {"republic of tarn", "oskburg", "vel province"} <= states.place_keys()
    assert "tarnian" in states.demonym_keys() and "tarnian" not in states.place_keys()
    assert states.country_aliases()["republic of tarn"] == "Tarn"
    assert "republica de tarn" not in states.country_aliases()
    assert states.country_aliases("es")["republica de tarn"] == "Tarn"
    assert {"vel province", "oskburg"} <= canonical.place_name_keys()


def test_every_stage_asks_the_lexicon_s_one_function():
    # the entity labels (nlp), the mention rows (nlp), the event reports (timeline) and the
    # canonical names (lexicon) read the same cached sets, not copies of their own
    assert labels.place_keys is states.place_keys is rows.place_keys
    assert labels.demonym_keys is states.demonym_keys is reports.demonym_keys is rows.demonym_keys
    assert labels.state_keys is states.state_keys and labels.country_keys is states.country_keys
    assert reports.country_keys is states.country_keys and reports.capital_keys is states.capital_keys
    assert canonical.country_aliases is states.country_aliases is bodies.country_aliases
    assert not hasattr(reports, "_state_keys") and not hasattr(reports, "_demonym_keys")


def test_a_language_names_one_country_by_each_key():
    """What :func:`kit.lexicon.states.country_aliases` keeps of ``countries.csv``: a key of
    one language naming two countries would lose one of them."""
    seen = Counter((row["lang"], name_key(row["alias"])) for row in read_table("countries", lang=None))
    names = {(row["lang"], name_key(row["alias"]), row["canonical"]) for row in read_table("countries", lang=None)}
    assert len({(lang, key) for lang, key, _ in names}) == len(names), "a key of one language names two countries"
    assert all(len(states.country_aliases(lang)) == len({k for (code, k) in seen if code == lang})
               for lang in {lang for lang, _ in seen})


def test_a_capital_named_in_another_language_reads_as_its_english_name(kit_data):
    """:func:`kit.lexicon.states.english_capitals`: one language's (the article's) or every
    language's but English (``None``: what a role reads, :func:`kit.extract.phrases._english_capital`)."""
    from kit.extract import phrases

    _append(kit_data / "countries.csv", "Tarn,Tarn,en,test")
    _append(kit_data / "demonyms.csv", "Oskburg,Tarn,capital,en,test")
    _append(kit_data / "demonyms.csv", "Burgo de Osk,Tarn,capital,es,test")
    _append(kit_data / "countries.csv", "Vel,Vel,en,test")  # two English capitals: no one English name
    _append(kit_data / "demonyms.csv", "Velm,Vel,capital,en,test")
    _append(kit_data / "demonyms.csv", "Velmar,Vel,capital,en,test")
    _append(kit_data / "demonyms.csv", "Ciudad de Velm,Vel,capital,es,test")
    assert states.english_capitals("es")["burgo de osk"] == states.english_capitals(None)["burgo de osk"] == "Oskburg"
    assert "ciudad de velm" not in states.english_capitals(None) and "oskburg" not in states.english_capitals(None)
    assert not states.english_capitals("en")
    assert phrases._english_capital("Burgo de Osk") == "Oskburg" and phrases._english_capital("Oskburg") == ""
    assert canonical.english_capitals is states.english_capitals
