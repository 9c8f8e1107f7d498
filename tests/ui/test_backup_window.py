"""Datei → Sicherung erstellen / wiederherstellen, and the daily backup on the window's start."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buergeranfragen.clock import system_clock
from buergeranfragen.config import Settings
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.db.backup import backup_database
from buergeranfragen.ui.app import close_down, run_window
from buergeranfragen.ui.backup.commands import restore_after_close
from buergeranfragen.ui.shell.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts, settle


def _contacts(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()


def _add(context: AppContext, name: str) -> None:
    context.contacts.create(ContactDraft(kind=ContactKind.CITIZEN, last_name=name))


def test_the_daily_backup_runs_on_a_worker_and_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot, window)
    window.backups.start_daily()  # what ui/app.run_window does after showing the window
    assert window.statusBar().currentMessage() == ""  # not waited for
    database = Path(window.context.database.url.split("///", 1)[1])
    daily = database.parent / "backups" / "buergeranfragen-2026-11-25.sqlite"
    qtbot.waitUntil(daily.exists, timeout=10000)
    assert stat.S_IMODE(daily.stat().st_mode) == 0o600
    qtbot.waitUntil(lambda: "Tägliche Sicherung erstellt" in window.statusBar().currentMessage())
    settle(qtbot, window)
    window.backups.start_daily()  # a second start the same day: nothing new, nothing said
    settle(qtbot, window)
    assert sorted(p.name for p in daily.parent.iterdir()) == [daily.name]
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    assert "&Sicherung erstellen …" in menu_texts
    assert "Sicherung &wiederherstellen …" in menu_texts
    assert menu_texts.index("Sicherung &wiederherstellen …") < menu_texts.index("&Beenden")


def test_creating_a_backup_from_the_menu(
    qtbot, window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _add(window.context, "Gesichert")
    prompts.save_target = tmp_path / "hand.sqlite"
    window.backups.create_action.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "info" for m in prompts.messages), timeout=10000)
    assert _contacts(tmp_path / "hand.sqlite") == 1
    assert stat.S_IMODE((tmp_path / "hand.sqlite").stat().st_mode) == 0o600
    assert ("info", "Sicherung erstellt") == prompts.messages[-1][:2]


def test_restoring_asks_naming_date_and_counts_then_closes_the_window(
    qtbot, window: MainWindow, prompts: ScriptedPrompts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    _add(context, "Alt")
    copy = backup_database(context.database.url, tmp_path / "copy.sqlite")
    _add(context, "Neu")
    prompts.files = [copy]
    prompts.confirm_answers = [False, True]
    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "confirm" for m in prompts.messages), timeout=10000)
    question = [m for m in prompts.messages if m[0] == "confirm"][0][2]
    assert "copy.sqlite" in question and "0 Anfragen und 1 Kontakte" in question
    assert window.isVisible() and window.backups.restore_request is None  # "Abbrechen"
    window.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert window.backups.restore_request == copy
    database = Path(context.database.url.split("///", 1)[1])
    refused, text = restore_after_close(context.database.url, copy, context.clock)
    assert not refused and "noch geöffnet" in text  # the database is still open here
    assert _contacts(database) == 2
    assert close_down(window.ops, context)
    restored, text = restore_after_close(context.database.url, copy, context.clock)
    assert restored and "1 Kontakte" in text and "vor-wiederherstellung" in text
    assert _contacts(database) == 1


def test_run_window_restores_after_closing_and_opens_again(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings.from_environment()
    context = build_context(settings, system_clock)
    _add(context, "Alt")
    copy = backup_database(settings.database_url, tmp_path / "copy.sqlite")
    _add(context, "Neu")
    context.close()
    seen: list[str] = []
    windows: list[MainWindow] = []

    def step() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        for box in boxes:
            if box.isVisible():
                seen.append(box.text())
                box.accept()
                return
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for win in shown:
            if win.isVisible() and win.ops.idle and win not in windows:
                windows.append(win)
                if len(windows) == 1:
                    win.backups.restore_request = copy
                win.close()
                return

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(100)
    try:
        assert run_window(settings) == 0
    finally:
        timer.stop()
    assert len(windows) == 2  # closed for the restore, then opened again
    assert len(seen) == 1 and "ist wiederhergestellt" in seen[0]
    daily = settings.data_dir / "backups"  # the daily backup of the first start
    assert [p.name.startswith("buergeranfragen-") for p in daily.iterdir()] == [True]
    assert _contacts(settings.data_dir / "buergeranfragen.sqlite") == 1
