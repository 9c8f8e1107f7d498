"""Every message of the core reaches the screen through the translation (``tr_message``), so the
English interface shows no German prose. A translator that brackets every text it is asked for
makes each untranslated path visible: a German text without brackets came around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import ScriptedPrompts, bracketed_text
from tests.ui.message_scenarios import (
    call_with_a_bad_number,
    hint_for_the_stored_number,
    open_a_gone_contact,
    report_of,
    type_invalid_contact,
)


@pytest.mark.usefixtures("bracketed")
def test_field_messages_and_duplicate_hints_are_translated(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    phone_error, email_error = type_invalid_contact(qtbot, window, "Kötter")
    assert bracketed_text(phone_error) and "12345" in phone_error, phone_error
    assert bracketed_text(email_error), email_error

    hint = hint_for_the_stored_number(qtbot, window)
    assert hint == "<b>Albers</b> ([andere Person]): [gleiche Rufnummer 0211 8371001]", hint
    [heading] = window.contacts.hints.findChildren(QLabel, "otherPersonHeading")
    assert bracketed_text(heading.text()), heading.text()
    assert bracketed_text(window.contacts.hints.title())


@pytest.mark.usefixtures("bracketed")
def test_a_known_error_and_the_call_forms_messages_are_translated(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    kind, title, text = open_a_gone_contact(qtbot, window, prompts)
    assert kind == "warn" and bracketed_text(title) and bracketed_text(text), text

    form = call_with_a_bad_number(qtbot, window)
    assert bracketed_text(form.number_error.text()), form.number_error.text()


@pytest.mark.usefixtures("bracketed")
def test_contact_import_reports_are_translated(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    vcf = tmp_path / "kaputt.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abgeschnitten\r\n", encoding="utf-8")
    table = report_of(
        qtbot, window.contact_files, lambda: window.contact_files.import_files([vcf], None)
    )
    assert table.item(0, 2).text() == "[übersprungen]"
    assert bracketed_text(table.item(0, 4).text()), table.item(0, 4).text()


@pytest.mark.usefixtures("bracketed")
def test_mail_import_reports_are_translated(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kaputt.eml"
    broken.write_bytes(b"\x00\x01 nichts")
    table = report_of(qtbot, window.mail_import, lambda: window.mail_import.import_mails([broken]))
    assert table.item(0, 1).text() == "[abgelehnt]"
    assert bracketed_text(table.item(0, 5).text()), table.item(0, 5).text()
