"""The ways a test makes the window show a core message, shared by the checks that each message
goes through the translation (test_messages.py) and that the English one is there
(test_english.py): the same steps, two translators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel

from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from tests.ui.conftest import ScriptedPrompts, settle


def type_invalid_contact(qtbot: Any, window: Any, last_name: str) -> tuple[str, str]:
    """A stored contact with 0211 8371001; a new one typed with a bad number and address and
    saved: the field messages of the number and the address."""
    window.context.contacts.create(
        ContactDraft(last_name="Albers", phones=(PhoneInput("0211 8371001"),))
    )
    form = window.contacts.form
    window.new_contact()
    form.last_name.setText(last_name)
    form.phones.edit(0).setText("12345")
    form.emails.edit(0).setText("juergen@")
    window.contacts.save()
    settle(qtbot, window)
    return form.phones.error_text(0), form.emails.error_text(0)


def hint_for_the_stored_number(qtbot: Any, window: Any) -> str:
    """After ``type_invalid_contact``: the number typed is the stored contact's; the hint."""
    window.contacts.form.phones.edit(0).setText("0211 837-1001")
    window.contacts.update_hints()
    settle(qtbot, window)
    [hint] = [label.text() for label in window.contacts.hints.findChildren(QLabel, "hintText")]
    return str(hint)


def open_a_gone_contact(qtbot: Any, window: Any, prompts: ScriptedPrompts) -> tuple[str, ...]:
    """The warning shown for a contact that does not exist (any more)."""
    window.contacts.open_contact(999)
    settle(qtbot, window)
    return prompts.messages[-1]


def call_with_a_bad_number(qtbot: Any, window: Any) -> Any:
    """The call form saved with "12345" as the number; the form, with its field message."""
    form = window.open_call_form("12345")
    form.subject.setText("x")
    form.save()
    settle(qtbot, window)
    return form


def report_of(qtbot: Any, jobs: Any, start: Callable[[], None]) -> Any:
    """The table of the report dialog that a contact or mail import shows."""
    with qtbot.waitSignal(jobs.report_shown, timeout=10000) as shown:
        start()
    return shown.args[0].table
