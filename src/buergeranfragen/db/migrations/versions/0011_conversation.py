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
    with op.batch_alter_table("inquiry_attachments") as batch:
        batch.add_column(
            sa.Column(
                "message_row_id",
                sa.Integer(),
                sa.ForeignKey(
                    "inquiry_messages.id",
                    name="fk_inquiry_attachments_message_row_id",
                    ondelete="CASCADE",
                ),
                nullable=True,
            )
        )
        batch.create_index("ix_inquiry_attachments_message_row_id", ["message_row_id"])
    with op.batch_alter_table("inquiries") as batch:
        batch.add_column(
            sa.Column(
                "linked_inquiry_id",
                sa.Integer(),
                sa.ForeignKey(
                    "inquiries.id", name="fk_inquiries_linked_inquiry_id", ondelete="SET NULL"
                ),
                nullable=True,
            )
        )
    with op.batch_alter_table("departments") as batch:
        batch.add_column(sa.Column("signature", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("sender_email", sa.String(320), nullable=False, server_default="")
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


def downgrade() -> None:
    op.drop_table("text_templates")
    with op.batch_alter_table("departments") as batch:
        batch.drop_column("sender_email")
        batch.drop_column("signature")
    with op.batch_alter_table("inquiries") as batch:
        batch.drop_column("linked_inquiry_id")
    with op.batch_alter_table("inquiry_attachments") as batch:
        batch.drop_index("ix_inquiry_attachments_message_row_id")
        batch.drop_column("message_row_id")
    op.drop_table("inquiry_messages")
