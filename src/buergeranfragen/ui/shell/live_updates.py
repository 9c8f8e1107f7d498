"""Changes made at another desk reach this window without the user doing anything.

The core's change feed (``db/change_feed``: LISTEN/NOTIFY on PostgreSQL, ``PRAGMA
data_version`` on a SQLite file) reports on its own thread which kinds of data another
connection committed; here they are carried to the GUI thread, gathered for ``DELAY_MS`` (an
import at another desk commits many times a second) and announced as the ``Changes`` this
window's own operations announce, so the queue, its counts and the contacts reload as after an
own change: in place, selection and scroll kept, nothing typed touched. Besides, the inquiry
shown is read again (``inquiry_changed``) and who has it open is asked again
(``presence_changed``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from buergeranfragen.db.change_feed import CONTACTS, INQUIRIES, PRESENCE, ChangeFeed, open_feed
from buergeranfragen.ui.common.debounce import DEBOUNCE
from buergeranfragen.ui.common.operations import Changes, Operations

DELAY_MS = 150


class LiveUpdates(QObject):
    inquiry_changed = Signal()  # inquiries changed elsewhere: the one shown may be among them
    presence_changed = Signal()  # someone opened or closed an inquiry for editing
    # emitted on the feed's thread; Qt delivers it on the GUI thread
    _arrived = Signal(object)

    def __init__(self, url: str, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.pending: set[str] = set()
        self.announced = 0  # how many times news was handed on (for tests)
        self._timer = QTimer(self)
        self._timer.setObjectName(DEBOUNCE)  # the tests' settle() waits for it
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._deliver)
        self._arrived.connect(self._collect)
        self.feed: ChangeFeed | None = open_feed(url, self._from_feed)
        self._stopped = False
        feed = self.feed
        if feed is not None:  # a window deleted without closing: its thread ends all the same
            self.destroyed.connect(lambda: feed.stop(0.1))

    def start(self) -> None:
        if self.feed is not None:
            self.feed.start()

    def stop(self) -> None:
        """No more news (the window closes); waits briefly for the feed's thread."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        if self.feed is not None:
            self.feed.stop()

    def _from_feed(self, kinds: frozenset[str]) -> None:
        if not self._stopped:
            self._arrived.emit(kinds)

    def _collect(self, kinds: object) -> None:
        if self._stopped or not isinstance(kinds, frozenset):
            return
        self.pending |= kinds
        if not self._timer.isActive():  # not restarted: news waits at most DELAY_MS
            self._timer.start()

    def _deliver(self) -> None:
        kinds, self.pending = self.pending, set()
        if self._stopped or not kinds:
            return
        self.announced += 1
        self.ops.announce(Changes(contacts=CONTACTS in kinds, inquiries=INQUIRIES in kinds))
        if INQUIRIES in kinds:
            self.inquiry_changed.emit()
        if PRESENCE in kinds or INQUIRIES in kinds:
            self.presence_changed.emit()
