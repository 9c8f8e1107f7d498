"""Inquiries in the window: a call logged as a press officer would, mails dropped onto the
window, the queue and the detail view, the single running instance."""

from __future__ import annotations

import warnings
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from buergeranfragen.cli import translate_links
from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery
from buergeranfragen.mail.html_view import sanitise_html
from buergeranfragen.ui.common.prompts import Discard
from buergeranfragen.ui.inquiries.mail_body import OfflineBrowser
from buergeranfragen.ui.shell.sections import Section
from buergeranfragen.ui.shell.single_instance import InstanceServer, send_to_running
from tests.support import corpus_dir
from tests.ui.conftest import ScriptedPrompts, settle

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
    window.show_section(Section.CONTACTS)

    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    form = window.call_form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(form.number.hasFocus)

    qtbot.keyClicks(form.number, "+49 221 4710")
    settle(qtbot, window)
    assert form.caller.text() == "Unbekannte Nummer 0221 4710."  # not her number (yet)
    qtbot.keyClicks(form.number, "011")
    qtbot.waitUntil(lambda: "BA-2026-00001" in " ".join(form.open_box.lines()))  # her open one
    assert form.caller.text() == "Erkannt: Katrin Albers (WDR)"
    assert form.kind.currentData() == "press"
    qtbot.keyClicks(form.subject, "Nachfrage Haushalt")
    form.has_deadline.setChecked(True)

    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    settle(qtbot, window)
    [newest, _] = inquiries.search(InquiryQuery())
    assert (newest.reference, newest.contact_name, newest.subject) == (
        "BA-2026-00002",
        "Katrin Albers",
        "Nachfrage Haushalt",
    )
    record = inquiries.get(newest.id)
    assert record.deadline is not None and record.caller_number == "0221 4710011"
    assert window.current_section == Section.INQUIRIES
    assert window.inquiries.detail.record.id == newest.id
    assert "BA-2026-00002" in window.statusBar().currentMessage()


def test_unknown_caller_is_created_in_the_call_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.open_call_form()
    qtbot.keyClicks(form.number, "0211 837-1001")
    settle(qtbot, window)
    assert form.caller.text() == "Unbekannte Nummer 0211 8371001."
    assert form.new_box.isVisible()
    qtbot.keyClicks(form.last_name, "Baumann")
    qtbot.keyClicks(form.organisation, "Mieterverein")
    qtbot.keyClicks(form.subject, "Wohngeld")
    form.done_on_phone.setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    [caller] = window.context.contacts.lookup_caller("+492118371001")
    assert (caller.name, caller.organisation, caller.kind) == (
        "Baumann",
        "Mieterverein",
        ContactKind.CITIZEN,
    )
    [summary] = window.context.inquiries.search(InquiryQuery())
    assert summary.status.value == "answered_on_phone"
    settle(qtbot, window)
    assert window.contacts.model.total == 1  # the new contact reached the contact list


