"""Tables of data protection (issue 13).

The retention run (migration 0015): which day's run was made (claimed by one desk, so two desks
starting on the same day do not both run it).

The audit of reading (migration 0016): who opened which contact or inquiry, when. Its own
table, not an ``audit_log`` change entry: a reading changes nothing, and the change history of a
record stays what it was. Written in batches (``privacy.reading.ReadingLog``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from buergeranfragen.db.models import Base, UTCDateTime


class RetentionRun(Base):
    """The retention run of one day (its key, "2026-11-26"): claimed by the desk that runs it
    (the primary key: of two desks exactly one inserts it), ``finished_at`` once it is done,
    ``outcome`` what it did (JSON counts; no personal data)."""

    __tablename__ = "retention_runs"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(200))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(Text, default="")


class ReadEntry(Base):
    """One opening of a record (``entity`` as in ``audit_log``: "contact", "inquiry")."""

    __tablename__ = "read_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_read_log_entity", "entity", "entity_id"),)
