"""The automatic weekly report: on the first start in a new ISO week, last week's report is
written into the configured folder (the configured formats) and, when recipients are set,
mailed to them - no server or scheduler needed.

"Created for this week" is a row of ``report_runs`` (0012) keyed by the week: the desk that
inserts it has claimed the report (the primary key decides a race: two desks starting on
Monday, exactly one inserts it, the other's INSERT fails or finds it), writes the files and
marks it finished. A claim left unfinished for ``stale_after`` (that desk stopped) may be taken
over; a run that fails (the folder is missing) gives its claim back, so the next start tries
again.

The computation (``build``) and the writers (XLSX, PDF with Qt, CSV) are handed in: this module
knows neither (the PDF writer lives in the window's layer)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.report_tables import ReportRun
from buergeranfragen.errors import KnownError
from buergeranfragen.messages import Message, msg
from buergeranfragen.reports.formats import file_name, write_report
from buergeranfragen.reports.mailing import ReportMailer, ReportMailResult
from buergeranfragen.reports.periods import Period, last_complete_week
from buergeranfragen.reports.records import Report
from buergeranfragen.reports.settings import ReportSettingsService

Writer = Callable[[Report, Path], None]
Build = Callable[[Period], Report]
Progress = Callable[[int, int], None]
STALE_AFTER = timedelta(minutes=30)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WeeklyOutcome:
    """What the run did: the files written, and the mail (None: no recipients), or why it
    could not be mailed."""

    period: Period
    files: tuple[Path, ...]
    mail: ReportMailResult | None = None
    mail_error: Message | None = None


def write_files(
    report: Report,
    folder: Path,
    formats: tuple[str, ...],
    writers: Mapping[str, Writer],
    progress: Progress | None = None,
) -> tuple[Path, ...]:
    """Write ``report`` into ``folder`` in each of ``formats`` (``formats.write_report``:
    each through a part file, readable by colleagues)."""
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for done, fmt in enumerate(formats):
            if progress is not None:
                progress(done, len(formats))
            target = folder / file_name(report.period, fmt)
            written.append(write_report(writers[fmt], report, target))
    except OSError as exc:
        raise KnownError(
            msg(
                "Der Bericht konnte nicht in {folder} geschrieben werden: {reason}",
                folder=str(folder),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    if progress is not None:
        progress(len(formats), len(formats))
    return tuple(written)


class WeeklyReports:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        settings: ReportSettingsService,
        build: Build,
        writers: Mapping[str, Writer],
        mailer: ReportMailer | None,
        stale_after: timedelta = STALE_AFTER,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._settings = settings
        self._build = build
        self._writers = writers
        self._mailer = mailer
        self.stale_after = stale_after

    def due(self) -> Period | None:
        """Last week, when the automatic report is on and nobody has created (or is creating)
        it yet; else None. A quick read for the window's start."""
        if not self._settings.current().enabled:
            return None
        period = last_complete_week(self._clock())
        with reading(self._factory) as session:
            row = session.get(ReportRun, period.key)
            if row is None:
                return period
            if row.finished_at is None and row.claimed_at < self._clock() - self.stale_after:
                return period
        return None

    def run(self, progress: Progress | None = None) -> WeeklyOutcome | None:
        """Create last week's report if it is due and this desk wins the claim; None when
        there is nothing to do here (off, done, or another desk is at it)."""
        settings = self._settings.current()
        if not settings.enabled:
            return None
        period = last_complete_week(self._clock())
        claimed_at = self._claim(period)
        if claimed_at is None:
            return None
        try:
            report = self._build(period)
            files = write_files(
                report, Path(settings.folder), settings.formats, self._writers, progress
            )
        except BaseException:
            self._give_back(period, claimed_at)
            raise
        if not self._finished(period, files, claimed_at):
            # slower than ``stale_after``: another desk took the claim over and does the rest
            log.warning("weekly report %s: claim taken over meanwhile, not mailed", period.key)
            return None
        log.info("weekly report %s written (%d files)", period.key, len(files))
        if not settings.recipients or self._mailer is None:
            return WeeklyOutcome(period, files)
        try:
            sent = self._mailer.mail(period, files, settings.recipients)
        except KnownError as exc:  # the files are there; the mail is what failed
            return WeeklyOutcome(period, files, None, exc.reason)
        return WeeklyOutcome(period, files, sent, sent.reason)

    # -- the claim -------------------------------------------------------------------------

    def _claim(self, period: Period) -> object | None:
        now = self._clock()
        try:
            with transaction(self._factory) as session:
                row = session.get(ReportRun, period.key)
                if row is None:
                    session.add(
                        ReportRun(
                            period_key=period.key,
                            claimed_at=now,
                            claimed_by=self._actor,
                            finished_at=None,
                            files="",
                        )
                    )
                    session.flush()  # a second desk's INSERT fails here or at the commit
                    return now
                if row.finished_at is not None or row.claimed_at >= now - self.stale_after:
                    return None
                taken = session.execute(
                    update(ReportRun)
                    .where(
                        ReportRun.period_key == period.key,
                        ReportRun.claimed_at == row.claimed_at,
                        ReportRun.finished_at.is_(None),
                    )
                    .values(claimed_at=now, claimed_by=self._actor)
                    .execution_options(synchronize_session=False)
                )
                return now if int(getattr(taken, "rowcount", 0)) == 1 else None
        except IntegrityError:
            log.info("weekly report %s claimed by another desk", period.key)
            return None

    def _give_back(self, period: Period, claimed_at: object) -> None:
        try:
            with transaction(self._factory) as session:
                session.execute(
                    delete(ReportRun).where(
                        ReportRun.period_key == period.key,
                        ReportRun.claimed_at == claimed_at,  # still this run's claim
                        ReportRun.finished_at.is_(None),
                    )
                )
        except KnownError:
            log.warning("weekly report %s: claim not given back", period.key)

    def _finished(self, period: Period, files: tuple[Path, ...], claimed_at: object) -> bool:
        """Mark the run done - only while the claim is still this run's (False: a desk took
        it over because this one was slower than ``stale_after``)."""
        with transaction(self._factory) as session:
            done = session.execute(
                update(ReportRun)
                .where(
                    ReportRun.period_key == period.key,
                    ReportRun.claimed_at == claimed_at,
                    ReportRun.finished_at.is_(None),
                )
                .values(
                    finished_at=self._clock(),
                    files=json.dumps([p.name for p in files], ensure_ascii=False),
                )
                .execution_options(synchronize_session=False)
            )
        return int(getattr(done, "rowcount", 0)) == 1
