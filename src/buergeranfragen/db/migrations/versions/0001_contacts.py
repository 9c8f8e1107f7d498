"""Contacts with phone numbers and email addresses.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("salutation", sa.String(40), nullable=False),
        sa.Column("title", sa.String(80), nullable=False),
        sa.Column("first_name", sa.String(200), nullable=False),
        sa.Column("last_name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        sa.Column("function", sa.String(200), nullable=False),
        sa.Column("outlet", sa.String(300), nullable=False),
        sa.Column("desk", sa.String(200), nullable=False),
        sa.Column("street", sa.String(300), nullable=False),
        sa.Column("postal_code", sa.String(20), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("country", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("tags", sa.String(1000), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(400), nullable=False),
        sa.Column("name_key", sa.String(800), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_contacts_sort_name", "contacts", ["sort_name"])
    op.create_index("ix_contacts_name_key", "contacts", ["name_key"])
    for table, value_column, length in (
        ("contact_phones", "e164", 20),
        ("contact_emails", "address", 320),
    ):
        columns = [
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column(
                "contact_id",
                sa.Integer(),
                sa.ForeignKey("contacts.id", ondelete="CASCADE"),
                nullable=False,
            ),
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column(value_column, sa.String(length), nullable=False),
        ]
        if table == "contact_phones":
            columns.append(sa.Column("raw", sa.String(100), nullable=False))
        columns.append(sa.Column("position", sa.Integer(), nullable=False))
        op.create_table(table, *columns)
        op.create_index(f"ix_{table}_contact_id", table, ["contact_id"])
        op.create_index(f"ix_{table}_{value_column}", table, [value_column])


def downgrade() -> None:
    op.drop_table("contact_emails")
    op.drop_table("contact_phones")
    op.drop_table("contacts")
