"""The command line: `buergeranfragen` starts the window; subcommands call the same services.

Output is German for people and JSON Lines (one object per line) with ``--json``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import unquote

from buergeranfragen import __version__
from buergeranfragen.config import DATABASE_ENV, Settings
from buergeranfragen.contacts.records import ContactKind, ContactSummary
from buergeranfragen.errors import KnownError

if TYPE_CHECKING:
    from buergeranfragen.context import AppContext

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="buergeranfragen",
        description="Bürgeranfragen: Anfragen von Bürgern und Presse erfassen und verfolgen. "
        "Ohne Befehl öffnet sich das Programmfenster.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="Datenbank, z. B. sqlite:////pfad/datei.sqlite oder "
        "postgresql+psycopg://benutzer@server/bueroname "
        f"(auch über die Umgebungsvariable {DATABASE_ENV}; Standard: SQLite im Datenordner)",
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")

    commands.add_parser("gui", help="das Programmfenster öffnen (Standard)")
    call = commands.add_parser(
        "call",
        help="Anrufformular mit dieser Nummer öffnen (für die Telefonanlage; auch tel:-Links)",
    )
    call.add_argument("--from", dest="number", required=True, metavar="NUMMER")

    demo = commands.add_parser("demo", help="Demodaten in die gewählte Datenbank schreiben")
    demo.add_argument("--json", action="store_true", help="Ergebnis als JSON")

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
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true", help="ein JSON-Objekt je Kontakt")

    exp = actions.add_parser("export", help="alle Kontakte als vCard 4.0 oder CSV speichern")
    exp.add_argument("--format", choices=["vcf", "csv"], required=True)
    exp.add_argument("--output", type=Path, required=True, metavar="DATEI")
    mail = commands.add_parser("mail", help="E-Mails als Anfragen übernehmen")
    mail_actions = mail.add_subparsers(dest="action", metavar="AKTION", required=True)
    mail_import = mail_actions.add_parser("import", help=".eml- und .msg-Dateien übernehmen")
    mail_import.add_argument("files", nargs="+", type=Path, metavar="DATEI")
    mail_import.add_argument("--json", action="store_true", help="ein JSON-Objekt je Datei")
    fetch = mail_actions.add_parser("fetch", help="neue Mails aus den IMAP-Postfächern abrufen")
    fetch.add_argument("--json", action="store_true", help="ein JSON-Objekt je Mail")
    box = mail_actions.add_parser("mailbox", help="IMAP-Postfächer einrichten")
    box_actions = box.add_subparsers(dest="mailbox_action", metavar="AKTION", required=True)
    add = box_actions.add_parser("add", help="ein Postfach hinzufügen (Passwort wird abgefragt)")
    add.add_argument("--name", required=True)
    add.add_argument("--host", required=True)
    add.add_argument("--user", required=True)
    add.add_argument("--port", type=int)
    add.add_argument("--security", choices=["tls", "starttls", "none"], default="tls")
    add.add_argument("--folder", default="INBOX")
    add.add_argument(
        "--since", type=date.fromisoformat, metavar="JJJJ-MM-TT", help="ältere Mails nicht abrufen"
    )
    add.add_argument(
        "--move-to",
        default="",
        metavar="ORDNER",
        help="übernommene Mails in diesen Ordner verschieben",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="Passwort von der Standardeingabe lesen (für Skripte)",
    )
    box_actions.add_parser("list", help="die eingerichteten Postfächer")
    remove = box_actions.add_parser("remove", help="ein Postfach entfernen")
    remove.add_argument("mailbox_id", type=int, metavar="NR")
    return parser


def _print_json(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def summary_json(contact: ContactSummary) -> dict[str, Any]:
    return {
        "contact_id": contact.id,
        "name": contact.name,
        "organisation": contact.organisation,
        "kind": contact.kind.value,
        "phones_e164": list(contact.phones_e164),
        "emails": list(contact.emails),
    }


def display_problem(environ: dict[str, str] | os._Environ[str], platform: str) -> str | None:
    """Why a window cannot open here, as one German line, or None."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Kein Bildschirm gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). "
        "Ohne Bildschirm starten Sie das Fenster so: xvfb-run -a make run "
        "(Paket xvfb); Befehle wie 'buergeranfragen contacts find' laufen auch ohne."
    )


