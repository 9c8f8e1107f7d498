"""Crash safety: the mail import and the contact import of the command line are killed
(SIGKILL) at random moments, at least 20 times (seeded; the seed and every kill are logged).
After each kill the database passes ``PRAGMA integrity_check``, everything the child reported
as stored is there, every attachment blob is whole and referenced, and no file was left
behind; at the end the imports run to their end and add no duplicate."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

SEED = int(os.environ.get("CRASH_SEED", "1313"))
KILLS = 24
MAILS = 48
PEOPLE = 160
ROOT = Path(__file__).resolve().parents[3]


def _mails(folder: Path) -> dict[str, str]:
    """``MAILS`` mails, every third with attachments (one file shared by several mails, one
    larger than a chunk); file name → Message-ID."""
    folder.mkdir()
    shared = bytes(range(256)) * 40
    ids: dict[str, str] = {}
    for number in range(MAILS):
        message = EmailMessage()
        message["From"] = f"Person {number} <person{number}@buerger.example>"
        message["To"] = "buergerservice@land.nrw.de"
        message["Subject"] = f"Anliegen Nummer {number} zur Straßenreinigung"
        message["Date"] = "Wed, 25 Nov 2026 09:00:00 +0100"
        message["Message-ID"] = f"<crash-{number}@buerger.example>"
        message.set_content(f"Guten Tag,\nich habe ein Anliegen ({number}).\n" * 20)
        if number % 3 == 0:
            message.add_attachment(
                shared, maintype="application", subtype="octet-stream", filename="plan.bin"
            )
            own = random.Random(number).randbytes(1_200_000 if number == 9 else 30_000)
            message.add_attachment(
                own, maintype="application", subtype="pdf", filename=f"foto{number}.pdf"
            )
        name = f"mail{number:03d}.eml"
        (folder / name).write_bytes(message.as_bytes())
        ids[name] = f"crash-{number}@buerger.example"  # stored without the brackets
    return ids


def _contacts(path: Path) -> None:
    cards = []
    for number in range(PEOPLE):
        cards.append(
            "\r\n".join(
                [
                    "BEGIN:VCARD",
                    "VERSION:3.0",
                    f"N:Nachname{number:03d};Vorname{number:03d};;;",
                    f"FN:Vorname{number:03d} Nachname{number:03d}",
                    f"TEL;TYPE=CELL:0171 7{number:06d}",
                    f"EMAIL:kontakt{number}@presse.example",
                    "END:VCARD",
                ]
            )
        )
    path.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")


class Forker:
    """The fork server (``forker.py``): one Python start for all the killed runs."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.integrity.forker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
            text=True,
        )
        assert self._answer() == "ready"

    def _answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def start(self, args: list[str], out: Path) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"args": args, "out": str(out)}) + "\n")
        self.process.stdin.flush()
        answer = self._answer()
        assert answer.startswith("pid "), answer
        return int(answer.split()[1])

    def ended(self) -> str:
        """Let the server reap the child; how it ended (``exit 9``: killed)."""
        assert self.process.stdin is not None
        self.process.stdin.write("reap\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


def _lines(out: Path) -> list[dict[str, object]]:
    """The complete JSON lines the child wrote (a line cut by the kill is not one)."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    return [json.loads(line) for line in text.split("\n")[:-1] if line.startswith("{")]


def _new(lines: list[dict[str, object]]) -> int:
    return sum(1 for line in lines if line["status"] == "imported")


def _wait_for(out: Path, count: int, pid: int, limit: float = 30.0) -> None:
    """Until the child reported ``count`` new items (not the duplicates of earlier runs)."""
    end = time.monotonic() + limit
    while _new(_lines(out)) < count:
        assert time.monotonic() < end, "the child made no progress"
        if _ended(pid):
            return
        time.sleep(0.003)


def _ended(pid: int) -> bool:
    """Whether the child (not reaped yet: a zombie when it ended) has ended."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def _run_to_the_end(args: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "buergeranfragen", *args], capture_output=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""


def _check(path: Path, stored_mails: set[str], stored_contacts: set[int]) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if "inquiries" not in tables:  # killed before the schema was committed
            assert not stored_mails and not stored_contacts
            return
        ids = {r[0] for r in connection.execute("SELECT message_id FROM inquiries")}
        assert stored_mails <= ids, stored_mails - ids
        contacts = {r[0] for r in connection.execute("SELECT id FROM contacts")}
        assert stored_contacts <= contacts, stored_contacts - contacts
        unreferenced = connection.execute(
            "SELECT id FROM attachment_blobs WHERE id NOT IN ("
            " SELECT blob_id FROM inquiry_attachments WHERE blob_id IS NOT NULL"
            " UNION SELECT blob_id FROM inquiry_originals"
            " UNION SELECT original_blob_id FROM inquiry_messages"
            "  WHERE original_blob_id IS NOT NULL"
            " UNION SELECT blob_id FROM report_mails WHERE blob_id IS NOT NULL)"
        ).fetchall()
        assert unreferenced == []
        broken = connection.execute(
            "SELECT b.id FROM attachment_blobs b LEFT JOIN attachment_blob_chunks c"
            " ON c.blob_id = b.id GROUP BY b.id, b.size"
            " HAVING coalesce(sum(length(c.data)), 0) != b.size"
        ).fetchall()
        assert broken == []
        missing = connection.execute(
            "SELECT count(*) FROM inquiry_attachments WHERE blob_id IS NULL"
        ).fetchone()
        assert missing == (0,)
        originals = connection.execute(
            "SELECT count(*) FROM inquiries i LEFT JOIN inquiry_originals o"
            " ON o.inquiry_id = i.id WHERE o.inquiry_id IS NULL"
        ).fetchone()
        assert originals == (0,)  # every mail inquiry keeps its original
    finally:
        connection.close()


def _counts(path: Path) -> tuple[int, int, int, int]:
    connection = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("inquiries", "contacts", "inquiry_attachments", "attachment_blobs")
        )
    finally:
        connection.close()


