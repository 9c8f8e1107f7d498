"""Import and export of contact files, with a report per entry. Used by the window (on a
worker thread, with progress) and the command line alike."""

from __future__ import annotations

import io
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from buergeranfragen.contacts.importing import ImportStatus
from buergeranfragen.contacts.io.csv_export import write_csv
from buergeranfragen.contacts.io.csvfile import read_csv
from buergeranfragen.contacts.io.entries import ReadEntry, UnreadableFile
from buergeranfragen.contacts.io.vcard import contact_to_vcard, looks_like_vcard, read_vcards
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError
from buergeranfragen.input_files import UnreadableInput, read_input_file, shown_path
from buergeranfragen.messages import Message, msg
from buergeranfragen.runtime import log_message

Progress = Callable[[int, int], None]

log = logging.getLogger("buergeranfragen.contacts")
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class EntryReport:
    """What happened to one entry of an import file (the JSON of `contacts import`)."""

    file: str
    entry: int | None  # None: the file as a whole was not readable
    status: ImportStatus
    contact_id: int | None = None
    name: str = ""  # "" when the entry has no name, organisation, address or number
    phones_e164: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    warnings: tuple[Message, ...] = ()
    error: Message | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON line of `contacts import --json`, messages in German (README)."""
        return {
            "file": self.file,
            "entry": self.entry,
            "status": self.status.value,
            "contact_id": self.contact_id,
            "name": self.name,
            "phones_e164": list(self.phones_e164),
            "emails": list(self.emails),
            "warnings": [str(w) for w in self.warnings],
            "error": str(self.error) if self.error is not None else None,
        }


def read_contact_file(path: Path) -> list[ReadEntry]:
    """Every entry of a vCard or CSV file; UnreadableFile if the file as a whole is not one
    (missing, no regular file, too large, or no entry of it readable for the same reason: a
    text file that is no contact file is one refusal, not one per line)."""
    try:
        data = read_input_file(path, MAX_FILE_BYTES)
    except UnreadableInput as exc:
        raise UnreadableFile(exc.reason) from exc
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard") or looks_like_vcard(data):
        return _unless_no_contact_file(read_vcards(data))
    if suffix in (".csv", ".txt", ".tsv", ".tab"):
        return _unless_no_contact_file(read_csv(data))
    raise UnreadableFile(
        msg("Das Format ist nicht bekannt. Importiert werden vCard- (.vcf) und CSV-Dateien (.csv).")
    )


def _unless_no_contact_file(read: Iterable[ReadEntry]) -> list[ReadEntry]:
    """The entries, or one refusal when several are read, none readable, all for the same
    reason: the file is no contact file (a text file of 30 MB is one line, not 460,000). A
    file whose columns are not recognised is refused at its first entry, unread further."""
    entries: list[ReadEntry] = []
    for entry in read:
        entries.append(entry)
        if _columns_unknown(entry) and _same_failure(entries):
            break
    if (len(entries) >= 2 or _columns_unknown(entries[0] if entries else None)) and _same_failure(
        entries
    ):
        raise UnreadableFile(msg("Keine Kontaktdatei: {reason}", reason=entries[0].error))
    return entries


def _same_failure(entries: list[ReadEntry]) -> bool:
    first = entries[0].error
    return first is not None and all(e.draft is None and e.error == first for e in entries)


def _columns_unknown(entry: ReadEntry | None) -> bool:
    return (
        entry is not None
        and entry.error is not None
        and entry.error.template.startswith("Die Spalten der Datei sind nicht erkannt")
    )


def import_contact_files(
    service: ContactService,
    paths: Sequence[Path],
    kind: ContactKind | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[EntryReport]:
    """Import entry by entry; each entry is stored whole or not at all. ``kind`` overrides the
    kind the file gives (press/citizen)."""
    files: list[tuple[Path, list[ReadEntry]]] = []
    for path in paths:
        try:
            files.append((path, read_contact_file(path)))
        except UnreadableFile as exc:
            log.info("contact file refused: %s", log_message(exc.reason))
            yield EntryReport(shown_path(path), None, ImportStatus.SKIPPED, error=exc.reason)
    total = sum(len(entries) for _, entries in files)
    done = 0
    for path, entries in files:
        for entry in entries:
            if cancelled is not None and cancelled():
                return
            yield _import_one(service, path, entry, kind)
            done += 1
            if progress is not None:
                progress(done, total)


def _import_one(
    service: ContactService, path: Path, entry: ReadEntry, kind: ContactKind | None
) -> EntryReport:
    if entry.draft is None:
        return EntryReport(
            shown_path(path),
            entry.number,
            ImportStatus.SKIPPED,
            warnings=entry.warnings,
            error=entry.error or msg("Der Eintrag ist nicht lesbar."),
        )
    draft = entry.draft
    if kind is not None and draft.kind != kind:
        draft = replace(draft, kind=kind)
    try:
        outcome = service.import_entry(draft)
    except KnownError as exc:
        return EntryReport(
            shown_path(path),
            entry.number,
            ImportStatus.SKIPPED,
            name=draft.display_name,
            warnings=entry.warnings,
            error=exc.reason,
        )
    record = outcome.record
    return EntryReport(
        file=shown_path(path),
        entry=entry.number,
        status=outcome.status,
        contact_id=record.id if record else None,
        name=record.display_name if record else draft.display_name,
        phones_e164=tuple(p.e164 for p in record.phones) if record else (),
        emails=tuple(e.address for e in record.emails) if record else (),
        warnings=entry.warnings + outcome.warnings,
        error=outcome.error,
    )


def export_contacts(
    service: ContactService, fmt: str, target: Path, progress: Progress | None = None
) -> int:
    """Write every contact as vCard 4.0 or CSV; the file appears whole or not at all."""
    if fmt not in ("vcf", "csv"):
        raise KnownError(
            msg("Unbekanntes Format „{format}“: möglich sind vcf und csv.", format=fmt)
        )
    records = list(service.iter_records(progress))
    if fmt == "vcf":
        text = "".join(contact_to_vcard(r) for r in records)
        encoding = "utf-8"
    else:
        buffer = io.StringIO()
        write_csv(records, buffer)
        text = buffer.getvalue()
        encoding = "utf-8-sig"  # the BOM makes Excel read umlauts right
    target = target.expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
        os.replace(temp, target)
    except OSError as exc:
        raise KnownError(
            msg(
                "Die Datei {path} kann nicht geschrieben werden: {reason}.",
                path=shown_path(target),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    return len(records)
