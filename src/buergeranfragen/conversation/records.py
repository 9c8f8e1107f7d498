"""Plain data of an inquiry's conversation crossing the service boundary (no Qt, no ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from buergeranfragen.messages import Message


class Direction(StrEnum):
    """Stored values: never rename one."""

    IN = "in"  # from the citizen or journalist
    OUT = "out"  # from the office: reply, interim reply, forward, call-back, letter
    NOTE = "note"  # internal: never leaves the office


class MessageKind(StrEnum):
    """Stored values: never rename one."""

    MAIL = "mail"  # a further mail of the citizen (in)
    CALL = "call"  # the citizen called again (in)
    REPLY = "reply"  # an answer by mail (out)
    INTERIM = "interim"  # a Zwischennachricht by mail (out)
    FORWARD = "forward"  # the inquiry sent to a department (out)
    CALLBACK = "callback"  # we called back (out)
    PHONE_ANSWER = "phone_answer"  # answered by phone (out)
    LETTER = "letter"  # answered by letter (out)
    NOTE = "note"  # internal note


class SendState(StrEnum):
    """Where an outgoing mail is; None for everything that is not sent by the program."""

    SENDING = "sending"  # stored, being handed to the server (or a desk stopped meanwhile)
    SENT = "sent"
    FAILED = "failed"  # in the outbox with the reason; retried
    UNCLEAR = "unclear"  # a desk stopped while sending: the clerk checks before it is resent


@dataclass(frozen=True)
class MessageRecord:
    """One message of a conversation as shown (the first, the inquiry's own, has id 0)."""

    id: int
    inquiry_id: int
    direction: Direction
    kind: MessageKind
    at: datetime
    author: str  # OS user of the clerk; "" for incoming
    from_email: str
    from_name: str
    to_addr: str
    subject: str
    text: str
    message_id: str | None = None
    department_code: str = ""  # a forward's department
    department_name: str = ""
    send_state: SendState | None = None
    send_error: str = ""  # as stored (``conversation.send_errors``); shown: ``send_reason``
    attempts: int = 0
    sent_at: datetime | None = None
    send_reason: Message | None = None  # why it was not sent (None: it was, or no reason)
