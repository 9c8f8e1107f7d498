"""The rules of folding one contact into another, on plain values: nothing is lost (every
number, address, note and tag of both is kept), empty fields are filled, a filled field keeps
its value. Used by merging two contacts, merging an unsaved form into a contact, and
completing a contact from an import; the repository applies the result to the stored contact.

When two contacts are merged by hand and a field is filled differently on both sides (name,
organisation, kind, …: ``CHOICE_FIELDS``), the clerk picks per field which value stays
(``choices``: "keep" or "other"; without a choice the kept contact's value stays); every value
not kept is written into the notes, so a merge never drops what it cannot hold."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from buergeranfragen.contacts.derived import join_tags
from buergeranfragen.contacts.records import (
    SCALAR_FIELDS,
    ContactDraft,
    ContactKind,
    ContactRecord,
    FieldConflict,
)
from buergeranfragen.contacts.validation import CleanContact
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg
from buergeranfragen.text import fold_spaces

# The fields a clerk chooses between when both contacts fill them differently.
CHOICE_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "organisation",
    "outlet",
    "desk",
    "function",
    "kind",
    "street",
    "postal_code",
    "city",
    "country",
)
KEEP, OTHER = "keep", "other"
# How a value not kept is named in the notes: stored text (German), not a label.
_NOTE_FIELDS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "organisation": "Organisation",
    "outlet": "Medium",
    "desk": "Ressort",
    "function": "Funktion",
    "kind": "Art",
    "street": "Straße",
    "postal_code": "PLZ",
    "city": "Ort",
    "country": "Land",
}
_NOTE_KINDS = {ContactKind.PRESS.value: "Presse", ContactKind.CITIZEN.value: "Bürger/in"}


@dataclass
class Values:
    """What a contact holds, as plain values: its own (the target) or what is folded in."""

    scalars: dict[str, str]
    tags: Sequence[str]
    phones: list[tuple[str, str, str]] = field(default_factory=list)  # kind, e164, raw
    emails: list[tuple[str, str]] = field(default_factory=list)  # kind, address
    kind: str = ContactKind.CITIZEN.value


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
        kind=ContactKind(draft.kind).value,
    )


def values_of_draft(draft: ContactDraft) -> Values:
    """The fields and kind of an unsaved form (its numbers and addresses are not needed to
    find what differs)."""
    return Values(
        scalars={name: getattr(draft, name) for name in SCALAR_FIELDS},
        tags=list(draft.tags),
        kind=ContactKind(draft.kind).value,
    )


def values_of_record(record: ContactRecord) -> Values:
    return Values(
        scalars={name: getattr(record, name) for name in SCALAR_FIELDS},
        tags=list(record.tags),
        phones=[(p.kind.value, p.e164, p.raw) for p in record.phones],
        emails=[(e.kind.value, e.address) for e in record.emails],
        kind=record.kind.value,
    )


def holds(target: Values, incoming: Values) -> bool:
    """Whether ``target`` already holds everything ``incoming`` has: every number, address and
    tag, every filled field with the same value (spacing and case aside), its notes. Folding
    it in would change nothing, and nothing of it would be lost."""
    if absorb(target, incoming):
        return False
    for name, value in incoming.scalars.items():
        value = value.strip()
        if not value:
            continue
        current = target.scalars.get(name, "")
        if name == "notes":
            if value not in current:
                return False
        elif fold_spaces(value) != fold_spaces(current):
            return False
    return True


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


def _value(values: Values, name: str) -> str:
    return values.kind if name == "kind" else values.scalars.get(name, "").strip()


def conflicts(keep: Values, other: Values) -> list[FieldConflict]:
    """The fields both fill, differently (spacing and case aside; "Jörg" and "Joerg" are a
    choice, so no spelling is dropped unseen), in form order."""
    found = []
    for name in CHOICE_FIELDS:
        mine, theirs = _value(keep, name), _value(other, name)
        if mine and theirs and mine.casefold().split() != theirs.casefold().split():
            found.append(FieldConflict(name, mine, theirs))
    return found


def check_choices(choices: Mapping[str, str]) -> None:
    """Refuse a choice for a field that cannot be chosen, or a choice other than keep/other."""
    for name, choice in choices.items():
        if name not in CHOICE_FIELDS or choice not in (KEEP, OTHER):
            message = msg(
                "Unbekannte Auswahl beim Zusammenführen: {field} = {choice}.",
                field=name,
                choice=choice,
            )
            raise ValidationFailed([FieldError("merge", message)])


@dataclass
class Resolution:
    """The outcome of the clerk's choices: the values that replace the kept contact's, its
    kind, and the values that are not kept (field, value), for the notes and the audit."""

    scalars: dict[str, str] = field(default_factory=dict)
    kind: str = ContactKind.CITIZEN.value
    not_kept: list[tuple[str, str]] = field(default_factory=list)


def resolve(keep: Values, other: Values, choices: Mapping[str, str] | None) -> Resolution:
    """Apply ``choices`` to the conflicting fields; without a choice the kept value stays."""
    choices = choices or {}
    check_choices(choices)
    resolution = Resolution(kind=keep.kind)
    for conflict in conflicts(keep, other):
        if choices.get(conflict.field) == OTHER:
            kept, dropped = conflict.other_value, conflict.keep_value
            if conflict.field == "kind":
                resolution.kind = kept
            else:
                resolution.scalars[conflict.field] = kept
        else:
            dropped = conflict.other_value
        resolution.not_kept.append((conflict.field, dropped))
    return resolution


def not_kept_note(not_kept: Sequence[tuple[str, str]]) -> str:
    """The line the notes get for values a merge did not keep ("" when none)."""
    if not not_kept:
        return ""
    parts = [
        f"{_NOTE_FIELDS[name]} „{_NOTE_KINDS.get(value, value) if name == 'kind' else value}“"
        for name, value in not_kept
    ]
    return "Bei der Zusammenführung nicht übernommen: " + "; ".join(parts)


def with_note(notes: str, note: str) -> str:
    if not note:
        return notes
    return f"{notes}\n\n{note}" if notes.strip() else note


def refuse_merging_itself(keep_id: int, other_id: int) -> None:
    if keep_id == other_id:
        message = msg("Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.")
        raise ValidationFailed([FieldError("merge", message)])
