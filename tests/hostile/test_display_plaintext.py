"""Hostile text from mails, files and contacts, through the services into every place of the
window that shows it: each shows the literal text (a label's format is PlainText, a tooltip or
our own markup renders back to the text), loads no image, and writes direction controls out.

A label switched back to Qt's AutoText fails here: the format is checked, and a label, tooltip
or hint read as markup renders an image (U+FFFC) and loses the tags."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QRadioButton, QWidget

from buergeranfragen.contacts.io.transfer import import_contact_files
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    EmailInput,
    PhoneInput,
)
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.text import visible_controls
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.contacts.merge_dialog import DifferingField, MergeDialog
from buergeranfragen.ui.contacts.split_dialog import SplitDialog
from buergeranfragen.ui.contacts.transfers import contact_report
from buergeranfragen.ui.inquiries.mail_import import mail_report
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import settle

FAKE = "<b><font color=green>Staatskanzlei (verifiziert)</font></b>"
LINK = '<a href="https://evil.example/">Bürgerbüro</a>'
RLO = "rechnung\u202efdp.exe"
RLO_SHOWN = "rechnung⟨U+202E⟩fdp.exe"


@pytest.fixture
def spy(tmp_path: Path) -> str:
    """A local image: drawn if a text were read as markup."""
    path = tmp_path / "spy.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return f'<img src="{path}">'


def rendered(markup: str) -> str:
    """What Qt shows for a rich text (a tooltip, a label of ours with markup)."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def plain(label: QLabel) -> str:
    assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    return label.text()


def tooltip_shows(tip: Any, text: str) -> None:
    assert isinstance(tip, str) and "\ufffc" not in rendered(tip)  # no image
    assert rendered(tip) == visible_controls(text)


def hostile_mail(subject: str, from_name: str, address: str, filename: str, mid: str) -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP

    mail = EmailMessage(policy=SMTP)
    mail["From"] = f'"{from_name}" <{address}>'
    mail["To"] = "nrwdirekt@nrw.de"
    mail["Subject"] = subject
    mail["Date"] = "Mon, 23 Nov 2026 10:15:00 +0100"
    mail["Message-ID"] = f"<{mid}@evil.example>"
    mail.set_content("Guten Tag.")
    mail.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename=filename)
    return mail.as_bytes()


FORWARD = """From: Petra Kollegin <petra.kollegin@stk.nrw.de>
To: nrwdirekt@nrw.de
Subject: WG: {subject}
Date: Tue, 24 Nov 2026 08:00:00 +0100
Message-ID: <fw1@stk.nrw.de>
Content-Type: text/plain; charset=utf-8

Bitte übernehmen.

-----Ursprüngliche Nachricht-----
Von: {name} <amt@evil.example>
Gesendet: Montag, 23. November 2026 10:15
An: Poststelle <poststelle@stk.nrw.de>
Betreff: {subject}

Wie lange dauert die Bearbeitung?
"""


def test_the_detail_and_the_queue_show_a_hostile_mail_as_text(  # type: ignore[no-untyped-def]
    qtbot, window, spy: str
) -> None:
    contacts, mail = window.context.contacts, window.context.mail
    subject = f"{spy} {LINK} {RLO}"
    # two contacts share the sender's address, neither is named in it: candidates
    names = [(FAKE, "Jonas"), (f"{spy}Lena", RLO)]
    for last, first in names:
        contacts.create(
            ContactDraft(
                kind=ContactKind.PRESS,
                first_name=first,
                last_name=last,
                emails=(EmailInput("newsdesk@evil.example"),),
            )
        )
    known = contacts.create(  # the forwarded mail's sender
        ContactDraft(first_name="Amt", last_name=RLO, emails=(EmailInput("amt@evil.example"),))
    )
    first = mail.import_bytes(
        hostile_mail(subject, FAKE, "newsdesk@evil.example", f"{RLO}", "m1"), "a.eml", "a.eml"
    )
    forwarded = mail.import_bytes(
        FORWARD.format(subject=subject, name=f"Amt {RLO}").encode(), "fw.eml", "fw.eml"
    )
    assert first.inquiry_id is not None and forwarded.inquiry_id is not None
    window.show_section(Section.INQUIRIES)
    window.inquiries.refresh()
    window.inquiries.show_inquiry(first.inquiry_id)
    settle(qtbot, window)
    window.grab()  # painted: nothing is loaded

    detail = window.inquiries.detail
    record = detail.record
    assert plain(detail.heading) == visible_controls(f"{record.reference} – {subject}")
    assert plain(detail.fields["sender"]) == f"{FAKE} <newsdesk@evil.example>"
    assert plain(detail.fields["topic"]) == ""
    for label in detail.fields.values():
        plain(label)
    candidates = detail.candidates.findChildren(QLabel, "candidateName")
    assert sorted(plain(c) for c in candidates) == sorted(
        visible_controls(f"{first} {last} – Presse") for last, first in names
    )
    files = [detail.attachments.item(i).text() for i in range(detail.attachments.count())]
    assert any(f.startswith(RLO_SHOWN) for f in files), files

    window.inquiries.show_inquiry(forwarded.inquiry_id)
    settle(qtbot, window)
    assert plain(detail.fields["forwarded"]) == "petra.kollegin@stk.nrw.de"
    assert plain(detail.fields["sender"]) == f"Amt {RLO_SHOWN} <amt@evil.example>"
    assert plain(detail.fields["contact"]) == visible_controls(known.display_name)
    assert plain(detail.heading).endswith(visible_controls(subject))

    model = window.inquiries.model
    assert model.total == 2
    for row in range(2):
        summary = model.row_at(row)
        subject_cell = model.index(row, 5)
        assert model.data(subject_cell) == visible_controls(subject)
        assert model.data(model.index(row, 4)) == visible_controls(summary.contact_name)
        tooltip_shows(model.data(subject_cell, Qt.ItemDataRole.ToolTipRole), subject)
        contact_tip = model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
        if summary.contact_name:
            tooltip_shows(contact_tip, summary.contact_name)  # a cut name, whole and as text


