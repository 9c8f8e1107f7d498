"""The routing rules in the database (table ``routing_rules``), as the Administration edits
them: an ordered list (the first match wins; positions 1, 2, … without gaps), each rule with its
conditions and its action. A new database starts with the shipped set (``routing.defaults``).

Every change checks ``Action.EDIT_RULES`` for the acting person, is written to the audit trail
in its own unit of work and, given the version a form loaded, refuses a colleague's change in
between (``StaleRecord``). A rule that routed inquiries is never deleted (their history names
it): it is deactivated. Telling the inquiry service (``InquiryService.rules_changed``) is the
caller's job. ``trial`` tries a rule on the inquiries of the last weeks before it is saved."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime, timedelta
from itertools import islice

from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.limits import clean_text
from buergeranfragen.db.models import RoutingRule
from buergeranfragen.errors import (
    FieldError,
    KnownError,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.messages import msg
from buergeranfragen.organisation import repository, rule_store
from buergeranfragen.organisation.records import RuleDraft, RuleRecord, RuleTrial
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting
from buergeranfragen.organisation.validation import normal_code
from buergeranfragen.privacy import audit
from buergeranfragen.privacy.audit import AuditRecord
from buergeranfragen.routing.defaults import default_rules
from buergeranfragen.routing.records import Conditions, Rule
from buergeranfragen.routing.trial import try_rule
from buergeranfragen.routing.words import word_tokens

log = logging.getLogger(__name__)

NAME_MAX = 200
TRIAL_LIMIT = 5000  # inquiries a trial reads at most (the newest first)


class RuleService:
    def __init__(self, factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = factory
        self._clock = clock
        self._actor = actor

    # -- reading -----------------------------------------------------------------------------

    def all(self) -> list[RuleRecord]:
        """Every rule, active or not, in the order they are tried."""
        with reading(self._factory) as session:
            return rule_store.rule_records(session)

    def get(self, rule_id: int) -> RuleRecord:
        with reading(self._factory) as session:
            found = rule_store.rule_record(session, rule_id)
        if found is None:
            raise _not_found(rule_id)
        return found

    def find(self, key: str) -> RuleRecord:
        """A rule by its number in the list ("3") or its name (case and spaces ignored)."""
        rules = self.all()
        key = " ".join(key.split())
        if key.isascii() and key.isdigit():  # "٣" (Arabic-Indic three) is a name, not rule 3
            for rule in rules:
                if rule.position == int(key):
                    return rule
        folded = key.casefold()
        for rule in rules:
            if rule.name.casefold() == folded:
                return rule
        raise RecordNotFound(
            msg("Eine Verteilregel mit der Nummer oder dem Namen „{key}“ gibt es nicht.", key=key)
        )

    def history(self, rule_id: int) -> list[AuditRecord]:
        with reading(self._factory) as session:
            return audit.history(session, "routing_rule", rule_id)

    # -- writing -----------------------------------------------------------------------------

    def load_defaults(self) -> int:
        """The shipped rules into a database without rules (returns how many were added); a
        rule whose department does not exist is left out (logged). A database that has any
        rule keeps its list untouched."""
        rules = default_rules()
        with transaction(self._factory) as session:
            repository.lock_people(session)  # serialises two first starts
            if repository.rule_count(session):
                return 0
            skipped = repository.insert_rules(session, rules, self._clock())
        for rule in skipped:
            log.warning(
                "routing rule %r left out: no department %s", rule.name, rule.action.department
            )
        return len(rules) - len(skipped)

    def add(self, draft: RuleDraft, position: int | None = None) -> RuleRecord:
        """A new rule, at ``position`` (1 = tried first) or at the end of the list."""
        draft = check_draft(draft)
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_RULES)
            department_id, person_id = _targets(session, draft)
            row = RoutingRule(
                position=0,
                name=draft.name,
                active=True,
                conditions=draft.conditions.to_json(),
                department_id=department_id,
                person_id=person_id,
                priority=draft.priority.value if draft.priority else None,
                created_at=now,
                updated_at=now,
            )
            rows = rule_store.ordered_rows(session)
            at = len(rows) if position is None else max(0, min(position - 1, len(rows)))
            rows.insert(at, row)
            session.add(row)
            rule_store.renumber(rows)
            session.flush()
            self._audit(session, row.id, "create", audit.diff({}, _snapshot(session, row)), now)
            return _record(session, row.id)

    def edit(self, rule_id: int, draft: RuleDraft, expected_version: int | None) -> RuleRecord:
        """Change name, conditions and action (department, person, priority)."""
        draft = check_draft(draft)
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_RULES)
            row = _row(session, rule_id, expected_version)
            before = _snapshot(session, row)
            department_id, person_id = _targets(session, draft)
            row.name = draft.name
            row.conditions = draft.conditions.to_json()
            row.department_id = department_id
            row.person_id = person_id
            row.priority = draft.priority.value if draft.priority else None
            return self._save(session, row, before, now)

    def move(self, rule_id: int, position: int, expected_version: int | None) -> RuleRecord:
        """Put the rule at ``position`` (1 = tried first; beyond the end: last); the rules
        between close up, so positions stay 1, 2, …"""
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_RULES)
            row = _row(session, rule_id, expected_version)
            before = row.position
            rows = [r for r in rule_store.ordered_rows(session) if r.id != row.id]
            rows.insert(max(0, min(position - 1, len(rows))), row)
            rule_store.renumber(rows)
            if row.position != before:
                row.updated_at = now
                session.flush()
                self._audit(session, row.id, "move", {"position": [before, row.position]}, now)
            return _record(session, row.id)

    def move_by(self, rule_id: int, step: int, expected_version: int | None) -> RuleRecord:
        """Up (``step`` -1) or down (+1) in the list."""
        current = self.get(rule_id)
        return self.move(rule_id, max(1, current.position + step), expected_version)

    def set_active(
        self, rule_id: int, active: bool, expected_version: int | None = None
    ) -> RuleRecord:
        """An inactive rule stays in the list and routes nothing."""
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_RULES)
            row = _row(session, rule_id, expected_version)
            before = _snapshot(session, row)
            row.active = active
            return self._save(session, row, before, now)

    def delete(self, rule_id: int, expected_version: int | None = None) -> None:
        """Only a rule that never routed an inquiry; any other is deactivated instead (the
        inquiries keep naming the rule that routed them)."""
        now = self._clock()
        with transaction(self._factory) as session:
            _acting(session, self._actor, now, Action.EDIT_RULES)
            row = _row(session, rule_id, expected_version)
            routed = rule_store.routed_count(session, row.id)
            if routed:
                raise KnownError(
                    msg(
                        "Die Verteilregel „{rule}“ kann nicht gelöscht werden: sie hat {count} "
                        "Anfragen verteilt, die auf sie verweisen. Deaktivieren Sie sie "
                        "stattdessen.",
                        rule=row.name,
                        count=routed,
                    )
                )
            self._audit(session, row.id, "delete", audit.diff(_snapshot(session, row), {}), now)
            session.delete(row)
            session.flush()
            rule_store.renumber(rule_store.ordered_rows(session))

    # -- trying ------------------------------------------------------------------------------

    def check(self, rule: Rule) -> Rule:
        """A rule from outside (a file) checked as saving it would check it (``check_draft``,
        the department and person exist), without saving: the cleaned rule, or
        ``ValidationFailed`` naming each wrong field."""
        action = rule.action
        draft = check_draft(
            RuleDraft(rule.name, rule.conditions, action.department, action.person, action.priority)
        )
        with reading(self._factory) as session:
            _targets(session, draft)
        return draft.rule(rule.id)

    def trial(self, rule: Rule, weeks: int = 4, limit: int = TRIAL_LIMIT) -> RuleTrial:
        """What ``rule`` (stored or not, active or not) would have done with the inquiries
        received in the last ``weeks`` weeks (the newest ``limit`` of them), and which of those
        the stored rules send elsewhere today. Changes nothing."""
        weeks = max(1, weeks)
        since = self._clock() - timedelta(weeks=weeks)
        with reading(self._factory) as session:
            code = normal_code(rule.action.department)
            department = repository.department_by_code(session, code)
            name = department.name if department is not None else ""
            current = [r for r, _ in repository.active_rules(session)]
            with closing(rule_store.recent_facts(session, since, limit)) as facts:
                result = try_rule(rule, islice(facts, limit), current)
                capped = next(facts, None) is not None
        return RuleTrial(result, weeks, since, code, name, capped, limit)

    # -- inside ------------------------------------------------------------------------------

    def _save(
        self, session: Session, row: RoutingRule, before: dict[str, object], now: datetime
    ) -> RuleRecord:
        session.flush()
        changed = audit.diff(before, _snapshot(session, row))
        if changed:
            row.updated_at = now
            session.flush()
            self._audit(session, row.id, "update", changed, now)
        return _record(session, row.id)

    def _audit(
        self,
        session: Session,
        rule_id: int,
        action: str,
        changes: dict[str, list[object]],
        now: datetime,
    ) -> None:
        audit.record(
            session,
            at=now,
            actor=self._actor,
            entity="routing_rule",
            entity_id=rule_id,
            action=action,
            changes=changes,
        )


def check_draft(draft: RuleDraft) -> RuleDraft:
    """The draft cleaned (spaces, empty entries, doubles), or ValidationFailed naming each
    wrong field: no name, no condition at all (the rule would take every inquiry), a word
    that holds no letter or digit, no department."""
    errors = []
    name = " ".join(clean_text(draft.name).split())
    if not name:
        errors.append(FieldError("name", msg("Bitte der Regel einen Namen geben.")))
    elif len(name) > NAME_MAX:
        errors.append(
            FieldError("name", msg("Der Name ist länger als {max} Zeichen.", max=NAME_MAX))
        )
    c = draft.conditions
    conditions = Conditions(
        kinds=tuple(dict.fromkeys(c.kinds)),
        channels=tuple(dict.fromkeys(c.channels)),
        words=_entries(c.words),
        except_words=_entries(c.except_words),
        sender_domains=_entries(d.lstrip("@").lower() for d in c.sender_domains),
        contact_tags=_entries(c.contact_tags),
    )
    for field, words in (("words", conditions.words), ("except_words", conditions.except_words)):
        empty = [w for w in words if not word_tokens(w)]
        if empty:
            errors.append(
                FieldError(
                    field,
                    msg(
                        "„{word}“ enthält keinen Buchstaben und keine Ziffer und kann nicht "
                        "gefunden werden.",
                        word=empty[0],
                    ),
                )
            )
    if not (
        conditions.kinds
        or conditions.channels
        or conditions.words
        or conditions.sender_domains
        or conditions.contact_tags
    ):
        errors.append(
            FieldError(
                "conditions",
                msg(
                    "Bitte mindestens eine Bedingung angeben (Art, Kanal, Wörter, "
                    "Absenderdomäne oder Schlagwort); eine Regel ohne Bedingung nähme jede "
                    "Anfrage."
                ),
            )
        )
    department = normal_code(draft.department)
    if not department:
        errors.append(FieldError("department", msg("Bitte eine Abteilung wählen.")))
    if errors:
        raise ValidationFailed(errors)
    person = clean_text(draft.person).strip() if draft.person else ""
    return RuleDraft(name, conditions, department, person or None, draft.priority)


def _entries(values: Iterable[str]) -> tuple[str, ...]:
    cleaned = (" ".join(clean_text(v).split()) for v in values)
    return tuple(dict.fromkeys(v for v in cleaned if v))


def _targets(session: Session, draft: RuleDraft) -> tuple[int, int | None]:
    """The department's and the person's ids, or ValidationFailed naming the field."""
    errors = []
    department = repository.department_by_code(session, draft.department)
    if department is None:
        errors.append(
            FieldError(
                "department",
                msg("Eine Abteilung mit dem Kürzel {code} gibt es nicht.", code=draft.department),
            )
        )
    person = repository.person_by_user(session, draft.person) if draft.person else None
    if draft.person and person is None:
        errors.append(
            FieldError(
                "person",
                msg("Eine Person mit der Benutzerkennung {user} gibt es nicht.", user=draft.person),
            )
        )
    if errors or department is None:
        raise ValidationFailed(errors)
    return department.id, person.id if person is not None else None


def _row(session: Session, rule_id: int, expected_version: int | None) -> RoutingRule:
    row = rule_store.rule_row(session, rule_id)
    if row is None:
        raise _not_found(rule_id)
    if expected_version is not None and row.version != expected_version:
        raise StaleRecord(
            msg(
                "Die Verteilregel „{rule}“ wurde inzwischen von jemand anderem geändert. "
                "Bitte neu laden.",
                rule=row.name,
            )
        )
    return row


def _record(session: Session, rule_id: int) -> RuleRecord:
    found = rule_store.rule_record(session, rule_id)
    if found is None:  # pragma: no cover - just written in this unit of work
        raise _not_found(rule_id)
    return found


def _snapshot(session: Session, row: RoutingRule) -> dict[str, object]:
    department, person = rule_store.target_names(session, row.department_id, row.person_id)
    return {
        "name": row.name,
        "position": row.position,
        "active": row.active,
        "conditions": row.conditions,
        "department": department,
        "person": person,
        "priority": row.priority,
    }


def _not_found(rule_id: int) -> RecordNotFound:
    return RecordNotFound(
        msg("Die Verteilregel Nr. {id} gibt es nicht (mehr). Bitte neu laden.", id=rule_id)
    )
