"""Hostile and broken mail through the real IMAP test server (pymap), on SQLite and
PostgreSQL: every mail ends in one outcome, the mailbox position moves only over final ones,
one bad mail never stops the ones behind it, and an error of the import is never reported as
one of the connection."""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DataError, OperationalError

from buergeranfragen.db.engine import reading
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import MailboxFolderState
from buergeranfragen.inquiries.records import ENTITY, InquiryQuery
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.imap import MailboxService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.privacy import audit
from tests.conftest import MemoryKeyring
from tests.support import ImapServer


def message(n: int, subject: str = "") -> bytes:
    return (
        f"From: Person {n} <person{n}@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
        f"Subject: {subject or f'Anfrage {n}'}\r\nDate: 23 Nov 2026 10:{n % 60:02d}:00 +0100\r\n"
        f"Message-ID: <outcome-{n}@example.org>\r\n\r\nText {n}\r\n"
    ).encode()


def add_mailbox(
    mailboxes: MailboxService, imap: ImapServer, folder: str, backend: str
) -> tuple[int, str]:
    """A mailbox on a folder of its own (the server is shared by the tests)."""
    folder = f"{folder}-{backend}"
    settings = imap.settings(folder)
    return mailboxes.add(settings, imap.password).id, folder


def position(database: Database, mailbox_id: int) -> int:
    with reading(database.session_factory) as session:
        row = session.scalars(
            select(MailboxFolderState).where(MailboxFolderState.mailbox_id == mailbox_id)
        ).one()
        return row.last_uid


def uids(imap: ImapServer, folder: str) -> list[int]:
    client = imap.client()
    try:
        client.select(folder)
        _, data = client.uid("SEARCH", None, "ALL")
        return [int(u) for u in data[0].split()]
    finally:
        client.logout()


def subjects(inquiries: InquiryService) -> list[str]:
    return sorted(s.subject for s in inquiries.search(InquiryQuery(), 0, 100))


def fail_storing(monkeypatch: pytest.MonkeyPatch, subject: str, error: Exception) -> list[int]:
    """The database fails once while the mail with ``subject`` is stored (inside the unit of
    work, after the inquiry row was written: everything is rolled back)."""
    record = audit.record
    failures: list[int] = []

    def flaky(session: Any, **entry: Any) -> None:
        if entry["entity"] == ENTITY and not failures:
            from buergeranfragen.db.models import Inquiry

            row = session.get(Inquiry, entry["entity_id"])
            if row is not None and row.subject == subject:
                failures.append(entry["entity_id"])
                raise error
        record(session, **entry)

    monkeypatch.setattr(audit, "record", flaky)
    return failures


