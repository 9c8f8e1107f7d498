"""Inquiries with attachments, full-text index, IMAP mailboxes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inquiries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False, unique=True),
        sa.Column("ref_year", sa.Integer(), nullable=False),
        sa.Column("ref_number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("caller_number", sa.String(40), nullable=False),
        sa.Column("deadline", UTCDateTime(), nullable=True),
        sa.Column("from_email", sa.String(320), nullable=False),
        sa.Column("from_name", sa.String(300), nullable=False),
        sa.Column("forwarded_by", sa.String(320), nullable=False),
        sa.Column("message_id", sa.String(500), nullable=True, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("source_file", sa.String(500), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("ref_year", "ref_number"),
    )
    op.create_index("ix_inquiries_status", "inquiries", ["status"])
    op.create_index("ix_inquiries_received_at", "inquiries", ["received_at"])
    op.create_index("ix_inquiries_contact_id", "inquiries", ["contact_id"])
    op.create_index("ix_inquiries_content_hash", "inquiries", ["content_hash"])
    op.create_table(
        "inquiry_attachments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id",
            sa.Integer(),
            sa.ForeignKey("inquiries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("stored_path", sa.String(500), nullable=False),
        sa.Column("content_type", sa.String(200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("is_original", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_inquiry_attachments_inquiry_id", "inquiry_attachments", ["inquiry_id"])
    op.create_table(
        "inquiry_originals",
        sa.Column(
            "inquiry_id",
            sa.Integer(),
            sa.ForeignKey("inquiries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("content_type", sa.String(200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "mailboxes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("host", sa.String(300), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(16), nullable=False),
        sa.Column("username", sa.String(300), nullable=False),
        sa.Column("folder", sa.String(300), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("move_to", sa.String(300), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "mailbox_folder_state",
        sa.Column(
            "mailbox_id",
            sa.Integer(),
            sa.ForeignKey("mailboxes.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("folder", sa.String(300), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
    )
    # The full-text index lives outside the ORM: FTS5 on SQLite, a GIN index on PostgreSQL.
    # Its text is normalised by buergeranfragen.inquiries.search (umlauts, ß, accents); its
    # rowid is a time key (received_at, then id), so "newest first" is the index's own order.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE inquiry_fts USING fts5("
            "text, inquiry_id UNINDEXED, tokenize='unicode61')"
        )
    else:
        op.execute(
            "CREATE TABLE inquiry_fts (rowid BIGINT PRIMARY KEY, inquiry_id INTEGER NOT NULL "
            "REFERENCES inquiries(id) ON DELETE CASCADE, text TEXT NOT NULL)"
        )
        op.execute("CREATE INDEX ix_inquiry_fts_inquiry_id ON inquiry_fts (inquiry_id)")
        op.execute(
            "CREATE INDEX ix_inquiry_fts_text ON inquiry_fts "
            "USING GIN (to_tsvector('simple', text))"
        )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS inquiry_fts")
    op.drop_table("mailbox_folder_state")
    op.drop_table("mailboxes")
    op.drop_table("inquiry_originals")
    op.drop_table("inquiry_attachments")
    op.drop_table("inquiries")
