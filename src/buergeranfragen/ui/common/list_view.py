"""The table view every list of the window uses: whole rows, one at a time, read-only,
compact, loading more rows from its paged model as the user scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def list_view(model: QAbstractItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view
