"""The start's background jobs each end with a line in the status bar; one does not hide the
other: a daily backup that failed stays visible beside what the retention run did."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import build_context
from buergeranfragen.ui.shell.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts
from tests.ui.test_retention_window import T0, _closed_call


def test_a_failed_daily_backup_is_not_hidden_by_the_retention_run(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    blocker = tmp_path / "kein-ordner"
    blocker.write_text("a file where the backup folder should be")
    settings = dataclasses.replace(
        Settings.from_environment(f"sqlite:///{tmp_path / 's.sqlite'}"), backup_dir=blocker
    )
    clock = FixedClock(T0)
    context = build_context(settings, clock)
    try:
        _closed_call(context, clock, "Alt")
        clock.now = T0 + timedelta(days=400)
        window = MainWindow(context, prompts)
        qtbot.addWidget(window)
        window.show()
        window.backups.start_daily()
        qtbot.waitUntil(lambda: window.ops.idle, timeout=10000)
        shown = window.statusBar().currentMessage()
        assert "Tägliche Sicherung nicht erstellt" in shown, shown
        assert "1 Anfrage anonymisiert" in shown, shown
        window.close()
        assert window.ops.shutdown(10000)
    finally:
        context.close()
