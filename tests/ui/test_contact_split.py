"""Splitting a contact that holds two people (an import merged them): the numbers and addresses
of the other person, ticked in a dialog, become a new contact with the name given; inquiries
stay unless ticked too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    EmailInput,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import ScriptedPrompts, settle
from tests.ui.test_contacts_section import type_into


def two_people_in_one(window):  # type: ignore[no-untyped-def]
    contacts, inquiries = window.context.contacts, window.context.inquiries
    weber = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Jonas",
            last_name="Weber",
            outlet="WDR",
            phones=(PhoneInput("0221 220-0"), PhoneInput("0171 1234567", PhoneKind.MOBILE)),
            emails=(EmailInput("j.weber@wdr.example"), EmailInput("l.hoffmann@wdr.example")),
        )
    )
    his = inquiries.log_call(CallDraft(contact_id=weber.id, subject="Sendetermin"))
    hers = inquiries.log_call(CallDraft(contact_id=weber.id, subject="Interview Hoffmann"))
    return weber, his, hers


def open_split_dialog(qtbot, window, contact_id: int):  # type: ignore[no-untyped-def]
    section = window.contacts
    window.show_contact(contact_id)
    settle(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: section.splitting.dialog is not None)
    dialog = section.splitting.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def checked(view) -> list[object]:  # type: ignore[no-untyped-def]
    return [
        view.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(view.count())
        if view.item(r).checkState() == Qt.CheckState.Checked
    ]


def test_the_action_is_in_the_contact_menu_with_its_shortcut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action = window.window_actions.split_contact
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Kontakt"]
    assert action in menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    # nothing saved is open: the status bar says what to do
    window.show_section(Section.CONTACTS)
    action.trigger()
    assert window.contacts.splitting.dialog is None
    assert "gespeicherten Kontakt" in window.statusBar().currentMessage()


def test_a_number_an_address_and_one_inquiry_move_to_a_new_contact(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts
) -> None:
    contacts, inquiries = window.context.contacts, window.context.inquiries
    weber, his, hers = two_people_in_one(window)
    dialog = open_split_dialog(qtbot, window, weber.id)

    assert [dialog.phones.item(r).text() for r in range(dialog.phones.count())] == [
        "0221 2200 (Büro)",
        "0171 1234567 (Mobil)",
    ]
    assert dialog.inquiries.count() == 2
    assert checked(dialog.phones) == checked(dialog.emails) == checked(dialog.inquiries) == []
    assert dialog.kind.currentData() == "press"  # as the contact it is split from
    dialog.tick(dialog.phones, "+491711234567")
    dialog.tick(dialog.emails, "l.hoffmann@wdr.example")
    dialog.tick(dialog.inquiries, hers.id)
    type_into(qtbot, dialog.first_name, "Lena")
    type_into(qtbot, dialog.last_name, "Hoffmann")
    type_into(qtbot, dialog.outlet, "WDR")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.contacts.splitting.dialog is None)
    settle(qtbot, window)

    kept = contacts.get(weber.id)
    assert [p.e164 for p in kept.phones] == ["+492212200"]
    assert [e.address for e in kept.emails] == ["j.weber@wdr.example"]
    [found] = contacts.search("Hoffmann")
    new = contacts.get(found.id)
    assert (new.first_name, new.last_name, new.kind, new.outlet) == (
        "Lena",
        "Hoffmann",
        ContactKind.PRESS,
        "WDR",
    )
    assert [p.e164 for p in new.phones] == ["+491711234567"]
    assert [e.address for e in new.emails] == ["l.hoffmann@wdr.example"]
    assert inquiries.get(his.id).contact_id == weber.id  # not ticked: it stayed
    assert inquiries.get(hers.id).contact_id == new.id
    assert "split_off" in [h.action for h in contacts.history(weber.id)]
    assert "split_from" in [h.action for h in contacts.history(new.id)]

    # the form shows the contact as it is now, the list both
    section = window.contacts
    assert section.form.record == kept and not section.form.is_dirty()
    assert section.model.total == 2
    assert window.statusBar().currentMessage() == (
        "Aufgeteilt: „Jonas Weber“ bleibt, „Lena Hoffmann“ ist neu angelegt."
    )
    assert prompts.messages == []


def test_a_refused_split_keeps_the_dialog_as_filled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    weber, _his, _hers = two_people_in_one(window)
    dialog = open_split_dialog(qtbot, window, weber.id)
    dialog.tick(dialog.phones, "+491711234567")  # but no name for the new contact
    dialog.submit()
    settle(qtbot, window)
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert checked(dialog.phones) == ["+491711234567"]
    assert window.context.contacts.get(weber.id) == weber
    assert window.context.contacts.count() == 1

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: nothing split
    qtbot.waitUntil(lambda: window.contacts.splitting.dialog is None)
    assert window.context.contacts.count() == 1
