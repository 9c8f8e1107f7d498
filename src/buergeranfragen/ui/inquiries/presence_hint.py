""" "Wird gerade von … bearbeitet": the detail says who at another desk has the inquiry shown
open in an edit dialog, and this window tells the others while one of its dialogs is open.

``PresenceHint`` asks ``PresenceService.editors`` when an inquiry is shown, when another desk
opens or closes a dialog (``LiveUpdates.presence_changed``) and every ``RECHECK_MS`` (a desk
that crashed drops out). ``PresenceClaims`` claims an inquiry when a dialog for it opens,
renews the claim every ``HEARTBEAT_SECONDS`` and releases it when the dialog closes; every
call runs on a worker, and a failure is no news (the hint is a courtesy; saving over a newer
version is refused by the version check all the same)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.presence import HEARTBEAT_SECONDS, Editor, PresenceService
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import set_plain
from buergeranfragen.ui.common.operations import Operations, Show
from buergeranfragen.ui.inquiries.detail import InquiryDetail

RECHECK_MS = 20_000


class PresenceHint(QObject):
    def __init__(self, presence: PresenceService, detail: InquiryDetail, ops: Operations) -> None:
        super().__init__(detail)
        self.presence = presence
        self.detail = detail
        self.ops = ops
        self.label = detail.presence_hint
        detail.record_shown.connect(self.check)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        record = self.detail.record
        if record is None:
            self.label.hide()
            return
        inquiry_id, presence = record.id, self.presence
        self.ops.run(
            lambda: presence.editors(inquiry_id),
            lambda editors: self._show(inquiry_id, editors),
            key="inquiries.presence",
            show=Show.NOWHERE,
        )

    def _show(self, inquiry_id: int, editors: list[Editor]) -> None:
        record = self.detail.record
        if record is None or record.id != inquiry_id:
            return
        names = list(dict.fromkeys(editor.name for editor in editors))
        if names:
            set_plain(self.label, tr("Wird gerade von {0} bearbeitet").format(", ".join(names)))
        self.label.setVisible(bool(names))


class PresenceClaims(QObject):
    def __init__(self, presence: PresenceService, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.presence = presence
        self.ops = ops
        self.held: dict[int, int] = {}  # inquiry id: dialogs open for it
        self._claiming: set[int] = set()  # claims on their way to the database
        self._release_after: set[int] = set()  # closed while its claim was on its way
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self._timer.timeout.connect(self._beat)

    def hold(self, dialog: QDialog, inquiry_id: int) -> None:
        """The inquiry is claimed while ``dialog`` is open."""
        self.held[inquiry_id] = self.held.get(inquiry_id, 0) + 1
        dialog.finished.connect(lambda _result: self._let_go(inquiry_id))
        self._timer.start()
        self._release_after.discard(inquiry_id)
        if inquiry_id in self._claiming:
            return  # its claim is on its way
        self._claiming.add(inquiry_id)
        presence = self.presence

        def ended() -> None:
            self._claiming.discard(inquiry_id)
            if inquiry_id in self._release_after:  # closed before the claim was stored
                self._release_after.discard(inquiry_id)
                self._release(inquiry_id)

        def failed(_error: KnownError) -> bool:
            ended()
            return True  # no news: the hint is a courtesy

        self.ops.run(
            lambda: presence.claim(inquiry_id),
            lambda _claimed: ended(),
            failure=failed,
            show=Show.NOWHERE,
        )

    def _let_go(self, inquiry_id: int) -> None:
        left = self.held.get(inquiry_id, 0) - 1
        if left > 0:
            self.held[inquiry_id] = left
            return
        self.held.pop(inquiry_id, None)
        if not self.held:
            self._timer.stop()
        if inquiry_id in self._claiming:
            self._release_after.add(inquiry_id)  # released once the claim is stored
        else:
            self._release(inquiry_id)

    def _release(self, inquiry_id: int) -> None:
        if inquiry_id in self.held:
            return  # opened again meanwhile
        presence = self.presence
        self.ops.run(lambda: presence.release(inquiry_id), show=Show.NOWHERE)

    def _beat(self) -> None:
        if self.held:
            self.ops.run(self.presence.heartbeat, show=Show.NOWHERE)