def test_killed_imports_lose_nothing_committed_and_leave_no_duplicates(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    print(f"seed {SEED}")
    database = tmp_path / "office.sqlite"
    data_dir = tmp_path / "data"
    mails = _mails(tmp_path / "mails")
    vcards = tmp_path / "presse.vcf"
    _contacts(vcards)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "BUERGERANFRAGEN_DATA_DIR": str(data_dir),
        "BUERGERANFRAGEN_DATABASE_URL": f"sqlite:///{database}",
    }
    mail_args = ["mail", "import", "--json", *(str(tmp_path / "mails" / n) for n in sorted(mails))]
    contact_args = ["contacts", "import", "--json", str(vcards)]
    stored_mails: set[str] = set()
    stored_contacts: set[int] = set()
    started = time.monotonic()
    forker = Forker(env)
    kills = {"mail": 0, "contacts": 0}
    rounds = 0
    try:
        while sum(kills.values()) < KILLS:
            rounds += 1
            assert rounds < 2 * KILLS, "the imports ended before the kills"
            out = tmp_path / f"child{rounds}.out"  # a new file: never the last run's lines
            mail_round = rounds % 2 == 1
            kind = "mail" if mail_round else "contacts"
            # now and then while it starts (0), mostly while it writes
            after = rng.choice((0, 1, 1, 2, 2, 3) if mail_round else (0, 1, 2, 3, 4, 5))
            pause = rng.uniform(0.0, 0.012)  # within the next item or two, however fast
            pid = forker.start(mail_args if mail_round else contact_args, out)
            _wait_for(out, after, pid)
            time.sleep(pause)
            os.kill(pid, signal.SIGKILL)
            ended = forker.ended()
            kills[kind] += ended == f"exit {signal.SIGKILL}"
            lines = _lines(out)
            print(
                f"round {rounds}: {kind} killed after {after} "
                f"new + {pause:.3f}s: {ended}, {len(lines)} lines, {_new(lines)} new"
            )
            for line in lines:
                if mail_round and line["status"] == "imported":
                    stored_mails.add(mails[Path(str(line["file"])).name])
                if not mail_round and line["contact_id"] is not None:
                    stored_contacts.add(int(line["contact_id"]))  # type: ignore[call-overload]
            _check(database, stored_mails, stored_contacts)
            # a child killed right after the fork has not opened its files yet
            errors = out.with_name(out.name + ".err")
            assert not errors.exists() or errors.read_text() == ""
            out.unlink(missing_ok=True)
            errors.unlink(missing_ok=True)
    finally:
        forker.close()
    print(f"{kills} kills in {rounds} rounds, {time.monotonic() - started:.1f}s")
    assert min(kills.values()) >= KILLS // 2 - 2  # killed during both imports
    for args in (mail_args, contact_args):  # to the end, as a real `python -m buergeranfragen`
        _run_to_the_end(args, env)
    _check(database, stored_mails, stored_contacts)
    inquiries, contacts, attachments, blobs = _counts(database)
    assert (inquiries, contacts) == (MAILS, PEOPLE)  # an unknown sender is no contact yet
    with_files = len(range(0, MAILS, 3))
    assert attachments == 2 * with_files
    assert blobs == MAILS + with_files + 1  # originals, own files, the shared one
    leftovers = [p for p in data_dir.rglob("*") if p.is_file() and p.parent.name != "logs"]
    assert leftovers == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "office.sqlite",
        "presse.vcf",
    ]
