"""The contact list as a Qt item model over ContactService.search, page by page, so a list of
100,000 contacts opens at once; the filter runs in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from buergeranfragen.contacts.records import ContactSummary
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.ui.common.i18n import contact_kind_label, tr
from buergeranfragen.ui.common.paged_model import Page, PagedTableModel


class ContactTableModel(PagedTableModel[ContactSummary]):
    def __init__(self, service: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.filter = ""

    def read(self, text: str, at_least: int = 0) -> Page[ContactSummary]:
        """The first page for ``text`` (``at_least`` rows: the list read again keeps the rows
        it had); runs on a worker (reads the service only)."""
        return self.first_page(
            lambda: self._service.count(text),
            lambda offset, limit: self._service.search(text, offset, limit),
            at_least,
        )

    def show_filtered(self, text: str, page: Page[ContactSummary]) -> None:
        self.filter = text
        self.show(page, lambda offset, limit: self._service.search(text, offset, limit))

    def contact_at(self, row: int) -> ContactSummary | None:
        return self.row_at(row)

    def headers(self) -> list[str]:
        return [tr("Name"), tr("Organisation / Medium"), tr("Art"), tr("Telefon"), tr("E-Mail")]

    def row_id(self, row: ContactSummary) -> int:
        return row.id

    def display(self, row: ContactSummary, column: int) -> Any:
        if column == 0:
            return row.name
        if column == 1:
            return row.organisation
        if column == 2:
            return contact_kind_label(row.kind)
        if column == 3:
            return row.phone_display
        return row.emails[0] if row.emails else ""

    def tooltip(self, row: ContactSummary, column: int) -> Any:
        """The whole name and organisation, which a narrow column cuts; every address."""
        if column == 4:
            return "\n".join(row.emails) or None
        return {0: row.name, 1: row.organisation}.get(column) or None
