"""`buergeranfragen mail import|fetch|rejected|retry|mailbox|smtp|outbox` (the last two in
``cli/smtp.py``)."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from buergeranfragen.cli import smtp
from buergeranfragen.cli.output import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    MAIL_LABELS,
    print_error,
    print_json,
    write_hints,
)
from buergeranfragen.config import Settings

if TYPE_CHECKING:
    from buergeranfragen.context import AppContext
    from buergeranfragen.mail.intake import MailReport


def register(commands: Any) -> None:
    mail = commands.add_parser("mail", help="E-Mails als Anfragen übernehmen")
    mail_actions = mail.add_subparsers(dest="action", metavar="AKTION", required=True)
    mail_import = mail_actions.add_parser("import", help=".eml- und .msg-Dateien übernehmen")
    mail_import.add_argument("files", nargs="+", type=Path, metavar="DATEI")
    mail_import.add_argument("--json", action="store_true", help="ein JSON-Objekt je Datei")
    fetch = mail_actions.add_parser("fetch", help="neue Mails aus den IMAP-Postfächern abrufen")
    fetch.add_argument("--json", action="store_true", help="ein JSON-Objekt je Mail")
    rejected = mail_actions.add_parser(
        "rejected", help="die nicht übernommenen Mails (Originale in der Datenbank)"
    )
    rejected.add_argument("--json", action="store_true", help="ein JSON-Objekt je Mail")
    rejected.add_argument(
        "--save",
        nargs=2,
        action=_SaveArguments,
        metavar=("NR", "DATEI"),
        help="das Original in eine neue Datei schreiben (eine vorhandene bleibt unverändert)",
    )
    rejected.add_argument("--delete", type=int, metavar="NR", help="aus der Liste löschen")
    retry = mail_actions.add_parser("retry", help="eine nicht übernommene Mail erneut übernehmen")
    retry.add_argument("entry_ids", nargs="+", type=int, metavar="NR")
    retry.add_argument("--json", action="store_true", help="ein JSON-Objekt je Mail")
    _register_mailbox(mail_actions)
    smtp.register(mail_actions)


class _SaveArguments(argparse.Action):
    """``--save NR DATEI``: NR a number (a usage error otherwise), DATEI a path."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        number, target = values
        if not number.isdigit():
            parser.error(f"--save: NR muss eine Zahl sein, nicht {number!r}")
        setattr(namespace, self.dest, (int(number), Path(target)))


def _register_mailbox(mail_actions: Any) -> None:
    box = mail_actions.add_parser("mailbox", help="IMAP-Postfächer einrichten")
    box_actions = box.add_subparsers(dest="mailbox_action", metavar="AKTION", required=True)
    add = box_actions.add_parser("add", help="ein Postfach hinzufügen (Passwort wird abgefragt)")
    add.add_argument("--name", required=True)
    add.add_argument("--host", required=True)
    add.add_argument("--user", required=True)
    add.add_argument("--port", type=int)
    add.add_argument("--security", choices=["tls", "starttls", "none"], default="tls")
    add.add_argument(
        "--allow-plaintext",
        action="store_true",
        help="bestätigt --security none: Passwort und Mails gehen unverschlüsselt übers Netz",
    )
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

    if args.action in ("smtp", "outbox"):
        return smtp.run(args, settings, out)
    if getattr(args, "mailbox_action", None) == "add" and args.security == "none":
        if not args.allow_plaintext:
            print(PLAINTEXT_WARNING + PLAINTEXT_CONFIRM, file=sys.stderr)
            return EXIT_USAGE
        print("Warnung: " + PLAINTEXT_WARNING, file=sys.stderr)
    context = build_context(settings)
    try:
        if args.action == "import":
            return _import(context, args, out)
        if args.action == "fetch":
            return _fetch(context, args, out)
        if args.action == "mailbox":
            return _mailbox(context, args, out)
        if args.action == "rejected":
            return _rejected(context, args, out)
        if args.action == "retry":
            return _retry(context, args, out)
    finally:
        context.close()
    return EXIT_USAGE


PLAINTEXT_WARNING = (
    "Mit --security none gehen das Passwort und alle Mails unverschlüsselt über das Netz; "
    "wer mitliest, kann sie lesen.\n"
)
PLAINTEXT_CONFIRM = "Wenn das wirklich gewollt ist, mit --allow-plaintext bestätigen.\n"


def _write_report(report: MailReport, json: bool, out: TextIO) -> None:
    if json:
        print_json(report.to_json(), out)
        return
    line = f"{report.file}: {MAIL_LABELS[report.status]}"
    if report.reference:
        line += f" – {report.reference}"
    if report.status in ("imported", "threaded"):
        line += f" ({report.from_email or 'ohne Absender'}: {report.subject})"
    if report.linked_reference:
        line += f" [nennt {report.linked_reference}, Absender dort unbekannt: neue Anfrage]"
    if report.error:
        line += f" ({report.error})"
    if report.rejected_id is not None:
        line += f" [nicht übernommen, Nr. {report.rejected_id}]"
    out.write(line + "\n")
    write_hints(report.warnings, out)


def _import(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    failed = False
    for report in context.mail.import_files(args.files):
        _write_report(report, args.json, out)
        failed = failed or report.unreadable or report.status == "retry"
    return EXIT_ERROR if failed else EXIT_OK


def _rejected(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    store = context.inquiries.rejected
    if args.save:
        number, target = args.save
        path = store.save_original(number, target)
        out.write(f"Original von Nr. {number} gespeichert als {path}.\n")
        return EXIT_OK
    if args.delete is not None:
        store.delete(args.delete)
        out.write(f"Nr. {args.delete} aus der Liste „Nicht übernommen“ gelöscht.\n")
        return EXIT_OK
    entries = store.entries()
    for entry in entries:
        if args.json:
            print_json(entry.to_json(), out)
            continue
        out.write(
            f"[{entry.id}] {entry.rejected_at:%d.%m.%Y %H:%M} UTC {entry.source}\n"
            f"    Absender: {entry.sender or '–'}; Betreff: {entry.subject or '–'}\n"
            f"    Grund: {entry.reason}\n"
        )
    if not entries and not args.json:
        out.write("Keine nicht übernommenen Mails.\n")
    return EXIT_OK


def _retry(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    retry = False
    for entry_id in args.entry_ids:
        report = context.mail.retry_rejected(entry_id)
        _write_report(report, args.json, out)
        retry = retry or report.status == "retry"
    return EXIT_ERROR if retry else EXIT_OK


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
            print_error(str(result.error))
        if not args.json:
            out.write(
                f"{result.mailbox}: {result.count('imported')} neue Anfragen, "
                f"{result.count('duplicate')} schon vorhanden, "
                f"{result.count('rejected')} abgelehnt"
                + (
                    f", {result.count('retry')} folgen beim nächsten Abruf"
                    if result.count("retry")
                    else ""
                )
                + ".\n"
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
