"""Contact CSV out: German headers, semicolons (as German Excel expects), a column per number
and address kind, formula cells neutralised; read back by ``csvfile.read_csv``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from buergeranfragen.contacts.io.csvfile import FORMULA_START
from buergeranfragen.contacts.phones import format_for_display
from buergeranfragen.contacts.records import ContactKind, ContactRecord, EmailKind, PhoneKind


def neutralise(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (=, +, -, @ at the start)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _csv_number(e164: str) -> str:
    # German numbers in national format; foreign ones with 00, so no cell starts with "+".
    shown = format_for_display(e164)
    return "00" + shown[1:] if shown.startswith("+") else shown


# What the "Art" column says: part of the file format (read back by ``_KIND_WORDS``).
_KIND_CELLS = {ContactKind.PRESS: "Presse", ContactKind.CITIZEN: "Bürger"}
_PHONE_COLUMNS = {
    PhoneKind.OFFICE: "Telefon Büro",
    PhoneKind.MOBILE: "Mobil",
    PhoneKind.FAX: "Fax",
    PhoneKind.PRIVATE: "Telefon privat",
}
_EMAIL_COLUMNS = {EmailKind.WORK: "E-Mail", EmailKind.PRIVATE: "E-Mail privat"}


def _column_kind(kind: PhoneKind) -> PhoneKind:
    """The column of a number; one of a kind a newer version added goes with the office's."""
    return kind if kind in _PHONE_COLUMNS else PhoneKind.OFFICE


def write_csv(contacts: Iterable[ContactRecord], out: io.TextIOBase | io.StringIO) -> int:
    """Write German-headed CSV (semicolon, as German Excel expects); returns the row count."""
    rows = list(contacts)
    phone_counts = {
        k: max((sum(_column_kind(p.kind) == k for p in c.phones) for c in rows), default=0) or 1
        for k in PhoneKind
    }
    email_counts = {
        k: max((sum(e.kind == k for e in c.emails) for c in rows), default=0) for k in EmailKind
    }
    email_counts[EmailKind.WORK] = email_counts[EmailKind.WORK] or 1
    header = [
        "Art",
        "Anrede",
        "Titel",
        "Vorname",
        "Nachname",
        "Organisation",
        "Funktion",
        "Medium",
        "Ressort",
        "Straße",
        "PLZ",
        "Ort",
        "Land",
    ]
    for kind in PhoneKind:
        header += [
            _PHONE_COLUMNS[kind] + (f" {i + 1}" if i else "") for i in range(phone_counts[kind])
        ]
    for email_kind in EmailKind:
        header += [
            _EMAIL_COLUMNS[email_kind] + (f" {i + 1}" if i else "")
            for i in range(email_counts[email_kind])
        ]
    header += ["Notizen", "Kategorien"]
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for c in rows:
        row = [
            _KIND_CELLS.get(c.kind, c.kind.value),  # a kind of a newer version: as stored
            c.salutation,
            c.title,
            c.first_name,
            c.last_name,
            c.organisation,
            c.function,
            c.outlet,
            c.desk,
            c.street,
            c.postal_code,
            c.city,
            c.country,
        ]
        for kind in PhoneKind:
            numbers = [_csv_number(p.e164) for p in c.phones if _column_kind(p.kind) == kind]
            row += numbers + [""] * (phone_counts[kind] - len(numbers))
        for email_kind in EmailKind:
            addresses = [e.address for e in c.emails if e.kind == email_kind]
            row += addresses + [""] * (email_counts[email_kind] - len(addresses))
        row += [c.notes, ", ".join(c.tags)]
        writer.writerow([neutralise(v) for v in row])
    return len(rows)
