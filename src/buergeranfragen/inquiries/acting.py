"""The unit of work of a clerk's action on one inquiry (storage level): the person may act
(active), the inquiry exists and is as the clerk saw it (``version``), the change is applied
once (the row's version rises by one) and the inquiry is read back. Handling (route, assign,
status, notes) and the conversation (replies, forwards, call-backs, further mails) both act
through it, so a status change is the same step whoever causes it.

The due date follows the status: it is cleared while a Rückfrage lasts (the clock stops) and
worked out again from the receipt when the inquiry goes on, the time spent waiting - or
finished, for a reopened inquiry - not counted (``workflow.deadlines``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from buergeranfragen.calendar import format_local
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.engine import SessionFactory, transaction
from buergeranfragen.db.models import Inquiry
from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord
from buergeranfragen.inquiries import repository, steps
from buergeranfragen.inquiries.records import (
    InquiryChannel,
    InquiryRecord,
    InquiryStatus,
    InquiryStep,
)
from buergeranfragen.messages import Message, msg
from buergeranfragen.organisation import repository as organisation
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow import states
from buergeranfragen.workflow.deadlines import Category, due_at, pauses_from_history


@dataclass(frozen=True)
class Acting:
    """The unit of work of one action: the session, the moment, who acts, the inquiry."""

    session: Session
    now: datetime
    actor: str
    inquiry: Inquiry


def act(
    factory: SessionFactory,
    now: datetime,
    actor: str,
    inquiry_id: int,
    version: int | None,
    change: Callable[[Acting], None],
    changes_row: bool = True,
) -> InquiryRecord:
    """Apply ``change`` to the inquiry in one unit of work and return it as stored."""
    with transaction(factory) as session:
        organisation.lock_people(session)
        person = organisation.ensure_person(session, actor, now)
        if not person.active:
            raise KnownError(
                msg(
                    "{user} ist als inaktiv eingetragen und darf nichts ändern.",
                    user=person.os_user,
                )
            )
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is None:
            raise RecordNotFound(
                msg("Anfrage Nr. {number} gibt es nicht (mehr).", number=inquiry_id)
            )
        if version is not None and inquiry.version != version:
            raise StaleRecord(changed_meanwhile(session, inquiry))
        with session.no_autoflush:  # the row is written once: its version rises by one
            change(Acting(session, now, actor, inquiry))
            if changes_row:
                inquiry.updated_at = now
        session.flush()
        record = repository.load(session, inquiry_id)
    assert record is not None
    return record


def add_step(acting: Acting, step: InquiryStep, department_id: int | None = None) -> None:
    steps.insert_steps(acting.session, acting.inquiry.id, [(step, department_id)])


def set_status(
    acting: Acting,
    before: InquiryStatus,
    after: InquiryStatus,
    comment: str,
    handed_to: str = "",
) -> None:
    """Move the inquiry on (the caller checked the step is allowed) with its history step."""
    inquiry = acting.inquiry
    inquiry.status = after.value
    add_step(
        acting,
        InquiryStep(
            at=acting.now,
            actor=acting.actor,
            kind=steps.StepKind.STATUS,
            from_value=before.value,
            to_value=after.value,
            comment=comment,
            handed_to=handed_to,
        ),
    )
    if after == InquiryStatus.WAITING:
        inquiry.due_at = None  # the clock stops while the Rückfrage lasts
    elif states.is_open(after) and (before == InquiryStatus.WAITING or before in states.DONE):
        inquiry.due_at = due_again(acting.session, inquiry)


def status_of(acting: Acting) -> InquiryStatus:
    return from_storage(InquiryStatus, acting.inquiry.status)


def due_again(session: Session, inquiry: Inquiry) -> datetime | None:
    """The due date from the receipt, the time in Rückfrage or finished not counted."""
    history = steps.steps_of(session, inquiry.id)
    received = next((s for s in history if s.kind == steps.StepKind.RECEIVED), None)
    first = from_storage(InquiryStatus, received.to_value if received else InquiryStatus.NEW)
    pauses = pauses_from_history(steps.status_intervals(first, inquiry.received_at, history))
    return due_at(
        from_storage(ContactKind, inquiry.kind),
        from_storage(InquiryChannel, inquiry.channel),
        inquiry.received_at,
        category=from_storage(Category, inquiry.category or Category.GENERAL),
        press_deadline=inquiry.deadline,
        pauses=pauses,
        settings=organisation.stored_deadlines(session),
    )


def changed_meanwhile(session: Session, inquiry: Inquiry) -> Message:
    last = steps.steps_of(session, inquiry.id)
    changed = [s for s in last if s.kind != steps.StepKind.NOTE]
    if changed:
        step = changed[-1]
        return msg(
            "{reference} wurde inzwischen von {user} geändert ({when}). Bitte neu laden und "
            "dann noch einmal entscheiden; Ihre Änderung wurde nicht gespeichert.",
            reference=inquiry.reference,
            user=step.actor,
            when=format_local(step.at),
        )
    return msg(
        "{reference} wurde inzwischen geändert. Bitte neu laden und dann noch einmal "
        "entscheiden; Ihre Änderung wurde nicht gespeichert.",
        reference=inquiry.reference,
    )
