"""Rows of (kind, text) in the contact form: numbers and addresses, each row with a remove
button and a message under it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.ui.common.i18n import tr, unknown_label
from buergeranfragen.ui.common.labels import error_label, show_error


def select_value(combo: QComboBox, value: str) -> None:
    """Select ``value``; one a newer version stored is added as "unbekannt (…)" and kept, so
    saving the form never turns it into the first kind of the list."""
    while combo.count() > combo.property("known_items"):  # one added for the contact before
        combo.removeItem(combo.count() - 1)
    index = combo.findData(value)
    if index < 0:
        combo.addItem(unknown_label(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class RepeatingRows(QWidget):
    """Rows of (kind, text) with a remove button each and a message under each row."""

    changed = Signal()
    rows_changed = Signal()  # rows added or removed: the Tab order is set again
    left = Signal(int)  # the user left the text of this row: time to check it

    def __init__(
        self, kinds: Sequence[tuple[str, str]], placeholder: str, add_label: str, name: str
    ) -> None:
        super().__init__()
        self._kinds = list(kinds)
        self._placeholder = placeholder
        self._name = name
        self._rows: list[tuple[QComboBox, QLineEdit, QPushButton, QLabel]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        self.add_button = QPushButton(add_label)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button)

    def add_row(self, kind: str | None = None, text: str = "", focus: bool = False) -> QLineEdit:
        combo = QComboBox()
        for value, label in self._kinds:
            combo.addItem(label, value)
        combo.setProperty("known_items", combo.count())
        if kind is not None:
            select_value(combo, kind)
        edit = QLineEdit(text)
        edit.setPlaceholderText(self._placeholder)
        index = len(self._rows)
        edit.setObjectName(f"{self._name}{index}")
        combo.setObjectName(f"{self._name}Kind{index}")
        remove = QPushButton("✕")
        remove.setObjectName(f"{self._name}Remove{index}")
        remove.setToolTip(tr("Diese Zeile entfernen"))
        remove.setAccessibleName(tr("Diese Zeile entfernen"))
        remove.setFixedWidth(32)
        error = error_label()
        row = index * 2
        self._grid.addWidget(combo, row, 0)
        self._grid.addWidget(edit, row, 1)
        self._grid.addWidget(remove, row, 2)
        self._grid.addWidget(error, row + 1, 1, 1, 2)
        entry = (combo, edit, remove, error)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self._remove(entry))
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(lambda: self._left(edit))
        combo.currentIndexChanged.connect(self.changed)
        self.rows_changed.emit()
        if focus:
            edit.setFocus()
        self.changed.emit()
        return edit

    def _left(self, edit: QLineEdit) -> None:
        for index, (_, row_edit, _, _) in enumerate(self._rows):
            if row_edit is edit:
                self.left.emit(index)

    def _remove(self, entry: tuple[QComboBox, QLineEdit, QPushButton, QLabel]) -> None:
        values = [v for e, v in zip(self._rows, self.values(), strict=True) if e is not entry]
        self.set_values(values)
        self.changed.emit()

    def set_values(self, values: Sequence[tuple[str, str]]) -> None:
        for widgets in self._rows:
            for widget in widgets:
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        for kind, text in values:
            self.add_row(kind, text)
        if not values:
            self.add_row()
        self.rows_changed.emit()

    def values(self) -> list[tuple[str, str]]:
        return [(combo.currentData(), edit.text()) for combo, edit, _, _ in self._rows]

    def edit(self, index: int) -> QLineEdit:
        return self._rows[index][1]

    def focus_order(self) -> list[QWidget]:
        order: list[QWidget] = []
        for combo, edit, remove, _ in self._rows:
            order += [combo, edit, remove]
        return [*order, self.add_button]

    def count(self) -> int:
        return len(self._rows)

    def set_error(self, index: int, message: str | None) -> None:
        if 0 <= index < len(self._rows):
            show_error(self._rows[index][3], message)
            self._rows[index][1].setAccessibleDescription(message or "")

    def error_text(self, index: int) -> str:
        label = self._rows[index][3]
        return label.text() if label.isVisible() or label.text() else ""

    def clear_errors(self) -> None:
        for index in range(len(self._rows)):
            self.set_error(index, None)
