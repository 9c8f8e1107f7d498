"""The window as a whole: sections, import and export with progress, errors, closing."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.ui.common.errors import ErrorReporter, setup_logging
from buergeranfragen.ui.common.prompts import Discard
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import ScriptedPrompts, settle

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
    assert list(window.sections) == [Section.INQUIRIES, Section.CONTACTS, Section.REPORTS]
    assert window.current_section == Section.INQUIRIES  # the queue is where the work starts
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.contacts
    assert window.current_section == Section.CONTACTS
    window.show_section(Section.REPORTS)
    assert window.reports.body.text()  # what it shows, or why it cannot
    assert window.stack.currentWidget() is window.reports
    assert window.nav.currentRow() == 2
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
    files = window.contact_files
    with (
        qtbot.waitSignal(files.import_finished, timeout=10000) as finished,
        qtbot.waitSignal(files.report_shown, timeout=10000) as shown,
    ):
        window.window_actions.import_contacts.trigger()
    reports = finished.args[0]
    assert [r.status for r in reports].count("imported") == 30
    dialog = shown.args[0]
    assert dialog.table.rowCount() == 31
    assert "30 importiert" in dialog.summary.text() and "1 übersprungen" in dialog.summary.text()
    assert dialog.table.item(30, 2).text() == "übersprungen"
    assert "END:VCARD" in dialog.table.item(30, 4).text()
    assert window.current_section == Section.CONTACTS
    settle(qtbot, window)
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
    with qtbot.waitSignal(window.contact_files.export_finished, timeout=10000) as finished:
        window.window_actions.export_csv.trigger()
    assert finished.args == [1]
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
    previous = sys.excepthook
    reporter = ErrorReporter(log_file, lambda m: prompts.warn("x", m), prompts.crash)
    reporter.install()
    try:
        assert sys.excepthook == reporter.handle

        def broken(draft):  # type: ignore[no-untyped-def]
            raise RuntimeError("Programmfehler zum Test")

        monkeypatch.setattr(window.context.contacts, "create", broken)
        window.new_contact()
        window.contacts.form.last_name.setText("Nicht verlieren")
        window.window_actions.save.trigger()
        settle(qtbot, window)  # the worker's exception went through the installed hook
    finally:
        reporter.uninstall()
    assert sys.excepthook == previous
    kind, text, logged = prompts.messages[-1]
    assert kind == "crash" and "Programmfehler zum Test" in text and "Eingaben" in text
    assert logged == str(log_file)
    assert "RuntimeError: Programmfehler zum Test" in log_file.read_text(encoding="utf-8")
    assert window.contacts.form.last_name.text() == "Nicht verlieren"
    # the bug did not leave the form stuck: once the cause is gone, saving works
    monkeypatch.undo()
    window.window_actions.save.trigger()
    settle(qtbot, window)
    assert [c.name for c in window.context.contacts.search()] == ["Nicht verlieren"]


def test_closing_with_unsaved_input_asks_first(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    window.new_contact()
    window.contacts.form.last_name.setText("Ungespeichert")
    prompts.discard_answers.append(Discard.CANCEL)
    assert not window.close()
    settle(qtbot, window)
    assert window.isVisible()
    assert window.context.contacts.count() == 0
    prompts.discard_answers.append(Discard.SAVE)
    window.close()  # saves first, then closes
    qtbot.waitUntil(lambda: not window.isVisible())
    assert [c.name for c in window.context.contacts.search()] == ["Ungespeichert"]


def test_closing_saves_a_call_in_the_form_when_asked_to(
    qtbot, window, prompts: ScriptedPrompts
) -> None:  # type: ignore[no-untyped-def]
    form = window.open_call_form()
    form.subject.setText("Rückruf erbeten")
    prompts.discard_answers.append(Discard.SAVE)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    [summary] = window.context.inquiries.search(InquiryQuery())
    assert summary.subject == "Rückruf erbeten"
    assert prompts.messages[-1] == ("unsaved", "Das Anrufformular", "")


def test_ctrl_n_from_another_section_opens_the_contact_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_section(Section.INQUIRIES)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section == Section.CONTACTS
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
        qtbot.waitUntil(lambda: win.ops.idle)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_ctrl_s_in_the_queue_does_not_touch_the_hidden_contact_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_section(Section.INQUIRIES)
    window.contacts.form.last_name.setText("Im Hintergrund")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.contacts.form.name_error.text() == ""
    assert window.statusBar().currentMessage() == ""
    assert window.context.contacts.count() == 0
    # the same keys on the contact form do save
    window.show_section(Section.CONTACTS)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.context.contacts.count() == 1
