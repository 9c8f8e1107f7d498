"""Departments and people in the database: the queries and locks of this package. The
services open the unit of work and add or delete rows in it; these functions read and lock
inside it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from buergeranfragen.db.models import (
    Department,
    Inquiry,
    InquiryStep,
    OfficeSetting,
    Person,
    RoutingRule,
    table_of,
)
from buergeranfragen.errors import KnownError
from buergeranfragen.organisation.records import (
    DepartmentDraft,
    DepartmentRecord,
    PersonRecord,
    Role,
)
from buergeranfragen.privacy import audit
from buergeranfragen.routing.records import Action, Conditions, Priority, Rule
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.deadline_config import settings_from_json
from buergeranfragen.workflow.deadlines import DEFAULT_SETTINGS, DeadlineSettings

PEOPLE_LOCK_KEY = 0x42412D50454F504C  # "BA-PEOPL"
# A write statement that changes nothing: on SQLite it takes the database's write lock.
_TAKE_SQLITE_WRITE_LOCK = text("UPDATE people SET version = version WHERE 1 = 0")

_INSERT_DEPARTMENT = {
    name: dialect.insert(table_of(Department))
    .on_conflict_do_nothing(index_elements=["code"])
    .returning(table_of(Department).c.id)  # no row when the code was taken
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}


def department_record(row: Department) -> DepartmentRecord:
    return DepartmentRecord(
        row.id,
        row.code,
        row.name,
        row.email,
        row.phone,
        row.active,
        row.version,
        row.signature or "",
        row.sender_email or "",
    )


def person_record(row: Person, department_code: str | None) -> PersonRecord:
    return PersonRecord(
        row.id,
        row.os_user,
        row.display_name,
        from_storage(Role, row.role),
        department_code,
        row.active,
        row.version,
    )


# -- departments -----------------------------------------------------------------------------


def departments(session: Session, include_inactive: bool = True) -> list[DepartmentRecord]:
    query = select(Department).order_by(Department.id)
    if not include_inactive:
        query = query.where(Department.active.is_(True))
    return [department_record(r) for r in session.scalars(query)]


def department_by_code(session: Session, code: str) -> Department | None:
    return session.scalars(select(Department).where(Department.code == code)).first()


def department_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Department)) or 0


def insert_default_departments(
    session: Session, drafts: list[DepartmentDraft], now: datetime
) -> int:
    """Insert the departments whose code is not taken (two desks starting a new database at
    once insert each code once); returns how many this call inserted."""
    statement = _INSERT_DEPARTMENT[session.get_bind().dialect.name]
    inserted = 0
    for draft in drafts:
        inserted += (
            session.execute(
                statement,
                {
                    "code": draft.code,
                    "name": draft.name,
                    "email": draft.email,
                    "phone": draft.phone,
                    "active": True,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                },
            ).first()
            is not None
        )
    return inserted


def uses_of_department(session: Session, department_id: int) -> tuple[int, int]:
    """How many inquiries name the department (now or in their history), and how many
    routing rules."""
    in_history = select(InquiryStep.inquiry_id).where(InquiryStep.department_id == department_id)
    inquiries = session.scalar(
        select(func.count())
        .select_from(Inquiry)
        .where((Inquiry.department_id == department_id) | Inquiry.id.in_(in_history))
    )
    rules = session.scalar(
        select(func.count())
        .select_from(RoutingRule)
        .where(RoutingRule.department_id == department_id)
    )
    return inquiries or 0, rules or 0


# -- people ----------------------------------------------------------------------------------


def lock_people(session: Session) -> None:
    """Called first in a unit of work that may create a person: two first starts at once
    give one Administration, not two (see ``contacts.repository.lock_identities``)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(_TAKE_SQLITE_WRITE_LOCK)
    elif dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PEOPLE_LOCK_KEY})


def person_by_user(session: Session, os_user: str) -> Person | None:
    return session.scalars(select(Person).where(Person.os_user == os_user)).first()


def ensure_person(session: Session, os_user: str, now: datetime) -> Person:
    """The person of an operating-system user, created on first use: the first person of a
    database is its Administration, everyone after that Sachbearbeitung. Call ``lock_people``
    first in the unit of work."""
    row = person_by_user(session, os_user)
    if row is not None:
        return row
    first = not session.scalar(select(func.count()).select_from(Person))
    row = Person(
        os_user=os_user,
        display_name=os_user,
        role=(Role.ADMINISTRATION if first else Role.CLERK).value,
        department_id=None,
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def active_administrators(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Person)
            .where(Person.role == Role.ADMINISTRATION.value, Person.active.is_(True))
        )
        or 0
    )


def people(session: Session) -> list[PersonRecord]:
    rows = session.execute(
        select(Person, Department.code)
        .outerjoin(Department, Department.id == Person.department_id)
        .order_by(Person.display_name, Person.id)
    )
    return [person_record(person, code) for person, code in rows]


def department_code_of(session: Session, row: Person) -> str | None:
    if row.department_id is None:
        return None
    return session.scalar(select(Department.code).where(Department.id == row.department_id))


