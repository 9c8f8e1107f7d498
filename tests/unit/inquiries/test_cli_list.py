"""`inquiries list`: filters, views, JSON, and unknown values refused with exit 2."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.context import build_context
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery, InquiryStatus


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'liste.sqlite'}"
    now = datetime.now(UTC)
    settings = Settings(database_url=url, data_dir=tmp_path, log_dir=tmp_path / "logs", actor="cli")
    context = build_context(settings, FixedClock(now - timedelta(days=20)))
    try:
        service = context.inquiries
        service.log_call(CallDraft(subject="Kitaplatz alt"))  # due long ago: overdue
        service.log_call(
            CallDraft(
                subject="Haushalt", kind=ContactKind.PRESS, received_at=now - timedelta(days=19)
            )
        )
        service.log_call(
            CallDraft(
                subject="Öffnungszeiten",
                status=InquiryStatus.ANSWERED_ON_PHONE,
                received_at=now - timedelta(days=18),
            )
        )
        context.views.save("Presse", InquiryQuery(kind=ContactKind.PRESS))
    finally:
        context.close()
    return url


def run(*args: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_list_filters_and_json(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "cli")
    monkeypatch.setenv("LOGNAME", "cli")
    code, rows = run("--database", db, "inquiries", "list", "--json")
    assert code == 0
    assert [r["subject"] for r in rows] == ["Öffnungszeiten", "Haushalt", "Kitaplatz alt"]
    kita = rows[2]
    assert set(kita) == {
        "reference",
        "status",
        "kind",
        "channel",
        "received_at",
        "department",
        "department_code",
        "assignee",
        "due_at",
        "subject",
    }
    assert (kita["status"], kita["kind"], kita["channel"]) == ("new", "citizen", "phone")
    assert kita["department_code"] == "MKJFGFI"
    assert str(kita["department"]).startswith("Ministerium für Kinder")
    assert datetime.fromisoformat(str(kita["due_at"])) < datetime.now(UTC)

    def subjects(*args: str) -> list[object]:
        code, found = run("--database", db, "inquiries", "list", "--json", *args)
        assert code == 0
        return [r["subject"] for r in found]

    assert subjects("--department", "mkjfgfi") == ["Kitaplatz alt"]
    assert subjects("--status", "Neu", "--kind", "presse") == ["Haushalt"]
    assert subjects("--open") == ["Haushalt", "Kitaplatz alt"]
    assert subjects("--overdue") == ["Haushalt", "Kitaplatz alt"]
    assert subjects("--due-today") == []
    assert subjects("--view", "Überfällig", "--kind", "citizen") == ["Kitaplatz alt"]
    assert subjects("--view", "Presse") == ["Haushalt"]  # the saved view, before the code PRESSE
    assert subjects("--limit", "1") == ["Öffnungszeiten"]
    out = io.StringIO()
    assert main(["--database", db, "inquiries", "list"], out=out) == 0
    assert "Kitaplatz alt" in out.getvalue() and "am Telefon erledigt" in out.getvalue()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--status", "verschollen"), "Einen Status „verschollen“ gibt es nicht"),
        (("--department", "XYZ"), "Eine Abteilung „XYZ“ gibt es nicht"),
        (("--kind", "brief"), "Eine Art „brief“ gibt es nicht"),
        (("--assignee", "niemand"), "Eine Person „niemand“ gibt es nicht"),
        (("--view", "Irgendwas"), "Eine Ansicht „Irgendwas“ gibt es nicht"),
        (("--overdue", "--due-today"), "schließen sich aus"),
    ],
)
def test_unknown_values_are_usage_errors(
    db: str, args: tuple[str, ...], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", db, "inquiries", "list", *args], out=io.StringIO()) == 2
    assert words in capsys.readouterr().err
