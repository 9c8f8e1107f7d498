"""Retention in the window: the daily run on the window's start (said in the status bar, not
again the same day), Extras → Aufbewahrungsfristen with the next run's counts (the
Administration saves, others read), and an anonymised inquiry shown without a crash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.messages import msg
from buergeranfragen.privacy.retention import RetentionService
from buergeranfragen.privacy.retention_rules import RetentionRules
from buergeranfragen.ui.inquiries.detail import InquiryDetail
from buergeranfragen.ui.organisation.retention import RetentionDialog
from buergeranfragen.ui.shell.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompts

T0 = datetime(2025, 1, 10, 9, tzinfo=UTC)


def _closed_call(context: AppContext, clock: FixedClock, subject: str) -> int:
    clock.now = T0
    record = context.inquiries.log_call(
        CallDraft(number="+49 221 555", subject=subject, received_at=T0)
    )
    context.handling.change_status(record.id, InquiryStatus.ANSWERED_ON_PHONE)
    return record.id


def _start(qtbot: QtBot, context: AppContext, prompts: ScriptedPrompts) -> MainWindow:
    window = MainWindow(context, prompts)
    qtbot.addWidget(window)
    window.show()
    return window


def _close(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.ops.idle)
    window.close()
    assert window.ops.shutdown(10000)


def test_run_on_start_once_a_day_and_the_detail_of_an_anonymised_inquiry(
    qtbot: QtBot, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    clock = FixedClock(T0)
    context = build_context(Settings.from_environment(f"sqlite:///{tmp_path / 'r.sqlite'}"), clock)
    try:
        inquiry = _closed_call(context, clock, "Geheimer Betreff")
        clock.now = T0 + timedelta(days=400)
        window = _start(qtbot, context, prompts)
        with qtbot.waitSignal(window.retention_run.finished, timeout=10000) as done:
            pass
        assert done.args[0] is not None and done.args[0].inquiries == 1
        assert "1 Anfrage anonymisiert" in window.statusBar().currentMessage()
        _close(qtbot, window)
        again = _start(qtbot, context, prompts)  # the same day: not again
        with qtbot.waitSignal(again.retention_run.finished, timeout=10000) as second:
            pass
        assert second.args == [None]
        _close(qtbot, again)
        detail = InquiryDetail(context.inquiries, again.ops, prompts, clock=clock)
        qtbot.addWidget(detail)
        record = context.inquiries.get(inquiry)
        assert record.anonymised_at is not None and record.subject == ""
        detail.show_record(record)
        assert "(anonymisiert)" in detail.heading.text()
        assert detail.fields["contact"].text() == "anonymisiert"
    finally:
        context.close()


def test_dialog_shows_the_next_run_and_saves_for_the_administration(
    qtbot: QtBot, window: MainWindow
) -> None:
    context = window.context
    clock = context.clock
    assert isinstance(clock, FixedClock)
    qtbot.waitUntil(lambda: window.ops.idle)
    _closed_call(context, clock, "Sache")
    clock.now = T0 + timedelta(days=400)
    window.edit_retention()
    qtbot.waitUntil(lambda: bool(window.findChildren(RetentionDialog)))
    dialog = window.findChildren(RetentionDialog)[-1]
    qtbot.waitUntil(lambda: window.ops.idle)
    assert dialog.editable and dialog.citizen.value() == 12 and dialog.press.value() == 24
    assert dialog.preview.text() == (
        "Beim nächsten Lauf: 1 Anfrage anonymisieren, 0 Kontakte löschen, "
        "0 nicht übernommene Mails löschen."
    )
    dialog.press.setValue(36)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    service = RetentionService(context.database.session_factory, clock, "x")
    assert service.rules() == RetentionRules(12, 36, 24)
    readonly = RetentionDialog(
        RetentionService(context.database.session_factory, clock, "anna"),
        msg("Die Aufbewahrungsfristen darf nur die Administration ändern; {user} hat diese "
            "Rolle nicht.", user="anna"),
        window.ops,
        window,
    )  # fmt: skip
    qtbot.addWidget(readonly)
    qtbot.waitUntil(lambda: window.ops.idle)
    assert readonly.press.value() == 36 and readonly.press.isReadOnly()
    assert not readonly.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "nur die Administration" in readonly.why.text()
