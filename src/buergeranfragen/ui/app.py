"""Start the window: QApplication, translation, error handling, the composition root."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from buergeranfragen import APP_ID, APP_NAME, __version__
from buergeranfragen.config import Settings, shown_database_url
from buergeranfragen.context import build_context
from buergeranfragen.errors import KnownError
from buergeranfragen.runtime import make_files_private
from buergeranfragen.ui.backup.commands import restore_after_close
from buergeranfragen.ui.common.errors import ErrorReporter, log, setup_logging
from buergeranfragen.ui.common.garbage import MainThreadCollector
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import message_box
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.shell.main_window import MainWindow
from buergeranfragen.ui.shell.single_instance import InstanceServer, send_to_running

LANGUAGE_ENV = "BUERGERANFRAGEN_LANGUAGE"
SHUTDOWN_WAIT_MS = 30_000  # for the workers once the window has closed


def resource_path(*parts: str) -> Path:
    return Path(str(resources.files("buergeranfragen.resources").joinpath(*parts)))


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """German is the source language; English comes from resources/translations."""
    installed = []
    if language.startswith("en"):
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", "buergeranfragen_en.qm"))):
            app.installTranslator(translator)
            installed.append(translator)
    else:
        qt = QTranslator(app)
        if qt.load(
            QLocale(QLocale.Language.German),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("buergeranfragen")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("buergeranfragen")
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", f"{APP_ID}.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_window(settings: Settings, call_number: str | None = None) -> int:
    """Start the window, or hand the request to the one already running for this user."""
    make_files_private()
    app = create_application(sys.argv)
    MainThreadCollector(app)  # Qt objects are never freed on a worker thread
    request = f"call {call_number}" if call_number is not None else "show"
    if send_to_running(request):
        print("Bürgeranfragen läuft schon; das Fenster wurde nach vorn geholt.")
        return 0
    instance = InstanceServer()
    instance.listen()
    language = os.environ.get(LANGUAGE_ENV) or QLocale.system().name()
    install_translations(app, language)
    log_file: Path | None
    try:
        log_file = setup_logging(settings.log_dir)
    except OSError:
        log_file = None  # a read-only log folder: the window works without its log
    prompts = Prompts()
    reporter = ErrorReporter(
        log_file,
        lambda message: prompts.warn(APP_NAME, message),
        prompts.crash,
    )
    reporter.install()
    try:
        context = build_context(settings)
    except KnownError as exc:
        message_box(QMessageBox.Icon.Critical, APP_NAME, tr_message(exc.reason), None).exec()
        return 1
    except Exception as exc:  # noqa: BLE001 - a database that cannot be opened is the user's
        log.exception("cannot open database")
        message_box(
            QMessageBox.Icon.Critical,
            APP_NAME,
            tr("Die Datenbank kann nicht geöffnet werden:\n{0}\n\n{1}\n\nProtokoll: {2}").format(
                shown_database_url(settings.database_url), exc, log_file
            ),
            None,
        ).exec()
        return 1
    if context.database.migration.backup is not None:
        log.info("database upgraded, backup at %s", context.database.migration.backup)
    window = MainWindow(context, prompts)
    prompts.parent = window
    instance.message_received.connect(window.handle_instance_message)
    window.show()
    # the router read and built now, on a worker, so the first call or mail does not wait
    # (the command line builds it with its first inquiry, if it has one)
    window.ops.run(context.inquiries.prepare_routing, key="prepare-routing")
    window.backups.start_daily()  # today's automatic backup, if no start today made it
    if call_number is not None:
        window.open_call_form(call_number)
    try:
        code = app.exec()
    finally:
        instance.close()
        reporter.uninstall()
        closed = close_down(window.ops, context)
    source = window.backups.restore_request
    if source is None:
        return code
    restored, text = (
        restore_after_close(settings.database_url, source, context.clock)
        if closed
        else (False, tr("Die Datenbank ist noch in Gebrauch; es wurde nichts wiederhergestellt."))
    )
    icon = QMessageBox.Icon.Information if restored else QMessageBox.Icon.Warning
    message_box(icon, APP_NAME, text, None).exec()
    return run_window(settings) if closed else code  # a new window on the database as it is


class Closable(Protocol):
    def close(self) -> None: ...


def close_down(ops: Operations, context: Closable, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """After the window: cancel the workers and wait for them, then close the database. A
    worker that does not end in time (a mail server that does not answer) still uses it: the
    database is then left open, and the process ends when that worker does."""
    if not ops.shutdown(timeout_ms):
        log.warning(
            "a worker was still running %d ms after the window closed; database left open",
            timeout_ms,
        )
        return False
    context.close()
    return True
