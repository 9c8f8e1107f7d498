"""Rejected mails: what the intake refused for good, kept as it arrived (the "Nicht
übernommen" list), to look at, save, import again or delete.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rejected_mails",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("rejected_at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(1000), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("reason_template", sa.Text(), nullable=False),
        sa.Column("reason_values", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(1000), nullable=False),
        sa.Column("sender", sa.String(1000), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("kept_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("dismissed_at", UTCDateTime(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sqlite_autoincrement=True,  # a stale `mail retry N` never hits another mail
    )


def downgrade() -> None:
    op.drop_table("rejected_mails")
