"""The mail intake: a mail file becomes an inquiry with its contact and attachments, or a
duplicate, or is refused with a reason; a colleague's forward counts as the original sender's
mail (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from buergeranfragen.contacts.records import ContactDraft, EmailInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import InquiryAttachment
from buergeranfragen.inquiries.records import (
    OUTLOOK_MAIL,
    InquiryChannel,
    InquiryQuery,
    MailLookup,
)
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail import intake as intake_module
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.mail.outlook import OLE_SIGNATURE
from buergeranfragen.mail.records import Attachment, ParsedMail
from tests.unit.mail.files import FROM_CITIZEN, mail_file


def test_mail_import_creates_inquiry_contact_and_safe_attachments(
    intake: MailIntake, inquiries: InquiryService, contacts: ContactService, tmp_path: Path
) -> None:
    report = intake.import_file(mail_file(tmp_path, "a.eml", FROM_CITIZEN))
    assert report.status == MailOutcome.IMPORTED and report.reference == "BA-2026-00001"
    assert (report.kind, report.from_email, report.subject) == (
        "citizen",
        "erika@example.org",
        "Frage zum Wohngeld",
    )
    assert report.received_at == "2026-11-23T10:15:00+01:00"
    assert report.attachments == 1 and report.warnings == () and report.error is None
    record = inquiries.get(report.inquiry_id or 0)
    assert record.channel == InquiryChannel.EMAIL and record.contact_name == "Erika Mustermann"
    assert record.body == "Wie lange dauert die Bearbeitung?"
    assert (record.message_id, record.source_file) == ("m1@example.org", "a.eml")
    pdf = next(a for a in record.attachments if not a.is_original)
    original = next(a for a in record.attachments if a.is_original)
    path = inquiries.attachment_file(pdf)
    assert path.name == "Bescheid.pdf" and path.read_bytes() == b"%PDF-1.4\n"
    assert path.parent.parent.parent == tmp_path / "offen"  # the private folder's
    assert pdf.filename == "../../../Bescheid.pdf"  # what the sender wrote, shown as such
    assert (original.filename, original.content_type) == ("original.eml", "message/rfc822")
    assert inquiries.attachment_file(original).read_bytes().startswith(b"From: Erika")
    [contact] = contacts.search("erika@example.org")
    assert contact.id == record.contact_id
    assert contacts.get(contact.id).source.value == "email"
    # the same mail again is a duplicate, even under another file name
    again = intake.import_file(mail_file(tmp_path, "kopie.eml", FROM_CITIZEN))
    assert again.status == MailOutcome.DUPLICATE and again.reference == "BA-2026-00001"
    assert str(again.error) == "Diese Mail ist schon als BA-2026-00001 gespeichert."
    assert inquiries.count(InquiryQuery()) == 1
    assert contacts.count() == 1


def test_the_json_of_a_report_is_the_documented_one(intake: MailIntake, tmp_path: Path) -> None:
    text = FROM_CITIZEN.replace("Date: Mon, 23 Nov 2026 10:15:00 +0100\n", "")
    report = intake.import_file(mail_file(tmp_path, "a.eml", text)).to_json()
    assert report == {
        "file": str(tmp_path / "a.eml"),
        "status": "imported",
        "reference": "BA-2026-00001",
        "kind": "citizen",
        "from_email": "erika@example.org",
        "from_name": "Erika Mustermann",
        "forwarded_by": "",
        "subject": "Frage zum Wohngeld",
        "received_at": "2026-11-25T10:30:00+01:00",  # the time of the import
        "attachments": 1,
        "warnings": [
            "Die Mail hat kein lesbares Datum.",
            "Als Eingangszeit gilt die Zeit des Imports.",
        ],
        "error": None,
        "linked_reference": None,  # no stranger's mail naming another inquiry
    }


def test_a_known_sender_is_the_contact(
    intake: MailIntake, inquiries: InquiryService, contacts: ContactService, tmp_path: Path
) -> None:
    """The stored contact with the sender's address and the display name's name (its title
    ignored) is the contact; its name stays as stored."""
    known = contacts.create(
        ContactDraft(
            title="Dr.",
            first_name="Erika",
            last_name="Mustermann",
            emails=(EmailInput("Erika@Example.org"),),
        )
    )
    report = intake.import_file(mail_file(tmp_path, "a.eml", FROM_CITIZEN))
    record = inquiries.get(report.inquiry_id or 0)
    assert (record.contact_id, record.contact_name) == (known.id, "Dr. Erika Mustermann")
    assert record.contact_candidates == () and "contact_candidates" not in report.to_json()
    assert contacts.count() == 1


def test_mail_without_message_id_is_recognised_by_its_content(
    intake: MailIntake, tmp_path: Path
) -> None:
    text = FROM_CITIZEN.replace("Message-ID: <m1@example.org>\n", "")
    assert intake.import_file(mail_file(tmp_path, "a.eml", text)).status == MailOutcome.IMPORTED
    again = intake.import_file(mail_file(tmp_path, "b.eml", text))
    assert again.status == MailOutcome.DUPLICATE and again.reference == "BA-2026-00001"


def test_forwarded_by_a_colleague_counts_as_the_original_sender(
    intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    text = """From: Petra Kollegin <petra.kollegin@stk.nrw.de>
