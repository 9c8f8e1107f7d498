"""The weekly report (issue 12): an inquiry's status steps found by inquiry, kind and time, so
"no status step since the period's end" is one index look-up per open inquiry (with only
``(kind, at)`` SQLite scanned every later step for each of them).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_inquiry_steps_inquiry_kind_at", "inquiry_steps", ["inquiry_id", "kind", "at"]
    )


def downgrade() -> None:
    op.drop_index("ix_inquiry_steps_inquiry_kind_at", table_name="inquiry_steps")
