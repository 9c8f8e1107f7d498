"""The plain rows the storage (``reports/store.py``) reads for one period and the computation
(``reports/figures.py``) turns into figures: no Session, no ORM object, no personal data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Arrival:
    """An inquiry received in the period (its first status: before any status step)."""

    received_at: datetime
    channel: str
    kind: str
    category: str
    department_id: int | None
    topic: str  # as typed: mapped to the topic list, never shown
    first_status: str
    due_at: datetime | None


@dataclass(frozen=True)
class Event:
    """An inquiry first answered, or closed, in the period by a status step at ``at``."""

    department_id: int | None
    received_at: datetime
    at: datetime
    due_at: datetime | None


@dataclass(frozen=True)
class OpenCount:
    """Open at the period's end, per department: how many, how many past their due date."""

    department_id: int | None
    open: int
    overdue: int


@dataclass(frozen=True)
class OverdueRow:
    reference: str
    department_id: int | None
    due_at: datetime


@dataclass(frozen=True)
class InterimCase:
    """An inquiry whose interim reply may fall due in the period: its status steps (at, from,
    to; stored order) and when answers (interim reply, reply, letter,
    answer by phone) went out before the period's end."""

    kind: str
    channel: str
    category: str
    received_at: datetime
    status: str
    steps: tuple[tuple[datetime, str, str], ...]
    answers: tuple[datetime, ...]


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class PeriodFacts:
    arrivals: list[Arrival]
    answered: list[Event]  # by a status step (calls settled on the call: see ``arrivals``)
    closed: list[Event]
    open_counts: list[OpenCount]
    overdue: list[OverdueRow] = field(default_factory=list)  # only for the report's period
    interim: list[InterimCase] = field(default_factory=list)  # only for the report's period
