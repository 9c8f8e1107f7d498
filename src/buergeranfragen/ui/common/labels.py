"""Small pieces of text on screen that several forms share: messages next to a field, text
from the database shown as it is (never as markup), a person with their organisation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"


def plain_label(text: str = "") -> QLabel:
    """A label for text that comes from outside (a name, a subject): never read as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt reads a tooltip as rich text when it looks
    like markup, and a subject such as ``<img src="/dev/zero">`` would then be loaded (and
    abort the program): escaped inside an explicit rich-text frame, it is only text."""
    return f"<qt>{html.escape(text).replace(chr(10), '<br>')}</qt>" if text else ""


def error_label() -> QLabel:
    """A message next to a field, in red; hidden while there is none."""
    label = plain_label()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def person_label(name: str, organisation: str) -> str:
    """'Katrin Albers (WDR)'; the organisation only when it says something the name does not."""
    if organisation and organisation != name:
        return f"{name} ({organisation})"
    return name
