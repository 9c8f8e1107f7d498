"""Field limits: NUL and over-long values are stored the same on SQLite and PostgreSQL (which
refuses both with a DataError), cut with a warning where they come from outside; what a person
typed into a form is refused at the field instead of being cut."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.io.transfer import import_contact_files
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.limits import clean_text, column_limit
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Contact, Inquiry, table_of
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake

LONG_NAME = "Sehr Langer Absendername " * 10  # 250 characters


def hostile_mail() -> bytes:
    # NUL where a mail can carry it: an encoded word, quoted-printable, RFC 2231
    subject = "=?utf-8?q?Betreff=00mit_NUL_?= " + "x" * 600
    return (
        f"From: =?utf-8?q?{LONG_NAME.replace(' ', '_')}=00?= <erika@example.org>\r\n"
        "To: nrwdirekt@nrw.de\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: =?utf-8?q?<nul=00-1@example.org>?=\r\n"
        "Date: Wed, 25 Nov 2026 08:00:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Text mit=00NUL im K=C3=B6rper.\r\n"
        "--b\r\nContent-Type: application/pdf\r\n"
        "Content-Disposition: attachment; filename*=utf-8''Bescheid%00.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQ=\r\n--b--\r\n"
    ).encode()


def test_limits_come_from_the_model() -> None:
    assert column_limit(table_of(Inquiry), "subject") == 500
    assert column_limit(table_of(Contact), "last_name") == 200
    assert column_limit(table_of(Inquiry), "body") is None
    assert clean_text("a\x00b\udcfcc") == "abc"


def test_a_mail_with_nul_and_long_values_is_stored_alike_on_both_databases(
    intake: MailIntake,
) -> None:
    report = intake.import_bytes(hostile_mail(), "boese.eml", "boese.eml")
    assert report.status == "imported", report.error
    record = intake.inquiries.get(report.inquiry_id or 0)
    assert "\x00" not in record.subject and len(record.subject) == 500
    assert record.subject.startswith("Betreffmit NUL xxx")
    assert record.body.strip() == "Text mitNUL im Körper."
    assert record.from_name.strip() == LONG_NAME.strip()  # 250 characters fit (300)
    assert record.message_id is None or "\x00" not in record.message_id
    names = [a.filename for a in record.attachments if not a.is_original]
    assert names == ["Bescheid.pdf"]
    assert any("Betreff war mit" in str(w) for w in report.warnings)
    # the sender became a contact: the name cut to the contact's columns, no error
    contact = intake.inquiries.get(record.id).contact_name
    assert contact and len(contact) <= 401
    # and the queue and the search still read it
    assert intake.inquiries.count(InquiryQuery()) == 1


def test_a_call_with_a_long_subject_is_cut_with_a_warning(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    inquiries = InquiryService(database.session_factory, clock, "t", tmp_path / "a")
    record = inquiries.log_call(
        CallDraft(
            number="+49 211 837 1001",
            subject="Frage\x00 " + "ä" * 700,
            topic="T" * 300,
            text="Notiz\x00",
            received_at=datetime(2026, 11, 25, 8, tzinfo=UTC),
        )
    )
    stored = inquiries.get(record.id)
    assert len(stored.subject) == 500 and "\x00" not in stored.subject
    assert len(stored.topic) == 200
    assert stored.body == "Notiz"
    assert [str(w) for w in record.warnings] == [
        "Betreff war mit 706 Zeichen zu lang und wurde auf 500 Zeichen gekürzt.",
        "Thema war mit 300 Zeichen zu lang und wurde auf 200 Zeichen gekürzt.",
    ]


def test_a_form_refuses_a_field_too_long_at_the_field(
    database: Database, clock: FixedClock
) -> None:
    contacts = ContactService(database.session_factory, clock, "t")
    with pytest.raises(ValidationFailed) as caught:
        contacts.create(ContactDraft(kind=ContactKind.CITIZEN, last_name="M" * 201))
    assert [(e.field, str(e.message)) for e in caught.value.errors] == [
        ("last_name", "Höchstens 200 Zeichen (eingegeben: 201).")
    ]
    stored = contacts.create(ContactDraft(last_name="Mül\x00ler", city="Köln\x00"))
    assert (stored.last_name, stored.city) == ("Müller", "Köln")


def test_an_imported_contact_with_long_values_is_cut_with_a_warning(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    contacts = ContactService(database.session_factory, clock, "t")
    path = tmp_path / "lang.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{'L' * 250};Erika;;;\r\nFN:Erika\r\nORG:{'O' * 350}\r\n"
        "EMAIL:erika@example.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    [report] = list(import_contact_files(contacts, [path]))
    assert report.status == "imported", report.error
    record = contacts.get(report.contact_id or 0)
    assert (len(record.last_name), len(record.organisation)) == (200, 300)
    assert [str(w) for w in report.warnings] == [
        "Nachname war mit 250 Zeichen zu lang und wurde auf 200 Zeichen gekürzt.",
        "Organisation war mit 350 Zeichen zu lang und wurde auf 300 Zeichen gekürzt.",
    ]
