"""Two reports that name one person written otherwise (kit.timeline.merge: the people a
group names written apart), read with the one last-name reader, kit.actors.surname. No model."""

from __future__ import annotations

import datetime as dt

from kit.timeline.evidence import Report
from kit.timeline.merge import Group

MON = dt.date(2022, 8, 1)


def report(article: str, people: list[str]) -> Report:
    row = {"article_id": article, "sentence_id": 0, "start_char": 0, "end_char": 6, "start": MON, "end": MON,
           "granularity": "day", "text": "Monday", "tense": "past", "verb": "sign"}
    return Report(row=row, actors=list(people), places=[], sides=[], clause="signed the pact",
                  evidence="They signed the pact.", published=MON, source=f"Outlet {article}", people=list(people))


def test_names_of_one_person_share_their_last_name_particles_aside():
    group = Group([report("a", ["Karim al-Varesh", "Mara Ventel"])])
    assert group._people_written_apart(report("b", ["Omar Karim el-Varesh"])) == 1
    assert group._people_written_apart(report("c", ["Mara Ilse Ventel"])) == 1
    assert group._people_written_apart(report("d", ["Osk Ventel"])) == 0


def test_a_name_with_a_suffix_ends_in_the_last_name_before_the_suffix():
    # "Jr.", "III" (name_suffixes) are no last name: one outlet's "Tomas Arvelo Jr." is another's
    # "Tomas Arvelo", as "Juan Osk I" is "Juan Osk"
    group = Group([report("a", ["Tomas Arvelo Jr.", "Juan Osk I"])])
    assert group._people_written_apart(report("b", ["Tomas Arvelo"])) == 1
    assert group._people_written_apart(report("c", ["Juan Osk"])) == 1
    assert group._people_written_apart(report("d", ["Ana Arvelo"])) == 0
