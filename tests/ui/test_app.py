"""The window's entry point as `make run` uses it: default SQLite in the data folder."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from buergeranfragen.config import Settings
from buergeranfragen.db.migrate import head_revision
from buergeranfragen.ui.app import run_window


def test_first_start_creates_and_migrates_the_default_database(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings.from_environment()  # the autouse fixture points the data folder here
    assert settings.data_dir == tmp_path / "data"
    shown: list[str] = []

    def look_and_close() -> None:
        shown.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        QApplication.closeAllWindows()

    QTimer.singleShot(200, look_and_close)
    assert run_window(settings) == 0
    assert "Bürgeranfragen" in shown
    database = tmp_path / "data" / "buergeranfragen.sqlite"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    assert (tmp_path / "data" / "logs" / "buergeranfragen.log").exists()
