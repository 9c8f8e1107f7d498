"""Extras → "Abteilungen, Regeln und Personen": the Administration creates a rule, tries it
on the inquiries of the last weeks, saves and moves it, and routing follows at once; someone
else sees the lists read-only and is told why a change is refused."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.ui.organisation.dialog import OrganisationDialog
from buergeranfragen.ui.organisation.rule_editor import RuleEditor
from tests.ui.conftest import settle


def open_dialog(qtbot, window) -> OrganisationDialog:  # type: ignore[no-untyped-def]
    dialog = window.edit_organisation()
    settle(qtbot, window)
    return dialog


def cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return table.item(row, column).text()


def test_a_rule_is_created_tried_saved_and_moved(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    inquiries, clock = window.context.inquiries, window.context.clock
    kita = inquiries.log_call(CallDraft(subject="Kitaplatz gesucht"))
    inquiries.log_call(CallDraft(subject="Kita-Gebühren", received_at=clock() - timedelta(days=9)))
    inquiries.log_call(CallDraft(subject="Autobahnbaustelle"))
    assert kita.routing.department_code == "MKJFGFI"

    dialog = open_dialog(qtbot, window)
    assert dialog.notice.isHidden()
    tab = dialog.rules
    dialog.tabs.setCurrentWidget(tab)
    count = tab.table.rowCount()
    assert count == 13 and cell(tab.table, 0, 1) == "Presseanfragen an die Pressestelle"
    assert tab.new_button.isEnabled()

    editor = tab.new()
    assert isinstance(editor, RuleEditor)
    editor.name.setText("Kita an die Schule")
    editor.words.setPlainText("Kita\n")
    editor.department.setCurrentIndex(editor.department.findData("MSB"))
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    summary = editor.trial_summary.text()
    assert "hätte diese 2 von 3 Anfragen der letzten 4 Wochen an MSB" in summary
    assert "Nach den jetzigen Regeln gehen 2 davon anderswohin" in summary
    # the trial checks the rule on its own, though it is saved at the end of the list
    assert editor.trial_note.isVisible() and "vor allen anderen" in editor.trial_note.text()
    assert "ans Ende der Liste" in editor.trial_note.text()
    lines = [editor.trial_list.item(i).text() for i in range(editor.trial_list.count())]
    assert lines[0] == (f"{kita.reference}  Kita (Betreff)  (nach den jetzigen Regeln: MKJFGFI)")
    assert len(lines) == 2

    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert not editor.isVisible()  # Ctrl+Enter saved it
    assert tab.table.rowCount() == count + 1
    assert cell(tab.table, count, 1) == "Kita an die Schule"
    assert tab.current() is not None and tab.current().name == "Kita an die Schule"
    assert tab.up_button.isEnabled() and not tab.down_button.isEnabled()
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert cell(tab.table, count - 1, 1) == "Kita an die Schule"
    assert tab.current().position == count  # still selected after the move
    assert [r.name for r in window.context.rules.all()][count - 1] == "Kita an die Schule"

    # the family rule deactivated here counts for the very next call (no wait for the stamp)
    assert inquiries.log_call(CallDraft(subject="Kita")).routing.department_code == "MKJFGFI"
    family = next(r for r in tab.records if r.department_code == "MKJFGFI")
    tab.select(family.id)
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert tab.current().active is False and tab.toggle_button.text() == "&Aktivieren"
    routed = inquiries.log_call(CallDraft(subject="Noch ein Kitaplatz"))
    assert routed.routing.department_code == "MSB"
    assert routed.routing.rule_name == "Kita an die Schule"
    dialog.close()


def test_a_rule_without_condition_is_refused_at_the_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    editor = dialog.rules.new()
    editor.name.setText("Alles")
    editor.save()
    settle(qtbot, window)
    assert editor.isVisible()
    assert "mindestens eine Bedingung" in editor.error.text()
    assert len(window.context.rules.all()) == 13
    editor.reject()
    dialog.close()


def test_someone_else_sees_the_lists_and_is_told_why(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    me = context.settings.actor
    PeopleService(context.database.session_factory, context.clock, "chefin").me()
    context.people.set_role("chefin", Role.ADMINISTRATION)

    dialog = open_dialog(qtbot, window)  # still Administration when it opened
    departments = dialog.departments
    assert departments.toggle_button.isEnabled()
    PeopleService(context.database.session_factory, context.clock, "chefin").set_role(
        me, Role.CLERK
    )
    qtbot.mouseClick(departments.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    warned = [text for kind, _title, text in prompts.messages if kind == "warn"]
    assert warned and "Abteilungen darf nur die Administration" in warned[-1]
    assert all(d.active for d in context.departments.all())  # nothing changed
    dialog.close()

    dialog = open_dialog(qtbot, window)
    assert dialog.notice.isVisibleTo(dialog)
    assert "Nur die Administration kann" in dialog.notice.text()
    assert "Sachbearbeitung" in dialog.notice.text()
    assert dialog.rules.table.rowCount() == 13 and dialog.people.table.rowCount() == 2
    for button in (
        dialog.departments.new_button,
        dialog.departments.toggle_button,
        dialog.rules.new_button,
        dialog.rules.up_button,
        dialog.rules.delete_button,
        dialog.people.role_button,
        dialog.people.name_button,
        dialog.people.toggle_button,
    ):
        assert not button.isEnabled()
    assert dialog.rules.edit_button.text() == "An&sehen …"  # opens read-only
    dialog.close()
    QApplication.processEvents()


def test_ctrl_s_saves_a_department(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    editor = dialog.departments.new()
    editor.code.setText("TEST")
    editor.name.setText("Testabteilung")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert not editor.isVisible()
    assert "TEST" in [d.code for d in window.context.departments.all()]
    dialog.close()
