"""The forms' Tab chains in reading order, field messages checked on leaving a field, a
second call handed over while the call form holds input, the open contact after an import
(issue 9)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput, PhoneInput
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery
from buergeranfragen.ui.common.operations import CONTACTS
from buergeranfragen.ui.common.prompts import Discard
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import ScriptedPrompts, settle
from tests.ui.forms_support import active_call_form, tab_chain
from tests.ui.test_contacts_section import type_into

CONTACT_CHAIN = [
    "kind", "salutation", "title", "first_name", "last_name", "organisation", "function",
    "phoneKind0", "phone0", "phoneRemove0", "phoneKind1", "phone1", "phoneRemove1", "phoneAdd",
    "emailKind0", "email0", "emailRemove0", "emailAdd",
    "street", "postal_code", "city", "country", "tags", "notes", "contactSave",
]  # fmt: skip


def test_the_contact_form_tabs_in_reading_order(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.contacts.form
    window.new_contact()
    form.phones.add_button.click()  # a row added later comes in its place, not at the end
    qtbot.wait(10)  # new rows are shown by the next round of the event loop
    assert tab_chain(qtbot, form.kind, window.contacts.save_button) == CONTACT_CHAIN
    form.kind.setCurrentIndex(form.kind.findData(ContactKind.PRESS.value))
    chain = tab_chain(qtbot, form.function, form.phones.edit(0))
    assert chain == ["function", "outlet", "desk", "phoneKind0", "phone0"]
    # past the last button the chain goes on into the window, never back into the form (a
    # field's box as a focus proxy made Vorname follow "Neuer Kontakt": a trap)
    last = window.contacts.new_button
    last.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.nav
    # the row's shortcut letter still reaches its field
    qtbot.keyClick(window.nav, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.first_name


def test_hint_buttons_are_reached_by_keyboard_and_ctrl_n_shows_art(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.contacts.create(
        ContactDraft(first_name="Katrin", last_name="Albers", organisation="WDR")
    )
    section = window.contacts
    form = section.form
    window.new_contact()
    type_into(qtbot, form.first_name, "Katrin")
    type_into(qtbot, form.last_name, "Albers")
    type_into(qtbot, form.organisation, "WDR")
    settle(qtbot, window)
    assert section.hints.buttons()
    qtbot.wait(10)
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == "mergeButton"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == "openButton"
    # far down in the form, Ctrl+N: a new form from the top, Art in sight
    form.notes.setFocus()
    section.form_scroll.ensureWidgetVisible(form.notes)
    section.form_scroll.verticalScrollBar().setValue(
        section.form_scroll.verticalScrollBar().maximum()
    )
    window.window_actions.new_contact.trigger()
    settle(qtbot, window)
    assert section.form_scroll.verticalScrollBar().value() == 0
    assert form.kind.visibleRegion().boundingRect().height() == form.kind.height()


def test_the_call_form_tabs_in_reading_order_and_opens_an_open_inquiry(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    caller = window.context.contacts.create(
        ContactDraft(last_name="Albers", phones=(PhoneInput("0211 8371001"),))
    )
    record = window.context.inquiries.log_call(CallDraft(contact_id=caller.id, subject="Offen"))
    form = active_call_form(qtbot, window, "0211 8371001")
    settle(qtbot, window)
    assert tab_chain(qtbot, form.number, form.save_button) == [
        "callNumber", "callOpenInquiries", "callKind", "callSubject", "callText", "callTopic",
        "callDoneOnPhone", "callSave",
    ]  # fmt: skip
    form.open_inquiries.setFocus()
    qtbot.keyClick(form.open_inquiries, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert form.isVisible()  # Enter in the list did not save the call
    assert window.current_section == Section.INQUIRIES
    assert window.inquiries.detail.record.id == record.id


def test_a_contact_field_message_comes_on_leaving_goes_when_valid_and_is_read(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    section = window.contacts
    form = section.form
    window.new_contact()
    window.resize(1024, 700)
    qtbot.wait(10)
    type_into(qtbot, form.emails.edit(0), "katrin.albers@")
    assert form.emails.error_text(0) == ""  # not while typing
    qtbot.keyClick(form.emails.edit(0), Qt.Key.Key_Tab)
    message = form.emails.error_text(0)
    assert "keine gültige E-Mail-Adresse" in message
    assert form.emails.edit(0).accessibleDescription() == message
    label = form.emails._rows[0][3]  # noqa: SLF001 - the label under the row
    section.form_scroll.ensureWidgetVisible(label)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    viewport = section.form_scroll.viewport()
    right = label.mapTo(viewport, QPoint(label.width(), 0)).x()
    assert right <= viewport.width()  # wrapped, not cut at the right
    type_into(qtbot, form.emails.edit(0), "wdr.de")
    assert form.emails.error_text(0) == "" and form.emails.edit(0).accessibleDescription() == ""
    # a number: checked on leaving, gone once valid
    type_into(qtbot, form.phones.edit(0), "12")
    form.street.setFocus()
    assert form.phones.error_text(0) and form.phones.edit(0).accessibleDescription()
    type_into(qtbot, form.phones.edit(0), "345 678")
    assert "12345" in form.phones.error_text(0) or form.phones.error_text(0) == ""
    form.phones.edit(0).setText("0211 8371001")
    assert form.phones.error_text(0) == ""


def test_a_call_number_message_comes_on_leaving_and_goes_when_valid(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = active_call_form(qtbot, window)
    qtbot.keyClicks(form.number, "12")
    assert form.number_error.isHidden()
    qtbot.keyClick(form.number, Qt.Key.Key_Tab)
    assert not form.number_error.isHidden()
    assert form.number.accessibleDescription() == form.number_error.text() != ""
    form.number.setText("0211 8371001")
    assert form.number_error.isHidden() and form.number.accessibleDescription() == ""


def test_a_second_call_waits_while_the_form_holds_input(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    form = active_call_form(qtbot, window, "0211 8371001")
    form.subject.setText("Erster Anruf")
    window.handle_instance_message("call 0221 4710011")
    assert form.number.text() == "0211 8371001" and form.subject.text() == "Erster Anruf"
    assert "0221 4710011" in form.waiting.text() and form.waiting.isVisibleTo(form)
    assert "0221 4710011" in window.statusBar().currentMessage()
    form.save()
    settle(qtbot, window)
    assert window.context.inquiries.count(InquiryQuery()) == 1
    following = window.call_form
    assert following is not form and following.isVisible()
    assert following.number.text() == "0221 4710011"
    # an empty form takes the number at once
    following.number.clear()
    window.handle_instance_message("call 0228 123456")
    assert following.number.text() == "0228 123456" and following.waiting.isHidden()


def test_the_open_contact_follows_an_import_unless_it_holds_input(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    service = window.context.contacts
    stored = service.create(ContactDraft(last_name="Albers"))
    section = window.contacts
    window.show_section(Section.CONTACTS)
    section.refresh()
    settle(qtbot, window)
    section.open_contact(stored.id)
    settle(qtbot, window)

    def imported(address: str) -> None:  # as the contacts import or the mail intake would
        current = service.get(stored.id)
        window.ops.run(
            lambda: service.update(
                current.id,
                current.version,
                current.to_draft().__class__(
                    **{**current.to_draft().__dict__, "emails": (EmailInput(address),)}
                ),
            ),
            lambda _saved: None,
            changes=CONTACTS,
        )
        settle(qtbot, window)

    imported("k.albers@wdr.de")
    assert section.form.emails.values()[0][1] == "k.albers@wdr.de"
    assert section.changed_bar.isHidden()
    type_into(qtbot, section.form.city, "Köln")
    imported("katrin@wdr.de")
    assert section.form.city.text() == "Köln"  # the input stays …
    assert section.changed_bar.isVisibleTo(section)  # … and the bar says so
    prompts.confirm_answers.append(True)
    section.reload_button.click()
    settle(qtbot, window)
    assert section.form.emails.values()[0][1] == "katrin@wdr.de"
    assert section.changed_bar.isHidden() and not section.form.is_dirty()


def test_closing_the_window_names_the_calls_still_waiting(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    form = active_call_form(qtbot, window, "0211 8371001")
    form.subject.setText("Erster Anruf")
    window.handle_instance_message("call 0221 4710011")
    prompts.confirm_answers.append(False)  # "Weiter erfassen"
    window.close()
    settle(qtbot, window)
    assert window.isVisible() and form.isVisible()
    assert "0221 4710011" in prompts.messages[-1][2]
    assert form.waiting.numbers == ["0221 4710011"]
    # told, the clerk quits and saves the first call: no orphaned form with the waiting one
    prompts.confirm_answers.append(True)
    prompts.discard_answers.append(Discard.SAVE)
    window.close()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.context.inquiries.count(InquiryQuery()) == 1
    assert window.call_form is form and not form.isVisible()
