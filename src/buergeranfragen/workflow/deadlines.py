"""When an inquiry is due (pure: no database, no Qt). All counting is on Berlin calendar dates
(``calendar_nrw``), and a due moment is the end of the working day (``end_of_day``, default
16:00 Berlin) on the due date, so a clock change in between never moves it.

Defaults (``DeadlineSettings``; each ``Term`` can be changed, and ``overrides`` set one per kind
and channel):
- an IFG NRW request (category ``IFG``, whatever kind or channel): one month after receipt
  (§ 5 Abs. 2 IFG NRW "unverzüglich, spätestens innerhalb eines Monats"), counted as
  § 31 VwVfG NRW with §§ 187-188 BGB: the day of the same number in the next month, else that
  month's last day (31 Jan → 28/29 Feb); on a Saturday, Sunday or holiday the next working day;
- a press inquiry: the journalist's deadline (Redaktionsschluss) as given, even if it has passed;
  without one the same working day (after ``end_of_day`` or on a day off: the next working day);
- a phone call not settled on the call: a call-back by the next working day;
- any other citizen inquiry (mail, letter, in person): 10 working days, and an interim reply
  (Zwischennachricht) when it is still open 4 weeks (28 days) after receipt.
"N working days" means the N-th working day after the Berlin date of receipt (that day not
counted, § 187 Abs. 1 BGB), so a call on Saturday is called back on Monday.

**Rückfrage pauses the clock**: the due date (and the interim reply) move on by the working days
spent in Rückfrage - each working day from the day a pause starts up to, not including, the day
it ends (a pause within one day costs nothing; Friday to Monday costs the Friday). While a pause
is still open there is no due date (``None``). A journalist's own deadline never moves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from buergeranfragen.calendar import BERLIN, local
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.workflow.calendar_nrw import (
    MonthDay,
    add_months,
    add_working_days,
    is_working_day,
    next_working_day,
)
from buergeranfragen.workflow.states import DONE


class Category(StrEnum):
    """A category with deadlines of its own."""

    GENERAL = "general"
    IFG = "ifg"  # a request under the Informationsfreiheitsgesetz NRW


@dataclass(frozen=True)
class Term:
    """How long an inquiry may take: ``months`` calendar months (then the next working day),
    else ``working_days`` working days (0: the same working day); ``interim_after_days``:
    an interim reply is due that many calendar days after receipt (None: none)."""

    working_days: int = 0
    months: int = 0
    interim_after_days: int | None = None


@dataclass(frozen=True)
class TermOverride:
    """A term for one kind and channel (None: any), checked in order before the defaults."""

    term: Term
    kind: ContactKind | None = None
    channel: InquiryChannel | None = None


@dataclass(frozen=True)
class DeadlineSettings:
    end_of_day: time = time(16, 0)  # Berlin wall time of every due moment
    callback: Term = Term(working_days=1)  # a phone call not settled on the call
    written: Term = Term(working_days=10, interim_after_days=28)  # other citizen inquiries
    press: Term = Term(working_days=0)  # a press inquiry without a Redaktionsschluss
    ifg: Term = Term(months=1)  # § 5 Abs. 2 IFG NRW
    overrides: tuple[TermOverride, ...] = ()
    closed_days: frozenset[MonthDay] = frozenset()  # e.g. {(12, 24), (12, 31)}


DEFAULT_SETTINGS = DeadlineSettings()


@dataclass(frozen=True)
class Pause:
    """A time in Rückfrage; ``end`` None while it lasts."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True)
class StatusInterval:
    """One stretch of an inquiry's status history."""

    status: InquiryStatus
    start: datetime
    end: datetime | None = None  # None: the current status


def pauses_from_history(history: Iterable[StatusInterval]) -> tuple[Pause, ...]:
    """The stretches the clock stood still: every Rückfrage (one still lasting: no due date),
    and the time an inquiry reopened later had been finished."""
    return tuple(
        Pause(i.start, i.end)
        for i in history
        if i.status == InquiryStatus.WAITING or (i.end is not None and i.status in DONE)
    )


