"""The figures of a report, computed from plain rows (pure; the rows come from
``reports/store.py``). Definitions (also in the README):

- **new**: received in the period, counted by channel, kind ("ifg" for category IFG, else the
  kind), department code (``UNASSIGNED`` "" when not routed), topic (the inquiry's topic mapped
  to the office's topic list, compared case/umlaut-insensitively by ``text.fold_spaces``;
  anything else or empty: ``OTHER_TOPIC``) and per day (Berlin date) × channel.
- **answered**: the inquiry's first status step into a finished state (Beantwortet, am Telefon
  erledigt, abgegeben) lies in the period; a call stored as "am Telefon erledigt" counts at its
  receipt (0 days). **closed**: a status step into Abgeschlossen in the period (the first there).
- **open_at_end**: received before the period's end and, by the status history, open (Neu,
  Zugewiesen, In Bearbeitung, Rückfrage) at the end; **overdue_at_end**: of those, due before
  the end (the inquiry's due date as stored now).
- **first_answer** / **closing**: working days from the Berlin date of receipt to the date of
  the event (the working days after the day of receipt up to and including the event's day:
  NRW holidays and the office's closed days from the stored deadlines; the same day is 0), over
  the inquiries answered / closed in the period: median, and 90th percentile by the
  nearest-rank method (the smallest value at least 90 % of the values do not exceed).
- **first_contact_resolution**: calls received in the period whose first status was "am
  Telefon erledigt" / all calls received in the period.
- **within_deadline**: answered in the period at or before the due date / answered in the
  period with a due date.
- **interim_on_time**: inquiries whose interim reply fell due in the period
  (``workflow.deadlines.interim_due_at``, moved by the Rückfrage pauses up to the period's end)
  while they were still open, and that had an interim reply or any answer out by then / all of
  them. Inquiries received more than ``INTERIM_SLACK`` days before that are not looked at.
- **departments**: the same per department (the inquiry's department now) - every active one
  and any other with a figure, by code; "Nicht zugeordnet" last when it has one.
- **trend**: the key figures of the 12 ISO weeks before the period's first week.
- **overdue**: open and past due at the end: reference, department code, working days past the
  due date (after the due day up to the period's last day); most overdue first."""

from __future__ import annotations

import math
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

from buergeranfragen.calendar import local
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.reports.facts import DepartmentRow, Event, InterimCase, PeriodFacts
from buergeranfragen.reports.periods import Period
from buergeranfragen.reports.records import (
    UNASSIGNED,
    DepartmentFigures,
    Durations,
    OverdueItem,
    Report,
    Share,
    TrendPoint,
)
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.calendar_nrw import MonthDay, public_holidays
from buergeranfragen.workflow.deadlines import (
    Category,
    DeadlineSettings,
    StatusInterval,
    interim_due_at,
    pauses_from_history,
    term_for,
)
from buergeranfragen.workflow.states import FINISHED, OPEN

INTERIM_SLACK = 183  # days of Rückfrage an interim reply's due date may move on, at most
KINDS = ("citizen", "press", "ifg")
_FINISHED = {s.value for s in FINISHED}
_OPEN = {s.value for s in OPEN}
DepartmentId = int | None


def working_days(received: datetime, at: datetime, closed_days: Collection[MonthDay]) -> int:
    """Working days after the Berlin date of ``received`` up to and including that of ``at``."""
    first, last = local(received).date(), local(at).date()
    return _working_days_after(first, last, closed_days)


def _working_days_after(first: date, last: date, closed_days: Collection[MonthDay]) -> int:
    """As counting ``is_working_day`` day by day, in constant time per year spanned: the
    weekdays of the range by arithmetic, less the holidays and closed days that fall on one."""
    return _count_working_days(first, last, frozenset(closed_days))


@lru_cache(maxsize=4096)
def _count_working_days(first: date, last: date, closed: frozenset[MonthDay]) -> int:
    if last <= first:
        return 0
    low, high = first + timedelta(days=1), last
    count = _weekdays_before(high.toordinal() + 1) - _weekdays_before(low.toordinal())
    for year in range(low.year, high.year + 1):
        days = _days_off(year, closed)
        count -= bisect_right(days, high) - bisect_left(days, low)
    return count


def _weekdays_before(ordinal: int) -> int:
    """Monday to Friday among the days of ordinal 1 (a Monday) up to ``ordinal`` excluded."""
    weeks, rest = divmod(ordinal - 1, 7)
    return weeks * 5 + min(rest, 5)


