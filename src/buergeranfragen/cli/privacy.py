"""`buergeranfragen privacy …`: data protection (Art. 15 export, Art. 17 erasure: see
``privacy_access``)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from buergeranfragen.cli import privacy_access
from buergeranfragen.config import Settings


def register(commands: Any) -> None:
    group = commands.add_parser("privacy", help="Datenschutz: Auskunft und Löschung")
    actions = group.add_subparsers(dest="action", metavar="AKTION", required=True)
    privacy_access.register_actions(actions)


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    if args.action in privacy_access.ACTIONS:
        return privacy_access.run_action(args, settings, out)
    raise AssertionError(args.action)
