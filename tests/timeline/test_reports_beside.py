"""A clause with no subject of its own tells of the actor set beside it (kit.timeline.reports)."""

from __future__ import annotations

from test_timeline import THU, fake_ann

from kit.timeline import dated_clauses, event_reports, events


def article(sentences):
    return ("a", THU, "Calder Gazette", sentences)


def test_a_participle_after_a_comma_closing_a_name_tells_of_that_actor():
    text = "Osk now holds the seat of Mara Ventel, killed on 26 April."
    killed = ("26 April", "past", "killed on 26 April", None, "kill")
    ann = fake_ann(article([(text, [killed], [("Osk", "PERSON"), ("Mara Ventel", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    assert event_reports(ann)["text"].tolist() == ["26 April"]


def test_a_participle_after_a_comma_closing_no_name_has_no_participant():
    text = "Osk said the archipelago, recovered on 2 April, is not for sale."
    recovered = ("2 April", "past", "recovered on 2 April", None, "recover")
    ann = fake_ann(article([(text, [recovered], [("Osk", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["no participant"]


def test_a_name_the_model_tagged_otherwise_acts_as_the_corpus_tags_it_elsewhere():
    # the parser cut "Ventel / , who was re-elected this month, / said ..." and the model read
    # "Ventel" as no person there; the corpus names "Mara Ventel" a person elsewhere
    pieces = [("Ventel", [], [("Ventel", "MISC")]),
              (", who was re-elected this month,", [("this month", "past", None, None, "re-elect")], []),
              ("said the region is at peace.", [], [])]
    named = ("Mara Ventel arrived in Brennholm.", [], [("Mara Ventel", "PERSON"), ("Brennholm", "GPE")])
    ann = fake_ann(article([*pieces, named]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    assert events(ann)["actors"].tolist() == ["Mara Ventel"]  # the actor the corpus names, not the word
    assert dated_clauses(fake_ann(article(pieces)))["kept_out"].tolist() == ["no participant"]


def test_a_name_beside_a_participle_acts_as_the_corpus_tags_it_elsewhere():
    text = "Osk now holds the seat of Ventel, killed on 26 April."
    killed = ("26 April", "past", "killed on 26 April", None, "kill")
    named = ("Mara Ventel arrived in Brennholm.", [], [("Mara Ventel", "PERSON"), ("Brennholm", "GPE")])
    missed = (text, [killed], [("Osk", "PERSON"), ("Ventel", "MISC")])
    assert dated_clauses(fake_ann(article([missed, named])))["kept_out"].tolist() == [""]
    assert dated_clauses(fake_ann(article([missed])))["kept_out"].tolist() == ["no participant"]


def test_a_bound_set_beside_a_deadline_noun_is_a_deadline_of_its_own():
    text = "Earlier this week, Osk extended the truce with Tarn until Oct. 31, a deadline that worried the commanders."
    extended = ("Oct. 31", "past", None, "until", "extend")
    earlier = ("this week", "past", None, None, "extend")
    named = fake_ann(article([(text, [earlier, extended], [("Osk", "PERSON"), ("Tarn", "GPE")])]))
    assert dated_clauses(named)["kept_out"].tolist() == ["", ""]
    plain = text.replace("a deadline", "a move")
    bound = fake_ann(article([(plain, [earlier, extended], [("Osk", "PERSON"), ("Tarn", "GPE")])]))
    assert dated_clauses(bound)["kept_out"].tolist() == ["", "bound"]


def test_a_date_in_the_possessive_before_a_named_thing_dates_it_whatever_the_verb():
    text = "Last week's Flame of Tarn was a fine show."
    was = ("Last week", "past", None, "last", "be", {"subject": "Last week's Flame of Tarn"})
    things = [("Flame of Tarn", "WORK_OF_ART")]
    ann = fake_ann(article([(text, [was], things)]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    was = ("Last week", "past", None, "last", "be", {"subject": "the Flame of Tarn"})
    plain = fake_ann(article([(text.replace("Last week's", "Last week, the"), [was], things)]))
    assert dated_clauses(plain)["kept_out"].tolist() == ["stative verb"]
