"""The rules of folding one contact into another, on plain values: nothing is lost (every
number, address, note and tag of both is kept), empty fields are filled, a filled field keeps
its value, and a press contact stays press. Used by merging two contacts, merging an unsaved
form into a contact, and completing a contact from an import; the repository applies the
result to the stored contact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from buergeranfragen.contacts.derived import join_tags
from buergeranfragen.contacts.records import SCALAR_FIELDS, ContactKind
from buergeranfragen.contacts.validation import CleanContact
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg


@dataclass
class Values:
    """What a contact holds, as plain values: its own (the target) or what is folded in."""

    scalars: dict[str, str]
    tags: Sequence[str]
    phones: list[tuple[str, str, str]] = field(default_factory=list)  # kind, e164, raw
    emails: list[tuple[str, str]] = field(default_factory=list)  # kind, address


@dataclass
class Additions:
    """What folding adds to the target: new field values, the new tag column, numbers and
    addresses to append (in this order)."""

    scalars: dict[str, str] = field(default_factory=dict)
    tags: str | None = None
    phones: list[tuple[str, str, str]] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.scalars or self.tags is not None or self.phones or self.emails)


def values_of_clean(clean: CleanContact) -> Values:
    draft = clean.draft
    return Values(
        scalars={name: getattr(draft, name) for name in SCALAR_FIELDS},
        tags=list(draft.tags),
        phones=[(k.value, p.e164, p.raw) for k, p in clean.phones],
        emails=[(k.value, a) for k, a in clean.emails],
    )


def absorb(target: Values, incoming: Values) -> Additions:
    """What ``target`` gains from ``incoming`` without losing any of its own values."""
    added = Additions()
    for name, value in incoming.scalars.items():
        value = value.strip()
        if not value:
            continue
        current = target.scalars.get(name, "")
        if name == "notes":
            if value not in current:
                added.scalars[name] = f"{current}\n\n{value}" if current else value
        elif not current:
            added.scalars[name] = value
    stored_tags = join_tags(target.tags)
    tags = join_tags([*target.tags, *incoming.tags])
    if tags != stored_tags:
        added.tags = tags
    known_numbers = {e164 for _, e164, _ in target.phones}
    for kind, e164, raw in incoming.phones:
        if e164 not in known_numbers:
            known_numbers.add(e164)
            added.phones.append((kind, e164, raw))
    known_addresses = {address for _, address in target.emails}
    for kind, address in incoming.emails:
        if address not in known_addresses:
            known_addresses.add(address)
            added.emails.append((kind, address))
    return added


def merged_kind(keep: str, other: str) -> str:
    """A merge with a press contact is a press contact."""
    if ContactKind.PRESS.value in (keep, other):
        return ContactKind.PRESS.value
    return keep


def refuse_merging_itself(keep_id: int, other_id: int) -> None:
    if keep_id == other_id:
        message = msg("Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.")
        raise ValidationFailed([FieldError("merge", message)])
