"""The import policy for one entry of a contact file.

An entry is taken whole or not at all. A number or address that does not validate does not
cost the entry: it is kept in the notes (so nothing typed is lost) with a warning. An entry
that still does not validate (neither a name nor a usable number or address) is skipped.

An entry that is the same contact as a stored one (``identity.same_contact``: the names agree
and something is shared) completes it (see ``merging``); so does an entry with numbers or
addresses that a stored contact of its name already holds entirely, so importing a file again
adds nothing (an entry without a name: held by a contact without a name, or by a single
contact). Any other entry becomes a new contact, even when it shares a number or an address
with someone else (a newsroom's switchboard, a newsdesk address): its report says so. A name
alone is not enough to recognise someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from buergeranfragen.contacts import merging
from buergeranfragen.contacts.derived import sort_name
from buergeranfragen.contacts.duplicates import same_address, same_number
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.identity import Identity, identity_of_record, same_contact
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactRecord,
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
        # also refuses an entry without name, number and address; cuts what is too long
        clean = validate(cleaned, cut=True)
    except ValidationFailed as exc:
        return PreparedEntry(cleaned, None, tuple(warnings), exc.reason)
    return PreparedEntry(clean.draft, clean, (*warnings, *clean.warnings))


# -- which stored contact an entry is ------------------------------------------------------


def _best(
    entry: Identity, values: merging.Values, found: Sequence[ContactRecord]
) -> ContactRecord | None:
    """Among stored contacts the entry may be: those named like it (for an entry without a
    name: without a name too), else the only one; of those the one that holds the entry
    entirely, then the one sharing most, then the oldest. None when it is not decidable."""
    agreeing = [c for c in found if identity_of_record(c).name == entry.name]
    pool = agreeing or (list(found) if len(found) == 1 else [])

    def rank(record: ContactRecord) -> tuple[bool, int, int]:
        other = identity_of_record(record)
        shared = len(entry.numbers & other.numbers) + len(entry.emails & other.emails)
        held = merging.holds(merging.values_of_record(record), values)
        return (not held, -shared, record.id)

    return min(pool, key=rank) if pool else None


def sort_name_of(draft: ContactDraft) -> str:
    """Where the entry would be listed: how an entry without numbers and addresses is found."""
    return sort_name(draft.first_name, draft.last_name, draft.organisation, draft.outlet)


def match(
    entry: Identity, values: merging.Values, candidates: Sequence[ContactRecord]
) -> ContactRecord | None:
    """The stored contact the entry is, among ``candidates`` (``repository.
    identity_candidates``): the same contact by ``identity.same_contact`` (an entry without a
    name sharing an address with several people is none of them), else a contact that already
    holds the entry with all its numbers and addresses (named like it; for an entry without a
    name, the only one); None: the entry is a new contact."""
    same = [c for c in candidates if same_contact(entry, identity_of_record(c))]
    found = _best(entry, values, same)
    if found is not None:
        return found
    # Already there: a contact that holds every value of the entry (numbers, addresses, every
    # filled field). For an entry with nothing but a name and fields this is how a second
    # import of the same file recognises it; folding it in would change nothing.
    holding = [c for c in candidates if merging.holds(merging.values_of_record(c), values)]
    if not (entry.numbers or entry.emails):
        # a name alone is no reason to merge: only a contact that is exactly this entry
        # (nothing more, nothing less) is the entry imported before
        holding = [c for c in holding if merging.holds(values, merging.values_of_record(c))]
    named_alike = [c for c in holding if identity_of_record(c).name == entry.name]
    return _best(entry, values, named_alike if entry.name else holding)


def reasons(entry: Identity, record: ContactRecord) -> tuple[Message, ...]:
    """What the entry shares with the contact it completes."""
    other = identity_of_record(record)
    shared = [same_number(n) for n in sorted(entry.numbers & other.numbers)]
    shared += [same_address(a) for a in sorted(entry.emails & other.emails)]
    if entry.name and entry.name == other.name:
        shared.insert(0, msg("gleicher Name"))
    return tuple(shared)


def _names(names: Sequence[str], total: int) -> str | Message:
    listed = ", ".join(names)
    if total > len(names):
        return msg("{names} und {count} weiteren", names=listed, count=total - len(names))
    return listed


def shared_warnings(
    by_number: tuple[Sequence[str], int], by_address: tuple[Sequence[str], int]
) -> tuple[Message, ...]:
    """For a new contact: who else holds one of its numbers, one of its addresses."""
    warnings = []
    if by_number[1]:
        warnings.append(
            msg(
                "gleiche Rufnummer wie {name} – als eigener Kontakt angelegt",
                name=_names(*by_number),
            )
        )
    if by_address[1]:
        warnings.append(
            msg(
                "gleiche E-Mail-Adresse wie {name} – als eigener Kontakt angelegt",
                name=_names(*by_address),
            )
        )
    return tuple(warnings)


# -- outcomes -------------------------------------------------------------------------------


def imported(
    prepared: PreparedEntry, record: ContactRecord, warnings: tuple[Message, ...] = ()
) -> ImportOutcome:
    return ImportOutcome(ImportStatus.IMPORTED, record, (*prepared.warnings, *warnings))


def merged(
    prepared: PreparedEntry, before: ContactRecord, after: ContactRecord, why: tuple[Message, ...]
) -> ImportOutcome:
    if after == before:
        warning = msg("Schon vorhanden, nichts ergänzt ({reasons}).", reasons=why)
    else:
        warning = msg("Mit vorhandenem Kontakt zusammengeführt ({reasons}).", reasons=why)
    return ImportOutcome(ImportStatus.MERGED, after, (*prepared.warnings, warning))
