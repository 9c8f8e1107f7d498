"""Two processes importing mails from the same senders at once (`buergeranfragen mail import`,
as two colleagues' clients, or a mailbox fetch and a drop, would) give the result of one
after the other: one contact per sender - two people sharing a newsroom's address stay two -
and every mail stored once, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.service import InquiryService
from tests.conftest import ACTOR

SENDERS = (
    ("Lena Hoffmann", "newsdesk@wdr.example"),
    ("Dr. Jonas Weber", "newsdesk@wdr.example"),  # the same newsroom address
    ("Erika Mustermann", "erika@example.org"),
    ("Miriam Çelik", "m.celik@example.net"),
    ("Tom Berg", "familie.berg@example.com"),
    ("Ute Berg", "familie.berg@example.com"),  # a family's address
    ("Anna Nass", "anna.nass@example.org"),
    ("Paul Panzer", "paul@example.de"),
    ("Sabine Sommer", "s.sommer@example.net"),
    ("Karl Klammer", "karl@example.com"),
    ("Petra Pfeffer", "pfeffer@example.org"),
    ("Hans Hase", "hase@example.net"),
    ("Greta Gans", "greta@example.de"),
    ("Otto Ohm", "ohm@example.com"),
    ("Ilse Igel", "igel@example.org"),
)
PER_PROCESS = 30  # each process: mail i from sender i % 15, i = 0 … 29
SHARED_FROM = 20  # mails 20-29 are the same files in both processes, 0-19 are their own
# `buergeranfragen ARGS...` (the command's own entry) with a start line: once its database is
# open and a first mail of its own (WARM) is stored, it says so (its READY file) and waits for
# GO. So the two processes' first mails - one from each sender, in the same order, each making
# the sender's contact - meet, instead of one being halfway through before the other has
# connected or read the newsroom domains.
AT_THE_START_LINE = """
import sys, time
from pathlib import Path
from buergeranfragen import context
from buergeranfragen.cli import main

ready, go, warm = (Path(sys.argv.pop(1)) for _ in range(3))
build_context = context.build_context

def build_and_wait(*args, **kwargs):
    built = build_context(*args, **kwargs)
    built.mail.import_file(warm)
    ready.touch()
    while not go.exists():
        time.sleep(0.001)
    return built

context.build_context = build_and_wait
sys.exit(main())
"""


def write_mail(path: Path, i: int, name: str) -> Path:
    sender, address = SENDERS[i % len(SENDERS)]
    path.write_bytes(
        (
            f"From: {sender} <{address}>\r\nTo: nrwdirekt@nrw.de\r\nSubject: {name}\r\n"
            f"Date: Mon, 23 Nov 2026 10:{i:02d}:00 +0100\r\n"
            f"Message-ID: <{name.replace(' ', '-')}@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Text von {name}.\r\n"
        ).encode()
    )
    return path


def mails_of(folder: Path, process: str) -> list[Path]:
    """The mails one process imports: 20 of its own, then the 10 both import."""
    folder.mkdir(exist_ok=True)
    return [
        write_mail(folder / f"{process}-{i:02d}.eml", i, f"{process} {i}")
        if i < SHARED_FROM
        else write_mail(folder / f"beide-{i:02d}.eml", i, f"beide {i}")
        for i in range(PER_PROCESS)
    ]


def warm_up_mail(folder: Path, process: str) -> Path:
    path = folder / f"vorlauf-{process}.eml"
    path.write_bytes(
        (
            f"From: Vorlauf {process} <vorlauf-{process}@example.org>\r\nSubject: Vorlauf\r\n"
            f"Message-ID: <vorlauf-{process}@example.org>\r\n\r\nVorlauf.\r\n"
        ).encode()
    )
    return path


def sender_of(subject: str) -> str:
    if subject == "Vorlauf":
        return "Vorlauf"
    return SENDERS[int(subject.split()[-1]) % len(SENDERS)][0]


def test_two_processes_importing_mails_from_the_same_senders_make_no_duplicate(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    runs = [mails_of(tmp_path / "mails", "A"), mails_of(tmp_path / "mails", "B")]
    go = tmp_path / "go"
    ready = [tmp_path / "ready-A", tmp_path / "ready-B"]
    warm_up = [warm_up_mail(tmp_path, "A"), warm_up_mail(tmp_path, "B")]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", AT_THE_START_LINE, str(flag), str(go), str(warm)]
            + ["--database", database.url, "mail", "import", "--json", *map(str, run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for flag, warm, run in zip(ready, warm_up, runs, strict=True)
    ]
    deadline = time.monotonic() + 60
    while not all(flag.exists() for flag in ready) and time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            break  # a process ended early: its output below says why
        time.sleep(0.005)
    go.touch()
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], [err for _, err in outputs]
    assert [err for _, err in outputs] == ["", ""]
    reports = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    assert len(reports) == 2 * PER_PROCESS

    # every mail stored once: the shared ones imported by one process, a duplicate of that
    # same inquiry for the other
    subjects = {f"{p} {i}" for p in "AB" for i in range(SHARED_FROM)}
    subjects |= {f"beide {i}" for i in range(SHARED_FROM, PER_PROCESS)}
    imported = Counter(r["subject"] for r in reports if r["status"] == "imported")
    assert imported == Counter(subjects)
    references = {r["subject"]: r["reference"] for r in reports if r["status"] == "imported"}
    for report in reports:
        if report["status"] != "imported":
            assert report["status"] == "duplicate", report
            assert report["reference"] == references[report["subject"]]
    assert len(set(references.values())) == len(subjects)

    # one contact per sender, every inquiry at its sender's contact
    contacts = ContactService(database.session_factory, clock, ACTOR)
    inquiries = InquiryService(database.session_factory, clock, ACTOR, tmp_path / "anhaenge")
    names = sorted(name for name, _ in SENDERS) + ["Vorlauf A", "Vorlauf B"]
    assert sorted(c.name for c in contacts.search()) == names
    assert inquiries.count(InquiryQuery()) == len(subjects) + 2
    for summary in inquiries.search(InquiryQuery(), 0, 100):
        assert summary.contact_name.startswith(sender_of(summary.subject)), summary
    with database.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM inquiry_contact_candidates")) == 0
