"""The "Nicht übernommen" list and the mailbox position under hostile mails, on SQLite and
PostgreSQL: keeping a refused mail fails only for the environment (then retry later), never
for what the mail says; a message the server does not hand out holds the position; the log
gets no mail content; large originals are never loaded (or kept) whole; a deleted entry stays
deleted while the mailbox takes the same message again; odd passwords never escape."""

from __future__ import annotations

import imaplib
import io
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DataError

from buergeranfragen.cli import main
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import DatabaseUnavailable, KnownError, ValidationFailed
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail import intake as intake_module
from buergeranfragen.mail import rejected as rejected_module
from buergeranfragen.mail.imap import MailboxService, login
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.mail.rejected import RejectedMails
from buergeranfragen.messages import msg
from buergeranfragen.privacy import audit
from tests.conftest import MemoryKeyring
from tests.hostile.test_outcomes_imap import add_mailbox, message, position, subjects, uids
from tests.support import ImapServer


def test_keeping_cleans_every_surrogate(inquiries: InquiryService) -> None:
    """A UTF-7 encoded word yields a lone high surrogate (not one of surrogateescape's)."""
    store = inquiries.rejected
    entry_id = store.keep(
        b"From: x\r\n\r\nhi\r\n",
        "imap://u@h/INBOX;UID=1\ud800",
        "\udce4.eml",
        msg("Kaputt: {reason}", reason="\ud800\x00"),
        subject="x\ud800y\x00",
        sender="\udfff <evil@example.org>",
    )
    assert entry_id is not None
    entry = store.get(entry_id)
    assert (entry.subject, entry.sender) == ("xy", " <evil@example.org>")
    assert entry.source == "imap://u@h/INBOX;UID=1" and entry.file_name == ".eml"
    assert str(entry.reason) == "Kaputt: "


