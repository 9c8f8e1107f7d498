"""How the window fits its screen: list columns that fit their table (the less important ones
step aside when it is narrow, the subject takes what is left), the proportions of the
sections' splitters, a sidebar as wide as its words, and all of it remembered in the user's
settings (QSettings) for the next start.

The sections build their tables and splitters; this module only sizes them, so a section's
own code stays about what it shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QMenu,
    QSplitter,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from buergeranfragen.ui.shell.arrangement import ReadingPane

CELL_PADDING = 18  # the cell's margins and a little air
SORT_ARROW = 22  # the header's sort indicator
NARROWEST_COMBO = 72  # a filter box may shrink to this on a small screen


@dataclass(frozen=True)
class Column:
    """One list column: ``sample`` is a typical longest value (the width it opens with),
    ``least`` the shortest that is still readable (elided from there on); ``drop`` > 0 lets
    the column step aside when the table is too narrow, the highest number first."""

    sample: str
    least: str = ""
    drop: int = 0


def text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text) + CELL_PADDING


class ColumnFit(QObject):
    """Keeps a table's columns inside its width: the ``stretch`` column takes what is left;
    when even its ``least`` would not fit, columns with ``drop`` are hidden, then the others
    shrink toward their ``least``. Widths the user drags are kept (``widths`` / ``restore``)."""

    def __init__(
        self,
        table: QTableView,
        columns: Sequence[Column],
        stretch: int,
        fixed: Sequence[int] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.columns = list(columns)
        self.stretch = stretch
        # columns the user cannot hide (the stretch column always stays)
        self.fixed = frozenset((*fixed, stretch))
        self.hidden: set[int] = set()  # hidden by the user (the header's context menu)
        header = table.horizontalHeader()
        self.header = header
        model = table.model()

        def title(column: int) -> str:
            return str(model.headerData(column, header.orientation()) or "")

        self._least = [
            max(text_width(table, c.least or c.sample), text_width(header, title(i)))
            for i, c in enumerate(self.columns)
        ]
        self._wanted = [
            max(text_width(table, c.sample), text_width(header, title(i)) + SORT_ARROW)
            for i, c in enumerate(self.columns)
        ]
        self._full_stretch = self._wanted[stretch]
        self._fitting = False
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(min(self._least))
        for column in range(len(self.columns)):
            mode = QHeaderView.ResizeMode.Interactive
            if column == stretch:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(self._dragged)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _dragged(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self.stretch and new > 0:
            self._wanted[column] = max(new, self.header.minimumSectionSize())

    def fit(self) -> None:
        available = self.table.viewport().width()
        shown = set(range(len(self.columns))) - self.hidden
        others = [c for c in range(len(self.columns)) if c != self.stretch and c in shown]
        widths = {c: self._wanted[c] for c in others}

        def needed(width: dict[int, int]) -> int:
            return sum(width[c] for c in shown if c != self.stretch) + self._least[self.stretch]

        least = {c: self._least[c] for c in others}
        # a column steps aside only when shrinking every column to its least is not enough
        for column in sorted((c for c in others if self.columns[c].drop), key=self._drop_order):
            if needed(least) <= available:
                break
            shown.discard(column)
        # too narrow for every column at its full width: each gives up its share of the
        # slack (the stretch column too, so the subject does not pay for all of it) and the
        # stretch column takes what is left
        stretch_full = max(self._full_stretch, self._least[self.stretch])
        excess = needed(widths) - self._least[self.stretch] + stretch_full - available
        if excess > 0:
            slack = {c: max(0, widths[c] - least[c]) for c in shown if c != self.stretch}
            total = sum(slack.values()) + stretch_full - self._least[self.stretch]
            if total:
                for column, room in slack.items():
                    widths[column] -= min(room, -(-excess * room // total))
        self._fitting = True
        try:
            for column in range(len(self.columns)):
                self.header.setSectionHidden(column, column not in shown)
                if column in widths and column in shown:
                    self.header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def least_width(self) -> int:
        """What the columns the user did not hide need at their shortest readable widths."""
        return sum(w for c, w in enumerate(self._least) if c not in self.hidden)

    def _drop_order(self, column: int) -> int:
        return -self.columns[column].drop

    def widths(self) -> list[int]:
        return list(self._wanted)

    def set_hidden(self, column: int, hidden: bool) -> None:
        """Hide or show a column (not a fixed one); the others share its room."""
        if column in self.fixed or not 0 <= column < len(self.columns):
            return
        if hidden:
            self.hidden.add(column)
        else:
            self.hidden.discard(column)
        self.fit()

    def order(self) -> list[int]:
        """The columns (logical numbers) from left to right as the user arranged them."""
        return [self.header.logicalIndex(v) for v in range(self.header.count())]

    def restore_order(self, order: Sequence[int]) -> None:
        if sorted(order) != list(range(len(self.columns))):
            return  # saved by a version with other columns
        for visual, logical in enumerate(order):
            self.header.moveSection(self.header.visualIndex(logical), visual)

    def context_menu(self, position: QPoint) -> QMenu:
        """The header's menu: one check box a column (the fixed ones greyed)."""
        menu = QMenu(self.header)
        model = self.table.model()
        for column in self.order():
            title = str(model.headerData(column, self.header.orientation()) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column not in self.hidden)
            action.setEnabled(column not in self.fixed)
            action.toggled.connect(lambda checked, c=column: self.set_hidden(c, not checked))
        return menu

    def allow_hiding_and_moving(self) -> None:
        """Columns can be dragged into another order and hidden from the header's menu."""
        self.header.setSectionsMovable(True)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(
            lambda position: self.context_menu(position).popup(self.header.mapToGlobal(position))
        )

    def restore(self, widths: Sequence[int]) -> None:
        if len(widths) != len(self._wanted):
            return  # saved by a version with other columns
        for column, width in enumerate(widths):
            if column != self.stretch and 0 < width < 2000:
                self._wanted[column] = max(width, self._least[column])
        self.fit()


