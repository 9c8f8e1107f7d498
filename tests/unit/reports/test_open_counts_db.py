"""Open and overdue at several ends at once (``reports.store.open_counts``, one grouped pass)
equal the definition applied end by end: received before the end, and the ``from_value`` of
the first status step (in stored order) at or after the end - else the present status - open.
Histories with reopening, steps stored out of time order, a step exactly at an end, no due
date, no department (both databases)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.engine import reading, transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Department, Inquiry, InquiryStep
from buergeranfragen.reports import store
from buergeranfragen.reports.facts import OpenCount
from buergeranfragen.workflow.states import OPEN

STATES = ["new", "assigned", "in_progress", "waiting", "answered", "closed", "handed_over"]
_OPEN = {s.value for s in OPEN}
BASE = datetime(2026, 9, 7, tzinfo=UTC)  # a Monday
ENDS = [BASE + timedelta(weeks=w) for w in range(1, 6)]

History = tuple[int | None, datetime, datetime | None, str, list[tuple[datetime, str, str]]]


def _histories(rng: random.Random, departments: list[int]) -> list[History]:
    histories: list[History] = []
    for n in range(160):
        received = BASE + timedelta(hours=rng.randint(-200, 900))
        due = None if n % 7 == 0 else received + timedelta(days=rng.randint(1, 20))
        department = None if n % 5 == 0 else rng.choice(departments)
        status, steps = rng.choice(STATES[:4]), []
        first = status
        for _ in range(rng.randint(0, 4)):
            target = rng.choice(STATES)
            if n % 9 == 0:  # exactly at an end
                at = rng.choice(ENDS)
            else:
                at = received + timedelta(hours=rng.randint(0, 900))
            steps.append((at, status, target))
            status = target
        if n % 4 == 0:  # stored in an order other than by time
            rng.shuffle(steps)
            status = steps[-1][2] if steps else first
        histories.append((department, received, due, status, steps))
    return histories


def _expected(histories: list[History], end: datetime) -> list[OpenCount]:
    counts: dict[int | None, list[int]] = {}
    for department, received, due, status, steps in histories:
        if received >= end:
            continue
        later = [before for at, before, _ in steps if at >= end]
        then = later[0] if later else status
        if then in _OPEN:
            total = counts.setdefault(department, [0, 0])
            total[0] += 1
            total[1] += due is not None and due < end
    return [OpenCount(d, c[0], c[1]) for d, c in counts.items()]


def _sorted(counts: list[OpenCount]) -> list[OpenCount]:
    return sorted(counts, key=lambda c: (c.department_id is not None, c.department_id or 0))


def test_open_counts_at_several_ends_follow_the_history(
    database: Database, clock: FixedClock
) -> None:
    rng = random.Random(20261123)
    with transaction(database.session_factory) as session:
        rows = [
            Department(code=f"A{n}", name=f"Amt {n}", created_at=BASE, updated_at=BASE)
            for n in range(3)
        ]
        session.add_all(rows)
        session.flush()
        histories = _histories(rng, [d.id for d in rows])
        for n, (department, received, due, status, steps) in enumerate(histories):
            inquiry = Inquiry(
                reference=f"BA-2026-{n:05d}",
                ref_year=2026,
                ref_number=n,
                kind="citizen",
                channel="phone",
                status=status,
                received_at=received,
                department_id=department,
                due_at=due,
                version=1,
                created_at=received,
                updated_at=received,
            )
            session.add(inquiry)
            session.flush()
            for at, before, after in steps:
                session.add(
                    InquiryStep(
                        inquiry_id=inquiry.id,
                        at=at,
                        actor="t",
                        kind="status",
                        from_value=before,
                        to_value=after,
                    )
                )
                session.add(InquiryStep(inquiry_id=inquiry.id, at=at, actor="t", kind="note"))
            session.flush()
    ends = [ENDS[3], ENDS[0], ENDS[4], ENDS[2], ENDS[1], ENDS[2]]  # any order, twice
    with reading(database.session_factory) as session:
        found = store.open_counts(session, ends)
    assert len(found) == len(ends)
    for end, counts in zip(ends, found, strict=True):
        assert _sorted(counts) == _sorted(_expected(histories, end)), end
    assert any(c.open and c.overdue < c.open for counts in found for c in counts)
