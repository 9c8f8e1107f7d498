"""The tables of an office working on one database (issue 13, migration 0017): which desk has
an inquiry open for editing, and the change counters another desk's window watches on SQLite.

Neither holds personal data: a presence row names an inquiry and a person by id; a counter is a
kind ("inquiries", "contacts", "presence") and a number."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from buergeranfragen.db.models import Base, UTCDateTime


class InquiryPresence(Base):
    """A desk has the inquiry open in an edit dialog since ``since``; ``heartbeat`` is renewed
    while it is open (a row whose heartbeat is old belongs to a desk that crashed: ignored)."""

    __tablename__ = "inquiry_presence"
    __table_args__ = (UniqueConstraint("inquiry_id", "desk", name="uq_inquiry_presence_desk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    desk: Mapped[str] = mapped_column(String(64), index=True)  # one running program
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    heartbeat: Mapped[datetime] = mapped_column(UTCDateTime)


class ChangeSerial(Base):
    """One counter per kind of data, raised by a trigger in the writer's transaction (SQLite
    only; PostgreSQL's triggers send a NOTIFY instead): a desk that sees ``PRAGMA
    data_version`` move reads these to learn what changed."""

    __tablename__ = "change_serials"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    serial: Mapped[int] = mapped_column(BigInteger, default=0)
