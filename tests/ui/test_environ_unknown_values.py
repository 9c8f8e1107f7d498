"""Values a newer version stored (a status, a kind, a channel) are shown as "unbekannt (…)" in
the queue, the detail and the contact list - never a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.stored_values import from_storage
from buergeranfragen.ui.common.i18n import channel_label, status_label
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import settle


def test_labels_of_unknown_values() -> None:
    assert status_label(from_storage(InquiryStatus, "escalated")) == "unbekannt (escalated)"
    assert status_label(InquiryStatus.NEW) == "Neu"


def test_the_window_shows_values_of_a_newer_version(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    contact = context.contacts.create(
        ContactDraft(last_name="Zukunft", phones=(PhoneInput("0211 837 1001"),))
    )
    context.inquiries.log_call(CallDraft(contact_id=contact.id, subject="Frage"))
    with context.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE inquiries SET status = 'escalated', channel = 'fax', kind = 'agency'")
        )
        connection.execute(text("UPDATE contacts SET kind = 'agency'"))
        connection.execute(text("UPDATE contact_phones SET kind = 'pager'"))
    window.show_section(Section.INQUIRIES)
    window.inquiries.apply_filter()
    settle(qtbot, window)
    model = window.inquiries.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    shown = [model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in (2, 3, 8)]
    assert shown == ["unbekannt (fax)", "unbekannt (agency)", "unbekannt (escalated)"]
    window.inquiries.table.selectRow(0)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.inquiries.detail.record is not None)
    window.show_section(Section.CONTACTS)
    settle(qtbot, window)
    assert channel_label(window.inquiries.detail.record.channel) == "unbekannt (fax)"


def test_saving_a_contact_keeps_kinds_of_a_newer_version(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    contact = context.contacts.create(
        ContactDraft(last_name="Zukunft", phones=(PhoneInput("0211 837 1001"),))
    )
    other = context.contacts.create(ContactDraft(last_name="Heute"))
    with context.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE contacts SET kind = 'agency' WHERE id = :id"), {"id": contact.id}
        )
        connection.execute(text("UPDATE contact_phones SET kind = 'pager'"))
    window.show_section(Section.CONTACTS)
    section = window.contacts
    section.open_contact(contact.id)
    settle(qtbot, window)
    form = section.form
    qtbot.waitUntil(lambda: form.record is not None and form.record.id == contact.id)
    assert form.kind.currentText() == "unbekannt (agency)"
    form.first_name.setText("Zoe")
    section.save()
    settle(qtbot, window)
    saved = context.contacts.get(contact.id)
    assert saved.first_name == "Zoe"
    assert (saved.kind.value, saved.phones[0].kind.value) == ("agency", "pager")
    section.open_contact(other.id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: form.record is not None and form.record.id == other.id)
    assert [form.kind.itemText(i) for i in range(form.kind.count())] == ["Bürger/in", "Presse"]
