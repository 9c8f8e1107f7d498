"""PySide6 6.12.0 takes a reference from ``True`` with every ``emit`` from Python; the window
emits thousands a day (an import emits one per entry), and the interpreter aborts once the
count reaches zero. ``buergeranfragen.ui`` gives the reference back (ui/common/pyside_fixes.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import buergeranfragen.ui  # noqa: F401 - installs the workaround, as the window does
from buergeranfragen.ui.common.pyside_fixes import emit_takes_a_reference_from_true


class Counter(QObject):
    counted = Signal(int)


def test_emitting_costs_true_no_reference(qapp) -> None:  # type: ignore[no-untyped-def]
    counter = Counter()
    received: list[int] = []
    counter.counted.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(20_000):  # more than True has references: without the fix, an abort
        counter.counted.emit(n)
    assert len(received) == 20_000
    assert sys.getrefcount(True) > before - 100  # not 20,000 fewer
    assert not emit_takes_a_reference_from_true()  # wrapped, emit no longer does


def test_methods_that_return_nothing_never_use_up_none(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every ``setText``, ``setPen``, ``drawLine`` … of this PySide takes a reference from
    ``None``; a process starts with a few thousand. 50,000 calls - a PDF of a report with a
    long overdue list makes more - aborted the interpreter before ``None`` got its reserve."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        for _ in range(25_000):  # without the reserve: "deallocating None" within these
            label.setText("x")
            painter.setPen(QColor(1, 2, 3))
    finally:
        painter.end()
    assert sys.getrefcount(None) > 1 << 30  # the reserve is there, and far from used up
