"""Help for the user: F1 shows the help page of the section on screen, Hilfe → Tastenkürzel
lists every shortcut of the window, read from its actions (so the list cannot go stale), and
the style that makes the keyboard focus visible on every widget.

The help pages are our own HTML in ``resources/help/<section>.html`` (German; shown in a
browser that opens nothing outside those pages)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import shown

# Fusion draws the focus of lists, tables and text views as a faint one-pixel line, and none a
# clerk can see on a drop-down or on the default button: a clear two-pixel frame in the
# highlight colour instead. Without focus the frame is one grey pixel and
# one of padding, so the content does not move when the focus comes.
FOCUS_STYLE = """
QListView, QTableView, QTreeView, QTextBrowser, QPlainTextEdit, QTextEdit {
    border: 1px solid palette(mid);
    padding: 1px;
}
QListView:focus, QTableView:focus, QTreeView:focus, QTextBrowser:focus,
QPlainTextEdit:focus, QTextEdit:focus {
    border: 2px solid palette(highlight);
    padding: 0px;
}
QComboBox:focus {
    border: 2px solid palette(highlight);
    border-radius: 3px;
    padding: 0px 2px;
}
QPushButton:focus, QToolButton:focus {
    border: 2px solid palette(highlight);
    border-radius: 3px;
    padding: 2px 6px;
    background-color: palette(midlight);
}
"""


def help_folder() -> Path:
    return Path(str(resources.files("buergeranfragen.resources").joinpath("help")))


def help_page(name: str) -> str | None:
    """The HTML of help page ``name`` (a section's value, e.g. "inquiries"), or None."""
    if not name.replace("_", "").isalnum():
        return None
    path = help_folder() / f"{name}.html"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


class HelpDialog(QDialog):
    """One help page; links to the other pages (``contacts.html``) open them here."""

    def __init__(self, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Hilfe"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(620, 560)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpPage")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.show_page(page)

    def show_page(self, page: str) -> None:
        text = help_page(page)
        if text is None:
            self.browser.setPlainText(tr("Zu diesem Bereich gibt es noch keine Hilfeseite."))
        else:
            self.browser.setHtml(text)  # our own page from resources/help, not outside text
        self.page = page

    def _follow(self, url: QUrl) -> None:
        name = url.path().rsplit("/", 1)[-1].removesuffix(".html")
        if not url.scheme() and help_page(name) is not None:
            self.show_page(name)


def plain_action_text(action: QAction) -> str:
    """The action's text without its mnemonic "&" and the trailing "…"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, command, keys) for every action of ``window`` and its children that has a
    shortcut, in menu order; actions outside menus come last, under their window's title."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(where: str, action: QAction) -> None:
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append((where, plain_action_text(action), keys))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{where} → {plain_action_text(action)}")
            else:
                add(where, action)

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, plain_action_text(top))
    for action in window.findChildren(QAction):
        owner = action.parent()
        where = owner.windowTitle() if isinstance(owner, QWidget) else ""
        add(where or tr("Fenster"), action)
    return rows


class ShortcutsDialog(QDialog):
    """Hilfe → Tastenkürzel: a table made from the window's actions when it opens."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tastenkürzel"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 520)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([tr("Befehl"), tr("Tasten"), tr("Menü")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, (where, command, keys) in enumerate(rows):
            for column, text in enumerate((command, keys, where)):
                self.table.setItem(row, column, QTableWidgetItem(shown(text)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, command, keys) as the table shows them."""

        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(row, 2), cell(row, 0), cell(row, 1)) for row in range(self.table.rowCount())]
