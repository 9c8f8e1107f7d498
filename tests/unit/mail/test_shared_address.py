"""Mails from an address several contacts share (a newsroom's newsdesk): the display name picks
the contact, a person not yet known becomes a contact of their own, a name that is no
person's leaves the choice to the clerk - and no mail ever changes a stored contact. Through
mail files and through a real IMAP server, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from buergeranfragen.cli.main import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRecord,
    ContactRef,
    EmailInput,
    PhoneInput,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import RecordNotFound
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.imap import MailboxService
from buergeranfragen.mail.intake import MailIntake, MailOutcome, MailReport
from tests.support import ImapServer

NEWSDESK = "newsdesk@wdr.example"
SWITCHBOARD = "0221 220-0"

Deliver = Callable[[Sequence[bytes]], list[MailReport]]


def mail(display: str, address: str = NEWSDESK, subject: str = "Presseanfrage") -> bytes:
    sender = f"{display} <{address}>" if display else address
    unique = uuid.uuid4().hex
    return (
        f"From: {sender}\r\nTo: pressestelle@stk.nrw.de\r\nSubject: {subject}\r\n"
        f"Date: Mon, 23 Nov 2026 10:15:00 +0100\r\nMessage-ID: <{unique}@wdr.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Bitte um Rückruf ({unique}).\r\n"
    ).encode()


@pytest.fixture
def newsroom(contacts: ContactService) -> tuple[ContactRecord, ContactRecord]:
    """Two journalists sharing the newsroom's switchboard and newsdesk address."""
    lena = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Lena",
            last_name="Hoffmann",
            outlet="WDR",
            phones=(PhoneInput(SWITCHBOARD), PhoneInput("0171 1234567")),
            emails=(EmailInput(NEWSDESK), EmailInput("lena.hoffmann@wdr.example")),
        )
    )
    jonas = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            title="Dr.",
            first_name="Jonas",
            last_name="Weber",
            outlet="WDR",
            phones=(PhoneInput(SWITCHBOARD),),
            emails=(EmailInput("NewsDesk@WDR.example"),),
        )
    )
    return lena, jonas


@pytest.fixture(params=["file", "imap"])
def deliver(request: pytest.FixtureRequest, intake: MailIntake, tmp_path: Path) -> Deliver:
    """Mails into the intake as files, or fetched from an IMAP server."""
    if request.param == "file":

        def as_files(mails: Sequence[bytes]) -> list[MailReport]:
            paths = []
            for n, data in enumerate(mails):
                path = tmp_path / f"mail-{uuid.uuid4().hex}-{n}.eml"
                path.write_bytes(data)
                paths.append(path)
            return list(intake.import_files(paths))

        return as_files
    imap: ImapServer = request.getfixturevalue("imap")
    request.getfixturevalue("memory_keyring")
    database: Database = request.getfixturevalue("database")
    clock: FixedClock = request.getfixturevalue("clock")
    mailboxes = MailboxService(database.session_factory, clock, intake)
    folder = f"Presse-{uuid.uuid4().hex[:12]}"
    settings = imap.settings(folder, name="presse")
    mailboxes.add(settings, imap.password)

    def from_imap(mails: Sequence[bytes]) -> list[MailReport]:
        for data in mails:
            imap.append(folder, data)
        [result] = mailboxes.fetch_all()
        assert result.error is None
        return result.reports

    return from_imap


def unchanged(contacts: ContactService, *stored: ContactRecord) -> bool:
    """Every contact exactly as it was stored: name, addresses, version."""
    return all(contacts.get(record.id) == record for record in stored)


def test_a_mail_from_a_shared_newsroom_address_lands_at_the_person_it_names(
    deliver: Deliver,
    inquiries: InquiryService,
    contacts: ContactService,
    newsroom: tuple[ContactRecord, ContactRecord],
) -> None:
    lena, jonas = newsroom
    reports = deliver(
        [mail("Jonas Weber"), mail('"Hoffmann, Lena"'), mail("Dr. Jonas Weber"), mail("")]
    )
    assert [r.status for r in reports] == [MailOutcome.IMPORTED] * 4
    records = [inquiries.get(r.inquiry_id or 0) for r in reports]
    assert [r.contact_id for r in records[:3]] == [jonas.id, lena.id, jonas.id]
    assert [r.contact_name for r in records[:3]] == [
        "Dr. Jonas Weber",
        "Lena Hoffmann",
        "Dr. Jonas Weber",
    ]
    assert [r.kind for r in reports] == ["press"] * 4
    assert all("contact_candidates" not in r.to_json() for r in reports[:3])
    # a mail without a display name from the shared address: either of them
    assert records[3].contact_id is None
    assert records[3].contact_candidates == (
        ContactRef(lena.id, "Lena Hoffmann", ContactKind.PRESS, "WDR"),
        ContactRef(jonas.id, "Dr. Jonas Weber", ContactKind.PRESS, "WDR"),
    )
    assert contacts.count() == 2
    assert unchanged(contacts, lena, jonas)


