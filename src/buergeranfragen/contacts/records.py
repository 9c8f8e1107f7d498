"""Plain data that crosses the service boundary: what a form or an importer hands in (drafts)
and what the services hand out (records, summaries). No ORM objects leave a service.

The kinds are codes; how they are called (in German or English) is up to the window and the
command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from buergeranfragen.contacts.phones import format_for_display
from buergeranfragen.messages import Message


class ContactKind(StrEnum):
    PRESS = "press"
    CITIZEN = "citizen"


class ContactSource(StrEnum):
    CALL = "call"
    EMAIL = "email"
    IMPORT = "import"
    TYPED = "typed"


class PhoneKind(StrEnum):
    OFFICE = "office"
    MOBILE = "mobile"
    FAX = "fax"
    PRIVATE = "private"


class EmailKind(StrEnum):
    WORK = "work"
    PRIVATE = "private"


@dataclass(frozen=True)
class PhoneInput:
    raw: str
    kind: PhoneKind = PhoneKind.OFFICE


@dataclass(frozen=True)
class EmailInput:
    address: str
    kind: EmailKind = EmailKind.WORK


SCALAR_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "organisation",
    "function",
    "outlet",
    "desk",
    "street",
    "postal_code",
    "city",
    "country",
    "notes",
)


@dataclass(frozen=True)
class ContactDraft:
    """What a person typed (or an importer read) for one contact, not yet validated."""

    kind: ContactKind = ContactKind.CITIZEN
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    function: str = ""
    outlet: str = ""
    desk: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    source: ContactSource = ContactSource.TYPED
    phones: tuple[PhoneInput, ...] = ()
    emails: tuple[EmailInput, ...] = ()

    @property
    def display_name(self) -> str:
        fallback = (
            self.emails[0].address if self.emails else (self.phones[0].raw if self.phones else "")
        )
        return display_name(
            self.title,
            self.first_name,
            self.last_name,
            self.organisation or self.outlet,
            fallback,
        )


@dataclass(frozen=True)
class PhoneRecord:
    kind: PhoneKind
    e164: str
    raw: str

    @property
    def display(self) -> str:
        return format_for_display(self.e164)


@dataclass(frozen=True)
class EmailRecord:
    kind: EmailKind
    address: str


@dataclass(frozen=True)
class ContactRecord:
    id: int
    version: int
    kind: ContactKind
    salutation: str
    title: str
    first_name: str
    last_name: str
    organisation: str
    function: str
    outlet: str
    desk: str
    street: str
    postal_code: str
    city: str
    country: str
    notes: str
    tags: tuple[str, ...]
    source: ContactSource
    phones: tuple[PhoneRecord, ...]
    emails: tuple[EmailRecord, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def display_name(self) -> str:
        fallback = (
            self.emails[0].address
            if self.emails
            else (self.phones[0].display if self.phones else "")
        )
        return display_name(
            self.title,
            self.first_name,
            self.last_name,
            self.organisation or self.outlet,
            fallback,
        )

    def to_draft(self) -> ContactDraft:
        return ContactDraft(
            kind=self.kind,
            tags=self.tags,
            source=self.source,
            phones=tuple(PhoneInput(p.raw, p.kind) for p in self.phones),
            emails=tuple(EmailInput(e.address, e.kind) for e in self.emails),
            **{name: getattr(self, name) for name in SCALAR_FIELDS},
        )


@dataclass(frozen=True)
class ContactSummary:
    """One row of a contact list or a caller lookup."""

    id: int
    kind: ContactKind
    name: str
    organisation: str
    phones_e164: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    @property
    def phone_display(self) -> str:
        return format_for_display(self.phones_e164[0]) if self.phones_e164 else ""


@dataclass(frozen=True)
class ContactRef:
    """Who an inquiry belongs to: enough to name the contact and decide press or citizen."""

    id: int
    name: str
    kind: ContactKind
    organisation: str = ""  # the organisation, else the outlet: tells namesakes apart


@dataclass(frozen=True)
class DuplicateHint:
    """A stored contact that looks like the one being typed: ``same_person`` when it is the
    same contact by ``identity.same_contact``, otherwise it only shares a number or address
    (or the name); ``name_only`` when it shares nothing but the person's name; ``reasons`` say
    what is shared."""

    contact: ContactSummary
    reasons: tuple[Message, ...] = field(default=())
    same_person: bool = False
    name_only: bool = False  # nothing in common but the person's name: the weakest hint


@dataclass(frozen=True)
class FieldConflict:
    """A field two contacts to be merged fill differently (values as stored; ``kind`` as its
    code): the clerk picks one, the other goes into the notes."""

    field: str
    keep_value: str
    other_value: str


@dataclass(frozen=True)
class SplitRequest:
    """What to split off a contact: the new contact's name and fields (``draft``; its numbers
    and addresses are ignored), the numbers (E.164) and addresses that move to it, and the
    inquiries that move with them (the others stay)."""

    draft: ContactDraft
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    move_inquiries: tuple[int, ...] = ()


@dataclass(frozen=True)
class SplitResult:
    kept: ContactRecord
    new: ContactRecord


@dataclass(frozen=True)
class ImportMerge:
    """A contact that an import merge changed (from the audit): the numbers and addresses it
    received and the empty fields it filled, for the review of imports made before the "same
    person" rule."""

    contact_id: int
    name: str  # the contact's name now ("" when it was deleted since)
    at: datetime
    added_phones: tuple[str, ...]
    added_emails: tuple[str, ...]
    actor: str
    filled: tuple[tuple[str, str], ...] = ()  # (field, value) filled by the import


def display_name(
    title: str, first_name: str, last_name: str, organisation: str = "", fallback: str = ""
) -> str:
    """'Dr. Eva Schmidt'; without a name the organisation, then an address or number; "" when
    there is nothing at all (the caller decides how to show that)."""
    name = " ".join(p for p in (title.strip(), first_name.strip(), last_name.strip()) if p)
    return name or organisation.strip() or fallback.strip()


def contact_name(contact: object, fallback: str = "") -> str:
    """How a contact is named in lists: a row or record with title, first and last name,
    organisation and outlet; without a name the organisation, then ``fallback``."""
    if contact is None:
        return fallback
    get = contact.__getattribute__
    name = " ".join(p for p in (get("title"), get("first_name"), get("last_name")) if p)
    return name or get("organisation") or get("outlet") or fallback
