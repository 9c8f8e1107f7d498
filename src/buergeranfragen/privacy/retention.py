"""The retention run: what the rules (``privacy.retention_rules``) say is due is anonymised
(closed inquiries) or deleted (contacts without inquiries, refused mails), in chunks of
``CHUNK`` records, each chunk one unit of work: a run stopped in the middle (the desk closed,
the process killed) loses nothing, and the next run goes on where it stopped.

The window runs it once a day (``daily``): "run today" is a row of ``retention_runs`` keyed by
the day, inserted by the desk that runs it (the primary key decides a race between two desks,
as with the weekly report); a claim left unfinished for ``STALE_AFTER`` may be taken over.
``preview`` says what the next run would do (ids, reference numbers and dates only)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from buergeranfragen.calendar import local
from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import OfficeSetting
from buergeranfragen.db.privacy_tables import RetentionRun
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries import search
from buergeranfragen.messages import msg
from buergeranfragen.organisation.repository import read_office_setting, write_office_setting
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting as acting
from buergeranfragen.privacy import anonymise
from buergeranfragen.privacy.retention_rules import (
    DEFAULT_RULES,
    RETENTION_KEY,
    RetentionRules,
    rules_from_json,
    rules_to_json,
    validate,
)

CHUNK = 50  # records a unit of work
CLOCK_TOLERANCE = timedelta(minutes=10)  # between a desk's clock and the database server's
STALE_AFTER = timedelta(hours=1)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DueInquiry:
    id: int
    reference: str
    kind: str
    closed_at: datetime


@dataclass(frozen=True)
class DueContact:
    id: int
    last_change: datetime


@dataclass(frozen=True)
class DueRejected:
    id: int
    rejected_at: datetime


@dataclass(frozen=True)
class RetentionPreview:
    """What the next run would anonymise or delete."""

    rules: RetentionRules
    inquiries: tuple[DueInquiry, ...]
    contacts: tuple[DueContact, ...]
    rejected: tuple[DueRejected, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "rules": self.rules.to_json(),
            "counts": {
                "inquiries": len(self.inquiries),
                "contacts": len(self.contacts),
                "rejected_mails": len(self.rejected),
            },
            "inquiries": [
                {
                    "id": i.id,
                    "reference": i.reference,
                    "kind": i.kind,
                    "closed_at": i.closed_at.isoformat(),
                }
                for i in self.inquiries
            ],
            "contacts": [
                {"id": c.id, "last_change": c.last_change.isoformat()} for c in self.contacts
            ],
            "rejected_mails": [
                {"id": r.id, "rejected_at": r.rejected_at.isoformat()} for r in self.rejected
            ],
        }


@dataclass(frozen=True)
class RetentionOutcome:
    """What a run did."""

    inquiries: int = 0  # anonymised
    contacts: int = 0  # deleted
    rejected: int = 0  # refused mails removed

    def to_json(self) -> dict[str, int]:
        return {
            "inquiries": self.inquiries,
            "contacts": self.contacts,
            "rejected_mails": self.rejected,
        }


def months_before(moment: datetime, months: int) -> datetime:
    """``moment`` ``months`` calendar months earlier (the day clamped to the month's end)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for day in range(moment.day, 0, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class _Cutoffs:
    citizen: datetime
    press: datetime
    contact: datetime


def cutoffs(rules: RetentionRules, now: datetime) -> _Cutoffs:
    return _Cutoffs(
        months_before(now, rules.citizen_months),
        months_before(now, rules.press_months),
        months_before(now, rules.contact_months),
    )


class RetentionService:
    """``check_clock``: before a run, this desk's clock is compared with the database server's
    (PostgreSQL): a desk whose clock runs ahead would anonymise too early, which nothing undoes.
    The program passes it for the system clock; tests with a fixed clock leave it out."""

    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        *,
        check_clock: bool = False,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._check_clock = check_clock

    # -- the rules -----------------------------------------------------------------------

    def rules(self) -> RetentionRules:
        with reading(self._factory) as session:
            value = read_office_setting(session, RETENTION_KEY)
        return DEFAULT_RULES if value is None else rules_from_json(value)

    def save_rules(self, rules: RetentionRules) -> RetentionRules:
        """Store the rules for the whole office (Administration only; audited)."""
        clean = validate(rules)
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_RETENTION)
            row = session.get(OfficeSetting, RETENTION_KEY)
            before = None if row is None else rules_from_json(row.value)
            write_office_setting(
                session,
                RETENTION_KEY,
                rules_to_json(clean),
                now,
                self._actor,
                {"before": None if before is None else before.to_json(), "after": clean.to_json()},
            )
        return clean

    # -- preview and run -----------------------------------------------------------------

    def preview(self) -> RetentionPreview:
        """What a run now would anonymise or delete (nothing personal: ids, references,
        dates)."""
        rules = self.rules()
        cut = cutoffs(rules, self._clock())
        with reading(self._factory) as session:
            inquiries = anonymise.due_inquiries(session, cut.citizen, cut.press)
            contacts = anonymise.due_contacts(session, cut.contact)
            rejected = anonymise.due_rejected(session, cut.citizen)
        return RetentionPreview(
            rules,
            tuple(DueInquiry(*i) for i in inquiries),
            tuple(DueContact(*c) for c in contacts),
            tuple(DueRejected(*r) for r in rejected),
        )

    def apply(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> RetentionOutcome:
        """Anonymise and delete what is due, ``CHUNK`` records a unit of work. ``progress``
        gets (done, total) as it goes; once ``cancelled`` says so (the window closes), no
        further chunk is started and what was done is returned."""
        stop = cancelled if cancelled is not None else (lambda: False)
        if self._check_clock:
            self._refuse_a_wrong_clock()
        rules = self.rules()
        cut = cutoffs(rules, self._clock())
        total = self._total(cut)
        done = inquiries = contacts = rejected = 0
        if progress is not None:
            progress(0, total)
        while True:
            with transaction(self._factory) as session:
                now = self._clock()
                due = anonymise.due_inquiries(session, cut.citizen, cut.press, CHUNK)
                changed = sum(
                    anonymise.anonymise_inquiry(session, row[0], now, self._actor) for row in due
                )
            inquiries += changed
            done += len(due)
            self._report(progress, done, total)
            if len(due) < CHUNK or stop():
                break
        while not stop():
            with transaction(self._factory) as session:
                now = self._clock()
                due_c = anonymise.due_contacts(session, cut.contact, CHUNK)
                contacts += sum(
                    anonymise.delete_contact(session, row[0], cut.contact, now, self._actor)
                    for row in due_c
                )
            done += len(due_c)
            self._report(progress, done, total)
            if len(due_c) < CHUNK:
                break
        while not stop():
            with transaction(self._factory) as session:
                due_r = anonymise.due_rejected(session, cut.citizen, CHUNK)
                rejected += anonymise.dismiss_rejected(
                    session, [r[0] for r in due_r], self._clock()
                )
            done += len(due_r)
            self._report(progress, done, total)
            if len(due_r) < CHUNK:
                break
        if inquiries:
            with transaction(self._factory) as session:
                search.compact(session)
        outcome = RetentionOutcome(inquiries, contacts, rejected)
        log.info("retention run: %s", outcome.to_json())
        return outcome

    def _total(self, cut: _Cutoffs) -> int:
        with reading(self._factory) as session:
            return (
                len(anonymise.due_inquiries(session, cut.citizen, cut.press))
                + len(anonymise.due_contacts(session, cut.contact))
                + len(anonymise.due_rejected(session, cut.citizen))
            )

    @staticmethod
    def _report(progress: Progress | None, done: int, total: int) -> None:
        if progress is not None:
            progress(min(done, total), max(total, done))

    # -- once a day ----------------------------------------------------------------------

    def _day(self) -> str:
        return local(self._clock()).date().isoformat()

    def due(self) -> bool:
        """Whether today's run is still to be made here (nobody made or is making it)."""
        now = self._clock()
        with reading(self._factory) as session:
            row = session.get(RetentionRun, self._day())
            return row is None or (row.finished_at is None and row.claimed_at < now - STALE_AFTER)

    def _refuse_a_wrong_clock(self) -> None:
        with reading(self._factory) as session:
            server = anonymise.database_time(session)
        if server is None:
            return  # SQLite: the database has no clock of its own
        off = self._clock() - server
        if abs(off) > CLOCK_TOLERANCE:
            raise KnownError(
                msg(
                    "Die Uhr dieses Rechners geht um {minutes} Minuten anders als die des "
                    "Datenbankservers. Die Aufbewahrungsfristen werden erst angewandt, wenn sie "
                    "stimmt (sonst würde zu früh anonymisiert).",
                    minutes=str(int(abs(off).total_seconds() // 60)),
                )
            )

    def daily(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> RetentionOutcome | None:
        """Today's run, when this desk wins the claim; None when another desk made it (or is
        making it). A run that fails, or is cancelled before its end, gives its claim back
        (the next start goes on)."""
        day = self._day()
        claimed_at = self._claim(day)
        if claimed_at is None:
            return None
        try:
            outcome = self.apply(progress, cancelled)
        except BaseException:
            try:
                self._release(day, claimed_at, None)
            except Exception:  # the claim goes stale by itself
                log.warning("retention run %s: claim not given back", day)
            raise
        stopped = cancelled is not None and cancelled()  # the rest is left for the next start
        self._release(day, claimed_at, None if stopped else outcome)
        return outcome

    def _claim(self, day: str) -> datetime | None:
        now = self._clock()
        try:
            with transaction(self._factory) as session:
                row = session.get(RetentionRun, day)
                if row is None:
                    session.add(
                        RetentionRun(day=day, claimed_at=now, claimed_by=self._actor, outcome="")
                    )
                    session.flush()  # a second desk's INSERT fails here or at the commit
                    return now
                if row.finished_at is not None or row.claimed_at >= now - STALE_AFTER:
                    return None
                taken = session.execute(
                    update(RetentionRun)
                    .where(
                        RetentionRun.day == day,
                        RetentionRun.claimed_at == row.claimed_at,
                        RetentionRun.finished_at.is_(None),
                    )
                    .values(claimed_at=now, claimed_by=self._actor)
                    .execution_options(synchronize_session=False)
                )
                return now if int(getattr(taken, "rowcount", 0)) == 1 else None
        except IntegrityError:
            log.info("retention run %s claimed by another desk", day)
            return None

    def _release(self, day: str, claimed_at: datetime, outcome: RetentionOutcome | None) -> None:
        """Mark the claim done (with what was done) or, failed, give it back (stale at once)."""
        mine = (
            RetentionRun.day == day,
            RetentionRun.claimed_at == claimed_at,
            RetentionRun.finished_at.is_(None),
        )
        with transaction(self._factory) as session:
            if outcome is None:
                session.execute(
                    update(RetentionRun)
                    .where(*mine)
                    .values(claimed_at=datetime(1970, 1, 1, tzinfo=UTC))
                    .execution_options(synchronize_session=False)
                )
                return
            session.execute(
                update(RetentionRun)
                .where(*mine)
                .values(finished_at=self._clock(), outcome=json.dumps(outcome.to_json()))
                .execution_options(synchronize_session=False)
            )
