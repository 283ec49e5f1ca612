"""The holiday names (kit.lexicon.build.holidays) and how the timeline reads them."""

from __future__ import annotations

import datetime as dt

from kit.lexicon.build import holidays as build
from kit.lexicon.calendar import holidays
from kit.lexicon.files import DATA_DIR
from kit.timeline.resolve import resolve


def test_the_committed_file_is_what_the_pinned_package_gives():
    text, _ = build.make()
    assert (DATA_DIR / build.FILE).read_text(encoding="utf-8") == text


def test_names_the_countries_disagree_on_are_left_out():
    english = holidays("en")
    assert english["christmas day"] == ("12-25", "day")  # 7 January in a few: most say the 25th
    assert english["good friday"] == ("easter-2", "day")
    assert "independence day" not in english  # every country its own
    assert "labor day" not in english  # 1 May in many, a Monday of September in the United States
    assert holidays("es")["viernes santo"] == ("easter-2", "day")


def test_a_holiday_resolves_to_its_nearest_occurrence():
    found = resolve("on Good Friday", dt.date(1998, 4, 20), tense="past")
    assert (found.start, found.granularity) == (dt.date(1998, 4, 10), "day")
    assert "2 days before Western Easter Sunday" in found.explanation
    assert resolve("New Year's Day", dt.date(2008, 1, 28)).start == dt.date(2008, 1, 1)
    assert resolve("last Christmas", dt.date(2019, 12, 1)).start == dt.date(2018, 12, 25)
    easter = resolve("at Easter", dt.date(2018, 4, 20), tense="past")  # the holiday, not one day of it
    assert (easter.start, easter.end, easter.granularity) == (dt.date(2018, 3, 26), dt.date(2018, 4, 1), "week")


def test_a_holiday_before_a_full_date_takes_that_date_s_year():
    found = resolve("Good Friday, April 10, 1998", dt.date(2018, 4, 10), tense="past")
    assert (found.start, found.granularity) == (dt.date(1998, 4, 10), "day")


def test_the_days_of_holy_week_the_package_lacks_come_from_the_overrides():
    # "el Martes Santo", "Palm Sunday": days of the Western Christian Holy Week, N days from Easter
    spanish, english = holidays("es"), holidays("en")
    assert [spanish[n] for n in ("domingo de ramos", "lunes santo", "martes santo", "miércoles santo")] == [
        ("easter-7", "day"), ("easter-6", "day"), ("easter-5", "day"), ("easter-4", "day")]
    assert [english[n] for n in ("palm sunday", "holy tuesday", "holy week")] == [
        ("easter-7", "day"), ("easter-5", "day"), ("easter+0", "week")]
    found = resolve("on Palm Sunday", dt.date(1998, 4, 20), tense="past")
    assert (found.start, found.granularity) == (dt.date(1998, 4, 5), "day")
