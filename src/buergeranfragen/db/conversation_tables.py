"""The tables of an inquiry's conversation (issue 11, migration 0011): its further messages and
the text templates replies are written from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from buergeranfragen.db.models import Base, UTCDateTime


class InquiryMessage(Base):
    """A message of an inquiry's conversation after its first (the first is the inquiry's own
    subject and text): a further mail of the citizen, a reply or an interim reply sent, a
    forward to a department, a call-back or an answer by phone or letter, an internal note.

    Outgoing mail is stored as ``sending`` before it is handed to the server and marked
    ``sent`` after, so a crash in between is never sent twice without a check (0011)."""

    __tablename__ = "inquiry_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(8))  # in / out / note
    kind: Mapped[str] = mapped_column(String(16))  # MessageKind value
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(200), default="")  # OS user; "" for incoming
    from_email: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(300), default="")
    to_addr: Mapped[str] = mapped_column(String(1000), default="")
    subject: Mapped[str] = mapped_column(String(1000), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(500), unique=True)
    in_reply_to: Mapped[str] = mapped_column(String(1000), default="")
    reference_ids: Mapped[str] = mapped_column(Text, default="")  # the References header
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # the mail as it arrived, or as it was sent (the bytes handed to the server)
    original_blob_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment_blobs.id"), index=True
    )
    original_filename: Mapped[str] = mapped_column(String(300), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))  # forwards
    send_state: Mapped[str | None] = mapped_column(String(16), index=True)  # SendState value
    send_error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # when a desk last handed it to the server: "sending" older than a server's time-out
    # means that desk stopped between handing over and marking it sent
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_inquiry_messages_inquiry_at", "inquiry_id", "at"),)


class TextTemplate(Base):
    """A Textbaustein: a reply, interim reply or forward cover note with placeholders (0011)."""

    __tablename__ = "text_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    purpose: Mapped[str] = mapped_column(String(16))  # TemplatePurpose value
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    __mapper_args__ = {"version_id_col": version}
