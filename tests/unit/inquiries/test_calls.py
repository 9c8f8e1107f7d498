"""Logging calls: the caller's contact (known, new, gone or none), the checks of the call
form's fields, press or citizen (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import RecordNotFound, ValidationFailed
from buergeranfragen.inquiries.records import (
    CallDraft,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
)
from buergeranfragen.inquiries.service import InquiryService


def test_a_call_from_a_known_press_contact(
    inquiries: InquiryService, contacts: ContactService, clock: FixedClock
) -> None:
    albers = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Katrin",
            last_name="Albers",
            outlet="WDR",
            phones=(PhoneInput("0221 4710011"),),
        )
    )
    deadline = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    record = inquiries.log_call(
        CallDraft(
            number="+49 221 4710011",
            contact_id=albers.id,
            subject="Zahlen zum Wohngeld",
            deadline=deadline,
            kind=ContactKind.PRESS,
        )
    )
    assert record.reference == "BA-2026-00001"
    assert (record.kind, record.channel, record.status) == (
        ContactKind.PRESS,
        InquiryChannel.PHONE,
        InquiryStatus.NEW,
    )
    assert record.received_at == clock.now and record.deadline == deadline
    assert record.caller_number == "0221 4710011" and record.contact_name == "Katrin Albers"
    [created] = inquiries.history(record.id)
    assert (created.action, created.actor) == ("create", "testerin")
    assert created.changes["reference"] == "BA-2026-00001"
    second = inquiries.log_call(
        CallDraft(
            number="0221 4710011",
            contact_id=albers.id,
            subject="Nachfrage",
            status=InquiryStatus.ANSWERED_ON_PHONE,
        )
    )
    assert second.reference == "BA-2026-00002"
    assert second.kind == ContactKind.PRESS  # the caller is press, so is the inquiry
    assert second.status == InquiryStatus.ANSWERED_ON_PHONE
    assert [s.reference for s in inquiries.open_for_contact(albers.id)] == ["BA-2026-00001"]
    assert inquiries.get(record.id) == record  # what was returned is what is stored


def test_an_unknown_caller_becomes_a_contact_in_the_same_step(
    inquiries: InquiryService, contacts: ContactService
) -> None:
    record = inquiries.log_call(
        CallDraft(
            number="0211/837-1001",
            new_contact=ContactDraft(first_name="Helga", last_name="Baumann"),
            subject="Wohngeld",
            text="Ruft wegen ihres Antrags an.",
        )
    )
    [found] = contacts.lookup_caller("0211 8371001")
    assert found.id == record.contact_id and found.name == "Helga Baumann"
    assert record.contact_name == "Helga Baumann" and record.kind == ContactKind.CITIZEN
    stored = contacts.get(found.id)
    assert stored.source.value == "call"
    assert [p.e164 for p in stored.phones] == ["+492118371001"]  # the call's number


def test_a_call_needs_a_valid_number_and_a_subject(inquiries: InquiryService) -> None:
    """Checked before anything is written (a failure after the caller's contact was written
    is test_unit_of_work's)."""
    with pytest.raises(ValidationFailed) as info:
        inquiries.log_call(CallDraft(number="12345", subject="x"))
    assert [e.field for e in info.value.errors] == ["number"]
    with pytest.raises(ValidationFailed) as info:
        inquiries.log_call(
            CallDraft(number="0211 8371001", new_contact=ContactDraft(last_name="Neu"))
        )
    assert [e.field for e in info.value.errors] == ["subject"]
    assert str(info.value.errors[0].message) == (
        "Bitte einen Betreff oder eine Notiz zum Anruf eingeben."
    )
    with pytest.raises(ValidationFailed) as info:
        inquiries.log_call(
            CallDraft(subject="Frist", deadline=datetime(2026, 11, 26, 12, 0, tzinfo=UTC))
        )
    assert [e.field for e in info.value.errors] == ["deadline"]  # deadlines are for the press
    anonymous = inquiries.log_call(CallDraft(subject="Anruf mit unterdrückter Nummer"))
    assert anonymous.contact_id is None and anonymous.caller_number == ""
    assert anonymous.contact_name == ""


def test_a_call_for_a_contact_deleted_meanwhile_is_refused(
    inquiries: InquiryService, contacts: ContactService
) -> None:
    with pytest.raises(RecordNotFound) as info:
        inquiries.log_call(CallDraft(contact_id=4711, subject="Frage"))
    assert info.value.reason.param("number") == 4711
    assert inquiries.count(InquiryQuery()) == 0
