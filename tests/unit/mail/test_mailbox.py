"""Fetching from a real IMAP server on loopback (pymap), with passwords in a keyring."""

from __future__ import annotations

import imaplib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.imap import MailboxService, MailboxSettings
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from tests.conftest import ACTOR, MemoryKeyring
from tests.support import ImapServer


@pytest.fixture
def inquiries(sqlite_database: Database, clock: FixedClock, tmp_path: Path) -> InquiryService:
    return InquiryService(sqlite_database.session_factory, clock, ACTOR, tmp_path / "anhaenge")


@pytest.fixture
def intake(inquiries: InquiryService, clock: FixedClock) -> MailIntake:
    return MailIntake(inquiries, clock)


@pytest.fixture
def mailboxes(
    sqlite_database: Database,
    clock: FixedClock,
    intake: MailIntake,
    memory_keyring: MemoryKeyring,
) -> MailboxService:
    return MailboxService(sqlite_database.session_factory, clock, intake)


def message(n: int, day: int = 23) -> bytes:
    return (
        f"From: Person {n} <person{n}@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
        f"Subject: Anfrage {n}\r\nDate: {day} Nov 2026 10:{n % 60:02d}:00 +0100\r\n"
        f"Message-ID: <imap-{n}@example.org>\r\n\r\nText {n}\r\n"
    ).encode()


def settings_for(imap: ImapServer, folder: str, **extra: object) -> MailboxSettings:
    return imap.settings(folder, **extra)  # type: ignore[arg-type]


def subjects(inquiries: InquiryService) -> list[str]:
    return sorted(s.subject for s in inquiries.search(InquiryQuery(), 0, 100))


def test_fetch_takes_only_new_messages_and_keeps_the_password_in_the_keyring(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    memory_keyring: MemoryKeyring,
) -> None:
    folder = "Eingang-neu"
    imap.append(folder, message(1))
    imap.append(folder, message(2))
    record = mailboxes.add(settings_for(imap, folder), imap.password)
    assert list(memory_keyring.store.values()) == [imap.password]

    [first] = mailboxes.fetch_all()
    assert first.error is None and first.count(MailOutcome.IMPORTED) == 2
    assert subjects(inquiries) == ["Anfrage 1", "Anfrage 2"]
    [again] = mailboxes.fetch_all()
    assert again.reports == []  # nothing new: nothing fetched at all

    imap.append(folder, message(3))
    [third] = mailboxes.fetch_all()
    assert [r.subject for r in third.reports] == ["Anfrage 3"]
    assert third.reports[0].file.startswith(f"imap://demouser@127.0.0.1/{folder};UID=")
    mailboxes.remove(record.id)
    assert memory_keyring.store == {}


def test_start_date_and_moving_handled_mail(imap: ImapServer, mailboxes: MailboxService) -> None:
    folder, done = "Eingang-alt", "Erledigt"
    imap.append(folder, message(4, day=1))
    imap.append(folder, message(5, day=24))
    imap.append(done, message(99))  # creates the target folder
    mailboxes.add(settings_for(imap, folder, since=date(2026, 11, 20), move_to=done), imap.password)
    [result] = mailboxes.fetch_all()
    assert result.error is None
    assert [r.subject for r in result.reports] == ["Anfrage 5"]
    client = imap.client()
    try:
        client.select(folder)
        _, data = client.uid("SEARCH", None, "ALL")
        assert len(data[0].split()) == 1  # the old one stays, the handled one moved
        client.select(done)
        _, data = client.uid("SEARCH", None, "ALL")
        assert len(data[0].split()) == 2
    finally:
        client.logout()


def test_wrong_password_and_unreachable_server_are_clear_messages(
    imap: ImapServer, mailboxes: MailboxService
) -> None:
    mailboxes.add(settings_for(imap, "INBOX"), "falsch")
    [result] = mailboxes.fetch_all()
    assert result.reports == [] and result.error is not None
    assert "Anmeldung" in str(result.error) and "Passwort" in str(result.error)
    closed = MailboxSettings(name="weg", host="127.0.0.1", port=1, security="none", username="x")
    mailboxes.add(closed, "x")
    results = mailboxes.fetch_all()
    assert "nicht erreichbar" in str(results[1].error)
    assert "später erneut" in str(results[1].error)


