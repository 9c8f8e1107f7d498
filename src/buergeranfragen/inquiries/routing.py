"""Routing and the due date of a new inquiry, decided in the writer's unit of work: the
stored rules (``organisation.repository.active_rules``) as one ``routing.Router``, built once
and built again when the rules or departments change (``RouterCache``, by a stamp the writer
reads at most every ``RECHECK_SECONDS``); the due date by ``workflow.deadlines``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock_time
from typing import Any

from buergeranfragen.calendar import BERLIN, local
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.messages import msg
from buergeranfragen.organisation.repository import RuleTarget
from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import Decision, RoutingFacts, Rule, Where
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.calendar_nrw import public_holidays
from buergeranfragen.workflow.deadlines import DEFAULT_SETTINGS, Category, DeadlineSettings, due_at
from buergeranfragen.workflow.states import is_open

RECHECK_SECONDS = 2.0  # how often a writer looks whether the stored rules changed


@dataclass(slots=True)  # made for every new inquiry: a frozen one costs 3x
class Routed:
    """A decision with its stored target, and the reason (``reason_of``) worked out once."""

    decision: Decision
    target: RuleTarget
    reason: str


class RouterCache:
    """One ``Router`` over the stored rules, shared by the threads that write inquiries. The
    rules' stamp (``organisation.repository.rules_stamp``) is read at most every
    ``recheck_seconds``: a rule changed at another desk counts from then on; ``invalidate()``
    makes the next inquiry read it at once (after a change made here)."""

    def __init__(self, recheck_seconds: float = RECHECK_SECONDS) -> None:
        self._lock = threading.Lock()
        self._recheck = recheck_seconds
        self._checked: float | None = None  # monotonic time of the last stamp read
        self._stamp: Hashable | None = None
        # the router, the rules' targets by rule id, whether a rule looks at contact tags:
        # replaced as one, so a writer reads them without the lock
        self._current: tuple[Router, dict[int, RuleTarget], bool] = (Router(()), {}, False)
        self._deadlines = DEFAULT_SETTINGS

    @property
    def deadlines(self) -> DeadlineSettings:
        """The office's deadline settings as read with the rules (``route``'s ``settings``)."""
        return self._deadlines

    def invalidate(self) -> None:
        with self._lock:
            self._stamp = self._checked = None

    def prepare(
        self,
        stamp: Callable[[], Hashable],
        load: Callable[[], list[tuple[Rule, RuleTarget]]],
        settings: Callable[[], DeadlineSettings],
    ) -> None:
        """Read the stored rules and build the router now (at start), not with the first
        inquiry."""
        with self._lock:
            self._refresh(stamp, load, settings)

    def _refresh(
        self,
        stamp: Callable[[], Hashable],
        load: Callable[[], list[tuple[Rule, RuleTarget]]],
        settings: Callable[[], DeadlineSettings],
    ) -> None:
        """Read the stamp if it is due, and the rules and settings if it changed (under the
        lock)."""
        now = time.monotonic()
        if self._checked is not None and now - self._checked < self._recheck:
            return
        current = stamp()
        try:
            if current != self._stamp:
                loaded = load()
                self._current = (
                    Router(rule for rule, _ in loaded),
                    {r.id: t for r, t in loaded if r.id is not None},
                    any(r.conditions.contact_tags for r, _ in loaded),
                )
                self._deadlines = settings()
                self._stamp = current
        finally:  # only now: a writer that finds it checked uses what was read
            self._checked = now

    def route(
        self,
        stamp: Callable[[], Hashable],
        load: Callable[[], list[tuple[Rule, RuleTarget]]],
        facts: Callable[[bool], RoutingFacts],
        settings: Callable[[], DeadlineSettings] = lambda: DEFAULT_SETTINGS,
    ) -> Routed | None:
        """``stamp`` and ``load`` read the stored rules (called only when due), ``settings``
        the office's deadlines with them (then in ``deadlines``); ``facts(with_tags)`` the
        inquiry's facts, with its contact's tags only when a rule looks at tags. The lock is
        taken only when the stamp is due."""
        checked = self._checked
        if checked is None or time.monotonic() - checked >= self._recheck:
            with self._lock:
                self._refresh(stamp, load, settings)
        router, targets, uses_tags = self._current
        decision = router.route(facts(uses_tags))
        if decision is None:
            return None
        rule_id = decision.rule.id
        target = targets.get(rule_id) if rule_id is not None else None
        if target is None:
            return None
        return Routed(decision, target, reason_of(decision))


_KINDS = {kind.value: kind for kind in ContactKind}
_CHANNELS = {channel.value: channel for channel in InquiryChannel}


def facts_of(
    row: Mapping[str, Any],
    tags: tuple[str, ...],
    words: tuple[list[str], list[str]] | None = None,
) -> RoutingFacts:
    """What routing looks at of a new inquiry's row (``writer.inquiry_row``); ``words``: those
    of its subject and text (``text.words_of``), read already."""
    kind, channel = row["kind"], row["channel"]
    return RoutingFacts(
        kind=_KINDS[kind] if kind in _KINDS else from_storage(ContactKind, kind),
        channel=_CHANNELS[channel]
        if channel in _CHANNELS
        else from_storage(InquiryChannel, channel),
        subject=row["subject"] or "",
        text=row["body"] or "",
        sender_address=row["from_email"] or "",
        contact_tags=tags,
        subject_words=words[0] if words else None,
        text_words=words[1] if words else None,
    )


# where a word was found, as the reason names it (stored as written: German)
_SUBJECT, _TEXT = str(msg("Betreff")), str(msg("Text"))


def reason_of(decision: Decision) -> str:
    """The words that matched and where: "Kita, Kitaplatz (Betreff); Kita (Text)"."""
    in_subject: dict[str, None] = {}
    in_text: dict[str, None] = {}
    for hit in decision.hits:
        (in_subject if hit.where == Where.SUBJECT else in_text)[hit.word] = None
    if not in_text:
        return f"{', '.join(in_subject)} ({_SUBJECT})" if in_subject else ""
    if not in_subject:
        return f"{', '.join(in_text)} ({_TEXT})"
    return f"{', '.join(in_subject)} ({_SUBJECT}); {', '.join(in_text)} ({_TEXT})"


def due_of(
    row: Mapping[str, Any], settings: DeadlineSettings = DEFAULT_SETTINGS
) -> datetime | None:
    """When the new inquiry is due; None when it was settled at once (a call settled on the
    phone). Without a Rückfrage the due date depends only on the receipt's Berlin date and
    whether it came after the end of the working day, so consecutive inquiries share it."""
    received = local(row["received_at"])
    key = (
        row["status"],
        row["kind"],
        row["channel"],
        row.get("category") or _GENERAL,
        received.date(),
        received.time() >= settings.end_of_day,
        row["deadline"],
    )
    memo_settings, memo = _DUE_MEMO[0]
    if memo_settings is not settings:  # the settings changed (or a caller passes others)
        memo = {}
        _DUE_MEMO[0] = (settings, memo)
    try:
        return memo[key]
    except KeyError:
        if len(memo) >= _DUE_MEMO_SIZE:
            memo.clear()
        due = memo[key] = _due(*key, settings)
        return due


_GENERAL = Category.GENERAL.value
_DUE_MEMO_SIZE = 1024
# the due dates worked out for the settings they were worked out with (found by identity: a
# settings object's hash is worked out field by field, each time)
_DUE_MEMO: list[tuple[DeadlineSettings, dict[tuple[Any, ...], datetime | None]]] = [
    (DEFAULT_SETTINGS, {})
]


def _due(
    status: str,
    kind: str,
    channel: str,
    category: str,
    day: date,
    after_hours: bool,
    deadline: datetime | None,
    settings: DeadlineSettings,
) -> datetime | None:
    if not is_open(from_storage(InquiryStatus, status)):
        return None
    moment = settings.end_of_day if after_hours else clock_time()
    return due_at(
        from_storage(ContactKind, kind),
        from_storage(InquiryChannel, channel),
        datetime.combine(day, moment, tzinfo=BERLIN),
        category=from_storage(Category, category),
        press_deadline=deadline,
        settings=settings,
    )


def warm_up(now: datetime) -> None:
    """Read once what the first due date would otherwise wait for: the ``holidays`` package
    loads its calendars on first use (about 40 ms; a further year then costs well under 1 ms)."""
    public_holidays(now.year)
