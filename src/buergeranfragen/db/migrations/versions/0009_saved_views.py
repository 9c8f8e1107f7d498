"""The queue's sidebar: views a user saved from the current filters, and the indexes that let
every view open and count quickly on a million inquiries.

- ``ix_inquiries_open_counts`` (status, department, assignee, due date): all open counts of the
  sidebar (per department, not routed, mine, overdue, due today) in one pass over the index,
  without visiting a row;
- ``ix_inquiries_status_due``: the open inquiries by due date (Überfällig, Heute fällig);
- ``ix_inquiries_kind_received``: today's press inquiries ("Presse heute").

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_inquiries_open_counts": ["status", "department_id", "assignee_id", "due_at", "received_at"],
    "ix_inquiries_status_due": ["status", "due_at", "received_at"],
    "ix_inquiries_kind_received": ["kind", "received_at"],
}


def upgrade() -> None:
    op.create_table(
        "saved_views",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("owner", "name"),
    )
    for name, columns in _INDEXES.items():
        op.create_index(name, "inquiries", columns)


def downgrade() -> None:
    for name in reversed(_INDEXES):
        op.drop_index(name, "inquiries")
    op.drop_table("saved_views")
