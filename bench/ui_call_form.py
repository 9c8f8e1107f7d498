"""The call form in a real window, offscreen: how long Ctrl+Shift+N takes until the form is on
screen, how long until a typed number shows the caller, and how long Ctrl+S takes until the
call is stored and the form closed. Not part of the test suite (timings depend on the machine).

    .venv/bin/python bench/ui_call_form.py [--contacts 2000] [--rounds 20]

Goals (issue 2): the form opens in under 100 ms, saving takes under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from buergeranfragen.config import Settings  # noqa: E402
from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput  # noqa: E402
from buergeranfragen.context import build_context  # noqa: E402
from buergeranfragen.inquiries.records import CallDraft  # noqa: E402
from buergeranfragen.ui.common.prompts import Discard, Prompts  # noqa: E402
from buergeranfragen.ui.shell.main_window import MainWindow  # noqa: E402


class Quiet(Prompts):
    """No dialogs while measuring: every question answered with 'discard'."""

    def warn(self, title: str, text: str) -> None:
        print(f"warning: {title}: {text}", file=sys.stderr)

    def unsaved_changes(self, what: str) -> Discard:
        return Discard.DISCARD


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.0005)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(name: str, values: list[float], goal_ms: float) -> None:
    p95 = percentile(values, 0.95)
    verdict = "ok" if p95 < goal_ms else "SLOWER THAN THE GOAL"
    print(
        f"{name:<28} p50 {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms   "
        f"max {max(values):7.1f} ms   goal < {goal_ms:.0f} ms: {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["BUERGERANFRAGEN_DATA_DIR"] = str(Path(folder) / "data")
        context = build_context(Settings.from_environment(f"sqlite:///{folder}/bench.sqlite"))
        context.contacts.create_many(
            ContactDraft(
                kind=ContactKind.PRESS if n % 10 == 0 else ContactKind.CITIZEN,
                last_name=f"Person {n}",
                phones=(PhoneInput(f"0221 {4700000 + n}"),),
            )
            for n in range(args.contacts)
        )
        for n in range(0, args.contacts, 10):
            context.inquiries.log_call(CallDraft(number=f"0221 {4700000 + n}", subject="Alt"))
        window = MainWindow(context, Quiet())
        window.show()
        QTest.qWaitForWindowExposed(window)
        wait_until(lambda: window.ops.idle)

        opened, recognised, saved = [], [], []
        for n in range(args.rounds):
            window.activateWindow()
            wait_until(lambda: QApplication.activeWindow() is window)
            started = time.perf_counter()
            QTest.keyClick(
                window,
                Qt.Key.Key_N,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            form = window.call_form
            wait_until(lambda form=form: form is not None and form.isVisible())
            opened.append((time.perf_counter() - started) * 1000)
            assert form is not None

            started = time.perf_counter()
            QTest.keyClicks(form.number, f"0221 {4700000 + n * 10}")
            wait_until(lambda form=form: "Person" in form.caller.text() and not form.looking_up)
            recognised.append((time.perf_counter() - started) * 1000)

            form.subject.setText(f"Messung {n}")
            started = time.perf_counter()
            QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            wait_until(lambda form=form: not form.isVisible())
            saved.append((time.perf_counter() - started) * 1000)
            wait_until(lambda: window.ops.idle)

        print(f"{args.contacts} contacts, {args.rounds} calls, offscreen")
        report("call form opens", opened, 100)
        report("typed number -> caller", recognised, 250)
        report("Ctrl+S -> stored, closed", saved, 1000)
        window.close()
        context.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
