"""Where the inquiry goes: right of the queue on a wide window, below it on a narrower one
(like a mail program's reading pane "rechts" or "unten"), so the queue always has room for
all its columns.

The choice follows the window's width (every resize, no restart): the inquiry stands right of
the queue when the queue still gets every column at its shortest readable width
(``ColumnFit.least_width``) and the inquiry ``DETAIL_LEAST_CHARS`` average characters beside
it; below the queue otherwise. Each arrangement keeps its own splitter proportions (the first
ones, or those the user dragged), remembered in the settings by ``WindowLayout``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QSplitter

from buergeranfragen.ui.shell.layout import ColumnFit, Proportions


class Arrangement(StrEnum):
    RIGHT = "right"  # the inquiry right of the queue
    BELOW = "below"  # the inquiry below the queue


# the splitter's first proportions (queue, inquiry) in each arrangement
PANE_PROPORTIONS = {Arrangement.RIGHT: (74, 26), Arrangement.BELOW: (45, 55)}
DETAIL_LEAST_CHARS = 52  # the inquiry beside the queue is at least this wide (in characters)
TABLE_CHROME = 40  # the table's frame and its vertical scroll bar


class Arrangeable(Protocol):
    """The detail pane: its parts one above the other or side by side."""

    def arrange(self, side_by_side: bool) -> None: ...


class ReadingPane(Proportions):
    """The splitter of queue and inquiry: its orientation follows the window's width, its
    proportions are kept per arrangement (``weights_of``); ``arranged`` tells when it changed."""

    arranged = Signal(str)

    def __init__(
        self,
        splitter: QSplitter,
        fit: ColumnFit,
        detail: Arrangeable,
        proportions: Mapping[Arrangement, Sequence[int]] = PANE_PROPORTIONS,
    ) -> None:
        super().__init__(splitter, proportions[Arrangement.RIGHT])
        self.fit = fit
        self.detail = detail
        self.defaults = {a: list(w) for a, w in proportions.items()}
        self.weights_of = {a: list(w) for a, w in proportions.items()}
        self.current = Arrangement.RIGHT
        detail.arrange(False)
        self.follow(splitter.width())

    def detail_least(self) -> int:
        return self.splitter.fontMetrics().averageCharWidth() * DETAIL_LEAST_CHARS

    def queue_least(self) -> int:
        return self.fit.least_width() + TABLE_CHROME

    def choose(self, width: int) -> Arrangement:
        """Right when the queue keeps every column (those the user hid do not count) and the
        inquiry its least width beside it; else below."""
        needed = self.queue_least() + self.splitter.handleWidth() + self.detail_least()
        return Arrangement.RIGHT if width >= needed else Arrangement.BELOW

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.follow(self.splitter.width())
        return super().eventFilter(watched, event)

    def current_weights(self) -> list[int]:
        """The proportions of the arrangement shown: the kept ones, or those dragged since."""
        return list(self.weights) if self.active else self.splitter.sizes()

    def follow(self, width: int) -> None:
        wanted = self.choose(width)
        if wanted != self.current:
            self.show_arrangement(wanted)

    def show_arrangement(self, wanted: Arrangement) -> None:
        sizes = self.current_weights()
        if all(size > 0 for size in sizes):
            self.weights_of[self.current] = sizes  # what the user dragged stays for later
        self.current = wanted
        self.weights = list(self.weights_of[wanted])
        self.active = True
        below = wanted == Arrangement.BELOW
        orientation = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        self.splitter.setOrientation(orientation)
        self.detail.arrange(below)
        self.apply()
        self.arranged.emit(wanted.value)

    def restore_weights(self, arrangement: Arrangement, weights: Sequence[int]) -> None:
        self.weights_of[arrangement] = list(weights)
        if arrangement == self.current:
            self.weights = list(weights)
            self.active = True
            self.apply()

    def saved_weights(self) -> dict[Arrangement, list[int]]:
        saved = dict(self.weights_of)
        saved[self.current] = self.current_weights()
        return saved

    def apply(self) -> None:
        super().apply()
        if self.current != Arrangement.RIGHT or self.weights != self.defaults[self.current]:
            return  # proportions the user chose stay as they are
        # the first proportions beside the queue: the queue keeps its columns if it can
        sizes = self.splitter.sizes()
        total = sum(sizes)
        queue = self.queue_least()
        if len(sizes) == 2 and sizes[0] < queue and total - queue >= self.detail_least():
            blocked = self.splitter.blockSignals(True)
            self.splitter.setSizes([queue, total - queue])
            self.splitter.blockSignals(blocked)
