"""The command line's entry: one parser made of the command groups, errors turned into one
German line on stderr and an exit code (see ``output``: 0, 1, 2)."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TextIO, cast

from buergeranfragen import __version__
from buergeranfragen.cli import (
    audit,
    backup,
    contacts,
    database,
    deadlines,
    demo,
    departments,
    inquiries,
    mail,
    people,
    privacy,
    report,
    rules,
    templates,
    topics,
    window,
)
from buergeranfragen.cli.output import EXIT_ERROR, EXIT_OK, ReadableOutput, one_line, print_error
from buergeranfragen.config import DATABASE_ENV, Settings
from buergeranfragen.errors import KnownError
from buergeranfragen.input_files import shown_path
from buergeranfragen.runtime import log, log_message, make_files_private, setup_logging

Runner = Callable[[argparse.Namespace, Settings, TextIO], int]
COMMANDS: dict[str, Runner] = {
    "demo": demo.run,
    "contacts": contacts.run,
    "mail": mail.run,
    "departments": departments.run,
    "people": people.run,
    "inquiries": inquiries.run,
    "rules": rules.run,
    "deadlines": deadlines.run,
    "templates": templates.run,
    "report": report.run,
    "topics": topics.run,
    "privacy": privacy.run,
    "audit": audit.run,
    "backup": backup.run,
    "restore": backup.run,
    "database": database.run,
}


class _Parser(argparse.ArgumentParser):
    """argparse's usage errors echo what was typed: written out on one line (``one_line``)."""

    def error(self, message: str) -> NoReturn:
        super().error(one_line(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    window.register(commands)
    demo.register(commands)
    contacts.register(commands)
    mail.register(commands)
    departments.register(commands)
    people.register(commands)
    inquiries.register(commands)
    rules.register(commands)
    deadlines.register(commands)
    templates.register(commands)
    report.register(commands)
    topics.register(commands)
    privacy.register(commands)
    audit.register(commands)
    backup.register(commands)
    database.register(commands)
    return parser


def _tolerant_output() -> None:
    """A file name whose bytes are not UTF-8 (or a terminal that is not UTF-8) must not break
    the output: what cannot be written is replaced."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _start_log(settings: Settings) -> None:
    try:
        setup_logging(settings.log_dir)
    except OSError as exc:
        print_error(
            f"Das Protokoll {shown_path(settings.log_dir)} kann nicht angelegt werden "
            f"({exc.strerror or exc}); es wird ohne Protokoll gearbeitet.",
            prefix="Hinweis: ",
        )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Exit codes (README): 0 all handled, 1 a file could not be read at all or the
    environment failed (database, mailbox), 2 usage errors (argparse)."""
    make_files_private()
    _tolerant_output()
    readable = cast(TextIO, ReadableOutput(out or sys.stdout))
    raw = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(window.translate_links(raw))
    settings = Settings.from_environment(args.database)
    try:
        runner = COMMANDS.get(args.command or "")
        if runner is not None:
            _start_log(settings)
            log.info("command %s %s", args.command, getattr(args, "action", "") or "")
            code = runner(args, settings, readable)
            log.info("command %s ended with exit code %d", args.command, code)
            return code
        problem = window.display_problem(os.environ, sys.platform)
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_ERROR
        from buergeranfragen.ui.app import run_window

        return run_window(settings, args.number if args.command == "call" else None)
    except KnownError as exc:
        log.warning("command failed: %s", log_message(exc.reason))
        print_error(exc.message)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - database drivers raise many kinds on open
        from sqlalchemy.exc import SQLAlchemyError

        from buergeranfragen.db.engine import describe_database_error

        if isinstance(exc, SQLAlchemyError):
            log.warning("database error: %s", type(exc).__name__)
            print_error(str(describe_database_error(exc)))
            return EXIT_ERROR
        raise
