"""Drive the Kontakte section as a clerk would: keyboard, typing, saving, merging."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from buergeranfragen.ui.common.prompts import Discard
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import ScriptedPrompts, settle


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user; QTest only knows ASCII keys, so umlauts go as key events with text."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def test_create_find_duplicate_hint_and_merge(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    section = window.contacts
    form = section.form

    # Ctrl+N opens an empty form with the cursor in the first name
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section == Section.CONTACTS
    qtbot.waitUntil(form.first_name.hasFocus)
    type_into(qtbot, form.first_name, "Katrin")
    type_into(qtbot, form.last_name, "Albers")
    type_into(qtbot, form.phones.edit(0), "0211/837-1001")
    assert form.is_dirty() and section.heading.text().endswith("*")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.record is not None)
    settle(qtbot, window)
    assert form.record.phones[0].e164 == "+492118371001"
    assert not form.is_dirty()
    assert "Gespeichert: Katrin Albers" in window.statusBar().currentMessage()

    # Ctrl+F, then find her by another writing of the number
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(section.search.hasFocus)
    qtbot.keyClicks(section.search, "+49 211 8371001")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1 and section.model.total == 1)
    assert section.model.contact_at(0).name == "Katrin Albers"

    # a second contact with the same number gets a duplicate hint while it is typed
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, form.last_name, "Albers-Schmitz")
    type_into(qtbot, form.phones.edit(0), "0211 8371001")
    form.phones.add_button.click()
    type_into(qtbot, form.phones.edit(1), "0172 1234567")
    qtbot.waitUntil(lambda: section.hints.isVisible() and len(section.hints.hints) == 1)
    [hint_text] = [label.text() for label in section.hints.findChildren(QLabel)]
    assert hint_text == "<b>Katrin Albers</b>: gleiche Rufnummer 0211 8371001"

    # merging keeps both numbers in the one remaining contact, and nothing of the draft is left
    prompts.confirm_answers.append(True)
    section.hints.merge_buttons[0].click()
    qtbot.waitUntil(lambda: form.record is not None)
    merged = form.record
    assert merged.display_name == "Katrin Albers"
    assert [p.e164 for p in merged.phones] == ["+492118371001", "+491721234567"]
    assert not form.is_dirty()
    section.search.clear()
    section.apply_filter()
    settle(qtbot, window)
    assert section.model.total == 1
    assert window.context.contacts.count() == 1
    actions = [h.action for h in window.context.contacts.history(merged.id)]
    assert actions == ["create", "merge"]


def test_invalid_input_gets_messages_at_the_fields_and_stays(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.contacts.form
    window.new_contact()
    type_into(qtbot, form.last_name, "Kötter")
    type_into(qtbot, form.phones.edit(0), "12345")
    type_into(qtbot, form.emails.edit(0), "juergen@")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert form.record is None
    assert "12345" in form.phones.error_text(0)
    assert "gültige E-Mail-Adresse" in form.emails.error_text(0)
    qtbot.waitUntil(form.phones.edit(0).hasFocus)  # the cursor goes to the first bad field
    # nothing typed is lost
    assert (form.last_name.text(), form.phones.edit(0).text()) == ("Kötter", "12345")
    form.phones.edit(0).setText("0251 492-0")
    form.emails.edit(0).setText("juergen@muenster.example")
    window.contacts.save()
    settle(qtbot, window)
    assert form.record is not None and form.phones.error_text(0) == ""
    assert window.context.contacts.count() == 1


def test_escape_asks_before_discarding(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    form = window.contacts.form
    window.new_contact()
    type_into(qtbot, form.last_name, "Entwurf")
    prompts.confirm_answers.append(False)  # "Weiter bearbeiten"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert form.last_name.text() == "Entwurf"
    assert prompts.messages[-1][1] == "Eingaben verwerfen?"
    prompts.confirm_answers.append(True)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert form.last_name.text() == "" and not form.is_dirty()


def test_switching_contacts_with_unsaved_input_asks(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    service = window.context.contacts
    first = service.create(ContactDraft(last_name="Erste"))
    second = service.create(ContactDraft(last_name="Zweite"))
    section = window.contacts
    section.refresh()
    settle(qtbot, window)
    section.open_contact(first.id)
    settle(qtbot, window)
    section.form.city.setText("Köln")
    prompts.discard_answers.append(Discard.CANCEL)
    section.table.selectRow(section.model.row_of(second.id))
    settle(qtbot, window)
    assert section.form.record.id == first.id and section.form.city.text() == "Köln"
    assert section.table.currentIndex().row() == section.model.row_of(first.id)
    prompts.discard_answers.append(Discard.SAVE)
    section.table.selectRow(section.model.row_of(second.id))
    qtbot.waitUntil(lambda: section.form.record.id == second.id)
    settle(qtbot, window)
    assert service.get(first.id).city == "Köln"
    assert section.form.city.text() == ""


def test_a_newer_version_is_not_overwritten(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    service = window.context.contacts
    record = service.create(ContactDraft(last_name="Gleich", phones=(PhoneInput("0221 4710011"),)))
    section = window.contacts
    section.open_contact(record.id)
    settle(qtbot, window)
    # a colleague saves meanwhile
    from dataclasses import replace

    service.update(record.id, record.version, replace(record.to_draft(), city="Bonn"))
    section.form.city.setText("Köln")
    prompts.confirm_answers.append(False)  # keep editing
    section.save()
    settle(qtbot, window)
    assert "inzwischen" in prompts.messages[-1][2]
    assert section.form.city.text() == "Köln" and section.form.is_dirty()
    assert service.get(record.id).city == "Bonn"
    prompts.confirm_answers.append(True)  # reload
    section.save()
    settle(qtbot, window)
    assert section.form.city.text() == "Bonn" and not section.form.is_dirty()


def test_list_loads_lazily_in_pages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    service = window.context.contacts
    for n in range(450):
        service.create(ContactDraft(last_name=f"Person {n:03d}"))
    section = window.contacts
    section.refresh()
    settle(qtbot, window)
    assert section.model.total == 450
    assert section.model.rowCount() == section.model.PAGE
    section.table.scrollToBottom()
    qtbot.waitUntil(lambda: section.model.rowCount() > section.model.PAGE)
    assert section.count_label.text() == "450 Kontakte"


def test_a_database_error_is_shown_and_the_input_stays(qtbot, window, prompts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.errors import DatabaseUnavailable
    from buergeranfragen.messages import msg

    def locked(draft):  # type: ignore[no-untyped-def]
        raise DatabaseUnavailable(msg("Die Datenbank ist gerade gesperrt."))

    monkeypatch.setattr(window.context.contacts, "create", locked)
    window.new_contact()
    window.contacts.form.last_name.setText("Bleibt")
    window.contacts.save()
    settle(qtbot, window)
    assert prompts.messages[-1] == (
        "warn",
        "Speichern nicht möglich",
        "Die Datenbank ist gerade gesperrt.",
    )
    form = window.contacts.form
    assert form.record is None and form.last_name.text() == "Bleibt" and form.is_dirty()


def test_what_is_typed_while_saving_is_kept(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    service = window.context.contacts
    real_create = service.create
    release = threading.Event()

    def slow_create(draft):  # type: ignore[no-untyped-def]
        release.wait(5)
        return real_create(draft)

    monkeypatch.setattr(service, "create", slow_create)
    form = window.contacts.form
    window.new_contact()
    form.last_name.setText("Albers")
    window.contacts.save()
    window.contacts.save()  # a second Ctrl+S while the first runs does not save twice
    form.city.setText("Köln")  # typed while the save runs
    release.set()
    qtbot.waitUntil(lambda: form.record is not None)
    settle(qtbot, window)
    assert service.count() == 1
    assert form.record.last_name == "Albers" and form.record.city == ""
    assert form.city.text() == "Köln" and form.is_dirty()


def test_a_contact_still_being_read_does_not_replace_a_new_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    stored = window.context.contacts.create(ContactDraft(last_name="Gespeichert"))
    section = window.contacts
    section.open_contact(stored.id)
    section.new_contact()  # before the contact has arrived
    section.form.last_name.setText("Neu getippt")
    settle(qtbot, window)
    assert section.form.record is None and section.form.last_name.text() == "Neu getippt"
