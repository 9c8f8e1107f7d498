"""What clerks do with an inquiry once it has arrived, each one unit of work with its history
step: route it to a department (by hand, with a reason), assign it to a person, change its
status (``workflow.states`` decides what is allowed), add an internal note; and the same for
several inquiries at once (one unit of work each, a summary of what was done and refused).

Everyone with an active person may do this (``organisation.roles``). A clerk who acted on an
inquiry as they saw it (``version``) while a colleague changed it is told and changes nothing;
so is a clerk whose change crosses a colleague's at the same moment (the row's version).

The due date follows the status: it is cleared while a Rückfrage lasts (the clock stops) and
worked out again from the receipt when the inquiry goes on, the time spent waiting - or
finished, for a reopened inquiry - not counted (``workflow.deadlines``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from buergeranfragen.calendar import format_local
from buergeranfragen.clock import Clock
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import Department, Inquiry, Person
from buergeranfragen.errors import (
    FieldError,
    KnownError,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.inquiries import repository, steps
from buergeranfragen.inquiries.records import (
    BulkResult,
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

NOTE_LIMIT = 10_000  # characters of a note or comment
HANDED_TO_LIMIT = 300  # characters of the authority an inquiry is handed over to


@dataclass(frozen=True)
class _Acting:
    """The unit of work of one action: the session, the moment, who acts, the inquiry."""

    session: Session
    now: datetime
    actor: str
    inquiry: Inquiry


class HandlingService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- finding ------------------------------------------------------------------------------

    def id_of(self, reference: str) -> int:
        """The inquiry with this reference ("BA-2026-00012", any case)."""
        wanted = reference.strip().upper()
        with reading(self._factory) as session:
            found = session.scalar(select(Inquiry.id).where(Inquiry.reference == wanted))
        if found is None:
            raise RecordNotFound(
                msg(
                    "Eine Anfrage mit dem Aktenzeichen {reference} gibt es nicht.", reference=wanted
                )
            )
        return found

    # -- one inquiry --------------------------------------------------------------------------

    def route(
        self,
        inquiry_id: int,
        department_code: str,
        *,
        assignee: str | None = None,
        reason: str = "",
        version: int | None = None,
    ) -> InquiryRecord:
        """Route by hand to the department (and, optionally, a person of the office). Moving an
        inquiry that has a department on needs a reason, and its assignee is cleared unless one
        is named; a routing that changes nothing is refused (nothing written)."""
        reason = _text(reason, "reason")
        wanted = (assignee or "").strip() or None  # "" names nobody, like None

        def change(acting: _Acting) -> None:
            inquiry, session = acting.inquiry, acting.session
            _still_open(inquiry)
            department = _active_department(session, department_code)
            before = _department_of(session, inquiry)
            person = _active_person(session, wanted) if wanted else None
            same_person = person is None or person.id == inquiry.assignee_id
            if before is not None and before.id == department.id and same_person:
                raise KnownError(
                    msg(
                        "{reference} ist schon an {department} verteilt.",
                        reference=inquiry.reference,
                        department=department.code,
                    )
                )
            if before is not None and before.id != department.id and not reason:
                raise ValidationFailed(
                    [
                        FieldError(
                            "reason",
                            msg("Bitte angeben, warum die Anfrage an eine andere Abteilung geht."),
                        )
                    ]
                )
            if before is None or before.id != department.id:
                inquiry.department_id = department.id
                inquiry.routing_rule_id = None
                inquiry.routing_reason = reason or None
                self._step(
                    acting,
                    InquiryStep(
                        at=acting.now,
                        actor=acting.actor,
                        kind=steps.StepKind.ROUTED,
                        from_value=before.code if before is not None else "",
                        to_value=department.code,
                        department_name=department.name,
                        comment=reason,
                    ),
                    department.id,
                )
            moved_on = before is not None and before.id != department.id
            if person is not None and person.id != inquiry.assignee_id:
                self._assign(acting, person, reason)
            elif person is None and moved_on and inquiry.assignee_id is not None:
                self._assign(acting, None, reason)  # the assignee stays with the former one

        return self._act(inquiry_id, version, change)

    def assign(
        self, inquiry_id: int, assignee: str | None, *, reason: str = "", version: int | None = None
    ) -> InquiryRecord:
        """Make a person (their user name) responsible, or nobody (None). A new inquiry
        becomes "Zugewiesen"."""
        reason = _text(reason, "reason")

        def change(acting: _Acting) -> None:
            person = _active_person(acting.session, assignee) if assignee else None
            if person is None and acting.inquiry.assignee_id is None:
                raise KnownError(
                    msg("{reference} ist niemandem zugewiesen.", reference=acting.inquiry.reference)
                )
            if person is not None and acting.inquiry.assignee_id == person.id:
                raise KnownError(
                    msg(
                        "{reference} ist schon {user} zugewiesen.",
                        reference=acting.inquiry.reference,
                        user=person.os_user,
                    )
                )
            self._assign(acting, person, reason)

        return self._act(inquiry_id, version, change)

    def change_status(
        self,
        inquiry_id: int,
        status: InquiryStatus,
        *,
        comment: str = "",
        handed_to: str = "",
        version: int | None = None,
    ) -> InquiryRecord:
        """Move the inquiry to ``status`` if ``workflow.states`` allows it (reopening and
        closing without an answer need a comment, "abgegeben" to whom)."""
        comment = _text(comment, "comment")
        handed_to = _text(handed_to, "handed_to", HANDED_TO_LIMIT)

        def change(acting: _Acting) -> None:
            before = from_storage(InquiryStatus, acting.inquiry.status)
            states.check_transition(before, status, comment, handed_to)
            self._set_status(acting, before, status, comment, handed_to)

        return self._act(inquiry_id, version, change)

    def add_note(self, inquiry_id: int, text: str) -> InquiryRecord:
        """An internal note in the inquiry's history (never sent to anyone)."""
        text = _text(text, "text")
        if not text:
            raise ValidationFailed([FieldError("text", msg("Die Notiz ist leer."))])

        def change(acting: _Acting) -> None:
            step = InquiryStep(
                at=acting.now, actor=acting.actor, kind=steps.StepKind.NOTE, comment=text
            )
            steps.insert_steps(acting.session, acting.inquiry.id, [(step, None)])

        return self._act(inquiry_id, None, change, changes_row=False)

    # -- several inquiries ----------------------------------------------------------------------

    def many(
        self, inquiry_ids: Iterable[int], action: Callable[[int], InquiryRecord]
    ) -> BulkResult:
        """``action`` (one of the methods above, its arguments bound) on every inquiry, each in
        its own unit of work: a refused one is listed with the reason, the rest go on."""
        done: list[str] = []
        refused: list[tuple[str, Message]] = []
        for inquiry_id in inquiry_ids:
            try:
                done.append(action(inquiry_id).reference)
            except KnownError as error:
                refused.append((self._reference(inquiry_id), error.reason))
        return BulkResult(tuple(done), tuple(refused))

    # -- the unit of work ---------------------------------------------------------------------

    def _act(
        self,
        inquiry_id: int,
        version: int | None,
        change: Callable[[_Acting], None],
        changes_row: bool = True,
    ) -> InquiryRecord:
        now = self._clock()
        with transaction(self._factory) as session:
            organisation.lock_people(session)
            person = organisation.ensure_person(session, self._actor, now)
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
                raise StaleRecord(_changed_meanwhile(session, inquiry))
            with session.no_autoflush:  # the row is written once: its version rises by one
                change(_Acting(session, now, self._actor, inquiry))
                if changes_row:
                    inquiry.updated_at = now
            session.flush()
            record = repository.load(session, inquiry_id)
        assert record is not None
        return record

    def _step(self, acting: _Acting, step: InquiryStep, department_id: int | None = None) -> None:
        steps.insert_steps(acting.session, acting.inquiry.id, [(step, department_id)])

    def _assign(self, acting: _Acting, person: Person | None, reason: str) -> None:
        inquiry = acting.inquiry
        before = acting.session.get(Person, inquiry.assignee_id) if inquiry.assignee_id else None
        inquiry.assignee_id = person.id if person is not None else None
        self._step(
            acting,
            InquiryStep(
                at=acting.now,
                actor=acting.actor,
                kind=steps.StepKind.ASSIGNED,
                from_value=before.os_user if before is not None else "",
                to_value=person.os_user if person is not None else "",
                comment=reason,
            ),
        )
        status = from_storage(InquiryStatus, inquiry.status)
        if person is not None and status == InquiryStatus.NEW:
            self._set_status(acting, status, InquiryStatus.ASSIGNED, "", "")

    def _set_status(
        self,
        acting: _Acting,
        before: InquiryStatus,
        after: InquiryStatus,
        comment: str,
        handed_to: str,
    ) -> None:
        inquiry = acting.inquiry
        inquiry.status = after.value
        self._step(
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
            inquiry.due_at = _due_again(acting.session, inquiry)

    def _reference(self, inquiry_id: int) -> str:
        with reading(self._factory) as session:
            found = session.scalar(select(Inquiry.reference).where(Inquiry.id == inquiry_id))
        return found or f"Nr. {inquiry_id}"


def _due_again(session: Session, inquiry: Inquiry) -> datetime | None:
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


def _changed_meanwhile(session: Session, inquiry: Inquiry) -> Message:
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


def _still_open(inquiry: Inquiry) -> None:
    """Routing is for open inquiries; a finished one is reopened first (who is named for it
    may still change: someone leaves, their finished inquiries pass on)."""
    status = from_storage(InquiryStatus, inquiry.status)
    if status in states.DONE:
        raise KnownError(
            msg(
                "{reference} ist „{status}“; zum Verteilen bitte erst wieder öffnen (Status "
                "„In Bearbeitung“).",
                reference=inquiry.reference,
                status=states.state_name(status),
            )
        )


def _active_department(session: Session, code: str) -> Department:
    row = organisation.department_by_code(session, code.strip().upper())
    if row is None:
        raise RecordNotFound(
            msg("Eine Abteilung mit dem Kürzel {code} gibt es nicht.", code=code.strip())
        )
    if not row.active:
        raise KnownError(
            msg(
                "Die Abteilung {code} ist deaktiviert; an sie wird nichts mehr verteilt.",
                code=row.code,
            )
        )
    return row


def _active_person(session: Session, os_user: str) -> Person:
    row = organisation.person_by_user(session, os_user.strip())
    if row is None:
        raise RecordNotFound(
            msg("Eine Person mit der Benutzerkennung {user} gibt es nicht.", user=os_user.strip())
        )
    if not row.active:
        raise KnownError(
            msg(
                "{user} ist als inaktiv eingetragen; bitte jemand anderen wählen.", user=row.os_user
            )
        )
    return row


def _department_of(session: Session, inquiry: Inquiry) -> Department | None:
    if inquiry.department_id is None:
        return None
    return session.get(Department, inquiry.department_id)


def _text(value: str, field: str, limit: int = NOTE_LIMIT) -> str:
    """A typed reason, comment or note: trimmed, NUL removed, not beyond ``limit``."""
    value = value.replace("\x00", "").strip()
    if len(value) > limit:
        raise ValidationFailed(
            [FieldError(field, msg("Höchstens {limit} Zeichen, bitte kürzen.", limit=limit))]
        )
    return value