def test_a_person_not_yet_known_at_a_shared_address_becomes_a_contact_of_their_own(
    deliver: Deliver,
    inquiries: InquiryService,
    contacts: ContactService,
    newsroom: tuple[ContactRecord, ContactRecord],
) -> None:
    lena, jonas = newsroom
    first, second = deliver([mail("Dr. Miriam Çelik"), mail("Miriam Celik")])
    assert (first.status, second.status) == (MailOutcome.IMPORTED, MailOutcome.IMPORTED)
    contact_id = inquiries.get(first.inquiry_id or 0).contact_id
    assert contact_id not in (None, lena.id, jonas.id)
    assert inquiries.get(second.inquiry_id or 0).contact_id == contact_id  # the same person
    miriam = contacts.get(contact_id or 0)
    assert (miriam.title, miriam.first_name, miriam.last_name) == ("Dr.", "Miriam", "Çelik")
    assert [e.address for e in miriam.emails] == [NEWSDESK]
    assert miriam.kind == ContactKind.PRESS  # a newsroom's domain
    assert contacts.count() == 3
    assert unchanged(contacts, lena, jonas)


def test_a_role_name_names_the_candidates_and_the_clerk_picks(
    deliver: Deliver,
    inquiries: InquiryService,
    contacts: ContactService,
    newsroom: tuple[ContactRecord, ContactRecord],
) -> None:
    lena, jonas = newsroom
    [report] = deliver([mail("WDR Newsdesk", subject="Drehgenehmigung Rheinufer")])
    assert report.status == MailOutcome.IMPORTED and report.kind == "press"
    assert report.to_json()["contact_candidates"] == [lena.id, jonas.id]
    record = inquiries.get(report.inquiry_id or 0)
    assert (record.contact_id, record.contact_name) == (None, "WDR Newsdesk")
    assert [c.id for c in record.contact_candidates] == [lena.id, jonas.id]
    assert contacts.count() == 2

    assigned = inquiries.assign_contact(record.id, jonas.id)
    assert (assigned.contact_id, assigned.contact_name) == (jonas.id, "Dr. Jonas Weber")
    assert assigned.contact_candidates == () and assigned.version == record.version + 1
    assert inquiries.get(record.id) == assigned
    entry = inquiries.history(record.id)[-1]
    assert (entry.action, entry.changes) == ("assign_contact", {"contact_id": [None, jonas.id]})
    found = inquiries.search(InquiryQuery(text="jonas weber"))
    assert [s.id for s in found] == [record.id]  # the index names the contact now
    # its entry was replaced, not added to (the sender's name is in both)
    assert [s.id for s in inquiries.search(InquiryQuery(text="newsdesk"))] == [record.id]
    assert [s.contact_name for s in found] == ["Dr. Jonas Weber"]
    assert [s.id for s in inquiries.search(InquiryQuery(contact_id=jonas.id))] == [record.id]
    assert unchanged(contacts, lena, jonas)


def test_an_unknown_sender_without_a_person_s_name_gets_no_contact(
    intake: MailIntake, inquiries: InquiryService, contacts: ContactService, tmp_path: Path
) -> None:
    path = tmp_path / "verein.eml"
    path.write_bytes(mail("Bürgerverein Nordstadt e.V.", "info@bv-nordstadt.example", "Frage"))
    report = intake.import_file(path)
    assert report.status == MailOutcome.IMPORTED
    assert report.to_json()["contact_candidates"] == []
    record = inquiries.get(report.inquiry_id or 0)
    assert (record.contact_id, record.contact_candidates) == (None, ())
    assert record.contact_name == "Bürgerverein Nordstadt e.V." and contacts.count() == 0
    # once the clerk made the association a contact, its mails go there
    club = contacts.create(
        ContactDraft(
            organisation="Bürgerverein Nordstadt e.V.",
            emails=(EmailInput("info@bv-nordstadt.example"),),
        )
    )
    path.write_bytes(mail("Bürgerverein Nordstadt e.V.", "info@bv-nordstadt.example", "Noch"))
    again = intake.import_file(path)
    assert inquiries.get(again.inquiry_id or 0).contact_id == club.id
    assert "contact_candidates" not in again.to_json()


