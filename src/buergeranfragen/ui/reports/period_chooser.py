"""Choosing the period of a report: Kalenderwoche (with the previous and next week a button
or Alt+← / Alt+→ away), Monat, Quartal, Jahr, or from–to. Default: the last complete week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from buergeranfragen.errors import KnownError
from buergeranfragen.reports import periods
from buergeranfragen.reports.periods import Period, PeriodKind
from buergeranfragen.ui.common.i18n import tr

KINDS = (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.RANGE)


def shifted(period: Period, steps: int) -> Period:
    """The period ``steps`` periods of its kind later (earlier when negative)."""
    if period.kind is PeriodKind.WEEK:
        return periods.week_of(period.first + timedelta(weeks=steps))
    if period.kind is PeriodKind.MONTH:
        index = period.first.year * 12 + period.first.month - 1 + steps
        return periods.month(index // 12, index % 12 + 1)
    if period.kind is PeriodKind.QUARTER:
        index = period.first.year * 4 + (period.first.month - 1) // 3 + steps
        return periods.quarter(index // 4, index % 4 + 1)
    if period.kind is PeriodKind.YEAR:
        return periods.year(period.first.year + steps)
    length = timedelta(days=(period.last - period.first).days + 1)
    return periods.between(period.first + length * steps, period.last + length * steps)


def of_kind(kind: PeriodKind, period: Period, latest: Period | None = None) -> Period:
    """The period of ``kind`` that holds ``period``'s first day (a span: that period's days);
    a week: the last one of ``period`` that is not later than ``latest`` (the last complete
    week: from "November" to its last complete week, not to the week of 1 November)."""
    day = period.first
    if kind is PeriodKind.WEEK:
        last = period.last if latest is None else min(period.last, latest.last)
        return periods.week_of(max(last, period.first))
    if kind is PeriodKind.MONTH:
        return periods.month(day.year, day.month)
    if kind is PeriodKind.QUARTER:
        return periods.quarter(day.year, (day.month - 1) // 3 + 1)
    if kind is PeriodKind.YEAR:
        return periods.year(day.year)
    return periods.between(period.first, period.last)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodChooser(QWidget):
    """``changed(Period)`` whenever the chosen period changes."""

    changed = Signal(object)

    def __init__(self, initial: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = initial
        self.latest = initial  # the last complete week when the section opened
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        names = {
            PeriodKind.WEEK: tr("Kalenderwoche"),
            PeriodKind.MONTH: tr("Monat"),
            PeriodKind.QUARTER: tr("Quartal"),
            PeriodKind.YEAR: tr("Jahr"),
            PeriodKind.RANGE: tr("Von – Bis"),
        }
        for kind in KINDS:
            self.kind.addItem(names[kind])
        kind_label = QLabel(tr("&Zeitraum:"))
        kind_label.setBuddy(self.kind)
        self.previous = QPushButton(tr("◀ &Vorherige"))
        self.previous.setToolTip(tr("Der Zeitraum davor (Alt+Pfeil links)"))
        self.following = QPushButton(tr("&Nächste ▶"))
        self.following.setToolTip(tr("Der Zeitraum danach (Alt+Pfeil rechts)"))
        self.label = QLabel()
        self.label.setObjectName("periodLabel")
        self.label.setStyleSheet("font-weight: bold;")
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name in ((self.first, tr("Von")), (self.last, tr("Bis"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
        self.range_label = QLabel(tr("bis"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        widgets: list[QWidget] = [kind_label, self.kind, self.previous, self.label]
        widgets += [self.following, self.first, self.range_label, self.last]
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        for keys, steps in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda steps=steps: self._step_if_visible(steps))
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.following.clicked.connect(lambda: self.step(1))
        for edit in (self.first, self.last):
            edit.setKeyboardTracking(False)  # a typed date counts when it is complete
            edit.dateChanged.connect(self._range_typed)
        self._show()

    def choose(self, period: Period) -> None:
        if period != self.period:
            self.period = period
            self._show()
            self.changed.emit(period)

    def step(self, steps: int) -> None:
        try:
            self.choose(shifted(self.period, steps))
        except KnownError:
            pass  # beyond what a report may span: stays

    def _step_if_visible(self, steps: int) -> None:
        if self.isVisible():
            self.step(steps)

    def _kind_chosen(self, index: int) -> None:
        kind = KINDS[index] if 0 <= index < len(KINDS) else self.period.kind
        if kind is not self.period.kind:
            self.choose(of_kind(kind, self.period, self.latest))

    def _range_typed(self, _value: QDate) -> None:
        if self.period.kind is not PeriodKind.RANGE:
            return
        try:
            chosen = periods.between(_date(self.first.date()), _date(self.last.date()))
        except KnownError:
            return  # the end before the start while typing: wait for the other date
        self.choose(chosen)

    def _show(self) -> None:
        period = self.period
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(period.kind))
        self.kind.blockSignals(False)
        self.label.setText(period.label)
        span = period.kind is PeriodKind.RANGE
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
            edit.setVisible(span)
        self.range_label.setVisible(span)
        self.label.setVisible(not span)
