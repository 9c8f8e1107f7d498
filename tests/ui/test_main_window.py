"""The window as a whole: sections, import and export with progress, errors, closing."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.ui.common.errors import ErrorReporter, setup_logging
from buergeranfragen.ui.common.prompts import Discard
from tests.ui.conftest import ScriptedPrompts

VCARDS = (
    "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person{n};Test;;;\r\nFN:Test Person{n}\r\n"
        f"TEL:0221 4710 {n:03d}\r\nEND:VCARD\r\n"
        for n in range(1, 31)
    )
    + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abgeschnitten\r\n"
)


def test_sections_and_the_reports_placeholder_says_so_plainly(window) -> None:  # type: ignore[no-untyped-def]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Anfragen",
        "Kontakte",
        "Berichte",
    ]
    assert window.current_section == "Anfragen"  # the queue is where the work starts
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.contacts
    window.show_section("Berichte")
    assert "noch nicht gebaut" in window.reports_page.findChildren(QLabel)[1].text()
    assert window.stack.currentWidget() is window.reports_page
    assert "lokal" in window.database_label.text()


def test_import_runs_in_the_background_and_reports_every_entry(
    qtbot,
    window,
    prompts: ScriptedPrompts,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "presse.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    prompts.files = [path]
    prompts.choice = 1  # all as press contacts
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.transfer.report_dialog is not None, timeout=10000)
    dialog = window.transfer.report_dialog
    assert dialog.table.rowCount() == 31
    assert "30 importiert" in dialog.summary.text() and "1 übersprungen" in dialog.summary.text()
    assert dialog.table.item(30, 2).text() == "übersprungen"
    assert "END:VCARD" in dialog.table.item(30, 4).text()
    assert window.contacts.model.total == 30  # the list refreshed itself
    assert {c.kind.value for c in window.context.contacts.search(limit=50)} == {"press"}
    dialog.close()


def test_export_writes_the_file_and_says_so(
    qtbot,
    window,
    prompts: ScriptedPrompts,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.context.contacts.create(ContactDraft(last_name="=Formel"))
    prompts.save_target = tmp_path / "export.csv"
    window.export_csv_action.trigger()
    qtbot.waitUntil(lambda: window.transfer.last_export == 1, timeout=10000)
    assert "'=Formel" in prompts.save_target.read_text(encoding="utf-8-sig")
    assert prompts.messages[-1][1] == "Export abgeschlossen"


def test_unexpected_error_is_logged_shown_and_the_form_keeps_the_input(
    qtbot,
    window,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    log_file = setup_logging(tmp_path / "logs")
    reporter = ErrorReporter(log_file, lambda m: prompts.warn("x", m), prompts.crash)
    reporter.install()
    try:

        def broken(draft):  # type: ignore[no-untyped-def]
            raise RuntimeError("Programmfehler zum Test")

        monkeypatch.setattr(window.context.contacts, "create", broken)
        window.new_contact()
        window.contacts.form.last_name.setText("Nicht verlieren")
        with qtbot.captureExceptions() as exceptions:
            window.save_action.trigger()
        assert exceptions, "the slot's exception reached Qt"
        reporter.handle(*exceptions[0])
    finally:
        reporter.uninstall()
    kind, text, logged = prompts.messages[-1]
    assert kind == "crash" and "Programmfehler zum Test" in text and "Eingaben" in text
    assert logged == str(log_file)
    assert "RuntimeError: Programmfehler zum Test" in log_file.read_text(encoding="utf-8")
    assert window.contacts.form.last_name.text() == "Nicht verlieren"
    assert sys.excepthook is not reporter.handle


def test_closing_with_unsaved_input_asks_first(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    window.new_contact()
    window.contacts.form.last_name.setText("Ungespeichert")
    prompts.discard_answers.append(Discard.CANCEL)
    assert not window.close()
    assert window.isVisible()
    prompts.discard_answers.append(Discard.SAVE)
    assert window.close()
    assert [c.name for c in window.context.contacts.search()] == ["Ungespeichert"]


def test_ctrl_n_from_another_section_opens_the_contact_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_section("Anfragen")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section == "Kontakte"
    assert window.contacts.form.record is None


def test_english_interface_from_the_shipped_translation(qtbot, app_context, prompts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from buergeranfragen.ui.app import install_translations
    from buergeranfragen.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    installed = install_translations(app, "en_GB")
    try:
        assert installed, "buergeranfragen_en.qm is shipped and loads"
        win = MainWindow(app_context, prompts)
        qtbot.addWidget(win)
        assert [win.nav.item(i).text() for i in range(3)] == ["Inquiries", "Contacts", "Reports"]
        assert win.contacts.save_button.text() == "Save"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_ctrl_s_in_the_queue_does_not_touch_the_hidden_contact_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_section("Anfragen")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.contacts.form.name_error.text() == ""
    assert window.statusBar().currentMessage() == ""
    assert window.context.contacts.count() == 0
