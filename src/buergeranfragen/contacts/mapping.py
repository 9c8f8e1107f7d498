"""Between a stored contact (the ORM ``Contact`` with its numbers and addresses) and plain
data: records and list rows for the services, the audit snapshot, the values merging works on;
and back: a validated draft or merged values written onto the ORM object, with its derived
columns refreshed. No session here: loading and flushing are the repository's.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from buergeranfragen.contacts.derived import SEARCHED_FIELDS, derive, join_tags, split_tags
from buergeranfragen.contacts.merging import Additions, Values
from buergeranfragen.contacts.phones import format_for_display
from buergeranfragen.contacts.records import (
    SCALAR_FIELDS,
    ContactKind,
    ContactRecord,
    ContactSource,
    ContactSummary,
    EmailKind,
    EmailRecord,
    PhoneKind,
    PhoneRecord,
    display_name,
)
from buergeranfragen.contacts.validation import CleanContact
from buergeranfragen.db.models import Contact, ContactEmail, ContactPhone
from buergeranfragen.stored_values import from_storage

# -- stored contact to plain data --------------------------------------------------------------


def to_record(contact: Contact) -> ContactRecord:
    return ContactRecord(
        id=contact.id,
        version=contact.version,
        kind=from_storage(ContactKind, contact.kind),
        tags=tuple(split_tags(contact.tags)),
        source=from_storage(ContactSource, contact.source),
        phones=tuple(
            PhoneRecord(from_storage(PhoneKind, p.kind), p.e164, p.raw) for p in contact.phones
        ),
        emails=tuple(
            EmailRecord(from_storage(EmailKind, e.kind), e.address) for e in contact.emails
        ),
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        **{name: getattr(contact, name) for name in SCALAR_FIELDS},
    )


def to_summary(contact: Contact) -> ContactSummary:
    """A list row; named like a record: without a name the organisation, then an address or
    number."""
    organisation = contact.organisation or contact.outlet
    if contact.emails:
        fallback = contact.emails[0].address
    else:
        fallback = format_for_display(contact.phones[0].e164) if contact.phones else ""
    return ContactSummary(
        id=contact.id,
        kind=from_storage(ContactKind, contact.kind),
        name=display_name(
            contact.title, contact.first_name, contact.last_name, organisation, fallback
        ),
        organisation=organisation,
        phones_e164=tuple(p.e164 for p in contact.phones),
        emails=tuple(e.address for e in contact.emails),
    )


def snapshot(contact: Contact) -> dict[str, Any]:
    """What the audit trail records of a contact."""
    data: dict[str, Any] = {name: getattr(contact, name) for name in SCALAR_FIELDS}
    data["kind"] = contact.kind
    data["tags"] = contact.tags
    data["phones"] = [f"{p.kind}:{p.e164}" for p in contact.phones]
    data["emails"] = [f"{e.kind}:{e.address}" for e in contact.emails]
    return data


def values_of(contact: Contact) -> Values:
    return Values(
        scalars={name: getattr(contact, name) for name in SCALAR_FIELDS},
        tags=split_tags(contact.tags),
        phones=[(p.kind, p.e164, p.raw) for p in contact.phones],
        emails=[(e.kind, e.address) for e in contact.emails],
        kind=contact.kind,
    )


# -- plain data onto a stored contact ----------------------------------------------------------


def refresh_derived(contact: Contact) -> None:
    fields = {name: getattr(contact, name) for name in SEARCHED_FIELDS}
    columns = derive(fields, [p.e164 for p in contact.phones], [e.address for e in contact.emails])
    contact.search_text = columns.search_text
    contact.sort_name = columns.sort_name
    contact.name_key = columns.name_key


def apply_clean(contact: Contact, clean: CleanContact) -> None:
    """Give ``contact`` the values of ``clean``, touching only what differs (so an unchanged
    save is no change for the ORM: no new version)."""
    draft = clean.draft
    for name in SCALAR_FIELDS:
        value = getattr(draft, name)
        value = value.strip() if name != "notes" else value.rstrip()
        if getattr(contact, name, None) != value:
            setattr(contact, name, value)
    if contact.kind != ContactKind(draft.kind).value:
        contact.kind = ContactKind(draft.kind).value
    tags = join_tags(draft.tags)
    if contact.tags != tags:
        contact.tags = tags
    wanted_phones = [(k.value, p.e164, p.raw) for k, p in clean.phones]
    if [(p.kind, p.e164, p.raw) for p in contact.phones] != wanted_phones:
        contact.phones = [
            ContactPhone(kind=k, e164=e, raw=r, position=i)
            for i, (k, e, r) in enumerate(wanted_phones)
        ]
    wanted_emails = [(k.value, a) for k, a in clean.emails]
    if [(e.kind, e.address) for e in contact.emails] != wanted_emails:
        contact.emails = [
            ContactEmail(kind=k, address=a, position=i) for i, (k, a) in enumerate(wanted_emails)
        ]


def add_values(contact: Contact, additions: Additions) -> None:
    for name, value in additions.scalars.items():
        setattr(contact, name, value)
    if additions.tags is not None:
        contact.tags = additions.tags
    for kind, e164, raw in additions.phones:
        position = len(contact.phones)
        contact.phones.append(ContactPhone(kind=kind, e164=e164, raw=raw, position=position))
    for kind, address in additions.emails:
        position = len(contact.emails)
        contact.emails.append(ContactEmail(kind=kind, address=address, position=position))


def remove_values(contact: Contact, e164s: Collection[str], addresses: Collection[str]) -> None:
    """Take these numbers and addresses from ``contact`` (a split); the rest keep their order."""
    if any(p.e164 in e164s for p in contact.phones):
        kept_phones = [p for p in contact.phones if p.e164 not in e164s]
        contact.phones = [
            ContactPhone(kind=p.kind, e164=p.e164, raw=p.raw, position=i)
            for i, p in enumerate(kept_phones)
        ]
    if any(e.address in addresses for e in contact.emails):
        kept_emails = [e for e in contact.emails if e.address not in addresses]
        contact.emails = [
            ContactEmail(kind=e.kind, address=e.address, position=i)
            for i, e in enumerate(kept_emails)
        ]
