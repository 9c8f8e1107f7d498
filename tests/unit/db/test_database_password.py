"""The shared database's password lives in the keyring: `database password` stores it per
user, server, port and database; opening a PostgreSQL URL without a password hands the stored
one to the driver (never into the URL); SQLite and a URL without a user are refused."""

from __future__ import annotations

import io
import time
from typing import Any

import pytest
from sqlalchemy import event, text

from buergeranfragen.cli import main
from buergeranfragen.db import engine as engine_module
from buergeranfragen.db.change_feed import open_feed
from buergeranfragen.db.password import DatabasePasswords, account_of, keyring_password
from tests.conftest import MemoryKeyring
from tests.support import PostgresServer

SECRET = "Geheim-Ölfass-42"


def _store(url: str, password: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    out = io.StringIO()
    code = main(["--database", url, "database", "password", "--password-stdin"], out=out)
    return code, out.getvalue()


def test_the_password_is_stored_per_database_and_never_shown(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql+psycopg://anna@db.amt.intern/buero"
    code, said = _store(url, SECRET, monkeypatch)
    assert code == 0 and SECRET not in said and "Schlüsselbund" in said
    assert memory_keyring.store == {
        ("buergeranfragen", "postgresql://anna@db.amt.intern:5432/buero"): SECRET
    }
    assert keyring_password(url) == SECRET
    assert keyring_password("postgresql+psycopg://anna@db.amt.intern:5433/buero") is None
    assert keyring_password("postgresql+psycopg://bernd@db.amt.intern/buero") is None
    # a password in the URL itself wins (nothing is looked up)
    assert keyring_password("postgresql+psycopg://anna:anders@db.amt.intern/buero") is None


@pytest.mark.parametrize(
    "url", ["sqlite:////tmp/x.sqlite", "postgresql+psycopg://db.amt.intern/buero"]
)
def test_a_database_without_a_user_has_no_password(
    url: str, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    assert account_of(url) is None
    code, _said = _store(url, SECRET, monkeypatch)
    assert code != 0 and memory_keyring.store == {}
    assert "nur für eine PostgreSQL-Datenbank" in capsys.readouterr().err


def test_the_stored_password_reaches_the_driver_not_the_url(
    postgres_server: PostgresServer, memory_keyring: MemoryKeyring
) -> None:
    url = postgres_server.migrated_database()
    account = account_of(url)
    assert account is not None
    DatabasePasswords().set(account, SECRET)
    engine = engine_module.create_database_engine(url)
    seen: list[dict[str, Any]] = []
    event.listen(engine, "do_connect", lambda _d, _r, _a, params: seen.append(dict(params)))
    try:
        with engine.connect() as connection:  # the test server trusts loopback: it connects
            assert connection.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()
    assert seen and seen[0]["password"] == SECRET
    assert SECRET not in str(engine.url) and engine.url.password is None


def test_the_change_feed_connects_with_the_stored_password_too(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    url = "postgresql+psycopg://anna@db.amt.intern/buero"
    account = account_of(url)
    assert account is not None
    DatabasePasswords().set(account, SECRET)
    seen: list[dict[str, Any]] = []

    def connect(conninfo: str, **kwargs: Any) -> Any:
        seen.append({"conninfo": conninfo, **kwargs})
        raise psycopg.OperationalError("refused in the test")

    monkeypatch.setattr(psycopg, "connect", connect)
    feed = open_feed(url, lambda _kinds: None)
    assert feed is not None
    feed.start()
    try:
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        feed.stop()
    assert seen and seen[0].get("password") == SECRET
    assert SECRET not in seen[0]["conninfo"]
