"""Inquiries in the window: a call logged as a press officer would, mails dropped onto the
window, the queue and the detail view, the single running instance."""

from __future__ import annotations

import time
import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from buergeranfragen.cli import translate_links
from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery
from buergeranfragen.ui.inquiries.detail import OfflineBrowser, sanitise_html
from buergeranfragen.ui.shell.single_instance import InstanceServer, send_to_running
from tests.ui.conftest import ScriptedPrompts

MAIL = """From: Erika Mustermann <erika@example.org>
To: nrwdirekt@nrw.de
Subject: {subject}
Date: Mon, 23 Nov 2026 10:15:00 +0100
Message-ID: <{mid}@example.org>
Content-Type: text/html; charset=utf-8

<p>Guten Tag,</p><p>wie ist der <b>Stand</b>?</p><img src="http://tracker.example/p.gif">
<script>alert(1)</script>
"""


def test_press_officer_logs_a_call(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    contacts, inquiries = window.context.contacts, window.context.inquiries
    albers = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Katrin",
            last_name="Albers",
            outlet="WDR",
            phones=(PhoneInput("0221 4710011"),),
        )
    )
    inquiries.log_call(CallDraft(contact_id=albers.id, subject="Haushaltszahlen"))
    window.show_section("Kontakte")

    started = time.perf_counter()
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    form = window.call_form
    assert form is not None and form.isVisible()
    opened_ms = (time.perf_counter() - started) * 1000
    assert opened_ms < 100, f"call form took {opened_ms:.0f} ms"
    qtbot.waitUntil(form.number.hasFocus)

    qtbot.keyClicks(form.number, "+49 221 4710")
    assert "Katrin Albers" not in form.caller.text()  # not her number (yet)
    qtbot.keyClicks(form.number, "011")
    assert "Katrin Albers" in form.caller.text()
    assert "BA-2026-00001" in form.open_list.text()  # her open inquiry
    assert form.kind.currentData() == "press"
    qtbot.keyClicks(form.subject, "Nachfrage Haushalt")
    form.has_deadline.setChecked(True)

    started = time.perf_counter()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved_ms = (time.perf_counter() - started) * 1000
    assert not form.isVisible()
    assert saved_ms < 1000, f"saving took {saved_ms:.0f} ms"
    [newest, _] = inquiries.search(InquiryQuery())
    assert (newest.reference, newest.contact_name, newest.subject) == (
        "BA-2026-00002",
        "Katrin Albers",
        "Nachfrage Haushalt",
    )
    record = inquiries.get(newest.id)
    assert record.deadline is not None and record.caller_number == "0221 4710011"
    assert window.current_section == "Anfragen"
    assert window.inquiries.detail.record.id == newest.id
    assert "BA-2026-00002" in window.statusBar().currentMessage()


def test_unknown_caller_is_created_in_the_call_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.open_call_form()
    qtbot.keyClicks(form.number, "0211 837-1001")
    assert "Unbekannte Nummer 0211 8371001" in form.caller.text()
    assert form.new_box.isVisible()
    qtbot.keyClicks(form.last_name, "Baumann")
    qtbot.keyClicks(form.subject, "Wohngeld")
    form.done_on_phone.setChecked(True)
    assert form.save() is not None
    [caller] = window.context.contacts.lookup_caller("+492118371001")
    assert caller.name == "Baumann"
    [summary] = window.context.inquiries.search(InquiryQuery())
    assert summary.status.value == "answered_on_phone"


