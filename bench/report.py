"""A week's report figures on 1,000,000 inquiries (SQLite): ``ReportService.build`` (the week
and its 12-week trend) against a raw SQL aggregation of the same figures written by hand here
(sqlite3, the same working-day counting). Goal (issue 12): at most 2x.

    .venv/bin/python bench/report.py [--runs 5] [--database PREPARED.sqlite]

Starts from the database of ``bench/views.py`` (built there first if missing), copied to
/tmp/figures/report-bench.sqlite, migrated, and given one status step per finished inquiry
(from "in_progress" at its receipt + 1 to 15 days), once. Prints the figures of both, week by
week, and whether they are the same."""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import time
from datetime import UTC, timedelta
from pathlib import Path

from buergeranfragen.calendar import local
from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import open_database
from buergeranfragen.reports import periods
from buergeranfragen.reports.figures import durations, working_days
from buergeranfragen.reports.records import Report
from buergeranfragen.reports.service import ReportService
from buergeranfragen.workflow.states import FINISHED as _FINISHED_STATES

FINISHED = {s.value for s in _FINISHED_STATES}
OUT = Path("/tmp/figures/report-bench.sqlite")
WEEK = periods.week(2026, 47)


def prepare() -> Path:
    if OUT.exists():
        return OUT
    import views  # bench/views.py

    source = views.database_file(1_000_000)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, OUT)
    open_database(f"sqlite:///{OUT}", FixedClock(views.NOW)).close()  # the newest schema
    rng = random.Random(12)
    with sqlite3.connect(OUT) as db:
        rows = db.execute(
            "SELECT id, received_at, status FROM inquiries WHERE status NOT IN "
            "('new','assigned','in_progress','waiting')"
        ).fetchall()
        steps = []
        for inquiry, received, status in rows:
            at = __import__("datetime").datetime.fromisoformat(received) + timedelta(
                days=rng.randint(1, 15), hours=rng.randint(0, 6)
            )
            steps.append((inquiry, at.isoformat(sep=" "), "bench", "status", "in_progress", status))
        db.executemany(
            "INSERT INTO inquiry_steps (inquiry_id, at, actor, kind, from_value, to_value,"
            " department_name, handed_to, comment) VALUES (?, ?, ?, ?, ?, ?, '', '', '')",
            steps,
        )
    return OUT


def _utc(moment: object) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")  # type: ignore[attr-defined]


