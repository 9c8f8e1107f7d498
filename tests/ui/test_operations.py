"""The one helper through which the window calls the core: results and errors come back on the
GUI thread, errors are shown in one place, changes are announced, stale lookups are dropped."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from buergeranfragen.errors import DatabaseUnavailable, KnownError, ValidationFailed
from buergeranfragen.messages import msg
from buergeranfragen.ui.app import close_down
from buergeranfragen.ui.common.operations import (
    CONTACTS,
    INQUIRIES,
    MAILBOXES,
    NOTHING,
    Changes,
    Operations,
    Show,
)
from tests.ui.conftest import ScriptedPrompts

STUCK = 10  # seconds a test's worker waits at most for the test to let it go (never reached)


@pytest.fixture
def ops(qtbot, prompts: ScriptedPrompts):  # type: ignore[no-untyped-def]
    bugs: list[BaseException] = []
    operations = Operations(prompts, report_bug=bugs.append)
    operations.bugs = bugs  # type: ignore[attr-defined]
    yield operations
    qtbot.waitUntil(lambda: operations.idle)
    assert operations.shutdown()
    operations.deleteLater()  # on this thread, not by a worker's garbage collection


def test_work_runs_off_the_gui_thread_and_success_comes_back_on_it(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["callback"] = QThread.currentThread()

    with qtbot.waitSignal(ops.settled, timeout=5000):
        ops.run(work, success)
        assert not ops.idle
    assert seen["value"] == 42
    assert seen["worker"] is not gui and seen["callback"] is gui
    assert ops.idle


def test_changes_are_announced_once_after_success(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    announced: list[Changes] = []
    ops.changed.connect(announced.append)
    ops.run(lambda: 1, changes=CONTACTS)
    ops.run(lambda: [], changes=lambda result: INQUIRIES if result else NOTHING)
    qtbot.waitUntil(lambda: ops.idle)
    assert announced == [CONTACTS]
    assert (CONTACTS | MAILBOXES) == Changes(contacts=True, mailboxes=True)
    assert not NOTHING and CONTACTS


@pytest.mark.usefixtures("bracketed")
def test_a_known_error_is_shown_translated_in_one_place(qtbot, ops, prompts, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="buergeranfragen")

    def fails() -> None:
        raise KnownError(msg("Die Datei {name} fehlt.", name="a.vcf"))

    def unavailable() -> None:
        raise DatabaseUnavailable(msg("Die Datenbank ist gerade gesperrt."))

    statuses: list[str] = []
    ops.status.connect(statuses.append)
    announced: list[Changes] = []
    ops.changed.connect(announced.append)
    ops.run(fails, title="Import", changes=CONTACTS)
    ops.run(fails)  # the title by default
    ops.run(fails, show=Show.STATUS)
    ops.run(fails, show=Show.NOWHERE)
    ops.run(unavailable, show=Show.NOWHERE)  # a lookup's read: silent
    qtbot.waitUntil(lambda: ops.idle)
    # the bracketing translator marks what went through the translation
    assert sorted(prompts.messages) == [
        ("warn", "Import", "[Die Datei a.vcf fehlt.]"),
        ("warn", "[Vorgang nicht möglich]", "[Die Datei a.vcf fehlt.]"),
    ]
    assert statuses == ["[Die Datei a.vcf fehlt.]"]
    assert "Die Datei {name} fehlt." in caplog.text
    assert "a.vcf" not in caplog.text  # the log holds the template, never the values
    assert announced == []  # a failed write changed nothing
    assert ops.bugs == []


def test_the_widget_may_deal_with_a_known_error_itself(qtbot, ops, prompts) -> None:  # type: ignore[no-untyped-def]
    handled: list[KnownError] = []

    def invalid() -> None:
        raise ValidationFailed([])

    def locked() -> None:
        raise KnownError(msg("Gesperrt."))

    def deal(error: KnownError) -> bool:
        handled.append(error)
        return isinstance(error, ValidationFailed)

    ops.run(invalid, failure=deal)
    ops.run(locked, failure=deal)
    qtbot.waitUntil(lambda: ops.idle)
    assert sorted(type(e).__name__ for e in handled) == ["KnownError", "ValidationFailed"]
    assert prompts.messages == [("warn", "Vorgang nicht möglich", "Gesperrt.")]


def test_a_bug_goes_to_the_crash_reporter_also_from_a_callback(qtbot, ops, prompts) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise RuntimeError("Programmfehler")

    def broken_callback(_value: object) -> None:
        raise LookupError("im Rückruf")

    ops.run(broken)
    ops.run(lambda: 1, broken_callback)
    qtbot.waitUntil(lambda: ops.idle)
    assert sorted(type(e).__name__ for e in ops.bugs) == ["LookupError", "RuntimeError"]
    assert prompts.messages == []


def test_an_older_lookup_is_dropped_when_a_newer_one_was_asked_for(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "alt"

    ops.run(slow, shown.append, key="lookup")
    ops.run(lambda: "neu", shown.append, key="lookup")
    ops.run(lambda: "andere", shown.append, key="other")
    qtbot.waitUntil(lambda: "neu" in shown)
    release.set()
    qtbot.waitUntil(lambda: ops.idle)
    assert sorted(shown) == ["andere", "neu"]


def test_long_work_reports_progress_and_can_be_cancelled(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    steps: list[tuple[int, int]] = []
    results: list[str] = []
    cleaned: list[bool] = []
    wake = threading.Event()

    def work(progress, cancelled) -> str:  # type: ignore[no-untyped-def]
        progress(1, 3)
        wake.wait(STUCK)  # the test cancels, then wakes it
        return "cancelled" if cancelled() else "went on"

    operation = ops.run_long(
        work,
        results.append,
        progress=lambda d, t: steps.append((d, t)),
        cleanup=lambda: cleaned.append(True),
    )
    qtbot.waitUntil(lambda: bool(steps))
    operation.cancel()
    wake.set()
    qtbot.waitUntil(lambda: ops.idle)
    assert results == ["cancelled"]
    assert steps == [(1, 3)]
    assert cleaned == [True]


def until_cancelled(started: threading.Event, seen: list[bool]):  # type: ignore[no-untyped-def]
    """Long work that checks ``cancelled()`` between its steps, as an import or a fetch does,
    and does not end before it is cancelled."""

    def work(progress, cancelled) -> str:  # type: ignore[no-untyped-def]
        started.set()
        give_up = time.monotonic() + STUCK
        while not cancelled() and time.monotonic() < give_up:
            time.sleep(0.005)
        seen.append(cancelled())
        return "ended"

    return work


def test_shutdown_cancels_long_work_and_says_whether_the_workers_ended(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    seen: list[bool] = []
    delivered: list[object] = []
    release = threading.Event()
    reading = threading.Event()

    def read() -> bool:  # a read that cannot be cancelled
        reading.set()
        return release.wait(STUCK)

    ops.run_long(until_cancelled(started, seen), delivered.append)
    ops.run(read, delivered.append)
    assert started.wait(STUCK) and reading.wait(STUCK)  # (work not yet begun would be skipped)

    assert ops.shutdown(timeout_ms=0) is False  # cancelled, but the read still runs
    assert ops.idle  # its result is no longer waited for
    release.set()
    assert ops.shutdown(timeout_ms=STUCK * 1000) is True  # called again: waits again
    assert seen == [True]  # the long work ended because it was cancelled
    QApplication.processEvents()  # the results, queued for the GUI thread, arrive ...
    assert delivered == []  # ... and are dropped
    ops.run(lambda: 1, delivered.append)  # nothing starts any more
    QApplication.processEvents()
    assert delivered == [] and ops.idle


def test_long_work_does_not_hold_up_lookups(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    """More long runs than the pool of short ones has threads: a lookup still answers at once,
    and a slow single call waits with the long work, not with the lookups."""
    release = threading.Event()
    done: list[str] = []

    def long(_progress, _cancelled) -> str:  # type: ignore[no-untyped-def]
        release.wait(STUCK)
        return "long"

    for _ in range(6):
        ops.run_long(long, done.append)
    slow_started = threading.Event()
    ops.run(lambda: slow_started.set() or "slow", done.append, slow=True)
    ops.run(lambda: "lookup", done.append, key="lookup")
    qtbot.waitUntil(lambda: done == ["lookup"])
    assert not slow_started.is_set()  # queued behind the long work
    release.set()
    qtbot.waitUntil(lambda: ops.idle)
    assert sorted(done) == ["long"] * 6 + ["lookup", "slow"]


def test_close_down_closes_the_database_only_when_no_worker_is_left(  # type: ignore[no-untyped-def]
    qtbot, ops, caplog
) -> None:
    class Database:
        closed = 0

        def close(self) -> None:
            self.closed += 1

    database = Database()
    writing, release = threading.Event(), threading.Event()

    def write() -> None:  # still under way when the window closed
        writing.set()
        release.wait(STUCK)

    ops.run(write)
    assert writing.wait(STUCK)
    with caplog.at_level(logging.WARNING, logger="buergeranfragen"):
        assert close_down(ops, database, timeout_ms=0) is False
    assert database.closed == 0
    assert "database left open" in caplog.text
    release.set()
    assert close_down(ops, database, timeout_ms=STUCK * 1000) is True
    assert database.closed == 1
