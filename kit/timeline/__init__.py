"""Timeline: what happened when.

:mod:`kit.timeline.resolve` resolves a date expression against the
publication date (rules in :mod:`kit.timeline.rules`, arithmetic in
:mod:`kit.timeline.calendar_math`); :mod:`kit.timeline.events` turns the
dates table into events: :mod:`kit.timeline.reports` reads each dated clause
(what counts is in :mod:`kit.timeline.clauses`) and :mod:`kit.timeline.merge`
merges the reports of one event across articles (what two reports share is
in :mod:`kit.timeline.evidence`); :mod:`kit.timeline.coverage` says which outlets
and languages report each event and the date each gives it.
"""

from kit.timeline.coverage import EVENT_OUTLET_COLUMNS, events_by_outlet
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

__all__ = ["DATE_COLUMNS", "EVENT_COLUMNS", "EVENT_OUTLET_COLUMNS", "MAX_MERGE_DAYS", "REPORT_COLUMNS",
           "SEP", "STATUSES", "Resolution", "dated_clauses", "event_reports", "events", "events_by_outlet",
           "resolve", "resolved_dates"]
