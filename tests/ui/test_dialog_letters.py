"""Extras → Aufbewahrungsfristen and Extras → Protokoll by keyboard: every field has an access
letter (Alt+letter jumps to it, as in the contact form), no letter twice in one dialog."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from buergeranfragen.ui.audit.dialog import AuditDialog
from buergeranfragen.ui.organisation.retention import RetentionDialog
from tests.ui.conftest import settle
from tests.ui.test_menu_letters import access_letter


def letters(dialog: QWidget, fields: list[QWidget]) -> list[str]:
    """Each field's access letter, from its label (buddy) or its own text (a button)."""
    found = []
    labels = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in fields:
        if isinstance(field, QAbstractButton):
            text = field.text()
        else:
            assert field in labels, f"{field.objectName() or type(field).__name__} has no label"
            text = labels[field].text()
        letter = access_letter(text)
        assert letter is not None, text
        found.append(letter)
    return found


def test_the_retention_fields_have_access_letters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = RetentionDialog(window.context.retention, None, window.ops, window)
    qtbot.addWidget(dialog)
    settle(qtbot, window)
    found = letters(dialog, [dialog.citizen, dialog.press, dialog.contact])
    assert len(set(found)) == len(found)


def test_the_audit_filters_have_access_letters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_audit()
    settle(qtbot, window)
    dialog = next(
        d for d in window.findChildren(AuditDialog) if shiboken6.isValid(d) and d.isVisible()
    )
    fields = [
        dialog.person,
        dialog.record_kind,
        dialog.use_days,
        dialog.first_day,
        dialog.kind,
        dialog.apply_button,
    ]
    found = letters(dialog, fields)
    assert len(set(found)) == len(found)
