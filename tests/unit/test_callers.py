"""Rules about callers that the call form follows (no window needed)."""

from __future__ import annotations

from datetime import UTC, datetime

from buergeranfragen.calendar import BERLIN
from buergeranfragen.contacts.records import ContactKind, ContactSource
from buergeranfragen.inquiries.callers import default_deadline, kind_for_caller, new_caller_draft


def test_a_press_callers_organisation_is_the_outlet() -> None:
    draft = new_caller_draft(ContactKind.PRESS, " Katrin ", "Albers", " WDR ")
    assert draft is not None
    assert (draft.kind, draft.first_name, draft.last_name) == (
        ContactKind.PRESS,
        "Katrin",
        "Albers",
    )
    assert (draft.outlet, draft.organisation) == ("WDR", "")
    assert draft.source == ContactSource.CALL


def test_a_citizens_organisation_stays_the_organisation() -> None:
    draft = new_caller_draft(ContactKind.CITIZEN, "", "Baumann", "Mieterverein")
    assert draft is not None
    assert (draft.kind, draft.organisation, draft.outlet) == (
        ContactKind.CITIZEN,
        "Mieterverein",
        "",
    )


def test_nothing_typed_about_the_caller_creates_no_contact() -> None:
    assert new_caller_draft(ContactKind.CITIZEN, " ", "", "  ") is None
    assert new_caller_draft(ContactKind.PRESS, "", "", "WDR") is not None


def test_a_press_contacts_call_is_a_press_inquiry_otherwise_the_clerk_decides() -> None:
    assert kind_for_caller(ContactKind.PRESS) == ContactKind.PRESS
    assert kind_for_caller(ContactKind.CITIZEN) is None


def test_the_default_deadline_is_three_hours_later_on_the_full_hour_in_berlin() -> None:
    started = datetime(2026, 11, 25, 9, 42, 17, tzinfo=UTC)  # 10:42 in Berlin
    assert default_deadline(started) == datetime(2026, 11, 25, 13, 0, tzinfo=BERLIN)
    # three hours of real time across the change to summer time: 01:30 CET becomes 05:30 CEST
    night = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    deadline = default_deadline(night)
    assert (deadline.hour, deadline.minute) == (5, 0)
    assert deadline.astimezone(UTC) == datetime(2026, 3, 29, 3, 0, tzinfo=UTC)
