"""The queue: filters, sorting, full-text search with umlauts, the count's cap, a caller's
open inquiries (both databases)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.inquiries import service
from buergeranfragen.inquiries.records import (
    CallDraft,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
)
from buergeranfragen.inquiries.service import InquiryService


def test_queue_filters_sorts_and_searches_with_umlauts(
    inquiries: InquiryService, contacts: ContactService, clock: FixedClock
) -> None:
    müller = contacts.create(ContactDraft(first_name="Jürgen", last_name="Müller"))
    inquiries.log_call(
        CallDraft(
            contact_id=müller.id,
            subject="Straßenreinigung in Köln",
            text="Die Gebühren sind zu hoch.",
        )
    )
    clock.now += timedelta(hours=1)
    inquiries.log_call(
        CallDraft(
            subject="Presseanfrage Haushalt",
            kind=ContactKind.PRESS,
            status=InquiryStatus.ANSWERED_ON_PHONE,
        )
    )
    clock.now += timedelta(hours=1)
    inquiries.log_call(CallDraft(subject="Frage zu Öffnungszeiten"))

    def refs(**kw: object) -> list[str]:
        return [s.reference[-2:] for s in inquiries.search(InquiryQuery(**kw))]  # type: ignore[arg-type]

    assert refs() == ["03", "02", "01"]  # newest first
    assert refs(descending=False) == ["01", "02", "03"]
    assert refs(text="strassenreinigung") == ["01"]
    assert refs(text="Straßenreinigung") == ["01"]
    assert refs(text="MÜLLER") == ["01"]
    assert refs(text="mueller gebuehren") == ["01"]
    assert refs(text="gebühr") == ["01"]  # prefixes match
    assert refs(text="öffnungszeiten") == ["03"]
    assert refs(text="BA-2026-00002") == ["02"]
    assert refs(text="köln haushalt") == []
    assert refs(kind=ContactKind.PRESS) == ["02"]
    assert refs(status=InquiryStatus.NEW) == ["03", "01"]
    assert refs(channel=InquiryChannel.PHONE) == ["03", "02", "01"]
    assert refs(channel=InquiryChannel.EMAIL) == []
    assert refs(received_from=clock.now - timedelta(minutes=90)) == ["03", "02"]
    assert refs(received_until=clock.now - timedelta(minutes=90)) == ["01"]
    assert refs(text="frage", received_from=clock.now - timedelta(minutes=90)) == ["03"]
    assert refs(contact_id=müller.id) == ["01"]
    assert refs(sort="contact", descending=False)[0] == "01"
    assert refs(sort="subject", descending=False) == ["03", "02", "01"]
    assert refs(sort="reference") == ["03", "02", "01"]
    assert inquiries.count(InquiryQuery(text="'\"*)(")) == 3  # no words: no filter, no error
    [first] = inquiries.search(InquiryQuery(text="müller"))
    assert (first.contact_name, first.subject) == ("Jürgen Müller", "Straßenreinigung in Köln")
    assert [s.reference[-2:] for s in inquiries.search(InquiryQuery(), 1, 1)] == ["02"]


def test_a_search_counts_up_to_the_cap(
    inquiries: InquiryService, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        clock.now += timedelta(minutes=1)
        inquiries.log_call(CallDraft(subject=f"Wohngeld {n}", kind=ContactKind.CITIZEN))
    monkeypatch.setattr(service, "COUNT_LIMIT", 3)
    assert inquiries.count(InquiryQuery(text="wohngeld")) == 4  # "more than 3"
    assert inquiries.count(InquiryQuery(text="wohngeld", status=InquiryStatus.NEW)) == 4
    assert inquiries.count(InquiryQuery(status=InquiryStatus.NEW)) == 5  # no words: exact
    assert inquiries.count(InquiryQuery(text="wohngeld 4")) == 1
    assert inquiries.count(InquiryQuery(text="kita")) == 0


def test_open_inquiries_of_a_caller(
    inquiries: InquiryService, contacts: ContactService, clock: FixedClock
) -> None:
    caller = contacts.create(ContactDraft(first_name="Helga", last_name="Baumann"))
    other = contacts.create(ContactDraft(first_name="Max", last_name="Muster"))
    for n in range(7):
        clock.now += timedelta(minutes=1)
        inquiries.log_call(CallDraft(contact_id=caller.id, subject=f"Frage {n}"))
    inquiries.log_call(
        CallDraft(contact_id=caller.id, subject="erledigt", status=InquiryStatus.ANSWERED_ON_PHONE)
    )
    inquiries.log_call(CallDraft(contact_id=other.id, subject="fremd"))
    shown = inquiries.open_for_contact(caller.id)
    assert [s.subject for s in shown] == ["Frage 6", "Frage 5", "Frage 4", "Frage 3", "Frage 2"]
    assert [s.subject for s in inquiries.open_for_contact(caller.id, limit=1)] == ["Frage 6"]
