"""The command line as a script or another program uses it."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from buergeranfragen import __version__
from buergeranfragen.cli import display_problem, main
from tests.support import corpus_dir

VCARD = """BEGIN:VCARD
VERSION:3.0
FN:Markus Fischer
N:Fischer;Markus;;;
ORG:dpa
TEL;TYPE=WORK:030 23125 016
EMAIL:markus.fischer@dpa.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Ohne Alles
END:VCARD
"""


def run(*args: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    out = io.StringIO()
    code = main(list(args), out=out)
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")]
    return code, lines


def test_version_runs_as_a_real_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "buergeranfragen", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"buergeranfragen {__version__}"


def test_import_json_documents_every_entry(tmp_path: Path) -> None:
    path = tmp_path / "presse.vcf"
    path.write_text(VCARD, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    code, entries = run(
        "--database", db, "contacts", "import", str(path), "--kind", "press", "--json"
    )
    assert code == 0
    assert [set(e) for e in entries] == [
        {
            "file",
            "entry",
            "status",
            "contact_id",
            "name",
            "phones_e164",
            "emails",
            "warnings",
            "error",
        }
    ] * 2
    first, second = entries
    assert first["status"] == "imported" and first["name"] == "Markus Fischer"
    assert first["phones_e164"] == ["+493023125016"]
    assert first["emails"] == ["markus.fischer@dpa.example"]
    assert second["status"] == "imported" and second["entry"] == 2

    code, again = run("--database", db, "contacts", "import", str(path), "--json")
    assert code == 0
    # importing the same file again adds nothing, also for an entry with nothing but a name
    assert [e["status"] for e in again] == ["merged", "merged"]
    assert [e["contact_id"] for e in again] == [first["contact_id"], second["contact_id"]]

    code, found = run("--database", db, "contacts", "find", "030/23125-016", "--json")
    assert code == 0
    assert found == [
        {
            "contact_id": first["contact_id"],
            "name": "Markus Fischer",
            "organisation": "dpa",
            "kind": "press",
            "phones_e164": ["+493023125016"],
            "emails": ["markus.fischer@dpa.example"],
        }
    ]
    code, by_name = run("--database", db, "contacts", "find", "fischer dpa", "--json")
    assert code == 0
    assert [f["contact_id"] for f in by_name] == [first["contact_id"]]


def test_unreadable_file_exits_non_zero_with_a_reason(tmp_path: Path) -> None:
    code, entries = run(
        "--database",
        f"sqlite:///{tmp_path / 'x.sqlite'}",
        "contacts",
        "import",
        str(tmp_path / "gibtsnicht.csv"),
        "--json",
    )
    assert code == 1
    assert entries[0]["status"] == "skipped" and "gibt es nicht" in entries[0]["error"]


def test_database_from_environment_and_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "umgebung.sqlite"
    monkeypatch.setenv("BUERGERANFRAGEN_DATABASE_URL", f"sqlite:///{db_path}")
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    assert "Kontakte neu" in out.getvalue()
    assert db_path.exists()
    code, found = run("contacts", "find", "0211 837-1399", "--json")
    assert code == 0
    assert found[0]["organisation"].startswith("Staatskanzlei NRW – Pressestelle")
    code, found = run("contacts", "find", "nrwdirekt@nrw.de", "--json")
    assert code == 0
    assert found[0]["phones_e164"] == ["+492118371001"]
    target = tmp_path / "alle.vcf"
    assert (
        main(["contacts", "export", "--format", "vcf", "--output", str(target)], out=io.StringIO())
        == 0
    )
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") >= 30


def test_demo_is_realistic_and_loading_twice_does_not_double(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    code, [first] = run("--database", db, "demo", "--json")
    assert code == 0
    assert first["imported"] >= 30 and first["skipped"] == 0
    assert first["inquiries"] == 8  # five calls, three mails: the queue is not empty
    code, [second] = run("--database", db, "demo", "--json")
    assert code == 0
    assert second["imported"] == 0 and second["merged"] == first["imported"]
    assert second["inquiries"] == 0
    code, press = run("--database", db, "contacts", "find", "Presseverteiler", "--json")
    assert code == 0
    assert len(press) >= 20 and {p["kind"] for p in press} == {"press"}


def test_bad_database_url_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["--database", "postgresql+psycopg://nobody@127.0.0.1:1/none", "contacts", "find", "x"],
        out=io.StringIO(),
    )
    assert code == 1
    assert "Datenbank ist nicht erreichbar" in capsys.readouterr().err


def test_window_without_display_says_how_to_start_it() -> None:
    message = display_problem({}, "linux")
    assert message is not None and "xvfb-run" in message
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "buergeranfragen"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "xvfb-run" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.corpus
def test_every_corpus_contact_file_is_imported_merged_or_skipped_with_a_reason(
    tmp_path: Path,
) -> None:
    files = sorted(
        p
        for folder in ("vcf", "csv")
        for p in corpus_dir(folder).rglob("*")
        if p.is_file() and p.suffix.lower() in (".vcf", ".csv", ".txt")
    )
    assert len(files) >= 80
    db = f"sqlite:///{tmp_path / 'korpus.sqlite'}"
    out = io.StringIO()
    code = main(["--database", db, "contacts", "import", *map(str, files), "--json"], out=out)
    entries = [json.loads(line) for line in out.getvalue().splitlines()]
    # files that are no contact files (a licence text, CSV fixtures without name columns) are
    # one refusal each, and make the exit code 1
    refused = [e for e in entries if e["entry"] is None]
    assert code == (1 if refused else 0)
    assert all(e["error"].startswith("Keine Kontaktdatei") for e in refused)
    assert {e["file"] for e in entries} <= set(map(str, files))
    assert all(e["error"] for e in entries if e["status"] == "skipped")
    assert all(e["contact_id"] for e in entries if e["status"] != "skipped")
    stored = [e for e in entries if e["status"] != "skipped"]
    counts = {s: sum(e["status"] == s for e in entries) for s in ("imported", "merged", "skipped")}
    print(f"\nKorpus: {len(files)} Dateien, {len(entries)} Einträge: {counts}")
    assert len(stored) >= 70 and counts["imported"] >= 60
    names = {e["name"] for e in stored}
    assert {"Simon Perreault", "Jörg Müller", "Frank Dawson"} <= names


@pytest.mark.parametrize("limit", ["-5", "0", "viele"])
def test_a_limit_below_one_is_a_usage_error(limit: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "--database",
                f"sqlite:///{tmp_path / 'db.sqlite'}",
                "contacts",
                "find",
                "x",
                "--limit",
                limit,
            ]
        )
    assert exit_.value.code == 2


def test_direction_controls_are_written_out_for_people_and_kept_for_programs(
    tmp_path: Path,
) -> None:
    """A file "rechnung\u202efdp.eml" must not pose as something else in a terminal; the JSON
    keeps the name as it is."""
    mail = tmp_path / "rechnung\u202efdp.eml"
    mail.write_bytes(
        b"From: a@example.org\r\nSubject: Frage\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
        b"Message-ID: <rlo@x>\r\n\r\nText\r\n"
    )
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    out = io.StringIO()
    assert main(["--database", db, "mail", "import", str(mail)], out=out) == 0
    assert "rechnung⟨U+202E⟩fdp.eml" in out.getvalue() and "\u202e" not in out.getvalue()
    out = io.StringIO()
    assert main(["--database", db, "mail", "import", "--json", str(mail)], out=out) == 0
    assert json.loads(out.getvalue())["file"] == str(mail)