def test_an_unknown_press_callers_organisation_becomes_the_outlet(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = window.open_call_form("0211 837-1002")
    form.kind.setCurrentIndex(form.kind.findData(ContactKind.PRESS.value))
    qtbot.keyClicks(form.last_name, "Sommer")
    qtbot.keyClicks(form.organisation, "Rheinische Post")
    qtbot.keyClicks(form.subject, "Stellungnahme")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    [caller] = window.context.contacts.lookup_caller("+492118371002")
    record = window.context.contacts.get(caller.id)
    assert (record.kind, record.outlet, record.organisation) == (
        ContactKind.PRESS,
        "Rheinische Post",
        "",
    )


def test_saving_right_after_typing_the_number_waits_for_the_caller(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    known = window.context.contacts.create(
        ContactDraft(last_name="Albers", phones=(PhoneInput("0221 4710011"),))
    )
    form = window.open_call_form()
    form.subject.setText("Sofort gespeichert")
    form.number.setText("0221 4710011")  # the lookup has not answered yet
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    assert saved.args[0].contact_id == known.id


def test_call_form_messages_and_discard_question(qtbot, window, prompts: ScriptedPrompts) -> None:  # type: ignore[no-untyped-def]
    form = window.open_call_form()
    qtbot.keyClicks(form.number, "12345")
    qtbot.keyClicks(form.subject, "x")
    form.save()
    settle(qtbot, window)
    assert "12345" in form.number_error.text()
    assert form.isVisible() and window.context.inquiries.count(InquiryQuery()) == 0
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
    imported = window.mail_import.mail_import_finished
    with (
        qtbot.waitSignal(imported, timeout=10000) as finished,
        qtbot.waitSignal(window.mail_import.report_shown, timeout=10000) as shown,
    ):
        drop(window, mime)
    assert sorted(r.status for r in finished.args[0]) == ["imported"] * 3 + ["rejected"]
    dialog = shown.args[0]
    assert "3 Mails als Anfragen übernommen" in dialog.summary.text()
    assert "1 abgelehnt" in dialog.summary.text()
    settle(qtbot, window)
    assert window.inquiries.model.total == 3
    dialog.close()

    # a mail dragged from Thunderbird as data
    data = QMimeData()
    data.setData("message/rfc822", MAIL.format(subject="Aus Thunderbird", mid="tb").encode())
    with qtbot.waitSignal(imported, timeout=10000) as finished:
        drop(window, data)
    assert [r.status for r in finished.args[0]] == ["imported"]
    settle(qtbot, window)
    assert window.inquiries.model.total == 4

    # the queue: search and the detail with sanitised HTML
    window.inquiries.search.setText("thunderbird")
    settle(qtbot, window)  # waits for the pause in typing, then for the search
    assert window.inquiries.model.total == 1
    window.inquiries.table.selectRow(0)
    settle(qtbot, window)
    detail = window.inquiries.detail
    assert detail.record.subject == "Aus Thunderbird"
    assert "Stand" in detail.body.toPlainText() and "<b>" not in detail.body.toPlainText()
    detail.html_toggle.setChecked(True)
    settle(qtbot, window)  # prepared on a worker
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
    settle(qtbot, window)
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
    dialog = MailboxDialog(window.context.mailboxes, window.ops, window.prompts, window)
    qtbot.addWidget(dialog)
    dialog.host.clear()
    dialog.add()
    settle(qtbot, window)
    assert "Servernamen" in dialog.error.text()
    assert dialog.list.count() == 0 and not window.fetcher.timer.isActive()
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(imap.port)
    dialog.username.setText(imap.user)
    dialog.password.setText(imap.password)
    dialog.folder.setText("Fenster")
    window.prompts.confirm_answers = [False]  # "unencrypted?" - no: nothing is saved
    dialog.add()
    settle(qtbot, window)
    assert dialog.list.count() == 0 and window.prompts.messages[-1][1] == (
        "Unverschlüsselte Verbindung"
    )
    window.prompts.confirm_answers = [True]
    dialog.add()
    settle(qtbot, window)
    assert dialog.error.text() == ""
    assert dialog.list.count() == 1 and dialog.password.text() == ""
    assert list(memory_keyring.store.values()) == [imap.password]
    assert window.fetcher.timer.isActive()  # a mailbox is set up: fetched regularly

    with qtbot.waitSignal(window.fetch_finished, timeout=10000) as fetched:
        window.window_actions.fetch.trigger()
    [result] = fetched.args[0]
    assert (result.count("imported"), result.error) == (1, None)
    assert "1 neue Anfragen aus dem Postfach" in window.statusBar().currentMessage()
    settle(qtbot, window)
    assert window.inquiries.model.row_at(0).subject == "Aus dem Postfach"


def test_a_mail_dragged_out_of_outlook(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.inquiries.mail_drop import OUTLOOK_CONTENTS

    data = QMimeData()
    data.setData(OUTLOOK_CONTENTS, MAIL.format(subject="Aus Outlook", mid="ol").encode())
    with qtbot.waitSignal(window.mail_import.mail_import_finished, timeout=10000):
        drop(window, data)
    settle(qtbot, window)
    assert window.inquiries.model.row_at(0).subject == "Aus Outlook"


def test_from_an_inquiry_to_its_contact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    record = window.context.inquiries.log_call(
        CallDraft(number="0211 8371001", new_contact=ContactDraft(last_name="Baumann"), subject="x")
    )
    window.inquiries.show_inquiry(record.id)
    settle(qtbot, window)
    window.inquiries.detail.contact_button.click()
    assert window.current_section == Section.CONTACTS
    settle(qtbot, window)
    assert window.contacts.form.record.id == record.contact_id


def test_attachments_open_and_save_and_programs_are_asked_about(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    raw = (
        b"From: a@example.org\r\nSubject: Anhang\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        b"Message-ID: <att@example.org>\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nSiehe Anhang.\r\n--XX\r\n"
        b"Content-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="rechnung.pdf.exe"\r\n\r\nMZ\r\n--XX--\r\n'
    )
    report = window.context.mail.import_bytes(raw, "a.eml", "a.eml")
    window.inquiries.show_inquiry(report.inquiry_id)
    settle(qtbot, window)
    detail = window.inquiries.detail
    assert detail.attachments.count() == 2  # the attachment and the original mail
    detail.attachments.setCurrentRow(0)
    prompts.confirm_answers.append(False)
    detail.open_attachment()
    settle(qtbot, window)
    assert opened == [] and "Programm" in prompts.messages[-1][2]
    prompts.confirm_answers.append(True)
    detail.open_attachment()
    settle(qtbot, window)
    assert Path(opened[0]).name == "rechnung.pdf.exe"
    assert Path(opened[0]).read_bytes() == b"MZ"
    detail.attachments.setCurrentRow(1)
    detail.open_attachment()  # the original mail, written out of the database: no question
    settle(qtbot, window)
    assert Path(opened[1]).read_bytes() == raw
    prompts.save_target = tmp_path / "kopie.exe"
    detail.attachments.setCurrentRow(0)
    detail.save_attachment()
    settle(qtbot, window)
    assert prompts.save_target.read_bytes() == b"MZ"
    # a target that cannot be written: a message, no crash
    prompts.save_target = tmp_path / "fehlt" / "kopie.exe"
    detail.save_attachment()
    settle(qtbot, window)
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("warn", "Speichern nicht möglich")
    assert "kann nicht geschrieben werden" in text and "kopie.exe" in text


def test_attachment_names_show_what_they_are_and_only_documents_open_unasked(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    """An RLO name is listed with the control written out; a PDF opens at once, an SVG and a
    name ending in "exe." are asked about with their type named (and the file written out
    ends in .exe, as the desktop will see it)."""
    import stat

    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )

    def part(name: str, data: bytes) -> bytes:
        return (
            b"--XX\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Disposition: attachment; filename*=UTF-8''"
            + quote(name).encode()
            + b"\r\n\r\n"
            + data
            + b"\r\n"
        )

    raw = (
        b"From: a@example.org\r\nSubject: Namen\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        b"Message-ID: <names@example.org>\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        + part("rechnung\u202efdp.exe", b"MZ1")
        + part("Bescheid.pdf", b"%PDF")
        + part("bild.svg", b"<svg/>")
        + part("evil.exe.", b"MZ2")
        + b"--XX--\r\n"
    )
    report = window.context.mail.import_bytes(raw, "n.eml", "n.eml")
    window.inquiries.show_inquiry(report.inquiry_id)
    settle(qtbot, window)
    detail = window.inquiries.detail
    texts = [detail.attachments.item(row).text() for row in range(detail.attachments.count())]
    assert texts[0] == "rechnung⟨U+202E⟩fdp.exe  (3 B)"
    assert "\u202e" not in "".join(texts)
    detail.attachments.setCurrentRow(1)
    detail.open_attachment()  # a PDF: no question
    settle(qtbot, window)
    assert [m for m in prompts.messages if m[0] == "confirm"] == []
    assert Path(opened[-1]).name == "Bescheid.pdf" and Path(opened[-1]).read_bytes() == b"%PDF"
    folder = Path(opened[-1]).parent
    assert stat.S_IMODE(folder.stat().st_mode) == stat.S_IMODE(folder.parent.stat().st_mode)
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    detail.attachments.setCurrentRow(2)
    prompts.confirm_answers.append(False)
    detail.open_attachment()
    settle(qtbot, window)
    assert "Webseite oder Datei mit Skripten (.svg)" in prompts.messages[-1][2]
    assert len(opened) == 1
    detail.attachments.setCurrentRow(3)
    prompts.confirm_answers.append(True)
    detail.open_attachment()
    settle(qtbot, window)
    assert "„evil.exe.“" in prompts.messages[-1][2] and "Programm (.exe)" in prompts.messages[-1][2]
    assert Path(opened[-1]).name == "evil.exe" and Path(opened[-1]).read_bytes() == b"MZ2"
    detail.attachments.setCurrentRow(0)
    prompts.confirm_answers.append(False)
    detail.open_attachment()
    settle(qtbot, window)
    assert "„rechnung⟨U+202E⟩fdp.exe“" in prompts.messages[-1][2]
    # no program for the type on this desk: said so, not silently nothing
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    detail.attachments.setCurrentRow(1)
    detail.open_attachment()
    settle(qtbot, window)
    assert prompts.messages[-1][0] == "warn"
    assert "kein Programm" in prompts.messages[-1][2] and "Bescheid.pdf" in prompts.messages[-1][2]


@pytest.mark.corpus
def test_an_outlook_mails_formatting_is_made_from_its_original_on_request(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A .msg whose formatting lives only in its RTF body is imported without it (fast); the
    formatted view makes it from the stored original when the clerk asks for it."""
    [simple] = corpus_dir("msg").rglob("Simple.msg")
    report = window.context.mail.import_file(simple)
    assert report.inquiry_id is not None
    window.inquiries.show_inquiry(report.inquiry_id)
    settle(qtbot, window)
    detail = window.inquiries.detail
    assert detail.record.body_html == "" and detail.html_toggle.isEnabled()
    assert detail.body.toPlainText() == "Simple"
    shown: list[str] = []
    set_html = detail.body.setHtml
    detail.body.setHtml = lambda html: (shown.append(html), set_html(html))  # type: ignore[method-assign]
    detail.html_toggle.setChecked(True)
    settle(qtbot, window)
    assert len(shown) == 1 and "Simple" in shown[0]  # made from the original's RTF, sanitised
    assert "Microsoft Word" not in shown[0]  # nothing of Word's head survives the sanitiser
    assert detail.body.toPlainText().strip() == "Simple"
    detail.html_toggle.setChecked(False)
    assert detail.body.toPlainText() == "Simple"


def slow_service_call(service, name: str, monkeypatch):  # type: ignore[no-untyped-def]
    """``service.<name>`` waits for the returned event before it does its work."""
    import threading

    real = getattr(service, name)
    release = threading.Event()

    def held_up(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, name, held_up)
    return release


def test_a_discarded_call_is_not_stored_when_the_lookup_answers_late(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    window.context.contacts.create(
        ContactDraft(last_name="Albers", phones=(PhoneInput("0221 4710011"),))
    )
    release = slow_service_call(window.context.contacts, "lookup_caller", monkeypatch)
    form = window.open_call_form()
    qtbot.waitUntil(form.number.hasFocus)  # the form is the active window: its keys work
    form.subject.setText("Verworfen")
    form.number.setText("0221 4710011")  # the lookup starts, and is held up
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.looking_up and not form.saving  # the save waits for the caller
    prompts.confirm_answers.append(True)  # "Verwerfen"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert prompts.messages[-1][1] == "Anruf verwerfen?"
    release.set()  # the lookup answers after all
    settle(qtbot, window)
    assert window.context.inquiries.count(InquiryQuery()) == 0
    assert form.caller.text() == "Noch keine Rufnummer."  # its answer was not even shown


def test_closing_while_a_call_is_being_stored_closes_once_it_is_stored(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts, monkeypatch
) -> None:
    release = slow_service_call(window.context.inquiries, "log_call", monkeypatch)
    form = window.open_call_form()
    qtbot.waitUntil(form.number.hasFocus)  # the form is the active window: its keys work
    form.subject.setText("Beim Schließen")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.saving
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # the call cannot be called back: Esc waits
    assert form.isVisible()
    prompts.discard_answers.append(Discard.SAVE)
    assert not window.close()  # "Speichern": waits for the store under way
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    [stored] = window.context.inquiries.search(InquiryQuery())
    assert stored.subject == "Beim Schließen"
    assert [m[0] for m in prompts.messages] == ["unsaved"]


def test_closing_during_a_mailbox_fetch_cancels_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading
    import time

    mailboxes = window.context.mailboxes
    started = threading.Event()
    saw_cancel: list[bool] = []

    def fetch_all(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        give_up = time.monotonic() + 10
        while not cancelled() and time.monotonic() < give_up:  # a mailbox at a time
            time.sleep(0.005)
        saw_cancel.append(cancelled())
        return []

    monkeypatch.setattr(mailboxes, "configured", lambda: ["a mailbox"])
    monkeypatch.setattr(mailboxes, "fetch_all", fetch_all)
    fetched: list[object] = []
    window.fetch_finished.connect(fetched.append)
    window.fetch_mail()
    assert started.wait(10)
    assert window.close()  # nothing unsaved: closes at once, without waiting for the fetch
    assert window.ops.shutdown(10_000)  # what ui/app.py does before it closes the database
    assert saw_cancel == [True]
    QApplication.processEvents()
    assert fetched == []  # the result of the cancelled fetch went nowhere


def test_a_subject_full_of_markup_is_only_text_in_the_queues_tooltip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Qt reads a tooltip that looks like markup as rich text: `<img src="/dev/zero">` would be
    loaded and abort the program. The queue's tooltip carries the subject escaped."""
    from PySide6.QtGui import QTextDocument

    subject = '<b>Dringend</b> <img src="/dev/zero">'
    window.context.inquiries.log_call(CallDraft(number="0211 8371001", subject=subject))
    window.inquiries.refresh()
    settle(qtbot, window)
    model = window.inquiries.model
    [column] = [
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Betreff"
    ]
    tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == subject
