"""Time to export one realistic weekly report in all three formats (goal: under 2 s).

Run: PYTHONPATH=src:. QT_QPA_PLATFORM=offscreen python bench/report_export.py"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.report_sample_exports import sample_report

from buergeranfragen.reports.formats import WRITERS


def main() -> None:
    report = sample_report()
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


if __name__ == "__main__":
    main()
