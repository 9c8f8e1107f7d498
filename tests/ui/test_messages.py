"""Every message of the core reaches the screen through the translation (``tr_message``), so the
English interface shows no German prose. A translator that brackets every text it is asked for
makes each untranslated path visible: a German text without brackets came around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from tests.ui.conftest import ScriptedPrompts, bracketed_text, settle


@pytest.mark.usefixtures("bracketed")
def test_field_messages_and_duplicate_hints_are_translated(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.contacts.create(
        ContactDraft(last_name="Albers", phones=(PhoneInput("0211 8371001"),))
    )
    form = window.contacts.form
    window.new_contact()
    form.last_name.setText("Kötter")
    form.phones.edit(0).setText("12345")
    form.emails.edit(0).setText("juergen@")
    window.contacts.save()
    settle(qtbot, window)
    phone_error, email_error = form.phones.error_text(0), form.emails.error_text(0)
    assert bracketed_text(phone_error) and "12345" in phone_error, phone_error
    assert bracketed_text(email_error), email_error

    form.phones.edit(0).setText("0211 837-1001")
    window.contacts.update_hints()
    settle(qtbot, window)
    [hint] = [label.text() for label in window.contacts.hints.findChildren(QLabel, "hintText")]
    assert hint == "<b>Albers</b> ([andere Person]): [gleiche Rufnummer 0211 8371001]", hint
    [heading] = window.contacts.hints.findChildren(QLabel, "otherPersonHeading")
    assert bracketed_text(heading.text()), heading.text()
    assert bracketed_text(window.contacts.hints.title())


@pytest.mark.usefixtures("bracketed")
def test_a_known_error_and_the_call_forms_messages_are_translated(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    window.contacts.open_contact(999)  # gone
    settle(qtbot, window)
    kind, title, text = prompts.messages[-1]
    assert kind == "warn" and bracketed_text(title) and bracketed_text(text), text

    form = window.open_call_form("12345")
    form.subject.setText("x")
    form.save()
    settle(qtbot, window)
    assert bracketed_text(form.number_error.text()), form.number_error.text()


@pytest.mark.usefixtures("bracketed")
def test_contact_import_reports_are_translated(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    vcf = tmp_path / "kaputt.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abgeschnitten\r\n", encoding="utf-8")
    with qtbot.waitSignal(window.contact_files.report_shown, timeout=10000) as shown:
        window.contact_files.import_files([vcf], None)
    table = shown.args[0].table
    assert table.item(0, 2).text() == "[übersprungen]"
    assert bracketed_text(table.item(0, 4).text()), table.item(0, 4).text()


@pytest.mark.usefixtures("bracketed")
def test_mail_import_reports_are_translated(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kaputt.eml"
    broken.write_bytes(b"\x00\x01 nichts")
    with qtbot.waitSignal(window.mail_import.report_shown, timeout=10000) as shown:
        window.mail_import.import_mails([broken])
    table = shown.args[0].table
    assert table.item(0, 1).text() == "[abgelehnt]"
    assert bracketed_text(table.item(0, 5).text()), table.item(0, 5).text()
