"""The table of the retention run (issue 13, migration 0015): which day's run was made (claimed
by one desk, so two desks starting on the same day do not both run it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
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
