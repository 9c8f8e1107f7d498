"""``TemplateService``: the Textbausteine (list, add, edit, activate/deactivate; only the
Pressestelle, the Leitung and the Administration change them, ``Action.EDIT_TEMPLATES``; every
change audited, a stale version refused) and ``render``: a template filled in for one inquiry,
read in one unit of work, the department's signature below."""

from __future__ import annotations

import builtins
from datetime import datetime

from sqlalchemy.orm import Session

from buergeranfragen.answering import template_store as store
from buergeranfragen.answering.defaults import default_templates
from buergeranfragen.answering.letter import compose
from buergeranfragen.answering.placeholders import values_for
from buergeranfragen.answering.records import (
    LetterFacts,
    RenderedTemplate,
    TemplateChanges,
    TemplateDraft,
    TemplatePurpose,
    TemplateRecord,
)
from buergeranfragen.answering.validation import (
    check_body,
    check_name,
    check_purpose,
    check_subject,
)
from buergeranfragen.clock import Clock
from buergeranfragen.db.conversation_tables import TextTemplate
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import (
    FieldError,
    KnownError,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.messages import msg
from buergeranfragen.organisation import repository as people_store
from buergeranfragen.organisation.roles import Action, may
from buergeranfragen.organisation.service import _acting as acting
from buergeranfragen.privacy import audit


def _snapshot(row: TextTemplate) -> dict[str, object]:
    return {
        "name": row.name,
        "purpose": row.purpose,
        "subject": row.subject,
        "body": row.body,
        "active": row.active,
    }


def _template(session: Session, name: str) -> TextTemplate:
    row = store.by_name(session, " ".join(name.split()))
    if row is None:
        raise RecordNotFound(msg("Einen Textbaustein {name} gibt es nicht.", name=name))
    return row


def _unique(session: Session, name: str, other_than: int | None) -> None:
    taken = store.name_taken(session, name, other_than)
    if taken is not None:
        raise ValidationFailed(
            [FieldError("name", msg("Den Namen {name} trägt schon ein Textbaustein.", name=taken))]
        )


class TemplateService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- reading -----------------------------------------------------------------------------

    def list(
        self, purpose: TemplatePurpose | None = None, include_inactive: bool = False
    ) -> list[TemplateRecord]:
        """The templates by purpose and name (only active ones unless asked)."""
        with reading(self._factory) as session:
            return store.templates(session, purpose, include_inactive)

    def get(self, name: str) -> TemplateRecord:
        with reading(self._factory) as session:
            return store.template_record(_template(session, name))

    def may_edit(self) -> bool:
        """Whether the acting user may change templates (the window shows them read-only
        otherwise; the refusal's reason comes from ``edit`` itself)."""
        with reading(self._factory) as session:
            person = people_store.person_by_user(session, self._actor)
            if person is None or not person.active:
                return False
            return may(people_store.person_record(person, None).role, Action.EDIT_TEMPLATES)

    def letter_facts(self, inquiry_id: int, clerk: str | None = None) -> LetterFacts:
        """What the placeholders are filled from for ``inquiry_id`` (one read)."""
        with reading(self._factory) as session:
            return self._facts(session, inquiry_id, clerk)

    def placeholder_values(self, inquiry_id: int, clerk: str | None = None) -> dict[str, str]:
        """The value of every placeholder for the inquiry (for a preview)."""
        return values_for(self.letter_facts(inquiry_id, clerk))

    def render(self, name: str, inquiry_id: int, clerk: str | None = None) -> RenderedTemplate:
        """Template ``name`` filled in for inquiry ``inquiry_id``: its contact's salutation and
        names, its reference and received date, its department (else the clerk's), the clerk
        (an OS user; default the acting user); the body ends with the department's signature
        (or one built from its name, phone and address). An inactive template is refused."""
        with reading(self._factory) as session:
            row = _template(session, name)
            if not row.active:
                raise KnownError(
                    msg(
                        "Der Textbaustein {name} ist deaktiviert und wird nicht mehr verwendet.",
                        name=row.name,
                    )
                )
            template = store.template_record(row)
            facts = self._facts(session, inquiry_id, clerk)
        subject, body = compose(template.subject, template.body, facts)
        return RenderedTemplate(subject=subject, body=body, purpose=template.purpose)

    def _facts(self, session: Session, inquiry_id: int, clerk: str | None) -> LetterFacts:
        user = self._actor if clerk is None else clerk
        found = store.letter_facts(session, inquiry_id, user, self._clock())
        if found is None:
            raise RecordNotFound(msg("Die Anfrage gibt es nicht mehr."))
        facts, known = found
        if clerk is not None and not known:
            raise RecordNotFound(
                msg("Eine Person mit der Benutzerkennung {user} gibt es nicht.", user=clerk)
            )
        return facts

    # -- writing -----------------------------------------------------------------------------

    def load_defaults(self) -> int:
        """The shipped templates into a database without any (returns how many were added);
        a database that has templates keeps them untouched (templates are never deleted, so
        "none" means "never loaded")."""
        with reading(self._factory) as session:
            if store.count(session):
                return 0
        now = self._clock()
        with transaction(self._factory) as session:
            people_store.lock_people(session)  # serialises two first starts
            if store.count(session):
                return 0
            return store.insert_defaults(session, default_templates(), now, self._actor)

    def add(self, draft: TemplateDraft) -> TemplateRecord:
        errors: list[FieldError] = []
        name = check_name(draft.name, errors)
        purpose = check_purpose(draft.purpose, errors)
        subject = check_subject(draft.subject, errors)
        body = check_body(draft.body, errors)
        if errors:
            raise ValidationFailed(errors)
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_TEMPLATES)
            _unique(session, name, None)
            row = TextTemplate(
                name=name,
                purpose=purpose.value,
                subject=subject,
                body=body,
                active=True,
                created_at=now,
                updated_at=now,
                updated_by=self._actor,
            )
            session.add(row)
            session.flush()
            self._audit(session, row, "create", audit.diff({}, _snapshot(row)), now)
            return store.template_record(row)

    def edit(
        self, name: str, changes: TemplateChanges, expected_version: int | None = None
    ) -> TemplateRecord:
        """Change name, purpose, subject or body. With ``expected_version`` (what a form
        loaded) a colleague's change in between is refused (``StaleRecord``)."""
        errors: list[FieldError] = []
        new_name = None if changes.name is None else check_name(changes.name, errors)
        purpose = None if changes.purpose is None else check_purpose(changes.purpose, errors)
        subject = None if changes.subject is None else check_subject(changes.subject, errors)
        body = None if changes.body is None else check_body(changes.body, errors)
        if errors:
            raise ValidationFailed(errors)
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_TEMPLATES)
            row = _template(session, name)
            self._check_version(row, expected_version)
            before = _snapshot(row)
            if new_name is not None and new_name != row.name:
                _unique(session, new_name, row.id)
                row.name = new_name
            if purpose is not None:
                row.purpose = purpose.value
            if subject is not None:
                row.subject = subject
            if body is not None:
                row.body = body
            return self._save(session, row, before, now)

    def set_active(
        self, name: str, active: bool, expected_version: int | None = None
    ) -> TemplateRecord:
        """Deactivate (no longer offered; replies written with it stay) or activate again."""
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_TEMPLATES)
            row = _template(session, name)
            self._check_version(row, expected_version)
            before = _snapshot(row)
            row.active = active
            return self._save(session, row, before, now)

    @staticmethod
    def _check_version(row: TextTemplate, expected_version: int | None) -> None:
        if expected_version is not None and row.version != expected_version:
            raise StaleRecord(
                msg(
                    "Der Textbaustein {name} wurde inzwischen von {user} geändert. Bitte neu "
                    "laden.",
                    name=row.name,
                    user=row.updated_by or "?",
                )
            )

    def _save(
        self, session: Session, row: TextTemplate, before: dict[str, object], now: datetime
    ) -> TemplateRecord:
        changed = audit.diff(before, _snapshot(row))
        if changed:
            row.updated_at = now
            row.updated_by = self._actor
            session.flush()
            self._audit(session, row, "update", changed, now)
        return store.template_record(row)

    def _audit(
        self,
        session: Session,
        row: TextTemplate,
        action: str,
        changes: dict[str, builtins.list[object]],
        now: datetime,
    ) -> None:
        audit.record(
            session,
            at=now,
            actor=self._actor,
            entity="text_template",
            entity_id=row.id,
            action=action,
            changes=changes,
        )
