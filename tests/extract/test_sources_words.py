"""kit.extract.sources: the words its readers take from the lexicon (no model)."""

from __future__ import annotations

from kit.extract import sources


def test_a_title_s_of_is_the_plain_preposition_not_one_run_into_an_article(monkeypatch):
    # "jefe de gobierno": the title lexicon writes "de", never "del" ("de" + "el"); a
    # language whose contracted form sorts first ("del" before "di") still gets the plain one
    assert (sources._of_prep("es"), sources._of_prep("en"), sources._of_prep("xx")) == ("de", "of", "of")
    real = sources.words_or
    made = {"of_preps": frozenset({"di", "del"}), "contracted_articles": frozenset({"del", "al"})}
    monkeypatch.setattr(sources, "words_or", lambda name, lang, default=None:
                        made[name] if lang == "zz" and name in made else real(name, lang, default))
    assert sources._of_prep("zz") == "di"
