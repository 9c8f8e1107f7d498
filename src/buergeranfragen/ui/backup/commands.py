"""Datei → "Sicherung erstellen …" and "Sicherung wiederherstellen …", and the daily backup
on the window's start (a worker; the status bar says what became of it).

Restoring replaces the database file, so the window lets go of it first: after the check and
the confirmation the window notes the file (``restore_request``) and closes; ``ui/app`` then
closes the database (when no worker is left), restores (``restore_after_close``) and opens a
new window on the restored database. Other windows on the same database make the restore
refuse (nothing is changed) and the window opens again on the old database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from buergeranfragen.calendar import format_local, local
from buergeranfragen.clock import Clock
from buergeranfragen.context import AppContext
from buergeranfragen.db.backup import (
    BackupFacts,
    backup_database,
    check_backup,
    database_file,
    restore_database,
)
from buergeranfragen.db.daily import DailyBackup, run_daily_backup
from buergeranfragen.db.engine import sqlite_path
from buergeranfragen.errors import KnownError
from buergeranfragen.ui.common.file_jobs import FileJobs
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.operations import (
    NOTHING,
    Cancelled,
    Operations,
    Progress,
    ProgressDialog,
    Show,
)
from buergeranfragen.ui.common.prompts import Prompts


def _filter() -> str:
    return tr("Sicherungen (*.sqlite *.db);;Alle Dateien (*)")


class BackupCommands(FileJobs):
    """The two menu entries and the daily backup of one window (its parent)."""

    daily_result = Signal(str)  # how today's automatic backup ended

    def __init__(
        self, context: AppContext, ops: Operations, prompts: Prompts, window: QMainWindow
    ) -> None:
        super().__init__(ops, prompts, window)
        self.context = context
        self.window = window
        self.restore_request: Path | None = None  # what to restore once the window closed
        self.create_action = QAction(tr("&Sicherung erstellen …"), window)
        self.create_action.setStatusTip(
            tr("Die Datenbank in eine Datei sichern (auch während andere Plätze arbeiten)")
        )
        self.create_action.triggered.connect(lambda _checked=False: self.create_backup())
        self.restore_action = QAction(tr("Sicherung &wiederherstellen …"), window)
        self.restore_action.setStatusTip(
            tr("Die Datenbank aus einer Sicherung zurückholen; die jetzige bleibt erhalten")
        )
        self.restore_action.triggered.connect(lambda _checked=False: self.restore_backup())

    def place(self, file_menu: QMenu, before: QAction) -> None:
        """Into the Datei menu, above ``before`` (Beenden), with a separator."""
        file_menu.insertAction(before, self.create_action)
        file_menu.insertAction(before, self.restore_action)
        file_menu.insertSeparator(before)

    # -- the daily backup -------------------------------------------------------------------

    def start_daily(self) -> None:
        """Today's automatic backup, if no start today made it (SQLite only)."""
        context = self.context
        url = context.database.url
        if sqlite_path(url) is None:
            return

        def work(_progress: Progress, _cancelled: Cancelled) -> DailyBackup:
            return run_daily_backup(url, context.settings.backup_dir, context.clock)

        self._ops.run_long(
            work,
            self._daily_done,
            failure=self._daily_failed,
            show=Show.STATUS,
            title=tr("Tägliche Sicherung"),
        )

    def _daily_done(self, result: DailyBackup) -> None:
        if result.made:
            self.daily_result.emit(tr("Tägliche Sicherung erstellt: {0}").format(result.path))

    def _daily_failed(self, error: KnownError) -> bool:
        self.daily_result.emit(
            tr("Tägliche Sicherung nicht erstellt: {0}").format(tr_message(error.reason))
        )
        return True

    # -- by hand ----------------------------------------------------------------------------

    def _refused_here(self) -> bool:
        """PostgreSQL: the advice (pg_dump) instead of a file dialog."""
        try:
            database_file(self.context.database.url)
        except KnownError as exc:
            self._prompts.warn(tr("Sicherung"), tr_message(exc.reason))
            return True
        return False

    def create_backup(self) -> None:
        if self.busy or self._refused_here():
            return
        day = local(self.context.clock()).date().isoformat()
        target = self._prompts.save_file(
            tr("Sicherung erstellen"), f"buergeranfragen-sicherung-{day}.sqlite", _filter()
        )
        if target is None:
            return
        url = self.context.database.url
        dialog = ProgressDialog(tr("Die Datenbank wird gesichert …"), self.window, False)

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            # the file dialog asked before replacing a file
            return backup_database(url, target, overwrite=True)

        def done(path: Path) -> None:
            self._prompts.info(
                tr("Sicherung erstellt"), tr("Die Datenbank ist gesichert in {0}.").format(path)
            )

        self._start(dialog, work, done, NOTHING)

    def restore_backup(self) -> None:
        if self.busy or self._refused_here():
            return
        chosen = self._prompts.open_files(tr("Sicherung wiederherstellen"), _filter())
        if not chosen:
            return
        source = chosen[0]
        self._ops.run(
            lambda: check_backup(source),
            lambda facts: self._confirm_restore(source, facts),
            title=tr("Sicherung wiederherstellen"),
            slow=True,
        )

    def _confirm_restore(self, source: Path, facts: BackupFacts) -> None:
        text = tr(
            "Die Datenbank durch die Sicherung {0} vom {1} ersetzen? Sie enthält {2} Anfragen "
            "und {3} Kontakte.\n\nDie jetzige Datenbank bleibt als Datei daneben erhalten. "
            "Dafür schließt sich das Fenster und öffnet sich danach wieder; andere Fenster von "
            "Bürgeranfragen auf dieser Datenbank (auch an anderen Plätzen) müssen vorher "
            "geschlossen sein."
        ).format(source.name, format_local(facts.written_at), facts.inquiries, facts.contacts)
        if not self._prompts.confirm(
            tr("Sicherung wiederherstellen"), text, tr("Wiederherstellen"), tr("Abbrechen")
        ):
            return
        self.restore_request = source
        self.window.close()


def restore_after_close(database_url: str, source: Path, clock: Clock) -> tuple[bool, str]:
    """The restore, once the window has closed and the database is closed: (done, the text
    for the user)."""
    try:
        result = restore_database(database_url, source, clock)
    except KnownError as exc:
        return False, tr_message(exc.reason)
    text = tr("Die Sicherung {0} ist wiederhergestellt ({1} Anfragen, {2} Kontakte).").format(
        source.name, result.facts.inquiries, result.facts.contacts
    )
    if result.kept is not None:
        text += " " + tr("Die bisherige Datenbank liegt unter {0}.").format(result.kept)
    return True, text
