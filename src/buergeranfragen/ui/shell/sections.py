"""The window's sections, keyed by an enum: the navigation list on the left and the page
shown next to it. New sections (routing, reports) register here with their title."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget


class Section(Enum):
    INQUIRIES = "inquiries"
    CONTACTS = "contacts"
    REPORTS = "reports"


class SectionRegistry:
    """Sections in the order of the navigation list; ``show`` and ``current`` by enum."""

    def __init__(self, nav: QListWidget, stack: QStackedWidget) -> None:
        self._nav = nav
        self._stack = stack
        self._order: list[Section] = []
        self._pages: dict[Section, QWidget] = {}
        self._titles: dict[Section, str] = {}
        nav.currentRowChanged.connect(stack.setCurrentIndex)

    def add(self, section: Section, title: str, page: QWidget) -> None:
        if section in self._pages:
            raise ValueError(f"section {section} is registered already")
        self._order.append(section)
        self._pages[section] = page
        self._titles[section] = title
        self._nav.addItem(title)
        self._stack.addWidget(page)

    def show(self, section: Section) -> None:
        self._nav.setCurrentRow(self._order.index(section))

    @property
    def current(self) -> Section:
        return self._order[self._stack.currentIndex()]

    def title(self, section: Section) -> str:
        return self._titles[section]

    def page(self, section: Section) -> QWidget:
        return self._pages[section]

    def __iter__(self) -> Iterator[Section]:
        return iter(self._order)