# -- routing rules ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleTarget:
    """Where a stored rule sends an inquiry: its department (id, code, name then) and person."""

    department_id: int
    department_code: str
    department_name: str
    person_id: int | None
    person_user: str | None


def rules_stamp(session: Session) -> tuple[int, int, int, int, int, int]:
    """Changes whenever a rule or a department is added, changed or removed, a person changed
    (deactivated: rules naming them no longer assign to them), or an office setting (the
    deadlines) saved - every change raises a row's version: rules' count, highest id and sum
    of versions, departments', people's and office settings' sums of versions
    (``inquiries.routing.RouterCache`` reads it every few seconds)."""
    count, top, versions, departments, people, settings = session.execute(_STAMP).one()
    return (
        int(count),
        int(top),
        int(versions),
        int(departments or 0),
        int(people or 0),
        int(settings or 0),
    )


# ``rules_stamp`` in one statement (read by every writer every few seconds)
_STAMP = select(
    select(func.count()).select_from(RoutingRule).scalar_subquery(),
    select(func.coalesce(func.max(RoutingRule.id), 0)).scalar_subquery(),
    select(func.coalesce(func.sum(RoutingRule.version), 0)).scalar_subquery(),
    select(func.coalesce(func.sum(Department.version), 0)).scalar_subquery(),
    select(func.coalesce(func.sum(Person.version), 0)).scalar_subquery(),
    select(func.coalesce(func.sum(OfficeSetting.version), 0)).scalar_subquery(),
)


def active_rules(session: Session) -> list[tuple[Rule, RuleTarget]]:
    """The active rules with an active department, by position, each with its target; a rule
    naming a person who is inactive now routes to the department only."""
    rows = session.execute(
        select(RoutingRule, Department.code, Department.name, Person.os_user)
        .join(Department, Department.id == RoutingRule.department_id)
        .outerjoin(Person, (Person.id == RoutingRule.person_id) & Person.active.is_(True))
        .where(RoutingRule.active.is_(True), Department.active.is_(True))
        .order_by(RoutingRule.position, RoutingRule.id)
    )
    result = []
    for row, code, name, user in rows:
        rule = Rule(
            id=row.id,
            name=row.name,
            position=row.position,
            active=True,
            conditions=Conditions.from_json(row.conditions, row.name),
            action=Action(
                department=code,
                person=user,
                priority=from_storage(Priority, row.priority) if row.priority else None,
            ),
        )
        person_id = row.person_id if user is not None else None
        result.append((rule, RuleTarget(row.department_id, code, name, person_id, user)))
    return result


def rule_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(RoutingRule)) or 0


def insert_rules(session: Session, rules: Iterable[Rule], now: datetime) -> list[Rule]:
    """Store ``rules`` (their department by code, their person by user name if there is
    one); returns the rules left out because their department does not exist."""
    departments = {
        code: id_ for code, id_ in session.execute(select(Department.code, Department.id))
    }
    skipped = []
    for rule in rules:
        department_id = departments.get(rule.action.department)
        if department_id is None:
            skipped.append(rule)
            continue
        person = person_by_user(session, rule.action.person) if rule.action.person else None
        session.add(
            RoutingRule(
                position=rule.position,
                name=rule.name,
                active=rule.active,
                conditions=rule.conditions.to_json(),
                department_id=department_id,
                person_id=person.id if person is not None else None,
                priority=rule.action.priority.value if rule.action.priority else None,
                created_at=now,
                updated_at=now,
            )
        )
    session.flush()
    return skipped


log = logging.getLogger(__name__)
DEADLINES_KEY = "deadlines"  # the office setting with the deadlines


def stored_deadlines(session: Session) -> DeadlineSettings:
    """The office's deadlines; the defaults when none are stored. Settings a newer version
    added are left aside; a stored value this version cannot read at all (damaged) gives the
    defaults and is logged."""
    value = read_office_setting(session, DEADLINES_KEY)
    if value is None:
        return DEFAULT_SETTINGS
    try:
        return settings_from_json(value, known_only=False)
    except KnownError:
        log.warning("stored deadline settings unreadable: the defaults apply")
        return DEFAULT_SETTINGS


def read_office_setting(session: Session, key: str) -> str | None:
    """An office setting's stored JSON, or None when none is stored under ``key``."""
    value: str | None = session.scalar(select(OfficeSetting.value).where(OfficeSetting.key == key))
    return value


def write_office_setting(
    session: Session,
    key: str,
    value: str,
    now: datetime,
    actor: str,
    changes: dict[str, object],
) -> None:
    """Store an office setting's JSON ``value`` under ``key`` (its version rises when it
    changes; unchanged, nothing is written) with the audit entry of the change (entity
    "office_setting", action ``key``: ``changes`` says before and after)."""
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value, updated_at=now, updated_by=actor))
    elif row.value != value:
        row.value, row.updated_at, row.updated_by = value, now, actor
    session.flush()
    audit.record(
        session,
        at=now,
        actor=actor,
        entity="office_setting",
        entity_id=0,
        action=key,
        changes=changes,
    )