def test_a_surrogate_in_a_refused_mail_does_not_hold_the_mailbox(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox_id, folder = add_mailbox(mailboxes, imap, "UTF7", backend)
    for n in (51, 52, 53):
        imap.append(folder, message(n))
    parse = intake_module.parse_mail_bytes

    def utf7_subject(data: bytes) -> Any:
        parsed = parse(data)
        if parsed.subject == "Anfrage 52":
            parsed.subject = "Anfrage 52 \ud800"  # what =?utf-7?Q?+2AA-?= decodes to
        return parsed

    store = inquiries.store_mail

    def refuses_the_surrogate(mail: Any) -> Any:
        if "\ud800" in mail.subject:
            raise UnicodeEncodeError("utf-8", mail.subject, 11, 12, "surrogates not allowed")
        return store(mail)

    monkeypatch.setattr(intake_module, "parse_mail_bytes", utf7_subject)
    monkeypatch.setattr(inquiries, "store_mail", refuses_the_surrogate)
    [result] = mailboxes.fetch_all()
    assert [r.status for r in result.reports] == [
        MailOutcome.IMPORTED,
        MailOutcome.REJECTED,
        MailOutcome.IMPORTED,
    ]
    [entry] = inquiries.rejected.entries()
    assert entry.subject == "Anfrage 52 "
    assert position(database, mailbox_id) == uids(imap, folder)[-1]
    assert mailboxes.fetch_all()[0].reports == []


def test_keeping_fails_for_the_environment_retry_later_else_kept_with_less(
    imap: ImapServer,
    mailboxes: MailboxService,
    intake: MailIntake,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Aufbewahren", backend)
    for n in (61, 62, 63):
        imap.append(folder, message(n, "Böse Mail" if n == 62 else ""))
    first = uids(imap, folder)[0]
    kind = intake.press.kind

    def breaks(subject: str, *args: Any) -> Any:
        if subject == "Böse Mail":
            raise RuntimeError("kaputt")
        return kind(subject, *args)

    monkeypatch.setattr(intake.press, "kind", breaks)
    keep = RejectedMails.keep
    outage = [True]

    def failing_keep(self: RejectedMails, data: bytes, *args: Any, **options: Any) -> Any:
        if outage[0]:
            raise DatabaseUnavailable(msg("Die Datenbank ist nicht erreichbar."))
        if args[3:4] != ("",) and options.get("subject", args[3] if len(args) > 3 else ""):
            raise DataError("INSERT INTO rejected_mails", {}, Exception("value refused"))
        return keep(self, data, *args, **options)

    monkeypatch.setattr(RejectedMails, "keep", failing_keep)
    [result] = mailboxes.fetch_all()
    assert [r.status for r in result.reports] == [
        MailOutcome.IMPORTED,
        MailOutcome.RETRY_LATER,  # not kept: not final
        MailOutcome.IMPORTED,
    ]
    assert position(database, mailbox_id) == first

    outage[0] = False  # the database is back; the subject is what it refuses
    [again] = mailboxes.fetch_all()
    assert [r.status for r in again.reports] == [MailOutcome.REJECTED, MailOutcome.DUPLICATE]
    [entry] = inquiries.rejected.entries()
    assert again.reports[0].rejected_id == entry.id
    assert (entry.subject, entry.sender) == ("", "")  # kept with no more than its source
    assert "ließen sich nicht speichern" in str(entry.reason)
    assert inquiries.rejected.original(entry.id).endswith(b"Text 62\r\n")
    assert position(database, mailbox_id) == uids(imap, folder)[-1]


@pytest.mark.parametrize(
    ("code", "outcome"),
    [(36, MailOutcome.REJECTED), (28, MailOutcome.RETRY_LATER), (5, MailOutcome.RETRY_LATER)],
)
def test_an_oserror_holds_the_mailbox_only_when_it_passes(
    inquiries: InquiryService,
    intake: MailIntake,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    outcome: MailOutcome,
) -> None:
    """ENAMETOOLONG comes back with this mail every time: rejected (kept). A full disk or an
    IO error passes: retry later."""

    def fails(mail: Any) -> Any:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(inquiries, "store_mail", fails)
    report = intake.import_bytes(message(71), "x.eml", "x.eml", from_mailbox=True)
    assert report.status is outcome
    assert (report.rejected_id is not None) == (outcome is MailOutcome.REJECTED)


@pytest.fixture
def failing_fetch(imap: ImapServer) -> Iterator[dict[str, Any]]:
    """FETCH of the UID in ``state["uid"]`` is answered as ``state["answer"]`` says."""
    original = imaplib.IMAP4.uid
    state: dict[str, Any] = {"uid": None, "answer": None}

    def uid(self: imaplib.IMAP4, command: str, *args: Any) -> Any:
        if command == "FETCH" and args[0] == state["uid"] and state["answer"] is not None:
            return state["answer"](self)
        return original(self, command, *args)

    imaplib.IMAP4.uid = uid  # type: ignore[method-assign]
    yield state
    imaplib.IMAP4.uid = original  # type: ignore[method-assign]


def test_a_fetch_answered_no_holds_the_position(
    imap: ImapServer,
    mailboxes: MailboxService,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    failing_fetch: dict[str, Any],
) -> None:
    mailbox_id, folder = add_mailbox(mailboxes, imap, "FetchNo", backend)
    for n in (81, 82, 83):
        imap.append(folder, message(n))
    first, second, third = uids(imap, folder)
    failing_fetch["uid"] = str(second)
    failing_fetch["answer"] = lambda _c: ("NO", [b"[UNAVAILABLE] Internal error"])
    [result] = mailboxes.fetch_all()
    assert [r.status for r in result.reports] == [
        MailOutcome.IMPORTED,
        MailOutcome.RETRY_LATER,
        MailOutcome.IMPORTED,
    ]
    assert "nicht ausgeliefert" in str(result.reports[1].error)
    assert position(database, mailbox_id) == first
    failing_fetch["answer"] = None
    [again] = mailboxes.fetch_all()
    assert [r.status for r in again.reports] == [MailOutcome.IMPORTED, MailOutcome.DUPLICATE]
    assert subjects(inquiries) == ["Anfrage 81", "Anfrage 82", "Anfrage 83"]
    assert position(database, mailbox_id) == third


def test_a_message_deleted_meanwhile_is_passed_over(
    imap: ImapServer,
    mailboxes: MailboxService,
    database: Database,
    backend: str,
    failing_fetch: dict[str, Any],
) -> None:
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Weg", backend)
    for n in (91, 92):
        imap.append(folder, message(n))
    first, second = uids(imap, folder)

    def deleted_first(_connection: imaplib.IMAP4) -> Any:
        other = imap.client()
        other.select(folder)
        other.uid("STORE", str(first), "+FLAGS.SILENT", r"(\Deleted)")
        other.expunge()
        other.logout()
        return ("OK", [None])

    failing_fetch["uid"], failing_fetch["answer"] = str(first), deleted_first
    [result] = mailboxes.fetch_all()
    assert [r.status for r in result.reports] == [MailOutcome.IMPORTED]
    assert position(database, mailbox_id) == second


def test_a_database_error_leaves_no_mail_content_in_the_log(
    inquiries: InquiryService,
    intake: MailIntake,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The driver's error carries the statement's values (SQLAlchemy appends them, PostgreSQL
    quotes them in its text): none of it reaches the log."""
    subject, body, address = "Mein Steuerbescheid", "IBAN DE89370400440532013000", "erika@ex.org"
    record = audit.record

    def refused(session: Any, **entry: Any) -> None:
        if backend == "postgresql":  # a real DataError quoting the value
            session.execute(
                text("SELECT CAST(:b AS INTEGER), :s, :a"), {"b": body, "s": subject, "a": address}
            )
        else:  # SQLite: a ProgrammingError with the values bound
            session.connection().exec_driver_sql("SELECT ?", (body, subject, address))
        record(session, **entry)

    monkeypatch.setattr(audit, "record", refused)
    raw = (
        f"From: Erika Mustermann <{address}>\r\nSubject: {subject}\r\n"
        f"Date: 23 Nov 2026 10:00:00 +0100\r\nMessage-ID: <log@x>\r\n\r\n{body}\r\n"
    ).encode()
    assert database.engine.hide_parameters
    with caplog.at_level(logging.DEBUG, logger="buergeranfragen"):
        report = intake.import_bytes(raw, "steuer.eml", "steuer.eml")
    assert report.status is MailOutcome.REJECTED and report.rejected_id is not None
    assert "Datenbank hat die Mail nicht angenommen" in str(report.error)
    assert "steuer.eml" in caplog.text  # the reference is there
    for secret in ("Steuerbescheid", "DE8937", "erika", "Mustermann"):
        assert secret not in caplog.text


def test_the_list_and_the_preview_never_load_a_whole_original(
    inquiries: InquiryService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rejected_module, "PREVIEW_BYTES", 1000)
    store = inquiries.rejected
    entry_id = store.keep(b"x" * 5000, "a.eml", "a.eml", msg("Nein."))
    assert entry_id is not None
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        [entry] = store.entries()
        preview = store.preview(entry_id)
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    assert entry.size == 5000 and entry.complete
    assert preview == "x" * 1000 + "\n[…]"
    for statement in statements:
        for match in re.finditer(r"rejected_mails\.data", statement):
            assert statement[: match.start()].rstrip().endswith("substr("), statement


def test_a_mail_too_large_is_rejected_and_only_its_beginning_kept(
    imap: ImapServer,
    mailboxes: MailboxService,
    intake: MailIntake,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(intake_module, "MAX_MAIL_BYTES", 2000)
    monkeypatch.setattr(rejected_module, "KEPT_PART_BYTES", 500)
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Riesig", backend)
    imap.append(folder, message(101).replace(b"Text 101", b"Text " + b"y" * 3000))
    imap.append(folder, message(102))
    [result] = mailboxes.fetch_all()
    assert [r.status for r in result.reports] == [MailOutcome.REJECTED, MailOutcome.IMPORTED]
    assert "größer" in str(result.reports[0].error)
    [entry] = inquiries.rejected.entries()
    assert entry.size > 3000 and entry.kept_bytes == 500 and not entry.complete
    assert len(inquiries.rejected.original(entry.id)) == 500
    assert entry.to_json()["complete"] is False
    assert position(database, mailbox_id) == uids(imap, folder)[-1]
    with pytest.raises(KnownError, match="nur der Anfang"):
        intake.retry_rejected(entry.id)


def test_a_file_that_is_no_mail_is_kept_only_in_part(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rejected_module, "KEPT_PART_BYTES", 100)
    photo = tmp_path / "urlaub.eml"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    out = io.StringIO()
    assert main(["--database", db_url, "mail", "import", str(photo)], out=out) == 0
    assert "nicht übernommen, Nr." in out.getvalue()
    listing = io.StringIO()
    main(["--database", db_url, "mail", "rejected", "--json"], out=listing)
    assert '"complete": false' in listing.getvalue()


def test_a_deleted_entry_stays_deleted_while_the_mailbox_is_held(
    imap: ImapServer,
    mailboxes: MailboxService,
    intake: MailIntake,
    inquiries: InquiryService,
    database: Database,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox_id, folder = add_mailbox(mailboxes, imap, "Geloescht", backend)
    imap.append(folder, message(111))
    imap.append(folder, message(112, "Spam"))
    store = inquiries.store_mail

    def locked(mail: Any) -> Any:
        if mail.subject == "Anfrage 111":
            raise DatabaseUnavailable(msg("Die Datenbank ist gesperrt."))
        return store(mail)

    kind = intake.press.kind

    def breaks(subject: str, *args: Any) -> Any:
        if subject == "Spam":
            raise RuntimeError("kaputt")
        return kind(subject, *args)

    monkeypatch.setattr(inquiries, "store_mail", locked)
    monkeypatch.setattr(intake.press, "kind", breaks)
    [result] = mailboxes.fetch_all()
    assert [r.status for r in result.reports] == [MailOutcome.RETRY_LATER, MailOutcome.REJECTED]
    [entry] = inquiries.rejected.entries()
    inquiries.rejected.delete(entry.id)
    with pytest.raises(KnownError):
        inquiries.rejected.get(entry.id)

    [again] = mailboxes.fetch_all()  # still held: the spam is taken again
    assert [r.status for r in again.reports] == [MailOutcome.RETRY_LATER, MailOutcome.REJECTED]
    assert inquiries.rejected.entries() == []  # not brought back
    # the clerk imports the file on purpose: it is listed again, under a new id never reused
    report = intake.import_bytes(message(112, "Spam"), "spam.eml", "spam.eml")
    [back] = inquiries.rejected.entries()
    assert report.rejected_id == back.id
    if backend == "sqlite":
        with database.engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM sqlite_sequence")).scalars()
            assert "rejected_mails" in list(names)


def test_a_password_that_is_no_text_is_refused_without_naming_it(
    imap: ImapServer,
    mailboxes: MailboxService,
    memory_keyring: MemoryKeyring,
) -> None:
    settings = imap.settings("INBOX", name="kaputt")
    with pytest.raises(ValidationFailed) as refused:
        mailboxes.add(settings, "geheim\udce4Wort")
    [error] = refused.value.errors
    assert error.field == "password" and "geheim" not in str(error.message)

    connection = imaplib.IMAP4("127.0.0.1", imap.port)
    try:
        with pytest.raises(imaplib.IMAP4.error) as login_error:
            login(connection, imap.user, "geheim\udce4Wort")
    finally:
        connection.logout()
    assert not re.search(r"geheim|Wort|udce4|position", str(login_error.value))

    mailboxes.add(settings, "platzhalter")
    mailboxes.passwords.set(settings, "geheim\udce4Wort")  # as an older version stored it
    [result] = mailboxes.fetch_all()
    assert result.error is not None and "gültiger Text" in str(result.error)
    assert "geheim" not in str(result.error)


def test_save_refuses_a_bad_number_an_existing_file_and_a_link(db_url: str, tmp_path: Path) -> None:
    photo = tmp_path / "x.eml"
    photo.write_bytes(b"\xff\xd8\xff\xe0 kein Text")
    main(["--database", db_url, "mail", "import", str(photo)], out=io.StringIO())
    with pytest.raises(SystemExit) as usage:
        main(["--database", db_url, "mail", "rejected", "--save", "abc", "f.eml"])
    assert usage.value.code == 2

    existing = tmp_path / "vorhanden.eml"
    existing.write_text("bleibt")
    elsewhere = tmp_path / "ziel.txt"
    elsewhere.write_text("auch")
    link = tmp_path / "link.eml"
    link.symlink_to(elsewhere)
    for target in (existing, link):
        code = main(["--database", db_url, "mail", "rejected", "--save", "1", str(target)])
        assert code == 1
    assert existing.read_text() == "bleibt" and elsewhere.read_text() == "auch"
    fresh = tmp_path / "neu.eml"
    assert main(["--database", db_url, "mail", "rejected", "--save", "1", str(fresh)]) == 0
    assert fresh.read_bytes().startswith(b"\xff\xd8")
