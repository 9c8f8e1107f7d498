"""The detail view's three parts under its heading: the fields (with the contacts to choose
from), the text with its attachments, and the history. Beside the queue they stand one above
the other (the text takes the height); below the queue (``shell/arrangement``) side by side,
each as high as the pane. The fields scroll when the pane is lower than they are: nothing is
cut off, and Tab scrolls to the button it reaches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.ui.inquiries.timeline import Timeline

# the parts' shares of the width side by side: fields, text, history
SIDE_BY_SIDE_STRETCH = (3, 5, 3)


class FactsArea(QScrollArea):
    """Scrolls the fields up and down, never sideways: it is at least as wide as they need
    (a long address does not wrap), so nothing is cut off at the right."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("detailFactsArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # another inquiry's fields: another least width
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        facts = self.widget()
        if facts is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), facts.minimumSizeHint().width() + bar), hint.height())


class DetailParts:
    """``layout`` holds the parts; ``arrange`` puts them side by side or one above the
    other."""

    def __init__(
        self,
        form: QFormLayout,
        below_form: QWidget,
        text_widgets: Sequence[QWidget],
        text: QWidget,
        history: QWidget,
        timeline: Timeline,
    ) -> None:
        self.facts = QWidget()
        self.facts.setObjectName("detailFacts")
        facts = QVBoxLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.addLayout(form)
        facts.addWidget(below_form)
        facts.addStretch(1)
        self.facts_area = FactsArea()
        self.reading = QWidget()
        self.reading.setObjectName("detailText")
        reading = QVBoxLayout(self.reading)
        reading.setContentsMargins(0, 0, 0, 0)
        for widget in text_widgets:
            reading.addWidget(widget, 1 if widget is text else 0)
        self.history = history
        self.timeline = timeline
        self.layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.side_by_side = False
        for part, stretch in zip(self.parts(), (0, 1, 0), strict=True):
            self.layout.addWidget(part, stretch)
        self.facts_area.hide()

    def parts(self) -> tuple[QWidget, QWidget, QWidget]:
        first = self.facts_area if self.side_by_side else self.facts
        return first, self.reading, self.history

    def arrange(self, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side:
            return
        # the fields: in their scroll area side by side, straight in the column above the
        # text (as high as they are)
        self.layout.removeWidget(self.parts()[0])
        self.side_by_side = side_by_side
        if side_by_side:
            self.facts_area.setWidget(self.facts)
            self.facts_area.show()
            self.facts_area.updateGeometry()
        else:
            self.facts_area.takeWidget()
            self.facts_area.hide()
        self.layout.insertWidget(0, self.parts()[0])
        self.facts.show()
        if side_by_side:
            self.layout.setDirection(QBoxLayout.Direction.LeftToRight)
            stretches: Sequence[int] = SIDE_BY_SIDE_STRETCH
            self.timeline.set_limited(False)
        else:
            self.layout.setDirection(QBoxLayout.Direction.TopToBottom)
            stretches = (0, 1, 0)  # the text takes the height
            self.timeline.set_limited(True)
        for part, stretch in zip(self.parts(), stretches, strict=True):
            self.layout.setStretchFactor(part, stretch)
