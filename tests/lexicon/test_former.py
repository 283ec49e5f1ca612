"""Former states and the seats of divided ones (kit.lexicon.former), by the article's date."""

from __future__ import annotations

from datetime import date

from kit.lexicon.former import divided_then, former_successors, seat_then, state_then


def test_a_seat_of_a_divided_state_is_that_state_s_in_an_article_of_its_time():
    assert seat_then("Aden", date(1980, 3, 1)) == "South Yemen"
    assert seat_then("ADEN", date(1967, 11, 30)) == "South Yemen"  # the first day
    assert seat_then("Aden", date(1990, 5, 22)) == ""  # the day of the unification: today's state
    assert seat_then("Aden", date(2020, 1, 1)) == "" and seat_then("Aden", None) == ""
    assert seat_then("Sana'a", date(1980, 3, 1)) == "Yemen"  # the other state's seat, its code today's
    assert seat_then("Velmora", date(1980, 3, 1)) == ""
    assert former_successors("South Yemen") == {"South Yemen", "Yemen"}


def test_a_state_of_today_divided_between_two_states_is_neither_of_them_by_its_name():
    assert divided_then("Yemen", date(1980, 3, 1)) and divided_then("Vietnam", date(1970, 6, 1))
    assert not divided_then("Yemen", date(1995, 1, 1)) and not divided_then("Yemen", None)
    assert not divided_then("Vietnam", date(1985, 1, 1))  # reunified in July 1976
    assert not divided_then("Zimbabwe", date(1979, 9, 10))  # renamed, not divided
    assert not divided_then("Germany", date(1980, 3, 1))  # no seats given: its places stay today's


def test_the_places_of_a_renamed_state_are_the_former_state_s_in_its_time():
    assert state_then("Zimbabwe", date(1979, 9, 10)) == "Rhodesia"
    assert state_then("Zimbabwe", date(1980, 4, 18)) == "Zimbabwe"
