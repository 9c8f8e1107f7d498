"""Extras → "Postausgang (SMTP) …": the office's outgoing server. Only the Administration
changes it (the others see it and why they cannot); the password goes to this desk's keyring
(a colleague can store it for their own desk). "Verbindung testen" connects and logs in on a
worker, sending nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.errors import KnownError
from buergeranfragen.mail.smtp_settings import DEFAULT_PORTS, SmtpSettings, SmtpSettingsService
from buergeranfragen.mail.transport import SmtpTransport
from buergeranfragen.messages import Message
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import (
    error_label,
    plain_label,
    set_plain,
    show_error,
    show_failure,
)
from buergeranfragen.ui.common.operations import Operations, Show
from buergeranfragen.ui.common.prompts import Prompts


class SmtpDialog(QDialog):
    def __init__(
        self,
        service: SmtpSettingsService,
        transport: SmtpTransport,
        refusal: Message | None,
        ops: Operations,
        prompts: Prompts,
        parent: QWidget,
    ) -> None:
        """``refusal``: why this user may not change the settings (None: may)."""
        super().__init__(parent)
        self.service, self.transport, self.ops, self.prompts = service, transport, ops, prompts
        self.setWindowTitle(tr("Postausgang (SMTP)"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.nrw.de")
        self.security = QComboBox()
        for value, label in (
            ("starttls", tr("STARTTLS (Port 587)")),
            ("tls", tr("TLS (Port 465)")),
            ("none", tr("unverschlüsselt (nur im Testnetz)")),
        ):
            self.security.addItem(label, value)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(DEFAULT_PORTS[self.security.currentData()])
        )
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("leer lassen: ohne Anmeldung"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("leer lassen: gespeichertes Passwort behalten"))
        self.sender_email = QLineEdit()
        self.sender_name = QLineEdit()
        self.why = plain_label()
        self.why.setWordWrap(True)
        self.check_result = plain_label()
        self.check_result.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("Server"), self.host)
        form.addRow(tr("Verschlüsselung"), self.security)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Benutzer"), self.username)
        form.addRow(tr("Passwort"), self.password)
        form.addRow(tr("Absenderadresse"), self.sender_email)
        form.addRow(tr("Absendername"), self.sender_name)
        self.test_button = QPushButton(tr("Verbindung testen"))
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.test_button)
        layout.addWidget(self.check_result)
        layout.addWidget(self.buttons)
        self.editable = refusal is None
        if refusal is not None:
            set_plain(self.why, tr_message(refusal))
            for field in (self.host, self.username, self.sender_email, self.sender_name):
                field.setReadOnly(True)
            self.security.setEnabled(False)
            self.port.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
                tr("Passwort speichern")
            )
        else:
            self.why.hide()
        self.ops.run(self.service.show, self._shown, title=tr("Postausgang (SMTP)"))

    def _shown(self, settings: SmtpSettings | None) -> None:
        if settings is None:
            return
        self.host.setText(settings.host)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.port.setValue(settings.port)
        self.username.setText(settings.username)
        self.sender_email.setText(settings.sender_email)
        self.sender_name.setText(settings.sender_name)

    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(),
            sender_email=self.sender_email.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text().strip(),
            sender_name=self.sender_name.text().strip(),
        )

    def save(self) -> None:
        show_error(self.error, None)
        settings, password = self.settings(), self.password.text() or None
        if not self.editable:
            if password is not None:
                self.ops.run(
                    lambda: self.service.store_password(password),
                    lambda _none: self._saved(),
                    failure=self._failed,
                )
            return
        plaintext = settings.security == "none"
        if plaintext and not self.prompts.confirm(
            tr("Unverschlüsselte Verbindung"),
            tr(
                "Ohne Verschlüsselung gehen das Passwort und alle Mails lesbar über das Netz. "
                "Nur in einem abgeschotteten Testnetz verwenden. Trotzdem speichern?"
            ),
            tr("Unverschlüsselt speichern"),
            tr("Abbrechen"),
        ):
            return
        self.ops.run(
            lambda: self.service.set(settings, password, allow_plaintext=plaintext),
            lambda _stored: self._saved(),
            failure=self._failed,
        )

    def _saved(self) -> None:
        self.password.clear()
        self.accept()

    def _failed(self, error: KnownError) -> bool:
        return show_failure(self.error, error)

    def test(self) -> None:
        settings, typed = self.settings(), self.password.text() or None

        def work() -> None:
            password = typed if typed is not None else self.service.password(settings)
            self.transport.check(settings, password)

        set_plain(self.check_result, tr("Verbindung wird geprüft …"))
        self.test_button.setEnabled(False)
        self.ops.run(work, lambda _none: self._tested(None), failure=self._test_failed,
                     show=Show.NOWHERE, slow=True)  # fmt: skip

    def _tested(self, reason: str | None) -> None:
        self.test_button.setEnabled(True)
        set_plain(self.check_result, reason or tr("Verbindung und Anmeldung in Ordnung."))

    def _test_failed(self, error: KnownError) -> bool:
        self._tested(tr_message(error.reason))
        return True
