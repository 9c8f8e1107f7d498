"""Extras → Protokoll names every kind of record and change in German: an office setting, an
erasure, an Art. 15 export, an anonymising by the retention rules ... never the stored key
("office_setting 0", "retention", "access_export"); a time stands on one line."""

from __future__ import annotations

from datetime import UTC, datetime

import shiboken6

from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.privacy.log_store import CHANGE, AuditLine
from buergeranfragen.ui.audit.dialog import AuditDialog, AuditModel
from tests.ui.conftest import settle

STORED = [
    ("office_setting", 0, "retention"),
    ("office_setting", 0, "deadlines"),
    ("office_setting", 0, "smtp"),
    ("office_setting", 0, "reports"),
    ("office_setting", 0, "topics"),
    ("person_erasure", 0, "erase"),
    ("contact", 7, "access_export"),
    ("contact", 7, "retention_delete"),
    ("contact", 7, "merge"),
    ("contact", 7, "merged_into"),
    ("contact", 7, "import_merge"),
    ("contact", 7, "split_off"),
    ("contact", 7, "split_from"),
    ("inquiry", 3, "anonymise"),
    ("inquiry", 3, "assign_contact"),
    ("department", 2, "delete"),
    ("routing_rule", 4, "move"),
    ("text_template", 5, "create"),
    ("person", 1, "update"),
    ("inquiry_message", 9, "resend"),
    ("inquiry_message", 9, "mark_sent"),
]


def test_every_stored_record_and_change_is_named_in_german() -> None:
    model = AuditModel()
    at = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    for entity, entity_id, action in STORED:
        line = AuditLine(CHANGE, 1, at, "root", entity, entity_id, action, "{}")
        record, change = model.display(line, 2), model.display(line, 3)
        for text in (record, change):
            assert "_" not in text and entity not in text and action not in text, (
                entity,
                action,
                record,
                change,
            )
    setting = AuditLine(CHANGE, 1, at, "root", "office_setting", 0, "retention", "{}")
    assert model.display(setting, 2) == "Einstellung: Aufbewahrungsfristen"
    erasure = AuditLine(CHANGE, 1, at, "root", "person_erasure", 0, "erase", "{}")
    assert (model.display(erasure, 2), model.display(erasure, 3)) == (
        "Löschung (Art. 17)",
        "Person gelöscht",
    )


def test_the_time_stands_on_one_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.contacts.create(ContactDraft(last_name="Zeit"))
    window.show_audit()
    settle(qtbot, window)
    found = [d for d in window.findChildren(AuditDialog) if shiboken6.isValid(d) and d.isVisible()]
    dialog = found[0]
    table = dialog.table
    assert dialog.model.rowCount() > 0
    text = dialog.model.display(dialog.model.row_at(0), 0)
    assert not table.wordWrap()
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(text)
