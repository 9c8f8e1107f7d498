"""A mail from a newsroom's shared address whose display name names none of the people who use
it: the detail lists them, and "Zuordnen" gives the inquiry to the one the clerk picks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import ScriptedPrompts, settle

NEWSDESK_MAIL = b"""From: WDR Newsdesk <newsdesk@wdr.example>
To: presse@stadt.example
Subject: Nachfrage Haushalt
Date: Mon, 23 Nov 2026 10:15:00 +0100
Message-ID: <newsdesk-1@wdr.example>
Content-Type: text/plain; charset=utf-8

Guten Tag, wann kommen die Zahlen?
"""


def candidate_rows(detail) -> list[QWidget]:  # type: ignore[no-untyped-def]
    layout = detail.candidates.layout()
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w for w in widgets if w.findChild(QPushButton, "assignButton") is not None]


def test_the_clerk_assigns_a_mail_from_a_shared_address(  # type: ignore[no-untyped-def]
    qtbot, window, prompts: ScriptedPrompts
) -> None:
    contacts, inquiries = window.context.contacts, window.context.inquiries
    people = [
        contacts.create(
            ContactDraft(
                kind=ContactKind.PRESS,
                first_name=first,
                last_name=last,
                outlet="WDR",
                emails=(EmailInput(own), EmailInput("newsdesk@wdr.example")),
            )
        )
        for first, last, own in (
            ("Jonas", "<b>Weber</b>", "j.weber@wdr.example"),  # a name as an import wrote it
            ("Lena", "Hoffmann", "l.hoffmann@wdr.example"),
        )
    ]
    report = window.context.mail.import_bytes(NEWSDESK_MAIL, "newsdesk.eml", "newsdesk.eml")
    assert report.inquiry_id is not None
    assert sorted(report.contact_candidates or ()) == sorted(p.id for p in people)
    window.show_section(Section.INQUIRIES)
    window.inquiries.refresh()
    window.inquiries.show_inquiry(report.inquiry_id)
    settle(qtbot, window)

    detail = window.inquiries.detail
    assert detail.record.contact_id is None
    assert detail.fields["contact"].text() == "nicht zugeordnet"  # not the sender's name
    assert detail.candidates.isVisibleTo(detail)
    assert not detail.contact_button.isEnabled()
    rows = candidate_rows(detail)
    names = [row.findChild(QLabel, "candidateName") for row in rows]
    assert sorted(n.text() for n in names) == [
        "Jonas <b>Weber</b> (WDR) – Presse",  # shown as it is, never as markup
        "Lena Hoffmann (WDR) – Presse",
    ]
    assert all(n.textFormat() == Qt.TextFormat.PlainText for n in names)
    assert window.inquiries.model.row_at(0).contact_name == "WDR Newsdesk"  # the sender

    [lena] = [r for r, n in zip(rows, names, strict=True) if n.text().startswith("Lena")]
    lena.findChild(QPushButton, "assignButton").click()
    qtbot.waitUntil(lambda: detail.record.contact_id == people[1].id)
    settle(qtbot, window)
    assert detail.fields["contact"].text() == "Lena Hoffmann"

    stored = inquiries.get(report.inquiry_id)
    assert (stored.contact_id, stored.contact_candidates) == (people[1].id, ())
    assert not detail.candidates.isVisibleTo(detail)
    assert detail.fields["contact"].text() == "Lena Hoffmann"
    assert detail.contact_button.isEnabled()
    [row] = inquiries.search(InquiryQuery())
    assert row.contact_name == "Lena Hoffmann"
    assert window.inquiries.model.row_at(0).contact_name == "Lena Hoffmann"  # the queue too
    assert contacts.count() == 2  # nobody was created for the newsroom
    assert prompts.messages == []
