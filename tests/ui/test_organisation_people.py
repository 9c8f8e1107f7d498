"""Extras → "Abteilungen, Regeln und Personen", tab "Personen": the Administration renames a
person and deactivates and activates one after a question that says what it means; the last
active Administration is refused with the reason; a colleague's change in between is told
with who made it, and a reload keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog

from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.service import PeopleService
from tests.ui.conftest import settle
from tests.ui.test_organisation_dialog import cell, open_dialog


def people_of(window):  # type: ignore[no-untyped-def]
    return {p.os_user: p for p in window.context.people.all()}


def as_user(window, user: str) -> PeopleService:  # type: ignore[no-untyped-def]
    context = window.context
    return PeopleService(context.database.session_factory, context.clock, user)


def open_people(qtbot, window, user: str):  # type: ignore[no-untyped-def]
    """The dialog on the tab "Personen", ``user``'s row selected."""
    dialog = open_dialog(qtbot, window)
    tab = dialog.people
    dialog.tabs.setCurrentWidget(tab)
    row = next(i for i, p in enumerate(tab.records) if p.os_user == user)
    tab.table.selectRow(row)
    return dialog, tab, row


def test_the_administration_renames_a_person_by_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    as_user(window, "kollege").me()
    dialog, tab, row = open_people(qtbot, window, "kollege")
    assert tab.name_button.isEnabled() and tab.name_button.text() == "&Namen ändern …"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the mnemonic
    qtbot.waitUntil(lambda: dialog.findChild(QDialog, "personNameEditor") is not None)
    editor = dialog.findChild(QDialog, "personNameEditor")
    assert editor.isVisible()
    assert editor.name.text() == "kollege"
    editor.name.setText("  Karl   Kollege ")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert not editor.isVisible()
    assert people_of(window)["kollege"].display_name == "Karl Kollege"
    assert cell(tab.table, row, 0) == "Karl Kollege"
    assert tab.current() is not None and tab.current().os_user == "kollege"
    dialog.close()


def test_an_empty_name_is_refused_in_the_editor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    as_user(window, "kollege").me()
    dialog, tab, _row = open_people(qtbot, window, "kollege")
    editor = tab.rename()
    editor.name.setText("   ")
    editor.save()
    settle(qtbot, window)
    assert editor.isVisible() and "Bitte einen Namen angeben" in editor.error.text()
    assert people_of(window)["kollege"].display_name == "kollege"
    editor.reject()
    dialog.close()


def test_deactivate_and_activate_again_after_a_question(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    as_user(window, "kollege").me()
    dialog, tab, row = open_people(qtbot, window, "kollege")
    assert tab.toggle_button.text() == "&Deaktivieren …"

    prompts.confirm_answers = [False]  # "Abbrechen": nothing happens
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("confirm", "Person deaktivieren")
    assert "kollege (kollege) deaktivieren?" in text
    assert "kann weiter alles lesen, aber nichts mehr ändern" in text
    assert people_of(window)["kollege"].active

    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not people_of(window)["kollege"].active
    assert cell(tab.table, row, 0) == "kollege (inaktiv)"
    grey = tab.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert tab.table.item(row, 0).foreground().color() == grey
    assert tab.table.item(row, 1).foreground().color() == grey
    assert tab.current().os_user == "kollege"
    assert tab.toggle_button.text() == "A&ktivieren …"  # "A" is "Abteilung ändern"

    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    kind, title, text = prompts.messages[-1]
    assert title == "Person aktivieren" and "wieder aktivieren?" in text
    assert "Sachbearbeitung" in text
    assert people_of(window)["kollege"].active
    assert cell(tab.table, row, 0) == "kollege"
    assert tab.table.item(row, 0).foreground().color() != grey
    dialog.close()


def test_the_last_administration_is_refused_with_the_reason(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    me = window.context.settings.actor
    dialog, tab, _row = open_people(qtbot, window, me)
    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    warned = [text for kind, _title, text in prompts.messages if kind == "warn"]
    assert warned and f"{me} ist die letzte aktive Administration" in warned[-1]
    assert people_of(window)[me].active
    assert tab.name_button.isEnabled()  # still the Administration
    dialog.close()


def test_a_colleagues_change_is_told_and_a_reload_keeps_the_typed_name(  # type: ignore[no-untyped-def]
    qtbot, window, prompts
) -> None:
    as_user(window, "chefin").me()
    window.context.people.set_role("chefin", Role.ADMINISTRATION)
    dialog, tab, row = open_people(qtbot, window, "chefin")
    editor = tab.rename()
    editor.name.setText("Dr. Christa Chefin")
    as_user(window, "chefin").set_display_name("chefin", "Christa C.")  # meanwhile
    editor.save()
    settle(qtbot, window)
    assert editor.isVisible()
    assert "chefin wurde inzwischen von chefin geändert" in editor.error.text()
    assert editor.reload_button.isVisible()
    assert people_of(window)["chefin"].display_name == "Christa C."

    qtbot.mouseClick(editor.reload_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert editor.name.text() == "Dr. Christa Chefin"  # what was typed stays
    assert "„Christa C.“" in editor.stored.text() and not editor.error.isVisible()
    editor.save()
    settle(qtbot, window)
    assert not editor.isVisible()
    assert people_of(window)["chefin"].display_name == "Dr. Christa Chefin"
    assert cell(tab.table, row, 0) == "Dr. Christa Chefin"

    # the list is stale too: deactivating offers to reload, and changes nothing
    as_user(window, "chefin").set_role("chefin", Role.LEAD)
    prompts.confirm_answers = [True, True]  # deactivate; then "Neu laden"
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("confirm", "Person wurde inzwischen geändert")
    assert "chefin wurde inzwischen von chefin geändert" in text
    assert people_of(window)["chefin"].active
    assert cell(tab.table, row, 2) == "Leitung"  # reloaded
    dialog.close()


def test_deactivating_oneself_makes_the_dialog_read_only(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    as_user(window, "chefin").me()
    window.context.people.set_role("chefin", Role.ADMINISTRATION)
    me = window.context.settings.actor
    dialog, tab, row = open_people(qtbot, window, me)
    prompts.confirm_answers = [True]
    qtbot.mouseClick(tab.toggle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not people_of(window)[me].active
    assert cell(tab.table, row, 0).endswith("(inaktiv)")
    assert dialog.notice.isVisibleTo(dialog)
    assert f"{me} ist als inaktiv eingetragen" in dialog.notice.text()
    assert not tab.name_button.isEnabled() and not tab.toggle_button.isEnabled()
    assert not dialog.rules.new_button.isEnabled()
    assert dialog.rules.edit_button.text() == "An&sehen …"
    dialog.close()
