"""Drive the Kontakte section as a clerk would: keyboard, typing, saving, merging."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

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
    [hint_text] = [label.text() for label in section.hints.findChildren(QLabel, "hintText")]
    assert hint_text == "<b>Katrin Albers</b> (andere Person): gleiche Rufnummer 0211 8371001"

    # merging asks which last name stays: the arrow key picks the stored one, Enter merges;
    # both numbers are in the one remaining contact, and nothing of the draft is left
    [merge] = [
        b for b in section.hints.findChildren(QPushButton, "mergeButton") if b.isVisibleTo(section)
    ]
    merge.click()
    qtbot.waitUntil(lambda: section.merging.dialog is not None)
    dialog = section.merging.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.open_buttons["last_name"].hasFocus)
    qtbot.keyClick(dialog.open_buttons["last_name"], Qt.Key.Key_Right)
    assert dialog.other_buttons["last_name"].isChecked()
    qtbot.keyClick(dialog.other_buttons["last_name"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.record is not None)
    merged = form.record
    assert merged.display_name == "Katrin Albers"
    assert [p.e164 for p in merged.phones] == ["+492118371001", "+491721234567"]
    assert "„Albers-Schmitz“" in merged.notes  # the last name not kept
    assert prompts.messages == []  # the dialog was the only question
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


def test_a_page_of_the_list_that_cannot_be_read_is_reported_once(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    from buergeranfragen.errors import DatabaseUnavailable
    from buergeranfragen.messages import msg
    from buergeranfragen.ui.contacts.model import ContactTableModel

    monkeypatch.setattr(ContactTableModel, "PAGE", 2)
    service = window.context.contacts
    for n in range(5):
        service.create(ContactDraft(last_name=f"Person {n}"))
    real_search = service.search
    pages_asked: list[int] = []

    def search(text: str = "", offset: int = 0, limit: int = 100):  # type: ignore[no-untyped-def]
        if offset == 0:  # the first page, read on a worker
            return real_search(text, offset, limit)
        pages_asked.append(offset)
        raise DatabaseUnavailable(msg("Die Datenbank ist gerade nicht erreichbar."))

    monkeypatch.setattr(service, "search", search)
    section = window.contacts
    said: list[str] = []
    section.status_message.connect(said.append)
    window.show_section(Section.CONTACTS)
    section.refresh()
    settle(qtbot, window)
    for _ in range(3):  # the view asks for more while it is scrolled (pytest-qt fails the
        section.table.scrollToBottom()  # test on any exception raised in there)
        section.model.fetchMore()
        qtbot.wait(10)
    assert pages_asked == [2]
    assert said == ["Die Datenbank ist gerade nicht erreichbar."]
    assert window.statusBar().currentMessage() == said[0]
    assert section.model.rowCount() == 2 and section.count_label.text() == "5 Kontakte"


def test_a_hint_that_cannot_be_computed_is_no_news(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    import sys

    from buergeranfragen.errors import DatabaseUnavailable
    from buergeranfragen.messages import msg

    bugs: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: bugs.append(error))

    def unavailable(draft, exclude_id=None):  # type: ignore[no-untyped-def]
        raise DatabaseUnavailable(msg("Die Datenbank ist gerade nicht erreichbar."))

    monkeypatch.setattr(window.context.contacts, "find_duplicates", unavailable)
    window.new_contact()
    type_into(qtbot, window.contacts.form.last_name, "Albers")
    settle(qtbot, window)  # the debounced hint lookup ran and failed
    assert prompts.messages == [] and bugs == []
    assert window.statusBar().currentMessage() == ""
    assert not window.contacts.hints.isVisible()


def slow_create(service, monkeypatch):  # type: ignore[no-untyped-def]
    """``service.create`` waits for the returned event: a save the test holds up."""
    import threading

    real_create = service.create
    release = threading.Event()

    def create(draft):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real_create(draft)

    monkeypatch.setattr(service, "create", create)
    return release


def test_closing_while_a_save_runs_closes_once_it_is_saved(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    service = window.context.contacts
    release = slow_create(service, monkeypatch)
    window.new_contact()
    window.contacts.form.last_name.setText("Beim Schließen")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.contacts.saving
    prompts.discard_answers.append(Discard.SAVE)
    assert not window.close()  # "Speichern": the request waits for the save under way
    assert window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert [c.name for c in service.search()] == ["Beim Schließen"]
    assert prompts.messages == [("unsaved", "Das Kontaktformular", "")]


def test_what_is_typed_while_saving_is_saved_before_closing(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    service = window.context.contacts
    release = slow_create(service, monkeypatch)
    form = window.contacts.form
    window.new_contact()
    form.last_name.setText("Albers")
    window.contacts.save()
    form.city.setText("Köln")  # typed while the save runs
    prompts.discard_answers.append(Discard.SAVE)
    window.close()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    [stored] = service.search()
    assert service.get(stored.id).city == "Köln"


def test_a_failed_save_keeps_the_window_open_for_a_close_that_waited(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    import threading

    from buergeranfragen.errors import DatabaseUnavailable
    from buergeranfragen.messages import msg

    release = threading.Event()

    def locked(draft):  # type: ignore[no-untyped-def]
        release.wait(10)
        raise DatabaseUnavailable(msg("Die Datenbank ist gerade gesperrt."))

    monkeypatch.setattr(window.context.contacts, "create", locked)
    window.new_contact()
    window.contacts.form.last_name.setText("Bleibt")
    window.contacts.save()
    prompts.discard_answers.append(Discard.SAVE)
    window.close()
    release.set()
    settle(qtbot, window)
    assert window.isVisible() and window.contacts.form.last_name.text() == "Bleibt"
    assert prompts.messages[-1] == (
        "warn",
        "Speichern nicht möglich",
        "Die Datenbank ist gerade gesperrt.",
    )