To: nrwdirekt@nrw.de
Subject: WG: Frage zum Wohngeld
Date: Tue, 24 Nov 2026 08:00:00 +0100
Message-ID: <fw1@stk.nrw.de>
Content-Type: text/plain; charset=utf-8

Bitte übernehmen.

-----Ursprüngliche Nachricht-----
Von: Erika Mustermann <erika@example.org>
Gesendet: Montag, 23. November 2026 10:15
An: Poststelle <poststelle@stk.nrw.de>
Betreff: Frage zum Wohngeld

Wie lange dauert die Bearbeitung?
"""
    report = intake.import_file(mail_file(tmp_path, "fw.eml", text))
    assert (report.from_email, report.from_name, report.forwarded_by) == (
        "erika@example.org",
        "Erika Mustermann",
        "petra.kollegin@stk.nrw.de",
    )
    assert report.subject == "Frage zum Wohngeld"
    assert report.received_at == "2026-11-23T10:15:00+01:00"
    assert [str(w) for w in report.warnings] == [
        "Der Kommentar der weiterleitenden Person steht im Original."
    ]
    record = inquiries.get(report.inquiry_id or 0)
    assert record.body == "Wie lange dauert die Bearbeitung?"
    assert record.contact_name == "Erika Mustermann"


def test_original_attached_as_rfc822_by_a_colleague(intake: MailIntake, tmp_path: Path) -> None:
    text = """From: petra.kollegin@mik.nrw.de
To: nrwdirekt@nrw.de
Subject: Fwd: Lärmbelästigung
Date: Tue, 24 Nov 2026 08:00:00 +0100
Message-ID: <fw2@mik.nrw.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=YY

--YY
Content-Type: text/plain; charset=utf-8

Zur Beantwortung.
--YY
Content-Type: message/rfc822

From: Anna Nachbarin <anna@example.net>
Subject: =?utf-8?q?L=C3=A4rmbel=C3=A4stigung?=
Date: Sun, 22 Nov 2026 22:00:00 +0100
Message-ID: <orig@example.net>
Content-Type: text/plain; charset=utf-8

Seit Wochen wird nachts gebaut.
--YY--
"""
    report = intake.import_file(mail_file(tmp_path, "fw2.eml", text))
    assert (report.from_email, report.forwarded_by) == (
        "anna@example.net",
        "petra.kollegin@mik.nrw.de",
    )
    assert report.subject == "Lärmbelästigung"
    assert report.received_at == "2026-11-22T22:00:00+01:00"


ORIGINAL_PLAIN = b"""From: Anna Nachbarin <anna@example.net>
Subject: Laerm
Date: Sun, 22 Nov 2026 22:00:00 +0100
Message-ID: <laerm@example.net>
Content-Type: text/plain; charset=utf-8

