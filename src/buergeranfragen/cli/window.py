"""Starting the window: `buergeranfragen`, `buergeranfragen gui`, `call --from NUMBER` and
`tel:`/`callto:` links handed over by the desktop or the telephone system."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote


def register(commands: Any) -> None:
    commands.add_parser("gui", help="das Programmfenster öffnen (Standard)")
    call = commands.add_parser(
        "call",
        help="Anrufformular mit dieser Nummer öffnen (für die Telefonanlage; auch tel:-Links)",
    )
    call.add_argument("--from", dest="number", required=True, metavar="NUMMER")


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