def term_for(
    kind: ContactKind,
    channel: InquiryChannel,
    category: Category = Category.GENERAL,
    settings: DeadlineSettings = DEFAULT_SETTINGS,
) -> Term:
    if category == Category.IFG:
        return settings.ifg
    for override in settings.overrides:
        if override.kind in (None, kind) and override.channel in (None, channel):
            return override.term
    if kind == ContactKind.PRESS:
        return settings.press
    if channel == InquiryChannel.PHONE:
        return settings.callback
    return settings.written


def due_at(
    kind: ContactKind,
    channel: InquiryChannel,
    received_at: datetime,
    *,
    category: Category = Category.GENERAL,
    press_deadline: datetime | None = None,
    pauses: Sequence[Pause] = (),
    settings: DeadlineSettings = DEFAULT_SETTINGS,
) -> datetime | None:
    """When the answer (or call-back) is due, in Berlin time; None while a Rückfrage lasts.
    Whether the inquiry is still open is the caller's question (``states.is_open``)."""
    _aware(received_at)
    if category != Category.IFG and kind == ContactKind.PRESS and press_deadline is not None:
        return local(_aware(press_deadline))
    paused = _paused_working_days(received_at, pauses, settings)
    if paused is None:
        return None
    term = term_for(kind, channel, category, settings)
    received = local(received_at)
    closed = settings.closed_days
    if term.months:
        day = next_working_day(add_months(received.date(), term.months), closed)
    elif term.working_days:
        day = add_working_days(received.date(), term.working_days, closed)
    else:  # the same working day, or the next one after hours or on a day off
        day = received.date()
        if is_working_day(day, closed) and received.time() >= settings.end_of_day:
            day = add_working_days(day, 1, closed)
        day = next_working_day(day, closed)
    return _end_of(add_working_days(day, paused, closed), settings)


def interim_due_at(
    kind: ContactKind,
    channel: InquiryChannel,
    received_at: datetime,
    *,
    category: Category = Category.GENERAL,
    pauses: Sequence[Pause] = (),
    settings: DeadlineSettings = DEFAULT_SETTINGS,
) -> datetime | None:
    """When an interim reply is due if the inquiry is still open (the next working day from
    ``interim_after_days`` on, moved by the pauses), or None: no interim reply for this term,
    or a Rückfrage lasts."""
    term = term_for(kind, channel, category, settings)
    if term.interim_after_days is None:
        return None
    paused = _paused_working_days(received_at, pauses, settings)
    if paused is None:
        return None
    closed = settings.closed_days
    start = local(_aware(received_at)).date()
    day = next_working_day(date.fromordinal(start.toordinal() + term.interim_after_days), closed)
    return _end_of(add_working_days(day, paused, closed), settings)


def is_overdue(due: datetime | None, now: datetime) -> bool:
    return due is not None and _aware(now) > due


def is_due_today(due: datetime | None, now: datetime) -> bool:
    """Due later today (Berlin date); once the moment has passed it is overdue instead."""
    return due is not None and not is_overdue(due, now) and local(due).date() == local(now).date()


def _paused_working_days(
    received_at: datetime, pauses: Sequence[Pause], settings: DeadlineSettings
) -> int | None:
    """Working days spent in Rückfrage (overlaps counted once, none before receipt), or None
    while one lasts."""
    received = local(_aware(received_at)).date()
    days: set[date] = set()
    for pause in pauses:
        if pause.end is None:
            return None
        start = max(local(_aware(pause.start)).date(), received)
        end = local(_aware(pause.end)).date()
        day = start
        while day < end:
            if is_working_day(day, settings.closed_days):
                days.add(day)
            day = date.fromordinal(day.toordinal() + 1)
    return len(days)


def _end_of(day: date, settings: DeadlineSettings) -> datetime:
    return datetime.combine(day, settings.end_of_day, tzinfo=BERLIN)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("deadlines need aware datetimes (stored times are UTC)")
    return moment
