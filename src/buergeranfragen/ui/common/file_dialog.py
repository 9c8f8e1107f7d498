"""File dialogs that never read the files they list.

Qt's file dialog asks its icon provider for each file's icon and type, and Qt's provider opens
files to sniff their content. Opening and closing *any* descriptor of the open SQLite database
(the file, its -wal or -shm) in this process releases every POSIX lock SQLite holds on it (that
is how fcntl locks work). Another program on the same database - `buergeranfragen mail fetch`
from a timer, say - then believes it is alone, deletes the -wal file on exit, and everything the
window writes afterwards goes into a deleted file and is lost. So our dialogs are Qt's own
(a native one may read files in this process too) with a provider that judges by name only.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from buergeranfragen.ui.common.i18n import tr


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the kind of entry and its suffix; nothing is opened."""

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        style = QApplication.style()
        folder = (
            what.isDir()
            if isinstance(what, QFileInfo)
            else what == QAbstractFileIconProvider.IconType.Folder
        )
        pixmap = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(pixmap)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return tr("Ordner")
        suffix = info.suffix()
        return tr("{0}-Datei").format(suffix.upper()) if suffix else tr("Datei")


def file_dialog(parent: QWidget | None, title: str, directory: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog.name_only_provider = provider  # type: ignore[attr-defined]
    return dialog
