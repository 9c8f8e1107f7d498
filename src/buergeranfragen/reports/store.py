"""Storage of the reports (takes the caller's Session): the topic list (``office_settings``
key ``topics``) and the rows a period's figures are computed from. Counting by group happens
in SQL (the open inquiries at the period's end); only the few columns a figure needs are read,
and only for the period's inquiries, so a table of 1,000,000 costs what a week holds.

An inquiry's status at a moment is read from its status steps in their stored order: the
``from_value`` of its first step at or after the moment, else its present status; its first
status is the first step's ``from_value``, else its present status."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlalchemy.sql.expression import ColumnElement, Subquery

from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.models import Department, Inquiry, InquiryStep, OfficeSetting
from buergeranfragen.inquiries.steps import StepKind
from buergeranfragen.organisation.repository import write_office_setting
from buergeranfragen.reports.facts import (
    Arrival,
    DepartmentRow,
    Event,
    InterimCase,
    OpenCount,
    OverdueRow,
)
from buergeranfragen.workflow.states import FINISHED, OPEN

TOPICS_KEY = "topics"
_CHUNK = 500
_OPEN = sorted(s.value for s in OPEN)
_FINISHED = sorted(s.value for s in FINISHED)
_STATUS = StepKind.STATUS.value


def stored_topics(session: Session) -> tuple[tuple[str, ...], int]:
    """The stored list and its version; ((), 0) when none is stored (or it is unreadable)."""
    row = session.execute(
        select(OfficeSetting.value, OfficeSetting.version).where(OfficeSetting.key == TOPICS_KEY)
    ).first()
    if row is None:
        return (), 0
    try:
        value = json.loads(row.value)
    except ValueError:
        value = None
    if not isinstance(value, list):
        return (), row.version
    return tuple(v for v in value if isinstance(v, str)), row.version


def write_topics(
    session: Session, value: str, now: datetime, actor: str, changes: dict[str, object]
) -> None:
    write_office_setting(session, TOPICS_KEY, value, now, actor, changes)


def departments(session: Session) -> list[DepartmentRow]:
    rows = session.execute(
        select(Department.id, Department.code, Department.name, Department.active)
    )
    return [DepartmentRow(r.id, r.code, r.name, bool(r.active)) for r in rows]


def _first_status() -> ColumnElement[str]:
    first = aliased(InquiryStep)
    earliest = (
        select(first.from_value)
        .where(first.inquiry_id == Inquiry.id, first.kind == _STATUS)
        .order_by(first.id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(earliest, Inquiry.status)


def arrivals(session: Session, start: datetime, end: datetime) -> list[Arrival]:
    rows = session.execute(
        select(
            Inquiry.received_at,
            Inquiry.channel,
            Inquiry.kind,
            Inquiry.category,
            Inquiry.department_id,
            Inquiry.topic,
            _first_status().label("first_status"),
            Inquiry.due_at,
        ).where(Inquiry.received_at >= start, Inquiry.received_at < end)
    )
    return [
        Arrival(r[0], r[1], r[2], r[3] or "general", r[4], r[5] or "", r[6], r[7]) for r in rows
    ]


def answered(session: Session, start: datetime, end: datetime) -> list[Event]:
    """Inquiries whose first step into a finished state lies in the period."""
    step, earlier = InquiryStep, aliased(InquiryStep)
    before = exists().where(
        earlier.inquiry_id == step.inquiry_id,
        earlier.kind == _STATUS,
        earlier.id < step.id,
        or_(earlier.to_value.in_(_FINISHED), earlier.from_value.in_(_FINISHED)),
    )
    rows = session.execute(
        select(Inquiry.department_id, Inquiry.received_at, step.at, Inquiry.due_at)
        .join(Inquiry, Inquiry.id == step.inquiry_id)
        .where(
            step.kind == _STATUS,
            step.at >= start,
            step.at < end,
            step.to_value.in_(_FINISHED),
            ~before,
        )
    )
    return [Event(r[0], r[1], r[2], r[3]) for r in rows]


def closed(session: Session, start: datetime, end: datetime) -> list[Event]:
    """Inquiries closed in the period (at their first step into closed there)."""
    step = InquiryStep
    rows = session.execute(
        select(Inquiry.department_id, Inquiry.received_at, func.min(step.at), Inquiry.due_at)
        .join(Inquiry, Inquiry.id == step.inquiry_id)
        .where(step.kind == _STATUS, step.at >= start, step.at < end, step.to_value == "closed")
        .group_by(step.inquiry_id, Inquiry.department_id, Inquiry.received_at, Inquiry.due_at)
    )
    return [Event(r[0], r[1], r[2], r[3]) for r in rows]


def _later_first_step(end: datetime) -> Subquery:
    """Per inquiry with a status step at or after ``end``: the first such step's id."""
    return (
        select(InquiryStep.inquiry_id, func.min(InquiryStep.id).label("step_id"))
        .where(InquiryStep.kind == _STATUS, InquiryStep.at >= end)
        .group_by(InquiryStep.inquiry_id)
        .subquery()
    )


