"""The search field above a list: Down or Enter moves into the results (the section selects
the first row and gives the list the focus), Esc resets the search and the section's filters
when one is active (else Esc goes on to the window, as everywhere: the window's own Esc
shortcut waits until the search is reset)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

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


class IntoResults:
    """Down or Enter in a section's search field: once what was typed has been asked for (the
    typing timer runs, or the list is still being read), the first row is chosen and the list
    gets the focus; with nothing listed the search field keeps it. ``show_current`` shows the
    current row again when it was the first already (no current-row signal comes then)."""

    def __init__(
        self,
        table: QTableView,
        typing: QTimer,
        apply_filter: Callable[[], None],
        listing: Callable[[], bool],
        show_current: Callable[[], None],
    ) -> None:
        self._table = table
        self._typing = typing
        self._apply_filter = apply_filter
        self._listing = listing
        self._show_current = show_current
        self._waiting = False

    def enter(self) -> None:
        if self._typing.isActive():
            self._apply_filter()
        if self._listing():
            self._waiting = True  # ``listed`` follows once the list is read
            return
        self._first_row()

    def listed(self) -> None:
        """The list was read: the move asked for meanwhile happens now."""
        if self._waiting:
            self._waiting = False
            self._first_row()

    def _first_row(self) -> None:
        model = self._table.model()
        if model is None or model.rowCount() == 0:
            return  # nothing listed: the search field keeps the focus
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        already = self._table.currentIndex().row() == 0
        self._table.selectRow(0)
        if already:
            self._show_current()
