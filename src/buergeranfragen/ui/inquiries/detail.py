"""One inquiry in full: its fields, the mail as plain text or sanitised HTML (nothing remote is
ever loaded), the attachments to open or save."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import nh3
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import format_local
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.records import AttachmentRecord, InquiryRecord
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import (
    channel_label,
    inquiry_kind_label,
    status_label,
    tr,
    tr_message,
)
from buergeranfragen.ui.common.prompts import Prompts

# Attachments that run programs when opened: asked about first.
RISKY_SUFFIXES = {
    ".exe",
    ".com",
    ".bat",
    ".cmd",
    ".msi",
    ".scr",
    ".pif",
    ".js",
    ".jse",
    ".vbs",
    ".vbe",
    ".wsf",
    ".ps1",
    ".hta",
    ".jar",
    ".lnk",
    ".reg",
    ".sh",
    ".desktop",
    ".appimage",
    ".docm",
    ".xlsm",
    ".pptm",
    ".iso",
    ".img",
}

SAFE_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}


def sanitise_html(html: str) -> str:
    """Only harmless markup: no scripts, styles, images, frames or forms; links kept as text
    targets with http, https or mailto."""
    return nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes={"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class OfflineBrowser(QTextBrowser):
    """A text browser that never loads anything: no images, no remote or local files."""

    blocked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        self.blocked.emit(name.toString() if isinstance(name, QUrl) else str(name))
        return None

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class InquiryDetail(QWidget):
    contact_requested = Signal(int)

    def __init__(self, service: InquiryService, prompts: Prompts) -> None:
        super().__init__()
        self.service = service
        self.prompts = prompts
        self.record: InquiryRecord | None = None

        self.heading = QLabel(tr("Keine Anfrage gewählt"))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("received", tr("Eingang")),
            ("channel", tr("Kanal")),
            ("kind", tr("Art")),
            ("status", tr("Status")),
            ("contact", tr("Kontakt")),
            ("sender", tr("Absender")),
            ("forwarded", tr("Weitergeleitet von")),
            ("number", tr("Rufnummer")),
            ("deadline", tr("Redaktionsschluss")),
            ("topic", tr("Thema")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.contact_button = QPushButton(tr("Kontakt öffnen"))
        self.contact_button.clicked.connect(
            lambda: (
                self.record is not None
                and self.record.contact_id is not None
                and self.contact_requested.emit(self.record.contact_id)
            )
        )
        form.addRow("", self.contact_button)
        self.html_toggle = QCheckBox(tr("Formatierte Ansicht (ohne externe Inhalte)"))
        self.html_toggle.toggled.connect(self._show_body)
        self.body = OfflineBrowser()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(110)
        self.open_button = QPushButton(tr("Öffnen"))
        self.save_button = QPushButton(tr("Speichern unter …"))
        self.open_button.clicked.connect(self.open_attachment)
        self.save_button.clicked.connect(self.save_attachment)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_attachment())

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Anhänge")))
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.html_toggle)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.attachments)
        self.show_record(None)

    def show_record(self, record: InquiryRecord | None) -> None:
        self.record = record
        values = dict.fromkeys(self.fields, "")
        if record is not None:
            subject = record.subject or tr("(ohne Betreff)")
            self.heading.setText(f"{record.reference} – {subject}")
            sender = record.from_name
            if record.from_email:
                sender = f"{sender} <{record.from_email}>" if sender else record.from_email
            values.update(
                received=format_local(record.received_at),
                channel=channel_label(record.channel),
                kind=inquiry_kind_label(record.kind),
                status=status_label(record.status),
                contact=record.contact_name,
                sender=sender,
                forwarded=record.forwarded_by,
                number=record.caller_number,
                deadline=format_local(record.deadline),
                topic=record.topic,
            )
        else:
            self.heading.setText(tr("Keine Anfrage gewählt"))
        for key, label in self.fields.items():
            label.setText(values[key])
        self.contact_button.setEnabled(bool(record and record.contact_id is not None))
        self.html_toggle.setEnabled(bool(record and record.body_html))
        self.html_toggle.setChecked(False)
        self._show_body()
        self.attachments.clear()
        for attachment in record.attachments if record else ():
            text = attachment.filename + (f"  ({_size(attachment.size)})")
            if attachment.is_original:
                text = tr("Originalmail") + f": {attachment.filename}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            self.attachments.addItem(item)
        has_files = self.attachments.count() > 0
        self.open_button.setEnabled(has_files)
        self.save_button.setEnabled(has_files)

    def _show_body(self) -> None:
        record = self.record
        if record is None:
            self.body.setPlainText("")
        elif self.html_toggle.isChecked() and record.body_html:
            self.body.setHtml(sanitise_html(record.body_html))
        else:
            self.body.setPlainText(record.body)

    def _chosen_file(self) -> tuple[AttachmentRecord, Path] | None:
        """The selected attachment (or the first) and its file, or a message why not."""
        item = self.attachments.currentItem() or self.attachments.item(0)
        if item is None:
            return None
        attachment: AttachmentRecord = item.data(Qt.ItemDataRole.UserRole)
        try:
            return attachment, self.service.attachment_file(attachment)
        except KnownError as exc:
            self.prompts.warn(tr("Anhang nicht verfügbar"), tr_message(exc.msg))
            return None

    def open_attachment(self) -> None:
        chosen = self._chosen_file()
        if chosen is None:
            return
        attachment, path = chosen
        if path.suffix.lower() in RISKY_SUFFIXES and not self.prompts.confirm(
            tr("Anhang öffnen?"),
            tr(
                "„{0}“ kann ein Programm starten. Nur öffnen, wenn Sie dem Absender vertrauen."
            ).format(attachment.filename),
            tr("Trotzdem öffnen"),
            tr("Nicht öffnen"),
        ):
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_attachment(self) -> None:
        chosen = self._chosen_file()
        if chosen is None:
            return
        _, path = chosen
        target = self.prompts.save_file(tr("Anhang speichern"), path.name, tr("Alle Dateien (*)"))
        if target is None:
            return
        try:
            shutil.copyfile(path, target)
        except OSError as exc:
            self.prompts.warn(
                tr("Speichern nicht möglich"),
                tr("Die Datei {0} kann nicht geschrieben werden: {1}").format(target, exc.strerror),
            )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"
