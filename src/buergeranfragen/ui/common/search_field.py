"""The search field above a list: Down or Enter moves into the results (the section selects
the first row and gives the list the focus), Esc resets the search and the section's filters
when one is active (else Esc goes on to the window, as everywhere: the window's own Esc
shortcut waits until the search is reset)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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

    def _resets(self, event: QKeyEvent) -> bool:
        return (
            _plain(event)
            and event.key() == Qt.Key.Key_Escape
            and bool(self.text() or self.filter_active)
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._resets(event)
        ):
            event.accept()  # Esc is ours here, not the window's shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _plain(event) and (event.key() == Qt.Key.Key_Down or event.key() in _ENTER):
            event.accept()
            self.into_results.emit()
            return
        if self._resets(event):
            event.accept()
            self.reset_requested.emit()
            return
        super().keyPressEvent(event)


def _plain(event: QKeyEvent) -> bool:
    return event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
