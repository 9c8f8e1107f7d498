"""Time to export one weekly report in all three formats (goal: under 2 s): a realistic
sample, or with ``--database`` the week KW 47/2026 of a prepared database (``bench/report.py``
prepares one with 1,000,000 inquiries: its overdue list holds tens of thousands).

Run: PYTHONPATH=src:. QT_QPA_PLATFORM=offscreen python bench/report_export.py [--database F]"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from tests.report_sample import realistic_sample_report

from buergeranfragen.reports.formats import WRITERS
from buergeranfragen.reports.records import Report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", type=Path, help="a prepared SQLite database")
    args = parser.parse_args()
    report = realistic_sample_report() if args.database is None else from_database(args.database)
    print(f"report {report.period.label}: {report.new} new, {len(report.overdue)} overdue")
    with tempfile.TemporaryDirectory() as folder:
        WRITERS["pdf"](report, Path(folder) / "warm.pdf")  # the Qt application and fonts
        total = 0.0
        for name, writer in WRITERS.items():
            started = time.perf_counter()
            writer(report, Path(folder) / f"Wochenbericht-2026-W47.{name}")
            took = time.perf_counter() - started
            total += took
            print(f"{name:>4}: {took * 1000:7.1f} ms")
        print(f"all three: {total * 1000:7.1f} ms (goal < 2000 ms)")


def from_database(path: Path) -> Report:
    from datetime import UTC, datetime

    from buergeranfragen.clock import FixedClock
    from buergeranfragen.db.migrate import open_database
    from buergeranfragen.reports import periods
    from buergeranfragen.reports.service import ReportService

    clock = FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    database = open_database(f"sqlite:///{path}", clock)
    try:
        return ReportService(database.session_factory, clock).build(periods.week(2026, 47))
    finally:
        database.close()


if __name__ == "__main__":
    main()
