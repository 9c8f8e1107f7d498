"""The one way the window shows text that comes from outside (a mail, a file, a contact):
as plain text, never as markup, with Unicode direction controls written out.

Qt reads a label, a tooltip or a message box as rich text when the text looks like markup
("AutoText"): a subject ``<img src="/dev/zero">`` would be loaded (and abort the program), a
sender name ``<b><font color=green>Staatskanzlei (verifiziert)</font></b>`` would hide the real
address, and "rechnung\\u202efdp.exe" would show as "rechnungexe.pdf". So every such text goes
through one of these:

- ``plain_label`` / ``set_plain``: labels, headings, hints (format PlainText);
- ``plain_tooltip``: tooltips (escaped inside an explicit rich-text frame);
- ``shown``: list and table cells, combo box entries, the status bar (always plain in Qt);
- ``button_text``: buttons, radio buttons, check boxes, group box titles ("&" stays "&");
- ``escaped``: outside text inside markup of our own (the only place markup is ours);
- ``message_box``: every message box and question (``Prompts`` uses it).

Messages next to a field and a person with their organisation live here too."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.text import visible_controls
from buergeranfragen.ui.common.i18n import tr_message

ERROR_STYLE = "color: #b00020;"


def shown(text: str) -> str:
    """Text from outside as it appears on screen: direction controls written out."""
    return visible_controls(text)


def plain_label(text: str = "") -> QLabel:
    """A label for text that comes from outside (a name, a subject): never read as HTML."""
    label = QLabel()
    set_plain(label, text)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` as it is (the label is made plain if it was not)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(shown(text))


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt reads a tooltip as rich text when it looks
    like markup; escaped inside an explicit rich-text frame, it is only text."""
    return f"<qt>{escaped(text).replace(chr(10), '<br>')}</qt>" if text else ""


def escaped(text: str) -> str:
    """Text from outside for inside markup of our own: escaped, direction controls written
    out."""
    return html.escape(shown(text))


def button_text(text: str) -> str:
    """Text from outside on a button, radio button, check box or group box: an "&" stays an
    "&" (a button would take it for a keyboard accelerator)."""
    return shown(text).replace("&", "&&")


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None
) -> QMessageBox:
    """A message box whose text (which may quote a name or a subject) is plain text; so is
    an informative text set later (Qt gives it the box's format)."""
    box = QMessageBox(icon, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shown(text))
    return box


class WrappedLabel(QLabel):
    """A word-wrapped label that asks its layout for the height its text needs at its width
    (nested form and grid layouts gave it the height of one width and cut the rest)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width()) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def error_label() -> QLabel:
    """A message under a field, in red, word-wrapped and never cut; hidden while there is
    none."""
    label = WrappedLabel()
    set_plain(label, "")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str | None) -> None:
    set_plain(label, message or "")
    if label.width() > 0 and message:  # the height for this text now (a resize follows)
        label.setMinimumHeight(label.heightForWidth(label.width()))
    label.setVisible(bool(message))


def person_label(name: str, organisation: str) -> str:
    """'Katrin Albers (WDR)'; the organisation only when it says something the name does not."""
    if organisation and organisation != name:
        return f"{name} ({organisation})"
    return name


def show_failure(label: QLabel, error: KnownError) -> bool:
    """A refused save under its form: every field's message, or the reason; True (shown here,
    so the operation shows nothing more)."""
    if isinstance(error, ValidationFailed):
        show_error(label, "\n".join(tr_message(e.message) for e in error.errors))
    else:
        show_error(label, tr_message(error.reason))
    return True
