"""A call, as typed into the call form, checked and turned into an inquiry to store: the
number in E.164, a subject or a note required, a deadline for press inquiries only, and the
caller - a known contact, or an unknown one created with the inquiry (with the call's number)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from buergeranfragen.contacts.phones import PhoneError, parse_phone, try_parse_phone
from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactSource, PhoneInput
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.inquiries.records import (
    CallDraft,
    ContactPlan,
    InquiryChannel,
    InquiryFields,
    InquiryStatus,
    NewInquiry,
)
from buergeranfragen.messages import msg


def caller_number(draft: CallDraft) -> str:
    """The number in E.164, or "" when none was given (a withheld number)."""
    if not draft.number.strip():
        return ""
    try:
        return parse_phone(draft.number).e164
    except PhoneError as exc:
        raise ValidationFailed([FieldError("number", exc.reason)]) from exc


def check(draft: CallDraft) -> None:
    if not (draft.subject.strip() or draft.text.strip()):
        raise ValidationFailed(
            [FieldError("subject", msg("Bitte einen Betreff oder eine Notiz zum Anruf eingeben."))]
        )
    if draft.deadline is not None and draft.kind != ContactKind.PRESS:
        raise ValidationFailed(
            [FieldError("deadline", msg("Ein Redaktionsschluss gehört nur zu Presseanfragen."))]
        )


def new_caller(draft: CallDraft, number: str) -> ContactDraft | None:
    """The unknown caller to create: with the call's number (unless typed already), and
    marked as met on the phone."""
    new = draft.new_contact
    if new is None:
        return None
    known = {p.e164 for p in (try_parse_phone(x.raw) for x in new.phones) if p}
    if number and number not in known:
        new = replace(new, phones=(*new.phones, PhoneInput(draft.number)))
    if new.source == ContactSource.TYPED:
        new = replace(new, source=ContactSource.CALL)
    return new


def plan_call(draft: CallDraft, now: datetime) -> NewInquiry:
    """The inquiry to store for a call; raises ValidationFailed with the fields to fix."""
    number = caller_number(draft)
    check(draft)
    if draft.contact_id is not None:
        contact = ContactPlan(contact_id=draft.contact_id)
    else:
        contact = ContactPlan(new_contact=new_caller(draft, number))
    return NewInquiry(
        fields=InquiryFields(
            channel=InquiryChannel.PHONE,
            status=InquiryStatus(draft.status),
            received_at=draft.received_at or now,
            subject=draft.subject.strip(),
            body=draft.text.strip(),
            topic=draft.topic.strip(),
            caller_number=number,
        ),
        contact=contact,
        kind=ContactKind.PRESS if draft.kind == ContactKind.PRESS else ContactKind.CITIZEN,
        press_contact_makes_press=True,
        deadline=draft.deadline,
    )
