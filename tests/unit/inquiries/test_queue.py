"""The queue: filters, sorting, full-text search with umlauts, the count's cap, a caller's
open inquiries (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from buergeranfragen.calendar import BERLIN
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries import service
from buergeranfragen.inquiries.records import (
    CallDraft,
    DueFilter,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
)
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.rules import RuleService
from buergeranfragen.organisation.service import DepartmentService


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


def test_queue_filters_by_department_assignee_openness_and_due(
    database: Database, inquiries: InquiryService, clock: FixedClock
) -> None:
    """Wednesday 25 November 2026, 10:30 in Düsseldorf: a call back is due tomorrow at 16:00, a
    press inquiry without Redaktionsschluss today at 16:00."""
    DepartmentService(database.session_factory, clock, "chefin").load_defaults()
    RuleService(database.session_factory, clock, "chefin").load_defaults()
    inquiries.log_call(CallDraft(subject="Kitaplatz für unsere Tochter"))
    clock.now += timedelta(minutes=1)
    inquiries.log_call(CallDraft(subject="Haushalt 2027", kind=ContactKind.PRESS))
    clock.now += timedelta(minutes=1)
    inquiries.log_call(CallDraft(subject="Öffnungszeiten", status=InquiryStatus.ANSWERED_ON_PHONE))
    clock.now += timedelta(minutes=1)
    inquiries.log_call(CallDraft(subject="Eine Frage"))

    def refs(**kw: object) -> list[str]:
        query = InquiryQuery(**kw)  # type: ignore[arg-type]
        found = [s.reference[-2:] for s in inquiries.search(query)]
        assert inquiries.count(query) == len(found)
        return found

    rows = {s.reference[-2:]: s for s in inquiries.search(InquiryQuery())}
    assert (rows["01"].department_code, rows["02"].department_code) == ("MKJFGFI", "PRESSE")
    assert rows["02"].department_name == "Pressestelle der Landesregierung"
    assert (rows["03"].department_code, rows["03"].due_at) == ("", None)  # settled on the call
    assert rows["04"].department_code == "" and rows["04"].assignee == ""
    assert rows["01"].due_at == datetime(2026, 11, 26, 16, tzinfo=BERLIN)
    assert rows["02"].due_at == datetime(2026, 11, 25, 16, tzinfo=BERLIN)

    assert refs(department_code="MKJFGFI") == ["01"]
    assert refs(department_code="MSB") == []
    assert refs(unassigned=True) == ["04", "03"]
    assert refs(unassigned=True, open_only=True) == ["04"]
    assert refs(open_only=True) == ["04", "02", "01"]
    assert refs(assignee="chefin") == []
    assert refs(due=DueFilter.TODAY) == ["02"]
    assert refs(due=DueFilter.OVERDUE) == []
    assert refs(sort="due_at", descending=False) == ["02", "01", "04", "03"]
    assert refs(sort="department", descending=False)[:2] == ["01", "02"]

    clock.now = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)  # 16:30 in Düsseldorf
    assert refs(due=DueFilter.OVERDUE) == ["02"]
    assert refs(due=DueFilter.TODAY) == []
    clock.now = datetime(2026, 11, 26, 8, tzinfo=UTC)  # Thursday morning
    assert refs(due=DueFilter.TODAY) == ["04", "01"]
    assert refs(due=DueFilter.TODAY, kind=ContactKind.CITIZEN, text="kitaplatz") == ["01"]
