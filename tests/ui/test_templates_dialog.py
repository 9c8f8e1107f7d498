"""Extras → Textbausteine: edit a template with a placeholder from the menu and a live
preview; a wrong placeholder and a colleague's change in between keep what was typed; a
clerk sees the templates read-only and why. The departments tab edits a signature."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buergeranfragen.answering.records import TemplateChanges
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.ui.templates.dialog import TemplatesDialog
from tests.ui.conftest import settle


def open_dialog(qtbot, window) -> TemplatesDialog:  # type: ignore[no-untyped-def]
    dialog = window.edit_templates()
    settle(qtbot, window)
    return dialog


def select(dialog: TemplatesDialog, name: str) -> None:
    dialog.list.setCurrentRow([r.name for r in dialog.records].index(name))


def test_edit_with_placeholder_preview_refusal_and_stale_version(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    assert dialog.notice.isHidden() and dialog.save_button.isEnabled()
    names = [r.name for r in dialog.records]
    assert "Antwort" in names and "Weiterleitung an die Abteilung" in names
    select(dialog, "Rückfrage")
    assert dialog.name.text() == "Rückfrage"
    assert "Sehr geehrte Frau Dr. Celik," in dialog.preview.toPlainText()

    dialog.body.setFocus()
    qtbot.keyClicks(dialog.body, "PS: ")
    dialog.insert("aktenzeichen")
    assert "PS: {aktenzeichen}" in dialog.body.toPlainText()
    assert "PS: BA-2026-00123" in dialog.preview.toPlainText()
    qtbot.keyClicks(dialog.body, " {aktenzeichn}")
    assert "{aktenzeichn}" in dialog.error.text()  # told while typing
    dialog.save()
    settle(qtbot, window)
    assert "{aktenzeichn}" in dialog.error.text()
    assert "{aktenzeichn}" in dialog.body.toPlainText()  # nothing typed lost
    assert "PS:" not in window.context.templates.get("Rückfrage").body

    for _ in range(len(" {aktenzeichn}")):
        qtbot.keyClick(dialog.body, Qt.Key.Key_Backspace)
    # a colleague changes the template in between
    window.context.templates.edit("Rückfrage", TemplateChanges(subject="Von nebenan"))
    qtbot.keyClick(dialog.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "inzwischen" in dialog.error.text() and dialog.reload_button.isVisibleTo(dialog)
    assert dialog.body.toPlainText().startswith("PS: {aktenzeichen}{anrede}")  # kept
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.subject.text() == "Von nebenan" and "PS:" not in dialog.body.toPlainText()

    dialog.subject.setFocus()
    dialog.subject.setCursorPosition(0)
    dialog.insert("betreff")
    assert dialog.subject.text() == "{betreff}Von nebenan"
    dialog.save()
    settle(qtbot, window)
    assert window.context.templates.get("Rückfrage").subject == "{betreff}Von nebenan"
    assert not dialog.dirty and dialog.error.text() == ""
    dialog.close()


def test_a_clerk_reads_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    me = context.settings.actor
    PeopleService(context.database.session_factory, context.clock, "chefin").me()
    context.people.set_role("chefin", Role.ADMINISTRATION)
    PeopleService(context.database.session_factory, context.clock, "chefin").set_role(
        me, Role.CLERK
    )
    dialog = open_dialog(qtbot, window)
    assert dialog.notice.isVisibleTo(dialog) and "Pressestelle" in dialog.notice.text()
    assert dialog.body.isReadOnly() and not dialog.save_button.isEnabled()
    assert not dialog.new_button.isEnabled() and not dialog.insert_button.isEnabled()
    assert dialog.list.count() == len(TemplateService.list(context.templates, None, True))
    dialog.close()
    QApplication.processEvents()


def test_departments_tab_edits_signature_and_sender(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.edit_organisation()
    settle(qtbot, window)
    tab = dialog.departments
    tab.table.setCurrentCell([d.code for d in tab.records].index("IM"), 0)
    editor = tab.edit()
    assert editor is not None
    editor.signature.setPlainText("{bearbeiter}\nReferat 12")
    editor.sender_email.setText("kein-adresse")
    editor.save()
    settle(qtbot, window)
    assert editor.isVisible() and "kein-adresse" in editor.error.text()
    editor.sender_email.setText("antwort@im.nrw.de")
    editor.save()
    settle(qtbot, window)
    assert not editor.isVisible()
    im = window.context.departments.get("IM")
    assert (im.signature, im.sender_email) == ("{bearbeiter}\nReferat 12", "antwort@im.nrw.de")
    dialog.close()
