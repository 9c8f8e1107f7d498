"""The text of a mail on screen: plain, or its HTML as the core let it through
(``mail.html_view``: sanitised, within limits that keep the layout quick), shown by a browser
that never loads anything, so no tracker learns that a mail was read.

A link does not open on a click: hovering shows where it really leads (tooltip and
``link_hovered``), a click only asks to open it (``link_requested`` with the target, which the
detail puts to the clerk). Each text starts from a plain character format: the format of a
clicked link would otherwise carry over to the next mail's plain text, which then showed as
that link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCursor, QTextCharFormat
from PySide6.QtWidgets import QTextBrowser, QToolTip

from buergeranfragen.mail.html_view import link_target
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import plain_tooltip, shown

QUOTE_STYLE = "blockquote { margin-left: 8px; margin-right: 0px; }"


def shown_url(url: QUrl) -> str:
    """A link's real target as text: fully encoded (a look-alike host shows as "xn--…"),
    direction controls written out."""
    return shown(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


class OfflineBrowser(QTextBrowser):
    """A text browser that never loads anything: no images, no remote or local files."""

    blocked = Signal(str)  # a resource the document asked for, refused
    link_hovered = Signal(str)  # what the status bar says about the link under the mouse
    link_requested = Signal(str)  # the clerk clicked a link that may be opened: its target

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.highlighted.connect(self._hovered)
        # narrow indents: a quote or list indents by a few pixels (the core limits how deep)
        self.document().setDefaultStyleSheet(QUOTE_STYLE)
        self.document().setIndentWidth(16)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        self.blocked.emit(name.toString() if isinstance(name, QUrl) else str(name))
        return None

    def show_plain(self, text: str) -> None:
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(text)

    def show_html(self, html: str) -> None:
        """``html`` must come from ``mail.html_view.formatted_view``."""
        self.setCurrentCharFormat(QTextCharFormat())
        self.setHtml(html)

    def _hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            QToolTip.hideText()
            self.link_hovered.emit("")
            return
        target = shown_url(url)
        if link_target(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)) is None:
            status = tr("Dieser Link wird nicht geöffnet: {0}").format(target)
        else:
            status = tr("Link führt zu: {0}").format(target)
        QToolTip.showText(QCursor.pos(), plain_tooltip(status), self.viewport())
        self.link_hovered.emit(status)

    def _clicked(self, url: QUrl) -> None:
        target = link_target(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if target is not None:
            self.link_requested.emit(target)
        else:
            self.link_hovered.emit(
                tr("Dieser Link wird nicht geöffnet: {0}").format(shown_url(url))
            )
