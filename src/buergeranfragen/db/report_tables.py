"""The tables of the weekly report (issue 12, migration 0012): which week's report was created
(claimed by one desk, so two desks starting on Monday do not both create and mail it) and the
report mails, which belong to no inquiry."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from buergeranfragen.db.models import Base, UTCDateTime


class ReportRun(Base):
    """The automatic report of one period (its key, "2026-W47"): claimed by the desk that
    creates it (the primary key: of two desks exactly one inserts it), ``finished_at`` once its
    files are written."""

    __tablename__ = "report_runs"

    period_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(200))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    files: Mapped[str] = mapped_column(Text, default="")  # JSON list of the file names


class ReportMail(Base):
    """A report mailed to its recipients: stored as ``sending`` with the exact bytes before it
    is handed to the server, as the outbox does with an inquiry's mail."""

    __tablename__ = "report_mails"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_key: Mapped[str] = mapped_column(String(40), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(200), default="")
    to_addr: Mapped[str] = mapped_column(String(2000), default="")
    subject: Mapped[str] = mapped_column(String(1000), default="")
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blobs.id"))
    send_state: Mapped[str] = mapped_column(String(16), index=True)
    send_error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
