"""Hostile and broken mail files through `buergeranfragen mail import` and the "Nicht
übernommen" list (`mail rejected`, `mail retry`), on SQLite and PostgreSQL; mailbox secrets."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.exc import OperationalError

from buergeranfragen.cli import main
from buergeranfragen.errors import KnownError
from buergeranfragen.mail import intake as intake_module
from buergeranfragen.mail.passwords import PasswordStore, unencrypted_file
from buergeranfragen.mail.press import PressDetector
from buergeranfragen.privacy import audit


def mail(n: int, subject: str = "") -> bytes:
    return (
        f"From: Person {n} <person{n}@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
        f"Subject: {subject or f'Datei {n}'}\r\nDate: 23 Nov 2026 10:{n:02d}:00 +0100\r\n"
        f"Message-ID: <file-{n}@example.org>\r\n\r\nText {n}\r\n"
    ).encode()


def run(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    text = out.getvalue()
    return code, [json.loads(line) for line in text.splitlines() if line.startswith("{")], text


def files(tmp_path: Path, *numbers: int, bad: int = 0) -> list[str]:
    paths = []
    for n in numbers:
        path = tmp_path / f"{n}.eml"
        path.write_bytes(mail(n, "Böse Mail" if n == bad else ""))
        paths.append(str(path))
    return paths


def test_an_unexpected_error_mid_run_rejects_one_mail_and_the_rest_arrive(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind = PressDetector.kind

    def breaks(self: PressDetector, subject: str, *args: Any) -> Any:
        if subject == "Böse Mail":
            raise KeyError("unerwartet")
        return kind(self, subject, *args)

    monkeypatch.setattr(PressDetector, "kind", breaks)
    paths = files(tmp_path, 1, 2, 3, bad=2)
    code, reports, _ = run("--database", db_url, "mail", "import", *paths, "--json")
    assert code == 0
    assert [r["status"] for r in reports] == ["imported", "rejected", "imported"]
    assert "unerwarteter Fehler" in reports[1]["error"]
    assert "KeyError" in reports[1]["error"]
    entry_id = reports[1]["rejected_id"]

    _, [entry], _ = run("--database", db_url, "mail", "rejected", "--json")
    assert (entry["id"], entry["source"], entry["subject"]) == (entry_id, paths[1], "Böse Mail")
    assert entry["sender"] == "Person 2 <person2@example.org>"
    saved = tmp_path / "gesichert.eml"
    code, _, _ = run("--database", db_url, "mail", "rejected", "--save", str(entry_id), str(saved))
    assert code == 0 and saved.read_bytes() == mail(2, "Böse Mail")
    assert saved.stat().st_mode & 0o077 == 0

    code, [again], _ = run("--database", db_url, "mail", "retry", str(entry_id), "--json")
    assert again["status"] == "rejected"  # still broken: the entry stays, not twice
    _, entries, _ = run("--database", db_url, "mail", "rejected", "--json")
    assert [e["id"] for e in entries] == [entry_id]

    monkeypatch.setattr(PressDetector, "kind", kind)  # a version without the bug
    code, [fixed], _ = run("--database", db_url, "mail", "retry", str(entry_id), "--json")
    assert (code, fixed["status"]) == (0, "imported")
    _, entries, text = run("--database", db_url, "mail", "rejected")
    assert entries == [] and "Keine nicht übernommenen Mails" in text


def test_even_an_error_outside_the_mail_s_handling_ends_only_that_file(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = intake_module.MailIntake.import_file

    def breaks(self: intake_module.MailIntake, path: Path) -> Any:
        if path.name == "2.eml":
            raise MemoryError
        return read(self, path)

    monkeypatch.setattr(intake_module.MailIntake, "import_file", breaks)
    code, reports, _ = run(
        "--database", db_url, "mail", "import", *files(tmp_path, 1, 2, 3), "--json"
    )
    assert [r["status"] for r in reports] == ["imported", "rejected", "imported"]
    assert "MemoryError" in reports[1]["error"]


def test_a_brief_database_error_is_retry_later_and_nothing_is_lost(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = audit.record
    state = {"locked": True}

    def locked_for_inquiries(session: Any, **entry: Any) -> None:
        if entry["entity"] == "inquiry" and state["locked"]:
            state["locked"] = False
            raise OperationalError("INSERT INTO audit_log", {}, Exception("database is locked"))
        record(session, **entry)

    monkeypatch.setattr(audit, "record", locked_for_inquiries)
    paths = files(tmp_path, 4, 5)
    code, reports, _ = run("--database", db_url, "mail", "import", *paths, "--json")
    assert code == 1  # an error of the environment: the caller should try again
    assert [r["status"] for r in reports] == ["retry", "imported"]
    assert "gesperrt" in reports[0]["error"] and "rejected_id" not in reports[0]
    _, entries, _ = run("--database", db_url, "mail", "rejected", "--json")
    assert entries == []  # not final, so not in the list
    code, reports, text = run("--database", db_url, "mail", "import", *paths)
    assert code == 0 and "übernommen – BA-2026-" in text and "schon vorhanden" in text


def test_security_none_needs_a_confirmation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'klar.sqlite'}"
    args = ["--database", db, "mail", "mailbox", "add", "--name", "x", "--host", "h"]
    args += ["--user", "u", "--security", "none", "--password-stdin"]
    code, _, _ = run(*args)
    assert code == 2
    assert "unverschlüsselt" in capsys.readouterr().err
    code, _, text = run("--database", db, "mail", "mailbox", "list")
    assert text == ""  # nothing was saved


class PlaintextKeyring(KeyringBackend):
    """What keyrings.alt's PlaintextKeyring looks like: passwords base64-encoded in a file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.file_path = str(path)
        self.stored: dict[str, str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop(username, None)


class Account:
    name, username, host, port = "nrwdirekt", "u", "h", 993


def test_a_plaintext_keyring_is_refused_naming_its_file(tmp_path: Path) -> None:
    ring = PlaintextKeyring(tmp_path / "keyring_pass.cfg")
    assert unencrypted_file(ring) == str(tmp_path / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        with pytest.raises(KnownError) as info:
            PasswordStore().set(Account(), "geheim")
        assert "unverschlüsselt" in info.value.message
        assert str(tmp_path / "keyring_pass.cfg") in info.value.message
        assert "geheim" not in info.value.message and ring.stored == {}
        with pytest.raises(KnownError):
            PasswordStore().get(Account())
    finally:
        keyring.set_keyring(previous)
