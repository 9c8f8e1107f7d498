"""Parts of the call form: the caller's open inquiries (a list the keyboard reaches: Enter
shows one in the queue), the calls waiting while the form holds input, and the check of the
number when the user leaves the field."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from buergeranfragen.calendar import format_local
from buergeranfragen.contacts.phones import PhoneError, parse_phone
from buergeranfragen.inquiries.records import InquirySummary
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import plain_label, set_plain, shown


def number_problem(typed: str) -> str | None:
    """Why ``typed`` is no number to store (None: it is, or nothing was typed)."""
    if not typed.strip():
        return None
    try:
        parse_phone(typed)
    except PhoneError as error:
        return tr_message(error.reason)
    return None


class OpenInquiries(QWidget):
    """ "Offene Anfragen" of the caller: a heading and a list (Tab reaches it; Enter or a
    double click asks to show the inquiry: ``requested``)."""

    requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.heading = plain_label()
        self.heading.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("callOpenInquiries")
        self.items.setAccessibleName(tr("Offene Anfragen"))
        self.items.setToolTip(tr("Eingabetaste: die Anfrage in der Liste zeigen"))
        self.items.setMaximumHeight(110)
        self.items.hide()
        self.items.activated.connect(self._chosen)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.items)

    def show_open(self, open_items: list[InquirySummary], asked: bool = True) -> None:
        """The caller's open inquiries; ``asked`` False: not known yet (nothing shown)."""
        self.items.clear()
        for inquiry in open_items:
            line = f"{inquiry.reference} ({format_local(inquiry.received_at)}): {inquiry.subject}"
            item = QListWidgetItem(shown(line))  # a list item is plain text
            item.setData(Qt.ItemDataRole.UserRole, inquiry.id)
            self.items.addItem(item)
        self.items.setVisible(bool(open_items))
        if open_items:
            self.items.setCurrentRow(0)
            self.heading.setText(tr("Offene Anfragen (Eingabetaste zeigt sie):"))
        elif asked:
            self.heading.setText(tr("Keine offenen Anfragen."))
        else:
            self.heading.clear()

    def lines(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def _chosen(self, index: QModelIndex) -> None:
        inquiry_id = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(inquiry_id, int):
            self.requested.emit(inquiry_id)


class WaitingCalls(QLabel):
    """Calls handed over (``tel:``, ``call --from``) while the form held input: kept, and
    said at the top of the form; they open once this call is saved or discarded."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("waitingCalls")
        self.setWordWrap(True)
        self.setStyleSheet("font-weight: bold;")
        self.numbers: list[str] = []
        self.hide()

    def add(self, number: str) -> None:
        if number in self.numbers:
            return
        self.numbers.append(number)
        set_plain(
            self,
            (
                tr(
                    "Ein weiterer Anruf wartet: {0}. Er öffnet sich, sobald dieser Anruf "
                    "gespeichert oder verworfen ist."
                )
                if len(self.numbers) == 1
                else tr(
                    "Weitere Anrufe warten: {0}. Sie öffnen sich, sobald dieser Anruf gespeichert "
                    "oder verworfen ist."
                )
            ).format(", ".join(self.numbers)),
        )
        self.show()
