"""What every command shares: JSON Lines, German labels of the core's values, exit codes.

The core hands out values (statuses, kinds) and ``Message``s; the command line speaks German,
so the labels of those values live here (the window has its own, translated, in ui/)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from buergeranfragen.contacts.records import ContactKind, ContactSummary
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.messages import Message
from buergeranfragen.organisation.records import Role
from buergeranfragen.text import visible_controls

EXIT_OK = 0  # everything handled (also: some entries skipped or mails refused, each reported)
EXIT_ERROR = 1  # a file could not be read at all, a mailbox failed, an error of the environment
EXIT_USAGE = 2  # the command line itself was wrong (argparse)

CONTACT_IMPORT_LABELS = {
    "imported": "importiert",
    "merged": "zusammengeführt",
    "skipped": "übersprungen",
}
# Contact fields in German, for what an import filled (`contacts check-merges`).
FIELD_LABELS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "organisation": "Organisation",
    "function": "Funktion",
    "outlet": "Medium",
    "desk": "Ressort",
    "street": "Straße",
    "postal_code": "PLZ",
    "city": "Ort",
    "country": "Land",
    "notes": "Notizen",
    "tags": "Kategorien",
    "kind": "Art",
}
# what a person does in the office (organisation.records.Role)
ROLE_LABELS = {
    Role.PRESS_OFFICE: "Pressestelle",
    Role.CITIZEN_SERVICE: "Bürgerservice",
    Role.CLERK: "Sachbearbeitung",
    Role.LEAD: "Leitung",
    Role.ADMINISTRATION: "Administration",
}

# an inquiry's channel and kind (``inquiries`` commands)
CHANNEL_LABELS = {
    InquiryChannel.PHONE: "Telefon",
    InquiryChannel.EMAIL: "E-Mail",
    InquiryChannel.LETTER: "Brief",
    InquiryChannel.IN_PERSON: "persönlich",
}
INQUIRY_KIND_LABELS = {ContactKind.PRESS: "Presseanfrage", ContactKind.CITIZEN: "Bürgeranfrage"}

MAIL_LABELS = {
    "imported": "übernommen",
    "threaded": "zur Anfrage hinzugefügt",
    "duplicate": "schon vorhanden",
    "rejected": "abgelehnt",
    "retry": "später erneut versuchen",
}


def for_people(text: str) -> str:
    """Text for a terminal: every control character but the line break (ESC, BEL, CR, NUL, C1),
    every direction control and zero-width character written out as ``⟨U+001B⟩``
    (``text.visible_controls``), so a subject or a name from outside can neither steer the
    terminal nor pose as something else ("rechnung\u202efdp.exe")."""
    return visible_controls(text, line_breaks=True)


def one_line(text: str) -> str:
    """Like ``for_people``, the line break written out too: a value inside one line."""
    return visible_controls(text, single_line=True)


def print_error(text: str, prefix: str = "Fehler: ") -> None:
    """One line on stderr: values typed or read from outside cannot add lines or steer the
    terminal (``one_line``)."""
    print(prefix + one_line(text), file=sys.stderr)


class ReadableOutput(io.TextIOBase):
    """A command's output for people, written out by ``for_people`` (every command writes
    through it). JSON lines go to ``raw`` unchanged (``print_json``): programs get the values
    as they are."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.raw.write(for_people(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()


def print_json(obj: Any, out: TextIO) -> None:
    raw: TextIO = out.raw if isinstance(out, ReadableOutput) else out
    raw.write(json.dumps(obj, ensure_ascii=False) + "\n")


def write_hints(warnings: Iterable[Message | str], out: TextIO) -> None:
    for warning in warnings:
        out.write(f"    Hinweis: {warning}\n")


def summary_json(contact: ContactSummary) -> dict[str, Any]:
    return {
        "contact_id": contact.id,
        "name": contact.name,
        "organisation": contact.organisation,
        "kind": contact.kind.value,
        "phones_e164": list(contact.phones_e164),
        "emails": list(contact.emails),
    }
