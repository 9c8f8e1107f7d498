"""`buergeranfragen inquiries reply|forward`: answering the citizen and forwarding to a
department by mail, on ``answering.sending.SendingService``; and the conversation of ``show``
(``messages`` in ``--json``).

A reply is stored on the inquiry first and then handed to the mail server; when the server
cannot take it, it stays in the outbox (``mail outbox``) and the command says so - exit 0,
since nothing is lost and it is sent by the next retry."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from buergeranfragen.answering.sending import Sent
from buergeranfragen.calendar import format_local
from buergeranfragen.cli.output import EXIT_OK, for_people, print_json
from buergeranfragen.cli.refusals import Refused
from buergeranfragen.conversation.records import Direction, MessageKind, SendState
from buergeranfragen.conversation.timeline import Entry, conversation
from buergeranfragen.input_files import UnreadableInput, read_input_file
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus

if TYPE_CHECKING:
    from buergeranfragen.context import AppContext

TEXT_FILE_LIMIT = 1024 * 1024  # bytes of a reply's text file
REPLY_STATES = {"beantwortet": InquiryStatus.ANSWERED, "rueckfrage": InquiryStatus.WAITING}


def register_answering(actions: Any, reference: Any, expect_version: Any) -> None:
    reply = actions.add_parser(
        "reply", help="dem Bürger per Mail antworten (mit Aktenzeichen, Zitat und Verlauf)"
    )
    reference(reply)
    source = reply.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", metavar="NAME", help="ein Textbaustein (templates list)")
    source.add_argument("--text-file", type=Path, metavar="DATEI", help="der Text (UTF-8)")
    reply.add_argument(
        "--status",
        choices=sorted(REPLY_STATES),
        default="beantwortet",
        help="danach „Beantwortet“ (Vorgabe) oder „Rückfrage“, wenn die Antwort nachfragt",
    )
    reply.add_argument(
        "--interim",
        action="store_true",
        help="eine Zwischennachricht: die Anfrage bleibt offen",
    )
    reply.add_argument("--subject", default="", metavar="BETREFF", help="statt „AW: …“")
    expect_version(reply)

    forward = actions.add_parser(
        "forward", help="an eine Abteilung weiterleiten (die Original-Mail vollständig angehängt)"
    )
    reference(forward)
    forward.add_argument("--department", required=True, metavar="KÜRZEL", help="z. B. MSB")
    cover = forward.add_mutually_exclusive_group()
    cover.add_argument("--note", default="", metavar="TEXT", help="ein kurzes Anschreiben")
    cover.add_argument("--template", metavar="NAME", help="das Anschreiben aus einem Textbaustein")
    expect_version(forward)


def _text_of(context: AppContext, args: argparse.Namespace, inquiry_id: int) -> tuple[str, str]:
    """The reply's text and subject: from a template or a file."""
    if args.text_file is not None:
        try:
            data = read_input_file(args.text_file, TEXT_FILE_LIMIT)
        except UnreadableInput as exc:
            raise Refused(exc.reason.render()) from exc
        return data.decode("utf-8", errors="replace"), args.subject
    rendered = context.templates.render(args.template, inquiry_id)
    return rendered.body, args.subject or rendered.subject


def _reply(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    inquiry_id = context.handling.id_of(args.reference)
    text, subject = _text_of(context, args, inquiry_id)
    sent = context.sending.reply(
        inquiry_id,
        text,
        subject=subject,
        status=REPLY_STATES[args.status],
        interim=args.interim,
        version=args.expect_version,
    )
    return _sent(sent, "Antwort", args, out)


def _forward(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    inquiry_id = context.handling.id_of(args.reference)
    note = args.note
    if args.template:
        note = context.templates.render(args.template, inquiry_id).body
    sent = context.sending.forward(
        inquiry_id, args.department, note=note, version=args.expect_version
    )
    return _sent(sent, "Weiterleitung", args, out)


ANSWERING = {"reply": _reply, "forward": _forward}  # the runners, by action


def _sent(sent: Sent, what: str, args: argparse.Namespace, out: TextIO) -> int:
    from buergeranfragen.cli.inquiries import inquiry_json

    if args.json:
        print_json({**inquiry_json(sent.record), "sent": _state(sent.state)}, out)
        return EXIT_OK
    reference = sent.record.reference
    if sent.state == SendState.SENT:
        line = f"{what} zu {reference} gesendet."
    else:
        reason = f" ({sent.error})" if sent.error else ""
        line = (
            f"{what} zu {reference} gespeichert; noch nicht gesendet{reason}. Sie liegt im "
            "Postausgang und wird erneut versucht (mail outbox)."
        )
    out.write(for_people(line) + "\n")
    return EXIT_OK


def _state(state: SendState) -> str:
    return state.value


# -- the conversation -----------------------------------------------------------------------------

_KIND_NAMES = {
    MessageKind.MAIL: "Mail",
    MessageKind.CALL: "Anruf",
    MessageKind.REPLY: "Antwort",
    MessageKind.INTERIM: "Zwischennachricht",
    MessageKind.FORWARD: "Weiterleitung",
    MessageKind.CALLBACK: "Rückruf",
    MessageKind.PHONE_ANSWER: "telefonisch beantwortet",
    MessageKind.LETTER: "Brief",
    MessageKind.NOTE: "Notiz",
}
_STATE_NAMES = {
    SendState.SENDING: "wird gesendet",
    SendState.SENT: "gesendet",
    SendState.FAILED: "nicht gesendet",
    SendState.UNCLEAR: "unklar, ob gesendet",
}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def message_json(entry: Entry) -> dict[str, Any]:
    return {
        "direction": entry.direction.value,
        "kind": entry.kind.value,
        "at": _iso(entry.at),
        "author": entry.author,
        "from": entry.sender,
        "to": entry.to,
        "subject": entry.subject,
        "text": entry.text,
        "send_state": entry.send_state.value if entry.send_state else None,
        "department_code": entry.department or None,
    }


def messages_json(record: InquiryRecord) -> list[dict[str, Any]]:
    return [message_json(entry) for entry in conversation(record)]


def conversation_text(record: InquiryRecord) -> str:
    """The conversation for people: one head line per message, its text indented below
    (at most 20 lines each; ``--json`` has it whole)."""
    lines = ["Nachrichten:"]
    for entry in conversation(record):
        arrow = {Direction.IN: "←", Direction.OUT: "→", Direction.NOTE: "•"}[entry.direction]
        who = entry.author if entry.direction != Direction.IN else entry.sender
        head = f"  {format_local(entry.at)}  {arrow} {_KIND_NAMES.get(entry.kind, entry.kind)}"
        if who:
            head += f", {who}"
        if entry.to:
            head += f" an {entry.to}"
        if entry.send_state is not None:
            head += f" ({_STATE_NAMES.get(entry.send_state, entry.send_state)})"
        lines.append(for_people(head))
        body = entry.text.strip().splitlines()
        for line in body[:20]:
            lines.append(for_people(f"        {line}"))
        if len(body) > 20:
            lines.append(f"        … ({len(body) - 20} weitere Zeilen)")
    return "\n".join(lines) + "\n"
