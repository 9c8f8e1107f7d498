"""What a file reader hands the importer: one entry at a time, read or not."""

from __future__ import annotations

from dataclasses import dataclass

from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.errors import KnownError
from buergeranfragen.messages import Message


@dataclass(frozen=True)
class ReadEntry:
    number: int  # 1-based position in the file
    draft: ContactDraft | None
    warnings: tuple[Message, ...] = ()
    error: Message | None = None  # why the entry could not be read

    @property
    def name(self) -> str:
        return self.draft.display_name if self.draft else ""


class UnreadableFile(KnownError):
    """The file as a whole cannot be read (not found, not a contact file); ``msg`` says why."""


def split_name(full: str) -> tuple[str, str]:
    """'Max Mustermann' -> ('Max', 'Mustermann'); 'Mustermann, Max' -> ('Max', 'Mustermann')."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.rpartition(" ")
    return (first, last) if first else ("", last)
