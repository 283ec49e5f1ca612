"""A coarser report that joined no event at its turn is matched again once every report
has had its (kit.timeline.merge through kit.timeline.events); hand-made annotations, no model."""

from __future__ import annotations

import datetime as dt

from test_timeline import fake_ann

from kit.timeline import event_reports, events

D = dt.date


def _article(article_id, published, text, expression, verb, people):
    return (article_id, published, f"Outlet {article_id}",
            [(text, [(expression, "past", None, None, verb)], [(p, "PERSON") for p in people])])


# Thursday 29 February, told by two outlets; the week of 26 February to 3 March; February
SIGNED = _article("a", D(2024, 3, 1), "Arvelo signed the charter on Thursday.", "Thursday", "sign", ["Arvelo"])
INKED = _article("d", D(2024, 3, 1), "Arvelo signed the charter on Thursday in the morning.", "Thursday",
                 "sign", ["Arvelo"])
SETTLED = _article("b", D(2024, 3, 4), "Arvelo and Karsten settled last week.", "last week", "settle",
                   ["Arvelo", "Karsten"])
RECALLED = _article("c", D(2024, 4, 2), "Arvelo and Karsten signed the charter in February.", "February",
                    "sign", ["Arvelo", "Karsten"])


def test_a_week_joins_the_event_a_later_month_gave_the_name_the_week_shares_with_it():
    """The week ("Arvelo and Karsten settled last week") shares one name with Thursday's
    signing when its turn comes, too little; the month ("Arvelo and Karsten signed the
    charter in February") then joins the signing and brings Karsten: matched again once
    every report has had its turn, the week tells the signing of two names it shares."""
    ann = fake_ann(SIGNED, INKED, SETTLED, RECALLED)
    reports = event_reports(ann)
    assert len(reports) == 4
    assert reports["event_id"].nunique() == 1
    (e,) = events(ann).to_dict("records")
    assert (e["start"], e["end"]) == (D(2024, 2, 29), D(2024, 2, 29))


def test_without_the_month_the_week_sharing_one_name_stays_apart():
    assert event_reports(fake_ann(SIGNED, INKED, SETTLED))["event_id"].nunique() == 2


# ---- one person written two ways ---------------------------------------------------------------


def _arrived(article_id, text, person):
    return (article_id, D(2024, 3, 5), f"Outlet {article_id}",
            [(text, [("Monday", "past", None, None, "arrive")], [(person, "PERSON")])])


def test_one_person_written_with_and_without_a_middle_name_is_one_arrival():
    """Outlets write one person otherwise ("Mara Ilse Ventel", "Mara Ventel"): the words of
    one name, two or more and the last among them, all in the other's, name a person both
    reports share; a report naming only someone the event lacks would be another event."""
    full = _arrived("a", "Mara Ilse Ventel arrived on Monday.", "Mara Ilse Ventel")
    short = _arrived("b", "Mara Ventel arrived on Monday.", "Mara Ventel")
    assert event_reports(fake_ann(full, short))["event_id"].nunique() == 1
    particle = _arrived("c", "Mara al-Ventel arrived on Monday.", "Mara al-Ventel")  # a name's particle
    assert event_reports(fake_ann(full, particle))["event_id"].nunique() == 1
    other = _arrived("d", "Osk Ventel arrived on Monday.", "Osk Ventel")  # the surname alone: another person
    assert event_reports(fake_ann(full, other))["event_id"].nunique() == 2


def test_a_dateline_read_into_a_name_is_no_part_of_it():
    from kit.timeline.evidence import bare_name

    assert bare_name("PORT CALDER - Tarn Union") == "Tarn Union"
    assert bare_name("Tarn Union") == "Tarn Union"
    assert bare_name("U.N. Security Council") == "U.N. Security Council"


# ---- a coarser report that others joined during the rematch ------------------------------------


def test_a_rematched_report_that_took_another_keeps_it_when_it_joins_an_event(monkeypatch):
    """A week left alone may take a month during the rematch (the month's dates contain the
    week's) and then, on the next pass, join a finer event itself: the month goes with it,
    not lost with the week's group. The matcher is scripted: which event each joins is not
    the point, that no report vanishes is."""
    from types import SimpleNamespace

    from kit.timeline import merge

    class Stub:
        def __init__(self, name, start, end, members):
            self.name, self.start, self.end, self.members = name, start, end, members
            self.days = (end - start).days + 1

        def add(self, r, kind):
            self.members.append(r)

    def report(name, start, end):
        return SimpleNamespace(name=name, start=start, end=end, days=(end - start).days + 1,
                               published=D(2024, 4, 2), article_id=name, sentence_id=0, start_char=0)

    day = Stub("day", D(2024, 2, 13), D(2024, 2, 13), [report("d1", D(2024, 2, 13), D(2024, 2, 13)),
                                                        report("d2", D(2024, 2, 13), D(2024, 2, 13))])
    week = Stub("week", D(2024, 2, 12), D(2024, 2, 18), [report("w", D(2024, 2, 12), D(2024, 2, 18))])
    month = Stub("month", D(2024, 2, 1), D(2024, 2, 29), [report("m", D(2024, 2, 1), D(2024, 2, 29))])
    script = {("w", 1): None, ("m", 1): week, ("w", 2): day}
    passes: dict[str, int] = {}

    def scripted(r, near):
        passes[r.name] = passes.get(r.name, 0) + 1
        target = script.get((r.name, passes[r.name]))
        return None if target is None or target not in list(near) else (1, merge.WITHIN, target)

    monkeypatch.setattr(merge, "_best_match", scripted)
    groups = merge._rematch_coarser([day, week, month])
    kept = sorted(r.name for g in groups for r in g.members)
    assert kept == ["d1", "d2", "m", "w"]
