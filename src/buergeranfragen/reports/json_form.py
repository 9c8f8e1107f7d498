"""A report as stable JSON (``report --json``, README "Bericht als JSON"): the ``Report``'s
fields by name, dates and moments ISO 8601, shares as {"part", "whole", "value"}, durations as
{"count", "median", "p90"}. Pure."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from buergeranfragen.reports.periods import Period
from buergeranfragen.reports.records import Durations, Report, Share


def share(value: Share) -> dict[str, Any]:
    return {"part": value.part, "whole": value.whole, "value": value.value}


def durations(value: Durations) -> dict[str, Any]:
    return asdict(value)


def period(value: Period) -> dict[str, Any]:
    return {
        "kind": value.kind.value,
        "key": value.key,
        "label": value.label,
        "first": value.first.isoformat(),
        "last": value.last.isoformat(),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "period": period(report.period),
        "generated_at": report.generated_at.isoformat(),
        "new": report.new,
        "new_by_channel": report.new_by_channel,
        "new_by_kind": report.new_by_kind,
        "new_by_department": report.new_by_department,
        "new_by_topic": report.new_by_topic,
        "new_by_day": {day.isoformat(): counts for day, counts in report.new_by_day.items()},
        "answered": report.answered,
        "closed": report.closed,
        "open_at_end": report.open_at_end,
        "overdue_at_end": report.overdue_at_end,
        "first_answer": durations(report.first_answer),
        "closing": durations(report.closing),
        "first_contact_resolution": share(report.first_contact_resolution),
        "within_deadline": share(report.within_deadline),
        "interim_on_time": share(report.interim_on_time),
        "departments": [
            {
                "code": d.code,
                "name": d.name,
                "new": d.new,
                "answered": d.answered,
                "closed": d.closed,
                "open_at_end": d.open_at_end,
                "overdue_at_end": d.overdue_at_end,
                "first_answer": durations(d.first_answer),
                "closing": durations(d.closing),
                "within_deadline": share(d.within_deadline),
            }
            for d in report.departments
        ],
        "trend": [
            {
                "period": period(t.period),
                "new": t.new,
                "answered": t.answered,
                "closed": t.closed,
                "open_at_end": t.open_at_end,
                "overdue_at_end": t.overdue_at_end,
                "first_answer_median": t.first_answer_median,
                "within_deadline": share(t.within_deadline),
            }
            for t in report.trend
        ],
        "overdue": [
            {
                "reference": o.reference,
                "department": o.department_code,
                "days_overdue": o.days_overdue,
            }
            for o in report.overdue
        ],
    }


def report_to_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2)