@lru_cache(maxsize=256)
def _days_off(year: int, closed_days: frozenset[MonthDay]) -> tuple[date, ...]:
    """The days of ``year`` from Monday to Friday that are no working day, in order."""
    days = set(public_holidays(year))
    for month, day in closed_days:
        try:
            days.add(date(year, month, day))
        except ValueError:  # 29 February of a common year
            continue
    return tuple(sorted(d for d in days if d.weekday() < 5))


def durations(values: Sequence[int]) -> Durations:
    if not values:
        return Durations()
    ordered = sorted(values)
    p90 = ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]
    return Durations(len(ordered), float(statistics.median(ordered)), float(p90))


def kind_of(kind: str, category: str) -> str:
    return "ifg" if category == Category.IFG.value else kind


def at_receipt(facts: PeriodFacts) -> list[Event]:
    """Calls settled on the call: answered at their receipt."""
    return [
        Event(a.department_id, a.received_at, a.received_at, a.due_at)
        for a in facts.arrivals
        if a.first_status in _FINISHED
    ]


def closed_at_receipt(facts: PeriodFacts) -> list[Event]:
    return [
        Event(a.department_id, a.received_at, a.received_at, a.due_at)
        for a in facts.arrivals
        if a.first_status == InquiryStatus.CLOSED.value
    ]


def _within(events: Iterable[Event]) -> Share:
    dated = [e for e in events if e.due_at is not None]
    return Share(sum(e.at <= e.due_at for e in dated if e.due_at is not None), len(dated))


class _Figures:
    """The figures of one period, all departments together or one."""

    def __init__(self, facts: PeriodFacts, closed_days: Collection[MonthDay]) -> None:
        self.facts = facts
        self.answered = [*facts.answered, *at_receipt(facts)]
        self.closed = [*facts.closed, *closed_at_receipt(facts)]
        self.closed_days = closed_days

    def days(self, events: Iterable[Event], department: object = ...) -> list[int]:
        return [
            working_days(e.received_at, e.at, self.closed_days)
            for e in events
            if department is ... or e.department_id == department
        ]


def compute(
    period: Period,
    generated_at: datetime,
    facts: PeriodFacts,
    trend: Sequence[tuple[Period, PeriodFacts]],
    department_rows: Sequence[DepartmentRow],
    topic: Callable[[str], str],
    topics: Sequence[str],
    settings: DeadlineSettings,
) -> Report:
    closed_days = settings.closed_days
    f = _Figures(facts, closed_days)
    codes = {d.id: d.code for d in department_rows}

    def code(department: DepartmentId) -> str:
        return codes.get(department, UNASSIGNED) if department is not None else UNASSIGNED

    arrivals = facts.arrivals
    by_channel = {c.value: 0 for c in InquiryChannel}
    by_kind = dict.fromkeys(KINDS, 0)
    by_topic = {**dict.fromkeys(topics, 0), **{topic(""): 0}}
    by_day = {day: {c.value: 0 for c in InquiryChannel} for day in period.days}
    by_department: Counter[str] = Counter()
    for a in arrivals:
        by_channel[a.channel] = by_channel.get(a.channel, 0) + 1
        kind = kind_of(a.kind, a.category)
        by_kind[kind] = by_kind.get(kind, 0) + 1
        mapped = topic(a.topic)
        by_topic[mapped] = by_topic.get(mapped, 0) + 1
        day = by_day.setdefault(local(a.received_at).date(), {})
        day[a.channel] = day.get(a.channel, 0) + 1
        by_department[code(a.department_id)] += 1
    calls = [a for a in arrivals if a.channel == InquiryChannel.PHONE.value]
    settled = sum(a.first_status == InquiryStatus.ANSWERED_ON_PHONE.value for a in calls)

    departments = _departments(f, department_rows, code)
    return Report(
        period=period,
        generated_at=generated_at,
        new=len(arrivals),
        new_by_channel=by_channel,
        new_by_kind=by_kind,
        new_by_department={d.code: d.new for d in departments},
        new_by_topic=by_topic,
        new_by_day=by_day,
        answered=len(f.answered),
        closed=len(f.closed),
        open_at_end=sum(c.open for c in facts.open_counts),
        overdue_at_end=sum(c.overdue for c in facts.open_counts),
        first_answer=durations(f.days(f.answered)),
        closing=durations(f.days(f.closed)),
        first_contact_resolution=Share(settled, len(calls)),
        within_deadline=_within(f.answered),
        interim_on_time=interim_share(period, facts.interim, settings),
        departments=departments,
        trend=[trend_point(p, t, closed_days) for p, t in trend],
        overdue=overdue_items(period, facts, code, closed_days),
    )


