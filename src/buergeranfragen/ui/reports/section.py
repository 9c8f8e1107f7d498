"""Section "Berichte": a placeholder that says plainly what is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from buergeranfragen.ui.common.i18n import tr


class ReportsSection(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Berichte"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.body = QLabel(
            tr(
                "Der Wochenbericht für die Referatsleitung ist noch nicht gebaut; er kommt mit "
                "der Verteilung und Verfolgung der Anfragen."
            )
        )
        self.body.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
