"""Spanish rows of the lexicons as kit's readers see them (issue 16).

Titles (``titles.csv``, ``lang=es``) show as the English role they translate;
Spanish country names (``countries.csv``, ``lang=es``) give sides; English keeps
every key it has ("EU" is the European Union in the side lexicon, whose one
table serves every language). No model: Docs are built by hand.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kit.extract import dates, roles
from kit.extract.titles import lexicon
from kit.lexicon.calendar import date_patterns, in_english
from kit.lexicon.patterns import demonym_patterns, entity_patterns, title_patterns


def read(words: list[str], ents: list[str]) -> list[roles.Entity]:
    doc = Doc(spacy.blank("es").vocab, words=words, ents=ents,
              sent_starts=[True] + [False] * (len(words) - 1))
    return roles.read_entities(doc, {(e.start_char, e.end_char): e.text for e in doc.ents})


def test_a_spanish_title_before_a_name_gives_the_english_role():
    found = read(["El", "canciller", "Marcelo", "Ebrard", "llegó", "a", "Caracas", "."],
                 ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"])
    ebrard = next(e for e in found if e.text == "Marcelo Ebrard")
    assert ebrard.role == "Foreign Minister"
    found = read(["La", "presidenta", "Claudia", "Sheinbaum", "habló", "."],
                 ["O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert found[0].role == "President"


def test_spanish_titles_join_the_english_ones_in_the_lexicon():
    lex = lexicon()
    assert lex.titles["canciller"] == "Foreign Minister"
    assert lex.titles["secretario de estado"] == "Secretary of State"
    assert lex.titles["secretary of state"] == "Secretary of State"  # English unchanged
    assert lex.pattern.search("según el vocero del gobierno")


def test_spanish_country_names_give_sides_and_english_keeps_its_keys():
    lex = lexicon()
    for name in ("Estados Unidos", "EE.UU.", "EUA"):
        assert lex.side_of(name) == "United States", name
    assert lex.side_of("Noruega") == "Norway" and lex.side_of("Reino Unido") == "United Kingdom"
    assert lex.side_of("EU") == "European Union"  # English's; canonicalize renames it in Spanish


def test_ruler_patterns_are_per_language():
    spanish = [p["pattern"] for p in entity_patterns("es") if p["label"] == "TITLE"]
    assert spanish == [p["pattern"] for p in title_patterns("es")]  # no hand-kept Spanish fixes yet
    demonyms = [p for p in entity_patterns("es") if p["label"] == "NORP"]
    assert demonyms == demonym_patterns("es") and "sri lankés" in {p["pattern"] for p in demonyms}
    dates = [p for p in entity_patterns("es") if p["label"] not in ("TITLE", "NORP")]
    assert dates == date_patterns("es")  # and the dates the Spanish pipeline does not tag
    assert "secretaria de Relaciones Exteriores" in spanish and "canciller" not in spanish
    assert not set(spanish) & {p["pattern"] for p in title_patterns()}


def _dates(words: list[str], pos: list[str]) -> list[str]:
    """The DATE spans kit's Spanish patterns find in ``words``."""
    nlp = spacy.blank("es")
    ruler = nlp.add_pipe("span_ruler", config={"annotate_ents": True, "spans_key": None})
    ruler.add_patterns(date_patterns("es"))
    return [e.text for e in ruler(Doc(nlp.vocab, words=words, pos=pos)).ents]


