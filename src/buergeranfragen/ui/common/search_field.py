"""The search field above a list: Down or Enter moves into the results (the section selects
the first row and gives the list the focus), Esc resets the search and the section's filters
when one is active (else Esc goes on to the window, as everywhere)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchField(QLineEdit):
    into_results = Signal()  # Down or Enter
    reset_requested = Signal()  # Esc while a search or filter is active

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.filter_active = False  # besides the text: filters the section keeps elsewhere

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, plain = (
            event.key(),
            event.modifiers()
            in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ),
        )
        if plain and (key == Qt.Key.Key_Down or key in _ENTER):
            event.accept()
            self.into_results.emit()
            return
        if plain and key == Qt.Key.Key_Escape and (self.text() or self.filter_active):
            event.accept()
            self.reset_requested.emit()
            return
        super().keyPressEvent(event)
