"""Every question and message the window puts to the user goes through one object, so the
window can be driven by tests with scripted answers and all wording sits in one place. Their
texts may quote names, subjects and file names: every box shows its text as plain text
(``labels.message_box``)."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from buergeranfragen.ui.common.file_dialog import file_dialog
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import message_box, shown


class Discard(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


class Prompts:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        message_box(QMessageBox.Icon.Information, title, text, self.parent).exec()

    def warn(self, title: str, text: str) -> None:
        message_box(QMessageBox.Icon.Warning, title, text, self.parent).exec()

    def crash(self, text: str, log_file: Path | None) -> None:
        box = message_box(QMessageBox.Icon.Critical, tr("Unerwarteter Fehler"), text, self.parent)
        if log_file is not None:
            box.setInformativeText(
                shown(tr("Einzelheiten stehen im Protokoll:\n{0}").format(log_file))
            )
        box.exec()

    def confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        """Ask before something that cannot be taken back (discard, merge, open a program, a
        link, delete): Enter and Esc both answer ``no``; only a deliberate click or its
        shortcut says ``yes``."""
        box = message_box(QMessageBox.Icon.Question, title, text, self.parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def unsaved_changes(self, what: str) -> Discard:
        """Leave a form with unsaved input? Enter and Esc both answer "Weiter bearbeiten"
        (``CANCEL``): a reflexive key neither stores a half-typed form nor loses it."""
        box = message_box(
            QMessageBox.Icon.Question,
            tr("Ungespeicherte Eingaben"),
            tr("{0} enthält ungespeicherte Eingaben. Was soll damit geschehen?").format(what),
            self.parent,
        )
        save = box.addButton(tr("Speichern"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Weiter bearbeiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return Discard.SAVE
        if clicked is discard:
            return Discard.DISCARD
        return Discard.CANCEL

    def open_files(self, title: str, filter_text: str) -> list[Path]:
        dialog = file_dialog(self.parent, title, str(Path.home()), filter_text)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if not dialog.exec():
            return []
        return [Path(n) for n in dialog.selectedFiles()]

    def save_file(self, title: str, suggestion: str, filter_text: str) -> Path | None:
        dialog = file_dialog(self.parent, title, str(Path.home()), filter_text)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggestion)
        if not dialog.exec():
            return None
        names = dialog.selectedFiles()
        return Path(names[0]) if names else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A short text typed by the user (a name), or None when cancelled. ``text`` (which
        may be a name typed before) stands in the field, in a line edit: plain text."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(text)
        dialog.setCancelButtonText(tr("Abbrechen"))
        if not dialog.exec():
            return None
        return dialog.textValue()

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        """One of several answers (index), or None when cancelled."""
        box = message_box(QMessageBox.Icon.Question, title, text, self.parent)
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.addButton(tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None
