"""The queue's sidebar on 1,000,000 inquiries (SQLite): opening each view (its count and first
page of 200 rows in the queue's order, through the services as the window asks) and all view
counts together.

    .venv/bin/python bench/views.py [--inquiries 1000000] [--runs 5] [--plans]

The database is built once with bulk inserts and kept under /tmp/views-bench/, keyed by a hash
of the schema and of this generator, so a second run starts at once. Spread: four years of
inquiries up to the bench's fixed "now" (Wednesday 25 November 2026, 10:30 in Düsseldorf), 15
departments (weighted), 5 % not routed, 20 % press, half of the routed ones assigned to one of
40 people (the bench's user among them); what is older than 60 days is almost all finished
(3 % left open), of the last 60 days 60 % are open; due 1 to 20 days after arrival at 16:00.
No contacts and no full-text entries: the views do not search words.

Goal (issue 10): each view opens in under 300 ms; all view counts together under 300 ms.
Figures are the median of ``--runs`` runs (the first run, with a cold cache, is shown too).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import open_database
from buergeranfragen.inquiries import queue
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.references import format_reference
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.inquiries.view_service import ViewService
from buergeranfragen.organisation.service import DepartmentService

GENERATOR = "views-bench-1"  # change when the data below changes
OUT = Path("/tmp/views-bench")
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
ACTOR = "bench"
LIMIT_MS = 300.0
PAGE = 200
OPEN = ("new", "assigned", "in_progress", "waiting")
DONE = ("answered", "answered_on_phone", "handed_over", "closed")
SUBJECTS = (
    "Wohngeld Antrag",
    "Kitaplatz",
    "Schulweg",
    "Lärm an der Baustelle",
    "Förderung Solar",
    "Polizeieinsatz",
    "Haushalt 2027",
    "Brückensperrung",
    "Einbürgerung",
    "Grundsteuer",
)


def schema_key(count: int) -> str:
    """A hash of the schema the migrations build today, this generator and the size."""
    probe = OUT / "schema-probe.sqlite"
    probe.unlink(missing_ok=True)
    open_database(f"sqlite:///{probe}", FixedClock(NOW)).close()
    with sqlite3.connect(probe) as connection:
        ddl = sorted(
            row[0] for row in connection.execute("SELECT sql FROM sqlite_master") if row[0]
        )
    probe.unlink(missing_ok=True)
    return hashlib.sha256("\n".join([*ddl, GENERATOR, str(count)]).encode()).hexdigest()[:16]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def build(path: Path, count: int) -> None:
    clock = FixedClock(NOW)
    database = open_database(f"sqlite:///{path}", clock)
    DepartmentService(database.session_factory, clock, ACTOR).load_defaults()
    database.close()
    rng = random.Random(10)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    departments = [row[0] for row in connection.execute("SELECT id FROM departments")][:15]
    assert len(departments) == 15, departments
    stamp = _stamp(NOW)
    connection.executemany(
        "INSERT INTO people (os_user, display_name, department_id, role, active, version,"
        " created_at, updated_at) VALUES (?, ?, ?, 'clerk', 1, 1, ?, ?)",
        [
            (ACTOR if n == 0 else f"user{n}", f"Person {n}", departments[n % 15], stamp, stamp)
            for n in range(40)
        ],
    )
    people = [row[0] for row in connection.execute("SELECT id FROM people ORDER BY id")]
    weights = [1.0 / (1 + n * 0.2) for n in range(15)]  # some departments get far more
    started = time.perf_counter()
    span = timedelta(days=4 * 365)
    first = NOW - span
    batch: list[tuple[object, ...]] = []
    sql = (
        "INSERT INTO inquiries (reference, ref_year, ref_number, kind, channel, status,"
        " received_at, subject, body, body_html, topic, caller_number, from_email, from_name,"
        " forwarded_by, source_file, version, created_at, updated_at, department_id,"
        " assignee_id, priority, due_at, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', '',"
        " '', '', ?, '', '', 1, ?, ?, ?, ?, NULL, ?, 'general')"
    )
    for n in range(1, count + 1):
        received = first + span * (n / count)
        age = NOW - received
        open_chance = 0.6 if age < timedelta(days=60) else 0.03
        status = rng.choice(OPEN) if rng.random() < open_chance else rng.choice(DONE)
        routed = rng.random() >= 0.05
        department = rng.choices(departments, weights)[0] if routed else None
        assignee = rng.choice(people) if routed and rng.random() < 0.5 else None
        due_day = (received + timedelta(days=rng.randint(1, 20))).date()
        due = datetime(due_day.year, due_day.month, due_day.day, 15, tzinfo=UTC)
        when = _stamp(received)
        batch.append(
            (
                format_reference(received.year, n),
                received.year,
                n,
                "press" if rng.random() < 0.2 else "citizen",
                rng.choice(("phone", "email", "email", "letter", "in_person")),
                status,
                when,
                f"{rng.choice(SUBJECTS)} {n}",
                f"Bürgerin {n % 5000}",
                when,
                when,
                department,
                assignee,
                _stamp(due),
            )
        )
        if len(batch) == 100_000:
            connection.executemany(sql, batch)
            batch.clear()
    connection.executemany(sql, batch)
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    print(f"built {count:,} inquiries in {time.perf_counter() - started:.0f} s: {path}")


def database_file(count: int) -> Path:
    OUT.mkdir(mode=0o700, exist_ok=True)
    path = OUT / f"views-{count}-{schema_key(count)}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in OUT.glob(f"{partial.name}*"):
            leftover.unlink()
        build(partial, count)
        partial.rename(path)
    return path


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the runs) in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times)


def line(name: str, first: float, median: float) -> str:
    ratio = median / LIMIT_MS
    mark = "ok" if median < LIMIT_MS else "ZU LANGSAM"
    return f"{name:<58} {median:8.1f} ms  (erster Lauf {first:7.1f})  {ratio:5.2f} × 300 ms  {mark}"


def plans(path: Path, views: ViewService, inquiries: InquiryService) -> None:
    """EXPLAIN QUERY PLAN of each view's page and count, and of the grouped open counts."""
    from sqlalchemy.dialects import sqlite as dialect

    from buergeranfragen.inquiries import views as view_records

    connection = sqlite3.connect(path)

    def show(title: str, statement: object) -> None:
        compiled = statement.compile(  # type: ignore[attr-defined]
            dialect=dialect.dialect(), compile_kwargs={"literal_binds": True}
        )
        print(f"-- {title}")
        for row in connection.execute(f"EXPLAIN QUERY PLAN {compiled}"):
            print("   ", row[3])

    show("alle offenen Zähler", view_records.open_counts_statement(ACTOR, NOW))
    for view in views.views():
        show(f"{view.key}: Seite", queue.page_statement("sqlite", view.query, NOW, 0, PAGE))
        show(f"{view.key}: Anzahl", queue.count_statement("sqlite", view.query, NOW, 10_000))
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inquiries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plans", action="store_true", help="EXPLAIN QUERY PLAN ausgeben")
    args = parser.parse_args()
    path = database_file(args.inquiries)
    clock = FixedClock(NOW)
    database = open_database(f"sqlite:///{path}", clock)
    inquiries = InquiryService(database.session_factory, clock, ACTOR, OUT / "offen")
    views = ViewService(database.session_factory, clock, ACTOR)
    if args.plans:
        plans(path, views, inquiries)
    print(f"{args.inquiries:,} Anfragen, Last: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    counts = views.view_counts()
    worst = 0.0
    for view in views.views():
        for descending, order in ((True, "neueste zuerst"), (False, "älteste zuerst")):
            query = InquiryQuery(**{**view.query.__dict__, "descending": descending})

            def open_view(query: InquiryQuery = query) -> None:
                inquiries.count(query)
                inquiries.search(query, 0, PAGE)

            first, median = timed(open_view, args.runs)
            worst = max(worst, median)
            name = f"{view.title.render()[:30]} ({counts[view.key]:,}), {order}"
            print(line(name, first, median))
    for sort in ("due_at", "department", "assignee"):
        query = InquiryQuery(open_only=True, sort=sort, descending=False)

        def sorted_open(query: InquiryQuery = query) -> None:
            inquiries.count(query)
            inquiries.search(query, 0, PAGE)

        first, median = timed(sorted_open, args.runs)
        worst = max(worst, median)
        print(line(f"alle offenen nach {sort}", first, median))
    first, median = timed(views.view_counts, args.runs)
    print(line(f"alle {len(counts)} Zähler zusammen (view_counts)", first, median))
    print(f"langsamste Ansicht: {worst:.1f} ms ({worst / LIMIT_MS:.2f} × 300 ms)")
    database.close()


if __name__ == "__main__":
    main()
