"""`buergeranfragen privacy export CONTACT --output DIR` (Art. 15: everything stored about one
person as JSON and PDF) and `privacy erase CONTACT [--yes]` (Art. 17: the person and everything
tied to them). CONTACT: the contact's number, an email address or a phone number in any
writing; a value of several contacts is refused with their numbers and names."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_ERROR, EXIT_OK, print_error
from buergeranfragen.config import Settings
from buergeranfragen.privacy.person_data import ErasureCounts

ACTIONS = ("export", "erase")
CONTACT_HELP = "Kontaktnummer, E-Mail-Adresse oder Rufnummer (in jeder Schreibweise)"


def register_actions(actions: Any) -> None:
    """The subcommands in the `privacy` group (``cli/privacy.py``)."""
    export = actions.add_parser(
        "export", help="Auskunft nach Art. 15 DSGVO: alle Daten einer Person als JSON und PDF"
    )
    export.add_argument("contact", metavar="KONTAKT", help=CONTACT_HELP)
    export.add_argument("--output", metavar="ORDNER", required=True, help="Zielordner")
    export.add_argument("--force", action="store_true", help="vorhandene Dateien überschreiben")
    erase = actions.add_parser(
        "erase", help="Löschung nach Art. 17 DSGVO: die Person und alles zu ihr (Administration)"
    )
    erase.add_argument("contact", metavar="KONTAKT", help=CONTACT_HELP)
    erase.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen")


def _counts_text(counts: ErasureCounts) -> str:
    return (
        f"Kontakt {counts.contact_id} ({counts.name or '(ohne Namen)'}) mit allem, was an der "
        f"Person hängt (Anfragen: {counts.inquiries}, Nachrichten: {counts.messages}, "
        f"Anhänge: {counts.attachments}, Original-Mails: {counts.originals})"
    )


def run_action(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        service = context.person_data
        contact_id = service.resolve(args.contact)
        if args.action == "export":
            result = service.export(contact_id, Path(args.output), force=args.force)
            out.write(f"Auskunft zu Kontakt {result.contact_id} ({result.name}) geschrieben:\n")
            out.write("".join(f"  {path}\n" for path in result.paths))
            return EXIT_OK
        preview = service.erasure_preview(contact_id)
        if not args.yes:
            if not sys.stdin.isatty():
                print_error(
                    "Ohne Terminal wird nur mit --yes gelöscht. Gelöscht würde: "
                    + _counts_text(preview)
                    + "."
                )
                return EXIT_ERROR
            out.write(f"Gelöscht wird endgültig: {_counts_text(preview)}.\n")
            out.write("Wirklich löschen? Bitte „ja“ eingeben: ")
            out.flush()
            if sys.stdin.readline().strip().lower() != "ja":
                out.write("Nicht gelöscht.\n")
                return EXIT_ERROR
        done = service.erase(contact_id)
        out.write(f"Gelöscht: {_counts_text(done)}.\n")
        return EXIT_OK
    finally:
        context.close()
