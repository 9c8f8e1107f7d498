"""Settings of the IMAP mailboxes; the password goes to the system keyring."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.mail.imap import MailboxRecord, MailboxService, MailboxSettings
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import ERROR_STYLE, plain_label, shown
from buergeranfragen.ui.common.operations import MAILBOXES, Operations
from buergeranfragen.ui.common.prompts import Prompts


class MailboxDialog(QDialog):
    """Adding and removing announce ``Changes(mailboxes=True)``: the window then starts or
    stops fetching."""

    def __init__(
        self, service: MailboxService, ops: Operations, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.ops = ops
        self.prompts = prompts
        self.records: list[MailboxRecord] = []
        self.setWindowTitle(tr("Postfächer"))
        self.list = QListWidget()
        self.remove_button = QPushButton(tr("Entfernen"))
        self.remove_button.clicked.connect(self.remove)

        self.name = QLineEdit("nrwdirekt")
        self.host = QLineEdit()
        self.host.setPlaceholderText("imap.example.nrw.de")
        self.security = QComboBox()
        for value, label in (
            ("tls", tr("TLS (Port 993)")),
            ("starttls", tr("STARTTLS (Port 143)")),
            ("none", tr("unverschlüsselt (nur im Testnetz)")),
        ):
            self.security.addItem(label, value)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(993 if self.security.currentData() == "tls" else 143)
        )
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit("INBOX")
        self.use_since = QCheckBox(tr("Nur Mails ab"))
        self.since = QDateEdit(QDate.currentDate())
        self.since.setDisplayFormat("dd.MM.yyyy")
        self.since.setCalendarPopup(True)
        self.move_to = QLineEdit()
        self.move_to.setPlaceholderText(tr("leer lassen: Mails bleiben im Ordner"))
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        add_button = QPushButton(tr("Postfach hinzufügen"))
        add_button.clicked.connect(self.add)

        box = QGroupBox(tr("Neues Postfach"))
        form = QFormLayout(box)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Server"), self.host)
        form.addRow(tr("Verschlüsselung"), self.security)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Benutzer"), self.username)
        form.addRow(tr("Passwort"), self.password)
        form.addRow(tr("Ordner"), self.folder)
        since_row = QHBoxLayout()
        since_row.addWidget(self.use_since)
        since_row.addWidget(self.since, 1)
        form.addRow("", since_row)
        form.addRow(tr("Danach verschieben nach"), self.move_to)
        form.addRow("", self.error)
        form.addRow("", add_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr("Eingerichtete Postfächer (das Passwort liegt im Schlüsselbund des Systems):")
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.ops.run(self.service.configured, self._listed, title=tr("Postfächer"))

    def _listed(self, records: list[MailboxRecord]) -> None:
        self.list.clear()
        self.records = records
        for record in records:
            s = record.settings
            self.list.addItem(shown(f"{s.name}: {s.username}@{s.host}:{s.port}, {s.folder}"))
        self.remove_button.setEnabled(bool(records))

    def settings(self) -> MailboxSettings:
        since = cast(date, self.since.date().toPython()) if self.use_since.isChecked() else None
        return MailboxSettings(
            name=self.name.text().strip(),
            host=self.host.text().strip(),
            username=self.username.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            folder=self.folder.text().strip(),
            since=since,
            move_to=self.move_to.text().strip(),
        )

    def add(self) -> None:
        self.error.clear()
        settings, password = self.settings(), self.password.text()
        if settings.security == "none" and not self.prompts.confirm(
            tr("Unverschlüsselte Verbindung"),
            tr(
                "Ohne Verschlüsselung gehen das Passwort und alle Mails lesbar über das Netz; "
                "wer mitliest, kann sie lesen. Nur in einem abgeschotteten Testnetz verwenden. "
                "Das Postfach trotzdem unverschlüsselt speichern?"
            ),
            tr("Unverschlüsselt speichern"),
            tr("Abbrechen"),
        ):
            return
        self.ops.run(
            lambda: self.service.add(settings, password),
            self._added,
            failure=self._add_failed,
            changes=MAILBOXES,
        )

    def _added(self, _record: MailboxRecord) -> None:
        self.password.clear()
        self.reload()

    def _add_failed(self, error: KnownError) -> bool:
        if isinstance(error, ValidationFailed):
            self.error.setText("\n".join(tr_message(e.message) for e in error.errors))
        else:
            self.error.setText(tr_message(error.reason))
        return True

    def remove(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        if self.prompts.confirm(
            tr("Postfach entfernen"),
            tr("Das Postfach „{0}“ wird nicht mehr abgerufen.").format(record.settings.name),
            tr("Entfernen"),
            tr("Abbrechen"),
        ):
            mailbox_id = record.id
            self.ops.run(
                lambda: self.service.remove(mailbox_id),
                lambda _none: self.reload(),
                changes=MAILBOXES,
                title=tr("Postfach entfernen"),
            )
