"""The Art. 15 export of one person (pure, no database): the document's JSON form and writing
it as ``Auskunft-<id>-<date>.json`` and ``.pdf`` (the PDF is drawn by the window's Qt code,
imported only when asked for, so the core stays free of Qt).

The JSON (UTF-8, keys sorted, times in ISO 8601 UTC) - format ``buergeranfragen-auskunft``,
``format_version`` 1:

- ``created_at``, ``created_by``: when and by whom the export was made.
- ``contact``: every stored field of the contact (``id``, ``kind``, ``salutation``, ``title``,
  ``first_name``, ``last_name``, ``organisation``, ``function``, ``outlet``, ``desk``,
  ``street``, ``postal_code``, ``city``, ``country``, ``notes``, ``tags`` (a list),
  ``source``, ``version``, ``created_at``, ``updated_at``), ``phones`` (``kind``, ``e164``,
  ``raw``, ``position``) and ``emails`` (``kind``, ``address``, ``position``).
- ``inquiries``: each inquiry about the person with every stored field (subject, text, the
  mail's HTML, sender, number, dates, status, department and assignee ids, ...), ``relation``
  (why it is listed: ``contact``, ``candidate``, ``sender_address``, ``caller_number``),
  ``steps`` (the history, with comments), ``messages`` (the conversation: further mails,
  replies, notes, with their texts), ``attachments`` (``filename``, ``size``,
  ``content_type``, ``message_row_id``: not their bytes) and ``original`` (the mail as it
  arrived: ``filename``, ``content_type``, ``size``; or null).
- ``audit``: the audit entries about the contact, these inquiries and their messages
  (``at``, ``actor``, ``entity``, ``entity_id``, ``action``, ``changes``).
- ``readings``: who opened the contact or one of these inquiries, when (``at``, ``actor``,
  ``entity``, ``entity_id``).
- ``rejected_mails``: mails from one of the person's addresses that were not taken in
  ("Nicht übernommen", still kept): ``id``, ``rejected_at``, ``sender``, ``subject``,
  ``size``."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from buergeranfragen.calendar import local
from buergeranfragen.contacts.records import contact_name
from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg
from buergeranfragen.private_files import write_private

FORMAT = "buergeranfragen-auskunft"
FORMAT_VERSION = 1


class FilesExist(KnownError):
    """The export's files are in the folder already (the window asks to overwrite them)."""


@dataclass(frozen=True)
class Document:
    """Everything stored about one person, as the JSON tree written out."""

    contact_id: int
    name: str
    created_at: datetime
    data: dict[str, object]


def plain(value: object) -> object:
    """A stored value as JSON: times in ISO 8601 (UTC), containers element by element."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return None  # never the bytes of a file
    return value


def _group(rows: Sequence[Mapping[str, object]], key: str) -> dict[object, list[dict[str, object]]]:
    grouped: dict[object, list[dict[str, object]]] = {}
    for row in rows:
        grouped.setdefault(row[key], []).append({k: plain(v) for k, v in row.items() if k != key})
    return grouped


def document(
    *,
    created_at: datetime,
    created_by: str,
    contact: Mapping[str, object],
    phones: Sequence[Mapping[str, object]],
    emails: Sequence[Mapping[str, object]],
    related: Mapping[int, Sequence[str]],
    inquiries: Sequence[Mapping[str, object]],
    steps: Sequence[Mapping[str, object]],
    messages: Sequence[Mapping[str, object]],
    attachments: Sequence[Mapping[str, object]],
    originals: Sequence[Mapping[str, object]],
    audit: Sequence[Mapping[str, object]],
    readings: Sequence[Mapping[str, object]] = (),
    rejected: Sequence[Mapping[str, object]] = (),
) -> Document:
    """The document from the stored rows (see the module docstring for its keys)."""
    person = {k: plain(v) for k, v in contact.items()}
    tags = str(contact.get("tags") or "")
    person["tags"] = [t.strip() for t in tags.split(",") if t.strip()]
    person["phones"] = [plain(p) for p in phones]
    person["emails"] = [plain(e) for e in emails]
    by_steps = _group(steps, "inquiry_id")
    by_messages = _group(messages, "inquiry_id")
    by_attachments = _group(attachments, "inquiry_id")
    by_original = _group(originals, "inquiry_id")
    listed = []
    for row in inquiries:
        entry = {k: plain(v) for k, v in row.items()}
        inquiry_id = row["id"]
        entry["relation"] = list(related.get(int(str(inquiry_id)), ()))
        entry["steps"] = by_steps.get(inquiry_id, [])
        entry["messages"] = by_messages.get(inquiry_id, [])
        entry["attachments"] = by_attachments.get(inquiry_id, [])
        original = by_original.get(inquiry_id)
        entry["original"] = original[0] if original else None
        listed.append(entry)
    data: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at.isoformat(),
        "created_by": created_by,
        "contact": person,
        "inquiries": listed,
        "audit": [plain(a) for a in audit],
        "readings": [plain(r) for r in readings],
        "rejected_mails": [plain(r) for r in rejected],
    }
    contact_id = int(str(contact["id"]))
    return Document(contact_id, contact_name(Naming(contact), ""), created_at, data)


class Naming:
    """A contact's naming columns (title, names, organisation, outlet) from a stored row, for
    ``contact_name``."""

    def __init__(self, row: Mapping[str, object]) -> None:
        self.title = str(row.get("title") or "")
        self.first_name = str(row.get("first_name") or "")
        self.last_name = str(row.get("last_name") or "")
        self.organisation = str(row.get("organisation") or "")
        self.outlet = str(row.get("outlet") or "")


def to_json(doc: Document) -> str:
    return json.dumps(doc.data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_json(doc: Document, path: Path) -> None:
    path.write_text(to_json(doc), encoding="utf-8")


def write_pdf(doc: Document, path: Path) -> None:
    from buergeranfragen.ui.contacts.access_pdf import write_access_pdf  # noqa: PLC0415

    write_access_pdf(doc, path)


def file_names(doc: Document) -> dict[str, str]:
    """``Auskunft-12-2026-11-26.json`` and ``.pdf`` (the date in Berlin)."""
    stem = f"Auskunft-{doc.contact_id}-{local(doc.created_at).date().isoformat()}"
    return {"json": f"{stem}.json", "pdf": f"{stem}.pdf"}


def export(doc: Document, folder: Path, *, force: bool = False) -> list[Path]:
    """Write the JSON and the PDF into ``folder``; refused before anything is written when the
    folder is missing or (without ``force``) a file of that name is there."""
    if not folder.is_dir():
        raise KnownError(msg("Den Ordner {folder} gibt es nicht.", folder=str(folder)))
    names = file_names(doc)
    there = [name for name in names.values() if (folder / name).exists()]
    if there and not force:
        raise FilesExist(
            msg(
                "{files} gibt es schon in {folder}; mit --force wird überschrieben.",
                files=", ".join(there),
                folder=str(folder),
            )
        )
    written: list[Path] = []
    try:
        written.append(write_private(lambda part: write_json(doc, part), folder / names["json"]))
        written.append(write_private(lambda part: write_pdf(doc, part), folder / names["pdf"]))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