# -- the window's lists ----------------------------------------------------------------------

QUEUE_COLUMNS = (
    Column("BA-2026-00001"),  # Vorgang
    Column("26.11.2026 06:05", "26.11.2026"),  # Eingang: the date alone when the time is cut
    Column("Telefon", drop=5),  # Kanal: also in the detail pane
    Column("Presseanfrage", "Presse", drop=4),  # Art: also in the detail pane
    Column("Karl-Heinz Dreßen", "Karl-Heinz"),  # Kontakt
    Column("Presseanfrage: Digitalisierung", "Stand Wohngeldan"),  # Betreff (stretches)
    Column("MKJFGFI", drop=3),  # Abteilung: its code (the name in the tooltip)
    Column("Anna Schmidt", "Anna Sch", drop=2),  # Bearbeitung
    Column("am Telefon erledigt"),  # Status: never cut
    Column("⚠ 25.11. 16:00", drop=1),  # Fällig (the words in the tooltip): the last to go
)
QUEUE_STRETCH = 5
QUEUE_FIXED = (0,)  # Vorgang (and Betreff, the stretch column) cannot be hidden
QUEUE_PROPORTIONS = (10, 90)  # the section's splitter: views, queue with the inquiry
CONTACT_COLUMNS = (
    Column("Karl-Heinz Dreßen", "Karl-Heinz Dreßen"),  # Name: the column a clerk reads by
    Column("Staatskanzlei NRW – Presse", "Staatskanzlei"),  # Organisation (stretches)
    Column("Bürger/in", drop=3),  # Art
    Column("+49 211 837-1001", "+49 211 837"),  # Telefon
    Column("fatma.oeztuerk@post.example", "fatma.oez", drop=1),  # E-Mail
)
CONTACT_STRETCH = 1


def fit_sidebar(nav: QListWidget) -> None:
    """As wide as its longest word and a frame, never a scroll bar."""
    words = [nav.item(row).text() for row in range(nav.count())]
    width = max((nav.fontMetrics().horizontalAdvance(w) for w in words), default=60)
    nav.setFixedWidth(width + 2 * nav.frameWidth() + 28)


def fit_list_height(view: QListWidget, most_rows: int) -> None:
    """A short list (a mail's attachments) as high as its entries, up to ``most_rows``: the
    room goes to the mail text above it."""

    def fit() -> None:
        if not shiboken6.isValid(view):
            return  # the list's own model is emptied while the list is destroyed
        rows = min(max(view.count(), 1), most_rows)
        row_height = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 4
        view.setFixedHeight(rows * row_height + 2 * view.frameWidth() + 2)

    model = view.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(fit)
    fit()


def let_filters_shrink(page: QWidget) -> None:
    """Filter boxes keep their full width while there is room and shrink on a small screen
    (their minimum otherwise made the window wider than a 1024 pixel screen)."""
    for combo in page.findChildren(QComboBox):
        combo.setMinimumWidth(NARROWEST_COMBO)


