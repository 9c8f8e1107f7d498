"""``ReportService`` (``AppContext.reports``): the figures of a period, read in one unit of
work (``reports/store.py``) and computed by ``reports/figures.py``."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.conversation.interim import ANSWERS
from buergeranfragen.db.engine import SessionFactory, reading
from buergeranfragen.organisation.repository import stored_deadlines
from buergeranfragen.reports import store
from buergeranfragen.reports.facts import InterimCase, PeriodFacts
from buergeranfragen.reports.figures import INTERIM_SLACK, compute
from buergeranfragen.reports.periods import Period, last_complete_week
from buergeranfragen.reports.records import Report
from buergeranfragen.reports.topics import DEFAULT_TOPICS, topic_mapper
from buergeranfragen.workflow.deadlines import DeadlineSettings

TREND_WEEKS = 12


class ReportService:
    def __init__(self, session_factory: SessionFactory, clock: Clock) -> None:
        self._factory = session_factory
        self._clock = clock

    def last_complete_week(self) -> Period:
        return last_complete_week(self._clock())

    def build(self, period: Period) -> Report:
        """The report of ``period`` with the trend of the 12 weeks before it."""
        generated = self._clock()
        with reading(self._factory) as session:
            settings = stored_deadlines(session)
            topics, version = store.stored_topics(session)
            topics = topics if version else DEFAULT_TOPICS
            departments = store.departments(session)
            weeks = period.previous_weeks(TREND_WEEKS)
            *trend_open, period_open = store.open_counts(
                session, [*(week.end for week in weeks), period.end]
            )
            facts = PeriodFacts(
                arrivals=store.arrivals(session, period.start, period.end),
                answered=store.answered(session, period.start, period.end),
                closed=store.closed(session, period.start, period.end),
                open_counts=period_open,
                overdue=store.overdue(session, period.end),
                interim=_interim(session, period, settings),
            )
            trend = [
                (
                    week,
                    PeriodFacts(
                        arrivals=store.arrivals(session, week.start, week.end),
                        answered=store.answered(session, week.start, week.end),
                        closed=store.closed(session, week.start, week.end),
                        open_counts=opened,
                    ),
                )
                for week, opened in zip(weeks, trend_open, strict=True)
            ]
        return compute(
            period, generated, facts, trend, departments, topic_mapper(topics), topics, settings
        )


def _interim(session: Session, period: Period, settings: DeadlineSettings) -> list[InterimCase]:
    terms = [settings.callback, settings.written, settings.press, settings.ifg]
    terms += [o.term for o in settings.overrides]
    after = [t.interim_after_days for t in terms if t.interim_after_days is not None]
    if not after:
        return []
    return store.interim_cases(
        session,
        period.start,
        period.end,
        period.start - timedelta(days=max(after) + INTERIM_SLACK),
        period.end - timedelta(days=min(after) - 1),
        [kind.value for kind in ANSWERS],
    )
