"""Storing one inquiry: one unit of work with its contact if new, the next reference of the
year, the row, the candidates of a mail's sender, the attachments and the original mail (their
bytes as blobs, ``blobs``), the audit entry and the index entry - all stored, or none: a kill
at any moment leaves no attachment without its inquiry. A reference taken meanwhile by a
colleague means: try again with the next number.

A unit of work that may create a contact (an unknown caller, a mail's sender) takes the
contacts' identity lock first and decides on the contact only then, so two intakes at once
make one contact per sender, as one after the other would."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from buergeranfragen.clock import Clock
from buergeranfragen.contacts import repository as contact_store
from buergeranfragen.contacts.records import ContactKind, ContactRef
from buergeranfragen.db.engine import SessionFactory, reading, take_sqlite_write_lock, transaction
from buergeranfragen.db.limits import cut_warning, fit_values
from buergeranfragen.db.models import Inquiry, InquiryAttachment, table_of
from buergeranfragen.inquiries import repository, search, steps
from buergeranfragen.inquiries.callers import kind_for_caller
from buergeranfragen.inquiries.detail import record_from_row
from buergeranfragen.inquiries.records import (
    ENTITY,
    InquiryRecord,
    NewInquiry,
    RoutingInfo,
    sender_kind,
)
from buergeranfragen.inquiries.references import (
    format_reference,
    next_number,
    reference_year,
    retry_on_clash,
)
from buergeranfragen.inquiries.routing import Routed, RouterCache, due_of, facts_of, warm_up
from buergeranfragen.messages import Message
from buergeranfragen.organisation import repository as organisation
from buergeranfragen.privacy import audit
from buergeranfragen.text import words_of
from buergeranfragen.workflow.deadlines import Category

_INQUIRIES = table_of(Inquiry)
_ATTACHMENTS = table_of(InquiryAttachment)
_AUDITED = ("reference", "channel", "kind", "status", "contact_id", "subject")


def decided_kind(new: NewInquiry, resolved: repository.Resolved) -> ContactKind:
    """A press contact's inquiry is a press inquiry (for a mail without a contact: when every
    candidate is a press contact); otherwise the kind decided before."""
    if not new.press_contact_makes_press:
        return new.kind
    kind = sender_kind(resolved.contact, resolved.candidates)
    return (kind_for_caller(kind) if kind is not None else None) or new.kind


def inquiry_row(
    new: NewInquiry, resolved: repository.Resolved, year: int, number: int, now: datetime
) -> dict[str, Any]:
    """Every column of the new row."""
    fields = new.fields
    contact = resolved.contact
    kind = decided_kind(new, resolved)
    return {
        "channel": fields.channel.value,
        "status": fields.status.value,
        "received_at": fields.received_at,
        "subject": fields.subject,
        "body": fields.body,
        "body_html": fields.body_html,
        "topic": fields.topic,
        "caller_number": fields.caller_number,
        "from_email": fields.from_email,
        "from_name": fields.from_name,
        "forwarded_by": fields.forwarded_by,
        "message_id": fields.message_id,
        "content_hash": fields.content_hash,
        "source_file": fields.source_file,
        "linked_inquiry_id": fields.linked_inquiry_id,
        "kind": kind.value,
        "deadline": new.deadline if kind == ContactKind.PRESS else None,
        "reference": format_reference(year, number),
        "ref_year": year,
        "ref_number": number,
        "contact_id": contact.id if contact is not None else None,
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "category": Category.GENERAL.value,
    }


def routing_columns(routed: Routed | None) -> dict[str, Any]:
    """The routing columns of a new row (all empty: no rule matched)."""
    if routed is None:
        return dict.fromkeys(
            ("department_id", "assignee_id", "priority", "routing_rule_id", "routing_reason")
        )
    decision, target = routed.decision, routed.target
    return {
        "department_id": target.department_id,
        "assignee_id": target.person_id,
        "priority": decision.priority.value if decision.priority else None,
        "routing_rule_id": decision.rule.id,
        "routing_reason": routed.reason or None,
    }


def arrival(row: dict[str, Any], routed: Routed | None) -> dict[str, Any]:
    """What the audit trail's "create" entry keeps of a new inquiry: its first columns and,
    when a rule routed it, the department and rule as they were then - the history's first
    steps are read from it (``steps.arrival_steps``), not written a second time."""
    entry = {key: row[key] for key in _AUDITED}
    entry[steps.RECEIVED_AT] = row["received_at"].isoformat()
    if routed is not None:
        entry[steps.ROUTED_TO] = routed.target.department_code
        entry[steps.ROUTED_TO_NAME] = routed.target.department_name
        entry[steps.ROUTED_BY] = routed.decision.rule.name
        entry[steps.ROUTED_BECAUSE] = routed.reason
    return entry


def routing_info(row: dict[str, Any], routed: Routed | None) -> RoutingInfo:
    if routed is None:
        return RoutingInfo(due_at=row["due_at"])
    target = routed.target
    return RoutingInfo(
        department_code=target.department_code,
        department_name=target.department_name,
        assignee=target.person_user or "",
        priority=row["priority"] or "",
        due_at=row["due_at"],
        rule_name=routed.decision.rule.name,
        reason=row["routing_reason"] or "",
    )


def fit_inquiry(new: NewInquiry) -> tuple[NewInquiry, tuple[Message, ...]]:
    """The inquiry with its text and its attachments' names made to fit their columns
    (``db.limits``: NUL removed, cut to the model's lengths), and a warning per cut."""
    values, cuts = fit_values(_INQUIRIES, dataclasses.asdict(new.fields))
    fields = dataclasses.replace(new.fields, **values)  # type: ignore[arg-type]
    attachments = []
    for attachment in new.attachments:
        names, more = fit_values(
            _ATTACHMENTS,
            {"filename": attachment.filename, "content_type": attachment.content_type},
        )
        cuts += more
        attachments.append(dataclasses.replace(attachment, **names))  # type: ignore[arg-type]
    fitted = dataclasses.replace(new, fields=fields, attachments=tuple(attachments))
    return fitted, tuple(cut_warning(c) for c in cuts)


def shown_name(contact: ContactRef | None, row: dict[str, Any]) -> str:
    """The contact's name, or the sender's as the mail gave it."""
    return (contact.name if contact else "") or (row["from_name"] or row["from_email"])


class InquiryWriter:
    def __init__(self, factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = factory
        self._clock = clock
        self._actor = actor
        self.router = RouterCache()  # the stored rules; ``invalidate()`` after editing them
        warm_up(clock())

    def prepare_routing(self) -> None:
        """Read the stored rules and deadlines and build the router now (the program's start),
        so the first inquiry does not wait for it."""
        with reading(self._factory) as session:
            self.router.prepare(
                lambda: organisation.rules_stamp(session),
                lambda: organisation.active_rules(session),
                lambda: organisation.stored_deadlines(session),
            )

    def write(self, new: NewInquiry) -> InquiryRecord:
        """Store ``new``; the record's ``warnings`` say what had to be cut to fit."""
        fitted, warnings = fit_inquiry(new)
        record = retry_on_clash(lambda: self._write_once(fitted))
        return dataclasses.replace(record, warnings=warnings) if warnings else record

    def _write_once(self, new: NewInquiry) -> InquiryRecord:
        with transaction(self._factory) as session:
            plan = new.contact
            if plan.sender is not None or plan.new_contact is not None:
                contact_store.lock_identities(session)  # before anything is read
            else:
                take_sqlite_write_lock(session)  # the next reference: one desk at a time
            resolved = repository.resolve_contact(
                session, plan, now=self._clock(), actor=self._actor
            )
            now = self._clock()
            year = reference_year(now)
            row = inquiry_row(
                new, resolved, year, next_number(repository.last_number(session, year)), now
            )
            # read once, for the search index and for routing
            words = words_of(row["subject"] or ""), words_of(row["body"] or "")
            routed = self.router.route(
                lambda: organisation.rules_stamp(session),
                lambda: organisation.active_rules(session),
                lambda with_tags: facts_of(
                    row,
                    repository.contact_tags(session, row["contact_id"]) if with_tags else (),
                    words,
                ),
                lambda: organisation.stored_deadlines(session),
            )
            row.update(routing_columns(routed), due_at=due_of(row, self.router.deadlines))
            inquiry_id = repository.insert_inquiry(session, row)
            repository.insert_candidates(session, inquiry_id, resolved.candidates)
            files = [a for a in new.attachments if not a.is_original]
            stored = repository.insert_attachments(session, inquiry_id, files)
            for original in (a for a in new.attachments if a.is_original):
                stored.append(repository.insert_original(session, inquiry_id, original))
            created = arrival(row, routed)
            audit.record(
                session,
                at=now,
                actor=self._actor,
                entity=ENTITY,
                entity_id=inquiry_id,
                action="create",
                changes=created,
            )
            name = shown_name(resolved.contact, row)
            search.write_index(
                session,
                inquiry_id,
                row["received_at"],
                search.inquiry_text(row, name, words),
                new=True,
            )
            record = record_from_row(inquiry_id, row, name, stored, resolved.candidates)
            history = steps.arrival_steps(now, self._actor, created)
            return dataclasses.replace(record, routing=routing_info(row, routed), steps=history)
