"""Deadlines in NRW working days on Berlin calendar dates. The expected dates are worked out by
hand in the comments (2026: Karfreitag 3 Apr, Ostermontag 6 Apr, Fronleichnam 4 Jun;
clock changes 29 Mar and 25 Oct)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

import pytest

from buergeranfragen.calendar import BERLIN
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.workflow.deadlines import (
    DEFAULT_SETTINGS,
    Category,
    DeadlineSettings,
    Pause,
    StatusInterval,
    Term,
    TermOverride,
    due_at,
    interim_due_at,
    is_due_today,
    is_overdue,
    pauses_from_history,
)

CITIZEN, PRESS = ContactKind.CITIZEN, ContactKind.PRESS
PHONE, EMAIL = InquiryChannel.PHONE, InquiryChannel.EMAIL


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def callback(received: datetime) -> datetime | None:
    return due_at(CITIZEN, PHONE, received)


def written(
    received: datetime,
    pauses: Sequence[Pause] = (),
    settings: DeadlineSettings = DEFAULT_SETTINGS,
) -> datetime | None:
    return due_at(CITIZEN, EMAIL, received, pauses=pauses, settings=settings)


def press(received: datetime, deadline: datetime | None = None) -> datetime | None:
    return due_at(PRESS, EMAIL, received, press_deadline=deadline)


def ifg(received: datetime) -> datetime | None:
    return due_at(CITIZEN, EMAIL, received, category=Category.IFG)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 3, 6), at(2026, 3, 9, 16)),  # Friday → Monday
        (at(2026, 3, 7), at(2026, 3, 9, 16)),  # Saturday → Monday
        (at(2026, 3, 8, 22), at(2026, 3, 9, 16)),  # Sunday night → Monday
        (at(2026, 3, 9, 17, 30), at(2026, 3, 10, 16)),  # Monday after hours → Tuesday
        (at(2026, 6, 3), at(2026, 6, 5, 16)),  # Wednesday before Fronleichnam → Friday
        (at(2026, 6, 4), at(2026, 6, 5, 16)),  # on Fronleichnam → Friday
        (at(2025, 11, 1), at(2025, 11, 3, 16)),  # Allerheiligen on a Saturday → Monday
        (at(2027, 10, 29), at(2027, 11, 2, 16)),  # Friday; Allerheiligen Monday → Tuesday
        (at(2026, 12, 24), at(2026, 12, 28, 16)),  # Christmas Eve → after both holidays
        (at(2026, 12, 31), at(2027, 1, 4, 16)),  # New Year's Eve → Monday after Neujahr
    ],
)
def test_a_phone_call_not_settled_is_called_back_the_next_working_day(
    received: datetime, due: datetime
) -> None:
    assert callback(received) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 3, 2), at(2026, 3, 16, 16)),  # two plain weeks
        (at(2026, 3, 7), at(2026, 3, 20, 16)),  # Saturday: Mon 9 is the first day
        # Fronleichnam: 5 (1), 8-12 (6), 15-18 (10); without the holiday it were the 17th
        (at(2026, 6, 3), at(2026, 6, 18, 16)),
        # Christmas: 24 (1), 28-31 (5), Jan 4-8 (10); 25/26 Dec and 1 Jan are holidays
        (at(2026, 12, 23), at(2027, 1, 8, 16)),
        # Easter: Mar 30-Apr 2 (4), Apr 7-10 (8), 13-14 (10)
        (at(2026, 3, 27), at(2026, 4, 14, 16)),
    ],
)
def test_a_written_citizen_inquiry_is_due_in_ten_working_days(
    received: datetime, due: datetime
) -> None:
    assert written(received) == due
    assert due_at(CITIZEN, InquiryChannel.LETTER, received) == due
    assert due_at(CITIZEN, InquiryChannel.IN_PERSON, received) == due


def test_closed_days_of_the_office_count_as_holidays() -> None:
    settings = DeadlineSettings(closed_days=frozenset({(12, 24), (12, 31)}))
    # 28-30 (3), Jan 4-8 (8), 11-12 (10)
    assert written(at(2026, 12, 23), settings=settings) == at(2027, 1, 12, 16)


@pytest.mark.parametrize(
    ("received", "due", "offset"),
    [
        # received in winter time, due in summer time: still 16:00 on the Berlin date
        (at(2026, 3, 27), at(2026, 3, 30, 16), timedelta(hours=2)),
        # received in summer time, due in winter time
        (at(2026, 10, 23, 15), at(2026, 10, 26, 16), timedelta(hours=1)),
        # 23:30 UTC on Thursday is already Friday in Berlin: the Berlin date counts
        (datetime(2026, 3, 26, 23, 30, tzinfo=UTC), at(2026, 3, 30, 16), timedelta(hours=2)),
        (datetime(2026, 10, 23, 22, 30, tzinfo=UTC), at(2026, 10, 26, 16), timedelta(hours=1)),
    ],
)
def test_the_clock_change_does_not_move_a_deadline(
    received: datetime, due: datetime, offset: timedelta
) -> None:
    result = callback(received)
    assert result == due
    assert result is not None
    assert (result.date(), result.time(), result.utcoffset()) == (due.date(), time(16), offset)


def test_the_written_deadline_across_the_spring_clock_change_keeps_its_local_time() -> None:
    result = written(datetime(2026, 3, 27, 9, tzinfo=UTC))
    assert result is not None
    assert result.astimezone(UTC) == datetime(2026, 4, 14, 14, tzinfo=UTC)  # 16:00 CEST


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 3, 10, 11), at(2026, 3, 10, 16)),  # the same working day
        (at(2026, 3, 10, 16), at(2026, 3, 11, 16)),  # at the end of the day: the next
        (at(2026, 3, 10, 18), at(2026, 3, 11, 16)),
        (at(2026, 3, 7, 9), at(2026, 3, 9, 16)),  # Saturday → Monday
        (at(2026, 6, 4, 9), at(2026, 6, 5, 16)),  # Fronleichnam → Friday
        (at(2026, 4, 2, 17), at(2026, 4, 7, 16)),  # Thursday evening before Easter → Tuesday
    ],
)
def test_a_press_inquiry_without_a_deadline_is_due_the_same_working_day(
    received: datetime, due: datetime
) -> None:
    assert press(received) == due
    assert due_at(PRESS, PHONE, received) == due


def test_a_press_inquiry_is_due_at_the_journalists_deadline_even_a_past_one() -> None:
    received = at(2026, 3, 10, 11)
    later = datetime(2026, 3, 10, 13, 30, tzinfo=UTC)
    assert press(received, later) == later
    past = at(2026, 3, 10, 9)
    due = press(received, past)
    assert due == past
    assert is_overdue(due, received)
    # a citizen's inquiry has no Redaktionsschluss: the ten days count
    assert due_at(CITIZEN, EMAIL, received, press_deadline=later) == at(2026, 3, 24, 16)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 1, 31), at(2026, 3, 2, 16)),  # Feb 28 is a Saturday → Monday Mar 2
        (at(2028, 1, 31), at(2028, 2, 29, 16)),  # leap year: Tuesday Feb 29
        (at(2026, 1, 15), at(2026, 2, 16, 16)),  # Feb 15 is a Sunday → Monday
        (at(2026, 3, 15), at(2026, 4, 15, 16)),  # received on a Sunday: the 15th counts
        (at(2026, 4, 1), at(2026, 5, 4, 16)),  # May 1 (holiday, Friday) → Monday
        (at(2026, 3, 31), at(2026, 4, 30, 16)),  # no April 31: the last day of April
        (at(2026, 12, 10), at(2027, 1, 11, 16)),  # Jan 10 2027 is a Sunday
    ],
)
def test_an_ifg_request_is_due_within_one_month(received: datetime, due: datetime) -> None:
    assert ifg(received) == due
    assert due_at(PRESS, PHONE, received, category=Category.IFG) == due
    # a journalist's IFG request: the law's month, not the Redaktionsschluss
    assert due_at(PRESS, EMAIL, received, category=Category.IFG, press_deadline=received) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(2026, 3, 4), at(2026, 4, 1, 16)),  # + 28 days, a Wednesday
        (at(2026, 3, 6), at(2026, 4, 7, 16)),  # Good Friday, then Easter Monday → Tuesday
        (at(2026, 10, 10), at(2026, 11, 9, 16)),  # Saturday Nov 7 → Monday
    ],
)
def test_an_interim_reply_is_due_after_four_weeks(received: datetime, due: datetime) -> None:
    assert interim_due_at(CITIZEN, EMAIL, received) == due


def test_no_interim_reply_for_calls_press_and_ifg() -> None:
    received = at(2026, 3, 4)
    assert interim_due_at(CITIZEN, PHONE, received) is None
    assert interim_due_at(PRESS, EMAIL, received) is None
    assert interim_due_at(CITIZEN, EMAIL, received, category=Category.IFG) is None


# Received Monday 2 March 2026, due Monday 16 March without a pause.
RECEIVED = at(2026, 3, 2)


@pytest.mark.parametrize(
    ("pauses", "due"),
    [
        ([], at(2026, 3, 16, 16)),
        ([Pause(at(2026, 3, 3, 9), at(2026, 3, 5, 14))], at(2026, 3, 18, 16)),  # Tue, Wed
        ([Pause(at(2026, 3, 3, 9), at(2026, 3, 3, 15))], at(2026, 3, 16, 16)),  # same day
        ([Pause(at(2026, 3, 6, 12), at(2026, 3, 9, 8))], at(2026, 3, 17, 16)),  # Fri-Mon: Fri
        ([Pause(at(2026, 3, 6, 12), at(2026, 3, 10, 8))], at(2026, 3, 18, 16)),  # Fri, Mon
        ([Pause(at(2026, 3, 7, 12), at(2026, 3, 9, 8))], at(2026, 3, 16, 16)),  # weekend only
        (  # overlapping pauses count each day once: Tue, Wed, Thu
            [
                Pause(at(2026, 3, 3, 9), at(2026, 3, 5, 9)),
                Pause(at(2026, 3, 4, 9), at(2026, 3, 6, 9)),
            ],
            at(2026, 3, 19, 16),
        ),
        (  # a pause past the due date moves it past the weekend
            [Pause(at(2026, 3, 12, 9), at(2026, 3, 17, 9))],
            at(2026, 3, 19, 16),  # Thu, Fri, Mon (not Tue, the day it ends): Mar 16 + 3
        ),
    ],
)
def test_rueckfrage_pauses_the_clock(pauses: list[Pause], due: datetime) -> None:
    assert written(RECEIVED, pauses=pauses) == due


def test_while_a_rueckfrage_lasts_nothing_is_due() -> None:
    assert written(RECEIVED, pauses=[Pause(at(2026, 3, 3))]) is None
    assert interim_due_at(CITIZEN, EMAIL, RECEIVED, pauses=[Pause(at(2026, 3, 3))]) is None


def test_pauses_come_from_the_status_history() -> None:
    history = [
        StatusInterval(InquiryStatus.NEW, RECEIVED, at(2026, 3, 2, 11)),
        StatusInterval(InquiryStatus.IN_PROGRESS, at(2026, 3, 2, 11), at(2026, 3, 6, 12)),
        StatusInterval(InquiryStatus.WAITING, at(2026, 3, 6, 12), at(2026, 3, 9, 8)),
        StatusInterval(InquiryStatus.IN_PROGRESS, at(2026, 3, 9, 8)),
    ]
    pauses = pauses_from_history(history)
    assert pauses == (Pause(at(2026, 3, 6, 12), at(2026, 3, 9, 8)),)
    assert written(RECEIVED, pauses=pauses) == at(2026, 3, 17, 16)
    # interim reply: Mar 30 + 1 working day
    assert interim_due_at(CITIZEN, EMAIL, RECEIVED, pauses=pauses) == at(2026, 3, 31, 16)


def test_a_pause_never_moves_the_journalists_deadline() -> None:
    deadline = at(2026, 3, 5, 12)
    pause = Pause(at(2026, 3, 3), at(2026, 3, 5))
    assert due_at(PRESS, EMAIL, RECEIVED, press_deadline=deadline, pauses=[pause]) == deadline
    # without a Redaktionsschluss it moves like any other: due Mon 2, Mon and Tue paused
    paused = [Pause(at(2026, 3, 2, 12), at(2026, 3, 4))]
    assert due_at(PRESS, EMAIL, RECEIVED, pauses=paused) == at(2026, 3, 4, 16)


def test_due_today_and_overdue() -> None:
    due = at(2026, 3, 10, 16)
    assert is_due_today(due, at(2026, 3, 10, 8)) and not is_overdue(due, at(2026, 3, 10, 8))
    assert is_due_today(due, at(2026, 3, 10, 16)) and not is_overdue(due, at(2026, 3, 10, 16))
    assert is_overdue(due, at(2026, 3, 10, 16, 1)) and not is_due_today(due, at(2026, 3, 10, 17))
    assert not is_due_today(due, at(2026, 3, 9, 23, 59)) and not is_overdue(due, at(2026, 3, 9))
    # the Berlin date decides: 23:30 UTC on the 9th is the 10th in Berlin
    assert is_due_today(due, datetime(2026, 3, 9, 23, 30, tzinfo=UTC))
    assert not is_due_today(None, due) and not is_overdue(None, due)


def test_terms_and_the_end_of_the_day_are_settings() -> None:
    letters_fast = DeadlineSettings(
        end_of_day=time(23, 59),
        overrides=(TermOverride(Term(working_days=3), CITIZEN, InquiryChannel.LETTER),),
    )
    assert due_at(CITIZEN, InquiryChannel.LETTER, RECEIVED, settings=letters_fast) == at(
        2026, 3, 5, 23, 59
    )
    assert written(RECEIVED, settings=letters_fast) == at(2026, 3, 16, 23, 59)
    slow_callback = DeadlineSettings(callback=Term(working_days=2))
    assert due_at(CITIZEN, PHONE, RECEIVED, settings=slow_callback) == at(2026, 3, 4, 16)
    # at 23:59 a press inquiry in the evening is still due the same day
    assert press(at(2026, 3, 10, 18)) == at(2026, 3, 11, 16)
    assert due_at(PRESS, EMAIL, at(2026, 3, 10, 18), settings=letters_fast) == at(
        2026, 3, 10, 23, 59
    )


def test_a_time_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError):
        written(datetime(2026, 3, 2, 10))
