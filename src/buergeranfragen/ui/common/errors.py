"""Two kinds of errors: the environment's or the input's (KnownError: a clear message, the app
goes on) and bugs (logged to a file, shown in a dialog; what the user typed stays in the form)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from buergeranfragen.errors import KnownError
from buergeranfragen.runtime import log, log_message, setup_logging
from buergeranfragen.ui.common.i18n import tr, tr_message

__all__ = ["ErrorReporter", "log", "setup_logging"]


class ErrorReporter:
    """Installed as sys.excepthook while the window runs."""

    def __init__(
        self,
        log_file: Path | None,
        show_known: Callable[[str], None],
        show_crash: Callable[[str, Path | None], None],
    ) -> None:
        self.log_file = log_file
        self._show_known = show_known
        self._show_crash = show_crash
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if isinstance(error, KnownError):
            log.info("known error: %s", log_message(error.reason))
            self._show_known(tr_message(error.reason))
            return
        if isinstance(error, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", text)
        self._show_crash(
            tr(
                "Es ist ein unerwarteter Fehler aufgetreten. Ihre Eingaben sind noch im "
                "Formular; bitte speichern Sie sie erneut.\n\n{0}: {1}"
            ).format(kind.__name__, error),
            self.log_file,
        )
