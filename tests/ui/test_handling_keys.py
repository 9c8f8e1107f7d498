"""The handling dialogs by keyboard (walkthrough of issue 10): the focus starts in the first
field, Enter saves or does nothing but never cancels, Esc asks before throwing away what was
typed, a field's message goes when the field is corrected and a refusal puts the focus on the
first field in error."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.ui.inquiries.handling_dialogs import (
    AssignDialog,
    NoteDialog,
    RouteDialog,
    StatusDialog,
)
from tests.ui.test_detail_handling import call, choose, closed, opened, show


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_every_dialog_opens_with_the_focus_in_its_first_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, window, call(window))
    actions = window.window_actions
    for action, kind, first in (
        (actions.route, RouteDialog, "department"),
        (actions.assign, AssignDialog, "person"),
        (actions.status, StatusDialog, "status"),
        (actions.note, NoteDialog, "text"),
    ):
        action.trigger()
        dialog = opened(qtbot, window, kind)
        _focus(qtbot, dialog.findChild(object, first))
        assert not dialog.cancel_button.autoDefault()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
        qtbot.waitUntil(lambda d=dialog: closed(d))  # type: ignore[misc]
    assert not [m for m in window.prompts.messages if m[0] == "confirm"]


def test_typed_note_goes_into_the_field_and_esc_asks_first(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, window, call(window))
    window.window_actions.note.trigger()
    dialog = opened(qtbot, window, NoteDialog)
    _focus(qtbot, dialog.text)
    qtbot.keyClicks(dialog.text, "Rueckruf am Montag")
    assert dialog.text.toPlainText() == "Rueckruf am Montag"
    prompts.confirm_answers = [False]  # "Weiter bearbeiten"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.text.toPlainText() == "Rueckruf am Montag"
    assert prompts.messages[-1][0] == "confirm"
    prompts.confirm_answers = [True]  # "Verwerfen"
    dialog.cancel_button.click()
    assert closed(dialog)


def test_enter_after_visiting_abbrechen_saves_and_never_cancels(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    record = call(window)
    show(qtbot, window, record)
    window.window_actions.route.trigger()
    dialog = opened(qtbot, window, RouteDialog)
    choose(dialog.department, "MSB")
    dialog.cancel_button.setFocus()  # Tab went past Abbrechen once
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Schulfrage")
    assert not dialog.cancel_button.isDefault()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog))
    assert window.inquiries.detail.fields["department"].text() == (
        "Ministerium für Schule und Bildung"
    )
    assert not [m for m in prompts.messages if m[0] == "confirm"]


def test_plain_enter_saves_the_status_and_errors_follow_the_fields(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    record = call(window)
    show(qtbot, window, record)
    window.window_actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    choose(dialog.status, InquiryStatus.HANDED_OVER.value)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Return)  # refused: "an welche Stelle" missing
    qtbot.waitUntil(lambda: dialog.field_errors["handed_to"].isVisible())
    assert dialog.isVisible()
    _focus(qtbot, dialog.handed_to)  # the first field in error
    qtbot.keyClicks(dialog.handed_to, "Bezirksregierung")
    assert not dialog.field_errors["handed_to"].isVisible()  # corrected: the message goes
    qtbot.keyClick(dialog.handed_to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog))
    assert window.inquiries.detail.fields["status"].text() == "abgegeben"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_detail_and_the_rows_offer_the_actions_of_the_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    record = call(window)
    detail = window.inquiries.detail
    actions = window.window_actions
    buttons = {b.text().replace("&", ""): b for b in detail.action_buttons}
    assert list(buttons) == [
        "Antworten",
        "Verteilen",
        "Zuweisen",
        "Status ändern",
        "Notiz hinzufügen",
    ]
    keys = actions.route.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert actions.route.shortcut().toString() == "Ctrl+Shift+V"  # "Strg+Umschalt+V" shown
    assert f"({keys})" in buttons["Verteilen"].toolTip()
    show(qtbot, window, record)
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in buttons.values()))
    assert detail.action_buttons[0] in window.inquiries.focus_chain()
    buttons["Notiz hinzufügen"].click()
    dialog = opened(qtbot, window, NoteDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: closed(dialog))

    # the queue's rows: the same actions by Shift+F10 at the current row
    table = window.inquiries.table
    window.inquiries.refresh()
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    window.activateWindow()
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.inquiries.row_menu is not None)
    menu = window.inquiries.row_menu
    qtbot.waitUntil(menu.isVisible)
    assert menu.actions() == [
        actions.reply,
        actions.route,
        actions.assign,
        actions.status,
        actions.note,
        actions.interim,
        actions.forward,
        actions.log_contact,
    ]
    menu.hide()


def test_several_selected_say_how_many_need_a_comment_and_the_title_is_plural(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_detail_handling import colleague

    first, second, third = (call(window, f"Frage {n}") for n in range(3))
    colleague(window, "ben").change_status(third.id, InquiryStatus.CLOSED, comment="Doppelt")
    section = window.inquiries
    section.refresh()
    show(qtbot, window, first)
    section.table.selectAll()
    assert len(section.selected_ids()) == 3
    window.window_actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    choose(dialog.status, InquiryStatus.IN_PROGRESS.value)  # reopens only the closed one
    label = dialog.form.labelForField(dialog.rows["comment"])
    assert label.text() == "Kommentar (nötig für 1 von 3)"
    choose(dialog.status, InquiryStatus.CLOSED.value)  # closing unanswered: the two open ones
    assert label.text() == "Kommentar (nötig für 2 von 3)"
    window.prompts.confirm_answers = [True]  # something was chosen: "Verwerfen"
    dialog.reject()
    qtbot.waitUntil(lambda: closed(dialog))
    window.window_actions.route.trigger()
    dialog = opened(qtbot, window, RouteDialog)
    assert dialog.windowTitle() == "Anfragen verteilen"
    dialog.reject()
