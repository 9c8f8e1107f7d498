"""Checking a contact draft: numbers with phonenumbers (Germany by default), addresses with
email-validator; one message per bad field."""

from __future__ import annotations

from dataclasses import dataclass

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import ParsedPhone, PhoneError, parse_phone
from buergeranfragen.contacts.records import ContactDraft, EmailKind, PhoneKind
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg

# A contact needs one of these, or a number or an address.
NAME_FIELDS = ("first_name", "last_name", "organisation", "outlet")


@dataclass(frozen=True)
class CleanContact:
    """A draft whose numbers and addresses passed validation."""

    draft: ContactDraft
    phones: tuple[tuple[PhoneKind, ParsedPhone], ...]
    emails: tuple[tuple[EmailKind, str], ...]


def validate(draft: ContactDraft) -> CleanContact:
    """Check numbers and addresses; raise ValidationFailed with one message per bad field."""
    errors: list[FieldError] = []
    phones: list[tuple[PhoneKind, ParsedPhone]] = []
    emails: list[tuple[EmailKind, str]] = []
    for index, phone in enumerate(draft.phones):
        if not phone.raw.strip():
            continue
        try:
            parsed = parse_phone(phone.raw)
        except PhoneError as exc:
            errors.append(FieldError(f"phones.{index}", exc.reason))
            continue
        if all(parsed.e164 != p.e164 for _, p in phones):
            phones.append((PhoneKind(phone.kind), parsed))
    for index, email in enumerate(draft.emails):
        if not email.address.strip():
            continue
        try:
            address = normalise_email(email.address)
        except EmailError as exc:
            errors.append(FieldError(f"emails.{index}", exc.reason))
            continue
        if all(address != a for _, a in emails):
            emails.append((EmailKind(email.kind), address))
    has_name = any(getattr(draft, f).strip() for f in NAME_FIELDS)
    if not (has_name or phones or emails) and not errors:
        errors.append(
            FieldError(
                "last_name",
                msg(
                    "Bitte mindestens einen Namen, eine Organisation, eine Rufnummer "
                    "oder eine E-Mail-Adresse angeben."
                ),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    return CleanContact(draft, tuple(phones), tuple(emails))
