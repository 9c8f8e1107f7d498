"""Two desks (two processes) log 1,000 calls each on one SQLite file at the same moment: 2,000
inquiries, every reference number once, and neither desk sees an error."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from buergeranfragen.clock import system_clock
from buergeranfragen.db.migrate import open_database

CALLS = 1000
ROOT = Path(__file__).resolve().parents[3]


def test_two_desks_logging_calls_at_once(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite"
    url = f"sqlite:///{database}"
    open_database(url, system_clock).close()  # the schema once (both desks start on it)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "BUERGERANFRAGEN_DATA_DIR": str(tmp_path / "data"),
        "BUERGERANFRAGEN_DATABASE_URL": url,
    }
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.unit.integrity.call_writer", str(desk), str(CALLS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
            text=True,
        )
        for desk in (1, 2)
    ]
    for desk in desks:
        assert desk.stdout is not None and desk.stdout.readline().strip() == "ready"
    started = time.monotonic()
    for desk in desks:  # released together
        assert desk.stdin is not None
        desk.stdin.write("go\n")
        desk.stdin.flush()
    results = [desk.communicate(timeout=120) for desk in desks]
    print(f"{2 * CALLS} calls by two desks in {time.monotonic() - started:.1f}s")
    for desk, (_, err) in zip(desks, results, strict=True):
        assert (desk.returncode, err) == (0, "")
    by_desk = [out.split() for out, _ in results]
    numbers = [sorted(int(r.rsplit("-", 1)[1]) for r in desk) for desk in by_desk]
    assert numbers[0][0] < numbers[1][-1] and numbers[1][0] < numbers[0][-1]  # interleaved
    references = by_desk[0] + by_desk[1]
    assert len(references) == 2 * CALLS
    assert len(set(references)) == 2 * CALLS
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT count(*), count(DISTINCT ref_year || '-' || ref_number) FROM inquiries"
        ).fetchone()
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    assert rows == (2 * CALLS, 2 * CALLS)
