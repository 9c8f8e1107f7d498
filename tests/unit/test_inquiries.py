"""Inquiries: calls, mails, references, the queue and its full-text search (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.inquiries.records import (
    CallDraft,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
)
from buergeranfragen.inquiries.service import InquiryService, safe_filename
from buergeranfragen.mail.intake import MailIntake
from tests.conftest import ACTOR


@pytest.fixture
def inquiries(
    database: Database, clock: FixedClock, contacts: ContactService, tmp_path: Path
) -> InquiryService:
    return InquiryService(database.session_factory, clock, ACTOR, contacts, tmp_path / "anhaenge")


@pytest.fixture
def intake(inquiries: InquiryService) -> MailIntake:
    return MailIntake(inquiries, ("nrw.de",))


def mail(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_a_call_from_a_known_press_contact(
    inquiries: InquiryService, contacts: ContactService, clock: FixedClock
) -> None:
    albers = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Katrin",
            last_name="Albers",
            outlet="WDR",
            phones=(PhoneInput("0221 4710011"),),
        )
    )
    deadline = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    record = inquiries.log_call(
        CallDraft(
            number="+49 221 4710011",
            contact_id=albers.id,
            subject="Zahlen zum Wohngeld",
            deadline=deadline,
            kind=ContactKind.PRESS,
        )
    )
    assert record.reference == "BA-2026-00001"
    assert (record.kind, record.channel, record.status) == (
        ContactKind.PRESS,
        InquiryChannel.PHONE,
        InquiryStatus.NEW,
    )
    assert record.received_at == clock.now and record.deadline == deadline
    assert record.caller_number == "0221 4710011" and record.contact_name == "Katrin Albers"
    assert inquiries.history(record.id)[0].action == "create"
    second = inquiries.log_call(
        CallDraft(
            number="0221 4710011",
            contact_id=albers.id,
            subject="Nachfrage",
            status=InquiryStatus.ANSWERED_ON_PHONE,
        )
    )
    assert second.reference == "BA-2026-00002"
    assert second.kind == ContactKind.PRESS  # the caller is press, so is the inquiry
    assert [s.reference for s in inquiries.open_for_contact(albers.id)] == ["BA-2026-00001"]


def test_an_unknown_caller_becomes_a_contact_in_the_same_step(
    inquiries: InquiryService, contacts: ContactService
) -> None:
    record = inquiries.log_call(
        CallDraft(
            number="0211/837-1001",
            new_contact=ContactDraft(first_name="Helga", last_name="Baumann"),
            subject="Wohngeld",
            text="Ruft wegen ihres Antrags an.",
        )
    )
    [found] = contacts.lookup_caller("0211 8371001")
    assert found.id == record.contact_id and found.name == "Helga Baumann"
    assert contacts.get(found.id).source.value == "call"


def test_a_call_needs_a_valid_number_and_a_subject(
    inquiries: InquiryService, contacts: ContactService
) -> None:
    with pytest.raises(ValidationFailed) as info:
        inquiries.log_call(CallDraft(number="12345", subject="x"))
    assert info.value.errors[0].field == "number"
    with pytest.raises(ValidationFailed) as info:
        inquiries.log_call(
            CallDraft(number="0211 8371001", new_contact=ContactDraft(last_name="Neu"))
        )
    assert info.value.errors[0].field == "subject"
    assert contacts.count() == 0  # nothing half-written
    anonymous = inquiries.log_call(CallDraft(subject="Anruf mit unterdrückter Nummer"))
    assert anonymous.contact_id is None and anonymous.caller_number == ""


def test_references_restart_each_year(inquiries: InquiryService, clock: FixedClock) -> None:
    inquiries.log_call(CallDraft(subject="alt"))
    clock.now = datetime(2027, 1, 1, 0, 30, tzinfo=UTC)  # 01:30 in Berlin: the new year
    assert inquiries.log_call(CallDraft(subject="neu")).reference == "BA-2027-00001"
    clock.now = datetime(2027, 12, 31, 23, 30, tzinfo=UTC)  # already 2028 in Berlin
    assert inquiries.log_call(CallDraft(subject="spät")).reference == "BA-2028-00001"


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
    assert refs(channel=InquiryChannel.EMAIL) == []
    assert refs(received_from=clock.now - timedelta(minutes=90)) == ["03", "02"]
    assert refs(sort="contact", descending=False)[0] == "01"
    assert inquiries.count(InquiryQuery(text="'\"*)(")) == 3  # no words: no filter, no error


def test_attachment_names_never_leave_the_folder() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\boot.ini") == "boot.ini"
    assert safe_filename(".bashrc") == "bashrc"
    assert safe_filename("a\x00b<c>.pdf") == "abc.pdf"
    assert safe_filename("...") == "anhang"
    assert len(safe_filename("x" * 300 + ".pdf")) == 120


FROM_CITIZEN = """From: Erika Mustermann <erika@example.org>
To: nrwdirekt@nrw.de
Subject: Frage zum Wohngeld
Date: Mon, 23 Nov 2026 10:15:00 +0100
Message-ID: <m1@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=XX

--XX
Content-Type: text/plain; charset=utf-8

