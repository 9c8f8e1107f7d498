"""UI tests: a real MainWindow on a fresh database, with every question answered by script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.ui.common.debounce import DEBOUNCE
from buergeranfragen.ui.common.garbage import MainThreadCollector
from buergeranfragen.ui.common.prompts import Discard, Prompts


class ScriptedPrompts(Prompts):
    """Answers the window's questions from queues and records every message it shows."""

    def __init__(self) -> None:
        super().__init__(None)
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.discard_answers: list[Discard] = []
        self.files: list[Path] = []
        self.save_target: Path | None = None
        self.choice: int | None = 0
        self.text_answers: list[str | None] = []

    def info(self, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.messages.append(("warn", title, text))

    def crash(self, text: str, log_file: Path | None) -> None:
        self.messages.append(("crash", text, str(log_file)))

    def confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.confirm_answers.pop(0)

    def unsaved_changes(self, what: str) -> Discard:
        self.messages.append(("unsaved", what, ""))
        # unscripted (e.g. the window closing after a failed test): discard, never raise in Qt
        return self.discard_answers.pop(0) if self.discard_answers else Discard.DISCARD

    def open_files(self, title: str, filter_text: str) -> list[Path]:
        return list(self.files)

    def save_file(self, title: str, suggestion: str, filter_text: str) -> Path | None:
        return self.save_target

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.messages.append(("ask_text", title, text))
        return self.text_answers.pop(0) if self.text_answers else None

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        self.messages.append(("choose", title, text))
        return self.choice


@pytest.fixture(autouse=True, scope="session")
def _qsettings_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window geometry and other QSettings never touch the user's real configuration."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def app_context(tmp_path: Path, clock: FixedClock) -> Iterator[AppContext]:
    settings = Settings.from_environment(f"sqlite:///{tmp_path / 'ui.sqlite'}")
    context = build_context(settings, clock)
    yield context
    context.close()


class Bracketing(QTranslator):
    """Translates every text to itself in brackets: a German text on screen without brackets
    came around the translation."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture(autouse=True)
def collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the program (``ui/app.run_window``): Python's cycle collector runs on the GUI
    thread only, so no worker thread ever frees a Qt object (that crashed a test now and then)."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def bracketed(qapp: QApplication) -> Iterator[None]:
    translator = Bracketing()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def bracketed_text(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


def debouncing(window) -> bool:  # type: ignore[no-untyped-def]
    """A section waits for the typing to pause before it asks the core: while one of those
    timers runs, what was typed has not been asked for yet."""
    return any(timer.isActive() for timer in window.findChildren(QTimer, DEBOUNCE))


def settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Wait until what was typed has been asked for (no debounce timer pending) and every call
    the window made to the core has come back and been handled."""
    qtbot.waitUntil(lambda: window.ops.idle and not debouncing(window), timeout=10000)


@pytest.fixture
def window(qtbot, app_context: AppContext, prompts: ScriptedPrompts, monkeypatch):  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.contacts import section as contacts_section
    from buergeranfragen.ui.inquiries import section as inquiries_section
    from buergeranfragen.ui.shell.main_window import MainWindow

    # the pauses the sections wait for after typing, shortened: settle() waits for them
    for module, name in (
        (contacts_section, "FILTER_DELAY_MS"),
        (contacts_section, "HINT_DELAY_MS"),
        (inquiries_section, "SEARCH_DELAY_MS"),
    ):
        monkeypatch.setattr(module, name, 20)
    win = MainWindow(app_context, prompts)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    # a test that ended on a key with Shift or Ctrl leaves them "held" for Qt (a popup took
    # the release): selecting a row in code would then extend or toggle the selection
    QTest.keyRelease(win, Qt.Key.Key_Shift)
    settle(qtbot, win)  # the first pages of the lists
    yield win
    # No worker may still run when the database is closed. pytest-qt has closed the window
    # (which cancelled what ran) and perhaps deleted it already, which waited for its thread
    # pools; otherwise wait here, without running the event loop that would delete it.
    if shiboken6.isValid(win):
        assert win.ops.shutdown(10000)
