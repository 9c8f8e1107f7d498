"""`buergeranfragen mail smtp set|show|password` and `mail outbox [--retry|--resend NR|
--mark-sent NR]`: the outgoing server and the mails waiting to be sent."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any, TextIO

from buergeranfragen.cli.output import EXIT_ERROR, EXIT_OK, print_json
from buergeranfragen.config import Settings

if TYPE_CHECKING:
    from buergeranfragen.context import AppContext
    from buergeranfragen.mail.outbox import DeliveryResult

SEND_STATE_LABELS = {
    "sending": "wird gesendet",
    "sent": "gesendet",
    "failed": "nicht gesendet",
    "unclear": "unklar (bitte prüfen)",
}


def register(mail_actions: Any) -> None:
    smtp = mail_actions.add_parser("smtp", help="den Postausgangsserver (SMTP) einrichten")
    actions = smtp.add_subparsers(dest="smtp_action", metavar="AKTION", required=True)
    change = actions.add_parser("set", help="den Server festlegen (nur Administration)")
    change.add_argument("--host", required=True)
    change.add_argument("--port", type=int, help="Standard: 465 (tls), 587 (starttls), 25 (none)")
    change.add_argument("--security", choices=["tls", "starttls", "none"], default="starttls")
    change.add_argument("--user", default="", help="leer: der Server nimmt Mails ohne Anmeldung")
    change.add_argument("--from", dest="sender", required=True, metavar="ADRESSE")
    change.add_argument("--name", default="", help="Absendername, z. B. Pressestelle")
    change.add_argument(
        "--password-stdin",
        action="store_true",
        help="Passwort von der Standardeingabe lesen (für Skripte)",
    )
    change.add_argument(
        "--allow-plaintext",
        action="store_true",
        help="bestätigt --security none: Passwort und Mails gehen unverschlüsselt übers Netz",
    )
    show = actions.add_parser("show", help="den eingerichteten Server zeigen")
    show.add_argument("--json", action="store_true", help="ein JSON-Objekt (null: keiner)")
    password = actions.add_parser(
        "password", help="das Passwort im Schlüsselbund dieses Rechners ablegen"
    )
    password.add_argument("--password-stdin", action="store_true")
    outbox = mail_actions.add_parser("outbox", help="der Postausgang: wartende Mails")
    what = outbox.add_mutually_exclusive_group()
    what.add_argument("--retry", action="store_true", help="nicht gesendete Mails erneut senden")
    what.add_argument(
        "--resend", type=int, metavar="NR", help="eine unklare Mail erneut senden (geprüft)"
    )
    what.add_argument(
        "--mark-sent", type=int, metavar="NR", help="eine unklare Mail als gesendet vermerken"
    )
    outbox.add_argument("--json", action="store_true", help="ein JSON-Objekt je Mail")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """``mail smtp …`` and ``mail outbox …`` (called by ``cli/mail.run``)."""
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        if args.action == "smtp":
            return _smtp(context, args, out)
        return _outbox(context, args, out)
    finally:
        context.close()


def _password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)


def _smtp(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    from buergeranfragen.mail.smtp_settings import DEFAULT_PORTS, SmtpSettings

    service = context.smtp
    if args.smtp_action == "set":
        wanted = SmtpSettings(
            host=args.host,
            sender_email=args.sender,
            port=DEFAULT_PORTS[args.security] if args.port is None else args.port,
            security=args.security,
            username=args.user,
            sender_name=args.name,
        )
        password = None
        if wanted.username.strip() and (args.password_stdin or sys.stdin.isatty()):
            password = _password(args, f"Passwort für {wanted.username}@{wanted.host}: ") or None
        stored = service.set(wanted, password, allow_plaintext=args.allow_plaintext)
        out.write(
            f"Postausgangsserver {stored.host}:{stored.port} ({stored.security}) eingerichtet, "
            f"Absender {stored.sender_email}"
            + ("; das Passwort liegt im Schlüsselbund des Systems.\n" if stored.username else ".\n")
        )
        return EXIT_OK
    if args.smtp_action == "password":
        service.store_password(_password(args, "Passwort des Postausgangsservers: "))
        out.write("Das Passwort liegt im Schlüsselbund dieses Rechners.\n")
        return EXIT_OK
    current = service.show()
    stored_here = current is not None and service.has_password(current)
    if args.json:
        print_json(
            None if current is None else {**current.to_json(), "password_stored": stored_here},
            out,
        )
    elif current is None:
        out.write("Kein Postausgangsserver eingerichtet (buergeranfragen mail smtp set …).\n")
    else:
        sender = f"{current.sender_name} <{current.sender_email}>".strip()
        login = (
            f"Anmeldung als {current.username}"
            + ("" if stored_here else " (Passwort fehlt auf diesem Rechner)")
            if current.username
            else "ohne Anmeldung"
        )
        out.write(
            f"Server {current.host}:{current.port} ({current.security}), {login}\n"
            f"Absender: {sender}\n"
        )
    return EXIT_OK


def _result_json(result: DeliveryResult) -> dict[str, object]:
    return {
        "id": result.message_row_id,
        "state": result.state.value,
        "sent": result.sent_now,
        "reason": None if result.reason is None else result.reason.render(),
        "permanent": result.permanent,
    }


def _write_result(result: DeliveryResult, json: bool, out: TextIO) -> None:
    if json:
        print_json(_result_json(result), out)
        return
    line = f"Nr. {result.message_row_id}: {SEND_STATE_LABELS[result.state.value]}"
    out.write(line + (f" ({result.reason})" if result.reason else "") + "\n")


def _outbox(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    outbox = context.outbox
    if args.mark_sent is not None:
        outbox.mark_sent(args.mark_sent)
        out.write(f"Nr. {args.mark_sent} als gesendet vermerkt.\n")
        return EXIT_OK
    if args.resend is not None or args.retry:
        if args.resend is not None:
            results = [outbox.resend(args.resend)]
        else:
            report = outbox.retry()
            results = report.results
            for row_id in report.unclear:
                if not args.json:
                    out.write(
                        f"Nr. {row_id}: unklar – beim Senden unterbrochen; bitte prüfen, ob "
                        "sie ankam (--resend NR oder --mark-sent NR).\n"
                    )
        for result in results:
            _write_result(result, args.json, out)
        if not results and not args.json:
            out.write("Nichts zu senden.\n")
        failed = any(r.state.value != "sent" for r in results)
        return EXIT_ERROR if failed else EXIT_OK
    entries = outbox.entries()
    for entry in entries:
        if args.json:
            print_json(entry.to_json(), out)
            continue
        out.write(
            f"[{entry.id}] {entry.reference} {entry.at:%d.%m.%Y %H:%M} UTC – "
            f"{SEND_STATE_LABELS[entry.state.value]}, {entry.attempts} Versuch(e)\n"
            f"    An: {entry.to or '–'}; Betreff: {entry.subject or '–'}\n"
            + (f"    Grund: {entry.reason}\n" if entry.reason else "")
        )
    if not entries and not args.json:
        out.write("Der Postausgang ist leer.\n")
    return EXIT_OK
