"""An inquiry's routing and history as stored: its steps (table ``inquiry_steps``), written
in the unit of work that changes the inquiry, and its routing (department, assignee, rule) as
read for its detail. Storage level: takes the caller's Session."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from buergeranfragen.calendar import format_local
from buergeranfragen.db.models import AuditEntry, Department, Person, RoutingRule, table_of
from buergeranfragen.db.models import InquiryStep as StepRow
from buergeranfragen.inquiries.records import ENTITY, InquiryStatus, InquiryStep, RoutingInfo
from buergeranfragen.messages import msg
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.deadlines import StatusInterval

_STEPS = table_of(StepRow)


class StepKind(StrEnum):
    """Stored values: never rename one."""

    RECEIVED = "received"
    ROUTED = "routed"  # by a clerk
    ROUTED_BY_RULE = "routed_by_rule"  # on arrival, by the routing rules
    ASSIGNED = "assigned"
    STATUS = "status"
    NOTE = "note"


def insert_steps(
    session: Session,
    inquiry_id: int,
    steps: list[tuple[InquiryStep, int | None]],
) -> None:
    """Store ``steps`` of one inquiry, each with its department's id (or None)."""
    session.execute(
        insert(_STEPS),
        [
            {
                "inquiry_id": inquiry_id,
                "at": step.at,
                "actor": step.actor,
                "kind": step.kind,
                "from_value": step.from_value,
                "to_value": step.to_value,
                "department_id": department_id,
                "department_name": step.department_name,
                "handed_to": step.handed_to,
                "comment": step.comment,
            }
            for step, department_id in steps
        ],
    )


RECEIVED_AT = "received_at"  # the "create" entry's key of when the inquiry came in
_SAME_MOMENT = timedelta(minutes=1)


def _came_in(logged: datetime, received: object) -> str:
    """ "Eingang 26.11.2026 08:22" when the inquiry came in noticeably before or after it was
    logged; "" otherwise (or when unknown)."""
    try:
        moment = datetime.fromisoformat(str(received))
    except ValueError:
        return ""
    if moment.tzinfo is None or abs(moment - logged) < _SAME_MOMENT:
        return ""
    return msg("Eingang {when}", when=format_local(moment)).render()


# the keys of the audit's "create" entry (``writer.arrival``) that say how a rule routed it
ROUTED_TO, ROUTED_TO_NAME, ROUTED_BY, ROUTED_BECAUSE = (
    "routed_to",
    "routed_to_name",
    "routed_by",
    "routed_because",
)


def arrival_steps(at: datetime, actor: str, created: dict[str, Any]) -> tuple[InquiryStep, ...]:
    """An inquiry's first steps - received, and routed by a rule - from the audit trail's
    "create" entry written in the same unit of work (so they are not stored twice). The step
    is when it was logged; when the inquiry came in at another time (a mail's date, a call
    noted afterwards), its comment says when."""
    received = InquiryStep(
        at=at,
        actor=actor,
        kind=StepKind.RECEIVED,
        to_value=str(created.get("status") or ""),
        comment=_came_in(at, created.get(RECEIVED_AT)),
    )
    if not created.get(ROUTED_TO):
        return (received,)
    rule, reason = str(created.get(ROUTED_BY) or ""), str(created.get(ROUTED_BECAUSE) or "")
    routed = InquiryStep(
        at=at,
        actor=actor,
        kind=StepKind.ROUTED_BY_RULE,
        to_value=str(created[ROUTED_TO]),
        department_name=str(created.get(ROUTED_TO_NAME) or ""),
        comment=rule + (f": {reason}" if reason else ""),
    )
    return (received, routed)


def steps_of(session: Session, inquiry_id: int) -> tuple[InquiryStep, ...]:
    """The inquiry's steps, oldest first: its arrival (from the audit trail's "create" entry,
    or - written before that - stored like every later step), then the stored ones."""
    rows = session.scalars(
        # in the order they were stored: each desk's clock may be a few minutes off
        select(StepRow).where(StepRow.inquiry_id == inquiry_id).order_by(StepRow.id)
    )
    stored = tuple(
        InquiryStep(
            at=row.at,
            actor=row.actor,
            kind=row.kind,
            from_value=row.from_value,
            to_value=row.to_value,
            department_name=row.department_name,
            comment=row.comment,
            handed_to=row.handed_to,
        )
        for row in rows
    )
    if any(step.kind == StepKind.RECEIVED for step in stored):
        return stored
    created = session.execute(
        select(AuditEntry.at, AuditEntry.actor, AuditEntry.changes)
        .where(
            AuditEntry.entity == ENTITY,
            AuditEntry.entity_id == inquiry_id,
            AuditEntry.action == "create",
        )
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    if created is None:
        return stored
    try:
        changes = json.loads(created.changes)
    except ValueError:
        changes = {}
    arrival = arrival_steps(created.at, created.actor, changes if isinstance(changes, dict) else {})
    return arrival + stored


def status_intervals(
    first: InquiryStatus, received_at: datetime, steps: Iterable[InquiryStep]
) -> tuple[StatusInterval, ...]:
    """The stretches of an inquiry's status, from its first status at receipt through every
    status step (oldest first)."""
    intervals: list[StatusInterval] = []
    status, start = first, received_at
    for step in steps:
        if step.kind != StepKind.STATUS:
            continue
        intervals.append(StatusInterval(status, start, step.at))
        status, start = from_storage(InquiryStatus, step.to_value), step.at
    intervals.append(StatusInterval(status, start, None))
    return tuple(intervals)


def routing_of(
    session: Session,
    department_id: int | None,
    assignee_id: int | None,
    rule_id: int | None,
    row: dict[str, object],
) -> RoutingInfo:
    """The routing of a stored inquiry (``row``: its columns) with the names of its
    department, assignee and rule."""
    department = session.get(Department, department_id) if department_id is not None else None
    person = session.get(Person, assignee_id) if assignee_id is not None else None
    rule = session.get(RoutingRule, rule_id) if rule_id is not None else None
    due = row.get("due_at")
    return RoutingInfo(
        department_code=department.code if department else "",
        department_name=department.name if department else "",
        assignee=person.os_user if person else "",
        priority=str(row.get("priority") or ""),
        due_at=due if isinstance(due, datetime) else None,
        rule_name=rule.name if rule else "",
        reason=str(row.get("routing_reason") or ""),
    )
