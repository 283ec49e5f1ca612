"""Timeline: what happened when.

:mod:`kit.timeline.resolve` resolves a date expression against the
publication date (rules in :mod:`kit.timeline.rules`, arithmetic in
:mod:`kit.timeline.calendar_math`); :mod:`kit.timeline.events` turns the
dates table into events: :mod:`kit.timeline.reports` reads each dated clause
(what counts is in :mod:`kit.timeline.clauses`) and :mod:`kit.timeline.merge`
merges the reports of one event across articles (what two reports share is
in :mod:`kit.timeline.evidence`).
"""

from kit.timeline.events import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    MAX_MERGE_DAYS,
    REPORT_COLUMNS,
    SEP,
    STATUSES,
    dated_clauses,
    event_reports,
    events,
    resolved_dates,
)
from kit.timeline.resolve import Resolution, resolve

__all__ = ["DATE_COLUMNS", "EVENT_COLUMNS", "MAX_MERGE_DAYS", "REPORT_COLUMNS", "SEP", "STATUSES",
           "Resolution", "dated_clauses", "event_reports", "events", "resolve", "resolved_dates"]
