"""The audit in the window: the inquiry detail and the contact form record each opening
(written on a worker), Extras → Protokoll shows changes and openings to the Administration,
filtered and page by page, and refuses everyone else."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QPlainTextEdit

from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.privacy.log_store import READ
from buergeranfragen.privacy.viewer import AuditQuery, AuditService
from buergeranfragen.ui.audit.dialog import AuditDialog
from buergeranfragen.ui.common.paged_model import PagedTableModel
from tests.ui.conftest import settle


def _dialog(window) -> AuditDialog:  # type: ignore[no-untyped-def]
    found = [d for d in window.findChildren(AuditDialog) if shiboken6.isValid(d) and d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_openings_are_recorded_and_written_on_a_worker(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    contact = context.contacts.create(ContactDraft(last_name="Lesbar"))
    inquiry = context.inquiries.log_call(CallDraft(subject="Geöffnet"))
    window.show_contact(contact.id)
    settle(qtbot, window)
    window.inquiries.show_inquiry(inquiry.id)
    settle(qtbot, window)
    assert context.reading.pending() >= 2  # noted at once, not yet written
    window.reading_flusher.flush()
    settle(qtbot, window)
    assert context.reading.pending() == 0
    read = context.audit.page(AuditQuery(kind=READ), 0, 100)
    assert {(line.entity, line.entity_id) for line in read} >= {
        ("contact", contact.id),
        ("inquiry", inquiry.id),
    }


def test_the_administration_reads_and_filters_the_audit(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    monkeypatch.setattr(PagedTableModel, "PAGE", 5)
    for number in range(12):
        context.contacts.create(ContactDraft(last_name=f"<b>Name{number}</b>"))
    window.show_audit()
    settle(qtbot, window)
    dialog = _dialog(window)
    model = dialog.model
    assert model.total >= 12 and model.rowCount() == 5  # the first page only
    model.fetchMore()
    assert model.rowCount() == 10
    dialog.table.selectRow(0)
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    assert "<b>Name11</b>" in text  # the newest first, its text as it is (plain)
    dialog.person.setText("jemand-anderes")
    dialog.apply()
    settle(qtbot, window)
    assert dialog.model.total == 0 and dialog.model.rowCount() == 0
    dialog.person.setText("")
    dialog.record_kind.setCurrentIndex(dialog.record_kind.findData("contact"))
    dialog.record.setText("3")
    dialog.apply()
    settle(qtbot, window)
    assert dialog.model.total == 1
    assert dialog.model.row_at(0).entity_id == 3  # type: ignore[union-attr]
    dialog.record.setText("drei")
    dialog.apply()
    assert any("Ziffern" in text for _kind, _title, text in window.prompts.messages)


def test_a_clerk_is_refused_and_no_dialog_opens(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    factory, clock = context.database.session_factory, context.clock
    PeopleService(factory, clock, "sachbearbeiter").me()
    PeopleService(factory, clock, context.settings.actor).set_role("sachbearbeiter", Role.CLERK)
    monkeypatch.setattr(context, "audit", AuditService(factory, clock, "sachbearbeiter"))
    window.show_audit()
    settle(qtbot, window)
    assert not [d for d in window.findChildren(AuditDialog) if d.isVisible()]
    assert any("Leitung" in text for _kind, _title, text in window.prompts.messages)


def test_the_viewer_names_every_entry_of_data_protection_in_german(qapp) -> None:  # type: ignore[no-untyped-def]
    """Anonymising, deleting, erasing and handing out a person's data are named for the Leitung,
    not shown as the stored English keys ("anonymise", "person_erasure")."""
    from datetime import UTC, datetime

    from buergeranfragen.privacy.log_store import CHANGE, AuditLine
    from buergeranfragen.ui.audit.dialog import action_label, entity_label

    stored = {"anonymise", "retention_delete", "erase", "access_export", "delete", "merge"}
    for action in stored:
        line = AuditLine(
            CHANGE, 1, datetime(2026, 1, 1, tzinfo=UTC), "anna", "contact", 1, action, ""
        )
        assert action_label(line) != action, action
    for entity in ("person_erasure", "inquiry_message"):
        assert entity_label(entity) != entity, entity


def test_an_inquiry_is_listed_and_found_by_its_reference(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    context = window.context
    inquiry = context.inquiries.log_call(CallDraft(subject="Mit Aktenzeichen"))
    context.inquiries.log_call(CallDraft(subject="Eine andere"))
    window.show_audit()
    settle(qtbot, window)
    dialog = _dialog(window)
    # "Alle Datensätze" chosen, an Aktenzeichen typed: it is taken as one, and the choice says so
    dialog.record.setText(inquiry.reference)
    dialog.apply()
    settle(qtbot, window)
    assert dialog.record_kind.currentData() == "inquiry"
    assert dialog.model.total >= 1
    rows = [dialog.model.row_at(n) for n in range(dialog.model.rowCount())]
    assert {row.entity_id for row in rows if row} == {inquiry.id}
    shown = dialog.model.data(dialog.model.index(0, 2))
    assert shown == f"Anfrage {inquiry.reference}"
