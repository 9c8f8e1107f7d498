"""A file dialog showing the database's folder must not cost SQLite its locks (see
ui/common/file_dialog.py): afterwards this process still holds every lock it held before."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider

from buergeranfragen.ui.common.file_dialog import NameOnlyIconProvider, file_dialog


def held_locks() -> list[str]:
    """This process's locks as /proc/locks lists them ("1: POSIX  ADVISORY  READ <pid>
    <device:inode> <start> <end>"), without the ordinal, which other processes' locks shift."""
    pid = str(os.getpid())
    locks = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[1] != "->" and fields[4] == pid:
            locks.append(" ".join(fields[1:]))
    return sorted(locks)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks is Linux's")
def test_listing_the_database_folder_keeps_sqlites_locks(qtbot, app_context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app_context.contacts.count()  # a pooled connection now holds its WAL locks
    before = held_locks()
    assert before, "the open database should hold POSIX locks"
    folder = Path(app_context.database.url.split("///", 1)[1]).parent
    assert any(p.name.endswith("-shm") for p in folder.iterdir())
    dialog = file_dialog(None, "Kontakte importieren", str(folder), "Alle Dateien (*)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChildren(object) and _listed(dialog, folder), timeout=5000)
    qtbot.wait(300)  # icons and types are fetched lazily after the listing
    assert held_locks() == before
    dialog.close()


def _listed(dialog, folder: Path) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileSystemModel

    model = dialog.findChild(QFileSystemModel)
    if model is None:
        return False
    root = model.index(str(folder))
    return model.rowCount(root) >= 3


def test_icons_and_types_come_from_the_name(qapp) -> None:  # type: ignore[no-untyped-def]
    provider = NameOnlyIconProvider()
    assert provider.type(QFileInfo("/etc")) == "Ordner"
    assert provider.type(QFileInfo("/nowhere/kontakte.vcf")) == "VCF-Datei"
    assert provider.type(QFileInfo("/nowhere/README")) == "Datei"
    assert not provider.icon(QFileInfo("/nowhere/x.sqlite")).isNull()
    assert not provider.icon(QAbstractFileIconProvider.IconType.Folder).isNull()