Wie lange dauert die Bearbeitung?
--XX
Content-Type: application/pdf
Content-Disposition: attachment; filename="../../../Bescheid.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--XX--
"""


def test_mail_import_creates_inquiry_contact_and_safe_attachments(
    intake: MailIntake, inquiries: InquiryService, contacts: ContactService, tmp_path: Path
) -> None:
    report = intake.import_file(mail(tmp_path, "a.eml", FROM_CITIZEN))
    assert report.status == "imported" and report.reference == "BA-2026-00001"
    assert (report.kind, report.from_email, report.subject) == (
        "citizen",
        "erika@example.org",
        "Frage zum Wohngeld",
    )
    assert report.received_at == "2026-11-23T10:15:00+01:00"
    assert report.attachments == 1
    record = inquiries.get(report.inquiry_id or 0)
    assert record.channel == InquiryChannel.EMAIL and record.contact_name == "Erika Mustermann"
    assert record.body == "Wie lange dauert die Bearbeitung?"
    pdf = next(a for a in record.attachments if not a.is_original)
    original = next(a for a in record.attachments if a.is_original)
    path = inquiries.attachment_file(pdf)
    assert path.name == "BA-2026-00001_Bescheid.pdf" and path.read_bytes() == b"%PDF-1.4\n"
    assert path.parent == tmp_path / "anhaenge" / "2026"
    assert pdf.filename == "../../../Bescheid.pdf"  # what the sender wrote, shown as such
    assert inquiries.attachment_file(original).read_bytes().startswith(b"From: Erika")
    [contact] = contacts.search("erika@example.org")
    assert contact.id == record.contact_id
    assert contacts.get(contact.id).source.value == "email"
    # the same mail again is a duplicate, even under another file name
    again = intake.import_file(mail(tmp_path, "kopie.eml", FROM_CITIZEN))
    assert again.status == "duplicate" and again.reference == "BA-2026-00001"
    assert inquiries.count(InquiryQuery()) == 1


def test_mail_without_message_id_is_recognised_by_its_content(
    intake: MailIntake, tmp_path: Path
) -> None:
    text = FROM_CITIZEN.replace("Message-ID: <m1@example.org>\n", "")
    assert intake.import_file(mail(tmp_path, "a.eml", text)).status == "imported"
    assert intake.import_file(mail(tmp_path, "b.eml", text)).status == "duplicate"


def test_forwarded_by_a_colleague_counts_as_the_original_sender(
    intake: MailIntake, tmp_path: Path
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
    report = intake.import_file(mail(tmp_path, "fw.eml", text))
    assert (report.from_email, report.from_name, report.forwarded_by) == (
        "erika@example.org",
        "Erika Mustermann",
        "petra.kollegin@stk.nrw.de",
    )
    assert report.subject == "Frage zum Wohngeld"
    assert report.received_at == "2026-11-23T10:15:00+01:00"


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
    report = intake.import_file(mail(tmp_path, "fw2.eml", text))
    assert (report.from_email, report.forwarded_by) == (
        "anna@example.net",
        "petra.kollegin@mik.nrw.de",
    )
    assert report.subject == "Lärmbelästigung"
    assert report.received_at == "2026-11-22T22:00:00+01:00"


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
    report = intake.import_file(mail(tmp_path, "c.eml", text))
    assert report.from_email == "erika@example.org" and report.forwarded_by == ""


@pytest.mark.parametrize(
    ("sender", "subject", "expected"),
    [
        ("redaktion@wdr.de", "Frage", "press"),
        ("jemand@example.org", "Presseanfrage: Haushalt 2027", "press"),
        ("bekannt@zeitung.example", "Frage", "press"),  # a known press contact's address
        ("kollege@zeitung.example", "Frage", "press"),  # same newsroom domain
        ("buerger@gmail.com", "Frage", "citizen"),
    ],
)
def test_press_inquiries_are_recognised(
    intake: MailIntake,
    contacts: ContactService,
    tmp_path: Path,
    sender: str,
    subject: str,
    expected: str,
) -> None:
    contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            last_name="Bekannt",
            emails=(EmailInput("bekannt@zeitung.example"),),
        )
    )
    contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS, last_name="Frei", emails=(EmailInput("frei@gmail.com"),)
        )
    )
    text = FROM_CITIZEN.replace("Erika Mustermann <erika@example.org>", sender).replace(
        "Frage zum Wohngeld", subject
    )
    assert intake.import_file(mail(tmp_path, "p.eml", text)).kind == expected


def test_refused_files_get_reasons_and_store_nothing(
    intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notiz.txt").write_text("Nur ein Text.", encoding="utf-8")
    reports = list(
        intake.import_files([tmp_path / "bild.png", tmp_path / "notiz.txt", tmp_path / "fehlt.eml"])
    )
    assert [r.status for r in reports] == ["rejected"] * 3
    assert all(r.error for r in reports)
    assert inquiries.count(InquiryQuery()) == 0


def test_oversized_attachments_are_reported_not_stored(
    intake: MailIntake, inquiries: InquiryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buergeranfragen.mail import intake as intake_module

    monkeypatch.setattr(intake_module, "MAX_ATTACHMENT_BYTES", 4)
    report = intake.import_file(mail(tmp_path, "gross.eml", FROM_CITIZEN))
    assert report.status == "imported" and report.attachments == 0
    assert any("größer als" in w for w in report.warnings)


def test_two_clients_storing_the_same_mail_at_once(
    intake: MailIntake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's client stored the mail between our duplicate check and our insert."""
    first = intake.import_file(mail(tmp_path, "a.eml", FROM_CITIZEN))
    original = intake.inquiries.find_duplicate_in
    calls = {"n": 0}

    def racing(*args):  # type: ignore[no-untyped-def]
        calls["n"] += 1  # the first check misses it, as a race would
        return None if calls["n"] == 1 else original(*args)

    monkeypatch.setattr(intake.inquiries, "find_duplicate_in", racing)
    second = intake.import_file(mail(tmp_path, "b.eml", FROM_CITIZEN))
    assert second.status == "duplicate"
    assert second.reference == first.reference
    assert intake.inquiries.count(InquiryQuery()) == 1