def test_call_form_messages_and_discard_question(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    form = window.open_call_form()
    qtbot.keyClicks(form.number, "12345")
    qtbot.keyClicks(form.subject, "x")
    assert form.save() is None
    assert "12345" in form.number_error.text()
    prompts.confirm_answers.append(False)
    form.reject()
    assert form.isVisible() and form.number.text() == "12345"  # nothing typed is lost
    prompts.confirm_answers.append(True)
    form.reject()
    assert not form.isVisible()


def drop(window, mime: QMimeData) -> None:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():  # PySide marks the only QDragEnterEvent constructor
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_mails_dropped_onto_the_window_become_inquiries(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = []
    for n in range(3):
        path = tmp_path / f"mail{n}.eml"
        path.write_text(MAIL.format(subject=f"Frage {n}", mid=f"drop{n}"), encoding="utf-8")
        files.append(path)
    (tmp_path / "kaputt.eml").write_bytes(b"\x00\x01 nichts")
    files.append(tmp_path / "kaputt.eml")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    drop(window, mime)
    qtbot.waitUntil(lambda: window.transfer.report_dialog is not None, timeout=10000)
    dialog = window.transfer.report_dialog
    assert "3 Mails als Anfragen übernommen" in dialog.summary.text()
    assert "1 abgelehnt" in dialog.summary.text()
    assert window.inquiries.model.total == 3
    dialog.close()

    # a mail dragged from Thunderbird as data
    window.transfer.report_dialog = None
    data = QMimeData()
    data.setData("message/rfc822", MAIL.format(subject="Aus Thunderbird", mid="tb").encode())
    drop(window, data)
    qtbot.waitUntil(lambda: window.transfer.report_dialog is not None, timeout=10000)
    assert window.inquiries.model.total == 4

    # the queue: search and the detail with sanitised HTML
    window.inquiries.search.setText("thunderbird")
    window.inquiries.apply_filter()
    assert window.inquiries.model.total == 1
    window.inquiries.table.selectRow(0)
    detail = window.inquiries.detail
    assert detail.record.subject == "Aus Thunderbird"
    assert "Stand" in detail.body.toPlainText() and "<b>" not in detail.body.toPlainText()
    detail.html_toggle.setChecked(True)
    html = detail.body.toHtml()
    assert "Stand" in html and "tracker.example" not in html and "alert" not in html
    assert [a.filename for a in detail.record.attachments] == ["original.eml"]


def test_html_is_sanitised_and_nothing_remote_is_loaded(qtbot) -> None:  # type: ignore[no-untyped-def]
    clean = sanitise_html(
        '<p onclick="x()">Hi <img src="https://evil.example/x.png">'
        '<a href="javascript:alert(1)">a</a><a href="https://nrw.de">b</a>'
        '<iframe src="https://evil.example"></iframe><style>p{}</style></p>'
    )
    assert "img" not in clean and "onclick" not in clean and "javascript" not in clean
    assert "iframe" not in clean and "style" not in clean
    assert 'href="https://nrw.de"' in clean
    browser = OfflineBrowser()
    qtbot.addWidget(browser)
    blocked: list[str] = []
    browser.blocked.connect(blocked.append)
    browser.setHtml('<p>x</p><img src="https://evil.example/y.png">')
    browser.grab()  # render: the image is asked for, and refused
    assert set(blocked) == {"https://evil.example/y.png"}


def test_a_second_start_hands_the_call_to_the_running_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer()
    assert server.listen()
    server.message_received.connect(window.handle_instance_message)
    try:
        assert send_to_running("call +49 211 8371001")
        qtbot.waitUntil(lambda: window.call_form is not None and window.call_form.isVisible())
        assert window.call_form.number.text() == "+49 211 8371001"
    finally:
        server.close()
    assert not send_to_running("show")  # nobody listens any more


def test_tel_links_become_the_call_command() -> None:
    assert translate_links(["tel:+492118371001"]) == ["call", "--from", "+492118371001"]
    assert translate_links(["tel:0211%20837-1001"]) == ["call", "--from", "0211 837-1001"]
    assert translate_links(["callto://+49211"]) == ["call", "--from", "+49211"]
    assert translate_links(["contacts", "find", "x"]) == ["contacts", "find", "x"]


def test_a_huge_result_says_so_instead_of_counting_forever(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.inquiries import service as service_module
    from buergeranfragen.ui.inquiries import section as inquiries_section

    monkeypatch.setattr(service_module, "COUNT_LIMIT", 2)
    monkeypatch.setattr(inquiries_section, "COUNT_LIMIT", 2)
    for n in range(4):
        window.context.inquiries.log_call(CallDraft(subject=f"Wohngeld {n}"))
    section = window.inquiries
    section.search.setText("wohngeld")
    section.apply_filter()
    assert section.model.total == 3  # counted to the limit and one more
    assert section.count_label.text() == "mehr als 2 Anfragen – bitte die Suche eingrenzen"
    section.table.scrollToBottom()
    assert [row.subject for row in (section.model.row_at(i) for i in range(3))] == [
        "Wohngeld 3",
        "Wohngeld 2",
        "Wohngeld 1",
    ]


def test_mailbox_settings_and_background_fetch(qtbot, window, imap, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.inquiries.mailbox_dialog import MailboxDialog

    imap.append(
        "Fenster",
        MAIL.format(subject="Aus dem Postfach", mid="imap-window").replace("\n", "\r\n").encode(),
    )
    dialog = MailboxDialog(window.context.mailboxes, window.prompts, window)
    qtbot.addWidget(dialog)
    dialog.host.clear()
    assert not dialog.add()
    assert "Servernamen" in dialog.error.text()
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(imap.port)
    dialog.username.setText(imap.user)
    dialog.password.setText(imap.password)
    dialog.folder.setText("Fenster")
    assert dialog.add()
    assert dialog.list.count() == 1 and dialog.password.text() == ""
    assert list(memory_keyring.store.values()) == [imap.password]

    window.fetch_action.trigger()
    qtbot.waitUntil(lambda: window.fetch_task is None and bool(window.last_fetch), timeout=10000)
    assert "1 neue Anfragen aus dem Postfach" in window.statusBar().currentMessage()
    assert window.inquiries.model.row_at(0).subject == "Aus dem Postfach"


def test_a_mail_dragged_out_of_outlook(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.inquiries.mail_drop import OUTLOOK_CONTENTS

    data = QMimeData()
    data.setData(OUTLOOK_CONTENTS, MAIL.format(subject="Aus Outlook", mid="ol").encode())
    drop(window, data)
    qtbot.waitUntil(lambda: window.transfer.report_dialog is not None, timeout=10000)
    assert window.inquiries.model.row_at(0).subject == "Aus Outlook"


def test_from_an_inquiry_to_its_contact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    record = window.context.inquiries.log_call(
        CallDraft(number="0211 8371001", new_contact=ContactDraft(last_name="Baumann"), subject="x")
    )
    window.refresh_all()
    window.inquiries.show_inquiry(record.id)
    window.inquiries.detail.contact_button.click()
    assert window.current_section == "Kontakte"
    assert window.contacts.form.record.id == record.contact_id


def test_attachments_open_and_save_and_programs_are_asked_about(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    raw = (
        b"From: a@example.org\r\nSubject: Anhang\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        b"Message-ID: <att@example.org>\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nSiehe Anhang.\r\n--XX\r\n"
        b"Content-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="rechnung.pdf.exe"\r\n\r\nMZ\r\n--XX--\r\n'
    )
    report = window.context.mail.import_bytes(raw, "a.eml", "a.eml")
    window.inquiries.show_inquiry(report.inquiry_id)
    detail = window.inquiries.detail
    assert detail.attachments.count() == 2  # the attachment and the original mail
    detail.attachments.setCurrentRow(0)
    prompts.confirm_answers.append(False)
    detail.open_attachment()
    assert opened == [] and "Programm" in prompts.messages[-1][2]
    prompts.confirm_answers.append(True)
    detail.open_attachment()
    assert opened[0].endswith("BA-2026-00001_rechnung.pdf.exe")
    detail.attachments.setCurrentRow(1)
    detail.open_attachment()  # the original mail, written out of the database
    assert Path(opened[1]).read_bytes() == raw
    prompts.save_target = tmp_path / "kopie.exe"
    detail.attachments.setCurrentRow(0)
    detail.save_attachment()
    assert prompts.save_target.read_bytes() == b"MZ"
