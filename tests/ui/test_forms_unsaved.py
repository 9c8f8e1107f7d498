"""One behaviour for unsaved input (issue 9): leaving asks once; Esc and Enter in the
question mean "Weiter bearbeiten" and give the focus back to the field; "Verwerfen" and
"Speichern" go where the user was going; Enter in a one-line field moves on, never saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.inquiries.records import InquiryQuery
from tests.ui.conftest import ScriptedPrompts, settle
from tests.ui.forms_support import RealBoxes, active_call_form
from tests.ui.test_contacts_section import type_into


def _three_contacts_and_a_new_one(qtbot, window):  # type: ignore[no-untyped-def]
    service = window.context.contacts
    made = {n: service.create(ContactDraft(last_name=n)) for n in ("Erste", "Zweite", "Dritte")}
    section = window.contacts
    window.new_contact()
    section.refresh()
    settle(qtbot, window)
    type_into(qtbot, section.form.last_name, "Neu")
    return section, made


def _click_row(qtbot, section, contact_id: int) -> None:  # type: ignore[no-untyped-def]
    row = section.model.row_of(contact_id)
    rect = section.table.visualRect(section.model.index(row, 0))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _back_in(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Let the box close, the window manager give the focus back, and the window settle."""
    qtbot.wait(50)
    settle(qtbot, window)
    qtbot.wait(50)


def test_the_unsaved_question_answers_keep_editing_to_enter_and_esc(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    section, made = _three_contacts_and_a_new_one(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, [Qt.Key.Key_Return]).install(monkeypatch)
    _click_row(qtbot, section, made["Zweite"].id)
    _back_in(qtbot, window)
    assert [(a.default, a.escape) for a in boxes.asked] == [
        ("Weiter bearbeiten", "Weiter bearbeiten")
    ]
    assert section.form.record is None and section.form.last_name.text() == "Neu"


def test_clicking_a_contact_asks_once_and_esc_goes_back_to_the_field(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    section, made = _three_contacts_and_a_new_one(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, [Qt.Key.Key_Escape]).install(monkeypatch)
    _click_row(qtbot, section, made["Zweite"].id)
    _back_in(qtbot, window)
    assert len(boxes.asked) == 1  # it asked again at once, every time (issue 9)
    assert QApplication.focusWidget() is section.form.last_name
    assert section.form.record is None and section.form.last_name.text() == "Neu"
    assert not section.table.selectionModel().hasSelection()  # no other contact shown as open


def test_tab_into_the_list_keeps_the_form_and_asks_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    section, made = _three_contacts_and_a_new_one(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, [Qt.Key.Key_Escape, "Verwerfen"]).install(monkeypatch)
    section.search.setFocus()
    qtbot.keyClick(section.search, Qt.Key.Key_Tab)
    _back_in(qtbot, window)
    assert QApplication.focusWidget() is section.table
    assert boxes.asked == [] and section.form.last_name.text() == "Neu"
    # moving in the list is a choice: asked once; "Weiter bearbeiten" goes back to the field
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    _back_in(qtbot, window)
    assert len(boxes.asked) == 1
    assert QApplication.focusWidget() is section.form.last_name
    # back in the list and down again: "Verwerfen" opens the contact moved to, asked once
    section.table.setFocus(Qt.FocusReason.TabFocusReason)
    current = section.model.contact_at(section.table.currentIndex().row())
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    target = section.model.contact_at(section.table.currentIndex().row())
    assert target is not None and target != current
    _back_in(qtbot, window)
    qtbot.waitUntil(lambda: section.form.record is not None)
    assert section.form.record.id == target.id
    assert len(boxes.asked) == 2


def test_discard_opens_the_clicked_contact_not_the_first(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    section, made = _three_contacts_and_a_new_one(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, ["Verwerfen"]).install(monkeypatch)
    _click_row(qtbot, section, made["Zweite"].id)
    _back_in(qtbot, window)
    qtbot.waitUntil(lambda: section.form.record is not None)
    assert section.form.record.id == made["Zweite"].id
    assert len(boxes.asked) == 1  # not asked again when the contact had been read
    assert window.context.contacts.count() == 3


def test_save_stores_then_opens_the_clicked_contact(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    section, made = _three_contacts_and_a_new_one(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, ["Speichern"]).install(monkeypatch)
    _click_row(qtbot, section, made["Dritte"].id)
    _back_in(qtbot, window)
    qtbot.waitUntil(lambda: getattr(section.form.record, "last_name", "") == "Dritte")
    assert window.context.contacts.count() == 4 and len(boxes.asked) == 1


def test_escape_in_the_discard_question_keeps_the_input_and_the_field(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    section, _made = _three_contacts_and_a_new_one(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, [Qt.Key.Key_Escape, Qt.Key.Key_Return]).install(monkeypatch)
    for _ in range(2):  # Esc, then Enter in the question
        qtbot.keyClick(section.form.last_name, Qt.Key.Key_Escape)  # "Eingaben verwerfen"
        _back_in(qtbot, window)
        assert section.form.last_name.text() == "Neu"
        assert QApplication.focusWidget() is section.form.last_name
    assert [a.default for a in boxes.asked] == ["Weiter bearbeiten"] * 2


def test_enter_in_a_contact_field_moves_on_and_ctrl_s_saves(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.contacts.form
    window.new_contact()
    type_into(qtbot, form.last_name, "Neu")
    qtbot.keyClick(form.last_name, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.organisation
    qtbot.keyClick(form.organisation, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert QApplication.focusWidget() is form.function
    settle(qtbot, window)
    assert window.context.contacts.count() == 0
    qtbot.keyClick(form.function, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert [c.name for c in window.context.contacts.search()] == ["Neu"]


def test_enter_in_the_call_subject_moves_to_the_note_and_never_saves(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = active_call_form(qtbot, window)
    form.subject.setFocus()
    qtbot.keyClicks(form.subject, "Rueckruf")
    qtbot.keyClick(form.subject, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert form.isVisible() and QApplication.focusWidget() is form.text
    assert window.context.inquiries.count(InquiryQuery()) == 0
    qtbot.keyClicks(form.text, "Bitte anrufen")
    form.done_on_phone.setFocus()
    qtbot.keyClick(form.done_on_phone, Qt.Key.Key_Return)  # a tick box: on to Speichern
    assert form.isVisible() and QApplication.focusWidget() is form.save_button
    qtbot.keyClick(form.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    [summary] = window.context.inquiries.search(InquiryQuery())
    assert summary.subject == "Rueckruf" and not form.isVisible()


def test_esc_in_the_call_form_keeps_the_call_and_the_field(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    form = active_call_form(qtbot, window)
    boxes = RealBoxes(qtbot, prompts, [Qt.Key.Key_Escape, Qt.Key.Key_Return, "Verwerfen"])
    boxes.install(monkeypatch)
    form.subject.setFocus()
    qtbot.keyClicks(form.subject, "Rueckruf")
    for _ in range(2):  # Esc, then Enter in "Anruf verwerfen?": both keep the call
        qtbot.keyClick(form.subject, Qt.Key.Key_Escape)
        _back_in(qtbot, window)
        assert form.isVisible() and form.subject.text() == "Rueckruf"
        assert QApplication.focusWidget() is form.subject
        assert QApplication.activeWindow() is form
    assert [(a.default, a.parent) for a in boxes.asked] == [("Weiter bearbeiten", form)] * 2
    qtbot.keyClick(form.subject, Qt.Key.Key_Escape)
    _back_in(qtbot, window)
    assert not form.isVisible()
    assert window.context.inquiries.count(InquiryQuery()) == 0
