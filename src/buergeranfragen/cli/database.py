"""`buergeranfragen database password [--password-stdin]`: keep the shared PostgreSQL
database's password in this desk's keyring (``db/password.py``); the database URL then names
only user, server and database."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK
from buergeranfragen.config import Settings, shown_database_url
from buergeranfragen.db.password import needed_account, store_password


def register(commands: Any) -> None:
    database = commands.add_parser("database", help="die gemeinsame PostgreSQL-Datenbank")
    actions = database.add_subparsers(dest="action", metavar="AKTION", required=True)
    password = actions.add_parser(
        "password", help="das Datenbankpasswort im Schlüsselbund dieses Rechners ablegen"
    )
    password.add_argument(
        "--password-stdin", action="store_true", help="das Passwort aus der Standardeingabe lesen"
    )


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    account = needed_account(settings.database_url)  # before a password is asked for
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Passwort für {account.username} ({account.name}): ")
    store_password(settings.database_url, password)
    out.write(
        f"Das Passwort für {shown_database_url(settings.database_url)} liegt jetzt im "
        "Schlüsselbund dieses Rechners.\n"
    )
    return EXIT_OK
