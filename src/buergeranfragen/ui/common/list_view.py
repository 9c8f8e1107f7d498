"""The table view every list of the window uses: whole rows, one at a time, read-only,
compact, loading more rows from its paged model as the user scrolls.

Tab leaves the table (the arrow keys move within it; no walking cell by cell, no wrapping
to the first row; Home and End go to the first and the last row, not cell), and the selected
row stays highlighted while another widget has the focus:
the detail next to the list shows that row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTableView


def keep_selection_visible(view: QAbstractItemView) -> None:
    """The selection drawn as when the view has the focus, also when it has not (many styles
    draw an inactive selection in a grey close to the alternating row colour, or not at all)."""
    palette = view.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(
            QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role)
        )
    view.setPalette(palette)


class RowsHomeEnd(QObject):
    """Home and End in a list of rows: the first and the last row (Qt's table goes to the
    first and the last cell of the row, which a list of whole rows does not show)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Home and the like: Qt's own
        model = self.view.model()
        rows = model.rowCount()
        if rows:
            row = 0 if event.key() == Qt.Key.Key_Home else rows - 1
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(model.index(row, column))
            self.view.scrollTo(model.index(row, column))
        return True


def list_view(model: QAbstractItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab goes on to the detail, arrows move in the list
    RowsHomeEnd(view)
    keep_selection_visible(view)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


LAYOUT_SLACK = 4


def text_room(option: QStyleOptionViewItem) -> int:
    """The width the style leaves an item's text (its margins and any icon taken off): a
    text wider than this is elided."""
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return option.rect.width()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    # less a few pixels: the style lays the text out (and elides it) with QTextLayout, which
    # can need a pixel or two more than the font metrics' advance
    return rect.width() - 2 * margin - LAYOUT_SLACK
