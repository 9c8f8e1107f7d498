"""The audit of reading: what recording one opening costs on the GUI thread
(``ReadingLog.opened``: memory only) and what one flush of the buffer costs (one statement).

    .venv/bin/python bench/reading_log.py [--openings 100000] [--flush 1000]

Goal (issue 13): an opening costs microseconds, so it is no visible time; a flush of 1,000
openings is one insert, on a worker.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from buergeranfragen.clock import system_clock
from buergeranfragen.db.migrate import open_database
from buergeranfragen.privacy.reading import ReadingLog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--openings", type=int, default=100_000)
    parser.add_argument("--flush", type=int, default=1000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'lesen.sqlite'}", system_clock)
        try:
            log = ReadingLog(database.session_factory, system_clock, "bench")
            timings = []
            for number in range(args.openings):
                started = time.perf_counter_ns()
                log.opened_inquiry(number % 20_000)  # new records and repeats
                timings.append(time.perf_counter_ns() - started)
            timings.sort()
            median = statistics.median(timings) / 1000
            p99 = timings[int(len(timings) * 0.99)] / 1000
            print(f"opened(): median {median:.2f} µs, p99 {p99:.2f} µs ({args.openings} openings)")
            log.flush()
            for number in range(args.flush):
                log.opened_contact(number)
            statements = []
            event.listen(
                database.engine,
                "before_cursor_execute",
                lambda *a: statements.append(a[2]),
            )
            started = time.perf_counter()
            written = log.flush()
            took = (time.perf_counter() - started) * 1000
            inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
            print(f"flush(): {written} openings in {took:.1f} ms, {len(inserts)} insert statement")
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