def test_a_subject_that_is_an_image_of_dev_zero_is_only_text(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    """Read as markup, this subject aborted the program (std::bad_alloc) when the inquiry was
    selected or its subject hovered."""
    subject = '<img src="/dev/zero">'
    report = window.context.mail.import_bytes(
        hostile_mail(subject, subject, "a@evil.example", "a.pdf", "z"), "z.eml", "z.eml"
    )
    window.inquiries.refresh()
    window.inquiries.show_inquiry(report.inquiry_id or 0)
    settle(qtbot, window)
    window.grab()
    detail = window.inquiries.detail
    assert plain(detail.heading).endswith(subject)
    model = window.inquiries.model
    tooltip_shows(model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole), subject)


def test_contact_list_heading_hints_merge_and_split_show_names_as_text(  # type: ignore[no-untyped-def]
    qtbot, window, spy: str
) -> None:
    contacts, inquiries = window.context.contacts, window.context.inquiries
    organisation = f"{spy}{LINK} & Söhne"
    hostile = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name=RLO,
            last_name=FAKE,
            organisation=organisation,
            emails=(EmailInput("jonas@evil.example"),),
            phones=(PhoneInput("0221 4710011"),),
        )
    )
    other = contacts.create(
        ContactDraft(
            kind=ContactKind.CITIZEN,
            first_name="Jonas",
            last_name="Weber",
            organisation="Amt",
            phones=(PhoneInput("0221 4710011"),),
        )
    )
    window.context.mail.import_bytes(
        hostile_mail(f"{spy}{RLO}", "x", "jonas@evil.example", "a.pdf", "c1"), "c.eml", "c.eml"
    )
    window.show_section(Section.CONTACTS)
    section = window.contacts
    section.refresh()
    settle(qtbot, window)

    model = section.model
    row = model.row_of(hostile.id)
    assert row is not None
    summary = model.row_at(row)
    assert RLO in summary.name and FAKE in summary.name
    assert model.data(model.index(row, 0)) == visible_controls(summary.name)
    assert model.data(model.index(row, 1)) == organisation
    tooltip_shows(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole), summary.name)
    tooltip_shows(model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole), organisation)

    section.open_contact(hostile.id)
    settle(qtbot, window)
    assert plain(section.heading) == visible_controls(hostile.display_name)
    assert RLO_SHOWN in section.heading.text() and FAKE in section.heading.text()

    # the other contact shares the number: typing into the form shows it as a hint, and the
    # open contact's name the other way round
    section.open_contact(other.id)
    settle(qtbot, window)
    section.update_hints()
    settle(qtbot, window)
    hints = section.hints.findChildren(QLabel, "hintText")
    assert hints, "no hint shown"
    shown = [rendered(h.text()) for h in hints]
    assert all("\ufffc" not in s for s in shown)
    assert any(s.startswith(visible_controls(f"{summary.name} ({organisation})")) for s in shown)
    for heading in ("samePersonHeading", "otherPersonHeading"):
        for label in section.hints.findChildren(QLabel, heading):
            plain(label)

    # merging: both names as headings, each differing value on a radio button ("&" kept)
    dialog = MergeDialog(
        [
            DifferingField(c.field, c.keep_value, c.other_value)
            for c in contacts.merge_conflicts(hostile.id, other.id)
        ],
        hostile.display_name,
        other.display_name,
    )
    qtbot.addWidget(dialog)
    name = visible_controls(hostile.display_name)
    headings = [w for w in dialog.findChildren(QLabel) if name in w.text()]
    assert headings and all(plain(h).endswith(name) for h in headings)
    button = dialog.findChild(QRadioButton, "open_organisation")
    assert button.text().replace("&&", "&") == organisation
    assert "&&" in button.text()  # not an accelerator

    # splitting: the inquiries to move by their subjects
    summaries = inquiries.search(InquiryQuery(), 0, 10)
    split = SplitDialog(contacts.get(hostile.id), summaries)
    qtbot.addWidget(split)
    items = [split.inquiries.item(i).text() for i in range(split.inquiries.count())]
    assert items and all(i.endswith(visible_controls(f"{spy}{RLO}")) for i in items)