def _open_unchanged(end: datetime) -> ColumnElement[bool]:
    """Open now, received before ``end``, no status step since: open at ``end``."""
    later = exists().where(
        InquiryStep.inquiry_id == Inquiry.id, InquiryStep.kind == _STATUS, InquiryStep.at >= end
    )
    return and_(Inquiry.status.in_(_OPEN), Inquiry.received_at < end, ~later)


def open_counts(session: Session, ends: Sequence[datetime]) -> list[list[OpenCount]]:
    """Open at each of ``ends`` per department, and how many of them past their due date: one
    grouped pass for all ends (the moments are put into buckets by SQL ``CASE``).

    Open at an end: either open now with no status step since (its last status step before
    the end), or the ``from_value`` of its first status step at or after the end is open;
    received before the end in both cases."""
    if not ends:
        return []
    order = sorted(set(ends))
    counts: list[dict[int | None, list[int]]] = [{} for _ in order]

    def add(index: int, department: int | None, count: int, late: bool) -> None:
        total = counts[index].setdefault(department, [0, 0])
        total[0] += count
        total[1] += count if late else 0

    last = (
        select(func.max(InquiryStep.at))
        .where(InquiryStep.inquiry_id == Inquiry.id, InquiryStep.kind == _STATUS)
        .scalar_subquery()
    )
    unchanged = session.execute(
        select(
            Inquiry.department_id,
            _bucket(Inquiry.received_at, order).label("received"),
            _bucket(last, order, none=-1).label("changed"),
            _bucket(Inquiry.due_at, order, none=len(order)).label("due"),
            func.count(),
        )
        .where(Inquiry.status.in_(_OPEN), Inquiry.received_at < order[-1])
        .group_by(Inquiry.department_id, "received", "changed", "due")
    )
    for department, received, changed, due, count in unchanged:
        for index in range(max(received, changed), len(order)):
            add(index, department, int(count), due <= index)
    steps = session.execute(
        select(
            InquiryStep.inquiry_id,
            _bucket(InquiryStep.at, order),
            InquiryStep.from_value,
            Inquiry.department_id,
            _bucket(Inquiry.received_at, order),
            _bucket(Inquiry.due_at, order, none=len(order)),
        )
        .join(Inquiry, Inquiry.id == InquiryStep.inquiry_id)
        .where(InquiryStep.kind == _STATUS, InquiryStep.at >= order[0])
        .order_by(InquiryStep.inquiry_id, InquiryStep.id)
    )
    seen, claimed = None, 0
    for inquiry, after, before, department, received, due in steps:
        if inquiry != seen:
            seen, claimed = inquiry, 0
        # at or after the ends below ``after``: the first such step for those not yet taken
        # by an earlier step of the inquiry (those are the ends below ``claimed``)
        for index in range(claimed, after):
            if received <= index and before in _OPEN:
                add(index, department, 1, due <= index)
        claimed = max(claimed, after)
    by_end = {
        e: [OpenCount(d, c[0], c[1]) for d, c in n.items()]
        for e, n in zip(order, counts, strict=True)
    }
    return [by_end[end] for end in ends]