class Proportions(QObject):
    """Keeps a splitter at its proportions (the first ones or those saved last time) through
    every resize until the user drags it: a splitter sized before it is shown keeps odd pixels,
    and a window restored on a smaller screen keeps the user's proportions."""

    def __init__(self, splitter: QSplitter, weights: Sequence[int]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.weights = list(weights)
        self.active = True
        splitter.splitterMoved.connect(self.stop)
        splitter.installEventFilter(self)

    def stop(self, *_args: object) -> None:
        self.active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.active and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def apply(self) -> None:
        splitter = self.splitter
        total = sum(splitter.sizes()) or splitter.width()
        weight = sum(self.weights)
        sizes = [total * w // weight for w in self.weights]
        sizes[-1] = total - sum(sizes[:-1])
        blocked = splitter.blockSignals(True)  # our own move is not the user's
        # in a resize event the sizes are still the old ones: Qt shares out the difference
        # by the stretch factors, so they have the same proportions
        for index, weight in enumerate(self.weights):
            splitter.setStretchFactor(index, weight)
        splitter.setSizes(sizes)
        splitter.blockSignals(blocked)


class WindowLayout:
    """The sections' tables, splitters and the window geometry, restored from and saved to
    QSettings under ``window/``."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.tables: dict[str, ColumnFit] = {}
        self.splitters: dict[str, QSplitter] = {}
        self.proportions: dict[str, Proportions] = {}
        self.panes: dict[str, ReadingPane] = {}  # their proportions kept per arrangement

    def add_table(
        self,
        name: str,
        table: QTableView,
        columns: Sequence[Column],
        stretch: int,
        fixed: Sequence[int] | None = None,
    ) -> ColumnFit:
        """``fixed``: the columns that cannot be hidden; given, the others can be hidden from
        the header's menu and every column moved (remembered like the widths)."""
        fit = ColumnFit(table, columns, stretch, fixed or ())
        if fixed is not None:
            fit.allow_hiding_and_moving()
        self.tables[name] = fit
        return fit

    def add_splitter(
        self,
        name: str,
        page: QWidget,
        proportions: Sequence[int],
        splitter: QSplitter | None = None,
    ) -> QSplitter:
        """``splitter`` (else the page's outermost one), opening at ``proportions``
        (relative weights)."""
        splitter = splitter or page.findChild(QSplitter)
        if splitter is None:
            raise ValueError(f"{name} has no splitter")
        splitter.setObjectName(f"{name}Splitter")
        splitter.setChildrenCollapsible(False)
        self.proportions[name] = Proportions(splitter, proportions)
        self.splitters[name] = splitter
        return splitter

    def add_pane(self, name: str, pane: ReadingPane) -> None:
        """A splitter whose arrangement follows the window (``arrangement``), remembered as
        ``window/splitters/<name>.<arrangement>``."""
        self.panes[name] = pane
        outer = self.proportions.get(name)
        if outer is not None:  # the page's splitter around it: its minimum width changed

            def again(_arrangement: str) -> None:
                if outer.active:
                    outer.apply()

            pane.arranged.connect(again)

    def restore(self) -> bool:
        """True when a saved geometry was found (else the window picks its first size)."""
        settings = QSettings()
        for name, proportions in self.proportions.items():
            weights = _numbers(settings.value(f"window/splitters/{name}"))
            if len(weights) == len(proportions.weights) and all(w > 0 for w in weights):
                proportions.weights = weights  # kept as proportions: the screen may differ
        for name, pane in self.panes.items():
            for arrangement in pane.weights_of:
                weights = _numbers(settings.value(f"window/splitters/{name}.{arrangement}"))
                if len(weights) == 2 and all(w > 0 for w in weights):
                    pane.restore_weights(arrangement, weights)
        for name, fit in self.tables.items():
            widths = _numbers(settings.value(f"window/columns/{name}"))
            if widths:
                fit.restore(widths)
            order = _numbers(settings.value(f"window/column_order/{name}"))
            if order:
                fit.restore_order(order)
            hidden = settings.value(f"window/hidden_columns/{name}")
            for column in _numbers(hidden):
                fit.set_hidden(column, True)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            return self.window.restoreGeometry(geometry)
        return False

    def save(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.window.saveGeometry())
        for name, splitter in self.splitters.items():
            kept = self.proportions[name]
            # not dragged since: the proportions it keeps (a page not shown has odd sizes)
            sizes = kept.weights if kept.active else splitter.sizes()
            if all(size > 0 for size in sizes):
                settings.setValue(f"window/splitters/{name}", _joined(sizes))
        for name, pane in self.panes.items():
            for arrangement, sizes in pane.saved_weights().items():
                if len(sizes) == 2 and all(size > 0 for size in sizes):
                    settings.setValue(f"window/splitters/{name}.{arrangement}", _joined(sizes))
        for name, fit in self.tables.items():
            settings.setValue(f"window/columns/{name}", _joined(fit.widths()))
            settings.setValue(f"window/column_order/{name}", _joined(fit.order()))
            settings.setValue(f"window/hidden_columns/{name}", _joined(sorted(fit.hidden)))


def _joined(numbers: Sequence[int]) -> str:
    return ",".join(map(str, numbers))


def _numbers(value: object) -> list[int]:
    """A saved "466,713"; nothing for a missing or hand-edited value (the defaults then)."""
    if not isinstance(value, str) or not value:
        return []
    try:
        return [int(part) for part in value.split(",")]
    except ValueError:
        return []
