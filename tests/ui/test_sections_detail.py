"""The detail of a call shows only what a call has (issue 9); the contact form hints at a
contact of the same name ("gleicher Name", the demo's two Karl-Heinz Dreßen)
without ever merging them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from buergeranfragen.demo import load_demo
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import settle

MAIL = (
    b"From: Erika Mustermann <erika@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
    b"Subject: Bauantrag\r\nDate: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
    b"Message-ID: <detail@example.org>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Wie ist der <b>Stand</b>?</p>\r\n"
)


def shown_rows(detail) -> set[str]:  # type: ignore[no-untyped-def]
    return {key for key, value in detail.fields.items() if detail._form.isRowVisible(value)}


def test_a_call_hides_the_mail_fields_and_a_mail_shows_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    contact = window.context.contacts.create(
        ContactDraft(first_name="Maria", last_name="Hüsken", phones=(PhoneInput("0211 555101"),))
    )
    call = window.context.inquiries.log_call(
        CallDraft(contact_id=contact.id, number="0211 555101", subject="Grundsteuer")
    )
    mail = window.context.mail.import_bytes(MAIL, "a.eml", "a.eml")
    section = window.inquiries
    detail = section.detail

    section.show_inquiry(call.id)
    settle(qtbot, window)
    assert detail.record.id == call.id
    assert {"sender", "forwarded"}.isdisjoint(shown_rows(detail))
    assert {"received", "channel", "contact", "number"} <= shown_rows(detail)
    assert {"deadline", "topic"}.isdisjoint(shown_rows(detail))  # empty: not shown
    assert not detail.html_toggle.isVisible()
    assert not detail.attachment_box.isVisible() and not detail.attachments.isVisible()

    section.show_inquiry(mail.inquiry_id)
    settle(qtbot, window)
    assert detail.record.id == mail.inquiry_id
    assert "sender" in shown_rows(detail)
    assert "forwarded" not in shown_rows(detail)  # not forwarded: no empty row
    assert "number" not in shown_rows(detail)  # a mail has no caller's number
    assert detail.html_toggle.isVisible() and detail.html_toggle.isEnabled()
    assert detail.attachments.isVisible() and detail.attachments.count() == 1  # the original


def test_the_form_hints_at_the_other_karl_heinz_dressen(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    load_demo(context.contacts, clock, context.inquiries, context.mail)
    window.show_section(Section.CONTACTS)
    section = window.contacts
    section.refresh()
    settle(qtbot, window)
    section.focus_search()
    qtbot.keyClicks(section.search, "Dressen")
    settle(qtbot, window)
    assert section.model.total == 2  # never merged: two people
    first, second = (section.model.contact_at(row) for row in (0, 1))
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert section.form.record is not None and section.form.record.id == first.id
    hints = section.hints
    assert hints.isVisible()
    assert [h.contact.id for h in hints.hints] == [second.id]
    assert hints.hints[0].name_only and not hints.hints[0].same_person
    [text] = [label.text() for label in hints.findChildren(QLabel, "hintText")]
    assert "gleicher Name" in text
    assert hints.findChild(QLabel, "sameNameHeading") is not None
    assert hints.title() == "Kontakte mit gleichem Namen"

    # the other one hints back; nothing was merged on the way
    section.table.selectRow(1)
    settle(qtbot, window)
    assert section.form.record.id == second.id
    assert [h.contact.id for h in section.hints.hints] == [first.id]
    assert context.contacts.count("Dreßen") == 2
