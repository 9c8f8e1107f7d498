"""The audit of reading (issue 13): who opened which contact or inquiry, when.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "read_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
    )
    op.create_index("ix_read_log_at", "read_log", ["at"])
    op.create_index("ix_read_log_entity", "read_log", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_read_log_entity", table_name="read_log")
    op.drop_index("ix_read_log_at", table_name="read_log")
    op.drop_table("read_log")