def test_a_colleague_s_forward_from_the_newsdesk_goes_to_the_person_who_wrote(
    intake: MailIntake,
    inquiries: InquiryService,
    newsroom: tuple[ContactRecord, ContactRecord],
    tmp_path: Path,
) -> None:
    lena, _ = newsroom
    text = (
        "From: Petra Kollegin <petra.kollegin@stk.nrw.de>\r\nTo: presse@stk.nrw.de\r\n"
        "Subject: WG: Anfrage\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        "Message-ID: <fw-newsdesk@stk.nrw.de>\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "\r\n-----Ursprüngliche Nachricht-----\r\nVon: Lena Hoffmann <newsdesk@wdr.example>\r\n"
        "Gesendet: Montag, 23. November 2026 10:15\r\nAn: Presse <presse@stk.nrw.de>\r\n"
        "Betreff: Anfrage\r\n\r\nWann ist die Pressekonferenz?\r\n"
    )
    path = tmp_path / "fw.eml"
    path.write_bytes(text.encode())
    report = intake.import_file(path)
    assert (report.forwarded_by, report.kind) == ("petra.kollegin@stk.nrw.de", "press")
    assert inquiries.get(report.inquiry_id or 0).contact_id == lena.id


def test_assigning_checks_both_sides_and_a_press_contact_makes_press(
    intake: MailIntake,
    inquiries: InquiryService,
    contacts: ContactService,
    tmp_path: Path,
) -> None:
    """A family address shared by a citizen and a journalist: the mail is no press inquiry
    until the clerk assigns it to the journalist."""
    family = "familie.berg@gmx.de"
    tom = contacts.create(
        ContactDraft(first_name="Tom", last_name="Berg", emails=(EmailInput(family),))
    )
    ute = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS, first_name="Ute", last_name="Berg", emails=(EmailInput(family),)
        )
    )
    path = tmp_path / "familie.eml"
    path.write_bytes(mail("", family, "Frage"))  # no display name: either of them
    report = intake.import_file(path)
    assert report.kind == "citizen" and report.to_json()["contact_candidates"] == [tom.id, ute.id]
    with pytest.raises(RecordNotFound):
        inquiries.assign_contact(report.inquiry_id or 0, 999)
    with pytest.raises(RecordNotFound):
        inquiries.assign_contact(999, ute.id)
    assigned = inquiries.assign_contact(report.inquiry_id or 0, ute.id)
    assert (assigned.contact_id, assigned.kind) == (ute.id, ContactKind.PRESS)
    entry = inquiries.history(assigned.id)[-1]
    assert entry.changes == {"contact_id": [None, ute.id], "kind": ["citizen", "press"]}


def test_merging_two_candidates_leaves_one(
    intake: MailIntake,
    inquiries: InquiryService,
    contacts: ContactService,
    newsroom: tuple[ContactRecord, ContactRecord],
    tmp_path: Path,
) -> None:
    lena, jonas = newsroom
    path = tmp_path / "desk.eml"
    path.write_bytes(mail("Newsdesk"))
    report = intake.import_file(path)
    contacts.merge(lena.id, jonas.id)
    assert [c.id for c in inquiries.get(report.inquiry_id or 0).contact_candidates] == [lena.id]


def test_mail_import_json_names_the_candidates(
    database: Database, newsroom: tuple[ContactRecord, ContactRecord], tmp_path: Path
) -> None:
    lena, jonas = newsroom
    path = tmp_path / "desk.eml"
    path.write_bytes(mail("Redaktion WDR"))
    out = io.StringIO()
    assert main(["--database", database.url, "mail", "import", "--json", str(path)], out) == 0
    line = json.loads(out.getvalue())
    assert line["status"] == "imported" and line["contact_candidates"] == [lena.id, jonas.id]
