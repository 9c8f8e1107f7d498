"""The import policy for one entry of a contact file.

An entry is taken whole or not at all. A number or address that does not validate does not
cost the entry: it is kept in the notes (so nothing typed is lost) with a warning. An entry
that still does not validate (neither a name nor a usable number or address) is skipped. A
stored contact with the same number, address or name at the organisation is completed instead
of duplicated (see ``merging``); otherwise the entry becomes a new contact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactRecord,
    DuplicateHint,
    EmailInput,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.contacts.validation import CleanContact, validate
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.messages import Message, msg

# How an unrecognised number's kind is written into the notes: stored text, not a label.
_NOTE_KINDS = {
    PhoneKind.OFFICE: "Büro",
    PhoneKind.MOBILE: "Mobil",
    PhoneKind.FAX: "Fax",
    PhoneKind.PRIVATE: "Privat",
}


class ImportStatus(StrEnum):
    IMPORTED = "imported"  # a new contact
    MERGED = "merged"  # completed an existing contact
    SKIPPED = "skipped"  # nothing stored


@dataclass(frozen=True)
class ImportOutcome:
    status: ImportStatus
    record: ContactRecord | None
    warnings: tuple[Message, ...] = ()
    error: Message | None = None


@dataclass(frozen=True)
class PreparedEntry:
    """An entry ready to store (``clean``), or why it is skipped (``error``)."""

    draft: ContactDraft  # the entry with unusable numbers and addresses moved to the notes
    clean: CleanContact | None
    warnings: tuple[Message, ...]
    error: Message | None = None

    def skipped(self) -> ImportOutcome:
        return ImportOutcome(ImportStatus.SKIPPED, None, self.warnings, self.error)


def prepare(draft: ContactDraft) -> PreparedEntry:
    """Move unusable numbers and addresses into the notes, then validate what is left."""
    warnings: list[Message] = []
    phones: list[PhoneInput] = []
    emails: list[EmailInput] = []
    kept_notes: list[str] = []
    for phone in draft.phones:
        if try_parse_phone(phone.raw) is None:
            warnings.append(
                msg(
                    "Rufnummer „{number}“ nicht erkannt; in den Notizen aufbewahrt.",
                    number=phone.raw,
                )
            )
            kept_notes.append(f"Nicht erkannte Rufnummer ({_NOTE_KINDS[phone.kind]}): {phone.raw}")
        else:
            phones.append(phone)
    for email in draft.emails:
        try:
            normalise_email(email.address)
            emails.append(email)
        except EmailError:
            warnings.append(
                msg(
                    "E-Mail-Adresse „{address}“ ungültig; in den Notizen aufbewahrt.",
                    address=email.address,
                )
            )
            kept_notes.append(f"Ungültige E-Mail-Adresse: {email.address}")
    notes = "\n".join([draft.notes, *kept_notes]).strip() if kept_notes else draft.notes
    cleaned = replace(draft, phones=tuple(phones), emails=tuple(emails), notes=notes)
    try:
        clean = validate(cleaned)  # also refuses an entry without name, number and address
    except ValidationFailed as exc:
        return PreparedEntry(cleaned, None, tuple(warnings), exc.reason)
    return PreparedEntry(cleaned, clean, tuple(warnings))


def imported(prepared: PreparedEntry, record: ContactRecord) -> ImportOutcome:
    return ImportOutcome(ImportStatus.IMPORTED, record, prepared.warnings)


def merged(prepared: PreparedEntry, record: ContactRecord, hint: DuplicateHint) -> ImportOutcome:
    warning = msg("Mit vorhandenem Kontakt zusammengeführt ({reasons}).", reasons=hint.reasons)
    return ImportOutcome(ImportStatus.MERGED, record, (*prepared.warnings, warning))
