"""The box of possible duplicates above the contact form: existing contacts that look like the
one being typed, each with "Öffnen" and "Zusammenführen" (object names ``openButton`` and
``mergeButton``).

The hints come ranked: first the contacts that are the same person (same name and a shared
number, address or organisation), then those that only share a number or an address with
another name (a newsroom's switchboard, an office's shared address) - useful while typing, but
not duplicates, and last those that share nothing but the person's name ("gleicher Name –
andere Person?": two citizens of the same name are common). Each group has a heading and each
hint says which it is in words, not only by its colour. A hint is only a hint: nothing is
merged unless the clerk asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from buergeranfragen.contacts.records import DuplicateHint
from buergeranfragen.ui.common.i18n import tr, tr_messages
from buergeranfragen.ui.common.labels import escaped, person_label, plain_label

SAME_PERSON_STYLE = "QGroupBox { background: #fff8e1; }"
OTHER_PERSON_STYLE = "QGroupBox { background: #f3f3f3; }"
HEADING_STYLE = "font-weight: bold;"


def ranked(hints: list[DuplicateHint]) -> list[DuplicateHint]:
    """The same person first, then the others sharing a number or address; each group in the
    order the core gave (a stable sort)."""
    return sorted(hints, key=lambda hint: not hint.same_person)


class DuplicateHints(QGroupBox):
    open_requested = Signal(int)
    merge_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(tr("Mögliche Dubletten"))
        self.setStyleSheet(SAME_PERSON_STYLE)
        self._layout = QVBoxLayout(self)
        self.hints: list[DuplicateHint] = []
        self._buttons: list[QPushButton] = []
        self.hide()

    def show_hints(self, hints: list[DuplicateHint]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()  # later: its button may be the one being clicked
        self.hints = ranked(hints)
        self._buttons = []
        same = [h for h in self.hints if h.same_person]
        others = [h for h in self.hints if not h.same_person and not h.name_only]
        named = [h for h in self.hints if not h.same_person and h.name_only]
        if same:
            self._heading(tr("Wahrscheinlich dieselbe Person"), "samePersonHeading")
            for hint in same:
                self._add(hint, tr("dieselbe Person"))
        if others:
            self._heading(tr("Gleiche Rufnummer oder Adresse, andere Person"), "otherPersonHeading")
            for hint in others:
                self._add(hint, tr("andere Person"))
        if named:
            self._heading(tr("Gleicher Name, sonst nichts gemeinsam"), "sameNameHeading")
            for hint in named:
                self._add(hint, tr("andere Person?"))
        self.setStyleSheet(SAME_PERSON_STYLE if same else OTHER_PERSON_STYLE)
        if same:
            self.setTitle(tr("Mögliche Dubletten"))
        elif others:
            self.setTitle(tr("Kontakte mit gleicher Rufnummer oder Adresse"))
        else:
            self.setTitle(tr("Kontakte mit gleichem Namen"))
        self.setVisible(bool(hints))

    def buttons(self) -> list[QPushButton]:
        """The hints' buttons in reading order (for the Tab chain); none while hidden."""
        return list(self._buttons) if self.hints else []

    def _heading(self, text: str, name: str) -> None:
        heading = plain_label(text)
        heading.setObjectName(name)
        heading.setStyleSheet(HEADING_STYLE)
        self._layout.addWidget(heading)

    def _add(self, hint: DuplicateHint, which: str) -> None:
        row = QWidget()
        row.setObjectName(
            "samePersonHint"
            if hint.same_person
            else "sameNameHint"
            if hint.name_only
            else "otherPersonHint"
        )
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        who = person_label(hint.contact.name, hint.contact.organisation)
        reasons = ", ".join(tr_messages(hint.reasons))
        # names come from the database: escaped, the only markup is ours
        text = QLabel(f"<b>{escaped(who)}</b> ({escaped(which)}): {escaped(reasons)}")
        text.setObjectName("hintText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAccessibleName(f"{who} ({which}): {reasons}")
        line.addWidget(text, 1)
        show = QPushButton(tr("Öffnen"))
        show.setObjectName("openButton")
        show.clicked.connect(lambda _=False, i=hint.contact.id: self.open_requested.emit(i))
        merge = QPushButton(tr("Zusammenführen"))
        merge.setObjectName("mergeButton")
        if hint.same_person:
            merge.setToolTip(
                tr(
                    "Beide Kontakte zu einem vereinen; keine Nummer, Adresse oder "
                    "Notiz geht verloren."
                )
            )
        elif hint.name_only:
            merge.setToolTip(
                tr(
                    "Nur der Name ist gleich: nur zusammenführen, wenn es dieselbe Person ist. "
                    "Abweichende Angaben werden vorher zur Wahl gestellt."
                )
            )
        else:
            merge.setToolTip(
                tr(
                    "Ein anderer Name: nur zusammenführen, wenn es doch dieselbe Person ist. "
                    "Abweichende Angaben werden vorher zur Wahl gestellt."
                )
            )
        merge.clicked.connect(lambda _=False, i=hint.contact.id: self.merge_requested.emit(i))
        line.addWidget(show)
        line.addWidget(merge)
        self._buttons += [show, merge]
        self._layout.addWidget(row)
