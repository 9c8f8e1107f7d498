"""With the English translation installed, no message a test can trigger shows German: field
messages, duplicate hints, known errors, the call form and both import reports. (test_messages.py
proves that each such text goes through the translation; this proves the translation exists.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from buergeranfragen.ui.app import install_translations
from tests.ui.conftest import ScriptedPrompts, settle
from tests.ui.message_scenarios import (
    call_with_a_bad_number,
    hint_for_the_stored_number,
    open_a_gone_contact,
    report_of,
    type_invalid_contact,
)

GERMAN = re.compile(
    r"[äöüÄÖÜß„]|\b(der|die|das|und|nicht|ist|bitte|eine?|keine?|gibt|Datei|Kontakt|"
    r"Rufnummer|gleiche|übersprungen|abgelehnt|Eingaben|Anfrage)\b",
    re.IGNORECASE,
)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "en")
    assert translators, "the English .qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def assert_english(*texts: str) -> None:
    german = [t for t in texts if GERMAN.search(t)]
    assert german == []
    assert all(texts), texts  # every message was there to check


@pytest.mark.usefixtures("english")
def test_field_messages_and_duplicate_hints_are_english(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    phone_error, email_error = type_invalid_contact(qtbot, window, "Kotter")
    assert "12345" in phone_error and "juergen@" in email_error
    assert_english(phone_error, email_error, window.statusBar().currentMessage())

    hint = hint_for_the_stored_number(qtbot, window)
    assert "same phone number 0211 8371001" in hint
    assert_english(hint.replace("Albers", ""))


@pytest.mark.usefixtures("english")
def test_known_errors_and_the_call_form_are_english(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    kind, title, text = open_a_gone_contact(qtbot, window, prompts)
    assert kind == "warn" and "999" in text
    assert_english(title, text)

    form = call_with_a_bad_number(qtbot, window)
    assert_english(form.number_error.text())

    form.number.setText("")
    form.subject.setText("")
    form.save()
    settle(qtbot, window)
    assert_english(form.subject_error.text())


@pytest.mark.usefixtures("english")
def test_import_reports_are_english(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.vcf"
    cut.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n", encoding="utf-8")
    bad_number = tmp_path / "number.vcf"
    bad_number.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Berg\r\nTEL:12345\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    table = report_of(
        qtbot,
        window.contact_files,
        lambda: window.contact_files.import_files([cut, bad_number], None),
    )
    assert cells(table, (2, 4)) == [
        ["skipped", "The entry is incomplete (END:VCARD missing)."],
        ["imported", "Phone number “12345” not recognised; kept in the notes."],
    ]

    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"\x00\x01 nothing")
    table = report_of(qtbot, window.mail_import, lambda: window.mail_import.import_mails([broken]))
    assert cells(table, (1, 5)) == [
        ["refused", "The file is not an email (no header lines such as From, Subject, Date)."]
    ]


def cells(table, columns: tuple[int, ...]) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The texts of ``columns`` in each row of a report table."""
    return [[table.item(r, c).text() for c in columns] for r in range(table.rowCount())]
