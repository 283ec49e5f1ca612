"""Build ``holidays.csv``: holiday names and the day each falls on, from the ``holidays`` package.

Re-run it after upgrading ``holidays`` (pinned in the ``lexicons`` and ``dev`` extras
of ``pyproject.toml``) or editing ``holiday_overrides.csv`` beside this file::

    .venv/bin/python -m kit.lexicon.build.holidays            # rewrite the file
    .venv/bin/python -m kit.lexicon.build.holidays --check    # exit 1 if it differs
    .venv/bin/python -m kit.lexicon.build.holidays --report   # also list what was left out

``tests/lexicon/test_holidays_build.py`` fails when the committed file differs from
what this module makes. kit never imports it at run time: it reads the file
(:func:`kit.lexicon.calendar.holidays`), and :mod:`kit.timeline.rules` resolves "on
Good Friday", "New Year's Day" against the publication date.

What is generated
-----------------
For every country the package has, in English (``en_US``, else ``en_GB``) and in
Spanish (``es``), each holiday name and its dates from :data:`YEARS` give a rule:
``MM-DD`` when every date falls on that day of the year, ``easter+N`` when every
date is N days from (Western) Easter Sunday (``dateutil.easter``). ``holidays.csv``
(``name,rule,granularity,lang,source``) keeps a name, lower case, with the rule most
countries that have it give it, when

- at least :data:`MIN_COUNTRIES` countries have it (one country's "Christmas Holiday",
  27 December, is what others call the days around Christmas),
- at least :data:`AGREEMENT` of them give that rule (Christmas Day is 25 December
  in most countries, 7 January in a few: the 25th), and
- no country whose language it is gives it another (``NATIVE``: "Labor Day" is 1 May
  in many countries' English names, a Monday in September in the United States':
  left out).

Names of moving feasts of other calendars (lunar, Orthodox), of a weekday of a
month, observed days and estimates are left out: no rule above gives them.
``holiday_overrides.csv`` adds a name the package does not have, or gives another
granularity: "Easter" alone is the week of Easter Sunday ("at Easter"), a day
otherwise; the days of Holy Week the package names in no country or in one only
("Palm Sunday", "Holy Tuesday"; "Domingo de Ramos", "Martes Santo": days from Easter
Sunday in the Western Christian liturgical calendar, each row's ``note`` saying so).
Their ``source`` in ``holidays.csv`` is ``kit``.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from kit.lexicon.build import common
from kit.lexicon.build.common import Left
from kit.lexicon.files import DATA_DIR

FILE = "holidays.csv"
COLUMNS = ("name", "rule", "granularity", "lang", "source")
OVERRIDES = Path(__file__).with_name("holiday_overrides.csv")
YEARS = range(2001, 2031)  # the years the package gives most countries' holidays for
AGREEMENT = 0.85
MIN_COUNTRIES = 2  # a name one country gives may be a phrase others use loosely ("Christmas holiday")
LANGUAGES = {"en": ("en_US", "en_GB"), "es": ("es",)}
NATIVE = {"en": frozenset({"US", "GB", "IE", "AU", "NZ", "CA"}), "es": frozenset({"ES", "MX", "AR", "CO"})}


def rule_of(dates: Sequence[dt.date]) -> str | None:
    """``MM-DD`` or ``easter+N`` if every date in ``dates`` follows it, else None.

    >>> rule_of([dt.date(2018, 12, 25), dt.date(2019, 12, 25)])
    '12-25'
    >>> rule_of([dt.date(2018, 3, 30), dt.date(2019, 4, 19)]), rule_of([dt.date(2018, 9, 3), dt.date(2019, 9, 2)])
    ('easter-2', None)
    """
    from dateutil.easter import easter

    days = {(d.month, d.day) for d in dates}
    if len(days) == 1:
        month, day = days.pop()
        return f"{month:02d}-{day:02d}"
    offsets = {(d - easter(d.year)).days for d in dates}
    return f"easter{offsets.pop():+d}" if len(offsets) == 1 else None


def _country_rules(lang: str) -> dict[str, dict[str, str | None]]:
    """Per lower-case holiday name, the rule each country gives it in ``lang``."""
    import holidays

    localized = holidays.list_localized_countries()
    found: dict[str, dict[str, str | None]] = {}
    for code in sorted(c for c in holidays.list_supported_countries() if len(c) == 2):  # not the ISO3 twins
        spoken = localized.get(code, [])
        language = next((x for x in LANGUAGES[lang] if x in spoken), None)
        if language is None:
            continue
        dates: dict[str, list[dt.date]] = {}
        for day, names in holidays.country_holidays(code, years=YEARS, language=language).items():
            for name in names.split("; "):
                dates.setdefault(name, []).append(day)
        for name, days in dates.items():
            if "(" in name or len({d.year for d in days}) < len(YEARS) // 2:
                continue  # "(observed)", "(estimated)"; a day of some years only
            found.setdefault(name.lower(), {})[code] = rule_of(days)
    return found


def make() -> tuple[str, list[Left]]:
    """The text of ``holidays.csv`` and the names left out."""
    import holidays

    source = f"holidays {holidays.__version__}"
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}
    left: list[Left] = []
    for lang in LANGUAGES:
        for name, by_country in _country_rules(lang).items():
            votes = Counter(by_country.values())
            (rule, count), total = votes.most_common(1)[0], len(by_country)
            native = {by_country[c] for c in NATIVE[lang] & by_country.keys()}
            if rule is None or total < MIN_COUNTRIES or count < AGREEMENT * total or native - {rule}:
                left.append(Left(name, lang, f"rules {dict(votes)} (native: {sorted(map(str, native))})"))
                continue
            rows[(lang, name)] = (name, rule, "day", lang, source)
    with OVERRIDES.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows[(row["lang"], row["name"])] = (row["name"], row["rule"], row["granularity"], row["lang"], "kit")
    text = common.csv_text(COLUMNS, (rows[k] for k in sorted(rows)))
    return text, left


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kit.lexicon.build.holidays [--check] [--report] [--data-dir DIR]``."""
    return common.main(argv, module="kit.lexicon.build.holidays", doc=__doc__,
                       make=_files, origin="the holidays package gives")


def _files(data_dir: Path = DATA_DIR) -> tuple[dict[str, str], list[Left]]:
    text, left = make()
    return {FILE: text}, left


if __name__ == "__main__":
    sys.exit(main())
