"""The automatic weekly report: created once on the first start in a new ISO week (another
desk, or a second start, does not create it again, also when both start at once), written in
the configured formats, mailed with the files attached over a real SMTP server; its settings
changed by the Administration only."""

from __future__ import annotations

import email
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.conversation.records import SendState
from buergeranfragen.db.engine import reading, transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.report_tables import ReportMail, ReportRun
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.mail.smtp_settings import SmtpSettingsService
from buergeranfragen.mail.transport import SmtpTransport
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.reports.mailing import ReportMailer
from buergeranfragen.reports.periods import Period, week
from buergeranfragen.reports.records import Report
from buergeranfragen.reports.settings import ReportSettings, ReportSettingsService
from buergeranfragen.reports.weekly import WeeklyReports
from tests.conftest import ACTOR, MemoryKeyring
from tests.report_sample import STAND_IN_WRITERS, small_sample_report
from tests.smtp_support import PASSWORD, SmtpServer

MONDAY = datetime(2026, 11, 30, 7, 15, tzinfo=UTC)  # 08:15 Berlin, KW 49: last week is 48


def built(periods: list[Period]):  # type: ignore[no-untyped-def]
    def build(period: Period) -> Report:
        periods.append(period)
        return small_sample_report(period)

    return build


def configure(database: Database, clock: FixedClock, folder: Path, **extra: object) -> None:
    values: dict[str, object] = {"enabled": True, "folder": str(folder)}
    values.update(extra)
    ReportSettingsService(database.session_factory, clock, ACTOR).save(
        ReportSettings(**values)  # type: ignore[arg-type]
    )


def weekly(
    database: Database, clock: FixedClock, built_for: list[Period], actor: str = ACTOR,
    mailer: ReportMailer | None = None,
) -> WeeklyReports:  # fmt: skip
    return WeeklyReports(
        database.session_factory,
        clock,
        actor,
        ReportSettingsService(database.session_factory, clock, actor),
        built(built_for),
        STAND_IN_WRITERS,
        mailer,
    )


def test_created_once_on_the_first_start_of_a_new_week(database: Database, tmp_path: Path) -> None:
    clock = FixedClock(MONDAY - timedelta(days=3))  # Friday of KW 48
    configure(database, clock, tmp_path / "berichte")
    built_for: list[Period] = []
    desk = weekly(database, clock, built_for)
    first = desk.run()
    assert first is not None and first.period == week(2026, 47)  # on Friday: last week is 47
    clock.now = MONDAY
    assert desk.due() == week(2026, 48)
    outcome = desk.run()
    assert outcome is not None and outcome.period == week(2026, 48)
    names = sorted(p.name for p in (tmp_path / "berichte").iterdir())
    assert names == [
        f"Wochenbericht-2026-W{n}.{fmt}" for n in (47, 48) for fmt in ("csv", "pdf", "xlsx")
    ]
    assert (tmp_path / "berichte" / "Wochenbericht-2026-W48.pdf").read_text() == (
        "pdf KW 48/2026 42\n"
    )
    # a second start the same week, and another desk: nothing again
    clock.now = MONDAY + timedelta(hours=2)
    assert desk.due() is None and desk.run() is None
    PeopleService(database.session_factory, clock, "anna").me()
    assert weekly(database, clock, built_for, actor="anna").run() is None
    assert built_for == [week(2026, 47), week(2026, 48)]
    with reading(database.session_factory) as session:
        run = session.get(ReportRun, "2026-W48")
        assert run is not None and run.claimed_by == ACTOR and run.finished_at is not None


