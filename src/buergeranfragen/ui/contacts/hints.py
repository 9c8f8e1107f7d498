"""The box of possible duplicates above the contact form: existing contacts that look like the
one being typed, each with "Öffnen" and "Zusammenführen" (object names ``openButton`` and
``mergeButton``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from buergeranfragen.contacts.records import DuplicateHint
from buergeranfragen.ui.common.i18n import tr, tr_messages
from buergeranfragen.ui.common.labels import person_label


class DuplicateHints(QGroupBox):
    open_requested = Signal(int)
    merge_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(tr("Mögliche Dubletten"))
        self.setStyleSheet("QGroupBox { background: #fff8e1; }")
        self._layout = QVBoxLayout(self)
        self.hints: list[DuplicateHint] = []
        self.hide()

    def show_hints(self, hints: list[DuplicateHint]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()  # later: its button may be the one being clicked
        self.hints = hints
        for hint in hints:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            who = person_label(hint.contact.name, hint.contact.organisation)
            reasons = ", ".join(tr_messages(hint.reasons))
            # names come from the database: escaped, the only markup is ours
            text = QLabel(f"<b>{escape(who)}</b>: {escape(reasons)}")
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            line.addWidget(text, 1)
            show = QPushButton(tr("Öffnen"))
            show.setObjectName("openButton")
            show.clicked.connect(lambda _=False, i=hint.contact.id: self.open_requested.emit(i))
            merge = QPushButton(tr("Zusammenführen"))
            merge.setObjectName("mergeButton")
            merge.setToolTip(
                tr(
                    "Beide Kontakte zu einem vereinen; keine Nummer, Adresse oder "
                    "Notiz geht verloren."
                )
            )
            merge.clicked.connect(lambda _=False, i=hint.contact.id: self.merge_requested.emit(i))
            line.addWidget(show)
            line.addWidget(merge)
            self._layout.addWidget(row)
        self.setVisible(bool(hints))

    def name_of(self, contact_id: int) -> str:
        """How the hint names ``contact_id`` (its number when it is not among the hints)."""
        found = next((h.contact for h in self.hints if h.contact.id == contact_id), None)
        return found.name if found is not None else str(contact_id)
