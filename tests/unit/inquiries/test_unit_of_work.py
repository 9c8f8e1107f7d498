"""An inquiry and the contact created with it are ONE unit of work (both databases): a call
from an unknown caller, a mail from an unknown sender. If a late step of storing the inquiry
fails, no contact remains; a sender stored meanwhile by a colleague is not stored twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, EmailInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import AttachmentBlob
from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.inquiries import search
from buergeranfragen.inquiries.records import ENTITY, CallDraft, InquiryQuery, MailLookup
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.privacy import audit
from tests.unit.mail.files import FROM_CITIZEN, mail_file

NEW_CALLER = CallDraft(
    number="0211 8371001",
    new_contact=ContactDraft(first_name="Helga", last_name="Baumann"),
    subject="Wohngeld",
)


class IndexBroken(Exception):
    """The full-text index refused the inquiry's entry (the last step of storing it)."""


def test_a_failed_call_leaves_no_new_contact_behind(
    inquiries: InquiryService, contacts: ContactService, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_index = search.write_index

    def broken_index(*args: Any, **kwargs: Any) -> None:
        raise IndexBroken

    monkeypatch.setattr(search, "write_index", broken_index)
    with pytest.raises(IndexBroken):
        inquiries.log_call(NEW_CALLER)
    assert contacts.count() == 0
    assert contacts.lookup_caller("0211 8371001") == []
    assert inquiries.count(InquiryQuery()) == 0
    monkeypatch.setattr(search, "write_index", write_index)
    stored = inquiries.log_call(NEW_CALLER)  # the same call again, once the index works
    assert stored.reference == "BA-2026-00001"
    assert [c.id for c in contacts.lookup_caller("0211 8371001")] == [stored.contact_id]


def test_a_failed_mail_leaves_no_new_sender_and_no_files_behind(
    database: Database,
    inquiries: InquiryService,
    contacts: ContactService,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = audit.record

    def full_disk_for_inquiries(session: Any, **entry: Any) -> None:
        if entry["entity"] == ENTITY:  # the sender's own audit entry was written before
            raise OperationalError("INSERT INTO audit_log", {}, Exception("disk is full"))
        record(session, **entry)

    monkeypatch.setattr(audit, "record", full_disk_for_inquiries)
    intake = MailIntake(inquiries, clock, ("nrw.de",))
    report = intake.import_file(mail_file(tmp_path, "m.eml", FROM_CITIZEN))
    assert report.status == MailOutcome.RETRY_LATER  # the disk's trouble: not final
    assert str(report.error) == (
        "Der Datenträger ist voll. Änderungen können nicht gespeichert werden."
    )
    assert inquiries.rejected.entries() == []  # not in the "Nicht übernommen" list
    assert contacts.count() == 0
    assert inquiries.count(InquiryQuery()) == 0
    with database.engine.connect() as connection:  # the attachment's bytes went with it
        assert connection.scalar(select(func.count()).select_from(AttachmentBlob)) == 0


def test_a_failed_write_is_reported_as_the_database_s_problem(
    inquiries: InquiryService, contacts: ContactService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("INSERT INTO inquiry_fts", {}, Exception("database is locked"))

    monkeypatch.setattr(search, "write_index", locked)
    with pytest.raises(DatabaseUnavailable) as info:
        inquiries.log_call(NEW_CALLER)
    assert "gesperrt" in info.value.message
    assert contacts.count() == 0


def test_a_sender_stored_meanwhile_by_a_colleague_is_not_stored_twice(
    inquiries: InquiryService,
    contacts: ContactService,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Between the intake's look-up (sender unknown) and the store, a colleague's import
    creates the sender: the inquiry goes to that contact."""
    lookup = inquiries.mail_lookup
    created: list[int] = []

    def colleague_meanwhile(
        message_id: str | None, content_hash: str, address: str, name: str, **more: Any
    ) -> MailLookup:
        found = lookup(message_id, content_hash, address, name, **more)
        assert found.sender is None
        colleague = contacts.create(
            ContactDraft(
                first_name="Erika",
                last_name="Mustermann",
                emails=(EmailInput("Erika@Example.org"),),
            )
        )
        created.append(colleague.id)
        return found

    monkeypatch.setattr(inquiries, "mail_lookup", colleague_meanwhile)
    intake = MailIntake(inquiries, clock, ("nrw.de",))
    report = intake.import_file(mail_file(tmp_path, "m.eml", FROM_CITIZEN))
    assert report.status == MailOutcome.IMPORTED
    assert contacts.count() == 1
    assert inquiries.get(report.inquiry_id or 0).contact_id == created[0]
