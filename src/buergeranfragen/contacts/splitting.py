"""Splitting a contact: some of its numbers and addresses belong to another person (an import
merged them in, or two people were typed as one). The clerk picks them and names the other
person; this module checks the request against the stored contact and makes the new contact's
validated values. The repository stores it and takes the values from the old contact; the
service moves the inquiries that were picked, the others stay."""

from __future__ import annotations

from dataclasses import replace

from buergeranfragen.contacts.phones import ParsedPhone, format_for_display
from buergeranfragen.contacts.records import (
    ContactRecord,
    EmailInput,
    PhoneInput,
    SplitRequest,
)
from buergeranfragen.contacts.validation import NAME_FIELDS, CleanContact, validate
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg


def split_off(record: ContactRecord, request: SplitRequest) -> CleanContact:
    """The new contact: the request's name and fields with the numbers and addresses it
    takes from ``record`` (kind and writing as stored). Refused when a number or address is
    not the contact's, the new contact has no name, or the old one would keep nothing that
    names or reaches it."""
    phones = {p.e164: p for p in record.phones}
    emails = {e.address: e for e in record.emails}
    errors = [
        FieldError(
            "phones",
            msg("Die Rufnummer {number} gehört nicht zu diesem Kontakt.", number=number),
        )
        for number in (format_for_display(e) for e in request.phones if e not in phones)
    ]
    errors += [
        FieldError(
            "emails",
            msg("Die E-Mail-Adresse {address} gehört nicht zu diesem Kontakt.", address=a),
        )
        for a in request.emails
        if a.lower() not in emails
    ]
    if not any(getattr(request.draft, name).strip() for name in NAME_FIELDS):
        errors.append(FieldError("last_name", msg("Bitte den Namen des neuen Kontakts angeben.")))
    moved = {e.lower() for e in request.emails}
    keeps_something = (
        any(getattr(record, name).strip() for name in NAME_FIELDS)
        or any(p.e164 not in request.phones for p in record.phones)
        or any(e.address not in moved for e in record.emails)
    )
    if not keeps_something:
        errors.append(
            FieldError(
                "phones",
                msg(
                    "Der bisherige Kontakt hätte danach weder Namen noch Rufnummer noch "
                    "E-Mail-Adresse. Bitte mindestens eine Angabe bei ihm lassen."
                ),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    moved_phones = [phones[e] for e in dict.fromkeys(request.phones)]
    moved_emails = [emails[a.lower()] for a in dict.fromkeys(request.emails)]
    draft = replace(
        request.draft,
        phones=tuple(PhoneInput(p.raw, p.kind) for p in moved_phones),
        emails=tuple(EmailInput(e.address, e.kind) for e in moved_emails),
    )
    validate(replace(draft, phones=(), emails=()))  # the fields besides numbers and addresses
    return CleanContact(
        draft,
        tuple((p.kind, ParsedPhone(p.e164, p.raw)) for p in moved_phones),
        tuple((e.kind, e.address) for e in moved_emails),
    )
