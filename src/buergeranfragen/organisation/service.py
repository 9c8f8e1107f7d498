"""Departments and people: ``DepartmentService`` (the list an inquiry is routed to) and
``PeopleService`` (who works with the program, in which role). Only the Administration
changes either (``roles``); the acting person is the operating-system user (``actor``),
created as a person on first use. Every change is written to the audit trail in its own unit
of work, so a department's former names stay on record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from buergeranfragen.answering.validation import check_signature
from buergeranfragen.calendar import format_local
from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import Department, Person
from buergeranfragen.errors import (
    FieldError,
    KnownError,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.messages import Message, msg
from buergeranfragen.organisation import repository
from buergeranfragen.organisation.defaults import default_departments
from buergeranfragen.organisation.records import (
    DepartmentChanges,
    DepartmentDraft,
    DepartmentRecord,
    PersonRecord,
    Role,
)
from buergeranfragen.organisation.roles import Action, require
from buergeranfragen.organisation.validation import (
    check_code,
    check_display_name,
    check_fields,
    normal_code,
)
from buergeranfragen.privacy import audit
from buergeranfragen.privacy.audit import AuditRecord


def _acting(session: Session, actor: str, now: datetime, action: Action) -> None:
    """Refuse unless the acting user may do ``action`` (the person is created on first use)."""
    repository.lock_people(session)
    person = repository.ensure_person(session, actor, now)
    require(repository.person_record(person, None).role, action, actor, person.active)


def _department(session: Session, code: str) -> Department:
    row = repository.department_by_code(session, normal_code(code))
    if row is None:
        raise RecordNotFound(msg("Eine Abteilung mit dem Kürzel {code} gibt es nicht.", code=code))
    return row


def _snapshot(row: Department) -> dict[str, object]:
    return {
        "name": row.name,
        "email": row.email,
        "phone": row.phone,
        "active": row.active,
        "signature": row.signature,
        "sender_email": row.sender_email,
    }


def _letter_fields(changes: DepartmentChanges) -> tuple[str | None, str | None]:
    """The signature and sender address cleaned, or ValidationFailed naming each wrong one."""
    errors: list[FieldError] = []
    signature = None
    if changes.signature is not None:
        signature = check_signature(changes.signature, errors)
    sender = None
    if changes.sender_email is not None:
        try:
            _, sender, _ = check_fields(None, changes.sender_email, None)
        except ValidationFailed as refused:
            errors += [FieldError("sender_email", e.message) for e in refused.errors]
    if errors:
        raise ValidationFailed(errors)
    return signature, sender


class DepartmentService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- reading -----------------------------------------------------------------------------

    def all(self, include_inactive: bool = True) -> list[DepartmentRecord]:
        with reading(self._factory) as session:
            return repository.departments(session, include_inactive)

    def get(self, code: str) -> DepartmentRecord:
        with reading(self._factory) as session:
            return repository.department_record(_department(session, code))

    def history(self, code: str) -> list[AuditRecord]:
        """Every change of the department, oldest first (former names among them)."""
        with reading(self._factory) as session:
            row = _department(session, code)
            return audit.history(session, "department", row.id)

    # -- writing -----------------------------------------------------------------------------

    def load_defaults(self) -> int:
        """The shipped list into a database without departments (returns how many were
        added); a database that has any department keeps its list untouched."""
        now = self._clock()
        with transaction(self._factory) as session:
            repository.lock_people(session)  # serialises two first starts
            if repository.department_count(session):
                return 0
            return repository.insert_default_departments(session, default_departments(), now)

    def add(self, draft: DepartmentDraft) -> DepartmentRecord:
        code = check_code(draft.code)
        name, email, phone = check_fields(draft.name, draft.email, draft.phone)
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_DEPARTMENTS)
            if repository.department_by_code(session, code) is not None:
                raise ValidationFailed(
                    [FieldError("code", msg("Das Kürzel {code} ist schon vergeben.", code=code))]
                )
            row = Department(
                code=code,
                name=name,
                email=email or "",
                phone=phone or "",
                active=True,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            self._audit(session, row, "create", {"code": [None, code]}, now)
            return repository.department_record(row)

    def edit(
        self, code: str, changes: DepartmentChanges, expected_version: int | None = None
    ) -> DepartmentRecord:
        """Rename, or change the forwarding address, the phone number, the signature below
        its letters or the address they are sent from. With ``expected_version`` (what a form
        loaded) a colleague's change in between is refused."""
        name, email, phone = check_fields(changes.name, changes.email, changes.phone)
        signature, sender_email = _letter_fields(changes)
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_DEPARTMENTS)
            row = _department(session, code)
            if expected_version is not None and row.version != expected_version:
                raise StaleRecord(
                    msg(
                        "Die Abteilung {code} wurde inzwischen von jemand anderem geändert. "
                        "Bitte neu laden.",
                        code=row.code,
                    )
                )
            before = _snapshot(row)
            if name is not None:
                row.name = name
            if email is not None:
                row.email = email
            if phone is not None:
                row.phone = phone
            if signature is not None:
                row.signature = signature
            if sender_email is not None:
                row.sender_email = sender_email
            return self._save(session, row, before, now)

    def set_active(self, code: str, active: bool) -> DepartmentRecord:
        """Deactivate (no longer offered for routing; its inquiries stay) or activate again."""
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_DEPARTMENTS)
            row = _department(session, code)
            before = _snapshot(row)
            row.active = active
            return self._save(session, row, before, now)

    def delete(self, code: str) -> None:
        """Only a department no inquiry and no rule names (a typo just added); any other is
        deactivated instead, so the history keeps it."""
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_DEPARTMENTS)
            row = _department(session, code)
            inquiries, rules = repository.uses_of_department(session, row.id)
            if inquiries:
                raise KnownError(
                    msg(
                        "Die Abteilung {code} kann nicht gelöscht werden: {count} Anfragen "
                        "sind ihr zugeordnet oder waren es. Deaktivieren Sie sie stattdessen.",
                        code=row.code,
                        count=inquiries,
                    )
                )
            if rules:
                raise KnownError(
                    msg(
                        "Die Abteilung {code} kann nicht gelöscht werden: {count} Verteilregeln "
                        "nennen sie. Ändern Sie zuerst diese Regeln oder deaktivieren Sie die "
                        "Abteilung.",
                        code=row.code,
                        count=rules,
                    )
                )
            self._audit(session, row, "delete", {"code": [row.code, None]}, now)
            session.delete(row)

    def _save(
        self, session: Session, row: Department, before: dict[str, object], now: datetime
    ) -> DepartmentRecord:
        changed = audit.diff(before, _snapshot(row))
        if changed:
            row.updated_at = now
            session.flush()
            self._audit(session, row, "update", changed, now)
        return repository.department_record(row)

    def _audit(
        self,
        session: Session,
        row: Department,
        action: str,
        changes: dict[str, list[object]],
        now: datetime,
    ) -> None:
        audit.record(
            session,
            at=now,
            actor=self._actor,
            entity="department",
            entity_id=row.id,
            action=action,
            changes=changes,
        )


