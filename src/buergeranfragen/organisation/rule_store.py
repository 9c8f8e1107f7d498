"""The routing rules in the database, as the rule list edits them (``organisation.rules``):
reading them with their department, person and how many inquiries each routed; keeping the
positions dense; and reading the recent inquiries a rule is tried on. Inside the caller's
unit of work, like ``repository``."""

from __future__ import annotations

from collections.abc import Generator
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from buergeranfragen.contacts.derived import split_tags
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.models import Contact, Department, Inquiry, Person, RoutingRule
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.organisation.records import RuleRecord
from buergeranfragen.routing.records import Conditions, Priority, RoutingFacts
from buergeranfragen.routing.words import MAX_TEXT
from buergeranfragen.stored_values import from_storage

PAGE = 500  # inquiries read at a time when a rule is tried


def _query() -> Select[RoutingRule, str, str, bool, str]:  # the person may be None
    return (
        select(RoutingRule, Department.code, Department.name, Department.active, Person.os_user)
        .join(Department, Department.id == RoutingRule.department_id)
        .outerjoin(Person, Person.id == RoutingRule.person_id)
    )


def _record(
    row: RoutingRule, code: str, name: str, active: bool, user: str | None, routed: int
) -> RuleRecord:
    return RuleRecord(
        id=row.id,
        name=row.name,
        position=row.position,
        active=row.active,
        conditions=Conditions.from_json(row.conditions, row.name),
        department_code=code,
        department_name=name,
        department_active=active,
        person=user,
        priority=from_storage(Priority, row.priority) if row.priority else None,
        version=row.version,
        routed=routed,
    )


def rule_records(session: Session) -> list[RuleRecord]:
    """Every rule (active or not) by position, with how many inquiries each routed."""
    counts: dict[int | None, int] = {
        rule_id: count
        for rule_id, count in session.execute(
            select(Inquiry.routing_rule_id, func.count())
            .where(Inquiry.routing_rule_id.is_not(None))
            .group_by(Inquiry.routing_rule_id)
        )
    }
    rows = session.execute(_query().order_by(RoutingRule.position, RoutingRule.id))
    return [
        _record(rule, code, name, active, user, counts.get(rule.id, 0))
        for rule, code, name, active, user in rows
    ]


def rule_record(session: Session, rule_id: int) -> RuleRecord | None:
    found = session.execute(_query().where(RoutingRule.id == rule_id)).first()
    if found is None:
        return None
    rule, code, name, active, user = found
    return _record(rule, code, name, active, user, routed_count(session, rule_id))


def rule_row(session: Session, rule_id: int) -> RoutingRule | None:
    return session.get(RoutingRule, rule_id)


def routed_count(session: Session, rule_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Inquiry).where(Inquiry.routing_rule_id == rule_id)
        )
        or 0
    )


def target_names(
    session: Session, department_id: int, person_id: int | None
) -> tuple[str | None, str | None]:
    """A rule's department code and person's user name (for the audit trail)."""
    code = session.scalar(select(Department.code).where(Department.id == department_id))
    user = None
    if person_id is not None:
        user = session.scalar(select(Person.os_user).where(Person.id == person_id))
    return code, user


def ordered_rows(session: Session) -> list[RoutingRule]:
    return list(session.scalars(select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id)))


def renumber(rows: list[RoutingRule]) -> None:
    """Positions 1, 2, … in the order of ``rows`` (only rows whose position changes are
    written, so their versions rise)."""
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position


def recent_facts(
    session: Session, since: datetime, limit: int
) -> Generator[tuple[str, RoutingFacts]]:
    """What routing looks at of the inquiries received since ``since``, newest first, at most
    ``limit + 1`` of them (one more tells the caller there were more): only the columns
    routing reads, the text cut where routing stops reading, read in pages."""
    query = (
        select(
            Inquiry.reference,
            Inquiry.kind,
            Inquiry.channel,
            Inquiry.subject,
            func.substr(Inquiry.body, 1, MAX_TEXT),
            Inquiry.from_email,
            Contact.tags,
        )
        .outerjoin(Contact, Contact.id == Inquiry.contact_id)
        .where(Inquiry.received_at >= since)
        .order_by(Inquiry.received_at.desc(), Inquiry.id.desc())
        .limit(limit + 1)
        .execution_options(yield_per=PAGE)
    )
    rows = session.execute(query)
    try:
        for reference, kind, channel, subject, body, sender, tags in rows:
            yield (
                reference,
                RoutingFacts(
                    kind=from_storage(ContactKind, kind),
                    channel=from_storage(InquiryChannel, channel),
                    subject=subject or "",
                    text=body or "",
                    sender_address=sender or "",
                    contact_tags=tuple(split_tags(tags)) if tags else (),
                ),
            )
    finally:
        rows.close()  # a trial that stopped early leaves no cursor open
