"""The weekly report in the window: created on the first start of a new week (said in the
status bar), not again on the next start; Extras → Wochenbericht edits its settings for the
Administration and shows them read-only, with the reason, to everyone else."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.reports.settings import ReportSettings, ReportSettingsService
from buergeranfragen.ui.reports.settings_dialog import WeeklyReportDialog
from buergeranfragen.ui.reports.tools import ReportTools
from buergeranfragen.ui.shell.main_window import MainWindow
from tests.report_sample import STAND_IN_WRITERS, small_sample_report
from tests.ui.conftest import ScriptedPrompts

MONDAY = datetime(2026, 11, 30, 7, 15, tzinfo=UTC)

STAND_IN = ReportTools(
    build=small_sample_report,
    writers=STAND_IN_WRITERS,
    day_chart=lambda painter, rect, report: None,
    department_chart=lambda painter, rect, report: None,
    trend_chart=lambda painter, rect, report: None,
)


def start_window(qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts) -> MainWindow:
    window = MainWindow(context, prompts)
    qtbot.addWidget(window)
    window.show()
    return window


def test_created_on_the_first_start_of_a_week_and_said_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buergeranfragen.ui.shell import main_window

    monkeypatch.setattr(main_window, "report_tools", lambda context: STAND_IN)
    clock = FixedClock(MONDAY)
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    context = build_context(Settings.from_environment(url), clock)
    try:
        folder = tmp_path / "berichte"
        ReportSettingsService(context.database.session_factory, clock, context.settings.actor).save(
            ReportSettings(True, str(folder), ("csv", "pdf"))
        )
        window = start_window(qtbot, context, prompts)
        assert window.weekly_report is not None
        with qtbot.waitSignal(window.weekly_report.finished, timeout=10000) as done:
            pass
        assert done.args[0] is not None
        assert sorted(p.name for p in folder.iterdir()) == [
            "Wochenbericht-2026-W48.csv", "Wochenbericht-2026-W48.pdf"
        ]  # fmt: skip
        assert "Wochenbericht KW 48/2026 erstellt in" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: window.ops.idle)
        window.close()
        assert window.ops.shutdown(10000)
        again = start_window(qtbot, context, prompts)  # the next start that week
        assert again.weekly_report is not None
        with qtbot.waitSignal(again.weekly_report.finished, timeout=10000) as second:
            pass
        assert second.args == [None]
        qtbot.waitUntil(lambda: again.ops.idle)
        again.close()
        assert again.ops.shutdown(10000)
    finally:
        context.close()


def test_settings_dialog_for_the_administration_and_read_only_for_others(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.edit_weekly_report()
    qtbot.waitUntil(lambda: bool(window.findChildren(WeeklyReportDialog)))
    dialog = window.findChildren(WeeklyReportDialog)[-1]
    qtbot.waitUntil(lambda: window.ops.idle)
    assert dialog.editable  # the first person of a database is its Administration
    dialog.enabled.setChecked(True)
    dialog.folder.setText(str(tmp_path))
    dialog.formats["csv"].setChecked(False)
    dialog.recipients.setPlainText("leitung@nrw.de\nkein-at")
    dialog.save()
    qtbot.waitUntil(lambda: window.ops.idle)
    assert dialog.isVisible() and not dialog.error.isHidden()  # the wrong address is said
    dialog.recipients.setPlainText("leitung@nrw.de")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    context = window.context
    stored = ReportSettingsService(context.database.session_factory, context.clock, "x").current()
    assert stored == ReportSettings(True, str(tmp_path), ("xlsx", "pdf"), ("leitung@nrw.de",))
    # someone else: sees it, cannot change it, is told why
    from buergeranfragen.messages import msg

    readonly = WeeklyReportDialog(
        ReportSettingsService(context.database.session_factory, context.clock, "anna"),
        msg("Die Einstellungen des Wochenberichts darf nur die Administration ändern; "
            "{user} hat diese Rolle nicht.", user="anna"),
        window.ops,
        window,
    )  # fmt: skip
    qtbot.addWidget(readonly)
    qtbot.waitUntil(lambda: window.ops.idle)
    assert readonly.folder.text() == str(tmp_path) and readonly.folder.isReadOnly()
    assert not readonly.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "nur die Administration" in readonly.why.text()