Seit Wochen wird nachts gebaut.
""".replace(b"\n", b"\r\n")


def outlook_mail(sender: str, attachments: list[Attachment]) -> ParsedMail:
    """An Outlook .msg as the reader hands it out: plain text, its formatting only in the RTF
    body (no HTML stored)."""
    return ParsedMail(
        from_name="Absender",
        from_email=sender,
        subject="WG: Laerm",
        received_at=datetime(2026, 11, 24, 7, 0, tzinfo=UTC),
        message_id=f"outlook-{sender}",
        text="Zur Beantwortung.",
        attachments=attachments,
        content_hash=sender,
    )


@pytest.mark.parametrize(
    ("sender", "attachments", "forwarded_by", "formatted"),
    [
        # a colleague forwards the citizen's mail attached: the .msg stored is the colleague's
        (
            "petra.kollegin@mik.nrw.de",
            [Attachment("Laerm.eml", "message/rfc822", ORIGINAL_PLAIN)],
            "petra.kollegin@mik.nrw.de",
            "",
        ),
        # the citizen's own .msg: its formatting is the inquiry's
        ("anna@example.net", [], "", "<p>aus dem RTF</p>"),
    ],
    ids=["forwarded by a colleague", "the citizen's own"],
)
def test_the_formatted_view_never_shows_the_forwarding_colleague_s_mail(
    intake: MailIntake,
    inquiries: InquiryService,
    monkeypatch: pytest.MonkeyPatch,
    sender: str,
    attachments: list[Attachment],
    forwarded_by: str,
    formatted: str,
) -> None:
    data = OLE_SIGNATURE + sender.encode()
    derived_from: list[bytes] = []

    def from_rtf(original: bytes) -> str:
        derived_from.append(original)
        return "<p>aus dem RTF</p>"

    monkeypatch.setattr(
        intake_module, "parse_mail_bytes", lambda _: outlook_mail(sender, attachments)
    )
    monkeypatch.setattr(intake_module, "formatted_html", from_rtf)
    report = intake.import_bytes(data, "weiter.msg", "weiter.msg")
    assert (report.status, report.forwarded_by) == (MailOutcome.IMPORTED, forwarded_by)
    record = inquiries.get(report.inquiry_id or 0)
    assert record.body_html == ""
    assert [(a.filename, a.content_type) for a in record.attachments if a.is_original] == [
        ("original.msg", OUTLOOK_MAIL)
    ]
    assert record.formatting_in_original == bool(formatted)
    assert intake.formatted_body(record) == formatted
    assert derived_from == ([data] if formatted else [])


def test_a_citizen_forwarding_something_stays_the_sender(
    intake: MailIntake, tmp_path: Path
) -> None:
    text = FROM_CITIZEN.replace(
        "Wie lange dauert die Bearbeitung?",
        (
            "Das hier habe ich bekommen:\n\n-----Original Message-----\n"
            "From: Amt <amt@stadt.example>\nSubject: Bescheid\n\nIhr Antrag..."
        ),
    )
    report = intake.import_file(mail_file(tmp_path, "c.eml", text))
    assert report.status == MailOutcome.IMPORTED
    assert report.from_email == "erika@example.org" and report.forwarded_by == ""


def test_refused_files_get_reasons_and_store_nothing(
    intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notiz.txt").write_text("Nur ein Text.", encoding="utf-8")
    (tmp_path / "leer.eml").write_bytes(b"")
    (tmp_path / "ordner.eml").mkdir()
    names = ["bild.png", "notiz.txt", "fehlt.eml", "leer.eml", "ordner.eml"]
    reports = list(intake.import_files([tmp_path / n for n in names]))
    assert [r.status for r in reports] == [MailOutcome.REJECTED] * 5
    assert [str(r.error) for r in reports] == [
        "Die Datei ist keine E-Mail (keine Kopfzeilen wie From, Subject, Date).",
        "Die Datei ist keine E-Mail (keine Kopfzeilen wie From, Subject, Date).",
        "Die Datei gibt es nicht.",
        "Die Datei ist leer.",
        "Das ist ein Ordner, keine Datei.",
    ]
    assert inquiries.count(InquiryQuery()) == 0


def test_import_reports_progress_and_stops_when_cancelled(
    intake: MailIntake, tmp_path: Path
) -> None:
    paths = [
        mail_file(tmp_path, f"{n}.eml", FROM_CITIZEN.replace("m1@", f"m{n}@")) for n in range(3)
    ]
    seen: list[tuple[int, int]] = []
    reports = list(
        intake.import_files(
            paths, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) == 2
        )
    )
    assert [r.reference for r in reports] == ["BA-2026-00001", "BA-2026-00002"]
    assert seen == [(1, 3), (2, 3)]


def test_oversized_attachments_are_reported_not_stored(
    intake: MailIntake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buergeranfragen.inquiries import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 4)
    report = intake.import_file(mail_file(tmp_path, "gross.eml", FROM_CITIZEN))
    assert report.status == MailOutcome.IMPORTED and report.attachments == 0
    [warning] = report.warnings
    assert warning.param("name") == "../../../Bescheid.pdf" and "größer als" in str(warning)


def test_two_clients_storing_the_same_mail_at_once(
    database: Database,
    intake: MailIntake,
    inquiries: InquiryService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A colleague's client stored the mail between our duplicate check and our insert."""
    first = intake.import_file(mail_file(tmp_path, "a.eml", FROM_CITIZEN))
    original = inquiries.mail_lookup

    def racing(
        message_id: str | None, content_hash: str, address: str, name: str, **more: Any
    ) -> MailLookup:
        found = original(message_id, content_hash, address, name, **more)
        return MailLookup(None, found.sender)  # the check misses it, as a race would

    monkeypatch.setattr(inquiries, "mail_lookup", racing)
    second = intake.import_file(mail_file(tmp_path, "b.eml", FROM_CITIZEN))
    assert second.status == MailOutcome.DUPLICATE
    assert second.reference == first.reference
    assert str(second.error) == f"Diese Mail ist schon als {first.reference} gespeichert."
    assert inquiries.count(InquiryQuery()) == 1
    with database.engine.connect() as connection:  # the second try's rows are gone again
        assert connection.scalar(select(func.count()).select_from(InquiryAttachment)) == 1


