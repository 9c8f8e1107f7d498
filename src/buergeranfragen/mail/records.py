"""What the mail readers hand out: a ParsedMail with its attachments, or NotAMail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import Message


class NotAMail(KnownError):
    """The file is no mail (or an Outlook item that is no mail); the message says what it is."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class ParsedMail:
    """Sender, subject, real date, readable text, the original HTML and the attachments of one
    mail, with what was wrong with it (``warnings``)."""

    from_name: str = ""
    from_email: str = ""
    subject: str = ""
    received_at: datetime | None = None
    message_id: str = ""
    # the Message-IDs it answers (In-Reply-To, then References; no angle brackets)
    reply_to_ids: list[str] = field(default_factory=list)
    text: str = ""
    html: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    content_hash: str = ""
