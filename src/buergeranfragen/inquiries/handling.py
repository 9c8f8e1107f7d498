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

from sqlalchemy import select
from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading
from buergeranfragen.db.models import Department, Inquiry, Person
from buergeranfragen.errors import (
    FieldError,
    KnownError,
    RecordNotFound,
    ValidationFailed,
)
from buergeranfragen.inquiries import steps
from buergeranfragen.inquiries.acting import Acting, act, add_step, set_status
from buergeranfragen.inquiries.records import (
    BulkResult,
    InquiryRecord,
    InquiryStatus,
    InquiryStep,
)
from buergeranfragen.messages import Message, msg
from buergeranfragen.organisation import repository as organisation
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow import states

NOTE_LIMIT = 10_000  # characters of a note or comment
HANDED_TO_LIMIT = 300  # characters of the authority an inquiry is handed over to


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

        def change(acting: Acting) -> None:
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
                add_step(
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

        return act(self._factory, self._clock(), self._actor, inquiry_id, version, change)

    def assign(
        self, inquiry_id: int, assignee: str | None, *, reason: str = "", version: int | None = None
    ) -> InquiryRecord:
        """Make a person (their user name) responsible, or nobody (None). A new inquiry
        becomes "Zugewiesen"."""
        reason = _text(reason, "reason")

        def change(acting: Acting) -> None:
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

        return act(self._factory, self._clock(), self._actor, inquiry_id, version, change)

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

        def change(acting: Acting) -> None:
            before = from_storage(InquiryStatus, acting.inquiry.status)
            states.check_transition(before, status, comment, handed_to)
            set_status(acting, before, status, comment, handed_to)

        return act(self._factory, self._clock(), self._actor, inquiry_id, version, change)

    def add_note(self, inquiry_id: int, text: str) -> InquiryRecord:
        """An internal note in the inquiry's history (never sent to anyone)."""
        text = _text(text, "text")
        if not text:
            raise ValidationFailed([FieldError("text", msg("Die Notiz ist leer."))])

        def change(acting: Acting) -> None:
            step = InquiryStep(
                at=acting.now, actor=acting.actor, kind=steps.StepKind.NOTE, comment=text
            )
            steps.insert_steps(acting.session, acting.inquiry.id, [(step, None)])

        return act(
            self._factory, self._clock(), self._actor, inquiry_id, None, change, changes_row=False
        )

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

    # -- the parts of an action --------------------------------------------------------------

    def _assign(self, acting: Acting, person: Person | None, reason: str) -> None:
        inquiry = acting.inquiry
        before = acting.session.get(Person, inquiry.assignee_id) if inquiry.assignee_id else None
        inquiry.assignee_id = person.id if person is not None else None
        add_step(
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
            set_status(acting, status, InquiryStatus.ASSIGNED, "", "")

    def _reference(self, inquiry_id: int) -> str:
        with reading(self._factory) as session:
            found = session.scalar(select(Inquiry.reference).where(Inquiry.id == inquiry_id))
        return found or f"Nr. {inquiry_id}"


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
