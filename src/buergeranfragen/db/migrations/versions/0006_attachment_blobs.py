"""Attachments and original mails live in the database: content-addressed blobs (SHA-256,
stored once however many mails bring them) in chunks of 1 MiB. The originals' bytes move
into blobs here; the files of the former attachment folder are moved in at the next start of
each desk that has them (``InquiryService.move_in_former_files``), since on a shared database
each desk kept its own folder.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHUNK_BYTES = 1024 * 1024

_blobs = sa.table(
    "attachment_blobs",
    sa.column("id", sa.Integer()),
    sa.column("sha256", sa.String()),
    sa.column("size", sa.BigInteger()),
)
_chunks = sa.table(
    "attachment_blob_chunks",
    sa.column("blob_id", sa.Integer()),
    sa.column("seq", sa.Integer()),
    sa.column("data", sa.LargeBinary()),
)
_originals = sa.table(
    "inquiry_originals",
    sa.column("inquiry_id", sa.Integer()),
    sa.column("data", sa.LargeBinary()),
    sa.column("blob_id", sa.Integer()),
)


def _store(connection: sa.Connection, data: bytes) -> int:
    digest = hashlib.sha256(data).hexdigest()
    found = connection.scalar(sa.select(_blobs.c.id).where(_blobs.c.sha256 == digest))
    if found is not None:
        return int(found)
    result = connection.execute(
        sa.insert(_blobs).values(sha256=digest, size=len(data)).returning(_blobs.c.id)
    )
    blob_id = int(result.scalar_one())
    view = memoryview(data)
    for seq, start in enumerate(range(0, len(data), CHUNK_BYTES)):
        connection.execute(
            sa.insert(_chunks).values(
                blob_id=blob_id, seq=seq, data=bytes(view[start : start + CHUNK_BYTES])
            )
        )
    return blob_id


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "attachment_blob_chunks",
        sa.Column(
            "blob_id",
            sa.Integer(),
            sa.ForeignKey("attachment_blobs.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    with op.batch_alter_table("inquiry_attachments") as batch:
        batch.add_column(sa.Column("blob_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_inquiry_attachments_blob_id", "attachment_blobs", ["blob_id"], ["id"]
        )
        batch.create_index("ix_inquiry_attachments_blob_id", ["blob_id"])

    with op.batch_alter_table("inquiry_originals") as batch:
        batch.add_column(sa.Column("blob_id", sa.Integer(), nullable=True))
    connection = op.get_bind()
    ids = list(connection.scalars(sa.select(_originals.c.inquiry_id)))
    for inquiry_id in ids:  # one original in memory at a time
        data = connection.scalar(
            sa.select(_originals.c.data).where(_originals.c.inquiry_id == inquiry_id)
        )
        blob_id = _store(connection, bytes(data or b""))
        connection.execute(
            sa.update(_originals)
            .where(_originals.c.inquiry_id == inquiry_id)
            .values(blob_id=blob_id, data=b"")  # the bytes are in the blob from here on
        )
    with op.batch_alter_table("inquiry_originals") as batch:
        batch.drop_column("data")
        batch.alter_column("blob_id", existing_type=sa.Integer(), nullable=False)
        batch.create_foreign_key(
            "fk_inquiry_originals_blob_id", "attachment_blobs", ["blob_id"], ["id"]
        )
        batch.create_index("ix_inquiry_originals_blob_id", ["blob_id"])


def downgrade() -> None:
    """Back to files is not possible for attachments (the folder is gone): refused while any
    attachment lives in the database; the originals go back into their rows."""
    connection = op.get_bind()
    attachments = sa.table("inquiry_attachments", sa.column("blob_id", sa.Integer()))
    if connection.scalar(
        sa.select(sa.func.count())
        .select_from(attachments)
        .where(attachments.c.blob_id.is_not(None))
    ):
        raise RuntimeError("attachments live in the database: no downgrade below 0006")
    with op.batch_alter_table("inquiry_attachments") as batch:
        batch.drop_index("ix_inquiry_attachments_blob_id")
        batch.drop_constraint("fk_inquiry_attachments_blob_id", type_="foreignkey")
        batch.drop_column("blob_id")
    with op.batch_alter_table("inquiry_originals") as batch:
        batch.add_column(sa.Column("data", sa.LargeBinary(), nullable=True))
    rows = list(connection.execute(sa.select(_originals.c.inquiry_id, _originals.c.blob_id)))
    for inquiry_id, blob_id in rows:
        parts = connection.scalars(
            sa.select(_chunks.c.data).where(_chunks.c.blob_id == blob_id).order_by(_chunks.c.seq)
        )
        connection.execute(
            sa.update(_originals)
            .where(_originals.c.inquiry_id == inquiry_id)
            .values(data=b"".join(parts))
        )
    with op.batch_alter_table("inquiry_originals") as batch:
        batch.drop_index("ix_inquiry_originals_blob_id")
        batch.drop_constraint("fk_inquiry_originals_blob_id", type_="foreignkey")
        batch.drop_column("blob_id")
        batch.alter_column("data", existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table("attachment_blob_chunks")
    op.drop_table("attachment_blobs")