def test_manana_is_a_date_as_an_adverb_not_as_a_noun():
    assert _dates(["Llegarán", "mañana", "a", "Lima"], ["VERB", "ADV", "ADP", "PROPN"]) == ["mañana"]
    assert _dates(["Llegarán", "manana", "a", "Lima"], ["VERB", "ADV", "ADP", "PROPN"]) == ["manana"]

    def dated(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> list[str]:
        doc = Doc(spacy.blank("es").vocab, words=words, pos=pos, heads=heads, deps=deps)
        at = words.index("mañana")
        doc.ents = [Span(doc, at, at + 1, "DATE")]
        return [row["text"] for row in dates.extract(doc, {})]

    assert dated(["Llegarán", "mañana", "."], ["VERB", "ADV", "PUNCT"], [0, 0, 0],
                 ["ROOT", "advmod", "punct"]) == ["mañana"]
    assert dated(["Llegaron", "por", "la", "mañana", "."], ["VERB", "ADP", "DET", "NOUN", "PUNCT"],
                 [0, 3, 3, 0, 0], ["ROOT", "case", "det", "obl", "punct"]) == []  # the morning
    assert dated(["Firmarán", "pasado", "mañana", "."], ["VERB", "ADJ", "ADV", "PUNCT"],
                 [0, 2, 0, 0], ["ROOT", "amod", "advmod", "punct"]) == []  # the day after: not read


def test_the_weekend_is_no_part_of_a_week():
    # "fin de semana" is the weekend, a unit of its own, not the end ("late") of this week
    found = _dates(["el", "pasado", "fin", "de", "semana"], ["DET", "ADJ", "NOUN", "ADP", "NOUN"])
    assert found == ["pasado fin de semana"] and in_english(found[0]) == "last weekend"
    assert _dates(["el", "fin", "de", "semana"], ["DET", "NOUN", "ADP", "NOUN"]) == []


def test_an_abbreviated_month_is_a_date_only_after_a_day_of_the_month():
    found = _dates(["Firmaron", "el", "7", "de", "dic.", "de", "2021", "y", "el", "9", "sep", "por", "mar", "."],
                   ["VERB", "DET", "NUM", "ADP", "NOUN", "ADP", "NUM", "CCONJ", "DET", "NUM", "NOUN", "ADP",
                    "NOUN", "PUNCT"])
    assert found == ["7 de dic. de 2021", "9 sep"]  # "por mar": by sea
    assert [in_english(f) for f in found] == ["December 7, 2021", "September 9"]


def test_a_date_of_several_words_is_found_whole():
    found = _dates(["Firmarán", "pasado", "mañana", "y", "se", "reunieron", "anoche", "y", "esta",
                    "noche", "."], ["VERB", "ADJ", "ADV", "CCONJ", "PRON", "VERB", "ADV", "CCONJ",
                                    "DET", "NOUN", "PUNCT"])
    assert found == ["pasado mañana", "anoche", "esta noche"]


def test_a_weekday_with_its_day_of_the_month_is_found_and_read_whole():
    found = _dates(["Firmarán", "el", "viernes", "18", "en", "Quito"], ["VERB", "DET", "NOUN", "NUM", "ADP", "PROPN"])
    assert found == ["viernes 18"] and in_english(found[0]) == "Friday 18"
    assert in_english("el próximo viernes 18") == "next Friday 18"


def test_a_capitalised_weekday_inside_a_sentence_is_a_name_not_a_date():
    # Spanish writes its weekdays in lower case: "Domingo" inside a sentence is a given
    # name or a place's word; the lower-case weekday, and one opening a sentence, are dates
    words = ["Llegó", "Domingo", "Ferrán", "a", "Villa", "Martes", "el", "domingo", "."]
    pos = ["VERB", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "DET", "NOUN", "PUNCT"]
    assert _dates(words, pos) == ["domingo"]
    assert _dates(["Domingo", "llegaron", "."], ["NOUN", "VERB", "PUNCT"]) == ["Domingo"]
    assert _dates(["LLEGAN", "EL", "DOMINGO"], ["VERB", "DET", "NOUN"]) == ["DOMINGO"]


def test_this_early_morning_is_a_date_as_tonight_is():
    """"esta madrugada": the early hours of the day the story is written, as "esta noche"
    is its night (calendar_words.csv, deictic)."""
    found = _dates(["Las", "tropas", "entraron", "esta", "madrugada", "."],
                   ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert found == ["esta madrugada"] and in_english(found[0]) == "this morning"


def test_a_month_of_that_year_is_one_date_read_as_that_year():
    found = _dates(["derrocado", "en", "septiembre", "de", "ese", "año", "."],
                   ["VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    assert found == ["septiembre de ese año"] and in_english(found[0]) == "September that year"
    assert in_english("3 de mayo de aquel año") == "May 3 that year"
