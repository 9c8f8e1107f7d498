"""The due dates ``due_of`` remembers belong to the deadline settings they were worked out with:
the office changing its settings (or a caller passing others) never gets the old ones' date."""

from __future__ import annotations

from datetime import UTC, datetime, time

from buergeranfragen.inquiries.routing import due_of
from buergeranfragen.workflow.deadlines import DeadlineSettings

ROW = {
    "received_at": datetime(2026, 11, 23, 8, 0, tzinfo=UTC),  # a Monday, 9:00 in Berlin
    "status": "new",
    "kind": "citizen",
    "channel": "email",
    "category": "general",
    "deadline": None,
}


def test_each_settings_object_gets_its_own_due_date() -> None:
    four, noon = DeadlineSettings(), DeadlineSettings(end_of_day=time(12, 0))
    first = due_of(ROW, four)
    other = due_of(ROW, noon)
    assert first is not None and other is not None
    assert first.hour != other.hour
    assert due_of(ROW, four) == first
    assert due_of(ROW, noon) == other
    # equal settings, another object: the same date
    assert due_of(ROW, DeadlineSettings(end_of_day=time(12, 0))) == other
