"""Who has an inquiry open for editing (issue 13): claims, heartbeat, release, stale desks;
and that saving over a newer version is still refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import StaleRecord
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.presence import STALE_SECONDS, PresenceService
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.service import PeopleService


@pytest.fixture
def desks(database: Database, clock: FixedClock) -> tuple[PresenceService, PresenceService]:
    factory = database.session_factory
    PeopleService(factory, clock, "anna").me()  # the first: Administration
    kai = PeopleService(factory, clock, "kai")
    kai.me()
    return PresenceService(factory, clock, "anna"), PresenceService(factory, clock, "kai")


def _call(database: Database, clock: FixedClock) -> int:
    return (
        InquiryService(database.session_factory, clock, "anna")
        .log_call(CallDraft(subject="Baustelle"))
        .id
    )


def test_a_colleague_sees_who_has_the_inquiry_open_until_it_is_released(
    database: Database, clock: FixedClock, desks: tuple[PresenceService, PresenceService]
) -> None:
    anna, kai = desks
    inquiry = _call(database, clock)
    assert kai.editors(inquiry) == []
    assert anna.claim(inquiry)
    assert anna.claim(inquiry)  # the same desk again: one claim, renewed
    assert [e.name for e in kai.editors(inquiry)] == ["anna"]
    assert anna.editors(inquiry) == []  # not one's own desk
    anna.release(inquiry)
    assert kai.editors(inquiry) == []


def test_a_desk_that_stops_beating_is_ignored_after_a_minute(
    database: Database, clock: FixedClock, desks: tuple[PresenceService, PresenceService]
) -> None:
    anna, kai = desks
    inquiry = _call(database, clock)
    anna.claim(inquiry)
    clock.now += timedelta(seconds=STALE_SECONDS - 5)
    assert anna.heartbeat() == 1
    clock.now += timedelta(seconds=STALE_SECONDS - 5)
    assert [e.name for e in kai.editors(inquiry)] == ["anna"]  # kept alive by the heartbeat
    clock.now += timedelta(seconds=10)  # anna's program crashed: no heartbeat since
    assert kai.editors(inquiry) == []


def test_claiming_what_is_not_there_claims_nothing(
    desks: tuple[PresenceService, PresenceService],
) -> None:
    anna, _kai = desks
    assert not anna.claim(999_999)
    assert anna.heartbeat() == 0  # holds nothing: writes nothing


def test_saving_over_a_colleagues_newer_version_is_refused(
    database: Database, clock: FixedClock, desks: tuple[PresenceService, PresenceService]
) -> None:
    anna, _kai = desks
    inquiry = _call(database, clock)
    seen = InquiryService(database.session_factory, clock, "anna").get(inquiry).version
    anna.claim(inquiry)  # anna's dialog is open; kai changes the status meanwhile
    HandlingService(database.session_factory, clock, "kai").change_status(
        inquiry, InquiryStatus.IN_PROGRESS, version=seen
    )
    with pytest.raises(StaleRecord):
        HandlingService(database.session_factory, clock, "anna").change_status(
            inquiry, InquiryStatus.IN_PROGRESS, version=seen
        )
