"""SIGKILL at random points of an attachment-heavy `buergeranfragen mail import` (SQLite, a
real process), 20 rounds: the database stays sound, every attachment stored is readable with
the right SHA-256, nothing is left without its inquiry, and importing the same files again adds
nothing. Before attachments lived in the database, a kill between writing a file and the
commit left a truncated file whose reference later went to another mail.

Importing the program takes a second or more here: a fork server imports it once and forks a
child per round that runs the command, so the 20 rounds stay quick."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import open_database
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.service import InquiryService

SRC = Path(__file__).resolve().parents[2] / "src"
MAILS = 120
ROUNDS = 20
# A fork server: it imports the program once, then for each line (an output file) forks a
# child that runs `buergeranfragen mail import` on the mails, tells its pid, and reaps it only
# when told to (so the pid cannot be reused before the test has killed it).
SERVER = """
import os, sys
from buergeranfragen.cli import main
import buergeranfragen.context
files = sys.argv[1:]
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        fd = os.open(line.strip(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        sys.stdout = open(1, "w", buffering=1, closefd=False)
        os._exit(main(["mail", "import", *files]))
    print(pid, flush=True)
    sys.stdin.readline()
    print(os.waitpid(pid, 0)[1], flush=True)
"""
SHARED = b"%PDF-1.4 Merkblatt " + bytes(range(256)) * 20  # in every mail: one blob


def attachments_of(n: int, rng: random.Random) -> dict[str, bytes]:
    files = {
        "Merkblatt.pdf": SHARED,
        f"Antrag_{n}.pdf": b"%PDF-1.4 " + rng.randbytes(rng.randint(1_000, 8_000)),
        f"Foto_{n}.jpg": b"\xff\xd8\xff" + rng.randbytes(rng.randint(2_000, 15_000)),
    }
    if n % 16 == 3:  # now and then one of more than a chunk
        files[f"Scan_{n}.tif"] = b"II*\x00" + rng.randbytes(1_300_000)
    return files


def mail(n: int, files: dict[str, bytes]) -> bytes:
    import base64

    parts = b"".join(
        b"--XX\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="' + name.encode() + b'"\r\n\r\n'
        + base64.encodebytes(data).replace(b"\n", b"\r\n")
        for name, data in files.items()
    )  # fmt: skip
    return (
        (
            f"From: Person {n} <person{n}@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
            f"Subject: Anfrage {n}\r\nDate: Mon, 23 Nov 2026 1{n // 60}:{n % 60:02d}:00 +0100\r\n"
            f"Message-ID: <kill-{n}@example.org>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
            "--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSiehe Anhang.\r\n"
        ).encode()
        + parts
        + b"--XX--\r\n"
    )


class ForkServer:
    def __init__(self, files: list[Path], data_dir: Path, out: Path) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": str(SRC),
            "BUERGERANFRAGEN_DATA_DIR": str(data_dir),
        }
        env.pop("BUERGERANFRAGEN_DATABASE_URL", None)
        self.out = out
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, *map(str, files)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.runs = 0

    def _send(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def start(self) -> tuple[int, Path]:
        """A child running the import; its pid and where its output goes."""
        self.runs += 1
        out = self.out / f"run{self.runs}.txt"
        return int(self._send(str(out))), out

    def reap(self) -> int:
        """The child's wait status (it has ended or been killed)."""
        return int(self._send(""))

    def run_to_the_end(self) -> list[str]:
        pid, out = self.start()
        status = self.reap()
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
        return out.read_text().splitlines()

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()


def first_line(out: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if out.exists() and b"\n" in out.read_bytes():
            return
        time.sleep(0.005)


def test_killed_imports_leave_every_attachment_whole_and_none_without_its_inquiry(
    tmp_path: Path, clock: FixedClock
) -> None:
    rng = random.Random(8)
    folder = tmp_path / "mails"
    folder.mkdir()
    expected: dict[str, bytes] = {}
    files = []
    for n in range(MAILS):
        attached = attachments_of(n, rng)
        expected.update(attached)
        path = folder / f"mail{n:02d}.eml"
        path.write_bytes(mail(n, attached))
        files.append(path)
    data_dir = tmp_path / "data"
    server = ForkServer(files, data_dir, tmp_path)
    try:
        kills = 0
        for round_ in range(ROUNDS):
            pid, out = server.start()
            if round_ % 2:  # anywhere: opening the database, migrating it, importing
                time.sleep(rng.uniform(0.0, 0.3))
            else:  # in the middle of the import: after the first mail's line
                first_line(out, time.monotonic() + 20)
                time.sleep(rng.uniform(0.0, 0.1))
            os.kill(pid, signal.SIGKILL)  # not reaped yet: still this child, or a zombie
            status = server.reap()
            kills += os.WIFSIGNALED(status)
        assert kills >= ROUNDS // 2  # most rounds were killed mid-way
        stored = check_after_kills(data_dir, clock, tmp_path, expected)
        assert 0 < stored < MAILS  # the kills stopped imports half-way
        lines = server.run_to_the_end()  # what the kills left undone
        assert len(lines) == MAILS
        before = counts(data_dir)
        lines = server.run_to_the_end()
        assert all("schon" in line for line in lines), lines
        assert counts(data_dir) == before
    finally:
        server.close()
    assert not (data_dir / "attachments").exists()
    scans = sum(n % 16 == 3 for n in range(MAILS))
    assert before[0] == MAILS and before[1] == 3 * MAILS + scans
    assert before[2] == 1 + 2 * MAILS + scans + MAILS  # the shared file once, originals each


def counts(data_dir: Path) -> tuple[int, ...]:
    connection = sqlite3.connect(data_dir / "buergeranfragen.sqlite")
    try:
        row = connection.execute(
            "SELECT (SELECT count(*) FROM inquiries), (SELECT count(*) FROM "
            "inquiry_attachments), (SELECT count(*) FROM attachment_blobs), (SELECT "
            "count(*) FROM attachment_blob_chunks)"
        ).fetchone()
    finally:
        connection.close()
    return tuple(row)


def check_after_kills(
    data_dir: Path, clock: FixedClock, tmp_path: Path, expected: dict[str, bytes]
) -> int:
    """The database sound, every attachment whole, none left over; how many mails are in."""
    database_file = data_dir / "buergeranfragen.sqlite"
    with sqlite3.connect(database_file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = connection.execute(
            "SELECT (SELECT count(*) FROM inquiry_attachments WHERE inquiry_id NOT IN "
            "(SELECT id FROM inquiries)), (SELECT count(*) FROM attachment_blobs WHERE id NOT "
            "IN (SELECT blob_id FROM inquiry_attachments WHERE blob_id IS NOT NULL) AND id NOT "
            "IN (SELECT blob_id FROM inquiry_originals)), (SELECT count(*) FROM "
            "attachment_blob_chunks WHERE blob_id NOT IN (SELECT id FROM attachment_blobs))"
        ).fetchone()
    connection.close()
    assert orphans == (0, 0, 0)

    db = open_database(f"sqlite:///{database_file}", clock)
    try:
        inquiries = InquiryService(db.session_factory, clock, "t", tmp_path / "offen")
        stored = inquiries.search(InquiryQuery(), 0, 1000)
        for summary in stored:
            for attachment in inquiries.get(summary.id).attachments:
                data = inquiries.attachment_file(attachment).read_bytes()
                assert hashlib.sha256(data).hexdigest() == attachment.sha256
                if not attachment.is_original:
                    assert data == expected[attachment.filename]
    finally:
        db.close()
    return len(stored)
