"""Python's cycle collector runs wherever memory happens to be allocated - also on a worker
thread of ``operations``. When it frees a cycle holding a Qt object (a dialog kept by a
callback that refers to it), the object is destroyed on that thread, which Qt does not allow:
the program crashes. So the automatic collector is switched off while the window runs and the
same generational collection runs on the GUI thread, from a timer, when the counts call for it
(qutebrowser does the same). Reference counting, which frees almost everything, is unaffected."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects on the GUI thread until ``stop()``."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """The generation Python itself would collect now (-1: none); collected here."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for number in range(3):
            if counts[number] > thresholds[number]:
                generation = number
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Hand collecting back to Python (as it was before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