def test_the_call_form_names_the_caller_and_the_choices_as_text(  # type: ignore[no-untyped-def]
    qtbot, window, prompts, spy: str
) -> None:
    contacts, inquiries = window.context.contacts, window.context.inquiries
    people = [
        contacts.create(
            ContactDraft(
                kind=ContactKind.PRESS,
                first_name=first,
                last_name=last,
                organisation=f"{spy}Amt",
                phones=(PhoneInput(number),),
            )
        )
        for first, last, number in (
            (RLO, FAKE, "0221 4710011"),
            ("Lena", LINK, "0211 8371001"),
            ("Jonas", f"{spy}{RLO}", "0211 8371001"),
        )
    ]
    from buergeranfragen.inquiries.records import CallDraft

    inquiries.log_call(CallDraft(contact_id=people[0].id, subject=f"{spy}{RLO}"))
    form = window.open_call_form("0221 4710011")
    settle(qtbot, window)
    form.grab()
    caller = plain(form.caller)
    assert caller.endswith(visible_controls(f"{RLO} {FAKE} ({spy}Amt)")), caller
    assert form.open_box.lines()[0].endswith(visible_controls(f"{spy}{RLO}"))  # plain list item

    form.number.setText("0211 8371001")  # a shared number: the officer picks
    settle(qtbot, window)
    choices = [form.choice.itemText(i) for i in range(1, form.choice.count())]
    assert sorted(choices) == sorted(
        [f"Lena {LINK} ({spy}Amt)", visible_controls(f"Jonas {spy}{RLO} ({spy}Amt)")]
    )
    form.choice.setCurrentIndex(1)
    settle(qtbot, window)
    assert plain(form.caller).endswith(choices[0])
    prompts.confirm_answers.append(True)  # discard the call
    form.reject()


def test_import_reports_show_senders_subjects_and_names_as_text(  # type: ignore[no-untyped-def]
    qtbot, window, spy: str, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    subject = f"{spy}{LINK}{RLO}"
    report = window.context.mail.import_bytes(
        hostile_mail(subject, FAKE, "a@evil.example", "a.pdf", "r1"), f"{spy}.eml", "r.eml"
    )
    dialog = mail_report([report], False, parent)
    plain(dialog.summary)
    cells = [dialog.table.item(0, c) for c in range(dialog.table.columnCount())]
    assert cells[4].text() == visible_controls(subject)
    tooltip_shows(cells[4].toolTip(), subject)
    for cell in cells:
        tooltip_shows(cell.toolTip(), cell.text().replace("⟨U+202E⟩", "\u202e"))

    vcard = tmp_path / f"{RLO}.vcf"
    vcard.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{FAKE}\r\nN:{FAKE};{RLO};;;\r\n"
        f"EMAIL:x@evil.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    reports = list(import_contact_files(window.context.contacts, [vcard]))
    dialog = contact_report(reports, False, parent)
    plain(dialog.summary)
    file_cell, name_cell = dialog.table.item(0, 0), dialog.table.item(0, 3)
    assert file_cell.text() == f"{RLO_SHOWN}.vcf"
    assert FAKE in name_cell.text()
    tooltip_shows(name_cell.toolTip(), reports[0].name)


@pytest.mark.parametrize(
    "ask",
    [
        lambda p, t: p.info("Titel", t),
        lambda p, t: p.warn("Titel", t),
        lambda p, t: p.confirm("Titel", t, "Ja", "Nein"),
        lambda p, t: p.choose("Titel", t, ["A", "B"]),
        lambda p, t: p.crash(t, Path(t)),
        lambda p, t: p.unsaved_changes(t),
    ],
)
def test_every_message_box_shows_its_text_as_text(qtbot, monkeypatch, spy: str, ask) -> None:  # type: ignore[no-untyped-def]
    boxes: list[QMessageBox] = []

    def shown_box(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown_box)
    text = f"„{FAKE}“ {spy} {RLO}"
    ask(Prompts(None), text)
    [box] = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert visible_controls(text) in box.text()
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        assert plain(informative).endswith(visible_controls(text))
