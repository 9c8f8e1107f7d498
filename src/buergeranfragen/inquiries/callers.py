"""Rules about the person on the phone, used by the call form: what a call from a known caller
is, where an unknown caller's organisation goes, and the press deadline offered by default."""

from __future__ import annotations

from datetime import datetime, timedelta

from buergeranfragen.calendar import local
from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactSource

DEADLINE_AFTER = timedelta(hours=3)


def kind_for_caller(caller_kind: ContactKind) -> ContactKind | None:
    """A press contact's call is a press inquiry; for anyone else the clerk's choice stands
    (None)."""
    return ContactKind.PRESS if caller_kind == ContactKind.PRESS else None


def new_caller_draft(
    kind: ContactKind, first_name: str, last_name: str, organisation: str
) -> ContactDraft | None:
    """The contact to create for an unknown caller, or None when nothing about them was typed.

    The organisation a caller names is their medium (outlet) for a press inquiry and their
    organisation otherwise. The number is added by the service (it is the call's number)."""
    first, last, org = first_name.strip(), last_name.strip(), organisation.strip()
    if not (first or last or org):
        return None
    press = kind == ContactKind.PRESS
    return ContactDraft(
        kind=ContactKind.PRESS if press else ContactKind.CITIZEN,
        first_name=first,
        last_name=last,
        organisation="" if press else org,
        outlet=org if press else "",
        source=ContactSource.CALL,
    )


def default_deadline(call_started: datetime) -> datetime:
    """The press deadline offered for a call: three hours later, on the full hour (Berlin)."""
    later = local(call_started + DEADLINE_AFTER)
    return later.replace(minute=0, second=0, microsecond=0)
