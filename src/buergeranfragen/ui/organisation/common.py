"""What the tabs of the organisation dialog share: the services they call, a read-only table,
a row of buttons, and the labels of roles and priorities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.rules import RuleService
from buergeranfragen.organisation.service import DepartmentService, PeopleService
from buergeranfragen.routing.records import Conditions, Priority
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, tr, unknown_label
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.ui.common.list_view import keep_selection_visible
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.common.prompts import Prompts


@dataclass(frozen=True)
class Organisation:
    """The services the dialog works with, and how it reaches the core."""

    departments: DepartmentService
    rules: RuleService
    people: PeopleService
    inquiries: InquiryService  # told when rules or departments change (``rules_changed``)
    ops: Operations
    prompts: Prompts


def role_label(role: Role) -> str:
    return {
        Role.PRESS_OFFICE: tr("Pressestelle"),
        Role.CITIZEN_SERVICE: tr("Bürgerservice"),
        Role.CLERK: tr("Sachbearbeitung"),
        Role.LEAD: tr("Leitung"),
        Role.ADMINISTRATION: tr("Administration"),
    }.get(role) or unknown_label(role)


def priority_label(priority: Priority | None) -> str:
    if priority is None:
        return tr("wie üblich")
    return {
        Priority.LOW: tr("niedrig"),
        Priority.NORMAL: tr("normal"),
        Priority.HIGH: tr("hoch"),
    }.get(priority) or unknown_label(priority)


def table(name: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only list of whole rows, one selected at a time."""
    view = QTableWidget(0, len(headers))
    view.setObjectName(name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    keep_selection_visible(view)
    return view


def fill(view: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Replace the rows (text shown as it is), keeping the selected row where there is one."""
    selected = view.currentRow()
    view.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(shown(text.replace("\n", " ")))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            view.setItem(r, c, item)
    view.resizeColumnsToContents()
    if rows:
        view.selectRow(min(max(selected, 0), len(rows) - 1))


def buttons(*specs: tuple[str, Callable[[], object]]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    made = []
    for text, slot in specs:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return row, made


def conditions_label(conditions: Conditions) -> str:
    """The conditions of a rule in one line, for the rule list."""
    parts = []
    if conditions.kinds:
        kinds = ", ".join(inquiry_kind_label(k) for k in conditions.kinds)
        parts.append(tr("Art: {0}").format(kinds))
    if conditions.channels:
        channels = ", ".join(channel_label(c) for c in conditions.channels)
        parts.append(tr("Kanal: {0}").format(channels))
    if conditions.words:
        parts.append(tr("Wörter: {0}").format(", ".join(conditions.words)))
    if conditions.except_words:
        parts.append(tr("außer: {0}").format(", ".join(conditions.except_words)))
    if conditions.sender_domains:
        parts.append(tr("Absender: {0}").format(", ".join(conditions.sender_domains)))
    if conditions.contact_tags:
        parts.append(tr("Schlagwörter: {0}").format(", ".join(conditions.contact_tags)))
    return "; ".join(parts)
