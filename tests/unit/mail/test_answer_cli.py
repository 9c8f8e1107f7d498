"""Answering on the command line against a real SMTP server on loopback: `inquiries reply
--template` and `inquiries forward --template` send, `show --json` lists what was sent."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from tests.conftest import MemoryKeyring
from tests.smtp_support import PASSWORD, SmtpServer
from tests.unit.mail.test_answer_roundtrip import INCOMING


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


def test_reply_and_forward_from_templates(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    plain_smtp: SmtpServer,
    tmp_path: Path,
) -> None:
    db = ["--database", f"sqlite:///{tmp_path / 'cli.sqlite'}"]
    code, _ = run(
        monkeypatch,
        *db, "mail", "smtp", "set", "--host", "127.0.0.1", "--port", str(plain_smtp.port),
        "--security", "none", "--allow-plaintext", "--user", "pressestelle",
        "--from", "nrwdirekt@nrw.de", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0
    mail = tmp_path / "laterne.eml"
    mail.write_bytes(INCOMING)
    code, out = run(monkeypatch, *db, "mail", "import", "--json", str(mail))
    reference = json.loads(out)["reference"]

    code, out = run(
        monkeypatch, *db, "inquiries", "reply", reference, "--template", "Rückfrage",
        "--status", "rueckfrage", "--json",
    )  # fmt: skip
    assert code == 0
    shown = json.loads(out)
    assert (shown["sent"], shown["status"]) == ("sent", "waiting")
    reply = shown["messages"][-1]
    assert (reply["direction"], reply["kind"], reply["send_state"]) == ("out", "reply", "sent")
    # the sender became a contact without an Anrede: greeted by name, not "Frau"/"Herr"
    assert reply["text"].startswith("Guten Tag Ayşe Çelik,")
    assert f"[{reference}]" in reply["subject"]

    code, out = run(
        monkeypatch, *db, "inquiries", "forward", reference, "--department", "MHKBD",
        "--template", "Weiterleitung an die Abteilung",
    )  # fmt: skip
    assert code == 0 and "gesendet" in out
    assert [m.recipients for m in plain_smtp.mails] == [
        ["celik@beispiel.de"],
        ["poststelle@mhkbd.nrw.de"],
    ]
    assert reference.encode() in plain_smtp.mails[1].data
    code, out = run(
        monkeypatch, *db, "inquiries", "reply", "BA-2026-99999", "--text-file", str(mail)
    )
    assert code == 2  # an unknown reference: refused, nothing sent
    assert len(plain_smtp.mails) == 2
