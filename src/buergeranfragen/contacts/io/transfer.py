"""Import and export of contact files, with a report per entry. Used by the window (on a
worker thread, with progress) and the command line alike."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from buergeranfragen.contacts.io.csvfile import read_csv, write_csv
from buergeranfragen.contacts.io.entries import ReadEntry, UnreadableFile
from buergeranfragen.contacts.io.vcard import contact_to_vcard, looks_like_vcard, read_vcards
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError

Progress = Callable[[int, int], None]

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class EntryReport:
    """What happened to one entry of an import file (the JSON of `contacts import`)."""

    file: str
    entry: int | None
    status: str  # "imported" | "merged" | "skipped"
    contact_id: int | None = None
    name: str = ""
    phones_e164: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "entry": self.entry,
            "status": self.status,
            "contact_id": self.contact_id,
            "name": self.name,
            "phones_e164": list(self.phones_e164),
            "emails": list(self.emails),
            "warnings": list(self.warnings),
            "error": self.error,
        }


@dataclass
class ImportSummary:
    reports: list[EntryReport] = field(default_factory=list)
    unreadable_files: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.reports)


def read_contact_file(path: Path) -> list[ReadEntry]:
    """Every entry of a vCard or CSV file; UnreadableFile if the file as a whole is not one."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                f"{path.name}: Die Datei ist mit {size // (1024 * 1024)} MB zu groß "
                f"(höchstens {MAX_FILE_BYTES // (1024 * 1024)} MB)."
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFile(f"{path}: Die Datei gibt es nicht.") from exc
    except IsADirectoryError as exc:
        raise UnreadableFile(f"{path}: Das ist ein Ordner, keine Datei.") from exc
    except OSError as exc:
        raise UnreadableFile(f"{path}: Die Datei ist nicht lesbar ({exc.strerror}).") from exc
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard") or looks_like_vcard(data):
        return list(read_vcards(data))
    if suffix in (".csv", ".txt", ".tsv", ".tab"):
        return list(read_csv(data))
    raise UnreadableFile(
        f"{path.name}: Das Format ist nicht bekannt. Importiert werden vCard- (.vcf) "
        "und CSV-Dateien (.csv)."
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
            yield EntryReport(str(path), None, "skipped", error=str(exc))
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
            str(path),
            entry.number,
            "skipped",
            warnings=entry.warnings,
            error=entry.error or "Der Eintrag ist nicht lesbar.",
        )
    draft = entry.draft
    if kind is not None and draft.kind != kind:
        draft = replace(draft, kind=kind)
    try:
        outcome = service.import_entry(draft)
    except KnownError as exc:
        return EntryReport(
            str(path),
            entry.number,
            "skipped",
            name=draft.display_name,
            warnings=entry.warnings,
            error=exc.message,
        )
    record = outcome.record
    return EntryReport(
        file=str(path),
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
        raise KnownError(f"Unbekanntes Format „{fmt}“: möglich sind vcf und csv.")
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
            f"Die Datei {target} kann nicht geschrieben werden: {exc.strerror}."
        ) from exc
    return len(records)