@pytest.mark.parametrize(
    "date",
    [
        "Fri, 23 Nov 1900 10:15:00 +0100",
        "Fri, 1 Jan 1971 00:00:00 +0000",
        "Thu, 23 Nov 9999 10:15:00 +0100",
    ],
)
def test_a_date_nobody_can_believe_counts_as_the_import_time(
    intake: MailIntake, inquiries: InquiryService, tmp_path: Path, date: str
) -> None:
    text = FROM_CITIZEN.replace("Mon, 23 Nov 2026 10:15:00 +0100", date)
    report = intake.import_file(mail_file(tmp_path, "a.eml", text))
    assert report.status is MailOutcome.IMPORTED
    assert report.received_at == "2026-11-25T10:30:00+01:00"  # the clock of the test
    assert any("nicht glaubhaft" in str(w) for w in report.warnings)
    record = inquiries.get(report.inquiry_id or 0)
    assert record.received_at.year == 2026


def test_a_date_a_day_ahead_is_still_believed(intake: MailIntake, tmp_path: Path) -> None:
    text = FROM_CITIZEN.replace(
        "Mon, 23 Nov 2026 10:15:00 +0100", "Thu, 26 Nov 2026 09:00:00 +0100"
    )
    report = intake.import_file(mail_file(tmp_path, "a.eml", text))
    assert report.received_at == "2026-11-26T09:00:00+01:00"
    assert not any("nicht glaubhaft" in str(w) for w in report.warnings)
