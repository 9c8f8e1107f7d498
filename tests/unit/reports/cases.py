"""Inquiries with known times built through the real services (calls, imported mails, status
steps, routing, interim replies), for the report tests in ``test_figures_cases.py`` and the PDF
test. Only the IFG category is written straight into the row: no service sets it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update

from buergeranfragen.answering.composing import Party
from buergeranfragen.answering.sending import SendingService
from buergeranfragen.calendar import BERLIN
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.db.engine import reading, transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Inquiry
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryChannel, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake
from buergeranfragen.organisation.records import DepartmentDraft
from buergeranfragen.organisation.service import DepartmentService
from buergeranfragen.workflow.deadlines import Category, due_at

ACTOR = "anna"
OFFICE = Party("nrwdirekt@nrw.de", "Nordrhein-Westfalen direkt")
# what a report must never show: names, addresses, numbers, subjects, bodies, free-text topics
SECRET = (
    "Xaverius",
    "Quaddelbrunn",
    "Wendelgard",
    "Pümpelhuber",
    "zyklopen@example.org",
    "wendelgard@example.org",
    "9876543",
    "Kurbelwelle",
    "Geheimnisbrücke",
    "Mondscheinweg",
    "Privatthema Zwiebel",
    "Zwischenstandsgruß",
)


def berlin(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN)  # type: ignore[misc,arg-type]


def _eml(at: datetime, number: int) -> bytes:
    text = f"""From: Wendelgard =?utf-8?q?P=C3=BCmpelhuber?= <wendelgard@example.org>
To: nrwdirekt@nrw.de
Subject: =?utf-8?q?Geheimnisbr=C3=BCcke?= {number}
Date: {at.strftime("%a, %d %b %Y %H:%M:%S %z")}
Message-ID: <case{number}@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Kurbelwelle, Mondscheinweg 7, Telefon 0221 9876543.
"""
    return text.replace("\n", "\r\n").encode("utf-8")


@dataclass
class Office:
    """The services of one database, driven by one clock."""

    database: Database
    clock: FixedClock
    inquiries: InquiryService = field(init=False)
    handling: HandlingService = field(init=False)
    intake: MailIntake = field(init=False)
    sending: SendingService = field(init=False)
    mails: int = 0

    def __post_init__(self) -> None:
        factory = self.database.session_factory
        self.inquiries = InquiryService(factory, self.clock, ACTOR)
        self.handling = HandlingService(factory, self.clock, ACTOR)
        self.intake = MailIntake(self.inquiries, self.clock, ("nrw.de",))
        self.sending = SendingService(factory, self.clock, ACTOR, lambda: OFFICE)

    def departments(self, *codes: str) -> None:
        service = DepartmentService(self.database.session_factory, self.clock, ACTOR)
        for code in codes:
            service.add(DepartmentDraft(code=code, name=f"Referat {code}"))

    def call(
        self,
        at: datetime,
        *,
        status: InquiryStatus = InquiryStatus.NEW,
        kind: ContactKind = ContactKind.CITIZEN,
        topic: str = "",
        department: str = "",
    ) -> int:
        self.clock.now = at
        record = self.inquiries.log_call(
            CallDraft(
                number="+49 221 9876543",
                new_contact=ContactDraft(
                    kind=kind,
                    first_name="Xaverius",
                    last_name="Quaddelbrunn",
                    outlet="Zeitung" if kind == ContactKind.PRESS else "",
                ),
                kind=kind,
                subject="Geheimnisbrücke",
                text="Kurbelwelle zyklopen@example.org",
                topic=topic,
                status=status,
                received_at=at,
            )
        )
        if department:
            self.route(record.id, department, at)
        return record.id

    def mail(self, at: datetime, *, department: str = "") -> int:
        """A citizen's mail imported a minute after its Date."""
        self.mails += 1
        self.clock.now = at + timedelta(minutes=1)
        report = self.intake.import_bytes(_eml(at, self.mails), f"m{self.mails}.eml", "x.eml")
        assert report.inquiry_id is not None, report
        if department:
            self.route(report.inquiry_id, department, at + timedelta(minutes=2))
        return report.inquiry_id

    def route(self, inquiry: int, department: str, at: datetime) -> None:
        self.clock.now = at
        self.handling.route(inquiry, department)

    def step(self, inquiry: int, status: InquiryStatus, at: datetime) -> None:
        self.clock.now = at
        self.handling.change_status(inquiry, status, comment="Kurbelwelle")

    def interim(self, inquiry: int, at: datetime) -> None:
        """An interim reply, stored as "wird gesendet" (no outbox connected)."""
        self.clock.now = at
        self.sending.reply(inquiry, "Zwischenstandsgruß an Wendelgard", interim=True)

    def make_ifg(self, inquiry: int) -> datetime:
        """Category IFG (no service sets it) and its due date, one month after receipt."""
        with transaction(self.database.session_factory) as session:
            row = session.get(Inquiry, inquiry)
            assert row is not None
            due = due_at(
                ContactKind(row.kind),
                InquiryChannel(row.channel),
                row.received_at,
                category=Category.IFG,
            )
            session.execute(
                update(Inquiry)
                .where(Inquiry.id == inquiry)
                .values(category=Category.IFG.value, due_at=due)
            )
        assert due is not None
        return due

    def due(self, inquiry: int) -> datetime | None:
        with reading(self.database.session_factory) as session:
            row = session.get(Inquiry, inquiry)
            assert row is not None
            return None if row.due_at is None else row.due_at.astimezone(BERLIN)


