"""The window's part of the audit of reading: the inquiry detail and the contact form note
each opening in the core's buffer (``ReadingLog.opened``, microseconds on the GUI thread);
this writes the buffer every ``FLUSH_SECONDS`` on a worker. What is left is written when the
context closes. A database that is away keeps the buffer for the next round (no message: the
next user action will say that the database is away)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from buergeranfragen.errors import KnownError
from buergeranfragen.privacy.reading import FLUSH_SECONDS, ReadingLog
from buergeranfragen.runtime import log_message
from buergeranfragen.ui.common.errors import log
from buergeranfragen.ui.common.operations import Operations, Show


class ReadingFlusher(QObject):
    def __init__(
        self,
        reading: ReadingLog,
        ops: Operations,
        parent: QObject,
        interval_ms: int = FLUSH_SECONDS * 1000,
    ) -> None:
        super().__init__(parent)
        self.reading = reading
        self.ops = ops
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)
        self.timer.start()

    def flush(self) -> None:
        if self.reading.pending() == 0:
            return
        self.ops.run(
            self.reading.flush,
            failure=self._not_written,
            show=Show.NOWHERE,
            key="reading.flush",
        )

    def _not_written(self, error: KnownError) -> bool:
        log.info("openings kept for later: %s", log_message(error.reason))
        return True
