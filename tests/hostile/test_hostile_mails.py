"""Every hostile or broken mail of issue 8, through file import and through the real IMAP test
server, on SQLite and PostgreSQL: each ends in an explicit outcome, what is stored is what was
sent (minus what no database can hold), and the good mail behind it always arrives."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.header import Header
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.records import InquiryQuery, InquiryRecord
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.imap import MailboxService
from buergeranfragen.mail.intake import MailIntake, MailOutcome, MailReport
from tests.conftest import MemoryKeyring
from tests.support import ImapServer

MARKUP_SUBJECT = '<b>Dringend</b> <img src="/dev/zero"> <img src="/etc/passwd">'
MARKUP_NAME = "<b><font color=green>Staatskanzlei (verifiziert)</font></b>"
CJK_NAME = "申" * 90 + ".pdf"
EMOJI_NAME = "\U0001f600" * 60 + ".pdf"
RLO_NAME = "rechnung\u202efdp.exe"
LONG_NAME = "Erika " + "Mustermann-" * 25  # 281 characters


def _mail(
    n: int,
    subject: str = "Anfrage",
    from_header: str = "Erika Mustermann <erika@example.org>",
    body: bytes = b"Guten Tag,\r\nwie lange dauert es?\r\n",
    html: bytes | None = None,
    attachment: bytes | None = None,
) -> bytes:
    """A mail as a mailer writes it; ``attachment`` is the raw Content-Disposition value."""
    head = (
        f"From: {from_header}\r\nTo: nrwdirekt@nrw.de\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\n"
        f"Date: Mon, 23 Nov 2026 10:{n % 60:02d}:00 +0100\r\n"
        f"Message-ID: <hostile-{n}@example.org>\r\nMIME-Version: 1.0\r\n"
    ).encode()
    text_part = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    if html is None and attachment is None:
        return head + text_part
    parts = [text_part]
    if html is not None:
        parts.append(b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html)
    if attachment is not None:
        parts.append(
            b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
            + attachment
            + b"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
        )
    boundary = b"--BOUNDARY"
    return (
        head
        + b"Content-Type: multipart/mixed; boundary=BOUNDARY\r\n\r\n"
        + b"".join(boundary + b"\r\n" + part + b"\r\n" for part in parts)
        + boundary
        + b"--\r\n"
    )


def _rfc2231(name: str) -> bytes:
    from urllib.parse import quote

    return b"filename*=utf-8''" + quote(name).encode()


def _nested_tables(depth: int) -> bytes:
    return (b"<table><tr><td>" * depth) + b"tief" + (b"</td></tr></table>" * depth)


def _big_table() -> bytes:
    row = b"<tr>" + b"<td>Zelle</td>" * 20 + b"</tr>"
    return b"<html><body><table>" + row * (6_600_000 // len(row)) + b"</table></body></html>"


@dataclass(frozen=True)
class Case:
    name: str
    raw: Callable[[int], bytes]
    check: Callable[[InquiryRecord, MailReport], None]
    outcome: MailOutcome = MailOutcome.IMPORTED


def _attachment_names(record: InquiryRecord) -> list[str]:
    return [a.filename for a in record.attachments if not a.is_original]


def _subject_is(expected: str) -> Callable[[InquiryRecord, MailReport], None]:
    def check(record: InquiryRecord, report: MailReport) -> None:
        assert record.subject == expected

    return check


def _attachment_is(expected: str) -> Callable[[InquiryRecord, MailReport], None]:
    def check(record: InquiryRecord, report: MailReport) -> None:
        assert _attachment_names(record) == [expected]

    return check


def _check_markup_sender(record: InquiryRecord, report: MailReport) -> None:
    assert record.from_email == "evil@example.org"
    assert record.from_name == MARKUP_NAME


def _check_nul_subject(record: InquiryRecord, report: MailReport) -> None:
    assert record.subject == "Antrag auf Wohngeld"
    assert report.subject == record.subject  # the report says what was stored


def _check_nul_body(record: InquiryRecord, report: MailReport) -> None:
    assert "\x00" not in record.body and "Zeile eins" in record.body and "zwei" in record.body


def _check_long_name(record: InquiryRecord, report: MailReport) -> None:
    assert record.from_email == "erika@example.org"
    assert record.from_name == LONG_NAME.strip()[: len(record.from_name)]
    assert len(record.from_name) >= 250


def _check_html(record: InquiryRecord, report: MailReport) -> None:
    assert "Guten Tag" in record.body


CASES = [
    Case("markup subject", lambda n: _mail(n, subject=MARKUP_SUBJECT), _subject_is(MARKUP_SUBJECT)),
    Case(
        "markup sender name",
        lambda n: _mail(n, from_header=f'"{MARKUP_NAME}" <evil@example.org>'),
        _check_markup_sender,
    ),
    Case(
        "NUL in subject",
        lambda n: _mail(n, subject="Antrag auf\x00 Wohngeld"),
        _check_nul_subject,
    ),
    Case(
        "NUL in body",
        lambda n: _mail(n, body=b"Zeile eins\x00\r\nzwei\r\n"),
        _check_nul_body,
    ),
    Case(
        "NUL in attachment name",
        lambda n: _mail(n, attachment=b"filename*=utf-8''Bescheid%00.pdf"),
        _attachment_is("Bescheid.pdf"),
    ),
    Case(
        "250-character sender name",
        lambda n: _mail(n, from_header=f'"{LONG_NAME}" <erika@example.org>'),
        _check_long_name,
    ),
    Case(
        "90 CJK characters",
        lambda n: _mail(n, attachment=_rfc2231(CJK_NAME)),
        _attachment_is(CJK_NAME),
    ),
    Case(
        "60 emoji", lambda n: _mail(n, attachment=_rfc2231(EMOJI_NAME)), _attachment_is(EMOJI_NAME)
    ),
    Case(
        "raw UTF-8 attachment name",
        lambda n: _mail(n, attachment='filename="Bescheid_Müller.pdf"'.encode()),
        _attachment_is("Bescheid_Müller.pdf"),
    ),
    Case(
        "raw Latin-1 attachment name",
        lambda n: _mail(n, attachment='filename="Bescheid_Müller.pdf"'.encode("latin-1")),
        _attachment_is("Bescheid_Müller.pdf"),
    ),
    Case(
        "RLO attachment name",
        lambda n: _mail(n, attachment=_rfc2231(RLO_NAME)),
        _attachment_is(RLO_NAME),
    ),
    Case(
        "trailing dot",
        lambda n: _mail(n, attachment=b'filename="evil.exe."'),
        _attachment_is("evil.exe."),
    ),
    Case(
        "path in name",
        lambda n: _mail(n, attachment=b'filename="../../etc/passwd"'),
        _attachment_is("../../etc/passwd"),
    ),
    Case("tables nested 25 deep", lambda n: _mail(n, html=_nested_tables(25)), _check_html),
    Case("6.6 MB table", lambda n: _mail(n, html=_big_table()), _check_html),
    Case(
        "not a mail at all",
        lambda n: bytes(range(256)) * 40,
        lambda record, report: None,
        MailOutcome.REJECTED,
    ),
]


GOOD_SUBJECT = "Die gute Mail dahinter"


def _check(case: Case, inquiries: InquiryService, report: MailReport) -> None:
    assert report.status is case.outcome, report
    if case.outcome is MailOutcome.REJECTED:
        assert report.inquiry_id is None and report.error is not None
        return
    assert report.inquiry_id is not None, report
    case.check(inquiries.get(report.inquiry_id), report)


def _good_arrived(inquiries: InquiryService) -> None:
    subjects = [s.subject for s in inquiries.search(InquiryQuery(), 0, 100)]
    assert subjects.count(GOOD_SUBJECT) == 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_through_file_import(
    case: Case, intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    hostile = tmp_path / "boese.eml"
    hostile.write_bytes(case.raw(1))
    good = tmp_path / "gut.eml"
    good.write_bytes(_mail(2, subject=GOOD_SUBJECT))
    started = time.monotonic()
    first, second = intake.import_files([hostile, good])
    assert time.monotonic() - started < 30
    _check(case, inquiries, first)
    assert second.status is MailOutcome.IMPORTED
    _good_arrived(inquiries)
    [again] = intake.import_files([hostile])
    expected = (
        MailOutcome.REJECTED if case.outcome is MailOutcome.REJECTED else MailOutcome.DUPLICATE
    )
    assert again.status is expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_through_the_mailbox(
    case: Case,
    imap: ImapServer,
    database: Database,
    clock: FixedClock,
    intake: MailIntake,
    inquiries: InquiryService,
    memory_keyring: MemoryKeyring,
    backend: str,
) -> None:
    folder = f"Hostile-{backend}-{CASES.index(case)}"
    imap.append(folder, case.raw(1))
    imap.append(folder, _mail(2, subject=GOOD_SUBJECT))
    mailboxes = MailboxService(database.session_factory, clock, intake)
    settings = imap.settings(folder)
    mailboxes.add(settings, imap.password)
    [result] = mailboxes.fetch_all()
    assert result.error is None, result.error
    first, second = result.reports
    _check(case, inquiries, first)
    assert second.status is MailOutcome.IMPORTED
    _good_arrived(inquiries)
    [again] = mailboxes.fetch_all()
    assert again.error is None and again.reports == []  # the position moved past both
