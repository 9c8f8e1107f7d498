"""Environment errors are messages: special, oversized and unreadable files, file names that
are not UTF-8, folders that cannot be created, a read-only database; files created private;
exit codes 0 / 1 / 2; the command line logs to the same private log as the window."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import backup_sqlite, open_database
from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.input_files import UnreadableInput, read_input_file, shown_path
from buergeranfragen.runtime import setup_logging

SRC = Path(__file__).resolve().parents[2] / "src"
MAIL = (
    b"From: Erika <erika@example.org>\r\nTo: nrwdirekt@nrw.de\r\nSubject: Frage\r\n"
    b"Date: Wed, 25 Nov 2026 08:00:00 +0100\r\nMessage-ID: <f1@example.org>\r\n\r\nText\r\n"
)
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Erika;;;\r\nFN:Erika Muster\r\nEND:VCARD\r\n"


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    done: list[BaseException] = []

    def read() -> None:
        try:
            read_input_file(fifo, 1000)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            done.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO hung"
    assert isinstance(done[0], UnreadableInput)
    assert "keine gewöhnliche Datei" in done[0].message


def test_a_device_is_refused() -> None:
    with pytest.raises(UnreadableInput, match="keine gewöhnliche Datei"):
        read_input_file(Path("/dev/zero"), 1000)


def test_oversized_missing_and_folder(tmp_path: Path) -> None:
    big = tmp_path / "gross.eml"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(UnreadableInput, match="zu groß"):
        read_input_file(big, 1024)
    assert read_input_file(big, 2048) == b"x" * 2048
    with pytest.raises(UnreadableInput, match="gibt es nicht"):
        read_input_file(tmp_path / "fehlt.eml", 10)
    with pytest.raises(UnreadableInput, match="Ordner"):
        read_input_file(tmp_path, 10)


def test_an_unreadable_file_is_a_message(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        secret = tmp_path / "geheim.eml"
        secret.write_bytes(MAIL)
        secret.chmod(0)
        with pytest.raises(UnreadableInput, match="Leserechte"):
            read_input_file(secret, 1000)
        return
    # root reads every file: the reader runs as an unprivileged user instead
    folder = Path(tempfile.mkdtemp(prefix="unlesbar-"))
    try:
        folder.chmod(0o755)
        secret = folder / "geheim.eml"
        secret.write_bytes(MAIL)
        secret.chmod(0o600)
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child reports through the pipe
            message = ""
            try:
                os.setgid(65534)
                os.setuid(65534)
                read_input_file(secret, 1000)
            except UnreadableInput as exc:
                message = exc.message
            except BaseException as exc:  # noqa: BLE001
                message = repr(exc)
            finally:
                os.write(write, message.encode())
                os._exit(0)
        os.close(write)
        os.waitpid(child, 0)
        with os.fdopen(read, "rb") as answer:
            told = answer.read().decode()
        assert "Leserechte" in told, told
    finally:
        shutil.rmtree(folder)


def test_mail_import_of_special_files_exits_1_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "gut.eml"
    good.write_bytes(MAIL)
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    code, out = cli("--database", db, "mail", "import", "/dev/zero", str(fifo), str(good), "--json")
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["status"] for r in reports] == ["rejected", "rejected", "imported"]
    assert code == 1
    code, _ = cli("--database", db, "mail", "import", str(good))
    assert code == 0  # a duplicate is handled


def test_a_text_file_is_one_refusal_and_exit_1(tmp_path: Path) -> None:
    text = tmp_path / "roman.txt"
    text.write_text("".join(f"Zeile {i} eines Romans, kein Kontakt\n" for i in range(20000)))
    code, out = cli(
        "--database", f"sqlite:///{tmp_path / 'db.sqlite'}", "contacts", "import", str(text)
    )
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == 2, lines[:5]  # the refusal and the summary
    assert "Keine Kontaktdatei: Die Spalten der Datei sind nicht erkannt" in lines[0]


@pytest.mark.parametrize(
    "content", [b"hello\nworld\n", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4]
)
def test_a_short_file_that_is_no_contact_file_is_refused_too(
    tmp_path: Path, content: bytes
) -> None:
    short = tmp_path / "a.csv"
    short.write_bytes(content)
    code, out = cli(
        "--database", f"sqlite:///{tmp_path / 'db.sqlite'}", "contacts", "import", str(short)
    )
    assert code == 1
    assert "Keine Kontaktdatei" in out.splitlines()[0]


def test_file_names_that_are_not_utf8_do_not_stop_the_batch(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    bad_mail = Path(os.fsdecode(folder + b"/Bescheid_M\xfcller.eml"))
    bad_mail.write_bytes(MAIL)
    bad_card = Path(os.fsdecode(folder + b"/Kontakt_\xe4.vcf"))
    bad_card.write_text(VCARD)
    missing = Path(os.fsdecode(folder + b"/fehlt_\xfc.vcf"))
    assert shown_path(bad_mail).endswith("Bescheid_M\ufffdller.eml")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "buergeranfragen",
            "--database",
            db,
            "contacts",
            "import",
            os.fsencode(missing),
            os.fsencode(bad_card),
        ],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert b"Traceback" not in done.stderr, done.stderr
    assert b"importiert" in done.stdout and done.returncode == 1  # one file was missing
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "buergeranfragen",
            "--database",
            db,
            "mail",
            "import",
            os.fsencode(bad_mail),
            "--json",
        ],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert b"Traceback" not in done.stderr, done.stderr
    assert json.loads(done.stdout)["status"] == "imported" and done.returncode == 0


def test_a_database_folder_that_cannot_be_created(tmp_path: Path, clock: FixedClock) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("")
    with pytest.raises(DatabaseUnavailable, match="kann nicht angelegt werden"):
        open_database(f"sqlite:///{blocker / 'sub' / 'db.sqlite'}", clock)
    code, _ = cli("--database", f"sqlite:///{blocker / 'db.sqlite'}", "contacts", "find", "x")
    assert code == 1


def test_a_read_only_database_is_refused_and_its_rights_kept(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "nur-lesen.sqlite"
    open_database(f"sqlite:///{path}", clock).close()
    path.chmod(0o400)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="schreibgeschützt"):
        open_database(f"sqlite:///{path}", clock)
    assert stat.S_IMODE(path.stat().st_mode) == 0o400
    assert path.read_bytes() == before
    code, _ = cli("--database", f"sqlite:///{path}", "contacts", "find", "x")
    assert code == 1 and stat.S_IMODE(path.stat().st_mode) == 0o400


def test_a_read_only_database_folder_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "ro"
    open_database(f"sqlite:///{folder / 'db.sqlite'}", clock).close()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseUnavailable, match="Ordner"):
            open_database(f"sqlite:///{folder / 'db.sqlite'}", clock)
    finally:
        folder.chmod(0o700)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "buergeranfragen", "contacts", "import"],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.returncode == 2


def test_files_are_created_private_from_the_start(tmp_path: Path, clock: FixedClock) -> None:
    """A real run of the command line (umask 0077 at start): database, log, export."""
    data = tmp_path / "daten"
    env = {**os.environ, "PYTHONPATH": str(SRC), "BUERGERANFRAGEN_DATA_DIR": str(data)}
    card = tmp_path / "k.vcf"
    card.write_text(VCARD)
    export = tmp_path / "aus" / "alle.csv"
    for args in (
        ["contacts", "import", str(card)],
        ["contacts", "export", "--format", "csv", "--output", str(export)],
    ):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import os; os.umask(0o022); from buergeranfragen.cli "
                "import main; raise SystemExit(main())",
                *args,
            ],
            capture_output=True,
            env=env,
        )
        assert done.returncode == 0, done.stderr
    for path in (data / "buergeranfragen.sqlite", data / "logs" / "buergeranfragen.log", export):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (data, data / "logs", export.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    log = (data / "logs" / "buergeranfragen.log").read_text()
    assert "command contacts" in log and "Erika" not in log and "Muster" not in log


def test_the_backup_is_never_world_readable(tmp_path: Path, clock: FixedClock) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "alt.sqlite"
        open_database(f"sqlite:///{path}", clock).close()
        backup = backup_sqlite(path, "0001", clock)
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        log_file = setup_logging(tmp_path / "logs")
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_the_core_logs_references_but_no_personal_data(tmp_path: Path) -> None:
    good = tmp_path / "gut.eml"
    good.write_bytes(MAIL)
    code, _ = cli(
        "--database",
        f"sqlite:///{tmp_path / 'db.sqlite'}",
        "mail",
        "import",
        str(good),
        str(tmp_path / "fehlt.eml"),
    )
    assert code == 1
    log = (tmp_path / "data" / "logs" / "buergeranfragen.log").read_text()
    assert "mail stored as BA-" in log
    assert "mail refused: Die Datei gibt es nicht." in log
    for personal in ("Erika", "erika@example.org", "Frage", "Text", "fehlt.eml"):
        assert personal not in log


def test_without_a_log_nothing_but_the_messages_reaches_the_terminal(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner")
    done = subprocess.run(
        [sys.executable, "-m", "buergeranfragen", "contacts", "find", "x"],
        env={**os.environ, "BUERGERANFRAGEN_DATA_DIR": str(blocker / "daten")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == ["Hinweis", "Fehler"], lines
    assert "{" not in done.stderr  # no log record with its values unfilled