def test_a_lost_connection_loses_nothing(
    imap: ImapServer,
    mailboxes: MailboxService,
    intake: MailIntake,
    inquiries: InquiryService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = "Abbruch"
    for n in (6, 7, 8):
        imap.append(folder, message(n))
    mailboxes.add(settings_for(imap, folder), imap.password)
    original = imaplib.IMAP4.uid
    fetches = {"n": 0}

    def breaks_on_second_fetch(connection: imaplib.IMAP4, command: str, *args: str):  # type: ignore[no-untyped-def]
        if command == "FETCH":
            fetches["n"] += 1
            if fetches["n"] == 2:
                raise ConnectionResetError("Verbindung zurückgesetzt")
        return original(connection, command, *args)

    monkeypatch.setattr(imaplib.IMAP4, "uid", breaks_on_second_fetch)
    [broken] = mailboxes.fetch_all()
    assert "brach ab" in str(broken.error) and broken.count(MailOutcome.IMPORTED) == 1
    assert broken.error is not None and broken.error.param("mailbox") == "nrwdirekt"
    monkeypatch.setattr(imaplib.IMAP4, "uid", original)
    [resumed] = mailboxes.fetch_all()
    assert [r.subject for r in resumed.reports] == ["Anfrage 7", "Anfrage 8"]
    assert subjects(inquiries) == ["Anfrage 6", "Anfrage 7", "Anfrage 8"]


def connections_recorded(
    mailboxes: MailboxService, monkeypatch: pytest.MonkeyPatch, then: Callable[[], None]
) -> list[str]:
    """The mailboxes connected to, in order; ``then`` runs right after each connection (the
    user closing the window while it was made)."""
    connect = mailboxes._connect
    names: list[str] = []

    def recording(settings: MailboxSettings) -> imaplib.IMAP4:
        names.append(settings.name)
        connection = connect(settings)
        then()
        return connection

    monkeypatch.setattr(mailboxes, "_connect", recording)
    return names


def test_closing_the_window_connects_to_no_further_mailbox(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = "Schliessen"
    imap.append(folder, message(31))
    mailboxes.add(settings_for(imap, folder), imap.password)
    slow = MailboxSettings(name="langsam", host="127.0.0.1", port=1, security="none", username="x")
    mailboxes.add(slow, "x")
    closed = {"now": False}
    connected = connections_recorded(mailboxes, monkeypatch, lambda: None)

    def progress(done: int, total: int) -> None:
        closed["now"] = True  # the window closes while the first mailbox is read

    results = mailboxes.fetch_all(progress, lambda: closed["now"])
    assert [(r.mailbox, r.count(MailOutcome.IMPORTED), r.error) for r in results] == [
        ("nrwdirekt", 1, None)
    ]
    assert connected == ["nrwdirekt"]  # the second mailbox is not even connected to
    assert mailboxes.fetch_all(cancelled=lambda: True) == []
    assert connected == ["nrwdirekt"]
    assert subjects(inquiries) == ["Anfrage 31"]


def test_closing_the_window_while_connecting_skips_the_login(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = "Verbinden"
    imap.append(folder, message(32))
    mailboxes.add(settings_for(imap, folder), imap.password)
    closed = {"now": False}
    logins: list[str] = []
    original_login = imaplib.IMAP4.login

    def login(connection: imaplib.IMAP4, user: str, password: str) -> tuple[str, list[bytes]]:
        logins.append(user)
        return original_login(connection, user, password)

    monkeypatch.setattr(imaplib.IMAP4, "login", login)
    connected = connections_recorded(mailboxes, monkeypatch, lambda: closed.update(now=True))
    [result] = mailboxes.fetch_all(cancelled=lambda: closed["now"])
    assert connected == ["nrwdirekt"] and logins == []
    assert (result.reports, result.error) == ([], None)
    assert subjects(inquiries) == []
    [later] = mailboxes.fetch_all()  # the next fetch, not cancelled
    assert logins == ["demouser"]
    assert [r.subject for r in later.reports] == ["Anfrage 32"]  # nothing was lost


def test_mailbox_settings_are_checked(mailboxes: MailboxService) -> None:
    with pytest.raises(ValidationFailed) as info:
        mailboxes.add(
            MailboxSettings(name="", host="imap nrw", username="", port=0, security="ssl"), "pw"
        )
    assert {e.field for e in info.value.errors} == {"name", "host", "username", "port", "security"}


@pytest.fixture(scope="module")
def tls_imap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImapServer]:
    server = ImapServer(tmp_path_factory.mktemp("tls"))
    yield server
    server.stop()


def test_starttls_checks_the_certificate(
    tls_imap: ImapServer, mailboxes: MailboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tls_imap.settings("INBOX", name="sicher", security="starttls")
    mailboxes.add(settings, tls_imap.password)
    [untrusted] = mailboxes.fetch_all()  # a certificate nobody vouches for is refused
    assert "nicht erreichbar" in str(untrusted.error)
    assert "CERTIFICATE_VERIFY_FAILED" in str(untrusted.error)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_imap.certificate))  # the office's own CA
    [trusted] = mailboxes.fetch_all()
    assert trusted.error is None
    # pymap's demo inbox: four plain mails, each imported
    assert [r.status for r in trusted.reports] == [MailOutcome.IMPORTED] * 4
    assert sorted(r.subject for r in trusted.reports) == [
        "Hello, World!",
        "Important notice regarding your account",
        "Random question",
        "Re: Re: Random question",
    ]


def test_a_missing_folder_is_named(imap: ImapServer, mailboxes: MailboxService) -> None:
    mailboxes.add(settings_for(imap, "Gibt-es-nicht"), imap.password)
    [result] = mailboxes.fetch_all()
    assert result.reports == []
    assert str(result.error) == (
        "Das Postfach „nrwdirekt“ meldet einen Fehler: Ordner Gibt-es-nicht nicht gefunden"
    )
