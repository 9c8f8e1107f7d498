"""The audit of reading (issue 13, migration 0016): who opened which contact or inquiry, when.
Its own table, not an ``audit_log`` change entry: a reading changes nothing, and the change
history of a record stays what it was. Written in batches (``privacy.reading.ReadingLog``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from buergeranfragen.db.models import Base, UTCDateTime


class ReadEntry(Base):
    """One opening of a record (``entity`` as in ``audit_log``: "contact", "inquiry")."""

    __tablename__ = "read_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_read_log_entity", "entity", "entity_id"),)
