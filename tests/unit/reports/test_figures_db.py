"""A week's figures from inquiries built with known times through the real services (both
databases): the week boundary Sunday 23:59 / Monday 00:00 Berlin right after the clock change
(25 October 2026), answers, closing, open and overdue at the end, the trend, the JSON without
personal data."""

from __future__ import annotations

import json
from datetime import datetime

from buergeranfragen.calendar import BERLIN
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.reports import periods
from buergeranfragen.reports.json_form import report_to_json
from buergeranfragen.reports.records import OTHER_TOPIC, Durations, OverdueItem, Share
from buergeranfragen.reports.service import ReportService

ACTOR = "anna"
SECRET = (
    "Xaverius",
    "Quaddelbrunn",
    "zyklopen@example.org",
    "9876543",
    "Kurbelwelle",
    "Geheimnisbrücke",
    "Privatthema Zwiebel",
)


def berlin(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=BERLIN)  # type: ignore[misc]


def call(
    service: InquiryService,
    clock: FixedClock,
    at: datetime,
    *,
    status: InquiryStatus = InquiryStatus.NEW,
    kind: ContactKind = ContactKind.CITIZEN,
    topic: str = "",
) -> int:
    clock.now = at
    record = service.log_call(
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
    return record.id


def step(
    handling: HandlingService, clock: FixedClock, inquiry: int, status: InquiryStatus, at: datetime
) -> None:
    clock.now = at
    handling.change_status(inquiry, status, comment="weil")


def test_a_week_around_the_clock_change(database: Database, clock: FixedClock) -> None:
    inquiries = InquiryService(database.session_factory, clock, ACTOR)
    handling = HandlingService(database.session_factory, clock, ACTOR)
    settled = call(
        inquiries,
        clock,
        berlin(2026, 10, 25, 23, 59),
        status=InquiryStatus.ANSWERED_ON_PHONE,
        topic="wohnen UND  bauen",
    )
    call(inquiries, clock, berlin(2026, 10, 26, 0, 0))  # Monday 00:00: next week
    late = call(inquiries, clock, berlin(2026, 10, 19, 9, 0), topic="Privatthema Zwiebel")
    press = call(inquiries, clock, berlin(2026, 10, 20, 10, 0), kind=ContactKind.PRESS)
    older = call(inquiries, clock, berlin(2026, 10, 12, 9, 0))
    later = call(inquiries, clock, berlin(2026, 10, 21, 11, 0))
    step(handling, clock, late, InquiryStatus.ANSWERED, berlin(2026, 10, 21, 10, 0))
    step(handling, clock, older, InquiryStatus.IN_PROGRESS, berlin(2026, 10, 14, 10, 0))
    step(handling, clock, older, InquiryStatus.ANSWERED, berlin(2026, 10, 22, 10, 0))
    step(handling, clock, older, InquiryStatus.CLOSED, berlin(2026, 10, 23, 10, 0))
    step(handling, clock, later, InquiryStatus.ANSWERED, berlin(2026, 10, 27, 10, 0))
    del settled, press
    clock.now = berlin(2026, 11, 2, 8, 0)
    service = ReportService(database.session_factory, clock)
    assert service.last_complete_week() == periods.week(2026, 44)
    report = service.build(periods.week(2026, 43))

    assert report.new == 4
    assert report.new_by_channel == {"phone": 4, "email": 0, "letter": 0, "in_person": 0}
    assert report.new_by_kind == {"citizen": 3, "press": 1, "ifg": 0}
    assert report.new_by_topic["Wohnen und Bauen"] == 1
    assert report.new_by_topic[OTHER_TOPIC] == 3
    assert sum(report.new_by_topic.values()) == 4
    days = report.new_by_day
    assert [days[d]["phone"] for d in sorted(days)] == [1, 1, 1, 0, 0, 0, 1]
    assert report.answered == 3  # the settled call at 23:59, late on Wednesday, older on Thursday
    assert report.first_answer == Durations(3, 2.0, 8.0)
    assert report.closed == 1
    assert report.closing == Durations(1, 9.0, 9.0)
    assert report.first_contact_resolution == Share(1, 4)
    assert report.within_deadline == Share(0, 2)  # the settled call has no due date
    assert report.open_at_end == 2  # the press call, and "later" (answered only the week after)
    assert report.overdue_at_end == 2
    assert [o.days_overdue for o in report.overdue] == [3, 1]
    assert all(isinstance(o, OverdueItem) and o.reference.startswith("BA-") for o in report.overdue)
    assert sum(d.new for d in report.departments) == 4
    # no department here: every new inquiry is "Nicht zugeordnet" (code "")
    assert [(d.code, d.new) for d in report.departments] == [("", 4)]
    assert len(report.trend) == 12
    previous = report.trend[-1]
    assert (previous.period.key, previous.new, previous.open_at_end) == ("2026-W42", 1, 1)
    assert previous.overdue_at_end == 1  # due 13 October 16:00 (the next working day)
    text = report_to_json(report)
    for secret in SECRET:
        assert secret.casefold() not in text.casefold()
    loaded = json.loads(text)
    assert loaded["first_contact_resolution"] == {"part": 1, "whole": 4, "value": 0.25}
    assert loaded["period"]["key"] == "2026-W43"
    assert "2026-10-25" in loaded["new_by_day"]
