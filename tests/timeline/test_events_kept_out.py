"""Which dated clauses are events (kit.timeline.clauses, kit.timeline.reports), and why not.

Unit tests on strings and on hand-made annotations (``fake_ann`` of test_timeline);
no model.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_timeline import THU, fake_ann

from kit.timeline import dated_clauses, event_reports, events, resolved_dates
from kit.timeline.clauses import (
    KEPT_OUT,
    furniture,
    is_outlet,
    participants,
    verb_reason,
)
from kit.timeline.reports import inputs, read_reports

D = dt.date


# ---- page furniture ----------------------------------------------------------------------


@pytest.mark.parametrize("following, kind", [
    ("(Photo: Lena Varga / Osk Wire)", "caption"),
    ("(AP Photo/Lena Varga)", "caption"),
    ("(Osk Photo)", "caption"),
    ("(Foto: Lena Varga / Diario de Osk)", "caption"),
    ("Pictured are the ruins of the bridge.", None),  # no credit in parentheses
    ("(The bridge was rebuilt in 1990.)", None),
])
def test_a_sentence_a_photo_credit_follows_is_a_caption(following, kind):
    # "Brennish troops begin their pullout from Osk on Sunday." above its credit: the photo's
    # present tense tells what was taken, no act ahead
    sentence = "Brennish troops begin their pullout from Osk on Sunday."
    assert furniture(sentence, "Sunday", 12, following) == kind


@pytest.mark.parametrize("sentence, expression, sentence_id, kind", [
    ("Updated April 3, 2015, 9:40 a.m.", "April 3, 2015", 0, "stamp"),
    ("Published: June 2, 2025", "June 2, 2025", 1, "stamp"),
    ("Thursday, January 18, 2024", "January 18, 2024", 0, "header"),
    ("THE OSK COURIER | Velmar | Friday, May 10, 2024 | Page 1", "Friday, May 10, 2024", 0, "header"),
    ("Osk Daily • Tuesday, May 7, 2024", "May 7, 2024", 1, "header"),
    ("THE OSK COURIER | Velmar | Updated May 10, 2024", "May 10, 2024", 0, "stamp"),  # a header's stamp field
    ("Velmar | Updated figures came out on Friday, May 10, 2024", "Friday, May 10, 2024", 0, None),
    ("Velmar | Leaders met in Osk on Friday, May 10, 2024", "Friday, May 10, 2024", 0, None),
    ("Osk Letter - Velmar - 2 May 2008", "2 May 2008", 0, "header"),
    ("OSK LETTER -- Velmar -- Friday 2 May 2008", "Friday 2 May 2008", 0, "header"),  # two hyphens, one dash
    ("The Osk Courier — Friday, May 10, 2024", "Friday, May 10, 2024", 1, "header"),
    ("VELMAR - Leaders met in Osk on 2 May 2008 - and talked", "2 May 2008", 1, None),  # a dateline
    ("The talks ended - 2 May 2008 - without a deal", "2 May 2008", 2, None),  # a field too long
    ("By Anja Keller, June 3, 2024", "June 3, 2024", 1, "byline"),
    ("Photo: Hulusi Akar speaks to reporters in Istanbul on July 13, 2022.", "July 13, 2022",
     16, "caption"),
    ("File photo | Smoke over Odesa on July 23, 2022.", "July 23, 2022", 30, "caption"),
    # Spanish captions and stamps: the cues of every language
    ("Foto: Ana Roe saluda a los delegados en Osk el 3 de mayo.", "3 de mayo", 12, "caption"),
    ("Pie de foto: Ana Roe llega a Osk el lunes.", "lunes", 12, "caption"),
    ("Actualizado el 3 de mayo de 2024, 9:40", "3 de mayo de 2024", 0, "stamp"),
    ("Publicado: 3/5/2024", "3/5/2024", 1, "stamp"),
    # a stamp's word opening a clause, no date after it: the story's own act
    ("Publicado el informe, el canciller firmó el lunes el acuerdo.", "lunes", 0, None),
    ("Modificado el calendario, los negociadores se reunirán el viernes.", "viernes", 1, None),
    ("Published reports said the envoy arrived on Monday.", "Monday", 0, None),
    ("Photographers waited outside on Monday.", "Monday", 2, None),
    ("Updated figures came out on Monday.", "Monday", 9, None),  # not among the first lines
    ("Officials met on Thursday.", "Thursday", 0, None),
    ("THE OSK TIMES | VELMAR | MONDAY, JANUARY 10, 2000 | PAGE 3", "MONDAY", 0, "header"),  # tagged apart
    ("EL OSK | lunes 9 de junio | Página 3", "lunes", 0, "header"),
    ("Officials met Monday, January 10 in Velmar.", "Monday", 0, None),
    # a print-era header whose fields commas part: the outlet's name in capitals or title case,
    # an edition, a page, and the date tagged whole or in parts
    ("THE OSK CHRONICLE, WEDNESDAY, FEBRUARY 21, 1962", "WEDNESDAY", 0, "header"),
    ("THE OSK CHRONICLE, WEDNESDAY, FEBRUARY 21, 1962", "FEBRUARY 21, 1962", 0, "header"),
    ("The Osk Chronicle, Late Edition, Wednesday, February 21, 1962, Page 3",
     "Wednesday, February 21, 1962", 1, "header"),
    ("OSK COURIER, English edition, Friday, May 3, 2024", "May 3, 2024", 0, "header"),
    ("Osk Chronicle — Late Edition, Wednesday, February 21, 1962", "Wednesday, February 21, 1962", 0, "header"),
    ("EL DIARIO DE OSK, lunes 10 de noviembre de 1975", "lunes 10 de noviembre de 1975", 0, "header"),
    # a sentence, or a headline whose date shares its field with other words, is none
    ("Osk Talks Resume Monday, May 3", "Monday", 0, None),
    ("On Monday, May 3, Jana Roe met Tom Osk.", "Monday, May 3", 1, None),
    ("Jana Roe, the minister, met Osk on Monday, May 3.", "Monday, May 3", 1, None),
    ("TARNBURG, Feb. 20.", "Feb. 20", 1, None),  # a dateline: the timeline says so
])
def test_stamps_headers_bylines_and_captions_are_furniture(sentence, expression, sentence_id,
                                                           kind):
    assert furniture(sentence, expression, sentence_id) == kind


@pytest.mark.parametrize("sentence, expression", [
    ("Por Clara Ruiz Vega, 3 de junio de 2008", "3 de junio de 2008"),
    ("Additional reporting by Anja Keller, June 3, 2024", "June 3, 2024"),
    ("By Élodie Marsan, June 3, 2024", "June 3, 2024"),
])
def test_a_byline_is_read_as_the_credits_read_it_in_any_language(sentence, expression):
    # the byline reader of kit.extract.bylines, the one that credits the story's writer
    assert furniture(sentence, expression, 1) == "byline"


@pytest.mark.parametrize("sentence, expression", [
    ("By Monday night the rebels had pulled back from Tarsk, officials said.", "Monday night"),
    ("Por Navidad las dos delegaciones habían vuelto a Velmar.", "Navidad"),
])
def test_a_date_where_a_byline_puts_its_writer_is_no_byline(sentence, expression):
    assert furniture(sentence, expression, 1) is None  # the date opens the lede
    assert furniture("By Anja Keller, Monday", "Monday", 1) == "byline"


@pytest.mark.parametrize("sentence, expression", [
    ("Por Valdonia firmó el 3 de marzo el ministro Amon Tavi.", "3 de marzo"),  # a verb after the name
    ("By Valdonia's count, the talks ended on May 3.", "May 3"),  # a possessive
    ("By Friday night the two delegations had signed on May 3.", "May 3"),
])
def test_a_sentence_whose_clause_goes_on_after_a_byline_word_s_name_is_no_byline(sentence, expression):
    # a byline has no verb after its writer's name: the date dates the sentence's event
    assert furniture(sentence, expression, 1) is None


@pytest.mark.parametrize("sentence, expression", [
    ("By Pieter van der Berg, May 3", "May 3"),
    ("By Hamza al-Tamimi in Osk, May 3", "May 3"),
    ("Por Nadia bin Tarek, 3 de mayo", "3 de mayo"),
])
def test_a_byline_whose_writer_s_name_has_a_lower_case_particle_is_a_byline(sentence, expression):
    assert furniture(sentence, expression, 1) == "byline"  # its date dates no event


@pytest.mark.parametrize("sentence, expression", [
    ("By Ana Ruiz with Tom Lee, May 3", "May 3"),
    ("Por Ana Ruiz con Tom Lee, 3 de mayo", "3 de mayo"),
])
def test_a_byline_whose_second_writer_is_joined_by_with_is_a_byline(sentence, expression):
    assert furniture(sentence, expression, 1) == "byline"  # its date dates no event


# ---- verbs and participants ------------------------------------------------------------------


def test_be_and_speaking_to_an_outlet_make_no_event_but_being_somewhere_does():
    assert verb_reason("be", "the talks were useful", []) == "stative verb"
    assert verb_reason("be", "Amano was in Tehran on Thursday", [], place=True) is None
    # what is scheduled to happen is an event; what is expected to be so is not
    assert verb_reason("be", "the talks had been due to end yesterday", []) is None
    assert verb_reason("be", "Armenia is to hand back Kalbajar by Nov. 15", []) is None
    assert verb_reason("be", "the talks are expected to be difficult", []) == "stative verb"
    spoke = [("NBC News", "who spoke to ")]
    assert verb_reason("speak", "who spoke to NBC News earlier this month", spoke) == "interview"
    assert verb_reason("speak", "who spoke to Reuters", [("Reuters", "who spoke to ")]) == \
        "interview"
    assert verb_reason("speak", "spoke to Lavrov on Monday", [("Lavrov", "spoke to ")]) is None
    gazette = frozenset({"calder gazette"})
    assert verb_reason("talk", "talked to the Calder Gazette", [("Calder Gazette",
                                                                 "talked to the ")], gazette)
    assert verb_reason("tell", "told NBC News on Monday", [("NBC News", "told ")]) is None
    assert is_outlet("TOLOnews") and not is_outlet("Foreign Ministry")


def test_groups_meetings_agreements_and_pronouns_take_part():
    assert participants("both governments agreed") == (["governments"], [], False)
    assert participants("the delegations met").groups == ["delegations"]
    assert participants("officials said").groups == ["officials"]
    assert participants("the talks and the summit").nouns == ["meeting"]
    assert participants("the deal, the accord and the treaty").nouns == ["agreement"]
    assert participants("the vote on the deal").nouns == ["vote", "agreement"]
    assert participants("which it suspended").pronoun
    assert not participants("prices rose sharply")
    assert participants("the truce collapsed in March 2003").nouns == ["ceasefire"]  # a month, no march
    assert participants("a march on the capital").nouns == ["march"]
    # those who do violence are a group that acts, as a crowd is
    assert participants("a mob set fire to a church").groups == ["mob"]
    assert participants("gunmen opened fire on a bus").groups == ["gunmen"]
    assert participants("attackers stormed the hotel").groups == ["attackers"]
    # a second round of a vote is a vote too, however it is spelt
    assert participants("the run-off in June was condemned").nouns == ["run-off"]
    assert participants("boycotted the runoff").nouns == ["runoff"]
    assert participants("el balotaje del domingo").nouns == ["balotaje"]


def test_the_negotiating_table_takes_part_as_the_talks():
    """``meeting_nouns``: in Spanish "la mesa" is the negotiating table, the talks ("la mesa
    volverá a reunirse hoy"), so its clause dates an event, the talks that day, which another
    outlet tells of the dialogue ("el diálogo continuará el viernes")."""
    assert participants("la mesa volverá a reunirse hoy").nouns == ["meeting"]
    ahead = ("a", D(2024, 5, 16), "Outlet a", [(
        "El diálogo continuará mañana con la discusión de la agenda.",
        [("mañana", "future", None, None, "continuar")], [])])
    today = ("b", D(2024, 5, 17), "Outlet b", [(
        "El cardenal dijo que la mesa volverá a reunirse hoy.",
        [("hoy", "future", "la mesa volverá a reunirse hoy", None, "reunir")], [])])
    (e,) = events(fake_ann(ahead, today)).to_dict("records")
    assert (e["start"], e["articles"]) == (D(2024, 5, 17), "a; b")


def test_a_plural_that_is_not_the_noun_and_an_s_takes_part_as_its_noun():
    """plurals.csv: "parties", "allies" are groups, "the treaties" agreements and "two
    ceremonies" the ceremony's event."""
    assert participants("the parties met on Friday").groups == ["parties"]
    assert participants("its allies agreed").groups == ["allies"]
    assert participants("the two treaties took effect").nouns == ["agreement"]
    assert participants("both ceremonies were held").nouns == ["ceremony"]


# ---- the dates table says why ----------------------------------------------------------------


def article(sentences):
    return ("a", THU, "Calder Gazette", sentences)


def test_each_kept_out_date_says_why():
    ann = fake_ann(article([
        ("Updated Jan. 18, 2024, 9:40 a.m.", [("Jan. 18, 2024", None, None, None)], []),
        ("By Anja Keller", [], []),
        ("BRENNHOLM, Jan. 17 (Calder Gazette) — Arvelo met Karsten on Tuesday.",
         [("Jan. 17", None, None, None), ("Tuesday", "past", None, None)],
         [("BRENNHOLM", "GPE"), ("Calder Gazette", "ORG"), ("Arvelo", "PERSON"),
          ("Karsten", "PERSON")]),
        ("The talks were useful on Wednesday.", [("Wednesday", "past", None, None, "be")], []),
        ("A source who spoke to the Calder Gazette on Monday agreed.",
         [("Monday", "past", "who spoke to the Calder Gazette on Monday", None, "speak")],
         [("Calder Gazette", "ORG")]),
        ("Prices rose on Friday.", [("Friday", "past", None, None, "rise")], []),
        ("Photo: Arvelo and Karsten in Brennholm on Jan. 16, 2024.",
         [("Jan. 16, 2024", None, None, None)], [("Arvelo", "PERSON"), ("Karsten", "PERSON")]),
        ("Both delegations will meet in six weeks.", [("six weeks", "future", None, None)], []),
    ]))
    table = dated_clauses(ann)
    why = dict(zip(table["text"], table["kept_out"]))
    assert why == {"Jan. 18, 2024": "stamp", "Jan. 17": "dateline", "Tuesday": "",
                   "Wednesday": "stative verb", "Monday": "interview", "Friday": "no participant",
                   "Jan. 16, 2024": "caption", "six weeks": "unresolved"}
    assert set(why.values()) - {""} <= set(KEPT_OUT)
    (event,) = events(ann).to_dict("records")
    assert event["actors"] == "Arvelo; Karsten"  # not the dateline's place and outlet
    assert event["start"] == D(2024, 1, 16)


@pytest.mark.parametrize("sentence, expression, verb, subject, mentions, kept", [
    # an unnamed source's statement that tells of no event: no event of its own
    ("A spokesman for the delegation said on Tuesday that the watch will be kept up.", "Tuesday", "say",
     "A spokesman for the delegation", [], "unnamed source"),
    ("Un portavoz de la Delegación de Tarn explicó el martes que la vigilancia se mantendrá.", "el martes",
     "explicar", "Un portavoz de la Delegación de Tarn", [("Delegación de Tarn", "ORG")], "unnamed source"),
    ("Fuentes de Osk dijeron el martes que la frontera seguirá cerrada.", "el martes", "decir",
     "Fuentes de Osk", [("Osk", "GPE")], "unnamed source"),
    # a named speaker's, or one that tells of the talks, stays
    ("Mara Ventel's spokesman said on Tuesday that the watch will be kept up.", "Tuesday", "say",
     "Mara Ventel's spokesman", [("Mara Ventel", "PERSON")], ""),
    ("A spokesman said on Tuesday that the talks had ended.", "Tuesday", "say", "A spokesman", [], ""),
])
def test_a_statement_of_an_unnamed_source_is_no_event(sentence, expression, verb, subject, mentions, kept):
    ann = fake_ann(article([(sentence, [(expression, "past", None, None, verb,
                                         {"subject": subject, "reporting": True})], mentions)]))
    assert dict(zip(dated_clauses(ann)["text"], dated_clauses(ann)["kept_out"]))[expression] == kept


def test_a_number_of_people_is_a_group_not_a_name():
    ann = fake_ann(article([
        ("Thousands marched on Saturday.", [("Saturday", "past", None, None, "march")],
         [("Thousands", "CARDINAL")]),
        ("Prices rose 3 percent on Friday.", [("Friday", "past", None, None, "rise")],
         [("3 percent", "PERCENT")]),
    ]))
    why = dict(zip(*dated_clauses(ann)[["text", "kept_out"]].T.to_numpy()))
    assert why == {"Saturday": "", "Friday": "no participant"}


def test_a_dateline_is_never_the_subject_of_a_clause():
    text = "BRENNHOLM, Calder (Calder Gazette) — The leaders of Arvelia's north said on Sunday they would talk."
    said = ("Sunday", "past", "The leaders of Arvelia's north said on Sunday", None, "say",
            {"subject": "BRENNHOLM, Calder (Calder Gazette) — The leaders of Arvelia's north"})
    places = [("BRENNHOLM", "GPE"), ("Calder", "GPE"), ("Calder Gazette", "ORG"), ("Arvelia", "GPE")]
    (event,) = events(fake_ann(article([(text, [said], places)]))).to_dict("records")
    assert event["actors"] == "Arvelia"
    text = "BRENNHOLM (Calder Gazette) — With Karsten beside them, Arvelo and Tamsin pledged to sign on Sunday."
    only = ("Sunday", "past", "pledged to sign on Sunday", None, "sign", {"subject": "BRENNHOLM (Calder Gazette) —"})
    people = [("BRENNHOLM", "GPE"), ("Calder Gazette", "ORG"), ("Karsten", "PERSON"), ("Arvelo", "PERSON"),
              ("Tamsin", "PERSON")]
    (event,) = events(fake_ann(article([(text, [only], people)]))).to_dict("records")
    assert event["actors"] == "Karsten; Arvelo; Tamsin"  # the words between the dateline and the clause
    text = "ARMY HEADQUARTERS, Calder (Calder Gazette) — Pledged to sign on Sunday."
    alone = ("Sunday", "past", "Pledged to sign on Sunday", None, "sign",
             {"subject": "ARMY HEADQUARTERS, Calder (Calder Gazette) —"})
    clauses = dated_clauses(fake_ann(article([(text, [alone], [("Calder Gazette", "ORG")])])))
    assert clauses["kept_out"].tolist() == ["no participant"]  # the dateline's "army" is no group


def test_a_thing_signed_with_no_one_named_is_an_agreement_signed():
    text = "The outcome, signed at the Velna Palace on Monday, is a first step."
    signed = ("Monday", "past", "signed at the Velna Palace on Monday", None, "sign",
              {"subject": "The outcome", "noun": "outcome"})
    ann = fake_ann(article([(text, [signed], [("the Velna Palace", "FAC")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    (event,) = events(ann).to_dict("records")
    assert (event["trigger"], event["start"]) == ("sign", D(2024, 1, 15))
    # another verb with a thing for subject has no participant still
    praised = ("Monday", "past", "praised at the Velna Palace on Monday", None, "praise",
               {"subject": "The outcome", "noun": "outcome"})
    ann = fake_ann(article([(text.replace("signed", "praised"), [praised], [("the Velna Palace", "FAC")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["no participant"]


def test_a_thing_signed_or_initialled_as_the_subject_inside_its_clause_is_an_agreement_signed():
    # "since the document was initialled on Monday": the parse puts the subject inside the clause
    text = "Since the document was initialled on Monday, Arvelo has defended it abroad."
    initialled = ("Monday", "past", "Since the document was initialled on Monday", None, "initial",
                  {"subject": "the document", "noun": "document"})
    ann = fake_ann(article([(text, [initialled], [("Arvelo", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    (event,) = events(ann).to_dict("records")
    assert (event["trigger"], event["start"]) == ("initial", D(2024, 1, 15))
    # another verb with a thing inside its clause for subject has no participant still
    burnt = ("Monday", "past", "where whole streets were burnt on Monday", None, "burn",
             {"subject": "whole streets"})
    text = "In the east end, where whole streets were burnt on Monday, people waited."
    assert dated_clauses(fake_ann(article([(text, [burnt], [])])))["kept_out"].tolist() == ["no participant"]


def test_a_named_agreement_is_the_agreement_its_clause_tells():
    # "the Tarn Accord" is a name, hidden from the clause's groups, but it is an accord: the
    # clause tells its signing though it names no actor, and the signing Arvelo and Karsten
    # held that day is the one event of both articles
    signed = ("Arvelo and Karsten signed the accord in Brennholm on Monday.",
              [("Monday", "past", None, None, "sign")],
              [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")])
    named = ("On Monday the two commissions signed the Tarn Accord.",
             [("Monday", "past", None, None, "sign")], [("the Tarn Accord", "LAW")])
    ann = fake_ann(article([signed]), ("b", THU, "Osk Wire", [named]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["", ""]
    reports = event_reports(ann)
    assert reports["article_id"].tolist() == ["a", "b"] and reports["event_id"].nunique() == 1


def test_an_ordinal_subject_stands_for_the_event_noun_it_counts():
    text = "The fifth round ended earlier this month, and the sixth is expected next month."
    sixth = ("next month", "future", "the sixth is expected next month", None, "expect",
             {"subject": "the sixth"})
    plain = "The crowd cheered, and the sixth is expected next month."
    assert dated_clauses(fake_ann(article([(text, [sixth], [])])))["kept_out"].tolist() == [""]
    assert dated_clauses(fake_ann(article([(plain, [sixth], [])])))["kept_out"].tolist() == [
        "no participant"]
    second = ("next month", "future", "The second is due next month", None, "be",
              {"subject": "The second"})
    after = [("The first round of talks ended in Brennholm.", [], []),
             ("The second is due next month.", [second], [])]  # the noun of the sentence before
    after_none = [("Monitors counted the rifles.", [], []), ("The second is due next month.", [second], [])]
    assert dated_clauses(fake_ann(article(after)))["kept_out"].tolist() == [""]
    assert dated_clauses(fake_ann(article(after_none)))["kept_out"].tolist() == ["no participant"]
    lady = ("Monday", "past", "The first lady visited a hospital on Monday", None, "visit",
            {"subject": "The first lady"})  # an ordinal before a noun of its own counts nothing
    assert dated_clauses(fake_ann(article([("The talks resumed in Brennholm.", [], []),
                                           ("The first lady visited a hospital on Monday.", [lady], [])]))
                         )["kept_out"].tolist() == ["no participant"]


def test_week_and_month_expressions_make_events_too():
    ann = fake_ann(article([
        ("Both delegations met last week.", [("last week", "past", None, None)], []),
        ("The two governments will sign the accord next month.",
         [("next month", "future", None, None, "sign")], []),
    ]))
    table = events(ann)
    assert table["granularity"].tolist() == ["week", "month"]
    assert table["status"].tolist() == ["happened", "expected"]
    assert event_reports(ann)["text"].tolist() == ["last week", "next month"]


def test_a_clause_without_a_subject_takes_what_it_hangs_from():
    text = "Blinken criticised the deal signed on Friday."
    ann = fake_ann(article([(text, [("Friday", "past", "signed on Friday", None, "sign")],
                             [("Blinken", "PERSON")])]))
    (event,) = events(ann).to_dict("records")
    assert (event["start"], event["actors"], event["trigger"]) == (D(2024, 1, 12), "", "sign")


def test_a_meeting_meant_in_the_next_sentence_takes_its_date():
    ann = fake_ann(article([
        ("Arvelo will meet Karsten in Brennholm on Friday.", [("Friday", "future", None, None)],
         [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Brennholm", "GPE")]),
        ("The talks, to be chaired by Marsh, are the first since the drought.", [],
         [("Marsh", "PERSON")]),
    ]))
    (event,) = events(ann).to_dict("records")
    assert event["actors"] == "Arvelo; Karsten; Marsh" and event["place"] == "Brennholm"
    explanations = events(ann, merge=False)["explanation"]
    assert explanations.str.startswith("'The talks' refers back to 'Friday'").sum() == 1


# ---- golden: real articles -------------------------------------------------------------------


@pytest.mark.model
def test_seed_interview_and_be_make_no_event_and_the_week_joins_the_meeting(seed_ann):
    clauses = dated_clauses(seed_ann)
    why = clauses.groupby("text")["kept_out"].agg(set).to_dict()
    assert why["earlier this month"] == {"interview"}  # "who spoke to NBC News"
    assert why["the next year"] == {"stative verb"}
    friday = events(seed_ann).set_index("start").loc[[D(2024, 1, 19)]]
    assert len(friday) == 1 and "2024-01-15..2024-01-21" in friday["dates"].item()


@pytest.mark.model
def test_no_event_from_a_stamp_a_caption_or_a_dateline_on_a_gold_corpus(cache_dir):
    from pathlib import Path

    import kit

    folder = Path(__file__).resolve().parents[2] / "benchmarks" / "gold" / "iran_nuclear_2015"
    ann = kit.annotate(kit.load(folder / "articles").articles, cache_dir=cache_dir)
    clauses = dated_clauses(ann)
    kept = clauses.groupby("kept_out")["text"].agg(list).to_dict()
    assert (len(kept["stamp"]), len(kept["caption"])) == (2, 6)  # "Updated ...", "Photo: ..."
    sentences = ann.sentences.set_index(["article_id", "sentence_id"])["text"]
    reports = event_reports(ann)
    said = [sentences[(a, int(s))] for a, s in zip(reports["article_id"], reports["sentence_id"])]
    assert not [s for s in said if s.startswith(("Updated", "By "))]
    # a caption only supports an event the body reports: no event of captions alone
    body = {e for e, s in zip(reports["event_id"], said) if not s.startswith("Photo:")}
    assert set(reports["event_id"]) == body
    assert not events(ann)["actors"].str.contains("Continental Wire|ADN").any()


def test_a_name_the_corpus_tags_elsewhere_acts_where_the_model_missed_it():
    missed = ("Energean began production on Monday.",
              [("Monday", "past", None, None, "begin", {"subject": "Energean"})], [])
    tagged = ("Energean said the gas would flow.", [], [("Energean", "ORG")])
    ann = fake_ann(("a", THU, "G", [missed, tagged]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    unknown = fake_ann(("a", THU, "G", [missed]))  # a capitalised word no sentence tags
    assert dated_clauses(unknown)["kept_out"].tolist() == ["no participant"]


@pytest.mark.parametrize("text, expression, subject, name, label", [
    ("Varna Gate's crossing reopened on Monday.", "Monday", "Varna Gate's crossing", "Varna Gate", "FAC"),
    ("El puente de Almendral reabrió el lunes.", "lunes", "El puente de Almendral", "Almendral", "MISC"),
])
def test_a_named_thing_that_is_no_actor_acts_as_the_subject(text, expression, subject, name, label):
    dated = (text, [(expression, "past", None, None, "reopen", {"subject": subject})], [(name, label)])
    assert dated_clauses(fake_ann(("a", THU, "G", [dated])))["kept_out"].tolist() == [""]
    assert event_reports(fake_ann(("a", THU, "G", [dated])))["text"].tolist() == [expression]
    unnamed = (text, dated[1], [])
    assert dated_clauses(fake_ann(("a", THU, "G", [unnamed])))["kept_out"].tolist() == ["no participant"]


@pytest.mark.parametrize("text, expression, clause, verb, name", [
    ("El plan que pidió la Corte de Velmar en abril avanza.", "abril",
     "que pidió la Corte de Velmar en abril", "pedir", "Corte de Velmar"),
    ("The Tribunal of Osk ruled on Monday.", "Monday", None, "rule", "Tribunal of Osk"),
])
def test_a_body_the_model_tagged_a_location_acts(text, expression, clause, verb, name):
    # a court's name read as a place's (LOC): its first word is an organ's noun, so it acts
    dated = (text, [(expression, "past", clause, None, verb)], [(name, "LOC")])
    assert dated_clauses(fake_ann(article([dated])))["kept_out"].tolist() == [""]
    # a location that names no body does not
    place = name.replace("Corte", "Puerta").replace("Tribunal", "Gate")
    other = (text.replace(name, place), [(expression, "past", clause and clause.replace(name, place), None, verb)],
             [(place, "LOC")])
    assert dated_clauses(fake_ann(article([other])))["kept_out"].tolist() == ["no participant"]


@pytest.mark.parametrize("text, expression, subject", [
    ("The two met in Brennholm on Friday.", "Friday", "The two"),
    ("Los dos viajaron a Almendral el 14 de marzo.", "14 de marzo", "Los dos"),
    ("Ambos viajaron a Almendral el viernes.", "viernes", "Ambos"),
])
def test_a_subject_that_is_only_a_count_is_the_group_named_before(text, expression, subject):
    dated = (text, [(expression, "past", None, None, "travel", {"subject": subject})], [])
    assert dated_clauses(fake_ann(("a", THU, "G", [dated])))["kept_out"].tolist() == [""]
    things = (text.replace(subject, "The rains"), [(expression, "past", None, None, "travel",
                                                    {"subject": "The rains"})], [])
    assert dated_clauses(fake_ann(("a", THU, "G", [things])))["kept_out"].tolist() == ["no participant"]


def test_an_operation_a_trial_a_panel_or_a_crowd_takes_part_in_events():
    clauses = [("The operation began on Monday.", [("Monday", "past", None, None, "begin")], []),
               ("His corruption trial opened on Monday.", [("Monday", "past", None, None, "open")], []),
               ("The panels return on Monday.", [("Monday", "future", None, None, "return")], []),
               ("Thousands marched on Monday.", [("Monday", "past", None, None, "march")], []),
               ("The final annex was signed on Monday.", [("Monday", "past", None, None, "sign")], [])]
    for text, dates, ents in clauses:
        kept = dated_clauses(fake_ann(("a", THU, "G", [(text, dates, ents)])))["kept_out"].tolist()
        assert kept == [""], text


@pytest.mark.parametrize(("clause", "groups", "nouns"), [
    ("Los garantes presentaron su propuesta", ["garantes"], ["propuesta"]),
    ("Los combates que estallaron en enero", [], ["combates"]),
    ("Los choques de ayer dejaron decenas de heridos", [], ["choques"]),  # clashes, as "clashes"
    ("Turnout in the ballot held on Monday was high", [], ["ballot"]),
    ("El Congreso peruano aprobó el acta", ["congreso"], ["agreement"]),  # one agreement however named
    ("dijo en su conferencia matutina", [], []),  # a press conference is where one speaks, no meeting
    ("El empresario había sido detenido en Almendral", ["empresario"], []),
    ("the ambassadors and a judge arrived", ["ambassadors", "judge"], []),
])
def test_spanish_groups_and_event_nouns(clause, groups, nouns):
    found = participants(clause)
    assert (found.groups, found.nouns) == (groups, nouns)


def test_a_date_inside_a_quotation_dates_no_event():
    said = ('"I booked a seat for Friday," said a passenger in Mekelle.',
            [("Friday", "past", None, None, "book")], [("Mekelle", "GPE")])
    ann = fake_ann(("a", THU, "G", [said]))
    ann.dates["quoted"] = True
    clauses = dated_clauses(ann)
    assert clauses["kept_out"].tolist() == ["quoted"] and clauses["resolved"].all()
    assert events(ann).empty


def test_a_disarmament_or_a_disaster_is_an_event_without_a_named_actor():
    ann = fake_ann(article([
        ("The first decommissioning went ahead on Saturday.", [("Saturday", "past", None, None, "go")], []),
        ("The tsunami struck on Friday.", [("Friday", "past", None, None, "strike")], []),
        ("Prices rose on Thursday.", [("Thursday", "past", None, None, "rise")], []),
    ]))
    why = dict(zip(*dated_clauses(ann)[["text", "kept_out"]].T.to_numpy()))
    assert why == {"Saturday": "", "Friday": "", "Thursday": "no participant"}


def test_an_understanding_reached_is_an_agreement_that_takes_part():
    """"a five-point understanding reached in Velmar in March": the understanding is an
    agreement (``agreement_nouns``), the clause's participant."""
    assert participants("a five-point understanding reached in Velmar").nouns == ["agreement"]
    ann = fake_ann(article([
        ("They agreed in a five-point understanding reached in Velmar on Monday.",
         [("Monday", "past", "reached in Velmar on Monday", None, "reach",
           {"subject": "a five-point understanding", "noun": "understanding"})], []),
        ("Prices rose on Friday.", [("Friday", "past", None, None, "rise")], []),
    ]))
    why = dict(zip(*dated_clauses(ann)[["text", "kept_out"]].T.to_numpy()))
    assert why == {"Monday": "", "Friday": "no participant"}


def test_a_legal_or_institutional_act_is_a_participant_of_its_clause():
    """"The indictment had been approved in March": the act, not a person, is what the
    clause is about (``event_nouns``: indictment, verdict)."""
    ann = fake_ann(article([
        ("The indictment had been approved on Monday.", [("Monday", "past", None, None, "approve")], []),
        ("The verdict was read on Tuesday.", [("Tuesday", "past", None, None, "read")], []),
        ("Prices rose on Friday.", [("Friday", "past", None, None, "rise")], []),
    ]))
    why = dict(zip(*dated_clauses(ann)[["text", "kept_out"]].T.to_numpy()))
    assert why == {"Monday": "", "Tuesday": "", "Friday": "no participant"}


def test_a_dated_participle_on_an_embargo_is_an_event_without_a_named_actor():
    """"The arms embargo imposed on Monday remains in force": a measure imposed is an act
    (``event_nouns``: embargo, like blockade), dated by its participle; a rule is not."""
    ann = fake_ann(article([
        ("The arms embargo imposed on Monday remains in force.",
         [("Monday", "past", "imposed on Monday", None, "impose", {"noun": "embargo"})], []),
        ("El embargo decretado el martes sigue vigente.",
         [("el martes", "past", "decretado el martes", None, "decretar", {"noun": "embargo"})], []),
        ("The rule imposed on Friday remains in force.",
         [("Friday", "past", "imposed on Friday", None, "impose", {"noun": "rule"})], []),
    ]))
    why = dict(zip(*dated_clauses(ann)[["text", "kept_out"]].T.to_numpy()))
    assert why == {"Monday": "", "el martes": "", "Friday": "no participant"}


def test_an_adjective_or_a_name_is_no_event_noun():
    from kit.timeline.clauses import participants

    assert participants("The ruling party walked out in Harare").nouns == []
    assert participants("Ban Ki-moon flew to Geneva").nouns == []
    assert participants("the indictment was unsealed").nouns == ["indictment"]


def test_a_subject_the_verb_carries_takes_part_as_a_pronoun_would():
    # "En mayo, en Varela, fijaron la agenda": they fixed it, the pronoun left out
    text = "En mayo, en Varela, fijaron la agenda."
    carried = ("mayo", "past", text, None, "fijar", {"implied_subject": True})
    written = ("mayo", "past", text, None, "fijar", {})
    mentions = [("Varela", "GPE")]
    assert dated_clauses(fake_ann(article([(text, [carried], mentions)])))["kept_out"].tolist() == [""]
    assert dated_clauses(fake_ann(article([(text, [written], mentions)])))["kept_out"].tolist() == [
        "no participant"]
    reports = event_reports(fake_ann(article([(text, [carried], mentions)])))
    assert reports["text"].tolist() == ["mayo"]


def test_a_year_that_names_a_thing_dates_no_event_and_says_why():
    ann = fake_ann(article([
        ("Tarn will vote next year under the 1960 electoral law.",
         [("next year", "future", None, "next", "vote"),
          ("1960", "future", None, None, "vote", {"names_thing": True})], [("Tarn", "GPE")]),
    ]))
    why = dict(zip(dated_clauses(ann)["text"], dated_clauses(ann)["kept_out"]))
    assert why == {"next year": "", "1960": "names a thing"}
    assert [str(e)[:4] for e in events(ann)["start"]] == ["2025"]


@pytest.mark.parametrize(("clause", "groups", "nouns"), [
    ("Donors are to meet in Osk next month", ["donors"], []),
    ("los donantes se reunirán en Osk", ["donantes"], []),
    ("los asambleístas volvieron a cortar la ruta", ["asambleístas"], []),
    ("The three men are to sit down together", ["men"], []),
    ("la ocupación de las islas, que se produjo el viernes", [], ["ocupación"]),
    ("The renewal keeps the corridor open into March", [], ["renewal"]),
    ("la prórroga de la tregua vence en marzo", [], ["prórroga", "ceasefire"]),
    ("la silla vacía de la instalación", [], ["instalación"]),
])
def test_donors_assembly_members_and_men_act_and_an_occupation_or_a_renewal_is_an_event(clause, groups,
                                                                                         nouns):
    found = participants(clause)
    assert (found.groups, found.nouns) == (groups, nouns)


@pytest.mark.parametrize(("text", "since", "kept_out"), [
    # "... since last month's election": the election was last month, though "since" bounds the meeting
    ("Arvelo and Karsten met on Thursday for the first time since last month's election.",
     ("last month", "past", None, "since", "meet", {"noun": "election"}), ""),
    # a date of no event noun after "since" still bounds the meeting
    ("Arvelo and Karsten met on Thursday for the first time since last month.",
     ("last month", "past", None, "since", "meet"), "bound"),
    # nor does a date after the noun it modifies: "their first meeting since Monday" bounds
    # the meeting, it tells no meeting on Monday
    ("Arvelo and Karsten met on Thursday, their first meeting since Monday.",
     ("Monday", "past", None, "since", "meet", {"noun": "meeting"}), "bound"),
])
def test_a_date_of_an_event_noun_after_since_dates_that_event_not_a_bound(text, since, kept_out):
    ann = fake_ann(("a", THU, "G", [(text, [("Thursday", "past", None, None, "meet"), since],
                                     [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == ["", kept_out]


@pytest.mark.parametrize(("text", "clause", "verb", "subject"), [
    ("The decision followed the implementation plan agreed on Monday.", "the implementation plan agreed on Monday",
     "agree", "the implementation plan"),
    ("Todo depende de una agenda común acordada el lunes.", "acordada el lunes", "acordado",
     "una agenda común"),  # the participle the model left for its lemma
    ("La agenda, de seis puntos, fue pactada el lunes en Osk.", "La agenda, de seis puntos, fue pactada el lunes",
     "pactar", "La agenda, de seis puntos,"),
])
def test_a_thing_agreed_with_no_one_named_is_an_agreement_reached(text, clause, verb, subject):
    expression = "Monday" if "Monday" in text else "lunes"
    agreed = (expression, "past", clause, None, verb, {"subject": subject})
    ann = fake_ann(("a", THU, "G", [(text, [agreed], [])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    (event,) = events(ann).to_dict("records")
    assert event["start"] == D(2024, 1, 15)
    # another verb with a thing for subject has no participant still
    praised = (expression, "past", clause, None, "praise", {"subject": subject})
    assert dated_clauses(fake_ann(("a", THU, "G", [(text, [praised], [])])))["kept_out"].tolist() == [
        "no participant"]


def test_a_person_s_last_name_alone_acts_where_the_model_tagged_nothing():
    # "Ventel was killed on Monday." after "Mara Ventel" was named: the model missed the name
    missed = ("Ventel was killed on Monday.", [("Monday", "past", None, None, "kill", {"subject": "Ventel"})], [])
    named = ("The death of Mara Ventel shook the movement.", [], [("Mara Ventel", "PERSON")])
    assert dated_clauses(fake_ann(("a", THU, "G", [named, missed])))["kept_out"].tolist() == [""]
    # the first name alone, or the last of a name that is no person's, is none
    other = ("Mara was killed on Monday.", [("Monday", "past", None, None, "kill", {"subject": "Mara"})], [])
    assert dated_clauses(fake_ann(("a", THU, "G", [named, other])))["kept_out"].tolist() == ["no participant"]
    place = ("The Ventel Basin shook the movement.", [], [("The Ventel Basin", "LOC")])
    basin = ("Basin was flooded on Monday.", [("Monday", "past", None, None, "flood", {"subject": "Basin"})], [])
    assert dated_clauses(fake_ann(("a", THU, "G", [place, basin])))["kept_out"].tolist() == ["no participant"]


@pytest.mark.parametrize(("text", "expression", "kept"), [
    ("Arvelo is the candidate for governor in elections next week.", "next week", ""),
    ("It was the vote on Monday that decided it.", "Monday", ""),  # the noun, then "on"
    ("Arvelo is the candidate for governor next week.", "next week", "stative verb"),
    ("Arvelo has been the envoy in the talks since 2019.", "2019", "stative verb"),  # a year is no noun's day
])
def test_an_event_noun_right_before_the_date_of_a_clause_of_being_is_its_event(text, expression, kept):
    row = (expression, "present", None, None, "be", {"subject": text.split()[0]})
    ann = fake_ann(("a", THU, "G", [(text, [row], [("Arvelo", "PERSON")] if "Arvelo" in text else [])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [kept]


# ---- acts the sentence says did not happen (kit.timeline.unrealised) -------------------------


@pytest.mark.parametrize("text, expression, clause, verb, why", [
    ("Arvelo and Karsten did not meet on Tuesday.", "Tuesday", None, "meet", "negated"),
    ("Arvelo and Karsten didn't meet on Tuesday.", "Tuesday", None, "meet", "negated"),
    ("No agreement was reached by Arvelo and Karsten on Tuesday.", "Tuesday", None, "reach", "negated"),
    ("Arvelo y Karsten no se reunieron el martes.", "martes", None, "reunir", "negated"),
    ("Arvelo and Karsten did not sign until Tuesday.", "Tuesday", None, "sign", ""),  # the signing's day
    ("Arvelo and Karsten did not meet on Tuesday, officials said later.", "Tuesday", None, "meet",
     "negated"),  # a canceller of another clause cancels nothing
    ("Arvelo and Karsten did not meet on Tuesday, the only day both were in town.", "Tuesday", None, "meet",
     "negated"),
    ("Arvelo said on Tuesday that Karsten would not sign.", "Tuesday", None, "say", ""),  # the saying's
    ("Arvelo and Karsten should not have stopped after the offensive on Tuesday.", "Tuesday", None, "stop",
     ""),  # the offensive's day
    ("Arvelo y Karsten no asistieron el martes a la sesión.", "martes", None, "asistir", ""),  # it was held
    ("Arvelo's remarks to Karsten on Tuesday did not revive the plan.", "Tuesday", None, "revive", ""),
    ("Arvelo and Karsten do not recognize the result of the June 27 run-off.", "the June 27", None, "recognize",
     ""),  # the run-off's day
    ("Arvelo and Karsten did not sign the accord on the 16th despite pressure.", "the 16th", None, "sign",
     "negated"),  # a date before a preposition names no noun
    ("Arvelo had not believed the news of Karsten's visit on Tuesday until he saw him.", "Tuesday",
     "Arvelo had not believed the news of Karsten's visit on Tuesday", "believe", ""),  # the visit's day
    ("The talks between Arvelo and Karsten had been due to end on Tuesday.", "Tuesday",
     "to end on Tuesday", "end", "superseded plan"),
    ("The talks between Arvelo and Karsten were scheduled to close on Tuesday but ran on.", "Tuesday",
     None, "close", "superseded plan"),
    ("The talks between Arvelo and Karsten were scheduled to close on Tuesday.", "Tuesday",
     None, "close", ""),  # a plan told, not said to have given way
    ("The talks of Arvelo and Karsten, which had been due to end on Sunday, were extended on Tuesday.",
     "Tuesday", None, "extend", ""),  # the plan dates Sunday, not the extension
    ("Arvelo and Karsten met on Tuesday.", "Tuesday", None, "meet", ""),
    ("No doubt talks resumed on Tuesday between Arvelo and Karsten.", "Tuesday", None, "resume",
     ""),  # an idiom denies nothing
    ("The talks between Arvelo and Karsten were scheduled to open on Tuesday and did, but ended on "
     "Friday.", "Tuesday", None, "open", ""),  # the plan went on as planned before the contrast
])
def test_an_act_denied_or_a_plan_that_gave_way_makes_no_event(text, expression, clause, verb, why):
    grammar = {"subject": "Arvelo's remarks to Karsten on Tuesday"} if "remarks" in text else {}
    ann = fake_ann(article([(text, [(expression, "past", clause, None, verb, grammar)],
                             [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    table = dated_clauses(ann)
    assert table["kept_out"].tolist() == [why]
    assert len(events(ann)) == (0 if why else 1)


def test_a_date_that_carries_an_act_on_into_the_next_day_makes_no_second_event():
    text = "Arvelo and Karsten worked through Tuesday night and into Wednesday morning."
    clause = text[:-1]
    ann = fake_ann(article([(text, [("Tuesday", "past", clause, None, "work"),
                                    ("Wednesday", "past", clause, "into", "work")],
                             [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    why = dict(zip(*dated_clauses(ann)[["text", "kept_out"]].T.to_numpy()))
    assert why == {"Tuesday": "", "Wednesday": "continuation"}
    (event,) = events(ann).to_dict("records")
    assert event["start"] == D(2024, 1, 16)


def test_into_a_day_with_no_earlier_date_of_its_clause_dates_the_act():
    text = "Arvelo and Karsten talked into Wednesday."
    ann = fake_ann(article([(text, [("Wednesday", "past", None, "into", "talk")],
                             [("Arvelo", "PERSON"), ("Karsten", "PERSON")])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]


@pytest.mark.parametrize("text, place", [
    ("Arvelo, who is treated at a clinic in Velmar, met Karsten in Tarnburg on Tuesday.", "Tarnburg"),
    ("Arvelo met Karsten on Tuesday in Tarnburg, which lies near Velmar.", "Tarnburg"),
    ("Arvelo se reunió el martes con Karsten en Tarnburg, cuyo obispo vive en Velmar.", "Tarnburg"),
    ("Arvelo flew to Tarnburg, where he met Karsten in Velmar on Tuesday.", "Velmar; Tarnburg"),  # its own
])
def test_a_place_a_relative_clause_names_is_no_place_of_the_dated_act(text, place):
    ann = fake_ann(article([(text, [("martes" if "martes" in text else "Tuesday", "past", None, None, "meet")],
                             [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Velmar", "GPE"),
                              ("Tarnburg", "GPE")])]))
    (event,) = events(ann).to_dict("records")
    assert event["place"] == place


def test_a_superseded_plan_supports_the_event_other_articles_give_its_day():
    planned = ("a", THU, "Calder Gazette", [(
        "Arvelo and Karsten are due to sign the accord in Tarnburg on Tuesday.",
        [("Tuesday", "future", None, None, "sign")], [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Tarnburg", "GPE")])])
    gave_way = ("b", D(2024, 1, 25), "Osk Wire", [(
        "Arvelo and Karsten had been due to sign the accord in Tarnburg on Tuesday but were delayed.",
        [("Tuesday", "past", "to sign the accord in Tarnburg on Tuesday", None, "sign")],
        [("Arvelo", "PERSON"), ("Karsten", "PERSON"), ("Tarnburg", "GPE")])])
    assert dated_clauses(fake_ann(gave_way))["kept_out"].tolist() == ["superseded plan"]
    assert events(fake_ann(gave_way)).empty  # alone, no event
    (event,) = events(fake_ann(planned, gave_way)).to_dict("records")
    assert event["articles"] == "a; b"


@pytest.mark.parametrize("text, clause, verb, subject, noun", [
    ("La crisis que estalló en marzo dejó cientos de heridos.", "que estalló en marzo", "estallar",
     "La crisis", "crisis"),
    ("El paro comenzó el lunes.", None, "comenzar", "El paro", "paro"),
    ("The standoff ended on Monday.", None, "end", "The standoff", "standoff"),
    ("The deadline expired on Monday.", None, "expire", "The deadline", "deadline"),
    # a relative clause of the antecedent's complement: the strike's start, not the extension's
    ("La prolongación del paro en Tarn, que empezó el lunes, preocupa.", "que empezó el lunes",
     "empezar", "La prolongación", "paro"),
])
def test_an_event_noun_that_began_or_ended_is_the_event_of_its_clause(text, clause, verb, subject, noun):
    # nothing else acts in the clause: its subject, an event noun of a verb of breaking out,
    # beginning or ending, is what happened
    expression = next(w for w in ("el lunes", "en marzo", "on Monday") if w in text)
    dated = (expression, "past", clause, None, verb, {"subject": subject})
    ann = fake_ann(article([(text, [dated], [])]))
    assert dated_clauses(ann)["kept_out"].tolist() == [""]
    _, (report,) = read_reports(resolved_dates(ann), inputs(ann))
    assert report.nouns == [noun]


@pytest.mark.parametrize("text, verb, subject", [
    ("The crisis deepened on Monday.", "deepen", "The crisis"),  # no outbreak: a state going on
    ("La crisis empeoró el lunes.", "empeorar", "La crisis"),
    ("Prices began to rise on Monday.", "begin", "Prices"),  # no event noun
])
def test_a_noun_of_a_crisis_tells_no_event_unless_it_began_or_ended(text, verb, subject):
    expression = "el lunes" if "el lunes" in text else "on Monday"
    dated = (expression, "past", None, None, verb, {"subject": subject})
    assert dated_clauses(fake_ann(article([(text, [dated], [])])))["kept_out"].tolist() == ["no participant"]


def test_a_month_of_a_strike_that_began_joins_the_day_it_began_told_with_its_callers():
    # the day's report names who called the strike, the month's only the strike: both tell
    # its start (two verbs of beginning), and the strike is the noun they share
    day = ("El paro convocado por la Unión de Tarn comenzó el lunes.",
           [("el lunes", "past", None, None, "comenzar", {"subject": "El paro"})],
           [("Unión de Tarn", "ORG")])
    month = ("La prolongación del paro en Tarn, que empezó en enero, preocupa en Velmar.",
             [("en enero", "past", "que empezó en enero", None, "empezar", {"subject": "La prolongación"})],
             [("Tarn", "GPE"), ("Velmar", "GPE")])
    ann = fake_ann(("a", THU, "Calder Gazette", [day]), ("b", D(2024, 2, 20), "Osk Post", [month]))
    (event,) = events(ann).to_dict("records")
    assert (event["start"], event["n_sources"]) == (D(2024, 1, 15), 2)


@pytest.mark.parametrize("text, verb, subject, noun", [
    # a modifier of the subject's head is no subject: the budget passed, not an emergency
    ("The emergency budget passed on Monday.", "pass", "The emergency budget", "emergency"),
    # a person's complement: the mediator began something, the dispute did not begin
    ("The mediator in the dispute began his tour on Monday.", "begin", "The mediator in the dispute",
     "dispute"),
    ("A lawyer in the dispute began work on Monday.", "begin", "A lawyer in the dispute", "dispute"),
    # a verb with a direct object tells what its subject did, not that it began or ended
    ("La Corte terminó sus deliberaciones el lunes.", "terminar", "La Corte", "corte"),
    ("La Corte Suprema concluyó el lunes la audiencia.", "concluir", "La Corte Suprema", "corte"),
    ("The insurgency began a new offensive on Monday.", "begin", "The insurgency", "insurgency"),
    ("La rebelión inició el lunes una ofensiva.", "iniciar", "La rebelión", "rebelión"),
    # "corte" is a court as well as a cut: no noun of an outbreak by itself
    ("El corte de luz terminó el lunes.", "terminar", "El corte de luz", "corte"),
])
def test_only_the_head_of_a_subject_without_an_object_breaks_out(text, verb, subject, noun):
    expression = "el lunes" if "el lunes" in text else "on Monday"
    dated = (expression, "past", None, None, verb, {"subject": subject})
    ann = fake_ann(article([(text, [dated], [])]))
    reports = read_reports(resolved_dates(ann), inputs(ann))[1]
    assert all(noun not in report.nouns for report in reports)


@pytest.mark.parametrize("text, verb, subject, noun", [
    ("The border crisis ended on Monday.", "end", "The border crisis", "crisis"),
    ("The start of the standoff began on Monday.", "begin", "The start of the standoff", "standoff"),
    ("El inicio del paro comenzó el lunes.", "comenzar", "El inicio del paro", "paro"),
    ("La crisis de Tarn estalló el lunes.", "estallar", "La crisis de Tarn", "crisis"),
    # "a" and "al" after the verb are prepositions in Spanish, no article of an object
    ("La prolongación del paro, que empezó a mediados del lunes, preocupa.", "empezar",
     "La prolongación del paro", "paro"),
    ("El paro terminó al mediodía del lunes.", "terminar", "El paro", "paro"),
])
def test_the_head_of_the_subject_or_of_its_start_is_the_noun_that_broke_out(text, verb, subject, noun):
    # the head ("the border crisis"), or the complement of a noun of starting or lasting
    expression = "el lunes" if "el lunes" in text else "on Monday"
    dated = (expression, "past", None, None, verb, {"subject": subject})
    ann = fake_ann(article([(text, [dated], [])]))
    nouns = [n for report in read_reports(resolved_dates(ann), inputs(ann))[1] for n in report.nouns]
    assert noun in nouns
