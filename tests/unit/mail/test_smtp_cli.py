"""`mail smtp set|show` and `mail outbox` on the command line, sending through aiosmtpd."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from buergeranfragen.cli.main import main
from buergeranfragen.clock import system_clock
from buergeranfragen.db.migrate import open_database
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake
from tests.conftest import MemoryKeyring
from tests.outbox_support import an_inquiry, reply_bytes, store_outgoing
from tests.smtp_support import PASSWORD, SmtpServer


def run(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


def test_set_show_and_send_from_the_outbox(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    plain_smtp: SmtpServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    db = ["--database", url, "mail"]
    code, _ = run(monkeypatch, *db, "smtp", "show", "--json")
    assert code == 0
    code, _ = run(
        monkeypatch, *db, "smtp", "set", "--host", "127.0.0.1", "--port", "0", "--from", "x"
    )
    assert code == 1
    assert "Der Port muss zwischen 1 und 65535 liegen." in capsys.readouterr().err
    setting = [
        *db, "smtp", "set", "--host", "127.0.0.1", "--port", str(plain_smtp.port),
        "--security", "none", "--user", "pressestelle", "--from", "pressestelle@nrw.de",
        "--name", "Pressestelle", "--password-stdin",
    ]  # fmt: skip
    code, _ = run(monkeypatch, *setting, stdin=PASSWORD + "\n")
    assert code == 1 and "ausdrücklich bestätigt" in capsys.readouterr().err
    code, text = run(monkeypatch, *setting, "--allow-plaintext", stdin=PASSWORD + "\n")
    assert code == 0 and "Schlüsselbund" in text
    code, text = run(monkeypatch, *db, "smtp", "show", "--json")
    assert json.loads(text) == {
        "host": "127.0.0.1",
        "port": plain_smtp.port,
        "security": "none",
        "username": "pressestelle",
        "sender_email": "pressestelle@nrw.de",
        "sender_name": "Pressestelle",
        "password_stored": True,
    }

    database = open_database(url, system_clock)
    try:
        factory = database.session_factory
        intake = MailIntake(InquiryService(factory, system_clock, "testerin"), system_clock)
        row_id = store_outgoing(
            factory, system_clock, an_inquiry(intake, factory), reply_bytes(), state="failed",
            attempts=1,
        )  # fmt: skip
    finally:
        database.close()
    code, text = run(monkeypatch, *db, "outbox", "--json")
    [entry] = [json.loads(line) for line in text.splitlines()]
    assert entry == {
        "id": row_id,
        "reference": entry["reference"],
        "subject": "AW: Laterne",
        "to": "celik@beispiel.de",
        "state": "failed",
        "reason": None,
        "permanent": False,
        "attempts": 1,
        "at": entry["at"],
    }
    code, text = run(monkeypatch, *db, "outbox", "--retry", "--json")
    assert code == 0
    assert [json.loads(line) for line in text.splitlines()] == [
        {"id": row_id, "state": "sent", "sent": True, "reason": None, "permanent": False}
    ]
    assert len(plain_smtp.mails) == 1
    code, text = run(monkeypatch, *db, "outbox")
    assert text == "Der Postausgang ist leer.\n"
    code, _ = run(monkeypatch, *db, "outbox", "--mark-sent", str(row_id))
    assert code == 1 and "wartet nicht" in capsys.readouterr().err
    everything = text + capsys.readouterr().out + caplog.text
    assert PASSWORD not in everything
    files = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)  # the commands' log was written …
    for path in files:  # … and no file (log, database) holds the password
        assert PASSWORD.encode() not in path.read_bytes()
