"""Hostile cases for the live changes (SQLite file shared by processes): the feed's thread ends
with the window, and a flood of commits elsewhere does not make the window reload on each."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.db.change_feed import SqliteFeed
from buergeranfragen.inquiries.records import CallDraft
from tests.ui.conftest import ScriptedPrompts, settle


@pytest.fixture
def desk(tmp_path, clock: FixedClock) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = build_context(
        Settings.from_environment(f"sqlite:///{tmp_path / 'amt.sqlite'}"), clock
    )
    yield context
    context.close()


def _feeds() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("change-feed")]


def _window(qtbot, desk: AppContext, prompts: ScriptedPrompts):  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.shell.main_window import MainWindow

    win = MainWindow(desk, prompts)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    feed = win.live.feed
    assert isinstance(feed, SqliteFeed)
    qtbot.waitUntil(lambda: feed.polls > 0, timeout=3000)
    return win


def test_closing_the_window_ends_the_feeds_thread_at_once(
    qtbot, desk: AppContext, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    before = set(_feeds())
    win = _window(qtbot, desk, prompts)
    assert set(_feeds()) - before
    started = time.monotonic()
    win.close()
    assert time.monotonic() - started < 1.5
    qtbot.waitUntil(lambda: not (set(_feeds()) - before), timeout=1000)
    assert win.ops.shutdown(10000)


def test_a_flood_of_commits_elsewhere_is_announced_a_few_times_a_second(
    qtbot, desk: AppContext, prompts: ScriptedPrompts, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, desk, prompts)
    settings = dataclasses.replace(Settings.from_environment(desk.database.url), actor="mkoch")
    colleague = build_context(settings, clock)
    try:
        stop = threading.Event()
        logged = [0]

        def flood() -> None:
            while not stop.is_set():
                colleague.inquiries.log_call(CallDraft(subject=f"Anruf {logged[0]}"))
                logged[0] += 1

        writer = threading.Thread(target=flood)
        announced = win.live.announced
        started = time.monotonic()
        writer.start()
        qtbot.wait(2500)
        stop.set()
        writer.join()
        elapsed = time.monotonic() - started
        settle(qtbot, win)
        count = win.live.announced - announced
        print(f"{logged[0]} commits in {elapsed:.1f} s, {count} announcements")
        assert logged[0] > 20
        assert 1 <= count <= elapsed / 0.3 + 2
    finally:
        win.close()
        assert win.ops.shutdown(10000)
        colleague.close()
