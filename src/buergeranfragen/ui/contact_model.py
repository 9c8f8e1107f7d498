"""The contact list as a Qt item model: rows come from ContactService.search in pages, so a
list of 100,000 contacts opens at once; sorting and filtering happen in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from buergeranfragen.contacts.records import ContactSummary
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.ui.i18n import contact_kind_label, tr

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    PAGE = 200
    COLUMN_COUNT = 5
    ContactIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, service: ContactService) -> None:
        super().__init__()
        self._service = service
        self._filter = ""
        self._rows: list[ContactSummary] = []
        self._total = 0

    # -- loading --------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        self._total = self._service.count(text)
        self._rows = self._service.search(text, 0, self.PAGE)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._service.search(self._filter, len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def contact_at(self, row: int) -> ContactSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int | None:
        for row, contact in enumerate(self._rows):
            if contact.id == contact_id:
                return row
        return None

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                tr("Name"),
                tr("Organisation / Medium"),
                tr("Art"),
                tr("Telefon"),
                tr("E-Mail"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role == self.ContactIdRole:
            return contact.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return contact.name
            if column == 1:
                return contact.organisation
            if column == 2:
                return contact_kind_label(contact.kind)
            if column == 3:
                return contact.phone_display
            if column == 4:
                return contact.emails[0] if contact.emails else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4 and contact.emails:
            return "\n".join(contact.emails)
        return None
