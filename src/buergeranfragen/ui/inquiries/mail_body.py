"""The text of a mail on screen: plain, or its HTML as the core let it through
(``mail.html_view``: sanitised, within limits that keep the layout quick), shown by a browser
that never loads anything, so no tracker learns that a mail was read.

A link does not open on a click: hovering shows where it really leads (tooltip and
``link_hovered``), a click only asks to open it (``link_requested`` with the target, which the
detail puts to the clerk). Each text starts from a plain character format: the format of a
clicked link would otherwise carry over to the next mail's plain text, which then showed as
that link.

Plain text is laid out quickly whatever a mail holds: a word without a space is broken every
``BREAK_EVERY`` characters with a zero-width space (the layout looked for a place to break a
1 MB word for 43 s; copying takes those out again), and of a very long text only the first
``MAX_SHOWN_CHARS`` characters are shown (a 1 MB text takes about 0.4 s). The stored text
stays whole."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QMimeData, QUrl, Signal
from PySide6.QtGui import QCursor, QTextCharFormat
from PySide6.QtWidgets import QTextBrowser, QToolTip

from buergeranfragen.mail.html_view import BREAKS, MAX_RUN, link_target
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import plain_tooltip, shown

QUOTE_STYLE = "blockquote { margin-left: 8px; margin-right: 0px; }"
MAX_SHOWN_CHARS = 500_000
BREAK_EVERY = MAX_RUN
ZERO_WIDTH_SPACE = "\u200b"
_LONG_WORD = re.compile(f"[^{BREAKS}]{{{BREAK_EVERY + 1},}}")


def breakable(text: str) -> str:
    """``text`` with a zero-width space at least every ``BREAK_EVERY`` characters of a word
    (never before a combining mark: it stays with its letter)."""
    return _LONG_WORD.sub(_break_word, text)


def _break_word(found: re.Match[str]) -> str:
    word = found.group()
    pieces = []
    start = 0
    while len(word) - start > BREAK_EVERY:
        cut = start + BREAK_EVERY
        while cut < len(word) and unicodedata.combining(word[cut]):
            cut += 1
        pieces.append(word[start:cut])
        start = cut
    pieces.append(word[start:])
    return ZERO_WIDTH_SPACE.join(piece for piece in pieces if piece)


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
        self._breaks_added = False  # zero-width spaces put into the plain text shown
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

    def show_plain(self, text: str) -> bool:
        """Shows ``text``, or of a very long one its first ``MAX_SHOWN_CHARS`` characters and
        "…": then True (the caller says so)."""
        cut = len(text) > MAX_SHOWN_CHARS
        shown_text = text[:MAX_SHOWN_CHARS] + " …" if cut else text
        broken = breakable(shown_text)
        self._breaks_added = broken != shown_text
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(broken)
        return cut

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        """What is copied: without the zero-width spaces that broke long words on screen."""
        if not self._breaks_added:
            return super().createMimeDataFromSelection()
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText().replace(ZERO_WIDTH_SPACE, ""))
        return data

    def show_html(self, html: str) -> None:
        """``html`` must come from ``mail.html_view.formatted_view``."""
        self._breaks_added = False
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
