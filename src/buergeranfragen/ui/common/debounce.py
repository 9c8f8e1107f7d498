"""Waiting for the typing to pause before asking the core (the list filters, duplicate hints)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DEBOUNCE = "debounce"  # the object name of every such timer


def debounce_timer(parent: QObject, interval_ms: int, then: Callable[[], None]) -> QTimer:
    """A single-shot timer that calls ``then`` ``interval_ms`` after it was last (re)started.
    Its object name says what it is, so whoever must know whether something typed is still to
    be asked for (the UI tests) finds it with ``findChildren(QTimer, DEBOUNCE)``."""
    timer = QTimer(parent)
    timer.setObjectName(DEBOUNCE)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(then)
    return timer
