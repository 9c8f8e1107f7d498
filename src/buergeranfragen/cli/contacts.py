"""`buergeranfragen contacts import|find|export|check-merges`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.calendar import format_local
from buergeranfragen.cli.output import (
    CONTACT_IMPORT_LABELS,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    FIELD_LABELS,
    print_json,
    summary_json,
    write_hints,
)
from buergeranfragen.config import Settings
from buergeranfragen.contacts.phones import format_for_display
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.contacts.service import ContactService


def _positive(value: str) -> int:
    """A count of at least 1 (argparse turns the ValueError into a usage error, exit 2)."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"mindestens 1, nicht {number}")
    return number


def register(commands: Any) -> None:
    contacts = commands.add_parser("contacts", help="Kontakte importieren, suchen, exportieren")
    actions = contacts.add_subparsers(dest="action", metavar="AKTION", required=True)

    imp = actions.add_parser("import", help="vCard- und CSV-Dateien importieren")
    imp.add_argument("files", nargs="+", type=Path, metavar="DATEI")
    imp.add_argument(
        "--kind",
        choices=[k.value for k in ContactKind],
        help="alle Einträge als Presse- (press) oder Bürgerkontakte (citizen) anlegen",
    )
    imp.add_argument("--json", action="store_true", help="ein JSON-Objekt je Eintrag")

    find = actions.add_parser("find", help="Kontakte nach Name, Organisation, Nummer, E-Mail")
    find.add_argument("text", metavar="TEXT-ODER-NUMMER")
    find.add_argument("--limit", type=_positive, default=50)
    find.add_argument("--json", action="store_true", help="ein JSON-Objekt je Kontakt")

    exp = actions.add_parser("export", help="alle Kontakte als vCard 4.0 oder CSV speichern")
    exp.add_argument("--format", choices=["vcf", "csv"], required=True)
    exp.add_argument("--output", type=Path, required=True, metavar="DATEI")

    check = actions.add_parser(
        "check-merges",
        help="Kontakte auflisten, denen ein Import Rufnummern oder Adressen hinzugefügt hat",
        description=(
            "Listet aus dem Änderungsprotokoll jede Zusammenführung beim Import, die einem "
            "Kontakt Rufnummern oder E-Mail-Adressen hinzugefügt hat. Gehören sie einer "
            "anderen Person, trennen Sie sie im Fenster ab (Kontakt aufteilen)."
        ),
    )
    check.add_argument("--json", action="store_true", help="ein JSON-Objekt je Zusammenführung")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        if args.action == "find":
            return _find(context.contacts, args, out)
        if args.action == "import":
            return _import(context.contacts, args, out)
        if args.action == "check-merges":
            return _check_merges(context.contacts, args, out)
        if args.action == "export":
            from buergeranfragen.contacts.io.transfer import export_contacts

            count = export_contacts(context.contacts, args.format, args.output)
            out.write(f"{count} Kontakte nach {args.output} exportiert.\n")
            return EXIT_OK
    finally:
        context.close()
    return EXIT_USAGE


def _find(service: ContactService, args: argparse.Namespace, out: TextIO) -> int:
    found = service.lookup_caller(args.text, args.limit) or service.search(
        args.text, limit=args.limit
    )
    for contact in found:
        if args.json:
            print_json(summary_json(contact), out)
        else:
            parts = [
                contact.name,
                contact.organisation,
                contact.phone_display,
                ", ".join(contact.emails),
            ]
            out.write(f"[{contact.id}] " + " | ".join(p for p in parts if p) + "\n")
    if not found and not args.json:
        out.write("Kein Kontakt gefunden.\n")
    return EXIT_OK


def _import(service: ContactService, args: argparse.Namespace, out: TextIO) -> int:
    from buergeranfragen.contacts.io.transfer import import_contact_files

    kind = ContactKind(args.kind) if args.kind else None
    counts = dict.fromkeys(CONTACT_IMPORT_LABELS, 0)
    unreadable = 0
    for report in import_contact_files(service, args.files, kind):
        if report.entry is None:
            unreadable += 1
        else:
            counts[report.status] += 1
        if args.json:
            print_json(report.to_json(), out)
            continue
        where = f"{report.file}" + (f" #{report.entry}" if report.entry else "")
        line = f"{where}: {CONTACT_IMPORT_LABELS[report.status]}"
        if report.name:
            line += f" – {report.name}"
        if report.error:
            line += f" ({report.error})"
        out.write(line + "\n")
        write_hints(report.warnings, out)
    if not args.json:
        out.write(
            f"Ergebnis: {counts['imported']} importiert, {counts['merged']} "
            f"zusammengeführt, {counts['skipped']} übersprungen.\n"
        )
    return EXIT_ERROR if unreadable else EXIT_OK


def _check_merges(service: ContactService, args: argparse.Namespace, out: TextIO) -> int:
    merges = service.import_merges()
    for merge in merges:
        if args.json:
            print_json(
                {
                    "contact_id": merge.contact_id,
                    "name": merge.name,
                    "at": merge.at.isoformat(),
                    "actor": merge.actor,
                    "added_phones_e164": list(merge.added_phones),
                    "added_emails": list(merge.added_emails),
                    "filled_fields": {field: value for field, value in merge.filled},
                },
                out,
            )
            continue
        name = merge.name or "(gelöscht)"
        when = format_local(merge.at)
        out.write(f"[{merge.contact_id}] {name} – Import am {when} ({merge.actor})\n")
        for e164 in merge.added_phones:
            out.write(f"    + Rufnummer {format_for_display(e164)}\n")
        for address in merge.added_emails:
            out.write(f"    + E-Mail-Adresse {address}\n")
        for field, value in merge.filled:
            shown = " ".join(value.split())
            out.write(f"    + {FIELD_LABELS.get(field, field)}: {shown}\n")
    if not args.json:
        if merges:
            out.write(
                f"{len(merges)} Zusammenführungen beim Import. Gehört etwas davon einer "
                "anderen Person, trennen Sie es im Fenster ab (Kontakt aufteilen).\n"
            )
        else:
            out.write("Kein Import hat einen vorhandenen Kontakt ergänzt.\n")
    return EXIT_OK
