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
