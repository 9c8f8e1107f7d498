"""Duplicate hints: which stored contacts look like the one being typed, and why.

A stored contact is hinted if it has the same number (any writing), the same address, or the
same name at the same organisation. Hints are ranked: first the contacts that are the same
person by ``identity.same_contact``, then those that only share a number or an address (a
newsroom's switchboard, a newsdesk address: useful while typing, but another person). Numbers
and addresses that do not validate are ignored here (the form shows them as errors anyway).
Last and weakest, a contact with the same person's name and nothing else in common ("gleicher
Name – andere Person?": two citizens called Karl-Heinz Dreßen): a hint only, never the same
person (``identity`` decides that, and a name alone never suffices). A name of one word is not
looked up (it would hint at every "Müller" while the first name is still being typed).
The repository answers the lookups; this module decides what to look up and words the reasons.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from buergeranfragen.contacts.derived import name_key
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.identity import person_name_key
from buergeranfragen.contacts.phones import format_for_display, try_parse_phone
from buergeranfragen.contacts.records import ContactDraft, ContactSummary, DuplicateHint
from buergeranfragen.messages import Message, msg


@dataclass(frozen=True)
class DuplicateKeys:
    """What a draft is looked up by."""

    numbers: frozenset[str]  # E.164
    addresses: frozenset[str]  # normalised
    name_keys: frozenset[str]  # name at the organisation, name at the outlet (derived.name_key)
    person_name: str = ""  # identity.person_name_key, when it has two words or more

    def __bool__(self) -> bool:
        return bool(self.numbers or self.addresses or self.name_keys or self.person_name)

    def name_words(self) -> list[str]:
        """The words of ``person_name``, each to be found in a contact's search text."""
        return self.person_name.split()


def name_keys_of(draft: ContactDraft) -> frozenset[str]:
    """The stored ``name_key`` a contact of the same name has at the draft's organisation or
    at its outlet (a contact stores the organisation's, or the outlet's when it has none)."""
    first, last = draft.first_name, draft.last_name
    keys = {name_key(first, last, draft.organisation, ""), name_key(first, last, "", draft.outlet)}
    return frozenset(k for k in keys if k)


def keys_of(draft: ContactDraft) -> DuplicateKeys:
    numbers = {p.e164 for p in (try_parse_phone(x.raw) for x in draft.phones) if p}
    addresses: set[str] = set()
    for email in draft.emails:
        try:
            addresses.add(normalise_email(email.address))
        except EmailError:
            pass
    person = person_name_key(draft.first_name, draft.last_name)
    return DuplicateKeys(
        frozenset(numbers),
        frozenset(addresses),
        name_keys_of(draft),
        person if len(person.split()) >= 2 else "",
    )


def same_number(e164: str) -> Message:
    return msg("gleiche Rufnummer {number}", number=format_for_display(e164))


def same_address(address: str) -> Message:
    return msg("gleiche E-Mail-Adresse {address}", address=address)


def same_name() -> Message:
    return msg("gleicher Name bei derselben Organisation")


def same_name_only() -> Message:
    return msg("gleicher Name")


def reasons_by_contact(
    by_number: Iterable[tuple[int, str]],
    by_address: Iterable[tuple[int, str]],
    by_name: Iterable[int],
    exclude_id: int | None = None,
    limit: int = 10,
    same_person: Collection[int] = (),
    by_person_name: Iterable[int] = (),
) -> dict[int, tuple[Message, ...]]:
    """The reasons per contact id (numbers first, then addresses, then the name), for at most
    ``limit`` contacts: the ``same_person`` ones first, each group in the order found, those
    sharing nothing but the person's name (``by_person_name``) last; ``exclude_id`` (the
    contact being edited) left out."""
    reasons: dict[int, list[Message]] = {}
    for contact_id, e164 in by_number:
        reasons.setdefault(contact_id, []).append(same_number(e164))
    for contact_id, address in by_address:
        reasons.setdefault(contact_id, []).append(same_address(address))
    for contact_id in by_name:
        reasons.setdefault(contact_id, []).append(same_name())
    for contact_id in by_person_name:
        if contact_id not in reasons:  # a stronger reason says it already
            reasons[contact_id] = [same_name_only()]
    if exclude_id is not None:
        reasons.pop(exclude_id, None)
    ranked = sorted(reasons.items(), key=lambda item: item[0] not in same_person)  # stable
    return {i: tuple(dict.fromkeys(r)) for i, r in ranked[:limit]}


def hints(
    reasons: Mapping[int, tuple[Message, ...]],
    summaries: Mapping[int, ContactSummary],
    same_person: Collection[int] = (),
) -> list[DuplicateHint]:
    """One hint per contact that still exists, in the order of ``reasons``."""
    return [
        DuplicateHint(summaries[i], r, i in same_person, r == (same_name_only(),))
        for i, r in reasons.items()
        if i in summaries
    ]
