"""`buergeranfragen backup FILE` and `buergeranfragen restore FILE [--yes]` (SQLite only; for
PostgreSQL the message advises pg_dump/pg_restore)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.calendar import format_local
from buergeranfragen.cli.output import EXIT_ERROR, EXIT_OK
from buergeranfragen.clock import system_clock
from buergeranfragen.config import Settings
from buergeranfragen.db.backup import backup_database, check_backup, restore_database
from buergeranfragen.input_files import shown_path


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="die Datenbank in eine Datei sichern (auch während das Programm läuft)",
        description="Kopiert die SQLite-Datenbank in sich stimmig in DATEI (nur für den "
        "Benutzer lesbar), auch während andere Plätze arbeiten. PostgreSQL: pg_dump.",
    )
    backup.add_argument("file", type=Path, metavar="DATEI")
    backup.add_argument("--force", action="store_true", help="eine vorhandene Datei ersetzen")
    restore = commands.add_parser(
        "restore",
        help="die Datenbank aus einer Sicherung wiederherstellen",
        description="Prüft DATEI (SQLite, unbeschädigt, Schema-Stand dieser oder einer älteren "
        "Version) und ersetzt dann die Datenbank; die bisherige Datei bleibt daneben "
        "erhalten (…vor-wiederherstellung-DATUM…). Alle Fenster, die die Datenbank "
        "benutzen, müssen geschlossen sein.",
    )
    restore.add_argument("file", type=Path, metavar="DATEI")
    restore.add_argument("--yes", action="store_true", help="ohne Rückfrage wiederherstellen")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    if args.command == "backup":
        target = backup_database(settings.database_url, args.file, overwrite=args.force)
        out.write(f"Gesichert nach {shown_path(target)}.\n")
        return EXIT_OK
    facts = check_backup(args.file)
    out.write(
        f"Sicherung {shown_path(args.file)} vom {format_local(facts.written_at)}: "
        f"{facts.inquiries} Anfragen, {facts.contacts} Kontakte (Stand {facts.revision}).\n"
    )
    if not args.yes:
        out.write("Die jetzige Datenbank wird dadurch ersetzt. Wiederherstellen? [j/N] ")
        out.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("j", "ja", "y", "yes"):
            out.write("Abgebrochen; es wurde nichts geändert.\n")
            return EXIT_ERROR
    result = restore_database(settings.database_url, args.file, system_clock)
    out.write("Wiederhergestellt.")
    if result.kept is not None:
        out.write(f" Die bisherige Datenbank liegt unter {shown_path(result.kept)}.")
    if result.upgraded_from is not None:
        out.write(f" Das Schema wurde von Stand {result.upgraded_from} aktualisiert.")
    out.write("\n")
    return EXIT_OK
