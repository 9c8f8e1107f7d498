"""The queue's views in a sidebar on the left of the Anfragen section: "Überfällig (3)" and the
other built-in views, one per department, then the user's saved views, each with its count.

The views and their counts are read off the GUI thread (``Operations``) when the section's
data changes, after a view was saved, renamed or deleted, and every ``REFRESH_MS``. Choosing
a view (click, arrow keys, Enter) emits ``view_chosen``; the section sets its filters to the
view's query. A saved view's context menu renames or deletes it; every context menu saves the
current filters as a new view. Department and view names come from outside (typed by people):
shown as text (``labels.shown``, ``plain_tooltip``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.service import COUNT_LIMIT
from buergeranfragen.inquiries.view_service import ViewService
from buergeranfragen.inquiries.views import QueueView, SavedViewRecord, ViewKind, saved_key
from buergeranfragen.ui.common.action_menu import keyboard_context_menu, popup_menu
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import plain_tooltip, shown
from buergeranfragen.ui.common.list_view import text_room
from buergeranfragen.ui.common.operations import Operations, Show
from buergeranfragen.ui.common.prompts import Prompts

REFRESH_MS = 60_000  # the counts follow colleagues' work and the clock (due today → overdue)
KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2  # " (3)": stays visible when the name is elided
Loaded = tuple[list[QueueView], dict[str, int]]


def count_text(count: int | None) -> str:
    if count is None:
        return ""
    if count > COUNT_LIMIT:
        return f" ({COUNT_LIMIT}+)"
    return f" ({count})"


class CountKept(QStyledItemDelegate):
    """A name too long for the sidebar is elided before its count, not the count with it
    ("Ministerium für Sch… (3)"); the tooltip has all of it."""

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        count = index.data(CountRole)
        text = option.text
        if not count or not text.endswith(count):
            return
        metrics = option.fontMetrics
        room = text_room(option)
        if metrics.horizontalAdvance(text) <= room:
            return
        name = metrics.elidedText(
            text[: -len(count)],
            Qt.TextElideMode.ElideRight,
            room - metrics.horizontalAdvance(count),
        )
        option.text = name + count


class ViewsSidebar(QListWidget):
    """``view_chosen(QueueView)``: the user chose a view; ``counts_changed(overdue, today)``:
    the counts of "Überfällig" and "Heute fällig" as last read; ``view_removed(key)``: a saved
    view was deleted."""

    view_chosen = Signal(object)
    counts_changed = Signal(int, int)
    view_removed = Signal(str)
    views_read = Signal()  # the views and their counts read again (a name may have changed)
    into_list = Signal()  # Enter: the view chosen, on to the list

    def __init__(
        self,
        service: ViewService,
        ops: Operations,
        prompts: Prompts,
        current_query: Callable[[], InquiryQuery],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queueViews")
        self.setAccessibleName(tr("Ansichten"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # long department names
        self.setItemDelegate(CountKept(self))  # their counts stay in view
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.service = service
        self.ops = ops
        self.prompts = prompts
        self.current_query = current_query
        self.views: dict[str, QueueView] = {}
        self.counts: dict[str, int] = {}
        self.current_key: str | None = None
        self._filling = False
        keyboard_context_menu(self, self._menu_at)  # right click, Menu key, Shift+F10
        self.currentItemChanged.connect(self._chosen)
        self.itemClicked.connect(self._clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.load)
        self.timer.start()

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        service = self.service

        def read() -> Loaded:
            return service.views(), service.view_counts()

        self.ops.run(read, self._loaded, key="inquiries.views", show=Show.STATUS)

    def _loaded(self, loaded: Loaded) -> None:
        listed, counts = loaded
        self.views = {view.key: view for view in listed}
        self.counts = counts
        self.views_read.emit()
        if self.current_key not in self.views:
            self.current_key = None
        self._fill(listed)
        self.counts_changed.emit(
            counts.get(ViewKind.OVERDUE.value, 0), counts.get(ViewKind.DUE_TODAY.value, 0)
        )

    def _fill(self, listed: list[QueueView]) -> None:
        self._filling = True
        try:
            scroll = self.verticalScrollBar().value()
            self.clear()
            groups = (
                (tr("Ansichten"), [v for v in listed if v.kind not in _OWN_GROUPS]),
                (tr("Abteilungen"), [v for v in listed if v.kind == ViewKind.DEPARTMENT]),
                (tr("Meine Ansichten"), [v for v in listed if v.kind == ViewKind.SAVED]),
            )
            for heading, views in groups:
                if not views:
                    continue
                self.addItem(_heading(heading))
                for view in views:
                    self.addItem(self._item(view))
            self._highlight()
            self.verticalScrollBar().setValue(scroll)
        finally:
            self._filling = False

    def _item(self, view: QueueView) -> QListWidgetItem:
        title = self.title(view)
        count = count_text(self.counts.get(view.key))
        code = view.query.department_code or ""
        if view.kind == ViewKind.DEPARTMENT and code:
            # by its code: the names all begin "Ministerium für …" and are cut alike
            item = QListWidgetItem(shown(code) + count)
            whole = f"{title} ({code}){count}"
            item.setToolTip(plain_tooltip(whole))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, shown(whole))
        else:
            item = QListWidgetItem(shown(title) + count)
            item.setToolTip(plain_tooltip(title + count))
        item.setData(KeyRole, view.key)
        item.setData(CountRole, count)
        return item

    @staticmethod
    def title(view: QueueView) -> str:
        return tr_message(view.title)

    # -- the current view ------------------------------------------------------------------

    def item_of(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KeyRole) == key:
                return item
        return None

    def set_current(self, key: str | None) -> None:
        """Highlight the view ``key`` (None: none) without choosing it again."""
        self.current_key = key
        self._filling = True
        try:
            self._highlight()
        finally:
            self._filling = False

    def _highlight(self) -> None:
        item = self.item_of(self.current_key) if self.current_key else None
        if item is None:
            self.clearSelection()
            self.setCurrentRow(-1)
        else:
            self.setCurrentItem(item)
            item.setSelected(True)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if self._filling or item is None:
            return
        key = item.data(KeyRole)
        if key in self.views and key != self.current_key:
            self.current_key = key
            self.view_chosen.emit(self.views[key])

    def _clicked(self, item: QListWidgetItem) -> None:
        """A click on the view already chosen chooses it again (its filters back)."""
        key = item.data(KeyRole)
        if key in self.views and key == self.current_key:
            self.view_chosen.emit(self.views[key])

    # -- the user's own views --------------------------------------------------------------

    def _menu_at(self, position: QPoint) -> None:
        item = self.itemAt(position)
        key = item.data(KeyRole) if item is not None else None
        popup_menu(self, self.context_menu(key), position)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """F2 renames and Del deletes the saved view chosen; Enter chooses the view and goes
        on to the list."""
        item = self.currentItem()
        view = self.views.get(item.data(KeyRole)) if item is not None else None
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_F2 and view is not None and view.saved_id:
                self.rename(view)
                return
            if event.key() == Qt.Key.Key_Delete and view is not None and view.saved_id:
                self.delete(view)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if item is not None:
                    self._clicked(item)
                self.into_list.emit()
                return
        super().keyPressEvent(event)

    def context_menu(self, key: str | None) -> QMenu:
        menu = QMenu(self)
        view = self.views.get(key) if key else None
        if view is not None and view.saved_id is not None:
            menu.addAction(tr("Umbenennen …"), lambda: self.rename(view))
            menu.addAction(tr("Löschen"), lambda: self.delete(view))
            menu.addSeparator()
        menu.addAction(tr("Aktuelle Filter als Ansicht speichern …"), self.save_current)
        return menu

    def save_current(self, typed: str = "") -> None:
        """A refused name (taken already) is told, then asked again with what was typed."""
        query = self.current_query()
        name = self.prompts.ask_text(
            tr("Ansicht speichern"), tr("Name der neuen Ansicht (die aktuellen Filter):"), typed
        )
        if not name:
            return
        service = self.service
        self.ops.run(
            lambda: service.save(name, query),
            self._saved,
            failure=lambda error: self._ask_again(
                tr("Ansicht nicht gespeichert"), error, lambda: self.save_current(name)
            ),
        )

    def _ask_again(self, title: str, error: KnownError, again: Callable[[], None]) -> bool:
        self.prompts.warn(title, tr_message(error.reason))
        QTimer.singleShot(0, again)  # after this operation has ended
        return True

    def _saved(self, record: SavedViewRecord) -> None:
        self.current_key = saved_key(record.id)  # the filters on screen are this view now
        self.load()

    def rename(self, view: QueueView, typed: str = "") -> None:
        view_id = view.saved_id
        if view_id is None:
            return
        name = self.prompts.ask_text(
            tr("Ansicht umbenennen"), tr("Neuer Name der Ansicht:"), typed or self.title(view)
        )
        if not name:
            return
        service = self.service
        self.ops.run(
            lambda: service.rename(view_id, name),
            lambda _record: self.load(),
            failure=lambda error: self._ask_again(
                tr("Ansicht nicht umbenannt"), error, lambda: self.rename(view, name)
            ),
        )

    def delete(self, view: QueueView) -> None:
        view_id = view.saved_id
        if view_id is None or not self.prompts.confirm(
            tr("Ansicht löschen"),
            tr("Die Ansicht „{0}“ löschen? Die Anfragen bleiben, wie sie sind.").format(
                self.title(view)
            ),
            tr("Löschen"),
            tr("Behalten"),
        ):
            return
        service = self.service

        def deleted(_result: object) -> None:
            if self.current_key == view.key:
                self.current_key = None
            self.view_removed.emit(view.key)
            self.load()

        self.ops.run(lambda: service.delete(view_id), deleted, title=tr("Ansicht nicht gelöscht"))


_OWN_GROUPS = (ViewKind.DEPARTMENT, ViewKind.SAVED)


def _heading(text: str) -> QListWidgetItem:
    """A group's title: not selectable, skipped by the arrow keys."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    return item
