"""The attachment list's entries and the question before opening a file that is not a plain
document (the decision is the core's: ``inquiries.opening.open_check``)."""

from __future__ import annotations

from buergeranfragen.inquiries.opening import open_check
from buergeranfragen.inquiries.records import AttachmentRecord
from buergeranfragen.text import visible_controls
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.prompts import Prompts


def entry_text(attachment: AttachmentRecord) -> str:
    """One line of the list, as plain text: the name with invisible and direction characters
    written out ("rechnung⟨U+202E⟩fdp.exe"), its size; the original mail named as such."""
    name = visible_controls(attachment.filename, single_line=True)
    if attachment.is_original:
        return tr("Originalmail") + f": {name}"
    return f"{name}  ({size_text(attachment.size)})"


def may_open(prompts: Prompts, attachment: AttachmentRecord) -> bool:
    """True for a document type of the allow-list; otherwise the clerk is asked, with the
    file's type named."""
    check = open_check(attachment.filename)
    if not check.ask:
        return True
    return prompts.confirm(
        tr("Anhang öffnen?"),
        tr(
            "„{0}“ ist kein gewöhnliches Dokument, sondern: {1}.\n\nSolche Dateien können "
            "Programme starten oder Inhalte aus dem Internet laden. Nur öffnen, wenn Sie dem "
            "Absender vertrauen."
        ).format(visible_controls(attachment.filename, single_line=True), tr_message(check.kind)),
        tr("Trotzdem öffnen"),
        tr("Nicht öffnen"),
    )


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"
