"""The weekly report (issue 12): which period's automatic report was created, by which desk
(one claim per period), and the report mails, which belong to no inquiry.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_runs",
        sa.Column("period_key", sa.String(40), primary_key=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(200), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("files", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "report_mails",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period_key", sa.String(40), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("to_addr", sa.String(2000), nullable=False, server_default=""),
        sa.Column("subject", sa.String(1000), nullable=False, server_default=""),
        sa.Column("blob_id", sa.Integer(), sa.ForeignKey("attachment_blobs.id"), nullable=True),
        sa.Column("send_state", sa.String(16), nullable=False),
        sa.Column("send_error", sa.Text(), nullable=False, server_default=""),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("send_started_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_report_mails_period_key", "report_mails", ["period_key"])
    op.create_index("ix_report_mails_send_state", "report_mails", ["send_state"])


def downgrade() -> None:
    op.drop_index("ix_report_mails_send_state", "report_mails")
    op.drop_index("ix_report_mails_period_key", "report_mails")
    op.drop_table("report_mails")
    op.drop_table("report_runs")
