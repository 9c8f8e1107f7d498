"""The weekly report (issue 12): status steps found by when they happened, so a week's answers
and closings are read without scanning the whole history.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_inquiry_steps_kind_at", "inquiry_steps", ["kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_inquiry_steps_kind_at", table_name="inquiry_steps")
