"""The mail intake's questions to storage, asked for every mail inside its one read: was this
mail stored already (``duplicate_reference``), and which stored contacts have the sender's address
(``known_senders``). Core statements built once: a mailbox brings thousands of mails."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import CompoundSelect, bindparam, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from buergeranfragen.contacts.identity import identity_of_draft
from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactRef, contact_name
from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.models import Contact, ContactEmail, Inquiry, table_of
from buergeranfragen.inquiries.records import MailLookup, MailSender
from buergeranfragen.inquiries.senders import KnownSender, choose_sender, lookup_address
from buergeranfragen.stored_values import from_storage

_SENDER_COLUMNS = (
    Contact.id,
    Contact.kind,
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Contact.organisation,
    Contact.outlet,
)
_KNOWN_SENDERS = (
    select(*_SENDER_COLUMNS)
    .join(ContactEmail, ContactEmail.contact_id == Contact.id)
    .where(ContactEmail.address == bindparam("address"))
    .order_by(Contact.id)
    .distinct()
)


def _stored_mail(column: str) -> CompoundSelect[Any]:
    """The reference of an inquiry made from a mail with this Message-ID or content hash, or
    to which such a mail was added (or from which it was sent, coming back): one Core
    statement, built once (the intake asks it for every mail)."""
    inquiries, messages = table_of(Inquiry), table_of(InquiryMessage)
    wanted: BindParameter[str] = bindparam("value")
    own = select(inquiries.c.reference).where(inquiries.c[column] == wanted)
    further = (
        select(inquiries.c.reference)
        .join(messages, messages.c.inquiry_id == inquiries.c.id)
        .where(messages.c[column] == wanted)
    )
    if column == "content_hash":
        return union_all(own, further).limit(1)
    # an anonymised inquiry keeps only its mail's content hash (not the Message-ID, which may
    # name the sender): the same mail fetched again (a mailbox whose UIDs were renumbered) is
    # still known
    anonymised = select(inquiries.c.reference).where(
        inquiries.c.content_hash == bindparam("content_hash"),
        inquiries.c.anonymised_at.is_not(None),
    )
    anonymised_further = (  # a further mail added to it, likewise
        select(inquiries.c.reference)
        .join(messages, messages.c.inquiry_id == inquiries.c.id)
        .where(
            messages.c.content_hash == bindparam("content_hash"),
            inquiries.c.anonymised_at.is_not(None),
        )
    )
    return union_all(own, further, anonymised, anonymised_further).limit(1)


_BY_MESSAGE_ID = _stored_mail("message_id")
_BY_CONTENT_HASH = _stored_mail("content_hash")


def duplicate_reference(session: Session, message_id: str | None, content_hash: str) -> str | None:
    """The reference of an inquiry made from the same mail or to which it was added (or sent
    from, coming back), if any. The same content always carries the same Message-ID: without
    one, the content's hash decides."""
    statement, value = (
        (_BY_MESSAGE_ID, message_id) if message_id else (_BY_CONTENT_HASH, content_hash)
    )
    found: str | None = session.scalar(statement, {"value": value, "content_hash": content_hash})
    return found


def known_senders(session: Session, address: str) -> list[KnownSender]:
    """The stored contacts with this address, oldest first, with what decides whether a mail
    from it is theirs (``senders``): their names - the address they share by definition. One
    indexed query: the intake asks this for every mail, twice."""
    if not address:
        return []
    address = lookup_address(address)
    rows = session.execute(_KNOWN_SENDERS, {"address": address})
    emails = frozenset({address})
    return [
        KnownSender(
            ContactRef(
                row.id,
                contact_name(row),
                from_storage(ContactKind, row.kind),
                row.organisation or row.outlet,
            ),
            replace(
                identity_of_draft(
                    ContactDraft(
                        first_name=row.first_name,
                        last_name=row.last_name,
                        organisation=row.organisation,
                        outlet=row.outlet,
                    )
                ),
                emails=emails,
            ),
        )
        for row in rows
    ]


def mail_lookup(
    session: Session, message_id: str | None, content_hash: str, sender: MailSender
) -> MailLookup:
    duplicate = duplicate_reference(session, message_id, content_hash)
    choice = choose_sender(sender, known_senders(session, sender.address))
    return MailLookup(duplicate, choice.contact, choice.candidates)