def _run_demo(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context
    from buergeranfragen.demo import load_demo

    context = build_context(settings)
    try:
        result = load_demo(context.contacts, context.clock, context.inquiries, context.mail)
    finally:
        context.close()
    if args.json:
        _print_json(result, out)
    else:
        out.write(
            f"Demodaten geschrieben: {result['imported']} Kontakte neu, "
            f"{result['merged']} ergänzt, {result['inquiries']} Anfragen "
            f"({settings.database_url}).\n"
        )
    return EXIT_OK


def _run_contacts(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        service = context.contacts
        if args.action == "find":
            found = service.lookup_caller(args.text, args.limit) or service.search(
                args.text, limit=args.limit
            )
            for contact in found:
                if args.json:
                    _print_json(summary_json(contact), out)
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
        if args.action == "import":
            from buergeranfragen.contacts.io.transfer import import_contact_files

            kind = ContactKind(args.kind) if args.kind else None
            counts = {"imported": 0, "merged": 0, "skipped": 0}
            unreadable = 0
            for report in import_contact_files(service, args.files, kind):
                if report.entry is None:
                    unreadable += 1
                else:
                    counts[report.status] += 1
                if args.json:
                    _print_json(report.to_json(), out)
                else:
                    label = {
                        "imported": "importiert",
                        "merged": "zusammengeführt",
                        "skipped": "übersprungen",
                    }[report.status]
                    where = f"{report.file}" + (f" #{report.entry}" if report.entry else "")
                    line = f"{where}: {label}"
                    if report.name:
                        line += f" – {report.name}"
                    if report.error:
                        line += f" ({report.error})"
                    out.write(line + "\n")
                    for warning in report.warnings:
                        out.write(f"    Hinweis: {warning}\n")
            if not args.json:
                out.write(
                    f"Ergebnis: {counts['imported']} importiert, {counts['merged']} "
                    f"zusammengeführt, {counts['skipped']} übersprungen.\n"
                )
            return EXIT_ERROR if unreadable else EXIT_OK
        if args.action == "export":
            from buergeranfragen.contacts.io.transfer import export_contacts

            count = export_contacts(service, args.format, args.output)
            out.write(f"{count} Kontakte nach {args.output} exportiert.\n")
            return EXIT_OK
    finally:
        context.close()
    return EXIT_USAGE


def _run_mail(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        if args.action == "import":
            labels = {
                "imported": "übernommen",
                "duplicate": "schon vorhanden",
                "rejected": "abgelehnt",
            }
            for report in context.mail.import_files(args.files):
                if args.json:
                    _print_json(report.to_json(), out)
                    continue
                line = f"{report.file}: {labels[report.status]}"
                if report.reference:
                    line += f" – {report.reference}"
                if report.status == "imported":
                    line += f" ({report.from_email or 'ohne Absender'}: {report.subject})"
                if report.error:
                    line += f" ({report.error})"
                out.write(line + "\n")
                for warning in report.warnings:
                    out.write(f"    Hinweis: {warning}\n")
            return EXIT_OK
        if args.action == "fetch":
            results = context.mailboxes.fetch_all()
            if not results and not args.json:
                out.write("Kein Postfach eingerichtet (buergeranfragen mail mailbox add …).\n")
            failed = False
            for result in results:
                for report in result.reports:
                    if args.json:
                        _print_json({"mailbox": result.mailbox, **report.to_json()}, out)
                if result.error:
                    failed = True
                    print(f"Fehler: {result.error}", file=sys.stderr)
                if not args.json:
                    out.write(
                        f"{result.mailbox}: {result.count('imported')} neue Anfragen, "
                        f"{result.count('duplicate')} schon vorhanden, "
                        f"{result.count('rejected')} abgelehnt.\n"
                    )
            return EXIT_ERROR if failed else EXIT_OK
        if args.action == "mailbox":
            return _run_mailbox(args, context, out)
    finally:
        context.close()
    return EXIT_USAGE


def _run_mailbox(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    from buergeranfragen.mail.imap import MailboxSettings

    service = context.mailboxes
    if args.mailbox_action == "add":
        port = args.port or {"tls": 993, "starttls": 143, "none": 143}[args.security]
        settings = MailboxSettings(
            name=args.name,
            host=args.host,
            username=args.user,
            port=port,
            security=args.security,
            folder=args.folder,
            since=args.since,
            move_to=args.move_to,
        )
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass(f"Passwort für {args.user}@{args.host}: ")
        record = service.add(settings, password)
        out.write(
            f"Postfach {record.id} „{settings.name}“ eingerichtet; "
            "das Passwort liegt im Schlüsselbund des Systems.\n"
        )
        return EXIT_OK
    if args.mailbox_action == "list":
        for record in service.configured():
            s = record.settings
            out.write(
                f"[{record.id}] {s.name}: {s.username}@{s.host}:{s.port} ({s.security}), "
                f"Ordner {s.folder}"
                + (f", ab {s.since:%d.%m.%Y}" if s.since else "")
                + (f", danach nach {s.move_to}" if s.move_to else "")
                + ("" if s.enabled else ", ausgeschaltet")
                + "\n"
            )
        return EXIT_OK
    service.remove(args.mailbox_id)
    out.write(f"Postfach {args.mailbox_id} entfernt.\n")
    return EXIT_OK


def translate_links(argv: Sequence[str]) -> list[str]:
    """`buergeranfragen tel:+492118371001` (a clicked link) means `call --from +49211…`."""
    result: list[str] = []
    for arg in argv:
        scheme, _, rest = arg.partition(":")
        if scheme.lower() in ("tel", "callto", "sip") and rest and not arg.startswith("-"):
            number = unquote(rest).lstrip("/").split(";", 1)[0].split("@", 1)[0]
            result += ["call", "--from", number]
        else:
            result.append(arg)
    return result


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(translate_links(sys.argv[1:] if argv is None else argv))
    settings = Settings.from_environment(args.database)
    try:
        if args.command == "demo":
            return _run_demo(args, settings, out)
        if args.command == "contacts":
            return _run_contacts(args, settings, out)
        if args.command == "mail":
            return _run_mail(args, settings, out)
        problem = display_problem(os.environ, sys.platform)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_ERROR
        from buergeranfragen.ui.app import run_window

        return run_window(settings, args.number if args.command == "call" else None)
    except KnownError as exc:
        print(f"Fehler: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - database drivers raise many kinds on open
        from sqlalchemy.exc import SQLAlchemyError

        from buergeranfragen.db.engine import describe_database_error

        if isinstance(exc, SQLAlchemyError):
            print(f"Fehler: {describe_database_error(exc)}", file=sys.stderr)
            return EXIT_ERROR
        raise


if __name__ == "__main__":
    sys.exit(main())
