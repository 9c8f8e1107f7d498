"""The figures of a report as plain data (the contract between the computation in
``reports/figures.py`` and everything that shows or exports them: the window's Berichte
section, XLSX, CSV, PDF, ``report --json``). No names, addresses, numbers or message text are
ever part of it: references, department codes, topics from the office's topic list, counts.

Times are in working days (NRW holidays, the office's closed days): an inquiry answered on the
working day it came in took 0 days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from buergeranfragen.reports.periods import Period

UNASSIGNED = ""  # the department code of "Nicht zugeordnet"
OTHER_TOPIC = "Sonstiges"  # a topic not on the office's list (free text never shows)


@dataclass(frozen=True)
class Durations:
    """Working days from receipt to an event, over the inquiries it happened to in the period:
    median and 90th percentile (None without any), and how many."""

    count: int = 0
    median: float | None = None
    p90: float | None = None


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole`` (``value``: None when ``whole`` is 0)."""

    part: int = 0
    whole: int = 0

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True)
class DepartmentFigures:
    code: str  # UNASSIGNED for "Nicht zugeordnet"
    name: str  # the department's name (an organisation, no person)
    new: int = 0
    answered: int = 0
    closed: int = 0
    open_at_end: int = 0
    overdue_at_end: int = 0
    first_answer: Durations = field(default_factory=Durations)
    closing: Durations = field(default_factory=Durations)
    within_deadline: Share = field(default_factory=Share)


@dataclass(frozen=True)
class TrendPoint:
    """The key figures of one earlier week (for the 12-week trend)."""

    period: Period
    new: int
    answered: int
    closed: int
    open_at_end: int
    overdue_at_end: int
    first_answer_median: float | None
    within_deadline: Share


@dataclass(frozen=True)
class OverdueItem:
    """An inquiry open and past its due date at the period's end: no personal data."""

    reference: str
    department_code: str  # UNASSIGNED when not routed
    days_overdue: int  # working days past the due date at the period's end


@dataclass(frozen=True)
class Report:
    period: Period
    generated_at: datetime
    # arrivals in the period
    new: int
    new_by_channel: dict[str, int]  # InquiryChannel value → count (every channel, 0 included)
    new_by_kind: dict[str, int]  # "citizen", "press", "ifg" (an IFG request counts there only)
    new_by_department: dict[str, int]  # department code (UNASSIGNED) → count
    new_by_topic: dict[str, int]  # a topic of the list (OTHER_TOPIC) → count
    new_by_day: dict[date, dict[str, int]]  # each day of the period → channel → count
    # what happened in the period, and the state at its end
    answered: int  # first answered (Beantwortet, am Telefon erledigt, abgegeben) in the period
    closed: int  # closed (Abgeschlossen) in the period
    open_at_end: int  # received before the end and not finished at the end
    overdue_at_end: int  # of those, past their due date at the end
    first_answer: Durations
    closing: Durations
    first_contact_resolution: Share  # calls of the period settled during the call / calls
    within_deadline: Share  # answered in the period by their due date / answered with one
    interim_on_time: Share  # interim replies due in the period sent by then / due
    departments: list[DepartmentFigures]  # by code; "Nicht zugeordnet" last
    trend: list[TrendPoint]  # the 12 weeks before the period's first week, oldest first
    overdue: list[OverdueItem]  # most overdue first
