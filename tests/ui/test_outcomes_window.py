"""The "Nicht übernommen" list in the window, and closing the window during a real mailbox
fetch (pymap) without losing a mail."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.mail.intake import MailOutcome
from buergeranfragen.mail.press import PressDetector
from buergeranfragen.ui.inquiries.rejected_dialog import RejectedDialog
from tests.support import ImapServer
from tests.ui.conftest import settle

HOSTILE = '<img src="/dev/zero"><b>Staatskanzlei</b>'
RLO = "\u202e"


def mail(n: int, subject: str = "") -> bytes:
    return (
        f"From: Person {n} <person{n}@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
        f"Subject: {subject or f'Fenster {n}'}\r\nDate: 23 Nov 2026 10:{n:02d}:00 +0100\r\n"
        f"Message-ID: <window-{n}@example.org>\r\n\r\nText {n} <script>x</script> {RLO}abc\r\n"
    ).encode()


def test_rejected_mails_are_listed_as_text_and_can_be_imported_saved_and_deleted(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    kind = PressDetector.kind

    def breaks(self: PressDetector, subject: str, *args: Any) -> Any:
        if subject.startswith("<img"):
            raise RuntimeError("kaputt")
        return kind(self, subject, *args)

    monkeypatch.setattr(PressDetector, "kind", breaks)
    intake = window.context.mail
    for n in (1, 2):
        report = intake.import_bytes(mail(n, HOSTILE + str(n)), f"datei-{n}.eml", f"{n}.eml")
        assert report.status == MailOutcome.REJECTED
    window.inquiries.rejected_button.click()
    [dialog] = window.findChildren(RejectedDialog)
    settle(qtbot, window)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == HOSTILE + "2"  # the cell holds text, no markup
    qtbot.waitUntil(lambda: "Herkunft: datei-2.eml" in dialog.text.toPlainText())
    shown = dialog.text.toPlainText()
    assert HOSTILE + "2" in shown and "<script>x</script>" in shown
    assert "unerwarteter Fehler" in shown
    assert "⟨U+202E⟩abc" in shown and RLO not in shown  # written out, not turning the text
    assert dialog.summary.text().startswith("2 Mails wurden")

    window.prompts.save_target = tmp_path / "gerettet.eml"
    dialog.save_button.click()
    settle(qtbot, window)
    assert (tmp_path / "gerettet.eml").read_bytes() == mail(2, HOSTILE + "2")

    monkeypatch.setattr(PressDetector, "kind", kind)  # the bug is fixed
    dialog.retry_button.click()
    settle(qtbot, window)
    assert "übernommen: BA-2026-" in dialog.note.text()
    assert dialog.table.rowCount() == 1
    assert dialog.summary.text().startswith("1 Mail wurde nicht übernommen")
    qtbot.waitUntil(lambda: "Herkunft: datei-1.eml" in dialog.text.toPlainText())
    assert window.context.inquiries.count(InquiryQuery()) == 1

    window.prompts.confirm_answers = [True]
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    settle(qtbot, window)
    assert dialog.table.rowCount() == 0 and window.context.inquiries.rejected.entries() == []
    assert dialog.note.text() == ""  # nothing said about the entry that is gone
    dialog.close()


def test_closing_the_window_during_a_real_fetch_loses_no_mail(  # type: ignore[no-untyped-def]
    qtbot, window, imap: ImapServer, memory_keyring
) -> None:
    """The window closes after the first of four mails is stored: the fetch stops between
    two mails, the position stays at the one stored, and the next fetch brings the rest,
    none twice."""
    folder = "Schliessen-mitten"
    for n in (1, 2, 3, 4):
        imap.append(folder, mail(n))
    mailboxes = window.context.mailboxes
    settings = imap.settings(folder)
    mailboxes.add(settings, imap.password)
    intake = window.context.mail
    original = intake.import_bytes
    first_stored, window_closed = threading.Event(), threading.Event()

    def import_bytes(data: bytes, label: str, source: str, **options: Any) -> Any:
        report = original(data, label, source, **options)
        if not first_stored.is_set():
            first_stored.set()
            assert window_closed.wait(10)  # the user closes the window meanwhile
        return report

    intake.import_bytes = import_bytes  # type: ignore[method-assign]
    window.fetch_mail()
    assert first_stored.wait(10)
    assert window.close()
    window_closed.set()
    assert window.ops.shutdown(10_000)  # what ui/app.py does before closing the database
    del intake.import_bytes
    inquiries = window.context.inquiries
    assert [s.subject for s in inquiries.search(InquiryQuery(), 0, 10)] == ["Fenster 1"]

    [later] = mailboxes.fetch_all()  # the next start
    assert [r.status for r in later.reports] == [MailOutcome.IMPORTED] * 3
    assert sorted(s.subject for s in inquiries.search(InquiryQuery(), 0, 10)) == [
        "Fenster 1",
        "Fenster 2",
        "Fenster 3",
        "Fenster 4",
    ]
