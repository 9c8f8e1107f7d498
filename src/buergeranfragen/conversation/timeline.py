"""The conversation as one list in time order (pure): the first message (the mail or call
note the inquiry was made from), the further messages (mails of the citizen, replies,
forwards, call-backs, answers by phone or letter) and the internal notes of the history. The
window's timeline and ``inquiries show --json`` both read it from here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from buergeranfragen.conversation.records import Direction, MessageKind, SendState
from buergeranfragen.inquiries.records import InquiryChannel, InquiryRecord
from buergeranfragen.inquiries.steps import StepKind
from buergeranfragen.messages import Message


@dataclass(frozen=True)
class Entry:
    """One message of the conversation as shown."""

    direction: Direction
    kind: MessageKind
    at: datetime
    author: str  # the clerk (out, note); "" for incoming
    sender: str  # who wrote it: an address, a name or a number
    to: str
    subject: str
    text: str
    message_row_id: int | None = None  # None: the first message or a note of the history
    send_state: SendState | None = None
    send_reason: Message | None = None  # why it was not sent
    department: str = ""  # a forward's department code


def _first(record: InquiryRecord) -> Entry:
    if record.channel == InquiryChannel.EMAIL:
        sender = (
            f"{record.from_name} <{record.from_email}>" if record.from_name else record.from_email
        )
        kind = MessageKind.MAIL
    else:
        sender = record.contact_name or record.caller_number
        kind = MessageKind.CALL if record.channel == InquiryChannel.PHONE else MessageKind.LETTER
    return Entry(
        Direction.IN, kind, record.received_at, "", sender, "", record.subject, record.body
    )


def conversation(record: InquiryRecord) -> list[Entry]:
    """Every message of the inquiry, oldest first (equal times: in the order added)."""
    entries = [_first(record)]
    for message in record.messages:
        sender = (
            f"{message.from_name} <{message.from_email}>"
            if message.from_name and message.from_email
            else message.from_email or message.from_name
        )
        entries.append(
            Entry(
                message.direction,
                message.kind,
                message.at,
                message.author,
                sender,
                message.to_addr,
                message.subject,
                message.text,
                message.id,
                message.send_state,
                message.send_reason,
                message.department_code,
            )
        )
    for step in record.steps:
        if step.kind == StepKind.NOTE:
            entries.append(
                Entry(
                    Direction.NOTE, MessageKind.NOTE, step.at, step.actor, "", "", "", step.comment
                )
            )
    return sorted(entries, key=lambda e: e.at)  # stable: equal times keep the order above
