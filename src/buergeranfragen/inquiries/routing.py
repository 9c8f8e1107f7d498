"""Routing and the due date of a new inquiry, decided in the writer's unit of work: the
stored rules (``organisation.repository.active_rules``) as one ``routing.Router``, built once
and built again when the rules or departments change (``RouterCache``, by a stamp the writer
reads in each unit of work); the due date by ``workflow.deadlines``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel, InquiryStatus
from buergeranfragen.messages import msg
from buergeranfragen.organisation.repository import RuleTarget
from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import Decision, RoutingFacts, Rule, Where
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.deadlines import DEFAULT_SETTINGS, Category, DeadlineSettings, due_at
from buergeranfragen.workflow.states import is_open


@dataclass(frozen=True)
class Routed:
    """A decision with its stored target."""

    decision: Decision
    target: RuleTarget

    @property
    def reason(self) -> str:
        return reason_of(self.decision)


class RouterCache:
    """One ``Router`` over the stored rules, rebuilt when the stamp changes or after
    ``invalidate()``. Shared by the threads that write inquiries."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: Hashable | None = None
        self._router = Router(())
        self._targets: dict[int, RuleTarget] = {}

    def invalidate(self) -> None:
        with self._lock:
            self._stamp = None

    def route(
        self,
        stamp: Hashable,
        load: Callable[[], list[tuple[Rule, RuleTarget]]],
        facts: RoutingFacts,
    ) -> Routed | None:
        with self._lock:
            if stamp != self._stamp:
                loaded = load()
                self._router = Router(rule for rule, _ in loaded)
                self._targets = {rule.id: target for rule, target in loaded if rule.id is not None}
                self._stamp = stamp
            router, targets = self._router, self._targets
        decision = router.route(facts)
        if decision is None or decision.rule.id not in targets:
            return None
        return Routed(decision, targets[decision.rule.id])


def facts_of(row: Mapping[str, Any], tags: tuple[str, ...]) -> RoutingFacts:
    """What routing looks at of a new inquiry's row (``writer.inquiry_row``)."""
    return RoutingFacts(
        kind=from_storage(ContactKind, row["kind"]),
        channel=from_storage(InquiryChannel, row["channel"]),
        subject=row["subject"] or "",
        text=row["body"] or "",
        sender_address=row["from_email"] or "",
        contact_tags=tags,
    )


def reason_of(decision: Decision) -> str:
    """The words that matched and where: "Kita, Kitaplatz (Betreff); Kita (Text)"."""
    parts = []
    for where in (Where.SUBJECT, Where.TEXT):
        words = dict.fromkeys(h.word for h in decision.hits if h.where == where)
        if words:
            place = msg("Betreff") if where == Where.SUBJECT else msg("Text")
            parts.append(f"{', '.join(words)} ({place})")
    return "; ".join(parts)


def due_of(
    row: Mapping[str, Any], settings: DeadlineSettings = DEFAULT_SETTINGS
) -> datetime | None:
    """When the new inquiry is due; None when it was settled at once (a call settled on the
    phone)."""
    status = from_storage(InquiryStatus, row["status"])
    if not is_open(status):
        return None
    return due_at(
        from_storage(ContactKind, row["kind"]),
        from_storage(InquiryChannel, row["channel"]),
        row["received_at"],
        category=Category(row.get("category") or Category.GENERAL),
        press_deadline=row["deadline"],
        settings=settings,
    )
