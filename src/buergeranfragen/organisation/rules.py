"""The routing rules in the database (table ``routing_rules``): a new database starts with the
shipped set (``routing.defaults``), each rule's department found by its code."""

from __future__ import annotations

import logging

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, transaction
from buergeranfragen.organisation import repository
from buergeranfragen.routing.defaults import default_rules

log = logging.getLogger(__name__)


class RuleService:
    def __init__(self, factory: SessionFactory, clock: Clock) -> None:
        self._factory = factory
        self._clock = clock

    def load_defaults(self) -> int:
        """The shipped rules into a database without rules (returns how many were added); a
        rule whose department does not exist is left out (logged). A database that has any
        rule keeps its list untouched."""
        rules = default_rules()
        with transaction(self._factory) as session:
            repository.lock_people(session)  # serialises two first starts
            if repository.rule_count(session):
                return 0
            skipped = repository.insert_rules(session, rules, self._clock())
        for rule in skipped:
            log.warning(
                "routing rule %r left out: no department %s", rule.name, rule.action.department
            )
        return len(rules) - len(skipped)
