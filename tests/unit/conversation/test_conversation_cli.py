"""The conversation on the command line: `mail import --json` reports a mail added to an
inquiry as "threaded", `inquiries show --json` lists the messages in time order, `inquiries
reply` without a mail server refuses and stores nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

from buergeranfragen.cli import main
from tests.unit.conversation.test_threading import further
from tests.unit.mail.files import FROM_CITIZEN, mail_file


def run(db: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", db, *args], out=out)
    return code, out.getvalue()


def test_threaded_mail_and_the_messages_of_show(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = mail_file(tmp_path, "erste.eml", FROM_CITIZEN)
    code, out = run(db, "mail", "import", "--json", str(first))
    assert code == 0
    reference = json.loads(out)["reference"]
    answer = mail_file(
        tmp_path,
        "antwort.eml",
        further("r1@example.org", subject=f"AW: Frage [{reference}]", body="Noch eine Frage."),
    )
    code, out = run(db, "mail", "import", "--json", str(answer))
    report = json.loads(out)
    assert (code, report["status"], report["reference"]) == (0, "threaded", reference)
    assert (report["reopened"], report["resumed"]) == (False, False)
    code, out = run(db, "mail", "import", str(answer))
    assert "schon vorhanden" in out

    code, out = run(db, "inquiries", "show", reference, "--json")
    shown = json.loads(out)
    assert [(m["direction"], m["kind"], m["from"]) for m in shown["messages"]] == [
        ("in", "mail", "Erika Mustermann <erika@example.org>"),
        ("in", "mail", "Erika Mustermann <erika@example.org>"),
    ]
    assert shown["messages"][1]["text"].strip() == "Noch eine Frage."
    assert set(shown["messages"][0]) >= {
        "direction",
        "at",
        "author",
        "from",
        "to",
        "subject",
        "text",
    }
    code, out = run(db, "inquiries", "show", reference)
    assert "Nachrichten:" in out and "Noch eine Frage." in out

    text = tmp_path / "antwort.txt"
    text.write_text("Sehr geehrte Frau Mustermann,\n\ndanke.", encoding="utf-8")
    code, out = run(db, "inquiries", "reply", reference, "--text-file", str(text))
    assert code == 2  # no mail server set up: refused, nothing stored
    code, out = run(db, "inquiries", "show", reference, "--json")
    assert len(json.loads(out)["messages"]) == 2


def test_show_names_the_inquiry_a_strangers_mail_referred_to(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    code, out = run(db, "mail", "import", "--json", str(mail_file(tmp_path, "a.eml", FROM_CITIZEN)))
    reference = json.loads(out)["reference"]
    stranger = further("s1@evil.example", subject=f"[{reference}]", sender="x@evil.example")
    code, out = run(db, "mail", "import", "--json", str(mail_file(tmp_path, "s.eml", stranger)))
    new = json.loads(out)["reference"]
    code, out = run(db, "inquiries", "show", new)
    assert code == 0 and f"Verweist auf: {reference}" in out
    code, out = run(db, "inquiries", "show", new, "--json")
    assert json.loads(out)["linked_reference"] == reference
