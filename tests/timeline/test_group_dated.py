"""Which of an event's dates its reports give (:meth:`kit.timeline.merge.Group.dated`):
pinned answers, and the work done once per group, not once per member. No model."""

from __future__ import annotations

import datetime as dt

from kit.timeline import merge
from kit.timeline.evidence import Report
from kit.timeline.merge import CONFLICT, SAME, Group

D = dt.date
MON, TUE, WED = D(2022, 8, 1), D(2022, 8, 2), D(2022, 8, 3)


def report(article: str, day: dt.date, telling: bool, published: dt.date = WED) -> Report:
    row = {"article_id": article, "sentence_id": 0, "start_char": 0, "end_char": 6, "start": day, "end": day,
           "granularity": "day", "text": "Monday", "tense": "past", "verb": "sign"}
    return Report(row=row, actors=["Tarn"], places=[], sides=[], clause="Tarn signed the pact",
                  evidence="Tarn signed the pact.", published=published, source=f"Outlet {article}",
                  telling=telling)


def test_a_telling_s_day_is_the_event_s_only_where_the_event_has_it():
    act, telling_on_the_day, telling_later = report("a", MON, False), report("b", MON, True), report("c", TUE, True)
    group = Group([act])
    group.add(telling_on_the_day, SAME)
    group.add(telling_later, CONFLICT)
    assert [group.dated(m) for m in group.members] == [True, True, False]
    assert group.dates_text() == "2022-08-01: a, b"


def test_tellings_alone_date_the_event_each_on_its_day():
    group = Group([report("a", MON, True)])
    group.add(report("b", TUE, True), CONFLICT)
    assert [group.dated(m) for m in group.members] == [True, True]


def test_the_answers_follow_the_group_as_it_grows():
    group = Group([report("a", TUE, True)])
    group.add(report("b", MON, True), CONFLICT)
    assert group.dated(group.members[0]) and group.dated(group.members[1])  # tellings alone
    group.add(report("c", MON, False), CONFLICT)  # an act on Monday: Tuesday's telling is no date of it
    assert [group.dated(m) for m in group.members] == [False, True, True]
    group.add(report("d", TUE, False), CONFLICT)
    group.add(report("e", TUE, False), CONFLICT)  # Tuesday now has the most articles
    assert [group.dated(m) for m in group.members] == [True, False, True, True, True]


def test_the_event_s_dates_are_worked_out_once_for_all_its_members(monkeypatch):
    group = Group([report("a", MON, False)])
    for n in range(40):
        group.add(report(f"t{n:02d}", TUE, True), CONFLICT)
    asked = []
    original = Group.dates

    def dates(self):
        asked.append(1)
        return original(self)

    monkeypatch.setattr(merge.Group, "dates", dates)
    assert sum(group.dated(m) for m in group.members) == 1
    assert len(asked) == 1
