"""Extras → "Wochenbericht …": the automatic weekly report's settings for the whole office
(on or off, the folder, the formats, the recipients). Only the Administration changes them;
the others see them and why they cannot."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import Message
from buergeranfragen.reports.settings import (
    FORMATS,
    ReportSettings,
    ReportSettingsService,
    parse_list,
)
from buergeranfragen.ui.common.file_dialog import file_dialog
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import (
    error_label,
    plain_label,
    set_plain,
    show_error,
    show_failure,
)
from buergeranfragen.ui.common.operations import Operations


class WeeklyReportDialog(QDialog):
    def __init__(
        self,
        service: ReportSettingsService,
        refusal: Message | None,
        ops: Operations,
        parent: QWidget,
    ) -> None:
        """``refusal``: why this user may not change the settings (None: may)."""
        super().__init__(parent)
        self.service, self.ops = service, ops
        self.setWindowTitle(tr("Wochenbericht"))
        self.enabled = QCheckBox(tr("Beim ersten Start einer neuen Woche den &Bericht erstellen"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("z. B. ein gemeinsamer Ordner im Netz"))
        self.browse = QPushButton(tr("&Durchsuchen …"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.formats = {
            "xlsx": QCheckBox(tr("&Excel (XLSX)")),
            "pdf": QCheckBox(tr("&PDF")),
            "csv": QCheckBox(tr("&CSV")),
        }
        format_row = QHBoxLayout()
        for fmt in FORMATS:
            self.formats[fmt].setChecked(True)
            format_row.addWidget(self.formats[fmt])
        format_row.addStretch(1)
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setPlaceholderText(tr("eine Adresse je Zeile; leer: nicht mailen"))
        self.recipients.setFixedHeight(90)
        self.why = plain_label()
        self.why.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(tr("Ordner"), folder_row)
        form.addRow(tr("Formate"), format_row)
        form.addRow(tr("Mailen an"), self.recipients)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.editable = refusal is None
        if refusal is not None:
            set_plain(self.why, tr_message(refusal))
            for widget in (self.enabled, self.browse, *self.formats.values()):
                widget.setEnabled(False)
            self.folder.setReadOnly(True)
            self.recipients.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        else:
            self.why.hide()
        self.ops.run(self.service.current, self.show_settings, title=tr("Wochenbericht"))

    def show_settings(self, settings: ReportSettings) -> None:
        self.enabled.setChecked(settings.enabled)
        self.folder.setText(settings.folder)
        for fmt, box in self.formats.items():
            box.setChecked(fmt in settings.formats)
        self.recipients.setPlainText("\n".join(settings.recipients))

    def settings(self) -> ReportSettings:
        return ReportSettings(
            enabled=self.enabled.isChecked(),
            folder=self.folder.text().strip(),
            formats=tuple(fmt for fmt in FORMATS if self.formats[fmt].isChecked()),
            recipients=parse_list(self.recipients.toPlainText()),
        )

    def choose_folder(self) -> None:
        dialog = file_dialog(self, tr("Ordner für den Wochenbericht"), self.folder.text(), "")
        dialog.setFileMode(dialog.FileMode.Directory)
        dialog.setOption(dialog.Option.ShowDirsOnly, True)
        if dialog.exec() and dialog.selectedFiles():
            self.folder.setText(dialog.selectedFiles()[0])

    def save(self) -> None:
        if not self.editable:
            return
        show_error(self.error, None)
        settings = self.settings()
        self.ops.run(
            lambda: self.service.save(settings),
            lambda _saved: self.accept(),
            failure=self._failed,
        )

    def _failed(self, error: KnownError) -> bool:
        return show_failure(self.error, error)
