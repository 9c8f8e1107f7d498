"""Checking a contact draft: numbers with phonenumbers (Germany by default), addresses with
email-validator; one message per bad field."""

from __future__ import annotations

from dataclasses import dataclass, replace

from buergeranfragen.contacts.derived import join_tags
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import ParsedPhone, PhoneError, parse_phone
from buergeranfragen.contacts.records import SCALAR_FIELDS, ContactDraft, EmailKind, PhoneKind
from buergeranfragen.db.limits import (
    Cut,
    clean_text,
    column_limit,
    cut_warning,
    fit_values,
    too_long,
)
from buergeranfragen.db.models import Contact, ContactPhone, table_of
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import Message, msg

# A contact needs one of these, or a number or an address.
NAME_FIELDS = ("first_name", "last_name", "organisation", "outlet")
_CONTACTS = table_of(Contact)
_TAGS_LIMIT = column_limit(_CONTACTS, "tags") or 1000
_RAW_LIMIT = column_limit(table_of(ContactPhone), "raw") or 100


@dataclass(frozen=True)
class CleanContact:
    """A draft whose numbers and addresses passed validation (and whose fields fit their
    columns: ``warnings`` say what was cut)."""

    draft: ContactDraft
    phones: tuple[tuple[PhoneKind, ParsedPhone], ...]
    emails: tuple[tuple[EmailKind, str], ...]
    warnings: tuple[Message, ...] = ()


def fit_draft(draft: ContactDraft) -> tuple[ContactDraft, list[Cut]]:
    """The draft with NUL and surrogates removed and every field cut to its column
    (``db.limits``, from the model), and what was cut."""
    values, cuts = fit_values(_CONTACTS, {f: getattr(draft, f) for f in SCALAR_FIELDS})
    tags: list[str] = []
    for tag in (clean_text(t) for t in draft.tags):
        if len(join_tags([*tags, tag])) > _TAGS_LIMIT:
            cuts.append(Cut("tags", _TAGS_LIMIT, len(join_tags([*draft.tags]))))
            break
        tags.append(tag)
    phones = []
    for index, phone in enumerate(draft.phones):
        raw = clean_text(phone.raw)
        if len(raw) > _RAW_LIMIT:
            cuts.append(Cut(f"phones.{index}", _RAW_LIMIT, len(raw)))
            raw = raw[:_RAW_LIMIT]
        phones.append(replace(phone, raw=raw))
    emails = tuple(replace(e, address=clean_text(e.address)) for e in draft.emails)
    fitted = replace(
        draft,
        **{f: values[f] for f in SCALAR_FIELDS},  # type: ignore[arg-type]
        tags=tuple(tags),
        phones=tuple(phones),
        emails=emails,
    )
    return fitted, cuts


def validate(draft: ContactDraft, *, cut: bool = False) -> CleanContact:
    """Check numbers and addresses; raise ValidationFailed with one message per bad field.

    A field longer than its column is an error at the field (what a person typed is not
    lost), or - ``cut``, for imports and mail senders - cut with a warning."""
    draft, cuts = fit_draft(draft)
    errors: list[FieldError] = []
    if not cut:
        errors += [FieldError(c.field, too_long(c)) for c in cuts]
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
    warnings = tuple(cut_warning(c) for c in cuts) if cut else ()
    return CleanContact(draft, tuple(phones), tuple(emails), warnings)
