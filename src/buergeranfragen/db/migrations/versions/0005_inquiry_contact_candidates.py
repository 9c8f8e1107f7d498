"""Candidates of a mail's sender: when several contacts share the sender's address and the
display name picks none of them, the inquiry is stored without a contact and names them; the
clerk assigns one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inquiry_contact_candidates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id",
            sa.Integer(),
            sa.ForeignKey("inquiries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_inquiry_contact_candidates_inquiry_id", "inquiry_contact_candidates", ["inquiry_id"]
    )
    op.create_index(
        "ix_inquiry_contact_candidates_contact_id", "inquiry_contact_candidates", ["contact_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_inquiry_contact_candidates_contact_id", "inquiry_contact_candidates")
    op.drop_index("ix_inquiry_contact_candidates_inquiry_id", "inquiry_contact_candidates")
    op.drop_table("inquiry_contact_candidates")
