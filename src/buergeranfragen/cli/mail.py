"""`buergeranfragen mail import|fetch|mailbox`."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from buergeranfragen.cli.output import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    MAIL_LABELS,
    print_json,
    write_hints,
)
from buergeranfragen.config import Settings

if TYPE_CHECKING:
    from buergeranfragen.context import AppContext


def register(commands: Any) -> None:
    mail = commands.add_parser("mail", help="E-Mails als Anfragen übernehmen")
    mail_actions = mail.add_subparsers(dest="action", metavar="AKTION", required=True)
    mail_import = mail_actions.add_parser("import", help=".eml- und .msg-Dateien übernehmen")
    mail_import.add_argument("files", nargs="+", type=Path, metavar="DATEI")
    mail_import.add_argument("--json", action="store_true", help="ein JSON-Objekt je Datei")
    fetch = mail_actions.add_parser("fetch", help="neue Mails aus den IMAP-Postfächern abrufen")
    fetch.add_argument("--json", action="store_true", help="ein JSON-Objekt je Mail")
    _register_mailbox(mail_actions)


def _register_mailbox(mail_actions: Any) -> None:
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


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        if args.action == "import":
            return _import(context, args, out)
        if args.action == "fetch":
            return _fetch(context, args, out)
        if args.action == "mailbox":
            return _mailbox(context, args, out)
    finally:
        context.close()
    return EXIT_USAGE


def _import(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    unreadable = False
    for report in context.mail.import_files(args.files):
        unreadable = unreadable or report.unreadable
        if args.json:
            print_json(report.to_json(), out)
            continue
        line = f"{report.file}: {MAIL_LABELS[report.status]}"
        if report.reference:
            line += f" – {report.reference}"
        if report.status == "imported":
            line += f" ({report.from_email or 'ohne Absender'}: {report.subject})"
        if report.error:
            line += f" ({report.error})"
        out.write(line + "\n")
        write_hints(report.warnings, out)
    return EXIT_ERROR if unreadable else EXIT_OK


def _fetch(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    results = context.mailboxes.fetch_all()
    if not results and not args.json:
        out.write("Kein Postfach eingerichtet (buergeranfragen mail mailbox add …).\n")
    failed = False
    for result in results:
        for report in result.reports:
            if args.json:
                print_json({"mailbox": result.mailbox, **report.to_json()}, out)
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


def _mailbox(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
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