def test_only_the_formats_configured_and_nothing_while_off(
    database: Database, tmp_path: Path
) -> None:
    clock = FixedClock(MONDAY)
    built_for: list[Period] = []
    desk = weekly(database, clock, built_for)
    assert desk.due() is None and desk.run() is None  # off by default
    configure(database, clock, tmp_path / "out", formats=("csv",))
    outcome = desk.run()
    assert outcome is not None
    assert [p.name for p in outcome.files] == ["Wochenbericht-2026-W48.csv"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["Wochenbericht-2026-W48.csv"]


def test_two_desks_starting_at_once_create_it_once(database: Database, tmp_path: Path) -> None:
    clock = FixedClock(MONDAY)
    configure(database, clock, tmp_path / "b")
    PeopleService(database.session_factory, clock, "anna").me()
    built_for: list[Period] = []
    desks = [weekly(database, clock, built_for), weekly(database, clock, built_for, "anna")]
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def start(desk: WeeklyReports) -> None:
        barrier.wait()
        outcomes.append(desk.run())

    threads = [threading.Thread(target=start, args=(d,)) for d in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(outcomes) == 2 and sum(o is not None for o in outcomes) == 1
    assert built_for == [week(2026, 48)]


def test_a_failed_run_gives_its_claim_back_and_a_stopped_one_is_taken_over(
    database: Database, tmp_path: Path
) -> None:
    clock = FixedClock(MONDAY)
    blocker = tmp_path / "a-file"
    blocker.write_text("kein Ordner")
    configure(database, clock, blocker / "sub")
    built_for: list[Period] = []
    desk = weekly(database, clock, built_for)
    with pytest.raises(KnownError, match="konnte nicht in"):
        desk.run()
    assert desk.due() == week(2026, 48)  # tried again at the next start
    configure(database, clock, tmp_path / "ok")
    PeopleService(database.session_factory, clock, "anna").me()
    anna = weekly(database, clock, built_for, "anna")

    def stops(period: Period) -> Report:
        raise SystemExit  # the desk stops while building: its claim stays

    stopped = WeeklyReports(
        database.session_factory, clock, ACTOR,
        ReportSettingsService(database.session_factory, clock, ACTOR), stops, {}, None,
    )  # fmt: skip
    with pytest.raises(SystemExit):
        stopped.run()
    with reading(database.session_factory) as session:  # stopped hard: given back here too
        assert session.get(ReportRun, "2026-W48") is None
    with transaction(database.session_factory) as session:  # a desk stopped, its claim kept
        session.add(
            ReportRun(period_key="2026-W48", claimed_at=clock(), claimed_by="bernd", files="")
        )
    assert anna.run() is None  # claimed a moment ago: not taken over
    clock.now += timedelta(minutes=31)
    outcome = anna.run()
    assert outcome is not None and outcome.period == week(2026, 48)


@pytest.fixture
def plain_smtp() -> Iterator[SmtpServer]:
    server = SmtpServer("none")
    yield server
    server.stop()


@pytest.fixture
def smtp(
    database: Database, clock: FixedClock, memory_keyring: MemoryKeyring, plain_smtp: SmtpServer
) -> SmtpSettingsService:
    service = SmtpSettingsService(database.session_factory, clock, ACTOR)
    service.set(plain_smtp.settings(), PASSWORD, allow_plaintext=True)
    return service


def test_mailed_to_the_recipients_with_the_files_attached(
    database: Database, tmp_path: Path, smtp: SmtpSettingsService, plain_smtp: SmtpServer
) -> None:
    clock = FixedClock(MONDAY)
    recipients = ("leitung@nrw.de", "Referat@NRW.de")
    configure(database, clock, tmp_path / "b", recipients=recipients)
    transport = SmtpTransport(timeout=5, local_hostname="t")
    mailer = ReportMailer(database.session_factory, clock, ACTOR, smtp, transport)
    outcome = weekly(database, clock, [], mailer=mailer).run()
    assert outcome is not None and outcome.mail is not None
    assert outcome.mail.state is SendState.SENT and outcome.mail_error is None
    [received] = plain_smtp.mails
    assert received.recipients == ["leitung@nrw.de", "referat@nrw.de"]
    mail = email.message_from_bytes(received.data, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    assert mail["Subject"] == "Wochenbericht KW 48/2026"
    attached = {part.get_filename(): part.get_content() for part in mail.iter_attachments()}
    assert sorted(attached) == [
        "Wochenbericht-2026-W48.csv", "Wochenbericht-2026-W48.pdf", "Wochenbericht-2026-W48.xlsx"
    ]  # fmt: skip
    assert attached["Wochenbericht-2026-W48.csv"].strip() == "csv KW 48/2026 42"
    assert b"Wochenbericht-2026-W48.pdf" in received.data
    with reading(database.session_factory) as session:
        [row] = session.query(ReportMail).all()
        assert row.send_state == "sent" and row.attempts == 1
    assert mailer.retry() == []  # nothing waits: nothing is sent twice
    assert len(plain_smtp.mails) == 1


def test_a_mail_the_server_did_not_take_waits_and_is_retried(
    database: Database, tmp_path: Path, smtp: SmtpSettingsService, plain_smtp: SmtpServer
) -> None:
    clock = FixedClock(MONDAY)
    configure(database, clock, tmp_path / "b", recipients=("leitung@nrw.de",))
    mailer = ReportMailer(
        database.session_factory, clock, ACTOR, smtp, SmtpTransport(timeout=5, local_hostname="t")
    )
    plain_smtp.recorder.busy = 1
    outcome = weekly(database, clock, [], mailer=mailer).run()
    assert outcome is not None and outcome.mail is not None
    assert outcome.mail.state is SendState.FAILED and outcome.mail_error is not None
    assert len(outcome.files) == 3  # the files are there all the same
    [again] = mailer.retry()
    assert again.state is SendState.SENT and len(plain_smtp.mails) == 1


def test_without_a_server_the_files_are_written_and_the_clerk_is_told(
    database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    clock.now = MONDAY
    configure(database, clock, tmp_path / "b", recipients=("leitung@nrw.de",))
    mailer = ReportMailer(
        database.session_factory, clock, ACTOR, SmtpSettingsService(database.session_factory,
        clock, ACTOR),
    )  # fmt: skip
    outcome = weekly(database, clock, [], mailer=mailer).run()
    assert outcome is not None and outcome.mail is None and len(outcome.files) == 3
    assert outcome.mail_error is not None
    assert "kein Postausgangsserver" in outcome.mail_error.render()


def test_settings_only_by_the_administration_and_checked(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    PeopleService(database.session_factory, clock, "chefin").me()  # the Administration
    PeopleService(database.session_factory, clock, "anna").me()
    chefin = ReportSettingsService(database.session_factory, clock, "chefin")
    anna = ReportSettingsService(database.session_factory, clock, "anna")
    wanted = ReportSettings(True, str(tmp_path), ("PDF", "xlsx"), ("a@nrw.de", " a@nrw.de", ""))
    with pytest.raises(NotPermitted, match="nur die Administration"):
        anna.save(wanted)
    assert anna.current() == ReportSettings()
    saved = chefin.save(wanted)
    assert saved == ReportSettings(True, str(tmp_path), ("xlsx", "pdf"), ("a@nrw.de",))
    assert anna.current() == saved
    with pytest.raises(ValidationFailed) as wrong:
        chefin.save(ReportSettings(True, "", ("doc",), ("kein-at",)))
    assert [e.field for e in wrong.value.errors] == ["folder", "formats", "recipients"]


def test_a_run_slower_than_the_takeover_does_not_finish_or_mail_it_again(
    database: Database, tmp_path: Path
) -> None:
    """A desk whose run outlasts ``stale_after`` lost its claim to another desk: it must not
    mark the week done nor mail it as well (second read)."""
    clock = FixedClock(MONDAY)
    configure(database, clock, tmp_path / "out")
    (tmp_path / "out").mkdir()
    built_for: list[Period] = []

    def slow(period: Period) -> Report:
        clock.now += timedelta(minutes=31)  # meanwhile another desk took the claim over
        with transaction(database.session_factory) as session:
            row = session.get(ReportRun, period.key)
            assert row is not None
            row.claimed_at, row.claimed_by = clock(), "anna"
        built_for.append(period)
        return small_sample_report(period)

    desk = WeeklyReports(
        database.session_factory, clock, ACTOR,
        ReportSettingsService(database.session_factory, clock, ACTOR), slow,
        STAND_IN_WRITERS, None,
    )  # fmt: skip
    assert desk.run() is None
    with reading(database.session_factory) as session:
        row = session.get(ReportRun, "2026-W48")
        assert row is not None and row.finished_at is None and row.claimed_by == "anna"
