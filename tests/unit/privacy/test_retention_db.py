"""Retention on both databases: a realistic office (several weeks, citizen and press, mails with
attachments and a further mail, calls, answers by phone, notes, Rückfrage, closed and open
inquiries, a refused mail, a contact without inquiries) is anonymised after its periods; every
report (weeks, a month, a quarter, the trend) is exactly the same afterwards, and no personal
string is left in any table; what is still open, or shares an attachment, is kept."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import LargeBinary, String, Text, select, text

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.conversation.records import MessageKind
from buergeranfragen.conversation.service import ConversationService
from buergeranfragen.db.engine import reading
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import AttachmentBlob, Base, Inquiry
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.mail.rejected import RejectedMails
from buergeranfragen.privacy.retention import RetentionService
from buergeranfragen.reports import periods
from buergeranfragen.reports.service import ReportService
from tests.conftest import ACTOR

# strings of the people whose inquiries are closed: none may survive
SECRETS = (
    "Xaverius",
    "Quaddelbrunn",
    "zyklopen@example.org",
    "9876543",
    "Kurbelwelle",
    "Geheimnisbruecke",
    "Vertraulichanhang",
    "Pfefferminzia",
    "Rotkehlchenweg",
    "Nachtigallstrasse",
    "Zaunkoenig",
    "Muschelkalk",
)
OPEN_NAME = "Offenbleibend"  # the open inquiry's sender: kept
SHARED = b"%PDF-1.4 shared Flyer der Stadt\n"


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2024, 10, 1, hour, tzinfo=UTC) + timedelta(days=day)


def mail(
    message_id: str, sender: str, subject: str, body: str, when: datetime, *files: tuple[str, bytes]
) -> bytes:
    import base64

    head = [
        f"From: {sender}",
        "To: nrwdirekt@nrw.de",
        f"Subject: {subject}",
        f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}",
        f"Message-ID: <{message_id}>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=XX",
        "",
        "--XX",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
    ]
    for name, data in files:
        head += [
            "--XX",
            "Content-Type: application/pdf",
            f'Content-Disposition: attachment; filename="{name}"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(data).decode(),
        ]
    return ("\r\n".join([*head, "--XX--", ""])).encode()


def _call(
    service: InquiryService,
    clock: FixedClock,
    when: datetime,
    kind: ContactKind,
    status: InquiryStatus,
    topic: str,
) -> int:
    clock.now = when
    return service.log_call(
        CallDraft(
            number="+49 221 9876543",
            new_contact=ContactDraft(
                kind=kind,
                first_name="Xaverius",
                last_name="Quaddelbrunn",
                street="Rotkehlchenweg 5",
                outlet="Zaunkoenig Zeitung" if kind == ContactKind.PRESS else "",
            ),
            kind=kind,
            subject="Geheimnisbruecke",
            text="Kurbelwelle zyklopen@example.org",
            topic=topic,
            status=status,
            received_at=when,
        )
    ).id


FIRST_MAIL = mail(
    "a1@example.org",
    "Pfefferminzia Quaddelbrunn <zyklopen@example.org>",
    "Geheimnisbruecke",
    "Kurbelwelle, Nachtigallstrasse 3",
    at(0),
    ("Vertraulichanhang.pdf", b"%PDF Vertraulichanhang"),
    ("Flyer.pdf", SHARED),
)


FURTHER_MAIL = mail(
    "a2@example.org",
    "Pfefferminzia Quaddelbrunn <zyklopen@example.org>",
    "AW: Geheimnisbruecke",
    "Muschelkalk",
    at(1),
    ("Zaunkoenig.pdf", b"%PDF Zaunkoenig"),
).replace(b"MIME-Version", b"In-Reply-To: <a1@example.org>\r\nMIME-Version")


def build_office(database: Database, clock: FixedClock, tmp: Path) -> dict[str, int]:
    inquiries = InquiryService(database.session_factory, clock, ACTOR, tmp / "offen")
    intake = MailIntake(inquiries, clock, ("nrw.de",))
    handling = HandlingService(database.session_factory, clock, ACTOR)
    talk = ConversationService(database.session_factory, clock, ACTOR)
    ids: dict[str, int] = {}

    def imported(key: str, data: bytes, when: datetime) -> int:
        clock.now = when
        report = intake.import_bytes(data, key, f"{key}.eml")
        assert report.status == MailOutcome.IMPORTED, report
        ids[key] = handling.id_of(report.reference or "")
        return ids[key]

    def status(key: str, to: InquiryStatus, when: datetime, **kw: str) -> None:
        clock.now = when
        handling.change_status(ids[key], to, **kw)

    # week 1: a citizen's mail with an attachment, a further mail, a note, answered, closed
    imported("mail", FIRST_MAIL, at(0))
    clock.now = at(1)
    intake.import_bytes(FURTHER_MAIL, "a2", "a2.eml")
    status("mail", InquiryStatus.IN_PROGRESS, at(1, 11))
    clock.now = at(2)
    handling.add_note(ids["mail"], "Zaunkoenig hat nochmal angerufen")
    status("mail", InquiryStatus.WAITING, at(3))
    status("mail", InquiryStatus.IN_PROGRESS, at(4))
    clock.now = at(5)
    talk.log_contact(
        ids["mail"],
        MessageKind.PHONE_ANSWER,
        "Muschelkalk erklaert",
        status=InquiryStatus.ANSWERED_ON_PHONE,
    )
    status("mail", InquiryStatus.CLOSED, at(6))
    # calls over the weeks: citizen and press, answered, handed over, closed
    for n in range(8):
        kind = ContactKind.PRESS if n % 3 == 0 else ContactKind.CITIZEN
        first = InquiryStatus.ANSWERED_ON_PHONE if n % 4 == 1 else InquiryStatus.NEW
        ids[f"call{n}"] = _call(
            inquiries, clock, at(2 + 3 * n, 10), kind, first, "Wohnen und Bauen" if n % 2 else ""
        )
        if first is InquiryStatus.NEW:
            status(f"call{n}", InquiryStatus.IN_PROGRESS, at(3 + 3 * n))
            if n % 4 == 2:
                status(f"call{n}", InquiryStatus.HANDED_OVER, at(4 + 3 * n), handed_to="Stadt Köln")
            else:
                clock.now = at(4 + 3 * n, 15)
                talk.log_contact(
                    ids[f"call{n}"],
                    MessageKind.LETTER,
                    "Brief an Rotkehlchenweg",
                    status=InquiryStatus.ANSWERED,
                )
        if n % 2 == 0:
            status(f"call{n}", InquiryStatus.CLOSED, at(5 + 3 * n))
    # still open: kept, and keeps the flyer it shares with the first mail
    imported(
        "open",
        mail(
            "o1@example.org",
            f"{OPEN_NAME} <offen@example.org>",
            "Offene Frage",
            "noch offen",
            at(20),
            ("Flyer.pdf", SHARED),
        ),
        at(20),
    )
    # a refused mail and a contact without inquiries
    clock.now = at(21)
    intake.import_bytes(b"Zaunkoenig ohne Kopfzeilen Nachtigallstrasse", "kaputt", "kaputt.eml")
    contacts = ContactService(database.session_factory, clock, ACTOR)
    ids["lonely"] = contacts.create(
        ContactDraft(kind=ContactKind.CITIZEN, first_name="Pfefferminzia", last_name="Einsam")
    ).id
    return ids


def reports(service: ReportService) -> list[object]:
    chosen = [periods.week(2024, w) for w in range(40, 47)]
    chosen += [periods.month(2024, 10), periods.month(2024, 11), periods.quarter(2024, 4)]
    return [dataclasses.asdict(service.build(p)) for p in chosen]


def leftovers(database: Database) -> set[str]:
    """The secrets still found in any table (text and bytes columns, the full-text index)."""
    found: set[str] = set()
    lowered = [s.lower() for s in SECRETS]
    with reading(database.session_factory) as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text, LargeBinary))]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if value is None:
                        continue
                    shown = (
                        bytes(value).decode("latin-1")
                        if isinstance(value, (bytes, memoryview))
                        else str(value)
                    ).lower()
                    found.update(s for s in lowered if s in shown)
        for (value,) in session.execute(text("SELECT text FROM inquiry_fts")):
            found.update(s for s in lowered if s in str(value).lower())
    return found


def test_anonymising_keeps_every_report_and_removes_the_people(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    ids = build_office(database, clock, tmp_path)
    assert leftovers(database) == {s.lower() for s in SECRETS}  # the check can fail
    clock.now = datetime(2027, 1, 15, 8, tzinfo=UTC)
    report_service = ReportService(database.session_factory, clock)
    before = reports(report_service)
    assert sum(r["new"] for r in before[:7]) == 10 and before[-1]["answered"] >= 6  # type: ignore[index]
    retention = RetentionService(database.session_factory, clock, ACTOR)
    preview = retention.preview()
    closed = {v for k, v in ids.items() if k not in ("open", "lonely")}
    closed_or_finished = {i.id for i in preview.inquiries}
    assert closed_or_finished <= closed and ids["open"] not in closed_or_finished
    outcome = retention.apply()
    assert outcome.inquiries == len(preview.inquiries) >= 8
    assert outcome.rejected == 1
    assert outcome.contacts >= 2  # the lonely one, and the callers' once their inquiries went
    assert reports(report_service) == before
    assert leftovers(database) == set()
    # the open inquiry is untouched, its flyer (shared with an anonymised mail) still there
    inquiries = InquiryService(database.session_factory, clock, ACTOR, tmp_path / "offen")
    kept = inquiries.get(ids["open"])
    assert OPEN_NAME in kept.from_name
    assert [a.filename for a in kept.attachments if not a.is_original] == ["Flyer.pdf"]
    with reading(database.session_factory) as session:
        assert session.scalar(select(AttachmentBlob.id).where(AttachmentBlob.size == len(SHARED)))
        assert (
            session.scalar(select(Inquiry.anonymised_at).where(Inquiry.id == ids["open"])) is None
        )
    gone = inquiries.get(ids["mail"])
    assert gone.subject == "" and gone.contact_id is None and gone.attachments == ()
    assert gone.reference and gone.status == InquiryStatus.CLOSED
    assert inquiries.count(InquiryQuery(text=gone.reference)) == 1  # found by its reference
    assert RejectedMails(database.session_factory, clock).entries() == []
    # a second run finds nothing left
    assert retention.preview().inquiries == () and retention.apply().inquiries == 0
    # the same mail fetched again (a mailbox renumbered its UIDs) is known by its content's
    # hash: no new inquiry with the person's data
    again = MailIntake(inquiries, clock, ("nrw.de",)).import_bytes(FIRST_MAIL, "a1", "a1.eml")
    assert (again.status, again.reference) == (MailOutcome.DUPLICATE, gone.reference)
    # so is the further mail that was added to it
    again = MailIntake(inquiries, clock, ("nrw.de",)).import_bytes(FURTHER_MAIL, "a2", "a2.eml")
    assert (again.status, again.reference) == (MailOutcome.DUPLICATE, gone.reference)


def test_nothing_is_due_before_the_periods_run_out(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    ids = build_office(database, clock, tmp_path)
    clock.now = datetime(2025, 12, 1, tzinfo=UTC)  # citizen due, press (24 months) not yet
    retention = RetentionService(database.session_factory, clock, ACTOR)
    due = retention.preview()
    press = {ids[f"call{n}"] for n in (0, 3, 6)}
    assert {i.kind for i in due.inquiries} == {"citizen"}
    assert not press & {i.id for i in due.inquiries}
    assert due.contacts == ()  # 24 months not over for any contact
    clock.now = datetime(2025, 6, 1, tzinfo=UTC)
    assert retention.preview().inquiries == ()
