"""Merging by hand never drops a value: where the two contacts differ, a dialog shows both
values per field and the clerk picks; the value not kept goes into the notes. Enter merges
(by default the open contact's values stay), Esc cancels the merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput
from tests.ui.conftest import ScriptedPrompts, settle


def merge_button(section, contact_id: int) -> QPushButton:  # type: ignore[no-untyped-def]
    """The "Zusammenführen" button of the hint naming ``contact_id``."""
    [row] = [i for i, h in enumerate(section.hints.hints) if h.contact.id == contact_id]
    buttons = [
        b for b in section.hints.findChildren(QPushButton, "mergeButton") if b.isVisibleTo(section)
    ]
    return buttons[row]


def open_with_hints(qtbot, window, contact_id: int) -> None:  # type: ignore[no-untyped-def]
    section = window.contacts
    section.open_contact(contact_id)
    settle(qtbot, window)
    section.update_hints()
    qtbot.waitUntil(lambda: bool(section.hints.hints))


def two_albers(window):  # type: ignore[no-untyped-def]
    contacts = window.context.contacts
    albers = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Katrin",
            last_name="Albers",
            outlet="WDR",
            notes="Landespolitik",
            phones=(PhoneInput("0221 220-0"),),
        )
    )
    schmitz = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Katrin",
            last_name="Albers-Schmitz",
            outlet="WDR",
            phones=(PhoneInput("0221 220-0"), PhoneInput("0171 1234567")),
        )
    )
    return albers, schmitz


def test_the_clerk_picks_the_other_contacts_last_name_and_the_notes_keep_the_dropped_one(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts
) -> None:
    albers, schmitz = two_albers(window)
    section = window.contacts
    open_with_hints(qtbot, window, albers.id)
    merge_button(section, schmitz.id).click()
    qtbot.waitUntil(lambda: section.merging.dialog is not None)
    dialog = section.merging.dialog
    qtbot.waitUntil(dialog.isVisible)

    assert [(f.field, f.open_value, f.other_value) for f in dialog.fields] == [
        ("last_name", "Albers", "Albers-Schmitz")
    ]
    keep, other = dialog.open_buttons["last_name"], dialog.other_buttons["last_name"]
    assert (keep.text(), other.text()) == ("Albers", "Albers-Schmitz")
    assert keep.isChecked() and not other.isChecked()  # the open contact's value by default
    other.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.form.record.last_name == "Albers-Schmitz")
    settle(qtbot, window)

    merged = section.form.record
    assert merged.id == albers.id and window.context.contacts.count() == 1
    assert [p.e164 for p in merged.phones] == ["+492212200", "+491711234567"]
    assert merged.notes.startswith("Landespolitik")
    assert "„Albers“" in merged.notes  # the last name not kept
    assert section.form.notes.toPlainText() == merged.notes
    assert prompts.messages == []  # the dialog was the only question
    assert "Zusammengeführt: Katrin Albers-Schmitz" in window.statusBar().currentMessage()


def test_escape_cancels_the_merge(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    albers, schmitz = two_albers(window)
    section = window.contacts
    open_with_hints(qtbot, window, albers.id)
    merge_button(section, schmitz.id).click()
    qtbot.waitUntil(lambda: section.merging.dialog is not None)
    dialog = section.merging.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: section.merging.dialog is None)
    settle(qtbot, window)
    assert window.context.contacts.count() == 2
    assert window.context.contacts.get(albers.id) == section.form.record == albers
    assert window.context.contacts.get(schmitz.id) == schmitz
    assert prompts.messages == []


def test_merging_the_unsaved_form_asks_too_and_keeps_what_was_typed_by_default(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts
) -> None:
    contacts = window.context.contacts
    stored = contacts.create(
        ContactDraft(
            first_name="Katrin",
            last_name="Albers",
            organisation="Stadt Köln",
            phones=(PhoneInput("0221 220-0"),),
        )
    )
    section = window.contacts
    form = section.form
    window.new_contact()
    form.first_name.setText("Katrin")
    form.last_name.setText("Albers")
    form.organisation.setText("Bürgerverein Nippes")
    form.phones.edit(0).setText("0221 220-0")
    qtbot.waitUntil(lambda: bool(section.hints.hints))
    merge_button(section, stored.id).click()
    qtbot.waitUntil(lambda: section.merging.dialog is not None)
    dialog = section.merging.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert [(f.field, f.open_value, f.other_value) for f in dialog.fields] == [
        ("organisation", "Bürgerverein Nippes", "Stadt Köln")
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: what the form holds stays
    qtbot.waitUntil(lambda: form.record is not None)
    settle(qtbot, window)

    merged = form.record
    assert merged.id == stored.id and contacts.count() == 1
    assert merged.organisation == "Bürgerverein Nippes"
    assert "„Stadt Köln“" in merged.notes
    assert not form.is_dirty()
    assert prompts.messages == []


def test_enter_merges_after_tab_passed_the_cancel_button(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Once Tab has passed "Abbrechen" and come back to a field, Enter still merges."""
    albers, schmitz = two_albers(window)
    section = window.contacts
    open_with_hints(qtbot, window, albers.id)
    merge_button(section, schmitz.id).click()
    qtbot.waitUntil(lambda: section.merging.dialog is not None)
    dialog = section.merging.dialog
    qtbot.waitUntil(dialog.isVisible)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()  # as Tab leaves it: the focused button becomes the default for a moment
    assert cancel.isDefault()
    dialog.open_buttons["last_name"].setFocus()
    assert dialog.merge_button.isDefault() and not cancel.isDefault()
    qtbot.keyClick(dialog.open_buttons["last_name"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.contacts.count() == 1)
    settle(qtbot, window)
    assert section.form.record.id == albers.id and section.form.record.last_name == "Albers"
