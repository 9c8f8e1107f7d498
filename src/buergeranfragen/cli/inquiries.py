"""`buergeranfragen inquiries show|route|assign|status|note|reply|forward`: one inquiry on the
command line, on ``inquiries.handling.HandlingService`` (replies and forwards:
``cli/answering.py``) (what may be done is decided there and in
``workflow.states``, not here).

A refused step (forbidden transition, unknown state, department, person or reference, a
missing reason) changes nothing and exits 2 with one German line on stderr; an error of the
environment (database) stays exit 1 (``main``). ``--json`` prints the inquiry as ``show
--json`` does, also after a change. Text from outside (subject, contact, notes, reasons) is
written out for people (control and direction characters as ``⟨U+202E⟩``) and kept as it is in
JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from buergeranfragen.calendar import format_local
from buergeranfragen.cli import answering
from buergeranfragen.cli.answering import register_answering
from buergeranfragen.cli.inquiry_list import register_list, run_list
from buergeranfragen.cli.output import (
    CHANNEL_LABELS,
    EXIT_OK,
    EXIT_USAGE,
    INQUIRY_KIND_LABELS,
    for_people,
    print_error,
    print_json,
)
from buergeranfragen.cli.refusals import Refused, parse_state
from buergeranfragen.config import Settings
from buergeranfragen.errors import DatabaseUnavailable, KnownError
from buergeranfragen.inquiries.handling import NOTE_LIMIT
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus, InquiryStep
from buergeranfragen.inquiries.steps import StepKind
from buergeranfragen.runtime import log, log_message
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.states import state_name, targets

if TYPE_CHECKING:
    from buergeranfragen.context import AppContext

Action = Callable[["AppContext", argparse.Namespace, TextIO], int]


# -- the parser ---------------------------------------------------------------------------------


def register(commands: Any) -> None:
    group = commands.add_parser(
        "inquiries", help="Anfragen auflisten, zeigen, verteilen, zuweisen, ihren Status ändern"
    )
    actions = group.add_subparsers(dest="action", metavar="AKTION", required=True)
    register_list(actions)
    register_handling(actions)
    register_answering(actions, _reference, _expect_version)


def register_handling(actions: Any) -> None:
    """show, route, assign, status, note (the runners are in ``HANDLING``)."""
    show = actions.add_parser("show", help="eine Anfrage mit Verteilung, Frist und Verlauf")
    _reference(show)

    route = actions.add_parser("route", help="an eine Abteilung verteilen (von Hand)")
    _reference(route)
    route.add_argument("--department", required=True, metavar="KÜRZEL", help="z. B. MSB")
    route.add_argument("--assignee", metavar="BENUTZER", help="auch gleich jemandem zuweisen")
    route.add_argument(
        "--reason", default="", metavar="TEXT", help="warum (Pflicht, wenn sie weitergeht)"
    )
    _expect_version(route)

    assign = actions.add_parser("assign", help="jemandem zuweisen oder mit --nobody niemandem")
    _reference(assign)
    assign.add_argument("user", nargs="?", metavar="BENUTZER", help="die Anmeldung am Rechner")
    assign.add_argument("--nobody", action="store_true", help="niemandem zuweisen")
    assign.add_argument("--reason", default="", metavar="TEXT")
    _expect_version(assign)

    status = actions.add_parser(
        "status",
        help="den Status ändern (nur erlaubte Schritte)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="STATUS, als Wert oder deutscher Name (Groß-/Kleinschreibung und Umlaute egal):\n"
        + "\n".join(f"  {s.value:<18} {state_name(s).render()}" for s in InquiryStatus),
    )
    _reference(status)
    status.add_argument("state", metavar="STATUS", help="z. B. in_progress oder „In Bearbeitung“")
    status.add_argument(
        "--comment",
        default="",
        metavar="TEXT",
        help="Pflicht beim Wieder öffnen und beim Abschließen ohne Antwort",
    )
    status.add_argument(
        "--to", default="", dest="handed_to", metavar="STELLE", help="bei abgegeben: an wen"
    )
    _expect_version(status)

    note = actions.add_parser("note", help="eine interne Notiz anfügen")
    _reference(note)
    note.add_argument("text", metavar="TEXT", help="- liest die Notiz von der Standardeingabe")


def _expect_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="nur ändern, wenn die Anfrage noch den Stand N hat („version“ aus show --json); "
        "hat sie inzwischen jemand geändert, wird nichts geändert und gesagt, wer",
    )


def _reference(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reference", metavar="AKTENZEICHEN", help="z. B. BA-2026-00012")
    parser.add_argument("--json", action="store_true", help="die Anfrage als ein JSON-Objekt")


# -- running ------------------------------------------------------------------------------------


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    if args.action == "list":
        return run_list(args, settings, out)
    action = HANDLING.get(args.action)
    if action is None:
        return EXIT_USAGE
    context = build_context(settings)
    try:
        return action(context, args, out)
    except DatabaseUnavailable:
        raise  # the environment, not the command line: exit 1 (``main``)
    except KnownError as exc:
        log.warning("inquiries %s refused: %s", args.action, log_message(exc.reason))
        return _refused(exc.message)
    except Refused as exc:
        return _refused(str(exc))
    finally:
        context.close()


def _refused(text: str) -> int:
    print_error(text)
    return EXIT_USAGE


def _show(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    record = context.inquiries.get(context.handling.id_of(args.reference))
    context.reading.opened_inquiry(record.id)  # written when the context closes
    if args.json:
        print_json(inquiry_json(record), out)
    else:
        out.write(inquiry_text(record))
    return EXIT_OK


def _route(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    handling = context.handling
    record = handling.route(
        handling.id_of(args.reference),
        args.department,
        assignee=args.assignee,
        reason=args.reason,
        version=args.expect_version,
    )
    routing = record.routing
    line = f"{record.reference} ist jetzt an {routing.department_code} verteilt"
    if routing.assignee:
        line += f" und {routing.assignee} zugewiesen"
    return _done(record, f"{line}.", args, out)


def _assign(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    if args.nobody == bool(args.user):
        raise Refused("Bitte entweder BENUTZER oder --nobody angeben.")
    handling = context.handling
    record = handling.assign(
        handling.id_of(args.reference),
        args.user,
        reason=args.reason,
        version=args.expect_version,
    )
    who = record.routing.assignee
    line = f"{record.reference} ist jetzt {who or 'niemandem'} zugewiesen."
    return _done(record, line, args, out)


def _status(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    status = parse_state(args.state)
    handling = context.handling
    record = handling.change_status(
        handling.id_of(args.reference),
        status,
        comment=args.comment,
        handed_to=args.handed_to,
        version=args.expect_version,
    )
    return _done(
        record, f"{record.reference} ist jetzt „{state_name(record.status).render()}“.", args, out
    )


def _note(context: AppContext, args: argparse.Namespace, out: TextIO) -> int:
    text = _standard_input() if args.text == "-" else args.text
    handling = context.handling
    record = handling.add_note(handling.id_of(args.reference), text)
    return _done(record, f"Notiz zu {record.reference} gespeichert.", args, out)


def _done(record: InquiryRecord, line: str, args: argparse.Namespace, out: TextIO) -> int:
    if args.json:
        print_json(inquiry_json(record), out)
    else:
        out.write(for_people(line) + "\n")
    return EXIT_OK


HANDLING: dict[str, Action] = {
    "show": _show,
    "route": _route,
    "assign": _assign,
    "status": _status,
    "note": _note,
    **answering.ANSWERING,
}


def _standard_input() -> str:
    """The note piped in: UTF-8 (what is not, replaced), at most ``NOTE_LIMIT`` characters -
    a longer input is refused without reading it all."""
    most = NOTE_LIMIT * 4  # bytes of the longest note
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data: bytes = stream.read(most + 1)
        text = data[:most].decode("utf-8", errors="replace")
        longer = len(data) > most
    else:
        text = sys.stdin.read(most + 1)
        longer = len(text) > most
    if longer:
        raise Refused(f"Die Notiz ist zu lang: höchstens {NOTE_LIMIT} Zeichen, bitte kürzen.")
    return text


# -- the inquiry for people ---------------------------------------------------------------------


def _indented(text: str, indent: str) -> str:
    return "\n".join(indent + line for line in for_people(text).split("\n"))


def _label(labels: dict[Any, str], value: object) -> str:
    return str(labels.get(value) or f"unbekannt ({value})")


def inquiry_text(record: InquiryRecord) -> str:
    routing = record.routing
    department = (
        f"{routing.department_code} – {routing.department_name}"
        if routing.department_code
        else "nicht zugeordnet"
    )
    if routing.rule_name:
        why = f"Regel „{routing.rule_name}“" + (f": {routing.reason}" if routing.reason else "")
    elif routing.department_code:
        why = "von Hand" + (f": {routing.reason}" if routing.reason else "")
    else:
        why = "–"
    lines = [
        f"{record.reference}  {state_name(record.status).render()}",
        f"Eingang:     {format_local(record.received_at)}, "
        f"{_label(CHANNEL_LABELS, record.channel)}, {_label(INQUIRY_KIND_LABELS, record.kind)}",
        f"Kontakt:     {record.contact_name or '–'}",
        f"Betreff:     {record.subject or '–'}",
        f"Abteilung:   {department}",
        f"Bearbeitung: {routing.assignee or '–'}",
        f"Fällig:      {format_local(routing.due_at) or '–'}",
        f"Verteilt:    {why}",
    ]
    if record.linked_reference:  # a stranger's mail named that inquiry's reference
        lines.append(f"Verweist auf: {record.linked_reference}")
    nexts = ", ".join(state_name(s).render() for s in targets(record.status))
    lines.append(f"Weiter zu:   {nexts or '–'}")
    text = "\n".join(for_people(line) for line in lines) + "\nVerlauf:\n"
    text += "".join(step_text(step) for step in record.steps)
    return text + answering.conversation_text(record)


def _state(value: str) -> str:
    return state_name(from_storage(InquiryStatus, value)).render() if value else "–"


def step_text(step: InquiryStep) -> str:
    """One step of the history: when, who, what, and its comment indented below."""
    if step.kind == StepKind.RECEIVED:
        what = f"eingegangen, {_state(step.to_value)}"
    elif step.kind in (StepKind.ROUTED, StepKind.ROUTED_BY_RULE):
        how = "verteilt nach Regel" if step.kind == StepKind.ROUTED_BY_RULE else "verteilt"
        what = f"{how}: {step.from_value or '–'} → {step.to_value}"
        if step.department_name:
            what += f" ({step.department_name})"
    elif step.kind == StepKind.ASSIGNED:
        what = f"zugewiesen: {step.from_value or '–'} → {step.to_value or 'niemand'}"
    elif step.kind == StepKind.STATUS:
        what = f"Status: {_state(step.from_value)} → {_state(step.to_value)}"
        if step.handed_to:
            what += f", an {step.handed_to}"
    elif step.kind == StepKind.NOTE:
        what = "Notiz"
    else:  # a kind of a newer version
        what = f"{step.kind}: {step.from_value} → {step.to_value}"
    line = for_people(f"  {format_local(step.at)}  {step.actor:<12} {what}") + "\n"
    if step.comment:
        line += _indented(step.comment, "        ") + "\n"
    return line


# -- the inquiry for programs -------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def inquiry_json(record: InquiryRecord) -> dict[str, Any]:
    """The object of ``show --json`` (README "Anfragen auf der Kommandozeile"); values as
    stored, nothing written out."""
    routing = record.routing
    return {
        "reference": record.reference,
        "version": record.version,
        "status": record.status.value,
        "kind": record.kind.value,
        "channel": record.channel.value,
        "received_at": _iso(record.received_at),
        "department": routing.department_name or None,
        "department_code": routing.department_code or None,
        "assignee": routing.assignee or None,
        "priority": routing.priority or None,
        "due_at": _iso(routing.due_at),
        "routing_rule": routing.rule_name or None,
        "routing_reason": routing.reason or None,
        "subject": record.subject,
        "contact": record.contact_name or None,
        "contact_id": record.contact_id,
        "deadline": _iso(record.deadline),
        "next_states": [s.value for s in targets(record.status)],
        "history": [step_json(step) for step in record.steps],
        "messages": answering.messages_json(record),
        "linked_reference": record.linked_reference or None,
    }


def step_json(step: InquiryStep) -> dict[str, Any]:
    return {
        "at": _iso(step.at),
        "actor": step.actor,
        "kind": step.kind,
        "from": step.from_value,
        "to": step.to_value,
        "department": step.department_name,
        "comment": step.comment,
        "handed_to": step.handed_to,
    }
