"""Extras → "Abteilungen, Regeln und Personen" for someone who is not the Administration: a
rule opens read-only ("Ansehen") with every word and condition the list cuts, no field takes
input, nothing can be saved, a line says why; "Ausprobieren" works (it changes nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.organisation.records import Role
from buergeranfragen.ui.organisation.rule_editor import RuleEditor
from tests.support import act_as
from tests.ui.conftest import settle
from tests.ui.test_organisation_dialog import open_dialog


@pytest.fixture
def app_context(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    """The window of "kollege" (Sachbearbeitung); "chefin" opened the database first and is
    its Administration."""
    url = f"sqlite:///{tmp_path / 'ui.sqlite'}"
    act_as(monkeypatch, "chefin")
    build_context(Settings.from_environment(url), clock).close()
    act_as(monkeypatch, "kollege")
    context = build_context(Settings.from_environment(url), clock)
    yield context
    context.close()


def test_a_clerk_reads_a_whole_rule_and_tries_it_but_cannot_save(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    assert context.people.me().role is Role.CLERK
    context.inquiries.log_call(CallDraft(subject="Frage zum Kitaplatz"))
    rule = next(r for r in context.rules.all() if len(r.conditions.words) > 5)
    rules_before = context.rules.all()

    dialog = open_dialog(qtbot, window)
    tab = dialog.rules
    dialog.tabs.setCurrentWidget(tab)
    tab.select(rule.id)
    assert not tab.new_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.edit_button.isEnabled() and tab.edit_button.text() == "An&sehen …"

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(tab.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the mnemonic
    qtbot.waitUntil(lambda: tab.findChild(RuleEditor) is not None)
    editor = tab.findChild(RuleEditor)
    assert editor.isVisible() and editor.windowTitle() == "Verteilregel ansehen"
    assert editor.words.toPlainText().splitlines() == list(rule.conditions.words)
    assert editor.name.text() == rule.name
    assert editor.department.currentData() == rule.department_code
    assert editor.read_only_line.isVisibleTo(editor)
    line = editor.read_only_line.text()
    assert line.startswith("Nur zum Lesen: Verteilregeln darf nur die Administration ändern")
    assert "kollege" in line and "Sachbearbeitung" in line and "Ausprobieren" in line
    assert editor.name.isReadOnly() and editor.words.isReadOnly()
    assert editor.except_words.isReadOnly() and editor.domains.isReadOnly()
    assert editor.tags.isReadOnly()
    assert not editor.department.isEnabled() and not editor.person.isEnabled()
    assert not editor.priority.isEnabled()
    assert not any(box.isEnabled() for box in editor.kinds.values())
    assert not any(box.isEnabled() for box in editor.channels.values())
    assert editor.done_buttons.button(QDialogButtonBox.StandardButton.Save) is None

    # no save, not even by keyboard
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.words, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.words, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert editor.isVisible()
    assert context.rules.all() == rules_before

    assert editor.try_button.isEnabled()
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "hätte diese" in editor.trial_summary.text()
    assert not editor.error.isVisible()
    assert context.rules.all() == rules_before
    editor.reject()
    dialog.close()
