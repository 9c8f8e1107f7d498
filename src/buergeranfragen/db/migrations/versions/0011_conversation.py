"""The conversation of an inquiry (issue 11): further mails, replies, forwards, call-backs and
notes as messages; text templates (Textbausteine); a signature and a sender address per
department; a new inquiry linked to the one whose reference a stranger's subject named.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inquiry_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id",
            sa.Integer(),
            sa.ForeignKey("inquiries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("from_email", sa.String(320), nullable=False, server_default=""),
        sa.Column("from_name", sa.String(300), nullable=False, server_default=""),
        sa.Column("to_addr", sa.String(1000), nullable=False, server_default=""),
        sa.Column("subject", sa.String(1000), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("body_html", sa.Text(), nullable=False, server_default=""),
        sa.Column("message_id", sa.String(500), nullable=True, unique=True),
        sa.Column("in_reply_to", sa.String(1000), nullable=False, server_default=""),
        sa.Column("reference_ids", sa.Text(), nullable=False, server_default=""),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column(
            "original_blob_id", sa.Integer(), sa.ForeignKey("attachment_blobs.id"), nullable=True
        ),
        sa.Column("original_filename", sa.String(300), nullable=False, server_default=""),
        sa.Column("department_id", sa.Integer(), sa.ForeignKey("departments.id"), nullable=True),
        sa.Column("send_state", sa.String(16), nullable=True),
        sa.Column("send_error", sa.Text(), nullable=False, server_default=""),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("send_started_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_inquiry_messages_inquiry_at", "inquiry_messages", ["inquiry_id", "at"])
    op.create_index("ix_inquiry_messages_content_hash", "inquiry_messages", ["content_hash"])
    op.create_index("ix_inquiry_messages_send_state", "inquiry_messages", ["send_state"])
    op.create_index(
        "ix_inquiry_messages_original_blob_id", "inquiry_messages", ["original_blob_id"]
    )
    _add_reference("inquiry_attachments", "message_row_id", "inquiry_messages")
    op.create_index(
        "ix_inquiry_attachments_message_row_id", "inquiry_attachments", ["message_row_id"]
    )
    _add_reference("inquiries", "linked_inquiry_id", "inquiries")
    op.add_column(
        "departments", sa.Column("signature", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "departments", sa.Column("sender_email", sa.String(320), nullable=False, server_default="")
    )
    op.create_table(
        "text_templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False, server_default=""),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
    )


def _add_reference(table: str, column: str, target: str) -> None:
    """A new column referring to ``target``, added in place (``ALTER TABLE ... ADD COLUMN``),
    also on SQLite: a copy of the table (batch mode) would, with foreign keys on, delete the
    rows that refer to the old one when it is dropped - the inquiries' attachments and steps.
    No ON DELETE rule: SQLite's reflection cannot see one added this way (the schema check
    would differ by database); whoever deletes an inquiry clears the links to it first, and a
    message's attachments go with the inquiry in the same statement."""
    if op.get_bind().dialect.name == "sqlite":  # SQLite cannot add a constraint later
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {target} (id)")
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(f"{table}_{column}_fkey", table, target, [column], ["id"])


def downgrade() -> None:
    """PostgreSQL only, as for 0008: SQLite cannot drop a referring column without copying the
    table, and copying it with foreign keys on would delete what refers to it; the backup
    taken before the upgrade is the way back there."""
    if op.get_bind().dialect.name == "sqlite":
        raise RuntimeError("SQLite: no downgrade below 0011; restore the backup taken before")
    op.drop_table("text_templates")
    op.drop_column("departments", "sender_email")
    op.drop_column("departments", "signature")
    op.drop_constraint("inquiries_linked_inquiry_id_fkey", "inquiries", type_="foreignkey")
    op.drop_column("inquiries", "linked_inquiry_id")
    op.drop_index("ix_inquiry_attachments_message_row_id", "inquiry_attachments")
    op.drop_constraint(
        "inquiry_attachments_message_row_id_fkey", "inquiry_attachments", type_="foreignkey"
    )
    op.drop_column("inquiry_attachments", "message_row_id")
    op.drop_table("inquiry_messages")
