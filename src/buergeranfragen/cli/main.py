"""The command line's entry: one parser made of the command groups, errors turned into one
German line on stderr and an exit code (see ``output``: 0, 1, 2)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from buergeranfragen import __version__
from buergeranfragen.cli import contacts, demo, mail, window
from buergeranfragen.cli.output import EXIT_ERROR, EXIT_OK
from buergeranfragen.config import DATABASE_ENV, Settings
from buergeranfragen.errors import KnownError

Runner = Callable[[argparse.Namespace, Settings, TextIO], int]
COMMANDS: dict[str, Runner] = {"demo": demo.run, "contacts": contacts.run, "mail": mail.run}


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
    window.register(commands)
    demo.register(commands)
    contacts.register(commands)
    mail.register(commands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    raw = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(window.translate_links(raw))
    settings = Settings.from_environment(args.database)
    try:
        runner = COMMANDS.get(args.command or "")
        if runner is not None:
            return runner(args, settings, out)
        problem = window.display_problem(os.environ, sys.platform)
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