def holiday_week(office: Office) -> dict[str, int]:
    """KW 23/2026 (Mon 1 – Sun 7 June 2026; Thursday 4 June is Fronleichnam in NRW) with the
    weeks before it: see ``test_figures_cases.test_a_week_with_a_public_holiday`` for what each
    inquiry is there for and the figures expected."""
    o = office
    o.departments("RA", "RB")
    ids: dict[str, int] = {}
    # before the week: interim replies due in it (written citizen inquiries, 28 days)
    ids["A"] = o.mail(berlin(2026, 5, 4, 10, 0), department="RB")  # interim due Mon 1 June
    ids["B"] = o.mail(berlin(2026, 5, 6, 10, 0), department="RB")  # due Wed 3 June
    ids["C"] = o.mail(berlin(2026, 5, 7, 10, 0), department="RA")  # due Fri 5 June (holiday)
    ids["D"] = o.mail(berlin(2026, 5, 7, 11, 0), department="RA")  # answered before it
    o.interim(ids["A"], berlin(2026, 5, 29, 10, 0))  # in time
    o.interim(ids["B"], berlin(2026, 6, 5, 10, 0))  # two days late
    ids["o2"] = o.call(berlin(2026, 5, 25, 10, 0), department="RA")  # on Pfingstmontag
    ids["o1"] = o.call(berlin(2026, 5, 27, 10, 0), department="RA")  # stays open
    # in the week
    ids["m1"] = o.mail(berlin(2026, 6, 1, 10, 0), department="RA")
    ids["c3"] = o.call(
        berlin(2026, 6, 2, 9, 0),
        status=InquiryStatus.ANSWERED_ON_PHONE,
        topic="Privatthema Zwiebel",
    )
    ids["i1"] = o.mail(berlin(2026, 6, 2, 14, 0), department="RB")
    o.make_ifg(ids["i1"])
    ids["c1"] = o.call(berlin(2026, 6, 3, 10, 0), topic="wohnen und bauen", department="RA")
    ids["c2"] = o.call(berlin(2026, 6, 3, 11, 0), department="RB")
    ids["p1"] = o.call(berlin(2026, 6, 3, 17, 0), kind=ContactKind.PRESS, department="RB")
    answered = InquiryStatus.ANSWERED
    o.step(ids["o2"], answered, berlin(2026, 6, 2, 10, 0))
    o.step(ids["D"], answered, berlin(2026, 6, 2, 10, 30))
    o.step(ids["o2"], InquiryStatus.CLOSED, berlin(2026, 6, 3, 9, 0))
    o.step(ids["m1"], answered, berlin(2026, 6, 5, 9, 0))
    o.step(ids["c1"], answered, berlin(2026, 6, 5, 15, 0))
    o.step(ids["c2"], answered, berlin(2026, 6, 5, 17, 0))  # after 16:00: late
    o.step(ids["c1"], InquiryStatus.CLOSED, berlin(2026, 6, 6, 10, 0))
    # after the week: must not count in it
    o.step(ids["m1"], InquiryStatus.CLOSED, berlin(2026, 6, 8, 0, 0))
    o.call(berlin(2026, 6, 8, 0, 0))
    o.clock.now = berlin(2026, 6, 8, 8, 0)
    return ids
