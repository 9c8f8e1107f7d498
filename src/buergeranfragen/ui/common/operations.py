"""The one way for the window to call the core, in the spirit of Anki's QueryOp/CollectionOp.

A widget hands ``Operations.run`` a callable that holds the values it needs, already taken from
the fields; the callable runs on a worker thread (nothing in it may touch a widget), and what
comes of it is handled on the GUI thread:

- success: the widget's ``success(result)``; then the ``Changes`` the operation declared
  (contacts, inquiries, mailboxes touched) are announced once on ``changed``, so each view
  reloads only when its data changed;
- a ``KnownError`` (the environment's or the input's): the widget's ``failure(error)`` may deal
  with it (messages at the fields, a question) and return True; otherwise it is shown here, in
  this one place, translated with ``tr_message``: in a message box, in the status bar, or not
  at all (a hint that could not be computed is no news). What was typed stays in the form:
  the operation never touches it;
- anything else is a bug and goes to the crash reporter (``sys.excepthook``, which
  ``ErrorReporter`` replaces while the window runs).

Lookups and searches run as the user types carry a ``key``: a newer run with the same key
supersedes the older one, whose result is dropped (and whose work is skipped if it has not
started yet).

Long work (imports, the mailbox fetch) uses ``run_long``: the callable gets ``progress(done,
total)`` and ``cancelled()``; ``ProgressDialog`` shows the progress with a cancel button. Long
work, and single calls that take seconds (``run(slow=True)``), run on a pool of their own, so
that the lookups typed meanwhile never queue behind them.

When the window closes, ``shutdown`` cancels what runs, drops every result still to come and
waits a while for the workers; the database may be closed only when it says they are done.

``idle`` says whether anything is still running; ``settled`` is emitted when the last running
operation has been handled (after its callbacks): tests wait for it.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from buergeranfragen.errors import KnownError
from buergeranfragen.runtime import log_message
from buergeranfragen.ui.common.errors import log
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.prompts import Prompts

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Changes:
    """What an operation touched; a view reloads when its data is among it."""

    contacts: bool = False
    inquiries: bool = False
    mailboxes: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.contacts or other.contacts,
            self.inquiries or other.inquiries,
            self.mailboxes or other.mailboxes,
        )

    def __bool__(self) -> bool:
        return self.contacts or self.inquiries or self.mailboxes


NOTHING = Changes()
CONTACTS = Changes(contacts=True)
INQUIRIES = Changes(inquiries=True)
MAILBOXES = Changes(mailboxes=True)


class Show(Enum):
    """Where a KnownError that the widget did not deal with is shown."""

    DIALOG = auto()
    STATUS = auto()
    NOWHERE = auto()


class Operation(Generic[T]):
    """One run: its callbacks and its cancel flag; ``running`` until it has been handled."""

    def __init__(
        self,
        work: Callable[[Progress, Cancelled], T],
        success: Callable[[T], None] | None,
        failure: Callable[[KnownError], bool] | None,
        progress: Progress | None,
        changes: Changes | Callable[[T], Changes],
        long: bool,
        title: str,
        show: Show,
        key: str | None,
        cleanup: Callable[[], None] | None = None,
        slow: bool = False,
    ) -> None:
        self.work = work
        self.cleanup = cleanup
        self.success = success
        self.failure = failure
        self.progress = progress
        self.changes = changes
        self.long = long
        self.slow = slow or long  # runs on the pool of long work
        self.title = title
        self.show = show
        self.key = key
        self.serial = 0
        self.running = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def succeeded(self, result: T) -> Changes:
        if self.success is not None:
            self.success(result)
        return self.changes(result) if callable(self.changes) else self.changes

    def failed(self, error: KnownError) -> tuple[bool, Changes]:
        """Whether the widget dealt with the error; what to announce all the same (long work
        may have stored part of its input before it failed)."""
        handled = self.failure is not None and self.failure(error)
        changes = self.changes if self.long and isinstance(self.changes, Changes) else NOTHING
        return handled, changes


class _Skipped:
    """The result of a run that a newer run with the same key made pointless."""


_SKIPPED = _Skipped()


class _Runner(QRunnable):
    """Runs one operation's work on a pool thread; reports through the owner's signals, which
    Qt delivers on the GUI thread. The pool deletes it when it has run (PySide keeps a runner
    that is not auto-deleted alive for good)."""

    def __init__(self, owner: Operations, operation: Operation[Any]) -> None:
        super().__init__()
        self.owner = owner
        self.operation = operation

    def run(self) -> None:
        owner, operation = self.owner, self.operation
        serial = operation.serial
        if operation.cancelled() or owner.superseded(operation):
            _report(owner._ended, serial, True, _SKIPPED)
            return

        def progress(done: int, total: int) -> None:
            _report(owner._progressed, serial, done, total)

        try:
            result = operation.work(progress, operation.cancelled)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            _report(owner._ended, serial, False, exc)
        else:
            _report(owner._ended, serial, True, result)


def _report(signal: Any, *values: object) -> None:
    """Emit on a pool thread; once the window (and its ``Operations``) is gone, there is no one
    left to tell, and the result is dropped."""
    try:
        signal.emit(*values)
    except RuntimeError:  # "Signal source has been deleted"
        pass


class Operations(QObject):
    """Runs the window's calls to the core off the GUI thread; see the module docstring."""

    changed = Signal(object)  # Changes
    settled = Signal()
    status = Signal(str)  # a message for the status bar
    # emitted on pool threads, delivered on the GUI thread
    _progressed = Signal(int, int, int)
    _ended = Signal(int, bool, object)

    def __init__(
        self,
        prompts: Prompts,
        parent: QObject | None = None,
        report_bug: Callable[[BaseException], None] | None = None,
        threads: int = 4,
        long_threads: int = 2,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._report_bug = report_bug or _to_excepthook
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        # imports, the mailbox fetch and other work of seconds: never in the way of lookups
        self._long_pool = QThreadPool(self)
        self._long_pool.setMaxThreadCount(long_threads)
        self._running: dict[int, Operation[Any]] = {}
        self._latest: dict[str, int] = {}
        self._serials = itertools.count(1)
        self._closed = False
        self._progressed.connect(self._on_progress)
        self._ended.connect(self._on_end)

    @property
    def idle(self) -> bool:
        return not self._running

    def run(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
        *,
        failure: Callable[[KnownError], bool] | None = None,
        changes: Changes | Callable[[T], Changes] = NOTHING,
        title: str = "",
        show: Show = Show.DIALOG,
        key: str | None = None,
        slow: bool = False,
    ) -> Operation[T]:
        """Run ``work()`` on a worker; ``success(result)`` follows on the GUI thread. ``slow``
        work (seconds, not milliseconds) runs on the pool of long work."""

        def call(_progress: Progress, _cancelled: Cancelled) -> T:
            return work()

        operation = Operation(
            call, success, failure, None, changes, False, title, show, key, slow=slow
        )
        return self._start(operation)

    def run_long(
        self,
        work: Callable[[Progress, Cancelled], T],
        success: Callable[[T], None] | None = None,
        *,
        progress: Progress | None = None,
        failure: Callable[[KnownError], bool] | None = None,
        changes: Changes | Callable[[T], Changes] = NOTHING,
        title: str = "",
        show: Show = Show.DIALOG,
        cleanup: Callable[[], None] | None = None,
    ) -> Operation[T]:
        """Run ``work(progress, cancelled)`` on a worker; ``progress(done, total)`` follows on
        the GUI thread as it goes. ``cleanup()`` runs first when it ends, however it ends (a
        progress dialog closes). Fixed ``changes`` are announced after a failure too."""
        operation = Operation(
            work, success, failure, progress, changes, True, title, show, None, cleanup
        )
        return self._start(operation)

    def announce(self, changes: Changes) -> None:
        """Tell the views what changed elsewhere (another desk: ``shell/live_updates``), as
        if an operation of this window had changed it."""
        if changes and not self._closed:
            self.changed.emit(changes)

    def superseded(self, operation: Operation[Any]) -> bool:
        """A newer run with the same key was started (read on pool threads too: one dict
        lookup, atomic in CPython)."""
        key = operation.key
        return key is not None and self._latest.get(key) != operation.serial

    def supersede(self, key: str) -> None:
        """Drop the result of a run with ``key`` still under way (the user moved on)."""
        self._latest[key] = next(self._serials)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """The window is closing: later runs are not started; every running operation is
        cancelled (long work stops at its next check, work not yet started is skipped) and
        its result dropped. Then wait up to ``timeout_ms`` for the workers: True when none is
        left, False while one still runs (it may still use the database). Called again, it
        only waits again."""
        if not self._closed:
            self._closed = True
            running = sorted(self._running.values(), key=lambda o: not o.slow)
            for operation in running:  # long work first: it is what takes time to stop
                operation.cancel()
            for operation in running:
                operation.running = False
            self._running.clear()
            self.settled.emit()
        deadline = time.monotonic() + max(timeout_ms, 0) / 1000
        finished = True
        for pool in (self._long_pool, self._pool):
            left_ms = max(0, round((deadline - time.monotonic()) * 1000))
            finished = pool.waitForDone(left_ms) and finished
        return finished

    # -- inside -------------------------------------------------------------------------

    def _start(self, operation: Operation[T]) -> Operation[T]:
        if self._closed:
            return operation  # never runs: the window is closing
        operation.serial = next(self._serials)
        operation.running = True
        if operation.key is not None:
            self._latest[operation.key] = operation.serial
        self._running[operation.serial] = operation
        pool = self._long_pool if operation.slow else self._pool
        pool.start(_Runner(self, operation))
        return operation

    @Slot(int, int, int)
    def _on_progress(self, serial: int, done: int, total: int) -> None:
        operation = self._running.get(serial)
        if operation is not None and operation.progress is not None:
            operation.progress(done, total)

    @Slot(int, bool, object)
    def _on_end(self, serial: int, ok: bool, value: object) -> None:
        operation = self._running.pop(serial, None)
        if operation is None:
            return  # dropped: the window is closing
        operation.running = False
        try:
            changes = NOTHING
            if operation.cleanup is not None:
                operation.cleanup()
            if ok:
                if value is not _SKIPPED and not self.superseded(operation):
                    changes = operation.succeeded(value)
            elif not isinstance(value, KnownError):
                assert isinstance(value, BaseException)
                self._report_bug(value)
            elif not self.superseded(operation):
                handled, changes = operation.failed(value)
                if not handled:
                    self._show_known(operation, value)
            if changes:
                self.changed.emit(changes)
        except Exception as exc:  # noqa: BLE001 - a bug in a callback: the crash reporter
            self._report_bug(exc)
        finally:
            if not self._running:
                self.settled.emit()

    def _show_known(self, operation: Operation[Any], error: KnownError) -> None:
        log.info("known error: %s", log_message(error.reason))
        text = tr_message(error.reason)
        if operation.show is Show.DIALOG:
            self.prompts.warn(operation.title or tr("Vorgang nicht möglich"), text)
        elif operation.show is Show.STATUS:
            self.status.emit(text)


def _to_excepthook(error: BaseException) -> None:
    """Bugs take the path of every uncaught exception: the hook ErrorReporter installs."""
    sys.excepthook(type(error), error, error.__traceback__)


class ProgressDialog(QProgressDialog):
    """Window-modal progress of a long operation, with a cancel button if it can be cancelled;
    it appears only when the work takes longer than a moment."""

    def __init__(self, label: str, parent: QWidget, cancellable: bool = True) -> None:
        super().__init__(label, tr("Abbrechen"), 0, 0, parent)
        self.setWindowTitle(tr("Bitte warten"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoReset(False)
        self.setAutoClose(False)
        if not cancellable:
            self.setCancelButton(None)

    def follow(self, operation: Operation[Any]) -> None:
        """The cancel button cancels ``operation``."""
        self.canceled.connect(operation.cancel)

    def show_progress(self, done: int, total: int) -> None:
        self.setLabelText(tr("{0} von {1} Einträgen …").format(done, total))
        self.setMaximum(total)
        # a window-modal progress dialog processes events in setValue: it may finish here
        self.setValue(done)

    def finish(self) -> None:
        self.reset()
        self.deleteLater()
