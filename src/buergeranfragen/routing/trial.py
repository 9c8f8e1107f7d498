"""Trying a rule before it is saved (``rules test``, the rule window): which of the given
inquiries it would take, and to whom ("hätte diese 12 Anfragen an MSB verteilt").

Pure: the caller reads the inquiries of the last weeks and hands their facts in, each with its
own key (a reference, an id), and gets back the keys the rule would take."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import Decision, RoutingFacts, Rule

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class TrialMatch(Generic[K]):
    key: K
    decision: Decision


@dataclass(frozen=True)
class TrialResult(Generic[K]):
    rule: Rule
    tried: int  # inquiries looked at
    matches: tuple[TrialMatch[K], ...]  # those the rule would take, in the order given
    # with ``rules`` given: of these, the ones that now go elsewhere (key, department or None)
    changed: tuple[tuple[K, str | None], ...] = ()

    @property
    def count(self) -> int:
        return len(self.matches)


def try_rule(
    rule: Rule,
    inquiries: Iterable[tuple[K, RoutingFacts]],
    rules: Iterable[Rule] | None = None,
) -> TrialResult[K]:
    """The inquiries ``rule`` alone would take (active or not: it is a candidate). With the
    current ``rules`` also which of them go elsewhere today (another department or none), i.e.
    what saving the rule in front of them would change."""
    candidate = Router([_active(rule)])
    current = Router(rules) if rules is not None else None
    matches: list[TrialMatch[K]] = []
    changed: list[tuple[K, str | None]] = []
    tried = 0
    for key, facts in inquiries:
        tried += 1
        decision = candidate.route(facts)
        if decision is None:
            continue
        matches.append(TrialMatch(key, decision))
        if current is not None:
            now = current.route(facts)
            department = now.department if now else None
            if department != decision.department:
                changed.append((key, department))
    return TrialResult(rule, tried, tuple(matches), tuple(changed))


def _active(rule: Rule) -> Rule:
    if rule.active:
        return rule
    return Rule(rule.name, rule.conditions, rule.action, rule.id, rule.position, True)
