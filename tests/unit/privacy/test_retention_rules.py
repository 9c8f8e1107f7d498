"""The retention rules (defaults, checked, Administration only, audited), the daily run's claim
(one desk a day, a stale claim taken over, a failed run gives it back), chunks (a run stopped
in the middle loses nothing and the next goes on) and the command line."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock, system_clock
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.privacy import retention as retention_module
from buergeranfragen.privacy.retention import RetentionService, months_before
from buergeranfragen.privacy.retention_rules import DEFAULT_RULES, RetentionRules, rules_from_data
from tests.support import act_as

T0 = datetime(2025, 1, 10, 9, tzinfo=UTC)


def test_months_before_clamps_the_day() -> None:
    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 12) == datetime(2025, 1, 15, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 13) == datetime(
        2024, 12, 15, tzinfo=UTC
    )


def test_rules_from_data_defaults_and_refusals() -> None:
    assert rules_from_data({}) == DEFAULT_RULES == RetentionRules(12, 24, 24)
    assert rules_from_data({"press_months": 36}).press_months == 36
    for bad in (
        {"citizen_months": 0},
        {"press_months": "12"},
        {"x": 1},
        [],
        {"contact_months": True},
    ):
        with pytest.raises(ValidationFailed):
            rules_from_data(bad)


def test_only_the_administration_changes_the_rules(database: Database, clock: FixedClock) -> None:
    admin = RetentionService(database.session_factory, clock, "chefin")
    PeopleService(database.session_factory, clock, "chefin").me()  # the first: Administration
    assert admin.rules() == DEFAULT_RULES
    assert admin.save_rules(RetentionRules(6, 12, 18)) == admin.rules() == RetentionRules(6, 12, 18)
    with pytest.raises(NotPermitted, match="nur die Administration"):
        RetentionService(database.session_factory, clock, "anna").save_rules(DEFAULT_RULES)
    assert admin.rules() == RetentionRules(6, 12, 18)


def _closed_calls(database: Database, clock: FixedClock, count: int) -> list[int]:
    inquiries = InquiryService(database.session_factory, clock, "anna")
    handling = HandlingService(database.session_factory, clock, "anna")
    ids = []
    for n in range(count):
        clock.now = T0 + timedelta(minutes=n)
        ids.append(
            inquiries.log_call(
                CallDraft(number="+49 221 555", subject=f"Sache {n}", received_at=clock.now)
            ).id
        )
        handling.change_status(ids[-1], InquiryStatus.ANSWERED_ON_PHONE)
    return ids


def test_a_run_stopped_between_chunks_loses_nothing_and_the_next_goes_on(
    database: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_calls(database, clock, 7)
    monkeypatch.setattr(retention_module, "CHUNK", 3)
    clock.now = T0 + timedelta(days=400)
    service = RetentionService(database.session_factory, clock, "anna")
    assert len(service.preview().inquiries) == 7
    calls = {"n": 0}

    def stop_after_first_chunk(done: int, total: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # after the first chunk's unit of work
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        service.apply(stop_after_first_chunk)
    assert len(service.preview().inquiries) == 4  # the first chunk is committed
    assert service.apply().inquiries == 4
    assert service.preview().inquiries == ()


def test_one_desk_a_day(database: Database, clock: FixedClock) -> None:
    _closed_calls(database, clock, 2)
    clock.now = T0 + timedelta(days=400)
    first = RetentionService(database.session_factory, clock, "anna")
    second = RetentionService(database.session_factory, clock, "bernd")
    assert first.due() and second.due()
    outcome = first.daily()
    assert outcome is not None and outcome.inquiries == 2
    assert not second.due() and second.daily() is None
    clock.now += timedelta(days=1)
    assert second.due()


def test_a_failed_run_gives_its_claim_back_and_a_stale_one_is_taken_over(
    database: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_calls(database, clock, 1)
    clock.now = T0 + timedelta(days=400)
    service = RetentionService(database.session_factory, clock, "anna")

    def broken(progress: object = None, cancelled: object = None) -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(service, "apply", broken)
    with pytest.raises(RuntimeError):
        service.daily()
    other = RetentionService(database.session_factory, clock, "bernd")
    assert other.due()
    assert other._claim(other._day()) is not None  # a desk that then stops
    assert not service.due()
    clock.now += retention_module.STALE_AFTER + timedelta(minutes=1)
    assert service.due()
    monkeypatch.undo()
    outcome = RetentionService(database.session_factory, clock, "anna").daily()
    assert outcome is not None and outcome.inquiries == 1


def _run(url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", url, "privacy", "retention", *args], out=out)
    return code, out.getvalue()


def test_command_line(
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    act_as(monkeypatch, "chefin")
    code, text = _run(sqlite_url, "rules")
    assert code == 0 and "anonymisiert 12 Monate nach dem Abschluss" in text
    rules = tmp_path / "regeln.json"
    rules.write_text('{"citizen_months": 6, "press_months": 12}', encoding="utf-8")
    code, text = _run(sqlite_url, "rules", "set", str(rules))
    assert code == 0 and "anonymisiert 6 Monate" in text
    assert json.loads(_run(sqlite_url, "rules", "--json")[1]) == {
        "citizen_months": 6,
        "press_months": 12,
        "contact_months": 24,
    }
    code, text = _run(sqlite_url, "--dry-run", "--json")
    preview = json.loads(text)
    assert code == 0 and preview["counts"] == {"inquiries": 0, "contacts": 0, "rejected_mails": 0}
    code, text = _run(sqlite_url)
    assert code == 0 and text == (
        "0 Anfragen anonymisiert, 0 Kontakte gelöscht, 0 nicht übernommene Mails gelöscht.\n"
    )
    act_as(monkeypatch, "anna")
    code, _ = _run(sqlite_url, "rules", "set", str(rules))
    assert code != 0 and "nur die Administration" in capsys.readouterr().err
    rules.write_text('{"citizen_months": 0}', encoding="utf-8")
    act_as(monkeypatch, "chefin")
    code, _ = _run(sqlite_url, "rules", "set", str(rules))
    assert code != 0 and "zwischen 1 und 600" in capsys.readouterr().err


def test_a_cancelled_daily_run_stops_after_its_chunk_and_gives_the_claim_back(
    database: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closing cancels the run: it stops after the chunk under way (closing does not
    wait for the whole run), and the next start goes on with the rest."""
    _closed_calls(database, clock, 7)
    monkeypatch.setattr(retention_module, "CHUNK", 3)
    clock.now = T0 + timedelta(days=400)
    service = RetentionService(database.session_factory, clock, "anna")
    chunks = {"n": 0}

    def progress(done: int, total: int) -> None:
        chunks["n"] += 1

    outcome = service.daily(progress, cancelled=lambda: chunks["n"] >= 2)
    assert outcome is not None and outcome.inquiries == 3  # one chunk, then stopped
    assert service.due()  # not marked done: the next start goes on
    outcome = service.daily()
    assert outcome is not None and outcome.inquiries == 4
    assert not service.due()


def test_a_desk_whose_clock_runs_ahead_of_the_database_server_is_refused(
    database: Database, backend: str, tmp_path: Path
) -> None:
    inquiries = InquiryService(database.session_factory, system_clock, "anna", tmp_path / "o")
    call = inquiries.log_call(CallDraft(subject="Sperrmüll"))
    HandlingService(database.session_factory, system_clock, "anna").change_status(
        call.id, InquiryStatus.ANSWERED_ON_PHONE
    )
    ahead = FixedClock(system_clock() + timedelta(days=400))
    wrong = RetentionService(database.session_factory, ahead, "anna", check_clock=True)
    right = RetentionService(database.session_factory, system_clock, "anna", check_clock=True)
    if backend == "postgresql":
        with pytest.raises(KnownError) as refused:
            wrong.apply()
        assert "Datenbankservers" in refused.value.reason.template
        assert inquiries.get(call.id).subject == "Sperrmüll"  # nothing anonymised
    else:  # SQLite has no clock of its own to compare with: the run goes ahead
        assert wrong.apply().inquiries == 1
    assert right.apply().inquiries == 0  # a right clock runs (nothing is due yet)
