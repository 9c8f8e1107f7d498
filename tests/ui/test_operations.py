"""The one helper through which the window calls the core: results and errors come back on the
GUI thread, errors are shown in one place, changes are announced, stale lookups are dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.messages import msg
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


@pytest.fixture
def ops(qtbot, prompts: ScriptedPrompts):  # type: ignore[no-untyped-def]
    bugs: list[BaseException] = []
    operations = Operations(prompts, report_bug=bugs.append)
    operations.bugs = bugs  # type: ignore[attr-defined]
    yield operations
    qtbot.waitUntil(lambda: operations.idle)
    operations.shutdown()


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


def test_a_known_error_is_shown_translated_in_one_place(qtbot, ops, prompts) -> None:  # type: ignore[no-untyped-def]
    def fails() -> None:
        raise KnownError(msg("Die Datei {name} fehlt.", name="a.vcf"))

    statuses: list[str] = []
    ops.status.connect(statuses.append)
    announced: list[Changes] = []
    ops.changed.connect(announced.append)
    ops.run(fails, title="Import", changes=CONTACTS)
    ops.run(fails, show=Show.STATUS)
    ops.run(fails, show=Show.NOWHERE)
    qtbot.waitUntil(lambda: ops.idle)
    assert prompts.messages == [("warn", "Import", "Die Datei a.vcf fehlt.")]
    assert statuses == ["Die Datei a.vcf fehlt."]
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
    started = threading.Event()
    results: list[int] = []
    cleaned: list[bool] = []

    def work(progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        done = 0
        started.set()
        while not cancelled() and done < 1000:
            done += 1
            progress(done, 1000)
            threading.Event().wait(0.001)
        return done

    operation = ops.run_long(
        work,
        results.append,
        progress=lambda d, t: steps.append((d, t)),
        cleanup=lambda: cleaned.append(True),
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(steps))
    operation.cancel()
    qtbot.waitUntil(lambda: ops.idle)
    assert results and results[0] < 1000  # stopped early
    assert steps[0] == (1, 1000) and all(t == 1000 for _, t in steps)
    assert cleaned == [True]
