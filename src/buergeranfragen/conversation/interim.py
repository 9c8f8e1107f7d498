"""The interim reply (Zwischennachricht) an open written citizen inquiry needs when it is
still open some weeks after receipt (``workflow.deadlines``: 28 days by default, moved on by
the time in Rückfrage). It is satisfied by an interim reply - or any reply - sent or on its way
(stored "wird gesendet": the clerk's part is done); a finished inquiry needs none. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.conversation.records import (
    Direction,
    MessageKind,
    MessageRecord,
    SendState,
)
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus, InquiryStep
from buergeranfragen.inquiries.steps import status_intervals
from buergeranfragen.workflow import states
from buergeranfragen.workflow.deadlines import (
    Category,
    DeadlineSettings,
    interim_due_at,
    pauses_from_history,
)

ANSWERS = (MessageKind.INTERIM, MessageKind.REPLY, MessageKind.LETTER, MessageKind.PHONE_ANSWER)


@dataclass(frozen=True)
class Interim:
    """When an interim reply is due (None: none needed) and when the first went out (None:
    none, or still in the outbox; an answer that is no interim reply satisfies the deadline
    but is not one)."""

    due_at: datetime | None = None
    sent_at: datetime | None = None


def interim_of(
    *,
    kind: ContactKind,
    channel: InquiryChannel,
    category: Category,
    status: InquiryStatus,
    received_at: datetime,
    first_status: InquiryStatus,
    history: Sequence[InquiryStep],
    messages: Sequence[MessageRecord],
    settings: DeadlineSettings,
) -> Interim:
    out = [m for m in messages if m.direction == Direction.OUT]
    interims = [
        m.at
        for m in out
        if m.kind == MessageKind.INTERIM and m.send_state in (SendState.SENT, None)
    ]
    sent = min(interims) if interims else None
    if not states.is_open(status) or any(m.kind in ANSWERS for m in out):
        return Interim(None, sent)  # answered, or an interim reply on its way: none due
    pauses = pauses_from_history(status_intervals(first_status, received_at, history))
    due = interim_due_at(
        kind, channel, received_at, category=category, pauses=pauses, settings=settings
    )
    return Interim(due, None)
