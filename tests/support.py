"""Helpers the tests share: skipping (or, in CI, failing) when a component is missing, and a
throwaway PostgreSQL server on loopback."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

REQUIRE_ALL = os.environ.get("BUERGERANFRAGEN_REQUIRE_ALL") == "1"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def missing(component: str, reason: str) -> None:
    """Skip with a clear reason; in CI (BUERGERANFRAGEN_REQUIRE_ALL=1) a skip is a failure."""
    message = f"{component} fehlt: {reason}"
    if REQUIRE_ALL:
        pytest.fail(message + " (in CI darf kein Test übersprungen werden)")
    pytest.skip(message)


def corpus_dir(name: str) -> Path:
    folder = CORPUS / name
    if not folder.is_dir():
        missing("Korpus", f"{folder} ist nicht vorhanden (../shared/corpus neben dem Projekt)")
    return folder


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout
        if Path(out.strip(), "initdb").exists():
            return Path(out.strip())
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresServer:
    """initdb + pg_ctl in a temporary folder, listening on 127.0.0.1 only."""

    def __init__(self) -> None:
        bindir = _pg_bindir()
        if bindir is None:
            missing("PostgreSQL", "initdb nicht gefunden (Debian-Paket postgresql)")
        self.bindir = bindir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="ba-pg-"))
        self.datadir = self.root / "data"
        self.run_as: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            runuser = shutil.which("runuser")
            if runuser is None:
                missing("PostgreSQL", "als root wird runuser gebraucht")
            shutil.chown(self.root, "postgres", "postgres")
            self.run_as = [runuser, "-u", "postgres", "--"]
        self.log = self.root / "server.log"
        self.counter = 0
        self.head_database: str | None = None

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.datadir),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "start",
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"PostgreSQL did not start, see {self.log}")

    def stop(self) -> None:
        try:
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def new_database(self, template: str = "template0") -> str:
        """A fresh database on this server (empty, or a copy of ``template``); its URL."""
        import psycopg

        self.counter += 1
        name = f"test_{os.getpid()}_{self.counter}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def migrated_database(self) -> str:
        """A database at the newest schema with no rows: one database migrated once and emptied
        before each test (TRUNCATE, identities restarted), which costs a few milliseconds where
        a new database costs a third of a second."""
        import psycopg

        if self.head_database is None:
            from datetime import UTC, datetime

            from buergeranfragen.clock import FixedClock
            from buergeranfragen.db.migrate import open_database

            url = self.new_database()
            open_database(url, FixedClock(datetime(2026, 1, 1, tzinfo=UTC))).close()
            self.head_database = url
        name = self.head_database.rpartition("/")[2]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname={name}", autocommit=True
        ) as conn:
            conn.execute("SET lock_timeout = '10s'")  # a test that left a lock fails loudly
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            ]
            conn.execute(
                "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
            )
        return self.head_database


class ImapServer:
    """pymap's in-memory IMAP server on 127.0.0.1 (user demouser, password demopass)."""

    user = "demouser"
    password = "demopass"

    def __init__(self, tls_folder: Path | None = None, password: str = "demopass") -> None:
        """Plain IMAP, or with ``tls_folder`` STARTTLS with a self-signed certificate for
        127.0.0.1 (``self.certificate``); ``password`` is the demo user's."""
        import sys

        self.password = password

        executable = Path(sys.executable).with_name("pymap")
        if not executable.exists():
            missing("IMAP-Server", "pymap ist nicht installiert (pip install pymap)")
        self.port = _free_port()
        self.certificate: Path | None = None
        tls = ["--no-tls"]
        if tls_folder is not None:
            openssl = shutil.which("openssl")
            if openssl is None:
                missing("openssl", "für das Testzertifikat (Debian-Paket openssl)")
            self.certificate, key = tls_folder / "cert.pem", tls_folder / "key.pem"
            subprocess.run(
                [
                    str(openssl),
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "2",
                    "-keyout",
                    str(key),
                    "-out",
                    str(self.certificate),
                    "-subj",
                    "/CN=localhost",
                    "-addext",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost",
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
            tls = ["--cert", str(self.certificate), "--key", str(key)]
        self.process = subprocess.Popen(
            [
                str(executable),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                *tls,
                "dict",
                "--demo-data",
                "--demo-password",
                password,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pymap ended: {self.process.stderr.read()!r}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("pymap did not start")

    def settings(self, folder: str, name: str = "nrwdirekt", **extra: Any) -> Any:
        """MailboxSettings for a folder of this server (plain IMAP unless ``security`` says
        otherwise)."""
        from buergeranfragen.mail.imap import MailboxSettings

        values: dict[str, Any] = {"security": "none", **extra}
        return MailboxSettings(
            name=name,
            host="127.0.0.1",
            port=self.port,
            username=self.user,
            folder=folder,
            **values,
        )

    def client(self):  # type: ignore[no-untyped-def]
        import imaplib

        from buergeranfragen.mail.imap import login

        connection = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        login(connection, self.user, self.password)
        return connection

    def append(self, folder: str, message: bytes) -> None:
        """Store a message; its arrival (internal) date is the one in its Date header (now for
        bytes without one)."""
        import email.utils
        import imaplib

        if b"Date: " in message:
            date_header = message.split(b"Date: ", 1)[1].split(b"\r\n", 1)[0].decode()
            arrived = imaplib.Time2Internaldate(email.utils.parsedate_to_datetime(date_header))
        else:
            arrived = imaplib.Time2Internaldate(time.time())
        connection = self.client()
        try:
            connection.create(folder)
            status, data = connection.append(folder, None, arrived, message)
            assert status == "OK", data
        finally:
            connection.logout()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()


def act_as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    """The command line's acting person is the operating-system user (``config.current_user``)."""
    monkeypatch.setenv("USER", user)
    monkeypatch.setenv("LOGNAME", user)
