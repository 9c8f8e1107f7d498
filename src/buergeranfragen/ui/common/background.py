"""Work off the GUI thread, in the spirit of Anki's QueryOp: a callable runs on a worker, its
progress, result or failure come back on the GUI thread as signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)


class BackgroundTask(QRunnable):
    """``work(progress, cancelled)`` runs on a pool thread; connect to ``signals``."""

    def __init__(
        self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()


def start(task: BackgroundTask, pool: QThreadPool | None = None) -> BackgroundTask:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