def by_hand(path: Path) -> object:
    """The same figures in hand-written SQL (week and 12-week trend)."""
    db = sqlite3.connect(path)
    figures = []
    for period in [*WEEK.previous_weeks(12), WEEK]:
        s, e = _utc(period.start), _utc(period.end)
        new = db.execute(
            "SELECT channel, kind, category, department_id, topic, received_at, COALESCE((SELECT"
            " from_value FROM inquiry_steps f WHERE f.inquiry_id = i.id AND f.kind = 'status'"
            " ORDER BY f.id LIMIT 1), status) FROM inquiries i WHERE received_at >= ? AND"
            " received_at < ?",
            (s, e),
        ).fetchall()
        answered = db.execute(
            "SELECT i.department_id, i.received_at, s.at, i.due_at FROM inquiry_steps s JOIN"
            " inquiries i ON i.id = s.inquiry_id WHERE s.kind = 'status' AND s.at >= ? AND"
            " s.at < ? AND s.to_value IN ('answered','answered_on_phone','handed_over') AND NOT"
            " EXISTS (SELECT 1 FROM inquiry_steps p WHERE p.inquiry_id = s.inquiry_id AND"
            " p.kind = 'status' AND p.id < s.id AND (p.to_value IN ('answered',"
            "'answered_on_phone','handed_over') OR p.from_value IN ('answered',"
            "'answered_on_phone','handed_over')))",
            (s, e),
        ).fetchall()
        closed = db.execute(
            "SELECT i.department_id, i.received_at, MIN(s.at) FROM inquiry_steps s JOIN"
            " inquiries i ON i.id = s.inquiry_id WHERE s.kind = 'status' AND s.at >= ? AND"
            " s.at < ? AND s.to_value = 'closed' GROUP BY s.inquiry_id",
            (s, e),
        ).fetchall()
        open_now = db.execute(
            "SELECT department_id, COUNT(*), SUM(due_at < ?) FROM inquiries i WHERE status IN"
            " ('new','assigned','in_progress','waiting') AND received_at < ? AND NOT EXISTS"
            " (SELECT 1 FROM inquiry_steps s WHERE s.inquiry_id = i.id AND s.kind = 'status'"
            " AND s.at >= ?) GROUP BY department_id",
            (e, e, e),
        ).fetchall()
        open_then = db.execute(
            "SELECT i.department_id, COUNT(*), SUM(i.due_at < ?) FROM (SELECT inquiry_id,"
            " MIN(id) AS step_id FROM inquiry_steps WHERE kind = 'status' AND at >= ? GROUP BY"
            " inquiry_id) l JOIN inquiry_steps f ON f.id = l.step_id JOIN inquiries i ON"
            " i.id = l.inquiry_id WHERE i.received_at < ? AND f.from_value IN ('new',"
            "'assigned','in_progress','waiting') GROUP BY i.department_id",
            (e, e, e),
        ).fetchall()
        from datetime import datetime

        def moment(text: str) -> datetime:
            return datetime.fromisoformat(text).replace(tzinfo=UTC)

        settled = [r for r in new if r[6] in FINISHED]  # answered at receipt (0 days)
        days = [working_days(moment(r[1]), moment(r[2]), ()) for r in answered]
        days += [0] * len(settled)
        by_day: dict[object, int] = {}
        for r in new:
            key = (local(moment(r[5])).date(), r[0])
            by_day[key] = by_day.get(key, 0) + 1
        figures.append(
            (
                len(new),
                len(answered) + len(settled),
                len(closed) + sum(r[6] == "closed" for r in new),
                sum(r[1] for r in [*open_now, *open_then]),
                sum(r[2] or 0 for r in [*open_now, *open_then]),
                durations(days).median,
            )
        )
    e = _utc(WEEK.end)
    overdue = db.execute(
        "SELECT reference, department_id, due_at FROM inquiries i WHERE status IN ('new',"
        "'assigned','in_progress','waiting') AND received_at < ? AND due_at < ? AND NOT EXISTS"
        " (SELECT 1 FROM inquiry_steps s WHERE s.inquiry_id = i.id AND s.kind = 'status' AND"
        " s.at >= ?)",
        (e, e, e),
    ).fetchall()
    overdue += db.execute(
        "SELECT i.reference, i.department_id, i.due_at FROM (SELECT inquiry_id, MIN(id) AS"
        " step_id FROM inquiry_steps WHERE kind = 'status' AND at >= ? GROUP BY inquiry_id) l"
        " JOIN inquiry_steps f ON f.id = l.step_id JOIN inquiries i ON i.id = l.inquiry_id"
        " WHERE i.received_at < ? AND i.due_at < ? AND f.from_value IN ('new','assigned',"
        "'in_progress','waiting')",
        (e, e, e),
    ).fetchall()
    db.close()
    return figures, len(overdue)


def compare(report: Report, hand: object) -> None:
    """The service's figures against the hand-written SQL's, week by week."""
    weeks, overdue = hand  # type: ignore[misc]
    ours = [
        (t.new, t.answered, t.closed, t.open_at_end, t.overdue_at_end, t.first_answer_median)
        for t in report.trend
    ]
    ours.append(
        (
            report.new,
            report.answered,
            report.closed,
            report.open_at_end,
            report.overdue_at_end,
            report.first_answer.median,
        )
    )
    differ = [(o, h) for o, h in zip(ours, weeks, strict=True) if o != h]
    if len(report.overdue) != overdue:
        differ.append(((len(report.overdue),), (overdue,)))
    print("neu, beantwortet, abgeschlossen, offen, überfällig, Median Tage (älteste Woche zuerst):")
    for o in ours:
        print("  ", o)
    print("SQL von Hand: " + ("gleich" if not differ else f"ABWEICHUNG {differ}"))


def timed(call: object, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        call()  # type: ignore[operator]
        times.append((time.perf_counter() - began) * 1000)
    return times[0], statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", type=Path, help=f"a prepared copy (default: {OUT})")
    args = parser.parse_args()
    path = args.database or prepare()
    database = open_database(f"sqlite:///{path}", FixedClock(WEEK.end + timedelta(days=1)))
    service = ReportService(database.session_factory, FixedClock(WEEK.end))
    report = service.build(WEEK)
    print(
        f"{WEEK.label}: neu {report.new}, beantwortet {report.answered}, "
        f"offen {report.open_at_end}, überfällig {report.overdue_at_end}"
    )
    compare(report, by_hand(path))
    first, ours = timed(lambda: service.build(WEEK), args.runs)
    hand_first, hand = timed(lambda: by_hand(path), args.runs)
    print(f"ReportService.build: {ours:8.1f} ms (erster Lauf {first:.1f} ms)")
    print(f"SQL von Hand:        {hand:8.1f} ms (erster Lauf {hand_first:.1f} ms)")
    print(f"Verhältnis:          {ours / hand:8.2f}x (Ziel ≤ 2x)")
    database.close()


if __name__ == "__main__":
    main()
