"""A new inquiry's due date, shared by inquiries received on the same Berlin day on the same
side of the end of the working day, is the one ``workflow.deadlines.due_at`` gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.inquiries.routing import due_of
from buergeranfragen.workflow.deadlines import Category, DeadlineSettings, due_at
from buergeranfragen.workflow.states import is_open

START = datetime(2026, 1, 1, tzinfo=UTC)


@given(
    minutes=st.integers(0, 2 * 366 * 24 * 60),
    status=st.sampled_from(list(InquiryStatus)),
    kind=st.sampled_from(list(ContactKind)),
    channel=st.sampled_from(list(InquiryChannel)),
    category=st.sampled_from(list(Category)),
    deadline_hours=st.none() | st.integers(-48, 240),
    end_hour=st.sampled_from([0, 12, 16, 23]),
)
def test_the_shared_due_date_is_the_one_worked_out_for_the_moment(
    minutes: int,
    status: InquiryStatus,
    kind: ContactKind,
    channel: InquiryChannel,
    category: Category,
    deadline_hours: int | None,
    end_hour: int,
) -> None:
    received = START + timedelta(minutes=minutes)
    deadline = None if deadline_hours is None else received + timedelta(hours=deadline_hours)
    settings = DeadlineSettings(end_of_day=DeadlineSettings().end_of_day.replace(hour=end_hour))
    row = {
        "status": status.value,
        "kind": kind.value,
        "channel": channel.value,
        "category": category.value,
        "received_at": received,
        "deadline": deadline,
    }
    expected = (
        due_at(
            kind,
            channel,
            received,
            category=category,
            press_deadline=deadline,
            settings=settings,
        )
        if is_open(status)
        else None
    )
    assert due_of(row, settings) == expected


def test_a_press_inquiry_after_the_end_of_the_working_day_is_due_the_next_one() -> None:
    """Without Redaktionsschluss: the same working day, after 16:00 the next one - also for
    the second inquiry of a day, which shares the first one's work."""
    rows = [
        {
            "status": "new",
            "kind": "press",
            "channel": "phone",
            "category": "general",
            "received_at": datetime(2026, 11, 25, hour, minute, tzinfo=UTC),
            "deadline": None,
        }
        for hour, minute in ((9, 0), (14, 59), (15, 0), (16, 30), (8, 0))
    ]
    days = [due.day for row in rows if (due := due_of(row)) is not None]
    assert days == [25, 25, 26, 26, 25]