def _bucket(
    moment: SQLCoreOperations[datetime] | SQLCoreOperations[datetime | None],
    ends: Sequence[datetime],
    none: int | None = None,
) -> ColumnElement[int]:
    """How many of ``ends`` (sorted) lie at or before ``moment``; ``none`` when it is NULL."""
    whens: list[tuple[ColumnElement[bool], int]] = []
    if none is not None:
        whens.append((moment.is_(None), none))
    whens += [(moment < end, index) for index, end in enumerate(ends)]
    return case(*whens, else_=len(ends))


def overdue(session: Session, end: datetime) -> list[OverdueRow]:
    """Open at ``end`` and past the due date then: reference, department, due date."""
    columns = (Inquiry.reference, Inquiry.department_id, Inquiry.due_at)
    unchanged = session.execute(select(*columns).where(_open_unchanged(end), Inquiry.due_at < end))
    later = _later_first_step(end)
    first = aliased(InquiryStep)
    changed = session.execute(
        select(*columns)
        .select_from(later)
        .join(first, first.id == later.c.step_id)
        .join(Inquiry, Inquiry.id == later.c.inquiry_id)
        .where(Inquiry.received_at < end, first.from_value.in_(_OPEN), Inquiry.due_at < end)
    )
    return [OverdueRow(r[0], r[1], r[2]) for r in [*unchanged, *changed]]


def interim_cases(
    session: Session,
    start: datetime,
    end: datetime,
    received_from: datetime,
    received_before: datetime,
    answer_kinds: Sequence[str],
) -> list[InterimCase]:
    """Inquiries received in [``received_from``, ``received_before``) that were open at some
    moment from ``start`` on (open now, or a status step since), with all their status steps
    and their outgoing answers before ``end``."""
    moved = exists().where(
        InquiryStep.inquiry_id == Inquiry.id, InquiryStep.kind == _STATUS, InquiryStep.at >= start
    )
    rows = session.execute(
        select(
            Inquiry.id,
            Inquiry.kind,
            Inquiry.channel,
            Inquiry.category,
            Inquiry.received_at,
            Inquiry.status,
        ).where(
            Inquiry.received_at >= received_from,
            Inquiry.received_at < received_before,
            or_(Inquiry.status.in_(_OPEN), moved),
        )
    ).all()
    steps: dict[int, list[tuple[datetime, str, str]]] = {}
    answers: dict[int, list[datetime]] = {}
    for ids in _chunks([r[0] for r in rows]):
        for s in session.execute(
            select(
                InquiryStep.inquiry_id, InquiryStep.at, InquiryStep.from_value, InquiryStep.to_value
            )
            .where(InquiryStep.inquiry_id.in_(ids), InquiryStep.kind == _STATUS)
            .order_by(InquiryStep.id)
        ):
            steps.setdefault(s[0], []).append((s[1], s[2], s[3]))
        for m in session.execute(
            select(InquiryMessage.inquiry_id, InquiryMessage.at).where(
                InquiryMessage.inquiry_id.in_(ids),
                InquiryMessage.direction == "out",
                InquiryMessage.kind.in_(list(answer_kinds)),
                InquiryMessage.at < end,
            )
        ):
            answers.setdefault(m[0], []).append(m[1])
    return [
        InterimCase(
            r[1],
            r[2],
            r[3] or "general",
            r[4],
            r[5],
            tuple(steps.get(r[0], ())),
            tuple(sorted(answers.get(r[0], ()))),
        )
        for r in rows
    ]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for at in range(0, len(ids), _CHUNK):
        yield ids[at : at + _CHUNK]
