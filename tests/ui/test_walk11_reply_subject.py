"""The reply editor shows a long subject from its beginning (walkthrough of issue 11): after
a Textbaustein is filled in, the clerk sees "Ihre Anfrage vom …", not the cut-off end."""

from __future__ import annotations

from datetime import UTC, datetime

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryRecord, InquiryStatus
from buergeranfragen.ui.answering.dialogs import ReplyDialog
from buergeranfragen.ui.inquiries.handling_dialogs import Target

LONG = "Frage zur Müllgebühr – Änderung für Haushalte mit Kindern und Alleinerziehende " * 2

RECORD = InquiryRecord(
    id=10,
    version=1,
    reference="BA-2026-00010",
    kind=ContactKind.CITIZEN,
    channel=InquiryChannel.EMAIL,
    status=InquiryStatus.NEW,
    received_at=datetime(2026, 11, 26, 9, 15, tzinfo=UTC),
    contact_id=None,
    contact_name="",
    subject=LONG.strip(),
    body="Text",
    body_html="",
    topic="",
    caller_number="",
    deadline=None,
    from_email="j.groesse@mail.example",
    from_name="Jürgen Größe-Wächter",
    forwarded_by="",
    message_id=None,
    source_file="",
    attachments=(),
)


def test_a_long_subject_is_shown_from_its_start_when_opened_and_after_a_template(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReplyDialog(Target(record=RECORD), ["Zwischennachricht"], interim=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.subject.cursorPosition() == 0  # "AW: Frage zur …" readable at the left
    dialog.fill("Zwischennachricht zu Ihrer Anfrage: " + LONG.strip(), "Guten Tag,\n\n…")
    assert dialog.subject.text().startswith("Zwischennachricht zu Ihrer Anfrage:")
    assert dialog.subject.cursorPosition() == 0
    # the focus stays in the box: the clerk may browse the Textbausteine with the arrow keys
    assert dialog.text.toPlainText().startswith("Guten Tag,")