def _departments(
    f: _Figures, rows: Sequence[DepartmentRow], code: Callable[[DepartmentId], str]
) -> list[DepartmentFigures]:
    names = {d.code: d.name for d in rows}
    new = Counter(code(a.department_id) for a in f.facts.arrivals)
    answered = Counter(code(e.department_id) for e in f.answered)
    closed = Counter(code(e.department_id) for e in f.closed)
    open_at_end: Counter[str] = Counter()
    overdue_at_end: Counter[str] = Counter()
    for c in f.facts.open_counts:
        open_at_end[code(c.department_id)] += c.open
        overdue_at_end[code(c.department_id)] += c.overdue
    shown = {d.code for d in rows if d.active} | {
        k for counter in (new, answered, closed, open_at_end) for k, v in counter.items() if v
    }
    result = []
    for key in sorted(shown - {UNASSIGNED}) + ([UNASSIGNED] if UNASSIGNED in shown else []):
        mine = [e for e in f.answered if code(e.department_id) == key]
        done = [e for e in f.closed if code(e.department_id) == key]
        result.append(
            DepartmentFigures(
                code=key,
                name=names.get(key, "") if key != UNASSIGNED else "Nicht zugeordnet",
                new=new[key],
                answered=answered[key],
                closed=closed[key],
                open_at_end=open_at_end[key],
                overdue_at_end=overdue_at_end[key],
                first_answer=durations(f.days(mine)),
                closing=durations(f.days(done)),
                within_deadline=_within(mine),
            )
        )
    return result


def trend_point(
    period: Period, facts: PeriodFacts, closed_days: Collection[MonthDay]
) -> TrendPoint:
    f = _Figures(facts, closed_days)
    return TrendPoint(
        period=period,
        new=len(facts.arrivals),
        answered=len(f.answered),
        closed=len(f.closed),
        open_at_end=sum(c.open for c in facts.open_counts),
        overdue_at_end=sum(c.overdue for c in facts.open_counts),
        first_answer_median=durations(f.days(f.answered)).median,
        within_deadline=_within(f.answered),
    )


def overdue_items(
    period: Period,
    facts: PeriodFacts,
    code: Callable[[DepartmentId], str],
    closed_days: Collection[MonthDay],
) -> list[OverdueItem]:
    items = [
        OverdueItem(
            r.reference,
            code(r.department_id),
            _working_days_after(local(r.due_at).date(), period.last, closed_days),
        )
        for r in facts.overdue
    ]
    return sorted(items, key=lambda i: (-i.days_overdue, i.reference))


def interim_share(
    period: Period, cases: Sequence[InterimCase], settings: DeadlineSettings
) -> Share:
    part = whole = 0
    for case in cases:
        due = interim_due(case, period.end, settings)
        if due is None or not period.start <= due < period.end:
            continue
        if _status_at(case, due) not in _OPEN:
            continue  # finished before: needs none
        whole += 1
        part += any(at <= due for at in case.answers)
    return Share(part, whole)


def interim_due(case: InterimCase, end: datetime, settings: DeadlineSettings) -> datetime | None:
    """The interim reply's due moment, the pauses as known at ``end``."""
    kind = from_storage(ContactKind, case.kind)
    channel = from_storage(InquiryChannel, case.channel)
    category = from_storage(Category, case.category)
    if term_for(kind, channel, category, settings).interim_after_days is None:
        return None
    first = case.steps[0][1] if case.steps else case.status
    intervals: list[StatusInterval] = []
    status, start = from_storage(InquiryStatus, first), case.received_at
    for at, _, to in (step for step in case.steps if step[0] < end):
        intervals.append(StatusInterval(status, start, at))
        status, start = from_storage(InquiryStatus, to), at
    intervals.append(StatusInterval(status, start, None))
    return interim_due_at(
        kind,
        channel,
        case.received_at,
        category=category,
        pauses=pauses_from_history(intervals),
        settings=settings,
    )


def _status_at(case: InterimCase, moment: datetime) -> str:
    for at, before, _ in case.steps:
        if at > moment:
            return before
    return case.steps[-1][2] if case.steps else case.status