def test_a_brief_database_error_leaves_the_mail_for_the_next_fetch(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Kurz-gesperrt", backend)
    for n in (1, 2, 3):
        imap.append(folder, message(n))
    first, second, third = uids(imap, folder)
    locked = OperationalError("INSERT INTO audit_log", {}, Exception("database is locked"))
    failures = fail_storing(monkeypatch, "Anfrage 2", locked)

    [result] = mailboxes.fetch_all()
    assert failures  # the error did happen
    assert result.error is None  # not a connection error
    assert [r.status for r in result.reports] == [
        MailOutcome.IMPORTED,
        MailOutcome.RETRY_LATER,
        MailOutcome.IMPORTED,  # the mail behind it still arrives
    ]
    assert "gesperrt" in str(result.reports[1].error)
    assert position(database, mailbox_id) == first  # not moved past the mail to retry
    assert inquiries.rejected.entries() == []  # nothing final about it
    assert subjects(inquiries) == ["Anfrage 1", "Anfrage 3"]

    [again] = mailboxes.fetch_all()  # the database works again
    assert again.error is None
    assert [r.status for r in again.reports] == [MailOutcome.IMPORTED, MailOutcome.DUPLICATE]
    assert position(database, mailbox_id) == third
    assert subjects(inquiries) == ["Anfrage 1", "Anfrage 2", "Anfrage 3"]
    [quiet] = mailboxes.fetch_all()
    assert quiet.reports == [] and second in uids(imap, folder)


def test_a_rejected_mail_is_kept_and_the_position_moves_past_it(
    imap: ImapServer,
    mailboxes: MailboxService,
    intake: MailIntake,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An unexpected error in the middle of a fetch rejects that mail only (the good ones
    around it arrive); its original is in the "Nicht übernommen" list, and importing it again
    once the bug is gone makes it an inquiry."""
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Kaputt-dazwischen", backend)
    for n in (11, 12, 13):
        imap.append(folder, message(n, "Böse Mail" if n == 12 else ""))
    decide = intake.press.kind

    def breaks_on_the_bad_one(subject: str, *args: Any) -> Any:
        if subject == "Böse Mail":
            raise AttributeError("'NoneType' object has no attribute 'lower'")
        return decide(subject, *args)

    monkeypatch.setattr(intake.press, "kind", breaks_on_the_bad_one)
    with caplog.at_level(logging.WARNING, logger="buergeranfragen"):
        [result] = mailboxes.fetch_all()
    assert result.error is None
    assert [r.status for r in result.reports] == [
        MailOutcome.IMPORTED,
        MailOutcome.REJECTED,
        MailOutcome.IMPORTED,
    ]
    assert position(database, mailbox_id) == uids(imap, folder)[-1]
    assert subjects(inquiries) == ["Anfrage 11", "Anfrage 13"]
    [entry] = inquiries.rejected.entries()
    assert result.reports[1].rejected_id == entry.id
    assert "unerwarteter Fehler" in str(entry.reason) and "AttributeError" in str(entry.reason)
    assert entry.source.startswith(f"imap://demouser@127.0.0.1/{folder};UID=")
    assert inquiries.rejected.original(entry.id).endswith(b"Text 12\r\n")
    assert (entry.subject, entry.sender) == ("Böse Mail", "Person 12 <person12@example.org>")
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)

    monkeypatch.setattr(intake.press, "kind", decide)  # a fixed version
    again = intake.retry_rejected(entry.id)
    assert again.status == MailOutcome.IMPORTED
    assert inquiries.rejected.entries() == []
    assert subjects(inquiries) == ["Anfrage 11", "Anfrage 13", "Böse Mail"]
    assert mailboxes.fetch_all()[0].reports == []  # never fetched again


def test_a_value_the_database_refuses_rejects_that_mail_only(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PostgreSQL's DataError (a NUL, a value too long) for one mail: that mail is rejected
    and kept, no crash, the others arrive."""
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Datenfehler", backend)
    for n in (21, 22, 23):
        imap.append(folder, message(n))
    refused = DataError("INSERT INTO inquiries", {}, Exception("invalid byte sequence 0x00"))
    fail_storing(monkeypatch, "Anfrage 22", refused)
    [result] = mailboxes.fetch_all()
    assert result.error is None
    assert [r.status for r in result.reports] == [
        MailOutcome.IMPORTED,
        MailOutcome.REJECTED,
        MailOutcome.IMPORTED,
    ]
    assert "Datenbank hat die Mail nicht angenommen" in str(result.reports[1].error)
    [entry] = inquiries.rejected.entries()
    assert (entry.subject, entry.sender) == ("Anfrage 22", "Person 22 <person22@example.org>")
    assert position(database, mailbox_id) == uids(imap, folder)[-1]


@pytest.fixture(scope="module")
def umlaut_imap() -> Iterator[ImapServer]:
    server = ImapServer(password="Ωmega-密码-€uro")
    yield server
    server.stop()


def test_a_non_ascii_password_logs_in_and_appears_nowhere(
    umlaut_imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    memory_keyring: MemoryKeyring,
    backend: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    umlaut_imap.append("INBOX", message(31))
    settings = umlaut_imap.settings("INBOX", name="umlaute")
    with caplog.at_level(logging.DEBUG):
        record = mailboxes.add(settings, umlaut_imap.password)
        [result] = mailboxes.fetch_all()
        assert result.error is None
        assert "Anfrage 31" in [r.subject for r in result.reports]
        mailboxes.remove(record.id)
        mailboxes.add(settings, "Ωmega-密码-€uroX")
        [wrong] = mailboxes.fetch_all()
    assert wrong.error is not None and "Anmeldung" in str(wrong.error)
    shown = str(wrong.error) + caplog.text
    for part in ("Ω", "密", "€", "mega", "uro", "position"):
        assert part not in shown


def test_no_import_error_is_reported_as_a_connection_error(
    imap: ImapServer,
    mailboxes: MailboxService,
    intake: MailIntake,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disk error (a full disk) while storing: retry later, no "connection
    broke", and even an error escaping the intake itself keeps the mail for the next fetch."""
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Plattenfehler", backend)
    for n in (41, 42):
        imap.append(folder, message(n))
    store = inquiries.store_mail

    def name_too_long(mail: Any) -> Any:
        if mail.subject == "Anfrage 41":
            raise OSError(28, "No space left on device")
        return store(mail)

    monkeypatch.setattr(inquiries, "store_mail", name_too_long)
    [result] = mailboxes.fetch_all()
    assert result.error is None
    assert [r.status for r in result.reports] == [MailOutcome.RETRY_LATER, MailOutcome.IMPORTED]
    assert "Datenträger" in str(result.reports[0].error)

    def escapes(data: bytes, label: str, source: str, **options: Any) -> Any:
        raise imaplib.IMAP4.abort("socket error: EOF")  # looks like the connection's, is not

    monkeypatch.setattr(intake, "import_bytes", escapes)
    [broken] = mailboxes.fetch_all()
    assert broken.error is None
    assert [r.status for r in broken.reports] == [MailOutcome.RETRY_LATER] * 2
    monkeypatch.undo()
    [resumed] = mailboxes.fetch_all()
    assert [r.status for r in resumed.reports] == [MailOutcome.IMPORTED, MailOutcome.DUPLICATE]
    assert subjects(inquiries) == ["Anfrage 41", "Anfrage 42"]
    assert position(database, mailbox_id) == uids(imap, folder)[-1]
