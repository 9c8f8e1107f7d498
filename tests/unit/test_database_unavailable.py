"""A database that cannot be read - locked by another program, a file that cannot be opened,
a PostgreSQL server that does not answer - is a known error with a German message for every
read of every service, as it is for writes (``db.engine.transaction``), never a crash."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import (
    SessionFactory,
    create_database_engine,
    make_session_factory,
    reading,
)
from buergeranfragen.db.migrate import open_database
from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.inquiries.records import (
    OUTLOOK_MAIL,
    AttachmentRecord,
    InquiryChannel,
    InquiryQuery,
    InquiryRecord,
    InquiryStatus,
)
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.imap import MailboxService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from tests.conftest import MemoryKeyring

LOCKED = "Die Datenbank ist gerade durch einen anderen Vorgang gesperrt. Bitte versuchen Sie es in einigen Sekunden erneut; Ihre Eingaben bleiben erhalten."  # noqa: E501
UNREACHABLE = "Die Datenbank ist nicht erreichbar. Bitte prüfen Sie die Verbindung."
OTHER = "Datenbankfehler: {detail}"
UNREACHABLE_POSTGRES = "postgresql+psycopg://nobody@127.0.0.1:1/none"

ORIGINAL_MSG = AttachmentRecord(-7, "original.msg", "", OUTLOOK_MAIL, 10, True)
OUTLOOK_RECORD = InquiryRecord(
    id=7,
    version=1,
    reference="BA-2026-00007",
    kind=ContactKind.CITIZEN,
    channel=InquiryChannel.EMAIL,
    status=InquiryStatus.NEW,
    received_at=datetime(2026, 11, 25, tzinfo=UTC),
    contact_id=None,
    contact_name="",
    subject="Frage",
    body="Text",
    body_html="",
    topic="",
    caller_number="",
    deadline=None,
    from_email="erika@example.org",
    from_name="",
    forwarded_by="",
    message_id=None,
    source_file="",
    attachments=(ORIGINAL_MSG,),
)


class Services:
    def __init__(self, factory: SessionFactory, clock: FixedClock, folder: Path) -> None:
        self.contacts = ContactService(factory, clock, "t")
        self.inquiries = InquiryService(factory, clock, "t", folder)
        self.intake = MailIntake(self.inquiries, clock)
        self.mailboxes = MailboxService(factory, clock, self.intake)


READS: dict[str, Callable[[Services], object]] = {
    "contacts.get": lambda s: s.contacts.get(1),
    "contacts.lookup_caller": lambda s: s.contacts.lookup_caller("0211 8371001"),
    "contacts.search": lambda s: s.contacts.search("Müller"),
    "contacts.count": lambda s: s.contacts.count(),
    "contacts.find_duplicates": lambda s: s.contacts.find_duplicates(
        ContactDraft(first_name="Erika", last_name="Muster", organisation="WDR")
    ),
    "contacts.iter_records": lambda s: list(s.contacts.iter_records()),
    "contacts.history": lambda s: s.contacts.history(1),
    "inquiries.mail_lookup": lambda s: s.inquiries.mail_lookup("m@x", "h", "a@example.org"),
    "inquiries.find_duplicate": lambda s: s.inquiries.find_duplicate("m@x", "h"),
    "inquiries.press_email_domains": lambda s: s.inquiries.press_email_domains(),
    "inquiries.get": lambda s: s.inquiries.get(1),
    "inquiries.history": lambda s: s.inquiries.history(1),
    "inquiries.search": lambda s: s.inquiries.search(InquiryQuery(text="wohngeld")),
    "inquiries.count": lambda s: s.inquiries.count(InquiryQuery()),
    "inquiries.open_for_contact": lambda s: s.inquiries.open_for_contact(1),
    "inquiries.attachment_file": lambda s: s.inquiries.attachment_file(ORIGINAL_MSG),
    "inquiries.original_mail": lambda s: s.inquiries.original_mail(1),
    "mail.formatted_body": lambda s: s.intake.formatted_body(OUTLOOK_RECORD),
    "mail.rejected": lambda s: s.inquiries.rejected.entries(),
    "mailboxes.configured": lambda s: s.mailboxes.configured(),
    "mailboxes.fetch_all": lambda s: s.mailboxes.fetch_all(),
}


@pytest.fixture
def locked_sqlite(tmp_path: Path, clock: FixedClock) -> Iterator[SessionFactory]:
    """A migrated database another program holds an exclusive lock on."""
    path = tmp_path / "gesperrt.sqlite"
    open_database(f"sqlite:///{path}", clock).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("PRAGMA locking_mode = EXCLUSIVE")
    blocker.execute("BEGIN EXCLUSIVE")
    blocker.execute("DELETE FROM contacts")  # a write takes the lock
    engine = create_database_engine(f"sqlite:///{path}", busy_timeout_ms=50)
    yield make_session_factory(engine)
    engine.dispose()
    blocker.execute("ROLLBACK")
    blocker.close()


@pytest.fixture(params=["locked sqlite", "unopenable sqlite", "unreachable postgresql"])
def broken(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[SessionFactory, str, str]]:
    """A session factory whose database cannot be read, and the message that says why."""
    if request.param == "locked sqlite":
        yield request.getfixturevalue("locked_sqlite"), LOCKED, ""
        return
    if request.param == "unopenable sqlite":  # the folder of the file is gone
        engine = create_engine(f"sqlite:///{tmp_path / 'weg' / 'ba.sqlite'}")
        detail = "unable to open database file"
        yield make_session_factory(engine), OTHER, detail
    else:
        engine = create_engine(UNREACHABLE_POSTGRES)
        yield make_session_factory(engine), UNREACHABLE, ""
    engine.dispose()


@pytest.mark.parametrize("read", list(READS), ids=str)
def test_every_read_of_every_service_names_the_database_problem(
    read: str,
    broken: tuple[SessionFactory, str, str],
    clock: FixedClock,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    factory, template, detail = broken
    services = Services(factory, clock, tmp_path / "anhaenge")
    with pytest.raises(DatabaseUnavailable) as info:
        READS[read](services)
    assert info.value.reason.template == template
    if detail:
        assert info.value.reason.param("detail") == detail
    assert isinstance(info.value.__cause__, DBAPIError)


def test_reading_passes_other_errors_through_and_closes_the_session(
    sqlite_url: str, clock: FixedClock
) -> None:
    database = open_database(sqlite_url, clock)
    try:
        with pytest.raises(LookupError), reading(database.session_factory) as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
            raise LookupError("not the database's")
        assert database.engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    finally:
        database.close()


def test_a_mail_while_the_database_is_unavailable_is_to_be_retried(
    broken: tuple[SessionFactory, str, str],
    clock: FixedClock,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    """The intake never raises: the same message, as the outcome "retry later"."""
    factory, template, _detail = broken
    services = Services(factory, clock, tmp_path / "anhaenge")
    report = services.intake.import_bytes(
        b"From: a@example.org\r\nSubject: x\r\n\r\ny\r\n", "a.eml", "a.eml"
    )
    assert report.status == MailOutcome.RETRY_LATER
    assert report.error is not None and report.error.template == template
