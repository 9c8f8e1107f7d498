"""Retention (issue 13): an inquiry's ``anonymised_at`` (anonymised after the office's
retention period: not processed twice, the window says so) and the daily run's claim
(``retention_runs``, one row a day).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("inquiries", sa.Column("anonymised_at", UTCDateTime(), nullable=True))
    op.create_table(
        "retention_runs",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(200), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("retention_runs")
    op.drop_column("inquiries", "anonymised_at")
