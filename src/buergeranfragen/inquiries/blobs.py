"""Blob storage: the bytes of attachments and original mails, in the database, named by their
SHA-256 and stored once (the same file in two mails is one blob), in chunks of ``CHUNK_BYTES``.
Written inside the caller's unit of work (the inquiry's transaction), so a blob is there
exactly when the inquiry that brought it is; read back chunk by chunk, so memory stays
bounded however large the file.

Two desks storing the same new file at once: the insert of the blob row waits for the other
transaction and then does nothing (``ON CONFLICT DO NOTHING``); the blob is the other's."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.models import (
    AttachmentBlob,
    AttachmentBlobChunk,
    InquiryAttachment,
    InquiryOriginal,
    table_of,
)
from buergeranfragen.db.report_tables import ReportMail

CHUNK_BYTES = 1024 * 1024

_BLOBS = table_of(AttachmentBlob)
_CHUNKS = table_of(AttachmentBlobChunk)
_FIND = select(_BLOBS.c.id).where(_BLOBS.c.sha256 == bindparam("sha256"))
_INSERT_CHUNK = insert(_CHUNKS)
_CHUNK = select(_CHUNKS.c.data).where(
    _CHUNKS.c.blob_id == bindparam("blob_id"), _CHUNKS.c.seq == bindparam("seq")
)
_INSERT_BLOB = {
    name: dialect.insert(_BLOBS)
    .on_conflict_do_nothing(index_elements=["sha256"])
    .returning(_BLOBS.c.id)
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}


@dataclass(frozen=True)
class BlobInfo:
    id: int
    sha256: str
    size: int


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _new_blob(session: Session, digest: str, size: int) -> int | None:
    """The id of a new blob row, or None when it is stored already (by us or a colleague):
    one statement for a new file (the usual case: every original mail is one)."""
    dialect = session.get_bind().dialect.name
    blob_id = session.scalar(_INSERT_BLOB[dialect], {"sha256": digest, "size": size})
    return None if blob_id is None else int(blob_id)


def _existing(session: Session, digest: str) -> int:
    found = session.scalar(_FIND, {"sha256": digest})
    assert found is not None  # ON CONFLICT: the row is there
    return int(found)


def store_bytes(session: Session, data: bytes) -> BlobInfo:
    """The blob with these bytes: found, or stored chunk by chunk."""
    digest = sha256_of(data)
    blob_id = _new_blob(session, digest, len(data))
    if blob_id is None:
        return BlobInfo(_existing(session, digest), digest, len(data))
    view = memoryview(data)
    for seq, start in enumerate(range(0, len(data), CHUNK_BYTES)):
        session.execute(
            _INSERT_CHUNK,
            {"blob_id": blob_id, "seq": seq, "data": bytes(view[start : start + CHUNK_BYTES])},
        )
    return BlobInfo(blob_id, digest, len(data))


def _file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store_file(session: Session, path: Path) -> BlobInfo:
    """The blob with a file's bytes, read twice in chunks (its hash first), never whole.
    Raises OSError when the file cannot be read or changes meanwhile."""
    digest, size = _file_digest(path)
    blob_id = _new_blob(session, digest, size)
    if blob_id is None:
        return BlobInfo(_existing(session, digest), digest, size)
    check = hashlib.sha256()
    with path.open("rb") as handle:
        seq = 0
        while chunk := handle.read(CHUNK_BYTES):
            check.update(chunk)
            session.execute(_INSERT_CHUNK, {"blob_id": blob_id, "seq": seq, "data": chunk})
            seq += 1
    if check.hexdigest() != digest:
        raise OSError(f"{path} changed while it was read")
    return BlobInfo(blob_id, digest, size)


def info(session: Session, blob_id: int) -> BlobInfo | None:
    row = session.execute(
        select(_BLOBS.c.sha256, _BLOBS.c.size).where(_BLOBS.c.id == blob_id)
    ).first()
    return None if row is None else BlobInfo(blob_id, row[0], int(row[1]))


def chunks(session: Session, blob: BlobInfo) -> Iterator[bytes]:
    """The bytes of a blob, one chunk at a time (one indexed read each)."""
    for seq in range((blob.size + CHUNK_BYTES - 1) // CHUNK_BYTES):
        data = session.scalar(_CHUNK, {"blob_id": blob.id, "seq": seq})
        if data is None:
            return  # the caller's hash check reports the damage
        yield bytes(data)


# every column that holds a blob: a blob is in use while one of them names it
_HOLDERS = (
    InquiryAttachment.blob_id,
    InquiryOriginal.blob_id,
    InquiryMessage.original_blob_id,
    ReportMail.blob_id,
)


def held_by(session: Session, inquiry_ids: Collection[int]) -> set[int]:
    """The blobs the inquiries' attachments, mail originals and further messages hold."""
    ids = list(inquiry_ids)
    if not ids:
        return set()
    found: set[int] = set()
    for blob, owner in (
        (InquiryAttachment.blob_id, InquiryAttachment.inquiry_id),
        (InquiryOriginal.blob_id, InquiryOriginal.inquiry_id),
        (InquiryMessage.original_blob_id, InquiryMessage.inquiry_id),
    ):
        found.update(b for b in session.scalars(select(blob).where(owner.in_(ids))) if b)
    return found


def drop_unused(session: Session, blob_ids: Iterable[int]) -> int:
    """Delete those of ``blob_ids`` no row holds any more (the same file another inquiry or a
    report mail holds stays), with their chunks; how many went."""
    wanted = set(blob_ids)
    if not wanted:
        return 0
    used: set[int] = set()
    for column in _HOLDERS:
        used.update(b for b in session.scalars(select(column).where(column.in_(wanted))) if b)
    gone = sorted(wanted - used)
    if gone:
        session.execute(delete(_CHUNKS).where(_CHUNKS.c.blob_id.in_(gone)))
        session.execute(delete(_BLOBS).where(_BLOBS.c.id.in_(gone)))
    return len(gone)
