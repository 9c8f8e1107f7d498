"""A table model that holds plain rows and loads them page by page from a service query;
sorting and filtering happen in the query (SQL), never in the model.

The first page and the count arrive through ``Operations`` (``show``), read on a worker. The
further pages are read directly in ``fetchMore``, on the GUI thread: Qt's model API is
synchronous (the rows must be inserted before ``fetchMore`` returns, while the view scrolls),
and each page is one indexed query of ``PAGE`` rows, read in a few milliseconds.

A page that cannot be read there (``KnownError``: the database is locked or unreachable) stops
the paging until the rows are shown anew, and is reported once on ``read_failed``, translated:
the section puts it in the status bar. Qt calls ``fetchMore`` again on every scroll, so an
error raised from it would reach the crash reporter over and over (a bug still does, once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from buergeranfragen.errors import KnownError
from buergeranfragen.runtime import log_message
from buergeranfragen.ui.common.errors import log
from buergeranfragen.ui.common.i18n import tr_message
from buergeranfragen.ui.common.labels import plain_tooltip, shown

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Page(Generic[Row]):
    """The count of all matching rows and the first of them."""

    total: int
    rows: list[Row]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    PAGE = 200
    IdRole = Qt.ItemDataRole.UserRole + 1

    read_failed = Signal(str)  # the translated message of a page that could not be read

    def __init__(self, parent: QObject | None = None) -> None:
        # give it a parent (its section): a model that Python owns is deleted by whichever
        # thread's garbage collection finds it, perhaps a worker's, and Qt crashes there
        super().__init__(parent)
        self._rows: list[Row] = []
        self._total = 0
        self._stalled = False  # a page could not be read: no more paging until show()
        self._fetch: Callable[[int, int], list[Row]] = lambda offset, limit: []

    # subclasses: headers(), display(row, column), row_id(row)
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> Any:
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        raise NotImplementedError

    @classmethod
    def first_page(
        cls,
        count: Callable[[], int],
        fetch: Callable[[int, int], list[Row]],
        at_least: int = 0,
    ) -> Page[Row]:
        """Read on a worker: ``count()`` and the first page of ``fetch(offset, limit)``
        (``at_least`` rows when more were shown: a list read again keeps its length)."""
        return Page(count(), fetch(0, max(cls.PAGE, at_least)))

    def show(self, page: Page[Row], fetch: Callable[[int, int], list[Row]]) -> None:
        """Replace the rows; ``fetch(offset, limit)`` reads the further pages on scrolling."""
        self.beginResetModel()
        self._fetch = fetch
        self._stalled = False
        self._total = page.total
        self._rows = list(page.rows)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._stalled and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._stalled:
            return
        try:
            more = self._fetch(len(self._rows), self.PAGE)
        except KnownError as error:
            log.info("page not read: %s", log_message(error.reason))
            self._stalled = True
            self.read_failed.emit(tr_message(error.reason))
            return
        except Exception:
            self._stalled = True  # a bug: to the crash reporter once, not on every scroll
            raise
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.DisplayRole:  # names, subjects: direction controls shown
            value = self.display(row, index.column())
            return shown(value) if isinstance(value, str) else value
        if role == Qt.ItemDataRole.ToolTipRole:  # subjects, addresses: text from outside
            tip = self.tooltip(row, index.column())
            return plain_tooltip(tip) if isinstance(tip, str) else tip
        return None

    def tooltip(self, row: Row, column: int) -> Any:
        return None
