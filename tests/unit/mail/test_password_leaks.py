"""Passwords only in the keyring: after a real IMAP login (pymap on loopback) and a real SMTP
login (aiosmtpd) with a wrong password, neither the log files, nor the database file (its raw
bytes, WAL included), nor any other file the program wrote holds the password - and no
message shown to the user names it."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.conversation.records import SendState
from buergeranfragen.runtime import log, setup_logging
from tests.conftest import MemoryKeyring
from tests.outbox_support import an_inquiry, reply_bytes, store_outgoing
from tests.smtp_support import SmtpServer
from tests.support import ImapServer

SECRET = "Xq7-Geheim-Testpasswort-4711"


@pytest.fixture
def context(
    tmp_path: Path, clock: FixedClock, memory_keyring: MemoryKeyring
) -> Iterator[AppContext]:
    data = tmp_path / "daten"
    settings = Settings(
        database_url=f"sqlite:///{data / 'ba.sqlite'}",
        data_dir=data,
        log_dir=data / "logs",
        actor="testerin",
    )
    setup_logging(settings.log_dir)
    built = build_context(settings, clock)
    try:
        yield built
    finally:
        built.close()
        for handler in [h for h in log.handlers if getattr(h, "baseFilename", None)]:
            log.removeHandler(handler)
            handler.close()


def _forms(secret: str) -> list[bytes]:
    """The password as it could end up in a file: plain, UTF-16, base64 (AUTH PLAIN/LOGIN)."""
    raw = secret.encode()
    return [
        raw,
        secret.encode("utf-16-le"),
        base64.b64encode(raw),
        base64.b64encode(b"\0" + b"user" + b"\0" + raw),
    ]


def _files_holding(folder: Path, secret: str) -> list[str]:
    forms = _forms(secret)
    return [
        str(path.relative_to(folder))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(form in path.read_bytes() for form in forms)
    ]


def test_a_failed_imap_and_smtp_login_leave_the_password_nowhere_but_in_the_keyring(
    context: AppContext,
    imap: ImapServer,
    plain_smtp: SmtpServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    shown: list[str] = []
    # IMAP: a real login, refused
    context.mailboxes.add(imap.settings("INBOX"), SECRET)
    [result] = context.mailboxes.fetch_all()
    assert result.error is not None and "Anmeldung" in str(result.error)
    shown.append(str(result.error))
    # SMTP: a real login, refused (the aiosmtpd server knows another password)
    context.smtp.set(plain_smtp.settings(), SECRET, allow_plaintext=True)
    factory = context.database.session_factory
    row_id = store_outgoing(
        factory, context.clock, an_inquiry(context.mail, factory), reply_bytes()
    )
    delivery = context.outbox.deliver(row_id)
    assert delivery.state is not SendState.SENT and delivery.reason is not None
    assert plain_smtp.recorder.logins and plain_smtp.recorder.logins[-1][1] == SECRET.encode()
    shown.append(str(delivery.reason))
    shown += [str(entry.to_json()) for entry in context.outbox.entries()]

    assert [m for m in shown if SECRET in m] == []
    # the test can fail: the keyring holds the password, the log and database exist
    assert SECRET in memory_keyring.store.values()
    data = context.settings.data_dir
    assert (data / "ba.sqlite").exists() and (data / "logs" / "buergeranfragen.log").exists()
    assert (data / "logs" / "buergeranfragen.log").stat().st_size > 0
    assert _files_holding(tmp_path, SECRET) == []
    (tmp_path / "probe.txt").write_bytes(b"x" + SECRET.encode())  # the search finds one
    assert _files_holding(tmp_path, SECRET) == ["probe.txt"]