def _person_changed_meanwhile(session: Session, row: Person) -> Message:
    """Who changed the person last, and when (from the audit trail)."""
    changes = [e for e in audit.history(session, "person", row.id) if e.action == "update"]
    if changes:
        return msg(
            "{user} wurde inzwischen von {actor} geändert ({when}). Bitte neu laden; Ihre "
            "Änderung wurde nicht gespeichert.",
            user=row.os_user,
            actor=changes[-1].actor,
            when=format_local(changes[-1].at),
        )
    return msg(
        "{user} wurde inzwischen von jemand anderem geändert. Bitte neu laden; Ihre Änderung "
        "wurde nicht gespeichert.",
        user=row.os_user,
    )


class PeopleService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    def me(self) -> PersonRecord:
        """The person of the operating-system user, created on first use (the first of a new
        database is its Administration)."""
        with reading(self._factory) as session:
            row = repository.person_by_user(session, self._actor)
            if row is not None:
                return repository.person_record(row, repository.department_code_of(session, row))
        now = self._clock()
        with transaction(self._factory) as session:
            repository.lock_people(session)
            row = repository.ensure_person(session, self._actor, now)
            return repository.person_record(row, repository.department_code_of(session, row))

    def all(self) -> list[PersonRecord]:
        with reading(self._factory) as session:
            return repository.people(session)

    # With ``expected_version`` (what a list or form loaded) a colleague's change in between
    # is refused, naming who made it (``StaleRecord``).

    def set_role(
        self, os_user: str, role: Role, expected_version: int | None = None
    ) -> PersonRecord:
        return self._change(os_user, "role", role.value, expected_version)

    def set_display_name(
        self, os_user: str, name: str, expected_version: int | None = None
    ) -> PersonRecord:
        return self._change(os_user, "display_name", check_display_name(name), expected_version)

    def set_active(
        self, os_user: str, active: bool, expected_version: int | None = None
    ) -> PersonRecord:
        """Deactivate (reads on, changes nothing) or activate again; the last active
        Administration stays active."""
        return self._change(os_user, "active", active, expected_version)

    def set_department(
        self, os_user: str, code: str | None, expected_version: int | None = None
    ) -> PersonRecord:
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_PEOPLE)
            row = self._person(session, os_user, expected_version)
            before = repository.department_code_of(session, row)
            department = None if code is None else _department(session, code)
            row.department_id = None if department is None else department.id
            after = None if department is None else department.code
            return self._save(session, row, {"department": [before, after]}, now)

    def _change(
        self, os_user: str, field: str, value: object, expected_version: int | None
    ) -> PersonRecord:
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_PEOPLE)
            row = self._person(session, os_user, expected_version)
            before = getattr(row, field)
            was_admin = row.active and row.role == Role.ADMINISTRATION.value
            stays_admin = (row.active if field != "active" else value) and (
                (row.role if field != "role" else value) == Role.ADMINISTRATION.value
            )
            if was_admin and not stays_admin and repository.active_administrators(session) <= 1:
                raise KnownError(
                    msg(
                        "{user} ist die letzte aktive Administration; bitte zuerst eine andere "
                        "Person zur Administration machen.",
                        user=row.os_user,
                    )
                )
            setattr(row, field, value)
            return self._save(session, row, {field: [before, value]}, now)

    def _person(self, session: Session, os_user: str, expected_version: int | None) -> Person:
        row = repository.person_by_user(session, os_user)
        if row is None:
            raise RecordNotFound(
                msg("Eine Person mit der Benutzerkennung {user} gibt es nicht.", user=os_user)
            )
        if expected_version is not None and row.version != expected_version:
            raise StaleRecord(_person_changed_meanwhile(session, row))
        return row

    def _save(
        self, session: Session, row: Person, change: dict[str, list[object]], now: datetime
    ) -> PersonRecord:
        if any(old != new for old, new in change.values()):
            row.updated_at = now
            session.flush()
            audit.record(
                session,
                at=now,
                actor=self._actor,
                entity="person",
                entity_id=row.id,
                action="update",
                changes=change,
            )
        return repository.person_record(row, repository.department_code_of(session, row))
