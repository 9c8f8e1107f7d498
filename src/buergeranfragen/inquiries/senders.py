"""Whose mail is it? The sender's address and display name against the contacts that carry
the address, by the one rule for "the same contact" (``contacts.identity``):

- the contact whose name agrees with the display name (titles and salutations ignored:
  "Dr. Miriam Celik" is "Miriam Celik"; an organisation's contact by its organisation name);
- otherwise the one contact that carries no name at all, or - for a mail without a display
  name - the one contact with the address;
- otherwise a new contact with the display name, if that names a person ("Lena Hoffmann",
  not "WDR Newsdesk");
- otherwise no contact: the inquiry names the candidates, and the clerk picks.

A shared address (a newsroom's newsdesk) is normal: it never makes two people one, and a mail
never renames a stored contact. Plain data only: the writer reads the contacts inside the unit
of work that stores the mail, so two intakes at once decide as one after the other would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.identity import (
    TITLE_WORDS,
    Identity,
    looks_like_person_name,
    person_name_key,
    same_contact,
    split_display_name,
)
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRef,
    ContactSource,
    EmailInput,
)
from buergeranfragen.inquiries.records import MailSender, sender_kind
from buergeranfragen.text import fold_spaces, tokens

_SALUTATIONS = {"herr": "Herr", "herrn": "Herr", "frau": "Frau"}


@dataclass(frozen=True)
class KnownSender:
    """A stored contact with the sender's address, and what decides whether it is the same."""

    ref: ContactRef
    identity: Identity


@dataclass(frozen=True)
class SenderChoice:
    """One of: a stored contact, a contact to create, or none (with the candidates)."""

    contact: ContactRef | None = None
    new_contact: ContactDraft | None = None
    candidates: tuple[ContactRef, ...] = ()

    @property
    def kind(self) -> ContactKind | None:
        """The sender's kind (``records.sender_kind``); a contact to create takes the
        mail's."""
        return sender_kind(self.contact, self.candidates)


@lru_cache(maxsize=4096)  # asked several times per mail; a mailbox has few senders
def _normalised(address: str) -> str | None:
    try:
        return normalise_email(address)
    except EmailError:
        return None


def lookup_address(address: str) -> str:
    """The form contacts' addresses are stored in (an invalid one as it came, lower case)."""
    return _normalised(address) or address.strip().lower()


def _valid(address: str) -> bool:
    return _normalised(address) is not None


def display_of(sender: MailSender) -> str:
    """The display name, or "" when the mail gives none (or gives the address as its name)."""
    display = " ".join(sender.display_name.split())
    return "" if "@" in display else display


def _mail_identities(sender: MailSender) -> tuple[Identity, ...]:
    """The mail as an entry: with a display name once as a person, once as an organisation
    (a contact of either kind may carry it); without, as an entry with no name."""
    emails = frozenset({lookup_address(sender.address)})
    display = display_of(sender)
    if not display:
        return (Identity("", False, frozenset(), emails, frozenset()),)
    person = person_name_key(*split_display_name(display))
    organisation = fold_spaces(display)
    as_organisation = Identity(organisation, False, frozenset({organisation}), emails, frozenset())
    if not person:  # "Dr." alone: no person's name
        return (as_organisation,)
    return (Identity(person, True, frozenset(), emails, frozenset()), as_organisation)


def choose_sender(sender: MailSender, known: Sequence[KnownSender]) -> SenderChoice:
    """The contact of a mail from ``sender``; ``known`` are the stored contacts with its
    address, oldest first."""
    display = display_of(sender)
    mail = _mail_identities(sender)
    same = [k for k in known if any(same_contact(m, k.identity) for m in mail)]
    by_name = [k for k in same if k.identity.name and display]
    if by_name:  # the same name (twice only for a duplicate the clerk may merge): the oldest
        return SenderChoice(contact=by_name[0].ref)
    if len(same) == 1:  # the one contact without a name, or the only one for a nameless mail
        return SenderChoice(contact=same[0].ref)
    if not same and looks_like_person_name(display) and _valid(sender.address):
        return SenderChoice(new_contact=new_sender_contact(sender, display))
    return SenderChoice(candidates=tuple(k.ref for k in (same or known)))


def new_sender_contact(sender: MailSender, display: str) -> ContactDraft:
    """The sender as a new contact: the display name's first and last name, its academic
    title and salutation in their fields."""
    first, last = split_display_name(display)
    titles: list[str] = []
    salutation = ""
    for word in display.replace(",", " ").split():
        words = tokens(word)
        if not words or not all(w in TITLE_WORDS for w in words):
            continue
        if words[0] in _SALUTATIONS:
            salutation = salutation or _SALUTATIONS[words[0]]
        else:
            titles.append(word)
    return ContactDraft(
        kind=sender.kind,
        salutation=salutation,
        title=" ".join(titles),
        first_name=first,
        last_name=last,
        source=ContactSource.EMAIL,
        emails=(EmailInput(sender.address),),
    )
