"""Python's cycle collector runs on the GUI thread only while the window runs."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from buergeranfragen.ui.common.garbage import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_made_on_a_worker_are_freed_on_the_gui_thread_and_python_gets_it_back(
    qapp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    gc.enable()  # as Python starts (this test's autouse fixture had switched it off)
    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=10)
    assert not gc.isenabled()
    freed_on: list[str] = []

    class Watched(Cycle):
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def work() -> None:
        for _ in range(3000):  # well past generation 0's threshold
            Watched()

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert freed_on == []  # nothing collected where it was made
    qtbot.waitUntil(lambda: len(freed_on) == 3000, timeout=5000)
    assert set(freed_on) == {threading.current_thread().name}
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the test's own fixture hands back at its end
